"""Two bare nouns joined by "and" before a noun of an action, the second a verb by its form only: "oversee refund and
exchange processing" names the processing of both (stop 46), no second duty of "exchanging" the processing; a verb
with an object of its own after "and" stays a duty ("process payroll and update records").

Each page is written for the test, in a trade the rules were not written from (a hotel's front office).
"""

from __future__ import annotations

from pathlib import Path

from text_helpers import needs, read

from careergraph.loaders.text_requirements import skill_names

_HEAD = "Front Office Manager\n\nThe front office manager runs the hotel's front desk.\n\nResponsibilities:\n"


def test_two_nouns_before_an_action_name_it(tmp_path: Path) -> None:
    text = _HEAD + "- Coordinate deposit and exchange processing\n- Greet arriving guests\n"
    got = needs(read(tmp_path, text)).get("front-office-manager", set())
    assert {"deposit processing", "exchange processing"} <= got, got
    assert not any(s.startswith("exchanging") for s in got), got


def test_the_namer_reads_the_nouns_as_one_object() -> None:
    names = [s.name for s in skill_names("Manage deposit and exchange handling")]
    assert names == ["Deposit handling", "Exchange handling"], names


def test_a_verb_with_its_own_object_stays_a_duty() -> None:
    names = [s.name for s in skill_names("Process payroll and update records", predicate=True)]
    assert names == ["Payroll processing", "Record updating"], names
    names = [s.name for s in skill_names("Manage payroll and support recruitment")]
    assert names == ["Payroll management", "Recruitment"], names
