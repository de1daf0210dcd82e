"""Whose duties they are, and duties lost wholesale (stop 37, from texts of our own).

The wording, roles and trades here are our own (a bakery, a hotel front desk, a garden centre, a rail depot);
each test fails on the code before the change it is about.
"""

from __future__ import annotations

from pathlib import Path

from text_helpers import links, read, rules_of

# --- requirements.slash-owner: titles joined by slashes as the subject of duties ----------------------------------


def test_duties_of_titles_joined_by_a_slash_are_the_first_titles(tmp_path: Path) -> None:
    page = (
        "Weekend Jobs at the Corner Bakery\n\n"
        "The baker/pastry chef prepares bread dough before dawn and decorates birthday cakes.\n"
        "The counter assistant serves customers.\n"
    )
    g = read(tmp_path, page)
    got = links(g)
    assert ("baker", "bread-dough-preparation") in got, got
    assert "requirements.slash-owner" in rules_of(g, "baker")
    assert not any(role == "pastry-chef" for role, _ in got), got


def test_a_second_title_read_as_none_after_the_slash(tmp_path: Path) -> None:
    page = "Front Desk Roles\n\nThe night auditor/receptionist balances the accounts every night.\n"
    got = links(read(tmp_path, page))
    assert ("night-auditor", "balancing-accounts") in got, got


def test_a_label_of_two_titles_gives_its_skills_to_the_first(tmp_path: Path) -> None:
    page = (
        "Garden Centre Team\n\n"
        "| Plant care | Team Leader/Supervisor: Expert in rota planning and stock rotation. |\n"
        "| Sales | Cashier: Skilled in cash handling. |\n"
    )
    got = links(read(tmp_path, page))
    assert ("team-leader", "rota-planning") in got, got
    assert not any(role.endswith("supervisor") for role, _ in got), got


def test_a_step_of_two_posts_keeps_both(tmp_path: Path) -> None:
    page = (
        "Moving Up at the Depot\n\n"
        "Step Two: Yard Supervisor/Shift Manager\n"
        "Skills Developed: Rota planning and incident reporting.\n"
    )
    got = links(read(tmp_path, page))
    assert ("yard-supervisor", "rota-planning") in got, got
    assert ("shift-manager", "rota-planning") in got, got
