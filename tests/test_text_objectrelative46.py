"""A post named past a sentence's start, with a relative clause of its own work (stop 46).

"Trainees have a clinical tutor, who provides technical support": the clause after the comma and "who" (or "that")
is the tutor's work, whoever the sentence's subject is. Each page is written for the test, in a trade the rules were
not written from (a hospital, a hotel).
"""

from __future__ import annotations

from pathlib import Path

from text_helpers import needs, read


def test_a_relative_clause_after_a_post_in_the_predicate_is_that_posts_work(tmp_path: Path) -> None:
    text = (
        "# Support for student nurses\n\n"
        "Each trainee has two mentors: the ward sister, a day-to-day boss with a focus on patient care, and the"
        " clinical tutor, that will provide technical and academic support.\n\n"
        "Trainees on nights have a duty porter, who checks the fire doors.\n"
    )
    got = needs(read(tmp_path, text))
    assert any("technical" in s for s in got.get("clinical-tutor", set())), got
    assert any("fire door" in s for s in got.get("duty-porter", set())), got
    # (the rule off: the clauses are nobody's work)
    off = needs(read(tmp_path, text, frozenset({"requirements.object-relative"})))
    assert not any("technical" in s for s in off.get("clinical-tutor", set())), off


def test_a_relative_clause_of_telling_or_reporting_is_no_work(tmp_path: Path) -> None:
    text = (
        "# How I got into hotels\n\n"
        "Above the receptionists is the front office manager, who reports to the general manager.\n\n"
        "On my first day I met a concierge, who told me to apply for the night shift.\n"
    )
    got = needs(read(tmp_path, text))
    assert not any("report" in s for s in got.get("front-office-manager", set())), got
    assert not got.get("concierge"), got
