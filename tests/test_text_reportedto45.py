"""The post a clause reports to is no subject of the verb joined after it (stop 45).

"The position reports directly to the Director of Nursing and requires A": A is the page's post's need, not the
director's. Each page is written for the test, in a trade the rules were not written from (a hospital, a hotel).
"""

from __future__ import annotations

from pathlib import Path

from text_helpers import needs, read

_PAGE = (
    "Ward Manager\n\n"
    "Job summary\n\n"
    "The Ward Manager is responsible for the safe running of a 28-bed surgical ward. The position reports "
    "directly to the Director of Nursing and requires strong rota planning, budget control, and infection "
    "prevention.\n"
)


def test_a_need_after_reporting_to_a_post_is_the_reporting_posts(tmp_path: Path) -> None:
    got = needs(read(tmp_path, _PAGE))
    assert any("rota" in s for s in got.get("ward-manager", set())), got
    assert not any("rota" in s for s in got.get("director-of-nursing", set())), got
    off = needs(read(tmp_path, _PAGE, frozenset({"requirements.reported-to"})))
    assert any("rota" in s for s in off.get("director-of-nursing", set())), off


def test_a_relative_clause_after_the_post_reported_to_keeps_it_the_subject(tmp_path: Path) -> None:
    text = (
        "Night Porter\n\n"
        "The night porter reports to the Duty Manager, who must hold a licence to sell alcohol.\n"
    )
    got = needs(read(tmp_path, text))
    assert not any("licence" in s for s in got.get("night-porter", set())), got
