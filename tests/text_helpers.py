"""Helpers the text-loader tests share: read one short document of our own and look at what was read."""

from __future__ import annotations

from pathlib import Path

import networkx as nx

from careergraph.graph.schema import Label, RelType
from careergraph.loaders.text import load_documents
from careergraph.loaders.text_requirements import skill_names
from careergraph.loaders.text_zh import chinese_lines, read_chinese


def read(tmp_path: Path, text: str, disabled: frozenset[str] = frozenset(), name: str = "page.txt") -> nx.MultiDiGraph:
    """The graph read from ``text`` alone, without the knowledge base (no problem may be met)."""
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    result = load_documents([path], kb=False, disabled=disabled)
    assert not result.problems
    return result.graph


def moves(g: nx.MultiDiGraph) -> dict[tuple[str, str], dict]:
    """The graph's transitions, by (from, to) key."""
    return {(u, v): data for u, v, key, data in g.edges(keys=True, data=True) if key == RelType.TRANSITIONS_TO.value}


def roles(g: nx.MultiDiGraph) -> set[str]:
    """The keys of the graph's roles."""
    return {n for n, data in g.nodes(data=True) if data.get("label") == Label.ROLE.value}


def pay(g: nx.MultiDiGraph, role: str) -> list[tuple]:
    """A role's salary figures as (min, max, currency, period)."""
    return [(s.get("min"), s.get("max"), s["currency"], s["period"]) for s in g.nodes[role].get("salaries", [])]


def extract(tmp_path: Path, text: str, *, disabled: tuple[str, ...] = ()) -> nx.MultiDiGraph:
    """The graph read from ``text`` as a Markdown document (see :func:`read`)."""
    return read(tmp_path, text, frozenset(disabled), name="doc.md")


def rules_of(g: nx.MultiDiGraph, role: str) -> set[str]:
    """The rules that linked a role to its requirements."""
    return {
        e["rule"]
        for u, _, key, data in g.edges(keys=True, data=True)
        if key == RelType.REQUIRES.value and u == role
        for e in data["evidence"]
    }


def needs(g: nx.MultiDiGraph) -> dict[str, set[str]]:
    """Role key -> the lower-case names of the skills it requires."""
    out: dict[str, set[str]] = {}
    for u, v, key in g.edges(keys=True):
        if key == RelType.REQUIRES.value:
            out.setdefault(u, set()).add(g.nodes[v]["name"].lower())
    return out


def named(got: set[str], *words: str) -> bool:
    """Whether some skill name holds every one of ``words``."""
    return any(all(w in name for w in words) for name in got)


def links(g: nx.MultiDiGraph) -> set[tuple[str, str]]:
    """The graph's role -> skill requirements, as (role, skill) keys."""
    return {(u, v) for u, v, key in g.edges(keys=True) if key == RelType.REQUIRES.value}


def zh_needs(text: str) -> dict[str, set[str]]:
    """What the Chinese reader alone (text_zh) finds each post of a page needs: post -> its skills."""
    out: dict[str, set[str]] = {}
    for need in read_chinese(text, chinese_lines(text)).needs:
        out.setdefault(need.role, set()).add(need.skill)
    return out


def item_names(item: str, **kw: bool) -> list[str]:
    """The names the duty namer gives one item of a list (``skill_names``' keywords pass through)."""
    return [n.name for n in skill_names(item, **kw)]


def module_source(module: object) -> str:
    """The source of a loader module, compiled or not (``inspect.getsource`` cannot read a compiled one)."""
    name = getattr(module, "__name__", "").rpartition(".")[2]
    return (Path(getattr(module, "__file__", "")).parent / f"{name}.py").read_text(encoding="utf-8")

