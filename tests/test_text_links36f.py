"""Role -> skill links read past a phrase of where a post works (stop 36, a cause general to job pages).

The wording, roles and trades here are our own (a rail depot, a bakery counter); each test fails on the code before
the change it is about.
"""

from __future__ import annotations

from pathlib import Path

from text_helpers import links, read

# --- requirements.place-aside: "Posts in most places do X": the place phrase between a post and its verb ----------


def test_a_place_phrase_between_a_plural_post_and_its_verb_of_duty(tmp_path: Path) -> None:
    page = (
        "Depot Cleaner\n\n"
        "Depot cleaners at large stations sweep the carriages, empty the bins and wash the windows.\n"
    )
    got = links(read(tmp_path, page))
    skills = {skill for role, skill in got if role == "depot-cleaner"}
    assert any("sweep" in s for s in skills) and any("bin" in s for s in skills), got
    # (read as before with the rule off: nothing)
    off = links(read(tmp_path, page, frozenset({"requirements.place-aside"})))
    assert not off, off


def test_a_named_place_between_a_plural_post_and_its_verb_of_duty(tmp_path: Path) -> None:
    page = (
        "Bakery Counter Assistant\n\n"
        "Bakery counter assistants in Wales slice bread, pack cakes and restock the display counters.\n"
    )
    got = links(read(tmp_path, page))
    skills = {skill for role, skill in got if role == "bakery-counter-assistant"}
    assert any("bread" in s for s in skills) and any("cake" in s for s in skills), got


def test_a_trade_named_after_the_post_is_a_kind_of_it_and_no_place(tmp_path: Path) -> None:
    # "Cleaners at hospital laundry depots wash gowns": the words after "at" name a trade, a kind of the post
    page = (
        "Depot Cleaner\n\n"
        "Depot cleaners work for many trades. Depot cleaners at hospital laundry depots wash gowns and fold sheets.\n"
    )
    got = links(read(tmp_path, page))
    assert not any("gown" in s for _, s in got), got


# --- requirements.knowledge-label: "Local Knowledge: Receptionists need to be knowledgeable about ..." ----------


def test_a_label_of_knowledge_over_a_sentence_of_knowing_names_the_skill(tmp_path: Path) -> None:
    page = (
        "Tram Conductor\n\n"
        "What you need\n\n"
        "  • Route Knowledge: Conductors must know every stop on the line and the connections at each.\n"
        "  • Fare Knowledge: Conductors need to be knowledgeable about the fares and passes sold on board.\n"
    )
    got = links(read(tmp_path, page))
    skills = {skill for role, skill in got if role == "tram-conductor"}
    assert {"route-knowledge", "fare-knowledge"} <= skills, got
    assert not any("stop" in s or "pass" in s for s in skills), got
    off = links(read(tmp_path, page, frozenset({"requirements.knowledge-label"})))
    assert "route-knowledge" not in {s for _, s in off}, off


def test_a_label_of_knowledge_over_a_list_of_what_is_known_is_still_a_kind(tmp_path: Path) -> None:
    # "Technical knowledge: ..." followed by a list, no sentence of knowing: the list names the skills
    page = (
        "Tram Conductor\n\n"
        "What you need\n\n"
        "  • Technical Knowledge: ticket machines, card readers and the radio handset.\n"
    )
    got = links(read(tmp_path, page))
    assert not any(s == "technical-knowledge" for _, s in got), got


def test_a_place_phrase_between_a_post_in_the_singular_and_its_verb_of_duty(tmp_path: Path) -> None:
    page = (
        "Kennel Assistant\n\n"
        "A kennel assistant at a busy boarding kennel walks the dogs, cleans the pens and feeds the cats.\n"
    )
    got = links(read(tmp_path, page))
    skills = {skill for role, skill in got if role == "kennel-assistant"}
    assert any("dog" in s for s in skills) and any("pen" in s for s in skills), got
    off = links(read(tmp_path, page, frozenset({"requirements.place-aside"})))
    assert not any("dog" in s for _, s in off), off
