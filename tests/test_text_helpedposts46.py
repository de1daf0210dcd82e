"""An item of a list of duties that helps a post ("- Helping ward nurses to clean wounds") is the list's role's duty,
the post helped only whom it is done for (requirements.helped-posts, stop 46); before, an item naming another post
was taken to be about that post, and read nothing. The pages are our own, in a trade the rules were not written
from (a hospital).
"""

from __future__ import annotations

from pathlib import Path

from text_helpers import needs, read

_LIST = (
    "Healthcare Assistant\n\n"
    "What a healthcare assistant does\n"
    "Healthcare assistants work on hospital wards. Typical duties include:\n"
    "  • Taking patients' temperatures and pulses\n"
    "  • Helping ward nurses to clean wounds\n"
    "  • Washing and feeding patients\n"
    "  • Making beds\n"
)

_GERUNDS = (
    "Healthcare Assistant\n\n"
    "As a healthcare assistant you could be:\n\n"
    "  • Making beds and tidying bays\n"
    "  • Checking stock in the linen cupboard\n"
    "  • Helping staff nurses to prepare patients for theatre\n"
    "  • Recording fluid charts\n"
)


def test_the_item_helping_a_post_is_the_list_roles_duty(tmp_path: Path) -> None:
    got = needs(read(tmp_path, _LIST)).get("healthcare-assistant", set())
    assert "wound cleaning" in got, got


def test_a_gerund_item_helping_a_post_names_the_work(tmp_path: Path) -> None:
    got = needs(read(tmp_path, _GERUNDS)).get("healthcare-assistant", set())
    assert any("patient" in s and "prepar" in s for s in got), got


def test_the_rule_switched_off_reads_the_item_as_before(tmp_path: Path) -> None:
    off = frozenset({"requirements.helped-posts"})
    got = needs(read(tmp_path, _LIST, disabled=off)).get("healthcare-assistant", set())
    assert "wound cleaning" not in got, got
    assert "beds" in got, got
