"""Queries on Neo4j at ESCO scale: the Neo4jStore call against the same Cypher sent raw, and against networkx.

Run: .venv/bin/python benchmarks/neo4j_queries.py [--roles 3000 --skills 14000 --requires 130000
                                                  --transitions 10000] [--repeat 15] [--neo4j bolt://HOST:7687]
Without --neo4j it starts its own Neo4j Community server (careergraph.graph.neo4j_server) and
stops it at the end; with it, the login comes from NEO4J_USERNAME/NEO4J_PASSWORD and the
careergraph labels there are replaced.

The synthetic graph is pushed first (rows/s printed). Then, per query, the median over
--repeat calls of: the store call (names resolved, rows turned into result objects); "raw":
the very statements the store sent, with the same parameters, through the same driver in
one read session, each as an auto-commit session.run (the cheapest way the driver sends a
statement), minus the statements that only resolve names (where a query resolves its
name inside its own statement, as next_roles does, that statement is kept whole); and the
networkx query on the graph in memory. The store and raw calls alternate, so both see the
same server. Goal: every store call within 3x of its raw Cypher.
"""

from __future__ import annotations

import argparse
import random
import time
from collections.abc import Callable
from typing import Any

from _neo4j import neo4j_store  # benchmarks/_neo4j.py and _timing.py (the script's folder is on sys.path)
from _timing import median_ms, median_ms_pair

from careergraph.graph import cypher as q
from careergraph.graph.neo4j_store import Neo4jStore
from careergraph.graph.schema import Label
from careergraph.graph.synthetic import synthetic_graph
from careergraph.queries import (
    career_path,
    learning_plan,
    neighbors,
    next_roles,
    previous_roles,
    similar_roles,
    skill_gap,
)


class Recorder:
    """Keeps the statements a store sends (all but name resolution) while switched on."""

    def __init__(self, store: Neo4jStore) -> None:
        self.sent: list[tuple[str, dict[str, Any]]] = []
        self.on = False
        call = store._call
        resolving = {q.resolve_names(label) for label in [*Label, None]}

        def recording(query: str, params: Any, *, write: bool, notices: bool = False) -> Any:
            if self.on and query not in resolving:
                self.sent.append((query, dict(params)))
            return call(query, params, write=write, notices=notices)

        store._call = recording  # type: ignore[method-assign]

    def statements(self, ask: Callable[[], Any]) -> list[tuple[str, dict[str, Any]]]:
        self.sent, self.on = [], True
        try:
            ask()
        finally:
            self.on = False
        return self.sent


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--roles", type=int, default=3000)
    parser.add_argument("--skills", type=int, default=14000)
    parser.add_argument("--requires", type=int, default=130_000)
    parser.add_argument("--transitions", type=int, default=10_000)
    parser.add_argument("--repeat", type=int, default=15)
    parser.add_argument("--neo4j", metavar="URI", help="a Neo4j server to use instead of starting one")
    args = parser.parse_args()
    g = synthetic_graph(args.roles, args.skills, args.requires, args.transitions)
    rows = g.number_of_nodes() + g.number_of_edges()
    print(f"graph: {g.number_of_nodes():,} nodes, {g.number_of_edges():,} relationships")

    import neo4j

    with neo4j_store(args.neo4j) as store:
        start = time.perf_counter()
        store.push(g, replace=True)
        seconds = time.perf_counter() - start
        print(f"push: {rows:,} rows in {seconds:.1f} s = {rows / seconds:,.0f} rows/s (batches of 1000)")
        driver = store._driver
        session = {
            "database": store.database,
            "default_access_mode": neo4j.READ_ACCESS,
            "notifications_min_severity": "OFF",  # as the store asks for its own statements
        }
        recorder = Recorder(store)
        roles = sorted(k for k, label in g.nodes(data="label") if label == Label.ROLE.value)
        rng = random.Random(1)
        pairs = []
        while len(pairs) < 5:
            a, b = rng.choice(roles), rng.choice(roles)
            try:
                career_path(g, a, b)
            except LookupError:
                continue
            pairs.append((a, b))
        a, b = pairs[0]
        cases: list[tuple[str, Callable[[Any], Any]]] = [
            ("next_roles", lambda s: next_roles(s, a)),
            ("previous_roles", lambda s: previous_roles(s, b)),
            ("career_path steps", lambda s: [career_path(s, x, y) for x, y in pairs]),
            ("career_path steps k=3", lambda s: [career_path(s, x, y, k=3) for x, y in pairs]),
            ("career_path years", lambda s: [career_path(s, x, y, by="years") for x, y in pairs]),
            ("skill_gap", lambda s: skill_gap(s, a, b)),
            ("learning_plan", lambda s: learning_plan(s, a, b)),
            ("similar_roles k=5", lambda s: similar_roles(s, a, 5)),
            ("neighbors depth 2", lambda s: neighbors(s, a, 2)),
            ("name resolution", lambda s: next_roles(s, "ROLES 17")),
        ]
        print(f"{'query':<24}{'store ms':>10}{'raw ms':>10}{'networkx ms':>13}{'store/raw':>11}{'store/nx':>10}")
        for name, ask in cases:
            sent = recorder.statements(lambda ask=ask: ask(store))

            def raw(sent: list[tuple[str, dict[str, Any]]] = sent) -> None:
                with driver.session(**session) as each:
                    for query, params in sent:
                        each.run(query, params).data()

            ask(g)  # networkx caches built once, as in a long-running program
            raw()  # the server plans each statement once before either side is timed
            store_ms, raw_ms = median_ms_pair(lambda ask=ask: ask(store), raw, args.repeat)
            nx_ms = median_ms(lambda ask=ask: ask(g), args.repeat)
            print(
                f"{name:<24}{store_ms:>10.2f}{raw_ms:>10.2f}{nx_ms:>13.2f}"
                f"{store_ms / raw_ms:>10.2f}x{store_ms / nx_ms:>9.1f}x"
            )

        # what someone who knows the key sends: the moves alone, no name to resolve
        keyed = q.role_links(outgoing=True)

        def by_key() -> None:
            with driver.session(**session) as each:
                each.run(keyed, {"key": a}).data()

        by_key()
        print("against the moves read by key alone (no name to resolve in the statement):")
        for name, ask in [("next_roles", cases[0][1]), ("name resolution", cases[-1][1])]:
            store_ms, raw_ms = median_ms_pair(lambda ask=ask: ask(store), by_key, args.repeat)
            print(f"{name:<24}{store_ms:>10.2f}{raw_ms:>10.2f}{'':>13}{store_ms / raw_ms:>10.2f}x")


if __name__ == "__main__":
    main()
