"""Transitions (stop 38, round 2): sentence shapes seen on development pages and in our own probes, each tested on our
own wording.

Every text here is our own wording, unlike any document of the corpus or the seeds.
"""

from __future__ import annotations

from pathlib import Path

from tests.text_helpers import extract, moves

# --- transitions.clause: a step told to the reader after a list's bullet ------------------------------------------


def test_bulleted_progress_to_on_a_role_page(tmp_path: Path) -> None:
    # a role's page lists what the job leads to as a bullet opening with the bare verb, after a round bullet
    text = (
        "Bakery supervisor\n\n"
        "Bakery supervisors run the early shift of a craft bakery and keep the ovens to time.\n\n"
        "Quick facts\n"
        "  • Start work at four in the morning\n"
        "  • Progress to production manager or head baker\n\n"
        "As a bakery supervisor you will lead a team of six bakers.\n"
    )
    found = moves(extract(tmp_path, text))
    assert ("bakery-supervisor", "production-manager") in found
    assert ("bakery-supervisor", "head-baker") in found


def test_bulleted_duty_moves_no_one(tmp_path: Path) -> None:
    # a bullet of duties opening with a bare verb that is no move ("Work", "Go") names no post: no move
    text = (
        "Bakery supervisor\n\n"
        "Bakery supervisors run the early shift of a craft bakery.\n\n"
        "  • Work alongside the head baker on the weekend rota\n"
        "  • Go through the orders with the production manager\n"
    )
    assert moves(extract(tmp_path, text)) == {}
