"""Pay figures read by general rules (stop 42).

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

