"""A table whose header's first cell says "Post", "Occupation" or "Profession" holds a column of posts, as one
saying "Role", "Job" or "Position" does (stop 46). The wording, roles and trade here (a hospital) are our own.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from text_helpers import links, read


@pytest.mark.parametrize("head", ["Post", "Occupation", "Profession", "Role"])
def test_a_column_of_posts_gives_each_row_its_duties(tmp_path: Path, head: str) -> None:
    page = (
        "Posts on a hospital ward\n\n"
        f"| {head} | Duties |\n"
        "| --- | --- |\n"
        "| Ward Clerk | Files patient notes |\n"
        "| Porter | Moves patients between wards |\n"
    )
    found = links(read(tmp_path, page))
    assert ("porter", "moving-patients") in found, found
