"""Verbs of looking closely with "into" after them name their object, as "look into" does (stop 46).

"Ward clerks dig into the bed figures": the figures are the duty's skill. Each page is written for the test, in a
trade the rules were not written from (a hospital, a school).
"""

from __future__ import annotations

from pathlib import Path

from text_helpers import needs, read


def test_dig_dive_and_delve_into_name_their_objects(tmp_path: Path) -> None:
    text = (
        "# Hospital admin\n\n"
        "Ward clerks dive into patient records, bed data and discharge notes to spot delays.\n\n"
        "Exam officers dig into attendance figures. Data managers delve into pupil assessments.\n"
    )
    got = needs(read(tmp_path, text))
    assert any("patient record" in s.lower() for s in got.get("ward-clerk", set())), got
    assert any("discharge" in s.lower() for s in got.get("ward-clerk", set())), got
    assert any("attendance" in s.lower() for s in got.get("exam-officer", set())), got
    assert any("assessment" in s.lower() for s in got.get("data-manager", set())), got
