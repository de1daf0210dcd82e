"""``python -m careergraph``."""

from careergraph.cli import run

run()
