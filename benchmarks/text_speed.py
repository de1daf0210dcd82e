"""Speed of the text loader on 1,000 generated documents (about 5 MB).

Generates career-article-like documents (ladders, requirements, salaries, job
titles known and unknown, filler prose, some with Chinese punctuation), then
times, on one core:

* the floor: spaCy's bare tokenisation (``spacy.blank("en").make_doc``) of the same text;
* the loader's extraction (``extract_facts``) of every document, its facts counted and let go;
* the whole path from files on disk to the merged graph (``load_documents``), every document's
  facts kept until they are merged; then the same in ``--workers`` processes (wall-clock time);
* for comparison, the extraction of real articles (the five seeds, 40 times over);
* memory per document: the peak that Python's allocator traces (``tracemalloc``) while one document
  of 10 KB, 100 KB and 1 MB is read, split into what the facts read still hold afterwards and what
  the reading itself took, and how far the process's peak resident size grew (the reader works
  through a paragraph in pieces of at most 100,000 characters, so the reading's share should stay
  bounded as the document grows while the facts grow with it).

Prints MB/s for each (CPU time of this process, so other work on the machine does not
count; wall-clock in brackets) and the ratio of the loader's time to the floor. (spaCy's bare
tokenizer is slow on the seeds: after the first special case in a call, a contraction or a line
break, it caches nothing more, explosion/spaCy#13950; the loader works around that.)
Run: ``.venv/bin/python benchmarks/text_speed.py [--docs N] [--seed S]``.
"""

from __future__ import annotations

import argparse
import os
import random
import resource
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

import spacy

from careergraph.loaders import COMPILED_IN_USE
from careergraph.loaders.text import default_vocabulary, load_documents
from careergraph.loaders.text_extract import DocumentFacts, extract_facts
from careergraph.loaders.text_nlp import Vocabulary

SEEDS = Path(__file__).resolve().parent.parent.parent / "shared" / "seeds"

_FIELDS = ["livestream", "warehouse", "content", "customer care", "marketplace", "growth", "brand", "catalogue"]
_HEADS = ["assistant", "specialist", "supervisor", "manager", "director", "analyst", "coordinator", "designer"]
_KNOWN = [
    "pre-sales customer service",
    "after-sales customer service",
    "operations assistant",
    "operation assistants",
    "store manager",
    "operations director",
    "product manager",
    "senior operator",
    "customer service supervisor",
]
_SKILLS = [
    "data analysis",
    "keyword research",
    "inventory forecasting",
    "copywriting",
    "team scheduling",
    "SEO",
    "shift planning",
    "supplier negotiation",
    "photo retouching",
    "live comment handling",
    "traffic purchasing",
    "report writing",
]
_FILLER = [
    "The industry has changed a great deal over the last decade and competition keeps growing.",
    "Many small shops now sell on several platforms at once, which makes the daily work busier.",
    "Training budgets vary from company to company, so ask about them during the interview.",
    "Good communication with other teams often matters as much as technical skill.",
    "Seasonal peaks such as the November shopping festival bring long hours and overtime.",
    "Some people prefer a large company for stability while others like the pace of a start-up.",
]


def _title(rng: random.Random) -> str:
    if rng.random() < 0.35:
        return rng.choice(_KNOWN)
    return f"{rng.choice(_FIELDS)} {rng.choice(_HEADS)}"


def _paragraph(rng: random.Random) -> str:
    kind = rng.randrange(6)
    if kind == 0:
        rungs = [_title(rng) for _ in range(rng.randint(3, 5))]
        sep = rng.choice([", ", " → ", "、"])
        return f"The usual career route is {sep.join(rungs)}."
    if kind == 1:
        skills = rng.sample(_SKILLS, 3)
        return f"A {_title(rng)} must be able to handle {skills[0]}, {skills[1]} and {skills[2]}."
    if kind == 2:
        low = rng.randrange(3, 15) * 1000
        return f"A {_title(rng)} earns between {low:,} and {low + 4000:,} yuan a month."
    if kind == 3:
        return f"A {_title(rng)} grows into a {_title(rng)} in {rng.randint(1, 3)} to {rng.randint(4, 5)} years."
    if kind == 4:
        return f"The {_title(rng)} is responsible for {rng.choice(_SKILLS)}，{rng.choice(_SKILLS)}。"
    return " ".join(rng.sample(_FILLER, 3))


def generate(count: int, seed: int = 7, size: int = 5000) -> list[str]:
    """``count`` documents of about ``size`` characters each."""
    rng = random.Random(seed)
    docs = []
    for _ in range(count):
        parts: list[str] = [f"Careers in {rng.choice(_FIELDS)} e-commerce"]
        while sum(len(p) + 2 for p in parts) < size:
            parts.append(" ".join(_paragraph(rng) for _ in range(rng.randint(2, 5))))
        docs.append("\n\n".join(parts))
    return docs


class _Clock:
    """CPU and wall-clock seconds of a ``with`` block."""

    cpu = 0.0
    wall = 0.0

    def __enter__(self) -> _Clock:
        self._cpu, self._wall = time.process_time(), time.perf_counter()
        return self

    def __exit__(self, *exc: object) -> None:
        self.cpu = time.process_time() - self._cpu
        self.wall = time.perf_counter() - self._wall

    def line(self, megabytes: float) -> str:
        return f"{self.cpu:6.2f} s  {megabytes / self.cpu:6.2f} MB/s  (wall {self.wall:.2f} s)"


def _count(facts: DocumentFacts) -> int:
    return len(facts.transitions) + len(facts.requires) + len(facts.salaries)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=1000, help="number of documents (default 1000)")
    parser.add_argument("--seed", type=int, default=7, help="random seed (default 7)")
    parser.add_argument(
        "--workers", type=int, default=os.cpu_count() or 1, help="processes for the parallel load (default: CPUs)"
    )
    args = parser.parse_args(argv)

    docs = generate(args.docs, args.seed)
    megabytes = sum(len(d.encode("utf-8")) for d in docs) / 1e6
    print(f"{len(docs)} documents, {megabytes:.2f} MB")
    print(f"text loader: {'compiled (mypyc, setup.py)' if COMPILED_IN_USE else 'pure Python'}")

    bare = spacy.blank("en")
    with _Clock() as floor:
        tokens = sum(len(bare.make_doc(d)) for d in docs)
    print(f"spaCy bare tokenisation: {floor.line(megabytes)}  ({tokens:,} tokens)")

    vocab = default_vocabulary()
    with _Clock() as extract:  # each document's facts counted, then let go (a streaming reader)
        found = sum(_count(extract_facts(vocab, f"doc{i:04d}.txt", d)) for i, d in enumerate(docs))
    print(f"loader extraction:       {extract.line(megabytes)}  ({found:,} transitions, requirements and salaries)")

    with tempfile.TemporaryDirectory() as folder:
        for i, d in enumerate(docs):
            (Path(folder) / f"doc{i:04d}.txt").write_text(d, encoding="utf-8")
        with _Clock() as whole:
            result = load_documents([folder], kb=True)
        graph = result.graph
        print(
            f"files -> merged graph:   {whole.line(megabytes)}  "
            f"({graph.number_of_nodes():,} nodes, {graph.number_of_edges():,} edges)"
        )
        if args.workers > 1:  # the work is in the child processes: wall-clock time is what counts
            with _Clock() as parallel:
                spread = load_documents([folder], kb=True, workers=args.workers)
            same = sorted(spread.graph.edges(keys=True)) == sorted(graph.edges(keys=True))
            print(
                f"the same, {args.workers} processes: {parallel.wall:6.2f} s wall  "
                f"{megabytes / parallel.wall:6.2f} MB/s  ({whole.wall / parallel.wall:.2f}x as fast as one process; "
                f"{'same' if same else 'DIFFERENT'} graph)"
            )
    print(f"ratio to the floor: extraction {extract.cpu / floor.cpu:.1f}x, files -> graph {whole.cpu / floor.cpu:.1f}x")

    if SEEDS.is_dir():  # real articles are sparser in roles and skills than the generated ones
        articles = [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))] * 40
        size = sum(len(a.encode("utf-8")) for a in articles) / 1e6
        with _Clock() as real:
            for i, article in enumerate(articles):
                extract_facts(vocab, f"seed{i:04d}.txt", article)
        with _Clock() as real_floor:
            for article in articles:
                bare.make_doc(article)
        print(
            f"the five seed articles x40 ({size:.2f} MB): extraction {real.line(size)}, "
            f"{real.cpu / real_floor.cpu:.0f}x the floor"
        )
    _memory(vocab, args.seed)
    return 0


def _memory(vocab: Vocabulary, seed: int) -> None:
    """Print the traced peak and the growth of the resident peak while one document is read."""
    extract_facts(vocab, "warm.txt", "\n\n".join(generate(2, seed=seed)))  # tables and models loaded once first
    print("memory per document (one document read at a time):")
    for size in (10_000, 100_000, 1_000_000):
        text = "\n\n".join(generate(max(1, size // 5000), seed=seed))[:size]
        before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        tracemalloc.start()
        facts = extract_facts(vocab, "memory.txt", text)
        kept, peak = tracemalloc.get_traced_memory()  # kept: what the facts read still hold
        tracemalloc.stop()
        grown = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before  # KiB on Linux
        print(
            f"  {len(text.encode('utf-8')) / 1e3:7.0f} KB: traced peak {peak / 2**20:6.1f} MiB, of it the facts "
            f"{kept / 2**20:5.1f} MiB and the reading {(peak - kept) / 2**20:5.1f} MiB; "
            f"resident peak grew {grown / 1024:5.1f} MiB  ({_count(facts):,} facts)"
        )


if __name__ == "__main__":
    sys.exit(main())
