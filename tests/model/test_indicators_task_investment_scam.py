"""Table tests for the task_investment_scam indicator family: (text, expected [(indicator, words)]) rows.

Positive rows give the exact words that must be reported; negative rows are legitimate
look-alikes that must report nothing from this family.
"""

import pytest

from indicator_tables import found_in

from model.indicators import IndicatorEngine

FAMILY = ('task_scam', 'crypto_deposit')


def found(engine: IndicatorEngine, text: str) -> list[tuple[str, str]]:
    return found_in(engine, text, FAMILY)


POSITIVES = [
    pytest.param("Like YouTube videos and rate products for commission.", [('task_scam', 'Like YouTube videos'), ('task_scam', 'rate products')], id='en_like_videos_for_commission'),
    pytest.param("Optimize orders on our app; deposit USDT to unlock tasks.", [('crypto_deposit', 'deposit USDT'), ('crypto_deposit', 'unlock tasks'), ('task_scam', 'Optimize orders')], id='en_optimise_orders_deposit_usdt'),
    pytest.param("刷单返佣，先充值", [('crypto_deposit', '充值'), ('task_scam', '刷单')], id='zh_brushing_orders_recharge'),
    pytest.param("點讚賺錢", [('task_scam', '點讚')], id='zh_traditional_likes'),
    pytest.param("Làm nhiệm vụ nhận hoa hồng, nạp tiền trước", [('crypto_deposit', 'nạp tiền'), ('task_scam', 'Làm nhiệm vụ nhận hoa hồng')], id='vi_tasks_deposit'),
    pytest.param("งานกดไลค์ เติมเงินก่อน", [('crypto_deposit', 'เติมเงิน'), ('task_scam', 'กดไลค์')], id='th_press_like_top_up'),
    pytest.param("Tugas like video, isi saldo dulu", [('crypto_deposit', 'isi saldo'), ('task_scam', 'Tugas like video')], id='id_like_task_top_up'),
    pytest.param("Mag-like ng videos, top up muna", [('crypto_deposit', 'top up muna'), ('task_scam', 'Mag-like ng videos')], id='tl_like_videos_top_up'),
    pytest.param("Califica productos y gana; recarga tu cuenta", [('crypto_deposit', 'recarga tu cuenta')], id='es_rate_products'),
    pytest.param("좋아요 작업 부업", [('task_scam', '좋아요 작업')], id='ko_like_tasks'),
    pytest.param("いいねするだけで稼げる", [('task_scam', 'いいねするだけ')], id='ja_like_only'),
    pytest.param('Simply like and rate hotels from your phone.', [('task_scam', 'like and rate hotels')], id='en_like_and_rate_hotels'),
    pytest.param('A top-up to unlock the next set is required.', [('crypto_deposit', 'A top-up to unlock the next')], id='en_top_up_to_unlock'),
    pytest.param('Solo tienes que seguir canales de YouTube.', [('task_scam', 'seguir canales de YouTube')], id='es_seguir_canales'),
    pytest.param('Misi berikutnya wajib top up dulu.', [('crypto_deposit', 'wajib top up dulu')], id='id_wajib_top_up'),
    pytest.param('Completa las tareas combinadas para retirar tu comisión.', [('task_scam', 'tareas combinadas')], id='es_tareas_combinadas'),
    pytest.param('Para seguir tienes que recargar tu saldo.', [('crypto_deposit', 'tienes que recargar')], id='es_tienes_que_recargar'),
    pytest.param('連続タスクを完了', [('task_scam', '連続タスク')], id='ja_renzoku_task'),
    pytest.param('Selesaikan misi kombinasi dulu ya.', [('task_scam', 'misi kombinasi')], id='id_misi_kombinasi'),
    pytest.param('Finish the combo tasks to withdraw.', [('task_scam', 'combo tasks')], id='en_combo_tasks'),
]

NEGATIVES = [
    pytest.param("Social media manager: plan content and grow engagement on our channels.", id='en_social_media_manager'),
    pytest.param("We never ask you to deposit USDT or any money.", id='en_never_ask_deposit'),
    pytest.param("Blockchain engineer to build our payments platform.", id='en_crypto_engineer'),
    pytest.param('Experience with API rate limits and caching.', id='en_rate_limit'),
]


@pytest.mark.parametrize(("text", "expected"), POSITIVES)
def test_when_task_scam_cue_is_present_then_its_words_are_the_span(engine, text, expected):
    assert found(engine, text) == sorted(expected)


@pytest.mark.parametrize("text", NEGATIVES)
def test_when_ad_is_a_legitimate_look_alike_then_no_task_scam_indicator_fires(engine, text):
    assert found(engine, text) == []
