"""Derive careergraph's job-title lexicon from the official O*NET files.

Reads ``Occupation Data.txt`` and ``Alternate Titles.txt`` (and the version from ``Read Me.txt``)
of an O*NET database download and writes ``loaders/data/title_lexicon.txt``: the words that
end job titles (heads), the short titles themselves, and the one-word titles that name a person.
Run from the repository root::

    python tools/title_lexicon.py ../shared/taxonomy/onet-29.2 -o loaders/data/title_lexicon.txt

How a title is cleaned: a parenthetical is dropped (or, when the title is only an abbreviation,
used instead: "CEO (Chief Executive Officer)"); what follows a comma or "--" qualifies and is
dropped ("Cooks, Short Order"); a trailing grade goes ("Engineer II"); "and", "&", "or" and "/"
split a title in two when the words before them end a title elsewhere ("Buyers and Purchasing
Agents") and join modifiers otherwise ("Research and Development Manager"); the head is the word
before "of"/"for"/... when that word ends titles elsewhere ("Director of Research") and the last
word otherwise; an occupation's plural head is made singular with spaCy's lemma table; a head
that is an abbreviation or a stop word gives nothing. Everything is lower-cased.

The output depends only on the files' content (sorted, no dates), so the test suite
regenerates it and checks it equals the shipped file.
"""

from __future__ import annotations

import argparse
import csv
import re
import sys
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.lookups import load_lookups

from careergraph.graph.files import GraphFileError, atomic_write

__all__ = [
    "GENERIC_SINGLES",
    "HEAD_THRESHOLD",
    "NOT_PERSON",
    "OTHER_SENSE_FIRST",
    "LexiconError",
    "build_lexicon",
    "derive",
    "main",
]

OCCUPATIONS = "Occupation Data.txt"
ALTERNATES = "Alternate Titles.txt"
READ_ME = "Read Me.txt"
COMMAND = "python tools/title_lexicon.py ../shared/taxonomy/onet-29.2 -o loaders/data/title_lexicon.txt"

# A head is kept when at least this many distinct cleaned titles end with it: then O*NET has
# seen it take several different modifiers, so a new modifier before it in a document is likely
# a title too. At 3 the list keeps 836 words (merchandiser 17, bather 3, brewer 3), and the
# review below found 215 words at or above it that are not persons or read as something else
# first; 334 more words end exactly 2 titles and 1,553 one (auctioneer, blogger, bellhop,
# impersonator): rare trades whose titles the title and single lists hold whole anyway. The tool
# prints what the threshold keeps and drops.
HEAD_THRESHOLD = 3

# Not person nouns: fields, departments, collectives and things that end titles only as shortened
# or listed names ("Inside Sales", "Store Operations", "Military Police"). Checked by hand
# over the 300 commonest last words and the one-word titles; excluded from heads, titles and singles.
NOT_PERSON = frozenset(
    """
    sales operations operation services service management marketing support care development
    relations resources production maintenance programs program planning education training
    research design safety security engineering accounting finance purchasing logistics
    compliance quality health affairs administration communications systems control
    intelligence equipment machine artillery infantry weapons guns missiles force property
    chemical basic belt cap general justice expo double extra farming timbering crew staff
    waitstaff bellstaff police clergy
    """.split()
)

# Person nouns in O*NET whose first reading in general or e-commerce text is something else: a
# machine, tool, part, document or piece of software ("printer", "router", "scraper"), an
# organisation or a customer ("retailer", "vendor", "shopper", "follower"), a relative, or an
# adjective ("superior", "official"). Not heads and not singles, or "label printer", "price
# tier" or "web scraper" would read as job titles; their multi-word titles ("deck hand",
# "tile layer") stay in the title list, where the whole title says it is a post.
OTHER_SENSE_FIRST = frozenset(
    """
    tender layer liner tier sewer hand folder buffer server monitor printer model guide page
    carrier roller wrapper marker mixer filler binder recorder charger opener breaker hanger
    processor player master washer grinder trimmer feeder sealer sander blender blower stripper
    hooker counter tech hop runner changer burner caster drier dryer straightener reader remover
    edger sampler spinner scaler blocker dumper drawer heater spreader boiler clipper separator
    starter scraper sizer spooler cooker dropper matcher header laminator locator regulator
    router sticker tracer balancer bleacher crusher chopper dispenser holder skimmer stretcher
    compiler conditioner extractor fryer killer lather logger planter pointer stapler tipper
    aligner backer beater borer classifier connector duplicator poster reamer shaker slitter
    steamer compressor computer converter cooler coupler duster pitcher register rubber
    scrubber slicer switcher thinner topper twister wiper wrecker bracer bundler protector
    reproducer ringer shaver shifter shredder smoker sterilizer tamper baller buckler crater
    crimper expander extruder fastener identifier injector jumper planer sanitizer smoother
    snapper stayer stemmer stiffener tumbler bumper cracker enlarger equalizer generator
    getter grip imager jointer neutralizer purifier rectifier renderer reverser ruler scanner
    shader sifter sprinkler strainer timer tracker tuber tosser stoner wicker wetter whitener
    wringer doubler constructor profiler buster capper baler booster cleaver copper dagger
    dampener defroster detonator digester divider encoder evaporator excavator freezer
    highlighter magnifier palletizer plunger projector pulverizer reducer riser river slipper
    softener spanner stopper tanker trailer vaporizer ventilator blazer bloomer cruiser flyer
    pager slicker lookout saturator precipitator clarifier carbonator chlorinator granulator
    compensator circulator corrugator perforator manipulator encapsulator visualizer normalizer
    oxidizer pasteurizer sensitizer magnetizer metalizer vulcanizer winterizer nodulizer
    pelletizer bearingizer bonderizer decatizer debubblizer deodorizer mercerizer sanforizer
    sectionizer unitizer crystalizer de-alcoholizer carbonizer desilverizer marbleizer
    simonizer attenuator gopher rocker striker stabber mooner springer
    retailer manufacturer distributor vendor provider shipper publisher merchant forwarder
    exporter importer seller shopper visitor follower
    mother brother sister elder superior official prior substitute marine medium comic freak
    """.split()
)

# One-word titles that in running text are mostly not a job title, though O*NET lists them:
# rank and relation words ("an associate of", "the lead", "a partner", "the head"), words that
# need their modifier to name a post ("director", "manager", "agent", "officer" alone), and
# adjectives or general nouns ("executive summary", "professional skills", "a specialist in").
GENERIC_SINGLES = frozenset(
    """
    associate lead principal partner director manager agent head owner officer member worker
    fellow volunteer assistant helper representative specialist expert executive professional
    chief leader employee contractor trainee apprentice student novice
    """.split()
)

_PREPOSITIONS = frozenset({"of", "for", "in", "to", "at", "on", "with"})
_LEADING_FILLERS = frozenset({"a", "an", "the", "other", "all"})
_ROMAN = re.compile(r"^(?:I|II|III|IV|V|VI)$")
_PAREN = re.compile(r"\(([^)]*)\)?")
_JOIN = re.compile(r"\s+(?:and|&|or)\s+|\s*/\s*", re.I)
_HEAD_WORD = re.compile(r"^[a-z]+(?:-[a-z]+)*$")
_AGENT = re.compile(r"(?:er|or|ist|ian|man|woman|person|ee|ant|ent|ess|ary|smith|wright|crat|ic)$")


class LexiconError(Exception):
    """A missing or malformed input file; the message names it."""


def _read_rows(path: Path, column: str) -> list[str]:
    if not path.is_file():
        raise LexiconError(f"{path}: not found")
    with path.open(encoding="utf-8", newline="") as f:
        reader = csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE)
        if reader.fieldnames is None or column not in reader.fieldnames:
            raise LexiconError(f"{path}: no column {column!r}")
        return [row[column].strip() for row in reader if row[column] and row[column].strip()]


def _read_version(folder: Path) -> tuple[str, str]:
    path = folder / READ_ME
    if not path.is_file():
        raise LexiconError(f"{path}: not found (it names the O*NET version)")
    text = path.read_text(encoding="utf-8")
    version = re.search(r"O\*NET (\d+\.\d+) Database", text)
    release = re.search(r"^(\w+ \d{4}) Release", text, re.M)
    if version is None:
        raise LexiconError(f"{path}: no 'O*NET <version> Database' line")
    return version.group(1), release.group(1) if release else ""


def _is_abbreviation(word: str) -> bool:
    """CEO, VP, RPhT, K-12, U.S., a lone capital: not a word a head can be."""
    letters = [c for c in word if c.isalpha()]
    upper = sum(1 for c in letters if c.isupper())
    return (
        not letters
        or any(c.isdigit() or c == "." for c in word)
        or (upper >= 2 and 2 * upper >= len(letters))
        or (len(letters) == 1 and upper == 1)
    )


def _drop_parentheticals(title: str) -> str:
    main = _PAREN.sub(" ", title).strip()
    words = main.split()
    if not words or _is_abbreviation(words[-1]):
        # "CEO (Chief Executive Officer)": the spelled-out form is the title
        inner = [m.group(1).strip() for m in _PAREN.finditer(title)]
        if inner and inner[0].split() and not _is_abbreviation(inner[0].split()[-1]):
            return inner[0]
    return main


def _words(text: str) -> list[str]:
    words = text.split()
    while words and (_ROMAN.match(words[-1]) or words[-1].isdigit()):
        words.pop()  # "Engineer II", "Analyst 3": a grade, not part of the title
    while words and words[0].lower() in _LEADING_FILLERS:
        words.pop(0)
    return words


def _head_index(words: list[str], heads: frozenset[str]) -> int:
    """The head of "Director of Research" is "director"; of "Front of House Manager" "manager"."""
    for i, word in enumerate(words[1:], 1):
        if word.lower() in _PREPOSITIONS:
            return i - 1 if words[i - 1].lower() in heads else len(words) - 1
    return len(words) - 1


class _Singular:
    """The singular of an occupation's plural head ("Nannies" -> "nanny"), from spaCy's lemma table."""

    def __init__(self) -> None:
        self._lemmas = load_lookups("en", ["lemma_lookup"]).get_table("lemma_lookup")

    def __call__(self, word: str) -> str:
        lower = word.lower()
        lemma = self._lemmas.get(lower, lower) if lower.endswith("s") else lower
        return lemma if isinstance(lemma, str) else lower


def _titles(
    raw: str, *, plural: bool, heads: frozenset[str], singular: _Singular
) -> Iterator[tuple[tuple[str, ...], int]]:
    """The cleaned titles one O*NET title names, each as (lower-case words, index of its head)."""
    main = _drop_parentheticals(raw)
    text = main.split("--")[0].split(",")[0]  # a comma's or "--"'s tail qualifies the title before it
    words = _words(text)
    if not words:
        return
    if plural:  # "First-Line Supervisors of Retail Sales Workers": every plural head, not only the last
        words = [one if (one := singular(w)) in heads else w for w in words]
    if text != main and (singular(words[-1]) if plural else words[-1].lower()) not in heads:
        return  # "Energy, Sustainability, and Infrastructure Manager": the comma ran a list of modifiers
    k = _head_index(words, heads)
    if k < len(words) - 1:  # "Director of Sales and Marketing": one title, whatever follows "of"
        parts = [words]
    else:
        parts = [p for p in (_words(p) for p in _JOIN.split(" ".join(words))) if p]
        if plural:
            words = [*words[:-1], singular(words[-1])]
            parts = [[*p[:-1], singular(p[-1])] for p in parts]
        # "Buyers and Purchasing Agents" names two titles; "Research and Development Manager" one
        if len(parts) > 1 and not all(p[-1].lower() in heads for p in parts[:-1]):
            parts = [words]
    for part in parts:
        k = _head_index(part, heads)
        head = part[k]
        lower = tuple(w.lower() for w in part)
        if _is_abbreviation(head) or not _HEAD_WORD.match(lower[k]) or lower[k] in STOP_WORDS:
            continue
        yield lower, k


def _candidate_heads(raws: Iterable[tuple[str, bool]], singular: _Singular) -> frozenset[str]:
    """Words ending two or more plain titles (no comma, conjunction or preposition): what a head looks like."""
    counts: Counter[str] = Counter()
    for raw, plural in raws:
        text = _drop_parentheticals(raw)
        words = _words(text)
        if not words or re.search(r"[,/&]|--", text) or any(w.lower() in _PREPOSITIONS | {"and", "or"} for w in words):
            continue
        counts[singular(words[-1]) if plural else words[-1].lower()] += 1
    return frozenset(w for w, n in counts.items() if n >= 2 and w not in NOT_PERSON)


@dataclass(frozen=True)
class Lexicon:
    """What the tool derives: heads with their counts, titles, singles, and the report lines."""

    heads: list[tuple[str, int]]
    titles: list[tuple[str, ...]]
    singles: list[str]
    report: list[str]


def derive(folder: Path) -> Lexicon:
    """Read the two O*NET files in ``folder`` and derive heads, titles and singles."""
    occupations = _read_rows(folder / OCCUPATIONS, "Title")
    alternates = _read_rows(folder / ALTERNATES, "Alternate Title")
    raws = [(t, True) for t in occupations] + [(t, False) for t in alternates]
    singular = _Singular()
    candidates = _candidate_heads(raws, singular)
    found: dict[tuple[str, ...], int] = {}
    for raw, plural in raws:
        for words, k in _titles(raw, plural=plural, heads=candidates, singular=singular):
            found.setdefault(words, k)
    # a plural head ("Technicians", "Baristas") becomes the singular that other titles end with
    seen = {words[k] for words, k in found.items()}
    cleaned: dict[tuple[str, ...], str] = {}
    for words, k in found.items():
        head = words[k]
        if head.endswith("s") and not head.endswith(("ss", "us", "is")):
            one = singular(head)
            one = one if one != head else head[:-1]
            if one in seen:
                words, head = (*words[:k], one, *words[k + 1 :]), one
        cleaned.setdefault(words, head)
    ends = Counter(head for head in cleaned.values())
    excluded = NOT_PERSON | OTHER_SENSE_FIRST
    kept = {w: n for w, n in ends.items() if n >= HEAD_THRESHOLD and w not in excluded}
    heads = sorted(kept.items(), key=lambda item: (-item[1], item[0]))
    # a title must end in a person word: one that ends two or more titles, is a title alone
    # ("rodbuster") or has an agent suffix ("dehorner"); this drops O*NET's shortened names of a
    # field ("Cyber Digital Forensics", "Sign Maintenance")
    person = {w for w, n in ends.items() if n >= 2} | {t[0] for t in cleaned if len(t) == 1} | OTHER_SENSE_FIRST
    person |= {w for w in ends if _AGENT.search(w)}
    person -= NOT_PERSON
    titles = sorted(t for t, head in cleaned.items() if len(t) <= 4 and head in person)
    unplaced = sorted(" ".join(t) for t, head in cleaned.items() if len(t) <= 4 and head not in person)
    singles = sorted(
        t[0] for t in titles if len(t) == 1 and t[0] not in GENERIC_SINGLES | excluded and _HEAD_WORD.match(t[0])
    )
    below = sorted((w for w, n in ends.items() if n < HEAD_THRESHOLD), key=lambda w: (-ends[w], w))
    at = sorted(w for w, n in ends.items() if n == HEAD_THRESHOLD and w not in excluded)
    just_below = sorted(w for w in below if ends[w] == HEAD_THRESHOLD - 1 and w not in excluded)
    excluded_at = sum(1 for w in ends if w in excluded and ends[w] >= HEAD_THRESHOLD)
    commonest_excluded = sorted((w for w in excluded if ends[w]), key=lambda w: (-ends[w], w))[:20]
    report = [
        f"{len(occupations)} occupation titles, {len(alternates)} alternate titles "
        f"-> {len(cleaned)} distinct cleaned titles",
        f"heads: {len(ends)} distinct last words; {len(kept)} kept at count >= {HEAD_THRESHOLD}; "
        f"{excluded_at} more reached it but are not persons or are read first as something else, "
        f"{len(below)} dropped below it ({len(just_below)} at {HEAD_THRESHOLD - 1}, "
        f"{sum(1 for w in below if ends[w] == 1)} at 1)",
        f"kept at exactly {HEAD_THRESHOLD}, e.g.: {', '.join(at[:25])}",
        f"dropped at {HEAD_THRESHOLD - 1}, e.g.: {', '.join(just_below[:25])}",
        f"commonest excluded: {', '.join(f'{w} ({ends[w]})' for w in commonest_excluded)}",
        f"titles of 1-4 words: {len(titles)}; one-word person titles: {len(singles)}",
        f"{len(unplaced)} short titles dropped for not ending in a person word, "
        f"e.g.: {', '.join(unplaced[:: max(1, len(unplaced) // 12)][:12])}",
    ]
    return Lexicon(heads, titles, singles, report)


def build_lexicon(folder: Path) -> str:
    """The whole lexicon file, header included, for the O*NET download in ``folder``."""
    version, release = _read_version(folder)
    lexicon = derive(folder)
    credit = (
        f"This includes information from the O*NET {version} Database by the U.S. Department of Labor, "
        "Employment and Training Administration (USDOL/ETA). Used under the CC BY 4.0 license. "
        "O*NET is a trademark of USDOL/ETA. Titles were cleaned, lower-cased, split and filtered; "
        "USDOL/ETA has not approved, endorsed, or tested these modifications."
    )
    header = [
        "careergraph job-title lexicon, derived from the O*NET database",
        f"source: O*NET {version} Database{f' ({release} Release)' if release else ''}, "
        f'"{OCCUPATIONS}" and "{ALTERNATES}", https://www.onetcenter.org/database.html',
        f"version: {version}",
        "licence: CC BY 4.0, https://creativecommons.org/licenses/by/4.0/",
        f"credit: {credit}",
        f"regenerate: {COMMAND}",
        "format: tab-separated, lower case; 'head<TAB>word<TAB>count' (a word ending at least "
        f"{HEAD_THRESHOLD} distinct titles, persons only), 'title<TAB>words' (a title of 1-4 words, "
        "space-separated), 'single<TAB>word' (a one-word title naming a person)",
        *lexicon.report,
    ]
    lines = [f"# {line}" for line in header]
    lines += [f"head\t{word}\t{count}" for word, count in lexicon.heads]
    lines += [f"title\t{' '.join(words)}" for words in lexicon.titles]
    lines += [f"single\t{word}" for word in lexicon.singles]
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path, help="folder of the O*NET text files (e.g. ../shared/taxonomy/onet-29.2)")
    parser.add_argument("-o", "--output", type=Path, default=Path("loaders/data/title_lexicon.txt"))
    args = parser.parse_args(argv)
    try:
        text = build_lexicon(args.folder)
    except LexiconError as exc:
        print(f"title_lexicon: {exc}", file=sys.stderr)
        return 1
    try:
        atomic_write(args.output, lambda handle: handle.write(text))
    except GraphFileError as exc:
        print(f"title_lexicon: {exc}", file=sys.stderr)
        return 1
    for line in text.splitlines():
        if line.startswith("# ") and not line.startswith(("# careergraph", "# credit", "# format")):
            print(line[2:])
    print(f"wrote {args.output} ({args.output.stat().st_size:,} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
