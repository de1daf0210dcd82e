"""Role -> skill requirements lost inside an item that was read: a degree in brackets, and more.

The wording, roles and trades here are our own (a dental surgery, a bakery, a marina); each test fails on the code
before the change it is about.
"""

from __future__ import annotations

from pathlib import Path

from text_helpers import links, read, rules_of

# --- requirements.degree: a degree asked for in brackets after an item's own --------------------------------


def test_a_degree_in_brackets_after_the_items_own_is_read_too(tmp_path: Path) -> None:
    text = (
        "# Dental Receptionist\n\n"
        "Requirements\n"
        "- School diploma or similar (Dental Nursing diploma an advantage)\n"
        "- Knowledge of booking software (Dentally, SOE or alike)\n"
    )
    g = read(tmp_path, text)
    got = {skill for role, skill in links(g) if role == "dental-receptionist"}
    assert "dental-nursing-diploma" in got, got
    assert any("software" in skill for skill in got), got  # (the item after it reads as before)
    assert "requirements.degree" in rules_of(g, "dental-receptionist")
