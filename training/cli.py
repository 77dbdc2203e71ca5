"""``adscreen train`` and ``adscreen evaluate``."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from model.artifact import DEFAULT_ARTIFACT

DEFAULT_DATA = "../shared/data/emscad"


def add_train_parser(subparsers: Any) -> argparse.ArgumentParser:
    p = subparsers.add_parser(
        "train",
        help="fit the model, evaluate it by grouped CV, write the artifact, metrics and model card",
        description="Fit the classifier and combiner on labelled ads (EMSCAD folder, or JSONL/CSV with label 0/1), "
        "evaluate the recipe by grouped 5-fold CV, and write the artifact, metrics.json, MODEL_CARD.md and plots "
        "beside it.",
    )
    p.add_argument("--data", default=DEFAULT_DATA, help=f"EMSCAD folder or labelled file (default: {DEFAULT_DATA})")
    p.add_argument("--out", default=str(DEFAULT_ARTIFACT), help="artifact path (default: the package's shipped model)")
    p.add_argument("--seeds", default=None, help="seed ads (JSONL file or folder of them) for the combiner (default: training/seeds; 'none' to skip)")
    p.add_argument("--jobs", type=int, default=2, help="parallel processes (default: 2)")
    return p


def add_evaluate_parser(subparsers: Any) -> argparse.ArgumentParser:
    p = subparsers.add_parser(
        "evaluate",
        help="grouped 5-fold CV of the shipped recipe and the TF-IDF baseline; writes DIR/metrics.json",
    )
    p.add_argument("--data", default=DEFAULT_DATA, help=f"EMSCAD folder or labelled file (default: {DEFAULT_DATA})")
    p.add_argument("--out", required=True, help="output directory for metrics.json and plots")
    p.add_argument(
        "--group-by-poster",
        action="store_true",
        help="stricter protocol: also keep ads sharing a company profile in one group",
    )
    p.add_argument("--seeds", default=None, help="seed ads (JSONL file or folder of them; default: training/seeds; 'none' to skip)")
    p.add_argument("--jobs", type=int, default=2, help="parallel processes (default: 2)")
    return p


def _seeds(value: str | None) -> Path | None:
    from training.pipeline import DEFAULT_SEEDS

    if value is None:
        return DEFAULT_SEEDS
    return None if value.lower() == "none" else Path(value)


def _require_training_extras(command: str) -> bool:
    try:
        import matplotlib  # noqa: F401
    except ImportError:
        print(f"adscreen {command}: plotting needs matplotlib; install the training extras: pip install 'adscreen[training]'", file=sys.stderr)
        return False
    return True


def run_train(args: argparse.Namespace) -> int:
    from training.data import DataError
    from training.pipeline import train

    if not _require_training_extras("train"):
        return 2

    try:
        metadata = train(args.data, args.out, n_jobs=args.jobs, seeds_path=_seeds(args.seeds))
    except (DataError, ValueError) as exc:
        print(f"adscreen train: {exc}", file=sys.stderr)
        return 2
    models = metadata["metrics"]["models"]
    print(json.dumps({"version": metadata["version"], "artifact": args.out, "pr_auc": {k: round(v["pr_auc"]["mean"], 4) for k, v in models.items()}}, indent=2))
    return 0


def run_evaluate(args: argparse.Namespace) -> int:
    from training.data import DataError
    from training.pipeline import evaluate

    if not _require_training_extras("evaluate"):
        return 2

    try:
        doc = evaluate(args.data, args.out, n_jobs=args.jobs, seeds_path=_seeds(args.seeds), by_poster=args.group_by_poster)
    except (DataError, ValueError) as exc:
        print(f"adscreen evaluate: {exc}", file=sys.stderr)
        return 2
    for name, m in doc["models"].items():
        print(f"{name:20s} PR-AUC {m['pr_auc']['mean']:.3f}±{m['pr_auc']['std']:.3f}  "
              f"R@P0.9 {m['recall_at_precision_90']['mean']:.3f}±{m['recall_at_precision_90']['std']:.3f}  "
              f"F1 {m['f1']['mean']:.3f}  Brier {m['brier']['mean']:.4f}")
    return 0
