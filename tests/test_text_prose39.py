"""Duties and needs stated in running prose (stop 39): sentences of career guides, "what does an X do" pages and
ladder paragraphs whose duties were not read.

Each page here is written for the test, in trades other than e-commerce (a rail depot, a restaurant, a farm), so
that what is tested is the form of the sentence, not the words of any page the rules were written from.
"""

from __future__ import annotations

from pathlib import Path

from text_helpers import needs, read, rules_of

DEPOT_CLERK = """# What does a depot clerk do?

Depot clerks give safety briefings to drivers, book overtime and check timesheets.
"""

HEAD_WAITER = """# Head Waiter

Head waiters explain the table plan to the waiters, take bookings and greet regular guests.
"""

SUPERVISOR_LINE = """# Yard Hand

Yard hands report to the yard manager and sweep the sheds.
"""


def test_a_post_a_thing_is_given_to_is_no_hand_off(tmp_path: Path) -> None:
    g = read(tmp_path, DEPOT_CLERK)
    got = needs(g).get("depot-clerk", set())
    assert {"overtime booking", "timesheet checking"} <= got, got
    assert "requirements.duty-verb" in rules_of(g, "depot-clerk")
    assert not any("driver" in s for s in got), got
    off = read(tmp_path, DEPOT_CLERK, frozenset({"requirements.recipient-object"}))
    assert "overtime booking" not in needs(off).get("depot-clerk", set())
    g = read(tmp_path, HEAD_WAITER)
    assert {"bookings", "regular guest greeting"} <= needs(g).get("head-waiter", set())


def test_a_reporting_line_is_no_thing_given(tmp_path: Path) -> None:
    # "report to the yard manager", "answer to ...": "to" right after the verb, a reporting line; "hand the keys to
    # ...": the work passed on; each sentence stays as it was read (the first would even if the rule took its post:
    # the others would not)
    for page in (
        SUPERVISOR_LINE,
        SUPERVISOR_LINE.replace("report to", "answer to"),
        SUPERVISOR_LINE.replace("report to", "hand the keys to"),
    ):
        on = needs(read(tmp_path, page)).get("yard-hand", set())
        off = needs(read(tmp_path, page, frozenset({"requirements.recipient-object"}))).get("yard-hand", set())
        assert on == off, page



HOTEL_GUIDE = """# Careers in a hotel

Porters carry the bags and call taxis. A porter's day is long.

Successful receptionists stay calm under pressure. They greet guests and take bookings.
"""


def test_a_plural_post_after_a_word_of_praise_opens_its_sentence(tmp_path: Path) -> None:
    g = read(tmp_path, HOTEL_GUIDE)
    got = needs(g)
    assert {"guest greeting", "bookings"} <= got.get("receptionist", set()), got
    assert "guest greeting" not in got.get("porter", set())
    off = needs(read(tmp_path, HOTEL_GUIDE, frozenset({"mentions.praised-plurals"})))
    assert "guest greeting" not in off.get("receptionist", set())


KITCHEN_GUIDE = """# Kitchen careers

A busy restaurant hires a sous chef. She checks the produce, writes the prep lists and plans the menu.
"""


def test_he_or_she_before_a_short_first_duty_and_a_comma_is_the_subject(tmp_path: Path) -> None:
    got = needs(read(tmp_path, KITCHEN_GUIDE)).get("sous-chef", set())
    assert {"produce checking", "prep list writing", "menu planning"} <= got, got
    off = needs(read(tmp_path, KITCHEN_GUIDE, frozenset({"requirements.pronoun-series"}))).get("sous-chef", set())
    assert "prep list writing" not in off



HOTEL_STORY = """# Hotel careers

A large hotel hires a dedicated revenue specialist. This specialist usually sits in the sales office. He sets the
room rates, watches the bookings and plans the promotions.
"""


def test_a_post_named_again_by_its_head_word_is_still_the_pronoun_s(tmp_path: Path) -> None:
    got = needs(read(tmp_path, HOTEL_STORY)).get("revenue-specialist", set())
    assert {"room rate setting", "promotion planning"} <= got, got
    off = needs(read(tmp_path, HOTEL_STORY, frozenset({"requirements.renamed-post"}))).get("revenue-specialist", set())
    assert "promotion planning" not in off
