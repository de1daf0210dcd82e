"""CLI commands for the queries: path, gap, plan, next, prev, similar, neighbors."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Iterable, Sequence
from typing import Any

import networkx as nx

from careergraph.graph.errors import CareerGraphError, shorten
from careergraph.queries import (
    career_path,
    learning_plan,
    neighbors,
    next_roles,
    previous_roles,
    resolve_node,
    similar_roles,
    skill_gap,
)
from careergraph.queries.paths import CareerPath

__all__ = ["format_table", "format_years", "register"]

LoadGraph = Callable[[argparse.Namespace], nx.MultiDiGraph]


def format_years(low: float | None, high: float | None) -> str:
    """Years as people write them.

    Examples
    --------
    >>> format_years(1.0, 2.0), format_years(1.0, 1.0), format_years(None, None), format_years(3.0, None)
    ('1-2', '1', '?', '3+')
    """
    if low is None and high is None:
        return "?"
    if high is None:
        return f"{low:g}+"
    if low is None:
        return f"up to {high:g}"
    return f"{low:g}" if low == high else f"{low:g}-{high:g}"


def format_table(headers: Sequence[str], rows: Iterable[Sequence[Any]]) -> str:
    """Rows as an aligned plain-text table.

    Examples
    --------
    >>> print(format_table(["role", "years"], [["Store manager", "1-2"], ["Director", "?"]]))
    role           years
    -------------  -----
    Store manager  1-2
    Director       ?
    """
    text_rows = [["" if cell is None else str(cell) for cell in row] for row in rows]
    widths = [max([len(h), *(len(r[i]) for r in text_rows)]) for i, h in enumerate(headers)]
    lines = ["  ".join(h.ljust(w) for h, w in zip(headers, widths, strict=True)).rstrip()]
    lines.append("  ".join("-" * w for w in widths))
    lines += ["  ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)).rstrip() for r in text_rows]
    return "\n".join(lines)


def _evidence_lines(evidence: Iterable[dict[str, Any]], indent: str = "    ") -> list[str]:
    lines = []
    for item in evidence:
        if "quote" in item:
            lines.append(f'{indent}{item["doc"]} [{item["start"]}:{item["end"]}]: "{item["quote"]}"')
        elif "row" in item:
            lines.append(f"{indent}{item['dataset']} {item['version']}, {item['doc']}, row {item['row']}")
        else:
            lines.append(f"{indent}{item['doc']}: {item['note']}")
    return lines


def _emit(args: argparse.Namespace, data: Any, text: str) -> int:
    if args.json:
        sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")
    else:
        sys.stdout.write(text.rstrip("\n") + "\n")
    return 0


def _path_text(path: CareerPath, why: bool) -> str:
    lines = [" -> ".join(path.names)]
    if path.years_min is None and path.years_max is None:
        years = "no step states a duration"
    else:
        years = f"{format_years(path.years_min, path.years_max)} years stated"
        if path.steps_without_years:
            years += f", plus {path.steps_without_years} step(s) of unstated duration"
    lines.append(f"{len(path.steps)} step(s), {years}")
    rows = [
        [i + 1, s.source_name, s.target_name, s.kind or "", format_years(s.years_min, s.years_max)]
        for i, s in enumerate(path.steps)
    ]
    if rows:
        lines.append(format_table(["#", "from", "to", "kind", "years"], rows))
    if why:
        for i, step in enumerate(path.steps):
            lines.append(f"step {i + 1}: {step.source_name} -> {step.target_name}")
            lines += _evidence_lines(step.evidence)
    return "\n".join(lines)


def _cmd_path(args: argparse.Namespace, graph: LoadGraph) -> int:
    path = career_path(graph(args), args.source, args.target, by=args.by, k=args.k)
    routes = [path, *path.alternatives]
    blocks = []
    for i, route in enumerate(routes):
        head = f"route {i + 1} of {len(routes)}\n" if len(routes) > 1 else ""
        blocks.append(head + _path_text(route, args.why))
    return _emit(args, [r.to_dict() for r in routes] if args.k > 1 else path.to_dict(), "\n\n".join(blocks))


def _cmd_gap(args: argparse.Namespace, graph: LoadGraph) -> int:
    g = graph(args)
    if args.have is not None:
        if len(args.roles) != 1:
            raise CareerGraphError(
                f"gap takes CURRENT TARGET or --have SKILLS TARGET, not both: with --have give only the target "
                f"(got {len(args.roles)} roles: {', '.join(shorten(role) for role in args.roles[:3])})"
            )
        have = [s.strip() for s in args.have.split(",") if s.strip()]
        gap = skill_gap(g, args.roles[0], have=have, standard=args.standard)
    else:
        if len(args.roles) != 2:
            raise CareerGraphError("gap needs two roles, CURRENT and TARGET (or --have SKILLS TARGET)")
        gap = skill_gap(g, args.roles[0], args.roles[1], standard=args.standard)
    target = g.nodes[gap.target]["name"]
    who = g.nodes[gap.current]["name"] if gap.current else "your skills"
    lines = [f"{who} -> {target}: {gap.coverage:g}% of the requirements covered (weighted by importance)"]
    rows = [
        [n.name, n.importance, "missing", ", ".join(g.nodes[r]["name"] for r in n.on_the_way), n.source or ""]
        for n in gap.missing
    ]
    rows += [[n.name, n.importance, "shared", "", n.source or ""] for n in gap.shared]
    headers = ["skill", "importance", "status", "also needed on the way by", "from the standard layer"]
    if not any(row[-1] for row in rows):
        headers, rows = headers[:-1], [row[:-1] for row in rows]
    lines.append(format_table(headers, rows))
    if args.why:
        for need in gap.missing:
            if need.source is not None:
                continue  # the occupation's own requirement, not the target's: its source is shown in the table
            edge = g.edges[gap.target, need.key, "REQUIRES"]
            lines.append(f"{target} requires {need.name}:")
            lines += _evidence_lines(edge["evidence"])
    return _emit(args, gap.to_dict(), "\n".join(lines))


def _cmd_plan(args: argparse.Namespace, graph: LoadGraph) -> int:
    plan = learning_plan(graph(args), args.source, args.target, by=args.by)
    lines = [" -> ".join(plan.path.names)]
    for i, step in enumerate(plan.steps):
        years = format_years(step.years_min, step.years_max)
        lines.append(f"\nstep {i + 1}: become {step.target_name} ({years} years)")
        if step.learn:
            lines.append(format_table(["learn", "importance"], [[n.name, n.importance] for n in step.learn]))
        else:
            lines.append("  nothing new to learn")
        if args.why:
            lines += _evidence_lines(plan.path.steps[i].evidence)
    return _emit(args, plan.to_dict(), "\n".join(lines))


def _cmd_links(args: argparse.Namespace, graph: LoadGraph) -> int:
    find = next_roles if args.command == "next" else previous_roles
    links = find(graph(args), args.role)
    rows = [[link.name, link.kind or "", format_years(link.years_min, link.years_max)] for link in links]
    lines = [format_table(["role", "kind", "years"], rows) if rows else "none"]
    if args.why:
        for link in links:
            lines.append(f"{link.name}:")
            lines += _evidence_lines(link.evidence)
    return _emit(args, [link.to_dict() for link in links], "\n".join(lines))


def _cmd_similar(args: argparse.Namespace, graph: LoadGraph) -> int:
    found = similar_roles(graph(args), args.role, k=args.k, related=args.related)
    rows = [
        [r.name, f"{r.score:.3f}", ", ".join(r.shared_skills[:4]), ", ".join(r.shared_groups)]
        for r in found
        if r.related is None
    ]
    text = format_table(["role", "score", "shared skills", "shared groups"], rows) if rows else "none"
    related = [[r.name, r.related] for r in found if r.related is not None]
    if args.related:
        text += "\n\nO*NET related occupations (similar work, not moves):\n"
        text += format_table(["occupation", "related as"], related) if related else "none"
    return _emit(args, [r.to_dict() for r in found], text)


def _cmd_neighbors(args: argparse.Namespace, graph: LoadGraph) -> int:
    g = graph(args)
    start = resolve_node(g, args.name)
    found = neighbors(g, start, depth=args.depth)
    rows = [[n.name, n.label, n.relationship, n.direction, n.distance] for n in found]
    lines = [format_table(["node", "label", "via", "direction", "distance"], rows) if rows else "none"]
    if args.why:
        for n in found:
            if n.distance == 1:
                u, v = (n.key, start) if n.direction == "in" else (start, n.key)
                lines.append(f"{g.nodes[u]['name']} {n.relationship} {g.nodes[v]['name']}:")
                lines += _evidence_lines(g.edges[u, v, n.relationship]["evidence"])
    return _emit(args, [n.to_dict() for n in found], "\n".join(lines))


def register(sub: Any, graph: LoadGraph) -> None:
    """Add the query commands to the CLI's subparsers; ``graph`` loads the graph for a command."""

    def add(name: str, help_text: str, handler: Callable[[argparse.Namespace, LoadGraph], int]) -> Any:
        p = sub.add_parser(name, help=help_text, description=help_text[0].upper() + help_text[1:] + ".")
        p.add_argument("--json", action="store_true", help="print JSON instead of a table")
        p.add_argument("--why", action="store_true", help="print the evidence behind each answer")
        p.set_defaults(func=lambda args: handler(args, graph), file=None)
        return p

    p = add("path", "the career path from one role to another, with years", _cmd_path)
    p.add_argument("source", metavar="FROM", help="current role (key, name or alias)")
    p.add_argument("target", metavar="TO", help="target role")
    p.add_argument("--by", choices=("steps", "years"), default="steps", help="fewest moves (default) or fewest years")
    p.add_argument("-k", type=_positive, default=1, help="show the K best routes")

    p = add("gap", "the skills a target role needs that the current role (or you) lack", _cmd_gap)
    p.add_argument("roles", nargs="+", metavar="ROLE", help="CURRENT TARGET, or just TARGET with --have")
    p.add_argument("--have", metavar="SKILLS", help="your own skills, comma-separated, instead of a current role")
    p.add_argument(
        "--standard",
        action="store_true",
        help="add the essential skills of the target's aligned O*NET/ESCO occupations (roles may be codes)",
    )

    p = add("plan", "what to learn at each move along the career path", _cmd_plan)
    p.add_argument("source", metavar="FROM")
    p.add_argument("target", metavar="TO")
    p.add_argument("--by", choices=("steps", "years"), default="steps", help="route by fewest moves or years")

    for name, text in (("next", "the roles a role leads to"), ("prev", "the roles that lead to a role")):
        p = add(name, text, _cmd_links)
        p.add_argument("role", metavar="ROLE")

    p = add("similar", "the roles most similar to a role, by skills and job group", _cmd_similar)
    p.add_argument("role", metavar="ROLE")
    p.add_argument("-k", type=_positive, default=5, help="how many (default 5)")
    p.add_argument("--related", action="store_true", help="also list O*NET's related occupations, marked as such")

    p = add("neighbors", "the nodes next to any role, skill or job group", _cmd_neighbors)
    p.add_argument("name", metavar="NAME")
    p.add_argument("--depth", type=_positive, default=1, help="how many relationships away (default 1)")


def whole_number(minimum: int) -> Callable[[str], int]:
    """An argparse ``type``: a whole number of at least ``minimum``, or a one-line error."""

    def parse(text: str) -> int:
        try:
            value = int(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
        if value < minimum:
            raise argparse.ArgumentTypeError(f"{text!r} must be at least {minimum}")
        return value

    return parse


_positive = whole_number(1)
