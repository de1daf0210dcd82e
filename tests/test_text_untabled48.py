"""A series of duties in the base form whose first verb no table holds (requirements.untabled-base, stop 48).

The wording, roles and trades here are our own (a hotel's front of house, a hospital's operating theatres); each
test fails on the code before the change it is about.
"""

from __future__ import annotations

from pathlib import Path

from text_helpers import links, read


def test_reader_goes_on_past_an_untabled_first_verb(tmp_path: Path) -> None:
    page = (
        "Hotel Porter\n\n"
        "A hotel porter greets guests at the main entrance.\n"
        "They may also chat with guests in the lobby, carry luggage to the bedrooms, and deliver newspapers"
        " every morning.\n"
        "The hotel offers free meals, a uniform, and a pension.\n"
    )
    got = links(read(tmp_path, page))
    skills = {skill for role, skill in got if role == "hotel-porter"}
    assert any("luggage" in s for s in skills), got
    assert any("newspaper" in s for s in skills), got
    assert not any("meal" in s or "pension" in s for s in skills), got
    off = links(read(tmp_path, page, frozenset({"requirements.untabled-base"})))
    assert not any("luggage" in s for _, s in off), off


def test_series_after_a_modal_opened_by_a_verb_that_is_a_noun_as_often(tmp_path: Path) -> None:
    page = (
        "Theatre Porter\n\n"
        "Theatre porters work in the operating theatres of a hospital.\n"
        "The theatre porter can search for missing trays, restock the linen, and inspect the washers.\n"
    )
    got = links(read(tmp_path, page))
    skills = {skill for role, skill in got if role == "theatre-porter"}
    assert any("washer" in s for s in skills), got
    assert any("linen" in s for s in skills), got


def test_no_series_after_a_form_of_be(tmp_path: Path) -> None:
    page = (
        "Hotel Porter\n\n"
        "A hotel porter greets guests at the main entrance.\n"
        "Porters will be part of a small team, carry luggage, and deliver newspapers.\n"
    )
    got = links(read(tmp_path, page))
    assert not any("part" in s for _, s in got), got
