"""Table tests for the money indicator family: (text, expected [(indicator, words)]) rows.

Positive rows give the exact words that must be reported; negative rows are legitimate
look-alikes that must report nothing from this family.
"""

import pytest

from indicator_tables import found_in

from model.indicators import IndicatorEngine

FAMILY = ('fee_upfront', 'debt_repaid_from_salary', 'money_transfer_role')


def found(engine: IndicatorEngine, text: str) -> list[tuple[str, str]]:
    return found_in(engine, text, FAMILY)


POSITIVES = [
    pytest.param("To start, pay the registration fee of $50 by bank transfer.", [('fee_upfront', 'registration fee')], id='en_registration_fee_requested'),
    pytest.param("A refundable deposit of USD 200 secures your place.", [('fee_upfront', 'refundable deposit')], id='en_refundable_deposit'),
    pytest.param("No experience needed, pay the training fee before you start.", [('fee_upfront', 'training fee')], id='en_fee_after_no_experience_clause_still_fires'),
    pytest.param("Your ticket and visa costs will be deducted from your first salary.", [('debt_repaid_from_salary', 'ticket and visa costs will be deducted from your first salary')], id='en_ticket_deducted_from_salary'),
    pytest.param("We offer a salary advance for your travel.", [('debt_repaid_from_salary', 'salary advance')], id='en_salary_advance'),
    pytest.param("入职需交中介费3000元", [('fee_upfront', '中介费')], id='zh_intermediary_fee'),
    pytest.param("報到前需繳押金", [('fee_upfront', '押金')], id='zh_traditional_deposit'),
    pytest.param("机票从工资里扣", [('debt_repaid_from_salary', '机票从工资里扣')], id='zh_ticket_from_wages'),
    pytest.param("Ứng viên cần đặt cọc 5 triệu trước khi bay", [('fee_upfront', 'đặt cọc')], id='vi_deposit'),
    pytest.param("Vé máy bay sẽ trừ vào lương tháng đầu", [('debt_repaid_from_salary', 'trừ vào lương')], id='vi_deducted_from_wages'),
    pytest.param("ค่าสมัคร 3,000 บาท จ่ายก่อนเดินทาง", [('fee_upfront', 'ค่าสมัคร'), ('fee_upfront', 'จ่ายก่อน')], id='th_application_fee'),
    pytest.param("ค่าตั๋วหักจากเงินเดือน", [('debt_repaid_from_salary', 'หักจากเงินเดือน')], id='th_deducted_from_salary'),
    pytest.param("Biaya pendaftaran Rp 500.000 dibayar di muka", [('fee_upfront', 'Biaya pendaftaran')], id='id_registration_fee'),
    pytest.param("Tiket pesawat potong gaji", [('debt_repaid_from_salary', 'potong gaji')], id='id_salary_cut'),
    pytest.param("Yuran pendaftaran RM300 perlu dibayar", [('fee_upfront', 'Yuran pendaftaran')], id='ms_registration_fee'),
    pytest.param("Bayad muna ng 5,000 bago umalis", [('fee_upfront', 'Bayad muna')], id='tl_pay_first'),
    pytest.param("Ang ticket ay ibabawas sa sahod", [('debt_repaid_from_salary', 'ibabawas sa sahod')], id='tl_deducted_from_wages'),
    pytest.param("Debes pagar una cuota de inscripción de 50 dólares", [('fee_upfront', 'cuota de inscripción')], id='es_registration_fee'),
    pytest.param("El pasaje será descontado de tu salario", [('debt_repaid_from_salary', 'descontado de tu salario')], id='es_deducted_from_pay'),
    pytest.param("선입금 50만원 필요", [('fee_upfront', '선입금')], id='ko_prepayment'),
    pytest.param("登録料として1万円が必要です", [('fee_upfront', '登録料')], id='ja_registration_fee'),
    pytest.param('Once selected you will buy your own starter laptop kit from our partner.', [('fee_upfront', 'buy your own starter laptop')], id='en_buy_your_own_kit'),
    pytest.param('A deposit to secure your slot is due this week.', [('fee_upfront', 'deposit to secure your slot')], id='en_deposit_secures_slot'),
    pytest.param('The air ticket is repaid through deductions from salary over six months.', [('debt_repaid_from_salary', 'ticket is repaid through deductions from salary')], id='en_cost_repaid_through_deductions'),
    pytest.param('Se requiere pago previo por el trámite de visa.', [('fee_upfront', 'pago previo')], id='es_pago_previo'),
    pytest.param('Ready na ang visa mo, magbayad ka muna ng processing.', [('fee_upfront', 'magbayad ka muna')], id='tl_magbayad_muna'),
    pytest.param('Đi Đài Loan, cọc giữ chỗ 15 triệu trước khi bay.', [('fee_upfront', 'cọc giữ chỗ')], id='vi_coc_giu_cho'),
    pytest.param('入职前需交押金三千元', [('fee_upfront', '押金')], id='zh_deposit'),
    pytest.param('ต้องโอนมัดจำ 5,000 บาท ก่อนบิน', [('fee_upfront', 'มัดจำ')], id='th_deposit'),
    pytest.param('출국 전 교육비 150만원 납부', [('fee_upfront', '교육비')], id='ko_education_fee'),
    pytest.param('枠を押さえるため予約金5万円をお振込みください', [('fee_upfront', '予約金')], id='ja_reservation_money'),
    pytest.param('El boleto lo adelantamos y se te descuenta del sueldo cada quincena.', [('debt_repaid_from_salary', 'se te descuenta del sueldo')], id='es_ticket_descuenta_del_sueldo'),
    pytest.param('Para avanzar solo falta pagar trámite de 300 dólares.', [('fee_upfront', 'pagar trámite')], id='es_pagar_tramite'),
    pytest.param('Vé máy bay công ty ứng trước, trừ dần mỗi tháng.', [('debt_repaid_from_salary', 'trừ dần')], id='vi_tru_dan'),
    pytest.param('ไปถึงแล้วค่อยหักทีละนิด', [('debt_repaid_from_salary', 'ไปถึงแล้วค่อยหัก')], id='th_deduct_after_arrival'),
    pytest.param('항공권은 첫 월급에서 빼드려요', [('debt_repaid_from_salary', '첫 월급에서 빼')], id='ko_first_pay_deduct'),
    pytest.param('渡航費は給料から天引きします', [('debt_repaid_from_salary', '渡航費は給料から天引き')], id='ja_tenbiki'),
    pytest.param('Ticket mo kaltas na lang sa sweldo.', [('debt_repaid_from_salary', 'kaltas na lang sa sweldo')], id='tl_kaltas_na_lang'),
    pytest.param('Send the balance to our approved equipment vendor.', [('fee_upfront', 'approved equipment vendor')], id='en_equipment_vendor'),
]

NEGATIVES = [
    pytest.param("We never charge a registration fee.", id='en_we_never_charge_a_fee'),
    pytest.param("Candidates must not pay any processing fee to anyone.", id='en_must_not_pay_any_fee'),
    pytest.param("Registration fee: not required.", id='en_fee_not_required'),
    pytest.param("Visa fee is covered by the company.", id='en_fee_covered_by_company'),
    pytest.param("Relocation package from Acme GmbH includes flights and a month of housing.", id='en_relocation_package'),
    pytest.param("本公司不收取任何中介费", id='zh_no_intermediary_fee'),
    pytest.param("公司包签证费", id='zh_employer_covers_visa_fee'),
    pytest.param("Công ty không thu phí tuyển dụng", id='vi_no_fee'),
    pytest.param("ไม่มีค่าสมัคร", id='th_no_application_fee'),
    pytest.param("Tidak ada biaya pendaftaran", id='id_no_registration_fee'),
    pytest.param("Sin cuota de inscripción", id='es_free_registration'),
    pytest.param('Visa fee and flight covered by the hospital trust.', id='en_visa_fee_and_flight_covered'),
    pytest.param('นายจ้างออกค่าวีซ่าให้ทั้งหมด', id='th_employer_pays_visa'),
    pytest.param('La empresa se encarga del trámite del permiso sin costo para usted.', id='es_company_handles_paperwork'),
    pytest.param('โรงแรมออกค่าวีซ่าทำงานให้', id='th_hotel_pays_visa'),
]


@pytest.mark.parametrize(("text", "expected"), POSITIVES)
def test_when_money_cue_is_present_then_its_words_are_the_span(engine, text, expected):
    assert found(engine, text) == sorted(expected)


@pytest.mark.parametrize("text", NEGATIVES)
def test_when_ad_is_a_legitimate_look_alike_then_no_money_indicator_fires(engine, text):
    assert found(engine, text) == []


TRANSFER_ROLE = [
    pytest.param("Home-based reshipping coordinator: receive packages at your home and reship them with our labels.", [('money_transfer_role', 'reshipping'), ('money_transfer_role', 'receive packages at your home and reship')], id='en_reshipping'),
    pytest.param("Deposit the cheque we mail you and wire the difference to our vendor.", [('money_transfer_role', 'Deposit the cheque we mail you and wire the difference')], id='en_deposit_cheque_wire_difference'),
    pytest.param('Gana extra prestando tu cuenta bancaria a nuestros clientes.', [('money_transfer_role', 'prestando tu cuenta bancaria')], id='es_lend_bank_account'),
    pytest.param('รับเช่าบัญชีธนาคาร', [('money_transfer_role', 'รับเช่าบัญชี')], id='th_rent_bank_account'),
    pytest.param('통장 대여 구합니다', [('money_transfer_role', '통장 대여')], id='ko_account_rental'),
    pytest.param('口座を貸すだけ', [('money_transfer_role', '口座を貸す')], id='ja_lend_account'),
    pytest.param('收购人头帐户', [('money_transfer_role', '收购人头帐户')], id='zh_rent_account'),
    pytest.param('Ipahiram lang ang GCash mo.', [('money_transfer_role', 'Ipahiram lang ang GCash')], id='tl_lend_gcash'),
    pytest.param("As a payment processing agent you receive funds on behalf of our clients.", [('money_transfer_role', 'payment processing agent'), ('money_transfer_role', 'receive funds on behalf of')], id='en_payment_processing_agent'),
]
TRANSFER_ROLE_NEGATIVES = [
    pytest.param("Warehouse associate: receive, inspect and put away inbound pallets.", id='en_warehouse_receiving'),
    pytest.param("Accounts payable clerk: process supplier invoices and reconcile bank statements.", id='en_accounts_payable'),
]


@pytest.mark.parametrize(("text", "expected"), TRANSFER_ROLE)
def test_when_the_job_is_to_pass_on_money_or_parcels_then_the_words_are_reported(engine, text, expected):
    assert found(engine, text) == sorted(expected)


@pytest.mark.parametrize("text", TRANSFER_ROLE_NEGATIVES)
def test_when_an_ordinary_job_handles_goods_or_payments_then_no_transfer_role_is_reported(engine, text):
    assert [f for f in found(engine, text) if f[0] == 'money_transfer_role'] == []


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("不收取押金或设备费", id='zh_no_deposit_or_equipment_fee'),
        pytest.param("ไม่มีค่าสมัครหรือค่ามัดจำ", id='th_no_application_fee_or_deposit'),
        pytest.param("We never ask for a deposit or training fee.", id='en_never_deposit_or_fee'),
    ],
)
def test_when_a_denial_covers_a_list_of_fees_then_none_of_them_fires(engine, text):
    assert found(engine, text) == []
