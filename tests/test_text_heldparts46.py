"""A title whose head names a part played for things ("owner", "champion", "custodian", "guardian", "steward") after
"act as" / "serve as" and an article, before "for" or "of" ("Act as the central owner for infection control
standards"), is no post (mentions.held-parts, stop 46): before, "Central owner" was read as a post, its line named
nothing and the duties of the lines under it went to it. The page is our own, in a trade the rules were not written
from (a hospital ward).
"""

from __future__ import annotations

from pathlib import Path

from text_helpers import needs, read, roles

_PAGE = (
    "Role Overview\n"
    "The Ward Sister is responsible for leading the nursing team on the surgical ward.\n"
    "Key Responsibilities\n"
    "1. Ward Operations\n"
    "Monitor the performance of the agency staff; ensure adherence to rotas.\n"
    "Act as the central owner for infection control standards across the hospital.\n"
    "2. Discharge Planning\n"
    "Design structured workflows for bed allocation across wards.\n"
)


def test_a_part_played_for_things_is_no_post(tmp_path: Path) -> None:
    g = read(tmp_path, _PAGE)
    assert "central-owner" not in roles(g), roles(g)
    got = needs(g).get("ward-sister", set())
    assert "infection control standards" in got, got


def test_the_rule_switched_off_reads_the_part_as_a_post(tmp_path: Path) -> None:
    g = read(tmp_path, _PAGE, disabled=frozenset({"mentions.held-parts"}))
    assert "central-owner" in roles(g), roles(g)
    assert "infection control standards" not in needs(g).get("ward-sister", set())
