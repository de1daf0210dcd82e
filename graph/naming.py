"""The form names are compared in, shared by name resolution and the stores that index it."""

from __future__ import annotations

import re
import unicodedata

__all__ = ["CODE_PROPERTIES", "normalize_name", "singular"]

#: Node properties holding a code a node can be asked for by (the standard taxonomies' codes),
#: matched like its key.
CODE_PROPERTIES = ("onet_soc", "esco_uri")


_SPLIT = re.compile(r"[^0-9a-z\u4e00-\u9fff]+")


#: plural endings made singular by another ending than a lone "s" dropped ("-es" after a hissing sound)
_PLURAL_ENDINGS = (("ies", "y"), ("sses", "ss"), ("shes", "sh"), ("ches", "ch"), ("xes", "x"), ("yses", "ysis"))


def singular(word: str) -> str:
    """A lower-case English word in the singular, by its ending (words of four letters or fewer kept as they are).

    A form to compare by, not to show: a word ending in "che" loses its "e", so that "niche" and "niches" (read as
    a plural of "-ch", like "coaches") are the same word.

    Examples
    --------
    >>> [singular(w) for w in ("managers", "companies", "processes", "dispatches", "boxes", "analyses")]
    ['manager', 'company', 'process', 'dispatch', 'box', 'analysis']
    >>> [singular(w) for w in ("sales", "status", "analysis", "business", "days", "ops")]
    ['sale', 'status', 'analysis', 'business', 'day', 'ops']
    >>> singular("niche") == singular("niches")
    True
    """
    if word.endswith("che"):
        return word[:-1]
    if len(word) <= 4 or not word.endswith("s"):
        return word if len(word) <= 3 or not word.endswith("s") or word.endswith(("ss", "us", "is")) else word[:-1]
    for plural, one in _PLURAL_ENDINGS:
        if word.endswith(plural) and len(word) - len(plural) >= 2:
            return word[: -len(plural)] + one
    return word if word.endswith(("ss", "us", "is")) else word[:-1]


def normalize_name(name: str) -> str:
    """The form names are compared in: lower case, words singular, separators as one space.

    Examples
    --------
    >>> normalize_name("Operation-Assistants")
    'operation assistant'
    >>> normalize_name("  After Sales  Customer Services ")
    'after sale customer service'
    >>> normalize_name("运营助理")
    '运营助理'
    """
    text = unicodedata.normalize("NFKC", name).lower()
    return " ".join(singular(w) for w in _SPLIT.split(text) if w)
