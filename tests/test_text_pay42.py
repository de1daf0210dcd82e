"""Pay figures read by general rules (stop 41).

Each page here is written for the test, in trades other than e-commerce (a marina, a tree surgery, a ferry line),
so that what is tested is the layout or the wording of the figure, not the words of any page the rules were written
from.
"""

from __future__ import annotations

from pathlib import Path

from text_helpers import pay, read, roles

MARINA = """Marina pay table

Rigger ........ £27,500
Deckhand . . . . . £21,000
Boat mechanic …… £34,000
"""


def test_a_one_word_post_before_a_leader_of_dots_and_its_figure_is_paid_it(tmp_path: Path) -> None:
    g = read(tmp_path, MARINA)
    assert {"rigger", "deckhand", "boat-mechanic"} <= roles(g), roles(g)
    assert pay(g, "rigger") == [(27500.0, 27500.0, "GBP", "year")]
    assert pay(g, "deckhand") == [(21000.0, 21000.0, "GBP", "year")]
    assert pay(g, "boat-mechanic") == [(34000.0, 34000.0, "GBP", "year")]


FERRY = """Deck crew pay in Norway

A ferry deckhand in Bergen is paid 34 500 NOK a month, and a ferry mate 41 000 NOK.
"""

TREES = """Tree surgery wages in Sweden

An arborist in Gothenburg earns between 28 000 and 33 000 kronor a month.
"""


def test_figures_in_nordic_currencies_grouped_by_spaces(tmp_path: Path) -> None:
    g = read(tmp_path, FERRY)
    assert pay(g, "ferry-deckhand") == [(34500.0, 34500.0, "NOK", "month")], pay(g, "ferry-deckhand")
    assert pay(g, "ferry-mate") == [(41000.0, 41000.0, "NOK", "month")], pay(g, "ferry-mate")
    g = read(tmp_path, TREES)
    assert pay(g, "arborist") == [(28000.0, 33000.0, "SEK", "month")], pay(g, "arborist")


CLIMBERS = """What tree climbers earn

A climbing arborist in Leeds told us he clears about 32 grand a year; his foreman makes £41 grand.
"""


def test_grand_is_thousands(tmp_path: Path) -> None:
    g = read(tmp_path, CLIMBERS)
    assert pay(g, "climbing-arborist") == [(32000.0, 32000.0, "GBP", "year")], pay(g, "climbing-arborist")
    assert pay(g, "foreman") == [(41000.0, 41000.0, "GBP", "year")], pay(g, "foreman")
    g = read(tmp_path, "Tree surgeon pay\n\nA tree surgeon in Glasgow earns 28-34 grand a year.\n")
    assert pay(g, "tree-surgeon") == [(28000.0, 34000.0, "GBP", "year")], pay(g, "tree-surgeon")
