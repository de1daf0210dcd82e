"""Posts each followed by a bracketed aside of their duties (stop 45).

"the ward clerk (responsible for patient notes), and porters (responsible for moving patients)": each aside is the
duties of the post right before it, not only the sentence's first. Each page is written for the test, in a trade
the rules were not written from (a hospital ward, a hotel kitchen).
"""

from __future__ import annotations

from pathlib import Path

from text_helpers import needs, read


def test_each_post_takes_the_duties_of_its_own_aside(tmp_path: Path) -> None:
    text = (
        "# Who works on the ward\n\n"
        "The ward team includes the ward sister (responsible for planning rotas), the ward clerk (responsible "
        "for filing patient notes), and porters (responsible for moving patients).\n"
    )
    got = needs(read(tmp_path, text))
    assert any("rota" in s for s in got.get("ward-sister", set())), got
    assert any("note" in s for s in got.get("ward-clerk", set())), got
    assert any("patient" in s for s in got.get("porter", set())), got
    assert not any("note" in s for s in got.get("ward-sister", set())), got
    off = needs(read(tmp_path, text, frozenset({"requirements.cued-asides"})))
    assert not any("note" in s for s in off.get("ward-clerk", set())), off


def test_an_aside_of_who_does_what_names_the_posts_duty(tmp_path: Path) -> None:
    text = (
        "# The kitchen\n\n"
        "Our kitchen porter (who washes the pots) works beside the pastry cook (responsible for baking bread).\n"
    )
    got = needs(read(tmp_path, text))
    assert any("pot" in s for s in got.get("kitchen-porter", set())), got
    assert any("bread" in s for s in got.get("pastry-cook", set())), got


def test_an_aside_saying_how_the_post_is_held_names_nothing(tmp_path: Path) -> None:
    # (before, the aside 'who is part-time' named nothing even unguarded, and the test could not fail)
    text = "# The kitchen\n\nOur kitchen porter (who is part-time and new to kitchen work) works beside the chef.\n"
    got = needs(read(tmp_path, text))
    assert not got.get("kitchen-porter"), got
