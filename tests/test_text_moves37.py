"""Transitions (stop 37): sentence shapes of our own probes that carry to unseen pages, each tested on our own wording.

Every text here is our own wording, unlike any document of the corpus or the seeds.
"""

from __future__ import annotations

from pathlib import Path

from tests.text_helpers import extract, moves

# --- structure.list-ladder: a line announcing the list is no rung of it -------------------------------------------


def test_line_announcing_a_ladder_is_not_its_first_rung(tmp_path: Path) -> None:
    # "Most brewers here climb this ladder:" names brewers, but it announces the list: the list runs up from its
    # first item (before, "brewers" was read as the top rung and the whole list ran down)
    text = (
        "# Brewery Career Ladder\n\n"
        "Most brewers here climb this ladder:\n\n"
        "1. Cellar hand (0-2 years)\n2. Assistant brewer\n3. Brewer\n4. Head brewer\n"
    )
    found = set(moves(extract(tmp_path, text)))
    assert found == {
        ("cellar-hand", "assistant-brewer"),
        ("assistant-brewer", "brewer"),
        ("brewer", "head-brewer"),
    }


# --- transitions.told: a named person as the subject of a verb of movement ---------------------------------------


def test_named_person_becomes_a_post_in_a_told_career(tmp_path: Path) -> None:
    # the story names its person again ("Oluwaseun became ...") with none of the pronouns that mark a told sentence
    text = (
        "Oluwaseun joined the signal works in 2012 as a trainee technician. In 2016 he moved to the night shift as a"
        " signal technician. Two years later, Oluwaseun became section engineer.\n"
    )
    found = moves(extract(tmp_path, text))
    assert ("trainee-technician", "signal-technician") in found
    assert ("signal-technician", "section-engineer") in found
    assert found[("signal-technician", "section-engineer")].get("years_min") == 2.0


def test_named_person_promoted_and_appointed(tmp_path: Path) -> None:
    text = (
        "Greta Holm started at the ferry company in 2009 as a deckhand. In 2013 Greta was promoted to bosun."
        " Five years later Greta was appointed deck officer.\n"
    )
    found = set(moves(extract(tmp_path, text)))
    assert {("deckhand", "bosun"), ("bosun", "deck-officer")} <= found


def test_company_named_before_a_verb_moves_no_one(tmp_path: Path) -> None:
    # a capitalised subject that is no person told of: no story is being told, so nothing is read
    text = "Northline became the region's largest ferry operator in 2015, and it hires deckhands every spring.\n"
    assert not moves(extract(tmp_path, text))
