"""Indicator detectors: cited red flags of fraudulent and trafficking-linked recruitment.

``IndicatorEngine.load()`` builds one blank spaCy pipeline and the detectors listed in
``registry.py`` from the data files beside this module (``taxonomy.json`` and
``patterns/<lang>/<family>.jsonl``).
"""

import model.indicators._spacy_import  # noqa: F401  (first: keeps torch out of the process)
from model.indicators.base import Detector, Hit, IndicatorInfo, Source
from model.indicators.engine import IndicatorEngine

__all__ = ["Detector", "Hit", "IndicatorEngine", "IndicatorInfo", "Source"]
