"""Ownership of a page's lines by its posts (stop 44): a post's label followed by a sentence that defines the post
by what its holder does ("Curator: Someone who ...").

Each page here is written for the test, in trades other than e-commerce (a hotel, a ward, a bakery), so that what is
tested is the layout of the page, not the words of any page the rules were written from.
"""

from __future__ import annotations

from pathlib import Path

from text_helpers import needs, read, rules_of

HOTEL_ROLES = """Who works in our hotel

- Concierge: Someone who books theatre tickets and arranges taxis for guests.
- Night Auditor: A full-time or part-time clerk who balances the daily accounts.
- Doorman – Anyone on the front steps who greets arriving guests.
"""


def test_a_label_then_someone_who_gives_the_duties_to_the_labels_post(tmp_path: Path) -> None:
    g = read(tmp_path, HOTEL_ROLES)
    got = needs(g)
    assert "taxi arrangement" in got.get("concierge", set()) or "ticket booking" in " ".join(
        got.get("concierge", set())
    ), got
    assert any("account" in s for s in got.get("night-auditor", set())), got
    assert any("guest" in s for s in got.get("doorman", set())), got
    assert "requirements.label-defined" in rules_of(g, "concierge")
    off = needs(read(tmp_path, HOTEL_ROLES, frozenset({"requirements.label-defined"})))
    assert not off.get("concierge") and not off.get("doorman"), off


WARD_ROLES = """Ward team

- Ward Clerk: A clerk who files the patient notes.
- Healthcare Assistant: A staff nurse who trains new starters signs off their first rota.
"""


def test_a_post_named_before_who_keeps_the_sentence_its_own(tmp_path: Path) -> None:
    # "Ward Clerk: A clerk who ...": the label's post, its holder called by its head word; "A staff nurse who
    # trains ...": another post named before "who", whose clause is not the label's post's
    g = read(tmp_path, WARD_ROLES)
    got = needs(g)
    assert any("note" in s for s in got.get("ward-clerk", set())), got
    assert not any("train" in s for s in got.get("healthcare-assistant", set())), got


ELECTRICIAN_GUIDE = """CAREER GUIDE

Build a career in the electrical trade

Job Outlook
Demand for electricians keeps growing as homes and offices are rewired.
Most electricians learn on the job; a few electricians start at college.

Career Path
1. Apprentice Electrician
2. Site Supervisor
3. Project Manager

Key Skills
Reading wiring diagrams
Fault finding
Testing and inspection

Common Job Titles
Apprentice Electrician
Domestic Electrician
Industrial Electrician
Maintenance Electrician
Site Supervisor
Project Manager
"""


def test_a_page_naming_a_post_and_its_kinds_is_about_that_post(tmp_path: Path) -> None:
    # "electricians" three times, four kinds of electrician once or twice each, two other posts twice each: the
    # page's post is the electrician, whose skills the "Key Skills" list names
    g = read(tmp_path, ELECTRICIAN_GUIDE)
    got = needs(g)
    assert {"fault finding", "wiring diagram reading"} & got.get("electrician", set()), got
    off = needs(read(tmp_path, ELECTRICIAN_GUIDE, frozenset({"structure.salient-kinds"})))
    assert not off.get("electrician"), off


THEATRE_TEAM = """Theatre team

- The scrub nurse prepares the instruments and counts the swabs.
- An anaesthetist monitors breathing and gives pain relief.
"""


def test_an_items_article_and_post_open_its_sentence_after_the_marker(tmp_path: Path) -> None:
    g = read(tmp_path, THEATRE_TEAM)
    got = needs(g)
    assert "swab counting" in got.get("scrub-nurse", set()), got
    assert "breathing monitoring" in got.get("anaesthetist", set()), got
    off = needs(read(tmp_path, THEATRE_TEAM, frozenset({"structure.item-subjects"})))
    assert not off.get("scrub-nurse") and not off.get("anaesthetist"), off


SMALL_HOTEL = """Small hotels

In a small hotel it is often a porter or receptionist who does everything. They carry bags, answer phones and book
taxis.
"""


def test_they_after_posts_joined_by_or_stands_for_each_of_them(tmp_path: Path) -> None:
    g = read(tmp_path, SMALL_HOTEL)
    got = needs(g)
    for post in ("porter", "receptionist"):
        assert "bag carrying" in got.get(post, set()), got
    off = needs(read(tmp_path, SMALL_HOTEL, frozenset({"requirements.they-joined"})))
    assert "bag carrying" not in off.get("porter", set()), off


MUSEUM_ROLES = """Who works at the museum

- Hosts and entertainers: These are the people who lead the tours. They plan routes and answer questions.
"""


def test_a_label_joining_a_posts_head_to_another_name_still_names_the_post(tmp_path: Path) -> None:
    # "Hosts" alone before the colon named the post; joined to another name it named none, and the item went unread
    g = read(tmp_path, MUSEUM_ROLES)
    got = needs(g)
    assert {"tour leadership", "route planning"} <= got.get("host", set()), got
    off = needs(read(tmp_path, MUSEUM_ROLES, frozenset({"structure.joined-labels"})))
    assert not off.get("host"), off


def test_an_items_subject_after_any_bullet_the_loader_knows(tmp_path: Path) -> None:
    # the bullets a list's items open with elsewhere in the loader ("+", "✔", "➤", "■"), not only "-" and "•"
    for mark in ("+", "✔", "➤", "■"):
        page = THEATRE_TEAM.replace("- ", f"{mark} ")
        got = needs(read(tmp_path, page))
        assert "swab counting" in got.get("scrub-nurse", set()), (mark, got)
        assert "breathing monitoring" in got.get("anaesthetist", set()), (mark, got)
