"""Pay figures read by general rules (stop 40).

Each page here is written for the test, in a trade other than e-commerce (tiling), so that what is tested is the
layout of the page, not the words of any page the rules were written from.
"""

from __future__ import annotations

from pathlib import Path

from text_helpers import pay, read

TILER = """Tiler salary

Salary range
£22,000 — £38,000
Average
£28,000
"""

TILER_CHART = """Tiler salary

£22,000 - £38,000
£22K
£30K
£38K
"""


def test_a_figure_under_a_line_naming_a_statistic_is_pay_though_within_the_range_above(tmp_path: Path) -> None:
    got = pay(read(tmp_path, TILER), "tiler")
    assert (22000.0, 38000.0, "GBP", "year") in got, got
    assert (28000.0, 28000.0, "GBP", "year") in got, got
    off = pay(read(tmp_path, TILER, frozenset({"salaries.stat-lines"})), "tiler")
    assert (28000.0, 28000.0, "GBP", "year") not in off, off


def test_the_labels_of_a_ranges_chart_are_still_no_pay(tmp_path: Path) -> None:
    got = pay(read(tmp_path, TILER_CHART), "tiler")
    assert got == [(22000.0, 38000.0, "GBP", "year")], got
