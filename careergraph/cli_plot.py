"""CLI commands for pictures: ``plot`` (the career ladder) and ``plot-gap`` (a skill-gap chart).

Both draw on a figure of their own with matplotlib's Agg canvas (no display, no
pyplot) and write it atomically; the format comes from the file's suffix.
"""

from __future__ import annotations

import argparse
import contextlib
import re
import sys
import warnings
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING

import networkx as nx

from careergraph.graph.errors import CareerGraphError
from careergraph.queries import career_path
from careergraph.queries.plots import (
    PICTURE_FORMATS,
    picture_format,
    plot_role_graph,
    plot_skill_gap,
    role_graph_size,
    save_figure,
    skill_gap_size,
)

if TYPE_CHECKING:
    from matplotlib.axes import Axes

__all__ = ["register"]

PROG = "careergraph"
LoadGraph = Callable[[argparse.Namespace], nx.MultiDiGraph]

#: Agg cannot draw a picture wider or taller than this many pixels.
MAX_PIXELS = 32_000
_FORMATS = ", ".join(f".{fmt}" for fmt in PICTURE_FORMATS)
_SIZE = re.compile(r"^\s*(\d+(?:\.\d*)?|\.\d+)\s*[xX×]\s*(\d+(?:\.\d*)?|\.\d+)\s*$")


def _number_between(low: float, high: float, unit: str) -> Callable[[str], float]:
    """An argparse ``type``: a number of ``unit`` from ``low`` to ``high``, or a one-line error."""

    def parse(text: str) -> float:
        try:
            value = float(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"{text!r} is not a number of {unit}") from None
        if not low <= value <= high:
            raise argparse.ArgumentTypeError(f"{text!r}: must be between {low:g} and {high:g} {unit}")
        return value

    return parse


_inches = _number_between(0.5, 300, "inches")
_dpi = _number_between(10, 1200, "dots per inch")


def _size(text: str) -> tuple[float, float]:
    match = _SIZE.match(text)
    if not match:
        raise argparse.ArgumentTypeError(f"{text!r} is not a size WIDTHxHEIGHT in inches, such as 16x10")
    return _inches(match.group(1)), _inches(match.group(2))


def _add_picture_options(p: argparse.ArgumentParser, default_output: str) -> None:
    p.add_argument(
        "-o",
        "--output",
        metavar="FILE",
        default=default_output,
        help=f"picture to write; the suffix picks the format ({_FORMATS}; default {default_output})",
    )
    size = p.add_argument_group("size", "inches; without them the picture sizes itself to fit every label")
    size.add_argument("--width", type=_inches, metavar="IN", help="figure width in inches")
    size.add_argument("--height", type=_inches, metavar="IN", help="figure height in inches")
    size.add_argument("--size", type=_size, metavar="WxH", help="width and height in inches, e.g. 16x10")
    p.add_argument("--dpi", type=_dpi, default=100.0, help="dots per inch of a PNG (default 100)")


def _figure_axes(args: argparse.Namespace, natural: tuple[float, float]) -> Axes:
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    if args.size is not None and (args.width is not None or args.height is not None):
        args.picture_parser.error("give --size or --width/--height, not both")
    width, height = args.size or (args.width or natural[0], args.height or natural[1])
    pixels = (round(width * args.dpi), round(height * args.dpi))
    if max(pixels) > MAX_PIXELS:
        raise CareerGraphError(
            f"a picture of {pixels[0]} x {pixels[1]} pixels is too large (at most {MAX_PIXELS} a side); "
            "lower --dpi or the size"
        )
    fig = Figure(figsize=(width, height), dpi=args.dpi, layout="constrained")
    FigureCanvasAgg(fig)
    return fig.add_subplot()


@contextlib.contextmanager
def _too_small_warning() -> Iterator[None]:
    # matplotlib warns (with a source line) when titles and legends leave the plot no room: say it once, plainly.
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        yield
    if any("collapsed" in str(w.message) for w in caught):
        print(
            f"{PROG}: warning: the picture is too small for its legend and labels; give a larger size", file=sys.stderr
        )
    for w in caught:
        if "collapsed" not in str(w.message):
            warnings.warn_explicit(w.message, w.category, w.filename, w.lineno)


def _written(ax: Axes, path: str, dpi: float) -> int:
    from matplotlib.figure import Figure

    fig = ax.get_figure()
    assert isinstance(fig, Figure)
    target = save_figure(fig, path, dpi=dpi)
    width, height = fig.get_size_inches()
    print(f"wrote {target} ({width:g} x {height:g} in)")
    return 0


def register(sub: argparse._SubParsersAction, load_graph: LoadGraph) -> None:
    """Add the ``plot`` and ``plot-gap`` commands to the ``careergraph`` parser.

    ``load_graph`` reads the graph the command line names (the main CLI passes
    its own, so this module never imports the one that imports it).
    """

    def graph(args: argparse.Namespace) -> nx.MultiDiGraph:
        return load_graph(args)

    def cmd_plot(args: argparse.Namespace) -> int:
        picture_format(args.output)  # a bad suffix fails before the drawing
        g = graph(args)
        path = career_path(g, *args.path) if args.path else None
        options = {"highlight_path": path, "groups": args.group, "show_skills": args.skills}
        ax = _figure_axes(args, role_graph_size(g, **options))
        with _too_small_warning():
            plot_role_graph(g, ax, **options)
            return _written(ax, args.output, args.dpi)

    def cmd_plot_gap(args: argparse.Namespace) -> int:
        picture_format(args.output)  # a bad suffix fails before the drawing
        g = graph(args)
        ax = _figure_axes(args, skill_gap_size(g, args.current, args.target))
        with _too_small_warning():
            plot_skill_gap(g, args.current, args.target, ax)
            return _written(ax, args.output, args.dpi)

    p = sub.add_parser(
        "plot",
        help="draw the career ladder as a picture",
        description="Draw the roles as a career ladder: seniority upward, job groups side by side, "
        "transitions as arrows with their years, hand-offs dashed. "
        "--path highlights a career path, --group keeps some job groups, "
        "--skills draws the roles beside the skills they require.",
    )
    p.add_argument("--path", nargs=2, metavar=("FROM", "TO"), help="highlight the career path between two roles")
    p.add_argument(
        "--group", action="append", metavar="NAME", help="only the roles of this job group (repeat for several)"
    )
    p.add_argument("--skills", action="store_true", help="draw the chosen roles with the skills they require")
    _add_picture_options(p, "role-graph.png")
    p.set_defaults(func=cmd_plot, file=None, picture_parser=p)

    p = sub.add_parser(
        "plot-gap",
        help="draw the skills one role needs to move to another",
        description="Horizontal bars of the skills TARGET requires, by importance: "
        "the ones CURRENT lacks, then the ones both share.",
    )
    p.add_argument("current", metavar="CURRENT", help="the role you have (key, name or alias)")
    p.add_argument("target", metavar="TARGET", help="the role you want")
    _add_picture_options(p, "skill-gap.png")
    p.set_defaults(func=cmd_plot_gap, file=None, picture_parser=p)
