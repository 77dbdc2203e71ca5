"""Retrain on EMSCAD (when ../shared/data/emscad is present) and check the shipped model card.

The shipped artifact must be what `adscreen train` produces from the corpus: same data
fingerprint, and cross-validated figures within a small tolerance of the ones it ships with.
In CI (ADSCREEN_REQUIRE_CORPUS=1) a missing corpus is a failure, not a skip.
"""

import json
import os
from pathlib import Path

import pytest

from model.artifact import DEFAULT_ARTIFACT
from training.pipeline import train

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT.parent / "shared" / "data" / "emscad"
TOLERANCE = 0.01

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def retrained(tmp_path_factory):
    if not (CORPUS / "fake_job_postings.csv.gz").exists():
        if os.environ.get("ADSCREEN_REQUIRE_CORPUS"):
            pytest.fail(f"EMSCAD corpus not found at {CORPUS}")
        pytest.skip(f"EMSCAD corpus not found at {CORPUS}")
    out = tmp_path_factory.mktemp("retrain") / "adscreen-model.joblib"
    return train(CORPUS, out, n_jobs=2)


def test_when_retrained_on_emscad_then_data_fingerprint_matches_the_shipped_card(retrained):
    shipped = json.loads(DEFAULT_ARTIFACT.with_suffix(".json").read_text())
    assert retrained["data_fingerprint"] == shipped["data_fingerprint"]
    assert shipped["data_fingerprint"] in (DEFAULT_ARTIFACT.parent / "MODEL_CARD.md").read_text()


def test_when_retrained_on_emscad_then_cv_figures_match_the_shipped_card(retrained):
    shipped = json.loads((DEFAULT_ARTIFACT.parent / "metrics.json").read_text())["models"]
    fresh = retrained["metrics"]["models"]
    assert set(fresh) == set(shipped)
    for name in shipped:
        for metric in ("pr_auc", "roc_auc", "f1", "recall_at_precision_90", "brier"):
            assert fresh[name][metric]["mean"] == pytest.approx(shipped[name][metric]["mean"], abs=TOLERANCE), (name, metric)


def test_when_retrained_on_emscad_then_threshold_matches_and_the_recipe_beats_the_baseline(retrained):
    shipped = json.loads(DEFAULT_ARTIFACT.with_suffix(".json").read_text())
    assert retrained["threshold"] == pytest.approx(shipped["threshold"], abs=0.02)
    m = retrained["metrics"]["models"]
    assert m["adscreen"]["pr_auc"]["mean"] > m["baseline_tfidf_lr"]["pr_auc"]["mean"]
    # the combined score may not cost more than 0.01 PR-AUC against the classifier alone
    assert m["adscreen_combined"]["pr_auc"]["mean"] >= m["adscreen"]["pr_auc"]["mean"] - 0.01
