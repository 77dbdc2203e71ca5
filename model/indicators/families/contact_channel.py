"""Contact channel: messaging apps and personal e-mail addresses offered as the way to apply."""

from model.indicators.family import PatternFamily


class ContactChannelDetector(PatternFamily):
    family = "contact_channel"
    indicator_ids = ("messaging_app_contact", "personal_email_contact")
