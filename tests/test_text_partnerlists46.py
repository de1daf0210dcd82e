"""An opening phrase of whom the subject works with, its partners a list separated by commas ("Working closely
with reception, maintenance and room attendants, the successful candidate will ..."): the phrase ends at the
comma before the subject, whose duties the sentence tells; the partners do none of them (stop 46). Each page is
written for the test, in a trade the rules were not written from (a hotel).
"""

from __future__ import annotations

from pathlib import Path

from text_helpers import needs, read

_PAGE = (
    "Purpose of Role:\n"
    "The Head Housekeeper plays a key role within the rooms division.\n"
    "Working closely with reception, maintenance, laundry suppliers and room attendants, the successful candidate"
    " will independently manage daily room inspections.\n"
)


def test_the_subject_after_a_listed_partner_phrase_does_the_duties(tmp_path: Path) -> None:
    got = needs(read(tmp_path, _PAGE))
    assert any("inspection" in s for s in got.get("head-housekeeper", set())), got
    assert not got.get("room-attendant"), got
    off = needs(read(tmp_path, _PAGE, frozenset({"structure.partner-lists"})))
    assert not any("inspection" in s for s in off.get("head-housekeeper", set())), off

