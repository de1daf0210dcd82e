"""Pay rules of stop 41's second round, on short pages of our own in other trades."""

from __future__ import annotations

from pathlib import Path

from text_helpers import pay, read, roles

# a page on a post's pay that names its kinds, and a table whose rows are cities
DRIVER_PAY = """司机工资一般多少
司机分为货车司机、网约车司机、快递司机等,不同岗位的工作强度不同。
二、司机工资范围
| 城市类型 | 平均月薪(人民币) | 说明 |
| 一线城市 | 4,500 - 6,500元 | 物流公司较高 |
| 三线城市 | 2,800 - 3,800元 | 相对较低 |
"""


def test_general_head_is_the_pages_post(tmp_path: Path) -> None:
    g = read(tmp_path, DRIVER_PAY, name="driver_zh.txt")
    assert "司机" in roles(g)
    assert (4500.0, 6500.0, "CNY", "month") in pay(g, "司机")
    assert (2800.0, 3800.0, "CNY", "month") in pay(g, "司机")


def test_general_head_off(tmp_path: Path) -> None:
    g = read(tmp_path, DRIVER_PAY, disabled=frozenset({"zh.general-head"}), name="driver_zh.txt")
    assert "司机" not in roles(g)


def test_row_post_before_an_aside(tmp_path: Path) -> None:
    page = DRIVER_PAY + "| 网约车司机(如滴滴、曹操) | 5,000 - 9,000元 | 按单计酬 |\n"
    g = read(tmp_path, page, name="driver_zh.txt")
    assert pay(g, "网约车司机") == [(5000.0, 9000.0, "CNY", "month")]
    assert (5000.0, 9000.0, "CNY", "month") not in pay(g, "司机")
    g = read(tmp_path, page, disabled=frozenset({"zh.cell-aside"}), name="driver_zh.txt")
    assert (5000.0, 9000.0, "CNY", "month") in pay(g, "司机")


# a news page naming a post with the firm's name once and without it later; a figure in a sentence naming no post
RAIL_NEWS = (
    "Harbour Rail is taking on 400 Harbour Rail night guards for the winter timetable, with some shifts paying as"
    " much as £19 an hour."
    + """

Shifts will run from 12 depots. Away from the city the shifts pay from £13.40 to £15.10 per hour.

Most new night guards start in November.
"""
)


def test_firm_named_post_counts_once(tmp_path: Path) -> None:
    g = read(tmp_path, RAIL_NEWS)
    assert (13.4, 15.1, "GBP", "hour") in pay(g, "harbour-rail-night-guard")
    g = read(tmp_path, RAIL_NEWS, disabled=frozenset({"salaries.firm-named"}))
    assert (13.4, 15.1, "GBP", "hour") not in pay(g, "harbour-rail-night-guard")


# figures naming no period before a range of an hour's pay later in the paragraph
FERRY_SHIFTS = """Deckhand jobs

Island Ferries is hiring deckhands. Summer crossings offer £16.40 for early sailings and £18.20 for night \
sailings. On the short routes the shifts are from £14.10 to £15.60 per hour.
"""


def test_period_stated_later_in_the_paragraph(tmp_path: Path) -> None:
    g = read(tmp_path, FERRY_SHIFTS)
    got = pay(g, "deckhand")
    assert (16.4, 16.4, "GBP", "hour") in got and (18.2, 18.2, "GBP", "hour") in got
    g = read(tmp_path, FERRY_SHIFTS, disabled=frozenset({"salaries.later-period"}))
    assert (16.4, 16.4, "GBP", "hour") not in pay(g, "deckhand")
