"""Scoring one chunk of input records, in this process or in a pool of worker processes.

Rows that cannot be scored (read errors, empty text, a field over the size limit) become
error rows here, before the screener sees them. If ``score_batch`` raises on a chunk, the
chunk is scored one ad at a time so the failure lands on the row that caused it.
A pool worker loads the screener once, in its initializer, and keeps it for every chunk.
"""

from __future__ import annotations

import functools
import importlib
import inspect
import os
import threading
import time
from collections import Counter
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, field
from typing import Any, Iterable, Iterator, Protocol, Sequence

from model.types import Ad, Screening
from service.batch.records import Chunk, InputRecord, error_code
from service.batch.results import OutputRow, error_row, screening_row


class ScreenerLike(Protocol):
    max_text_chars: int

    def score_batch(self, ads: Sequence[Ad], explain: bool = True) -> list[Screening]: ...


@dataclass(frozen=True)
class ScreenerSource:
    """How to get a screener in any process: a model artifact path, or a ``module:callable`` factory."""

    model_path: str | None = None
    factory: str | None = None
    # sha256 of the artifact when the run started: a worker (re)started later refuses a
    # model that was replaced on disk meanwhile, instead of mixing two models in one output.
    expected_sha256: str | None = None

    def load(self) -> ScreenerLike:
        if self.factory:
            module_name, _, attr = self.factory.partition(":")
            return getattr(importlib.import_module(module_name), attr)()
        from model.artifact import ArtifactError
        from model.screen import Screener

        screener = Screener.load(self.model_path)
        if self.expected_sha256 and screener.metadata.get("sha256") != self.expected_sha256:
            raise ArtifactError("the model artifact changed on disk during the run; rerun with --resume once it is stable")
        return screener

    def pinned(self) -> "ScreenerSource":
        """This source, pinned to the artifact as it is on disk now."""
        if self.factory:
            return self
        from model.artifact import DEFAULT_ARTIFACT, read_metadata

        return ScreenerSource(self.model_path, None, read_metadata(self.model_path or DEFAULT_ARTIFACT)["sha256"])


@dataclass
class ChunkStats:
    rows: int = 0
    scored: int = 0
    failed: int = 0
    flagged: int = 0
    bands: Counter = field(default_factory=Counter)
    indicators: Counter = field(default_factory=Counter)  # rows where each indicator fired
    errors: Counter = field(default_factory=Counter)  # failed rows per error code
    model_versions: set = field(default_factory=set)

    def add_row(self, out: OutputRow) -> None:
        self.rows += 1
        if out["model_version"]:
            self.model_versions.add(out["model_version"])
        if out["error"]:
            self.failed += 1
            self.errors[error_code(out["error"])] += 1
            return
        self.scored += 1
        self.bands[out["risk_band"]] += 1
        self.flagged += bool(out["flagged"])
        self.indicators.update(out["indicators"])

    def merge(self, other: "ChunkStats") -> None:
        self.rows += other.rows
        self.scored += other.scored
        self.failed += other.failed
        self.flagged += other.flagged
        self.bands.update(other.bands)
        self.indicators.update(other.indicators)
        self.errors.update(other.errors)
        self.model_versions |= other.model_versions

    def to_json(self) -> dict[str, Any]:
        return {
            "rows": self.rows,
            "scored": self.scored,
            "failed": self.failed,
            "flagged": self.flagged,
            "bands": dict(self.bands),
            "indicators": dict(self.indicators),
            "errors": dict(self.errors),
            "model_versions": sorted(self.model_versions),
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> "ChunkStats":
        return cls(
            rows=data["rows"],
            scored=data["scored"],
            failed=data["failed"],
            flagged=data["flagged"],
            bands=Counter(data["bands"]),
            indicators=Counter(data["indicators"]),
            errors=Counter(data["errors"]),
            model_versions=set(data["model_versions"]),
        )


@dataclass(frozen=True)
class ScoredChunk:
    index: int
    first_row: int
    rows: list[OutputRow]
    stats: ChunkStats


SCORE_SLICE = 250


def score_chunk(screener: ScreenerLike, chunk: Chunk) -> ScoredChunk:
    version = _model_version(screener)
    limit = screener.max_text_chars
    out: list[OutputRow | None] = [None] * len(chunk.records)
    ads: list[Ad] = []
    slots: list[int] = []
    for i, record in enumerate(chunk.records):
        reason = record.error or _unscorable(record, limit)
        if reason:
            out[i] = error_row(record.row, record.id, reason, version)
            continue
        ads.append(_to_ad(record))
        slots.append(i)
    # scored SCORE_SLICE ads at a time: a chunk is the unit of checkpointing, a slice the
    # unit of work, so the worker's transient memory does not grow with --chunk-size
    for first in range(0, len(ads), SCORE_SLICE):
        screenings = _score_isolating_failures(screener, ads[first : first + SCORE_SLICE])
        for i, screening in zip(slots[first : first + SCORE_SLICE], screenings):
            record = chunk.records[i]
            out[i] = (
                screening_row(record.row, record.id, screening)
                if isinstance(screening, Screening)
                else error_row(record.row, record.id, screening, version)
            )
    stats = ChunkStats()
    for row in out:
        stats.add_row(row)
    return ScoredChunk(chunk.index, chunk.first_row, out, stats)  # type: ignore[arg-type]


def _score(screener: ScreenerLike, ads: list[Ad]) -> list[Screening]:
    """Output rows carry no model terms, so the screener need not compute them; a screener
    from ``--screener-factory`` may not take ``explain``."""
    if _takes_explain(type(screener)):
        return screener.score_batch(ads, explain=False)
    return screener.score_batch(ads)


@functools.lru_cache(maxsize=None)
def _takes_explain(screener_type: type) -> bool:
    try:
        return "explain" in inspect.signature(screener_type.score_batch).parameters
    except (TypeError, ValueError, AttributeError):
        return False


def _score_isolating_failures(screener: ScreenerLike, ads: list[Ad]) -> list[Screening | str]:
    if not ads:
        return []
    try:
        screenings = _score(screener, ads)
        if len(screenings) != len(ads):
            raise RuntimeError("score_batch returned a different number of results")
        return list(screenings)
    except Exception:
        results: list[Screening | str] = []
        for ad in ads:
            try:
                results.append(_score(screener, [ad])[0])
            except Exception as exc:  # the reason is the type only: exception text may quote the ad
                results.append(f"scoring_failed: {type(exc).__name__}")
        return results


def _unscorable(record: InputRecord, limit: int) -> str | None:
    parts = [("text", record.text or "")] if record.fields is None else list(record.fields)
    if not any(value.strip() for _, value in parts):
        return "empty_text: no ad text in this row"
    for name, value in parts:
        if len(value) > limit:
            return f"text_too_long: field {name} has {len(value)} characters, the limit is {limit}"
    return None


def _to_ad(record: InputRecord) -> Ad:
    if record.fields is None:
        return Ad.from_text(record.text or "", id=record.id)
    return Ad.from_fields(dict(record.fields), id=record.id)


def _model_version(screener: ScreenerLike) -> str | None:
    info = getattr(screener, "model_info", None)
    return getattr(info, "version", None)


# --- process pool -----------------------------------------------------------------------

_worker_screener: ScreenerLike | None = None  # one per worker process, set by the initializer


def _init_worker(source: ScreenerSource) -> None:
    global _worker_screener
    _exit_when_orphaned(os.getppid())
    _worker_screener = source.load()


def _exit_when_orphaned(parent: int, interval: float = 0.5) -> None:
    """If the main process is killed (SIGKILL), its workers must not linger, holding memory and pipes."""

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(interval)
        os._exit(1)

    threading.Thread(target=watch, name="parent-watch", daemon=True).start()


def _score_in_worker(chunk: Chunk) -> ScoredChunk:
    assert _worker_screener is not None, "worker was not initialised"
    return score_chunk(_worker_screener, chunk)


# A worker is replaced after this many chunks: the spaCy vocabulary grows with every new
# token string it sees, so a long run would otherwise creep upwards in memory. Reloading
# costs a few seconds per worker, about 1% of the time of 200 chunks of 1,000 ads.
WORKER_MAX_CHUNKS = 200


def score_chunks_in_order(
    chunks: Iterable[Chunk],
    *,
    jobs: int,
    source: ScreenerSource | None = None,
    screener: ScreenerLike | None = None,
    worker_max_chunks: int | None = WORKER_MAX_CHUNKS,
) -> Iterator[ScoredChunk]:
    """Score chunks, yielding results in input order. ``jobs > 1`` uses worker processes."""
    if jobs <= 1:
        local = screener if screener is not None else source.load()  # type: ignore[union-attr]
        for chunk in chunks:
            yield score_chunk(local, chunk)
        return
    if source is None:
        raise ValueError("--jobs > 1 needs a ScreenerSource that worker processes can load")
    import multiprocessing

    context = multiprocessing.get_context("spawn")
    in_flight: list[Future] = []
    pool = ProcessPoolExecutor(
        max_workers=jobs,
        mp_context=context,
        initializer=_init_worker,
        initargs=(source,),
        max_tasks_per_child=worker_max_chunks,
    )
    finished = False
    try:
        for chunk in chunks:
            in_flight.append(pool.submit(_score_in_worker, chunk))
            if len(in_flight) >= 2 * jobs:
                yield in_flight.pop(0).result()
        while in_flight:
            yield in_flight.pop(0).result()
        finished = True
    finally:
        # On an interruption, do not wait for chunks nobody will write.
        pool.shutdown(wait=finished, cancel_futures=True)
