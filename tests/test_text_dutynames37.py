"""How a duty is named (stop 37, late round, from texts of our own).

The wording, roles and trades here are our own (a bakery, a rail depot, a hotel); each test fails on the code before
the change it is about.
"""

from __future__ import annotations

from pathlib import Path

from text_helpers import needs, read

# --- requirements.duty-names: two verbs joined by a slash opening a duty ---------------------------------------------


def test_two_verbs_joined_by_a_slash_are_read_as_joined_by_and(tmp_path: Path) -> None:
    page = (
        "Bakery Counter Assistant\n\n"
        "Duties:\n"
        "- Slice/wrap loaves for customers\n"
        "- Weigh/price pastries at the counter\n"
        "- Clean/sanitise the counter after each shift\n"
    )
    got = needs(read(tmp_path, page)).get("bakery-counter-assistant", set())
    assert not any("/" in s for s in got), got
    assert {"loaf wrapping", "pastry pricing", "counter cleaning"} <= got, got


# --- requirements.duty-names: an adjective that is a verb too, in a list of a person's qualities ---------------------


def test_an_adjective_that_is_a_verb_too_is_a_quality_beside_one(tmp_path: Path) -> None:
    page = (
        "Hotel Night Porter\n\n"
        "Who we are looking for:\n"
        "- alert and observant\n"
        "- a full driving licence\n"
    )
    got = needs(read(tmp_path, page)).get("hotel-night-porter", set())
    assert {"alert", "observant"} <= got, got
    assert not any("alerting" in s for s in got), got


# --- requirements.duty-names: a label in title case naming an activity, no verb before an object ---------------------


def test_a_titled_label_naming_an_activity_is_named_as_written(tmp_path: Path) -> None:
    page = (
        "Bakery Shift Lead\n\n"
        "Key responsibilities:\n"
        "- Record Keeping: logging oven temperatures every hour.\n"
        "- Schedule Coordination: agreeing the early rota with the bakers.\n"
    )
    got = needs(read(tmp_path, page)).get("bakery-shift-lead", set())
    assert {"record keeping", "schedule coordination"} <= got, got
    assert not any("recording" in s or "scheduling" in s for s in got), got


# --- requirements.duty-names: driving a vehicle or a round names the driving of it -----------------------------------


def test_driving_a_vehicle_or_a_round_names_the_driving_of_it(tmp_path: Path) -> None:
    page = (
        "Rail Depot Shunter\n\n"
        "Duties:\n"
        "- Drive the yard tractor between sidings\n"
        "- drive the night shuttle route for crews\n"
    )
    got = needs(read(tmp_path, page)).get("rail-depot-shunter", set())
    assert {"yard tractor driving", "night shuttle route driving"} <= got, got


# --- requirements.knowledge-label: a label of skills that the sentence after it restates -----------------------------


def test_a_label_of_skills_the_sentence_restates_names_the_skill(tmp_path: Path) -> None:
    page = (
        "Bakery Shop Supervisor\n\n"
        "What you bring:\n"
        "- Organisational Skills: Highly organised, keeping the bake plan and orders on track.\n"
        "- Numeracy Skills: Comfortable with figures and reconciling the till each night.\n"
    )
    got = needs(read(tmp_path, page)).get("bakery-shop-supervisor", set())
    assert "organisational skills" in got, got
    assert "till reconciliation" in got or any("reconcil" in s for s in got), got  # (a label not restated: as before)
