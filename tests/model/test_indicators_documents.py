"""Table tests for the documents indicator family: (text, expected [(indicator, words)]) rows.

Positive rows give the exact words that must be reported; negative rows are legitimate
look-alikes that must report nothing from this family.
"""

import pytest

from indicator_tables import found_in

from model.indicators import IndicatorEngine

FAMILY = ('documents_at_application', 'employer_keeps_passport', 'full_body_photo')


def found(engine: IndicatorEngine, text: str) -> list[tuple[str, str]]:
    return found_in(engine, text, FAMILY)


POSITIVES = [
    pytest.param("Send a passport copy and your bank account details to apply.", [('documents_at_application', 'bank account details'), ('documents_at_application', 'passport copy')], id='en_passport_copy_and_bank'),
    pytest.param("The company will keep your passport during the contract.", [('employer_keeps_passport', 'company will keep your passport')], id='en_company_keeps_passport'),
    pytest.param("Attach a full body photo.", [('full_body_photo', 'full body photo')], id='en_full_body_photo'),
    pytest.param("护照由公司统一保管", [('employer_keeps_passport', '护照由公司统一保管')], id='zh_passport_kept'),
    pytest.param("請附全身照", [('full_body_photo', '全身照')], id='zh_traditional_full_body'),
    pytest.param("Công ty giữ hộ chiếu của nhân viên", [('employer_keeps_passport', 'Công ty giữ hộ chiếu')], id='vi_passport_kept'),
    pytest.param("บริษัทเก็บพาสปอร์ต", [('employer_keeps_passport', 'บริษัทเก็บพาสปอร์ต')], id='th_passport_kept'),
    pytest.param("Paspor ditahan oleh agen", [('employer_keeps_passport', 'Paspor ditahan')], id='id_passport_held'),
    pytest.param("Kukunin ang passport pagdating", [('employer_keeps_passport', 'Kukunin ang passport')], id='tl_passport_taken'),
    pytest.param("Envía una foto de cuerpo entero", [('full_body_photo', 'foto de cuerpo entero')], id='es_full_body_photo'),
    pytest.param("전신사진 보내주세요", [('full_body_photo', '전신사진')], id='ko_full_body_photo'),
    pytest.param("パスポートを預かります", [('employer_keeps_passport', 'パスポートを預か')], id='ja_passport_kept'),
    pytest.param('Passports are kept by the office during the contract.', [('employer_keeps_passport', 'Passports are kept')], id='en_passports_are_kept'),
    pytest.param('Pakisend ng passport para ma-check.', [('documents_at_application', 'Pakisend ng passport')], id='tl_pakisend_passport'),
    pytest.param('请先提供身份证正反面', [('documents_at_application', '提供身份证正反面')], id='zh_id_both_sides'),
    pytest.param('여권은 회사가 보관합니다', [('employer_keeps_passport', '여권은 회사가 보관')], id='ko_passport_company_keeps'),
    pytest.param('El pasaporte queda en la oficina durante todo el contrato.', [('employer_keeps_passport', 'El pasaporte queda en')], id='es_pasaporte_queda_en_oficina'),
    pytest.param('Gửi sổ hộ khẩu để làm hồ sơ.', [('documents_at_application', 'sổ hộ khẩu')], id='vi_so_ho_khau'),
    pytest.param('Tinggal kirim buku tabungan ke kami.', [('documents_at_application', 'kirim buku tabungan')], id='id_kirim_buku_tabungan'),
]

NEGATIVES = [
    pytest.param("We never keep your passport; it stays with you.", id='en_never_keep_passports'),
    pytest.param("A valid passport is required for international travel.", id='en_passport_needed_for_travel'),
    pytest.param("Please attach your portfolio and a cover letter.", id='en_portfolio_photos'),
    pytest.param('Passports are never kept by the employer.', id='en_passports_are_never_kept'),
    pytest.param('Ứng viên giữ hộ chiếu của mình suốt thời gian làm việc.', id='vi_candidate_keeps_own_passport'),
    pytest.param('護照由本人自行保管', id='zh_candidate_keeps_own_passport'),
]


@pytest.mark.parametrize(("text", "expected"), POSITIVES)
def test_when_documents_cue_is_present_then_its_words_are_the_span(engine, text, expected):
    assert found(engine, text) == sorted(expected)


@pytest.mark.parametrize("text", NEGATIVES)
def test_when_ad_is_a_legitimate_look_alike_then_no_documents_indicator_fires(engine, text):
    assert found(engine, text) == []
