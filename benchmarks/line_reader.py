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

Only aggregate counts are printed, so it may run on held-out sets. Nothing here changes what the loader extracts.
Run: ``.venv/bin/python benchmarks/line_reader.py`` (the sets present beside the repository; see text_quality.py).
"""

from __future__ import annotations

import itertools
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

from careergraph.loaders.text import load_documents

DEVELOPMENT = ("dev", "fresh11", "fresh14", "fresh15", "fresh16", "fresh20")
#: the held-out sets, named once (text_quality.UNSEEN): a new one is counted here as soon as it is held out there
HELD_OUT = tuple(sorted((name.removeprefix("corpus ") for name in UNSEEN), key=lambda n: (len(n), n)))
THRESHOLDS = (0.5, 0.6, 0.7)
_SENTENCE = re.compile(r"[^.!?。！？；;]+[.!?。！？；;]?")
_TOKEN = re.compile(r"[a-z0-9']+|[\u4e00-\u9fff]")
_MARKER = re.compile(r"^([-*•·▪●◦]|\d+[.)、])")


@dataclass
class Sentence:
    text: str
    states: bool  # holds a skill the reference links to a role
    read: bool  # a link's quote overlaps it


def sentences(docs: DocumentSet) -> list[Sentence]:
    """The set's sentences, labelled from its reference and from what the loader read."""
    graph, ref = load_documents(docs.files, kb=False).graph, docs.reference
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


def _terms(text: str) -> list[str]:
    words = _TOKEN.findall(text.lower())
    return words + [f"{a} {b}" for a, b in itertools.pairwise(words)]


def _shape(text: str) -> list[float]:
    n = len(re.findall(r"[A-Za-z']+", text))
    return [
        float(n <= 8),
        float(8 < n <= 20),
        float(n > 20),
        float(bool(_MARKER.match(text))),
        float(bool(re.search(r"[\u4e00-\u9fff]", text))),
        float(text.endswith((":", "："))),
    ]


class Model:
    """TF-IDF of words and word pairs plus shapes, and an L2 logistic regression with balanced classes."""

    def fit(self, rows: list[Sentence]) -> Model:
        df = Counter(t for r in rows for t in set(_terms(r.text)))
        vocab = sorted(t for t, n in df.items() if n >= 2)
        self.index = {t: i for i, t in enumerate(vocab)}
        self.idf = np.array([math.log((1 + len(rows)) / (1 + df[t])) + 1 for t in vocab])
        x, y = self._matrix(rows), np.array([r.states for r in rows], float)
        weight = np.where(y == 1, len(y) / (2 * max(1.0, y.sum())), len(y) / (2 * max(1.0, len(y) - y.sum())))

        def loss(w: np.ndarray) -> tuple[float, np.ndarray]:
            z = x @ w[:-1] + w[-1]
            p = 1 / (1 + np.exp(-z))
            eps = 1e-12
            value = -(weight * (y * np.log(p + eps) + (1 - y) * np.log(1 - p + eps))).sum() + 0.25 * w[:-1] @ w[:-1]
            g = weight * (p - y)
            return float(value), np.append(x.T @ g + 0.5 * w[:-1], g.sum())

        self.w = minimize(loss, np.zeros(x.shape[1] + 1), jac=True, method="L-BFGS-B").x
        return self

    def _matrix(self, rows: list[Sentence]) -> csr_matrix:
        data, cols, ptr = [], [], [0]
        for r in rows:
            counts = Counter(self.index[t] for t in _terms(r.text) if t in self.index)
            vals = {i: (1 + math.log(c)) * self.idf[i] for i, c in counts.items()}
            norm = math.sqrt(sum(v * v for v in vals.values())) or 1.0
            cols += list(vals)
            data += [v / norm for v in vals.values()]
            ptr.append(len(cols))
        words = csr_matrix((data, cols, ptr), shape=(len(rows), len(self.index)))
        return hstack([words, csr_matrix(np.array([_shape(r.text) for r in rows]))]).tocsr()

    def scores(self, rows: list[Sentence]) -> np.ndarray:
        return 1 / (1 + np.exp(-(self._matrix(rows) @ self.w[:-1] + self.w[-1])))


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


def main() -> int:
    sets = {d.name.removeprefix("corpus "): d for d in document_sets(set(DEVELOPMENT + HELD_OUT))}
    dev = {n: sentences(sets[n]) for n in DEVELOPMENT if n in sets}
    held = [s for n in HELD_OUT if n in sets for s in sentences(sets[n])]
    if not dev:
        print("no development set here (../shared/corpus and ../freshN-corpus)", file=sys.stderr)
        return 1
    for out in dev:  # each development set left out of training in turn, its scores pooled
        train = [s for n, rows in dev.items() if n != out for s in rows]
        report(f"development set {out}, left out of training", dev[out], Model().fit(train).scores(dev[out]))
    if held:
        model = Model().fit([s for rows in dev.values() for s in rows])
        report("held-out sets together (" + ", ".join(n for n in HELD_OUT if n in sets) + ")", held, model.scores(held))
    return 0


if __name__ == "__main__":
    sys.exit(main())
