"""Titles that pages we wrote ourselves name and an earlier reading missed or misread (stop 25 of issue 12)."""

from __future__ import annotations

from pathlib import Path

from text_helpers import moves, needs, read, roles


def test_a_shared_head_before_a_preposition(tmp_path: Path) -> None:
    text = "Boatyard jobs\n\nYards along the coast always need marine fitting technicians or engineers in summer.\n"
    found = roles(read(tmp_path, text))
    assert {"marine-fitting-technician", "marine-fitting-engineer"} <= found


def test_a_bare_head_before_a_title_of_its_own_is_no_shared_head(tmp_path: Path) -> None:
    text = "Boatyard jobs\n\nThe yard hires marine fitting technicians or engineer apprentices each spring.\n"
    assert "marine-fitting-engineer" not in roles(read(tmp_path, text))


def test_a_lexicon_title_in_capitals_opening_with_a_verb(tmp_path: Path) -> None:
    text = "Radio station jobs\n\nSimilar jobs: Show Host.\n"
    assert "show-host" in roles(read(tmp_path, text))


def test_a_lexicon_title_in_capitals_inside_a_longer_title_is_no_title(tmp_path: Path) -> None:
    text = "Film set ladder\n\n- Second Assistant Director\n- First Assistant Director\n- Director\n"
    found = roles(read(tmp_path, text))
    assert "first-assistant-director" in found
    assert "first-assistant" not in found


def test_a_chinese_head_in_yuan_is_not_cut_into_a_word_of_a_person(tmp_path: Path) -> None:
    text = "车行岗位\n\n售后主管负责门店,每天配合摩托车专员完成检修。\n"
    found = roles(read(tmp_path, text))
    assert "售后主管" in found
    assert "车专员" not in found


def test_second_in_charge_written_2ic_is_a_head_word(tmp_path: Path) -> None:
    text = "Cafe careers\n\nAfter a year I moved from Barista to Floor 2IC, and then to Cafe Manager.\n"
    found = roles(read(tmp_path, text))
    assert "floor-2ic" in found


def test_items_of_a_chinese_list_of_posts_are_posts(tmp_path: Path) -> None:
    text = (
        "酒店岗位\n\n- 晋升路径:服务员 → 领班 → 前厅经理\n"
        "- 转岗机会:部分酒店允许厨房人员转岗至面点、采购、仓储等岗位。\n"
    )
    found = roles(read(tmp_path, text))
    assert {"面点", "采购", "仓储"} <= found
    assert not any("转岗" in name for name in found)


def test_words_of_character_or_prospects_are_no_part_of_a_title(tmp_path: Path) -> None:
    text = (
        "Estate agency work\n\n"
        "Our office needs a friendly lettings negotiator who can show flats to prospective tenants. "
        "Later she became a strong branch manager.\n"
    )
    found = roles(read(tmp_path, text))
    assert {"lettings-negotiator", "branch-manager"} <= found
    assert not {"friendly-lettings-negotiator", "strong-branch-manager"} & found


def test_plural_heads_listed_with_a_plural_title_are_posts(tmp_path: Path) -> None:
    text = (
        "Plant Maintenance Manager\n\nJob description\n\n"
        "Supervise a crew of schedulers, technicians and maintenance staff.\n"
    )
    g = read(tmp_path, text)
    assert {"scheduler", "technician", "maintenance-staff"} <= roles(g)
    assert needs(g).get("plant-maintenance-manager")


def test_plural_heads_listed_without_a_title_are_not(tmp_path: Path) -> None:
    text = "Farm news\n\nThe farm sells its cheese to retailers, wholesalers and cafes.\n"
    assert not {"retailer", "wholesaler"} & roles(read(tmp_path, text))


def test_posts_a_chinese_post_form_names_after_its_labels(tmp_path: Path) -> None:
    text = (
        "酒店岗位说明书\n\n"
        "职位名称 前台主管 所属部门 前厅部 直接上级 前厅经理 直接下级 岗位类别 晋升方向 大堂经理 轮转岗位 礼宾 岗位目的"
        " 负责前台接待工作。\n"
    )
    g = read(tmp_path, text)
    assert {"前台主管", "前厅经理", "大堂经理", "礼宾"} <= roles(g)
    assert "岗位类别" not in roles(g)
    found = moves(g)
    assert ("前台主管", "大堂经理") in found
    assert ("前台主管", "礼宾") in found


def test_a_firm_named_before_a_speakers_title_is_no_part_of_it(tmp_path: Path) -> None:
    text = (
        "Freight news\n\n"
        "\u201cDemand for drivers is rising,\u201d said Northwind Haulage Operations Director Maria Lopez.\n"
    )
    found = roles(read(tmp_path, text))
    assert "operations-director" in found
    assert "northwind-haulage-operations-director" not in found


def test_two_titles_compared_with_vs_are_two(tmp_path: Path) -> None:
    text = "Kitchen ladder\n\nLine Cook vs Prep Cook: what differs in a day.\n"
    found = roles(read(tmp_path, text))
    assert {"line-cook", "prep-cook"} <= found
    assert not any("vs" in key for key in found)


def test_a_lexicon_title_whose_verb_word_follows_a_noun(tmp_path: Path) -> None:
    text = "Television work\n\nShe worked as a quiz writer and game show host for years.\n"
    assert {"quiz-writer", "game-show-host"} <= roles(read(tmp_path, text))


def test_a_chinese_title_ending_in_gang_for_a_post(tmp_path: Path) -> None:
    text = "酒店岗位\n\n大型酒店会设立宴会策划岗,专门负责婚宴。酒店岗位有哪些?\n"
    found = roles(read(tmp_path, text))
    assert "宴会策划岗" in found
    assert not {"宴会策划", "岗", "酒店岗"} & found
