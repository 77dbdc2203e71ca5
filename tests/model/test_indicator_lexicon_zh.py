"""Table tests for the broadened Chinese (simplified and traditional script) indicator vocabulary (seed batch b3).

Positive rows give the exact words that must be reported for the indicators of the row's family;
negative rows are legitimate look-alike phrasings that must not fire the named indicator.
"""

import pytest

from indicator_tables import found_in

from model.indicators import IndicatorEngine

FAMILIES = {
    'money': ('fee_upfront', 'debt_repaid_from_salary', 'money_transfer_role'),
    'too_good_offer': ('pay_too_good', 'no_experience_needed', 'easy_work', 'daily_pay', 'guaranteed_income'),
    'process': ('no_interview', 'hired_immediately', 'guaranteed_placement', 'urgency', 'secrecy'),
    'documents': ('documents_at_application', 'employer_keeps_passport', 'full_body_photo'),
    'employer_identity': ('details_in_private_chat', 'vague_duties', 'undisclosed_employer'),
    'exploitative_terms': ('quota_targets', 'long_hours', 'confinement', 'wages_withheld', 'quit_penalty', 'contract_on_arrival'),
    'travel_visa': ('employer_pays_travel', 'tourist_visa_entry', 'airport_pickup', 'transit_third_country'),
    'scam_hub': ('scam_hub_destination', 'overseas_scam_sector_role'),
    'task_investment_scam': ('task_scam', 'crypto_deposit'),
    'contact_channel': ('messaging_app_contact', 'personal_email_contact'),
}

POSITIVES = [
    pytest.param('入职前需交资料费300元', 'money', [('fee_upfront', '资料费')], id='zh_fee_material'),
    pytest.param('录取后请先汇款到指定账户', 'money', [('fee_upfront', '先汇款')], id='zh_fee_pay_first_transfer'),
    pytest.param('须购买指定软件才能接单', 'money', [('fee_upfront', '购买指定')], id='zh_fee_buy_designated_kit'),
    pytest.param('路费到了从工资里慢慢扣', 'money', [('debt_repaid_from_salary', '从工资里慢慢扣')], id='zh_debt_deduct_slowly'),
    pytest.param('机票老板先垫，上班后再还', 'money', [('debt_repaid_from_salary', '上班后再还'), ('debt_repaid_from_salary', '老板先垫')], id='zh_debt_company_advances'),
    pytest.param('海外客服，月薪两万起', 'too_good_offer', [('pay_too_good', '月薪两万')], id='zh_pay_chinese_numerals'),
    pytest.param('零基础可以做，包教包会', 'too_good_offer', [('no_experience_needed', '包教包会'), ('no_experience_needed', '零基础')], id='zh_no_exp_zero_basics'),
    pytest.param('免經驗，有人帶', 'too_good_offer', [('no_experience_needed', '免經驗'), ('no_experience_needed', '有人帶')], id='zh_no_exp_traditional'),
    pytest.param('点点手机就有钱拿', 'too_good_offer', [('easy_work', '就有钱拿')], id='zh_easy_money_likes'),
    pytest.param('居家打字，时间自由', 'too_good_offer', [('easy_work', '居家打字')], id='zh_easy_home_typing'),
    pytest.param('當天領薪，一單一結', 'too_good_offer', [('daily_pay', '一單一結'), ('daily_pay', '當天領')], id='zh_daily_pay_same_day'),
    pytest.param('本金和佣金一起返还，保证不亏', 'too_good_offer', [('guaranteed_income', '保证不亏'), ('guaranteed_income', '本金和佣金一起返还')], id='zh_guaranteed_principal'),
    pytest.param('不用面试，直接录用', 'process', [('no_interview', '不用面试'), ('no_interview', '直接录用')], id='zh_no_interview_direct'),
    pytest.param('抵达当天上岗', 'process', [('hired_immediately', '当天上岗')], id='zh_hired_same_day'),
    pytest.param('今天不汇就给下一位了', 'process', [('urgency', '给下一位')], id='zh_urgency_next_person'),
    pytest.param('此工作请勿告诉家人', 'process', [('secrecy', '勿告诉')], id='zh_secrecy_dont_tell'),
    pytest.param('帳戶出借，寄提款卡即可', 'money', [('money_transfer_role', '寄提款卡'), ('money_transfer_role', '帳戶出借')], id='zh_documents_account_rental'),
    pytest.param('到了护照要上交', 'documents', [('employer_keeps_passport', '护照要上交')], id='zh_passport_handed_over'),
    pytest.param('请提供三围和身高体重', 'documents', [('full_body_photo', '三围'), ('full_body_photo', '身高体重')], id='zh_full_body_measurements'),
    pytest.param('细节私下沟通', 'employer_identity', [('details_in_private_chat', '私下沟通')], id='zh_private_chat_contact'),
    pytest.param('缅甸（具体地址入职后告知）', 'employer_identity', [('undisclosed_employer', '地址入职后告知')], id='zh_undisclosed_address'),
    pytest.param('业绩未达标扣薪', 'exploitative_terms', [('quota_targets', '未达标')], id='zh_quota_not_met'),
    pytest.param('早10晚12，单休', 'exploitative_terms', [('long_hours', '早10晚12')], id='zh_long_hours_early_late'),
    pytest.param('宿舍不准随便离开', 'exploitative_terms', [('confinement', '宿舍不准随便离开')], id='zh_confinement_compound'),
    pytest.param('首月工资暂扣', 'exploitative_terms', [('wages_withheld', '首月工资暂扣')], id='zh_wages_first_month'),
    pytest.param('中途离职要赔偿全部费用', 'exploitative_terms', [('quit_penalty', '中途离职要赔偿全部')], id='zh_quit_penalty_early_leave'),
    pytest.param('合約於抵達後簽署', 'exploitative_terms', [('contract_on_arrival', '合約於抵達後簽')], id='zh_contract_after_arrival'),
    pytest.param('提供往返机票', 'travel_visa', [('employer_pays_travel', '提供往返机票')], id='zh_free_ticket_provided'),
    pytest.param('先办观光签，工签到了再办', 'travel_visa', [('tourist_visa_entry', '工签到了再办'), ('tourist_visa_entry', '观光签')], id='zh_tourist_visa_then_permit'),
    pytest.param('落地有车接', 'travel_visa', [('airport_pickup', '落地有车接')], id='zh_pickup_by_car'),
    pytest.param('到昆明后坐车去边境', 'travel_visa', [('transit_third_country', '到昆明后')], id='zh_transit_kunming_border'),
    pytest.param('美索那边缺人做客服', 'scam_hub', [('overseas_scam_sector_role', '客服'), ('scam_hub_destination', '美索')], id='zh_destination_mae_sot'),
    pytest.param('海外娱乐城招客服', 'scam_hub', [('overseas_scam_sector_role', '娱乐城'), ('overseas_scam_sector_role', '客服')], id='zh_role_online_casino'),
    pytest.param('帮商家做数据优化，完成40单可提现', 'task_investment_scam', [('task_scam', '完成40单'), ('task_scam', '数据优化')], id='zh_task_data_optimisation'),
    pytest.param('儲值後才能提領佣金', 'task_investment_scam', [('crypto_deposit', '儲值'), ('crypto_deposit', '才能提領')], id='zh_crypto_stored_value'),
    pytest.param('有意加薇：abc000', 'contact_channel', [('messaging_app_contact', '加薇：')], id='zh_contact_telegram_handle'),
]

NEGATIVES = [
    pytest.param('零中介费，雇主承担机票', 'fee_upfront', id='zh_zero_agency_fee_employer_pays'),
    pytest.param('公司先给你培训', 'debt_repaid_from_salary', id='zh_company_trains_you_first'),
    pytest.param('带薪培训6周', 'fee_upfront', id='zh_paid_training_weeks'),
    pytest.param('每天要加班吗？', 'quota_targets', id='zh_overtime_daily'),
    pytest.param('封闭式培训两周', 'confinement', id='zh_closed_training'),
    pytest.param('保险理赔赔付专员', 'quit_penalty', id='zh_insurance_claims_role'),
    pytest.param('屯溪老街店招店员', 'scam_hub_destination', id='zh_old_street_shop'),
    pytest.param('意者請加LINE預約面試', 'messaging_app_contact', id='zh_line_to_book_interview'),
    pytest.param('直接来店里或者微信聊', 'messaging_app_contact', id='zh_wechat_as_alternative'),
    pytest.param('恭喜通過第二輪面試', 'task_scam', id='zh_second_interview_round'),
    pytest.param('每天十个小时', 'long_hours', id='zh_ten_hours'),
    pytest.param('先转机到新加坡', 'fee_upfront', id='zh_transfer_flight'),
    pytest.param('护照由本人自行保管', 'employer_keeps_passport', id='zh_passport_kept_by_self'),
]


# seed batch b4: broadened vocabulary (round 2)
POSITIVES += [
    pytest.param('公司会把支票寄给你，存入后扣除10%作为报酬', 'money', [('money_transfer_role', '支票寄给你，存入')], id='zh_b4_fee_cheque_mailed'),
    pytest.param('入职需先购买工作包才能接单', 'money', [('fee_upfront', '需先购买工作包')], id='zh_b4_fee_starter_kit'),
    pytest.param('机票公司先借给你，到了从工资里扣', 'money', [('debt_repaid_from_salary', '机票公司先借给你，到了从工资里扣')], id='zh_b4_debt_ticket_lent'),
    pytest.param('扣除10%作为报酬，其余款项汇给供应商', 'money', [('money_transfer_role', '扣除10%作为报酬，其余款项汇')], id='zh_b4_guaranteed_keep_percent_forward_rest'),
    pytest.param('回收有保障，厂家统一回收', 'too_good_offer', [('guaranteed_income', '厂家统一回收'), ('guaranteed_income', '回收有保障')], id='zh_b4_guaranteed_buy_back'),
    pytest.param('工作內容很簡單', 'too_good_offer', [('easy_work', '工作內容很簡單')], id='zh_b4_easy_content_simple'),
    pytest.param('当天就能提现', 'too_good_offer', [('daily_pay', '当天就能提现')], id='zh_b4_daily_withdraw_same_day'),
    pytest.param('一天轻轻松松三四百', 'too_good_offer', [('daily_pay', '一天轻轻松松三四百')], id='zh_b4_daily_chinese_numerals'),
    pytest.param('会打字就行，月入3w', 'too_good_offer', [('no_experience_needed', '会打字就行'), ('pay_too_good', '月入3w')], id='zh_b4_pay_w_abbreviation'),
    pytest.param('会拼音就行', 'too_good_offer', [('no_experience_needed', '会拼音就行')], id='zh_b4_no_exp_pinyin'),
    pytest.param('速度联系，先到先得', 'process', [('urgency', '先到先得'), ('urgency', '速度联系')], id='zh_b4_urgency_first_come'),
    pytest.param('无需视频面谈', 'process', [('no_interview', '无需视频面谈')], id='zh_b4_no_interview_video'),
    pytest.param('人到了第二天就能上班', 'process', [('hired_immediately', '第二天就能上班')], id='zh_b4_hired_next_day'),
    pytest.param('就说去泰国旅游', 'process', [('secrecy', '就说去')], id='zh_b4_secrecy_cover_story'),
    pytest.param('做什么到了再跟你说', 'employer_identity', [('vague_duties', '到了再跟你说')], id='zh_b4_vague_duties_on_arrival'),
    pytest.param('公司名称面试时告知', 'employer_identity', [('undisclosed_employer', '公司名称面试时告知')], id='zh_b4_undisclosed_at_interview'),
    pytest.param('私我小飞机', 'contact_channel', [('messaging_app_contact', '小飞机')], id='zh_b4_contact_small_plane'),
    pytest.param('去柬做网推', 'scam_hub', [('overseas_scam_sector_role', '网推'), ('scam_hub_destination', '去柬')], id='zh_b4_hub_cambodia_abbrev'),
    pytest.param('寮國線上主播', 'scam_hub', [('overseas_scam_sector_role', '線上主播'), ('scam_hub_destination', '寮國')], id='zh_b4_hub_laos_taiwan_name_streamer'),
    pytest.param('机票不用你出', 'travel_visa', [('employer_pays_travel', '机票不用你出')], id='zh_b4_travel_ticket_free'),
    pytest.param('以旅游名义出境', 'travel_visa', [('tourist_visa_entry', '以旅游名义出境')], id='zh_b4_tourist_in_name'),
    pytest.param('坐快艇渡河', 'travel_visa', [('transit_third_country', '坐快艇'), ('transit_third_country', '渡河')], id='zh_b4_transit_boat_river'),
    pytest.param('一天干十几个小时', 'exploitative_terms', [('long_hours', '十几个小时')], id='zh_b4_long_hours_over_ten'),
    pytest.param('完不成业绩要罚款', 'exploitative_terms', [('quota_targets', '完不成'), ('quota_targets', '罚款')], id='zh_b4_quota_fines'),
    pytest.param('做满一年才能走', 'exploitative_terms', [('quit_penalty', '做满一年才能走')], id='zh_b4_quit_after_one_year'),
    pytest.param('合同到岗后统一签订', 'exploitative_terms', [('contract_on_arrival', '合同到岗后统一签')], id='zh_b4_contract_after_reporting'),
    pytest.param('给酒店打分，一单3块', 'task_investment_scam', [('task_scam', '一单3'), ('task_scam', '给酒店打分')], id='zh_b4_task_rate_hotels'),
    pytest.param('帮商家提升销量', 'task_investment_scam', [('task_scam', '帮商家提升销量')], id='zh_b4_task_boost_sales'),
    pytest.param('充100U起步', 'task_investment_scam', [('crypto_deposit', '充100U起')], id='zh_b4_crypto_top_up_u'),
]

NEGATIVES += [
    pytest.param('签证费及机票由医院承担', 'fee_upfront', id='zh_b4_visa_fee_paid_by_employer'),
    pytest.param('工作签证和机票由酒店承担，不从工资扣除', 'debt_repaid_from_salary', id='zh_b4_not_deducted_from_salary'),
    pytest.param('應徵可寄信，LINE也可', 'messaging_app_contact', id='zh_b4_line_as_alternative'),
    pytest.param('入职后签订劳动合同', 'contract_on_arrival', id='zh_b4_contract_on_joining'),
    pytest.param('每天工作八小时', 'daily_pay', id='zh_b4_daily_hours_not_pay'),
    pytest.param('机票由医院承担', 'employer_pays_travel', id='zh_b4_ticket_named_employer'),
    pytest.param('給与は毎月25日に口座へ入金されます', 'crypto_deposit', id='zh_b4_japanese_deposit_word'),
]

@pytest.mark.parametrize(("text", "family", "expected"), POSITIVES)
def test_when_broadened_cue_is_present_then_its_words_are_the_span(engine: IndicatorEngine, text, family, expected):
    assert found_in(engine, text, FAMILIES[family]) == sorted(expected)


@pytest.mark.parametrize(("text", "indicator"), NEGATIVES)
def test_when_phrase_is_a_legitimate_look_alike_then_the_indicator_does_not_fire(engine: IndicatorEngine, text, indicator):
    assert found_in(engine, text, (indicator,)) == []


# seed batch b5 (round 3): money_transfer_role and broadened vocabulary
POSITIVES += [
    pytest.param('平台打款到你卡上，你再按要求转到指定账户', 'money', [('money_transfer_role', '打款到你卡上，你再按要求转到')], id='zh_b5_transfer_in_and_out'),
    pytest.param('使用本人名下银行账户接收客户货款', 'money', [('money_transfer_role', '本人名下银行账户接收')], id='zh_b5_transfer_own_account'),
    pytest.param('招收款代理，每过一万流水给200佣金', 'money', [('money_transfer_role', '一万流水'), ('money_transfer_role', '收款代理')], id='zh_b5_transfer_payment_agent_turnover'),
    pytest.param('专业跑分，日结', 'money', [('money_transfer_role', '跑分')], id='zh_b5_transfer_paofen'),
    pytest.param('配合刷脸，出租闲置对公账户', 'money', [('money_transfer_role', '出租闲置对公账户')], id='zh_b5_transfer_rent_company_account'),
    pytest.param('一張卡每月租金3000', 'money', [('money_transfer_role', '一張卡每月租金')], id='zh_b5_transfer_card_rent_traditional'),
    pytest.param('重新貼上新的寄件標籤', 'money', [('money_transfer_role', '重新貼上新的寄件標籤')], id='zh_b5_transfer_relabel_parcels'),
    pytest.param('在家收包裹，拆箱后寄到海外指定地址', 'money', [('money_transfer_role', '在家收包裹，拆箱后寄到')], id='zh_b5_transfer_reship_from_home'),
    pytest.param('你存入这张支票后，把差额汇回给我们', 'money', [('money_transfer_role', '存入这张支票后，把差额汇')], id='zh_b5_transfer_cheque_difference'),
    pytest.param('需繳交簽證及體檢行政費', 'money', [('fee_upfront', '繳交簽證及體檢行政費')], id='zh_b5_fee_administrative'),
    pytest.param('學經歷不拘，有無經驗均可', 'too_good_offer', [('no_experience_needed', '學經歷不拘'), ('no_experience_needed', '有無經驗均可')], id='zh_b5_no_exp_background'),
    pytest.param('会基本电脑操作即可', 'too_good_offer', [('no_experience_needed', '会基本电脑操作即可')], id='zh_b5_no_exp_basic_computer'),
    pytest.param('只需提供身分證副本', 'documents', [('documents_at_application', '身分證副本')], id='zh_b5_documents_id_copy'),
]

NEGATIVES += [
    pytest.param('公司依法缴纳社保，个税从工资扣除', 'debt_repaid_from_salary', id='zh_b5_tax_deducted_from_wages'),
    pytest.param('工资从工资卡扣除社保', 'debt_repaid_from_salary', id='zh_b5_social_insurance_deducted'),
    pytest.param('加店长微信 abc000 或者直接来店里聊', 'messaging_app_contact', id='zh_b5_wechat_or_walk_in'),
    pytest.param('Azure Seas Cruise Line 招聘服务员', 'messaging_app_contact', id='zh_b5_cruise_line_name'),
    pytest.param('資格：持有效護照、錄取後由公司安排訓練', 'employer_keeps_passport', id='zh_b5_passport_in_a_list'),
    pytest.param('落地后被收走护照', 'employer_keeps_passport', id='zh_b5_passport_taken_victim_story'),
    pytest.param('近期有人发布“高薪客服，无需经验，包机票”等招聘信息', 'no_experience_needed', id='zh_b5_quoted_in_warning'),
    pytest.param('騙徒常以「代收貨款」「幫公司轉賬」為名', 'money_transfer_role', id='zh_b5_quoted_money_mule_warning'),
    pytest.param('本行招聘支付结算岗，负责收款、付款及跨境汇款业务', 'money_transfer_role', id='zh_b5_bank_payments_clerk'),
    pytest.param('负责国际包裹转运及仓库管理', 'money_transfer_role', id='zh_b5_logistics_forwarding_job'),
    pytest.param('每周工资直接转入你的银行账户', 'money_transfer_role', id='zh_b5_wages_paid_into_account'),
]
