"""Table tests for the broadened Vietnamese indicator vocabulary (batch b3): (text, expected [(indicator, words)]) rows.

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
    pytest.param('Chị ơi bên em giữ passport cho chị để làm thẻ.', [('employer_keeps_passport', 'giữ passport')], id='vi_passport_kept_by_us'),
    pytest.param('Đến nơi nộp hộ chiếu cho phòng hành chính quản lý.', [('employer_keeps_passport', 'nộp hộ chiếu cho phòng')], id='vi_passport_handed_to_office'),
    pytest.param('Phí khám sức khỏe 3 triệu nộp trước khi bay.', [('fee_upfront', 'Phí khám sức khỏe'), ('fee_upfront', 'nộp trước')], id='vi_health_check_fee_paid_first'),
    pytest.param('Tiền vé với giấy tờ bên a ứng cho, trừ dần vô lương.', [('debt_repaid_from_salary', 'bên a ứng cho'), ('debt_repaid_from_salary', 'trừ dần vô lương')], id='vi_ticket_advanced_then_deducted'),
    pytest.param('Khong can phong van, gui anh ho chieu qua day.', [('documents_at_application', 'gui anh ho chieu'), ('no_interview', 'Khong can phong van')], id='vi_no_diacritics_no_interview_passport_photo'),
    pytest.param('Đừng kể với ai chuyện này nha.', [('secrecy', 'Đừng kể với ai')], id='vi_secrecy_tell_no_one'),
    pytest.param('Mỗi nhiệm vụ nhận 12k, đánh giá 5 sao cho shop.', [('task_scam', 'Mỗi nhiệm vụ nhận 12k'), ('task_scam', 'đánh giá 5 sao')], id='vi_task_per_mission_and_five_stars'),
    pytest.param('Nạp 200 USDT để kích hoạt tài khoản.', [('crypto_deposit', 'Nạp 200 USDT'), ('crypto_deposit', 'kích hoạt tài khoản')], id='vi_usdt_topup_activates_account'),
    pytest.param('ko can kinh nghiem, chi can biet dung dien thoai', [('no_experience_needed', 'chi can biet dung'), ('no_experience_needed', 'ko can kinh nghiem')], id='vi_no_diacritics_no_experience_just_phone'),
    pytest.param('Lãi 2%/ngày, cam kết không lỗ.', [('guaranteed_income', 'Lãi 2%/ngày'), ('guaranteed_income', 'cam kết không lỗ')], id='vi_daily_percent_return_no_loss'),
    pytest.param('Bao an o, ve may bay cty chiu.', [('employer_pays_travel', 'Bao an o'), ('employer_pays_travel', 've may bay cty chiu')], id='vi_no_diacritics_board_and_ticket_paid'),
    pytest.param('Đi bằng visa du lịch, giấy phép lao động làm sau.', [('tourist_visa_entry', 'giấy phép lao động làm sau'), ('tourist_visa_entry', 'visa du lịch')], id='vi_permit_arranged_later'),
    pytest.param('Có người đón tại cửa khẩu Mộc Bài.', [('airport_pickup', 'Có người đón tại cửa khẩu'), ('transit_third_country', 'Mộc Bài')], id='vi_pickup_at_border_gate'),
    pytest.param('Làm 14 tiếng, KPI 10 khách/ngày, không đạt KPI bị phạt.', [('long_hours', 'Làm 14 tiếng'), ('quota_targets', 'KPI 10 khách'), ('quota_targets', 'không đạt KPI bị')], id='vi_hours_and_kpi_fines'),
    pytest.param('Ăn ở trong khu, hợp đồng ký khi đến nơi.', [('confinement', 'Ăn ở trong khu'), ('contract_on_arrival', 'hợp đồng ký khi đến nơi')], id='vi_live_in_compound_contract_on_arrival'),
    pytest.param('Nghỉ việc trước 6 tháng phải bồi thường 5.000 USD.', [('quit_penalty', 'Nghỉ việc trước 6 tháng phải bồi thường')], id='vi_quit_before_term_compensation'),
    pytest.param('Lương tháng đầu công ty giữ lại.', [('wages_withheld', 'Lương tháng đầu công ty giữ')], id='vi_first_month_wage_kept'),
    pytest.param('Tuyển cskh làm ở Poipet, ngày kiếm 500-800k.', [('daily_pay', 'ngày kiếm 500-800k'), ('overseas_scam_sector_role', 'cskh'), ('scam_hub_destination', 'Poipet')], id='vi_role_at_poipet_daily_figure'),
    pytest.param('Chỉ còn 3 suất, hạn chót hôm nay.', [('urgency', 'Chỉ còn 3 suất'), ('urgency', 'hạn chót')], id='vi_few_slots_deadline'),
    pytest.param('Kb tele @job_000 để nhận việc.', [('messaging_app_contact', 'Kb tele @job_000')], id='vi_telegram_handle'),
    pytest.param('Thông tin chi tiết trao đổi riêng.', [('details_in_private_chat', 'Thông tin chi tiết trao đổi riêng')], id='vi_details_discussed_privately'),
    pytest.param('Gửi ảnh toàn thân và số đo 3 vòng.', [('full_body_photo', 'số đo 3 vòng'), ('full_body_photo', 'ảnh toàn thân')], id='vi_full_body_and_measurements'),
    pytest.param('nhận tiền vào tài khoản cá nhân rồi ck lại cho cty', [('money_transfer_role', 'ck lại cho cty'), ('money_transfer_role', 'nhận tiền vào tài khoản cá nhân')], id='vi_money_mule_forward'),
    pytest.param('qua đó sẽ biết làm gì', [('vague_duties', 'qua đó sẽ biết')], id='vi_vague_duties_on_arrival'),
    pytest.param('Tên công ty sẽ báo sau khi đến nơi.', [('undisclosed_employer', 'Tên công ty sẽ báo sau')], id='vi_employer_named_later'),
    pytest.param('Tuyển NV chat tiếng Trung làm bên Cam, bao ăn ở.', [('employer_pays_travel', 'bao ăn ở'), ('overseas_scam_sector_role', 'NV chat tiếng Trung'), ('scam_hub_destination', 'bên Cam')], id='vi_abbreviated_cambodia'),
    pytest.param('Cần người đứng tên nhận séc từ nước ngoài.', [('money_transfer_role', 'đứng tên nhận séc')], id='vi_cheque_cashing'),
    pytest.param('Gấp hộp tại nhà, cam kết bao tiêu sản phẩm.', [('guaranteed_income', 'cam kết bao tiêu')], id='vi_buy_back_guarantee'),
    pytest.param('Nhận đơn hàng ảo để tăng tương tác cho shop.', [('task_scam', 'tăng tương tác'), ('task_scam', 'đơn hàng ảo')], id='vi_fake_orders'),
    # batch b4
    pytest.param('Hộ chiếu của nhân viên sẽ do phòng hành chính giữ trong thời gian hợp đồng.', [('employer_keeps_passport', 'Hộ chiếu của nhân viên sẽ do phòng hành chính giữ')], id='vi_b4_passport_held_by_admin_office'),
    pytest.param('Sang tới nơi thì nộp lại hộ chiếu khi nhận việc nhé.', [('employer_keeps_passport', 'nộp lại hộ chiếu khi nhận việc')], id='vi_b4_passport_handed_in_on_arrival'),
    pytest.param('Nhận tiền thanh toán của khách vào tài khoản cá nhân rồi báo lại.', [('money_transfer_role', 'Nhận tiền thanh toán của khách vào tài khoản cá nhân')], id='vi_b4_payment_into_personal_account'),
    pytest.param('Sau đó chuyển tiếp sang ví của công ty trong 2 giờ.', [('money_transfer_role', 'chuyển tiếp sang ví của công ty')], id='vi_b4_forward_to_company_wallet'),
    pytest.param('Bên em gửi chị một tấm séc để chị nộp vào tài khoản.', [('money_transfer_role', 'gửi chị một tấm séc')], id='vi_b4_cheque_sent_to_deposit'),
    pytest.param('Phần còn lại chị chuyển cho nhà cung cấp thiết bị.', [('money_transfer_role', 'Phần còn lại chị chuyển cho')], id='vi_b4_forward_the_rest'),
    pytest.param('Mua bộ kit tài liệu trước khi bắt đầu, phí thành viên 200k.', [('fee_upfront', 'Mua bộ kit tài liệu trước'), ('fee_upfront', 'phí thành viên')], id='vi_b4_starter_kit_and_member_fee'),
    pytest.param('Cty ứng trước toàn bộ chi phí, làm trả nợ dần.', [('debt_repaid_from_salary', 'Cty ứng trước toàn bộ'), ('debt_repaid_from_salary', 'làm trả nợ')], id='vi_b4_costs_advanced_work_off_debt'),
    pytest.param('Tính tiền cuối mỗi ngày, làm đủ là rút được luôn.', [('daily_pay', 'Tính tiền cuối mỗi ngày'), ('daily_pay', 'rút được luôn')], id='vi_b4_paid_end_of_day_withdraw_now'),
    pytest.param('Biết dùng điện thoại là ok, ai cũng làm được.', [('no_experience_needed', 'Biết dùng điện thoại là ok'), ('no_experience_needed', 'ai cũng làm được')], id='vi_b4_anyone_can_do_it'),
    pytest.param('vc nhẹ, ngồi máy lạnh gõ phím.', [('easy_work', 'ngồi máy lạnh'), ('easy_work', 'vc nhẹ')], id='vi_b4_teencode_light_work_aircon'),
    pytest.param('Lợi nhuận ổn định, 0 rủi ro.', [('guaranteed_income', '0 rủi ro')], id='vi_b4_zero_risk'),
    pytest.param('Giữ lại 10% rồi chuyển phần còn lại cho bên mình.', [('money_transfer_role', 'Giữ lại 10% rồi chuyển phần còn lại')], id='vi_b4_keep_percent_forward_rest'),
    pytest.param('Đánh giá khách sạn để nhận hoa hồng.', [('task_scam', 'Đánh giá khách sạn')], id='vi_b4_rate_hotels'),
    pytest.param('Mỗi lượt đánh giá 30k, 40 nhiệm vụ/ngày.', [('task_scam', '40 nhiệm vụ/ngày'), ('task_scam', 'Mỗi lượt đánh giá 30k')], id='vi_b4_per_review_pay_daily_tasks'),
    pytest.param('Giúp các shop trên sàn tăng đơn mỗi tuần.', [('task_scam', 'Giúp các shop trên sàn tăng đơn')], id='vi_b4_help_shops_push_orders'),
    pytest.param('Nâng cấp lên VIP2 để mở khóa đơn giá cao.', [('crypto_deposit', 'Nâng cấp lên VIP2'), ('crypto_deposit', 'mở khóa đơn')], id='vi_b4_vip_upgrade_unlock_orders'),
    pytest.param('Thanh toán trước giá trị đơn để hệ thống ghi nhận.', [('crypto_deposit', 'Thanh toán trước giá trị đơn')], id='vi_b4_pay_order_value_first'),
    pytest.param('Chốt danh sách trong hôm nay, còn 3 slot cuối.', [('urgency', 'Chốt danh sách trong hôm nay'), ('urgency', 'còn 3 slot cuối')], id='vi_b4_list_closes_today_last_slots'),
    pytest.param('Đủ tuổi là nhận, mai bay luôn.', [('guaranteed_placement', 'Đủ tuổi là nhận'), ('hired_immediately', 'mai bay luôn')], id='vi_b4_of_age_is_enough_fly_tomorrow'),
    pytest.param('Đừng nói vs gia đình, cứ bảo đi du lịch Thái.', [('secrecy', 'cứ bảo đi du lịch'), ('secrecy', 'Đừng nói vs gia đình')], id='vi_b4_abbrev_tell_no_family_say_holiday'),
    pytest.param('Tuyển nhân viên trực game, chăm sóc người chơi tại Bavet.', [('overseas_scam_sector_role', 'chăm sóc người chơi'), ('overseas_scam_sector_role', 'trực game'), ('scam_hub_destination', 'Bavet')], id='vi_b4_game_support_at_bavet'),
    pytest.param('lg 30tr/th, không cần kinh nghiệm.', [('no_experience_needed', 'không cần kinh nghiệm'), ('pay_too_good', 'lg 30tr/th')], id='vi_b4_abbrev_salary_no_experience'),
    # batch b5 (incl. money_transfer_role)
    pytest.param('Tk của bạn chỉ dùng để nhận tiền từ khách rồi chuyển sang ví công ty.', [('money_transfer_role', 'nhận tiền từ khách rồi chuyển sang')], id='vi_b5_receive_then_forward'),
    pytest.param('Gửi tiền qua Western Union cho bên mình mỗi tối.', [('money_transfer_role', 'Gửi tiền qua Western Union')], id='vi_b5_forward_by_western_union'),
    pytest.param('Mua USDT rồi gửi vào ví bên mình, giữ 10% làm thù lao.', [('crypto_deposit', 'USDT'), ('money_transfer_role', 'Mua USDT rồi gửi vào')], id='vi_b5_buy_usdt_and_send'),
    pytest.param('Bóc tem cũ, dán lại tem mới và gửi đi theo địa chỉ công ty báo.', [('money_transfer_role', 'Bóc tem cũ'), ('money_transfer_role', 'dán lại tem mới và gửi đi theo địa chỉ công ty báo')], id='vi_b5_relabel_and_reship'),
    pytest.param('Tuyển CTV nhận hàng tại nhà, 150k/kiện.', [('money_transfer_role', 'CTV nhận hàng tại nhà')], id='vi_b5_parcels_at_home'),
    pytest.param('Cho thue the ATM, moi thang 2tr.', [('money_transfer_role', 'Cho thue the ATM')], id='vi_b5_rent_out_atm_card'),
    pytest.param('Cần người mở tài khoản hộ, trả 500k/tk.', [('money_transfer_role', 'mở tài khoản hộ')], id='vi_b5_open_account_for_us'),
    pytest.param('Bạn cần nạp 2.000.000đ để mở khóa đơn combo.', [('crypto_deposit', 'mở khóa đơn'), ('crypto_deposit', 'nạp 2.000.000đ'), ('task_scam', 'đơn combo')], id='vi_b5_topup_figure_combo_order'),
    pytest.param('Sau đó nhận lại toàn bộ gốc cùng 40% hoa hồng.', [('guaranteed_income', 'nhận lại toàn bộ gốc cùng 40% hoa hồng')], id='vi_b5_principal_back_with_commission'),
    pytest.param('Luong 450.000d/ngay, nhan viec ngay.', [('daily_pay', 'Luong 450.000d/ngay'), ('hired_immediately', 'nhan viec ngay')], id='vi_b5_no_diacritics_daily_wage'),
    pytest.param('Dong phi truoc 17h hom nay de giu cho.', [('fee_upfront', 'Dong phi'), ('fee_upfront', 'de giu cho'), ('urgency', 'truoc 17h hom nay')], id='vi_b5_deadline_today_hold_slot'),
    pytest.param('Hợp đồng lao động sẽ được giải thích khi đến nơi.', [('contract_on_arrival', 'Hợp đồng lao động sẽ được giải thích khi đến nơi')], id='vi_b5_contract_explained_on_arrival'),
    pytest.param('Nộp bản gốc hộ chiếu cho công ty giữ trong thời gian hợp đồng.', [('employer_keeps_passport', 'hộ chiếu cho công ty giữ')], id='vi_b5_passport_original_kept'),
    pytest.param('Viec nay ko dang cong khai, dung ke voi nha nha.', [('secrecy', 'dung ke voi nha'), ('secrecy', 'ko dang cong khai')], id='vi_b5_secret_no_diacritics'),
    pytest.param('Không đăng bài lên mạng xã hội, không chia sẻ công việc với người nhà.', [('secrecy', 'Không đăng bài lên mạng xã hội'), ('secrecy', 'không chia sẻ công việc với người nhà')], id='vi_b5_no_social_media_no_family'),
    pytest.param('Ten cty va dia chi se bao khi inbox.', [('undisclosed_employer', 'Ten cty va dia chi se bao khi')], id='vi_b5_employer_name_later'),
    pytest.param('Tuyển nhân viên tiếp thị online làm việc tại Bavet.', [('overseas_scam_sector_role', 'tiếp thị online'), ('scam_hub_destination', 'Bavet')], id='vi_b5_online_marketing_bavet'),
]

NEGATIVES = [
    pytest.param('Công ty không thu phí, ứng viên tự giữ hộ chiếu, hợp đồng ký trước khi xuất cảnh.', id='vi_worker_keeps_own_passport'),
    pytest.param('Nhiều người qua đó bị giữ hộ chiếu.', id='vi_victim_story_passive'),
    pytest.param('Cần 2 bạn phục vụ, nhắn zalo hoặc ghé quán trực tiếp.', id='vi_zalo_or_walk_in'),
    pytest.param('Công ty cấp laptop, phỏng vấn qua Google Meet, lương trả qua chuyển khoản cuối tháng.', id='vi_legit_remote_laptop'),
    pytest.param('Không yêu cầu đặt cọc thiết bị.', id='vi_no_deposit_stated'),
    pytest.param('Hợp đồng ký trước khi xuất cảnh tại văn phòng Hà Nội.', id='vi_contract_signed_before_departure'),
    pytest.param('Làm xoay ca 8 tiếng, nghỉ 4 ngày/tháng, có BHXH.', id='vi_shift_rotation'),
    # batch b4
    pytest.param('Tuyển dealer, người nước ngoài hoặc ứng viên Việt Nam đều được.', id='vi_b4_foreigners_may_apply'),
    pytest.param('Công ty có vốn nước ngoài tuyển CSKH tại TP.HCM.', id='vi_b4_foreign_invested_company_local'),
    pytest.param('Lương chuyển khoản vào tài khoản cá nhân ngày 5 hằng tháng.', id='vi_b4_salary_into_own_account'),
    pytest.param('Nhận lương hàng tuần qua thẻ ATM.', id='vi_b4_weekly_pay_atm'),
    pytest.param('Đánh giá năng lực nhân viên định kỳ 6 tháng.', id='vi_b4_performance_review'),
    pytest.param('Hộ chiếu do người lao động tự giữ.', id='vi_b4_worker_keeps_passport'),
    pytest.param('Công ty hỗ trợ người bán tăng doanh số bằng quảng cáo.', id='vi_b4_marketing_for_sellers'),
    # batch b5
    pytest.param('Nhân viên giao hàng thu hộ tiền COD và nộp lại cho bưu cục cuối ca.', id='vi_b5_courier_cod'),
    pytest.param('Kế toán thanh toán: lập lệnh chuyển tiền thanh toán cho nhà cung cấp.', id='vi_b5_accounts_payable'),
    pytest.param('Ngân hàng khuyến cáo: KHÔNG cho thuê, cho mượn, mua bán tài khoản ngân hàng.', id='vi_b5_bank_warning_no_renting'),
    pytest.param('dung nap tien, dung cho muon tai khoan ngan hang.', id='vi_b5_dont_top_up_no_diacritics'),
    pytest.param('Khách sạn chịu phí visa + vé máy bay, không trừ lương.', id='vi_b5_hotel_pays_visa_fee'),
    pytest.param('Lương nhận vào tài khoản ngân hàng ngày 10 hằng tháng.', id='vi_b5_salary_paid_to_bank'),
]


@pytest.mark.parametrize(("text", "expected"), POSITIVES)
def test_when_vi_red_flag_is_worded_differently_then_its_words_are_reported(engine, text, expected):
    assert found(engine, text) == sorted(expected)


@pytest.mark.parametrize("text", NEGATIVES)
def test_when_vi_ad_is_a_legitimate_look_alike_then_nothing_fires(engine, text):
    assert found(engine, text) == []
