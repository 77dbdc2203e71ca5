"""Scoring on Apache Spark, for inputs beyond one machine.

Python use::

    from service.spark import score_spark_dataframe
    scored = score_spark_dataframe(ads_df, text_col="body", id_col="ad_id")
    scored.write.parquet("s3://bucket/scored/")

CLI: ``adscreen score INPUT --out OUTPUT_DIR --engine spark [--spark-master URL]``.

How it works: ``mapInPandas`` hands each executor's Python worker batches of rows; the
worker turns them into input records and calls the same ``score_chunk`` as the local
engine, so a row scores identically on both engines (same error rows, same columns). The
model file is shipped to each executor once with ``SparkContext.addFile`` and loaded once
per Python worker process (Spark reuses workers across tasks), never per batch.

Requirements on the cluster: adscreen installed on the executors (``pip install
adscreen[distributed]`` or a zipped environment), Java 17 for Spark. The local engine's
byte-level guarantees (undecodable bytes, broken quoting -> error rows) rest on Spark's own
readers here: a CSV line Spark cannot parse becomes an error row ``broken_csv_record``,
JSON that Spark cannot parse becomes ``invalid_json``; undecodable bytes are replaced by
Spark, not reported. ``--resume`` does not apply: Spark retries failed tasks itself.
"""

from __future__ import annotations

import functools
import os
import sys
import time
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Iterator, Sequence

from service.batch.columns import ColumnMapping, resolve_columns
from service.batch.readers import detect_format, make_record
from service.batch.records import Chunk, InputRecord
from service.batch.results import OUTPUT_COLUMNS
from service.batch.scoring import ChunkStats, ScreenerLike, ScreenerSource, score_chunk
from service.batch.summary import build_summary
from service.batch.writers import output_format

if TYPE_CHECKING:  # pragma: no cover
    from pyspark.sql import DataFrame, SparkSession

CORRUPT_COLUMN = "_corrupt_record"
_ERROR_COLUMN = "__adscreen_read_error"
RESULT_COLUMNS: tuple[str, ...] = tuple(c for c in OUTPUT_COLUMNS if c != "row")


@dataclass(frozen=True)
class ShippedModel:
    """What an executor needs to build the screener: a file shipped with addFile, or a factory."""

    file_name: str | None = None
    factory: str | None = None

    def load(self) -> ScreenerLike:
        if self.factory:
            return ScreenerSource(factory=self.factory).load()
        if self.file_name is None:
            return ScreenerSource().load()
        from pyspark import SparkFiles

        return ScreenerSource(model_path=SparkFiles.get(self.file_name)).load()


# One screener per Python worker process, built on first use and reused by every task the
# worker runs. This cache is the reason the model is not loaded per batch.
_screeners: dict[ShippedModel, ScreenerLike] = {}


def _screener_for(model: ShippedModel) -> ScreenerLike:
    if model not in _screeners:
        _screeners[model] = model.load()
    return _screeners[model]


def result_schema(keep: Sequence[tuple[str, Any]] = ()):
    from pyspark.sql import types as T

    fields = [T.StructField(name, dtype, True) for name, dtype in keep]
    fields += [
        T.StructField("id", T.StringType(), True),
        T.StructField("risk_score", T.DoubleType(), True),
        T.StructField("risk_band", T.StringType(), True),
        T.StructField("flagged", T.BooleanType(), True),
        T.StructField("indicators", T.ArrayType(T.StringType(), True), True),
        T.StructField("evidence", T.StringType(), True),
        T.StructField("language", T.StringType(), True),
        T.StructField("model_version", T.StringType(), True),
        T.StructField("error", T.StringType(), True),
    ]
    return T.StructType(fields)


def score_spark_dataframe(
    df: "DataFrame",
    text_col: str | None = None,
    id_col: str | None = None,
    model_path: str | None = None,
    *,
    fields: Sequence[tuple[str, str]] = (),
    keep_columns: Sequence[str] = (),
    screener_factory: str | None = None,
) -> "DataFrame":
    """Score every row of a Spark DataFrame; one output row per input row.

    Args:
        df: the ads. Columns are chosen as in ``adscreen score``: ``text_col`` (default: a
            ``text`` column, else structured columns named like ``model.types.STRUCTURED_FIELDS``,
            as in EMSCAD), or ``fields`` as ``(structured_field, column)`` pairs.
        text_col: column holding the whole ad text.
        id_col: column holding the ad id (default: ``id``, else ``job_id``; without one the
            output id is null).
        model_path: a model artifact (``.joblib`` with its ``.json`` sidecar) readable by the
            driver; it is shipped to the executors once. Default: the artifact installed with
            adscreen on the executors.
        keep_columns: input columns to carry through, in front of the results.
        screener_factory: ``module:callable`` building a screener instead (tests, benchmarks).

    Returns:
        A DataFrame with ``keep_columns`` then ``id, risk_score, risk_band, flagged,
        indicators (array<string>), evidence, language, model_version, error``. Rows that
        cannot be scored (empty text, a field over the size limit) have ``error`` set and
        null scores. Ad text is never logged.
    """
    mapping = resolve_columns(df.columns, text_column=text_col, id_column=id_col, fields=fields)
    model = _ship_model(df.sparkSession, model_path, screener_factory)
    return _score(df, mapping, model, keep_columns=keep_columns, error_col=None)


def _ship_model(spark: "SparkSession", model_path: str | None, factory: str | None) -> ShippedModel:
    if factory:
        return ShippedModel(factory=factory)
    if model_path is None:
        return ShippedModel()
    path = os.path.abspath(model_path)
    if not os.path.isfile(path):
        raise FileNotFoundError(f"model artifact not found: {model_path}")
    sidecar = os.path.splitext(path)[0] + ".json"
    for shipped in (path, sidecar):
        if os.path.exists(shipped):
            spark.sparkContext.addFile(shipped)
    return ShippedModel(file_name=os.path.basename(path))


def _score(
    df: "DataFrame", mapping: ColumnMapping, model: ShippedModel, *, keep_columns: Sequence[str], error_col: str | None
) -> "DataFrame":
    from pyspark.sql import functions as F

    keep = [(name, df.schema[name].dataType) for name in keep_columns]
    inputs = [F.col(c).cast("string").alias(f"__in_{i}") for i, c in enumerate(mapping.columns)]
    extra = [F.col(error_col).alias(_ERROR_COLUMN)] if error_col else []
    prepared = df.select(*[F.col(name) for name, _ in keep], *inputs, *extra)
    renamed = ColumnMapping(
        id_column=_renamed(mapping, mapping.id_column),
        text_column=_renamed(mapping, mapping.text_column),
        fields=tuple((name, _renamed(mapping, column)) for name, column in mapping.fields),
    )
    run = functools.partial(_score_batches, model=model, mapping=renamed, keep=[name for name, _ in keep], has_error=bool(error_col))
    return prepared.mapInPandas(run, schema=result_schema(keep))


def _renamed(mapping: ColumnMapping, column: str | None) -> str | None:
    return None if column is None else f"__in_{mapping.columns.index(column)}"


def _score_batches(batches: Iterator[Any], *, model: ShippedModel, mapping: ColumnMapping, keep: list[str], has_error: bool) -> Iterator[Any]:
    """Runs on the executors: pandas batches in, pandas batches of results out, same order."""
    import pandas as pd

    screener = _screener_for(model)
    for batch in batches:
        columns = {name: batch[name].tolist() for name in batch.columns}
        records = []
        for i in range(len(batch)):
            record = make_record(i, lambda column: _none_if_nan(columns[column][i]), mapping)
            if mapping.id_column is None:
                record = InputRecord(row=i, id=None, text=record.text, fields=record.fields)
            read_error = _none_if_nan(columns[_ERROR_COLUMN][i]) if has_error else None
            if read_error:
                record = InputRecord(row=i, id=record.id, error=read_error)
            records.append(record)
        scored = score_chunk(screener, Chunk(0, 0, tuple(records)))
        out = pd.DataFrame.from_records([{k: row[k] for k in RESULT_COLUMNS} for row in scored.rows], columns=list(RESULT_COLUMNS))
        for name in reversed(keep):
            out.insert(0, name, batch[name].values)
        yield out


def _none_if_nan(value: Any) -> Any:
    return None if value is None or (isinstance(value, float) and value != value) else value


# --- adscreen score --engine spark ---------------------------------------------------------


def score_file_with_spark(
    input_path: str,
    output_path: str,
    *,
    input_format: str | None = None,
    output_format: str | None = None,
    text_column: str | None = None,
    id_column: str | None = None,
    fields: Sequence[tuple[str, str]] = (),
    master: str = "local[*]",
    source: ScreenerSource = ScreenerSource(),
    overwrite: bool = False,
) -> dict[str, Any]:
    """Read a file with Spark, score it, write a Spark output directory; return the summary.

    The output is a directory of part files (Spark's layout, with a ``_SUCCESS`` marker
    written only when the job commits) holding the local engine's columns, ``row`` first.
    """
    from pyspark.sql import SparkSession
    from pyspark.sql import functions as F

    started = time.monotonic()
    in_fmt = detect_format(input_path, input_format)
    out_fmt = output_format_for_spark(output_path, output_format)
    if os.path.exists(output_path) and not overwrite:
        from service.batch.runner import OutputExistsError

        raise OutputExistsError(f"{output_path} already exists; pass --overwrite to replace it")

    spark = SparkSession.getActiveSession()
    owns_session = spark is None
    if spark is None:
        builder = SparkSession.builder.master(master).appName("adscreen-score")
        if master.startswith("local"):  # workers on this machine: use this interpreter and its packages
            os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
        spark = builder.getOrCreate()
    try:
        df, error_col = _read(spark, input_path, in_fmt)
        read_columns = [c for c in df.columns if c != CORRUPT_COLUMN]
        mapping = resolve_columns(read_columns, text_column=text_column, id_column=id_column, fields=fields)
        with_row = _with_row_numbers(df)
        if mapping.id_column is None:  # as in the local engine, the id is then the row number
            with_row = with_row.withColumn("__row_id", F.col("row").cast("string"))
            mapping = ColumnMapping(id_column="__row_id", text_column=mapping.text_column, fields=mapping.fields)
        model = _ship_model(spark, source.model_path, source.factory)
        scored = _score(with_row, mapping, model, keep_columns=["row"], error_col=error_col).persist()
        try:
            _write(scored, output_path, out_fmt)
            totals, rows_read = _totals(scored), with_row.count()
        finally:
            scored.unpersist()
    finally:
        if owns_session:
            spark.stop()
    return build_summary(
        totals,
        rows_read=rows_read,
        elapsed=time.monotonic() - started,
        rows_this_session=rows_read,
        engine=f"spark ({master})",
        input_path=input_path,
        output_path=output_path,
    )


def output_format_for_spark(path: str, explicit: str | None) -> str:
    name = path.rstrip("/")
    if explicit is None and not os.path.splitext(name[:-3] if name.endswith(".gz") else name)[1]:
        return "parquet"  # a bare directory name: Spark's native format
    return output_format(name, explicit)


def _read(spark: "SparkSession", path: str, fmt: str) -> tuple["DataFrame", str | None]:
    from pyspark.sql import types as T

    if fmt == "parquet":
        return spark.read.parquet(path), None
    if fmt == "jsonl":
        df = spark.read.option("mode", "PERMISSIVE").option("columnNameOfCorruptRecord", CORRUPT_COLUMN).json(path)
        if CORRUPT_COLUMN not in df.columns:
            return df, None
        return _flag_corrupt(df.cache(), "invalid_json: Spark could not parse the line"), _ERROR_COLUMN
    header = spark.read.option("header", True).csv(path).columns
    schema = T.StructType([T.StructField(c, T.StringType(), True) for c in header] + [T.StructField(CORRUPT_COLUMN, T.StringType(), True)])
    df = (
        spark.read.schema(schema)
        .option("header", True)
        .option("multiLine", True)
        .option("escape", '"')
        .option("mode", "PERMISSIVE")
        .option("columnNameOfCorruptRecord", CORRUPT_COLUMN)
        .csv(path)
        .cache()  # Spark refuses queries on the corrupt-record column of an uncached CSV scan
    )
    return _flag_corrupt(df, "broken_csv_record: Spark could not parse the line"), _ERROR_COLUMN


def _flag_corrupt(df: "DataFrame", reason: str) -> "DataFrame":
    from pyspark.sql import functions as F

    return df.withColumn(_ERROR_COLUMN, F.when(F.col(CORRUPT_COLUMN).isNotNull(), F.lit(reason))).drop(CORRUPT_COLUMN)


def _with_row_numbers(df: "DataFrame") -> "DataFrame":
    """Add ``row``: the 0-based position in the input (input order within and across partitions)."""
    from pyspark.sql import types as T

    schema = T.StructType(list(df.schema.fields) + [T.StructField("row", T.LongType(), False)])
    return df.rdd.zipWithIndex().map(lambda pair: (*pair[0], pair[1])).toDF(schema)


def _write(scored: "DataFrame", path: str, fmt: str) -> None:
    from pyspark.sql import functions as F

    writer_df = scored
    if fmt == "csv":
        writer_df = scored.withColumn("indicators", F.to_json("indicators"))
    writer = writer_df.write.mode("overwrite")
    if fmt == "parquet":
        writer.parquet(path)
    elif fmt == "jsonl":
        writer.option("ignoreNullFields", False).json(path)
    else:
        writer.option("header", True).option("escape", '"').csv(path)


def _totals(scored: "DataFrame") -> ChunkStats:
    from pyspark.sql import functions as F

    totals = ChunkStats()
    agg = scored.agg(
        F.count(F.lit(1)).alias("rows"),
        F.sum(F.when(F.col("error").isNull(), 1).otherwise(0)).alias("scored"),
        F.sum(F.when(F.col("flagged"), 1).otherwise(0)).alias("flagged"),
    ).first()
    totals.rows, totals.scored, totals.flagged = agg["rows"], agg["scored"] or 0, agg["flagged"] or 0
    totals.failed = totals.rows - totals.scored
    for r in scored.where(F.col("error").isNull()).groupBy("risk_band").count().collect():
        totals.bands[r["risk_band"]] = r["count"]
    for r in scored.where(F.col("error").isNotNull()).groupBy(F.trim(F.split("error", ":").getItem(0)).alias("code")).count().collect():
        totals.errors[r["code"]] = r["count"]
    for r in scored.select(F.explode("indicators").alias("indicator")).groupBy("indicator").count().collect():
        totals.indicators[r["indicator"]] = r["count"]
    totals.model_versions = {r["model_version"] for r in scored.select("model_version").distinct().collect() if r["model_version"]}
    return totals
