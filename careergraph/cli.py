"""The ``careergraph`` command line.

Exit codes: 0 success, 1 a user error (one line on stderr), 2 bad usage.

Each command lives in a module listed in :data:`COMMANDS`, whose
``register(sub, load_graph)`` adds its parsers; only the module of the command
being run is imported (so ``careergraph next`` never loads pandas, Cypher or
plotting). To add a command: write it in a module with ``register`` and list
it in :data:`COMMANDS`.
"""

from __future__ import annotations

import argparse
import importlib
import io
import sys
from collections.abc import Callable, Sequence
from typing import NoReturn

import networkx as nx

from careergraph.api import DEFAULT_GRAPH_FILE, GRAPH_ENV, build, default_graph_path, load_or_build, save
from careergraph.cli_queries import whole_number
from careergraph.graph.errors import CareerGraphError
from careergraph.graph.schema import Label, RelType, evidence_docs
from careergraph.graph.store import counts, dumps

__all__ = ["COMMANDS", "build_parser", "main"]

PROG = "careergraph"

#: Every command and the module whose ``register(sub, load_graph)`` adds it, in the order ``--help`` lists them.
COMMANDS: dict[str, str] = {
    "build": __name__,
    "info": __name__,
    "export": __name__,
    **dict.fromkeys(("path", "gap", "plan", "next", "prev", "similar", "neighbors"), "careergraph.cli_queries"),
    **dict.fromkeys(("plot", "plot-gap"), "careergraph.cli_plot"),
    **dict.fromkeys(("cypher", "push", "pull"), "careergraph.cli_cypher"),
    "align": "careergraph.cli_taxonomy",
}

Command = Callable[[argparse.Namespace], int]


def _print_counts(g: nx.MultiDiGraph, out: io.TextIOBase | None = None) -> None:
    stream = out or sys.stdout
    tally = counts(g)
    width = max(len(name) for name in tally)
    print("nodes:", file=stream)
    for label in Label:
        print(f"  {label.value:<{width}}  {tally[label.value]:>6}", file=stream)
    print("relationships:", file=stream)
    for rel in RelType:
        print(f"  {rel.value:<{width}}  {tally[rel.value]:>6}", file=stream)


def _graph_from_args(args: argparse.Namespace) -> nx.MultiDiGraph:
    return load_or_build(getattr(args, "file", None) or args.graph)


def cmd_build(args: argparse.Namespace) -> int:
    def warn(problem: object) -> None:
        print(f"{PROG}: warning: {problem}", file=sys.stderr)

    g = build(
        args.docs,
        kb=not args.no_kb,
        strict=args.strict,
        on_problem=warn,
        workers=args.jobs,
        onet=args.onet,
        esco=args.esco,
        esco_labels=[lang.strip() for lang in (args.esco_labels or "").split(",") if lang.strip()],
    )
    target = save(g, args.output or args.graph)
    print(f"wrote {target}")
    _print_counts(g)
    _print_layers(g)
    return 0


def _print_layers(g: nx.MultiDiGraph, *, always: bool = False) -> None:
    """The graph's layers: the knowledge base it started from, and each standard taxonomy with its credit."""
    from careergraph.loaders.taxonomy import credit_line, layer_versions

    sources = g.graph.get("sources") or []
    layers = layer_versions(g)
    if not layers and not (always and sources):
        return
    print("layers:")
    if sources:
        print(f"  knowledge base: {', '.join(map(str, sources))}")
    for dataset, version in layers.items():
        print(f"  {dataset} {version}: {credit_line(dataset, version)}")


def cmd_info(args: argparse.Namespace) -> int:
    g = _graph_from_args(args)
    path = args.file or args.graph
    print(f"graph: {path or (default_graph_path() if default_graph_path().exists() else 'built-in knowledge base')}")
    _print_counts(g)
    docs: set[str] = set()
    for _, data in g.nodes(data=True):
        docs.update(evidence_docs(item for item in data["evidence"] if "row" not in item))
    for _, _, data in g.edges(data=True):
        docs.update(evidence_docs(item for item in data["evidence"] if "row" not in item))
    _print_layers(g, always=True)
    print(f"documents cited: {len(docs)}")
    for doc in sorted(docs):
        print(f"  {doc}")
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    if args.output is None and args.format == "csv":
        raise CareerGraphError("export --format csv writes two files: name a folder with -o")
    g = _graph_from_args(args)
    if args.output is None:
        sys.stdout.write(dumps(g, format=args.format))
        return 0
    target = save(g, args.output, format=args.format)
    print(f"wrote {target}")
    return 0


class _Parser(argparse.ArgumentParser):
    """An argument parser whose usage errors are one line (exit 2) pointing at ``--help``."""

    def error(self, message: str) -> NoReturn:
        self.exit(2, f"{self.prog}: error: {message} (see '{self.prog} --help')\n")


def build_parser(command: str | None = None) -> argparse.ArgumentParser:
    """The argument parser of the ``careergraph`` command.

    With ``command`` (a name in :data:`COMMANDS`) only that command's module is
    imported and registered; otherwise every command is.
    """
    parser = _Parser(
        prog=PROG,
        description="A knowledge graph of e-commerce job roles and skills.",
        epilog=f"The graph file defaults to ${GRAPH_ENV} or ./{DEFAULT_GRAPH_FILE}; "
        "commands that read it fall back to the built-in knowledge base when it is absent.",
    )
    parser.add_argument("--graph", metavar="FILE", help=f"graph file (default: ${GRAPH_ENV} or ./{DEFAULT_GRAPH_FILE})")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    sub.required = True
    modules = [COMMANDS[command]] if command in COMMANDS else list(dict.fromkeys(COMMANDS.values()))
    for name in modules:
        module = sys.modules[__name__] if name == __name__ else importlib.import_module(name)
        module.register(sub, _graph_from_args)
    return parser


def register(sub: argparse._SubParsersAction, load_graph: Callable[[argparse.Namespace], nx.MultiDiGraph]) -> None:
    """Add ``build``, ``info`` and ``export`` to the ``careergraph`` parser."""
    del load_graph  # these commands load the graph themselves
    p = sub.add_parser(
        "build",
        help="build the graph and save it",
        description="Build the role graph and save it. Without DOCS it is the built-in e-commerce knowledge base.",
    )
    p.add_argument("docs", nargs="*", metavar="DOCS", help="documents or folders (.txt, .md, .html)")
    p.add_argument("-o", "--output", metavar="FILE", help="where to save (default: the graph file)")
    p.add_argument("--no-kb", action="store_true", help="do not merge the extracted facts onto the knowledge base")
    p.add_argument(
        "--strict", action="store_true", help="fail (exit 1, nothing written) when any document has a problem"
    )
    p.add_argument(
        "-j",
        "--jobs",
        type=whole_number(0),
        default=1,
        metavar="N",
        help="read documents in N processes (0: one per CPU; default 1); the graph is the same",
    )
    p.add_argument("--onet", metavar="DIR", help="add the O*NET database text files in DIR as a layer")
    p.add_argument("--esco", metavar="DIR", help="add the ESCO CSV download in DIR (v1.1 or v1.2) as a layer")
    p.add_argument(
        "--esco-labels", metavar="LANGS", help="also keep ESCO's labels in these languages, comma-separated (de,fr)"
    )
    p.set_defaults(func=cmd_build)

    p = sub.add_parser("info", help="counts and sources of a graph", description="Show what a graph holds.")
    p.add_argument("file", nargs="?", metavar="FILE", help="graph file (default: the graph file)")
    p.set_defaults(func=cmd_info)

    p = sub.add_parser(
        "export",
        help="write the graph as JSON, GraphML or CSV",
        description="Export the graph. JSON and GraphML go to stdout without -o; CSV needs a folder.",
    )
    p.add_argument("--format", choices=("json", "graphml", "csv"), default="json", help="output format (default json)")
    p.add_argument("-o", "--output", metavar="PATH", help="output file, or folder for csv")
    p.set_defaults(func=cmd_export, file=None)



def _command_in(argv: Sequence[str]) -> str | None:
    """The command named on the line (the first word that is not an option or --graph's value)."""
    words = iter(argv)
    for word in words:
        if word == "--graph":
            next(words, None)
        elif not word.startswith("-"):
            return word
    return None


def main(argv: Sequence[str] | None = None) -> int:
    """Run the CLI; return the exit code."""
    words = sys.argv[1:] if argv is None else list(argv)
    parser = build_parser(_command_in(words))
    args, extras = parser.parse_known_args(words)
    if extras:
        if args.command == "gap" and not any(extra.startswith("-") for extra in extras):
            args.roles += extras  # `gap A --have X B`: the command says why that is one role too many
        else:
            parser.error(f"unrecognized arguments: {' '.join(extras)}")
    try:
        return int(args.func(args))
    except CareerGraphError as exc:
        print(f"{PROG}: error: {exc}", file=sys.stderr)
        return 1
    except BrokenPipeError:
        return 1
    except KeyboardInterrupt:
        print(f"{PROG}: interrupted", file=sys.stderr)
        return 130


def run() -> None:
    """Console-script entry point."""
    sys.exit(main())


if __name__ == "__main__":
    run()
