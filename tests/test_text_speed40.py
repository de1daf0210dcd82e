"""Stop 40's speed-ups of the text loader read as before: each pre-check lets through whatever the test it guards
would find, and each rewritten walk finds what the walk it replaced found."""

from __future__ import annotations

import random

import pytest

from careergraph.loaders import text_extract as te
from careergraph.loaders.text import default_vocabulary
from careergraph.loaders.text_nlp import known_word

#: short pages in trades of their own, written for these tests
_PAGES = [
    "Kiln Operators at Brightfield Ceramics Ltd. fire the glazes. Mira joined as a Glaze Grinder in 2019 and was "
    "promoted to Kiln Supervisor. She started as a Junior Sorter, then worked as a Stone Trimmer.",
    "Tile setters carry out surface checks, grout joints and seal floors. A tile setter must be able to carry out "
    "levelling, cutting and sealing. Most small shops make $2,000 to $5,000 a month; a tile setter earns $1,900 a "
    "month.",
    "The firm bills a setter's time at $65 an hour. Setters earn $22 an hour, above the minimum wage of $12. "
    "Apprentice setters, trainee setters, and site foremen work in teams.",
]


@pytest.fixture(scope="module")
def vocab():  # type: ignore[no-untyped-def]
    return default_vocabulary()


def _docs(vocab):  # type: ignore[no-untyped-def]
    for text in _PAGES:
        doc = vocab.make_doc(text)
        doc.user_data["careergraph_text"] = text
        te._prepare(vocab, doc)
        yield doc, text


@pytest.mark.parametrize(
    "firm",
    ["Delivery Partner LLC", "Brightfield Ceramics Ltd.", "Kiln Works Limited", "Glaze Inc", "Tiles PLC",
     "Tiles plc", "Ofen GmbH", "Dune Pty", "Kora Pvt.", "Tessera Corp.", "Mason Co. ", "Grout Group Ltd",
     "Azulejo S.A.", "Tegel B.V.", "Fliesen AG"],
)
def test_firm_marks(firm: str) -> None:
    """A firm's name _FIRM_AFTER reads holds one of _FIRM_MARKS, the marks a page must hold to be tried at all."""
    assert te._FIRM_AFTER.match(" " + firm) is not None
    assert any(mark in firm for mark in te._FIRM_MARKS)


def test_firm_names_still_read(vocab) -> None:  # type: ignore[no-untyped-def]
    """A page with a firm's mark still drops the post its firm's name holds ("Glaze Mixer Ltd" is a firm)."""
    facts = te.extract_facts(vocab, "firm.txt", "Glaze Mixer Ltd - Stoke\n\nThe glaze mixer weighs the oxides.\n")
    quotes = [e["quote"] for n in facts.nodes.values() for e in n["evidence"]]
    assert "Glaze Mixer" not in quotes


@pytest.mark.parametrize(
    ("pattern", "words", "before"),
    [
        (te._FIRM_MAKES, te._FIRM_MAKES_WORDS, "most small shops make "),
        (te._FIRM_MAKES, te._FIRM_MAKES_WORDS, "a busy kiln shop can typically earn around "),
        (te._FIRM_MAKES, te._FIRM_MAKES_WORDS, "the outlets Bring In "),
        (te._FIRM_MAKES, te._FIRM_MAKES_WORDS, "franchises netted "),
        (te._FIRM_MAKES, te._FIRM_MAKES_WORDS, "stores turn over "),
        (te._FIRM_MAKES, te._FIRM_MAKES_WORDS, "websites generated "),
        (te._FIRM_MAKES, te._FIRM_MAKES_WORDS, "a salon grosses "),
        (te._FIRM_MAKES, te._FIRM_MAKES_WORDS, "most brands brought in "),
        (te._COMPARED_FLOOR, te._COMPARED_FLOOR_WORDS, "40% higher than the minimum wage of "),
        (te._COMPARED_FLOOR, te._COMPARED_FLOOR_WORDS, "above the Living Wage of "),
        (te._COMPARED_FLOOR, te._COMPARED_FLOOR_WORDS, "below the average Welsh salary of "),
        (te._COMPARED_FLOOR, te._COMPARED_FLOOR_WORDS, "compared with the median pay of "),
        (te._COMPARED_FLOOR, te._COMPARED_FLOOR_WORDS, "versus a typical kiln wage of "),
        (te._COMPARED_FLOOR, te._COMPARED_FLOOR_WORDS, "over the mean earnings at "),
        (te._BILLED, ("bill", "charge"), "the firm bills a setter's time at "),
        (te._BILLED, ("bill", "charge"), "setters are BILLED out at "),
        (te._BILLED, ("bill", "charge"), "the charge-out rate for setters is "),
        (te._BILLED, ("bill", "charge"), "the billing rate for setters is "),
    ],
)
def test_not_pay_gates(pattern, words: tuple[str, ...], before: str) -> None:  # type: ignore[no-untyped-def]
    """What _not_pay's patterns find before a figure holds a word of the gate in front of each (in lower case)."""
    assert pattern.search(before) is not None
    folded = te._case_folded(before)
    assert folded is None or any(word in folded for word in words)


def test_not_pay_still_read(vocab) -> None:  # type: ignore[no-untyped-def]
    """The figures those patterns read are still no one's pay; the setter's own are."""
    facts = te.extract_facts(vocab, "pay.txt", _PAGES[1] + "\n\n" + _PAGES[2])
    figures = sorted({s.get("min") for s in facts.salaries})
    assert 2000 not in figures and 65 not in figures and 12 not in figures
    assert 22 in figures and 1900 in figures


def _is_filler_before(words, norms, i):  # type: ignore[no-untyped-def]
    """_is_filler as it was before its first test was added."""
    if i + 1 < len(words.lower) and words.lower[i + 1] in {"/", "-"} and not words.space_after[i]:
        return False
    if i + 1 < len(words.lower) and words.lower[i + 1] in {"'s", "’s"}:
        return False
    if norms[i] == "carry":
        return te._skip_spaces(words, i + 1, 1) < len(words.lower) and words.lower[
            te._skip_spaces(words, i + 1, 1)
        ] == "out"
    return norms[i] in te._LEADING_FILLER or words.punct[i] or words.space[i]


def _cued_before(words, text):  # type: ignore[no-untyped-def]
    """_cued_agents' walk as it was: every token tested in turn."""
    found = []
    for k, lower in enumerate(words.lower):
        if (
            len(lower) < 6
            or not lower.endswith(("er", "or"))
            or not words.alpha[k]
            or not text[words.idx[k]].isupper()
            or lower in te.TITLE_HEADS
            or lower in te.LEXICON_SINGLES
            or lower in te.TAIL_HEADS
            or lower in te._FIRM_HEADS
            or lower in te._NOT_EARNERS
            or lower in te._STANDING_WORDS
            or not known_word(lower)
        ):
            continue
        found.append(k)
    return found


def test_walks_read_as_before(vocab) -> None:  # type: ignore[no-untyped-def]
    """_is_filler, _indexes and the tokens _cued_agents visits agree with the code they replaced, token by token."""
    visited_any = False
    for doc, text in _docs(vocab):
        words, norms = te._words(doc), te._doc_norms(doc)
        assert [te._is_filler(words, norms, i) for i in range(len(words.lower))] == [
            _is_filler_before(words, norms, i) for i in range(len(words.lower))
        ]
        assert te._indexes(words.lower, ",") == [x for x, w in enumerate(words.lower) if w == ","]
        visited = _cued_before(words, text)
        visited_any = visited_any or bool(visited)
        assert set(te._cued_agents(words, text)) <= set(visited)
    te._unprepare()
    assert visited_any  # ("Grinder", "Trimmer": the pages give the walk some to read)


def test_cued_agents_found(vocab) -> None:  # type: ignore[no-untyped-def]
    """ "joined as a Glaze Grinder ... promoted to Kiln Supervisor": the agent noun in capitals is a post."""
    doc, text = next(iter(_docs(vocab)))
    words = te._words(doc)
    assert [words.lower[k] for k in te._cued_agents(words, text)] == ["grinder", "trimmer"]
    te._unprepare()


def test_indexes() -> None:
    rng = random.Random(40)
    for _ in range(200):
        items = [rng.choice([",", "a", "b", "and"]) for _ in range(rng.randrange(0, 12))]
        assert te._indexes(items, ",") == [x for x, w in enumerate(items) if w == ","]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # (a line break and "and" between the commas: the walk passes both)
        ("The yard needs drivers, loaders and\n packers, and other cleaners to keep up.",
         ["loader", "packer", "cleaner"]),
        ("It keeps the kiln crews of tomorrow (leads, supervisors, packers, IT, and sorters) busy.",
         ["lead", "supervisor", "packer", "sorter"]),
        ("Kilns, glazes, and moulds wear out. Grinders, packers.", []),
    ],
)
def test_listed_plural_heads(vocab, text: str, names: list[str]) -> None:  # type: ignore[no-untyped-def]
    """mentions.listed-posts still reads a series whose commas have words, joins and spaces between them (the walk
    over a run is made only then: _series_between)."""
    doc = vocab.make_doc(text)
    doc.user_data["careergraph_text"] = text
    te._prepare(vocab, doc)
    assert [m.name for m in te._listed_plural_heads(doc, 0, [])] == names
    words = te._words(doc)
    commas = te._indexes(words.lower, ",")
    assert te._series_between(words, commas[0] + 1, commas[1])
    te._unprepare()
