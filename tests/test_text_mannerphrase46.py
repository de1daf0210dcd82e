"""A phrase of manner after the state a duty sees to says how the work is done, as an adverb does (stop 46).

"ensure that trolleys are cleaned in a safe way" is Trolley cleaning, as "... are cleaned safely" is. Each page
is written for the test, in trades the rules were not written from (a hospital, a hotel).
"""

from __future__ import annotations

from pathlib import Path

from text_helpers import needs, read


def test_in_a_safe_way_after_a_participle_is_how(tmp_path: Path) -> None:
    text = (
        "# Hospital and hotel posts\n\n"
        "The porter will ensure that trolleys are cleaned in a safe way.\n\n"
        "The room attendant will make sure the linen is folded in a neat and tidy manner.\n"
    )
    got = needs(read(tmp_path, text))
    assert "trolley cleaning" in got.get("porter", set()), got
    assert "linen folding" in got.get("room-attendant", set()), got


def test_a_way_with_no_manner_named_is_no_phrase_of_manner(tmp_path: Path) -> None:
    text = "# Hospital\n\nThe porter will ensure that trolleys are cleaned in a way that suits the ward.\n"
    got = needs(read(tmp_path, text))
    assert "trolley cleaning" not in got.get("porter", set()), got
