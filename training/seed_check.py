"""Check the detectors against the *training* seed ads while writing patterns.

    python -m training.seed_check [--lang th] [--misses] [--file extra.jsonl ...]
    python -m training.seed_check --emscad ../shared/data/emscad

Scores every seed row whose ``split`` is ``train`` (from ``training/seeds/`` and any extra
files) with the shipped model and the pattern files as they are now, and prints per language
group the recall of lures at the shipped threshold, the false-positive rate on look-alikes,
and, with ``--misses``, each missed lure and false positive with the indicators that fired.

Rows of the ``test`` split are dropped before anything is scored or printed: they are for
reporting only (``adscreen train`` writes their figures to the model card), and pattern
authors must not tune against them. The combiner is the shipped one, so figures here are
in-sample for the train split; they show which lures no indicator catches, not how well the
detectors generalise.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any, Sequence

from model.screen import Screener
from model.types import Ad
from training.pipeline import DEFAULT_SEEDS, group_of, indicator_rates, prepare, read_seeds


def train_rows(files: Sequence[Path]) -> tuple[list[dict[str, Any]], int]:
    rows = read_seeds(DEFAULT_SEEDS)
    for f in files:
        rows += [json.loads(line) for line in f.read_text("utf-8").splitlines() if line.strip()]
    kept = [r for r in rows if r.get("split") == "train"]
    return kept, len(rows) - len(kept)


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m training.seed_check", description=__doc__.split("\n\n")[0])
    ap.add_argument("--lang", action="append", help="language group(s) to show (en, zh, id/ms, ...); default all")
    ap.add_argument("--misses", action="store_true", help="print missed lures and false positives with their findings")
    ap.add_argument("--prefix", help="only rows whose id starts with this (e.g. a new batch)")
    ap.add_argument("--file", type=Path, action="append", default=[], help="extra seed file (train rows only)")
    ap.add_argument("--emscad", metavar="PATH", help="instead: per indicator, how often it fires on EMSCAD's legitimate and fraudulent ads")
    args = ap.parse_args(argv)
    if args.emscad:
        rates = indicator_rates(prepare(args.emscad, None, progress=lambda m: print(m, file=sys.stderr)))
        print(f"{'indicator':36} {'legitimate':>10} {'fraudulent':>10}")
        for name, r in rates.items():
            print(f"{name:36} {r['legitimate']:10.4f} {r['fraudulent']:10.4f}")
        return 0

    rows, dropped = train_rows(args.file)
    if args.prefix:
        rows = [r for r in rows if r["id"].startswith(args.prefix)]
    if args.lang:
        rows = [r for r in rows if group_of(r) in args.lang]
    screener = Screener.load()
    results = screener.score_batch([Ad.from_text(r["text"], id=r["id"]) for r in rows], explain=False)
    print(f"{len(rows)} train rows scored ({dropped} test rows dropped unread); threshold {screener.threshold:.3f}")
    print(f"{'group':6} {'lures':>5} {'legit':>5} {'recall':>7} {'FPR':>6}")
    for g in sorted({group_of(r) for r in rows}):
        idx = [i for i, r in enumerate(rows) if group_of(r) == g]
        lures = [i for i in idx if rows[i]["label"] == 1]
        legit = [i for i in idx if rows[i]["label"] == 0]
        recall = sum(results[i].flagged for i in lures) / max(1, len(lures))
        fpr = sum(results[i].flagged for i in legit) / max(1, len(legit))
        print(f"{g:6} {len(lures):5d} {len(legit):5d} {recall:7.2f} {fpr:6.2f}")
    if args.misses:
        for i, r in enumerate(rows):
            res = results[i]
            if res.flagged == bool(r["label"]):
                continue
            kind = "MISSED LURE" if r["label"] else "FALSE POSITIVE"
            found = ", ".join(f"{f.indicator_id}[{f.evidence.text}]" for f in res.findings) or "-"
            print(f"\n{kind} {r['id']} score {res.score:.3f}\n  findings: {found}\n  text: {r['text']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
