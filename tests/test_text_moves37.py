"""Transitions (stop 37): sentence shapes of our own probes that carry to unseen pages, each tested on our own wording.

Every text here is our own wording, unlike any document of the corpus or the seeds.
"""

from __future__ import annotations

from pathlib import Path

from careergraph.loaders.text_moves import clause_moves
from careergraph.loaders.text_nlp import word_norm
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


def test_named_person_with_a_later_pronoun_of_theirs(tmp_path: Path) -> None:
    # "..., a post she still holds": the sentence's pronoun is the named person's own, after the verb
    text = (
        "Ines joined the museum in 2011 as a gallery attendant. In 2015 she moved to the learning team as an"
        " education officer. Four years later Ines became collections manager, a post she still holds.\n"
    )
    found = moves(extract(tmp_path, text))
    assert ("education-officer", "collections-manager") in found


def test_named_person_in_a_narrators_sentence_is_not_the_narrator(tmp_path: Path) -> None:
    # "Marta became B and I took over": Marta's move is not the narrator's
    text = (
        "I joined the garden centre in 2015 as a plant care assistant. In 2018 Marta became area manager and I"
        " took over as section supervisor.\n"
    )
    found = set(moves(extract(tmp_path, text)))
    assert ("plant-care-assistant", "area-manager") not in found
    assert ("plant-care-assistant", "section-supervisor") in found


# --- transitions.told: a post held after a word of sequence, after a move; "before being hired as" ---------------


def test_post_held_after_then_follows_the_post_moved_to(tmp_path: Path) -> None:
    # after a move ("was made B"), "He then spent five years as C" is the next post, not one held before
    text = (
        "Ravi started at the print works as a print assistant. Within two years he was made press operator. He then"
        " spent five years as print supervisor at a larger works.\n"
    )
    found = set(moves(extract(tmp_path, text)))
    assert {("print-assistant", "press-operator"), ("press-operator", "print-supervisor")} <= found


def test_before_being_hired_as_is_the_next_post(tmp_path: Path) -> None:
    # "before being hired as B": the participle shares the sentence's subject; A's years are the move's
    text = "She spent six years as a ticket inspector before being hired as station manager at a busier stop.\n"
    found = moves(extract(tmp_path, text))
    assert ("ticket-inspector", "station-manager") in found
    assert found[("ticket-inspector", "station-manager")].get("years_min") == 6.0


def test_asked_me_to_step_up_as(tmp_path: Path) -> None:
    # "step up as B" (like "step in as B", "take over as B"): the narrator's move
    text = (
        "I started at the laundry as a presser in 2016. Two years later the owner asked me to step up as shift"
        " supervisor.\n"
    )
    found = set(moves(extract(tmp_path, text)))
    assert ("presser", "shift-supervisor") in found


# --- structure.list-ladder: a bracket closing a rung's line; transitions.arrived-after: "(after N months)" ----------


def test_rung_named_before_a_closing_bracket(tmp_path: Path) -> None:
    # "Glazier (after 3 years)": the rung is the title before the bracket, reached after the bracket's years
    text = (
        "# Apprentice Glazier\n\nApprentice glaziers cut and fit glass in shopfronts and homes.\n\n"
        "## Career progression\n"
        "- Apprentice Glazier\n- Glazier (after 3 years)\n- Senior Glazier\n- Contracts Manager\n"
    )
    found = moves(extract(tmp_path, text))
    assert ("apprentice-glazier", "glazier") in found
    assert found[("apprentice-glazier", "glazier")].get("years_min") == 3.0
    assert ("glazier", "senior-glazier") in found
    assert ("apprentice-glazier", "senior-glazier") not in found


# --- transitions.told: "offered a job in the depot as B" -------------------------------------------------------------


def test_offered_a_job_somewhere_as_a_post(tmp_path: Path) -> None:
    # a post noun after the verb of getting a post, and the post itself a few words on after "as"
    text = (
        "I joined the water company as a billing clerk in 2010. After four years I was offered a job in the control"
        " room as a network controller.\n"
    )
    found = moves(extract(tmp_path, text))
    assert ("billing-clerk", "network-controller") in found


# --- transitions.clause / transitions.verb: "..., while others become C" -------------------------------------------


def test_others_after_a_post_held_as_move_from_the_group(tmp_path: Path) -> None:
    # "as B" belongs to the first clause; "others" are the rest of the A group: A -> C, never B -> C
    text = (
        "Reporters with a good voice often move into radio as presenters, while others become sub-editors or press"
        " officers.\n"
    )
    found = set(moves(extract(tmp_path, text)))
    assert ("presenter", "sub-editor") not in found
    assert ("presenter", "press-officer") not in found
    assert ("reporter", "presenter") in found
    assert {("reporter", "sub-editor"), ("reporter", "press-officer")} <= found


def test_others_after_a_post_no_role_names_move_nowhere(tmp_path: Path) -> None:
    # the group is named by no role ("Juniors"): the others' move has no source, and B is none
    text = "Juniors with a good voice often move into radio as presenters, while others become sub-editors.\n"
    found = set(moves(extract(tmp_path, text)))
    assert ("presenter", "sub-editor") not in found


# --- transitions.clause: other people named right before the verb are its subject ---------------------------------


def test_colleagues_named_before_the_verb_move_not_the_narrator() -> None:
    # the generic "I" stands far back; "colleagues" right before "become" are who becomes B: no move of the person's
    lowers = "i love it when i have had a hand in seeing quiet colleagues become team leaders .".split()
    norms = [word_norm(w) for w in lowers]
    target = lowers.index("team")
    assert not clause_moves(norms, 0, len(norms), [(target, target + 2)], lowers=lowers)
    # (the person's own move is still read)
    lowers = "i have since become a team leader .".split()
    norms = [word_norm(w) for w in lowers]
    assert clause_moves(norms, 0, len(norms), [(5, 7)], lowers=lowers)


def test_narrator_goes_on_to_become_is_still_the_narrators_move(tmp_path: Path) -> None:
    # a verb's "s" form before the verb of movement ("goes on to become") is no plural noun
    text = "I started at the nursery as a trainee gardener. Within three years I went on to become a head gardener.\n"
    found = set(moves(extract(tmp_path, text)))
    assert ("trainee-gardener", "head-gardener") in found


# --- transitions.narrated: "then you work as B"; a step to a post no rule reads breaks the chain ---------------------


def test_then_you_work_as_is_a_step_of_the_route(tmp_path: Path) -> None:
    # a post held after a word of sequence is the route's next step, so the later step does not skip it
    text = (
        "You start as a junior technician at the dairy. Then you work as a process operator. Later you become a"
        " production supervisor.\n"
    )
    found = set(moves(extract(tmp_path, text)))
    assert {("junior-technician", "process-operator"), ("process-operator", "production-supervisor")} <= found
    assert ("junior-technician", "production-supervisor") not in found


def test_step_to_a_post_no_rule_reads_breaks_the_chain(tmp_path: Path) -> None:
    # "then go to a dairy foremanship": a step whose post is not read; the next step read starts from it, not from
    # the post before it
    text = (
        "You start out as a junior technician, which is a plant position. You then go to a dairy foremanship,"
        " which is a yard position. Next you go back as a production supervisor.\n"
    )
    found = set(moves(extract(tmp_path, text)))
    assert ("junior-technician", "production-supervisor") not in found


# --- transitions.told: "a part-time B", the hyphen a token of its own -------------------------------------------


def test_part_time_post_held_then_a_move(tmp_path: Path) -> None:
    text = "I was a part-time cleaner at the depot for two years. I became a shunter and have stayed one since.\n"
    found = moves(extract(tmp_path, text))
    # (since stop 39 the post held is named with how it was held, as references name it: "Part-time cleaner")
    assert ("part-time-cleaner", "shunter") in found
    assert found[("part-time-cleaner", "shunter")].get("years_min") == 2.0
