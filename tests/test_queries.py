"""Queries on small hand-built graphs whose answers are worked out by hand, and on the knowledge base."""

from __future__ import annotations

import json

import networkx as nx
import pytest

from careergraph.graph.errors import RoleNotFound, SkillNotFound
from careergraph.graph.schema import Label, RelType
from careergraph.graph.store import add_node, add_relationship, new_graph
from careergraph.queries import (
    AmbiguousName,
    NoCareerPath,
    all_similar_roles,
    career_path,
    learning_plan,
    neighbors,
    next_roles,
    previous_roles,
    refresh,
    resolve_role,
    resolve_skill,
    similar_roles,
    skill_gap,
)
from careergraph.queries.paths import transition_graph

EV = [{"doc": "hand.txt", "note": "made up for the test"}]


def _graph(roles, moves, needs=(), groups=()) -> nx.MultiDiGraph:
    """roles: names; moves: (a, b, years_min, years_max); needs: (role, skill, importance); groups: (role, group)."""
    g = new_graph()
    for name in roles:
        add_node(g, Label.ROLE, name, evidence=EV)
    for a, b, low, high in moves:
        add_relationship(g, RelType.TRANSITIONS_TO, a, b, kind="promotion", years_min=low, years_max=high, evidence=EV)
    for role, skill, importance in needs:
        add_node(g, Label.SKILL, skill, evidence=EV)
        add_relationship(g, RelType.REQUIRES, role, skill, importance=importance, evidence=EV)
    for role, group in groups:
        add_node(g, Label.JOB_GROUP, group, evidence=EV)
        add_relationship(g, RelType.IN_GROUP, role, group, evidence=EV)
    return g


@pytest.fixture()
def diamond() -> nx.MultiDiGraph:
    # a -> b -> d takes 1+1 years, a -> c -> d takes 0.5+0.5; a -> e -> f -> d is longer; d -> a closes a cycle.
    return _graph(
        ["a", "b", "c", "d", "e", "f", "island"],
        [
            ("a", "b", 1, 1),
            ("b", "d", 1, 1),
            ("a", "c", 0.5, 0.5),
            ("c", "d", 0.5, 0.5),
            ("a", "e", 0.1, 0.1),
            ("e", "f", 0.1, 0.1),
            ("f", "d", 0.1, 0.1),
            ("d", "a", 2, 2),
        ],
    )


def test_fewest_steps_breaks_ties_by_years(diamond) -> None:
    path = career_path(diamond, "a", "d")
    assert path.roles == ["a", "c", "d"]
    assert (path.years_min, path.years_max, path.steps_without_years) == (1.0, 1.0, 0)
    assert [s.evidence for s in path.steps] == [EV, EV]


def test_fewest_years_takes_the_longer_route(diamond) -> None:
    path = career_path(diamond, "a", "d", by="years")
    assert path.roles == ["a", "e", "f", "d"]
    assert path.years_min == pytest.approx(0.3)


def test_k_alternatives_are_distinct_and_ordered(diamond) -> None:
    path = career_path(diamond, "a", "d", k=3)
    routes = [path.roles] + [alt.roles for alt in path.alternatives]
    assert routes == [["a", "c", "d"], ["a", "b", "d"], ["a", "e", "f", "d"]]
    assert career_path(diamond, "a", "d", k=10).alternatives[-1].roles == ["a", "e", "f", "d"]


def test_cycle_is_followed_back(diamond) -> None:
    assert career_path(diamond, "d", "b").roles == ["d", "a", "b"]


def test_unreachable_target_names_both_sides(diamond) -> None:
    with pytest.raises(NoCareerPath) as info:
        career_path(diamond, "b", "island")
    message = str(info.value)
    assert "from 'b' to 'island'" in message
    assert "reachable from 'b': a, c, d, e, f;" in message
    assert "leading to 'island': none" in message
    assert isinstance(info.value, LookupError)


def test_unknown_years_sum_as_lower_bound() -> None:
    g = _graph(["x", "y", "z"], [("x", "y", None, None), ("y", "z", 2, 3)])
    path = career_path(g, "x", "z")
    assert (path.years_min, path.years_max, path.steps_without_years) == (2.0, 3.0, 1)
    assert career_path(g, "x", "x").steps == []


@pytest.mark.parametrize("bad", [{"by": "salary"}, {"k": 0}])
def test_bad_arguments(diamond, bad) -> None:
    with pytest.raises(ValueError):
        career_path(diamond, "a", "d", **bad)


@pytest.mark.parametrize("count", [0, -1, -5, 1.5, True, "3", None])
def test_one_rule_for_counts_everywhere(diamond, count) -> None:
    # zero and negative numbers are refused, never read as slices
    for call, name in (
        (lambda: career_path(diamond, "a", "d", k=count), "k"),
        (lambda: similar_roles(diamond, "a", k=count), "k"),
        (lambda: all_similar_roles(diamond, k=count), "k"),
        (lambda: neighbors(diamond, "a", depth=count), "depth"),
    ):
        with pytest.raises(ValueError, match=f"^{name} must be a whole number of at least 1, not"):
            call()


def test_a_huge_name_is_cut_in_the_message(diamond) -> None:
    with pytest.raises(RoleNotFound) as info:
        resolve_role(diamond, "x" * 100_000)
    assert len(str(info.value)) < 200 and "(100000 characters)" in str(info.value)


# --- names ---------------------------------------------------------------------


def test_names_match_case_plurals_hyphens_and_aliases() -> None:
    g = _graph(["Operations assistant", "Store manager"], [])
    g.nodes["store-manager"]["aliases"] = ["店长"]
    g = g.copy()  # a fresh graph: the name index is built for it anew
    assert resolve_role(g, "operation-assistants") == "operations-assistant"
    assert resolve_role(g, "STORE MANAGERS") == "store-manager"
    assert resolve_role(g, "店长") == "store-manager"


def test_unknown_role_suggests_up_to_three() -> None:
    g = _graph(["Store manager", "Store assistant", "Stone mason", "Shop manager"], [])
    with pytest.raises(RoleNotFound) as info:
        resolve_role(g, "store managr")
    assert info.value.suggestions[0] == "Store manager"
    assert 1 <= len(info.value.suggestions) <= 3
    assert isinstance(info.value, LookupError)
    with pytest.raises(SkillNotFound):
        resolve_skill(g, "store manager")


def test_duplicate_alias_is_ambiguous_but_a_name_wins() -> None:
    g = new_graph()
    add_node(g, Label.ROLE, "Operator", aliases=["runner"], evidence=EV)
    add_node(g, Label.ROLE, "Courier", aliases=["runner", "operator x"], evidence=EV)
    with pytest.raises(AmbiguousName, match="'courier', 'operator'"):
        resolve_role(g, "runners")
    assert resolve_role(g, "operator") == "operator"


# --- skill gaps ------------------------------------------------------------------


@pytest.fixture()
def ladder() -> nx.MultiDiGraph:
    return _graph(
        ["junior", "middle", "senior", "loner"],
        [("junior", "middle", 1, 2), ("middle", "senior", 2, 3)],
        needs=[
            ("junior", "typing", 2),
            ("middle", "typing", 3),
            ("middle", "sql", 4),
            ("senior", "typing", 3),
            ("senior", "sql", 5),
            ("senior", "mentoring", 5),
            ("senior", "budgeting", 2),
        ],
        groups=[("junior", "ops"), ("middle", "ops"), ("senior", "ops"), ("senior", "leads")],
    )


def test_skill_gap_between_roles(ladder) -> None:
    gap = skill_gap(ladder, "junior", "senior")
    assert [(n.key, n.importance) for n in gap.missing] == [("mentoring", 5), ("sql", 5), ("budgeting", 2)]
    assert [n.key for n in gap.shared] == ["typing"]
    assert gap.coverage == pytest.approx(round(100 * 3 / 15, 1))
    assert {n.key: n.on_the_way for n in gap.missing}["sql"] == ["middle"]
    assert {n.key: n.on_the_way for n in gap.missing}["mentoring"] == []


def test_skill_gap_for_a_person(ladder) -> None:
    gap = skill_gap(ladder, "senior", have=["SQL", "Typing"])
    assert gap.current is None
    assert [n.key for n in gap.missing] == ["mentoring", "budgeting"]
    assert gap.coverage == pytest.approx(round(100 * 8 / 15, 1))
    with pytest.raises(SkillNotFound):
        skill_gap(ladder, "senior", have=["juggling"])


def test_role_with_no_skills(ladder) -> None:
    assert skill_gap(ladder, "senior", "loner").coverage == 100.0
    assert skill_gap(ladder, "loner", "junior").coverage == 0.0


def test_learning_plan_spreads_the_gap(ladder) -> None:
    plan = learning_plan(ladder, "junior", "senior")
    assert [(s.target, [n.key for n in s.learn]) for s in plan.steps] == [
        ("middle", ["sql"]),
        ("senior", ["mentoring", "budgeting"]),
    ]
    assert list(plan.to_frame()["skill"]) == ["sql", "mentoring", "budgeting"]


# --- adjacency -------------------------------------------------------------------


def test_next_and_previous(ladder) -> None:
    assert [(r.key, r.years_min, r.years_max) for r in next_roles(ladder, "middle")] == [("senior", 2.0, 3.0)]
    assert [r.key for r in previous_roles(ladder, "middle")] == ["junior"]
    assert next_roles(ladder, "loner") == []


def test_similar_roles_weighted_jaccard(ladder) -> None:
    result = similar_roles(ladder, "middle", k=5)
    # middle {typing 3, sql 4}; senior {typing 3, sql 5, mentoring 5, budgeting 2}: min 7 / max 15;
    # junior {typing 2}: min 2 / max 7. Groups: middle {ops}; senior {ops, leads} 1/2; junior {ops} 1.
    scores = {r.key: r.score for r in result}
    assert scores["senior"] == pytest.approx(0.8 * 7 / 15 + 0.2 * 0.5, abs=1e-4)
    assert scores["junior"] == pytest.approx(0.8 * 2 / 7 + 0.2 * 1.0, abs=1e-4)
    assert [r.key for r in result] == ["senior", "junior"]
    assert "loner" not in scores
    assert result[0].shared_skills == ["sql", "typing"]  # by the smaller importance: 4, then 3


def test_sparse_similarity_matches_the_loop(kb_graph) -> None:
    fast = all_similar_roles(kb_graph, k=5)
    for role, found in fast.items():
        slow = similar_roles(kb_graph, role, k=5)
        assert [(r.key, r.score) for r in found] == [(r.key, r.score) for r in slow], role


def test_neighbors_of_each_label(ladder) -> None:
    assert {n.key for n in neighbors(ladder, "sql")} == {"middle", "senior"}
    assert {n.key for n in neighbors(ladder, "ops")} == {"junior", "middle", "senior"}
    two = neighbors(ladder, "junior", depth=2)
    assert {(n.key, n.distance) for n in two if n.label == "Skill"} == {("typing", 1), ("sql", 2)}


def test_results_have_frames_and_json(ladder) -> None:
    path = career_path(ladder, "junior", "senior")
    assert list(path.to_frame()["target_name"]) == ["middle", "senior"]
    assert json.loads(json.dumps(path.to_dict()))["roles"] == ["junior", "middle", "senior"]
    assert skill_gap(ladder, "junior", "senior").to_frame()["status"].tolist() == [
        "missing",
        "missing",
        "missing",
        "shared",
    ]


# --- the knowledge base ------------------------------------------------------------


def test_kb_customer_service_ladder_is_a_route(kb_graph) -> None:
    top_down = [  # article 000's ladder, listed from the top rung
        "operations-director",
        "store-manager",
        "e-commerce-operator",
        "operations-assistant",
        "gold-medal-customer-service",
        "after-sales-customer-service",
        "pre-sales-customer-service",
    ]
    ladder = top_down[::-1]
    path = career_path(kb_graph, "pre-sales customer service", "director", k=10)
    routes = [path.roles] + [alt.roles for alt in path.alternatives]
    assert ladder in routes
    assert path.roles[0] == ladder[0] and path.roles[-1] == ladder[-1]


def test_fewest_moves_search_gives_dijkstras_route_between_every_pair(kb_graph) -> None:
    t = transition_graph(kb_graph)
    for start in t:
        reached = nx.single_source_dijkstra_path(t, start, weight="steps")
        for end, route in reached.items():
            if end != start:
                assert career_path(kb_graph, start, end).roles == route


def test_kb_assistant_to_operator_takes_one_to_two_years(kb_graph) -> None:
    step = next(r for r in next_roles(kb_graph, "operations assistant") if r.key == "e-commerce-operator")
    assert (step.years_min, step.years_max) == (1.0, 2.0)
    assert any(e["doc"].startswith("000_") for e in step.evidence)


def test_indexes_follow_changes_to_the_graph(ladder) -> None:
    assert career_path(ladder, "junior", "senior").roles == ["junior", "middle", "senior"]
    add_relationship(ladder, RelType.TRANSITIONS_TO, "junior", "senior", kind="promotion", evidence=EV)
    assert career_path(ladder, "junior", "senior").roles == ["junior", "senior"]
    add_node(ladder, Label.ROLE, "Intern", evidence=EV)
    assert resolve_role(ladder, "interns") == "intern"
    # An alias edited in place is not seen until the caches are refreshed.
    ladder.nodes["intern"]["aliases"].append("trainee")
    refresh(ladder)
    assert resolve_role(ladder, "trainee") == "intern"


def test_list_results_turn_into_tables(ladder) -> None:
    frame = next_roles(ladder, "junior").to_frame()
    assert list(frame["key"]) == ["middle"] and frame.loc[0, "years_max"] == 2.0
    assert list(similar_roles(ladder, "middle").to_frame()["key"]) == ["senior", "junior"]
    assert neighbors(ladder, "sql").to_dict()[0]["relationship"] == "REQUIRES"
