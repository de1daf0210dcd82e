"""Prose sentences that state a post's work and were not read at all (stop 44).

Each page here is written for the test, in trades other than e-commerce (a hospital, a hotel, a school), so that
what is tested is the kind of sentence, not the words of any page the rules were written from.
"""

from __future__ import annotations

from pathlib import Path

from text_helpers import needs, read, rules_of

DEFINED_BY_TRADE = """Hospital support roles

A ward clerk is a specialist who books appointments and files notes.

A sterile services technician is a highly trained professional who cleans and packs surgical instruments.
"""


def test_a_post_defined_as_a_specialist_who_does_work_has_that_work(tmp_path: Path) -> None:
    g = read(tmp_path, DEFINED_BY_TRADE)
    got = needs(g)
    assert {"appointment booking", "note filing"} <= got.get("ward-clerk", set()), got
    assert got.get("sterile-services-technician"), got
    assert "requirements.defined-trade" in rules_of(g, "ward-clerk")
    off = needs(read(tmp_path, DEFINED_BY_TRADE, frozenset({"requirements.defined-trade"})))
    assert not off.get("ward-clerk"), off


def test_a_noun_of_a_trade_not_right_before_who_defines_nothing(tmp_path: Path) -> None:
    text = "Hotel roles\n\nA night porter is a specialist in security, who some guests never meet.\n"
    assert not needs(read(tmp_path, text)).get("night-porter")


def test_a_summary_mark_before_a_sentence_naming_a_post_is_a_label(tmp_path: Path) -> None:
    text = (
        "What does a school bursar do?\n\n"
        "TL;DR: A school bursar is a specialist who sets the budget and pays the suppliers.\n"
    )
    got = needs(read(tmp_path, text))
    assert {"budget setting", "supplier paying"} & got.get("school-bursar", set()), got


DUTY_AND_NEED = """Ward roles

Charge nurses manage the shift rota and must hold a nursing degree.

Hospital porters move patients between wards and also need good stamina.
"""


def test_duties_before_a_second_predicate_of_need_are_read_too(tmp_path: Path) -> None:
    g = read(tmp_path, DUTY_AND_NEED)
    got = needs(g)
    assert {"shift rota management", "nursing degree"} <= got.get("charge-nurse", set()), got
    assert "stamina" in got.get("hospital-porter", set()), got
    assert len(got.get("hospital-porter", set())) >= 2, got
    assert "requirements.joined-need" in rules_of(g, "charge-nurse")
    off = needs(read(tmp_path, DUTY_AND_NEED, frozenset({"requirements.joined-need"})))
    assert "shift rota management" not in off.get("charge-nurse", set()), off
    assert "nursing degree" in off.get("charge-nurse", set()), off


def test_a_need_after_and_with_no_verb_of_duty_before_it_adds_nothing(tmp_path: Path) -> None:
    text = "Ward roles\n\nCharge nurses work long shifts and need good stamina.\n"
    got = needs(read(tmp_path, text))
    assert "stamina" in got.get("charge-nurse", set()), got
    assert not any("shift" in name for name in got.get("charge-nurse", set())), got


ADDRESSED_INSIDE_A_LINE = """Hospital records and the people who keep them

Hospitals keep a record of every admission. As a ward clerk, you would file these records and answer the phone.

Day to day

You would book follow-up appointments and order stationery for the ward.
"""


def test_a_reader_addressed_as_a_posts_holder_inside_a_line_makes_it_the_pages_post(tmp_path: Path) -> None:
    got = needs(read(tmp_path, ADDRESSED_INSIDE_A_LINE))
    assert {"follow-up appointment booking", "stationery ordering"} & got.get("ward-clerk", set()), got
    off = needs(read(tmp_path, ADDRESSED_INSIDE_A_LINE, frozenset({"structure.addressed-subject"})))
    assert not {"follow-up appointment booking", "stationery ordering"} & off.get("ward-clerk", set()), off


def test_two_posts_between_as_and_the_comma_make_neither_the_pages_post(tmp_path: Path) -> None:
    text = ADDRESSED_INSIDE_A_LINE.replace("As a ward clerk,", "As a ward clerk or a porter,")
    got = needs(read(tmp_path, text))
    assert not {"follow-up appointment booking", "stationery ordering"} & got.get("ward-clerk", set()), got


def test_a_posts_work_said_ahead_of_time_is_read_as_its_work_now(tmp_path: Path) -> None:
    text = (
        "Hotel night manager\n\n"
        "Your role will be to lock the building and check the alarms. "
        "The porters' job would be to carry luggage and call taxis.\n"
    )
    got = needs(read(tmp_path, text))
    assert {"building locking", "alarm checking"} <= got.get("hotel-night-manager", set()), got
    # another post's work said so is that post's
    assert "luggage carrying" in got.get("porter", set()), got
    assert "luggage carrying" not in got.get("hotel-night-manager", set()), got


def test_the_narrators_job_put_as_it_is_my_job_to_is_the_posts_work(tmp_path: Path) -> None:
    text = (
        "Q: What do you do at the hospital?\n\n"
        "A: As a ward clerk, it's my job to file the notes and answer the phone.\n"
    )
    got = needs(read(tmp_path, text))
    assert {"note filing", "phone answering"} <= got.get("ward-clerk", set()), got
    story = (
        "My hotel career\n\nIn 2012 I became a night porter. It was my job to lock the doors and check the alarms.\n"
    )
    assert "door locking" in needs(read(tmp_path, story)).get("night-porter", set())


def test_my_job_on_a_page_of_no_post_names_nothing(tmp_path: Path) -> None:
    assert not needs(read(tmp_path, "My week\n\nI love hotels. It is my job to make guests happy.\n"))
