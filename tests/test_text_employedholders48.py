"""A post named by a noun of a person that names people served as often (stop 49): a sentence saying the subject's
holders are paid staff ("Room runners are considered part-time employees", "A room shopper is someone who shops
for guests ...") makes the subject a post (mentions.employed-holders); not a subject opened by an owner or a
quantifier, nor people named alone ("Guests are people who ..."), nor a definition of those served.

Each page is written for the test, in trades the rules were not written from (a hotel, a hospital).
"""

from __future__ import annotations

from pathlib import Path

from text_helpers import pay, read

_HOTEL = "Hotel Jobs\n\nThe Grand Hotel has a busy front of house.\n\n"


def _roles(tmp_path: Path, text: str, disabled: frozenset[str] = frozenset()) -> set[str]:
    return {n for n, d in read(tmp_path, text, disabled).nodes(data=True) if d["label"] == "Role"}


def test_a_subject_said_to_be_part_time_employees_is_a_post(tmp_path: Path) -> None:
    text = _HOTEL + "In-room shoppers are considered part-time employees and work fixed shifts.\n"
    assert "in-room-shopper" in _roles(tmp_path, text)
    assert "in-room-shopper" not in _roles(tmp_path, text, frozenset({"mentions.employed-holders"}))


def test_someone_who_does_a_thing_for_guests_is_a_post(tmp_path: Path) -> None:
    text = _HOTEL + "A ward seller is someone who sells for patients who cannot reach the shop.\n"
    assert "ward-seller" in _roles(tmp_path, text)


def test_people_served_and_owned_subjects_are_no_posts(tmp_path: Path) -> None:
    text = (
        _HOTEL + "Guests are people who stay for people they love. Our shoppers are seasonal employees."
        " Most online shoppers are someone who buys for others.\n"
    )
    got = _roles(tmp_path, text)
    assert not any("guest" in r or "shopper" in r for r in got), got


def test_the_post_is_read_where_the_page_names_it_before(tmp_path: Path) -> None:
    text = _HOTEL + "In-room shoppers earn £12 an hour.\n\nIn-room shoppers are considered part-time employees.\n"
    g = read(tmp_path, text)
    assert pay(g, "in-room-shopper"), pay(g, "in-room-shopper")
