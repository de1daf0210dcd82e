"""A named person's earlier post told in an aside (stop 44): "A former staff nurse, Ann became ward manager in
2015" (the sentence was never read: no pronoun, no "as"), and "He has been head chef since 2018, having previously
been sous chef" (the adverb after "having" hid the participle, and it made the post held now an earlier one). Each
page is written for the test, in a trade the rules were not written from (a hospital, a restaurant kitchen).
"""

from __future__ import annotations

from pathlib import Path

from text_helpers import moves, read


def test_a_former_post_opening_the_sentence_leads_to_the_named_person_s_move(tmp_path: Path) -> None:
    for said, move in (
        ("A former staff nurse, Ann became ward manager in 2015.", ("staff-nurse", "ward-manager")),
        ("A former bricklayer, Tom is now a site manager.", ("bricklayer", "site-manager")),
    ):
        assert set(moves(read(tmp_path, f"Our people\n\n{said}\n"))) == {move}, said


def test_a_post_held_before_told_after_having_and_an_adverb_leads_to_the_post_held_now(tmp_path: Path) -> None:
    for said in (
        "He has been head chef since 2018, having previously been sous chef at the same restaurant.",
        "She is now head chef, having first worked as a sous chef.",
    ):
        assert set(moves(read(tmp_path, f"Kitchen team\n\n{said}\n"))) == {("sous-chef", "head-chef")}, said
