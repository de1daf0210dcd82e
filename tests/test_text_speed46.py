"""Stop 47's speed-ups of the text loader read as before: the duty reader stops at a predicate of a move or of pay
right after its subject post, and still reads a duty a later verb of the sentence names."""

from __future__ import annotations

import pytest

from careergraph.loaders import text_extract as te
from careergraph.loaders.text import default_vocabulary


@pytest.fixture(scope="module")
def vocab():  # type: ignore[no-untyped-def]
    return default_vocabulary()


def _read(vocab, text: str) -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:  # type: ignore[no-untyped-def]
    facts = te.extract_facts(vocab, "page.txt", text)
    return sorted(facts.requires), sorted(facts.transitions)


def test_pay_predicate_holds_no_duty(vocab) -> None:  # type: ignore[no-untyped-def]
    needs, moves = _read(vocab, "Hotel porter\n\nA hotel porter earns between £9 and £11 an hour.")
    assert needs == [] and moves == []


def test_pay_predicate_then_a_duty(vocab) -> None:  # type: ignore[no-untyped-def]
    needs, _ = _read(vocab, "Hotel porter\n\nA hotel porter earns tips, carries the bags and books taxis.")
    assert needs == [("hotel-porter", "bag-carrying"), ("hotel-porter", "taxis-booking")]
    page = "Hotel porter\n\nA hotel porter earns between £9 and £11 an hour and carries the bags of guests."
    needs, _ = _read(vocab, page)
    assert needs == [("hotel-porter", "guest-bag-carrying")]


def test_move_predicate_holds_no_duty(vocab) -> None:  # type: ignore[no-untyped-def]
    needs, moves = _read(vocab, "Ward clerk\n\nA ward clerk progresses to ward manager after two years.")
    assert needs == [] and moves == [("ward-clerk", "ward-manager")]
