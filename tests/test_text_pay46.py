"""Figures of pay stated with the same sum in another currency in brackets (stop 46, salaries.converted).

The pages are written for the test, in a trade the rule was not written from (a hotel's porters, a hospital's
cleaners), so that what is tested is the shape of the statement, not its words.
"""

from __future__ import annotations

from pathlib import Path

from text_helpers import pay, read, roles


def test_a_sum_converted_in_brackets_does_not_break_a_range(tmp_path: Path) -> None:
    text = (
        "Hotel porter pay\n\nThe hotel group said night porters will earn between £11.20 ($14.10) and £12.40 an"
        " hour.\n"
    )
    assert pay(read(tmp_path, text), "night-porter") == [(11.2, 12.4, "GBP", "hour")]


def test_a_range_with_dashes_keeps_its_ends_too(tmp_path: Path) -> None:
    text = "Hospital cleaner pay\n\nHospital cleaners are paid €13.50 (US$14.60) - €15.10 per hour on nights.\n"
    assert pay(read(tmp_path, text), "hospital-cleaner") == [(13.5, 15.1, "EUR", "hour")]


def test_a_single_sum_converted_in_brackets_is_one_figure(tmp_path: Path) -> None:
    text = "Hotel porter pay\n\nNight porters at the hotel are paid £24,000 ($30,500) a year.\n"
    assert pay(read(tmp_path, text), "night-porter") == [(24000.0, 24000.0, "GBP", "year")]


def test_two_figures_of_one_currency_in_brackets_are_both_read(tmp_path: Path) -> None:
    # (no conversion: a second figure in the same currency, another period, is a figure of its own)
    text = "Hotel porter pay\n\nNight porters at the hotel are paid £24,000 a year (£2,000 a month).\n"
    assert len(pay(read(tmp_path, text), "night-porter")) == 2


_CARE = (
    "Care home pay rise\n\nThe care group said on Monday that it would raise base pay for its care workers to between"
    " £11.20 and £12.40 per hour, depending on location.\n\nThe rise covers part-time and bank staff as well.\n\n"
    "Next spring all its workers will get from £12.30 to £13 an hour, the chief executive added.\n\n"
    '"We value our teams," said Jane Doe, the group\'s operations director. A union organiser said the rise was too'
    " small.\n"
)


def test_a_later_figure_for_a_post_s_holders_by_its_head_word_is_the_post_s(tmp_path: Path) -> None:
    found = pay(read(tmp_path, _CARE), "care-worker")
    assert (12.3, 13.0, "GBP", "hour") in found and (11.2, 12.4, "GBP", "hour") in found


def test_a_head_word_of_no_post_paid_in_that_currency_gives_nothing(tmp_path: Path) -> None:
    text = _CARE.replace("from £12.30 to £13", "from $12.30 to $13")
    assert len(pay(read(tmp_path, text), "care-worker")) == 1


def test_the_holders_switch_is_the_rule_s(tmp_path: Path) -> None:
    assert len(pay(read(tmp_path, _CARE, frozenset({"salaries.holders-word"})), "care-worker")) == 1


_PLUMBING = (
    "Plumber pay\n\nA commercial plumber installs pipework in offices and shops. Commercial plumbers earn $30 to $45"
    " per hour.\n\nResidential plumbing tends to pay a little less, with rates ranging from $25 per hour to $38 per"
    " hour.\n"
)


def test_a_kind_of_work_named_by_its_noun_is_paid_as_its_post(tmp_path: Path) -> None:
    g = read(tmp_path, _PLUMBING)
    assert pay(g, "residential-plumber") == [(25.0, 38.0, "USD", "hour")]
    assert (25.0, 38.0, "USD", "hour") not in pay(g, "commercial-plumber")


def test_a_work_noun_no_post_of_the_page_is_the_worker_of_names_no_post(tmp_path: Path) -> None:
    text = _PLUMBING.replace("Residential plumbing", "Drain clearing")
    assert "drain-clearer" not in roles(read(tmp_path, text))


def test_the_field_noun_switch_is_the_rule_s(tmp_path: Path) -> None:
    assert "residential-plumber" not in roles(read(tmp_path, _PLUMBING, frozenset({"salaries.field-noun"})))
