"""Moves told on pages of kinds the rules were not written from (stop 28)."""

from __future__ import annotations

from pathlib import Path

from text_helpers import moves, read


def test_a_bare_title_after_then_to_is_the_next_step_of_a_move_told_before_it(tmp_path: Path) -> None:
    page = "Kitchen work\n\nMost cooks move from kitchen porter to line cook, then to supervisor or sous chef.\n"
    got = set(moves(read(tmp_path, page)))
    assert {("kitchen-porter", "line-cook"), ("line-cook", "supervisor"), ("line-cook", "sous-chef")} <= got
    assert ("kitchen-porter", "supervisor") not in got
    page = "Kitchen work\n\nMost cooks move from kitchen porter to line cook, and finally to supervisor.\n"
    assert ("line-cook", "supervisor") in set(moves(read(tmp_path, page)))


def test_a_word_of_order_before_to_without_a_move_told_reads_no_title(tmp_path: Path) -> None:
    page = "Kitchen work\n\nThe line cook preps sauces and then to supervisor rotas, checks the fridges.\n"
    assert not moves(read(tmp_path, page))
