"""The optional compiled build of the text loader (everything else is in pyproject.toml).

``CAREERGRAPH_COMPILE=1 pip install -e .`` (or a wheel build with it set) compiles the loader's hot modules
(``COMPILED`` in ``loaders/__init__.py``) with mypyc, which ships with mypy, into C extensions next to their
sources. When that cannot be done (no C compiler, a module mypyc refuses), the install still succeeds: one warning
line says so and the loader runs as pure Python. Without ``CAREERGRAPH_COMPILE=1`` nothing is compiled (opt-in for
now: the compiled loader leaves reference cycles, see the README).

The build records the SHA-256 of each compiled source in ``loaders/_compiled.json``; on import,
``careergraph.loaders`` uses the compiled modules only when every source still has that hash (an edited source
makes the whole loader run as pure Python, with one warning saying how to rebuild).

mypyc checks every function and the module's top level as one function each; its data-flow passes take memory
in the square of a function's size, and the top levels of these modules (over a thousand word lists and patterns
in text_extract.py) need more than 24 GB as written. The build therefore compiles a copy in which each run of
module-level ``NAME = value`` statements is moved, in order and unchanged, into a small function that assigns the
names as globals (their types, which mypy inferred from the module as written, declared at module level).
"""

from __future__ import annotations

import ast
import hashlib
import json
import os
import re
import shutil
import sys
import traceback
from pathlib import Path
from typing import Any

from setuptools import Extension, setup
from setuptools.command.build_ext import build_ext

HERE = Path(__file__).resolve().parent
STAGE = HERE / "build" / "mypyc-src"  # the package laid out as it installs, the compiled modules rewritten
MANIFEST = "_compiled.json"
SUBPACKAGES = {"graph": "graph", "loaders": "loaders", "queries": "queries"}


def compiled_modules() -> list[str]:
    """``COMPILED`` of loaders/__init__.py (read without importing the package)."""
    tree = ast.parse((HERE / "loaders" / "__init__.py").read_text(encoding="utf-8"))
    for node in tree.body:
        if isinstance(node, ast.Assign | ast.AnnAssign):
            target = node.targets[0] if isinstance(node, ast.Assign) else node.target
            if isinstance(target, ast.Name) and target.id == "COMPILED" and node.value is not None:
                return list(ast.literal_eval(node.value))
    raise RuntimeError("loaders/__init__.py has no COMPILED")


def source_hash(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _warn(why: str) -> None:
    print(f"careergraph: the text loader is not compiled ({why}); it runs as pure Python", file=sys.stderr)


def _stage() -> None:
    """A copy of the package as it installs (careergraph/graph, careergraph/loaders ...) for mypy and mypyc."""
    shutil.rmtree(STAGE, ignore_errors=True)
    package = STAGE / "careergraph"
    shutil.copytree(HERE / "careergraph", package, ignore=shutil.ignore_patterns("__pycache__", "*.so"))
    for sub, folder in SUBPACKAGES.items():
        shutil.copytree(HERE / folder, package / sub, ignore=shutil.ignore_patterns("__pycache__", "*.so", "*.json"))
    (STAGE / "mypy.ini").write_text("[mypy]\npython_version = 3.11\nignore_missing_imports = True\n")


def _global_types(modules: list[str]) -> dict[str, dict[str, str]]:
    """The types mypy infers for the module-level names of each module (as written)."""
    from mypy import build
    from mypy.modulefinder import BuildSource
    from mypy.nodes import Var
    from mypy.options import Options

    options = Options()
    options.python_version = (3, 11)
    options.ignore_missing_imports = True
    options.incremental = False
    folder = STAGE / "careergraph" / "loaders"
    sources = [BuildSource(str(folder / f"{m}.py"), f"careergraph.loaders.{m}") for m in modules]
    result = build.build(sources, options)
    if result.errors:
        raise RuntimeError("mypy: " + "; ".join(result.errors[:3]))
    return {
        m: {
            name: str(sym.node.type)
            for name, sym in result.files[f"careergraph.loaders.{m}"].names.items()
            if isinstance(sym.node, Var) and sym.node.type is not None
        }
        for m in modules
    }


# a type that reads the same written at module level: built-in containers of built-ins, compiled patterns
_PLAIN_TYPE = re.compile(r"(?:frozenset|dict|tuple|set|list)\[[\w\[\], .]*\]|re\.Pattern\[str\]")


def _move_top_level(source: str, types: dict[str, str], run: int = 40) -> str:
    """``source`` with each run of module-level ``NAME = value`` statements (a type in ``types``) in a function.

    The statements keep their order and text; a run is cut at any other statement (a def, a class, an import, an
    annotated or augmented assignment), so that every name is bound when the code after it runs, as before.
    """
    tree = ast.parse(source)
    lines = source.split("\n")

    def movable(node: ast.stmt) -> str | None:
        if not (isinstance(node, ast.Assign) and len(node.targets) == 1 and isinstance(node.targets[0], ast.Name)):
            return None
        name = node.targets[0].id
        kind = types.get(name, "")
        if not _PLAIN_TYPE.fullmatch(kind) or any(w in kind for w in ("Any", "None")):
            return None
        if any(isinstance(n, ast.NamedExpr | ast.Yield | ast.YieldFrom | ast.Await) for n in ast.walk(node.value)):
            return None
        return name

    runs: list[list[tuple[ast.stmt, str]]] = [[]]
    for node in tree.body:
        name = movable(node)
        if name is None:
            runs.append([])
        else:
            runs[-1].append((node, name))
    out: list[str] = []
    done = 0  # the lines of ``source`` already in ``out``
    count = 0
    for whole in runs:
        for k in range(0, len(whole), run):
            part = whole[k : k + run]
            first, last = part[0][0], part[-1][0]
            out.extend(lines[done : first.lineno - 1])
            names = list(dict.fromkeys(name for _, name in part))
            out.extend(f"{name}: {types[name]}" for name in names)
            out.append(f"def _module_level_{count}() -> None:")
            out.append("    global " + ", ".join(names))
            for node, _ in part:
                out.extend(f"    {line}" if line.strip() else line for line in lines[node.lineno - 1 : node.end_lineno])
            out.append(f"_module_level_{count}()")
            done = last.end_lineno or last.lineno
            count += 1
    out.extend(lines[done:])
    return "\n".join(out)


def _mypyc_extensions(modules: list[str]) -> list[Extension]:
    from mypyc.build import mypycify

    _stage()
    types = _global_types(modules)
    for m in modules:
        path = STAGE / "careergraph" / "loaders" / f"{m}.py"
        path.write_text(_move_top_level(path.read_text(encoding="utf-8"), types[m]), encoding="utf-8")
    here = os.getcwd()
    os.chdir(STAGE)  # mypyc names a module by its path: careergraph/loaders/text_extract.py
    try:
        return mypycify(
            [f"careergraph/loaders/{m}.py" for m in modules],
            separate=True,  # one extension per module, built in parallel by ``build_ext -j``
            target_dir=str(STAGE / "c"),
        )
    finally:
        os.chdir(here)


class OptionalBuildExt(build_ext):
    """Builds the compiled loader, or nothing (a warning line) when it cannot."""

    def run(self) -> None:
        modules = compiled_modules()
        folder = Path(self.get_ext_fullpath(f"careergraph.loaders.{modules[0]}")).parent
        manifest = folder / MANIFEST
        manifest.unlink(missing_ok=True)
        for module in modules:  # an earlier build's extensions: rebuilt below, or gone
            for old in [*folder.glob(f"{module}.*.so"), *folder.glob(f"{module}__mypyc.*.so")]:
                old.unlink()
        self.extensions = []
        if not os.environ.get("CAREERGRAPH_COMPILE") or os.environ.get("CAREERGRAPH_PURE"):
            return  # (opt-in: the default install is pure Python, as before)
        try:
            self.extensions = _mypyc_extensions(modules)
            for ext in self.extensions:  # what build_ext.finalize_options sets on the extensions it was given
                ext._full_name = self.get_ext_fullname(ext.name)  # type: ignore[attr-defined]
                self.ext_map[ext._full_name] = ext  # type: ignore[attr-defined]
                ext._links_to_dynamic = ext._needs_stub = False  # type: ignore[attr-defined]
                ext._file_name = self.get_ext_filename(ext._full_name)  # type: ignore[attr-defined]
            if not self.parallel:
                self.parallel = os.cpu_count() or 1
            super().run()
        except (Exception, SystemExit) as error:  # a failed build leaves the pure-Python loader, not a failed install
            traceback.print_exc(limit=1, file=sys.stderr)
            _warn(f"{type(error).__name__}: {str(error).splitlines()[0] if str(error) else ''}")
            for ext in self.extensions:
                Path(self.get_ext_fullpath(ext.name)).unlink(missing_ok=True)
            self.extensions = []
            return
        hashes = {m: source_hash(HERE / "loaders" / f"{m}.py") for m in modules}
        manifest.write_text(json.dumps({"sha256": hashes}, indent=1) + "\n", encoding="utf-8")

    def get_outputs(self) -> list[str]:
        return [*super().get_outputs(), *self._manifest()]

    def _manifest(self) -> list[str]:
        path = Path(self.get_ext_fullpath(f"careergraph.loaders.{compiled_modules()[0]}")).parent / MANIFEST
        return [str(path)] if path.exists() else []


def _placeholder() -> list[Any]:
    # build_ext runs only for a distribution with extensions: one stands for the compiled modules, which
    # OptionalBuildExt.run works out (mypyc type-checks the package: too slow for every setup.py call pip makes)
    return [Extension("careergraph.loaders._compiled_placeholder", sources=[])]


setup(ext_modules=_placeholder(), cmdclass={"build_ext": OptionalBuildExt})
