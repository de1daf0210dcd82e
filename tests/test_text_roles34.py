"""Role recall, stop 34: job titles read whole in running text (our own text, trades other than e-commerce)."""

from __future__ import annotations

from pathlib import Path

from text_helpers import moves, read, roles


def test_british_trade_heads_the_american_lexicon_lacks_end_a_title(tmp_path: Path) -> None:
    # a rail depot and a care agency: head words of British trade titles that O*NET does not end titles with
    page = (
        "Depot news\n\n"
        "Our depot took on two trainee scaffolders and a railway signaller this winter.\n\n"
        "After six years as a shunter, Priya now runs the yard.\n\n"
        "The agency also needs a senior carer for its night rota.\n"
    )
    got = roles(read(tmp_path, page))
    assert {"trainee-scaffolder", "railway-signaller", "shunter", "senior-carer"} <= got
    assert "trainee" not in got


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
