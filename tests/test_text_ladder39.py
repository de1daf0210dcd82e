"""Whose duties a ladder level's list is (stop 39): progression pages whose levels each list duties.

Each page here is written for the test, in trades other than e-commerce (a hotel, a warehouse), so that what is
tested is the layout of the page, not the words of any page the rules were written from.
"""

from __future__ import annotations

from pathlib import Path

from text_helpers import needs, read, rules_of

HOTEL_LADDER = """Hotel Front Office Careers

Entry-Level Covers The Basics

Work at this stage centres on the desk itself. Key tasks include:

  • Checking guests in and out
  • Taking room reservations
  • Answering the switchboard

Common entry titles are Front Desk Agent, Night Auditor, or Concierge. Duration is often 12-18 months.

Mid-Level Runs The Shift

This stage brings charge of a whole shift. Added responsibilities include:

  • Building the weekly staff rota
  • Resolving guest complaints

Common titles are Front Office Supervisor or Shift Manager.

Senior Leadership and Budgets

Responsibilities evolve to:

  • Setting the room rate strategy
  • Managing the front office budget

Common titles are Front Office Manager or Rooms Director.
"""


def test_a_phrased_level_gives_its_list_to_the_titles_its_sentence_names_after_it(tmp_path: Path) -> None:
    g = read(tmp_path, HOTEL_LADDER)
    got = needs(g)
    for role in ("front-desk-agent", "night-auditor", "concierge"):
        assert any("switchboard" in s for s in got.get(role, set())), (role, got)
        assert not any("rota" in s for s in got.get(role, set())), (role, got)
    for role in ("front-office-supervisor", "shift-manager"):
        assert any("rota" in s for s in got.get(role, set())), (role, got)
        assert not any("room rate" in s for s in got.get(role, set())), (role, got)
    for role in ("front-office-manager", "rooms-director"):
        assert any("room rate" in s for s in got.get(role, set())), (role, got)
        assert not any("complaint" in s for s in got.get(role, set())), (role, got)
    off = read(tmp_path, HOTEL_LADDER, frozenset({"structure.level-blocks"}))
    assert not any("switchboard" in s for s in needs(off).get("front-desk-agent", set()))


WAREHOUSE_NO_TITLES = """Warehouse Careers

Entry-Level Means Learning The Floor

Key tasks include:

  • Picking orders with a handheld scanner
  • Packing parcels for dispatch

Mid-Level Means Running A Zone

Key tasks include:

  • Allocating pickers to zones
  • Tracking pick rates
"""


def test_a_phrased_level_naming_no_titles_gives_its_list_to_no_one(tmp_path: Path) -> None:
    g = read(tmp_path, WAREHOUSE_NO_TITLES)
    assert not any("pick" in s for got in needs(g).values() for s in got), needs(g)


LIBRARY_LADDER = """Working in public libraries

Here is how the posts rise, from the first one up:

1. Library Assistant (entry-level): check books in and out, register new members, answer enquiries at the counter

2. Branch Librarian: plan reading events, order new stock, supervise the assistants, run the reading groups

3. Head of Library Services (senior): set the service budget, negotiate supplier contracts, report to the council
"""


def test_a_numbered_rung_gives_the_duties_after_its_colon_to_its_title(tmp_path: Path) -> None:
    g = read(tmp_path, LIBRARY_LADDER)
    got = needs(g)
    assert any("member" in s for s in got.get("library-assistant", set())), got
    assert any("stock" in s for s in got.get("branch-librarian", set())), got
    assert any("budget" in s for s in got.get("head-of-library-services", set())), got
    assert not any("member" in s for s in got.get("branch-librarian", set())), got
    off = read(tmp_path, LIBRARY_LADDER, frozenset({"requirements.rung-duties"}))
    assert not any("member" in s for s in needs(off).get("library-assistant", set()))


LIBRARY_YEARS = """Working in public libraries

Here is how the posts rise, from the first one up:

1. Library Assistant: after a college course, usually for two years
2. Branch Librarian: once qualified, often from the assistants
"""


def test_a_rung_told_by_when_it_is_reached_names_no_duties(tmp_path: Path) -> None:
    g = read(tmp_path, LIBRARY_YEARS)
    assert "requirements.rung-duties" not in rules_of(g, "library-assistant") | rules_of(g, "branch-librarian")


GARAGE_LADDER = """Careers in a vehicle workshop

Mid-level

Typical titles at this stage are Vehicle Technician and MOT Tester. Responsibilities include:

  • Diagnosing engine faults
  • Carrying out annual inspections

Senior level

Titles here are Workshop Controller or Service Manager. Responsibilities include:

  • Scheduling the workshop bookings
  • Pricing repair estimates
"""


def test_a_list_announced_after_a_levels_titles_sentence_is_every_titles(tmp_path: Path) -> None:
    g = read(tmp_path, GARAGE_LADDER)
    got = needs(g)
    for role in ("vehicle-technician", "mot-tester"):
        assert any("fault" in s for s in got.get(role, set())), (role, got)
        assert not any("booking" in s for s in got.get(role, set())), (role, got)
    for role in ("workshop-controller", "service-manager"):
        assert any("booking" in s for s in got.get(role, set())), (role, got)
