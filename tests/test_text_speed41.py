"""Stop 41's speed-ups of the text loader read as before: each rewritten look finds what the look it replaced found,
and a page of one very long line is read in time linear in its length (no look walks the whole line again at each
figure or post)."""

from __future__ import annotations

import random

import pytest

from careergraph.loaders import text_extract as te
from careergraph.loaders.text import default_vocabulary


@pytest.fixture(scope="module")
def vocab():  # type: ignore[no-untyped-def]
    return default_vocabulary()


def _texts() -> list[str]:
    """Random texts of the marks the looks ask for, with long stretches free of some of them."""
    rng = random.Random(41)
    out = []
    for _ in range(300):
        alphabet = rng.choice(["ab .\n", "ab !?", "a\n# -*", "ab;:,", "a .", "a\t •·>#\n-"])
        out.append("".join(rng.choice(alphabet) for _ in range(rng.randrange(0, 1200))))
    return out


def test_last_of() -> None:
    """_last_of finds the last of the marks before a char, as a search of the whole text back to its start does."""
    rng = random.Random(5)
    for text in _texts():
        for marks in (".!?\n", ";:", (". ", "\n", "? ", "! ")):
            at = rng.randrange(0, len(text) + 1)
            assert te._last_of(text, marks, at) == max(text.rfind(mark, 0, at) for mark in marks)


def test_post_line_lead() -> None:
    """_post_line_lead's walk back over a line's marks decides as the copy of the line stripped of them did."""
    rng = random.Random(7)
    for text in _texts():
        text = text + "Porter - Grand Hotel"
        for _ in range(5):
            start = rng.randrange(0, len(text) - 6)
            lead = te.Mention(te._ROLE, "porter", "Porter", True, start, start + 6, 0, 1)
            later = te.Mention(te._ROLE, "x", "X", True, len(text) - 5, len(text), 2, 3)
            line = text.rfind("\n", 0, lead.start) + 1
            old = not text[line : lead.start].strip(" \t#*-•·>") and "\n" not in text[lead.end : later.start] and (
                (cut := te._POST_LINE_CUT.match(text, lead.end)) is not None and cut.end() <= later.start
            )
            assert te._post_line_lead(text, lead, later) == old


def test_named_holder() -> None:
    """_named_holder looks for the line's start in the 60 chars before the post, as before."""
    for text in ["Posted by Helen Ward, ", "x\nPosted by Helen Ward, ", "a" * 100 + "\nTom Reed, ", "Tom Reed, "]:
        at = len(text)
        found = te._NAMED_HOLDER.search(text, max(text.rfind("\n", 0, at) + 1, at - 60), at)
        assert te._named_holder(text, at) == (found is not None)


def test_long_line_pay(vocab) -> None:  # type: ignore[no-untyped-def]
    """Figures of pay on one very long line are read as on lines of their own, and the line is not searched again
    for each figure (a 3.3-million-char page of such lines took minutes)."""
    rows = [f"A kiln fitter earns between {n},000 and {n + 4},000 yuan a month." for n in range(3, 9)]
    one_line = " ".join(rows * 40)
    lines = "\n\n".join(rows * 40)
    a = te.extract_facts(vocab, "a.txt", one_line)
    b = te.extract_facts(vocab, "b.txt", lines)
    assert sorted((s["min"], s["max"]) for s in a.salaries) == sorted((s["min"], s["max"]) for s in b.salaries)
    calls = 0
    real = te._ROW_FIGURE

    class Counted:
        def finditer(self, *args, **kwargs):  # type: ignore[no-untyped-def]
            nonlocal calls
            calls += 1
            return real.finditer(*args, **kwargs)

    te._ROW_FIGURE = Counted()  # type: ignore[assignment]
    try:
        te.extract_facts(vocab, "c.txt", one_line.replace("yuan", "dollars").replace("between ", "between $"))
    finally:
        te._ROW_FIGURE = real
    assert calls <= 2  # (once for the line, not once for each of its 480 figures)


def test_extend_new() -> None:
    """_extend_new adds what the walk of the list it replaced added, in the same order (duplicates inside the new
    pieces dropped too, dicts equal whatever their keys' order)."""
    rng = random.Random(3)
    for _ in range(200):
        pool = [{"start": rng.randrange(4), "end": rng.randrange(4), "rule": rng.choice("ab")} for _ in range(30)]
        pool += [{"rule": e["rule"], "end": e["end"], "start": e["start"]} for e in pool[:5]]
        into = rng.sample(pool, rng.randrange(0, 8))
        more = rng.sample(pool, rng.randrange(0, 20))
        old = list(into)
        old.extend(e for e in more if e not in old)
        te._extend_new(into, more)
        assert into == old and [id(e) for e in into] == [id(e) for e in old]
    into, more = [{"a": [1]}], [{"a": [1]}, {"a": [2]}]  # (a field that cannot be hashed)
    te._extend_new(into, more)
    assert into == [{"a": [1]}, {"a": [2]}]


def test_short_head_merge_many(vocab) -> None:  # type: ignore[no-untyped-def]
    """A post named thousands of times by its short and its full name is merged into one node with every piece of
    evidence once (in linear time: the merge walked the evidence list once for each piece)."""
    text = "\n\n".join(f"Kiln ops manager {k} met the kiln operations manager {k}." for k in range(600))
    facts = te.extract_facts(vocab, "kiln.txt", text)
    node = facts.nodes["kiln-operations-manager"]
    assert "kiln-ops-manager" not in facts.nodes
    spans = [(e["start"], e["end"]) for e in node["evidence"]]
    assert len(spans) == len(set(spans)) == 1200
