"""Salary figures as award tables, wage-floor news and pay told in prose write them: a table written without bars
whose header names each column's period, titles carrying their level, and sums too large to be anyone's pay.

The wording here is our own (hotels, cleaning, security, bakeries, farms), unlike any page read.
"""

from __future__ import annotations

from pathlib import Path

from text_helpers import pay, read, roles


def test_a_level_word_and_number_after_a_title_are_part_of_it(tmp_path: Path) -> None:
    text = (
        "Security jobs in Ireland\n\n"
        "A Security Officer Grade 1 patrols the site at night. After a year, a Security Officer Grade 2 also trains"
        " new guards and earns €31,500 a year.\n"
    )
    g = read(tmp_path, text)
    assert {"security-officer-grade-1", "security-officer-grade-2"} <= roles(g)
    assert pay(g, "security-officer-grade-2") == [(31500.0, 31500.0, "EUR", "year")]
