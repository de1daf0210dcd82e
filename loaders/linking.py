"""Linking what documents name to the nodes of a graph they are merged onto (the knowledge base).

The text loader reads documents with no knowledge of the knowledge base's vocabulary; when its
facts are merged onto the knowledge base (the default of ``careergraph build``), each role,
skill or job group it read is linked to the knowledge-base node that bears the same name or
alias, compared by :func:`name_form`, and takes that node's key.

Examples
--------
>>> from careergraph.graph.store import add_node, new_graph
>>> kb = new_graph()
>>> _ = add_node(kb, "Role", "Operations director", aliases=["director of operations"])
>>> link_keys({"director-of-operations": {"label": "Role", "name": "Director of operations"}}, kb)
{'director-of-operations': 'operations-director'}
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from typing import Any

import networkx as nx

from careergraph.graph.naming import singular

__all__ = ["link_keys", "name_form", "node_forms"]

#: words that do not tell two names apart ("director of e-commerce" is "e-commerce director")
_NAME_FILLER = frozenset({"of", "the", "a", "an", "for", "in", "on", "at", "with", "and", "&"})
_WORDS = re.compile(r"[a-z0-9]+|[\u3400-\u9fff]+")


def name_form(name: str) -> frozenset[str]:
    """What a role or skill name is compared by: its words, lower case, singular, in any order.

    Hyphens and spaces inside a word do not count ("e-commerce" is "ecommerce"), nor do a few
    function words; a plural is made singular (:func:`careergraph.graph.naming.singular`).

    Examples
    --------
    >>> name_form("Director of E-commerce") == name_form("ecommerce directors")
    True
    >>> sorted(name_form("Sr. Account Managers"))
    ['account', 'manager', 'sr']
    >>> name_form("Managing agencies and processes") == name_form("agency process management")
    False
    >>> name_form("Agencies, processes") == name_form("agency, process")
    True
    """
    text = name.lower().replace("e-commerce", "ecommerce").replace("e-com", "ecom")
    return frozenset(singular(word) for word in _WORDS.findall(text) if word not in _NAME_FILLER)


def node_forms(data: Mapping[str, Any]) -> list[frozenset[str]]:
    """The forms of a node's name, its key read as words, and its aliases (empty ones left out)."""
    names: Iterable[str] = [data["name"], *(data.get("aliases") or ())]
    if "key" in data:
        names = [*names, str(data["key"]).replace("-", " ")]
    return [form for form in map(name_form, names) if form]


def link_keys(nodes: Mapping[str, Mapping[str, Any]], base: nx.MultiDiGraph) -> dict[str, str]:
    """For each node read from documents (key -> ``{label, name}``), the key of the base node it names.

    A node whose key the base already holds under the same label keeps it; otherwise the first
    base node of the same label with a name or alias of the same :func:`name_form` is its link.
    Nodes that name nothing in the base are left out of the result.
    """
    index: dict[tuple[str, frozenset[str]], str] = {}
    for key, data in base.nodes(data=True):
        for form in node_forms(data):
            index.setdefault((data["label"], form), key)
    out: dict[str, str] = {}
    for key, data in nodes.items():
        label = str(data["label"])
        if key in base and base.nodes[key]["label"] == label:
            continue
        form = name_form(str(data["name"]))
        hit = index.get((label, form)) if form else None
        if hit is not None:
            out[key] = hit
    return out
