"""Push throughput to Neo4j: rows per second with batches against one statement per row.

Run: .venv/bin/python benchmarks/neo4j_push.py [--roles 300 --skills 1000 --requires 6000 --transitions 1000]
                                              [--rounds 3] [--neo4j bolt://HOST:7687]
Without --neo4j it starts its own Neo4j Community server (careergraph.graph.neo4j_server, built
by Maven from neo4j-launcher/) and stops it at the end; with it, the login comes from
NEO4J_USERNAME/NEO4J_PASSWORD. Each push replaces the previous one (our labels only), then the
counts are checked.

A fresh server runs its first statements slowly (plans not yet cached, its JIT not yet warm),
and both ways of pushing get faster over the first minutes: whichever is timed first would
pay for it. So both are warmed up first, untimed (a batched push of the graph, then a small
graph one row per statement), and then every round times each batch size once, the order
reversed from one round to the next so that neither always runs on the warmer server. The
median over the rounds is printed, with each round's ratio.
Goal: batches of 1000 at least 20x one statement per row.
"""

from __future__ import annotations

import argparse
import statistics
import time

from _neo4j import neo4j_store  # benchmarks/_neo4j.py (the script's folder is on sys.path)

from careergraph.graph.store import counts, new_graph
from careergraph.graph.synthetic import synthetic_graph

BATCH_SIZES = (1000, 100, 1)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--roles", type=int, default=300)
    parser.add_argument("--skills", type=int, default=1000)
    parser.add_argument("--requires", type=int, default=6000)
    parser.add_argument("--transitions", type=int, default=1000)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--neo4j", metavar="URI", help="a Neo4j server to use instead of starting one")
    args = parser.parse_args()
    g = synthetic_graph(args.roles, args.skills, args.requires, args.transitions, groups=10)
    rows = g.number_of_nodes() + g.number_of_edges()
    print(f"graph: {g.number_of_nodes():,} nodes, {g.number_of_edges():,} relationships = {rows:,} rows")

    with neo4j_store(args.neo4j) as store:
        warm_up = synthetic_graph(30, 100, 600, 100, groups=3, seed=2)
        start = time.perf_counter()
        store.push(g, replace=True)  # constraints and indexes made here, untimed
        store.push(warm_up, replace=True, batch_size=1, constraints=False)
        print(f"warm-up (untimed): {time.perf_counter() - start:.1f} s")
        speeds: dict[int, list[float]] = {size: [] for size in BATCH_SIZES}
        for round_ in range(args.rounds):
            order = BATCH_SIZES if round_ % 2 == 0 else BATCH_SIZES[::-1]
            for batch_size in order:
                store.push(new_graph(), replace=True)  # an empty database each time (constraints kept)
                start = time.perf_counter()
                store.push(g, batch_size=batch_size, constraints=False)
                speeds[batch_size].append(rows / (time.perf_counter() - start))
                assert store.counts() == counts(g), "the push lost rows"
            ratio = speeds[1000][-1] / speeds[1][-1]
            shown = ", ".join(f"{size}: {speeds[size][-1]:,.0f}" for size in BATCH_SIZES)
            print(f"  round {round_ + 1} (batch sizes {'/'.join(map(str, order))}): rows/s {shown}; {ratio:.1f}x")
        for batch_size in BATCH_SIZES:
            print(f"  batch size {batch_size:>5}: median {statistics.median(speeds[batch_size]):9,.0f} rows/s")
        ratio = statistics.median(speeds[1000]) / statistics.median(speeds[1])
        paired = statistics.median(a / b for a, b in zip(speeds[1000], speeds[1], strict=True))
        print(
            f"batched (1000) / one statement per row: {ratio:.1f}x (medians of {args.rounds} rounds); "
            f"median of the rounds' ratios {paired:.1f}x"
        )


if __name__ == "__main__":
    main()
