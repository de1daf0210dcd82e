"""A narrator's duties in the post held at that point of a story (stop 37, from texts of our own): told in the past
progressive ("I was sorting the post but also training new sorters"), with the people worked with in the predicate,
and in a story told of "he" or "she".

The wording, roles and trades here are our own (a sorting office, a ferry, a library); each test fails on the code
before the change it is about.
"""

from __future__ import annotations

from pathlib import Path

from text_helpers import links, read


def test_a_narrators_past_progressive_names_the_held_posts_duties(tmp_path: Path) -> None:
    page = (
        "My years at the sorting office\n\n"
        "I left school at sixteen. In 1998 I became a postal sorter. I was weighing parcels on the night shift and"
        " labelling the sacks for the vans. I was hoping to go to college. I was working at the main hall.\n"
    )
    got = links(read(tmp_path, page))
    assert ("postal-sorter", "parcel-weighing") in got, got
    assert not any("college" in skill or "hall" in skill for _, skill in got), got


def test_a_narrators_duty_over_people_worked_with_is_the_held_posts(tmp_path: Path) -> None:
    page = (
        "Life on the ferry\n\n"
        "I joined the ferry company in 2004. Two years later I became a deck supervisor. I was checking the"
        " moorings but also training new deckhands. I married a deckhand in 2009.\n"
    )
    got = links(read(tmp_path, page))
    assert ("deck-supervisor", "new-deckhand-training") in got, got
    assert not any(role == "deckhand" for role, _ in got), got


def test_a_duty_told_of_she_is_the_post_her_story_holds_then(tmp_path: Path) -> None:
    page = (
        "From volunteer to librarian\n\n"
        "Nadia started as a cleaner at the town library. In 2012 she was promoted to library assistant. She"
        " checked the returned books and stamped the due dates.\n"
    )
    got = links(read(tmp_path, page))
    assert ("library-assistant", "stamping-due-dates") in got, got


def test_a_duty_of_she_after_another_post_is_named_is_not_hers(tmp_path: Path) -> None:
    page = (
        "From volunteer to librarian\n\n"
        "Nadia started as a cleaner at the town library. In 2012 she was promoted to library assistant. Her head"
        " librarian was strict. She checked the overdue"
        " lists.\n"
    )
    got = links(read(tmp_path, page))
    assert not any(role == "library-assistant" for role, _ in got), got


def test_a_narrators_life_is_no_duty_of_the_post(tmp_path: Path) -> None:
    page = (
        "My years at the sorting office\n\n"
        "I left school at sixteen. In 1998 I became a postal sorter. I was renting a room near the depot and"
        " commuting by bike. I attended evening prayers at the chapel. I was weighing parcels on the night shift.\n"
    )
    got = links(read(tmp_path, page))
    assert ("postal-sorter", "parcel-weighing") in got, got
    assert not any(any(w in skill for w in ("room", "commut", "prayer", "chapel")) for _, skill in got), got


def test_a_feeling_after_and_is_no_object_of_the_duty_before_it(tmp_path: Path) -> None:
    page = (
        "My years at the sorting office\n\n"
        "I became a postal sorter in 1998. My shift manager planned the rotas and hated overtime.\n"
        "\nHate Crime Awareness\nEvery sorter takes a course in hate crime awareness.\n"
    )
    got = links(read(tmp_path, page))
    assert ("shift-manager", "rota-planning") in got, got
    assert not any("overtime" in skill for _, skill in got), got
