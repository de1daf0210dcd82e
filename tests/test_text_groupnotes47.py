"""A list told group by group under a sentence announcing a post's work goes on after a note in prose told under a
group's last item ("Room Standards" / "- ..." / "Ask the duty manager when unsure." / "Linen Stock" / "- ..."): the
next group's items are the post's too (structure.group-notes, stop 47); before, the note ended the list and the
next groups' items were no one's, or went to a post the note named. Each page is written for the test, in trades
the rule was not written from (a hotel, a school).
"""

from __future__ import annotations

from pathlib import Path

from text_helpers import needs, read

_OFF = frozenset({"structure.group-notes"})

_HOUSEKEEPER = (
    "These are the duties a Head Housekeeper looks after.\n"
    "Room Standards\n"
    "- Check every room before guests arrive\n"
    "- Report broken fittings to maintenance\n"
    "Staff Rotas\n"
    "- Plan the weekend cover\n"
    "Most of this is learned from the Front Office Manager in the first weeks.\n"
    "Linen Stock\n"
    "- Count linen in the store each week\n"
    "- Order towels from the laundry\n"
)


def test_the_group_after_a_note_is_the_posts(tmp_path: Path) -> None:
    got = needs(read(tmp_path, _HOUSEKEEPER))
    mine = got.get("head-housekeeper", set())
    assert any("linen" in s for s in mine) and any("towel" in s for s in mine), got
    assert not any("linen" in s or "towel" in s for s in got.get("front-office-manager", set())), got
    before = needs(read(tmp_path, _HOUSEKEEPER, _OFF))
    assert not any("towel" in s for s in before.get("head-housekeeper", set())), before


def test_a_title_of_something_else_after_the_note_opens_no_group(tmp_path: Path) -> None:
    text = (
        "These are the duties a School Caretaker looks after.\n"
        "Buildings\n"
        "- Open the school gates each morning\n"
        "Grounds\n"
        "- Mow the playing field\n"
        "Ask the bursar about keys.\n"
        "Staff Benefits\n"
        "- Free parking on site\n"
    )
    got = needs(read(tmp_path, text)).get("school-caretaker", set())
    assert any("gate" in s for s in got) and not any("parking" in s for s in got), got


def test_a_group_after_two_paragraphs_of_prose_opens_no_group(tmp_path: Path) -> None:
    text = (
        "These are the duties a School Caretaker looks after.\n"
        "Buildings\n"
        "- Open the school gates each morning\n"
        "Ask the bursar about keys.\n"
        "The school was built in 1902 and has two halls.\n"
        "Playground\n"
        "- Sweep the yard before break\n"
    )
    assert needs(read(tmp_path, text)) == needs(read(tmp_path, text, _OFF))


def test_one_group_and_a_line_of_prose_may_end_the_list(tmp_path: Path) -> None:
    text = (
        "These are the duties a School Caretaker looks after.\n"
        "Buildings\n"
        "- Open the school gates each morning\n"
        "That is the job in short.\n"
        "Nearby Schools\n"
        "- Hill Top Primary\n"
    )
    got = needs(read(tmp_path, text)).get("school-caretaker", set())
    assert any("gate" in s for s in got) and not any("hill" in s for s in got), got
