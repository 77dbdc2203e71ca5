"""Which heavy modules a fresh interpreter has imported after running some code.

Memory-sensitive paths (serving, batch workers, the batch main process) must not import
libraries they do not use; the tests check that in a new process, where nothing else has
imported them first."""

from __future__ import annotations

import subprocess
import sys
from typing import Iterable


def modules_loaded_by(code: str, candidates: Iterable[str]) -> list[str]:
    """The ``candidates`` present in ``sys.modules`` after ``code`` runs in a new interpreter."""
    names = sorted(candidates)
    probe = f"{code}\nimport sys\nprint(','.join(m for m in {names!r} if m in sys.modules))\n"
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    return [m for m in out.stdout.strip().split(",") if m]
