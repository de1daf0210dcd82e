"""A dash after a noun opens examples of it, no more words of its name: "through social channels—Facebook, Instagram,
etc." names the channels (stop 46), not "Social channels Facebook" and each example after it; a dash between figures
("3–5 years") or inside a compound with no spaces ("pick–pack") is left as it was.

Each page is written for the test, in a trade the rules were not written from (a hotel's marketing and housekeeping).
"""

from __future__ import annotations

from pathlib import Path

from text_helpers import needs, read

from careergraph.loaders.text_requirements import skill_names


def test_a_dash_after_a_noun_opens_examples(tmp_path: Path) -> None:
    text = (
        "Guest Relations Officer\n\n"
        "A Guest Relations Officer writes updates to reach guests through social channels—Facebook, Instagram,"
        " TikTok, etc.\n"
    )
    got = needs(read(tmp_path, text)).get("guest-relations-officer", set())
    assert "social channels" in got, got
    assert not any("facebook" in s or "instagram" in s or "tiktok" in s for s in got), got


def test_a_spaced_dash_ends_the_object() -> None:
    names = [s.name for s in skill_names("Order housekeeping supplies – bleach, mops and gloves", verb=True)]
    assert names == ["Housekeeping supply ordering"], names


def test_dashes_between_figures_or_inside_a_word_stay() -> None:
    assert [s.name for s in skill_names("3–5 years of experience in housekeeping")] == ["Housekeeping experience"]
    assert [s.name for s in skill_names("Linen pick–pack")] == ["Linen pick pack"]
