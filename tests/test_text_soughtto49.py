"""The duty told after a post sought ("is seeking a X to V ...") read in more of its forms (requirements.sought-to,
stop 49): a compound in what the one sought is like, a later cue after a comma, and a verb of duty that is itself a
cue ("oversee", "handle").

The wording, roles and trades here are our own (a hospital's wards, a building site, a school); each test fails on
the code before the change it is about.
"""

from __future__ import annotations

from pathlib import Path

from text_helpers import links, read


def test_a_compound_in_what_the_one_sought_is_like(tmp_path: Path) -> None:
    page = (
        "Ward Clerk\n\n"
        "St Anne's Hospital is seeking a well-organised, patient-focused Ward Clerk to file the admission notes"
        " and book the patient transport.\n"
    )
    got = links(read(tmp_path, page))
    skills = {skill for role, skill in got if role == "ward-clerk"}
    assert any("admission" in s for s in skills), got
    assert any("transport" in s for s in skills), got
    off = links(read(tmp_path, page, frozenset({"requirements.sought-to"})))
    assert not any("admission" in s for _, s in off), off


def test_the_duty_ends_at_the_comma_before_a_later_cue(tmp_path: Path) -> None:
    page = (
        "Site Foreman\n\n"
        "Baxter Builders is hiring a Site Foreman to run the groundworks crew, with a strong focus on"
        " scaffold safety.\n"
    )
    got = links(read(tmp_path, page))
    skills = {skill for role, skill in got if role == "site-foreman"}
    assert any("groundwork" in s for s in skills), got
    assert any("scaffold" in s for s in skills), got
    assert not any("groundwork" in s and "scaffold" in s for s in skills), got


def test_a_verb_of_duty_that_is_a_cue_is_the_duty(tmp_path: Path) -> None:
    page = (
        "Exams Officer\n\n"
        "Hillcrest School is looking for an experienced Exams Officer to oversee the end-to-end exam timetable"
        " for our new sixth form.\n"
    )
    got = links(read(tmp_path, page))
    skills = {skill for role, skill in got if role == "exams-officer"}
    assert any("timetable" in s for s in skills), got
    assert not any(s.startswith("new-sixth") or s == "sixth-form" for s in skills), got


def test_a_cue_of_duty_after_a_post_not_sought_is_read_as_before(tmp_path: Path) -> None:
    page = (
        "Exams Officer\n\n"
        "The Exams Officer is there to oversee the exam timetable.\n"
        "Hillcrest School is not looking for an Exams Officer to handle the invigilators this year.\n"
    )
    got = links(read(tmp_path, page))
    assert not any("invigilator" in s for _, s in got), got
