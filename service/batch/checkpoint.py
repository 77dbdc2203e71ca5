"""The checkpoint of a run: ``OUTPUT.parts/`` with a manifest and one part file per chunk.

- ``manifest.json`` (written once, atomically) pins what the run reads and how it splits the
  input: input file identity, formats, column mapping, chunk size. ``--resume`` refuses to
  continue if any of these changed, since the chunks would no longer line up.
- ``part-NNNNNNNN.<ext>`` holds the output rows of chunk N; ``part-NNNNNNNN.json`` holds that
  chunk's counts and is written after the part, so a chunk is done exactly when its
  ``.json`` exists. Anything else (``*.tmp``, a part without its ``.json``) is redone.
"""

from __future__ import annotations

import json
import os
import shutil
from typing import Any

from service.batch.scoring import ChunkStats, ScoredChunk
from service.batch.writers import PART_EXTENSIONS, write_part

MANIFEST_VERSION = 1


class CheckpointError(RuntimeError):
    """The checkpoint cannot be used (or would be clobbered) as asked."""


def input_identity(path: str) -> dict[str, Any]:
    st = os.stat(path)
    return {"path": os.path.abspath(path), "size": st.st_size, "mtime_ns": st.st_mtime_ns}


class Checkpoint:
    def __init__(self, output: str, output_format: str):
        self.dir = output + ".parts"
        self.output_format = output_format
        self._ext = PART_EXTENSIONS[output_format]

    @property
    def manifest_path(self) -> str:
        return os.path.join(self.dir, "manifest.json")

    def part_path(self, index: int) -> str:
        return os.path.join(self.dir, f"part-{index:08d}.{self._ext}")

    def stats_path(self, index: int) -> str:
        return os.path.join(self.dir, f"part-{index:08d}.json")

    def exists(self) -> bool:
        return os.path.exists(self.manifest_path)

    def start(self, config: dict[str, Any], *, resume: bool) -> dict[int, dict[str, Any]]:
        """Create or reopen the checkpoint; returns the finished chunks' records by index."""
        config = {"version": MANIFEST_VERSION, **config}
        if os.path.isdir(self.dir) and not resume:
            raise CheckpointError(
                f"{self.dir} holds an unfinished run; pass --resume to continue it, or delete that directory to start over"
            )
        if resume and self.exists():
            with open(self.manifest_path, encoding="utf-8") as f:
                saved = json.load(f)
            changed = sorted(k for k in set(saved) | set(config) if saved.get(k) != config.get(k))
            if changed:
                raise CheckpointError(f"cannot resume: {', '.join(changed)} changed since the interrupted run")
            return self._finished()
        if os.path.isdir(self.dir):  # --resume with a directory but no manifest: nothing was committed
            shutil.rmtree(self.dir)
        os.makedirs(self.dir)
        _write_json_atomic(self.manifest_path, config)
        return {}

    def _finished(self) -> dict[int, dict[str, Any]]:
        done = {}
        for name in os.listdir(self.dir):
            if name.endswith(".tmp"):
                os.remove(os.path.join(self.dir, name))
            elif name.startswith("part-") and name.endswith(".json"):
                with open(os.path.join(self.dir, name), encoding="utf-8") as f:
                    record = json.load(f)
                if os.path.exists(self.part_path(record["chunk"])):
                    done[record["chunk"]] = record
        return done

    def commit(self, scored: ScoredChunk) -> dict[str, Any]:
        write_part(self.part_path(scored.index), self.output_format, scored.rows)
        record = {"chunk": scored.index, "first_row": scored.first_row, **scored.stats.to_json()}
        _write_json_atomic(self.stats_path(scored.index), record)
        return record

    def verify(self, chunks: dict[int, dict[str, Any]], rows_read: int) -> ChunkStats:
        """Check the parts cover rows 0..rows_read-1 once each, in order; return the run's totals."""
        total = ChunkStats()
        expected_row = 0
        for position, index in enumerate(sorted(chunks)):
            record = chunks[index]
            if index != position or record["first_row"] != expected_row:
                raise CheckpointError(f"chunk {position} is missing or misplaced in {self.dir}")
            expected_row += record["rows"]
            total.merge(ChunkStats.from_json(record))
        if expected_row != rows_read:
            raise CheckpointError(f"the parts hold {expected_row} rows but {rows_read} rows were read")
        if total.rows != total.scored + total.failed:
            raise CheckpointError(f"rows written {total.rows} != scored {total.scored} + failed {total.failed}")
        if len(total.model_versions) > 1:
            raise CheckpointError(
                f"the parts were scored by different models {sorted(total.model_versions)}; delete {self.dir} and rerun"
            )
        return total

    def part_paths(self, count: int) -> list[str]:
        return [self.part_path(i) for i in range(count)]

    def remove(self) -> None:
        shutil.rmtree(self.dir, ignore_errors=True)


def _write_json_atomic(path: str, data: dict[str, Any]) -> None:
    tmp = path + ".tmp"
    with open(tmp, "w", encoding="utf-8") as f:
        json.dump(data, f, sort_keys=True)
        f.flush()
        os.fsync(f.fileno())
    os.replace(tmp, path)
