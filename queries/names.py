"""Finding roles and skills by what people call them.

A role or skill is found by its key, its name or one of its aliases, insensitive
to case, plurals, hyphens and spacing ("Operation Assistants" finds the
operations assistant). An unknown name raises :class:`RoleNotFound` or
:class:`SkillNotFound` with up to three suggestions.
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass

import networkx as nx

from careergraph.graph.cache import cached
from careergraph.graph.errors import CareerGraphError, NodeNotFound, RoleNotFound, SkillNotFound, shorten
from careergraph.graph.naming import CODE_PROPERTIES, normalize_name
from careergraph.graph.schema import Label

__all__ = ["AmbiguousName", "normalize_name", "resolve", "resolve_node", "resolve_role", "resolve_skill"]


class AmbiguousName(CareerGraphError, LookupError):
    """A name that is an alias of several nodes and the key or name of none."""

    def __init__(self, name: str, candidates: list[str]) -> None:
        self.name = name
        self.candidates = candidates
        super().__init__(f"{shorten(name)} is ambiguous: it may mean {', '.join(repr(c) for c in candidates)}")


@dataclass
class _Index:
    # normalized form -> {label -> [(rank, key)]}; rank 0 key, 1 name, 2 alias
    forms: dict[str, dict[str, list[tuple[int, str]]]]
    display: dict[str, dict[str, str]]  # label -> normalized form -> a display string
    display_name: dict[str, str]  # key -> name


def _index(g: nx.Graph) -> _Index:
    return cached(g, "names", _build_index)


def _build_index(g: nx.Graph) -> _Index:
    forms: dict[str, dict[str, list[tuple[int, str]]]] = {}
    display: dict[str, dict[str, str]] = {}
    for node, data in g.nodes(data=True):
        label = data.get("label", "")
        names = [(0, str(node)), (1, data.get("name", "")), *((2, a) for a in data.get("aliases", ()))]
        # a standard occupation is also found by its code: O*NET-SOC "41-2031.00", an ESCO URI, ...
        names += [(0, data[code]) for code in CODE_PROPERTIES if data.get(code)]
        for rank, text in names:
            form = normalize_name(text) if text else ""
            if not form:
                continue
            forms.setdefault(form, {}).setdefault(label, []).append((rank, node))
            if rank > 0:
                display.setdefault(label, {}).setdefault(form, text)
    return _Index(forms, display, {n: d.get("name", str(n)) for n, d in g.nodes(data=True)})


def resolve(g: nx.Graph, name: str, label: Label | str | None = None) -> str:
    """Return the key of the node called ``name`` (of ``label``, if given).

    Parameters
    ----------
    g : networkx.MultiDiGraph
        A careergraph graph.
    name : str
        A key, name or alias, in any case, singular or plural.
    label : Label or str, optional
        Only nodes with this label.

    Returns
    -------
    str
        The node's key.

    Raises
    ------
    RoleNotFound, SkillNotFound, NodeNotFound
        No node is called that; the message suggests up to three close names.
    AmbiguousName
        The name is an alias of several nodes and the key or name of none.

    Examples
    --------
    >>> import careergraph
    >>> g = careergraph.build()
    >>> resolve(g, "Operation Assistants", "Role")
    'operations-assistant'
    >>> resolve(g, "店长")
    'store-manager'
    """
    wanted = Label(label).value if label is not None else None
    if isinstance(name, str) and name in g and (wanted is None or g.nodes[name].get("label") == wanted):
        return name
    index = _index(g)
    form = normalize_name(name) if isinstance(name, str) else ""
    by_label = index.forms.get(form, {})
    hits = [hit for lab, items in by_label.items() if wanted is None or lab == wanted for hit in items]
    if hits:
        best = min(rank for rank, _ in hits)
        keys = sorted({key for rank, key in hits if rank == best})
        if len(keys) == 1:
            return keys[0]
        raise AmbiguousName(name, keys)
    error = {Label.ROLE.value: RoleNotFound, Label.SKILL.value: SkillNotFound}.get(wanted or "", NodeNotFound)
    raise error(name, _suggestions(index, form, wanted))


def _suggestions(index: _Index, form: str, label: str | None) -> list[str]:
    pool = [f for lab, names in index.display.items() if label is None or lab == label for f in names]
    # Names containing what was typed come first ("pre-sales"), then near spellings ("store manger").
    close = sorted((f for f in pool if form and form in f), key=len) if form else []
    close += [f for f in difflib.get_close_matches(form, pool, n=6, cutoff=0.6) if f not in close]
    names: list[str] = []
    for f in close:
        for lab, items in index.forms[f].items():
            if label is None or lab == label:
                names.extend(index.display_name[key] for _, key in sorted(items))
    return list(dict.fromkeys(names))[:3]


def resolve_role(g: nx.Graph, name: str) -> str:
    """Return the key of the role called ``name``; raise RoleNotFound otherwise.

    Examples
    --------
    >>> import careergraph
    >>> resolve_role(careergraph.build(), "Store Managers")
    'store-manager'
    >>> resolve_role(careergraph.build(), "store manger")
    Traceback (most recent call last):
    ...
    careergraph.graph.errors.RoleNotFound: unknown role 'store manger'; did you mean 'Store manager', ...?
    """
    return resolve(g, name, Label.ROLE)


def resolve_skill(g: nx.Graph, name: str) -> str:
    """Return the key of the skill called ``name``; raise SkillNotFound otherwise."""
    return resolve(g, name, Label.SKILL)


def resolve_node(g: nx.Graph, name: str) -> str:
    """Return the key of the node (any label) called ``name``; raise NodeNotFound otherwise."""
    return resolve(g, name)
