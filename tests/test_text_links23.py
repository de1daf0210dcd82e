"""Requirement links, stop 23: page structures that carry what a role does or needs (texts written here, in
other trades than the pages the rules were read from)."""

from __future__ import annotations

from pathlib import Path

from text_helpers import extract, named, needs

# --- structure.needs-lists: a short line announcing the list under it -------------------------


_PHARMACY = (
    "# Pharmacy Technician\n\n"
    "Pharmacy technicians work behind the counter of a high-street pharmacy.\n\n"
    "A pharmacy technician's working day usually involves –\n\n"
    "• Preparing prescriptions for collection\n"
    "• Ordering stock from wholesalers\n"
    "• Checking expiry dates on the shelves\n"
)


def test_a_short_line_ending_in_a_dash_announces_the_duties_under_it(tmp_path: Path) -> None:
    got = needs(extract(tmp_path, _PHARMACY)).get("pharmacy-technician", set())
    assert named(got, "prescription") and named(got, "expiry")


def test_a_short_line_ending_in_a_colon_announces_them_too(tmp_path: Path) -> None:
    got = needs(extract(tmp_path, _PHARMACY.replace("involves –", "involves:"))).get("pharmacy-technician", set())
    assert named(got, "prescription") and named(got, "wholesaler")


def test_the_announcement_can_be_switched_off(tmp_path: Path) -> None:
    got = needs(extract(tmp_path, _PHARMACY, disabled=("structure.needs-lists",))).get("pharmacy-technician", set())
    assert not named(got, "prescription")
