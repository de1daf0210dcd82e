"""Keeping to a rule names the duty with the rule kept to: "ensure compliance with infection control standards" is
Compliance with infection control standards (stop 46), not "Compliance" alone, and after a duty's object "to ensure
compliance with ..." is a duty of its own, no goal left out; a verb with a noun of its own ("monitor compliance")
keeps its name.

Each page is written for the test, in a trade the rules were not written from (a hospital's wards and kitchen).
"""

from __future__ import annotations

from pathlib import Path

from text_helpers import needs, read

from careergraph.loaders.text_requirements import skill_names

_HEAD = "Ward Housekeeper\n\nThe ward housekeeper keeps the ward clean and safe.\n\nResponsibilities:\n"


def test_the_rule_kept_to_names_the_compliance(tmp_path: Path) -> None:
    text = _HEAD + (
        "- Ensure compliance with infection control standards.\n- Maintain strict adherence to the cleaning rota.\n"
    )
    got = needs(read(tmp_path, text)).get("ward-housekeeper", set())
    assert {"compliance with infection control standards", "adherence to cleaning rota"} <= got, got
    assert "compliance" not in got and "adherence" not in got, got


def test_compliance_after_a_duty_is_a_duty_too(tmp_path: Path) -> None:
    text = _HEAD + "- Check the sluice room logs daily to ensure compliance with hygiene rules.\n"
    got = needs(read(tmp_path, text)).get("ward-housekeeper", set())
    assert {"sluice room log checking", "compliance with hygiene rules"} <= got, got


def test_a_verb_with_a_noun_of_its_own_keeps_its_name() -> None:
    assert [s.name for s in skill_names("Monitor compliance with fire regulations")] == ["Compliance monitoring"]
    assert [s.name for s in skill_names("Compliance with food hygiene regulations")] == [
        "Compliance with food hygiene regulations"
    ]
