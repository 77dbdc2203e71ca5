"""Table tests for the broadened English lexicon (batches b3-b5): (text, expected [(indicator, words)]) rows.

Positive rows give the exact words every indicator reports for the text; negative rows are legitimate
look-alike phrasings (employer-paid costs, direct deposit, 24/7 opening hours, confidentiality duties,
app-store optimisation) that must report nothing.
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
    pytest.param('Pay the documentation & work permit fee of €650 before we file your papers.', [('fee_upfront', 'documentation & work permit fee')], id='en_b3_pos_01_fee_upfront'),
    pytest.param('A refundable visa deposit of USD 500 is required to confirm your slot.', [('fee_upfront', 'refundable visa deposit of USD 500 is required to confirm your slot')], id='en_b3_pos_02_fee_upfront'),
    pytest.param('Send the reservation payment via Western Union today.', [('fee_upfront', 'Send the reservation payment via Western Union')], id='en_b3_pos_03_fee_upfront'),
    pytest.param("Enclosed is a cashier's check for $2,480 for your assignment.", [('money_transfer_role', "Enclosed is a cashier's check for $2,480")], id='en_b3_pos_04_money_transfer_role'),
    pytest.param('Agent covers ticket n visa first, later u pay back frm salary only RM800 every month.', [('debt_repaid_from_salary', 'pay back frm salary')], id='en_b3_pos_05_debt_repaid_from_salary'),
    pytest.param('They just take it out of ur paycheck bit by bit.', [('debt_repaid_from_salary', 'take it out of ur paycheck')], id='en_b3_pos_06_debt_repaid_from_salary'),
    pytest.param('Flights are advanced by the employer and recovered in installments from salary.', [('debt_repaid_from_salary', 'Flights are advanced by the employer and recovered in installments from salary')], id='en_b3_pos_07_debt_repaid_from_salary'),
    pytest.param('Simple online job, earn 150-400 USD daily, withdraw anytime.', [('daily_pay', '150-400 USD daily'), ('easy_work', 'Simple online job'), ('pay_too_good', '150-400 USD daily')], id='en_b3_pos_08_daily_pay'),
    pytest.param('Part-time, daily income $200-$800, anyone over 20.', [('daily_pay', 'daily income $200-$800')], id='en_b3_pos_09_daily_pay'),
    pytest.param('No need experience, they train you.', [('no_experience_needed', 'No need experience')], id='en_b3_pos_10_no_experience_needed'),
    pytest.param('Just 20-30 mins a day from your phone.', [('easy_work', 'Just 20-30 mins a day')], id='en_b3_pos_11_easy_work'),
    pytest.param('Income is guaranteed and 100% of principal is returned.', [('guaranteed_income', 'Income is guaranteed'), ('guaranteed_income', 'principal is returned')], id='en_b3_pos_12_guaranteed_income'),
    pytest.param('The deposit is returned with 30% commission after 40 orders.', [('guaranteed_income', 'returned with 30% commission')], id='en_b3_pos_13_guaranteed_income'),
    pytest.param('Guaranteed $1,200/month for copy-paste work.', [('guaranteed_income', 'Guaranteed $1,200')], id='en_b3_pos_14_guaranteed_income'),
    pytest.param('Receive client payments, keep 10% and forward the rest via Zelle.', [('money_transfer_role', 'keep 10% and forward the rest via Zelle')], id='en_b3_pos_15_money_transfer_role'),
    pytest.param('Job in Kampong Saom, near the Thai-Myanmar border.', [('scam_hub_destination', 'Kampong Saom'), ('scam_hub_destination', 'Thai-Myanmar border')], id='en_b3_pos_16_scam_hub_destination'),
    pytest.param('Company work in Myawaddy, typing in English only.', [('overseas_scam_sector_role', 'typing'), ('scam_hub_destination', 'Myawaddy')], id='en_b3_pos_17_overseas_scam_sector_role'),
    pytest.param('Apply here: wa.me/15550199000', [('messaging_app_contact', 'wa.me/15550199000')], id='en_b3_pos_18_messaging_app_contact'),
    pytest.param('Send CV to jobs.hiring000@gmail.co.uk', [('personal_email_contact', 'jobs.hiring000@gmail.co.uk')], id='en_b3_pos_19_personal_email_contact'),
    pytest.param('Send ur passport photo page and I will book your flight.', [('documents_at_application', 'Send ur passport photo page')], id='en_b3_pos_20_documents_at_application'),
    pytest.param('Use your own bank account to receive customer transfers.', [('money_transfer_role', 'Use your own bank')], id='en_b3_pos_21_money_transfer_role'),
    pytest.param('Original passport to be surrendered to the admin office for safekeeping.', [('employer_keeps_passport', 'passport to be surrendered')], id='en_b3_pos_22_employer_keeps_passport'),
    pytest.param('Attach 3 photos (face, half body, full length) and state your height and weight.', [('full_body_photo', 'photos (face, half body'), ('full_body_photo', 'state your height and weight')], id='en_b3_pos_23_full_body_photo'),
    pytest.param('Hired instantly, you are hired once you reply.', [('hired_immediately', 'Hired instantly'), ('hired_immediately', 'you are hired')], id='en_b3_pos_24_hired_immediately'),
    pytest.param('Direct hire! 5 seats left, deadline tonight.', [('urgency', 'deadline tonight'), ('urgency', 'seats left')], id='en_b3_pos_25_urgency'),
    pytest.param('Please keep this opportunity confidential, do not share with family or post online.', [('secrecy', 'do not share with family'), ('secrecy', 'keep this opportunity confidential')], id='en_b3_pos_26_secrecy'),
    pytest.param('Company details will be disclosed only after you pass the screening in private chat.', [('details_in_private_chat', 'private chat'), ('undisclosed_employer', 'Company details will be disclosed')], id='en_b3_pos_27_details_in_private_chat'),
    pytest.param('Daily KPI: 10 new contacts; a fine of USD 50 for each missed target.', [('quota_targets', 'Daily KPI: 10 new contacts; a fine of USD 50 for each missed target')], id='en_b3_pos_28_quota_targets'),
    pytest.param('Conditions: 2 rest days per month.', [('long_hours', '2 rest days per month')], id='en_b3_pos_29_long_hours'),
    pytest.param("You can't go out without manager permission.", [('confinement', "can't go out")], id='en_b3_pos_30_confinement'),
    pytest.param('Employees who resign within 1 year are liable for a USD 5,000 compensation fee.', [('quit_penalty', 'compensation fee'), ('quit_penalty', 'resign within 1 year are liable')], id='en_b3_pos_31_quit_penalty'),
    pytest.param('The contract we explain when you arrive.', [('contract_on_arrival', 'contract we explain when you arrive')], id='en_b3_pos_32_contract_on_arrival'),
    pytest.param('Help merchants boost their app ratings, commission per order.', [('task_scam', 'boost their app ratings'), ('task_scam', 'commission per order')], id='en_b3_pos_33_task_scam'),
    pytest.param('Workers must keep 100 USDT in their work account; combination sets require an additional recharge.', [('crypto_deposit', 'USDT'), ('crypto_deposit', 'additional recharge'), ('crypto_deposit', 'combination sets'), ('crypto_deposit', 'in their work account')], id='en_b3_pos_34_crypto_deposit'),
    pytest.param('Activate ur account with 200 USDT first.', [('crypto_deposit', 'Activate ur account with 200 USDT')], id='en_b3_pos_35_crypto_deposit'),
    pytest.param('Our staff will fetch u at Aranyaprathet checkpoint.', [('airport_pickup', 'fetch u at Aranyaprathet checkpoint')], id='en_b3_pos_36_airport_pickup'),
    pytest.param('Then our car will bring u across to the other side.', [('transit_third_country', 'bring u across')], id='en_b3_pos_37_transit_third_country'),
    pytest.param('Come on a tourist visa, we do a visa run every 30 days.', [('tourist_visa_entry', 'tourist visa'), ('tourist_visa_entry', 'visa run')], id='en_b3_pos_38_tourist_visa_entry'),
    # batch b4: vendor-bought licences and kits, compound rules, liking/rating tasks, pre-funding, bare daily figures
    pytest.param('New hires purchase the transcription software licence ($189) from our certified vendor.', [('fee_upfront', 'purchase the transcription software licence ($189) from our certified vendor')], id='en_b4_pos_01_fee_upfront'),
    pytest.param('Registration kit costs $49, refundable after your first batch.', [('fee_upfront', 'Registration kit costs $49, refundable after your first batch')], id='en_b4_pos_02_fee_upfront'),
    pytest.param('Training materials cost $150, payable before orientation.', [('fee_upfront', 'Training materials cost $150')], id='en_b4_pos_03_fee_upfront'),
    pytest.param('Resignation within the first 6 months requires payment of USD 3,000 compensation.', [('quit_penalty', 'Resignation within the first 6 months requires payment of USD 3,000 compensation')], id='en_b4_pos_04_quit_penalty'),
    pytest.param('Staff reside in the company dormitory inside the park.', [('confinement', 'reside in the company dormitory inside the park')], id='en_b4_pos_05_confinement'),
    pytest.param('Leaving the park requires supervisor approval.', [('confinement', 'Leaving the park requires supervisor approval')], id='en_b4_pos_06_confinement'),
    pytest.param('Failure to meet targets will result in fines.', [('quota_targets', 'Failure to meet targets will result in fines')], id='en_b4_pos_07_quota_targets'),
    pytest.param('Employer name revealed upon arrival.', [('undisclosed_employer', 'Employer name revealed upon arrival')], id='en_b4_pos_08_undisclosed_employer'),
    pytest.param('Company name and location I can tell in private chat only.', [('details_in_private_chat', 'private chat'), ('undisclosed_employer', 'Company name and location I can tell in private chat')], id='en_b4_pos_09_undisclosed_employer'),
    pytest.param('Earn by liking youtube vids and following tiktok accs.', [('task_scam', 'Earn by liking youtube vids'), ('task_scam', 'following tiktok accs')], id='en_b4_pos_10_task_scam'),
    pytest.param('Get paid for rating restaurants on your phone.', [('task_scam', 'paid for rating restaurants')], id='en_b4_pos_11_task_scam'),
    pytest.param('Leave 5-star reviews so the hotels rank higher.', [('task_scam', 'Leave 5-star reviews')], id='en_b4_pos_12_task_scam'),
    pytest.param('Some bookings need pre-funding from your side.', [('crypto_deposit', 'pre-funding from your')], id='en_b4_pos_13_crypto_deposit'),
    pytest.param('Top up your balance to unlock the order.', [('crypto_deposit', 'Top up your balance')], id='en_b4_pos_14_crypto_deposit'),
    pytest.param('U can make 300-800 daily.', [('daily_pay', 'make 300-800 daily')], id='en_b4_pos_15_daily_pay'),
    pytest.param('Salary paid thru gcash same day.', [('daily_pay', 'paid thru gcash same day')], id='en_b4_pos_16_daily_pay'),
    pytest.param('Only takes 30 mins a day.', [('easy_work', 'Only takes 30 mins a day')], id='en_b4_pos_17_easy_work'),
    pytest.param('No working experience required.', [('no_experience_needed', 'No working experience required')], id='en_b4_pos_18_no_experience_needed'),
    pytest.param('After the chat interview you have been hired as a remote assistant.', [('hired_immediately', 'you have been hired')], id='en_b4_pos_19_hired_immediately'),
    pytest.param('Keep all trips confidential.', [('secrecy', 'Keep all trips confidential')], id='en_b4_pos_20_secrecy'),
    pytest.param('Just leave 5-star reviews and earn.', [('task_scam', 'leave 5-star reviews')], id='en_b4_pos_21_task_scam'),
    # batch b5 (round 3): money_transfer_role (parcels at home, account renting, gift cards, fake cheques), secrecy, guarantees, quit penalty, passport, task wording
    pytest.param('you receive packages at your address, check the items and put the new prepaid shipping labels we email you.', [('money_transfer_role', 'prepaid shipping labels we email'), ('money_transfer_role', 'receive packages at your address')], id='en_b5_pos_01_money_transfer_role'),
    pytest.param('coordinators to receive merchandise at their residence, repackage the items and forward the packages to our overseas clients.', [('money_transfer_role', 'forward the packages to our overseas clients'), ('money_transfer_role', 'receive merchandise at their residence')], id='en_b5_pos_02_money_transfer_role'),
    pytest.param('just rent ur bank account to our company for 1 month, we use it to receive transfers from customers.', [('money_transfer_role', 'rent ur bank account'), ('money_transfer_role', 'use it to receive transfers')], id='en_b5_pos_03_money_transfer_role'),
    pytest.param('Looking for people to lend us your GCash account, 500 per day.', [('money_transfer_role', 'lend us your GCash account')], id='en_b5_pos_04_money_transfer_role'),
    pytest.param('Bank account for rent, high commission.', [('money_transfer_role', 'Bank account for rent')], id='en_b5_pos_05_money_transfer_role'),
    pytest.param('we send funds to your account, you buy Google Play and Apple gift cards at Walmart, scratch them and send pics of the codes.', [('money_transfer_role', 'buy Google Play and Apple gift cards at Walmart, scratch'), ('money_transfer_role', 'we send funds to your account')], id='en_b5_pos_06_money_transfer_role'),
    pytest.param('Receive customer payments and forward them to our office via Bitcoin ATM.', [('fee_upfront', 'payments and forward them to our office via Bitcoin ATM'), ('money_transfer_role', 'Receive customer payments and forward them to')], id='en_b5_pos_07_money_transfer_role'),
    pytest.param('We need local representatives to handle customer payments on our behalf.', [('money_transfer_role', 'representatives to handle customer payments on our behalf')], id='en_b5_pos_08_money_transfer_role'),
    pytest.param('Our company will send you a check for office equipment.', [('money_transfer_role', 'send you a check for office')], id='en_b5_pos_09_money_transfer_role'),
    pytest.param("I will mail you a cashier's check, deposit it via mobile and send the rest to my vendor via Zelle.", [('money_transfer_role', 'deposit it via mobile'), ('money_transfer_role', "mail you a cashier's check"), ('money_transfer_role', 'send the rest to my vendor')], id='en_b5_pos_10_money_transfer_role'),
    pytest.param('Use your own bank account to receive customer transfers.', [('money_transfer_role', 'Use your own bank')], id='en_b5_pos_11_money_transfer_role'),
    pytest.param('dont tell ur parents first ok', [('secrecy', 'dont tell ur parents')], id='en_b5_pos_12_secrecy'),
    pytest.param("Please don't let your family know about this job yet.", [('secrecy', "don't let your family know")], id='en_b5_pos_13_secrecy'),
    pytest.param('Placement is 100% guaranteed once the fees are received.', [('guaranteed_placement', 'Placement is 100% guaranteed')], id='en_b5_pos_14_guaranteed_placement'),
    pytest.param('100% sure deployment within 30 days.', [('guaranteed_placement', '100% sure deployment')], id='en_b5_pos_15_guaranteed_placement'),
    pytest.param('our AI desk makes guaranteed 3% daily.', [('guaranteed_income', 'guaranteed 3% daily')], id='en_b5_pos_16_guaranteed_income'),
    pytest.param('u get 5% each transaction guaranteed.', [('guaranteed_income', '5% each transaction guaranteed')], id='en_b5_pos_17_guaranteed_income'),
    pytest.param('Commission is guaranteed every day.', [('guaranteed_income', 'Commission is guaranteed')], id='en_b5_pos_18_guaranteed_income'),
    pytest.param('If you want to resign before 1 year, pay back 5000 USD for your ticket.', [('quit_penalty', 'resign before 1 year, pay back 5000')], id='en_b5_pos_19_quit_penalty'),
    pytest.param('Staff may leave the campus only with the approval of the team leader.', [('confinement', 'leave the campus only with the approval')], id='en_b5_pos_20_confinement'),
    pytest.param('bring ur passport, the company will keep it for the working visa.', [('employer_keeps_passport', 'passport, the company will keep it')], id='en_b5_pos_21_employer_keeps_passport'),
    pytest.param("Bring your passport and we'll keep it safe until the contract ends.", [('employer_keeps_passport', "passport and we'll keep it safe until the contract ends")], id='en_b5_pos_22_employer_keeps_passport'),
    pytest.param('We help online merchants increase their sales ranking by completing product orders on their stores.', [('task_scam', 'completing product orders'), ('task_scam', 'help online merchants increase their sales ranking')], id='en_b5_pos_23_task_scam'),
    pytest.param('Each workday you complete 40 optimization tasks.', [('task_scam', '40 optimization tasks')], id='en_b5_pos_24_task_scam'),
    pytest.param('download and rate partner apps from the store.', [('task_scam', 'download and rate partner apps')], id='en_b5_pos_25_task_scam'),
    pytest.param('Ur visa we settle it after u reach, no worry.', [('tourist_visa_entry', 'visa we settle it after u reach')], id='en_b5_pos_26_tourist_visa_entry'),
]

NEGATIVES = [
    pytest.param('The employer pays all visa and medical fees.', id='en_b3_neg_01'),
    pytest.param('Salary is paid by direct deposit every other Friday.', id='en_b3_neg_02'),
    pytest.param('Taxes are withheld as required by law.', id='en_b3_neg_03'),
    pytest.param('Open 24 hours a day, 7 days a week.', id='en_b3_neg_04'),
    pytest.param('Work permit and EB visa processed by our legal team; you keep your passport.', id='en_b3_neg_05'),
    pytest.param('Strong experience in social media marketing and app store optimization.', id='en_b3_neg_06'),
    pytest.param('We never ask candidates to deposit crypto or pay any fee.', id='en_b3_neg_07'),
    pytest.param('Must maintain confidentiality of patient records.', id='en_b3_neg_08'),
    pytest.param("Bachelor's degree required; no degree? Apply to our apprenticeship instead.", id='en_b3_neg_09'),
    pytest.param('Needed: reliable warehouse associate, weekly pay, walk-in interviews.', id='en_b3_neg_10'),
    pytest.param('Review job applications and schedule interviews.', id='en_b3_neg_11'),
    # batch b4
    pytest.param('Once you have been hired you will receive your laptop.', id='en_b4_neg_01'),
    pytest.param('Follow our Instagram page for updates and like our Facebook page.', id='en_b4_neg_02'),
    pytest.param('The company will purchase the software licence for you.', id='en_b4_neg_03'),
    pytest.param('Keep all patient records confidential.', id='en_b4_neg_04'),
    pytest.param('Drivers can cash out their earnings daily through the app.', id='en_b4_neg_05'),
    pytest.param('12-hour day shifts on a 2 weeks on / 1 week off roster.', id='en_b4_neg_06'),
    pytest.param('Client name will be disclosed at interview.', id='en_b4_neg_07'),
    pytest.param('Reviewing product listings and rating search quality for our relevance team.', id='en_b4_neg_08'),
    pytest.param('Encourage guests to leave 5-star reviews on TripAdvisor.', id='en_b4_neg_09'),
    pytest.param('Happy customers leave 5-star reviews.', id='en_b4_neg_10'),
    # batch b5
    pytest.param('Receive inbound parcels and pallets, check items against packing lists, relabel and repackage returned goods.', id='en_b5_neg_01'),
    pytest.param('Help members with cash deposits and withdrawals, cheque deposits, money orders and transfers between accounts.', id='en_b5_neg_02'),
    pytest.param('Process vendor invoices, prepare ACH and wire transfers for approval, reconcile the company bank accounts, handle check runs.', id='en_b5_neg_03'),
    pytest.param('If hired, we ship you a company laptop and headset.', id='en_b5_neg_04'),
    pytest.param('Your laptop will be delivered to your home address before day one.', id='en_b5_neg_05'),
    pytest.param('We help merchants grow their business with fast payouts.', id='en_b5_neg_06'),
    pytest.param('Experience with search engine optimization tasks and conversion rate optimization tasks.', id='en_b5_neg_07'),
    pytest.param('Bring your passport to the interview; HR will copy it and return it to you.', id='en_b5_neg_08'),
    pytest.param('You keep your passport at all times; we never hold it.', id='en_b5_neg_09'),
    pytest.param('Rent is subsidised; we help you find a flat near the office.', id='en_b5_neg_10'),
    pytest.param('Never share your password with anyone.', id='en_b5_neg_11'),
    pytest.param('We will send your salary to your bank account every two weeks.', id='en_b5_neg_12'),
    pytest.param('Our support team helps players with account verification and payments.', id='en_b5_neg_13'),
    pytest.param('100% guaranteed satisfaction for our customers.', id='en_b5_neg_14'),
    pytest.param('Tell your friends about our referral programme!', id='en_b5_neg_15'),
    pytest.param('A 401(k) with 4% match guaranteed.', id='en_b5_neg_16'),
    pytest.param('The balance is paid on completion.', id='en_b5_neg_17'),
    pytest.param('We never ask you to deposit cheques or buy gift cards.', id='en_b5_neg_18'),
    pytest.param('Download our app and review your shifts.', id='en_b5_neg_19'),
    pytest.param('Visa and work permit processed by our HR team after you accept the offer.', id='en_b5_neg_20'),
    pytest.param('Receive packages at the front desk and notify residents.', id='en_b5_neg_21'),
    pytest.param('Customers can buy gift cards in store; train staff on gift card activation codes.', id='en_b5_neg_22'),
    pytest.param('Employees who leave early on Friday must make up the time.', id='en_b5_neg_23'),
    pytest.param('Please call if you resign, we need 2 weeks notice.', id='en_b5_neg_24'),
    pytest.param('If you resign within 6 months, you must repay the relocation bonus.', id='en_b5_neg_25'),
]


@pytest.mark.parametrize("text, expected", POSITIVES)
def test_reports_exact_words(engine: IndicatorEngine, text: str, expected: list[tuple[str, str]]) -> None:
    assert found(engine, text) == sorted(expected)


@pytest.mark.parametrize("text", NEGATIVES)
def test_lookalike_reports_nothing(engine: IndicatorEngine, text: str) -> None:
    assert found(engine, text) == []
