"""Document structure for the text loader: headings, list items, table rows and the sections they open.

Career pages state most of their facts through layout rather than sentences: a title names the
role the page is about, a heading such as "Entry point from:" or "Requirements" says what the
list under it means, a table lists levels with their titles and years. These functions read
that layout from the text itself (the original characters, markup included), line by line, so
the rules can ask what kind of line a sentence stands on and which section it is in.

Examples
--------
>>> line_at("Skills\\n- keyword research\\n", 9).kind
'item'
>>> section_of("Entry Point From:"), section_of("Core Responsibilities"), section_of("Salary")
('from', 'needs', 'salary')
"""

from __future__ import annotations

import bisect
import itertools
import re
from typing import NamedTuple

__all__ = ["LEVEL_LINE", "LEVEL_LINE_BARE", "Line", "line_at", "section_of", "table_cells"]


class Line(NamedTuple):
    """One line of a document: its span, its kind and where its content starts (after a list marker).

    ``kind`` is ``"item"`` (a bulleted, numbered or lettered list item), ``"row"`` (a table row),
    ``"heading"`` (a short line that is not a sentence: no closing full stop, few words, or a
    Markdown ``#`` heading) or ``"text"``.
    """

    start: int
    end: int
    kind: str
    content: int


#: a list marker at the start of a line: bullets of every common shape, "1.", "2)", "a)", "(b)"
_MARKER = re.compile(r"[ \t]*(?:[-*+•·▪●◦‣⁃–—]|\(?(?:\d{1,2}|[a-zA-Z])[.)、](?!\d))[ \t]+")
_HEADING_MARK = re.compile(r"[ \t]*#{1,6}[ \t]+")
_EMOJI = re.compile(r"[\U0001F000-\U0001FAFF\u2600-\u27BF\uFE0F]+\s*")
_WORD = re.compile(r"[^\W\d_][\w'’-]*")
#: how much of a line is read to tell its kind
_LOOK = 400
#: a heading is a short line (fewer words than this) that does not end as a sentence does
_HEADING_WORDS = 10


def line_breaks(text: str) -> list[int]:
    """Where the line breaks of ``text`` are: for :func:`line_at` on a long text.

    Examples
    --------
    >>> line_breaks("a\\nbc\\n")
    [1, 4]
    """
    return [m.start() for m in _BREAK.finditer(text)]


_BREAK = re.compile("\n")


def line_at(text: str, at: int, breaks: list[int] | None = None) -> Line:
    """The line of ``text`` that holds character ``at``, with its kind.

    ``breaks`` (from :func:`line_breaks`) finds the line without scanning the text (a document
    of one long line would otherwise be scanned once per sentence).

    Examples
    --------
    >>> text = "# Buyer career\\n\\nBuyers choose stock.\\n1. Assistant buyer\\n| IC1 | Analyst |"
    >>> [line_at(text, k).kind for k in (2, 17, 40, 60)]
    ['heading', 'text', 'item', 'row']
    >>> line = line_at(text, 40)
    >>> text[line.content : line.end]
    'Assistant buyer'
    """
    if breaks is None:
        start = text.rfind("\n", 0, at) + 1
        end = text.find("\n", at)
        end = len(text) if end < 0 else end
    else:
        n = bisect.bisect_left(breaks, at)
        start = breaks[n - 1] + 1 if n else 0
        end = breaks[n] if n < len(breaks) else len(text)
    # only a line's opening decides its kind (a one-line document of megabytes is read per sentence)
    line = text[start : min(end, start + _LOOK)]
    long = end - start > _LOOK
    stripped = line.strip()
    if stripped.startswith("|") and stripped.count("|") >= 2:
        return Line(start, end, "row", start + line.index("|") + 1)
    marker = _MARKER.match(line)
    if marker is not None and marker.end() < len(line):
        return Line(start, end, "item", start + marker.end())
    mark = _HEADING_MARK.match(line)
    if mark is not None:
        return Line(start, end, "heading", start + mark.end())
    emoji = _EMOJI.match(line.lstrip())
    content = start + (len(line) - len(line.lstrip())) + (emoji.end() if emoji else 0)
    words = _WORD.findall(line)
    sentence_end = stripped.endswith((".", "!", "?", "。", "！", "？", ";", "；"))
    if not long and words and len(words) < _HEADING_WORDS and not sentence_end:
        return Line(start, end, "heading", content)
    return Line(start, end, "text", content)


#: what a heading's list means, tested in order on the heading's words
_SECTIONS: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        "from",
        re.compile(
            r"\b(?:entry[ -]?(?:points?|level roles?)|entry from|enter(?:s|ing)? from|comes? from|promoted from"
            r"|previous (?:roles?|positions?|jobs?)|prior (?:roles?|positions?|experience)|feeder (?:roles?|jobs?)"
            r"|typical (?:entry|background)|where (?:they|you) come from|how to get (?:there|in)|paths? in(?:to)?)\b",
            re.I,
        ),
    ),
    ("lateral", re.compile(r"\b(?:lateral|sideways|side moves?|related (?:roles?|jobs?|careers?|positions?))\b", re.I)),
    (
        "to",
        re.compile(
            r"\b(?:advancement|advance(?:s|d)? to|next (?:steps?|roles?|moves?)|promot(?:ion|ed|es) to|progression"
            r"|moves? up|career growth|growth path|where (?:it|this role) leads|exit (?:roles?|opportunities))\b",
            re.I,
        ),
    ),
    ("salary", re.compile(r"\b(?:salary|salaries|pay|compensation|earnings?|wages?|income)\b", re.I)),
    (
        "needs",
        re.compile(
            r"\b(?:requirements?|required|responsibilit(?:y|ies)|duties|skills?|qualifications?|competenc(?:y|ies|e)"
            r"|what you(?:'|’)?ll do|what (?:you|they) do|you will|key tasks|tasks|must[- ]haves?|abilities"
            r"|knowledge|experience (?:needed|required)|day[- ]to[- ]day|functions"
            r"|what (?:do|does|will|would) [^?\n]{0,50}? need|you(?:'|’)?ll need|what you need)\b",
            re.I,
        ),
    ),
)


def section_of(heading: str) -> str | None:
    """What a heading says the lines under it are: ``from``, ``to``, ``lateral``, ``salary``, ``needs`` or None.

    Examples
    --------
    >>> section_of("Advancement To:"), section_of("Lateral Moves"), section_of("Hard Skills")
    ('to', 'lateral', 'needs')
    >>> section_of("Work/Life Balance") is None
    True
    """
    lowered = heading.lower()
    if not any(stem in lowered for stem in _SECTION_STEMS):
        return None  # (most lines name no section: a few substring tests instead of five patterns)
    for kind, pattern in _SECTIONS:
        if pattern.search(heading):
            return kind
    return None


#: a word stem of every section pattern above: a line holding none of them opens no section
_SECTION_STEMS = (
    "entr", "enter", "come", "promot", "previous", "prior", "feeder", "typical", "where", "how to", "path", "lateral",
    "sideways", "side move", "related", "advanc", "next", "progress", "move", "growth", "leads", "exit",
    "salar", "pay", "compensation", "earn", "wage", "income", "requir", "responsib", "dut", "skill", "qualif",
    "competen", "you", "what", "task", "must", "abilit", "knowledge", "experience", "day", "function", "need",
)


#: "Level 3: Team Lead (3-5 years)", "L4 - Area Manager", "Tier 1 – Associate", "IC2: Senior analyst"
LEVEL_LINE = re.compile(
    r"^[ \t>*#-]*(?:(?:level|tier|grade|band|step|stage|rung)\s*(?P<n>\d{1,2})"
    r"|(?P<code>(?:[A-Z]{1,3})(?P<m>\d{1,2})\+?))"
    r"\s*[:：.)–—-]\s*(?P<title>[^\n(|]{2,80}?)\s*(?:\((?P<paren>[^)\n]*)\))?\s*$",
    re.I | re.M,
)


#: the same without a mark after the level: "L4 Area Manager", "Level 2 Senior Picker" (a title must follow)
LEVEL_LINE_BARE = re.compile(
    r"^[ \t>*#-]*(?:(?:level|tier|grade|band|step|stage|rung)\s*(?P<n>\d{1,2})"
    r"|(?P<code>(?:[A-Z]{1,3})(?P<m>\d{1,2})\+?))"
    r"[ \t]+(?P<title>[A-Z][^\n(|:]{1,79}?)\s*(?:\((?P<paren>[^)\n]*)\))?\s*$",
    re.M,
)


def table_cells(text: str, line: Line) -> list[tuple[int, int]]:
    """The character spans of a table row's cells, stripped of spaces.

    Examples
    --------
    >>> text = "| IC1 | Analyst | 0–2 |"
    >>> [text[a:b] for a, b in table_cells(text, line_at(text, 0))]
    ['IC1', 'Analyst', '0–2']
    >>> text = "| IC2 | Lead | Coaches the te"
    >>> [text[a:b] for a, b in table_cells(text, line_at(text, 0))]
    ['IC2', 'Lead', 'Coaches the te']
    """
    out = []
    row = text[line.start : line.end]
    bars = [k for k, ch in enumerate(row) if ch == "|"]
    if bars and row[bars[-1] + 1 :].strip():
        bars.append(len(row))  # a row cut off before its closing bar keeps its last cell
    for a, b in itertools.pairwise(bars):
        lo, hi = line.start + a + 1, line.start + b
        while lo < hi and text[lo].isspace():
            lo += 1
        while hi > lo and text[hi - 1].isspace():
            hi -= 1
        out.append((lo, hi))
    return out
