"""The compiled classifier (model.linear) scores exactly as the fitted scikit-learn pipeline."""

import pickle

import numpy as np
import pytest
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import FeatureUnion, Pipeline

from model.classifier import TOKEN_PATTERN, ClassifierConfig, TextClassifier, build_pipeline
from model.linear import LinearTextModel, NgramTable, Platt
from tests.imports_probe import modules_loaded_by

TRAIN = [
    "Earn $500 per day from home!!! No experience needed, pay the training fee.",
    "Registered nurse wanted for our hospital ward; three years of experience required.",
    "Customer Service agents for Phnom Penh, free flight, contact us on Telegram.",
    "Senior software engineer, Python and SQL, competitive salary, Berlin office.",
    "Data entry work from home, earn $300 per day, pay the registration fee first.",
    "Warehouse operative, forklift licence, day shifts, apply on our careers page.",
    "Casino customer service in Myanmar, salary 2000 USD, visa and flight paid.",
    "Accountant for a family business, part time, apply with your CV.",
]
# texts the vectorizer never saw, with unknown words, repeated bigrams, other scripts,
# case variants, symbols only, an empty text and text that lower-casing changes in length
UNSEEN = [
    "",
    "zzz qqq xxx",
    "earn earn earn $ $ per day per day per day FEE fee Fee",
    "Customer Service customer service CUSTOMER SERVICE",
    "工作 Telegram @abc 2000 USD ฿ ₱ !!! ???",
    "İstanbul office, pay the fee",
    "per",
    "day",
]


@pytest.mark.parametrize(
    "vectorizer",
    [
        TfidfVectorizer(ngram_range=(1, 2), sublinear_tf=True, token_pattern=TOKEN_PATTERN, lowercase=False, dtype=np.float32),
        TfidfVectorizer(ngram_range=(1, 2), sublinear_tf=True, token_pattern=TOKEN_PATTERN, lowercase=True, min_df=2),
        TfidfVectorizer(ngram_range=(1, 2)),  # the baseline's defaults
        TfidfVectorizer(ngram_range=(1, 1), norm="l1", use_idf=False),
    ],
    ids=["cased", "lower-min_df", "baseline", "unigram-l1-tf"],
)
def test_when_a_vectorizer_is_compiled_then_its_matrix_and_names_are_the_same(vectorizer):
    vectorizer.fit(TRAIN)
    table = NgramTable.from_vectorizer(vectorizer)
    for texts in (TRAIN, UNSEEN, TRAIN + UNSEEN, UNSEEN[:1]):
        expected = vectorizer.transform(texts)
        got = table.transform(texts)
        assert got.dtype == expected.dtype
        assert np.allclose(got.toarray(), expected.toarray(), rtol=1e-5, atol=1e-7)
    assert [table.feature_name(j) for j in range(table.n_features)] == list(vectorizer.get_feature_names_out())


def test_when_two_texts_are_scored_together_then_no_bigram_spans_them():
    vectorizer = TfidfVectorizer(ngram_range=(1, 2)).fit(["alpha beta", "beta gamma"])
    table = NgramTable.from_vectorizer(vectorizer)
    together = table.transform(["x alpha", "beta y"]).toarray()
    assert together[0, vectorizer.vocabulary_["alpha beta"]] == 0
    assert np.allclose(together, vectorizer.transform(["x alpha", "beta y"]).toarray())


@pytest.mark.parametrize(
    "settings",
    [dict(analyzer="char"), dict(ngram_range=(1, 3)), dict(stop_words="english"), dict(binary=True)],
)
def test_when_a_vectorizer_cannot_be_compiled_then_it_says_so(settings):
    vectorizer = TfidfVectorizer(**settings).fit(TRAIN + ["ab ab"])
    with pytest.raises(ValueError):
        NgramTable.from_vectorizer(vectorizer)


@pytest.fixture(scope="module")
def fitted():
    pipe = build_pipeline(ClassifierConfig(min_df=1))
    y = np.array([1, 0, 1, 0, 1, 0, 1, 0])
    pipe.fit(TRAIN, y)
    return TextClassifier(pipe, Platt(1.3, -0.2), ClassifierConfig(min_df=1))


def test_when_the_classifier_is_compiled_then_decisions_match_the_pipeline(fitted):
    compiled = fitted.compile()
    texts = TRAIN + UNSEEN
    assert np.allclose(compiled.decision(texts), fitted.pipeline.decision_function(texts), atol=1e-5)
    assert fitted.verify_compiled(texts) < 1e-5
    assert compiled.feature_names() == list(fitted.pipeline.named_steps["features"].get_feature_names_out())


def test_when_compiled_weights_are_wrong_then_verification_fails(fitted):
    broken = TextClassifier(fitted.pipeline, fitted.calibration, fitted.config)
    compiled = broken.compile()
    compiled.coef = compiled.coef * 2
    with pytest.raises(ValueError, match="differs from the fitted pipeline"):
        broken.verify_compiled(TRAIN)


def test_when_explained_then_all_contributions_and_intercept_add_up_to_the_score(fitted):
    compiled = fitted.compile()
    X = compiled.features(TRAIN)
    for i, text in enumerate(TRAIN):
        row = X[i]
        total = float(row.data @ compiled.coef[row.indices]) + compiled.intercept
        assert total == pytest.approx(float(compiled.decision([text])[0]), abs=1e-9)
    probs, contribs = compiled.explain(TRAIN, top=3)
    assert np.allclose(probs, compiled.predict_proba(TRAIN))
    for terms in contribs:
        assert len(terms) <= 3
        assert all(c.weight > 0 for c in terms)
        assert [c.weight for c in terms] == sorted((c.weight for c in terms), reverse=True)


def test_when_pickled_and_loaded_then_the_compiled_classifier_scores_the_same(fitted):
    compiled = fitted.compile()
    restored: LinearTextModel = pickle.loads(pickle.dumps(compiled))
    assert np.array_equal(restored.decision(TRAIN + UNSEEN), compiled.decision(TRAIN + UNSEEN))
    # the lookup tables are rebuilt on loading, not stored
    assert not any(k.startswith("_") for _, t in compiled.tables for k in t.__getstate__())


def test_when_a_non_feature_union_pipeline_is_compiled_then_it_has_one_table():
    pipe = Pipeline([("features", TfidfVectorizer(ngram_range=(1, 2))), ("model", LogisticRegression())])
    pipe.fit(TRAIN, [1, 0, 1, 0, 1, 0, 1, 0])
    compiled = TextClassifier(pipe, Platt()).compile()
    assert [name for name, _ in compiled.tables] == ["words"]
    assert np.allclose(compiled.decision(UNSEEN), pipe.decision_function(UNSEEN), atol=1e-9)


def test_when_a_feature_union_has_weights_then_it_is_not_compiled():
    union = FeatureUnion([("a", TfidfVectorizer())], transformer_weights={"a": 2.0})
    pipe = Pipeline([("features", union), ("model", LogisticRegression())]).fit(TRAIN, [1, 0] * 4)
    with pytest.raises(ValueError, match="transformer weights"):
        TextClassifier(pipe, Platt()).compile()


def test_when_the_shipped_model_is_loaded_then_scikit_learn_is_not_imported():
    """Serving and batch workers load the compiled classifier only: importing scikit-learn
    (with scipy.stats, pandas and pyarrow behind it) would double each process's memory."""
    code = "from model.screen import Screener\nScreener.load().score_texts(['Earn $500 per day, contact us on Telegram'])"
    assert modules_loaded_by(code, ("sklearn", "pandas", "pyarrow", "scipy.optimize", "scipy.stats")) == []


@pytest.mark.parametrize("n", [0, 1, 7, 5000])
def test_when_pairs_are_looked_up_then_present_keys_give_their_column_and_absent_ones_minus_one(n):
    from model.linear import PairTable

    rng = np.random.default_rng(n)
    keys = rng.choice(10**9, size=n, replace=False).astype(np.int64)
    values = rng.permutation(n).astype(np.int64)
    table = PairTable(keys, values)
    absent = np.setdiff1d(rng.choice(10**9, size=2000), keys)
    queries = np.concatenate([keys, absent, keys[: n // 2]])
    expected = dict(zip(keys.tolist(), values.tolist()))
    assert table.lookup(queries).tolist() == [expected.get(k, -1) for k in queries.tolist()]
    assert len(table) == n


def test_when_nb_weights_are_fitted_then_features_uneven_between_classes_weigh_more():
    from model.classifier import NBWeights

    X = np.array([[1, 1, 0], [1, 1, 0], [1, 0, 1], [1, 0, 1]], dtype=np.float64)
    y = np.array([1, 1, 0, 0])
    nb = NBWeights(alpha=1.0, power=1.0).fit(X, y)
    # feature 0 occurs in every ad of both classes: no weight; 1 and 2 are one-sided: equal weight
    assert nb.scale_[0] == pytest.approx(0.0)
    assert nb.scale_[1] == pytest.approx(nb.scale_[2]) and nb.scale_[1] > 0
    assert np.allclose(nb.transform(X).toarray(), X * nb.scale_)


def test_when_a_pipeline_has_other_steps_then_it_is_not_compiled():
    from sklearn.preprocessing import MaxAbsScaler

    pipe = Pipeline([("features", TfidfVectorizer()), ("scale", MaxAbsScaler()), ("model", LogisticRegression())])
    pipe.fit(TRAIN, [1, 0] * 4)
    with pytest.raises(ValueError, match="cannot compile a pipeline with steps"):
        TextClassifier(pipe, Platt()).compile()
