"""Derive careergraph's list of verbs of work from the official O*NET task statements.

Every O*NET task statement opens with the verb of the task in its base form ("Advise customers on
...", "Print shipping labels ..."), so the words that open task statements, across all ~900
occupations of every industry, are the verbs a job's duties are written with. Reads ``Task
Statements.txt`` (and the version from ``Read Me.txt``) of an O*NET database download and writes
``loaders/data/duty_verbs.txt``, and beside it ``duty_verbs_ambiguous.txt``. Run from the repository root::

    python tools/duty_verbs.py ../shared/taxonomy/onet-29.2 -o loaders/data/duty_verbs.txt

Which words are kept: those opening at least ``OPEN_THRESHOLD`` statements, of three letters or
more, not adverbs ("visually"), and never used as a noun in the statements: a word that follows an
article or possessive ("the report", "a plan") even once, or a preposition ("for review", "in
place") at least ``PREPOSITION_THRESHOLD`` times, is as often a noun and left out, since at the
start of a line it could name a thing ("Pay brackets vary ..."). Everything is lower-cased.

The words left out so that open at least ``AMBIGUOUS_THRESHOLD`` statements ("Order supplies", "Direct the
crew", "Pay invoices") are verbs of work as often as nouns: they go to ``duty_verbs_ambiguous.txt``, which the
loader reads as verbs only where no noun can stand (after a role that does the work, "the porter orders the
stock"; after "to"; before a determiner).

The output depends only on the files' content (sorted, no dates), so the test suite regenerates it
and checks it equals the shipped file.
"""

from __future__ import annotations

import argparse
import csv
import itertools
import re
import sys
from collections import Counter
from pathlib import Path

from careergraph.graph.files import GraphFileError, atomic_write

__all__ = [
    "AMBIGUOUS_THRESHOLD",
    "OPEN_THRESHOLD",
    "PREPOSITION_THRESHOLD",
    "VerbsError",
    "build_ambiguous",
    "build_verbs",
    "derive",
    "derive_ambiguous",
    "main",
]

TASKS = "Task Statements.txt"
READ_ME = "Read Me.txt"
COMMAND = "python tools/duty_verbs.py ../shared/taxonomy/onet-29.2 -o loaders/data/duty_verbs.txt"
#: a word must open this many task statements to be a verb of work
OPEN_THRESHOLD = 3
#: a word left out as a noun that opens this many task statements is a verb of work as often ("Order supplies");
#: 3, 5 and 10 gave the same figures on the development sets: 5 keeps everyday verbs opening 5-9 statements
#: ("pay", "address", "return", "copy") and leaves out the rarest words ("back", "line", "form", "light", "key")
AMBIGUOUS_THRESHOLD = 5
#: the file of those words, beside the verbs' file
AMBIGUOUS_NAME = "duty_verbs_ambiguous.txt"
#: a word after a preposition this many times is a noun ("for review", "on file")
PREPOSITION_THRESHOLD = 2
_ARTICLES = frozenset(
    {"the", "a", "an", "this", "these", "those", "each", "every", "any", "such", "their", "its", "his", "her", "our",
     "your"}
)
_PREPOSITIONS = frozenset({"of", "in", "on", "for", "with", "from", "by", "per", "at", "into", "under", "without"})
_WORD = re.compile(r"[A-Za-z][a-z-]*")


class VerbsError(Exception):
    """A missing or malformed input file; the message names it."""


def _count(folder: Path) -> tuple[Counter[str], Counter[str], Counter[str]]:
    """How many task statements each word opens, and how often it follows an article or a preposition."""
    path = folder / TASKS
    if not path.is_file():
        raise VerbsError(f"{path}: not found")
    opens: Counter[str] = Counter()
    after_article: Counter[str] = Counter()
    after_preposition: Counter[str] = Counter()
    with path.open(encoding="utf-8", newline="") as f:
        reader = csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE)
        if reader.fieldnames is None or "Task" not in reader.fieldnames:
            raise VerbsError(f"{path}: no column 'Task'")
        for row in reader:
            words = [w.lower() for w in _WORD.findall(row["Task"] or "")]
            if words:
                opens[words[0]] += 1
            for before, word in itertools.pairwise(words):
                if before in _ARTICLES:
                    after_article[word] += 1
                elif before in _PREPOSITIONS:
                    after_preposition[word] += 1
    return opens, after_article, after_preposition


def _split(folder: Path) -> tuple[list[str], list[str]]:
    """The verbs of work, and the words opening task statements that are left out as nouns as often, sorted."""
    opens, after_article, after_preposition = _count(folder)
    verbs, ambiguous = [], []
    for word, count in opens.items():
        if count < OPEN_THRESHOLD or len(word) < 3 or word.endswith("ly"):
            continue
        forms = (word, f"{word}s", f"{word}es")
        if sum(after_article[w] for w in forms) or sum(after_preposition[w] for w in forms) >= PREPOSITION_THRESHOLD:
            if count >= AMBIGUOUS_THRESHOLD:
                ambiguous.append(word)  # also a noun: "the order", "for review"
            continue
        verbs.append(word)
    return sorted(verbs), sorted(ambiguous)


def derive(folder: Path) -> list[str]:
    """The verbs of work in the task statements of the O*NET download in ``folder``, sorted."""
    return _split(folder)[0]


def derive_ambiguous(folder: Path) -> list[str]:
    """The words opening at least ``AMBIGUOUS_THRESHOLD`` task statements that :func:`derive` leaves out as nouns
    ("order", "direct", "pay"), sorted."""
    return _split(folder)[1]


def _read_version(folder: Path) -> tuple[str, str]:
    path = folder / READ_ME
    if not path.is_file():
        raise VerbsError(f"{path}: not found (it names the O*NET version)")
    text = path.read_text(encoding="utf-8")
    version = re.search(r"O\*NET (\d+\.\d+) Database", text)
    release = re.search(r"^(\w+ \d{4}) Release", text, re.M)
    if version is None:
        raise VerbsError(f"{path}: no 'O*NET <version> Database' line")
    return version.group(1), release.group(1) if release else ""


def _credit(version: str) -> str:
    return (
        f"This includes information from the O*NET {version} Database by the U.S. Department of Labor, "
        "Employment and Training Administration (USDOL/ETA). Used under the CC BY 4.0 license. "
        "O*NET is a trademark of USDOL/ETA. The opening words of task statements were counted, "
        "lower-cased and filtered; USDOL/ETA has not approved, endorsed, or tested these modifications."
    )


def _file(folder: Path, title: str, fmt: str, words: list[str]) -> str:
    version, release = _read_version(folder)
    header = [
        title,
        f"source: O*NET {version} Database{f' ({release} Release)' if release else ''}, "
        f'"{TASKS}", https://www.onetcenter.org/database.html',
        f"version: {version}",
        "licence: CC BY 4.0, https://creativecommons.org/licenses/by/4.0/",
        f"credit: {_credit(version)}",
        f"regenerate: {COMMAND}",
        f"format: {fmt}",
        f"verbs: {len(words)}",
    ]
    return "\n".join([*(f"# {line}" for line in header), *words]) + "\n"


def build_verbs(folder: Path) -> str:
    """The whole verbs file, header included, for the O*NET download in ``folder``."""
    return _file(
        folder,
        "careergraph verbs of work, derived from the O*NET database",
        f"one verb a line, lower case, base form (opening at least {OPEN_THRESHOLD} task statements, never a noun"
        " there)",
        derive(folder),
    )


def build_ambiguous(folder: Path) -> str:
    """The whole file of verbs of work that are nouns as often, header included, for the download in ``folder``."""
    return _file(
        folder,
        "careergraph verbs of work that are nouns as often, derived from the O*NET database",
        f"one verb a line, lower case, base form (opening at least {AMBIGUOUS_THRESHOLD} task statements, and"
        " after an article or a preposition there too: a verb only where no noun can stand)",
        derive_ambiguous(folder),
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path, help="folder of the O*NET text files (e.g. ../shared/taxonomy/onet-29.2)")
    parser.add_argument("-o", "--output", type=Path, default=Path("loaders/data/duty_verbs.txt"))
    parser.add_argument(
        "--ambiguous-output", type=Path, default=None,
        help=f"the file of verbs that are nouns as often (default: {AMBIGUOUS_NAME} beside --output)",
    )
    args = parser.parse_args(argv)
    ambiguous_output = args.ambiguous_output or args.output.with_name(AMBIGUOUS_NAME)
    try:
        texts = [(args.output, build_verbs(args.folder)), (ambiguous_output, build_ambiguous(args.folder))]
    except VerbsError as exc:
        print(f"duty_verbs: {exc}", file=sys.stderr)
        return 1
    for output, text in texts:
        try:
            atomic_write(output, lambda handle, text=text: handle.write(text))
        except GraphFileError as exc:
            print(f"duty_verbs: {exc}", file=sys.stderr)
            return 1
        print(f"wrote {output} ({output.stat().st_size:,} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
