"""Table tests for the broadened Thai indicator vocabulary (batch b3): (text, expected [(indicator, words)]) rows.

Positive rows give every indicator the text reports with its exact words; negative rows are
legitimate look-alike phrasings that must report nothing.
"""

import json
from pathlib import Path

import pytest

from indicator_tables import found_in

from model.indicators import IndicatorEngine

_TAXONOMY = Path(__file__).resolve().parents[2] / "model" / "indicators" / "taxonomy.json"
ALL = tuple(i["id"] for i in json.loads(_TAXONOMY.read_text("utf-8"))["indicators"])


def found(engine: IndicatorEngine, text: str) -> list[tuple[str, str]]:
    return found_in(engine, text, ALL)


POSITIVES = [
    pytest.param('ไปถึงต้องฝากพาสปอร์ตไว้กับหัวหน้า', [('employer_keeps_passport', 'ต้องฝากพาสปอร์ตไว้กับ')], id='th_passport_left_with_boss'),
    pytest.param('บริษัทสำรองค่าตั๋วให้ก่อน ไปถึงค่อยผ่อนคืนจากค่าแรง', [('debt_repaid_from_salary', 'ค่อยผ่อนคืนจากค่าแรง'), ('debt_repaid_from_salary', 'สำรองค่า')], id='th_ticket_advanced_repaid_from_wages'),
    pytest.param('เหลือแค่ 2 ที่ ไม่งั้นคิวเต็ม', [('urgency', 'เหลือแค่ 2 ที่')], id='th_few_places_left'),
    pytest.param('รีวิวโรงแรม ให้ดาว 5 ดวง ได้ครั้งละ 50 บาท', [('task_scam', 'รีวิวโรงแรม'), ('task_scam', 'ให้ดาว'), ('task_scam', 'ได้ครั้งละ 50 บาท')], id='th_hotel_reviews_paid_per_time'),
    pytest.param('เติมยอดเริ่มต้น 1,000 บาท', [('crypto_deposit', 'เติมยอด')], id='th_top_up_balance'),
    pytest.param('ปันผลวันละ 3% การันตีไม่ขาดทุน', [('guaranteed_income', 'การันตีไม่ขาดทุน'), ('guaranteed_income', 'ปันผลวันละ 3%')], id='th_daily_dividend_no_loss'),
    pytest.param('ทำงานที่ลาว เข้าด้วยวีซ่าท่องเที่ยว ใบอนุญาตทำงานทำให้ทีหลัง', [('scam_hub_destination', 'ลาว'), ('tourist_visa_entry', 'เข้าด้วยวีซ่าท่องเที่ยว'), ('tourist_visa_entry', 'ใบอนุญาตทำงานทำให้ทีหลัง')], id='th_laos_tourist_visa_permit_later'),
    pytest.param('มีรถรับที่ด่านคลองลึก', [('airport_pickup', 'มีรถรับที่ด่าน'), ('transit_third_country', 'ด่านคลองลึก')], id='th_pickup_at_border_checkpoint'),
    pytest.param('เดินทางผ่านแม่สอด ค่าเดินทาง ฟรีทั้งหมด', [('employer_pays_travel', 'ฟรีทั้งหมด'), ('scam_hub_destination', 'แม่สอด'), ('transit_third_country', 'ผ่านแม่สอด')], id='th_via_mae_sot_everything_free'),
    pytest.param('รายละเอียดสัญญาจะแจ้งเมื่อถึงที่ทำงาน', [('contract_on_arrival', 'สัญญาจะแจ้งเมื่อถึง')], id='th_contract_explained_on_arrival'),
    pytest.param('สัญญา 1 ปี ห้ามลาออกก่อนกำหนด มิฉะนั้นต้องชดใช้ 150,000 บาท', [('quit_penalty', 'ต้องชดใช้ 150,000'), ('quit_penalty', 'ห้ามลาออก')], id='th_no_quitting_compensation'),
    pytest.param('ออกนอกพื้นที่ต้องขออนุญาต', [('confinement', 'ออกนอกพื้นที่ต้องขออนุญาต')], id='th_leave_area_needs_permission'),
    pytest.param('ทำงานวันละ 14 ชม. 7 วัน/สัปดาห์', [('long_hours', '7 วัน/สัปดาห์'), ('long_hours', 'วันละ 14 ชม.')], id='th_long_hours_not_read_as_daily_pay'),
    pytest.param('อย่าบอกพ่อแม่นะ', [('secrecy', 'อย่าบอกพ่อแม่')], id='th_dont_tell_parents'),
    pytest.param('ไม่ต้องสอบ แค่โอนค่าสมัคร 500 บ.', [('fee_upfront', 'ค่าสมัคร'), ('no_interview', 'ไม่ต้องสอบ')], id='th_no_exam_application_fee'),
    pytest.param('ติดต่อ Telegram @hr_asia000 เท่านั้น', [('messaging_app_contact', 'ติดต่อ Telegram @hr_asia000')], id='th_telegram_only'),
    pytest.param('ส่งรูปหน้าพาสปอร์ตมาทางไลน์', [('documents_at_application', 'ส่งรูปหน้าพาสปอร์ต'), ('messaging_app_contact', 'ส่งรูปหน้าพาสปอร์ตมาทางไลน์')], id='th_passport_photo_over_line'),
    pytest.param('รับโอนเงินแล้วโอนต่อให้บริษัท', [('money_transfer_role', 'รับโอนเงิน'), ('money_transfer_role', 'แล้วโอนต่อให้บริษัท')], id='th_receive_and_forward_money'),
    pytest.param('นำเช็คเข้าบัญชีตัวเองแล้วถอนเงินสด', [('money_transfer_role', 'นำเช็คเข้าบัญชี')], id='th_cheque_into_own_account'),
    pytest.param('ชื่อบริษัทแจ้งเฉพาะผู้ผ่านการคัดเลือก', [('undisclosed_employer', 'ชื่อบริษัทแจ้งเฉพาะ')], id='th_employer_named_only_to_selected'),
    pytest.param('ไปถึงค่อยบอกงาน', [('vague_duties', 'ไปถึงค่อยบอกงาน')], id='th_duties_told_on_arrival'),
    pytest.param('ไม่ต้องมีวุฒิ ใช้คอมเป็นก็พอ', [('no_experience_needed', 'ใช้คอมเป็นก็พอ'), ('no_experience_needed', 'ไม่ต้องมีวุฒิ')], id='th_no_degree_computer_enough'),
    pytest.param('งานง่ายๆ นั่งเล่นเฟซ เดือนละแสน', [('easy_work', 'งานง่าย'), ('easy_work', 'นั่งเล่นเฟซ'), ('pay_too_good', 'เดือนละแสน')], id='th_easy_facebook_hundred_thousand'),
    pytest.param('ถอนได้ทุกวัน วันนึงทำได้ 800 บาท', [('daily_pay', 'ถอนได้ทุกวัน'), ('daily_pay', 'วันนึงทำได้ 800')], id='th_withdraw_daily'),
    pytest.param('งานพนักงานบริการลูกค้าที่มะนิลา', [('overseas_scam_sector_role', 'พนักงานบริการลูกค้า'), ('scam_hub_destination', 'มะนิลา')], id='th_manila_with_role'),
    pytest.param('แค่ซื้อชุดอุปกรณ์เริ่มต้น 1,290 บาท', [('fee_upfront', 'แค่ซื้อชุดอุปกรณ์')], id='th_starter_kit_purchase'),
    pytest.param('ฝากเงินเป็นคริปโตเข้ากระเป๋าที่ให้ไป', [('crypto_deposit', 'ฝากเงินเป็นคริปโต')], id='th_crypto_wallet_deposit'),
    pytest.param('หางานเกาหลีผีน้อย เข้าแบบเที่ยวไปก่อน', [('tourist_visa_entry', 'ผีน้อย'), ('tourist_visa_entry', 'เข้าแบบเที่ยว')], id='th_korea_undocumented'),
    # batch b4
    pytest.param('ส่งรูปหน้าตรง+รูปเต็มตัวไม่แต่งภาพมาทางข้อความ', [('full_body_photo', 'ส่งรูปหน้าตรง+รูปเต็มตัวไม่แต่งภาพ')], id='th_b4_full_body_unedited'),
    pytest.param('พาสปอร์ตของพนักงานจะเก็บไว้ที่ฝ่ายบุคคลตลอดสัญญา', [('employer_keeps_passport', 'พาสปอร์ตของพนักงานจะเก็บไว้ที่ฝ่าย')], id='th_b4_passport_kept_at_hr'),
    pytest.param('ฝ่ายบุคคลจะเป็นผู้เก็บรักษาหนังสือเดินทาง', [('employer_keeps_passport', 'ฝ่ายบุคคลจะเป็นผู้เก็บรักษาหนังสือเดินทาง')], id='th_b4_hr_keeps_passport'),
    pytest.param('คุณมีหน้าที่ถอนเงินสดออกมาแล้วโอนต่อให้ซัพพลายเออร์', [('money_transfer_role', 'ถอนเงินสดออกมาแล้วโอนต่อให้ซัพพลายเออร์')], id='th_b4_withdraw_cash_and_forward'),
    pytest.param('บริษัทจะโอนเงินเข้าบัญชีส่วนตัวของคุณ แล้วให้โอนต่อให้ลูกค้า', [('money_transfer_role', 'เข้าบัญชีส่วนตัวของคุณ แล้วให้โอนต่อให้ลูกค้า')], id='th_b4_money_into_personal_account_forward'),
    pytest.param('ต้องโอนค่าบัตรพนักงานและค่าแรกเข้าก่อน', [('fee_upfront', 'ค่าบัตรพนักงาน'), ('fee_upfront', 'ค่าแรกเข้า')], id='th_b4_badge_and_entry_fee'),
    pytest.param('ค่าตั๋วบริษัทสำรองจ่ายให้ก่อน แล้วทยอยหักทีหลัง', [('debt_repaid_from_salary', 'ทยอยหัก'), ('debt_repaid_from_salary', 'สำรองจ่ายให้ก่อน')], id='th_b4_costs_advanced_deducted_bit_by_bit'),
    pytest.param('รายได้ 50k ไม่ต้องเก่งอังกฤษ', [('no_experience_needed', 'ไม่ต้องเก่งอังกฤษ'), ('pay_too_good', 'รายได้ 50k')], id='th_b4_k_salary_no_english'),
    pytest.param('ได้ทุนคืนพร้อมค่าคอมภายในวันเดียวกัน', [('daily_pay', 'ภายในวันเดียวกัน'), ('guaranteed_income', 'ได้ทุนคืนพร้อมค่าคอม')], id='th_b4_capital_back_same_day'),
    pytest.param('หักไว้ 5% เป็นค่าตอบแทนของคุณ', [('money_transfer_role', 'หักไว้ 5% เป็นค่าตอบแทน')], id='th_b4_keep_percent_as_pay'),
    pytest.param('ลงทุนไม่มีความเสี่ยง กำไรชัวร์', [('guaranteed_income', 'กำไรชัวร์'), ('guaranteed_income', 'ไม่มีความเสี่ยง')], id='th_b4_no_risk_sure_profit'),
    pytest.param('จ่ายเงินสดทันทีทุกวัน', [('daily_pay', 'จ่ายเงินสดทันที')], id='th_b4_cash_paid_at_once'),
    pytest.param('งานแพ็คของอยู่บ้าน ใช้เวลาวันละไม่ถึงชั่วโมง', [('easy_work', 'งานแพ็คของอยู่บ้าน'), ('easy_work', 'ใช้เวลาวันละไม่ถึงชั่วโมง')], id='th_b4_home_packing_under_an_hour'),
    pytest.param('งานออนไลน์ทำที่บ้าน มีมือถือเครื่องเดียวก็ทำได้', [('vague_duties', 'งานออนไลน์ทำที่บ้าน'), ('vague_duties', 'มีมือถือเครื่องเดียวก็ทำได้')], id='th_b4_online_job_one_phone'),
    pytest.param('ไม่ระบุชื่อบริษัท', [('undisclosed_employer', 'ไม่ระบุชื่อบริษัท')], id='th_b4_company_not_named'),
    pytest.param('ที่นั่งเหลือน้อย รีบติดต่อ', [('urgency', 'ที่นั่งเหลือน้อย'), ('urgency', 'รีบติดต่อ')], id='th_b4_few_seats_hurry'),
    pytest.param('บอกแค่ว่าไปเที่ยวกับเพื่อน', [('secrecy', 'บอกแค่ว่าไปเที่ยว')], id='th_b4_say_going_on_holiday'),
    pytest.param('ทักวอทส์แอพ +63 900 000 0123', [('messaging_app_contact', 'ทักวอทส์แอพ')], id='th_b4_whatsapp_thai_spelling'),
    pytest.param('งานกาสิโนออนไลน์ที่ฝั่งลาว', [('overseas_scam_sector_role', 'กาสิโน'), ('scam_hub_destination', 'ฝั่งลาว')], id='th_b4_official_casino_spelling_laos_side'),
    pytest.param('นั่งรถทัวร์ไปแม่สอดแล้วข้ามไปฝั่งโน้น', [('scam_hub_destination', 'แม่สอด'), ('transit_third_country', 'ข้ามไปฝั่ง'), ('transit_third_country', 'นั่งรถทัวร์ไปแม่สอด')], id='th_b4_coach_to_mae_sot_then_cross'),
    pytest.param('ให้คะแนนโรงแรม ทำครบ 30 ออเดอร์ต่อวัน', [('task_scam', 'ครบ 30 ออเดอร์ต่อวัน'), ('task_scam', 'ให้คะแนนโรงแรม')], id='th_b4_rate_hotels_daily_orders'),
    pytest.param('ฝากเงินดิจิทัล USDT ขั้นต่ำ 500 ลงทุนขั้นต่ำ 100', [('crypto_deposit', 'ฝากเงินดิจิทัล USDT'), ('crypto_deposit', 'ลงทุนขั้นต่ำ 100')], id='th_b4_digital_usdt_minimum'),
    # batch b5 (incl. money_transfer_role)
    pytest.param('แกะป้ายเดิม ติดป้ายชื่อใหม่ แล้วส่งต่อตามที่อยู่ที่บริษัทแจ้ง', [('money_transfer_role', 'แกะป้ายเดิม ติดป้ายชื่อใหม่ แล้วส่งต่อตามที่อยู่ที่บริษัทแจ้ง')], id='th_b5_relabel_and_reship'),
    pytest.param('รับพัสดุแทนบริษัท ได้ชิ้นละ 200', [('money_transfer_role', 'รับพัสดุแทน')], id='th_b5_receive_parcels_for_company'),
    pytest.param('โอนส่วนต่างคืนให้บริษัทผ่าน TrueMoney', [('money_transfer_role', 'โอนส่วนต่างคืน')], id='th_b5_return_the_difference'),
    pytest.param('ซื้อบัตรของขวัญแล้วส่งรหัสมาให้แอดมิน', [('money_transfer_role', 'ซื้อบัตรของขวัญแล้วส่งรหัส')], id='th_b5_gift_card_codes'),
    pytest.param('รับเช่าวอลเล็ท ทุกธนาคาร', [('money_transfer_role', 'รับเช่าวอลเล็ท')], id='th_b5_rent_e_wallet'),
    pytest.param('ตำแหน่ง ตัวแทนรับชำระเงิน ทำงานจากที่บ้าน', [('money_transfer_role', 'ตัวแทนรับชำระเงิน')], id='th_b5_payment_agent_title'),
    pytest.param('ค่าบริการจัดหางาน 120,000 บาท ชำระก่อนเดินทาง', [('fee_upfront', 'ค่าบริการจัดหางาน'), ('fee_upfront', 'ชำระก่อนเดินทาง')], id='th_b5_placement_fee_before_travel'),
    pytest.param('เดินทางด้วยฟรีวีซ่า 15 วัน แล้วนายจ้างดำเนินการต่อ', [('tourist_visa_entry', 'ฟรีวีซ่า 15 วัน')], id='th_b5_visa_exempt_entry'),
    pytest.param('ใช้บัตรผ่านแดนข้ามไปได้เลย', [('tourist_visa_entry', 'บัตรผ่านแดน')], id='th_b5_border_pass'),
    pytest.param('ทีมงานไปรับที่ด่านเชียงของ', [('airport_pickup', 'ทีมงานไปรับที่ด่าน')], id='th_b5_team_picks_up_at_checkpoint'),
    pytest.param('เบิกได้ทุกวัน', [('daily_pay', 'เบิกได้ทุกวัน')], id='th_b5_draw_pay_every_day'),
    pytest.param('ไม่เป็นเดี๋ยวสอน', [('no_experience_needed', 'ไม่เป็นเดี๋ยวสอน')], id='th_b5_will_teach_you'),
    pytest.param('รับ 5 คนสุดท้าย', [('urgency', '5 คนสุดท้าย')], id='th_b5_last_five'),
    pytest.param('เริ่มงานพรุ่งนี้ได้เลย', [('hired_immediately', 'เริ่มงานพรุ่งนี้')], id='th_b5_start_tomorrow'),
    pytest.param('รายละเอียดสัญญาจ้างจะชี้แจงเมื่อเดินทางถึงที่ทำงาน', [('contract_on_arrival', 'สัญญาจ้างจะชี้แจงเมื่อเดินทางถึง')], id='th_b5_contract_explained_on_arrival'),
]

NEGATIVES = [
    pytest.param('ร้านกาแฟ สนใจทักไลน์ร้านหรือเดินเข้ามาคุยที่ร้าน', id='th_line_or_walk_in'),
    pytest.param('สามารถเริ่มงานได้ทันที มีประกันสังคม', id='th_can_start_immediately_requirement'),
    pytest.param('บริษัทออกค่าตั๋วไปกลับ', id='th_return_ticket_benefit'),
    pytest.param('พนักงานเก็บพาสปอร์ตเอง', id='th_worker_holds_passport'),
    pytest.param('ทำงานวันละ 8 ชม. ค่าแรงตามกฎหมาย', id='th_warehouse_daily_wage_hours'),
    pytest.param('ปิดรับสมัครวันที่ 30 กันยายน', id='th_closing_date'),
    # batch b4
    pytest.param('เงินเดือน 15,000 บาท โอนเข้าบัญชีทุกสิ้นเดือน', id='th_b4_salary_into_account_monthly'),
    pytest.param('ถอนเงินเข้าบัญชีได้ทุกวันผ่านแอปไรเดอร์', id='th_b4_rider_app_withdrawal'),
    pytest.param('รีสอร์ทกาสิโนที่ได้รับใบอนุญาตในมาเก๊า รับสมัครดีลเลอร์', id='th_b4_licensed_casino_macau'),
    pytest.param('พนักงานถือหนังสือเดินทางของตนเองตลอดเวลา', id='th_b4_worker_holds_passport'),
    pytest.param('ทำงานเต็มตัว ส่งประวัติพร้อมรูปถ่ายหน้าตรง', id='th_b4_full_time_portrait_photo'),
    pytest.param('ร้านอาหารรับพนักงาน รับเงินสดทุกสัปดาห์', id='th_b4_weekly_cash_pay'),
    # batch b5
    pytest.param('ค่าจ้างจ่ายทุกวันเสาร์ เข้าบัญชี', id='th_b5_paid_every_saturday'),
    pytest.param('เก็บเงินปลายทาง (COD) และนำส่งเงินคืนสาขาทุกสิ้นวัน', id='th_b5_courier_cod'),
    pytest.param('รับชำระเงินจากลูกค้า ออกใบเสร็จ นำฝากเข้าบัญชีบริษัท', id='th_b5_finance_officer'),
    pytest.param('สนใจทักไลน์ร้าน @banmai000 หรือแวะมาที่ร้านได้เลยค่ะ', id='th_b5_line_or_walk_in'),
    pytest.param('เริ่มงานได้ทันที มีประกันสังคม', id='th_b5_can_start_immediately'),
    pytest.param('ค่าบริการเรียกเก็บไม่เกินอัตราที่กรมการจัดหางานกำหนด', id='th_b5_legal_agency_fee_cap'),
]


@pytest.mark.parametrize(("text", "expected"), POSITIVES)
def test_when_th_red_flag_is_worded_differently_then_its_words_are_reported(engine, text, expected):
    assert found(engine, text) == sorted(expected)


@pytest.mark.parametrize("text", NEGATIVES)
def test_when_th_ad_is_a_legitimate_look_alike_then_nothing_fires(engine, text):
    assert found(engine, text) == []
