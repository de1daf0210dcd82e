"""Atomic writes (graph/files.py and the savers built on it): kills, modes, refusals, full disks."""

from __future__ import annotations

import contextlib
import errno
import os
import signal
import stat
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import networkx as nx
import pytest

import careergraph
from careergraph.cli import main
from careergraph.graph.errors import GraphFileError
from careergraph.graph.files import atomic_folder, atomic_write
from careergraph.graph.store import load, save
from careergraph.loaders.kb import load_knowledge_base


@pytest.fixture(scope="module")
def kb() -> nx.MultiDiGraph:
    return load_knowledge_base()


@pytest.fixture
def small(kb: nx.MultiDiGraph) -> nx.MultiDiGraph:
    keep = ["store-manager", "operations-director"]
    return kb.subgraph(keep).copy()


def _leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.startswith("."))


@contextlib.contextmanager
def _mounted(folder: Path, options: str) -> Iterator[Path]:
    folder.mkdir(exist_ok=True)
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", options, "tmpfs", str(folder)], capture_output=True)
    if done.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {done.stderr.decode(errors='replace').strip()}")
    try:
        yield folder
    finally:
        subprocess.run(["umount", str(folder)], check=False)


@pytest.fixture
def readonly_dir(tmp_path: Path) -> Iterator[Path]:
    """A folder the process cannot write into: read-only tmpfs for root, else mode 0555."""
    folder = tmp_path / "readonly"
    if os.geteuid() != 0:
        folder.mkdir()
        folder.chmod(0o555)
        yield folder
        folder.chmod(0o755)
        return
    with _mounted(folder, "ro,size=1m") as mounted:
        yield mounted


@pytest.fixture
def full_dir(tmp_path: Path) -> Iterator[Path]:
    """A real 64 KiB tmpfs (skips where mounting is not allowed)."""
    with _mounted(tmp_path / "full", "size=64k") as mounted:
        yield mounted


# --- plain files ---------------------------------------------------------------


def test_new_file_follows_the_umask_and_a_rebuilt_file_keeps_its_mode(tmp_path: Path, small) -> None:
    old = os.umask(0o027)
    try:
        path = save(small, tmp_path / "g.json")
    finally:
        os.umask(old)
    assert stat.S_IMODE(path.stat().st_mode) == 0o640
    path.chmod(0o604)
    save(small, path)
    assert stat.S_IMODE(path.stat().st_mode) == 0o604
    folder = save(small, tmp_path / "tables", format="csv")
    assert stat.S_IMODE((folder / "nodes.csv").stat().st_mode) == 0o666 & ~old
    folder.chmod(0o750)
    save(small, folder, format="csv")
    assert stat.S_IMODE(folder.stat().st_mode) == 0o750


def test_a_failing_writer_keeps_the_old_file_and_leaves_no_temporary(tmp_path: Path) -> None:
    target = tmp_path / "g.json"
    target.write_text("old")

    def explode(handle) -> None:
        handle.write("half")
        raise RuntimeError("boom")

    with pytest.raises(RuntimeError):
        atomic_write(target, explode)
    assert target.read_text() == "old" and _leftovers(tmp_path) == []


def test_disk_full_is_one_error_naming_the_path(tmp_path: Path, small, monkeypatch: pytest.MonkeyPatch) -> None:
    target = save(small, tmp_path / "g.json")
    before = target.read_bytes()

    def no_space(fd: int) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(os, "fsync", no_space)
    with pytest.raises(GraphFileError, match=r"g\.json: cannot write: No space left on device; the old file is kept"):
        save(small, target)
    with pytest.raises(GraphFileError, match="No space left"):
        save(small, tmp_path / "tables", format="csv")
    assert target.read_bytes() == before and _leftovers(tmp_path) == []


def test_a_real_full_disk(full_dir: Path, kb: nx.MultiDiGraph, small, capsys: pytest.CaptureFixture[str]) -> None:
    target = save(small, full_dir / "g.json")
    before = target.read_bytes()
    assert main(["build", "-o", str(target)]) == 1  # the knowledge base does not fit in 64 KiB
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and f"{target}: cannot write" in err and "Traceback" not in err
    assert target.read_bytes() == before and _leftovers(full_dir) == []
    with pytest.raises(GraphFileError, match="No space left"):
        save(kb, full_dir / "tables", format="csv")
    assert sorted(p.name for p in full_dir.iterdir()) == ["g.json"]


@pytest.mark.parametrize(
    "argv",
    [
        ["build", "-o", "{ro}/g.json"],
        ["export", "--format", "csv", "-o", "{ro}/tables"],
        ["export", "--format", "graphml", "-o", "{ro}/g.graphml"],
        ["plot-gap", "operations assistant", "store manager", "-o", "{ro}/gap.svg"],
    ],
)
def test_read_only_folder_is_one_line(argv: list[str], readonly_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main([a.format(ro=readonly_dir) for a in argv]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and str(readonly_dir) in err and "cannot write" in err and "Traceback" not in err
    assert list(readonly_dir.iterdir()) == []


def test_proc_is_one_line(capsys: pytest.CaptureFixture[str]) -> None:
    if not Path("/proc/self").is_dir():
        pytest.skip("no /proc here")
    assert main(["build", "-o", "/proc/x.json"]) == 1
    err = capsys.readouterr().err
    assert err.startswith("careergraph: error: /proc/x.json: cannot write") and err.count("\n") == 1


# --- kills ---------------------------------------------------------------------

_KILL_DURING_WRITE = """
import os, signal, sys
from careergraph.graph.files import atomic_write
def write(handle):
    handle.write("new and half")
    handle.flush()
    os.kill(os.getpid(), getattr(signal, sys.argv[2]))
atomic_write(sys.argv[1], write)
"""


@pytest.mark.parametrize("signame", ["SIGTERM", "SIGHUP", "SIGKILL"])
def test_killed_while_writing(tmp_path: Path, small, signame: str) -> None:
    target = save(small, tmp_path / "g.json")
    before = target.read_bytes()
    done = subprocess.run([sys.executable, "-c", _KILL_DURING_WRITE, str(target), signame], capture_output=True)
    assert done.returncode == -getattr(signal, signame)  # died by the signal, as without careergraph
    assert b"Traceback" not in done.stderr
    assert target.read_bytes() == before
    if signame == "SIGKILL":  # nothing could clean up: the next write does
        assert len(_leftovers(tmp_path)) == 1
        save(small, target)
    assert _leftovers(tmp_path) == []
    assert load(target).number_of_nodes() == 2


_KILL_DURING_SWAP = """
import os, signal, sys
from careergraph.graph import files
from careergraph.graph.store import save
from careergraph.loaders.kb import load_knowledge_base
target, point = sys.argv[1], sys.argv[2]
def die():
    os.kill(os.getpid(), signal.SIGKILL)
if point.startswith("two-renames"):
    files._exchange = lambda a, b: False  # a system without renameat2
    rename, calls = os.rename, []
    def counting(a, b):
        calls.append(a)
        if len(calls) == 2:  # the old folder is set aside, the new one not yet in place
            die()
        rename(a, b)
    os.rename = counting
else:
    exchange = files._exchange
    def swap(a, b):
        if point == "before-exchange":
            die()
        exchange(a, b)
        die()
    files._exchange = swap
save(load_knowledge_base(), target, format="csv")
"""


@pytest.mark.parametrize("point", ["two-renames", "before-exchange", "after-exchange"])
def test_csv_pair_survives_a_kill_during_the_swap(tmp_path: Path, kb, small, point: str) -> None:
    target = save(small, tmp_path / "tables", format="csv")
    done = subprocess.run([sys.executable, "-c", _KILL_DURING_SWAP, str(target), point], capture_output=True)
    assert done.returncode == -signal.SIGKILL, done.stderr.decode()
    back = load(target, format="csv")  # whole: the old pair or the new pair, never one of each
    expected = kb if point == "after-exchange" else small
    assert back.number_of_nodes() == expected.number_of_nodes()
    assert back.number_of_edges() == expected.number_of_edges()
    save(small, target, format="csv")
    assert _leftovers(tmp_path) == [] and sorted(p.name for p in target.iterdir()) == ["edges.csv", "nodes.csv"]


def test_atomic_folder_replaces_the_whole_folder(tmp_path: Path) -> None:
    target = tmp_path / "pair"
    atomic_folder(target, lambda f: [(f / n).write_text("1") for n in ("a", "b")])
    atomic_folder(target, lambda f: (f / "c").write_text("2"))
    assert sorted(p.name for p in target.iterdir()) == ["c"] and _leftovers(tmp_path) == []


# --- what a path means -----------------------------------------------------------


def test_trailing_slash_means_a_folder(tmp_path: Path, small, monkeypatch: pytest.MonkeyPatch, capsys) -> None:
    monkeypatch.chdir(tmp_path)
    assert main(["build", "-o", "newdir/"]) == 0
    assert sorted(p.name for p in (tmp_path / "newdir").iterdir()) == ["edges.csv", "nodes.csv"]
    assert load(tmp_path / "newdir").number_of_nodes() > 30
    with pytest.raises(GraphFileError, match="trailing slash names a folder"):
        save(small, "other/", format="json")
    assert careergraph.save(small, Path("again")).name == "again"  # no slash: a JSON file
    assert (tmp_path / "again").is_file()


def test_csv_never_goes_into_a_folder_of_other_files(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys) -> None:
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "article.md").write_text("A store manager becomes an operations director.")
    monkeypatch.setenv("CAREERGRAPH_GRAPH", str(docs))
    assert main(["build"]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "holds 'article.md'" in err
    assert sorted(p.name for p in docs.iterdir()) == ["article.md"]
    monkeypatch.delenv("CAREERGRAPH_GRAPH")
    monkeypatch.chdir(tmp_path)
    fake = tmp_path / "fake"
    fake.mkdir()
    (fake / "nodes.csv").write_text("name,price\nx,1\n")
    assert main(["export", "--format", "csv", "-o", str(fake)]) == 1
    assert "not a careergraph CSV graph" in capsys.readouterr().err
    assert (fake / "nodes.csv").read_text() == "name,price\nx,1\n"


def test_json_onto_a_folder_is_refused(tmp_path: Path, small) -> None:
    with pytest.raises(GraphFileError, match="is a folder"):
        save(small, tmp_path, format="json")


def test_a_dangling_edge_names_the_missing_node(tmp_path: Path, small) -> None:
    path = save(small, tmp_path / "g.json")
    path.write_text(path.read_text().replace('"target": "operations-director"', '"target": "nowhere"'))
    with pytest.raises(GraphFileError, match="refers to node 'nowhere', which is not in the graph"):
        load(path)
    folder = save(small, tmp_path / "tables", format="csv")
    edges = folder / "edges.csv"
    edges.write_text(edges.read_text().replace("operations-director", "nowhere"))
    with pytest.raises(GraphFileError, match="refers to node 'nowhere'"):
        load(folder)


def test_truncated_json_message_reads_well(tmp_path: Path) -> None:
    (tmp_path / "g.json").write_text('{"nodes": [{"id": "unterminated')
    with pytest.raises(GraphFileError) as caught:
        load(tmp_path / "g.json")
    assert "at at" not in str(caught.value) and "line 1, column" in str(caught.value)
