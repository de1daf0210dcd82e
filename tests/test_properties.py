"""Property-based tests (hypothesis): whatever the input, the documented answer or the documented error.

Bounded (``max_examples``, sizes) so that the file runs in well under a minute.
"""

from __future__ import annotations

import itertools
from typing import Any

import networkx as nx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from careergraph.graph.errors import NodeNotFound
from careergraph.graph.schema import Label, RelType
from careergraph.graph.store import add_node, add_relationship, add_salary, load, new_graph, save
from careergraph.queries import AmbiguousName, career_path, resolve, resolve_role, resolve_skill
from careergraph.queries.paths import _fewest_steps, route_rank, transition_graph

BOUNDED = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])

# any text a file can hold: every plane, quotes, newlines, tabs (no lone surrogates, which UTF-8 cannot hold)
ANY_TEXT = st.text(st.characters(blacklist_categories=("Cs",)), max_size=40)
# plus the texts that broke a format once: a GraphML escape prefix, a carriage return, XML-forbidden characters
NAME = st.one_of(
    ANY_TEXT.filter(lambda s: s.strip() != ""), st.sampled_from(['json:["x"]', "a\rb", "nul\x00", "\ufffe"])
)


# --- name resolution -------------------------------------------------------------


@BOUNDED
@given(name=st.one_of(ANY_TEXT, st.sampled_from(["Store Managers", "店长", "store-manager", "  ", "-", "s"])))
def test_resolution_raises_only_the_documented_errors(_kb_graph: nx.MultiDiGraph, name: str) -> None:
    for find in (resolve_role, resolve_skill, lambda g, n: resolve(g, n)):
        try:
            key = find(_kb_graph, name)
        except (NodeNotFound, AmbiguousName) as exc:
            assert isinstance(exc, LookupError) and len(str(exc)) < 400
        else:
            assert key in _kb_graph


# --- save / load round trips -----------------------------------------------------

_EVIDENCE = st.lists(
    st.one_of(
        st.fixed_dictionaries({"doc": NAME, "note": NAME}),
        st.builds(
            lambda doc, text, cut: {"doc": doc, "start": cut, "end": cut + len(text), "quote": text},
            NAME,
            NAME,
            st.integers(0, 10_000),
        ),
    ),
    max_size=3,
)


@st.composite
def graphs(draw: st.DrawFn) -> nx.MultiDiGraph:
    g = new_graph()
    roles = [f"role-{i}" for i in range(draw(st.integers(1, 5)))]
    skills = [f"skill-{i}" for i in range(draw(st.integers(0, 4)))]
    for key in roles:
        add_node(
            g,
            Label.ROLE,
            draw(NAME),
            key=key,
            aliases=draw(st.lists(NAME, max_size=3)),
            evidence=draw(_EVIDENCE),
            description=draw(st.none() | ANY_TEXT),
            level=draw(st.none() | st.integers(1, 9)),
        )
        for _ in range(draw(st.integers(0, 2))):
            low = draw(st.integers(0, 50_000))
            add_salary(
                g, key, doc=draw(NAME), min=low, max=low + draw(st.integers(0, 9_000)), note=draw(st.none() | NAME)
            )
    for key in skills:
        add_node(
            g, Label.SKILL, draw(NAME), key=key, aliases=draw(st.lists(NAME, max_size=2)), evidence=draw(_EVIDENCE)
        )
    for a, b in draw(st.lists(st.tuples(st.sampled_from(roles), st.sampled_from(roles)), max_size=6)):
        low = draw(st.none() | st.integers(0, 5))
        high = None if low is None else low + draw(st.integers(0, 3))
        kind = draw(st.sampled_from([None, "promotion", "lateral", "entry"]))
        add_relationship(
            g, RelType.TRANSITIONS_TO, a, b, kind=kind, years_min=low, years_max=high, evidence=draw(_EVIDENCE)
        )
    if skills:
        for a, s in draw(st.lists(st.tuples(st.sampled_from(roles), st.sampled_from(skills)), max_size=6)):
            add_relationship(g, RelType.REQUIRES, a, s, importance=draw(st.integers(1, 5)), evidence=draw(_EVIDENCE))
    return g


def _contents(g: nx.MultiDiGraph) -> tuple[dict[str, Any], dict[tuple[str, str, str], Any]]:
    nodes = {n: dict(d) for n, d in g.nodes(data=True)}
    edges = {(u, v, k): dict(d) for u, v, k, d in g.edges(keys=True, data=True)}
    return nodes, edges


@BOUNDED
@given(g=graphs(), fmt=st.sampled_from(["json", "graphml", "csv"]))
def test_every_format_gives_back_an_equal_graph(tmp_path_factory: pytest.TempPathFactory, g, fmt: str) -> None:
    folder = tmp_path_factory.mktemp("round")
    back = load(save(g, folder / f"g.{fmt}", format=fmt), format=fmt)
    assert _contents(back) == _contents(g)
    assert back.graph == g.graph


# --- the text loader -------------------------------------------------------------

_FRAGMENTS = [
    "store manager",
    "operations assistant",
    "customer service",
    "E-commerce operators",
    "is promoted to",
    "becomes",
    "grows into",
    "from",
    "to",
    "→",
    "after 3 to 5 years",
    "each step takes 1 to 2 years",
    "¥8,000-12,000 per month",
    "more than $5k a year",
    "must be familiar with",
    "data analysis",
    "requirements:",
    "\n- ",
    "\n\n# ",
    ".",
    ",",
    "、",
    "，",
    "。",
    '"',
    "'",
    "<b>",
    "the route is",
    "First,",
    "The next step",
    "start their own business",
]


@pytest.fixture(scope="module")
def vocab() -> Any:
    from careergraph.loaders.text import default_vocabulary

    return default_vocabulary()


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(parts=st.lists(st.one_of(st.sampled_from(_FRAGMENTS), ANY_TEXT), max_size=30))
def test_text_loader_never_crashes_and_quotes_are_exact(vocab: Any, parts: list[str]) -> None:
    from careergraph.loaders.text import facts_to_graph
    from careergraph.loaders.text_extract import extract_facts

    text = " ".join(parts)
    g = facts_to_graph([extract_facts(vocab, "gen.txt", text)])
    records = [d.get("evidence", []) for _, d in g.nodes(data=True)]
    records += [d.get("evidence", []) for _, _, d in g.edges(data=True)]
    for item in itertools.chain.from_iterable(records):
        if "quote" in item:
            assert item["quote"] == text[item["start"] : item["end"]]


# --- the fewest-moves search -----------------------------------------------------


@st.composite
def transition_graphs(draw: st.DrawFn) -> nx.MultiDiGraph:
    g = new_graph()
    size = draw(st.integers(2, 12))
    for i in range(size):
        add_node(g, Label.ROLE, f"r{i}", evidence=[{"doc": "d", "note": "n"}])
    pairs = [(a, b) for a in range(size) for b in range(size) if a != b]
    for a, b in draw(st.lists(st.sampled_from(pairs), max_size=30, unique=True)):
        years = draw(st.sampled_from([None, 1, 2]))  # few values: many ties
        add_relationship(
            g,
            RelType.TRANSITIONS_TO,
            f"r{a}",
            f"r{b}",
            years_min=years,
            years_max=years,
            evidence=[{"doc": "d", "note": "n"}],
        )
    return g


@settings(max_examples=150, deadline=None)
@given(g=transition_graphs(), data=st.data())
def test_fewest_moves_search_answers_the_best_route(g: nx.MultiDiGraph, data: st.DataObject) -> None:
    """The two-ended search returns the best fewest-moves route by route_rank (years, then keys), as brute force."""
    t = transition_graph(g)
    start, end = data.draw(st.sampled_from(sorted(t))), data.draw(st.sampled_from(sorted(t)))
    if start == end:
        return
    expected = None
    if nx.has_path(t, start, end):
        routes = nx.all_shortest_paths(t, start, end)  # every route of the fewest moves
        years = {tuple(r): sum(t.edges[u, v]["years"] for u, v in itertools.pairwise(r)) for r in routes}
        expected = list(min(years, key=lambda r: route_rank("steps", list(r), years[r])))
        assert nx.path_weight(t, expected, "steps") == pytest.approx(nx.dijkstra_path_length(t, start, end, "steps"))
    assert _fewest_steps(t, start, end) == expected
    if expected is not None:
        assert career_path(g, start, end).roles == expected


def test_equal_routes_go_by_their_keys_whatever_the_edge_order() -> None:
    """Two routes of the same moves and years: the one whose keys come first, whichever edge was added first."""
    g = new_graph()
    for i in range(4):
        add_node(g, Label.ROLE, f"r{i}", evidence=[{"doc": "d", "note": "n"}])
    for a, b in [(0, 2), (0, 1), (1, 3), (2, 3)]:
        add_relationship(g, RelType.TRANSITIONS_TO, f"r{a}", f"r{b}", evidence=[{"doc": "d", "note": "n"}])
    assert career_path(g, "r0", "r3").roles == ["r0", "r1", "r3"]
    assert career_path(g, "r0", "r3", by="years").roles == ["r0", "r1", "r3"]
    assert [p.roles for p in career_path(g, "r0", "r3", k=2).alternatives] == [["r0", "r2", "r3"]]
