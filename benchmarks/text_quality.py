"""Quality of the text loader: recall against a reference, precision of what it extracts.

Prints, for the five seed articles (``../shared/seeds``, compared with the bundled
knowledge base) and for four sets of documents we wrote, each compared with its
hand-written reference ``expected.yaml`` - ``tests/data/docs`` (written with the
rules), ``tests/data/docs/heldout`` (written after the first rules, then used to
fix the failures it showed), ``tests/data/docs/blind`` (written after the rules
were frozen; its first-run figures are in the README, three failure classes it showed
were fixed afterwards) and ``tests/data/docs/fourth`` (written later, the same way) -
recall and precision per kind of fact (and of the years stated for transitions), the bars of
issue 3, and the facts extracted beyond the reference. Run: ``.venv/bin/python benchmarks/text_quality.py [-v]``.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from careergraph.loaders.kb import load_knowledge_base
from careergraph.loaders.text import load_documents
from careergraph.loaders.text_quality import Score, compare

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT.parent / "shared" / "seeds"
OWN_DOCS = ROOT / "tests" / "data" / "docs"

#: issue 3's bars on the seeds: kind -> (measure, minimum)
BARS = {
    "roles": ("recall", 0.90),
    "transitions": ("recall", 0.90),
    "role->skill links": ("recall", 0.70),
    "salary figures": ("recall", 1.00),
}
PRECISION_BAR = ("transitions", 0.85)


def report(title: str, scores: list[Score], *, verbose: bool, bars: bool) -> None:
    print(f"== {title}")
    for score in scores:
        print("  " + score.line())
    if bars:
        by_name = {s.name: s for s in scores}
        for name, (measure, minimum) in BARS.items():
            value = getattr(by_name[name], measure)
            print(f"  bar: {name} {measure} {value:.1%} >= {minimum:.0%}  {'met' if value >= minimum else 'NOT MET'}")
        name, minimum = PRECISION_BAR
        value = by_name[name].precision
        print(f"  bar: {name} precision {value:.1%} >= {minimum:.0%}  {'met' if value >= minimum else 'NOT MET'}")
    for score in scores:
        if verbose or score.name in {"transitions", "salary figures"}:
            if score.missed:
                print(f"  missed {score.name}: {', '.join(score.missed)}")
            if score.extra:
                print(f"  extra {score.name}: {', '.join(score.extra)}")
        elif score.extra:
            more = " ..." if len(score.extra) > 12 else ""
            print(f"  extra {score.name} ({len(score.extra)}): {', '.join(score.extra[:12])}{more}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-v", "--verbose", action="store_true", help="list every missed and extra fact")
    args = parser.parse_args(argv)
    if SEEDS.is_dir():
        result = load_documents([SEEDS], kb=False)
        docs = [p.name for p in SEEDS.glob("*.txt")]
        report(
            f"seeds ({len(docs)} documents) vs the knowledge base",
            compare(result.graph, load_knowledge_base(), docs=docs),
            verbose=args.verbose,
            bars=True,
        )
    else:
        print(f"== seeds: {SEEDS} not found, skipped")
    sets = (
        (OWN_DOCS, "own documents, written with the rules"),
        (OWN_DOCS / "heldout", "second set, written after the first rules and then used to fix them"),
        (OWN_DOCS / "blind", "third set, written after the rules were frozen (first run in the README)"),
        (OWN_DOCS / "fourth", "fourth set, written after the one-word rung rule (first run in the README)"),
    )
    for folder, title in sets:
        docs = [p for p in sorted(folder.iterdir()) if p.suffix in {".txt", ".md", ".html"}]
        result = load_documents(docs, kb=False)
        reference = load_knowledge_base(folder / "expected.yaml")
        report(
            f"{title} ({len(docs)}, {folder.relative_to(ROOT)}) vs expected.yaml",
            compare(result.graph, reference),
            verbose=args.verbose,
            bars=False,
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
