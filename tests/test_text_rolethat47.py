"""'This is a <few words> role that <verb> A, B and C' states the work of the post the page is about
(requirements.role-that, stop 47); before, the relative clause named nothing. Not a verb that says nothing of the
work ('a job that pays well'). The page is our own, in a trade the rule was not written from (a primary school).
"""

from __future__ import annotations

from pathlib import Path

from text_helpers import needs, read

_PAGE = (
    "Teaching Assistant\n\n"
    "This is a busy, hands-on role that combines reading support, playground supervision, and display making.\n"
    "It is a job that pays well in the holidays.\n"
)


def test_the_verb_of_the_clause_about_the_role_names_its_work(tmp_path: Path) -> None:
    got = needs(read(tmp_path, _PAGE)).get("teaching-assistant", set())
    assert "reading support" in got, got
    assert "playground supervision" in got, got
    assert not any("holiday" in s for s in got), got


def test_the_rule_switched_off_leaves_the_clause_unread(tmp_path: Path) -> None:
    g = read(tmp_path, _PAGE, disabled=frozenset({"requirements.role-that"}))
    got = needs(g).get("teaching-assistant", set())
    assert "reading support" not in got, got
