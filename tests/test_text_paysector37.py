"""Salary figures (stop 37, fresh27): a post's pay listed by the industries employing it under a lead ending in a
colon, one industry and one figure a line, the sign left out after the first; and a sum the pay counts in, said
aside ("including tips,"), is no reason to drop the figure.

The wording here is our own (bakers, hotel porters, bus mechanics), unlike any page read.
"""

from __future__ import annotations

from pathlib import Path

from text_helpers import pay, read


def test_a_posts_pay_by_industry_under_a_lead(tmp_path: Path) -> None:
    text = (
        "Earnings: Bakers\n\n"
        "Median hourly wages of bakers were $14.20 in May 2022. Median hourly wages in the top industries in which"
        " bakers worked were as follows:\n\n"
        "Grocery stores $14.90\n"
        "Bakeries and tortilla manufacturing 13.70\n"
        "Restaurants 13.10\n\n"
        "Most bakers work early mornings.\n"
    )
    g = read(tmp_path, text)
    assert sorted(pay(g, "baker")) == [
        (13.1, 13.1, "USD", "hour"), (13.7, 13.7, "USD", "hour"), (14.2, 14.2, "USD", "hour"),
        (14.9, 14.9, "USD", "hour"),
    ]


def test_a_yearly_list_by_sector_in_pounds(tmp_path: Path) -> None:
    text = (
        "Bus mechanic pay\n\n"
        "The median annual pay of bus mechanics was £31,200 in 2023. Median annual pay in the sectors employing most"
        " bus mechanics was:\n\n"
        "Local councils £33,400\n"
        "Private coach firms 29,800\n"
    )
    g = read(tmp_path, text)
    assert sorted(pay(g, "bus-mechanic")) == [
        (29800.0, 29800.0, "GBP", "year"), (31200.0, 31200.0, "GBP", "year"), (33400.0, 33400.0, "GBP", "year"),
    ]


def test_pay_including_tips_said_aside_is_pay(tmp_path: Path) -> None:
    text = (
        "Hotel porter wages\n\n"
        "Median hourly earnings of hotel porters, including tips, were $15.40 in 2023.\n\n"
        "A head porter gets a bonus of $1,500 a year.\n"
    )
    g = read(tmp_path, text)
    assert pay(g, "hotel-porter") == [(15.4, 15.4, "USD", "hour")]
    assert "head-porter" not in g or not g.nodes["head-porter"].get("salaries")
