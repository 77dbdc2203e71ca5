"""Metric functions against values computed by hand."""

import numpy as np
import pytest

from training import metrics as M

Y = np.array([1, 0, 1, 0, 0])
P = np.array([0.9, 0.8, 0.7, 0.3, 0.1])


def test_when_scores_are_ranked_then_pr_curve_matches_hand_computation():
    precision, recall, thresholds = M.pr_curve(Y, P)
    # thresholds 0.9, 0.8, 0.7, 0.3, 0.1 -> TP 1,1,2,2,2 FP 0,1,1,2,3
    assert thresholds.tolist() == [0.9, 0.8, 0.7, 0.3, 0.1]
    assert precision.tolist() == pytest.approx([1, 0.5, 2 / 3, 0.5, 0.4])
    assert recall.tolist() == pytest.approx([0.5, 0.5, 1, 1, 1])


def test_when_average_precision_is_computed_then_it_is_the_stepwise_area():
    # AP = sum (R_k - R_{k-1}) P_k = 0.5*1 + 0.5*(2/3)
    assert M.pr_auc(Y, P) == pytest.approx(0.5 + 1 / 3)


def test_when_legitimate_ads_are_weighted_then_precision_reflects_prevalence():
    w = np.array([1, 10, 1, 10, 10])
    precision, recall, _ = M.pr_curve(Y, P, w)
    # at threshold 0.7: TP weight 2, FP weight 10
    assert precision[2] == pytest.approx(2 / 12)
    assert M.recall_at_precision(Y, P, 0.9, w) == pytest.approx(0.5)


def test_when_recall_at_precision_is_asked_then_the_best_qualifying_threshold_is_used():
    assert M.recall_at_precision(Y, P, 0.6) == pytest.approx(1.0)
    assert M.recall_at_precision(Y, P, 0.9) == pytest.approx(0.5)
    assert M.recall_at_precision(np.array([0, 1]), np.array([0.9, 0.1]), 0.9) == 0.0


def test_when_f1_and_brier_are_computed_then_they_match_hand_values():
    # threshold 0.7 -> TP 2, FP 1, FN 0 -> F1 = 4/5
    assert M.f1_at(Y, P, 0.7) == pytest.approx(0.8)
    expected_brier = np.mean((P - Y) ** 2)
    assert M.brier(Y, P) == pytest.approx(expected_brier)
    threshold, f1 = M.best_f1_threshold(Y, P)
    assert threshold == 0.7 and f1 == pytest.approx(0.8)


def test_when_precision_target_is_given_then_threshold_for_precision_reaches_it():
    t = M.threshold_for_precision(Y, P, 0.6)
    assert t == 0.7


def test_when_calibration_is_tabled_then_bins_hold_means_and_rates():
    rows = M.calibration_table(np.array([0, 1, 1, 0]), np.array([0.05, 0.15, 0.95, 0.85]), bins=2)
    assert [r["count"] for r in rows] == [2, 2]
    assert rows[0]["observed_rate"] == pytest.approx(0.5)
    assert rows[1]["mean_predicted"] == pytest.approx(0.9)
