"""Table tests for the travel_visa indicator family: (text, expected [(indicator, words)]) rows.

Positive rows give the exact words that must be reported; negative rows are legitimate
look-alikes that must report nothing from this family.
"""

import pytest

from indicator_tables import found_in

from model.indicators import IndicatorEngine

FAMILY = ('employer_pays_travel', 'tourist_visa_entry', 'airport_pickup', 'transit_third_country')


def found(engine: IndicatorEngine, text: str) -> list[tuple[str, str]]:
    return found_in(engine, text, FAMILY)


POSITIVES = [
    pytest.param("Free flight and accommodation provided.", [('employer_pays_travel', 'Free flight')], id='en_free_flight'),
    pytest.param("You will travel on a tourist visa; work permit after arrival.", [('tourist_visa_entry', 'tourist visa'), ('tourist_visa_entry', 'work permit after arrival')], id='en_tourist_visa'),
    pytest.param("Our driver will pick you up at the airport.", [('airport_pickup', 'pick you up at the airport')], id='en_airport_pickup'),
    pytest.param("Fly to Bangkok, then cross the border to Mae Sot by car.", [('transit_third_country', 'Fly to Bangkok'), ('transit_third_country', 'cross the border')], id='en_fly_to_bangkok_then_border'),
    pytest.param("包机票，落地接机", [('airport_pickup', '落地接机'), ('employer_pays_travel', '包机票')], id='zh_ticket_and_pickup'),
    pytest.param("持旅遊簽入境", [('tourist_visa_entry', '持旅遊簽')], id='zh_traditional_tourist_visa'),
    pytest.param("Bao vé máy bay, đón tại sân bay", [('airport_pickup', 'đón tại sân bay'), ('employer_pays_travel', 'Bao vé máy bay')], id='vi_ticket_and_pickup'),
    pytest.param("ฟรีตั๋วเครื่องบิน เดินทางผ่านช่องทางธรรมชาติ", [('employer_pays_travel', 'ฟรีตั๋วเครื่องบิน'), ('transit_third_country', 'ช่องทางธรรมชาติ')], id='th_free_ticket_and_natural_crossing'),
    pytest.param("Tiket pesawat gratis, berangkat dengan visa turis", [('employer_pays_travel', 'Tiket pesawat gratis'), ('tourist_visa_entry', 'visa turis')], id='id_free_ticket_tourist_visa'),
    pytest.param("Libreng pamasahe, may escort sa airport", [('employer_pays_travel', 'Libreng pamasahe'), ('tourist_visa_entry', 'may escort sa airport')], id='tl_free_fare_and_escort'),
    pytest.param("Pasaje pagado y te recogemos en el aeropuerto", [('airport_pickup', 'te recogemos en el aeropuerto'), ('employer_pays_travel', 'Pasaje pagado')], id='es_paid_ticket_pickup'),
    pytest.param("항공권 제공, 공항 픽업", [('airport_pickup', '공항 픽업'), ('employer_pays_travel', '항공권 제공')], id='ko_ticket_and_pickup'),
    pytest.param("航空券支給、空港送迎あり", [('airport_pickup', '空港送迎'), ('employer_pays_travel', '航空券支給')], id='ja_ticket_and_pickup'),
    pytest.param('Flight paid and hotel for the first week.', [('employer_pays_travel', 'Flight paid')], id='en_flight_paid'),
    pytest.param('Visa and tickets covered, apply now.', [('employer_pays_travel', 'Visa and tickets covered')], id='en_visa_and_tickets_covered'),
    pytest.param('We drive you across the border at night.', [('transit_third_country', 'across the border')], id='en_across_the_border'),
    pytest.param('Sagot lahat pamasahe papunta doon.', [('employer_pays_travel', 'Sagot lahat pamasahe')], id='tl_sagot_pamasahe'),
    pytest.param('Công ty bao vé máy bay khứ hồi.', [('employer_pays_travel', 'bao vé máy bay')], id='vi_bao_ve_may_bay'),
    pytest.param('包机票，落地有人接', [('airport_pickup', '落地有人接'), ('employer_pays_travel', '包机票')], id='zh_ticket_reimbursed'),
    pytest.param('ค่าใช้จ่ายบริษัทออกให้หมด ทั้งวีซ่าและตั๋ว', [('employer_pays_travel', 'ค่าใช้จ่ายบริษัทออกให้หมด')], id='th_company_pays_all'),
    pytest.param('모든 비용 회사 부담', [('employer_pays_travel', '모든 비용 회사 부담')], id='ko_all_costs_company'),
    pytest.param('Puesto en hotel, pasaje incluido.', [('employer_pays_travel', 'pasaje incluido')], id='es_pasaje_incluido'),
    pytest.param('Al llegar, en el aeropuerto te recogen nuestros choferes.', [('airport_pickup', 'en el aeropuerto te recogen')], id='es_aeropuerto_te_recogen'),
    pytest.param('Un guía te ayuda a cruzar el río de noche.', [('transit_third_country', 'cruzar el río')], id='es_cruzar_el_rio'),
    pytest.param('晚上过河', [('transit_third_country', '过河')], id='zh_cross_river'),
]

NEGATIVES = [
    pytest.param("Relocation package from Acme GmbH, Berlin: we help you find housing.", id='en_relocation_package'),
    pytest.param("We never ask staff to travel on a tourist visa.", id='en_no_tourist_visas'),
    pytest.param("The role involves travel to client sites in Europe.", id='en_frequent_travel'),
    pytest.param('Candidates arrange and pay for their own flights.', id='en_own_flights'),
]


@pytest.mark.parametrize(("text", "expected"), POSITIVES)
def test_when_travel_visa_cue_is_present_then_its_words_are_the_span(engine, text, expected):
    assert found(engine, text) == sorted(expected)


@pytest.mark.parametrize("text", NEGATIVES)
def test_when_ad_is_a_legitimate_look_alike_then_no_travel_visa_indicator_fires(engine, text):
    assert found(engine, text) == []
