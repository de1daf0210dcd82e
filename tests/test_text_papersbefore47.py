"""Papers someone got in a clause opening a sentence of their career ("After I got my crane licence in 2012, I
worked as a tower crane operator") are a need of the post the clause after it says they took (requirements.
papers-before, stop 47): before, the clause named nothing. Each page is written for the test, in trades the rule
was not written from (a building site, a kitchen, a leisure centre).
"""

from __future__ import annotations

from pathlib import Path

from text_helpers import needs, read

_OFF = frozenset({"requirements.papers-before"})


def test_the_papers_got_before_a_post_are_its_need(tmp_path: Path) -> None:
    text = (
        "My years on site\n\n"
        "After I got my crane licence in 2012, I worked as a tower crane operator on two big jobs.\n\n"
        "Once I had my food hygiene certificate, I started as a kitchen porter.\n"
    )
    got = needs(read(tmp_path, text))
    assert "crane licence" in got.get("tower-crane-operator", set()), got
    assert "food hygiene certificate" in got.get("kitchen-porter", set()), got
    assert not needs(read(tmp_path, text, _OFF))


def test_a_quoted_clause_reads_the_same(tmp_path: Path) -> None:
    text = (
        "Meet the team\n\n"
        "‘Once she had passed her pool safety certificate, she worked as a pool attendant,’ said her manager.\n"
    )
    got = needs(read(tmp_path, text)).get("pool-attendant", set())
    assert any("pool safety" in s for s in got), got


def test_a_post_named_otherwise_takes_no_papers(tmp_path: Path) -> None:
    text = "My years on site\n\nWhen I got my bus licence, I met a bus driver from the depot.\n"
    assert "bus-driver" not in needs(read(tmp_path, text))
