"""What the batch scorer passes between reading, scoring and writing.

An ``InputRecord`` is one row of the input, already mapped to an id and either a free
text or structured fields. A row that could not be read carries its reason in ``error``
and is never dropped: it becomes an output row with that reason.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class InputRecord:
    row: int  # 0-based position among the data rows of the input
    id: str | None
    text: str | None = None
    fields: tuple[tuple[str, str], ...] | None = None
    error: str | None = None


@dataclass(frozen=True)
class Chunk:
    index: int
    first_row: int
    records: tuple[InputRecord, ...]


def error_code(error: str) -> str:
    """The stable code at the front of an error string ("text_too_long: ..." -> "text_too_long")."""
    return error.split(":", 1)[0].strip()
