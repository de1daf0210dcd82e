"""A title's words right before the mark of a firm's name ('LLC', 'Ltd', 'Inc.') are the firm's name, no post: an
ad's pay under such a line stays the ad's title's (mentions.firm-names)."""

from __future__ import annotations

from careergraph.loaders.text import default_vocabulary
from careergraph.loaders.text_extract import extract_facts


def test_a_firm_named_by_a_title_is_no_role_and_takes_no_pay() -> None:
    text = "Site Labourer\nNorthern Groundworker Services Ltd - Wakefield\n£12.90 an hour\n"
    facts = extract_facts(default_vocabulary(), "g.txt", text)
    assert [(s["role"], s["min"]) for s in facts.salaries] == [("site-labourer", 12.9)]
    assert "northern-groundworker" not in facts.nodes
