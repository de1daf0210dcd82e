"""Push throughput to Neo4j: rows per second with batches against one statement per row.

Run: .venv/bin/python benchmarks/neo4j_push.py [--roles 300 --skills 1000 --requires 6000 --transitions 1000]
                                              [--neo4j bolt://HOST:7687]
Without --neo4j it starts its own Neo4j Community server (careergraph.graph.neo4j_server, built
by Maven from neo4j-launcher/) and stops it at the end; with it, the login comes from
NEO4J_USERNAME/NEO4J_PASSWORD. Each push replaces the previous one (our labels only), then
the counts are checked; batched pushes are timed three times after an untimed one (a fresh JVM
runs its first statements slowly) and the median is printed.
Goal: batches of 1000 at least 20x one statement per row.
"""

from __future__ import annotations

import argparse
import statistics
import time

from careergraph.graph.neo4j_server import Neo4jServer
from careergraph.graph.neo4j_store import Neo4jStore
from careergraph.graph.store import counts, new_graph
from careergraph.graph.synthetic import synthetic_graph


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--roles", type=int, default=300)
    parser.add_argument("--skills", type=int, default=1000)
    parser.add_argument("--requires", type=int, default=6000)
    parser.add_argument("--transitions", type=int, default=1000)
    parser.add_argument("--neo4j", metavar="URI", help="a Neo4j server to use instead of starting one")
    args = parser.parse_args()
    g = synthetic_graph(args.roles, args.skills, args.requires, args.transitions, groups=10)
    rows = g.number_of_nodes() + g.number_of_edges()
    print(f"graph: {g.number_of_nodes():,} nodes, {g.number_of_edges():,} relationships = {rows:,} rows")

    server = None if args.neo4j else Neo4jServer().start()
    if server is not None:
        print(f"server: Neo4j Community started in {server.started_in:.1f} s at {server.uri}")
    uri = args.neo4j or server.uri  # type: ignore[union-attr]
    try:
        with Neo4jStore(uri, password=None if args.neo4j else server.password) as store:  # type: ignore[union-attr]
            store.push(g, replace=True)  # untimed: the server's JIT warms up on the first pushes
            results = {}
            for batch_size in (1000, 100, 1):
                times = []
                for _ in range(1 if batch_size == 1 else 3):  # the median of three, but one slow per-row push
                    store.push(new_graph(), replace=True)  # an empty database each time (constraints kept)
                    start = time.perf_counter()
                    report = store.push(g, batch_size=batch_size, constraints=False)
                    times.append(time.perf_counter() - start)
                    assert store.counts() == counts(g), "the push lost rows"
                seconds = statistics.median(times)
                results[batch_size] = rows / seconds
                print(
                    f"  batch size {batch_size:>5}: {seconds:6.2f} s, {report.statements:>6,} statements, "
                    f"{rows / seconds:9,.0f} rows/s"
                )
            print(f"batched (1000) / one statement per row: {results[1000] / results[1]:.1f}x")
    finally:
        if server is not None:
            server.stop()


if __name__ == "__main__":
    main()
