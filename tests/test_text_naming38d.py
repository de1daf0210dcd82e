"""How a duty or a need is named, and what names none (stop 38, fourth helper; texts of our own).

The wording, roles and trades here are our own (a depot, a bakery, a hotel); each test fails on the code before
the change it is about.
"""

from __future__ import annotations

from pathlib import Path

from text_helpers import item_names, needs, read

# --- requirements.duty-names: the state checked after "check / confirm / verify that" -------------------------------


def test_the_state_checked_after_check_that_names_the_work() -> None:
    assert item_names("Check that all trays are washed") == ["Washing trays"]
    assert item_names("Confirm that deliveries are counted") == ["Delivery counting"]
    assert item_names("Verifying that the tills are balanced") == ["Balancing tills"]
    # a clause of no state checked names nothing, not the bare verb
    assert item_names("Check that the manager knows") == []


def test_a_participle_ending_in_its_particle_names_the_work_with_it(tmp_path: Path) -> None:
    assert item_names("Check that all deliveries are signed for") == ["Signing for deliveries"]
    assert item_names("checking that the schedule is adhered to") == ["Adhering to schedule"]
    assert item_names("Ensure that complaints are dealt with") == ["Dealing with complaints"]
    # more after the particle is more than a state
    assert item_names("Ensure that stock is kept to a minimum") == []
    page = (
        "Depot Shift Lead\n\n"
        "What you will do\n"
        "- Check that the shift rota is kept to\n"
        "- Checking that all parcels are signed for\n"
        "- Make sure customer complaints are dealt with\n"
        "- Plan routes for the drivers\n"
    )
    got = needs(read(tmp_path, page)).get("depot-shift-lead", set())
    assert {"keeping to shift rota", "signing for parcels", "dealing with customer complaints"} <= got, got
    assert "checking" not in got, got


# --- requirements.duty-names: "comprehension of X" is an understanding of X ----------------------------------------


def test_comprehension_of_a_thing_names_the_thing(tmp_path: Path) -> None:
    assert item_names("a good comprehension of the menu") == ["Menu knowledge"]
    got = item_names("full comprehension of retail and finance principles")
    assert got == ["Retail principles", "Finance principles"]
    assert item_names("reading comprehension") == ["Reading comprehension"]
    page = (
        "Hotel Front Office Supervisor\n\n"
        "Requirements\n"
        "- A full comprehension of the booking system and room rates\n"
        "- Good comprehension of fire safety procedures\n"
    )
    got = needs(read(tmp_path, page)).get("hotel-front-office-supervisor", set())
    assert {"booking system", "fire safety procedures"} <= got, got
    assert not any("comprehension" in g for g in got), got


# --- requirements.duty-names: how the state seen to is brought about, after its participles -------------------------


def test_manner_words_after_a_state_seen_to_leave_its_work_named(tmp_path: Path) -> None:
    assert item_names("Ensure orders are checked and dispatched promptly") == ["Order checking", "Order dispatching"]
    assert item_names("Ensuring the trays are washed thoroughly") == ["Washing trays"]
    page = (
        "Bakery Dispatch Assistant\n\n"
        "Your duties\n"
        "- Make sure that the loaves are sliced and wrapped neatly\n"
        "- Drive the van to local cafes\n"
    )
    got = needs(read(tmp_path, page)).get("bakery-dispatch-assistant", set())
    assert "loaf wrapping" in got and "van driving" in got, got


# --- requirements.duty-names: "give" before the help given is a verb -----------------------------------------------


def test_give_before_help_given_is_a_verb() -> None:
    # as "provide advice and information" is named
    assert item_names("Give advice and information") == ["Advice", "Information"]
    assert item_names("Give information about the fares") == ["Information about fares"]
    assert item_names("give feedback to new starters") == ["Feedback"]
