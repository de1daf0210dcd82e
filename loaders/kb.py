"""The e-commerce knowledge base: a hand-curated YAML file, validated and loaded.

The bundled file (``careergraph/loaders/data/ecommerce.yaml``) restates, in our
own words, every role, job group, skill, transition, hand-off and salary that
the five source articles give, each fact citing its document by file name.
It is what careergraph answers from when the user gives no documents.

Format (version 1): top-level ``version``, ``job_groups``, ``roles``, ``skills``,
``transitions``, ``requires`` and ``handoffs``; see the README section
"The knowledge base" for every field. Loading is strict: an unknown field, a
duplicate key, a dangling reference, a value that is not a number, or
``years_min > years_max`` raises :class:`KnowledgeBaseError` naming the file,
the entry and the problem.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
from collections.abc import Mapping
from importlib import resources
from pathlib import Path
from typing import Any

import networkx as nx

from careergraph.graph import schema, store
from careergraph.graph.errors import CareerGraphError, KnowledgeBaseError, SchemaError
from careergraph.graph.schema import Label, RelType, evidence_docs, slugify
from careergraph.graph.store import add_node, add_relationship, load, new_graph, save

#: The YAML loader; None: PyYAML's safe loader, on libyaml when PyYAML was built with it (about ten times faster)
_SAFE_LOADER: Any = None

__all__ = ["CACHE_ENV", "KB_VERSION", "default_kb_path", "load_knowledge_base", "read_knowledge_base"]

KB_VERSION = 1

_SECTIONS = ("job_groups", "roles", "skills", "transitions", "requires", "handoffs")
_NODE_FIELDS = {"name", "key", "aliases", "description", "evidence"}
_FIELDS: dict[str, tuple[set[str], set[str]]] = {
    # section: (required fields, optional fields)
    "job_groups": ({"name", "evidence"}, _NODE_FIELDS),
    "skills": ({"name", "evidence"}, _NODE_FIELDS),
    "roles": ({"name", "evidence"}, _NODE_FIELDS | {"level", "groups", "salaries"}),
    "transitions": ({"from", "to", "kind", "evidence"}, {"years_min", "years_max"}),
    "requires": ({"role", "skill", "importance", "evidence"}, set()),
    "handoffs": ({"from", "to", "evidence"}, set()),
}
_SALARY_FIELDS = ({"doc"}, {"min", "max", "currency", "period", "note"})
_SECTION_LABEL = {"job_groups": Label.JOB_GROUP, "roles": Label.ROLE, "skills": Label.SKILL}


def default_kb_path() -> Path:
    """Path of the bundled e-commerce knowledge base."""
    return Path(str(resources.files("careergraph.loaders").joinpath("data", "ecommerce.yaml")))


def read_knowledge_base(path: str | os.PathLike[str] | None = None) -> dict[str, list[dict[str, Any]]]:
    """Read and validate a knowledge-base file; return its sections with keys filled in.

    Raises
    ------
    KnowledgeBaseError
        The file is missing, not YAML, or breaks a rule; the message names the
        file, the entry and the problem.
    """
    source = Path(path) if path is not None else default_kb_path()
    try:
        text = source.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise KnowledgeBaseError(f"{source}: no such file") from None
    except UnicodeDecodeError as exc:
        raise KnowledgeBaseError(f"{source}: not a text file (invalid UTF-8 at byte {exc.start})") from None
    except OSError as exc:
        raise KnowledgeBaseError(f"{source}: cannot read ({exc.strerror})") from None
    import yaml  # only when a knowledge base is read: the query commands on a graph file never load it

    try:
        data = yaml.load(text, Loader=_SAFE_LOADER or getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" at line {mark.line + 1}" if mark is not None else ""
        problem = getattr(exc, "problem", None) or "syntax error"
        raise KnowledgeBaseError(f"{source}: not valid YAML{where} ({problem})") from None
    return _validate(data, source)


def _validate(data: Any, source: Path) -> dict[str, list[dict[str, Any]]]:
    def fail(where: str, problem: str) -> KnowledgeBaseError:
        return KnowledgeBaseError(f"{source}: {where}: {problem}")

    if not isinstance(data, dict):
        raise KnowledgeBaseError(f"{source}: expected a mapping with sections {', '.join(_SECTIONS)}")
    unknown = sorted(set(data) - set(_SECTIONS) - {"version"})
    if unknown:
        raise fail("top level", f"unknown sections {unknown}")
    if data.get("version") != KB_VERSION:
        raise fail("version", f"expected {KB_VERSION}, got {data.get('version')!r}")

    sections: dict[str, list[dict[str, Any]]] = {}
    node_keys: dict[str, str] = {}
    for section in _SECTIONS:
        entries = data.get(section) or []
        if not isinstance(entries, list):
            raise fail(section, "must be a list")
        required, optional = _FIELDS[section]
        checked = []
        for i, entry in enumerate(entries):
            where = f"{section}[{i}]"
            if not isinstance(entry, dict):
                raise fail(where, "must be a mapping")
            if "name" in entry:
                where += f" ({entry['name']!r})"
            extra = sorted(set(entry) - required - optional)
            if extra:
                raise fail(where, f"unknown field{'s' if len(extra) > 1 else ''} {', '.join(extra)}")
            missing = sorted(required - set(entry))
            if missing:
                raise fail(where, f"missing field{'s' if len(missing) > 1 else ''} {', '.join(missing)}")
            entry = dict(entry)
            if section in _SECTION_LABEL:
                if not isinstance(entry["name"], str) or not entry["name"].strip():
                    raise fail(where, "name must be a non-empty string")
                try:
                    key = slugify(entry.get("key") or entry["name"])
                except SchemaError as exc:
                    raise fail(where, str(exc)) from None
                if key in node_keys:
                    raise fail(where, f"duplicate key {key!r} (already used in {node_keys[key]})")
                node_keys[key] = where
                entry["key"] = key
                aliases = entry.get("aliases", [])
                if not isinstance(aliases, list) or not all(isinstance(a, str) and a.strip() for a in aliases):
                    raise fail(where, "aliases must be a list of non-empty strings")
            if not isinstance(entry["evidence"], list) or not entry["evidence"]:
                raise fail(where, "evidence must be a non-empty list")
            for j, item in enumerate(entry["evidence"]):
                if not isinstance(item, dict) or set(item) != {"doc", "note"}:
                    raise fail(f"{where} evidence[{j}]", "must have exactly the fields doc and note")
            for j, salary in enumerate(entry.get("salaries") or []):
                s_where = f"{where} salaries[{j}]"
                if not isinstance(salary, dict):
                    raise fail(s_where, "must be a mapping")
                extra = sorted(set(salary) - _SALARY_FIELDS[0] - _SALARY_FIELDS[1])
                if extra:
                    raise fail(s_where, f"unknown fields {', '.join(extra)}")
                if "doc" not in salary:
                    raise fail(s_where, "missing field doc")
                if "min" not in salary and "max" not in salary:
                    raise fail(s_where, "needs min or max")
            checked.append(entry)
        sections[section] = checked

    _check_references(sections, fail)
    return sections


def _check_references(sections: dict[str, list[dict[str, Any]]], fail: Any) -> None:
    keys = {label: {e["key"] for e in sections[section]} for section, label in _SECTION_LABEL.items()}
    for i, role in enumerate(sections["roles"]):
        groups = role.get("groups", [])
        if not isinstance(groups, list):
            raise fail(f"roles[{i}] ({role['name']!r})", "groups must be a list of job-group keys")
        for group in groups:
            if group not in keys[Label.JOB_GROUP]:
                raise fail(f"roles[{i}] ({role['name']!r})", f"unknown job group {group!r}")
    ends = {
        "transitions": (("from", Label.ROLE), ("to", Label.ROLE)),
        "requires": (("role", Label.ROLE), ("skill", Label.SKILL)),
        "handoffs": (("from", Label.ROLE), ("to", Label.ROLE)),
    }
    for section, pair in ends.items():
        for i, entry in enumerate(sections[section]):
            for field, label in pair:
                if entry[field] not in keys[label]:
                    raise fail(f"{section}[{i}]", f"{field} {entry[field]!r} is not a known {label.value} key")


def load_knowledge_base(path: str | os.PathLike[str] | None = None) -> nx.MultiDiGraph:
    """Load a knowledge-base file (default: the bundled one) into a new graph.

    The graph built from a file is kept as JSON in the user's cache folder
    (``$CAREERGRAPH_CACHE``, else ``$XDG_CACHE_HOME/careergraph`` or
    ``~/.cache/careergraph``; an empty ``$CAREERGRAPH_CACHE`` turns it off), keyed
    by the file's content and the code that builds it, so the next load skips
    the YAML.

    Examples
    --------
    >>> from careergraph.graph.store import counts
    >>> g = load_knowledge_base()
    >>> counts(g)["Role"] > 30 and counts(g)["JobGroup"] >= 6
    True
    >>> g.nodes["operations-assistant"]["label"]
    'Role'
    """
    source = Path(path) if path is not None else default_kb_path()
    cache = _cache_file(source)
    if cache is not None:
        with contextlib.suppress(CareerGraphError, OSError, ValueError):  # a stale or broken cache: build anew
            return load(cache)
    g = _build(source)
    if cache is not None:
        with contextlib.suppress(CareerGraphError, OSError):  # a cache that cannot be written is no cache
            cache.parent.mkdir(parents=True, exist_ok=True)
            save(g, cache)
    return g


#: Environment variable naming the folder of the built knowledge-base cache ("" turns it off).
CACHE_ENV = "CAREERGRAPH_CACHE"


def _cache_file(source: Path) -> Path | None:
    """Where the graph built from ``source`` is kept, by the file's content and the code that builds it.

    Reading the YAML takes most of a query command's start on the knowledge base; the built
    graph, saved as JSON in the user's cache folder, loads in a few milliseconds.
    """
    folder = os.environ.get(CACHE_ENV)
    if folder == "":
        return None
    try:
        digest = hashlib.blake2b(source.read_bytes(), digest_size=16)
        for module in (__file__, store.__file__, schema.__file__):  # a change to the builder makes a new key
            stamp = os.stat(module)
            digest.update(f"{module}:{stamp.st_size}:{stamp.st_mtime_ns}".encode())
    except OSError:
        return None  # read_knowledge_base reports it
    base = Path(folder) if folder else Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "careergraph"
    return base / f"kb-{slugify(source.stem)}-{digest.hexdigest()}.json"


def _build(source: Path) -> nx.MultiDiGraph:
    sections = read_knowledge_base(source)
    g = new_graph()
    g.graph["sources"] = [str(source.name)]
    try:
        for section, label in _SECTION_LABEL.items():
            for entry in sections[section]:
                add_node(
                    g,
                    label,
                    entry["name"],
                    key=entry["key"],
                    aliases=entry.get("aliases", []),
                    description=entry.get("description"),
                    evidence=entry["evidence"],
                    level=entry.get("level"),
                    salaries=entry.get("salaries"),
                )
        for entry in sections["roles"]:
            for group in entry.get("groups", []):
                add_relationship(
                    g, RelType.IN_GROUP, entry["key"], group, evidence=_shared_evidence(g, entry["key"], group)
                )
        for entry in sections["transitions"]:
            add_relationship(
                g,
                RelType.TRANSITIONS_TO,
                entry["from"],
                entry["to"],
                kind=entry["kind"],
                years_min=entry.get("years_min"),
                years_max=entry.get("years_max"),
                evidence=entry["evidence"],
            )
        for entry in sections["requires"]:
            add_relationship(
                g,
                RelType.REQUIRES,
                entry["role"],
                entry["skill"],
                importance=entry["importance"],
                evidence=entry["evidence"],
            )
        for entry in sections["handoffs"]:
            add_relationship(g, RelType.HANDS_OFF_TO, entry["from"], entry["to"], evidence=entry["evidence"])
    except SchemaError as exc:
        raise KnowledgeBaseError(f"{source}: {exc}") from None
    return g


def _shared_evidence(g: nx.MultiDiGraph, role: str, group: str) -> list[Mapping[str, Any]]:
    """Evidence for a role's group membership: the role's sources that also define the group."""
    group_docs = set(evidence_docs(g.nodes[group]["evidence"]))
    role_docs = evidence_docs(g.nodes[role]["evidence"])
    docs = [d for d in role_docs if d in group_docs] or role_docs
    group_name = g.nodes[group]["name"]
    return [{"doc": d, "note": f"knowledge base places this role in the {group_name} group"} for d in docs]
