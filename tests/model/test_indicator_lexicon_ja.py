"""Table tests for the broadened Japanese indicator vocabulary (seed batch b3).

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
    pytest.param('開始前に教材費19,800円が必要です', 'money', [('fee_upfront', '教材費')], id='ja_fee_materials'),
    pytest.param('VIP会員（2万円）になると報酬アップ', 'money', [('fee_upfront', 'VIP会員')], id='ja_fee_vip_membership'),
    pytest.param('飛行機代は給料から少しずつ返せばいい', 'money', [('debt_repaid_from_salary', '給料から少しずつ返せ')], id='ja_debt_repay_from_salary'),
    pytest.param('海外で高日給のお仕事', 'too_good_offer', [('pay_too_good', '高日給')], id='ja_pay_high_daily'),
    pytest.param('未経験者大歓迎', 'too_good_offer', [('no_experience_needed', '未経験者大歓迎')], id='ja_no_exp_welcome'),
    pytest.param('英語できなくてもOK', 'too_good_offer', [('no_experience_needed', '英語できなくても')], id='ja_no_exp_english'),
    pytest.param('いいね押すだけで1回300円', 'too_good_offer', [('easy_work', '押すだけで1回300円')], id='ja_easy_only_press'),
    pytest.param('自宅でデータ入力', 'too_good_offer', [('easy_work', '自宅でデータ入力')], id='ja_easy_home_typing'),
    pytest.param('即日手渡し', 'too_good_offer', [('daily_pay', '即日手渡し')], id='ja_daily_same_day_cash'),
    pytest.param('元本は必ず返金されます', 'too_good_offer', [('guaranteed_income', '元本は必ず返金')], id='ja_guaranteed_principal_back'),
    pytest.param('面接とかは特にないです', 'process', [('no_interview', '面接とかは特にない')], id='ja_no_interview_casual'),
    pytest.param('即スタートできます', 'process', [('hired_immediately', '即スタート')], id='ja_hired_immediately_start'),
    pytest.param('本日中に手続きしてください', 'process', [('urgency', '本日中')], id='ja_urgency_today'),
    pytest.param('ご家族や友人には詳しい仕事内容を話さないでください', 'process', [('secrecy', '家族や友人には詳しい仕事内容を話さない')], id='ja_secrecy_family'),
    pytest.param('マイナンバーカードの写真を送ってください', 'documents', [('documents_at_application', 'マイナンバーカードの写真')], id='ja_documents_my_number'),
    pytest.param('使ってない口座、買い取ります', 'money', [('money_transfer_role', '使ってない口座')], id='ja_documents_account_buy'),
    pytest.param('入国後、パスポートはビザ更新のため会社で保管します', 'documents', [('employer_keeps_passport', 'パスポートはビザ更新のため会社で保管')], id='ja_passport_kept_for_visa'),
    pytest.param('バストアップ写真を送付', 'documents', [('full_body_photo', 'バストアップ写真')], id='ja_full_body_bust'),
    pytest.param('応募はDMにて', 'employer_identity', [('details_in_private_chat', 'DMにて')], id='ja_private_chat_dm'),
    pytest.param('会社名は採用決定後にお知らせします', 'employer_identity', [('undisclosed_employer', '会社名は採用決定後にお知らせ')], id='ja_undisclosed_company'),
    pytest.param('目標未達の場合は減給', 'exploitative_terms', [('quota_targets', '目標未達の場合は減給')], id='ja_quota_pay_cut'),
    pytest.param('12時間シフト、休日は月2日', 'exploitative_terms', [('long_hours', '12時間シフト'), ('long_hours', '休日は月2日')], id='ja_long_hours_shift'),
    pytest.param('外出は許可制です', 'exploitative_terms', [('confinement', '外出は許可制')], id='ja_confinement_permission'),
    pytest.param('初月の給料は会社で預かります', 'exploitative_terms', [('wages_withheld', '初月の給料は会社で預か')], id='ja_wages_first_month'),
    pytest.param('1年未満の退職は渡航費を全額返済', 'exploitative_terms', [('quit_penalty', '1年未満の退職は渡航費を全額返済')], id='ja_quit_penalty_under_year'),
    pytest.param('雇用契約書は到着後に締結', 'exploitative_terms', [('contract_on_arrival', '雇用契約書は到着後に締結')], id='ja_contract_after_arrival'),
    pytest.param('渡航費は全部こっち持ち', 'travel_visa', [('employer_pays_travel', '渡航費は全部こっち持ち')], id='ja_free_travel_all'),
    pytest.param('現地で就労ビザに切り替え', 'travel_visa', [('tourist_visa_entry', '現地で就労ビザに切り替え')], id='ja_tourist_visa_switch'),
    pytest.param('迎えの車が待ってます', 'travel_visa', [('airport_pickup', '迎えの車')], id='ja_pickup_car'),
    pytest.param('バンコク行きの便に乗って、車でメーソートへ', 'travel_visa', [('transit_third_country', 'バンコク行きの便に乗って、車でメーソート')], id='ja_transit_bangkok'),
    pytest.param('タイ国境付近のコールセンター', 'scam_hub', [('overseas_scam_sector_role', 'コールセンター'), ('scam_hub_destination', 'タイ国境付近')], id='ja_destination_border'),
    pytest.param('海外でオンライン営業', 'scam_hub', [('overseas_scam_sector_role', 'オンライン営業')], id='ja_role_online_sales_abroad'),
    pytest.param('今回のミッションは注文最適化です', 'task_investment_scam', [('task_scam', '注文最適化')], id='ja_task_order_optimisation'),
    pytest.param('出金するには差額のチャージが必要', 'task_investment_scam', [('crypto_deposit', '出金するには'), ('crypto_deposit', '差額のチャージが必要')], id='ja_crypto_withdraw_charge'),
    pytest.param('オープンチャットへどうぞ', 'contact_channel', [('messaging_app_contact', 'オープンチャット')], id='ja_contact_open_chat'),
]

NEGATIVES = [
    pytest.param('手数料は一切いただきません', 'fee_upfront', id='ja_fee_none_charged'),
    pytest.param('ビザ代は会社負担です', 'fee_upfront', id='ja_visa_cost_company'),
    pytest.param('交通費支給', 'employer_pays_travel', id='ja_commuting_allowance'),
    pytest.param('店頭で声かけてもらうか、LINEで面接の日程調整しましょう', 'messaging_app_contact', id='ja_line_for_interview_schedule'),
    pytest.param('週7日営業の店舗', 'long_hours', id='ja_store_open_every_day'),
    pytest.param('SNS運用でフォロワーを増やす', 'crypto_deposit', id='ja_sns_management'),
    pytest.param('データの最適化を担当', 'task_scam', id='ja_data_optimisation_engineer'),
    pytest.param('観光で人気のリゾートホテル', 'tourist_visa_entry', id='ja_tourism_resort'),
    pytest.param('パスポートは本人保管、就労ビザは会社が管理', 'employer_keeps_passport', id='ja_passport_kept_by_self'),
    pytest.param('勤務地は配属決定後にお知らせします', 'undisclosed_employer', id='ja_work_location_later'),
    pytest.param('外出不要の在宅ワーク', 'confinement', id='ja_no_outing_remote'),
    pytest.param('1件500円の翻訳チェック', 'task_scam', id='ja_piece_rate_translation'),
]


# seed batch b4: broadened vocabulary (round 2)
POSITIVES += [
    pytest.param('小切手がご自宅に届きます', 'money', [('money_transfer_role', '小切手がご自宅に届')], id='ja_b4_fee_cheque_mailed'),
    pytest.param('入金確認後、お仕事を開始できます', 'money', [('fee_upfront', '入金確認後')], id='ja_b4_fee_after_payment_confirmed'),
    pytest.param('スターターキットのご購入が必要です', 'money', [('fee_upfront', 'スターターキットのご購入が必要')], id='ja_b4_fee_starter_kit'),
    pytest.param('渡航費は毎月分割で返していけばOK', 'money', [('debt_repaid_from_salary', '渡航費は毎月分割で返して')], id='ja_b4_debt_instalments'),
    pytest.param('月50万は固いよ', 'too_good_offer', [('guaranteed_income', '月50万は固い')], id='ja_b4_guaranteed_katai'),
    pytest.param('日本語できれば誰でもOK', 'too_good_offer', [('no_experience_needed', '日本語できれば誰でもOK')], id='ja_b4_no_exp_japanese_only'),
    pytest.param('指定の住所に再発送するだけ。', 'too_good_offer', [('easy_work', '再発送するだけ')], id='ja_b4_easy_reship_only'),
    pytest.param('報酬は即日出金できます', 'too_good_offer', [('daily_pay', '報酬は即日出金')], id='ja_b4_daily_same_day_withdrawal'),
    pytest.param('元本保証なので損することはありません', 'too_good_offer', [('guaranteed_income', '元本保証'), ('guaranteed_income', '損することはありません')], id='ja_b4_guaranteed_no_loss'),
    pytest.param('面接なし、明日から勤務OK', 'process', [('hired_immediately', '明日から勤務'), ('no_interview', '面接なし')], id='ja_b4_hired_from_tomorrow'),
    pytest.param('迷ってる時間はもったいない', 'process', [('urgency', '迷ってる時間はもったいない')], id='ja_b4_urgency_dont_hesitate'),
    pytest.param('家族や友達には内緒にしといて', 'process', [('secrecy', '家族や友達には内緒')], id='ja_b4_secrecy_family_friends'),
    pytest.param('身バレ絶対なし', 'process', [('secrecy', '身バレ')], id='ja_b4_secrecy_identity_hidden'),
    pytest.param('容姿に自信のある方', 'documents', [('full_body_photo', '容姿に自信')], id='ja_b4_photo_looks'),
    pytest.param('通帳の写しをご提出ください', 'documents', [('documents_at_application', '通帳の写し')], id='ja_b4_documents_passbook_copy'),
    pytest.param('会社名は面接の時に伝えるね', 'employer_identity', [('undisclosed_employer', '会社名は面接の時に伝え')], id='ja_b4_undisclosed_at_interview'),
    pytest.param('ワッツアップで連絡', 'contact_channel', [('messaging_app_contact', 'ワッツアップ')], id='ja_b4_contact_whatsapp_katakana'),
    pytest.param('マニラでオンカジのチャットオペレーター', 'scam_hub', [('overseas_scam_sector_role', 'オンカジ'), ('overseas_scam_sector_role', 'チャットオペレーター'), ('scam_hub_destination', 'マニラ')], id='ja_b4_role_online_casino_slang'),
    pytest.param('渡航してかけ子の仕事', 'scam_hub', [('overseas_scam_sector_role', 'かけ子')], id='ja_b4_role_caller_abroad'),
    pytest.param('渡航費も家も全部こっち持ち', 'travel_visa', [('employer_pays_travel', '渡航費も家も全部こっち持ち')], id='ja_b4_travel_all_on_us'),
    pytest.param('空港までスタッフがお迎えにあがります', 'travel_visa', [('airport_pickup', '空港までスタッフがお迎え')], id='ja_b4_pickup_staff'),
    pytest.param('短期滞在ビザで入国', 'travel_visa', [('tourist_visa_entry', '短期滞在ビザで入国')], id='ja_b4_tourist_short_stay'),
    pytest.param('車で国境を越えて現場へ', 'travel_visa', [('transit_third_country', '車で国境を越え')], id='ja_b4_transit_car_border'),
    pytest.param('外出は会社の許可制です', 'exploitative_terms', [('confinement', '外出は会社の許可制')], id='ja_b4_confinement_permission'),
    pytest.param('契約内容は現地到着後にご説明します', 'exploitative_terms', [('contract_on_arrival', '契約内容は現地')], id='ja_b4_contract_explained_on_arrival'),
    pytest.param('ホテルの口コミに星5つけるタスク', 'task_investment_scam', [('task_scam', '口コミに星5つけ')], id='ja_b4_task_rate_hotels'),
    pytest.param('上位タスクは先にチャージが必要です', 'task_investment_scam', [('crypto_deposit', '先にチャージが必要'), ('task_scam', '上位タスク')], id='ja_b4_crypto_charge_first'),
]

NEGATIVES += [
    pytest.param('研修費・登録料などの費用は一切かかりません', 'fee_upfront', id='ja_b4_no_fees_at_all'),
    pytest.param('給与からの天引きはありません', 'debt_repaid_from_salary', id='ja_b4_no_salary_deduction'),
    pytest.param('応募はお店のLINEからでもOKです', 'messaging_app_contact', id='ja_b4_line_as_alternative'),
    pytest.param('テレグラムやシグナルなど秘匿性の高いアプリへの誘導', 'messaging_app_contact', id='ja_b4_warning_lured_to_apps'),
    pytest.param('身分証の写真の送信要求', 'documents_at_application', id='ja_b4_warning_id_photo_demand'),
    pytest.param('「カンボジアで高収入、飛行機代も寮もタダ」って言って', 'employer_pays_travel', id='ja_b4_quoted_promise'),
    pytest.param('暗号資産の入金や送金を求めることは絶対にありません', 'crypto_deposit', id='ja_b4_exchange_never_asks_deposit'),
    pytest.param('SNSやLINEだけで完結する求人', 'no_interview', id='ja_b4_line_only_warning'),
]

@pytest.mark.parametrize(("text", "family", "expected"), POSITIVES)
def test_when_broadened_cue_is_present_then_its_words_are_the_span(engine: IndicatorEngine, text, family, expected):
    assert found_in(engine, text, FAMILIES[family]) == sorted(expected)


@pytest.mark.parametrize(("text", "indicator"), NEGATIVES)
def test_when_phrase_is_a_legitimate_look_alike_then_the_indicator_does_not_fire(engine: IndicatorEngine, text, indicator):
    assert found_in(engine, text, (indicator,)) == []


# seed batch b5 (round 3): money_transfer_role and broadened vocabulary
POSITIVES += [
    pytest.param('小切手をご自身の口座に入金していただきます', 'money', [('money_transfer_role', '小切手をご自身の口座に入金')], id='ja_b5_transfer_cheque_deposit'),
    pytest.param('手数料（10%）を差し引いた残額を送金してください', 'money', [('fee_upfront', '手数料'), ('money_transfer_role', '手数料（10%）を差し引いた残額を送金')], id='ja_b5_transfer_keep_percent_send_rest'),
    pytest.param('売上金をあなたの口座で受け取り、ウォレットへUSDTで送る', 'money', [('money_transfer_role', '売上金をあなたの口座で受け取り、ウォレットへUSDTで送る')], id='ja_b5_transfer_sales_through_own_account'),
    pytest.param('決済代行エージェント募集', 'money', [('money_transfer_role', '決済代行エージェント')], id='ja_b5_transfer_payment_agent'),
    pytest.param('1口座5万円で買い取ります', 'money', [('money_transfer_role', '口座5万円で買い取')], id='ja_b5_transfer_account_bought'),
    pytest.param('荷物を受け取って、別の住所に送り直す', 'money', [('money_transfer_role', '受け取って、別の住所に送り直')], id='ja_b5_transfer_reship'),
    pytest.param('ラベルを貼り替えて発送', 'money', [('money_transfer_role', 'ラベルを貼り替え')], id='ja_b5_transfer_relabel'),
    pytest.param('出し子募集', 'money', [('money_transfer_role', '出し子')], id='ja_b5_transfer_dashiko'),
    pytest.param('事前に15万円をお振込いただきます', 'money', [('fee_upfront', '事前に15万円をお振込')], id='ja_b5_fee_transfer_in_advance'),
    pytest.param('渡航サポート費として15万円', 'money', [('fee_upfront', 'サポート費として')], id='ja_b5_fee_support_fee'),
    pytest.param('パスポートは会社で一括保管いたします', 'documents', [('employer_keeps_passport', 'パスポートは会社で一括保管')], id='ja_b5_passport_kept_in_bulk'),
    pytest.param('PC打てればOK', 'too_good_offer', [('no_experience_needed', 'PC打てれば')], id='ja_b5_no_exp_can_type'),
    pytest.param('親とか友達には海外旅行って言っといて', 'process', [('secrecy', '親とか友達には海外旅行って言っといて')], id='ja_b5_secrecy_cover_story'),
    pytest.param('仕事の内容は向こうで説明するから', 'employer_identity', [('vague_duties', '仕事の内容は向こうで説明')], id='ja_b5_vague_duties_over_there'),
    pytest.param('外出は週1回まで', 'exploitative_terms', [('confinement', '外出は週1回まで')], id='ja_b5_confinement_outings_limited'),
    pytest.param('店舗の売上アップをお手伝いするお仕事', 'task_investment_scam', [('task_scam', '売上アップをお手伝い')], id='ja_b5_task_boost_sales'),
    pytest.param('ホテルに★5の評価をつけるだけ', 'task_investment_scam', [('task_scam', 'ホテルに★5の評価をつけ')], id='ja_b5_task_rate_hotels'),
    pytest.param('購入代金の立替が必要です', 'task_investment_scam', [('crypto_deposit', '購入代金の立替が必要')], id='ja_b5_deposit_advance_purchase'),
    pytest.param('友だち追加してね', 'contact_channel', [('messaging_app_contact', '友だち追加')], id='ja_b5_contact_add_friend'),
]

NEGATIVES += [
    pytest.param('月末締め翌月15日払い', 'daily_pay', id='ja_b5_monthly_pay_day'),
    pytest.param('面接はオンラインで行います', 'messaging_app_contact', id='ja_b5_online_is_not_line'),
    pytest.param('店長のLINE（abc000）か、お店に直接どうぞ', 'messaging_app_contact', id='ja_b5_line_or_walk_in'),
    pytest.param('保証金の徴収や違約金を定める契約は一切いたしません', 'fee_upfront', id='ja_b5_no_deposit_far_denial'),
    pytest.param('保証金の徴収や違約金を定める契約は一切いたしません', 'quit_penalty', id='ja_b5_no_penalty_far_denial'),
    pytest.param('当社は暗号資産の送金・デポジットを求めません', 'fee_upfront', id='ja_b5_deposit_not_asked'),
    pytest.param('SNSで「即日即金」「ホワイト案件」などとうたう募集', 'daily_pay', id='ja_b5_quoted_in_warning'),
    pytest.param('テレグラムやシグナルでのやり取りを求められ', 'messaging_app_contact', id='ja_b5_victim_told_to_use_app'),
    pytest.param('荷物の仕分け・梱包・発送のアルバイト', 'money_transfer_role', id='ja_b5_warehouse_parcels'),
    pytest.param('自宅で商品の梱包・発送', 'money_transfer_role', id='ja_b5_home_seller_shipping'),
    pytest.param('取引先からの入金確認、支払い・振込手続き', 'money_transfer_role', id='ja_b5_accounting_payments'),
    pytest.param('入社時に通帳をご持参ください', 'money_transfer_role', id='ja_b5_bankbook_for_payroll'),
]
