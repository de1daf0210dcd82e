"""Chinese job specifications' promotion and rotation fields, and transfers to posts listed by field
(rule ``zh.spec-moves``). The documents are our own, from trades other than e-commerce (a hotel, a
warehouse, a clinic)."""

from __future__ import annotations

from pathlib import Path

from tests.text_helpers import moves, read, roles

RULE = "zh.spec-moves"


def _rules(data: dict) -> set[str]:
    return {e["rule"] for e in data["evidence"]}


def test_a_forms_fields_flattened_into_one_line_move_the_pages_post(tmp_path: Path) -> None:
    page = (
        "前台接待岗位说明书\n\n"
        "职位名称 前台接待 所属部门 客房部 直接上级 前厅主管 "
        "晋升方向 前厅经理 轮转岗位 礼宾 岗位目的 负责入住登记与退房。\n"
    )
    got = moves(read(tmp_path, page))
    assert got[("前台接待", "前厅经理")]["kind"] == "promotion"
    assert got[("前台接待", "礼宾")]["kind"] == "lateral"
    assert RULE in _rules(got[("前台接待", "礼宾")])
    assert ("前台接待", "前厅主管") not in got  # the post it reports to is no move
    assert not {k for k in got if k[1] in {"岗位目的", "所属部门"}}
    assert "礼宾" in roles(read(tmp_path, page))
    off = moves(read(tmp_path, page, frozenset({RULE})))
    assert ("前台接待", "礼宾") not in off


def test_fields_with_colons_and_several_posts(tmp_path: Path) -> None:
    page = "岗位名称：仓库理货员\n晋升方向：仓库组长/仓库主管\n可转岗位：质检、配送调度\n"
    got = moves(read(tmp_path, page))
    assert {("仓库理货员", "仓库组长"), ("仓库理货员", "仓库主管")} <= set(got)
    assert got[("仓库理货员", "质检")]["kind"] == "lateral"
    assert got[("仓库理货员", "配送调度")]["kind"] == "lateral"


def test_an_empty_field_or_a_label_word_names_no_post(tmp_path: Path) -> None:
    page = (
        "职位名称 护士助理 直接上级 护士长 晋升方向 轮转岗位 暂无 岗位目的 协助护理工作。\n"
        "护士助理的晋升职位过程很长。\n"
    )
    got = moves(read(tmp_path, page))
    assert not {k for k in got if k[0] == "护士助理"}


def test_a_transfer_to_posts_listed_by_field_is_lateral_from_the_pages_post(tmp_path: Path) -> None:
    page = (
        "仓管员岗位介绍\n\n"
        "仓管员负责货物的收发与盘点。\n"
        "- 晋升路径：仓管员 → 仓库组长 → 仓库主管\n"
        "- 转岗机会：不少企业允许仓储人员转岗至采购、物流调度等岗位。\n"
    )
    got = moves(read(tmp_path, page))
    # from the page's post, not from the top of the ladder read just before
    assert got[("仓管员", "采购")]["kind"] == "lateral"
    assert got[("仓管员", "物流调度")]["kind"] == "lateral"
    assert ("仓库主管", "采购") not in got
    assert "物流调度等" not in roles(read(tmp_path, page))


def test_a_transfer_names_its_source_when_the_clause_does(tmp_path: Path) -> None:
    page = "门店岗位介绍\n\n店长助理做满一年后，可以转岗到培训、招聘等方向。\n"
    got = moves(read(tmp_path, page))
    assert got[("店长助理", "培训")]["kind"] == "lateral"
    assert got[("店长助理", "招聘")]["kind"] == "lateral"


def test_a_head_in_yuan_is_not_cut_into_a_person_word_with_the_character_before(tmp_path: Path) -> None:
    # 员 ends the head 专员 here: "位专员" or "检专员" is no word for a person of its own
    page = "配合抽检专员的工作，并向三位专员汇报。\n"
    assert not {r for r in roles(read(tmp_path, page)) if r.endswith("专员") and len(r) == 3}
