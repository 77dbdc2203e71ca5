"""Identity and documents: papers or bank details at application, passports kept, full-body photos."""

from model.indicators.family import PatternFamily


class DocumentsDetector(PatternFamily):
    family = "documents"
    indicator_ids = ("documents_at_application", "employer_keeps_passport", "full_body_photo")
