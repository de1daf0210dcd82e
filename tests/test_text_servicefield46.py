""""Customer service" before a noun of a field of work ("... Customer Service Management", "customer service
operations") names that field, no post held by its service (stop 46). Each page is written for the test, in a
trade the rules were not written from (a hospital, a hotel).
"""

from __future__ import annotations

from pathlib import Path

from text_helpers import read, roles


def test_a_field_after_customer_service_names_no_post(tmp_path: Path) -> None:
    text = (
        "Key Responsibilities\n"
        "1. Outpatient Customer Service Management\n"
        "Lead the reception desks of both clinics and coach the booking clerks.\n"
        "2. Reporting\n"
        "Report waiting times to the ward managers and run multichannel customer service operations.\n"
    )
    got = roles(read(tmp_path, text))
    assert not any("outpatient" in key or "multichannel" in key for key in got), got


def test_a_post_named_by_its_service_is_still_read(tmp_path: Path) -> None:
    text = "I worked for two years in after-sale customer service at a hotel chain before I became a receptionist.\n"
    got = roles(read(tmp_path, text))
    assert any("after-sale" in key for key in got), got
