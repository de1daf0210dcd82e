"""A learned sentence reader: how likely a sentence is to state what a role needs, by its words.

The hand-written rules read a requirement where a cue, a heading or a list tells them to. Many pages state what a
post needs in lines that have none of those: a short line under a heading the rules do not know ("Excellent
phone manner"), or a sentence about the page's post without a cue word ("Great pickers stay calm when the orders
pile up"). This module scores such a sentence with a logistic regression on its words, its pairs of words and a
few shapes (length, a list marker, a closing colon). The weights are trained from the development sets'
references (``benchmarks/line_reader.py --write``): a sentence is labelled as stating a requirement when it holds
the name of a skill that the page's reference links to a role. Only words and pairs of words are kept, with their
weights; no sentence of any page is.

The loader asks the model only about sentences no rule read a requirement from, on a page or in a section that has
a role (rule ``requirements.learned``); the item reader of a requirements list then names the skills.

Examples
--------
>>> model = sentence_model()
>>> model.score("Excellent numeracy and a calm manner with customers") > model.score("Our hotel opened in 1998.")
True
>>> 0.0 <= model.score("") <= 1.0
True
"""

from __future__ import annotations

import functools
import itertools
import math
import re
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

__all__ = ["SentenceModel", "sentence_model", "sentence_shape", "sentence_terms"]

#: a word of letters and digits (apostrophes kept), or one Chinese character
_TOKEN = re.compile(r"[a-z0-9']+|[\u4e00-\u9fff]")
#: a list marker opening a line: a bullet, or a number with a stop or bracket after it
_MARKER = re.compile(r"^([-*•·▪●◦]|\d+[.)、])")
_WORD = re.compile(r"[A-Za-z']+")
_HAN = re.compile(r"[\u4e00-\u9fff]")
#: the names of the shape features, in the order of :func:`sentence_shape`
SHAPES = ("short", "medium", "long", "marker", "chinese", "colon")


def sentence_terms(text: str) -> list[str]:
    """The terms a sentence is scored on: its words in lower case and each pair of neighbouring words.

    >>> sentence_terms("Strong Excel skills")
    ['strong', 'excel', 'skills', 'strong excel', 'excel skills']
    """
    words = _TOKEN.findall(text.lower())
    return words + [f"{a} {b}" for a, b in itertools.pairwise(words)]


def sentence_shape(text: str) -> list[float]:
    """The shape features of a sentence, named by :data:`SHAPES`: up to 8 words, 9 to 20, more; opened by a list
    marker; holding Chinese; ending in a colon.

    >>> sentence_shape("- Forklift licence")
    [1.0, 0.0, 0.0, 1.0, 0.0, 0.0]
    """
    n = len(_WORD.findall(text))
    return [
        float(n <= 8),
        float(8 < n <= 20),
        float(n > 20),
        float(bool(_MARKER.match(text))),
        float(bool(_HAN.search(text))),
        float(text.endswith((":", "："))),
    ]


@dataclass(frozen=True)
class SentenceModel:
    """Weights of a logistic regression on a sentence's terms (each present term counts once, the vector scaled to
    length one over the terms the model knows) and on its shape features, and the score from which the loader
    reads a sentence (``threshold``)."""

    weights: dict[str, float]
    shape: tuple[float, ...]
    bias: float
    threshold: float
    trained_on: tuple[str, ...] = field(default=())

    def score(self, text: str) -> float:
        """The probability the model gives that ``text`` states a requirement of a role."""
        known = [self.weights[t] for t in set(sentence_terms(text)) if t in self.weights]
        z = self.bias + (sum(known) / math.sqrt(len(known)) if known else 0.0)
        z += sum(w * x for w, x in zip(self.shape, sentence_shape(text), strict=True))
        if z < -30:
            return 0.0
        return 1.0 / (1.0 + math.exp(-z))

    def write(self, path: str | Path) -> None:
        """Write the model as text: a header of ``#`` lines, then one ``term<TAB>weight`` line per term."""
        lines = [
            "# careergraph sentence reader (see careergraph.loaders.text_learned); trained on: "
            + ", ".join(self.trained_on),
            f"#threshold\t{self.threshold:.3f}",
            f"#bias\t{self.bias:.5f}",
            *(f"#shape {name}\t{w:.5f}" for name, w in zip(SHAPES, self.shape, strict=True)),
            *(f"{t}\t{w:.4f}" for t, w in sorted(self.weights.items())),
        ]
        Path(path).write_text("\n".join(lines) + "\n", encoding="utf-8")

    @classmethod
    def read(cls, text: str) -> SentenceModel:
        """The model written by :meth:`write`.

        >>> m = SentenceModel.read("#threshold\\t0.6\\n#bias\\t-1\\n#shape short\\t0.5\\nskills\\t2.0\\n")
        >>> round(m.score("skills"), 3), m.threshold
        (0.818, 0.6)
        """
        weights: dict[str, float] = {}
        shape = dict.fromkeys(SHAPES, 0.0)
        bias, threshold = 0.0, 0.5
        trained: tuple[str, ...] = ()
        for line in text.splitlines():
            if line.startswith("# careergraph") and "trained on:" in line:
                trained = tuple(s.strip() for s in line.split("trained on:", 1)[1].split(",") if s.strip())
                continue
            if not line.strip() or "\t" not in line:
                continue
            key, value = line.rsplit("\t", 1)
            if key == "#threshold":
                threshold = float(value)
            elif key == "#bias":
                bias = float(value)
            elif key.startswith("#shape "):
                shape[key.removeprefix("#shape ")] = float(value)
            elif not key.startswith("#"):
                weights[key] = float(value)
        return cls(weights, tuple(shape[n] for n in SHAPES), bias, threshold, trained)


#: the model shipped with the package
MODEL_FILE = "sentence_reader.tsv"


@functools.lru_cache(maxsize=1)
def sentence_model() -> SentenceModel:
    """The sentence reader shipped with the package (read once)."""
    text = resources.files("careergraph.loaders.data").joinpath(MODEL_FILE).read_text(encoding="utf-8")
    return SentenceModel.read(text)
