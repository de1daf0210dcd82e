"""Salary figures (stop 37, fresh27): "from X" after a word of change or after the figure pay changed to is the pay
before the change, a figure, not a floor ("rose to £11.95 from £11.48", "up from $30.95").

The wording here is our own (a hotel's housekeepers, a garden centre), unlike any page read.
"""

from __future__ import annotations

from pathlib import Path

from text_helpers import pay, read


def test_the_pay_before_a_rise_is_a_figure(tmp_path: Path) -> None:
    text = (
        "Housekeeping pay rise\n\n"
        "Room attendants at the hotel saw their pay go to £10.90 from £10.40 in March.\n"
    )
    g = read(tmp_path, text)
    assert sorted(pay(g, "room-attendant")) == [(10.4, 10.4, "GBP", "hour"), (10.9, 10.9, "GBP", "hour")]


def test_up_from_and_a_floor_stays_a_floor(tmp_path: Path) -> None:
    text = (
        "Garden centre wages\n\n"
        "Plant care assistants now earn $17.10 an hour, up from $16.40.\n\n"
        "Nursery managers are paid from $24.50 an hour.\n"
    )
    g = read(tmp_path, text)
    assert sorted(pay(g, "plant-care-assistant")) == [(16.4, 16.4, "USD", "hour"), (17.1, 17.1, "USD", "hour")]
    assert pay(g, "nursery-manager") == [(24.5, None, "USD", "hour")]
