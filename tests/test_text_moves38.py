"""Transitions (stop 38): sentence shapes seen on development pages and in our own probes, each tested on our own
wording.

Every text here is our own wording, unlike any document of the corpus or the seeds.
"""

from __future__ import annotations

from pathlib import Path

from tests.text_helpers import extract, moves

# --- transitions.told: a person moved to a post, then where they started -----------------------------------------


def test_named_person_promoted_then_started_as(tmp_path: Path) -> None:
    # a news item: the move told first with no post before it, then the post the person started in, "started as"
    # (a post held from the start, not a verb of joining): the start leads to the post reached, with the years since
    text = (
        "Kwame Mensah has been promoted to yard foreman at the Eastgate rail depot. He started out on the night"
        " shift as a track labourer with the depot almost eleven years ago.\n"
    )
    found = moves(extract(tmp_path, text))
    assert ("track-labourer", "yard-foreman") in found
    assert found[("track-labourer", "yard-foreman")].get("years_min") == 11.0


def test_named_person_began_career_as(tmp_path: Path) -> None:
    text = (
        "Hannah Ode has been appointed head housekeeper of the Bellmont Hotel. She began her career as a"
        " chambermaid.\n"
    )
    assert ("chambermaid", "head-housekeeper") in moves(extract(tmp_path, text))


def test_promotion_told_in_the_past_takes_no_years_ago(tmp_path: Path) -> None:
    # "was promoted in 2019" is no post reached now: "nine years ago" does not count up to it
    text = "Maria Lopez was promoted to head baker in 2019. She started as a counter assistant nine years ago.\n"
    found = moves(extract(tmp_path, text))
    assert ("counter-assistant", "head-baker") in found
    assert found[("counter-assistant", "head-baker")].get("years_min") is None


def test_another_persons_start_moves_no_one(tmp_path: Path) -> None:
    text = "Maria Lopez has been promoted to head baker. Her brother started as a porter nine years ago.\n"
    assert ("porter", "head-baker") not in moves(extract(tmp_path, text))


# --- structure.section-moves: a bare "Related:" line links to another article ----------------------------------


def test_related_link_line_is_no_lateral_move(tmp_path: Path) -> None:
    # a job-description site links its other articles with "Related: ..." lines: no move to the post they name
    text = (
        "Florist Job Description\n\n"
        "Florists arrange flowers for weddings, shops and funerals.\n\n"
        "Related: Wedding Planner Job Description\n\n"
        "Duties\n- Arrange bouquets\n- Order stock from growers\n"
    )
    assert ("florist", "wedding-planner") not in moves(extract(tmp_path, text))


def test_related_roles_label_still_lists_lateral_moves(tmp_path: Path) -> None:
    text = "Florist\n\nRelated roles: Wedding Planner, Garden Designer\n"
    found = moves(extract(tmp_path, text))
    assert ("florist", "wedding-planner") in found
    assert ("florist", "garden-designer") in found


# --- transitions.becoming-takes: "Becoming B takes N years ... from A" --------------------------------------------


def test_becoming_a_post_takes_years_from_another(tmp_path: Path) -> None:
    text = (
        "How long until you run the workshop?\n\n"
        "Becoming a workshop foreman typically takes three to five years of working your way up from an apprentice"
        " mechanic position.\n"
    )
    found = moves(extract(tmp_path, text))
    assert ("apprentice-mechanic", "workshop-foreman") in found
    assert found[("apprentice-mechanic", "workshop-foreman")].get("years_min") == 3.0
    assert found[("apprentice-mechanic", "workshop-foreman")].get("years_max") == 5.0


def test_becoming_a_post_with_no_source_or_negated_moves_no_one(tmp_path: Path) -> None:
    text = (
        "Sometimes becoming a workshop foreman takes years. Becoming a workshop foreman doesn't take five years as"
        " an apprentice mechanic.\n"
    )
    assert ("apprentice-mechanic", "workshop-foreman") not in moves(extract(tmp_path, text))


def test_post_reached_at_a_kind_of_place_is_named_by_the_place(tmp_path: Path) -> None:
    # mentions.placed-heads after a verb of becoming, the place ending before the sentence's verb
    text = "Becoming a supervisor at a bottling factory usually takes two years from line operator.\n"
    found = moves(extract(tmp_path, text))
    assert ("line-operator", "bottling-factory-supervisor") in found


# --- transitions.dated-story: a year across ", and" dates the next clause's post --------------------------------


def test_year_of_the_next_clause_does_not_date_the_post_before(tmp_path: Path) -> None:
    # "By 2018 I was B, and in 2021 I was made C": B is dated 2018, not 2021 (nearer its end, but another clause's)
    text = (
        "In 2016 I got my first job as a kennel assistant. By 2018 I was a senior kennel assistant, and in 2021 I was"
        " made kennel manager.\n"
    )
    found = moves(extract(tmp_path, text))
    assert found[("kennel-assistant", "senior-kennel-assistant")].get("years_min") == 2.0
    assert found[("senior-kennel-assistant", "kennel-manager")].get("years_min") == 3.0


# --- transitions.clause: "got promoted" is a passive, as "was promoted" --------------------------------------------


def test_got_promoted_moves_from_the_post_held(tmp_path: Path) -> None:
    # "got" before "promoted" is the passive's auxiliary, not a verb of movement ending the search for the subject
    text = "I spent two years as a kennel assistant. Then I got promoted to kennel supervisor.\n"
    found = moves(extract(tmp_path, text))
    assert ("kennel-assistant", "kennel-supervisor") in found


def test_someone_else_getting_promoted_moves_no_one(tmp_path: Path) -> None:
    text = "I spent two years as a kennel assistant. My friend got promoted to kennel supervisor.\n"
    assert ("kennel-assistant", "kennel-supervisor") not in moves(extract(tmp_path, text))


# --- transitions.clause: bare titles of a person's move ("worked my way up to B", "from A to B") ------------------


def test_worked_my_way_up_to_a_bare_title(tmp_path: Path) -> None:
    text = "I started as a picker at the dairy and worked my way up to supervisor.\n"
    assert ("picker", "supervisor") in moves(extract(tmp_path, text))


def test_best_way_to_get_hired_names_no_bare_title(tmp_path: Path) -> None:
    # "way" without a possessive and "up" is no way up to a post
    text = "The best way to get hired as a supervisor is to work your way up the ranks.\n"
    assert not moves(extract(tmp_path, text))


def test_person_moving_between_two_bare_titles(tmp_path: Path) -> None:
    # neither title is read on its own: the move's "from A to B" names both, told of a person
    text = "She went from cleaner to supervisor in two years.\n"
    found = moves(extract(tmp_path, text))
    assert ("cleaner", "supervisor") in found
    assert found[("cleaner", "supervisor")].get("years_min") == 2.0


def test_summary_between_two_bare_titles_is_no_persons_move(tmp_path: Path) -> None:
    text = "Moving up the rung from cleaner to supervisor and beyond is still a matter of performance.\n"
    assert not moves(extract(tmp_path, text))


# --- transitions.ladder: an item of an arrow chain ending in a title's head is a rung ------------------------------


def test_arrow_chain_item_the_title_rules_miss_is_a_rung(tmp_path: Path) -> None:
    # "Train driver" is no title the rules read alone ("train" is also a verb): between two arrows, opening in a
    # capital and ending in a title's head, it is a rung, and the chain runs on through it
    text = "Rail careers\n\nDepot cleaner → Shunter → Train driver → Driver manager\n"
    found = set(moves(extract(tmp_path, text)))
    assert {("shunter", "train-driver"), ("train-driver", "driver-manager")} <= found


def test_arrow_chain_of_steps_that_are_no_titles(tmp_path: Path) -> None:
    text = "How to apply\n\nSend your CV → Phone interview → Get the offer\n"
    assert not moves(extract(tmp_path, text))


# --- transitions.told: "ended my career as B", "retired as B" --------------------------------------------------


def test_ended_career_as_is_the_last_post_reached(tmp_path: Path) -> None:
    text = "I was a deckhand by the age of 18 and ended my career as a ferry captain at 52.\n"
    assert ("deckhand", "ferry-captain") in moves(extract(tmp_path, text))


def test_retired_as_moves_from_the_post_held(tmp_path: Path) -> None:
    text = "I worked as a signaller for twenty years and retired as station manager.\n"
    assert ("signaller", "station-manager") in moves(extract(tmp_path, text))


def test_someone_else_retiring_moves_no_one(tmp_path: Path) -> None:
    text = "I was a deckhand. My uncle retired as a ferry captain.\n"
    assert ("deckhand", "ferry-captain") not in moves(extract(tmp_path, text))
