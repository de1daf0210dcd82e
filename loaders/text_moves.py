"""Who moves where: transitions read from what a clause says, by its words and (when needed) its parse.

A sentence states a move with a subject role, a verb of movement and a target role: "pickers
are promoted to shift supervisor", "a category analyst can step up into a category manager
role", "she was promoted from marketing assistant to brand manager", "the next step for a
buyer is senior buyer". These functions read such clauses from the token norms of a sentence
and the role mentions found in it, and return the moves they state; they know nothing of the
document around the sentence, so the text loader (:mod:`careergraph.loaders.text_extract`)
decides what a move with no named subject ("they are then promoted to ...") starts from.

Surface patterns settle most clauses: the subject stands right before the verb, with only
auxiliaries, adverbs or a time phrase between. Where other words stand between (a relative
clause, a long prepositional phrase), the trained parser (:mod:`careergraph.loaders.text_parse`)
is asked for the verb's subject instead, on that sentence only.

Examples
--------
>>> norms = "most picker be promote to shift supervisor within two year .".split()
>>> [(m.source, m.target, m.kind) for m in clause_moves(norms, 0, len(norms), [(1, 2), (5, 7)])]
[(0, 1, 'promotion')]
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Collection, Iterator, Sequence
from dataclasses import dataclass

from spacy.lang.en.stop_words import STOP_WORDS

from careergraph.loaders.text_nlp import word_norm
from careergraph.loaders.text_requirements import verb_base

__all__ = [
    "CHANCE_NOUNS",
    "EXAMPLE_WORDS",
    "GENERIC_SUBJECTS",
    "HOPES",
    "NEGATIONS",
    "POST_NOUNS",
    "PRAISE",
    "Move",
    "chance_moves",
    "clause_moves",
    "feeder_moves",
    "has_move_cue",
    "level_code",
    "names_feeder",
    "names_next_rung",
    "names_route",
    "origin_moves",
    "particles_missing",
    "rank_posts",
    "service_posts",
    "span_phrase",
    "step_phrase",
    "steps_in_turn",
    "superlative",
    "time_phrase_end",
    "way_moves",
]


def _normed(words: frozenset[str]) -> frozenset[str]:
    """The words and their norms: the rules compare norms ("later" reads "late", "as" reads "a")."""
    return frozenset(words | {word_norm(w) for w in words})


#: verbs (by norm) that move someone into a role, and the words one of which must follow them
#: before the target (None: the target may follow at once, "become a buyer")
_CUES: dict[str, frozenset[str] | None] = {
    "promote": None,
    "promotion": frozenset({"to", "into", "include", "includes", "including"}),
    "advance": frozenset({"to", "into", "up"}),
    "advancement": frozenset({"to", "into", "include", "includes", "including"}),
    "progress": frozenset({"to", "into", "up", "on"}),
    "progression": frozenset({"to", "into", "include", "includes", "including"}),
    "rise": frozenset({"to", "up"}),
    "climb": frozenset({"to", "up"}),
    "graduate": frozenset({"to", "into"}),
    "grow": frozenset({"into", "to"}),
    "become": None,
    "move": frozenset({"up", "on", "into", "to", "onto", "over", "across"}),
    "step": frozenset({"up", "into", "to", "towards", "toward"}),  # ("a first step towards becoming B")
    "transition": frozenset({"to", "into"}),
    "shift": frozenset({"to", "into"}),
    "switch": frozenset({"to", "into"}),
    "transfer": frozenset({"to", "into"}),
    "pivot": frozenset({"to", "into"}),
    "jump": frozenset({"to", "into"}),
    "lead": frozenset({"to", "into"}),
    "feed": frozenset({"into", "to"}),
    "upgrade": frozenset({"to", "into"}),
    "elevate": frozenset({"to"}),
    "level": frozenset({"up"}),
    "work": frozenset({"up"}),
    "now": None,  # "... and is now a contact centre manager" (after a form of "be" only)
    "appoint": None,
    "make": None,  # "line cooks who lead well are often made kitchen supervisors" (after a form of "be" only)
    # "a team leader can go on to shift manager", "they go to B", "going up in the ranks as B"
    "go": frozenset({"on", "to", "into", "up"}),
    "end": frozenset({"up", "a"}),  # "the good ones often end up as content leads", "I ended as a senior buyer"
    "qualify": frozenset({"for", "a"}),  # ("qualify as a pharmacist": "as" reads "a"; clause_moves checks the word)
    "bump": frozenset({"up"}),  # "got bumped up to dispatcher"
    # a post aimed at: "once settled as A, you can aim for a B post"
    "aim": frozenset({"for", "at"}),  # "a worker who earns a licence can qualify for a supervisor slot"
    # a post's name changed, with where it started: "my title changed from A to B", "her role widened from A to B"
    "change": frozenset({"from"}),
    "extend": frozenset({"from"}),
    "expand": frozenset({"from"}),
    "widen": frozenset({"from"}),
    "broaden": frozenset({"from"}),
    # a career told as a way travelled, with where it starts: "the journey from A to B is long" (not "the customer
    # journey to checkout", which names no start)
    "journey": frozenset({"from"}),
    # a post named as the way in to another: "A is the usual entry point for B", "A, the entry point to B"
    # (clause_moves asks for "entry" before it)
    "point": frozenset({"to", "into", "for"}),
    "evolve": frozenset({"from", "into"}),  # ("this role often evolves into B")
    "turn": frozenset({"into"}),  # "within three years a clerk can turn into a supervisor"
    "get": frozenset({"a"}),  # "before getting a position as a B" ("as" reads "a"; clause_moves asks for a post noun)
    # training into a post, taking one on, being considered for one: "paralegals go on to train as solicitors",
    # "claims handlers may take on a team leader role", "call handlers could be considered for team leader posts"
    "train": frozenset({"a"}),  # ("as" reads "a"; clause_moves checks the word is "as")
    "retrain": frozenset({"a"}),
    "specialise": frozenset({"a"}),  # "senior radiographers can ... or specialise as sonographers"
    "specialize": frozenset({"a"}),
    "requalify": frozenset({"a"}),
    "take": frozenset({"on", "up", "over"}),  # ("sous chefs often take over as head chef")
    "consider": frozenset({"for"}),
    # a post offered to or applied for by a role's holders: "pickers are often offered a team leader post", "a
    # nurse needs three years before applying for senior nurse" (clause_moves asks for a passive, a modal or "before")
    "offer": frozenset({"a", "an", "the"}),
    "apply": frozenset({"for"}),
    # a post a role opens the way to: "this role opens the door to B posts" (clause_moves asks for the door)
    "open": frozenset({"the", "door", "doors", "up"}),
    # a post a role prepares its holders for: "this role prepares you for a B post", "good preparation for a B role"
    "prepare": frozenset({"for"}),
    # a role named as a way into a post: "This job is a recognised route into station supervisor posts"
    "route": frozenset({"into", "to"}),
    "pathway": frozenset({"into", "to"}),
    "preparation": frozenset({"for"}),
}
# the rules compare norms, and the lemma table reads some verbs as other words ("feed" reads "fee")
_CUES.update({word_norm(k): v for k, v in list(_CUES.items()) if word_norm(k) not in _CUES})
#: cues whose particle is "as", which reads "a" (the word itself must be "as")
_AS_CUES = _normed(frozenset({"train", "retrain", "requalify", "specialise", "specialize"}))
NEGATIONS = frozenset({"not", "never", "n't", "no", "cannot", "rarely", "seldom", "nor", "rather", "instead"})
_LATERAL_CUES = frozenset({"switch", "transfer", "pivot"})
_LATERAL_WORDS = _normed(frozenset({"lateral", "laterally", "sideways", "sideway"}))
#: words of praise before a bare title: "a qualified operator", "an experienced buyer"
PRAISE = frozenset(
    {"qualified", "experienced", "good", "great", "fully", "fledged", "full-fledged", "successful", "competent"}
    | {"skilled", "proper", "real", "true", "certified", "seasoned", "proficient", "excellent", "independent"}
    | {"official"}  # (a post made official: "the step up to official salon manager")
)
#: words of a move hoped for or tried, before "to" and the verb: "I'd like to become", "applied to become" (the
#: move they introduce did not happen)
HOPES = _normed(frozenset({"like", "love", "want", "hope", "wish", "dream", "apply", "applied"}))
#: a level's code before a title, in lower case ("T1", "L6"): it labels the post ("a T1 loader"), is no part of its
#: name, and is glue between a verb and its target ("ended as an L6 Sr. Product Manager")
LEVEL_CODE = re.compile(r"[tlp]\d{1,2}")


def level_code(word: str) -> bool:
    """Whether a word in lower case is a level's code (:data:`LEVEL_CODE`); most words fail on their length or first
    letter, before the pattern is asked (it is asked of the words before every title's head).

    >>> level_code("t1"), level_code("l12"), level_code("to"), level_code("T1"), level_code("p")
    (True, True, False, False, False)
    """
    return 2 <= len(word) <= 3 and word[0] in "tlp" and LEVEL_CODE.fullmatch(word) is not None
#: words that may stand between a verb of movement and its target ("moves up into the role of a ...")
_TARGET_GLUE = _normed(
    frozenset(
        {"up", "on", "into", "to", "onto", "over", "across", "toward", "towards", "as", "a", "an", "the", "be"}
        | {"become", "becoming", "being", "role", "roles", "position", "positions", "post", "job", "title", "rank"}
        | {"level", "of", "their", "his", "her", "your", "my", "its", "way", "eventually", "later", "then", "quickly"}
        | {"directly", "straight", "even", "finally", "ultimately", "usually", "often", "typically", "one", "day"}
        | {"'", '"', "“", "‘", "`", "-", "next", "rung", "step", "level", "there", "here", "stone", "also"}
        | {"sideways", "laterally", "across", "such", "like", "include", "including", "opportunity", "option"}
        | {"either", "back"}  # "can become either A or B", "move back to B"
        | {"maybe", "perhaps", "possibly"}  # "then to A or maybe B"
        # how many were moved, before the object of an active verb: "promoted three receptionists to B", "two of our"
        | {"two", "three", "four", "five", "six", "several", "some", "many", "our"}
        | {"opportunities", "options", "path", "paths", "route", "routes", "e.g.", "for", "example"}
        | {"senior", "higher", "leadership", "management", "managerial", "more"}
        | PRAISE
    )
)
#: what ends a clause: the subject of a verb never stands before one of these
_CLAUSE_ENDS = _normed(
    frozenset({";", "；", ".", "。", "!", "?", ":", "：", "but", "while", "whereas", "although", "so"})
)
#: words between a subject and its verb that leave the subject plain: auxiliaries, adverbs, a time phrase
_SUBJECT_GLUE = _normed(
    frozenset(
        {"year", "month", "week", "experience", "time", "get", "gets", "got", "getting", "then", "later", "eventually"}
        | {"usually", "typically", "often", "generally", "normally", "commonly", "quickly", "soon", "after", "within"}
        | {"with", "of", "in", "at", "few", "several", "couple", "some", "tenure", "service", ","}
        | {"role", "position", "post", "job", "title", "track", "level"}
    )
)
#: people who hold the page's role: the reader, its candidates and hires
#: ("employees" may be anyone's: on a store manager's page they are the staff the manager leads)
_PAGE_PEOPLE = _normed(frozenset({"you", "your", "candidate", "candidates", "hire", "hires"}))
#: words for a post: "this role" is the page's role
_THIS_POST_WORDS = frozenset({"role", "position", "job", "post"})
#: nouns of movement that open a clause without a subject: "Promotion to B takes three years"
_NOUN_CUES = frozenset({"promotion", "advancement", "progression", "transition", "move", "journey"})
#: a second group of people set against the first: "some A move sideways, while others are promoted to B"
_CONTRAST = _normed(frozenset({"other", "others", "some"}))
#: subjects that name no role: the move starts where the person's career stands (see text_extract)
GENERIC_SUBJECTS = _normed(
    frozenset(
        {"they", "you", "he", "she", "we", "i", "one", "candidate", "employee", "people", "staff", "worker"}
        | {"practitioner", "graduate", "person", "individual", "professional", "hire", "someone", "most", "many"}
        | {"other", "others", "some"}
    )
)
#: words that make what follows a sequence ("to B, then to C") rather than alternatives ("to B or C")
_SEQUENCE = _normed(
    frozenset({"then", "later", "eventually", "finally", "ultimately", "afterwards", "next", "thereafter"})
)
_ALTERNATIVES = _normed(frozenset({",", "、", "，", "or", "and", "/", "either"}))
#: words of a list's last step: "... and finally C"
_FINAL = _normed(frozenset({"finally", "eventually", "ultimately", "lastly"}))
#: nouns of a next rung: "the next step for a buyer is ...", "the natural progression is ..."
_STEP_NOUNS = _normed(
    frozenset({"step", "move", "role", "progression", "rung", "stage", "level", "position", "promotion", "job", "post"})
    | frozenset({"jump"})  # "from PA the next jump is Area Manager"
)
_STEP_GLUE = frozenset({"to", "usually", ":", "：", "a", "an", "the", "become", "as", "include"})
#: nouns of a way a career goes, read as a next-rung phrase only before "include": "common paths for A include B"
_PATH_NOUNS = _normed(
    frozenset({"path", "paths", "route", "routes", "option", "options", "move", "moves", "opportunities"})
)
#: words before a path noun, besides a step's, that make "... include B" name next posts: "future opportunities
#: include B", "growth opportunities include B"
_PATH_ADJECTIVES = _normed(frozenset({"future", "growth", "promotion", "progression", "advancement"}))
#: adverbs of frequency that may stand between the parts of a move's phrase: "A are often made B", "the step above
#: A is usually B", "A to B typically takes N years"
_HEDGES = frozenset({"usually", "typically", "often", "generally", "normally", "mostly", "sometimes"})
#: a route of a career named with what it is ("career path", "promotion route", "development direction", "upward
#: channel"): "the career path for a buyer is senior buyer, then head of buying"
_ROUTE_NOUNS = _normed(frozenset({"path", "route", "direction", "channel", "track", "ladder"}))
_ROUTE_QUALIFIERS = _normed(frozenset({"career", "promotion", "development", "upward", "progression", "growth"}))
#: "the usual path for a waiter is head waiter": a word of what is common before the route noun
_ROUTE_QUALIFIERS |= _normed(frozenset({"usual", "typical", "normal", "common", "classic", "natural", "standard"}))
#: the nouns that may open a next-rung phrase (see step_phrase)
_PHRASE_NOUNS = _STEP_NOUNS | _PATH_NOUNS | _ROUTE_NOUNS
_STEP_ADJECTIVES = _normed(
    frozenset(
        {"next", "natural", "typical", "usual", "logical", "common", "obvious", "normal", "highest", "top", "final"}
        | {"last", "ultimate"}
    )
)
#: a time phrase between two steps: "to B after roughly 18 months and then to C"
_TIME = _normed(
    frozenset({"after", "about", "around", "roughly", "some", "within", "year", "month", "or", "two", "three"})
    # "after a couple of years, and later B", "after a few months"
    | frozenset({"couple", "few", "of", "four", "five", "six", "half", "week"})
)
_LINKS = _normed(
    frozenset({"be", "would", "will", "could", "might", "may", "often", "usually", "typically", "generally"})
)
_MAX_TARGET_GAP = 6
_MAX_SUBJECT_GAP = 10


# (not frozen: a frozen class's constructor sets each of the fifteen fields through object.__setattr__, five times the
# cost; no rule changes a move once made, and it compares and hashes by its fields as before)
@dataclass(unsafe_hash=True)
class Move:
    """A move a clause states, as indices into the role spans given to :func:`clause_moves`.

    ``source`` is None when the subject is a person rather than a role ("they", "candidates"):
    the move starts where that person's career stands. ``cue`` is the token of the verb.
    ``parsed`` says the trained parser found the subject; ``step`` that a next-rung phrase
    ("the next step for A is B") stated the move.
    """

    source: int | None
    target: int
    kind: str
    cue: int
    parsed: bool = False
    #: read from a next-rung phrase ("the next step for A is B") rather than a verb
    step: bool = False
    #: the subject is the page's own role: "this role is a stepping stone to B", "Promotion to B takes ..."
    page: bool = False
    #: the subject is the reader: "you can progress to B" (the page's role, when the text has no rung yet)
    you: bool = False
    #: an active verb's object moves to a post the clause does not name: "promoting the best picker" (the page's)
    onto_page: bool = False
    #: one of posts listed as steps in turn ("they then go to A, B, and C": B follows A), see :func:`steps_in_turn`
    in_turn: bool = False
    #: read by :func:`feeder_moves`; with ``onto_page``, ``field`` is the token span of the field moved into
    feeder: bool = False
    field: tuple[int, int] | None = None
    #: read by :func:`origin_moves`: the source is where the target's holders started ("most A began as B"), and
    #: where a career told next stands ("..., and many then step up to C": from B)
    origin: bool = False
    #: a post listed after another whose title it ranks above ("becoming A, senior A"): a step from it, told with no
    #: time of its own (the clause's time is the first step's)
    ranked: bool = False
    #: read by :func:`chance_moves`: a post among the chances the page's role offers ("career opportunities extend
    #: to B")
    chance: bool = False
    #: read by :func:`way_moves`: the way a post is reached ("the best way to become B is to work your way up")
    way: bool = False


def _held_for_years(words: Collection[str]) -> bool:
    """Whether the words may say a post was held for years, in the perfect: "have been A for several years"."""
    return "be" in words and "have" in words and "for" in words and not _YEARS.isdisjoint(words)


def has_move_cue(norms: Sequence[str], start: int, end: int, words: frozenset[str] | None = None) -> bool:
    """Whether tokens ``start:end`` hold a verb of movement or a next-rung phrase (a quick test); ``words``, when
    given, are those tokens' norms as a set (a caller that has made it already)."""
    # (a set, made once: each test below looks words up in it, or walks the smaller set, not the whole sentence)
    words = frozenset(norms[start:end]) if words is None else words
    if not (_CUES.keys().isdisjoint(words) and _STEP_ADJECTIVES.isdisjoint(words) and _ORIGINS.isdisjoint(words)):
        # ("point" is a cue only in "entry point": a sentence with no other cue and no "entry" holds none)
        return "point" not in words or "entry" in words or len(_CUES.keys() & words) > 1 or not (
            _STEP_ADJECTIVES.isdisjoint(words) and _ORIGINS.isdisjoint(words)
        )
    return _phrase_cue(norms, start, end, words)


def _phrase_cue(norms: Sequence[str], start: int, end: int, words: frozenset[str]) -> bool:
    """The tests of :func:`has_move_cue` after its verbs, step adjectives and origins: a next-rung phrase."""
    if ("above" in words or "below" in words) and not _STEP_NOUNS.isdisjoint(words):
        return True  # "the step above A is B"
    if "include" in words and not _PATH_ADJECTIVES.isdisjoint(words):
        return True  # "future opportunities include B"
    if "be" in words and ("first" in words or "1" in words or "once" in words or "when" in words):
        return True  # "most of our supervisors were agents first", "many B were A once", "... when they joined"
    if _held_for_years(words):
        return True  # "most B have been A for several years"
    if names_route(norms, start, end):
        return True  # "From there, the route is B"
    if not (CHANCE_NOUNS.isdisjoint(words) or _CHANCE_VERBS.keys().isdisjoint(words)):
        return True  # "career opportunities can extend to B"
    return not _ROUTE_NOUNS.isdisjoint(words) and not _ROUTE_QUALIFIERS.isdisjoint(words)  # "career path for A is B"


#: cues a phrase of their own reads with no particle: "Staff nurse to ward manager usually takes 5-7 years"
#: (span_phrase)
_SPAN_CUES = _normed(frozenset({"take"}))


def particles_missing(norms: Sequence[str], start: int, end: int, words: frozenset[str]) -> bool:
    """Whether every cue :func:`has_move_cue` finds in tokens ``start:end`` is a verb that moves only with a particle
    ("shift to", "grow into", "change from") none of which they hold (none of :data:`_SPAN_CUES`): "must be able
    to handle shift planning", "grow sales" hold no move. ``words``: the tokens' norms as a set."""
    for word in _CUES.keys() & words:
        need = _CUES[word]
        if need is None or word in _SPAN_CUES or not need.isdisjoint(words):
            return False
    return _STEP_ADJECTIVES.isdisjoint(words) and _ORIGINS.isdisjoint(words) and not _phrase_cue(
        norms, start, end, words
    )


def _target_after(
    norms: Sequence[str],
    cue: int,
    end: int,
    roles: Sequence[tuple[int, int]],
    taken: set[int],
    need: frozenset[str] | None = None,
    lowers: Sequence[str] | None = None,
) -> int | None:
    """The role a verb at token ``cue`` moves to: the first role after it with only glue words between.

    ``need``: words one of which must stand between (by default the verb's own, see ``_CUES``);
    ``lowers``: the words in lower case (a superlative, "the fastest picker", is glue too).
    """
    need = need if need is not None else _CUES.get(norms[cue])
    gap_ok = need is None
    # "rise through the ranks to B", "went up the ladder to B": the way up is no word between verb and target
    skipped: set[int] = _ranks_phrase(norms, cue + 1, end) | _again_phrase(norms, cue + 1, end)
    if _moved_person(norms, cue, end):
        skipped.add(cue + 1)  # "they'll move you up to B": the person moved, then the particles
    timed = time_phrase_end(norms, cue + 1, end)
    if timed > cue + 1 and timed < end and norms[timed] in (need or frozenset({"to", "into"})):
        skipped.update(range(cue + 1, timed))  # "promoted two weeks ago to supervisor"
    for n, (i, _) in enumerate(roles):
        if i <= cue or i >= end or i in skipped:
            continue  # (a title of the list after "from": "from A, B, or C to D")
        between = [w for k, w in enumerate(norms[cue + 1 : i], cue + 1) if k not in skipped]
        lead = [w for w in between if w not in {"a", "an", "the"} and not w.isspace()]
        last = _listed_after(norms, roles, n, end) if lead[-1:] == ["from"] else n
        after = _after_aside(norms, roles[last][1], end)
        if lead[-1:] == ["from"] and after < end and norms[after] in {"to", "into"}:
            # "the jump from A to B", "promoted from a sales executive [agent] to team leader": A is where the move
            # starts (the caller reads it), B the target
            if any(_moving_at(norms, k) for k in range(cue + 1, i) if k not in skipped):
                return None  # "I work in ... and was promoted from A to B": the later verb's move
            skipped.update(range(cue + 1, after))
            continue
        # (words that are all glue, as most are, need neither of the readings after them asked)
        if (
            len(between) > _MAX_TARGET_GAP
            or not all(
                w in _TARGET_GLUE
                or w.isspace()
                or (lowers is not None and superlative(lowers[k]))
                or level_code(w)
                for k, w in enumerate(norms[cue + 1 : i], cue + 1)
                if k not in skipped
            )
        ) and not (
            (lowers is not None and _field_then_as(lowers, cue, i))  # "moving into SEO as an SEO specialist": a field,
            # then the post held in it
            or _posts_then_examples(norms, cue, i)  # "move into roles with more responsibility, such as B": posts
            # described, then named
        ):
            return None
        # ("worked her way up from A to B": the particle may stand before "from A"; "went from A to B")
        from_to = bool(skipped) and norms[i - 1] in {"to", "into"}
        if not gap_ok and not need.intersection(norms[cue + 1 : i]) and not from_to:  # type: ignore[union-attr]
            return None
        return None if n in taken else n
    return None


#: a time phrase between a verb of movement and its particle: "promoted two weeks ago to B", "moved in 2019 into B"
_TIME_UNITS = _normed(frozenset({"year", "years", "month", "months", "week", "weeks", "day", "days", "summer"}))
_TIME_COUNTS = _normed(
    frozenset({"a", "an", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "few"})
    | frozenset({"several", "couple", "of", "last", "this", "that", "the", "same", "following", "next", "just"})
)
_TIME_LEADS = _normed(frozenset({"in", "within", "after", "ago", "later", "earlier", "afterwards"}))
#: a year of the calendar ("2019"), not a count of years
CALENDAR_YEAR = re.compile(r"(?:19|20)\d\d")


def time_phrase_end(norms: Sequence[str], k: int, end: int) -> int:
    """The token after a time phrase that opens at ``k`` ("two weeks ago", "last year", "in 2019", "after six
    months", "a year later"), else ``k``.

    >>> time_phrase_end("promote two week ago to supervisor".split(), 1, 6)
    4
    >>> time_phrase_end("promote in 2019 to supervisor".split(), 1, 5)
    3
    >>> time_phrase_end("promote to supervisor".split(), 1, 3)
    1
    """
    j = k
    if j < end and norms[j] in {"in", "within", "after"}:
        j += 1
        if j < end and CALENDAR_YEAR.fullmatch(norms[j]):
            return j + 1  # "in 2019"
    counted = j
    while j < end and (norms[j] in _TIME_COUNTS or norms[j].isdigit()) and j - counted < 4:
        j += 1
    if j == counted or j >= end or norms[j] not in _TIME_UNITS:
        return k
    j += 1
    if j < end and norms[j] in {"ago", "later", "earlier", "after", "afterwards"}:
        j += 1
    elif norms[k] not in _TIME_LEADS and norms[counted] not in {"last", "this", "that", "the", "next", "following"}:
        return k  # ("two weeks" alone is no time phrase here: "promoted two pickers to B")
    return j


#: a person as the object of a verb that moves someone: "they'll move you up to B", "the firm promoted her to B"
_MOVED_PERSONS = frozenset({"you", "me", "him", "her", "them", "us"})


def _moved_person(norms: Sequence[str], cue: int, end: int) -> bool:
    """Whether a person's pronoun, then one of the verb's particles, follows a verb that moves someone at ``cue``."""
    return (
        cue + 2 < end
        and norms[cue] in _TRANSITIVE
        and norms[cue + 1] in _MOVED_PERSONS
        and norms[cue + 2] in _PARTICLES
    )


#: a way up named between a verb and its target: "through the ranks", "up the ladder", "in the ranks of the firm"
_RANKS_PHRASE = re.compile(
    r"(?:up )?(?:up|through|in|within) (?:the |our |its |their |a )?(?:rank|ladder|hierarchy|chain)(?= )"
)
#: the words a way up opens with (a norm each: the pattern above reads the norms joined by spaces)
_RANKS_OPENERS = frozenset({"up", "through", "in", "within"})
_RANK_OWNERS = frozenset({"of", "the", "company", "firm", "store", "business", "organisation", "organization"})


def _ranks_phrase(norms: Sequence[str], k: int, end: int) -> set[int]:
    """The tokens of a way up that follows a verb at token ``k``, with the rest of the verb's particles ("up
    through the ranks of the company to B").

    >>> sorted(_ranks_phrase("rise through the rank to fleet manager".split(), 1, 6))
    [1, 2, 3]
    >>> sorted(_ranks_phrase("go up the ladder of the firm to B".split(), 1, 8))
    [1, 2, 3, 4, 5, 6]
    >>> _ranks_phrase("move up to B".split(), 1, 4)
    set()
    """
    j = k
    while j < end and norms[j] in {"way", "his", "her", "their", "your", "my", "its"}:
        j += 1  # "work their way up through the ranks"
    if j >= end or norms[j] not in _RANKS_OPENERS:
        return set()  # (every way up opens with one of them: after most verbs none stands, and nothing is matched)
    found = _RANKS_PHRASE.match(" ".join(norms[j : min(end, j + 4)]) + " ")
    if found is None:
        return set()
    stop = j + found.group().count(" ") + 1
    while stop < end and norms[stop] in _RANK_OWNERS:
        stop += 1  # "... of the company"
    return set(range(k, stop))


def _again_phrase(norms: Sequence[str], k: int, end: int) -> set[int]:
    """The tokens of "again, this time" or "once more" right after a verb at token ``k`` ("promoted again, this
    time to B").

    >>> sorted(_again_phrase("promote again , this time to B".split(), 1, 7))
    [1, 2, 3, 4]
    """
    j = k
    while j < end and norms[j] in {"again", ",", "once", "more", "yet"}:
        j += 1
    if j + 1 < end and norms[j] == "this" and norms[j + 1] == "time":
        j += 2
    return set(range(k, j)) if j > k and (norms[k] in {"again", "once", "yet"}) else set()


#: words that join the titles of a list of alternatives: "from A, B, or C"
_ALTERNATIVES_GLUE = frozenset({",", "or", "and", "a", "an", "the"})


def _listed_after(norms: Sequence[str], roles: Sequence[tuple[int, int]], n: int, end: int) -> int:
    """The last role of a list of alternatives that opens with role ``n``: "from A, B, or C to D" (C's index)."""
    last = n
    while last + 1 < len(roles) and roles[last + 1][0] < end and all(
        w in _ALTERNATIVES_GLUE or w.isspace() for w in norms[roles[last][1] : roles[last + 1][0]]
    ) and roles[last + 1][0] > roles[last][1]:
        last += 1
    return last


def _after_aside(norms: Sequence[str], j: int, end: int) -> int:
    """The token after a bracketed aside that opens at ``j`` ("sales executive [agent] to ..."), else ``j``."""
    if j >= end or norms[j] not in {"(", "["}:
        return j
    close = next((k for k in range(j + 1, min(end, j + 6)) if norms[k] in {")", "]"}), None)
    return j if close is None else close + 1


#: verbs that move someone else when used actively: "the director promoted the assistant to ..."
_TRANSITIVE = _normed(frozenset({"promote", "appoint", "move", "transfer", "shift", "elevate", "upgrade", "switch"}))
_PARTICLES = frozenset({"to", "into", "as", "up", "onto"})
_PROMOTE = _normed(frozenset({"promote", "promoting", "promoted"}))
_PASSIVE = _normed(frozenset({"be", "get", "got", "gets", "been", "being"}))


#: nouns for posts in general: before their examples ("roles with more scope, such as B", "these positions include
#: B"), after a rank word ("supervisory roles")
POST_NOUNS = _normed(
    frozenset({"role", "roles", "position", "positions", "post", "posts", "job", "jobs", "title", "titles"})
    | frozenset({"level", "levels", "rank", "ranks", "seat", "seats", "opening", "openings"})
)
#: what introduces the examples of such posts
EXAMPLE_WORDS = _normed(frozenset({"such", "like", "include", "including", "e.g.", "example"}))
_EXAMPLE_REACH = 8
#: the words that open a bracket of examples after a post: "(like A or B)", "(e.g. A)", "(such as A)"
_EXAMPLE_LEADS = EXAMPLE_WORDS | _normed(frozenset({"as", "for", "eg", ","}))


#: the words of "work your way up" between the verb and its particle
_WAY_WORDS = frozenset({"way", "his", "her", "their", "your", "my", "its", "our"})


def _posts_then_examples(norms: Sequence[str], cue: int, i: int) -> bool:
    """Whether a verb's particle is followed by posts described in general, then named by example:
    "step into posts with more scope, such as B", "move into roles of greater responsibility like B".

    >>> _posts_then_examples("move into role with more responsibility , such as b".split(), 0, 9)
    True
    >>> _posts_then_examples("move into the office , but later became a b".split(), 0, 10)
    False
    """
    words = [w for w in norms[cue + 1 : i] if not w.isspace()]
    if words[:1] and words[0] in _WAY_WORDS:
        # "work your way up to management positions such as B": the way up, then the particle
        words = words[next((n for n, w in enumerate(words) if w not in _WAY_WORDS), len(words)) :]
    post = next((n for n, w in enumerate(words[:4]) if w in POST_NOUNS), None)
    if post is None or _CLAUSE_ENDS.intersection(words[:post]) or not (words[:1] and words[0] in _TARGET_GLUE):
        return False  # ("into senior leadership roles such as B": a particle, then the posts described)
    example = next((n for n in range(post + 1, len(words)) if words[n] in EXAMPLE_WORDS), None)
    if example is None or example - post > _EXAMPLE_REACH:
        return False
    free = words[post + 1 : example]
    rest = words[example + 1 :]
    return not _CLAUSE_ENDS.intersection(free) and all(w in _TARGET_GLUE or w in {"as", "for"} for w in rest)


def _field_then_as(lowers: Sequence[str], cue: int, i: int) -> bool:
    """Whether the words between a verb and a role are a particle, a field of up to three words and "as (a)":
    "moved into SEO as an", "switched to marketing as a", "moved across to the sales team as a".

    >>> _field_then_as("move across to the sales team as a b".split(), 0, 8)
    True
    """
    words = [w for w in lowers[cue + 1 : i] if not w.isspace()]
    if words[:2] in (["across", "to"], ["over", "to"], ["across", "into"], ["over", "into"], ["up", "to"]):
        words = words[1:]  # ("moved across to the sales team as a": two particles)
    if len(words) < 3 or words[0] not in {"into", "to", "over"}:
        return False
    at = len(words) - 1 - words[::-1].index("as") if "as" in words else -1
    field = words[1:at]
    return at > 1 and len(field) <= 3 and all(w.isalpha() for w in field) and set(words[at + 1 :]) <= {"a", "an"}


def superlative(word: str) -> bool:
    """ "fastest", "longest-tenured": a superlative before a title praises its holder (it is no part of the title).

    Examples
    --------
    >>> superlative("fastest"), superlative("longest-tenured"), superlative("interest"), superlative("best")
    (True, True, False, False)
    """
    first = word.split("-")[0]
    return len(first) > 5 and first.endswith("est") and first.isalpha() and first not in _NOT_SUPERLATIVES


#: words ending in -est that are no superlatives
_NOT_SUPERLATIVES = frozenset({"interest", "request", "harvest", "conquest", "contest", "protest", "arrest", "suggest"})


def _object_of(
    norms: Sequence[str], start: int, cue: int, target: tuple[int, int], lowers: Sequence[str] | None = None
) -> bool:
    """Whether the role right after an active verb is its object: no particle between, no "be" before the verb
    (unless the verb ends in -ing: "is promoting the assistant")."""
    before = norms[max(start, cue - 3) : cue]
    active = lowers is not None and lowers[cue].endswith("ing")
    return _PARTICLES.isdisjoint(norms[cue + 1 : target[0]]) and (active or _PASSIVE.isdisjoint(before))


def _objects(
    norms: Sequence[str], lowers: Sequence[str] | None, roles: Sequence[tuple[int, int]], first: int, end: int
) -> list[int]:
    """Role ``first`` and the roles listed after it as alternatives: "the fastest picker or the longest-serving
    associate" (articles, praise and superlatives may stand before each)."""
    out, last = [first], first
    for n in range(first + 1, len(roles)):
        i = roles[n][0]
        if i >= end:
            break
        between = [k for k in range(roles[last][1], i) if not norms[k].isspace()]
        if not between or len(between) > 6 or not any(norms[k] in {"or", "and"} for k in between):
            break
        if not all(
            norms[k] in _ALTERNATIVES
            or norms[k] in {"a", "an", "the", "-", "much", "most"}
            or norms[k] in PRAISE
            or (lowers is not None and superlative(lowers[k]))
            or (k > 0 and norms[k - 1] == "-")
            for k in between
        ):
            break
        out.append(n)
        last = n
    return out


def _without_asides(words: list[str]) -> list[str]:
    """The words without a short bracketed aside: "B (me) or C" lists B and C.

    Examples
    --------
    >>> _without_asides(["(", "me", ")", "or", "the"]), _without_asides(["(", "see", "below"])
    (['or', 'the'], ['(', 'see', 'below'])
    """
    if "(" not in words:
        return words
    out: list[str] = []
    k = 0
    while k < len(words):
        close = words.index(")", k) if words[k] == "(" and ")" in words[k:] else -1
        if 0 < close - k <= 6:
            k = close + 1
            continue
        out.append(words[k])
        k += 1
    return out


#: the words of an aside between commas that tells time passing: ", with experience,", ", in time,", ", over the
#: years,", ", with further training,"
_TIME_ASIDE = _normed(
    frozenset({"with", "experience", "in", "time", "over", "the", "year", "years", "more", "further", "training"})
    | frozenset({"enough", "some", "a", "few", "right", "due", "course", "later", "eventually", "after"})
)
_TIME_ASIDE_NOUNS = _normed(frozenset({"experience", "time", "year", "years", "training", "course"}))


def _timed_aside(between: list[str]) -> set[int]:
    """The positions of an aside of time passing, between two commas right after "and": "and, with experience,"."""
    if len(between) < 4 or between[0] != "and" or between[1] != ",":
        return set()
    close = next((k for k in range(2, min(len(between), 8)) if between[k] == ","), None)
    if close is None or close == 2:
        return set()
    aside = between[2:close]
    if not all(w in _TIME_ASIDE for w in aside) or _TIME_ASIDE_NOUNS.isdisjoint(aside):
        return set()
    return set(range(1, close + 1))


def _following(norms: Sequence[str], roles: Sequence[tuple[int, int]], first: int, end: int) -> list[tuple[int, bool]]:
    """Roles listed after target ``first``: (index, whether it is a later step rather than an alternative)."""
    out: list[tuple[int, bool]] = []
    last = first
    for n in range(first + 1, len(roles)):
        i = roles[n][0]
        if i >= end or i < roles[last][1]:
            break
        raw = [w for w in norms[roles[last][1] : i] if not w.isspace()]
        told = _told_time_end(norms, roles[last][1], i)
        if told > roles[last][1]:
            # "to B in her first year, then to C", "to B in 2019, and later to C": B's time, then a later step
            rest = [w for w in norms[told:i] if not w.isspace()]
            if rest[:1] == [","] and _SEQUENCE.intersection(rest):
                raw = rest
        if raw == ["("] and next((w for w in norms[roles[n][1] : end] if not w.isspace()), "") == ")":
            last = n  # "promoted to Tier 3 (Process Assistant), and from there to B": another name of the same post
            continue
        if raw[:1] == [")"]:
            raw = raw[1:]
        raw = raw[_place_aside(raw) :]
        if len(raw) > 1 and raw[0] == "(" and _EXAMPLE_LEADS.issuperset(raw[1:]):
            # "to a supervisory role (like A or B), then to C": the examples in brackets are alternatives of the post
            # (what rank post they stand for is the caller's to tell)
            raw = ["or"]
        between = _without_asides(raw)
        # "to B and, with experience, to C", "B and, in time, C": an aside of a time passed, a later step
        timed = _timed_aside(between)
        if timed:
            between = [w for k, w in enumerate(between) if k not in timed]
        # "to B, and from there to C": a later step, as "then" makes it
        onward = "from" in between and ("there" in between or "that" in between)
        # "to B, and after that (to) C", "B and, after this, C": a later step too
        after_that = "after" in between and ("that" in between or "this" in between)
        onward = onward or after_that
        onward = onward or between == ["to"]  # "become a team leader to floor supervisor to unit head": a chain
        # "promoted to A, followed by (the) B": the next step
        onward = onward or [w for w in between if w not in {"a", "the"}][-2:] == ["follow", "by"]
        # "from A to B, and on to C", "to B and then on to C": "on to" goes on from B
        onward = onward or between[-2:] == ["on", "to"]
        sequence = bool(_SEQUENCE.intersection(between)) or onward or bool(timed)
        if len(between) > (9 if sequence else 4):
            break
        if not all(
            w in _ALTERNATIVES or w in _SEQUENCE or w in _TARGET_GLUE or w in _TIME or w.isdigit()
            or (onward and w in {"from", "that", "follow", "by", "on"})
            or (after_that and w in {"after", "this"})
            for w in between
        ):
            break
        if not between or any(w in _CUES for w in between):
            break
        after = next((w for w in norms[roles[n][1] : end] if not w.isspace()), "")
        if after in _ORIGINS or after in _CUES or after in _CLAUSE_VERBS:
            break  # "... as pickers, and our site director joined as a driver": the subject of a clause of its own
        out.append((n, sequence))
        last = n
    return out


#: prepositions of a short phrase of place after a listed post: "B in the bakery, C and D"
_PLACE_PREPOSITIONS = frozenset({"in", "at", "on", "within"})
#: the most words a short phrase of place may have, its preposition (and a comma after it) left out: after a listed
#: post ("B in the bakery, C and D"), or between a noun of chances and its verb ("opportunities in larger stores
#: extend to B")
_PLACE_WORDS = 5


def _place_aside(words: list[str]) -> int:
    """Where the words after a listed post go on past a short phrase of where that post works, closed by a comma
    ("B in the bakery or deli, C and D": the comma's place), else 0. A phrase of time is none ("in 2019", "in a
    year"), nor one naming a verb of movement or a word of order.

    Examples
    --------
    >>> _place_aside(["in", "the", "deli", "or", "bakery", ",", "or"]), _place_aside(["in", "2019", ",", "then"])
    (5, 0)
    """
    if not words or words[0] not in _PLACE_PREPOSITIONS or "," not in words:
        return 0
    comma = words.index(",")
    inside = words[1:comma]
    if not 0 < len(inside) <= _PLACE_WORDS or any(
        w in _CUES or w in _SEQUENCE or w in _TIME_UNITS or w in _ORDINALS or not w.isalpha() for w in inside
    ):
        return 0
    return comma


#: ordinals of a person's own year or month: "in her first year"
_ORDINALS = _normed(frozenset({"first", "second", "third", "fourth", "fifth", "1st", "2nd", "3rd", "4th", "5th"}))


def _told_time_end(norms: Sequence[str], k: int, end: int) -> int:
    """The token after a time phrase at ``k`` (spaces skipped; "in 2019", "after 18 months", "in her first year"),
    else ``k``."""
    j = k
    while j < end and norms[j].isspace():
        j += 1
    found = time_phrase_end(norms, j, end)
    if found > j:
        return found
    own = norms[j + 1 : j + 4]
    if norms[j : j + 1] in (["in"], ["within"], ["during"]) and len(own) == 3 and own[1] in _ORDINALS and (
        own[0] in {"her", "his", "my", "their", "your", "the"} and own[2] in {"year", "month"}
    ):
        return j + 4
    return k


#: auxiliaries after a listed title that make it the subject of a new clause ("..., and the buyer has ...")
_CLAUSE_VERBS = _normed(frozenset({"be", "have", "will", "can", "may"}))  # (norms: "was" reads "be")


#: modal verbs: "can go to A, B and C" offers choices, "then go to A, B and C" tells the steps in turn
_MODALS = _normed(frozenset({"can", "could", "may", "might", "will", "would", "should", "must", "ca", "wo"}))


def steps_in_turn(norms: Sequence[str], start: int, first: int, joints: set[str], count: int) -> bool:
    """Whether ``count`` posts listed from token ``first`` on, after a verb, are steps in turn rather than choices.

    Three or more posts joined by "and" (never "or") after a verb told without a modal, with a word
    of order in the clause before them or among the joints: "they then go to A, B, and C", "moving up to A, B, C
    and finally to D" (one holder cannot take three posts at once; "they can go to A, B or C" offers choices).
    ``joints`` are the words between the posts.

    Examples
    --------
    >>> steps_in_turn("they then go to a , b , and c".split(), 0, 4, {",", "and"}, 3)
    True
    >>> steps_in_turn("they can then go to a , b , and c".split(), 0, 5, {",", "and"}, 3)
    False
    """
    return (
        count >= 3
        and "and" in joints
        and not {"or", "either", "/"} & joints
        and bool(_SEQUENCE.intersection(norms[start:first]) or _SEQUENCE.intersection(joints))
        and _MODALS.isdisjoint(norms[max(start, first - 5) : first])
    )


#: superlatives standing for people: "the best", "the strongest"
_BEST = _normed(frozenset({"best", "strongest", "brightest", "ablest"}))


#: words that may stand between a subject and its verb of movement: "colleagues can then become B"
_PEOPLE_GLUE = frozenset(
    {"can", "could", "may", "might", "will", "would", "should", "often", "usually", "eventually", "later", "then"}
    | {"soon", "also", "to", "quickly", "finally", "sometimes", "typically", "normally", "generally", "go", "on"}
)


#: verbs a verb of movement may follow, whose "s" form is no plural noun: "she goes on to become B"
_VERBS_BEFORE_MOVES = frozenset(
    {"go", "want", "get", "tend", "seem", "need", "manage", "continue", "decide", "choose", "work", "start", "help"}
    | {"use", "like", "love", "make", "take", "come", "try", "learn", "expect", "hope", "plan", "aim", "wish"}
)


def _other_people_before(norms: Sequence[str], lowers: Sequence[str] | None, gap: int, cue: int) -> bool:
    """Whether a plural noun that names no one of GENERIC_SUBJECTS stands right before the verb at ``cue`` (only
    _PEOPLE_GLUE between), after the generic subject found at ``gap``: those people are the verb's subject
    ("I have had a hand in seeing colleagues become managers": the colleagues, not "I").

    >>> words = "i help see colleague become manager".split()
    >>> _other_people_before(words, "i help see colleagues become managers".split(), 0, 4)
    True
    >>> _other_people_before(words, "i help see colleague become managers".split(), 0, 4)
    False
    """
    if lowers is None:
        return False
    k = cue - 1
    while k > gap and (lowers[k].isspace() or lowers[k] in _PEOPLE_GLUE):
        k -= 1
    if k <= gap:
        return False
    word, norm = lowers[k], norms[k]
    if norm in _CUES or norm in _VERBS_BEFORE_MOVES:
        return False  # a verb: "she goes on to become B", "he rises to become B"
    return word.isalpha() and word.endswith("s") and word != norm and norm not in GENERIC_SUBJECTS and (
        word.startswith(norm)
    )


def _subject_before(
    norms: Sequence[str], start: int, cue: int, roles: Sequence[tuple[int, int]]
) -> tuple[str, int | None, int]:
    """What stands as the subject of the verb at ``cue``: ("role", index, gap), ("generic", None, k), ("none", ...).

    The gap says how many words stand between the subject and the verb that are not plain glue
    (auxiliaries, adverbs, a time phrase): a subject found over such words is a guess.
    """
    k = cue - 1
    odd = 0
    before = [n for n, (i, j) in enumerate(roles) if j <= cue and i >= start]
    nearest = before[-1] if before else None
    if nearest is not None and cue - roles[nearest][1] <= _RELATIVE_REACH + 1 and norms[roles[nearest][1]] == "who":
        # "Site engineers who want more responsibility often retrain as B": the role the relative clause describes
        # is the subject, whatever words the clause holds
        clause = norms[roles[nearest][1] + 1 : cue]
        if _CLAUSE_ENDS.isdisjoint(clause) and "," not in clause and "and" not in clause:
            return "role", nearest, 0
    while k >= start:
        w = norms[k]
        if nearest is not None and roles[nearest][1] == k + 1:
            return "role", nearest, odd
        if w == "turn" and k - 1 >= start and norms[k - 1] == "in":
            k -= 2  # "head cashiers in turn can be considered for B": an adverb, no verb of movement
            continue
        if w in _NOUN_CUES and k - 1 >= start and norms[k - 1] in _FURTHER and norms[k + 1 : k + 2] and (
            norms[k + 1] in _MODAL_WORDS and all(x.isspace() for x in norms[start : k - 1])
        ):
            # "A to B, then to C. Further advancement can lead to D": on from where the career stands, as "This can"
            return "generic", None, k
        if w in _CUES and k > start and norms[k - 1] in {"a", "an", "the"} | _STEP_ADJECTIVES and w in _STEP_NOUNS:
            pass  # "the position is a step before becoming B": a noun after its article, not the clause's verb
        elif w == "get" and k != cue and all(x.isspace() or x in _HEDGES for x in norms[k + 1 : cue]):
            # "I got promoted to B": "got" the passive's auxiliary, no verb of movement of its own
            k -= 1
            continue
        elif w == "go" and k != cue and [x for x in norms[k + 1 : cue] if not x.isspace()] == ["on", "to"]:
            # "paralegals go on to train as solicitors": "go on to" before the verb is no verb of its own
            k -= 1
            continue
        elif w in _CUES and k != cue and _cue_here(norms, k) and not {"and", "or"}.isdisjoint(norms[k + 1 : cue]) and (
            nearest is None or roles[nearest][1] <= k
        ):
            # "I switched to sales and became B": the verbs share their subject, named before the first
            # ("you could move into estimating, or become B": a choice of the same subject's)
            odd = 0
            k -= 1
            continue
        elif w in _CLAUSE_ENDS or (w in _CUES and k != cue and _cue_here(norms, k)):
            return "none", None, odd
        if w in GENERIC_SUBJECTS or (w in _BEST and k > start and norms[k - 1] == "the"):
            return "generic", None, k  # ("..., and the best go on to B": some of the people the clause began with)
        if w in _THIS_POST_WORDS and k > start and norms[k - 1] == "this":
            return "page", None, k
        if w in _THIS_POST_WORDS and k > start and norms[k - 1] == "the" and (
            all(x.isspace() for x in norms[start : k - 1])
        ):
            return "page", None, k  # "The position is a step before becoming B" opening a sentence
        if w in {"here", "us"} and [x for x in norms[start:k] if not x.isspace()] in (["work"], ["join"]) and (
            norms[k + 1 : k + 2] == ["be"]
        ):
            return "page", None, k  # "Working here is a route into B jobs", "Joining us is a first step towards B"
        if w in {"this", "it"} and all(x.isspace() for x in norms[start:k]) and norms[k + 1 : k + 2] == ["be"]:
            # "This is a stepping stone to B" ("It is also a first step towards becoming B") opening a sentence of a
            # page about a role
            return "page", None, k
        if w in {"this", "that"} and all(x.isspace() for x in norms[start:k]) and norms[k + 1 : k + 2] and (
            norms[k + 1] in _MODAL_WORDS
        ):
            # "You start as A or B. This can lead to C": from where the career stands, as "they" moves
            return "generic", None, k
        if w == "to" and k > start and norms[k - 1] in _CHANCES and cue - k <= 2:
            return "page", None, k  # "there is potential to grow into B", "the chance to move up to B"
        if not (w in STOP_WORDS or w in _SUBJECT_GLUE or w.isspace() or w.endswith("ly") or w.isdigit()):
            odd += 1
        if cue - k > _MAX_SUBJECT_GAP:
            break
        k -= 1
    return "none", None, odd


#: the most words of a relative clause ("who ...") between a subject and its verb
_RELATIVE_REACH = 6


#: words before a noun of movement opening a sentence that make it a step beyond those told before it
_FURTHER = _normed(frozenset({"further", "additional", "subsequent", "later"}))
#: modal verbs after "This" opening a sentence whose verb moves on from the sentence before: "This can lead to B"
_MODAL_WORDS = _normed(frozenset({"can", "may", "might", "could", "will", "would", "often", "usually", "typically"}))


#: words between "open" and "door": "opens the door", "opened up new doors", "can open many doors"
_DOOR_LEAD = frozenset({"the", "up", "new", "many", "a", "lot", "of", "more", "further"})


def _door_after(norms: Sequence[str], cue: int, end: int) -> int | None:
    """The token of "door(s)" a verb "open" at ``cue`` takes as its object ("opens the door", "opened up new
    doors"), or None.

    >>> _door_after("this role open the door to b".split(), 2, 7), _door_after("store open at nine".split(), 1, 4)
    (4, None)
    """
    for k in range(cue + 1, min(end, cue + 6)):
        w = norms[k]
        if w in {"door", "doors"}:
            return k
        if not (w in _DOOR_LEAD or w.isspace()):
            return None
    return None


#: cues whose target must be named as a post: "opens the door to B posts", "prepares you for a B role"
_NAMED_POST_CUES = frozenset({"open", "prepare", "preparation", "route", "pathway"})
#: people a verb of preparing prepares: "prepares you for", "prepares staff for"
_PREPARED = frozenset({"you", "people", "staff", "them", "holders", "employees", "colleagues", "workers", "me", "us"})


def _prepared_for(norms: Sequence[str], cue: int, end: int) -> int | None:
    """The token just before "for" after a verb or noun of preparing at ``cue``, when only its people stand between
    ("prepares you for", "preparation for"), or None (the token is the cue itself, or the people's).

    >>> _prepared_for("job prepare you for a b role".split(), 1, 7), _prepared_for("prepare meal for".split(), 0, 3)
    (2, None)
    """
    k = cue + 1
    while k < end and norms[k].isspace():
        k += 1
    if k < end and norms[k] in _PREPARED:
        k += 1
    # ("prepares you well for", "prepares staff really thoroughly for": adverbs; "well" reads "good")
    while k < end and (norms[k].isspace() or norms[k] in {"well", "good"} or norms[k].endswith("ly")):
        k += 1
    return k - 1 if k < end and norms[k] == "for" else None


#: words before a role that name it as a post taken: "to becoming a B", "to a career as a B"
_BECOMING_POST = _normed(frozenset({"become", "becoming", "career"}))


def _named_as_post(
    norms: Sequence[str], lo: int, role: tuple[int, int], end: int, roles: Sequence[tuple[int, int]] = ()
) -> bool:
    """Whether a role named after token ``lo`` is named as a post: a post noun right after it ("B posts"; or after
    the list it opens, "B and C jobs"), or a post noun or "becoming" before it ("to becoming a B", "to roles such as
    B", "to a career as B")."""
    k = role[1]
    starts = {i: j for i, j in roles}
    while k < end:
        if norms[k].isspace():
            k += 1
        elif norms[k] in {"and", "or", ",", "/"} and k + 1 < end:
            x = k + 1
            while x < end and (norms[x].isspace() or norms[x] in {"a", "an", "the"}):
                x += 1
            if x not in starts:
                break
            k = starts[x]  # ("into room attendant and housekeeping supervisor jobs": the list's post noun)
        else:
            break
    after = norms[k] if k < end else ""
    return after in POST_NOUNS or not (POST_NOUNS | _BECOMING_POST).isdisjoint(norms[lo + 1 : role[0]])


def _cue_here(norms: Sequence[str], k: int) -> bool:
    """Whether the cue word at ``k`` is a verb of movement here: "go on to", not "go through a period"."""
    need = _CUES[norms[k]]
    if norms[k] in {"route", "pathway"}:
        return k + 1 < len(norms) and norms[k + 1] in {"into", "to"}
    if norms[k] in _NAMED_POST_CUES:  # ("prepares you to step up to B": no preparing "for" a post, no verb here)
        found = _door_after(norms, k, len(norms)) if norms[k] == "open" else _prepared_for(norms, k, len(norms))
        return found is not None
    return need is None or norms[k] not in _PARTICLE_CUES or (k + 1 < len(norms) and norms[k + 1] in need)


#: cues that are verbs of movement only with their particle ("go on", "end up", "qualify for"); those that name
#: their target as a post (_NAMED_POST_CUES) are read apart
_PARTICLE_CUES = _normed(
    frozenset({"go", "end", "qualify", "change", "extend", "expand", "widen", "broaden", "evolve", "work", "train"})
    | frozenset({"retrain", "requalify", "take", "consider", "apply", "offer", "specialise", "specialize"})
)
#: nouns of posts given out, before "go to" their holders: "B jobs usually go to A", "B vacancies often go to A"
_GIVEN_POSTS = _normed(
    frozenset({"job", "jobs", "post", "posts", "position", "positions", "role", "roles", "vacancy", "vacancies"})
    | frozenset({"opening", "openings", "promotion", "promotions", "slot", "slots"})
)


def _posts_given(norms: Sequence[str], start: int, cue: int, roles: Sequence[tuple[int, int]]) -> int | None:
    """The role whose posts are the subject of "go" at ``cue`` ("Head brewer jobs generally go to ..."): its index,
    else None (the posts pass to the holders named after "to", who move up to them; not "the brewer goes to ...")."""
    k = cue - 1
    while k > start and (norms[k] in _HEDGES or norms[k].isspace()):
        k -= 1
    if k < start or norms[k] not in _GIVEN_POSTS:  # (no word before the clause: "go" opens it)
        return None
    return next((n for n, (_, j) in enumerate(roles) if j == k and roles[n][0] >= start), None)


#: words before a title that make it a person one deals with, not a post one takes: "go to your team leader"
_DETERMINERS = frozenset({"a", "an", "the", "your", "their", "his", "her", "my", "our", "its", "this", "that"})


#: words between a next-rung phrase and its source: "the next step up for most buyers"
#: what a step noun may be said to be of before its source: "the next rung of the ladder for A", "the first rung of
#: promotion for A"
_STEP_OF = _normed(frozenset({"ladder", "promotion", "progression", "advancement", "career"}))
#: nouns of a post before "of" and the post's title: "the position of B", "the role of B"
_STEP_OF_LIST = [[w] for w in _STEP_OF]
_OF = frozenset({"of", "the"}) | _STEP_OF
_POST_NOUNS = _normed(frozenset({"position", "role", "post", "job", "title", "rank", "grade"}))
_SOURCE_LEAD = _normed(frozenset({"up", "for", "from", "after", "of", "a", "an", "the", "most", "many", "our"}))
# ("the next step for an experienced supervisor": words of the holders' standing)
_SOURCE_LEAD |= _normed(frozenset({"experienced", "ambitious", "talented", "skilled", "strong", "motivated"}))


def names_next_rung(norms: Sequence[str]) -> bool:
    """Whether the words hold a next-rung phrase ("next step", "natural progression"): read by :func:`step_phrase`.

    Examples
    --------
    >>> names_next_rung("be the next step up from".split()), names_next_rung("step up to".split())
    (True, False)
    """
    return any(a in _STEP_ADJECTIVES and b in _STEP_NOUNS for a, b in itertools.pairwise(norms))


#: words opening a sentence whose verb "comes" names the next rung: "After A comes B", "Next comes B"
_COMES_OPENERS = frozenset({"after", "next", "then"})


def _comes_next(norms: Sequence[str], start: int, end: int, roles: Sequence[tuple[int, int]]) -> Move | None:
    """ "After head porter comes concierge manager" (A -> B), "After that comes B", "Next comes B" (B from the current
    rung): the subject after an inverted "comes" is the next rung.

    >>> norms = "after head porter come concierge manager .".split()
    >>> m = _comes_next(norms, 0, len(norms), [(1, 3), (4, 6)]); (m.source, m.target)
    (0, 1)
    """
    k = start + 1
    source = None
    if norms[start] == "after":
        while k < end and norms[k] in {"a", "an", "the"}:
            k += 1
        source = next((n for n, (i, _) in enumerate(roles) if i == k), None)
        if source is not None:
            k = roles[source][1]
        elif norms[k : k + 1] in (["that"], ["this"]):
            k += 1
        else:
            return None
    while k < end and norms[k] in {",", "usually", "typically", "often", "generally", "role", "position", "post"}:
        k += 1
    if norms[k : k + 1] != ["come"]:
        return None
    k += 1
    while k < end and norms[k] in {"a", "an", "the", "role", "position", "post", "of"}:
        k += 1
    target = next((n for n, (i, _) in enumerate(roles) if i == k), None)
    if target is None or target == source:
        return None
    return Move(source, target, "promotion", k - 1, step=True)


def _named_before(norms: Sequence[str], start: int, k: int, roles: Sequence[tuple[int, int]]) -> int | None:
    """The role right before "is" and the article and adjectives of the step noun at ``k``: "B is the (common)
    next step", "B is often the next step"."""
    lead = k - 2
    while lead > start and (norms[lead] in {"a", "an", "the", "often"} or norms[lead] in _HEDGES | _STEP_ADJECTIVES):
        lead -= 1
    if norms[lead] != "be":
        return None
    named = next((n for n, (_, j) in enumerate(roles) if j == lead), None)
    if named is None:
        return None
    x = roles[named][0] - 1
    while x >= start and norms[x] in {"a", "an", "the"}:
        x -= 1
    # the subject of "is" ("For A, B is ...", "Becoming B is ..."), not an object ("Calling the B is the next step")
    return named if x < start or norms[x] in {",", ":", ";", "then", "and", "become"} else None


def _this_post_is(norms: Sequence[str], start: int, k: int) -> bool:
    """Whether tokens ``start:k`` open "This role / position / job / post is (the, a, ...)": the page's post is the
    subject of the phrase at ``k``."""
    words = [w for w in norms[start:k] if not w.isspace()]
    if len(words) < 3 or words[0] != "this" or words[1] not in _THIS_POST_WORDS or "be" not in words[2:]:
        return False
    at = len(words) - 1 - words[::-1].index("be")
    # ("This position is ...", "This position reports to the B and is ...": the page's post the subject of "is")
    return at == 2 or words[at - 1] == "and"


def _phrase_ends(norms: Sequence[str], k: int, end: int) -> bool:
    """Whether a next-rung phrase ends at token ``k`` ("up" aside): the sentence or clause ends, or a career is
    named ("... in a porter's career"; not "the next step in the process")."""
    if k < end and norms[k] == "up":
        k += 1
    if k >= end or norms[k] in {".", ",", ";", "!", "?", ")", "for", "after"}:
        return True
    return norms[k] in {"in", "on"} and not _CAREER_WORDS.isdisjoint(norms[k + 1 : k + 5])


_CAREER_WORDS = _normed(frozenset({"career", "ladder", "path", "progression"}))


def _beside_rung(norms: Sequence[str], k: int, end: int, roles: Sequence[tuple[int, int]]) -> Move | None:
    """ "the step above A is B" (A -> B) or "the level below A is B" (B -> A), the step noun at ``k``."""
    look = k + 2
    while look < end and norms[look] in {"a", "an", "the"}:
        look += 1
    named = next((n for n, (i, _) in enumerate(roles) if i == look), None)
    if named is None:
        return None
    look = roles[named][1]
    lead = k - 1
    while lead > 0 and norms[lead] in {"one", "a", "just", "only"}:
        lead -= 1
    if norms[lead] == "be" and lead < k - 1 and (look >= end or norms[look] != "be"):
        # "A is one step below B" (A -> B), "this is one level above B" (B -> the post just named)
        subject = next((n for n, (_, j) in enumerate(roles) if j == lead), None)
        if subject is None and norms[lead - 1] not in {"this", "it", "that"}:
            return None
        if norms[k + 1] == "below":
            return Move(subject, named, "promotion", k, step=True)
        return None if subject is None else Move(named, subject, "promotion", k, step=True)
    if look >= end or norms[look] not in {"be", ":"}:
        return None
    look += 1
    while look < end and (norms[look] in {"a", "an", "the"} or norms[look] in _HEDGES):
        look += 1
    other = next((n for n, (i, _) in enumerate(roles) if i == look), None)
    if other is None or other == named:
        return None
    if norms[k + 1] == "above":
        return Move(named, other, "promotion", k, step=True)
    return Move(other, named, "promotion", k, step=True)


def names_route(norms: Sequence[str], start: int, end: int) -> bool:
    """Whether tokens ``start:end`` hold a route noun opening a clause with "is" after it ("From there, the route is
    B")."""
    words = norms[start:end]
    if _ROUTE_NOUNS.isdisjoint(words) or "be" not in words:
        return False
    # (only the route nouns _bare_route reads are tried, picked out in C)
    nouns = map(_BARE_ROUTE_NOUNS.__contains__, norms[start + 1 : end - 1])
    return any(_bare_route(norms, start, k) for k in itertools.compress(range(start + 1, end - 1), nouns))


#: the route nouns that open a clause of a route told bare (see _bare_route)
_BARE_ROUTE_NOUNS = frozenset({"route", "path", "track"})


def _bare_route(norms: Sequence[str], start: int, k: int) -> bool:
    """Whether the route noun at ``k`` opens the sentence's clause as its subject, "is" after it: "the route is B",
    "From there, the usual path is B", "After A, the route is B" (no "for A": the route from where the career
    stands)."""
    if norms[k] not in _BARE_ROUTE_NOUNS or norms[k + 1 : k + 2] != ["be"]:
        return False
    lead = k - 1
    if norms[lead] in _ROUTE_QUALIFIERS:
        lead -= 1
    if lead < start or norms[lead] != "the":
        return False
    return lead == start or norms[lead - 1] == ","


#: the words opening a next-rung sentence before its source post: "From A, the next step is B", "After A, ..."
_STEP_SOURCE_OPENERS = frozenset({"from", "for", "after"})


def step_phrase(norms: Sequence[str], start: int, end: int, roles: Sequence[tuple[int, int]]) -> list[Move]:
    """ "The next step for a buyer is senior buyer", "A's natural progression is B", "the highest position is B".

    The source is the role named after "for", "from" or "after" in the phrase, or before it with
    a possessive; without one it is None (the caller's current rung). The target follows a form
    of "be" or a colon.

    Examples
    --------
    >>> norms = "the next step for a buyer be senior buyer .".split()
    >>> [(m.source, m.target) for m in step_phrase(norms, 0, len(norms), [(5, 6), (7, 9)])]
    [(0, 1)]
    >>> norms = "the level below head chef be sous chef .".split()
    >>> [(m.source, m.target) for m in step_phrase(norms, 0, len(norms), [(3, 5), (6, 8)])]
    [(1, 0)]
    """
    if norms[start] in _COMES_OPENERS and "come" in norms[start + 1 : start + 8]:
        comes = _comes_next(norms, start, end, roles)
        if comes is not None:
            return [comes]
    if (
        _STEP_NOUNS.isdisjoint(norms[start + 1 : end])
        and _PATH_NOUNS.isdisjoint(norms[start + 1 : end])
        and _ROUTE_NOUNS.isdisjoint(norms[start + 1 : end])
    ):
        return []  # (no noun of a step or a path: most sentences)
    out: list[Move] = []
    # (only a noun of a step, a path or a route can open a phrase: those words alone are visited)
    for k in list(itertools.compress(range(start + 1, end), map(_PHRASE_NOUNS.__contains__, norms[start + 1 : end]))):
        # "common career paths for A include (becoming) B": a path noun, with "include" after it
        path = norms[k] in _PATH_NOUNS and "include" in norms[k + 1 : k + 10]
        adjective = norms[k - 1] in _STEP_ADJECTIVES or (
            path and norms[k - 1] == "career" and k - 2 >= start and norms[k - 2] in _STEP_ADJECTIVES
        ) or (path and norms[k - 1] in _PATH_ADJECTIVES)
        if norms[k] in _STEP_NOUNS and norms[k + 1 : k + 2] in (["above"], ["below"]):
            # "the step above staff nurse is ward sister", "the level below head chef is sous chef"
            move = _beside_rung(norms, k, end, roles)
            if move is not None:
                out.append(move)
            continue
        if norms[k] in _ROUTE_NOUNS and norms[k - 1] in _ROUTE_QUALIFIERS and norms[k + 1 : k + 2] in (["for"], ["of"]):
            adjective = path = True  # "the career path for A is B", "the development direction of A is B"
        bare_route = _bare_route(norms, start, k)
        if bare_route:
            adjective = path = True  # "From there, the route is B", "After A, the usual path is B"
        # "the first step up for A is B", "the first rung of promotion for A is B": with its source named
        # ("first" reads "1"; "ladder" of what: "the first ladder of promotion for A is B")
        of_ladder = norms[k] == "ladder" and norms[k + 1 : k + 2] == ["of"] and norms[k + 2 : k + 3] in _STEP_OF_LIST
        first_step = norms[k - 1] in {"first", "1"} and (norms[k] in _STEP_NOUNS or of_ladder)
        step_noun = norms[k] in _STEP_NOUNS or path or first_step
        if not step_noun or not (adjective or first_step) or norms[k + 1 : k + 2] == ["stone"]:
            continue
        # the source: "for / from / after (a) A" right after the noun, or "A's next step"
        source = None
        look = k + 1
        # (what the step is of: "the next rung of the ladder for A", "the first rung of promotion for A")
        while look < end and (norms[look] in _SOURCE_LEAD or (norms[look] in _STEP_OF and norms[look - 1] in _OF)):
            look += 1
        after_noun = next((n for n, (i, _) in enumerate(roles) if i == look and look > k + 1), None)
        if after_noun is not None and {"for", "from", "after", "of"} & set(norms[k + 1 : look]):
            source = after_noun
            look = roles[after_noun][1]
            # "B is the next step up from A", "B is a common next step for A": the target stands before the phrase
            before = _named_before(norms, start, k, roles)
            if before is not None and before != source:
                out.append(Move(source, before, "promotion", k, step=True))
                continue
            if before is None and _this_post_is(norms, start, k):
                # "This position is the natural next step for an experienced supervisor": A moves onto the page's role
                out.append(Move(source, source, "promotion", k, step=True, onto_page=True))
                continue
        else:
            own = next((n for n, (_, j) in enumerate(roles) if j in {k - 2, k - 3} and j <= k - 2), None)
            if own is not None and norms[roles[own][1]] in {"'s", "’s", "'", "’", "have"}:  # ("'s" reads "have")
                source = own
            before = _named_before(norms, start, k, roles) if _phrase_ends(norms, k + 1, end) else None
            if before is not None and before != source:
                # "B is the next step.", "For A, B is the natural next step.": the target stands before the phrase
                if source is None and norms[start] in _STEP_SOURCE_OPENERS:
                    first = start + 2 if norms[start + 1 : start + 2] in (["a"], ["an"], ["the"]) else start + 1
                    source = next((n for n, (i, j) in enumerate(roles) if i == first and j <= k), None)
                if source != before:
                    out.append(Move(source, before, "promotion", k, step=True))
                continue
        while look < end and (norms[look] in _LINKS or norms[look] in {"up", "in", "most", "case", ","}):
            look += 1
        # a short relative clause before the verb: "the highest position they reach is ..."
        clause = next((x for x in range(look, min(end, look + 4)) if norms[x] in {"be", ":", "："}), None)
        if clause is not None and not any(i < clause and j > look for i, j in roles):
            look = clause
        linked = {"be", ":", "：", "would", "will", "include"}
        if look < end and norms[look] not in linked and linked.isdisjoint(norms[k + 1 : look]):
            continue
        while look < end and norms[look] in _LINKS | _STEP_GLUE:
            look += 1
        if look + 1 < end and norms[look] in _POST_NOUNS and norms[look + 1] == "of":
            look += 2  # "the next step for A is the position of B", "... the role of B"
            while look < end and norms[look] in {"a", "an", "the"}:
                look += 1
        target = next((n for n, (i, _) in enumerate(roles) if i == look), None)
        if target is None or target == source:
            continue
        if first_step and source is None:
            continue  # ("the first job for most graduates is ..." names where careers start, not a move)
        if source is None and norms[start] in _STEP_SOURCE_OPENERS:
            # "From team lead, the next step is B", "For a dental nurse, the next step is B", "After A, the next step
            # is B": the role after an opening "from", "for" or "after"
            first = start + 2 if norms[start + 1 : start + 2] in (["a"], ["an"], ["the"]) else start + 1
            source = next((n for n, (i, j) in enumerate(roles) if i == first and j <= k), None)
        out.append(Move(source, target, "promotion", k, step=True))
        previous: int | None = target
        for n, sequence in _following(norms, roles, target, end):
            out.append(Move(previous if sequence else source, n, "promotion", k, step=True))
            previous = n
    return out


#: verbs of movement whose bare form opening a sentence is a step told to the reader: "Move up to B", "Then progress
#: to C", "4. Become D"
_IMPERATIVES = _normed(
    frozenset({"move", "progress", "advance", "become", "step", "climb", "rise", "graduate", "transition", "switch"})
    | frozenset({"go", "work", "grow", "pivot", "transfer"})
)
#: what may stand before such a verb: words of sequence, a step's number and its marks, a list's bullet of any kind
#: ("• Progress to B, C or D" on a role's page)
_IMPERATIVE_LEAD = _SEQUENCE | frozenset({",", "and", "-", "–", ")", ".", ":", "step", "*"})
_IMPERATIVE_LEAD |= frozenset("+•·▪●◦‣⁃—➤►▶➢■◆❖")


def _imperative(norms: Sequence[str], lowers: Sequence[str] | None, start: int, cue: int) -> bool:
    """Whether the verb at ``cue`` opens its sentence in its bare form, after words of sequence or a step's number
    alone: a step the reader is told to take ("Move up to B", "Then progress to C", "Step 3: become D")."""
    if lowers is None or norms[cue] not in _IMPERATIVES or lowers[cue] not in _IMPERATIVES:
        return False
    return all(w in _IMPERATIVE_LEAD or w.isspace() or w.isdigit() for w in lowers[start:cue])


def _opens_clause(norms: Sequence[str], start: int, cue: int, lowers: Sequence[str] | None = None) -> bool:
    """Whether only articles stand between the clause's start (or a comma after an opening phrase) and ``cue``."""
    comma = max((k for k in range(start, cue) if norms[k] in {",", "，"}), default=start - 1)
    k = comma + 1
    if lowers is not None and norms[k : k + 1] == ["there"]:
        # "There is a clear progression to B", "there are opportunities for promotion to B": the clause's opening
        # "there" and its verb (not in the past: "there was a promotion to B" tells of someone's) say only that
        # the move is open
        k += 1
        while k < cue and lowers[k] in _THERE_BE:
            k += 1
    return all(w in {"a", "an", "the", "his", "her", "their", "your"} or w in _CHANCES for w in norms[k:cue])


#: the verb after an opening "there": "there is", "there are", "there will be", "there may also be"
_THERE_BE = frozenset({"is", "are", "be", "will", "may", "can", "could", "also", "often", "usually"})


#: what may open a clause of movement with no subject: "opportunities for advancement include B"
_CHANCES = _normed(
    frozenset({"opportunity", "opportunities", "chance", "chances", "room", "scope", "potential", "for", "of"})
    | frozenset({"career", "further", "possible", "internal", "typical", "good", "great", "clear", "plenty"})
)


def _subject_ahead_of_before(
    norms: Sequence[str], start: int, cue: int, roles: Sequence[tuple[int, int]], lowers: Sequence[str] | None
) -> int | None:
    """The subject of the clause a gerund of movement after "before" ends: "a junior accountant typically needs
    2-4 years before stepping up to B" (the first role of the clause, which opens it); or "before they" and a verb
    of movement: "apprentice plumbers spend four years before they become plumbers"."""
    if lowers is None or cue - 1 <= start:
        return None
    gerund = norms[cue - 1] == "before" and lowers[cue].endswith("ing")
    # ("apprentice plumbers spend four years on site before they become plumbers": the pronoun stands for them)
    pronoun = cue - 2 > start and lowers[cue - 1] == "they" and norms[cue - 2] in {"before", "until"}
    if not gerund and not pronoun:
        return None
    clause = max((k for k in range(start, cue) if norms[k] in _CLAUSE_ENDS), default=start - 1)
    first = next((n for n, (i, j) in enumerate(roles) if i > clause and j <= cue), None)
    if first is None or any(norms[k] not in {"a", "an", "the", "most", "many", "our", "every"}
                            for k in range(clause + 1, roles[first][0]) if not norms[k].isspace()):
        return None
    return first


_SPAN_ADVERBS = _HEDGES | {"can", "will", "may", "should"}


#: nouns of the chances a post offers, the subject of a verb reaching posts: "career opportunities extend to B"
CHANCE_NOUNS = _normed(frozenset({"opportunity", "opportunities", "prospect", "prospects"}))
#: what names those chances as a career's, before the noun ("career prospects") or after it ("for promotion")
_CHANCE_KINDS = _normed(frozenset({"career", "job", "promotion", "progression", "advancement", "promotional"}))
#: words that may stand before the noun besides a kind: "the career prospects", "further promotion opportunities"
_CHANCE_LEAD = _normed(frozenset({"the", "your", "their", "further", "good", "many", "internal", "other", "some"}))
#: verbs by which the chances reach posts, with the particle each needs (None: none): "extend to B", "include B"
_CHANCE_VERBS = {
    word_norm(w): need
    for w, need in (("extend", "to"), ("lead", "to"), ("limit", "to"), ("restrict", "to"), ("stretch", "to"),
                    ("include", None), ("range", "to"))
}
#: words between the verb (or its particle) and the first post: "extend to roles such as B", "include a B post"
_CHANCE_GLUE = _normed(frozenset({"a", "an", "the", "role", "roles", "position", "positions", "such", "as", "like"}))
#: modals and adverbs between the noun and the verb: "may be limited to B", "can even extend to B"
_CHANCE_LINKS = _normed(
    frozenset({"can", "may", "could", "might", "will", "often", "usually", "also", "even", "then", "be", "quickly"})
)


def chance_moves(norms: Sequence[str], start: int, end: int, roles: Sequence[tuple[int, int]]) -> list[Move]:
    """Posts a page's role offers as its chances: "Career opportunities in larger stores can extend to B or C",
    "career prospects may be limited to B", "opportunities for promotion include B" (the page's role moves to each:
    ``page`` moves, the caller names the role).

    The noun of chances opens its clause (a kind of career before it, "career", "promotion", or after it, "for
    advancement"), a short phrase of place may follow it, then modals and the verb; the posts listed after the verb
    are each reached.

    Examples
    --------
    >>> norms = "career opportunity in small store may be limit to store manager .".split()
    >>> [(m.source, m.target, m.page) for m in chance_moves(norms, 0, len(norms), [(9, 11)])]
    [(None, 0, True)]
    """
    out: list[Move] = []
    for k in [x for x in range(start, end) if norms[x] in CHANCE_NOUNS]:
        clause = max((x for x in range(start, k) if norms[x] in {",", ";", ":", "，"}), default=start - 1) + 1
        lead = [w for w in norms[clause:k] if not w.isspace()]
        if not all(w in _CHANCE_KINDS or w in _CHANCE_LEAD for w in lead):
            continue
        kind = not _CHANCE_KINDS.isdisjoint(lead)
        look = k + 1
        if norms[look : look + 1] == ["for"] and norms[look + 1 : look + 2] and norms[look + 1] in _CHANCE_KINDS:
            kind, look = True, look + 2  # "opportunities for advancement"
        if not kind:
            continue
        if look < end and norms[look] in {"in", "at", "within", "with"}:
            # "in the smaller stores": a short phrase of where, naming no post
            stop = next((x for x in range(look + 1, min(end, look + _PLACE_WORDS + 2)) if norms[x] in _CHANCE_LINKS
                         or norms[x] in _CHANCE_VERBS), None)
            if stop is None or any(look <= i < stop for i, _ in roles) or not all(
                w.isalpha() for w in norms[look + 1 : stop]
            ):
                continue
            look = stop
        while look < end and norms[look] in _CHANCE_LINKS:
            look += 1
        if look >= end or norms[look] not in _CHANCE_VERBS or NEGATIONS.intersection(norms[clause:look]):
            continue
        cue = look
        need = _CHANCE_VERBS[norms[cue]]
        look += 1
        if need is not None:
            if norms[look : look + 1] != [need]:
                continue
            look += 1
        while look < end and norms[look] in _CHANCE_GLUE:
            look += 1
        first = next((n for n, (i, _) in enumerate(roles) if i == look), None)
        if first is None:
            continue
        targets = [first] + [n for n, _ in _following(norms, roles, first, end)]
        out += [Move(None, n, "promotion", cue, page=True, chance=True) for n in targets]
        # "..., or even slide across into C and D roles": more chances, taken sideways
        side = next((n for n, (i, _) in enumerate(roles) if i >= roles[targets[-1]][1]), None)
        if side is not None:
            gap = [w for w in norms[roles[targets[-1]][1] : roles[side][0]] if not w.isspace()]
            if gap and all(w in _CHANCE_ONWARD for w in gap) and not _SIDE_VERBS.isdisjoint(gap):
                more = [side] + [n for n, _ in _following(norms, roles, side, end)]
                out += [Move(None, n, "lateral", cue, page=True, chance=True) for n in more]
    return out


#: verbs of a sideways move that may add more chances after a list of them: "or even slide across into C"
_SIDE_VERBS = _normed(frozenset({"slide", "switch", "cross", "move", "branch", "transfer"}))
#: the words that may stand between such a list and the posts the sideways verb reaches
_CHANCE_ONWARD = _SIDE_VERBS | _normed(
    frozenset({",", "or", "and", "even", "also", "perhaps", "maybe", "across", "over", "sideways", "into", "to"})
    | frozenset({"a", "an", "the", "out"})
)


#: adjectives of the way to a post that say how it is usually reached: "the best way to become B is ..."
_WAY_ADJECTIVES = frozenset(
    {"best", "usual", "quickest", "fastest", "only", "typical", "common", "main", "easiest", "surest", "normal"}
)
#: verbs of getting a post after "way to", and the words that may stand between them and the post
_WAY_VERBS = _normed(frozenset({"become", "get", "reach", "land", "secure", "earn", "win", "be"}))
_WAY_GLUE = _normed(frozenset({"a", "an", "the", "hire", "hired", "in", "into", "as", "promote", "promoted", "to"}))
#: what says the way is rising from below: "work your way up", "up the ranks", "be promoted", "from within"
_WAY_UP = _normed(frozenset({"up", "promote", "promoted", "promotion", "climb", "rise", "within", "internally"}))


def way_moves(
    norms: Sequence[str], lowers: Sequence[str], start: int, end: int, roles: Sequence[tuple[int, int]]
) -> list[Move]:
    """ "The quickest way to land a porter job is to be promoted from within", "the usual way to
    become B is to start as A and work up": the way a post is reached, said to be rising from below. The post
    named after "from" or "as" in the way is where the move starts (A -> B); a way naming none is left alone (the
    page's role is not always the post it rises from).

    Examples
    --------
    >>> words = "the best way to become a head chef be to work your way up from line cook .".split()
    >>> [(m.source, m.target) for m in way_moves(words, words, 0, len(words), [(6, 8), (15, 17)])]
    [(1, 0)]
    """
    out: list[Move] = []
    for k in [x for x in range(start + 1, end - 2) if norms[x] == "way" and lowers[x - 1] in _WAY_ADJECTIVES]:
        if norms[k + 1] != "to" or norms[k + 2] not in _WAY_VERBS:
            continue
        look = k + 3
        while look < end and norms[look] in _WAY_GLUE:
            look += 1
        target = next((n for n, (i, _) in enumerate(roles) if i == look), None)
        if target is None:
            continue
        look = roles[target][1]
        if look < end and norms[look] in POST_NOUNS:
            look += 1
        if look >= end or norms[look] != "be":
            continue
        clause = next((x for x in range(look, end) if norms[x] in {",", ";", ".", "but"}), end)
        if _WAY_UP.isdisjoint(norms[look:clause]) or NEGATIONS.intersection(norms[look:clause]):
            continue
        source = next(
            (n for n, (i, _) in enumerate(roles) if look < i < clause and lowers[i - 1] in {"from", "as", "a", "an"}
             and ("from" in lowers[max(look, i - 2) : i] or "as" in lowers[max(look, i - 2) : i])),
            None,
        )
        if source is not None:
            out.append(Move(source, target, "promotion", k, way=True))
    return out


def span_phrase(norms: Sequence[str], start: int, end: int, roles: Sequence[tuple[int, int]]) -> list[Move]:
    """ "Staff nurse to ward manager usually takes 5-7 years": a sentence opening with "A to B" and a form of "take".

    >>> norms = "staff nurse to ward manager usually take 5 - 7 year .".split()
    >>> [(m.source, m.target) for m in span_phrase(norms, 0, len(norms), [(0, 2), (3, 5)])]
    [(0, 1)]
    """
    if len(roles) < 2:
        return []
    out = _were_first(norms, end, roles)
    if "take" not in norms[start:end]:
        return out
    k = start
    while k < end and (norms[k].isspace() or norms[k] in {"from", "go", "move", "get", "the", "a", "an"}):
        k += 1
    first = next((n for n, (i, _) in enumerate(roles) if i == k), None)
    if first is None or first + 1 >= len(roles):
        return []
    k = roles[first][1]
    if k >= end or norms[k] not in {"to", "into"} or roles[first + 1][0] not in {k + 1, k + 2}:
        return []
    if roles[first + 1][0] == k + 2 and norms[k + 1] not in {"a", "an", "the"}:
        return []
    k = roles[first + 1][1]
    while k < end and norms[k] in _SPAN_ADVERBS:
        k += 1
    if k >= end or norms[k] != "take":
        return out
    return [*out, Move(first, first + 1, "promotion", k)]


def _were_first(norms: Sequence[str], end: int, roles: Sequence[tuple[int, int]]) -> list[Move]:
    """ "Most of our supervisors were agents first": where the holders of a post started (B -> A).

    >>> norms = "most of our supervisor be agent 1 , usually for a year .".split()
    >>> [(m.source, m.target) for m in _were_first(norms, len(norms), [(3, 4), (5, 6)])]
    [(1, 0)]
    """
    out: list[Move] = []
    for n in range(len(roles) - 1):
        k = roles[n][1]
        while k < end and (norms[k] == "all" or norms[k] in _HEDGES):
            k += 1
        if k >= end or norms[k] != "be":
            continue
        k += 1
        while k < end and (norms[k] in {"all", "a", "an"} or norms[k] in _HEDGES):
            k += 1
        if roles[n + 1][0] != k:
            continue
        after = roles[n + 1][1]
        # ("... were night porters once": the same, said with "once")
        foremost = norms[after + 1 : after + 3] == ["and", "foremost"]
        if after < end and (norms[after] in {"first", "1", "once"} or _when_joined(norms, after, end)) and not foremost:
            out.append(Move(n + 1, n, "promotion", after))
    return out


#: verbs of arriving at an employer: "... were room attendants when they joined"
_JOINED = _normed(frozenset({"join", "joined", "start", "started", "begin", "began", "arrive", "arrived"}))


def _when_joined(norms: Sequence[str], k: int, end: int) -> bool:
    """Whether "when they joined" ("when they started", "when she arrived") stands at token ``k``: what the
    holders of a post were when they came ("our head housekeepers were room attendants when they joined")."""
    words = [w for w in norms[k : min(end, k + 5)] if not w.isspace()]
    return words[:1] == ["when"] and len(words) > 2 and words[1] in _SUBJECT_PRONOUNS and words[2] in _JOINED


_SUBJECT_PRONOUNS = frozenset({"they", "she", "he", "we", "i"})


def _may_apply(norms: Sequence[str], start: int, cue: int) -> bool:
    """Whether "apply to" before the verb at ``cue`` is a way open to a role's holders, not a hope: "care assistants
    can apply to become senior care assistants" (not "she applied to become an editor")."""
    k = cue - 2
    return k - 1 >= start and norms[k] == "apply" and norms[k - 1] in {"can", "may", "could"}


def _from_there(norms: Sequence[str], lo: int, hi: int) -> bool:
    """Whether "from there" ("from here", "from that point") stands in tokens ``lo:hi``: "..., and from there some
    progress to C" goes on from the post named before it."""
    return any(norms[k] == "from" and norms[k + 1] in {"there", "here", "that"} for k in range(lo, hi - 1))


def _made_passive(norms: Sequence[str], start: int, cue: int) -> bool:
    """Whether "made" at ``cue`` is passive, after a form of "be" or "get" (adverbs between): "are often made"."""
    k = cue - 1
    while k > start and (norms[k] in _HEDGES or norms[k] in {"quickly", "soon", "later", "then"}):
        k -= 1
    if k > start and norms[k] == "you" and norms[k - 1] == "be":
        k -= 1  # (a question's inverted order: "When were you made store manager?")
    return k >= start and norms[k] in {"be", "get", "become"}


def _that_post(
    norms: Sequence[str], start: int, cue: int, end: int, roles: Sequence[tuple[int, int]]
) -> tuple[int, int] | None:
    """ "A report to the B and can be promoted to that role": the post the verb names by "that" ("this") and a post
    noun is the one named last before it, and the sentence's subject, the role opening it, moves there."""
    k = cue + 1
    if k < end and norms[k] in {"up", "on"}:
        k += 1
    if norms[k : k + 2] not in (["to", "that"], ["to", "this"], ["into", "that"], ["into", "this"]):
        return None
    if k + 2 >= end or norms[k + 2] not in POST_NOUNS:
        return None
    before = [n for n, (i, j) in enumerate(roles) if start <= i and j <= cue]
    if len(before) < 2:
        return None
    subject = before[0]
    lead = start
    while lead < roles[subject][0] and norms[lead] in {"a", "an", "the", "most", "many", "our", "some"}:
        lead += 1
    if lead != roles[subject][0]:
        return None  # (the sentence does not open with the role)
    named = before[-1]
    return (subject, named) if named != subject else None


#: the post nouns "this" names the page's post by ("an e-commerce manager moves into this position")
_THIS_POSTS = _normed(frozenset({"role", "position", "post", "job"}))
#: words that open the clause of a role that moves onto the page's post (before the role: "and a B", "most B")
_CLAUSE_OPENERS = frozenset({",", "and", "but", ";"}) | frozenset({"a", "an", "the", "most", "many", "some", "our"})
_CLAUSE_OPENERS |= _HEDGES | PRAISE | _normed(PRAISE)
#: prepositions opening a sentence with a short phrase of where or when before its subject: "In small firms a B ..."
_SCENE_OPENERS = frozenset({"in", "at", "within", "after", "over", "for"})
#: words of a person in a clause: not a role's holders moving ("I moved into this position in 2019")
_PERSON_SUBJECTS = frozenset({"i", "you", "we", "he", "she", "they", "me", "him", "her", "us", "them"})
_SCENE_REACH = 5
#: how many words may stand between the role and the verb ("commis chefs who show promise may be trained to take on")
_ONTO_PAGE_REACH = 9


def _onto_this_post(
    norms: Sequence[str], start: int, cue: int, end: int, roles: Sequence[tuple[int, int]]
) -> int | None:
    """ "In small firms a site supervisor moves into this position", "Commis chefs who show promise may be trained to
    take on the role": the role opening the clause of a verb whose object is "this" (or "the") and a post noun, no
    post named after it, moves to the page's post. The role, else None.

    >>> norms = "in small firm a site supervisor move into this position .".split()
    >>> _onto_this_post(norms, 0, 6, len(norms), [(4, 6)])
    0
    >>> _onto_this_post("a site supervisor move into this position of trust .".split(), 0, 3, 10, [(1, 3)]) is None
    True
    """
    k = cue + 1
    while k < end and norms[k] in {"up", "on", "over", "into", "to", "onto"}:
        k += 1
    if k == cue + 1:
        return None  # (a verb of a move with its particle: "moves into this position", "takes on the role"; not
        # "supervisors take this job seriously")
    if k + 1 >= end or norms[k] not in {"this", "the"} or norms[k + 1] not in _THIS_POSTS:
        return None
    after = next((w for w in norms[k + 2 : end] if not w.isspace()), ".")
    if after in {"of", "as", "at", "in", "for", "'s", "’s"}:
        return None  # "the role of B", "this position at the depot": a post named or placed otherwise
    before = [n for n, (i, j) in enumerate(roles) if start <= i and j <= cue]
    if not before:
        return None
    n = before[-1]
    i, j = roles[n]
    between = norms[j:cue]
    if len(between) > _ONTO_PAGE_REACH or any(w in _CLAUSE_ENDS or w in _PERSON_SUBJECTS or w == "," for w in between):
        return None
    x = i - 1
    while x >= start and norms[x] in _CLAUSE_OPENERS and norms[x] not in {",", "and", "but", ";"}:
        x -= 1
    # (the role opens its clause: at the sentence's start, after a comma or "and", or after a short phrase of where
    # or when opening the sentence: "In smaller firms a site supervisor takes on this role")
    scene = norms[start] in _SCENE_OPENERS and x - start < _SCENE_REACH and "," not in norms[start:x]
    if x >= start and norms[x] not in {",", "and", "but", ";"} and not scene:
        return None
    return n


#: words between a post and "entry point" that name the post the way in: "A is the usual entry point", "A (the
#: entry point ...)", "A, a common entry point ..."
_ENTRY_GLUE = _normed(
    frozenset({"be", "is", "are", "was", "the", "a", "an", "(", ",", "–", "—", "-", "often", "usually", "typically"})
    | frozenset({"usual", "common", "typical", "main", "natural", "traditional", "standard", "classic", "obvious"})
    | frozenset({"most", "best", "good", "great", "ideal", "popular", "also", "still", "generally", "normally"})
)


#: words between "for" and the post an entry point leads to: "the entry point for most B"
_FOR_WHOM = _normed(frozenset({"most", "many", "all", "some", "the", "new"}))
#: what "this" names as the page's post after "entry point into": "into this career", "to this role"
_THIS_FIELDS = _normed(frozenset({"career", "role", "job", "position", "post", "profession", "field", "trade"}))


def _entry_point_of(norms: Sequence[str], start: int, cue: int, roles: Sequence[tuple[int, int]]) -> int | None:
    """The post named as the way in to another by "entry point" at ``cue`` ("entry" before it): the role right
    before, with only a form of "be", an article, a bracket or a comma and a few adjectives between ("A is the usual
    entry point for B", "A (the entry point to B)"), else None.

    >>> norms = "healthcare assistant be the usual entry point for staff nurse .".split()
    >>> _entry_point_of(norms, 0, 6, [(0, 2), (8, 10)]), _entry_point_of("at this entry point".split(), 0, 3, [])
    (0, None)
    """
    before = [n for n, (i, j) in enumerate(roles) if start <= i and j <= cue - 1]
    if not before:
        return None
    n = before[-1]
    between = [w for w in norms[roles[n][1] : cue - 1] if not w.isspace()]
    if not between or len(between) > 5 or not all(w in _ENTRY_GLUE for w in between):
        return None
    return n


#: words of rank that make a title the next rung of the same title without them: "senior buyer" after "buyer"
_SENIOR_WORDS = _normed(frozenset({"senior", "principal", "chief", "lead"}))


def _senior_of(norms: Sequence[str], low: tuple[int, int], high: tuple[int, int]) -> bool:
    """Whether the title at token span ``high`` is the one at ``low`` with a word of rank before it ("senior A")."""
    return (
        high[1] - high[0] == low[1] - low[0] + 1
        and norms[high[0]] in _SENIOR_WORDS
        and list(norms[high[0] + 1 : high[1]]) == list(norms[low[0] : low[1]])
    )


def _inside(roles: Sequence[tuple[int, int]], k: int) -> bool:
    """Whether token ``k`` is inside one of the spans ``roles`` (a loop: cheaper than any() over a generator)."""
    for i, j in roles:
        if i <= k < j:
            return True
    return False


def clause_moves(
    norms: Sequence[str],
    start: int,
    end: int,
    roles: Sequence[tuple[int, int]],
    *,
    parse: object | None = None,
    lowers: Sequence[str] | None = None,
) -> list[Move]:
    """The moves the sentence at tokens ``start:end`` states, given its role mentions (token spans, in order).

    ``lowers``, when given, are the words in lower case (they tell "promoting" from "promoted").

    ``parse``, when given, is a callable ``parse(cue, candidates) -> index | None`` that asks the
    trained parser which of the candidate roles is the verb's subject (-1: a person, such as
    "most people"; -2: something that is no role; None: no subject found); it is used only when
    the words between the nearest role and the verb are more
    than auxiliaries and adverbs, or when more than one role stands before the verb.

    Examples
    --------
    >>> norms = "account executive can move into account director role or switch to sale manager .".split()
    >>> [(m.source, m.target, m.kind) for m in clause_moves(norms, 0, len(norms), [(0, 2), (5, 7), (11, 13)])]
    [(0, 1, 'promotion'), (0, 2, 'lateral')]
    >>> norms = "junior analyst advance to senior analyst , then to analytics lead .".split()
    >>> [(m.source, m.target) for m in clause_moves(norms, 0, len(norms), [(0, 2), (4, 6), (9, 11)])]
    [(0, 1), (1, 2)]
    """
    out: list[Move] = []
    #: targets already read, with the source of the verb that reached them (a second verb joined by
    #: "or" / "and" shares the first one's subject)
    reached: dict[int, int | None] = {}
    #: targets reached from a "from A" (no subject's own post): "promoted from A to B in 2018, Mia became C"
    ranged_to: set[int] = set()
    taken: set[int] = set()
    # (the verbs of movement alone are visited, picked out in C)
    for cue in list(itertools.compress(range(start, end), map(_CUES.__contains__, norms[start:end]))):
        norm = norms[cue]
        if _inside(roles, cue):
            continue  # ("lead" in "team lead" is a title)
        if norm == "now" and not (cue > start and norms[cue - 1] == "be"):
            continue
        if norm == "point" and not (cue > start and norms[cue - 1] == "entry"):
            continue  # "the entry point to B", not "at this point", "point to the manager"
        if norm in {"make", "offer"} and not _made_passive(norms, start, cue):
            continue  # "pickers make the most mistakes", "we offer a supervisor course": no post taken
        if norm == "make" and next((w for w in norms[cue + 1 : cue + 3] if not w.isspace()), "") in {"up", "of"}:
            continue  # "a team is usually made up of A, B plus C": the posts a team holds, none of them taken
        if norm == "get" and not (lowers is not None and lowers[cue].endswith("ing") and _post_as(norms, cue, end)):
            continue  # "before getting a position as B" (not "I got the job as a favour", "get paid as")
        if norm == "apply" and not (cue > start and norms[cue - 1] in {"before", "can", "may", "could"}):
            continue  # "needs three years before applying for B", "can apply for B", not "I applied for B"
        if norm in _AS_CUES and (lowers is None or lowers[cue + 1 : cue + 2] != ["as"]):
            continue  # "retrain as a teacher", not "train a picker"
        if norm == "qualify" and lowers is not None and lowers[cue + 1 : cue + 2] not in (["as"], ["for"]):
            continue  # "qualify as a pharmacist", "qualify for a supervisor slot", not "qualify a lead"
        stone = cue + 1 < end and norms[cue + 1] == "stone"  # "a common stepping stone to B" is a verb's phrase
        # ("Typical progression runs from A to B": the noun's own "from A to B", no next-rung phrase)
        ranged = "from" in norms[cue + 1 : cue + 4] and "to" in norms[cue + 3 : end]
        if cue > start and norms[cue - 1] in _STEP_ADJECTIVES and norm in _STEP_NOUNS and not stone and not ranged:
            continue  # "the next step": a next-rung phrase (step_phrase)
        if NEGATIONS.intersection(norms[max(start, cue - 3) : cue]):
            continue  # "will never become an expert"
        hoped = not HOPES.isdisjoint(norms[max(start, cue - 4) : cue - 1]) and not _may_apply(norms, start, cue)
        if cue - 1 > start and norms[cue - 1] == "to" and hoped:
            continue  # "I'd like to become B", "she applied twice to become B": hoped for, not a move
        if lowers is not None and lowers[cue].endswith("ing") and cue > start and norms[cue - 1] == "of":
            continue  # "the journey of becoming B", "instead of moving up to B": what is talked of, no move
        if "help" in norms[max(start, cue - 4) : cue] and not any(start <= i and j <= cue for i, j in roles):
            continue  # "tips to help you become B": advice toward the post, no one's move (not "A can help you ...")
        if norm == "open":
            # "opens the door to B", "opened up doors to B roles": the post the door leads to (not "stores open")
            door = _door_after(norms, cue, end)
            if door is None:
                continue
            target = _target_after(norms, door, end, roles, taken, need=frozenset({"to"}), lowers=lowers)
            # (a post named as one: "to B posts", "to becoming B", "to roles as B"; not "to the B's office")
            if target is not None and not _named_as_post(norms, door, roles[target], end, roles):
                continue
        elif norm in {"route", "pathway"}:
            # "This job is a recognised route into B posts", "It is a pathway to becoming B": the role the page or the
            # sentence names goes there (the post named as one; not "the route to the B's office")
            target = _target_after(norms, cue, end, roles, taken, lowers=lowers)
            if target is not None and not _named_as_post(norms, cue, roles[target], end, roles):
                continue
        elif norm in {"prepare", "preparation"}:
            # "prepares you for a B post", "is good preparation for a B role": the post named as one (not "prepare
            # the room for the B", "prepares the B's meals")
            prepared = _prepared_for(norms, cue, end)
            if prepared is None:
                continue
            target = _target_after(norms, prepared, end, roles, taken, need=frozenset({"for"}), lowers=lowers)
            if target is not None and not _named_as_post(norms, prepared, roles[target], end, roles):
                continue
        elif norm == "point":
            # "A (the entry point to this career path for most B)": the post after "for" when none follows the
            # particle; "A is a common entry point into this career": the page's post
            target = _target_after(norms, cue, end, roles, taken, lowers=lowers)
            at_for = next((x for x in range(cue + 2, min(end, cue + 7)) if norms[x] == "for"), None)
            if target is None and at_for is not None:
                x = at_for + 1
                while x < end and (norms[x] in _FOR_WHOM or norms[x].isspace()):
                    x += 1
                target = next((n for n, (i, _) in enumerate(roles) if i == x and n not in taken), None)
            this = norms[cue + 1 : cue + 4]
            if target is None and len(this) == 3 and this[1] == "this" and this[2] in _THIS_FIELDS:
                entry = _entry_point_of(norms, start, cue, roles)
                if entry is not None:
                    out.append(Move(entry, entry, "promotion", cue, onto_page=True))
                continue
        else:
            target = _target_after(norms, cue, end, roles, taken, lowers=lowers)
        if target is None:
            named = _that_post(norms, start, cue, end, roles) if norm not in _NAMED_POST_CUES else None
            if named is not None:
                out.append(Move(named[0], named[1], "promotion", cue))
            elif norm not in _NAMED_POST_CUES and (mover := _onto_this_post(norms, start, cue, end, roles)) is not None:
                out.append(Move(mover, mover, "promotion", cue, onto_page=True))
            continue
        at = roles[target][0]
        given = _posts_given(norms, start, cue, roles) if norm == "go" else None
        if given is not None:
            # "B posts usually go to A": the posts pass to their holders to be, who move up to them (A -> B)
            if given != target:
                out.append(Move(target, given, "promotion", cue))
            continue
        if norm == "go" and norms[at - 1] in _DETERMINERS and not _as_before(norms, lowers, at) and (
            _BECOMING.isdisjoint(norms[cue + 1 : at])
        ):
            continue  # "you go to your team leader", "questions go to a supervisor": a person, not a post taken
            # (but "going up in the ranks as a floor manager" names the post, and "went on to become a B" is one)
        if norm in _TRANSITIVE and _object_of(norms, start, cue, roles[target], lowers):
            # "the director promoted the assistant to manager": the assistant moves, to what follows
            mover, target = target, _target_after(norms, roles[target][1] - 1, end, roles, taken, need=_PARTICLES)
            after = next((w for w in norms[roles[mover][1] : end] if not w.isspace()), ".")
            # a holder picked for merit ("the fastest picker", "your best agent"), not "promoting the brand ambassador"
            picked = any(
                w in PRAISE or w in {"best", "top", "strongest", "most", "much", "good"} or superlative(lowers[k])
                for k, w in enumerate(norms[cue + 1 : roles[mover][0]], cue + 1)
            ) if lowers is not None else False
            if target is None and norm in _PROMOTE and after not in _PARTICLES and picked:
                # "the mistake is promoting the fastest picker": to the post the page is about
                objects = _objects(norms, lowers, roles, mover, end)
                out += [Move(n, n, "promotion", cue, onto_page=True) for n in objects]
                continue
            if target is None or target == mover:
                continue
            out.append(Move(mover, target, "promotion", cue))
            reached[target] = mover
            taken.add(target)
            continue
        kind = (
            "lateral"
            if norm in _LATERAL_CUES or _LATERAL_WORDS & set(norms[max(start, cue - 3) : cue + 3])
            else ("promotion")
        )
        source: int | None
        parsed = page = imperative = False
        # "from A to B" (the source stands after the verb, or before it)
        # (most clauses hold no "from" before the target: the roles are not read)
        froms = [] if "from" not in norms[max(start - 1, 0) : at] else [
            n for n, (i, _) in enumerate(roles) if start <= i < roles[target][0] and norms[i - 1 : i] == ["from"]
        ]
        if "from" in norms[start:at]:
            froms += [
                n
                for n, (i, _) in enumerate(roles)
                if start + 1 < i < roles[target][0]
                and norms[i - 2 : i] in (["from", "a"], ["from", "an"], ["from", "the"])
            ]
        if froms:
            # (not over another verb of movement: "from A they go to B, ... or they can move to C" starts C at B)
            froms = [n for n in froms if not any(_moving_at(norms, k) for k in range(roles[n][1], cue) if k != cue)]
            # (nor a "from" that another verb of movement took: "A were promoted from B, and the best go on to C")
            froms = [n for n in froms if not _taken_from(norms, start, roles[n][0], cue)]
            # (nor a "from A to B" told whole before the verb: "move from A to B in a year, become C" starts C at B)
            froms = [n for n in froms if not _closed_from(norms, roles, n, roles[target][0])]
        what, gap = "from", 0
        ahead = _subject_ahead_of_before(norms, start, cue, roles, lowers)
        also: list[int] = []
        if froms:
            source = max(froms)
            # "advance from A, B, or C to D": every title of the list is where the move starts
            also = list(range(source + 1, _listed_after(norms, roles, source, roles[target][0]) + 1))
        elif ahead is not None:
            source = ahead  # "a junior accountant needs 2-4 years before stepping up to B": the clause's subject
            # ("A might become B before getting a position as C": the post reached before "before" leads on)
            between_reached = [t for t in reached if roles[ahead][1] <= roles[t][0] and roles[t][1] <= cue]
            if between_reached:
                source = max(between_reached)
        elif norm == "point" and (entry := _entry_point_of(norms, start, cue, roles)) is not None:
            source = entry  # "A is the usual entry point for B", "A (the entry point to B)": the way in
        else:
            what, source, gap = _subject_before(norms, start, cue, roles)
            if what == "role" and _moved_person(norms, cue, end) and norms[cue + 1] != "you":
                # "my shift manager promoted me to B": the role names the person to B; the person moves
                what, source = "generic", None
            you = False
            clause = max((k for k in range(start, cue) if norms[k] in _CLAUSE_ENDS), default=start - 1)
            candidates = [n for n, (i, j) in enumerate(roles) if i > clause and j <= cue and n not in reached]
            if what == "role" and source in reached:
                # "A moves into B or switches to C": the verb after B shares A's subject, unless "then"
                between = norms[roles[source][1] : cue]
                # ("become A, move to B, go to C": verbs joined by commas alone are steps, one after the other)
                # ("become B before getting a position as C": "before" orders them, as "then" does)
                ordered = not _SEQUENCE.isdisjoint(between) or "before" in between
                # ("move to B in about a year, become C": a time phrase of B's before the comma)
                said = {w for w in between if not w.isspace() and not _time_word(w)}
                # (but a "from A to B" names no subject A: whoever moved stands at B, unless "or" makes C B's
                # alternative, "promoted from A to B, Mia became C": B -> C)
                if not ordered and said != {","} and (source not in ranged_to or "or" in between):
                    source = reached[source]
            elif what == "role" and (gap or len(candidates) > 1) and parse is not None:
                # words or another role stand between: the parser tells which role is the subject
                found = parse(cue, candidates)  # type: ignore[operator]
                if found is None and gap <= 1:
                    found = source  # the parser sees no subject ("a stepping stone to B"): the words tell
                if found is None or found == -2:
                    continue  # (-2: the subject is something else, "staff who become team leaders")
                # -1: the subject is a person ("most people"): the move starts where the career stands
                source, parsed = (None if found < 0 else found), True
            elif what == "role" and gap > 1:
                continue  # too far to tell without the parser
            elif what == "generic" and norms[gap] in _CONTRAST and out:  # (gap: where the word stands)
                # "..., while others are promoted to B": the same people; "and some eventually become C": further
                # ("..., and from there some progress to C": from the post just reached, as "then" says)
                onward = _SEQUENCE.intersection(norms[gap:cue]) or _from_there(norms, roles[out[-1].target][1], gap)
                source = out[-1].target if onward else out[-1].source
            elif what == "generic" and _other_people_before(norms, lowers, gap, cue):
                continue  # "when I have had a hand in seeing colleagues become B": the colleagues move, not "I"
            elif what == "none" and _imperative(norms, lowers, start, cue):
                imperative = True  # "1. Start as A 2. Move up to B 3. Progress to C": from where the career stands
            elif what == "page" or (what == "none" and norm in _NOUN_CUES and _opens_clause(norms, start, cue, lowers)):
                page = True
            elif what == "none":
                continue
        if source == target:
            continue
        # the reader, or the people hired into the page's role: "you can progress to B", "successful candidates ..."
        # ("we expect progression into B": the page's hires, as "you" are)
        you = imperative or (
            what == "generic"
            and source is None
            and (
                norms[gap] in _PAGE_PEOPLE
                or (norm in _NOUN_CUES and norms[gap] == "we")
                or (_moved_person(norms, cue, end) and norms[cue + 1] == "you")  # "they'll move you up to B"
            )
        )
        out.append(Move(source, target, kind, cue, parsed, page=page, you=you))
        out += [Move(x, target, kind, cue, parsed) for x in also if x != target]
        reached[target] = source
        if froms:
            ranged_to.add(target)
        taken.add(target)
        previous = target
        listed = _following(norms, roles, target, end)
        if not listed:
            continue  # (most targets end their clause's list: no steps after them to read)
        # (a list that ends "..., D and finally to E or F" is in turn up to D: the joints before the last step count;
        # one whose last step is told "and finally" with no "or" before it is in turn throughout: "followed by A, B,
        # and finally C")
        until = next((k for k, (_, sequence) in enumerate(listed) if sequence), len(listed))
        last_step = max((k for k, (_, sequence) in enumerate(listed) if sequence), default=None)
        if last_step is not None and last_step > until:
            last_start = roles[listed[last_step][0]][0]
            before_last = norms[roles[listed[last_step - 1][0]][1] : last_start]
            if _FINAL.intersection(before_last) and "or" not in norms[roles[target][1] : last_start]:
                until = last_step
        joints = {w for w in norms[roles[target][1] : roles[listed[until - 1][0]][0]]} if until else set()
        if until < len(listed):
            joints |= {w for w in norms[roles[listed[until - 1][0]][1] : roles[listed[until][0]][0]] if w != "to"}
        in_order = steps_in_turn(norms, start, roles[target][0], joints, until + 1)
        group = [target]  # the alternatives named since the last step: "to A or B, and from there to C" (both)
        #: where the alternatives of the current step start: the verb's source, then the step's ("to A, and
        #: later to B or C": C from A, as B)
        starts: list[int] | None = None
        for index, (n, sequence) in enumerate(listed):
            if sequence or (in_order and index < until):
                starts = group if sequence and not in_order else [previous]
                for before in starts:
                    out.append(Move(before, n, kind, cue, parsed, in_turn=in_order and not sequence))
                group = [n]
            elif starts is not None:
                out += [Move(before, n, kind, cue, parsed) for before in starts if before != n]
                group.append(n)
            elif _senior_of(norms, roles[previous], roles[n]):
                # "becoming A, senior A etc": the senior post is the step after the post it ranks above
                out.append(Move(previous, n, kind, cue, parsed, ranked=True))
                reached[n] = previous
                group.append(n)
            else:
                out.append(Move(source, n, kind, cue, parsed, page=page, you=you))
                reached[n] = source
                group.append(n)
            taken.add(n)
            previous = n
    return out


#: nouns of what one post gives for a later one: "roles such as A or B provide the experience needed to advance"
FEEDER_NOUNS = _normed(
    frozenset({"experience", "foundation", "grounding", "background", "preparation", "exposure", "springboard"})
    | frozenset({"groundwork", "footing", "base", "training", "know-how", "insight", "skill", "skills"})
)
#: words that may join the posts of one list: "A, B, or C", "A and/or B"
_LIST_GLUE = frozenset({",", "、", "，", "or", "and", "/", "a", "an", "the", "either"})
_FEEDER_REACH = 8


#: verbs of being after "go on to" that make the post after them one taken: "she went on to become a B"
_BECOMING = frozenset({"become", "be"})


def _as_before(norms: Sequence[str], lowers: Sequence[str] | None, i: int) -> bool:
    """Whether "as" and an article stand before the role at token ``i`` ("as a floor manager")."""
    if i < 2 or norms[i - 1] not in {"a", "an"}:
        return False
    return lowers[i - 2] == "as" if lowers is not None else norms[i - 2] == "a"


def _taken_from(norms: Sequence[str], start: int, i: int, cue: int) -> bool:
    """Whether the "from" before the role at token ``i`` follows another verb of movement than ``cue``
    ("were promoted from B": that verb's source, not the source of a later "go on to C")."""
    k = i - 1
    while k > start and (norms[k] in {"a", "an", "the"} or norms[k].isspace()):
        k -= 1
    if norms[k] != "from":
        return False
    k -= 1
    while k >= start and (norms[k] in {"up", "over", "across"} or norms[k].isspace()):
        k -= 1
    return k >= start and k != cue and _moving_at(norms, k)


def _time_word(w: str) -> bool:
    """A word of a time phrase: "in about 14 months", "at 18 months", "within two years"."""
    return w.isdigit() or w in _TIME or w in _TIME_UNITS or w in _TIME_LEADS or w in {"at", "in", "about", "a", "an"}


def _closed_from(norms: Sequence[str], roles: Sequence[tuple[int, int]], n: int, before: int) -> bool:
    """Whether role ``n``, after "from", has its own "to B" before token ``before``: "from A to B, become C"."""
    k = roles[n][1]
    if norms[k : k + 1] not in (["to"], ["into"]):
        return False
    k += 1
    while k < before and norms[k] in {"a", "an", "the"}:
        k += 1
    return any(i == k and j < before for i, j in roles)


def _moving_at(norms: Sequence[str], k: int) -> bool:
    """Whether token ``k`` is a verb of movement with its particle ("level up", not "entry-level role")."""
    need = _CUES.get(norms[k], frozenset())
    if norms[k] in _NAMED_POST_CUES:
        return _cue_here(norms, k)  # ("prepares you for", "opens the door to": not "prepares you to step up")
    return need is None or (bool(need) and k + 1 < len(norms) and norms[k + 1] in need)


def names_feeder(norms: Sequence[str], start: int, end: int) -> bool:
    """Whether tokens ``start:end`` hold a noun of what a post gives ("experience") and a verb of movement.

    Examples
    --------
    >>> names_feeder("a give the experience need to advance".split(), 0, 7), names_feeder("a b c".split(), 0, 3)
    (True, False)
    """
    words = norms[start:end]
    return not (FEEDER_NOUNS.isdisjoint(words) or _CUES.keys().isdisjoint(words))


def feeder_moves(norms: Sequence[str], start: int, end: int, roles: Sequence[tuple[int, int]]) -> list[Move]:
    """Posts named as giving what a later one needs: "roles such as A, B or C provide the foundational experience
    needed to advance into operations management", "experience as A or B prepares you to step up to D".

    In one clause: a list of posts (joined by commas, "or", "and"), a noun of what they give
    (experience, grounding, foundation, ...) and, after it, a verb of movement. The posts move to
    the role the verb leads to; when the verb leads to a field rather than a role ("into
    operations management"), they move to the page's role (``onto_page``, with the field's span in
    ``field``: the caller checks the field is the page role's).

    Examples
    --------
    >>> norms = "role such as a , b , or c provide the experience need to advance into operation management .".split()
    >>> [(m.source, m.onto_page, m.field) for m in feeder_moves(norms, 0, len(norms), [(3, 4), (5, 6), (8, 9)])]
    [(0, True, (16, 18)), (1, True, (16, 18)), (2, True, (16, 18))]
    """
    out: list[Move] = []
    for cue in range(start, end):
        if not _moving_at(norms, cue) or any(i <= cue < j for i, j in roles):
            continue
        clause = max((k for k in range(start, cue) if norms[k] in _CLAUSE_ENDS), default=start - 1) + 1
        if NEGATIONS.intersection(norms[clause:cue]) or any(_moving_at(norms, k) for k in range(clause, cue)):
            continue  # ("do not give the experience to advance", a move of its own before)
        noun = next((k for k in range(cue - 1, clause - 1, -1) if norms[k] in FEEDER_NOUNS), None)
        listed = [n for n, (i, j) in enumerate(roles) if clause <= i and j <= cue]
        if noun is None or not listed:
            continue
        # the noun follows the list closely ("A or B provide the experience"), or opens it ("experience as A or B")
        after = 0 <= noun - roles[listed[-1]][1] <= _FEEDER_REACH and cue - noun <= _FEEDER_REACH
        before = 0 < roles[listed[0]][0] - noun <= 5
        if not (after or before):
            continue
        # one list: only commas and conjunctions between its posts
        if any(
            not all(w in _LIST_GLUE or w.isspace() for w in norms[roles[a][1] : roles[b][0]])
            for a, b in itertools.pairwise(listed)
        ):
            continue
        target = _target_after(norms, cue, end, roles, set())
        if target is not None:
            out += [Move(n, target, "promotion", cue, feeder=True) for n in listed if n != target]
            return out
        # a field: the words after the particle, up to the clause's end, naming no role
        need = _CUES.get(norms[cue]) or frozenset({"to", "into"})
        k = cue + 1
        while k < end and norms[k] in need | {"the", "a", "an"}:
            k += 1
        stop = next((x for x in range(k, end) if not norms[x].replace("-", "").isalnum()), end)
        if k == cue + 1 or not 0 < stop - k <= 4 or any(k <= i < stop for i, _ in roles):
            continue
        out += [Move(n, n, "promotion", cue, onto_page=True, feeder=True, field=(k, stop)) for n in listed]
        return out
    return out


#: adjectives of a rank that name its holder before a word for a post: "supervisory roles" are supervisors
_RANK_ADJECTIVES = {"supervisory": "Supervisor", "managerial": "Manager", "directorial": "Director"}
#: the tiers of management named as posts: "moves on to senior management"
_MANAGEMENT_TIERS = frozenset({"senior", "top", "upper", "middle", "executive", "general"})
#: verbs and nouns of work handed up to someone: "presented to", "reports for", "escalate to", "updates for"
_HANDED_UP = frozenset(
    {"present", "presents", "presented", "presenting", "report", "reports", "reported", "reporting", "submit",
     "submits", "submitted", "submitting", "escalate", "escalates", "escalated", "escalating", "send", "sends",
     "sent", "deliver", "delivers", "delivered", "communicate", "communicates", "communicated", "update", "updates",
     "presentation", "presentations", "recommendation", "recommendations", "brief", "briefs", "briefed", "briefing"}
)


def _audience(lowers: Sequence[str], start: int, k: int) -> bool:
    """Whether the tier of management at token ``k`` is who work is handed to or approved by: "reviewed by upper
    management", "presented to wider teams and senior management", "reports for senior management" (not "moves on
    to senior management"): up to five words back in its clause, "by" right before it (after "the"), or "to" or
    "for" after a verb or noun of work handed up.

    >>> words = "reports are reviewed by upper management".split()
    >>> _audience(words, 0, 4), _audience("moves on to senior management".split(), 0, 3)
    (True, False)
    """
    before = k - 1
    if before >= start and lowers[before] == "the":
        before -= 1
    if before >= start and lowers[before] == "by":
        return True
    for p in range(k - 1, max(start, k - 6) - 1, -1):
        if not lowers[p].isalpha():
            return False
        if lowers[p] in {"to", "for"}:
            return p - 1 >= start and lowers[p - 1] in _HANDED_UP
    return False


#: the words that may open a post named by its rank (see rank_posts)
_RANK_OPENERS = frozenset(_RANK_ADJECTIVES) | _MANAGEMENT_TIERS


def rank_posts(norms: Sequence[str], lowers: Sequence[str], start: int, end: int) -> list[tuple[int, int, str]]:
    """Posts named by a rank word rather than a title: (first token, end token, name).

    "supervisory roles" and "a managerial position" name a supervisor and a manager; "senior
    management" and "top management" name a tier of management, when the phrase ends there (not
    "senior management skills").

    Examples
    --------
    >>> words = "they are shifted into supervisory roles and later senior management .".split()
    >>> rank_posts(words, words, 0, len(words))
    [(4, 6, 'Supervisor'), (8, 10, 'Senior management')]
    """
    here = set(lowers[start:end])
    if _RANK_ADJECTIVES.keys().isdisjoint(here) and "management" not in here:
        return []  # (most blocks: one set test, not a walk over every word)
    out = []
    # (only a rank adjective or a tier word can open such a post: those words alone are visited, each found by
    # ``index``, not by a loop over every word of the block)
    for k in sorted(k for w in _RANK_OPENERS.intersection(here) for k in _positions(lowers, w, start, end - 1)):
        name = _RANK_ADJECTIVES.get(lowers[k])
        if name is not None and norms[k + 1] in POST_NOUNS:
            out.append((k, k + 2, name))
        elif lowers[k] in _MANAGEMENT_TIERS and lowers[k + 1] == "management":
            after = lowers[k + 2] if k + 2 < end else "."
            if not after.isalpha() or after in {"of", "and", "or", "in", "at", "for", "to", "level", "team", "is"}:
                if after in {"level", "team"}:
                    continue
                if k - 2 >= start and lowers[k - 1] == "the" and lowers[k - 2] == "with":
                    continue  # ("works with the top management": the managers worked with, not a post held)
                if _audience(lowers, start, k):
                    continue  # ("reviewed by upper management", "presented to the board and senior management": those
                    # who read or approve the work, not a post held)
                out.append((k, k + 2, f"{lowers[k].capitalize()} management"))
    return out


#: verbs of where a role's holders come from: "A started out as B", "A are recruited from B"
_ORIGIN_START = _normed(frozenset({"start", "started", "begin", "began", "begun", "join", "joined"}))
_ORIGIN_FROM = _normed(
    frozenset({"recruit", "hire", "draw", "promote", "select", "choose", "pick", "source", "fill", "come", "came"})
)
_ORIGIN_GLUE = _normed(
    frozenset({"out", "off", "as", "a", "an", "the", "from", "among", "usually", "often", "typically", "mostly"})
    | frozenset({"best", "top", "strongest", "most", "experienced", "their", "careers", "career", "life", "be"})
    | frozenset({"ranks"})
    | frozenset({"of", "internally", "generally", "mainly", "either"})
    # "come from roles such as A or B", "are hired from positions like A"
    | frozenset({"role", "roles", "position", "positions", "post", "posts", "job", "jobs", "such", "like", "including"})
    | frozenset({"up", "here", "there", "through"})  # "come up from A", "started here as A"
    # people already in place: "floor managers are often hired from existing warehouse staff"
    | frozenset({"existing", "current", "internal", "in-house", "our", "own", "its", "serving", "present"})
    | frozenset({"by", "former", "ex"})  # "filled by former A"
)


#: where holders of a role started, between the verb and "as": "started on the shop floor as", "began at the bottom"
_START_PLACES = _normed(
    frozenset({"on", "at", "in", "floor", "shop", "bottom", "frontline", "front", "line", "store", "stores"})
    | frozenset({"warehouse", "warehouses", "depot", "branch", "kitchen", "ward", "site", "company", "firm"})
)
_FILLED_GLUE = _normed(frozenset({"by", "internally", "usually", "often", "typically", "mostly", "generally"}))
_ORIGIN_WORKED = _normed(frozenset({"work", "worked", "serve", "served", "spend", "spent"}))
#: words of a stretch of years before "as": "spent years as", "spent several years as"
_YEARS = _normed(frozenset({"year", "years", "decade", "decades"}))
_SPAN_WORDS = _YEARS | _normed(frozenset({"several", "many", "few", "two", "three", "four", "five", "some", "couple"}))
#: words of an earlier time: "most buyers previously worked as ..."
_EARLIER = _normed(frozenset({"previously", "formerly", "once", "originally", "earlier", "first", "initially"}))
_ORIGINS = _ORIGIN_START | _ORIGIN_FROM | _ORIGIN_WORKED
#: the words :func:`origin_moves` reads a move at: its verbs, "fill" and "be" ("most B have been A for years")
_ORIGIN_CUES = _ORIGINS | {"fill", "be"}


def _as_after_place(norms: Sequence[str], cue: int, end: int) -> bool:
    """Whether "as" follows a verb of starting over where the start was: "started on the shop floor as"."""
    k = cue + 1
    while k < min(end, cue + 9) and norms[k] != "a" and (norms[k] in _ORIGIN_GLUE or norms[k] in _START_PLACES):
        k += 1
    return k < end and k > cue + 1 and norms[k] == "a" and not _START_PLACES.isdisjoint(norms[cue + 1 : k])


def origin_moves(norms: Sequence[str], start: int, end: int, roles: Sequence[tuple[int, int]]) -> list[Move]:
    """Where a role's holders come from: "store managers started out as cashiers", "leads are recruited from pickers".

    The role named before the verb is the target; the roles after it (one, or a list joined by
    "or" / "and") are where the move starts.

    Examples
    --------
    >>> norms = "most store manager start out a cashier or stock associate .".split()
    >>> [(m.source, m.target) for m in origin_moves(norms, 0, len(norms), [(1, 3), (6, 7), (8, 10)])]
    [(1, 0), (2, 0)]
    """
    if _ORIGINS.isdisjoint(norms[start:end]) and not _held_for_years(norms[start:end]):
        return []  # (no verb of where holders come from: most sentences)
    out: list[Move] = []
    # "Before becoming A, many worked as B": the post after the opening is where the move ends
    before = None
    if norms[start : start + 2] == ["before", "become"]:
        before = next((n for n, (i, _) in enumerate(roles) if start + 2 <= i <= start + 3), None)
    # (only a verb of where holders come from, or "be", may open a move: those alone are visited, picked out in C)
    for cue in itertools.compress(range(start, end), map(_ORIGIN_CUES.__contains__, norms[start:end])):
        norm = norms[cue]
        started = norm in _ORIGIN_START and ("a" in norms[cue + 1 : cue + 4] or _as_after_place(norms, cue, end))
        drawn = norm in _ORIGIN_FROM and "from" in norms[cue + 1 : cue + 3]
        # "B roles are often filled by former A": the holders the posts are filled with
        # ("B vacancies are often filled internally by A": how the posts are filled, between the verb and "by")
        drawn = drawn or (norm == "fill" and "by" in norms[cue + 1 : cue + 3] and norms[cue + 1] in _FILLED_GLUE)
        # "most A previously worked as B": a post held before, said with a word of earlier time
        # ("most A have worked as B", "most A spent years as B": a post held before, said with the perfect or a
        # stretch of years)
        perfect = "have" in norms[max(start, cue - 2) : cue] and norm != "spend"
        # ("spend 5-10 years as B": a span of years between the verb and "as")
        spent = norm == "spend" and "a" in norms[cue + 2 : cue + 7] and not _YEARS.isdisjoint(norms[cue + 1 : cue + 6])
        worked = (
            norm in _ORIGIN_WORKED
            and (norms[cue + 1 : cue + 2] == ["a"] or spent)
            and (before is not None or perfect or spent or not _EARLIER.isdisjoint(norms[max(start, cue - 3) : cue]))
        )
        # "most B have been A for several years": a post held before, said with the perfect of "be" and a time
        worked = worked or (
            norm == "be"
            and norms[cue - 1 : cue] == ["have"]
            and any(i in {cue + 1, cue + 2} for i, _ in roles)
            and "for" in norms[cue + 2 : end]
            and not _YEARS.isdisjoint(norms[cue + 2 : end])
        )
        if not (started or drawn or worked) or any(i <= cue < j for i, j in roles):
            continue
        if before is not None and (started or worked):
            after = [n for n, (i, _) in enumerate(roles) if i > cue]
            lead_in = list(norms[cue + 1 : roles[after[0]][0]]) if after else []
            if spent and "a" in lead_in:
                lead_in = lead_in[lead_in.index("a") :]  # "Before becoming A, most spend several years as B"
            if after and all(w in _ORIGIN_GLUE for w in lead_in):
                sources = [after[0]] + [n for n, _ in _following(norms, roles, after[0], end)]
                out += [Move(n, before, "promotion", cue, origin=True) for n in sources if n != before]
            continue
        climbed = _climbed_before(norms, start, cue) if started else None
        # ("most B have worked their way up through the stores, starting as A": the subject of the climb)
        what, subject, gap = _subject_before(norms, start, cue if climbed is None else climbed, roles)
        if what != "role" or subject is None or gap > 1:
            continue
        if roles[subject][0] - 1 > start and norms[roles[subject][0] - 1] == "a":
            # ("Lee, who joined as A in 2006, previously served as C": A the post joined after "as" (or "as a", normed
            # alike), not opening the sentence, is no subject of C)
            continue
        after = [n for n, (i, _) in enumerate(roles) if i > cue]
        if not after:
            continue
        first = after[0]
        between = norms[cue + 1 : roles[first][0]]
        glue = _ORIGIN_GLUE | _SPAN_WORDS if spent else _ORIGIN_GLUE  # ("spent several years as B")
        if started:
            glue = glue | _START_PLACES  # ("started on the shop floor as B", "began their careers in stores as B")
        said = [w for w in between if not w.isspace()]
        if spent and "a" in said:
            said = said[said.index("a") :]  # ("spent 5-10 years as B": the span of years is the time held)
        if len(said) > (7 if started else 5) or not all(w in glue or w.isdigit() for w in said):
            continue
        sources = [first] + [n for n, _ in _following(norms, roles, first, end)]
        # (a place started in is no post: "started out on the floor as B")
        sources = [n for n in sources if roles[n][1] - roles[n][0] > 1 or norms[roles[n][0]] not in _START_PLACES]
        if started and _in_training(norms, roles[subject]) and not any(_in_training(norms, roles[n]) for n in sources):
            # "management trainees start as assistant managers": trainees are placed in those posts (a trainee's
            # post is where a career starts, not where the posts' holders come to)
            out += [Move(subject, n, "promotion", cue) for n in sources if n != subject]
            continue
        out += [Move(n, subject, "promotion", cue, origin=started) for n in sources if n != subject]
    return out


_CLIMB_VERBS = frozenset({"work", "climb", "make", "fight"})
_CLIMB_OWNERS = frozenset({"their", "his", "her", "my", "our", "your"})


def _climbed_before(norms: Sequence[str], start: int, cue: int) -> int | None:
    """The verb of "worked their way up" (up to six words of where after it, then a comma) before a participle
    of starting at token ``cue``: "most B have worked their way up through the shop floor, starting as A"; None
    when no such climb stands right before it."""
    if cue - 1 <= start or norms[cue - 1] != ",":
        return None
    for k in range(cue - 5, max(start, cue - 12) - 1, -1):
        if norms[k] in _CLIMB_VERBS and norms[k + 1] in _CLIMB_OWNERS and norms[k + 2 : k + 4] == ["way", "up"]:
            return k if "," not in norms[k + 4 : cue - 1] else None
    return None


#: words of a title held while in training: "management trainee", "graduate intern", "apprentice electrician"
_TRAINING_WORDS = _normed(frozenset({"trainee", "trainees", "intern", "interns", "apprentice", "apprentices", "cadet"}))


def _in_training(norms: Sequence[str], span: tuple[int, int]) -> bool:
    """Whether the title at token ``span`` is a post held while in training ("management trainee", "intern")."""
    return not _TRAINING_WORDS.isdisjoint(norms[span[0] : span[1]])


#: words before "customer service" that describe the service, not the post: "excellent customer service"
_SERVICE_QUALITIES = _normed(
    frozenset(
        {"excellent", "good", "great", "better", "best", "poor", "bad", "basic", "quality", "friendly", "superior"}
        | {"strong", "solid", "effective", "professional", "efficient", "reliable", "courteous", "helpful"}
    )
    | frozenset({"outstanding", "exceptional", "responsive", "prompt", "fast", "quick", "personal", "world", "class"})
    # how the service is given, never whose: "providing direct customer service", "attentive customer service"
    | frozenset({"direct", "attentive", "seamless", "consistent", "exemplary", "positive", "proactive", "superb"})
    | frozenset({"provide", "offer", "deliver", "improve", "give", "ensure", "handle", "need", "our", "your", "their"})
)


#: nouns that make "customer service" part of a compound: the service's team, skills, tools or a longer title
_SERVICE_COMPOUNDS = _normed(
    frozenset({"team", "department", "dept", "skill", "skills", "tool", "tools", "system", "quality", "staff"})
    | frozenset({"personnel", "center", "centre", "desk", "level", "experience", "ability", "capability", "training"})
    | frozenset({"process", "standard", "policy", "software", "platform", "channel", "email", "phone", "hotline"})
    | frozenset({"chat", "rep", "representative", "agent", "manager", "specialist", "supervisor", "assistant", "lead"})
    | frozenset({"director", "officer", "associate", "executive", "work", "industry", "field", "function", "career"})
    | frozenset({"capabilities", "abilities", "consulting"})
    # ("Omnichannel Customer Service Management", "end-to-end customer service operations": a field of work)
    | frozenset({"management", "operation", "operations", "excellence", "strategy", "leadership", "improvement"})
)


def service_posts(norms: Sequence[str], lowers: Sequence[str], start: int, end: int) -> list[tuple[int, int, int]]:
    """Posts named "X customer service" (translated text names the agent by the service).

    Returns ``(first, end, service)`` token positions: the post is named by ``first:end`` and
    the words "customer service" at ``service`` (inside the span, or after it for the first of
    two coordinated modifiers).

    A modifier before "customer service" that is not a function word, a word of quality or a verb
    ending in -ing / -ed ("Tmall customer service", "after-sale customer service", "sales customer
    service"), and a modifier coordinated with it ("in-sale and after-sale customer service"); not
    when a noun of a compound follows ("customer service team", "customer service skills").

    Examples
    --------
    >>> words = "in - sale and after - sale customer service , excellent customer service wins".split()
    >>> [(" ".join(words[i:j]), k) for i, j, k in service_posts(words, words, 0, len(words))]
    [('after - sale customer service', 7), ('in - sale', 7)]
    """
    out: list[tuple[int, int, int]] = []
    for k in _positions(lowers, "customer", start + 1, end - 1):
        if norms[k + 1] != "service":
            continue
        if k + 2 < end and norms[k + 2] in _SERVICE_COMPOUNDS:
            continue  # "customer service team", "customer service skills"
        lo = _modifier_start(norms, lowers, start, k)
        if lo is not None and (lowers[lo] in _WHEN_HELD or (lo == k - 1 and lowers[lo] in _COUNTRY_INITIALS)):
            # ("UK customer service role salaries": where the post is held, no part of its name)
            # "my previous customer service gig": when the post was held, not its name; the post is customer service
            if k + 2 < end and norms[k + 2] in _POST_WORDS:
                out.append((k, k + 2, k))
            continue
        if lo is None:
            continue
        out.append((lo, k + 2, k))
        # "in-sale and after-sale customer service": the first modifier names a post of its own
        if lo - 1 > start and lowers[lo - 1] in {"and", "or", "、", "/"}:
            other = _modifier_start(norms, lowers, start, lo - 1)
            if other is not None:
                out.append((other, lo - 1, k))
    return out


#: a country's initials, alone before "customer service": where the post is held ("UK customer service roles")
_COUNTRY_INITIALS = frozenset({"uk", "us", "usa", "eu", "uae", "gb", "nz", "hk"})
#: words of when a post was held: "my previous customer service job" (no part of the post's name)
_WHEN_HELD = frozenset({"previous", "former", "current", "old", "last", "present", "first", "new"})
#: nouns of a post after its field: "a customer service job / gig / role"
_POST_WORDS = _normed(frozenset({"job", "jobs", "gig", "gigs", "role", "roles", "position", "positions", "post"}))


def _post_as(norms: Sequence[str], cue: int, end: int) -> bool:
    """Whether "a position / job / role as" follows the verb at ``cue`` ("as" reads "a")."""
    k = cue + 1
    while k < end and (norms[k].isspace() or norms[k] in {"a", "an", "the", "new"}):
        k += 1
    return k + 1 < end and norms[k] in _POST_WORDS and norms[k + 1] == "a"


def _positions(words: Sequence[str], word: str, start: int, end: int) -> Iterator[int]:
    """Where ``word`` stands in ``words[start:end]``, in order (found by ``index``, not a loop over every word)."""
    k = start
    while True:
        try:
            k = words.index(word, k, end)
        except ValueError:
            return
        yield k
        k += 1


def _modifier_start(norms: Sequence[str], lowers: Sequence[str], start: int, k: int) -> int | None:
    """Where the modifier ending just before token ``k`` starts (a hyphenated word counts as one), or None."""
    lo = k - 1
    if lo < start:
        return None
    if lo - 2 >= start and lowers[lo - 1] == "-" and lowers[lo].isalpha() and lowers[lo - 2].isalpha() and (
        norms[lo - 2] != "service"  # ("A customer service - B customer service": a chain's dash, not a hyphen)
    ):
        if lowers[lo].endswith(("ing", "ed")):
            return None  # "best-paying customer service", "customer-focused": a quality, not a post's service
        return lo - 2  # "after - sale": a hyphenated word is a modifier whatever its parts
    if not _plain_modifier(norms, lowers, lo) or lowers[lo].endswith(("ing", "ed")):
        return None  # ("providing customer service")
    # a second plain word before it: "gold medal customer service"
    if lo == k - 1 and lo - 1 >= start and _plain_modifier(norms, lowers, lo - 1) and lowers[lo - 1][:1].isalpha():
        if not lowers[lo - 1].endswith(("ing", "ed")) and lowers[lo - 1] not in {"and", "or"}:
            return lo - 1
    return lo


def _plain_modifier(norms: Sequence[str], lowers: Sequence[str], k: int) -> bool:
    word = lowers[k]
    return (
        word.isalpha()
        and word not in STOP_WORDS
        and norms[k] not in STOP_WORDS
        and norms[k] not in _SERVICE_QUALITIES
        and not word.endswith("ly")
        and verb_base(word) is None  # "supervise customer service", "administers customer service": a duty
    )
