"""Writing output rows as CSV, JSONL or Parquet: one part file per chunk, then one output file.

Part files are written to a temporary name, flushed to disk and renamed, so a part file
that exists is complete. The final output is assembled the same way: it only appears,
under its real name, once every part has been copied into it.
"""

from __future__ import annotations

import csv
import gzip
import io
import json
import os
import shutil
from typing import Any, Iterable, Sequence

from service.batch.readers import FORMATS, InputFormatError, detect_format
from service.batch.results import OUTPUT_COLUMNS, OutputRow

PART_EXTENSIONS = {"csv": "csv", "jsonl": "jsonl", "parquet": "parquet"}


def output_format(path: str, explicit: str | None) -> str:
    fmt = detect_format(path, explicit)
    if fmt == "parquet" and path.endswith(".gz"):
        raise InputFormatError("gzipped Parquet output is not supported; Parquet is compressed internally")
    return fmt


def arrow_schema():
    import pyarrow as pa

    return pa.schema(
        [
            ("row", pa.int64()),
            ("id", pa.string()),
            ("risk_score", pa.float64()),
            ("risk_band", pa.string()),
            ("flagged", pa.bool_()),
            ("indicators", pa.list_(pa.string())),
            ("evidence", pa.string()),
            ("language", pa.string()),
            ("model_version", pa.string()),
            ("error", pa.string()),
        ]
    )


def csv_cells(row: OutputRow) -> list[str]:
    score = row["risk_score"]
    flagged = row["flagged"]
    return [
        str(row["row"]),
        row["id"] or "",
        "" if score is None else repr(float(score)),
        row["risk_band"] or "",
        "" if flagged is None else ("true" if flagged else "false"),
        json.dumps(row["indicators"], ensure_ascii=False),
        row["evidence"] or "",
        row["language"] or "",
        row["model_version"] or "",
        row["error"] or "",
    ]


def write_part(path: str, fmt: str, rows: Sequence[OutputRow]) -> None:
    """Write one chunk's rows to ``path`` atomically (CSV parts have no header)."""
    tmp = path + ".tmp"
    if fmt == "parquet":
        import pyarrow as pa
        import pyarrow.parquet as pq

        pq.write_table(pa.Table.from_pylist(list(rows), schema=arrow_schema()), tmp)
        _fsync_path(tmp)
    else:
        with open(tmp, "w", encoding="utf-8", newline="") as out:
            if fmt == "csv":
                writer = csv.writer(out)
                writer.writerows(csv_cells(row) for row in rows)
            else:
                out.writelines(json.dumps(row, ensure_ascii=False) + "\n" for row in rows)
            out.flush()
            os.fsync(out.fileno())
    os.replace(tmp, path)


def assemble(parts: Iterable[str], fmt: str, output: str) -> None:
    """Concatenate part files, in order, into ``output``; the file appears only when complete."""
    tmp = output + ".tmp"
    if fmt == "parquet":
        import pyarrow.parquet as pq

        with pq.ParquetWriter(tmp, arrow_schema()) as writer:
            for part in parts:
                writer.write_table(pq.read_table(part, schema=arrow_schema()))
    else:
        raw = open(tmp, "wb")
        out: Any = gzip.GzipFile(fileobj=raw, mode="wb") if output.endswith(".gz") else raw
        try:
            if fmt == "csv":
                header = io.StringIO()
                csv.writer(header).writerow(OUTPUT_COLUMNS)
                out.write(header.getvalue().encode("utf-8"))
            for part in parts:
                with open(part, "rb") as src:
                    shutil.copyfileobj(src, out, 1 << 20)
        finally:
            if out is not raw:
                out.close()
            raw.flush()
            os.fsync(raw.fileno())
            raw.close()
    _fsync_path(tmp)
    os.replace(tmp, output)


def _fsync_path(path: str) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


__all__ = ["FORMATS", "arrow_schema", "assemble", "csv_cells", "output_format", "write_part"]
