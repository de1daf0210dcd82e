"""The careergraph schema: node labels, relationship types, keys and properties.

This module is the one place where labels and relationship types are defined.
Every store (networkx, LadybugDB, Neo4j) takes them from here; nothing read from
a document may ever become a label or a relationship type.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Iterable, Mapping
from enum import StrEnum
from typing import Any

from careergraph.graph.errors import SchemaError

__all__ = [
    "ENDPOINTS",
    "GRAPH_LABEL",
    "LIST_PROPERTIES",
    "NODE_PROPERTIES",
    "REL_PROPERTIES",
    "SALARY_CURRENCY",
    "SALARY_PERIOD",
    "STANDARD_RELATIONS",
    "Label",
    "RelType",
    "TransitionKind",
    "check_number",
    "evidence_docs",
    "is_dataset_evidence",
    "normalize_evidence",
    "slugify",
]


class Label(StrEnum):
    """Node labels. The value is the label as it appears in Cypher."""

    ROLE = "Role"
    SKILL = "Skill"
    JOB_GROUP = "JobGroup"


#: The label of the one node a graph server holds for the graph's own attributes (format, sources).
GRAPH_LABEL = "CareerGraph"


class RelType(StrEnum):
    """Relationship types. The value is the type as it appears in Cypher."""

    TRANSITIONS_TO = "TRANSITIONS_TO"
    REQUIRES = "REQUIRES"
    IN_GROUP = "IN_GROUP"
    HANDS_OFF_TO = "HANDS_OFF_TO"
    #: O*NET's related occupations: similar work, ranked within a tier; never a move.
    RELATED_TO = "RELATED_TO"
    #: ESCO's occupation hierarchy, SKOS-style: the source's broader occupation is the target.
    HAS_BROADER = "HAS_BROADER"
    #: A role of our own vocabulary matched to a standard occupation (O*NET-SOC or ESCO).
    ALIGNED_TO = "ALIGNED_TO"


class TransitionKind(StrEnum):
    """The kind of a ``TRANSITIONS_TO`` relationship."""

    PROMOTION = "promotion"
    LATERAL = "lateral"
    ENTRY = "entry"


#: The labels each relationship type connects, as (source label, target label).
ENDPOINTS: dict[RelType, tuple[Label, Label]] = {
    RelType.TRANSITIONS_TO: (Label.ROLE, Label.ROLE),
    RelType.REQUIRES: (Label.ROLE, Label.SKILL),
    RelType.IN_GROUP: (Label.ROLE, Label.JOB_GROUP),
    RelType.HANDS_OFF_TO: (Label.ROLE, Label.ROLE),
    RelType.RELATED_TO: (Label.ROLE, Label.ROLE),
    RelType.HAS_BROADER: (Label.ROLE, Label.ROLE),
    RelType.ALIGNED_TO: (Label.ROLE, Label.ROLE),
}

#: Relationship types that come from a standard taxonomy and say nothing about career moves.
STANDARD_RELATIONS = frozenset({RelType.RELATED_TO, RelType.HAS_BROADER, RelType.ALIGNED_TO})

_COMMON_NODE_PROPERTIES: dict[str, type] = {
    "key": str,
    "name": str,
    "aliases": list,
    "description": str,
    "evidence": list,
}

#: Property name -> Python type, per label. ``key``, ``name``, ``aliases`` and
#: ``evidence`` are present on every node; the others only when known.
NODE_PROPERTIES: dict[Label, dict[str, type]] = {
    Label.ROLE: {
        **_COMMON_NODE_PROPERTIES,
        "level": int,
        "salary_min": float,
        "salary_max": float,
        "salary_currency": str,
        "salary_period": str,
        "salaries": list,
        # standard taxonomies: the layer a role comes from ("onet", "esco"; absent for our own roles)
        "layer": str,
        "onet_soc": str,
        "esco_uri": str,
        "isco_group": str,
        "job_zone": int,
        "tasks": list,
    },
    Label.SKILL: {
        **_COMMON_NODE_PROPERTIES,
        "layer": str,
        # skill, knowledge or technology (O*NET), skill or knowledge (ESCO)
        "kind": str,
        "esco_uri": str,
        "onet_element": str,
        "category": str,
        "hot_technology": bool,
    },
    Label.JOB_GROUP: dict(_COMMON_NODE_PROPERTIES),
}

#: Property name -> Python type, per relationship type (``evidence`` on all).
REL_PROPERTIES: dict[RelType, dict[str, type]] = {
    RelType.TRANSITIONS_TO: {
        "years_min": float,
        "years_max": float,
        "kind": str,
        "evidence": list,
    },
    RelType.REQUIRES: {
        "importance": int,
        # standard taxonomies: ESCO's essential/optional, O*NET's level rating (0-7) and technology flags
        "relation": str,
        "level": float,
        "hot_technology": bool,
        "in_demand": bool,
        "evidence": list,
    },
    RelType.IN_GROUP: {"evidence": list},
    RelType.HANDS_OFF_TO: {"evidence": list},
    RelType.RELATED_TO: {"tier": str, "rank": int, "evidence": list},
    RelType.HAS_BROADER: {"evidence": list},
    RelType.ALIGNED_TO: {"score": float, "matched_label": str, "method": str, "evidence": list},
}

#: Properties whose values are lists (of strings or of evidence/salary records).
LIST_PROPERTIES = frozenset(
    name
    for table in (*NODE_PROPERTIES.values(), *REL_PROPERTIES.values())
    for name, kind in table.items()
    if kind is list
)

SALARY_CURRENCY = "CNY"
SALARY_PERIOD = "month"

_NON_ALNUM = re.compile(r"[^0-9a-z\u4e00-\u9fff]+")


def slugify(name: str) -> str:
    """Return the stable key for a canonical name.

    Lower case; every run of characters other than letters, digits and CJK
    ideographs becomes one hyphen.

    Examples
    --------
    >>> slugify("Pre-sales Customer Service")
    'pre-sales-customer-service'
    >>> slugify("  E-commerce  operations / assistant ")
    'e-commerce-operations-assistant'
    >>> slugify("运营助理")
    '运营助理'
    >>> slugify("Café Manager"), slugify("crèche supervisor")
    ('cafe-manager', 'creche-supervisor')
    """
    text = unicodedata.normalize("NFKC", name).lower()
    if not text.isascii():
        # a Latin letter's accent is dropped, not the letter: "Café Manager" -> cafe-manager, "crèche" -> creche
        spelled = unicodedata.normalize("NFD", text)
        text = "".join(
            c for k, c in enumerate(spelled) if not (k and unicodedata.combining(c) and "a" <= spelled[k - 1] <= "z")
        )
    slug = _NON_ALNUM.sub("-", text).strip("-")
    if not slug:
        raise SchemaError(f"cannot make a key from name {name!r}")
    return slug


_SPAN_FIELDS = {"doc", "start", "end", "quote"}
_RULE_SPAN_FIELDS = {"doc", "start", "end", "quote", "rule"}
_NOTE_FIELDS = {"doc", "note"}
_DATASET_FIELDS = {"doc", "dataset", "version", "row"}


def is_dataset_evidence(item: Mapping[str, Any]) -> bool:
    """True for an evidence record naming a row of a dataset file (O*NET, ESCO).

    Examples
    --------
    >>> is_dataset_evidence({"doc": "Job Zones.txt", "dataset": "O*NET", "version": "29.2", "row": 7})
    True
    >>> is_dataset_evidence({"doc": "a.txt", "note": "stated"})
    False
    """
    return item.keys() == _DATASET_FIELDS


def normalize_evidence(items: Iterable[Mapping[str, Any]], *, where: str = "evidence") -> list[dict[str, Any]]:
    """Check evidence records and return them as plain dicts, duplicates dropped.

    An evidence record is a span of a source document, ``{doc, start, end, quote}``
    (with ``rule``, the id of the text-loader rule that read it, when the text loader made it),
    a hand-curated fact, ``{doc, note}``, or a row of a dataset file,
    ``{doc, dataset, version, row}`` (``doc`` the file name, ``row`` the data row, 1 for the row
    after the header).

    Examples
    --------
    >>> normalize_evidence([{"doc": "a.txt", "note": "stated"}, {"doc": "a.txt", "note": "stated"}])
    [{'doc': 'a.txt', 'note': 'stated'}]
    >>> normalize_evidence([{"doc": "a.txt", "start": 4, "end": 2, "quote": "x"}])
    Traceback (most recent call last):
    ...
    careergraph.graph.errors.SchemaError: evidence[0]: start 4 is after end 2
    """
    out: list[dict[str, Any]] = []
    seen: set[tuple[Any, ...]] = set()
    for i, item in enumerate(items):
        if type(item) is not dict and not isinstance(item, Mapping):  # (the ABC check is slow)
            raise SchemaError(f"{where}[{i}]: expected a mapping, got {type(item).__name__}")
        fields = item.keys()
        if fields == _SPAN_FIELDS or fields == _RULE_SPAN_FIELDS:
            doc, start, end, quote = item["doc"], item["start"], item["end"], item["quote"]
            rule = item.get("rule")
            if rule is not None and (not isinstance(rule, str) or not rule):
                raise SchemaError(f"{where}[{i}]: rule must be a non-empty string")
            if not (type(start) is int or _is_int(start)) or not (type(end) is int or _is_int(end)) or start < 0:
                raise SchemaError(f"{where}[{i}]: start and end must be non-negative integers")
            if start > end:
                raise SchemaError(f"{where}[{i}]: start {start} is after end {end}")
            if not isinstance(quote, str):
                raise SchemaError(f"{where}[{i}]: quote must be a string")
            marker: tuple[Any, ...] = (doc, int(start), int(end), quote, rule)
        elif fields == _NOTE_FIELDS:
            doc, note = item["doc"], item["note"]
            if not isinstance(note, str) or not note.strip():
                raise SchemaError(f"{where}[{i}]: note must be a non-empty string")
            marker = (doc, note)
        elif fields == _DATASET_FIELDS:
            doc, dataset, version, row = item["doc"], item["dataset"], item["version"], item["row"]
            if not isinstance(dataset, str) or not dataset or not isinstance(version, str):
                raise SchemaError(f"{where}[{i}]: dataset and version must be strings")
            if not _is_int(row) or row < 1:
                raise SchemaError(f"{where}[{i}]: row must be a positive integer")
            marker = (doc, dataset, version, row)
        else:
            raise SchemaError(
                f"{where}[{i}]: expected fields {{doc, start, end, quote[, rule]}}, {{doc, note}} or "
                f"{{doc, dataset, version, row}}, got {sorted(fields)}"
            )
        if not isinstance(doc, str) or not doc.strip():
            raise SchemaError(f"{where}[{i}]: doc must be a non-empty string")
        if marker not in seen:
            seen.add(marker)
            if len(marker) == 4 and fields == _DATASET_FIELDS:
                out.append({"doc": doc, "dataset": marker[1], "version": marker[2], "row": marker[3]})
            elif len(marker) == 5:
                record = {"doc": doc, "start": marker[1], "end": marker[2], "quote": quote}
                if marker[4] is not None:
                    record["rule"] = marker[4]
                out.append(record)
            else:
                out.append({"doc": doc, "note": marker[1]})
    return out


def evidence_docs(evidence: Iterable[Mapping[str, Any]]) -> list[str]:
    """The distinct documents behind a list of evidence records, in first-seen order.

    Examples
    --------
    >>> evidence_docs([{"doc": "b", "note": "x"}, {"doc": "a", "note": "y"}, {"doc": "b", "note": "z"}])
    ['b', 'a']
    """
    return list(dict.fromkeys(str(item["doc"]) for item in evidence))


def _is_int(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def check_number(value: Any, *, where: str, integer: bool = False) -> float | int:
    """Return ``value`` as a number, or raise SchemaError naming ``where``.

    Examples
    --------
    >>> check_number("3", where="years_min")
    Traceback (most recent call last):
    ...
    careergraph.graph.errors.SchemaError: years_min: '3' is not a number
    >>> check_number(2, where="level", integer=True)
    2
    """
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise SchemaError(f"{where}: {value!r} is not a number")
    if isinstance(value, float) and not math.isfinite(value):
        raise SchemaError(f"{where}: {value!r} is not a finite number")
    if integer:
        if isinstance(value, float) and not value.is_integer():
            raise SchemaError(f"{where}: {value!r} is not a whole number")
        return int(value)
    return float(value)
