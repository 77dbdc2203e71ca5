"""Table tests for the broadened Spanish lexicon (batches b3, b4): (text, expected [(indicator, words)]) rows.

Positive rows give the exact words every indicator reports for the text (at least one row per indicator
whose es vocabulary was broadened); negative rows are legitimate look-alike phrasings (employer-paid
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
    pytest.param('pásame tu whats y te explico todo', [('messaging_app_contact', 'pásame tu whats')], id='es_b3_pos_01_messaging_app_contact'),
    pytest.param('Mandar CV al wsp +52 55 0000 0100.', [('messaging_app_contact', 'al wsp +52 55 0000 0100')], id='es_b3_pos_02_messaging_app_contact'),
    pytest.param('Info completa por mensaje privado.', [('details_in_private_chat', 'Info completa por mensaje privado')], id='es_b3_pos_03_details_in_private_chat'),
    pytest.param('No damos el nombre de la empresa por seguridad.', [('undisclosed_employer', 'No damos el nombre de la empresa')], id='es_b3_pos_04_undisclosed_employer'),
    pytest.param('Envía escaneo de tu cédula y los datos de tu cuenta.', [('documents_at_application', 'Envía escaneo de tu cédula y los datos de tu cuenta')], id='es_b3_pos_05_documents_at_application'),
    pytest.param('Llegando entregas el pasaporte a RRHH.', [('employer_keeps_passport', 'entregas el pasaporte')], id='es_b3_pos_06_employer_keeps_passport'),
    pytest.param('Mandar estatura y peso por inbox.', [('full_body_photo', 'estatura y peso'), ('messaging_app_contact', 'por inbox')], id='es_b3_pos_07_full_body_photo'),
    pytest.param('Solo debes cancelar 250$ de gestión de visa.', [('fee_upfront', 'Solo debes cancelar 250$')], id='es_b3_pos_08_fee_upfront'),
    pytest.param('Se pide un depósito reembolsable de $80.000 para asegurar el cupo.', [('fee_upfront', 'depósito reembolsable')], id='es_b3_pos_09_fee_upfront'),
    pytest.param('El pago se hace por Yape al número indicado.', [('fee_upfront', 'pago se hace por Yape')], id='es_b3_pos_10_fee_upfront'),
    pytest.param('El vuelo te lo vamos descontando de tu quincena.', [('debt_repaid_from_salary', 'descontando de tu quincena')], id='es_b3_pos_11_debt_repaid_from_salary'),
    pytest.param('Lo pagas después con tu primer sueldo, tranqui.', [('debt_repaid_from_salary', 'pagas después con tu primer sueldo')], id='es_b3_pos_12_debt_repaid_from_salary'),
    pytest.param('Trabajo en el extranjero, sueldo muy por encima del promedio y trabajo sencillo.', [('easy_work', 'trabajo sencillo'), ('pay_too_good', 'sueldo muy por encima del promedio')], id='es_b3_pos_13_pay_too_good'),
    pytest.param('Ganancia de 150 dólares diarios desde casa.', [('daily_pay', '150 dólares diarios')], id='es_b3_pos_14_daily_pay'),
    pytest.param('no ocupas papeles ni titulo', [('no_experience_needed', 'no ocupas papeles')], id='es_b3_pos_15_no_experience_needed'),
    pytest.param('la chamba es facil, nomas contestar mensajes', [('easy_work', 'la chamba es facil')], id='es_b3_pos_16_easy_work'),
    pytest.param('S/ 3,000 mensuales garantizados', [('guaranteed_income', 'S/ 3,000 mensuales garantizados')], id='es_b3_pos_17_guaranteed_income'),
    pytest.param('Teleoperadores para Tailandia, salida este mes.', [('overseas_scam_sector_role', 'Teleoperadores'), ('scam_hub_destination', 'Tailandia'), ('urgency', 'salida este mes')], id='es_b3_pos_18_overseas_scam_sector_role'),
    pytest.param('Trabajo de atención al cliente en Nom Pen.', [('overseas_scam_sector_role', 'atención al cliente'), ('scam_hub_destination', 'Nom Pen')], id='es_b3_pos_19_scam_hub_destination'),
    pytest.param('Tiquetes aéreos y hospedaje por cuenta de la empresa.', [('employer_pays_travel', 'Tiquetes aéreos y hospedaje por cuenta de la empresa')], id='es_b3_pos_20_employer_pays_travel'),
    pytest.param('El permiso de trabajo lo tramitan cuando llegás.', [('tourist_visa_entry', 'permiso de trabajo lo tramitan cuando llegás')], id='es_b3_pos_21_tourist_visa_entry'),
    pytest.param('Allí te espera un chofer de la empresa.', [('airport_pickup', 'te espera un chofer')], id='es_b3_pos_22_airport_pickup'),
    pytest.param('Vuelas a Bangkok y de ahí cruzan por Mae Sot.', [('scam_hub_destination', 'Mae Sot'), ('transit_third_country', 'Vuelas a Bangkok y de ahí cruzan por')], id='es_b3_pos_23_transit_third_country'),
    pytest.param('No se requiere entrevista, solo confirma.', [('no_interview', 'No se requiere entrevista')], id='es_b3_pos_24_no_interview'),
    pytest.param('Mañana mismo empiezas.', [('hired_immediately', 'Mañana mismo empiezas')], id='es_b3_pos_25_hired_immediately'),
    pytest.param('Quedan poquitos lugares, inscripciones hasta hoy a la medianoche.', [('urgency', 'Quedan poquitos lugares'), ('urgency', 'hasta hoy')], id='es_b3_pos_26_urgency'),
    pytest.param('Salida garantizada en 15 días.', [('guaranteed_placement', 'Salida garantizada')], id='es_b3_pos_27_guaranteed_placement'),
    pytest.param('En migración dices que vas de paseo.', [('secrecy', 'En migración dices que'), ('tourist_visa_entry', 'vas de paseo')], id='es_b3_pos_28_secrecy'),
    pytest.param('Solo tienes que dar 5 estrellas a hoteles, 3€ por reseña.', [('task_scam', 'dar 5 estrellas'), ('task_scam', 'por reseña')], id='es_b3_pos_29_task_scam'),
    pytest.param('Para activar tu cuenta debes recargar 100 USDT.', [('crypto_deposit', 'debes recargar 100 USDT')], id='es_b3_pos_30_crypto_deposit'),
    pytest.param('Turnos de 14 hrs, 7 días a la semana.', [('long_hours', 'Turnos de 14 hrs, 7 días a la semana')], id='es_b3_pos_31_long_hours'),
    pytest.param('Si no cumples la meta te cae multa.', [('quota_targets', 'Si no cumples la meta te cae multa')], id='es_b3_pos_32_quota_targets'),
    pytest.param('Se vive dentro del recinto, no puedes salir.', [('confinement', 'Se vive dentro del recinto'), ('confinement', 'no puedes salir')], id='es_b3_pos_33_confinement'),
    pytest.param('En caso de renuncia antes del año deberás reembolsar todos los gastos.', [('quit_penalty', 'En caso de renuncia antes del año deberás reembolsar')], id='es_b3_pos_34_quit_penalty'),
    pytest.param('Los primeros dos meses de sueldo quedan retenidos como garantía.', [('wages_withheld', 'primeros dos meses de sueldo quedan retenidos')], id='es_b3_pos_35_wages_withheld'),
    pytest.param('El contrato te lo muestran una vez allá.', [('contract_on_arrival', 'contrato te lo muestran una vez allá')], id='es_b3_pos_36_contract_on_arrival'),
]

NEGATIVES = [
    pytest.param('La empresa tramita el permiso de trabajo antes de tu llegada; conservas tu pasaporte.', id='es_b3_neg_01'),
    pytest.param('No cobramos cuota de inscripción ni depósito de ningún tipo.', id='es_b3_neg_02'),
    pytest.param('Salario fijo, 40 horas semanales, prestaciones de ley.', id='es_b3_neg_03'),
    pytest.param('Entrevista por videollamada y contrato firmado antes de viajar.', id='es_b3_neg_04'),
    pytest.param('Te pagamos por transferencia bancaria al cierre de cada mes.', id='es_b3_neg_05'),
    pytest.param('Turnos rotativos de 8 horas, dos días libres a la semana.', id='es_b3_neg_06'),
    pytest.param('Nunca solicitamos depósitos, criptomonedas ni pagos a los candidatos.', id='es_b3_neg_07'),
]


@pytest.mark.parametrize(("text", "expected"), POSITIVES)
def test_when_es_b3_cue_is_present_then_its_words_are_reported(engine, text, expected):
    assert found(engine, text) == sorted(expected)


@pytest.mark.parametrize("text", NEGATIVES)
def test_when_es_b3_look_alike_then_no_indicator_fires(engine, text):
    assert found(engine, text) == []


# ---- batch b4: vocabulary broadened after the b4 seed ads ----

POSITIVES_B4 = [
    pytest.param('Te mandamos un cheque, lo cobrás en tu banco y la diferencia la girás a nuestro proveedor.', [('money_transfer_role', 'cheque, lo cobrás en tu banco y la diferencia la girás')], id='es_b4_pos_01'),
    pytest.param('Una vez consignado el cheque, el resto lo transfieres a la cuenta del proveedor.', [('money_transfer_role', 'el resto lo transfieres')], id='es_b4_pos_02'),
    pytest.param('Para empezar tienes que comprar el kit de trabajo.', [('fee_upfront', 'tienes que comprar el kit')], id='es_b4_pos_03'),
    pytest.param('Pagas la membresía y ya puedes trabajar.', [('fee_upfront', 'Pagas la membresía')], id='es_b4_pos_04'),
    pytest.param('Yapeas 100 soles de garantía y te activamos.', [('fee_upfront', 'Yapeas 100 soles de garantía')], id='es_b4_pos_05'),
    pytest.param('Se cobra una comisión de agencia antes del viaje.', [('fee_upfront', 'comisión de agencia')], id='es_b4_pos_06'),
    pytest.param('Al llegar la empresa retiene tu pasaporte.', [('employer_keeps_passport', 'retiene tu pasaporte')], id='es_b4_pos_07'),
    pytest.param('El pasaporte queda en poder de la empresa durante el contrato.', [('employer_keeps_passport', 'El pasaporte queda en poder de')], id='es_b4_pos_08'),
    pytest.param('Recibirás transferencias de clientes en tu cuenta.', [('money_transfer_role', 'Recibirás transferencias de clientes en tu cuenta')], id='es_b4_pos_09'),
    pytest.param('Necesitamos que nos prestes tu cuenta bancaria.', [('money_transfer_role', 'prestes tu cuenta')], id='es_b4_pos_10'),
    pytest.param('Penalización de 2000 dólares por renuncia anticipada.', [('quit_penalty', 'Penalización de 2000 dólares por renuncia')], id='es_b4_pos_11'),
    pytest.param('Te contratamos hoy mismo.', [('hired_immediately', 'Te contratamos hoy')], id='es_b4_pos_12'),
    pytest.param('Cobrás al toque.', [('daily_pay', 'Cobrás al toque')], id='es_b4_pos_13'),
    pytest.param('Comisión del 20% asegurada.', [('guaranteed_income', 'Comisión del 20% asegurada')], id='es_b4_pos_14'),
    pytest.param('Te quedas con el 10% y el resto lo envías por Binance.', [('money_transfer_role', 'Te quedas con el 10% y el resto lo envías')], id='es_b4_pos_15'),
    pytest.param('Les das like a los videos y listo.', [('task_scam', 'Les das like')], id='es_b4_pos_16'),
    pytest.param('Te pagan 3 dólares por cada reseña.', [('task_scam', 'Te pagan 3 dólares por cada reseña')], id='es_b4_pos_17'),
    pytest.param('Evaluar productos de Amazon desde casa.', [('task_scam', 'Evaluar productos de Amazon')], id='es_b4_pos_18'),
    pytest.param('El nombre de la empresa te lo damos por privado.', [('undisclosed_employer', 'nombre de la empresa te lo damos por privado')], id='es_b4_pos_19'),
]

NEGATIVES_B4 = [
    pytest.param('La empresa cubre el curso de capacitación y la licencia del software.', id='es_b4_neg_01'),
    pytest.param('Recibirás tu pago quincenal en tu cuenta bancaria.', id='es_b4_neg_02'),
    pytest.param('Envía el resto de la documentación por correo.', id='es_b4_neg_03'),
    pytest.param('Ofrecemos comisiones del 5% sobre ventas.', id='es_b4_neg_04'),
    pytest.param('Si renuncias debes avisar con 15 días de anticipación.', id='es_b4_neg_05'),
    pytest.param('Te contratamos por tiempo indeterminado tras la entrevista.', id='es_b4_neg_06'),
    pytest.param('Recibirás un kit de bienvenida con uniforme y laptop.', id='es_b4_neg_07'),
    pytest.param('Tu pasaporte siempre queda contigo.', id='es_b4_neg_08'),
]


@pytest.mark.parametrize(("text", "expected"), POSITIVES_B4)
def test_when_es_b4_cue_is_present_then_its_words_are_reported(engine, text, expected):
    assert found(engine, text) == sorted(expected)


@pytest.mark.parametrize("text", NEGATIVES_B4)
def test_when_es_b4_look_alike_then_no_indicator_fires(engine, text):
    assert found(engine, text) == []


# ---- batch b5: vocabulary broadened after the b5 seed ads; money_transfer_role (round 3) ----

POSITIVES_B5 = [
    pytest.param('Recibirás transferencias de la empresa y deberás reenviarlas a otra cuenta.', [('money_transfer_role', 'Recibirás transferencias de la empresa y deberás reenviarlas')], id='es_b5_pos_01_mtr_forward_clitic'),
    pytest.param('Te llegará un cheque de 2.500 dólares, lo depositas y nos envías 2.000 por Zelle.', [('money_transfer_role', 'cheque de 2.500 dólares, lo depositas y nos envías')], id='es_b5_pos_02_mtr_fake_cheque'),
    pytest.param('Necesitamos tu cuenta para mover fondos de clientes.', [('money_transfer_role', 'tu cuenta para mover fondos de clientes')], id='es_b5_pos_03_mtr_account_third_party_funds'),
    pytest.param('Reenvío de encomiendas desde tu casa.', [('money_transfer_role', 'Reenvío de encomiendas')], id='es_b5_pos_04_mtr_reshipping'),
    pytest.param('Recibe paquetes en tu domicilio y reenvíalos al extranjero.', [('money_transfer_role', 'Recibe paquetes en tu domicilio y reenvíalos')], id='es_b5_pos_05_mtr_receive_and_reship'),
    pytest.param('Ganá plata prestando tu CBU para cobros de terceros.', [('money_transfer_role', 'prestando tu CBU')], id='es_b5_pos_06_mtr_lend_cbu'),
    pytest.param('Compramos cuentas bancarias, pago inmediato.', [('money_transfer_role', 'Compramos cuentas')], id='es_b5_pos_07_mtr_buy_accounts'),
    pytest.param('Le consignan una plata a su cuenta, usted la saca y la manda por giro.', [('money_transfer_role', 'Le consignan una plata a su cuenta, usted la saca')], id='es_b5_pos_08_mtr_consignan_saca'),
    pytest.param('Transfiere el saldo a nuestro proveedor descontando tu comisión.', [('money_transfer_role', 'Transfiere el saldo a nuestro proveedor descontando tu comisión')], id='es_b5_pos_09_mtr_minus_commission'),
    pytest.param('Compra gift cards y mándanos los códigos por correo.', [('money_transfer_role', 'gift cards y mándanos los códigos')], id='es_b5_pos_10_mtr_gift_cards'),
    pytest.param('¿Tienes Pago Móvil? Alquila tu cuenta y gana $50 semanales.', [('money_transfer_role', 'Alquila tu cuenta')], id='es_b5_pos_11_mtr_alquila'),
    pytest.param('Deberá depositarlos en su cuenta y transferir el resto.', [('money_transfer_role', 'depositarlos en su cuenta'), ('money_transfer_role', 'transferir el resto')], id='es_b5_pos_12_mtr_depositarlos'),
    pytest.param('Curso de formación obligatorio (49,90 €) antes de empezar.', [('fee_upfront', 'Curso de formación obligatorio (49,90 €)')], id='es_b5_pos_13_fee_price_in_brackets'),
    pytest.param('Para empezar, abona 20 lucas por el kit.', [('fee_upfront', 'abona 20 lucas por el kit')], id='es_b5_pos_14_fee_lucas_kit'),
    pytest.param('Hay que comprar el material de trabajo a nuestro proveedor.', [('fee_upfront', 'Hay que comprar el material')], id='es_b5_pos_15_fee_material'),
    pytest.param('La licencia del software cuesta 35 dólares.', [('fee_upfront', 'licencia del software cuesta 35')], id='es_b5_pos_16_fee_cuesta'),
    pytest.param('Cobras 1.200 €/mes garantizados.', [('guaranteed_income', '1.200 €/mes garantizados')], id='es_b5_pos_17_guaranteed_amount'),
    pytest.param('Te aseguramos 500 dólares semanales.', [('guaranteed_income', 'Te aseguramos 500')], id='es_b5_pos_18_guaranteed_aseguramos'),
]

NEGATIVES_B5 = [
    pytest.param('Recibirás tu sueldo por transferencia en tu cuenta bancaria cada quincena.', id='es_b5_neg_01_payroll'),
    pytest.param('El pago de nómina se deposita en tu cuenta personal el día 30.', id='es_b5_neg_02_payroll_personal_account'),
    pytest.param('Funciones: recepción y depósito de cheques en la cuenta de la empresa, conciliaciones bancarias.', id='es_b5_neg_03_treasury_cheques'),
    pytest.param('Recibirás pagos de clientes en la caja y los registrarás en el sistema.', id='es_b5_neg_04_cashier'),
    pytest.param('Almacén: recibir mercancía, verificar pedidos y preparar envíos a tiendas.', id='es_b5_neg_05_warehouse'),
    pytest.param('Los repartidores reciben los paquetes en el centro de distribución y los entregan a los clientes.', id='es_b5_neg_06_couriers'),
    pytest.param('Te enviamos una tarjeta de regalo de bienvenida al firmar el contrato.', id='es_b5_neg_07_welcome_gift_card'),
    pytest.param('El curso de formación (40 horas) es gratuito y se imparte en nuestras oficinas.', id='es_b5_neg_08_free_course'),
    pytest.param('La empresa cubre el examen médico y el trámite de visa.', id='es_b5_neg_09_employer_visa'),
    pytest.param('Nunca prestes tu cuenta bancaria a desconocidos: es un delito.', id='es_b5_neg_10_warning_lend_account'),
]


@pytest.mark.parametrize(("text", "expected"), POSITIVES_B5)
def test_when_es_b5_cue_is_present_then_its_words_are_reported(engine, text, expected):
    assert found(engine, text) == sorted(expected)


@pytest.mark.parametrize("text", NEGATIVES_B5)
def test_when_es_b5_look_alike_then_no_indicator_fires(engine, text):
    assert found(engine, text) == []
