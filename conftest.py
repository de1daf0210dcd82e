"""pytest, at the root: while the compiled text loader is in use (setup.py), its modules' doctests run against
the compiled modules (tests/test_compiled_loader.py), not against a second, pure copy pytest would import from
the source file (a pure copy of text_extract cannot subclass the compiled TupleRecord)."""

from careergraph.loaders import COMPILED, COMPILED_IN_USE

collect_ignore = [f"loaders/{module}.py" for module in COMPILED] if COMPILED_IN_USE else []
