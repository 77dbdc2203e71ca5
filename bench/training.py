"""Training: wall time and peak resident memory of ``adscreen train`` on EMSCAD.

    python -m bench.training            # adscreen train --data ../shared/data/emscad --out bench/.cache/train/adscreen-model.joblib
    python -m bench.training --quick    # 150 EMSCAD ads as a JSONL file, no seed ads: checks the script runs

``adscreen train`` runs the grouped 5-fold evaluation of the recipe (and the TF-IDF baseline)
and then fits the final model, so its wall time is the issue-2 "training and evaluation
together" figure. The artifact goes under ``bench/.cache/train/``, never over the shipped
model. Memory is the RSS of the command's process tree (it uses 2 worker processes by
default), sampled every 0.5 s with psutil.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

from bench.common import CACHE_DIR, base_parser, parse_args, environment, log, run_measured, write_result

NAME = "training"
QUICK_ADS = 150


def quick_data(data: Path) -> Path:
    """A small labelled JSONL drawn from EMSCAD (one third fraudulent)."""
    import numpy as np

    from bench.common import emscad_free_texts

    texts, labels, ids = emscad_free_texts(data)
    y = np.array(labels)
    pick = np.r_[np.flatnonzero(y == 1)[: QUICK_ADS // 3], np.flatnonzero(y == 0)[: QUICK_ADS - QUICK_ADS // 3]]
    path = CACHE_DIR / "train-quick" / "ads.jsonl"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("".join(json.dumps({"id": ids[i], "text": texts[i], "label": int(y[i])}) + "\n" for i in pick))
    return path


def main(argv: list[str] | None = None) -> int:
    p = base_parser(NAME, "adscreen train wall time and peak memory")
    p.add_argument("--model-out", type=Path, default=CACHE_DIR / "train" / "adscreen-model.joblib",
                   help="artifact path (default bench/.cache/train/adscreen-model.joblib)")
    p.add_argument("--jobs", type=int, default=None, help="passed to adscreen train (default: its own, 2)")
    args = parse_args(p, argv, NAME)
    from model.artifact import DEFAULT_ARTIFACT

    if args.model_out.resolve() == DEFAULT_ARTIFACT.resolve():
        p.error("refusing to overwrite the shipped model; pick another --model-out")
    env = environment()
    data = quick_data(args.data) if args.quick else args.data
    cmd = [sys.executable, "-m", "service.cli", "train", "--data", str(data), "--out", str(args.model_out)]
    if args.quick:
        cmd += ["--seeds", "none"]
    if args.jobs:
        cmd += ["--jobs", str(args.jobs)]
    args.model_out.parent.mkdir(parents=True, exist_ok=True)
    log(NAME, "running " + " ".join(cmd[1:]))
    run = run_measured(cmd, CACHE_DIR / "train.log")
    log(NAME, f"exit {run['exit_code']}, {run['wall_seconds']:.0f}s, peak RSS {run['peak_rss_mib']:.0f} MiB")
    artifact: dict[str, Any] = {"path": str(args.model_out)}
    if run["exit_code"] == 0 and args.model_out.exists():
        sidecar = args.model_out.with_suffix(".json")
        meta = json.loads(sidecar.read_text()) if sidecar.exists() else {}
        artifact.update({
            "size_bytes": args.model_out.stat().st_size,
            "size_mib": args.model_out.stat().st_size / (1024 * 1024),
            "version": meta.get("version"),
            "cv_seconds": meta.get("metrics", {}).get("protocol", {}).get("seconds"),
            "pr_auc": {k: v["pr_auc"]["mean"] for k, v in meta.get("metrics", {}).get("models", {}).items()},
            "recall_at_precision_90": {k: v["recall_at_precision_90"]["mean"] for k, v in meta.get("metrics", {}).get("models", {}).items()},
        })
    write_result(args.out, NAME, {"data": str(data), "run": run, "artifact": artifact}, env, args.quick)
    return 0 if run["exit_code"] == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
