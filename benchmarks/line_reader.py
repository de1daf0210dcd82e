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

Only aggregate counts are printed, so it may run on held-out sets (``--no-held-out`` leaves them out).

``--loader`` measures the loader's rule requirements.learned (careergraph.loaders.text_learned) on the development
sets only: the loader reads every set once with every skill the rule names kept (text_extract's probe), so that
the links each line adds are known, and with the context of every line the rule is or would be asked about; then,
each development set left out of training in turn, a model is trained on the others' lines (``--label lines``: a
line is positive when it holds the name of a skill its page's reference links; ``--label named``: each skill the
rule named, positive when the reference holds the link) and the left-out set's links are counted as the loader
gives them when it keeps only what the model scores at least a threshold, for a few thresholds, and pooled.
``--write PATH`` trains on every development set and
writes the model the loader reads (``loaders/data/line_reader.tsv``).
Run: ``.venv/bin/python benchmarks/line_reader.py [--no-held-out] [--loader | --write PATH]``.
"""

from __future__ import annotations

import argparse
import dataclasses
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

from careergraph.loaders import text_extract
from careergraph.loaders.text import load_documents
from careergraph.loaders.text_learned import MID, LineContext, LineModel, line_terms, line_words, name_terms
from careergraph.loaders.text_quality import _matcher

DEVELOPMENT = (
    "dev", "fresh10", "fresh11", "fresh12", "fresh13", "fresh14", "fresh15", "fresh16", "fresh20", "fresh24",
    "fresh25", "fresh27", "fresh29", "fresh31",
)
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
    graph = load_documents(docs.files, kb=False, disabled={"requirements.learned"}).graph
    ref = docs.reference
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


@dataclass
class Probed:
    """One set read with every skill requirements.learned names kept: the links the rules gave (each as its
    reference's edge, ``None`` when the reference lacks it, and as the loader's edge), each skill the rule named
    (the context of its line, the skill's name, the edge as the reference's or ``None``, the loader's edge), and how
    many links the reference holds."""

    base: list[tuple[str | None, str]]
    named: list[tuple[LineContext, str, str | None, str]]
    expected: int
    #: every line the rule is or would be asked about, whether it holds the name of a skill its page's reference
    #: links to a role, and whether a rule read it
    lines: list[tuple[LineContext, bool, bool]]


def probe(docs: DocumentSet) -> Probed:
    text_extract._LEARNED_PROBE = named = []
    text_extract._LEARNED_LINE_PROBE = lines = []
    try:
        graph = load_documents(docs.files, kb=False, workers=1).graph
    finally:
        text_extract._LEARNED_PROBE = text_extract._LEARNED_LINE_PROBE = None
    ref = docs.reference
    to = _matcher(ref, graph)
    wanted = {f"{u} -> {v}" for u, v, key in ref.edges(keys=True) if key == "REQUIRES"}
    spans: dict[str, list[tuple[int, int]]] = {}
    for doc, lo, hi, *_ in named:
        spans.setdefault(doc, []).append((lo, hi))
    base = []
    for u, v, key, data in graph.edges(keys=True, data=True):
        if key != "REQUIRES":
            continue
        edge = f"{to[u]} -> {to[v]}"
        if any(not any(lo <= ev["start"] < hi for lo, hi in spans.get(ev["doc"], ())) for ev in data["evidence"]):
            base.append((edge if edge in wanted else None, edge))
    out = []
    for _doc, _lo, _hi, ctx, role, skill, name in named:
        if role in to and skill in to:
            edge = f"{to[role]} -> {to[skill]}"
            out.append((ctx, name, edge if edge in wanted else None, edge))
    names: dict[str, set[str]] = {}
    for _, skill, key, data in ref.edges(keys=True, data=True):
        if key == "REQUIRES":
            node = ref.nodes[skill]
            forms = {f.lower() for f in [node.get("name", ""), *node.get("aliases", [])] if len(f) >= 3}
            for ev in data.get("evidence", []):
                names.setdefault(ev["doc"], set()).update(forms)
    states = [
        (ctx, any(f in ctx.text.lower() for f in names.get(doc, ())), read) for doc, _, _, ctx, read in lines
    ]
    return Probed(base, out, len(wanted), states)


def links_read(p: Probed, chosen: set[int]) -> tuple[int, int, int]:
    """Found, expected and extracted links of a probed set when the loader keeps only the ``chosen`` skills the
    rule named."""
    got = {edge for _, edge in p.base} | {p.named[i][3] for i in chosen}
    right = {edge for edge, _ in p.base if edge} | {p.named[i][2] for i in chosen if p.named[i][2]}
    return len(right), p.expected, len(got)


def fit_lines(
    rows: list[tuple[LineContext, str | None, float]], trained_on: tuple[str, ...] = (), c: float = 1.0
) -> LineModel:
    """An L2 logistic regression on each named skill's line terms (text_learned.line_terms) and its name's
    (text_learned.name_terms), as LineModel scores. Terms seen in fewer than two rows are left out."""
    terms = []
    for ctx, name, _ in rows:
        words, context = line_terms(ctx)
        terms.append((words, context + (name_terms(name, ctx.text) if name is not None else [])))
    df = Counter(t for words, context in terms for t in {*words, *context})
    index = {t: i for i, t in enumerate(sorted(t for t, n in df.items() if n >= 2))}
    data: list[float] = []
    cols: list[int] = []
    ptr = [0]
    for words, context in terms:
        present = sorted({index[t] for t in words if t in index})
        cols += present
        data += [1 / math.sqrt(max(1, len(present)))] * len(present)
        extra = sorted({index[t] for t in context if t in index} - set(present))
        cols += extra
        data += [1.0] * len(extra)
        ptr.append(len(cols))
    x = csr_matrix((data, cols, ptr), shape=(len(rows), len(index)))
    y = np.array([label for *_, label in rows], float)
    pos = max(1.0, y.sum())
    weight = np.where(y > 0, len(y) / (2 * pos), len(y) / (2 * max(1.0, len(y) - pos)))

    def loss(w: np.ndarray) -> tuple[float, np.ndarray]:
        z = x @ w[:-1] + w[-1]
        p = 1 / (1 + np.exp(-z))
        eps = 1e-12
        value = -(weight * (y * np.log(p + eps) + (1 - y) * np.log(1 - p + eps))).sum() + 0.5 / c * w[:-1] @ w[:-1]
        g = weight * (p - y)
        return float(value), np.append(x.T @ g + w[:-1] / c, g.sum())

    w = minimize(loss, np.zeros(x.shape[1] + 1), jac=True, method="L-BFGS-B").x
    weights = {t: round(float(w[i]), 4) for t, i in index.items()}
    return LineModel(weights, round(float(w[-1]), 4), 0.5, 1.1, trained_on)


#: what the model learns from: ``lines`` (every line the rule is or would be asked about, positive when it holds
#: the name of a skill its reference links) or ``named`` (each skill the rule names that the rules had not linked,
#: positive when its reference holds the link)
LABEL = "lines"


def _rows(p: Probed) -> list[tuple[LineContext, str | None, float]]:
    if LABEL == "lines":
        return [(ctx, None, float(states)) for ctx, states, _ in p.lines]
    base = {edge for _, edge in p.base}
    return [(ctx, name, float(right is not None)) for ctx, name, right, edge in p.named if edge not in base]


THRESHOLDS_LOADER = (0.5, 0.6, 0.7, 0.8, 0.9)
LONG_THRESHOLDS = (1.1, 0.9)


def loader_report(probed: dict[str, Probed], c: float = 1.0) -> None:
    """Each development set left out of training in turn; its links as the loader gives them with the rule off
    and at each threshold; and the sets pooled."""
    pooled: dict[str, list[int]] = {}
    for out, p in probed.items():
        model = fit_lines([row for n, q in probed.items() if n != out for row in _rows(q)], c=c)
        scores = [model.score(ctx, name) for ctx, name, _, _ in p.named]
        longs = [line_words(ctx.text) > MID for ctx, _, _, _ in p.named]
        row = []
        for long in LONG_THRESHOLDS:
            for th in (1.1, *THRESHOLDS_LOADER):
                if th > 1 and long < 1:
                    continue
                chosen = {i for i, s in enumerate(scores) if s >= (long if longs[i] else th)}
                counts = links_read(p, chosen)
                label = "off" if th > 1 else f"{th}" + ("" if long > 1 else f"/long {long}")
                acc = pooled.setdefault(label, [0, 0, 0])
                for i, v in enumerate(counts):
                    acc[i] += v
                row.append(f"{label} {counts[0]}/{counts[1]} ({counts[0] / max(1, counts[2]):.1%})")
        print(f"{out}: " + " | ".join(row))
    for label, (found, expected, extracted) in pooled.items():
        recall, precision = found / max(1, expected), found / max(1, extracted)
        f1 = 2 * recall * precision / max(1e-9, recall + precision)
        print(
            f"pooled, {label}: recall {recall:.1%} ({found}/{expected}), precision {precision:.1%} "
            f"({found}/{extracted}), F1 {f1:.3f}"
        )


def probed_sets(cache: str | None) -> dict[str, Probed]:
    if cache and Path(cache).exists():
        import pickle

        return pickle.loads(Path(cache).read_bytes())
    sets = {d.name.removeprefix("corpus "): d for d in document_sets(set(DEVELOPMENT))}
    probed = {n: probe(sets[n]) for n in DEVELOPMENT if n in sets}
    if cache:
        import pickle

        Path(cache).write_bytes(pickle.dumps(probed))
    return probed


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--no-held-out", action="store_true", help="leave the held-out sets out of the report")
    parser.add_argument("--loader", action="store_true", help="measure rule requirements.learned, development sets")
    parser.add_argument("--write", metavar="PATH", help="train on every development set and write the model")
    parser.add_argument("--threshold", type=float, default=0.8, help="the score the written model reads from")
    parser.add_argument("--long-threshold", type=float, default=1.1, help="the same for lines of over 20 words")
    parser.add_argument("--c", type=float, default=1.0, help="inverse strength of the L2 penalty")
    parser.add_argument("--label", choices=("lines", "named"), default=LABEL, help="what the model learns from")
    parser.add_argument("--cache", help="a file keeping the probed sets between runs (development sets only)")
    args = parser.parse_args(argv)
    globals()["LABEL"] = args.label
    if args.loader or args.write:
        probed = probed_sets(args.cache)
        if not probed:
            print("no development set here (../shared/corpus and ../freshN-corpus)", file=sys.stderr)
            return 1
        if args.write:
            model = fit_lines([row for p in probed.values() for row in _rows(p)], tuple(probed), c=args.c)
            model = dataclasses.replace(model, threshold=args.threshold, long_threshold=args.long_threshold)
            model.write(args.write)
            print(f"wrote {args.write}: {len(model.weights)} terms, trained on {', '.join(probed)}")
        else:
            loader_report(probed, c=args.c)
        return 0
    held_out = () if args.no_held_out else HELD_OUT
    sets = {d.name.removeprefix("corpus "): d for d in document_sets(set(DEVELOPMENT + held_out))}
    dev = {n: sentences(sets[n]) for n in DEVELOPMENT if n in sets}
    held = [s for n in held_out if n in sets for s in sentences(sets[n])]
    if not dev:
        print("no development set here (../shared/corpus and ../freshN-corpus)", file=sys.stderr)
        return 1
    for out in dev:  # each development set left out of training in turn, its scores pooled
        train = [s for n, rows in dev.items() if n != out for s in rows]
        report(f"development set {out}, left out of training", dev[out], Model().fit(train).scores(dev[out]))
    if held:
        model = Model().fit([s for rows in dev.values() for s in rows])
        report("held-out sets together (" + ", ".join(n for n in held_out if n in sets) + ")", held, model.scores(held))
    return 0


if __name__ == "__main__":
    sys.exit(main())
