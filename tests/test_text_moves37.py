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
