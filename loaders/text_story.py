"""Careers told of a person, and where a role's holders came from: moves stated in prose.

A first-person story, a profile or a news report tells a career as posts held and moves made:
"I was a picker for two years before they made me lead", "after eighteen months as lead I
applied for the controller job, and I got it", "Tom was promoted to junior buyer after two
years as a merchandising assistant", "three years later she runs the floor as warehouse
supervisor". :func:`told_steps` reads, in one sentence, the posts a person holds
(``held``), the post held before the sentence's move ("after two years as X": ``before``)
and the moves (``move``: "made me Y", "took over as Y", "was hired as Y" once a post is held,
"moved me over ... as Y", "N years later ... as Y"); the text loader
(:mod:`careergraph.loaders.text_extract`) keeps the person's post from sentence to sentence
and records each move from it.

:func:`former_moves` reads where the holders of a role came from, said of the role:
"contact centre managers are normally former team leaders", "forklift drivers are often
operatives who were put through a licence course", "quality analysts are often advisors who
switched across".

Negated and hoped-for moves give nothing: "I wasn't promoted", "I could not become a
supervisor", "I'd like to become a manager one day", "she applied to become an editor".

Examples
--------
>>> lowers = "i was a picker for two years before they made me lead .".split()
>>> [(s.kind, s.role) for s in told_steps(lowers, lowers, 0, len(lowers), [(3, 4), (11, 12)])]
[('held', 0), ('move', 1)]
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from spacy.lang.en.stop_words import STOP_WORDS

from careergraph.loaders.text_nlp import word_norm

__all__ = ["EARLIER_ASIDE", "FormerMove", "Step", "former_moves", "tier_of", "told_steps"]


def _normed(words: set[str]) -> frozenset[str]:
    return frozenset(words | {word_norm(w) for w in words})


#: a person a story is about, as the subject and as the object of a verb
_SUBJECTS = frozenset({"i", "he", "she"})
_OBJECTS = frozenset({"me", "him", "her"})
#: forms of "be" and "have" between a person and the post held: "I was", "I had been", "I'm now"
_BE = frozenset({"was", "were", "am", "'m", "’m", "is", "'s", "’s", "been", "be", "being"})
_HAVE = frozenset({"had", "have", "has", "'d", "’d", "'ve", "’ve"})
_ADVERBS = frozenset({"now", "still", "already", "just", "then", "currently", "finally", "eventually", "officially"})
_ARTICLES = frozenset({"a", "an", "the", "our", "their", "its", "his", "her", "my"})
#: verbs of holding or taking a post, with "as" after them: "worked as", "joined the team as", "was hired as"
_HELD_AS = _normed({"work", "worked", "serve", "served", "spend", "spent", "start", "started", "begin", "began"})
#: ... and a post stood in for a time: "acting as an area manager", "I acted as shift lead while she was away"
_HELD_AS |= _normed({"act", "acted", "acting"})
_ENTRY_AS = _normed(
    {"join", "joined", "hire", "hired", "land", "landed", "get", "got", "take", "took", "recruit", "recruited"}
    | {"employ", "employed", "bring", "brought", "taken", "gotten", "accept", "accepted", "rehire", "rehired"}
    | {"contract", "sign", "signed"}  # "I was sent the contract as X", "signed on as X"
    | {"came", "arrived"}  # "Aisha came to us in 2014 as a room attendant"
    | {"return", "returned", "rejoin", "rejoined"}  # "I returned to the garage as a mechanic"
)
#: verbs that take a post with "back" after them: "I went back as a supervisor", "she came back to the depot as B"
_BACK_VERBS = _normed({"go", "went", "gone", "come", "came"})
_CONTRACT_NOUNS = _normed({"contract"})
#: words opening a clause of another subject inside a sentence: "a job at the hotel where my sister worked as"
_OTHER_CLAUSE = frozenset({"where", "who", "which", "whose", "while", "whilst", "because", "when"})
#: words that open a clause of their own after "and", "but" or "so": "and my sister worked as ..."
_CLAUSE_SUBJECTS = frozenset({"i", "he", "she", "they", "we", "my", "his", "her", "their", "our", "it", "there"})
#: verbs of getting someone a post, the narrator their object: "got me a job as", "found me a role as"
_GOT_ME = frozenset({"got", "found", "gave", "offered", "landed", "fixed", "sorted"})
#: a verb of promoting a person named after it: "Harton has promoted Priya Shah to operations director"
_PROMOTE_NAMED = _normed({"promote", "promoted", "promotes"})
#: "it took me five years to become B", "it took her a year to get promoted to B": the verb, and the words between
#: "to" and the post reached
_TOOK = frozenset({"took", "takes", "take", "taken"})
_TOOK_TO = frozenset({"become", "be", "get", "got", "promoted", "made", "appointed", "reach", "to", "up", "into"})
#: a verb that names someone to a post: "they made me lead", "the board named her director"
_NAMING = _normed({"make", "made", "name", "named", "appoint", "appointed"})
#: a verb of naming that, after "that" / "which" / "what", tells what made someone good at a post
_NAMING_QUALITY = _normed({"make", "made"})
#: a verb that moves someone, with the person as its object: "my boss moved me over to the ops side as an assistant"
_MOVING = _normed({"move", "moved", "switch", "switched", "transfer", "transferred", "bring", "brought", "put"})
#: the forms of "take": before "over as" ("took over as B"), and before "on" a post taken read only with "the role of
#: B" ("I took on the role of B")
_TOOK_ON = frozenset({"take", "took", "taken", "taking", "takes"})
#: "took over as", "stepped in as", "filled in as"
_OVER_AS = {w: frozenset({"over"}) for w in _TOOK_ON}
# ("stepped in as team lead", "the owner asked me to step up as B")
_OVER_AS |= {w: frozenset({"in", "up"}) for w in ("step", "stepped", "stepping", "steps")}
#: verbs of getting a post named before "job", "role", "post" or "position": "I landed the team leader job",
#: "she was offered the store manager position", "he won a buyer role"
_GOT_POST = _normed({"land", "landed", "get", "got", "win", "won", "accept", "accepted", "offer", "offered"})
_GOT_POST |= _normed({"earn", "earned", "secure", "secured", "bag", "bagged"})
#: ... and a post played: "I played the role of a shift assistant while the regular one was away"
_GOT_POST |= _normed({"play", "played"})
#: verbs of ending a career in a post: "I ended my career as a store manager", "she retired as head of sales"
_ENDED_AS = _normed({"end", "ended", "finish", "finished", "retire", "retired"})
#: verbs of taking what was offered: "I accepted the supervisor offer"
_ACCEPTED = _normed({"accept", "accepted", "take", "took", "taken"})
#: nouns of a move a person gets, and the verbs they get it with: "earning a promotion to B", "received a promotion"
_PROMOTION_NOUNS = _normed({"promotion", "promotions"})
_GOT_PROMOTION = _GOT_POST | _normed({"receive", "received", "gain", "gained"})
#: nouns of naming someone to a post, with the person after "of": "the appointment of Maria Costa as B"
_APPOINTMENT_NOUNS = frozenset({"appointment"})
#: adverbs of the post held last, after a post joined: "joined as A and was most recently C", "previously served as C"
_LAST_HELD = frozenset({"recently", "previously"})
#: the words between such an adverb and the post: "served as", "worked as", "was", "held the post of"
_LAST_HELD_VERBS = frozenset({"served", "worked", "acted", "was", "been", "as", "held", "the", "post", "role", "of"})
#: verbs of joining whose post starts a career: "joined the firm as A", "started as A"
_JOINED_AS = _normed({"join", "joined", "start", "started", "begin", "began", "hire", "hired"})
#: verbs of a post handed over, read only with "the role of B" (as "take on" is, :data:`_TOOK_ON`): "was given the
#: position of B"
_GIVEN = frozenset({"given", "assumed", "assume", "assumes"})
#: words of a time after the last post: "three years later she ...", "today I'm a ..."
_LATER = frozenset({"later", "today", "now", "nowadays", "currently", "since", "eventually", "afterwards"})
_LATER |= frozenset({"already", "soon"})  # "I was already a Senior SEO Executive": a post reached after the first


#: the spans after which "on" tells a later time: "three years on, she ..."
_SPANS_ON = frozenset({"years", "months", "weeks", "decades"})


def _later_before(lowers: Sequence[str], lo: int, hi: int) -> bool:
    """Whether words of a later time stand in tokens ``lo:hi``: "now", "today", "these days", "went on to"."""
    return any(
        v in _LATER
        or (v == "days" and x > lo and lowers[x - 1] == "these")
        or (v == "on" and x > lo and lowers[x - 1] in _SPANS_ON)  # "three years on"
        or (v == "on" and x > lo and lowers[x - 1] in _WENT and x + 1 < hi and lowers[x + 1] == "to")  # "went on to"
        for x, v in enumerate(lowers[lo:hi], lo)
    )


_WENT = frozenset({"went", "go", "goes", "going", "gone"})


def _named_subject(
    lowers: Sequence[str], start: int, k: int, capital: Callable[[int], bool] | None, roles: Sequence[tuple[int, int]]
) -> bool:
    """Whether a name opens a clause before token ``k`` (at the sentence's start or after a comma) and is followed by
    an adverb or a verb of its own: "After five years as A, Tom now leads the team as B", "Tom went on to run the
    site as B" (not "At Kew the team ...": a word of its own before the clause's verb; nor a post's holders:
    "Merchandisers now have ...")."""
    if capital is None:
        return False
    for x in range(start, k - 1):
        if x > start and lowers[x - 1] != ",":
            continue
        word = lowers[x]
        if not capital(x) or not word.isalpha() or word in STOP_WORDS or word in _NOT_NAMES or word in _LATER:
            continue
        if any(i <= x < j for i, j in roles) or (word.endswith("s") and word_norm(word) != word):
            continue  # (a post, or a plural: "Managers now see ...")
        y = x + 1
        while y < k and capital(y) and lowers[y].isalpha():
            y += 1  # ("Maria Lopez now runs ...")
        if lowers[y : y + 2] == [",", "who"]:
            # ("Maria, who started as A, now runs ...": the verb after the relative clause)
            y = next((z for z in range(y + 2, k) if lowers[z] == ","), k) + 1
        nxt = lowers[y] if y < k else ""
        if nxt in _ADVERBS or (nxt.endswith(("s", "ed")) and nxt.isalpha() and nxt not in STOP_WORDS) or nxt == "went":
            return True
    return False


#: the participles after "was" that tell where a person worked, the post after a later "as": "she was based in Leeds
#: with a regional trust as A", "he was employed by the council as A"
_PLACED = frozenset({"based", "employed", "stationed"})
#: the words that open an aside of an earlier time before a sentence's subject: "Prior to this role, Maria was A"
#: (text_extract's gate of a named person's earlier post asks them too)
EARLIER_ASIDE = frozenset({"prior", "before", "previously", "formerly", "earlier"})


def _name_after_aside(lowers: Sequence[str], start: int, k: int, capital: Callable[[int], bool]) -> bool:
    """Whether the verb at ``k`` follows a first name alone, after a comma closing an aside of an earlier time that
    opens the sentence ("Prior to this role, Maria was A", "Before that, Tom was A").

    >>> lowers = "prior to this role , maria was a nurse".split()
    >>> _name_after_aside(lowers, 0, 6, lambda k: k == 5), _name_after_aside(lowers, 0, 6, lambda k: False)
    (True, False)
    """
    y = k - 1
    while y > start and lowers[y].isspace():
        y -= 1
    z = y - 1
    while z > start and lowers[z].isspace():
        z -= 1
    word = lowers[y]
    return (
        lowers[start] in EARLIER_ASIDE
        and z > start
        and lowers[z] == ","
        and capital(y)
        and word.isalpha()
        and word not in STOP_WORDS
        and word not in _NOT_NAMES
        and word not in _LATER
        and "," not in lowers[start:z]
    )


#: adverbs between "having" and its participle: "having previously been A", "having first worked as A"
_EARLIER_ADVERBS = frozenset({"previously", "formerly", "first", "once"})
#: the participles after "having" and "after" that tell a post held before a move: "having served as", "after
#: working as"
_SERVED = {
    # ("I am now B, having started as A": the post the career began in, held before the move to B)
    "having": frozenset({"served", "worked", "been", "spent", "started", "begun", "joined"}),
    "after": frozenset({"serving", "working", "spending"}),
}


#: words that make a move one that did not happen (or has not yet): "I wasn't promoted", "I'd like to become"
_NOT_DONE = frozenset(
    {"not", "n't", "never", "no", "nobody", "cannot", "can't", "couldn't", "wasn't", "didn't", "won't", "wouldn't"}
    | {"like", "love", "want", "wants", "hope", "hopes", "hoping", "aim", "aims", "plan", "plans", "wish", "if"}
    | {"apply", "applied", "applying", "try", "tried", "trying", "maybe", "perhaps", "dream", "someday", "unless"}
    | {"'d", "’d", "would", "might", "until"}
    | {"prove", "proving", "pretend", "pretended", "pretending"}  # "the chance to prove I was a writer"
)
#: what ends a clause: a move's words do not reach over these
_ENDS = frozenset({".", ";", "；", "!", "?", ":", "。", "but", "while", "whereas", "although", "because"})
#: words of a stretch of time: "after a summer as a driver", "after two and a half years as an assistant"
_TIME_NOUNS = _normed({"year", "years", "month", "months", "week", "weeks", "summer", "summers", "season", "stint"})
_TIME_NOUNS |= _normed({"spell", "decade", "while", "time", "period", "day", "days"})
#: words of how often or how usually, before the post the holders of a role held: "are often operatives who ..."
_USUALLY = frozenset(
    {"often", "usually", "normally", "typically", "mostly", "generally", "commonly", "frequently", "largely"}
)
_FORMER = frozenset({"former", "ex", "previous", "one-time"})
#: words before a post its holder held before: "my previous / former / old job as ..."
_FORMER_HELD = frozenset({"former", "previous", "old"})
_EARLIER = frozenset({"previously", "formerly"})
#: words of how many of a role's holders held a post before: "are nearly all former B", "are almost all ex-B"
_HOW_MANY = frozenset({"all", "nearly", "almost", "virtually", "practically", "mainly", "both"})
_WHO = frozenset({"who", "that", ","})
_SIDEWAYS = frozenset({"switch", "switched", "switching", "across", "sideways", "laterally", "transferred", "pivoted"})


@dataclass(frozen=True)
class Step:
    """One step of a told career, as an index into the role spans given to :func:`told_steps`.

    ``kind``: ``held`` (a post the person holds from here on), ``before`` (the post held before the
    sentence's move: "after two years as X"), ``move`` (the person moves to the role), ``appointed``
    (a person named here moves to the role: "X has named Maria Costa as its director", their story
    starts), ``earlier`` (a post held before the story's first one: "before that he worked as a sales
    assistant", "she previously worked as a buyer").
    ``tenure`` is the token span that states how long the post was held ("for two years").
    """

    kind: str
    role: int
    cue: int
    tenure: tuple[int, int] | None = None


def _words_between(lowers: Sequence[str], lo: int, hi: int) -> list[str]:
    return [w for w in lowers[lo:hi] if not w.isspace()]


#: how many stand in a group a person says they were one of: "one of a handful of", "one of only three", "one of the"
_GROUP_SIZES = frozenset(
    {"a", "an", "the", "only", "just", "handful", "few", "couple", "dozen", "dozens", "hundreds", "small", "tiny",
     "group", "team", "crew", "pair", "several", "many", "some", "two", "three", "four", "five", "six", "seven",
     "eight", "nine", "ten", "twelve", "twenty", "of", "our", "its", "their", "his", "her", "handfuls", "first",
     "last", "remaining"}
)


def _past_one_of(lowers: Sequence[str], k: int, end: int) -> int:
    """Past "one of" and the size of the group after it ("one of a handful of", "one of only two", "one of the
    first"), where the post the person held starts; ``k`` itself when "one of" does not stand there.

    >>> _past_one_of("i was one of a handful of ferry deckhands".split(), 2, 9)
    7
    """
    if k + 2 > end or lowers[k : k + 2] != ["one", "of"]:
        return k
    x = k + 2
    while x < min(end, k + 8) and (lowers[x] in _GROUP_SIZES or lowers[x].isdigit()):
        x += 1
    return x


def _role_at(roles: Sequence[tuple[int, int]], lowers: Sequence[str], k: int, end: int) -> int | None:
    """The role that starts at token ``k`` (after articles and spaces), or None."""
    starts: dict[int, int] = {}  # each start's first role
    for n, (i, _) in enumerate(roles):
        starts.setdefault(i, n)
    while (
        k < end
        and (lowers[k].isspace() or lowers[k] in _ARTICLES or lowers[k] in _HOLDER_WORDS or lowers[k] in QUOTE_MARKS)
        and k not in starts  # ("a part-time cleaner" read as one post starts at "part")
    ):
        k += 1
    if (
        k + 2 < end
        and lowers[k].isalpha()
        and lowers[k + 1] in {"'s", "’s"}
        and k not in starts  # (not "a chef's apprentice": one title with its possessive)
    ):
        k += 2  # "she is now the hotel's general manager": the employer, then the post
    return starts.get(k)


#: quotation marks a title is told in: 'I was an "online merchandiser"' (transitions.told in text_extract too)
QUOTE_MARKS = frozenset({'"', "“", "”", "'", "‘", "’", "«", "»"})
#: words between an article and a title that describe the holder, not the post: "I was the new team leader"
_HOLDER_WORDS = frozenset({"main", "new", "only", "sole", "official", "permanent", "acting", "interim", "youngest"})
#: ... and how far the holder is trained or how long they work: "I was a fully trained B", "I'm a full time B"
_HOLDER_WORDS |= frozenset(
    {"fully", "trained", "qualified", "certified", "full", "part", "time", "full-time", "part-time"}
    | {"-"}  # ("a part-time B", the hyphen a token of its own)
)


#: words an age is told with before "age of": "at the ripe age of 14", "at the tender young age of sixteen"
_AGE_WORDS = frozenset({"the", "ripe", "tender", "young", "old", "early", "grand", "mature", "late", "same"})


def _age_phrase(lowers: Sequence[str], k: int, end: int) -> int:
    """The token after an age phrase starting at token ``k`` ("at the ripe age of 14", "at the age of sixteen"), or
    ``k`` when none starts there."""
    if lowers[k] != "at":
        return k
    x = k + 1
    while x < end and (lowers[x] in _AGE_WORDS or lowers[x].isspace()):
        x += 1
    if x + 2 < end and lowers[x] == "age" and lowers[x + 1] == "of":
        return x + 3
    return k


def _after_as(roles: Sequence[tuple[int, int]], lowers: Sequence[str], cue: int, end: int, reach: int) -> int | None:
    """The role right after the first "as" within ``reach`` words of ``cue`` (no clause end between; an age phrase,
    "began working at the ripe old age of 15 as a paper boy", counts as one word)."""
    k = cue + 1
    while k < min(end, cue + reach + 1):
        past = _age_phrase(lowers, k, end)
        if past > k:
            reach += past - k - 1
            k = past
            continue
        w = lowers[k]
        if w in _ENDS or any(i <= k < j for i, j in roles):
            return None
        if w == "as":
            return _role_at(roles, lowers, k + 1, end)
        k += 1
    return None


_POSTS = _normed({"job", "role", "post", "position"})
#: words between an article and a post got that say which of the person's posts it is: "my first sous chef job"
_POST_ORDINALS = frozenset({"first", "new", "second", "next", "permanent", "full-time"})
#: verbs a person moves with, before "from" and the post they left: "moves up from", "joins from", "comes from"
_FROM_VERBS = _normed({"move", "moves", "step", "steps", "join", "joins", "come", "comes", "arrive", "arrives"})
#: verbs that move a person to the role after them (and their particles)
_CUE_VERBS = _normed(
    {"promote", "become", "make", "name", "appoint", "move", "step", "rise", "advance", "progress", "switch"}
    | {"transfer", "graduate", "climb", "elevate", "upgrade", "bump"}
    | {"retrain", "requalify", "qualify", "train"}  # "after ten years as A, Helen retrained as B"
)
_FIRST_PERSON = frozenset({"i", "me", "my", "we", "our", "us"})
#: verbs that move a person named before them (their subject a name, not a pronoun) to the post after them
_NAMED_CUES = _normed({"promote", "become", "appoint", "rise", "step", "advance", "progress"})
_WORK = _normed({"work", "worked", "working"})
#: a verb of arriving at a post, a step only after another step told in the sentence: "..., and reach D by year three"
_REACHED = _normed({"reach", "reached", "reaching", "reaches"})
#: verbs a gerund of work follows, sharing their subject: "I ended up working as", "he kept working as"
_CATENATIVES = _normed({"end", "ended", "start", "started", "began", "begin", "keep", "kept", "continue", "continued"})
_CATENATIVES |= _normed({"go", "went", "quit", "stop", "stopped"})
_AUXILIARIES = frozenset({"be", "was", "were", "is", "are", "been", "have", "has", "had", "get", "got", "also", "too"})
# (their short forms: "I've worked as A", "I'd been working as A", "I'm working as A")
_AUXILIARIES |= frozenset({"'ve", "’ve", "'d", "’d", "am", "'m", "’m", "'re", "’re"})


def _other_clause(lowers: Sequence[str], lo: int, hi: int) -> bool:
    """Whether tokens ``lo:hi`` open a clause of another subject ("where my sister worked", ", and my sister
    worked"), not only a gerund's words ("filing records and answering the phone").

    >>> _other_clause("got my first job , filing records and answering calls as".split(), 0, 10)
    False
    >>> _other_clause("got a job at the hotel , and my sister worked as".split(), 0, 11)
    True
    """
    words = _words_between(lowers, lo, hi)
    if not _OTHER_CLAUSE.isdisjoint(words):
        return True
    return any(a in {"and", "but", "so"} and b in _CLAUSE_SUBJECTS for a, b in itertools.pairwise(words))


#: the words that open where a post was held, after it: "As the only gardener on the site, I ..."
_PLACE_WORDS = frozenset({"at", "on", "in", "for", "with"})
#: the nouns of a training spell read as its post (mentions.spell-posts): "my internship" (intern)
_SPELLS = frozenset({"internship", "apprenticeship", "traineeship"})


def _spell_at(roles: Sequence[tuple[int, int]], lowers: Sequence[str], k: int, end: int) -> int | None:
    """The role read from a training spell right after token ``k`` ("my internship", "after the apprenticeship",
    "my summer internship": one word between), else None."""
    x = k + 1
    if x < end and lowers[x] in {"the", "my", "his", "her"} and lowers[k] != "my":
        x += 1
    for y in (x, x + 1):
        if y < end and lowers[y] in _SPELLS:
            return next((n for n, (i, j) in enumerate(roles) if i == y and j == y + 1), None)
    return None


def _own_post(roles: Sequence[tuple[int, int]], lowers: Sequence[str], start: int, k: int, end: int) -> int | None:
    """The post the narrator holds, told after "my" at token ``k`` ("to get my job as a porter", "my first role as
    a porter"; not "my new role as": a move) or after "and" with the narrator the subject of the sentence's first
    clause ("I am 23 and have been a manager for two years")."""
    if lowers[k] == "my":
        x = k + 1
        if x < end and lowers[x] in {"first", "old", "current", "day"}:
            x += 1
        if x + 1 < end and lowers[x] in _POSTS and lowers[x + 1] == "as":
            return _role_at(roles, lowers, x + 2, end)
        return None
    words = _words_between(lowers, start, k)
    if not words or words[0] != "i" or any(w in _ENDS or w in {",", "but", "who", "that"} for w in words):
        return None
    x = k + 1
    if lowers[x : x + 2] in (["have", "been"], ["had", "been"]):
        x += 2
    elif x < end and lowers[x] in {"am", "was"}:
        x += 1
    else:
        return None
    while x < end and lowers[x] in _ADVERBS:
        x += 1
    return _role_at(roles, lowers, x, end)


#: words between "and" and "be" of a post held by a later time: "and could be", "and you'll be", "and was soon"
_REACHED_BY_GLUE = frozenset({"i", "he", "she", "you", "they", "could", "can", "might", "may", "will", "would"})
_REACHED_BY_GLUE |= frozenset({"'ll", "’ll", "soon", "quickly", "already", "eventually", "then", "even"})
_REACHED_BY_GLUE |= frozenset({"has", "have", "'s", "’s", "'ve", "’ve"})  # "and has been B since 2018"
_REACHED_BY_BE = frozenset({"was", "were", "be", "had", "been"})
#: words after "by" that open a time: "by the end of 2019", "by then", "by my third year"
_BY_TIME = frozenset({"the", "then", "now", "my", "his", "her", "their", "age", "year", "mid", "christmas", "summer"})


#: the counts a second span of time may be told by alone: "two years as A and three as B"
_SPAN_COUNTS = frozenset({"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "another"})
#: words that date a post by the calendar, right after it: "from 2010", "between 2010 and 2014", "until 2019"
_DATED_BY = frozenset({"from", "between", "until", "till", "to", "by", "in", "since"})


def _calendar_year(word: str) -> bool:
    return len(word) == 4 and word[:2] in {"19", "20"} and word.isdigit()


def _dated_post(lowers: Sequence[str], x: int, end: int) -> bool:
    """Whether a post ending at token ``x`` is dated by a year of the calendar right after it ("from 2010 to 2014",
    "in 2010", "until 2019"), a place of at most four words between ("at Kew in 2010")."""
    for y in range(x, min(end, x + 7)):
        if lowers[y] in _DATED_BY and y + 1 < end and _calendar_year(lowers[y + 1]):
            return True
        if lowers[y] in _ENDS or lowers[y] in {",", "and"}:
            return False
    return False


def _dated_conjunct(
    roles: Sequence[tuple[int, int]], lowers: Sequence[str], held: int, k: int, end: int
) -> int | None:
    """The post after "and" at token ``k`` that leaves out its verb, both it and the post held before it (ending at
    token ``held``) dated by the calendar: "I was A from 2010 to 2014 and B from 2014 to 2019" (B), else None."""
    x = k + 1
    while x < end and lowers[x] in {"then", "later", "as"}:
        x += 1
    n = _role_at(roles, lowers, x, end)
    if n is None or not _dated_post(lowers, held, k) or not _dated_post(lowers, roles[n][1], end):
        return None
    return n


def _reached_by(roles: Sequence[tuple[int, int]], lowers: Sequence[str], k: int, end: int) -> int | None:
    """The post held by a later time, told after "and" at token ``k``: "and was B by 2019", "and could be B within
    three years", "and was soon B" (a word of time before it, or "by", "within" or "later" after it), or None.

    >>> lowers = "i joined as a porter in 2015 and was duty manager by 2019 .".split()
    >>> _reached_by([(3, 5), (9, 11)], lowers, 7, len(lowers))
    1
    >>> lowers = "i joined as a porter in 2015 and was duty manager for a year .".split()
    >>> _reached_by([(3, 5), (9, 11)], lowers, 7, len(lowers)) is None
    True
    """
    x = k + 1
    be = False
    soon = False
    while x < end and (lowers[x].isspace() or lowers[x] in _REACHED_BY_GLUE or lowers[x] in _REACHED_BY_BE):
        be = be or lowers[x] in _REACHED_BY_BE
        soon = soon or lowers[x] in {"soon", "quickly", "eventually"}
        x += 1
    if not be or lowers[x - 1] == "had":
        return None
    n = _role_at(roles, lowers, x, end)
    if n is None:
        return None
    # (by when it was held: "by 2019", "by the age of 25", "within three years", "two years later"; not "by night",
    # "within the team")
    after = _words_between(lowers, roles[n][1], min(end, roles[n][1] + 8))
    by = after[:1] == ["by"] and len(after) > 1 and (after[1][:1].isdigit() or after[1] in _BY_TIME)
    within = after[:1] in (["within"], ["inside"]) and any(w in _TIME_NOUNS for w in after[1:4])
    # ("and has been B since 2018": held from a later year, the perfect after a post taken in the past)
    # (a place between: "has been B at its York hotel since 2019")
    at = next((y for y, w in enumerate(after) if w == "since"), None)
    since = at is not None and at + 1 < len(after) and after[at + 1][:1].isdigit() and "been" in lowers[k:x]
    since = since and (at == 0 or after[0] in {"at", "in", "for", "of"})
    return n if soon or by or within or since or "later" in after[:4] else None


def _role_before(roles: Sequence[tuple[int, int]], lowers: Sequence[str], start: int, k: int) -> bool:
    """Whether a role ends right before token ``k`` (auxiliaries and adverbs between): the verb's subject."""
    x = k - 1
    while x >= start and (lowers[x].isspace() or lowers[x] in _AUXILIARIES or lowers[x].endswith("ly")):
        x -= 1
    return any(j == x + 1 for _, j in roles)


#: verbs of leaving a post: "quit her job as a buyer", "left his post as a porter"
_LEAVE = _normed({"quit", "quits", "left", "leave", "leaves", "resign", "resigned", "resigns"})
#: words that open a stretch of time passed before what follows: "within a year I was ...", "after two years he was"
_TIME_PASSED = frozenset({"within", "after", "following", "inside"})


def _after_a_time(lowers: Sequence[str], start: int, k: int) -> bool:
    """Whether a stretch of time passed opens the clause before the person at ``k``: "within a year I was the
    main host", "after two years she was a supervisor" (not "after two years as a picker", the post held before)."""
    for y in range(max(start, k - 7), k):
        if lowers[y] in _TIME_PASSED and "as" not in lowers[y + 1 : k] and not _ENDS.intersection(lowers[y + 1 : k]):
            return any(lowers[z] in _TIME_NOUNS for z in range(y + 1, k))
        if lowers[y] == "by" and y + 1 < k and "as" not in lowers[y + 1 : k] and not _ENDS.intersection(lowers[y:k]):
            # "By 2016 I was the sous chef", "and by then she was B": a later year (or "by then") the post was held
            said = lowers[y + 1]
            ended = lowers[y + 1 : y + 4] == ["the", "end", "of"]
            return (len(said) == 4 and said.isdigit()) or said == "then" or ended
    return False


#: words that open a new clause inside "after ... as": "the following year and now runs the depot as X"
_NEW_CLAUSE = frozenset({"and", "but", "then", "now", ",", ";", "so", "today"})


#: the people of "before I knew it" ("before we knew it", "before she knew it")
_KNEW_IT = frozenset({"i", "we", "he", "she", "they", "you"})


def _soon_phrase(lowers: Sequence[str], lo: int, hi: int) -> bool:
    """Whether tokens ``lo:hi`` hold a phrase of time soon passed ("Before I knew it, I was B", "Before long she was
    B"): the post told after it was reached after the one told before."""
    said = _words_between(lowers, lo, hi)
    for n, w in enumerate(said):
        after = said[n + 1 : n + 4]
        if w != "before" or not after:
            continue
        if after[0] == "long" or (after[0] in _KNEW_IT and after[1:] == ["knew", "it"]):
            return True
    return False


def _undone(lowers: Sequence[str], start: int, cue: int) -> bool:
    """Whether the clause before ``cue`` makes the move one that did not happen."""
    k = cue - 1
    while k >= start and lowers[k] not in _ENDS and cue - k <= 8:
        if lowers[k] in _NOT_DONE:
            return True
        k -= 1
    return False


#: words that end the place a post was held at before a tenure could follow ("at a brand, then ...")
_PLACE_STOPS = frozenset({",", ";", ".", "and", "but", "then", "before", "until", "when", "as"})


def _tenure_before(lowers: Sequence[str], start: int, k: int) -> tuple[int, int] | None:
    """ "For six years I was a buyer": a sentence opening with how long the post named after it was held."""
    x = start
    while x < k and lowers[x].isspace():
        x += 1
    if x >= k or lowers[x] != "for":
        return None
    stop = next((y for y in range(x + 1, min(k, x + 6)) if lowers[y] in _TIME_NOUNS), None)
    return None if stop is None else (x, stop + 1)


def _tenure_into(lowers: Sequence[str], start: int, k: int) -> tuple[int, int] | None:
    """ "I was two years into working as a buyer": how long the post named after the verb at ``k`` had been held,
    told before it by a time and "into"."""
    x = k - 1
    while x > start and lowers[x].isspace():
        x -= 1
    if x <= start or lowers[x] != "into":
        return None
    t = x - 1
    while t > start and lowers[t].isspace():
        t -= 1
    if t < start or lowers[t] not in _TIME_NOUNS:
        return None
    lo = t
    while lo > start and t - lo < 4 and lowers[lo - 1] not in _ENDS and lowers[lo - 1] not in {"i", "he", "she", "we"}:
        lo -= 1
    return lo, t + 1


def _tenure_after(lowers: Sequence[str], j: int, end: int) -> tuple[int, int] | None:
    """ "for two years" right after a post: the tokens that say how long it was held."""
    k = j
    while k < end and (lowers[k].isspace() or lowers[k] in QUOTE_MARKS):  # (a title in quotes: 'a "B" for two years')
        k += 1
    if k < end and lowers[k] in {"at", "in", "with"}:
        # "a buyer at a homeware brand for six years": where the post was held, then for how long
        window = range(k + 1, min(end, k + 8))
        ahead = next((x for x in window if lowers[x] == "for" or lowers[x] in _PLACE_STOPS), None)
        if ahead is not None and lowers[ahead] == "for":
            k = ahead
    if k >= end or lowers[k] != "for":
        return None
    stop = next((x for x in range(k + 1, min(end, k + 8)) if lowers[x] in _TIME_NOUNS), None)
    if stop is None:
        return None
    if _words_between(lowers, stop + 1, min(end, stop + 7))[:3] == ["and", "a", "half"]:  # "a year and a half"
        stop = lowers.index("half", stop + 1)
    return k, stop + 1


#: words that may stand before a gerund opening its sentence: "However, acting as B was ..."
_GERUND_LEAD = frozenset({"however", "but", "and", "then", "later", "so", "yet", "still", ","})


def _gerund_own(lowers: Sequence[str], start: int, k: int, end: int) -> bool:
    """Whether the gerund at ``k`` opens its sentence (after a linking word) and the sentence says what it did to
    the person telling it: "Acting as a shift manager was a new challenge for me", "Working as a porter taught me
    patience" (the teller held the post).

    >>> _gerund_own("however , acting as a b be hard for me .".split(), 0, 2, 10)
    True
    >>> _gerund_own("acting as a b be hard .".split(), 0, 0, 7)
    False
    """
    if not lowers[k].endswith("ing") or not all(w in _GERUND_LEAD or w.isspace() for w in lowers[start:k]):
        return False
    return not {"me", "my", "i"}.isdisjoint(lowers[k + 1 : end])


#: prefixes written apart from the verb they open: "re-joined", "(re)joined" (read as "(re-joined")
_VERB_PREFIXES = frozenset({"re", "co"})


def _told_subject(lowers: Sequence[str], start: int, k: int, capital: Callable[[int], bool] | None) -> bool:
    """Whether the subject of the verb at ``k`` is a person told of: "I", "he", "she" or a name ("Wang Lei, 29,").

    A gerund's subject is that of the verb it follows: "I ended up working as", "she started working as".
    """
    x = k - 1
    if lowers[k].endswith("ing"):
        while x >= start and (lowers[x].isspace() or lowers[x] in {"up", "on"}):
            x -= 1
        if x >= start and lowers[x] in _CATENATIVES:
            k = x
        into = _tenure_into(lowers, start, k)
        if into is not None:  # "I was two years into working as A": the subject of the verb before the time
            k = into[0]
        x = k - 1
    while x >= start and (
        lowers[x].isspace() or lowers[x] in _AUXILIARIES or lowers[x] in _ADVERBS or lowers[x].endswith("ly")
    ):
        x -= 1
    if x - 1 >= start and lowers[x] == "-" and lowers[x - 1] in _VERB_PREFIXES:
        # "I re-joined the group as B", "I (re)joined ...": the verb written with its prefix apart
        # (transitions.prefixed-verbs)
        x -= 2
        while x >= start and (lowers[x] == "(" or lowers[x].isspace() or lowers[x] in _ADVERBS):
            x -= 1
    if lowers[k].endswith("ing") and x - 2 >= start and lowers[x] == "," and lowers[x - 1] in _AM and (
        lowers[x - 2] in _SUBJECTS
    ):
        return True  # "Yet here I am, working as A": the person of the clause before the comma
    if x > start and lowers[x] == "being" and lowers[x - 1] in {"before", "after"}:
        # "He spent four years as A before being hired as B": the participle shares the subject of the sentence
        return any(w in _SUBJECTS for w in lowers[start : x - 1])
    if x > start and lowers[x] == ")" and capital is not None:
        # "Sarah (head librarian) joined us as A": a name, then the post held now in brackets
        y = x - 1
        while y > start and lowers[y] not in {"(", ")"}:
            y -= 1
        if lowers[y] == "(":
            x = y - 1
            while x >= start and lowers[x].isspace():
                x -= 1
    if x >= start and lowers[x] == ",":  # an apposition: "Wang Lei, 29, joined ..."
        y = x - 1
        while y >= start and (lowers[y].isspace() or lowers[y].isdigit()):
            y -= 1
        if y >= start and lowers[y] == "," and y < x - 1:
            x = y - 1
        elif lowers[start] == "our" and capital is not None:
            # "Our head librarian, Sarah, joined us as A": the name after the post, between two commas
            while y >= start and capital(y) and lowers[y].isalpha():
                y -= 1
            if y > start and lowers[y] == "," and y < x - 1:
                return True
    if x - 2 >= start and lowers[x] == "who" and lowers[x - 1] == "," and capital is not None and all(
        capital(y) and lowers[y].isalpha() and lowers[y] not in _NOT_NAMES for y in range(start, x - 1)
    ):
        return True  # "Lopez, who joined the company as A, ...": a name opening the sentence, then its relative
    if x < start:
        # "Started as a porter, now I'm the head porter": a past verb opening the sentence, its "I" left out
        return k == start and (lowers[k].endswith("ed") or lowers[k] in {"began", "got", "took"})
    if lowers[x] in _SUBJECTS:
        return True
    if lowers[x] == "and":
        # "I went back to college and came back as B": the verb shares the subject opening the clause before "and"
        # (no comma, no other clause between: not "I met a porter who joined and ...")
        y = x - 1
        while y >= start and lowers[y] not in _CLAUSE_BREAKS:
            y -= 1
        opener = y + 1
        while opener < x and lowers[opener].isspace():
            opener += 1
        return opener < x and lowers[opener] in _SUBJECTS and not any(
            w in _SUBJECTS or w in _RELATIVES for w in lowers[opener + 1 : x]
        )
    if lowers[x] in _CAREER_NOUNS and x > start and lowers[x - 1] in {"my", "his", "her"}:
        return True  # "my career started as a porter": the person's career, so the person
    word = lowers[x]
    return capital is not None and capital(x) and word.isalpha() and word not in _NOT_NAMES and word not in STOP_WORDS


#: tokens that end the clause an elided subject is sought in, and words opening another clause inside it
_CLAUSE_BREAKS = _ENDS | frozenset({",", "and", "then", "after", "before", "when", "once", "until"})
_RELATIVES = frozenset({"who", "that", "which", "where", "whom", "whose"})


#: nouns of a person's working life, whose start is the person's: "my career began as", "her working life started as",
#: "my journey began as"
_CAREER_NOUNS = frozenset({"career", "life", "journey"})


#: capitalised words that are no names: "Most joined as ...", "Staff were hired as ..."
_NOT_NAMES = frozenset(
    {"most", "many", "some", "all", "staff", "people", "employees", "they", "we", "you", "everyone", "nobody"}
    | {"candidates", "graduates", "workers", "others", "few", "several", "none", "students", "newcomers"}
)


#: the words before "current role" that make it a person's: "my current role is B", "Tom's current job is B"
_OWN = frozenset({"my", "his", "her", "their", "'s", "’s"})
#: words before a post the person moves to, after "my / his / her": "my new role as B", "her current role as B"
_NEW_POST = frozenset({"new", "current"})
_AM = frozenset({"am", "'m", "’m", "is", "was"})
#: verbs told in the past with no "-ed": "As A, I had apprentices under me", "As A, I ran the night shift"
_PAST_FORMS = frozenset(
    {"had", "was", "did", "ran", "led", "oversaw", "took", "made", "spent", "kept", "got", "knew", "felt", "saw"}
    | {"went", "found", "learnt", "built", "taught", "sold", "wrote", "met", "thought", "would", "used", "could"}
)


def _told_in_past(word: str) -> bool:
    """Whether a verb is told in the past: "managed", "had", "ran"."""
    return word in _PAST_FORMS or (word.endswith("ed") and len(word) > 4)


#: verbs of asking a person to take a post, and the verbs the post is named after: "asked me to become B", "invited
#: her to be B"; the words of a post asked for and refused: "... but I turned it down"
_ASKED = frozenset({"asked", "invited"})
_TO_BE = frozenset({"be", "become"})
_REFUSED = frozenset({"declined", "refused", "turned", "rejected", "no", "n't", "not"})
#: the verbs of joining a scheme whose post the person then holds, and the scheme's nouns: "I joined the graduate
#: scheme" (mentions.scheme-posts, whose reader of mentions asks the same nouns)
_SCHEME_JOINED = frozenset({"joined", "started", "began", "entered"})
SCHEME_NOUNS = frozenset({"scheme", "programme", "program", "intake"})
#: the verb of being before a verb of asking in the passive, and the verbs of staying on after it: "I was asked to
#: stay on as B"
_ASKED_PASSIVE = frozenset({"was", "were", "been", "got", "get"})
_STAY = frozenset({"stay", "remain"})


#: the norms and the lower-case words at which a step of :func:`told_steps` can be told (a verb of a move or
#: a post, "as", "from", "then", a person ...): the walk visits only these tokens, since a token of neither
#: set passes through every test of the walk without a step
_STEP_NORMS = _WORK | _NAMING | _LEAVE | _HELD_AS | _ENTRY_AS | _MOVING | _PROMOTION_NOUNS | _GOT_POST | _CUE_VERBS
_STEP_NORMS |= _ENDED_AS
_STEP_NORMS |= _BACK_VERBS
_STEP_WORDS = (
    _APPOINTMENT_NOUNS
    | frozenset({"having", "after", "following", "first", "then", "apply", "applied", "from", "new", "as", "is", "was"})
    | frozenset({"my", "and"})  # "to get my job as X", "I am 23 and have been a manager for two years"
    | _LEAVE | _HELD_AS | _ENTRY_AS | _FORMER_HELD | _SUBJECTS | frozenset(_OVER_AS) | _GOT_POST | _GOT_ME
    | _GIVEN | _LAST_HELD | _ASKED | _NEW_POST | frozenset({"meet"})
)
#: the words that make a sentence one told of a person
_PERSONS = _SUBJECTS | _OBJECTS


def _joined_then(lowers: Sequence[str], after: int, k: int) -> bool:
    """Whether the words from ``after`` (the end of the post joined) up to the adverb at ``k`` close that clause and
    go on with the same person: "and (was)", ", (has)", a year or a place between ("in 2006 and was most recently")."""
    between = [w for w in lowers[after:k] if not w.isspace()]
    joint = next((i for i, w in enumerate(between) if w in {"and", ","}), None)
    if joint is None:
        return False
    rest = between[joint + 1 :]
    return all(w in {"was", "has", "had", "and", ",", "most"} for w in rest) and _SUBJECTS.isdisjoint(between)


def told_steps(
    norms: Sequence[str],
    lowers: Sequence[str],
    start: int,
    end: int,
    roles: Sequence[tuple[int, int]],
    capital: Callable[[int], bool] | None = None,
) -> list[Step]:
    """The posts a person holds and the moves they make in tokens ``start:end``, in the order told.

    ``roles`` are the sentence's role mentions as token spans, in order; ``norms`` and ``lowers``
    the words' norms and lower-case forms; ``capital(k)`` whether token ``k`` is written with a
    capital (a name may be the subject of "joined as", "was hired as").

    Examples
    --------
    >>> lowers = "tom was promoted to junior buyer after two years as a merchandising assistant .".split()
    >>> [(s.kind, s.role, s.tenure) for s in told_steps(lowers, lowers, 0, len(lowers), [(4, 6), (11, 13)])]
    [('before', 1, (6, 9))]
    >>> lowers = "i wasn't made lead , and i could not become a supervisor .".split()
    >>> told_steps(lowers, lowers, 0, len(lowers), [(3, 4), (11, 12)])
    []
    """
    steps: list[Step] = []
    person = not _PERSONS.isdisjoint(lowers[start:end])
    named = {k for i, j in roles for k in range(i, j)}  # (the tokens of the roles, read as a role's words)
    cues = [k for k in range(start, end) if lowers[k] in _STEP_WORDS or norms[k] in _STEP_NORMS]
    for k in cues:
        w = lowers[k]
        norm = norms[k]
        if k in named:
            continue
        if w == "as" and k == start:
            # "As a site foreman, I had apprentices under me": a post the person held then, told by what
            # they did in it in the past (not "As a manager, I have to ...": the post held now); where it was held
            # may come between ("As the only gardener on the site, I loved it"), and a story's "it was" may follow
            # ("As the only copywriter for the team, it was a thrill to ...")
            n = _role_at(roles, lowers, k + 1, end)
            x = roles[n][1] if n is not None else end
            if x < end and lowers[x] in _PLACE_WORDS:
                x = next((y for y in range(x + 1, min(end, x + 7)) if lowers[y] in _ENDS or lowers[y] == ","), end)
            if n is not None and x + 2 < end and lowers[x] == "," and (
                (person and lowers[x + 1] in _SUBJECTS) or lowers[x + 1 : x + 3] == ["it", "was"]
            ) and _told_in_past(lowers[x + 2]):
                steps.append(Step("held", n, k))
                continue
        if w == "and" and steps:
            # "I joined as A in 2015 and was B by 2019", "start as A and you could be B within three years": a
            # post the person is said to hold by a later time, after a post taken in the same sentence
            n = _reached_by(roles, lowers, k, end)
            if n is None and steps[-1].kind == "held":
                # "I was A from 2010 to 2014 and B from 2014 to 2019", "I was A in 2010 and B by 2016": the verb left
                # out, each post dated by the calendar
                n = _dated_conjunct(roles, lowers, roles[steps[-1].role][1], k, end)
            if n is None and steps[-1].kind == "held" and steps[-1].tenure is not None and (
                lowers[k + 1 : k + 2] and (lowers[k + 1] in _SPAN_COUNTS or lowers[k + 1].isdigit())
            ):
                # "Nadia spent two years as A and three as B": a second span of the same verb, in a second post
                x = k + 2 + (lowers[k + 2 : k + 3] == ["more"])
                n = _role_at(roles, lowers, x + 1, end) if lowers[x : x + 1] == ["as"] else None
            if n is not None and all(s.role != n for s in steps) and not _undone(lowers, start, k):
                steps.append(Step("move", n, k))
                continue
        if w in {"my", "after", "following"} and (n := _spell_at(roles, lowers, k, end)) is not None:
            # "During my internship I ...": the intern's post held (after "after": held before the sentence's move,
            # "After my apprenticeship the yard hired me as B")
            if not _undone(lowers, start, k):
                steps.append(Step("held" if w == "my" else "before", n, k))
            continue
        if w in {"my", "and"}:
            # (not "... before moving into my current role as B" after a post held: a move, read at "current")
            current = w == "my" and lowers[k + 1 : k + 2] == ["current"] and any(s.kind == "held" for s in steps)
            n = _own_post(roles, lowers, start, k, end) if person and not current else None
            if n is not None and not _undone(lowers, start, k):
                steps.append(Step("held", n, k, _tenure_after(lowers, roles[n][1], end)))
            continue
        if norm in _WORK and lowers[k + 2 : k + 5] == ["way", "up", "to"] and lowers[k + 1] in _ARTICLES:
            # "I joined as A in 2015 and worked my way up to B by 2021": a later step of the story told
            n = _role_at(roles, lowers, k + 5, end)
            if n is not None and any(s.kind in {"move", "held"} for s in steps) and not _undone(lowers, start, k):
                steps.append(Step("move", n, k))
            continue
        # ("having previously been A": an adverb of earlier time between)
        part = k + 2 if w == "having" and lowers[k + 1 : k + 2] and lowers[k + 1] in _EARLIER_ADVERBS else k + 1
        if w in {"having", "after"} and part < end and lowers[part] in _SERVED.get(w, ()):
            # "..., having served as deputy director for five years", "after working as a porter, she ...": the
            # post held before the sentence's move
            been = lowers[part] == "been"
            n = _role_at(roles, lowers, part + 1, end) if been else _after_as(roles, lowers, part, end, 6)
            if n is not None and not _undone(lowers, start, k):
                steps.append(Step("before", n, k, _tenure_after(lowers, roles[n][1], end)))
            continue
        # "after two years as X", "after a summer as a delivery driver": the post held before the move
        if w in {"after", "following"}:
            ahead = next((x for x in range(k + 1, min(end, k + 8)) if lowers[x] == "as"), None)
            # (a stretch of time and where it was spent, "after 18 months on the floor as", not a later clause:
            # "the following year and now runs the depot as X")
            between = _words_between(lowers, k + 1, ahead) if ahead is not None else []
            joined = any(w in _NEW_CLAUSE for w in between) and " ".join(between).find("and a half") < 0
            # (nor a person's own verb: "after another four years I took over as C", the time before C's move)
            joined = joined or any(w in _SUBJECTS for w in between)
            if ahead is not None and any(lowers[x] in _TIME_NOUNS for x in range(k + 1, ahead)) and not joined:
                n = _role_at(roles, lowers, ahead + 1, end)
                if n is not None:
                    steps.append(Step("before", n, k, (k, ahead)))
            continue
        if w == "first" and k + 1 < end and norms[k + 1] in _POSTS:
            # "my first job in e-commerce was in pre-sales customer service": where the story starts
            at = next((x for x in range(k + 2, min(end, k + 10)) if lowers[x] in {"was", "is"}), None)
            if at is not None:
                x = at + 1
                while x < end and lowers[x] in {"in", "as", "at"}:
                    x += 1
                n = _role_at(roles, lowers, x, end)
                if n is not None:
                    steps.append(Step("held", n, k))
            continue
        named_as = w in {"is", "was"} and capital is not None and k - 2 >= start and capital(k - 1) and (
            capital(k - 2) and lowers[k - 1].isalpha() and lowers[k - 2].isalpha()
        ) and lowers[k - 2] not in _LATER  # ("Today James is B": a time word, no first name)
        # ("Sarah is our head librarian": a first name alone opening a sentence that names her post among ours)
        named_as = named_as or (
            w == "is" and capital is not None and k - 1 == start and capital(start) and lowers[start].isalpha()
            and lowers[start] not in _LATER and lowers[k + 1 : k + 2] == ["our"]
        )
        # ("Priya was a shop assistant for two years": a first name alone opening a sentence told in the past)
        named_as = named_as or (
            w == "was" and capital is not None and k - 1 == start and capital(start) and lowers[start].isalpha()
            and lowers[start] not in _LATER
        )
        # ("Prior to this role, Maria was A": a first name alone after the aside of an earlier time opening the
        # sentence)
        named_as = named_as or (w == "was" and capital is not None and _name_after_aside(lowers, start, k, capital))
        if named_as and _told_subject(lowers, start, k, capital):
            # "Jane Doe is head of logistics at Acme": a named person's post (a first and a last name before the verb),
            # with how long it was held ("... was a shop assistant for two years")
            x = k + 1
            while x < end and (lowers[x] in _ADVERBS or lowers[x].isspace()):
                x += 1
            n = _role_at(roles, lowers, x, end)
            if n is None and x < end and lowers[x] in _PLACED:
                # ("Maria was based in Leeds with a regional trust as A": the post held where the person was placed)
                n = _after_as(roles, lowers, x, end, 14)
            if n is not None and not _undone(lowers, start, k):
                steps.append(Step("held", n, k, _tenure_after(lowers, roles[n][1], end)))
                continue
        if w == "meet" and k == start and capital is not None:
            # "Meet Sarah, our head librarian": a named person's post, held now
            x = k + 1
            while x < end and capital(x) and lowers[x].isalpha():
                x += 1
            n = _role_at(roles, lowers, x + 1, end) if x > k + 1 and lowers[x : x + 1] == [","] else None
            if n is not None and lowers[x + 1 : x + 2] in (["our"], ["the"]):
                steps.append(Step("held", n, k))
            continue
        if w == "as" and k - 2 >= start and lowers[k - 1] == "first" and lowers[k - 2] == "," and (
            person or _named_subject(lowers, start, k - 2, capital, roles)
        ):
            # "She has worked at the hospital for 12 years, first as A, then as B": the first of the posts told in turn
            n = _role_at(roles, lowers, k + 1, end)
            if n is not None and not any(s.role == n for s in steps) and not _undone(lowers, start, k):
                steps.append(Step("held", n, k, _tenure_after(lowers, roles[n][1], end)))
                continue
        # ("..., first as A and then as B": "and then" with "as" after it)
        and_then = k > start and lowers[k - 1] == "and" and lowers[k + 1 : k + 2] == ["as"]
        if w == "then" and k > start and (lowers[k - 1] == "," or and_then) and steps:
            # "since then I've been a chat team lead, then CX operations manager for the last two years" (also "I
            # worked as A, then as B")
            n = _role_at(roles, lowers, k + 2 if lowers[k + 1 : k + 2] == ["as"] else k + 1, end)
            # (not a post the list before read already: "I've worked as A, then B, and now C" told B in turn; its
            # time is read here: "..., then B for the last two years")
            moved = [x for x, s in enumerate(steps) if s.role == n and s.kind == "move"]
            if n is not None and not moved:
                steps.append(Step("move", n, k, _tenure_after(lowers, roles[n][1], end)))
            elif n is not None and steps[moved[0]].tenure is None:
                steps[moved[0]] = Step("move", n, steps[moved[0]].cue, _tenure_after(lowers, roles[n][1], end))
            continue
        if w in _LAST_HELD and steps and steps[-1].kind in {"move", "held"} and norms[steps[-1].cue] in _JOINED_AS and (
            w != "recently" or lowers[k - 1] == "most"
        ) and _joined_then(lowers, roles[steps[-1].role][1], k):
            # "Reed joined the firm as A in 2006 and was most recently C", "..., who started as A, previously served
            # as C": after the post joined, the post held last before the one the person is now named to
            x = k + 1
            while x < end and (lowers[x] in _LAST_HELD_VERBS or lowers[x].isspace()):
                x += 1
            n = _role_at(roles, lowers, x, end)
            if n is not None and n != steps[-1].role and not _undone(lowers, start, k):
                steps.append(Step("move", n, k))
            continue
        if w in {"apply", "applied"} and k + 2 < end and (
            lowers[k + 1] == "for" or (lowers[k + 1] == "to" and lowers[k + 2] in _TO_BE)
        ):
            # "I applied for the inventory controller job, and I got it", "I applied to be a service advisor at the
            # garage and got the job"
            n = _role_at(roles, lowers, k + (2 if lowers[k + 1] == "for" else 3), end)
            rest = _words_between(lowers, k + 2, end)
            got = any(a in {"got", "landed", "won"} and b in {"it", "the"} for a, b in itertools.pairwise(rest))
            if n is not None and got and not _undone(lowers, start, k) and _NOT_DONE.isdisjoint(rest):
                steps.append(Step("move", n, k))
            continue
        if w == "came" and lowers[k + 1 : k + 2] == ["up"] and k - 1 > start and norms[k - 1] in _POSTS:
            # "when the store manager job came up, I went for it and got it": the post taken
            n = next((m for m, (_, j) in enumerate(roles) if j == k - 1), None)
            rest = _words_between(lowers, k + 2, end)
            got = any(a in {"got", "landed", "won"} and b in {"it", "the"} for a, b in itertools.pairwise(rest))
            if n is not None and got and person and not _undone(lowers, start, k) and _NOT_DONE.isdisjoint(rest):
                steps.append(Step("move", n, k))
            continue
        if w in _ASKED and lowers[k + 1 : k + 2] in (["me"], ["him"], ["her"]) and lowers[k + 2 : k + 4] in (
            [["to", v] for v in _TO_BE]
        ):
            # "the manager asked me to become a shift supervisor", "they invited her to be their new B": the person's
            # move (not one refused: "... but I turned it down")
            n = _role_at(roles, lowers, k + 4, end)
            if n is not None and not _undone(lowers, start, k) and _REFUSED.isdisjoint(lowers[roles[n][1] : end]):
                steps.append(Step("move", n, k))
            continue
        if w in _SCHEME_JOINED and person and _told_subject(lowers, start, k, capital):
            # "I joined the firm's graduate scheme in 2019": the post of the scheme held (mentions.scheme-posts)
            n = next(
                (
                    n
                    for n, (i, j) in enumerate(roles)
                    if k < i <= k + 8 and lowers[j : j + 1] and lowers[j] in SCHEME_NOUNS
                ),
                None,
            )
            if n is not None and not _undone(lowers, start, k):
                steps.append(Step("held", n, k))
                continue
        if w in _ASKED and k > start and lowers[k - 1] in _ASKED_PASSIVE and lowers[k + 1 : k + 2] == ["to"]:
            # "I was asked to stay on as B", "she was invited to become B", "I was asked to be B": the person asked
            # (the verb in the passive) takes the post (transitions.asked-to-stay; not one refused)
            x = k + 2
            if lowers[x : x + 1] and lowers[x] in _STAY:
                x += 1 + (lowers[x + 1 : x + 2] == ["on"])
                x = x + 1 if lowers[x : x + 1] == ["as"] else end
            elif lowers[x : x + 1] and lowers[x] in _TO_BE:
                x += 1
            else:
                x = end
            n = _role_at(roles, lowers, x, end) if x < end else None
            if n is not None and not _undone(lowers, start, k) and _REFUSED.isdisjoint(lowers[roles[n][1] : end]):
                steps.append(Step("move", n, k))
                continue
        # ("announced the appointment of Maria Costa as B": the noun of naming, the person after "of")
        noun = w in _APPOINTMENT_NOUNS and lowers[k + 1 : k + 2] == ["of"]
        at = k + 1 if noun else k  # (the word before the person's name)
        if (norm in _NAMING or norm in _PROMOTE_NAMED or noun) and capital is not None and at + 1 < end and (
            capital(at + 1) and lowers[at + 1].isalpha()
        ):
            # "Parcelpoint has named Maria Costa as its operations director": a named person's move ("has promoted
            # Priya Shah to operations director" too)
            ahead = next((x for x in range(at + 1, min(end, at + 5)) if lowers[x] in {"as", "to"}), None)
            if ahead is not None and all(capital(x) or lowers[x].isspace() for x in range(at + 1, ahead)):
                n = _role_at(roles, lowers, ahead + 1, end)
                if n is not None and not _undone(lowers, start, k):
                    steps.append(Step("appointed", n, k))  # (a person named here: their own story starts)
                    continue
        particle = norms[k - 1] in {"up", "across", "over", "in"} and k - 1 > start and norms[k - 2] in _FROM_VERBS
        if w == "from" and k > start and (norms[k - 1] in _FROM_VERBS or particle) and not _undone(lowers, start, k):
            # "Costa, who moves up from head of network planning, ...": the post the person's move started from
            n = _role_at(roles, lowers, k + 1, end)
            if n is not None:
                steps.append(Step("before", n, k))
                if lowers[roles[n][1] : roles[n][1] + 1] in (["to"], ["into"]):
                    # "you can move from A to B in a year, become C ...": B is the move's post, C's start
                    to = _role_at(roles, lowers, roles[n][1] + 1, end)
                    if to is not None and to != n:
                        steps.append(Step("move", to, k))
            continue
        if (norm in _LEAVE or w in _LEAVE) and not _undone(lowers, start, k):
            # "he left his post as a night porter to work as a receptionist": the post held before the move
            n = _after_as(roles, lowers, k, end, 6)
            if n is not None:
                steps.append(Step("before", n, k))
            continue
        if (norm in _HELD_AS or w in _HELD_AS) and lowers[k - 1] == "to" and any(s.kind == "before" for s in steps):
            n = _after_as(roles, lowers, k, end, 4)  # ("... to work as a receptionist": the purpose of leaving)
            if n is not None:
                steps.append(Step("move", n, k))
            continue
        if w == "is" and not person and capital is not None and k > start and capital(k - 1) and k - 1 not in named:
            # "Today James is a regional director", "James is now B": a named person's post reached since
            x = k + 1
            while x < end and (lowers[x] in _ADVERBS or lowers[x].isspace()):
                x += 1
            n = _role_at(roles, lowers, x, end)
            if n is not None and _later_before(lowers, max(start, k - 3), x) and not _undone(lowers, start, k):
                steps.append(Step("move", n, k))
            continue
        # (a third person's pronoun may follow: "Priya became B, a role she still holds"; not in a sentence of the
        # narrator's: "Sarah became area manager and I took over")
        if norm in _NAMED_CUES and capital is not None and k > start and _SUBJECTS.isdisjoint(lowers[start:k]) and (
            _FIRST_PERSON.isdisjoint(lowers[start:end])
        ) and (
            _told_subject(lowers, start, k, capital) and not _undone(lowers, start, k)
        ):
            # "Eighteen months later, Priya became B", "In 2020 Marco was promoted to B": a named person's move
            x = k + 1
            while x < end and (lowers[x] in {"to", "into", "up", "onto", "as"} or lowers[x].isspace()):
                x += 1
            n = _role_at(roles, lowers, x, end) if x > k + 1 or norm in _NAMING or norm == "become" else None
            if n is not None and not any(s.role == n for s in steps):
                steps.append(Step("move", n, k))
                continue
        if not person and not (norm in _ENTRY_AS or norm in _HELD_AS) and w not in _NEW_POST and w not in _FORMER_HELD:
            if not (w == "as" and _named_subject(lowers, start, k, capital, roles)):  # ("Tom now runs the site as B")
                continue  # (what follows reads none of the rest of such a word in a sentence of no person)
        if w in _TOOK and lowers[k + 1 : k + 2] in (["me"], ["him"], ["her"]) and not _undone(lowers, start, k):
            # "It took me five years to become a senior carer": the person's move, after that time (the clause's)
            to = next((x for x in range(k + 2, min(end, k + 9)) if lowers[x] == "to"), None)
            if to is not None and any(lowers[x] in _TIME_NOUNS for x in range(k + 2, to)):
                x = to + 1
                while x < end and (lowers[x] in _TOOK_TO or lowers[x].isspace()):
                    x += 1
                n = _role_at(roles, lowers, x, end) if x > to + 1 else None
                if n is not None:
                    steps.append(Step("move", n, k))
                    continue
        if w in _GOT_ME and lowers[k + 1 : k + 2] == ["me"]:
            # "my aunt got me a job as a kitchen porter", "a friend found me a role as a runner": the narrator's post
            x = k + 2
            while x < end and (lowers[x] in _ARTICLES or lowers[x] in _POST_ORDINALS or lowers[x].isspace()):
                x += 1
            n = _role_at(roles, lowers, x + 2, end) if norms[x] in _POSTS and lowers[x + 1 : x + 2] == ["as"] else None
            if n is not None and not _undone(lowers, start, k):
                steps.append(Step("move", n, k))
                continue
        # (not a role naming the person to a post: "the head chef made me a commis chef", the chef no holder)
        named_me = norm in _NAMING and lowers[k + 1 : k + 2] in (["me"], ["him"], ["her"])
        if _role_before(roles, lowers, start, k) and not named_me:
            continue  # "our field controller started as an assistant": where a role's holders come from
        # "... before taking over as B"
        over = w in _OVER_AS and k + 2 < end and lowers[k + 1] in _OVER_AS[w] and lowers[k + 2] == "as"
        # ("went back (to the depot) as B": a post taken on coming back)
        back = (norm in _BACK_VERBS or w in _BACK_VERBS) and lowers[k + 1 : k + 2] == ["back"]
        # ("ended my career as B", "she retired as B": the last post reached, taken as one joined is)
        entry = norm in _ENTRY_AS or w in _ENTRY_AS or back or norm in _ENDED_AS
        if (entry or norm in _HELD_AS or w in _HELD_AS) and not over and not (
            _told_subject(lowers, start, k, capital)
            or _gerund_own(lowers, start, k, end)
            # ("I was sent the contract as X": the noun's holder is the clause's person)
            or (norm in _CONTRACT_NOUNS and any(x in _SUBJECTS for x in lowers[start:k]))
        ):
            continue  # "most people start as ...", "my sister joined as ...": not the person told of
        # "... to confirm my new role as the logistics manager": the post the person moves to
        # ("She spent three years as A before taking on her current role as B": the post held now, after one held)
        current = w == "current" and any(s.kind == "held" for s in steps)
        if (w == "new" or current) and k > start and lowers[k - 1] in {"my", "his", "her"} and k + 2 < end and (
            norms[k + 1] in _POSTS and lowers[k + 2] == "as"
        ):
            n = _role_at(roles, lowers, k + 3, end)
            if n is not None:
                steps.append(Step("move", n, k))
                continue
        if w == "current" and k > start and lowers[k - 1] in _OWN and k + 2 < end and norms[k + 1] in _POSTS and (
            lowers[k + 2] in {"is", ":"}
        ):
            # "My first job was as A. My current role is B.": the post held now, told after one held before
            x = k + 3
            while x < end and lowers[x] in {"as", "that", "of"}:
                x += 1
            n = _role_at(roles, lowers, x, end)
            if n is not None and not _undone(lowers, start, k):
                steps.append(Step("move", n, k))
                continue
        # "more than my previous customer service gig": a post the person held before
        # "As a former paramedic, I ...": the person's post before the move the sentence tells
        as_former = k - 1 > start and lowers[k - 1] in {"a", "an"} and lowers[k - 2] == "as" and person
        if w in _FORMER_HELD and k > start and (lowers[k - 1] in {"my", "his", "her"} or as_former):
            n = _role_at(roles, lowers, k + 1, end)
            if n is not None:
                steps.append(Step("held", n, k))
                continue
        if not person and not (norm in _ENTRY_AS or norm in _HELD_AS) and not (
            w == "as" and _named_subject(lowers, start, k, capital, roles)
        ):
            continue
        # "I was a picker", "I had been a complaints handler for four years", "today I'm a senior operator"
        if w in _SUBJECTS:
            x = k + 1
            while x < end and (lowers[x] in _HAVE or lowers[x] in _ADVERBS or lowers[x].isspace()):
                x += 1
            used = lowers[x : x + 3] == ["used", "to", "be"]  # "I used to be a teacher": a post held before
            if x < end and ((lowers[x] in _BE and lowers[x] not in {"be", "being"}) or used):
                x += 3 if used else 1
                # ("I was soon the workshop foreman": a post reached after the one told before; "she was previously
                # head of warehousing": one held before)
                while x < end and (
                    lowers[x] in _ADVERBS or lowers[x] == "soon" or lowers[x] in _EARLIER or lowers[x].isspace()
                ):
                    x += 1
                # "I was one of a handful of ferry deckhands": the post is the group's, as transitions.told reads it
                x = _past_one_of(lowers, x, end)
                n = _role_at(roles, lowers, x, end)
                doing = n is None and x < end and lowers[x].endswith("ing") and lowers[x] not in {"being", "going"}
                doing = doing or (n is None and x < end and lowers[x] in _PLACED)  # ("she was based in X as A")
                if doing:
                    # "within two years she was leading a team as floor supervisor": the post held doing the work
                    n = _after_as(roles, lowers, x, end, 14 if lowers[x] in _PLACED else 5)
                if n is not None and not _undone(lowers, start, k + 1):
                    later = _later_before(lowers, max(start, k - 6), x) or _after_a_time(lowers, start, k)
                    later = later or _soon_phrase(lowers, max(start, k - 6), k)
                    if doing and not later and steps:
                        continue  # (a later "as" of the sentence tells it: "... and by 1995 I was running it as B")
                    tenure = _tenure_after(lowers, roles[n][1], end) or _tenure_before(lowers, start, k)
                    steps.append(Step("move" if later else "held", n, k, tenure))
                    # "I've been a cashier, a stock clerk, and now a store manager": posts listed in the order held
                    steps.extend(Step("move", m, cue) for m, cue in _posts_in_turn(roles, lowers, n, end))
            continue
        if _undone(lowers, start, k):
            continue
        # "they made me lead", "the board named her head of planning", "Sam was made lead"
        passive = k > start and lowers[k - 1] in {"was", "were", "been", "got"} and _told_subject(
            lowers, start, k, capital
        )
        # (not "the qualities that made her a stellar agent": what made someone good at a post names no move)
        described = k > start and lowers[k - 1] in {"that", "which", "what"} and norm in _NAMING_QUALITY
        if norm in _NAMING and k + 1 < end and (lowers[k + 1] in _OBJECTS or passive) and not described:
            n = _role_at(roles, lowers, k + (1 if passive and lowers[k + 1] not in _OBJECTS else 2), end)
            if n is not None:
                steps.append(Step("move", n, k))
            continue
        # "my boss moved me over to the operations side as an operations assistant", "I switched to e-commerce in
        # 2022, as a trust and safety specialist"
        # (or with the subject left out after a comma in a told sentence: "Started as A, moved to days as B, ...")
        themselves = lowers[k + 1 : k + 2] in (["to"], ["into"], ["over"], ["across"]) and (
            any(v in _SUBJECTS for v in lowers[max(start, k - 3) : k])
            or (k > start and lowers[k - 1] == "," and bool(steps))
        )
        if norm in _MOVING and k + 1 < end and (lowers[k + 1] in _OBJECTS or themselves):
            n = _after_as(roles, lowers, k + 1, end, 10)
            if n is None:
                # ("moved me over to B"; "I was moved to B", "she switched into B": the person is the subject)
                x = k + 2 if lowers[k + 1] in _OBJECTS else k + 1
                at = x
                while x < end and lowers[x] in {"up", "over", "across", "to", "into", "onto"}:
                    x += 1
                n = _role_at(roles, lowers, x, end) if x > at else None
            if n is not None:
                steps.append(Step("move", n, k))
            continue
        # "took over as store operator", "stepped in as team lead"
        if over:
            n = _role_at(roles, lowers, k + 3, end)
            if n is not None:
                steps.append(Step("move", n, k))
            continue
        # "eventually earning a promotion to B", "I got a promotion to B": a move told with the noun
        if norm in _PROMOTION_NOUNS and k - 2 >= start and (
            any(norms[x] in _GOT_PROMOTION for x in (k - 1, k - 2))
        ):
            x = k + 1
            while x < end and (lowers[x] in {"to", "as", "into"} or lowers[x].isspace()):
                x += 1
            n = _role_at(roles, lowers, x, end) if x > k + 1 else None
            if n is not None and person:
                steps.append(Step("move", n, k))
                continue
        # "I landed the team leader job", "I was offered the contact centre manager position": a post taken
        # ("I took on the role of head porter", "she was given the position of B": the post after "of")
        if w in {"offer", "offers"} and person and k > start and lowers[k - 1] in _ARTICLES:
            # "I had a written offer to be the first head chef there", "accepted an offer to become B": the
            # post offered, after "to be"
            x = k + 1 + (2 if lowers[k + 1 : k + 3] == ["in", "hand"] else 0)
            if lowers[x : x + 1] == ["to"] and x + 1 < end and lowers[x + 1] in {"be", "become"}:
                x += 2
                while x < end and (lowers[x] in _ARTICLES or lowers[x] in _POST_ORDINALS or lowers[x].isspace()):
                    x += 1
                n = _role_at(roles, lowers, x, end)
                if n is not None and not _undone(lowers, start, k):
                    steps.append(Step("move", n, k))
                    continue
        took_on = w in _TOOK_ON and lowers[k + 1 : k + 2] == ["on"]
        if norm in _GOT_POST or w in _GOT_POST or w in _GIVEN or took_on:
            x = k + 2 if took_on else k + 1
            if x < end and lowers[x] in _OBJECTS and lowers[x] != "her":
                x += 1  # "the owner offered me the workshop supervisor job": the person, then the post
            # ("I got my first sous chef job": an ordinal or "new" between the article and the post)
            while x < end and (lowers[x] in _ARTICLES or lowers[x] in _POST_ORDINALS or lowers[x].isspace()):
                x += 1
            of = x + 1 < end and norms[x] in _POSTS and lowers[x + 1] == "of" and x > k + 1
            n = _role_at(roles, lowers, x + 2 if of else x, end)
            if of and n is not None and not _undone(lowers, start, k):
                steps.append(Step("move", n, k))
                continue
            if took_on or w in _GIVEN:
                n = None
            if n is not None:
                after = roles[n][1]
                while after < end and lowers[after].isspace():
                    after += 1
                # ("I accepted the supervisor offer": the offer of a post, taken)
                if after < end and (norms[after] in _POSTS or (lowers[after] == "offer" and norm in _ACCEPTED)):
                    steps.append(Step("move", n, k))
                    continue
            elif not _POSTS.isdisjoint(norms[k + 1 : k + 5]) and not _undone(lowers, start, k):
                # "I was offered a job in the depot as a route supervisor": the post the job was, further on in
                # the clause (no other person's clause between)
                n = _after_as(roles, lowers, k, end, 12)
                if n is not None and not _other_clause(lowers, k, roles[n][0]):
                    steps.append(Step("move", n, k))
                    continue
        # "joined a seller as a packer", "was hired as an agent", "landed a role as a coordinator": a post taken
        if entry:
            n = _after_as(roles, lowers, k, end, 7)
            if n is None and not _POSTS.isdisjoint(norms[k + 1 : k + 5]):
                # "I got my first proper job in 2014, answering phones for an energy company as an advisor": the post
                # the job was, further on in the same clause (no other person's clause between)
                n = _after_as(roles, lowers, k, end, 20)
                if n is not None and _other_clause(lowers, k, roles[n][0]):
                    n = None
            if n is not None:
                steps.append(Step("move", n, k))
            continue
        # "worked weekends as a sales assistant", "spent three years as an account manager"
        if norm in _HELD_AS or w in _HELD_AS:
            n = _after_as(roles, lowers, k, end, 7)
            if n is not None:
                spent = any(lowers[x] in _TIME_NOUNS for x in range(k + 1, roles[n][0]))
                # ("I have worked here for 12 years, first as A, then as B": the time of all the posts told, not A's)
                at = max((x for x in range(k + 1, roles[n][0]) if lowers[x] == "as"), default=k)
                spent = spent and lowers[at - 1] != "first"
                # ("For over ten months, I worked as A": how long, told before the person)
                tenure = (
                    _tenure_after(lowers, roles[n][1], end)
                    or _tenure_before(lowers, start, k)
                    or _tenure_into(lowers, start, k)  # ("I was two years into working as A")
                )
                # ("These days I work as B", "now she works as B": a post reached after the one told before)
                kind = "move" if _later_before(lowers, start, k) and norm not in {"start", "begin"} else "held"
                steps.append(Step(kind, n, k, (k, roles[n][0]) if spent else tenure))
                # "I've worked as a labourer, a site supervisor and now a site manager": posts listed in the order held
                steps.extend(Step("move", m, cue) for m, cue in _posts_in_turn(roles, lowers, n, end))
            continue
        # "..., got bumped up to dispatcher the following year and now runs the depot as ...": a verb of movement
        # inside a told sentence is a step in its order, so the later step starts from it
        if norm in _CUE_VERBS and norm not in _NAMING and any(s.kind in {"move", "held"} for s in steps):
            x = k + 1
            while x < end and (lowers[x] in {"to", "into", "up", "onto"} or lowers[x].isspace()):
                x += 1
            n = _role_at(roles, lowers, x, end) if x > k + 1 else None
            if n is not None and not any(s.role == n for s in steps):
                steps.append(Step("move", n, k))
                continue
        # "three years later she runs the dispatch floor as warehouse supervisor" (or "... and within a year was
        # leading the desk as B", "Three years on, she manages it as B": a stretch of time passed)
        if w == "as" and (_later_before(lowers, start, k) or _after_a_time(lowers, start, k)) and (
            any(v in _SUBJECTS for v in lowers[start:k]) or _named_subject(lowers, start, k, capital, roles)
        ):
            n = _role_at(roles, lowers, k + 1, end)
            if n is not None and not any(s.role == n for s in steps):
                steps.append(Step("move", n, k))
    # "was promoted to junior buyer after two years as an assistant": the move of a sentence naming the post before
    # ("move from A to B in a year, become C at two, and reach D by three": after the move "from A to B" itself, the
    # predicates joined to it by a comma or "and" are later steps, "reach" among them)
    from_to = {s.cue for s in steps if s.kind == "before"}
    if from_to and not any(s.kind == "move" and s.cue not in from_to for s in steps):
        chained = any(s.kind == "move" for s in steps)
        for k in range(start, end):
            later = chained and k > start and lowers[k - 1] in {",", "and"}
            if (norms[k] not in _CUE_VERBS and not (later and norms[k] in _REACHED)) or _undone(lowers, start, k):
                continue
            if chained and not later:
                continue
            x = k + 1
            while x < end and (lowers[x] in {"to", "into", "up", "as", "onto"} or lowers[x].isspace()):
                x += 1
            n = _role_at(roles, lowers, x, end) if x > k + 1 or norms[k] in _NAMING or norms[k] == "become" else None
            if n is None and later and norms[k] in _REACHED:
                n = _role_at(roles, lowers, k + 1, end)
            if n is not None and not any(s.role == n for s in steps):
                steps.append(Step("move", n, k))
                if not chained:
                    break
    opens = lowers[start] in _OPENING_ASIDE or lowers[start] in _ONCE
    if steps and (opens or (capital is not None and capital(start))):
        steps = _opening_aside(lowers, start, end, roles, steps, capital)
    # "before that he worked as a sales assistant": a post held before the story's first one
    opening = _words_between(lowers, start, min(end, start + 4))
    # (also "Before becoming B, he spent six years as A", "Prior to joining the Grand as B, she was A")
    lead = 2 if opening[:2] == ["prior", "to"] else 1 if opening[:1] == ["before"] else 0
    ahead = len(opening) > lead > 0 and (opening[lead] in _SUBJECTS or opening[lead] in _BEFORE_GERUNDS)
    if ahead:
        steps = _before_clause(norms, lowers, start, end, roles, steps)
    # (a turn matters only between two steps: the sentence is walked for one only then)
    turn = _earlier_turn(lowers, start, end) if len(steps) >= 2 else None
    if turn is not None and any(s.cue < turn for s in steps) and any(s.cue > turn for s in steps):
        # "I'm a store manager now, but before that I was a cashier", "I run the desk; previously I was a porter":
        # the posts told after the turn were held before the ones told ahead of it
        return [
            Step("earlier", s.role, s.cue, s.tenure) if s.cue > turn and s.kind in {"held", "move"} else s
            for s in steps
        ]
    # (not "..., having previously been A": the adverb is the participle's, told of the post held before)
    earlier = any(
        w in _EARLIER and (x == start or lowers[x - 1] != "having") for x, w in enumerate(lowers[start:end], start)
    )
    having = next((s for s in steps if s.kind == "before" and lowers[s.cue] == "having"), None)
    if having is not None and not any(s.kind == "move" for s in steps):
        # "He has been B since 2018, having previously been A": the post held in the main clause was reached from A
        steps = [Step("move", s.role, s.cue, s.tenure) if s.kind == "held" and s.cue < having.cue else s for s in steps]
    if earlier or (opening[:2] in (["before", "that"], ["before", "this"], ["prior", "to"]) and not ahead):
        steps = [Step("earlier", s.role, s.cue, s.tenure) if s.kind == "held" else s for s in steps]
    return steps


#: words of order inside a list of posts held: "a cashier, then a stock clerk, and now a store manager"
_IN_TURN = frozenset({"then", "now", "later", "eventually", "finally", "today"})


def _posts_in_turn(roles: Sequence[tuple[int, int]], lowers: Sequence[str], n: int, end: int) -> list[tuple[int, int]]:
    """The posts listed right after role ``n`` (commas, "and", articles between), with the token that leads to each,
    when a word of order ("then", "now") leads to a later one: the posts are held in turn; else none.

    >>> lowers = "i 've been a cashier , a clerk , and now a manager .".split()
    >>> _posts_in_turn([(4, 5), (7, 8), (12, 13)], lowers, 0, len(lowers))
    [(1, 5), (2, 8)]
    >>> _posts_in_turn([(4, 5), (7, 8), (12, 13)], "i 've been a cashier , a clerk , and a manager .".split(), 0, 13)
    []
    """
    out: list[tuple[int, int]] = []
    ordered = False
    x = roles[n][1]
    for m in range(n + 1, len(roles)):
        i, j = roles[m]
        if i < x:
            continue
        between = _words_between(lowers, x, i)
        if not between or between[0] not in {",", "and"}:
            break
        if any(w not in {",", "and"} and w not in _ARTICLES and w not in _IN_TURN for w in between):
            break
        ordered = ordered or not _IN_TURN.isdisjoint(between)
        out.append((m, x))
        x = j
    return out if ordered else []


#: the first words of an aside opening a sentence with a post the person holds now or held before ("Now a shop
#: manager, Tom started out as A", "A former delivery driver, she now runs the shop as B")
_OPENING_ASIDE = frozenset({"now", "today", "currently", "a", "an", "our"})


def _opening_aside(
    lowers: Sequence[str],
    start: int,
    end: int,
    roles: Sequence[tuple[int, int]],
    steps: list[Step],
    capital: Callable[[int], bool] | None,
) -> list[Step]:
    """The steps of a sentence opening with an aside that names a post and ends at a comma: "Now a B, Tom started out
    as A" (B the post held now: the post Tom started in moves to it; also "Our B, Sarah, joined us as A", "Sarah (B)
    joined us as A"), "A former A, she now runs the shop as B" (A the post held before the move the sentence tells);
    else the steps as they were."""
    now = lowers[start] in {"now", "today", "currently", "our"}
    x = start + (0 if lowers[start] == "our" else 1)
    spell = None  # ("A florist for six years, Nadia now runs the shop as B": how long the post before was held)
    if lowers[start] in _ONCE and lowers[start + 1 : start + 2] in (["a"], ["an"]):
        # "Formerly a florist, she now runs the shop as B", "Once a florist, Nadia now runs ...": the post before
        now, x = False, start + 2
        n = _role_at(roles, lowers, x, end)
    elif lowers[start] not in _OPENING_ASIDE:
        # "Sarah (B) joined us as A": a name, then the post held now in brackets
        assert capital is not None
        while x < end and capital(x) and lowers[x].isalpha():
            x += 1
        n = _role_at(roles, lowers, x + 1, end) if lowers[x : x + 1] == ["("] else None
        if n is None or lowers[roles[n][1] : roles[n][1] + 1] != [")"]:
            return steps
        now = True
    else:
        if not now:
            if x < end and lowers[x] not in _FORMER and lowers[start] in {"a", "an"}:
                n = _role_at(roles, lowers, start, end)
                spell = _tenure_after(lowers, roles[n][1], end) if n is not None and roles[n][0] == x else None
                if spell is None or lowers[spell[1] : spell[1] + 1] != [","]:
                    return steps
            elif x >= end or lowers[x] not in _FORMER:
                return steps
            else:
                x += 1
        n = _role_at(roles, lowers, x, end)
    if n is None or any(s.role == n for s in steps):
        return steps
    after = roles[n][1] if spell is None else spell[1]
    if lowers[after : after + 1] == [","] and lowers[start] == "our" and capital is not None:
        # "Our B, Sarah, joined us as A": the name between two commas
        y = after + 1
        while y < end and capital(y) and lowers[y].isalpha():
            y += 1
        if y == after + 1 or lowers[y : y + 1] != [","]:
            return steps
    elif lowers[after : after + 1] not in ([","], [")"]):
        return steps
    if now:
        # (the post the person started in, told after the aside: "started out as A", "began his career as A")
        first = next((s for s in steps if s.kind in {"held", "move"} and lowers[s.cue] in _STARTED), None)
        if first is None or len(steps) > 1:
            return steps
        return [Step("before", first.role, first.cue, first.tenure), Step("move", n, start)]
    if not any(s.kind == "move" for s in steps) or any(s.kind == "before" for s in steps):
        return steps
    return [Step("before", n, start, spell), *steps]


#: adverbs opening an aside of the post held before: "Formerly a florist, she ...", "Once a florist, Nadia ..."
_ONCE = frozenset({"formerly", "once", "previously"})
#: the verbs a person's first post is told with: "started out as A", "began her career as A", "joined as A"
_STARTED = frozenset({"started", "began", "joined"})


#: words after which a clause opening "before that" or "previously" is a second clause of the sentence
_TURN_JOINS = frozenset({",", ";", "but", "and", "—", "–"})


def _earlier_turn(lowers: Sequence[str], start: int, end: int) -> int | None:
    """The token opening a later clause of the sentence that tells what came before ("; before that", ", and
    before that", ", but previously", "; prior to that"), or None.

    >>> _earlier_turn("i am a chef now ; before that i was a porter .".split(), 0, 12)
    6
    >>> _earlier_turn("before that i was a porter .".split(), 0, 6) is None
    True
    """
    words = [(k, lowers[k]) for k in range(start, end) if not lowers[k].isspace()]
    for x in range(1, len(words) - 1):
        k, w = words[x]
        nxt = words[x + 1][1]
        if words[x - 1][1] not in _TURN_JOINS:
            continue
        if (w == "before" and nxt in {"that", "this"}) or (w == "prior" and nxt == "to") or w in _EARLIER:
            return k
    return None


def _before_clause(
    norms: Sequence[str],
    lowers: Sequence[str],
    start: int,
    end: int,
    roles: Sequence[tuple[int, int]],
    steps: list[Step],
) -> list[Step]:
    """ "Before I became B, I was A for five years": the post held in the main clause, then the move of the
    clause opening with "before".

    >>> lowers = "before i became a buyer , i was a planner for five years .".split()
    >>> norms = [("become" if w == "became" else w) for w in lowers]
    >>> [(s.kind, s.role) for s in told_steps(norms, lowers, 0, len(lowers), [(4, 5), (9, 10)])]
    [('held', 1), ('move', 0)]
    """
    comma = next((x for x in range(start, end) if lowers[x] == ","), None)
    if comma is None:
        return steps
    # ("Before I was a project manager, I was a site engineer": the post held, told with "was", is the one moved to)
    # ("Before joining the Grand as B, she was A": a post joined as, after the place)
    said = range(start, comma)
    cue = next((x for x in said if norms[x] in _CUE_VERBS or norms[x] in _ENTRY_AS or lowers[x] in _WAS), None)
    if cue is None:
        return steps
    moved = next((n for n, (i, _) in enumerate(roles) if cue < i < comma), None)
    held = [s for s in steps if s.kind == "held" and roles[s.role][0] > comma]
    if moved is None or not held:
        return steps
    return [*held, Step("move", moved, cue)]


_WAS = frozenset({"was", "were"})
#: the gerunds of a move after "before" or "prior to" opening a sentence: "Before joining the Grand as B, she was A"
_BEFORE_GERUNDS = frozenset({"becoming", "joining", "taking", "moving", "stepping"})


#: words between "now" and the post now held: "are now employed as", "is now working as a"
_NOW_HELD = frozenset({"employed", "working", "work", "works", "as", "a", "an", "the", "full-time", "serving"})


@dataclass(frozen=True)
class FormerMove:
    """Holders of role ``target`` came from role ``source`` (indices into the role spans)."""

    source: int
    target: int
    cue: int
    lateral: bool = False
    #: the subject is a pronoun ("many of them were B before ..."): the role it stands for is the target
    pronoun: bool = False


#: words of a move in a relative clause after a post: "who have been promoted", "who moved up"
_MOVED_WORDS = frozenset({"promoted", "moved", "stepped", "rose", "progressed", "advanced", "upgraded"})


def _moved_after(lowers: Sequence[str], j: int, end: int) -> bool:
    """Whether "who" follows token ``j`` and the clause it opens tells a move within a few words."""
    words = _words_between(lowers, j, min(end, j + 8))
    return words[:1] == ["who"] and not _MOVED_WORDS.isdisjoint(words[1:5])


def former_moves(lowers: Sequence[str], start: int, end: int, roles: Sequence[tuple[int, int]]) -> list[FormerMove]:
    """ "A are normally former B", "A and C are often B who switched across", "many of them were B before", "A now
    run their own channels as B" (A's holders went on to B).

    Examples
    --------
    >>> lowers = "forklift drivers are often operatives who passed a course .".split()
    >>> [(m.source, m.target) for m in former_moves(lowers, 0, len(lowers), [(0, 2), (4, 5)])]
    [(1, 0)]
    >>> lowers = "pickers are often students who work nights .".split()
    >>> former_moves(lowers, 0, len(lowers), [(0, 1)])
    []
    """
    out: list[FormerMove] = []
    for n, (i, j) in enumerate(roles):
        if i <= start:
            continue
        k = i - 1
        while k > start and (lowers[k].isspace() or lowers[k] in {"a", "an", "the", "-"}):
            k -= 1
        usually = lowers[k] in _USUALLY
        former = lowers[k] in _FORMER
        # "B are A who have been promoted": with no word of how often, a relative clause that tells the move
        moved = not (usually or former) and lowers[k] in {"are", "were"} and _moved_after(lowers, j, end)
        if not (usually or former or moved):
            continue
        x = k - 1 if not moved else k + 1
        # ("A are nearly all former B", "A are all ex-B": how many of them, before "former")
        while x > start and (
            lowers[x].isspace() or lowers[x] in _USUALLY or lowers[x] in _FORMER or (former and lowers[x] in _HOW_MANY)
        ):
            x -= 1
        if moved:
            x = k  # (the verb stands right before the post)
        elif lowers[x] not in {"are", "were", "is", "was"}:
            continue
        if not former:  # "often operatives who ...": a past post only when a relative clause follows
            after = next((w for w in lowers[j:end] if not w.isspace()), ".")
            if after not in _WHO or (after == "," and "who" not in lowers[j : j + 3]):
                continue
        lateral = not _SIDEWAYS.isdisjoint(lowers[j : min(end, j + 8)])
        # the subject: the roles before the verb, a list joined by "and" / "or" / ","
        subjects = [m for m, (a, b) in enumerate(roles) if b <= x and a >= start]
        if not subjects and [w for w in _words_between(lowers, start, x) if w not in _USUALLY] == ["they"]:
            out.append(FormerMove(n, -1, x, lateral, pronoun=True))  # "They are usually former B": the role before
            continue
        if subjects:
            chosen = [subjects[-1]]
            for m in reversed(subjects[:-1]):
                gap = _words_between(lowers, roles[m][1], roles[chosen[-1]][0])
                if not gap or not set(gap) <= {"and", "or", ",", "the", "a", "an"}:
                    break
                chosen.append(m)
            if _words_between(lowers, roles[subjects[-1]][1], x):
                continue  # only the subject's words before the verb: "A are often B who ..."
            # ("A ... , while B are ...": the subject must open its clause)
            out += [FormerMove(n, m, x, lateral) for m in reversed(chosen) if m != n]
    # "our last two executives now run their own channels as e-commerce managers": where A's holders went
    for n, (i, j) in enumerate(roles):
        if i < start or j >= end or lowers[j] != "now":
            continue
        ahead = next((x for x in range(j + 1, min(end, j + 9)) if lowers[x] == "as" or lowers[x] in _ENDS), None)
        if ahead is None or lowers[ahead] != "as" or any(a < ahead and b > j for a, b in roles):
            continue
        target = _role_at(roles, lowers, ahead + 1, end)
        if target is not None and target != n:
            out.append(FormerMove(n, target, j))
    # "friends who used to be tellers or loan officers are now employed as brokers": where A's holders went
    for k in range(start, end - 3):
        if lowers[k] != "used" or lowers[k + 1] != "to" or lowers[k + 2] not in {"be", "work"}:
            continue
        # every post named between "used to be" and "now" ("managers or account managers, some teachers") is one
        now = next((x for x in range(k + 3, min(end, k + 30)) if lowers[x] == "now" or lowers[x] in _ENDS), None)
        if now is None or lowers[now] != "now":
            continue
        sources = [n for n, (a, _) in enumerate(roles) if k + 3 <= a < now]
        if not sources:
            continue
        x = now + 1
        while x < end and (lowers[x] in _NOW_HELD or lowers[x].isspace()):
            x += 1
        target = _role_at(roles, lowers, x, end)
        if target is not None and target not in sources:
            lateral = not _SIDEWAYS.isdisjoint(lowers[k:end])
            out += [FormerMove(n, target, k, lateral) for n in sources]
    # "many of them were data analysts or ad buyers before they joined": the role "them" stands for
    head = _words_between(lowers, start, min(end, start + 6))
    if len(head) >= 4 and head[0] in {"many", "most", "some", "all"} and head[1:3] == ["of", "them"]:
        verb = head[3]
        later = _words_between(lowers, start, end)
        if verb in {"were", "was"} and "before" in later:
            first = next((m for m, (a, _) in enumerate(roles) if a > start), None)
            while first is not None:
                out.append(FormerMove(first, -1, start, pronoun=True))
                nxt = first + 1
                if nxt >= len(roles) or not set(_words_between(lowers, roles[first][1], roles[nxt][0])) <= {
                    "or", "and", ",", "a", "an",
                }:
                    break
                first = nxt
    out += _former_then_began(lowers, start, end, roles)
    return out


#: verbs that open a career as a post: "beginning her career as B", "who started his career as B"
_CAREER_OPENS = frozenset({"beginning", "began", "begun", "begin", "starting", "started", "start", "launching"})


def _former_then_began(
    lowers: Sequence[str], start: int, end: int, roles: Sequence[tuple[int, int]]
) -> list[FormerMove]:
    """ "After beginning her career as B in May, Ms Lee, a former A and C, ...": a person called a former A (and C)
    whose career (in B) began in the same sentence moved from A (and C) to B.

    >>> lowers = "after beginning her career as a groomer , ms lee , a former nurse and cashier , smiled .".split()
    >>> [(m.source, m.target) for m in former_moves(lowers, 0, len(lowers), [(6, 7), (13, 14), (15, 16)])]
    [(1, 0), (2, 0)]
    """
    if "career" not in lowers[start:end]:
        return []
    target = None
    for k in range(start + 2, end - 2):
        if lowers[k] == "career" and lowers[k + 1] == "as" and lowers[k - 2] in _CAREER_OPENS and (
            lowers[k - 1] in {"her", "his", "their", "my"}
        ):
            target = _role_at(roles, lowers, k + 2, end)
            break
    if target is None:
        return []
    out: list[FormerMove] = []
    for n, (i, _) in enumerate(roles):
        k = i - 1
        while k > start and lowers[k].isspace():
            k -= 1
        before = k - 1
        while before > start and lowers[before].isspace():
            before -= 1
        if before < start or lowers[k] not in _FORMER or lowers[before] not in {"a", "an"} or n == target:
            continue  # (a post at the sentence's first or second word has no "a former" of the sentence before it)
        chosen = [n]
        while chosen[-1] + 1 < len(roles) and set(
            _words_between(lowers, roles[chosen[-1]][1], roles[chosen[-1] + 1][0])
        ) <= {"and", "or", ",", "a", "an"}:
            chosen.append(chosen[-1] + 1)  # "a former model and blogger": both posts were held
        out += [FormerMove(m, target, i, lateral=True) for m in chosen if m != target]
        break
    return out


#: a hierarchy told in prose: where its lowest tier is named, and each tier above it
_BASE_TIER = re.compile(
    r"\b(?:at the (?:heart|bottom|base|foot) of the (?:hierarchy|ladder|pyramid|structure|tree)"
    r"|at the (?:very )?(?:bottom|base)\b|(?:first|lowest|bottom|entry) (?:rung|tier|level) (?:is|are|of)\b)",
    re.I,
)
_NEXT_TIER = re.compile(
    r"\b(?:climbs? up|climbing up|next (?:tier|level|rung) (?:up|are|is)|on the next (?:tier|level|rung)"
    r"|above (?:them|these|this|that)\b|one (?:level|rung|tier) up|higher up (?:the|are|is)"
    r"|(?:second|third|fourth|middle) (?:tier|rung))",
    re.I,
)
_TOP_TIER = re.compile(
    r"\b(?:at the (?:very )?top|top of the (?:ladder|hierarchy|tree|pyramid)|(?:top|highest) (?:tier|rung))", re.I
)


def tier_of(text: str) -> str | None:
    """Which tier of a hierarchy told in prose a sentence names: "base", "next", "top" or None.

    Examples
    --------
    >>> tier_of("At the heart of the hierarchy are warehouse operatives."), tier_of("On the next tier are planners.")
    ('base', 'next')
    >>> tier_of("At the top sits the site director."), tier_of("The next step for a buyer is senior buyer.")
    ('top', None)
    """
    if _BASE_TIER.search(text):
        return "base"
    if _NEXT_TIER.search(text):
        return "next"
    if _TOP_TIER.search(text):
        return "top"
    return None
