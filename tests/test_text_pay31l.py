"""On a page about one role, a figure after 'you' as the subject of a verb of pay is the reader's post's pay, the
page's role, not the pay of another post the sentence names (salaries.you-paid)."""

from __future__ import annotations

from careergraph.loaders.text import default_vocabulary
from careergraph.loaders.text_extract import extract_facts


def _pay(text: str) -> list[tuple[str, float | None, float | None]]:
    facts = extract_facts(default_vocabulary(), "g.txt", text)
    return [(s["role"], s["min"], s["max"]) for s in facts.salaries]


def test_you_are_paid_while_reporting_to_another_post() -> None:
    text = "Ward Clerk\n\nReporting to the ward manager, you will earn £23,600 a year.\n"
    assert _pay(text) == [("ward-clerk", 23600.0, 23600.0)]


def test_you_can_make_while_working_with_other_posts() -> None:
    text = "Bank Teller\n\nWorking with our branch managers, you can make up to $41,000.\n"
    assert _pay(text) == [("bank-teller", None, 41000.0)]


def test_as_a_post_you_earn_keeps_that_post() -> None:
    text = "Ward Clerk\n\nAs a ward manager, you will earn £41,000 a year.\n"
    assert _pay(text) == [("ward-manager", 41000.0, 41000.0)]


def test_a_figure_after_a_sentence_of_the_reader_working_with_a_post_is_the_page_role() -> None:
    text = "Ward Clerk\n\nYou will support the ward manager with rotas. The salary is £23,600 a year.\n"
    assert _pay(text) == [("ward-clerk", 23600.0, 23600.0)]


def test_a_figure_after_a_post_the_reader_may_become_stays_that_post() -> None:
    text = "Ward Clerk\n\nYou could become a ward manager in time. The salary is £41,000 a year.\n"
    assert _pay(text) == [("ward-manager", 41000.0, 41000.0)]
