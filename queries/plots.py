"""Pictures of the role graph: the career ladder, the skills behind roles, and skill gaps.

:func:`plot_role_graph` draws the roles as a career ladder: seniority runs upward
in rungs taken from the transitions, job groups stand side by side as columns,
each role is a box coloured by its job group. :func:`plot_skill_gap` draws the
skills one role needs to move to another as horizontal bars.

matplotlib is imported inside the functions, so importing careergraph never
needs a display; the functions draw on the Axes they are given (``ax=None``
makes a new pyplot figure, as networkx's drawing functions do) and return it.
:func:`save_figure` writes a figure atomically in the format its suffix names.
"""

from __future__ import annotations

import itertools
import math
import os
import statistics
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

import networkx as nx

from careergraph.graph.errors import CareerGraphError, JobGroupNotFound, NodeNotFound
from careergraph.graph.files import atomic_write
from careergraph.graph.schema import Label, RelType, TransitionKind, evidence_docs
from careergraph.graph.store import edges_by_type, nodes_by_label
from careergraph.queries.gaps import skill_gap
from careergraph.queries.names import resolve, resolve_role

if TYPE_CHECKING:
    from matplotlib.axes import Axes
    from matplotlib.figure import Figure, SubFigure
    from matplotlib.text import Text

__all__ = [
    "MAX_ROLES",
    "PICTURE_FORMATS",
    "ladder_rungs",
    "picture_format",
    "plot_role_graph",
    "plot_skill_gap",
    "primary_groups",
    "role_graph_size",
    "save_figure",
    "skill_gap_size",
]

#: Picture formats :func:`save_figure` writes, by file suffix.
PICTURE_FORMATS = ("png", "svg", "pdf")
#: The most roles (or skills) :func:`plot_role_graph` draws; past that no name could be read.
MAX_ROLES = 300

_NO_GROUP = ""  # the column of roles that belong to no job group
_NO_GROUP_NAME = "no job group"
_NO_GROUP_COLOUR = "#d9d9d9"
_HIGHLIGHT = "#c0392b"
_TRANSITION_COLOUR = "#404040"
_LATERAL_COLOUR = "#7b4fa0"
_HANDOFF_COLOUR = "#2f6f9f"
_MISSING_COLOUR = "#e6550d"
_SHARED_COLOUR = "#3182bd"

# Layout in data units: one slot (a role box) is 1 wide and 1 high.
_SLOT_FILL_X = 0.9  # share of a slot's width a box may take
_SLOT_FILL_Y = 0.7  # share of a slot's height a box may take
_COLUMN_GAP = 0.3
_RUNG_GAP = 0.9  # extra height between rungs, for the arrows and their years
_BAND_GAP = 1.2  # between the ladder and the roles on no known rung
_HEADER_HEIGHT = 1.2
_INCH_X = 1.45  # inches per data unit when the picture picks its own size
_INCH_Y = 0.5
_MAX_FONT = 10.0
_MIN_FONT = 3.0


# --- what goes where ----------------------------------------------------------


def ladder_rungs(g: nx.MultiDiGraph) -> dict[str, int | None]:
    """The rung of every role on the career ladder, 0 being the lowest.

    Rungs come from the transitions: roles that transition into each other in a
    cycle share a rung, and after that a role stands one rung above the highest
    role that is promoted (or enters) into it and on the same rung as the
    highest role that moves sideways into it (the topological generations of the
    transition graph, with lateral moves counted as zero steps). A role with no
    transition falls back to its ``level`` (shifted to match the roles that
    have both); a role with neither has no known rung (``None``).

    Parameters
    ----------
    g : networkx.MultiDiGraph
        A careergraph graph.

    Returns
    -------
    dict
        Role key -> rung (``int``) or ``None``.

    Examples
    --------
    >>> import careergraph
    >>> rungs = ladder_rungs(careergraph.build())
    >>> rungs["operations-assistant"] < rungs["e-commerce-operator"] < rungs["operations-director"]
    True
    >>> rungs["sales-representative"] is None
    True
    """
    steps = nx.DiGraph()
    for u, v, data in edges_by_type(g, RelType.TRANSITIONS_TO):
        step = 0 if data.get("kind") == TransitionKind.LATERAL.value else 1
        steps.add_edge(u, v, step=step)
    rungs: dict[str, int | None] = {key: None for key, _ in nodes_by_label(g, Label.ROLE)}
    if steps.number_of_nodes():
        condensed = nx.condensation(steps)
        member_of: dict[str, int] = condensed.graph["mapping"]
        weight: dict[tuple[int, int], int] = {}
        for u, v, step in steps.edges(data="step"):
            cu, cv = member_of[u], member_of[v]
            if cu != cv:
                weight[cu, cv] = max(weight.get((cu, cv), 0), step)
        rung_of: dict[int, int] = {}
        for comp in nx.topological_sort(condensed):
            rung_of[comp] = max((rung_of[p] + weight[p, comp] for p in condensed.predecessors(comp)), default=0)
        for key, comp in member_of.items():
            if key in rungs:
                rungs[key] = rung_of[comp]
    levels = {key: data["level"] for key, data in nodes_by_label(g, Label.ROLE) if data.get("level") is not None}
    offsets = [levels[key] - rung for key, rung in rungs.items() if rung is not None and key in levels]
    offset = round(statistics.median(offsets)) if offsets else 1
    for key, level in levels.items():
        if rungs[key] is None:
            rungs[key] = max(0, int(level) - offset)
    return rungs


def primary_groups(g: nx.MultiDiGraph, groups: Sequence[str] | None = None) -> dict[str, str]:
    """The one job group each role is drawn in (``""`` for a role in no group).

    A role in several groups is drawn in the first of ``groups`` it belongs to;
    otherwise in its largest group (the one with the most roles), ties going to
    the group key that sorts first.

    Parameters
    ----------
    g : networkx.MultiDiGraph
        A careergraph graph.
    groups : sequence of str, optional
        Job-group keys to prefer, in order.

    Returns
    -------
    dict
        Role key -> job-group key.

    Examples
    --------
    >>> import careergraph
    >>> g = careergraph.build()
    >>> primary_groups(g)["pre-sales-customer-service"]
    'customer-service'
    >>> primary_groups(g, ["business-department"])["pre-sales-customer-service"]
    'business-department'
    """
    member_of: dict[str, list[str]] = {key: [] for key, _ in nodes_by_label(g, Label.ROLE)}
    size: dict[str, int] = {}
    for role, group, _ in edges_by_type(g, RelType.IN_GROUP):
        if role in member_of:
            member_of[role].append(group)
            size[group] = size.get(group, 0) + 1
    preferred = {group: i for i, group in enumerate(groups or ())}
    primary = {}
    for role, its_groups in member_of.items():
        if not its_groups:
            primary[role] = _NO_GROUP
            continue
        primary[role] = min(its_groups, key=lambda grp: (preferred.get(grp, len(preferred)), -size[grp], grp))
    return primary


@dataclass
class _Slot:
    key: str
    label: str
    x: float
    y: float
    colour: str
    group: str


@dataclass
class _Ladder:
    slots: dict[str, _Slot]
    columns: list[tuple[str, float, float]]  # group key, x centre, width
    rows: list[tuple[str, float]]  # tick label, y centre
    band_top: float | None  # y of the line above the roles on no known rung
    width: float
    height: float
    group_colours: dict[str, str]
    group_names: dict[str, str]


def _resolve_groups(g: nx.MultiDiGraph, groups: str | Iterable[str] | None) -> list[str] | None:
    if groups is None:
        return None
    names = [groups] if isinstance(groups, str) else list(groups)
    keys = []
    for name in names:
        try:
            keys.append(resolve(g, name, Label.JOB_GROUP))
        except NodeNotFound as exc:
            raise JobGroupNotFound(name, exc.suggestions) from None
    return list(dict.fromkeys(keys))


def _path_roles(g: nx.MultiDiGraph, path: Any) -> list[str]:
    if path is None:
        return []
    items = getattr(path, "roles", path)
    if isinstance(items, str):
        raise TypeError("highlight_path must be a sequence of roles (or a CareerPath), not one string")
    roles = [resolve_role(g, item) for item in items]
    for u, v in itertools.pairwise(roles):
        if not g.has_edge(u, v, key=RelType.TRANSITIONS_TO.value):
            raise CareerGraphError(
                f"cannot highlight the path: no transition from {g.nodes[u]['name']!r} to {g.nodes[v]['name']!r}"
            )
    return roles


def _palette(n: int) -> list[str]:
    from matplotlib import colormaps
    from matplotlib.colors import to_hex

    tab20 = colormaps["tab20"]
    # Light shades first (black text reads on them), then the strong ones; greys are kept for "no group".
    order = [i for i in range(1, 20, 2) if i != 15] + [i for i in range(0, 20, 2) if i != 14]
    colours = [to_hex(tab20(i)) for i in order]
    if n > len(colours):
        turbo = colormaps["turbo"]
        colours = [to_hex(turbo(0.05 + 0.9 * i / max(1, n - 1))) for i in range(n)]
    return colours[:n]


def _group_colours(columns: list[str]) -> dict[str, str]:
    palette = iter(_palette(sum(1 for c in columns if c != _NO_GROUP)))
    return {c: _NO_GROUP_COLOUR if c == _NO_GROUP else next(palette) for c in columns}


def _wrap(name: str) -> str:
    # Balanced lines read better than greedy ones: "Website interaction / experience".
    words = name.split()
    if len(name) <= 14 or len(words) == 1:
        return name
    best = [name]
    for lines in (2, 3):
        if lines > len(words):
            break
        candidates = []
        for cuts in itertools.combinations(range(1, len(words)), lines - 1):
            bounds = (0, *cuts, len(words))
            parts = [" ".join(words[a:b]) for a, b in itertools.pairwise(bounds)]
            candidates.append((max(len(p) for p in parts), parts))
        longest, parts = min(candidates, key=lambda c: c[0])
        best = parts
        if longest <= 20:
            break
    return "\n".join(best)


def _cross(a: tuple[float, float], b: tuple[float, float], c: tuple[float, float], d: tuple[float, float]) -> bool:
    """Whether segments ab and cd cross at a point inside both (sharing an end is no crossing)."""
    if {a, b} & {c, d}:
        return False

    def side(p: tuple[float, float], q: tuple[float, float], r: tuple[float, float]) -> float:
        return (q[0] - p[0]) * (r[1] - p[1]) - (q[1] - p[1]) * (r[0] - p[0])

    d1, d2, d3, d4 = side(c, d, a), side(c, d, b), side(a, b, c), side(a, b, d)
    return d1 * d2 < 0 and d3 * d4 < 0


def _order_columns(columns: list[str], group_of: dict[str, str], links: list[tuple[str, str]]) -> list[str]:
    # Columns joined by transitions or hand-offs stand close together: the order with the least total
    # link length (every order when few columns are linked, else adjacent swaps); unlinked columns last.
    weight: dict[tuple[str, str], int] = {}
    for u, v in links:
        a, b = group_of.get(u), group_of.get(v)
        if a is None or b is None or a == b or a not in columns or b not in columns:
            continue
        pair = (min(a, b), max(a, b))
        weight[pair] = weight.get(pair, 0) + 1
    linked = sorted({c for pair in weight for c in pair})
    rest = sorted((c for c in columns if c not in linked), key=lambda c: (c == _NO_GROUP, c))

    def cost(seq: Sequence[str]) -> tuple[int, int]:
        where = {c: i for i, c in enumerate(seq)}
        length = sum(w * abs(where[a] - where[b]) for (a, b), w in weight.items())
        return length, sum(i * (c == _NO_GROUP) for i, c in enumerate(seq))

    if len(linked) <= 7:
        order = list(min(itertools.permutations(linked), key=lambda seq: (cost(list(seq)), seq)))
    else:
        order = linked
        improved = True
        while improved:
            improved = False
            for i in range(len(order) - 1):
                swapped = [*order[:i], order[i + 1], order[i], *order[i + 2 :]]
                if cost(swapped) < cost(order):
                    order, improved = swapped, True
    return order + rest


def _ladder(g: nx.MultiDiGraph, roles: list[str], group_keys: list[str] | None) -> _Ladder:
    rungs = ladder_rungs(g)
    group_of = primary_groups(g, group_keys)
    shown = set(roles)
    links = [
        (u, v)
        for rel in (RelType.TRANSITIONS_TO, RelType.HANDS_OFF_TO)
        for u, v, _ in edges_by_type(g, rel)
        if u in shown and v in shown
    ]
    present = sorted({group_of[r] for r in roles})
    if group_keys:
        chosen = [grp for grp in group_keys if grp in present]
        columns = chosen + _order_columns([c for c in present if c not in chosen], group_of, links)
    else:
        columns = _order_columns(present, group_of, links)
    group_names = {key: data["name"] for key, data in nodes_by_label(g, Label.JOB_GROUP)}
    group_names[_NO_GROUP] = _NO_GROUP_NAME
    colours = _group_colours(columns)

    cells: dict[tuple[str, int | None], list[str]] = {}
    for role in roles:
        cells.setdefault((group_of[role], rungs[role]), []).append(role)
    ladder_rows = sorted({rung for (_, rung) in cells if rung is not None})
    band = {column: len(cells.get((column, None), [])) for column in columns}
    widest_rung = {
        column: max((len(cells.get((column, rung), [])) for rung in ladder_rows), default=1) for column in columns
    }

    def shape(band_rows: int, cap: int) -> tuple[dict[str, int], dict[int | None, int], float, float]:
        sub_cols = {c: max(1, min(cap, widest_rung[c]), math.ceil(band[c] / band_rows)) for c in columns}
        sub_rows: dict[int | None, int] = {
            rung: max(math.ceil(len(cells.get((c, rung), [])) / sub_cols[c]) for c in columns) for rung in ladder_rows
        }
        if any(band.values()):
            sub_rows[None] = max(math.ceil(band[c] / sub_cols[c]) for c in columns)
        width = sum(sub_cols.values()) + _COLUMN_GAP * (len(columns) + 1)
        height = (
            sum(sub_rows.values())
            + _RUNG_GAP * max(0, len(ladder_rows) - 1)
            + (_BAND_GAP if None in sub_rows and ladder_rows else 0)
            + _HEADER_HEIGHT
        )
        return sub_cols, sub_rows, width, height

    # Crowded cells wrap into several rows: pick how many roles stand side by side on a rung (a rung
    # split in rows reads worse, so that costs something) and how tall the band of roles on no known
    # rung is, so the picture comes out about 16:10 when it sizes itself.
    most = max(band.values(), default=0)
    widest = max(widest_rung.values(), default=1)

    def badness(cap: int, shaped: tuple[Any, Any, float, float]) -> tuple[float, float]:
        aspect = abs(math.log((shaped[2] * _INCH_X) / (shaped[3] * _INCH_Y) / 1.6))
        return round(aspect + 0.3 * (cap < widest), 3), shaped[3]

    candidates = [(cap, shape(b, cap)) for cap in range(1, max(1, widest) + 1) for b in range(1, max(1, most) + 1)]
    sub_cols, sub_rows, _, _ = min(candidates, key=lambda c: badness(*c))[1]

    x = _COLUMN_GAP
    column_x: dict[str, float] = {}
    column_spans = []
    for column in columns:
        column_x[column] = x
        column_spans.append((column, x + sub_cols[column] / 2, float(sub_cols[column])))
        x += sub_cols[column] + _COLUMN_GAP
    rows: list[tuple[str, float]] = []
    row_y: dict[int | None, float] = {}
    y = 0.0
    band_top = None
    if None in sub_rows:
        row_y[None] = y
        rows.append(("no known rung", y + sub_rows[None] / 2))
        y += sub_rows[None]
        if ladder_rows:
            band_top = y + _BAND_GAP / 2
            y += _BAND_GAP
    for i, rung in enumerate(ladder_rows):
        if i:
            y += _RUNG_GAP
        row_y[rung] = y
        rows.append((f"rung {rung}", y + sub_rows[rung] / 2))
        y += sub_rows[rung]

    names = {role: g.nodes[role]["name"] for role in roles}
    neighbours: dict[str, list[str]] = {role: [] for role in roles}
    for u, v in links:
        neighbours[u].append(v)
        neighbours[v].append(u)
    for members in cells.values():
        members.sort(key=lambda r: names[r].lower())

    def place() -> dict[str, _Slot]:
        placed = {}
        for (column, rung), members in cells.items():
            per_row = sub_cols[column]
            top = row_y[rung] + sub_rows[rung]
            for i, role in enumerate(members):
                row, col = divmod(i, per_row)
                in_row = min(per_row, len(members) - row * per_row)
                left = column_x[column] + (per_row - in_row) / 2
                placed[role] = _Slot(
                    key=role,
                    label=_wrap(names[role]),
                    x=left + col + 0.5,
                    y=top - row - 0.5,
                    colour=colours[column],
                    group=column,
                )
        return placed

    def untidiness() -> tuple[int, float]:
        where = place()
        segments = [((where[u].x, where[u].y), (where[v].x, where[v].y)) for u, v in links]
        crossings = sum(_cross(*p, *q) for p, q in itertools.combinations(segments, 2))
        return crossings, round(sum(math.dist(p, q) for p, q in segments), 6)

    # Order the roles within each cell to cross as few links as possible (small cells, a few rounds);
    # past a budget of work, one barycentre sweep (each role under the mean of its neighbours) instead.
    linked_cells = [m for m in cells.values() if 1 < len(m) <= 5 and any(neighbours[r] for r in m)]
    work = len(links) ** 2 * sum(math.factorial(len(m)) for m in linked_cells)
    rounds = 4 if work <= 2_000_000 else 0
    if not rounds and linked_cells:
        where = place()
        for members in linked_cells:
            members.sort(key=lambda r: statistics.fmean([where[n].x for n in neighbours[r]] or [where[r].x]))
    best = untidiness() if rounds else (0, 0.0)
    for _ in range(rounds):
        changed = False
        for members in linked_cells:
            start = list(members)
            for candidate in itertools.permutations(start):
                members[:] = candidate
                score = untidiness()
                if score < best:
                    best, start, changed = score, list(candidate), True
            members[:] = start
        if not changed:
            break
    slots = place()
    return _Ladder(
        slots=slots,
        columns=column_spans,
        rows=rows,
        band_top=band_top,
        width=x,
        height=y + _HEADER_HEIGHT,
        group_colours=colours,
        group_names=group_names,
    )


def _chosen_roles(
    g: nx.MultiDiGraph, path_roles: list[str], group_keys: list[str] | None, show_skills: bool
) -> list[str]:
    # the standard taxonomies' occupations (O*NET, ESCO) are no rungs of a ladder: drawn only when on the path
    roles = [key for key, data in nodes_by_label(g, Label.ROLE) if data.get("layer") is None or key in path_roles]
    if group_keys is not None:
        wanted = set(group_keys)
        members = {role for role, group, _ in edges_by_type(g, RelType.IN_GROUP) if group in wanted}
        roles = [role for role in roles if role in members or role in path_roles]
    if show_skills and path_roles:
        roles = path_roles
    if len(roles) > MAX_ROLES:
        raise CareerGraphError(
            f"{len(roles)} roles are too many to draw readably (at most {MAX_ROLES}); "
            "pick job groups (groups=, --group) or a path"
        )
    return roles


def _skills_of(g: nx.MultiDiGraph, roles: list[str]) -> set[str]:
    rel = RelType.REQUIRES.value
    skills = {v for role in roles for _, v, k in g.out_edges(role, keys=True) if k == rel}
    if len(skills) > MAX_ROLES:
        raise CareerGraphError(
            f"{len(skills)} skills are too many to draw readably (at most {MAX_ROLES}); "
            "pick job groups (groups=, --group) or a path"
        )
    return skills


def role_graph_size(
    g: nx.MultiDiGraph,
    *,
    highlight_path: Any = None,
    groups: str | Iterable[str] | None = None,
    show_skills: bool = False,
) -> tuple[float, float]:
    """The figure size, in inches, that :func:`plot_role_graph` picks for the same arguments.

    Examples
    --------
    >>> import careergraph
    >>> width, height = role_graph_size(careergraph.build())
    >>> width > height > 5
    True
    """
    group_keys = _resolve_groups(g, groups)
    path_roles = _path_roles(g, highlight_path)
    roles = _chosen_roles(g, path_roles, group_keys, show_skills)
    if show_skills:
        skills = _skills_of(g, roles)
        rows = max(len(roles), len(skills), 1)
        return 9.0, max(4.0, 0.3 * rows + 1.6)
    ladder = _ladder(g, roles, group_keys)
    return max(6.0, ladder.width * _INCH_X + 1.4), max(4.0, ladder.height * _INCH_Y + 1.8)


# --- drawing ------------------------------------------------------------------


def _new_axes(size: tuple[float, float]) -> Axes:
    import matplotlib.pyplot as plt

    _, ax = plt.subplots(figsize=size, layout="constrained")
    return ax


def _ink(colour: str) -> str:
    from matplotlib.colors import to_rgb

    r, g, b = to_rgb(colour)
    return "black" if 0.299 * r + 0.587 * g + 0.114 * b > 0.55 else "white"


def _darker(colour: str, share: float = 0.45) -> str:
    from matplotlib.colors import to_hex, to_rgb

    r, g, b = to_rgb(colour)
    return to_hex((r * (1 - share), g * (1 - share), b * (1 - share)))


def _root_figure(artist: Axes | Figure | SubFigure) -> Figure:
    from matplotlib.figure import Figure as _Figure

    fig: Any = artist
    while fig is not None and not isinstance(fig, _Figure):
        fig = fig.get_figure()
    if fig is None:
        raise ValueError(f"{type(artist).__name__} belongs to no figure")
    return fig


def _box_extent(text: Text) -> Any:
    patch = text.get_bbox_patch()
    return patch.get_window_extent() if patch is not None else text.get_window_extent()


def _fit_fonts(ax: Axes, boxes: list[tuple[Text, float, float]], *, largest: float = _MAX_FONT) -> float:
    """Scale every box's font (one size for all) so each fits its slot; return the size chosen.

    ``boxes`` holds (text, slot width, slot height) in data units.
    """
    fig = _root_figure(ax)
    size = largest
    for _ in range(4):
        for text, _, _ in boxes:
            text.set_fontsize(size)
        fig.draw_without_rendering()
        per_unit_x = abs(ax.transData.transform((1, 0))[0] - ax.transData.transform((0, 0))[0])
        per_unit_y = abs(ax.transData.transform((0, 1))[1] - ax.transData.transform((0, 0))[1])
        scale = math.inf
        for text, slot_w, slot_h in boxes:
            extent = _box_extent(text)
            scale = min(scale, slot_w * per_unit_x / max(extent.width, 1e-9), slot_h * per_unit_y / extent.height)
        if 0.97 <= scale <= 1.0 or (scale > 1 and size >= largest):
            break
        new_size = min(largest, max(_MIN_FONT, size * scale * 0.98))
        if new_size == size:
            break
        size = new_size
    return size


def _bezier(a: Any, b: Any, rad: float, t: float) -> tuple[float, float]:
    # matplotlib's arc3 connection in display space: control point off the chord's midpoint.
    (x1, y1), (x2, y2) = a, b
    cx, cy = (x1 + x2) / 2 + rad * (y2 - y1), (y1 + y2) / 2 - rad * (x2 - x1)
    s = 1 - t
    return s * s * x1 + 2 * s * t * cx + t * t * x2, s * s * y1 + 2 * s * t * cy + t * t * y2


def _route(a: Any, b: Any, obstacles: Any, taken: Iterable[float] = (), frame: Any = None) -> float:
    """The arc3 ``rad`` whose curve from ``a`` to ``b`` crosses the fewest boxes (straight when clear).

    ``obstacles`` is an (n, 4) array of boxes (x0, y0, x1, y1) in display space; ``taken`` holds
    the rads of arrows already drawn between the same two boxes, to keep apart from; a curve that
    leaves ``frame`` (the Axes' box) counts as hitting one more box.
    """
    import numpy as np

    best_rad, best_hits = 0.0, math.inf
    taken = list(taken)
    t = np.linspace(0.05, 0.95, 37)[:, None]
    start, end = np.asarray(a, dtype=float), np.asarray(b, dtype=float)
    chord = end - start
    margin = 2.0
    for rad in (0.0, 0.15, -0.15, 0.3, -0.3, 0.45, -0.45, 0.6, -0.6, 0.8, -0.8, 1.0, -1.0, 1.3, -1.3):
        if any(abs(rad - other) < 0.2 for other in taken):
            continue
        control = (start + end) / 2 + rad * np.array([chord[1], -chord[0]])
        points = (1 - t) ** 2 * start + 2 * (1 - t) * t * control + t**2 * end  # (37, 2)
        if len(obstacles):
            x, y = points[:, 0][None, :], points[:, 1][None, :]
            inside = (
                (obstacles[:, 0:1] - margin <= x)
                & (x <= obstacles[:, 2:3] + margin)
                & (obstacles[:, 1:2] - margin <= y)
                & (y <= obstacles[:, 3:4] + margin)
            )
            hits = int(inside.any(axis=1).sum())
        else:
            hits = 0
        if frame is not None:
            x, y = points[:, 0], points[:, 1]
            hits += bool(((x < frame.x0) | (x > frame.x1) | (y < frame.y0) | (y > frame.y1)).any())
        if hits < best_hits:
            best_rad, best_hits = rad, hits
        if hits == 0:
            break
    return best_rad


def _years(data: dict[str, Any]) -> str | None:
    low, high = data.get("years_min"), data.get("years_max")
    if low is None and high is None:
        return None
    if low is not None and high is not None:
        return f"{low:g} y" if low == high else f"{low:g}–{high:g} y"
    return f"≥{low:g} y" if low is not None else f"≤{high:g} y"


def _check_axes(ax: Any) -> None:
    from matplotlib.axes import Axes as _Axes

    if ax is not None and not isinstance(ax, _Axes):
        raise TypeError(f"ax must be a matplotlib Axes, not {type(ax).__name__}")


def plot_role_graph(
    g: nx.MultiDiGraph,
    ax: Axes | None = None,
    *,
    highlight_path: Any = None,
    groups: str | Iterable[str] | None = None,
    show_skills: bool = False,
) -> Axes:
    """Draw the roles as a career ladder, coloured by job group.

    Seniority runs upward in rungs (see :func:`ladder_rungs`); roles on no
    known rung sit in a band at the bottom. Each job group is a column headed by
    its name (a role in several groups stands in its :func:`primary_groups`
    column) and has its own colour, listed in the legend. Transitions are
    arrows labelled with their years where known (lateral moves in another
    colour); hand-offs are dashed arrows; a line is wider the more documents
    state it. Every role name is wrapped and sized so no two labels overlap.

    Parameters
    ----------
    g : networkx.MultiDiGraph
        A careergraph graph.
    ax : matplotlib.axes.Axes, optional
        Where to draw; by default a new pyplot figure sized to fit the ladder
        (:func:`role_graph_size`).
    highlight_path : sequence of str or CareerPath, optional
        Roles (keys or names) in order, or anything with ``.roles`` such as the
        result of :func:`careergraph.queries.career_path`: that path is drawn
        in red and the rest dimmed.
    groups : str or iterable of str, optional
        Only the roles of these job groups (keys or names), plus the roles of
        the highlighted path.
    show_skills : bool, default False
        Draw the chosen roles (the path's, else the groups', else all) beside
        the skills they require instead: a bipartite view whose lines are wider
        the more important the skill.

    Returns
    -------
    matplotlib.axes.Axes
        Role boxes are Text artists with gid ``role:KEY`` (skills ``skill:KEY``,
        column heads ``group:KEY``); arrows are patches with gid
        ``TYPE:SOURCE->TARGET``; year labels have gid ``years:SOURCE->TARGET``.

    Raises
    ------
    RoleNotFound
        A role of ``highlight_path`` matches nothing.
    JobGroupNotFound
        A name in ``groups`` matches no job group.
    CareerGraphError
        Two consecutive roles of ``highlight_path`` have no transition, or there are more
        than :data:`MAX_ROLES` roles (or skills) to draw.

    Examples
    --------
    >>> import matplotlib
    >>> matplotlib.use("Agg")
    >>> import careergraph
    >>> g = careergraph.build()
    >>> ax = plot_role_graph(g)
    >>> sum(1 for t in ax.texts if t.get_gid().startswith("role:"))
    46
    >>> ax = plot_role_graph(g, highlight_path=["operations-assistant", "store-manager"], groups="customer service")
    >>> sorted(p.get_gid() for p in ax.patches if p.get_edgecolor()[:3] == matplotlib.colors.to_rgb("#c0392b"))
    ['TRANSITIONS_TO:operations-assistant->store-manager']
    >>> import matplotlib.pyplot as plt; plt.close("all")
    """
    _check_axes(ax)
    group_keys = _resolve_groups(g, groups)
    path_roles = _path_roles(g, highlight_path)
    roles = _chosen_roles(g, path_roles, group_keys, show_skills)
    if ax is None:
        ax = _new_axes(
            role_graph_size(g, highlight_path=path_roles or None, groups=group_keys, show_skills=show_skills)
        )
    if show_skills:
        _draw_skills(g, ax, roles, group_keys, is_path=bool(path_roles))
        return ax
    _draw_ladder(g, ax, roles, group_keys, path_roles)
    return ax


def _draw_ladder(
    g: nx.MultiDiGraph, ax: Axes, roles: list[str], group_keys: list[str] | None, path_roles: list[str]
) -> None:
    import numpy as np
    from matplotlib.lines import Line2D
    from matplotlib.patches import FancyArrowPatch, Patch

    ladder = _ladder(g, roles, group_keys)
    on_path = set(path_roles)
    path_edges = set(itertools.pairwise(path_roles))
    dim = bool(path_roles)

    ax.set_xlim(0, ladder.width)
    ax.set_ylim(-0.2, ladder.height)
    ax.set_xticks([])
    ax.set_yticks([y for _, y in ladder.rows], [label for label, _ in ladder.rows], fontsize=8)
    ax.tick_params(axis="y", length=0)
    for side in ("top", "right", "bottom", "left"):
        ax.spines[side].set_visible(False)
    if ladder.band_top is not None:
        ax.axhline(ladder.band_top, color="#bbbbbb", linestyle=":", linewidth=1, zorder=0)

    boxes: list[tuple[Text, float, float]] = []
    texts: dict[str, Text] = {}
    for slot in ladder.slots.values():
        faded = dim and slot.key not in on_path
        text = ax.text(
            slot.x,
            slot.y,
            slot.label,
            ha="center",
            va="center",
            color=_ink(slot.colour),
            alpha=0.35 if faded else 1.0,
            fontweight="bold" if slot.key in on_path else "normal",
            linespacing=1.1,
            gid=f"role:{slot.key}",
            zorder=3,
            in_layout=False,
            bbox={
                "boxstyle": "round,pad=0.3",
                "facecolor": slot.colour,
                "edgecolor": _HIGHLIGHT if slot.key in on_path else "#555555",
                "linewidth": 2.2 if slot.key in on_path else 0.6,
                "alpha": 0.35 if faded else 1.0,
            },
        )
        texts[slot.key] = text
        boxes.append((text, _SLOT_FILL_X, _SLOT_FILL_Y))
    top = ladder.height - _HEADER_HEIGHT / 2
    for group, x, width in ladder.columns:
        head = ax.text(
            x,
            top,
            _wrap(ladder.group_names.get(group, group)),
            ha="center",
            va="center",
            fontweight="bold",
            linespacing=1.1,
            gid=f"group:{group}",
            zorder=3,
            in_layout=False,
            bbox={
                "boxstyle": "square,pad=0.25",
                "facecolor": "none",
                "edgecolor": ladder.group_colours[group],
                "linewidth": 2.5,
            },
        )
        boxes.append((head, width * _SLOT_FILL_X + _COLUMN_GAP * 0.5, _HEADER_HEIGHT * 0.8))

    handles: list[Any] = [
        Patch(facecolor=ladder.group_colours[group], edgecolor="#555555", label=ladder.group_names.get(group, group))
        for group, _, _ in ladder.columns
    ]
    edges = [
        (rel, u, v, data)
        for rel in (RelType.TRANSITIONS_TO, RelType.HANDS_OFF_TO)
        for u, v, data in edges_by_type(g, rel)
        if u in ladder.slots and v in ladder.slots
    ]
    kinds = {(rel, data.get("kind") == TransitionKind.LATERAL.value) for rel, _, _, data in edges}
    if (RelType.TRANSITIONS_TO, False) in kinds:
        handles.append(Line2D([], [], color=_TRANSITION_COLOUR, label="promotion / entry"))
    if (RelType.TRANSITIONS_TO, True) in kinds:
        handles.append(Line2D([], [], color=_LATERAL_COLOUR, label="lateral move"))
    if any(rel is RelType.HANDS_OFF_TO for rel, _ in kinds):
        handles.append(Line2D([], [], color=_HANDOFF_COLOUR, linestyle="--", label="hand-off (work passed on)"))
    doc_counts = sorted({max(1, len(evidence_docs(data["evidence"]))) for *_, data in edges})
    if len(doc_counts) > 1:
        handles.extend(
            Line2D([], [], color="#777777", linewidth=_edge_width(n), label=f"{n} document{'s' * (n > 1)}")
            for n in doc_counts
        )
    if path_edges or on_path:
        handles.append(Line2D([], [], color=_HIGHLIGHT, linewidth=3, label="career path"))
    ax.legend(
        handles=handles,
        loc="upper center",
        bbox_to_anchor=(0.5, -0.01),
        ncols=_legend_columns(ax, len(handles)),
        fontsize=8,
        frameon=False,
    )
    if path_roles:
        first, last = g.nodes[path_roles[0]]["name"], g.nodes[path_roles[-1]]["name"]
        ax.set_title(f"Career path: {first} → {last}", fontsize=11)
    else:
        ax.set_title(f"Career ladder: {len(ladder.slots)} roles", fontsize=11)

    size = _fit_fonts(ax, boxes)
    inverse = ax.transData.inverted()
    extents = {key: _box_extent(text) for key, text in texts.items()}
    box_keys = list(extents)
    boxes_array = np.array([[e.x0, e.y0, e.x1, e.y1] for e in extents.values()]).reshape(-1, 4)

    # Spread the ends of several arrows along a box's edge, ordered by where the other end lies.
    ends: dict[tuple[str, str], list[tuple[float, int]]] = {}
    for i, (_, u, v, _) in enumerate(edges):
        here, there = ladder.slots[u], ladder.slots[v]
        if abs(here.y - there.y) < 1e-9:
            side_u, side_v = ("right", "left") if here.x < there.x else ("left", "right")
        else:
            side_u, side_v = ("top", "bottom") if there.y > here.y else ("bottom", "top")
        ends.setdefault((u, side_u), []).append((there.x, i))
        ends.setdefault((v, side_v), []).append((here.x, i))
    anchor: dict[tuple[int, str], tuple[float, float]] = {}
    for (key, side), items in ends.items():
        box = extents[key]
        items.sort()
        for j, (_, i) in enumerate(items):
            share = (j + 1) / (len(items) + 1)
            if side in ("top", "bottom"):
                x = box.x0 + box.width * (0.2 + 0.6 * share)
                y = box.y1 if side == "top" else box.y0
            else:
                x = box.x1 if side == "right" else box.x0
                y = box.y0 + box.height * (0.25 + 0.5 * share)
            anchor[i, key] = (x, y)

    placed: list[Any] = list(extents.values())
    drawn: dict[tuple[str, str], list[float]] = {}
    for i, (rel, u, v, data) in enumerate(edges):
        a, b = anchor[i, u], anchor[i, v]
        others = boxes_array[[i for i, key in enumerate(box_keys) if key not in (u, v)]]
        # arc3 bends to the left of travel, so an arrow the other way round takes the opposite sign.
        sign = 1 if u < v else -1
        pair = drawn.setdefault((min(u, v), max(u, v)), [])
        rad = _route(a, b, others, [sign * r for r in pair], ax.bbox)
        pair.append(sign * rad)
        highlighted = (u, v) in path_edges and rel is RelType.TRANSITIONS_TO
        lateral = data.get("kind") == TransitionKind.LATERAL.value
        if rel is RelType.HANDS_OFF_TO:
            colour, style = _HANDOFF_COLOUR, "--"
        else:
            colour, style = (_LATERAL_COLOUR if lateral else _TRANSITION_COLOUR), "-"
        width = _edge_width(len(evidence_docs(data["evidence"])))
        if highlighted:
            colour, width = _HIGHLIGHT, width + 2.0
        alpha = 1.0 if highlighted or not dim else 0.2
        arrow = FancyArrowPatch(
            posA=tuple(inverse.transform(a)),
            posB=tuple(inverse.transform(b)),
            arrowstyle="-|>" if rel is RelType.TRANSITIONS_TO else "->",
            mutation_scale=8 + width * 2,
            connectionstyle=f"arc3,rad={rad}",
            color=colour,
            linewidth=width,
            linestyle=style,
            alpha=alpha,
            shrinkA=1,
            shrinkB=1,
            zorder=4 if highlighted else 2,
            gid=f"{rel.value}:{u}->{v}",
        )
        ax.add_patch(arrow)
        label = _years(data) if rel is RelType.TRANSITIONS_TO else None
        if label:
            placed.append(_place_years(ax, a, b, rad, label, placed, size, colour, alpha, f"years:{u}->{v}"))


def _legend_columns(ax: Axes, entries: int) -> int:
    # About two inches an entry, so a legend below the plot is never wider than the figure.
    width = _root_figure(ax).get_figwidth() * ax.get_position().width
    return max(1, min(6, entries, int(width // 2.0)))


def _edge_width(documents: int) -> float:
    return 0.8 + 1.2 * (max(1, documents) - 1)


def _place_years(
    ax: Axes,
    a: Any,
    b: Any,
    rad: float,
    label: str,
    placed: list[Any],
    size: float,
    colour: str,
    alpha: float,
    gid: str,
) -> Any:
    """Put a years label on its arrow where it covers no box or label; return its extent."""
    inverse = ax.transData.inverted()
    text = ax.text(
        0,
        0,
        label,
        ha="center",
        va="center",
        fontsize=max(_MIN_FONT, size * 0.85),
        color=colour,
        alpha=alpha,
        gid=gid,
        zorder=5,
        in_layout=False,
        bbox={"boxstyle": "round,pad=0.15", "facecolor": "white", "edgecolor": "none", "alpha": 0.85 * alpha},
    )
    extent = None
    for t in (0.5, 0.4, 0.6, 0.3, 0.7, 0.2, 0.8):
        text.set_position(tuple(inverse.transform(_bezier(a, b, rad, t))))
        extent = text.get_window_extent()
        if not any(extent.overlaps(other) for other in placed):
            break
    return extent


def _draw_skills(
    g: nx.MultiDiGraph, ax: Axes, roles: list[str], group_keys: list[str] | None, *, is_path: bool
) -> None:
    from matplotlib.lines import Line2D
    from matplotlib.patches import Patch

    rungs = ladder_rungs(g)
    group_of = primary_groups(g, group_keys)
    depth = {r: -1 if rungs[r] is None else int(rungs[r] or 0) for r in roles}
    if is_path:
        order = roles[::-1]  # a path reads upward, like the ladder
    else:
        order = sorted(roles, key=lambda r: (-depth[r], group_of[r], r))
    _skills_of(g, order)  # refuses too many
    needs = [
        (role, skill, int(data.get("importance", 3)))
        for role in order
        for _, skill, key, data in g.out_edges(role, keys=True, data=True)
        if key == RelType.REQUIRES.value
    ]
    skills = list(dict.fromkeys(skill for _, skill, _ in needs))
    rows = max(len(order), len(skills), 1)
    role_y = {role: rows - (i + 0.5) * rows / max(1, len(order)) for i, role in enumerate(order)}
    pull: dict[str, list[float]] = {}
    for role, skill, importance in needs:
        pull.setdefault(skill, []).extend([role_y[role]] * importance)
    skills.sort(key=lambda s: (-statistics.fmean(pull[s]), g.nodes[s]["name"].lower()))
    skill_y = {skill: rows - (i + 0.5) * rows / max(1, len(skills)) for i, skill in enumerate(skills)}

    columns = sorted({group_of[r] for r in order}, key=lambda c: (c == _NO_GROUP, c))
    colours = _group_colours(columns)
    names = {key: data["name"] for key, data in nodes_by_label(g, Label.JOB_GROUP)}
    names[_NO_GROUP] = _NO_GROUP_NAME

    role_x, skill_x = 0.6, 2.6
    ax.set_xlim(0, 3.2)
    ax.set_ylim(0, rows)
    ax.set_axis_off()
    boxes: list[tuple[Text, float, float]] = []
    texts: dict[str, Text] = {}
    slot_h = min(rows / max(1, len(order)), rows / max(1, len(skills))) * 0.85
    for role in order:
        colour = colours[group_of[role]]
        text = ax.text(
            role_x,
            role_y[role],
            g.nodes[role]["name"],
            ha="center",
            va="center",
            color=_ink(colour),
            gid=f"role:{role}",
            zorder=3,
            in_layout=False,
            bbox={"boxstyle": "round,pad=0.3", "facecolor": colour, "edgecolor": "#555555", "linewidth": 0.6},
        )
        texts[role] = text
        boxes.append((text, 1.1, slot_h))
    for skill in skills:
        text = ax.text(
            skill_x,
            skill_y[skill],
            g.nodes[skill]["name"],
            ha="center",
            va="center",
            gid=f"skill:{skill}",
            zorder=3,
            in_layout=False,
            bbox={"boxstyle": "round,pad=0.3", "facecolor": "white", "edgecolor": "#555555", "linewidth": 0.6},
        )
        texts[skill] = text
        boxes.append((text, 1.1, slot_h))
    handles: list[Any] = [Patch(facecolor=colours[c], edgecolor="#555555", label=names.get(c, c)) for c in columns]
    handles.extend(
        Line2D([], [], color="#777777", linewidth=_importance_width(i), label=f"importance {i}") for i in (1, 3, 5)
    )
    ax.legend(
        handles=handles,
        loc="upper center",
        bbox_to_anchor=(0.5, 0.0),
        ncols=_legend_columns(ax, len(handles)),
        fontsize=8,
    )
    if is_path and order:
        title = f"Skills along the path {g.nodes[order[-1]]['name']} → {g.nodes[order[0]]['name']}"
    else:
        title = f"Skills required by {len(order)} role{'s' * (len(order) != 1)}"
    ax.set_title(title, fontsize=11)
    if not order:
        return
    _fit_fonts(ax, boxes)
    inverse = ax.transData.inverted()
    for role, skill, importance in needs:
        start = inverse.transform((_box_extent(texts[role]).x1, 0))[0]
        end = inverse.transform((_box_extent(texts[skill]).x0, 0))[0]
        ax.add_line(
            Line2D(
                [start, end],
                [role_y[role], skill_y[skill]],
                color=_darker(colours[group_of[role]]),
                linewidth=_importance_width(importance),
                alpha=0.75,
                zorder=2,
                gid=f"{RelType.REQUIRES.value}:{role}->{skill}",
            )
        )


def _importance_width(importance: int) -> float:
    return 0.4 + 0.6 * importance


# --- skill gaps ---------------------------------------------------------------


def skill_gap_size(g: nx.MultiDiGraph, current: str, target: str) -> tuple[float, float]:
    """The figure size, in inches, that :func:`plot_skill_gap` picks.

    Examples
    --------
    >>> import careergraph
    >>> skill_gap_size(careergraph.build(), "operations assistant", "store manager")[0]
    8.0
    """
    gap = skill_gap(g, current, target)
    return 8.0, max(3.0, 0.32 * (len(gap.missing) + len(gap.shared)) + 1.8)


def plot_skill_gap(g: nx.MultiDiGraph, current: str, target: str, ax: Axes | None = None) -> Axes:
    """Draw what moving from one role to another asks: the skills missing and those shared.

    One horizontal bar per skill the target role requires, as long as its
    importance (1-5) to the target: the missing skills first, most important on
    top, then the shared ones in another colour. The title gives the coverage
    (:func:`careergraph.queries.skill_gap`).

    Parameters
    ----------
    g : networkx.MultiDiGraph
        A careergraph graph.
    current, target : str
        Role keys, names or aliases.
    ax : matplotlib.axes.Axes, optional
        Where to draw; by default a new pyplot figure (:func:`skill_gap_size`).

    Returns
    -------
    matplotlib.axes.Axes
        Bars are patches with gid ``missing:SKILL`` or ``shared:SKILL``.

    Raises
    ------
    RoleNotFound
        A role name matches nothing.

    Examples
    --------
    >>> import matplotlib
    >>> matplotlib.use("Agg")
    >>> import careergraph
    >>> ax = plot_skill_gap(careergraph.build(), "operations assistant", "store manager")
    >>> all(p.get_gid().split(":")[0] in ("missing", "shared") for p in ax.patches)
    True
    >>> import matplotlib.pyplot as plt; plt.close("all")
    """
    _check_axes(ax)
    gap = skill_gap(g, current, target)
    if ax is None:
        ax = _new_axes(skill_gap_size(g, current, target))
    items = [("missing", need) for need in gap.missing] + [("shared", need) for need in gap.shared]
    ys = list(range(len(items)))[::-1]
    for (status, need), y in zip(items, ys, strict=True):
        colour = _MISSING_COLOUR if status == "missing" else _SHARED_COLOUR
        (bar,) = ax.barh([y], [need.importance], color=colour, height=0.7).patches
        bar.set_gid(f"{status}:{need.key}")
    ax.set_yticks(ys, [need.name for _, need in items], fontsize=9)
    ax.set_xlim(0, 5.2)
    ax.set_xticks(range(6))
    ax.set_xlabel(f"importance to {g.nodes[gap.target]['name']} (1-5)")
    ax.set_ylim(-0.6, max(len(items), 1) - 0.4)
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)
    if gap.missing and gap.shared:
        ax.axhline(len(gap.shared) - 0.5, color="#999999", linewidth=0.8, linestyle=":")
    from matplotlib.patches import Patch

    ax.legend(
        handles=[
            Patch(color=_MISSING_COLOUR, label=f"missing ({len(gap.missing)})"),
            Patch(color=_SHARED_COLOUR, label=f"shared ({len(gap.shared)})"),
        ],
        loc="upper left",
        bbox_to_anchor=(1.01, 1.0),
        fontsize=8,
        frameon=False,
    )
    source = g.nodes[gap.current]["name"] if gap.current else "you"
    ax.set_title(
        f"{source} → {g.nodes[gap.target]['name']}: {gap.coverage:.0f}% of the skills covered",
        fontsize=11,
    )
    if not items:
        ax.text(2.6, 0, "no skills recorded for the target role", ha="center", va="center", color="#666666")
    return ax


# --- files --------------------------------------------------------------------


def picture_format(path: str | os.PathLike[str]) -> str:
    """The picture format a file name asks for, from its suffix.

    Raises
    ------
    CareerGraphError
        The suffix names no format in :data:`PICTURE_FORMATS`.

    Examples
    --------
    >>> picture_format("ladder.SVG")
    'svg'
    >>> picture_format("roles.jpg")
    Traceback (most recent call last):
    ...
    careergraph.graph.errors.CareerGraphError: roles.jpg: cannot write a picture as '.jpg'; use .png, .svg or .pdf
    """
    target = Path(path)
    fmt = target.suffix.lower().lstrip(".")
    if fmt not in PICTURE_FORMATS:
        shown = f"'{target.suffix}'" if target.suffix else "a file without a suffix"
        raise CareerGraphError(f"{target}: cannot write a picture as {shown}; use .png, .svg or .pdf")
    return fmt


def save_figure(fig: Figure | SubFigure | Axes, path: str | os.PathLike[str], *, dpi: float | None = None) -> Path:
    """Write a figure (or the figure of an Axes) atomically, in the format its suffix names.

    Parameters
    ----------
    fig : matplotlib.figure.Figure or matplotlib.axes.Axes
        What to write; the size is the figure's, never trimmed.
    path : path
        Ends in ``.png``, ``.svg`` or ``.pdf``; its folder must exist.
    dpi : float, optional
        Dots per inch for PNG (default: the figure's).

    Returns
    -------
    pathlib.Path
        The path written.

    Raises
    ------
    CareerGraphError
        The suffix names no picture format written here, or the folder is missing or
        refuses the write (read-only, full); the old file is then kept.

    Examples
    --------
    >>> import matplotlib, tempfile, pathlib
    >>> matplotlib.use("Agg")
    >>> import careergraph
    >>> ax = plot_skill_gap(careergraph.build(), "store manager", "operations director")
    >>> path = save_figure(ax, pathlib.Path(tempfile.mkdtemp()) / "gap.svg")
    >>> path.read_text(encoding="utf-8").lstrip().startswith("<?xml")
    True
    >>> import matplotlib.pyplot as plt; plt.close("all")
    """
    target = Path(path)
    fmt = picture_format(target)
    figure = _root_figure(fig)

    def write(handle: IO[bytes]) -> None:
        figure.savefig(handle, format=fmt, dpi=dpi if dpi is not None else "figure")

    return atomic_write(target, write, binary=True)
