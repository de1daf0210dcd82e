"""Every Cypher statement careergraph sends, as small builder functions.

Labels and relationship types cannot be query parameters, so they are spliced
into the text here and only from the :class:`~careergraph.graph.schema.Label`
and :class:`~careergraph.graph.schema.RelType` Enums; property names come from
the schema tables. Every value is a ``$parameter``. The stores
(:mod:`careergraph.graph.ladybug_store`, :mod:`careergraph.graph.neo4j_store`)
batch rows and call these builders; nothing else writes Cypher.

Cypher stores hold a property as a scalar or a flat list, so the lists of
records (``evidence``, ``salaries``) travel as lists of JSON strings, one per
record; :func:`encode_value` and :func:`decode_value` convert both ways.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from typing import Any

from careergraph.graph.errors import CypherError
from careergraph.graph.schema import ENDPOINTS, GRAPH_LABEL, NODE_PROPERTIES, REL_PROPERTIES, Label, RelType

__all__ = [
    "INDEXED_FORM_BYTES",
    "NAME_FORMS",
    "RECORD_PROPERTIES",
    "bounded_routes",
    "check_one_statement",
    "check_parameters",
    "count_nodes",
    "count_relationships",
    "create_constraint",
    "create_key_index",
    "create_name_indexes",
    "decode_value",
    "delete_label",
    "encode_value",
    "fewest_steps_routes",
    "graph_attributes",
    "ladybug_copy",
    "ladybug_node_table",
    "ladybug_read_nodes",
    "ladybug_read_relationships",
    "ladybug_rel_table",
    "merge_graph_attributes",
    "merge_nodes",
    "merge_relationships",
    "missing_parameters",
    "node_names",
    "pull_nodes",
    "pull_relationships",
    "reachable_names",
    "resolve_names",
    "resolved_name",
    "role_links",
    "shared_with",
    "similarity_parts",
    "skills_of_roles",
    "statement_count",
    "table_clause",
    "touching",
    "writing_clause",
]

#: List properties whose items are records (dicts), stored as lists of JSON strings.
RECORD_PROPERTIES = frozenset({"evidence", "salaries"})

_LADYBUG_TYPES: dict[type, str] = {str: "STRING", int: "INT64", float: "DOUBLE", bool: "BOOLEAN", list: "STRING[]"}


def _label(label: Label | str) -> str:
    return GRAPH_LABEL if label == GRAPH_LABEL else Label(label).value


def _rel(rel: RelType | str) -> str:
    return RelType(rel).value


def encode_value(name: str, value: Any) -> Any:
    """A property value as a Cypher store holds it: record lists become lists of JSON strings.

    Examples
    --------
    >>> encode_value("evidence", [{"doc": "a.txt", "note": "stated"}])
    ['{"doc": "a.txt", "note": "stated"}']
    >>> encode_value("aliases", ["店长"])
    ['店长']
    """
    if name in RECORD_PROPERTIES and value is not None:
        return [json.dumps(item, ensure_ascii=False) for item in value]
    return value


def decode_value(name: str, value: Any) -> Any:
    """The inverse of :func:`encode_value`.

    Examples
    --------
    >>> decode_value("evidence", ['{"doc": "a.txt", "note": "stated"}'])
    [{'doc': 'a.txt', 'note': 'stated'}]
    """
    if name in RECORD_PROPERTIES and value is not None:
        return [json.loads(item) if isinstance(item, str) else item for item in value]
    if isinstance(value, list):
        return list(value)
    return value


_STRING_LITERAL = re.compile(r"'(?:\\.|[^'\\])*'|\"(?:\\.|[^\"\\])*\"|`[^`]*`")
_PARAMETER = re.compile(r"\$([A-Za-z_][A-Za-z0-9_]*)")


def missing_parameters(query: str, params: Mapping[str, Any]) -> list[str]:
    """The ``$parameter`` names the query uses (outside string literals) that ``params`` lacks, sorted.

    Examples
    --------
    >>> missing_parameters("MATCH (r:Role {key: $key}) WHERE r.level > $least RETURN '$not_one' AS x", {"key": "a"})
    ['least']
    """
    used = _PARAMETER.findall(_STRING_LITERAL.sub("''", query))
    return sorted(set(used) - set(params))


def check_parameters(query: str, params: Mapping[str, Any], *, engine: str) -> None:
    """Raise CypherError when the query uses a ``$parameter`` that ``params`` lacks.

    (LadybugDB would silently run a missing parameter as ``null``.)

    Examples
    --------
    >>> check_parameters("MATCH (r:Role {key: $key}) RETURN '$not_one' AS x", {"key": "a"}, engine="test")
    >>> check_parameters("RETURN $who AS x", {}, engine="test")
    Traceback (most recent call last):
    ...
    careergraph.graph.errors.CypherError: test: missing parameter $who (pass it in params= or as a keyword argument)
    query:
      RETURN $who AS x
    """
    missing = missing_parameters(query, params)
    if missing:
        names = ", ".join(f"${name}" for name in missing)
        hint = "pass it in params= or as a keyword argument"
        raise CypherError(f"missing parameter {names} ({hint})", query, engine=engine)


_COMMENT = re.compile(r"//[^\n]*|/\*.*?\*/", re.DOTALL)


def statement_count(query: str) -> int:
    """How many statements ``query`` holds (``;`` outside literals and comments separates them).

    Examples
    --------
    >>> statement_count("MATCH (n) RETURN count(n) AS n;"), statement_count("RETURN 1 AS a; RETURN 2 AS b")
    (1, 2)
    >>> statement_count("RETURN 'a;b' AS text // one; still")
    1
    """
    code = _COMMENT.sub(" ", _STRING_LITERAL.sub("''", query))
    return sum(1 for part in code.split(";") if part.strip()) or 1


def check_one_statement(query: str, *, engine: str) -> None:
    """Raise CypherError when ``query`` holds several statements (only one result could be shown).

    Examples
    --------
    >>> check_one_statement("RETURN 1 AS a; RETURN 2 AS b", engine="test")
    Traceback (most recent call last):
    ...
    careergraph.graph.errors.CypherError: test: 2 statements separated by ';'; run them one at a time
    query:
      RETURN 1 AS a; RETURN 2 AS b
    """
    count = statement_count(query)
    if count > 1:
        raise CypherError(f"{count} statements separated by ';'; run them one at a time", query, engine=engine)


_WRITE_CLAUSE = re.compile(
    r"\b(CREATE|MERGE|SET|DELETE|REMOVE|DROP|LOAD\s+CSV|FOREACH|COPY|ALTER|IMPORT|EXPORT|INSTALL|ATTACH)\b",
    re.IGNORECASE,
)
# what changes the tables themselves (or files outside the graph) rather than the graph they hold
_TABLE_CLAUSE = re.compile(
    r"\b(CREATE\s+(?:NODE|REL)\s+TABLE|DROP|ALTER|COPY|LOAD|IMPORT|EXPORT|INSTALL|ATTACH|DETACH\s+DATABASE)\b",
    re.IGNORECASE,
)


def writing_clause(query: str) -> str | None:
    """The first writing clause of ``query`` (outside string literals and comments), upper-case, or None.

    Examples
    --------
    >>> writing_clause("MATCH (r:Role {key: 'a'}) SET r.name = 'Set' RETURN r.name AS name")
    'SET'
    >>> writing_clause("MATCH (n) RETURN n.key AS key // delete later") is None
    True
    """
    found = _WRITE_CLAUSE.search(_COMMENT.sub(" ", _STRING_LITERAL.sub("''", query)))
    return " ".join(found.group(1).upper().split()) if found else None


def table_clause(query: str) -> str | None:
    """The first clause of ``query`` that changes the tables (or reads or writes files) rather than the graph.

    Examples
    --------
    >>> table_clause("ALTER TABLE Role ADD pay INT64"), table_clause("MATCH (n:Role) DETACH DELETE n")
    ('ALTER', None)
    """
    found = _TABLE_CLAUSE.search(_COMMENT.sub(" ", _STRING_LITERAL.sub("''", query)))
    return " ".join(found.group(1).upper().split()) if found else None


# --- LadybugDB: declared tables, bulk COPY -----------------------------------


def ladybug_node_table(label: Label | str) -> str:
    """``CREATE NODE TABLE`` for a label: the schema's properties, ``key`` the primary key.

    Examples
    --------
    >>> print(ladybug_node_table(Label.JOB_GROUP))
    CREATE NODE TABLE JobGroup(key STRING PRIMARY KEY, name STRING, aliases STRING[], description STRING, evidence
    STRING[])
    """
    name = _label(label)
    columns = [
        f"{prop} {_LADYBUG_TYPES[kind]}" + (" PRIMARY KEY" if prop == "key" else "")
        for prop, kind in NODE_PROPERTIES[Label(name)].items()
    ]
    return f"CREATE NODE TABLE {name}({', '.join(columns)})"


def ladybug_rel_table(rel: RelType | str) -> str:
    """``CREATE REL TABLE`` for a relationship type, its endpoints from the schema.

    Examples
    --------
    >>> ladybug_rel_table(RelType.RELATED_TO)
    'CREATE REL TABLE RELATED_TO(FROM Role TO Role, tier STRING, rank INT64, evidence STRING[])'
    """
    rel_type = RelType(rel)
    source, target = ENDPOINTS[rel_type]
    columns = [f"FROM {source.value} TO {target.value}"]
    columns += [f"{prop} {_LADYBUG_TYPES[kind]}" for prop, kind in REL_PROPERTIES[rel_type].items()]
    return f"CREATE REL TABLE {rel_type.value}({', '.join(columns)})"


def ladybug_copy(table: Label | RelType) -> str:
    """``COPY`` a table from the DataFrame parameter ``$df`` (columns in table order).

    Examples
    --------
    >>> ladybug_copy(Label.ROLE)
    'COPY Role FROM $df'
    """
    return f"COPY {table.value} FROM $df"


def ladybug_read_nodes(label: Label | str) -> str:
    """Every node of a label with every schema property, one column each, by key.

    Examples
    --------
    >>> print(ladybug_read_nodes(Label.JOB_GROUP))
    MATCH (n:JobGroup) RETURN n.key AS key, n.name AS name, n.aliases AS aliases, n.description AS description,
    n.evidence AS evidence ORDER BY key
    """
    name = _label(label)
    columns = ", ".join(f"n.{prop} AS {prop}" for prop in NODE_PROPERTIES[Label(name)])
    return f"MATCH (n:{name}) RETURN {columns} ORDER BY key"


def ladybug_read_relationships(rel: RelType | str) -> str:
    """Every relationship of a type with both keys and every schema property.

    Examples
    --------
    >>> print(ladybug_read_relationships(RelType.IN_GROUP))
    MATCH (a:Role)-[r:IN_GROUP]->(b:JobGroup) RETURN a.key AS _source, b.key AS _target, r.evidence AS evidence
    ORDER BY _source, _target
    """
    rel_type = RelType(rel)
    source, target = ENDPOINTS[rel_type]
    columns = "".join(f", r.{prop} AS {prop}" for prop in REL_PROPERTIES[rel_type])
    return (
        f"MATCH (a:{source.value})-[r:{rel_type.value}]->(b:{target.value}) "
        f"RETURN a.key AS _source, b.key AS _target{columns} ORDER BY _source, _target"
    )


# --- Neo4j: constraints, batched writes, reads -------------------------------


def create_constraint(label: Label | str) -> str:
    """A uniqueness constraint on ``key`` for a label (Neo4j 5 syntax).

    Examples
    --------
    >>> create_constraint(Label.ROLE)
    'CREATE CONSTRAINT careergraph_role_key IF NOT EXISTS FOR (n:Role) REQUIRE n.key IS UNIQUE'
    """
    name = _label(label)
    return f"CREATE CONSTRAINT careergraph_{name.lower()}_key IF NOT EXISTS FOR (n:{name}) REQUIRE n.key IS UNIQUE"


def create_key_index(label: Label | str) -> str:
    """A plain index on ``key`` for a label: the fallback for servers that refuse constraints.

    Examples
    --------
    >>> create_key_index(Label.SKILL)
    'CREATE INDEX FOR (n:Skill) ON (n.key)'
    """
    return f"CREATE INDEX FOR (n:{_label(label)}) ON (n.key)"


def merge_nodes(label: Label | str) -> str:
    """Merge a batch ``$rows`` of ``{key, props}`` on key and set every schema property.

    ``props`` names every property of the label, ``null`` for the absent ones,
    so a second push with the same rows changes nothing.

    Examples
    --------
    >>> merge_nodes(Label.ROLE)
    'UNWIND $rows AS row MERGE (n:Role {key: row.key}) SET n += row.props'
    """
    return f"UNWIND $rows AS row MERGE (n:{_label(label)} {{key: row.key}}) SET n += row.props"


def merge_relationships(rel: RelType | str) -> str:
    """Merge a batch ``$rows`` of ``{source, target, props}``, both ends matched on key.

    Examples
    --------
    >>> print(merge_relationships(RelType.REQUIRES))
    UNWIND $rows AS row MATCH (a:Role {key: row.source}) MATCH (b:Skill {key: row.target}) MERGE
    (a)-[r:REQUIRES]->(b) SET r += row.props
    """
    rel_type = RelType(rel)
    source, target = ENDPOINTS[rel_type]
    return (
        f"UNWIND $rows AS row MATCH (a:{source.value} {{key: row.source}}) "
        f"MATCH (b:{target.value} {{key: row.target}}) "
        f"MERGE (a)-[r:{rel_type.value}]->(b) SET r += row.props"
    )


def delete_label(label: Label | str) -> str:
    """Remove up to ``$limit`` nodes of one of our labels, with their relationships; return how many as ``n``.

    Run again until ``n`` is 0: no transaction has to hold a whole label.

    Examples
    --------
    >>> delete_label("Skill")
    'MATCH (n:Skill) WITH n LIMIT $limit DETACH DELETE n RETURN count(*) AS n'
    """
    return f"MATCH (n:{_label(label)}) WITH n LIMIT $limit DETACH DELETE n RETURN count(*) AS n"


def merge_graph_attributes() -> str:
    """Keep the graph's own attributes (``$attributes``, a JSON object) on its one node.

    Examples
    --------
    >>> merge_graph_attributes()
    "MERGE (g:CareerGraph {key: 'graph'}) SET g.attributes = $attributes"
    """
    return f"MERGE (g:{GRAPH_LABEL} {{key: 'graph'}}) SET g.attributes = $attributes"


def graph_attributes() -> str:
    """The graph's own attributes as the JSON text ``attributes`` (no row when never pushed).

    Examples
    --------
    >>> graph_attributes()
    "MATCH (g:CareerGraph {key: 'graph'}) RETURN g.attributes AS attributes"
    """
    return f"MATCH (g:{GRAPH_LABEL} {{key: 'graph'}}) RETURN g.attributes AS attributes"


def pull_nodes(label: Label | str) -> str:
    """Read every node of a label as ``key`` and ``props`` (all its properties).

    Examples
    --------
    >>> pull_nodes(Label.JOB_GROUP)
    'MATCH (n:JobGroup) RETURN n.key AS key, properties(n) AS props ORDER BY key'
    """
    return f"MATCH (n:{_label(label)}) RETURN n.key AS key, properties(n) AS props ORDER BY key"


def pull_relationships(rel: RelType | str) -> str:
    """Read every relationship of a type as ``source``, ``target`` and ``props``.

    Examples
    --------
    >>> print(pull_relationships(RelType.IN_GROUP))
    MATCH (a:Role)-[r:IN_GROUP]->(b:JobGroup) RETURN a.key AS source, b.key AS target,
    properties(r) AS props ORDER BY source, target
    """
    rel_type = RelType(rel)
    source, target = ENDPOINTS[rel_type]
    return (
        f"MATCH (a:{source.value})-[r:{rel_type.value}]->(b:{target.value}) "
        "RETURN a.key AS source, b.key AS target, properties(r) AS props ORDER BY source, target"
    )


def count_nodes(label: Label | str) -> str:
    """Count the nodes of a label as ``n``.

    Examples
    --------
    >>> count_nodes(Label.ROLE)
    'MATCH (n:Role) RETURN count(n) AS n'
    """
    return f"MATCH (n:{_label(label)}) RETURN count(n) AS n"


def count_relationships(rel: RelType | str) -> str:
    """Count the relationships of a type (between our labels) as ``n``.

    Examples
    --------
    >>> count_relationships(RelType.REQUIRES)
    'MATCH (:Role)-[r:REQUIRES]->(:Skill) RETURN count(r) AS n'
    """
    rel_type = RelType(rel)
    source, target = ENDPOINTS[rel_type]
    return f"MATCH (:{source.value})-[r:{rel_type.value}]->(:{target.value}) RETURN count(r) AS n"


# --- reads behind the queries (careergraph.queries on a Neo4j store) ----------


def node_names(label: Label | str) -> str:
    """Key, name and aliases of every node of a label (for name resolution).

    Examples
    --------
    >>> node_names(Label.ROLE)
    'MATCH (n:Role) RETURN n.key AS key, n.name AS name, n.aliases AS aliases ORDER BY key'
    """
    return f"MATCH (n:{_label(label)}) RETURN n.key AS key, n.name AS name, n.aliases AS aliases ORDER BY key"


def role_links(*, outgoing: bool, by_name: bool = False) -> str:
    """The transitions out of (or into) the role ``$key``, with the other role's name.

    With ``by_name``, the role is named by ``$names[0]`` (normalized:
    ``$forms[0]``) instead, and resolved in the same statement (one round trip):
    :func:`resolved_name` binds ``hits`` and ``me``, every row carries them, and
    the moves are those of ``me`` (one row of nulls when it has none or nothing
    resolved).

    Examples
    --------
    >>> print(role_links(outgoing=False))
    MATCH (a:Role)-[t:TRANSITIONS_TO]->(b:Role) WHERE b.key = $key RETURN a.key AS key, a.name AS name, t.kind AS
    kind, t.years_min AS years_min, t.years_max AS years_max, t.evidence AS evidence
    >>> role_links(outgoing=True, by_name=True).count("OPTIONAL MATCH (a:Role {key: me})")
    1
    """
    me, other = ("a", "b") if outgoing else ("b", "a")
    role, rel = Label.ROLE.value, RelType.TRANSITIONS_TO.value
    columns = (
        f"{other}.key AS key, {other}.name AS name, t.kind AS kind, "
        "t.years_min AS years_min, t.years_max AS years_max, t.evidence AS evidence"
    )
    if by_name:
        ends = (f"{role} {{key: me}}", role) if outgoing else (role, f"{role} {{key: me}}")
        pattern = f"(a:{ends[0]})-[t:{rel}]->(b:{ends[1]})"
        return f"{resolved_name(Label.ROLE)}OPTIONAL MATCH {pattern} RETURN hits, me, {columns}"
    return f"MATCH (a:{role})-[t:{rel}]->(b:{role}) WHERE {me}.key = $key RETURN {columns}"


def touching() -> str:
    """Every relationship that touches a node in ``$keys``, either way, as rows.

    A row holds ``node`` (the key in ``$keys``), ``other`` with its ``name``
    and ``label``, ``rel`` (the type) and ``direction`` (``out`` or ``in``
    as seen from ``node``). One part per relationship type and direction, so
    every label and type is spelt from the schema.

    Examples
    --------
    >>> touching().count("UNION ALL") == 2 * len(RelType) - 1
    True
    """
    parts = []
    for rel in RelType:
        source, target = ENDPOINTS[rel]
        for direction in ("out", "in"):
            me, other, other_label = ("a", "b", target) if direction == "out" else ("b", "a", source)
            parts.append(
                f"MATCH (a:{source.value})-[:{rel.value}]->(b:{target.value}) WHERE {me}.key IN $keys "
                f"RETURN {me}.key AS node, {other}.key AS other, {other}.name AS name, "
                f"'{other_label.value}' AS label, '{rel.value}' AS rel, '{direction}' AS direction"
            )
    return " UNION ALL ".join(parts)


# --- queries answered inside Neo4j (careergraph.queries.remote) ----------------

#: Node properties the Neo4j store adds for name resolution: the normalized key and codes, the name,
#: the aliases, and the forms too long for an index. Lists are kept as one string, ``|form|form|``,
#: so that a text index finds a form with CONTAINS; in ``long_forms`` each form carries its rank,
#: ``|0:form|1:form|``.
NAME_FORMS = ("key_forms", "name_form", "alias_forms", "long_forms")

#: Longest form (in UTF-8 bytes) put under an index; a longer one goes to ``long_forms``, unindexed
#: (index entries have size limits).
INDEXED_FORM_BYTES = 4000


def create_name_indexes(label: Label | str) -> list[str]:
    """The indexes name resolution uses: a text index on the key's forms, a range index on the name's.

    The aliases stay unindexed (an O*NET occupation has hundreds, past an index entry's size):
    they are read only for names that match no key, code or name.

    Examples
    --------
    >>> for statement in create_name_indexes(Label.SKILL):
    ...     print(statement)
    CREATE TEXT INDEX careergraph_skill_key_forms IF NOT EXISTS FOR (n:Skill) ON (n.key_forms)
    CREATE INDEX careergraph_skill_name_form IF NOT EXISTS FOR (n:Skill) ON (n.name_form)
    """
    name = _label(label)
    key_forms, name_form, *_ = NAME_FORMS
    return [
        f"CREATE TEXT INDEX careergraph_{name.lower()}_{key_forms} IF NOT EXISTS FOR (n:{name}) ON (n.{key_forms})",
        f"CREATE INDEX careergraph_{name.lower()}_{name_form} IF NOT EXISTS FOR (n:{name}) ON (n.{name_form})",
    ]


def resolve_names(label: Label | str | None, *, unindexed: bool = False) -> str:
    """For each ``$names[i]`` (normalized: ``$forms[i]``), the nodes (of ``label``, or any) it may mean.

    A row holds ``i``, the node's ``key``, ``name`` and ``label``, and ``rank``:
    -1 the exact key, 0 the form of the key or a code, 1 of the name, 2 of an
    alias. By default the parts that seek an index (exact key, key and code
    forms, name form); with ``unindexed``, the ones that read every node of the
    label (aliases, and forms too long for an index), for the names the first
    found nothing for: a name with a hit there cannot rank better here.

    Examples
    --------
    >>> resolve_names(Label.ROLE).count("UNION ALL"), resolve_names(None, unindexed=True).count("UNION ALL")
    (2, 2)
    """
    key_forms, name_form, alias_forms, long_forms = NAME_FORMS
    each = "UNWIND range(0, size($names) - 1) AS i WITH i, $names[i] AS name, $forms[i] AS form "
    needle = "WITH i, form, '|' + form + '|' AS needle WHERE needle IS NOT NULL "
    parts = []
    for lab in list(Label) if label is None else [Label(label)]:
        found = f"RETURN i, n.key AS key, n.name AS name, '{lab.value}' AS label, "
        if not unindexed:
            parts += [
                f"{each}MATCH (n:{lab.value} {{key: name}}) {found}-1 AS rank",
                f"{each}{needle}MATCH (n:{lab.value}) WHERE n.{key_forms} CONTAINS needle {found}0 AS rank",
                f"{each}MATCH (n:{lab.value}) WHERE n.{name_form} = form {found}1 AS rank",
            ]
        else:
            parts.append(
                f"{each}{needle}MATCH (n:{lab.value}) WHERE n.{alias_forms} CONTAINS needle "
                f"OR n.{long_forms} CONTAINS '|0:' + form + '|' OR n.{long_forms} CONTAINS '|1:' + form + '|' "
                f"{found}CASE WHEN n.{long_forms} CONTAINS '|0:' + form + '|' THEN 0 "
                f"WHEN n.{long_forms} CONTAINS '|1:' + form + '|' THEN 1 ELSE 2 END AS rank"
            )
    return " UNION ALL ".join(parts)


def resolved_name(label: Label | str | None) -> str:
    """Clauses resolving ``$names[0]`` (normalized: ``$forms[0]``) on the indexes, to open a query about that node.

    They bind ``hits``, the rows of :func:`resolve_names` as maps of ``key``,
    ``name`` and ``rank``, and ``me``, the key of the node when one node alone
    has the best rank (else null). The caller decides from ``hits`` as
    :func:`careergraph.queries.resolve` would; when it finds nothing there
    (an alias, an unknown name) it resolves the name by itself.

    Examples
    --------
    >>> resolved_name(Label.ROLE).startswith("CALL { UNWIND range(0, size($names) - 1) AS i")
    True
    """
    return (
        f"CALL {{ {resolve_names(label)} }} "
        "WITH collect({key: key, name: name, rank: rank}) AS hits "
        "WITH hits, reduce(best = null, h IN hits | CASE WHEN best IS NULL OR h.rank < best THEN h.rank "
        "ELSE best END) AS best "
        "WITH hits, [h IN hits WHERE h.rank = best | h.key] AS top "
        "WITH hits, CASE WHEN size(top) > 0 AND all(k IN top WHERE k = top[0]) THEN top[0] END AS me "
    )


def _years(rel: str, default: str = "default_years") -> str:
    """A move's years as the networkx queries weigh it: the midpoint, one end, or ``default``."""
    return (
        f"CASE WHEN {rel}.years_min IS NULL AND {rel}.years_max IS NULL THEN {default} "
        f"WHEN {rel}.years_min IS NULL THEN toFloat({rel}.years_max) "
        f"WHEN {rel}.years_max IS NULL THEN toFloat({rel}.years_min) "
        f"ELSE ({rel}.years_min + {rel}.years_max) / 2.0 END"
    )


def _default_years() -> str:
    """Clauses binding ``default_years``: the median stated midpoint (1.0 when none is stated)."""
    role, rel = Label.ROLE.value, RelType.TRANSITIONS_TO.value
    return (
        f"OPTIONAL MATCH (:{role})-[t:{rel}]->(:{role}) WHERE t.years_min IS NOT NULL OR t.years_max IS NOT NULL "
        f"WITH coalesce(percentileCont({_years('t', 'null')}, 0.5), 1.0) AS default_years "
    )


_PATH_ROWS = (
    "[n IN nodes(p) | n.key] AS roles, [n IN nodes(p) | n.name] AS names, "
    "[r IN relationships(p) | {kind: r.kind, years_min: r.years_min, years_max: r.years_max, "
    "evidence: r.evidence}] AS steps"
)


def fewest_steps_routes() -> str:
    """Every route of the fewest moves from ``$source`` to ``$target``, best ``$k`` first.

    Ranked as :func:`careergraph.queries.paths.route_rank` does: years, then
    the role keys in order.

    Examples
    --------
    >>> "allShortestPaths" in fewest_steps_routes()
    True
    """
    role, rel = Label.ROLE.value, RelType.TRANSITIONS_TO.value
    return (
        f"{_default_years()}MATCH (a:{role} {{key: $source}}), (b:{role} {{key: $target}}) "
        f"MATCH p = allShortestPaths((a)-[:{rel}*]->(b)) "
        f"WITH p, reduce(y = 0.0, r IN relationships(p) | y + {_years('r')}) AS years "
        f"WITH p, years, [n IN nodes(p) | n.key] AS keys ORDER BY round(years, 6), keys LIMIT $k "
        f"RETURN {_PATH_ROWS}, years"
    )


def bounded_routes(max_moves: int, *, by_years: bool) -> str:
    """The simple routes of at most ``max_moves`` moves from ``$source`` to ``$target``, best ``$k`` first.

    A variable-length bound cannot be a parameter, so ``max_moves`` (a whole
    number the query code computes) goes into the text.

    Examples
    --------
    >>> "*1..4]" in bounded_routes(4, by_years=True)
    True
    """
    if not isinstance(max_moves, int) or isinstance(max_moves, bool) or max_moves < 1:
        raise ValueError(f"max_moves must be a positive whole number, not {max_moves!r}")
    role, rel = Label.ROLE.value, RelType.TRANSITIONS_TO.value
    order = "round(years, 6), length(p), keys" if by_years else "length(p), round(years, 6), keys"
    return (
        f"{_default_years()}MATCH (a:{role} {{key: $source}}), (b:{role} {{key: $target}}) "
        f"MATCH p = (a)-[:{rel}*1..{max_moves}]->(b) "
        "WHERE all(n IN nodes(p) WHERE single(m IN nodes(p) WHERE m = n)) "
        f"WITH p, reduce(y = 0.0, r IN relationships(p) | y + {_years('r')}) AS years "
        f"WITH p, years, [n IN nodes(p) | n.key] AS keys ORDER BY {order} LIMIT $k "
        f"RETURN {_PATH_ROWS}, years"
    )


def reachable_names(*, outgoing: bool) -> str:
    """The names of the roles ``$key`` leads to (or that lead to it), by any number of moves.

    Examples
    --------
    >>> reachable_names(outgoing=False).startswith("MATCH (me:Role {key: $key})<-")
    True
    """
    role, rel = Label.ROLE.value, RelType.TRANSITIONS_TO.value
    left, right = ("-", "->") if outgoing else ("<-", "-")
    return (
        f"MATCH (me:{role} {{key: $key}}){left}[:{rel}*]{right}(o:{role}) WHERE o <> me "
        "RETURN DISTINCT o.name AS name"
    )


def skills_of_roles() -> str:
    """The skills each role in ``$keys`` requires: ``role``, ``skill``, ``name``, ``importance`` (3 when unstated).

    Examples
    --------
    >>> "coalesce(q.importance, 3)" in skills_of_roles()
    True
    """
    return (
        f"UNWIND $keys AS k MATCH (r:{Label.ROLE.value} {{key: k}})-[q:{RelType.REQUIRES.value}]->"
        f"(s:{Label.SKILL.value}) RETURN r.key AS role, s.key AS skill, s.name AS name, "
        "coalesce(q.importance, 3) AS importance"
    )


def similarity_parts() -> str:
    """For each role sharing a skill or a group with ``$key``: what the similarity score is made of.

    ``low`` is the sum over shared skills of the smaller importance (1 when
    unstated), ``mine``/``theirs`` the sums of each role's importances,
    ``shared_groups``/``my_groups``/``their_groups`` the group counts.

    Examples
    --------
    >>> similarity_parts().count("reduce(")
    3
    """
    role, skill, grp = Label.ROLE.value, Label.SKILL.value, Label.JOB_GROUP.value
    req, in_group = RelType.REQUIRES.value, RelType.IN_GROUP.value

    def total(who: str) -> str:
        return f"reduce(s = 0, x IN [({who})-[q:{req}]->(:{skill}) | coalesce(q.importance, 1)] | s + x)"

    a, b = "coalesce(a.importance, 1)", "coalesce(b.importance, 1)"
    return (
        f"MATCH (me:{role} {{key: $key}}) "
        f"WITH me, {total('me')} AS mine, size([(me)-[:{in_group}]->(j:{grp}) | j]) AS my_groups "
        f"MATCH (me)-[:{req}|{in_group}]->(x)<-[:{req}|{in_group}]-(o:{role}) WHERE o <> me "
        "WITH DISTINCT me, mine, my_groups, o "
        "RETURN o.key AS key, o.name AS name, "
        f"reduce(s = 0, x IN [(me)-[a:{req}]->(:{skill})<-[b:{req}]-(o) | CASE WHEN {a} < {b} THEN {a} ELSE {b} END] "
        f"| s + x) AS low, mine, {total('o')} AS theirs, "
        f"size([(me)-[:{in_group}]->(j:{grp})<-[:{in_group}]-(o) | j]) AS shared_groups, my_groups, "
        f"size([(o)-[:{in_group}]->(j:{grp}) | j]) AS their_groups"
    )


def shared_with() -> str:
    """What the role ``$key`` shares with each role in ``$keys``: skills (with both importances) and groups.

    Examples
    --------
    >>> shared_with().count("UNION ALL")
    1
    """
    role, skill, grp = Label.ROLE.value, Label.SKILL.value, Label.JOB_GROUP.value
    req, in_group = RelType.REQUIRES.value, RelType.IN_GROUP.value
    return (
        f"UNWIND $keys AS k MATCH (me:{role} {{key: $key}})-[a:{req}]->(s:{skill})<-[b:{req}]-(o:{role} {{key: k}}) "
        "RETURN k AS other, 'skill' AS kind, s.key AS key, s.name AS name, "
        "coalesce(a.importance, 1) AS mine, coalesce(b.importance, 1) AS theirs "
        "UNION ALL "
        f"UNWIND $keys AS k MATCH (me:{role} {{key: $key}})-[:{in_group}]->(j:{grp})"
        f"<-[:{in_group}]-(o:{role} {{key: k}}) "
        "RETURN k AS other, 'group' AS kind, j.key AS key, j.name AS name, 1 AS mine, 1 AS theirs"
    )
