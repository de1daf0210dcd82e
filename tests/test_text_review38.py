"""Review of stop 37: rules whose work was made cheaper keep their answers (our own wording and trades)."""

from __future__ import annotations

from pathlib import Path

from text_helpers import read, roles

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
