"""How a duty or need names its skill (stop 46): gaps in naming common to every trade.

Each page or item is written for the test, in a trade the rules were not written from (a hotel kitchen, a
hospital ward, a school).
"""

from __future__ import annotations

from pathlib import Path

from text_helpers import needs, read

from careergraph.loaders.text_requirements import skill_names


def _names(item: str, **kw: bool) -> list[str]:
    return [n.name for n in skill_names(item, **kw)]


def test_a_noun_in_u_loses_its_plural_s(tmp_path: Path) -> None:
    # "menus" is the plural of "menu" (not a singular in "us" as "bonus"): the work is Menu planning
    assert _names("Plan weekly menus", predicate=True) == ["Weekly menu planning"]
    text = "# Head Chef\n\nKey duties:\n\n- Plan menus\n- Order stock\n"
    got = needs(read(tmp_path, text)).get("head-chef", set())
    assert "menu planning" in got, got
    assert _names("Check status reports", predicate=True) == ["Status report checking"]


def test_an_object_h_of_t_is_named_as_the_compound_t_h(tmp_path: Path) -> None:
    # "records of deliveries" kept is Delivery record maintenance, not "Records of delivery maintenance"
    assert _names("Maintain records of deliveries", predicate=True) == ["Delivery record maintenance"]
    assert _names("Coordinate the flow of patients", predicate=True) == ["Patient flow coordination"]
    assert _names("Monitor the quality of school meals", predicate=True) == ["School meal quality monitoring"]
    text = (
        "# Ward Clerk\n\nMain duties:\n\n- Maintain records of admissions\n- Track the progress of referrals\n"
        "- Answer the phone\n"
    )
    got = needs(read(tmp_path, text)).get("ward-clerk", set())
    assert "admission record maintenance" in got, got
    assert "referral progress tracking" in got, got
    # a head that measures or gathers what follows it names no compound ("a range of products")
    assert _names("Manage a range of products", predicate=True) == ["Product management"]


def test_the_work_helped_with_after_helping_whom_and_to_is_named(tmp_path: Path) -> None:
    # "Help ward nurses to plan bed moves": a bare plural (a noun before it) and "to" and a verb; "Helping to plan":
    # the gerund of helping as its base form; each names the work helped with
    assert _names("Helping to plan the school trips", predicate=True) == ["School trip planning"]
    text = (
        "# Ward Clerk\n\nDuties include:\n\n- Help ward nurses to plan bed moves\n- Helping to plan discharge letters\n"
        "- Answer the phone\n"
    )
    got = needs(read(tmp_path, text)).get("ward-clerk", set())
    assert "bed move planning" in got, got
    assert "discharge letter planning" in got, got


def test_the_growth_of_a_thing_the_work_grows_is_a_duty(tmp_path: Path) -> None:
    # "driving the growth of the clinic list" names what the work grows, as "sales growth" does; the growth of a
    # trade or of a career names no duty
    from careergraph.loaders.text_requirements import names_no_skill

    assert not names_no_skill("Growth of the patient list")
    assert not names_no_skill("Growth of the customer base")
    assert names_no_skill("Growth of the sector")
    text = (
        "# Practice Nurse\n\nDuties include:\n\n- Responsible for driving the growth of the clinic list\n"
        "- Answer the phone\n"
    )
    got = needs(read(tmp_path, text)).get("practice-nurse", set())
    assert any("growth" in s and "clinic list" in s for s in got), got


def test_each_thing_of_an_object_list_with_articles_is_named(tmp_path: Path) -> None:
    # "own the timetable, the exam budget and have ...": the list's "and" opens the next duty, the items before it are
    # each named; "the X and the Y": an article opens the last item, a thing of its own
    assert _names("own the timetable, the exam budget and have oversight of trips", predicate=True)[:2] == [
        "Timetable ownership", "Exam budget ownership"]
    assert _names("own the timetable and the exam budget", predicate=True) == [
        "Timetable ownership", "Exam budget ownership"]
    assert _names("Manage new and existing school platforms", predicate=True) == [
        "New and existing school platform management"]
    text = "# Head of Year\n\nDuties include:\n\n- Own the timetable and the exam budget\n- Answer the phone\n"
    got = needs(read(tmp_path, text)).get("head-of-year", set())
    assert "exam budget ownership" in got, got


def test_such_as_in_the_work_helped_with(tmp_path: Path) -> None:
    # examples of "tasks" name the work helped with; examples of a named piece of work are no part of its name
    assert _names("Assist the nurses with ward tasks such as bed making and tea rounds", predicate=True) == [
        "Bed making", "Tea rounds"]
    assert _names("Support guests with room changes such as upgrades", predicate=True) == ["Room changes"]
    text = (
        "# Ward Clerk\n\nDuties include:\n\n- Assist the nurses with daily tasks, such as bed making and tea rounds\n"
        "- Answer the phone\n"
    )
    got = needs(read(tmp_path, text)).get("ward-clerk", set())
    assert "bed making" in got and "tea rounds" in got, got
