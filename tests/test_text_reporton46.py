"""What is reported on is the object of the work: "monitor and report on bed occupancy" is Bed occupancy reporting
(stop 46; before, nothing was named, "report" being read as no duty before a preposition, as in "report to the ward
sister"), and "report to" still names no duty of whom one reports to.

Each page is written for the test, in a trade the rules were not written from (a hospital's wards).
"""

from __future__ import annotations

from pathlib import Path

from text_helpers import needs, read

from careergraph.loaders.text_requirements import skill_names

_HEAD = "Bed Manager\n\nThe bed manager runs patient flow across the wards.\n\nResponsibilities:\n"


def test_what_is_reported_on_is_named(tmp_path: Path) -> None:
    text = _HEAD + "- Monitor and report on bed occupancy\n- Gather and report on discharge delays\n"
    got = needs(read(tmp_path, text)).get("bed-manager", set())
    assert {"bed occupancy reporting", "discharge delay reporting"} <= got, got


def test_whom_one_reports_to_is_no_duty(tmp_path: Path) -> None:
    text = _HEAD + "- Report to the ward sister\n- Monitor and report on bed occupancy\n"
    got = needs(read(tmp_path, text)).get("bed-manager", set())
    assert not any("sister" in s for s in got), got
    assert [s.name for s in skill_names("Reporting on weekly ward figures")] == ["Weekly ward figure reporting"]
