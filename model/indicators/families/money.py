"""Money: fees and deposits asked of the worker; costs repaid from future wages."""

from model.indicators.family import PatternFamily


class MoneyDetector(PatternFamily):
    family = "money"
    indicator_ids = ("fee_upfront", "debt_repaid_from_salary")
    cost_negation = True
