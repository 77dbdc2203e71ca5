"""Table tests for the too_good_offer indicator family: (text, expected [(indicator, words)]) rows.

Positive rows give the exact words that must be reported; negative rows are legitimate
look-alikes that must report nothing from this family.
"""

import pytest

from indicator_tables import found_in

from model.indicators import IndicatorEngine

FAMILY = ('pay_too_good', 'no_experience_needed', 'easy_work', 'daily_pay', 'guaranteed_income')


def found(engine: IndicatorEngine, text: str) -> list[tuple[str, str]]:
    return found_in(engine, text, FAMILY)


POSITIVES = [
    pytest.param("Customer service, USD 2,500/month, no experience needed.", [('pay_too_good', 'USD 2,500/month'), ('no_experience_needed', 'no experience needed')], id='en_usd_month_with_no_experience'),
    pytest.param("Easy work from home, earn $800 a week.", [('easy_work', 'Easy work'), ('pay_too_good', '$800 a week')], id='en_dollars_a_week_with_easy_work'),
    pytest.param("Earn $150 per day, paid daily.", [('daily_pay', '$150 per day'), ('daily_pay', 'paid daily')], id='en_daily_figure_is_daily_pay'),
    pytest.param("Guaranteed income of $3000 every month.", [('guaranteed_income', 'Guaranteed income')], id='en_guaranteed_income'),
    pytest.param("月薪2万，无需经验", [('no_experience_needed', '无需经验'), ('pay_too_good', '月薪2万')], id='zh_monthly_20k_no_experience'),
    pytest.param("日結工資，經驗不限", [('daily_pay', '日結'), ('no_experience_needed', '經驗不限')], id='zh_traditional_daily_settlement'),
    pytest.param("Việc nhẹ lương cao, 500k/ngày, không cần kinh nghiệm", [('daily_pay', '500k/ngày'), ('easy_work', 'Việc nhẹ lương cao'), ('no_experience_needed', 'không cần kinh nghiệm'), ('pay_too_good', 'lương cao')], id='vi_light_work_high_pay'),
    pytest.param("เงินเดือน 35,000 บาท ไม่ต้องมีประสบการณ์", [('no_experience_needed', 'ไม่ต้องมีประสบการณ์'), ('pay_too_good', 'เงินเดือน 35,000 บาท')], id='th_salary_no_experience'),
    pytest.param("Kerja ringan gaji besar, tanpa pengalaman", [('easy_work', 'Kerja ringan'), ('no_experience_needed', 'tanpa pengalaman'), ('pay_too_good', 'gaji besar')], id='id_high_pay_light_work'),
    pytest.param("Malaking sahod kahit walang experience", [('no_experience_needed', 'kahit walang experience'), ('pay_too_good', 'Malaking sahod')], id='tl_big_salary_no_experience'),
    pytest.param("Pago diario, sin experiencia", [('daily_pay', 'Pago diario'), ('no_experience_needed', 'sin experiencia')], id='es_daily_pay_no_experience'),
    pytest.param("No experience necessary. Pay: $15/hour. Training provided.", [('no_experience_needed', 'No experience necessary')], id='en_entry_level_hourly_wage_is_not_pay_too_good'),
    pytest.param("고수익 보장, 초보 가능", [('guaranteed_income', '수익 보장'), ('no_experience_needed', '초보 가능'), ('pay_too_good', '고수익')], id='ko_high_income_beginners'),
    pytest.param("高収入、未経験OK、日払い", [('daily_pay', '日払い'), ('no_experience_needed', '未経験OK'), ('pay_too_good', '高収入')], id='ja_high_income_inexperienced_ok'),
    pytest.param('Join us: guaranteed 20% weekly returns on every plan.', [('guaranteed_income', 'guaranteed 20% weekly returns')], id='en_guaranteed_percent_returns'),
    pytest.param('No exp needed, training online.', [('no_experience_needed', 'No exp needed')], id='en_no_exp_chat_shorthand'),
    pytest.param('High pay job abroad for young people.', [('pay_too_good', 'High pay')], id='en_high_pay_abroad'),
    pytest.param('Trabajo en el extranjero que paga muy bien.', [('pay_too_good', 'paga muy bien')], id='es_paga_muy_bien_afuera'),
    pytest.param('Kerja di luar negeri gajinya gede banget.', [('pay_too_good', 'gajinya gede')], id='id_gaji_gede_luar_negeri'),
    pytest.param('Ikut program ini, modal pasti balik.', [('guaranteed_income', 'modal pasti balik')], id='id_modal_pasti_balik'),
    pytest.param('海外打字员，轻松月入过万', [('pay_too_good', '轻松月入过万')], id='zh_monthly_over_ten_thousand_abroad'),
    pytest.param('跟着老师操作，稳赚不赔', [('guaranteed_income', '稳赚不赔')], id='zh_sure_profit'),
    pytest.param('학력 무관, 월 800만원', [('no_experience_needed', '학력 무관'), ('pay_too_good', '월 800만원')], id='ko_education_irrelevant'),
    pytest.param('งานคีย์ข้อมูลที่บ้าน รายได้ดี', [('easy_work', 'งานคีย์ข้อมูลที่บ้าน'), ('pay_too_good', 'รายได้ดี')], id='th_key_data_at_home'),
    pytest.param('在宅データ入力のお仕事です', [('easy_work', '在宅データ入力')], id='ja_data_entry_at_home'),
    pytest.param('Trabaho sa ibang bansa, malaking sahod agad.', [('pay_too_good', 'malaking sahod')], id='tl_malaking_sahod_abroad'),
    pytest.param('Ayudante de bodega, no ocupas experiencia.', [('no_experience_needed', 'no ocupas experiencia')], id='es_no_ocupas_experiencia'),
    pytest.param('Ingreso seguro cada mes sin salir de casa.', [('guaranteed_income', 'Ingreso seguro')], id='es_ingreso_seguro'),
    pytest.param('Reparte volantes, pago el mismo día.', [('daily_pay', 'pago el mismo día')], id='es_pago_mismo_dia'),
    pytest.param('초보 환영합니다', [('no_experience_needed', '초보 환영')], id='ko_beginner_welcome'),
    pytest.param('每月稳定收入', [('guaranteed_income', '稳定收入')], id='zh_stable_income'),
]

NEGATIVES = [
    pytest.param("Senior engineer, $9,000 per month, 8 years of experience required.", id='en_senior_salary_without_low_bar'),
    pytest.param("Commission-based: income is not guaranteed.", id='en_commission_not_guaranteed'),
    pytest.param("月薪5000元，需要三年经验", id='zh_ordinary_salary'),
    pytest.param("Lương 8 triệu/tháng, yêu cầu 2 năm kinh nghiệm", id='vi_experience_required'),
    pytest.param('Nurses abroad, USD 1,500 per month, relocation provided.', id='en_figure_abroad_below_double_bar'),
    pytest.param('Tienda en Madrid paga bien a sus vendedores con experiencia.', id='es_paga_bien_local'),
    pytest.param('Se requiere experiencia mínima de dos años en ventas.', id='es_experience_required'),
]


@pytest.mark.parametrize(("text", "expected"), POSITIVES)
def test_when_too_good_offer_cue_is_present_then_its_words_are_the_span(engine, text, expected):
    assert found(engine, text) == sorted(expected)


@pytest.mark.parametrize("text", NEGATIVES)
def test_when_ad_is_a_legitimate_look_alike_then_no_too_good_offer_indicator_fires(engine, text):
    assert found(engine, text) == []
