"""A CSV reader that never gives up on a file because of one bad line.

The file is read as bytes, one physical line at a time. A record is a run of lines with an
even number of quote characters in total (RFC 4180: quoted fields may hold newlines, an
escaped quote is ``""``), so record boundaries are found without decoding. Each record is
then decoded on its own and parsed with the ``csv`` module. Consequences:

- undecodable bytes spoil one record, which becomes an error row (``undecodable_bytes``);
- a record whose quotes never close, that grows past ``max_record_bytes``, or that parses to
  the wrong number of fields is cut back to its first physical line, which becomes an error
  row (``broken_csv_record`` / ``wrong_field_count``); reading resumes on the next line;
- blank lines are not records.

Every byte of the input ends up in exactly one record, so rows read = rows written.
"""

from __future__ import annotations

import csv
from collections import deque
from typing import BinaryIO, Iterator

DEFAULT_MAX_RECORD_BYTES = 8 * 1024 * 1024
QUOTE = b'"'


class CsvHeaderError(ValueError):
    """The first line of the file is not a usable CSV header."""


class CsvRecords:
    """Iterates ``(fields, error, first_line)`` over the data records of a CSV byte stream.

    ``fields`` is the list of values (None when the record is broken), ``error`` the reason a
    record cannot be scored (None when fine), ``first_line`` the first physical line, decoded
    leniently, for recovering an id from a broken record.
    """

    def __init__(self, stream: BinaryIO, encoding: str = "utf-8", max_record_bytes: int = DEFAULT_MAX_RECORD_BYTES):
        self._stream = stream
        self._encoding = encoding
        self._max_record_bytes = max_record_bytes
        self._pending: deque[bytes] = deque()
        if csv.field_size_limit() < max_record_bytes:
            csv.field_size_limit(max_record_bytes)
        self.header = self._read_header()

    def _next_line(self) -> bytes:
        if self._pending:
            return self._pending.popleft()
        return self._stream.readline()

    def _read_header(self) -> list[str]:
        line = self._next_line()
        while line and not line.strip():
            line = self._next_line()
        if not line:
            return []
        lines = [line]
        while sum(part.count(QUOTE) for part in lines) % 2 and sum(map(len, lines)) < self._max_record_bytes:
            more = self._next_line()
            if not more:
                break
            lines.append(more)
        try:
            text = b"".join(lines).decode(self._encoding)
            fields = _parse_one(text.lstrip("\ufeff"))
        except (UnicodeDecodeError, csv.Error, _NotOneRecord) as exc:
            raise CsvHeaderError(f"cannot read the CSV header line ({type(exc).__name__})") from None
        return [name.strip() for name in fields]

    def __iter__(self) -> Iterator[tuple[list[str] | None, str | None, str]]:
        width = len(self.header)
        while True:
            line = self._next_line()
            if not line:
                return
            if not line.strip():
                continue
            lines = [line]
            quotes = line.count(QUOTE)
            size = len(line)
            while quotes % 2 and size <= self._max_record_bytes:
                more = self._next_line()
                if not more:
                    break
                lines.append(more)
                quotes += more.count(QUOTE)
                size += len(more)
            first_line = line.decode(self._encoding, errors="replace")
            if quotes % 2:
                self._give_back(lines)
                yield None, "broken_csv_record: a quoted field is never closed", first_line
                continue
            raw = b"".join(lines)
            error = None
            try:
                text = raw.decode(self._encoding)
            except UnicodeDecodeError as exc:
                error = f"undecodable_bytes: invalid {self._encoding} at byte {exc.start} of the record"
                text = raw.decode(self._encoding, errors="replace")
            try:
                fields = _parse_one(text)
            except (csv.Error, _NotOneRecord):
                self._give_back(lines)
                yield None, "broken_csv_record: the line cannot be parsed as CSV", first_line
                continue
            if len(fields) != width:
                self._give_back(lines)
                reason = f"wrong_field_count: {len(fields)} fields, the header has {width}"
                if len(lines) > 1:
                    reason = "broken_csv_record: unbalanced quotes"
                yield None, reason, first_line
                continue
            yield fields, error, first_line

    def _give_back(self, lines: list[bytes]) -> None:
        """Keep only the first line as the broken record; re-read the others."""
        self._pending.extendleft(reversed(lines[1:]))


class _NotOneRecord(ValueError):
    pass


def _parse_one(text: str) -> list[str]:
    rows = list(csv.reader([text.rstrip("\r\n")]))
    if len(rows) != 1:
        raise _NotOneRecord
    return rows[0]


def lenient_fields(line: str) -> list[str]:
    """Best-effort split of a broken line, only to recover its id."""
    try:
        return next(csv.reader([line.rstrip("\r\n")]), [])
    except csv.Error:
        return line.rstrip("\r\n").split(",")
