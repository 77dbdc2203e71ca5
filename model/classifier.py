"""The text classifier: one scikit-learn pipeline (features + linear model) plus calibration.

Feature code lives here and only here. Training fits ``TextClassifier`` and serving loads the
same fitted object, so features can never be rebuilt differently.

Features: TF-IDF over word 1-2-grams twice, once case-sensitive and once lower-cased, with
a token pattern that keeps ``$ ! ? * # @ % & +`` as tokens (case and punctuation style are
strong cues of the fraudulent ads). Classifier: L2 logistic regression with balanced class
weights. Calibration: Platt scaling fitted on out-of-fold scores with prevalence weights, so
the probability is a probability at the real prevalence.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

import numpy as np
import scipy.sparse as sp
from scipy.special import expit
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import FeatureUnion, Pipeline

TOKEN_PATTERN = r"(?u)\b\w+\b|[$!?*€£#@%&+]"


@dataclass(frozen=True)
class ClassifierConfig:
    ngram_max: int = 2
    min_df: int = 2
    C: float = 30.0
    max_iter: int = 3000
    # Training rows are weighted by 1 / group_size ** power, so reposted ads do not drown out
    # the distinct ones.
    group_weight_power: float = 0.5

    def as_dict(self) -> dict[str, float]:
        return {k: getattr(self, k) for k in self.__dataclass_fields__}


def build_pipeline(config: ClassifierConfig) -> Pipeline:
    words = dict(ngram_range=(1, config.ngram_max), sublinear_tf=True, min_df=config.min_df, token_pattern=TOKEN_PATTERN)
    features = FeatureUnion(
        [
            ("cased", TfidfVectorizer(lowercase=False, dtype=np.float32, **words)),
            ("lower", TfidfVectorizer(lowercase=True, dtype=np.float32, **words)),
        ]
    )
    model = LogisticRegression(C=config.C, class_weight="balanced", max_iter=config.max_iter)
    return Pipeline([("features", features), ("model", model)])


def build_baseline_pipeline() -> Pipeline:
    """What a user would pick instead: TF-IDF word 1-2-grams + balanced logistic regression."""
    return Pipeline(
        [
            ("features", TfidfVectorizer(ngram_range=(1, 2))),
            ("model", LogisticRegression(class_weight="balanced", max_iter=2000)),
        ]
    )


@dataclass
class Platt:
    """p = sigmoid(a * score + b), fitted on out-of-fold scores."""

    a: float = 1.0
    b: float = 0.0

    @classmethod
    def fit(cls, scores: np.ndarray, y: np.ndarray, w: np.ndarray | None = None) -> "Platt":
        lr = LogisticRegression(C=1e4, max_iter=1000)
        lr.fit(np.asarray(scores, dtype=float).reshape(-1, 1), y, sample_weight=w)
        return cls(float(lr.coef_[0, 0]), float(lr.intercept_[0]))

    def __call__(self, scores: np.ndarray) -> np.ndarray:
        return expit(self.a * np.asarray(scores, dtype=float) + self.b)


@dataclass(frozen=True)
class Contribution:
    term: str
    weight: float
    case_sensitive: bool


@dataclass
class TextClassifier:
    """A fitted pipeline, its calibration and the feature names needed to explain it."""

    pipeline: Pipeline
    calibration: Platt
    config: ClassifierConfig = field(default_factory=ClassifierConfig)

    def features(self, texts: list[str]):
        """The fitted feature matrix (CSR). Same as the pipeline's FeatureUnion.transform,
        without its per-call dispatch overhead, which dominates single-ad calls."""
        union = self.pipeline.named_steps["features"]
        if isinstance(union, FeatureUnion) and not union.transformer_weights:
            return sp.hstack([t.transform(texts) for _, t in union.transformer_list if t != "drop"], format="csr")
        return union.transform(texts).tocsr()

    def decision(self, texts: list[str]) -> np.ndarray:
        """The linear model's decision function (computed directly: X·w + b)."""
        model: LogisticRegression = self.pipeline.named_steps["model"]
        return np.asarray(self.features(texts) @ model.coef_.ravel() + model.intercept_[0])

    def predict_proba(self, texts: list[str]) -> np.ndarray:
        return self.calibration(self.decision(texts))

    def explain(self, texts: list[str], top: int = 8) -> tuple[np.ndarray, list[list[Contribution]]]:
        """Calibrated probabilities and, per text, the features that pushed it up most.

        For a linear model a feature's contribution is exactly ``x_j * coef_j`` in the
        decision function; these add up, with the intercept, to the score."""
        model: LogisticRegression = self.pipeline.named_steps["model"]
        X = self.features(texts)
        coef = model.coef_.ravel()
        scores = X @ coef + model.intercept_[0]
        names = self._names()
        out: list[list[Contribution]] = []
        indptr, indices, data = X.indptr, X.indices, X.data
        for i in range(X.shape[0]):
            cols = indices[indptr[i] : indptr[i + 1]]
            contrib = data[indptr[i] : indptr[i + 1]] * coef[cols]
            if not len(contrib):
                out.append([])
                continue
            k = min(top * 2, len(contrib))
            order = np.argpartition(-contrib, k - 1)[:k] if k < len(contrib) else np.arange(len(contrib))
            order = order[np.argsort(-contrib[order])]
            merged: dict[str, Contribution] = {}
            for j in order:
                if contrib[j] <= 0:
                    break
                name = names[cols[j]]
                case_sensitive = name.startswith("cased__")
                term = name.split("__", 1)[1]
                key = term.lower()
                if key in merged:
                    prev = merged[key]
                    merged[key] = Contribution(prev.term, prev.weight + float(contrib[j]), prev.case_sensitive and case_sensitive)
                else:
                    merged[key] = Contribution(term, float(contrib[j]), case_sensitive)
            out.append(sorted(merged.values(), key=lambda c: -c.weight)[:top])
        return self.calibration(scores), out

    def _names(self) -> np.ndarray:
        names = getattr(self, "_feature_names", None)
        if names is None:
            names = self.pipeline.named_steps["features"].get_feature_names_out()
            self._feature_names = names
        return names

    def __getstate__(self) -> dict:
        state = dict(self.__dict__)
        state.pop("_feature_names", None)
        return state


_PLACEHOLDERS = frozenset({"emailtoken", "urltoken", "phonetoken"})


def term_regex(term: str, case_sensitive: bool) -> str | None:
    """Regex source finding a model term (a word n-gram or a symbol) in cleaned text."""
    tokens = term.split(" ")
    if any(t.lower() in _PLACEHOLDERS for t in tokens):
        return None
    parts = []
    for t in tokens:
        if re.fullmatch(r"\w+", t):
            parts.append(r"\b" + re.escape(t) + r"\b")
        else:
            parts.append(re.escape(t))
    body = r"\W{0,3}".join(parts)
    return body if case_sensitive else f"(?i:{body})"


@lru_cache(maxsize=65536)
def term_pattern(term: str, case_sensitive: bool) -> re.Pattern[str] | None:
    """Compiled ``term_regex`` (cached: the same terms recur across ads)."""
    src = term_regex(term, case_sensitive)
    return re.compile(src) if src is not None else None
