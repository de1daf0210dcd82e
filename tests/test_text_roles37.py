"""Roles (job titles) a page names (stop 37, from the seeds' and the fresh24/fresh25 development sets' causes).

The wording, roles and trades here are our own (a bakery, a frozen food factory, a rail depot, ...); each test fails
on the code before the change it is about.
"""

from __future__ import annotations

from pathlib import Path

from text_helpers import read, roles

# --- mentions.placed-heads: a bare head held in a kind of place is the place's post ------------------------------


def test_a_bare_head_after_as_a_names_the_post_by_the_kind_of_place_it_is_held_in(tmp_path: Path) -> None:
    page = (
        "After school I found work as an assistant in a small village bakery. Two years later I took a job as an"
        " operator at a frozen food factory, and then as a clerk in a hardware store.\n"
    )
    got = roles(read(tmp_path, page))
    assert {"village-bakery-assistant", "frozen-food-factory-operator", "hardware-store-clerk"} <= got, got
    assert not {"assistant", "operator"} & got, got
    off = roles(read(tmp_path, page, frozenset({"mentions.placed-heads"})))
    assert "village-bakery-assistant" not in off and "assistant" in off, off


def test_no_post_of_a_place_that_is_no_kind_of_workplace_or_no_kind_at_all(tmp_path: Path) -> None:
    page = (
        "I worked as a manager in a large company for ten years. Before that I worked as a clerk at Harrods and as"
        " assistants in shops, and once as an operator in a hurry.\n"
    )
    got = roles(read(tmp_path, page))
    assert not any(key.endswith(("company-manager", "harrods-clerk", "hurry-operator")) for key in got), got
    assert "manager" in got, got
