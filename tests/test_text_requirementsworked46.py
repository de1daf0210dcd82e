"""Requirements named by whose they are, after a verb of work, are the needs the duty works on (stop 46).

"Collect ward requirements" is a duty; "the job requirements" are the post's own and name no skill. Each page
is written for the test, in trades the rules were not written from (a hospital, a school).
"""

from __future__ import annotations

from pathlib import Path

from text_helpers import needs, read


def test_requirements_worked_on_name_the_duty(tmp_path: Path) -> None:
    text = (
        "# Hospital and school posts\n\n"
        "The ward clerk will collect patient requirements.\n\n"
        "The exams officer will gather pupil requirements.\n"
    )
    got = needs(read(tmp_path, text))
    assert any("patient requirement" in s for s in got.get("ward-clerk", set())), got
    assert any("pupil requirement" in s for s in got.get("exams-officer", set())), got


def test_the_posts_own_requirements_name_nothing(tmp_path: Path) -> None:
    text = (
        "# School posts\n\n"
        "The exams officer will book exam rooms. Exams officers must review the job requirements"
        " and meet the entry requirements.\n"
    )
    got = needs(read(tmp_path, text))
    names = got.get("exams-officer", set())
    assert names, got
    assert not any("requirement" in s for s in names), got
