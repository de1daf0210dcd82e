"""Salary figures (stop 37, fresh27): a country's or the nation's average pay as its clause's subject is no post's
pay, whoever it is said of ("Kenya's average monthly earnings for formal workers are X"), and neither is the pay of
"many workers in" whole fields.

The wording here is our own (a bakery, a ferry port), unlike any page read.
"""

from __future__ import annotations

from pathlib import Path

from text_helpers import pay, read


def test_a_countrys_average_is_no_posts_pay(tmp_path: Path) -> None:
    text = (
        "Bakery assistant pay in the UK\n\n"
        "A bakery assistant earns about £450 a week.\n\n"
        "Britain's average weekly earnings for full-time employees stand at around £720, while bakery assistants on"
        " nights earn £510 a week.\n\n"
        "Many workers in farming and fishing earn between £300 and £400 a week.\n"
    )
    g = read(tmp_path, text)
    assert sorted(pay(g, "bakery-assistant")) == [(450.0, 450.0, "GBP", "week"), (510.0, 510.0, "GBP", "week")]
    paid = {k for k, d in g.nodes(data=True) if d.get("salaries")}
    assert paid == {"bakery-assistant"}
