"""CLI commands for Cypher and Neo4j: ``cypher``, ``push`` and ``pull``.

``careergraph cypher "MATCH ..."`` runs a query on the graph in an embedded
LadybugDB (or, with ``--neo4j URI``, on Neo4j); ``push`` writes the graph to
Neo4j and ``pull`` reads it back into a graph file.
"""

from __future__ import annotations

import argparse
import json
import math
import re
import sys
import warnings
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

import networkx as nx

from careergraph.api import default_graph_path, save
from careergraph.cli_queries import format_table, whole_number
from careergraph.graph import cypher as cypher_text
from careergraph.graph.errors import CareerGraphError, WriteRefused
from careergraph.graph.neo4j_store import (
    DATABASE_ENV,
    DEFAULT_DATABASE,
    PASSWORD_ENV,
    URI_ENV,
    USERNAME_ENV,
    ConstraintWarning,
    Neo4jStore,
)
from careergraph.graph.schema import Label, RelType

if TYPE_CHECKING:  # pandas and LadybugDB load only when a query runs
    import pandas as pd

__all__ = ["parse_param", "register"]

LoadGraph = Callable[[argparse.Namespace], nx.MultiDiGraph]

_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]*\Z")


def parse_param(text: str) -> tuple[str, Any]:
    """Read ``--param NAME=VALUE``: VALUE is JSON when it parses as JSON, else a string.

    Examples
    --------
    >>> parse_param("key=store-manager"), parse_param("least=4"), parse_param('names=["a", "b"]')
    (('key', 'store-manager'), ('least', 4), ('names', ['a', 'b']))
    >>> parse_param('quoted="4"')
    ('quoted', '4')
    """
    name, sep, value = text.partition("=")
    if not sep or not _NAME.match(name):
        raise argparse.ArgumentTypeError(f"expected NAME=VALUE with NAME a Cypher parameter name, got {text!r}")
    try:
        return name, json.loads(value)
    except ValueError:
        return name, value


def _cell(value: Any) -> Any:
    import pandas as pd

    if value is None or value is pd.NA or (isinstance(value, float) and math.isnan(value)):
        return None
    if hasattr(value, "tolist"):  # numpy scalars and arrays
        return value.tolist()
    if isinstance(value, dict):
        return {str(k): _cell(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_cell(v) for v in value]
    return value


def _records(frame: pd.DataFrame) -> list[dict[str, Any]]:
    return [{str(col): _cell(row[i]) for i, col in enumerate(frame.columns)} for row in frame.itertuples(index=False)]


def _text(value: Any) -> str:
    value = _cell(value)
    if value is None:
        return ""
    if isinstance(value, list | dict):
        return json.dumps(value, ensure_ascii=False)
    return str(value)


_CELL_WIDTH = 80


def _shorten(text: str) -> str:
    # whole nodes and paths make very long cells: the table shows their start, --json all of them
    return text if len(text) <= _CELL_WIDTH else text[: _CELL_WIDTH - 3] + "..."


def _print_frame(frame: pd.DataFrame, fmt: str) -> None:
    if fmt == "json":
        sys.stdout.write(json.dumps(_records(frame), ensure_ascii=False, indent=2) + "\n")
    elif fmt == "csv":
        text = frame.map(lambda v: _text(v) if isinstance(v, list | dict) else v)
        sys.stdout.write(text.to_csv(index=False))
    else:
        rows = [[_shorten(_text(v)) for v in row] for row in frame.itertuples(index=False)]
        sys.stdout.write(format_table([str(c) for c in frame.columns], rows) + "\n")
        sys.stdout.flush()
        print(f"({len(frame)} row{'s' if len(frame) != 1 else ''})", file=sys.stderr)


def _store(args: argparse.Namespace) -> Neo4jStore:
    return Neo4jStore(args.neo4j, database=args.database)


def _add_neo4j_options(p: argparse.ArgumentParser, *, required: bool) -> None:
    p.add_argument(
        "--neo4j",
        metavar="URI",
        help="the Neo4j server, bolt://HOST:7687 or neo4j://HOST:7687"
        + (f" (default: ${URI_ENV})" if required else " (run there instead of embedded)"),
    )
    p.add_argument(
        "--database",
        metavar="NAME",
        help=f"the Neo4j database (default: ${DATABASE_ENV} or {DEFAULT_DATABASE})",
    )


def register(sub: argparse._SubParsersAction, graph_loader: LoadGraph) -> None:
    """Add the ``cypher``, ``push`` and ``pull`` commands to the ``careergraph`` parser.

    ``graph_loader`` reads the graph the command line names.
    """
    login = (
        f"The login comes from ${USERNAME_ENV} (default neo4j) and ${PASSWORD_ENV}, "
        "or a prompt when run at a terminal; it is never printed."
    )

    def cmd_cypher(args: argparse.Namespace) -> int:
        params = dict(args.param or [])
        missing = cypher_text.missing_parameters(args.query, params)
        if missing:
            names, hint = ", ".join(f"${name}" for name in missing), " ".join(f"--param {n}=VALUE" for n in missing)
            raise CareerGraphError(f"the query uses {names} without a value: give it with {hint}")
        count = cypher_text.statement_count(args.query)
        if count > 1:
            raise CareerGraphError(f"the query holds {count} statements separated by ';': run them one at a time")
        table = None if args.neo4j is not None else cypher_text.table_clause(args.query)
        if table is not None:
            raise CareerGraphError(f"{table} changes the tables or files, which the schema fixes: not run")
        clause = None if args.neo4j is not None else cypher_text.writing_clause(args.query)
        if clause is not None and not args.write:
            raise CareerGraphError(
                f"the query writes ({clause}) and the graph file is not changed without --write; "
                "add --write to apply it and save the file"
            )
        if args.neo4j is not None:  # --neo4j '' is a mistake, not a request for the embedded engine
            with _store(args) as store:
                try:
                    frame = store.run(args.query, params, write=args.write)
                except WriteRefused:
                    clause = cypher_text.writing_clause(args.query)
                    raise CareerGraphError(
                        f"the query writes{f' ({clause})' if clause else ''} and Neo4j refused it in read mode, "
                        f"so nothing changed: add --write to run it on {store.uri}"
                    ) from None
        else:
            from careergraph.graph import ladybug_store

            g = graph_loader(args)
            if clause is None:
                frame = ladybug_store.embedded(g).run(args.query, params)
            else:
                frame = ladybug_store.write(g, args.query, params)
                target = save(g, args.graph or default_graph_path())
                print(f"careergraph: wrote {target}", file=sys.stderr)
        _print_frame(frame, args.format)
        return 0

    def cmd_push(args: argparse.Namespace) -> int:
        g = graph_loader(args)
        with _store(args) as store, warnings.catch_warnings():
            warnings.simplefilter("ignore", ConstraintWarning)
            report = store.push(
                g, batch_size=args.batch_size, replace=args.replace, constraints=not args.no_constraints
            )
        for message in report.warnings:
            print(f"careergraph: warning: {message}", file=sys.stderr)
        nodes, rels = sum(report.nodes.values()), sum(report.relationships.values())
        print(
            f"pushed {nodes} nodes and {rels} relationships to {store.uri} (database {store.database}) "
            f"in {report.statements} statements"
        )
        return 0

    def cmd_pull(args: argparse.Namespace) -> int:
        with _store(args) as store:
            g = store.pull()
        target = save(g, args.output or args.graph or default_graph_path())
        tally = {**{label.value: 0 for label in Label}, **{rel.value: 0 for rel in RelType}}
        for _, label in g.nodes(data="label"):
            tally[label] += 1
        for _, _, key in g.edges(keys=True):
            tally[key] += 1
        print(f"wrote {target}: " + ", ".join(f"{n} {name}" for name, n in tally.items()))
        return 0

    p = sub.add_parser(
        "cypher",
        help="run a Cypher query (embedded LadybugDB, or Neo4j with --neo4j)",
        description="Run one Cypher query on the graph. Without --neo4j it runs in an embedded, in-memory "
        "LadybugDB loaded from the graph file (LadybugDB's dialect: shortest paths as [:T* SHORTEST 1..10], "
        "label(r) instead of type(r), no SET +=). Name every returned column with AS.",
        epilog="Example: careergraph cypher 'MATCH (r:Role {key: $key})-[:TRANSITIONS_TO]->(n:Role) "
        "RETURN n.name AS next' --param key=store-manager",
    )
    p.add_argument("query", metavar="QUERY", help="the Cypher query")
    p.add_argument(
        "--param",
        action="append",
        type=parse_param,
        metavar="NAME=VALUE",
        help="a value for $NAME (JSON when it parses as JSON, else a string); repeat for more",
    )
    p.add_argument(
        "--write",
        action="store_true",
        help="allow a query that writes (CREATE, MERGE, SET, DELETE, ...): the change is checked against the "
        "schema and saved to the graph file (atomically), or with --neo4j run in a write transaction; without "
        "it such a query is refused (on Neo4j it runs in read mode, where the server refuses writes)",
    )
    fmt = p.add_mutually_exclusive_group()
    fmt.add_argument("--json", dest="format", action="store_const", const="json", help="rows as a JSON list")
    fmt.add_argument("--csv", dest="format", action="store_const", const="csv", help="rows as CSV")
    p.set_defaults(format="table")
    _add_neo4j_options(p, required=False)
    p.set_defaults(func=cmd_cypher, file=None)

    p = sub.add_parser(
        "push",
        help="write the graph to Neo4j",
        description="Write the graph to a Neo4j database: uniqueness constraints on key, then nodes, then "
        "relationships, in batches that MERGE on key (pushing twice changes nothing). " + login,
    )
    _add_neo4j_options(p, required=True)
    p.add_argument("--batch-size", type=whole_number(1), default=1000, metavar="N", help="rows per statement (1000)")
    p.add_argument("--replace", action="store_true", help="first delete every Role, Skill and JobGroup node there")
    p.add_argument(
        "--no-constraints", action="store_true", help="do not create the constraints (for servers that refuse them)"
    )
    p.set_defaults(func=cmd_push, file=None)

    p = sub.add_parser(
        "pull",
        help="read the graph back from Neo4j into a graph file",
        description="Read the Role, Skill and JobGroup nodes and their relationships from a Neo4j database "
        "and save them as a graph file. " + login,
    )
    _add_neo4j_options(p, required=True)
    p.add_argument("-o", "--output", metavar="FILE", help="where to save (default: the graph file)")
    p.set_defaults(func=cmd_pull, file=None)
