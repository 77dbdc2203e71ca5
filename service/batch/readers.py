"""Streaming readers for CSV, JSONL and Parquet input (CSV and JSONL may be gzipped).

Each reader exposes the columns it found, yields ``InputRecord``s one at a time (so memory
does not grow with the file), and reports how far through the file it is for progress.
"""

from __future__ import annotations

import gzip
import io
import json
import os
from typing import Any, Callable, Iterator

from service.batch.columns import ColumnMapping
from service.batch.csv_reader import DEFAULT_MAX_RECORD_BYTES, CsvRecords, lenient_fields
from service.batch.records import InputRecord

FORMATS: tuple[str, ...] = ("csv", "jsonl", "parquet")
_EXTENSIONS = {".csv": "csv", ".jsonl": "jsonl", ".ndjson": "jsonl", ".parquet": "parquet", ".pq": "parquet"}
JSONL_PEEK_LINES = 1000


class InputFormatError(ValueError):
    """The input cannot be opened as the format asked for."""


def detect_format(path: str, explicit: str | None = None) -> str:
    if explicit:
        if explicit not in FORMATS:
            raise InputFormatError(f"unknown format {explicit!r}; expected one of {list(FORMATS)}")
        return explicit
    name = path[:-3] if path.endswith(".gz") else path
    ext = os.path.splitext(name)[1].lower()
    if ext not in _EXTENSIONS:
        raise InputFormatError(f"cannot tell the format of {os.path.basename(path)!r} from its extension; use --format/--input-format")
    return _EXTENSIONS[ext]


def open_input(path: str, fmt: str, *, encoding: str = "utf-8", max_record_bytes: int = DEFAULT_MAX_RECORD_BYTES) -> "InputReader":
    if fmt == "parquet":
        if path.endswith(".gz"):
            raise InputFormatError("gzipped Parquet is not supported; Parquet is compressed internally")
        return ParquetInput(path)
    if fmt == "csv":
        return CsvInput(path, encoding=encoding, max_record_bytes=max_record_bytes)
    if fmt == "jsonl":
        return JsonlInput(path, encoding=encoding)
    raise InputFormatError(f"unknown format {fmt!r}")


class InputReader:
    columns: list[str]
    total_rows: int | None = None

    def records(self, mapping: ColumnMapping) -> Iterator[InputRecord]:  # pragma: no cover - interface
        raise NotImplementedError

    def fraction_done(self) -> float | None:
        return None

    def close(self) -> None:
        pass

    def __enter__(self) -> "InputReader":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


class _ByteStreamInput(InputReader):
    """A local file read as bytes, transparently gunzipped, with progress from the raw offset."""

    def __init__(self, path: str):
        self._raw = open(path, "rb")
        self._size = os.fstat(self._raw.fileno()).st_size
        if path.endswith(".gz"):
            self._stream: Any = io.BufferedReader(gzip.GzipFile(fileobj=self._raw, mode="rb"), buffer_size=1 << 16)
        else:
            self._stream = self._raw

    def fraction_done(self) -> float | None:
        if not self._size or self._raw.closed:
            return None
        return min(1.0, self._raw.tell() / self._size)

    def close(self) -> None:
        self._stream.close()
        self._raw.close()


class CsvInput(_ByteStreamInput):
    def __init__(self, path: str, *, encoding: str = "utf-8", max_record_bytes: int = DEFAULT_MAX_RECORD_BYTES):
        super().__init__(path)
        try:
            self._records = CsvRecords(self._stream, encoding=encoding, max_record_bytes=max_record_bytes)
        except Exception:
            self.close()
            raise
        self.columns = self._records.header

    def records(self, mapping: ColumnMapping) -> Iterator[InputRecord]:
        index = {name: i for i, name in reversed(list(enumerate(self.columns)))}
        id_index = index.get(mapping.id_column) if mapping.id_column else None
        for row, (values, error, first_line) in enumerate(self._records):
            if values is None:
                recovered = lenient_fields(first_line)
                ad_id = recovered[id_index] if id_index is not None and id_index < len(recovered) else None
                if mapping.id_column is None:
                    ad_id = str(row)
                yield InputRecord(row=row, id=_clean_id(ad_id), error=error)
                continue
            yield make_record(row, lambda column: values[index[column]], mapping, error)


class JsonlInput(_ByteStreamInput):
    def __init__(self, path: str, *, encoding: str = "utf-8"):
        self._encoding = encoding
        self.columns = _peek_jsonl_keys(path, encoding)
        super().__init__(path)

    def records(self, mapping: ColumnMapping) -> Iterator[InputRecord]:
        row = 0
        for line in self._stream:
            if not line.strip():
                continue
            try:
                obj = json.loads(line.decode(self._encoding))
            except UnicodeDecodeError as exc:
                yield InputRecord(row=row, id=_fallback_id(row, mapping), error=f"undecodable_bytes: invalid {self._encoding} at byte {exc.start} of the line")
            except ValueError as exc:
                yield InputRecord(row=row, id=_fallback_id(row, mapping), error=f"invalid_json: {type(exc).__name__} at char {getattr(exc, 'pos', '?')}")
            else:
                if isinstance(obj, dict):
                    yield make_record(row, obj.get, mapping)
                else:
                    yield InputRecord(row=row, id=_fallback_id(row, mapping), error="invalid_json: the line is not a JSON object")
            row += 1


class ParquetInput(InputReader):
    def __init__(self, path: str, batch_size: int = 1024):
        import pyarrow.parquet as pq

        try:
            self._file = pq.ParquetFile(path)
        except Exception as exc:
            raise InputFormatError(f"cannot open {os.path.basename(path)!r} as Parquet ({type(exc).__name__})") from None
        self.columns = list(self._file.schema_arrow.names)
        self.total_rows = self._file.metadata.num_rows
        self._batch_size = batch_size
        self._rows_read = 0

    def records(self, mapping: ColumnMapping) -> Iterator[InputRecord]:
        row = 0
        for batch in self._file.iter_batches(batch_size=self._batch_size, columns=mapping.columns):
            data = {name: batch.column(name).to_pylist() for name in batch.schema.names}
            for i in range(batch.num_rows):
                yield make_record(row, lambda column: data[column][i], mapping)
                row += 1
            self._rows_read = row

    def fraction_done(self) -> float | None:
        return self._rows_read / self.total_rows if self.total_rows else None

    def close(self) -> None:
        self._file.close()


def make_record(row: int, get: Callable[[str], Any], mapping: ColumnMapping, error: str | None = None) -> InputRecord:
    ad_id = _clean_id(get(mapping.id_column)) if mapping.id_column else str(row)
    if mapping.text_column:
        return InputRecord(row=row, id=ad_id, text=_as_text(get(mapping.text_column)), error=error)
    fields = tuple((name, _as_text(get(column))) for name, column in mapping.fields)
    return InputRecord(row=row, id=ad_id, fields=fields, error=error)


def _as_text(value: Any) -> str:
    if value is None:
        return ""
    return value if isinstance(value, str) else str(value)


def _clean_id(value: Any) -> str | None:
    if value is None:
        return None
    text = _as_text(value).strip()
    return text or None


def _fallback_id(row: int, mapping: ColumnMapping) -> str | None:
    return None if mapping.id_column else str(row)


def _peek_jsonl_keys(path: str, encoding: str) -> list[str]:
    """Keys of the first objects in the file, in first-seen order (for column mapping)."""
    keys: dict[str, None] = {}
    opener = gzip.open if path.endswith(".gz") else open
    with opener(path, "rb") as stream:
        for i, line in enumerate(stream):
            if i >= JSONL_PEEK_LINES:
                break
            try:
                obj = json.loads(line.decode(encoding))
            except ValueError:
                continue
            if isinstance(obj, dict):
                keys.update(dict.fromkeys(obj))
    return list(keys)
