"""The model card (markdown) and its plots (PR curve, calibration curve)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import numpy as np

from training import metrics as M

NAMES = {
    "adscreen": "adscreen classifier (free text)",
    "adscreen_combined": "adscreen combined score (classifier + indicators)",
    "baseline_tfidf_lr": "baseline: TF-IDF word 1-2-grams + balanced LR",
}


def write_plots(cv: Any, out: Path) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    fig, ax = plt.subplots(figsize=(6, 4.5))
    for name, d in cv.pooled.items():
        precision, recall, _ = M.pr_curve(d["y"], d["p"], d["w"])
        ax.step(recall, precision, where="post", label=f"{NAMES.get(name, name)} (AP {M.pr_auc(d['y'], d['p'], d['w']):.3f})")
    ax.axhline(0.9, color="grey", lw=0.8, ls="--")
    ax.set_xlabel("recall (fraudulent)")
    ax.set_ylabel("precision at 4.84% prevalence")
    ax.set_title("Precision-recall, pooled out-of-fold (grouped 5-fold CV)")
    ax.set_ylim(0, 1.02)
    ax.legend(fontsize=7, loc="lower left")
    fig.tight_layout()
    fig.savefig(out / "pr_curve.png", dpi=110)
    plt.close(fig)

    fig, ax = plt.subplots(figsize=(5, 5))
    ax.plot([0, 1], [0, 1], color="grey", lw=0.8, ls="--")
    for name, d in cv.pooled.items():
        table = M.calibration_table(d["y"], d["p"], d["w"], bins=10)
        ax.plot([r["mean_predicted"] for r in table], [r["observed_rate"] for r in table], marker="o", label=NAMES.get(name, name))
    ax.set_xlabel("mean predicted probability")
    ax.set_ylabel("observed fraud rate (prevalence-weighted)")
    ax.set_title("Calibration, pooled out-of-fold")
    ax.legend(fontsize=7, loc="upper left")
    fig.tight_layout()
    fig.savefig(out / "calibration_curve.png", dpi=110)
    plt.close(fig)


def _fmt(m: dict[str, float]) -> str:
    return f"{m['mean']:.3f} ± {m['std']:.3f}"


def write_model_card(
    path: Path,
    metadata: dict[str, Any],
    metrics: dict[str, Any],
    seeds: dict[str, Any],
    firing: dict[str, dict[str, float]],
    prepared: Any,
) -> None:
    p = metrics["protocol"]
    lines = [
        f"# Model card: adscreen {metadata['version']}",
        "",
        "Produced by `adscreen train`; every figure below was computed by that run.",
        "",
        "## What it is",
        "",
        "A screening model for recruitment ads. A text classifier (TF-IDF word 1-2-grams, case-sensitive and",
        "lower-cased, each feature scaled by its Naive-Bayes log-count ratio, logistic regression, Platt-calibrated)",
        "gives the probability that an ad is fraudulent;",
        "a small non-negative logistic combiner adds the indicator evidence (cited red flags found by rule-based",
        "detectors) into one risk score. A score is a reason to look closer, not a verdict.",
        "",
        "The artifact stores the classifier compiled (`model/linear.py`: the fitted vocabularies, idf weights and",
        "coefficients as arrays), checked at training to score every training text as the fitted scikit-learn",
        "pipeline does, and re-checked on loading against the self-check probabilities in its metadata.",
        "",
        "## Data",
        "",
        f"- Corpus: {p['data']} — {p['n_ads']} ads with full text, {p['n_fraudulent']} fraudulent, {p['n_groups']} near-duplicate groups.",
        "- EMSCAD (Vidros et al. 2017): 17,880 ads from 2012–2014, 866 fraudulent. Full text exists here for all",
        "  fraudulent ads and a sample of 2,065 legitimate ones; legitimate rows are weighted to the real",
        f"  prevalence per id stratum (weighted prevalence {p['weighted_prevalence']:.4f}).",
        "- Seed ads written by the project (`training/seeds/`): the training split feeds the combiner; the test",
        "  split is reported below and never used for fitting.",
        f"- Data fingerprint (sha256 over the files' sha256): `{metadata['data_fingerprint']}`",
        "",
        "| file | sha256 |",
        "|---|---|",
    ]
    lines += [f"| {name} | `{digest}` |" for name, digest in sorted(metadata["data_files"].items())]
    lines += [
        "",
        "## Protocol",
        "",
    ]
    lines += [f"- {k}: {v}" for k, v in p.items() if k not in ("data_files", "data")]
    lines += [
        "",
        "## Metrics (fraud class, grouped 5-fold CV, prevalence-weighted, mean ± std over folds)",
        "",
        "| model | PR-AUC | ROC-AUC | F1 | recall @ precision 0.9 | Brier |",
        "|---|---|---|---|---|---|",
    ]
    for name, m in metrics["models"].items():
        lines.append(
            f"| {NAMES.get(name, name)} | {_fmt(m['pr_auc'])} | {_fmt(m['roc_auc'])} | {_fmt(m['f1'])} | "
            f"{_fmt(m['recall_at_precision_90'])} | {_fmt(m['brier'])} |"
        )
    lines += [
        "",
        "![precision-recall curve](pr_curve.png) ![calibration curve](calibration_curve.png)",
        "",
        "## Shipped thresholds",
        "",
        f"- Decision threshold on the combined score: {metadata['threshold']:.4f} ({metadata['threshold_rule']}).",
        f"- Bands: low < {metadata['bands']['medium']:.3f} ≤ medium < {metadata['bands']['high']:.3f} ≤ high < {metadata['bands']['very_high']:.3f} ≤ very high.",
        f"- Combiner weights: " + ", ".join(f"{k} {v:.3f}" for k, v in metadata["combiner"].items()),
    ]
    point = metadata.get("uncovered_operating_point") or {}
    if point:
        lines.append(
            f"- Languages the classifier does not cover (scored on indicators alone): their logit is shifted by "
            f"{point['offset']:+.3f} so that the same threshold flags the most lures at a false-positive rate ≤ "
            f"{point['max_false_positive_rate']} on out-of-fold training seeds ({point['lures']} lures, {point['lookalikes']} "
            f"look-alikes: recall {point['out_of_fold_recall']:.2f}, false-positive rate {point['out_of_fold_false_positive_rate']:.2f}; "
            "the patterns were tuned on these seeds, so these two figures are optimistic). Their score ranks and flags; "
            "it is not a calibrated probability."
        )
    lines.append("")
    if seeds:
        lines += [
            "## Seed ads, held-out test split (written by the project; per language group)",
            "",
            f"At the shipped threshold {seeds['threshold']:.4f}.",
            "",
            "| group | lures | look-alikes | recall | false-positive rate | recall at FPR ≤ 0.1 |",
            "|---|---|---|---|---|---|",
        ]
        for g, r in seeds["groups"].items():
            lines.append(f"| {g} | {r['lures']} | {r['lookalikes']} | {r['recall']:.2f} | {r['false_positive_rate']:.2f} | {r['recall_at_fpr_10']:.2f} |")
        lines.append(f"| all | | | {seeds['overall']['recall']:.2f} | {seeds['overall']['false_positive_rate']:.2f} | |")
        lines.append("")
    lines += [
        "## Indicators on EMSCAD: share of ads each one fires on",
        "",
        "Legitimate share is prevalence-weighted (representative of the corpus's legitimate ads).",
        "",
        "| indicator | legitimate | fraudulent |",
        "|---|---|---|",
    ]
    lines += [f"| {k} | {v['legitimate']:.4f} | {v['fraudulent']:.4f} |" for k, v in firing.items()]
    lines += [
        "",
        "## Limits",
        "",
        "- The classifier learned classic 2012–2014 job fraud (US-heavy: fake data-entry, payroll, cheque and",
        "  'work from home' offers). It has never seen scam-compound recruitment; that knowledge is in the",
        "  indicators, whose weights come partly from ads the project wrote itself.",
        "- The classifier covers English only. For other languages the score rests on the indicators, and the",
        "  response says so.",
        "- EMSCAD labels come from account-level review: all ads of a flagged client are fraudulent, undetected",
        "  scams are labelled legitimate. Expect label noise.",
        "- Legitimate ads are a non-uniform sample (an id-contiguous block plus random draws); the weights",
        "  correct prevalence, not every bias of the sample.",
        "- Grouping: the reported protocol groups near-duplicate ads (same description, same title and opening, same",
        "  text). Grouping by poster as well (same company profile) is stricter and lowers every model's figures a lot",
        "  (`training.grouping.near_duplicate_groups(ads, by_poster=True)`): the model partly recognises posters.",
        "- A short remote customer-service blurb can score high on the text model alone: EMSCAD's home-based frauds",
        "  look like it. Full ads from named employers score low.",
        "- The seed ads were written by the project, partly from shared templates across languages; the detectors were",
        "  tuned on their training split only, but test-split figures are still optimistic about real, unseen lures.",
        "- The score is not a verdict. Use it to prioritise human review.",
        "",
        "## Environment",
        "",
    ]
    lines += [f"- {k} {v}" for k, v in metadata["library_versions"].items()]
    lines += [f"- created {metadata['created']}", f"- artifact sha256 `{metadata['sha256']}`", ""]
    path.write_text("\n".join(lines))
