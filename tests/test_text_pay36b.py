"""Salary figures (stop 36, round 2): the dollars of a page that names its country only by a state, a city or a
body that sets pay; tables whose rows hold a base rate and then penalty rates.

The wording here is our own (a hotel, a rail depot, a garden centre, a dental clinic), unlike any page read.
"""

from __future__ import annotations

from pathlib import Path

from text_helpers import pay, read


def test_dollars_of_a_page_naming_a_pay_tribunal_far_from_its_figures(tmp_path: Path) -> None:
    text = (
        "Garden centre wages\n\n"
        "Owners of garden centres often ask what they must pay their staff on weekdays and on weekends, and"
        " whether a junior worker can be paid less than an adult in the same job on the same shift.\n\n"
        "The rates on this page follow each annual review by the Fair Work Commission and change every July, so"
        " check back before you run the first payroll of the new financial year for your nursery staff.\n\n"
        "Most nurseries also pay for uniforms and safety boots, and some give a staff discount on plants, tools"
        " and potting mix, which this page does not count as part of the wage for any of the posts below.\n\n"
        "A sales assistant is paid $24.40 an hour.\n"
    )
    g = read(tmp_path, text)
    assert pay(g, "sales-assistant") == [(24.4, 24.4, "AUD", "hour")]


def test_dollars_of_a_province_or_a_city_named_without_its_country(tmp_path: Path) -> None:
    text = (
        "Dental clinic pay in Alberta\n\n"
        "A dental receptionist earns $22 an hour.\n\n"
        "---\n\n"
        "Hotel jobs in Christchurch\n\n"
        "A night porter in Christchurch is paid $25.50 an hour.\n"
    )
    g = read(tmp_path, text)
    assert pay(g, "dental-receptionist") == [(22.0, 22.0, "CAD", "hour")]
    assert pay(g, "night-porter") == [(25.5, 25.5, "NZD", "hour")]


def test_a_page_naming_two_dollar_countries_far_away_keeps_the_bare_dollar(tmp_path: Path) -> None:
    text = (
        "Rail depot pay\n\n"
        "A depot cleaner is paid $20 an hour.\n\n"
        "This note is about the trade as a whole, wherever the trains may run and whoever pays the crews who clean"
        " them, for readers in many places who want a rough idea before they look at a real advertisement near"
        " home, and who know that a cleaner's shifts, like a driver's, run through nights and weekends alike and"
        " that the rate above is only the rate for the plain hours of a weekday, before any extra for the rest.\n\n"
        "Our firm runs depots in Ontario and in Queensland.\n"
    )
    g = read(tmp_path, text)
    assert pay(g, "depot-cleaner") == [(20.0, 20.0, "USD", "hour")]
