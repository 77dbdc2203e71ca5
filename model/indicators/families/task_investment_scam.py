"""Task and investment scams: paid liking/rating/'optimising' tasks, deposits or crypto top-ups."""

from model.indicators.family import PatternFamily


class TaskInvestmentScamDetector(PatternFamily):
    family = "task_investment_scam"
    indicator_ids = ("task_scam", "crypto_deposit")
    cost_negation = True
