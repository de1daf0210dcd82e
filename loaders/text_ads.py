"""What job ads write around a title: job-board labels and titles written function last.

A job ad names its post on a title line or in a labelled field, and job boards and large employers
each have their habits there: a board's label before the title ("About the job Night Shift Porter",
"Job Title: ...", "Vacancy - ..."), and the rank written first with the function after a comma
("Manager, Treasury Operations", "Senior Director, Clinical Quality"). These functions find such
spans in the text itself; the loader reads each as one title.

Examples
--------
>>> text = "About the job Night Shift Ward Porter"
>>> text[title_field(text, 0, len(text)):]
'Night Shift Ward Porter'
>>> text = "Senior Manager, Treasury Operations, EMEA - Payments"
>>> found = inverted_title(text, 0, len(text))
>>> text[found.start : found.end], text[found.start : found.written]
('Senior Manager, Treasury Operations', 'Senior Manager, Treasury Operations, EMEA - Payments')
"""

from __future__ import annotations

import re
from typing import NamedTuple

from careergraph.loaders.text_nlp import STANDALONE_TITLES, TITLE_HEADS

__all__ = [
    "JOB_TITLE_LABEL",
    "InvertedTitle",
    "aside_label",
    "field_label",
    "inverted_title",
    "negated_value",
    "title_field",
    "title_value",
]

#: a job description's labelled title, anywhere on its line: "Job title: Returns Clerk", "Vacancy - Picker"
JOB_TITLE_LABEL = re.compile(
    r"(?:^|(?<=\s)|(?<=[*#>•-]))(?:job\s+title|position(?:\s+title)?|role\s+title|vacancy|post\s+title)\s*"
    r"(?:[:：]|\s[-–—]\s)\s*",
    re.I | re.M,
)
#: a job board's label opening a line before the title: "About the job X", "Role: X", "We're hiring: X"
_BOARD_LABEL = re.compile(
    r"[ \t*#>•·-]*(?:(?:about\s+the\s+(?:job|role|position)|(?:we\s+are|we['’]re|now)\s+hiring(?:\s+an?)?)"
    r"(?:\s*[:：]|\s[-–—])?\s+(?=(?-i:[A-Z]))"
    r"|(?:role|job|opening|job\s+opening|open\s+position|hiring)\s*(?:[:：]|\s[-–—]\s)\s*(?=(?-i:[A-Z])))",
    re.I,
)
#: what closes a title's written form on its line: a separator, a bracket or the line's end
_VALUE_END = re.compile(r"\s*(?:$|[|;(（]|\s[-–—]\s|,\s|\s{2,})", re.M)
#: a word of a title as ads write it: capitalised, or a joining word ("of", "and", "&", "/")
_TITLE_WORD = re.compile(r"(?:[A-Z][\w'’.-]*|of|and|&|/|[A-Z]+\d*)(?=\s|$)")
#: words of rank before the head of a title written function last ("Senior Manager, ...", "VP, ...")
_RANKS = frozenset(
    {"senior", "sr", "sr.", "junior", "jr", "jr.", "principal", "lead", "staff", "chief", "deputy", "assistant",
     "associate", "executive", "general", "group", "regional", "global", "area", "vice", "district"}
)
_LEAD_TITLES = frozenset({"vp", "svp", "evp", "avp", "president", "vice president"})
#: "Manager, Account Management": a rank and head, a comma, the function in capitalised words
_INVERTED = re.compile(
    r"(?P<head>(?:[A-Z][\w.]*\s+){0,2}[A-Z][A-Za-z]+),[ \t]+"
    r"(?P<function>[A-Z][\w'’-]*(?:[ \t]+(?:[A-Z][\w'’-]*|of|and|&|/)){0,4})"
    r"(?=[ \t]*(?:$|,|[(（|]|[ \t][-–—][ \t]))",
    re.M,
)


#: the last word of a workplace's name ("City Hospital", "Acme Ltd"): after a title and a comma it names where the
#: post was held ("Staff Nurse, City Hospital"), not the post's function
_WORKPLACE_ENDS = frozenset(
    {"hospital", "infirmary", "clinic", "surgery", "school", "college", "university", "academy", "hotel", "restaurant",
     "cafe", "café", "bank", "council", "trust", "ltd", "ltd.", "limited", "inc", "inc.", "llc", "plc", "co", "co.",
     "corp", "corp.", "company", "museum", "library", "church", "farm", "garage", "bakery", "brewery", "factory",
     "mill", "mine", "airport", "station", "prison", "gmbh", "pty"}
)
#: a bracket of years after a title ("(2011-2015)", "(2018 - present)"): a line of a CV, not an ad's title
_YEARS_BRACKET = re.compile(r"[ \t]*[(（][ \t]*(?:19|20)\d\d")
#: years after a comma, a bar or a dash (", 2015-2017", " | 2019 - present", ", June 2014 –"): a line of a CV
_YEARS_AFTER = re.compile(r"[ \t]*(?:[,|]|[ \t][-–—])[ \t]*(?:[A-Z][a-z]{2,8}\.?[ \t]+)?(?:19|20)\d\d\b(?![ \t]*[%+])")
#: heads written rank first, before a comma and their function, on a CV's line too ("Manager, Account Management,
#: 2019 - present"; the lead titles, _LEAD_TITLES, too); a trade's post before a comma is held at the place after
#: it ("Lifeguard, City Pool, 2015-2017")
_INVERTED_HEADS = frozenset(
    {"manager", "director", "head", "lead", "officer", "specialist", "analyst", "associate", "coordinator",
     "supervisor", "executive", "consultant", "administrator", "assistant", "adviser", "advisor", "partner",
     "engineer", "representative", "controller", "leader", "architect"}
) | _LEAD_TITLES


class InvertedTitle(NamedTuple):
    """A title written function last: the title (``start`` to ``end``) and its written form (to ``written``)."""

    start: int
    end: int
    written: int


def _is_head(word: str) -> bool:
    low = word.lower()
    return low in TITLE_HEADS or low in STANDALONE_TITLES or low in _LEAD_TITLES


def _ends_in_head(words: list[str]) -> bool:
    last = words[-1].lower()
    return _is_head(last) or (last.endswith("s") and _is_head(last[:-1]))


def title_field(text: str, lo: int, hi: int) -> int | None:
    """Where the title starts on a line ``text[lo:hi]`` that a job board's label opens, else None.

    Examples
    --------
    >>> line = "We're hiring: Mortgage Underwriter"
    >>> line[title_field(line, 0, len(line)):]
    'Mortgage Underwriter'
    >>> title_field("Role: leads who stay get a raise", 0, 32) is None
    True
    """
    found = _BOARD_LABEL.match(text, lo, hi)
    return found.end() if found is not None else None


def title_value(text: str, at: int, hi: int) -> int | None:
    """The end of a title written whole from ``at``: two to seven capitalised words ending in a job title's head.

    Examples
    --------
    >>> line = "Night Shift Ward Porter (Band 2)"
    >>> line[: title_value(line, 0, len(line))]
    'Night Shift Ward Porter'
    >>> title_value("Our Values and Benefits", 0, 23) is None
    True
    """
    stop = _VALUE_END.search(text, at, hi)
    end = stop.start() if stop is not None else hi
    words = text[at:end].split()
    if not 2 <= len(words) <= 7 or not all(_TITLE_WORD.fullmatch(w) for w in words) or not words[0][:1].isupper():
        return None
    return end if _ends_in_head(words) else None


def inverted_title(text: str, at: int, hi: int) -> InvertedTitle | None:
    """A title written function last from ``at`` ("Manager, Account Management"), with what follows it on the
    line as its written form ("..., RBS - Vendor Program"); None when the words after the comma are titles
    themselves ("Manager, Director"), or the words before it are no rank and head ("Store Manager, London").

    Examples
    --------
    >>> line = "Director, Clinical Quality"
    >>> inverted_title(line, 0, len(line))
    InvertedTitle(start=0, end=26, written=26)
    >>> inverted_title("Supervisor, Manager, Director", 0, 29) is None
    True
    >>> inverted_title("Store Manager, Leeds", 0, 20) is None
    True
    >>> inverted_title("Staff Nurse, City Hospital", 0, 26) is None
    True
    >>> inverted_title("Lifeguard, City Pool, 2015-2017", 0, 31) is None
    True
    """
    found = _INVERTED.match(text, at, hi)
    if found is None:
        return None
    head = found.group("head").split()
    if not _is_head(head[-1]) or not all(w.lower() in _RANKS for w in head[:-1]):
        if " ".join(head).lower() not in _LEAD_TITLES:
            return None
    function = found.group("function").split()
    if _ends_in_head(function) or function[-1] in {"of", "and", "&", "/"}:
        return None
    if function[-1].lower() in _WORKPLACE_ENDS or _YEARS_BRACKET.match(text, found.end(), hi):
        return None  # "Staff Nurse, City Hospital (2011-2015)": the post and where it was held
    if head[-1].lower() not in _INVERTED_HEADS and _YEARS_AFTER.match(text, found.end(), hi):
        return None  # "Lifeguard, City Pool, 2015-2017", "Barista, Blue Bottle Coffee | 2019": a post and its place
    written = len(text[:hi].rstrip(" \t.:"))  # the rest of the line: the unit, programme or place it is for
    return InvertedTitle(found.start(), found.end(), max(written, found.end()))


#: an aside an editor or aggregator adds to an ad's list: "📝 Enhancement Note: ...", "Note: ...", "Tip - ..."
_ASIDE = re.compile(
    r"[^\w\n]{0,6}(?:[A-Z][a-z]+[ \t]+)?(?:note|tip|hint|nb|n\.b\.|disclaimer|reminder|fyi|insight|editor['’]s note)"
    r"[ \t]*(?:[:：]|[ \t][-–—][ \t])",
    re.I,
)
#: a field whose value is the requirement: "Education: ...", "Experience: ...", "Minimum qualifications - ..."
_FIELD = re.compile(
    r"[^\w\n]{0,6}(?:(?:minimum|required|preferred|typical|desired|essential)[ \t]+)?"
    r"(?:education|experience|qualifications?|certifications?|licen[cs]es?|languages?|degree)"
    r"[ \t]*(?:[:：]|[ \t][-–—][ \t])[ \t]*(?=\S)",
    re.I,
)


def aside_label(text: str, at: int, hi: int) -> bool:
    """Whether the item at ``at`` is an aside ("Note: ...", "📝 Enhancement Note: ..."): a remark about the post,
    not an item of its list.

    Examples
    --------
    >>> aside_label("📝 Enhancement Note: The ward is busy at night.", 0, 47)
    True
    >>> aside_label("Notes and minutes of ward meetings", 0, 34)
    False
    """
    return _ASIDE.match(text, at, hi) is not None


def field_label(text: str, at: int, hi: int) -> int | None:
    """Where the value starts when the item at ``at`` is a field naming a kind of requirement ("Education: A
    degree in nursing"): the value, not the label, is what the post requires; else None.

    Examples
    --------
    >>> item = "Education: A degree in nursing"
    >>> item[field_label(item, 0, len(item)):]
    'A degree in nursing'
    >>> field_label("Rostering: planning shifts", 0, 26) is None
    True
    """
    found = _FIELD.match(text, at, hi)
    return found.end() if found is not None else None


#: a value saying nothing is needed: "None typically required", "Not required", "No experience needed", "N/A"
_NEGATED = re.compile(r"[^\w\n]{0,6}(?:none|not|no|n/a|nil)\b", re.I)


def negated_value(text: str, at: int, hi: int) -> bool:
    """Whether a short line says nothing is needed ("None typically required"): a fact sheet's value, which
    opens no list of requirements though it names one.

    Examples
    --------
    >>> negated_value("None typically required", 0, 24), negated_value("Nursing skills required", 0, 23)
    (True, False)
    """
    return _NEGATED.match(text, at, hi) is not None
