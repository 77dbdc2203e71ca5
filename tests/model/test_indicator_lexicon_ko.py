"""Table tests for the broadened Korean vocabulary (batch b3).

Positive rows give the exact words that must be reported; negative rows are legitimate
look-alike phrasings that must report nothing for the indicator named.
"""

import pytest

from indicator_tables import found_in


def P(indicator, text, words, id):
    return pytest.param(indicator, text, sorted(words), id=id)


POSITIVES = [
    P('fee_upfront', "업무 매뉴얼+프로그램 구입비 25만원만 내시면 바로 시작.", [('fee_upfront', '25만원만 내시면'), ('fee_upfront', '구입비')], 'ko_purchase_fee'),
    P('fee_upfront', "알선 수수료 400만원 (항공권 포함)", [('fee_upfront', '알선 수수료')], 'ko_placement_commission'),
    P('debt_repaid_from_salary', "처음 가는 비용은 사장님이 다 대주시고 월급에서 6개월 나눠서 까요.", [('debt_repaid_from_salary', '사장님이 다 대주'), ('debt_repaid_from_salary', '월급에서 6개월 나눠서 까')], 'ko_boss_advances_deducted'),
    P('pay_too_good', "해외 쉬운 일, 월 2천 이상 가능", [('pay_too_good', '월 2천 이상')], 'ko_20m_a_month_abroad'),
    P('daily_pay', "하루 10~30만원, 매일 정산해 드려요", [('daily_pay', '매일 정산'), ('daily_pay', '하루 10~30만원')], 'ko_daily_range'),
    P('guaranteed_income', "원금 보장에 수익률 3% 확정", [('guaranteed_income', '수익률 3% 확정'), ('guaranteed_income', '원금 보장')], 'ko_principal_guaranteed'),
    P('guaranteed_income', "첫 달 급여 USD 3,500 보장.", [('guaranteed_income', '급여 USD 3,500 보장')], 'ko_salary_guaranteed'),
    P('no_experience_needed', "경력 필요 無, 누구나 가능", [('no_experience_needed', '경력 필요 無'), ('no_experience_needed', '누구나 가능')], 'ko_no_experience_symbol'),
    P('easy_work', "핸드폰만 있으면 누구나 할 수 있는 간단한 알바", [('easy_work', '간단한 알바'), ('easy_work', '핸드폰만 있으면')], 'ko_phone_only'),
    P('scam_hub_destination', "시하눅빌 콜센터 자리 있어요", [('scam_hub_destination', '시하눅빌')], 'ko_sihanoukville_spelling'),
    P('tourist_visa_entry', "무비자로 들어가서 현지에서 전환", [('tourist_visa_entry', '무비자로 들어가'), ('tourist_visa_entry', '현지에서 전환')], 'ko_visa_free_entry'),
    P('employer_pays_travel', "비행기표 숙소 다 회사가 쏨", [('employer_pays_travel', '비행기표 숙소 다 회사가 쏨')], 'ko_company_pays_slang'),
    P('airport_pickup', "공항에서 저희 직원이 피켓 들고 대기합니다", [('airport_pickup', '공항에서 저희 직원이 피켓 들고 대기')], 'ko_airport_waiting'),
    P('transit_third_country', "방콕 도착 후 차량으로 국경 넘어 이동", [('transit_third_country', '방콕 도착 후'), ('transit_third_country', '차량으로 국경 넘어 이동')], 'ko_bangkok_then_border'),
    P('messaging_app_contact', "자세한 건 시그널로 연락, 텔그 @abc000", [('messaging_app_contact', '시그널로'), ('messaging_app_contact', '텔그')], 'ko_signal_telegram_slang'),
    P('no_interview', "면접 따로 없고 바로 합격", [('no_interview', '면접 따로 없')], 'ko_no_separate_interview'),
    P('hired_immediately', "면접 따로 없고 바로 합격", [('hired_immediately', '바로 합격')], 'ko_hired_at_once'),
    P('urgency', "잔여 3자리, 오늘 밤 12시 마감!!", [('urgency', '오늘 밤 12시 마감'), ('urgency', '잔여 3자리')], 'ko_slots_left_deadline'),
    P('secrecy', "출국 사실 및 근무지는 주변에 알리지 마세요.", [('secrecy', '출국 사실 및 근무지는 주변에 알리지 마')], 'ko_tell_no_one'),
    P('secrecy', "부모님이나 지인한테는 여행 간다고 하세요", [('secrecy', '부모님이나 지인한테는 여행 간다고')], 'ko_cover_story'),
    P('documents_at_application', "신분증 앞뒤, 통장사본 카톡으로 보내주세요", [('documents_at_application', '신분증 앞뒤'), ('documents_at_application', '통장사본')], 'ko_id_and_bankbook'),
    P('employer_keeps_passport', "여권은 입국 후 회사에서 일괄 관리", [('employer_keeps_passport', '여권은 입국 후 회사에서 일괄 관리')], 'ko_passports_managed'),
    P('full_body_photo', "키, 몸무게 적어서 보내주세요", [('full_body_photo', '키, 몸무게')], 'ko_height_weight'),
    P('undisclosed_employer', "업체명은 면접 때 공개", [('undisclosed_employer', '업체명은 면접 때 공개')], 'ko_name_at_interview'),
    P('undisclosed_employer', "회사 이름은 말씀드리기 어렵구요", [('undisclosed_employer', '회사 이름은 말씀드리기 어렵')], 'ko_name_hard_to_say'),
    P('details_in_private_chat', "자세한 건 DM으로", [('details_in_private_chat', '자세한 건 DM으로')], 'ko_details_dm'),
    P('long_hours', "하루 14시간 근무, 월 1회 휴무", [('long_hours', '월 1회 휴무'), ('long_hours', '하루 14시간 근무')], 'ko_one_day_off_a_month'),
    P('quota_targets', "목표 미달 시 급여 차감", [('quota_targets', '목표 미달')], 'ko_target_shortfall'),
    P('wages_withheld', "첫 달 급여는 보증금으로 회사가 갖고 있어요", [('wages_withheld', '첫 달 급여는 보증금으로 회사가 갖고')], 'ko_first_month_kept'),
    P('quit_penalty', "그만두려면 위약금 3만불 물어야 함", [('quit_penalty', '그만두려면 위약금')], 'ko_quit_penalty'),
    P('contract_on_arrival', "계약서는 현지 도착 후 작성", [('contract_on_arrival', '계약서는 현지')], 'ko_contract_there'),
    P('task_scam', "쇼핑몰 상품 리뷰 별점 달기, 건당 수수료 5%", [('task_scam', '건당 수수료'), ('task_scam', '별점 달기')], 'ko_star_ratings'),
    P('task_scam', "앱에서 주문 부스팅 미션만 하면 됨", [('task_scam', '주문 부스팅 미션만 하면')], 'ko_order_boosting'),
    P('crypto_deposit', "USDT 500개 먼저 입금하시면 VIP 등급 열려요", [('crypto_deposit', 'USDT'), ('crypto_deposit', '입금하시면 VIP 등급 열려')], 'ko_usdt_vip'),
    # batch b4
    P('money_transfer_role', '명의 빌려주면 월 100 드림', [('money_transfer_role', '명의 빌려')], 'ko_lend_name'),
    P('money_transfer_role', '형 통장 하나만 빌려주면 됨', [('money_transfer_role', '통장 하나만 빌려')], 'ko_lend_bankbook'),
    P('money_transfer_role', '들어온 돈은 알려드리는 계좌로 바로 이체해 주세요', [('money_transfer_role', '들어온 돈은 알려드리는 계좌로 바로 이체')], 'ko_forward_incoming_money'),
    P('money_transfer_role', '본인 계좌에 입금하신 뒤 400만원을 송금', [('money_transfer_role', '본인 계좌에 입금하신 뒤 400만원을 송금')], 'ko_own_account_then_forward'),
    P('money_transfer_role', '거래처에서 보낸 수표 300만원을 현금화해서', [('money_transfer_role', '수표 300만원')], 'ko_fake_cheque'),
    P('money_transfer_role', '남은 금액은 회사로 돌려 보내주시면 됩니다', [('money_transfer_role', '남은 금액은 회사로 돌려 보내')], 'ko_send_back_remainder'),
    P('daily_pay', '하루 30 가능 텔레 문의', [('daily_pay', '하루 30')], 'ko_daily_amount_without_unit'),
    P('no_experience_needed', '영어 못해도 괜찮아요', [('no_experience_needed', '영어 못해도 괜찮')], 'ko_no_english_needed'),
    P('no_experience_needed', '아무것도 몰라도 됨', [('no_experience_needed', '아무것도 몰라도 됨')], 'ko_know_nothing'),
    P('guaranteed_income', '월 천 보장해줌', [('guaranteed_income', '월 천 보장')], 'ko_monthly_amount_in_words_guaranteed'),
    P('guaranteed_income', '연 20% 확정 수익 드립니다', [('guaranteed_income', '20% 확정 수익')], 'ko_fixed_return'),
    P('employer_pays_travel', '비행기표 숙소 다 회사가 쏩니다', [('employer_pays_travel', '비행기표 숙소 다 회사가 쏩니다')], 'ko_company_treats_everything'),
    P('tourist_visa_entry', '무비자/관광 입국 후 현지 회사가 노동허가 처리', [('tourist_visa_entry', '무비자/관광 입국')], 'ko_visa_free_or_tourist_entry'),
    P('urgency', '자리 딱 2개 남았어요', [('urgency', '자리 딱 2개 남')], 'ko_two_places_left'),
    P('urgency', '오늘 밤 12시까지 신청', [('urgency', '오늘 밤 12시까지')], 'ko_deadline_tonight'),
    P('undisclosed_employer', '업체명은 입금 확인후 알려드려요', [('undisclosed_employer', '업체명은 입금 확인후 알려')], 'ko_name_after_payment'),
    P('undisclosed_employer', '회사명은 사정상 비공개', [('undisclosed_employer', '회사명은 사정상 비공개')], 'ko_name_confidential'),
    P('task_scam', '쇼핑몰 매출 증대 도우미 모집', [('task_scam', '매출 증대 도우미')], 'ko_sales_boost_helper'),
    P('task_scam', '앱 평가 알바 하실 분', [('task_scam', '앱 평가 알바')], 'ko_app_rating_job'),
    # batch b5
    P('money_transfer_role', '고객님께 현금 받아서 알려드리는 계좌로 송금만 하시면 됩니다.', [('money_transfer_role', '고객님께 현금 받아서 알려드리는 계좌로 송금')], 'ko_b5_money_transfer_role_01'),
    P('money_transfer_role', '회사 거래 대금을 본인 계좌로 받아서 코인으로 바꿔서 보내주시면 수수료 5%', [('money_transfer_role', '거래 대금을 본인 계좌로 받'), ('money_transfer_role', '코인으로 바꿔서 보내')], 'ko_b5_money_transfer_role_02'),
    P('money_transfer_role', '받은 택배 송장만 새로 바꿔 붙여서 다시 보내주시면 건당 1.5만원', [('money_transfer_role', '송장만 새로 바꿔 붙여서 다시 보내')], 'ko_b5_money_transfer_role_03'),
    P('money_transfer_role', '집으로 택배 오면 박스 열어서 송장만 새로 붙이고 다시 발송해주시면 끝', [('money_transfer_role', '집으로 택배 오면 박스 열어서 송장만 새로 붙이고 다시 발송')], 'ko_b5_money_transfer_role_04'),
    P('money_transfer_role', '문화상품권 핀번호로 전달해주시면 됩니다', [('money_transfer_role', '상품권 핀번호로 전달')], 'ko_b5_money_transfer_role_05'),
    P('money_transfer_role', '글로벌 결제대행 에이전트 채용 (프리랜서)', [('money_transfer_role', '결제대행 에이전트')], 'ko_b5_money_transfer_role_06'),
    P('money_transfer_role', '보내드리는 수표를 본인 계좌에 입금하신 후 차액을 송금', [('money_transfer_role', '수표를 본인 계좌에 입금하신 후 차액을 송금')], 'ko_b5_money_transfer_role_07'),
    P('money_transfer_role', '통장 대여 시 주 100만원', [('money_transfer_role', '통장 대여')], 'ko_b5_money_transfer_role_08'),
    P('fee_upfront', '업무 계정 활성화 비용 5만원 먼저 내셔야 합니다', [('fee_upfront', '5만원 먼저 내셔야'), ('fee_upfront', '업무 계정 활성화 비용')], 'ko_b5_fee_upfront_09'),
    P('messaging_app_contact', '카톡 주시면 면접 없이 바로 출국 가능', [('messaging_app_contact', '카톡')], 'ko_b5_messaging_app_contact_10'),
]

NEGATIVES = [
    pytest.param('guaranteed_income', "시급 AUD 28 (최저임금 보장)", id='ko_minimum_wage'),
    pytest.param('fee_upfront', "구직자 부담 알선 수수료 없음", id='ko_no_commission'),
    pytest.param('no_experience_needed', "외국어 가능자 우대, 경력 3년 이상", id='ko_experience_required'),
    pytest.param('pay_too_good', "외국인 전용 카지노 딜러, 연봉 4,200만원, 4대보험", id='ko_foreigner_casino_not_abroad'),
    pytest.param('overseas_scam_sector_role', "외국인 전용 카지노 딜러 경력직 모집", id='ko_foreigner_is_not_abroad'),
    pytest.param('employer_keeps_passport', "여권은 본인이 보관", id='ko_passport_kept_by_worker'),
    # batch b4
    pytest.param('documents_at_application', '급여는 본인 계좌로 입금됩니다', id='ko_salary_into_own_account'),
    pytest.param('debt_repaid_from_salary', '항공권은 회사가 부담하며 급여에서 공제하는 비용은 없습니다', id='ko_nothing_deducted'),
    pytest.param('daily_pay', '하루 8시간 근무, 하루 10건 처리', id='ko_hours_and_cases_per_day'),
    # batch b5
    pytest.param('money_transfer_role', '급여는 본인 명의 계좌로 매월 25일 입금됩니다.', id='ko_b5_money_transfer_role_01'),
    pytest.param('money_transfer_role', '쇼핑몰 CS 상담원 모집: 교환·반품·재발송 처리, 서울 본사 근무', id='ko_b5_money_transfer_role_02'),
    pytest.param('money_transfer_role', '물류센터 출고 알바: 택배 포장 및 송장 부착', id='ko_b5_money_transfer_role_03'),
    pytest.param('money_transfer_role', "'현금 수거', '대금 전달' 알바는 보이스피싱 수거책입니다.", id='ko_b5_money_transfer_role_04'),
    pytest.param('money_transfer_role', '통장·체크카드를 빌려주거나 파는 행위는 전자금융거래법 위반으로 처벌됩니다.', id='ko_b5_money_transfer_role_05'),
    pytest.param('fee_upfront', '번역 프리랜서 모집. 등록비 같은 비용은 전혀 없습니다.', id='ko_b5_fee_upfront_06'),
    pytest.param('fee_upfront', '구직자에게 소개비를 청구하지 않으며 모든 비용은 고용주가 부담합니다.', id='ko_b5_fee_upfront_07'),
    pytest.param('crypto_deposit', '채용 과정에서 코인 입금이나 어떠한 금전도 요구하지 않습니다.', id='ko_b5_crypto_deposit_08'),
    pytest.param('no_interview', '전형: 서류 → 1차 실무면접 → 2차 임원면접', id='ko_b5_no_interview_09'),
    pytest.param('messaging_app_contact', 'GS25 야간 알바, 카톡 오픈채팅이나 매장 방문해 주세요!', id='ko_b5_messaging_app_contact_10'),
    pytest.param('messaging_app_contact', '문자나 카톡 010-5550-0123 주세요', id='ko_b5_messaging_app_contact_11'),
]


@pytest.mark.parametrize(("indicator", "text", "expected"), POSITIVES)
def test_when_the_broadened_vocabulary_is_used_then_the_exact_words_are_reported(engine, indicator, text, expected):
    assert found_in(engine, text, (indicator,)) == expected


@pytest.mark.parametrize(("indicator", "text"), NEGATIVES)
def test_when_a_legitimate_phrasing_is_used_then_nothing_is_reported(engine, indicator, text):
    assert found_in(engine, text, (indicator,)) == []
