"""A question over a bulleted list, longer than a short label ("What are the eligibility requirements to apply?"),
opens the list of needs of the page's post (stop 46). Each page is written for the test, in a trade the rules were
not written from (a hotel).
"""

from __future__ import annotations

from pathlib import Path

from text_helpers import needs, read

_PAGE = (
    "Night Porter\n\n"
    "What does a Night Porter do?\n\n"
    "  • Checks guests in after midnight\n\n"
    "What are the eligibility requirements to apply?\n\n"
    "  • Previous hotel reception experience\n"
    "  • 6 months of security experience required\n"
    "  • First aid training preferred\n"
)


def test_a_longer_question_naming_needs_opens_their_list(tmp_path: Path) -> None:
    got = needs(read(tmp_path, _PAGE)).get("night-porter", set())
    assert any("first aid" in s for s in got), got
    assert any("security" in s for s in got), got


def test_a_longer_question_naming_no_needs_opens_no_list(tmp_path: Path) -> None:
    text = (
        "Night Porter\n\n"
        "What does a Night Porter do?\n\n"
        "  • Checks guests in after midnight\n\n"
        "Why do so many guests choose to stay with us?\n\n"
        "  • Free breakfast\n"
        "  • A rooftop pool\n"
    )
    got = needs(read(tmp_path, text)).get("night-porter", set())
    assert not any("pool" in s for s in got), got
