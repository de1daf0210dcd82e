"""A clause whose subject is a post's time or work, the post in the possessive (stop 46).

"Porters carry the bags, while the managers' time is focused on the rotas": the rotas are the manager's work, not
the porters'. Each page is written for the test, in a trade the rules were not written from (a hotel, a school).
"""

from __future__ import annotations

from pathlib import Path

from text_helpers import needs, read


def test_a_clause_after_while_with_a_possessive_post_is_that_posts(tmp_path: Path) -> None:
    text = (
        "# Hotel teams\n\n"
        "Above the porters is the duty manager, who answers to the general manager.\n\n"
        "Porters are responsible for carrying the bags, while the managers' time and energy is focused on"
        " checking the rotas, handling complaints, and ordering stock.\n"
    )
    got = needs(read(tmp_path, text))
    assert any("rota" in s for s in got.get("duty-manager", set())), got
    assert not any("rota" in s or "energy" in s.lower() for s in got.get("porter", set())), got
    # (the rule off: the first clause's cue reads on and gives the porters the managers' work)
    off = needs(read(tmp_path, text, frozenset({"requirements.possessive-subject"})))
    assert not any("rota" in s for s in off.get("duty-manager", set())), off


def test_a_sentence_opening_with_a_possessive_post(tmp_path: Path) -> None:
    text = (
        "# School staff\n\n"
        "The deputy head teacher leads the pastoral team. Teaching assistants support pupils in class.\n\n"
        "The teacher's day is focused on planning lessons and marking homework.\n"
    )
    got = needs(read(tmp_path, text))
    assert any("lesson" in s.lower() for s in got.get("teacher", set())), got
    assert not any("lesson" in s.lower() for s in got.get("teaching-assistant", set())), got
