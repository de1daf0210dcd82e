"""An item of needs listing things, a bracketed aside after one of them past the first (stop 46).

"Word, Excel (pivot tables), SystmOne (referrals)": every thing is read, the bracket closes no label. Each page is
written for the test, in a trade the rules were not written from (a doctors' surgery).
"""

from __future__ import annotations

from pathlib import Path

from text_helpers import needs, read

_PAGE = (
    "Practice Administrator\n\n"
    "Skills\n\n"
    "- Word, Excel (pivot tables and charts), SystmOne (clinical records or referrals)\n"
    "- Typing (60 words a minute)\n"
)


def test_things_after_an_aside_are_read(tmp_path: Path) -> None:
    got = needs(read(tmp_path, _PAGE)).get("practice-administrator", set())
    assert {"word", "excel", "systmone", "typing"} <= got, got
    off = needs(read(tmp_path, _PAGE, frozenset({"requirements.listed-asides"}))).get("practice-administrator", set())
    assert "systmone" not in off, off
