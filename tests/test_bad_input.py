"""Every bad input tried, its message and exit code: the README's table, run row by row.

The README section between ``<!-- bad-input -->`` and ``<!-- /bad-input -->`` is
rendered from :data:`CLI_ROWS` and :data:`PYTHON_ROWS`; a test fails when the two
differ. After changing a row, rewrite the section with
``.venv/bin/python tests/test_bad_input.py``.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
README = ROOT / "README.md"
BEGIN, END = "<!-- bad-input -->", "<!-- /bad-input -->"
HUGE = "x" * 100_000


@dataclass(frozen=True)
class Row:
    """A command line (shown as typed; ``argv`` when it cannot be typed), what is wrong, the message, the code.

    A message ending in ``...`` is checked as the start of the line (the rest depends on the machine).
    """

    shown: str
    problem: str
    message: str
    code: int
    argv: tuple[str, ...] | None = None
    needs: str | None = None  # "readonly" or "full": a folder the test must make; "neo4j": the live server


CLI_ROWS = [
    Row("careergraph", "no command", "careergraph: error: the following arguments are required: COMMAND "
        "(see 'careergraph --help')", 2),
    Row("careergraph frobnicate", "unknown command", "careergraph: error: argument COMMAND: invalid choice: "
        "'frobnicate' (choose from ...", 2),
    Row("careergraph info g.json extra", "a word too many", "careergraph: error: unrecognized arguments: extra "
        "(see 'careergraph --help')", 2),
    Row("careergraph build -j x", "not a number", "careergraph build: error: argument -j/--jobs: 'x' is not a whole "
        "number (see 'careergraph build --help')", 2),
    Row("careergraph similar 'store manager' -k 0", "a count below 1", "careergraph similar: error: argument -k: '0' "
        "must be at least 1 (see 'careergraph similar --help')", 2),
    Row("careergraph neighbors 'data analysis' --depth -1", "a depth below 1", "careergraph neighbors: error: "
        "argument --depth: '-1' must be at least 1 (see 'careergraph neighbors --help')", 2),
    Row("careergraph cypher 'RETURN 1 AS x' --param no-equals", "a parameter without a value", "careergraph cypher: "
        "error: argument --param: expected NAME=VALUE with NAME a Cypher parameter name, got 'no-equals' "
        "(see 'careergraph cypher --help')", 2),
    Row("careergraph info missing.json", "a missing graph file", "careergraph: error: missing.json: no such file", 1),
    Row("careergraph info bad.json", "a binary file", "careergraph: error: bad.json: not a text file (invalid UTF-8 "
        "at byte 3)", 1),
    Row("careergraph info empty.json", "an empty file", "careergraph: error: empty.json: file is empty", 1),
    Row("careergraph info truncated.json", "truncated JSON", "careergraph: error: truncated.json: not valid JSON "
        "(Unterminated string starting at: line 1, column 19); truncated or corrupt?", 1),
    Row("careergraph info foreign.json", "JSON that is not a graph", "careergraph: error: foreign.json: not a "
        "node-link graph (no 'nodes' and 'edges')", 1),
    Row("careergraph info dangling.json", "an edge to a node the file lacks", "careergraph: error: dangling.json: "
        "edge 'senior-operator'->'nowhere' refers to node 'nowhere', which is not in the graph", 1),
    Row("careergraph info docs", "a folder that is not a CSV graph", "careergraph: error: docs: a folder without "
        "nodes.csv and edges.csv, not a CSV graph", 1),
    Row("careergraph build missing.md", "no document could be read (after one warning line per problem)",
        "careergraph: error: no document could be loaded (1 problem)", 1),
    Row("careergraph build -o nofolder/g.json", "a folder that does not exist", "careergraph: error: "
        "nofolder/g.json: folder nofolder does not exist", 1),
    Row("careergraph build -o /proc/x.json", "a place no file can be made", "careergraph: error: /proc/x.json: "
        "cannot write (No such file or directory)", 1),
    Row("careergraph build -o ro/g.json", "a read-only folder (old file kept, no temporary left)", "careergraph: "
        "error: ro/g.json: cannot write there (...", 1, needs="readonly"),
    Row("careergraph build -o full/g.json", "a full disk (old file kept, no temporary left)", "careergraph: error: "
        "full/g.json: cannot write: No space left on device; the old file is kept", 1, needs="full"),
    Row("careergraph --graph docs build", "CSV into a folder of other files (also with $CAREERGRAPH_GRAPH)",
        "careergraph: error: docs: holds 'article.md', not only a careergraph CSV graph; name a new or empty "
        "folder for the CSV files", 1),
    Row("careergraph export --format csv", "CSV with nowhere to go", "careergraph: error: export --format csv "
        "writes two files: name a folder with -o", 1),
    Row("careergraph plot -o ladder.jpg", "a picture format not written", "careergraph: error: ladder.jpg: cannot "
        "write a picture as '.jpg'; use .png, .svg or .pdf", 1),
    Row("careergraph path 'store manger' 'operations director'", "a misspelt role", "careergraph: error: unknown "
        "role 'store manger'; did you mean 'Store manager', ...", 1),
    Row("careergraph next xxx...x (100,000 characters)", "a huge name (cut in the message)", "careergraph: error: "
        "unknown role 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx...' (100000 characters)", 1,
        argv=("next", HUGE)),
    Row("careergraph path 'operations director' 'operations assistant'", "no route", "careergraph: error: no career "
        "path from 'Operations director' to 'Operations assistant'; reachable from 'Operations director': ...", 1),
    Row("careergraph gap 'operations assistant' --have SEO 'store manager'", "a current role and --have",
        "careergraph: error: gap takes CURRENT TARGET or --have SKILLS TARGET, not both: with --have give only "
        "the target (got 2 roles: 'operations assistant', 'store manager')", 1),
    Row("careergraph cypher 'RETURN $who AS x'", "a parameter without a value", "careergraph: error: the query uses "
        "$who without a value: give it with --param who=VALUE", 1),
    Row("careergraph cypher 'RETURN 1 AS a; RETURN 2 AS b'", "several statements", "careergraph: error: the query "
        "holds 2 statements separated by ';': run them one at a time", 1),
    Row("careergraph cypher 'MATCH (n) DETACH DELETE n'", "a write without --write (nothing runs)", "careergraph: "
        "error: the query writes (DELETE) and the graph file is not changed without --write; add --write to apply "
        "it and save the file", 1),
    Row("careergraph cypher \"CREATE (r:Role {key: 'ghost'})\" --write", "a write that breaks the schema (file kept)",
        "careergraph: error: the query would break the schema, so nothing changed: after the query: node 'ghost' "
        "lacks ['name']", 1),
    Row("careergraph cypher 'ALTER TABLE Role ADD pay INT64' --write", "a change to the tables", "careergraph: error: "
        "ALTER changes the tables or files, which the schema fixes: not run", 1),
    Row("careergraph cypher 'MATCH (r:Role RETURN r'", "a query the engine rejects (its message and the query "
        "follow on more lines)", "careergraph: error: LadybugDB:...", 1),
    Row("careergraph cypher --neo4j bolt://HOST:7687 \"CREATE (r:Role {key: 'ghost'})\"", "a write on Neo4j "
        "without --write (run in read mode, the server refuses it)", "careergraph: error: the query writes (CREATE) "
        "and Neo4j refused it in read mode, so nothing changed: add --write to run it on bolt://HOST:7687", 1,
        needs="neo4j"),
    Row("careergraph push", "no Neo4j server named", "careergraph: error: no Neo4j server named: give --neo4j "
        "bolt://HOST:7687 or set NEO4J_URI", 1),
]  # fmt: skip

PYTHON_ROWS = [
    ("careergraph.build(42)", "TypeError", "docs must be a path or an iterable of paths, not int"),
    ("careergraph.build(['a.md', 3])", "TypeError", "docs must hold paths (str or os.PathLike), not int: 3"),
    ("careergraph.build([], kb=False)", "CareerGraphError", "nothing to build: no documents given and the knowledge "
     "base turned off"),
    ("careergraph.similar_roles(g, 'store manager', k=-1)", "ValueError", "k must be a whole number of at least 1, "
     "not -1"),
    ("careergraph.career_path(g, 'a', 'b', k=0)", "ValueError", "k must be a whole number of at least 1, not 0"),
    ("careergraph.neighbors(g, 'data analysis', depth=0)", "ValueError", "depth must be a whole number of at least 1, "
     "not 0"),
    ("careergraph.resolve_role(g, 'store manger')", "RoleNotFound", "unknown role 'store manger'; did you mean "
     "'Store manager', ..."),
    ("careergraph.cypher('RETURN $who AS x', g)", "CypherError", "LadybugDB: missing parameter $who (pass it in "
     "params= or as a keyword argument) ..."),
    ("careergraph.cypher('MATCH (n) DETACH DELETE n', g)", "CypherError", "LadybugDB: the query writes (DELETE): pass "
     "write=True to careergraph.cypher to apply it to the graph ..."),
    ("careergraph.cypher(\"CREATE (s:Skill {key: 'store-manager', name: 'x'})\", g, write=True)", "SchemaError",
     "the query would break the schema, so nothing changed: key 'store-manager' is both a Role and a Skill"),
    ("careergraph.save(g, 'out/', format='json')", "GraphFileError", "out/: a trailing slash names a folder, and "
     "json is written to a file"),
]  # fmt: skip


def _sandbox(folder: Path) -> None:
    """The files the rows name, in ``folder`` (the working folder of every row)."""
    import careergraph

    (folder / "docs").mkdir()
    (folder / "docs" / "article.md").write_text("A store manager becomes an operations director.\n")
    (folder / "bad.json").write_bytes(b"\x00\x01\x02\xff")
    (folder / "truncated.json").write_text('{"nodes": [{"id": "unterm')
    (folder / "foreign.json").write_text('{"a": 1}\n')
    (folder / "empty.json").write_text("")
    graph = careergraph.save(careergraph.build(), folder / "g.json")
    text = graph.read_text().replace('"target": "operations-director"', '"target": "nowhere"')
    (folder / "dangling.json").write_text(text)


def _argv(row: Row) -> list[str]:
    if row.argv is not None:
        return list(row.argv)
    import shlex

    return shlex.split(row.shown)[1:]


def _matches(line: str, message: str) -> bool:
    return line.startswith(message[:-3]) if message.endswith("...") else line == message


def _mount(folder: Path, options: str) -> bool:
    folder.mkdir()
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", options, "tmpfs", str(folder)], capture_output=True)
    return done.returncode == 0


@pytest.mark.parametrize("row", CLI_ROWS, ids=[row.shown[:60] for row in CLI_ROWS])
def test_cli_row(
    row: Row,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    request: pytest.FixtureRequest,
) -> None:
    from careergraph.cli import main

    _sandbox(tmp_path)
    monkeypatch.chdir(tmp_path)
    for name in ("CAREERGRAPH_GRAPH", "NEO4J_URI"):
        monkeypatch.delenv(name, raising=False)
    argv, message = _argv(row), row.message
    if row.needs == "neo4j":  # the row's placeholder URI becomes the live server's
        server = request.getfixturevalue("bolt_server")
        argv = [word.replace("bolt://HOST:7687", server.uri) for word in argv]
        message = message.replace("bolt://HOST:7687", server.uri)
        monkeypatch.setenv("NEO4J_USERNAME", server.user)
        monkeypatch.setenv("NEO4J_PASSWORD", server.password)
        if server.database:
            monkeypatch.setenv("NEO4J_DATABASE", server.database)
    unmount = []
    if row.needs == "readonly":
        if os.geteuid() == 0:
            if not _mount(tmp_path / "ro", "ro,size=64k"):
                pytest.skip("cannot mount a read-only tmpfs here")
            unmount.append(tmp_path / "ro")
        else:
            (tmp_path / "ro").mkdir(mode=0o555)
    if row.needs == "full":
        if not _mount(tmp_path / "full", "size=64k"):
            pytest.skip("cannot mount a small tmpfs here")
        unmount.append(tmp_path / "full")
        (tmp_path / "full" / "g.json").write_text("the old file")
    if row.shown.startswith("careergraph build -o /proc") and not Path("/proc/self").is_dir():
        pytest.skip("no /proc here")
    try:
        try:
            code = main(argv)
        except SystemExit as exc:  # usage errors end in argparse's exit
            code = int(exc.code or 0)
        err = capsys.readouterr().err
        assert code == row.code
        lines = err.splitlines()
        error_lines = [line for line in lines if not line.startswith("careergraph: warning:")]
        assert error_lines and _matches(error_lines[0], message), err
        assert "Traceback" not in err
        if row.message.startswith("careergraph: error: LadybugDB:"):
            assert "query:" in err  # the engine's message and the query, as documented
        else:
            assert len(error_lines) == 1, err
        if row.needs == "full":
            assert (tmp_path / "full" / "g.json").read_text() == "the old file"
        for folder in unmount:
            assert [p.name for p in folder.iterdir() if p.name.startswith(".")] == []
    finally:
        for folder in unmount:
            subprocess.run(["umount", str(folder)], check=False)


@pytest.mark.parametrize(("call", "kind", "message"), PYTHON_ROWS, ids=[row[0][:60] for row in PYTHON_ROWS])
def test_python_row(call: str, kind: str, message: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import careergraph

    monkeypatch.chdir(tmp_path)
    names = {"careergraph": careergraph, "g": careergraph.build()}
    with pytest.raises(Exception) as caught:  # the type is checked by name just below
        eval(call, names)
    assert type(caught.value).__name__ == kind
    assert _matches(str(caught.value).splitlines()[0] + (" ..." if "\n" in str(caught.value) else ""), message)


def _cell(text: str) -> str:
    return "`" + text.replace("|", "\\|") + "`" if text else ""


def render() -> str:
    """The README section: one table for the command line, one for Python."""
    lines = [
        BEGIN,
        "| command | what is wrong | stderr | exit |",
        "|---|---|---|---|",
    ]
    for row in CLI_ROWS:
        lines.append(f"| {_cell(row.shown)} | {row.problem} | {_cell(row.message)} | {row.code} |")
    lines += ["", "| Python | raises | message |", "|---|---|---|"]
    for call, kind, message in PYTHON_ROWS:
        lines.append(f"| {_cell(call)} | `{kind}` | {_cell(message)} |")
    lines.append(END)
    return "\n".join(lines)


def _readme_section() -> str:
    text = README.read_text(encoding="utf-8")
    found = re.search(re.escape(BEGIN) + ".*?" + re.escape(END), text, re.DOTALL)
    return found.group(0) if found else ""


def test_readme_table_is_these_rows() -> None:
    assert _readme_section() == render(), "README's bad-input table is stale: run python tests/test_bad_input.py"


def _rewrite_readme(write: Callable[[str], None] = print) -> None:
    text = README.read_text(encoding="utf-8")
    section = _readme_section()
    if not section:
        raise SystemExit(f"{README}: no {BEGIN} ... {END} section to fill")
    README.write_text(text.replace(section, render()), encoding="utf-8")
    write(f"rewrote the bad-input table in {README}")


if __name__ == "__main__":
    sys.exit(_rewrite_readme())
