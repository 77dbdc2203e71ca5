"""One risk score from the classifier's probability and the indicator evidence.

The combined score is a small logistic model over a handful of interpretable features:

- ``clf_logit``: logit of the classifier's calibrated probability, for languages the
  classifier was trained on (English); 0 otherwise;
- ``clf_covered``: 1 when the classifier covers the language;
- one feature per indicator category: the highest severity among that category's findings;
- ``breadth``: how many categories fired (distinct kinds of red flag).

Indicator weights are constrained to be non-negative (a red flag never lowers the risk), and
the model is fitted on out-of-fold classifier scores on EMSCAD plus the training split of
the project's seed ads (fitted in training/, applied here).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Iterable, Mapping, Sequence

import numpy as np
from scipy.special import expit

from model.indicators.taxonomy import CATEGORIES

FEATURES: tuple[str, ...] = ("clf_logit", "clf_covered") + tuple(f"cat_{c}" for c in CATEGORIES) + ("breadth",)
_EPS = 1e-6


def features(
    probability: float,
    covered: bool,
    hits: Sequence[tuple[str, float]],
) -> np.ndarray:
    """Feature vector for one ad; ``hits`` are (category, severity) pairs."""
    x = np.zeros(len(FEATURES))
    if covered:
        p = min(max(probability, _EPS), 1 - _EPS)
        x[0] = np.log(p / (1 - p))
        x[1] = 1.0
    for category, severity in hits:
        if category in CATEGORIES:
            j = 2 + CATEGORIES.index(category)
            x[j] = max(x[j], severity)
    fired = x[2 : 2 + len(CATEGORIES)] > 0
    x[-1] = max(0.0, float(fired.sum()) - 1.0)
    return x


@dataclass
class Combiner:
    coef: np.ndarray = field(default_factory=lambda: np.r_[1.0, 0.0, np.zeros(len(CATEGORIES) + 1)])
    intercept: float = 0.0
    # added to the logit of ads in languages the classifier does not cover, so that the one
    # decision threshold sits at the operating point chosen for them (training.protocol.
    # uncovered_offset): their score rests on indicators alone and is fitted on seed ads only
    uncovered_offset: float = 0.0

    def score(self, X: np.ndarray) -> np.ndarray:
        X = np.asarray(X)
        return expit(X @ self.coef + self.intercept + self.uncovered_offset * (1.0 - X[..., 1]))

    def contributions(self, x: np.ndarray) -> dict[str, float]:
        return {name: float(v) for name, v in zip(FEATURES, x * self.coef) if v}

    def as_dict(self) -> dict[str, float]:
        out = {name: float(c) for name, c in zip(FEATURES, self.coef)}
        out["intercept"] = float(self.intercept)
        out["uncovered_offset"] = float(self.uncovered_offset)
        return out

    @classmethod
    def fit(cls, X: np.ndarray, y: np.ndarray, w: np.ndarray | None = None, l2: float = 1.0) -> "Combiner":
        """Weighted logistic regression with non-negative weights on indicator features."""
        X = np.asarray(X, dtype=float)
        y = np.asarray(y, dtype=float)
        w = np.ones(len(y)) if w is None else np.asarray(w, dtype=float)
        w = w / w.sum() * len(y)
        n_feat = X.shape[1]

        def loss(theta: np.ndarray) -> tuple[float, np.ndarray]:
            coef, b = theta[:-1], theta[-1]
            z = X @ coef + b
            p = expit(z)
            ll = w * (np.logaddexp(0, z) - y * z)
            grad_z = w * (p - y)
            reg = 0.5 * l2 * np.sum(coef[2:] ** 2)
            g = np.r_[X.T @ grad_z + np.r_[0, 0, l2 * coef[2:]], grad_z.sum()]
            return float(ll.sum() + reg), g

        bounds = [(None, None), (None, None)] + [(0.0, None)] * (n_feat - 2) + [(None, None)]
        theta0 = np.r_[1.0, 0.0, np.full(n_feat - 2, 0.5), -3.0]
        from scipy.optimize import minimize  # fitting only (training)

        res = minimize(loss, theta0, jac=True, method="L-BFGS-B", bounds=bounds)
        return cls(res.x[:-1].copy(), float(res.x[-1]))


def evidence_pairs(taxonomy: Mapping[str, Any], indicator_ids: Iterable[str]) -> list[tuple[str, float]]:
    """(category, severity) of each indicator that fired, as ``features`` takes them."""
    return [(taxonomy[i].category, taxonomy[i].severity) for i in indicator_ids if i in taxonomy]
