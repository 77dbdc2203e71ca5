"""bench.classifier_variants --quick runs on the tiny fixture and writes per-variant figures."""

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_when_classifier_variants_runs_quick_then_each_variant_has_fold_figures(tmp_path):
    out = tmp_path / "variants.json"
    subprocess.run([sys.executable, "-m", "bench.classifier_variants", "--quick", "--out", str(out)], cwd=ROOT, check=True, capture_output=True, timeout=300)
    doc = json.loads(out.read_text())
    assert doc["quick"] is True
    assert set(doc["variants"]) == {"baseline_tfidf_lr", "shipped (cased+lower, group weights, NB weights)"}
    for v in doc["variants"].values():
        assert len(v["folds"]) == 5
        assert all(0.0 <= f["pr_auc"] <= 1.0 for f in v["folds"])
