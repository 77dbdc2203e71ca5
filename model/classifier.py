"""The text classifier: one scikit-learn pipeline (features + linear model) plus calibration.

Feature code lives here and only here. Training fits ``TextClassifier``; the artifact stores
its compiled form (``model.linear.LinearTextModel``, the same features and weights as arrays,
checked equal to the pipeline before saving), which serving loads without scikit-learn.

Features: TF-IDF over word 1-2-grams twice, once case-sensitive and once lower-cased, with
a token pattern that keeps ``$ ! ? * # @ % & +`` as tokens (case and punctuation style are
strong cues of the fraudulent ads). Classifier: L2 logistic regression with balanced class
weights. Calibration: Platt scaling fitted on out-of-fold scores with prevalence weights, so
the probability is a probability at the real prevalence.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
import scipy.sparse as sp
from sklearn.base import BaseEstimator, TransformerMixin
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import FeatureUnion, Pipeline

from model.linear import LinearTextModel, NgramTable, Platt

# Every run of word characters, or one of these symbols. (Same tokens as the former
# ``(?u)\b\w+\b|...``, about 25% faster to scan.)
TOKEN_PATTERN = r"\w+|[$!?*€£#@%&+]"


@dataclass(frozen=True)
class ClassifierConfig:
    ngram_max: int = 2
    min_df: int = 2
    C: float = 30.0
    max_iter: int = 3000
    # Training rows are weighted by 1 / group_size ** power, so reposted ads do not drown out
    # the distinct ones.
    group_weight_power: float = 0.5
    # Naive-Bayes feature weighting (NBSVM, Wang & Manning 2012): each feature is scaled by
    # |log-count ratio| ** nb_power before the logistic regression; 0 turns it off.
    nb_power: float = 1.0
    nb_alpha: float = 1.0

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
    steps = [("features", features)]
    if config.nb_power:
        steps.append(("nb", NBWeights(alpha=config.nb_alpha, power=config.nb_power)))
    return Pipeline(steps + [("model", model)])


class NBWeights(TransformerMixin, BaseEstimator):
    """Scales each feature by how unevenly it occurs in the two classes.

    ``r_j = log((p_j / |p|) / (q_j / |q|))`` with ``p`` / ``q`` the number of fraudulent /
    legitimate training ads containing feature ``j`` plus ``alpha``; features are multiplied
    by ``|r_j| ** power``. A linear model on scaled features is a linear model on the
    original ones with ``coef_j * |r_j| ** power``, which is how the compiled classifier
    applies it. What it changed (grouped 5-fold CV, two fold seeds, free text):
    ``python -m bench.classifier_variants``."""

    def __init__(self, alpha: float = 1.0, power: float = 1.0) -> None:
        self.alpha = alpha
        self.power = power

    def fit(self, X, y) -> "NBWeights":
        present = sp.csr_matrix(X, copy=True)
        present.data[:] = 1.0
        y = np.asarray(y)
        p = self.alpha + np.asarray(present[y == 1].sum(axis=0)).ravel()
        q = self.alpha + np.asarray(present[y == 0].sum(axis=0)).ravel()
        self.scale_ = np.abs(np.log((p / p.sum()) / (q / q.sum()))) ** self.power
        return self

    def transform(self, X):
        return sp.csr_matrix(X) @ sp.diags(self.scale_.astype(X.dtype))


def build_baseline_pipeline() -> Pipeline:
    """What a user would pick instead: TF-IDF word 1-2-grams + balanced logistic regression."""
    return Pipeline(
        [
            ("features", TfidfVectorizer(ngram_range=(1, 2))),
            ("model", LogisticRegression(class_weight="balanced", max_iter=2000)),
        ]
    )


@dataclass
class TextClassifier:
    """A fitted pipeline and its calibration (what training produces).

    ``compile()`` gives the ``LinearTextModel`` that serving runs and the artifact stores;
    scoring here goes through that same compiled form, so training and serving share one
    scoring path."""

    pipeline: Pipeline
    calibration: Platt
    config: ClassifierConfig = field(default_factory=ClassifierConfig)

    def compile(self) -> LinearTextModel:
        compiled = getattr(self, "_compiled", None)
        if compiled is None:
            steps = [name for name, _ in self.pipeline.steps]
            if steps not in (["features", "model"], ["features", "nb", "model"]):
                raise ValueError(f"cannot compile a pipeline with steps {steps}; expected features, [nb,] model")
            union = self.pipeline.named_steps["features"]
            if isinstance(union, FeatureUnion):
                if union.transformer_weights:
                    raise ValueError("cannot compile a FeatureUnion with transformer weights")
                parts = [(name, t) for name, t in union.transformer_list if t != "drop"]
            else:
                parts = [("words", union)]
            tables = [(name, NgramTable.from_vectorizer(v)) for name, v in parts]
            model: LogisticRegression = self.pipeline.named_steps["model"]
            coef = np.asarray(model.coef_, dtype=np.float64).ravel()
            nb = self.pipeline.named_steps.get("nb")
            if nb is not None:
                coef = coef * nb.scale_.astype(np.float32).astype(np.float64)
            compiled = LinearTextModel(
                tables=tables,
                coef=coef,
                intercept=float(model.intercept_[0]),
                calibration=self.calibration,
                config=self.config.as_dict(),
            )
            self._compiled = compiled
        return compiled

    def verify_compiled(self, texts: list[str], tolerance: float = 1e-4) -> float:
        """Check the compiled form scores ``texts`` as the pipeline does; returns the largest
        difference of the decision function (raises ``ValueError`` above ``tolerance``)."""
        expected = self.pipeline.decision_function(list(texts))
        got = self.compile().decision(texts)
        worst = float(np.max(np.abs(expected - got))) if len(texts) else 0.0
        if worst > tolerance:
            raise ValueError(f"the compiled classifier differs from the fitted pipeline by {worst:.2e} (> {tolerance:.0e})")
        return worst

    def predict_proba(self, texts: list[str]) -> np.ndarray:
        return self.compile().predict_proba(texts)

    def __getstate__(self) -> dict:
        state = dict(self.__dict__)
        state.pop("_compiled", None)
        return state
