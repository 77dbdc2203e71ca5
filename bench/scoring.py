"""Scoring throughput and per-ad latency on ONE core: the shipped model against both baselines.

    python -m bench.scoring            # all EMSCAD texts for throughput, 500 single-ad calls each
    python -m bench.scoring --quick    # a few dozen ads: checks the script runs

The process pins itself to one CPU (``sched_setaffinity``) and sets every thread pool to one
thread (``OMP_NUM_THREADS=1`` etc. before numpy is imported, ``torch.set_num_threads(1)``).
Inputs are real EMSCAD ads as one free text each (the text fields joined, as a person pastes
them), so lengths are EMSCAD's (about 2,400 characters on average).

Rows:
- ``classifier``: ``screener.classifier.predict_proba(classifier_texts)`` (the input prepared
  beforehand: cleaning and contact masking are not counted);
- ``full_screening``: ``screener.score_batch([Ad.from_text(t)])``, everything a response needs
  (cleaning, classifier with term contributions, indicators, language, combination, findings);
- ``indicators_and_combination``: cleaning + ``engine.detect_batch`` + language + combiner, the
  classifier probability held fixed (the issue-3 figure);
- ``indicator_engine``: ``engine.detect_batch`` on cleaned text alone;
- ``baseline_tfidf_lr``: the TF-IDF baseline (``fit_classifier(..., baseline=True)`` fitted on all
  EMSCAD) scoring the same classifier texts with its scikit-learn pipeline, as a user would;
- ``baseline_tfidf_lr_compiled``: the same fitted baseline through adscreen's compiled scorer
  (``model/linear.py``), to show what compiling buys on its own;
- ``transformer_minilm_lr``: all-MiniLM-L6-v2 embeddings + logistic regression (fitted on all
  EMSCAD embeddings) scoring the same classifier texts.

Throughput is measured on batches (``--batch-size``, default 256; the transformer encodes in
batches of 32 inside); latency is one ad per call. Each row reports its ratio to the
transformer's throughput.
"""

from __future__ import annotations

import os

for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS", "NUMEXPR_NUM_THREADS", "TOKENIZERS_PARALLELISM"):
    os.environ[_var] = "false" if _var == "TOKENIZERS_PARALLELISM" else "1"

import sys  # noqa: E402
import time  # noqa: E402
from typing import Any, Callable, Sequence  # noqa: E402

import numpy as np  # noqa: E402

from bench.common import base_parser, parse_args, chunks, emscad_free_texts, environment, latency_summary, log, write_result  # noqa: E402

NAME = "scoring"
TRANSFORMER = "transformer_minilm_lr"


def pin_to_one_core() -> int | None:
    """Pin this process to one CPU (the last one it may use); returns it."""
    try:
        cpus = sorted(os.sched_getaffinity(0))
        os.sched_setaffinity(0, {cpus[-1]})
        return cpus[-1]
    except (AttributeError, OSError):  # pragma: no cover - not Linux
        return None


def throughput(fn: Callable[[Sequence[Any]], Any], items: Sequence[Any], batch_size: int, min_seconds: float) -> dict[str, float]:
    """Ads/s over ``items`` in batches, repeated until at least ``min_seconds`` have passed."""
    fn(items[: min(len(items), 8)])  # warm-up
    n = 0
    started = time.perf_counter()
    while True:
        for batch in chunks(items, batch_size):
            fn(batch)
            n += len(batch)
        elapsed = time.perf_counter() - started
        if elapsed >= min_seconds:
            break
    return {"ads": n, "seconds": elapsed, "ads_per_second": n / elapsed, "batch_size": batch_size}


def latency(fn: Callable[[Sequence[Any]], Any], items: Sequence[Any], n: int) -> dict[str, float]:
    """Per-call latency of single-ad calls over the first ``n`` items."""
    fn(items[:1])
    seconds = []
    for item in items[:n]:
        t0 = time.perf_counter()
        fn([item])
        seconds.append(time.perf_counter() - t0)
    return latency_summary(seconds)


def main(argv: list[str] | None = None) -> int:
    p = base_parser(NAME, "scoring throughput and latency on one core")
    p.add_argument("--batch-size", type=int, default=256, help="ads per call for throughput (default 256)")
    p.add_argument("--singles", type=int, default=500, help="single-ad calls for latency (default 500; the transformer: a fifth)")
    p.add_argument("--min-seconds", type=float, default=10.0, help="minimum seconds per throughput measurement (default 10)")
    p.add_argument("--transformer-ads", type=int, default=512, help="ads for the transformer's throughput (default 512)")
    p.add_argument("--no-transformer", action="store_true", help="skip the transformer baseline")
    args = parse_args(p, argv, NAME)
    cpu = pin_to_one_core()
    env = environment()
    env["pinned_cpu"] = cpu

    from model.document import build_document
    from model.language import detect_language
    from model.screen import Screener
    from model.types import Ad
    from training.data import load_emscad
    from training.grouping import near_duplicate_groups
    from training.protocol import fit_classifier

    if args.quick:
        args.singles, args.min_seconds, args.transformer_ads, args.batch_size = 20, 0.2, 16, 16

    texts, labels, _ = emscad_free_texts(args.data)
    if args.quick:
        texts, labels = texts[:64], labels[:64]
    rng = np.random.default_rng(7)
    order = rng.permutation(len(texts))  # single-ad calls over a random mix, not the file's order
    texts = [texts[i] for i in order]
    labels = [labels[i] for i in order]
    lengths = np.array([len(t) for t in texts])

    screener = Screener.load()
    env["model_version"] = screener.model_info.version
    ads = [Ad.from_text(t) for t in texts]
    docs = [build_document(a, screener.max_text_chars) for a in ads]
    classifier_texts = [d.classifier_text for d in docs]
    cleaned = [d.text for d in docs]
    engine = screener.engine
    fixed_p = 0.05  # the classifier probability held fixed for the indicators-only row

    def indicators_and_combination(batch: Sequence[Ad]) -> list[float]:
        ds = [build_document(a, screener.max_text_chars) for a in batch]
        hits = engine.detect_batch([d.text for d in ds])
        out = []
        for d, h in zip(ds, hits):
            x = screener.combine_features(fixed_p, detect_language(d.text), h)
            out.append(float(screener.combiner.score(x[None, :])[0]))
        return out

    log(NAME, f"fitting the TF-IDF baseline on {len(texts)} ads (one core)")
    data = load_emscad(args.data)
    all_texts = np.array([build_document(a).classifier_text for a in data.ads], dtype=object)
    if args.quick:
        keep = np.r_[np.flatnonzero(data.labels == 1)[:60], np.flatnonzero(data.labels == 0)[:90]]
        data = data.subset(keep)
        all_texts = all_texts[keep]
    groups = near_duplicate_groups(data.ads)
    baseline = fit_classifier(all_texts, data.labels, data.weights, groups, baseline=True).classifier

    rows: dict[str, Any] = {}
    cases: list[tuple[str, Callable[[Sequence[Any]], Any], Sequence[Any]]] = [
        ("classifier", lambda b: screener.classifier.predict_proba(list(b)), classifier_texts),
        ("full_screening", screener.score_batch, ads),
        ("indicators_and_combination", indicators_and_combination, ads),
        ("indicator_engine", engine.detect_batch, cleaned),
        # as a user would run it: the scikit-learn pipeline (vectorizer + LR), then Platt
        ("baseline_tfidf_lr", lambda b: baseline.calibration(baseline.pipeline.decision_function(list(b))), classifier_texts),
        # the same fitted baseline through adscreen's compiled scorer (model/linear.py)
        ("baseline_tfidf_lr_compiled", lambda b: baseline.predict_proba(list(b)), classifier_texts),
    ]
    for name, fn, items in cases:
        log(NAME, f"{name}: throughput")
        t = throughput(fn, items, args.batch_size, args.min_seconds)
        log(NAME, f"{name}: {t['ads_per_second']:.0f} ads/s; latency over {args.singles} single-ad calls")
        rows[name] = {"throughput": t, "latency": latency(fn, items, args.singles)}

    transformer: dict[str, Any] = {}
    from bench.transformer import availability, cached_embeddings, describe, encode, load_encoder

    reason = "transformer baseline skipped: --no-transformer" if args.no_transformer else availability()
    if reason:
        log(NAME, reason)
        transformer = {"skipped": reason}
    else:
        encoder = load_encoder(threads=1)
        # The LR on top is fitted on the (cached) embeddings of all EMSCAD ads; only scoring is timed.
        X, note = cached_embeddings(lambda: encoder, list(all_texts))
        from sklearn.linear_model import LogisticRegression

        lr = LogisticRegression(C=10.0, class_weight="balanced", max_iter=2000).fit(X, data.labels)

        def transformer_score(batch: Sequence[str]) -> np.ndarray:
            return lr.predict_proba(encode(encoder, list(batch)))[:, 1]

        items = classifier_texts[: args.transformer_ads]
        log(NAME, f"{TRANSFORMER}: throughput over {len(items)} ads")
        t = throughput(transformer_score, items, args.batch_size, args.min_seconds)
        n_single = max(5, args.singles // 5)
        log(NAME, f"{TRANSFORMER}: {t['ads_per_second']:.1f} ads/s; latency over {n_single} single-ad calls")
        rows[TRANSFORMER] = {"throughput": t, "latency": latency(transformer_score, items, n_single)}
        import torch

        transformer = {**describe(), "torch_threads": torch.get_num_threads(), "embedding_cache": note}

    reference = rows.get(TRANSFORMER, {}).get("throughput", {}).get("ads_per_second")
    for row in rows.values():
        row["ratio_to_transformer"] = (row["throughput"]["ads_per_second"] / reference) if reference else None

    result = {
        "setup": {
            "one_core": {"pinned_cpu": cpu, "threads": 1},
            "ads": len(texts),
            "fraudulent": int(sum(labels)),
            "chars": {"mean": float(lengths.mean()), "median": float(np.median(lengths)), "p95": float(np.percentile(lengths, 95))},
            "batch_size": args.batch_size,
            "min_seconds": args.min_seconds,
            "singles": args.singles,
        },
        "rows": rows,
        "transformer": transformer,
    }
    write_result(args.out, NAME, result, env, args.quick)
    for name, row in rows.items():
        ratio = row["ratio_to_transformer"]
        log(NAME, f"{name:28s} {row['throughput']['ads_per_second']:9.1f} ads/s  p50 {row['latency']['p50_ms']:8.2f} ms  "
                  f"p99 {row['latency']['p99_ms']:8.2f} ms" + (f"  x{ratio:.0f} transformer" if ratio else ""))
    return 0


if __name__ == "__main__":
    sys.exit(main())
