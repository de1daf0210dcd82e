"""Job titles in general: the words ending them, short titles, one-word titles (``careergraph.loaders.title_lexicon``).

The lexicon is derived from the O*NET 29.2 Database (``Occupation Data.txt`` and ``Alternate
Titles.txt``) by ``tools/title_lexicon.py`` and ships as ``loaders/data/title_lexicon.txt``, so
the text loader can recognise job titles in documents no rule was written from. Credit: this
includes information from the O*NET 29.2 Database by the U.S. Department of Labor, Employment and
Training Administration (USDOL/ETA), used under the CC BY 4.0 license; O*NET is a trademark of
USDOL/ETA; USDOL/ETA has not approved, endorsed, or tested these modifications.
"""

from __future__ import annotations

import functools
import gc
from dataclasses import dataclass, field
from importlib import resources

__all__ = ["TitleLexicon", "load_title_lexicon"]

_FILE = "title_lexicon.txt"
_KINDS = ("head", "title", "single")


@dataclass(frozen=True)
class TitleLexicon:
    """Lower-case job-title vocabulary.

    Attributes
    ----------
    heads : frozenset of str
        Words that end at least a few distinct titles and name a person ("manager", "buyer",
        "clerk"): a noun phrase ending in one is a job title.
    titles : frozenset of tuple of str
        Titles of one to four words, as word tuples (``("forklift", "operator")``).
    singles : frozenset of str
        One-word titles that name a person in running text ("cashier", "picker"); generic
        words such as "manager" or "associate" are left out.
    version : str
        The O*NET release the lexicon was derived from.
    credit : str
        The credit line the O*NET licence asks for, to show wherever the lexicon is used.
    """

    heads: frozenset[str] = field(repr=False)
    titles: frozenset[tuple[str, ...]] = field(repr=False)
    singles: frozenset[str] = field(repr=False)
    version: str
    credit: str = field(repr=False)

    def __repr__(self) -> str:
        return (
            f"TitleLexicon(version={self.version!r}, heads={len(self.heads)}, "
            f"titles={len(self.titles)}, singles={len(self.singles)})"
        )


@functools.cache
def load_title_lexicon() -> TitleLexicon:
    """The job-title lexicon that ships with careergraph, read once and cached.

    Returns
    -------
    TitleLexicon
        Heads, short titles and one-word titles, with the O*NET version and credit line.

    Raises
    ------
    ValueError
        If the shipped file is malformed (a packaging bug, not a user error).

    Examples
    --------
    >>> lexicon = load_title_lexicon()
    >>> lexicon.version
    '29.2'
    >>> "buyer" in lexicon.heads, "sales" in lexicon.heads
    (True, False)
    >>> ("forklift", "operator") in lexicon.titles, "cashier" in lexicon.singles, "manager" in lexicon.singles
    (True, True, False)
    >>> "CC BY 4.0" in lexicon.credit
    True
    """
    text = resources.files("careergraph.loaders").joinpath("data", _FILE).read_text(encoding="utf-8")
    collecting = gc.isenabled()
    gc.disable()  # some 150,000 new strings and tuples, none in a cycle: collections would only cost time
    try:
        meta, sections = _parse(text)
        heads = frozenset(line.partition("\t")[0] for line in sections["head"])
        titles = frozenset(map(tuple, map(str.split, sections["title"])))
        singles = frozenset(sections["single"])
    finally:
        if collecting:
            gc.enable()
    if "version" not in meta or "credit" not in meta:
        raise ValueError(f"{_FILE}: the header has no version or credit line")
    return TitleLexicon(heads, titles, singles, meta["version"], meta["credit"])


def _parse(text: str) -> tuple[dict[str, str], dict[str, list[str]]]:
    """The header's ``key: value`` lines, and each section's entries without their kind.

    The file holds its kinds in one block each, in the order of ``_KINDS``, so each block is cut
    out and split whole rather than line by line (this is most of the load time).
    """
    meta: dict[str, str] = {}
    end = 0
    while text.startswith("# ", end):
        stop = text.find("\n", end)
        stop = len(text) if stop < 0 else stop
        key, sep, value = text[end + 2 : stop].partition(": ")
        if sep:
            meta.setdefault(key, value)
        end = stop + 1
    body = "\n" + text[end:].rstrip("\n")
    sections: dict[str, list[str]] = {}
    for kind, following in zip(_KINDS, (*_KINDS[1:], None), strict=True):
        start = body.find(f"\n{kind}\t")
        stop = len(body) if following is None else body.find(f"\n{following}\t")
        block = body[start:stop] if start >= 0 and stop >= start else ""
        sections[kind] = block.replace(f"\n{kind}\t", "\n").split("\n")[1:]
        if block.count("\n") != block.count(f"\n{kind}\t"):
            raise ValueError(f"{_FILE}: the {kind} block holds other lines")
    if sum(map(len, sections.values())) != body.count("\n"):
        raise ValueError(f"{_FILE}: lines outside the head, title and single blocks, or blocks out of order")
    return meta, sections
