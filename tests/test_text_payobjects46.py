"""Words of pay and benefits in what a duty works on name the duty (stop 46).

"Negotiate commission rates" is work on the rates, no benefit of the post; "enjoy a staff discount" stays
none. Each page is written for the test, in trades the rules were not written from (a hotel, a clinic).
"""

from __future__ import annotations

from pathlib import Path

from text_helpers import needs, read


def test_pay_words_in_a_worked_object_name_the_duty(tmp_path: Path) -> None:
    text = (
        "# Hotel sales\n\n"
        "The hotel sales manager will negotiate commission rates with suppliers.\n\n"
        "The clinic receptionist will process insurance claims and manage patient discounts.\n"
    )
    got = needs(read(tmp_path, text))
    assert any("commission rate" in s for s in got.get("hotel-sales-manager", set())), got
    assert any("insurance claim" in s for s in got.get("clinic-receptionist", set())), got
    assert any("discount" in s for s in got.get("clinic-receptionist", set())), got


def test_pay_had_by_the_worker_names_no_duty(tmp_path: Path) -> None:
    text = (
        "# Clinic jobs\n\n"
        "The clinic receptionist will greet patients. Receptionists enjoy a staff discount and earn a bonus,"
        " and they can join the pension scheme.\n"
    )
    got = needs(read(tmp_path, text))
    names = got.get("clinic-receptionist", set())
    assert names, got
    assert not any("discount" in s or "bonus" in s or "pension" in s for s in names), got
