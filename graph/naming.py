"""The form names are compared in, shared by name resolution and the stores that index it."""

from __future__ import annotations

import re
import unicodedata

__all__ = ["CODE_PROPERTIES", "normalize_name"]

#: Node properties holding a code a node can be asked for by (the standard taxonomies' codes),
#: matched like its key.
CODE_PROPERTIES = ("onet_soc", "esco_uri")


_SPLIT = re.compile(r"[^0-9a-z\u4e00-\u9fff]+")


def _singular(word: str) -> str:
    if len(word) <= 3 or word.endswith(("ss", "us", "is")):
        return word
    if word.endswith("ies"):
        return word[:-3] + "y"
    if word.endswith(("ches", "shes", "xes", "sses")):
        return word[:-2]
    if word.endswith("s"):
        return word[:-1]
    return word


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
    return " ".join(_singular(w) for w in _SPLIT.split(text) if w)
