"""Small general readings added in stop 25 by the lead (our own text, trades other than e-commerce)."""

from __future__ import annotations

from pathlib import Path

from tests.text_helpers import read, roles


def test_two_posts_compared_with_vs_are_two_titles(tmp_path: Path) -> None:
    page = (
        "Sous Chef vs Head Chef: How the Two Jobs Differ\n\n"
        "A sous chef runs the line. A head chef versus Kitchen Manager is a question of scale.\n"
    )
    got = roles(read(tmp_path, page))
    assert {"sous-chef", "head-chef", "kitchen-manager"} <= got
    assert not {r for r in got if "vs" in r.split("-") or "versus" in r.split("-")}
