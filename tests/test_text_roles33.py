"""Role recall, stop 33: posts the loader missed (our own text, trades other than e-commerce)."""

from __future__ import annotations

from pathlib import Path

from text_helpers import moves, needs, read, roles


def test_a_bare_head_spoken_of_as_people_is_the_post_in_general(tmp_path: Path) -> None:
    # a porter's story: the people above him named by the head word alone
    page = (
        "I started as a night porter at a seaside hotel.\n\n"
        "Whenever the manager was away I ran the front desk, and I asked my manager for more shifts.\n\n"
        "We had regular visits from directors, who liked to meet the staff.\n"
    )
    got = roles(read(tmp_path, page))
    assert {"night-porter", "manager", "director"} <= got


def test_a_bare_head_before_a_possessive_or_after_by_is_no_post_of_its_own(tmp_path: Path) -> None:
    page = (
        "Head Chef\n\n"
        "The Chef's main duty is to plan the menu.\n\n"
        "Budgets are set by managers at head office.\n\n"
        "Kitchen staff wear black trousers with trainers.\n"
    )
    got = roles(read(tmp_path, page))
    assert "manager" not in got
    assert "trainer" not in got


def test_people_met_in_a_told_duty_leave_the_duty_with_the_narrators_post(tmp_path: Path) -> None:
    page = (
        "I progressed from Kitchen Porter to Sous Chef within three years.\n\n"
        "I trained several apprentices and had frequent visits from directors.\n"
    )
    g = read(tmp_path, page)
    assert "director" in roles(g)
    assert any("apprentice" in skill for skill in needs(g).get("sous-chef", set()))


def test_each_post_section_keeps_its_own_move_list(tmp_path: Path) -> None:
    # one section per post, each ending in the posts it leads to: the next post's title opens its own section,
    # it is not one more item of the list above it (nor is every move the first post's)
    headed = (
        "# Careers in a warehouse\n\n"
        "## Forklift Driver\nMoves pallets between the dock and the racks.\n\n"
        "Can move on to:\n- Shift Supervisor\n- Yard Planner\n\n"
        "## Stock Controller\nCounts stock and settles differences with the system.\n\n"
        "Can move on to:\n- Inventory Manager\n"
    )
    labelled = (
        "Warehouse careers\n\n"
        "Forklift Driver\nMoves pallets between the dock and the racks.\nNext step: Shift Supervisor\n\n"
        "Stock Controller\nCounts stock and settles differences with the system.\nNext step: Inventory Manager\n\n"
        "Dispatcher\nPlans the routes of the vans each morning.\nNext step: Transport Planner\n"
    )
    assert set(moves(read(tmp_path, headed))) == {
        ("forklift-driver", "shift-supervisor"),
        ("forklift-driver", "yard-planner"),
        ("stock-controller", "inventory-manager"),
    }
    assert set(moves(read(tmp_path, labelled))) == {
        ("forklift-driver", "shift-supervisor"),
        ("stock-controller", "inventory-manager"),
        ("dispatcher", "transport-planner"),
    }
