"""Batch scoring: ``adscreen score`` on 100,000 and 1,000,000-row CSVs built by repeating EMSCAD
ads, with ``--jobs 1`` and ``--jobs 2``: rows/s end to end and peak resident memory.

    python -m bench.batch                                  # 100k and 1M rows x jobs 1 and 2 (about an hour on 2 cores)
    python -m bench.batch --rows 100000 --jobs 2 --append  # one cell, added to bench/results/batch.json
    python -m bench.batch --quick                          # 300 rows: checks the script runs

Inputs (``bench/.cache/batch-<rows>.csv``, built once and reused): columns ``id``, ``text``;
the text is an EMSCAD ad as one free text (its text fields joined by newlines), ads repeated
in order, every row with its own id. Rows/s is rows divided by the command's whole wall time
(start-up and model loading included); the command's own summary (``--summary-json``) is
kept beside it. Memory is the RSS of the command's process tree (main process + workers),
sampled every 0.5 s with psutil.
"""

from __future__ import annotations

import csv
import json
import os
import sys
from pathlib import Path
from typing import Any

from bench.common import CACHE_DIR, base_parser, parse_args, emscad_free_texts, environment, log, run_measured, write_result

NAME = "batch"


def build_input(data: Path, rows: int, directory: Path = CACHE_DIR) -> Path:
    path = directory / f"batch-{rows}.csv"
    marker = path.with_suffix(".csv.done")
    if path.exists() and marker.exists() and marker.read_text().strip() == str(rows):
        return path
    texts, _, ids = emscad_free_texts(data)
    directory.mkdir(parents=True, exist_ok=True)
    log(NAME, f"writing {path} ({rows} rows from {len(texts)} EMSCAD ads)")
    tmp = path.with_suffix(".csv.tmp")
    with open(tmp, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["id", "text"])
        for i in range(rows):
            k = i % len(texts)
            w.writerow([f"{ids[k]}-{i}", texts[k]])
    tmp.replace(path)
    marker.write_text(f"{rows}\n")
    return path


def run_one(input_path: Path, rows: int, jobs: int, extra: list[str]) -> dict[str, Any]:
    out = CACHE_DIR / f"batch-out-{rows}-j{jobs}.csv"
    summary_path = CACHE_DIR / f"batch-summary-{rows}-j{jobs}.json"
    summary_path.unlink(missing_ok=True)
    cmd = [sys.executable, "-m", "service.cli", "score", str(input_path), "--out", str(out), "--jobs", str(jobs),
           "--overwrite", "--progress", "log", "--summary-json", str(summary_path), *extra]
    log(NAME, f"{rows} rows, --jobs {jobs}: running")
    load_start = os.getloadavg()
    run = run_measured(cmd, CACHE_DIR / f"batch-{rows}-j{jobs}.log")
    run["load_average_at_start"], run["load_average_at_end"] = load_start, os.getloadavg()
    run["bench_command"] = environment()["command"]
    run["rows"] = rows
    run["jobs"] = jobs
    run["rows_per_second"] = rows / run["wall_seconds"] if run["exit_code"] == 0 else None
    if summary_path.exists():
        run["summary"] = json.loads(summary_path.read_text())
    log(NAME, f"{rows} rows, --jobs {jobs}: exit {run['exit_code']}, {run['wall_seconds']:.0f}s, "
              f"{run['rows_per_second'] or 0:.0f} rows/s, peak RSS {run['peak_rss_mib']:.0f} MiB (PSS {run['peak_pss_mib']:.0f} MiB)")
    out.unlink(missing_ok=True)  # the scored output is not needed and large
    return run


def main(argv: list[str] | None = None) -> int:
    p = base_parser(NAME, "batch scoring rows/s and peak memory")
    p.add_argument("--rows", type=int, action="append", help="row counts (repeatable; default 100000 and 1000000)")
    p.add_argument("--jobs", type=int, action="append", help="--jobs values (repeatable; default 1 and 2)")
    p.add_argument("--chunk-size", type=int, default=None, help="passed to adscreen score (default: its own)")
    p.add_argument("--append", action="store_true",
                   help="keep the runs already in --out (a run of the same rows and jobs is replaced), so cells can be measured one at a time")
    args = parse_args(p, argv, NAME)
    rows_list = args.rows or ([300] if args.quick else [100_000, 1_000_000])
    jobs_list = args.jobs or [1, 2]
    extra = ["--chunk-size", str(args.chunk_size)] if args.chunk_size else (["--chunk-size", "100"] if args.quick else [])
    env = environment()
    runs: list[dict[str, Any]] = []
    if args.append and args.out.exists():
        runs = json.loads(args.out.read_text()).get("runs", [])
    for rows in rows_list:
        path = build_input(args.data, rows)
        for jobs in jobs_list:
            run = run_one(path, rows, jobs, extra)
            runs = [r for r in runs if (r["rows"], r["jobs"]) != (rows, jobs)] + [run]
            runs.sort(key=lambda r: (r["rows"], r["jobs"]))
            # write after every run, so a long benchmark leaves its finished cells behind
            write_result(args.out, NAME, {"input": "CSV id,text; EMSCAD ads repeated", "runs": runs}, env, args.quick)
    return 0 if all(r["exit_code"] == 0 for r in runs) else 1


if __name__ == "__main__":
    sys.exit(main())
