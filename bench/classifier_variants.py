"""What moved the classifier's number: the recipe variants tried, on the same grouped folds.

Each variant is a text pipeline scored by its decision function on the outer test folds of
the training protocol (grouped, stratified 5-fold), prevalence-weighted, fraud class. Ranking
metrics only (PR-AUC, recall at precision 0.9): calibration is monotone and does not change
them. Two fold seeds, because fold-to-fold spread is large on this corpus.

    python -m bench.classifier_variants            # ~10 minutes on 2 cores
    python -m bench.classifier_variants --quick    # two variants, one seed, on the tiny test fixture
"""

from __future__ import annotations

import json
import time
from typing import Callable

import numpy as np
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import StratifiedGroupKFold
from sklearn.pipeline import FeatureUnion, Pipeline, make_pipeline
from sklearn.svm import LinearSVC

from bench.common import ROOT, base_parser, environment, parse_args
from model.classifier import TOKEN_PATTERN, ClassifierConfig, build_baseline_pipeline, build_pipeline
from model.document import build_document
from training import metrics as M
from training.data import load_labelled
from training.grouping import near_duplicate_groups
from training.protocol import SEED, group_weights


def _words(lowercase: bool, token_pattern: str = r"(?u)\b\w\w+\b", sublinear: bool = True) -> TfidfVectorizer:
    return TfidfVectorizer(ngram_range=(1, 2), sublinear_tf=sublinear, min_df=2, lowercase=lowercase, token_pattern=token_pattern)


def _lr(C: float = 30.0) -> LogisticRegression:
    return LogisticRegression(C=C, class_weight="balanced", max_iter=3000)


VARIANTS: dict[str, tuple[Callable[[], Pipeline], bool]] = {
    # name: (pipeline factory, weight training rows by 1/sqrt(group size))
    "baseline_tfidf_lr": (build_baseline_pipeline, False),
    "lower_sublinear_mindf2_C30": (lambda: make_pipeline(_words(True), _lr()), False),
    "cased_symbols_C30": (lambda: make_pipeline(_words(False, TOKEN_PATTERN), _lr()), False),
    "cased+lower_symbols_C30": (lambda: make_pipeline(FeatureUnion([("c", _words(False, TOKEN_PATTERN)), ("l", _words(True, TOKEN_PATTERN))]), _lr()), False),
    "cased+lower, group weights (shipped until 1.1.0)": (lambda: build_pipeline(ClassifierConfig(nb_power=0.0)), True),
    "shipped (cased+lower, group weights, NB weights)": (lambda: build_pipeline(ClassifierConfig()), True),
    "shipped with NB weights ** 0.5": (lambda: build_pipeline(ClassifierConfig(nb_power=0.5)), True),
    "shipped with C=100": (lambda: build_pipeline(ClassifierConfig(C=100.0)), True),
    "shipped with C=10": (lambda: build_pipeline(ClassifierConfig(C=10.0)), True),
    "shipped with LinearSVC": (
        lambda: Pipeline([("features", build_pipeline(ClassifierConfig()).named_steps["features"]), ("model", LinearSVC(C=0.5, class_weight="balanced"))]),
        True,
    ),
    "cased+lower + char_wb 2-5": (
        lambda: make_pipeline(
            FeatureUnion(
                [
                    ("c", _words(False, TOKEN_PATTERN)),
                    ("l", _words(True, TOKEN_PATTERN)),
                    ("ch", TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 5), sublinear_tf=True, min_df=3, max_features=200000)),
                ]
            ),
            _lr(),
        ),
        True,
    ),
}


def run(variants: list[str], seeds: list[int], data_path) -> dict:
    data = load_labelled(data_path)
    texts = np.array([build_document(a).classifier_text for a in data.ads], dtype=object)
    y, w = data.labels, data.weights
    groups = near_duplicate_groups(data.ads)
    out: dict[str, dict] = {}
    for name in variants:
        make, weighted = VARIANTS[name]
        rows = []
        started = time.perf_counter()
        for seed in seeds:
            for tr, te in StratifiedGroupKFold(5, shuffle=True, random_state=seed).split(texts, y, groups):
                pipe = make()
                kwargs = {pipe.steps[-1][0] + "__sample_weight": group_weights(groups[tr], 0.5)} if weighted else {}
                pipe.fit(list(texts[tr]), y[tr], **kwargs)
                s = pipe.decision_function(list(texts[te]))
                rows.append({"seed": seed, "pr_auc": M.pr_auc(y[te], s, w[te]), "recall_at_precision_90": M.recall_at_precision(y[te], s, 0.9, w[te])})
        summary = {"seconds": round(time.perf_counter() - started, 1), "folds": rows}
        for seed in seeds:
            for metric in ("pr_auc", "recall_at_precision_90"):
                vals = [r[metric] for r in rows if r["seed"] == seed]
                summary[f"{metric}_seed{seed}"] = {"mean": float(np.mean(vals)), "std": float(np.std(vals))}
        out[name] = summary
        print(f"{name:40s} " + "  ".join(f"seed {s}: PR-AUC {summary[f'pr_auc_seed{s}']['mean']:.3f} R@P0.9 {summary[f'recall_at_precision_90_seed{s}']['mean']:.3f}" for s in seeds), flush=True)
    return out


def main() -> None:
    parser = base_parser("classifier_variants", __doc__.splitlines()[0])
    args = parse_args(parser, None, "classifier_variants")  # --quick goes to bench/.cache/quick unless --out
    variants = ["baseline_tfidf_lr", "shipped (cased+lower, group weights, NB weights)"] if args.quick else list(VARIANTS)
    seeds = [SEED] if args.quick else [SEED, 0]
    data = ROOT / "tests" / "fixtures" / "tiny_ads.jsonl" if args.quick else args.data
    results = run(variants, seeds, data)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps({"benchmark": "classifier_variants", "quick": args.quick, "environment": environment(), "variants": results}, indent=2) + "\n")
    print(f"wrote {args.out}")


if __name__ == "__main__":
    main()
