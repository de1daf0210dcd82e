"""General readings the seed articles (translated Chinese career pieces) need, each tested on pages we wrote
ourselves in other trades' words: a list of example jobs whose first example is a kind of work rather than a
post ("jobs such as home care, ward managers, midwives").
"""

from __future__ import annotations

from pathlib import Path

from text_helpers import read, roles


def test_an_example_list_of_jobs_keeps_its_posts_after_a_kind_of_work(tmp_path: Path) -> None:
    # the first example names a kind of work, not a post: it is skipped, the posts after it are still read
    text = (
        "Hospital careers\n\n"
        "The new wards created many new occupations, such as home care, bed managers, midwives, porters, etc.\n"
    )
    found = roles(read(tmp_path, text))
    assert {"bed-manager", "midwife", "porter"} <= found
    assert "home-care" not in found


def test_an_example_list_still_needs_posts(tmp_path: Path) -> None:
    # kinds of work alone, or a single post, make no list of posts
    text = "Plenty of jobs came with the port, such as shipping, customs, haulage and welders.\n"
    found = roles(read(tmp_path, text))
    assert not {"shipping", "custom", "haulage", "welder"} & found
