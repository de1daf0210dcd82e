"""A heading asked as a question of where the page's post leads ("Where can this role lead?", "What are the next
steps?") heads the posts listed under it as moves from the page's post, as "Where this role can lead" and "Next
steps" did (stop 44): a line ending in "?" was read as a sentence, so its list was no section. Each page is written
for the test, in a trade the rules were not written from (a hospital ward, a hotel).
"""

from __future__ import annotations

from pathlib import Path

from text_helpers import moves, read


def test_the_posts_under_a_question_of_where_the_post_leads_are_its_next_posts(tmp_path: Path) -> None:
    for heading in ("Where can this role lead?", "What are the next steps?", "Where could this job take you?"):
        text = f"Staff Nurse\n\n{heading}\n- Ward manager\n- Nurse practitioner\n"
        found = set(moves(read(tmp_path, text)))
        assert found == {("staff-nurse", "ward-manager"), ("staff-nurse", "nurse-practitioner")}, heading


def test_a_question_of_another_kind_heads_no_moves(tmp_path: Path) -> None:
    text = "Night Porter\n\nWhat will you do?\n- Night manager rounds\n- Guest check-in cover\n"
    assert not moves(read(tmp_path, text))
