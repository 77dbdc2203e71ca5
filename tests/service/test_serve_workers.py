"""adscreen serve with several workers: the model is checked in a child process first."""

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_when_workers_are_many_and_the_model_is_missing_then_start_up_stops_with_the_reason(tmp_path):
    proc = subprocess.run(
        [sys.executable, "-m", "service.cli", "serve", "--workers", "2", "--port", "1", "--model", str(tmp_path / "absent.joblib")],
        cwd=ROOT, capture_output=True, text=True, timeout=120,
    )
    assert proc.returncode == 2
    assert "model artifact not found" in proc.stderr and "absent.joblib" in proc.stderr


def test_when_the_model_loads_then_the_child_check_reports_no_problem():
    from service.serve import check_model_in_child

    assert check_model_in_child(None) is None
