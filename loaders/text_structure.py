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
import functools
import itertools
import re
from collections.abc import Iterator
from typing import Any

__all__ = [
    "CASELESS_KIN",
    "LEVEL_LINE",
    "LEVEL_LINE_BARE",
    "LINE_WORD",
    "MOVE_SECTIONS",
    "TITLES_LABEL",
    "YEARS_LABEL",
    "Line",
    "TupleRecord",
    "level_heading",
    "level_name",
    "level_number",
    "line_at",
    "names_section",
    "opens_level",
    "section_of",
    "table_cells",
]


class TupleRecord:
    """A record kept in slots that compares, hashes, orders, iterates, pickles and prints as the tuple of its
    fields, in the order of ``_fields``; a subclass lists its slots and gives ``_tuple``, the fields as one tuple.

    The interpreter reads a slot through its attribute cache, where a named tuple's field takes the slow generic
    look-up: records the rules read many times a sentence (:class:`Line`, the extractor's mentions) are these.

    Examples
    --------
    >>> line = Line(0, 9, "item", 2)
    >>> line == (0, 9, "item", 2), hash(line) == hash((0, 9, "item", 2)), tuple(line)
    (True, True, (0, 9, 'item', 2))
    >>> line < Line(0, 9, "text", 0), line
    (True, Line(start=0, end=9, kind='item', content=2))
    """

    __slots__ = ()
    _fields: tuple[str, ...] = ()

    def _tuple(self) -> tuple[Any, ...]:
        raise NotImplementedError

    def __iter__(self) -> Iterator[Any]:
        return iter(self._tuple())

    def __len__(self) -> int:
        return len(self._fields)

    def __getitem__(self, index: int) -> Any:
        return self._tuple()[index]

    def __eq__(self, other: object) -> bool:
        if isinstance(other, TupleRecord):
            return self is other or self._tuple() == other._tuple()
        if isinstance(other, tuple):
            return self._tuple() == other
        return NotImplemented

    def __hash__(self) -> int:
        return hash(self._tuple())

    def __lt__(self, other: TupleRecord) -> bool:
        return self._tuple() < other._tuple()

    def __le__(self, other: TupleRecord) -> bool:
        return self._tuple() <= other._tuple()

    def __gt__(self, other: TupleRecord) -> bool:
        return self._tuple() > other._tuple()

    def __ge__(self, other: TupleRecord) -> bool:
        return self._tuple() >= other._tuple()

    def __repr__(self) -> str:
        fields = ", ".join(f"{k}={v!r}" for k, v in zip(self._fields, self._tuple(), strict=True))
        return f"{type(self).__name__}({fields})"

    def __getstate__(self) -> tuple[Any, ...]:
        return self._tuple()

    def __setstate__(self, state: tuple[Any, ...]) -> None:
        for k, v in zip(self._fields, state, strict=True):
            setattr(self, k, v)


class Line(TupleRecord):
    """One line of a document: its span, its kind and where its content starts (after a list marker).

    ``kind`` is ``"item"`` (a bulleted, numbered or lettered list item), ``"row"`` (a table row),
    ``"heading"`` (a short line that is not a sentence: no closing full stop, few words, or a
    Markdown ``#`` heading) or ``"text"``.

    A :class:`TupleRecord`: compared, hashed and iterated as the tuple ``(start, end, kind, content)``.
    """

    __slots__ = ("content", "end", "kind", "start")
    _fields: tuple[str, ...] = ("start", "end", "kind", "content")

    def __init__(self, start: int, end: int, kind: str, content: int) -> None:
        self.start = start
        self.end = end
        self.kind = kind
        self.content = content

    def _tuple(self) -> tuple[int, int, str, int]:
        return (self.start, self.end, self.kind, self.content)


#: a list marker at the start of a line: bullets of every common shape, "1.", "2)", "a)", "(b)"
_MARKER = re.compile(
    r"[ \t]*(?:[-*+•·▪●◦‣⁃–—✔✓☑✅➤►▶➢■◆❖]\uFE0F?|\(?(?:\d{1,2}|[a-zA-Z])[.)、](?!\d))[ \t]+"
    # "1, responsible for ...": a number and a comma, as a translated page writes "1、" (a word follows)
    r"|[ \t]*\d{1,2},[ \t]*(?=[^\W\d_])"
    # ">" as a pasted page's bullet, a word right after it or a space between (not a quote of a quote, ">>")
    r"|[ \t]*>[ \t]*(?=[^\W\d_])"
    # "ii. Clean the kennels", "iv) ...": a small roman numeral; "o Walk the dogs": a word processor's round bullet
    # pasted as the letter "o" (before a capital)
    r"|[ \t]*\(?[ivx]{2,4}[.)][ \t]+|[ \t]*o[ \t]+(?=[A-Z])"
)
_HEADING_MARK = re.compile(r"[ \t]*#{1,6}[ \t]+")
_EMOJI = re.compile(r"[\U0001F000-\U0001FAFF\u2600-\u27BF\uFE0F]+\s*")
#: a word of a line, as the heading test counts them (a letter, then letters, digits, apostrophes, hyphens)
LINE_WORD = re.compile(r"[^\W\d_][\w'’-]*")
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
    >>> line = line_at(">Counting the float", 0)
    >>> line.kind, ">Counting the float"[line.content - line.start :]
    ('item', 'Counting the float')
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
    if not long and line.count(" | ") >= 2 and _barred_neighbour(text, start, end, line.count("|")):
        # "Role | Hourly rate | Sunday" over "Baker | $26.50 | $39.75": a table written without its outer bars
        return Line(start, end, "row", start)
    marker = _MARKER.match(line)
    if marker is not None and marker.end() < len(line):
        if (
            stripped.endswith((":", "："))
            and not long
            and len(LINE_WORD.findall(line)) < 5
            and _items_follow(text, end)
            and section_of(line[marker.end() :]) is not None
        ):
            # ("- Core responsibilities:" over "- Build ...": a label of a kind of list, marked as its own items
            # are, heads the list under it; not a lead among items, "- Usual jobs include:")
            return Line(start, end, "heading", start + marker.end())
        return Line(start, end, "item", start + marker.end())
    mark = _HEADING_MARK.match(line)
    if mark is not None:
        return Line(start, end, "heading", start + mark.end())
    emoji = _EMOJI.match(line.lstrip())
    content = start + (len(line) - len(line.lstrip())) + (emoji.end() if emoji else 0)
    sentence_end = stripped.endswith((".", "!", "?", "。", "！", "？", ";", "；"))
    if not long and not sentence_end and 0 < len(LINE_WORD.findall(line)) < _HEADING_WORDS:
        return Line(start, end, "heading", content)
    if not long and stripped.endswith("?") and 0 < len(LINE_WORD.findall(line)) < _HEADING_WORDS and (
        section_of(stripped) in MOVE_SECTIONS
    ):
        # "Where can this role lead?": a heading asking where the page's post leads, the posts under it the answer
        return Line(start, end, "heading", content)
    return Line(start, end, "text", content)


#: the kinds of section (see :func:`section_of`) whose lines name moves
MOVE_SECTIONS = frozenset({"to", "from", "lateral"})


def _items_follow(text: str, end: int) -> bool:
    """Whether the line after the one ending at ``end`` is a list item that does not end in a colon."""
    nxt = text.find("\n", end + 1)
    following = text[end + 1 : (len(text) if nxt < 0 else nxt)][:_LOOK].rstrip()
    marker = _MARKER.match(following)
    return marker is not None and marker.end() < len(following) and not following.endswith((":", "："))


#: what a heading's list means: each kind's alternatives (regular expressions, each opening with the letters it
#: always starts with), tried in order on the heading's words
_SECTION_WORDS: tuple[tuple[str, tuple[str, ...]], ...] = (
    (
        "from",
        (
            # ("comes from" and "came from" apart: an alternative's first letters are its stem, and "c" alone is in
            # every line, whose every "c" the pattern was then tried at)
            r"entry[ -]?(?:points?|level roles?)", r"entry from", r"enter(?:s|ing)? from", r"comes? from", r"came from",
            r"promoted from", r"previous (?:roles?|positions?|jobs?)", r"prior (?:roles?|positions?|experience)",
            r"feeder (?:roles?|jobs?)", r"typical (?:entry|background)", r"where (?:they|you) come from",
            r"how to get (?:there|in)", r"paths? in(?:to)?",
        ),
    ),
    (
        "lateral",
        (
            r"lateral", r"sideways", r"side moves?", r"related (?:roles?|jobs?|careers?|positions?)",
            # "Alternative paths", "Other routes", "Other career options": ways out of the ladder, not up it
            r"alternative (?:paths?|routes?|careers?|roles?|options?|directions?|tracks?)",
            r"other (?:paths?|routes?|careers? (?:paths?|routes?|options?)|options?|directions?|tracks?)",
            # "Transition Opportunities", "Transition paths": posts a holder may move across to
            r"transition (?:opportunit(?:y|ies)|paths?|options?|roles?|routes?)",
        ),
    ),
    (
        "to",
        (
            r"advancement", r"advance(?:s|d)? to", r"next (?:steps?|roles?|moves?)", r"promot(?:ion|ed|es) to",
            r"progression", r"moves? up", r"career growth", r"growth path",
            r"where (?:it|this (?:role|job|position|post|career)) (?:can |could |will |may |might )?leads?",
            r"exit (?:roles?|opportunities)",
            # "Where this role can take you", "Growth opportunities", "Opportunities for advancement"
            r"where (?:it|this (?:role|job|position)) (?:can |could |will )?(?:take|lead)s? you",
            # the same asked: "Where can this role lead?", "Where could this job take you?"
            r"where (?:can|could|will|may|might|does) (?:it|this (?:role|job|position|post|career)) (?:lead|take)",
            r"growth opportunit(?:y|ies)", r"opportunities for (?:growth|advancement|progression|promotion)",
            r"future (?:roles?|opportunities)",
        ),
    ),
    ("salary", (r"salary", r"salaries", r"pay", r"compensation", r"earnings?", r"wages?", r"income")),
    (
        "needs",
        (
            r"requirements?", r"required", r"responsibilit(?:y|ies)", r"duties", r"skills?", r"qualifications?",
            r"competenc(?:y|ies|e)", r"what you(?:'|’)?ll do", r"what (?:you|they) do", r"you will", r"key tasks",
            r"tasks", r"must[- ]haves?", r"abilities", r"knowledge", r"experience (?:needed|required)",
            r"day[- ]to[- ]day", r"functions", r"what (?:do|does|will|would) [^?\n]{0,50}? need",
            r"you(?:'|’)?ll need", r"what you need",
            # a job ad's headings: "About you", "You'll bring", "What we're looking for", "Nice to have"
            r"about you", r"candidate(?:'s|’s)? profile", r"desired profile", r"ideal profile",
            r"what you(?:'|’)?ll bring", r"you(?:'|’)?ll bring", r"you will bring",
            r"what you bring", r"who you are", r"what we(?:'|’)?re looking for", r"what we are looking for",
            r"we're looking for", r"we’re looking for", r"were looking for", r"ideal candidate",
            # the one an ad seeks, by a word of judging or as "someone": "The successful candidate will have:", "We
            # are looking for someone with:", "What we need from you"
            r"successful (?:candidate|applicant|person|individual)s?", r"right (?:candidate|applicant|person)s?",
            r"perfect (?:candidate|applicant|person)s?", r"suitable (?:candidate|applicant|person)s?",
            r"looking for someone", r"what we need", r"we need someone",
            r"nice[- ]to[- ]haves?", r"desirable", r"bonus points",
            r"person specification", r"about the (?:role|job)", r"in this role", r"what you(?:'|’)?ll be doing",
            r"job description",
            # a careers guide's and a UK ad's: "What does a buyer do?", "What the job involves", "Key accountabilities"
            r"what (?:does|do) (?:an?|the|your) [^?\n]{0,50}? do", r"what the (?:job|role|work) involves",
            r"what(?:'|’)?s involved", r"accountabilit(?:y|ies)", r"essential criteria", r"selection criteria",
            r"typical (?:day|week|working day)", r"your profile", r"tech stack",
            # a role's kit listed under it: "Typical stack:", "Key tools:", "Tools used:"
            r"typical (?:stack|tools|tool ?kit|technolog(?:y|ies))", r"key (?:tools|tool ?kit|technolog(?:y|ies))",
            r"main (?:tools|tool ?kit)", r"core (?:tools|stack)", r"usual (?:tools|stack)",
            r"tools (?:used|of the trade|and (?:stack|technolog(?:y|ies)))",
            # a job ad's list of the areas a post answers for: "Key Performance Areas", "Key Result Areas", "KPAs"
            r"key (?:performance|result|responsibility) areas?", r"kpas?", r"kras?",
            # a careers guide's hedged need and an ad's expectations: "You may need", "What we expect", "What it
            # takes", "How your work is done"
            r"you (?:may|might|could|would|should|usually|typically|generally|often|also) need",
            r"expectations", r"what (?:we|they) expect", r"what(?:'|’)?s expected", r"what is expected",
            r"what it takes", r"how (?:your|the) work is (?:done|conducted|carried out)",
            # a person specification's and a short ad's list labels: "Essential:", "You have:", "Must be:"
            # (the label alone, closing the line: not 'must be' or 'you have' inside a sentence)
            r"essentials?(?=\W*$)", r"you have(?=\W*$)", r"must be(?=\W*$)",
            # a careers guide's question over the qualities a holder has: "Are you …?", "Are you:" (the question
            # alone, closing the line)
            r"are you(?=\W*$)",
            # a careers guide's list of what a good holder is like: "Qualities of a great porter", "Personal
            # attributes", "Key traits", "What makes a good buyer?"
            r"qualities", r"traits", r"personal attributes", r"key attributes", r"attributes (?:of|for)",
            r"characteristics (?:of|for) (?:an?|the) (?:good|great|successful|effective|top)",
            r"what makes (?:an?|the) (?:good|great|successful|effective|top)",
            # a person specification's field ending the heading: "Experience", "Relevant experience"
            r"experience(?=\W*$)",
            # (not "A day in the life": the lines under it tell who does what, read sentence by sentence)
        ),
    ),
)


def _literal_start(alternative: str) -> str:
    """The letters an alternative of a section pattern always starts with, lower case.

    Examples
    --------
    >>> _literal_start(r"promot(?:ion|ed|es) to"), _literal_start(r"requirements?"), _literal_start(r"day[- ]to")
    ('promot', 'requirement', 'day')
    """
    out: list[str] = []
    for ch in alternative:
        if ch in "?*{":
            return "".join(out[:-1]).lower()  # the letter before is optional
        if ch in "[(\\.^$|+":
            break
        out.append(ch)
    return "".join(out).lower()


def _section_pattern(alternatives: tuple[str, ...]) -> tuple[re.Pattern[str], tuple[str, ...]]:
    """One kind's pattern and its stems: the pattern opens with a look-ahead for the first letters of its words
    (so that the scan passes over most words without trying every one); a line holding none of the stems (the
    letters each alternative starts with) cannot match, and is not tried."""
    stems = [_literal_start(a) for a in alternatives]
    if not all(stems):
        raise ValueError(f"a section alternative opens with no letter: {alternatives[stems.index('')]!r}")
    letters = "".join(sorted({stem[0] for stem in stems}))
    pattern = re.compile(rf"\b(?=[{letters}])(?:{'|'.join(alternatives)})\b", re.I)
    # (a stem holding a shorter one adds nothing to the test; the shortest first, the words most lines hold: any() over
    # them stops at the first a line holds)
    return pattern, tuple(sorted({s for s in stems if not any(o != s and o in s for o in stems)}, key=_short_first))


def _short_first(stem: str) -> tuple[int, str]:
    return len(stem), stem


_SECTIONS: tuple[tuple[str, re.Pattern[str], tuple[str, ...]], ...] = tuple(
    (kind, *_section_pattern(alternatives)) for kind, alternatives in _SECTION_WORDS
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
    for kind, pattern, stems in _SECTIONS:
        # (most lines name no section: a few substring tests before each pattern, not five patterns)
        if any(map(lowered.__contains__, stems)) and _matches_at_stems(pattern, _STARTS[kind], heading, lowered):
            return kind
    return _misspelt_section(lowered)


#: the long words that name a section alone, by kind, as a misspelt heading is matched to them (see
#: _misspelt_section); a short word has too many neighbours one letter away
_SECTION_SPELLINGS = {
    "responsibilities": "needs", "responsibility": "needs", "requirements": "needs", "requirement": "needs",
    "qualifications": "needs", "qualification": "needs", "competencies": "needs", "accountabilities": "needs",
    "progression": "to", "advancement": "to", "compensation": "salary",
}  # fmt: skip
#: the most words a heading matched by its spelling may have ("Key Responsabilities", "JOB REQUIRMENTS")
_MISSPELT_WORDS = 3


#: a word of ten letters or more (as LINE_WORD reads words), which a misspelt heading must hold
_LONG_LINE_WORD = re.compile(r"[^\W\d_][\w'’-]{9}")


@functools.lru_cache(maxsize=4096)  # (asked of a line by section_of and by names_section for each kind)
def _misspelt_section(lowered: str) -> str | None:
    """The kind of section a short heading names by a long section word misspelt by a letter (two in a word of
    twelve letters or more): "RESPONSABILITIES", "Requirments", "Key Qualifcations"; the word's first letter is
    as written. (Asked only of a line no section pattern read.)

    >>> _misspelt_section("responsabilities"), _misspelt_section("job requirments"), _misspelt_section("retirement")
    ('needs', 'needs', None)
    """
    if len(lowered) > 60 or len(lowered) < 10 or _LONG_LINE_WORD.search(lowered) is None:
        return None
    words = LINE_WORD.findall(lowered)
    if len(words) > _MISSPELT_WORDS:
        return None
    for word in words:
        if len(word) < 10:
            continue
        for target, kind in _SECTION_SPELLINGS.items():
            if target[0] == word[0] and abs(len(target) - len(word)) <= 2 and _within(
                word, target, 2 if len(target) >= 12 else 1
            ):
                return kind
    return None


def _within(a: str, b: str, most: int) -> bool:
    """Whether ``a`` is at most ``most`` edits (a letter added, dropped or changed) from ``b``.

    >>> _within("requirments", "requirements", 1), _within("retirement", "requirement", 1)
    (True, False)
    """
    if abs(len(a) - len(b)) > most:
        return False
    row = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        prev, row[0] = row[0], i
        low = row[0]
        for j, cb in enumerate(b, 1):
            prev, row[j] = row[j], min(row[j] + 1, row[j - 1] + 1, prev + (ca != cb))
            low = min(low, row[j])
        if low > most:
            return False
    return row[-1] <= most


#: each kind's pattern and stems (see _section_pattern)
_KINDS = {kind: (pattern, stems) for kind, pattern, stems in _SECTIONS}
#: each kind's alternatives' first letters that hold no other's at their start: where a match of its pattern may
#: start (see _matches_at_stems)
_STARTS = {
    kind: tuple(sorted({s for s in starts if not any(o != s and s.startswith(o) for o in starts)}, key=_short_first))
    for kind, starts in ((kind, [_literal_start(a) for a in alternatives]) for kind, alternatives in _SECTION_WORDS)
}
#: the letters a case-blind pattern reads as "i" or "s" that ``str.lower`` does not turn into them (a test that
#: looks for a pattern's words in the lower case lets a text holding one through); none is ASCII, so an ASCII text
#: holds none
CASELESS_KIN = ("\u0130", "\u0131", "\u017f")


def _matches_at_stems(pattern: re.Pattern[str], starts: tuple[str, ...], text: str, lowered: str) -> bool:
    """Whether ``pattern`` matches somewhere in ``text``, tried only where ``lowered`` (``text`` in lower case) has
    one of ``starts``, the letters every match starts with: a few look-ups and tries in place of a search of every
    word of a long line. (The pattern is searched when the lower case is not letter for letter, or holds a letter
    the pattern reads as another.)"""
    if len(lowered) != len(text) or (not text.isascii() and any(map(text.__contains__, CASELESS_KIN))):
        return pattern.search(text) is not None
    for start in filter(lowered.__contains__, starts):  # (most are not in the text: those are passed over in C)
        at = lowered.find(start)
        while at >= 0:
            if pattern.match(text, at) is not None:
                return True
            at = lowered.find(start, at + 1)
    return False


@functools.lru_cache(maxsize=16)  # (asked of a line once for each of its sentences: the last few lines are enough)
def names_section(text: str, kind: str) -> bool:
    """Whether :func:`section_of` reads ``text`` as a section of ``kind`` (a line holding none of that kind's
    stems, or that its pattern does not match, is not tried at all).

    Examples
    --------
    >>> names_section("Skills you need as a buyer", "needs"), names_section("Salary and skills", "needs")
    (True, False)
    """
    pattern, stems = _KINDS[kind]
    lowered = text.lower()
    # (that kind's pattern first: most lines are none, and the kinds tried before it need not be asked then; when
    # it matches, section_of would read the line as that kind unless a kind it tries before does, and only those
    # are asked: that kind's own test, section_of's, is the one just made)
    if any(map(lowered.__contains__, stems)) and _matches_at_stems(pattern, _STARTS[kind], text, lowered):
        return not _kind_before(text, lowered, kind)
    # (a misspelt heading, "RESPONSABILITIES": read so only when no kind's pattern reads the line)
    return _misspelt_section(lowered) == kind and section_of(text) == kind


def _kind_before(text: str, lowered: str, kind: str) -> bool:
    """Whether a kind that :func:`section_of` tries before ``kind`` reads ``text`` (``lowered``: its lower case)."""
    for other, pattern, stems in _SECTIONS:
        if other == kind:
            return False
        if any(map(lowered.__contains__, stems)) and _matches_at_stems(pattern, _STARTS[other], text, lowered):
            return True
    return False


#: words a heading of needs may hold beside its section's words: "Key skills", "Essential knowledge and abilities"
_HEADING_FILLERS = frozenset(
    "key core essential desirable required preferred technical soft hard personal professional general specific"
    " main other additional minimum and or of the a an your our you we what who for this job role position post"
    " candidate candidates ideal must nice to have be will need needs needed".split()
)


def names_a_need(text: str) -> bool:
    """Whether a line read as a heading of needs names a need of its own beside the section's words ("Knowledge of
    allergen management", "Basic computer skills"), as an item of a list without bullets does; "Key skills",
    "Skills and qualifications" and "Essential knowledge" name none.

    Examples
    --------
    >>> names_a_need("Knowledge of allergen management"), names_a_need("Basic computer skills")
    (True, True)
    >>> names_a_need("Key skills and qualifications"), names_a_need("Desirable experience:")
    (False, False)
    """
    pattern, _ = _KINDS["needs"]
    rest = pattern.sub(" ", text)
    words = [w.lower() for w in LINE_WORD.findall(rest)]
    return section_of(text) == "needs" and any(w not in _HEADING_FILLERS and w != "experience" for w in words)


#: "Level 3: Team Lead (3-5 years)", "L4 - Area Manager", "Tier 1 – Associate", "IC2: Senior analyst"
LEVEL_LINE = re.compile(
    r"^[ \t>*#-]*(?:(?:level|tier|grade|band|step|stage|rung)\s*(?P<n>\d{1,2})"
    r"|(?P<nth>first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|initial)[ \t]+"
    r"(?:level|tier|grade|band|step|stage|rung|position)"
    r"|(?P<code>(?:[A-Z]{1,3})(?P<m>\d{1,2})\+?))"
    r"\s*[:：.)–—-]\s*(?P<title>[^\n(|]{2,80}?)\s*(?:\((?P<paren>[^)\n]*)\))?\s*$",
    re.I | re.M,
)


_ORDINALS = {
    "initial": 1, "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10,
}  # fmt: skip


def level_number(found: re.Match[str]) -> int:
    """The number of a level line (:data:`LEVEL_LINE`): "Level 2", "L4", "Third Step".

    Examples
    --------
    >>> [level_number(LEVEL_LINE.match(x)) for x in ("Level 2: Buyer", "L4 - Area Manager", "Third Step: Teller")]
    [2, 4, 3]
    """
    groups = found.groupdict()
    if groups.get("nth"):
        return _ORDINALS[groups["nth"].lower()]
    return int(groups.get("n") or groups["m"])


#: the same without a mark after the level: "L4 Area Manager", "Level 2 Senior Picker" (a title must follow)
LEVEL_LINE_BARE = re.compile(
    r"^[ \t>*#-]*(?:(?i:level|tier|grade|band|step|stage|rung)\s*(?P<n>\d{1,2})"
    r"|(?P<code>(?:[A-Z]{1,3})(?P<m>\d{1,2})\+?))"
    r"[ \t]+(?P<title>[A-Z][^\n(|:]{1,79}?)\s*(?:\((?P<paren>[^)\n]*)\))?\s*$",
    re.M,
)


#: seniority words that name a level rather than a post, by rank ("Entry level", "Mid-level", "Senior level")
_LEVEL_RANKS = {
    "entry": 0, "beginner": 0, "junior": 0, "starter": 0, "graduate": 0, "foundation": 0, "trainee": 0,
    "mid": 1, "middle": 1, "intermediate": 1,
    "senior": 2, "advanced": 2, "experienced": 2,
    "lead": 3, "principal": 3, "expert": 3, "staff": 3,
    "executive": 4, "leadership": 4,
    "supervisory": 2, "management": 3, "managerial": 3,
}  # fmt: skip
#: a heading naming a level by a seniority word and a word for a level: "ENTRY LEVEL", "Mid-level roles
#: (2-5 years)", "Senior level: A, B" (what follows a colon is the level's titles)
_LEVEL_HEADING = re.compile(
    r"[ \t>*#•·-]*(?:\d{1,2}[.)][ \t]*)?(?P<word>" + "|".join(_LEVEL_RANKS) + r")[ \t-]?"
    r"(?:levels?|stages?|tiers?|grades?|roles?|positions?|jobs?)\b(?:[ \t]+(?:roles?|positions?|jobs?|titles?))?"
    r"[ \t]*(?:[(（](?P<paren>[^)）\n]{1,40})[)）])?[ \t]*(?:(?:[:：]|[ \t][–—-][ \t])[ \t]*(?P<rest>[^\n]*))?$",
    re.I,
)
#: a seniority word alone as the label of a line of titles: "Entry: Picker, Packer", "Senior - Shift Manager"
_LEVEL_LABEL = re.compile(
    r"[ \t>*#•·-]*(?P<word>" + "|".join(_LEVEL_RANKS) + r")(?P<paren>)[ \t]*(?:[:：]|[ \t][–—-][ \t])[ \t]*"
    r"(?P<rest>\S[^\n]*)$",
    re.I,
)
#: a level's number alone on its line: "Level 2", "## Tier 3", "Step 1:"
_LEVEL_NUMBER = re.compile(
    r"[ \t>*#•·-]*(?:level|tier|grade|band|stage|step|rung)[ \t]*(?P<n>\d{1,2}|(?:one|two|three|four|five|six|seven"
    r"|eight|nine|ten)\b)[ \t]*[:：.)]?[ \t*_]*$",
    re.I,
)
#: a level's number written as a word: "Level Three"
_NUMBER_WORDS = {w: i for i, w in enumerate("one two three four five six seven eight nine ten".split(), 1)}
#: words that make a numbered level's name a level rather than a title: "Level 1: Beginner / Entry-Level"
_LEVEL_NAME = re.compile(
    r"\b(?:entry[ -]?level|beginner|intermediate|mid[ -]?(?:level|career)|advanced|expert|foundation(?:al)?"
    r"|leadership|(?:junior|senior|executive)[ -]level|early[ -]career|novice|proficient)\b",
    re.I,
)


def level_name(title: str) -> bool:
    """Whether the name of a numbered level is a level rather than a job title.

    Examples
    --------
    >>> level_name("Beginner / Entry-Level"), level_name("Intermediate / Associate"), level_name("Team Lead")
    (True, True, False)
    """
    return _LEVEL_NAME.search(title) is not None


def level_heading(line: str) -> tuple[int, str | None, int | None] | None:
    """A line naming a level by seniority: (rank, the bracket after it, where titles after a colon start).

    Examples
    --------
    >>> level_heading("MID LEVEL")
    (1, None, None)
    >>> level_heading("Entry-level roles (0-2 years): Picker, Packer")
    (0, '0-2 years', 31)
    >>> level_heading("Senior roles demand judgement.") is None
    True
    >>> level_heading("Mid: Team Lead, Trainer")
    (1, None, 5)
    >>> level_heading("## Tier 3")
    (3, None, None)
    """
    numbered = _LEVEL_NUMBER.match(line)
    if numbered is not None:  # "Level 2" alone: its title stands on the next line
        n = numbered.group("n")
        return (int(n) if n.isdigit() else _NUMBER_WORDS[n.lower()]), None, None
    found = _LEVEL_HEADING.match(line) or _LEVEL_LABEL.match(line)
    if found is None:
        return None
    rest = found.start("rest") if found.group("rest") else None
    return _LEVEL_RANKS[found.group("word").lower()], found.group("paren") or None, rest


#: a heading naming a level by a seniority word and a phrase about it, in title case: "Entry-Level Focuses On
#: Execution", "Mid-Level Strategizes and Manages" ("level" after the word), or "Senior Strategy and Teams",
#: "Leadership Focuses On People" (the word alone: a level only above one already read, see :func:`level_phrase`)
_LEVEL_PHRASE = re.compile(
    r"[ \t>*#•·-]*(?:\d{1,2}[.)][ \t]*)?(?P<word>(?i:" + "|".join(_LEVEL_RANKS) + r"))(?P<level>[ \t-](?i:level)\b)?"
    r"(?P<rest>(?:[ \t]+(?:[A-Z][\w'’&-]*|and|of|on|the|to|in|for|with|a|an)){1,6})[ \t*_]*$",
)


def level_phrase(line: str) -> tuple[int, bool] | None:
    """A heading naming a level by a seniority word and a phrase in title case: (rank, whether "level" follows the
    word), or None.

    Examples
    --------
    >>> level_phrase("Entry-Level Focuses On Execution"), level_phrase("Senior Strategy and Teams")
    ((0, True), (2, False))
    >>> level_phrase("Senior roles demand judgement.") is None, level_phrase("Entry level salary") is None
    (True, True)
    """
    found = _LEVEL_PHRASE.match(line.strip())
    if found is None or not found.group("word")[:1].isupper():
        return None
    return _LEVEL_RANKS[found.group("word").lower()], bool(found.group("level"))


def opens_level(line: str) -> bool:
    """Whether a heading line opens a level of a ladder: named by seniority (see :func:`level_heading`) or by
    its number, with or without its name ("Level 2: Intermediate", "Tier 3", "Level 1 Entry").

    Examples
    --------
    >>> opens_level("ENTRY LEVEL"), opens_level("Level 2: Intermediate"), opens_level("Level 1 Entry")
    (True, True, True)
    >>> opens_level("Entry level salary"), opens_level("Levels of seniority")
    (False, False)
    """
    numbered = LEVEL_LINE.match(line) or LEVEL_LINE_BARE.match(line)
    return numbered is not None or level_heading(line) is not None


#: a line listing a level's job titles: "Job titles: A, B, C", "Example roles: A, B", "Typical positions - A"
TITLES_LABEL = re.compile(
    r"[ \t>*#•·-]*(?:(?:example|typical|common|sample|possible|other|usual)[ \t]+)?(?:job[ \t]+|role[ \t]+)?"
    r"(?:titles?|roles?|positions?|jobs?)(?:[ \t]+(?:include|includes|here))?[ \t]*(?:[(（][^)）\n]*[)）])?"
    r"[ \t]*(?:[:：]|[ \t][–—-][ \t])[ \t]*(?=\S)",
    re.I,
)
#: a line stating a level's years: "Experience: 0-2 years", "Years of experience - 3+", and the time a level is held
#: before the next: "Time to level: 6-12 months", "Time in level - 1-2 years", "Time to promotion: ..."
YEARS_LABEL = re.compile(
    r"[ \t>*#•·-]*(?:(?:typical|required|usual|minimum)[ \t]+)?(?:years[ \t]+of[ \t]+)?(?:experience|years|tenure"
    r"|time[ \t]+(?:to|in|at)[ \t]+(?:the[ \t]+)?(?:next[ \t]+)?(?:level|grade|promotion|role))"
    r"(?:[ \t]+(?:required|needed|level))?[ \t]*(?:[:：]|[ \t][–—-][ \t])[ \t]*(?=\S)",
    re.I,
)


def _barred_neighbour(text: str, start: int, end: int, bars: int) -> bool:
    """Whether the line just above or just below the one from ``start`` to ``end`` holds as many bars ("|") as it,
    and opens with none: the two are rows of one table written without its outer bars."""
    above = text.rfind("\n", 0, max(0, start - 1)) + 1 if start > 0 else -1
    if above >= 0:
        prev = text[above : start - 1]
        if prev.count("|") == bars and not prev.lstrip().startswith("|"):
            return True
    if end < len(text):
        below = text.find("\n", end + 1)
        nxt = text[end + 1 : len(text) if below < 0 else below]
        if nxt.count("|") == bars and not nxt.lstrip().startswith("|"):
            return True
    return False


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
    if bars and row[: bars[0]].strip():
        bars.insert(0, -1)  # a row written without its opening bar ("Baker | $26.50 | $39.75")
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


#: a layout edit: the span ``start``-``end`` of a page read as ``new`` (see :func:`layout_edits`)
Edit = tuple[int, int, str]

#: where list items run together with no space or break between them: a word in small letters (four or more, so not
#: "iPhone", "eBay") or a closing bracket, then a capital ("Lighting techniquesComposition and framing")
_GLUE = re.compile(r"(?<![A-Za-z])[a-z]{4,}(?=[A-Z])|(?<=[A-Za-z])\)(?=[A-Z][a-z])")
#: how many glued joins a line needs to be read as items run together (one alone may be a name: "localStorage")
_GLUED_JOINS = 2
#: the most words a run-together item may have (more is a sentence, whose glued word is a typing slip)
_GLUED_ITEM_WORDS = 8


def _glued_items(text: str) -> Iterator[Edit]:
    """Line breaks for list items run together on one line, as a page whose markup was dropped writes them
    ("Knife skillsMenu costingFood safety"): a break before each capital that follows a word in small letters.

    >>> text = "Skills\\nKnife skillsMenu costing (batch)Food safety\\n"
    >>> [text[:a] + "|" for a, _, _ in _glued_items(text)]
    ['Skills\\nKnife skills|', 'Skills\\nKnife skillsMenu costing (batch)|']
    >>> list(_glued_items("Store localStorage and sessionStorage keys.\\n"))
    []
    """
    # (the joins are looked for first, a scan the few pages with none pass quickly; then the lines with two)
    seen = -1
    for join in _JOIN.finditer(text):
        at = join.start() - 1  # (the letter or bracket before the capital the match holds)
        if at < seen:
            continue
        start = text.rfind("\n", 0, at) + 1
        end = text.find("\n", at)
        seen = end = len(text) if end < 0 else end
        if _JOIN.search(text, join.end(), end) is None:
            continue
        line = text[start:end]
        joins = [m.end() for m in _GLUE.finditer(line)]
        if len(joins) < _GLUED_JOINS or line.rstrip().endswith((".", "!", "?")):
            continue
        pieces = [line[a:b] for a, b in itertools.pairwise([0, *joins, len(line)])]
        if any(len(LINE_WORD.findall(piece)) > _GLUED_ITEM_WORDS for piece in pieces):
            continue
        for at in joins:
            yield start + at, start + at, "\n"


#: a capital after a small letter or a closing bracket: where a glued join (see _GLUE) may be (the capital is
#: matched, the letter before it looked back at: capitals are few, small letters most of a page, and a scan skips
#: what cannot open a match)
_JOIN = re.compile(r"[A-Z](?<=[a-z)][A-Z])")


#: a number alone on its line ("1", "2.", "3)"), the title it numbers on the next line with words (blank lines
#: between allowed)
_BARE_NUMBER = re.compile(
    r"^[ \t]*(?P<n>\d{1,2})(?P<mark>[.)、]?)(?P<gap>[ \t]*\n(?:[ \t]*\n)*[ \t]*)(?=[^\W\d_])", re.M
)
#: a number alone on a line after the first (the scan that tells whether _BARE_NUMBER is worth trying)
_BARE_NUMBER_LINE = re.compile(r"\n[ \t]*\d{1,2}[.)、]?[ \t]*\n")
#: the most words the numbered line may have (more is a paragraph, no title)
_BARE_TITLE_WORDS = 12


def _bare_numbers(text: str) -> Iterator[Edit]:
    """A number alone on its line over the line it numbers ("1" / "Pastry Cook" / "2" / "Head Baker"), in a run of
    two or more counting up by one: read as one numbered item ("1. Pastry Cook"), as a page whose list markup was
    dropped lost it.

    >>> text = "Path\\n1\\nPastry Cook\\n2.\\n\\nHead Baker\\nAverage age\\n42\\nSummary\\n"
    >>> [(text[a:b], new) for a, b, new in _bare_numbers(text)]
    [('\\n', '. '), ('\\n\\n', ' ')]
    """
    if len(_BARE_NUMBER_LINE.findall(text)) < 2:
        return  # (a run needs two numbers alone on their lines: most pages have none)
    found = [
        m for m in _BARE_NUMBER.finditer(text)
        if len(LINE_WORD.findall(text[m.end() : text.find("\n", m.end()) % (len(text) + 1)])) <= _BARE_TITLE_WORDS
    ]
    keep = [False] * len(found)
    for k, (a, b) in enumerate(itertools.pairwise(found)):
        if int(b.group("n")) == int(a.group("n")) + 1:
            keep[k] = keep[k + 1] = True
    for m, kept in zip(found, keep, strict=True):
        if kept:
            yield m.start("gap"), m.end("gap"), " " if m.group("mark") else ". "


#: a line that opens with a colon, the value of the short label on the line above ("Duties" / ": plan the menu")
_COLON_LINE = re.compile(r"^(?P<label>[^\n:：]{1,40}?)[ \t]*(?P<gap>\n(?:[ \t]*\n)*[ \t]*)(?P<colon>[:：])", re.M)
#: a line opening with a colon (the scan that tells where _COLON_LINE is worth trying)
_COLON_OPENS = re.compile(r"\n[ \t]*[:：]")
#: the most words such a label has (a Chinese label counts its characters a word each)
_COLON_LABEL_WORDS = 5


def _colon_lines(text: str) -> Iterator[Edit]:
    """A label alone on its line and its value on the next, opening with a colon ("Duties" / ": plan the menu"):
    read as one line, the colon after the label ("Duties: plan the menu").

    >>> text = "Head Baker\\nDuties\\n\\n:plans the menu\\n"
    >>> [(text[a:b], new) for a, b, new in _colon_lines(text)]
    [('\\n\\n:', ': ')]
    """
    for colon in _COLON_OPENS.finditer(text):
        # (the label is the line with words above the colon's, blank lines between)
        above = colon.start()
        while above > 0 and text[above - 1] in " \t\n":
            above -= 1
        m = _COLON_LINE.match(text, text.rfind("\n", 0, above) + 1)
        if m is None or m.end("colon") != colon.end():
            continue
        label = m.group("label").strip()
        words = len(LINE_WORD.findall(label)) + sum(1 for ch in label if "\u4e00" <= ch <= "\u9fff")
        if not label or words > _COLON_LABEL_WORDS or label.endswith((".", "!", "?", "。", ",", ";")):
            continue
        spaced = text[m.end("colon") : m.end("colon") + 1] in {" ", "\t"}
        yield m.start("gap"), m.end("colon"), m.group("colon") + ("" if spaced else " ")


#: the kinds of layout edit, each a rule that may be switched off by its id, and what finds its edits
_EDITS: tuple[tuple[str, Any], ...] = (
    ("structure.glued-items", _glued_items),
    ("structure.bare-numbers", _bare_numbers),
    ("structure.colon-lines", _colon_lines),
)


def layout_edits(text: str, disabled: frozenset[str] | set[str] = frozenset()) -> list[Edit]:
    """The edits that write layouts the rules do not read in the forms they do: list items run together
    (structure.glued-items), a number alone over the line it numbers (structure.bare-numbers), a label over its
    value opening with a colon (structure.colon-lines). Each edit is ``(start, end, new)``: the page's span read
    as ``new``; the edits are in order and do not overlap.

    >>> text = "Roles\\n1\\nBaker\\n2\\nHead Baker\\nDuties\\n: plans bakesBuys flourTrains staff\\n"
    >>> apply_edits(text, layout_edits(text))
    'Roles\\n1. Baker\\n2. Head Baker\\nDuties: plans bakes\\nBuys flour\\nTrains staff\\n'
    """
    edits: list[Edit] = []
    for rule, find in _EDITS:
        if rule not in disabled:
            edits.extend(find(text))
    if not edits:
        return edits
    edits.sort()
    kept = [edits[0]]
    for edit in edits[1:]:
        if edit[0] >= kept[-1][1] and (edit[0] > kept[-1][1] or edit[0] == edit[1] or kept[-1][0] == kept[-1][1]):
            kept.append(edit)
    return kept


def apply_edits(text: str, edits: list[Edit]) -> str:
    """``text`` with each edit's span written as its new text.

    >>> apply_edits("ab\\ncd", [(2, 3, ": "), (4, 4, "|")])
    'ab: c|d'
    """
    out, at = [], 0
    for start, end, new in edits:
        out += [text[at:start], new]
        at = end
    out.append(text[at:])
    return "".join(out)


def edited_at(edits: list[Edit]) -> Any:
    """A function taking an offset into the edited text (``apply_edits``) and whether it ends a span, to the offset
    in the text as written: a span's start inside an edit's new text moves to the edit's start, its end to the
    edit's end.

    >>> back = edited_at([(2, 3, ": "), (4, 4, "|")])
    >>> [back(k, False) for k in (0, 2, 3, 4, 5, 6, 7)], back(3, True)
    ([0, 2, 2, 3, 4, 4, 5], 3)
    """
    starts: list[int] = []
    # (an edit's end in the edited text, its start and end as written, the shift after it)
    rows: list[tuple[int, int, int, int]] = []
    shift = 0
    for start, end, new in edits:
        starts.append(start + shift)
        rows.append((start + shift + len(new), start, end, shift + len(new) - (end - start)))
        shift += len(new) - (end - start)

    def back(at: int, is_end: bool) -> int:
        k = bisect.bisect_right(starts, at) - 1
        if k < 0:
            return at
        new_end, start, end, after = rows[k]
        if at >= new_end:
            return at - after
        if at == starts[k]:
            return start
        return end if is_end else start

    return back
