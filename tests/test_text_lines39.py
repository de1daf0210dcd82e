"""Which lines state a duty (stop 39): layouts of job ads and job descriptions whose duty lines were not read.

Each page here is written for the test, in trades other than e-commerce (a rail depot, a bakery, a hotel), so that
what is tested is the layout of the page, not the words of any page the rules were written from.
"""

from __future__ import annotations

from pathlib import Path

from text_helpers import needs, read, rules_of

DEPOT_TASKS = """Rail Depot Cleaner

Your duties

| Task | How often |
|---|---|
| Sweep and mop the carriage floors | Every shift |
| Empty the bins on each train | Every shift |
| Restock the toilets with soap and paper | Daily |
| Report damaged seats to the shift supervisor | As needed |
"""


def test_a_table_whose_first_header_names_duties_gives_each_row_as_a_duty(tmp_path: Path) -> None:
    g = read(tmp_path, DEPOT_TASKS)
    got = needs(g).get("rail-depot-cleaner", set())
    assert {"bin emptying", "damaged seat reporting"} <= got, got
    assert "requirements.skill-rows" in rules_of(g, "rail-depot-cleaner")
    # the other cells say how often, no skill
    assert not {"every shift", "daily", "as needed"} & got
    off = read(tmp_path, DEPOT_TASKS, frozenset({"requirements.skill-rows"}))
    assert "bin emptying" not in needs(off).get("rail-depot-cleaner", set())


BAKERY_AD = """Bakery Shift Lead

Your day-to-day:
Bake the morning bread and pastries before the shop opens at seven
Serve customers at the counter
Rotate stock on the shelves
Clean the ovens at the end of the shift

Hours: early starts, four days a week
"""


def test_short_duty_lines_without_bullets_after_a_long_one_stay_items_of_the_list(tmp_path: Path) -> None:
    g = read(tmp_path, BAKERY_AD)
    got = needs(g).get("bakery-shift-lead", set())
    assert {"customer serving", "oven cleaning", "rotating stock"} <= got, got
    off = read(tmp_path, BAKERY_AD, frozenset({"structure.needs-lists"}))
    assert "oven cleaning" not in needs(off).get("bakery-shift-lead", set())


def test_a_line_on_how_to_apply_after_a_list_of_duty_lines_is_no_duty(tmp_path: Path) -> None:
    g = read(tmp_path, BAKERY_AD.replace("\n\nHours:", "\nApply online with your CV today\n\nHours:"))
    assert not any("apply" in skill or "cv" in skill for skill in needs(g).get("bakery-shift-lead", set()))


LIBRARY_AD_HTML = """<html><body>
<h1>Library Assistant</h1>
<p>Join the team at our town library.</p>
<h3>What you'll do</h3>
<ul>
  <li>Issue and return books at the front desk</li>
  <li class="duty">Shelve returned stock every morning</li>
  <li>Run the Saturday story time for children</li>
</ul>
<h3>About you</h3>
<ul><li>Good computer skills</li><li>A friendly manner with the public</li></ul>
</body></html>
"""


def test_an_html_page_s_list_items_are_read_as_a_list_with_quotes_free_of_tags(tmp_path: Path) -> None:
    g = read(tmp_path, LIBRARY_AD_HTML, name="ad.html")
    got = needs(g).get("library-assistant", set())
    assert "computer skills" in got and any("story time" in skill for skill in got), got
    assert len(got) >= 4, got
    text = LIBRARY_AD_HTML
    for _, _, data in g.edges(data=True):
        for e in data.get("evidence", []):
            assert text[e["start"] : e["end"]] == e["quote"]
            assert "<" not in e["quote"] and ">" not in e["quote"], e["quote"]


def test_a_long_phrase_of_when_before_the_reader_leaves_the_sentence_a_duty(tmp_path: Path) -> None:
    text = (
        "Night Porter\n\nThe role\nYou will look after the hotel overnight. At the end of each night shift you will"
        " lock the side doors and count the float.\n"
    )
    got = needs(read(tmp_path, text)).get("night-porter", set())
    assert {"float counting"} <= got and any("door" in skill for skill in got), got
    off = read(tmp_path, text, frozenset({"requirements.time-reader"}))
    assert "float counting" not in needs(off).get("night-porter", set())


def test_items_lettered_in_lower_case_numbered_in_roman_or_bulleted_with_o_are_items(tmp_path: Path) -> None:
    lettered = (
        "Dental Receptionist\n\nResponsibilities\na. Book patient appointments\nb. Answer the phone\n"
        "c. Take payments at the desk\n"
    )
    roman = lettered.replace("a. ", "i. ").replace("b. ", "ii. ").replace("c. ", "iii. ")
    bulleted = lettered.replace("a. ", "o ").replace("b. ", "o ").replace("c. ", "o ")
    for text in (lettered, roman, bulleted):
        got = needs(read(tmp_path, text)).get("dental-receptionist", set())
        assert {"patient appointment booking", "phone answering", "payments"} <= got, (text, got)
        assert not {"ii", "iii", "o"} & got and not any(skill.startswith("o ") for skill in got), got


def test_a_participle_of_need_after_an_object_is_whose_need_it_is_no_cue_and_ends_the_object(tmp_path: Path) -> None:
    text = (
        "Records Clerk\n\nAbout the job\nRecords clerks sort the post, file the documents required by law and"
        " order the stationery needed for the office.\n"
    )
    got = needs(read(tmp_path, text)).get("records-clerk", set())
    assert {"post sorting", "document filing", "stationery ordering"} <= got, got
    assert not any("required" in skill or "needed" in skill for skill in got), got


def test_a_hirer_s_verb_of_seeking_after_a_modal_is_a_cue(tmp_path: Path) -> None:
    text = (
        "Crane Operator\n\nCrane operators lift loads on building sites.\n\nMost employers will look for a"
        " site safety passport. Some firms may ask for a CPCS blue card, and employers will want to see a clean"
        " safety record.\n"
    )
    got = needs(read(tmp_path, text)).get("crane-operator", set())
    assert {"site safety passport", "clean safety record"} <= got, got
    assert any("cpcs" in skill for skill in got), got
