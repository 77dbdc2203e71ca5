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
            "input": getattr(v, "input", "content") != "content",
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
            if len(parts) > 2:  # a token pattern that can match a space: n-grams are ambiguous
                raise ValueError(f"cannot compile: feature {feature!r} is not one or two tokens")
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
        self._pairs = PairTable(self.col_a[pairs] * n_tokens + self.col_b[pairs], pairs)
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
        """The TF-IDF matrix, as the fitted vectorizer's ``transform`` gives it."""
        row, col, data = self.triples(texts)
        return _csr(row, col, data.astype(self.dtype), len(texts), self.n_features)

    def triples(self, texts: Sequence[str]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """(row, column, value) of the non-zero TF-IDF entries, sorted by row then column;
        values rounded to the vectorizer's dtype, as its matrix holds them."""
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
        if len(self._pairs) and len(ids) > 1:
            safe = np.where(ids < 0, unknown, ids)
            a, b = safe[:-1], safe[1:]
            valid = self._starts_pair[a] & self._ends_pair[b]
            pair_cols = self._pairs.lookup(a[valid] * n_tokens + b[valid])
            hit = pair_cols >= 0
            rows.append(doc[:-1][valid][hit])
            cols.append(pair_cols[hit])
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
        return row, col, data.astype(self.dtype).astype(np.float64)


_SEPARATOR = np.array([-1], dtype=np.int64)


def _csr(row: np.ndarray, col: np.ndarray, data: np.ndarray, n_rows: int, n_cols: int) -> sp.csr_matrix:
    """A CSR matrix from (row, column, value) entries already sorted by row."""
    indptr = np.zeros(n_rows + 1, dtype=np.int64)
    np.cumsum(np.bincount(row, minlength=n_rows), out=indptr[1:])
    return sp.csr_matrix((data, col, indptr), shape=(n_rows, n_cols))


class PairTable:
    """A hash table from int64 keys to columns, looked up for a whole array at once.

    Open addressing with linear probing, at most a quarter full, so a lookup touches one or
    two slots; a binary search over the sorted keys touched ~17 (and cache misses on them
    were the bigram lookup's whole cost)."""

    _MULTIPLIER = np.uint64(0x9E3779B97F4A7C15)  # Fibonacci hashing

    def __init__(self, keys: np.ndarray, values: np.ndarray) -> None:
        keys = np.asarray(keys, dtype=np.int64)
        values = np.asarray(values, dtype=np.int64)
        self._n = len(keys)
        self._bits = max(4, int(4 * len(keys)).bit_length())
        mask = (1 << self._bits) - 1
        self._keys = np.full(1 << self._bits, -1, dtype=np.int64)
        self._values = np.full(1 << self._bits, -1, dtype=np.int64)
        home = self._hash(keys)
        pending = np.arange(len(keys))
        probe = 0
        # round p places each pending key in slot home + p if that slot is free (one key per
        # slot per round): a key in slot home + p then always has slots home .. home + p - 1
        # occupied, so a lookup probing from home stops only at the key or at an empty slot
        while pending.size:
            slots = (home[pending] + probe) & mask
            free = self._keys[slots] == -1
            _, first = np.unique(slots[free], return_index=True)
            winners = pending[free][first]
            won_slots = slots[free][first]
            self._keys[won_slots] = keys[winners]
            self._values[won_slots] = values[winners]
            placed = np.zeros(len(keys), dtype=bool)
            placed[winners] = True
            pending = pending[~placed[pending]]
            probe += 1
        self._max_probe = max(0, probe - 1)

    def __len__(self) -> int:
        return self._n

    def _hash(self, keys: np.ndarray) -> np.ndarray:
        mixed = keys.astype(np.uint64) * self._MULTIPLIER
        return (mixed >> np.uint64(64 - self._bits)).astype(np.int64)

    def lookup(self, keys: np.ndarray) -> np.ndarray:
        """The value of each key, -1 where a key is absent."""
        keys = np.asarray(keys, dtype=np.int64)
        out = np.full(len(keys), -1, dtype=np.int64)
        if not len(keys) or not self._n:
            return out
        mask = (1 << self._bits) - 1
        home = self._hash(keys)
        todo = np.arange(len(keys))
        for probe in range(self._max_probe + 1):
            slots = (home[todo] + probe) & mask
            found = self._keys[slots]
            hit = found == keys[todo]
            out[todo[hit]] = self._values[slots[hit]]
            todo = todo[(found != -1) & ~hit]
            if not todo.size:
                break
        return out


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

    def triples(self, texts: Sequence[str]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """(row, column, value) of the feature matrix, every table's columns after the last's;
        built ``_SLICE`` texts at a time (bounds the transient token arrays: ~70 MB for
        1,000 long ads at once)."""
        texts = list(texts)
        rows, cols, data = [], [], []
        for first in range(0, len(texts), _SLICE):
            part = texts[first : first + _SLICE]
            offset = 0
            for _, table in self.tables:
                r, c, d = table.triples(part)
                rows.append(r + first)
                cols.append(c + offset)
                data.append(d)
                offset += table.n_features
        if not rows:
            empty = np.zeros(0, dtype=np.int64)
            return empty, empty, np.zeros(0)
        return np.concatenate(rows), np.concatenate(cols), np.concatenate(data)

    @property
    def n_features(self) -> int:
        return sum(t.n_features for _, t in self.tables)

    def features(self, texts: Sequence[str]) -> sp.csr_matrix:
        """The feature matrix (CSR), as the fitted pipeline's features step gives it."""
        texts = list(texts)
        row, col, data = self.triples(texts)
        order = np.lexsort((col, row))  # the tables' columns come one table after another
        return _csr(row[order], col[order], data[order], len(texts), self.n_features)

    def _scores(self, n: int, row: np.ndarray, contrib: np.ndarray) -> np.ndarray:
        return np.bincount(row, weights=contrib, minlength=n) + self.intercept

    def decision(self, texts: Sequence[str]) -> np.ndarray:
        """The linear model's decision function: X·w + b."""
        row, col, data = self.triples(texts)
        return self._scores(len(texts), row, data * self.coef[col])

    def predict_proba(self, texts: Sequence[str]) -> np.ndarray:
        return self.calibration(self.decision(texts))

    def explain(self, texts: Sequence[str], top: int = 8) -> tuple[np.ndarray, list[list[Contribution]]]:
        """Calibrated probabilities and, per text, the features that pushed it up most.

        For a linear model a feature's contribution is exactly ``x_j * coef_j`` in the
        decision function; these add up, with the intercept, to the score. The cased and
        lower-cased versions of one term are merged into one contribution."""
        texts = list(texts)
        row, col, data = self.triples(texts)
        contrib_all = data * self.coef[col]
        scores = self._scores(len(texts), row, contrib_all)
        # only positive contributions are reported: keep those, grouped by text
        positive = np.flatnonzero(contrib_all > 0)
        positive = positive[np.argsort(row[positive], kind="stable")]
        bounds = np.searchsorted(row[positive], np.arange(len(texts) + 1))
        out: list[list[Contribution]] = []
        for i in range(len(texts)):
            idx = positive[bounds[i] : bounds[i + 1]]
            if not len(idx):
                out.append([])
                continue
            contrib = contrib_all[idx]
            k = min(top * 2, len(contrib))
            order = np.argpartition(-contrib, k - 1)[:k] if k < len(contrib) else np.arange(len(contrib))
            order = order[np.argsort(-contrib[order], kind="stable")]
            merged: dict[str, Contribution] = {}
            for j in order:
                table, term = self.feature_name(int(col[idx[j]]))
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
