"""The embedded store: a networkx ``MultiDiGraph`` that follows the schema.

Nodes are keyed by their ``key`` (one key per node across all labels) and carry
``label`` plus the label's properties. Edges are keyed by their relationship
type, so there is at most one edge of each type between two nodes and a fact
stated twice merges into one edge with both pieces of evidence.

Graphs are saved as node-link JSON (the default), GraphML, or a pair of CSV
files, and every attribute (lists and evidence included) survives the round
trip. Every write is atomic (:mod:`careergraph.graph.files`): a temporary file in
the same folder, then a rename; a CSV graph is a new folder swapped in whole.
"""

from __future__ import annotations

import builtins
import csv
import io
import json
import os
import re
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

import networkx as nx

from careergraph.graph.cache import CareerGraph, touch
from careergraph.graph.errors import GraphFileError, SchemaError
from careergraph.graph.files import atomic_folder, atomic_write, recover_folder
from careergraph.graph.schema import (
    ENDPOINTS,
    LIST_PROPERTIES,
    NODE_PROPERTIES,
    REL_PROPERTIES,
    SALARY_CURRENCY,
    SALARY_PERIOD,
    Label,
    RelType,
    check_number,
    normalize_evidence,
    slugify,
)

if TYPE_CHECKING:
    import pandas as pd

__all__ = [
    "FORMAT_NAME",
    "FORMAT_VERSION",
    "add_node",
    "add_relationship",
    "add_salaries",
    "add_salary",
    "atomic_write",
    "check_graph",
    "counts",
    "dumps",
    "edges_by_type",
    "from_dataframes",
    "load",
    "new_graph",
    "nodes_by_label",
    "save",
    "to_dataframes",
    "validate_graph",
    "write_csv",
]

FORMAT_NAME = "careergraph"
FORMAT_VERSION = 1
_FORMATS = ("json", "graphml", "csv")


def new_graph() -> nx.MultiDiGraph:
    """Return an empty careergraph graph.

    Examples
    --------
    >>> g = new_graph()
    >>> g.graph["format"], g.number_of_nodes()
    ('careergraph', 0)
    """
    g = CareerGraph()
    g.graph["format"] = FORMAT_NAME
    g.graph["format_version"] = FORMAT_VERSION
    return g


def add_node(
    g: nx.MultiDiGraph,
    label: Label | str,
    name: str,
    *,
    key: str | None = None,
    aliases: Iterable[str] = (),
    evidence: Iterable[Mapping[str, Any]] = (),
    **properties: Any,
) -> str:
    """Add a node, or merge into the node that has the same key; return its key.

    Merging unions the aliases and the evidence. A scalar property already set
    keeps its value unless the new value is the same.

    Examples
    --------
    >>> g = new_graph()
    >>> add_node(g, Label.ROLE, "Store manager", aliases=["店长"], evidence=[{"doc": "a", "note": "x"}])
    'store-manager'
    >>> add_node(g, "Role", "Store manager", aliases=["shop manager"], evidence=[{"doc": "b", "note": "y"}])
    'store-manager'
    >>> g.nodes["store-manager"]["aliases"]
    ['店长', 'shop manager']
    >>> [e["doc"] for e in g.nodes["store-manager"]["evidence"]]
    ['a', 'b']
    """
    label = _label(label)
    if not isinstance(name, str) or not name.strip():
        raise SchemaError(f"{label.value}: name must be a non-empty string")
    name = name.strip()
    key = slugify(key or name)
    allowed = NODE_PROPERTIES[label]
    properties = {
        prop: value for prop, value in properties.items() if value is not None and value != ""
    }  # "" says nothing
    unknown = sorted(set(properties) - set(allowed))
    if unknown:
        raise SchemaError(f"{label.value} {key!r}: unknown properties {unknown}")
    clean = {
        prop: _coerce(value, allowed[prop], where=f"{label.value} {key!r}: {prop}")
        for prop, value in properties.items()
        if prop != "salaries"
    }
    new_evidence = normalize_evidence(evidence, where=f"{label.value} {key!r}: evidence")
    alias_list = _clean_aliases(aliases, name)
    if key in g:
        data = g.nodes[key]
        if data["label"] != label.value:
            raise SchemaError(f"key {key!r} is already a {data['label']}, cannot also be a {label.value}")
        data["aliases"] = _merge_lists(data["aliases"], [a for a in alias_list if a != data["name"]])
        if name != data["name"] and name not in data["aliases"]:
            data["aliases"].append(name)
        _merge_evidence(data["evidence"], new_evidence)
        for prop, value in clean.items():
            data.setdefault(prop, value)
        touch(g)  # merged in place: networkx does not see it
    else:
        g.add_node(key, label=label.value, key=key, name=name, aliases=alias_list, evidence=new_evidence, **clean)
    figures = list(properties.get("salaries") or ())
    if any(not isinstance(salary, Mapping) for salary in figures):
        raise SchemaError(f"{label.value} {key!r}: a salary must be a mapping")
    if figures:
        add_salaries(g, key, figures)
    return key


def add_salary(
    g: nx.MultiDiGraph,
    role: str,
    *,
    doc: str,
    min: float | None = None,
    max: float | None = None,
    currency: str = SALARY_CURRENCY,
    period: str = SALARY_PERIOD,
    note: str | None = None,
) -> None:
    """Record one salary figure for a role, keeping every figure with its source.

    ``salary_min``/``salary_max`` on the role span all recorded figures in the
    role's currency and period; ``salaries`` keeps each figure as stated.

    Examples
    --------
    >>> g = new_graph()
    >>> _ = add_node(g, Label.ROLE, "Director")
    >>> add_salary(g, "director", doc="a.txt", min=10000, max=15000)
    >>> add_salary(g, "director", doc="b.txt", min=12000, max=12000, note="typical")
    >>> g.nodes["director"]["salary_min"], g.nodes["director"]["salary_max"]
    (10000.0, 15000.0)
    >>> len(g.nodes["director"]["salaries"])
    2
    """
    add_salaries(g, role, [{"doc": doc, "min": min, "max": max, "currency": currency, "period": period, "note": note}])


def add_salaries(g: nx.MultiDiGraph, role: str, figures: Iterable[Mapping[str, Any]]) -> None:
    """Record many salary figures for a role at once (what :func:`add_salary` does for one).

    Each figure is a mapping with ``doc`` and ``min`` and/or ``max``, and optional
    ``currency``, ``period`` and ``note``. Figures already recorded are not added again;
    the role's range is worked out once, after the last figure.

    Examples
    --------
    >>> g = new_graph()
    >>> _ = add_node(g, Label.ROLE, "Director")
    >>> add_salaries(g, "director", [{"doc": "a.txt", "min": 9000}, {"doc": "b.txt", "max": 20000}])
    >>> g.nodes["director"]["salary_min"], g.nodes["director"]["salary_max"], len(g.nodes["director"]["salaries"])
    (9000.0, 20000.0, 2)
    """
    data = g.nodes[role]
    if data["label"] != Label.ROLE.value:
        raise SchemaError(f"{role!r} is a {data['label']}; only roles have salaries")
    where = f"Role {role!r}: salary"
    salaries = data.setdefault("salaries", [])
    held = {_salary_marker(s) for s in salaries}
    for figure in figures:
        unknown = set(figure) - _SALARY_FIELDS
        if unknown:
            raise SchemaError(f"{where}: unknown fields {sorted(unknown)}")
        low, high, doc = figure.get("min"), figure.get("max"), figure.get("doc")
        if low is None and high is None:
            raise SchemaError(f"{where}: needs min or max")
        low = None if low is None else float(check_number(low, where=f"{where} min"))
        high = None if high is None else float(check_number(high, where=f"{where} max"))
        if low is not None and high is not None and low > high:
            raise SchemaError(f"{where}: min {low:g} is above max {high:g}")
        if not isinstance(doc, str) or not doc:
            raise SchemaError(f"{where}: doc must be a document name")
        record: dict[str, Any] = {
            "min": low,
            "max": high,
            "currency": figure.get("currency") or SALARY_CURRENCY,
            "period": figure.get("period") or SALARY_PERIOD,
            "doc": doc,
        }
        if figure.get("note"):
            record["note"] = figure["note"]
        if figure.get("rule"):
            record["rule"] = str(figure["rule"])  # the text-loader rule that read the figure
        marker = _salary_marker(record)
        if marker not in held:
            held.add(marker)
            salaries.append(record)
    if not salaries:
        return
    data.setdefault("salary_currency", salaries[0]["currency"])
    data.setdefault("salary_period", salaries[0]["period"])
    same_unit = [
        s for s in salaries if s["currency"] == data["salary_currency"] and s["period"] == data["salary_period"]
    ]
    lows = [s["min"] if s["min"] is not None else s["max"] for s in same_unit]
    highs = [s["max"] if s["max"] is not None else s["min"] for s in same_unit]
    data["salary_min"] = float(builtins.min(lows))
    data["salary_max"] = float(builtins.max(highs))
    touch(g)


_SALARY_FIELDS = frozenset({"doc", "min", "max", "currency", "period", "note", "rule"})


def _salary_marker(record: Mapping[str, Any]) -> tuple[Any, ...]:
    return tuple(sorted(record.items()))


def add_relationship(
    g: nx.MultiDiGraph,
    rel_type: RelType | str,
    source: str,
    target: str,
    *,
    evidence: Iterable[Mapping[str, Any]] = (),
    **properties: Any,
) -> None:
    """Add a typed relationship between two existing nodes, or merge into it.

    Merging unions the evidence; a years range widens to cover every source.

    Examples
    --------
    >>> g = new_graph()
    >>> _ = add_node(g, Label.ROLE, "Operator")
    >>> _ = add_node(g, Label.SKILL, "Data analysis")
    >>> add_relationship(g, RelType.REQUIRES, "operator", "data-analysis", importance=4)
    >>> g.edges["operator", "data-analysis", "REQUIRES"]["importance"]
    4
    >>> add_relationship(g, RelType.REQUIRES, "data-analysis", "operator")
    Traceback (most recent call last):
    ...
    careergraph.graph.errors.SchemaError: REQUIRES must go from a Role to a Skill, not from a Skill to a Role
    """
    rel_type = _rel_type(rel_type)
    for end in (source, target):
        if end not in g:
            raise SchemaError(f"{rel_type.value}: no node with key {end!r}")
    want_source, want_target = ENDPOINTS[rel_type]
    got_source, got_target = g.nodes[source]["label"], g.nodes[target]["label"]
    if (got_source, got_target) != (want_source.value, want_target.value):
        raise SchemaError(
            f"{rel_type.value} must go from a {want_source.value} to a {want_target.value}, "
            f"not from a {got_source} to a {got_target}"
        )
    where = f"{rel_type.value} {source!r}->{target!r}"
    allowed = REL_PROPERTIES[rel_type]
    unknown = sorted(set(properties) - set(allowed))
    if unknown:
        raise SchemaError(f"{where}: unknown properties {unknown}")
    clean = {
        prop: _coerce(value, allowed[prop], where=f"{where}: {prop}")
        for prop, value in properties.items()
        if value is not None
    }
    _check_rel_values(rel_type, clean, where)
    new_evidence = normalize_evidence(evidence, where=f"{where}: evidence")
    key = rel_type.value
    if g.has_edge(source, target, key):
        data = g.edges[source, target, key]
        _merge_evidence(data["evidence"], new_evidence)
        for prop, value in clean.items():
            if prop == "years_min" and prop in data:
                data[prop] = builtins.min(data[prop], value)
            elif prop == "years_max" and prop in data:
                data[prop] = builtins.max(data[prop], value)
            elif prop == "importance" and prop in data:
                data[prop] = builtins.max(data[prop], value)
            else:
                data.setdefault(prop, value)
        touch(g)  # merged in place: networkx does not see it
    else:
        g.add_edge(source, target, key=key, type=key, evidence=new_evidence, **clean)


def _merge_evidence(old: list[dict[str, Any]], new: list[dict[str, Any]]) -> None:
    """Append the already-checked ``new`` records that ``old`` lacks (in place, order kept)."""
    if not new:
        return
    seen = {tuple(sorted(item.items())) for item in old}
    for item in new:
        marker = tuple(sorted(item.items()))
        if marker not in seen:
            seen.add(marker)
            old.append(item)


def _check_rel_values(rel_type: RelType, props: dict[str, Any], where: str) -> None:
    if rel_type is RelType.TRANSITIONS_TO:
        kind = props.get("kind")
        if kind is not None and kind not in {"promotion", "lateral", "entry"}:
            raise SchemaError(f"{where}: kind {kind!r} is not one of promotion, lateral, entry")
        low, high = props.get("years_min"), props.get("years_max")
        for value, prop in ((low, "years_min"), (high, "years_max")):
            if value is not None and value < 0:
                raise SchemaError(f"{where}: {prop} {value:g} is negative")
        if low is not None and high is not None and low > high:
            raise SchemaError(f"{where}: years_min {low:g} is greater than years_max {high:g}")
    if rel_type is RelType.REQUIRES and "importance" in props and not 1 <= props["importance"] <= 5:
        raise SchemaError(f"{where}: importance {props['importance']} is not between 1 and 5")


def _label(label: Label | str) -> Label:
    try:
        return Label(label)
    except ValueError:
        raise SchemaError(f"unknown label {label!r}; labels are {[x.value for x in Label]}") from None


def _rel_type(rel_type: RelType | str) -> RelType:
    try:
        return RelType(rel_type)
    except ValueError:
        raise SchemaError(f"unknown relationship type {rel_type!r}; types are {[x.value for x in RelType]}") from None


def _coerce(value: Any, kind: type, *, where: str) -> Any:
    if kind is bool:
        if not isinstance(value, bool):
            raise SchemaError(f"{where}: {value!r} is not true or false")
        return value
    if kind is int:
        return check_number(value, where=where, integer=True)
    if kind is float:
        return check_number(value, where=where)
    if kind is str:
        if not isinstance(value, str):
            raise SchemaError(f"{where}: {value!r} is not a string")
        return value
    if not isinstance(value, list):
        raise SchemaError(f"{where}: {value!r} is not a list")
    return list(value)


def _clean_aliases(aliases: Iterable[str], name: str) -> list[str]:
    if isinstance(aliases, str):
        raise SchemaError(f"aliases of {name!r} must be a list, not a string")
    out: list[str] = []
    seen = {name}  # a set beside the list: O*NET occupations have hundreds of alternate titles
    for alias in aliases:
        if not isinstance(alias, str) or not alias.strip():
            raise SchemaError(f"aliases of {name!r}: {alias!r} is not a non-empty string")
        alias = alias.strip()
        if alias not in seen:
            seen.add(alias)
            out.append(alias)
    return out


def _merge_lists(old: list[str], new: list[str]) -> list[str]:
    return list(dict.fromkeys([*old, *new]))


# --- reading the graph -----------------------------------------------------


def nodes_by_label(g: nx.MultiDiGraph, label: Label | str) -> Iterator[tuple[str, dict[str, Any]]]:
    """Yield ``(key, attributes)`` for every node with the given label."""
    value = _label(label).value
    return ((n, d) for n, d in g.nodes(data=True) if d.get("label") == value)


def edges_by_type(g: nx.MultiDiGraph, rel_type: RelType | str) -> Iterator[tuple[str, str, dict[str, Any]]]:
    """Yield ``(source, target, attributes)`` for every edge of the given type."""
    value = _rel_type(rel_type).value
    return ((u, v, d) for u, v, k, d in g.edges(keys=True, data=True) if k == value)


def counts(g: nx.MultiDiGraph) -> dict[str, int]:
    """Count nodes per label and relationships per type, every one listed.

    Examples
    --------
    >>> g = new_graph()
    >>> _ = add_node(g, Label.SKILL, "SEO")
    >>> counts(g)["Skill"], counts(g)["REQUIRES"]
    (1, 0)
    """
    result = {label.value: 0 for label in Label}
    result.update({rel.value: 0 for rel in RelType})
    for _, label in g.nodes(data="label"):
        result[label] = result.get(label, 0) + 1
    for _, _, key in g.edges(keys=True):
        result[key] = result.get(key, 0) + 1
    return result


def validate_graph(g: nx.Graph, *, source: str = "graph") -> nx.MultiDiGraph:
    """Check that ``g`` follows the schema; raise GraphFileError naming ``source``."""
    if not isinstance(g, nx.MultiDiGraph):
        raise GraphFileError(f"{source}: not a careergraph graph (expected a directed multigraph)")
    if g.graph.get("format") != FORMAT_NAME:
        raise GraphFileError(f"{source}: not a careergraph graph (no 'format: {FORMAT_NAME}' marker)")
    version = g.graph.get("format_version")
    if version != FORMAT_VERSION:
        raise GraphFileError(f"{source}: careergraph format version {version!r} is not supported")
    labels = {label.value for label in Label}
    for node, data in g.nodes(data=True):
        if not data and g.degree(node):  # made by an edge that names a node the file never defines
            u, v = next(iter(g.out_edges(node))) if g.out_degree(node) else next(iter(g.in_edges(node)))
            raise GraphFileError(_dangling(source, u, v, node))
        if data.get("label") not in labels:
            raise GraphFileError(f"{source}: node {node!r} has unknown label {data.get('label')!r}")
        missing = {"key", "name", "aliases", "evidence"} - set(data)
        if missing:
            raise GraphFileError(f"{source}: node {node!r} lacks {sorted(missing)}")
    for u, v, key, data in g.edges(keys=True, data=True):
        try:
            rel = RelType(key)
        except ValueError:
            raise GraphFileError(f"{source}: edge {u!r}->{v!r} has unknown type {key!r}") from None
        want = tuple(label.value for label in ENDPOINTS[rel])
        if (g.nodes[u]["label"], g.nodes[v]["label"]) != want:
            raise GraphFileError(f"{source}: {key} edge {u!r}->{v!r} joins the wrong labels")
        if "evidence" not in data:
            raise GraphFileError(f"{source}: edge {u!r}->{v!r} lacks evidence")
    return g


def check_graph(g: nx.MultiDiGraph, *, source: str = "graph") -> nx.MultiDiGraph:
    """:func:`validate_graph`, and every property checked as :func:`add_node` and :func:`add_relationship` do.

    For a graph changed by other means than the store's functions (a Cypher write).

    Raises
    ------
    GraphFileError
        The structure breaks the schema (a label, a type, the ends of a relationship).
    SchemaError
        A property does: a missing name, a value of the wrong type, an unknown property, bad evidence.
    """
    validate_graph(g, source=source)
    fixed = {"label", "key", "name", "aliases", "evidence"}
    for node, data in g.nodes(data=True):
        label = Label(data["label"])
        where = f"{source}: {label.value} {node!r}"
        if data["key"] != node:
            raise SchemaError(f"{where}: key {data['key']!r} differs from the node's key")
        if not isinstance(data["name"], str) or not data["name"].strip():
            raise SchemaError(f"{where}: name must be a non-empty string, not {data['name']!r:.40}")
        if not isinstance(data["aliases"], list):
            raise SchemaError(f"{where}: aliases must be a list")
        _clean_aliases(data["aliases"], data["name"])
        normalize_evidence(data["evidence"], where=f"{where}: evidence")
        allowed = NODE_PROPERTIES[label]
        for prop, value in data.items():
            if prop in fixed:
                continue
            if prop not in allowed:
                raise SchemaError(f"{where}: unknown property {prop!r}")
            if prop == "salaries":
                if not isinstance(value, list) or any(
                    not isinstance(s, Mapping) or set(s) - _SALARY_FIELDS for s in value
                ):
                    raise SchemaError(f"{where}: salaries must be a list of figures with {sorted(_SALARY_FIELDS)}")
            else:
                _coerce(value, allowed[prop], where=f"{where}: {prop}")
    for u, v, key, data in g.edges(keys=True, data=True):
        rel = RelType(key)
        where = f"{source}: {key} {u!r}->{v!r}"
        normalize_evidence(data["evidence"], where=f"{where}: evidence")
        allowed = REL_PROPERTIES[rel]
        props = {prop: value for prop, value in data.items() if prop not in ("type", "evidence")}
        unknown = sorted(set(props) - set(allowed))
        if unknown:
            raise SchemaError(f"{where}: unknown properties {unknown}")
        _check_rel_values(
            rel, {p: _coerce(value, allowed[p], where=f"{where}: {p}") for p, value in props.items()}, where
        )
    return g


def _dangling(source: str, u: Any, v: Any, missing: Any) -> str:
    return f"{source}: edge {u!r}->{v!r} refers to node {missing!r}, which is not in the graph"


# --- files -------------------------------------------------------------------


def _names_folder(path: str | os.PathLike[str]) -> bool:
    """Whether ``path`` is written with a trailing slash (``newdir/``): then it means a folder."""
    raw = os.fspath(path)
    return isinstance(raw, str) and raw.endswith(tuple(sep for sep in (os.sep, os.altsep, "/") if sep))


def _infer_format(path: Path, fmt: str | None, *, folder: bool = False) -> str:
    if fmt is not None:
        if fmt not in _FORMATS:
            raise GraphFileError(f"{path}: unknown format {fmt!r}; use one of {', '.join(_FORMATS)}")
        if folder and fmt != "csv":
            raise GraphFileError(f"{path}/: a trailing slash names a folder, and {fmt} is written to a file")
        return fmt
    suffix = path.suffix.lower()
    if folder or path.is_dir() or suffix == ".csv":
        return "csv"
    if suffix == ".graphml":
        return "graphml"
    return "json"


def save(g: nx.MultiDiGraph, path: str | os.PathLike[str], *, format: str | None = None) -> Path:
    """Save a graph atomically as node-link JSON (default), GraphML or CSV.

    The format comes from ``format`` or the path: ``.graphml`` is GraphML; an
    existing folder, or a path written with a trailing slash (``"out/"``), is
    a CSV graph: ``nodes.csv`` and ``edges.csv`` in the folder ``path``.

    Raises
    ------
    GraphFileError
        The folder is missing or refuses the write (read-only, full), a CSV
        folder holds other files, or a JSON/GraphML path is a folder.

    Examples
    --------
    >>> import tempfile, pathlib
    >>> g = new_graph()
    >>> _ = add_node(g, Label.ROLE, "Operator", aliases=["运营"])
    >>> folder = pathlib.Path(tempfile.mkdtemp())
    >>> load(save(g, folder / "g.json")).nodes["operator"]["aliases"]
    ['运营']
    >>> sorted(p.name for p in save(g, f"{folder}/tables/").iterdir())
    ['edges.csv', 'nodes.csv']
    """
    target = Path(path)
    fmt = _infer_format(target, format, folder=_names_folder(path))
    if fmt == "csv":
        return write_csv(g, target)
    if target.is_dir():
        raise GraphFileError(f"{target}: is a folder; name a file, or write a CSV graph with format='csv'")
    text = dumps(g, format=fmt)

    def write(handle: IO[str]) -> None:
        handle.write(text)

    return atomic_write(target, write)


def dumps(g: nx.MultiDiGraph, *, format: str = "json") -> str:
    """Return the graph as node-link JSON (default) or GraphML text."""
    if format == "graphml":
        return _to_graphml(g)
    if format != "json":
        raise GraphFileError(f"cannot write format {format!r} as one text; use json or graphml")
    return json.dumps(nx.node_link_data(g, edges="edges"), ensure_ascii=False, indent=1) + "\n"


def load(path: str | os.PathLike[str], *, format: str | None = None) -> nx.MultiDiGraph:
    """Load a graph saved by :func:`save`; a bad file raises GraphFileError.

    Raises
    ------
    GraphFileError
        The file is missing, not UTF-8, truncated, corrupt, or not a careergraph graph.
    """
    source = Path(path)
    recover_folder(source)  # a CSV graph a kill left half-swapped
    if not source.exists():
        raise GraphFileError(f"{source}: no such file")
    fmt = _infer_format(source, format)
    if fmt == "csv":
        return _read_csv_folder(source)
    if source.is_dir():
        raise GraphFileError(f"{source}: is a folder, not a graph file")
    try:
        text = source.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        raise GraphFileError(f"{source}: not a text file (invalid UTF-8 at byte {exc.start})") from None
    except OSError as exc:
        raise GraphFileError(f"{source}: cannot read ({exc.strerror})") from None
    if not text.strip():
        raise GraphFileError(f"{source}: file is empty")
    if fmt == "graphml":
        g = _from_graphml(text, source)
    else:
        g = _from_node_link(text, source)
    return validate_graph(g, source=str(source))


def _from_node_link(text: str, source: Path) -> nx.MultiDiGraph:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise GraphFileError(
            f"{source}: not valid JSON ({exc.msg}: line {exc.lineno}, column {exc.colno}); truncated or corrupt?"
        ) from None
    if not isinstance(data, dict) or not {"nodes", "edges"} <= set(data):
        raise GraphFileError(f"{source}: not a node-link graph (no 'nodes' and 'edges')")
    try:
        g = nx.node_link_graph(data, directed=True, multigraph=True, edges="edges")
    except (KeyError, TypeError, ValueError, nx.NetworkXError) as exc:
        raise GraphFileError(f"{source}: malformed node-link data ({exc})") from None
    return CareerGraph.adopt(g) if type(g) is nx.MultiDiGraph else g


_GRAPHML_JSON_PREFIX = "json:"
_GRAPHML_DEFAULTS = frozenset({"node_default", "edge_default"})


def _to_graphml(g: nx.MultiDiGraph) -> str:
    # GraphML has no list type: lists are stored as JSON strings and restored by name.
    h = nx.MultiDiGraph()
    h.graph.update({k: _graphml_value(k, v) for k, v in g.graph.items()})
    for node, data in g.nodes(data=True):
        h.add_node(node, **{k: _graphml_value(k, v) for k, v in data.items()})
    for u, v, key, data in g.edges(keys=True, data=True):
        h.add_edge(u, v, key=key, **{k: _graphml_value(k, v) for k, v in data.items()})
    buffer = io.BytesIO()
    nx.write_graphml(h, buffer, encoding="utf-8")
    return buffer.getvalue().decode("utf-8")


# characters XML 1.0 cannot hold, and "\r", which an XML reader turns into "\n"
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\r\ufffe\uffff]")


def _graphml_value(name: str, value: Any) -> Any:
    # GraphML has no list type, and XML no control characters: such values go as JSON text
    if (
        name in LIST_PROPERTIES
        or isinstance(value, list | dict)
        or (isinstance(value, str) and (value.startswith(_GRAPHML_JSON_PREFIX) or _NOT_XML.search(value)))
    ):
        text = json.dumps(value, ensure_ascii=False)
        if _NOT_XML.search(text):
            text = json.dumps(value)  # every such character as a \u escape
        return _GRAPHML_JSON_PREFIX + text
    return value


def _from_graphml(text: str, source: Path) -> nx.MultiDiGraph:
    from xml.etree.ElementTree import ParseError

    try:
        h = nx.parse_graphml(text, force_multigraph=True)
    except (ParseError, nx.NetworkXError, ValueError, KeyError) as exc:
        raise GraphFileError(f"{source}: not valid GraphML ({exc})") from None
    if not h.is_directed():
        raise GraphFileError(f"{source}: not a careergraph graph (undirected GraphML)")
    g = CareerGraph()
    # networkx's reader adds the GraphML defaults, which are not part of the graph
    g.graph.update({k: _from_graphml_value(v, source) for k, v in h.graph.items() if k not in _GRAPHML_DEFAULTS})
    for node, data in h.nodes(data=True):
        g.add_node(node, **{k: _from_graphml_value(v, source) for k, v in data.items()})
    for u, v, key, data in h.edges(keys=True, data=True):
        g.add_edge(u, v, key=key, **{k: _from_graphml_value(v, source) for k, v in data.items()})
    return g


def _from_graphml_value(value: Any, source: Path) -> Any:
    if isinstance(value, str) and value.startswith(_GRAPHML_JSON_PREFIX):
        try:
            return json.loads(value[len(_GRAPHML_JSON_PREFIX) :])
        except json.JSONDecodeError:
            raise GraphFileError(f"{source}: a list or escaped attribute is not valid JSON") from None
    return value


# --- tables ------------------------------------------------------------------


def _columns(tables: Iterable[Mapping[str, type]], first: list[str]) -> tuple[list[str], dict[str, type]]:
    """The table columns for every property of the schema, ``first`` in front, ``evidence`` last."""
    kinds: dict[str, type] = {}
    for table in tables:
        for prop, kind in table.items():
            kinds.setdefault(prop, kind)
    names = [*first, *(p for p in kinds if p not in first and p != "evidence"), "evidence"]
    return names, kinds


_NODE_COLUMNS, _NODE_KINDS = _columns(NODE_PROPERTIES.values(), ["key", "label", "name", "aliases", "description"])
_EDGE_COLUMNS, _EDGE_KINDS = _columns(REL_PROPERTIES.values(), ["source", "target", "type"])


def to_dataframes(g: nx.MultiDiGraph) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Return the graph as two pandas tables, ``(nodes, edges)``.

    List-valued columns (``aliases``, ``evidence``, ``salaries``) hold Python
    lists; missing values are ``None``.

    Examples
    --------
    >>> g = new_graph()
    >>> _ = add_node(g, Label.ROLE, "Operator")
    >>> _ = add_node(g, Label.SKILL, "SEO")
    >>> add_relationship(g, RelType.REQUIRES, "operator", "seo", importance=3)
    >>> nodes, edges = to_dataframes(g)
    >>> list(nodes["key"]), edges.loc[0, "importance"]
    (['operator', 'seo'], 3)
    """
    import pandas as pd  # only the table functions need it

    node_rows = [{col: data.get(col) for col in _NODE_COLUMNS} for _, data in g.nodes(data=True)]
    edge_rows = [
        {"source": u, "target": v, "type": key, **{col: data.get(col) for col in _EDGE_COLUMNS[3:]}}
        for u, v, key, data in g.edges(keys=True, data=True)
    ]
    nodes = pd.DataFrame(node_rows, columns=_NODE_COLUMNS, dtype=object)
    edges = pd.DataFrame(edge_rows, columns=_EDGE_COLUMNS, dtype=object)
    return nodes, edges


def from_dataframes(nodes: pd.DataFrame, edges: pd.DataFrame, *, source: str = "tables") -> nx.MultiDiGraph:
    """Build a graph from the two tables of :func:`to_dataframes` (inverse of it)."""
    g = new_graph()
    for row in nodes.to_dict("records"):
        data = {str(k): v for k, v in row.items() if not _missing(v)}
        node = data.get("key")
        if not isinstance(node, str):
            raise GraphFileError(f"{source}: a node row has no key")
        for col in ("aliases", "evidence"):
            data.setdefault(col, [])
        g.add_node(node, **data)
    for row in edges.to_dict("records"):
        data = {str(k): v for k, v in row.items() if not _missing(v)}
        try:
            u, v, key = data.pop("source"), data.pop("target"), data["type"]
        except KeyError as exc:
            raise GraphFileError(f"{source}: an edge row lacks {exc}") from None
        if u not in g or v not in g:
            raise GraphFileError(_dangling(source, u, v, v if u in g else u))
        data.setdefault("evidence", [])
        g.add_edge(u, v, key=key, **data)
    return validate_graph(g, source=source)


def _missing(value: Any) -> bool:
    if value is None:
        return True
    if isinstance(value, float) and value != value:
        return True
    return False


# A property name has one type across labels and across relationship types, except REQUIRES' float ``level``
# beside Role's int ``level``: a column of each table is converted by that table's type.
_JSON_COLUMNS = {name for name, kind in (*_NODE_KINDS.items(), *_EDGE_KINDS.items()) if kind is list}


_CSV_FILES = ("nodes.csv", "edges.csv")


def _check_csv_folder(target: Path) -> None:
    """Refuse to replace a folder that holds anything but a careergraph CSV graph."""
    if not target.is_dir():
        return
    try:
        names = sorted(os.listdir(target))
    except OSError as exc:
        raise GraphFileError(f"{target}: cannot read the folder ({exc.strerror})") from None
    others = [name for name in names if name not in _CSV_FILES]
    if others:
        shown = ", ".join(repr(name) for name in others[:3])
        shown += f" and {len(others) - 3} more" if len(others) > 3 else ""
        raise GraphFileError(
            f"{target}: holds {shown}, not only a careergraph CSV graph; name a new or empty folder for the CSV files"
        )
    if "nodes.csv" in names:
        try:
            with open(target / "nodes.csv", encoding="utf-8", newline="") as handle:
                header = next(csv.reader(handle), [])
        except (OSError, UnicodeDecodeError, csv.Error):
            header = []
        if header[:3] != _NODE_COLUMNS[:3]:
            raise GraphFileError(f"{target / 'nodes.csv'}: not a careergraph CSV graph; not replacing it")


def write_csv(g: nx.MultiDiGraph, folder: str | os.PathLike[str]) -> Path:
    """Write ``nodes.csv`` and ``edges.csv`` into ``folder`` (created if needed), atomically as a pair.

    The two files are written into a new folder that then takes the place of
    ``folder`` in one step, so a reader (or a kill) never sees one file new and
    the other old. List-valued cells are JSON text.

    Raises
    ------
    GraphFileError
        ``folder`` is a file, holds anything but a careergraph CSV graph, or
        the system refused the write.
    """
    target = Path(folder)
    if target.exists() and not target.is_dir():
        raise GraphFileError(f"{target}: exists and is not a folder")
    _check_csv_folder(target)
    nodes, edges = to_dataframes(g)
    tables = []
    for frame, name in ((nodes, "nodes.csv"), (edges, "edges.csv")):
        rows = [
            [_csv_cell(col, value) for col, value in zip(frame.columns, row, strict=True)]
            for row in frame.itertuples(index=False)
        ]
        tables.append((name, list(frame.columns), rows))

    def fill(new_folder: Path) -> None:
        for name, columns, rows in tables:
            with open(new_folder / name, "w", encoding="utf-8", newline="") as handle:
                writer = csv.writer(handle)
                writer.writerow(columns)
                writer.writerows(rows)

    return atomic_folder(target, fill)


def _csv_cell(column: str, value: Any) -> str:
    if value is None:
        return ""
    if column in _JSON_COLUMNS:
        return json.dumps(value, ensure_ascii=False)
    return str(value)


def _read_csv_folder(folder: Path) -> nx.MultiDiGraph:
    import pandas as pd

    if not folder.is_dir():
        raise GraphFileError(f"{folder}: expected a folder holding nodes.csv and edges.csv")
    if not any((folder / name).is_file() for name in _CSV_FILES):
        raise GraphFileError(f"{folder}: a folder without nodes.csv and edges.csv, not a CSV graph")
    frames = []
    for name in _CSV_FILES:
        path = folder / name
        if not path.is_file():
            raise GraphFileError(f"{path}: no such file")
        try:
            with path.open(encoding="utf-8", newline="") as handle:
                rows = list(csv.DictReader(handle))
        except (UnicodeDecodeError, csv.Error) as exc:
            raise GraphFileError(f"{path}: not a readable CSV file ({exc})") from None
        except OSError as exc:
            raise GraphFileError(f"{path}: cannot read ({exc.strerror})") from None
        try:
            kinds = _NODE_KINDS if name == "nodes.csv" else _EDGE_KINDS
            frames.append(pd.DataFrame([{k: _from_csv_cell(k, v, kinds) for k, v in row.items()} for row in rows]))
        except ValueError as exc:
            raise GraphFileError(f"{path}: {exc}") from None
    nodes, edges = frames
    for frame, columns in ((nodes, _NODE_COLUMNS), (edges, _EDGE_COLUMNS)):
        for col in columns:
            if col not in frame.columns:
                frame[col] = None
    return from_dataframes(nodes, edges, source=str(folder))


def _from_csv_cell(column: str | None, text: str | None, kinds: Mapping[str, type]) -> Any:
    if column is None or text is None or text == "":
        return None
    kind = kinds.get(column)
    if kind is list or column in _JSON_COLUMNS:
        try:
            return json.loads(text)
        except json.JSONDecodeError:
            raise ValueError(f"column {column!r} holds invalid JSON {text[:40]!r}") from None
    if kind is bool:
        if text not in ("True", "False"):
            raise ValueError(f"column {column!r} holds {text[:40]!r}, not True or False")
        return text == "True"
    if kind is int:
        return int(text)
    if kind is float:
        return float(text)
    return text
