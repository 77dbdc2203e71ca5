"""Employer identity: details only in private chat, duties not described, employer name withheld."""

from model.indicators.family import PatternFamily


class EmployerIdentityDetector(PatternFamily):
    family = "employer_identity"
    indicator_ids = ("details_in_private_chat", "vague_duties", "undisclosed_employer")
