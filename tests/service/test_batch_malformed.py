"""Rows that cannot be scored become error rows; nothing is dropped and nothing aborts the run."""

from __future__ import annotations

import json

from service.batch import ScoreOptions, score_file

try:
    from tests.service import batch_fixtures as fx
except ImportError:
    import batch_fixtures as fx

SECRET = "SECRETWORD"


def _score(tmp_path, name: str, screener=None, **kwargs) -> tuple[list[dict], dict]:
    out = str(tmp_path / "out.jsonl")
    summary = score_file(
        ScoreOptions(input=str(tmp_path / name), output=out, progress="none", chunk_size=3, **kwargs),
        screener=screener or fx.FakeScreener(),
    )
    return fx.read_output(out), summary


def _errors(rows: list[dict]) -> dict[str, str | None]:
    return {r["id"]: (r["error"].split(":")[0] if r["error"] else None) for r in rows}


def test_when_csv_has_malformed_rows_then_each_gets_an_error_row_and_the_rest_are_scored(tmp_path):
    lines = [
        b"id,text,source\n",
        b"good1,Nanny wanted with fee,web\n",
        b"empty,,web\n",
        b"blank,   ,web\n",
        b"big," + b"x" * 50_001 + b",web\n",
        b"broken,\"this quote never closes " + SECRET.encode() + b",web\n",
        b"good2,Driver wanted,web\n",
        b"badutf8,caf\xe9 \xff job,web\n",
        b"toomany,a,b,c\n",
        b"multi,\"line one\nline two, with comma\",web\n",
        b"\n",
        b"good3,\"He said \"\"hi\"\"\",web\n",
    ]
    (tmp_path / "in.csv").write_bytes(b"".join(lines))
    rows, summary = _score(tmp_path, "in.csv")
    assert _errors(rows) == {
        "good1": None,
        "empty": "empty_text",
        "blank": "empty_text",
        "big": "text_too_long",
        "broken": "broken_csv_record",
        "good2": None,
        "badutf8": "undecodable_bytes",
        "toomany": "wrong_field_count",
        "multi": None,
        "good3": None,
    }
    assert [r["row"] for r in rows] == list(range(10))
    assert summary["rows_read"] == 10 and summary["scored"] == 4 and summary["failed"] == 6
    assert all(SECRET not in (r["error"] or "") for r in rows)


def test_when_a_quote_is_left_open_then_the_lines_after_it_are_still_read(tmp_path):
    body = [b"id,text\n", b'a1,"opens and never closes\n'] + [b"b%d,plain row %d\n" % (i, i) for i in range(50)]
    (tmp_path / "in.csv").write_bytes(b"".join(body))
    rows, summary = _score(tmp_path, "in.csv")
    assert rows[0]["id"] == "a1" and rows[0]["error"].startswith("broken_csv_record")
    assert [r["id"] for r in rows[1:]] == [f"b{i}" for i in range(50)]
    assert all(r["error"] is None for r in rows[1:])
    assert summary["rows_read"] == summary["scored"] + summary["failed"] == 51


def test_when_jsonl_has_malformed_lines_then_each_gets_an_error_row(tmp_path):
    lines = [
        json.dumps({"id": "ok", "text": "Hotel job, fee required"}).encode(),
        b'{"id": "trunc", "text": "no end',
        b"[1, 2, 3]",
        b'{"id": "badutf8", "text": "caf\xe9"}',
        json.dumps({"id": "missing"}).encode(),
        b"",
        json.dumps({"id": 7, "text": "numeric id"}).encode(),
    ]
    (tmp_path / "in.jsonl").write_bytes(b"\n".join(lines) + b"\n")
    rows, summary = _score(tmp_path, "in.jsonl")
    assert [(r["row"], r["error"].split(":")[0] if r["error"] else None) for r in rows] == [
        (0, None), (1, "invalid_json"), (2, "invalid_json"), (3, "undecodable_bytes"), (4, "empty_text"), (5, None)
    ]
    assert rows[5]["id"] == "7"
    assert summary["failed"] == 4


def test_when_parquet_has_nulls_and_oversized_text_then_error_rows(tmp_path):
    fx.write_input(str(tmp_path / "in.parquet"), [{"id": 1, "text": None}, {"id": 2, "text": "y" * 50_001}, {"id": 3, "text": "fine"}])
    rows, _ = _score(tmp_path, "in.parquet")
    assert _errors(rows) == {"1": "empty_text", "2": "text_too_long", "3": None}


class ExplodingScreener(fx.FakeScreener):
    """Raises whenever a batch holds the poisoned ad, with the ad text in the message."""

    def score_batch(self, ads, explain=True):
        for ad in ads:
            if "poison" in (ad.text or ""):
                raise ValueError(f"cannot handle {ad.text}")
        return super().score_batch(ads, explain)


def test_when_the_screener_raises_then_only_the_offending_row_fails_and_its_text_is_not_reported(tmp_path):
    fx.write_input(str(tmp_path / "in.csv"), [{"id": "a", "text": "fine"}, {"id": "b", "text": f"poison {SECRET}"}, {"id": "c", "text": "also fine"}])
    rows, summary = _score(tmp_path, "in.csv", screener=ExplodingScreener())
    assert _errors(rows) == {"a": None, "b": "scoring_failed", "c": None}
    assert rows[1]["error"] == "scoring_failed: ValueError"
    assert summary["scored"] == 2 and summary["failed"] == 1


def test_when_input_is_empty_then_output_has_only_a_header(tmp_path):
    (tmp_path / "in.csv").write_text("id,text\n")
    out = str(tmp_path / "out.csv")
    summary = score_file(ScoreOptions(input=str(tmp_path / "in.csv"), output=out, progress="none"), screener=fx.FakeScreener())
    assert summary["rows_read"] == 0
    assert open(out).read().startswith("row,id,risk_score")
    assert fx.read_output(out) == []


class PlainScreener(fx.FakeScreener):
    """A screener from --screener-factory need not take ``explain``."""

    def score_batch(self, ads):
        return super().score_batch(ads)


class CountingScreener(fx.FakeScreener):
    def __init__(self):
        super().__init__()
        self.explain_values = set()

    def score_batch(self, ads, explain=True):
        self.explain_values.add(explain)
        return super().score_batch(ads, explain)


def test_when_the_screener_takes_no_explain_argument_then_rows_are_still_scored(tmp_path):
    fx.write_input(str(tmp_path / "in.csv"), [{"id": "a", "text": "fine"}, {"id": "b", "text": "also fine"}])
    rows, summary = _score(tmp_path, "in.csv", screener=PlainScreener())
    assert _errors(rows) == {"a": None, "b": None} and summary["failed"] == 0


def test_when_rows_are_scored_then_model_terms_are_not_asked_for(tmp_path):
    fx.write_input(str(tmp_path / "in.csv"), [{"id": "a", "text": "fine"}])
    screener = CountingScreener()
    _score(tmp_path, "in.csv", screener=screener)
    assert screener.explain_values == {False}
