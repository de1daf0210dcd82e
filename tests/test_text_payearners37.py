"""Salary figures (stop 37, fresh27): a plural of a post after a verb letting it earn ("the deal will see porters
earn X") is the figure's earner, and "those" opening a later clause of that sentence ("..., with those on nights
receiving Y") are the same post's holders.

The wording here is our own (a hotel's porters, a bakery's packers), unlike any page read.
"""

from __future__ import annotations

from pathlib import Path

from text_helpers import pay, read


def test_a_deal_that_will_see_porters_earn_and_those_on_nights(tmp_path: Path) -> None:
    text = (
        "Hotel pay deal agreed\n\n"
        "The union said the new deal will see porters earn £12.40 an hour, with those on night shifts receiving"
        " £13.10 an hour.\n"
    )
    g = read(tmp_path, text)
    assert sorted(pay(g, "porter")) == [(12.4, 12.4, "GBP", "hour"), (13.1, 13.1, "GBP", "hour")]


def test_a_rise_that_lets_packers_earn(tmp_path: Path) -> None:
    text = (
        "Bakery wages\n\nUnder the deal agreed in May, the bakery will let packers earn $18.25 an hour, and those who"
        " train new staff earn $19.40.\n"
    )
    g = read(tmp_path, text)
    assert sorted(pay(g, "packer")) == [(18.25, 18.25, "USD", "hour"), (19.4, 19.4, "USD", "hour")]
