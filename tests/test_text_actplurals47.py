"""A one-word item of a list that is the plural of a verb of work, a noun as often ("returns", "transfers",
"orders", "reviews"), counts acts of that work and names a skill beside the other items, as a plain noun in the
singular does (stop 47). Before, a plural was never read alone, and "reviews" was read as a verb with no object.
The page is our own, in a trade the rules were not written from (a hotel front desk); a vague plural ("issues")
still names nothing alone.
"""

from __future__ import annotations

from pathlib import Path

from text_helpers import needs, read

_PAGE = (
    "Front Desk Agent\n\n"
    "What you will do\n"
    "• Look after guest billing, including deposit holds, late checkouts, returns, and invoice queries.\n"
    "• Take care of luggage storage, lost property, transfers, and issues.\n"
    "• Support guest feedback, including online ratings, reviews, and complaint logging.\n"
)


def test_plural_of_work_beside_others_names_a_skill(tmp_path: Path) -> None:
    got = needs(read(tmp_path, _PAGE)).get("front-desk-agent", set())
    assert "returns" in got, got
    assert "transfers" in got, got
    assert "reviews" in got, got
    assert "late checkouts" in got, got


def test_vague_plural_names_nothing(tmp_path: Path) -> None:
    got = needs(read(tmp_path, _PAGE)).get("front-desk-agent", set())
    assert "issues" not in got, got
