"""The careergraph command: exit codes 0/1/2, one-line errors, files written."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

import careergraph
from careergraph.cli import build_parser, main
from careergraph.graph.store import load, save

COMMANDS = sorted(build_parser()._subparsers._group_actions[0].choices)  # type: ignore[union-attr]


@pytest.fixture(autouse=True)
def _isolated(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("CAREERGRAPH_GRAPH", raising=False)


def test_build_writes_default_file_and_prints_counts(tmp_path: Path, capsys) -> None:
    assert main(["build"]) == 0
    out = capsys.readouterr().out
    g = load(tmp_path / "careergraph.json")
    roles = sum(1 for _, label in g.nodes(data="label") if label == "Role")
    assert re.search(rf"^  Role +{roles}$", out, re.MULTILINE)
    assert "TRANSITIONS_TO" in out and "HANDS_OFF_TO" in out


def test_build_output_and_env_override(tmp_path: Path, monkeypatch, capsys) -> None:
    assert main(["build", "-o", "x.graphml"]) == 0
    assert load(tmp_path / "x.graphml").number_of_nodes() > 30
    monkeypatch.setenv("CAREERGRAPH_GRAPH", str(tmp_path / "env.json"))
    assert main(["build"]) == 0
    assert (tmp_path / "env.json").is_file()
    capsys.readouterr()
    assert main(["info"]) == 0
    assert "env.json" in capsys.readouterr().out


def test_build_from_documents_saves_facts_with_evidence(tmp_path: Path, capsys) -> None:
    doc = tmp_path / "doc.txt"
    doc.write_text("An operations assistant becomes a livestream host.", encoding="utf-8")
    assert main(["build", str(doc), "--no-kb", "-o", "docs.json"]) == 0
    assert capsys.readouterr().err == ""
    g = load(tmp_path / "docs.json")
    assert sorted(g.nodes) == ["livestream-host", "operations-assistant"]
    (evidence,) = g.edges["operations-assistant", "livestream-host", "TRANSITIONS_TO"]["evidence"]
    quote = doc.read_text(encoding="utf-8")
    assert evidence == {"doc": "doc.txt", "start": 0, "end": 50, "quote": quote, "rule": "transitions.verb"}
    assert main(["build", str(doc)]) == 0  # merged onto the knowledge base
    merged = load(tmp_path / "careergraph.json")
    assert "livestream-host" in merged and "pre-sales-customer-service" in merged


def test_build_reports_each_bad_file_on_its_own_line(tmp_path: Path, capsys) -> None:
    (tmp_path / "good.md").write_text("Store managers are promoted to operations directors.", encoding="utf-8")
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    (tmp_path / "bad.txt").write_bytes(b"Store managers \xff\xfe grow into operations directors.")
    argv = ["build", "good.md", "empty.txt", "bad.txt", "gone.html"]
    assert main(argv) == 0
    err = capsys.readouterr().err.splitlines()
    assert sorted(line.split(": ")[2] for line in err) == ["bad.txt", "empty.txt", "gone.html"]
    assert all(line.startswith("careergraph: warning: ") for line in err)
    assert any("invalid UTF-8" in line for line in err)
    assert load(tmp_path / "careergraph.json").has_edge("store-manager", "operations-director")


def test_build_strict_fails_on_any_problem_and_writes_nothing(tmp_path: Path, capsys) -> None:
    (tmp_path / "good.md").write_text("Store managers are promoted to operations directors.", encoding="utf-8")
    assert main(["build", "--strict", "good.md", "gone.txt"]) == 1
    err = capsys.readouterr().err.splitlines()
    assert err[0] == "careergraph: warning: gone.txt: no such file or folder"
    assert err[1].startswith("careergraph: error: ") and "strict" in err[1] and len(err) == 2
    assert not (tmp_path / "careergraph.json").exists()
    assert main(["build", "--strict", "good.md"]) == 0


def test_build_fails_when_nothing_could_be_loaded(tmp_path: Path, capsys) -> None:
    (tmp_path / "folder").mkdir()
    assert main(["build", "folder", "nope.txt"]) == 1
    err = capsys.readouterr().err.splitlines()
    assert "folder: folder holds no supported documents" in err[0]
    assert err[-1].startswith("careergraph: error: no document could be loaded")
    assert not (tmp_path / "careergraph.json").exists()


def test_info_lists_documents(capsys) -> None:
    assert main(["info"]) == 0
    captured = capsys.readouterr()
    assert "graph: built-in knowledge base" in captured.out
    assert "documents cited:" in captured.out


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["info", "missing.json"], "missing.json: no such file"),
        (["--graph", "missing.json", "export"], "missing.json: no such file"),
        (["export", "--format", "csv"], "name a folder with -o"),
    ],
)
def test_user_errors_exit_1_with_one_line(argv, message, capsys) -> None:
    assert main(argv) == 1
    err = capsys.readouterr().err
    assert err.startswith("careergraph: error: ") and message in err
    assert err.count("\n") == 1


def test_corrupt_graph_file_is_one_line(tmp_path: Path, capsys) -> None:
    (tmp_path / "bad.json").write_bytes(b"\x00\x01\x02\xff")
    assert main(["info", "bad.json"]) == 1
    err = capsys.readouterr().err
    assert "bad.json: not a text file" in err and err.count("\n") == 1


@pytest.mark.parametrize("argv", [[], ["frobnicate"], ["export", "--format", "xml"], ["build", "--bogus"]])
def test_bad_usage_exits_2(argv, capsys) -> None:
    with pytest.raises(SystemExit) as info:
        main(argv)
    assert info.value.code == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "error:" in err and "--help" in err  # one line pointing at the help


@pytest.mark.parametrize("command", [None, *COMMANDS])
def test_help_on_every_command(command, capsys) -> None:
    with pytest.raises(SystemExit) as info:
        main(["--help"] if command is None else [command, "--help"])
    assert info.value.code == 0
    assert "usage: careergraph" in capsys.readouterr().out


@pytest.mark.parametrize("fmt", ["json", "graphml", "csv"])
def test_export_formats(tmp_path: Path, fmt, capsys) -> None:
    assert main(["export", "--format", fmt, "-o", f"out.{fmt}"]) == 0
    back = load(tmp_path / f"out.{fmt}", format=fmt)
    assert back.number_of_nodes() > 30


def test_export_json_to_stdout(capsys) -> None:
    assert main(["export"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["graph"]["format"] == "careergraph"


def test_console_script_runs_as_a_process(tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "careergraph", "info", "nope.json"], capture_output=True, text=True, cwd=tmp_path
    )
    assert done.returncode == 1
    assert done.stderr.strip() == "careergraph: error: nope.json: no such file"
    assert "Traceback" not in done.stderr


def test_build_in_several_processes_writes_the_same_graph(tmp_path: Path, capsys) -> None:
    docs = Path(__file__).parent / "data" / "docs"
    (tmp_path / "bad.txt").write_bytes(b"\x00\x01\x02 not text")
    argv = ["build", str(docs), "bad.txt", "gone.md"]
    assert main([*argv, "-o", "one.json"]) == 0
    one = capsys.readouterr().err
    assert main([*argv, "-o", "two.json", "--jobs", "2"]) == 0
    assert capsys.readouterr().err == one and one.count("warning") == 2
    assert (tmp_path / "one.json").read_bytes() == (tmp_path / "two.json").read_bytes()
    with pytest.raises(SystemExit) as exit_info:
        main([*argv, "--jobs", "-1"])
    assert exit_info.value.code == 2 and "--jobs" in capsys.readouterr().err


# --- cold start: the query commands load only what they need ----------------------

HEAVY = ("pandas", "scipy", "numpy", "matplotlib", "spacy", "ladybug", "neo4j", "yaml")
QUERY_ARGV = {
    "path": ["path", "operations assistant", "operations director", "--json"],
    "gap": ["gap", "operations assistant", "store manager", "--why"],
    "plan": ["plan", "operations assistant", "store manager"],
    "next": ["next", "store manager", "--why"],
    "prev": ["prev", "store manager"],
    "similar": ["similar", "store manager", "-k", "3"],
    "neighbors": ["neighbors", "data analysis", "--depth", "2"],
    "info": ["info"],
}
_LOADED = """
import sys
from careergraph.cli import main
code = main(sys.argv[1:])
print("LOADED", code, *sorted({m.split(".")[0] for m in sys.modules} & set(sys.argv[0].split(","))))
"""


@pytest.mark.parametrize("command", sorted(QUERY_ARGV))
def test_query_commands_load_no_heavy_library(command: str, tmp_path: Path) -> None:
    graph = save(careergraph.build(), tmp_path / "g.json")
    env = {**os.environ, "CAREERGRAPH_GRAPH": str(graph)}
    done = subprocess.run(
        [sys.executable, "-c", _LOADED.replace("sys.argv[0]", repr(",".join(HEAVY))), *QUERY_ARGV[command]],
        capture_output=True,
        text=True,
        env=env,
        cwd=tmp_path,
    )
    last = done.stdout.strip().splitlines()[-1]
    assert last == "LOADED 0", f"{command} loaded {last.split()[2:]}; stderr: {done.stderr[-300:]}"


def test_every_command_is_in_the_table_under_its_module() -> None:
    import argparse
    import importlib

    from careergraph.cli import COMMANDS

    for module in set(COMMANDS.values()):
        parser = argparse.ArgumentParser()
        sub = parser.add_subparsers()
        importlib.import_module(module).register(sub, lambda args: None)
        assert set(sub.choices) == {name for name, owner in COMMANDS.items() if owner == module}, module
