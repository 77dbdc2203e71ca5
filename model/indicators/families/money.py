"""Money: fees and deposits asked of the worker; costs repaid from future wages; jobs that
pass money, cheques or parcels through the worker (fake cheques, money mules, reshipping)."""

from model.indicators.family import PatternFamily


class MoneyDetector(PatternFamily):
    family = "money"
    indicator_ids = ("fee_upfront", "debt_repaid_from_salary", "money_transfer_role")
    cost_negation = True
