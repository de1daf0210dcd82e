"""Query speed on an ESCO-scale synthetic graph, as ratios to the bare networkx calls underneath.

Run: .venv/bin/python benchmarks/queries.py [--roles 3000 --skills 14000 --requires 130000 --transitions 10000]
Prints the median latency of each query, its ratio to the networkx call it wraps,
all-roles similarity (sparse matrices) against the pairwise Python loop, and the
peak memory of building the graph.
"""

from __future__ import annotations

import argparse
import random
import resource
import time
import tracemalloc
from collections.abc import Callable

import networkx as nx
from _timing import median_ms  # benchmarks/_timing.py (the script's folder is on sys.path)

from careergraph.graph.synthetic import synthetic_graph
from careergraph.queries import (
    all_similar_roles,
    career_path,
    learning_plan,
    neighbors,
    next_roles,
    resolve_role,
    similar_roles,
    skill_gap,
)
from careergraph.queries.paths import _fewest_steps, transition_graph


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--roles", type=int, default=3000)
    parser.add_argument("--skills", type=int, default=14000)
    parser.add_argument("--requires", type=int, default=130_000)
    parser.add_argument("--transitions", type=int, default=10_000)
    parser.add_argument("--repeat", type=int, default=200)
    args = parser.parse_args()

    tracemalloc.start()
    start = time.perf_counter()
    g = synthetic_graph(args.roles, args.skills, args.requires, args.transitions)
    build_s = time.perf_counter() - start
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    print(f"graph: {g.number_of_nodes():,} nodes, {g.number_of_edges():,} edges, built in {build_s:.1f} s")
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"memory: {peak / 2**20:.0f} MiB traced while building, process peak RSS {rss:.0f} MiB (target < 1024 MiB)")

    rng = random.Random(1)
    t = transition_graph(g)
    roles = [n for n in t if t.out_degree(n)]
    pairs = []
    while len(pairs) < 50:
        a, b = rng.sample(roles, 2)
        if nx.has_path(t, a, b):
            pairs.append((a, b))
    cycle = iter(range(10**9))

    def pick() -> tuple[str, str]:
        return pairs[next(cycle) % len(pairs)]

    rows = []

    def measure(name: str, ours: Callable[[], object], bare: Callable[[], object]) -> None:
        ours_ms = median_ms(ours, args.repeat)
        bare_ms = median_ms(bare, args.repeat)
        rows.append((name, ours_ms, bare_ms, ours_ms / bare_ms if bare_ms else float("nan")))

    measure(
        "career_path (steps)", lambda: career_path(g, *pick()), lambda: nx.dijkstra_path(t, *pick(), weight="steps")
    )
    measure(
        "fewest-moves search",
        lambda: _fewest_steps(t, *pick()),
        lambda: nx.dijkstra_path(t, *pick(), weight="steps"),
    )
    measure(
        "career_path (years, k=3)",
        lambda: career_path(g, *pick(), by="years", k=3),
        lambda: list(zip(range(3), nx.shortest_simple_paths(t, *pick(), weight="years"), strict=False)),
    )
    measure(
        "skill_gap", lambda: skill_gap(g, *pick()), lambda: [list(g.out_edges(r, keys=True, data=True)) for r in pick()]
    )
    measure("learning_plan", lambda: learning_plan(g, *pick()), lambda: nx.dijkstra_path(t, *pick(), weight="steps"))
    measure("next_roles", lambda: next_roles(g, pick()[0]), lambda: list(g.out_edges(pick()[0], keys=True, data=True)))
    measure("neighbors (depth 1)", lambda: neighbors(g, pick()[0]), lambda: list(nx.all_neighbors(g, pick()[0])))
    measure("resolve_role (by name)", lambda: resolve_role(g, "Role 17"), lambda: g.nodes["role-17"])
    measure(
        "similar_roles (one role)",
        lambda: similar_roles(g, pick()[0]),
        lambda: list(g.out_edges(pick()[0], keys=True)),
    )
    print(f"\n{'query':<26}{'median ms':>11}{'bare nx ms':>12}{'ratio':>9}")
    for name, ours_ms, bare_ms, ratio in rows:
        print(f"{name:<26}{ours_ms:>11.3f}{bare_ms:>12.4f}{ratio:>9.1f}")

    start = time.perf_counter()
    everything = all_similar_roles(g, k=5)
    sparse_s = time.perf_counter() - start
    profiles = {
        r: {v: d["importance"] for _, v, k, d in g.out_edges(r, keys=True, data=True) if k == "REQUIRES"}
        for r in everything
    }
    sample = list(everything)[:20]
    start = time.perf_counter()
    for role in sample:  # the plain pairwise loop: weighted Jaccard against every other role
        mine = profiles[role]
        scores = []
        for other, theirs in profiles.items():
            keys = mine.keys() | theirs.keys()
            high = sum(max(mine.get(x, 0), theirs.get(x, 0)) for x in keys)
            low = sum(min(mine.get(x, 0), theirs.get(x, 0)) for x in keys)
            scores.append((low / high if high else 0.0, other))
        sorted(scores, reverse=True)[:5]
    loop_per_role = (time.perf_counter() - start) / len(sample)
    loop_s = loop_per_role * len(everything)
    print(f"\nall-roles similarity, sparse matrices: {sparse_s:.2f} s for {len(everything):,} roles (target < 2 s)")
    print(f"plain pairwise loop: {loop_per_role * 1000:.0f} ms per role, {loop_s:.0f} s for all (timed on 20 roles)")
    print(f"ratio loop / sparse: {loop_s / sparse_s:.0f}x")


if __name__ == "__main__":
    main()
