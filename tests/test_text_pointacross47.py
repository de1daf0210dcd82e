"""'<post> is the (single) point of <noun> across / for A, B and C' names what the post answers for, as 'the first
point of contact for guests with questions about A and B' does (requirements.point-across, stop 47); before, a
point of anything but contact named nothing. The page is our own, in a trade the rule was not written from (a
hotel).
"""

from __future__ import annotations

from pathlib import Path

from text_helpers import needs, read

_PAGE = (
    "Duty Manager\n\n"
    "The duty manager is the single point of escalation across housekeeping, room service, night audit, and"
    " security.\n\n"
    "At some point of the night, the duty manager walks the floors.\n"
)


def test_what_a_point_of_anything_spans_is_the_posts(tmp_path: Path) -> None:
    got = needs(read(tmp_path, _PAGE)).get("duty-manager", set())
    assert "room service" in got, got
    assert "night audit" in got, got


def test_the_rule_switched_off_reads_nothing_there(tmp_path: Path) -> None:
    g = read(tmp_path, _PAGE, disabled=frozenset({"requirements.point-across"}))
    got = needs(g).get("duty-manager", set())
    assert "room service" not in got, got
