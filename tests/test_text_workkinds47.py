"""A job title in the singular written before "tasks" or "chores" names the kind of work, no post
(mentions.work-kinds, stop 47): "basic admin tasks" is work the night porter does, and no post "Basic admin" that
cut short the list it stood in. The page is our own, in a trade the rule was not written from (a hotel).
"""

from __future__ import annotations

from pathlib import Path

from text_helpers import needs, read, roles

_PAGE = (
    "Night Porter\n"
    "The hotel keeps one porter on through the night. This person handles late arrivals, spare keys, wake-up"
    " calls, and basic admin tasks.\n"
)


def test_a_title_before_tasks_is_the_kind_of_work(tmp_path: Path) -> None:
    g = read(tmp_path, _PAGE)
    assert "basic-admin" not in roles(g), roles(g)
    got = needs(g).get("night-porter", set())
    assert any("admin task" in s for s in got), got
    assert any("spare key" in s for s in got), got


def test_the_rule_switched_off_reads_a_post(tmp_path: Path) -> None:
    g = read(tmp_path, _PAGE, disabled=frozenset({"mentions.work-kinds"}))
    assert "basic-admin" in roles(g), roles(g)
    assert not any("admin task" in s for s in needs(g).get("night-porter", set())), needs(g)
