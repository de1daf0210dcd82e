"""What a holder is like is no part of the post's name (stop 49). A hyphenated word whose second half says what a
person is like ('results-driven', 'detail-oriented', 'patient-focused', 'data-savvy', 'growth-minded') before a
title is passed over: the title starts after it ("a results-driven Night Auditor": Night auditor), as a word in -ing
after a hyphen is ("high-performing") and as :func:`_inside_pair` already passes it over inside a longer title.

Each page is written for the test, in trades the rules were not written from (a hotel's night desk, a hospital ward).
"""

from __future__ import annotations

from pathlib import Path

from text_helpers import read


def _roles(tmp_path: Path, text: str) -> set[str]:
    return {n for n, d in read(tmp_path, text).nodes(data=True) if d["label"] == "Role"}


def test_a_driven_holder_is_the_post_alone(tmp_path: Path) -> None:
    text = "Night Auditor\n\nWe are seeking a careful and results-driven Night Auditor to balance the daily ledger.\n"
    got = _roles(tmp_path, text)
    assert "night-auditor" in got, got
    assert not any("driven" in r for r in got), got


def test_an_oriented_or_focused_holder_is_the_post_alone(tmp_path: Path) -> None:
    text = (
        "Ward Clerk\n\nThe ward needs detail-oriented ward clerks and patient-focused healthcare assistants"
        " to keep the bays running.\n"
    )
    got = _roles(tmp_path, text)
    assert "ward-clerk" in got and "healthcare-assistant" in got, got
    assert not any("oriented" in r or "focused" in r for r in got), got


def test_a_savvy_holder_is_no_post_of_its_own(tmp_path: Path) -> None:
    text = "Ward Clerk\n\nWard clerks work with tech-savvy coordinators to book the clinics.\n"
    got = _roles(tmp_path, text)
    assert not any("savvy" in r for r in got), got


def test_a_field_joined_by_a_hyphen_stays_in_the_title(tmp_path: Path) -> None:
    text = "Front-of-House Manager\n\nWe are hiring a front-of-house manager and a night-shift porter.\n"
    got = _roles(tmp_path, text)
    assert "night-shift-porter" in got, got
