"""'Excellent communication skills with all levels of staff are imperative' asks for communication skills: the
people after 'skills with' are whom they are used with, no skill and no list the cue 'skills' opens; 'imperative'
judges a need as 'essential' does; and on a page of several posts, the need goes to the post the sentence before
opened with (stop 47). Before, the sentence named 'Levels of staff' or nothing. The page is our own, in a
trade the rules were not written from (a hospital).
"""

from __future__ import annotations

from pathlib import Path

from text_helpers import needs, read

_PAGE = (
    "Hospital ward roles\n\n"
    "Ward Manager\n\n"
    "Ward Managers report to the matron. Excellent communication skills with all levels of staff are imperative.\n\n"
    "Healthcare Assistant\n\n"
    "Healthcare Assistants help patients wash and dress.\n"
)


def test_skills_with_people_are_the_skills(tmp_path: Path) -> None:
    got = needs(read(tmp_path, _PAGE)).get("ward-manager", set())
    assert "communication skills" in got, got
    assert not any("levels" in s for s in got), got


def test_imperative_judges_a_need(tmp_path: Path) -> None:
    page = "Porter\n\nA calm manner is imperative.\n"
    assert "calm manner" in needs(read(tmp_path, page)).get("porter", set())


def test_skills_with_all_of_some_tools_are_no_parties(tmp_path: Path) -> None:
    # ("all" alone is no person: the tools after it are the skill, read as before stop 47)
    page = (
        "Ward Clerk\n\n"
        "The ward clerk keeps the patient notes in order.\n\n"
        "Strong IT skills with all Microsoft Office programs are essential.\n"
    )
    got = needs(read(tmp_path, page)).get("ward-clerk", set())
    assert any("microsoft office" in s for s in got), got
