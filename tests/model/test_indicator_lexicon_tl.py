"""Table tests for the broadened Tagalog/Taglish lexicon (batches b3, b4): (text, expected [(indicator, words)]) rows.

Positive rows give the exact words every indicator reports for the text (at least one row per indicator
whose tl vocabulary was broadened); negative rows are legitimate look-alike phrasings (employer-paid
costs, passports kept by the worker, payroll by bank transfer, contracts signed before travel) that must
report nothing.
"""

import json
from importlib.resources import files

import pytest

from indicator_tables import found_in

from model.indicators import IndicatorEngine

ALL = tuple(i["id"] for i in json.loads(files("model.indicators").joinpath("taxonomy.json").read_text("utf-8"))["indicators"])


def found(engine: IndicatorEngine, text: str) -> list[tuple[str, str]]:
    return found_in(engine, text, ALL)


POSITIVES = [
    pytest.param('i-add mo lang ako sa Telegram', [('messaging_app_contact', 'sa Telegram')], id='tl_b3_pos_01_messaging_app_contact'),
    pytest.param('Viber lang: 0917 000 0188', [('messaging_app_contact', 'Viber lang')], id='tl_b3_pos_02_messaging_app_contact'),
    pytest.param("Comment 'interested' tapos check inbox", [('details_in_private_chat', "Comment 'interested'"), ('details_in_private_chat', 'check inbox')], id='tl_b3_pos_03_details_in_private_chat'),
    pytest.param('di ko pa pwede sabihin yung name ng company', [('undisclosed_employer', 'di ko pa pwede sabihin yung name ng company')], id='tl_b3_pos_04_undisclosed_employer'),
    pytest.param('pakipadala na ng birth cert at bank account mo', [('documents_at_application', 'pakipadala na ng birth cert')], id='tl_b3_pos_05_documents_at_application'),
    pytest.param('pahiram lang ng GCash mo, may papasok na pera', [('money_transfer_role', 'pahiram lang ng GCash')], id='tl_b3_pos_06_documents_at_application'),
    pytest.param('ang passport ay itatabi ng HR para sa work permit', [('employer_keeps_passport', 'passport ay itatabi')], id='tl_b3_pos_07_employer_keeps_passport'),
    pytest.param('pasend ng height at weight mo', [('full_body_photo', 'height at weight')], id='tl_b3_pos_08_full_body_photo'),
    pytest.param('may ₱60,000 para sa visa at ticket', [('fee_upfront', '₱60,000 para sa visa')], id='tl_b3_pos_09_fee_upfront'),
    pytest.param('Activation fee ₱499 via GCash', [('fee_upfront', 'Activation fee')], id='tl_b3_pos_10_fee_upfront'),
    pytest.param('ikakaltas na lang buwan-buwan sa sahod mo', [('debt_repaid_from_salary', 'ikakaltas na lang buwan-buwan sa sahod')], id='tl_b3_pos_11_debt_repaid_from_salary'),
    pytest.param('typist sa Thailand, 70k a month, no need na ng diploma', [('no_experience_needed', 'no need na ng diploma'), ('overseas_scam_sector_role', 'typist'), ('pay_too_good', '70k a month'), ('scam_hub_destination', 'sa Thailand')], id='tl_b3_pos_12_pay_too_good'),
    pytest.param('₱2,000 araw-araw, cash out agad', [('daily_pay', 'cash out agad'), ('daily_pay', '₱2,000 araw-araw')], id='tl_b3_pos_13_daily_pay'),
    pytest.param('hindi na kailangan ng karanasan basta marunong mag-type', [('no_experience_needed', 'basta marunong'), ('no_experience_needed', 'hindi na kailangan ng karanasan')], id='tl_b3_pos_14_no_experience_needed'),
    pytest.param('magaan na trabaho lang to', [('easy_work', 'magaan na trabaho')], id='tl_b3_pos_15_easy_work'),
    pytest.param('Garantisadong 3% na tubo araw-araw', [('guaranteed_income', 'Garantisadong 3% na tubo')], id='tl_b3_pos_16_guaranteed_income'),
    pytest.param('ibabalik din po yan agad with commission', [('guaranteed_income', 'ibabalik din')], id='tl_b3_pos_17_guaranteed_income'),
    pytest.param('tagasalin at CSR sa ibang bansa', [('overseas_scam_sector_role', 'CSR'), ('overseas_scam_sector_role', 'tagasalin')], id='tl_b3_pos_18_overseas_scam_sector_role'),
    pytest.param('opening sa Sihanouk, chat support', [('overseas_scam_sector_role', 'chat support'), ('scam_hub_destination', 'Sihanouk')], id='tl_b3_pos_19_scam_hub_destination'),
    pytest.param('abono muna ng agency ang ticket at visa', [('employer_pays_travel', 'abono muna ng agency ang ticket')], id='tl_b3_pos_20_employer_pays_travel'),
    pytest.param('pagdating mo dun na iko-convert ang working visa', [('tourist_visa_entry', 'pagdating mo dun na iko-convert ang working visa')], id='tl_b3_pos_21_tourist_visa_entry'),
    pytest.param('may sasalubong sa inyo sa border', [('airport_pickup', 'may sasalubong')], id='tl_b3_pos_22_airport_pickup'),
    pytest.param('byaheng Manila-Bangkok, tapos land travel papuntang border', [('transit_third_country', 'byaheng Manila-Bangkok, tapos land travel papuntang')], id='tl_b3_pos_23_transit_third_country'),
    pytest.param('di na kailangan ng interview', [('no_interview', 'di na kailangan ng interview')], id='tl_b3_pos_24_no_interview'),
    pytest.param('pwede ka na mag-start bukas', [('hired_immediately', 'mag-start bukas')], id='tl_b3_pos_25_hired_immediately'),
    pytest.param('20 slots na lang, deadline bukas!', [('urgency', '20 slots na lang'), ('urgency', 'deadline bukas')], id='tl_b3_pos_26_urgency'),
    pytest.param('wag mo muna ipagsabi sa pamilya mo', [('secrecy', 'wag mo muna ipagsabi sa pamilya')], id='tl_b3_pos_27_secrecy'),
    pytest.param('mag-rate lang ng hotels, ₱150 kada task', [('easy_work', 'mag-rate lang'), ('task_scam', 'kada task'), ('task_scam', 'mag-rate lang ng hotels')], id='tl_b3_pos_28_task_scam'),
    pytest.param('kailangan mag-fund ng minimum 200 USDT', [('crypto_deposit', 'mag-fund ng minimum 200 USDT')], id='tl_b3_pos_29_crypto_deposit'),
    pytest.param('12 oras/araw, 1 day off kada buwan', [('long_hours', '1 day off kada buwan'), ('long_hours', '12 oras/araw')], id='tl_b3_pos_30_long_hours'),
    pytest.param('pag di umabot sa quota may multa', [('quota_targets', 'pag di umabot')], id='tl_b3_pos_31_quota_targets'),
    pytest.param('di ka na pwede lumabas ng compound', [('confinement', 'di ka na pwede lumabas')], id='tl_b3_pos_32_confinement'),
    pytest.param('pag nag-resign ka agad bayaran mo lahat ng gastos', [('quit_penalty', 'pag nag-resign ka agad bayaran')], id='tl_b3_pos_33_quit_penalty'),
    pytest.param('sa unang 3 buwan hawak muna nila sweldo mo', [('wages_withheld', 'hawak muna nila sweldo')], id='tl_b3_pos_34_wages_withheld'),
    pytest.param('ang kontrata ipapaliwanag pagdating', [('contract_on_arrival', 'kontrata ipapaliwanag pagdating'), ('vague_duties', 'ipapaliwanag pagdating')], id='tl_b3_pos_35_contract_on_arrival'),
]

NEGATIVES = [
    pytest.param('ikaw ang may hawak ng passport mo sa lahat ng oras', id='tl_b3_neg_01'),
    pytest.param('Pasado ka sa demo class, ipapadala ko ang kontrata sa email.', id='tl_b3_neg_02'),
    pytest.param('Employer ang sasagot ng visa at airfare. Walang placement fee.', id='tl_b3_neg_03'),
    pytest.param('bayad every 15th via bank transfer, wala kang babayaran', id='tl_b3_neg_04'),
    pytest.param('Kontratang mababasa mo bago pumirma, interview sa opisina.', id='tl_b3_neg_05'),
    pytest.param('Hindi kami humihingi ng deposito, crypto o kahit anong bayad.', id='tl_b3_neg_06'),
    pytest.param('ESL Teacher sa Bangkok, work permit inaasikaso ng school bago umalis.', id='tl_b3_neg_07'),
]


@pytest.mark.parametrize(("text", "expected"), POSITIVES)
def test_when_tl_b3_cue_is_present_then_its_words_are_reported(engine, text, expected):
    assert found(engine, text) == sorted(expected)


@pytest.mark.parametrize("text", NEGATIVES)
def test_when_tl_b3_look_alike_then_no_indicator_fires(engine, text):
    assert found(engine, text) == []


# ---- batch b4: vocabulary broadened after the b4 seed ads ----

POSITIVES_B4 = [
    pytest.param('Sahod P1,500-P3,000/araw sa bahay lang.', [('daily_pay', 'P1,500-P3,000/araw')], id='tl_b4_pos_01'),
    pytest.param('Kita ₱900 a day!', [('daily_pay', '₱900 a day')], id='tl_b4_pos_02'),
    pytest.param('Sahod same day sa GCash.', [('daily_pay', 'Sahod same day')], id='tl_b4_pos_03'),
    pytest.param('Limitado lang ang slots kaya bilisan nyo!', [('urgency', 'Limitado lang ang slots'), ('urgency', 'bilisan nyo')], id='tl_b4_pos_04'),
    pytest.param('Hanggang ngayong gabi lang ang application.', [('urgency', 'Hanggang ngayong gabi')], id='tl_b4_pos_05'),
    pytest.param('I-send mo ang pic ng ID mo sa chat.', [('documents_at_application', 'pic ng ID mo')], id='tl_b4_pos_06'),
    pytest.param('I-send mo ang account details at OTP mo dito sa chat.', [('documents_at_application', 'I-send mo ang account details')], id='tl_b4_pos_07'),
    pytest.param('Tatanggap ka lang ng pera sa bank account mo tapos ipapasa mo.', [('money_transfer_role', 'Tatanggap ka lang ng pera sa bank account mo')], id='tl_b4_pos_08'),
    pytest.param('Isusurender mo ang passport sa HR pagdating.', [('employer_keeps_passport', 'Isusurender mo ang passport')], id='tl_b4_pos_09'),
    pytest.param('Magbabayad ka ng 15k for processing bago umalis.', [('fee_upfront', 'Magbabayad ka ng 15k for processing')], id='tl_b4_pos_10'),
    pytest.param('May training bond na ₱80,000 bago ma-deploy.', [('fee_upfront', 'training bond')], id='tl_b4_pos_11'),
    pytest.param('I-encash mo ang tseke tapos ibalik mo ang sobra.', [('money_transfer_role', 'I-encash mo ang tseke'), ('money_transfer_role', 'ibalik mo ang sobra')], id='tl_b4_pos_12'),
    pytest.param('Ang ticket ay babayaran mo sa pamamagitan ng sahod.', [('debt_repaid_from_salary', 'babayaran mo sa pamamagitan ng sahod')], id='tl_b4_pos_13'),
    pytest.param('14 hours ang duty araw-araw.', [('long_hours', '14 hours ang duty')], id='tl_b4_pos_14'),
    pytest.param('Multa na 50k kapag umuwi ka bago matapos ang kontrata.', [('quit_penalty', 'Multa na 50k kapag umuwi')], id='tl_b4_pos_15'),
    pytest.param('Hindi pa namin pwedeng sabihin kung anong kumpanya.', [('undisclosed_employer', 'Hindi pa namin pwedeng sabihin kung anong kumpanya')], id='tl_b4_pos_16'),
    pytest.param('Pupunta ka muna sa Bangkok bilang turista.', [('tourist_visa_entry', 'bilang turista')], id='tl_b4_pos_17'),
    pytest.param('Pagdating sa Mae Sot tatawid kayo ng border.', [('scam_hub_destination', 'Mae Sot'), ('transit_third_country', 'tatawid kayo ng border')], id='tl_b4_pos_18'),
    pytest.param('I-rate mo lang ang mga hotel at kumita.', [('task_scam', 'I-rate mo lang ang mga hotel')], id='tl_b4_pos_19'),
    pytest.param('Siguradong kikita ka araw-araw.', [('guaranteed_income', 'Siguradong kikita')], id='tl_b4_pos_20'),
    pytest.param('Wag mo munang ipaalam sa asawa mo.', [('secrecy', 'Wag mo munang ipaalam')], id='tl_b4_pos_21'),
]

NEGATIVES_B4 = [
    pytest.param('Libre ang training, walang babayaran.', id='tl_b4_neg_01'),
    pytest.param('Magdala ng 2 valid ID at kopya ng resume sa interview.', id='tl_b4_neg_02'),
    pytest.param('Ang passport ay isusumite sa embassy para sa visa stamping.', id='tl_b4_neg_03'),
    pytest.param('Hindi kami naniningil ng bond o anumang fee.', id='tl_b4_neg_04'),
    pytest.param('Sahod ay ibibigay tuwing kinsenas sa inyong bank account.', id='tl_b4_neg_05'),
    pytest.param('8 hours ang duty, Lunes hanggang Biyernes.', id='tl_b4_neg_06'),
    pytest.param('Ikaw ang hahawak ng passport mo.', id='tl_b4_neg_07'),
]


@pytest.mark.parametrize(("text", "expected"), POSITIVES_B4)
def test_when_tl_b4_cue_is_present_then_its_words_are_reported(engine, text, expected):
    assert found(engine, text) == sorted(expected)


@pytest.mark.parametrize("text", NEGATIVES_B4)
def test_when_tl_b4_look_alike_then_no_indicator_fires(engine, text):
    assert found(engine, text) == []


# ---- batch b5: vocabulary broadened after the b5 seed ads; money_transfer_role (round 3) ----

POSITIVES_B5 = [
    pytest.param('Papahiramin mo lang ang GCash mo, may 500 ka kada linggo.', [('money_transfer_role', 'Papahiramin mo lang ang GCash')], id='tl_b5_pos_01_mtr_papahiram'),
    pytest.param('Ipa-rent mo lang ang GCash mo.', [('money_transfer_role', 'Ipa-rent mo lang ang GCash')], id='tl_b5_pos_02_mtr_rent_gcash'),
    pytest.param('I-transfer mo sa account na ibibigay namin.', [('money_transfer_role', 'I-transfer mo sa account na ibibigay')], id='tl_b5_pos_03_mtr_forward_to_given_account'),
    pytest.param('May papasok na pera tapos ipapasa mo lang sa ibang account.', [('money_transfer_role', 'ipapasa mo lang sa ibang account')], id='tl_b5_pos_04_mtr_ipasa_ibang_account'),
    pytest.param('Tatanggap ka ng bayad mula sa mga kliyente sa sariling GCash mo.', [('money_transfer_role', 'bayad mula sa mga kliyente sa sariling GCash')], id='tl_b5_pos_05_mtr_client_money_own_wallet'),
    pytest.param('I-convert sa USDT at ipadala sa company wallet.', [('crypto_deposit', 'USDT'), ('money_transfer_role', 'I-convert sa USDT at ipadala sa company wallet')], id='tl_b5_pos_06_mtr_convert_crypto'),
    pytest.param('Kukunin mo ang padala sa Cebuana sa pangalan mo.', [('money_transfer_role', 'padala sa Cebuana sa pangalan mo')], id='tl_b5_pos_07_mtr_remittance_in_your_name'),
    pytest.param('I-withdraw mo ang cash tapos ipadala sa supplier.', [('money_transfer_role', 'I-withdraw mo ang cash tapos ipadala')], id='tl_b5_pos_08_mtr_withdraw_and_send'),
    pytest.param('Tatanggap ka ng parcels sa bahay mo.', [('money_transfer_role', 'Tatanggap ka ng parcels sa bahay')], id='tl_b5_pos_09_mtr_parcels_at_home'),
    pytest.param('Ang mga package ay papalitan mo ng label at ipapadala ulit.', [('money_transfer_role', 'package ay papalitan mo ng label')], id='tl_b5_pos_10_mtr_relabel'),
    pytest.param('I-deposit mo yung check na ipapadala namin.', [('money_transfer_role', 'I-deposit mo yung check')], id='tl_b5_pos_11_mtr_deposit_check'),
    pytest.param('Cellphone lang ang puhunan.', [('easy_work', 'Cellphone lang ang puhunan')], id='tl_b5_pos_12_easy_work_cellphone'),
    pytest.param('Gamit lang ang cellphone, kikita ka na.', [('easy_work', 'Gamit lang ang cellphone')], id='tl_b5_pos_13_easy_work_gamit_lang'),
    pytest.param('Kailangan mag-recharge ng account para ma-withdraw.', [('crypto_deposit', 'mag-recharge ng account')], id='tl_b5_pos_14_crypto_deposit_recharge'),
]

NEGATIVES_B5 = [
    pytest.param('Ang sahod ay ipapadala sa inyong sariling bank account tuwing kinsenas.', id='tl_b5_neg_01_payroll'),
    pytest.param('Matatanggap mo ang sahod sa GCash mo tuwing 15 at 30.', id='tl_b5_neg_02_payroll_gcash'),
    pytest.param('Warehouse staff: tumanggap ng deliveries, i-check ang items at i-label para sa dispatch.', id='tl_b5_neg_03_warehouse'),
    pytest.param('Rider: kunin ang parcels sa hub at i-deliver sa customers.', id='tl_b5_neg_04_rider'),
    pytest.param('Ipadala ulit ang resume kung hindi pa nakakapag-apply.', id='tl_b5_neg_05_resend_resume'),
    pytest.param('Wag na wag ipahiram ang GCash mo sa iba, scam yan.', id='tl_b5_neg_06_warning'),
    pytest.param('Cashier: tumanggap ng bayad mula sa mga customer at i-record sa POS.', id='tl_b5_neg_07_cashier'),
    pytest.param('Accounting assistant: i-deposit ang mga tseke ng kompanya sa bangko ng kompanya.', id='tl_b5_neg_08_accounting_cheques'),
]


@pytest.mark.parametrize(("text", "expected"), POSITIVES_B5)
def test_when_tl_b5_cue_is_present_then_its_words_are_reported(engine, text, expected):
    assert found(engine, text) == sorted(expected)


@pytest.mark.parametrize("text", NEGATIVES_B5)
def test_when_tl_b5_look_alike_then_no_indicator_fires(engine, text):
    assert found(engine, text) == []
