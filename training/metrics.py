"""Fraud-class metrics with sample weights (for prevalence reweighting).

All functions take ``y`` (0/1), ``p`` (scores, higher = more likely fraud) and optional
``w`` (sample weights). Precision-dependent figures are only meaningful at the real
prevalence, which the weights restore.
"""

from __future__ import annotations

import numpy as np
from sklearn.metrics import average_precision_score, roc_auc_score


def _w(y: np.ndarray, w: np.ndarray | None) -> np.ndarray:
    return np.ones(len(y)) if w is None else np.asarray(w, dtype=float)


def pr_curve(y: np.ndarray, p: np.ndarray, w: np.ndarray | None = None) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Weighted precision and recall at every distinct threshold, highest threshold first.

    Returns (precision, recall, thresholds); an ad is predicted positive when p >= threshold."""
    y = np.asarray(y)
    p = np.asarray(p, dtype=float)
    w = _w(y, w)
    order = np.argsort(-p, kind="mergesort")
    p_sorted, y_sorted, w_sorted = p[order], y[order], w[order]
    tp = np.cumsum(w_sorted * (y_sorted == 1))
    fp = np.cumsum(w_sorted * (y_sorted == 0))
    last = np.r_[np.flatnonzero(np.diff(p_sorted) != 0), len(p_sorted) - 1]
    tp, fp, thresholds = tp[last], fp[last], p_sorted[last]
    positives = w[y == 1].sum()
    precision = tp / np.maximum(tp + fp, 1e-12)
    recall = tp / positives if positives > 0 else np.zeros_like(tp)
    return precision, recall, thresholds


def pr_auc(y: np.ndarray, p: np.ndarray, w: np.ndarray | None = None) -> float:
    """Average precision (the step-wise area under the precision-recall curve)."""
    return float(average_precision_score(y, p, sample_weight=w))


def roc_auc(y: np.ndarray, p: np.ndarray, w: np.ndarray | None = None) -> float:
    return float(roc_auc_score(y, p, sample_weight=w))


def recall_at_precision(y: np.ndarray, p: np.ndarray, min_precision: float, w: np.ndarray | None = None) -> float:
    """Highest recall over thresholds whose weighted precision is at least ``min_precision``."""
    precision, recall, _ = pr_curve(y, p, w)
    ok = precision >= min_precision
    return float(recall[ok].max()) if ok.any() else 0.0


def f1_at(y: np.ndarray, p: np.ndarray, threshold: float, w: np.ndarray | None = None) -> float:
    y = np.asarray(y)
    w = _w(y, w)
    pred = np.asarray(p) >= threshold
    tp = w[pred & (y == 1)].sum()
    fp = w[pred & (y == 0)].sum()
    fn = w[~pred & (y == 1)].sum()
    return float(2 * tp / (2 * tp + fp + fn)) if tp > 0 else 0.0


def best_f1_threshold(y: np.ndarray, p: np.ndarray, w: np.ndarray | None = None) -> tuple[float, float]:
    """The threshold maximising weighted F1 (for choosing on validation data), and that F1."""
    precision, recall, thresholds = pr_curve(y, p, w)
    f1 = np.where(precision + recall > 0, 2 * precision * recall / np.maximum(precision + recall, 1e-12), 0.0)
    i = int(np.argmax(f1))
    return float(thresholds[i]), float(f1[i])


def threshold_for_precision(y: np.ndarray, p: np.ndarray, min_precision: float, w: np.ndarray | None = None) -> float:
    """Lowest threshold whose weighted precision is at least ``min_precision`` (max recall)."""
    precision, recall, thresholds = pr_curve(y, p, w)
    ok = np.flatnonzero(precision >= min_precision)
    if not len(ok):
        return float(thresholds[0])
    best = ok[np.argmax(recall[ok])]
    return float(thresholds[best])


def brier(y: np.ndarray, p: np.ndarray, w: np.ndarray | None = None) -> float:
    y = np.asarray(y, dtype=float)
    w = _w(y, w)
    return float(np.sum(w * (np.asarray(p) - y) ** 2) / w.sum())


def calibration_table(y: np.ndarray, p: np.ndarray, w: np.ndarray | None = None, bins: int = 10) -> list[dict[str, float]]:
    """Weighted reliability table: mean predicted vs observed fraud rate per probability bin."""
    y = np.asarray(y, dtype=float)
    p = np.asarray(p, dtype=float)
    w = _w(y, w)
    edges = np.linspace(0, 1, bins + 1)
    which = np.clip(np.digitize(p, edges[1:-1]), 0, bins - 1)
    rows = []
    for b in range(bins):
        m = which == b
        if w[m].sum() > 0:
            rows.append(
                {
                    "bin_low": float(edges[b]),
                    "bin_high": float(edges[b + 1]),
                    "mean_predicted": float(np.sum(w[m] * p[m]) / w[m].sum()),
                    "observed_rate": float(np.sum(w[m] * y[m]) / w[m].sum()),
                    "weight": float(w[m].sum()),
                    "count": int(m.sum()),
                }
            )
    return rows
