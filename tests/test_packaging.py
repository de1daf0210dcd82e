"""The wheel holds every package folder under careergraph and nothing generic at the top level."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> zipfile.ZipFile:
    out = tmp_path_factory.mktemp("wheel")
    build_dir = tmp_path_factory.mktemp("build")
    done = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q", "-w", str(out), str(ROOT)],
        capture_output=True,
        text=True,
        cwd=build_dir,
    )
    if done.returncode != 0:
        pytest.fail(f"building the wheel failed:\n{done.stderr[-2000:]}")
    (path,) = out.glob("careergraph-*.whl")
    return zipfile.ZipFile(path)


def _package_folders() -> set[str]:
    mapping = {
        "careergraph": "careergraph",
        "graph": "careergraph/graph",
        "loaders": "careergraph/loaders",
        "queries": "careergraph/queries",
    }
    found = set()
    for top, installed in mapping.items():
        for init in (ROOT / top).rglob("__init__.py"):
            relative = init.parent.relative_to(ROOT / top).as_posix()
            found.add(installed if relative == "." else f"{installed}/{relative}")
    return found


def test_every_package_folder_is_in_the_wheel(wheel: zipfile.ZipFile) -> None:
    names = set(wheel.namelist())
    for folder in _package_folders():
        assert f"{folder}/__init__.py" in names, folder
    assert "careergraph/loaders/data/ecommerce.yaml" in names
    assert "careergraph/loaders/data/title_lexicon.txt" in names
    assert "careergraph/loaders/data/duty_verbs.txt" in names
    assert "careergraph/loaders/data/duty_verbs_ambiguous.txt" in names
    assert "careergraph/py.typed" in names


def test_nothing_generic_at_the_top_level(wheel: zipfile.ZipFile) -> None:
    tops = {name.split("/")[0] for name in wheel.namelist()}
    assert {"graph", "loaders", "queries", "tests"}.isdisjoint(tops)
    assert {t for t in tops if not t.endswith(".dist-info")} == {"careergraph"}
