"""Batch scoring: every input format into every output format, column layouts, CLI basics."""

from __future__ import annotations

import json

import pytest

from service.batch import ScoreOptions, ScreenerSource, score_file
from service.batch.cli import main

try:
    from tests.service import batch_fixtures as fx
except ImportError:  # tests/service on sys.path (pytest rootdir insertion)
    import batch_fixtures as fx

IN_FORMATS = ["in.csv", "in.csv.gz", "in.jsonl", "in.jsonl.gz", "in.parquet"]
OUT_FORMATS = ["out.csv", "out.jsonl", "out.parquet", "out.csv.gz"]


def _rows(n: int) -> list[dict]:
    return [{"id": f"ad{i}", "text": fx.ad_text(i) + ("\nwith a second line, and \"quotes\"" if i % 4 == 0 else "")} for i in range(n)]


def _expected(rows: list[dict]) -> list[tuple]:
    from model.types import Ad

    screener = fx.FakeScreener()
    out = []
    for s in screener.score_batch([Ad.from_text(r["text"], id=r["id"]) for r in rows]):
        out.append((s.ad_id, s.score, s.band, s.flagged))
    return out


@pytest.mark.parametrize("out_name", OUT_FORMATS)
@pytest.mark.parametrize("in_name", IN_FORMATS)
def test_when_any_format_is_scored_then_every_row_comes_back_in_order(tmp_path, in_name, out_name):
    rows = _rows(23)
    fx.write_input(str(tmp_path / in_name), rows)
    summary = score_file(
        ScoreOptions(input=str(tmp_path / in_name), output=str(tmp_path / out_name), chunk_size=5, progress="none"),
        screener=fx.FakeScreener(),
    )
    got = fx.read_output(str(tmp_path / out_name))
    assert [r["row"] for r in got] == list(range(23))
    assert [(r["id"], r["risk_score"], r["risk_band"], r["flagged"]) for r in got] == _expected(rows)
    assert got[0]["indicators"] == ["document_retention", "recruitment_fee"]
    assert got[0]["evidence"] == "passport"
    assert all(r["error"] is None and r["model_version"] == "fake-1" and r["language"] == "en" for r in got)
    assert summary["rows_read"] == summary["scored"] == 23 and summary["failed"] == 0
    assert not (tmp_path / f"{out_name}.parts").exists()


def test_when_format_flags_are_given_then_extensions_are_not_needed(tmp_path):
    fx.write_input(str(tmp_path / "ads.jsonl"), _rows(4))
    (tmp_path / "ads.jsonl").rename(tmp_path / "ads.data")
    score_file(
        ScoreOptions(input=str(tmp_path / "ads.data"), output=str(tmp_path / "res.data"), input_format="jsonl", output_format="parquet", progress="none"),
        screener=fx.FakeScreener(),
    )
    import pyarrow.parquet as pq

    assert pq.read_table(str(tmp_path / "res.data")).num_rows == 4


def test_when_input_has_emscad_layout_then_job_id_and_fields_are_used(tmp_path):
    columns = ["job_id", "title", "location", "department", "salary_range", "company_profile", "description",
               "requirements", "benefits", "telecommuting", "has_company_logo", "has_questions", "employment_type",
               "required_experience", "required_education", "industry", "function", "fraudulent"]
    rows = [
        {"job_id": "17", "title": "Nanny", "description": "Care for two kids.", "benefits": "Visa, fee paid by you", "fraudulent": "0"},
        {"job_id": "18", "title": "Driver", "requirements": "Licence", "fraudulent": "1"},
    ]
    fx.write_input(str(tmp_path / "emscad.csv"), rows, columns)
    score_file(ScoreOptions(input=str(tmp_path / "emscad.csv"), output=str(tmp_path / "o.jsonl"), progress="none"), screener=fx.FakeScreener())
    got = fx.read_output(str(tmp_path / "o.jsonl"))
    assert [r["id"] for r in got] == ["17", "18"]
    assert got[0]["indicators"] == ["recruitment_fee"] and got[0]["evidence"] == "fee"


def test_when_no_id_column_then_row_number_is_the_id(tmp_path):
    fx.write_input(str(tmp_path / "a.csv"), [{"text": "one"}, {"text": "two"}])
    score_file(ScoreOptions(input=str(tmp_path / "a.csv"), output=str(tmp_path / "o.csv"), progress="none"), screener=fx.FakeScreener())
    assert [r["id"] for r in fx.read_output(str(tmp_path / "o.csv"))] == ["0", "1"]


def test_when_jobs_is_two_then_output_equals_single_process_output(tmp_path):
    rows = _rows(200)
    fx.write_input(str(tmp_path / "in.csv"), rows)
    source = ScreenerSource(factory=fx.FACTORY)
    score_file(ScoreOptions(input=str(tmp_path / "in.csv"), output=str(tmp_path / "one.jsonl"), chunk_size=17, progress="none", source=source))
    score_file(ScoreOptions(input=str(tmp_path / "in.csv"), output=str(tmp_path / "two.jsonl"), chunk_size=17, jobs=2, progress="none", source=source))
    assert fx.read_output(str(tmp_path / "one.jsonl")) == fx.read_output(str(tmp_path / "two.jsonl"))


def test_when_cli_runs_then_summary_is_printed_and_written_as_json(tmp_path, capsys):
    fx.write_input(str(tmp_path / "in.csv"), _rows(30) + [{"id": "empty", "text": "  "}])
    code = main(["score", str(tmp_path / "in.csv"), "--out", str(tmp_path / "out.csv"), "--chunk-size", "7",
                 "--summary-json", str(tmp_path / "s.json"), "--screener-factory", fx.FACTORY, "--progress", "none"])
    assert code == 0
    printed = capsys.readouterr().out
    assert "rows read 31 = scored 30 + failed 1" in printed
    summary = json.loads((tmp_path / "s.json").read_text())
    assert summary["rows_read"] == 31 and summary["scored"] == 30 and summary["failed"] == 1
    assert summary["errors"] == {"empty_text": 1}
    assert sum(summary["bands"].values()) == 30
    assert summary["top_indicators"][0] == {"indicator_id": "recruitment_fee", "rows": 10}
    assert summary["rows_per_second"] > 0


def test_when_output_exists_then_cli_refuses_without_overwrite(tmp_path, capsys):
    fx.write_input(str(tmp_path / "in.csv"), _rows(3))
    (tmp_path / "out.csv").write_text("keep me")
    args = ["score", str(tmp_path / "in.csv"), "--out", str(tmp_path / "out.csv"), "--screener-factory", fx.FACTORY, "--progress", "none"]
    assert main(args) == 2
    assert "already exists" in capsys.readouterr().err
    assert (tmp_path / "out.csv").read_text() == "keep me"
    assert main(args + ["--overwrite"]) == 0
    assert len(fx.read_output(str(tmp_path / "out.csv"))) == 3


def test_when_progress_is_logged_then_lines_carry_counts_but_no_ad_text(tmp_path, capsys):
    rows = [{"id": str(i), "text": f"SECRETWORD ad {i}"} for i in range(40)]
    fx.write_input(str(tmp_path / "in.csv"), rows)
    score_file(ScoreOptions(input=str(tmp_path / "in.csv"), output=str(tmp_path / "o.csv"), chunk_size=10, progress="log", log_interval=0),
               screener=fx.FakeScreener())
    err = capsys.readouterr().err
    assert "rows done" in err and "rows/s" in err
    assert "SECRETWORD" not in err
