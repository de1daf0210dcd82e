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
