"""Role -> skill requirements after a line's label and in a span of work (stop 35, from texts of our own).

The wording, roles and trades here are our own (a rail yard, a hotel, a bakery); each test fails on the code before
the change it is about.
"""

from __future__ import annotations

from pathlib import Path

from text_helpers import links, read

# --- requirements.colon-label: a sentence after a short label and a colon reads as one of its own ------------------


def test_a_post_after_a_label_does_its_duties(tmp_path: Path) -> None:
    page = "Rail Yard Jobs\n\nDuties: A yard lead checks the brakes and logs the wagons.\n"
    got = links(read(tmp_path, page))
    assert ("yard-lead", "brake-checking") in got, got
    assert ("yard-lead", "wagon-logging") in got, got


def test_holders_of_the_labels_post_after_an_opening_phrase(tmp_path: Path) -> None:
    page = (
        "Hotel Careers\n\n"
        "Night Porter: As the title says, night porters lock the doors and carry the luggage.\n"
    )
    got = links(read(tmp_path, page))
    assert ("night-porter", "door-locking") in got, got
    assert ("night-porter", "luggage-carrying") in got, got


def test_they_after_a_post_label_is_that_post(tmp_path: Path) -> None:
    page = "Bakery Careers\n\nKitchen Porter: They wash the pans and empty the bins.\n"
    got = links(read(tmp_path, page))
    assert ("kitchen-porter", "bin-emptying") in got, got
    assert any(role == "kitchen-porter" and "pan" in skill for role, skill in got), got


def test_a_label_followed_by_the_duties_reads_as_before(tmp_path: Path) -> None:
    page = "Rail Yard Jobs\n\nYard Lead: Checks the brakes and logs the wagons.\n"
    got = links(read(tmp_path, page))
    assert ("yard-lead", "brake-checking") in got, got
