"""Table tests for the employer_identity indicator family: (text, expected [(indicator, words)]) rows.

Positive rows give the exact words that must be reported; negative rows are legitimate
look-alikes that must report nothing from this family.
"""

import pytest

from indicator_tables import found_in

from model.indicators import IndicatorEngine

FAMILY = ('details_in_private_chat', 'vague_duties', 'undisclosed_employer')


def found(engine: IndicatorEngine, text: str) -> list[tuple[str, str]]:
    return found_in(engine, text, FAMILY)


POSITIVES = [
    pytest.param("Great job abroad, DM for details.", [('details_in_private_chat', 'DM for details')], id='en_dm_for_details'),
    pytest.param("Job details will be explained later.", [('vague_duties', 'details will be explained')], id='en_details_explained_later'),
    pytest.param("Company name will be disclosed after you accept.", [('undisclosed_employer', 'Company name will be disclosed')], id='en_company_name_withheld'),
    pytest.param("详情私聊", [('details_in_private_chat', '私聊')], id='zh_private_chat'),
    pytest.param("有意私訊詳聊", [('details_in_private_chat', '有意私'), ('details_in_private_chat', '詳聊')], id='zh_traditional_private_chat'),
    pytest.param("Chi tiết inbox riêng", [('details_in_private_chat', 'Chi tiết inbox riêng')], id='vi_inbox_private'),
    pytest.param("รายละเอียดทักแชท", [('details_in_private_chat', 'รายละเอียดทักแชท')], id='th_chat_for_details'),
    pytest.param("Info lengkap japri", [('details_in_private_chat', 'Info lengkap japri')], id='id_private_message'),
    pytest.param("Interested? PM po", [('details_in_private_chat', 'Interested? PM po')], id='tl_pm_po'),
    pytest.param("Info por privado", [('details_in_private_chat', 'Info por privado')], id='es_private_message'),
    pytest.param("자세한 내용은 개인톡", [('details_in_private_chat', '자세한 내용은 개인톡')], id='ko_private_talk'),
    pytest.param("詳細はDMで", [('details_in_private_chat', '詳細はDM')], id='ja_dm_for_details'),
    pytest.param('Good salary. PM for company info.', [('details_in_private_chat', 'PM for company info')], id='en_pm_for_company_info'),
    pytest.param('Company name will be disclosed after selection.', [('undisclosed_employer', 'Company name will be disclosed after selection')], id='en_company_after_selection'),
    pytest.param('Nama perusahaan belum bisa disebut sekarang.', [('undisclosed_employer', 'Nama perusahaan belum bisa disebut')], id='id_nama_perusahaan_belum'),
    pytest.param('Hindi pa pwede sabihin ang company name.', [('undisclosed_employer', 'Hindi pa pwede sabihin ang company name')], id='tl_hindi_pa_pwede'),
    pytest.param('公司資料錄取後告知', [('undisclosed_employer', '公司資料錄取後告知')], id='zh_company_after_hiring'),
    pytest.param('ไม่สะดวกแจ้งชื่อบริษัท', [('undisclosed_employer', 'ไม่สะดวกแจ้งชื่อบริษัท')], id='th_no_company_name'),
    pytest.param('Vacantes disponibles, info al priv.', [('details_in_private_chat', 'info al priv')], id='es_info_al_priv'),
]

NEGATIVES = [
    pytest.param("Acme Logistics Ltd, 12 Harbour Road, Leeds. Duties: scheduling deliveries and invoicing.", id='en_named_employer_with_duties'),
    pytest.param("For details contact our HR department at the address below.", id='en_contact_hr_for_details'),
    pytest.param('Acme Logistics Ltd, 12 Harbour Road, details on our website.', id='en_company_named'),
]


@pytest.mark.parametrize(("text", "expected"), POSITIVES)
def test_when_employer_identity_cue_is_present_then_its_words_are_the_span(engine, text, expected):
    assert found(engine, text) == sorted(expected)


@pytest.mark.parametrize("text", NEGATIVES)
def test_when_ad_is_a_legitimate_look_alike_then_no_employer_identity_indicator_fires(engine, text):
    assert found(engine, text) == []
