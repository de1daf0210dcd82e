"""Review of stop 37: rules whose work was made cheaper keep their answers (our own wording and trades)."""

from __future__ import annotations

from pathlib import Path

from text_helpers import read, roles

from careergraph.loaders.text_requirements import skill_names

# --- mentions.tool-lists: a long list is walked up to its heading once, and every item gets the same answer -------


def test_every_item_of_a_long_equipment_list_is_a_thing_and_a_later_list_keeps_its_own_heading(tmp_path: Path) -> None:
    tools = [f"Sealer {k} operator" for k in range(120)]
    page = (
        "Dock Hand\n\nDock hands load and seal crates at the quay.\n\nEquipment used:\n"
        + "".join(f"- {t}\n" for t in tools)
        + "\n- Crate lifter operator\n\nCareer path\n- Quay supervisor\n- Harbour operations manager\n"
    )
    got = roles(read(tmp_path, page))
    assert {"dock-hand", "quay-supervisor", "harbour-operations-manager"} <= got, got
    assert not any(key.startswith("sealer") or key.startswith("crate") for key in got), got
    off = roles(read(tmp_path, page, frozenset({"mentions.tool-lists"})))
    assert "crate-lifter-operator" in off, off


# --- requirements.duty-names: "comprehension of" read as "understanding of" only where the word stands -----------


def test_comprehension_not_before_of_is_read_once_and_the_word_before_of_is_read_as_understanding() -> None:
    # (before: "comprehension often" and "incomprehension of" were read again and again, a RecursionError)
    assert skill_names("Good reading comprehension often helps at the counter") is not None
    assert skill_names("Avoid incomprehension of the timetable") is not None
    names = [n.name for n in skill_names("a full comprehension of bakery hygiene rules")]
    assert names and not any("omprehension" in n for n in names), names
