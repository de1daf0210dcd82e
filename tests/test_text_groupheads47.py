"""A post's list that opens with the title of a group of items right under a sentence announcing a list of what the
post does ("These are the areas ... a head housekeeper oversees." / "Room Standards" / "- Check ...") goes on group by
group, every item the post's (structure.group-heads, stop 47): before, the group's title ended the list the sentence
opened and its items were no one's. Each page is written for the test, in trades the rule was not written from (a
hotel, a building site, a school).
"""

from __future__ import annotations

from pathlib import Path

from text_helpers import needs, read

_OFF = frozenset({"structure.group-heads"})

_HOUSEKEEPER = (
    "These are the areas of responsibility a Head Housekeeper oversees.\n"
    "Room Standards\n"
    "- Do you check every room before guests arrive?\n"
    "- Do you know how to report a broken fitting?\n"
    "Linen Stock\n"
    "- Count linen in the store each week\n"
)


def test_the_groups_under_a_sentence_announcing_a_posts_areas_are_its_list(tmp_path: Path) -> None:
    got = needs(read(tmp_path, _HOUSEKEEPER)).get("head-housekeeper", set())
    assert any("room" in s for s in got) and any("fitting" in s for s in got) and any("linen" in s for s in got)
    assert not needs(read(tmp_path, _HOUSEKEEPER, _OFF))


def test_the_groups_after_the_first_stay_the_posts(tmp_path: Path) -> None:
    text = (
        "The duties of a Site Foreman fall into two parts:\n\n"
        "Site Safety\n- Run the morning safety briefing\n- Inspect scaffolding before use\n\n"
        "Programme\n- Order concrete deliveries\n"
    )
    got = needs(read(tmp_path, text)).get("site-foreman", set())
    assert any("briefing" in s for s in got) and any("concrete" in s for s in got), got
    assert not any("concrete" in s for s in needs(read(tmp_path, text, _OFF)).get("site-foreman", set()))


def test_a_title_of_something_else_opens_no_group(tmp_path: Path) -> None:
    for title in ("Staff Benefits", "Read more:"):
        text = (
            "These are the duties of a School Caretaker in our trust.\n"
            f"{title}\n- Free parking on site\n- Staff canteen lunches\n\nSchool Bursar\n"
        )
        got = needs(read(tmp_path, text)).get("school-caretaker", set())
        assert not any("parking" in s or "lunch" in s for s in got), (title, got)


def test_a_sentence_naming_a_post_without_announcing_a_list_opens_none(tmp_path: Path) -> None:
    text = (
        "The site foreman and the site manager met on a wet Monday morning.\n"
        "Site Safety\n"
        "- Run the morning safety briefing\n"
        "- Inspect scaffolding before use\n"
    )
    assert needs(read(tmp_path, text)) == needs(read(tmp_path, text, _OFF))
