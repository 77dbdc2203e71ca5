"""``score_file``: read -> chunk -> score (in order, maybe in a pool) -> checkpoint -> output.

Memory stays flat: the reader streams, at most ``2 * jobs`` chunks are in flight, every
finished chunk goes straight to a part file, and only counters are kept. The output file
appears only once every row is accounted for.
"""

from __future__ import annotations

import os
import time
from dataclasses import dataclass, field
from typing import Any, Iterable, Iterator

from service.batch.checkpoint import Checkpoint, CheckpointError, input_identity
from service.batch.columns import resolve_columns
from service.batch.progress import Progress
from service.batch.readers import detect_format, open_input
from service.batch.records import Chunk, InputRecord
from service.batch.scoring import ScreenerLike, ScreenerSource, score_chunks_in_order
from service.batch.summary import build_summary
from service.batch.writers import assemble, output_format

DEFAULT_CHUNK_SIZE = 1000


@dataclass(frozen=True)
class ScoreOptions:
    input: str
    output: str
    input_format: str | None = None
    output_format: str | None = None
    text_column: str | None = None
    id_column: str | None = None
    fields: tuple[tuple[str, str], ...] = ()
    jobs: int = 1
    chunk_size: int = DEFAULT_CHUNK_SIZE
    resume: bool = False
    overwrite: bool = False
    encoding: str = "utf-8"
    progress: str = "auto"
    log_interval: float = 10.0
    source: ScreenerSource = field(default_factory=ScreenerSource)


class OutputExistsError(RuntimeError):
    pass


def score_file(options: ScoreOptions, screener: ScreenerLike | None = None) -> dict[str, Any]:
    """Score ``options.input`` into ``options.output``; returns the summary dict.

    ``screener`` (optional, ``jobs == 1`` only) is used as is instead of loading one from
    ``options.source``; tests pass a small fake here.
    """
    started = time.monotonic()
    in_fmt = detect_format(options.input, options.input_format)
    out_fmt = output_format(options.output, options.output_format)
    if options.chunk_size < 1 or options.jobs < 1:
        raise ValueError("--chunk-size and --jobs must be at least 1")
    if os.path.exists(options.output) and not options.overwrite:
        raise OutputExistsError(f"{options.output} already exists; pass --overwrite to replace it")

    with open_input(options.input, in_fmt, encoding=options.encoding) as reader:
        mapping = resolve_columns(
            reader.columns, text_column=options.text_column, id_column=options.id_column, fields=options.fields
        )
        checkpoint = Checkpoint(options.output, out_fmt)
        done = checkpoint.start(
            {
                "input": input_identity(options.input),
                "input_format": in_fmt,
                "output_format": out_fmt,
                "encoding": options.encoding,
                "columns": mapping.describe(),
                "chunk_size": options.chunk_size,
            },
            resume=options.resume,
        )
        progress = Progress(
            mode=options.progress,
            total=reader.total_rows,
            fraction_done=reader.fraction_done,
            log_interval=options.log_interval,
        )
        counter = _RowCounter()
        session_rows = 0
        try:
            chunks = _chunks(counter.count(reader.records(mapping)), options.chunk_size)
            todo = _skip_finished(chunks, done, progress)
            for scored in score_chunks_in_order(todo, jobs=options.jobs, source=options.source, screener=screener):
                done[scored.index] = checkpoint.commit(scored)
                session_rows += scored.stats.rows
                progress.update(scored.stats.rows)
        finally:
            progress.close()

    totals = checkpoint.verify(done, counter.rows)
    assemble(checkpoint.part_paths(len(done)), out_fmt, options.output)
    checkpoint.remove()
    return build_summary(
        totals,
        rows_read=counter.rows,
        elapsed=time.monotonic() - started,
        rows_this_session=session_rows,
        engine="local",
        input_path=options.input,
        output_path=options.output,
        jobs=options.jobs,
    )


class _RowCounter:
    def __init__(self) -> None:
        self.rows = 0

    def count(self, records: Iterable[InputRecord]) -> Iterator[InputRecord]:
        for record in records:
            self.rows += 1
            yield record


def _chunks(records: Iterable[InputRecord], size: int) -> Iterator[Chunk]:
    batch: list[InputRecord] = []
    index = 0
    first_row = 0
    for record in records:
        batch.append(record)
        if len(batch) == size:
            yield Chunk(index, first_row, tuple(batch))
            index, first_row, batch = index + 1, first_row + size, []
    if batch:
        yield Chunk(index, first_row, tuple(batch))


def _skip_finished(chunks: Iterable[Chunk], done: dict[int, dict], progress: Progress) -> Iterator[Chunk]:
    for chunk in chunks:
        if chunk.index in done:
            record = done[chunk.index]
            if record["first_row"] != chunk.first_row or record["rows"] != len(chunk.records):
                raise CheckpointError(f"chunk {chunk.index} of the checkpoint does not match the input any more")
            progress.update(len(chunk.records), skipped=True)
            continue
        yield chunk
