"""Stop 32: pay read on development pages where the loader was weak, each rule tested on a text of another trade."""

from __future__ import annotations

from careergraph.loaders.text import default_vocabulary
from careergraph.loaders.text_extract import extract_facts


def _pay(text: str) -> list[tuple[str, float | None, float | None, str]]:
    facts = extract_facts(default_vocabulary(), "g.txt", text)
    return [(s["role"], s["min"], s["max"], s["period"]) for s in facts.salaries]


# --- salaries.figure: an adverb of period right after a figure is its own ------------------------------------------


def test_an_adverb_of_period_after_a_figure_is_its_own_before_another_period() -> None:
    text = "In Leeds, night porters were paid a mean £29,120 yearly or £14.00 per hour.\n"
    assert _pay(text) == [("night-porter", 29120.0, 29120.0, "year"), ("night-porter", 14.0, 14.0, "hour")]


def test_an_adverb_of_period_before_a_noun_is_not_the_figure_s_period() -> None:
    text = "Ward clerks earn £1,900 a month; the ward spends £3,000 monthly budgets on agency cover.\n"
    assert ("ward-clerk", 1900.0, 1900.0, "month") in _pay(text)


# --- salaries.listed-bounds: a bound before the first of figures listed place by place holds for each -------------


def test_up_to_before_figures_listed_by_place_is_a_ceiling_for_each() -> None:
    text = "Hotel porters in Leeds earn up to £1,900 a month, in York £2,050 and £1,750 in Hull.\n"
    assert _pay(text) == [
        ("hotel-porter", None, 1900.0, "month"),
        ("hotel-porter", None, 2050.0, "month"),
        ("hotel-porter", None, 1750.0, "month"),
    ]


def test_a_figure_of_another_post_after_a_ceiling_keeps_its_own_reading() -> None:
    text = "Hotel porters earn up to £410 a week, and head porters £520.\n"
    assert ("head-porter", 520.0, 520.0, "week") in _pay(text)


# --- salaries.not-pay: a sum right before a noun of money owed or paid out is no one's pay ------------------------


def test_a_sum_before_a_word_of_debt_or_a_loan_is_no_pay() -> None:
    text = (
        "Night Porter\n\nI did not want a £27,000 debt for a degree, so at 18 I became a night porter. A night porter"
        " rarely takes out an £8,000 student loan.\n"
    )
    assert _pay(text) == []


# --- salaries.not-pay: whole figures alone under a range alone on its line are its chart's labels -----------------


def test_the_labels_of_a_pay_chart_under_its_range_are_no_figures() -> None:
    text = (
        "Staff Nurse Salary\n\nStaff nurses earn £31,000 a year on average.\n\n"
        "£27,512 - £38,904\n(Median)\n£28K\n£33K\n£39K\nMEDIAN: £32,365\n"
    )
    assert _pay(text) == [
        ("staff-nurse", 31000.0, 31000.0, "year"),
        ("staff-nurse", 27512.0, 38904.0, "year"),
        ("staff-nurse", 32365.0, 32365.0, "year"),
    ]


# --- salaries.figure: on a pay page, a signed sum in cents below 100 with no period is an hour's pay ---------------


def test_a_sum_in_cents_below_a_hundred_on_a_pay_page_is_an_hour_s_pay() -> None:
    text = (
        "Care Assistant Salary\n\nCare assistants earn £21,000 a year on average.\n\n"
        "£9.86 - £12.40\n(Median)\n£10\n£11\n£12\nMEDIAN: £11.05\n"
    )
    assert _pay(text) == [
        ("care-assistant", 21000.0, 21000.0, "year"),
        ("care-assistant", 9.86, 12.4, "hour"),
        ("care-assistant", 11.05, 11.05, "hour"),
    ]
