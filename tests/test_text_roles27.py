"""Words read as titles that name no post, from pages we wrote ourselves in trades other than e-commerce
(stop 27 of issue 12)."""

from __future__ import annotations

from pathlib import Path

from text_helpers import read, roles


def test_staff_of_a_place_of_work_is_everyone_there_not_a_post(tmp_path: Path) -> None:
    text = (
        "Kitchen news\n\n"
        "Restaurant staff share the tips at the end of each week. Site personnel at the new branch must sign in, "
        "and the head chef trains the kitchen staff before the summer menu starts.\n"
    )
    found = roles(read(tmp_path, text))
    assert {"head-chef", "kitchen-staff"} <= found  # a field's staff is still a post
    assert not {"restaurant-staff", "site-personnel"} & found
