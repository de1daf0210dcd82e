"""Role -> skill links given to another role of the page (stop 38, ga38).

The wording, roles and trades here are our own (a ferry terminal, a garden centre, a print shop); each test fails
on the code before the change it is about.
"""

from __future__ import annotations

from pathlib import Path

from text_helpers import links, read

# --- requirements.joined-label: "Terminal Supervisor or Duty Manager (4-6 years): These roles ... They ..." ----------


def test_joined_label_gives_the_pronoun_duties_to_both_titles(tmp_path: Path) -> None:
    page = (
        "Jobs at the Ferry Terminal\n\n"
        "Ticket Clerk (0-2 years): Clerks sell crossings at the kiosk. They print boarding cards and answer "
        "queries.\n\n"
        "Terminal Supervisor or Duty Manager (4-6 years): These roles oversee the quayside. They schedule "
        "boarding crews and audit safety logs.\n"
    )
    got = links(read(tmp_path, page))
    for role in ("terminal-supervisor", "duty-manager"):
        assert {s for r, s in got if r == role} & {"safety-log-auditing", "audit-safety-logs", "safety-logs"}, got
    off = links(read(tmp_path, page, frozenset({"requirements.joined-label"})))
    assert len({r for r, _ in off if r in {"terminal-supervisor", "duty-manager"}}) == 1, off
    # the clerk's line is the clerk's alone
    assert not {s for r, s in got if r == "ticket-clerk"} & {s for r, s in got if r == "duty-manager"}, got


def test_joined_label_leaves_a_title_named_again_as_subject_alone(tmp_path: Path) -> None:
    page = (
        "Print Shop Careers\n\n"
        "Press Operator or Finishing Operator (1-3 years): These roles keep the machines running. "
        "The press operator also mixes inks and calibrates the plates.\n"
    )
    got = links(read(tmp_path, page))
    assert "calibrating-plates" in {s for r, s in got if r == "press-operator"}, got
    assert "calibrating-plates" not in {s for r, s in got if r == "finishing-operator"}, got


# --- requirements.item-description: "  • Gallery Attendant" / "      Watches over the exhibits." -------------------


def test_indented_description_under_a_title_item_is_that_titles(tmp_path: Path) -> None:
    page = (
        "Library Assistants\n\n"
        "Library Assistants lend books, shelve returns and help readers find what they need.\n\n"
        "Job Titles\n\n"
        "  • Archives Assistant\n\n"
        "      Sorts donated manuscripts and repairs damaged bindings.\n\n"
        "  • Mobile Library Driver\n\n"
        "      Drives the book van between villages and issues loans at each stop.\n"
    )
    got = links(read(tmp_path, page))
    clerk = {s for r, s in got if r == "archives-assistant"}
    driver = {s for r, s in got if r == "mobile-library-driver"}
    assert any("binding" in s for s in clerk), got
    assert any("loan" in s or "van" in s for s in driver), got
    assert not any("binding" in s for r, s in got if r == "library-assistant"), got
    off = links(read(tmp_path, page, frozenset({"requirements.item-description"})))
    assert not any("binding" in s for r, s in off if r == "archives-assistant"), off


def test_a_paragraph_back_at_the_items_depth_is_no_description(tmp_path: Path) -> None:
    page = (
        "Library Assistants\n\n"
        "Library Assistants lend books, shelve returns and help readers find what they need.\n\n"
        "Related jobs\n\n"
        "- Archives Assistant\n"
        "Organises reading events for children and runs the homework club.\n"
    )
    got = links(read(tmp_path, page))
    assert not any("event" in s or "club" in s for r, s in got if r == "archives-assistant"), got


def test_joined_label_after_a_step_number(tmp_path: Path) -> None:
    page = (
        "Working up in a leisure centre\n\n"
        "Step 1: Lifeguard\n"
        "Lifeguards watch the pool, enforce the rules and give first aid.\n\n"
        "Step 2: Pool Supervisor or Duty Officer\n"
        "These posts run the centre during a shift. They test the water quality and cash up the tills.\n"
    )
    got = links(read(tmp_path, page))
    for role in ("pool-supervisor", "duty-officer"):
        assert any("water" in s for r, s in got if r == role), got


# --- requirements.narrator: "I now plan the rota" after the narrator's move --------------------------------------


def test_narrator_now_doing_the_later_posts_duties(tmp_path: Path) -> None:
    page = (
        "From deckhand to skipper\n\n"
        "I started on the river boats as a deckhand in 2011. I coiled ropes and cleaned the decks.\n\n"
        "In 2019 I became a skipper. I now plan the sailing timetable and brief the crew before each trip.\n"
    )
    got = links(read(tmp_path, page))
    assert any("timetable" in s for r, s in got if r == "skipper"), got
    assert not any("timetable" in s for r, s in got if r == "deckhand"), got
