"""Tests for careergraph.queries.plots and the ``plot``/``plot-gap`` commands: figures checked through their Axes."""

from __future__ import annotations

import itertools
import re
import struct
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt
import networkx as nx
import pytest
from matplotlib.axes import Axes
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.colors import to_hex
from matplotlib.figure import Figure
from matplotlib.patches import FancyArrowPatch, Patch
from matplotlib.text import Text

import careergraph
from careergraph.cli import main
from careergraph.graph.errors import CareerGraphError, JobGroupNotFound, RoleNotFound
from careergraph.graph.schema import Label, RelType, evidence_docs
from careergraph.graph.store import add_node, add_relationship, edges_by_type, new_graph, nodes_by_label
from careergraph.graph.synthetic import synthetic_graph
from careergraph.queries import career_path, skill_gap
from careergraph.queries.plots import (
    MAX_ROLES,
    ladder_rungs,
    plot_role_graph,
    plot_skill_gap,
    primary_groups,
    role_graph_size,
    save_figure,
)

HIGHLIGHT = "#c0392b"


@pytest.fixture(autouse=True)
def _close_figures() -> Iterator[None]:
    yield
    plt.close("all")


def texts(ax: Axes, prefix: str) -> dict[str, Text]:
    """The Text artists whose gid starts with ``prefix:``, by the rest of the gid."""
    return {t.get_gid().split(":", 1)[1]: t for t in ax.texts if t.get_gid() and t.get_gid().startswith(prefix + ":")}


def arrows(ax: Axes) -> dict[str, FancyArrowPatch]:
    return {p.get_gid(): p for p in ax.patches if isinstance(p, FancyArrowPatch) and p.get_gid()}


def face(text: Text) -> str:
    patch = text.get_bbox_patch()
    assert patch is not None
    return to_hex(patch.get_facecolor())


def roles_of(g: nx.MultiDiGraph) -> dict[str, str]:
    return {key: data["name"] for key, data in nodes_by_label(g, Label.ROLE)}


@pytest.fixture(scope="module")
def kb() -> nx.MultiDiGraph:
    return careergraph.build()


@pytest.fixture(scope="module")
def ladder(kb: nx.MultiDiGraph) -> Iterator[Axes]:
    """The bundled graph drawn at the size the picture picks for itself."""
    ax = plot_role_graph(kb)
    yield ax
    plt.close(ax.get_figure())  # type: ignore[arg-type]


def little_graph(*transitions: tuple[str, str, str]) -> nx.MultiDiGraph:
    g = new_graph()
    ev = [{"doc": "t.txt", "note": "test"}]
    for u, v, kind in transitions:
        for key in (u, v):
            add_node(g, Label.ROLE, key, evidence=ev)
        add_relationship(g, RelType.TRANSITIONS_TO, u, v, kind=kind, evidence=ev)
    return g


# --- rungs and groups ---------------------------------------------------------


def test_rungs_count_promotions_and_keep_lateral_moves_level(mini_graph: nx.MultiDiGraph) -> None:
    rungs = ladder_rungs(mini_graph)
    assert rungs["help-desk-agent"] == 0
    assert rungs["senior-help-desk-agent"] == 1
    assert rungs["growth-analyst"] == rungs["senior-help-desk-agent"]  # a lateral move
    assert rungs["growth-lead"] == rungs["growth-analyst"] + 1


def test_rungs_condense_cycles_and_take_the_longest_climb() -> None:
    g = little_graph(("a", "b", "promotion"), ("b", "a", "promotion"), ("b", "c", "promotion"), ("a", "d", "promotion"))
    g.add_edge("d", "c", key=RelType.TRANSITIONS_TO.value, kind="promotion", evidence=[])
    rungs = ladder_rungs(g)
    assert rungs["a"] == rungs["b"] == 0
    assert rungs["d"] == 1
    assert rungs["c"] == 2  # above d, not just above b


def test_rungs_fall_back_to_level_shifted_to_the_ladder() -> None:
    g = little_graph(("x", "y", "promotion"))
    add_node(g, Label.ROLE, "z", level=7)
    add_node(g, Label.ROLE, "w")
    g.nodes["x"]["level"], g.nodes["y"]["level"] = 3, 4  # rung 0 is level 3 here
    rungs = ladder_rungs(g)
    assert rungs["z"] == 7 - 3
    assert rungs["w"] is None


def test_bundled_rungs_agree_with_levels(kb: nx.MultiDiGraph) -> None:
    rungs = ladder_rungs(kb)
    leveled = sorted(
        (data["level"], rungs[key]) for key, data in nodes_by_label(kb, Label.ROLE) if data.get("level") is not None
    )
    assert all(r is not None for _, r in leveled)
    for (l1, r1), (l2, r2) in itertools.pairwise(leveled):
        assert (r1 <= r2) if l1 <= l2 else True  # type: ignore[operator]


def test_primary_group_is_largest_unless_one_is_preferred(kb: nx.MultiDiGraph) -> None:
    sizes: dict[str, int] = {}
    member: dict[str, list[str]] = {}
    for role, group, _ in edges_by_type(kb, RelType.IN_GROUP):
        sizes[group] = sizes.get(group, 0) + 1
        member.setdefault(role, []).append(group)
    primary = primary_groups(kb)
    for role, groups in member.items():
        assert primary[role] in groups
        assert sizes[primary[role]] == max(sizes[grp] for grp in groups)
    several = next(role for role, groups in member.items() if len(groups) > 1)
    other = next(grp for grp in member[several] if grp != primary[several])
    assert primary_groups(kb, [other])[several] == other
    assert primary_groups(kb) == primary  # deterministic
    assert all(primary[role] == "" for role in roles_of(kb) if role not in member)


# --- the ladder -----------------------------------------------------------------


def test_ladder_draws_every_role_once_with_its_name(kb: nx.MultiDiGraph, ladder: Axes) -> None:
    drawn = texts(ladder, "role")
    names = roles_of(kb)
    assert set(drawn) == set(names)
    assert len([t for t in ladder.texts if (t.get_gid() or "").startswith("role:")]) == len(names) == 46
    for key, text in drawn.items():
        assert " ".join(text.get_text().split()) == names[key]


def test_ladder_has_one_colour_per_group_and_a_legend(kb: nx.MultiDiGraph, ladder: Axes) -> None:
    primary = primary_groups(kb)
    colour_of_group: dict[str, set[str]] = {}
    for key, text in texts(ladder, "role").items():
        colour_of_group.setdefault(primary[key], set()).add(face(text))
    assert all(len(colours) == 1 for colours in colour_of_group.values())
    colours = [next(iter(c)) for c in colour_of_group.values()]
    assert len(set(colours)) == len(colours) == len({primary[r] for r in roles_of(kb)})

    legend = ladder.get_legend()
    assert legend is not None
    entries = {
        t.get_text(): to_hex(h.get_facecolor())
        for t, h in zip(legend.texts, legend.legend_handles, strict=True)
        if isinstance(h, Patch)
    }
    group_names = {key: data["name"] for key, data in nodes_by_label(kb, Label.JOB_GROUP)} | {"": "no job group"}
    for group, colours_seen in colour_of_group.items():
        assert entries[group_names[group]] == next(iter(colours_seen))
    assert set(texts(ladder, "group")) == set(colour_of_group)


def test_ladder_puts_seniority_upward_and_groups_in_columns(kb: nx.MultiDiGraph, ladder: Axes) -> None:
    drawn = texts(ladder, "role")
    rungs = ladder_rungs(kb)
    y = {key: text.get_position()[1] for key, text in drawn.items()}
    for u, v, data in edges_by_type(kb, RelType.TRANSITIONS_TO):
        if data.get("kind") == "lateral":
            assert y[v] >= y[u]
        else:
            assert y[v] > y[u], (u, v)
    unknown = [key for key, rung in rungs.items() if rung is None]
    known = [key for key, rung in rungs.items() if rung is not None]
    assert max(y[k] for k in unknown) < min(y[k] for k in known)
    primary = primary_groups(kb)
    heads = {group: text.get_position()[0] for group, text in texts(ladder, "group").items()}
    for key, text in drawn.items():
        nearest = min(heads, key=lambda grp: abs(heads[grp] - text.get_position()[0]))
        assert nearest == primary[key]


def test_no_two_labels_overlap_on_the_bundled_graph(ladder: Axes) -> None:
    fig = ladder.get_figure()
    assert isinstance(fig, Figure)
    canvas = FigureCanvasAgg(fig)
    canvas.draw()
    renderer = canvas.get_renderer()
    labelled = [t for t in ladder.texts if (t.get_gid() or "").split(":")[0] in ("role", "group", "years")]
    assert len(labelled) > 46
    boxes = {}
    for text in labelled:
        patch = text.get_bbox_patch()
        box = patch.get_window_extent(renderer) if patch is not None else text.get_window_extent(renderer)
        assert box.width > 0 and box.height > 0
        boxes[text.get_gid()] = box
        # the words themselves fit inside the drawn box
        inner = text.get_window_extent(renderer)
        assert box.x0 <= inner.x0 + 0.5 and inner.x1 <= box.x1 + 0.5
    for (a, box_a), (b, box_b) in itertools.combinations(boxes.items(), 2):
        assert not box_a.overlaps(box_b), f"{a} overlaps {b}"
    figure_box = fig.bbox
    for gid, box in boxes.items():
        assert figure_box.x0 <= box.x0 and box.x1 <= figure_box.x1, gid
        assert figure_box.y0 <= box.y0 and box.y1 <= figure_box.y1, gid
    sizes = {t.get_fontsize() for t in labelled if (t.get_gid() or "").startswith("role:")}
    assert len(sizes) == 1 and min(sizes) >= 7  # one readable size for every role name


def test_labels_shrink_to_fit_a_small_axes(kb: nx.MultiDiGraph, ladder: Axes) -> None:
    fig, ax = plt.subplots(figsize=(12, 8), layout="constrained")
    assert plot_role_graph(kb, ax) is ax
    fig.canvas.draw()
    small = next(iter(texts(ax, "role").values())).get_fontsize()
    big = next(iter(texts(ladder, "role").values())).get_fontsize()
    assert small < big
    boxes = [t.get_bbox_patch().get_window_extent() for t in texts(ax, "role").values()]  # type: ignore[union-attr]
    assert not any(a.overlaps(b) for a, b in itertools.combinations(boxes, 2))


def test_edges_are_drawn_by_type_with_years_and_width_by_documents(kb: nx.MultiDiGraph, ladder: Axes) -> None:
    drawn = arrows(ladder)
    transitions = list(edges_by_type(kb, RelType.TRANSITIONS_TO))
    handoffs = list(edges_by_type(kb, RelType.HANDS_OFF_TO))
    assert {gid for gid in drawn if gid.startswith("TRANSITIONS_TO:")} == {
        f"TRANSITIONS_TO:{u}->{v}" for u, v, _ in transitions
    }
    assert {gid for gid in drawn if gid.startswith("HANDS_OFF_TO:")} == {
        f"HANDS_OFF_TO:{u}->{v}" for u, v, _ in handoffs
    }
    for u, v, _ in handoffs:
        assert drawn[f"HANDS_OFF_TO:{u}->{v}"].get_linestyle() == "--"
    widths = {}
    for u, v, data in transitions:
        arrow = drawn[f"TRANSITIONS_TO:{u}->{v}"]
        assert arrow.get_linestyle() == "-"
        widths.setdefault(len(evidence_docs(data["evidence"])), set()).add(arrow.get_linewidth())
    assert len(widths) > 1, "the bundled graph has edges stated by one and by two documents"
    ordered = sorted(widths)
    for fewer, more in itertools.pairwise(ordered):
        assert max(widths[fewer]) < min(widths[more])
    years = texts(ladder, "years")
    with_years = {f"{u}->{v}": d for u, v, d in transitions if d.get("years_min") is not None}
    assert set(years) == set(with_years) and years
    for edge, data in with_years.items():
        numbers = [float(n) for n in re.findall(r"\d+(?:\.\d+)?", years[edge].get_text())]
        assert numbers[0] == data["years_min"] and numbers[-1] == data["years_max"]


def test_highlighted_path_is_red_and_the_rest_dimmed(kb: nx.MultiDiGraph) -> None:
    path = career_path(kb, "pre-sales customer service", "product manager")
    ax = plot_role_graph(kb, highlight_path=path)
    on_path = {f"TRANSITIONS_TO:{u}->{v}" for u, v in itertools.pairwise(path.roles)}
    red = {gid for gid, a in arrows(ax).items() if to_hex(a.get_edgecolor()) == HIGHLIGHT}
    assert red == on_path
    for gid, arrow in arrows(ax).items():
        assert (arrow.get_alpha() or 1.0) == (1.0 if gid in on_path else pytest.approx(0.2))
    for key, text in texts(ax, "role").items():
        patch = text.get_bbox_patch()
        assert patch is not None
        if key in path.roles:
            assert to_hex(patch.get_edgecolor()) == HIGHLIGHT and text.get_fontweight() == "bold"
        else:
            assert (text.get_alpha() or 1.0) < 0.5
    # a plain list of role names works the same
    ax2 = plot_role_graph(kb, highlight_path=path.names)
    assert {gid for gid, a in arrows(ax2).items() if to_hex(a.get_edgecolor()) == HIGHLIGHT} == on_path


def test_highlight_path_needs_real_transitions(kb: nx.MultiDiGraph) -> None:
    with pytest.raises(CareerGraphError, match="no transition from 'Product manager'"):
        plot_role_graph(kb, highlight_path=["product-manager", "pre-sales-customer-service"])
    with pytest.raises(RoleNotFound):
        plot_role_graph(kb, highlight_path=["no such role", "store-manager"])
    with pytest.raises(TypeError):
        plot_role_graph(kb, highlight_path="store-manager")


def test_groups_keep_their_roles_and_the_path(kb: nx.MultiDiGraph) -> None:
    ax = plot_role_graph(kb, groups=["Customer service"], highlight_path=["operations-assistant", "store-manager"])
    members = {role for role, group, _ in edges_by_type(kb, RelType.IN_GROUP) if group == "customer-service"}
    assert set(texts(ax, "role")) == members | {"operations-assistant", "store-manager"}
    primary = primary_groups(kb, ["customer-service"])
    assert all(primary[key] == "customer-service" for key in members)
    assert next(iter(texts(ax, "group"))) == "customer-service"
    with pytest.raises(JobGroupNotFound, match="unknown job group 'nosuch'"):
        plot_role_graph(kb, groups="nosuch")


def test_mini_graph_picture(mini_graph: nx.MultiDiGraph) -> None:
    ax = plot_role_graph(mini_graph)
    assert set(texts(ax, "role")) == set(roles_of(mini_graph))
    assert len({face(t) for t in texts(ax, "role").values()}) == 2  # support and growth
    assert set(arrows(ax)) == {
        f"{rel.value}:{u}->{v}"
        for rel in (RelType.TRANSITIONS_TO, RelType.HANDS_OFF_TO)
        for u, v, _ in edges_by_type(mini_graph, rel)
    }


def test_skills_view_is_bipartite(kb: nx.MultiDiGraph) -> None:
    path = career_path(kb, "operations assistant", "operations director")
    ax = plot_role_graph(kb, highlight_path=path, show_skills=True)
    assert set(texts(ax, "role")) == set(path.roles)
    needs = {(u, v) for u, v, _ in edges_by_type(kb, RelType.REQUIRES) if u in path.roles}
    assert set(texts(ax, "skill")) == {v for _, v in needs}
    lines = {line.get_gid() for line in ax.lines}
    assert lines == {f"REQUIRES:{u}->{v}" for u, v in needs}
    role_x = {t.get_position()[0] for t in texts(ax, "role").values()}
    skill_x = {t.get_position()[0] for t in texts(ax, "skill").values()}
    assert len(role_x) == len(skill_x) == 1 and max(role_x) < min(skill_x)
    everyone = plot_role_graph(kb, show_skills=True)
    assert len(texts(everyone, "role")) == 46


def test_too_many_roles_are_refused_with_advice() -> None:
    g = synthetic_graph(roles=MAX_ROLES + 1, skills=50, requires=400, transitions=400, groups=5, seed=3)
    with pytest.raises(CareerGraphError, match=r"too many to draw readably.*--group"):
        plot_role_graph(g)
    group = next(key for key, _ in nodes_by_label(g, Label.JOB_GROUP))
    assert len(texts(plot_role_graph(g, groups=[group]), "role")) <= MAX_ROLES


def test_wrong_axes_is_refused(kb: nx.MultiDiGraph) -> None:
    with pytest.raises(TypeError, match="matplotlib Axes"):
        plot_role_graph(kb, "not an axes")  # type: ignore[arg-type]


# --- skill gaps -------------------------------------------------------------------


def test_skill_gap_bars(kb: nx.MultiDiGraph) -> None:
    gap = skill_gap(kb, "operations assistant", "operations director")
    ax = plot_skill_gap(kb, "operations assistant", "operations director")
    bars = {p.get_gid(): p for p in ax.patches if p.get_gid()}
    assert {gid for gid in bars if gid.startswith("missing:")} == {f"missing:{n.key}" for n in gap.missing}
    assert {gid for gid in bars if gid.startswith("shared:")} == {f"shared:{n.key}" for n in gap.shared}
    for need in gap.missing:
        assert bars[f"missing:{need.key}"].get_width() == need.importance
    missing_colours = {to_hex(p.get_facecolor()) for g_, p in bars.items() if g_.startswith("missing:")}
    shared_colours = {to_hex(p.get_facecolor()) for g_, p in bars.items() if g_.startswith("shared:")}
    assert len(missing_colours) == 1 and len(shared_colours) <= 1
    assert not missing_colours & shared_colours
    ticks = sorted(zip(ax.get_yticks(), (t.get_text() for t in ax.get_yticklabels()), strict=True), reverse=True)
    assert [name for _, name in ticks] == [n.name for n in (*gap.missing, *gap.shared)]
    top = max(bars.values(), key=lambda p: p.get_y())
    assert top.get_gid() == f"missing:{gap.missing[0].key}"  # the most important missing skill on top
    assert f"{gap.coverage:.0f}%" in ax.get_title()


# --- files ------------------------------------------------------------------------


def png_size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = struct.unpack(">II", data[16:24])
    return width, height


def test_save_figure_writes_the_asked_size_and_format(tmp_path: Path, kb: nx.MultiDiGraph) -> None:
    fig, ax = plt.subplots(figsize=(6, 4))
    plot_skill_gap(kb, "store manager", "operations director", ax)
    assert png_size(save_figure(ax, tmp_path / "a.png", dpi=50)) == (300, 200)
    svg = save_figure(fig, tmp_path / "a.svg").read_text(encoding="utf-8")
    assert re.search(r'width="432pt" height="288pt"', svg)
    assert (save_figure(fig, tmp_path / "a.PDF")).read_bytes().startswith(b"%PDF")
    with pytest.raises(CareerGraphError, match=r"a\.jpg: cannot write a picture as '\.jpg'"):
        save_figure(fig, tmp_path / "a.jpg")
    with pytest.raises(CareerGraphError, match="does not exist"):
        save_figure(fig, tmp_path / "missing" / "a.png")


def test_save_figure_is_atomic(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    fig, _ = plt.subplots(figsize=(2, 2))
    target = tmp_path / "keep.png"
    target.write_bytes(b"old picture")

    def broken(*args: Any, **kwargs: Any) -> None:
        raise RuntimeError("disk full")

    monkeypatch.setattr(fig, "savefig", broken)
    with pytest.raises(RuntimeError):
        save_figure(fig, target)
    assert target.read_bytes() == b"old picture"
    assert [p.name for p in tmp_path.iterdir()] == ["keep.png"]


def test_role_graph_size_grows_with_the_graph(kb: nx.MultiDiGraph, mini_graph: nx.MultiDiGraph) -> None:
    big, small = role_graph_size(kb), role_graph_size(mini_graph)
    assert big[0] > small[0] and big[1] > small[1]


# --- command line -----------------------------------------------------------------


def test_cli_plot_writes_png_of_the_asked_size(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "ladder.png"
    assert main(["plot", "-o", str(out), "--size", "16x10", "--dpi", "40"]) == 0
    assert png_size(out) == (640, 400)
    assert "wrote" in capsys.readouterr().out
    assert main(["plot", "-o", str(out), "--width", "5", "--height", "3", "--dpi", "20"]) == 0
    assert png_size(out) == (100, 60)
    assert "too small for its legend" in capsys.readouterr().err  # said plainly, once


def test_cli_plot_path_group_skills_svg(tmp_path: Path) -> None:
    out = tmp_path / "path.svg"
    args = ["plot", "--path", "pre-sales customer service", "store manager", "--skills", "-o", str(out)]
    assert main([*args, "--size", "9x7"]) == 0
    text = out.read_text(encoding="utf-8")
    assert 'width="648pt" height="504pt"' in text and "Store manager" in text
    out = tmp_path / "group.png"
    assert main(["plot", "--group", "customer service", "--group", "operation management", "-o", str(out)]) == 0
    assert out.stat().st_size > 1000


def test_cli_plot_gap(tmp_path: Path) -> None:
    out = tmp_path / "gap.png"
    assert main(["plot-gap", "operations assistant", "store manager", "-o", str(out), "--dpi", "30"]) == 0
    width, height = png_size(out)
    assert width == 240 and height > 0


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["plot", "-o", "x.jpg"], "x.jpg: cannot write a picture as '.jpg'"),
        (["plot", "--group", "nosuch"], "unknown job group 'nosuch'"),
        (["plot", "--path", "store manager", "pre-sales customer service"], "no career path"),
        (["plot-gap", "nosuch", "store manager"], "unknown role 'nosuch'"),
        (["plot", "--size", "300x300", "--dpi", "1000"], "too large"),
    ],
)
def test_cli_user_errors_are_one_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], args: list[str], message: str
) -> None:
    monkeypatch.chdir(tmp_path)
    assert main(args) == 1
    err = capsys.readouterr().err
    assert err.startswith("careergraph: error: ") and message in err
    assert err.count("\n") == 1
    assert not any(tmp_path.glob("*.png"))


@pytest.mark.parametrize(
    "args", [["plot", "--size", "8by5"], ["plot", "--size", "8x5", "--width", "3"], ["plot", "--dpi", "0"]]
)
def test_cli_bad_usage_exits_2(args: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exc:
        main(args)
    assert exc.value.code == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "error:" in err and "--help" in err  # one line pointing at the help


def test_ladder_leaves_out_standard_occupations() -> None:
    """O*NET and ESCO occupations are a layer, not rungs: the ladder of a merged graph is the ladder of our roles."""
    data = Path(__file__).resolve().parent / "data" / "taxonomy"
    g = careergraph.build(
        onet=data / "onet" / "db_29_2_text", esco=data / "esco" / "ESCO dataset - v1.2.0 - classification - en - csv"
    )
    ax = careergraph.plot_role_graph(g)
    texts = {t.get_text().replace("\n", " ") for t in ax.texts}
    assert "Store manager" in texts
    assert not any(t.startswith(("Retail", "shop manager", "First-Line")) for t in texts)
    plt.close(ax.figure)
