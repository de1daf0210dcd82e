"""A learned line reader: how likely a line no rule read is to state what the page's role needs or does.

The hand-written rules read a requirement where a cue, a known heading or a marked list tells them to. Many pages
state a post's duties in lines that have none of those: a run of short unmarked lines under a heading the rules do
not know ("What your day looks like" / "Greet guests" / "Seat parties" / ...), or a sentence with no cue word. The
loader asks this model about such a line (rule ``requirements.learned``, only on lines no rule read a requirement
from, under a role) and, at or above the model's threshold, reads it as an item of a requirements list.

The model is a logistic regression on the line's words and pairs of words, and on its context: the words of the
open section's heading and of a label line just above it, the kind of section, the line's length and kind, whether
the lines beside it have the same shape (a run of short lines is an unmarked list), whether it opens with a verb
of duty and whether the page has a subject role. It is trained from the development sets' references by
``benchmarks/line_reader.py --write``: a line is labelled by whether reading it adds links the page's reference
holds. Only words, pairs of words and context features are kept with their weights; no line of any page is.

Examples
--------
>>> ctx = LineContext("Greet guests at the door", "What your day looks like", None, "Seat parties",
...                   "Take orders", True, True, True, True, "text")
>>> sorted(t for t in line_terms(ctx)[1] if t.startswith(("run", "len", "verb")))
['len:short', 'run', 'verb']
>>> 0.0 <= LineModel({}, 0.0, 0.5, 0.9).score(ctx) <= 1.0
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
from typing import NamedTuple

__all__ = ["LineContext", "LineModel", "line_model", "line_terms", "line_words", "name_terms"]

#: a word of letters and digits (apostrophes kept), or one Chinese character
_TOKEN = re.compile(r"[a-z0-9']+|[\u4e00-\u9fff]")
#: a list marker opening a line: a bullet, or a number with a stop or bracket after it
_MARKER = re.compile(r"^\s*([-*•·▪●◦–—✔✓➤►■◆]|\d+[.)、])")
_WORD = re.compile(r"[A-Za-z']+")
_HAN = re.compile(r"[\u4e00-\u9fff]")
#: the most words of a short line, and of a mid-length one
SHORT, MID = 8, 20
#: the most words of a heading's or label's read for the context
_HEADING_WORDS = 8


class LineContext(NamedTuple):
    """What the model reads of a line: its text, the open section's heading (None: none), the section's kind, the
    previous and next lines with words (None: none), whether each is the line right beside it (no blank line
    between), whether the line opens with a verb of duty, whether the page has a subject role, and the line's kind
    (``text``, ``item``, ``heading``)."""

    text: str
    heading: str | None
    section: str | None
    prev: str | None
    next: str | None
    prev_next_to: bool
    next_next_to: bool
    verb: bool
    subject: bool
    kind: str


def line_words(text: str) -> int:
    """How many words a line holds (a Chinese character counts as half a word).

    >>> line_words("- Greet guests"), line_words("负责店铺运营")
    (2, 3)
    """
    n = len(_WORD.findall(text))
    return n if text.isascii() else n + len(_HAN.findall(text)) // 2


def _shape(text: str | None) -> str:
    if text is None:
        return "none"
    if _MARKER.match(text):
        return "marker"
    t = text.rstrip()
    if t.endswith((":", "：")):
        return "colon"
    n = line_words(t)
    if n <= SHORT and not t.endswith((".", "。")):
        return "short"
    return "mid" if n <= MID else "long"


def line_terms(ctx: LineContext) -> tuple[list[str], list[str]]:
    """The terms the model reads: the line's words and word pairs, and its context features.

    >>> ctx = LineContext("Seat parties", None, None, None, None, False, False, False, False, "text")
    >>> line_terms(ctx)
    (['seat', 'parties', 'seat parties'], ['len:short', 'kind:text', 'p:none', 'n:none', 'sec:none'])
    """
    words = _TOKEN.findall(ctx.text.lower())
    terms = words + [f"{a} {b}" for a, b in itertools.pairwise(words)]
    n = line_words(ctx.text)
    size = "short" if n <= SHORT else "mid" if n <= MID else "long"
    shape, prev, nxt = _shape(ctx.text), _shape(ctx.prev), _shape(ctx.next)
    out = [f"len:{size}", f"kind:{ctx.kind}", f"p:{prev}", f"n:{nxt}"]
    if shape == "marker":
        out.append("marker")
    if _HAN.search(ctx.text):
        out.append("chinese")
    if ctx.text.rstrip().endswith((".", "。")):
        out.append("stop")
    if ctx.prev_next_to:
        out.append("p:next-to")
    if ctx.next_next_to:
        out.append("n:next-to")
    if shape == "short" and prev in {"short", "colon"} and nxt == "short":
        out.append("run")  # a run of short unmarked lines: an unmarked list
    elif prev == shape or nxt == shape:
        out.append("same")
    if ctx.verb:
        out.append("verb")
        out.append(f"verb:{size}")
    if ctx.subject:
        out.append("subj")
    out.append(f"sec:{ctx.section or 'none'}")
    if ctx.heading:
        out += [f"h:{w}" for w in _TOKEN.findall(ctx.heading.lower())[:_HEADING_WORDS]]
    if prev == "colon" and ctx.prev:
        out += [f"l:{w}" for w in _TOKEN.findall(ctx.prev.lower())[:_HEADING_WORDS]]
    return terms, out


def name_terms(name: str, line: str) -> list[str]:
    """The features of a skill the item reader named from a line: its words, how many, whether it opens with a word
    in -ing, holds "and" or "of", and is written as the line writes it.

    >>> name_terms("Receiving signatures", "Receiving signatures on delivery")
    ['k:receiving', 'k:signatures', 'k:n2', 'k:ing', 'k:verbatim']
    """
    words = _TOKEN.findall(name.lower())
    out = [f"k:{w}" for w in words] + [f"k:n{min(len(words), 5)}"]
    if words and words[0].endswith("ing"):
        out.append("k:ing")
    if "and" in words:
        out.append("k:and")
    if "of" in words:
        out.append("k:of")
    if name.lower() in line.lower():
        out.append("k:verbatim")
    return out


@dataclass(frozen=True)
class LineModel:
    """Weights of a logistic regression on a line's terms (:func:`line_terms`; the word terms count once each and
    are scaled by one over the square root of how many the model knows, the context features count one each), the
    score from which the loader reads a line of up to :data:`MID` words (``threshold``) and a longer one
    (``long_threshold``)."""

    weights: dict[str, float]
    bias: float
    threshold: float
    long_threshold: float
    trained_on: tuple[str, ...] = field(default=())

    def score(self, ctx: LineContext, name: str | None = None) -> float:
        """The probability the model gives that the skill ``name`` the item reader named from the line is one its
        page's reference links (without a name: that the line states one)."""
        terms, context = line_terms(ctx)
        if name is not None:
            context += name_terms(name, ctx.text)
        get = self.weights.get
        known = [w for t in set(terms) if (w := get(t)) is not None]
        z = self.bias + (sum(known) / math.sqrt(len(known)) if known else 0.0)
        z += sum(get(t, 0.0) for t in context)
        if z < -30:
            return 0.0
        return 1.0 / (1.0 + math.exp(-z))

    @property
    def reads_any(self) -> bool:
        """Whether the model reads any line (a threshold not above one)."""
        return min(self.threshold, self.long_threshold) <= 1.0

    def reads(self, ctx: LineContext) -> bool:
        """Whether the loader reads the line at all: the threshold for its length is not above one."""
        return (self.threshold if line_words(ctx.text) <= MID else self.long_threshold) <= 1.0

    def flags(self, ctx: LineContext) -> bool:
        """Whether the line's own score (no skill named yet) reaches the threshold for its length."""
        limit = self.threshold if line_words(ctx.text) <= MID else self.long_threshold
        return limit <= 1.0 and self.score(ctx) >= limit

    def keeps(self, ctx: LineContext, name: str) -> bool:
        """Whether the loader keeps the skill ``name`` read from the line: its score reaches the threshold for the
        line's length."""
        limit = self.threshold if line_words(ctx.text) <= MID else self.long_threshold
        return limit <= 1.0 and self.score(ctx, name) >= limit

    def write(self, path: str | Path) -> None:
        """Write the model as text: a header of ``#`` lines, then one ``term<TAB>weight`` line per term."""
        lines = [
            "# careergraph line reader (see careergraph.loaders.text_learned); trained on: "
            + ", ".join(self.trained_on),
            f"#threshold\t{self.threshold:.3f}",
            f"#long-threshold\t{self.long_threshold:.3f}",
            f"#bias\t{self.bias:.4f}",
            *(f"{t}\t{w:.4f}" for t, w in sorted(self.weights.items()) if abs(w) >= 0.005),
        ]
        Path(path).write_text("\n".join(lines) + "\n", encoding="utf-8")

    @classmethod
    def read(cls, text: str) -> LineModel:
        """The model written by :meth:`write`.

        >>> m = LineModel.read("#threshold\\t0.6\\n#long-threshold\\t0.9\\n#bias\\t-1\\nlen:short\\t2.0\\n")
        >>> ctx = LineContext("Seat parties", None, None, None, None, False, False, False, False, "text")
        >>> round(m.score(ctx), 3), m.threshold
        (0.731, 0.6)
        """
        weights: dict[str, float] = {}
        bias, threshold, long_threshold = 0.0, 0.5, 1.1
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
            elif key == "#long-threshold":
                long_threshold = float(value)
            elif key == "#bias":
                bias = float(value)
            elif not key.startswith("#"):
                weights[key] = float(value)
        return cls(weights, bias, threshold, long_threshold, trained)


#: the model shipped with the package
MODEL_FILE = "line_reader.tsv"


@functools.lru_cache(maxsize=1)
def line_model() -> LineModel:
    """The line reader shipped with the package (read once)."""
    text = resources.files("careergraph.loaders.data").joinpath(MODEL_FILE).read_text(encoding="utf-8")
    return LineModel.read(text)
