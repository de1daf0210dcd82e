"""Could a learned line reader find the requirement lines the rules leave unread? An experiment, not a loader.

The hand-written rules of the text loader raise each development set they are written from, and barely move the
held-out sets (docs/text-quality.md, stop 29). This script measures a different way at the level of lines: it
cuts every page of the corpus sets into sentences (a line, cut again at sentence ends), labels a sentence as
stating a requirement when it holds the name or an alias of a skill the page's reference links to a role, and
trains a logistic regression on words, word pairs and a few shapes of the sentence (length, a list marker, Chinese,
a closing colon) on the development sets only. It then prints, for the held-out sets together and for each
development set left out of training in turn:

* how many of the stating sentences the loader reads for a link (a link's quote overlaps them), and at what
  precision;
* how many the classifier flags at a few thresholds, and how many of those the loader left unread.

Only aggregate counts are printed, so it may run on held-out sets.

``--write PATH`` trains the model on every development set here and writes it (the loader's rule
requirements.learned reads ``loaders/data/sentence_reader.tsv``). ``--loader`` measures that rule in the loader on
the development sets only: each set left out of training in turn, read with the rule off and at each threshold,
with and without the parser's noun phrases as a fallback, and the sets pooled.
Run: ``.venv/bin/python benchmarks/line_reader.py [--loader | --write PATH]`` (the sets present beside the
repository; see text_quality.py).
"""

from __future__ import annotations

import argparse
import dataclasses
import functools
import math
import re
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from scipy.optimize import minimize
from scipy.sparse import csr_matrix, hstack

sys.path.insert(0, str(Path(__file__).resolve().parent))
from text_quality import UNSEEN, DocumentSet, document_sets

from careergraph.loaders import text_extract
from careergraph.loaders.text import load_documents
from careergraph.loaders.text_learned import SHAPES, SentenceModel, sentence_model, sentence_shape, sentence_terms
from careergraph.loaders.text_quality import Score, compare

DEVELOPMENT = ("dev", "fresh11", "fresh14", "fresh15", "fresh16", "fresh20")
HELD_OUT = ("test", "fresh17", "fresh18", "fresh19")
THRESHOLDS = (0.5, 0.6, 0.7)
_SENTENCE = re.compile(r"[^.!?。！？；;]+[.!?。！？；;]?")


@dataclass
class Sentence:
    text: str
    states: bool  # holds a skill the reference links to a role
    read: bool  # a link's quote overlaps it


def sentences(docs: DocumentSet) -> list[Sentence]:
    """The set's sentences, labelled from its reference and from what the loader read."""
    graph, ref = load_documents(docs.files, kb=False, disabled={"requirements.learned"}).graph, docs.reference
    quotes: dict[str, list[tuple[int, int]]] = {}
    for _, _, data in graph.edges(data=True):
        if data.get("type") == "REQUIRES":
            for ev in data.get("evidence", []):
                quotes.setdefault(ev["doc"], []).append((ev["start"], ev["end"]))
    names: dict[str, set[str]] = {}
    for _, skill, data in ref.edges(data=True):
        if data.get("type") == "REQUIRES":
            node = ref.nodes[skill]
            forms = {f.lower() for f in [node.get("name", ""), *node.get("aliases", [])] if len(f) >= 3}
            for ev in data.get("evidence", []):
                names.setdefault(ev["doc"], set()).update(forms)
    out = []
    for path in docs.files:
        text = path.read_text(encoding="utf-8", errors="replace")
        for line in re.finditer(r"[^\n]+", text):
            for s in _SENTENCE.finditer(line.group()):
                lo, hi = line.start() + s.start(), line.start() + s.end()
                chunk = text[lo:hi].strip()
                if len(chunk) < 3:
                    continue
                low = chunk.lower()
                states = any(f in low for f in names.get(path.name, ()))
                read = any(a < hi and lo < b for a, b in quotes.get(path.name, []))
                out.append(Sentence(chunk, states, read))
    return out


class Model:
    """An L2 logistic regression with balanced classes on a sentence's terms (:func:`sentence_terms`, each present
    term counted once, scaled to length one) and its shape (:func:`sentence_shape`); terms seen in fewer than two
    training sentences are left out."""

    def fit(self, rows: list[Sentence], trained_on: tuple[str, ...] = (), threshold: float = 0.5) -> SentenceModel:
        df = Counter(t for r in rows for t in set(sentence_terms(r.text)))
        vocab = sorted(t for t, n in df.items() if n >= 2)
        index = {t: i for i, t in enumerate(vocab)}
        x, y = _matrix(rows, index), np.array([r.states for r in rows], float)
        weight = np.where(y == 1, len(y) / (2 * max(1.0, y.sum())), len(y) / (2 * max(1.0, len(y) - y.sum())))

        def loss(w: np.ndarray) -> tuple[float, np.ndarray]:
            z = x @ w[:-1] + w[-1]
            p = 1 / (1 + np.exp(-z))
            eps = 1e-12
            value = -(weight * (y * np.log(p + eps) + (1 - y) * np.log(1 - p + eps))).sum() + 0.25 * w[:-1] @ w[:-1]
            g = weight * (p - y)
            return float(value), np.append(x.T @ g + 0.5 * w[:-1], g.sum())

        w = minimize(loss, np.zeros(x.shape[1] + 1), jac=True, method="L-BFGS-B").x
        weights = {t: round(float(w[i]), 4) for t, i in index.items()}
        shape = tuple(round(float(v), 5) for v in w[len(index) : len(index) + len(SHAPES)])
        return SentenceModel(weights, shape, round(float(w[-1]), 5), threshold, trained_on)


def _matrix(rows: list[Sentence], index: dict[str, int]) -> csr_matrix:
    data: list[float] = []
    cols: list[int] = []
    ptr = [0]
    for r in rows:
        present = sorted({index[t] for t in sentence_terms(r.text) if t in index})
        cols += present
        data += [1 / math.sqrt(max(1, len(present)))] * len(present)
        ptr.append(len(cols))
    words = csr_matrix((data, cols, ptr), shape=(len(rows), len(index)))
    return hstack([words, csr_matrix(np.array([sentence_shape(r.text) for r in rows]))]).tocsr()


def scores(model: SentenceModel, rows: list[Sentence]) -> np.ndarray:
    return np.array([model.score(r.text) for r in rows])


def report(label: str, rows: list[Sentence], scores: np.ndarray) -> None:
    states = np.array([r.states for r in rows])
    read = np.array([r.read for r in rows])
    unread = states & ~read
    print(f"== {label}: {len(rows)} sentences, {states.sum()} stating a linked skill, {unread.sum()} of them unread")
    print(
        f"  loader reads for a link: recall {(read & states).sum() / max(1, states.sum()):.1%}, "
        f"precision {(read & states).sum() / max(1, read.sum()):.1%}"
    )
    for th in THRESHOLDS:
        flag = scores >= th
        both = flag | read
        print(
            f"  classifier >= {th}: recall {(flag & states).sum() / max(1, states.sum()):.1%}, precision "
            f"{(flag & states).sum() / max(1, flag.sum()):.1%}; with the loader: recall "
            f"{(both & states).sum() / max(1, states.sum()):.1%}, precision "
            f"{(both & states).sum() / max(1, both.sum()):.1%}; flags {(flag & unread).sum()} of the unread"
        )


def _links(docs: DocumentSet, disabled: set[str]) -> Score:
    graph = load_documents(docs.files, kb=False, disabled=disabled, workers=1).graph
    return next(s for s in compare(graph, docs.reference, docs=docs.salary_docs) if s.name == "role->skill links")


def loader_report(sets: dict[str, DocumentSet], dev: dict[str, list[Sentence]], thresholds: list[float]) -> None:
    """Each development set left out of training in turn, read by the loader with rule requirements.learned off
    and with the model trained on the others at each threshold (and with the parser's phrases as a fallback):
    its link recall and precision, and the sets pooled."""
    pooled: dict[str, list[int]] = {}
    for out in dev:
        model = Model().fit([s for n, rows in dev.items() if n != out for s in rows])
        base = _links(sets[out], {"requirements.learned"})
        row = [f"{out}: off {base.recall:.1%} ({base.precision:.1%})"]
        pooled.setdefault("off", [0, 0, 0])
        for i, v in enumerate((base.found, base.expected, base.extracted)):
            pooled["off"][i] += v
        for phrases in (False, True):
            for th in thresholds:
                text_extract.sentence_model = functools.partial(dataclasses.replace, model, threshold=th)
                text_extract._LEARNED_PHRASES = phrases
                try:
                    got = _links(sets[out], set())
                finally:
                    text_extract.sentence_model = sentence_model
                    text_extract._LEARNED_PHRASES = False
                label = f"{th}{' +phrases' if phrases else ''}"
                row.append(f"{label}: {got.recall:.1%} ({got.precision:.1%})")
                counts = pooled.setdefault(label, [0, 0, 0])
                for i, v in enumerate((got.found, got.expected, got.extracted)):
                    counts[i] += v
        print(" | ".join(row))
    for label, (found, expected, extracted) in pooled.items():
        recall, precision = found / max(1, expected), found / max(1, extracted)
        f1 = 2 * recall * precision / max(1e-9, recall + precision)
        print(
            f"pooled, {label}: recall {recall:.1%} ({found}/{expected}), precision {precision:.1%} "
            f"({found}/{extracted}), F1 {f1:.3f}"
        )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--write", metavar="PATH", help="train on every development set here and write the model")
    parser.add_argument("--threshold", type=float, default=0.6, help="the score the written model reads from")
    parser.add_argument("--no-held-out", action="store_true", help="leave the held-out sets out of the report")
    parser.add_argument(
        "--loader", action="store_true", help="measure rule requirements.learned in the loader, development sets only"
    )
    args = parser.parse_args(argv)
    names = set(DEVELOPMENT) | (set() if args.no_held_out or args.loader else set(HELD_OUT))
    sets = {d.name.removeprefix("corpus "): d for d in document_sets(names)}
    dev = {n: sentences(sets[n]) for n in DEVELOPMENT if n in sets}
    if not dev:
        print("no development set here (../shared/corpus and ../freshN-corpus)", file=sys.stderr)
        return 1
    if args.write:
        trained = tuple(n for n in DEVELOPMENT if n in dev)
        model = Model().fit([s for rows in dev.values() for s in rows], trained, args.threshold)
        model.write(args.write)
        print(f"wrote {args.write}: {len(model.weights)} terms, trained on {', '.join(trained)}")
        return 0
    if args.loader:
        loader_report(sets, dev, [0.5, 0.6, 0.7, 0.8, 0.9])
        return 0
    held = [s for n in HELD_OUT if n in sets and f"corpus {n}" in UNSEEN for s in sentences(sets[n])]
    for out in dev:  # each development set left out of training in turn, its scores pooled
        train = [s for n, rows in dev.items() if n != out for s in rows]
        report(f"development set {out}, left out of training", dev[out], scores(Model().fit(train), dev[out]))
    if held:
        model = Model().fit([s for rows in dev.values() for s in rows])
        label = "held-out sets together (" + ", ".join(n for n in HELD_OUT if n in sets) + ")"
        report(label, held, scores(model, held))
    return 0


if __name__ == "__main__":
    sys.exit(main())
