"""Transitions (stop 36): patterns found on unseen pages, each tested here on our own wording in other trades.

Every text here is our own wording, unlike any document of the corpus or the seeds: the rules must read the
pattern, not a phrase.
"""

from __future__ import annotations

from pathlib import Path

import networkx as nx

from careergraph.graph.schema import RelType
from careergraph.loaders.text import load_documents


def moves(tmp_path: Path, text: str) -> set[tuple[str, str]]:
    path = tmp_path / "doc.md"
    path.write_text(text, encoding="utf-8")
    result = load_documents([path], kb=False)
    assert not result.problems
    g: nx.MultiDiGraph = result.graph
    return {(u, v) for u, v, key in g.edges(keys=True) if key == RelType.TRANSITIONS_TO.value}


# --- structure.section-moves: a line that announces the posts a role moves up to -------------------------------


def test_item_announcing_moves_opens_next_posts_not_a_ladder(tmp_path: Path) -> None:
    # an item of a career-path list that ends "move up to:" announces the page's role's next posts
    text = (
        "# Kitchen Porter\n\nKitchen porters wash pans, sweep floors and take in deliveries.\n\n"
        "## Career Path\n"
        "- A first job in catering with real chances to progress to:\n"
        "- Commis chef\n- Breakfast cook\n- Kitchen supervisor\n"
        "- Or into hotel work after some training\n"
    )
    found = moves(tmp_path, text)
    assert found == {
        ("kitchen-porter", "commis-chef"),
        ("kitchen-porter", "breakfast-cook"),
        ("kitchen-porter", "kitchen-supervisor"),
    }


def test_entry_level_line_announcing_moves_up_goes_from_the_role(tmp_path: Path) -> None:
    # "entry-level role" opens the line, but its closing words announce where the role leads
    text = (
        "# Care Assistant\n\nCare assistants help residents wash, dress and eat.\n\n"
        "## Prospects\n"
        "Entry-level role with opportunities to move up to:\n"
        "- Senior care assistant\n- Deputy manager\n"
    )
    found = moves(tmp_path, text)
    assert found == {("care-assistant", "senior-care-assistant"), ("care-assistant", "deputy-manager")}


def test_entry_level_heading_still_lists_where_people_come_from(tmp_path: Path) -> None:
    # (no verb of movement closing the line: the list is still where the role is entered from)
    text = (
        "# Head Chef\n\nHead chefs plan menus and run the kitchen.\n\n"
        "## Typical entry level roles\n"
        "- Sous chef\n- Chef de partie\n"
    )
    found = moves(tmp_path, text)
    assert ("sous-chef", "head-chef") in found
    assert ("head-chef", "sous-chef") not in found


# --- transitions.told: a post held "before long" / "before I knew it" after the post told before ----------------


def test_post_held_before_i_knew_it_follows_the_post_taken_over(tmp_path: Path) -> None:
    text = (
        "My first summer at the garden centre I was asked to take over as till supervisor when Jo left.\n"
        "The nursery then doubled in size, and I ran the plant area for a season.\n"
        "Before we knew it, I was a deputy store manager, working beside the store manager.\n"
    )
    assert ("till-supervisor", "deputy-store-manager") in moves(tmp_path, text)


def test_post_held_before_long_follows_the_post_told_before(tmp_path: Path) -> None:
    text = "He stepped in as night porter at the inn in 2016.\nBefore long he was a duty manager.\n"
    assert ("night-porter", "duty-manager") in moves(tmp_path, text)


def test_before_without_time_passing_is_no_later_post(tmp_path: Path) -> None:
    # (a plain "before" clause tells no time passed: no move from the post told before)
    text = "I was asked to take over as head gardener in 2019.\nBefore that I was a groundskeeper.\n"
    found = moves(tmp_path, text)
    assert ("head-gardener", "groundskeeper") not in found


# --- transitions.clause: a relative named before a verb of movement is no post --------------------------------


def test_relative_before_a_verb_of_movement_is_no_post(tmp_path: Path) -> None:
    text = "My father began as a van driver before training as a mechanic.\n"
    found = moves(tmp_path, text)
    assert ("van-driver", "mechanic") in found
    assert not any("father" in u or "father" in v for u, v in found)


def test_relative_of_a_third_person_is_no_post(tmp_path: Path) -> None:
    text = "Her brother started as a kitchen porter and became a head chef.\n"
    found = moves(tmp_path, text)
    assert found == {("kitchen-porter", "head-chef")}


def test_sister_as_a_nursing_post_is_still_read(tmp_path: Path) -> None:
    # (no possessive: the nursing post, reached from staff nurse)
    text = "After six years as a staff nurse on the ward, Dana was promoted to sister.\n"
    assert ("staff-nurse", "sister") in moves(tmp_path, text)


# --- transitions.headline: a page that opens with a paragraph has no title line to sum its route up ------------


def test_opening_paragraph_move_kept_beside_the_ladder(tmp_path: Path) -> None:
    text = (
        "Bakeries train their own people. Starting out as a bakery assistant, you can work your way up to head"
        " baker. The steps are below.\n"
        "Step 1: Bakery assistant\nAssistants weigh flour and shape rolls.\n"
        "Step 2: Shift baker\nAssistants are promoted to shift baker within a year.\n"
        "Step 3: Head baker\nShift bakers can progress to head baker.\n"
    )
    found = moves(tmp_path, text)
    assert ("bakery-assistant", "head-baker") in found
    assert ("bakery-assistant", "shift-baker") in found and ("shift-baker", "head-baker") in found


def test_title_line_route_still_summed_up(tmp_path: Path) -> None:
    # (a title line of its own, no sentence after it on the line: the route the page's rungs spell out)
    text = (
        "From bakery assistant to head baker\n\n"
        "Step 1: Bakery assistant\nAssistants weigh flour and shape rolls.\n"
        "Step 2: Shift baker\nAssistants are promoted to shift baker within a year.\n"
        "Step 3: Head baker\nShift bakers can progress to head baker.\n"
    )
    assert ("bakery-assistant", "head-baker") not in moves(tmp_path, text)


# --- transitions.clause: the years of a step are not a later step's told after "and then" / ", before" ---------


def _years(tmp_path: Path, text: str) -> dict[tuple[str, str], tuple[object, object]]:
    path = tmp_path / "doc.md"
    path.write_text(text, encoding="utf-8")
    g = load_documents([path], kb=False).graph
    return {
        (u, v): (data.get("years_min"), data.get("years_max"))
        for u, v, key, data in g.edges(keys=True, data=True)
        if key == RelType.TRANSITIONS_TO.value
    }


def test_years_of_a_step_stay_off_the_step_after_and_then(tmp_path: Path) -> None:
    found = _years(tmp_path, "An apprentice joiner becomes a joiner after three years and then a site foreman.\n")
    assert found[("apprentice-joiner", "joiner")] == (3.0, 3.0)
    assert found[("joiner", "site-foreman")] == (None, None)


def test_years_of_a_step_stay_off_the_step_after_before_becoming(tmp_path: Path) -> None:
    text = (
        "A spa might hire someone as a trainee therapist, who a year later becomes a therapist, before becoming a"
        " spa manager.\n"
    )
    found = _years(tmp_path, text)
    assert found[("trainee-therapist", "therapist")] == (1.0, 1.0)
    assert found[("therapist", "spa-manager")] == (None, None)
