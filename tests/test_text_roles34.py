"""Role recall, stop 34: job titles read whole in running text (our own text, trades other than e-commerce)."""

from __future__ import annotations

from pathlib import Path

from text_helpers import moves, read


def test_posts_each_with_its_article_tried_for_leave_the_next_step_to_the_last(tmp_path: Path) -> None:
    # a kitchen: "an A or a B" joins the posts one step names, as "A or B" does
    page = (
        "How I got into kitchens\n\n"
        "I started as a kitchen porter. Then I tried to be a waiter or a commis chef. With luck it takes a year"
        " to become a qualified sous chef.\n"
    )
    got = moves(read(tmp_path, page))
    assert ("kitchen-porter", "commis-chef") in got
    assert ("waiter", "sous-chef") not in got
