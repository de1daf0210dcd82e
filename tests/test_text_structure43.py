"""Page layouts the structure reader writes in the forms the rules read (stop 43).

Each page here is written for the test, in trades other than e-commerce (a bakery, a restaurant kitchen, a
bicycle shop), so that what is tested is the layout, not the words of any page the rules were written from.
"""

from __future__ import annotations

from pathlib import Path

from text_helpers import links, moves, needs, read

from careergraph.loaders.text import default_vocabulary
from careergraph.loaders.text_extract import extract_facts

GLUED = """Pastry cook career guide

Pastry cooks bake the desserts and breads of a restaurant.

Must-have skills
Lamination techniquesSugar workBread shapingFood safety (HACCP)Portion costing
"""


def test_list_items_run_together_are_read_one_a_line(tmp_path: Path) -> None:
    got = needs(read(tmp_path, GLUED))["pastry-cook"]
    assert {"lamination techniques", "sugar work", "bread shaping", "portion costing"} <= got, got
    off = needs(read(tmp_path, GLUED, frozenset({"structure.glued-items"}))).get("pastry-cook", set())
    assert "sugar work" not in off, off


def test_a_glued_list_keeps_its_quotes_verbatim() -> None:
    facts = extract_facts(default_vocabulary(), "g.txt", GLUED)
    for record in facts.requires.values():
        for e in record["evidence"]:
            assert GLUED[e["start"] : e["end"]] == e["quote"], e
    quotes = {e["quote"] for record in facts.requires.values() for e in record["evidence"]}
    assert "Sugar work" in quotes, quotes


def test_camel_case_names_in_a_sentence_are_no_glued_list() -> None:
    text = "Bike mechanic\n\nYou will log repairs in WorkShop and post on YouTube and LinkedIn.\n"
    facts = extract_facts(default_vocabulary(), "b.txt", text)
    assert not any("\n" in e["quote"] for r in facts.requires.values() for e in r["evidence"])


LADDER = """Bakery guide

Bread is baked through the night in most town bakeries, so the work suits early risers. Shops range from small
family bakeries with two ovens to plant bakeries that supply supermarkets across a region. Pay rises with each
step, and most bakers learn on the job rather than at college. Here is how the work is organised.

Career Progression Paths

Several routes up the bakery trade

Path 1
1
Bakery Assistant
2
Pastry Cook
3
Head Baker

Essential Skills

Must-have skills
Dough mixing
Oven management
"""


def test_numbers_alone_over_their_titles_are_a_ladder(tmp_path: Path) -> None:
    got = moves(read(tmp_path, LADDER))
    assert ("bakery-assistant", "pastry-cook") in got and ("pastry-cook", "head-baker") in got, got
    off = moves(read(tmp_path, LADDER, frozenset({"structure.bare-numbers"})))
    assert ("bakery-assistant", "pastry-cook") not in off, off


def test_a_subheading_over_a_ladder_list_keeps_the_ladder(tmp_path: Path) -> None:
    text = "Bakery careers\n\nCareer Progression Paths\n\nPath 1\n1. Bakery Assistant\n2. Pastry Cook\n3. Head Baker\n"
    got = moves(read(tmp_path, text))
    assert ("bakery-assistant", "pastry-cook") in got and ("pastry-cook", "head-baker") in got, got
    off = moves(read(tmp_path, text, frozenset({"structure.path-subheadings"})))
    assert ("bakery-assistant", "pastry-cook") not in off, off


def test_the_last_rung_of_a_numbered_list_heads_no_list_after_it(tmp_path: Path) -> None:
    text = LADDER.replace("1\nBakery Assistant\n2\nPastry Cook\n3\nHead Baker", "1. Bakery Assistant\n2. Pastry Cook\n"
                          "3. Head Baker")
    assert "head-baker" not in needs(read(tmp_path, text))
    assert "head-baker" in needs(read(tmp_path, text, frozenset({"structure.list-ends"})))


def test_a_number_alone_with_no_run_is_no_item() -> None:
    from careergraph.loaders.text_structure import layout_edits

    assert layout_edits("Staff\n42\nAverage age\n") == []


KITCHEN = """Kitchen team roles

A restaurant kitchen usually has these posts:

1.

Sous Chef

Duties

: runs the pass during service, checks stock levels and trains new cooks.

2.

Pastry Chef

Duties

: bakes desserts, plans the pastry menu and orders flour.
"""


def test_a_label_over_a_line_opening_with_a_colon_reads_as_one_line(tmp_path: Path) -> None:
    got = needs(read(tmp_path, KITCHEN))
    assert any("stock" in name for name in got.get("sous-chef", set())), got
    assert any("dessert" in name for name in got.get("pastry-chef", set())), got
    off = needs(read(tmp_path, KITCHEN, frozenset({"structure.colon-lines"})))
    assert not any("stock" in name for name in off.get("sous-chef", set())), off


def test_a_post_is_no_need_of_its_own(tmp_path: Path) -> None:
    text = "Bakery guide\n\nMust-have skills\nDough mixing\nOven management\nJob titles\nPastry Cook\nHead Baker\n"
    assert not any(a == b for a, b in links(read(tmp_path, text)))


BIKE_AD = """BICYCLE MECHANIC

ABOUT US

A family bike shop with two workshops.

RESPONSABILITIES

Service and repair customer bikes
Build wheels to order
Advise riders on fit
"""


def test_a_misspelt_heading_opens_its_section(tmp_path: Path) -> None:
    got = needs(read(tmp_path, BIKE_AD)).get("bicycle-mechanic", set())
    assert any("wheel" in name for name in got), got


def test_misspelt_heading_words_are_matched_by_spelling() -> None:
    from careergraph.loaders.text_structure import names_section, section_of

    assert section_of("RESPONSABILITIES") == "needs" and section_of("Key Requirments") == "needs"
    assert section_of("Career Progresion") == "to" and names_section("Qualifcations", "needs")
    assert section_of("Retirement") is None and section_of("Responsible adults only today here") is None


def test_a_heading_of_job_titles_ends_a_list_of_needs(tmp_path: Path) -> None:
    text = (
        "Bakery guide\n\nMust-have skills\nDough mixing\nOven management\nCommon Job Titles\nPastry Cook\nHead Baker\n"
        "\nExamples of good work\n\nShop Visibility\nA window display\n"
    )
    assert not any("visibility" in name for got in needs(read(tmp_path, text)).values() for name in got)
    off = needs(read(tmp_path, text, frozenset({"structure.title-lists", "structure.title-column"})))
    assert any("visibility" in name for got in off.values() for name in got), off


MECHANIC_PATHS = """Bicycle Mechanic
Key Responsibilities
- Service and repair customer bikes
- Build wheels to order
Career Progression
Can Lead To
Workshop Manager
Store Manager
Transition Opportunities
Warranty Administrator
Sales Representative
"""


def test_transition_opportunities_lists_moves_across(tmp_path: Path) -> None:
    got = moves(read(tmp_path, MECHANIC_PATHS))
    assert ("bicycle-mechanic", "workshop-manager") in got, got
    assert ("bicycle-mechanic", "warranty-administrator") in got and ("bicycle-mechanic", "sales-representative") in got
    assert got[("bicycle-mechanic", "sales-representative")]["kind"] == "lateral", got


BAKERY_ZH = """烘焙店岗位分工

一家烘焙店通常有以下几个岗位:

1.

面点师(Pastry Cook)

职责

:负责制作面包和点心,控制烤箱温度。

2.

裱花师(Cake Decorator)

职责

:负责蛋糕裱花和造型设计,保证出品美观。

3.

收银员(Cashier)

职责

:负责收银和顾客接待。
"""


def test_chinese_posts_numbered_with_their_english_names_own_their_duties(tmp_path: Path) -> None:
    got = needs(read(tmp_path, BAKERY_ZH))
    assert any("裱花" in name for name in got.get("裱花师", set())), got
    assert not any("裱花" in name for name in got.get("面点师", set())), got
    assert any("收银" in name for name in got.get("收银员", set())), got
