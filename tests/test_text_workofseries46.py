"""A duty whose object is a noun of work, "of" and a series of things ("Support the execution of fire safety audits
and patient discharge plans") names the work on each thing (stop 46): the object was too long to name as one, and
the line named nothing. The items and the page are our own, in a trade the rules were not written from (a hospital).
"""

from __future__ import annotations

from pathlib import Path

from text_helpers import needs, read

from careergraph.loaders.text_requirements import skill_names


def test_the_work_on_each_thing_of_the_series_is_named() -> None:
    names = [n.name for n in skill_names("Support the execution of fire safety audits and patient discharge plans.")]
    assert names == ["Execution of fire safety audits", "Execution of patient discharge plans"], names
    item = "Oversee the delivery of infection control training and patient safety briefings"
    names = [n.name for n in skill_names(item)]
    assert names == ["Delivery of infection control training", "Delivery of patient safety briefings"], names


def test_a_short_series_is_named_as_before() -> None:
    # (an object the namer could name whole or split is read as before: "audits" alone is no phrase of its own)
    names = [n.name for n in skill_names("Support the execution of audits and discharge plans.")]
    assert names[0] == "Execution of audits", names


def test_no_noun_of_work_no_series() -> None:
    # (records kept are things, no work on a series: the long object still names nothing of the kind)
    names = [n.name for n in skill_names("Maintain accurate and detailed records of ward visits and patient handovers")]
    assert not any(n.startswith("Records of ward") for n in names), names


def test_a_duty_line_of_an_ad_names_the_work_on_each_thing(tmp_path: Path) -> None:
    text = (
        "SUMMARY The Ward Sister, Surgery is responsible for leading the nursing team on a busy surgical ward.\n"
        "The right person for this post stays calm on a busy shift.\n"
        "Lead the nursing team on the ward and plan staffing rotas.\n"
        "Check medicines stock every week.\n"
        "Support the execution of fire safety audits and patient discharge plans across the unit.\n"
        "Train new nurses in ward routines.\n"
    )
    got = needs(read(tmp_path, text)).get("ward-sister", set())
    assert "execution of fire safety audits" in got, got
    assert "execution of patient discharge plans" in got, got
