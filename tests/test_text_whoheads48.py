"""Posts each followed by its own "who" clause (requirements.who-series), where a bare plural joined to a post by
"and" stands right before "who" ("fitters and engineers who fix ..."): both posts share the clause (stop 48);
before, the plural before "who" (a bare head, mentions.people-heads) got nothing and only the post before it did.

Each page is written for the test, in a trade the rules were not written from (a hospital's estates team).
"""

from __future__ import annotations

from pathlib import Path

from text_helpers import needs, read

_HEAD = "Hospital estates team\n\nThe estates team keeps a hospital running.\n\n"


def test_the_plural_before_who_shares_the_clause(tmp_path: Path) -> None:
    text = _HEAD + (
        "These workers include fitters and engineers who repair the boilers when they fail, porters who move"
        " beds across the wards, and drivers who take the patients home.\n"
    )
    got = needs(read(tmp_path, text))
    assert any("boiler" in s for s in got.get("engineer", set())), got
    assert any("boiler" in s for s in got.get("fitter", set())), got
    assert not any("bed" in s or "patient" in s for s in got.get("engineer", set())), got


def test_a_clause_of_the_past_gives_the_plural_nothing(tmp_path: Path) -> None:
    text = _HEAD + "These workers include fitters and engineers who were hired last winter.\n"
    got = needs(read(tmp_path, text))
    assert not got.get("engineer"), got
