"""Training smoke test: fit on a tiny project-written file, save, reload, score end to end."""

import json
import re
from pathlib import Path

import pytest

from model.artifact import ArtifactError
from model.screen import Screener
from model.types import BANDS, Ad
from training.pipeline import train

TINY = Path(__file__).resolve().parents[1] / "fixtures" / "tiny_ads.jsonl"


@pytest.fixture(scope="module")
def trained(tmp_path_factory):
    out = tmp_path_factory.mktemp("model") / "tiny.joblib"
    metadata = train(TINY, out, n_jobs=1, seeds_path=None)
    return out, metadata


def test_when_trained_on_tiny_file_then_artifact_card_metrics_and_plots_are_written(trained):
    out, metadata = trained
    folder = out.parent
    for name in ("tiny.joblib", "tiny.json", "MODEL_CARD.md", "metrics.json", "pr_curve.png", "calibration_curve.png"):
        assert (folder / name).exists(), name
    metrics = json.loads((folder / "metrics.json").read_text())
    assert set(metrics["models"]) == {"adscreen", "adscreen_combined", "baseline_tfidf_lr"}
    assert 0 <= metrics["models"]["adscreen"]["pr_auc"]["mean"] <= 1
    assert metadata["data_fingerprint"] in (folder / "MODEL_CARD.md").read_text()
    assert 0 < metadata["threshold"] < 1


def test_when_reloaded_then_a_fraudulent_style_ad_scores_above_a_legitimate_one(trained):
    out, metadata = trained
    screener = Screener.load(out)
    fraud, legit = screener.score_batch(
        [
            Ad.from_text("Work from home data entry!!! Earn $600 weekly, no experience, pay the $40 registration fee today!!!"),
            Ad.from_text("Staff Accountant at Riverside Partners LLP. Reconcile accounts and prepare statements; CPA preferred; interviews in our office."),
        ]
    )
    assert fraud.score > legit.score
    assert fraud.model.version == metadata["version"]
    for s in (fraud, legit):
        assert s.band in BANDS and 0 <= s.score <= 1 and s.error is None
    assert any(t.occurrences for t in fraud.terms)
    for t in fraud.terms:
        for ev in t.occurrences:
            # the evidence is the term itself, where it occurs in what was sent
            assert re.sub(r"\W+", " ", ev.text).strip().lower() == re.sub(r"\W+", " ", t.term).strip().lower()


def test_when_reloaded_artifact_was_tampered_then_screener_refuses_it(trained, tmp_path):
    out, _ = trained
    copy = tmp_path / "tiny.joblib"
    copy.write_bytes(out.read_bytes()[:-10] + b"0123456789")
    (tmp_path / "tiny.json").write_text(out.with_suffix(".json").read_text())
    with pytest.raises(ArtifactError):
        Screener.load(copy)


def test_when_evaluated_by_poster_then_protocol_says_so(tmp_path):
    from training.pipeline import evaluate

    doc = evaluate(TINY, tmp_path, n_jobs=1, seeds_path=None, by_poster=True)
    assert doc["protocol"]["grouping"].endswith("also by company profile (poster)")
    assert (tmp_path / "metrics.json").exists()
