"""The one explicit list of indicator detectors.

Adding or removing a detector is a visible diff here and in
``tests/model/golden/indicator_ids.json``.
"""

from __future__ import annotations

from model.indicators.base import Detector
from model.indicators.families.contact_channel import ContactChannelDetector
from model.indicators.families.documents import DocumentsDetector
from model.indicators.families.employer_identity import EmployerIdentityDetector
from model.indicators.families.exploitative_terms import ExploitativeTermsDetector
from model.indicators.families.money import MoneyDetector
from model.indicators.families.process import ProcessDetector
from model.indicators.families.scam_hub import ScamHubDetector
from model.indicators.families.task_investment_scam import TaskInvestmentScamDetector
from model.indicators.families.too_good_offer import TooGoodOfferDetector
from model.indicators.families.travel_visa import TravelVisaDetector
from model.indicators.negation import Negation
from model.indicators.patterns import PatternIndex

DETECTORS = (
    MoneyDetector,
    TooGoodOfferDetector,
    ScamHubDetector,
    TravelVisaDetector,
    ContactChannelDetector,
    ProcessDetector,
    DocumentsDetector,
    EmployerIdentityDetector,
    ExploitativeTermsDetector,
    TaskInvestmentScamDetector,
)


def build_detectors(index: PatternIndex, negation: Negation) -> list[Detector]:
    return [cls(index, negation) for cls in DETECTORS]


def registered_indicator_ids() -> list[str]:
    """Every indicator id a registered detector can report, sorted."""
    return sorted(i for cls in DETECTORS for i in cls.indicator_ids)
