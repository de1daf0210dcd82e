"""The trained pipeline is loaded without reading its tokenizer from disk again (text_parse._BUILT_AS_SAVED): the
tokenizer its config builds must be the one saved with it, byte for byte, or the parses would change."""

from __future__ import annotations

import pytest

from careergraph.loaders import text_parse
from careergraph.loaders.text_parse import MODEL, parser_available


def test_tokenizer_built_is_the_one_saved() -> None:
    if not parser_available():
        pytest.skip("the trained pipeline is not installed")
    import spacy

    saved = spacy.load(MODEL, exclude=["ner", "lemmatizer", "senter"])  # (every part read from disk)
    built = text_parse._parser()
    assert "tokenizer" in text_parse._BUILT_AS_SAVED
    # (its rules, not the strings it has met: the pipeline read here may have parsed text before)
    assert built.tokenizer.to_bytes(exclude=["vocab"]) == saved.tokenizer.to_bytes(exclude=["vocab"])
    assert built.pipe_names == saved.pipe_names


def test_parses_unchanged() -> None:
    if not parser_available():
        pytest.skip("the trained pipeline is not installed")
    import spacy

    saved = spacy.load(MODEL, exclude=["ner", "lemmatizer", "senter"])
    built = text_parse._parser()
    texts = [
        "Ward clerks can't file the rota, e.g. the night shift's, and order stationery monthly.",
        "Porters (see www.example.org/jobs) earn £11.50/hr; U.K. rates vary :) and don't include tips.",
        "A site foreman oversees scaffolding, groundworks and health-and-safety checks.",
    ]
    for text in texts:
        a, b = saved(text), built(text)
        assert [(t.text, t.tag_, t.pos_, t.dep_, t.head.i) for t in a] == [
            (t.text, t.tag_, t.pos_, t.dep_, t.head.i) for t in b
        ]
