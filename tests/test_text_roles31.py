"""Role recall and precision, stop 31: posts the loader missed or made up on our own probe texts (trades other than
e-commerce)."""

from __future__ import annotations

from pathlib import Path

from text_helpers import read, roles


def test_plural_posts_a_verb_of_staffing_takes_are_posts(tmp_path: Path) -> None:
    page = (
        "Working on a shipyard\n\n"
        "The yard employs welders, painters and electricians on three shifts.\n\n"
        "As foreman you will supervise cleaners and mentor fitters.\n\n"
        "We need drivers who can start now.\n"
    )
    got = roles(read(tmp_path, page))
    assert {"welder", "painter", "electrician", "cleaner", "fitter"} <= got
    assert "driver" not in got  # people a relative clause describes, no post named

