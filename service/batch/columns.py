"""Which input columns hold the ad and its id.

Rules, in order:
- ``--text-column C``: free-text mode on column C.
- ``--field NAME=COLUMN`` (repeatable): structured mode with an explicit mapping.
- otherwise a column named ``text`` means free-text mode, and columns named like
  ``model.types.STRUCTURED_FIELDS`` (at least one of the long text fields) mean structured
  mode; this is how the EMSCAD layout is recognised.
- the id is ``--id-column C``, else a column ``id``, else ``job_id`` (EMSCAD), else none
  (the output id is then the row number).

A column that is asked for but absent is an error that lists the columns found.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Sequence

from model.types import FREE_TEXT_FIELD, STRUCTURED_FIELDS, TEXT_FIELDS

ID_COLUMN_CANDIDATES: tuple[str, ...] = ("id", "job_id")


class ColumnError(ValueError):
    """The input does not have the columns the scorer needs."""


@dataclass(frozen=True)
class ColumnMapping:
    id_column: str | None
    text_column: str | None = None
    fields: tuple[tuple[str, str], ...] = ()  # (structured field name, input column)

    @property
    def columns(self) -> list[str]:
        """Input columns that are read, id first."""
        wanted = [self.id_column] if self.id_column else []
        wanted += [self.text_column] if self.text_column else [column for _, column in self.fields]
        return list(dict.fromkeys(wanted))

    def describe(self) -> dict:
        return {"id_column": self.id_column, "text_column": self.text_column, "fields": [list(pair) for pair in self.fields]}


def parse_field_options(options: Sequence[str] | None) -> tuple[tuple[str, str], ...]:
    """``["title=headline", "description=body"]`` -> ``(("title", "headline"), ...)``."""
    pairs = []
    for option in options or ():
        name, sep, column = option.partition("=")
        if not sep or not name.strip() or not column.strip():
            raise ColumnError(f"--field expects NAME=COLUMN, got {option!r}")
        name = name.strip()
        if name not in STRUCTURED_FIELDS:
            raise ColumnError(f"--field {name!r} is not a structured field; expected one of {list(STRUCTURED_FIELDS)}")
        pairs.append((name, column.strip()))
    return tuple(pairs)


def resolve_columns(
    found: Sequence[str],
    *,
    text_column: str | None = None,
    id_column: str | None = None,
    fields: Sequence[tuple[str, str]] = (),
) -> ColumnMapping:
    found_list = list(found)
    present = set(found_list)

    def missing(what: str, names: Sequence[str]) -> ColumnError:
        return ColumnError(f"{what} not found in the input: {list(names)}; columns found: {found_list}")

    if text_column and fields:
        raise ColumnError("use either --text-column or --field, not both")

    if id_column is not None:
        if id_column not in present:
            raise missing("id column", [id_column])
        resolved_id = id_column
    else:
        resolved_id = next((c for c in ID_COLUMN_CANDIDATES if c in present), None)

    if text_column is not None:
        if text_column not in present:
            raise missing("text column", [text_column])
        return ColumnMapping(id_column=resolved_id, text_column=text_column)

    if fields:
        absent = [column for _, column in fields if column not in present]
        if absent:
            raise missing("field columns", absent)
        return ColumnMapping(id_column=resolved_id, fields=tuple(fields))

    if FREE_TEXT_FIELD in present:
        return ColumnMapping(id_column=resolved_id, text_column=FREE_TEXT_FIELD)

    structured = tuple((name, name) for name in STRUCTURED_FIELDS if name in present)
    if any(name in TEXT_FIELDS for name, _ in structured):
        return ColumnMapping(id_column=resolved_id, fields=structured)

    raise ColumnError(
        "no ad text column: pass --text-column, or --field NAME=COLUMN, or provide a 'text' column "
        f"or structured columns such as {list(TEXT_FIELDS)}; columns found: {found_list}"
    )
