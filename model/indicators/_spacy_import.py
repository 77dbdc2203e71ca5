"""Import spaCy without letting it pull in PyTorch.

spaCy's machine-learning layer (thinc) imports ``torch`` whenever it is installed, to offer
GPU and PyTorch models. The indicator engine uses a blank pipeline (tokenizer and matchers
only) and never needs it, but the import alone costs about 250 MB of resident memory and a
second or two per process: in an analyst's environment that also has PyTorch, every batch
worker and every server worker would pay it. While spaCy is first imported, ``torch`` is
hidden from the import system; afterwards it is importable again as usual. If spaCy (or
torch) was already imported, nothing changes.
"""

from __future__ import annotations

import importlib.abc
import sys


class _HideTorch(importlib.abc.MetaPathFinder):
    def find_spec(self, fullname, path=None, target=None):  # noqa: D401 - import protocol
        if fullname == "torch" or fullname.startswith("torch."):
            raise ModuleNotFoundError(f"{fullname} hidden while importing spaCy (adscreen needs no torch)")
        return None


def import_spacy_without_torch() -> None:
    if "spacy" in sys.modules or "torch" in sys.modules:
        return
    finder = _HideTorch()
    sys.meta_path.insert(0, finder)
    try:
        import spacy  # noqa: F401
        import spacy.matcher  # noqa: F401
        import spacy.tokens  # noqa: F401
    finally:
        sys.meta_path.remove(finder)


import_spacy_without_torch()
