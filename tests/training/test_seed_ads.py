"""Schema and split checks for the project-written seed ads (training/seeds/seed_ads.jsonl)."""

from __future__ import annotations

import hashlib
import json
from collections import Counter, defaultdict
from pathlib import Path

import pytest

SEEDS = Path(__file__).resolve().parents[2] / "training" / "seeds" / "seed_ads.jsonl"

FIELDS = {"id", "lang", "label", "kind", "split", "pattern", "style", "text", "source"}
LANGS = {"en", "zh", "vi", "th", "id", "ms", "tl", "ko", "ja", "es"}
# language groups used for coverage and stratification (Indonesian and Malay form one group)
GROUP = {"id": "id/ms", "ms": "id/ms"}
GROUPS = {"en", "zh", "vi", "th", "id/ms", "tl", "ko", "ja", "es"}
KIND_FOR_LABEL = {1: "lure", 0: "legit_lookalike"}
STYLES = {"chat", "post", "long_formal"}
SPLIT_SALT = "adscreen-seed-v1:"
MIN_TEST_PER_STRATUM = 12
# the vocabularies documented in training/seeds/README.md
LURE_PATTERNS = {
    "fee", "deposit", "debt_bondage", "too_good_pay", "no_experience", "daily_pay", "guaranteed_income",
    "overseas_sector", "scam_hub", "free_travel", "tourist_visa", "airport_pickup", "third_country_transit",
    "messaging_only", "no_interview", "urgency", "secrecy", "documents_upfront", "full_body_photo",
    "passport_retention", "vague_employer", "exploitative_terms", "task_scam", "crypto_deposit",
    "work_from_home_fraud", "check_cashing", "money_mule",
}
LEGIT_TRAPS = {
    "named_employer_relocation", "visa_sponsorship_legit", "casino_dealer_legit", "overseas_bpo_legit",
    "remote_work_legit", "licensed_agency_no_fees", "teaching_english_legit", "hospitality_abroad_legit",
    "crypto_exchange_legit", "scam_warning", "local_job_legit",
}


@pytest.fixture(scope="module")
def rows() -> list[dict]:
    with SEEDS.open(encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def group(row: dict) -> str:
    return GROUP.get(row["lang"], row["lang"])


def test_enough_rows(rows):
    assert len(rows) >= 300


def test_every_row_has_the_schema(rows):
    for r in rows:
        missing = FIELDS - r.keys()
        assert not missing, (r.get("id"), missing)
        assert r["lang"] in LANGS, r["id"]
        assert r["label"] in (0, 1), r["id"]
        assert r["kind"] == KIND_FOR_LABEL[r["label"]], r["id"]
        assert r["split"] in ("train", "test"), r["id"]
        assert r["style"] in STYLES, r["id"]
        assert r["source"] == "written-by-adscreen", r["id"]
        assert isinstance(r["pattern"], list) and r["pattern"], r["id"]
        assert all(isinstance(p, str) and p for p in r["pattern"]), r["id"]
        assert isinstance(r["text"], str) and r["text"].strip(), r["id"]
        assert r["id"].startswith(f"seed-{r['lang']}-"), r["id"]
        if r["lang"] == "zh":
            assert r.get("script") in ("Hans", "Hant"), r["id"]


def test_patterns_come_from_the_documented_vocabularies(rows):
    for r in rows:
        allowed = LURE_PATTERNS if r["label"] == 1 else LEGIT_TRAPS
        assert set(r["pattern"]) <= allowed, (r["id"], set(r["pattern"]) - allowed)


def test_every_language_group_has_all_three_styles(rows):
    styles = defaultdict(set)
    for r in rows:
        styles[(group(r), r["label"])].add(r["style"])
    for key, seen in styles.items():
        assert seen == STYLES, key


def test_ids_unique(rows):
    dup = [i for i, n in Counter(r["id"] for r in rows).items() if n > 1]
    assert not dup


def test_no_duplicate_texts(rows):
    dup = [t[:60] for t, n in Counter(r["text"].strip() for r in rows).items() if n > 1]
    assert not dup


def test_every_language_group_has_both_labels_in_both_splits(rows):
    counts = Counter((group(r), r["label"], r["split"]) for r in rows)
    for g in GROUPS:
        for label in (0, 1):
            assert counts[(g, label, "train")] > 0, (g, label)
            assert counts[(g, label, "test")] >= MIN_TEST_PER_STRATUM, (g, label)


def test_both_chinese_scripts_present(rows):
    scripts = Counter((r.get("script"), r["label"]) for r in rows if r["lang"] == "zh")
    for script in ("Hans", "Hant"):
        for label in (0, 1):
            assert scripts[(script, label)] > 0, (script, label)


def test_split_follows_the_documented_rule(rows):
    """The split is not hand-picked: within each (language group, label) stratum, rows are
    sorted by (style, sha256(salt + id)) and every position where floor(0.4 * position)
    steps up is train. See training/seeds/README.md."""
    strata: dict[tuple[str, int], list[dict]] = defaultdict(list)
    for r in rows:
        strata[(group(r), r["label"])].append(r)
    for key, rs in strata.items():
        rs = sorted(rs, key=lambda r: (r["style"], hashlib.sha256((SPLIT_SALT + r["id"]).encode()).hexdigest()))
        for i, r in enumerate(rs):
            expected = "train" if (i + 1) * 2 // 5 > i * 2 // 5 else "test"
            assert r["split"] == expected, (key, r["id"])


# --- the train-only batches written later (seed_ads_train_*.jsonl) -----------------------

BATCHES = sorted(p for p in SEEDS.parent.glob("*.jsonl") if p != SEEDS)


@pytest.fixture(scope="module")
def batch_rows() -> list[dict]:
    out = []
    for path in BATCHES:
        with path.open(encoding="utf-8") as f:
            out.extend(dict(json.loads(line), _file=path.name) for line in f if line.strip())
    return out


def test_batches_exist_and_are_train_only(batch_rows):
    assert BATCHES and batch_rows
    for r in batch_rows:
        assert r["split"] == "train", (r["_file"], r["id"])


def test_batch_rows_have_the_schema(batch_rows):
    for r in batch_rows:
        missing = FIELDS - r.keys()
        assert not missing, (r.get("id"), missing)
        assert r["lang"] in LANGS and r["label"] in (0, 1) and r["style"] in STYLES, r["id"]
        assert r["kind"] == KIND_FOR_LABEL[r["label"]], r["id"]
        assert r["source"] == "written-by-adscreen", r["id"]
        assert isinstance(r["text"], str) and r["text"].strip(), r["id"]
        assert f"-{r['lang']}-" in r["id"] and not r["id"].startswith("seed-"), r["id"]
        assert r["pattern"] and all(isinstance(p, str) and p for p in r["pattern"]), r["id"]
        if r["_file"].startswith("seed_ads_train_b3_"):  # the README's vocabularies (EXTRA.md has its own)
            allowed = LURE_PATTERNS if r["label"] == 1 else LEGIT_TRAPS
            assert set(r["pattern"]) <= allowed, (r["id"], set(r["pattern"]) - allowed)
        if r["lang"] == "zh":
            assert r.get("script") in ("Hans", "Hant"), r["id"]


def test_ids_and_texts_unique_across_all_seed_files(rows, batch_rows):
    everything = rows + batch_rows
    assert not [i for i, n in Counter(r["id"] for r in everything).items() if n > 1]
    assert not [t[:60] for t, n in Counter(r["text"].strip() for r in everything).items() if n > 1]
