"""Table tests for the scam_hub indicator family: (text, expected [(indicator, words)]) rows.

Positive rows give the exact words that must be reported; negative rows are legitimate
look-alikes that must report nothing from this family.
"""

import pytest

from indicator_tables import found_in

from model.indicators import IndicatorEngine

FAMILY = ('scam_hub_destination', 'overseas_scam_sector_role')


def found(engine: IndicatorEngine, text: str) -> list[tuple[str, str]]:
    return found_in(engine, text, FAMILY)


POSITIVES = [
    pytest.param("Customer service staff needed in Sihanoukville.", [('overseas_scam_sector_role', 'Customer service'), ('scam_hub_destination', 'Sihanoukville')], id='en_customer_service_in_sihanoukville'),
    pytest.param("Typist wanted, KK Park, Myawaddy.", [('overseas_scam_sector_role', 'Typist'), ('scam_hub_destination', 'KK Park'), ('scam_hub_destination', 'Myawaddy')], id='en_typist_at_kk_park'),
    pytest.param("Hotel staff for the Golden Triangle Special Economic Zone.", [('scam_hub_destination', 'Golden Triangle Special Economic Zone')], id='en_golden_triangle_sez_alone_is_weak_cue'),
    pytest.param("西港招聘客服", [('overseas_scam_sector_role', '客服'), ('scam_hub_destination', '西港')], id='zh_customer_service_xigang'),
    pytest.param("緬北高薪打字員", [('overseas_scam_sector_role', '打字員'), ('scam_hub_destination', '緬北')], id='zh_traditional_myanmar_north'),
    pytest.param("Tuyển CSKH làm việc tại Campuchia", [('overseas_scam_sector_role', 'CSKH'), ('scam_hub_destination', 'Campuchia')], id='vi_cskh_in_cambodia'),
    pytest.param("รับสมัครแอดมิน ทำงานที่กัมพูชา", [('overseas_scam_sector_role', 'แอดมิน'), ('scam_hub_destination', 'กัมพูชา')], id='th_admin_in_cambodia'),
    pytest.param("Dicari layanan pelanggan di Kamboja", [('overseas_scam_sector_role', 'layanan pelanggan'), ('scam_hub_destination', 'Kamboja')], id='id_customer_service_in_cambodia'),
    pytest.param("Hiring chat support sa Kambodya", [('overseas_scam_sector_role', 'chat support'), ('scam_hub_destination', 'Kambodya')], id='tl_chat_support_in_cambodia'),
    pytest.param("Atención al cliente en Camboya", [('overseas_scam_sector_role', 'Atención al cliente'), ('scam_hub_destination', 'Camboya')], id='es_customer_service_in_cambodia'),
    pytest.param("캄보디아 콜센터 상담원 모집", [('overseas_scam_sector_role', '상담원'), ('overseas_scam_sector_role', '콜센터'), ('scam_hub_destination', '캄보디아')], id='ko_call_center_in_cambodia'),
    pytest.param("カンボジアで翻訳のお仕事", [('overseas_scam_sector_role', '翻訳'), ('scam_hub_destination', 'カンボジア')], id='ja_translation_in_cambodia'),
    pytest.param('Looking for typists abroad, start next month.', [('overseas_scam_sector_role', 'typists')], id='en_typists_abroad'),
    pytest.param('Online casino chat agents wanted in Dubai.', [('overseas_scam_sector_role', 'Online casino'), ('scam_hub_destination', 'Dubai')], id='en_dubai_with_scam_role'),
    pytest.param('Perusahaan luar negeri cari marketing online.', [('overseas_scam_sector_role', 'marketing online')], id='id_marketing_online_luar_negeri'),
    pytest.param('รับพนักงานเกมออนไลน์ ทำงานแถวชายแดน', [('overseas_scam_sector_role', 'เกมออนไลน์'), ('scam_hub_destination', 'ชายแดน')], id='th_game_role_at_border'),
    pytest.param('매솟 채팅 업무 모집', [('overseas_scam_sector_role', '채팅 업무'), ('scam_hub_destination', '매솟')], id='ko_mae_sot_chat'),
    pytest.param('Soporte para casino online en Myawaddy.', [('overseas_scam_sector_role', 'Soporte para casino online'), ('scam_hub_destination', 'Myawaddy')], id='es_casino_online_myawaddy'),
]

NEGATIVES = [
    pytest.param("Casino dealer at Marina Bay Sands, Singapore, apply at careers page.", id='en_casino_dealer_in_singapore'),
    pytest.param("Customer service advisor for our London office.", id='en_customer_service_in_london'),
    pytest.param("上海招聘客服专员", id='zh_customer_service_in_shanghai'),
    pytest.param('Front office manager for a five-star hotel in Dubai, relocation provided.', id='en_dubai_hotel_alone'),
    pytest.param('Camareras para hotel en Dubái con alojamiento.', id='es_dubai_hotel_alone'),
    pytest.param('Our customer service team is based in Leeds and serves clients across the UK, Ireland and the Nordics as well as a growing base of partners abroad.', id='en_customer_service_abroad_far_apart'),
]


@pytest.mark.parametrize(("text", "expected"), POSITIVES)
def test_when_scam_hub_cue_is_present_then_its_words_are_the_span(engine, text, expected):
    assert found(engine, text) == sorted(expected)


@pytest.mark.parametrize("text", NEGATIVES)
def test_when_ad_is_a_legitimate_look_alike_then_no_scam_hub_indicator_fires(engine, text):
    assert found(engine, text) == []
