"""The query commands: tables, --json, --why, and one-line errors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from careergraph.cli import main
from careergraph.graph.store import save
from careergraph.loaders.kb import load_knowledge_base


@pytest.fixture(autouse=True)
def _mini_graph_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, mini_kb_path: Path) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("CAREERGRAPH_GRAPH", str(save(load_knowledge_base(mini_kb_path), tmp_path / "mini.json")))


def run(argv: list[str], capsys) -> tuple[int, str, str]:
    code = main(argv)
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_path_table_and_years(capsys) -> None:
    code, out, err = run(["path", "helpdesk agents", "growth lead"], capsys)
    assert code == 0 and err == ""
    assert out.splitlines()[0] == "Help desk agent -> Senior help desk agent -> Growth analyst -> Growth lead"
    assert "3 step(s), 4-7 years stated, plus 1 step(s) of unstated duration" in out


def test_path_json_and_why(capsys) -> None:
    code, out, _ = run(["path", "help-desk-agent", "growth-lead", "--json"], capsys)
    assert code == 0
    data = json.loads(out)
    assert data["roles"] == ["help-desk-agent", "senior-help-desk-agent", "growth-analyst", "growth-lead"]
    assert (data["years_min"], data["years_max"]) == (4.0, 7.0)
    _, out, _ = run(["path", "help-desk-agent", "growth-lead", "--why"], capsys)
    assert "mini.txt: three to five years" in out


def test_path_k_lists_routes(capsys) -> None:
    code, out, _ = run(["path", "help-desk-agent", "growth-lead", "-k", "3", "--json"], capsys)
    assert code == 0 and len(json.loads(out)) == 1  # only one simple route exists in the mini graph


def test_gap_between_roles_and_for_a_person(capsys) -> None:
    code, out, _ = run(["gap", "help desk agent", "growth lead", "--json"], capsys)
    data = json.loads(out)
    assert [n["key"] for n in data["missing"]] == ["team-leadership", "data-analysis"]
    assert data["missing"][1]["on_the_way"] == ["growth-analyst"]
    code, out, _ = run(["gap", "--have", "数据分析", "growth lead"], capsys)
    assert code == 0 and "37.5% of the requirements covered" in out


def test_plan_next_prev_similar_neighbors(capsys) -> None:
    assert "learn" in run(["plan", "help desk agent", "growth lead"], capsys)[1]
    assert json.loads(run(["next", "growth analyst", "--json"], capsys)[1])[0]["key"] == "growth-lead"
    assert json.loads(run(["prev", "growth analyst", "--json"], capsys)[1])[0]["key"] == "senior-help-desk-agent"
    similar = json.loads(run(["similar", "growth analyst", "--json"], capsys)[1])
    assert similar[0]["key"] == "growth-lead"
    near = json.loads(run(["neighbors", "data analysis", "--json"], capsys)[1])
    assert {n["key"] for n in near} == {"growth-analyst", "growth-lead"}
    assert "mini.txt: y" in run(["neighbors", "data analysis", "--why"], capsys)[1]


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["path", "help desk agent", "astronaut"], "unknown role 'astronaut'"),
        (["path", "growth lead", "help desk agent"], "no career path from 'Growth lead' to 'Help desk agent'"),
        (["gap", "--have", "juggling", "growth lead"], "unknown skill 'juggling'"),
        (["gap", "growth lead"], "gap needs two roles"),
        (["next", "growth analist"], "did you mean 'Growth analyst'"),
    ],
)
def test_errors_are_one_line(argv, message, capsys) -> None:
    code, out, err = run(argv, capsys)
    assert code == 1 and out == ""
    assert err.startswith("careergraph: error: ") and message in err and err.count("\n") == 1


@pytest.mark.parametrize("argv", [["path", "a"], ["path", "a", "b", "-k", "0"], ["similar", "a", "-k", "x"]])
def test_bad_usage(argv, capsys) -> None:
    with pytest.raises(SystemExit) as info:
        main(argv)
    assert info.value.code == 2
