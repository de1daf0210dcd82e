"""A sentence that sets its post against others before saying what it does: "Unlike a porter (who carries bags), a
concierge books tours" (stop 47); the duties after the comma are the concierge's, the posts set against it do none.

Each page is written for the test, in a trade the rules were not written from (a hotel lobby).
"""

from __future__ import annotations

from pathlib import Path

from text_helpers import needs, read

_HEAD = "Concierge\n\nA concierge works in a hotel lobby.\n\n"


def test_the_main_clauses_post_does_the_duties(tmp_path: Path) -> None:
    text = _HEAD + (
        "Unlike a porter (who carries bags) or a receptionist (who books rooms), a concierge arranges tours and"
        " restaurant tables.\n"
    )
    got = needs(read(tmp_path, text))
    concierge = " | ".join(sorted(got.get("concierge", set())))
    assert "tours" in concierge and "restaurant tables" in concierge, got
    assert not any("tour" in s for post in ("porter", "receptionist") for s in got.get(post, set())), got


def test_a_firm_set_against_others_names_no_duty(tmp_path: Path) -> None:
    got = needs(read(tmp_path, _HEAD + "Unlike many hotels, we pay our staff for every break.\n"))
    assert not any("break" in s or "staff" in s for skills in got.values() for s in skills), got
