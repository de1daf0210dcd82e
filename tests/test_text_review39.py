"""Review of stop 39: rules whose reading blew up on odd input read it in time and keep their answers (our own
wording and trades)."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from types import FrameType

from text_helpers import links, moves, needs, pay, read, roles, rules_of, zh_needs

from careergraph.loaders.text_zh import chinese_lines, read_chinese

# --- zh.duties: a clause after 包括 of many parts joined by 和, none a piece of work at its end ------------------


def test_a_long_clause_of_parts_joined_by_and_that_ends_in_no_work_is_read_at_once() -> None:
    # (before: every way of cutting "货架管理和货架管理和..." into parts was tried, time doubling with each few parts)
    # (counted as lines of loaders/text_zh.py run: twice the parts, about twice the lines, not 2**40 times)
    def lines_run(parts: int) -> tuple[int, dict[str, set[str]]]:
        count = 0

        def trace(frame: FrameType, event: str, arg: object) -> Callable[..., object] | None:
            nonlocal count
            if frame.f_code.co_filename.endswith("text_zh.py"):
                count += event == "line"
                return trace
            return None

        text = "门店主管\n岗位职责：负责门店日常运营，包括" + "货架管理和" * parts + "其他\n"
        sys.settrace(trace)
        try:
            needs = zh_needs(text)
        finally:
            sys.settrace(None)
        return count, needs

    few, _ = lines_run(20)
    many, needs = lines_run(40)
    assert many < 3 * few, (few, many)
    assert needs == {"门店主管": {"门店日常运营"}}, needs


def test_the_parts_of_a_duty_after_include_are_still_duties_and_examples_of_a_thing_are_not() -> None:
    assert {"员工排班", "布草管理", "成本核算"} <= zh_needs(
        "门店主管\n岗位职责：负责门店日常运营，包括员工排班、布草管理和成本核算等\n"
    )["门店主管"]
    assert zh_needs("前厅主管\n岗位职责：收集住客意见，包括房间温度、早餐口味\n") == {"前厅主管": {"收集住客意见"}}


# --- zh.post-headings: the line under a numbered post is found from the post's line, not from the page's top ------


def test_many_numbered_posts_are_read_and_one_over_blank_lines_and_duties_is_a_heading() -> None:
    posts = "".join(f"{k % 9 + 1}. 客服专员\n" for k in range(3000))
    text = "招聘岗位\n" + posts + "\n2. 面点师\n\n\n职责:\n• 制作面点;\n"
    assert zh_needs(text) == {"面点师": {"制作面点"}}
    assert zh_needs("招聘岗位\n（一）客房服务员\n") == {}  # (a numbered post closing the page: no line under it)


# --- structure.place-fields: a post is looked for in the one field value it may stand in, not in every one ---------


def test_posts_in_many_fields_of_place_or_firm_are_none_and_a_post_after_them_is_one(tmp_path: Path) -> None:
    fields = "".join(f"Location: Site {k}\nEmployer: Shepherd & Groom Boarding Kennels\n\n" for k in range(300))
    page = "Kennel Assistant\n\n" + fields + "Our kennel assistants report to the Kennel Manager.\n"
    got = roles(read(tmp_path, page))
    assert {"kennel-assistant", "kennel-manager"} <= got and "shepherd" not in got, got
    assert "shepherd" in roles(read(tmp_path, page, frozenset({"structure.place-fields"})))


# --- structure.run-on-items: a sentence reads the items of its run-on line found by position, not every item ---------


def test_a_long_requirements_line_of_many_sentences_gives_every_item(tmp_path: Path) -> None:
    # (before: each sentence of the line went through every item of the line, time growing with its square)
    unit = "Experience of rotas Strong knife skills Ability to lead a brigade Good knowledge of food hygiene. "
    text = "# Sous Chef\n\nREQUIREMENTS\n" + unit * 2000 + "Fluent written German\n"
    g = read(tmp_path, text)
    got = needs(g)["sous-chef"]
    assert got == {"rotas", "knife skills", "brigade leadership", "food hygiene", "written german"}, got
    assert "structure.run-on-items" in rules_of(g, "sous-chef")


# --- structure.partner-roles: a line of blanks after "Reports to" is read once, not once per way of parting it -----


def test_a_reports_to_line_of_many_blanks_is_read_at_once_and_only_a_label_alone_keeps_the_list(tmp_path: Path) -> None:
    # (before: the marks after the label were parted between two runs of them every way, time growing with the
    # square of their number, when the line held more than the label: "(see below)")
    duties = "Key responsibilities\n1. Sell tickets and railcards\n2. Balance the till at the end of the shift\n"
    page = "Job title\nTicket Office Clerk\n\nReports to" + " _" * 15000 + "{}\nStation Manager\n\n" + duties
    got = links(read(tmp_path, page.format(" (see below)")))
    assert any(role == "station-manager" and "till" in skill for role, skill in got), got
    got = links(read(tmp_path, page.format("")))
    assert any(role == "ticket-office-clerk" and "till" in skill for role, skill in got), got
    assert not any(role == "station-manager" for role, _ in got), got


# --- salaries.figure: whether a section's post is paid on its own line is asked once per figure, not per table row --


def test_a_long_table_of_pay_under_a_post_unpaid_on_its_line_is_that_posts(tmp_path: Path) -> None:
    # (before: each row of the table looked at every figure read before it, time growing with the square of the rows)
    levels = "Line cook salary by level\n\nJunior: £21,000 - £23,000\nExperienced: £24,000 - £27,000\n"
    rows = [f"| {k} years | £{21 + k % 9},{k % 1000:03d} |\n" for k in range(8000)]
    g = read(tmp_path, levels + "Sous Chef\n\n| Experience | Salary |\n|---|---|\n" + "".join(rows))
    assert len(pay(g, "sous-chef")) == 8000 and len(pay(g, "line-cook")) == 2
    g = read(tmp_path, levels + "Sous Chef: £32,000+\n\n| Experience | Salary |\n|---|---|\n" + "".join(rows[:12]))
    assert pay(g, "sous-chef") == [(32000.0, 32000.0, "GBP", "year")] and len(pay(g, "line-cook")) == 14


# --- zh.subject: a figure of a page hiring for many labelled posts finds its label by halving, not by a walk -------


def test_many_labelled_posts_each_take_the_pay_under_their_label() -> None:
    # (before: each figure went through every label of the page, time growing with the square of the posts)
    names = ["中餐厨师", "传菜员", "面点师", "收银员"]
    posts = [f"招聘岗位：{names[k % 4]}\n薪资：{3000 + k}-{5000 + k}元/月\n\n" for k in range(12000)]
    text = "酒店餐饮部招聘\n\n" + "".join(posts)
    got = [(p.role, p.low) for p in read_chinese(text, chinese_lines(text)).pay]
    assert got == [(names[k % 4], 3000 + k) for k in range(12000)], got[:8]


# --- structure.dated-lines, mentions.titles, salaries.not-pay: a run of blanks on a line is read once -------------


def test_lines_with_a_long_run_of_blanks_are_read_at_once(tmp_path: Path) -> None:
    # (before: the blanks were parted between two runs of them in the pattern every way, or looked at again from
    # each blank, time growing with the square of their number, when the line did not match)
    blanks = " " * 20000
    cv = (
        "Experience\n\nHead Porter | Harbour Hotel | 2019 – present\nNight Porter | Harbour Hotel | 2015 – 2019\n"
        f"Hall Porter{blanks}2015\n"
    )
    got = moves(read(tmp_path, cv))
    assert set(got) == {("night-porter", "head-porter")} and got["night-porter", "head-porter"]["years_min"] == 4.0
    assert "team-member" not in roles(read(tmp_path, f"Team Member{blanks}Station Cafe\n\nWe serve commuters.\n"))
    paid = "Warehouse Operative pay\n\nBase pay\n£24,000/yr\n\nAdditional pay{}\n£4,300/yr\n"
    assert len(pay(read(tmp_path, paid.format(blanks + "(see note)")), "warehouse-operative")) == 2
    assert pay(read(tmp_path, paid.format(blanks)), "warehouse-operative") == [(24000.0, 24000.0, "GBP", "year")]
