"""Table tests for the contact_channel indicator family: (text, expected [(indicator, words)]) rows.

Positive rows give the exact words that must be reported; negative rows are legitimate
look-alikes that must report nothing from this family.
"""

import pytest

from indicator_tables import found_in

from model.indicators import IndicatorEngine

FAMILY = ('messaging_app_contact', 'personal_email_contact')


def found(engine: IndicatorEngine, text: str) -> list[tuple[str, str]]:
    return found_in(engine, text, FAMILY)


POSITIVES = [
    pytest.param("Add me on Telegram @xyz for the job.", [('messaging_app_contact', 'Add me on Telegram @xyz')], id='en_add_me_on_telegram'),
    pytest.param("WhatsApp +855 12 345 678", [('messaging_app_contact', 'WhatsApp +855 12 345 678')], id='en_whatsapp_number'),
    pytest.param("Whatsapp #PHONE_abc123#", [('messaging_app_contact', 'Whatsapp #PHONE_abc123#')], id='en_emscad_masked_phone'),
    pytest.param("Line ID: jobs88", [('messaging_app_contact', 'Line ID')], id='en_line_id'),
    pytest.param("Send your CV to hr.jobs88@gmail.com today.", [('personal_email_contact', 'hr.jobs88@gmail.com')], id='en_gmail_as_contact'),
    pytest.param("有意者加微信 abc123", [('messaging_app_contact', '微信')], id='zh_wechat'),
    pytest.param("联系纸飞机 @abc", [('messaging_app_contact', '纸飞机')], id='zh_paper_plane_tg'),
    pytest.param("简历发到 12345@qq.com", [('personal_email_contact', '12345@qq.com')], id='zh_qq_mail'),
    pytest.param("Liên hệ Zalo 0901234567", [('messaging_app_contact', 'Liên hệ Zalo 0901234567')], id='vi_zalo'),
    pytest.param("สนใจแอดไลน์ @job88", [('messaging_app_contact', 'แอดไลน์ @')], id='th_add_line'),
    pytest.param("Info lebih lanjut hubungi WA 0812345678", [('messaging_app_contact', 'hubungi WA 0812345678')], id='id_whatsapp'),
    pytest.param("Message sa Telegram para sa details", [('messaging_app_contact', 'Message sa Telegram')], id='tl_telegram'),
    pytest.param("Escríbenos por WhatsApp", [('messaging_app_contact', 'Escríbenos por WhatsApp')], id='es_whatsapp'),
    pytest.param("카톡 아이디 job88", [('messaging_app_contact', '카톡')], id='ko_kakaotalk'),
    pytest.param("LINEで応募してください", [('messaging_app_contact', 'LINEで')], id='ja_line'),
    pytest.param('Reply YES on WhatsApp to start.', [('messaging_app_contact', 'on WhatsApp')], id='en_reply_on_whatsapp'),
    pytest.param('Únete al grupo de Telegram para más info.', [('messaging_app_contact', 'grupo de Telegram')], id='es_grupo_de_telegram'),
    pytest.param('Kirim CV ke WA admin sekarang.', [('messaging_app_contact', 'Kirim CV ke WA admin')], id='id_ke_wa'),
    pytest.param('I-message mo ako sa Viber.', [('messaging_app_contact', 'sa Viber')], id='tl_sa_viber'),
    pytest.param('详情加飞机咨询', [('messaging_app_contact', '加飞机')], id='zh_paper_plane'),
    pytest.param('Interesados contacto solo por wsp.', [('messaging_app_contact', 'contacto solo por wsp')], id='es_solo_por_wsp'),
]

NEGATIVES = [
    pytest.param("Send your CV to careers@acme-logistics.com.", id='en_company_email'),
    pytest.param("Apply on line through our careers page.", id='en_apply_online'),
    pytest.param("Experience building chatbots is a plus.", id='en_product_mentions_messaging'),
    pytest.param("We will never contact you via WhatsApp.", id='en_never_contact_via_whatsapp'),
    pytest.param('Mortgage advisor wanted, apply on our careers site.', id='en_mortgage_not_tg'),
    pytest.param('Warning signs: recruiters who only talk to you on Telegram and never give an address.', id='en_warning_quotes_telegram'),
    pytest.param('LINEで「簡単に稼げる」と誘う求人は詐欺です。', id='ja_warning_after_line'),
    pytest.param('BABALA: mag-ingat sa mga nag-aalok ng trabaho sa Viber na walang lisensya.', id='tl_babala_viber'),
    pytest.param('Community alert: fake recruiters ask you to chat on Telegram only.', id='en_community_alert_quotes_telegram'),
    pytest.param('请切勿轻信“飞机联系”的招聘信息', id='zh_warning_do_not_trust_private_chat'),
]


@pytest.mark.parametrize(("text", "expected"), POSITIVES)
def test_when_contact_channel_cue_is_present_then_its_words_are_the_span(engine, text, expected):
    assert found(engine, text) == sorted(expected)


@pytest.mark.parametrize("text", NEGATIVES)
def test_when_ad_is_a_legitimate_look_alike_then_no_contact_channel_indicator_fires(engine, text):
    assert found(engine, text) == []


# A messaging app next to an invitation to come in person is an ordinary local notice.
IN_PERSON = [
    pytest.param('Cashier wanted, no experience needed. WhatsApp 555-0100 or walk in at 12 Main St.', id='en_walk_in'),
    pytest.param('Se busca cajero, escribe al WhatsApp 555 0100 o preséntate en Av. Lima 120.', id='es_presentate_en'),
    pytest.param('Lowongan kasir, WA 0812 0000 111 atau datang langsung ke toko kami.', id='id_datang_langsung'),
    pytest.param('카톡 문의 또는 매장 방문 환영합니다.', id='ko_store_visit'),
]
APP_ONLY = [
    pytest.param('Cashier wanted, no experience needed. WhatsApp +855 12 000 111', [('messaging_app_contact', 'WhatsApp +855 12 000 111')], id='en_app_only'),
]


@pytest.mark.parametrize("text", IN_PERSON)
def test_when_the_ad_also_invites_applicants_in_person_then_the_app_is_not_reported(engine, text):
    assert [f for f in found(engine, text) if f[0] == 'messaging_app_contact'] == []


@pytest.mark.parametrize(("text", "expected"), APP_ONLY)
def test_when_the_app_is_the_only_way_in_then_it_is_reported(engine, text, expected):
    assert found(engine, text) == expected
