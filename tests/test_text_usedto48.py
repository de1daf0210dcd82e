"""The work a thing is used in: "use X to <verb> <object>" (stop 48). After a verb of using a thing as a means (use,
utilise, employ, leverage), the infinitive with its object is a duty of its own beside the thing used ("use the
booking system to track luggage": Booking system, Luggage tracking), named as written when the namer has no noun of
its verb; not a goal or a result ("to increase sales"), nor what a machine is for ("operate hoists to lift ...").

Each page is written for the test, in trades the rules were not written from (a hotel's porters, a school office).
"""

from __future__ import annotations

from pathlib import Path

from text_helpers import needs, read

_HOTEL = "Head Porter\n\nA head porter works at a hotel.\n\n"
_SCHOOL = "School Secretary\n\nA school secretary works in the front office of a primary school.\n\n"


def test_the_work_a_system_is_used_in_is_a_duty(tmp_path: Path) -> None:
    text = _HOTEL + "Head porters use the booking system to track luggage.\n"
    got = needs(read(tmp_path, text)).get("head-porter", set())
    assert {"booking system", "luggage tracking"} <= got, got


def test_a_verb_the_namer_has_no_noun_of_is_named_as_written(tmp_path: Path) -> None:
    text = _SCHOOL + "School secretaries use the attendance records to predict absences.\n"
    got = needs(read(tmp_path, text)).get("school-secretary", set())
    assert "predict absences" in got, got


def test_a_goal_after_the_thing_used_is_no_duty(tmp_path: Path) -> None:
    text = _HOTEL + "Head porters use social media to increase bookings.\n"
    got = needs(read(tmp_path, text)).get("head-porter", set())
    assert not any("increas" in s or "booking" in s for s in got), got


def test_what_a_machine_is_for_is_no_duty(tmp_path: Path) -> None:
    text = _HOTEL + "Head porters operate hoists to lift heavy trunks.\n"
    got = needs(read(tmp_path, text)).get("head-porter", set())
    assert not any("lift" in s or "trunk" in s for s in got), got
