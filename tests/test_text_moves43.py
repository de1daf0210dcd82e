"""Moves between posts in stories and ladders, written for stop 44 (the moves helper), each shape in two wordings.

Each page is written for the test, in a trade the rules were not written from (a brewery, a laboratory, a boatyard),
so that what is tested is the shape of the statement, not its words.
"""

from __future__ import annotations

from pathlib import Path

from text_helpers import moves, read


def test_a_span_from_one_post_ends_at_the_post_named_after_to(tmp_path: Path) -> None:
    # "from A to B and later to C": A -> B -> C, no move from A straight to C
    for said in (
        "Jan went from cellar hand to brewer and later to head brewer.",
        "Jan progressed from cellar hand to brewer, then to head brewer.",
    ):
        found = set(moves(read(tmp_path, f"Brewery story\n\n{said}\n")))
        assert found == {("cellar-hand", "brewer"), ("brewer", "head-brewer")}, said


def test_on_to_goes_on_from_the_post_reached_before(tmp_path: Path) -> None:
    for said in (
        "Jan went from cellar hand to brewer and on to head brewer.",
        "Jan moved from cellar hand to brewer, and on to head brewer by 2020.",
    ):
        found = set(moves(read(tmp_path, f"Brewery story\n\n{said}\n")))
        assert found == {("cellar-hand", "brewer"), ("brewer", "head-brewer")}, said


def _numbered(top: str, rungs: list[str]) -> str:
    body = "".join(f"{n}. {title}\nThe people in this post {what}.\n" for n, (title, what) in enumerate(
        zip(rungs, ("wash the hulls", "fit the engines", "plan the work", "run the yard"), strict=False), start=1))
    return f"{top}\n\n{body}"


def test_numbered_headings_under_a_route_summed_up_are_its_rungs(tmp_path: Path) -> None:
    # a page that tells the route from its first rung ("how to go from A to D") and then one numbered heading a rung
    for top, rungs in (
        ("Steps to go from yard hand to yard manager", ["Entry level: Yard Hand Role", "Boat Fitter or Marine Rigger",
                                                         "Yard Manager"]),
        ("This guide shows how a yard hand can move up to yard manager.", ["Yard Hand", "Boat Fitter / Marine Rigger",
                                                                           "Level 3: Yard Manager Position"]),
    ):
        found = set(moves(read(tmp_path, _numbered(top, rungs))))
        assert {
            ("yard-hand", "boat-fitter"), ("yard-hand", "marine-rigger"),
            ("boat-fitter", "yard-manager"), ("marine-rigger", "yard-manager"),
        } <= found, top
        assert ("boat-fitter", "marine-rigger") not in found


def test_a_choice_of_posts_names_a_post_no_title_rule_read(tmp_path: Path) -> None:
    text = _numbered("How to go from yard hand to yard manager", ["Yard Hand", "Caulker or Boat Fitter"])
    found = set(moves(read(tmp_path, text)))
    assert {("yard-hand", "caulker"), ("yard-hand", "boat-fitter")} <= found


def test_numbered_headings_with_no_route_are_no_ladder(tmp_path: Path) -> None:
    # a list of posts worth knowing: no ladder named at the top, no move stated from the first
    text = _numbered("Jobs in a boatyard", ["Yard Hand", "Boat Fitter or Marine Rigger", "Yard Manager"])
    assert not moves(read(tmp_path, text))
    # items holding other words than titles are no rungs
    text = _numbered("Steps to go from yard hand to yard manager", ["Working as a Yard Hand", "Boat Fitter",
                                                                     "Yard Manager"])
    assert ("boat-fitter", "yard-manager") not in moves(read(tmp_path, text))


def test_a_post_said_to_need_a_span_of_time_held_in_another(tmp_path: Path) -> None:
    # the post held for a time leads to the post that needs it, in any of these wordings, with that time
    for said, years in (
        ("To become a rigging supervisor you usually need three years as a rigger.", (3.0, 3.0)),
        ("Becoming a rigging supervisor requires at least three years as a rigger.", (3.0, 3.0)),
        ("Rigging supervisor roles typically follow three to five years as a rigger.", (3.0, 5.0)),
        ("A rigging supervisor post usually needs three years of experience as a rigger.", (3.0, 3.0)),
        ("Most rigging supervisors need three years as a rigger before they are promoted.", (3.0, 3.0)),
    ):
        found = moves(read(tmp_path, f"Rigging careers\n\n{said}\n"))
        assert set(found) == {("rigger", "rigging-supervisor")}, said
        data = found["rigger", "rigging-supervisor"]
        assert (data.get("years_min"), data.get("years_max")) == years, said


def test_a_span_held_that_no_post_needs_is_no_move(tmp_path: Path) -> None:
    for said in (
        "You cannot become a rigging supervisor without three years as a rigger.",
        "Rigging supervisors earn more than those with ten years as a rigger.",
    ):
        found = moves(read(tmp_path, f"Rigging careers\n\n{said}\n"))
        assert ("rigger", "rigging-supervisor") not in found, said


def test_a_former_post_and_the_post_held_now(tmp_path: Path) -> None:
    for said in (
        "Omar, a former welder, now works as a welding inspector.",
        "Omar, once a welder, today works as a welding inspector at the yard.",
        "Omar, a former welder, now travels the coast as the yard's welding inspector.",
    ):
        found = set(moves(read(tmp_path, f"Yard people\n\n{said}\n")))
        assert found == {("welder", "welding-inspector")}, said


def test_a_former_post_beside_a_person_dealt_with_is_no_move(tmp_path: Path) -> None:
    for said in (
        "The former welder now reports to the welding inspector.",
        "Omar, a former welder, is not now a welding inspector.",
    ):
        assert not moves(read(tmp_path, f"Yard people\n\n{said}\n")), said


def test_a_named_persons_post_held_now_then_the_post_before(tmp_path: Path) -> None:
    for said, source, years in (
        ("Rosa has been a harbour pilot since 2019. Before that she was a deckhand for twelve years.", "deckhand",
         12.0),
        ("Rosa Diaz is the harbour pilot at Westport. She previously worked as a deckhand.", "deckhand", None),
        ("Rosa is harbour pilot at a small port. She was a deckhand for three years and then a boat handler.",
         "boat-handler", None),
    ):
        found = moves(read(tmp_path, f"Port people\n\n{said}\n"))
        assert (source, "harbour-pilot") in found, said
        assert found[source, "harbour-pilot"].get("years_max") == years, said
        assert ("harbour-pilot", source) not in found, said


def test_a_post_held_now_with_no_earlier_post_told_after_it(tmp_path: Path) -> None:
    text = "Port people\n\nRosa is the harbour pilot at Westport. Today she trains every deckhand on the quay.\n"
    assert not moves(read(tmp_path, text))


def test_a_post_given_as_a_title(tmp_path: Path) -> None:
    for said, found_move in (
        ("After five years, a glazier is usually given the title of lead glazier.", ("glazier", "lead-glazier")),
        ("On a big site the longest-serving glazier may receive the title of senior glazier.",
         ("glazier", "senior-glazier")),
        ("Kay started as a glazier and was given the title of glazing manager in 2020.",
         ("glazier", "glazing-manager")),
        ("In 2018 I was a glazier. Two years later I earned the title of glazing manager.",
         ("glazier", "glazing-manager")),
    ):
        assert found_move in moves(read(tmp_path, f"Glazing careers\n\n{said}\n")), said


def test_a_title_not_given_is_no_move(tmp_path: Path) -> None:
    for said in (
        "A glazier does not get the title of lead glazier for long service alone.",
        "I hope to earn the title of lead glazier one day, said the glazier.",
    ):
        assert not moves(read(tmp_path, f"Glazing careers\n\n{said}\n")), said


def test_posts_passed_through_on_the_way_to_a_post(tmp_path: Path) -> None:
    for said in (
        "Priya rose through dental assistant and dental hygienist to practice manager.",
        "Priya worked her way up through dental assistant, then dental hygienist, before becoming practice manager.",
    ):
        found = set(moves(read(tmp_path, f"Clinic people\n\n{said}\n")))
        assert {("dental-assistant", "dental-hygienist"), ("dental-hygienist", "practice-manager")} <= found, said
        assert ("dental-assistant", "practice-manager") not in found, said


def test_a_place_gone_through_is_no_chain(tmp_path: Path) -> None:
    text = (
        "Clinic people\n\nThe dental assistant went through the notes with the dental hygienist and the practice "
        "manager.\n"
    )
    found = set(moves(read(tmp_path, text)))
    assert ("dental-assistant", "dental-hygienist") not in found


def test_a_span_held_then_a_post_taken_after_it(tmp_path: Path) -> None:
    for said in (
        "After eight years as a porter, Lena moved to the lab as a lab assistant.",
        "After eight years as a porter, Lena transferred to pathology as a lab assistant.",
    ):
        found = moves(read(tmp_path, f"Hospital people\n\n{said}\n"))
        assert set(found) == {("porter", "lab-assistant")}, said
        assert found["porter", "lab-assistant"].get("years_max") == 8.0
    text = "Hospital people\n\nAfter eight years as a porter, Lena trained new staff under the lab assistant.\n"
    assert not moves(read(tmp_path, text))


def test_posts_that_go_to_their_holders_to_be(tmp_path: Path) -> None:
    # "B posts go to A": A moves up to B, not B to A
    for said in (
        "Head gardener jobs generally go to gardeners with five or more years of experience.",
        "Head gardener vacancies usually go to gardeners already on the estate.",
    ):
        found = set(moves(read(tmp_path, f"Estate careers\n\n{said}\n")))
        assert found == {("gardener", "head-gardener")}, said
    text = "Estate careers\n\nOn Mondays the gardener goes to the head gardener with the week's plan.\n"
    assert ("head-gardener", "gardener") not in moves(read(tmp_path, text))


def test_steps_laid_out_with_their_numbers_alone_on_a_line(tmp_path: Path) -> None:
    # (structure.bare-numbers writes "1" over "Deckhand" as "1. Deckhand"; structure.list-ladder keeps "Bosun")
    rungs = {("deckhand", "bosun"), ("bosun", "first-officer"), ("first-officer", "ship-captain")}
    for head in ("Career Progression Paths\n\nRoutes to advance at sea\n\nPath 1", "Typical career path"):
        # (the page's top names its ladders with a direction, which leaves the headings to other readers)
        top = "Working at sea\n\nSee career ladders from deck to bridge\n\n"
        text = f"{top}{head}\n1\nDeckhand\n2\nBosun\n3\nFirst Officer\n4\nShip Captain\n\nSkills\n"
        assert rungs <= set(moves(read(tmp_path, text))), head


def test_numbers_alone_over_titles_with_no_ladder_named(tmp_path: Path) -> None:
    text = "Working at sea\n\nMost wanted jobs\n1\nDeckhand\n2\nBosun\n3\nShip Captain\n\nSkills\n"
    assert not moves(read(tmp_path, text))
