"""CLI command for the standard taxonomies: ``careergraph align``.

The loaders and the matcher (numpy, scipy) are imported inside the command, so
other commands do not pay for them.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from typing import Any

import networkx as nx

from careergraph.graph.errors import CareerGraphError

__all__ = ["register"]

LoadGraph = Callable[[argparse.Namespace], nx.MultiDiGraph]


def _score(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a number") from None
    if not 0.0 <= value <= 1.0:
        raise argparse.ArgumentTypeError(f"{text!r} is not between 0 and 1")
    return value


def _cmd_align(args: argparse.Namespace, graph: LoadGraph) -> int:
    from careergraph.cli_queries import format_table
    from careergraph.loaders.align import WEAK_SCORE, align_roles
    from careergraph.loaders.esco import load_esco
    from careergraph.loaders.onet import load_onet
    from careergraph.loaders.taxonomy import layer_versions

    g = graph(args)

    def warn(problem: object) -> None:
        print(f"careergraph: warning: {problem}", file=sys.stderr)

    if args.onet is not None:
        load_onet(args.onet, into=g, on_problem=warn)
    if args.esco is not None:
        load_esco(args.esco, into=g, on_problem=warn)
    if not layer_versions(g):
        raise CareerGraphError(
            "the graph has no O*NET or ESCO occupations to align to: build it with --onet DIR or --esco DIR, "
            "or give them to align"
        )
    found = align_roles(g, top=args.top)
    minimum = args.min_score
    if args.json:
        data = [
            {
                "role": role,
                "name": g.nodes[role]["name"],
                "alignments": [a.to_dict() for a in items if a.score >= minimum],
            }
            for role, items in found.items()
        ]
        sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")
        return 0
    rows: list[list[Any]] = []
    weak = unmatched = 0
    for role, items in found.items():
        kept = [a for a in items if a.score >= minimum]
        name = g.nodes[role]["name"]
        if not kept:
            unmatched += 1
            rows.append(
                [name, "", "", f"nothing matches at {minimum:g} or more" if minimum else "nothing matches", "", "", ""]
            )
            continue
        for item in kept:
            weak += item.weak
            flag = "curated" if item.method == "curated" else ("WEAK" if item.weak else "")
            rows.append(
                [name, item.dataset, item.code, item.occupation_name, f"{item.score:.2f}", item.matched_label, flag]
            )
            name = ""
    print(format_table(["role", "taxonomy", "code", "occupation", "score", "matched label", ""], rows))
    versions = ", ".join(f"{dataset} {version}" for dataset, version in layer_versions(g).items())
    print(
        f"\n{len(found)} roles aligned to {versions}; {weak} weak (score below {WEAK_SCORE:g}), "
        f"{unmatched} with no match"
    )
    return 0


def register(sub: Any, graph: LoadGraph) -> None:
    """Add ``align`` to the CLI's subparsers; ``graph`` loads the graph for a command."""
    p = sub.add_parser(
        "align",
        help="each role's best O*NET-SOC and ESCO occupations, with scores and matched labels",
        description="Align every role of the knowledge base and the documents to the standard occupations of "
        "the graph's O*NET and ESCO layers (or of --onet/--esco folders), flagging weak matches.",
    )
    p.add_argument("--json", action="store_true", help="print JSON instead of a table")
    p.add_argument("--min-score", type=_score, default=0.0, metavar="X", help="leave out matches scoring below X (0-1)")
    p.add_argument("--top", type=int, default=1, metavar="N", help="occupations per role and taxonomy (default 1)")
    p.add_argument("--onet", metavar="DIR", help="an O*NET text download to align to")
    p.add_argument("--esco", metavar="DIR", help="an ESCO CSV download to align to")
    p.set_defaults(func=lambda args: _cmd_align(args, graph), file=None)
