"""Stop 38, subject roles: a page's post named as the page names it."""

from __future__ import annotations

from pathlib import Path

from text_helpers import needs, read


def test_new_rung_label_ends_last_labels_they(tmp_path: Path) -> None:
    # a ladder of rungs labelled with their years: "they" of a later rung's line is not the first rung's posts
    g = read(
        tmp_path,
        "Careers at the rail depot\n"
        "Trainee Shunter or Yard Hand (0-2 years): This role teaches the basics of coupling wagons. "
        "They are responsible for checking couplings.\n"
        "Middle Rungs (3-6 years): With experience, staff take on posts where they are responsible for"
        " rostering small crews.\n"
        "Yard Supervisor or Depot Manager (6-10 years): Senior managers typically oversee daily operations of the"
        " yard, manage larger crews and plan budgets.\n",
    )
    got = needs(g)
    first = {key: skills for key, skills in got.items() if "shunter" in key or "yard-hand" in key}
    assert first and all(any("coupling" in s for s in skills) for skills in first.values()), got
    assert not any("roster" in s for skills in first.values() for s in skills), got
