"""The fitted text classifier in the form serving runs: compiled TF-IDF tables + a linear model.

Training fits a scikit-learn pipeline (``model.classifier``). For serving, each fitted
``TfidfVectorizer`` is compiled into an ``NgramTable``: the token strings, which token (and
which pair of tokens) is which column, and the idf weights. ``NgramTable.transform`` builds
the same TF-IDF matrix as the vectorizer's ``transform`` (checked to 1e-6 by the tests and
by training before an artifact is written), but vectorised over the whole batch with numpy
instead of one Python dictionary lookup per n-gram, and without importing scikit-learn.

Why: the vectorizers' per-n-gram Python work was the largest single cost of a screening,
and importing scikit-learn (which pulls in scipy.stats, pandas and pyarrow) was the largest
part of every serving and batch-worker process's memory. This module imports numpy and
scipy.sparse only.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import repeat
from typing import Any, Sequence

import numpy as np
import scipy.sparse as sp
from scipy.special import expit


@dataclass
class Platt:
    """p = sigmoid(a * score + b), fitted on out-of-fold scores."""

    a: float = 1.0
    b: float = 0.0

    @classmethod
    def fit(cls, scores: np.ndarray, y: np.ndarray, w: np.ndarray | None = None) -> "Platt":
        from sklearn.linear_model import LogisticRegression  # training only

        lr = LogisticRegression(C=1e4, max_iter=1000)
        lr.fit(np.asarray(scores, dtype=float).reshape(-1, 1), y, sample_weight=w)
        return cls(float(lr.coef_[0, 0]), float(lr.intercept_[0]))

    def __call__(self, scores: np.ndarray) -> np.ndarray:
        return expit(self.a * np.asarray(scores, dtype=float) + self.b)


class NgramTable:
    """A fitted word 1-2-gram TF-IDF vectorizer as arrays.

    Tokens are numbered; column ``j`` is token ``col_a[j]`` alone (``col_b[j] == -1``) or the
    pair ``col_a[j] col_b[j]``. A text becomes token numbers (one C-level regex pass and one
    dictionary lookup per token); unigram columns are an array lookup, bigram columns a
    binary search of ``a * n_tokens + b`` among the sorted pair keys."""

    def __init__(
        self,
        token_pattern: str,
        lowercase: bool,
        tokens: list[str],
        col_a: np.ndarray,
        col_b: np.ndarray,
        idf: np.ndarray | None,
        sublinear_tf: bool,
        norm: str | None,
        dtype: str,
    ) -> None:
        self.token_pattern = token_pattern
        self.lowercase = lowercase
        self.tokens = tokens
        self.col_a = np.asarray(col_a, dtype=np.int64)
        self.col_b = np.asarray(col_b, dtype=np.int64)
        self.idf = None if idf is None else np.asarray(idf, dtype=np.float64)
        self.sublinear_tf = sublinear_tf
        self.norm = norm
        self.dtype = dtype
        self._build()

    @classmethod
    def from_vectorizer(cls, v: Any) -> "NgramTable":
        """Compile a fitted scikit-learn ``TfidfVectorizer`` (or ``CountVectorizer``)."""
        unsupported = {
            "analyzer": v.analyzer != "word",
            "ngram_range": not (v.ngram_range[0] == 1 and v.ngram_range[1] in (1, 2)),
            "preprocessor": v.preprocessor is not None,
            "tokenizer": v.tokenizer is not None,
            "stop_words": v.stop_words is not None,
            "strip_accents": v.strip_accents is not None,
            "binary": bool(getattr(v, "binary", False)),
        }
        bad = [k for k, is_bad in unsupported.items() if is_bad]
        if bad:
            raise ValueError(f"cannot compile a vectorizer with these settings: {bad}")
        index: dict[str, int] = {}
        tokens: list[str] = []
        n = len(v.vocabulary_)
        col_a = np.full(n, -1, dtype=np.int64)
        col_b = np.full(n, -1, dtype=np.int64)
        for feature, col in v.vocabulary_.items():
            parts = feature.split(" ")
            ids = []
            for part in parts:
                i = index.get(part)
                if i is None:
                    i = index[part] = len(tokens)
                    tokens.append(part)
                ids.append(i)
            col_a[col] = ids[0]
            if len(ids) == 2:
                col_b[col] = ids[1]
        use_idf = getattr(v, "use_idf", False)
        return cls(
            token_pattern=v.token_pattern,
            lowercase=bool(v.lowercase),
            tokens=tokens,
            col_a=col_a,
            col_b=col_b,
            idf=np.asarray(v.idf_, dtype=np.float64) if use_idf else None,
            sublinear_tf=bool(getattr(v, "sublinear_tf", False)),
            norm=getattr(v, "norm", None),
            dtype=np.dtype(v.dtype).name,
        )

    # --- derived lookup structures (rebuilt on unpickling, not stored) ------------------
    def _build(self) -> None:
        self._regex = re.compile(self.token_pattern)
        self._index = {t: i for i, t in enumerate(self.tokens)}
        n_tokens = len(self.tokens)
        self._uni_col = np.full(n_tokens + 1, -1, dtype=np.int64)  # last slot: unknown token
        uni = np.flatnonzero(self.col_b < 0)
        self._uni_col[self.col_a[uni]] = uni
        pairs = np.flatnonzero(self.col_b >= 0)
        keys = self.col_a[pairs] * n_tokens + self.col_b[pairs]
        order = np.argsort(keys)
        self._pair_keys = keys[order]
        self._pair_cols = pairs[order]
        # which tokens start / end some pair: most adjacent pairs fail these and skip the search
        self._starts_pair = np.zeros(n_tokens + 1, dtype=bool)
        self._starts_pair[self.col_a[pairs]] = True
        self._ends_pair = np.zeros(n_tokens + 1, dtype=bool)
        self._ends_pair[self.col_b[pairs]] = True

    def __getstate__(self) -> dict[str, Any]:
        return {k: v for k, v in self.__dict__.items() if not k.startswith("_")}

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.__dict__.update(state)
        self._build()

    @property
    def n_features(self) -> int:
        return len(self.col_a)

    def feature_name(self, col: int) -> str:
        b = self.col_b[col]
        a = self.tokens[self.col_a[col]]
        return a if b < 0 else a + " " + self.tokens[b]

    def transform(self, texts: Sequence[str]) -> sp.csr_matrix:
        n_docs = len(texts)
        n_tokens = len(self.tokens)
        unknown = n_tokens  # index of the "-1" slot in _uni_col
        get = self._index.get
        findall = self._regex.findall
        pieces: list[np.ndarray] = []
        for text in texts:
            found = findall(text.lower() if self.lowercase else text)
            ids = np.fromiter(map(get, found, repeat(unknown)), dtype=np.int64, count=len(found))
            pieces.append(ids)
            pieces.append(_SEPARATOR)  # no bigram spans two documents
        ids = np.concatenate(pieces) if pieces else np.zeros(0, dtype=np.int64)
        lengths = np.fromiter((len(p) for p in pieces[::2]), dtype=np.int64, count=n_docs)
        doc = np.repeat(np.arange(n_docs, dtype=np.int64), lengths + 1)
        # unigrams
        uni = self._uni_col[np.where(ids < 0, unknown, ids)]
        keep = uni >= 0
        rows = [doc[keep]]
        cols = [uni[keep]]
        # bigrams
        if len(self._pair_keys) and len(ids) > 1:
            safe = np.where(ids < 0, unknown, ids)
            a, b = safe[:-1], safe[1:]
            valid = self._starts_pair[a] & self._ends_pair[b]
            keys = a[valid] * n_tokens + b[valid]
            pos = np.searchsorted(self._pair_keys, keys)
            pos[pos >= len(self._pair_keys)] = 0
            hit = self._pair_keys[pos] == keys
            rows.append(doc[:-1][valid][hit])
            cols.append(self._pair_cols[pos[hit]])
        row = np.concatenate(rows)
        col = np.concatenate(cols)
        flat, counts = np.unique(row * self.n_features + col, return_counts=True)
        row, col = np.divmod(flat, self.n_features)
        data = counts.astype(np.float64)
        if self.sublinear_tf:
            data = np.log(data) + 1.0
        if self.idf is not None:
            data *= self.idf[col]
        if self.norm == "l2":
            norms = np.sqrt(np.bincount(row, weights=data * data, minlength=n_docs))
            data /= norms[row]
        elif self.norm == "l1":
            norms = np.bincount(row, weights=np.abs(data), minlength=n_docs)
            data /= norms[row]
        indptr = np.zeros(n_docs + 1, dtype=np.int64)
        np.cumsum(np.bincount(row, minlength=n_docs), out=indptr[1:])
        return sp.csr_matrix((data.astype(self.dtype), col, indptr), shape=(n_docs, self.n_features))


_SEPARATOR = np.array([-1], dtype=np.int64)


_SLICE = 256


@dataclass(frozen=True)
class Contribution:
    term: str
    weight: float
    case_sensitive: bool


@dataclass
class LinearTextModel:
    """TF-IDF tables side by side, a linear decision function and its calibration.

    ``tables`` are (name, table) pairs in column order; a feature's name is
    ``<name>__<term>`` as in scikit-learn's ``FeatureUnion`` (the table named "cased" is the
    case-sensitive one)."""

    tables: list[tuple[str, NgramTable]]
    coef: np.ndarray
    intercept: float
    calibration: Platt
    config: dict[str, Any] = field(default_factory=dict)

    def features(self, texts: Sequence[str]) -> sp.csr_matrix:
        texts = list(texts)
        if len(texts) > _SLICE:  # bounds the transient token arrays (~70 MB for 1,000 long ads)
            return sp.vstack([self.features(texts[i : i + _SLICE]) for i in range(0, len(texts), _SLICE)], format="csr")
        mats = [t.transform(texts) for _, t in self.tables]
        return mats[0] if len(mats) == 1 else sp.hstack(mats, format="csr")

    def decision(self, texts: Sequence[str]) -> np.ndarray:
        """The linear model's decision function: X·w + b."""
        return np.asarray(self.features(texts) @ self.coef + self.intercept)

    def predict_proba(self, texts: Sequence[str]) -> np.ndarray:
        return self.calibration(self.decision(texts))

    def explain(self, texts: Sequence[str], top: int = 8) -> tuple[np.ndarray, list[list[Contribution]]]:
        """Calibrated probabilities and, per text, the features that pushed it up most.

        For a linear model a feature's contribution is exactly ``x_j * coef_j`` in the
        decision function; these add up, with the intercept, to the score. The cased and
        lower-cased versions of one term are merged into one contribution."""
        X = self.features(texts)
        coef = self.coef
        scores = X @ coef + self.intercept
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
                table, term = self.feature_name(int(cols[j]))
                case_sensitive = table == "cased"
                key = term.lower()
                if key in merged:
                    prev = merged[key]
                    merged[key] = Contribution(prev.term, prev.weight + float(contrib[j]), prev.case_sensitive and case_sensitive)
                else:
                    merged[key] = Contribution(term, float(contrib[j]), case_sensitive)
            out.append(sorted(merged.values(), key=lambda c: -c.weight)[:top])
        return self.calibration(scores), out

    def feature_name(self, col: int) -> tuple[str, str]:
        """(table name, term) of a column of ``features``."""
        for name, table in self.tables:
            if col < table.n_features:
                return name, table.feature_name(col)
            col -= table.n_features
        raise IndexError(col)

    def feature_names(self) -> list[str]:
        return [f"{name}__{t.feature_name(j)}" for name, t in self.tables for j in range(t.n_features)]


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
