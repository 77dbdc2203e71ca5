"""Interrupted runs: kill the scorer mid-run, resume, and find every input id exactly once."""

from __future__ import annotations

import glob
import os
import signal
import subprocess
import time

import pytest

from service.batch import ScoreOptions, score_file
from service.batch.checkpoint import CheckpointError

try:
    from tests.service import batch_fixtures as fx
except ImportError:
    import batch_fixtures as fx

N_ROWS = 3000


def _input(tmp_path, n: int = N_ROWS) -> str:
    path = str(tmp_path / "in.csv")
    fx.write_input(path, [{"id": f"ad{i}", "text": fx.ad_text(i)} for i in range(n)])
    return path


def _command(inp: str, out: str, *extra: str) -> list[str]:
    return [fx.PYTHON, "-m", "service.batch", "score", inp, "--out", out, "--chunk-size", "50",
            "--progress", "log", "--log-interval", "0.2", *extra]


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_when_the_process_is_killed_mid_run_then_resume_completes_without_duplicates_or_losses(tmp_path, jobs):
    inp, out = _input(tmp_path), str(tmp_path / "out.csv")
    first = subprocess.Popen(
        _command(inp, out, "--jobs", jobs, "--screener-factory", fx.SLOW_FACTORY),
        cwd=fx.REPO, env=fx.subprocess_env(), stdout=subprocess.PIPE, stderr=subprocess.PIPE,
    )
    deadline = time.monotonic() + 60
    while len(glob.glob(out + ".parts/part-*.json")) < 5 and time.monotonic() < deadline:
        assert first.poll() is None, first.communicate()
        time.sleep(0.05)
    os.kill(first.pid, signal.SIGKILL)  # the main process only: its workers must notice and exit
    _, err = first.communicate(timeout=30)
    done_before = len(glob.glob(out + ".parts/part-*.json"))
    assert 5 <= done_before < N_ROWS // 50, "the kill must land mid-run"
    assert not os.path.exists(out), "an interrupted run must not leave a complete-looking output"
    assert "ad" not in err.decode().replace("adscreen", ""), "progress lines must not carry ad text"

    second = subprocess.run(
        _command(inp, out, "--jobs", jobs, "--screener-factory", fx.FACTORY, "--resume", "--summary-json", str(tmp_path / "s.json")),
        cwd=fx.REPO, env=fx.subprocess_env(), capture_output=True, text=True, timeout=120,
    )
    assert second.returncode == 0, second.stderr
    rows = fx.read_output(out)
    assert [r["id"] for r in rows] == [f"ad{i}" for i in range(N_ROWS)]
    assert [r["row"] for r in rows] == list(range(N_ROWS))
    assert all(r["error"] is None for r in rows)
    assert not os.path.exists(out + ".parts")
    import json

    summary = json.loads((tmp_path / "s.json").read_text())
    assert summary["rows_read"] == N_ROWS == summary["scored"]
    assert summary["rows_from_checkpoint"] >= done_before * 50


class InterruptingScreener(fx.FakeScreener):
    def __init__(self, after_batches: int):
        super().__init__()
        self.after = after_batches

    def score_batch(self, ads, explain=True):
        if len(self.batches) >= self.after:
            raise KeyboardInterrupt
        return super().score_batch(ads, explain)


def test_when_interrupted_in_process_then_resume_gives_identical_output_to_an_uninterrupted_run(tmp_path):
    inp = _input(tmp_path, 500)
    options = dict(input=inp, chunk_size=40, progress="none")
    with pytest.raises(KeyboardInterrupt):
        score_file(ScoreOptions(output=str(tmp_path / "a.parquet"), **options), screener=InterruptingScreener(after_batches=4))
    assert not os.path.exists(tmp_path / "a.parquet")
    assert len(glob.glob(str(tmp_path / "a.parquet.parts/part-*.json"))) == 4
    with pytest.raises(CheckpointError, match="--resume"):
        score_file(ScoreOptions(output=str(tmp_path / "a.parquet"), **options), screener=fx.FakeScreener())
    resumed = fx.FakeScreener()
    summary = score_file(ScoreOptions(output=str(tmp_path / "a.parquet"), resume=True, **options), screener=resumed)
    assert sum(resumed.batches) == 500 - 4 * 40, "finished chunks are not scored again"
    assert summary["rows_read"] == 500 and summary["rows_from_checkpoint"] == 160
    score_file(ScoreOptions(output=str(tmp_path / "b.parquet"), **options), screener=fx.FakeScreener())
    assert fx.read_output(str(tmp_path / "a.parquet")) == fx.read_output(str(tmp_path / "b.parquet"))


def test_when_the_input_changed_since_the_interruption_then_resume_is_refused(tmp_path):
    inp = _input(tmp_path, 200)
    out = str(tmp_path / "o.csv")
    with pytest.raises(KeyboardInterrupt):
        score_file(ScoreOptions(input=inp, output=out, chunk_size=20, progress="none"), screener=InterruptingScreener(2))
    with pytest.raises(CheckpointError, match="chunk_size"):
        score_file(ScoreOptions(input=inp, output=out, chunk_size=30, resume=True, progress="none"), screener=fx.FakeScreener())
    with open(inp, "a") as f:
        f.write("extra,row\n")
    with pytest.raises(CheckpointError, match="input"):
        score_file(ScoreOptions(input=inp, output=out, chunk_size=20, resume=True, progress="none"), screener=fx.FakeScreener())


def test_when_a_part_was_written_but_not_committed_then_it_is_redone(tmp_path):
    inp = _input(tmp_path, 100)
    out = str(tmp_path / "o.jsonl")
    with pytest.raises(KeyboardInterrupt):
        score_file(ScoreOptions(input=inp, output=out, chunk_size=10, progress="none"), screener=InterruptingScreener(3))
    # simulate a crash between writing part 3 and its stats file, plus a stray temp file
    with open(out + ".parts/part-00000003.jsonl", "w") as f:
        f.write('{"garbage": true}\n')
    open(out + ".parts/part-00000004.jsonl.tmp", "w").close()
    score_file(ScoreOptions(input=inp, output=out, chunk_size=10, resume=True, progress="none"), screener=fx.FakeScreener())
    assert [r["id"] for r in fx.read_output(out)] == [f"ad{i}" for i in range(100)]


def test_when_ctrl_c_is_pressed_then_exit_130_keeps_the_checkpoint_and_says_how_to_resume(tmp_path):
    inp, out = _input(tmp_path, 2000), str(tmp_path / "out.jsonl")
    # a terminal's Ctrl-C reaches a process whose SIGINT is at its default; a test run started
    # in the background of a non-interactive shell would pass SIGINT down as ignored
    run = subprocess.Popen(_command(inp, out, "--screener-factory", fx.SLOW_FACTORY), cwd=fx.REPO,
                           env=fx.subprocess_env(), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                           preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
    deadline = time.monotonic() + 60
    while len(glob.glob(out + ".parts/part-*.json")) < 2 and time.monotonic() < deadline:
        time.sleep(0.05)
    run.send_signal(signal.SIGINT)
    _, err = run.communicate(timeout=30)
    assert run.returncode == 130
    assert "--resume" in err
    assert not os.path.exists(out) and os.path.isdir(out + ".parts")
