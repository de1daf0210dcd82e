"""A predicate opening with a cue that is a verb of duty, "handles" or "oversees" (stop 46).

"The receptionist handles complaints": the verb and its object are the post's duty, as any verb of duty is. Each page
is written for the test, in a trade the rules were not written from (a hotel, a school).
"""

from __future__ import annotations

from pathlib import Path

from text_helpers import needs, read


def test_handles_and_its_object_are_a_duty(tmp_path: Path) -> None:
    text = (
        "# Front of house\n\n"
        "The receptionist handles complaints.\n\n"
        "The head porter handles bookings, greets guests and answers the phone.\n"
    )
    got = needs(read(tmp_path, text))
    assert any("complaint" in s.lower() for s in got.get("receptionist", set())), got
    assert any("booking" in s.lower() for s in got.get("head-porter", set())), got
    assert any("greet" in s.lower() for s in got.get("head-porter", set())), got
    # (the rule off: the lone object is read as nothing)
    off = needs(read(tmp_path, text, frozenset({"requirements.duty-cue-verb"})))
    assert not off.get("receptionist"), off


def test_a_verb_of_duty_announcing_examples_is_left_to_the_cue(tmp_path: Path) -> None:
    text = "# School office\n\nA school bursar handles a variety of tasks, including payroll and budget reports.\n"
    got = needs(read(tmp_path, text))
    assert not any("handling" in s.lower() for s in got.get("school-bursar", set())), got
    # (what the cue's list reading names is the same with the rule on or off)
    off = needs(read(tmp_path, text, frozenset({"requirements.duty-cue-verb"})))
    assert got.get("school-bursar") == off.get("school-bursar"), (got, off)
