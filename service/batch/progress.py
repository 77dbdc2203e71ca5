"""Progress on stderr: a tqdm bar on a terminal, plain periodic lines otherwise.

Only counts are reported, never ad text. When the number of rows is not known in advance
(CSV, JSONL) it is estimated from how far through the file the reader is, for the ETA.
"""

from __future__ import annotations

import sys
import time
from typing import Callable, TextIO

MODES = ("auto", "bar", "log", "none")


class Progress:
    def __init__(
        self,
        *,
        mode: str = "auto",
        total: int | None = None,
        fraction_done: Callable[[], float | None] = lambda: None,
        stream: TextIO | None = None,
        log_interval: float = 10.0,
        initial: int = 0,
    ):
        self._stream = stream or sys.stderr
        if mode == "auto":
            mode = "bar" if getattr(self._stream, "isatty", lambda: False)() else "log"
        self.mode = mode
        self._total = total
        self._fraction_done = fraction_done
        self._interval = log_interval
        self._start = time.monotonic()
        self._last_log = self._start
        self.done = initial
        self._session_rows = 0
        self._bar = None
        if mode == "bar":
            from tqdm import tqdm

            self._bar = tqdm(total=total, initial=initial, unit=" rows", file=self._stream, dynamic_ncols=True, smoothing=0.1)

    def update(self, rows: int, *, skipped: bool = False) -> None:
        """Count ``rows`` more as done; ``skipped`` rows came from a checkpoint, not scoring."""
        self.done += rows
        if not skipped:
            self._session_rows += rows
        estimate = self._estimated_total()
        if self._bar is not None:
            if estimate is not None and estimate != self._bar.total:
                self._bar.total = estimate
            self._bar.update(rows)
        elif self.mode == "log":
            now = time.monotonic()
            if now - self._last_log >= self._interval:
                self._last_log = now
                self._log_line(now, estimate)

    def _estimated_total(self) -> int | None:
        if self._total is not None:
            return self._total
        fraction = self._fraction_done()
        if fraction and fraction > 0.001:
            return max(self.done, int(self.done / fraction))
        return None

    def _log_line(self, now: float, estimate: int | None) -> None:
        elapsed = now - self._start
        rate = self._session_rows / elapsed if elapsed > 0 else 0.0
        parts = [f"{self.done} rows done", f"{rate:,.0f} rows/s"]
        if estimate:
            parts.insert(1, f"{100 * self.done / estimate:.1f}%")
            if rate > 0:
                parts.append(f"ETA {_clock((estimate - self.done) / rate)}")
        print(time.strftime("%H:%M:%S") + " score: " + ", ".join(parts), file=self._stream, flush=True)

    def close(self) -> None:
        if self._bar is not None:
            self._bar.close()


def _clock(seconds: float) -> str:
    seconds = max(0, int(seconds))
    return f"{seconds // 3600}:{seconds % 3600 // 60:02d}:{seconds % 60:02d}"
