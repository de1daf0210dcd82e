"""A verb written with "re-" and a hyphen is the verb done again, a verb of duty as the verb is (stop 46).

"- Re-stock the linen cupboard" in a list of duties is Re-stocking linen cupboard, no longer the item as written.
Each page is written for the test, in trades the rules were not written from (a hospital, a hotel).
"""

from __future__ import annotations

from pathlib import Path

from text_helpers import needs, read

from careergraph.loaders.text_requirements import verb_base


def test_re_hyphen_forms_are_verbs_of_duty() -> None:
    assert verb_base("re-stocks") == "re-stock"
    assert verb_base("re-checking") == "re-check"
    assert verb_base("re-") is None and verb_base("re-ward") is None


def test_re_hyphen_items_are_named_as_duties(tmp_path: Path) -> None:
    text = (
        "# Ward assistant\n\n"
        "As a ward assistant you will:\n\n"
        "- Re-stock the linen cupboard\n"
        "- Re-check the drug fridge\n"
        "- Greet visitors on the ward\n"
    )
    got = needs(read(tmp_path, text)).get("ward-assistant", set())
    assert "re-stocking linen cupboard" in got, got
    assert "re-checking drug fridge" in got, got
