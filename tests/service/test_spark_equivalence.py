"""Spark engine: same input, same output as the local engine, row by row (local[2] session)."""

from __future__ import annotations

import json
import math
import os
import shutil
import sys

import pytest

try:
    from tests.service import batch_fixtures as fx
except ImportError:
    import batch_fixtures as fx

pytestmark = [
    pytest.mark.spark,
    pytest.mark.skipif(shutil.which("java") is None, reason="Spark needs Java"),
]
pyspark = pytest.importorskip("pyspark")

FIXTURE = os.path.join(fx.REPO, "tests", "fixtures", "tiny_ads.jsonl")


@pytest.fixture(scope="module")
def spark():
    from pyspark.sql import SparkSession

    with pytest.MonkeyPatch.context() as mp:
        # workers on this machine run this interpreter and import this checkout
        mp.setenv("PYSPARK_PYTHON", sys.executable)
        mp.setenv("PYTHONPATH", os.pathsep.join([fx.REPO, os.environ.get("PYTHONPATH", "")]).rstrip(os.pathsep))
        session = (
            SparkSession.builder.master("local[2]")
            .appName("adscreen-test")
            .config("spark.ui.enabled", "false")
            .config("spark.sql.shuffle.partitions", "2")
            .getOrCreate()
        )
        session.sparkContext.setLogLevel("ERROR")
        yield session
        session.stop()


def _ads() -> list[dict]:
    with open(FIXTURE, encoding="utf-8") as f:
        ads = [{"id": row["id"], "text": row["text"]} for row in map(json.loads, f)]
    ads += [{"id": f"gen{i}", "text": fx.ad_text(i) + ("\nSecond line, \"quoted\"." if i % 5 == 0 else "")} for i in range(120)]
    ads += [{"id": "empty", "text": ""}, {"id": "huge", "text": "fee " * 13_000}]
    return ads


def _assert_same_rows(local: list[dict], other: list[dict]) -> None:
    assert len(local) == len(other)
    for a, b in zip(local, other):
        assert a["id"] == b["id"] and a["row"] == b["row"]
        if a["risk_score"] is None:
            assert b["risk_score"] is None
        else:
            assert math.isclose(a["risk_score"], b["risk_score"], rel_tol=0, abs_tol=1e-9), a["id"]
        for key in ("risk_band", "flagged", "indicators", "evidence", "language", "model_version", "error"):
            assert a[key] == b[key], (a["id"], key)


def _read_spark_dir(spark, path: str) -> list[dict]:
    return [row.asDict(recursive=True) for row in spark.read.parquet(path).orderBy("row").collect()]


def test_when_a_file_is_scored_on_spark_then_output_equals_the_local_engine_row_by_row(spark, tmp_path):
    from service.batch import ScoreOptions, score_file
    from service.spark import score_file_with_spark

    inp = str(tmp_path / "ads.csv")
    fx.write_input(inp, _ads())
    local_summary = score_file(ScoreOptions(input=inp, output=str(tmp_path / "local.parquet"), chunk_size=40, progress="none"))
    spark_summary = score_file_with_spark(inp, str(tmp_path / "spark_out"), master="local[2]")

    local = fx.read_output(str(tmp_path / "local.parquet"))
    _assert_same_rows(local, _read_spark_dir(spark, str(tmp_path / "spark_out")))
    assert {r["id"]: r["error"].split(":")[0] for r in local if r["error"]} == {"empty": "empty_text", "huge": "text_too_long"}
    for key in ("rows_read", "scored", "failed", "flagged", "bands", "errors", "top_indicators", "model_versions"):
        assert local_summary[key] == spark_summary[key], key


def test_when_a_dataframe_is_scored_then_columns_are_mapped_and_kept(spark):
    from model.screen import Screener
    from model.types import Ad
    from service.spark import score_spark_dataframe

    ads = _ads()[:40]
    df = spark.createDataFrame([(a["id"], a["text"], i) for i, a in enumerate(ads)], "ad_key string, body string, pos long")
    scored = score_spark_dataframe(df, text_col="body", id_col="ad_key", keep_columns=["pos"])
    assert scored.columns == ["pos", "id", "risk_score", "risk_band", "flagged", "indicators", "evidence", "language", "model_version", "error"]
    got = {row["id"]: row for row in scored.collect()}
    expected = Screener.load().score_batch([Ad.from_text(a["text"], id=a["id"]) for a in ads if a["text"]])
    for screening in expected:
        row = got[screening.ad_id]
        assert math.isclose(row["risk_score"], screening.score, abs_tol=1e-9)
        assert row["risk_band"] == screening.band and row["flagged"] == screening.flagged
    assert sorted(row["pos"] for row in got.values()) == list(range(len(ads)))


def test_when_the_text_column_is_missing_then_the_error_lists_columns_found(spark):
    from service.batch.columns import ColumnError
    from service.spark import score_spark_dataframe

    df = spark.createDataFrame([("1", "x")], "key string, body string")
    with pytest.raises(ColumnError, match=r"columns found: \['key', 'body'\]"):
        score_spark_dataframe(df, text_col="text")


def test_when_cli_engine_is_spark_then_a_jsonl_directory_with_every_row_is_written(spark, tmp_path, capsys):
    from service.batch.cli import main

    inp = str(tmp_path / "ads.jsonl")
    ads = _ads()[:50]
    fx.write_input(inp, ads)
    code = main(["score", inp, "--out", str(tmp_path / "out"), "--format", "jsonl", "--engine", "spark",
                 "--spark-master", "local[2]", "--summary-json", str(tmp_path / "s.json")])
    assert code == 0, capsys.readouterr().err
    rows = sorted((r.asDict(recursive=True) for r in spark.read.json(str(tmp_path / "out")).collect()), key=lambda r: r["row"])
    assert [r["id"] for r in rows] == [a["id"] for a in ads]
    summary = json.loads((tmp_path / "s.json").read_text())
    assert summary["rows_read"] == 50 == summary["scored"] + summary["failed"]
    assert summary["engine"] == "spark (local[2])"
