"""Salary figures (stop 37, fresh27): the span of time a figure was earned in, said with a preposition after it ("in
one week", "for the week") or as the subject of a verb of earning ("a good week brings in X"), and a sum of the same
size later in that sentence naming no period of its own.

The wording here is our own (a bakery's van driver, a hotel's night porter, a market stall), unlike any page read.
"""

from __future__ import annotations

from pathlib import Path

from text_helpers import pay, read


def test_a_figure_earned_in_one_week_and_its_net_sum_after_it(tmp_path: Path) -> None:
    text = (
        "A bakery van driver's payslip in Durban\n\n"
        "A bakery van driver in South Africa posted a payslip showing he earned R5 310.20 in one week, with"
        " R4 905.75 left after tax.\n"
    )
    g = read(tmp_path, text)
    assert sorted(pay(g, "bakery-van-driver")) == [(4905.75, 4905.75, "ZAR", "week"), (5310.2, 5310.2, "ZAR", "week")]


def test_a_figure_for_the_week_and_a_week_that_brings_in_a_range(tmp_path: Path) -> None:
    text = (
        "What do night porters earn in Lagos?\n\n"
        "Night porters at city hotels say a busy week brings in ₦38,000 to ₦49,000.\n\n"
        "One night porter said he kept ₦41,500 for the week after transport.\n"
    )
    g = read(tmp_path, text)
    assert sorted(pay(g, "night-porter")) == [(38000.0, 49000.0, "NGN", "week"), (41500.0, 41500.0, "NGN", "week")]


def test_a_month_of_pay_is_still_a_month_and_other_sums_keep_their_size(tmp_path: Path) -> None:
    text = (
        "Market stall pay in Nairobi\n\n"
        "A stall keeper in Kenya said she made KSh 1,450 in a single day, and about KSh 30,000 a month.\n"
    )
    g = read(tmp_path, text)
    assert sorted(pay(g, "stall-keeper")) == [(1450.0, 1450.0, "KES", "day"), (30000.0, 30000.0, "KES", "month")]
