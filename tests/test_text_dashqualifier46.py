"""A job ad's opening sentence naming its post with a dash and the post's unit after the title ("The Ward Manager
– Cardiology Unit is responsible for ...") names the page's post, as one without the unit does (stop 46). Each
page is written for the test, in a trade the rules were not written from (a hospital).
"""

from __future__ import annotations

from pathlib import Path

from text_helpers import needs, read

_PAGE = (
    "Role Overview\n"
    "The Ward Manager – Cardiology Unit is responsible for running the ward day and night.\n"
    "This position improves patient safety through bed management, infection control, and rota planning.\n"
)


def test_the_post_before_a_dashed_unit_is_the_pages(tmp_path: Path) -> None:
    got = needs(read(tmp_path, _PAGE)).get("ward-manager", set())
    assert any("infection" in s for s in got), got
    off = needs(read(tmp_path, _PAGE, frozenset({"structure.dash-qualifier"}))).get("ward-manager", set())
    assert not any("infection" in s for s in off), off

