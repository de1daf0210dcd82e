"""'<verb> everything from A and B to C' spans a post's work, as 'ranges from A to B' does: each end names skills
(requirements.everything-from, stop 47); before, the two ends were read as one thing and the first was lost. The
page is our own, in a trade the rule was not written from (a school's caretaker).
"""

from __future__ import annotations

from pathlib import Path

from text_helpers import needs, read

_PAGE = (
    "School Caretaker\n\n"
    "The caretaker is the first person in each morning. This job involves overseeing everything from boiler checks"
    " and lock repairs to snow clearing.\n"
)


def test_each_end_of_everything_from_is_work(tmp_path: Path) -> None:
    got = needs(read(tmp_path, _PAGE)).get("school-caretaker", set()) | needs(read(tmp_path, _PAGE)).get(
        "caretaker", set()
    )
    assert "boiler checks" in got, got
    assert "lock repairs" in got, got
    assert "snow clearing" in got, got


def test_the_rule_switched_off_reads_no_range(tmp_path: Path) -> None:
    g = read(tmp_path, _PAGE, disabled=frozenset({"requirements.everything-from"}))
    got = needs(g).get("school-caretaker", set()) | needs(g).get("caretaker", set())
    assert "boiler checks" not in got, got
