""""help", then the holders of a post in the plural with no article, then a bare verb: the work helped with is the
duty ("Teaching assistants help teachers prepare lessons") (stop 46). The wording, roles and trade here (a school)
are our own.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from text_helpers import links, read

from careergraph.loaders.text_requirements import skill_names


def test_help_posts_do_work_names_the_work(tmp_path: Path) -> None:
    page = "Work at a primary school\n\nTeaching assistants help teachers prepare lessons.\n"
    found = links(read(tmp_path, page))
    assert ("teaching-assistant", "lesson-preparation") in found, found


@pytest.mark.parametrize(
    ("item", "names"),
    [
        ("Helps teachers mark homework", ["Marking homework"]),
        ("Help pupils find books", ["Helping pupils"]),  # help given to the people served is the duty, as before
    ],
)
def test_help_posts_items(item: str, names: list[str]) -> None:
    assert [n.name for n in skill_names(item)] == names
