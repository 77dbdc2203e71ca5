"""``evaluate`` and ``train``: from a labelled data path to metrics, an artifact and a card."""

from __future__ import annotations

import hashlib
import json
import sys
import time
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Callable

import numpy as np

from model import __version__
from model.artifact import DEFAULT_ARTIFACT, save_artifact
from model.classifier import ClassifierConfig
from model.combine import Combiner, evidence_pairs
from model.document import build_document
from model.indicators.engine import IndicatorEngine
from model.language import detect_language
from model.types import Ad
from model.screen import Screener, self_check_probes
from training import metrics as M
from training.data import LabelledAds, load_labelled, sha256_file
from training.grouping import near_duplicate_groups
from training.protocol import (
    SEED,
    UNCOVERED_MAX_FPR,
    CombinerData,
    CVResult,
    cross_validate,
    fit_classifier,
    fit_combiner,
    seed_margins,
    uncovered_offset,
)

# The project-written seed ads: every *.jsonl in this folder (rows carry split train/test).
DEFAULT_SEEDS = Path(__file__).resolve().parent / "seeds"
# The seed ads' training rows count as much as this many corpus-weighted ads each: enough
# for the combiner to learn the lures EMSCAD lacks, not so much that they swamp the corpus.
SEED_WEIGHT = 10.0


def log(message: str) -> None:
    print(f"[adscreen] {message}", file=sys.stderr, flush=True)


@dataclass
class Prepared:
    data: LabelledAds
    texts: np.ndarray  # classifier input per ad
    groups: np.ndarray
    combiner: CombinerData
    engine: IndicatorEngine
    corpus_hits: list[list[str]]  # indicator ids per corpus ad
    seeds: list[dict[str, Any]]
    seed_fingerprint: dict[str, str]
    by_poster: bool = False


def _pairs(engine: IndicatorEngine, hits: list) -> list[tuple[str, float]]:
    return evidence_pairs(engine.taxonomy, (h.indicator_id for h in hits))


def seed_files(path: Path | None) -> list[Path]:
    """A seed file, or every ``*.jsonl`` in a seed folder (sorted)."""
    if path is None or not path.exists():
        return []
    return sorted(path.glob("*.jsonl")) if path.is_dir() else [path]


def read_seeds(path: Path | None) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = []
    for f in seed_files(path):
        rows.extend(json.loads(line) for line in f.read_text("utf-8").splitlines() if line.strip())
    return rows


def prepare(
    data_path: str | Path,
    seeds_path: Path | None = DEFAULT_SEEDS,
    progress: Callable[[str], None] = log,
    by_poster: bool = False,
) -> Prepared:
    data = load_labelled(data_path)
    if len(data) == 0 or len(set(data.labels.tolist())) < 2:
        raise ValueError(f"{data_path}: need ads of both labels to train; found {len(data)} ads")
    progress(f"read {len(data)} ads ({int(data.labels.sum())} fraudulent) from {data.source}; skipped {data.skipped_empty} empty")
    docs = [build_document(ad) for ad in data.ads]
    texts = np.array([d.classifier_text for d in docs], dtype=object)
    groups = near_duplicate_groups(data.ads, by_poster=by_poster)
    progress(f"{groups.max() + 1} near-duplicate groups")
    engine = IndicatorEngine.load()
    hits = engine.detect_batch([d.text for d in docs])
    covered = np.array([detect_language(d.text).coverage == "full" for d in docs])
    seeds = read_seeds(seeds_path)
    train_seeds = [s for s in seeds if s["split"] == "train"]
    seed_docs = [build_document(_seed_ad(s)) for s in train_seeds]
    seed_hits = engine.detect_batch([d.text for d in seed_docs])
    combiner = CombinerData(
        corpus_pairs=[_pairs(engine, h) for h in hits],
        corpus_covered=covered,
        seed_texts=[d.classifier_text for d in seed_docs],
        seed_pairs=[_pairs(engine, h) for h in seed_hits],
        seed_covered=np.array([detect_language(d.text).coverage == "full" for d in seed_docs], dtype=bool),
        seed_y=np.array([s["label"] for s in train_seeds], dtype=int),
        seed_weight=SEED_WEIGHT,
    )
    seed_fp = {f.name: sha256_file(f) for f in seed_files(seeds_path)}
    return Prepared(data, texts, groups, combiner, engine, [[h.indicator_id for h in hs] for hs in hits], seeds, seed_fp, by_poster)


def _seed_ad(seed: dict[str, Any]) -> Ad:
    return Ad.from_text(seed["text"], id=seed["id"])


def data_fingerprint(prepared: Prepared) -> tuple[str, dict[str, str]]:
    files = dict(prepared.data.fingerprint)
    files.update(prepared.seed_fingerprint)
    combined = hashlib.sha256(json.dumps(files, sort_keys=True).encode()).hexdigest()
    return combined, files


def run_cv(prepared: Prepared, n_jobs: int, include_baseline: bool = True) -> CVResult:
    d = prepared.data
    return cross_validate(
        prepared.texts, d.labels, d.weights, prepared.groups, prepared.combiner,
        ClassifierConfig(), include_baseline=include_baseline, n_jobs=n_jobs, progress=log,
    )


def metrics_document(prepared: Prepared, cv: CVResult) -> dict[str, Any]:
    fingerprint, files = data_fingerprint(prepared)
    protocol = dict(cv.protocol)
    if prepared.by_poster:
        protocol["grouping"] += "; also by company profile (poster)"
    protocol.update({"data": prepared.data.source, "data_files": files, "data_fingerprint": fingerprint, "seconds": round(cv.seconds, 1)})
    return {"protocol": protocol, "models": cv.models}


def evaluate(
    data_path: str | Path,
    out_dir: str | Path,
    n_jobs: int = 2,
    seeds_path: Path | None = DEFAULT_SEEDS,
    by_poster: bool = False,
) -> dict[str, Any]:
    prepared = prepare(data_path, seeds_path, by_poster=by_poster)
    cv = run_cv(prepared, n_jobs)
    doc = metrics_document(prepared, cv)
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    (out / "metrics.json").write_text(json.dumps(doc, indent=2) + "\n")
    from training.report import write_plots

    write_plots(cv, out)
    log(f"wrote {out / 'metrics.json'} in {cv.seconds:.0f}s")
    return doc


def bands_for_threshold(threshold: float) -> dict[str, float]:
    return {"medium": round(threshold / 2, 6), "high": round(threshold, 6), "very_high": round(max(0.8, (1 + threshold) / 2), 6)}


def train(
    data_path: str | Path,
    artifact_path: str | Path = DEFAULT_ARTIFACT,
    n_jobs: int = 2,
    seeds_path: Path | None = DEFAULT_SEEDS,
) -> dict[str, Any]:
    """Evaluate the recipe by grouped CV, fit it on all data, write artifact, metrics and card."""
    started = time.perf_counter()
    artifact_path = Path(artifact_path)
    prepared = prepare(data_path, seeds_path)
    d = prepared.data
    cv = run_cv(prepared, n_jobs)
    log("fitting the final model on all data")
    fit = fit_classifier(prepared.texts, d.labels, d.weights, prepared.groups, ClassifierConfig(), seed=SEED, n_jobs=n_jobs)
    index = np.arange(len(d))
    combiner = fit_combiner(fit.classifier, fit.oof_probability, d.labels, d.weights, index, prepared.combiner)
    comb_oof = combiner.score(prepared.combiner.corpus_X(fit.oof_probability, index))
    threshold, f1 = M.best_f1_threshold(d.labels, comb_oof, d.weights)
    # on tiny or separable data the best threshold can be a saturated score of exactly 1.0;
    # keep it inside (0, 1) so that such scores still cross it
    threshold = min(threshold, 1 - 1e-6)
    operating_point = fit_uncovered_offset(prepared, fit, combiner)
    fingerprint, files = data_fingerprint(prepared)
    metrics = metrics_document(prepared, cv)
    version = f"{__version__}+{fingerprint[:8]}"
    metadata: dict[str, Any] = {
        "version": version,
        "created": datetime.now(timezone.utc).isoformat(timespec="seconds"),
        "labels": {"0": "legitimate", "1": "fraudulent"},
        "data_fingerprint": fingerprint,
        "data_files": files,
        "threshold": round(threshold, 6),
        "threshold_rule": "max prevalence-weighted F1 of the combined score on out-of-fold predictions",
        "classifier_threshold": round(fit.threshold, 6),
        "bands": bands_for_threshold(threshold),
        "classifier": {"config": ClassifierConfig().as_dict(), "platt": {"a": fit.classifier.calibration.a, "b": fit.classifier.calibration.b}},
        "combiner": combiner.as_dict(),
        "uncovered_operating_point": operating_point,
        "taxonomy_version": prepared.engine.taxonomy_version,
        "metrics": metrics,
    }
    compiled = fit.classifier.compile()
    worst = fit.classifier.verify_compiled(list(prepared.texts))
    log(f"compiled classifier matches the fitted pipeline on all {len(prepared.texts)} texts (max decision difference {worst:.1e})")
    metadata["self_check"] = self_check_probes(compiled)
    metadata = save_artifact(artifact_path, {"classifier": compiled, "combiner": combiner}, metadata)
    screener = Screener.load(artifact_path, engine=prepared.engine)
    seeds_report = seed_report(screener, prepared.seeds)
    firing = indicator_rates(prepared)
    out = artifact_path.parent
    (out / "metrics.json").write_text(json.dumps(metrics, indent=2) + "\n")
    (out / "seed_eval.json").write_text(json.dumps(seeds_report, indent=2) + "\n")
    from training.report import write_model_card, write_plots

    write_plots(cv, out)
    write_model_card(out / "MODEL_CARD.md", metadata, metrics, seeds_report, firing, prepared)
    log(f"wrote {artifact_path} ({metadata['size_bytes'] / 1e6:.1f} MB), model card and plots in {time.perf_counter() - started:.0f}s")
    return metadata


def fit_uncovered_offset(prepared: Prepared, fit: Any, combiner: Combiner) -> dict[str, Any]:
    """Set ``combiner.uncovered_offset`` from out-of-fold scores of the training seeds in
    languages the classifier does not cover; returns how it was chosen (for the metadata)."""
    c = prepared.combiner
    train_seeds = [s for s in prepared.seeds if s["split"] == "train"]
    if not train_seeds:
        return {}
    strata = np.array([f"{group_of(s)}/{s['label']}" for s in train_seeds])
    seed_X = c.seed_X(fit.classifier)
    margins = seed_margins(fit.oof_probability, prepared.data.labels, prepared.data.weights, c, seed_X, strata)
    offset, point = uncovered_offset(margins, c.seed_y, c.seed_covered)
    combiner.uncovered_offset = offset
    log(
        f"languages without classifier: logit offset {offset:+.3f}, out-of-fold on {point.get('lures', 0)} training lures / "
        f"{point.get('lookalikes', 0)} look-alikes: recall {point.get('out_of_fold_recall', 0):.2f}, "
        f"false-positive rate {point.get('out_of_fold_false_positive_rate', 0):.2f}"
    )
    return {"offset": round(offset, 6), "rule": f"most lures at a false-positive rate <= {UNCOVERED_MAX_FPR} on out-of-fold training seeds", **point}


def group_of(seed: dict[str, Any]) -> str:
    """A seed's language group (Indonesian and Malay form one)."""
    return "id/ms" if seed["lang"] in ("id", "ms") else seed["lang"]


def seed_report(screener: Screener, seeds: list[dict[str, Any]]) -> dict[str, Any]:
    """Recall of lures and false-positive rate on look-alikes, seed test split, per language group."""
    test = [s for s in seeds if s["split"] == "test"]
    if not test:
        return {}
    results = screener.score_batch([_seed_ad(s) for s in test])
    report: dict[str, Any] = {"threshold": screener.threshold, "groups": {}}
    for g in sorted({group_of(s) for s in test}):
        idx = [i for i, s in enumerate(test) if group_of(s) == g]
        y = np.array([test[i]["label"] for i in idx])
        score = np.array([results[i].score for i in idx])
        flagged = np.array([results[i].flagged for i in idx])
        report["groups"][g] = {
            "lures": int(y.sum()),
            "lookalikes": int((y == 0).sum()),
            "recall": float(flagged[y == 1].mean()),
            "false_positive_rate": float(flagged[y == 0].mean()),
            "recall_at_fpr_10": _recall_at_fpr(y, score, 0.10),
            "missed": [test[idx[k]]["id"] for k in np.flatnonzero((y == 1) & ~flagged)],
            "false_positives": [test[idx[k]]["id"] for k in np.flatnonzero((y == 0) & flagged)],
        }
    all_y = np.array([s["label"] for s in test])
    all_flag = np.array([r.flagged for r in results])
    report["overall"] = {"recall": float(all_flag[all_y == 1].mean()), "false_positive_rate": float(all_flag[all_y == 0].mean())}
    return report


def _recall_at_fpr(y: np.ndarray, score: np.ndarray, max_fpr: float) -> float:
    best = 0.0
    for t in np.unique(score):
        pred = score >= t
        fpr = pred[y == 0].mean() if (y == 0).any() else 0.0
        if fpr <= max_fpr:
            best = max(best, float(pred[y == 1].mean()))
    return best


def indicator_rates(prepared: Prepared) -> dict[str, dict[str, float]]:
    """Per indicator: share of legitimate (prevalence-weighted) and fraudulent corpus ads it fires on."""
    y = prepared.data.labels
    w = prepared.data.weights
    out: dict[str, dict[str, float]] = {}
    for indicator in sorted(prepared.engine.taxonomy):
        fired = np.array([indicator in hs for hs in prepared.corpus_hits])
        out[indicator] = {
            "legitimate": float(w[(y == 0) & fired].sum() / w[y == 0].sum()),
            "fraudulent": float(fired[y == 1].mean()),
        }
    return out


__all__ = ["evaluate", "train", "prepare"]
