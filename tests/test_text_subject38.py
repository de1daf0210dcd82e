"""Stop 38, subject roles: a page's post named as the page names it."""

from __future__ import annotations

from pathlib import Path

from text_helpers import needs, read, roles


def test_capital_hyphenated_stage_stays_in_title(tmp_path: Path) -> None:
    # "Entry-Level" in capitals before a title in capitals is part of the post's name, as "Entry Level" is
    g = read(
        tmp_path,
        "Entry-Level Housekeeping Attendant - Seaview Hotel, Brighton\n\n"
        "What you will do:\n- Clean and tidy guest rooms\n- Restock towels and toiletries\n",
    )
    assert "entry-level-housekeeping-attendant" in roles(g)
    assert "housekeeping-attendant" not in roles(g)
    assert "entry-level-housekeeping-attendant" in needs(g)


def test_small_letter_stage_stays_out_of_title(tmp_path: Path) -> None:
    # in small letters the stage at which a post is held is no part of its name
    g = read(tmp_path, "The bakery hires an entry-level baker every spring. Bakers shape loaves and proof dough.\n")
    assert "baker" in roles(g)
    assert not any(key.startswith("entry") for key in roles(g))


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
