"""Quality: the shipped recipe, the TF-IDF baseline and a transformer baseline on the same
grouped-CV folds, prevalence-weighted, free text only.

    python -m bench.quality            # EMSCAD, 5 grouped folds (a few minutes; embeddings cached)
    python -m bench.quality --quick    # 150 ads, no combiner: checks the script runs

The shipped recipe (``adscreen``, ``adscreen_combined``) and ``baseline_tfidf_lr`` come from
``training.protocol.cross_validate``, exactly what ``adscreen evaluate`` runs. The transformer
baseline (``transformer_minilm_lr``) uses the same outer folds and the same inner protocol:
all-MiniLM-L6-v2 sentence embeddings of the classifier's input text (``classifier_text``),
logistic regression with balanced class weights (C chosen on the inner folds), Platt
calibration and the decision threshold fitted on inner out-of-fold scores with the
prevalence weights, the test fold touched once.
"""

from __future__ import annotations

import os
import sys
import time
from typing import Any

import numpy as np

from bench.common import base_parser, parse_args, environment, log, write_result
from bench.transformer import availability, cached_embeddings, describe, load_encoder

NAME = "quality"
TRANSFORMER = "transformer_minilm_lr"
C_GRID = (0.1, 1.0, 10.0, 100.0)
QUICK_ADS = 150


def main(argv: list[str] | None = None) -> int:
    p = base_parser(NAME, __doc__.splitlines()[0])
    p.add_argument("--jobs", type=int, default=2, help="parallel processes for cross_validate (default 2)")
    p.add_argument("--no-transformer", action="store_true", help="skip the transformer baseline")
    args = parse_args(p, argv, NAME)
    env = environment()

    from model.classifier import ClassifierConfig
    from training.pipeline import prepare
    from training.protocol import SEED, cross_validate

    started = time.perf_counter()
    if args.quick:
        texts, y, w, groups = _quick_data(args.data, SEED)
        combiner = None  # no indicator pass over the corpus: the combined score is left out
    else:
        prepared = prepare(args.data, progress=lambda m: log(NAME, m))
        texts, y, w, groups = prepared.texts, prepared.data.labels, prepared.data.weights, prepared.groups
        combiner = prepared.combiner
    prepare_seconds = time.perf_counter() - started

    log(NAME, f"cross-validating the shipped recipe and the TF-IDF baseline on {len(y)} ads")
    cv = cross_validate(texts, y, w, groups, combiner, ClassifierConfig(), include_baseline=True, seed=SEED, n_jobs=args.jobs,
                        progress=lambda m: log(NAME, m))
    models: dict[str, Any] = dict(cv.models)
    seconds: dict[str, float] = {"prepare": prepare_seconds, "cross_validate_adscreen_and_tfidf": cv.seconds}

    transformer: dict[str, Any] = {}
    reason = None if not args.no_transformer else "transformer baseline skipped: --no-transformer"
    reason = reason or availability()
    if reason:
        log(NAME, reason)
        transformer = {"skipped": reason}
    else:
        threads = os.cpu_count() or 1
        encoder: list[Any] = []

        def get_encoder() -> Any:
            if not encoder:
                encoder.append(load_encoder(threads))
            return encoder[0]

        log(NAME, f"embedding {len(texts)} texts with all-MiniLM-L6-v2 ({threads} threads; cached in bench/.cache)")
        X, note = cached_embeddings(get_encoder, list(texts))
        t0 = time.perf_counter()
        rows, chosen = transformer_cv(X, y, w, groups, SEED)
        seconds["transformer_cv_after_embedding"] = time.perf_counter() - t0
        seconds["transformer_embedding"] = note["encode_seconds"]
        from training.protocol import summarise_folds

        models[TRANSFORMER] = summarise_folds(rows)
        transformer = {
            **describe(),
            "embedding": note,
            "embedding_threads": threads,
            "classifier": "LogisticRegression(class_weight='balanced', max_iter=2000), C per fold from "
            f"{list(C_GRID)} by inner out-of-fold PR-AUC; Platt calibration and threshold on inner out-of-fold scores",
            "C_per_fold": chosen,
        }
    seconds["total"] = time.perf_counter() - started
    result = {
        "protocol": cv.protocol,
        "models": models,
        "transformer": transformer,
        "seconds": seconds,
        "comparison": compare(models),
    }
    write_result(args.out, NAME, result, env, args.quick)
    for name, m in models.items():
        log(NAME, f"{name:22s} PR-AUC {m['pr_auc']['mean']:.3f}±{m['pr_auc']['std']:.3f}  "
                  f"R@P0.9 {m['recall_at_precision_90']['mean']:.3f}±{m['recall_at_precision_90']['std']:.3f}  "
                  f"F1 {m['f1']['mean']:.3f}  Brier {m['brier']['mean']:.4f}")
    return 0


def _quick_data(data: Any, seed: int) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """A random third-fraudulent subset of EMSCAD, prepared as ``training.pipeline.prepare``
    does for the classifier (document text, near-duplicate groups), without the indicators."""
    from model.document import build_document
    from training.data import load_emscad
    from training.grouping import near_duplicate_groups

    ads = load_emscad(data)
    rng = np.random.default_rng(seed)
    pos, neg = np.flatnonzero(ads.labels == 1), np.flatnonzero(ads.labels == 0)
    k = min(len(pos), QUICK_ADS // 3)
    index = np.sort(np.r_[rng.choice(pos, k, replace=False), rng.choice(neg, min(len(neg), QUICK_ADS - k), replace=False)])
    sub = ads.subset(index)
    texts = np.array([build_document(a).classifier_text for a in sub.ads], dtype=object)
    return texts, sub.labels, sub.weights, near_duplicate_groups(sub.ads)


def _fit_lr(X: np.ndarray, y: np.ndarray, C: float) -> Any:
    from sklearn.linear_model import LogisticRegression

    return LogisticRegression(C=C, class_weight="balanced", max_iter=2000).fit(X, y)


def fit_transformer_classifier(X: np.ndarray, y: np.ndarray, w: np.ndarray, groups: np.ndarray, seed: int) -> tuple[Any, Any, float, float]:
    """The inner protocol of ``training.protocol.fit_classifier`` for embeddings + LR.

    Returns (final LR, Platt, threshold, chosen C)."""
    from sklearn.model_selection import StratifiedGroupKFold

    from model.linear import Platt
    from training import metrics as M
    from training.protocol import INNER_FOLDS

    inner = StratifiedGroupKFold(INNER_FOLDS, shuffle=True, random_state=seed)
    splits = list(inner.split(X, y, groups))
    best: tuple[float, float, np.ndarray] | None = None
    for C in C_GRID:
        oof = np.zeros(len(y))
        for tr, va in splits:
            oof[va] = _fit_lr(X[tr], y[tr], C).decision_function(X[va])
        score = M.pr_auc(y, oof, w)
        if best is None or score > best[0]:
            best = (score, C, oof)
    assert best is not None
    _, C, oof = best
    platt = Platt.fit(oof, y, w)
    threshold, _ = M.best_f1_threshold(y, platt(oof), w)
    return _fit_lr(X, y, C), platt, threshold, C


def transformer_cv(X: np.ndarray, y: np.ndarray, w: np.ndarray, groups: np.ndarray, seed: int) -> tuple[list[dict[str, float]], list[float]]:
    """Per-fold metrics on the outer folds of ``training.protocol.cross_validate``."""
    from sklearn.model_selection import StratifiedGroupKFold

    from training.protocol import OUTER_FOLDS, fold_metrics

    outer = StratifiedGroupKFold(OUTER_FOLDS, shuffle=True, random_state=seed)
    rows: list[dict[str, float]] = []
    chosen: list[float] = []
    for k, (tr, te) in enumerate(outer.split(X, y, groups)):
        lr, platt, threshold, C = fit_transformer_classifier(X[tr], y[tr], w[tr], groups[tr], seed + k)
        p = platt(lr.decision_function(X[te]))
        rows.append(fold_metrics(y[te], p, w[te], threshold))
        chosen.append(C)
        log(NAME, f"fold {k + 1}/{OUTER_FOLDS}: {TRANSFORMER} PR-AUC {rows[-1]['pr_auc']:.3f} (C={C})")
    return rows, chosen


def compare(models: dict[str, Any]) -> dict[str, Any]:
    """The issue-6 quality target: the shipped model ahead of TF-IDF on PR-AUC and R@P0.9."""
    out: dict[str, Any] = {}
    if "adscreen" in models and "baseline_tfidf_lr" in models:
        a, b = models["adscreen"], models["baseline_tfidf_lr"]
        out["adscreen_minus_tfidf"] = {k: a[k]["mean"] - b[k]["mean"] for k in ("pr_auc", "recall_at_precision_90", "f1", "brier")}
        out["adscreen_ahead_of_tfidf_on_pr_auc_and_recall_at_p90"] = bool(
            a["pr_auc"]["mean"] > b["pr_auc"]["mean"] and a["recall_at_precision_90"]["mean"] > b["recall_at_precision_90"]["mean"]
        )
    if "adscreen" in models and TRANSFORMER in models:
        a, t = models["adscreen"], models[TRANSFORMER]
        out["adscreen_minus_transformer"] = {k: a[k]["mean"] - t[k]["mean"] for k in ("pr_auc", "recall_at_precision_90", "f1", "brier")}
    return out


if __name__ == "__main__":
    sys.exit(main())
