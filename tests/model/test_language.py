"""Language detection: script counts and stopword profiles, no downloaded model."""

import pytest

from model.language import detect_language

ROWS = [
    pytest.param("We are hiring a customer service agent for our office in London. You will work with the team.", "en", "full", id="english_ad"),
    pytest.param("柬埔寨西港高薪招聘客服,月薪2万,无需经验,包机票", "zh", "indicators_only", id="simplified_chinese"),
    pytest.param("緬北高薪招聘打字員,無需經驗,包機票", "zh", "indicators_only", id="traditional_chinese"),
    pytest.param("カンボジアでの高収入のお仕事、未経験OK", "ja", "indicators_only", id="japanese_kana_with_kanji"),
    pytest.param("캄보디아 고수익 알바 모집합니다 초보 가능", "ko", "indicators_only", id="korean"),
    pytest.param("รับสมัครแอดมิน ทำงานที่กัมพูชา เงินเดือนสูง ไม่ต้องมีประสบการณ์", "th", "indicators_only", id="thai"),
    pytest.param("Tuyển nhân viên chăm sóc khách hàng đi Campuchia, lương cao, không cần kinh nghiệm", "vi", "indicators_only", id="vietnamese_diacritics"),
    pytest.param("Lowongan kerja di Kamboja untuk anda, gaji tinggi, tanpa pengalaman, bisa langsung kerja", "id", "indicators_only", id="indonesian"),
    pytest.param("Jawatan kosong di syarikat kami untuk anda, tiada pengalaman diperlukan, boleh mohon sekarang", "ms", "indicators_only", id="malay"),
    pytest.param("Hiring! Walang experience ok lang, malaking sahod sa Cambodia. PM po kung interesado ang mga kaibigan", "tl", "indicators_only", id="tagalog"),
    pytest.param("Se busca personal de atención al cliente para trabajar en Camboya, con buen sueldo y sin experiencia", "es", "indicators_only", id="spanish"),
    pytest.param("Требуется оператор колл-центра в Камбодже", "und", "none", id="russian_is_unsupported"),
    pytest.param("", "und", "none", id="empty_text"),
    pytest.param("12345 !!! ###", "und", "none", id="no_letters"),
    pytest.param("Senior Java developer. Requirements: Java, Spring, SQL. Apply with CV to jobs@acme.com. Contact: 微信 abc", "en", "full", id="english_ad_with_chinese_contact_line"),
]


@pytest.mark.parametrize(("text", "code", "coverage"), ROWS)
def test_when_text_is_in_a_language_then_code_and_coverage_follow(text, code, coverage):
    language = detect_language(text)
    assert (language.code, language.coverage) == (code, coverage)


def test_when_language_is_not_english_then_note_says_score_leans_on_indicators():
    language = detect_language("รับสมัครแอดมิน ทำงานที่กัมพูชา เงินเดือนสูง")
    assert language.name == "Thai"
    assert "indicator" in language.note


def test_when_language_is_english_then_no_caveat_is_given():
    assert detect_language("We are looking for a nurse to join our team in the clinic.").note == ""


@pytest.mark.parametrize(
    "text, expected",
    [
        ("We are a leading company and we offer the best benefits for you and your family at our office", set()),
        ("Hiring CSR for Cambodia! Free ticket and accommodation, no experience needed. PM lang po sa Telegram", {"tl"}),
        ("tuyen nv cskh lam viec tai cam, luong cao, bao an o, lien he zalo", {"vi"}),
        ("Se busca personal para trabajo en el extranjero con sueldo alto", {"es"}),
        ("Lowongan kerja di luar negeri untuk admin, gaji besar dan tidak perlu pengalaman", {"id"}),
        ("Bayad muna ng 5,000 bago umalis", {"es", "vi", "id", "tl"}),  # too few words to tell: all
    ],
)
def test_when_a_text_is_latin_script_then_only_the_languages_it_shows_get_their_patterns(text, expected):
    from model.language import latin_pattern_languages

    assert set(latin_pattern_languages(text.lower())) == expected
