"""Seed files: a folder of JSONL files is read whole; the fingerprint names each file."""

import json

from training.pipeline import read_seeds, seed_files


def test_when_seeds_are_a_folder_then_every_jsonl_file_is_read_in_name_order(tmp_path):
    (tmp_path / "b.jsonl").write_text(json.dumps({"id": "b1", "split": "train", "label": 1, "text": "x"}) + "\n")
    (tmp_path / "a.jsonl").write_text(json.dumps({"id": "a1", "split": "test", "label": 0, "text": "y"}) + "\n\n")
    (tmp_path / "notes.md").write_text("not seeds")
    assert [f.name for f in seed_files(tmp_path)] == ["a.jsonl", "b.jsonl"]
    assert [r["id"] for r in read_seeds(tmp_path)] == ["a1", "b1"]


def test_when_seed_path_is_missing_or_none_then_no_seeds_are_read(tmp_path):
    assert read_seeds(None) == [] and read_seeds(tmp_path / "absent") == []
