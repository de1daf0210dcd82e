"""A run of titles each with a bracketed aside of its work (stop 45).

"Head porter (runs the desk); Night porter (handles late arrivals); Concierge (tours and bookings)": each aside
tells its own title's work. Each page is written for the test, in a trade the rules were not written from (a
hotel, a hospital, a school).
"""

from __future__ import annotations

from pathlib import Path

from text_helpers import needs, read


def test_each_aside_in_a_run_of_titles_names_its_own_titles_work(tmp_path: Path) -> None:
    text = (
        "# Front of house staffing\n\n"
        "Posts to fill\n"
        "Head porter (luggage storage); Night auditor (handles cash reconciliation); "
        "Concierge (restaurant bookings and theatre tickets); Housekeeper (room inspections).\n"
    )
    got = needs(read(tmp_path, text))
    assert any("luggage" in s for s in got.get("head-porter", set())), got
    assert any("reconciliation" in s for s in got.get("night-auditor", set())), got
    assert any("booking" in s for s in got.get("concierge", set())), got
    assert any("inspection" in s for s in got.get("housekeeper", set())), got
    # (the rule off: no title is given its aside's work)
    off = needs(read(tmp_path, text, frozenset({"structure.listed-asides"})))
    assert not any("booking" in s for s in off.get("concierge", set())), off
    assert not any("inspection" in s for s in off.get("housekeeper", set())), off


def test_asides_of_levels_years_or_acronyms_name_no_work(tmp_path: Path) -> None:
    text = (
        "# Ward staffing\n\n"
        "Posts to fill\n"
        "Staff nurse (Band 5); Ward sister (3-5 years); Clinical nurse specialist (CNS); Matron (senior).\n"
    )
    got = needs(read(tmp_path, text))
    assert not any(got.get(k) for k in ("staff-nurse", "ward-sister", "clinical-nurse-specialist", "matron")), got
