"""Tests for notebooks/: each runs top to bottom in a kernel on this Python, and is committed without outputs."""

from __future__ import annotations

import ast
import json
import os
import sys
from pathlib import Path
from typing import Any

import nbformat
import pytest
from jupyter_client.kernelspec import KernelSpecManager
from jupyter_client.manager import KernelManager
from nbclient import NotebookClient

import careergraph

NOTEBOOKS_DIR = Path(__file__).parent.parent / "notebooks"
NOTEBOOKS = sorted(NOTEBOOKS_DIR.glob("*.ipynb"))
REQUIRED = {"01_build_and_explore", "02_paths_and_skill_gaps", "03_cypher"}
KERNEL = "careergraph-test"


def test_the_notebooks_are_there() -> None:
    assert REQUIRED <= {path.stem for path in NOTEBOOKS}


@pytest.fixture(scope="module")
def kernel_specs(tmp_path_factory: pytest.TempPathFactory) -> KernelSpecManager:
    """A kernelspec that starts ipykernel on this very interpreter (the venv's), not whatever `python3` is."""
    folder = tmp_path_factory.mktemp("kernels")
    spec = folder / KERNEL
    spec.mkdir()
    argv = [sys.executable, "-m", "ipykernel_launcher", "-f", "{connection_file}"]
    spec.joinpath("kernel.json").write_text(
        json.dumps({"argv": argv, "display_name": "careergraph tests", "language": "python"}), encoding="utf-8"
    )
    return KernelSpecManager(kernel_dirs=[str(folder)])


@pytest.mark.parametrize("path", NOTEBOOKS, ids=[p.stem for p in NOTEBOOKS])
def test_notebook_is_committed_without_outputs(path: Path) -> None:
    nb = nbformat.read(path, as_version=4)
    nbformat.validate(nb)
    code = [cell for cell in nb.cells if cell.cell_type == "code"]
    assert code, "a notebook with no code"
    for cell in code:
        assert cell.outputs == [], f"cell {cell.get('id')} keeps its outputs"
        assert cell.execution_count is None, f"cell {cell.get('id')} keeps an execution count"
    assert "widgets" not in nb.metadata


@pytest.mark.parametrize("path", NOTEBOOKS, ids=[p.stem for p in NOTEBOOKS])
def test_notebook_imports_careergraph_only(path: Path) -> None:
    nb = nbformat.read(path, as_version=4)
    imported = set()
    for cell in nb.cells:
        if cell.cell_type != "code":
            continue
        for node in ast.walk(ast.parse(cell.source)):
            if isinstance(node, ast.Import):
                imported.update(alias.name.split(".")[0] for alias in node.names)
            elif isinstance(node, ast.ImportFrom) and node.module:
                imported.add(node.module.split(".")[0])
    assert "careergraph" in imported
    outside = {name for name in imported if name != "careergraph" and name not in sys.stdlib_module_names}
    assert not outside, f"imports besides careergraph and the standard library: {sorted(outside)}"


def run_notebook(path: Path, kernel_specs: KernelSpecManager, folder: Path, **env: str) -> nbformat.NotebookNode:
    """Execute a notebook in a fresh kernel (inline plots, a private IPython folder); return it with outputs."""
    nb = nbformat.read(path, as_version=4)
    km = KernelManager(kernel_name=KERNEL, kernel_spec_manager=kernel_specs)
    client = NotebookClient(nb, km=km, timeout=180, allow_errors=False, resources={"metadata": {"path": str(folder)}})
    kernel_env = {
        **os.environ,
        "MPLBACKEND": "module://matplotlib_inline.backend_inline",
        "IPYTHONDIR": str(folder / "ipython"),
        **env,
    }
    client.execute(env=kernel_env)  # raises CellExecutionError, naming the cell, on the first error
    assert all(cell.execution_count for cell in nb.cells if cell.cell_type == "code")
    return nb


def outputs_of(nb: nbformat.NotebookNode) -> list[nbformat.NotebookNode]:
    return [out for cell in nb.cells if cell.cell_type == "code" for out in cell.outputs]


def stderr_of(nb: nbformat.NotebookNode) -> list[str]:
    return [out.text for out in outputs_of(nb) if out.output_type == "stream" and out.name == "stderr"]


@pytest.mark.parametrize("path", NOTEBOOKS, ids=[p.stem for p in NOTEBOOKS])
def test_notebook_runs_top_to_bottom(path: Path, kernel_specs: KernelSpecManager, tmp_path: Path) -> None:
    nb = run_notebook(path, kernel_specs, tmp_path)
    assert not stderr_of(nb), f"the notebook wrote to stderr: {stderr_of(nb)}"
    if any("plot_" in cell.source for cell in nb.cells if cell.cell_type == "code"):
        images = [out for out in outputs_of(nb) if "image/png" in out.get("data", {})]
        assert images, "the plots were not shown"


@pytest.mark.live
def test_cypher_notebook_runs_its_neo4j_cells_on_a_neo4j_server(
    kernel_specs: KernelSpecManager, tmp_path: Path, bolt_server: Any
) -> None:
    """With NEO4J_URI naming the live tests' Neo4j, the notebook's Neo4j cells push, query and pull."""
    server = bolt_server
    nb = run_notebook(
        NOTEBOOKS_DIR / "03_cypher.ipynb",
        kernel_specs,
        tmp_path,
        NEO4J_URI=server.uri,
        NEO4J_PASSWORD=server.password,
        NEO4J_USERNAME=server.user,
        NEO4J_DATABASE=server.database or "neo4j",
    )
    printed = "".join(out.text for out in outputs_of(nb) if out.output_type == "stream" and out.name == "stdout")
    g = careergraph.build()
    counts = careergraph.counts(g)
    best = careergraph.career_path(g, "operations-assistant", "operations-director")
    assert f"pushing to Neo4jStore('{server.uri}'" in printed
    assert f"'Role': {counts['Role']}" in printed and f"'REQUIRES': {counts['REQUIRES']}" in printed
    assert f"{len(best.steps)} moves: {' → '.join(best.names)}" in printed  # the route, in Neo4j's Cypher
    assert printed.count(f"'TRANSITIONS_TO': {counts['TRANSITIONS_TO']}") == 2  # pushed, then pulled back
    assert not stderr_of(nb), f"the notebook wrote to stderr: {stderr_of(nb)}"
