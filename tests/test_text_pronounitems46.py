"""A list item whose subject is a pronoun for the post ("They ...", "She ...", "He ...") names the work its verb
does, as the item opened by the verb would (stop 46). The wording, roles and trade here (a hotel) are our own.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from text_helpers import links, read

from careergraph.loaders.text_requirements import skill_names

HOTEL = (
    "Careers at a seaside hotel\n\n"
    "Night Porter\n"
    "- They check the fire doors.\n"
    "- They will also lock the bar.\n\n"
    "Housekeeper\n"
    "- She cleans the guest rooms.\n"
    "- They change the towels.\n"
)


def test_pronoun_items_under_a_post_are_its_duties(tmp_path: Path) -> None:
    found = links(read(tmp_path, HOTEL))
    for link in [
        ("night-porter", "fire-door-checking"),
        ("housekeeper", "guest-room-cleaning"),
        ("housekeeper", "towel-changing"),
    ]:
        assert link in found, found


@pytest.mark.parametrize(
    ("item", "names"),
    [
        ("- He checks the linen cupboard", ["Linen cupboard checking"]),
        ("They are cheerful", []),  # a state, no duty
        ("They need to lift trays", []),  # a cue whose clause another reading reads
        ("They get free meals", []),  # what the job offers
    ],
)
def test_pronoun_items(item: str, names: list[str]) -> None:
    assert [n.name for n in skill_names(item)] == names
