"""Salary figures (stop 35): the wage the law sets is no post's pay.

The wording here is our own (a bakery, a rail depot, a fruit farm), unlike any page read.
"""

from __future__ import annotations

from pathlib import Path

from text_helpers import pay, read


def test_the_wage_the_law_sets_is_no_posts_pay(tmp_path: Path) -> None:
    text = (
        "Bakery jobs in Ohio\n\n"
        "Bakery assistants in Columbus earn about $14 an hour. The state minimum wage is $10.45 an hour, and the"
        " federal one is lower still.\n"
    )
    g = read(tmp_path, text)
    assert pay(g, "bakery-assistant") == [(14.0, 14.0, "USD", "hour")]


def test_a_rise_of_the_living_wage_is_no_posts_pay(tmp_path: Path) -> None:
    text = (
        "Rail depot pay\n\n"
        "Cleaners at the depot are paid £12.60 an hour. Last spring the real living wage went up to £12.60"
        " outside London and to £13.85 in the capital.\n"
    )
    g = read(tmp_path, text)
    assert pay(g, "cleaner") == [(12.6, 12.6, "GBP", "hour")]


def test_pay_set_at_the_legal_floor_is_the_posts(tmp_path: Path) -> None:
    text = "Fruit farm jobs\n\nFruit pickers are paid the national minimum wage of £11.44 an hour.\n"
    g = read(tmp_path, text)
    assert pay(g, "fruit-picker") == [(11.44, 11.44, "GBP", "hour")]
