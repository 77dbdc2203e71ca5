"""The evaluation protocol and the fitting recipe, shared by ``train`` and ``evaluate``.

Protocol (every figure the project reports comes from here):

1. Group near-duplicate ads (``training.grouping``) and assign groups to 5 stratified folds
   (fixed seed).
2. For each outer fold, fit on the other four only: an inner grouped 3-fold split of the
   training part gives out-of-fold scores, on which the Platt calibration, the combiner and
   the decision threshold are fitted; then the classifier is refitted on the whole training
   part. The test fold is touched once, to score it.
3. Metrics on the test fold, prevalence-weighted (``LabelledAds.weights``), for the fraud
   class: PR-AUC, ROC-AUC, F1 at the validation-chosen threshold, recall at precision 0.9,
   Brier score. Mean and standard deviation over folds.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from typing import Any, Callable

import numpy as np
from joblib import Parallel, delayed
from sklearn.model_selection import StratifiedGroupKFold
from sklearn.pipeline import Pipeline

from model.classifier import ClassifierConfig, TextClassifier, build_baseline_pipeline, build_pipeline
from model.linear import Platt
from model.combine import FEATURES, Combiner
from model.combine import features as combine_features
from training import metrics as M

SEED = 20261123
OUTER_FOLDS = 5
INNER_FOLDS = 3
PRECISION_TARGET = 0.9


@dataclass
class FitResult:
    classifier: TextClassifier
    oof_probability: np.ndarray  # calibrated inner out-of-fold probabilities on the training data
    threshold: float  # chosen on those, for the classifier alone


def group_weights(groups: np.ndarray, power: float) -> np.ndarray:
    sizes = np.bincount(groups)[groups]
    return 1.0 / sizes**power


def _fit_pipeline(make: Callable[[], Pipeline], texts: np.ndarray, y: np.ndarray, sw: np.ndarray | None) -> Pipeline:
    pipe = make()
    if sw is None:
        pipe.fit(list(texts), y)
    else:
        pipe.fit(list(texts), y, model__sample_weight=sw)
    return pipe


def fit_classifier(
    texts: np.ndarray,
    y: np.ndarray,
    w: np.ndarray,
    groups: np.ndarray,
    config: ClassifierConfig | None = None,
    baseline: bool = False,
    seed: int = SEED,
    n_jobs: int = 1,
) -> FitResult:
    """Fit the classifier with calibration and threshold from inner out-of-fold scores."""
    config = config or ClassifierConfig()
    make = build_baseline_pipeline if baseline else (lambda: build_pipeline(config))
    sw = None if baseline else group_weights(groups, config.group_weight_power)
    inner = StratifiedGroupKFold(INNER_FOLDS, shuffle=True, random_state=seed)
    splits = list(inner.split(texts, y, groups))

    def one(tr: np.ndarray, va: np.ndarray) -> np.ndarray:
        pipe = _fit_pipeline(make, texts[tr], y[tr], None if sw is None else sw[tr])
        return pipe.decision_function(list(texts[va]))

    jobs = [(tr, va) for tr, va in splits] + [(np.arange(len(y)), None)]
    fitted = Parallel(n_jobs=n_jobs)(
        delayed(one)(tr, va) if va is not None else delayed(_fit_pipeline)(make, texts, y, sw) for tr, va in jobs
    )
    oof = np.zeros(len(y))
    for (tr, va), scores in zip(splits, fitted[:-1]):
        oof[va] = scores
    final: Pipeline = fitted[-1]
    _strip(final)
    platt = Platt.fit(oof, y, w)
    oof_p = platt(oof)
    threshold, _ = M.best_f1_threshold(y, oof_p, w)
    return FitResult(TextClassifier(final, platt, config), oof_p, threshold)


def _strip(pipe: Pipeline) -> None:
    """Drop what serving never needs (the pruned-term sets make artifacts huge)."""
    features = pipe.named_steps["features"]
    vectorisers = [t for _, t in getattr(features, "transformer_list", [])] or [features]
    for v in vectorisers:
        if hasattr(v, "stop_words_"):
            v.stop_words_ = set()


def fold_metrics(y: np.ndarray, p: np.ndarray, w: np.ndarray, threshold: float) -> dict[str, float]:
    return {
        "pr_auc": M.pr_auc(y, p, w),
        "roc_auc": M.roc_auc(y, p, w),
        "f1": M.f1_at(y, p, threshold, w),
        "recall_at_precision_90": M.recall_at_precision(y, p, PRECISION_TARGET, w),
        "brier": M.brier(y, p, w),
    }


def summarise_folds(rows: list[dict[str, float]]) -> dict[str, dict[str, float]]:
    out: dict[str, dict[str, float]] = {}
    for key in rows[0]:
        values = np.array([r[key] for r in rows])
        out[key] = {"mean": float(values.mean()), "std": float(values.std(ddof=0)), "folds": [float(v) for v in values]}
    return out


@dataclass
class CombinerData:
    """Indicator evidence for every corpus ad and for the seed ads' training split.

    ``pairs`` are (category, severity) per finding; ``covered`` says whether the classifier
    covers the ad's language."""

    corpus_pairs: list[list[tuple[str, float]]]
    corpus_covered: np.ndarray
    seed_texts: list[str]
    seed_pairs: list[list[tuple[str, float]]]
    seed_covered: np.ndarray
    seed_y: np.ndarray
    seed_weight: float

    def corpus_X(self, probabilities: np.ndarray, index: np.ndarray) -> np.ndarray:
        return np.array(
            [combine_features(float(p), bool(self.corpus_covered[i]), self.corpus_pairs[i]) for p, i in zip(probabilities, index)]
        ).reshape(len(index), -1)

    def seed_X(self, classifier: TextClassifier) -> np.ndarray:
        if not self.seed_texts:
            return np.zeros((0, len(FEATURES)))
        probs = classifier.predict_proba(self.seed_texts)
        return np.array([combine_features(float(p), bool(c), pairs) for p, c, pairs in zip(probs, self.seed_covered, self.seed_pairs)])


def fit_combiner(
    classifier: TextClassifier, oof_p: np.ndarray, y: np.ndarray, w: np.ndarray, index: np.ndarray, data: CombinerData
) -> Combiner:
    """Fit the combiner on out-of-fold corpus probabilities plus the seed ads' training split."""
    return _fit_with_seeds(data.corpus_X(oof_p, index), y, w, data.seed_X(classifier), data.seed_y, data.seed_weight)


def _fit_with_seeds(X: np.ndarray, y: np.ndarray, w: np.ndarray, seed_X: np.ndarray, seed_y: np.ndarray, seed_weight: float) -> Combiner:
    """The combiner on corpus rows plus seed rows, each seed weighted ``seed_weight``."""
    return Combiner.fit(np.vstack([X, seed_X]), np.r_[y, seed_y], np.r_[w, np.full(len(seed_y), seed_weight)])


SEED_FOLDS = 5
UNCOVERED_MAX_FPR = 0.05


def seed_margins(
    oof_p: np.ndarray, y: np.ndarray, w: np.ndarray, data: CombinerData, seed_X: np.ndarray, strata: np.ndarray
) -> np.ndarray:
    """Out-of-fold margins of the training seed ads: for each of 5 stratified folds, the
    combiner is refitted on the corpus and the other folds, and each held-out ad gets
    logit(score) - logit(threshold), the threshold chosen on the corpus as in ``train``."""
    from sklearn.model_selection import StratifiedKFold

    index = np.arange(len(y))
    X = data.corpus_X(oof_p, index)
    margins = np.zeros(len(data.seed_y))
    for tr, te in StratifiedKFold(SEED_FOLDS, shuffle=True, random_state=SEED).split(seed_X, strata):
        comb = _fit_with_seeds(X, y, w, seed_X[tr], data.seed_y[tr], data.seed_weight)
        threshold, _ = M.best_f1_threshold(y, comb.score(X), w)
        margins[te] = _logit(comb.score(seed_X[te])) - _logit(threshold)
    return margins


def uncovered_offset(margins: np.ndarray, y: np.ndarray, covered: np.ndarray, max_fpr: float = UNCOVERED_MAX_FPR) -> tuple[float, dict[str, float]]:
    """The logit offset for ads the classifier does not cover: the operating point that
    flags the most held-out lures while flagging at most ``max_fpr`` of the look-alikes, on
    out-of-fold margins of the training seeds (``seed_margins``); halfway between the last
    look-alike it lets through and the next margin above it."""
    m, yy = margins[~covered], y[~covered]
    neg = np.sort(m[yy == 0])[::-1]
    if len(neg) == 0 or not (yy == 1).any():
        return 0.0, {}
    allowed = int(np.floor(max_fpr * len(neg)))
    cut = neg[allowed] if allowed < len(neg) else -np.inf
    above = m[m > cut]
    r = (cut + above.min()) / 2 if np.isfinite(cut) and len(above) else cut + 1e-6
    flagged = m >= r
    return float(-r), {
        "max_false_positive_rate": max_fpr,
        "out_of_fold_recall": float(flagged[yy == 1].mean()),
        "out_of_fold_false_positive_rate": float(flagged[yy == 0].mean()),
        "lures": int((yy == 1).sum()),
        "lookalikes": int((yy == 0).sum()),
    }


def _logit(p: np.ndarray | float) -> np.ndarray:
    p = np.clip(p, 1e-6, 1 - 1e-6)
    return np.log(p / (1 - p))


@dataclass
class CVResult:
    protocol: dict[str, Any]
    models: dict[str, dict[str, dict[str, float]]]
    pooled: dict[str, dict[str, np.ndarray]] = field(default_factory=dict)
    seconds: float = 0.0


def cross_validate(
    texts: np.ndarray,
    y: np.ndarray,
    w: np.ndarray,
    groups: np.ndarray,
    combiner_data: CombinerData | None,
    config: ClassifierConfig | None = None,
    include_baseline: bool = True,
    seed: int = SEED,
    n_jobs: int = 1,
    progress: Callable[[str], None] = lambda _: None,
) -> CVResult:
    """Grouped, stratified 5-fold cross-validation of the shipped recipe (and the baseline)."""
    started = time.perf_counter()
    outer = StratifiedGroupKFold(OUTER_FOLDS, shuffle=True, random_state=seed)
    splits = list(outer.split(texts, y, groups))
    rows: dict[str, list[dict[str, float]]] = {"adscreen": [], "adscreen_combined": [], "baseline_tfidf_lr": []}
    pooled = {name: {"y": np.zeros(len(y)), "p": np.zeros(len(y)), "w": w} for name in rows}

    def run_fold(k: int, tr: np.ndarray, te: np.ndarray) -> dict[str, Any]:
        out: dict[str, Any] = {}
        fit = fit_classifier(texts[tr], y[tr], w[tr], groups[tr], config, seed=seed + k)
        p = fit.classifier.predict_proba(list(texts[te]))
        out["adscreen"] = (p, fit.threshold)
        if combiner_data is not None:
            comb = fit_combiner(fit.classifier, fit.oof_probability, y[tr], w[tr], tr, combiner_data)
            comb_oof = comb.score(combiner_data.corpus_X(fit.oof_probability, tr))
            comb_threshold, _ = M.best_f1_threshold(y[tr], comb_oof, w[tr])
            out["adscreen_combined"] = (comb.score(combiner_data.corpus_X(p, te)), comb_threshold)
        if include_baseline:
            base = fit_classifier(texts[tr], y[tr], w[tr], groups[tr], baseline=True, seed=seed + k)
            out["baseline_tfidf_lr"] = (base.classifier.predict_proba(list(texts[te])), base.threshold)
        return out

    results = Parallel(n_jobs=n_jobs)(delayed(run_fold)(k, tr, te) for k, (tr, te) in enumerate(splits))
    for k, ((tr, te), res) in enumerate(zip(splits, results)):
        for name, (p, threshold) in res.items():
            rows[name].append(fold_metrics(y[te], p, w[te], threshold))
            pooled[name]["p"][te] = p
            pooled[name]["y"][te] = y[te]
        progress(f"fold {k + 1}/{OUTER_FOLDS}: " + ", ".join(f"{n} PR-AUC {rows[n][-1]['pr_auc']:.3f}" for n in res))
    models = {name: summarise_folds(r) for name, r in rows.items() if r}
    protocol = {
        "folds": OUTER_FOLDS,
        "inner_folds": INNER_FOLDS,
        "seed": seed,
        "grouping": "near-duplicate groups (normalised description, title + body head, whole text), split by group",
        "stratified": True,
        "weighting": "legitimate ads weighted to the corpus prevalence (866 of 17,880 fraudulent, 4.84%) per id stratum",
        "threshold": "max weighted F1 on inner out-of-fold predictions of the training folds",
        "calibration": "Platt scaling on inner out-of-fold scores, prevalence-weighted",
        "input": "free text only (title, company profile, description, requirements, benefits)",
        "n_ads": int(len(y)),
        "n_fraudulent": int(y.sum()),
        "n_groups": int(groups.max() + 1),
        "weighted_prevalence": float(w[y == 1].sum() / w.sum()),
    }
    return CVResult(protocol, models, {k: v for k, v in pooled.items() if rows[k]}, time.perf_counter() - started)
