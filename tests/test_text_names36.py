"""How a requirement or duty is named as a skill (stop 36: light verbs, filler and judgement words, series).

The wording, roles and trades here are our own (a rail depot, a hotel, a bakery, ...); each test fails on the code
before the change it is about.
"""

from __future__ import annotations

from pathlib import Path

from text_helpers import named, needs, read

from careergraph.loaders.text_requirements import skill_names


def _names(item: str, *, predicate: bool = False) -> list[str]:
    return [s.name for s in skill_names(item, predicate=predicate)]


# --- requirements.duty-names: "undertake" is a light verb, as "conduct" and "carry out" are -------------------------


def test_undertake_is_a_light_verb_whose_object_names_the_duty() -> None:
    assert _names("Undertake weekly fridge temperature checks") == ["Weekly fridge temperature checks"]
    got = _names("Inspects the track, undertakes minor repairs and reports faults to the signaller")
    assert got == ["Track inspection", "Minor repairs", "Fault reporting"], got


def test_undertake_in_a_list_of_a_rail_depot_page(tmp_path: Path) -> None:
    page = (
        "# Track maintenance operative\n\n"
        "Duties:\n\n"
        "- walks the line, undertakes minor repairs and reports faults to the signaller\n"
        "- clears vegetation from the lineside\n"
    )
    got = needs(read(tmp_path, page)).get("track-maintenance-operative", set())
    assert "minor repairs" in got, got
    assert not named(got, "undertake"), got
