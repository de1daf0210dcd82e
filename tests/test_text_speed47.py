"""Stop 48's speed changes: what they leave the same."""

from __future__ import annotations

import gc

import pytest

from careergraph.loaders import text_parse
from careergraph.loaders.text import default_vocabulary
from careergraph.loaders.text_extract import extract_facts


def test_the_loaded_pipeline_is_left_out_of_later_collections() -> None:
    if not text_parse.parser_available():
        pytest.skip("the trained pipeline is not installed")
    # the pipeline and the vocabulary, alive as long as the process, are frozen once loaded: a full collection no
    # longer walks them, and reading still leaves no garbage for it to find
    assert gc.get_freeze_count() > 10_000
    vocab = default_vocabulary()
    gc.collect()
    facts = extract_facts(vocab, "ward.txt", "A ward clerk grows into a ward manager in two years.")
    assert gc.collect() == 0
    assert list(facts.transitions) == [("ward-clerk", "ward-manager")]


def _rules(text: str) -> dict[tuple[str, str], list[str]]:
    facts = extract_facts(default_vocabulary(), "t.txt", text)
    return {pair: [e["rule"] for e in record["evidence"]] for pair, record in facts.requires.items()}


def test_a_need_right_after_the_subject_is_left_to_the_cue_reader() -> None:
    # the duty reader stops at a predicate that opens with a requirement cue; what the sentence needs is read as before
    assert _rules("Hotel porter\n\nA hotel porter must be able to lift heavy cases.") == {
        ("hotel-porter", "lifting-heavy-cases"): ["requirements.cue"]
    }
    assert _rules("Hotel porter\n\nA hotel porter is responsible for guest luggage and room keys.") == {
        ("hotel-porter", "guest-luggage"): ["requirements.cue"],
        ("hotel-porter", "room-keys"): ["requirements.cue"],
    }


def test_predicates_the_duty_reader_reads_past_a_need_are_still_its_own() -> None:
    # papers held (read by the cue reader, as before), work with a partner towards an aim and a focus on gerunds (the
    # duty reader's own readings): read as before the stop
    assert _rules("Ward clerk\n\nA ward clerk must hold a typing certificate.") == {
        ("ward-clerk", "typing-certificate"): ["requirements.cue"]
    }
    assert _rules("Site labourer\n\nA site labourer will work with the foreman to set out the trenches.") == {
        ("site-labourer", "setting"): ["requirements.work-with-to"]
    }
    focus = _rules("Night porter\n\nA night porter must focus on checking the doors and logging visitors.")
    assert focus[("night-porter", "door-checking")] == ["requirements.focus-on", "requirements.cue"]
