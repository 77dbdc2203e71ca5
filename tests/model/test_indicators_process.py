"""Table tests for the process indicator family: (text, expected [(indicator, words)]) rows.

Positive rows give the exact words that must be reported; negative rows are legitimate
look-alikes that must report nothing from this family.
"""

import pytest

from indicator_tables import found_in

from model.indicators import IndicatorEngine

FAMILY = ('no_interview', 'hired_immediately', 'guaranteed_placement', 'urgency', 'secrecy')


def found(engine: IndicatorEngine, text: str) -> list[tuple[str, str]]:
    return found_in(engine, text, FAMILY)


POSITIVES = [
    pytest.param("No interview, hired on the spot!", [('hired_immediately', 'hired on the spot'), ('no_interview', 'No interview')], id='en_no_interview_hired_on_the_spot'),
    pytest.param("Urgent hiring, guaranteed job abroad.", [('guaranteed_placement', 'guaranteed job'), ('urgency', 'Urgent hiring')], id='en_guaranteed_job_urgent'),
    pytest.param("Please do not tell your family about this offer.", [('secrecy', 'do not tell your family')], id='en_do_not_tell_family'),
    pytest.param("免面试，直接上岗，急招", [('hired_immediately', '直接上岗'), ('no_interview', '免面试'), ('urgency', '急招')], id='zh_no_interview_direct_start'),
    pytest.param("包就業", [('guaranteed_placement', '包就業')], id='zh_traditional_guaranteed'),
    pytest.param("Tuyển gấp, không cần phỏng vấn", [('no_interview', 'không cần phỏng vấn'), ('urgency', 'Tuyển gấp')], id='vi_urgent_no_interview'),
    pytest.param("รับด่วน ไม่ต้องสัมภาษณ์", [('no_interview', 'ไม่ต้องสัมภาษณ์'), ('urgency', 'รับด่วน')], id='th_urgent_no_interview'),
    pytest.param("Tanpa wawancara, pasti diterima", [('guaranteed_placement', 'pasti diterima'), ('no_interview', 'Tanpa wawancara')], id='id_no_interview_sure_accepted'),
    pytest.param("Sure job, hired agad!", [('guaranteed_placement', 'Sure job'), ('hired_immediately', 'hired agad')], id='tl_sure_job_hired_agad'),
    pytest.param("Sin entrevista, empleo garantizado", [('guaranteed_placement', 'empleo garantizado'), ('no_interview', 'Sin entrevista')], id='es_no_interview_guaranteed'),
    pytest.param("급구 면접 없이 즉시 채용", [('hired_immediately', '즉시 채용'), ('no_interview', '면접 없이'), ('urgency', '급구')], id='ko_no_interview_urgent'),
    pytest.param("急募、面接なし、即日採用", [('hired_immediately', '即日採用'), ('no_interview', '面接なし'), ('urgency', '急募')], id='ja_no_interview_urgent'),
    pytest.param('Start tomorrow, no paperwork.', [('hired_immediately', 'Start tomorrow')], id='en_start_tomorrow'),
    pytest.param('Interview via Telegram only, no calls.', [('no_interview', 'Interview via Telegram')], id='en_chat_only_interview'),
    pytest.param('No le digas a tu familia hasta que llegues.', [('secrecy', 'No le digas a tu familia')], id='es_no_le_digas'),
    pytest.param('Ya tengo tu lugar, nos vamos este viernes.', [('urgency', 'nos vamos este viernes')], id='es_nos_vamos_viernes'),
    pytest.param('Jangan bilang ortu dulu ya.', [('secrecy', 'Jangan bilang ortu')], id='id_jangan_bilang_ortu'),
    pytest.param('Yung slot mo sure na, ready ka lang.', [('guaranteed_placement', 'sure na')], id='tl_slot_sure_na'),
    pytest.param('Suất cuối cùng tháng này.', [('urgency', 'Suất cuối cùng')], id='vi_suat_cuoi'),
    pytest.param('这件事不要跟家人说', [('secrecy', '不要跟家人')], id='zh_dont_tell_family'),
    pytest.param('부모님한테는 말하지 마', [('secrecy', '부모님한테는 말하지 마')], id='ko_dont_tell_parents'),
    pytest.param('締切間近、お急ぎください', [('urgency', '締切間近')], id='ja_deadline_close'),
    pytest.param('Flight paid, no interview no requirements.', [('no_interview', 'no interview')], id='en_no_interview_before_spanish_like_no'),
    pytest.param('A tu familia no le digas a qué vas.', [('secrecy', 'A tu familia no le digas')], id='es_a_tu_familia_no_le_digas'),
    pytest.param('Ko cần pv, đi làm luôn.', [('no_interview', 'Ko cần pv')], id='vi_ko_can_pv'),
    pytest.param('อย่าบอกที่บ้านนะ', [('secrecy', 'อย่าบอกที่บ้าน')], id='th_dont_tell_home'),
    pytest.param('Just go, dont tell family yet.', [('secrecy', 'dont tell family')], id='en_dont_tell_family'),
]

NEGATIVES = [
    pytest.param("Shortlisted candidates will be invited to two interviews.", id='en_normal_process'),
    pytest.param("Handle time-sensitive material like confidential, urgent packages.", id='en_urgent_packages_duty'),
    pytest.param("All applications will be treated in strict confidence.", id='en_confidential_application'),
    pytest.param('Interviews are held by phone and in person.', id='en_interview_by_phone'),
    pytest.param('Ha sido seleccionado tras tres entrevistas con el equipo.', id='es_selected_after_interviews'),
    pytest.param("구인광고 위험 신호: '면접 없음', '즉시 출근'", id='ko_warning_signals_list'),
    pytest.param('こんな求人は要注意：「面接なし」', id='ja_youchuui_list'),
    pytest.param("Dấu hiệu lừa đảo: 'không cần phỏng vấn'", id='vi_dau_hieu_list'),
    pytest.param("Ciri loker palsu: 'tanpa interview'", id='id_ciri_loker_list'),
]


@pytest.mark.parametrize(("text", "expected"), POSITIVES)
def test_when_process_cue_is_present_then_its_words_are_the_span(engine, text, expected):
    assert found(engine, text) == sorted(expected)


@pytest.mark.parametrize("text", NEGATIVES)
def test_when_ad_is_a_legitimate_look_alike_then_no_process_indicator_fires(engine, text):
    assert found(engine, text) == []
