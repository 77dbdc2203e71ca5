"""The operating point for languages the classifier does not cover (training.protocol)."""

import numpy as np

from model.combine import FEATURES, Combiner
from training.protocol import uncovered_offset


def test_when_the_offset_is_chosen_then_at_most_the_allowed_share_of_lookalikes_is_flagged():
    rng = np.random.default_rng(0)
    lures, lookalikes = rng.normal(1.0, 1.0, 200), rng.normal(-2.0, 1.0, 200)
    margins = np.r_[lures, lookalikes]
    y = np.r_[np.ones(200, int), np.zeros(200, int)]
    offset, point = uncovered_offset(margins, y, np.zeros(400, bool), max_fpr=0.05)
    flagged = margins + offset >= 0
    assert flagged[y == 0].mean() <= 0.05
    assert point["out_of_fold_false_positive_rate"] == flagged[y == 0].mean()
    # the most recall that rate allows: one more look-alike would break it
    assert flagged[y == 1].mean() == point["out_of_fold_recall"] > 0.8
    next_lookalike = np.sort(lookalikes[lookalikes + offset < 0])[-1]
    assert (lookalikes >= next_lookalike).mean() > 0.05


def test_when_covered_ads_are_among_the_seeds_then_they_do_not_move_the_offset():
    margins = np.array([2.0, 1.0, -1.0, -3.0, 50.0, -50.0])
    y = np.array([1, 1, 0, 0, 1, 0])
    covered = np.array([False, False, False, False, True, True])
    a, _ = uncovered_offset(margins, y, covered, max_fpr=0.0)
    b, _ = uncovered_offset(margins[:4], y[:4], covered[:4], max_fpr=0.0)
    assert a == b


def test_when_the_offset_is_set_then_only_uncovered_ads_move():
    combiner = Combiner(intercept=-1.0, uncovered_offset=2.0)
    covered, uncovered = np.zeros(len(FEATURES)), np.zeros(len(FEATURES))
    covered[1] = 1.0
    covered_score, uncovered_score = combiner.score(np.vstack([covered, uncovered]))
    assert np.isclose(covered_score, 1 / (1 + np.exp(1.0)))  # intercept only
    assert np.isclose(uncovered_score, 1 / (1 + np.exp(-1.0)))  # intercept + offset
