"""Rules that read roles, transitions, requirements, salaries and job groups from text.

Each rule works on one sentence (or one paragraph for narrated careers) of a
document parsed by :mod:`careergraph.loaders.text_nlp`, and every fact it
returns carries the character span of the sentence (or clause) that states it,
so the quote is always ``text[start:end]`` of the document.

Rules, in brief:

* roles: knowledge-base names and aliases (PhraseMatcher on lemma norms), job
  titles the base lacks (a head word such as *manager*, *analyst*, *designer*
  with up to three modifiers; "head of X"), shared heads spread over
  coordinated modifiers ("in-sale and after-sale customer service");
* transitions: ladders ("the route is A, B, C and D", "A → B → C"), "from A
  to B", "A grows into / becomes / is promoted to B", "A were B before",
  narrated careers ("start with A ... try to be B ... become C"), titles
  ranked by seniority in one list ("divided by maturity into supervisor,
  manager and specialist"), kinds listed as a progression ("divided into four
  types: ...; these are advanced stages"), and lists under headings ("Entry
  point from:", "Advancement to:", "Lateral moves:"); a duration in the same
  sentence ("3 to 5 years", "after one year") is kept;
* requirements: skills listed where a role "must", "is responsible for",
  "requires" ..., known skills matched by name or by the stems of their content
  words, new ones from short list items; a list that goes on in short
  sentences; duties of a job group given to its positions; a role that has
  "the ability of" another inherits its skills;
* salaries: amounts, ranges, currency and period, given to the roles named
  nearest before them;
* job groups: groups named in lists of "job groups", and the roles a group's
  sentences or section list as its positions.
"""

from __future__ import annotations

import bisect
import contextlib
import dataclasses
import enum
import functools
import gc
import itertools
import math
import re
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any, NamedTuple

from spacy.attrs import IDX, NORM, ORTH, SPACY
from spacy.lang.en.stop_words import STOP_WORDS
from spacy.tokens import Doc

from careergraph.graph.schema import Label, TransitionKind, slugify
from careergraph.loaders.text_ads import (
    JOB_TITLE_LABEL,
    aside_label,
    field_label,
    inverted_title,
    negated_value,
    title_field,
    title_value,
)
from careergraph.loaders.text_moves import (
    CALENDAR_YEAR,
    CHANCE_NOUNS,
    EXAMPLE_WORDS,
    FEEDER_NOUNS,
    GENERIC_SUBJECTS,
    HOPES,
    NEGATIONS,
    POST_NOUNS,
    PRAISE,
    Move,
    chance_moves,
    clause_moves,
    feeder_moves,
    has_move_cue,
    level_code,
    names_next_rung,
    names_route,
    origin_moves,
    rank_posts,
    service_posts,
    span_phrase,
    step_phrase,
    steps_in_turn,
    superlative,
    time_phrase_end,
    way_moves,
)
from careergraph.loaders.text_nlp import (
    COMPARATIVE_POSTS,
    LEXICON_SINGLES,
    ROLE_HEADS,
    SHORT_RANKS,
    STANDALONE_TITLES,
    TITLE_HEADS,
    Entry,
    Vocabulary,
    WordTypes,
    content_bag,
    known_word,
    sentence_starts,
    word_kinds,
    word_norm,
)
from careergraph.loaders.text_parse import move_subject, parser_available, skill_phrases
from careergraph.loaders.text_requirements import (
    QUALITY_PEOPLE,
    SkillName,
    adjective_commas,
    dash_items,
    degree_key,
    degree_names,
    degree_subject,
    examples_of_places,
    gone_through,
    inline_first_item,
    line_items,
    list_spans,
    names_no_skill,
    names_nothing,
    noun_verb,
    noun_verb_object,
    object_opener,
    offers_the_reader,
    opens_requirement,
    run_on_items,
    skill_names,
    subject_word,
    verb_base,
)
from careergraph.loaders.text_rules import RULES, check_rule_ids
from careergraph.loaders.text_story import Step, former_moves, tier_of, told_steps
from careergraph.loaders.text_structure import (
    CASELESS_KIN,
    LEVEL_LINE,
    LEVEL_LINE_BARE,
    TITLES_LABEL,
    YEARS_LABEL,
    Line,
    TupleRecord,
    level_heading,
    level_name,
    level_number,
    line_at,
    line_breaks,
    names_a_need,
    names_section,
    opens_level,
    section_of,
    table_cells,
)
from careergraph.loaders.text_zh import chinese_lines, read_chinese
from careergraph.loaders.title_lexicon import load_title_lexicon

#: the labels as plain globals for the loops that test every mention: reading ``Label.ROLE`` goes through
#: ``EnumType.__getattr__`` in Python 3.11, several times slower than a global
_ROLE, _SKILL, _JOB_GROUP = Label.ROLE, Label.SKILL, Label.JOB_GROUP
_PROMOTION, _LATERAL, _ENTRY = TransitionKind.PROMOTION, TransitionKind.LATERAL, TransitionKind.ENTRY

__all__ = ["DocumentFacts", "Mention", "extract_facts"]

# pure functions of a string that the rules call again and again with the same argument
_slug = functools.lru_cache(maxsize=4096)(slugify)
_bag = functools.lru_cache(maxsize=4096)(content_bag)

_MAX_QUOTE = 320
_ARROWS = frozenset({"→", "->", ">", "=>", "⇒", ">>", "»", "➜", "➔", "⟶", "➝", "-->"})
# ("A --> B" is written "--", ">")
_SEPARATORS = frozenset({",", "、", "，", ";", "；", "and", "then", "finally", "--"}) | _ARROWS
#: words between two rungs of a ladder besides separators: "then B, and after that C", "B, followed by C"
_LADDER_SEPARATORS = _SEPARATORS | {"after", "that", "followed", "by"}
_LADDER_CUES = frozenset(
    {"route", "path", "ladder", "progression", "career", "promotion", "advance", "advancement", "trajectory", "track"}
    # "progress through A, B and C", "titles in order of seniority: A, B, C", "the hierarchy runs A, B, C"
    | {"progress", "climb", "seniority", "hierarchy"}
)
#: words that count people before a list of titles: "many general managers, directors and senior leaders"
_QUANTIFIERS = frozenset({"many", "most", "some", "all", "several", "few", "numerous", "countless", "plenty"})
#: what parts the alternatives at one rung of an arrow chain: "Shift Supervisors/Senior Executives", "A or B"
_RUNG_ALTERNATIVES = frozenset({"/", "or", "／"})
_RANK_CUES = frozenset(
    {"divide", "divided", "split", "level", "tier", "rank", "grade", "maturity", "seniority", "hierarchy"}
)
_RANK = {
    "intern": 0,
    "trainee": 0,
    "assistant": 1,
    "specialist": 2,
    "commissioner": 2,
    "executive": 2,
    "officer": 2,
    "supervisor": 3,
    "lead": 3,
    "leader": 3,
    "manager": 4,
    "director": 5,
    "head": 5,
}
# verb norms (first word) -> (the words that may follow before the target, kind)
_MOVE_VERBS: dict[str, TransitionKind] = {
    "grow": _PROMOTION,
    "become": _PROMOTION,
    "promote": _PROMOTION,
    "advance": _PROMOTION,
    "progress": _PROMOTION,
    "rise": _PROMOTION,
    "transition": _PROMOTION,
    "move": _PROMOTION,
    "step": _PROMOTION,
    "switch": _LATERAL,
    "transfer": _LATERAL,
    "make": _PROMOTION,
}
_LATERAL_WORDS = frozenset({"lateral", "laterally", "sideways", "sideway", "switch", "transfer"})
_TARGET_PREFIXES = frozenset(
    {"into", "to", "up", "a", "an", "the", "position", "of", "role", "post", "job", "as", "be", "on", "onto"}
    | {'"', "'", "“", "‘", "`"}
)
_START_VERBS = frozenset({"start", "begin", "started", "began", "join", "joined", "enter", "entry"})
#: verbs of getting a post, a first step when a word for a post follows: "took a job as", "landed a role as"
_TAKE_VERBS = frozenset(word_norm(w) for w in ("take", "took", "land", "landed", "get", "got", "accept", "accepted"))
_JOB_WORDS = frozenset(word_norm(w) for w in ("job", "role", "position", "post"))
_SPAN_VERBS = frozenset({"reach"})
#: the way up a step takes, between its verb and its post: "up in the ranks as", "through the ranks to"
_WAY_UP_WORDS = frozenset({"rank", "ranks", "ladder", "hierarchy"})
_MOVE_GLUE = (
    _TARGET_PREFIXES
    | frozenset(_MOVE_VERBS)
    | {"then", "later", "eventually", "usually", "often", "typically", "generally", "quickly", "sideways"}
    | {"laterally", "can", "may", "will", "directly", ","}
)
_EARLIER_FILLER = frozenset(
    {
        "be",
        "previously",
        "formerly",
        "once",
        "used",
        "to",
        "all",
        "mostly",
        "usually",
        "often",
        "typically",
        "a",
        "an",
        "the",
        "most",
        "many",
        "of",
        "them",
        "generally",
        "mainly",
    }
)
_MOVEMENT = frozenset(
    {
        "move",
        "promote",
        "promotion",
        "go",
        "step",
        "grow",
        "advance",
        "career",
        "path",
        "route",
        "take",
        "year",
        "transition",
        "switch",
        "jump",
        "rise",
        "progress",
        "climb",
        "month",
        "ladder",
    }
)
_CHAIN_VERBS = frozenset(
    {"become", "step", "transition", "grow", "promote", "advance", "move", "find", "try", "rise", "make"}
    | {"progress", "climb"}  # ("Progress to sous chef", "then climb to head chef": steps as "advance to" is)
    | {"earn", "then"}  # "go on to earn the lead title, then the manager one"
)
#: who hires, whose wants are what a role needs: "employers look for", "most retailers want" (requirements.cue)
_HIRER_WORDS = ("employer", "recruiter", "retailer", "company", "firm", "business", "organisation", "organization")
_REQ_CUES: dict[tuple[str, ...], int] = {
    ("must",): 5,
    ("core",): 5,
    ("essential",): 5,
    ("need", "to"): 4,
    ("need",): 4,
    ("have", "to"): 4,
    ("require",): 4,
    ("required",): 4,
    ("requirement",): 4,
    ("should",): 4,
    ("able", "to"): 4,
    ("familiar", "with"): 4,
    ("master",): 4,
    ("good", "at"): 4,
    ("responsible", "for"): 3,
    ("in", "charge", "of"): 3,
    ("oversee",): 3,
    ("handle",): 3,
    ("task",): 3,
    ("duty",): 3,
    ("skill",): 4,
    ("ability",): 4,
    ("capability",): 4,
    ("competency",): 4,
    # a role's definition names what it does, but its list items are not clean skill names
    ("mean",): 3,
    ("meaning",): 3,
    ("refer",): 3,
    ("characteristic",): 3,
    # "the hallmark of a good porter is that he ..." (only so: see _TRAIT_NOUNS)
    ("trait",): 3,
    ("hallmark",): 3,
    ("mark",): 3,
    ("feature",): 3,
    ("include",): 3,
    ("goal",): 4,
    ("aim",): 4,
    ("purpose",): 4,
    # what a role is expected to know or do, said of it rather than listed
    ("responsibility", "to"): 3,
    ("responsibility", "be"): 3,
    ("responsibility", "include"): 3,
    # what a role answers for or takes part in: "holds accountability for the P&L", "the job involves packing"
    ("responsibility", "for"): 3,
    # "they also have the responsibility of training new starters" (a gerund after "of": not "the responsibility
    # of the supervisor")
    ("responsibility", "of"): 3,
    ("accountability", "for"): 3,
    ("accountable", "for"): 3,
    ("ownership", "of"): 3,
    ("charge", "with"): 3,
    ("involve",): 3,
    # what the work leans on: "pickers rely on accuracy and speed"
    ("rely", "on"): 3,
    # who hires says what is sought: "employers look for strong arithmetic", "recruiters (also) want ..."
    **{
        (who, *([how] if how else []), *verb): 4
        for who in _HIRER_WORDS
        for how in ("", "also", "often", "usually", "typically", "generally", "mostly", "increasingly", "especially")
        for verb in (("look", "for"), ("want",), ("seek",), ("value",), ("expect",), ("pay", "attention", "to"))
    },
    # "employers are (now) looking for X", "retailers are seeking X"
    **{
        (who, "be", *([how] if how else []), *verb): 4
        for who in _HIRER_WORDS
        for how in ("", "also", "often", "usually", "now", "increasingly", "always")
        for verb in (("look", "for"), ("seek",))
    },
    ("role", "in"): 3,
    ("understand",): 3,
    ("knowledge", "of"): 4,
    # who is sought: "candidates with attention to detail", "someone with forklift experience"
    ("candidate", "with"): 3,
    # what who is sought holds: "candidates typically hold a diploma", "applicants usually have a licence"
    **{
        (who, *([how] if how else []), verb): 4
        for who in ("candidate", "applicant")
        # (and what they will or should have: "the ideal candidate will have a forklift licence")
        for how in ("", "typically", "usually", "generally", "normally", "often", "also", "ideally", "will", "should",
                    "would")
        for verb in ("hold", "have", "possess")
    },
    ("applicant", "with"): 3,
    ("someone", "with"): 3,
    # what a job ad says its reader holds: "You will have a forklift licence", "You'll bring ...", "You have ..."
    **{
        ("you", *([how] if how else []), verb): 4
        for how in ("", "will", "should", "must", "also", "ideally", "already")
        for verb in ("have", "possess", "bring")
    },
    # what the holder is versed in, said of them: "is knowledgeable in ticketing systems", "well versed in food law"
    ("knowledgeable", "in"): 4,
    ("knowledgeable", "about"): 4,
    ("knowledgeable", "of"): 4,
    ("versed", "in"): 4,
    ("experience", "in"): 4,
    ("experience", "with"): 4,
    ("proficient",): 4,
    ("expertise",): 4,
    # "Revenue Manager: Expert in rate setting, ...", "skilled in luggage handling", "adept at", "well versed in"
    ("expert", "in"): 4,
    ("skilled", "in"): 4,
    ("skilled", "at"): 4,
    ("adept", "at"): 4,
    # a job ad's and a role page's wording: "the job calls for X", "proficiency in X", "employers prefer X with Y"
    ("call", "for"): 4,
    ("proficiency",): 4,
    ("familiarity", "with"): 4,
    ("fluency", "in"): 4,
    ("prefer",): 2,
    # "team leaders are expected to coach" (not "you can expect to pay")
    ("be", "expect", "to"): 4,
    # "their role demands X", "the work is A, B and C" (a list: not "the work is hard")
    ("role", "demand"): 4,
    ("job", "demand"): 4,
    ("position", "demand"): 4,
    ("work", "be"): 3,
    ("job", "be"): 3,
    # "part of the shift lead role is to count the safe", "the job of a porter is to move patients"
    ("role", "be", "to"): 3,
    ("job", "be", "to"): 3,
    # "the main work of the post is to ...", "the work content is to ..." (as translated articles put it)
    ("work", "be", "to"): 3,
    ("work", "content", "be", "to"): 3,
    # "their main tasks are to count the stock", "the duty of a porter is to ...", "their mission is to ...": what
    # the post is for, said as the infinitives that follow (not "our mission is to": the writer's company's)
    ("task", "be", "to"): 3,
    ("duty", "be", "to"): 3,
    ("mission", "be", "to"): 3,
    # "the job of a porter is to move patients", "the role of the night manager is to ...": only so (_AIM_OF_CUES)
    ("job", "of"): 3,
    ("role", "of"): 3,
    ("work", "of"): 3,
    # "it is your job to balance the till", "it is their task to ...": the post's work put to its holder (only
    # after "is your" / "is their" ...: not "a job to be proud of")
    ("job", "to"): 3,
    ("task", "to"): 3,
    ("duty", "to"): 3,
}
#: who hires, opening a cue of what is sought ("employers look for", "recruiters value")
_HIRERS = frozenset(_HIRER_WORDS)
#: cues that name duties only before a list ("the work is A, B and C")
_LIST_CUES = frozenset({("work", "be"), ("job", "be")})
#: nouns of a role's work: "<noun> includes ..." lists its duties (not a definition)
_DUTY_NOUNS = frozenset({"work", "duty", "responsibility", "task", "job", "role", "day"})
_DEFINING_CUES = frozenset(
    {("mean",), ("meaning",), ("refer",), ("characteristic",), ("include",), ("goal",), ("aim",), ("purpose",)}
)
_BAD_MODIFIERS = frozenset(
    {
        "aka",  # "Brand Specialist (aka Vendor Manager)": another name follows
        "vs",  # "SEO Lead vs SEO Manager": two posts compared
        "versus",
        # prepositions and a conjunction the stop-word list lacks: "work alongside site managers", "unlike store
        # managers", "whilst stock controllers need ..."
        "alongside",
        "unlike",
        "amid",
        "amidst",
        "whilst",
        "despite",
        "beneath",
        "underneath",
        "atop",
        "concerning",
        "become",
        "becoming",
        "became",
        "hire",
        "hiring",
        "hired",
        "promote",
        "promoted",
        "work",
        "working",
        "find",
        "try",
        "reach",
        "start",
        "started",
        "grow",
        "serve",
        "act",
        "call",
        "called",
        "named",
        "qualified",
        "good",
        "great",
        "excellent",
        "outstanding",
        "ordinary",
        "experienced",
        "real",
        "true",
        "new",
        "main",  # "the main livestream host": the principal one, not a post of its own
        "future",
        "want",
        "need",
        "job",
        "jobs",
        "position",
        "role",
        "post",
        "title",
        "route",
        "path",
        "step",
        "next",
        "first",
        "second",
        "third",
        "last",
        "etc",
        "e.g.",
        "is",
        "are",
        "be",
        "typical",
        "generally",
        "usually",
        "often",
        "then",
        "later",
        "finally",
        "eventually",
        "grows",
        "moves",
        "move",
        "earn",
        "earns",
        "include",
        "includes",
        "including",
        "appointed",
        "elected",
        "acting",
        # how likely, not what: "then to assistant manager or maybe store manager"
        "maybe",
        "perhaps",
        "possibly",
        "probably",
        # when a post is held, not what it is: "our current site director", "the previous buyer"
        "current",
        "previous",
        "present",
        "existing",
        "outgoing",
        # how or where a post is held, not what it is: "a full time ecommerce manager"
        "time",
        "full",
        "part",
        "permanent",
        "temporary",
        "contract",
        "freelance",
        "remote",
        "average",
        "median",
        "multiple",
        "several",
        "various",
        "many",
        "other",
        "each",
        "every",
        "all",
        "most",
        # words of judgement: what a post should be, not what it is ("an effective supervisor")
        "essential",
        "effective",
        "successful",
        "skilled",
        "talented",
        "ideal",
        "perfect",
        "right",
        "best",
        "common",
        "like",
        "such",
        # and of the era a post is of, not what it is ("the modern buyer", "a traditional clerk")
        "modern",
        "traditional",
        # and of a person's character or prospects, which no O*NET title holds ("a strong leader", "potential buyers")
        "strong",
        "witty",
        "friendly",
        "reliable",
        "hardworking",
        "lucky",
        "potential",
        "prospective",
        "aspiring",
        # and of a person's manner, which describes someone in a post, never names one ("rude ushers", "a lazy
        # porter", "polite stewards")
        "rude",
        "apathetic",
        "lazy",
        "polite",
        "impolite",
        "helpful",
        "unhelpful",
        "angry",
        "unhappy",
        "grumpy",
        "incompetent",
        "bad",
        "terrible",
        "awful",
        "horrible",
        # of a document a post holds, not the post ("a valid boiler engineer's card")
        "valid",
        # verbs of duty or preference before their object ("oversee customer service representatives")
        "oversee",
        "oversees",
        "manages",
        "supervise",
        "supervises",
        "mentor",
        "train",
        "trains",
        "recruit",
        "simplify",
        "prefer",
        "prefers",
        "help",
        "helps",
        "allow",
        "allows",
        "involve",
        "involves",
        "ensure",
        "ensures",
    }
    # words of praise are no part of a title ("a proficient category manager", "a seasoned buyer"); a
    # certification or independence can be ("Certified Nursing Assistant", "Independent Living Advisor")
    | (PRAISE - {"certified", "independent"})
)
#: verb forms that are no modifier as written, though their lemma is ("managing editor" is a title)
_BAD_VERB_FORMS = frozenset({"manage", "employ", "employs"})  # "Manage Store Clerks", "who employs clerks?"
# a source's verb of reporting before the posts it reports on: "the study places store managers at £30k"
_BAD_VERB_FORMS |= frozenset({"places", "puts", "ranks", "lists", "shows", "pays", "estimates", "values", "finds"})
_PERSONNEL_HEADS = frozenset({"personnel", "staff", "post", "position", "employee", "talent", "people", "team"})
_GROUP_LIST_CUES = re.compile(r"\b(?:job groups?|groups|functions|departments|job families|families)\b", re.I)
_POSITION_CUES = frozenset(
    {"position", "post", "job", "role", "divide", "divided", "include", "involve", "representative", "consist"}
)
_FROM_HEADING = re.compile(
    r"^\W*(?:entry points?|c(?:omes?|ame) from|promoted from|previous roles?|feeder roles?"
    r"|typical (?:entry|background))\b[^:：]*[:：]"
    # ("Entry route: A", "Entry roles: A, B", "Routes in: A", "Prior roles: A", "Feeder jobs: A")
    r"|^\W*(?:(?:typical|common|usual|possible)\s+)?(?:entry (?:routes?|roles?|jobs?|positions?)|routes? in(?:to)?"
    r"|ways? in(?:to)?|prior (?:roles?|jobs?|positions?)|previous (?:jobs?|positions?)|feeder (?:jobs?|positions?))"
    r"\s*[:：]",
    re.I,
)
_TO_HEADING = re.compile(
    r"^\W*(?:(?:career|typical|possible|usual|common|likely)\s+)?"
    r"(?:advancement|next steps?|promotion|promotes? to|progression|moves? up|career growth|growth opportunit(?:y|ies)"
    r"|opportunities for (?:growth|advancement|progression|promotion)|future (?:roles?|opportunities))\b[^:：]*[:：]",
    re.I,
)
def _move_label(text: str) -> bool:
    """Whether a line opens with a label of moves to or from the page's role ("Entry route: A", "Progression: B")."""
    return any(p.match(text) for p, _ in _MOVE_HEADINGS)


_LATERAL_HEADING = re.compile(r"^\W*(?:lateral|sideways|related)\b[^:：]*[:：]", re.I)
#: the labels of a page's moves, each with the kind of its list
_MOVE_HEADINGS = ((_FROM_HEADING, "from"), (_TO_HEADING, "to"), (_LATERAL_HEADING, "lateral"))
#: "Top careers before merchandise planner:", "Common jobs after becoming a buyer:"
_BEFORE_AFTER = re.compile(
    r"^\W*(?:(?:top|common|typical|usual|previous|prior|likely|possible)\s+)?(?:careers?|jobs?|roles?|positions?|posts?)"
    r"\s+(?P<when>before|after)\s+(?:becoming\s+)?(?:an?\s+|the\s+)?(?P<role>[^:：\n]{2,60}?)\s*[:：]",
    re.I,
)

_NUM = (  # (digits grouped the Indian way first: "6,50,000"; by points or spaces as in Europe: "42.000", "42 000")
    r"(?:\d{1,2}(?:,\d{2})+,\d{3}|\d{1,3}(?:,\d{3})+(?:\.\d\d(?!\d))?|\d{1,3}(?:\.\d{3})+(?![\d,])"
    r"|\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?:\.\d\d(?!\d))?(?!\d|[,.]\d)|\d+(?:\.\d+)?)"
    # (a lakh's lone "L" only in capitals, in a pattern read in any case: "6L", never "0l")
    r"(?:[kK](?![A-Za-z])|万|千|\s?(?:lakhs?|lacs?|LPA|crores?|(?-i:L))(?![A-Za-z'’])|\s(?:thousand)(?![A-Za-z]))?"
)
_SYMBOL = (
    r"US\$|A\$|AU\$|C\$|CA\$|S\$|HK\$|NZ\$|\$|¥|￥|€|£|₹|₱|₦|Rs\.?(?=\s?\d)|RM(?=\s?\d)|Rp\.?(?=\s?\d)"
    r"|(?<![A-Za-z])Dhs?\.?(?=\s?\d)"  # the dirham, "Dh2,800", "Dhs 3,200"
    r"|(?<![A-Za-z])K[Ss]h\.?(?=\s?\d)"  # the Kenyan shilling, "KSh 45,000", "Ksh55,000"
    r"|(?<![A-Za-z])R(?=\s?\d)|(?<![A-Za-z])N(?=\d{1,3}(?:,\d{3})+)"  # the rand, "R3 000.00", and the naira,
    # "N100,000" (read only on a page about South Africa, or in a sentence about pay)
    r"|(?<![A-Za-z])P(?=\d{1,3}(?:,\d{3})+)"  # the peso, "P18,000" (in a sentence about pay on a Philippine page)
    r"|â‚¹|â‚¬|Â£|â‚±"  # signs whose UTF-8 bytes were read as Windows-1252
    r"|[?\ufffd](?=\d)"  # a sign lost in a conversion: "?14,50,000" (salaries.lost-sign)
)
_QUALIFIER = (
    r"more than|over|above|at least|less than|under|up to|below|about|around|approximately|roughly|nearly"
    r"|from|starting at|starting from|starts at|in excess of|upwards of|exceeding|exceeds|beyond|north of"
    r"|as low as|as high as|as much as"
)
# an amount or a range starts at a currency symbol or a digit; words before it are read separately
_MONEY_START = re.compile(rf"{_SYMBOL}|(?<![\d,.])\d")
#: the characters a match of _MONEY_START can start with (its alternatives open with look-behinds, so the engine
#: tries every one of them at every character; a search for these first finds the few places to try)
_MONEY_FIRST = re.compile(r"[\dUACSHNPK$¥￥€£₹₱₦RDâÂ?\ufffd]")
#: currency codes a page may write before or after its figures
_CODES = (
    "RMB|CNY|USD|EUR|GBP|INR|AUD|CAD|SGD|MYR|PHP|HKD|NZD|AED|JPY|IDR|ZAR|NGN"
    # (more currencies English pages state by their codes: Kenya, Uganda, Tanzania, Ghana, Pakistan, Sri Lanka,
    # Bangladesh, Egypt, Saudi Arabia, Qatar, Switzerland)
    "|KES|UGX|TZS|GHS|PKR|LKR|BDT|EGP|SAR|QAR|CHF"
)
#: a currency code right before a figure: "USD 350"
_CODE_BEFORE = re.compile(rf"\b(?:{_CODES})\s?$")
_MONEY = re.compile(
    rf"(?:(?P<c1>{_SYMBOL})\s*)?(?P<a>{_NUM})"
    rf"(?:\s*(?P<c5>[$€£¥₹₱])(?=\s*(?:-|–|—|to|and)\s*\d))?"  # "35.000 € - 42.000 €": the sign after each figure
    r"(?:\s*/\s*(?:yr|year|hr|hour|mo|month|annum|day)(?=\s*(?:-|–|—|to)\s*\S))?"  # "$72,800/yr - $95,600/yr"
    rf"(?:\s*(?:-|–|—|~|to|and|â€“|â€”|β€“|β€”)\s*~?(?:(?P<c2>{_SYMBOL}|{_CODES}(?=\s?\d))\s*)?(?P<b>{_NUM}))?"  # (dash
    # mis-decoded too; "PHP 18,000 to PHP 22,000": the code again before the second figure; "~$75k to ~$158k")
    rf"(?:\s*(?P<c3>yuan|RMB|CNY|dollars|USD|euros?|EUR|pounds|GBP|rupees|INR|元|AUD|CAD|SGD|MYR|ringgit|PHP|pesos"
    rf"|HKD|NZD|AED|dirhams?|JPY|yen|IDR|rupiah|ZAR|rand|NGN|naira"
    rf"|KES|UGX|TZS|GHS|PKR|LKR|BDT|EGP|SAR|QAR|CHF)(?![A-Za-z])"
    rf"|\s?(?P<c4>[$€£¥₹₱])(?!\s?\d))?",  # ("6$ per hour", "42.000 €": a sign written after its amount)
    re.IGNORECASE,
)
#: a period written right after a figure ("$42,830/year ($20.59/hour)"): it beats the sentence's others
_ADJACENT_PERIOD = re.compile(
    r"\s*(?:/\s*|per\s+|an?\s+|each\s+)(?P<p>year|yr|annum|month|mo|week|wk|day|hour|hr)\b|\s*(?P<pa>p\.\s?a\.)"
    r"|\s*(?:/\s*|p/?)(?P<ph>h)\b"  # "$16.00/h", "£12.50 p/h", "£11 ph"
    # "£38,670 yearly or £18.59 an hour": an adverb of period right after the figure, before no noun ("£4,000 monthly
    # sales" is read by salaries.not-pay)
    r"|\s+(?P<pw>yearly|annually|monthly|weekly|daily|hourly)\b(?=\s*(?:$|[^\w\s]|(?:or|and|in|for|at|on|with|plus)\b))",
    re.I,
)
_PERIOD_WORDS = {"year": "year", "yr": "year", "annum": "year", "month": "month", "mo": "month", "day": "day",
                 "hour": "hour", "hr": "hour", "week": "week", "wk": "week", "yearly": "year", "annually": "year",
                 "monthly": "month", "weekly": "week", "daily": "day", "hourly": "hour"}
#: the words _BEFORE_MONEY can take (lower case): without one, its match is empty
_BEFORE_WORDS = (*_QUALIFIER.split("|"), "between", *_CODES.lower().split("|"))
_BEFORE_MONEY = re.compile(
    rf"(?:(?P<qual>{_QUALIFIER})\s+)?(?:between\s+)?(?:(?P<c0>{_CODES})\s*)?$", re.IGNORECASE
)
#: a verb of rising in the past before "up to": "went up to £24,000" is the figure reached, no ceiling (but "can go
#: up to" is one)
_RISEN = re.compile(
    r"\b(?:went|gone|rose|risen|moved|jumped|shot|climbed|bumped|increased|raised|crept|edged|stepped)\s+$",
    re.I,
)
#: how far after a figure read with an hour, day or week period a small signed figure naming none takes it
_SHORT_PERIOD_REACH = 300
#: a sentence whose subject is sectors, industries or places, whose figures are their averages, not a post's pay:
#: "Other sectors, such as automotive, offered ...", "Cities like Pune pay ..."
_PLACES_SUBJECT = re.compile(
    r"\W*(?:(?:other|most|some|many|all|the|these|those|several|top|leading)\s+)?(?:[\w-]+\s+)?"
    r"(?:sectors|industries|cities|regions|states|countries|provinces|districts)\b",
    re.I,
)
#: a field of work whose pay moved, opening its sentence ("Manufacturing and production salaries edged down to X",
#: "Hospitality, leisure and travel average earnings fell to X"): a sector's pay, no post's
_FIELD_PAY_SUBJECT = re.compile(
    r"\W*(?P<field>(?!(?i:the|their|its|our|your|my|his|her|these|those|such|average|annual|starting|base|basic"
    r"|typical|median|mean|monthly|hourly|weekly|yearly|top|total|gross|net|entry|new|higher|lower|real)\b)"
    r"[A-Za-z][\w&-]*(?:,?\s+(?:and\s+|&\s+)?(?!(?:average|mean|median|typical)\b)[a-z][\w&-]*){0,4}),?\s+"
    r"(?:(?:average|mean|median|typical)\s+)?(?:salaries|earnings|wages|pay)\s+(?:have\s+|has\s+)?"
    r"(?:rose|risen|fell|fallen|edged|grew|grown|dropped|increased|decreased|climbed|slipped|jumped|declined|dipped"
    r"|went|averaged|stood|reached|hit)\b"
)


def _field_pay(r: _Reader, text: str, carry: list[Mention]) -> bool:
    """Whether the sentence opens with a field of work whose pay moved (:data:`_FIELD_PAY_SUBJECT`), naming no word
    of a post the page names nor of one its figure would be carried to ("Welder salaries rose to ..." is the
    welder's)."""
    match = _FIELD_PAY_SUBJECT.match(text)
    if match is None:
        return False
    words = {w.rstrip("s") for w in re.findall(r"\w+", match.group("field").lower())}
    names = [m.name for m in carry] + [
        str(data["name"]) for data in r.facts.nodes.values() if data["label"] is _ROLE
    ]
    return not any(w.rstrip("s") in words for name in names for w in name.lower().split())


#: people named by no post, then "who": the figure after them in their sentence is their pay, no post's ("I have
#: friends who are making $60,000", "neighbours who earn twice that")
_OTHERS_WHO = re.compile(
    r"\b(?:friends|people|others|relatives|neighbou?rs|classmates|peers|parents|cousins|siblings)\s+who\b", re.I
)
#: the label of an identifier right before a number: "ID 3212", "Ref. No. 4521", "code: 1492"
_ID_BEFORE = re.compile(r"\b(?:ID|No\.?|Nos?\.|[Cc]ode|Ref\.?|#)\s*:?\s*$")
#: a negation before "less than" / "more than" that turns the bound: "no less than X" is a floor
_NEGATED = re.compile(r"\b(?:no|not)\s+$", re.I)


def _label_line_period(r: _Reader, start: int, end: int) -> str | None:
    """The hour, day or week the line right above names when the figure from ``start`` to ``end`` stands alone on its
    line and that line is a short label of pay ("Weekly Earnings" over "$1,286"); None otherwise."""
    line = r.line
    assert line is not None
    if r.text[line.content : start].strip() or r.text[end : line.end].strip() or line.start < 2:
        return None
    above_end = line.start - 1
    above = r.text.rfind("\n", 0, above_end) + 1
    label = r.text[above:above_end]
    if not label.strip() or len(label.split()) > 4 or not _PAY_WORDS.search(label):
        return None
    period = _named_period(label)
    return period if period in {"hour", "day", "week"} else None  # (a month or a year is read as before)


#: a share of earners at one end before a bound: "the lowest 10 percent earned less than X" states a percentile
_PERCENTILE = re.compile(
    r"\b(?:lowest|bottom|highest|top|lowest-paid|highest-paid)\s+\d{1,2}\s*(?:%|percent|per\s+cent)\b[^,;.]{0,30}$",
    re.I,
)
#: the words that make a bound near its figure: "just over", "slightly under", "a little more than"
_JUST = re.compile(r"\b(?:just|slightly|a\s+little|a\s+bit)\s+$", re.I)
#: what follows a number that makes it a count or a span, not money ("6,000 members", "2 years"; not "monthly"),
#: or a sum too large to be anyone's pay ("$1,618 billion")
_COUNT_AFTER = re.compile(
    r"\s*(?:%|(?:years?|months?|days?|hours?|times?|people|members?|persons?|million|billion|trillion|bn)\b)", re.I
)
#: the multiplier a range writes once, after its second figure ("18-25 LPA", "4.2 - 5.5 lakh", "40-50 thousand")
_SCALE_WORD = re.compile(r"(?:[kK]|万|千|\s?(?:lakhs?|lacs?|LPA|crores?|L)|\s(?:thousand))$")
#: what after a figure makes it a minimum only: "$45,000+", "£90K or more", "12,000 yuan a month or above"
_OPEN_AFTER = re.compile(
    r"\+|(?:\s*(?:/\s*|per\s+|an?\s+)(?:year|month|week|day|hour|annum))?\s+(?:or|and)\s+(?:more|above|over|upwards|higher)\b",
    re.I,
)
#: what follows an amount that makes it a difference between two figures, not pay: "$25-26k less", "£3,000 more"
_DIFFERENCE_AFTER = re.compile(r"\s*(?:less|more|fewer|lower|higher)\b", re.I)
#: what before an amount makes it a difference: "averaged higher earnings by up to $12,000", "rose by £2,000"
_DIFFERENCE_BEFORE = re.compile(
    r"\b(?:higher|lower|more|less|increased?|increases|decreased?|rose|rise[sn]?|grew|grow[sn]?|fell|dropped|cut|raised"
    r"|boosted|outearn\w*)\b[^.;]{0,40}?\bby\s+(?:(?:up\s+to|about|around|roughly|nearly|almost|some|over|as\s+much"
    r"\s+as)\s+)?(?:[A-Z]{3}\s?)?$",
    re.I,
)
#: the Indian way of stating pay: lakhs of rupees, "LPA" (lakhs per annum)
_LAKH = re.compile(r"\b(?:lakhs?|lacs?|LPA)\b", re.I)  # ("₹3.2 Lakhs": any case)
#: a lakh written "L" after its figure: "₹6L", "Rs 3-4.5 L per annum"
_LAKH_L = re.compile(r"\d\s?L(?![A-Za-z'’])")
_CRORE = re.compile(r"\bcrores?\b", re.I)
#: what any amount of 1,000 or more must hold: four digits, a thousands group or a multiplier
#: (one branch: scanned 4 times as fast)
_MAYBE_MONEY = re.compile(r"\d(?:\d{3}|[,. \u00a0\u202f]\d{3}|[kK万千]| thousand)")
_SALARY_WORDS = re.compile(
    r"\b(?:salary|salaries|pay|paid|wage|wages|income|earn|earns|earned|earning|earnings|take[\s-]home|stipends?"
    r"|compensation|yuan)\b",
    re.I,
)
#: "a year" or "a month" after a word of a span of time ("After a year, agents ...", "within a month", "a year
#: later") is how long, not a figure's period
_SPAN_BEFORE = r"(?<!after\s)(?<!within\s)(?<!for\s)(?<!than\s)(?<!once\s)(?<!half\s)(?<!over\s)"
_SPAN_AFTER = r"(?!\s+(?:later|ago|or\s+(?:two|so)|and\s+a\s+half)\b)"
_YEAR_PERIOD = re.compile(
    rf"\b(?:(?:per|each|every)\s+(?:year|yr)\b|{_SPAN_BEFORE}a\s+(?:year|yr)\b{_SPAN_AFTER})"
    r"|\bannual(?:ly)?\b|\byearly\b|/\s*(?:yr|year|annum)\b|\bper\s+annum\b"
    r"|\bp\.\s?a\.|\bLPA\b|年薪",
    re.I,
)
_DAY_PERIOD = re.compile(r"\bday\s+rates?\b|\b(?:a|per|each)\s+day\b|\bdaily\b|/\s*day\b", re.I)
_HOUR_PERIOD = re.compile(r"\b(?:an|a|per|each)\s+hour\b|\bhourly\b|/\s*(?:hr|hour|h)\b|\d\s?p/?h\b", re.I)
_WEEK_PERIOD = re.compile(r"\b(?:a|per|each)\s+week\b|\bweekly\b|/\s*(?:wk|week)\b|\d\s?p/?w\b", re.I)  # "£450pw"
_SIGNED = re.compile(rf"[$¥￥€£₹₱]\s?\d|\d\s?[$€£¥₹₱]|\bRM\s?\d|\b(?:{_CODES})\s?\d|\d\s?(?:{_CODES})\b")
#: the codes :data:`_SIGNED` reads (substring tests first)
_CODE_NAMES = tuple(_CODES.split("|"))


def _may_be_signed(text: str) -> bool:
    """Whether ``text`` holds a mark that :data:`_SIGNED` needs (substring tests: the pattern scans slowly)."""
    # (the signs other than "$" are not ASCII: an ASCII text, known at once, holds none of them)
    return (
        "$" in text
        or "RM" in text
        or (not text.isascii() and any(map(text.__contains__, "¥￥€£₹₱")))
        or (_DIGIT.search(text) is not None and any(map(text.__contains__, _CODE_NAMES)))
    )


_DIGIT = re.compile(r"\d")


def _sent_decimal(sent: _Sent) -> bool:
    """Whether a sentence holds a decimal digit (``_DIGIT``), searched once: the figures of pay, the statistics and
    the dated steps a sentence may state are all written in digits, and several gates ask."""
    if sent.decimal is None:
        sent.decimal = _DIGIT.search(sent.text) is not None
    return sent.decimal


def _sent_has_digit(sent: _Sent) -> bool:
    """:func:`_has_digit` of a sentence's text (its decimal digits searched once, see :func:`_sent_decimal`)."""
    return _sent_decimal(sent) or (not sent.text.isascii() and any(map(str.isdigit, sent.text)))


def _has_digit(text: str) -> bool:
    """Whether a character of ``text`` is a digit (``str.isdigit``: superscripts too), without a walk in Python.

    A decimal digit is found by a regex search; the digits it misses ("²", "①") are none of them ASCII.
    """
    return _DIGIT.search(text) is not None or (not text.isascii() and any(map(str.isdigit, text)))


def _finditer_at(pattern: re.Pattern[str], starts: tuple[str, ...], text: str) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text)`` for a case-blind pattern each of whose matches starts with one of ``starts`` (lower
    case, none the start of another): matched only where ``text`` in lower case has one, in place of a scan that
    tries the pattern at every character. (Scanned as before where the lower case is not letter for letter, or the
    text holds a letter the pattern reads as "i" or "s".)

    >>> [m.span() for m in _finditer_at(re.compile(r"\\bjobs?\\b", re.I), ("job",), "Jobs, jobless job")]
    [(0, 4), (14, 17)]
    """
    lowered = text.lower()
    if len(lowered) != len(text) or (not text.isascii() and any(map(text.__contains__, CASELESS_KIN))):
        yield from pattern.finditer(text)
        return
    end = 0
    for at in sorted(_starts_of(lowered, starts)):
        if at < end:
            continue  # (inside the match before: a scan goes on after it)
        found = pattern.match(text, at)
        if found is not None:
            end = found.end()
            yield found


def _may_hold(text: str, words: tuple[str, ...]) -> bool:
    """Whether a case-blind pattern each of whose matches holds one of ``words`` (lower case) may match ``text``: one
    of them is in its lower case, or that is not letter for letter, or the text holds a letter the pattern reads as
    "i" or "s" (then the pattern is asked). A gate in front of a pattern that scans slowly.

    >>> _may_hold("Moving INTO retail", ("into",)), _may_hold("Moving on", ("into",)), _may_hold("ınto", ("into",))
    (True, False, True)
    """
    lowered = text.lower()
    if len(lowered) != len(text) or (not text.isascii() and any(map(text.__contains__, CASELESS_KIN))):
        return True
    return any(map(lowered.__contains__, words))  # (no generator: a frame per call costs more than the tests)


def _starts_of(lowered: str, words: Iterable[str]) -> set[int]:
    """Where any of ``words`` starts in ``lowered``.

    >>> sorted(_starts_of("a job, two jobs", ("job", "two")))
    [2, 7, 11]
    """
    found = set()
    for word in filter(lowered.__contains__, words):  # (most are not in the text: those are passed over in C)
        at = lowered.find(word)
        while at >= 0:
            found.add(at)
            at = lowered.find(word, at + 1)
    return found


def _before_money(text: str, lowered: str, lo: int, hi: int) -> re.Match[str] | None:
    """``_BEFORE_MONEY.search(text, lo, hi)``, tried only where one of its words starts in ``lowered`` (``text`` in
    lower case), then at the end, where its match is empty: every part of the pattern is optional, so a search
    tries each of its words at every character. (Searched as before where ``lowered`` is not letter for letter, or
    the text holds a letter the pattern reads as "i" or "s".)

    >>> text = "pays between USD 3,000"
    >>> _before_money(text, text.lower(), 0, 17).group(), _before_money(text, text.lower(), 0, 5).span()
    ('between USD ', (5, 5))
    """
    if len(lowered) != len(text) or (not text.isascii() and any(kin in text[lo:hi] for kin in CASELESS_KIN)):
        return _BEFORE_MONEY.search(text, lo, hi)
    for at in sorted(_starts_of(lowered[lo:hi], _BEFORE_WORDS)):
        found = _BEFORE_MONEY.match(text, lo + at, hi)
        if found is not None:
            return found
    return _BEFORE_MONEY.search(text, max(lo, hi - 1), hi)  # (empty: at the end, or before a line break ending it)


_MONTH_PERIOD = re.compile(
    rf"\b(?:(?:per|each|every)\s+month\b|{_SPAN_BEFORE}a\s+month\b{_SPAN_AFTER})|\bmonthly\b|/\s*(?:mo|month)\b|月薪",
    re.I,
)
#: the periods a sentence may name, and how
_SENTENCE_PERIODS = (
    ("hour", _HOUR_PERIOD), ("day", _DAY_PERIOD), ("week", _WEEK_PERIOD), ("month", _MONTH_PERIOD),
    ("year", _YEAR_PERIOD),
)
_WORD_NUMBERS = {
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "fifteen": 15,
    "eighteen": 18,
    "twenty": 20,
    "half a": 0.5,
    "a couple of": 2,
    "a": 1,
}
_N = (
    r"(\d+(?:\.\d+)?|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|eighteen|twenty)"
    r"(?:\s+and\s+a\s+half)?|half a|a couple of|a(?:\s+and\s+a\s+half)?)"
)
# "3 to 5 years", "2 years", "a year", "one-year": one pattern (an alternation of three was 2-3 times slower)
# ("2 yrs", "3-5yrs": the abbreviation too, after a digit with or without a space)
_DURATION = re.compile(rf"\b{_N}\+?(?:\s*(?:-|–|to|or)\s*{_N})?(?:\s+|-|(?<=\d))(?:years?|yrs?)\b", re.I)
_MONTHS = re.compile(rf"\b{_N}(?:\s*(?:-|–|to|or)\s*{_N})?(?:\s+|-)months?\b", re.I)
_AND_A_HALF = re.compile(r"\s+and\s+a\s+half\b", re.I)
#: "six months to a year": months, then years
_MONTHS_TO_YEARS = re.compile(rf"\b{_N}(?:\s+|-)months?\s*(?:-|–|to|or)\s*{_N}(?:\s+|-)years?\b", re.I)
#: "a year or two": the second number's unit left out
_YEAR_OR = re.compile(
    rf"\b{_N}(?:\s+|-)years?\s+(?:or|to)\s+{_N}\b(?!\s*(?:-|–)?\s*(?:years?|months?|weeks?|days?)\b)", re.I
)


class Mention(TupleRecord):
    """A role, skill or job group named in the text (char offsets into the document).

    It behaves as the named tuple of its fields it once was (equality, hash, order, iteration, ``_replace``): a
    :class:`TupleRecord`, whose fields are slots, as the rules read mentions' fields millions of times.
    """

    __slots__ = ("end", "i", "j", "key", "known", "label", "name", "rule", "start")
    #: the fields in the order of the named tuple (its iteration, order and hash)
    _fields = ("label", "key", "name", "known", "start", "end", "i", "j", "rule")

    def __init__(
        self, label: Label, key: str, name: str, known: bool, start: int, end: int, i: int, j: int,
        rule: str | None = None,
    ) -> None:
        self.label = label
        self.key = key
        self.name = name
        self.known = known
        self.start = start
        self.end = end
        self.i = i  # first token (in its block doc)
        self.j = j  # end token (exclusive)
        #: the rule that named it, when neither mentions.vocabulary nor mentions.titles did
        self.rule = rule

    def _tuple(self) -> tuple[Any, ...]:
        return (self.label, self.key, self.name, self.known, self.start, self.end, self.i, self.j, self.rule)

    def _replace(self, **changes: Any) -> Mention:
        fields = dict(zip(self._fields, self._tuple(), strict=True))
        fields.update(changes)
        return Mention(**fields)


@dataclass
class DocumentFacts:
    """Everything read from one document; keys are node keys, evidence is ``{doc, start, end, quote}``."""

    doc: str
    nodes: dict[str, dict[str, Any]] = field(default_factory=dict)
    transitions: dict[tuple[str, str], dict[str, Any]] = field(default_factory=dict)
    requires: dict[tuple[str, str], dict[str, Any]] = field(default_factory=dict)
    in_group: dict[tuple[str, str], list[dict[str, Any]]] = field(default_factory=dict)
    handoffs: dict[tuple[str, str], list[dict[str, Any]]] = field(default_factory=dict)
    salaries: list[dict[str, Any]] = field(default_factory=list)


_LIST_MARK = re.compile(r"\s*(?:[-*•·–]|\d{1,2}[.)])\s")


def _cut_off_at(text: str) -> int | None:
    """Where the last word starts of a page cut off mid-sentence (its last line a run of six words or more
    that ends in a lower-case word, with no stop), else None: that word may be unfinished ("... involve playin").

    Examples
    --------
    >>> text = "# Porter\\n\\nPorters carry bags. The senior porters are often asked to trai\\n"
    >>> text[_cut_off_at(text):].strip()
    'trai'
    >>> _cut_off_at("Porters carry bags.\\n"), _cut_off_at("Skills\\n- Lifting")
    (None, None)
    >>> text = "Skills\\n- Knowledge of booking tools such as Sage, Xero, o"
    >>> text[_cut_off_at(text):]
    'o'
    """
    tail = text.rstrip()
    line = tail[tail.rfind("\n") + 1 :]
    if not tail[-1:].isalnum() or len(line.split()) < 6 or not line.split()[-1][:1].islower():
        return None  # (a word in capitals, "Fluent written German", is whole: a list that lost its breaks)
    last = tail.split()[-1]
    if _LIST_MARK.match(line) and not tail[: len(tail) - len(last)].rstrip().endswith(","):
        # a list item needs no stop: "- Count the floats and file reports" (but one cut in a series after a comma,
        # "- Knowledge of tools such as Sage, Xero, o", is cut off)
        return None
    return len(tail) - len(last)


class _Reader:
    """State for one document: its text, the facts found so far and the currency/period last stated."""

    # (slots: the rules read and set the reader's fields many thousands of times a document, and an instance
    # dict of this many keys is no longer the shared-key kind the interpreter reads fastest)
    __slots__ = (
        "_spans", "acronyms", "ad_title", "answering", "asked", "asked_listed", "bare_rows", "block", "breaks",
        "bylines", "chart_range", "counts_rungs", "currency", "cut_at", "dash_run", "dated", "disabled", "doc_aliases",
        "duties_at", "duty_line", "duty_list", "entrants", "expansions", "facts", "field_move", "first_named",
        "group_duties", "heading_rungs", "heads", "heads_read", "important_for", "in_list", "kind_lists", "label_line",
        "ladder", "ladder_page", "ladder_sections", "last_sources", "learned", "level", "level_bare", "level_below",
        "level_line", "level_open", "level_pending", "level_posts", "level_rank", "level_start", "level_titles",
        "levels", "line", "line_range_top", "line_role", "list_lines", "list_marked", "list_role", "md_headings",
        "measure_field", "move_sources", "named_before", "needs_role", "next_roles", "numbered_section", "opened",
        "opener",
        "page_currency", "page_dollar", "paid_carried", "paid_group", "paid_last", "paid_role", "pay_heading", "period",
        "plain", "position", "post_years", "question", "rand_page", "reader_post", "recent_role", "referred",
        "role_heads", "rule", "run_on", "rung_last", "rung_open", "rungs", "section", "section_group",
        "section_heading", "section_role", "sentence_index", "short_period", "sole_currency", "source", "spent",
        "stage", "stage_at", "stage_block", "started_end", "step_item", "step_role", "subject", "table", "text", "tier",
        "title_headings", "title_items", "told", "told_current", "told_first", "told_held", "told_moved_at",
        "told_pending", "told_person", "told_sourceless", "told_years", "top", "tracks", "unowned", "vocab",
    )

    def __init__(self, vocab: Vocabulary, doc_name: str, text: str, disabled: frozenset[str] = frozenset()) -> None:
        self.vocab = vocab
        #: the text as written (what quotes are cut from) and the text the rules read: the same but for the
        #: hyphens some pages type as other characters ("E\u2011commerce", a non-breaking hyphen), read as "-"
        self.source = text
        self.text = _plain_hyphens(text) if "structure.hyphens" not in disabled else text
        #: where the unfinished last word of a page cut off mid-sentence starts (see _cut_off_at)
        self.cut_at = _cut_off_at(text)
        self.facts = DocumentFacts(doc_name)
        #: the rule running now (named in the evidence it records) and the rules switched off
        self.rule = "mentions.vocabulary"
        self.disabled = disabled
        #: the role the page is about (its title, first heading, "As our X, you ...")
        self.subject: Mention | None = None
        #: the line last read for a job ad's title, and the title it writes whole (see _ad_title)
        self.ad_title: tuple[int, tuple[int, int, int, str] | None] | None = None
        #: the line last asked for a title label, and where its title starts (see _title_label_end)
        self.label_line: tuple[int, int | None] | None = None
        #: the titles capitalised words open in this document ("Corp" -> "Corp agent"; see _clipped_titles)
        self.expansions: dict[str, str | None] = {}
        #: the open section: what the heading above says its lines are (see text_structure.section_of)
        self.section: str | None = None
        self.section_heading: tuple[int, int] = (0, 0)
        #: the table being read: (title column, years column, the last row's role and years)
        self.table: _Table | None = None
        #: the level lines read so far in this run ("Level 1: ...", "Level 2: ...")
        self.levels: list[tuple[int, list[Mention], tuple[float, float] | None, int]] = []
        #: whether the lines read now are the list under the open section's heading
        self.in_list = False
        #: whether that list has had a bulleted or numbered item (then an unmarked line ends it)
        self.list_marked = False
        #: the open list's items are lines without bullets, each one sentence (see _unmarked_item)
        self.list_lines = False
        #: the items (character spans) of a requirements list whose line breaks were lost (structure.run-on-items)
        self.run_on: list[tuple[int, int]] = []
        #: whether those items were a list written inline after a colon, apart by dashes (structure.dash-items)
        self.dash_run = False
        #: whether an item of that list opened with a verb of duty: then its other items are duties too
        #: ("Process orders" after "Resolve complaints" is a verb and its object)
        self.duty_list = False
        #: the role the open list is about, when a sentence rather than a heading opened it
        self.list_role: Mention | None = None
        #: where the document's lines break (see text_structure.line_breaks), found on first use
        self.breaks: list[int] | None = None
        self.line: Line | None = None  # the line read last
        #: abbreviations the document defines for titles (lower case): "csm"
        self.acronyms: frozenset[str] = frozenset()
        #: the page's author line: the label's span ("Writer:") and the names it gives ("Claire Roper")
        self.bylines: tuple[frozenset[int], frozenset[str]] | None = None
        #: the currency and period the document last stated (a figure without them takes these)
        self.currency: str | None = None
        self.period: str | None = None
        #: where the last salary heading naming a currency ends ("Annual Salary (US, USD)"); -1: none yet
        self.pay_heading = -1
        #: the periods a table written without bars names for its figure columns, by the row's start (see _bare_row)
        self.bare_rows: dict[int, _BareColumns | None] = {}
        #: the last hour, day or week period a figure of pay was read with: (period, where it ends, paragraph)
        self.short_period: tuple[str, int, int] | None = None
        #: the last range of pay read alone on its line: (low, high, where it ends), whose chart's labels may follow
        self.chart_range: tuple[float, float, int] | None = None
        #: where the top of a range written over three lines starts ("£18,000 Starter", "to", "£30,000 Experienced"),
        #: read with its bottom already: no figure of its own
        self.line_range_top = -1
        self.section_role: Mention | None = None
        #: the roles moves read so far start from, by key (the first mention of each)
        self.move_sources: dict[str, Mention] = {}
        self.section_group: Mention | None = None
        #: the subject the requirements.subject rule chose for the sentence read now
        self.referred: Mention | None = None
        #: the role of the requirements section (or question) that the line read now closed, if any
        self.needs_role: Mention | None = None
        #: where the last line asking what a role needs ends ("What does a host need?"), -1: none; its answer is next
        self.asked = -1
        #: the line read now answers that question (structure.answers)
        self.answering = False
        self._spans: dict[str, set[tuple[int, int]]] = {}
        self.heads: dict[str, Entry] = {}
        self.group_duties: list[tuple[str, _Sent, int, list[Mention | Entry], int]] = []
        self.kind_lists: list[_KindList] = []
        self.sentence_index = 0
        #: the sentence whose duties were linked last (its index) and the roles they were linked to
        self.duties_at: tuple[int, list[Mention | Entry]] | None = None
        self.block = 0  # paragraphs read so far
        self.doc_aliases: dict[str, Mention] = {}
        # one-word titles read from a ladder or list of grades ("picker, pick team leader, ..."): norm -> role
        self.learned: dict[tuple[str, ...], Entry] = {}
        # the steps of the ladder read last, without a duration, and its sentence's index
        self.ladder: tuple[list[tuple[Mention, Mention]], int] | None = None
        # entrants said to start at the bottom, and their sentence's index (transitions.entry-rung)
        self.entrants: tuple[Mention, int] | None = None
        #: where the career told in the open paragraph stands: the role(s) last started in or moved to
        self.position: list[Mention] = []
        #: the posts of the stage a career article describes now ("entry-level titles include A and B"), kept across
        #: paragraphs, and the index of the sentence that set them (transitions.stages)
        self.stage: list[Mention] = []
        self.stage_at = 0
        self.stage_block = 0  # (the paragraph of the sentence that set the stage)
        #: whether a numbered title alone on its line ("2. Digital Marketing Manager") set the section's role
        self.numbered_section = False
        #: where the last heading naming a measure of skill ends ("Skill Level"; structure.ad-fields), -1: none
        self.measure_field = -1
        #: level roles named with their codes ("L2 support engineer") -> the bare title's key (structure.numbered-ranks)
        self.level_bare: dict[str, str] = {}
        #: the end of the last sentence that spoke of a first post ("most professionals start in junior roles")
        self.started_end = -1
        #: the list under a career-path heading being read: its last rung and that rung's years
        self.rungs: _Rungs | None = None
        #: the titles of a list of titles alone read so far (structure.list-ladder: a ladder heading may follow it)
        self.title_items: list[Mention] = []
        #: a move into a field told in the sentence just read: (from whom, the field's word, that sentence's index)
        self.field_move: tuple[list[Mention], str, int] | None = None
        #: lines still to read after "... can consider the following job titles" (structure.next-roles)
        self.next_roles = 0
        #: a level block is open ("ENTRY LEVEL", "Level 2: Intermediate"): the titles its "Job titles:" line
        #: lists, and where that line starts (structure.level-blocks)
        self.level_open = False
        self.level_titles: list[Mention] = []
        #: the posts a "Level N: A or B (years)" line offers as alternatives: the lines under it are both posts'
        self.level_posts: list[Mention] = []
        #: the one post a how-to's step told as an instruction names ("Step 1: Master the Porter Role")
        self.step_role: Mention | None = None
        #: the item of such a step's list whose label names its need (its later sentences are not read)
        self.step_item = -1
        self.level_line = -1
        self.level_start = 0
        self.level_rank = 0  # the "#" count of a Markdown level heading (0: none)
        #: the role that opened the sentence before the one read now ("The team leader runs ... They are ...")
        self.opener: Mention | None = None
        #: the role named last, a sentence or two before the one read now ("They ..." may stand for it)
        self.recent_role: Mention | None = None
        #: the role a sentence "It is important for X to ..." named, and its index (requirements.important-to)
        self.important_for: tuple[Mention, int] | None = None
        #: requirements read in the open level block before its titles: (link arguments, rule), linked once
        #: the titles are known (or to their own roles when the block names none)
        self.level_pending: list[tuple[tuple[Any, ...], str]] = []
        #: the level being read of a ladder whose levels list several titles, and the level below it
        self.level: _Level | None = None
        self.level_below: _Level | None = None
        #: the last rung read with its years ("Coordinator (0-4 years)"), and a role heading whose years are to come
        self.rung_last: tuple[Mention, tuple[float, float], int, int] | None = None
        self.rung_open: tuple[Mention, int, int] | None = None
        #: the role the line read now opens with as its label ("Sous Chef (K3): ...") and where that line starts
        self.line_role: tuple[Mention, int] | None = None
        #: where the line starts whose first sentence was a duty in the imperative (requirements.imperative)
        self.duty_line = -1
        #: the currency of the country the page names first ("": none; None: not looked for yet)
        self.page_currency: str | None = None
        #: the dollars of the country the page's top names when it never names the US ("": none; None: not asked)
        self.page_dollar: str | None = None
        #: the roles the last sentence naming any named, and its index ("A, B and C ... These positions pay X")
        self.named_before: tuple[list[Mention], int] = ([], -1)
        #: whether the page is about South Africa, where "R3 000" is rands (looked for once)
        self.rand_page: bool | None = None
        #: the one currency the page states its figures in ("": none or several; None: not looked for yet)
        self.sole_currency: str | None = None
        #: the role a figure was given to by what its sentence says of pay (salaries.for-post), and that sentence's
        #: index: the figures of the next sentence or two that name no role are its too
        self.paid_role: tuple[Mention, int] | None = None
        #: the roles named together that a figure was last given to ("retail assistants and cashiers earn X"), and
        #: that sentence's index (salaries.group-carried)
        self.paid_group: tuple[list[Mention], int] | None = None
        #: the roles the last figure was given to and that sentence's index (salaries.paid-before)
        self.paid_last: tuple[list[Mention], int] | None = None
        #: whether the sentence read carries the role paid in the sentence before (salaries.paid-before)
        self.paid_carried = False
        #: figures of pay read where no role was named or carried (salaries.page-topic)
        self.unowned: list[tuple[_Sent, int, _Figure]] = []
        #: whether the page's top says it shows a ladder (None: not asked yet), and the last rung its headings named
        #: (structure.heading-ladder)
        self.ladder_page: bool | None = None
        self.heading_rungs: list[tuple[Mention, int, int, int | None]] = []
        #: rung headings under a Markdown heading naming a ladder further down the page: rung start -> that heading's
        #: start (structure.heading-ladder)
        self.ladder_sections: dict[int, int] = {}
        self.md_headings: list[tuple[int, int, bool]] | None = None
        #: headings that are a role's title and nothing else (structure.rank-words)
        self.title_headings: list[tuple[Mention, int, int]] = []
        #: runs of lines that each date one post ("2014 – Shift Supervisor", "Barista, Bean Co (2012-2014)"): the
        #: year, the post and the line's span, by run (structure.dated-lines)
        self.dated: list[list[tuple[int, Mention, int, int]]] = []
        #: role key -> the calendar year a career told of a person first dates that post at (transitions.dated-story)
        self.post_years: dict[str, int] = {}
        #: after "X can progress into specialised tracks", the role that moves, where that was said, how far it reaches
        self.tracks: tuple[Mention, int, int] | None = None
        #: a career told of one person across the document (transitions.told): the post they hold, how long
        #: they held it (years), the first post told, the person ("i", "he", "she"; "" for a named person)
        #: and a move told before any post ("I've stepped up to B"), which the last post told leads to
        self.told: Mention | None = None
        self.told_years: tuple[float, float] | None = None
        self.told_first: Mention | None = None
        self.told_person: str | None = None
        #: whether the post told last was told as held ("I was a picker"), not as reached by a move
        self.told_held = False
        self.told_pending: tuple[Mention, _Sent, int] | None = None
        #: the post a question asked where it leads, and the question's sentence index (transitions.asked)
        self.question: tuple[Mention, int] | None = None
        #: whether the answer to the question is a list read item by item (transitions.asked-list)
        self.asked_listed = False
        #: the index of the sentence whose move reached the post told last (a post worked as in the next sentence
        #: follows it: "From there, I became a cheesemonger. I worked as a closing manager")
        self.told_moved_at = -2
        #: the first post the narrator told, told as held now ("I'm now a manager"), with its sentence: a career
        #: start told after it ("I began as a porter") leads up to it
        self.told_current: tuple[Mention, _Sent, int] | None = None
        #: where the last move read by a verb started, its kind and its sentence's index: "This could include
        #: positions like C" a sentence or two later adds posts that move reaches (transitions.more-posts)
        self.last_sources: tuple[list[Mention], TransitionKind, int] | None = None
        #: a post said to open ("A supervisor position opens up") and its sentence's index: the person told of
        #: "gets the position" a sentence or two later moves to it (transitions.post-opened)
        self.opened: tuple[Mention, int] | None = None
        #: the post the page says its reader holds ("if you're currently a buyer", "you've been working as a
        #: picker"): a move of the reader's that no rung starts ("you can become B") starts there
        self.reader_post: Mention | None = None
        #: posts the reader is told to spend a time in, read on a page whose role was not known then
        #: (transitions.spent-years): each one's mentions, years and evidence, for the page's role found at the end
        self.spent: list[tuple[list[Mention], tuple[float | None, float], dict[str, Any]]] = []
        #: whether the last move told had no post to start from ("X has named Costa as its director")
        self.told_sourceless = False
        #: the tier of a hierarchy told in prose read last (transitions.tiers): its roles and its sentence's index
        self.tier: tuple[list[Mention], int] | None = None
        #: whether the page may count its levels anywhere ("four levels"): else no line is searched for a count
        self.counts_rungs = _may_count_rungs(text)
        #: each role's first mention, by key (structure.salient-subject seeds a second reading with one)
        self.first_named: dict[str, Mention] = {}
        #: the span of the page's first line that has words, in the text as read (see _first_line)
        self.top = (0, 0)
        #: the page's text as the rules read it (structure.salient-subject looks at its opening lines)
        self.plain = ""
        #: the keys of the roles read so far by their names' last words, in the order read, and how many nodes of
        #: the facts that index has read (see _role_by_head: nodes are only added while the page is read)
        self.role_heads: dict[str, list[str]] = {}
        self.heads_read = 0

    def run(self, rule_id: str, read: Any, *args: Any) -> Any:
        """Run one registered rule (unless switched off); what it records names it. Returns its result or None."""
        if rule_id in self.disabled:
            return None
        assert rule_id in RULES, rule_id
        outer, self.rule = self.rule, rule_id
        try:
            return read(*args)
        finally:
            self.rule = outer

    # --- evidence -------------------------------------------------------------

    def evidence(self, start: int, end: int) -> dict[str, Any]:
        text = self.source
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        return {"doc": self.facts.doc, "start": start, "end": end, "quote": text[start:end], "rule": self.rule}

    def sentence_evidence(self, sent: _Sent, offset: int, first: int, last: int) -> dict[str, Any]:
        """The sentence, or when it is long the part from char ``first`` to ``last`` widened to clause marks."""
        start, end = offset + sent.start_char, offset + sent.end_char
        if end - start > _MAX_QUOTE:
            # the facts' own span, kept inside the sentence (a role may be named in an earlier one)
            first, last = min(max(first, start), end), min(max(last, start), end)
            first, last = min(first, last), max(first, last)
            left, right = first, last
            while left > start and left > first - 80 and self.text[left - 1] not in ",;，；、。:：":
                left -= 1
            while right < end and right < last + 80 and self.text[right] not in ",;，；。.:：":
                right += 1
            start, end = left, right
        return self.evidence(start, end)

    # --- recording facts -----------------------------------------------------

    def node(self, mention: Mention | Entry, evidence: dict[str, Any] | None, *, known: bool = True) -> str:
        key = mention.key
        record = self.facts.nodes.get(key)
        if record is None:
            record = {"label": mention.label, "name": mention.name, "known": getattr(mention, "known", known)}
            record["evidence"] = []
            self.facts.nodes[key] = record
            self._spans[key] = set()
        if evidence is not None:
            span = (evidence["start"], evidence["end"])
            if span not in self._spans[key]:  # a set: a role may be named hundreds of times
                self._spans[key].add(span)
                record["evidence"].append(evidence)
        return key

    def mentioned(self, mention: Mention) -> None:
        """Record where a role or group is named (a mention never starts or ends with a space)."""
        if mention.key not in self.first_named:
            self.first_named[mention.key] = mention
        quote = self.source[mention.start : mention.end]
        key = self.node(
            mention,
            {
                "doc": self.facts.doc,
                "start": mention.start,
                "end": mention.end,
                "quote": quote,
                "rule": mention.rule or ("mentions.vocabulary" if mention.known else "mentions.titles"),
            },
        )
        if mention.label is _ROLE and _short_rank(quote):
            aliases = self.facts.nodes[key].setdefault("aliases", [])  # "Sr. Buyer" is a name of the senior buyer
            if quote not in aliases:
                aliases.append(quote)
        if mention.rule == "mentions.post-phrases":
            # the post as the page writes it, with its word for posts: "quality control positions"
            written = _POST_WORD_AFTER.match(self.text, mention.end)
            aliases = self.facts.nodes[key].setdefault("aliases", [])
            if written is not None and quote + written.group() not in aliases:
                aliases.append(quote + written.group())

    def transition(
        self,
        a: Mention | Entry,
        b: Mention | Entry,
        kind: TransitionKind,
        evidence: dict[str, Any],
        years: tuple[float | None, float] | None = None,
    ) -> None:
        if a.key == b.key or a.label is not _ROLE or b.label is not _ROLE:
            return
        if (a.key, b.key) not in self.facts.transitions and "transitions.ladder-span" not in self.disabled and (
            _ladder_span(self, a.key, b.key, evidence.get("quote", ""), years)
        ):
            return  # ("progression from A to D ...": the rungs between, read before)
        self.node(a, None)
        self.node(b, None)
        if isinstance(a, Mention):
            self.move_sources.setdefault(a.key, a)
        record = self.facts.transitions.setdefault((a.key, b.key), {"kind": kind, "evidence": []})
        # the same quote read by a second rule is one piece of evidence (the first rule's)
        if not any((e["start"], e["end"]) == (evidence["start"], evidence["end"]) for e in record["evidence"]):
            record["evidence"].append(evidence)
        if years is not None:  # (a lower bound of None: "within two years" states only the most it takes)
            low, high = record.get("years_min"), record.get("years_max")
            if years[0] is not None:
                record["years_min"] = years[0] if low is None else min(low, years[0])
            record["years_max"] = years[1] if high is None else max(high, years[1])

    def requires(self, role: Mention | Entry, skill: Mention | Entry, importance: int, evidence: dict) -> None:
        if role.label is not _ROLE or skill.label is not _SKILL:
            return
        self.node(role, None)
        self.node(skill, None)
        record = self.facts.requires.setdefault((role.key, skill.key), {"importance": importance, "evidence": []})
        record["importance"] = max(record["importance"], importance)
        if evidence not in record["evidence"]:
            record["evidence"].append(evidence)

    def member(self, role: Mention, group: Mention, evidence: dict[str, Any]) -> None:
        if role.label is not _ROLE or group.label is not _JOB_GROUP:
            return
        self.node(role, None)
        self.node(group, None)
        items = self.facts.in_group.setdefault((role.key, group.key), [])
        if evidence not in items:
            items.append(evidence)


# --- mentions ---------------------------------------------------------------------


def _known_mentions(vocab: Vocabulary, doc: Doc, offset: int) -> list[Mention]:
    assert vocab.matcher is not None
    strings = doc.vocab.strings
    best: dict[tuple[int, int], Entry] = {}
    order = {_ROLE: 0, _JOB_GROUP: 1, _SKILL: 2}
    exact = vocab.exact_words
    norms = _doc_norms(doc)
    words = _words(doc)
    lowers = words.lower
    for match_id, i, j in vocab.matcher(doc):
        if exact and j - i == 1 and norms[i] in exact and lowers[i] not in exact[norms[i]]:
            continue  # "purchase" is not the post "purchasing" names
        entry = vocab.entries[strings[match_id]]
        if j - i == 1 and entry.label is _ROLE and _activity_with_modifier(words, norms, i):
            continue  # "event logistics": the work, not the post named "Logistics"
        held = best.get((i, j))
        if held is None or order[entry.label] < order[held.label]:
            best[(i, j)] = entry
    # "marketing and promotion positions" names the known "marketing promotion position" (both walks below join
    # words before a known role's last word: a vocabulary that knows no role, the default one, skips them)
    norms = _doc_norms(doc)
    lowers = _words(doc).lower
    for k in _positions(lowers, "and") if vocab.role_last_words else ():
        if k == 0:
            continue
        for left in (1, 2):
            for right in (1, 2, 3):
                if k - left < 0 or k + 1 + right > len(doc):
                    continue
                if norms[k + right] not in vocab.role_last_words:
                    continue
                joined = vocab.lookup([*norms[k - left : k], *norms[k + 1 : k + 1 + right]])
                if joined is not None and joined.label is _ROLE:
                    best[(k - left, k + 1 + right)] = joined
    # "an operator on an e-commerce platform" names the known "e-commerce platform operator"
    for k in sorted([*_positions(lowers, "on"), *_positions(lowers, "at")]) if vocab.role_last_words else ():
        if k == 0 or norms[k - 1] not in vocab.role_last_words:
            continue
        lo = k + 1
        while lo < len(doc) and norms[lo] in {"a", "an", "the"}:
            lo += 1
        for width in (4, 3, 2, 1):
            if lo + width > len(doc):
                continue
            joined = vocab.lookup([*norms[lo : lo + width], norms[k - 1]])
            if joined is not None and joined.label is _ROLE:
                best[(k - 1, lo + width)] = joined
                break
    # longest first, then rightmost (the head of an English compound is its last word:
    # "online products operation strategy" is a strategy); a match overlapping a kept one is dropped
    kept: list[tuple[int, int]] = []
    taken: set[int] = set()
    for i, j in sorted(best, key=lambda span: (span[0] - span[1], -span[0])):
        if not taken.intersection(range(i, j)):
            kept.append((i, j))
            taken.update(range(i, j))
    return [_mention(best[(i, j)], doc, i, j, offset, known=True) for i, j in sorted(kept)]


def _activity_with_modifier(words: _Words, norms: list[str], i: int) -> bool:
    """A one-word post named by its field (logistics, procurement), here with a modifier before it.

    "Event logistics" and "cross-border procurement" name the work; a word shaped like a person
    (operator, newcomer) or a job-title head is still the post.
    """
    norm = norms[i]
    if norm.endswith(_AGENT_ENDINGS) or norm in TITLE_HEADS or norm in STANDALONE_TITLES:
        return False
    k = i - 1
    return k >= 0 and words.alpha[k] and words.lower[k] not in STOP_WORDS and norms[k] not in STOP_WORDS


def _positions(values: list[Any], value: Any, start: int = 0) -> list[int]:
    """Where ``value`` stands in ``values`` (from index ``start``), in order (``list.index`` skips the rest in C)."""
    found: list[int] = []
    k = start - 1
    try:
        while True:
            k = values.index(value, k + 1)
            found.append(k)
    except ValueError:
        return found


def _mention(entry: Entry, doc: Doc, i: int, j: int, offset: int, *, known: bool) -> Mention:
    words = _words(doc)
    start, end = words.idx[i], words.idx[j - 1] + words.length[j - 1]
    return Mention(entry.label, entry.key, entry.name, known, offset + start, offset + end, i, j)


def _alone_on_line(doc: Doc, k: int) -> bool:
    """Whether word ``k``, written with a capital, is the only word on its line (markup aside): a heading naming a
    post by one word."""
    words = _words(doc)
    text = doc.user_data["careergraph_text"]
    at, end = words.idx[k], words.idx[k] + words.length[k]
    if not text[at : at + 1].isupper():
        return False
    start = text.rfind("\n", 0, at) + 1
    stop = text.find("\n", end)
    stop = len(text) if stop < 0 else stop
    rest = text[end:stop].strip(" \t*_:")
    # (a qualifier after it is no other word of the heading: "Electrician (Commercial)", "Porter | Night shift")
    return not text[start:at].strip(" \t#*_>") and (not rest or _TITLE_QUALIFIER.fullmatch(rest) is not None)


#: what a heading may add after a post named by one word: a bracketed qualifier or a place after a bar
_TITLE_QUALIFIER = re.compile(r"\([^()\n]{1,40}\)|\|\s*[^|\n]{1,40}")


def _modifier_ok(words: _Words, norms: list[str], k: int) -> bool:
    lower = words.lower[k]
    if not _modifier_word(lower, norms[k], words.alpha[k]):
        return False
    # (most modifiers have no word before them that any test below reads, are no verb of paying and do not end in
    # "s": none of the tests can hold then, and none is asked)
    before = _skip_spaces(words, k - 1, -1)
    if before < 0 or (
        words.lower[before] not in _MODIFIER_CONTEXT and lower not in _PAY_VERBS and not lower.endswith("s")
    ):
        return True
    return (
        not _after_degree_word(words, k)
        and not _after_subject(words, k)
        and not _progressive_verb(words, norms, k)
        and not (words.lower[k] in _PAY_VERBS and _after_plural(words, k))
        and not _after_negated_do(words, k)
        and not _verb_after_post(words, norms, k)
    )


def _progressive_verb(words: _Words, norms: list[str], k: int) -> bool:
    """Whether word ``k`` in "-ing" is the verb of a progressive after a form of "be", its object a title's head in
    the plural within the next four words ("a haulier is recruiting drivers", "was training apprentices"; not "the
    ladder is listing assistant → ...", nor "is a training coordinator")."""
    if not words.lower[k].endswith("ing"):
        return False
    before = _skip_spaces(words, k - 1, -1)
    if before < 0 or words.lower[before] not in _PROGRESSIVE_BE:
        return False
    return any(
        words.lower[t] != norms[t] and norms[t] in TITLE_HEADS for t in range(k + 1, min(k + 5, len(words.lower)))
    )


def _verb_after_post(words: _Words, norms: list[str], k: int) -> bool:
    """Whether word ``k`` is a verb in the third person after a post in the singular, its subject ("the head porter
    comes concierge", "a senior baker turns manager"): an inflected word of four letters or more ending in "s" (not
    "CS") that no O*NET title has as a modifier, right after a title's head word in the singular; no title's
    modifier."""
    lower = words.lower[k]
    if len(lower) < 4 or not lower.endswith("s") or lower == norms[k] or lower.endswith("ss"):
        return False
    before = _skip_spaces(words, k - 1, -1)
    if (
        before >= 2
        and words.lower[before] == ")"
        and words.lower[before - 2] == "("
        and words.alpha[before - 1]
        and len(words.lower[before - 1]) <= 6
    ):
        # "the HR Business Partner (HRBP) advises line managers": the initials a post is named by, then its verb
        return lower not in _title_modifiers()
    return (
        before >= 0
        and norms[before] in TITLE_HEADS
        and words.lower[before] == norms[before]
        and lower not in _title_modifiers()
    )


def _after_negated_do(words: _Words, k: int) -> bool:
    """Whether word ``k`` follows "don't", "doesn't", "didn't" or "do not": a verb ("don't worry, manager"), no
    title's modifier."""
    before = _skip_spaces(words, k - 1, -1)
    if before < 1 or words.lower[before] not in {"n't", "n’t", "not"}:
        return False
    aux = _skip_spaces(words, before - 1, -1)
    return aux >= 0 and words.lower[aux] in {"do", "does", "did"}


#: verbs of paying that a plural subject before them makes verbs ("hospitals paid night nurses $X"), though "paid" is
#: a modifier in a title ("paid search specialist")
_PAY_VERBS = frozenset({"paid", "pay", "offered", "offer"})


def _after_plural(words: _Words, k: int) -> bool:
    """Whether word ``k`` follows a plural noun ("retailers", "hospitals"): a subject, so ``k`` is its verb."""
    before = _skip_spaces(words, k - 1, -1)
    if before < 0 or not words.alpha[before]:
        return False
    lower = words.lower[before]
    return len(lower) > 3 and lower.endswith("s") and not lower.endswith(("ss", "us", "is")) and lower != "ads"


#: a personal subject before a word, with an adverb of frequency or none between, makes it a verb: "they often
#: picture software engineers", "we hire cashiers" (not a title's modifier; "the next step is usually quality
#: supervisor" keeps its title)
_SUBJECT_PRONOUNS = frozenset({"i", "we", "they", "you", "he", "she"})
#: modal verbs: the word after one is a verb ("can encompass", "may cover")
_VERB_MODALS = frozenset({"can", "could", "may", "might", "must", "should", "shall", "will", "would"})
_FREQUENCY_ADVERBS = frozenset(
    {"often", "usually", "always", "sometimes", "never", "rarely", "typically", "generally", "normally", "seldom"}
)


def _after_subject(words: _Words, k: int) -> bool:
    """Whether word ``k`` follows a personal subject (and an adverb of frequency), or a modal verb ("which can
    encompass order picker duties"), so is a verb, not a modifier."""
    before = _skip_spaces(words, k - 1, -1)
    if before >= 0 and words.lower[before] in _VERB_MODALS:
        return True
    if before >= 0 and words.lower[before] in _FREQUENCY_ADVERBS:
        before = _skip_spaces(words, before - 1, -1)
    return before >= 0 and words.lower[before] in _SUBJECT_PRONOUNS


#: forms of "be" before a verb's participle in a progressive: "is recruiting", "were hiring"
_PROGRESSIVE_BE = frozenset({"is", "are", "was", "were", "am", "be", "been"})
#: stop words that name where a post works, so are part of its title: "Front Desk Clerk", "Back Office Assistant"
_PLACE_MODIFIERS = frozenset({"front", "back"})
#: verbs that name the work with the word after them, so are part of a title before it: "Call Centre Agent",
#: "call handler", "Help Desk Analyst" (not "we call operators", "help store managers")
_VERB_COMPOUNDS: dict[str, frozenset[str]] = {
    "call": frozenset({"centre", "center", "centres", "centers", "handler", "handlers", "taker", "takers"}),
    "help": frozenset({"desk", "desks", "line", "lines"}),
    "reach": frozenset({"truck", "trucks"}),  # "reach truck driver", the warehouse lift truck
}


@functools.lru_cache(maxsize=8192)
def _modifier_word(lower: str, norm: str, alpha: bool) -> bool:
    """Whether a word can stand before a title's head, by the word alone (kept per word: titles repeat)."""
    if lower in _PLACE_MODIFIERS:
        return True
    return (
        (alpha or lower in SHORT_RANKS)  # "Sr. Buyer"
        and not (lower.endswith("est") and len(lower) > 5)  # "the strongest editors"
        and not (lower.endswith(_ADVERB_ENDINGS) and lower not in {"family", "daily"})  # "basically", "really"
        and lower not in _NUMBER_WORDS  # "a thousand members"
        and norm not in STOP_WORDS
        and lower not in STOP_WORDS
        # (a gerund is the work, not the verb: "training coordinator", though "train new hires")
        and (norm not in _BAD_MODIFIERS or (lower.endswith("ing") and lower != norm))
        and lower not in _BAD_MODIFIERS
        and lower not in _BAD_VERB_FORMS
        and not _adjective_shaped(lower, norm)
    )


#: words of degree, before an adjective: "highly accurate", "the most accurate pickers"
#: ("more" and "less" are determiners too: "more warehouse staff")
_DEGREE_WORDS = frozenset(
    {"very", "highly", "extremely", "too", "so", "quite", "rather", "fairly", "well", "poorly", "badly", "better",
     "worse", "best", "worst", "highest", "lowest"}  # (also of pay: "the highest paid team leaders")
)


#: comparatives and superlatives that are adjectives of their own before a noun, and words of degree only before a
#: participle ("the best paid", "the highest rated")
_GRADED_ADJECTIVES = frozenset({"better", "worse", "best", "worst", "highest", "lowest"})
_IRREGULAR_PARTICIPLES = frozenset({"paid", "known", "built", "run", "kept", "spent"})
#: every word before a modifier that one of _modifier_ok's tests of the word before reads (a word outside it, before
#: a modifier that is no verb of paying and does not end in "s", passes them all)
_MODIFIER_CONTEXT = frozenset(
    {"most", "least", "n't", "n’t", "not"}
    | _GRADED_ADJECTIVES | _DEGREE_WORDS | _VERB_MODALS | _FREQUENCY_ADVERBS | _SUBJECT_PRONOUNS | _PROGRESSIVE_BE
)


def _after_degree_word(words: _Words, k: int) -> bool:
    """Whether word ``k`` follows a word of degree, so it is an adjective ("the most reliable pickers")."""
    before = _skip_spaces(words, k - 1, -1)
    if before < 0:
        return False
    if words.lower[before] in {"most", "least"}:  # a superlative needs the article: "most warehouse staff" is not one
        article = _skip_spaces(words, before - 1, -1)
        return article >= 0 and words.lower[article] == "the"
    if words.lower[before] in _GRADED_ADJECTIVES:
        # "the best paid porters", "the highest rated guides"; not "the best night porters": the adjective is the
        # whole title's, and the word after it a noun of the title
        lower = words.lower[k]
        return lower.endswith(("ed", "ing")) or lower in _IRREGULAR_PARTICIPLES
    return words.lower[before] in _DEGREE_WORDS


#: endings of participles, adverbs and adjectives: "gifted", "newly", "previous", "reliable" (not -ate: "affiliate")
_ADJECTIVE_ENDINGS = ("ed", "ly", "ous", "ful", "ible", "able", "ive", "ing")


def _adjective_shaped(lower: str, norm: str) -> bool:
    """Whether a word before a head describes the person rather than naming the post.

    Shaped like a participle, adverb or adjective ("a gifted coder", "a previous intern", "newly
    minted streamers", "existing staff") and never a modifier in an
    O*NET title ("certified", "supply", "executive", "corporate", "marketing" are). A word ending
    in -ing is only one when the lemma table reads it as a verb's form ("existing" is "exist"),
    so gerunds of work the table does not know ("dropshipping") stay.

    Examples
    --------
    >>> _adjective_shaped("gifted", "gift"), _adjective_shaped("previous", "previous")
    (True, True)
    >>> _adjective_shaped("certified", "certify"), _adjective_shaped("supply", "supply")
    (False, False)
    >>> _adjective_shaped("existing", "exist"), _adjective_shaped("dropshipping", "dropshipping")
    (True, False)
    """
    if len(lower) < 5 or not lower.endswith(_ADJECTIVE_ENDINGS) or lower.endswith("eed"):
        return False
    if lower.endswith("ing") and norm == lower:
        return False
    return lower not in _title_modifiers()


@functools.cache
def _title_modifiers() -> frozenset[str]:
    """Every word that stands before the head in an O*NET title of the lexicon."""
    return frozenset(word for title in load_title_lexicon().titles for word in title[:-1])


#: endings of adverbs (not "supply", "assembly", "family")
_ADVERB_ENDINGS = ("ally", "ely", "ily", "ously", "fully", "tly", "dly", "kly", "ssly")
_NUMBER_WORDS = frozenset(
    {"hundred", "thousand", "million", "billion", "dozen", "dozens", "hundreds", "thousands"}
    # (the other cardinals are stop words already)
    | {"seven", "thirteen", "fourteen", "sixteen", "seventeen", "eighteen", "nineteen", "thirty", "seventy", "eighty"}
    | {"ninety"}
)

#: function words that glue a hyphenated adjective: "face-to-face", "state-of-the-art", "one-on-one"
_COMPOUND_GLUE = frozenset({"to", "of", "the", "by", "and", "or", "on", "a", "from", "into", "than"})
#: hyphenated words that say how or where a post is held, no part of its title: "a full-time nurse", "our in-house
#: photographer", "an on-site engineer", "a self-employed plumber", "a live-in carer"
_HELD_COMPOUNDS = frozenset(
    {("full", "time"), ("part", "time"), ("in", "house"), ("on", "site"), ("off", "site"), ("self", "employed"),
     ("live", "in"), ("live", "out"), ("fixed", "term"), ("zero", "hours"), ("short", "term"), ("long", "term")}
)  # fmt: skip


def _hyphens_only(words: _Words, start: int, end: int) -> bool:
    """Whether words ``start`` to ``end`` are one compound, each joined to the next by a hyphen with no space."""
    return (end - start) % 2 == 0 and all(
        words.lower[t] == "-" and not words.space_after[t] and not words.space_after[t - 1]
        for t in range(start + 1, end, 2)
    )


@functools.lru_cache(maxsize=8192)
def _plain_word(lower: str) -> bool:
    """Whether a word before a title's head is none of the words :func:`_title_start` treats apart: a hyphen, a
    level's code or word, a join ("and", "&", "or"), a possessive, "time", an ordinal in digits (kept per word)."""
    return not (
        lower in {"-", "and", "&", "or", "time"}
        or lower in _LEVEL_WORDS
        or lower in _POSSESSIVES
        or level_code(lower)
        or _ORDINAL.fullmatch(lower)
    )


def _brand_cased(text: str, at: int, lower: str) -> bool:
    """Whether the word ``lower`` written at ``at`` is cased as brands are: a small first letter, then a capital
    ("iQor", "eCare"; not "rota", nor "eCommerce", a field the title lexicon writes with a hyphen, "e-commerce").

    >>> _brand_cased("said iQor spokesman", 5, "iqor"), _brand_cased("the night porter", 4, "night")
    (True, False)
    >>> _brand_cased("an eCommerce manager", 3, "ecommerce")
    False
    """
    if not (text[at].islower() and len(lower) > 2 and lower.isalpha()):
        return False
    written = text[at : at + len(lower)]
    if written.islower():
        return False
    cap = next(k for k, c in enumerate(written) if c.isupper())
    return f"{lower[:cap]}-{lower[cap:]}" not in _lexicon_words()


def _glued_article(written: str) -> bool:
    """Whether a word ends in a capital "A" glued to small letters, as a page flattened from HTML runs a heading into
    the next sentence ("ResponsibilitiesA night porter ...": the article opens the title, the heading is none of it).

    >>> _glued_article("ResponsibilitiesA"), _glued_article("Responsibilities"), _glued_article("NASA")
    (True, False, False)
    """
    return len(written) > 3 and written.endswith("A") and written[-2].islower()


@functools.cache
def _lexicon_words() -> frozenset[str]:
    """Every word of the title lexicon's titles."""
    return frozenset(w for title in load_title_lexicon().titles for w in title)


@functools.cache
def _lexicon_firsts() -> frozenset[str]:
    """The first word of every title of the title lexicon."""
    return frozenset(title[0] for title in load_title_lexicon().titles if title)


def _title_start(doc: Doc, head: int, floor: int) -> int:
    """Walk left from a head word over up to three modifier words (hyphenated words count as one).

    Returns the title's first token; ``head + 1`` when the head ends a hyphenated adjective.
    """
    words = _words(doc)
    norms = _doc_norms(doc)
    i = head
    count = 0
    most = 3  # modifiers (one more for each join: "Call or Contact Centre and Customer Service Manager")
    levelled = False
    # (a level counts as no modifier, and after one a word joined by a hyphen, "E-commerce", neither: "E-commerce
    # Customer Service Tier 2 Team Supervisor" is one title)
    text = doc.user_data["careergraph_text"]
    while i > floor and (count < most or (levelled and _hyphen_joined(words, i - 1, floor))):
        at = words.idx[i - 1]
        written = text[at : at + words.length[i - 1]]
        # (a word in small letters is neither of these: most are, and are not asked)
        if not written.islower() and (_brand_cased(text, at, words.lower[i - 1]) or _glued_article(written)):
            break  # "iQor spokesman", "an eCare nurse": a brand written with a small first letter names the firm
        if (
            i < head
            and words.alpha[i - 1]
            and written.islower()  # (not "eCommerce Project Manager")
            and text[words.idx[i]].isupper()
            and text[words.idx[head]].isupper()
            and words.lower[i - 1] not in _SENIORITY
            and _plain_word(words.lower[i - 1])  # (not a join: "Training and Development Manager" is one title)
            and not (i - 2 >= floor and words.lower[i - 2] == "-")  # (nor a hyphenated word's half: "In-store")
        ):
            break  # "Career profile Night Shift Supervisor": a word in small letters before a title in capitals
        # (most words before a head are plain modifiers: the special cases below are asked only of the rest)
        if not _plain_word(words.lower[i - 1]) or (i - 2 >= floor and words.lower[i - 2] in _TITLE_LEVEL_WORDS):
            if words.lower[i - 1] == "-" and i - 2 >= floor and words.alpha[i - 2] and not words.space_after[i - 1]:
                first, second = words.lower[i - 2], words.lower[i]
                if (
                    first in _COMPOUND_GLUE
                    or (first, second) in _HELD_COMPOUNDS
                    or (first.endswith("est") and len(first) > 5)
                    or (second.endswith("ing") and len(second) > 5)
                    or second == "level"
                ):
                    # "buyer-to-buyer communication", "business-to-business sales manager", "high-performing",
                    # "longest-serving", "ground-level": the compound is an adjective; the title (if any) starts
                    # after it (none when the compound runs to the head: "From-Agent-Leader", a page's slug)
                    return head + 1 if i == head or _hyphens_only(words, i, head) else i + 1
                i -= 2
                continue
            if i - 2 >= floor and words.lower[i - 2] in _TITLE_LEVEL_WORDS and _level_number(words.lower[i - 1]):
                i -= 2  # "a Tier 1 associate", "a level 2 support analyst": the level is part of the title
                levelled = True
                continue
            if (
                level_code(words.lower[i - 1])
                and doc.user_data["careergraph_text"][words.idx[i - 1]].isupper()
                and (before := _skip_spaces(words, i - 2, -1)) >= floor
                and words.lower[before] in _CODE_LEADS
            ):
                i -= 1  # "a T1 loader", "our L2 agents": a level's code labels the post named after it (the code is
                # no part of its name; a code opening a line labels a level line, "L1 Sorter", read by
                # structure.level-ladder)
                count += 1
                continue
            if i < head and words.lower[i - 1] in {"and", "&", "or"} and not (
                words.lower[i - 1] == "or" and _scope_pair(words, i - 2, i)
            ) and _joined_modifier(
                doc, i - 2, i, floor, words.lower[i - 1] != "or" and words.lower[head] == norms[head]
            ):
                # "Training and Documentation Coordinator", "Research & Development Manager", "Customer or Client
                # Service Manager": one title
                i -= 2
                most += 1
                continue
            if words.lower[i - 1] in _LEVEL_WORDS and (
                i - 2 < floor or words.lower[_skip_spaces(words, i - 2, -1)] not in _LEVEL_QUALIFIERS
            ):
                break  # "Grade Customer Service Supervisor 1" (a table's column name): a level word with no number
            if (
                words.lower[i - 1] in _POSSESSIVES
                and i - 2 >= floor
                and words.alpha[i - 2]
                and not words.space_after[i - 2]
                and (
                    words.lower[i - 2] in _PEOPLE_POSSESSORS
                    or (
                        words.lower[i - 1] in {"'", "’"}
                        and words.lower[i - 2].endswith(("ers", "ors", "ists", "ians"))
                        and doc.user_data["careergraph_text"][words.idx[i - 2]].islower()
                    )
                    # "a plumber's mate", "the electrician's helper": a post serving another, named by it
                    or (
                        i == head
                        and norms[head] in _SERVING_HEADS
                        and words.lower[i - 2] == norms[i - 2]
                        and norms[i - 2] in LEXICON_SINGLES
                    )
                    # "Drivers' Mates", "a surveyors' assistant": the posts the post serves, in the plural, any case
                    or (
                        i == head
                        and norms[head] in _SERVING_HEADS
                        and words.lower[i - 1] in {"'", "’"}
                        and norms[i - 2] in LEXICON_SINGLES
                        and words.lower[i - 2] != norms[i - 2]
                    )
                )
            ):
                # "manufacturers’ representative", "a children's nurse", "the women's wear buyer": whom the post serves
                # (not its employer: "the store's manager", "McDonald's manager")
                i -= 2
                count += 1
                break
            if (
                words.lower[i - 1] == "time"
                and i - 3 >= floor
                and words.lower[i - 2] == "-"
                and words.lower[i - 3] in _SHIFT_TIMES
                and not words.space_after[i - 3]
                and not words.space_after[i - 2]
            ):
                i -= 3  # "night-time supervisor": the shift is part of the title (not "full-time nurse": how it is
                # held)
                count += 1
                continue
            if _ORDINAL.fullmatch(words.lower[i - 1]) and doc.user_data["careergraph_text"][words.idx[i]].isupper():
                i -= 1  # "2nd Chef", "3rd Engineer", "1st Assistant Director": a rank by number opens the title
                break
        # (a word the modifier rules refuse may still open a compound or a lexicon title: asked only then)
        if not _modifier_ok(words, norms, i - 1) and not (
            words.lower[i] in _VERB_COMPOUNDS.get(words.lower[i - 1], ())
            or (count < 3 and _named_pair(words, norms, i - 1, head, floor, doc.user_data["careergraph_text"]))
            or _stop_word_initials(written, text[words.idx[i] : words.idx[i] + words.length[i]])
        ):
            break
        if _plural_head(words, norms, i - 1):
            if i < head and verb_base(words.lower[i]) is not None:
                return i + 1  # "Healthcare Assistants support nurses": the plural title's verb, then its object
            break  # a plural title ends a title before another: "Assistants" is no modifier
        i -= 1
        count += 1
    if i > floor and i < head and words.lower[i - 1] == "-" and not words.space_after[i - 1]:
        return i + 1  # the walk stopped inside a compound ("straight-out-of-college customer service agent")
    if i < head and _duty_verb_before(doc, i, head):
        return i + 1  # "Allocate pickers to zones.", "to calculate host fees": the verb and its object
    if i + 1 < head and _gerund_of_duty(words, norms, i):
        # "responsible for mentoring and managing junior nurses": the duty and its object (one word before the
        # head is the work: "demand for listing editors")
        return i + 1
    return i


def _in_charge(words: _Words, j: int) -> int:
    """2 when "in charge" follows a head ending at ``j`` and no "of" follows it ("Nurse in Charge", "the engineer in
    charge on nights": one title; not "the manager in charge of hiring", what a post does), else 0."""
    n = len(words.lower)
    if j + 1 >= n or words.lower[j] != "in" or words.lower[j + 1] != "charge":
        return 0
    after = _skip_spaces(words, j + 2, 1)
    return 0 if after < n and words.lower[after] == "of" else 2


def _stop_word_initials(written: str, after: str) -> bool:
    """Whether a stop word written in capitals, before a word that is not, is a field's initials ("IT director",
    "IT Support Technician"; not "HIRING A STORE MANAGER", a line in capitals)."""
    return 2 <= len(written) <= 3 and written.isupper() and written.isalpha() and not after.isupper()


def _french_of(doc: Doc, j: int) -> int:
    """2 when a capitalised head ending at ``j`` is followed by "de" / "du" and a capitalised word, as French titles
    name their field ("Chef de Cuisine", "Chef de Rang", "Commis de Salle"), else 0."""
    words = _words(doc)
    if j + 1 >= len(words.lower) or words.lower[j] not in {"de", "du"} or not words.alpha[j + 1]:
        return 0
    text = doc.user_data["careergraph_text"]
    return 2 if text[words.idx[j - 1]].isupper() and text[words.idx[j + 1]].isupper() else 0


#: possessive endings as tokens: "children's", "manufacturers’"
_POSSESSIVES = frozenset({"'s", "’s", "'", "’"})
#: possessors written with a capital that still name whom a post serves: "Children's Nurse", "Women's Wear Buyer"
_PEOPLE_POSSESSORS = frozenset({"children", "women", "men", "girls", "boys", "ladies", "gentlemen", "people"})
#: heads of posts that serve another post, named by its possessive: "a plumber's mate", "an electrician's helper"
#: (not "the cashier's manager": a post over others is named by its own head)
_SERVING_HEADS = frozenset({"mate", "helper", "assistant", "apprentice", "aide", "boy", "labourer", "laborer"})
#: shifts that make one title with "-time" and the head after them: "night-time supervisor"
_SHIFT_TIMES = frozenset({"night", "day", "evening", "weekend"})
#: an ordinal written in digits: "1st", "2nd", "3rd", "4th"
_ORDINAL = re.compile(r"\d{1,2}(?:st|nd|rd|th)")


#: prepositions that open a sentence with the place its subject works in: "In this busy environment, ..."
_OPENING_PREPOSITIONS = frozenset({"in", "at", "within", "across", "throughout"})
#: nouns of the place or setting such an opening phrase ends with, run into the subject when no comma follows
_OPENING_PLACES = frozenset(
    {"environment", "environments", "setting", "settings", "workplace", "hotel", "hotels", "restaurant", "store",
     "shop", "company", "business", "industry", "sector", "world", "office", "site", "centre", "center", "team"}
)
#: words after a subject that show it is one: "advisers will be answering", "porters must check"
_AFTER_SUBJECT = frozenset({"will", "can", "may", "must", "should", "would", "are", "have", "need", "often", "usually"})


def _after_opening_place(words: _Words, start: int, end: int, sent_start: int) -> int:
    """Where a title starts that a sentence's opening phrase of place runs into, with no comma between ("In this
    thrilling, fast paced environment advisers will be answering ...", "In our busy hotel night porters will ..."):
    after the phrase's noun of place, when the sentence opens with a preposition and a determiner and the title is
    the subject of a verb after it; ``start`` otherwise."""
    if words.lower[sent_start] not in _OPENING_PREPOSITIONS:
        return start
    det = _skip_spaces(words, sent_start + 1, 1)
    if det >= start or words.lower[det] not in {"this", "a", "an", "the", "our", "their", "such", "your", "its"}:
        return start
    after = _skip_spaces(words, end, 1)
    if after >= len(words.lower) or words.lower[after] not in _AFTER_SUBJECT:
        return start
    places = [k for k in range(start, end - 1) if words.lower[k] in _OPENING_PLACES]
    return places[-1] + 1 if places else start


def _title_before_name(doc: Doc, start: int, end: int) -> int:
    """Where a title in capitals starts when a person's name follows it, as news pages write a speaker: the
    firm's name before it is no part of it ("said Blue Arrow Marketing Director Toni Richards": Marketing Director,
    the longest tail the O*NET lexicon holds); ``start`` when no name follows or no tail is a title of the lexicon.

    A name is two words in capitals that are no title's head, then no third such word.
    """
    words = _words(doc)
    norms = _doc_norms(doc)
    text = doc.user_data["careergraph_text"]
    n = len(words.lower)

    def capital(k: int) -> bool:
        return 0 <= k < n and words.alpha[k] and text[words.idx[k]].isupper()

    if not all(capital(k) for k in range(start, end)):
        return start
    first, second = end, end + 1  # (on the same line, a space apart)
    if not (capital(first) and capital(second) and words.space_after[end - 1] and words.space_after[first]):
        return start
    if text[words.idx[first] - 1] != " " or text[words.idx[second] - 1] != " " or capital(second + 1):
        return start
    if norms[first] in TITLE_HEADS or norms[second] in TITLE_HEADS:
        return start
    titles = load_title_lexicon().titles
    if (*words.lower[start : end - 1], norms[end - 1]) in titles:
        return start
    for k in range(start + 1, end - 1):
        if (*words.lower[k : end - 1], norms[end - 1]) in titles:
            return k
    return start


def _named_pair(words: _Words, norms: list[str], k: int, head: int, floor: int, text: str) -> bool:
    """Whether words ``k`` to the head make a title of the lexicon that the modifier rules would refuse ("call
    agent", "show host", "reach truck operator": the first word is a verb or a stop word elsewhere), where a
    determiner or "as" stands before it ("as a call agent", "our show hosts", "most reach truck operators"), or a
    noun the lexicon title opens with ("morning show host"), or every word of it opens with a capital and the words
    on either side do not ("Specialisations: Reach Truck Operator."; not "First Assistant" in "First Assistant
    Manager"), so it names a post (not "they call agents daily").
    """
    if head - k > 3:
        return False
    before = _skip_spaces(words, k - 1, -1)
    firsts = _lexicon_firsts()
    if words.lower[k] not in firsts and (before < floor or words.lower[before] not in firsts):
        return False  # (both tests below ask the lexicon for a title opening with one of these words: most are none)
    if (
        before >= floor
        and head - before <= 3
        and (*words.lower[before:head], norms[head]) in load_title_lexicon().titles
        and words.alpha[before]
        and verb_base(words.lower[before]) is None
        and _modifier_ok(words, norms, before)
    ):
        return True  # "morning show host": a noun before the verb's word makes a lexicon title with it
    if not (before >= floor and words.lower[before] in _DETERMINERS) and not (
        all(text[words.idx[t]].isupper() for t in range(k, head + 1))
        and not any(
            0 <= t < len(words.lower) and words.alpha[t] and text[words.idx[t]].isupper()
            for t in (before if before >= floor else -1, _skip_spaces(words, head + 1, 1))
        )
    ):
        return False
    return (*words.lower[k:head], norms[head]) in load_title_lexicon().titles


def _plural_head(words: _Words, norms: list[str], k: int) -> bool:
    """Whether word ``k`` is a title's head word in the plural ("assistants", "managers"): no modifier of a title."""
    lower = words.lower[k]
    return norms[k] in TITLE_HEADS and lower != norms[k] and lower.endswith("s") and len(lower) > 4


def _hyphen_joined(words: _Words, k: int, floor: int) -> bool:
    """Whether word ``k`` is a hyphen inside a word, or a word's second half after one ("E-commerce")."""
    if k <= floor:
        return False
    if words.lower[k] == "-":
        return not words.space_after[k] and not words.space_after[k - 1]
    return words.alpha[k] and words.lower[k - 1] == "-" and not words.space_after[k - 1] and k - 1 > floor and (
        not words.space_after[k - 2]
    )


#: words before a gerund that make it a verb with an object, not a title's first word ("for managing nurses")
_GERUND_LEADS = frozenset({"for", "by", "in", "of", "and", "or", "about", "from", "on", "while", "when", "after"})


def _gerund_of_duty(words: _Words, norms: list[str], i: int) -> bool:
    """Whether word ``i``, a title's first word, is a verb's gerund after a preposition or a conjunction."""
    lower = words.lower[i]
    if not lower.endswith("ing") or norms[i] == lower:
        return False
    before = _skip_spaces(words, i - 1, -1)
    return before >= 0 and words.lower[before] in _GERUND_LEADS


#: marks after which a clause opens: a duty's verb may follow ("...; assign stewards by deck", "— managing crews")
_DUTY_CLAUSE_MARKS = frozenset({";", ":", ",", "—", "–", "."})
_LINE_BULLETS = " \t-*•·▪●◦‣⁃–—0123456789.)"


def _clause_verb(words: _Words, i: int, text: str) -> bool:
    """Whether word ``i``, a title's first word, is a verb of duty (its base form or gerund, written in lower case or
    opening a line) that opens a clause: at a line's start after any bullet, or after a clause's mark."""
    lower = words.lower[i]
    base = verb_base(lower)
    if base is None or (lower != base and not (lower.endswith("ing") and len(lower) > 5)):
        return False
    before = _skip_spaces(words, i - 1, -1)
    if before >= 0 and words.lower[before] in _DUTY_CLAUSE_MARKS:
        return text[words.idx[i]].islower() or words.lower[before] == "."
    at = words.idx[i]
    return not text[text.rfind("\n", 0, at) + 1 : at].strip(_LINE_BULLETS)


def _object_after_title(words: _Words, norms: list[str], i: int, head: int, text: str) -> int:
    """How the words from ``i + 1`` to the head ``head`` stand after a verb of duty ``i`` opening a clause: 2 when a
    noun in lower case follows the head and a clause's end, a preposition or "and" follows that (the title's words only
    describe the verb's object: "review porter rotas weekly", "support guide development, ..."; not "Support agent
    salaries vary"), 1 when the head is in the plural and the verb is no O*NET title's modifier, or a gerund in lower
    case after a dash ("assign stewards by deck", "— managing crews": the verb, then the post; "Support agents ..."
    and ", receiving clerks feed ..." stay titles), else 0."""
    n = len(words.lower)
    after = head + 1
    nouns = 0
    while after + 1 < n and nouns < 2 and _object_noun(words, norms, after, text) and words.space_after[after - 1]:
        after += 1
        nouns += 1
        if words.lower[after] in _OBJECT_ENDS or "\n" in words.lower[after]:
            return 2
    if words.lower[head] == norms[head]:
        return 0
    lower = words.lower[i]
    if lower not in _title_modifiers():
        return 1
    to = _skip_spaces(words, head + 1, 1)
    if to + 2 < n and words.lower[to] == "to" and verb_base(words.lower[_skip_spaces(words, to + 1, 1)]) is not None:
        return 1  # "Coach sales assistants to hit targets": the verb, its object and what it is for (a title opening a
        # sentence as its subject takes no "to" after it: "Support agents resolve ...")
    # a gerund some title has as its modifier is the verb only after a dash ("— managing crews"; not ", receiving
    # clerks feed ...")
    before = _skip_spaces(words, i - 1, -1)
    dashed = before >= 0 and words.lower[before] in {"—", "–"}
    return int(dashed and lower.endswith("ing") and text[words.idx[i]].islower())


def _object_noun(words: _Words, norms: list[str], k: int, text: str) -> bool:
    """Whether word ``k`` may be a noun in lower case after a title's word, the head of a verb's object: no stop
    word, title head, verb of duty (in the plural a noun's may be one) or adverb."""
    low = words.lower[k]
    return (
        words.alpha[k]
        and len(low) > 3
        and text[words.idx[k]].islower()
        and low not in STOP_WORDS
        and norms[k] not in TITLE_HEADS
        and (low.endswith("s") or verb_base(low) is None)  # ("driver schedules for ...": the noun's plural)
        and not low.endswith("ly")
    )


#: what may follow a verb's object (a clause's end, a preposition, "and"): "review porter rotas weekly" is not one
_OBJECT_ENDS = frozenset(
    {",", ".", ";", ":", "to", "and", "by", "for", "with", "across", "through", "in", "on", "at", "of", "—", "–", "-"}
)


def _duty_verb_before(doc: Doc, i: int, head: int) -> bool:
    """Whether word ``i`` is a verb of duty in the base form governing the title after it (ending at ``head``): no
    O*NET title has it as a modifier, and it follows "to" or opens a line that is a sentence (a duty in the
    imperative) where no verb follows the title ("Stock pickers handle returns." is a title and its verb)."""
    words = _words(doc)
    lower = words.lower[i]
    if verb_base(lower) != lower or lower in _title_modifiers():
        return False  # ("promoted to support lead", "Support agents who ...": a title's own first word)
    if i > 0 and words.lower[i - 1] == "to":
        return True
    after = head + 1
    if after < len(words.lower) and verb_base(words.lower[after]) is not None:
        return False
    text = doc.user_data["careergraph_text"]
    at = words.idx[i]
    start = text.rfind("\n", 0, at) + 1
    if text[start:at].strip(" \t-*•·▪●◦‣⁃–—0123456789.)"):
        return False
    end = text.find("\n", at)
    return text[start : len(text) if end < 0 else end].rstrip().endswith((".", ";"))


#: words before a level's code that make it the label of a post named after it: "a T1 loader", "our L2 agents"
_CODE_LEADS = frozenset({"a", "an", "the", "our", "my", "your", "their", "his", "her", "as", "new"})
#: words that name a level before its number: "Tier 1", "Level 2", "Grade 3", "Band 4"
_LEVEL_WORDS = frozenset({"tier", "level", "grade", "band"})
#: the words a level's number may follow before a title: those, and a licence's class ("class 1 drivers")
_TITLE_LEVEL_WORDS = _LEVEL_WORDS | {"class"}
#: words that make a level word part of a title without a number: "Entry Level Sales Associate", "Top Tier Agent"
_LEVEL_QUALIFIERS = frozenset(
    {"entry", "mid", "middle", "senior", "junior", "top", "upper", "lower", "first", "second"}
)
#: level numerals after a title: "Supervisor II", "Analyst III" (not "I", the pronoun, nor "V")
_ROMAN_LEVELS = frozenset({"ii", "iii", "iv"})


def _level_number(lower: str) -> bool:
    """A level's number: one or two digits or a roman numeral ("1", "12", "ii")."""
    return (lower.isdigit() and len(lower) <= 2) or lower in _ROMAN_LEVELS or lower == "i"


@functools.cache
def _field_pairs() -> frozenset[tuple[str, str]]:
    """Pairs of fields the title lexicon joins by "and" before a head ("sales and marketing", "health and safety")."""
    return frozenset(
        (title[0], title[2]) for title in load_title_lexicon().titles if len(title) >= 4 and title[1] == "and"
    )


def _joined_modifier(doc: Doc, k: int, after: int, floor: int, article: bool = True) -> bool:
    """Whether word ``k``, "and", "&" or "or", then word ``after`` join modifiers of one title.

    Both words are written with a capital, or (``article``: not for "or", nor before a head in the plural, which "a"
    cannot go with: "a store and sales executives") ``k`` follows "a" / "an" (one post: "a sales and marketing
    manager"), and ``k`` is a modifier, not itself a title's head ("Supervisors and Team
    Leads" are two titles; "Training and Documentation Coordinator" is one).
    """
    if k < floor:
        return False
    words = _words(doc)
    norms = _doc_norms(doc)
    text = doc.user_data["careergraph_text"]
    before = _skip_spaces(words, k - 1, -1)
    # ("Call or Contact Centre Manager": a verb of work whose word comes after the other modifier, in any case:
    # "a call or contact centre team leader")
    compound = words.lower[after + 1] in _VERB_COMPOUNDS.get(words.lower[k], ())
    return (
        (
            (text[words.idx[k]].isupper() and text[words.idx[after]].isupper())
            or (article and before >= floor and words.lower[before] in {"a", "an"})
            or compound
            # ("sales and marketing heads", "health and safety officers": a pair of fields O*NET titles join so)
            or (words.lower[k + 1] in {"and", "&"} and (words.lower[k], words.lower[after]) in _field_pairs())
        )
        and (_modifier_ok(words, norms, k) or compound)
        and norms[k] not in TITLE_HEADS
        and norms[k] not in LEXICON_SINGLES
        and norms[k] not in STANDALONE_TITLES
        # (nor a word the other names again, the field of a "head of" before it or an abbreviation's plural: "Head of
        # Sales or Sales Director", "CSMs and Account Managers" are two titles)
        and norms[k] != norms[after]
        and not (before >= floor and words.lower[before] == "of")
        and not _plural_initials(text[words.idx[k] : words.idx[k] + words.length[k]])
    )


def _plural_initials(written: str) -> bool:
    """Whether a word is capitals with a small "s" after them, an abbreviation's plural ("CSMs", "PAs")."""
    return len(written) > 2 and written.endswith("s") and written[:-1].isupper() and written[:-1].isalpha()


def _abbreviated(lower: str, written: str, acronyms: frozenset[str]) -> bool:
    """Whether a word is an abbreviation the document defines for a title, or its plural ("PA", "PAs")."""
    if lower in acronyms:
        return written.isupper()
    return lower.endswith("s") and lower[:-1] in acronyms and written[:-1].isupper()


def _new_role_name(doc: Doc, i: int, j: int, head: int | None = None) -> str:
    """Modifiers as written (lower case, acronyms kept), the head word singular: "Data analyst"."""
    head = j - 1 if head is None else head
    words = _words(doc)
    norms = _doc_norms(doc)
    text = doc.user_data["careergraph_text"]
    # the same title is named again and again: its name is kept by what it is built from
    memo = (text[words.idx[i] : words.idx[j - 1] + words.length[j - 1]], head - i, norms[head])
    name = _ROLE_NAMES.get(memo)
    if name is not None:
        return name
    parts: list[str] = []
    for k in range(i, j):
        written = text[words.idx[k] : words.idx[k] + words.length[k]]
        if k == i < head and level_code(words.lower[k]) and written.isupper():
            continue  # "T1 loader" is the loader: a level's code labels the post
        if k == head and written.isupper() and len(written) > 1:
            piece = written  # "VP of marketing"
        elif k == head and len(written) > 2 and written.endswith("s") and written[:-1].isupper():
            piece = written[:-1]  # "PAs": the abbreviation's plural
        elif k == head:
            # the head singular ("managers" -> manager), a gerund as written ("grading", not "grade")
            piece = words.lower[k] if words.lower[k].endswith("ing") else norms[k]
        elif words.lower[k] in SHORT_RANKS:
            piece = SHORT_RANKS[words.lower[k]]  # "Sr. Buyer" is the senior buyer
        elif written.isupper() and len(written) > 1:
            piece = written
        else:
            piece = words.lower[k]
        if parts and (piece == "-" or parts[-1].endswith("-") or piece in _POSSESSIVES):
            parts[-1] += piece  # (a dash opening the span starts the name: no part before it to join)
        else:
            parts.append(piece)
    name = " ".join(parts)
    name = name[:1].upper() + name[1:]
    if len(_ROLE_NAMES) > 100_000:
        _ROLE_NAMES.clear()
    _ROLE_NAMES[memo] = name
    return name


#: new titles' names by (text, head position, head norm); see _new_role_name
_ROLE_NAMES: dict[tuple[str, int, str], str] = {}


def _title_mentions(
    vocab: Vocabulary,
    doc: Doc,
    offset: int,
    known: list[Mention],
    heads: dict[str, Entry],
    acronyms: frozenset[str] = frozenset(),
    disabled: frozenset[str] = frozenset(),
) -> list[Mention]:
    """Job titles by shape: modifiers + a head word, or "head of X"; known roles win ties.

    ``acronyms`` are titles the document abbreviates ("Customer Success Manager (CSM)"): the
    abbreviation is a head word too ("Senior CSM").
    """
    assert vocab.head_matcher is not None
    strings = doc.vocab.strings
    found: list[Mention] = []
    covered = {t for m in known for t in range(m.i, m.j)}
    known_by_end = {m.j: m for m in known}
    norms = _doc_norms(doc)
    words = _words(doc)
    written_text: str = doc.user_data["careergraph_text"]  # (read once: a doc's user_data is a Cython property)
    matches = vocab.head_matcher(doc)
    extra_of: list[tuple[int, int, str]] = []  # fields coordinated after "X of": (start, end, name)
    initials: dict[int, int] = {}  # a title's first token -> the token after its bracketed initials
    bare: list[int] = []  # bare head words standing where a post is named (see _post_position)
    subjects: set[int] = set()  # plural heads opening a sentence as its subject: the post in general
    named_at: dict[str, int] = {}  # the heads of titles this block names -> the last such head's token
    if acronyms:
        role_head = strings["ROLE_HEAD"]
        text = doc.user_data["careergraph_text"]
        extra = [
            (role_head, k, k + 1)
            for k, lower in enumerate(words.lower)
            if _abbreviated(lower, text[words.idx[k] : words.idx[k] + words.length[k]], acronyms)
        ]
        matches = sorted([*matches, *extra], key=lambda m: (m[1], m[2]))
    # "the Telecaller", "livestreamers": a closed compound ending in a title's head that no word list knows
    compounds = {} if "mentions.compound-agents" in disabled else _compound_agents(words.lower)
    if compounds and "mentions.person-compounds" in disabled:
        compounds = {k: one for k, one in compounds.items() if _person_compound(one) is None}
    if compounds:
        role_head = strings["ROLE_HEAD"]
        matches = sorted([*matches, *((role_head, k, k + 1) for k in compounds)], key=lambda m: (m[1], m[2]))
    between = "between" in words.lower  # (asked once: the list is the whole doc's)
    for match_id, i, j in matches:
        ends_known = known_by_end.get(j)
        if ends_known is not None and (
            ends_known.i == 0 or (norms[ends_known.i - 1] != "-" and not _modifier_ok(words, norms, ends_known.i - 1))
        ):
            continue  # the title is the known role ("the store manager")
        head_of = strings[match_id] == "HEAD_OF"  # (the store decodes a new string at each look-up: asked once)
        people = False  # a bare head standing for people who hold the post (mentions.people-heads)
        if head_of:
            end, count = j, 0
            # (a gerund is the field, though its verb's noun is a head: "Director of Nursing", "Head of Training")
            while end < len(doc) and count < 2 and _modifier_ok(words, norms, end) and (
                norms[end] not in TITLE_HEADS or (words.lower[end].endswith("ing") and words.lower[end] != norms[end])
            ) and not (count and (_verb_with_object(words, end) or _case_drops(doc, end))):
                end += 1
                count += 1
                # "head of cross-border sales": a hyphenated word counts as one
                while (
                    end + 1 < len(doc)
                    and words.lower[end] == "-"
                    and not words.space_after[end - 1]
                    and not words.space_after[end]
                    and words.alpha[end + 1]
                ):
                    end += 2
            if end == j:
                continue
            end = _joined_fields(doc, end)  # "VP of Sales & Marketing", "VP of Sales, Marketing and Operations"
            i_start, i_end = i, end
            if i > 0 and words.lower[i - 1] in _HEAD_OF_RANKS:
                i_start = i - 1  # "Assistant Head of Store", "Deputy Head of Nursing": one title
            other = _coordinated_field(doc, end)
            if other is not None:  # "VP of Marketing or E-commerce": the VP of e-commerce too
                lead = _new_role_name(doc, i, j, i)
                text = doc.user_data["careergraph_text"]
                field = text[words.idx[other[0]] : words.idx[other[1] - 1] + words.length[other[1] - 1]]
                extra_of.append((other[0], other[1], f"{lead} {field if field.isupper() else field.lower()}"))
        else:
            if words.lower[j - 1].endswith(("ing", "ed")) and not norms[j - 1].endswith(("ing", "ed")):
                continue  # "coaching", "leading": an activity, not the coach or the lead; "tailored": a participle
            if _verb_after_subject(words, norms, i, j):
                continue  # "shift managers lead teams", "the store manager heads ...": a verb, not a title's head
            sent_start = _sent_start_of(doc, i)
            i_start, i_end = _title_start(doc, i, sent_start), j
            if i_start < j - 1 and _clause_verb(words, i_start, written_text):
                object_of = _object_after_title(words, norms, i_start, j - 1, written_text)
                if object_of == 2:
                    continue  # "Monitor porter rota compliance.", ", coordinating guide bookings": the verb's object
                    # is a thing the title's words only describe, no post
                i_start += object_of  # "; assign stewards by deck": the verb, then the post
            if i_start < j - 1 and "mentions.titles" not in disabled:
                i_start = _after_opening_place(words, i_start, j, sent_start)  # "In this busy environment advisers"
            numbered = _numbered(doc, j) or _french_of(doc, j) or _in_charge(words, j)
            if numbered:
                # "Supervisor II", "Officer Level 2": the level is part of the title; "Chef de Cuisine" its field
                i_end = j + numbered
            elif j - i_start >= 3:
                i_start = _title_before_name(doc, i_start, j)  # "said Blue Arrow Marketing Director Toni Richards"
            if (
                i_start - 4 >= sent_start
                and words.lower[i_start - 1] in _CLOSE_BRACKETS
                and "mentions.bracketed-initials" not in disabled
            ):
                spelled = _spelled_initials(doc, i_start, sent_start)
                if spelled is not None:  # "Pay Per Click (PPC) Executive": one title, named by its initials
                    initials[spelled] = i_start
                    i_start = spelled
            if i == sent_start and i_start == i and _plural_subject(doc, words, norms, i):
                subjects.add(i)  # "Supervisors sign off ...": the post in general, not a title named before
            # a head word without modifiers is a title only where it stands as one (asked of those alone)
            standalone = i_start != i or (
                numbered
                or norms[i] in STANDALONE_TITLES
                or (
                    bool(acronyms)
                    and _abbreviated(
                        words.lower[i],
                        written_text[words.idx[i] : words.idx[i] + words.length[i]],
                        acronyms,
                    )
                )
                or (norms[i] in LEXICON_SINGLES and _person_noun(doc, i))
                or _hired_count(words, norms, i, sent_start)  # "hiring up to 100 agents": posts filled
                # a page or section titled by the post alone: "Radiographer", "## Pharmacist"
                or (_one_word_title(words, norms, i) and _alone_on_line(doc, i))
                # (a short title of the lexicon too: "Chef", "Cook", "Maid" heading an ad or a section)
                or (norms[i] in LEXICON_SINGLES and words.alpha[i] and _alone_on_line(doc, i))
                or (
                    i in compounds
                    and _person_noun(doc, i)
                    # ("the TelePrompTer": a capital inside the word writes a brand's name, no post)
                    and not any(c.isupper() for c in written_text[words.idx[i] + 1 : words.idx[i] + words.length[i]])
                )
                or i in subjects
                # "start as an agent", "become an engineer": a head word named as what someone is
                or (_as_a(words, i) and norms[i] not in _STANDING_WORDS)
            )
            people = (
                i_start == i
                and i_end == i + 1
                and not standalone
                and "mentions.people-heads" not in disabled
                and _people_head(words, norms, i)
            )
            standalone = standalone or people
            if i_start == i and i_end == i + 1 and not standalone and _post_position(words, norms, i):
                bare.append(i)  # "made me lead", "as lead", "advisor roles": the document's title, once all are read
                continue
            if i_start >= i_end or not standalone:  # "a manager" is not one
                continue
        if i_end - i_start == 2 and not head_of and _personal_name(doc, i_start, i_end):
            continue  # "Elizabeth Dean, manager of buying at ...": a person's name ending in a title's word
        if i_end - i_start == 1 and i_end < len(doc) and words.lower[i_end] in _THINGS_AFTER_TITLE:
            continue  # "a butcher shop", "no drivers license", "the cashier counter": a word for a thing's kind
        if (
            i_end + 1 < len(doc)
            and words.lower[i_end] in _POSSESSIVES
            and words.lower[i_end + 1] in _THINGS_AFTER_TITLE
            and not words.space_after[i_end - 1]
        ):
            continue  # "a driver’s license", "a crane operator's permit": the thing a post holds, no post named
        if norms[i_end - 1] in COMPARATIVE_POSTS and _comparative_here(doc, i_end):
            continue  # "a cleaner kitchen", "keep the yard cleaner than ...": the adjective, not the post
        if between and _go_between(words, i_start, i_end):
            continue  # "serves as the primary liaison between ...", "works as a mediator between": a function
        if _body_name_after(words, written_text, i_start, i_end):
            continue  # "the Night Porter Association", "a Charge Nurse Development Programme": a body's or a scheme's
            # name, no post
        span_tokens = set(range(i_start, i_end))
        inner = [m for end in range(i_start + 1, i_end + 1) if (m := known_by_end.get(end)) and m.i >= i_start]
        if inner and any(m.i == i_start and m.j == i_end for m in inner):
            continue
        if not inner and span_tokens & covered:
            continue
        last = norms[i_end - 1]
        if last in _PERSONNEL_HEADS and inner:
            continue  # "operation personnel" is the known role
        entry = vocab.lookup(_norms(doc, i_start, i_end))
        if entry is not None:
            found.append(_mention(entry, doc, i_start, i_end, offset, known=True))
            continue
        if norms[i_end - 1] in _GENERIC_HEADS and not _generic_title(doc, i_start, i_end):
            continue  # "team members", "American workers": a person, not a post
        if norms[i_end - 1] in _STANDING_TITLES and not head_of and (
            (*words.lower[i_start : i_end - 1], norms[i_end - 1]) not in load_title_lexicon().titles
        ):
            continue  # "a subject matter expert", "our recruiting experts": what someone is good at, no post
        if norms[i_end - 1] in _PRAISED_HEADS and (
            norms[i_start] in _PRAISE_OF_LEADERS or words.lower[i_start] in _PRAISE_OF_LEADERS
        ):
            continue  # "a strategic leader", "a thought leader" (whose lemma is "think"): what a post is like
        if (
            norms[i_end - 1] in _WORKFORCE_HEADS
            and i_end - i_start >= 2
            and _NOT_FIELDS_OF_WORK.issuperset(norms[i_start : i_end - 1])
        ):
            continue  # "shop staff", "restaurant personnel": everyone a place employs, no post
        if norms[i_end - 1] in _FIRM_HEADS and _employer(words, norms, i_start, i_end):
            continue  # "a plant manager with a metals producer": the employer, not a post
        if norms[i_end - 1] == "driver" and _drives_a_thing(words, i_end):
            continue  # "key drivers of growth", "the drivers behind churn": a cause, not a post
        if people:
            # "my manager", "visits from directors": the post in general, not the longer title named before
            post = _mention(_new_role(_new_role_name(doc, i, i + 1)), doc, i, i + 1, offset, known=False)
            found.append(post._replace(rule="mentions.people-heads"))
            continue
        if i_end - i_start == 1 and norms[i] in heads and (i not in subjects or _same_line(words, named_at, norms, i)):
            # "interns" after "content interns" (a plural subject only on the line that names that title: on another,
            # "Supervisors sign off ..." is the post in general)
            found.append(_mention(heads[norms[i]], doc, i_start, i_end, offset, known=False))
            continue
        numbered = not head_of and i_end > j
        after_initials = initials.get(i_start)
        if after_initials is not None:
            rest = _new_role_name(doc, after_initials, i_end, j - 1 if numbered else None)
            written = written_text[words.idx[after_initials - 2] : words.idx[after_initials - 1]]
            name = f"{written} {rest[:1].lower() if rest[1:2].islower() else rest[:1]}{rest[1:]}"
        else:
            name = _new_role_name(doc, i_start, i_end, i if head_of else j - 1 if numbered else None)
        if i in compounds and i == i_end - 1 and compounds[i] != words.lower[i]:
            stem = name[: len(name) - len(words.lower[i])]  # the singular the lemma table cannot give
            name = stem + compounds[i] if stem else compounds[i].capitalize()
        entry = _new_role(name)
        ranked = not _SENIORITY.isdisjoint(norms[i_start : i_end - 1])
        if i_end - i_start > 1 and not numbered and not (ranked and (norms[i_end - 1] in heads or (
            _SENIORITY.issuperset(norms[i_start : i_end - 1])
        ))):
            # (a later bare "buyer" is not the "senior buyer": a rank word makes another rung; nor the "senior
            # pharmacy technician" once the "pharmacy technician" is named)
            heads[norms[i_end - 1]] = entry
            named_at[norms[i_end - 1]] = i_end - 1
        post = _mention(entry, doc, i_start, i_end, offset, known=False)
        if after_initials is not None:
            post = post._replace(rule="mentions.bracketed-initials")
        if i in compounds:
            post = post._replace(
                rule="mentions.person-compounds" if _person_compound(compounds[i]) else "mentions.compound-agents"
            )
        found.append(post)
    if len(found) > 1:  # "Content Writer Intern": not also "Content Writer", the start of the same title
        ends: dict[int, int] = {}
        for m in found:
            ends[m.i] = max(ends.get(m.i, 0), m.j)
        found = [m for m in found if m.j == ends[m.i]]
    taken = {t for m in found for t in range(m.i, m.j)}
    for k in bare:
        entry = heads.get(norms[k])
        if k in taken or k in covered:
            continue
        if entry is not None and not entry.name.lower().endswith("-" + words.lower[k]):
            found.append(_mention(entry, doc, k, k + 1, offset, known=False))  # "as lead" after "pick lead"
        elif (
            norms[k + 1 : k + 2] and (norms[k + 1] in _POST_NOUNS_AFTER or norms[k + 1] == "level")
            and words.lower[k] == norms[k]
        ) or (
            norms[k] in LEXICON_SINGLES and words.lower[k] != norms[k]
        ):
            # "the host role"; "often buyers who ...", a plural one-word title of the lexicon
            found.append(_mention(_new_role(_new_role_name(doc, k, k + 1)), doc, k, k + 1, offset, known=False))
        else:
            continue
        taken.add(k)
    for lo, hi, name in extra_of:
        if taken.isdisjoint(range(lo, hi)):
            found.append(_mention(_new_role(name), doc, lo, hi, offset, known=False))
    return found


def _same_line(words: _Words, named_at: dict[str, int], norms: list[str], i: int) -> bool:
    """Whether a title with the head of word ``i`` was named earlier on the same line of the block."""
    at = named_at.get(norms[i])
    return at is not None and at < i and not any("\n" in words.lower[k] for k in words.spaced if at < k < i)


def _plural_subject(doc: Doc, words: _Words, norms: list[str], i: int) -> bool:
    """Whether a one-word title's head in the plural opening a sentence with a capital is its subject: a verb in the
    present follows it ("Supervisors sign off the timesheets", "Surveyors can ..."), a word in lower case that is no
    noun the title's word would describe."""
    lower = words.lower[i]
    if lower == norms[i] or not lower.endswith("s") or norms[i] in _GENERIC_HEADS or norms[i] in _PEOPLE_WORDS:
        return False
    text = doc.user_data["careergraph_text"]
    if not text[words.idx[i]].isupper():
        return False
    after = i + 1
    if after >= len(words.lower) or not words.alpha[after] or not words.space_after[i]:
        return False
    nxt = words.lower[after]
    return nxt in _SUBJECT_MODALS or nxt in _PLURAL_VERBS or (verb_base(nxt) == nxt and nxt not in STOP_WORDS)


#: verbs in the present after a plural subject: "Porters are ...", "Supervisors have ..."
_PLURAL_VERBS = frozenset({"are", "were", "have", "do", "get", "need", "play", "make", "take", "tend", "report"})


def _comparative_here(doc: Doc, end: int) -> bool:
    """Whether a job noun spelled as a comparative ("cleaner", "fitter") ending at token ``end`` is the adjective:
    "than" follows, or a word in lower case in its base form that is no stop word (the noun it describes: "a cleaner
    kitchen")."""
    words = _words(doc)
    if end >= len(words.lower) or not words.alpha[end]:
        return False
    low = words.lower[end]
    text = doc.user_data["careergraph_text"]
    if low == "than":
        return True
    if low in STOP_WORDS or not text[words.idx[end] : words.idx[end] + words.length[end]].islower():
        return False
    return _doc_norms(doc)[end] == low  # (an inflected word after it is a verb: "the office cleaner earns ...")


_OPEN_BRACKETS = frozenset({"(", "（"})
_CLOSE_BRACKETS = frozenset({")", "）"})
#: words inside a title spelled out before its initials that give no letter: "Heating, Ventilation and Air ..."
_SPELLED_GLUE = frozenset({",", "-", "&", "and", "of", "/"})


def _spelled_initials(doc: Doc, after: int, floor: int) -> int | None:
    """The first token of a title's words spelled out before its initials in brackets, the initials ending at token
    ``after`` (the bracket closes at ``after - 1``): "Pay Per Click (PPC)", "Heating, Ventilation and Air
    Conditioning (HVAC)"; None when the capitals in brackets are not the initials of the words before them.

    The initials' first letter opens the first word, and their letters are in the words' letters in order
    (so "Customer Experience (CX)" holds too); the nearest such start is taken.
    """
    words = _words(doc)
    if words.lower[after - 3] not in _OPEN_BRACKETS:
        return None
    text = doc.user_data["careergraph_text"]
    written = text[words.idx[after - 2] : words.idx[after - 2] + words.length[after - 2]]
    if not (2 <= len(written) <= 6 and written.isalpha() and written.isupper()):
        return None
    letters = written.lower()
    spelled = ""
    counted = 0
    for k in range(after - 4, floor - 1, -1):
        lower = words.lower[k]
        if lower in _SPELLED_GLUE:
            continue
        if not words.alpha[k] or counted == len(letters) + 2:
            return None
        counted += 1
        spelled = lower + spelled
        if lower[0] == letters[0] and _in_order(letters, spelled):
            return k
    return None


def _in_order(letters: str, word: str) -> bool:
    """Whether ``letters`` stand in ``word`` in that order (not necessarily side by side)."""
    at = 0
    for letter in letters:
        at = word.find(letter, at) + 1
        if not at:
            return False
    return True


#: words in capitals that end the name of a body, a scheme or a duty a title in capitals opens: "the Night Porter
#: Association", "Extended Producer Responsibility", "the Charge Nurse Development Programme"
_BODY_NAMES = frozenset(
    {"association", "associations", "organization", "organisation", "institute", "society", "council", "federation",
     "committee", "network", "academy", "foundation", "guild", "alliance", "programme", "programmes", "program",
     "programs", "scheme", "schemes", "responsibility", "award", "awards", "conference", "summit"}
)


def _body_name_after(words: _Words, text: str, i: int, j: int) -> bool:
    """Whether the title ``i:j``, each word with a capital, opens a name in capitals that a word of a body, a scheme or
    a duty ends, right after it or after one more word in capitals ("Development Programme")."""
    n = len(words.lower)
    if j >= n or (words.lower[j] not in _BODY_NAMES and (j + 1 >= n or words.lower[j + 1] not in _BODY_NAMES)):
        return False  # (most titles: neither word after them ends a body's name; asked before the capitals are)
    if not all(text[words.idx[k]].isupper() for k in range(i, j) if words.alpha[k]):
        return False
    for k in (j, j + 1):
        if k >= n or not words.alpha[k] or not text[words.idx[k]].isupper():
            return False
        if words.lower[k] in _BODY_NAMES:
            return True
    return False


#: nouns of places and things a one-word title names the kind of when it stands right before them: "a butcher
#: shop", "a drivers license", "the cashier counter", "a barber school"
_THINGS_AFTER_TITLE = frozenset(
    {"shop", "shops", "store", "stores", "stall", "stalls", "counter", "counters", "license", "licence", "licenses",
     "licences", "permit", "permits", "seat", "seats", "cab", "van", "truck", "school", "schools", "college",
     "course", "courses", "exam", "exams", "uniform", "uniforms", "apron", "union", "unions", "forum", "forums",
     "magazine", "app", "apps", "software", "supplies", "equipment", "tools", "kit", "knife", "knives"}
    # a kind of business: "courier services", "plumber firms"
    | {"services", "firm", "firms", "companies"}
)
#: verbs of saying after a person's name: "Jo Baker says ..."
_SAYING = frozenset({"says", "said", "explains", "explained", "adds", "added", "told", "tells", "notes", "noted"})


#: words after which a title names a post, never a person: "became", "as", an article
_POST_CUES = frozenset({"became", "become", "becomes", "becoming", "as", "a", "an", "the"})


def _personal_name(doc: Doc, start: int, end: int) -> bool:
    """Whether a two-word title written in capitals is a person's name whose surname is a title's word ("Elizabeth
    Dean", "Jo Baker"): its first word is in no title of the lexicon, and a comma and a title ("Elizabeth Dean,
    manager of ...") or a verb of saying ("Jo Baker says") follow it."""
    words = _words(doc)
    text = doc.user_data["careergraph_text"]
    first = text[words.idx[start] : words.idx[start] + words.length[start]]
    last = text[words.idx[end - 1] : words.idx[end - 1] + words.length[end - 1]]
    if not (first[:1].isupper() and first[1:].islower() and last[:1].isupper() and last[1:].islower()):
        return False
    if words.lower[start] in _title_modifiers() or words.lower[start] in TITLE_HEADS:
        return False
    before = _skip_spaces(words, start - 1, -1)
    if before >= 0 and words.lower[before] in _POST_CUES:
        return False  # "I became Ecommerce Coordinator, then ...", "as Fleet Controller, I ...": where a post is named
    after = _skip_spaces(words, end, 1)
    if after >= len(words.lower):
        return False
    if words.lower[after] in _SAYING:
        return True
    if words.lower[after] != ",":
        return False
    norms = _doc_norms(doc)
    stop = min(len(words.lower), after + 6)
    return any(norms[k] in TITLE_HEADS or words.lower[k] in TITLE_HEADS for k in range(after + 1, stop))


def _case_drops(doc: Doc, k: int) -> bool:
    """Whether word ``k`` is written in lower case right after a word written with a capital and is no word of a
    title's field: a lead's field in capitals ends there ("Heads of Year meet weekly"; not "Head of Customer
    service")."""
    words = _words(doc)
    text = doc.user_data["careergraph_text"]
    return (
        text[words.idx[k]].islower()
        and text[words.idx[k - 1]].isupper()
        and words.lower[k] not in _title_modifiers()
        and _doc_norms(doc)[k] not in TITLE_HEADS
    )


def _go_between(words: _Words, start: int, end: int) -> bool:
    """Whether the title at ``start:end`` is named as what a post does between others, no post of its own: "a team
    leader works as a mediator between agents and management", "serves as the primary liaison between"."""
    after = _skip_spaces(words, end, 1)
    if after >= len(words.lower) or words.lower[after] != "between":
        return False
    k = _skip_spaces(words, start - 1, -1)
    if k >= 0 and words.lower[k] in {"a", "an", "the"}:
        k = _skip_spaces(words, k - 1, -1)
    return k >= 0 and words.lower[k] == "as"


#: rank words that make one title with a "head of X" after them
_HEAD_OF_RANKS = frozenset({"assistant", "deputy", "associate", "senior", "joint", "vice"})
#: words of the scope a "head of" post covers that open its title: "Global Head of Audit", "Regional Head of Sales"
_HEAD_OF_RANKS |= frozenset({"global", "regional", "national", "international", "group"})


#: title heads that are verbs too: "managers lead teams", "the supervisor heads the shift"
_VERB_HEADS = frozenset({"lead", "head", "host", "coach", "anchor", "partner", "support", "staff"})


def _verb_after_subject(words: _Words, norms: list[str], i: int, j: int) -> bool:
    """Whether the head word ``i:j`` is a verb whose subject is the title just before it: a plural title and a
    bare verb ("supervisors lead"), or a singular one and a verb in -s ("the manager leads")."""
    if j - i != 1 or norms[i] not in _VERB_HEADS:
        return False
    k = _skip_spaces(words, i - 1, -1)
    if k < 0 or not words.alpha[k] or norms[k] not in TITLE_HEADS:
        return False
    subject_plural = words.lower[k] != norms[k]
    verb_in_s = words.lower[i] != norms[i]
    return subject_plural != verb_in_s


def _compound_agents(lowers: list[str]) -> dict[int, str]:
    """Tokens that are closed compounds ending in a job title's agent noun, by position, with their singular.

    "telecaller(s)" (tele + caller), "livestreamer", "dropshipper": a word the lemma table and the
    title lexicon do not know, made of three letters or more and a head word of at least five
    that names a person by its ending (-er, -or, -ist, -ian). Known words ("stakeholder",
    "newcomer", "customer") are not read this way.
    """
    agents = {}
    for lower in set(lowers):  # (each word once: most documents have none, and their tokens are not walked)
        if len(lower) >= 6:
            singular = _COMPOUND_AGENTS.get(lower, "")
            if singular == "":
                singular = _COMPOUND_AGENTS[lower] = _compound_agent(lower)
            if singular is not None:
                agents[lower] = singular
    if not agents:
        return {}
    return {k: agents[lower] for k, lower in enumerate(lowers) if lower in agents}


def _compound_agent(lower: str) -> str | None:
    """The singular of one word when it is such a compound (see :func:`_compound_agents`), else None.

    Examples
    --------
    >>> _compound_agent("telecallers"), _compound_agent("livestreamer"), _compound_agent("stakeholders")
    ('telecaller', 'livestreamer', None)
    """
    if not lower.isalpha():
        return None
    singular = lower[:-3] + "man" if lower.endswith("men") else lower[:-1] if lower.endswith("s") else lower
    person = _person_compound(singular)
    if person is not None or len(lower) < 8 or known_word(lower):
        return person
    for word in (lower[:-1], lower) if lower.endswith("s") else (lower,):
        if known_word(word) or word in TITLE_HEADS or word in LEXICON_SINGLES:
            return None
        for cut in range(3, len(word) - 4):
            head = word[cut:]
            if head.endswith(_AGENT_ENDINGS) and (head in TITLE_HEADS or head in LEXICON_SINGLES):
                return None if head in _GENERIC_HEADS or head in _STANDING_WORDS else word
    return None


#: the last words of closed compounds that name a person by what they keep, sell or do: "storekeeper",
#: "cheesemonger", "farmhand", "bagboy", "locksmith", "wheelwright", "goatherd", "postman", "chambermaid",
#: "groundworker"
_PERSON_TAILS = (
    "keeper", "monger", "hand", "boy", "girl", "smith", "wright", "herd", "man", "maid", "person", "worker"
)
#: compounds of those words that name no person, or one by no post ("beforehand", "German", "woman", "tallboy": a
#: can of beer or a chest of drawers)
_NOT_PERSON_COMPOUNDS = frozenset(
    {"beforehand", "offhand", "secondhand", "firsthand", "shorthand", "longhand", "freehand", "underhand",
     "overhand", "backhand", "forehand", "german", "roman", "norman", "human", "woman", "ottoman", "shaman",
     "talisman", "superman", "mermaid", "tomboy", "playboy", "cowboy", "chairman", "congressman", "sportsman",
     "tallboy", "highboy", "lowboy", "schoolboy", "schoolgirl", "homeboy", "cowgirl", "showman", "networker",
     "coworker"}
)


def _person_compound(word: str) -> str | None:
    """``word`` when it is a closed compound ending in one of :data:`_PERSON_TAILS` after three letters or more that
    the title lexicon does not know ("storekeeper", "cheesemonger", "bagboy"), else None; a compound in -man or -hand
    must be a word the lemma table knows ("postman", "farmhand": not a surname such as "Coleman").

    Examples
    --------
    >>> _person_compound("storekeeper"), _person_compound("cheesemonger"), _person_compound("beforehand")
    ('storekeeper', 'cheesemonger', None)
    """
    if word in TITLE_HEADS or word in LEXICON_SINGLES or word in _NOT_PERSON_COMPOUNDS:
        return None
    for tail in _PERSON_TAILS:
        if word.endswith(tail) and len(word) - len(tail) >= 3:
            return word if tail not in {"man", "hand"} or known_word(word) else None
    return None


#: words already judged by _compound_agent (None: not a compound agent noun)
_COMPOUND_AGENTS: dict[str, str | None] = {}


def _numbered(doc: Doc, j: int) -> int:
    """How many tokens from ``j``, after a title's head, name its level (0: none): a numeral written in capitals
    ("Supervisor II"), or a digit after a capitalised head that the document numbers twice ("Claims Adjuster 1" ...
    "Claims Adjuster 2"), or a capitalised level word and its number after a capitalised head that the document names
    at two levels so ("Porter Grade 1" ... "Porter Grade 2")."""
    words = _words(doc)
    if j >= len(words.lower) or not words.space_after[j - 1]:
        return 0
    text = doc.user_data["careergraph_text"]
    if (
        words.lower[j] in _LEVEL_WORDS
        and j + 1 < len(words.lower)
        and words.space_after[j]
        and _level_number(words.lower[j + 1])
        and text[words.idx[j]].isupper()
        and text[words.idx[j - 1]].isupper()
    ):
        head = text[words.idx[j - 1] : words.idx[j - 1] + words.length[j - 1]]
        level = text[words.idx[j] : words.idx[j] + words.length[j]]
        numbered = doc.user_data.setdefault("careergraph_numbered_heads", {})
        key = f"{head} {level}"
        if key not in numbered:
            numbered[key] = len(set(re.findall(rf"\b{re.escape(key)} (\d{{1,2}}|I{{1,3}}|IV)\b", text))) > 1
        return 2 if numbered[key] else 0
    if words.lower[j] in _ROMAN_LEVELS:
        return int(text[words.idx[j] : words.idx[j] + words.length[j]].isupper())
    if words.lower[j] == "i" and text[words.idx[j]] == "I":
        # "Representative I" (no pronoun): ending its line or clause, where the page numbers the same head II too
        after = text[words.idx[j] + 1 : words.idx[j] + 3]
        head = text[words.idx[j - 1] : words.idx[j - 1] + words.length[j - 1]]
        return int((not after or after[0] in "\n,;:)|" or after.startswith((" -", " –", " (", " |"))) and (
            re.search(rf"\b{re.escape(head)} II\b", text) is not None
        ))
    if len(words.lower[j]) != 1 or not "1" <= words.lower[j] <= "9" or not text[words.idx[j - 1]].isupper():
        return 0
    head = text[words.idx[j - 1] : words.idx[j - 1] + words.length[j - 1]]
    numbered = doc.user_data.setdefault("careergraph_numbered_heads", {})  # (the same head asked at each number)
    if head not in numbered:
        numbered[head] = len(set(re.findall(rf"\b{re.escape(head)} ([1-9])\b", text))) > 1
    return int(numbered[head])


#: a rank written short in a title as quoted ("Sr. Buyer"): the quote is a name of the role
_SHORT_RANK = re.compile(r"\b(?:sr|snr|jr|jnr|asst|assoc)\b", re.I)


@functools.lru_cache(maxsize=4096)  # (asked of every naming of a role: a page names its roles many times)
def _short_rank(quote: str) -> bool:
    """Whether a role's naming writes its rank short (:data:`_SHORT_RANK`), kept per quote.

    >>> _short_rank("Sr. Buyer"), _short_rank("ASST Manager"), _short_rank("Senior Buyer"), _short_rank("Srinivas")
    (True, True, False, False)
    """
    return _SHORT_RANK.search(quote) is not None


#: agent nouns that name a firm as often as a person ("a metals producer", "a software developer", "an agency partner")
_FIRM_HEADS = frozenset(
    {"producer", "maker", "manufacturer", "builder", "partner", "broadcaster", "developer", "operator", "contractor",
     "integrator", "refiner", "grower", "brewer", "miller", "lender", "retailer", "wholesaler", "distributor",
     "supplier", "provider", "carrier", "publisher", "exporter", "importer", "vendor", "reseller", "processor",
     "shipper", "forwarder", "printer", "insurer", "investor"}
)
#: words for a firm: "venture builder and research firm X" names a firm by its kind
_FIRM_NOUNS = frozenset(
    {"firm", "firms", "company", "companies", "agency", "agencies", "business", "businesses", "consultancy",
     "corporation", "startup", "startups", "group", "brand", "brands", "enterprise", "enterprises", "studio"}
)
#: prepositions that name where someone works after their title or a verb of work: "a buyer at a grower"
_EMPLOYER_PREPOSITIONS = frozenset({"at", "with", "for"})
#: verbs and nouns of work before "at / for a X": "works for a carrier", "a job at a producer"
_WORK_WORDS = frozenset(
    word_norm(w) for w in ("work", "works", "worked", "working", "employ", "employed", "job", "jobs", "career")
)


def _word_after(words: _Words, k: int) -> str:
    """The word at or after token ``k`` past spaces, lower case ("" at the end)."""
    k = _skip_spaces(words, k, 1)
    return words.lower[k] if k < len(words.lower) else ""


def _drives_a_thing(words: _Words, k: int) -> bool:
    """Whether "driver(s)" ending before token ``k`` names a cause: "behind X", or "of" and a bare noun ("drivers
    of growth"; not "drivers of the night fleet")."""
    after = _skip_spaces(words, k, 1)
    nxt = _word_after(words, k)
    if nxt == "behind":
        return True
    return nxt == "of" and _word_after(words, after + 1) not in _DETERMINERS


def _employer(words: _Words, norms: list[str], i: int, j: int) -> bool:
    """Whether the title-shaped words ``i:j`` (a firm's agent noun as head) name where someone works.

    After a title or a word of work and "at / with / for a(n)" ("a plant manager with a metals
    producer", "worked for a parts distributor"), or coordinated with a word for a firm ("venture
    builder and research firm X") or followed by one ("a software developer company").
    """
    lowers = words.lower
    after = _skip_spaces(words, j, 1)
    if after < len(lowers) and lowers[after] in _FIRM_NOUNS:
        return True
    if after < len(lowers) and lowers[after] in {"and", "&"}:
        for k in range(after + 1, min(after + 5, len(lowers))):
            if lowers[k] in _FIRM_NOUNS:
                return True
            if not words.alpha[k]:
                break
    k = _skip_spaces(words, i - 1, -1)
    if k < 0 or lowers[k] not in {"a", "an", "our", "their"}:
        return False
    k = _skip_spaces(words, k - 1, -1)
    if k >= 1 and lowers[k] in {"are", "'re", "’re"} and lowers[_skip_spaces(words, k - 1, -1)] == "we":
        return True  # "we are an agency partner": a firm speaking of itself
    if k < 0 or lowers[k] not in _EMPLOYER_PREPOSITIONS:
        return False
    if lowers[k] == "at":
        return True  # "at a metals producer", "the head of operations at our fulfilment partner": a place of work
    k = _skip_spaces(words, k - 1, -1)
    return k >= 0 and (norms[k] in TITLE_HEADS or norms[k] in _WORK_WORDS)


#: heads that name any person at work: a title with one needs a field the lexicon knows ("warehouse worker")
_GENERIC_HEADS = frozenset(
    {"worker", "member", "person", "people", "professional", "practitioner", "employee", "individual", "staff"}
)
#: heads that a word of how someone leads or works with others makes a description, no post: "a strategic leader",
#: "a trusted partner" (not "team leader", "business partner")
_PRAISED_HEADS = frozenset({"leader", "partner", "boss"})
_PRAISE_OF_LEADERS = frozenset(
    {"strategic", "natural", "born", "visionary", "inspirational", "inspiring", "trusted", "true", "servant",
     "thought", "great", "good", "real", "valued", "reliable", "proven"}
    # a manner of speaking of whoever is in charge: "being a total boss", "chosen by the big boss"
    | {"total", "big", "ultimate", "absolute"}
)
#: nouns for the whole workforce of a place ("shop staff", "site personnel")
_WORKFORCE_HEADS = frozenset({"staff", "personnel"})
#: places of work, which before a workforce noun name everyone the place employs, no field of work: "shop staff",
#: "shop floor staff", "hotel personnel" (not "sales staff", "warehouse staff", "back-office staff")
_NOT_FIELDS_OF_WORK = frozenset(
    {"shop", "store", "retail", "floor", "company", "firm", "hotel", "restaurant", "supermarket", "branch", "outlet",
     "site", "-"}
)
#: words of service that name staff though no O*NET title uses them so: "wait staff", "bar staff", "door staff"
_STAFF_SERVICE = frozenset({"wait", "bar", "door", "deck", "gate"})
#: trades in -ing whose staff are a post ("cleaning staff", "nursing staff"; not "training staff")
_STAFF_TRADES = frozenset({"cleaning", "nursing", "catering", "housekeeping", "teaching", "ticketing", "banqueting"})
#: words before "staff" that say how staff are employed or how many, not their field ("temporary staff")
#: words before "workers" that say what kind of worker, not in what trade: "hourly workers", "young workers"
_WORKERS_NOT_FIELDS = frozenset(
    {"hourly", "young", "old", "older", "foreign", "migrant", "frontline", "essential", "manual", "office", "female",
     "male", "domestic", "full", "part", "low", "high", "many", "most", "entry", "shift", "night", "day", "home",
     "remote", "gig", "service", "knowledge", "white", "blue", "average", "typical", "fellow", "hard", "retail"}
)
_STAFF_NOT_FIELDS = frozenset(
    {"senior", "junior", "temporary", "seasonal", "extra", "additional", "permanent", "casual", "existing", "skilled",
     "experienced", "new", "other", "key", "qualified", "trained", "unskilled", "agency", "contract", "local",
     # how many staff there are ("low staff levels", "high staff turnover")
     "low", "high", "few", "fewer", "more", "enough", "sufficient", "adequate", "many", "most", "all", "average"}
)
#: what "staff" may open as a modifier: "staff levels", "staff turnover" (a count or a cost of staff, no post)
_STAFF_COMPOUNDS = frozenset(
    {"level", "levels", "turnover", "number", "numbers", "shortage", "shortages", "cost", "costs", "morale",
     "retention", "count", "headcount", "ratio", "ratios"}
)


def _generic_title(doc: Doc, i: int, j: int) -> bool:
    """Whether tokens ``i:j``, ending in a generic head, are a title: the lexicon's ("crew member",
    "warehouse worker") or led by an abbreviation ("CX professional"); not "team members", "American
    workers" or "digital practitioners"; a capitalised title of three words or more, or what someone
    is "as a ...", is one."""
    if j - i < 2:
        return False
    norms = _doc_norms(doc)
    if (norms[j - 2], norms[j - 1]) in load_title_lexicon().titles:
        return True
    text = doc.user_data["careergraph_text"]
    words = _words(doc)
    if norms[j - 1] == "staff":
        # "sales staff", "warehouse staff", "back-office staff": the field's staff (not "temporary staff")
        before = words.lower[j - 2]
        if before.endswith("ing") and before not in _STAFF_TRADES:
            return False  # "monitoring staff", "training staff": a duty done to staff
        after = _skip_spaces(words, j, 1)
        if after < len(doc) and words.lower[after] in _STAFF_COMPOUNDS:
            return False  # "high staff turnover": staff open a compound, no post
        field_word = norms[j - 2] in _title_modifiers() or before in _STAFF_SERVICE
        return norms[j - 2] not in _STAFF_NOT_FIELDS and field_word
    if (
        norms[j - 1] == "worker"
        and j - i == 2
        and norms[j - 2] in _title_modifiers()
        and norms[j - 2] not in _STAFF_NOT_FIELDS
        and norms[j - 2] not in _WORKERS_NOT_FIELDS
        and not words.lower[j - 2].endswith("ing")
        and (text[words.idx[j - 2]].islower() or text[words.idx[j - 1]].isupper())
    ):
        # "sales workers", "general workers": the trade's workers (not "hourly workers", nor "American workers": a
        # word in capitals before a head in lower case names a people)
        return True
    written = [text[words.idx[k] : words.idx[k] + words.length[k]] for k in range(i, j)]
    if written[0].isupper() and 2 <= len(written[0]) <= 4:
        return True
    k = _skip_spaces(words, i - 1, -1)
    if k >= 1 and words.lower[k] in {"a", "an"} and words.lower[_skip_spaces(words, k - 1, -1)] == "as":
        return True  # "as a paid search professional, I ..."
    # a title written as one, two modifiers or more in capitals: "Paid Search Marketing Professional"
    return j - i >= 3 and all(w[:1].isupper() or w == "-" for w in written)


#: rank words before a head: "senior buyer" and "buyer" are two rungs, not a title and its short form
_SENIORITY = frozenset(
    {"senior", "junior", "lead", "principal", "chief", "assistant", "associate", "trainee", "head", "deputy"}
    | {"sr", "jr", "graduate", "entry", "level", "-", "mid", "staff", "executive", "apprentice", "intern", "sr.", "jr."}
)

#: words before a noun that make it one: "a buyer", "the supervisor", "as an agent"
_DETERMINERS = frozenset(
    {"a", "an", "the", "this", "that", "these", "those", "our", "your", "their", "his", "her", "my", "its",
     "every", "each", "any", "no", "one", "another", "other", "as", "most", "many", "some", "all"}
)


_AFTER_TITLE = frozenset(
    {"or", "and", "in", "at", "with", "for", "on", "to", "who", "before", "after", "until", "then"}
)


#: words for a post after a bare title: "the host role", "from advisor roles"
_POST_NOUNS_AFTER = frozenset(
    word_norm(w) for w in ("role", "roles", "position", "positions", "job", "jobs", "post", "slot", "slots")
)
#: words of pay after a bare title: the pay is the post's ("the average housekeeper salary")
_PAY_NOUNS_AFTER = frozenset({"salary", "salaries", "pay", "wage", "wages", "earnings", "income", "compensation"})
_NAMING_VERBS = frozenset(word_norm(w) for w in ("make", "made", "name", "named", "appoint", "appointed"))


def _post_position(words: _Words, norms: list[str], i: int) -> bool:
    """Whether a bare head word stands where prose names a post (mentions.titles): "as lead", "as an assistant
    too", "made me lead", "the host role", "advisor roles", "often operatives who", "former advisors"."""
    lowers = words.lower
    if norms[i] in _GENERIC_HEADS or norms[i] in _PEOPLE_WORDS:
        return False
    k = _skip_spaces(words, i - 1, -1)
    article = k >= 0 and lowers[k] in {"a", "an", "the", "our", "their", "your"}
    if article:
        k = _skip_spaces(words, k - 1, -1)
    if k < 0:
        return False
    after = _skip_spaces(words, i + 1, 1)
    nxt = lowers[after] if after < len(lowers) else "."
    if nxt == "level":
        pay = _skip_spaces(words, after + 1, 1)
        if pay < len(lowers) and lowers[pay] in _PAY_NOUNS_AFTER:
            return True  # "Foreman level pay rose": the pay of the rank, named as a post
        return lowers[k] == "at"  # "at director level", "at the manager level": the rank named as a post
    if nxt in _PAY_NOUNS_AFTER and (article or lowers[k] in _BAD_MODIFIERS):
        return True  # "the average housekeeper salary", "typical cashier pay": whose pay it is
    if nxt == "-" or (after < len(lowers) and words.alpha[after] and nxt not in _AFTER_TITLE
                      and norms[after] not in _POST_NOUNS_AFTER and nxt not in {"too", "again", "who", "that"}):
        return False  # the head of a longer phrase ("as lead buyer"), not a post
    if lowers[k] == "as":
        return True
    if lowers[k] in {"me", "him", "her", "them"}:
        before = _skip_spaces(words, k - 1, -1)
        return before >= 0 and norms[before] in _NAMING_VERBS
    if norms[k] in _NAMING_VERBS and not article:  # "Sam was made lead"
        before = _skip_spaces(words, k - 1, -1)
        return before >= 0 and norms[before] == "be"
    if norms[after : after + 1] and norms[after] in _POST_NOUNS_AFTER:
        return article or lowers[k] in {"from", "into", "to"}  # "the host role", "come up from advisor roles"
    plural = lowers[i] != norms[i]
    return plural and lowers[k] in {"often", "usually", "normally", "former", "typically", "mostly", "generally"}


#: heads without a one-word title of their own that name a person holding the post wherever prose speaks of them
#: as people ("my manager", "visits from directors"); not those that name a thing or a part too ("head", "lead",
#: "host", "agent", "assistant", "executive", "operator", "processor", "editor", "trainer": "with trainers")
_PEOPLE_HEADS = frozenset(
    {"manager", "director", "engineer", "designer", "developer", "accountant", "consultant", "coordinator"}
    | {"auditor", "officer", "recruiter"}
)
#: words before a head that make it someone's own post-holder: "my manager", "their directors"
_OWNERS = frozenset({"my", "your", "our", "his", "her", "their"})
#: words after a head that tell of its holder as a person: "the manager was off", "directors who visit"
_PERSON_AFTER = frozenset(
    {"who", "was", "is", "were", "are", "had", "has", "have", "would", "will", "could", "can", "did", "does"}
)

#: words that may follow a head spoken of as people: "visits from directors during the week", "my manager about"
_AFTER_PEOPLE = _AFTER_TITLE | {"about", "during", "over", "because", "but", "so"}
#: words that count or set apart people before a plural: "the other two managers are"
_FEW = frozenset({"other", "two", "three", "four", "five", "both", "several", "some", "all"})


def _people_head(words: _Words, norms: list[str], i: int) -> bool:
    """Whether a bare head word stands for people who hold the post (mentions.people-heads): after "my", "your",
    "their" ("I asked my manager"), after "the" with a verb or "who" next ("the director who signs off", "the
    manager was away"), or in the plural after "from", "with" or "to" ("visits from directors", "one-on-ones
    with managers") or before "who" ("new supervisors and managers who")."""
    lowers = words.lower
    if norms[i] not in _PEOPLE_HEADS or not words.alpha[i]:
        return False
    if i + 1 < len(lowers) and lowers[i + 1] in _POSSESSIVES:
        return False  # "the Manager's duties": the page's own title, named short
    after = _skip_spaces(words, i + 1, 1)
    nxt = lowers[after] if after < len(lowers) else "."
    verb_next = nxt in _PERSON_AFTER or (nxt.endswith("ed") and len(nxt) > 4)
    if after < len(lowers) and words.alpha[after] and not verb_next and nxt not in _AFTER_PEOPLE:
        return False  # the head of a longer phrase ("my manager training") or a verb's subject elsewhere
    k = _skip_spaces(words, i - 1, -1)
    if k < 0:
        return False
    plural = lowers[i] != norms[i]
    if lowers[k] in _OWNERS:
        return True
    if lowers[k] == "the" or (plural and lowers[k] in _FEW):
        return verb_next  # "the manager was away", "the other two managers are"
    return plural and (lowers[k] in {"from", "with", "to"} or nxt == "who")


def _as_a(words: _Words, i: int) -> bool:
    """Whether token ``i`` is named as a post: after "as a" / "as an" ("start as an agent", "work as a
    buyer"), "become a(n)" ("to become an engineer"), "promoted to" ("was promoted to supervisor")
    or "the job / role / position / post of" ("took the role of planner")."""
    k = _skip_spaces(words, i - 1, -1)
    if k < 0:
        return False
    j = _skip_spaces(words, k - 1, -1)
    cue = k
    if words.lower[k] in {"a", "an"} and j >= 0:
        cue = j  # "as a", "became an"
    elif words.lower[k] == "the" and j >= 0 and words.lower[j] in {"to", "as"}:
        cue = j  # "promoted to the" is read as "promoted to"; "five years as the manager" as "as a"
    if cue < 0:
        return False
    before = _skip_spaces(words, cue - 1, -1)
    said = words.lower[cue]
    if said == "as" and cue != k:
        pass  # "as a buyer"
    elif said in _BECOME and cue != k:
        pass  # "became an engineer" (not "became manager of ...": the phrase test below)
    elif cue != k and (said in _BE_FORMS or (said in _PAST_BE and before >= 0 and words.lower[before] in _PERSONS)):
        pass  # "would even be a manager", "have been a manager in retail", "I was a manager" (not "the fit is a ...")
    elif said == "to" and before >= 0 and _promoted_before(words, before, cue):
        pass  # "promoted to supervisor", "promoted to a planner", "promoted two weeks ago to supervisor"
    elif said == "of" and cue == k and before >= 0 and words.lower[before] in _POST_NOUNS:
        pass  # "the role of planner"
    else:
        return False
    if i + 1 < len(words.lower) and words.lower[i + 1] == "-" and not words.space_after[i]:
        return False  # "as a buyer-to-buyer channel"
    after = _skip_spaces(words, i + 1, 1)  # the head ends the phrase: not "as an assistant buyer", "as a head of"
    return (
        after >= len(words.lower)
        or not words.alpha[after]
        or words.lower[after] in _AFTER_TITLE
        or _participle_clause(words, after)
    )


def _promoted_before(words: _Words, before: int, to: int) -> bool:
    """Whether a form of "promote" stands at token ``before``, or before a time phrase that ends there ("promoted
    two weeks ago" before "to" at token ``to``)."""
    if words.lower[before] in _PROMOTED:
        return True
    for p in range(before - 1, max(-1, before - 6), -1):
        if words.lower[p] in _PROMOTED:
            return time_phrase_end(words.lower, p + 1, to) == to
    return False


def _participle_clause(words: _Words, k: int) -> bool:
    """Whether word ``k`` opens a participle clause after a title, so the title ends before it: "as a contractor
    working on the bridge", "as a porter carrying bags" (not "as a buyer training coordinator")."""
    lower = words.lower[k]
    if not (lower.endswith("ing") and len(lower) > 5):
        return False
    after = _skip_spaces(words, k + 1, 1)
    if after >= len(words.lower) or not words.alpha[after] or words.lower[after] in _CLAUSE_OPENERS:
        return True
    # "fitting kitchens in new homes": the participle's object, no title's head
    return word_norm(lower) != lower and word_norm(words.lower[after]) not in TITLE_HEADS


#: words that follow a participle opening a clause, never a title's head: "working on", "carrying the bags"
_CLAUSE_OPENERS = frozenset(
    {"on", "in", "at", "for", "with", "the", "a", "an", "our", "their", "his", "her", "my", "from", "to", "as",
     "through", "across", "into", "out", "up"}
)


#: heads that name a person's standing in a field, not a post, but in a title the lexicon holds ("product expert")
_STANDING_TITLES = frozenset({"expert", "guru", "wizard", "ninja", "enthusiast", "aficionado"})
#: heads that bare name a person's standing, not a post: "become an expert", "work as a professional"
_STANDING_WORDS = frozenset(
    {"expert", "leader", "master", "owner", "partner", "player", "professional", "member", "person", "individual"}
)
#: words before a post named bare: "become an engineer", "promoted to supervisor", "the role of planner"
_BECOME = frozenset({"become", "became", "becoming", "becomes"})
#: forms of "be" that name what someone is: "to be a manager", "had been a manager"; and, after a person, "I was a"
_BE_FORMS = frozenset({"be", "been"})
_PAST_BE = frozenset({"was", "were", "am"})
_PROMOTED = frozenset({"promoted", "promote", "promotes", "promoting", "promotion"})
_POST_NOUNS = frozenset({"job", "role", "position", "post", "title", "rank"})


#: words that open a verb's object: "a director of ecommerce orchestrates all aspects ..."
_OBJECT_OPENERS = frozenset({"all", "the", "a", "an", "its", "their", "our", "every", "each", "both", "multiple"})


def _verb_with_object(words: _Words, k: int) -> bool:
    """Whether token ``k``, a lower-case word in -s before an object's opener, is a verb, not a field's word."""
    lower = words.lower[k]
    after = _skip_spaces(words, k + 1, 1)
    return (
        lower.endswith("s")
        and not lower.endswith("ss")
        and after < len(words.lower)
        and (
            words.lower[after] in _OBJECT_OPENERS
            # "the Director of Nursing reports to the board": a verb of duty before its preposition
            or (words.lower[after] in _VERB_PARTICLES and verb_base(lower) is not None)
        )
    )


#: words after a verb in -s that open what it is done to or with: "reports to", "answers directly", "works with"
_VERB_PARTICLES = frozenset({"to", "into", "directly", "with", "across", "alongside"})


def _coordinated_field(doc: Doc, end: int) -> tuple[int, int] | None:
    """The tokens of a second field after "VP of Marketing or": capitalised words up to the end of the phrase."""
    words = _words(doc)
    n = len(words.lower)
    if end >= n or words.lower[end] not in {"or", "and", "/", "&"}:
        return None
    text = doc.user_data["careergraph_text"]
    k = end + 1
    while k < n and words.space[k]:
        k += 1
    lo = k
    while k < n and k - lo < 3:
        hyphen = words.lower[k] == "-" or (k > lo and words.lower[k - 1] == "-")  # "E-commerce"
        if not (hyphen or (words.alpha[k] and text[words.idx[k]].isupper())):
            break
        k += 1
    if k == lo or (k - lo == 1 and _CHIEF_OFFICER.fullmatch(text[words.idx[lo] : words.idx[lo] + words.length[lo]])):
        return None  # ("VP of Marketing or CMO": a chief officer, a post of its own, not a field of the VP)
    ends = k >= n or words.punct[k] or words.space[k] or "\n" in text[words.idx[k - 1] : words.idx[k]]
    return (lo, k) if ends else None


#: a chief officer's initials: "CEO", "CMO", "COO"
_CHIEF_OFFICER = re.compile(r"C[A-Z]O")


def _joined_fields(doc: Doc, end: int) -> int:
    """The end of a lead title's fields joined by "&" or "and": "Head of Retail & E-Commerce" is one post.

    Capitalised fields of one or two words (a hyphenated word is one), separated by commas and
    joined by a last "and" or "&", extend the title that ends at token ``end``; "or" and "/" name
    a second post instead (see :func:`_coordinated_field`).
    """
    words = _words(doc)
    text = doc.user_data["careergraph_text"]
    n = len(words.lower)
    k = end
    while k < n and words.lower[k] in {",", "and", "&"}:
        last = words.lower[k] != ","
        lo = k = _skip_spaces(words, k + 1, 1)
        while k < n and k - lo < 4:
            hyphen = words.lower[k] == "-" and k > lo and not words.space_after[k - 1]  # "E-Commerce"
            if not (hyphen or (words.alpha[k] and text[words.idx[k]].isupper() and k - lo < 3)):
                break
            k += 1
        if k == lo or words.lower[k - 1] == "-":
            return end
        norms = _doc_norms(doc)
        if any(norms[t] in TITLE_HEADS or words.lower[t] in _LEAD_WORDS for t in range(lo, k)):
            return end  # "Director of Support and VP of Support": a second title, not a field
        if last:
            return k
    return end


#: words that open a lead title: "VP of ...", "SVP of ..."
_LEAD_WORDS = frozenset({"vp", "svp", "evp", "avp", "chief", "head"})


def _name_after(doc: Doc, words: _Words, norms: list[str], k: int) -> bool:
    """Whether a person's name stands at token ``k``: two words in capitals, a space apart on one line, that are no
    title's head nor stop words, and no third such word after them ("Ann Lee said"; not "Head Office", "New York
    City")."""
    n = len(words.lower)
    if k + 1 >= n or not (words.alpha[k] and words.alpha[k + 1] and words.space_after[k - 1] and words.space_after[k]):
        return False
    text = doc.user_data["careergraph_text"]
    if not (text[words.idx[k]].isupper() and text[words.idx[k + 1]].isupper()):
        return False
    if text[words.idx[k] - 1] != " " or text[words.idx[k + 1] - 1] != " ":
        return False
    if k + 2 < n and words.alpha[k + 2] and text[words.idx[k + 2]].isupper():
        return False
    return not any(norms[t] in TITLE_HEADS or words.lower[t] in STOP_WORDS for t in (k, k + 1))


def _person_noun(doc: Doc, i: int) -> bool:
    """Whether a one-word title of the lexicon ("buyer", "coach") is used as a noun for a person here.

    After a determiner ("an agent", "the supervisor"), written with a capital inside a sentence
    ("the Buyer"), or a plural opening a sentence ("Supervisors are promoted"); not a verb ("coaches
    the team") or a bare lower-case word.
    """
    words = _words(doc)
    norms = _doc_norms(doc)
    if i + 1 < len(words.lower) and words.lower[i + 1] == "-" and not words.space_after[i]:
        return False  # "a buyer-to-buyer channel": a compound adjective
    k = _skip_spaces(words, i - 1, -1)
    start = _sent_start_of(doc, i)
    while (
        k - 2 >= start
        and words.lower[k - 1] == "-"
        and (words.lower[k - 2], words.lower[k]) in _HELD_COMPOUNDS
        and not words.space_after[k - 2]
    ):
        k = _skip_spaces(words, k - 3, -1)  # "a full-time nurse", "our on-site nurse": how the post is held
    if k >= start and (norms[k] in _DETERMINERS or words.lower[k] in _DETERMINERS):
        return True  # (the lemma table reads "most" as "much")
    if k > start and words.lower[k] in _ORDER_WORDS and (
        norms[_skip_spaces(words, k - 1, -1)] in _DETERMINERS
    ):
        return True  # "kept on to be the first bartender", "the new cashier", "an experienced driver"
    if k >= start and words.lower[i] != norms[i] and (words.lower[k] in _COUNTS or words.lower[k].isdigit()):
        return True  # "promoted three receptionists", "we hired 12 pickers": people counted
    if k > start and words.lower[k] in {"for", "of"} and norms[_skip_spaces(words, k - 1, -1)] in _PAY_NOUNS:
        return True  # "the median pay for buyers", "the salary of loaders"
    written = doc.user_data["careergraph_text"][words.idx[i] : words.idx[i] + words.length[i]]
    if i > start and written[:1].isupper() and not _bulleted_verb(doc, words, i):
        return True
    if words.lower[i] == norms[i] and _name_after(doc, words, norms, i + 1):
        return True  # "said spokesman Ann Lee", "added treasurer Tom Reed": the post of the person named
    if k > start and words.lower[k] in {"or", "and", "&"} and _after_single_post(doc, words, norms, k, i):
        return True  # "report to your foreman or supervisor": the next post of a pair
    if (
        k >= start
        and words.lower[i] != norms[i]
        and _plural_after_preposition(words, norms, k)
        and not _relative_after(words, i)
    ):
        return True  # "hiring for porters", "relies on porters and cleaners": people
    staffed = k >= start and words.lower[k] in _STAFFING_VERBS
    if staffed and words.lower[i] != norms[i] and not _relative_after(words, i):
        return True  # "the yard employs welders", "you will supervise cleaners": people a verb of staffing takes
    if _priced(words, i + 1, labelled=i == start and written[:1].isupper()):
        return True  # "Picker: $15/hr", "Loader – £24,000", "... and packer (£21,000)": a post and its pay
    if i > start and words.lower[i] != norms[i] and words.lower[k] == "," and _modal_after(words, i + 1):
        return True  # "With further study, paralegals can qualify as ...": a plural subject after an opening phrase
    if i == start and written[:1].isupper() and _cv_line(doc.user_data["careergraph_text"], words.idx[i], len(written)):
        return True  # "Labourer, BuildCo (2010-2014)", "2012 – Plumber": a post a CV's line dates
    if written[:1].isupper() and _line_label(doc.user_data["careergraph_text"], words.idx[i], len(written)):
        return True  # "2. Porter: carries the luggage", "- Receptionist – checks guests in": a list item's label
    return i == start and words.lower[i] != norms[i]


#: words of about how many between a verb of hiring and a count: "hiring up to 100 agents", "to recruit around 40"
_COUNT_LEADS = frozenset({"up", "to", "about", "around", "over", "nearly", "some", "another", "more", "than", "almost"})


def _hired_count(words: _Words, norms: list[str], i: int, start: int) -> bool:
    """Whether a head in the plural is counted in digits right after a verb of hiring ("is hiring up to 100 agents",
    "will recruit 40 managers"): posts to be filled, whatever the head (a head of a title too: not "100 agents of
    change", which a word after the head would make a longer phrase)."""
    if words.lower[i] == norms[i] or norms[i] in _GENERIC_HEADS or norms[i] in _PEOPLE_WORDS:
        return False
    k = _skip_spaces(words, i - 1, -1)
    if k < start or not words.lower[k].replace(",", "").isdigit():
        return False
    k = _skip_spaces(words, k - 1, -1)
    while k >= start and words.lower[k] in _COUNT_LEADS:
        k = _skip_spaces(words, k - 1, -1)
    after = _skip_spaces(words, i + 1, 1)
    return (
        k >= start
        and words.lower[k] in _HIRING_VERBS
        and not (after < len(words.lower) and words.lower[after] == "of")
    )


#: verbs of filling posts, in their written forms
_HIRING_VERBS = frozenset(
    f"{stem}{end}"
    for stem, ends in (
        ("hire", ("", "s", "d")),
        ("hiring", ("",)),
        ("recruit", ("", "s", "ed", "ing")),
        ("employ", ("", "s", "ed", "ing")),
        ("add", ("", "s", "ed", "ing")),
        ("onboard", ("", "s", "ed", "ing")),
    )
    for end in ends
)


def _bulleted_verb(doc: Doc, words: _Words, i: int) -> bool:
    """Whether word ``i`` is a verb's base opening a line after its bullet, a word in small letters after it ("- Coach
    sales assistants to ...": a duty, whose capital is the line's)."""
    text = doc.user_data["careergraph_text"]
    at = words.idx[i]
    if text[text.rfind("\n", 0, at) + 1 : at].strip(_LINE_BULLETS) or verb_base(words.lower[i]) != words.lower[i]:
        return False
    after = _skip_spaces(words, i + 1, 1)
    return (
        after < len(words.lower)
        and words.alpha[after]
        and text[words.idx[after]].islower()
        and words.lower[after] not in {"and", "or"}
    )


#: prepositions before a plural one-word title of the lexicon that make it people: "hiring for porters", "a mediator
#: between advisors and management", "relies on porters" (not "with": "communication with supervisors" is a skill)
_PEOPLE_PREPOSITIONS = frozenset(
    {"for", "on", "to", "among", "amongst", "from", "by", "alongside", "like", "including", "between"}
)
#: verbs of hiring, managing and training, in their written forms, whose object in the plural is people: "the site
#: employs welders", "we are recruiting porters", "you will supervise cleaners" (not "support" or "lead", which open
#: titles: "support engineers", "lead cooks")
_STAFFING_VERBS = frozenset(
    f"{stem}{end}"
    for stems, ends in (
        (("employ", "recruit", "mentor", "appoint", "onboard", "coach"), ("", "s", "ed", "ing", "es")),
        (("hire", "supervise", "manage", "motivate", "schedule", "roster"), ("", "s", "d")),
        (("need", "want", "seek", "train"), ("", "s", "ed", "ing")),
    )
    for stem in stems
    for end in ends
) | {"hiring", "supervising", "managing", "motivating", "scheduling", "rostering", "oversee", "oversees", "oversaw"}
#: words opening a relative clause: a plural described by one after a preposition is people in general ("advancement
#: for marketers who want to deepen their expertise"), not a post
_RELATIVES = frozenset({"who", "whose", "that", "which"})


def _after_single_post(doc: Doc, words: _Words, norms: list[str], k: int, i: int) -> bool:
    """Whether the word before the "or" / "and" at ``k`` is a one-word post in the singular as word ``i`` is, a noun
    for a person by itself ("your foreman or supervisor"; not a title's head after its modifier, "transport clerks
    and schedulers", where the modifier is shared)."""
    first = _skip_spaces(words, k - 1, -1)
    if first < 0 or not words.alpha[first] or words.lower[first] != norms[first] or words.lower[i] != norms[i]:
        return False  # (plurals listed after a plural post are mentions.listed-after's)
    return (norms[first] in LEXICON_SINGLES or norms[first] in TITLE_HEADS) and _person_noun(doc, first)


def _relative_after(words: _Words, i: int) -> bool:
    """Whether a relative clause opens after word ``i`` ("marketers who want ...")."""
    nxt = _skip_spaces(words, i + 1, 1)
    return nxt < len(words.lower) and words.lower[nxt] in _RELATIVES


def _plural_after_preposition(words: _Words, norms: list[str], k: int) -> bool:
    """Whether word ``k`` (just before a plural one-word title) is a preposition, or the "and" / "or" / comma of a
    list whose first item is such a plural after one ("on porters and cleaners")."""
    low = words.lower[k]
    if low in _PEOPLE_PREPOSITIONS:
        return True
    if low not in {"and", "or", ","}:
        return False
    first = _skip_spaces(words, k - 1, -1)
    before = _skip_spaces(words, first - 1, -1)
    return (
        before >= 0
        and words.lower[first] != norms[first]
        and norms[first] in LEXICON_SINGLES
        and words.lower[before] in _PEOPLE_PREPOSITIONS
    )


#: modal verbs after a plural subject: "paralegals can", "drivers may"
_SUBJECT_MODALS = frozenset({"can", "may", "could", "might", "will", "should", "often", "usually", "typically"})


def _modal_after(words: _Words, k: int) -> bool:
    """Whether a modal verb (or a word of frequency) stands at token ``k``, past spaces."""
    k = _skip_spaces(words, k, 1)
    return k < len(words.lower) and words.lower[k] in _SUBJECT_MODALS


#: what follows a post on a CV's line: at most an employer, then its years in a bracket ("Labourer, BuildCo
#: (2010-2014)", "Plumber (2012 - present)")
_CV_AFTER = re.compile(r"(?:[ \t]*(?:,|[-–—@|])[^\n()]{0,60}?)?[ \t]*[(（][ \t]*(?:19|20)\d\d\b[^\n]*")
#: what stands before a post on a CV's line: its years ("2012 – ", "2010-2014: ")
_CV_BEFORE = re.compile(
    r"[ \t*•-]*(?:19|20)\d\d(?:[ \t]*[-–—][ \t]*(?:(?:19|20)\d\d|present|now|today))?[ \t]*[-–—:|,][ \t]*", re.I
)


#: what stands before a list item's label on its line: at most its marker ("2.", "3,", "(1)", "-", "•")
_LABEL_BEFORE = re.compile(r"[ \t]*(?:(?:[-*•·]|\(?\d{1,2}[.,、)）]|\(\d{1,2}\))[ \t]*)?")
#: what follows a list item's label: a colon or a dash, then its text
_LABEL_AFTER = re.compile(
    r"[ \t]*(?:[:：]|[ \t][-–—])[ \t]*\S"
    # (or a comma and what the post is for: "Dispatcher, mainly responsible for ...", "Porter，主要负责")
    r"|[ \t]*[,，][ \t]*(?:mainly|mostly|chiefly|primarily|responsible|in charge)\b",
    re.I,
)


def _line_label(text: str, at: int, length: int) -> bool:
    """Whether the word at ``at`` is a line's label: only a list marker before it, a colon or a dash and text after
    ("2. Porter: carries the luggage", "- Receptionist – checks guests in")."""
    lo = text.rfind("\n", 0, at) + 1
    return bool(_LABEL_BEFORE.fullmatch(text, lo, at) and _LABEL_AFTER.match(text, at + length))


def _cv_line(text: str, at: int, length: int) -> bool:
    """Whether the word at ``at`` is the post of a CV's line, dated by years before it or in a bracket after it."""
    lo = text.rfind("\n", 0, at) + 1
    hi = text.find("\n", at)
    hi = len(text) if hi < 0 else hi
    return bool(_CV_AFTER.fullmatch(text, at + length, hi) or _CV_BEFORE.fullmatch(text, lo, at))


#: words of order or time between a determiner and a one-word title: "the first bartender", "our new cashier"
_ORDER_WORDS = frozenset(
    {"first", "second", "third", "last", "next", "new", "only", "sole", "former", "current"}
    | {"experienced", "qualified", "certified", "licensed", "trained", "seasoned"}  # (not "a good communicator")
)
#: words that count people before a plural: "three receptionists", "several pickers"
_COUNTS = frozenset(
    {"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "twenty"}
    | {"thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"}
    | {"thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety", "hundred"}
    | {"several", "few", "dozen", "dozens", "hundreds", "thousands"}
)
#: words for pay before "for" / "of" and a post: "the median pay for buyers"
_PAY_NOUNS = frozenset(word_norm(w) for w in ("pay", "salary", "salaries", "wage", "wages", "earnings", "income"))


def _priced(words: _Words, k: int, *, labelled: bool) -> bool:
    """Whether a currency sign follows token ``k`` (after "(" or, when ``labelled``, a colon or dash, which a bare
    figure may follow too): "packer (£21,000)", "Picker $31,000", "Picker: $15/hr", "Cashier: 2,500 yuan"."""
    k = _skip_spaces(words, k, 1)
    if k >= len(words.lower):
        return False
    if words.lower[k] in {":", "-", "–", "—"} and labelled:
        k = _skip_spaces(words, k + 1, 1)
        return k < len(words.lower) and (words.number[k] or words.lower[k][:1] in _CURRENCY_SIGNS)
    if words.lower[k] in {"(", ","}:
        k = _skip_spaces(words, k + 1, 1)  # "packer (£21,000)", "...; supervisors, $52,000"
    return k < len(words.lower) and words.lower[k][:1] in _CURRENCY_SIGNS


#: the first character of a token that opens a figure of pay
_CURRENCY_SIGNS = frozenset("$£€¥₹₱￥")


@functools.lru_cache(maxsize=4096)
def _new_role(name: str) -> Entry:
    return Entry(_ROLE, _slug(name), name)


def _coordinated(vocab: Vocabulary, doc: Doc, offset: int, mentions: list[Mention]) -> list[Mention]:
    """Spread a shared head over coordinated modifiers: "in-sale and after-sale customer service"."""
    if not vocab.by_norm:
        return []  # (the names spread are looked up among the known ones: the default vocabulary knows none)
    extra: list[Mention] = []
    words = _words(doc)
    norms = _doc_norms(doc)
    for m in mentions:
        if m.label is not _ROLE:
            continue
        current = m.i
        while current >= 2 and words.lower[current - 1] in _COORDINATORS:
            conj = current - 1
            matched = None
            for width in (3, 2, 1):
                lo = conj - width
                if lo < 0 or any(words.punct[k] and words.lower[k] != "-" for k in range(lo, conj)):
                    continue
                for k in (3, 2, 1):
                    if m.i + k >= m.j:
                        continue
                    entry = vocab.lookup([*norms[lo:conj], *norms[m.i + k : m.j]])
                    if entry is not None and entry.label is _ROLE and entry.key != m.key:
                        matched = (lo, entry)
                        break
                if matched:
                    break
            if matched is None:
                break
            lo, entry = matched
            extra.append(Mention(entry.label, entry.key, entry.name, True, offset + words.idx[lo], m.end, lo, conj))
            current = lo
    return extra


_COORDINATORS = frozenset({"and", "or", "、", ",", "/", "，"})


#: words of the unit or the scope a post runs, each a rank of its own: "Department or Store Manager" are two posts
_SCOPE_WORDS = frozenset(
    {"department", "store", "shop", "branch", "site", "unit", "area", "district", "region", "regional", "state",
     "national", "country", "divisional", "division", "zone", "territory", "city", "local", "global", "group",
     "international", "floor", "section", "ward", "depot", "plant"}
)


def _scope_pair(words: _Words, k: int, after: int) -> bool:
    """Whether words ``k`` and ``after``, joined by "or", are two units or scopes a post runs ("Department or Store
    Manager", "Area or Regional Manager"): two posts of two ranks, not one post's field said two ways."""
    return (
        k >= 0
        and words.lower[k] in _SCOPE_WORDS
        and words.lower[after] in _SCOPE_WORDS
        and words.lower[k] != words.lower[after]
    )


def _scope_alternatives(doc: Doc, offset: int, mentions: list[Mention]) -> list[Mention]:
    """A unit or scope before "or" and a title opened by another names that title's post for it: "Department or Store
    Manager" names a department manager too, "State or National Store Manager" a state store manager."""
    words = _words(doc)
    taken = {(m.i, m.j) for m in mentions}
    extra: list[Mention] = []
    for m in mentions:
        if m.label is not _ROLE or m.j - m.i < 2 or m.i < 2 or words.lower[m.i - 1] != "or":
            continue
        k = m.i - 2
        if not words.alpha[k] or not _scope_pair(words, k, m.i) or (k, k + 1) in taken:
            continue
        text = doc.user_data["careergraph_text"]
        if text[words.idx[k]].isupper() != text[words.idx[m.i]].isupper():
            continue  # ("the sales floor or Store Manager": not written as one pair)
        rest = _new_role_name(doc, m.i + 1, m.j)
        first = text[words.idx[k] : words.idx[k] + words.length[k]]
        name = f"{first.capitalize()} {rest[:1].lower()}{rest[1:]}" if not rest[1:2].isupper() else f"{first} {rest}"
        post = _mention(_new_role(name), doc, k, k + 1, offset, known=False)
        extra.append(post._replace(rule="mentions.shared-heads"))
    return extra


def _slashed_compounds(doc: Doc, offset: int, mentions: list[Mention], heads: dict[str, Entry]) -> list[Mention]:
    """Two one-word titles joined by a slash with no space ("picker/packer") are the one post the page names by the
    two words together ("Picker Packer"): not two posts."""
    words = _words(doc)
    norms = _doc_norms(doc)
    n = len(words.lower)
    out: list[Mention] = []
    drop: set[int] = set()
    for m in mentions:
        k = m.j + 1
        if (
            m.label is _ROLE
            and m.j - m.i == 1
            and k < n
            and words.lower[m.j] == "/"
            and not words.space_after[m.i]
            and not words.space_after[m.j]
            and words.alpha[k]
        ):
            entry = heads.get(norms[k])
            if entry is not None and entry.key == _slug(f"{norms[m.i]} {norms[k]}"):
                out.append(_mention(entry, doc, m.i, k + 1, offset, known=False)._replace(rule="mentions.shared-heads"))
                drop.update((m.i, k))
                continue
        out.append(m)
    return [m for m in out if not (m.j - m.i == 1 and m.i in drop)] if drop else mentions


def _shared_modifiers(doc: Doc, offset: int, mentions: list[Mention]) -> list[Mention]:
    """A bare head after "or" or "/" shares the title's modifiers: "Inventory Specialist / Analyst" names two.

    After "and" too when the head is no title by itself there and has the title's number ("the
    customer service supervisor and manager", "logistics coordinators and planners"; not "store
    managers and cashiers").
    """
    words = _words(doc)
    norms = _doc_norms(doc)
    # (a bare head alone may already be a one-word title: "Analyst" - the shared reading replaces it)
    covered = {t for m in mentions if m.j - m.i > 1 for t in range(m.i, m.j)}
    alone = {m.i for m in mentions if m.j - m.i == 1}
    n = len(words.lower)
    extra: list[Mention] = []
    for m in mentions:
        if m.label is not _ROLE:
            continue
        conj = _skip_spaces(words, m.j, 1)
        if conj >= n or words.lower[conj] not in {"/", "or", "&", "and"}:
            continue
        if m.j - m.i < 2:
            # "Receptionist/Administrator": a one-word title and a head joined by a slash are two posts
            if conj != m.j or words.lower[conj] != "/" or words.space_after[m.j - 1] or words.space_after[conj]:
                continue
            k = conj + 1
            if k >= n or k in covered or k in alone or not words.alpha[k] or norms[k] not in TITLE_HEADS:
                continue
            if k + 1 < n and not (words.punct[k + 1] or words.space[k + 1] or words.lower[k + 1] in _AFTER_TITLE):
                continue
            post = _mention(_new_role(_new_role_name(doc, k, k + 1)), doc, k, k + 1, offset, known=False)
            extra.append(post._replace(rule="mentions.shared-heads"))
            covered.add(k)
            continue
        k = _skip_spaces(words, conj + 1, 1)
        if k >= n or k in covered or not words.alpha[k] or norms[k] not in TITLE_HEADS:
            continue
        plural = words.lower[k] != norms[k], words.lower[m.j - 1] != norms[m.j - 1]
        if words.lower[conj] == "and" and (k in alone or plural[0] != plural[1]):
            continue
        after = k + 1
        if after < n and not (
            words.punct[after] or words.space[after] or words.lower[after] in _AFTER_TITLE
        ):
            continue  # "Specialist or Analyst Intern": not a bare head ("officers or executives in banks": one)
        name = f"{m.name.rsplit(' ', 1)[0]} {norms[k]}"
        if (
            (words.lower[conj] == "and" and plural[0] and norms[m.j - 1] in _RANK_HEADS and _own_trade(norms[k], name))
            # "Senior Finance Officer / Accountant", "Sales Assistant or Cashier": a post's other name, a title alone
            or (words.lower[conj] in {"/", "or"} and norms[k] in STANDALONE_TITLES and _own_trade(norms[k], name, True))
        ):
            # "shift managers and cleaners", "site managers and electricians": a trade's word that is a post by itself
            # and makes no title with the other's modifiers is a post of its own
            post = _mention(_new_role(_new_role_name(doc, k, k + 1)), doc, k, k + 1, offset, known=False)
            extra.append(post._replace(rule="mentions.shared-heads"))
            covered.add(k)
            continue
        post = _mention(_new_role(name), doc, k, k + 1, offset, known=False)
        extra.append(post._replace(rule="mentions.shared-heads"))
        covered.add(k)
    return extra


#: heads of titles that rank someone over others: after "X managers and", a trade's word names those they run
_RANK_HEADS = frozenset({"manager", "supervisor", "director", "leader", "lead", "head", "foreman", "superintendent"})


def _own_trade(head: str, shared: str, alone: bool = False) -> bool:
    """Whether a head after "and" (after a title ranking someone over others) is a trade's word, a one-word title of
    the lexicon that names no rank or function ("cleaner", "porter"; not "planner"), and the title it would make with
    the modifiers before the "and" is no title of the lexicon ("shift cleaner"; "maintenance technician" is one).
    ``alone``: the head is a title alone whatever its kind (after "/" or "or": "Senior Finance Officer / Accountant";
    "Tax Assistant / Accountant" still names a tax accountant, a title of the lexicon)."""
    return (
        (alone or (head in LEXICON_SINGLES and head not in ROLE_HEADS))
        and tuple(shared.lower().split()) not in load_title_lexicon().titles
    )


#: words that open a list of posts: "as an A, B or C", "roles like A, B or C", "such as A, B and C"
_POST_LIST_OPENERS = frozenset({"a", "an", "as", "like", "include", "includes", "including", "e.g."})
_LIST_JOINS = frozenset({",", "or", "and", "/"})


def _slashed_modifier(words: _Words, norms: list[str], k: int) -> bool:
    """Whether the slash at token ``k`` joins, with no space, a word before it to a title's first word after it: an
    alternative modifier of the same title ("SEO/PPC executives", "Kitchen/Bar staff"), no item of a list (no title's
    head: "Receptionist/Administrator" are two posts)."""
    return (
        not words.space_after[k - 1]
        and not words.space_after[k]
        and words.alpha[k - 1]
        and norms[k - 1] not in TITLE_HEADS
    )


def _listed_agents(
    doc: Doc, offset: int, mentions: list[Mention], disabled: frozenset[str] = frozenset()
) -> list[Mention]:
    """Agent nouns listed with a title ("as an allocator, distributor or merchandising administrator"): in a list
    of posts opened by "as a", "like", "such as" or "including", a word ending as an agent noun does (-er, -or,
    -ist, -ian) that no other rule read is a post as well. Title heads in the plural listed with a title in the
    plural (or a staff) are posts with no opener ("a team of coordinators, drivers and warehouse staff")."""
    words = _words(doc)
    norms = _doc_norms(doc)
    covered = {t for m in mentions for t in range(m.i, m.j)}
    alone = {m.i for m in mentions if m.label is _ROLE and m.j - m.i == 1}
    n = len(words.lower)
    extra: list[Mention] = []

    def agent(k: int) -> bool:
        lower = words.lower[k]
        return (
            0 <= k < n
            and k not in covered
            and words.alpha[k]
            and len(lower) > 5
            and lower.endswith(_AGENT_ENDINGS)
            and lower not in STOP_WORDS
        )

    def plural_head(k: int) -> bool:
        return (
            0 <= k < n
            and k not in covered
            and words.alpha[k]
            and _plural_head(words, norms, k)
            and norms[k] not in _GENERIC_HEADS
            and norms[k] not in _PEOPLE_WORDS
        )

    for m in mentions:
        if m.label is not _ROLE:
            continue
        found: list[int] = []
        k = _skip_spaces(words, m.i - 1, -1)
        if k >= 2 and words.lower[k] == "/" and _slashed_modifier(words, norms, k):
            k = _skip_spaces(words, k - 2, -1)  # "SEO/PPC executives": the other modifier, part of the title
        while k >= 1 and words.lower[k] in _LIST_JOINS:
            item = _skip_spaces(words, k - 1, -1)
            if agent(item) or plural_head(item):
                found.append(item)
            elif item not in alone:
                break  # (a one-word title another rule read may stand in the list too)
            k = _skip_spaces(words, item - 1, -1)
        if not found:
            if m.j - m.i > 1 and "mentions.listed-after" not in disabled:
                # "the Bell Captain, porters and doormen": trades' words in the plural listed after a longer title and
                # a comma are posts of their own (after "and" or "or" alone they may share its modifiers)
                k = _skip_spaces(words, m.j, 1)
                while k + 1 < n and words.lower[k] in _LIST_JOINS and (found or words.lower[k] == ","):
                    item = _skip_spaces(words, k + 1, 1)
                    if not (plural_head(item) and norms[item] in LEXICON_SINGLES and norms[item] not in ROLE_HEADS):
                        break
                    found.append(item)
                    k = _skip_spaces(words, item + 1, 1)
                for k in found:
                    post = _mention(_new_role(norms[k]), doc, k, k + 1, offset, known=False)
                    extra.append(post._replace(rule="mentions.listed-after"))
                    covered.add(k)
                continue
            if m.j - m.i > 1 or words.lower[m.i] == norms[m.i] or "mentions.listed-after" in disabled:
                continue
            # "Roofers and bricklayers", "managers and cashiers": heads in the plural listed after a one-word title in
            # the plural are posts too (after a longer one they share its modifiers: "regional buyers and planners")
            k = _skip_spaces(words, m.j, 1)
            while k + 1 < n and words.lower[k] in _LIST_JOINS:
                item = _skip_spaces(words, k + 1, 1)
                if not plural_head(item):
                    break
                found.append(item)
                k = _skip_spaces(words, item + 1, 1)
            for k in found:
                post = _mention(_new_role(norms[k]), doc, k, k + 1, offset, known=False)
                extra.append(post._replace(rule="mentions.listed-after"))
                covered.add(k)
            continue
        if k >= 0 and words.lower[k] in _POST_LIST_OPENERS:
            if not all(agent(x) for x in found):
                continue
        elif not (
            all(plural_head(x) for x in found)
            and (words.lower[m.j - 1] != norms[m.j - 1] or norms[m.j - 1] in _PERSONNEL_HEADS)
        ):
            continue
        for k in found:
            post = _mention(_new_role(norms[k]), doc, k, k + 1, offset, known=False)
            extra.append(post._replace(rule="mentions.listed-agents"))
            covered.add(k)
    return extra


def _mentions(
    vocab: Vocabulary,
    doc: Doc,
    offset: int,
    heads: dict[str, Entry] | None = None,
    learned: dict[tuple[str, ...], Entry] | None = None,
    disabled: frozenset[str] = frozenset(),
    acronyms: frozenset[str] = frozenset(),
) -> list[Mention]:
    """Roles, skills and groups named in a block.

    ``heads`` maps a head word to the last title ending in it; ``learned`` maps the one-word
    titles the document has listed as rungs (see :func:`_complete_list`) to their roles;
    ``disabled`` may switch off the ``mentions.vocabulary`` and ``mentions.titles`` rules.
    """
    heads = {} if heads is None else heads
    known = [] if "mentions.vocabulary" in disabled else _known_mentions(vocab, doc, offset)
    titles = (
        [] if "mentions.titles" in disabled else _title_mentions(vocab, doc, offset, known, heads, acronyms, disabled)
    )
    # a title that spans a known mention replaces it ("livestream operations manager")
    # (known mentions do not overlap and are in order: the ones inside a title are found by bisection)
    starts = [k.i for k in known]
    drop: set[int] = set()
    for t in titles:
        for n in range(bisect.bisect_left(starts, t.i), bisect.bisect_left(starts, t.j)):
            if known[n].j <= t.j and (known[n].i, known[n].j) != (t.i, t.j):
                drop.add(n)
    merged = [k for n, k in enumerate(known) if n not in drop]
    taken = {(m.i, m.j) for m in merged}
    merged += [t for t in titles if (t.i, t.j) not in taken]
    merged += _coordinated(vocab, doc, offset, merged)
    if "mentions.rank-words" not in disabled:
        merged += _rank_word_posts(doc, offset, merged)
    if "mentions.service-posts" not in disabled and "customer" in _words(doc).lower:
        merged += _service_posts(doc, offset, merged)
    if "mentions.post-phrases" not in disabled:
        merged += _post_phrases(doc, offset, merged)
    if "mentions.listed-agents" not in disabled:
        merged += _listed_agents(doc, offset, merged, disabled)
    if "mentions.shared-heads" not in disabled and "or" in _words(doc).lower:
        merged += _scope_alternatives(doc, offset, merged)
    shared = [] if "mentions.shared-heads" in disabled else _shared_modifiers(doc, offset, merged)
    if shared:
        replaced = {m.i for m in shared}
        merged = [m for m in merged if not (m.j - m.i == 1 and m.i in replaced)] + shared
    if "mentions.shared-heads" not in disabled and "/" in _words(doc).lower:
        merged = _slashed_compounds(doc, offset, merged, heads)
    if learned:
        covered = {t for m in merged for t in range(m.i, m.j)}
        norms = _doc_norms(doc)
        merged += [
            _mention(entry, doc, k, k + len(phrase), offset, known=False)
            for phrase, entry in learned.items()
            for k in _phrase_positions(norms, phrase)
            if covered.isdisjoint(range(k, k + len(phrase)))
        ]
    merged.sort(key=lambda m: (m.i, -m.j))
    if acronyms:
        merged = _with_abbreviations(doc, offset, merged, acronyms)
    return merged


#: words for posts after the phrase that names them: "moved to quality control positions"
_PHRASE_POSTS = frozenset({"position", "positions", "role", "roles", "job", "jobs", "post", "posts"})
#: words before a post named by its work: "moved to", "promoted into", "came from" (not "a year in a retail role")
_PHRASE_POST_CUES = frozenset({"to", "into", "from"})


#: the word for posts right after a post named by its work (mentions.post-phrases)
_POST_WORD_AFTER = re.compile(r"\s+(?:positions?|roles?|jobs?|posts?)\b", re.I)
#: words before 'in' that make what follows a post held: "a good job in sales and marketing positions", "work in"
_JOB_IN = frozenset({"job", "work", "working", "worked", "works", "career", "careers"})

#: verbs of filling openings, after "to" before a word for posts: "to fill guest relations positions"
_FILLING_VERBS = frozenset({"fill", "staff", "cover", "recruit", "hire", "man"})
#: nouns of a tier of posts rather than a post: "higher leadership positions", "higher level jobs"
_TIER_NOUNS = frozenset({"leadership", "level", "tier", "grade"})
#: words before "to" that make it no move: "according to Retail Jobs", "due to warehouse roles"
_NOT_MOVE_TO = frozenset({"according", "due", "thanks", "owing", "compared", "relative", "similar", "close", "next"})


#: words before "from" that make it no move: "far from a standard logistics role", "apart from sales jobs"
_NOT_MOVE_FROM = frozenset({"far", "apart", "aside", "different", "distinct", "differs", "differ", "separate"})


def _post_phrases(doc: Doc, offset: int, mentions: list[Mention]) -> list[Mention]:
    """Posts named by their work before a word for a post: "moved to quality control positions".

    Two or three words of a field (no title's head among them: those are titles already) before
    "positions", "roles", "jobs" or "posts", after "to", "into" or "from" (an article
    between); the post is named by the field ("Quality control"). One word alone ("warehouse
    roles") is a kind of work, not a post.
    """
    words = _words(doc)
    lowers = words.lower
    if _PHRASE_POSTS.isdisjoint(lowers):
        return []
    norms = _doc_norms(doc)
    covered = {t for m in mentions for t in range(m.i, m.j)}
    out = []
    # (the words for posts alone, each found by list.index, not by a loop over every word of the block)
    for k in sorted(k for word in _PHRASE_POSTS.intersection(lowers) for k in _positions(lowers, word)):
        if k in covered:
            continue
        lo = k
        joined = False  # "marketing and promotion positions": two fields joined name one post
        while lo > 0 and k - lo < 3 + joined and lo - 1 not in covered and words.alpha[lo - 1]:
            if lowers[lo - 1] in {"and", "&"} and not joined and lo < k and lo - 2 >= 0 and words.alpha[lo - 2]:
                if lo - 2 in covered or not _modifier_ok(words, norms, lo - 2) or norms[lo - 2] in TITLE_HEADS:
                    break
                joined = True
                lo -= 2
                continue
            if not _modifier_ok(words, norms, lo - 1) or norms[lo - 1] in TITLE_HEADS:
                break
            lo -= 1
        if k - lo < 2 or lowers[k - 1] in _TIER_NOUNS:
            continue  # ("senior leadership positions": a tier of posts, not one)
        if lowers[lo] in _FILLING_VERBS:
            continue  # ("hiring cleaners to fill guest relations positions": openings a hirer fills, no move)
        cue = _skip_spaces(words, lo - 1, -1)
        if cue >= 0 and lowers[cue] in {"a", "an", "the"}:
            cue = _skip_spaces(words, cue - 1, -1)
        held_in = cue >= 0 and lowers[cue] == "in" and lowers[_skip_spaces(words, cue - 1, -1)] in _JOB_IN
        if cue < 0 or (lowers[cue] not in _PHRASE_POST_CUES and not held_in):
            continue  # ("a good job in marketing positions": a post held, not a year spent in a retail role)
        if lowers[cue] == "to" and cue > 0 and lowers[_skip_spaces(words, cue - 1, -1)] in _NOT_MOVE_TO:
            continue  # ("according to Fast Food Jobs": a source named, no move to a post)
        if lowers[cue] == "from" and cue > 0 and lowers[_skip_spaces(words, cue - 1, -1)] in _NOT_MOVE_FROM:
            continue  # ("far from a standard logistics role": a comparison, no move from a post)
        after = _skip_spaces(words, k + 1, 1)
        # (a plural word for posts opens no compound: "... positions requires" is its verb)
        if after < len(lowers) and words.alpha[after] and norms[after] not in STOP_WORDS and (
            lowers[k] not in {"positions", "roles", "posts"}
        ):
            continue  # "the modern Chinese job markets": the word for a post opens a compound, no post
        post = _mention(_new_role(_new_role_name(doc, lo, k, k - 1)), doc, lo, k, offset, known=False)
        out.append(post._replace(rule="mentions.post-phrases"))
        covered.update(range(lo, k))
    return out


def _rank_word_posts(doc: Doc, offset: int, mentions: list[Mention]) -> list[Mention]:
    """Posts named by a rank word: "supervisory roles", "senior management" (see text_moves.rank_posts), or a
    tier of a service: "Tier 1 support", "the level 2 team"."""
    covered = {t for m in mentions for t in range(m.i, m.j)}
    words = _words(doc)
    out = []
    for i, j, name in [*rank_posts(_doc_norms(doc), words.lower, 0, len(doc)), *_tier_posts(doc)]:
        if covered.isdisjoint(range(i, j)):
            out.append(_mention(_new_role(name), doc, i, j, offset, known=False)._replace(rule="mentions.rank-words"))
    return out


#: what a tier of work is named by after its level: "Tier 1 support", "the tier 2 team", "Level 3 helpdesk"
_TIER_UNITS = frozenset({"support", "team", "desk", "helpdesk", "service", "care"})
#: what a tier's unit may name after it that is no post: "tier 1 support tickets", "a level 2 service call"
_TIER_THINGS = _TIER_UNITS | frozenset(
    word_norm(w) for w in ("ticket", "queue", "issue", "case", "request", "call", "contract", "plan", "level", "tier")
)


def _tier_posts(doc: Doc) -> list[tuple[int, int, str]]:
    """Tiers of a service named as posts: a level word, its number and a word for the unit ("Tier 1 support",
    "the level 2 team"), ending the phrase (not "tier 1 support agents", a title, nor "tier 2 cities")."""
    words = _words(doc)
    lowers = words.lower
    if _LEVEL_WORDS.isdisjoint(lowers):
        return []
    norms = _doc_norms(doc)
    out = []
    # (the level words alone, each found by list.index, not by a loop over every word of the block)
    last = len(lowers) - 2
    for k in sorted(k for word in _LEVEL_WORDS.intersection(lowers) for k in _positions(lowers, word) if k < last):
        if not _level_number(lowers[k + 1]) or lowers[k + 2] not in _TIER_UNITS:
            continue
        after = _skip_spaces(words, k + 3, 1)
        if after < len(lowers) and (norms[after] in TITLE_HEADS or norms[after] in _TIER_THINGS):
            continue  # "tier 1 support agents", "level 2 service desk", "tier 1 support tickets"
        out.append((k, k + 3, _new_role_name(doc, k, k + 3, k + 2)))
    return out


def _service_posts(doc: Doc, offset: int, mentions: list[Mention]) -> list[Mention]:
    """Posts named "X customer service": "Tmall customer service" (see text_moves.service_posts)."""
    covered = {t for m in mentions if m.label is not _SKILL for t in range(m.i, m.j)}
    out = []
    for i, j, k in service_posts(_doc_norms(doc), _words(doc).lower, 0, len(doc)):
        if covered.isdisjoint(range(i, j)):
            name = _new_role_name(doc, i, j, j - 1) if k < j else f"{_new_role_name(doc, i, j, j)} customer service"
            post = _mention(_new_role(name), doc, i, j, offset, known=False)
            out.append(post._replace(rule="mentions.service-posts"))
            covered.update(range(i, j))
    return out


def _with_abbreviations(doc: Doc, offset: int, mentions: list[Mention], acronyms: frozenset[str]) -> list[Mention]:
    """A title and its abbreviation in brackets are one mention: "Customer Success Manager (CSM) → Senior CSM"."""
    words = _words(doc)
    out: list[Mention] = []
    skip: set[int] = set()
    for n, m in enumerate(mentions):
        if n in skip:
            continue
        k = m.j
        if (
            m.label is _ROLE
            and k + 2 < len(words.lower)
            and words.lower[k] in {"(", "（"}
            and words.lower[k + 1] in acronyms
            and words.lower[k + 2] in {")", "）"}
        ):
            m = m._replace(j=k + 3, end=offset + words.idx[k + 2] + words.length[k + 2])
            skip.update(x for x in range(n + 1, min(n + 3, len(mentions))) if mentions[x].i == k + 1)
        elif (
            m.label is _ROLE
            and m.j - m.i == 1
            and words.lower[m.i] in acronyms
            and n + 1 < len(mentions)
            and k + 1 < len(words.lower)
            and words.lower[k] in {"(", "（"}
            and mentions[n + 1].i == k + 1
            and mentions[n + 1].label is _ROLE
            and mentions[n + 1].j < len(words.lower)
            and words.lower[mentions[n + 1].j] in {")", "）"}
        ):
            # "a PA (process assistant)": the title written out names the post, over both
            close = mentions[n + 1].j
            m = mentions[n + 1]._replace(i=m.i, start=m.start, j=close + 1, end=offset + words.idx[close] + 1)
            skip.add(n + 1)
        out.append(m)
    return out


# --- helpers ------------------------------------------------------------------


def _as_role(vocab: Vocabulary, m: Mention) -> Mention | None:
    """A role mention, or a job group standing for its entry-level role ("start in customer service")."""
    if m.label is _ROLE:
        return m
    if m.label is _JOB_GROUP and m.key in vocab.group_entry_role:
        entry = vocab.entries[vocab.group_entry_role[m.key]]
        return Mention(_ROLE, entry.key, entry.name, True, m.start, m.end, m.i, m.j)
    return None


def _only_separators(doc: Doc, i: int, j: int, allowed: frozenset[str] = _SEPARATORS) -> bool:
    words = _words(doc)
    space, lower = words.space, words.lower
    for k in range(i, j):  # (a loop, not a generator: asked of every gap between two roles)
        if not space[k] and lower[k] not in allowed:
            return False
    return True


_DURATION_WINDOW = 80
#: what may stand between the window's start and a match that a longer match would take in
_GAP = re.compile(r"\s*(?:(?:-|–|to|or)\s*)?", re.I)


#: a character a match of a pattern opening with "\b" and a number (_N) starts with: a digit, or the first letter of
#: a number word in either case (and the long "s", which a case-blind pattern reads as "s"), with no word character
#: before it (the boundary, asked after the letter)
_NUMBER_START = re.compile(r"[\dotfsenhaOTFSENHA\u017f](?<!\w.)")


def _number_search(pattern: re.Pattern[str], text: str, lo: int = 0, hi: int | None = None) -> re.Match[str] | None:
    """``pattern.search(text, lo, hi)`` for a case-blind pattern that opens with a word boundary and a number (_N),
    tried only at the characters a match may start with (_NUMBER_START, found by a scan in C): a search tries the
    pattern's boundary and each of its number words at every character.

    >>> _number_search(_DURATION, "Two in 2 to 5 years").span(), _number_search(_DURATION, "x2 years", 1, 8)
    ((7, 19), None)
    """
    hi = len(text) if hi is None else hi
    for start in _NUMBER_START.finditer(text, lo, hi):
        found = pattern.match(text, start.start(), hi)
        if found is not None:
            return found
    return None


def _last_span_before(text: str, at: int) -> bool:
    """Whether a time frame ends right before char ``at`` ("in the last two years": _LAST_SPAN), searched only when
    the text before ``at`` ends in spaces after "last", "past" or "previous" (every match does; a text that is not
    ASCII is searched as it is)."""
    before = text[:at]
    head = before.rstrip()
    if len(head) == len(before) or (head.isascii() and not head.lower().endswith(("last", "past", "previous"))):
        return False
    return _LAST_SPAN.search(text, 0, at) is not None


@functools.lru_cache(maxsize=1024)
def _duration(text: str) -> tuple[float, float] | None:
    # every form ends in "year(s)" or "yr(s)": the pattern is tried only in a window before each of them
    low = text.lower()
    at = _year_word(low, 0)
    if at >= 0 and "month" in low:  # "six months to a year"
        both = _number_search(_MONTHS_TO_YEARS, text)
        if both is not None:
            return round(_number(both.group(1)) / 12, 2), _number(both.group(2))
    if at >= 0 and " or " in low:  # "a year or two"
        either = _number_search(_YEAR_OR, text)
        if either is not None:
            low_n, high_n = sorted((_number(either.group(1)), _number(either.group(2))))
            return low_n, high_n
    match = None
    while at >= 0 and match is None:
        lo = max(0, at - _DURATION_WINDOW)
        match = _number_search(_DURATION, text, lo, at + 6)
        if match is not None and lo > 0 and _GAP.fullmatch(text, lo, match.start()):
            match = _number_search(_DURATION, text, 0, at + 6)  # it may start before the window: the whole text
        if match is not None and (_AGO.match(text, match.end()) or _last_span_before(text, match.start())):
            match = None  # "twelve years ago", "in the last two years": when, not how long
        elif match is not None and _AGE.match(text, match.end()):
            match = None  # "when I turned 20 years old", "a 22-year-old": an age, not how long
        at = _year_word(low, at + 2)
    scale = 1.0
    if match is None:
        # "within 12-18 months", "six months": in years
        match = _number_search(_MONTHS, text) if "month" in low else None
        if match is None:
            return None
        scale = 1 / 12
    groups = [g for g in match.groups() if g is not None]
    values = [round(_number(g) * scale, 2) for g in groups]
    if len(values) == 1:
        if scale == 1.0 and _AND_A_HALF.match(text, match.end()):  # "a year and a half"
            values[0] += 0.5
        return values[0], values[0]
    return min(values), max(values)


def _year_word(low: str, start: int) -> int:
    """Where the next "year" or "yr" of lower-cased ``low`` starts from ``start`` (-1: none).

    >>> _year_word("picker for 2 yrs, then 3 years", 0), _year_word("picker for 2 yrs, then 3 years", 16)
    (13, 25)
    """
    year, short = low.find("year", start), low.find("yr", start)
    return year if short < 0 or 0 <= year < short else short


_AGO = re.compile(r"\s*ago\b", re.I)
#: after a number of years, an age: "20 years old", "18 years of age", "a 22-year-old"
_AGE = re.compile(r"[\s-]*(?:old|of\s+age)\b", re.I)
#: a time frame before a number of years ("in the last two years"), not a tenure ("for the last two years")
_LAST_SPAN = re.compile(r"\b(?:in|over|during|within)\s+the\s+(?:last|past|previous)\s+$", re.I)


#: where a sentence's clauses meet: ", and", ", but", ";" (a plain comma often only sets off a phrase)
_CLAUSE_SPLIT = re.compile(
    r"[,，]\s*(?:and|but|while|whereas|then|except|apart\s+from|other\s+than)\b|[;；]"
    # "was promoted to B in 2015 and became C three years later": a second verb of the same subject
    r"|\s+and\s+(?:then\s+|later\s+)?(?:became|was|got|moved|rose|stepped|took|joined|went|is\s+now)\b",
    re.I,
)


def _clause_duration(sent: _Sent, offset: int, at: int) -> tuple[float, float] | None:
    """The duration stated in the clause of the sentence that holds document char ``at``.

    "A becomes B within 2 years, and Bs are later made Cs": the two years are A's move only.
    """
    text = sent.text
    if sent.durations is None:  # (several rules ask of each move's clause: its cuts and durations read once)
        sent.durations = {}
        # (every cut holds a comma, a semicolon or "and": a sentence with none is one clause, not scanned)
        cuts_may = "," in text or ";" in text or "，" in text or "；" in text or "and" in text.lower()
        sent.clause_cuts = [m.start() for m in _CLAUSE_SPLIT.finditer(text)] if cuts_may else []
    lo, hi = _clause_bounds(sent, offset, at)
    if (lo, hi) not in sent.durations:
        sent.durations[lo, hi] = _duration(text[lo:hi])
    return sent.durations[lo, hi]


def _clause_bounds(sent: _Sent, offset: int, at: int) -> tuple[int, int]:
    """Where the clause of the sentence that holds document char ``at`` starts and ends in its text, by the cuts
    :func:`_clause_duration` reads (the whole sentence when it has none)."""
    cuts = sent.clause_cuts
    if not cuts:
        return 0, len(sent.text)
    where = at - offset - sent.start_char
    return max((c for c in cuts if c <= where), default=0), min((c for c in cuts if c > where), default=len(sent.text))


_WITHIN = re.compile(
    r"\b(?:within|in under|in less than|up to)\s+(?:about\s+|around\s+)?\S+(?:\s+\S+)?\s+(?:years?|months?)\b", re.I
)
#: what every match of _WITHIN holds (a gate in front of its search)
_WITHIN_WORDS = ("within", "in under", "in less than", "up to")


def _move_years(sent: _Sent, offset: int, at: int) -> tuple[float | None, float] | None:
    """The years of a move stated in its clause; "within two years" (one figure) states only the most it takes."""
    years = _clause_duration(sent, offset, at)
    if years is None or years[0] != years[1]:
        return years
    if sent.within is None:
        # (every match holds one of its openers: most sentences hold none, and are not searched)
        sent.within = _may_hold(sent.text, _WITHIN_WORDS) and _WITHIN.search(sent.text) is not None
    if sent.within and sent.clause_cuts:
        # "... to B in about 14 months, and reach C within three years": the bound is the other clause's
        lo, hi = _clause_bounds(sent, offset, at)
        return (None, years[1]) if _WITHIN.search(sent.text, lo, hi) else years
    return (None, years[1]) if sent.within else years


def _number(word: str) -> float:
    word = " ".join(word.lower().split())
    if word.endswith(" and a half"):  # "two and a half", "a year and a half" reads "a and a half"
        return _number(word[: -len(" and a half")]) + 0.5
    if word in _WORD_NUMBERS:
        return float(_WORD_NUMBERS[word])
    return float(word)


class _Unread(enum.Enum):
    """The mark of a per-sentence value not worked out yet (None is a value: "no cue")."""

    UNREAD = enum.auto()


_UNREAD = _Unread.UNREAD


class _Sent:
    """A sentence of a doc: its token range, character range and text (a light ``Span``).

    The rules read a sentence's bounds and text many times; spaCy's ``Span`` works each out
    again on every read.
    """

    __slots__ = (
        "chains", "clause_cuts", "cue", "decimal", "doc", "durations", "end", "end_char", "lower_gates", "lower_set",
        "norm_gates", "norm_set", "norms", "start", "start_char", "text", "within", "words",
    )

    def __init__(self, doc: Doc, start: int, end: int, words: _Words) -> None:
        self.doc = doc
        self.start = start
        self.end = end
        #: the doc's per-token words and norms (see _words, _doc_norms), kept here: rules read them many times
        self.words = words
        self.norms: list[str] = doc.user_data["careergraph_norms"]
        self.start_char: int = words.idx[start]
        self.end_char: int = words.idx[end - 1] + words.length[end - 1]
        self.text: str = doc.user_data["careergraph_text"][self.start_char : self.end_char]
        #: its norms and lower-case words as sets, made on first use (see _sent_norms, _sent_lowers)
        self.norm_set: frozenset[str] | None = None
        self.lower_set: frozenset[str] | None = None
        #: those of them that some gate asks for (see _norm_gates, _lower_gates), picked out on first use
        self.norm_gates: frozenset[str] | None = None
        self.lower_gates: frozenset[str] | None = None
        #: its first requirement cue (see _cue_position), found on first use; several rules ask for it
        self.cue: tuple[int, int, bool] | _Unread | None = _UNREAD
        #: where its clauses meet, and the duration each clause states, read on first use (see _clause_duration),
        #: and whether it says "within" a time (see _move_years)
        self.clause_cuts: list[int] = []
        self.durations: dict[tuple[int, int], tuple[float, float] | None] | None = None
        self.within: bool | None = None
        #: whether it holds a decimal digit (see _sent_decimal), found on first use
        self.decimal: bool | None = None
        #: the career steps read last (see _chain_targets) and the mentions they were read from
        self.chains: tuple[tuple[Mention, ...], list[tuple[str, list[Mention]]]] | None = None

    def __len__(self) -> int:
        return self.end - self.start


def _doc_norms(doc: Doc) -> list[str]:
    """Every token's norm (read once per block by :func:`_prepare`; token objects are costly to make)."""
    last = _PREPARED
    if last[0] is doc:
        return last[2]
    norms: list[str] = doc.user_data["careergraph_norms"]
    return norms


class _Words:
    """Per-token attributes of a block as plain lists (reading them from token objects is slow).

    Built from one row per token (:class:`WordTypes`), every column at once: plain instance attributes are read
    several times faster than ones a class-level descriptor made on first read (the interpreter's attribute cache
    does not serve a name the class also defines), and the rules read the columns millions of times.
    """

    def __init__(self, rows: list[tuple[Any, ...]], space_after: list[bool], idx: list[int]) -> None:
        columns: list[list[Any]] = [list(column) for column in zip(*rows, strict=True)]
        if not rows:
            columns = [[] for _ in range(7)]
        self.lower: list[str] = columns[0]
        self.alpha: list[bool] = columns[1]
        self.space: list[bool] = columns[2]
        self.length: list[int] = columns[3]
        self.number: list[bool] = columns[4]
        self.punct: list[bool] = columns[5]
        self.space_after = space_after
        self.idx = idx
        #: the indexes of the whitespace tokens (few in most blocks: a test of one is a set look-up)
        self.spaced: frozenset[int] = frozenset(itertools.compress(range(len(idx)), self.space))


def _words(doc: Doc) -> _Words:
    last = _PREPARED
    if last[0] is doc:
        return last[1]
    words: _Words = doc.user_data["careergraph_words"]
    return words


#: the doc :func:`_prepare` read last, with its words and norms: the rules ask for them hundreds of times a
#: sentence, and a doc's ``user_data`` is a look-up through a Cython property each time (one tuple, swapped whole, so
#: a reader in another thread never sees one doc's words with another's)
_PREPARED: tuple[Doc | None, _Words, list[str]] = (None, _Words([], [], []), [])


def _unprepare() -> None:
    """Let go of the doc :func:`_prepare` read last (the document is read: what it holds is no longer needed)."""
    global _PREPARED
    _PREPARED = (None, _Words([], [], []), [])


def _sent_starts(doc: Doc) -> list[int]:
    starts: list[int] = doc.user_data["careergraph_starts"]
    return starts


def _sent_start_of(doc: Doc, i: int) -> int:
    starts = _sent_starts(doc)
    return starts[bisect.bisect_right(starts, i) - 1]


def _norms(doc: Doc, i: int, j: int) -> list[str]:
    # (asked a dozen times a sentence: _doc_norms written out, and no call of max)
    last = _PREPARED
    norms: list[str] = last[2] if last[0] is doc else doc.user_data["careergraph_norms"]
    return norms[i if i > 0 else 0 : j]


def _sent_norms(sent: _Sent) -> frozenset[str]:
    """The norms of a sentence as a set: made once, for the gates of the many rules that test it."""
    if sent.norm_set is None:
        sent.norm_set = frozenset(sent.norms[sent.start : sent.end])
    return sent.norm_set


def _sent_lowers(sent: _Sent) -> frozenset[str]:
    """The lower-case words of a sentence as a set, made once (see :func:`_sent_norms`)."""
    if sent.lower_set is None:
        sent.lower_set = frozenset(sent.words.lower[sent.start : sent.end])
    return sent.lower_set


def _norm_gates(sent: _Sent) -> frozenset[str]:
    """The norms of a sentence that a gate asks for (:data:`_NORM_GATES`), picked out once: a set of words of those
    is disjoint from these exactly when it is disjoint from the sentence's norms, and a test of a few is quick."""
    if sent.norm_gates is None:
        sent.norm_gates = _sent_norms(sent) & _NORM_GATES
    return sent.norm_gates


def _lower_gates(sent: _Sent) -> frozenset[str]:
    """The lower-case words of a sentence that a gate asks for (:data:`_LOWER_GATES`; see :func:`_norm_gates`)."""
    if sent.lower_gates is None:
        sent.lower_gates = _sent_lowers(sent) & _LOWER_GATES
    return sent.lower_gates


# --- rules ----------------------------------------------------------------------


#: a duration that holds for every rung of a ladder: "each step takes about a year"
_EACH_STEP = re.compile(r"\b(?:each|every|per)\s+(?:step|move|rung|level|promotion|stage|grade)\b", re.I)
#: the words one of which every match of _EACH_STEP holds (a gate in front of its search)
_EACH_WORDS = ("each", "every", "per")


def _each_step(r: _Reader, sent: _Sent, ms: list[Mention], offset: int) -> None:
    """The sentence right after a ladder gives the duration of each of its steps."""
    assert r.ladder is not None
    steps, index = r.ladder
    r.ladder = None
    text = sent.text
    if index != r.sentence_index - 1 or not _may_hold(text, _EACH_WORDS):
        return
    each = _EACH_STEP.search(text)
    if each is None:
        return
    # "Each step is about 2 years, except manager to senior manager, which took me 3": the exception's own time
    cut = _EXCEPT.search(text, each.end())
    at = offset + sent.start_char + (cut.start() if cut is not None else len(text))
    if any(m.label is _ROLE and m.start < at for m in ms):
        return
    years = _duration(text[: at - offset - sent.start_char])
    if years is None:
        return
    ev = r.sentence_evidence(sent, offset, offset + sent.start_char, offset + sent.end_char)
    odd: tuple[float, float] | None = None
    tail = text[cut.end() :] if cut is not None else ""
    if tail:
        found = _BARE_NUMBER.search(tail)
        odd = _duration(tail) or ((n, n) if found is not None and (n := _number(found.group(1))) < 15 else None)
    for a, b in steps:
        pair = re.search(rf"\b{re.escape(a.name)}s?\s+(?:to|->|→)\s+(?:an?\s+)?{re.escape(b.name)}\b", tail, re.I)
        r.transition(a, b, _PROMOTION, ev, odd if odd is not None and pair else years)


def _entry_rung(r: _Reader, sent: _Sent, offset: int, lowest: list[Mention]) -> None:
    """Entrants said to start at the bottom, in the sentence before a ladder (or in its own), enter at its lowest rung
    (transitions.entry-rung): "Most new hands who join the trade start at the bottom. The route is labourer, mason,
    foreman." is new hand -> labourer."""
    assert r.entrants is not None
    entrant, index = r.entrants
    r.entrants = None
    if r.sentence_index - index > 1:
        return
    rule, r.rule = r.rule, "transitions.entry-rung"
    for rung in lowest:
        ev = r.sentence_evidence(sent, offset, rung.start, rung.end)
        if entrant.start < offset + sent.start_char:
            ev = r.evidence(entrant.start, ev["end"])
            if ev["end"] - ev["start"] > 3 * _MAX_QUOTE:
                ev = r.sentence_evidence(sent, offset, rung.start, rung.end)
        r.transition(entrant, rung, _ENTRY, ev)
    r.rule = rule


#: an exception after "each step takes N years": "except", "apart from", "other than"
_EXCEPT = re.compile(r"\b(?:except(?:\s+for)?|apart\s+from|other\s+than|save\s+for)\b", re.I)
#: a number with no unit, ending an exception: "..., which took me 3"
_BARE_NUMBER = re.compile(rf"\b{_N}\s*[.)!]*\s*$", re.I)


def _ladders(r: _Reader, vocab: Vocabulary, sent: _Sent, ms: list[Mention], offset: int) -> None:
    doc = sent.doc
    if not _ARROWS.isdisjoint(_lower_gates(sent)):
        ms = _arrow_bare_rungs(r, sent, ms, offset)
    inside = {t for m in ms for t in range(m.i, m.j)}
    # (the sentence's norms less those inside a mention: the mentions' tokens blanked in a copy, not each token tested)
    outside: list[str | None] = list(_norms(doc, sent.start, sent.end))
    for t in inside:
        if sent.start <= t < sent.end:
            outside[t - sent.start] = None
    norms = set(outside)
    norms.discard(None)
    roles = _distinct_roles(vocab, ms)
    arrowed = not _ARROWS.isdisjoint(_lower_gates(sent))
    if arrowed:
        # "Front Office Manager (Department Head) → ...": a name in brackets after a rung's is its other name
        roles = [m for n, m in enumerate(roles) if not (n and _bracketed_after(r.text, roles[n - 1], m))]
    run: list[Mention] = []
    runs: list[list[Mention]] = []
    for m in roles:
        joined = run and (
            _only_separators(doc, run[-1].j, m.i, _LADDER_SEPARATORS)
            # ("→ Shift Supervisors/Senior Executives →": alternatives at one rung of an arrow chain)
            or (arrowed and _only_separators(doc, run[-1].j, m.i, _RUNG_ALTERNATIVES))
            or _years_then_arrow(doc, run[-1].j, m.i)
            # ("Junior Stylist (1 year), Stylist (2-3 years), Senior Stylist": a rung's years, then the comma)
            or _years_then_comma(doc, run[-1].j, m.i)
            or _bracket_then_arrow(doc, run[-1].j, m.i)
        )
        if run and run[-1].j <= m.i and joined:
            run.append(m)
        else:
            if len(run) >= 2:
                runs.append(run)
            run = [m]
    if len(run) >= 2:
        runs.append(run)
    lowers = _words(doc).lower
    for run in runs:
        # arrows hold no letters: a token is one exactly when its lower-case form is
        arrows = not _ARROWS.isdisjoint(lowers[run[0].j : run[-1].i])
        # "A, then B": a stated sequence, as an arrow is
        sequence = all(
            "then" in lowers[a.j : b.i] or "after" in lowers[a.j : b.i] or "followed" in lowers[a.j : b.i]
            for a, b in itertools.pairwise(run)
        )
        if not arrows and not (sequence and norms & _LADDER_CUES) and (len(run) < 3 or not norms & _LADDER_CUES) and (
            not _rising_years(r.text, doc, run)
        ):
            continue
        if not arrows and "or" in lowers[run[0].i : run[-1].j]:
            continue
        if not arrows and not _EXAMPLE_WORDS.isdisjoint(lowers[sent.start : run[0].i]):
            continue  # "career paths include A, B and C", "roles such as A, B, C": members, not rungs in order
        if not arrows and lowers[_skip_spaces(_words(doc), run[0].i - 1, -1)] in _QUANTIFIERS:
            continue  # "many A, B, and C started their careers here": people counted, not rungs in order
        # "..., and each step takes 1 to 2 years": the duration of every rung
        years = _duration(sent.text) if _may_hold(sent.text, _EACH_WORDS) and _EACH_STEP.search(sent.text) else None
        steps = []
        rungs = _arrow_rungs(r, doc, run) if arrows else [[m] for m in run]
        for above, below in itertools.pairwise(rungs):
            # "Assistant (1-2 years) → Buyer": a rung's own years are the time before the next
            bracketed = arrows or _years_then_comma(doc, above[-1].j, below[0].i)
            stated = _duration(r.text[above[-1].end : below[0].start]) if bracketed else None
            for a in above:
                for b in below:
                    ev = r.sentence_evidence(sent, offset, a.start, b.end)
                    r.transition(a, b, _PROMOTION, ev, stated or years)
                    steps.append((a, b))
        r.ladder = (steps, r.sentence_index) if years is None else None
        if r.entrants is not None and "transitions.entry-rung" not in r.disabled:
            _entry_rung(r, sent, offset, rungs[0])
    _to_chain(r, sent, ms, offset)
    if "then" in lowers[sent.start : sent.end]:
        _then_sequence(r, vocab, sent, ms, offset)
    if norms & _LADDER_CUES and len(_SPACED_DASH.findall(sent.text)) >= 2:
        _dash_chain(r, vocab, sent, ms, offset)


#: a stretch of time a rung is held, inside a sequence of posts: "for 1-2 years", "another three years or so",
#: "two more years" (its number group is read by _duration)
_HELD_SPAN = (
    rf"(?:for\s+)?(?:(?:another|about|around|roughly|some|a\s+further)\s+)?(?:{_N}(?:\s*(?:-|–|to)\s*{_N})?)"
    r"(?:\s+more)?(?:\s+|-)(?:years?|months?)(?:\s+more)?(?:\s+or\s+so)?"
)
#: what parts two posts of a sequence told in turn: "A for 1-2 years, then B", "A, and then 2-3 years as B"
_THEN_GAP = re.compile(
    rf"\s*(?P<held>{_HELD_SPAN})?\s*[,;]?\s*(?:and\s+)?then\s+(?:(?P<next>{_HELD_SPAN}|{_N}\s+more|{_N}(?=\s+as\b))\s+)?"
    r"(?:(?:as|at)\s+)?(?:(?:an?|the)\s+)?",
    re.I,
)
#: what parts a sequence's last post from the post it leads to: "C for another 3 years before head chef",
#: "C for two years before you are made D"
_BEFORE_GAP = re.compile(
    rf"\s*(?P<held>{_HELD_SPAN})\s*,?\s*before\s+(?:(?:you|they|he|she|i|we|anyone|someone|being|are|is|get|gets)"
    r"\s+){0,4}(?:[a-z]+\s+){0,2}?(?:(?:made|named|promoted|moving|moved|becoming|to|as|with|into)\s+)?"
    r"(?:(?:an?|the)\s+)?",
    re.I,
)


def _then_sequence(r: _Reader, vocab: Vocabulary, sent: _Sent, ms: list[Mention], offset: int) -> None:
    """Posts told in turn with "then" and the time each is held: "commis chef for 1-2 years, then chef de partie for
    2-3 years, then sous chef for another three before head chef", "a year as a picker, then two as a team lead".

    Every pair must be parted by "then" (with the earlier post's time before it, or the later post's after it)
    and the sequence needs three posts, or two and a stated time: each post's time is the time before the
    next. A sequence's last post with its time and "before" leads to the post named after it.
    """
    roles = _distinct_roles(vocab, ms)
    bare = _then_bare_rungs(sent, roles, offset)
    if bare:
        roles = sorted([*roles, *bare], key=lambda m: m.i)
    if len(roles) < 2:
        return
    base = offset + sent.start_char
    text = sent.text
    run: list[Mention] = [roles[0]]
    held: dict[int, tuple[float, float] | None] = {}
    lead = _HELD_LEAD.search(text, 0, roles[0].start - base)  # "Expect to spend 1-2 years as a commis chef"
    if lead is not None and lead.end() == roles[0].start - base:
        held[0] = _duration(lead.group("held"))
    timed = 0 in held
    for m in roles[1:]:
        last = run[-1]
        if m.start < last.end:
            continue
        gap = _THEN_GAP.fullmatch(text, last.end - base, m.start - base)
        if gap is not None:
            if gap.group("held"):
                held[len(run) - 1] = _duration(gap.group("held"))
            if gap.group("next"):
                held[len(run)] = _duration(gap.group("next"))
            timed = timed or bool(gap.group("held") or gap.group("next"))
            run.append(m)
            continue
        before = _BEFORE_GAP.fullmatch(text, last.end - base, m.start - base)
        if before is not None and len(run) >= 2:
            held[len(run) - 1] = _duration(before.group("held"))
            run.append(m)  # ("... C for three more before D": the post the sequence leads to)
        break
    if len(run) < 3 and not (len(run) == 2 and timed):
        return
    for m in run:
        if any(m is x for x in bare):
            r.mentioned(m)  # ("croupier for two years, then ...": a one-word title standing as a rung)
    for n, (a, b) in enumerate(itertools.pairwise(run)):
        if a.key != b.key:
            r.transition(a, b, _PROMOTION, r.sentence_evidence(sent, offset, a.start, b.end), held.get(n))


def _then_bare_rungs(sent: _Sent, roles: list[Mention], offset: int) -> list[Mention]:
    """One-word titles that stand as posts of a "then" sequence: after "then", "as a" or the sentence's colon, and
    before "for", a comma, "then", "before" or the sentence's end ("croupier for two years, then inspector")."""
    doc = sent.doc
    words = _words(doc)
    norms = _doc_norms(doc)
    lowers = words.lower
    covered = {t for m in roles for t in range(m.i, m.j)}
    out = []
    for k in range(sent.start, sent.end):
        if k in covered or not _title_shaped(words, norms, k):
            continue
        before = _skip_spaces(words, k - 1, -1)
        while before >= sent.start and lowers[before] in {"a", "an", "the"}:
            before = _skip_spaces(words, before - 1, -1)
        after = _skip_spaces(words, k + 1, 1)
        lead = before < sent.start or lowers[before] in {"then", "as", ":", "before"}
        if lead and (after >= sent.end or lowers[after] in {"for", ",", "then", "before", ".", ";"}):
            out.append(_mention(_new_role(_new_role_name(doc, k, k + 1)), doc, k, k + 1, offset, known=False))
    return out


#: the time a sequence's first post is held, told before it: "spend 1-2 years as a", "a year as"
_HELD_LEAD = re.compile(rf"(?P<held>{_HELD_SPAN})\s+(?:as|at)\s+(?:(?:an?|the)\s+)?$", re.I)


#: a dash with spaces around it, as a chain of titles writes its arrows: "A - B - C"
_SPACED_DASH = re.compile(r"\s[-–—]\s")


def _dash_chain(r: _Reader, vocab: Vocabulary, sent: _Sent, ms: list[Mention], offset: int) -> None:
    """ "Career path: Warehouse Associate - Team Lead - Supervisor": three or more titles parted by dashes, after a
    word of order, are rungs (every piece must be a title: "Associate - Full time - $18" is no chain)."""
    base = offset + sent.start_char
    text = sent.text
    label = max(text.rfind(":", 0, 60), text.rfind("：", 0, 60))
    lo = label + 1
    pieces: list[tuple[int, int]] = []
    for dash in [*_SPACED_DASH.finditer(text, lo), None]:
        hi = dash.start() if dash is not None else len(text.rstrip(" .;"))
        written = text[lo:hi].strip(" *_`")
        if not written and not pieces and dash is not None:
            lo = dash.end()  # "looks like this: - A - B - C": a list whose line breaks were lost opens with a dash
            continue
        at = lo + text[lo:hi].find(written)
        # (a piece may be a post that is named by no head word: "pre-sales customer service")
        found = any(m.label is _ROLE and m.start == base + at and m.end == base + at + len(written) for m in ms)
        if not written or len(written.split()) > 6 or not (found or _titled(written.split())):
            return
        pieces.append((base + at, base + at + len(written)))
        lo = dash.end() if dash is not None else hi
    if len(pieces) < 3:
        return
    roles = [_role_at(r, vocab, sent, ms, a, b) for a, b in pieces]
    if any(m is None for m in roles):
        return
    for a, b in itertools.pairwise(roles):
        assert a is not None and b is not None
        for m in (a, b):
            r.node(m, r.evidence(m.start, m.end))
        r.transition(a, b, _PROMOTION, r.sentence_evidence(sent, offset, a.start, b.end))


def _to_chain(r: _Reader, sent: _Sent, ms: list[Mention], offset: int) -> None:
    """ "From intern to coordinator to manager", "sales associate to supervisor to store manager": titles joined by
    "to" are a ladder when there are three or more (two after a word of order such as path or route, not after
    "from" or a range)."""
    doc = sent.doc
    words = _words(doc)
    lowers = words.lower
    joins = lowers[sent.start : sent.end].count("to")
    if not joins:
        return
    norms = set(_doc_norms(doc)[sent.start : sent.end])
    if joins < 2 and norms.isdisjoint(_LADDER_CUES):
        return  # (one "to" makes a chain of two, which needs a word of order)
    spans = {m.i: m for m in ms if m.label is _ROLE}
    items: list[Mention] = []
    k = sent.start
    chain: list[list[Mention]] = []
    spent: dict[int, tuple[float, float] | None] = {}  # a rung's years in brackets, by its first token
    while k < sent.end:
        m = spans.get(k)
        if m is None and _bare_rung(words, _doc_norms(doc), k, sent.start, sent.end):
            entry = _new_role(_new_role_name(doc, k, k + 1))
            m = _mention(entry, doc, k, k + 1, offset, known=False)
        if m is None:
            k += 1
            continue
        j = _skip_spaces(words, m.j, 1)
        if items and items[-1].j <= m.i and _only_separators(doc, items[-1].j, m.i, _TO_JOIN):
            items.append(m)
        elif items and items[-1].j <= m.i and _only_separators_and_years(words, items[-1].j, m.i, _TO_JOIN):
            # "from picker (2 years) to team lead": the years in brackets are the time before the next rung
            spent[items[-1].i] = _duration(r.text[items[-1].end : m.start])
            items.append(m)
        else:
            if len(items) >= 2:
                chain.append(items)
            items = [m]
        k = m.j if j < m.j else max(m.j, k + 1)
    if len(items) >= 2:
        chain.append(items)
    for run in chain:
        # (two titles: not after "from", which spans a range, nor after "like" / "such as", which give examples)
        earlier = set(lowers[sent.start : run[0].i])
        if len(run) < 3 and ("from" in earlier or not _EXAMPLE_WORDS.isdisjoint(earlier) or not norms & _LADDER_CUES):
            continue
        if norms & _RANGE_WORDS:
            continue
        if len(run) < 3 and any(not m.known and m.rule is None and m.key not in r.facts.nodes for m in run):
            continue  # (two bare words joined by "to" are too weak a ladder)
        for a, b in itertools.pairwise(run):
            for m in (a, b):
                if m.key not in r.facts.nodes:
                    r.mentioned(m)
            ev = r.sentence_evidence(sent, offset, a.start, b.end)
            r.transition(a, b, _PROMOTION, ev, spent.get(a.i))


_TO_JOIN = frozenset({"to"})
#: words of a span rather than a sequence: "salaries range from intern to director"
_RANGE_WORDS = frozenset({"range", "ranging", "vary", "varies", "span", "spans", "anything", "anywhere"})


def _title_shaped(words: _Words, norms: list[str], k: int) -> bool:
    """Whether word ``k`` alone is shaped like a post: a title's head word or an agent noun (chef, picker)."""
    return words.alpha[k] and (norms[k] in TITLE_HEADS or _one_word_title(words, norms, k)) and (
        norms[k] not in _NOT_TITLES
    )


def _bare_rung(words: _Words, norms: list[str], k: int, start: int, end: int) -> bool:
    """A bare title standing as a rung of a "to" chain: a head word or agent noun with "to" or "from" next to it."""
    if not _title_shaped(words, norms, k):
        return False
    before = _skip_spaces(words, k - 1, -1)
    after = _skip_spaces(words, k + 1, 1)
    opening = before < start or words.lower[before] in {":", "：", "\n", "(", "（"}
    closed = _bracket_years_end(words, after, end)
    if closed is not None:  # "from picker (2 years) to ...": the rung's years in brackets, then what comes after
        after = _skip_spaces(words, closed + 1, 1)
    if not (after < end and words.lower[after] in {"to", ",", ".", "is", "are", "and", ";"}):
        return False
    return opening or words.lower[before] in {"to", "from", "a", "an", "the"}


#: words that introduce a list as members or examples rather than a sequence ("paths include A, B and C")
_EXAMPLE_WORDS = frozenset(
    {"include", "includes", "including", "included", "involve", "involves", "involving", "such", "like", "e.g.", "eg"}
    | {"example", "examples", "instance", "among", "contain", "contains", "comprise", "comprises", "covers", "cover"}
)


def _arrow_bare_rungs(r: _Reader, sent: _Sent, ms: list[Mention], offset: int) -> list[Mention]:
    """A one-word title standing alone between two arrows of a chain ("A → Designer (2-3 years) → B") is a rung, and
    so is one opening the chain before its first arrow ("it's Associate > Senior Associate > Manager")."""
    doc = sent.doc
    words = _words(doc)
    norms = _doc_norms(doc)
    lowers = words.lower
    covered = {t for m in ms for t in range(m.i, m.j)}
    added: list[Mention] = []

    def rung(k: int) -> None:
        m = _mention(_new_role(_new_role_name(doc, k, k + 1)), doc, k, k + 1, offset, known=False)
        r.mentioned(m)
        added.append(m)
        covered.add(k)

    for arrow in range(sent.start, sent.end):
        if lowers[arrow] not in _ARROWS:
            continue
        k = _skip_spaces(words, arrow + 1, 1)  # the word right after the arrow
        if k >= sent.end or k in covered or not _title_shaped(words, norms, k):
            continue
        after = _skip_spaces(words, k + 1, 1)
        if after < sent.end and lowers[after] in {"(", "（"}:  # "(2-3 years)"
            close = next((x for x in range(after, min(sent.end, after + 10)) if lowers[x] in {")", "）"}), None)
            after = _skip_spaces(words, close + 1, 1) if close is not None else after
        if after >= sent.end or lowers[after] in _ARROWS or lowers[after] in {".", ";", "!", "?", "。"}:
            rung(k)
    first = next((k for k in range(sent.start, sent.end) if lowers[k] in _ARROWS), None)
    if first is not None:
        k = _skip_spaces(words, first - 1, -1)
        before = _skip_spaces(words, k - 1, -1)
        opening = before < sent.start or not words.alpha[before] or norms[before] in STOP_WORDS
        if k >= sent.start and k not in covered and opening and _title_shaped(words, norms, k):
            rung(k)
    if "structure.numbered-ranks" not in r.disabled:
        ms, added = _numbered_arrow_items(r, sent, ms, added, offset)
    return sorted([*ms, *added], key=lambda m: (m.i, -m.j)) if added else ms


def _numbered_arrow_items(
    r: _Reader, sent: _Sent, ms: list[Mention], added: list[Mention], offset: int
) -> tuple[list[Mention], list[Mention]]:
    """Items of an arrow chain that end in a rank's number are rungs with that number: "Picker 1 → Picker 2 → Shift
    Manager", "SDR 1 --> SDR 2 --> Team Lead" (an abbreviation written in capitals with its number is a post too)."""
    doc = sent.doc
    words = _words(doc)
    lowers = words.lower
    text = doc.user_data["careergraph_text"]
    arrows = [k for k in range(sent.start, sent.end) if lowers[k] in _ARROWS]

    def before(a: int) -> int:  # the word before an arrow ("SDR 1 --> ...": its dashes are part of the arrow)
        k = _skip_spaces(words, a - 1, -1)
        while k > sent.start and lowers[k] in {"-", "--", "–", "—"}:
            k = _skip_spaces(words, k - 1, -1)
        return k

    found: list[Mention] = []
    for a in arrows:  # the number before each arrow, and the item after each one
        for last in {before(a), _item_end(words, _skip_spaces(words, a + 1, 1), sent.end)}:
            if not (sent.start <= last < sent.end and _level_number(lowers[last])):
                continue
            first = last
            while first - 1 >= sent.start and last - first < 3:
                k = _skip_spaces(words, first - 1, -1)
                if k < sent.start or not words.alpha[k] or not text[words.idx[k]].isupper():
                    break
                first = k
            if first == last:
                continue
            known = any(m.i >= first and m.j <= last for m in [*ms, *added] if m.label is _ROLE)
            acronym = all(text[words.idx[k] : words.idx[k] + words.length[k]].isupper() for k in range(first, last)
                          if not words.space[k])
            if not (known or acronym):
                continue
            name = " ".join(text[words.idx[k] : words.idx[k] + words.length[k]] for k in range(first, last + 1)
                            if not words.space[k])
            m = _mention(_new_role(name), doc, first, last + 1, offset, known=False)._replace(
                rule="structure.numbered-ranks"
            )
            if all(x.i != m.i or x.j != m.j for x in found):
                found.append(m)
    if not found:
        return ms, added
    spans = [(m.i, m.j) for m in found]

    def inside(m: Mention) -> bool:
        return any(i <= m.i and m.j <= j for i, j in spans)

    for m in found:
        r.mentioned(m)
    return [m for m in ms if not inside(m)], [*(m for m in added if not inside(m)), *found]


def _item_end(words: _Words, k: int, end: int) -> int:
    """The last word of the item that starts at token ``k`` of an arrow chain (up to an arrow or a stop)."""
    last = k
    while k < end and words.lower[k] not in _ARROWS and words.lower[k] not in {".", ";", ",", ":", "(", "!"}:
        if not words.space[k]:
            last = k
        k += 1
    return last


#: what an arrow chain may hold between two rungs besides the arrow: "(2-3 years)", "(1+ yrs)"
_RUNG_YEARS = frozenset(
    {"(", ")", "（", "）", "-", "–", "—", "+", "to", "year", "years", "yrs", "yr", "month", "months", "~"}
)


def _years_then_arrow(doc: Doc, i: int, j: int) -> bool:
    """Whether tokens ``i:j`` are an arrow with a rung's years in brackets: "(1-2 years) →"."""
    words = _words(doc)
    between = [k for k in range(i, j) if not words.space[k]]
    return any(words.lower[k] in _ARROWS for k in between) and all(
        words.lower[k] in _RUNG_YEARS or words.lower[k] in _ARROWS or words.number[k] for k in between
    )


#: a rung's years in brackets right after the last title of a list: "..., concierge manager (5+ years)"
_LAST_RUNG_YEARS = re.compile(r"[ \t]*[(（][^()（）\n]{1,20}[)）]")


def _rising_years(text: str, doc: Doc, run: list[Mention]) -> bool:
    """Whether titles listed with their years in brackets have years that rise from each to the next, each span
    starting where the one before it ends or later: "Night porter (0-2 years), head porter (2-5 years), concierge
    manager (5+ years)" is a ladder without a word of order (not "cashier (2 years), baker (1 year)")."""
    if not all(_years_then_comma(doc, a.j, b.i) for a, b in itertools.pairwise(run)):
        return False
    spans = [_duration(text[a.end : b.start]) for a, b in itertools.pairwise(run)]
    last = _LAST_RUNG_YEARS.match(text, run[-1].end)
    if last is not None:
        spans.append(_duration(last.group()))
    if len(spans) < 2 or any(x is None for x in spans):
        return False
    return all(a[0] < b[0] and a[1] <= b[0] for a, b in itertools.pairwise(x for x in spans if x is not None))


def _years_then_comma(doc: Doc, i: int, j: int) -> bool:
    """Whether tokens ``i:j`` are a rung's years in brackets, then a comma: "(2-3 years),"."""
    words = _words(doc)
    between = [k for k in range(i, j) if not words.space[k]]
    return (
        len(between) >= 4
        and words.lower[between[0]] in {"(", "（"}
        and words.lower[between[-1]] == ","
        and words.lower[between[-2]] in {")", "）"}
        and all(words.lower[k] in _RUNG_YEARS or words.number[k] for k in between[1:-2])
        and any(words.lower[k] in {"year", "years", "yrs", "yr", "month", "months"} for k in between)
    )


def _bracketed_after(text: str, before: Mention, m: Mention) -> bool:
    """Whether title ``m`` stands in brackets right after title ``before``: "Manager (Department Head)"."""
    return text[before.end : m.start].strip() in {"(", "（"} and text[m.end : m.end + 1] in {")", "）"}


def _bracket_then_arrow(doc: Doc, i: int, j: int) -> bool:
    """Whether tokens ``i:j`` are a short bracket and an arrow: "(Associates) →", "(Department Head) →"."""
    words = _words(doc)
    between = [k for k in range(i, j) if not words.space[k]]
    if len(between) < 3 or len(between) > 8 or words.lower[between[0]] not in {"(", "（"}:
        return False
    close = next((n for n, k in enumerate(between) if words.lower[k] in {")", "）"}), None)
    arrows = between[close + 1 :] if close is not None else []
    return bool(arrows) and all(words.lower[k] in _ARROWS for k in arrows)


def _arrow_rungs(r: _Reader, doc: Doc, run: list[Mention]) -> list[list[Mention]]:
    """The rungs of an arrow chain: what stands between two arrows is one rung.

    Titles parted by a comma inside a rung are one title ("Sales Manager, Team Lead"); parted
    by "or" or a slash they are alternatives at the same rung.
    """
    lowers = _words(doc).lower
    rungs: list[list[Mention]] = [[run[0]]]
    for a, b in itertools.pairwise(run):
        if not _ARROWS.isdisjoint(lowers[a.j : b.i]):
            rungs.append([b])
        else:
            rungs[-1].append(b)
    ranks = [max(_seniority(m.name) for m in rung) for rung in rungs]
    ranked = all(_ranked_head(m.name) for rung in rungs for m in rung)
    if ranked and ranks[0] > ranks[-1] + 0.9 and all(b <= a + 0.5 for a, b in itertools.pairwise(ranks)):
        rungs.reverse()  # "Manager → Supervisors → Executives → Trainees": the ladder written from the top down
    out = []
    for rung in rungs:
        joins = {w for w in lowers[rung[0].j : rung[-1].i] if not w.isspace()}
        if len(rung) > 1 and joins <= {",", "，"} and len(r.text[rung[0].start : rung[-1].end].split()) <= 6:
            written = " ".join(r.text[rung[0].start : rung[-1].end].split())
            entry = _new_role(written[:1].upper() + written[1:])
            whole = rung[0]._replace(key=entry.key, name=entry.name, known=False, end=rung[-1].end, j=rung[-1].j)
            r.mentioned(whole)
            rung = [whole]
        out.append(rung)
    return out


#: what makes a list of titles a ladder, a set of grades or a list of posts
_RUNG_CUES = _LADDER_CUES | {"grade", "level", "rank", "tier", "step", "post", "position", "job", "role"}
#: words that make a list of titles a list of rungs: "promoted to A, followed by B, C, and finally D"
_LIST_RUNG_CUES = _RUNG_CUES | {"promote"}
#: words shaped like a job title (picker, translator, stylist, technician) that name something else
_NOT_TITLES = frozenset(
    {
        "customer",
        "consumer",
        "user",
        "member",
        "partner",
        "supplier",
        "vendor",
        "seller",
        "retailer",
        "wholesaler",
        "manufacturer",
        "dealer",
        "provider",
        "owner",
        "follower",
        "visitor",
        "competitor",
        "shopper",
        "order",
        "number",
        "other",
        "center",
        "centre",
        "quarter",
        "junior",
        "senior",
        "major",
        "minor",
        "career",  # (an "-er" word that names no agent: "my career started as a porter")
        "ladder",  # ("how to climb the ladder")
    }
)
_AGENT_ENDINGS = ("er", "or", "ist", "ian")


#: function words that may stand inside a title ("Head of Sales", "Director for Europe")
_TITLE_GLUE = frozenset({"of", "for", "and", "&", "in", "to"})


def _one_word_title(words: _Words, norms: list[str], k: int) -> bool:
    """A word shaped like a job title on its own: an agent noun (picker, translator, stylist) or a title's head
    word (principal)."""
    norm = norms[k]
    lower = words.lower[k]
    return (
        words.alpha[k]
        and len(norm) >= 5
        # (the word as written: "catering", whose norm is "cater", names a trade, not one who caters)
        and ((norm.endswith(_AGENT_ENDINGS) and not lower.endswith("ing")) or norm in TITLE_HEADS)
        and norm not in _NOT_TITLES
        and norm not in STOP_WORDS
    )


def _complete_list(
    r: _Reader, sent: _Sent, ms: list[Mention], offset: int, mention_of: dict[int, list[Mention]]
) -> list[Mention]:
    """A one-word item at either end of a ladder or list of titles: "grades: picker, pick team leader, ...".

    The list must read as rungs, grades or posts (an arrow, or a word such as route, grade,
    level or post). The word becomes a new role when shaped like a title, and is that role
    wherever the document names it later ("Pickers earn ...").
    """
    doc = sent.doc
    words = _words(doc)
    norms = _doc_norms(doc)
    roles = [m for m in ms if m.label is _ROLE]
    if len(roles) < 2:
        return ms
    ms = _arrow_items(r, sent, ms, offset, mention_of)
    taken = {t for m in ms for t in range(m.i, m.j)}
    found: list[int] = []
    for a, b in itertools.pairwise(roles):
        # the word just before the first rung of the pair, or just after the last
        after = _after_years_aside(words, _skip_spaces(words, b.j, 1), sent.end)  # "..., director (4 years), VP"
        for k, side in ((_skip_spaces(words, a.i - 1, -1), -1), (after, 1)):
            if k < sent.start or k >= sent.end or words.lower[k] not in _SEPARATORS:
                continue
            w = _skip_spaces(words, k + side, side)
            if side == -1:
                w = _before_years_aside(words, w, sent.start)  # "teller (2 years), head teller (3 years), ..."
            if side == 1 and sent.start <= w < sent.end and words.lower[k] == "," and words.lower[w] in {"and", "or"}:
                w = _skip_spaces(words, w + 1, 1)  # ", and Principal"
            if w < sent.start or w >= sent.end or w in taken or not _one_word_title(words, norms, w):
                continue
            beyond = _skip_spaces(words, w + side, side)
            # (a function word beyond it is no part of a title: "between a Coordinator, ...", "... and Principal can")
            if sent.start <= beyond < sent.end and not (
                words.lower[beyond] in _SEPARATORS
                or words.punct[beyond]
                or beyond in taken
                or (words.lower[beyond] in STOP_WORDS and words.lower[beyond] not in _TITLE_GLUE)
                or (side == -1 and words.lower[beyond] in _LIST_VERBS)  # "the ladder goes teller, senior teller"
            ):
                continue  # more words: not a one-word item
            if a.j <= b.i and (_only_separators(doc, a.j, b.i) or _only_separators_and_years(words, a.j, b.i)):
                found.append(w)
                taken.add(w)
        # the one word between them, separators on both sides: "team lead, supervisor, and finally manager"
        w = _skip_spaces(words, a.j, 1)
        if a.j < b.i and w < b.i and words.lower[w] in _SEPARATORS:
            w = _skip_spaces(words, w + 1, 1)
            while w < b.i and words.lower[w] in {"and", "or"}:
                w = _skip_spaces(words, w + 1, 1)
            if (
                w < b.i
                and w not in taken
                and _one_word_title(words, norms, w)
                and _only_separators(doc, w + 1, b.i)
                and words.lower[_skip_spaces(words, w + 1, 1)] in _SEPARATORS
            ):
                found.append(w)
                taken.add(w)
    if not found:
        return ms
    arrows = not _ARROWS.isdisjoint(words.lower[sent.start : sent.end])
    if not arrows and not _sent_norms(sent) & _LIST_RUNG_CUES and not _KIND_LIST.search(sent.text):
        return ms
    added: list[Mention] = []
    for w in found:
        entry = r.learned.get((norms[w],)) or _new_role(_new_role_name(doc, w, w + 1))
        added.append(_mention(entry, doc, w, w + 1, offset, known=False))
    ms = sorted([*ms, *added], key=lambda m: (m.i, -m.j))
    mention_of[sent.start] = ms
    _learn(r, doc, offset, mention_of, added, sent.end)
    return ms


#: the words a rung's years in brackets hold besides numbers: "(2 years)", "(1-2 yrs)", "(6 months)"
_ASIDE_YEARS = frozenset({"year", "years", "yr", "yrs", "month", "months", "-", "–", "to", "+", "about", "around"})


def _before_years_aside(words: _Words, k: int, floor: int) -> int:
    """The word before a rung's years in brackets ending at token ``k`` ("teller (2 years)": "teller"), else ``k``."""
    if k < floor or words.lower[k] != ")":
        return k
    opened = next((x for x in range(k - 1, max(floor, k - 8) - 1, -1) if words.lower[x] == "("), None)
    if opened is None or not _years_only(words, opened + 1, k):
        return k
    return _skip_spaces(words, opened - 1, -1)


def _after_years_aside(words: _Words, k: int, ceiling: int) -> int:
    """The word after a rung's years in brackets opening at token ``k``, else ``k``."""
    if k >= ceiling or words.lower[k] != "(":
        return k
    closed = next((x for x in range(k + 1, min(ceiling, k + 8)) if words.lower[x] == ")"), None)
    if closed is None or not _years_only(words, k + 1, closed):
        return k
    return _skip_spaces(words, closed + 1, 1)


def _years_only(words: _Words, i: int, j: int) -> bool:
    """Whether tokens ``i:j`` are a span of years alone ("2 years", "1-2 yrs", "6 months"), with a number."""
    said = [words.lower[x] for x in range(i, j) if not words.space[x]]
    return any(w[:1].isdigit() for w in said) and all(w[:1].isdigit() or w in _ASIDE_YEARS for w in said)


def _only_separators_and_years(words: _Words, i: int, j: int, allowed: frozenset[str] = _SEPARATORS) -> bool:
    """Whether tokens ``i:j`` between two rungs are a bracket of the first one's years, then separators (those
    ``allowed``)."""
    closed = _bracket_years_end(words, _skip_spaces(words, i, 1), j)
    return closed is not None and all(words.space[x] or words.lower[x] in allowed for x in range(closed + 1, j))


def _bracket_years_end(words: _Words, k: int, end: int) -> int | None:
    """The closing bracket of a span of years in brackets opening at token ``k`` ("(2 years)", "(1-2 yrs)"), else
    None."""
    if k >= end or words.lower[k] != "(":
        return None
    closed = next((x for x in range(k + 1, min(end, k + 8)) if words.lower[x] == ")"), None)
    return closed if closed is not None and _years_only(words, k + 1, closed) else None


def _arrow_items(
    r: _Reader, sent: _Sent, ms: list[Mention], offset: int, mention_of: dict[int, list[Mention]]
) -> list[Mention]:
    """An item of an arrow chain of titles that no title rule read whole, written as a title, is a rung too:
    "Kitchen Porter → Commis Chef → Chef de Partie → Sous Chef" (the chain has two titles or more)."""
    doc = sent.doc
    words = _words(doc)
    if _ARROWS.isdisjoint(_lower_gates(sent)):
        return ms  # (most sentences: one set test of their few gate words, and their words are not walked)
    arrows = [k for k in range(sent.start, sent.end) if words.lower[k] in _ARROWS]
    if len(arrows) < 2:
        return ms
    text = doc.user_data["careergraph_text"]
    bounds = [*arrows, sent.end]
    items = [(a + 1, b) for a, b in itertools.pairwise(bounds)]
    whole = [any(m.label is _ROLE and _only_separators(doc, i, m.i) and _only_separators(doc, m.j, j, _ITEM_ENDS)
                 for m in ms) for i, j in items]
    if sum(whole) < 2:
        return ms
    added: list[Mention] = []
    for (i, j), read in zip(items, whole, strict=True):
        tokens = [k for k in range(i, j) if not words.space[k]]
        while tokens and words.lower[tokens[-1]] in _ITEM_ENDS:
            tokens.pop()
        if read or not 2 <= len(tokens) <= 4:
            continue
        written = [text[words.idx[k] : words.idx[k] + words.length[k]] for k in tokens]
        if not (written[0][:1].isupper() and written[-1][:1].isupper()) or not all(
            w[:1].isupper() or w.lower() in _ITEM_GLUE for w in written
        ) or not all(words.alpha[k] for k in tokens):
            continue
        name = " ".join(written)
        added.append(_mention(_new_role(name[:1] + name[1:].lower()), doc, tokens[0], tokens[-1] + 1, offset,
                              known=False)._replace(rule="mentions.list-rungs"))
    if not added:
        return ms
    spans = [(m.i, m.j) for m in added]
    kept = [m for m in ms if not any(i <= m.i and m.j <= j for i, j in spans)]
    out = sorted([*kept, *added], key=lambda m: (m.i, -m.j))
    mention_of[sent.start] = out
    return out


#: verbs that open a list of rungs: "the ladder goes teller, senior teller, ...", "the route runs porter, ..."
_LIST_VERBS = frozenset({"goes", "go", "went", "runs", "run", "ran", "reads", "read"})
#: lower-case words inside a title written in capitals: "Chef de Partie", "Head of Rooms"
_ITEM_GLUE = frozenset({"of", "for", "and", "&", "in", "de", "du", "des", "la", "le", "the"})
#: what may close an arrow chain's last item: "... → Head Chef."
_ITEM_ENDS = frozenset({".", ";", ",", "!", ")"})


def _learn(
    r: _Reader, doc: Doc, offset: int, mention_of: dict[int, list[Mention]], added: list[Mention], after: int
) -> None:
    """Posts a list named are roles wherever the document names them again ("Pickers earn ...")."""
    norms = _doc_norms(doc)
    for m in added:
        phrase = tuple(norms[m.i : m.j])
        entry = r.learned.setdefault(phrase, Entry(_ROLE, m.key, m.name))
        for k in _phrase_positions(norms, phrase, after):  # (where it is named again after the list)
            start = _sent_start_of(doc, k)
            held = mention_of.get(start, [])
            if any(x.i < k + len(phrase) and k < x.j for x in held):
                continue
            mention_of[start] = sorted(
                [*held, _mention(entry, doc, k, k + len(phrase), offset, known=False)], key=lambda x: (x.i, -x.j)
            )


def _phrase_positions(norms: list[str], phrase: tuple[str, ...], start: int = 0) -> list[int]:
    """Where the words ``phrase`` stand in ``norms`` (by lemma), from index ``start``."""
    n = len(phrase)
    if n == 1:
        return _positions(norms, phrase[0], start)
    words = list(phrase)  # (a slice of the list compared with a list: no tuple made at each place)
    return [k for k in _positions(norms, phrase[0], start) if norms[k : k + n] == words]


#: a list of kinds follows: "operation is divided into A, B and C"
_DIVIDED_CUE = re.compile(
    r"\b(?:divided|split|classified|grouped|categori[sz]ed|subdivided)\s+(?:\w+\s+){0,2}?into\b(?:\s*[:：])?", re.I
)
_DIVIDED_STARTS = ("categori", "classified", "divided", "grouped", "split", "subdivided")  # (see _finditer_at)
_LIST_ENDS = frozenset({".", "。", "(", "（", ":", "：", "!", "?"})
_POST_ITEM_BREAKS = frozenset({",", "、", "，", ";", "；", "and", "or", "etc", "etc.", "/"})
#: item words that make an item a kind or a count, not a post: "basic type", "two levels"
_NOT_POST_WORDS = frozenset({"type", "kind", "category", "level", "stage", "step", "way", "part", "aspect", "thing"})


#: words opening a relative clause: after "positions that are" comes what the positions are like, no list of them
_RELATIVE_PRONOUNS = frozenset({"that", "which", "who"})


def _listed_posts(
    r: _Reader, sent: _Sent, ms: list[Mention], offset: int, mention_of: dict[int, list[Mention]]
) -> list[Mention] | None:
    """Short items of a list of posts become roles: "the main positions are channel management, order management ...".

    After a word such as positions, posts, jobs or route with "are", "include" or a colon, every
    item of one to five words is a post (at least three items, or two with a title among them).
    After "divided into", the items are kinds of what is divided: posts only when a title is among
    them or they share the head word of what is divided ("user operations are divided into
    community operations, new media operations ..."). A plain list of kinds is not a ladder: the
    ladder rule still needs an order word or an arrow.
    """
    if _norm_gates(sent).isdisjoint(_POSTS_HINTS):
        return None
    text = sent.text
    doc = sent.doc
    roles = [m for m in ms if m.label is _ROLE]
    posts: list[tuple[int, int, int | None]] = []
    for noun in _finditer_at(_POSTS_NOUN, _POSTS_NOUN_STARTS, text):
        one = noun.group().lower() in _ONE_POST
        for verb in _POSTS_VERB.finditer(text, noun.end(), min(len(text), noun.end() + 60)):
            if "." in text[noun.end() : verb.start()] or _NOT_POSTS.search(text, noun.end(), verb.start()):
                break  # "jobs fall into six job groups:": groups, not posts
            if one and verb.group() not in {":", "："}:
                break  # "this role is vital to ...", "the job involves lifting ...": one post described
            if text[noun.end() : verb.start()].strip().lower() in _RELATIVE_PRONOUNS:
                break  # "posts that are kind of senior, but are hard to leave": what some posts are like, no list
            examples = verb.group().lower() in {"such as", "like"}
            found = _post_items(sent, roles, sent.start_char + verb.end(), divided=False, examples=examples)
            if found is not None:
                posts += found
                break
    for divided in _finditer_at(_DIVIDED_CUE, _DIVIDED_STARTS, text):
        posts += _post_items(sent, roles, sent.start_char + divided.end(), divided=True, before=divided.start()) or []
    posts = list({(a, b): (a, b, head) for a, b, head in posts}.values())  # a span read by two cues once
    if not posts:
        return None
    added = []
    for a, b, head in posts:
        name = _new_role_name(doc, a, b)
        if head is not None:  # "community/ social group operations": community operations
            name = f"{name} {_new_role_name(doc, head, head + 1).lower()}"
        added.append(_mention(_new_role(name), doc, a, b, offset, known=False))
    # a title the list names whole replaces the shorter one read inside it ("Call Center Rep", not "Center Rep")
    ms = [m for m in ms if not any(x.i <= m.i and m.j <= x.j and (x.i, x.j) != (m.i, m.j) for x in added)]
    ms = sorted([*ms, *added], key=lambda m: (m.i, -m.j))
    mention_of[sent.start] = ms
    plain = [m for m, (_, _, head) in zip(added, posts, strict=True) if head is None]
    _learn(r, doc, offset, mention_of, plain, sent.end)
    return ms


def _post_items(
    sent: _Sent, roles: list[Mention], start_char: int, *, divided: bool, before: int = 0, examples: bool = False
) -> list[tuple[int, int, int | None]] | None:
    """The new posts a list starting at ``start_char`` names, or None when it is no list of posts.

    Each post is its token span and, for an item that shares the head of the next one
    ("channel / promotion operation"), the token of that head. A list of ``examples`` ("roles
    such as A, B or C") names posts only in items that end in a job title's head word.
    """
    doc = sent.doc
    words = _words(doc)
    norms = _doc_norms(doc)
    first = bisect.bisect_left(words.idx, start_char, sent.start, sent.end)
    items: list[tuple[int, int]] = []
    slashed: set[int] = set()  # items written "community/ social group operations": they take the next one's head
    lo = first
    listed = False  # "and" / "or" end an item in a list split by commas, or between two items of two words or more
    for k in range(first, sent.end + 1):
        lower = words.lower[k] if k < sent.end else ""
        if lower in {"and", "or"} and not listed and not (
            sum(words.alpha[lo:k]) >= 2 and sum(words.alpha[k + 1 : k + 3]) >= 2
        ):
            continue
        if k == sent.end or lower in _POST_ITEM_BREAKS or lower in _LIST_ENDS:
            listed = listed or lower in {",", "、", "，", ";", "；"}
            a, b = lo, k
            while a < b and (words.space[a] or words.punct[a] or norms[a] in {"the", "a", "an", "and", "or"}):
                a += 1
            while b > a and (words.space[b - 1] or words.punct[b - 1]):
                b -= 1
            if b > a:
                if lower == "/" and b - a <= 2:
                    slashed.add(len(items))
                items.append((a, b))
            lo = k + 1
            if k < sent.end and lower in _LIST_ENDS:
                break
    posts: list[tuple[int, int, int | None]] = []
    titled = 0
    text = doc.user_data["careergraph_text"]
    for n, (a, b) in enumerate(items):
        inside = [m for m in roles if a <= m.i and m.j <= b]
        if inside and b - a > 5 and sum(m.j - m.i for m in inside) < b - a - 3:
            # a clause, not an item: "the host role: co-hosts who hold the stream alone are ...", "Role: a step up
            # to teller or branch lead means closer work with clients, selling loans and services"
            return None
        if inside:
            titled += 1
            (m,) = inside if len(inside) == 1 else (None,)
            if (
                m is not None
                and m.j == b
                and 0 < m.i - a <= 2
                and all(words.alpha[k] and text[words.idx[k]].isupper() for k in range(a, m.i))
            ):
                posts.append((a, b, None))  # "Call Center Rep" written as one title: the whole item is the title
            continue
        head = None
        if n in slashed and n + 1 < len(items) and norms[items[n + 1][1] - 1] != norms[b - 1]:
            head = items[n + 1][1] - 1
        hyphenated = a + 1 < b and words.lower[a + 1] == "-"  # "after-sales customer service"
        written = text[words.idx[a] : words.idx[b - 1] + words.length[b - 1]]
        if (
            b - a > 5
            or (words.lower[a].endswith("ing") and not norms[a].endswith("ing"))  # "selecting stock": a duty
            or (b - a == 1 and written.isupper())  # "PR", "SEO": a field (a title's abbreviation is a role already)
            or not all(words.alpha[k] or words.lower[k] == "-" for k in range(a, b))
            or norms[b - 1] in STOP_WORDS
            or any(words.lower[k] in _ITEM_BREAKING or _ADVERB_SHAPED.match(words.lower[k]) for k in range(a, b - 1))
            or norms[b - 1] in _NOT_POST_WORDS
            or (norms[a] in STOP_WORDS and not hyphenated)
        ):
            if n == 0:
                return None  # what follows the cue is not a list of posts ("the positions are more complex")
            continue
        if examples and norms[b - 1] not in TITLE_HEADS and norms[b - 1] not in LEXICON_SINGLES:
            continue  # "jobs such as home care, ward clerks, porters": an example that is a kind of work, no post
        posts.append((a, b, head))
    if divided:
        end = bisect.bisect_left(words.idx, sent.start_char + before, sent.start, sent.end)
        subject = [k for k in range(sent.start, end) if words.alpha[k]]
        while subject and (norms[subject[-1]] in STOP_WORDS or norms[subject[-1]] in _HEDGES):
            subject.pop()
        divided_head = norms[subject[-1]] if subject else None
        heads = Counter(norms[b - 1 if h is None else h] for _, b, h in posts)
        # kinds of what is divided ("user operations are divided into community operations and ..."),
        # or three kinds of one thing ("divided into channel operation, event operation and content operation")
        of_subject = divided_head is not None and heads[divided_head] >= 2
        of_one_kind = bool(heads) and heads.most_common(1)[0][1] >= 3
        return posts if (titled and len(posts) + titled >= 3) or of_subject or of_one_kind else None
    return posts if len(posts) + titled >= 3 or (titled and posts) else None


#: prepositions and words of time that no name of a post holds inside it: "typically after six months"
_ITEM_BREAKING = frozenset(
    {"after", "before", "during", "within", "without", "until", "than", "about", "into", "onto", "upon", "since",
     "once", "when", "while", "then", "who", "which", "that"}
)
#: an adverb by its ending ("typically", "usually"; not "family", "daily", "supply")
_ADVERB_SHAPED = re.compile(r"(?!family$|daily$|supply$|assembly$)[a-z]{3,}ly$")

_POSTS_NOUN = re.compile(
    r"\b(?:positions?|posts?|jobs?|roles?|job titles?|occupations?|professions?|routes?|paths?|ladders?)\b", re.I
)
_POSTS_NOUN_STARTS = ("job", "ladder", "occupation", "path", "position", "post", "profession", "role", "route")
_POSTS_VERB = re.compile(
    r"\b(?:are|is|include|includes|including|involve|involves|cover|covers|such as|like)\b"
    r"(?!\s+(?:in|of|to|for|by|with|more|less|very|not|also|a|an|the)\b)|[:：]",
    re.I,
)
_NOT_POSTS = re.compile(r"group|famil|department|categor|function|field|area|sector|industr|skill|task", re.I)
#: one post: what follows its verb describes it ("the role involves ..."); after a colon a list may follow
_ONE_POST = frozenset({"position", "post", "job", "role"})
_HEDGES = frozenset({"generally", "roughly", "usually", "mainly", "further", "often", "typically", "broadly"})


#: the words a list of posts or kinds is announced by (tested first: most sentences have none)
_POSTS_HINTS = frozenset(
    {"position", "post", "job", "role", "title", "occupation", "profession", "route", "path", "ladder", "into"}
)


#: words opening a sentence that name the rest of a group whose move was just told ("Others become C")
_OTHERS = frozenset({"others", "other", "rest"})


def _others_opening(words: _Words, start: int, cue: int) -> bool:
    """Whether "Others" ("Some others", "Still others", "The rest", "Other staff") opens the sentence before ``cue``."""
    k = _skip_spaces(words, start, 1)
    lowers = words.lower
    if k + 1 < cue and lowers[k] in {"some", "still", "yet", "the", "many"}:
        k = _skip_spaces(words, k + 1, 1)  # ("Some others", "Still others", "The rest", "Many others")
    if k >= cue or lowers[k] not in _OTHERS or (lowers[k] == "rest" and lowers[k - 1] != "the"):
        return False
    # ("Other A become C": a post of its own, read as the subject)
    return lowers[k] != "other" or (k + 1 < cue and lowers[k + 1] in {"people", "staff", "workers", "employees"})


def _others_before(r: _Reader, sent: _Sent, cue: int, target: Mention) -> list[Mention] | None:
    """Where "Others" opening a sentence with no post of its own move from: the posts the move told a sentence or
    two before started at ("Many A become B. Others move into C" is A -> C, not B -> C), else None; not after a
    move told of a person ("I became B. Others in my team ...": the others' start is not told)."""
    if "transitions.others" in r.disabled or r.last_sources is None or r.sentence_index - r.last_sources[2] > 2:
        return None
    if r.told_moved_at == r.last_sources[2] or not _others_opening(_words(sent.doc), sent.start, cue):
        return None
    sources = [m for m in r.last_sources[0] if m.key != target.key]
    return sources or None


def _skip_spaces(words: _Words, k: int, step: int) -> int:
    spaced = words.spaced  # (holds only indexes of the block's tokens: the walk stops outside it)
    while k in spaced:
        k += step
    return k


def _verb_moves(r: _Reader, vocab: Vocabulary, sent: _Sent, ms: list[Mention], offset: int) -> None:
    """ "A grows into B", "A is promoted to B", "from A to B"."""
    doc = sent.doc
    roles = [named_role for m in ms if (named_role := _as_role(vocab, m)) is not None]
    for n, (a, b) in enumerate(itertools.pairwise(roles)):
        if b.i < a.j:
            continue
        if b.i - a.j > 8:
            if n == 0:  # the subject, then a second predicate: "X is in charge of ..., and grows into Y"
                _far_move(r, sent, a, b, offset)
            continue
        between = _norms(doc, a.j, b.i)
        before = _norms(doc, a.i - 3, a.i)
        kind: TransitionKind | None = None
        if (before and before[-1] == "from") or before[-2:] in (["from", "the"], ["from", "a"], ["from", "an"]):
            moving = _sent_norms(sent) & _MOVEMENT
            to_b = (between and between[0] in {"to", "into"}) or between[:2] in (["up", "to"], ["all", "the"])
            # without a word of movement "from A to B" is a range ("from A to B belongs to sales")
            if moving and to_b:
                kind = _PROMOTION
        verbs = [n for n in between if n in _MOVE_VERBS]
        if NEGATIONS.intersection(between):
            continue  # "cashiers do not usually become store managers"
        if verbs and verbs[0] not in {"become", "make", "grow"} and _NO_PARTICLE.isdisjoint(between):
            if not {"be", "get"} & set(between[: between.index(verbs[0])]):
                continue  # "the manager moved the pickers ...": a transitive verb, its object is not where A goes
        if verbs and names_next_rung(between) and "transitions.next-step" not in r.disabled:
            continue  # "B is the next step up from A" (transitions.next-step)
        if verbs and "or" in between[: between.index(verbs[0])]:
            continue  # "A moves into B or switches to C": the second verb's subject is A (transitions.clause)
        if verbs and n > 0 and _parser_decides(r, doc, roles[n - 1], a):
            continue  # "A working with B becomes C": which one moves is the parser's to tell (transitions.parsed)
        if kind is None and verbs and all(n in _MOVE_GLUE or n in STOP_WORDS for n in between):
            kind = _MOVE_VERBS[verbs[0]]
            if set(between) & _LATERAL_WORDS:
                kind = _LATERAL
        after = _norms(doc, b.j, b.j + 1)
        earlier = set(between) & {"previously", "formerly", "once", "used"} or after[:1] in (["before"], ["previously"])
        if kind is None and earlier and set(between) <= _EARLIER_FILLER:
            ev = r.sentence_evidence(sent, offset, a.start, b.end)
            r.transition(b, a, _PROMOTION, ev, _move_years(sent, offset, a.start))
            continue
        if kind is None:
            continue
        if "(" in _sent_lowers(sent) and (_described_rank(doc, b) or _described_rank(doc, a)):
            continue  # "from A to a supervisory role (like B or C)": the posts in brackets are where A goes
        ev = r.sentence_evidence(sent, offset, a.start, b.end)
        if verbs and [w for w in between if w not in {"a", "an", "the"}][-1:] == ["from"]:
            # "many store managers were promoted from assistant manager": B is where A came from
            r.transition(b, a, kind, ev, _move_years(sent, offset, a.start))
            continue
        r.transition(a, b, kind, ev, _move_years(sent, offset, b.start))
        if (
            r.told is None
            and "transitions.told" not in r.disabled
            and r.told_person in {None, "i"}
            and _person_of(sent.words.lower, sent.start, sent.end) == "i"
        ):
            # "I progressed from A to B within three years. ... Later I moved into a C role": the narrator holds B,
            # where the story's next move starts
            r.told, r.told_years, r.told_person, r.told_moved_at = b, None, "i", r.sentence_index


_CLAUSE_JOINS = frozenset({"and", ",", "，", ";", "；"})
_NO_PARTICLE = frozenset({"to", "into", "up", "a", "as", "on", "onto"})  # ("as" reads "a")


def _parser_decides(r: _Reader, doc: Doc, earlier: Mention, a: Mention) -> bool:
    """Whether a role named earlier in ``a``'s clause (not in a list with it) leaves the subject open."""
    if {"transitions.clause", "transitions.parsed"} & r.disabled or not parser_available():
        return False
    between = _norms(doc, earlier.j, a.i)
    if not between or set(between) & {".", ";", "；", "。", ":", "：", "but", "while"}:
        return False
    return not all(w in _LIST_SEPARATORS or w in {"a", "an", "the"} for w in between)


def _far_move(r: _Reader, sent: _Sent, a: Mention, b: Mention, offset: int) -> None:
    """A move in a later predicate of the sentence whose subject is ``a``: "..., and usually grows into a B"."""
    norms = sent.norms
    verb = next((k for k in range(b.i - 1, max(a.j, b.i - 5), -1) if norms[k] in _MOVE_VERBS), None)
    if verb is None or not all(norms[k] in _MOVE_GLUE for k in range(verb, b.i)):
        return
    glue = set(norms[verb - 3 : verb])
    if not glue & _CLAUSE_JOINS or glue - _MOVE_GLUE - _CLAUSE_JOINS:
        return  # the verb phrase must be a predicate of its own, joined by "and" or a comma
    kind = _LATERAL if norms[verb] in _LATERAL_WORDS else _MOVE_VERBS[norms[verb]]
    ev = r.sentence_evidence(sent, offset, a.start, b.end)
    r.transition(a, b, kind, ev, _move_years(sent, offset, b.start))


def _chain_targets(vocab: Vocabulary, sent: _Sent, ms: list[Mention]) -> list[tuple[str, list[Mention]]]:
    """Career steps narrated in a sentence: ("start" | "span" | "step" | "held", [roles]) ("held": a post a person
    held at a stated time, a step of the story too)."""
    here = _sent_norms(sent)
    gated = _norm_gates(sent)  # (the words of the sets the gate asks for)
    if _STEP_WORDS.isdisjoint(gated) and ("be" not in here or _PERSONS.isdisjoint(gated)):
        return []  # (most sentences: no verb of a step, nor "I was a ..." of a post held)
    last = sent.chains
    if last is not None and len(last[0]) == len(ms) and all(a is b for a, b in zip(last[0], ms, strict=True)):
        # (transitions.clause and transitions.narrated both ask, most often of the same mentions: the steps depend
        # on the sentence and its mentions alone, and no caller changes the lists)
        return last[1]
    doc = sent.doc
    out: list[tuple[str, list[Mention]]] = []
    roles = _distinct_roles(vocab, ms)  # ("trainee chef", not "trainee" inside it)
    k = 0
    while k < len(roles):
        m = roles[k]
        lead = _norms(doc, max(sent.start, m.i - 7), m.i)
        verb = None
        job = False  # "took a job as X", "landed a role as X": a first post
        for pos in range(len(lead) - 1, -1, -1):
            word = lead[pos]
            at = m.i - len(lead) + pos  # (the verb's token)
            taken = job and word in _TAKE_VERBS and at > sent.start and _doc_norms(doc)[at - 1] in _PERSONS
            arrived = word in _ARRIVE_VERBS and pos + 1 < len(lead) and lead[pos + 1] in _ARRIVE_PARTICLES
            if word in _START_VERBS or taken or arrived:
                # "most team leaders started here as operatives": where a role's holders came from, no one's start
                verb = None if not taken and _after_role(doc, sent, ms, at) else "start"
                break
            if word in _JOB_WORDS:
                job = True
                continue
            went_up = word == "go" and pos + 1 < len(lead) and lead[pos + 1] in {"up", "on"}
            if (job and word in _TAKE_VERBS and out) or went_up:
                # "A might become B before getting a position as C", "then going up in the ranks as D": a later step
                verb = "step"
                break
            if word in _WAY_UP_WORDS:
                continue  # "going up in the ranks as D", "rose through the ladder to D"
            if word in _SPAN_VERBS:
                # "reach the position of X" sums up several rungs: a place in the story, not one step
                verb = "span"
                break
            if word in _CHAIN_VERBS:
                verb = None if _not_done(doc, sent, at) else "step"  # ("I wasn't promoted to A", "I'd love to be A")
                break
            if (
                word not in _TARGET_PREFIXES
                and word not in {"with", "from", "at", "senior", "career", "journey", "working", "life"}
                and _words(doc).lower[at] not in PRAISE  # "to become a qualified operator" (its norm is "qualify")
                and word not in STOP_WORDS
                and not level_code(word)  # "started as a L4 brand specialist"
            ):
                break
        if verb is None and _held_in_time(doc, sent, m):
            verb = "held"  # "By 2019 I was a buyer": a rung reached, in a career told in steps
        if verb is None:
            k += 1
            continue
        group = [m]
        while k + 1 < len(roles) and _only_separators(
            doc, group[-1].j, roles[k + 1].i, _GROUP_WORDS
        ):
            k += 1
            group.append(roles[k])
        out.append((verb, group))
        k += 1
    sent.chains = (tuple(ms), out)
    return out


#: what joins the posts one step reaches: "to A or maybe B"
_GROUP_WORDS = frozenset({"or", "and", ",", "、", "/", "maybe", "perhaps", "possibly", "even"})


def _after_role(doc: Doc, sent: _Sent, ms: list[Mention], at: int) -> bool:
    """Whether a role is the subject right before the verb at token ``at`` (auxiliaries and adverbs between)."""
    words = _words(doc)
    k = at - 1
    while k > sent.start and (words.space[k] or _doc_norms(doc)[k] in _AUXILIARIES or words.lower[k].endswith("ly")):
        k -= 1
    return any(m.j == k + 1 and m.label is _ROLE for m in ms)


def _not_done(doc: Doc, sent: _Sent, at: int) -> bool:
    """Whether the verb at token ``at`` is negated or hoped for: "I could not become", "I'd love to become" (or tells
    what made someone good at a post: "the qualities that made her a stellar agent")."""
    norms = _doc_norms(doc)
    if not NEGATIONS.isdisjoint(norms[max(sent.start, at - 3) : at]):
        return True
    if norms[at] == "make" and at > sent.start and _words(doc).lower[at - 1] in {"that", "which", "what"}:
        return True
    hoped = not HOPES.isdisjoint(norms[max(sent.start, at - 4) : at - 1])
    return at - 1 > sent.start and norms[at - 1] == "to" and hoped


#: a time in a narrated career: "by 2019", "in 2022", "two years later", "after a year"
_TIME_MARK = re.compile(r"\b(?:by|in|after|within|later|eventually|soon|now|since)\b.{0,20}|\b(?:19|20)\d\d\b", re.I)
_PERSONS = frozenset({"i", "he", "she", "they", "we"})
#: verbs of holding a post before "as": "I was working as a B", "she was employed as a B"
_WORKING_AS = frozenset(word_norm(w) for w in ("working", "employed", "serving", "acting"))


def _held_in_time(doc: Doc, sent: _Sent, m: Mention) -> bool:
    """ "By 2019 I was a buyer", "in 2022 she was a team lead": a person held a post at a stated time."""
    norms = _doc_norms(doc)
    if m.i - 3 < sent.start or norms[m.i - 1] not in {"a", "an"}:
        return False
    # ("by 22 I was working as an A", "in 2022 she was employed as a B": the post held, said with its work)
    k = m.i - 4 if _words(doc).lower[m.i - 2] == "as" and norms[m.i - 3] in _WORKING_AS else m.i - 2
    if k - 1 < sent.start or norms[k] != "be" or norms[k - 1] not in _PERSONS:
        return False
    # the time stands in the clause before the post
    return _TIME_MARK.search(doc.user_data["careergraph_text"], sent.start_char, _words(doc).idx[m.i]) is not None


def _narrated(
    r: _Reader, vocab: Vocabulary, sents: list[_Sent], offset: int, mention_of: dict[int, list[Mention]]
) -> None:
    previous: list[Mention] | None = None
    tried = False  # whether the previous step's posts were only tried for ("I tried to be A or B")
    for sent in sents:
        ms = mention_of.get(sent.start, [])
        if "transitions.start-tail" not in r.disabled and _may_start_with(sent.text) and _START_WITH.search(
            sent.text
        ):
            ms = _start_tails(r, sent, ms, offset)
        if previous is not None and not any(m.label is _ROLE for m in ms) and not _CHAIN_GATE.isdisjoint(
            _sent_norms(sent)
        ):
            # "it will take 1 to 2 years to become a qualified operator": a bare title the step leads to
            bare = [_titled_head(r, m) for m in _target_titles(sent, [], offset)]
            for m in bare:
                r.mentioned(m)
            ms = bare or ms
        chain = _chain_targets(vocab, sent, ms)
        grouped = {id(m) for _, group in chain for m in group}
        for verb, group in chain:
            # another role named earlier in the sentence, outside any step, is the step's own subject
            # ("The operator ..., and grows into a director"): read by _verb_moves, not chained
            own = False
            if previous is not None:
                last = previous[-1]
                since = last.j if sent.start <= last.i < sent.end else sent.start
                subjects = [
                    m
                    for m in ms
                    if m.label is _ROLE and since <= m.i and m.j <= group[0].i and id(m) not in grouped
                ]
                own = bool(subjects) and subjects[-1].key != last.key
                if not own and "transitions.head-subject" not in r.disabled:
                    # "Experienced managers can go on to B": a title head of its own as the subject
                    heads = _subject_titles(sent, [m for m in ms if m.label is _ROLE], offset)
                    own = any(since <= m.i and m.j <= group[0].i for m in heads)
            lead = _skip_spaces(sent.words, group[0].i - 1, -1)
            while lead > sent.start and sent.words.lower[lead] in {"a", "an", "the"}:
                lead = _skip_spaces(sent.words, lead - 1, -1)
            lowers = sent.words.lower
            opening = [w for w in lowers[sent.start : max(lead, sent.start)] if not w.isspace()]
            if lead >= sent.start and lowers[lead] in _POSSESSIVE_PERSONS and len(group) == 1 and (
                _doc_norms(sent.doc)[_skip_spaces(sent.words, group[0].j, 1)] not in POST_NOUNS
            ):
                continue  # "I then had my area manager asking me ...": a person of the story, no post of its own
            of_gerund = lead > sent.start and lowers[lead].endswith("ing") and (
                lowers[_skip_spaces(sent.words, lead - 1, -1)] == "of"
            )
            if lead >= sent.start and lowers[lead].endswith("ing") and (len(opening) <= 1 or of_gerund):
                # "Sometimes becoming a retail manager involves ...": the topic of the sentence, no step of a story;
                # so is "the journey of becoming a B" (a noun's gerund: what is talked of, not a step taken)
                previous = None
                continue
            if verb == "span" or (verb != "start" and lead >= sent.start and sent.words.lower[lead] == "from"):
                # "reach the position of A or B" sums up rungs; "B were promoted from A" names where B's holders
                # came from (transitions.verb), not a step of a person's story: no step starts from either
                previous = None
                continue
            tried_here = "try" in _norms(sent.doc, max(sent.start, group[0].i - 4), group[0].i)
            # ("Many A become B. Others move into C": the others' step is not the next of B's)
            own = own or ("transitions.others" not in r.disabled and _others_opening(sent.words, sent.start, lead))
            if verb == "start" or previous is None or own:
                previous, tried = group, tried_here
                continue
            # (after a step to alternatives, "as A or B", the next step starts from either)
            # (not after posts only tried for, "I tried to be A or B": the story goes on from the last named)
            sources = previous if _or_joined(r.text, previous) and not tried else previous[-1:]
            years: tuple[float | None, float] | None = _move_years(sent, offset, group[0].start)
            tenure = _tenure_of(sent.doc, group[-1], sent) if years is not None else None
            if tenure is not None and years is not None and _duration(tenure) == (years[0] or 0.0, years[1]):
                years = None  # "then B for the last two years": how long B was held, not the time before it
            norms = sent.norms
            joints = set(norms[group[0].j : group[-1].i])
            in_turn = "transitions.in-turn" not in r.disabled and steps_in_turn(
                norms, sent.start, group[0].i, joints, len(group)
            )
            for first in sources:
                source = _moved_on(r, first, group[0], mention_of)
                for target in group:
                    rule = r.rule
                    below = group[group.index(target) - 1] if target is not group[0] else None
                    if below is not None and _ranks_above(target, below) and not in_turn:
                        # "becoming A, senior A etc": the senior post is the step after A, with no time of its own
                        if below.key != target.key:
                            ev = r.sentence_evidence(sent, offset, below.start, target.end)
                            r.transition(below, target, _PROMOTION, ev)
                        continue
                    if in_turn and target is not group[0]:
                        # "they then go to A, B, and C": one after another
                        source, r.rule = group[group.index(target) - 1], "transitions.in-turn"
                    elif source.rule == "transitions.start-tail":
                        r.rule = source.rule  # ("start with customer service": the post that names)
                    if source.start < target.start and source.key != target.key:
                        ev = r.sentence_evidence(sent, offset, target.start - 1, target.end)
                        if source.start < offset + sent.start_char:
                            ev = r.evidence(min(source.start, ev["start"]), ev["end"])
                            if ev["end"] - ev["start"] > 3 * _MAX_QUOTE:
                                ev = r.sentence_evidence(sent, offset, target.start, target.end)
                        r.transition(source, target, _PROMOTION, ev, years)
                    r.rule = rule
            previous, tried = group, tried_here


def _moved_on(r: _Reader, source: Mention, target: Mention, mention_of: dict[int, list[Mention]]) -> Mention:
    """Where a story's step to ``target`` starts: ``source``, unless a move out of it to a post named between the two
    was read already ("a trainee B. ... I was a fully trained B. ... becoming C": from B, not from the trainee)."""
    moved = {b for a, b in r.facts.transitions if a == source.key} - {source.key, target.key}
    if not moved:
        return source  # (most: no move out of the source read yet, and the page's mentions are not walked)
    onward = [
        m
        for ms in mention_of.values()
        for m in ms
        if m.label is _ROLE and source.end <= m.start < target.start and m.key in moved
    ]
    return max(onward, key=lambda m: m.start) if onward else source


#: words of rank that make a title the next rung of the same title without them: "senior buyer" after "buyer"
_SENIOR_RANKS = frozenset({"senior", "principal", "chief", "lead"})
#: possessives that make the title after them a person of a story ("my area manager"), not a post held
_POSSESSIVE_PERSONS = frozenset({"my", "his", "her", "our", "their"})


def _ranks_above(high: Mention, low: Mention) -> bool:
    """Whether post ``high`` is post ``low`` with a word of rank before it ("Senior Account Manager", "account
    manager")."""
    words, base = high.name.lower().split(), low.name.lower().split()
    return len(words) == len(base) + 1 and words[0] in _SENIOR_RANKS and words[1:] == base


def _or_joined(text: str, group: list[Mention]) -> bool:
    """Whether the posts of one step are alternatives joined by "or" ("as an A or B")."""
    return len(group) > 1 and re.search(r"\bor\b", text[group[0].end : group[-1].start]) is not None


#: a start in a post named by the last words of the page's titles: "start with customer service", "began in support"
_START_WITH = re.compile(
    r"\b(?:start|starts|started|starting|begin|begins|began|begun|beginning)\s+(?:out\s+)?(?:with|in|as)\s+"
    r"(?:an?\s+|the\s+)?(?P<post>[A-Za-z][A-Za-z-]*(?:\s+[A-Za-z][A-Za-z-]*){0,2}?)\s*(?=[,.;:!?)]|$|\s(?:and|then)\b)"
)


def _may_start_with(text: str) -> bool:
    """Whether :data:`_START_WITH` may match ``text``: each of its verbs (written in lower case) starts "start" or
    "beg"."""
    return "start" in text or "beg" in text


def _start_tails(r: _Reader, sent: _Sent, ms: list[Mention], offset: int) -> list[Mention]:
    """A start in a post written as the last words of titles the page named before ("start with customer service"
    on a page whose ladder names pre-sales, after-sales and gold medal customer service) is a start in the first of
    those titles the page named, its lowest (transitions.start-tail); the sentence's mentions with it."""
    words = sent.words
    added = []
    for found in _START_WITH.finditer(sent.text):
        a = offset + sent.start_char + found.start("post")
        b = offset + sent.start_char + found.end("post")
        if any(m.start < b and a < m.end for m in ms):
            continue  # a title of its own: the other rules read it
        post = " " + " ".join(found.group("post").lower().split())
        named = [
            (min(e["start"] for e in data["evidence"]), key)
            for key, data in r.facts.nodes.items()
            if data["label"] is _ROLE
            and data.get("evidence")
            and (" " + data["name"].lower()).endswith(post)
            and data["name"].lower() != post.strip()
            and min(e["start"] for e in data["evidence"]) < a
        ]
        if not named:
            continue
        key = min(named)[1]
        i = bisect.bisect_left(words.idx, a - offset, sent.start, sent.end)
        j = bisect.bisect_left(words.idx, b - offset, sent.start, sent.end)
        if i >= j:
            continue
        node = r.facts.nodes[key]
        added.append(Mention(_ROLE, key, node["name"], bool(node.get("known")), a, b, i, j, "transitions.start-tail"))
    return sorted([*ms, *added], key=lambda m: (m.i, -m.j)) if added else ms


def _ranked(r: _Reader, vocab: Vocabulary, sent: _Sent, ms: list[Mention], offset: int) -> None:
    """Titles sharing a stem and ranked by their head word: specialist < supervisor < manager."""
    if not _sent_norms(sent) & _RANK_CUES:
        return
    stems: dict[str, list[tuple[int, Mention]]] = {}
    for m in ms:
        if m.label is not _ROLE:
            continue
        words = m.name.lower().split()
        if len(words) < 2 or words[-1] not in _RANK:
            continue
        stems.setdefault(" ".join(words[:-1]), []).append((_RANK[words[-1]], m))
    for ranked in stems.values():
        ladder = sorted({m.key: (rank, m) for rank, m in ranked}.values(), key=lambda x: x[0])
        if len(ladder) < 2 or len({rank for rank, _ in ladder}) < len(ladder):
            continue
        if len(ladder) == 2:
            first, second = sorted((ladder[0][1], ladder[1][1]), key=_start_of)
            if r.text[first.end : second.start].strip().lower() in {"or", "/", "and/or"}:
                continue  # "roles like Merchandising Manager or Director": a choice, not a ranking
        for (_, a), (_, b) in itertools.pairwise(ladder):
            r.transition(
                a,
                b,
                _PROMOTION,
                r.sentence_evidence(sent, offset, min(a.start, b.start), max(a.end, b.end)),
            )


# --- careers told of a person, and where a role's holders came from (careergraph.loaders.text_story) ---

#: words of the present that, with "is", may tell a named person's post reached since: "James is now B"
_PRESENT_WORDS = frozenset({"now", "today", "currently"})
#: words one of which a sentence needs for transitions.told / transitions.former to read it
_TOLD_GATE = frozenset(
    {"i", "he", "she", "me", "him", "her", "my", "as", "after", "following", "first", "then", "applied", "from"}
)
_FORMER_GATE = frozenset(
    {"former", "ex", "previous", "often", "usually", "normally", "typically", "mostly", "generally", "commonly"}
    | {"frequently", "largely", "them", "now"}
    | {"promoted", "moved", "stepped", "rose", "progressed", "advanced"}  # "B are A who have been promoted"
)
_PERSON_OF = {"i": "i", "me": "i", "he": "he", "him": "he", "she": "she", "her": "she"}


def _person_of(lowers: list[str], start: int, end: int) -> str:
    """The person a sentence is told of: the first personal pronoun ("i", "he", "she"), else "" (a name)."""
    words = lowers[start:end]
    if _PERSON_OF.keys().isdisjoint(words):  # (most sentences name none: one set test in C)
        return ""
    return next((_PERSON_OF[w] for w in words if w in _PERSON_OF), "")


def _told(r: _Reader, vocab: Vocabulary, sent: _Sent, ms: list[Mention], offset: int) -> None:
    """A career told of a person: "I was a picker for two years before they made me lead" (picker -> lead).

    The person's post is kept from sentence to sentence (across paragraphs, while the same person
    is told of); a move starts from the post named in its own sentence ("after two years as X"),
    else from that post. Its years are the source post's stated tenure, else those of the move's clause.
    """
    doc = sent.doc
    lowers = _words(doc).lower
    roles = _distinct_roles(vocab, ms)
    if not roles:
        return
    roles = sorted([*roles, *_target_titles(sent, roles, offset)], key=lambda m: m.i)  # "promoted to supervisor"
    words = _words(doc)
    chars = doc.user_data["careergraph_text"]

    def capital(k: int) -> bool:
        return chars[words.idx[k] : words.idx[k] + 1].isupper()

    steps = told_steps(_doc_norms(doc), lowers, sent.start, sent.end, [(m.i, m.j) for m in roles], capital)
    if not steps:
        return
    person = _person_of(lowers, sent.start, sent.end)
    if r.told_person is not None and person and r.told_person and person != r.told_person:
        r.told, r.told_years, r.told_first = None, None, None  # another person's story
        r.told_pending = r.told_current = None  # (whose first move no post of this person leads to)
    if person or r.told_person is None:
        r.told_person = person
    text = sent.text

    def years_of(span: tuple[int, int] | None) -> tuple[float, float] | None:
        if span is None:
            return None
        words = _words(doc)
        lo = words.idx[span[0]] - sent.start_char
        hi = words.idx[span[1] - 1] + words.length[span[1] - 1] - sent.start_char
        return _duration(text[lo:hi])

    if any(s.kind == "appointed" for s in steps):  # another person's story starts: "X has named Omar Haddad as B"
        r.told, r.told_years, r.told_first, r.told_person = None, None, None, person
        steps = [dataclasses.replace(s, kind="move") if s.kind == "appointed" else s for s in steps]
    before = next((s for s in steps if s.kind == "before"), None)
    if before is not None and not any(s.kind == "move" for s in steps) and r.told is not None:
        # "Costa, who moves up from head of planning, ...": where the move told a sentence before started
        left = roles[before.role]
        if r.told_sourceless and left.key != r.told.key:
            ev = r.sentence_evidence(sent, offset, left.start, left.end)
            r.transition(left, r.told, _PROMOTION, ev, years_of(before.tenure))
            r.told_sourceless = False
        return
    if before is not None and not any(s.kind == "move" for s in steps) and person:
        # "After three years as a junior stylist I was promoted.": no post named to move to, but the person held
        # that post (a later "I'm now a senior stylist" moves from it)
        r.told, r.told_years, r.told_held = roles[before.role], years_of(before.tenure), False
        r.told_first = r.told_first or r.told
        r.position = [r.told]
        return

    moved = False
    for step in steps:
        role = roles[step.role]
        had_first = r.told_first is not None
        if step.kind in {"held", "move"} and _started_back(r, sent, role, step, person):
            # "I'm now a hotel manager. I started out as a porter.": the career told from its start, up to the post
            # held now (the last post told leads there: see _told_pending)
            current, r.told_current = r.told_current, None
            assert current is not None
            r.told, r.told_years, r.told_held, r.told_first = role, years_of(step.tenure), True, role
            if current[1] is not sent:
                r.told_pending = current
                continue
            ev = r.sentence_evidence(sent, offset, min(role.start, current[0].start), max(role.end, current[0].end))
            # ("I'm now B, but I began as A")
            r.transition(role, current[0], _PROMOTION, ev, r.told_years)
            continue
        if step.kind == "held":
            told = r.told
            if told is not None and person and told.key != role.key and told.end <= offset + sent.start_char and (
                lowers[sent.start] == "by" and _held_in_time(doc, sent, role)
            ):
                # "... I had become a supervisor. [...] By 22 I was working as an assistant manager": the post
                # held by a later time is the next one, across paragraphs too
                ev = r.sentence_evidence(sent, offset, role.start, role.end)
                r.transition(told, role, _PROMOTION, ev, None)
            elif told is not None and person and _trained_into(told, role):
                # "I progressed to a trainee B. ... I was a fully trained B": the training done, the post itself
                ev = r.sentence_evidence(sent, offset, role.start, role.end)
                r.transition(told, role, _PROMOTION, ev, None)
            elif _held_next(r, sent, offset, role, person, step.cue):
                assert r.told is not None
                # ("I worked as a sous chef, pastry chef and ...": each post listed is one the narrator held next)
                for held in _listed_with(doc, role, roles):
                    ev = r.sentence_evidence(sent, offset, held.start, held.end)
                    r.transition(r.told, held, _LATERAL, ev, r.told_years)
            r.told, r.told_years, r.told_held = role, years_of(step.tenure), True
            r.told_first = r.told_first or role
        elif step.kind == "earlier":
            first = r.told_first
            if first is None and r.told_pending is not None:
                # "I became B in 2020. Before that, I was A for five years": the post held before the move told
                first, r.told_pending = r.told_pending[0], None
            if first is not None and first.key != role.key:
                ev = r.sentence_evidence(sent, offset, role.start, role.end)
                r.transition(role, first, _PROMOTION, ev, years_of(step.tenure))
            r.told_first = role
        elif step.kind == "move":
            # (the post left is where the sentence's first move starts; a later one goes on from where it led: "move
            # from A to B in a year, become C at two")
            first_move = before is not None and before.role != step.role and not moved
            source = roles[before.role] if first_move and before is not None else r.told
            if before is None and not moved:
                # "She became B in 2018, and last year she was appointed C": the post an earlier verb of the
                # sentence reached, not the post told before the sentence
                source = _reached_earlier(sent, roles, step.cue, role) or source
            # (after "move from A to B in a year", "become C at 18 months" tells a time since the start, not C's move)
            chained = moved and before is not None and any(x.kind == "move" and x.cue == before.cue for x in steps)
            moved = True
            told = r.told
            if source is not r.told and told is not None and source is not None and person and told.key != source.key:
                # "I took over as B. After a spell as C I was appointed D": the post held before the move was
                # reached from the post told before it
                ev = r.sentence_evidence(sent, offset, source.start, source.end)
                r.transition(told, source, _PROMOTION, ev, r.told_years)
            if source is not None and source.key != role.key:
                years: tuple[float | None, float] | None = None
                if before is not None and source is roles[before.role]:
                    years = years_of(before.tenure)
                if years is None and source is r.told:
                    years = r.told_years
                if years is None and not chained:  # (a later step's "at 18 months" counts from the start)
                    years = _move_years(sent, offset, role.start)
                    own = _tenure_of(doc, role, sent)
                    if own is not None and years is not None and _duration(own) == years:
                        years = None  # "then B for the last two years": B's own tenure
                    if (
                        years is not None
                        and source is r.told
                        and r.told_moved_at >= 0
                        and r.sentence_index - r.told_moved_at > _LATER_GAP
                        and _LATER_SPAN.search(sent.text, 0, max(0, role.start - offset - sent.start_char)) is not None
                    ):
                        years = None  # "... From here I ran X. One year later I moved up": later than X, not B's span
                kind = _LATERAL if _LATERAL_WORDS & set(lowers[sent.start : sent.end]) else (
                    _PROMOTION
                )
                ev = r.sentence_evidence(sent, offset, min(source.start, role.start), max(source.end, role.end))
                r.transition(source, role, kind, ev, years)
            r.told_sourceless = source is None
            r.told_first = r.told_first or (source if source is not None else role)
            r.told, r.told_years = role, _duration(_tenure_of(doc, role, sent) or "") if step.tenure else None
            r.told_held, r.told_moved_at = False, r.sentence_index
        if not had_first and r.told_first is not None and person == "i" and _NOW_HELD_TOLD.search(text):
            r.told_current = (r.told_first, sent, offset)  # ("I have been a manager for two years now")
    r.position = [r.told] if r.told is not None else r.position


def _reached_earlier(sent: _Sent, roles: list[Mention], cue: int, target: Mention) -> Mention | None:
    """The post the last verb of movement before token ``cue`` of the sentence reached ("She became B in 2018, and
    last year she was appointed C": B), or None."""
    ahead = [m for m in roles if sent.start <= m.i and m.j <= cue]
    if not ahead:
        return None
    norms = _doc_norms(sent.doc)
    moves = clause_moves(norms, sent.start, cue, [(m.i, m.j) for m in ahead], lowers=_words(sent.doc).lower)
    reached = [ahead[m.target] for m in moves if not m.onto_page and ahead[m.target].key != target.key]
    return max(reached, key=lambda m: m.i, default=None)


#: a span counted from the event told just before: "one year later", "two months after that"
#: how many sentences told since the narrator's last move make "N years later" count from something else
_LATER_GAP = 3
_LATER_SPAN = re.compile(r"\b(?:years?|months?)\s+(?:later|after\s+that|on)\b", re.I)

#: words of a sentence telling the post the narrator holds now: "I'm now a ...", "I have been a ... for two years now"
_NOW_HELD_TOLD = re.compile(
    r"\b(?:now|today|currently|these days|nowadays|at present)\b|\bi(?:\s+am|['’]m|\s+have\s+been|['’]ve\s+been)\b",
    re.I,
)


#: verbs of a way into a post: "I was hired as a porter", "I joined as a porter", "I got my first job as a porter"
_ENTERED = frozenset(word_norm(w) for w in ("hire", "hired", "join", "joined", "get", "got", "land", "landed"))
#: words of a post told as following the one told before: "then", "later", "after that"
_FROM_THERE_ON = re.compile(r"\b(?:then|later|after\s+that|afterwards|from\s+there|next|eventually|finally)\b", re.I)


def _started_back(r: _Reader, sent: _Sent, role: Mention, step: Step, person: str) -> bool:
    """Whether a post the narrator held, told after the post they hold now, is where their career started: "I began
    as a porter", "I started out as a porter", "My first job was as a porter", "Back then I was a porter", or a post
    told in the past in a later sentence ("It took me weeks to get my job as a porter"; not one said to follow
    another: "Then I worked as a trainee chef")."""
    current = r.told_current
    if current is None or r.told_pending is not None or person not in {"i", ""} or current[0].key == role.key:
        return False
    lowers = sent.words.lower
    word = lowers[step.cue]
    if step.kind == "move" and word_norm(word) not in _ENTERED and word != "first":
        return False  # (a move told after the post held now: only a way in, "I was hired as a porter")
    if word_norm(word) in {"start", "begin"} or word == "first":
        return True
    before = " ".join(lowers[sent.start : step.cue])
    if before.startswith(("back then", "in those days", "at the time")):
        return True
    # a post told in the past after the one held now came before it: "It took me weeks to get my job as a porter"
    return current[1] is not sent and not _NOW_HELD_TOLD.search(sent.text) and not _FROM_THERE_ON.search(before)


#: words before a post held that make it another post than the last: "At the hotel I was ...", "My second job was ..."
_NEW_POST_WORDS = frozenset({"at", "first", "second", "third", "next", "new"})
#: words of a post told after the last: "Then I worked as a commis chef", "Later I was a sous chef"
_SEQUENCE_WORDS = frozenset({"then", "later", "afterwards", "eventually", "subsequently"})
#: words before a post a third person held that tell it came after the post told before: "Once qualified, he ..."
_LATER_HELD = _SEQUENCE_WORDS | {"qualified", "qualifying"}


def _listed_with(doc: Doc, first: Mention, roles: list[Mention]) -> list[Mention]:
    """A post and the posts listed right after it, joined by commas, "and" or "or": "a sous chef, pastry chef and"."""
    out = [first]
    words = _words(doc)
    allowed = _ALTERNATIVE_WORDS | {"and"}
    for m in roles:
        if m.i < out[-1].j:
            continue
        if _only_separators(doc, out[-1].j, m.i, allowed):
            out.append(m)
            continue
        said = [k for k in range(out[-1].j, m.i) if not words.space[k]]
        after = _skip_spaces(words, m.j, 1)
        closed = after < len(words.lower) and words.lower[after] == ")"
        if [words.lower[k] for k in said] == ["("] and closed:
            continue  # "a night auditor (shift manager)": another name of the post before, no post of its own
        # "a closing manager, affineur (cave manager), and": an item the title rules miss, named in its bracket
        named = len(said) >= 3 and words.lower[said[-1]] == "(" and words.lower[said[-2]].isalpha() and closed
        if named and all(words.lower[k] in allowed for k in said[:-2]):
            out.append(m)
            continue
        # "a night auditor (nights only), duty manager": a short aside in brackets after the post before
        shut = next((x for x, k in enumerate(said) if words.lower[k] == ")"), None)
        if said and words.lower[said[0]] == "(" and shut is not None and shut <= 6 and all(
            words.lower[k] in allowed for k in said[shut + 1 :]
        ) and len(said) > shut + 1:
            out.append(m)
            continue
        break
    return out


#: words saying a post was held before the one told last: "I worked as C before that", "I had previously been C"
_EARLIER_TOLD = re.compile(r"\b(?:before|previously|earlier|prior|had\s+been)\b", re.I)


#: words of a title held while training for the post the rest of the title names: "trainee B", "apprentice B"
_TRAINING_TITLE_WORDS = frozenset({"trainee", "apprentice", "intern", "graduate", "student"})


def _trained_into(held: Mention, role: Mention) -> bool:
    """Whether ``role`` is the post ``held`` trained for: "trainee visual merchandiser", then "visual merchandiser".

    >>> m = lambda name: Mention(_ROLE, name.replace(" ", "-"), name, False, 0, 1, 0, 1)
    >>> _trained_into(m("trainee buyer"), m("buyer")), _trained_into(m("buyer"), m("senior buyer"))
    (True, False)
    """
    words, post = held.name.lower().split(), role.name.lower().split()
    return len(words) == len(post) + 1 and words[0] in _TRAINING_TITLE_WORDS and words[1:] == post


def _held_next(r: _Reader, sent: _Sent, offset: int, role: Mention, person: str, cue: int) -> bool:
    """Whether a post the narrator of a first-person story holds follows the post they held before ("I ended up
    working as a cashier. ... At the hotel I was a night porter": cashier -> night porter).

    Only after a post told as held (not one reached "today": "Today I'm a director. Back then I was a clerk"),
    in a later sentence that names a new place or an ordinal before the post, and not at the start of a career
    ("I started my career as a clerk").
    """
    earlier = r.told
    words = sent.words
    # ("From there, I became B. I worked as C": a post worked as right after the sentence of a move)
    worked = r.told_moved_at == r.sentence_index - 1 and word_norm(words.lower[cue]) in {"work", "serve"}
    worked = worked and not _EARLIER_TOLD.search(sent.text)  # (not "I worked as C before that")
    if earlier is None or not (r.told_held or worked) or earlier.key == role.key:
        return False
    if earlier.end > offset + sent.start_char:
        return False
    before = words.lower[sent.start : role.i]
    if word_norm(words.lower[cue]) in {"start", "begin"}:
        return False
    if r.told_person != "i":
        # ("Dev joined us as an apprentice. Once qualified, he worked as an electrician": a third person's post told
        # after a word of sequence or of qualifying, with the person as the subject)
        return person in {"he", "she"} and person == r.told_person and not _LATER_HELD.isdisjoint(before)
    if _NEW_POST_WORDS.isdisjoint(before) and _SEQUENCE_WORDS.isdisjoint(before) and not worked:
        return False  # a new place or an ordinal says it is another post: not "I was a sous chef who loved pastry"
    # ("My first role at the hospital was as ...": the narrator's, not "His first job was as ...")
    return person == "i" or (person == "" and words.lower[_skip_spaces(words, cue - 1, -1)] == "my")


def _tenure_of(doc: Doc, role: Mention, sent: _Sent) -> str | None:
    """ "for the last two years" right after a post: the text saying how long it was held, else None."""
    lowers = _words(doc).lower
    k = _skip_spaces(_words(doc), role.j, 1)
    if k >= sent.end or lowers[k] != "for":
        return None
    stop = next((x for x in range(k + 1, min(sent.end, k + 8)) if _doc_norms(doc)[x] in {"year", "month"}), None)
    if stop is None:
        return None
    words = _words(doc)
    if [w for w in lowers[stop + 1 : stop + 7] if not w.isspace()][:3] == ["and", "a", "half"]:
        stop = lowers.index("half", stop + 1)  # "for a year and a half"
    text = doc.user_data["careergraph_text"]
    return text[words.idx[k] : words.idx[stop] + words.length[stop]]


#: words opening a move that point back to what came before it: "From there, I became B", "After that I became B"
_ON_FROM_THERE = re.compile(r"\b(?:from\s+there|after\s+that|afterwards|after\s+this|from\s+then\s+on)\b", re.I)


#: words before a move saying it reaches the post held now, not one told in the past: "I've stepped up to B",
#: "I have just been promoted to B", "I'm now B", "Today I became B"
_NOT_PAST_MOVE = re.compile(
    r"\b(?:now|today|currently|just|recently|finally|officially|thrilled|excited|proud|happy|pleased|delighted)\b"
    r"|['’](?:ve|m|s)\b|\b(?:have|has|am|is|are)\b",
    re.I,
)


def _told_move_pending(r: _Reader, sent: _Sent, offset: int, target: Mention) -> None:
    """A move of the person told before any post of theirs ("Excited to share I've stepped up to B")."""
    if r.told is None and r.told_pending is None:
        if _ON_FROM_THERE.search(sent.text, 0, max(0, target.start - offset - sent.start_char)):
            # "From there, I became B": B follows what was told before it, not a post told after; the person holds
            # it now (a post they worked as in the next sentence follows it)
            person = _person_of(sent.words.lower, sent.start, sent.end)
            if person == "i" and r.told_person in {None, "i"}:
                r.told, r.told_years, r.told_person, r.told_moved_at = target, None, person, r.sentence_index
            return
        if not _NOT_PAST_MOVE.search(sent.text, 0, max(0, target.start - offset - sent.start_char)):
            # "I became B in 2010. I worked as C": a move told in the past, not the post held now ("I've stepped
            # up to B"): the story goes on in the order it is told (a post told "before that" still leads to B)
            person = _person_of(sent.words.lower, sent.start, sent.end)
            if person == "i" and r.told_person in {None, "i"}:
                r.told, r.told_years, r.told_person, r.told_moved_at = target, None, person, r.sentence_index
                r.told_first = target  # (kept pending too: "I worked as C before that" leads to B)
        r.told_pending = (target, sent, offset)
        r.told_person = r.told_person or _person_of(sent.words.lower, sent.start, sent.end)


_TIER_GATE = frozenset({"heart", "bottom", "base", "foot", "first", "lowest", "entry"})


def _tiers(r: _Reader, vocab: Vocabulary, sent: _Sent, ms: list[Mention], offset: int) -> None:
    """A hierarchy told in prose: "At the heart of the hierarchy are operatives. As one climbs up the ladder, team
    leaders or shift supervisors emerge. On the next tier are coordinators and planners."

    A sentence naming the lowest tier starts the hierarchy; each later sentence (within two)
    naming the tier above moves every role of the tier below to every role it names (blank lines count as
    sentences here).
    """
    tier = tier_of(sent.text)
    if tier is None:
        return
    roles = _distinct_roles(vocab, ms)
    titled = [m for m in roles if m.rule != "mentions.rank-words"]
    roles = titled or roles  # ("supervisory roles such as team leaders": the titles, not the rank word)
    if not roles:
        return
    if tier == "base":
        r.tier = (roles, r.sentence_index)
        return
    if r.tier is None or r.sentence_index - r.tier[1] > 5:
        r.tier = None
        return
    below = r.tier[0]
    for a in below:
        for b in roles:
            if a.key != b.key:
                ev = r.sentence_evidence(sent, offset, b.start, b.end)
                r.transition(a, b, _PROMOTION, ev)
    r.tier = (roles, r.sentence_index) if tier == "next" else None


def _page_title_of(r: _Reader, m: Mention) -> Mention:
    """A title that ends the page's own ("team leaders" on a "Warehouse Team Leader" ad) is the page's role."""
    page = r.subject
    if page is None or page.key == m.key or m.label is not _ROLE:
        return m
    words, whole = m.name.lower().split(), page.name.lower().split()
    if len(words) < 2 or len(whole) <= len(words) or whole[-len(words) :] != words:
        return m
    if not _SENIORITY.isdisjoint(whole[: -len(words)]):
        return m  # "Claims Handler" on a "Junior Claims Handler" page: the rung above, not the page's role
    return m._replace(key=page.key, name=page.name, known=page.known)


def _titled_head(r: _Reader, m: Mention) -> Mention:
    """A bare head word where a move starts or ends ("promoted from specialist to team leader") is the one title the
    document named before with that head and no rank word ("customer service specialist"), if there is one."""
    ranked = m.rule == "mentions.rank-words"  # ("promoted to a supervisory level": recorded as "supervisor" already)
    if (m.j - m.i != 1 and not ranked) or m.known or (m.key in r.facts.nodes and not ranked) or m.label is not _ROLE:
        return m
    head = m.name.lower()
    nodes = r.facts.nodes
    same = [
        key for key, node in nodes.items()
        if node["label"] is _ROLE and len(words := node["name"].lower().split()) >= 2 and words[-1] == head
        and _SENIORITY.isdisjoint(words[:-1])
    ]
    if len(same) != 1:
        return m
    node = nodes[same[0]]
    return m._replace(key=same[0], name=node["name"], known=node["known"])


#: people named by a pronoun after a clause join, who stand for the role that opens the sentence
_BACK_REFERENCES = frozenset({"they", "ones", "many", "most", "some", "those", "best", "strongest", "brightest"})
#: words before a role that make it no subject: "A were promoted from B, and the best go on to C"
_OBJECT_LEADS = frozenset({"from", "as", "to", "into", "for", "with", "by", "under"})


def _opening_subject(sent: _Sent, roles: list[Mention], move: Move) -> Mention | None:
    """ "Content editors cut the clips, and the good ones end up as content leads": the role opening the sentence.

    The move's subject must be a pronoun ("they", "the good ones", "the best") after ", and" that follows the
    opening role, with no other role between but objects ("were promoted from B, and the best ...").
    """
    lowers = sent.words.lower
    if not roles or move.cue <= sent.start:
        return None
    first = roles[0]
    lead = [w for w in lowers[sent.start : first.i] if not w.isspace()]
    if not set(lead) <= {"a", "an", "the", "most", "many", "our", "all"} or first.j > move.cue:
        return None
    def subject(m: Mention) -> bool:
        lead = _skip_spaces(sent.words, m.i - 1, -1)
        while lead > first.j and lowers[lead] in {"a", "an", "the"}:
            lead = _skip_spaces(sent.words, lead - 1, -1)
        return lowers[lead] not in _OBJECT_LEADS

    if any(first.j <= m.i < move.cue and subject(m) for m in roles[1:]) or roles[move.target].key == first.key:
        return None
    between = [w for w in lowers[first.j : move.cue] if not w.isspace()]
    joined = any(a == "," and b == "and" for a, b in itertools.pairwise(between))
    back = next((w for w in reversed(between) if w in _BACK_REFERENCES), None)
    return first if joined and back is not None else None


def _told_pending(r: _Reader) -> None:
    """The last post told leads to the move told first: "I've stepped up to B. ... then A for two years"."""
    if r.told_pending is None or r.told is None:
        return
    target, sent, offset = r.told_pending
    if r.told.key == target.key or r.told.start < target.start:
        return
    if any(source == target.key for source, _ in r.facts.transitions):
        return  # "I became B ... later I was promoted to C": the story went on from B, not back to before it
    opening = max(r.text.rfind(mark, 0, r.told.start) for mark in (". ", "\n", "? ", "! "))
    if _NOW_WORDS.search(r.text, max(0, opening), r.told.start):
        # "Now I work as B": the post held now comes after the one told first ("studying to become A")
        ev = r.evidence(r.told.start, r.told.end)
        r.transition(target, r.told, _LATERAL, ev, None)
        return
    ev = r.sentence_evidence(sent, offset, target.start, target.end)
    source: Mention | Entry = r.told
    # "I am B. I worked as A for three years, then as C": the story's ladder goes on from A, and its last rung
    # leads to the post held now (not A)
    seen = {source.key, target.key}
    while True:
        after = [b for (a, b), record in r.facts.transitions.items() if a == source.key and b not in seen
                 and any(e["end"] > r.told.end for e in record["evidence"])]
        if len(after) != 1:
            break
        source = Entry(_ROLE, after[0], r.facts.nodes[after[0]]["name"])
        seen.add(after[0])
    r.transition(source, target, _PROMOTION, ev, r.told_years if source is r.told else None)


def _from_to_headline(r: _Reader, sent: _Sent, ms: list[Mention], offset: int, line: Line) -> None:
    """A heading or title line "From A to B" ("From Cart Pusher to Manager", "From packer to ops manager: my story"):
    a move from A to B, either named by a title or by a title's head word alone."""
    if line.kind not in {"heading", "text"} or line.end - line.start > 80 or sent.end - sent.start > 14:
        return
    doc = sent.doc
    words = _words(doc)
    lowers = words.lower
    to = next((k for k in range(sent.start + 1, sent.end) if lowers[k] == "to"), None)
    if to is None:
        return

    def post(k: int, stop: int) -> Mention | None:
        k = _skip_spaces(words, k, 1)
        if k < stop and lowers[k] in {"a", "an", "the"}:
            k = _skip_spaces(words, k + 1, 1)
        named = next((m for m in ms if m.label is _ROLE and m.i == k and m.j <= stop), None)
        if named is not None:
            return named
        end = _skip_spaces(words, k + 1, 1)
        bare = k < stop and (end >= stop or words.punct[end]) and (
            _doc_norms(doc)[k] in TITLE_HEADS or _one_word_title(words, _doc_norms(doc), k)
        )
        return _mention(_new_role(_new_role_name(doc, k, k + 1)), doc, k, k + 1, offset, known=False) if bare else None

    low = post(sent.start + 1, to)
    high = post(to + 1, sent.end)
    if low is None or high is None or low.key == high.key or low.j > to:
        return
    for m in (low, high):
        r.mentioned(m)
    # "From teller to branch manager, it usually takes five to eight years": the time the move takes
    years = _duration(sent.text) if _TAKES.search(sent.text) else None
    r.transition(low, high, _PROMOTION, r.sentence_evidence(sent, offset, low.start, high.end), years)


_TAKES = re.compile(r"\b(?:takes?|took|taken|taking)\b", re.I)

#: what may stand before "A to B" for the pair to open its clause besides a line's or sentence's start: a list's or
#: a cell's mark, a comma ("From A to B, it belongs to ..." is a range of posts, left to transitions.headline)
_PAIR_OPENS = re.compile(r"[,;|(•*–—]\s*$")
#: what follows "A to B" that makes it a move named by its two posts: a colon, its time in brackets, a cell's end,
#: "takes" (read by transitions.clause), a dash, or the clause's end
_PAIR_CLOSES = re.compile(r"\s*(?:[:：(|–—]|-\s|,|\.?\s*$|\.\s)")


def _pair_timed(r: _Reader, sent: _Sent, ms: list[Mention], offset: int) -> None:
    """A move named by its two posts alone, as lists, tables and time lines name it: "Stock clerk to team leader: 1
    year", "| Picker to team leader | 6-12 months |", "A to B (1 year), B to C (2-3 years)", with the time it takes
    (a one-word post shaped like a title opens the pair too: "Picker to team leader")."""
    text = r.text
    at, end = offset + sent.start_char, offset + sent.end_char
    words = sent.words
    doc = sent.doc
    roles = [m for m in ms if m.label is _ROLE]
    for b in roles:
        to = _skip_spaces(words, b.i - 1, -1)
        if to <= sent.start or words.lower[to] != "to":
            continue
        k = _skip_spaces(words, to - 1, -1)
        a = next((m for m in roles if m.j == k + 1), None)
        gapped = None if a is not None or "transitions.gapped" in r.disabled else _gapped_head(sent, roles, k, b)
        if gapped is not None:
            # "Officers may advance to security supervisor, and supervisors to security manager": the bare head
            # is the post named before with it, its verb left out
            r.run("transitions.gapped", _gapped_move, r, sent, offset, gapped, b)
            continue
        if a is None:
            if k < sent.start or not _one_word_title(words, _doc_norms(doc), k):
                continue
            a = _mention(r.learned.get((_doc_norms(doc)[k],)) or _new_role(_new_role_name(doc, k, k + 1)), doc, k,
                         k + 1, offset, known=False)
        line_start = text.rfind("\n", at - 200 if at > 200 else 0, a.start) + 1
        opening = text[max(at, line_start) : a.start].strip(" \t-•*#>") == ""
        if a.key == b.key or not (opening or _PAIR_OPENS.search(text[max(line_start, a.start - 12) : a.start])):
            continue
        close = _PAIR_CLOSES.match(text, b.end, end)
        if close is None:
            continue
        # the time it takes: up to the next post named, or the line's end
        after = next((m.start for m in roles if m.start >= b.end), end)
        stop = text.find("\n", b.end, after)
        years = _duration(text[b.end : after if stop < 0 else stop])
        r.mentioned(a)
        r.transition(a, b, _PROMOTION, r.sentence_evidence(sent, offset, a.start, b.end), years)


def _gapped_move(r: _Reader, sent: _Sent, offset: int, low: Mention, high: Mention) -> None:
    """A promotion from ``low`` to ``high`` stated in the sentence (evidence: the sentence from the earlier post)."""
    start = low.start if sent.start_char + offset <= low.start else high.start
    r.transition(low, high, _PROMOTION, r.sentence_evidence(sent, offset, start, high.end))


def _gapped_head(sent: _Sent, roles: list[Mention], k: int, target: Mention) -> Mention | None:
    """The post named before in the sentence whose head the bare plural at token ``k`` is, when it opens a clause
    after ", and" or ";" whose verb is left out ("..., and supervisors to B"), else None."""
    words = sent.words
    norms = _doc_norms(sent.doc)
    if k <= sent.start or norms[k] not in TITLE_HEADS or words.lower[k] == norms[k]:
        return None  # (a plural: "supervisors")
    before = _skip_spaces(words, k - 1, -1)
    joint = words.lower[before] if before >= sent.start else ""
    if joint == "and":
        comma = _skip_spaces(words, before - 1, -1)
        joint = "," if comma >= sent.start and words.lower[comma] == "," else ""
    if joint not in {",", ";"}:
        return None
    named = [m for m in roles if m.j <= before and norms[m.j - 1] == norms[k] and m.key != target.key]
    return named[-1] if named else None


#: the words of a career told of a person (transitions.dated-story reads the years it dates posts at)
_PERSON_WORDS = frozenset({"i", "my", "he", "his", "she", "her", "we"})
#: words before a calendar year that make it when a post ended, not when it was held: "until 2015", "2012-2014"
_YEAR_ENDS = frozenset({"until", "till", "til", "to", "through", "-", "–", "—", "and"})
#: the most words between a post and the calendar year that dates it
_DATE_REACH = 8
#: the moves whose years dates of a story may give: those told of a person
_STORY_RULES = frozenset({"transitions.told", "transitions.narrated", "transitions.clause", "transitions.verb"})


def _date_posts(r: _Reader, sent: _Sent, ms: list[Mention]) -> None:
    """The calendar year a career told of a person dates each post at, in the same clause: "I joined as a porter in
    2012" (porter: 2012), "In 2014 I was promoted to bell captain" (bell captain: 2014); the first one told stays."""
    lowers = sent.words.lower
    years = [k for k in range(sent.start, sent.end) if CALENDAR_YEAR.fullmatch(lowers[k])]
    years = [k for k in years if k == sent.start or lowers[_skip_spaces(sent.words, k - 1, -1)] not in _YEAR_ENDS]
    roles = [m for m in ms if m.label is _ROLE]
    for m in roles:
        near = [k for k in years if -_DATE_REACH <= k - m.i <= _DATE_REACH + m.j - m.i]
        # (no other post between the post and its year, nor a clause's end: "porter in 2012; bell captain in 2014")
        near = [
            k for k in near
            if not any(x is not m and min(k, m.i) <= x.i < max(k, m.j) for x in roles)
            and not any(lowers[t] in {";", ".", ":"} for t in range(min(k, m.j), max(k, m.i)))
        ]
        if near:
            k = min(near, key=lambda x: abs(x - m.i))
            r.post_years.setdefault(m.key, int(lowers[k]))


def _dated_moves(r: _Reader) -> None:
    """A move of a career told of a person with no years of its own takes them from the calendar years the story
    dates its two posts at: "I joined as a porter in 2012 ... I became bell captain in 2015" (three years)."""
    for (a, b), record in r.facts.transitions.items():
        if record.get("years_max") is not None or a not in r.post_years or b not in r.post_years:
            continue
        if _STORY_RULES.isdisjoint(e.get("rule") for e in record["evidence"]):
            continue
        span = r.post_years[b] - r.post_years[a]
        if 0 < span <= _MOST_STORY_YEARS:
            record["years_min"] = record["years_max"] = float(span)


_MOST_STORY_YEARS = 45

#: a post told as one reached after time in another, the sentence's subject before it: "B is a senior position
#: (that) you can reach after working as A for three years", "B is a post most A reach within two years"
_POST_REACHED = re.compile(
    r"\s+(?:is|are)\s+(?:(?:a|an|the)\s+)?(?:[\w-]+\s+){0,3}?"
    r"(?:positions?|posts?|roles?|designations?|levels?|ranks?|grades?|jobs?|titles?)\s+(?:(?:that|which)\s+)?"
    r"(?P<who>(?:[\w-]+\s+){0,3}?)(?:(?:can|could|may|might|will|would|usually|typically|often|normally|only"
    r"|generally|then)\s+){0,2}(?:reach(?:ed)?|achieve[sd]?|attain(?:ed)?|earn(?:ed)?|get|land|secure"
    r"|be\s+promoted\s+to|(?:move|step)\s+up\s+to|(?:rise|progress|advance)\s+to)\b(?P<rest>[^.;:!?]*)",
    re.I,
)
#: what leads to the post held before it, in what follows the verb: "after working as", "after two years as a"
_HELD_BEFORE = re.compile(r"\b(?:after|following|once)\b[^.;:!?]*\bas\s+(?:(?:a|an)\s+)?$", re.I)
_REACH_NEGATED = re.compile(r"\b(?:not|never|cannot)\b|n['’]t\b", re.I)


def _post_reached(r: _Reader, sent: _Sent, ms: list[Mention], offset: int) -> None:
    """A post the sentence opens with, told as one reached after time in another: "Head teller is a senior position
    you can reach after working as a cashier for three years" (cashier -> head teller, three years), "Head chef is a
    post most sous chefs reach within five years" (its holders before it named as the verb's subject)."""
    roles = [m for m in ms if m.label is _ROLE]
    at = offset + sent.start_char
    if len(roles) < 2 or roles[0].start - at > 12 or r.text[at : roles[0].start].strip().lower() not in _OPENERS:
        return
    post = roles[0]
    found = _POST_REACHED.match(r.text, post.end, offset + sent.end_char)
    if found is None or _REACH_NEGATED.search(found.group()) is not None:
        return
    who = [m for m in roles if found.start("who") <= m.start and m.end <= found.end("who")]
    rest = found.start("rest")
    held = who or [
        m for m in roles if rest <= m.start and m.end <= found.end() and _HELD_BEFORE.search(r.text, rest, m.start)
    ][:1]
    if not held or held[0].key == post.key:
        return
    years: tuple[float | None, float] | None = _duration(r.text[rest : found.end()])
    if years is not None and _AT_MOST.search(r.text, rest, found.end()) is not None:
        years = (None, years[1])  # "within two years": the most it takes
    r.transition(held[0], post, _PROMOTION, r.sentence_evidence(sent, offset, post.start, found.end()), years)


_OPENERS = frozenset({"", "the", "a", "an"})
_AT_MOST = re.compile(r"\b(?:within|in\s+under|in\s+less\s+than|up\s+to)\b", re.I)
#: the verbs of reaching :func:`_post_reached` reads (a quick test)
_REACHED_GATE = frozenset(
    {"reach", "reached", "achieve", "achieves", "achieved", "attain", "attained", "earn", "earned", "get", "land"}
    | {"secure", "promoted", "move", "step", "rise", "progress", "advance"}
)


#: words that put a post held in the present: "Now I work as ...", "Today I'm ...", "I currently lead ..."
_NOW_WORDS = re.compile(r"\b(?:now|today|currently|these days|at present|nowadays)\b", re.I)


def _opens_sentence(sent: _Sent, m: Mention) -> bool:
    """Whether role ``m`` opens its sentence, after at most an article and two other words ("Most store managers")."""
    lowers = sent.words.lower
    lead = [w for w in lowers[sent.start : m.i] if not w.isspace()]
    return m.i >= sent.start and len(lead) <= 3 and not any(w in {",", ":", ";"} for w in lead)


def _former(r: _Reader, vocab: Vocabulary, sent: _Sent, ms: list[Mention], offset: int) -> None:
    """Where a role's holders came from: "A are normally former B", "A are often B who ...", "many of them were B"."""
    doc = sent.doc
    roles = _distinct_roles(vocab, ms)
    for move in former_moves(_words(doc).lower, sent.start, sent.end, [(m.i, m.j) for m in roles]):
        source = roles[move.source]
        if move.pronoun:
            # "They ..." stands for the role that opened the sentence before, else the one named last
            target = r.opener or r.recent_role
            if target is None or target.start >= source.start:
                continue
            ev = r.sentence_evidence(sent, offset, source.start, source.end)
        else:
            target = roles[move.target]
            ev = r.sentence_evidence(sent, offset, min(source.start, target.start), max(source.end, target.end))
        kind = _LATERAL if move.lateral else _PROMOTION
        r.transition(source, target, kind, ev, _move_years(sent, offset, source.start))


# --- moves read clause by clause (careergraph.loaders.text_moves) ---------------------------


#: a move into a field of work at a sentence's end: "you could progress into retail merchandising."
_INTO_FIELD = re.compile(
    r"\b(?:progress|progressed|move|moved|moving|go|went|advance|advanced|step|stepped)\s+(?:up\s+)?into\s+"
    r"(?:(?:[a-z]+)\s+){0,2}(?P<field>[a-z]{5,}ing)\s*[.!;]?\s*$",
    re.I,
)


def _may_end_in_ing(text: str) -> bool:
    """Whether ``text`` may end in a word in "-ing" and then perhaps a stop (".", "!" or ";"), as every match of
    _INTO_FIELD does: its last letters tested in place of a case-blind scan of the sentence (any letter that is not
    ASCII may be read as "i" by the pattern: then it is asked).

    >>> _may_end_in_ing("You could progress into accounting. "), _may_end_in_ing("She moved into sales.")
    (True, False)
    """
    tail = text.rstrip()
    if tail[-1:] in {".", "!", ";"}:
        tail = tail[:-1].rstrip()
    last = tail[-3:]
    return not last.isascii() or last.lower() == "ing"


#: a sentence opening with the post it talks of: "As a retail merchandiser, it is your job to ..."
_AS_POST_OPENING = re.compile(r"\s*as\s+(?:an?|the)\s+", re.I)


def _field_then_post(r: _Reader, vocab: Vocabulary, sent: _Sent, ms: list[Mention], offset: int, cue: bool) -> None:
    """ "After a few years as a bank clerk, you could progress into accounting. As an accountant, ...": a move into
    a field, then the next sentence opening with the post of that field, is a move to that post (from the post the
    first sentence holds)."""
    pending = r.field_move
    if pending is not None:
        sources, field, index = pending
        r.field_move = None
        opening = _AS_POST_OPENING.match(sent.text)
        if opening is not None and index == r.sentence_index - 1:
            at = offset + sent.start_char + opening.end()
            post = next((m for m in _distinct_roles(vocab, ms) if m.start == at), None)
            head = post.name.lower().split()[-1] if post is not None else ""
            if post is not None and len(head) >= 6 and field[:6] == head[:6]:  # "merchandising", "merchandiser"
                for source in sources:
                    ev = r.evidence(source.start, post.end)
                    if ev["end"] - ev["start"] > 3 * _MAX_QUOTE:
                        ev = r.sentence_evidence(sent, offset, post.start, post.end)
                    r.transition(source, post, _PROMOTION, ev)
    if not cue or not _may_hold(sent.text, ("into",)) or not _may_end_in_ing(sent.text):
        return
    found = _INTO_FIELD.search(sent.text)
    if found is None:
        return
    roles = _distinct_roles(vocab, ms)
    held = _held_as(sent.doc, sent, roles, sent.end) if roles else None
    if held is not None and held.start < offset + sent.start_char + found.start():
        r.field_move = ([held], found.group("field").lower(), r.sentence_index)


#: words of a question about where a post leads: "Where can a porter go next?", "What comes after head porter?"
#: (not "How do you become a head porter?": a post asked how to reach)
_ASKED_WORDS = frozenset(word_norm(w) for w in ("next", "after", "go", "lead", "beyond", "come"))
#: how many sentences after the question its answer may come
_ASKED_REACH = 2
#: what an answer may hold besides the post: "A: Usually concierge manager.", "Most often, the head porter role."
_ANSWER_WORDS = frozenset({"a", "an", "the", ":", ".", ",", "!", "answer", "usually", "typically", "often", "most"})
_ANSWER_WORDS |= frozenset({"commonly", "normally", "generally", "role", "position", "post", "job", "probably", "then"})


def _asked(r: _Reader, vocab: Vocabulary, sent: _Sent, ms: list[Mention], offset: int) -> bool:
    """A question about where one post leads ("Where can a head porter go next?", "What comes after head porter?")
    and its answer: the career of the sentences after it stands at that post ("Many move into concierge manager
    roles"), and an answer that is a post alone ("A: Usually concierge manager.") is its next post. Returns whether
    the sentence was such an answer (nothing else is read from it)."""
    roles = _distinct_roles(vocab, ms)
    words = sent.words.lower
    if words[_skip_spaces(sent.words, sent.end - 1, -1)] == "?":
        norms = _sent_norms(sent)
        asked = len(roles) == 1 and not _ASKED_WORDS.isdisjoint(norms) and word_norm("become") not in norms
        r.question = (roles[0], r.sentence_index) if asked else None
        if asked:
            r.position = [roles[0]]
        return False
    if r.question is None:
        return False  # (a question mark inside the sentence, no question before)
    post, at = r.question
    item = _list_item_at(r.text, offset + sent.start_char)
    if r.asked_listed and not item:
        r.question, r.asked_listed = None, False  # (the answer's list has ended)
        return False
    if len(roles) == 1 and roles[0].key != post.key and r.sentence_index - at <= _ASKED_REACH:
        rest = [w for k, w in enumerate(words[sent.start : sent.end], sent.start) if not roles[0].i <= k < roles[0].j]
        if all(w.isspace() or w in _ANSWER_WORDS or (w == "q" or len(w) == 1) for w in rest):
            if r.asked_listed:
                r.run("transitions.asked-list", _gapped_move, r, sent, offset, post, roles[0])
            else:
                ev = r.sentence_evidence(sent, offset, roles[0].start, roles[0].end)
                r.transition(post, roles[0], _PROMOTION, ev)
            r.position, r.question, r.asked_listed = [roles[0]], None, False
            if item and "transitions.asked-list" not in r.disabled:
                # "Where next?" then "• A", "• B", "• C": each item of the answer's list is a next post of the one asked
                r.question, r.asked_listed = (post, r.sentence_index), True
            return True
    if not r.position:
        r.position = [post]  # (the answer opens a new paragraph: "Many move into B")
    return False


#: the marks opening a list item: "• A", "- A", "1. A"
_ITEM_MARK = re.compile(r"[ \t]*(?:[•\-*–·▪●]|\d{1,2}[.)])[ \t]")


def _list_item_at(text: str, at: int) -> bool:
    """Whether the line of the text at ``at`` is a list item opening at most with its mark before ``at``."""
    line_start = text.rfind("\n", 0, at) + 1
    mark = _ITEM_MARK.match(text, line_start)
    return mark is not None and (at <= mark.end() or not text[mark.end() : at].strip())


def _clause_moves(r: _Reader, vocab: Vocabulary, sent: _Sent, ms: list[Mention], offset: int) -> None:
    """Subject, verb of movement, target: "pickers are promoted to shift supervisor", "the next step is B".

    A move whose subject is a person ("they", "candidates") starts where the paragraph's career
    stands (:attr:`_Reader.position`: the role last started in or moved to), or at the page's
    role. Where words other than auxiliaries and adverbs part the subject from its verb, the
    trained parser names the subject (rule ``transitions.parsed``).
    """
    doc = sent.doc
    norms = _doc_norms(doc)
    here = _sent_norms(sent)
    if ms and ("?" in here or (r.question is not None and r.sentence_index - r.question[1] <= _ASKED_REACH)):
        if r.run("transitions.asked", _asked, r, vocab, sent, ms, offset):
            return
    cue = has_move_cue(norms, sent.start, sent.end, here)
    _field_then_post(r, vocab, sent, ms, offset, cue)
    if not cue and "include" in here and r.last_sources is not None and ms:
        r.run("transitions.more-posts", _more_posts, r, vocab, sent, ms, offset)
    if "you" in here and ms and "transitions.reader-post" not in r.disabled:
        _reader_post(r, vocab, sent, ms)
    if len(ms) >= 2 and ("above" in here or "below" in here):
        r.run("transitions.above", _above_grade, r, vocab, sent, ms, offset)
    gated = _norm_gates(sent)  # (the words of the sets the gates below ask for)
    starting = not _STARTING.isdisjoint(gated)
    roles: list[Mention] | None = None
    if "transitions.stages" not in r.disabled and ms and not EXAMPLE_WORDS.isdisjoint(gated):
        roles = _distinct_roles(vocab, ms)
        stage = _stage_posts(r, sent, roles, offset, starting)
        if stage:
            r.position, r.stage, r.stage_at, r.stage_block = list(stage), stage, r.sentence_index, r.block
    chained = not _CHAIN_GATE.isdisjoint(gated) or ("be" in here and not _PERSONS.isdisjoint(gated))
    if ms and not _SPENT_VERBS.isdisjoint(here) and "transitions.spent-years" not in r.disabled:
        spent = _spent_verb(sent)  # (most sentences with "work" are no such instruction: the roles are not made)
        if spent is not None:
            roles = _distinct_roles(vocab, ms) if roles is None else roles
            r.run("transitions.spent-years", _spent_years, r, sent, roles, offset, spent)
    if not (cue or starting or chained) or not (ms or r.position or r.subject or r.section_role):
        return  # (most sentences: a few set tests each)
    if roles is None:
        roles = _distinct_roles(vocab, ms)
    if starting:
        held = _held_as(doc, sent, roles, sent.end)  # "my first job was as a junior buyer"
        if held is not None:
            r.position = _with_alternatives(doc, [held], roles)  # ("start as an allocator, distributor or B")
            _starters(r, sent, roles, held, offset)
    if "experience" in here and not _APPLICANTS.isdisjoint(gated) and roles:
        _experienced_applicants(r, sent, roles, offset)
    if not cue:
        for verb, group in _chain_targets(vocab, sent, ms) if chained else ():
            if verb in {"start", "step", "held"}:  # "start with A", "later try to be B": where the career stands
                r.position = _with_alternatives(doc, group, roles)
                if verb == "start" and r.stage and "transitions.stages" not in r.disabled:
                    # ("Most people begin their careers as A. This role helps you ...": the stage now told of)
                    r.stage, r.stage_at = list(r.position), r.sentence_index
        return
    # ("From there, the route is A, then B": the route's own steps, A from where the career stands)
    own_verb = chained and (not _MOVE_VERBS.keys().isdisjoint(gated) or names_route(norms, sent.start, sent.end))
    for verb, group in _chain_targets(vocab, sent, ms) if chained else ():
        if verb in {"start", "held"} or (verb == "step" and not own_verb):  # "later try to be B" (no verb of our own)
            r.position = _with_alternatives(doc, group, roles)
            if verb == "start" and r.stage and "transitions.stages" not in r.disabled:
                r.stage, r.stage_at = list(r.position), r.sentence_index  # (as above)
    roles = sorted(roles, key=_start_token)
    subjects = _subject_titles(sent, roles, offset)
    if subjects and "transitions.head-subject" not in r.disabled:
        subjects = [_head_subject(r, m) for m in subjects]
    roles = _with_titles(roles, subjects)
    roles = _with_titles(roles, _target_titles(sent, roles, offset))
    roles = _with_titles(roles, _rank_of(r, sent, roles, offset))
    if "transitions.clipped" not in r.disabled:
        roles = _with_titles(roles, _clipped_titles(r, sent, roles, offset))
    if "transitions.told" not in r.disabled:
        roles = [_page_title_of(r, m) for m in roles]
    roles = [_titled_head(r, m) for m in roles]
    spans = [(m.i, m.j) for m in roles]
    parse = None
    if "transitions.parsed" not in r.disabled:
        text = doc.user_data["careergraph_text"]
        base = sent.start_char

        def parse(cue: int, candidates: list[int]) -> int | None:
            words = _words(doc)
            chars = [(words.idx[roles[n].i] - base, words.idx[roles[n].j - 1] + words.length[roles[n].j - 1] - base)
                     for n in candidates]
            found = move_subject(text[base : sent.end_char], words.idx[cue] - base, chars)
            if isinstance(found, str):  # a person, not a role: "most people ... work their way up to B"
                return -1 if word_norm(found) in GENERIC_SUBJECTS else -2
            return None if found is None else candidates[found]

    moves = clause_moves(norms, sent.start, sent.end, spans, parse=parse, lowers=_words(doc).lower)
    moves += origin_moves(norms, sent.start, sent.end, spans)
    if not moves and "transitions.told" not in r.disabled:
        # "a person may advance from clerk, checker, or bagger to a post in a department": no post named to move
        # to, but the career now stands at those titles (a later "he or she may become B" starts there)
        started = [m for m in roles if _words(doc).lower[_skip_spaces(_words(doc), m.i - 1, -1)] == "from"]
        if started:
            r.position = _with_alternatives(doc, started[:1], roles)
    if "transitions.clause" not in r.disabled:
        moves += [m for m in span_phrase(norms, sent.start, sent.end, spans) if (m.source, m.target) not in
                  {(x.source, x.target) for x in moves}]
    if "transitions.next-step" not in r.disabled:
        moves += [m for m in step_phrase(norms, sent.start, sent.end, spans) if (m.source, m.target) not in
                  {(x.source, x.target) for x in moves}]
    if "transitions.chances" not in r.disabled and not CHANCE_NOUNS.isdisjoint(here):
        # (a title joining two words by "or" names two posts, neither of them the title read: no move to it, but
        # to each of the two posts: "Department or Store Manager")
        chances = [m for m in chance_moves(norms, sent.start, sent.end, spans) if m.target not in
                   {x.target for x in moves}]
        moves += [m for m in chances if " or " not in roles[m.target].name.lower()]
        page = r.section_role or r.subject
        if page is not None:
            for m in chances:
                for post in _either_posts(roles[m.target]):
                    if post.key != page.key:
                        kind = _LATERAL if m.kind == "lateral" else _PROMOTION
                        r.run("transitions.chances", _record_either, r, sent, offset, page, post, kind)
    if "transitions.best-way" not in r.disabled and "way" in here:
        ways = way_moves(norms, _words(doc).lower, sent.start, sent.end, spans)
        # (the way's own move stands for the verb's after "way to", which names no one who moves: "to become B")
        moves = [x for x in moves if x.source is not None or x.target not in {m.target for m in ways}] + ways
    if "transitions.feeders" not in r.disabled and not FEEDER_NOUNS.isdisjoint(gated):
        moves += [m for m in feeder_moves(norms, sent.start, sent.end, spans) if (m.source, m.target) not in
                  {(x.source, x.target) for x in moves if not x.onto_page}]
    # "become a ward manager, such as a theatre manager or clinic manager": the examples are no moves of
    # their own where the post they exemplify is reached
    examples = _examples_of(doc, roles) if moves and not _EXAMPLE_GATE.isdisjoint(_lower_gates(sent)) else None
    if examples:
        reached_at = {m.target for m in moves}
        moves = [m for m in moves if examples.get(m.target) not in reached_at]
    if moves and "(" in _sent_lowers(sent) and not _EXAMPLE_GATE.isdisjoint(_lower_gates(sent)):
        # "to a supervisory role (like A or B), then to C": the posts in brackets are the rungs, not the rank
        described = {n for n, m in enumerate(roles) if _described_rank(doc, m)}
        reached_at = {m.target for m in moves}
        if described and reached_at - described:
            moves = [m for m in moves if m.target not in described and m.source not in described]
    # the person whose career the document tells, when this sentence is told of them (transitions.told)
    person = _person_of(_words(doc).lower, sent.start, sent.end) if "transitions.told" not in r.disabled else ""
    told = bool(person) and r.told_person in {person, ""}
    if told and not r.position and r.told is not None:
        r.position = [r.told]
    #: where the person stood when each verb was read: the alternatives of one verb ("become A or B") all start
    #: there, a later verb ("... and later move up to C") starts where the one before led
    stood: dict[int, list[Mention]] = {}
    #: the posts each verb reached ("step up to A or B, and from there to C": from A and from B)
    reached: dict[int, list[Mention]] = {}
    for move in moves:
        rule = "transitions.parsed" if move.parsed else r.rule
        if move in moves[: moves.index(move)]:
            continue
        r.position = stood.setdefault(move.cue, r.position)
        if move.step:
            rule = "transitions.next-step"
        if move.chance:
            rule = "transitions.chances"
        if move.way:
            rule = "transitions.best-way"
        if move.in_turn:
            if "transitions.in-turn" in r.disabled:
                continue
            rule = "transitions.in-turn"
        if move.feeder:
            rule = "transitions.feeders"
        target = roles[move.target]
        if "transitions.clipped" in {target.rule, None if move.source is None else roles[move.source].rule}:
            rule = "transitions.clipped"  # ("from Care they go to Corp": a title named by its first word)
        if move.onto_page:
            page = r.section_role or r.subject
            if page is None or page.key == target.key:
                continue
            if move.field is not None and not _field_of(_words(doc).lower[move.field[0] : move.field[1]], page):
                continue  # "... to advance into sales": not the page's role's field
            sources, target = [target], page
        elif move.source is not None:
            sources = [roles[move.source]]
            held = None if move.in_turn else _held_as(doc, sent, roles, move.cue)
            if held is not None and held.i >= roles[move.source].j and held.key != target.key:
                # "Merchandisers ..., starting as an allocator, moving up to B": the post held then is where it starts
                sources = [held]
        elif move.page:
            page = r.section_role or r.subject
            if page is None and "transitions.post-named" not in r.disabled:
                page = _post_named_before(r, offset + sent.start_char)
                rule = "transitions.post-named" if page is not None else rule
            sources = [page] if page is not None and page.key != target.key else []
        else:
            held = _held_as(doc, sent, roles, move.cue) or _held_after(doc, sent, roles, target)
            opener = _opening_subject(sent, roles, move) if "transitions.told" not in r.disabled else None
            if held is None and opener is not None:
                held, rule = opener, "transitions.told"  # "Content editors cut ..., and the good ones end up as B"
            page_too = rule == "transitions.next-step" or move.you
            # (a rung named after the target in this sentence, "A, then B", is not where the move to A starts)
            saved = r.position
            r.position = [m for m in saved if not (m.i > target.i and sent.start <= m.i < sent.end)]
            if not r.position and held is None and r.stage and r.sentence_index - r.stage_at <= _STAGE_REACH:
                # a new paragraph of a career article goes on from the stage the one before described
                r.position, rule = [m for m in r.stage if m.key != target.key], "transitions.stages"
            others = None if held is not None else _others_before(r, sent, move.cue, target)
            if others:
                r.position, rule = others, "transitions.others"  # "Many A become B. Others move into C": A -> C
            sources = [held] if held is not None else _current_rung(r, target, page=page_too)
            reader = r.reader_post
            if held is None and move.you and not r.position and reader is not None and reader.key != target.key:
                sources, rule = [reader], "transitions.reader-post"  # "if you're currently A, ... become B"
            r.position = saved
        if sources:
            target = _elided_head(sent, roles, target)  # "assistant or department managers": an assistant manager
            r.run(rule, _record_move, r, sent, offset, sources, target, move)
            kind = _LATERAL if move.kind == "lateral" else _PROMOTION
            r.last_sources = (list(sources), kind, r.sentence_index)
            if told or (person and r.told_person is None and move.source is None):
                r.told, r.told_years, r.told_person = target, None, person
                r.told_moved_at = r.sentence_index
        elif person and move.source is None and not move.page and "transitions.told" not in r.disabled:
            _told_move_pending(r, sent, offset, target)  # "I've stepped up to B": what B follows is told later
        r.position = [target]  # (with no rung to start from, the person still stands at the target now)
        if not move.onto_page and "transitions.origins" not in r.disabled:
            alternatives = reached.setdefault(move.cue, [])
            if sources and move.source is not None:
                # "from A to B, then to C or D": the career stands at C or D, not at B, once a step leaves B
                left = {m.key for m in sources}
                alternatives[:] = [m for m in alternatives if m.key not in left]
            if all(m.key != target.key for m in alternatives):
                alternatives.append(target)
            r.position = list(alternatives)
    origins = bool(moves) and all(m.origin for m in moves) and "transitions.origins" not in r.disabled
    if origins:
        # "most A begin as B or C": a career told next ("many then step up to D") goes on from B or C
        r.position = [roles[m.source] for m in moves if m.source is not None]
        if "transitions.stages" not in r.disabled:
            # (the next paragraph's "you" goes on from there)
            r.stage, r.stage_at, r.stage_block = list(r.position), r.sentence_index, r.block
    elif r.stage and moves:
        # the next stage is every post the last verb reached ("advance to B or C": both)
        last = moves[-1]
        stage = [roles[m.target] for m in moves if m.cue == last.cue and m.source == last.source and not m.onto_page]
        if len(stage) > 1:
            r.position = stage
        r.stage, r.stage_at, r.stage_block = stage, r.sentence_index, r.block


#: what opens a list of examples after a post: "a ward manager, such as a ...", "(e.g. A, B)"
_EXAMPLE_OPENERS = (("such", "as"), ("like",), ("e.g.",), ("eg",), ("for", "example"), ("including",))
#: the words one of which a sentence needs for its examples to be looked for (each opener's first word)
_EXAMPLE_GATE = frozenset(opener[0] for opener in _EXAMPLE_OPENERS)


def _described_rank(doc: Doc, m: Mention) -> bool:
    """Whether a post named by a rank word alone ("a supervisory role") has examples in brackets after it that name
    the posts meant: "a supervisory role (like crew lead or shift lead)"."""
    words = _words(doc)
    if m.rule != "mentions.rank-words" and words.lower[m.i] not in _RANK_ADJECTIVE_WORDS:
        return False
    k = _skip_spaces(words, m.j, 1)
    if k >= len(words.lower) or words.lower[k] != "(":
        return False
    k = _skip_spaces(words, k + 1, 1)
    return any(tuple(words.lower[k : k + len(o)]) == o for o in _EXAMPLE_OPENERS)


#: the adjectives that name a rank as a post with a post noun after them ("a supervisory role")
_RANK_ADJECTIVE_WORDS = frozenset({"supervisory", "managerial", "directorial"})


def _examples_of(doc: Doc, roles: list[Mention]) -> dict[int, int]:
    """Roles (by index) named as examples of an earlier role with the same head word, and that role's index:
    "a ward manager, such as a theatre manager or clinic manager"."""
    words = _words(doc)
    norms = _doc_norms(doc)
    out: dict[int, int] = {}
    for p, parent in enumerate(roles):
        k = _skip_spaces(words, parent.j, 1)
        if k < len(words.lower) and words.lower[k] in {",", "("}:
            k = _skip_spaces(words, k + 1, 1)
        opener = next((o for o in _EXAMPLE_OPENERS if tuple(words.lower[k : k + len(o)]) == o), None)
        if opener is None:
            continue
        k = _skip_spaces(words, k + len(opener), 1)
        head = norms[parent.j - 1]
        for n in range(p + 1, len(roles)):
            m = roles[n]
            if not _only_separators(doc, k, m.i, _ALTERNATIVE_WORDS | {"and"}) or norms[m.j - 1] != head:
                break
            out[n] = p
            k = m.j
    return out


def _start_of(m: Mention) -> int:
    return m.start


def _start_token(m: Mention) -> int:
    return m.i


def _with_titles(roles: list[Mention], more: list[Mention]) -> list[Mention]:
    """``roles`` (in order of their first token) with ``more`` among them (most sentences add none: no sort)."""
    return sorted([*roles, *more], key=_start_token) if more else roles


def _field_of(words: Sequence[str], role: Mention) -> bool:
    """Whether a field ("operations management") is a role's: a word of each starts with the same five letters
    ("E-commerce Operations Manager")."""
    stems = {w[:5] for w in re.split(r"[\s/-]+", role.name.lower()) if len(w) >= 4}
    return any(len(w) >= 4 and w not in STOP_WORDS and w[:5] in stems for w in words)


#: what a sentence announcing the next posts holds: "they can consider the following job titles"
_ANNOUNCE_WORDS = frozenset({word_norm("following")})
_ANNOUNCE_POSTS = frozenset(word_norm(w) for w in ("title", "titles", "role", "roles", "position", "positions", "job"))
_ANNOUNCE_MOVES = frozenset(
    word_norm(w) for w in ("progress", "progression", "advance", "next", "promotion", "move", "step", "career", "grow")
)


def _next_roles(
    r: _Reader, vocab: Vocabulary, sent: _Sent, ms: list[Mention], offset: int, line: Line, first: bool
) -> None:
    """Lines naming the page's role's next posts, after a sentence that announces them.

    After "when they are ready to progress, they can consider the following job titles", a line
    that opens with a title ("As a Head of X you will ...", "- Senior X") names a next post; a
    heading without a title ends the run.
    """
    norms = set(sent.norms[sent.start : sent.end])
    here = r.section_role or r.subject
    if not r.next_roles:
        if here is not None and norms & _ANNOUNCE_POSTS and norms & _ANNOUNCE_MOVES:
            r.next_roles = 6
        return
    if not first:
        return
    r.next_roles -= 1
    roles = _distinct_roles(vocab, ms)
    if line.kind == "heading" and not roles:
        r.next_roles = 0  # a new section
        return
    if here is None or not roles or roles[0].start - line.content > 12 or roles[0].key == here.key:
        return
    ev = r.sentence_evidence(sent, offset, roles[0].start, roles[0].end)
    r.transition(here, roles[0], _PROMOTION, ev)


#: nouns for the directions a career can take: "progress into specialised paths", "branch into two tracks"
_TRACK_NOUNS = frozenset({"path", "paths", "track", "tracks", "route", "routes", "specialization", "specializations"})
_TRACK_NOUNS |= frozenset({"specialisation", "specialisations", "direction", "directions"})
_TRACK_VERBS = frozenset(
    word_norm(w) for w in ("progress", "advance", "move", "branch", "grow", "transition", "specialize", "specialise")
)
#: how far (in characters) the role headings after such a sentence are read as its tracks
_TRACK_REACH = 3000


def _tracks(
    r: _Reader, vocab: Vocabulary, sent: _Sent, ms: list[Mention], offset: int, line: Line, first: bool
) -> None:
    """ "Store managers can progress into specialised tracks such as ...": the role headings that follow are tracks.

    A sentence whose verb of movement leads to paths or tracks rather than a role announces them;
    each heading after it (within a few sections) that is a role's name is a move from the
    sentence's subject role (or the page's role) to it.
    """
    norms = sent.norms
    roles = _distinct_roles(vocab, ms)
    for cue in range(sent.start, sent.end - 1):
        if norms[cue] not in _TRACK_VERBS:
            continue
        k = cue + 1
        while k < min(sent.end, cue + 5) and norms[k] not in _TRACK_NOUNS:
            k += 1
        if k >= min(sent.end, cue + 5) or any(cue < m.i < k for m in roles):
            continue
        before = [m for m in roles if m.j <= cue and cue - m.j <= 4]
        source = before[-1] if before else (r.section_role or r.subject)
        if source is not None:
            r.tracks = (source, offset + sent.start_char, line.end + _TRACK_REACH)
        return
    if r.tracks is None or not first:
        return
    source, said, reach = r.tracks
    if line.start > reach:
        r.tracks = None
        return
    if line.kind != "heading" or len(roles) != 1 or not _is_heading(sent, ms) or roles[0].key == source.key:
        return
    target = roles[0]
    ev = r.evidence(said, line.end)
    if ev["end"] - ev["start"] > 3 * _MAX_QUOTE:
        ev = r.evidence(line.start, line.end)
    r.transition(source, target, _PROMOTION, ev)


@dataclass
class _Rungs:
    """A list under a career-path heading: each item's role is the rung after the one before."""

    last: Mention | None = None
    years: tuple[float, float] | None = None
    start: int = 0
    #: the heading also opens a section of moves from the page's role ("Career progression")
    directed: bool = False
    #: whether the list runs from the top down (known from its first two rungs)
    descending: bool | None = None
    #: the directed heading's list opens with the page's own role, so it is a ladder, not next steps
    own: bool = False
    #: where the last line of unbulleted rungs (or the heading over them) ends; -1 once a bulleted item is read
    line_end: int = -1


#: a heading over a ladder: "Career path", "Typical progression", "Promotion route", "How to progress"
_LADDER_HEADING = re.compile(
    r"\b(?:career (?:path|ladder|progression|track|route|map|steps)s?|progression|ladders?|promotion (?:path|route)s?"
    r"|how to (?:progress|advance|get promoted|move up)|(?:typical|usual|common) (?:path|route)s?)\b",
    re.I,
)
#: a heading that says which way its list goes from the page's role (structure.section-moves reads those)
#: ("How to climb the ladder": the "to" of an infinitive gives no direction)
_DIRECTED_HEADING = re.compile(
    r"\b(?:(?<!how )(?<!ways )(?<!want )to|from|into|entry|lateral|next|related|previous|prior|exit)\b", re.I
)
_NUMBERED = re.compile(r"\s*\(?(?:\d{1,2}|[a-z]|step\s*\d{1,2})[.):、]", re.I)


def _title_items_then_ladder(r: _Reader, vocab: Vocabulary, sent: _Sent, ms: list[Mention], line: Line) -> None:
    """A list of titles and nothing else, right before a heading that names a ladder ("- Crew Member", "- Shift
    Leader", "- Restaurant Manager", then "Moving Up the Ladder"): its items are the rungs, in order."""
    text = r.text
    if line.kind == "item":
        roles = _distinct_roles(vocab, ms)
        item = text[line.content : line.end].strip(" *_`.;,")
        if len(roles) == 1 and roles[0].end >= line.content + len(item) - 1:
            lead = text[line.content : roles[0].start].split()
            if not lead:
                r.title_items.append(roles[0])
                return
            if len(lead) == 1 and lead[0].lower() in _ORDINAL_RANKS:
                # "Second Assistant Manager": the ordinal ranks the post, a post of its own
                entry = _new_role(" ".join(item.split()))
                whole = roles[0]._replace(key=entry.key, name=entry.name, known=False, start=line.content)
                r.mentioned(whole)
                r.title_items.append(whole)
                return
    elif line.kind == "heading" and len(r.title_items) >= 3:
        heading = text[line.content : line.end]
        if _LADDER_HEADING.search(heading) or _CLIMB_HEADING.search(heading):
            rungs = list(r.title_items)
            if _seniority(rungs[0].name) > _seniority(rungs[-1].name):
                rungs.reverse()  # listed from the top
            ev = r.evidence(rungs[0].start, rungs[-1].end)
            if ev["end"] - ev["start"] <= 3 * _MAX_QUOTE:
                for a, b in itertools.pairwise(rungs):
                    if a.key != b.key:
                        r.transition(a, b, _PROMOTION, ev)
    r.title_items = []


#: ordinals that rank a post in a list of posts: "Second Assistant Manager", "First Assistant Manager"
_ORDINAL_RANKS = frozenset({"first", "second", "third", "1st", "2nd", "3rd"})
#: a heading about going up a ladder: "Moving Up the Ladder", "Climbing the ranks", "How to advance"
_CLIMB_HEADING = re.compile(r"\b(?:moving|move|climbing|climb|working|work)\s+(?:up|your\s+way\s+up)\b", re.I)


def _list_ladder(r: _Reader, vocab: Vocabulary, sent: _Sent, ms: list[Mention], line: Line) -> None:
    """The items under a career-path heading, in order, are the rungs of a ladder.

    A heading that names a direction ("Advancement to:", "Entry point from:") is left to
    structure.section-moves; a bulleted list on a page about one role is that role's next steps.
    An item's years ("(2-3 years)") are the time before the next rung.
    """
    text = r.text
    kind = line.kind
    if kind in {"heading", "text"} and r.rungs is not None and r.rungs.line_end >= 0:
        gap = text[r.rungs.line_end : line.start]
        here = _distinct_roles(vocab, ms)
        # (a line of prose only when it opens with the title and a dash or colon: "Support Specialist - owns ...")
        defined = kind == "heading" or (
            bool(here) and here[0].start - line.content <= 2 and _DEFINED_RUNG.match(text, here[0].end) is not None
        )
        if not gap.strip() and "\n\n" not in gap and here and defined:
            kind = "item"  # unbulleted rungs, one title a line, right under the ladder's heading
    if kind == "heading":
        heading = text[line.content : line.end]
        ladder = _LADDER_HEADING.search(heading) and not _DIRECTED_HEADING.search(heading)
        if not ladder and _HIERARCHY_INTRO.search(heading):
            r.rungs = _Rungs(line_end=line.end)  # "The normal hierarchy is as follows:"
            return
        r.rungs = _Rungs(directed=section_of(heading) in _MOVE_SECTIONS, line_end=line.end) if ladder else None
        return
    if line.kind == "text" and _HIERARCHY_INTRO.search(text, line.content, line.end):
        r.rungs = _Rungs(line_end=line.end)  # "The normal hierarchy is as follows:": the list under it, in order
        return
    rungs = r.rungs
    if rungs is None:
        return
    roles = _distinct_roles(vocab, ms)
    if kind == "text":
        if roles:
            r.rungs = None  # prose about roles ends the list
        return
    item_words = text[line.content : line.end].split()
    qualified = bool(roles) and _DASH_FIELD.fullmatch(text, roles[0].end, line.end) is not None
    whole = not sent.text.strip().rstrip(".)").isdigit()  # (not "1." read as a sentence of its own)
    described = _DESCRIBED_RUNG.match(text, line.content, line.end) if kind == "item" and not roles else None
    if described is not None and whole:
        # "1. Porter: carries the bags": a title no vocabulary names, then what the rung does (not "Porter carries")
        named = _rung_title(r, vocab, sent, [], line.content, described.end("title"))
        if named is not None:
            r.mentioned(named)
            roles = [named]
    elif kind == "item" and (not roles or qualified) and len(item_words) <= 5 and whole:
        # "Manager – Operations", "Asst. Manager – Operations", "Representatives": the item names the rung whole
        named = _rung_title(r, vocab, sent, [], line.content, line.end)
        if named is not None:
            r.mentioned(named)
            roles = [named]
    if kind != "item" or not roles or roles[0].start - line.content > 12:
        return
    if line.kind != "item":
        rungs.line_end = line.end
    numbered = _NUMBERED.match(text, line.start, line.content) is not None
    page = r.section_role or r.subject
    if not numbered and rungs.directed and page is not None and not rungs.own:
        if rungs.last is not None or roles[0].key != page.key:
            r.rungs = None  # "Progression:" and "- Senior buyer" on a page about the buyer: its next steps
            return
        rungs.own = True  # "Typical progression:" whose first item is the page's role: a ladder from it
    role = roles[0]
    item = text[line.content : line.end]
    years = _years_in(item) if (re.search(r"\d", item) and _duration(item)) or _YEAR_RANGE.search(item) else None
    if rungs.last is not None and rungs.last.key != role.key:
        ev = r.evidence(rungs.start, line.end)
        if ev["end"] - ev["start"] > 3 * _MAX_QUOTE:
            ev = r.evidence(line.start, line.end)
        if rungs.descending is None:
            # a list may run from the top down ("Head of department", "Manager", ..., "Representatives"); two
            # titles of unranked heads of their own ("Porter", "Assistant Bellman") tell no direction: the list
            # runs as a ladder is told, from the bottom up
            rungs.descending = _rank_comparable(rungs.last.name, role.name) and (
                _seniority(rungs.last.name) > _seniority(role.name)
            )
        if rungs.descending:
            r.transition(role, rungs.last, _PROMOTION, ev, years)
        else:
            r.transition(rungs.last, role, _PROMOTION, ev, rungs.years)
    rungs.last, rungs.years, rungs.start = role, years, line.start


#: a list item opening with a title in capitals, then a colon or dash and a description in lower case: "Porter:
#: carries the bags", "Night Porter - covers the desk" (not "Manager – Operations", a title and its field)
_DESCRIBED_RUNG = re.compile(
    r"(?P<title>[A-Z][\w&'’/.]*(?:[ \t][A-Z][\w&'’/.]*){0,3})[ \t]*(?:[:：]|[ \t][-–—])[ \t]+[a-z]"
)
#: what follows a rung's title on a line that goes on to describe it: "Support Specialist - owns escalations"
_DEFINED_RUNG = re.compile(r"[ \t]*(?:[-–—:][ \t]|\([^)\n]{0,30}\)[ \t]*[-–—:][ \t])")
#: a field after a title and a dash: "Manager – Operations"
_DASH_FIELD = re.compile(r"[ \t]+[–—-][ \t]+[A-Za-z][\w&/ ]{1,30}[ \t]*")
#: a count of levels: "four levels" ("Our lab has four levels." announces the lines right under it)
_RUNG_COUNT_WORDS = r"(?:two|three|four|five|six|seven|\d)\s+(?:levels|tiers|grades|rungs)\b"
_RUNG_COUNT = re.compile(rf"\b{_RUNG_COUNT_WORDS}", re.I)


def _may_count_rungs(text: str) -> bool:
    """Whether ``text`` holds a noun of a count of levels (_RUNG_COUNT), in any case: one pass over a page in
    place of the pattern's slow search of each line (where the page has none of its nouns, no line has a count)."""
    lowered = text.lower()
    return any(noun in lowered for noun in ("levels", "tiers", "grades", "rungs")) or (
        not text.isascii() and any(map(text.__contains__, CASELESS_KIN))  # (the kin are none of them ASCII)
    )


#: a sentence announcing a list of posts in order: "The normal hierarchy is as follows:", "Our levels, in order:"
_HIERARCHY_INTRO = re.compile(
    r"\b(?:hierarch(?:y|ies)|ladder|levels|designations|order of seniority|career path|progression)\b"
    r"[^\n.]{0,40}:[ \t]*$"
    # "Our support team has four levels.": the lines right under it name them, in order
    rf"|\b(?:has|have|with)\s+{_RUNG_COUNT_WORDS}[^\n.:]{{0,30}}[.:][ \t]*$",
    re.I | re.M,
)
#: words before a title's head that lower or raise its rank: "Asst. Manager" is below "Manager"
_RANK_SHIFTS = {"assistant": -0.5, "asst": -0.5, "deputy": -0.25, "dy": -0.25, "junior": -0.3, "trainee": -0.6,
                "senior": 0.3, "sr": 0.3, "principal": 0.4, "chief": 0.6, "general": 0.5}


@functools.lru_cache(maxsize=4096)  # (as _seniority)
def _ranked_head(name: str) -> bool:
    """Whether a title's head word has a rank of its own (see _RANK): "Shift Supervisors" has, "Senior CSM" not."""
    words = [w.strip(".,").lower() for w in re.split(r"[\s–—-]+", name) if w.strip(".,")]
    of = words.index("of") if "of" in words else len(words)
    return any(w in _RANK or w.rstrip("s") in _RANK for w in words[:of])


def _rank_comparable(a: str, b: str) -> bool:
    """Whether the ranks of two titles (see _seniority) can be compared: one of them has a word of rank, or both
    share their head ("Senior Porter", "Porter"); "Porter" and "Assistant Bellman" cannot.

    >>> _rank_comparable("Porter", "Assistant Bellman"), _rank_comparable("Senior Porter", "Porters")
    (False, True)
    """
    return _ranked_title(a) or _ranked_title(b) or _title_head(a) == _title_head(b)


def _title_head(name: str) -> str:
    """A title's last word before any "of", lowered and without a plural s: "Assistant Bellmen" -> "bellmen"."""
    words = [w.strip(".,").lower() for w in re.split(r"[\s–—-]+", name) if w.strip(".,")]
    words = words[: words.index("of")] if "of" in words else words
    return words[-1].rstrip("s") if words else ""


def _ranked_title(name: str) -> bool:
    """Whether a title holds a word of rank (see _RANK) that is not only a modifier of an unranked head: "Asst.
    Manager", "Head of department" have; "Assistant Bellman" has not ("assistant" there only shifts a rank)."""
    words = [w.strip(".,").lower() for w in re.split(r"[\s–—-]+", name) if w.strip(".,")]
    words = words[: words.index("of")] if "of" in words else words
    return any(
        (w in _RANK or w.rstrip("s") in _RANK) and (w not in _RANK_SHIFTS or k == len(words) - 1)
        for k, w in enumerate(words)
    )


@functools.lru_cache(maxsize=4096)  # (asked of each title of every list of posts: pages name their titles again)
def _seniority(name: str) -> float:
    """A rough rank of a title, for telling which way a list of posts runs: its head's rank (see _RANK), shifted by
    words such as assistant, deputy or senior.

    >>> _seniority("Head of department") > _seniority("Manager – operations") > _seniority("Asst. manager")
    True
    >>> _seniority("Senior representative") > _seniority("Representative")
    True
    """
    words = [w.strip(".,").lower() for w in re.split(r"[\s–—-]+", name) if w.strip(".,")]
    of = words.index("of") if "of" in words else len(words)
    heads = [w for w in words[:of] if w in _RANK or w.rstrip("s") in _RANK]
    head = heads[-1].rstrip("s") if heads and heads[-1] not in _RANK else (heads[-1] if heads else "")
    base = float(_RANK.get(head, 1.5))
    return base + sum(_RANK_SHIFTS.get(w, 0.0) for w in words)


@dataclass
class _Level:
    """A level of a ladder that lists several titles per level: "ENTRY LEVEL", "Job titles: A, B", "Experience: 0-2"."""

    rank: int
    start: int  # where its heading stands
    years: tuple[float, float] | None = None
    titles: list[Mention] = field(default_factory=list)
    titles_start: int = 0  # where the line listing them starts
    labelled: bool = False  # whether a "Job titles:" line listed them (then its list items are no titles)
    line_end: int = 0  # where its heading's line ends


#: how far (in characters) a level's lines stand from its heading, and a level from the one below it
_LEVEL_REACH = 4000
#: an item of a line of titles: up to a comma or semicolon
_TITLE_ITEM = re.compile(r"[^,;，；、]+")
_ITEM_LEAD = re.compile(r"^(?:and|or|&)\s+", re.I)
#: a bracketed word standing for any of its kind before a title's head: "(Area) Specialist", "(Channel) Lead"
_SLOT_LEAD = re.compile(r"[(（]([A-Za-z]+)[)）][ \t]+(?=[A-Z])")


def _level_titles(r: _Reader, vocab: Vocabulary, sent: _Sent, ms: list[Mention], line: Line) -> bool:
    """Ladders whose levels each list several titles: every title of a level moves to every title of the next.

    A level is opened by a heading that names it by seniority ("ENTRY LEVEL", "Mid-level roles
    (2-5 years)") or by a number with a level's name ("Level 2: Intermediate"); the line after it
    that is labelled as titles ("Job titles: A, B, C", "Example roles: A, B") or the heading's own
    list after a colon names its titles, and a line labelled as experience ("Experience: 0-2
    years") or the heading's bracket its years, which are the time before the next level. Levels
    must rise (a lower or equal one starts a new ladder). Returns whether the line opened a level.
    """
    text = r.text
    if line.end - line.start > 400:
        return False
    head = level_heading(text[line.start : line.end])
    if head is None:
        numbered = LEVEL_LINE.match(text, line.start, line.end)
        if numbered is None or not level_name(numbered.group("title")):
            return _level_line_of(r, vocab, sent, ms, line)
        head = (level_number(numbered), numbered.group("paren"), None)
    rank, paren, rest = head
    below = r.level if r.level is not None and r.level.titles else r.level_below
    if below is not None and (below.rank >= rank or line.start - below.start > _LEVEL_REACH):
        below = None  # a new ladder
    r.level_below = below
    years = _years_in(paren) if paren and re.search(r"\d", paren) else None
    r.level = _Level(rank, line.start, years, line_end=line.end)
    if rest is not None:
        _level_list(r, vocab, sent, ms, line.start, line.start + rest, line.end)
    return True


#: a level's time given in months ("Time to level: 6-12 months"), read as a duration rather than a span of years
_MONTH_WORD = re.compile(r"\bmonths?\b", re.I)
#: what ends a title labelling its line: "Shift supervisor: ...", "Store Manager – ..."
_TITLE_LABEL_END = re.compile(r"\**[ \t]*(?:[:：]|[–—-][ \t])")


def _level_line_of(r: _Reader, vocab: Vocabulary, sent: _Sent, ms: list[Mention], line: Line) -> bool:
    """A line inside a level: its titles ("Job titles: ...") or its years ("Experience: 0-2 years")."""
    level, text = r.level, r.text
    if level is None or line.start - level.start > _LEVEL_REACH:
        return False
    found = TITLES_LABEL.match(text, line.start, line.end)
    if found is not None:
        if not level.titles:
            _level_list(r, vocab, sent, ms, line.start, found.end(), line.end)
            level.labelled = True
        return False
    if not level.titles and not level.labelled and line.kind == "heading" and level.line_end + 1 >= line.start:
        # "Level 2" / "Analyst": a heading right under a numbered level that is a title and nothing else
        item = text[line.content : line.end].strip(" *_`.;,#")
        covered = any(
            m.label is _ROLE and m.start - line.content <= 3 and m.end >= line.content + len(item) - 1 for m in ms
        )
        # (a title the mention rules found, or one head word alone: not "Become a Buyer" of a how-to's steps)
        if covered or (len(item.split()) == 1 and _titled(item.split())):
            _level_list(r, vocab, sent, ms, line.start, line.content, line.end)
        return False
    if line.kind == "item" and not level.labelled:
        # "## Mid-level roles" / "- Team Lead" / "- Stock Controller": items that are a title and nothing else
        item = text[line.content : line.end].strip(" *_`.;,")
        covered = any(
            m.label is _ROLE and m.start - line.content <= 2 and m.end >= line.content + len(item) - 1 for m in ms
        )
        if covered and len(item.split()) <= 6:
            _level_list(r, vocab, sent, ms, line.start, line.content, line.end)
            return False
    if line.kind in {"text", "item"} and not level.labelled:
        # "Shift supervisor: runs a shift." under "Mid-level positions": a title opening a line, then its duties
        opening = next((m for m in ms if m.label is _ROLE and 0 <= m.start - line.content <= 2), None)
        if opening is not None and _TITLE_LABEL_END.match(text, opening.end, line.end):
            if level.titles and level.titles_start == level.start and line.kind == "item":
                # "- Supervisory roles: ... like A or B" then "- Assistant Manager: ...": items of one list of
                # stages, each a rung above the one before (the level named its posts on its own line)
                r.level_below = level
                r.level = _Level(level.rank + 1, line.start, line_end=line.end)
            _level_list(r, vocab, sent, ms, line.start, line.content, opening.end)
    found = YEARS_LABEL.match(text, line.start, line.end)
    if found is not None and level.years is None:
        said = text[found.end() : line.end]
        if re.search(r"\d", said) and (_YEAR_RANGE.search(said) or _duration(said)):
            # "6-12 months" is half a year to one, not six to twelve years
            level.years = _duration(said) if _MONTH_WORD.search(said) else _years_in(said)
    return False


#: words that introduce the posts a level's sentence names: "positions like A or B", "roles such as A", "e.g. A"
_LEVEL_EXAMPLES = re.compile(r"\b(?:like|such as|e\.g\.|for example|including|as an?)\b", re.I)


def _level_list(r: _Reader, vocab: Vocabulary, sent: _Sent, ms: list[Mention], start: int, lo: int, hi: int) -> None:
    """The titles a level lists between chars ``lo`` and ``hi`` (each ending in a title's head word), and the moves
    from the level below."""
    level = r.level
    assert level is not None
    text = r.text
    titles: list[Mention] = []
    for piece in _TITLE_ITEM.finditer(text, lo, hi):
        a, b = piece.start(), piece.end()
        written = text[a:b].strip()
        lead = _ITEM_LEAD.match(written)
        if lead is not None:
            written = written[lead.end() :]
        slot = _SLOT_LEAD.match(written)
        if slot is not None:  # "(Area) Specialist": a post of each area, named with the word in the bracket
            words = f"{slot.group(1)} {written[slot.end() :]}".split()
            if 2 <= len(words) <= 4 and _titled(words):
                at = a + text[a:b].find(written)
                entry = _new_role(" ".join(words))
                hi_at = at + len(written.rstrip())
                known = entry.key in vocab.entries
                slotted = Mention(_ROLE, entry.key, entry.name, known, at, hi_at, sent.start, sent.start)
                if all(t.key != slotted.key for t in titles):
                    r.node(slotted, r.evidence(slotted.start, slotted.end))
                    titles.append(slotted)
            continue
        written = _PAREN.sub("", written).strip(" .*_`:!")
        words = written.split()
        if len(words) > 6 and _LEVEL_EXAMPLES.search(written):
            # "Entry level: You can start with positions like A or B.": the posts the level's sentence names as its
            # examples (not a post a rank word names: "supervisory roles like A")
            for m in ms:
                if m.label is _ROLE and a <= m.start and m.end <= b and m.rule != "mentions.rank-words" and all(
                    t.key != m.key for t in titles
                ):
                    r.node(m, r.evidence(m.start, m.end))
                    titles.append(m)
            continue
        if not words or len(words) > 6:
            continue
        if not _titled(words):
            continue  # "SEM", "Remote": no job title
        at = a + text[a:b].find(written)
        role = _role_at(r, vocab, sent, ms, at, at + len(written))
        if role is not None and all(t.key != role.key for t in titles):
            r.node(role, r.evidence(role.start, role.end))
            titles.append(role)
    titles = [t for t in titles if all(t.key != old.key for old in level.titles)]
    if not titles:
        return
    if not level.titles:
        level.titles_start = start
    level.titles = [*level.titles, *titles]
    below = r.level_below
    if below is None or not below.titles:
        return
    ev = r.evidence(below.titles_start, hi)
    if ev["end"] - ev["start"] > 3 * _MAX_QUOTE:
        ev = r.evidence(start, hi)
    for a_role in below.titles:
        for b_role in titles:
            r.transition(a_role, b_role, _PROMOTION, ev, below.years)


#: what a heading naming a rung may hold besides its title: a number, a level, years ("2. Senior Agent (2-4 years)")
_RUNG_EXTRAS = re.compile(r"(?:\b(?:level|tier|step|stage|rung|years?|yrs?|experience|of)\b|[\d\W_])*", re.I)


def _ladder_page(r: _Reader) -> bool:
    """Whether the page says at its top that it shows a ladder ("Customer Support Career Ladder", "... career path")."""
    if r.ladder_page is None:
        # the first line at the page's top naming a ladder, not a direction ("Career path to store manager")
        lines = r.text[:300].splitlines()
        line = next((x for x in lines if _LADDER_HEADING.search(x)), "")
        r.ladder_page = bool(line) and not _DIRECTED_HEADING.search(line)
    return r.ladder_page


def _numbered_title(r: _Reader, line: Line, ms: list[Mention]) -> bool:
    """Whether a numbered list item is a role's title alone, standing as the heading of the lines under it
    ("2. Digital Marketing Manager", then a paragraph about that post and its pay)."""
    if line.kind != "item" or len(ms) != 1 or ms[0].label is not _ROLE or "structure.numbered-titles" in r.disabled:
        return False
    text = r.text
    if _NUMBERED.match(text, line.start, line.content) is None or not text.startswith("\n\n", line.end):
        return False  # (an item of a list goes on with the next item on the next line)
    return not (text[line.content : ms[0].start] + text[ms[0].end : line.end]).strip(" \t:*")


def _numbered_heading(r: _Reader, line: Line, ms: list[Mention]) -> bool:
    """Whether a line is a numbered heading naming no role, alone on its line before a blank one ("3. Operations
    Team"): a sibling of a numbered title's heading (see :func:`_numbered_title`)."""
    if line.kind != "item" or any(m.label is _ROLE for m in ms) or line.end - line.content > 80:
        return False
    text = r.text
    return _NUMBERED.match(text, line.start, line.content) is not None and text.startswith("\n\n", line.end)


#: a level code after a title in a heading: "(L1)", "- Level 2", "[Tier 3]", "(IC4)", "P2"
_HEADING_CODE = re.compile(r"\b(?:L|Level|Tier|T|IC|P|Grade|G|Band|B)[ \t]?(\d{1,2})\b", re.I)


def _heading_rung(r: _Reader, role: Mention, line: Line) -> None:
    """A heading that is one role's title alone (with at most a number, a level code or years), on a page whose top
    says it shows a ladder or with a level code of its own: a rung, kept for :func:`_heading_ladder`."""
    text = r.text
    rest = text[line.content : role.start] + " " + text[role.end : line.end]
    if not rest.strip(" \t*#:"):
        r.title_headings.append((role, line.start, line.end))  # (structure.rank-words reads them at the end)
    code = _HEADING_CODE.search(rest)
    section = _ladder_section(r, line.start) if code is None and not _ladder_page(r) else None
    if code is None and not _ladder_page(r) and section is None:
        return
    if rest.strip(" \t*#:") == "I" and text[role.end : line.end].strip(" \t*#:") == "I":
        # "Support Representative I" (the pronoun is no part of a title elsewhere): the first of numbered ranks
        role = role._replace(key=slugify(f"{role.name} I"), name=f"{role.name} I", known=False)
        r.node(role, r.evidence(role.start, text.index("I", role.end) + 1))
        rest = ""
    if _RUNG_EXTRAS.fullmatch(rest) is None and (code is None or _RUNG_EXTRAS.fullmatch(rest.replace(code.group(), ""))
                                                  is None):
        return  # "Skills of a team lead", "Team lead pay": a heading about the role, not the rung itself
    if not r.heading_rungs or r.heading_rungs[-1][0].key != role.key:
        r.heading_rungs.append((role, line.start, line.end, int(code.group(1)) if code else None))
        if section is not None:
            r.ladder_sections[line.start] = section


#: a Markdown heading: its marks and its words
_MD_HEADING = re.compile(r"^(#{1,6})[ \t]+([^\n]*)$", re.M)


def _ladder_section(r: _Reader, at: int) -> int | None:
    """Where the Markdown heading naming a ladder ("## Bell desk career ladder", not "## Path to manager") stands
    whose section holds the Markdown heading at ``at`` one level or more below it, else None."""
    text = r.text
    mark = _MD_HEADING.match(text, at)
    if mark is None:
        return None
    if r.md_headings is None:  # (the page's Markdown headings, read once: start, level, whether it names a ladder)
        r.md_headings = [
            (m.start(), len(m.group(1)), bool(_LADDER_HEADING.search(m.group(2))) and not _DIRECTED_HEADING.search(
                m.group(2)))
            for m in _MD_HEADING.finditer(text)
        ]
    level = len(mark.group(1))
    for start, above, ladder in reversed(r.md_headings[: bisect.bisect_left(r.md_headings, (at,))]):
        if above < level:
            return start if ladder else None
        if above > level:
            return None  # (a rung's own subheadings stand between: not a run of rungs)
    return None


#: words that rank one post above or below the same title without them: "Junior Buyer" < "Buyer" < "Senior Buyer"
_RANK_WORDS_ORDER = {"trainee": 0, "junior": 1, "associate": 1, "assistant": 1, "senior": 3, "principal": 4}


def _states_moves_between(r: _Reader, keys: set[str]) -> bool:
    """Whether the page has stated a move between two of the roles ``keys`` (then its headings are profiles); a move
    read only from two ranks of one numbered title ('Service Officer I', 'Service Officer II') states none."""
    return any(
        a in keys and b in keys and any(e.get("rule") != "structure.numbered-ranks" for e in record["evidence"])
        for (a, b), record in r.facts.transitions.items()
    )


def _rank_word_ladder(r: _Reader) -> None:
    """Headings that give one title with and without words of rank ("Associate Ecommerce Director", "Ecommerce
    Director", "Senior Ecommerce Director") are rungs of a ladder in the order of those words, whatever the order of
    the headings; other headings of the page ("Director of Ecommerce Operations") are no part of it."""
    by_base: dict[str, dict[int, tuple[Mention, int, int]]] = {}
    for role, start, end in r.title_headings:
        words = role.name.lower().split()
        rank = _RANK_WORDS_ORDER.get(words[0], 2) if len(words) > 1 else 2
        base = " ".join(words[1:] if rank != 2 else words)
        by_base.setdefault(base, {}).setdefault(rank, (role, start, end))
    for ranks in by_base.values():
        if len(ranks) < 2 or 2 not in ranks:
            continue  # (the bare title must be there too: "Senior Buyer" and "Junior Buyer" alone tell no step)
        rungs = [ranks[k] for k in sorted(ranks)]
        if _states_moves_between(r, {m.key for m, _, _ in rungs}):
            continue  # the page states its own moves between them
        for (low, _, _), (high, start, end) in itertools.pairwise(rungs):
            r.transition(low, high, _PROMOTION, r.evidence(start, end), None)


#: the first digits of a calendar year (a dated line opens with one, else ends with a bracket)
_YEAR_DIGITS = frozenset({"1", "2"})
_YEAR_SPAN = r"(?P<year>(?:19|20)\d\d)(?:[ \t]*[-–—][ \t]*(?:(?:19|20)\d\d|present|now|today|current))?"
#: a line opening with a year (or a span of years) and a mark: "2014 – ", "2012-2014: "
_DATED_START = re.compile(rf"{_YEAR_SPAN}[ \t]*[:：–—-][ \t]*", re.I)
#: a line ending with a year or a span in brackets: " (2014-2017)"
_DATED_END = re.compile(rf"[ \t]*[(（]{_YEAR_SPAN}[)）][ \t.]*", re.I)
#: what may follow a dated post on its line: the employer ("Shift Supervisor, Bean Co", "at Bean Co")
_EMPLOYER = re.compile(r"(?:[ \t]*(?:,|at|@|–|—|-|\|)[ \t]*[A-Z][^\d\n()]{0,40})?[ \t.]*")


def _may_date(text: str, line: Line) -> bool:
    """Whether a line may date a post: it opens with a year's first digit or ends with a bracket (a quick test)."""
    return text[line.content : line.content + 1] in _YEAR_DIGITS or text.endswith(")", line.start, line.end)


def _dated_line(r: _Reader, vocab: Vocabulary, ms: list[Mention], line: Line) -> None:
    """A line that dates one post, at its start ("2014 – Shift Supervisor") or in a bracket at its end ("Barista, Bean
    Co (2012-2014)"): kept, with the lines like it right before, for :func:`_dated_ladder`."""
    text = r.text
    roles = _distinct_roles(vocab, ms)
    if not roles:
        return
    role = roles[0]
    opening = _DATED_START.match(text, line.content, line.end)
    closing = None
    if opening is not None:
        if role.start - opening.end() > 2 or _EMPLOYER.fullmatch(text, role.end, line.end) is None:
            return
        year = int(opening.group("year"))
    else:
        bracket = text.rfind("(", line.content, line.end)
        if bracket < 0:
            bracket = text.rfind("（", line.content, line.end)
        closing = _DATED_END.fullmatch(text, bracket, line.end) if bracket >= 0 else None
        if closing is None or role.start - line.content > 2 or _EMPLOYER.fullmatch(text, role.end, bracket) is None:
            return
        year = int(closing.group("year"))
    runs = r.dated
    if runs and not text[runs[-1][-1][3] : line.start].strip() and text.count("\n", runs[-1][-1][3], line.start) <= 2:
        runs[-1].append((year, role, line.start, line.end))
    else:
        runs.append([(year, role, line.start, line.end)])


def _dated_ladder(r: _Reader) -> None:
    """Runs of two or more dated posts are a career in the order of their years, whichever way the lines run (a CV
    lists the latest first): each post moves to the one dated next."""
    for run in r.dated:
        if len(run) < 2 or len({year for year, _, _, _ in run}) < len(run):
            continue  # (one year twice tells no order)
        steps = sorted(run, key=lambda x: x[0])
        ev = r.evidence(min(x[2] for x in run), max(x[3] for x in run))
        if ev["end"] - ev["start"] > 3 * _MAX_QUOTE:
            continue
        for (_, low, _, _), (_, high, _, _) in itertools.pairwise(steps):
            if low.key != high.key:
                r.transition(low, high, _PROMOTION, ev, None)


def _heading_ladder(r: _Reader) -> None:
    """Headings that are each one role's title, in order, are the rungs of a ladder ("Support Representative I",
    "Senior Support Representative", "Support Team Lead") on a page whose top says it shows one; elsewhere headings
    whose level codes rise are ("Junior Support Rep (L1)", "Support Rep (L2)"). Not when the page states moves
    between those roles itself: then the headings are profiles of its posts, read in any order."""
    if not _ladder_page(r) and r.ladder_sections:
        # rungs under a heading naming a ladder further down the page: each section's run on its own
        for section in dict.fromkeys(r.ladder_sections.values()):
            run = [x for x in r.heading_rungs if r.ladder_sections.get(x[1]) == section]
            _heading_run(r, run)
    rungs = r.heading_rungs if _ladder_page(r) else [x for x in r.heading_rungs if x[3] is not None]
    keys = {m.key for m, _, _, _ in rungs}
    if len(keys) < 2 or _states_moves_between(r, keys):
        return
    if not _ladder_page(r) and any(b[3] <= a[3] for a, b in itertools.pairwise(rungs)):  # type: ignore[operator]
        return  # codes that do not rise name no ladder in this order
    moves = r.facts.transitions
    for (low, _, _, _), (high, start, end, _) in itertools.pairwise(rungs):
        # (a rung between them read by another rule, "Step 2: Developer" between "Step 1" and "Step 3": no step)
        if any((low.key, mid) in moves and (mid, high.key) in moves for _, mid in moves):
            continue
        r.transition(low, high, _PROMOTION, r.evidence(start, end), None)


def _heading_run(r: _Reader, run: list[tuple[Mention, int, int, int | None]]) -> None:
    """One run of rung headings in order: each moves to the next (not when the page states moves between them)."""
    keys = {m.key for m, _, _, _ in run}
    if len(keys) < 2 or _states_moves_between(r, keys):
        return
    for (low, _, _, _), (high, start, end, _) in itertools.pairwise(run):
        r.transition(low, high, _PROMOTION, r.evidence(start, end), None)


#: a role's years of experience stated in its section: "with 0-4 years of experience", "3 to 5 years' experience"
_EXPERIENCE_YEARS = re.compile(
    r"\b(\d{1,2})\s*(?:[-–—]|to)\s*(\d{1,2})\s*\+?\s*(?:years?|yrs?)(?:['’]|\s+of)?\s+(?:(?:relevant|professional"
    r"|industry|work|hands-on)\s+)?experience\b",
    re.I,
)
#: a line that opens with a title and its years, in brackets or after a mark: "Coordinator (0-4 years)",
#: "## Senior Advisor (4–6 yrs)", "Product Manager (2-5 years): Rs 18-30 LPA", "Product Manager: 2–5 years, ₹15–25 LPA",
#: "Product Manager – 2 to 5 years of experience – ₹15 to 25 LPA" (what follows is the rung's pay or description)
_RUNG_SPAN = r"\d{1,2}[ \t]*(?:[-–—~]|to)[ \t]*\d{1,2}\+?|\d{1,2}\+"
_TITLE_YEARS = re.compile(
    r"[ \t>*#•·-]*(?:\d{1,2}[.)][ \t]+)?(?P<title>[A-Za-z][\w&'’/ -]{1,60}?)[ \t]*"
    r"(?:[:：]?[ \t]*[(（][A-Z]{1,3}[ \t]?\d{1,2}[)）][ \t]*)?"  # a level's code: "Associate (T1): 0-1 years"
    rf"(?:[(（](?P<years>{_RUNG_SPAN})[ \t]*(?:years?|yrs?)[^)）\n]{{0,20}}[)）]"
    rf"|[:：–—|,-][ \t]*(?P<after>{_RUNG_SPAN})[ \t]*(?:years?|yrs?)(?:[ \t]+of[ \t]+(?:\w+[ \t]+)?experience)?)"
    r"[ \t]*(?:$|[:：–—|,.;(-][^\n]*$)",
    re.I,
)
#: how many sentences after a role's heading its years may be stated
_RUNG_YEARS_REACH = 3


def _rung_years(r: _Reader, vocab: Vocabulary, sent: _Sent, ms: list[Mention], line: Line, first: bool) -> None:
    """Rungs named with their years, in rising order: "Coordinator (0-4 years)" then "Advisor (4-6 years)", or role
    headings whose sections open with "with 0-4 years of experience".

    The years order the rungs: each next rung's span starts where the last one's ends (or within
    a year of it) and reaches higher; a rung's years are the time before the next. A span that
    does not rise starts a new ladder.
    """
    text = r.text
    if first and (line.kind in {"heading", "item"} or (line.kind == "text" and line.end - line.start < 120)):
        # (a list item may go on to describe its rung: the title and years open it)
        reach = 400 if line.kind == "item" else 160
        found = _TITLE_YEARS.match(text, line.start, line.end) if line.end - line.start < reach else None
        if found is not None:
            role = _rung_title(r, vocab, sent, ms, found.start("title"), found.end("title"))
            years = _years_in(found.group("years") or found.group("after"))
            if role is not None and years is not None:
                r.rung_open = None
                _rung(r, role, years, line.start, line.end)
                return
        roles = [m for m in ms if m.label is _ROLE]
        if line.kind == "heading" and len(roles) == 1 and _is_heading(sent, ms):
            r.rung_open = (roles[0], line.start, r.sentence_index)  # its years may follow in its section
            return
    opened = r.rung_open
    if opened is None:
        return
    if r.sentence_index - opened[2] > _RUNG_YEARS_REACH:
        r.rung_open = None
        return
    found = _EXPERIENCE_YEARS.search(sent.text)
    if found is not None:
        r.rung_open = None
        low, high = float(found.group(1)), float(found.group(2))
        _rung(r, opened[0], (low, high), opened[1], line.end)


def _rung_title(r: _Reader, vocab: Vocabulary, sent: _Sent, ms: list[Mention], lo: int, hi: int) -> Mention | None:
    """The role a rung line names: a role found there, or its words when they end in a job title's head word."""
    inside = [m for m in ms if m.label is _ROLE and lo <= m.start and m.end <= hi]
    if inside:
        return max(inside, key=lambda m: m.end - m.start)
    written = r.text[lo:hi].split()
    if not _titled(written) and not (written and len(written) <= 3 and _TITLE_ABBREVIATION.fullmatch(written[-1])):
        return None  # ("Senior CSM (T3): 4-6 years": an abbreviation in capitals names the rung too)
    return _role_at(r, vocab, sent, ms, lo, hi)


#: an abbreviation of a title in capitals: "CSM", "SDR", "AM"
_TITLE_ABBREVIATION = re.compile(r"[A-Z]{2,4}")


def _titled(words: list[str]) -> bool:
    """Whether words written as a title end in a job title's head word, or an agent noun ("Ad Trafficker"); the head
    may stand before "of" ("Director of Customer Experience")."""
    dash = next((k for k, w in enumerate(words) if w in {"–", "—", "-"}), None)
    if dash:
        words = words[:dash]  # "Manager – Operations": the title, then its field
    of = next((k for k, w in enumerate(words) if w.lower() == "of"), len(words))
    head = words[of - 1].lower().strip(".,;:").rpartition(".")[2] if of else ""  # ("Dy.Manager": the manager)
    if any(w in TITLE_HEADS or w in STANDALONE_TITLES or w in _EXTRA_HEADS for w in (head, head[:-1])):
        return True
    single = head[:-1] if head.endswith("s") and not head.endswith("ss") else head
    return len(single) >= 5 and single.isalpha() and single.endswith(_AGENT_ENDINGS) and single not in _NOT_TITLES


def _rung(r: _Reader, role: Mention, years: tuple[float, float], start: int, end: int) -> None:
    last = r.rung_last
    r.node(role, r.evidence(role.start, role.end))
    r.rung_last = (role, years, start, end)
    if last is None or last[0].key == role.key or start - last[3] > _LEVEL_REACH:
        return
    (low, high), (new_low, new_high) = last[1], years
    if not (low <= new_low <= high + 1 and (new_low > low or new_high > high)):
        return  # the years do not rise: a new ladder
    ev = r.evidence(last[2], end)
    if ev["end"] - ev["start"] > 3 * _MAX_QUOTE:
        ev = r.evidence(start, end)
    r.transition(last[0], role, _PROMOTION, ev, last[1])


def _with_alternatives(doc: Doc, group: list[Mention], roles: list[Mention]) -> list[Mention]:
    """A group of roles and the ones listed after it as alternatives: "as a packing clerk or a returns clerk"."""
    out = list(group)
    for m in roles:
        if m.i >= out[-1].j and _only_separators(doc, out[-1].j, m.i, _ALTERNATIVE_WORDS):
            out.append(m)
        elif m.i >= out[-1].j:
            break
    return out


_ALTERNATIVE_WORDS = frozenset({"or", ",", "、", "/", "a", "an", "the", "maybe", "perhaps", "possibly", "even"})


#: words that open a sentence adding posts to the move read just before: "This could include ...", "These include"
_MORE_OPENERS = frozenset({"this", "these", "that", "those", "it", "they"})
_MORE_GLUE = frozenset({"could", "can", "may", "might", "would", "will", "also", "often", "even", "further"})
#: words that may stand between "include" and the posts, and between the posts: "positions like A, B, or even C"
_MORE_LIST = POST_NOUNS | {"like", "such", "as", "a", "an", "the", ",", "or", "and", "even", "other", "e.g."}
#: how many sentences later "This could include ..." may follow the move
_MORE_REACH = 2


def _more_posts(r: _Reader, vocab: Vocabulary, sent: _Sent, ms: list[Mention], offset: int) -> None:
    """ "After serving as A, you can move up to positions like B or C. [...] This could include positions like D,
    E": a sentence opening with "This / These (could) include" and no verb of its own lists more posts the move
    read a sentence or two before reaches, from where that move started."""
    assert r.last_sources is not None
    sources, kind, at = r.last_sources
    if r.sentence_index - at > _MORE_REACH:
        return
    words = sent.words
    norms = sent.norms
    k = _skip_spaces(words, sent.start, 1)
    if k >= sent.end or words.lower[k] not in _MORE_OPENERS:
        return
    k = _skip_spaces(words, k + 1, 1)
    while k < sent.end and words.lower[k] in _MORE_GLUE:
        k = _skip_spaces(words, k + 1, 1)
    if k >= sent.end or norms[k] != "include":
        return
    roles = sorted(_distinct_roles(vocab, ms), key=_start_token)
    listed: list[Mention] = []
    for m in roles:
        if m.i <= k:
            return  # (a role before "include": it is what the sentence is about, not "this")
        if not _only_separators(sent.doc, listed[-1].j if listed else k + 1, m.i, _MORE_LIST):
            break
        listed.append(m)
    for target in listed:
        ev = r.sentence_evidence(sent, offset, target.start, target.end)
        for source in sources:
            if source.key != target.key:
                r.transition(source, target, kind, ev, None)


#: forms of "be" and "have been" after "you" that state the post held now (not "you'll be", "you could be")
_READER_BE = frozenset({"are", "'re", "’re", "been"})
_READER_GLUE = frozenset({"have", "'ve", "’ve", "currently", "already", "now", "still", "just", "presently"})
#: verbs of holding a post, before "as": "you've been working part time for a retailer as a sales associate"
_READER_WORK = frozenset({"working", "employed", "serving", "work", "serve"})


def _reader_post(r: _Reader, vocab: Vocabulary, sent: _Sent, ms: list[Mention]) -> None:
    """The post the page says its reader holds now: "If you're currently an A, ...", "you've been working ... as
    an A" (transitions.reader-post reads the reader's moves from it)."""
    words = sent.words
    lowers = words.lower
    roles = _distinct_roles(vocab, ms)
    for k in range(sent.start, sent.end):
        if lowers[k] != "you":
            continue
        x = _skip_spaces(words, k + 1, 1)
        seen_be = False
        while x < sent.end and (lowers[x] in _READER_GLUE or lowers[x] in _READER_BE):
            seen_be = seen_be or lowers[x] in _READER_BE
            x = _skip_spaces(words, x + 1, 1)
        if x < sent.end and lowers[x] in _READER_WORK and (seen_be or lowers[x] == "work"):
            ahead = next((y for y in range(x + 1, min(sent.end, x + 10)) if lowers[y] in {"as", ",", ";", "."}), None)
            if ahead is None or lowers[ahead] != "as":
                continue
            x = _skip_spaces(words, ahead + 1, 1)
        elif not seen_be:
            continue
        if x < sent.end and lowers[x] in {"a", "an", "the"}:
            x = _skip_spaces(words, x + 1, 1)
        held = next((m for m in roles if m.i == x), None)
        if held is not None and NEGATIONS.isdisjoint(lowers[k:x]):
            r.reader_post = held
            return


#: verbs and particles of a post that opens: "a supervisor position opens up", "a team leader job came up"
_OPENED = frozenset({"opens", "opened", "open", "came", "comes", "come", "became", "becomes", "become"})
_OPENED_AFTER = frozenset({"up", "available", "vacant"})
#: words for a post before the verb: "a supervisor position", "a buyer vacancy"
_OPENING_POSTS = frozenset({"position", "job", "role", "post", "vacancy", "opening", "spot", "slot"})
#: the person told of getting the post: "she gets the position", "and I got it"
_GOT_IT = frozenset({"gets", "got", "get", "landed", "lands", "won", "wins", "took", "takes", "accepted"})
#: how many sentences after the opening the person may get the post
_OPENED_REACH = 2


def _post_opened(r: _Reader, vocab: Vocabulary, sent: _Sent, ms: list[Mention], offset: int) -> None:
    """ "A supervisor position opens up and she applies. [...] she's a shoo-in and gets the position": in a career
    told of a person, a post said to open and then got ("gets the position", "got it") is the person's next post."""
    words = sent.words
    lowers = words.lower
    for m in _distinct_roles(vocab, ms):
        k = _skip_spaces(words, m.j, 1)
        if k >= sent.end or lowers[k] not in _OPENING_POSTS:
            continue
        v = _skip_spaces(words, k + 1, 1)
        after = _skip_spaces(words, v + 1, 1)
        if v < sent.end and lowers[v] in _OPENED and after < sent.end and lowers[after] in _OPENED_AFTER:
            r.opened = (m, r.sentence_index)
    if r.opened is None:
        return
    post, at = r.opened
    if r.sentence_index - at > _OPENED_REACH:
        r.opened = None
        return
    if r.told is None or not _person_of(lowers, sent.start, sent.end) or r.told.key == post.key:
        return
    for k in range(sent.start, sent.end):
        if lowers[k] not in _GOT_IT or NEGATIONS.intersection(lowers[max(sent.start, k - 3) : k]):
            continue
        x = _skip_spaces(words, k + 1, 1)
        y = _skip_spaces(words, x + 1, 1)
        if x < sent.end and (lowers[x] == "it" or (lowers[x] in {"the", "that"} and y < sent.end and (
            lowers[y] in _OPENING_POSTS
        ))):
            ev = r.sentence_evidence(sent, offset, sent.start_char + offset, sent.end_char + offset)
            r.transition(r.told, post, _PROMOTION, ev)
            r.told, r.told_years, r.opened = post, None, None
            return


#: words between "Above" and the posts it names: "Above the grade of A", "Below the level of A"
_GRADE_LEAD = frozenset({"the", "a", "an", "grade", "level", "rank", "post", "position", "role", "of", "just"})
_GRADE_LIST = frozenset({",", "or", "and", "/", "a", "an", "the"})
#: how many words may stand between the opening phrase's comma and the first post of the main clause
_GRADE_REACH = 8


def _above_grade(r: _Reader, vocab: Vocabulary, sent: _Sent, ms: list[Mention], offset: int) -> None:
    """ "Above the grade of A or B, most larger shops employ a C": a sentence opening with "Above" (or "Below") and
    posts, then a comma and a clause naming posts, ranks those posts over (or under) the first ones."""
    words = sent.words
    lowers = words.lower
    k = _skip_spaces(words, sent.start, 1)
    if k >= sent.end or lowers[k] not in {"above", "below"}:
        return
    up = lowers[k] == "above"
    roles = sorted(_distinct_roles(vocab, ms), key=_start_token)
    k = _skip_spaces(words, k + 1, 1)
    while k < sent.end and lowers[k] in _GRADE_LEAD:
        k = _skip_spaces(words, k + 1, 1)
    listed = [m for m in roles if m.i == k]
    if not listed:
        return
    for m in roles:
        if m.i > listed[-1].i and _only_separators(sent.doc, listed[-1].j, m.i, _GRADE_LIST):
            listed.append(m)
    comma = _skip_spaces(words, listed[-1].j, 1)
    if comma >= sent.end or lowers[comma] != ",":
        return
    targets: list[Mention] = []
    for m in roles:
        if m.i <= comma:
            continue
        if not targets:
            between = [w for w in lowers[comma + 1 : m.i] if not w.isspace()]
            if len(between) > _GRADE_REACH or _CLAUSE_MARKS.intersection(between):
                return
        elif not _only_separators(sent.doc, targets[-1].j, m.i, _GRADE_LIST | {"to"}):
            break
        targets.append(m)
    for low in listed:
        for high in targets:
            a, b = (low, high) if up else (high, low)
            ev = r.sentence_evidence(sent, offset, a.start, b.end)
            r.transition(a, b, _PROMOTION, ev)


_CLAUSE_MARKS = frozenset({".", ";", ":", "but", "while", "although", "whereas"})


#: how far before a sentence the post "The position ..." refers to may be named, in characters
_POST_NAMED_REACH = 800


def _post_named_before(r: _Reader, at: int) -> Mention | None:
    """On a page with no subject, the role a sentence's "The position" or "This role" means: the one named last
    before char ``at`` (within _POST_NAMED_REACH) with a word for a post after it ("... creating the Head of
    eCommerce position. [...] The position is a step before becoming B")."""
    best: tuple[int, str, dict[str, Any]] | None = None
    for key, record in r.facts.nodes.items():
        if record["label"] is not _ROLE:
            continue
        for ev in record["evidence"]:
            end = ev["end"]
            if at - _POST_NAMED_REACH <= end <= at and (best is None or end > best[0]) and (
                _POST_WORD_AFTER.match(r.text, end) is not None
            ):
                best = (end, key, ev)
    if best is None:
        return None
    end, key, ev = best
    record = r.facts.nodes[key]
    return Mention(_ROLE, key, record["name"], bool(record["known"]), ev["start"], end, 0, 0)


#: a span of a ladder read before, told with the time each of its rungs takes: "staff stay up to two years in each
#: position", or named as a progression: "Job progression from A to B is fast"
_EACH_RUNG = re.compile(r"\b(?:in|at|for|on) each (?:position|role|step|rung|level|stage|post|job|grade)\b", re.I)
_SPAN_NOUN = re.compile(r"\b(?:progression|path|journey|route|climb)\s+from\b", re.I)
#: how many rungs a span of a ladder may cover
_SPAN_RUNGS = 8


def _ladder_path(r: _Reader, a: str, b: str) -> list[str]:
    """The rungs of the shortest chain of two or more moves already read from role ``a`` to role ``b``, else []."""
    after: dict[str, list[str]] = {}
    for x, y in r.facts.transitions:
        after.setdefault(x, []).append(y)
    paths = [[a]]
    for _ in range(_SPAN_RUNGS):
        longer = []
        for path in paths:
            for y in after.get(path[-1], []):
                if y == b and len(path) >= 2:
                    return [*path, y]
                if y not in path and y != b:
                    longer.append([*path, y])
        paths = longer
    return []


def _ladder_span(r: _Reader, a: str, b: str, quote: str, years: tuple[float | None, float] | None) -> bool:
    """ "Going from porter to head porter is quick; staff stay up to two years in each position" after a ladder
    that ran porter, senior porter, assistant head porter, head porter: the sentence spans those rungs (no move of
    its own), and the years are each rung's (transitions.ladder-span)."""
    if not _may_hold(quote, ("each", "from")):
        return False  # (either pattern needs one of the words: most quotes are ruled out by two tests in C)
    each = _EACH_RUNG.search(quote) is not None
    if not (each or _SPAN_NOUN.search(quote)):
        return False
    path = _ladder_path(r, a, b)
    if not path:
        return False
    for x, y in itertools.pairwise(path):
        record = r.facts.transitions[(x, y)]
        if each and years is not None and "years_max" not in record:
            if years[0] is not None:
                record["years_min"] = years[0]
            record["years_max"] = years[1]
    return True


def _record_move(r: _Reader, sent: _Sent, offset: int, sources: list[Mention], target: Mention, move: Move) -> None:
    kind = _LATERAL if move.kind == "lateral" else _PROMOTION
    if move.ranked:  # ("becoming A, senior A": the clause's time is the step to A's)
        r.transition(sources[0], target, kind, r.sentence_evidence(sent, offset, sources[0].start, target.end))
        return
    years = _move_years(sent, offset, target.start)
    if years is None and r.told_years is not None and r.told is not None and [s.key for s in sources] == [r.told.key]:
        years = r.told_years  # "For five years I was a sous chef. Then I ... became B": how long the post was held
    for source in sources:
        if source.key == target.key:
            continue
        if not source.known and source.key not in r.facts.nodes:
            r.mentioned(source)
        ev = r.sentence_evidence(sent, offset, min(source.start, target.start), target.end)
        r.transition(source, target, kind, ev, years)


def _starters(r: _Reader, sent: _Sent, roles: list[Mention], held: Mention, offset: int) -> None:
    """ "Entry-level candidates often start as an A or a B" on a page about a role: where its holders start, so A
    and B move to the page's role (the sentence's subject names people, not a post, and no one's own story)."""
    page = r.section_role or r.subject
    if page is None or held.key == page.key or "transitions.clause" in r.disabled:
        return
    words = sent.words
    norms = sent.norms
    verb = next((k for k in range(sent.start, held.i) if norms[k] in _STARTED and "as" in words.lower[k + 1 : k + 3]),
                None)
    if verb is None:
        return
    lead = [norms[k] for k in range(sent.start, verb) if not words.space[k]]
    if not lead or not _STARTER_WORDS.issuperset(lead) or _STARTER_PEOPLE.isdisjoint(lead):
        return
    for source in _with_alternatives(sent.doc, [held], roles):
        if source.key != page.key and source.start > page.end:
            ev = r.sentence_evidence(sent, offset, source.start, source.end)
            r.transition(source, page, _PROMOTION, ev, None)


def _experienced_applicants(r: _Reader, sent: _Sent, roles: list[Mention], offset: int) -> None:
    """ "Employers also consider applicants with experience in logistics, such as delivery drivers" on a page about a
    role: the posts named as the experience its applicants may bring move to the page's role."""
    page = r.section_role or r.subject
    if page is None:
        return
    lowers = sent.words.lower
    at = next((k for k in range(sent.start, sent.end) if lowers[k] == "experience"), None)
    if at is None or not any(w in _APPLICANTS for w in sent.norms[max(sent.start, at - 4) : at]):
        return  # ("applicants with experience ...": the experience the applicants bring)
    for m in roles:
        if m.i <= at or m.key == page.key:
            continue
        before = lowers[max(sent.start, m.i - 3) : m.i]
        # ("as A", "such as A", "like A"; "experience as A or be an established B")
        being = [w for w in lowers[max(sent.start, m.i - 5) : m.i] if not w.isspace()]
        ends = (len(being) - 3, len(being) - 4)
        held = any(being[x : x + 3] in (["or", "be", "a"], ["or", "be", "an"]) for x in ends)
        if "as" in before or "like" in before or held:
            for source in _with_alternatives(sent.doc, [m], roles):
                if source.key != page.key:
                    ev = r.sentence_evidence(sent, offset, source.start, source.end)
                    r.transition(source, page, _PROMOTION, ev, None)
            return


_APPLICANTS = frozenset(word_norm(w) for w in ("applicants", "candidates", "applicant", "candidate"))
def _record_either(r: _Reader, sent: _Sent, offset: int, page: Mention, post: Mention, kind: TransitionKind) -> None:
    """The page's role moves to one of the two posts a title naming either of them stands for (_either_posts)."""
    r.mentioned(post)
    r.transition(page, post, kind, r.sentence_evidence(sent, offset, post.start, post.end))


def _elided_head(sent: _Sent, roles: list[Mention], m: Mention) -> Mention:
    """A one-word title in the singular before "or" and a title of two or more words in the plural ("start as
    assistant or department managers") shares that title's head: the assistant manager (no article before the word
    says it is no post of its own, as "an assistant or a department manager" would). Any other title is itself."""
    words = sent.words
    if m.j - m.i != 1 or m.i - 1 < sent.start:
        return m
    before = words.lower[_skip_spaces(words, m.i - 1, -1)]
    k = _skip_spaces(words, m.j, 1)
    if before in {"a", "an", "the"} or k >= sent.end or words.lower[k] != "or" or words.lower[m.i].endswith("s"):
        return m  # (nor one in the plural itself: "stylists or store designers" are two posts)
    after = _skip_spaces(words, k + 1, 1)
    other = next((x for x in roles if x.i == after and x.j - x.i >= 2), None)
    if other is None or not words.lower[other.j - 1].endswith("s") or other.key == m.key:
        return m
    entry = _new_role(f"{m.name} {other.name.split()[-1].lower()}")
    return Mention(_ROLE, entry.key, entry.name, False, m.start, m.end, m.i, m.j, m.rule)


def _either_posts(m: Mention) -> list[Mention]:
    """The two posts a title naming either of two stands for: "Department or Store Manager" is a department manager
    and a store manager, "State or National Store Manager" a state store manager and a national one (one word before
    "or", the rest shared); [] for any other title.

    >>> [p.name for p in _either_posts(Mention(_ROLE, "x", "State or National Store Manager", False, 0, 1, 0, 1))]
    ['State Store Manager', 'National Store Manager']
    """
    words = m.name.split()
    if len(words) < 4 or words[1].lower() != "or" or words.count("or") + words.count("Or") != 1:
        return []
    second = words[2:]
    first = [words[0], *second[1:]]
    return [
        Mention(_ROLE, entry.key, entry.name, False, m.start, m.end, m.i, m.j)
        for entry in (_new_role(" ".join(first)), _new_role(" ".join(second)))
    ]


#: verbs of time put in at a post that a page's reader is told of: "Spend 3 to 5 years in a job such as A"
_SPENT_VERBS = frozenset(word_norm(w) for w in ("spend", "work", "serve"))
#: the words that may open such an instruction before its verb: a list item's number, the reader and modals
_SPENT_LEAD = frozenset(
    word_norm(w)
    for w in ("you", "'ll", "will", "need", "to", "should", "must", "have", "expect", "plan", "first", "then",
              "typically", "usually", "generally", "normally", "may", "might", "can", "also", "be", "prepared", ")",
              ".", "-", "*", "•", ":", "step", "ideally", "aim")
)


def _spent_verb(sent: _Sent) -> int | None:
    """The verb of an instruction to spend a time in posts ("Spend two years ...", "You will need to work ..."):
    the sentence's first verb of _SPENT_VERBS, only the reader, modals or a list item's number before it, and no
    negation in the sentence; else None."""
    words, norms = sent.words, sent.norms
    verb = next((k for k in range(sent.start, sent.end) if norms[k] in _SPENT_VERBS), None)
    if verb is None:
        return None
    lead = [norms[k] for k in range(sent.start, verb) if not words.space[k]]
    if not all(w in _SPENT_LEAD or w.isdigit() for w in lead):
        return None  # (most: a word of their own before the verb, tested before the whole sentence is scanned)
    return None if any(norms[k] in NEGATIONS for k in range(sent.start, sent.end)) else verb


def _spent_years(r: _Reader, sent: _Sent, roles: list[Mention], offset: int, verb: int) -> None:
    """ "Spend two years in a first post such as A, B or C", "You will need to work for three years as a
    A" on a page about a role (``verb``: its verb, see :func:`_spent_verb`): an instruction to its reader to hold
    those posts first, for a stated time; each post moves to the page's role, with that time (not "I spent four
    years as A": a story, read by the story's rules)."""
    page = r.section_role or r.subject
    words = sent.words
    # the first post after the verb, introduced as the post held ("as A", "in a job such as A", "like A")
    first = next((m for m in roles if m.i > verb), None)
    if first is None or (page is not None and (first.key == page.key or first.start <= page.end <= first.end)):
        return
    before = words.lower[max(verb + 1, first.i - 3) : first.i]
    if "as" not in before and "like" not in before:
        return
    at, upto = words.idx[verb] - sent.start_char, first.start - offset - sent.start_char
    years = _duration(sent.text[at:upto])
    if years is None:
        return
    if page is None:  # (the page's role, when it names one far more than others, is known at the end of reading)
        ev = r.sentence_evidence(sent, offset, first.start, first.end)
        r.spent.append((_with_alternatives(sent.doc, [first], roles), years, ev))
        return
    for source in _with_alternatives(sent.doc, [first], roles):
        if source.key != page.key:
            ev = r.sentence_evidence(sent, offset, source.start, source.end)
            r.transition(source, page, _PROMOTION, ev, years)


#: people a page's role draws its starters from, as the subject of "start as": "most new hires start as A"
_STARTER_PEOPLE = frozenset(
    word_norm(w)
    for w in ("candidates", "graduates", "people", "newcomers", "entrants", "applicants", "hires", "starters",
              "recruits", "beginners", "students", "leavers", "you", "most", "many")
)
_STARTER_WORDS = _STARTER_PEOPLE | frozenset(
    word_norm(w)
    for w in ("new", "entry", "-", "level", "entry-level", "school", "college", "university", "often", "usually",
              "typically", "generally", "normally", "will", "can", "may", "tend", "to", "of", "them", "the", "some")
)


#: verbs of arriving that start a career with a particle: "you come in as a picker", "I came on board as a clerk"
_ARRIVE_VERBS = frozenset({"come"})
_ARRIVE_PARTICLES = frozenset({"in", "on", "aboard"})
#: the words _chain_targets looks for (a sentence without any is not read for them)
_CHAIN_GATE = _START_VERBS | _SPAN_VERBS | _CHAIN_VERBS | _ARRIVE_VERBS
#: the same and the verbs of getting a post ("took a job as"): without any, and without "be" and a person,
#: _chain_targets finds nothing
_STEP_WORDS = _CHAIN_GATE | _TAKE_VERBS

#: words of a first post: "my first job was as a buyer", "she joined as a picker"
_STARTING = frozenset(
    word_norm(w) for w in ("first", "start", "began", "begin", "join", "joined", "hired", "enter", "initial", "entry")
)


#: verbs of movement before posts named by example: a move, not a stage
_STAGE_VERBS = frozenset(
    word_norm(w)
    for w in ("move", "advance", "progress", "promote", "promoted", "step", "rise", "climb", "grow", "become")
) | frozenset(word_norm(w) for w in ("transition", "go", "reach", "aim", "switch", "jump", "graduate", "lead"))
#: how many sentences a stage carries to the next paragraph's move
_STAGE_REACH = 8


def _stage_posts(r: _Reader, sent: _Sent, roles: list[Mention], offset: int, starting: bool) -> list[Mention]:
    """The posts a career article names as the first stage: "These positions include titles like A or B" after
    "most people start in entry-level roles", or "Entry-level roles such as A and B".

    The sentence names posts in general ("positions", "roles", "titles"), then the roles by example ("like",
    "such as", "include"); it, or the sentence right before it, speaks of a first post ("start", "entry",
    "first"). The roles listed together are the stage (alternatives), where the next move of a person starts.
    """
    if not roles:
        return []
    norms = sent.norms
    if not starting and not (
        0 <= r.started_end <= offset + sent.start_char and not r.text[r.started_end : offset + sent.start_char].strip()
    ):
        return []
    first = roles[0]
    before = [w for w in norms[sent.start : first.i] if not w.isspace()]
    example = max((n for n, w in enumerate(before) if w in EXAMPLE_WORDS), default=None)
    if example is None or len(before) - example > 4 or POST_NOUNS.isdisjoint(before[max(0, example - 6) : example]):
        return []
    if not _STAGE_VERBS.isdisjoint(before):
        return []  # "they move into roles such as B": a move (transitions.clause), not where one starts
    return _with_alternatives(sent.doc, [first], roles)


def _held_as(doc: Doc, sent: _Sent, roles: list[Mention], cue: int) -> Mention | None:
    """The role a sentence says its person holds before the verb: "having worked as a B, she was ..."."""
    held = None
    for m in roles:
        if m.j > cue:
            break
        lowers = _words(doc).lower
        if ";" in lowers[m.j : cue] or any(a == "," and b in {"and", "but"} for a, b in itertools.pairwise(
            w for w in lowers[m.j : cue] if not w.isspace()
        )):
            continue  # "A started here as B, and the next step is C": another clause's post
        k = m.i - 1
        # ("once established as a proficient B": words of praise are no part of the post)
        while k > sent.start and (lowers[k] in {"a", "an", "the"} or lowers[k] in PRAISE or lowers[k].isspace()):
            k -= 1
        if k >= sent.start and lowers[k] == "as" and not (k > sent.start and lowers[k - 1] == "such"):
            held = m  # (not "roles such as B": an example, not a post held)
    return held


#: verbs of holding a post after "after" / "following": "after working as an operator for three years"
_HOLDING = frozenset({"working", "serving", "being", "spending", "starting", "gaining"})


def _held_after(doc: Doc, sent: _Sent, roles: list[Mention], target: Mention) -> Mention | None:
    """The post a move starts from, told after its target: "you can become B after working as A for three years"."""
    words = _words(doc)
    lowers = words.lower
    for m in roles:
        if m.i <= target.j or m.key == target.key:
            continue
        k = _skip_spaces(words, m.i - 1, -1)
        while k > target.j and lowers[k] in {"a", "an", "the"}:
            k = _skip_spaces(words, k - 1, -1)
        if k <= target.j or lowers[k] != "as":
            continue
        verb = _skip_spaces(words, k - 1, -1)
        lead = _skip_spaces(words, verb - 1, -1)
        if verb > target.j and lowers[verb] in _HOLDING and lead >= target.j and lowers[lead] in {"after", "following"}:
            return m
    return None


#: words of people already in place, before those a role's holders are drawn from: "hired from existing staff"
_IN_PLACE = frozenset({"existing", "current", "internal", "in-house", "our", "own", "its", "their", "serving"})


#: words after which a clipped title stands where a move starts or ends: "from Care they go to Corp"
_CLIP_LEADS = frozenset({"from", "to", "into", "become", "becoming", "became"})


def _clipped_titles(r: _Reader, sent: _Sent, roles: list[Mention], offset: int) -> list[Mention]:
    """A title named by its first word alone where a move starts or ends: "From Care they go to Corp" on a page that
    names "Care agents" and "Corp agents".

    The word must be capitalised inside the sentence, stand right after "from", "to", "into" or "become", end its
    phrase (punctuation, a pronoun or a function word after it) and open a title the document writes in full
    with a title head right after it ("Corp agents"): the first such title the document names is the one meant.
    """
    if _CLIP_LEADS.isdisjoint(_lower_gates(sent)):
        return []  # (most sentences hold none of the lead words: asked once, before anything is made)
    doc = sent.doc
    words = _words(doc)
    lowers = words.lower
    covered = {t for m in roles for t in range(m.i, m.j)}
    text = r.text
    out: list[Mention] = []
    for lead in range(sent.start, sent.end - 1):
        if lowers[lead] not in _CLIP_LEADS:
            continue
        k = _skip_spaces(words, lead + 1, 1)  # the word right after the lead word
        if k >= sent.end:
            continue
        word = text[offset + words.idx[k] : offset + words.idx[k] + words.length[k]]
        if k in covered or not word[:1].isupper() or not words.alpha[k] or lowers[k] in STOP_WORDS:
            continue
        after = _skip_spaces(words, k + 1, 1)
        if after < sent.end and not (words.punct[after] or lowers[after] in STOP_WORDS):
            continue  # "to Corp Supervisors": a title of its own
        if word not in r.expansions:
            r.expansions[word] = _expansion(text, word)
        full = r.expansions[word]
        if full is not None:
            clipped = _mention(_new_role(full), doc, k, k + 1, offset, known=False)
            out.append(clipped._replace(rule="transitions.clipped"))
    return out


#: words naming a rank that a number after them makes a post: "from Tier 3 to Tier 4", "a Band 5 position"
_RANK_WORDS = _LEVEL_WORDS - {"level"}  # ("level" alone is too common a word: "the next level")
#: nouns for a post after a rank: "a Tier 3 position"
_POST_AFTER_RANK = frozenset({"position", "role", "job", "post"})


def _ranked_things(words: _Words, norms: list[str], k: int, end: int) -> bool:
    """Whether the words from token ``k`` (after a rank's number, and another number joined to it: "Tier 2 and 3")
    are a plural noun that names no post: the rank is of things ("Tier 2 and 3 cities", "Band 1 suppliers")."""
    k = _skip_spaces(words, k, 1)
    if k + 1 < end and words.lower[k] in {"and", "or", "/", "-", ",", "to"}:
        number = _skip_spaces(words, k + 1, 1)
        if number < end and words.lower[number].isdigit():
            k = _skip_spaces(words, number + 1, 1)
    if k >= end or not words.alpha[k]:
        return False
    lower = words.lower[k]
    return (
        lower != norms[k]
        and lower.endswith("s")
        and norms[k] not in _POST_AFTER_RANK
        and norms[k] not in TITLE_HEADS
        and norms[k] not in LEXICON_SINGLES
        and norms[k] not in _GENERIC_HEADS
        and norms[k] not in _PERSONNEL_HEADS
    )


def _rank_posts(r: _Reader, sent: _Sent, roles: list[Mention], offset: int) -> list[Mention]:
    """A capitalised rank and its number where a move is told, as the post it names: "moving from a Tier 3 position
    to a Tier 4 position", "from Band 5 to Band 6" (a post word after it is part of the name)."""
    doc = sent.doc
    if not has_move_cue(_doc_norms(doc), sent.start, sent.end, _sent_norms(sent)):
        return []
    words = _words(doc)
    lowers = words.lower
    covered = {t for m in roles for t in range(m.i, m.j)}
    out: list[Mention] = []
    for k in range(sent.start, sent.end - 1):
        if lowers[k] not in _RANK_WORDS or k in covered or not r.text[offset + words.idx[k]].isupper():
            continue
        number = _skip_spaces(words, k + 1, 1)
        if number >= sent.end or not lowers[number].isdigit() or len(lowers[number]) > 2 or number in covered:
            continue
        if _ranked_things(words, _doc_norms(doc), number + 1, sent.end):
            continue  # "Tier 2 and 3 cities", "Tier 1 suppliers": a rank of places or firms, no post
        name = f"{lowers[k].capitalize()} {lowers[number]}"  # ("a Tier 3 position" and "Tier 3" are one post)
        end = number + 1
        after = _skip_spaces(words, end, 1)
        if after < sent.end and lowers[after] in _POST_AFTER_RANK:
            end = after + 1
        ranked = _mention(_new_role(name), doc, k, end, offset, known=False)
        out.append(ranked._replace(rule="mentions.rank-posts"))
        covered.update(range(k, end))
    return out


def _expansion(text: str, word: str) -> str | None:
    """The first title in ``text`` that is ``word`` and a title head ("Corp agents" for "Corp"), by its singular."""
    for match in re.finditer(rf"\b{re.escape(word)}[ \t]+([A-Za-z]+)\b", text):
        head = match.group(1)
        if word_norm(head.lower()) in TITLE_HEADS:
            return f"{word} {word_norm(head.lower())}"
    return None


def _target_titles(sent: _Sent, roles: list[Mention], offset: int) -> list[Mention]:
    """A bare title that a verb of movement leads to, or draws from: "become a qualified operator", "from pickers".

    After the verb and its particles, an article and words of praise ("qualified", "experienced"),
    a head word standing alone at the end of its phrase is the role; without an article it must
    be followed by punctuation or a function word ("promoted to buyer, and ..."). After "recruited
    from" and the like, every bare head of a list joined by "and" / "or" is one ("the best pickers
    and packers").
    """
    # (most words are none of those a bare title follows: only those are visited, none when the sentence has none;
    # that asked before anything else is made)
    if _norm_gates(sent).isdisjoint(_TARGET_LEADS) and "from" not in _sent_lowers(sent):
        return []
    doc = sent.doc
    norms = _doc_norms(doc)
    words = _words(doc)
    lowers = words.lower
    covered = {t for m in roles for t in range(m.i, m.j)}
    out: list[Mention] = []

    def bare(k: int, *, article: bool) -> bool:
        after = _skip_spaces(words, k + 1, 1)
        if k >= sent.end or k in covered or not words.alpha[k] or norms[k] in _NOT_TITLES:
            return False
        adverb = after < sent.end and lowers[after].endswith("ly") and len(lowers[after]) > 4
        if after < sent.end and words.alpha[after] and norms[after] not in STOP_WORDS and not adverb:
            return False  # "a qualified operations team": not a bare title
        if not article and lowers[k] == norms[k] and not (
            after >= sent.end or words.punct[after] or norms[after] in STOP_WORDS or adverb
        ):
            return False  # a singular without an article is a title only at the end of its phrase
        return norms[k] in TITLE_HEADS or norms[k] in LEXICON_SINGLES or _one_word_title(words, norms, k)

    def ranked(k: int) -> bool:
        """A rank word before a bare title: "senior allocator", "junior planner"."""
        if lowers[k] not in _RANK_SHIFTS or k in covered:
            return False
        head = _skip_spaces(words, k + 1, 1)
        return head < sent.end and head not in covered and bare(head, article=True)

    # "from A to B, then to supervisor": a word of order and "to" after a move already told lead to a later step
    onward = set() if _ONWARD_TO.isdisjoint(_lower_gates(sent)) else {
        k for k in range(sent.start + 2, sent.end - 2)
        if lowers[k] in _ONWARD_TO and lowers[_skip_spaces(words, k + 1, 1)] in {"to", "into"}
        and any(norms[x] in _TARGET_LEADS or lowers[x] == "from" for x in range(sent.start, k))
    }
    # (the words a bare title may follow, in order, picked out in C: "onward" holds only words of this range)
    span = range(sent.start, sent.end - 2)
    leads = itertools.compress(span, map(_TARGET_LEADS.__contains__, norms[sent.start : sent.end - 2]))
    froms = [k for k in span if lowers[k] == "from"] if "from" in _sent_lowers(sent) else ()
    for cue in sorted({*leads, *froms, *onward}):
        drawn = (norms[cue] in _DRAWN_FROM and "from" in lowers[cue + 1 : cue + 3]) or (
            norms[cue] in _STARTED and "as" in lowers[cue + 1 : cue + 3]  # "started out as drivers or loaders"
        )
        if lowers[cue] == "from":
            # "the jump from manager to department head": a bare title between "from" and "to"
            k = _skip_spaces(words, cue + 1, 1)
            if k < sent.end and lowers[k] in {"a", "an", "the"}:
                k = _skip_spaces(words, k + 1, 1)
            named = next((m.j for m in roles if m.i <= k < m.j), None)  # a title already read: "from cashier"
            after = _skip_spaces(words, (k + 1) if named is None else named, 1)
            listed: list[int] = []  # "from clerk, checker, or bagger to ...": the bare titles listed after the first
            x = after
            while x < sent.end and lowers[x] in {",", "or", "and"}:
                y = _skip_spaces(words, x + 1, 1)
                while y < sent.end and lowers[y] in {",", "or", "and", "a", "an", "the"}:
                    y = _skip_spaces(words, y + 1, 1)
                ends = next((m.j for m in (*roles, *out) if m.i == y), None)
                if ends is None and not (y < sent.end and y not in covered and bare(y, article=True)):
                    break
                if ends is None:
                    listed.append(y)
                x = _skip_spaces(words, (y + 1) if ends is None else ends, 1)
            if x < sent.end and lowers[x] in {"to", "into"} and x != after:
                after = x
            else:
                listed = []
            # ("From picker I became a team leader": an opening "from", a comma or a person after the title)
            opening = all(words.space[x] for x in range(sent.start, cue)) and after < sent.end and (
                words.punct[after] or lowers[after] in _PERSON_OF
            )
            if after >= sent.end or not (lowers[after] in {"to", "into"} or opening):
                continue
            if named is None and k not in covered and bare(k, article=True):
                out.append(_mention(_new_role(_new_role_name(doc, k, k + 1)), doc, k, k + 1, offset, known=False))
                covered.add(k)
            elif named is None and not any(m.i == k for m in out):
                continue
            for y in listed:
                out.append(_mention(_new_role(_new_role_name(doc, y, y + 1)), doc, y, y + 1, offset, known=False))
                covered.add(y)
            # "went from cashier to supervisor": a bare title after "to" is the other end
            y = _skip_spaces(words, after + 1, 1)
            if y < sent.end and lowers[y] in {"a", "an", "the"}:
                y = _skip_spaces(words, y + 1, 1)
            if lowers[after] in {"to", "into"} and y < sent.end and y not in covered and bare(y, article=True):
                out.append(_mention(_new_role(_new_role_name(doc, y, y + 1)), doc, y, y + 1, offset, known=False))
                covered.add(y)
            continue
        if (
            norms[cue] not in _SUBJECT_VERBS and norms[cue] not in _TARGET_NOUNS and not drawn and cue not in onward
        ) or cue in covered:
            continue
        k = _skip_spaces(words, cue + 1, 1)
        timed = time_phrase_end(norms, k, sent.end)
        if timed > k and timed < sent.end and lowers[timed] in {"to", "into"}:
            k = timed  # "promoted two weeks ago to supervisor": a time phrase before the particle
        # "promoting the fastest picker or the longest-serving associate": the object's list, as after "from"
        promoting = norms[cue] == "promote" and lowers[cue].endswith("ing") and lowers[k] not in _TARGET_PARTICLES
        drawn = drawn or promoting
        # (particles, adverbs and "stone" of "a stepping stone to": "is usually buyer", "stone to buyer")
        while k < sent.end and (
            lowers[k] in _TARGET_PARTICLES
            or norms[k] == "be"
            or lowers[k] == "stone"
            or (lowers[k].endswith("ly") and len(lowers[k]) > 4)
        ):
            k = _skip_spaces(words, k + 1, 1)
        article = k < sent.end and lowers[k] in {"a", "an", "the"}
        k = _praise_after(words, k, sent.end, article)
        while drawn and k < sent.end and lowers[k] in _IN_PLACE:  # "hired from existing staff": no title's word
            k = _skip_spaces(words, k + 1, 1)
        while k < sent.end and (k in covered or bare(k, article=article or drawn) or ranked(k)):
            if k in covered:  # a title already read: the list goes on after it
                k = max(m.j for m in roles if m.i <= k < m.j) if any(m.i <= k < m.j for m in roles) else k + 1
                k = _skip_spaces(words, k, 1)
            else:
                # "moving up to senior allocator": a rank word and a bare title are one title
                head = _skip_spaces(words, k + 1, 1) if ranked(k) else k
                out.append(_mention(_new_role(_new_role_name(doc, k, head + 1)), doc, k, head + 1, offset, known=False))
                covered.update(range(k, head + 1))
                k = _skip_spaces(words, head + 1, 1)
            # (a list goes on after "from", an object, or a verb's target: "become managers, buyers or planners")
            if k >= sent.end or lowers[k] not in {"and", "or", ","}:
                break
            k = _skip_spaces(words, k + 1, 1)
            k = _praise_after(words, k, sent.end, k < sent.end and lowers[k] in {"a", "an", "the"})
        if promoting and k < sent.end and lowers[k] in {"to", "into"}:
            # "promoting the quickest loader to driver": the destination may be a bare title too
            k = _skip_spaces(words, k + 1, 1)
            article = k < sent.end and lowers[k] in {"a", "an", "the"}
            k = _praise_after(words, k, sent.end, article)
            if k < sent.end and k not in covered and bare(k, article=article):
                out.append(_mention(_new_role(_new_role_name(doc, k, k + 1)), doc, k, k + 1, offset, known=False))
                covered.add(k)
    return out


def _praise_after(words: _Words, k: int, end: int, article: bool) -> int:
    """The token after an article and words of praise or superlatives ("the most experienced", "the fastest")."""
    lowers = words.lower
    if article:
        k = _skip_spaces(words, k + 1, 1)
    while k < end and (lowers[k] in PRAISE or lowers[k] in {"best", "top", "most", "strongest"} or superlative(
        lowers[k]
    )):
        k = _skip_spaces(words, k + 1, 1)
        if k + 1 < end and lowers[k] == "-" and superlative(lowers[k - 1]):
            k = _skip_spaces(words, k + 2, 1)  # "longest-tenured"
    return k


_TARGET_PARTICLES = frozenset({"to", "into", "up", "as", "be", "become", "from", "among", "onto", "on", "out", "off"})
#: nouns of movement whose target may be a bare title: "promotion to supervisor"
_TARGET_NOUNS = frozenset({"promotion", "advancement", "progression", "jump"})



_STARTED = frozenset(word_norm(w) for w in ("start", "started", "begin", "began"))
_DRAWN_FROM = frozenset(
    word_norm(w) for w in ("recruit", "hire", "draw", "promote", "select", "choose", "pick", "come", "came")
)


#: rank words that name the next rung of a role when they stand for a title: "the senior role"
_RANK_ROLES = frozenset({"senior", "lead", "principal", "chief", "head", "staff"})
_RANK_NOUNS = frozenset({"title", "role", "position", "level", "version", "post", "job"})


def _rank_of(r: _Reader, sent: _Sent, roles: list[Mention], offset: int) -> list[Mention]:
    """ "The natural progression for an account manager is the senior role": the senior account manager.

    A rank word before "title", "role" or "position", with no title of its own, names that rank
    of the role the sentence named last before it.
    """
    if _RANK_ROLES.isdisjoint(_lower_gates(sent)):
        return []
    doc = sent.doc
    words = _words(doc)
    norms = _doc_norms(doc)
    out = []
    for k in range(sent.start + 1, sent.end - 1):
        if words.lower[k] not in _RANK_ROLES or norms[k - 1] not in {"the", "a"}:
            continue
        n = _skip_spaces(words, k + 1, 1)
        if n < sent.end and norms[n] == "job":
            n = _skip_spaces(words, n + 1, 1)
        if n >= sent.end or norms[n] not in _RANK_NOUNS:
            continue
        before = [m for m in roles if m.j <= k]
        if not before or any(m.i <= k < m.j for m in roles):
            continue
        base = before[-1].name
        name = f"{words.lower[k].capitalize()} {base[:1].lower() + base[1:] if not base[:2].isupper() else base}"
        out.append(_mention(_new_role(name), doc, k, k + 1, offset, known=False))
    return out


#: head words of a page's subject that name people in general rather than one post
_PEOPLE_WORDS = frozenset({"practitioner", "practitioners", "professional", "professionals", "worker", "workers"})


def _current_rung(r: _Reader, target: Mention, *, page: bool) -> list[Mention]:
    """Where a move whose subject is a person starts: the paragraph's current rung, else (``page``) the page's role."""
    if r.position:
        # (a post among the alternatives where the career stands is a step told again, "Advance to A or B" then "aim
        # for an A or B position": no move between them)
        return [] if any(m.key == target.key for m in r.position) else list(r.position)
    if not page:
        return []
    here = r.section_role or r.subject
    if here is None or here.key == target.key or here.name.lower().rsplit(" ", 1)[-1] in _PEOPLE_WORDS:
        return []  # ("a career path for e-commerce practitioners" is about people, not one post)
    return [here]


def _distinct_roles(vocab: Vocabulary, ms: list[Mention]) -> list[Mention]:
    """The sentence's roles in order, one per stretch of text (the longer of two overlapping mentions)."""
    out: list[Mention] = []
    for m in [role for x in ms if (role := _as_role(vocab, x)) is not None]:
        if out and m.i < out[-1].j:
            if m.j - m.i > out[-1].j - out[-1].i:
                out[-1] = m
            continue
        out.append(m)
    return out


def _subject_titles(sent: _Sent, roles: list[Mention], offset: int) -> list[Mention]:
    """A bare title that is the subject of a verb of movement: "most pickers are promoted", "buyers may transition".

    The word must be shaped like a title (a head word or an agent noun such as picker) and be
    plural or follow a determiner, with only auxiliaries and adverbs between it and the verb.
    """
    if _SUBJECT_VERBS.isdisjoint(_norm_gates(sent)) and "go" not in _sent_norms(sent):
        return []
    doc = sent.doc
    norms = _doc_norms(doc)
    words = _words(doc)
    covered = {t for m in roles for t in range(m.i, m.j)}
    out: list[Mention] = []
    for cue in range(sent.start, sent.end):
        if cue in covered:
            continue
        if norms[cue] not in _SUBJECT_VERBS and not (norms[cue] == "go" and norms[cue + 1 : cue + 2] == ["on"]):
            continue  # ("go on to B": a verb of movement with its particle)
        k = cue - 1
        while k >= sent.start and (words.space[k] or (norms[k] in _AUXILIARIES or words.lower[k].endswith("ly"))):
            k -= 1
        k = _before_aside(words, k, sent.start)  # "Many agents, like Marco, move up to ..."
        infinitive = k > sent.start and words.lower[k] == "to"  # "opportunities for receptionists to progress"
        if infinitive:
            k = _skip_spaces(words, k - 1, -1)
        if k < sent.start or k in covered or not words.alpha[k] or norms[k] in GENERIC_SUBJECTS:
            continue
        shaped = norms[k] in TITLE_HEADS or norms[k] in LEXICON_SINGLES or _one_word_title(words, norms, k)
        before = _skip_spaces(words, k - 1, -1)
        if infinitive and (before < 0 or words.lower[before] != "for"):
            continue
        plural = words.lower[k] != norms[k]
        if not shaped or norms[k] in _NOT_TITLES or not (plural or (before >= 0 and norms[before] in _DETERMINERS)):
            continue
        out.append(_mention(_new_role(_new_role_name(doc, k, k + 1)), doc, k, k + 1, offset, known=False))
        covered.add(k)
    return out


#: words opening an aside of examples between a subject and its verb: "agents, like Marco, move up"
_ASIDE_OPENERS = frozenset({"like", "such", "including", "e.g.", "especially"})


def _before_aside(words: _Words, k: int, start: int) -> int:
    """The token before a comma-enclosed aside of examples that ends at token ``k`` (",  like Marco,"), else ``k``."""
    if k < start or words.lower[k] != ",":
        return k
    for x in range(k - 1, max(start, k - 8) - 1, -1):
        if words.lower[x] == ",":
            opener = _skip_spaces(words, x + 1, 1)
            if opener < k and words.lower[opener] in _ASIDE_OPENERS:
                return _skip_spaces(words, x - 1, -1)
            return k
    return k


def _head_subject(r: _Reader, m: Mention) -> Mention:
    """A title head alone as a move's subject ("Experienced managers can go on to B") is the post with that head where
    the career told stands ("... and from there to social media manager"), else the page's role with that head.
    """
    if m.j - m.i != 1:
        return m
    head = m.name.lower()
    for post in (*reversed(r.position), r.subject):
        if post is not None and post.key != m.key and post.name.lower().split()[-1:] == [head]:
            return m._replace(key=post.key, name=post.name, known=post.known, rule="transitions.head-subject")
    return m


def _entrants(r: _Reader, sent: _Sent, roles: list[Mention], offset: int) -> None:
    """People named by an agent noun as they enter a field: "newcomers who have just entered the industry".

    The plural agent noun (or one after a determiner) is the subject of enter, join, start or
    begin, whose object within three words is the industry, field, trade or profession.
    """
    doc = sent.doc
    norms = _doc_norms(doc)
    words = _words(doc)
    covered = {t for m in roles for t in range(m.i, m.j)}
    for cue in range(sent.start, sent.end):
        if norms[cue] not in _ENTRY_VERBS or _FIELDS.isdisjoint(norms[cue + 1 : cue + 4]):
            continue
        k = cue - 1
        while k >= sent.start and (words.space[k] or norms[k] in _AUXILIARIES or words.lower[k].endswith("ly")):
            k -= 1
        if k < sent.start or k in covered or not words.alpha[k] or norms[k] in GENERIC_SUBJECTS:
            continue
        before = _skip_spaces(words, k - 1, -1)
        plural = words.lower[k] != norms[k]
        if not _one_word_title(words, norms, k) or not (plural or (before >= 0 and norms[before] in _DETERMINERS)):
            continue
        entry = _new_role(_new_role_name(doc, k, k + 1))
        mention = _mention(entry, doc, k, k + 1, offset, known=False)._replace(rule="mentions.entrants")
        r.mentioned(mention)
        if _AT_THE_BOTTOM.search(sent.text) is not None:  # (transitions.entry-rung: read by the ladder told next)
            r.entrants = (mention, r.sentence_index)


#: where entrants start: the lowest rung of the ladder the page states ("start at the bottom", "from the grassroots")
_AT_THE_BOTTOM = re.compile(
    r"\b(?:start|starts|started|starting|begin|begins|began|begun|beginning)\s+(?:out\s+)?(?:from|at|on|in)\s+"
    r"(?:the\s+)?(?:very\s+)?(?:bottom|grass-?roots?|ground\s+floor|entry[\s-]+level|lowest\s+(?:level|rung|step|grade)"
    r"|first\s+(?:rung|step|level|grade))\b",
    re.I,
)


_ENTRY_VERBS = frozenset(word_norm(w) for w in ("enter", "entered", "join", "joined", "start", "begin", "break"))
_FIELDS = frozenset(
    word_norm(w) for w in ("industry", "field", "trade", "profession", "sector", "workforce", "business", "market")
)


_SUBJECT_VERBS = frozenset(
    {"promote", "advance", "progress", "rise", "climb", "graduate", "grow", "become", "move", "step", "transition"}
    # ("switch to B", "jump to B", "end up as B", "most A begin as B")
    | {"appoint", "bump", "switch", "jump", "end", "start", "begin"}
)
#: words of order that, before "to", lead on to a later step of a move already told ("..., then to supervisor")
_ONWARD_TO = frozenset({"then", "finally", "later", "eventually", "ultimately"})
#: the words _target_titles reads a bare title after (besides "from")
_TARGET_LEADS = _SUBJECT_VERBS | _TARGET_NOUNS | _DRAWN_FROM | _STARTED
_AUXILIARIES = frozenset(
    word_norm(w)
    for w in {"be", "can", "could", "may", "might", "will", "would", "should", "get", "often", "then", "usually"}
    | {"generally", "eventually", "later", "also", "normally", "commonly", "who", "must", "have", "soon", "quickly"}
    | {"typically", "just", "recently", "already", "that"}
)


def _heading_lists(r: _Reader, vocab: Vocabulary, sent: _Sent, ms: list[Mention], offset: int) -> None:
    """Roles listed under "Entry point from:", "Advancement to:", "Lateral moves:" move to or from the page's role.

    The roles may follow the heading on its line ("Advancement to: A, B") or stand on the list
    items under it (see :func:`_structure`, which opens the section).
    """
    here = r.section_role or r.subject
    direction = r.section if r.in_list else None
    if direction is not None and r.rungs is not None and r.rungs.own and "structure.list-ladder" not in r.disabled:
        return  # the list opens with the page's own role: structure.list-ladder reads it as a ladder
    text = sent.text
    label_end = 0
    if ":" in text or "：" in text:
        for pattern, kind in _MOVE_HEADINGS:
            if pattern.match(text):
                direction = kind
                break
        # "Top careers before merchandise planner: A, B" / "Jobs after X: ...": the label names its own role
        named = _BEFORE_AFTER.match(text)
        if named is not None:
            lo, hi = offset + sent.start_char + named.start("role"), offset + sent.start_char + named.end("role")
            inside = [m for m in ms if m.label is _ROLE and lo <= m.start and m.end <= hi]
            if inside:
                here, direction = inside[-1], "from" if named.group("when").lower() == "before" else "to"
                label_end = offset + sent.start_char + named.end()
    if direction == "lateral" and r.in_list and here is not None:
        here = _ladder_base(r, here)
    if here is None or direction not in _MOVE_SECTIONS:
        return
    kind = _LATERAL if direction == "lateral" else _PROMOTION
    roles = [x for x in (_as_role(vocab, m) for m in ms) if x is not None and x.key != here.key]
    roles = [m for m in roles if m.start >= label_end]
    lowers = sent.words.lower
    if roles and any(w in _ARROWS or w == "then" for w in lowers[roles[0].j : roles[-1].i]):
        # "Progression: A → B → C", "Next steps: A, then B": a chain, whose first rung (last, for entry points) is
        # the page's role's neighbour; the ladder and clause rules read the rest
        roles = roles[-1:] if direction == "from" else roles[:1]
    for role in roles:
        ev = r.sentence_evidence(sent, offset, role.start, role.end)
        years = _duration(r.text[ev["start"] : ev["end"]])
        if direction == "from":
            r.transition(role, here, kind, ev, years)
        else:
            r.transition(here, role, kind, ev, years)


_MOVE_SECTIONS = frozenset({"from", "to", "lateral"})
#: a field of work named for the post that does it: "Logistics coordination" is a logistics coordinator's work
_FIELD_AGENTS = {
    "management": "manager",
    "coordination": "coordinator",
    "supervision": "supervisor",
    "administration": "administrator",
    "instruction": "instructor",
    "inspection": "inspector",
    "oversight": "overseer",
    "analysis": "analyst",
}
#: a list item that is a field of work alone: one or two words before the field's noun ("Warehouse management")
_FIELD_ITEM = re.compile(
    r"(?P<unit>[A-Z][a-z]+(?:[ \t]+[a-z]+)?)[ \t]+(?P<field>" + "|".join(_FIELD_AGENTS) + r")[ \t]*[.;]?[ \t]*$", re.I
)


def _field_item(r: _Reader, vocab: Vocabulary, sent: _Sent, offset: int, line: Line) -> None:
    """A list item of a move section that names a field of work and no post ("Logistics coordination", "Operations
    oversight" under "Experienced drivers can advance to roles such as:") names the post doing it: the logistics
    coordinator, the operations overseer; it moves to or from the page's role as the section's posts do."""
    here = r.section_role or r.subject
    found = _FIELD_ITEM.match(r.text, line.content, line.end)
    if here is None or found is None or (r.section == "lateral" and _ladder_base(r, here) is not here):
        return
    entry = _new_role(f"{found['unit']} {_FIELD_AGENTS[found['field'].lower()]}")
    if entry.key == here.key:
        return
    a, b = found.start(), found.end("field")
    post = Mention(_ROLE, entry.key, entry.name, entry.key in vocab.entries, a, b, sent.start, sent.start)
    ev = r.evidence(a, b)
    kind = _LATERAL if r.section == "lateral" else _PROMOTION
    if r.section == "from":
        r.transition(post, here, kind, ev)
    else:
        r.transition(here, post, kind, ev)
#: a heading over ways off a ladder rather than up it: "Alternative paths", "Other routes"
_OFF_LADDER = re.compile(r"\b(?:alternative|other)\b", re.I)


def _ladder_base(r: _Reader, here: Mention) -> Mention | None:
    """The role an "Alternative paths" list under a ladder branches from: the ladder's first rung (the one role that
    starts a move read before and ends none), not the rung whose heading came last; None when no one rung is first."""
    start, end = r.section_heading
    targets = {b for _, b in r.facts.transitions}
    if here.key not in targets or not _OFF_LADDER.search(r.text, start, end):
        return here  # (not a rung above another, or a heading of lateral moves from the rung: "Lateral moves")
    bases = [m for a, m in r.move_sources.items() if a not in targets]
    return bases[0] if len(bases) == 1 else None


def _line_of(r: _Reader, sent: _Sent, offset: int) -> tuple[Line, bool]:
    """The line a sentence stands on, and whether the sentence opens it."""
    at = offset + sent.start_char
    line = r.line
    if line is None or not line.start <= at <= line.end:
        if r.breaks is None:
            r.breaks = line_breaks(r.text)
        line = r.line = line_at(r.text, at, r.breaks)
        if line.kind == "item" and "structure.needs-lists" not in r.disabled and _numbered_needs_heading(r.text, line):
            line = r.line = Line(line.start, line.end, "heading", line.content)
    # (markup blanked out before the sentence, "**Band 2: ...", still leaves it first on its line)
    return line, at <= line.content or (at - line.content < 8 and not r.text[line.content : at].strip(" \t*_`#>"))


_NUMBER_MARK = re.compile(r"[ \t]*\(?\d{1,2}[.)][ \t]")
_NEXT_LINE = re.compile(r"\n\s*(?P<line>[^\n]*)")
#: a heading closing on the name of a requirements or duties section: "Key Accountabilities", "Core Skills:"
_NEEDS_WORD_LAST = re.compile(
    r"\b(?:responsibilities|accountabilities|duties|skills|requirements|qualifications|tasks|competencies"
    r"|abilities)\s*[:：]?$",
    re.I,
)


def _numbered_needs_heading(text: str, line: Line) -> bool:
    """Whether a numbered line is a heading of the page's numbered parts that names a requirements or duties
    section ("1. Kennel Assistant Key Accountabilities", "2. Core Responsibilities"), a list with other markers,
    prose or a table under it: short, with no stop, and the next line no numbered item of its own list."""
    if _NUMBER_MARK.match(text, line.start, line.content) is None or line.end - line.content > 80:
        return False
    said = text[line.content : line.end].rstrip()
    if not said or len(said.split()) >= 10 or _NEEDS_WORD_LAST.search(said) is None or section_of(said) != "needs":
        return False  # (not "2. Advanced Skill Workers", a part of the workforce)
    following = _NEXT_LINE.match(text, line.end)
    return following is not None and _NUMBER_MARK.match(following["line"]) is None


@dataclass
class _Table:
    """A table being read: the columns of titles, years and duties, and the last row's role and years."""

    title: int | None
    years: int | None
    end: int
    duties: tuple[int, ...] = ()
    last: Mention | None = None
    #: every title the last row names (a cell may list several: "Picker, Packer")
    lasts: list[Mention] = field(default_factory=list)
    last_years: tuple[float, float] | None = None
    last_start: int = 0
    #: no header names the titles' column, but one of levels or years does: the first row tells which
    unsure: bool = False
    #: whether the rows are rungs in order: a column of years or levels, or words of a ladder above the table (a
    #: table of titles and their pay alone is no ladder)
    ladder: bool = True
    #: the role each header cell names, when the columns are roles ("| | Buyer | Planner |")
    columns: tuple[Mention | None, ...] = ()
    #: whether the table lists skills (its first header cell or the heading above it says so)
    skills: bool = False
    #: the columns whose header names pay ("Salary (£)"), and those whose header names a count ("Openings")
    pay: tuple[int, ...] = ()
    counts: tuple[int, ...] = ()
    #: the columns whose header names pay after tax ("Take-Home", "After Tax") beside another column
    net: tuple[int, ...] = ()
    #: the period each header cell names ("Hourly mean wage": hour), else None
    periods: tuple[str | None, ...] = ()
    #: the rungs a row of levels names column by column ("| Level | S2 — Specialist | S1 — Associate |"): column,
    #: role and level number, lowest level first (structure.level-columns)
    rungs: list[tuple[int, Mention, int]] = field(default_factory=list)
    #: where the row naming those rungs starts
    rungs_row: int = -1
    #: whether the first column names a skill on each row ("| Competency | Level |"): no title column (see
    #: requirements.skill-rows)
    skill_rows: bool = False
    #: the column whose header names each row's next post ("Next step", "Progression", "Leads to"): each row is a
    #: move of its own, from its title to that cell's titles, and the rows are no ladder
    next: int | None = None


#: a heading naming a measure of skill ("Skill Level", "Skills rating", "Competency score"): a fact sheet's field,
#: whose value is the line under it, not a list of skills
_MEASURE_FIELD = re.compile(
    r"\b(?:skills?|competenc(?:y|ies)|experience)\s+(?:levels?|ratings?|scores?|grades?|ranks?|bands?)\s*[:：]?\s*$",
    re.I,
)
#: a header naming pay after tax: "Take-Home", "Net pay", "After Tax"
_NET_COLUMN = re.compile(r"\b(?:take[- ]home|net(?:\s+(?:pay|salary|income))?|after[- ]tax)\b", re.I)
#: a header naming a count or a share, not money: "Openings (2024)", "Employed", "Job growth", "% change"
_COUNT_COLUMN = re.compile(
    r"\b(?:openings|vacancies|jobs|postings|listings|employ(?:ed|ment|ees)|headcount|workers|number|count|growth"
    r"|change|share|percent(?:age)?|rank(?:ing)?|hours|respondents|sample)\b|#",
    re.I,
)
_TITLE_COLUMN = re.compile(r"^(?:job |level |role |position )?(?:titles?|roles?|positions?|jobs?|job titles?)$", re.I)
_YEARS_COLUMN = re.compile(r"\b(?:years?|yoe|experience|tenure|time (?:in|at))\b", re.I)
_DUTIES_COLUMN = re.compile(
    r"\b(?:differentiators?|responsibilit(?:y|ies)|duties|skills?|competenc(?:y|ies)|expectations?|criteria|focus|"
    r"what (?:they|you) do)\b",
    re.I,
)
#: a header naming what a row's post needs or does in other words: "What it takes", "Requirements", "Key tasks",
#: "Qualities", "What you need", "Must-haves" (structure.needs-columns)
_NEEDS_COLUMN = re.compile(
    r"(?:(?:key|core|main|typical|essential|required|common|top|minimum)\s+)?"
    r"(?:requirements?|qualifications?|needs|knowledge|abilit(?:y|ies)|tasks?|accountabilit(?:y|ies)|qualities"
    r"|traits|strengths|capabilit(?:y|ies)|must[- ]haves?|know[- ]how|activities|what it takes"
    r"|what (?:they|you)(?:'ll| will)? need(?: to know)?|what'?s (?:needed|expected|required)|needed|required)",
    re.I,
)
#: an item of a table cell: up to a comma or semicolon that is not inside brackets ("Manages metrics (NRR, CSAT)")
_CELL_ITEM = re.compile(r"(?:[^;,|(]|\([^)|]*\)?)+")
_YEAR_RANGE = re.compile(r"(\d+(?:\.\d+)?)\s*\+?\s*(?:[-–—~]|to)\s*(\d+(?:\.\d+)?)|(\d+(?:\.\d+)?)\s*\+")
_PAREN = re.compile(r"\s*[(（][^)）]*[)）]")


def _structure(
    r: _Reader, vocab: Vocabulary, sent: _Sent, ms: list[Mention], offset: int, line: Line, first: bool
) -> tuple[int, int, bool] | None:
    """Keep the page's layout up to date at each sentence: its subject, the open section, tables, levels.

    Returns a requirement cue (token after it, importance, new skills allowed) when the sentence
    is an item of a requirements, skills or responsibilities list, else None.
    """
    text = r.text
    if first:
        r.needs_role = (r.list_role or r.section_role or r.subject) if r.section == "needs" else None
        r.answering = False
    if first and line.kind != "row" and _title_label_end(r, line) is not None:
        r.run("structure.job-title", _job_title_line, r, sent, ms, line)
    if first and r.subject is None:
        r.run("structure.subject", _subject_of_page, r, sent, ms, line)
    if line.kind != "row" and (
        r.level_open or (first and (line.kind == "heading" or (line.kind == "text" and line.end - line.start < 16)))
    ):
        r.run("structure.level-blocks", _level_block, r, sent, ms, line, first)
    if line.kind == "row":
        if first:
            r.run("structure.level-ladder", _table_row, r, vocab, sent, ms, offset, line)
        return None
    r.table = None
    if first and line.kind != "item":
        level = LEVEL_LINE.match(text, line.start, line.end) if line.end - line.start < 200 else None
        if level is None and line.end - line.start < 80:
            bare = LEVEL_LINE_BARE.match(text, line.start, line.end)
            # "L4 Area Manager": only when the words after the level are a title
            if bare is not None and any(
                m.label is _ROLE and m.start >= bare.start("title") and m.end >= bare.end("title") - 1
                for m in ms
            ):
                level = bare
        if level is not None:
            r.run("structure.level-ladder", _level_line, r, vocab, sent, ms, offset, level)
            return None
    if not first:
        return _needs_cue(r, sent, line) if r.in_list and r.step_item != line.start else None
    if line.kind == "heading":
        r.step_role = None
        kind = section_of(text[line.content : line.end])
        if kind is not None and line.start == 0 and not (kind == "needs" and _title_list(r, line)):
            kind = None  # (a title opens none)
        if kind == "needs" and "structure.ad-fields" not in r.disabled and negated_value(text, line.content, line.end):
            kind = None  # "Key certifications" / "None typically required": a fact sheet's value, no heading
        if kind == "needs" and "structure.ad-fields" not in r.disabled and (
            _MEASURE_FIELD.search(text, line.content, line.end)
            or (r.measure_field >= 0 and not text[r.measure_field : line.start].strip())
        ):
            # "Skill Level" / "Lower skill": a fact sheet's field of a measure, and its value on the line under it
            kind, r.measure_field = None, line.end
        roles = [m for m in ms if m.label is _ROLE]
        if kind == "needs" and not roles and _unbulleted_need(r, line):
            kind = None  # "Requirements" / "Numeracy" / "Knowledge of food safety": an item of the list, no heading
        if kind is None and not roles and r.level_posts and "structure.level-blocks" not in r.disabled:
            # "Level 5: Director or VP" ... "Alternative Paths": a heading of something else ends the level's lines
            r.section_role, r.level_posts = None, []
        if (
            kind == "needs"
            and "structure.needs-lists" not in r.disabled
            and _is_title(r, line)
            and not _title_list(r, line)
        ):
            kind = None  # "Duties and Skills of a Returns Clerk" names the page, it opens no list
        if kind is not None and not (kind == "needs" and r.section in _MOVE_SECTIONS and roles):
            r.section, r.in_list, r.list_role = kind, True, None
            r.section_heading = (line.start, line.end)
            r.asked = line.end if kind == "needs" and _asks(text[line.content : line.end]) else -1
            r.list_marked = r.duty_list = r.list_lines = False
            if kind in _MOVE_SECTIONS and roles and text.find(":", line.content, roles[0].start) >= 0:
                r.list_marked = True  # "Next step: Head Waiter": the list is on the label's line, no line under it
            # "Responsibilities", "Duties", "What you'll do": its items are duties, a verb opening each one
            r.duty_list = kind == "needs" and _DUTIES_HEADING.search(text, line.content, line.end) is not None
            if kind == "needs" and roles and "structure.needs-lists" not in r.disabled:
                r.run("structure.needs-lists", _heading_role, r, roles[0])  # "Skills you need as a buyer"
            return None
        if r.section in _MOVE_SECTIONS and roles and not r.list_marked and not text.startswith("#", line.start):
            return None  # an item without a marker: "Senior Product Manager" (after bulleted items, or as a "##"
            # heading, a post's title opens that post's own section: the page goes on to its next post)
        if kind is None and _announced_moves(r, sent, line, roles):
            return None  # "Experienced porters can advance to roles such as:" on a line of its own
        if kind is None and _announced_list(r, line, roles):
            return None  # "A technician's day usually involves:" / "The job involves –" on a short line of its own
        if (
            r.section == "needs"
            and r.in_list
            and line.start - r.section_heading[1] <= 1
            and not text[r.section_heading[0] : r.section_heading[1]].rstrip().endswith(_ANNOUNCING_ENDS)
            and not _unbulleted_run(r, line)
        ):
            return None  # a second heading line under the first ("Core Responsibilities" / "Primary Functions")
        if r.section == "needs" and r.in_list and not (
            (r.list_marked or r.list_lines) and "structure.needs-lists" not in r.disabled
        ):
            return _needs_cue(r, sent, line)  # (after bulleted items, a line without a bullet is a new heading)
        r.section, r.in_list = None, False
        main = max(roles, key=lambda m: m.end - m.start) if roles else None
        one = main is not None and all(main.start <= m.start and m.end <= main.end for m in roles)
        if main is not None and one and _is_heading(sent, ms):
            r.run("structure.role-sections", _role_section, r, main)  # "## Junior Buyer (0-2 years)"
        return None
    if line.kind == "item":
        if r.section is None and r.step_role is not None:
            # "Step 1: Master the Porter Role" / (prose) / "- Learn the building: ...": the step's post's needs
            r.section, r.list_role = "needs", r.step_role
        if r.step_role is not None and r.list_role is r.step_role and "structure.needs-lists" not in r.disabled:
            colon = text.find(":", line.content, line.end)
            need = text[line.content : colon].split()[1:] if colon > 0 else []
            while need and need[0] in {"at", "in", "on", "with", "for", "as"}:
                need = need[1:]
            if need and all(w[:1].isupper() and w.lower() not in {"the", "a", "an", "your"} for w in need):
                # "- Excel at Fire Safety: Walk the site. Check ...": a label naming the need itself (no article:
                # not "Learn the Building"); the sentences after it tell how to show it
                r.step_item = line.start
        if r.section is None:
            return None
        r.in_list = r.list_marked = True
        if r.section == "role":
            return _role_item(r, sent)
        return _needs_cue(r, sent, line)
    # "..., the core duties of a support agent typically include:" under "Responsibilities": a sentence naming a
    # role that announces the list under it is no item of the list before; it opens the role's list
    announcing = (
        r.section == "needs"
        and any(m.label is _ROLE for m in ms)
        and text[line.content : line.end].rstrip().endswith((":", "："))
        and "structure.needs-lists" not in r.disabled
    )
    if announcing:
        r.in_list = False
    if r.section == "needs" and r.in_list and not r.list_marked and "structure.run-on-items" not in r.disabled:
        items = run_on_items(text[line.content : line.end])
        if items:  # "Experience of X Strong Y skills Ability to Z": a list pasted as one line
            r.run_on = [(line.content + a, line.content + b) for a, b in items]
            r.list_lines, r.dash_run = True, False
            return _needs_cue(r, sent, line)
        items = _line_items(r, line)
        if items:  # "Pick orders; pack totes; load trailers." right under "Responsibilities:": one item a piece
            r.run_on, r.dash_run = items, False
            r.list_lines = True
            return _needs_cue(r, sent, line)
    r.run_on, r.dash_run = [], False
    if r.section == "needs" and r.in_list and not r.list_marked and _unmarked_item(r, sent, offset, line):
        if text[line.content : line.end].rstrip().endswith((":", "：")) and "structure.needs-lists" not in r.disabled:
            return None  # "To do well, candidates need a mix of skills:" announces the items under it, no item
        r.list_lines = True
        opening = text[line.content : min(line.end, line.content + 30)].split(maxsplit=1)
        if opening and opening[0][:1].isupper() and verb_base(opening[0].lower()) is not None:
            return None  # a duty in the imperative: requirements.imperative names it ("Review recordings")
        return _needs_cue(r, sent, line)  # "Qualifications" / "Strong organisational skills." / "..."
    asked, r.asked = r.asked, -1
    if (
        0 <= asked <= line.start
        and not text[asked : line.start].strip()
        and r.section == "needs"
        and "structure.answers" not in r.disabled
        and not text[line.content : line.end].rstrip().endswith((":", "："))
        and not _OTHER_LISTS.search(text, line.content, min(line.end, line.content + 400))
    ):
        # "Q: What does a host actually need?" / "A: A clear voice, a good memory for prices and ...": the answer's
        # first sentence lists what the role needs (its later sentences, and what follows it, are prose)
        r.in_list, r.section, r.answering = False, None, True
        if "structure.answer-prose" not in r.disabled and _answer_told(r, sent, ms, line):
            r.answering = False
            return None  # "Shift supervisors count the tills, ...": a sentence telling the duties, no list
        # "Since the job means dealing with guests, a good porter will need A, B and C": what the cue after the
        # role asks for is the answer, not the reasons before it
        for named in (True, False):
            cue = _cue_position(sent)
            while cue is not None and not (cue[0] - sent.start > 3 and _cue_subject(r, sent, ms, cue[0], named)):
                cue = _cue_position(sent, cue[0])
            if cue is not None:
                return cue
        return sent.start, 3, True
    said = text[line.content : line.end]
    if ":" in said or "：" in said:
        listed = r.run("structure.dash-items", _dash_list, r, sent, ms, offset, line)
        if listed is not None:  # "An SEO lead typically: - Focuses on ... - Guides ...": the items after the colon
            return listed if listed[0] >= 0 else None
    # prose ends a list; a sentence about a role's skills opens one ("The trainee builds research skills:")
    r.in_list = False
    r.section = None
    r.list_role = None
    roles = [m for m in ms if m.label is _ROLE]
    if _announced_moves(r, sent, line, roles):
        return None
    if _announced_list(r, line, roles):
        return None
    said = text[line.content : min(line.end, line.content + 400)]
    # "Most shops look for these qualifications in candidates:": a sentence naming no role that ends in a colon
    # announces the page's (or the last named) role's list when it names requirements
    announced = (
        not roles
        and line.end - line.content < 400
        and said.rstrip().endswith((":", "："))
        and (r.recent_role or r.section_role or r.subject) is not None
        and "structure.needs-lists" not in r.disabled
    )
    if (roles or announced) and names_section(said, "needs"):
        if "structure.needs-lists" not in r.disabled and _OTHER_LISTS.search(said):
            return None  # "one of the following degrees:", "in the following areas:" list no skills
        r.section, r.list_role = "needs", (roles[0] if roles else r.recent_role)
        r.list_marked = r.duty_list = r.list_lines = False
        r.asked = line.end if _asks(said) else -1
    return None


def _unbulleted_run(r: _Reader, line: Line) -> bool:
    """Whether a short line under a requirements heading stands in a run of lines without bullets: the line right
    under it holds words and no bullet ("Requirements" / "Numeracy" / "Customer service"), so it is the list's
    first item, not a second heading line over a list ("Core duties" / "(all shifts)" / "- Pick orders"); so is a
    line listing three or more pieces apart by commas, whatever follows it."""
    if "structure.needs-lists" in r.disabled or r.list_marked:
        return False
    text = r.text
    if text.count(",", line.content, line.end) >= 2:
        return True  # "Key Skills" / "Lead generation, cold calling, negotiation": a list on one line, no heading
    nxt = text.find("\n", line.end + 1)
    after = text[line.end + 1 : len(text) if nxt < 0 else nxt]
    return bool(after.strip()) and line_at(text, line.end + 1).kind in {"heading", "text"}


def _unbulleted_need(r: _Reader, line: Line) -> bool:
    """Whether a line read as a heading of needs is an item of the list without bullets it stands in: right under
    the heading or the item before it (no blank line between), in a list of no bullets, naming a need of its own
    beside the section's words ("Knowledge of allergen management", "Basic computer skills"; not "Key skills")."""
    if r.section != "needs" or not r.in_list or r.list_marked or "structure.needs-lists" in r.disabled:
        return False
    if line.start < 2 or r.text[line.start - 2] == "\n":
        return False  # (a blank line before it: a heading of its own)
    return names_a_need(r.text[line.content : line.end])


#: the words before a colon that announce a list of what a role does or needs: "typically", "duties include"
_DASH_ANNOUNCING = re.compile(
    r"\b(?:typically|usually|generally|normally|often|will|includes?|involves?|covers?|duties|tasks"
    r"|responsibilities|needs?|requires?|must|should|does|do)\s*$",
    re.I,
)


#: an item saying whom a post reports to: "Reports to the head porter", "Answers directly to the owner"
_REPORTS_TO = re.compile(r"(?:reports?|reporting|answers?)\s+(?:directly\s+|up\s+)?to\b", re.I)


def _dash_list(
    r: _Reader, sent: _Sent, ms: list[Mention], offset: int, line: Line
) -> tuple[int, int, bool] | None:
    """A list written inline after a colon, its items apart by dashes ("An SEO lead typically: - Focuses on ... -
    Guides ..."; see text_requirements.dash_items), or its first item only, behind a bullet, the others on the lines
    under it ("Here are a few of its duties: > Counting the float" / "> Banking the takings"): the role named before
    the colon (else, when the words there announce duties or needs, the one named just before) does or needs each
    item, read as an item of a requirements list is. Returns the cue the line's items are read with (a negative
    token when the sentence read now holds none of them), else None."""
    text = r.text
    said = text[line.content : line.end]
    found = dash_items(said)
    if found is not None:
        head_start, (head_end, spans) = 0, found
    else:
        first = inline_first_item(said)
        if first is None:
            return None
        head_start, spans = first
        head_end = said.rfind(":", 0, spans[0][0]) if ":" in said[: spans[0][0]] else said.rfind("：", 0, spans[0][0])
        if not names_section(said[head_start:head_end], "needs"):
            return None  # ("Note: > see below"): the words before the colon announce no duties or needs
    lo, hi = line.content + head_start, line.content + head_end
    head = [m for m in ms if m.label is _ROLE and lo <= m.start and m.end <= hi]
    role: Mention | None
    if head:
        role = head[0]
    elif _DASH_ANNOUNCING.search(text, lo, hi) or found is None:
        role = r.recent_role or r.section_role or r.subject
    else:
        return None
    if role is None:
        return None
    r.section, r.list_role, r.in_list, r.list_marked = "needs", role, True, True  # (an unbulleted line ends the list)
    r.duty_list, r.list_lines, r.dash_run = False, True, True
    # "Reports to SEO Managers": where the post stands, no duty
    r.run_on = [(line.content + a, line.content + b) for a, b in spans if not _REPORTS_TO.match(text, line.content + a)]
    r.section_heading = (line.start, hi)
    if r.run_on and r.run_on[0][0] >= offset + sent.end_char:
        return -1, 3, True  # (the list opens in a later sentence of the line: this one is read as prose)
    return sent.start, 3, True


def _cue_subject(r: _Reader, sent: _Sent, ms: list[Mention], after: int, named: bool) -> bool:
    """Whether the words right before a requirement cue name the role asked about (``named``), else the reader
    or the post ("a successful porter will need"; "you will need", "the role requires")."""
    lo = max(sent.start, after - 6)
    if named:
        role = r.list_role or r.section_role or r.subject
        return any(m.label is _ROLE and lo <= m.i < after and (role is None or m.key == role.key) for m in ms)
    return not {"you", "role", "job", "position", "post"}.isdisjoint(sent.words.lower[lo:after])


#: a heading of duties: "Responsibilities", "Key Duties", "What you'll do", "Day-to-day tasks"
_DUTIES_HEADING = re.compile(
    r"\b(?:responsibilit(?:y|ies)|dut(?:y|ies)|tasks|what you(?:'ll|’ll| will) do|day[- ]to[- ]day|job description)\b",
    re.I,
)


def _line_items(r: _Reader, line: Line) -> list[tuple[int, int]]:
    """The items of the first line under a requirements heading (a blank line between at most) that lists them
    with semicolons or in short sentences (see text_requirements.line_items), as character spans."""
    if r.list_lines or r.text.count("\n", r.section_heading[1], line.start) > 2:
        return []
    said = r.text[line.content : line.end]
    if ";" not in said and ". " not in said:
        return []
    return [(line.content + a, line.content + b) for a, b in line_items(said)]


#: the most words a line without a bullet may hold to be an item of the list under a requirements heading
_UNMARKED_ITEM_WORDS = 25


def _unmarked_item(r: _Reader, sent: _Sent, offset: int, line: Line) -> bool:
    """Whether a line without a bullet is an item of the list under a requirements heading: one short sentence
    on its own line, right under the heading or the item before it (no blank line between: prose is a
    paragraph apart), as ads pasted from a job board write their lists."""
    if "structure.needs-lists" in r.disabled or offset + sent.end_char < line.end - 1:
        return False
    if r.text.count("\n", max(0, line.start - 2), line.start) > 1 or line.start - 1 <= r.section_heading[0]:
        return False
    return sent.end - sent.start <= _UNMARKED_ITEM_WORDS


def _asks(line: str) -> bool:
    """Whether a line is a question ("**Q: What does a host actually need?**": Markdown's marks aside)."""
    return line.rstrip(" \t\r*_").endswith(("?", "？"))


def _announced_moves(r: _Reader, sent: _Sent, line: Line, roles: list[Mention]) -> bool:
    """Whether a sentence ending its line in a colon after a verb of movement and "to" announces the posts the page's
    role moves to, listed under it: "Experienced porters can advance to roles such as:", "... move into:" (not a
    list of duties or needs). Opens a list of those posts (structure.section-moves reads its items)."""
    text = r.text
    if line.end - line.content >= 300 or not text[line.content : line.end].rstrip().endswith((":", "：")):
        return False
    found = _MOVES_ANNOUNCED.search(text, max(line.content, line.end - 60), line.end)
    if found is None or r.subject is None or "structure.section-moves" in r.disabled:
        return False
    # (a verb of movement among the few words before "to": "can advance to", not "answer to", "offer ... to")
    lead = text[max(line.content, found.start() - 40) : found.start()].lower()
    before = [word_norm(w) for w in re.findall(r"[a-z]+", lead)][-4:]
    if not has_move_cue(before, 0, len(before)):
        return False
    # (the moving role named is the page's, or none: "Experienced porters can advance to ..." on a porter's page)
    if any(m.start >= found.start() or m.key != r.subject.key for m in roles):
        return False
    r.section, r.in_list, r.list_marked, r.list_role = "to", True, False, None
    r.section_heading = (line.start, line.end)
    return True


#: nouns of a kind of work and the post of the one who does it: "Warehouse management" is a warehouse manager's
_WORK_AGENTS = {
    "management": "manager", "coordination": "coordinator", "instruction": "instructor", "oversight": "overseer",
    "supervision": "supervisor", "administration": "administrator", "inspection": "inspector", "training": "trainer",
    "planning": "planner", "analysis": "analyst", "consulting": "consultant", "consultancy": "consultant",
    "scheduling": "scheduler", "dispatching": "dispatcher", "recruitment": "recruiter", "recruiting": "recruiter",
    "auditing": "auditor", "buying": "buyer", "estimating": "estimator", "surveying": "surveyor",
}  # fmt: skip
#: a list item of a field (one or two words, the first in capitals) and a noun of work: "Safety instruction"
_WORK_ITEM = re.compile(r"(?P<field>[A-Z][a-z]+(?:[ \t][a-z]+)?)[ \t]+(?P<work>[a-z]+)[ \t.;]*$")


def _work_post(r: _Reader, sent: _Sent, line: Line) -> Mention | None:
    """The post an item of a list of posts to move to (or from) names by the work done in a field ("Warehouse
    management", "Operations oversight"): the one who does it ("Warehouse manager", "Operations overseer")."""
    found = _WORK_ITEM.match(r.text, line.content, line.end)
    if found is None or found["work"] not in _WORK_AGENTS:
        return None
    if any(w.lower() in STOP_WORDS for w in found["field"].split()):
        return None  # ("More training": no field)
    entry = _new_role(f"{found['field']} {_WORK_AGENTS[found['work']]}")
    start, end = found.start(), found.end("work")
    return Mention(_ROLE, entry.key, entry.name, False, start, end, sent.start, sent.end, "structure.work-posts")


#: the words closing a sentence that announces the posts a move leads to: "advance to roles such as:", "into:"
_MOVES_ANNOUNCED = re.compile(
    r"\b(?:to|into)(?:\s+(?:the\s+following\s+)?(?:roles?|positions?|posts?|jobs?)(?:\s+(?:such\s+as|like|including))?)?"
    r"\s*[:：]\s*$",
    re.I,
)


def _announced_list(r: _Reader, line: Line, roles: list[Mention]) -> bool:
    """Whether a line ending in a colon (or a dash, "The job usually involves –") after words that announce what a
    role does opens a list of its duties: the role the line names, else the one named just before. Opens it."""
    text = r.text
    if line.end - line.content >= 600 or not text[line.content : line.end].rstrip().endswith(_ANNOUNCING_ENDS):
        return False
    announce = _ANNOUNCED_LIST.search(text, max(line.content, line.end - 80), line.end)
    if announce is None or "structure.needs-lists" in r.disabled:
        return False
    if announce.group("end") not in {":", "："} and (roles[0] if roles else r.recent_role or r.subject) is None:
        return False  # (a dash closes an announcement only about a role)
    if _POSTS_ANNOUNCED.search(text, max(line.content, line.end - 80), line.end) is not None:
        return False  # "Experienced drivers can advance to roles such as:": posts (or places) follow, not duties
    # "These tasks include:" / "Their work covers:" / "To become a teller you will need:": the items under it
    # (bulleted, or short lines right under it) are the role's duties or needs
    r.section, r.list_role, r.list_marked = "needs", (roles[0] if roles else r.recent_role), False
    r.duty_list = r.list_lines = False
    r.in_list = True
    r.section_heading = (line.start, line.end)
    return True


_ANNOUNCING_ENDS = (":", "：", "–", "—", "-")
#: a line ending in a colon (or a dash) after words that announce what a role does: "These processes include:"
_ANNOUNCED_LIST = re.compile(
    r"\b(?:includes?|including|involves?|covers?|consists? of|comprises?|such as|extended to|(?:duties|tasks"
    r"|responsibilities|processes|activities) (?:are|will be)|(?:will |would |also |usually )?(?:need|require)s?"
    r"|must have|should have|(?:look|looking) for"
    # "Their job descriptions read like this:", "The work is as follows:", "doing things like:"
    r"|like this|as follows|(?:things|tasks|duties|work|jobs) like)\s*(?P<end>[:：]|\s[-–—])\s*$",
    re.I,
)
#: an announcement of posts, fields or places of work, not of duties: "can advance to roles such as:"
_POSTS_ANNOUNCED = re.compile(
    r"\b(?:roles?|positions?|jobs?|posts?|job titles?|titles?|careers?|paths?|pathways|openings|vacancies|employers?"
    r"|companies|firms|industr(?:y|ies)|sectors?|settings?|workplaces?|places)"
    r"\s+(?:such as|like|including|includes?)\s*(?:[:：]|\s[-–—])\s*$",
    re.I,
)
#: a sentence announcing a list of things that are not skills
_OTHER_LISTS = re.compile(
    r"\bfollowing (?:degrees?|areas?|industr(?:y|ies)|sectors?|locations?|benefits?|perks?|subjects?|countries"
    r"|cities|categories|products?|companies|brands?|levels?|roles?|positions?|job titles?|titles?|markets?)\b",
    re.I,
)


#: a list item's marker opening a line: a bullet, or a number and a stop ("1.", "2)")
_ITEM_MARKER = re.compile(r"[ \t]*(?:[-*•–·▪►✓✔]|\d{1,2}[.)])[ \t]+\S")


#: a title naming what a good holder has: "Skills you need as a welder", "Top qualities of a great porter"
_TITLE_NEEDS = re.compile(
    r"\b(?:skills?|qualities|traits|attributes|characteristics|competenc(?:y|ies|e)|abilities|what it takes"
    r"|what makes|need|needs)\b",
    re.I,
)
#: a title naming a job description or its duties, which names the page rather than a list
_DESCRIPTION_TITLE = re.compile(r"\b(?:job description|jd|template|duties|responsibilit(?:y|ies)|role profile)\b", re.I)


def _title_list(r: _Reader, line: Line) -> bool:
    """Whether a page's title naming needs ("Top qualities of a great porter", "Skills you need as a welder") has
    a list right under it (a bulleted or numbered line next after blank lines): the title heads that list
    (structure.title-list), where a title otherwise opens none."""
    if "structure.title-list" in r.disabled:
        return False
    text = r.text
    title = text[line.content : line.end]
    if not _TITLE_NEEDS.search(title) or _DESCRIPTION_TITLE.search(title):
        return False  # ("Returns Clerk Job Description", "Duties of a Porter": the page's name, its parts under it)
    at = line.end
    while at < len(text) and text[at] in " \t\r\n":
        at = at + 1
    start = text.rfind("\n", 0, at) + 1
    return _ITEM_MARKER.match(text, start, min(len(text), start + 80)) is not None


def _is_title(r: _Reader, line: Line) -> bool:
    """Whether a heading is the page's title: its first line (or the one after a source line), naming its role."""
    return r.sentence_index <= 2 and r.subject is not None and line.start <= r.subject.start < line.end


#: "Key skills: ...", "Requirements - ...": a requirements label opening a line, its items after it
_INLINE_LABEL = re.compile(r"[ \t*#>•-]*(?P<label>[^:：\n]{3,40}?)\s*(?:[:：]|\s[-–—]\s)\s*(?=\S)")


def _may_label_inline(text: str, line: Line) -> bool:
    """Whether a line may open with a label that :func:`_inline_needs` reads (_INLINE_LABEL in its first 200
    characters): every match holds a colon or a dash between spaces, which most lines do not."""
    end = min(line.end, line.content + 200)
    return _has_colon(text, line.content, end) or _SPACED_DASH.search(text, line.content, end) is not None


def _inline_needs(r: _Reader, vocab: Vocabulary, sent: _Sent, ms: list[Mention], offset: int, line: Line) -> bool:
    """ "Key skills: stock rotation, rota planning": a requirements label and its items on one line, for the
    role the label names or the page's. Returns whether the line was read so."""
    text = r.text
    found = _INLINE_LABEL.match(text, line.content, min(line.end, line.content + 200))
    if found is None or found.group("label").count(" ") > 4:
        return False
    if _label_kind(found.group("label")) != "needs":
        if not _fact_label(r, found.group("label")):
            return False
        return bool(r.run("requirements.ad-field-values", _inline_items, r, vocab, sent, ms, offset, found))
    return _inline_items(r, vocab, sent, ms, offset, found)


def _inline_items(
    r: _Reader, vocab: Vocabulary, sent: _Sent, ms: list[Mention], offset: int, found: re.Match[str]
) -> bool:
    """The items after a line's label of needs (see :func:`_inline_needs`), for the role the label names or the
    page's. Returns whether the line was read so."""
    listed = r.list_role
    if listed is not None and listed.start >= found.end():
        listed = None  # (a role the value names, as the object of its duty, is not whose the value is)
    read = _label_value(r, vocab, sent, ms, offset, found, listed or r.section_role or r.subject, objects=True)
    if read is None:
        return False
    role, named, skills = read
    # (under a heading naming two posts side by side, "Ward Clerk/Medical Secretary", the line is both posts')
    both = not named and len(r.level_posts) > 1 and role is r.level_posts[0]
    _link(r, sent, offset, list(r.level_posts) if both else [role], skills, 4)
    r.section, r.in_list = None, False  # the list was on the line: the lines after it are not its items
    return True


def _label_value(
    r: _Reader,
    vocab: Vocabulary,
    sent: _Sent,
    ms: list[Mention],
    offset: int,
    found: re.Match[str],
    fallback: Mention | None,
    *,
    objects: bool,
) -> tuple[Mention, bool, list[Mention | Entry]] | None:
    """The items after a label of needs (``found``, an _INLINE_LABEL match) in a sentence: whose they are (the role
    the label names, else ``fallback``), whether the label named it, and the skills they name; None when no word
    follows the label, no role is at hand, or the value names a role (unless ``objects``: one that is the object of
    a duty the value states, see :func:`_object_role`). Read by :func:`_inline_items` and :func:`_sentence_needs`."""
    first = bisect.bisect_left(sent.words.idx, found.end() - offset)
    if first >= sent.end:
        return None
    in_label = [m for m in ms if m.label is _ROLE and m.start < found.end("label")]
    role = in_label[0] if in_label else fallback
    if role is None or any(
        m.label is _ROLE and m.i >= first and not (objects and _object_role(r, sent, first, m)) for m in ms
    ):
        return None
    return role, bool(in_label), _skills_in(vocab, sent, ms, first, offset, new=True, reword=_rewords(r))


def _object_role(r: _Reader, sent: _Sent, first: int, m: Mention) -> bool:
    """Whether a role named in a label's value is the object of a duty the value states, some words after its
    verb ("About the role: You will supervise a team of dispatch operatives, ..."), not the value's subject or an
    item of its own ("Roles: Picker, Packer")."""
    if m.i - first < 3:
        return False
    lowers = sent.words.lower
    return any(
        lowers[k - 1] in _BEFORE_DUTY_VERB and verb_base(lowers[k]) is not None for k in range(first + 1, m.i)
    )


#: the words before a verb of duty in a label's value: "You will supervise", "you'll plan", "to lead"
_BEFORE_DUTY_VERB = frozenset({"will", "'ll", "’ll", "to", "you", "and"})


#: a job ad's field of need named by one noun, its value after it ("Experience: 2 years in freight forwarding",
#: "Education: degree in nursing", "Certifications: CSCS card", "Languages: English and Polish")
_FACT_LABEL = re.compile(
    r"(?:(?:minimum|required|relevant|desired|preferred|work|educational|essential|desirable)\s+)?"
    r"(?:experience|education|certifications?|certificates?|licen[cs]es?|languages?|software|tools|tech(?:nologies)?)"
    r"(?:\s+(?:required|needed|preferred))?",
    re.I,
)


def _fact_label(r: _Reader, label: str) -> bool:
    """Whether a line's label is a job ad's field of need (_FACT_LABEL), read as a label of needs is (not on the
    lines of a level of a ladder, whose "Experience: 0-2 years" tells the level's years)."""
    if "requirements.ad-field-values" in r.disabled or r.level_open or r.level_posts:
        return False
    return _FACT_LABEL.fullmatch(label.strip(" *_")) is not None


def _sentence_needs(r: _Reader, vocab: Vocabulary, sent: _Sent, ms: list[Mention], offset: int, line: Line) -> bool:
    """ "Porters move patients. Key skills: fitness, punctuality.": a requirements label opening a later sentence
    of a line, its items after it, for the role the label names, else the one that opened the sentence before on
    the line, else the section's or the page's. Returns whether the sentence was read so."""
    text = r.text
    start = offset + sent.start_char
    found = _INLINE_LABEL.match(text, start, min(line.end, start + 200))
    if found is None or found.group("label").count(" ") > 4 or _label_kind(found.group("label")) != "needs":
        return False
    opener = r.opener if r.opener is not None and r.opener.start >= line.start else None
    fallback = opener or r.list_role or r.section_role or r.subject
    read = _label_value(r, vocab, sent, ms, offset, found, fallback, objects=False)
    if read is None:
        return False
    role, _, skills = read
    _link(r, sent, offset, [role], skills, 4)
    return True


#: what a short label says its items are (see text_structure.section_of); labels repeat from page to page
_label_kind = functools.lru_cache(maxsize=4096)(section_of)


def _heading_role(r: _Reader, role: Mention) -> None:
    """A requirements heading that names a role ("What skills does a buyer need?"): its list is that role's."""
    r.list_role = role


def _role_section(r: _Reader, role: Mention) -> None:
    """A heading that is a role's name ("## Junior Buyer (0-2 years)"): the list under it is about that role."""
    r.section, r.in_list, r.list_role, r.list_marked = "role", True, role, False
    r.duty_list = False


def _role_item(r: _Reader, sent: _Sent) -> tuple[int, int, bool] | None:
    """An item under a role's heading: a duty or skill of that role when it is worded as one (a verb of
    duty, or a short name); "Reports to: ..." or "Salary: ..." lines are not."""
    words = sent.words
    k = _skip_spaces(words, sent.start, 1)
    while k < sent.end and (words.punct[k] or words.space[k]):
        k += 1
    end = min(sent.end, k + 10)
    if k >= end:
        return None
    text = sent.doc.user_data["careergraph_text"]
    item = text[words.idx[k] : words.idx[end - 1] + words.length[end - 1]]
    if ":" in item[:30]:
        return None  # a labelled line ("Salary: ...", "Reports to: ...")
    names = skill_names(item)
    if not names or not (names[0].reworded or _activity_word(names[0].name)):
        return None
    return sent.start, 3, True


def _needs_cue(r: _Reader, sent: _Sent, line: Line) -> tuple[int, int, bool] | None:
    """The requirement cue a list item under a requirements heading stands for (the item's first word); an
    aside ("Note: ...") is prose, no item (structure.ad-fields)."""
    if r.section != "needs" or (r.list_role or r.section_role or r.subject or _level_title(r)) is None:
        return None
    if "structure.ad-fields" not in r.disabled and aside_label(r.text, line.content, min(line.end, line.content + 40)):
        return None
    return sent.start, 3, True


#: a job description's labelled title line: "Job title: Returns Clerk", "Position: Telecaller", "Vacancy - Picker"
_JOB_TITLE_LABEL = JOB_TITLE_LABEL
#: the words one of which every match of _JOB_TITLE_LABEL holds (a gate in front of its search)
_LABEL_WORDS = ("title", "position", "vacancy")
#: what may close the title on such a line: another label ("DIVISION:"), a separator or the line's end
_TITLE_VALUE = re.compile(r"(?P<title>[A-Za-z][\w&/.'’ -]{1,60}?)\s*(?=$|[|,;(]|\s[-–—]\s|\s+[A-Z]{3,}\b|\s{2,})")


def _title_label_end(r: _Reader, line: Line) -> int | None:
    """Where the title starts on a line a title label opens ("Job title: X", "About the job X"), else None."""
    if r.label_line is not None and r.label_line[0] == line.start:
        return r.label_line[1]  # (asked for each sentence of a line and by two rules: read once)
    text = r.text
    hi = min(line.end, line.content + 60)
    # (the case-blind search tries the pattern at every place of the window: asked only when it holds a label word)
    label = None if not _may_hold(text[line.content : hi], _LABEL_WORDS) else _JOB_TITLE_LABEL.search(
        text, line.content, hi
    )
    at = label.end() if label is not None else title_field(text, line.content, line.end)
    r.label_line = (line.start, at)
    return at


def _ad_title(r: _Reader, sent: _Sent, ms: list[Mention], offset: int, line: Line) -> list[Mention] | None:
    """A job ad's title read whole where a title line or a title label stands: written function last
    ("Manager, Account Management, <unit>": mentions.inverted-titles) or after a board's label ("About the job
    Host Live Streaming Team Lead": structure.job-title); the title's words name no other role."""
    if r.ad_title is None or r.ad_title[0] != line.start:
        r.ad_title = (line.start, _ad_title_span(r, ms, line))  # (a line may hold several sentences: read it once)
    found = r.ad_title[1]
    if found is None:
        return None
    start, end, written, rule = found
    at, until = offset + sent.start_char, offset + sent.end_char
    if start >= until or written <= at:
        return None
    out = [m for m in ms if m.label is not _ROLE or m.end <= start or m.start >= written]
    if not at <= start:
        return out
    words = [w if w.isupper() else w.lower() for w in r.text[start:end].split()]
    name = " ".join(words)
    name = name[:1].upper() + name[1:]
    idx = sent.words.idx
    i, j = bisect.bisect_left(idx, start - offset), min(bisect.bisect_left(idx, end - offset), sent.end)
    key = _slug(name)
    role = Mention(_ROLE, key, name, key in r.vocab.entries, start, end, i, max(j, i + 1), rule)
    r.mentioned(role)
    if written > end:  # the title as the ad writes it, with its unit or programme, is one of its names
        aliases = r.facts.nodes[key].setdefault("aliases", [])
        form = " ".join(r.text[start:written].split())
        if " / " in form:  # ("Front Desk Agent / Guest Service Agent": the other name)
            form = form.split(" / ", 1)[1]
        if form not in aliases:
            aliases.append(form)
    return [role, *out]


def _ad_title_span(r: _Reader, ms: list[Mention], line: Line) -> tuple[int, int, int, str] | None:
    """The title a title line or label line writes whole: (start, end, end of its written form, rule)."""
    text = r.text
    at = _title_label_end(r, line)
    if at is None:
        if line.kind != "heading":
            return None
        at = line.content
        while at < line.end and text[at] in "#*_>` \t":
            at += 1
    inverted = r.run("mentions.inverted-titles", inverted_title, text, at, line.end)
    if inverted is not None:
        return inverted.start, inverted.end, inverted.written, "mentions.inverted-titles"
    if at == line.content or "structure.job-title" in r.disabled:
        return None
    end = title_value(text, at, line.end)
    # only a title the rules read in part: a role ends where the title does and starts inside it
    if end is None or not any(m.label is _ROLE and m.end == end and m.start > at for m in ms):
        return None
    # "Front Desk Agent / Guest Service Agent": one post under two names, the first its name, the other an alias
    pieces = text[at:end].split(" / ")
    if len(pieces) == 2 and all(_titled(piece.split()) for piece in pieces):
        return at, at + len(pieces[0].rstrip()), end, "structure.job-title"
    return at, end, end, "structure.job-title"


#: a line's label naming another post's relation to the page's role: "Reports to: Ward Manager", "Manages: ..."
_RELATION_LABEL = re.compile(
    r"[ \t*_]*(?:reports?(?:ing)?(?: directly)? to|reporting line|line manager|(?:direct )?reports|manager|supervisor|"
    r"supervised by|managed by|manages|supervises|works? (?:closely )?with|liaises? with|department|team|"
    r"key (?:contacts|relationships))[ \t*_]*[:：]",
    re.IGNORECASE,
)


def _job_title_line(r: _Reader, sent: _Sent, ms: list[Mention], line: Line) -> None:
    """ "Job title: E-Commerce Operations Manager": the role the page (or, further down a page of several
    positions, the lines under it) is about; a title no other rule names ("Telecaller") is read whole."""
    at = _title_label_end(r, line)
    if at is None:
        return
    role = next((m for m in ms if m.label is _ROLE and m.start == at), None)
    if role is None:
        value = _TITLE_VALUE.match(r.text, at, line.end)
        title = value.group("title").strip() if value is not None else ""
        words = title.split()
        if not 1 <= len(words) <= 4 or not all(w[:1].isupper() for w in words) or not words[-1].isalpha():
            return  # not a title as job descriptions write one
        k = bisect.bisect_left(sent.words.idx, at - (r.text.find(sent.text, line.content) - sent.start_char))
        name = title[:1].upper() + title[1:].lower() if not title.isupper() else title.title()
        role = Mention(_ROLE, _slug(name), name, False, at, at + len(title), k, k + 1, "structure.job-title")
    r.mentioned(role)
    if r.subject is None or line.start < 3000:
        r.subject = role
    r.section_role = role


def _subject_of_page(r: _Reader, sent: _Sent, ms: list[Mention], line: Line) -> None:
    """The role a page is about: the one role its first heading names, or "As our X, you ..."."""
    roles = {m.key: m for m in ms if m.label is _ROLE}
    defined = _defined_role(r, ms, line) if line.kind == "text" and r.sentence_index <= _DEFINING_REACH else None
    if defined is not None:
        role = defined  # "The Category Lead (Team Manager) is the owner of ...": what the page goes on about
    elif len(roles) != 1 and not (line.kind == "heading" and r.sentence_index <= 3 and _HOW_TO.match(sent.text)):
        return
    elif len(roles) != 1:
        role = min(roles.values(), key=lambda m: m.start)  # "How to Hire Warehouse Supervisors and Team Leads"
    else:
        (role,) = roles.values()
    lead = r.text[line.content : role.start].lower().split()
    question = r.sentence_index <= 2 and line.end - line.start <= 100
    question = question and _WHAT_IT_IS.match(r.text, line.content, line.end) is not None
    if defined is not None or (line.kind == "heading" and r.sentence_index <= 3) or question:
        r.subject = role  # (the page's first line may ask about it: "What does a social media manager do?")
    elif lead and lead[0] == "as" and len(lead) <= 3 and ("you" in sent.text.lower() or "i " in sent.text.lower()):
        r.subject = role
    elif line.kind == "text" and r.sentence_index <= _DEFINING_REACH and _SOUGHT_ROLE.search(
        r.text, max(line.content, role.start - 40), role.start
    ):
        r.subject = role  # "Our team is looking for an Operations Manager to own ...": the post a job ad fills
    else:
        return
    if r.section_role is None:
        r.section_role = role
    r.node(role, r.evidence(role.start, role.end))


#: a guide's title about one post: "How to Hire Warehouse Supervisors and Team Leads", "How to become a buyer"
_HOW_TO = re.compile(r"[\W\d]*how to (?:hire|recruit|become|be|find|interview|train|promote|onboard)\b", re.I)
#: the words before the post a job ad fills: "we are looking for a", "is hiring an", "seeks an experienced"
_SOUGHT_ROLE = re.compile(
    r"(?:\b(?:we|we're|we’re|is|are|currently|now)\s+(?:actively\s+|currently\s+|now\s+)?"
    r"(?:looking for|seeking|hiring|recruiting|searching for|on the lookout for)|\bseeks)\s+"
    r"(?:an?|one|two|our next|a new|an experienced|a talented|a skilled|a motivated)?\s*(?:\w+\s+)?$",
    re.I,
)
#: a first line asking what a post is or does: "What does a social media manager do?", "What is a buyer?"
_WHAT_IT_IS = re.compile(r"[ \t#*]*(?:what|who)(?:'s|\s+is|\s+are|\s+does\s+[^?\n]{3,60}\s+do)\b[^?\n]{0,60}\?", re.I)
#: how many sentences into a page its defining sentence may stand ("The X is ...": a page opens with it)
_DEFINING_REACH = 8
#: what may stand before the role of a defining sentence
_DEFINING_LEAD = frozenset({"the", "a", "an", "our", "this", "your"})
#: the verb after the role of a defining sentence: a copula, or a verb of holding a remit
_DEFINING_VERBS = frozenset(
    {"is", "are", "will", "holds", "hold", "owns", "own", "oversees", "oversee", "plays", "play", "sits", "acts",
     "serves", "has", "have"}
)
_BRACKETED = re.compile(r"\s*[(（][^)）\n]{0,60}[)）]")


def _defined_role(r: _Reader, ms: list[Mention], line: Line) -> Mention | None:
    """The role a line's opening sentence defines: its subject at the line's start, a copula or a verb of
    holding a remit after it ("The Category Lead (Team Manager) is the owner of ...", "A returns clerk holds
    ..."); only a bracket may stand between the two."""
    roles = [m for m in ms if m.label is _ROLE]
    if not roles:
        return None
    role = min(roles, key=lambda m: m.start)
    lead = r.text[line.content : role.start].split()
    if len(lead) > 1 or (lead and lead[0].lower() not in _DEFINING_LEAD):
        return None
    at = role.end
    bracket = _BRACKETED.match(r.text, at, min(line.end, at + 70))
    if bracket is not None:
        at = bracket.end()
    verb = r.text[at : min(line.end, at + 20)].split()
    if verb and verb[0].lower() in _DEFINING_VERBS:
        return role
    # "Drone Pilots inspect sites ...": a page's first sentence saying what the post's holders do (in the plural,
    # with the verb's base form; "A florist opens the shop at eight" tells a story)
    if not verb or r.sentence_index > 1 or lead or "structure.duty-subject" in r.disabled:
        return None
    word, written = verb[0].lower(), r.text[role.start : role.end]
    return role if written.endswith("s") and verb_base(word) == word else None


def _role_at(r: _Reader, vocab: Vocabulary, sent: _Sent, ms: list[Mention], lo: int, hi: int) -> Mention | None:
    """The role a cell or level line names between chars ``lo`` and ``hi``: a role found there, or its text.

    A title with a short qualifier ("CSM (Mid-market)") is named with it: the qualifier tells levels apart.
    """
    inside = [m for m in ms if m.label is _ROLE and lo <= m.start and m.end <= hi]
    written = r.text[lo:hi].strip(" *_`:-–—")
    if inside and (len(written.split()) > 6 or written == r.text[inside[0].start : inside[0].end]):
        return inside[0]
    if len(written.split()) > 6:
        written = _PAREN.sub("", written).strip()
    words = written.split()
    if not words or len(words) > 6 or not any(ch.isalpha() for ch in written):
        return None
    name = " ".join(words)
    name = name[:1].upper() + name[1:]
    last = words[-1].lower()
    if len(words) <= 3 and last.endswith("s") and word_norm(last) in TITLE_HEADS and word_norm(last) != last:
        name = name[: len(name) - len(words[-1])] + words[-1][: len(word_norm(last))]  # "Representatives"
    entry = _new_role(name)
    start = lo + r.text[lo:hi].find(words[0])
    end = lo + r.text[lo:hi].rfind(words[-1]) + len(words[-1])
    return Mention(_ROLE, entry.key, entry.name, entry.key in vocab.entries, start, end, sent.start, sent.start)


def _years_in(text: str) -> tuple[float, float] | None:
    """ "0–2", "2-4 years", "10+", "3 to 5" as a span of years (an open end counts as its number)."""
    found = _YEAR_RANGE.search(text)
    if found is None:
        return _duration(text)
    if found.group(3) is not None:
        n = float(found.group(3))
        return n, n
    return float(found.group(1)), float(found.group(2))


#: the first header cell of a table whose rows are named by skills, one each: "Competency", "Key skills",
#: "Requirement", "Qualification", "Knowledge area" (a column of levels or weights beside it)
_SKILL_ROWS = re.compile(
    r"(?:(?:key|core|required|essential|technical|soft|main)\s+)?(?:skills?|competenc(?:y|ies|e)|requirements?"
    r"|qualifications?|criteri(?:on|a)|abilit(?:y|ies)|knowledge(?:\s+areas?)?|skills?\s+area)",
    re.I,
)
#: a header that names titles in other words: "Typical title", "Example roles"
_TITLE_WORD = re.compile(r"\b(?:titles?|roles?|positions?)\b", re.I)
#: a header of levels or stages, whose cells may be titles: "Level", "Career stage", "Tier"
_LEVEL_COLUMN = re.compile(r"\b(?:levels?|stages?|tiers?|grades?|ranks?|steps?|rungs?|bands?)\b", re.I)
#: a header naming the post a row's title moves to: "Next step", "Next role", "Progression", "Promotion to", "Leads to"
_NEXT_COLUMN = re.compile(
    r"(?:(?:typical|common|possible|usual|likely|natural)\s+)?(?:next\s+(?:steps?|roles?|jobs?|posts?|positions?|levels?"
    r"|moves?|rungs?)(?:\s+up)?|(?:career\s+)?progression(?:\s+(?:to|routes?|paths?|options?))?|promotions?(?:\s+to)?"
    r"|(?:can\s+)?(?:leads?|moves?|progress(?:es)?|promoted|advances?)\s+to|where next|moves? up to)",
    re.I,
)
#: words above a table that make its rows a ladder
_LADDER_CONTEXT = re.compile(
    r"\b(?:ladders?|career (?:path|map|track|progression)s?|progression|hierarch(?:y|ies)|promotions?|advancement"
    r"|levels?|grades?|tiers?|seniority|structure|in order|from (?:entry|junior)|rungs?)\b",
    re.I,
)


def _titles_column(ms: list[Mention], cells: list[tuple[int, int]], years: int | None) -> int | None:
    """The column of a table's first row whose cell is a job title (a role named in it, filling most of it)."""
    for k, (lo, hi) in enumerate(cells):
        if k == years:
            continue
        inside = [m for m in ms if m.label is _ROLE and lo <= m.start and m.end <= hi]
        if inside and sum(m.end - m.start for m in inside) >= (hi - lo) // 2:
            return k
    return None


def _table_row(r: _Reader, vocab: Vocabulary, sent: _Sent, ms: list[Mention], offset: int, line: Line) -> None:
    """A table whose rows are levels: consecutive rows' titles are promotions; a row's years come before the next."""
    text = r.text
    cells = table_cells(text, line)
    values = [text[a:b] for a, b in cells]
    if values and all(set(v) <= set("-:= ") for v in values):
        if r.table is not None:
            r.table.end = line.end
        return
    table = r.table
    if table is None or line.start - table.end > 1:
        # "| Role | Next step |": each row moves from its title to its next post (not row to row)
        onward = next((k for k, v in enumerate(values) if k and _NEXT_COLUMN.fullmatch(v.strip(" *_:?"))), None)
        title = next((k for k, v in enumerate(values) if _TITLE_COLUMN.match(v.strip(" *_"))), None)
        years = next((k for k, v in enumerate(values) if _YEARS_COLUMN.search(v)), None)
        if title is None:  # "Typical title", "Example job title" (not "Years in role")
            title = next(
                (
                    k
                    for k, v in enumerate(values)
                    if k not in {years, onward} and _TITLE_WORD.search(v) and len(v.split()) <= 4
                ),
                None,
            )
        duties = tuple(
            k
            for k, v in enumerate(values)
            if k not in {title, years}
            and (
                _DUTIES_COLUMN.search(v)
                or ("structure.needs-columns" not in r.disabled and _NEEDS_COLUMN.fullmatch(v.strip(" *_:?")))
            )
        )
        r.table = _Table(title, years, line.end, duties)
        # "| Competency | Level |", "| Skill | Importance |": each row is named by a skill (of the page's role)
        first_header = values[0].strip(" *_:") if values else ""
        r.table.skill_rows = title is None and len(values) >= 2 and _SKILL_ROWS.fullmatch(first_header) is not None
        r.table.next = onward if title is not None and onward is not None and onward > title else None
        r.table.ladder = r.table.next is None and (
            years is not None
            or any(_LEVEL_COLUMN.search(v) for v in values)
            or _LADDER_CONTEXT.search(text, max(0, line.start - 400), line.start) is not None
        )
        r.table.pay = tuple(k for k, v in enumerate(values) if _PAY_WORDS.search(v) or _HEADING_CURRENCY.search(v))
        r.table.counts = tuple(
            k for k, v in enumerate(values) if k not in r.table.pay and _COUNT_COLUMN.search(v) and k != title
        )
        net = tuple(k for k, v in enumerate(values) if _NET_COLUMN.search(v))
        r.table.net = net if len(values) - len(net) >= 2 else ()  # ("| City | Average | Take-Home |")
        r.table.periods = tuple(_named_period(v) for v in values)
        if title is None and "structure.role-columns" not in r.disabled:
            r.run("structure.role-columns", _role_columns, r, r.table, ms, cells, values)
        if title is None and (years is not None or any(_LEVEL_COLUMN.search(v) for v in values)):
            # a column of levels or stages may hold the titles: the first row tells (see _titles_column)
            r.table.unsure = True
        return
    table.end = line.end
    if table.columns and table.title is None:
        r.run("structure.role-columns", _column_skills, r, sent, offset, table, cells, values)
    if table.title is None and table.unsure:
        table.unsure = False
        table.title = _titles_column(ms, cells, table.years)
    if table.title is None and values and "structure.level-columns" not in r.disabled:
        r.run("structure.level-columns", _level_columns, r, vocab, sent, ms, table, cells, values, line)
        if table.rungs and table.rungs_row != line.start:
            r.run("requirements.level-cells", _level_cells, r, sent, offset, table, cells)
    if table.title is None and not table.columns and table.skill_rows and "requirements.skill-rows" not in r.disabled:
        owner = r.section_role or r.subject
        if owner is not None and cells:
            r.run("requirements.skill-rows", _cell_duties, r, sent, offset, owner, cells[:1])
    if table.title is None or table.title >= len(cells):
        return
    lo, hi = cells[table.title]
    # a cell listing several titles of one level ("Picker, Packer"): each is a rung of the row
    pieces = [(lo + p.start(), lo + p.end()) for p in _TITLE_ITEM.finditer(r.text[lo:hi])]
    several = len(pieces) > 1 and all(_titled(r.text[a:b].split()) for a, b in pieces)
    found = [_role_at(r, vocab, sent, ms, a, b) for a, b in (pieces if several else [(lo, hi)])]
    roles = [m for m in found if m is not None]
    if not roles:
        return
    role = roles[0]
    for m in roles:
        r.node(m, r.evidence(m.start, m.end))
    stated = _years_in(values[table.years]) if table.years is not None and table.years < len(values) else None
    if table.next is not None and table.next < len(cells):
        _next_cell(r, vocab, sent, ms, roles, cells[table.next], line, stated)
    ev = r.evidence(table.last_start, line.end)
    for last in (table.lasts or ([table.last] if table.last is not None else [])) if table.ladder else []:
        for m in roles:
            if last.key != m.key:
                r.transition(last, m, _PROMOTION, ev, table.last_years)
    table.last, table.last_years, table.last_start = role, stated, line.start
    table.lasts = roles
    if table.duties:
        duty_cells = [cells[k] for k in table.duties if k < len(cells)]
        r.run("requirements.section", _cell_duties, r, sent, offset, role, duty_cells)


def _next_cell(
    r: _Reader,
    vocab: Vocabulary,
    sent: _Sent,
    ms: list[Mention],
    roles: list[Mention],
    cell: tuple[int, int],
    line: Line,
    stated: tuple[float, float] | None,
) -> None:
    """A row of a table with a next-post column ("| Labourer | Site Supervisor |"): the row's title moves to each
    title the cell names ("Senior Developer, Tech Lead": both); the row's years are those before the move."""
    lo, hi = cell
    pieces = [(lo + p.start(), lo + p.end()) for p in _TITLE_ITEM.finditer(r.text[lo:hi])]
    several = len(pieces) > 1 and all(_titled(r.text[a:b].split()) for a, b in pieces)
    found = [_role_at(r, vocab, sent, ms, a, b) for a, b in (pieces if several else [(lo, hi)])]
    ev = r.evidence(line.start, line.end)
    for target in found:
        if target is None:
            continue
        r.node(target, r.evidence(target.start, target.end))
        for m in roles:
            if m.key != target.key:
                r.transition(m, target, _PROMOTION, ev, stated)


#: the label of a table row whose cells are levels' titles: "Level", "Job title", "Role"
_LEVELS_ROW = re.compile(r"(?:job )?(?:levels?|titles?|job titles?|roles?|positions?|grades?|rungs?|ranks?)", re.I)
#: a level's code in a cell beside its title: "S3", "L2", "P4", "Level 2", "Grade 3", "Band 1"
_LEVEL_CODE = re.compile(r"\b(?:[A-Z]{1,2}|Level |Grade |Band |Tier )(\d{1,2})\b")


def _level_columns(
    r: _Reader,
    vocab: Vocabulary,
    sent: _Sent,
    ms: list[Mention],
    table: _Table,
    cells: list[tuple[int, int]],
    values: list[str],
    line: Line,
) -> None:
    """A table whose columns are levels: a row labelled "Level" (or "Title", "Role") names one title per column
    beside its level's code ("S3 · S3 — Senior Support Specialist"); by their codes' numbers, each level's title
    moves to the next one's. A row labelled with years ("Typical years | 3–5 | 1–3") gives the years each level
    is held, those of its move up."""
    label = values[0].strip(" *_:")
    if table.rungs and _YEARS_COLUMN.search(label):
        for (k, low, _), (_, high, _) in itertools.pairwise(table.rungs):
            years = _years_in(values[k]) if k < len(values) else None
            record = r.facts.transitions.get((low.key, high.key))
            if years is not None and record is not None and "years_max" not in record:
                record["years_min"], record["years_max"] = years
        return
    if table.rungs or not _LEVELS_ROW.fullmatch(label) or len(cells) < 3:
        return
    rungs: list[tuple[int, Mention, int]] = []
    for k, (lo, hi) in enumerate(cells[1:], 1):
        inside = [m for m in _distinct_roles(vocab, ms) if lo <= m.start and m.end <= hi]
        code = _LEVEL_CODE.search(r.text, lo, inside[0].start) if len(inside) == 1 else None
        if code is None:
            return  # (every column must name one title and its level)
        rungs.append((k, inside[0], int(code.group(1))))
    if len({n for _, _, n in rungs}) != len(rungs):
        return
    rungs.sort(key=lambda rung: rung[2])
    table.rungs, table.rungs_row = rungs, line.start
    ev = r.evidence(line.start, line.end)
    for _, m, _ in rungs:
        r.mentioned(m)
    for (_, low, _), (_, high, _) in itertools.pairwise(rungs):
        r.transition(low, high, _PROMOTION, ev)


def _level_cells(r: _Reader, sent: _Sent, offset: int, table: _Table, cells: list[tuple[int, int]]) -> None:
    """A row under the row of levels of a table whose columns are levels ("| Decision rights | Resolves standard
    cases; escalates complex |"): each item of a cell that opens with a verb of duty ("owns improvements", "Follows
    defined procedures") is a duty of its column's title; an item naming no duty ("Close supervision", "3–5") is
    none, nor is how one works ("Works independently")."""
    text = r.text
    for k, role, _ in table.rungs:
        if k >= len(cells):
            continue
        lo, hi = cells[k]
        duties: list[tuple[int, int]] = []
        for item in _CELL_ITEM.finditer(text, lo, hi):
            first = _WORD_AT.match(item.group(), len(item.group()) - len(item.group().lstrip()))
            if first is None:
                continue
            word = first.group().lower()
            if len(word) > 3 and word.endswith("s") and word != "works" and verb_base(word) is not None:
                duties.append((item.start(), item.end()))
        if duties:
            _cell_duties(r, sent, offset, role, duties)


#: a word at a position: the first word of a table cell's item
_WORD_AT = re.compile(r"[A-Za-z]+")


def _role_columns(
    r: _Reader, table: _Table, ms: list[Mention], cells: list[tuple[int, int]], values: list[str]
) -> None:
    """A header row whose cells are roles ("| Skill | Buyer | Planner |"): each column belongs to its role."""
    columns: list[Mention | None] = []
    for lo, hi in cells:
        inside = [m for m in ms if m.label is _ROLE and lo <= m.start and m.end <= hi]
        columns.append(inside[0] if len(inside) == 1 and inside[0].end - inside[0].start >= (hi - lo) // 2 else None)
    if sum(m is not None for m in columns) >= 1 and columns[0] is None:
        table.columns = tuple(columns)
        table.skills = bool(values and _SKILLS_WORD.search(values[0])) or r.section == "needs"
        for m in columns:
            if m is not None:
                r.node(m, r.evidence(m.start, m.end))


_SKILLS_WORD = re.compile(r"\b(?:skills?|competenc(?:y|ies)|abilities|strengths|requirements?|duties)\b", re.I)


def _column_skills(
    r: _Reader, sent: _Sent, offset: int, table: _Table, cells: list[tuple[int, int]], values: list[str]
) -> None:
    """A row of a table whose columns are roles: in a table of skills (or a row saying so), each cell's skills."""
    if not (table.skills or (values and _SKILLS_WORD.search(values[0]))):
        return
    for k, cell in enumerate(cells):
        role = table.columns[k] if k < len(table.columns) else None
        if role is not None:
            _cell_duties(r, sent, offset, role, [cell])


def _column_role(r: _Reader, line: Line, at: int) -> Mention | None:
    """The role of the table column that char ``at`` of a row stands in (see _role_columns)."""
    table = r.table
    if table is None or not table.columns:
        return None
    for k, (lo, hi) in enumerate(table_cells(r.text, line)):
        if lo <= at < hi + 1:
            return table.columns[k] if k < len(table.columns) else None
    return None


def _cell_duties(r: _Reader, sent: _Sent, offset: int, role: Mention, cells: list[tuple[int, int]]) -> None:
    """Each item of a duties or criteria cell ("Manages onboarding; drives adoption") is a skill of the row's role."""
    doc = sent.doc
    words = _words(doc)
    text = r.text
    skills: list[Mention | Entry] = []
    for lo, hi in cells:
        for item in _CELL_ITEM.finditer(text, lo, hi):
            written = item.group().strip(" .")
            if not written or len(written.split()) > 6 or not any(ch.isalpha() for ch in written):
                continue
            start = item.start() + (len(item.group()) - len(item.group().lstrip(" ")))
            end = start + len(written)
            i = bisect.bisect_left(words.idx, start - offset)
            if _rewords(r):
                reworded = doc.user_data.setdefault("careergraph_reworded", {})
                for name in skill_names(written):
                    entry = _named_skill(name.name)
                    at, to = start + name.start, start + name.end
                    skills.append(Mention(entry.label, entry.key, entry.name, False, at, to, i, i + 1))
                    if name.reworded:
                        reworded[at, to, entry.key] = name.alias
                continue
            entry = _new_skill(written)
            skills.append(Mention(entry.label, entry.key, entry.name, False, start, end, i, i + 1))
    _link(r, sent, offset, [role], skills, 3)


# --- tables whose cells are glued end to end ---------------------------------------------------------------------

#: a place where two cells of a table flattened without separators meet: a lower-case word run straight into a
#: capital ("LabourerCarry", "Main DutiesWhat"; three lower-case letters before it, so that "eBay" and "YouTube" are
#: kept whole), or a cell's closing stop or bracket run straight into the next cell's capital or digit ("clear
#: waste.Fitness", "(CSCS card).Labourer", "check the work.3+ years")
_GLUE = re.compile(
    r"(?<=[a-z]{3})(?=[A-Z][a-z])|(?<=[a-z][.!?])(?=[A-Z0-9])|(?<=[a-z]\)\.)(?=[A-Z0-9])|(?<=\))(?=[A-Z])"
)
#: the first header cell of such a table, glued to the next one: "Role", "Job Title", "Position"
_GLUED_HEAD = re.compile(
    r"(?:(?<=^)|(?<=[\s:.]))(?:Job |Role |Position )?(?:Titles?|Roles?|Positions?|Jobs?)(?=[A-Z])"
)
#: what every match of _GLUED_HEAD holds
_GLUED_HEAD_WORDS = ("Title", "Role", "Position", "Job")


def glued_table(line: str) -> tuple[int, list[str], list[tuple[int, list[tuple[int, int]]]]] | None:
    """A table of titles flattened into one line without separators (cells glued end to end, as a page's table
    comes out when its markup is dropped): where it starts, its header's cells, and each row's title start and
    cells (spans in ``line``, the title's first). The header opens with a column of titles ("Role", "Job Title")
    run straight into the next header cell, and its other cells name duties, needs, skills, years or pay; a row
    opens with a title (words in capitals ending in a title's head, one of several split by slashes). None when
    the line holds no such table, or fewer than two rows.

    Examples
    --------
    >>> line = ("Jobs on a site:PositionMain DutiesWhat You NeedLabourerCarry materials, clear waste.Fitness, a safety "
    ...         "card.Site SupervisorRun the crew, check the work.3+ years on site, a first aid course.")
    >>> start, header, rows = glued_table(line)
    >>> line[start:start + 8], header
    ('Position', ['Position', 'Main Duties', 'What You Need'])
    >>> [[line[a:b] for a, b in cells] for _, cells in rows]  # doctest: +NORMALIZE_WHITESPACE
    [['Labourer', 'Carry materials, clear waste.', 'Fitness, a safety card.'],
     ['Site Supervisor', 'Run the crew, check the work.', '3+ years on site, a first aid course.']]
    >>> glued_table("Our Role models are the staff.") is None
    True
    """
    for head in _GLUED_HEAD.finditer(line):
        at = head.start()
        cuts = [m.start() for m in _GLUE.finditer(line, head.end() - 1)]
        bounds = [at, *(c for c in cuts if c > at), len(line)]
        pieces = [(a, b) for a, b in itertools.pairwise(bounds) if line[a:b].strip()]
        header: list[str] = []
        for a, b in pieces:
            value = line[a:b].strip()
            if header and not _column_name(value):
                break
            header.append(value)
        if len(header) < 2 or not any(_DUTIES_COLUMN.search(v) or _NEEDS_COLUMN.fullmatch(v) for v in header[1:]):
            continue
        rows: list[tuple[int, list[tuple[int, int]]]] = []
        for a, b in pieces[len(header) :]:
            value = line[a:b].strip()
            if _glued_title(value):
                rows.append((a, [(a, b)]))
            elif rows:
                cells = rows[-1][1]
                if len(cells) < len(header):
                    cells.append((a, b))
                else:  # (a cell of two sentences: the rest of the last cell)
                    cells[-1] = (cells[-1][0], b)
        if len(rows) >= 2 and sum(len(cells) == len(header) for _, cells in rows) * 2 > len(rows):
            return at, header, rows
    return None


def _column_name(value: str) -> bool:
    """Whether a glued header cell names a column: duties, needs, skills, years or pay, in a few words in
    capitals ("Key Responsibilities", "Typical Requirements", "Salary")."""
    words = value.split()
    if not words or len(words) > 4 or not all(w[:1].isupper() or w.lower() in _TITLE_GLUE for w in words):
        return False
    return bool(
        _DUTIES_COLUMN.search(value)
        or _NEEDS_COLUMN.fullmatch(value)
        or _YEARS_COLUMN.search(value)
        or _PAY_WORDS.search(value)
    )


def _glued_title(value: str) -> bool:
    """Whether a piece of a glued table is a row's title: up to six words in capitals, no stop or comma, ending in a
    title's head ("Stock Clerk/Receiver": either title of the slash will do)."""
    words = value.split()
    if not words or len(words) > 6 or any(ch in value for ch in ",.;:()"):
        return False
    if not all(w[:1].isupper() or w.lower() in _TITLE_GLUE for w in words):
        return False
    return any(_titled(part.split()) for part in value.split("/") if part.strip())


def _glued_tables(r: _Reader, plain: str) -> list[tuple[int, int]]:
    """Read each table flattened into a line without separators (see :func:`glued_table`): each row's title is a
    role, and each item of its cells under a header of duties or needs one of its skills (as a row of a table
    with bars is read). Returns the spans read, which the other rules then see as blanks."""
    spans: list[tuple[int, int]] = []
    at = 0
    while at < len(plain):
        end = plain.find("\n", at)
        end = len(plain) if end < 0 else end
        found = glued_table(plain[at:end]) if end - at > 80 else None
        if found is not None:
            start, header, rows = found
            linked = [k for k, v in enumerate(header) if k and (_DUTIES_COLUMN.search(v) or _NEEDS_COLUMN.fullmatch(v))]
            for _, cells in rows:
                lo, hi = cells[0]
                name = " ".join(r.text[at + lo : at + hi].split())
                entry = _new_role(name)
                role = Mention(_ROLE, entry.key, entry.name, entry.key in r.vocab.entries, at + lo, at + hi, 0, 0)
                r.node(role, r.evidence(role.start, role.end))
                for k in linked:
                    if k < len(cells):
                        _glued_cell(r, role, at + cells[k][0], at + cells[k][1])
            spans.append((at + start, end))
        at = end + 1
    return spans


def _glued_cell(r: _Reader, role: Mention, lo: int, hi: int) -> None:
    """Each item of one cell of a glued table's row is a skill of the row's title (named as a list item is)."""
    text = r.text
    for item in _CELL_ITEM.finditer(text, lo, hi):
        written = item.group().strip(" .")
        if not written or len(written.split()) > 6 or not any(ch.isalpha() for ch in written):
            continue
        start = item.start() + (len(item.group()) - len(item.group().lstrip(" ")))
        if written.split()[0].lower() in {"no", "not", "none"}:
            continue  # "no experience needed": nothing asked
        named: list[SkillName | None] = list(skill_names(written)) if _rewords(r) else []
        for name in named or [None]:
            if name is None:
                entry, a, b, alias = _new_skill(written), start, start + len(written), None
            else:
                entry, a, b, alias = _named_skill(name.name), start + name.start, start + name.end, name.alias
                alias = alias if name.reworded else None
            if entry.key not in r.vocab.entries and names_no_skill(entry.name):
                continue
            r.node(entry, r.evidence(a, b), known=entry.key in r.vocab.entries)
            if alias:
                held = r.facts.nodes[entry.key].setdefault("aliases", [])
                if alias not in held:
                    held.append(alias)
            r.requires(role, entry, 3, r.evidence(role.start, b))


#: a heading that opens a level of a ladder: "ENTRY LEVEL", "Mid-level", "Level 2: Intermediate", "Tier 1"
#: the line of a level block that lists its titles: "Job Titles: A, B, C", "Example roles: A, B"
_TITLES_LABEL = re.compile(
    r"[ \t*•-]*(?:(?:example|typical|common|sample|possible|related)\s+)?(?:job\s+)?(?:titles?|roles?|positions?)"
    r"(?:\s+include)?\s*[:：]",
    re.I,
)


def _level_block(r: _Reader, sent: _Sent, ms: list[Mention], line: Line, first: bool) -> None:
    """A level of a ladder that lists several titles: its duties, skills and pay are each title's.

    "ENTRY LEVEL" (or "Level 1: Beginner") opens a block; its "Job titles: A, B, C" line names the
    titles; the requirements lists and salary figures under it, up to the next level or a heading
    that is neither a label nor a section, go to every one of them (see _needs_roles).
    """
    text = r.text
    short = line.kind == "heading" or (line.kind == "text" and line.end - line.start < 16)  # ("Level Two.")
    if first and short and line.end - line.start < 80 and opens_level(text[line.start : line.end]):
        _close_level(r)
        r.level_open, r.level_start = True, line.start
        r.level_rank = text.count("#", line.start, line.content)
        return
    if not r.level_open:
        return
    if first and line.kind != "text":
        rank = text.count("#", line.start, line.content)
        numbered = line.kind == "item" and _NUMBERED_HEADING.match(text, line.start, line.end) is not None
        if (rank and r.level_rank and rank <= r.level_rank) or numbered:
            _close_level(r)  # "## Benefits" after "## Entry level", "3. SKILLS": the next part of the page
            return
    if first and r.level_pending and r.level_titles and line.start != r.level_line:
        _close_level(r, keep=True)  # the titles are read: what the block said before them is theirs
    if first:
        label = _TITLES_LABEL.match(text, line.start, line.end)
        if label is not None:
            r.level_line = line.start
        elif (
            line.kind == "heading"
            and not r.level_titles  # (the unmarked duty lines under a block's titles line stay in it)
            and ":" not in text[line.content : line.end]
            and section_of(text[line.content : line.end]) is None
        ):
            _close_level(r)  # a heading of something else
            return
    if line.start == r.level_line:
        level = r.level
        if level is not None and level.titles and level.titles_start == line.start and not r.level_titles:
            r.level_titles = list(level.titles)  # the titles the level's line names ("(Ward) Porter": "Ward porter")
            return
        roles = [m for m in ms if m.label is _ROLE]
        for m in roles:
            inside = any(o is not m and o.start <= m.start and m.end <= o.end for o in roles)
            if not inside and m.key not in {t.key for t in r.level_titles}:  # ("Content Writer" of "... Intern")
                r.level_titles.append(m)


#: a numbered line written as a section heading: "3. SKILLS AND TOOLS"
_NUMBERED_HEADING = re.compile(r"[ \t]*\d{1,2}[.)][ \t]+[A-Z][A-Z &/,-]{2,60}$", re.M)


def _close_level(r: _Reader, *, keep: bool = False) -> None:
    """Link the requirements the open level block held back (to its titles, else to the roles they were
    read for), and close the block unless ``keep``."""
    pending, r.level_pending = r.level_pending, []
    was_open, r.level_open = r.level_open, False  # (so that _link records them now)
    for (sent, offset, targets, skills, importance), rule in pending:
        if offset == r.level_line and r.level_titles:
            continue  # the titles line itself: its titles are no skills ("Titles: A, B")
        outer, r.rule = r.rule, rule
        try:
            _link(r, sent, offset, list(r.level_titles) or targets, skills, importance)
        finally:
            r.rule = outer
    if keep:
        r.level_open = was_open
    else:
        r.level_titles, r.level_line = [], -1


#: what joins two posts a heading names side by side: "Ward Clerk/Medical Secretary", "Porter or Cleaner"
_POSTS_JOIN = re.compile(r"\s*(?:/|&|,|\bor\b|\band\b)\s*", re.I)


def _posts_joined(text: str, roles: list[Mention]) -> bool:
    """Whether the roles, in order, stand side by side joined only by "/", "&", ",", "or" or "and"."""
    ordered = sorted(roles, key=lambda m: m.start)
    return all(
        a.end <= b.start and _POSTS_JOIN.fullmatch(text, a.end, b.start) is not None
        for a, b in itertools.pairwise(ordered)
    )


def _level_title(r: _Reader) -> Mention | None:
    """The first title of the open level block (when the structure.level-blocks rule is on)."""
    if r.level_titles and "structure.level-blocks" not in r.disabled:
        return r.level_titles[0]
    return None


def _needs_roles(r: _Reader, role: Mention | Entry) -> list[Mention | Entry]:
    """The roles a requirements item is for: ``role``, or every title of the open level block."""
    if r.level_titles and r.list_role is None and "structure.level-blocks" not in r.disabled:
        return list(r.level_titles)
    if r.level_posts and role is r.section_role and role is r.level_posts[0]:
        return list(r.level_posts)
    return [role]


#: where a level's title ends and its description starts: "**Analyst** — ...", "Analyst: owns ...", "Analyst - ..."
_TITLE_END = re.compile(r"\*\*|__|\s+[—–-]\s+|[:：]\s")
_YEAR_WORD = re.compile(r"\d\s*\+?\s*(?:years?|yrs?)\b", re.I)


def _level_line(
    r: _Reader, vocab: Vocabulary, sent: _Sent, ms: list[Mention], offset: int, level: re.Match[str]
) -> None:
    """ "Level 3: Team Lead (3-5 years)": levels in rising order are promotions; a level's years precede the next."""
    number = level_number(level)
    lo, hi = level.start("title"), level.end("title")
    # "**Tier 3: Process Assistant** — leads a line": the title ends where its description starts
    cut = _TITLE_END.search(r.text, lo, hi)
    rest = r.text[cut.end() : level.end()] if cut is not None else ""
    hi = cut.start() if cut is not None else hi
    if level_name(r.text[lo:hi]) and "structure.level-titles" not in r.disabled:
        return  # "Level 1: Beginner / Entry-Level" names a level, not a post (structure.level-titles reads it)
    label = r.text[level.start() : lo].lower()
    told = _told_step(r, vocab, sent, ms, lo, hi) if "step" in label else None
    if told is not None:
        # "Step 2: Move Into a Foreman or Charge Hand Post": a how-to's step names its posts among other words
        roles = [m for m in _distinct_roles(vocab, told) if m.label is _ROLE]
    else:
        roles = _level_roles(r, vocab, sent, ms, lo, hi)
    r.level_posts, r.step_role = [], None
    if not roles:
        return
    for role in roles:
        r.node(role, r.evidence(role.start, role.end))
    if "structure.level-blocks" not in r.disabled and len(roles) >= 2 and told is None:
        # "Level 5: Director or VP (8+ years)" / "Own the support function ...": the lines under it are its posts'
        # (not a how-to's step: what it advises is how to get there)
        r.section_role, r.level_posts = roles[0], roles
    elif told is not None and len(roles) == 1 and "structure.level-blocks" not in r.disabled:
        # "Step 1: Master the Sales Assistant Role": the advice under it is what that one post needs
        r.step_role = roles[0]  # (its prose is the reader's: only the list under it is the post's)
    paren = level.group("paren")
    years = _years_in(paren) if paren and re.search(r"\d", paren) else None
    if years is None and _YEAR_WORD.search(rest):
        years = _years_in(rest)  # "Level 2: Analyst — 2-4 years in role"
    # (a how-to's next step may follow its steps' advice, many sentences on: "Step 1: ..." ... "Step 2: ...")
    reach = _STEP_REACH if "step" in label and r.levels and r.levels[-1][0] + 1 == number else 6
    if r.levels and r.levels[-1][0] < number and r.sentence_index - r.levels[-1][3] <= reach:
        last_number, last_roles, last_years, last_at = r.levels[-1]
        coded_before = r.level_bare.get(last_roles[0].key) if len(last_roles) == 1 else None
        if (
            len(roles) == len(last_roles) == 1
            and roles[0].key in {last_roles[0].key, coded_before}
            and "structure.numbered-ranks" not in r.disabled
        ):
            # "L1 Support Engineer" then "L2 Support Engineer": one post at two ranks, each named with its code
            label = r.text[level.start() : lo].strip(" \t>*#-:：.)–—")
            if label and label[-len(str(number)) :] == str(number):
                bare = roles[0].key
                if coded_before is None:
                    last_roles = [_coded_role(r, last_roles[0], label[: -len(str(number))] + str(last_number))]
                    r.level_bare[last_roles[0].key] = bare
                    r.levels[-1] = (last_number, last_roles, last_years, last_at)
                roles = [_coded_role(r, roles[0], label)]
                r.level_bare[roles[0].key] = bare
        for last_role in last_roles:
            for role in roles:
                ev = r.evidence(last_role.start, level.end())
                r.transition(last_role, role, _PROMOTION, ev, last_years)
    elif r.levels and r.levels[-1][0] >= number:
        r.levels = []
    r.levels.append((number, roles, years, r.sentence_index))


#: the most sentences between a numbered step and the next one for the two to be rungs of one ladder
_STEP_REACH = 40
#: the words of a how-to's step that no title holds: "Master the A Role", "Take on a B Role", "Prepare for C"
_INSTRUCTION_WORDS = frozenset({"the", "a", "an", "for", "on", "your", "into", "to", "up", "become", "get", "land"})


def _told_step(
    r: _Reader, vocab: Vocabulary, sent: _Sent, ms: list[Mention], lo: int, hi: int
) -> list[Mention] | None:
    """The posts a numbered step told as an instruction names ("Master the Sales Assistant Role": the sales
    assistant; "Move Into a Foreman or Charge Hand Post": both; "Prepare for the Exams": none), or None when the
    step's words are a title ("Step 2: Bell Captain")."""
    inside = [m for m in ms if m.label is _ROLE and lo <= m.start and m.end <= hi]
    first = next((m.start for m in inside), hi)
    words = r.text[lo:first].lower().split()
    if not words or _INSTRUCTION_WORDS.isdisjoint(words) or words[0] in _INSTRUCTION_WORDS:
        return None
    managing = _MANAGEMENT_OF.search(r.text, lo, hi) if not inside else None
    if managing is not None:
        # "Step 3: Prepare for Store Management": the management of a unit named as its step is its manager's post
        entry = _new_role(f"{managing.group(1)} Manager")
        a, b = managing.span(1)[0], managing.end()
        inside = [Mention(_ROLE, entry.key, entry.name, entry.key in vocab.entries, a, b, sent.start, sent.start)]
    return inside


#: a unit's management closing a how-to's step: "Prepare for Store Management", "Move into Project Management"
_MANAGEMENT_OF = re.compile(r"\b([A-Z][a-z]+) Management[ \t.:!]*$")


def _level_roles(r: _Reader, vocab: Vocabulary, sent: _Sent, ms: list[Mention], lo: int, hi: int) -> list[Mention]:
    """The posts a level line names: one title, or titles offered as alternatives when each one is written as a
    title ("Senior Agent or Specialist", "Director / VP"; not "Call or Contact Centre Manager", whose first part
    has no head of its own)."""
    cuts = [lo, *(k for found in _ALTERNATIVE_TITLES.finditer(r.text, lo, hi) for k in found.span()), hi]
    pieces = list(zip(cuts[::2], cuts[1::2], strict=True))
    if len(pieces) > 1 and all(_written_title(r.text[a:b].split()) for a, b in pieces):
        found = [_role_at(r, vocab, sent, [], a, b) for a, b in pieces]  # (as written: no modifier shared)
        return [m for m in found if m is not None]
    role = _role_at(r, vocab, sent, ms, lo, hi)
    return [role] if role is not None else []


#: what parts a level's titles: "Senior Agent or Specialist", "Director / VP"
_ALTERNATIVE_TITLES = re.compile(r" or |[ \t]*/[ \t]*")


def _written_title(words: list[str]) -> bool:
    """Words written as a title: ending in a title's head word, or an abbreviation in capitals ("VP")."""
    return _titled(words) or (len(words) == 1 and _TITLE_ABBREVIATION.fullmatch(words[0]) is not None)


#: a level's code opening a bracket after its title: "Marketing Specialist (L2, developing expertise, 2-4 years)"
_INLINE_LEVEL = re.compile(
    r"[(（]\s*(?:(?:L|Level|Tier|Band|Grade|Step)\s*(?P<n>\d{1,2})|(?P<nth>\d)(?:st|nd|rd|th) level)"
    r"\b(?P<rest>[^)）]{0,120})[)）]",
    re.I,
)


def _inline_levels(r: _Reader, vocab: Vocabulary, sent: _Sent, ms: list[Mention], offset: int) -> bool:
    """Levels listed in a sentence, each title with its code in brackets: "six levels: Marketing Associate (L1,
    0-2 years), Marketing Specialist (L2, 2-4 years), ..., Marketing Lead or Manager (L4, 6-9 years)".

    Titles of rising codes are promotions, each taking the years of the level it leaves; a title offered as two
    ("Lead or Manager") is two posts at that level. Returns whether a move was read.
    """
    roles = [m for m in _distinct_roles(vocab, ms) if m.label is _ROLE]
    text = r.text
    #: the level read before: its number, titles, years and where its bracket ends
    last: tuple[int, list[Mention], tuple[float, float] | None, int] | None = None
    moved = False
    for found in _INLINE_LEVEL.finditer(text, offset + sent.start_char, offset + sent.end_char):
        number = int(found.group("n") or found.group("nth"))
        here: list[Mention] = []
        edge = found.start()
        for m in reversed(roles):  # the titles right before the bracket, and those joined to them by "or" / "/"
            if m.end > edge or m.start < (last[3] if last else 0):
                continue
            between = text[m.end : edge].strip()
            if between and (not here or between not in {"or", "/"}):
                break
            here.insert(0, m)
            edge = m.start
        if not here:
            last = None
            continue
        rest = found.group("rest")
        years = _years_in(rest) if _YEAR_WORD.search(rest) or _YEAR_RANGE.search(rest) else None
        if last is not None and last[0] < number:
            for source in last[1]:
                for target in here:
                    if source.key != target.key:
                        ev = r.evidence(source.start, found.end())
                        r.transition(source, target, _PROMOTION, ev, last[2])
                        moved = True
        last = (number, here, years, found.end())
    return moved


def _coded_role(r: _Reader, role: Mention, code: str) -> Mention:
    """The role ``role`` at the rank a level code names ("L2" + "Support engineer" = "L2 support engineer")."""
    entry = _new_role(f"{code} {role.name[:1].lower()}{role.name[1:]}")
    coded = role._replace(key=entry.key, name=entry.name, known=False, rule="structure.numbered-ranks")
    r.node(coded, r.evidence(role.start, role.end))
    return coded


#: one-word nouns of activities that name no skill on their own
_VAGUE_ACTIVITIES = frozenset(
    {"information", "position", "situation", "location", "condition", "attention", "question", "relation",
     "operation", "organization", "organisation", "management", "development", "environment", "requirement",
     "department", "government", "payment", "moment", "quality", "ability", "activity", "opportunity", "community",
     "responsibility", "majority", "priority", "security", "experience", "performance", "importance"}
)


def _activity_word(name: str) -> bool:
    """A one-word skill named by a noun of activity: "Optimization", "Attribution" (not "Information")."""
    word = name.lower()
    return (
        " " not in word
        and len(word) > 7
        and word.endswith(("tion", "sion", "ment", "ance", "ence", "ysis", "ship"))
        and word not in _VAGUE_ACTIVITIES
    )


def _duty_piece(doc: Doc, lo: int, hi: int) -> bool:
    """Whether tokens ``lo:hi`` open with a verb of duty and name a skill so."""
    words = _words(doc)
    text = doc.user_data["careergraph_text"]
    names = skill_names(text[words.idx[lo] : words.idx[hi - 1] + words.length[hi - 1]])
    return bool(names) and names[0].reworded


def _verb_led(doc: Doc, lo: int, hi: int) -> bool:
    """Whether tokens ``lo:hi`` are a duty led by its verb ("Count the floats"), not a list of nouns."""
    words = _words(doc)
    text = doc.user_data["careergraph_text"]
    names = skill_names(text[words.idx[lo] : words.idx[hi - 1] + words.length[hi - 1]])
    return bool(names) and names[0].alias is not None


def _duty_item(sent: _Sent, *, duties: bool = False) -> bool:
    """Whether a list item opens with a verb of duty ("Allocate pickers to zones"); in a list of ``duties`` a word
    that may be a noun or a verb is a verb ("Handle complaints and escalate issues to the duty manager")."""
    words = sent.words
    k = sent.start
    while k < sent.end and (words.punct[k] or words.space[k]):
        k += 1
    if k >= sent.end:
        return False
    text = sent.doc.user_data["careergraph_text"]
    end = min(sent.end, k + 8) - 1
    names = skill_names(text[words.idx[k] : words.idx[end] + words.length[end]], predicate=duties)
    return bool(names) and names[0].reworded and names[0].alias is not None


def _rewords(r: _Reader) -> bool:
    """Whether requirement items are named by the requirements.duty-names rule (not switched off)."""
    return "requirements.duty-names" not in r.disabled


def _bracket_number_end(sent: _Sent) -> int | None:
    """The first word after an item's marker of a number and a closing bracket ("1) Lock ...", "(2) Check ..."),
    when the sentence opens with one and words follow; else None."""
    words = sent.words
    k = _skip_spaces(words, sent.start, 1)
    if k < sent.end and words.lower[k] == "(":
        k = _skip_spaces(words, k + 1, 1)
    if k + 2 >= sent.end or not words.number[k] or len(words.lower[k]) > 2 or words.lower[k + 1] != ")":
        return None
    first = _skip_spaces(words, k + 2, 1)
    return first if first < sent.end and words.alpha[first] else None


def _section_needs(
    r: _Reader, vocab: Vocabulary, sent: _Sent, ms: list[Mention], offset: int, cue: tuple[int, int, bool]
) -> None:
    """An item of a requirements, skills or responsibilities list: the skill it names, for the section's role.

    "Research – basic research skills" names "Research"; a short item names itself; a longer
    one is read like the list after a requirement cue.
    """
    role = r.list_role or r.section_role or r.subject or _level_title(r)
    if role is None:
        return
    mark = _bracket_number_end(sent)
    if mark is not None:
        # "1) Lock the doors": the number and its bracket are the item's marker, read from the word after them
        sent = _Sent(sent.doc, mark, sent.end, sent.words)
        ms = [m for m in ms if m.i >= mark]
        cue = (max(cue[0], mark), cue[1], cue[2])
    at, to = offset + sent.start_char, offset + sent.end_char
    if not r.run_on and r.section == "needs" and not r.answering and r.text.find("\n", at, to) >= 0:
        # short lines without bullets or stops that were read as one sentence ("good numeracy" / "a calm manner" /
        # ...): one item a line
        lines = _line_pieces(r.text, sent, offset)
        if len(lines) > 1:
            for lo, hi in lines:
                piece = _Sent(sent.doc, lo, hi, sent.words)
                inside = [m for m in ms if lo <= m.i and m.j <= hi]
                _section_needs(r, vocab, piece, inside, offset, (lo, cue[1], cue[2]))
            return
    aside = sent.text.find("(")  # a role in brackets is an example, not what the item is about
    limit = offset + sent.start_char + aside if aside >= 0 else offset + sent.end_char
    named = [
        m for m in ms if m.label is _ROLE and m.key != role.key and m not in r.level_titles and m.start < limit
    ]
    label_only = bool(named) and "structure.ad-fields" not in r.disabled and _label_before(sent, named)
    if named and not label_only and not (_rewords(r) and _duty_item(sent, duties=r.duty_list)):
        return  # an item about another role (not a duty done to one: "Coach new pickers")
    doc = sent.doc
    words = _words(doc)
    lo = cue[0] if r.answering and sent.start < cue[0] < sent.end else sent.start  # (after the answer's own cue)
    while lo < sent.end and (words.punct[lo] or words.space[lo]):
        lo += 1
    if r.answering and lo + 1 < sent.end and words.lower[lo] in {"a", "answer"} and words.lower[lo + 1] == ":":
        lo = _skip_spaces(words, lo + 2, 1)  # "A: A clear voice, ...": the answer's label
    lo = _field_value(r, sent, offset, lo)
    if _rewords(r) and lo < sent.end and offers_the_reader(sent.text[words.idx[lo] - sent.start_char :]):
        return  # "You'll get free meals and a uniform": what the job offers, no requirement
    hi = sent.end
    for k in range(lo + 1, sent.end):
        # "Research – basic skills", "Funnels: an intuitive ...": a dash standing between spaces, not "end-to-end"
        if words.lower[k] in _ITEM_HEADS and (words.lower[k] in {":", "：", "("} or words.space_after[k - 1]):
            if words.lower[k] == "(" and "requirements.degree" not in r.disabled and _degree_aside(sent, k):
                continue  # "a school diploma or equivalent (a catering diploma preferred)": the aside asks too
            hi = k
            break
    labelled: list[Mention | Entry] = []
    gerund = False
    if label_only:
        pass  # "Data Reporting: Work closely with the Store Manager to ...": the label, not the other post's part
    elif (
        hi < sent.end
        and words.lower[hi] in {":", "："}
        and _rewords(r)
        and "requirements.gerund-label" not in r.disabled
        and _gerund_label(doc.user_data["careergraph_text"], words, lo, hi, sent.end)
    ):
        # "Following Up: Ring patients after discharge": a duty named by its gerund in capitals
        r.rule = "requirements.gerund-label"
        written = _written_span(doc, words, lo, hi)
        entry = _new_skill(written)
        start, end = offset + words.idx[lo], offset + words.idx[lo] + len(written)
        labelled = [Mention(entry.label, entry.key, entry.name, False, start, end, lo, hi)]
        gerund = True  # (the label alone: its clause, "Educate customers on ...", tells how it is done)
    elif (
        hi < sent.end
        and words.lower[hi] in {":", "："}
        and _kind_label(words, lo, hi, sent.end)
        and not ("structure.ad-fields" not in r.disabled and _work_then_duty(sent, lo, hi))
    ):
        if _rewords(r) and _work_label(doc.user_data["careergraph_text"], words, lo, hi):
            labelled = _label_skill(doc, words, lo, hi, offset)  # "Picking and Kitting: You will prepare ..."
        lo, hi = _skip_spaces(words, hi + 1, 1), sent.end  # "Analytical & process skills: Strong data analysis ..."
    elif (
        hi < sent.end
        and words.lower[hi] in {":", "："}
        and _rewords(r)
        and _explained_label(doc.user_data["careergraph_text"], words, lo, hi, sent.end)
    ):
        # "Storage: You will place goods in their locations ...": the label names the work, the clause its duties
        labelled = _label_skill(doc, words, lo, hi, offset)
        lo, hi = _skip_spaces(words, hi + 1, 1), sent.end
    if _rewords(r) and not labelled and not label_only:
        hi = _skill_subject_end(words, lo, hi)  # "Resilience and drive enable agents to ...": the subject only
    while hi > lo and (words.punct[hi - 1] or words.space[hi - 1]):
        hi -= 1
    content = [k for k in range(lo, hi) if words.alpha[k] or words.number[k]]
    if 0 < len(content) <= 5:
        written = doc.user_data["careergraph_text"][words.idx[lo] : words.idx[hi - 1] + words.length[hi - 1]]
        entry = _new_skill(written)
        known = vocab.lookup(_norms(doc, lo, hi))
        if known is not None and known.label is _SKILL:
            entry = known
        start, end = offset + words.idx[lo], offset + words.idx[hi - 1] + words.length[hi - 1]
        skills: list[Mention | Entry] = [Mention(entry.label, entry.key, entry.name, False, start, end, lo, hi)]
        if _rewords(r) and (known is None or known.label is not _SKILL):
            reworded = _named_skills(doc, lo, hi, offset, predicate=r.duty_list)
            if reworded is not None:
                skills = list(reworded)
                aliases = doc.user_data.get("careergraph_reworded", {})
                if any(aliases.get((m.start, m.end, m.key)) for m in reworded):
                    r.duty_list = True  # a verb led this item: the list is one of duties
    else:
        skills = _skills_in(vocab, sent, ms, lo, offset, new=True, reword=_rewords(r), duties=r.duty_list)
        if _rewords(r) and not r.duty_list and _duty_item(sent):
            r.duty_list = True  # a verb led this longer item too: "Supervise the team on shift and ..."
    if gerund:
        skills = labelled
    elif labelled:
        skills = [*labelled, *(s for s in skills if s.key != labelled[0].key)]
    if r.section == "role":
        r.rule = "structure.role-sections"  # (run() puts the outer rule back)
    elif r.answering:
        r.rule = "structure.answers"
    _link(r, sent, offset, _needs_roles(r, role), skills, cue[1])


#: verbs saying what a skill does for the work: "Strong numeracy helps ...", "Patience is key to ..."
_ENABLING = frozenset(
    {"form", "forms", "facilitate", "facilitates", "enable", "enables", "foster", "fosters", "help", "helps",
     "allow", "allows", "underpin", "underpins", "make", "makes", "lie", "lies", "let", "lets", "keep", "keeps"}
)
#: what a skill is said to be: "... are crucial for resolving issues"
_WEIGHT_WORDS = frozenset(
    {"crucial", "key", "essential", "vital", "important", "critical", "necessary", "needed", "required", "valuable",
     "invaluable", "indispensable", "central", "fundamental"}
)


def _skill_subject_end(words: _Words, lo: int, hi: int) -> int:
    """Where an item's subject ends when the item is a sentence saying what its skills do or weigh ("Cultural
    competence fosters rapport with ...", "Calmness under pressure and attentiveness are crucial for ..."): the
    verb's position, else ``hi``. Only a subject of up to six words is cut so."""
    for k in range(lo + 1, min(hi, lo + 8)):
        word = words.lower[k]
        if word in _ENABLING or (word in {"is", "are"} and k + 1 < hi and words.lower[k + 1] in _WEIGHT_WORDS):
            alpha = sum(1 for j in range(lo, k) if words.alpha[j])
            return k if 0 < alpha <= 6 else hi
        if words.punct[k] and words.lower[k] not in {"-", "/", "&"}:
            break  # (a comma or a colon first: a list, not a subject)
    return hi


#: the small words a label in capitals may keep in lower case: "Collaborating with Teams", "Keeping up to Date"
_LABEL_SMALL = frozenset({"and", "of", "&", "with", "to", "for", "on", "the", "in", "up", "a", "an", "at", "by"})


def _gerund_label(text: str, words: _Words, lo: int, colon: int, end: int) -> bool:
    """Whether an item opens with a label of two to five words in capitals whose first is a gerund ("Following Up",
    "Meeting Performance Targets", "Offering Product Knowledge") and a clause of three words or more explains it."""
    label = [k for k in range(lo, colon) if words.alpha[k] or words.lower[k] == "&"]
    after = sum(1 for k in range(colon + 1, end) if words.alpha[k])
    if not 2 <= len(label) <= 5 or after < 3 or label[0] != lo:
        return False
    first = words.lower[lo]
    if not (first.endswith("ing") and len(first) > 5 and text[words.idx[lo]].isupper()):
        return False
    return all(words.lower[k] in _LABEL_SMALL or text[words.idx[k]].isupper() for k in label)


def _written_span(doc: Doc, words: _Words, lo: int, hi: int) -> str:
    """The text of tokens ``lo`` to ``hi`` (stops and spaces at its end left out)."""
    while hi > lo and (words.punct[hi - 1] or words.space[hi - 1]):
        hi -= 1
    return str(doc.user_data["careergraph_text"][words.idx[lo] : words.idx[hi - 1] + words.length[hi - 1]])


def _work_label(text: str, words: _Words, lo: int, colon: int) -> bool:
    """Whether an item's label before its colon names kinds of work in capitals ("Picking and Kitting", "Goods
    Inwards and Receipt"), not a kind of requirement ("Analytical & process skills", "Technical savvy")."""
    label = [k for k in range(lo, colon) if words.alpha[k]]
    return (
        bool(label)
        and words.lower[label[-1]] not in _KIND_WORDS
        and all(words.lower[k] in {"and", "of", "&"} or text[words.idx[k]].isupper() for k in label)
    )


#: words opening the clause that explains an item's label: "Storage: You will place goods ..."
_EXPLAINING = frozenset({"you", "you'll", "you’ll", "they", "this", "we", "the", "every", "each", "it", "your"})


def _explained_label(text: str, words: _Words, lo: int, colon: int, end: int) -> bool:
    """Whether an item is a label of up to four words in capitals naming work (see :func:`_work_label`) and a
    sentence explaining it ("Storage: You will place goods in their locations ..."), six words or more that open
    with a pronoun or a determiner: the label names a skill, and the sentence is read for more."""
    label = [k for k in range(lo, colon) if words.alpha[k]]
    if not label or len(label) > 4 or not _work_label(text, words, lo, colon):
        return False
    first = _skip_spaces(words, colon + 1, 1)
    after = sum(1 for k in range(colon + 1, end) if words.alpha[k])
    return after >= 6 and first < end and words.lower[first] in _EXPLAINING


def _label_skill(doc: Doc, words: _Words, lo: int, hi: int, offset: int) -> list[Mention | Entry]:
    """The skill a work label names as written ("Picking and Kitting"), none when it names none."""
    while hi > lo and (words.punct[hi - 1] or words.space[hi - 1]):
        hi -= 1
    written = doc.user_data["careergraph_text"][words.idx[lo] : words.idx[hi - 1] + words.length[hi - 1]]
    if hi <= lo or not skill_names(written) or names_no_skill(written):
        return []
    entry = _new_skill(written)
    start, end = offset + words.idx[lo], offset + words.idx[hi - 1] + words.length[hi - 1]
    return [Mention(entry.label, entry.key, entry.name, False, start, end, lo, hi)]


def _line_pieces(text: str, sent: _Sent, offset: int) -> list[tuple[int, int]]:
    """The token spans of a sentence's lines in the document's text, when each is short (up to twelve words): a
    list without bullets run together, not prose wrapped over lines."""
    words = sent.words
    out: list[tuple[int, int]] = []
    lo = sent.start
    for k in range(sent.start, sent.end + 1):
        at = offset + words.idx[k] if k < sent.end else 0
        if k == sent.end or (k > sent.start and "\n" in text[offset + words.idx[k - 1] : at]):
            hi = k
            while lo < hi and (words.space[lo] or words.punct[lo]):
                lo += 1
            if hi > lo:
                if sum(words.alpha[lo:hi]) > 12:
                    return []
                out.append((lo, hi))
            lo = k
    return out


def _run_on_needs(
    r: _Reader, vocab: Vocabulary, sent: _Sent, ms: list[Mention], offset: int, cue: tuple[int, int, bool]
) -> None:
    """The items of a requirements list pasted as one line (see text_requirements.run_on_items) that fall in
    ``sent``, each read as a list item is (requirements.section)."""
    words = sent.words
    for a, b in r.run_on:
        lo = bisect.bisect_left(words.idx, a - offset, sent.start, sent.end)
        hi = bisect.bisect_left(words.idx, b - offset, sent.start, sent.end)
        if hi <= lo or words.idx[lo] + offset >= b:
            continue  # (an item of another sentence of the line)
        item = _Sent(sent.doc, lo, hi, words)
        inside = [m for m in ms if a <= m.start and m.end <= b]
        _section_needs(r, vocab, item, inside, offset, (lo, cue[1], cue[2]))


def _field_value(r: _Reader, sent: _Sent, offset: int, lo: int) -> int:
    """The first token of an item's value when a field label opens it ("Education: A degree in nursing"), else
    ``lo`` (see text_ads.field_label)."""
    if "structure.ad-fields" in r.disabled or lo >= sent.end:
        return lo
    words = sent.words
    at = offset + words.idx[lo]
    value = field_label(r.text, at, min(offset + sent.end_char, at + 60))
    if value is None:
        return lo
    return min(bisect.bisect_left(words.idx, value - offset, lo, sent.end), sent.end - 1)


#: what ends the name of an item's skill: "Research – basic skills", "Funnels: an intuitive ..."
_ITEM_HEADS = frozenset({"–", "—", ":", "：", "-", "("})


def _degree_aside(sent: _Sent, k: int) -> bool:
    """Whether the brackets opening at token ``k`` of ``sent`` name a degree or diploma asked for beside the item's
    ("a school diploma or equivalent (a catering diploma preferred)"), so the item reads on into them
    (requirements.degree)."""
    text = sent.text
    at = _words(sent.doc).idx[k] - sent.start_char + 1
    end = text.find(")", at)
    inner = text[at:end] if end >= 0 else ""
    low = inner.lower()
    return ("diploma" in low or "degree" in low) and bool(degree_names(inner))
#: the last word of a label naming a kind of requirement rather than one: "Analytical & process skills:"
_KIND_WORDS = frozenset({"skills", "skill", "savvy", "abilities", "knowledge", "competencies", "qualities", "know-how"})


def _label_before(sent: _Sent, named: list[Mention]) -> bool:
    """Whether an item opens with a label naming work in capitals and a colon ("Data Reporting: ...", see
    :func:`_work_label`) and every other role it names stands after the colon: the label is the item's skill, the
    roles only whom the work is done with."""
    words = sent.words
    lo = sent.start
    while lo < sent.end and (words.punct[lo] or words.space[lo]):
        lo += 1
    colon = next((k for k in range(lo + 1, min(sent.end, lo + 7)) if words.lower[k] in {":", "："}), None)
    if colon is None or any(m.i < colon for m in named):
        return False
    return _work_label(sent.doc.user_data["careergraph_text"], words, lo, colon)


def _work_then_duty(sent: _Sent, lo: int, colon: int) -> bool:
    """Whether an item's label names work in capitals ("Recruitment & Hiring", see :func:`_work_label`) and the
    text after its colon opens with a verb of duty in the imperative ("Lead recruiting and hiring across ..."): the
    label names the skill, the clause explains it (no list of requirements under a label of their kind)."""
    words = sent.words
    text = sent.doc.user_data["careergraph_text"]
    if not _work_label(text, words, lo, colon):
        return False
    first = _skip_spaces(words, colon + 1, 1)
    if first >= sent.end or not words.alpha[first] or not text[words.idx[first]].isupper():
        return False
    return verb_base(words.lower[first]) == words.lower[first]


def _kind_label(words: _Words, lo: int, colon: int, end: int) -> bool:
    """Whether an item's words before its colon label a kind of requirement ("Technical savvy:", "Leadership &
    communication:") and a list of them follows (more than five words): then the list, not the label, names the
    skills (structure.ad-fields)."""
    label = [k for k in range(lo, colon) if words.alpha[k] or words.lower[k] == "&"]
    after = sum(1 for k in range(colon + 1, end) if words.alpha[k])
    if not label or after <= 5 or len(label) > 5:
        return False
    return words.lower[label[-1]] in _KIND_WORDS or any(words.lower[k] in {"&", "and"} for k in label)


def _cue_position(sent: _Sent, skip: int | None = None) -> tuple[int, int, bool] | None:
    """(token index after the requirement cue, importance, whether new skills may be read), earliest cue first."""
    if skip is not None:
        return _first_cue(sent, skip)
    if sent.cue is _UNREAD:
        sent.cue = _first_cue(sent, sent.start)
    return sent.cue


#: words before "you have" that make it no need stated: a condition, a question, a relative clause
_NOT_ASKED_OF_YOU = frozenset(
    {"if", "when", "whether", "once", "unless", "as", "what", "that", "which", "where", "do", "did", "have",
     "can", "will", "while", "because", "since", "so", "all", "everything", "anything", "whatever"}
)


def _reader_not_asked(sent: _Sent, at: int) -> bool:
    """Whether "you have / will have / bring" at token ``at`` states no need of the post: after a word of condition,
    question or clause ("if you have any questions", "what you bring", "everything you have"), in a question, or
    before an offer ("you will have the chance to ...", "you will have access to ...")."""
    words = sent.words
    before = _skip_spaces(words, at - 1, -1) if at > sent.start else -1
    if before >= sent.start and words.lower[before] in _NOT_ASKED_OF_YOU:
        return True
    if sent.text.rstrip(" \t*_)\"'”").endswith(("?", "？")):
        return True
    rest = " ".join(words.lower[at : min(sent.end, at + 8)])
    return _OFFERED_TO_YOU.search(rest) is not None


#: what a post offers its holder, after "you will have": "the chance to", "access to", "the opportunity"
_OFFERED_TO_YOU = re.compile(
    r"\b(?:chance|choice|opportunit(?:y|ies)|access|benefits?|support|freedom|options?|discounts?|pension|bonus|holidays?"
    r"|time off|training|days)\b"
)


#: "as needed", "when required": a duty done when called for, its last words no requirement cue
_AS_NEEDED_WORDS = frozenset({"needed", "required"})
#: the words before such a participle that make it a phrase of when
_AS_NEEDED_LEADS = frozenset({"as", "when", "if", "where", "whenever", "wherever"})


def _first_cue(sent: _Sent, first: int) -> tuple[int, int, bool] | None:
    """The first requirement cue of ``sent`` at or after token ``first`` (see :func:`_cue_position`)."""
    norms = _norms(sent.doc, first, sent.end)
    if _CUES_BY_FIRST.keys().isdisjoint(norms):  # most sentences name no cue: one set test in C
        return None
    lowers = sent.words.lower
    # (only the words that open a cue are visited: a pass in C picks them out)
    last = len(norms) - 1
    for pos in list(itertools.compress(itertools.count(), map(_CUES_BY_FIRST.__contains__, norms))):
        # (only the cues whose second word is the next norm, and those of one word: "company" opens 68 cues)
        by_second = _CUES_BY_PAIR[norms[pos]]
        for cue, importance in by_second.get(norms[pos + 1], by_second[""]) if pos < last else by_second[""]:
            if len(cue) == 1 or tuple(norms[pos : pos + len(cue)]) == cue:
                at = first + pos
                if at > sent.start and lowers[at - 1] == "-" and not sent.words.space_after[at - 1]:
                    continue  # "material-handling equipment": part of a compound, not the verb
                if cue == ("handle",) and _compound_gerund(sent, at):
                    # "trusted with cash handling, key control and ...": the name of a duty, no verb of the sentence;
                    # the list opens at the duty's noun
                    return _skip_spaces(sent.words, at - 1, -1), importance, True
                if len(cue) == 1 and _cue_in_title(sent, at):
                    continue  # "under the Duty Manager", "a Master Baker": a word of a job title, no cue
                if cue == ("need",) and at > sent.start and lowers[_skip_spaces(sent.words, at - 1, -1)] in {
                    "the", "a", "an", "this", "that", "growing", "rising"
                }:
                    continue  # "the need for faster delivery": a noun
                if cue[0] == "you" and len(cue) > 1 and _reader_not_asked(sent, at):
                    continue  # "If you have any questions", "what you bring to us": no need the post states
                if cue == ("understand",) and _not_known_by_role(sent, at):
                    continue
                if (
                    cue in {("need",), ("require",)}
                    and lowers[at] in _AS_NEEDED_WORDS
                    and at > sent.start
                    and lowers[_skip_spaces(sent.words, at - 1, -1)] in _AS_NEEDED_LEADS
                ):
                    continue  # "order new chemicals as needed", "cover shifts when required": when, not a need
                if cue == ("role", "in") and lowers[at] != "role":
                    continue  # "specific roles in BFSI": posts in a sector, not a part played in some work
                if cue in _MODAL_CUES and at - 3 > sent.start and not _EMBEDDING_WORDS.isdisjoint(lowers[at - 3 : at]):
                    continue  # "analyse trends to decide which items should be sold": a question asked, not a need
                if cue in _MODAL_CUES and sent.text.rstrip(" \t*_)\"'”").endswith(("?", "？")):
                    continue  # "Was it escalated, or should it have gone elsewhere?": a question, no need stated
                nxt = _skip_spaces(sent.words, first + pos + len(cue), 1)
                if cue in {("ability",), ("capability",)} and nxt < sent.end and lowers[nxt] == "of":
                    continue  # "the ability of a small team to ...": what something else can do
                if cue[-1] in _NEED_NOUNS and _said_to_vary(sent, nxt):
                    continue  # "the requirements are as varied as the jobs", "abilities are different": no list
                if cue == ("role", "in") and nxt < sent.end and lowers[nxt] in _WHERE_DETERMINERS:
                    continue  # "plays a pivotal role in any organization": where it plays it, not a duty
                if cue in _PUT_TO_HOLDER and not _put_to_holder(sent, at):
                    continue  # "a job to be proud of", "the task to hand": no post's work put to its holder
                if cue[0] == "mission" and lowers[_skip_spaces(sent.words, at - 1, -1)] in _WRITERS_OWN:
                    continue  # "Our mission is to inspire shoppers": what the writer's company is for, no post's
                if cue[0] == "work" and cue[-1] == "to" and nxt < sent.end and sent.norms[nxt] == "be":
                    continue  # "the work is to be finished by noon": when it is done, no duty named
                if cue in _AIM_OF_CUES:
                    aim = _aim_after_of(sent, _skip_spaces(sent.words, at + 1, 1))
                    if aim is None or not _post_before_be(sent, aim):
                        continue  # "the role of technology is to", "a job of work": no post's aim told
                    return aim, importance, True  # "the job of a porter is to move patients": the verbs after "to"
                if cue in _TRAIT_NOUNS:
                    trait = _trait_after_of(sent, nxt)
                    if trait is not None:
                        return trait, importance, True  # "the mark of a good porter is that he knows ...": the verbs
                    if cue != ("characteristic",):
                        continue  # "a rare trait", "the key features": no post's traits told
                if cue in _NOUN_CUES and nxt < sent.end and not _words(sent.doc).punct[nxt]:
                    link = _doc_norms(sent.doc)[nxt]
                    aim = _aim_after_of(sent, nxt) if link == "of" else None
                    if aim is not None:
                        return aim, importance, True  # "the main tasks of this post are to count ...": the verb
                    after_and = _skip_spaces(_words(sent.doc), nxt + 1, 1) if link in {"and", "or"} else sent.end
                    if link not in _NOUN_CUE_LINKS and link not in {"and", "or"}:
                        continue  # "a diverse skill set", "what skills you need", "the My Skills website"
                    if after_and < sent.end and _doc_norms(sent.doc)[after_and] not in _JOINED_NEEDS:
                        continue  # "skills and improving productivity", "tasks and may rotate among departments"
                if cue in _LIST_CUES and ("," not in lowers[nxt : sent.end] or lowers[nxt] in {"to", "a", "an"}):
                    continue  # "the work is hard", "the job is to ...", "the job is a ...": no list of duties
                if cue == ("responsibility", "of") and not (
                    nxt < sent.end and lowers[nxt].endswith("ing") and len(lowers[nxt]) > 5
                ):
                    continue  # "the responsibility of the shift lead": whose it is, not what it is
                if cue[0] in _HIRERS and nxt < sent.end and lowers[nxt] in {"in", "from"}:
                    said = _said_after_whom(sent, nxt)
                    if said is not None:
                        return said, importance, True  # "what employers look for in a porter is X": X
                if cue[-1] in _ASKS_OF_WHOM:
                    verb = _verb_after_whom(sent, first + pos + len(cue))
                    if verb is not None:
                        return verb, importance, True  # "requires drivers to lift parcels, ...": what they do
                # "my work includes", "responsibilities expand to include": the noun of work a few words before
                duties = cue == ("include",) and not _DUTY_NOUNS.isdisjoint(norms[max(0, pos - 5) : pos])
                return first + pos + len(cue), importance, cue not in _DEFINING_CUES or duties
    return None


#: cue verbs that may name whom they ask before what: "requires drivers to ...", "will want you to ..."
_ASKS_OF_WHOM = frozenset({"require", "want", "expect"})
#: the determiners that may open whom such a verb asks
_WHOM_DETERMINERS = frozenset({"the", "their", "its", "all", "most", "many", "our", "new", "his", "her"})


def _verb_after_whom(sent: _Sent, at: int) -> int | None:
    """The verb after whom a cue asks and "to" ("requires drivers to lift ...", "want you to have ..."): the token of
    the verb when the words after the cue are a person (a pronoun, or a plural noun after at most a determiner)
    and "to"; else None."""
    words = sent.words
    lowers = words.lower
    k = _skip_spaces(words, at, 1)
    if k < sent.end and lowers[k] in _WHOM_DETERMINERS:
        k = _skip_spaces(words, k + 1, 1)
    if k + 2 >= sent.end or not words.alpha[k]:
        return None
    word = lowers[k]
    if word not in {"you", "them", "him", "her", "us", "someone", "staff", "people"} and not (
        word.endswith("s") and len(word) > 3 and word not in STOP_WORDS
    ):
        return None
    to = _skip_spaces(words, k + 1, 1)
    if to >= sent.end or lowers[to] != "to":
        return None
    verb = _skip_spaces(words, to + 1, 1)
    return verb if verb < sent.end and verb_base(lowers[verb]) is not None else None


#: words after "is / are" that say how needs vary or compare, naming none: "as varied as", "different", "common"
_VARYING = frozenset(
    {"as", "different", "varied", "various", "diverse", "common", "similar", "numerous", "endless", "many", "few",
     "wide-ranging", "broad", "vast"}
)


def _said_to_vary(sent: _Sent, k: int) -> bool:
    """Whether the words from token ``k`` (after a noun of needs) are "is / are", a word of degree at most, and a
    judgement of how needs vary or compare ("are as varied as the jobs themselves", "are different and vary
    greatly"): a sentence about the needs, no list of them."""
    words = sent.words
    if k >= sent.end or sent.norms[k] != "be":
        return False
    j = _skip_spaces(words, k + 1, 1)
    if j < sent.end and words.lower[j] in {"very", "so", "quite", "often", "usually", "also", "just"}:
        j = _skip_spaces(words, j + 1, 1)
    return j < sent.end and words.lower[j] in _VARYING


def _compound_gerund(sent: _Sent, at: int) -> bool:
    """Whether the cue word at token ``at`` is a gerund after a noun that it names the handling of ("cash handling",
    "luggage handling"): the head of a duty's name, not a verb opening a list."""
    words = sent.words
    prev = _skip_spaces(words, at - 1, -1)
    low = words.lower[prev] if prev >= sent.start else ""
    return (
        words.lower[at].endswith("ing")
        and words.alpha[prev]
        and low not in STOP_WORDS
        and verb_base(low) is None
        and not low.endswith("ly")
    )


def _cue_in_title(sent: _Sent, at: int) -> bool:
    """Whether the cue word at token ``at`` is written in capitals inside a sentence and a title's head word in
    capitals follows it ("the Duty Manager", "our Master Baker"): part of a job title."""
    words = sent.words
    text = sent.doc.user_data["careergraph_text"]
    if at <= sent.start or not text[words.idx[at]].isupper() or words.punct[at - 1]:
        return False
    nxt = _skip_spaces(words, at + 1, 1)
    return nxt < sent.end and text[words.idx[nxt]].isupper() and sent.norms[nxt] in TITLE_HEADS


#: cues that are nouns of what a post needs: a list after one is introduced ("skills: A, B", "skills such as",
#: "skills in", "abilities include"), else the noun ends its list ("A and B skills.") or is no cue ("a skill set")
_NOUN_CUES = frozenset({("skill",), ("ability",), ("capability",), ("competency",), ("task",), ("duty",)})
#: the most words of whom a hirer's wants are asked of ("look for in their new porters") before "include" / "is"
_WHOM_GAP = 8


def _said_after_whom(sent: _Sent, prep: int) -> int | None:
    """The token after "include" or "is / are" closing the phrase of whom a hirer asks it that opens at ``prep``
    ("Qualities employers look for in a porter include ...", "What recruiters seek from applicants is ..."), no
    punctuation between; else None."""
    words = sent.words
    norms = sent.norms
    for k in range(prep + 1, min(prep + _WHOM_GAP, sent.end - 1)):
        if words.punct[k] and words.lower[k] not in {"'", "’", "'s", "’s"}:
            return None
        if norms[k] in {"include", "be"}:
            return k + 1
    return None


#: a noun of a post's work and "of": a cue only when the "of" phrase closes with "is / are to" ("the job of a porter
#: is to move patients"), which names what the post is for
_AIM_OF_CUES = frozenset({("job", "of"), ("role", "of"), ("work", "of")})
def _post_before_be(sent: _Sent, aim: int) -> bool:
    """Whether the "of" phrase closed by "is / are to" just before token ``aim`` ends in a post's head word ("the
    job of a hotel porter is to": porter) or a noun for the post ("the role of this post is to")."""
    words = sent.words
    be = _skip_spaces(words, aim - 2, -1)  # (``aim`` follows "to")
    head = _skip_spaces(words, be - 1, -1)
    return head > sent.start and (sent.norms[head] in TITLE_HEADS or sent.norms[head] in {"post", "position", "role"})


#: nouns of what marks a post's holder: "the hallmark of a good porter is that he ..." tells the porter's traits
_TRAIT_NOUNS = frozenset({("characteristic",), ("trait",), ("hallmark",), ("mark",), ("feature",)})


def _trait_after_of(sent: _Sent, of: int) -> int | None:
    """The token after the pronoun when a noun of traits is followed by an "of" phrase that closes with "is that
    he / she / they" a few words on ("the hallmark of a good night porter is that she knows ..."), no punctuation
    between; else None."""
    words = sent.words
    norms = sent.norms
    if of >= sent.end or norms[of] != "of":
        return None
    for k in range(of + 1, min(of + _AIM_GAP, sent.end - 3)):
        if words.punct[k]:
            return None
        if norms[k] == "be":
            that = _skip_spaces(words, k + 1, 1)
            who = _skip_spaces(words, that + 1, 1)
            told = that < sent.end and words.lower[that] == "that"
            return who + 1 if told and who < sent.end and words.lower[who] in _TRAIT_HOLDERS else None
    return None


#: who holds the traits a trait noun's "that" clause tells: "is that he knows", "is that they keep"
_TRAIT_HOLDERS = frozenset({"he", "she", "they", "you"})


#: cues of a post's work put to its holder: "it is your job to", "it is their task to"
_PUT_TO_HOLDER = frozenset({("job", "to"), ("task", "to"), ("duty", "to")})


def _put_to_holder(sent: _Sent, at: int) -> bool:
    """Whether the noun of work at token ``at`` follows "is / be" and a holder's possessive ("it is your job to",
    "it's their task to")."""
    words = sent.words
    who = _skip_spaces(words, at - 1, -1)
    if who <= sent.start or words.lower[who] not in {"your", "their", "his", "her"}:
        return False
    be = _skip_spaces(words, who - 1, -1)
    return sent.norms[be] == "be" or words.lower[be] in {"'s", "’s"}


#: whose aims are the writer's, not a post's: "our mission", "its mission"
_WRITERS_OWN = frozenset({"our", "its", "my"})
#: the most words between "of" and "is to" after a noun of duty ("the tasks of this type of post are to")
_AIM_GAP = 8


def _aim_after_of(sent: _Sent, of: int) -> int | None:
    """The token after "to" when a noun of duty's "of" phrase closes with "is / are to" a few words on ("the main
    tasks of a porter are to move ...": move), no punctuation between; else None."""
    words = sent.words
    norms = sent.norms
    for k in range(of + 1, min(of + _AIM_GAP, sent.end - 2)):
        if words.punct[k]:
            return None
        if norms[k] == "be":
            to = _skip_spaces(words, k + 1, 1)
            return to + 1 if to + 1 < sent.end and norms[to] == "to" else None
    return None
#: the words after such a noun that introduce its list (norms); "and" / "or" only before another such noun
#: ("skills and abilities", "duties or tasks")
_NOUN_CUE_LINKS = frozenset(
    {"such", "like", "including", "include", "in", "of", "for", "with", "to", "be", "need", "needed", "require",
     "required", "necessary", "that", "which", "e.g.", "eg", "-", "–", "—", "(", ":", "range", "base"}
)
#: nouns of what a post needs or does, which "and" / "or" may join to a noun cue (norms)
_NEED_NOUNS = frozenset(
    {"skill", "ability", "capability", "competency", "competence", "task", "duty", "responsibility", "knowledge",
     "experience", "expertise", "qualification", "quality", "talent", "attribute", "trait", "requirement"}
)
#: what "and" / "or" after a noun cue may join: such a noun, or a relative clause of the people who have them
#: ("employees with specialised skills or who have been promoted take on duties such as ...")
_JOINED_NEEDS = _NEED_NOUNS | {"who", "which", "that", "whose"}
#: determiners after "role in" that open where a part is played ("any organization", "the company"), not what
#: is done ("a key role in driving sales")
_WHERE_DETERMINERS = frozenset({"any", "every", "each", "the", "a", "an", "all", "our", "their", "its", "his", "her"})
#: cues that are modal verbs: "must", "should", "need to", "have to"
_MODAL_CUES = frozenset({("must",), ("should",), ("need", "to"), ("need",), ("have", "to")})
#: words opening an embedded question or clause: "decide which lines should go", "whether they must"
_EMBEDDING_WORDS = frozenset({"which", "whether", "how", "where", "when", "why", "if"})


#: verbs that make someone else do what follows: "it helps employees understand ...", "lets readers see ..."
_CAUSATIVES = frozenset({"help", "helps", "helped", "let", "lets", "make", "makes", "allow", "allows", "enable"})


def _not_known_by_role(sent: _Sent, at: int) -> bool:
    """Whether "understand" at token ``at`` says nothing a role must know: a gerund opening the sentence
    ("Understanding the levels helps ..."), a purpose after another verb ("works with teams to understand
    ..."; "need to" / "able to" are cues of their own, read first), a noun after a preposition ("based on
    understanding of"), or what something lets a reader do ("it helps staff understand ...")."""
    words = sent.words
    lowers = words.lower
    before = _skip_spaces(words, at - 1, -1) if at > sent.start else -1
    if before < sent.start or words.punct[before]:
        return True  # the sentence's (or a list item's) first word: a gerund or a heading
    if lowers[before] in _PREPOSITIONS_BEFORE or lowers[before] == "to":
        return True
    return not _CAUSATIVES.isdisjoint(lowers[max(sent.start, at - 6) : at])


_PREPOSITIONS_BEFORE = frozenset({"on", "of", "in", "with", "by", "from", "for", "through", "without"})


_CUES_BY_FIRST: dict[str, list[tuple[tuple[str, ...], int]]] = {}
for _cue, _importance in sorted(_REQ_CUES.items(), key=lambda item: -len(item[0])):
    _CUES_BY_FIRST.setdefault(_cue[0], []).append((_cue, _importance))
#: the same cues by their first word, then by their second: those with that second word or of one word alone (in
#: _CUES_BY_FIRST's order); under "", those of one word alone
_CUES_BY_PAIR: dict[str, dict[str, list[tuple[tuple[str, ...], int]]]] = {
    _first: {
        _second: [(c, i) for c, i in _cues if len(c) == 1 or c[1] == _second]
        for _second in {"", *(c[1] for c, _ in _cues if len(c) > 1)}
    }
    for _first, _cues in _CUES_BY_FIRST.items()
}


_LEADING_FILLER = frozenset(
    {
        "be",
        "have",
        "having",
        "has",
        "understand",
        "know",
        "master",
        "use",
        "do",
        "can",
        "able",
        "to",
        "and",
        "also",
        "must",
        "good",
        "at",
        "the",
        "a",
        "an",
        "of",
        "for",
        "with",
        "familiar",
        "strong",
        "excellent",
        "solid",
        "some",
        "certain",
        "rich",
        "include",
        "including",
        "such",
        "as",
        "etc",
        "main",
        "mainly",
        "responsible",
        "skill",
        "ability",
        "requirement",
        "require",
        "need",
        "is",
        "are",
        "will",
        "should",
        "in",
        "on",
        "or",
        ":",
        "：",
        "well",
        "very",
        "both",
        "basic",
        # light verbs that add nothing to the skill: "run Amazon advertising"
        "run",
        "perform",
        "conduct",
        "carry",
        "out",
        "doing",
    }
)


def _list_items(
    sent: _Sent, start: int, end: int | None = None, *, reword: bool = True
) -> Iterator[tuple[int, int]]:
    doc = sent.doc
    words = _words(doc)
    norms = _doc_norms(doc)
    lowers = words.lower
    end = sent.end if end is None else end
    pieces: list[tuple[int, int]] = []
    # the list stops where the sentence says what the duties are for ("... to drive growth", "that ...")
    spans = list_spans(lowers[start:end]) if reword else [(0, end - start)]
    for first, stop in spans:
        first, stop = start + first, start + stop
        if reword and ("manner" in lowers[first:stop] or "way" in lowers[first:stop]):
            stop = _manner_start(lowers, first, stop)  # "Welcome guests in a calm, friendly manner": how, no item
        # "Hiring, training, supervising and evaluating staff": the commas of verbs sharing an object part no items
        lead = first  # (after filler: "Ability to lift, carry and stack crates")
        while reword and lead < stop and _is_filler(words, norms, lead) and not words.punct[lead]:
            lead += 1
        series = _verb_series_end(lowers, lead, stop) if reword else first
        series = first if series == lead else series
        # "Maintaining a safe, clean and appealing store": the commas of adjectives before one noun part no items
        joined = adjective_commas(lowers, first, stop) if reword else frozenset()
        if reword and "of" in lowers[first:stop]:
            joined = joined | _action_commas(lowers, first, stop)  # "the processing, distribution and tracking of X"
        if reword and "that" in lowers[first:stop]:
            joined = joined | _state_commas(lowers, lead, stop)  # "Ensure the bins are emptied, and that ..."
        cuts = [
            j
            # (only the words one of the tests below may take are visited, picked out in C)
            for j in itertools.compress(range(series, stop), map(_CUT_WORDS.__contains__, lowers[series:stop]))
            if (lowers[j] in _ITEM_BREAKS and j not in joined)
            or lowers[j] == "including"
            or (lowers[j] == "as" and j > first and lowers[j - 1] == "such")  # "campaigns such as SEO, paid ads"
            or (lowers[j] == "like" and j > first and _examples_like(lowers, j))  # "systems like Sabre, Galileo"
            or (reword and _as_well_as(lowers, j, first, stop))  # "patience as well as the ability to ...": one more
        ]
        lo = first
        where = False  # whether a piece before ended in a place or a time: "tastings across Leeds, York"
        subject = False  # whether a piece before named a degree's subject: "Degree in Finance, Business or ..."
        places = False  # whether the list has turned to examples of places or parties: "sites such as A, B"
        for j in [*cuts, stop]:
            opens_examples = j < stop and (lowers[j] == "like" or (lowers[j] == "as" and lowers[j - 1] == "such"))
            head = j - 2 if opens_examples and lowers[j] == "as" else j - 1
            if places and reword and j > lo and _no_verb_opens(lowers, lo, j):
                lo = j + 1
                continue  # "..., Twitter, and Instagram": more of the examples, no item of its own
            if reword and opens_examples and head > lo and _singular_word(lowers[head]) in _KINDS_OF_WORK:
                lo = j + 1  # "administrative tasks like payroll, budgets": the examples name the work, not "tasks"
                continue
            if subject and reword and j > lo:
                piece = doc.user_data["careergraph_text"][words.idx[lo] : words.idx[j - 1] + words.length[j - 1]]
                if not opens_requirement(piece):
                    lo = j + 1
                    continue  # "..., Business or related discipline": more of the degree's subject
                subject = False
            if lo > first and (lowers[lo - 1] == "including" or lowers[lo - 2 : lo] == ["such", "as"]):
                where = False  # "across all channels, including SEO, PPC": the examples are items
            if where and reword and j > lo and _no_verb_opens(lowers, lo, j):
                lo = j + 1
                continue  # "..., York, and Hull": more of the places, no item of its own
            where = where or not _WHERE_WORDS.isdisjoint(lowers[lo + 1 : j])
            # "stack items in warehouses, factories and yards": a piece ending in a place after "in" or "at"
            where = where or (
                reword
                and j - lo > 2
                and _singular_word(lowers[j - 1]) in _WORKPLACES
                and any(lowers[x] in {"in", "at"} for x in range(lo + 1, j - 1))
            )
            if reword and j > lo and ("degree" in lowers[lo:j] or "degrees" in lowers[lo:j]):
                piece = doc.user_data["careergraph_text"][words.idx[lo] : words.idx[j - 1] + words.length[j - 1]]
                subject = degree_subject(piece)
            if reword and j > lo and _duty_piece(doc, lo, j):
                pieces.append((lo, j))  # "Upload images and specs": skill_names splits a duty's objects itself
            else:
                pieces.extend(_split_on_and(words, norms, lo, j))
            if reword and examples_of_places(lowers, j, first, stop):
                places = True  # "post specials on sites such as A and B": where the work is done, no skills
            lo = j + 3 if j < stop and _as_well_as(lowers, j, first, stop) else j + 1
    for lo, hi in pieces:
        while lo < hi and _is_filler(words, norms, lo):
            lo += 1
        while hi > lo and (norms[hi - 1] in {"etc", "and", "or", ".", "such"} or words.punct[hi - 1]):
            hi -= 1
        if hi > lo:
            yield lo, hi


#: endings of a noun of an action: "processing", "distribution", "management", "maintenance", "removal"
_ACTION_ENDINGS = ("ing", "tion", "ment", "ance", "ence", "al")


def _action_commas(lowers: list[str], first: int, stop: int) -> frozenset[int]:
    """The commas of ``lowers[first:stop]`` that join nouns of actions sharing the object after "of": "the
    processing, distribution and tracking of customer orders" is one item (each action of the orders, see
    text_requirements.skill_names), not three."""
    out: set[int] = set()
    k = first
    while k < stop - 4:
        if not (lowers[k].endswith(_ACTION_ENDINGS) and len(lowers[k]) > 5 and lowers[k + 1] == ","):
            k += 1
            continue
        j, commas = k, []
        while j + 2 < stop and lowers[j + 1] == "," and lowers[j].endswith(_ACTION_ENDINGS):
            commas.append(j + 1)
            j += 2
        if lowers[j] in {"and", "or"}:
            j += 1  # "processing, distribution, and tracking"
        elif j + 2 < stop and lowers[j + 1] in {"and", "or"}:
            j += 2  # "processing, distribution and tracking"
        else:
            k = j + 1
            continue
        if j + 1 < stop and lowers[j].endswith(_ACTION_ENDINGS) and lowers[j + 1] == "of":
            out.update(commas)
        k = j + 1
    return frozenset(out)


def _as_well_as(lowers: list[str], j: int, first: int, stop: int) -> bool:
    """Whether "as well as" opens at token ``j`` after a piece of a list and before more of it (no comma before it:
    after one the comma parts the items already)."""
    return (
        lowers[j] == "as"
        and j > first
        and j + 3 < stop
        and lowers[j + 1 : j + 3] == ["well", "as"]
        and lowers[j - 1] not in _ITEM_BREAKS
    )


def _state_commas(lowers: list[str], first: int, stop: int) -> frozenset[int]:
    """The commas of a duty of seeing to states that go on after "that" ("Ensure the bins are emptied, and that the
    floors are swept", "making sure orders are packed, that labels are printed"): each state is named with the
    verb that sees to it (see text_requirements.skill_names), so the commas part no items."""
    if first >= stop or verb_base(lowers[first]) not in {"ensure", "make"}:
        return frozenset()
    if lowers[first + 1 : first + 2] != ["sure"] and verb_base(lowers[first]) == "make":
        return frozenset()
    return frozenset(
        j for j in range(first + 1, stop - 1)
        if lowers[j] == "," and (lowers[j + 1] == "that" or lowers[j + 1 : j + 3] == ["and", "that"])
    )


#: nouns of work in general: before examples ("tasks like payroll", "routine duties such as filing") they name none
_KINDS_OF_WORK = frozenset(
    {"task", "duty", "area", "activity", "responsibility", "thing", "function", "aspect", "chore", "job", "matter"}
)


def _manner_start(lowers: list[str], first: int, stop: int) -> int:
    """Where a phrase of manner ending tokens ``first:stop`` starts ("in a professional, friendly and courteous
    manner", "in a polite way": "in" and qualities before the noun), else ``stop``."""
    end = stop
    while end > first and (lowers[end - 1] in {".", ";", ","} or not lowers[end - 1].strip()):
        end -= 1
    if end - first < 4 or lowers[end - 1] not in {"manner", "way", "fashion"}:
        return stop
    k = end - 2
    while k > first and (lowers[k] in {",", "and", "&"} or _quality_word(lowers[k])):
        k -= 1
    if k - 1 > first and lowers[k] in {"a", "an"} and lowers[k - 1] == "in" and k + 1 < end - 1:
        return k - 1
    return stop


def _quality_word(word: str) -> bool:
    """A word of quality before a noun of manner: "professional", "friendly", "courteous", "timely", "polite"."""
    return word.isalpha() and (word.endswith(("al", "ly", "ous", "ful", "ive", "ent", "ant", "ite", "ble", "ic"))
                               or word in {"calm", "polite", "clear", "safe", "prompt", "warm", "kind", "fair"})


def _examples_like(lowers: list[str], j: int) -> bool:
    """Whether "like" at ``j`` opens examples of the plural noun before it ("booking systems like Sabre", "tasks
    like sorting items"), not a verb's ("looks like", "would like") or a comparison ("work like a team")."""
    before = lowers[j - 1]
    return (
        len(before) > 3
        and before.endswith("s")
        and not before.endswith(("ss", "us", "is"))
        and before not in _NOT_EXAMPLE_HEADS
        and verb_base(before) is None
    )


#: plural-looking words before "like" that head no examples: "looks like", "seems like", "feels like"
_NOT_EXAMPLE_HEADS = frozenset({"looks", "seems", "feels", "sounds", "likes", "things", "days", "times", "ones"})


_NOUN_ENDINGS = ("ing", "tion", "sion", "ment", "ship", "ance", "ence", "ness", "ity")
#: words opening a place or a time a duty is done at ("across the three sites", "during peak season"): a list
#: that goes on after one lists more places or times, not skills
_WHERE_WORDS = frozenset({"across", "during", "throughout", "within", "around", "between"})
#: places work is done in: after "in" or "at" one of them ends a piece, and the list goes on naming places
_WORKPLACES = frozenset(
    {"warehouse", "factory", "yard", "terminal", "depot", "store", "shop", "office", "site", "plant", "port",
     "hotel", "restaurant", "hospital", "outlet", "supermarket", "branch", "centre", "center", "mill", "mine"}
)
_ITEM_BREAKS = frozenset({",", "、", "，", ";", "；", "。", ".", "!", "?", ":", "："})
def _no_verb_opens(lowers: list[str], lo: int, j: int) -> bool:
    """Whether the piece ``lo:j`` of a list opens with no verb (its "and" or "or" passed over): after places or
    examples of places listed before it ("..., York, and Hull", "..., Twitter, and Instagram") more of them, no item
    of its own (see :func:`_list_items`)."""
    opening = lo + 1 if j > lo + 1 and lowers[lo] in {"and", "or"} else lo
    return verb_base(lowers[opening]) is None


#: the words at which _list_items may cut a list: its breaks, and the words that open examples or "as well as"
_CUT_WORDS = _ITEM_BREAKS | {"including", "as", "like"}
_SERIES_JOINS = frozenset({",", "and", "or", "&"})


def _verb_series_end(lowers: list[str], first: int, stop: int) -> int:
    """Where a series of verbs opening tokens ``first:stop`` ends ("recruit, train and schedule drivers",
    "coaching, motivating and appraising staff"): the position of its last verb when a comma joins three or more
    of them and the last has an object after it; else ``first``. Each verb is one the namer knows, or a gerund
    in a series opened by a known one."""
    if first >= stop or verb_base(lowers[first]) is None:
        return first
    gerund = lowers[first].endswith("ing")
    k, verbs, comma = first, 1, False
    while k + 2 < stop and lowers[k + 1] in _SERIES_JOINS:
        j = k + 1
        while j < stop and lowers[j] in _SERIES_JOINS:
            comma = comma or lowers[j] == ","
            j += 1
        word = lowers[j] if j < stop else ""
        if not (verb_base(word) is not None or (gerund and word.endswith("ing") and len(word) > 5)):
            break
        k, verbs = j, verbs + 1
    if verbs < 3 or not comma or k + 1 >= stop or lowers[k + 1] in _ITEM_BREAKS:
        return first
    return k


def _split_on_and(words: _Words, norms: list[str], lo: int, hi: int) -> list[tuple[int, int]]:
    """ "keyword research and inventory forecasting" is two items; "pick and pack orders" is one."""
    for k in range(lo, hi):
        if words.lower[k] == "and":
            left = sum(1 for x in range(lo, k) if not _is_filler(words, norms, x) and not words.punct[x])
            right = sum(1 for x in range(k + 1, hi) if not words.punct[x])
            # a one-word item on the left splits off only when it is a noun by its ending
            nominal = left == 1 and words.lower[k - 1].endswith(_NOUN_ENDINGS)
            # (or a word a grade is asked of, "good stamina and a sense of urgency", before an article's noun phrase)
            nominal = nominal or (left == 1 and _graded(words, k - 1) and words.lower[k + 1] in {"a", "an", "the"})
            if _actions_of(words, norms, lo, k, hi):
                continue  # "the feeding and walking of the dogs": the actions share the object after "of"
            if right >= 2 and (left >= 2 or nominal):
                return [(lo, k), *_split_on_and(words, norms, k + 1, hi)]
    return [(lo, hi)]


def _actions_of(words: _Words, norms: list[str], lo: int, k: int, hi: int) -> bool:
    """Whether the "and" at ``k`` joins nouns of actions (all of ``lo:k``, commas and filler aside) to one more
    that "of" and its object follow: "the processing, distribution and tracking of customer orders"."""
    nxt = k + 1
    if nxt + 1 >= hi or not words.lower[nxt].endswith(_ACTION_ENDINGS) or words.lower[nxt + 1] != "of":
        return False
    return all(
        words.lower[x].endswith(_ACTION_ENDINGS) or words.lower[x] == "," or _is_filler(words, norms, x)
        for x in range(lo, k)
    )


def _is_filler(words: _Words, norms: list[str], i: int) -> bool:
    if i + 1 < len(words.lower) and words.lower[i + 1] in {"/", "-"} and not words.space_after[i]:
        return False  # "A/B testing"
    if i + 1 < len(words.lower) and words.lower[i + 1] in {"'s", "’s"}:
        return False  # "a master's degree": a noun with its possessive, not the verb "master"
    if norms[i] == "carry":
        return _skip_spaces(words, i + 1, 1) < len(words.lower) and words.lower[_skip_spaces(words, i + 1, 1)] == "out"
    return norms[i] in _LEADING_FILLER or words.punct[i] or words.space[i]


_SUBJECT_GAP = 8
_LIST_SENTENCE = 14
_POSITION_WORDS = frozenset({"position", "post", "job", "role", "title"})


@dataclass
class _Topic:
    """Who the text is talking about: the role of the last sentence, the subject of the last requirement list."""

    carry: Mention | None = None
    listed: list[Mention] = field(default_factory=list)
    active: list[Mention | Entry] = field(default_factory=list)
    importance: int = 3
    #: whether ``listed`` are examples of a kind of post named before them ("roles such as A or B")
    examples: bool = False


def _role_list(doc: Doc, roles: list[Mention]) -> list[Mention]:
    """The roles of a sentence when they form one list ("channel, event, content and product operation")."""
    if len(roles) > 1 and not _EXAMPLE_GLUE.isdisjoint(_words(doc).lower[roles[0].j : roles[1].i]):
        return _role_list(doc, roles[1:])  # "supervisory roles such as team leaders or shift supervisors"
    run = roles[:1]
    for m in roles[1:]:
        if _only_separators(doc, run[-1].j, m.i, _LIST_SEPARATORS):
            run.append(m)
        else:
            return roles[:1]
    return run


_LIST_SEPARATORS = frozenset({",", "、", "，", "and", "or", "/", ";", "；"})
#: words that introduce examples of a kind of post: its examples are the roles talked about
_EXAMPLE_GLUE = frozenset({"such", "like", "including", "e.g", "e.g."})


def _group_roles(r: _Reader, group: str) -> list[Mention | Entry]:
    out: list[Mention | Entry] = []
    for role, g in r.facts.in_group:
        if g == group:
            entry = r.vocab.entries.get(role) or Entry(_ROLE, role, r.facts.nodes[role]["name"])
            out.append(entry)
    return out


#: words that say a requirement cue is denied: "don't require", "does not need", "never needs"
_DENIALS = frozenset({"not", "n't", "n’t", "never", "nor"})
#: words that may stand between "we" and a cue: "we also need to"
_WE_ADVERBS = frozenset({"also", "all", "still", "really", "will", "may", "might", "just", "first", "now"})


def _not_required(sent: _Sent, cue_start: int, after: int) -> bool:
    """Whether a requirement cue asks for nothing of a role: it is denied ("Order pickers don't require a formal
    education") or its subject is the writer ("we also need to bear in mind that ..."; not "we need someone with")
    (requirements.subject)."""
    lowers = sent.words.lower
    first = cue_start - 1 if lowers[cue_start] == "to" and cue_start > sent.start else cue_start  # "need to"
    pre = [w for w in lowers[max(sent.start, first - 3) : first] if w.strip()]
    if not _DENIALS.isdisjoint(pre[-2:]):
        return True
    while pre and pre[-1] in _WE_ADVERBS:
        pre.pop()
    if pre and pre[-1] == "we":
        # "we need to bear in mind", "we must remember": the writer's own act (not "we need someone with ...")
        return lowers[cue_start] in {"must", "should", "to"}
    return False


def _subject(
    r: _Reader, sent: _Sent, roles: list[Mention], after: int, cue_start: int, topic: _Topic
) -> Mention | None:
    """The role a requirement sentence is about: named before the cue, or just after "<cue> of"."""
    doc = sent.doc
    norms = _doc_norms(doc)
    # the subject stands close before the cue ("store managers must"), not clauses away
    if "requirements.subject" not in r.disabled and not {"same", "similar"}.isdisjoint(_sent_lowers(sent)):
        # "they do the same jobs as the porters and also have the duty of": the duty is not the porters'
        roles = [m for m in roles if not _compared(sent, m)]
    before = [m for m in roles if m.j <= cue_start and cue_start - m.j <= _SUBJECT_GAP]
    if "requirements.subject" not in r.disabled:
        if before:
            earlier = [o for o in roles if o.j <= before[-1].i and o.i >= sent.start]
            if earlier and _as_apposition(_words(doc).lower, earlier[0], before[-1]):
                return earlier[0]  # "The Team Supervisor, as the people manager of the team, will be responsible for"
        found = _subject_by_reference(r, sent, roles, before, cue_start, topic)
        if found is not None:
            r.referred = found
            return found
    if before:
        m = before[-1]
        if norms[max(m.i - 2, 0) : m.i] in (["type", "of"], ["kind", "of"]):
            return topic.carry or m  # "this type of operation" is the one just described
        return m
    # "the characteristic of a product manager ...", "requirements for a marketing assistant: ..."
    following = [m for m in roles if after <= m.i <= after + 4 and {"of", "for"} & set(norms[after : m.i])]
    if following:
        m = following[0]
        if norms[max(m.i - 2, 0) : m.i] in (["type", "of"], ["kind", "of"]):
            return topic.carry or m
        return m
    return None


def _compared(sent: _Sent, m: Mention) -> bool:
    """Whether role ``m`` is what a sentence compares its subject's work with: "as" right before it and "same" or
    "similar" a few words before that ("perform the same tasks as porters")."""
    lowers = sent.words.lower
    k = _skip_spaces(sent.words, m.i - 1, -1)
    if k <= sent.start or lowers[k] != "as":
        return False
    return not {"same", "similar"}.isdisjoint(lowers[max(sent.start, k - 5) : k])


def _as_apposition(lowers: list[str], subject: Mention, m: Mention) -> bool:
    """Whether role ``m`` follows role ``subject`` as what it is ("X, as the Y of Z,"): "as" and an article right
    after the subject (a comma between at most), ``m`` just after them."""
    between = [w for w in lowers[subject.j : m.i] if w.strip() and w != ","]
    if len(between) == 2 and between[0] in {"is", "are"} and between[1] in {"a", "an"}:
        return True  # "A seller account manager is a strategic partner responsible for ...": what X is, not who
    return len(between) in {2, 3} and between[0] == "as" and between[1] in {"the", "a", "an", "its", "their"}


_RELATIVE_WORDS = frozenset({"where", "wherein", "who", "which", "whose", "whereby"})
_QUESTION_WORDS = frozenset({"which", "what", "whether", "how", "that", "if", "when", "why", "who", "where"})


def _subject_by_reference(
    r: _Reader, sent: _Sent, roles: list[Mention], before: list[Mention], cue_start: int, topic: _Topic
) -> Mention | None:
    """The role a requirement cue is about when the words before it refer to one rather than name it.

    "You"/"I"/"this role" stand for the page's role; a pronoun after "Reporting to the head of X,"
    for the role talked about, not X; "the operations manager, where they are responsible for"
    and "the PPC trainee is ..., focused on building ... skills" for the role they follow.
    Returns None to leave the choice to the rule's older reading.
    """
    words = sent.words
    lowers = words.lower
    page = r.section_role or r.subject
    earlier = [m for m in roles if m.j <= cue_start]
    last = earlier[-1] if earlier else None
    kind = subject_word(lowers[last.j if last is not None else sent.start : cue_start])
    if last is not None and _introduced_by_as(words, last, sent.start):
        return last  # "As a brand lead, you will ..."
    if last is not None and not _RELATIVE_WORDS.isdisjoint(lowers[last.j : min(last.j + 5, cue_start)]):
        return last  # "... an operations manager where they are responsible for ..."
    if (
        kind == "page"
        and r.told is not None
        and r.told_person == "i"
        and "i" in lowers[sent.start : cue_start]
        and "requirements.narrator" not in r.disabled
    ):
        return r.told  # "I've handled VIP requests" in a career told in the first person: the post held then
    if kind == "page" and page is not None:
        return page
    opening = roles[0].i <= _skip_spaces(words, sent.start, 1) + 1 if roles else False
    if kind == "pronoun":
        if before and last is not None and _someone_else(words, last, sent.start):
            return topic.carry or page  # "Reporting to the head of X, they ...": the named role is not who "they" are
        if before:
            return last
        if opening and len(earlier) == 1 and "requirements.opener-pronoun" not in r.disabled:
            return roles[0]  # "Supervisors work on the floor, but they are also responsible for ...": the opener
        if topic.carry is not None:
            return topic.carry
    if not before and len(earlier) == 1 and opening and _QUESTION_WORDS.isdisjoint(lowers[roles[0].j : cue_start]):
        return roles[0]  # the sentence's subject, far from the cue (not "buyers decide which goods should ...")
    return None


#: "<skill> is essential / a must / key": the sentence names a skill as needed
_ESSENTIAL = re.compile(
    # (after a post's label or a phrase naming it for whom: "Night porter: A and B are required", "For a night
    # porter, A and B are needed"; the post is checked to be one)
    r"^[\W\d]*(?:(?P<label>[^.;:!?(),]{3,50}?)\s*[:：]\s*|for\s+(?:an?|the)\s+(?P<whom>[^.;:!?(),]{3,50}?)\s*,\s*)?"
    r"(?P<skill>[^.;:!?()]{3,80}?)\s+(?:is|are|would be|will be)\s+"
    # (how often it is so: "a first aid certificate is usually needed")
    r"(?:(?:usually|typically|generally|normally|often|always|commonly|mostly|frequently|increasingly|equally)\s+)?"
    r"(?:an?\s+)?(?:absolute(?:ly)?\s+|real\s+"
    r"|very\s+|most\s+|really\s+|also\s+|particularly\s+|highly\s+|definite\s+|big\s+|huge\s+)?(?P<judged>must"
    r"|must-have|essential|key|vital|crucial|critical|important|required|necessary|needed|indispensable|absolute"
    r"|paramount|plus|advantage|bonus|asset|desirable|beneficial|advantageous|preferred"
    r"|(?:learned|learnt|core|key|essential|vital|basic|soft|hard|practical)\s+skills)\b",
    re.I,
)


#: a word one of which each match of :data:`_ESSENTIAL` holds (its judgement; "skills" ends the skill nouns')
_ESSENTIAL_WORDS = (
    "must", "essential", "key", "vital", "crucial", "critical", "important", "required", "necessary", "needed",
    "indispensable", "absolute", "paramount", "plus", "advantage", "bonus", "asset", "desirable", "beneficial",
    "preferred", "skills",
)


#: "and" before a requirement of its own kind inside what a sentence says is essential: "A and the ability to B"
_ABILITY_JOINED = re.compile(
    r"\s+and\s+(?P<rest>(?:(?:the|an?)\s+)?(?:ability|capacity|willingness|skills?)\s+to\s+\S)", re.I
)


#: "...; team leadership required": a short noun phrase closed by "required" or "preferred" at a clause's end
_REQUIRED_AFTER = re.compile(
    r"(?:^|[;:]\s*)(?P<skill>[A-Za-z][^,.;:!?()\d]{2,40}?)\s+(?:is\s+|are\s+)?(?:required|preferred)\s*(?:[.;,]|$)"
)


def _may_be_essential(text: str) -> bool:
    """Whether :func:`_essential` may find a need in a sentence: it reads one only after " is ", " are " or " be ",
    or with "required" or "preferred" (a gate in front of the rule: most sentences hold none)."""
    return " is " in text or " are " in text or " be " in text or "required" in text or "preferred" in text


def _essential(r: _Reader, sent: _Sent, ms: list[Mention], offset: int) -> bool:
    """ "Attention to detail is essential (for a buyer)": the skill a sentence opens with, for the role it names
    after it, or for the role of the requirements section or question just before, or the page's role;
    "Negotiation and costing skills are vital": each skill of the list. Returns whether it linked any."""
    text = sent.text
    found = None
    if (" is " in text or " are " in text or " be " in text) and _may_hold(text, _ESSENTIAL_WORDS):
        found = _ESSENTIAL.match(text)
        if found is not None and (found.group("label") or found.group("whom")) and not _lead_names_post(
            r, found, ms, offset + sent.start_char
        ):
            found = None  # "Note: ...", "Experience: ...", "For most shifts, ...": no post's label
    if found is None and ("required" in text or "preferred" in text):
        found = _REQUIRED_AFTER.search(text)  # "Experience: 3 years; forklift licence required"
    if found is None:
        return False
    if "structure.ad-fields" not in r.disabled and negated_value(text, found.start("skill"), found.end("skill")):
        return False  # "None typically required": nothing is
    base = offset + sent.start_char
    lo, hi = base + found.start("skill"), base + found.end("skill")
    if any(m.label is _ROLE and lo <= m.start < hi for m in ms):
        return False  # "The buyer is key": a role, not a skill
    after = [m for m in ms if m.label is _ROLE and m.start >= hi]
    if found.re is _ESSENTIAL and (found.group("label") or found.group("whom")):
        # "Night porter: A and B are required": the post the label (or the "for" phrase) names is whose need it is
        lead = "label" if found.group("label") else "whom"
        ends = base + found.start(lead), base + found.end(lead)
        after = [m for m in ms if m.label is _ROLE and ends[0] <= m.start and m.end <= ends[1]]
    role = after[0] if after else (r.needs_role or r.subject or _level_title(r))
    if role is None:
        return False
    written = found.group("skill")
    if "," in written:
        # "Coaching ability, conflict resolution, and shift planning are learned skills": each item of the list
        if not _LISTED.search(written) and written.count(",") < 2:
            return False  # "In busy kitchens, speed is key": an opening phrase, not a list
        names = []
        at = 0
        for part in [*_LIST_GAP.split(written)]:
            at = written.index(part, at)
            names += [n._replace(start=n.start + at, end=n.end + at) for n in skill_names(part)]
            at += len(part)
    elif (joined := _ABILITY_JOINED.search(written)) is not None:
        # "Compliance knowledge and the ability to run audits are important": two requirements, each named alone
        later = joined.start("rest")
        names = skill_names(written[: joined.start()])
        names += [n._replace(start=n.start + later, end=n.end + later) for n in skill_names(written[later:])]
    else:
        names = skill_names(written)
    if not names or len(names) > 5 or any(n.reworded and not n.alias and len(names) == 1 for n in names):
        return False
    words = sent.words
    i = bisect.bisect_left(words.idx, lo - offset)
    skills: list[Mention | Entry] = []
    for name in names:
        entry = _named_skill(name.name)
        skills.append(Mention(entry.label, entry.key, entry.name, False, lo + name.start, lo + name.end, i, i + 1))
    wished = found.groupdict().get("judged") in _WISHED  # "Photoshop is a plus": wanted, not needed
    _link(r, sent, offset, [role] if after else _needs_roles(r, role), skills, 2 if wished else 5)
    return True


def _lead_names_post(r: _Reader, found: re.Match[str], ms: list[Mention], base: int) -> bool:
    """Whether the label (or "for" phrase) before what :data:`_ESSENTIAL` found names one post and nothing else
    ("Night porter:", "For a night porter,"; not "Note:", "For most shifts,")."""
    if "requirements.label-role" in r.disabled:
        return False
    lead = "label" if found.group("label") else "whom"
    lo, hi = base + found.start(lead), base + found.end(lead)
    named = [m for m in ms if m.label is _ROLE and lo <= m.start and m.end <= hi]
    return len(named) == 1 and hi - named[0].end <= 1 and named[0].start - lo <= 1


#: "It is important (for a porter) to keep calm": what a sentence says it is important for a role to do or have
_IMPORTANT_TO = re.compile(
    # (at the sentence's start, or after what someone says: "Most recruiters will state that it is essential ...")
    r"(?:^\W*|^[^.;:]{0,60}?\b(?:state|states|say|says|agree|agrees|believe|believes|find|finds|stress|stresses)\s+that\s+)"
    r"(?:(?:also|however|above all|of course|therefore|again|so|thus|hence)\s*,?\s*)?it\s*(?:is|['’]s|will be"
    r"|would be)\s+(?:(?:also|very|so|extremely|absolutely|especially|particularly|really|most|equally|critically"
    r"|always)\s+)*(?:important|essential|vital|crucial|critical|key|necessary|imperative)\s+(?:for\s+(?P<who>"
    # (who wants to be one: "for an individual who wants to become a porter to ...")
    r"[^,.;:]{0,60}?\b(?:wants?|wishes|hopes?|aims?|plans?|trying|hoping|going|would like)\s+to\s+[^,.;:]{2,60}?"
    r"|[^,.;:]{2,90}?)\s+)?to\s+(?P<what>.+)",
    re.I | re.S,
)
#: the words of _IMPORTANT_TO's judgement, a gate before it
_IMPORTANT_WORDS = frozenset(
    {"important", "essential", "vital", "crucial", "critical", "key", "necessary", "imperative"}
)
#: what the writer asks of the reader, no requirement of the work: "It is important to note that ..."
_TELLING_VERBS = re.compile(
    r"(?:note|remember|understand|know|realis|realiz|consider|mention|point|stress|keep in mind|bear in mind|recognis"
    r"|recogniz|ask|check|find|look|research|read|think|decide|choose|plan|start|get|be aware|give as much"
    r"|compare|weigh|avoid|make sure you (?:apply|read))",
    re.I,
)
#: who the sentence says it is important for, standing for the page's role: "for you", "for candidates"
_ANYONE = frozenset(
    {"you", "anyone", "anybody", "someone", "somebody", "everyone", "candidates", "applicants", "them", "him", "her",
     "a candidate", "an applicant", "new starters", "employees", "staff", "workers"}
)
#: where a piece of what is important ends: a clause of reason, condition or time ("..., whether it is ...")
_IMPORTANT_END = re.compile(
    r"\s*(?:[.;:!?]|,\s*(?:whether|which|so|as|because|since|but|while|when|if|though|although|especially|even)\b"
    r"|\s(?:so that|in order|because|since|whether|if|when|as this|as it)\b)",
    re.I,
)
#: what opens a claim made of the reader, whose object is what is important: "demonstrate that you are ..."
_SHOWN = re.compile(r"(?:demonstrate|show|prove)\s+(?:that\s+)?you\s+(?:are|have|can)\s+", re.I)


def _head_word(words: str) -> str:
    """The last word of a phrase in the singular: "the shift managers" -> "manager"."""
    last = words.split()[-1] if words.split() else ""
    return last[:-1] if len(last) > 3 and last.endswith("s") and not last.endswith("ss") else last


def _claims(written: str, at: int) -> list[tuple[int, str]]:
    """The things the reader is said to be or have from ``at`` on ("a team player and have a forklift licence"), each
    with where it starts."""
    out = []
    for part in re.split(r"\s+and\s+(?:are|have|can)\s+", written[at:]):
        start = written.index(part, at)
        if not part.lower().startswith("able "):  # ("... and are able to work well": how well, no thing named)
            out.append((start, part))
        at = start + len(part)
    return out


def _important_to(r: _Reader, sent: _Sent, ms: list[Mention], offset: int) -> bool:
    """ "It is important (for a porter) to keep calm and to arrive on time": each thing it is important to do or have
    is a requirement of the role the "for" phrase names, else (for no one, or for "you", "candidates") of the
    section's or page's role; what the writer asks of the reader ("It is important to note that ...") is none.
    Returns whether it linked any (then the sentence's cue is not read again)."""
    text = sent.text
    found = _IMPORTANT_TO.match(text)
    if found is None or _TELLING_VERBS.match(text, found.start("what")):
        return False
    base = offset + sent.start_char
    if found.group("who") is not None:
        lo, hi = base + found.start("who"), base + found.end("who")
        named = [m for m in ms if m.label is _ROLE and lo <= m.start and m.end <= hi]
        who = found.group("who").lower()
        page = r.needs_role or r.section_role or r.subject
        if not named and page is not None and _head_word(who) == _head_word(page.name.lower()):
            named = [page]  # "for the manager", "for porters" on a page about a manager or a porter
        if not named and who not in _ANYONE:
            return False  # "It is important for the company to ...": no role's requirement
        roles = named[:1]
    else:
        roles = []
    # for no one named: the page's role, else the one named a sentence before, or the one a sentence like this named
    # a sentence or two before ("It is important for anyone who wants to be a porter to ... It is important to ...")
    before = r.important_for[0] if r.important_for and r.sentence_index - r.important_for[1] <= 2 else None
    role = roles[0] if roles else (r.needs_role or r.section_role or r.subject or before or r.recent_role)
    if role is None:
        return False
    names: list[SkillName] = []
    at = read_to = found.start("what")
    for piece in re.split(r",?\s+(?:and|or)\s+to\s+|,\s*to\s+", text[at:]):
        start = text.index(piece, at)
        end = _IMPORTANT_END.search(piece)
        written = piece[: end.start()] if end is not None else piece
        shown = _SHOWN.match(written)
        if written.strip() and not _TELLING_VERBS.match(written):
            # "show that you are a good listener and can ...": each thing the reader is, has or can
            parts = [(0, written)] if shown is None else _claims(written, shown.end())
            for skip, part in parts:
                names += [n._replace(start=n.start + start + skip, end=n.end + start + skip) for n in
                          skill_names(part, predicate=shown is None)]
        at = start + len(piece)
        read_to = at if end is None else start + end.start()
        if end is not None:
            break  # (what follows a clause of reason, condition or time, or the sentence's end, is no more of it)
    if not names or any(m.label is _ROLE and base + found.start("what") <= m.start < base + read_to for m in ms):
        return False  # (a role named in what is important: a move or a relation, not a requirement)
    words = sent.words
    skills: list[Mention | Entry] = []
    for name in names:
        entry = _named_skill(name.name)
        i = bisect.bisect_left(words.idx, sent.start_char + name.start)
        skills.append(Mention(entry.label, entry.key, entry.name, False, base + name.start, base + name.end, i, i + 1))
    targets: list[Mention | Entry] = [*roles] if roles else _needs_roles(r, role)
    _link(r, sent, offset, targets, skills, 4)
    if roles:
        r.important_for = (roles[0], r.sentence_index)
    return True


#: a list's last gap ("A, B, and C", "A, B or C") and every gap of one
_LISTED = re.compile(r",\s*(?:and|or)\s")
_LIST_GAP = re.compile(r"\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+")


#: words that call a skill welcome rather than needed
_WISHED = frozenset({"plus", "advantage", "bonus", "asset", "desirable", "beneficial", "advantageous", "preferred"})


#: adverbs between a post, its comma and its verb of duty: "Dispatcher, mainly coordinates the drivers"
_MAINLY = frozenset({"mainly", "mostly", "chiefly", "primarily", "largely"})


def _duty_verb(r: _Reader, vocab: Vocabulary, sent: _Sent, ms: list[Mention], offset: int) -> None:
    """ "As a buyer I negotiate prices", "Store managers oversee stock counts": a role (or "I"/"you" on a page
    about one) followed by a verb of duty; its object names a skill. A sentence with a requirement cue is left
    to requirements.cue."""
    words = sent.words
    lowers = words.lower
    roles = [m for m in ms if m.label is _ROLE]
    if roles and "where" in _sent_lowers(sent) and "requirements.relative" not in r.disabled:
        _where_duties(r, sent, roles, offset)
    if roles and (
        ":" in _sent_lowers(sent) or "：" in _sent_lowers(sent) or not _DASHES.isdisjoint(_lower_gates(sent))
    ):
        _colon_duties(r, sent, roles, offset)
    k = _skip_spaces(words, sent.start, 1)
    subjects = {"i", "you", "they", "he", "she", "these", "those", "such", "candidate", "applicant"}
    # "This role directs ...", "The post holder plans ...": the post named by a noun for a post
    post = k + 2 < sent.end and lowers[k] in _POST_LEADS and lowers[_skip_spaces(words, k + 1, 1)] in _POST_WORD
    if k >= sent.end or not (roles or post or not subjects.isdisjoint(lowers[k : k + 6])):
        if _label_duty(r, sent, ms, offset):
            return None  # "Sous Chef (K3): ... Orders the stock.": the label's role does it
        return _imperative(r, sent, ms, offset)  # no subject to read: perhaps a duty line "Configure X"
    if lowers[k] in _WHEN_CLAUSES and "requirements.when-clause" not in r.disabled:
        # "When they are out on patrol(,) they carry radios": the main clause's subject, after the time clause
        main = _after_when_clause(words, k, sent.end)
        if main is not None:
            k = main
            r.rule = "requirements.when-clause"
    near = lowers[k : min(k + 5, sent.end)]
    comma = k + near.index(",") if "," in near else None
    # "Day to day, buyers negotiate ...": a short opening phrase before the subject (one naming a role is none:
    # "Supervise team of coordinators, drivers and ...", a list)
    if comma is not None and lowers[k] not in {"i", "you", "they"} and not post and all(m.i > comma for m in roles):
        k = _skip_spaces(words, comma + 1, 1)
        if k >= sent.end:
            return
    role: Mention | None = None
    stage: list[Mention | Entry] = []
    if roles and (
        (_introduced_by_as(words, roles[0], sent.start) and roles[0].i <= k + 2)
        or (
            lowers[k] == "being"
            and "requirements.there-to" not in r.disabled
            and _being_in_post(words, roles[0], k, sent.end)
        )
    ):
        role = roles[0]  # "As a paid search specialist, I run ...", "Being in a ranger position, you ..."
        k = _skip_spaces(words, role.j, 1)
        if k < sent.end and lowers[k] in _POST_WORD:
            k = _skip_spaces(words, k + 1, 1)
        while k < sent.end and (words.punct[k] or words.space[k]):
            k += 1
        if k >= sent.end or lowers[k] not in {"i", "you", "we", "he", "she", "they"}:
            return
        k += 1
    elif roles and (roles[0].i <= k + 1 or _time_opener(words, k, roles[0].i)):
        role = roles[0]  # "Store managers oversee ...", "At the end of each day a teller balances ..."
        k = role.j
        after = _skip_spaces(words, k, 1)
        comma = after < sent.end and lowers[after] in {",", "，"}
        if comma:
            after = _skip_spaces(words, after + 1, 1)
        if comma and after + 1 < sent.end and lowers[after] in _MAINLY and lowers[after + 1].endswith("s"):
            k = after + 1  # "Dispatcher, mainly coordinates the drivers ...": what the post chiefly does
        elif after < sent.end and lowers[after] in {"who", "that"} and "requirements.relative" not in r.disabled:
            k = after + 1  # "A field controller, who runs the coupons": the relative clause's duty
            r.rule = "requirements.relative"
        elif "requirements.employer-aside" not in r.disabled and (named := _past_employer(sent, after)) > after:
            k = named  # "Porters at Grand Hotels greet ...": the employer named between the post and its verb
            r.rule = "requirements.employer-aside"
    elif roles and "requirements.relative" not in r.disabled and (relative := _relative_role(words, roles)):
        role, k = relative  # "... for listing editors, who write product titles"
        r.rule = "requirements.relative"
    elif (
        lowers[me := _after_time_words(words, k, sent.end)] == "i"
        and me + 1 < sent.end
        and r.told is not None
        and r.told_person == "i"
        and not roles
        and "requirements.narrator" not in r.disabled
    ):
        # "(Now) I check seller accounts" in a career told in the first person: the post the narrator holds then
        role = r.told
        k = me + 1
        r.rule = "requirements.narrator"
    elif (
        (sought := _sought_person(words, k, sent.end)) is not None
        and r.subject is not None
        and "requirements.sought-person" not in r.disabled
    ):
        # "The successful candidate will plan delivery routes ...": the one hired for the page's post does it
        role, k = r.subject, sought
        r.rule = "requirements.sought-person"
    elif lowers[k] in {"i", "you"} and (r.subject is not None or _reader_in_stage(r)) and k + 1 < sent.end:
        role = r.subject
        headed = r.section_role
        if (
            lowers[k] == "you" and headed is not None and role is not None and headed.key != role.key
            and headed.start > role.start and "requirements.headed-reader" not in r.disabled
        ):
            # "## Customer Service Officer" / "You will greet customers ...": the post the heading above names
            role = headed
            r.rule = "requirements.headed-reader"
        if lowers[k] == "you" and _reader_in_stage(r):
            # "Most start as A or B. ... You will then lead X": the reader stands in the stage the paragraph set
            stage, role = list(r.stage), r.stage[0]
            r.rule = "requirements.stages"
        k += 1
    elif (
        lowers[k] == "they"
        and k + 1 < sent.end
        and (not roles or _roles_late(words, roles, k + 1, sent.end))
        and (r.recent_role or r.section_role or r.subject)
    ):
        # "Pickers work nights. They load vans ...": the role just named, else the one the page is about (a role
        # named late, after the duties' first clause, is no subject: "..., and restock under a duty manager"); of
        # the roles the sentence before named, the one it opened with ("A head porter supervises the bell boys.
        # They ..." is the head porter)
        role = (r.opener if "requirements.subject" not in r.disabled else None) or r.recent_role or r.section_role
        role = role or r.subject
        k += 1
    elif lowers[k] in {"he", "she"} and k + 1 < sent.end and r.told is None and (r.recent_role or r.section_role):
        # "A head porter runs the lobby. She trains new porters ...": the role just named (not a person's story)
        role = r.recent_role or r.section_role
        k += 1
        if "requirements.either-pronoun" not in r.disabled and (past := _past_other_pronoun(words, k, sent.end)) > k:
            k, r.rule = past, "requirements.either-pronoun"  # "He or she trains ...", "He/she trains ..."
    elif lowers[k] in {"these", "those", "such"} and not roles and k + 2 < sent.end:
        # "These associates use ...": the page's (or the last named) role, called by its head word again
        nxt = _skip_spaces(words, k + 1, 1)
        for known in (r.recent_role, r.section_role or r.subject):
            if known is not None and nxt < sent.end and sent.norms[nxt] == word_norm(
                known.name.split()[-1].lower()
            ):
                role, k = known, nxt + 1
                break
    elif lowers[k] in _POST_LEADS and not roles and k + 2 < sent.end and "requirements.subject" not in r.disabled:
        # "This role directs the campaigns", "The post holder also plans ...": the post just named, else the page's
        nxt = _skip_spaces(words, k + 1, 1)
        if lowers[nxt] in _POST_WORD:
            known = r.opener or r.recent_role or r.section_role or r.subject
            if known is not None:
                role, k = known, nxt + 1
                if k < sent.end and lowers[_skip_spaces(words, k, 1)] in {"holder", "holders"}:
                    k = _skip_spaces(words, k, 1) + 1
    if role is None:
        return _imperative(r, sent, ms, offset)  # no role is the subject: perhaps "Lead a team of 8 porters"
    k = _skip_spaces(words, k, 1)
    subject_end = k
    # modals and adverbs between the subject and the verb: "will", "'ll", "also", "usually", "then"
    while k < sent.end and (
        lowers[k] in {"will", "'ll", "’ll", "can", "also", "usually", "often", "then", "typically", "mainly",
                      "generally", "each", "day", "daily", "must", "should", "may", "would", "'d", "’d", "be",
                      "still", "mostly", "'ve", "’ve", "have", "has", "had"}
        or (lowers[k].endswith("ly") and len(lowers[k]) > 4)
        or words.space[k]
        # "Porters not only move A but also B": the verb after "not only" is the first duty
        or (lowers[k] == "not" and lowers[_skip_spaces(words, k + 1, 1)] == "only")
        or (lowers[k] == "only" and k > sent.start and lowers[_skip_spaces(words, k - 1, -1)] == "not")
    ):
        k += 1
    if k >= sent.end:
        return
    if lowers[k] in _STRIVING and (to := _skip_spaces(words, k + 1, 1)) + 1 < sent.end and lowers[to] == "to":
        # "A depot manager works to cut fuel costs and (to) secure ...": the verbs after "to" are the duties
        k = _skip_spaces(words, to + 1, 1)
    if lowers[k] in _THERE_BE and "requirements.there-to" not in r.disabled:
        there = _skip_spaces(words, k + 1, 1)
        to = _skip_spaces(words, there + 1, 1)
        if to + 1 < sent.end and lowers[there] == "there" and lowers[to] == "to":
            # "you're there to greet the guests and ...": what the post is there for are its duties
            duties = _duty_skills(sent, words, _skip_spaces(words, to + 1, 1), offset)
            if duties:
                r.run("requirements.there-to", _link, r, sent, offset, stage or [role], duties, 3)
            return
    if lowers[k] in {"is", "are"} and "requirements.identity-participle" not in r.disabled:
        part = _identity_participle(words, k, sent.end)
        if part is not None and _cue_position(sent) is None:
            # "Night porters are the backbone of a hotel, checking the doors and ...": what the post is likened to
            # says no duty, the participles after it do
            duties = _duty_skills(sent, words, part, offset)
            if duties:
                r.run("requirements.identity-participle", _link, r, sent, offset, stage or [role], duties, 3)
            return
    base = verb_base(lowers[k], past=True)
    vouched = False
    if base is None and "requirements.noun-verbs" not in r.disabled:
        # "The night porter locks the doors": a verb of work that is a noun as often, where no noun stands
        base = _noun_verb_after(words, k, sent.end, subject_end)
        vouched = base is not None
    if base in _ACTING_VERBS and k + 1 < sent.end and lowers[_skip_spaces(words, k + 1, 1)] == "as":
        # "A concierge acts as the guests' main contact, booking tables, arranging tours and ...": the participles
        gerund = _participle_duties(words, k + 2, sent.end)
        if gerund is not None:
            acts = _skills_in(vocab, sent, ms, gerund, offset, new=True, reword=_rewords(r), duties=True)
            _link(r, sent, offset, [role], acts, 3)
        return
    if lowers[k] in _FOCUS_VERBS and "requirements.focus-on" not in r.disabled:
        # "Yard marshals focus on checking seals and logging trailers": the gerunds after "on" are the duties
        focus = _focus_gerund(words, k, sent.end)
        if focus is not None:
            close = _gerund_list_end(words, focus, sent.end)
            acts = _skills_in(vocab, sent, ms, focus, offset, new=True, reword=_rewords(r), duties=True, end=close)
            r.run("requirements.focus-on", _link, r, sent, offset, stage or [role], acts, 3)
        return
    if base in _WITH_VERBS and "requirements.work-with-to" not in r.disabled:
        # "will collaborate with the estate team to create planting plans": the infinitive is the work itself
        aim = _aim_after_partners(words, k, sent.end)
        if aim is not None:
            aims = _duty_skills(sent, words, aim, offset)
            if aims:
                r.run("requirements.work-with-to", _link, r, sent, offset, stage or [role], aims, 3)
    later = roles if role not in roles else roles[1:]
    if "requirements.people-objects" not in r.disabled and _MOVE_WORDS.isdisjoint(_norm_gates(sent)):
        # "count the tills and coach the cashiers": a post that a later verb of duty to people governs is its object
        later = [m for m in later if not _people_object(words, m, k)]
    if any(m.label is _ROLE and m.i >= k for m in later) and (
        not _MOVE_WORDS.isdisjoint(_norm_gates(sent))
        or (base not in _PEOPLE_DUTIES and not _roles_late(words, later, k, sent.end))
    ):
        return  # another role after the verb: a move or a hand-off, not a duty (but "supervises the tellers")
    cue = _cue_position(sent)
    if cue is not None and cue[0] - 1 > k and _examples_cue(r, words, cue[0] - 1):
        cue = None  # "This role manages the visitor experience, including ...": examples of the duty, no cue
    if base is None or (cue is not None and not (cue[0] - 1 > k and sent.norms[cue[0] - 1] in _DUTY_CUES)):
        return  # no verb of duty, or a requirement cue that requirements.cue reads (not a duty verb later on)
    but = _but_also(words, k, sent.end) if "not" in lowers[max(sent.start, k - 3) : k] else None
    if but is not None:
        # "Porters not only move patients but may also deliver samples, ...": the duties of both halves
        skills = (_duty_skills(sent, words, k, offset, verb=vouched, stop=but[0]) or []) + (
            _duty_skills(sent, words, but[1], offset) or []
        ) or None
    else:
        skills = _duty_skills(sent, words, k, offset, verb=vouched)
    if skills is None:
        return  # no verb of duty opens the predicate
    if vouched:
        r.rule = "requirements.noun-verbs"  # (run() puts the outer rule back)
    _link(r, sent, offset, stage or [role], skills, 3)


#: participles after a comma that say no duty: "..., including X", "..., depending on Y"
_NO_DUTY_PARTICIPLES = frozenset(
    {"including", "according", "depending", "regarding", "concerning", "following", "meaning", "making", "giving",
     "being", "having", "getting", "earning", "paying", "reporting", "working", "allowing", "offering"}
)


def _identity_participle(words: _Words, k: int, end: int) -> int | None:
    """Where the participle stands in "(X) is/are the face of the hotel, (actively) booking tables ...": after "is"
    or "are" at ``k``, a noun phrase opening with an article or "one of" and ending at a comma within a dozen words,
    then a participle of a verb of work; else None."""
    lowers = words.lower
    j = _skip_spaces(words, k + 1, 1)
    while j < end and (lowers[j] in {"also", "often", "really", "truly"} or words.space[j]):
        j += 1  # "This person is also the voice of ..."
    if j >= end or lowers[j] not in {"the", "a", "an", "one"}:
        return None
    comma = next((x for x in range(j + 1, min(j + 14, end)) if lowers[x] in {",", ";", "."}), None)
    if comma is None or lowers[comma] != "," or any(lowers[x] in _IDENTITY_BREAKS for x in range(j + 1, comma)):
        return None
    part = _skip_spaces(words, comma + 1, 1)
    while part < end and lowers[part].endswith("ly") and len(lowers[part]) > 4:
        part = _skip_spaces(words, part + 1, 1)
    word = lowers[part] if part < end else ""
    if not word.endswith("ing") or word in _NO_DUTY_PARTICIPLES or verb_base(word) is None:
        return None
    return part


#: words inside the likeness before the comma that make it no plain noun phrase: a clause or a cue of its own
_IDENTITY_BREAKS = frozenset(
    {"who", "which", "that", "responsible", "able", "required", "expected", "is", "are", "was", "were", "but"}
)


#: words that may stand between "but" and the verb after "not only ...": "but may also", "but also", "but often"
_BUT_ALSO_WORDS = frozenset({"may", "might", "can", "could", "will", "would", "must", "should", "often", "also"})


def _but_also(words: _Words, k: int, end: int) -> tuple[int, int] | None:
    """Where the "but" of "not only <duty> but (may) also <duty>" stands after the verb at ``k``, and the verb after
    it: (but, verb); None when no "but" follows within the clause, or no verb after it."""
    lowers = words.lower
    for j in range(k + 1, end):
        if lowers[j] in {";", ".", ":"}:
            return None
        if lowers[j] != "but":
            continue
        v = _skip_spaces(words, j + 1, 1)
        while v < end and (lowers[v] in _BUT_ALSO_WORDS or words.space[v]):
            v += 1
        return (j, v) if v < end and verb_base(lowers[v]) is not None else None
    return None


#: verbs of effort before "to" and the duty itself: "works to secure new accounts", "strives to cut waste"
_STRIVING = frozenset(
    {"work", "works", "strive", "strives", "aim", "aims", "seek", "seeks", "try", "tries", "endeavour", "endeavours",
     "endeavor", "endeavors"}
)
#: the one an ad seeks, as the subject of its duties: "the successful candidate", "the ideal applicant"
_SOUGHT_JUDGED = frozenset({"ideal", "successful", "right", "perfect", "selected"})
_SOUGHT_NOUNS = frozenset({"candidate", "applicant", "person", "hire", "individual"})


def _sought_person(words: _Words, k: int, end: int) -> int | None:
    """The token after "the successful candidate" (the ideal applicant, the right person ...) opening a sentence at
    ``k``, when "will" or "would" follows it; else None."""
    lowers = words.lower
    judged = _skip_spaces(words, k + 1, 1)
    noun = _skip_spaces(words, judged + 1, 1)
    modal = _skip_spaces(words, noun + 1, 1)
    if modal >= end or lowers[k] not in {"the", "our", "an", "a"}:
        return None
    if lowers[judged] not in _SOUGHT_JUDGED or lowers[noun] not in _SOUGHT_NOUNS:
        return None
    return noun + 1 if lowers[modal] in {"will", "would"} else None


#: subjects a verb follows in its base form: "they lock the doors", "I order the stock"
_BASE_SUBJECTS = frozenset({"i", "you", "we", "they"})
#: modals before a verb in its base form: "the porter will lock the doors"
_MODALS = frozenset({"will", "'ll", "’ll", "can", "must", "should", "may", "would", "'d", "’d"})
#: words after which a form in "-s" is no verb with an object: a verb of being, a preposition, a joining word
_NO_OBJECT = frozenset(
    {"and", "or", "to", "for", "in", "on", "at", "with", "from", "by", "of", "as", "up", "out", "off", "down",
     "over", "into", "is", "are", "was", "were", "be", "been", "will", "can", "has", "have", "had", "that", "which",
     "who", "than", "not"}
)


def _noun_verb_after(words: _Words, k: int, end: int, subject_end: int) -> str | None:
    """The base form when the word at ``k``, after a subject ending at ``subject_end`` (and modals or adverbs), is a
    verb of work that is a noun as often, in a form no noun takes there (requirements.noun-verbs): in the third
    person after a subject in the singular before its object ("the night porter locks the doors", "... orders
    stock"), in the base form after one in the plural, a pronoun or a modal before an article, possessive or
    quantifier, or a plural object ("porters lock the doors", "they order supplies weekly"), in the past before an
    article ("I ordered the stock"). Not "Porter pay starts at ...", "cashier returns are handled by ..."."""
    found = noun_verb(words.lower[k])
    if found is None:
        return None
    base, form = found
    nxt = _skip_spaces(words, k + 1, 1)
    if nxt >= end or not (words.alpha[nxt] or words.number[nxt]):
        return None
    after = words.lower[nxt]
    modal = not _MODALS.isdisjoint(words.lower[subject_end:k])
    at = _skip_spaces(words, subject_end - 1, -1)
    subject = words.lower[at] if at >= 0 else ""
    plural = subject in _BASE_SUBJECTS or (len(subject) > 3 and subject.endswith("s") and not subject.endswith("ss"))
    if form == "s":
        ok = not modal and subject not in _BASE_SUBJECTS and (object_opener(after) or after not in _NO_OBJECT)
    elif form == "":
        after_next = _skip_spaces(words, nxt + 1, 1)
        plural_object = (
            after.endswith("s")
            and not after.endswith("ss")
            and (after_next >= end or words.lower[after_next] not in _NO_OBJECT - {"and", "to", "for", "in", "on"})
        )
        ok = (modal or plural or subject == "who") and (object_opener(after) or plural_object)
    else:
        ok = form == "ed" and object_opener(after)
    return base if ok else None


#: the pronoun opening "This includes ...", "That involves ...": the work the sentence before told
_THIS_WORDS = frozenset({"this", "that"})
#: verbs after it whose object is more of that work
_INCLUDING_VERBS = frozenset({"include", "involve", "cover", "entail"})


def _this_includes(r: _Reader, vocab: Vocabulary, sent: _Sent, ms: list[Mention], offset: int) -> None:
    """ "Porters clean the lobby. This includes emptying the bins and ...": a sentence opening "This (also)
    includes / involves / covers / entails", right after one whose duties were linked to a role and naming no role
    of its own, lists more duties of that role (requirements.this-includes)."""
    words = sent.words
    if r.duties_at is None or any(m.label is _ROLE and not _passive_agent(words, m.i) for m in ms):
        return  # (a role named as the agent of a passive is no other holder: "reports read by the store manager")
    k = _skip_spaces(words, _skip_spaces(words, sent.start, 1) + 1, 1)
    while k < sent.end and words.lower[k] in {"also", "usually", "often", "typically", "may", "can", "will"}:
        k = _skip_spaces(words, k + 1, 1)
    if k + 1 >= sent.end or sent.norms[k] not in _INCLUDING_VERBS or words.lower[k] in {"including", "involved"}:
        return
    gerund = _skip_spaces(words, k + 1, 1)
    nxt = _skip_spaces(words, gerund + 1, 1)
    if not (
        gerund < sent.end
        and words.lower[gerund].endswith("ing")
        and verb_base(words.lower[gerund]) is not None
        and nxt < sent.end
        and words.alpha[nxt]
    ):
        return  # only work told by gerunds with their objects ("This includes writing the rota"), not "setup, ..."
    skills = _skills_in(vocab, sent, ms, gerund, offset, new=True, reword=_rewords(r), duties=True)
    _link(r, sent, offset, list(r.duties_at[1]), skills, 3)


#: nouns of a post's work whose holder an "of" phrase or a possessive names: "the responsibility of the porter to"
_DUTY_OF_NOUNS = frozenset({"responsibility", "duty", "job", "task"})
#: determiners between "of" and the post: "of the porter", "of each porter"
_OF_DETERMINERS = frozenset({"the", "a", "an", "each", "every", "our", "your", "their"})


def _responsibility_of(r: _Reader, sent: _Sent, ms: list[Mention], offset: int) -> None:
    """ "It is the responsibility of the head gardener to plan the displays", "it is the porter's job to lock up",
    "the duty of the night porter is to ...": a noun of work whose holder is a role named by "of" (or a possessive)
    and an infinitive after it (or after "is"); the infinitive's duties are the role's
    (requirements.responsibility-of)."""
    words = sent.words
    lowers, norms = words.lower, sent.norms
    for m in ms:
        if m.label is not _ROLE:
            continue
        before = _skip_spaces(words, m.i - 1, -1)
        if before >= sent.start and lowers[before] in _OF_DETERMINERS:
            before = _skip_spaces(words, before - 1, -1)
        after = _skip_spaces(words, m.j, 1)
        if before > sent.start and lowers[before] == "of":
            noun = _skip_spaces(words, before - 1, -1)
            if noun < sent.start or norms[noun] not in _DUTY_OF_NOUNS:
                continue
        elif after + 1 < sent.end and lowers[after] in {"'s", "’s"} and norms[_skip_spaces(words, after + 1, 1)] in (
            _DUTY_OF_NOUNS
        ):
            after = _skip_spaces(words, _skip_spaces(words, after + 1, 1) + 1, 1)
        else:
            continue
        if after < sent.end and lowers[after] in {"is", "was", "will"}:
            after = _skip_spaces(words, after + 1, 1)
            if after < sent.end and lowers[after] == "be":
                after = _skip_spaces(words, after + 1, 1)
        if after + 1 >= sent.end or lowers[after] != "to":
            continue
        duties = _duty_skills(sent, words, _skip_spaces(words, after + 1, 1), offset)
        if duties:
            _link(r, sent, offset, [m], duties, 3)
        return


#: a hirer's verbs of what it asks for, and how much each weighs: "employers prefer ... for ..."
_HIRER_ASKS = {"prefer": 2, "favour": 2, "favor": 2, "want": 3, "seek": 3, "require": 4, "need": 4}
#: who a hirer asks for, named by what they hold: "high school graduates", "candidates with a licence"
_DEGREE_HOLDERS = frozenset({"graduates", "graduate", "holders"})


def _preferred_for(r: _Reader, vocab: Vocabulary, sent: _Sent, ms: list[Mention], offset: int) -> None:
    """ "Many recruiters favour college graduates for posts like porter or room attendant", "employers require
    candidates with a hygiene certificate for kitchen posts such as commis chef": what the people
    asked for hold (the words before "graduates", or after "with") is a need of each post named after "for"
    (requirements.preferred-for); a preference weighs 2, a requirement 4."""
    words = sent.words
    lowers, norms = words.lower, sent.norms
    hirer = next((k for k in range(sent.start, sent.end) if norms[k] in _HIRERS), None)
    if hirer is None:
        return
    verb = next((k for k in range(hirer + 1, min(hirer + 4, sent.end)) if norms[k] in _HIRER_ASKS), None)
    if verb is None:
        return
    for_at = next((k for k in range(verb + 1, min(verb + 14, sent.end)) if lowers[k] == "for"), None)
    posts = [m for m in ms if m.label is _ROLE and for_at is not None and m.i > for_at]
    if for_at is None or not posts or any(m.label is _ROLE and verb < m.i < for_at for m in ms):
        return
    first = _skip_spaces(words, verb + 1, 1)
    last = _skip_spaces(words, for_at - 1, -1)
    skills: list[Mention | Entry] = []
    if lowers[last] in _DEGREE_HOLDERS and last > first:
        lo = first + 1 if lowers[first] in {"a", "an", "the"} else first
        text = sent.doc.user_data["careergraph_text"]
        start, end = words.idx[lo], words.idx[last] + words.length[last]
        name = text[start:end]
        entry = _named_skill(name[:1].upper() + name[1:])
        skills.append(Mention(entry.label, entry.key, entry.name, False, offset + start, offset + end, lo, last + 1))
    elif lowers[first] in _PREFERRED_PEOPLE:
        with_at = _skip_spaces(words, first + 1, 1)
        if with_at < for_at and lowers[with_at] == "with":
            skills = _skills_in(vocab, sent, ms, with_at + 1, offset, new=True, reword=_rewords(r), end=for_at)
    if skills:
        _link(r, sent, offset, list(posts), skills, _HIRER_ASKS[norms[verb]])


def _passive_agent(words: _Words, i: int) -> bool:
    """Whether the words before token ``i`` are "by" (and a determiner): "read by (the) store managers"."""
    before = _skip_spaces(words, i - 1, -1)
    if before >= 0 and words.lower[before] in {"the", "a", "an", "our", "their", "your", "its"}:
        before = _skip_spaces(words, before - 1, -1)
    return before >= 0 and words.lower[before] == "by"


def _examples_cue(r: _Reader, words: _Words, at: int) -> bool:
    """Whether the requirement cue at token ``at`` is "including" after a duty's object (its examples follow)."""
    return words.lower[at] == "including" and "requirements.duty-examples" not in r.disabled


#: the nouns a sentence calls a post by: "This role ...", "This person ...", "The post holder ..."
_POST_WORD = frozenset({"role", "position", "post", "job", "person"})
#: the words before such a noun: "This role", "The post holder", "Their role" (the post's own, said of it)
_POST_LEADS = frozenset({"this", "the", "their"})


#: words opening a clause of when the work is done, before the main clause: "When they are on patrol, ..."
_WHEN_CLAUSES = frozenset({"when", "while", "whilst", "whenever"})
#: the most words of such a clause
_WHEN_REACH = 12


def _after_when_clause(words: _Words, k: int, end: int) -> int | None:
    """Where the main clause starts after a clause of when opening at ``k``: after its comma ("When on patrol,
    rangers ..."), else at the pronoun that repeats the clause's own ("When they are on patrol they carry ...");
    None if neither is found within a few words."""
    lowers = words.lower
    stop = min(k + _WHEN_REACH, end)
    comma = next((c for c in range(k + 1, stop) if lowers[c] == ","), None)
    if comma is not None:
        return _skip_spaces(words, comma + 1, 1)
    who = _skip_spaces(words, k + 1, 1)
    if who >= end or lowers[who] not in {"they", "you", "he", "she"}:
        return None
    again = next((j for j in range(who + 2, stop) if lowers[j] == lowers[who]), None)
    return again


#: "be" after a subject, before "there to": "you're there to", "porters are there to"
_THERE_BE = frozenset({"are", "is", "'re", "’re", "am"})


def _being_in_post(words: _Words, m: Mention, being: int, end: int) -> bool:
    """Whether a sentence opens "Being (in) a <role> (position / role / post)," with role ``m``: the post the
    pronoun after the comma holds."""
    k = _skip_spaces(words, being + 1, 1)
    if k < m.i and words.lower[k] == "in":
        k = _skip_spaces(words, k + 1, 1)
    if k < m.i and words.lower[k] in {"a", "an", "the"}:
        k = _skip_spaces(words, k + 1, 1)
    if k != m.i:
        return False
    after = _skip_spaces(words, m.j, 1)
    if after < end and words.lower[after] in _POST_WORD:
        after = _skip_spaces(words, after + 1, 1)
    return after < end and words.lower[after] == ","


#: verbs of where a post's work centres, before "on" and gerunds: "focus on checking seals"
_FOCUS_VERBS = frozenset({"focus", "focuses", "focussed", "focused", "focusses", "concentrate", "concentrates"})


def _focus_gerund(words: _Words, verb: int, end: int) -> int | None:
    """The first gerund after a verb of focus and "on" ("focus on checking seals": checking), when "on" follows the
    verb and a gerund with an object follows "on"; else None."""
    on = _skip_spaces(words, verb + 1, 1)
    if on >= end or words.lower[on] != "on":
        return None
    g = _skip_spaces(words, on + 1, 1)
    if g < end and words.lower[g].endswith("ly") and len(words.lower[g]) > 4:
        g = _skip_spaces(words, g + 1, 1)  # "focuses on quickly weighing the flour": the manner said first
    nxt = _skip_spaces(words, g + 1, 1) if g < end else end
    if g < end and words.lower[g].endswith("ing") and len(words.lower[g]) > 5 and nxt < end and words.alpha[nxt]:
        return g
    return None


#: verbs of working with others: "collaborate with", "work with", "liaise with", "partner with"
_WITH_VERBS = frozenset({"collaborate", "work", "liaise", "partner", "cooperate", "coordinate"})
#: how many words the partners named after "with" may take before "to"
_PARTNERS_REACH = 12


def _aim_after_partners(words: _Words, verb: int, end: int) -> int | None:
    """The verb of the infinitive after "<verb> with <partners> to": "work closely with buyers to plan the ranges"
    (plan); None when "with" does not follow the verb (an adverb between at most), when no "to" and a verb in
    the base form follow the partners within a few words, or when a comma or a verb comes between."""
    w = _skip_spaces(words, verb + 1, 1)
    if w < end and words.lower[w].endswith("ly") and len(words.lower[w]) > 4:
        w = _skip_spaces(words, w + 1, 1)
    if w >= end or words.lower[w] != "with":
        return None
    for k in range(w + 1, min(end - 1, w + 1 + _PARTNERS_REACH)):
        low = words.lower[k]
        if low in {",", ";", ":", ".", "and", "or", "who", "which", "that"} and words.lower[k - 1] != "with":
            if low in {"and", "or"}:
                continue  # "with buyers and planners to ...": the partners go on
            return None
        if low == "to":
            nxt = _skip_spaces(words, k + 1, 1)
            found = verb_base(words.lower[nxt]) if nxt < end else None
            if found is None or words.lower[nxt] != found or found in _NO_AIMS:
                return None  # ("work with ward staff to understand the rotas": to learn of it, no work done)
            return nxt
    return None


#: verbs after "to" that are no work done with partners: knowing, learning, seeing to an outcome
_NO_AIMS = frozenset({"understand", "learn", "know", "see", "hear", "find", "get", "ensure", "make", "help", "keep",
                      "meet", "be", "have", "become"})


def _gerund_list_end(words: _Words, start: int, end: int) -> int:
    """Where a list of gerunds opening at ``start`` ends: at the comma after its last item (the one after "and" or
    "or") when a gerund follows that comma ("checking A, B, and C, balancing speed and care": a clause of manner,
    no item of the list); else ``end``."""
    joined = False
    for k in range(start, end - 1):
        low = words.lower[k]
        if low in {"and", "or"}:
            joined = True
        elif low == "," and joined:
            nxt = _skip_spaces(words, k + 1, 1)
            if nxt < end and words.lower[nxt].endswith("ing") and len(words.lower[nxt]) > 5:
                return k
    return end


#: verbs of what a post is to others: "acts as", "serves as", "functions as"
_ACTING_VERBS = frozenset({"act", "serve", "function"})

#: verbs of holding or starting in a post before "as": "begin their careers as A", "start out as A", "work as A"
_AS_POST_VERBS = frozenset(
    f"{stem}{end}" for stem, ends in (("begin", ("", "s", "ning")), ("start", ("", "s", "ed", "ing")),
                                      ("work", ("", "s", "ed", "ing")), ("employ", ("ed",)), ("hire", ("d",)))
    for end in ends
) | {"began", "begun"}


def _as_post_duties(r: _Reader, vocab: Vocabulary, sent: _Sent, ms: list[Mention], offset: int) -> None:
    """A post held or started in, named after "as" and a verb of holding or starting it ("Most people begin their
    careers as porters, carrying bags, fetching taxis and ...", "I worked as a porter, carrying ..."), with
    participles after its comma: they are that post's duties (requirements.as-post)."""
    words = sent.words
    lowers = words.lower
    for m in ms:
        if m.label is not _ROLE:
            continue
        k = m.i - 1
        while k > sent.start and (words.space[k] or lowers[k] in {"a", "an", "the"}):
            k -= 1
        if k <= sent.start or lowers[k] != "as":
            continue
        j = k - 1
        while j > sent.start and (words.space[j] or lowers[j] in _AS_POST_FILLER):
            j -= 1
        if lowers[j] not in _AS_POST_VERBS:
            continue
        end = _skip_spaces(words, m.j, 1)
        if end >= sent.end or lowers[end] != ",":
            continue  # (the participles must follow the post at once: "as porters, carrying bags")
        gerund = _participle_duties(words, end, sent.end)
        if gerund is None or any(o.label is _ROLE and o.i >= gerund for o in ms):
            continue
        nxt = _skip_spaces(words, gerund + 1, 1)
        if nxt >= sent.end or not words.alpha[nxt] or lowers[nxt] in {"and", "or"}:
            continue  # (bare gerunds, "start as operatives, picking, packing or loading": areas of work, no duties)
        acts = _skills_in(vocab, sent, ms, gerund, offset, new=True, reword=_rewords(r), duties=True)
        _link(r, sent, offset, [m], acts, 3)
        return


#: verbs of taking people on, before a post and "to" and what they are taken on to do ("employ porters to move")
_HIRE_VERBS = frozenset(
    {"employ", "employs", "employed", "hire", "hires", "hired", "recruit", "recruits", "recruited", "appoint",
     "appoints", "appointed"}
)
#: verbs of being paid: "may earn more", "command higher wages", "are paid more"
_EARN_WORDS = frozenset({"earn", "earns", "earning", "command", "commands", "paid", "receive", "receives"})
#: words of more pay after such a verb: "more", "a higher rate", "a premium"
_MORE_WORDS = frozenset({"more", "higher", "premium", "extra"})
#: who holds what pays more, opening the sentence before "with": "Workers with a forklift licence earn more"
_PAID_HOLDERS = frozenset(
    {"persons", "people", "those", "candidates", "applicants", "individuals", "workers", "staff", "employees",
     "operatives"}
)
#: the words between a holder's phrase and the verb of pay: "may", "tend to", "often", "be"
_PAY_LEAD = frozenset({"may", "can", "could", "will", "would", "often", "usually", "typically", "generally", "tend",
                       "to", "also", "be", "are", "then", "might"})


def _pays_more(r: _Reader, vocab: Vocabulary, sent: _Sent, ms: list[Mention], offset: int) -> None:
    """ "Workers with a forklift licence may command higher wages", "If you have a first aid ticket, you may earn
    more": what earns more is a skill the post welcomes (requirements.pays-more): the post named before "with",
    else the section's or page's. The holders open the sentence (after an adverb and a comma at most)."""
    words = sent.words
    lowers = words.lower
    k = _skip_spaces(words, sent.start, 1)
    if k + 1 < sent.end and lowers[k].endswith("ly") and lowers[_skip_spaces(words, k + 1, 1)] == ",":
        k = _skip_spaces(words, _skip_spaces(words, k + 1, 1) + 1, 1)  # "Additionally, workers with ..."
    role: Mention | Entry | None = None
    lead = next((m for m in ms if m.label is _ROLE and m.i == k), None)
    if lead is not None:
        role, w = lead, _skip_spaces(words, lead.j, 1)
        if w >= sent.end or lowers[w] != "with":
            return
    elif lowers[k] in _PAID_HOLDERS:
        w = _skip_spaces(words, k + 1, 1)
        if w >= sent.end or lowers[w] != "with":
            return
    elif lowers[k] == "if" and lowers[_skip_spaces(words, k + 1, 1)] == "you":
        w = _skip_spaces(words, _skip_spaces(words, k + 1, 1) + 1, 1)  # "If you have X, (then) you may earn more"
        if w >= sent.end or lowers[w] not in {"have", "hold"}:
            return
    else:
        return
    # the verb of pay, after the holders' phrase and words of how likely ("may", "tend to")
    pay = next((v for v in range(w + 1, sent.end) if lowers[v] in _EARN_WORDS), None)
    if pay is None or any(m.label is _ROLE and w < m.i < pay for m in ms):
        return
    more = _skip_spaces(words, pay + 1, 1)
    if more < sent.end and lowers[more] in {"a", "an"}:
        more = _skip_spaces(words, more + 1, 1)
    if more >= sent.end or lowers[more] not in _MORE_WORDS:
        return
    end = pay
    while end - 1 > w and (words.space[end - 1] or lowers[end - 1] in _PAY_LEAD):
        end -= 1
    if lowers[k] == "if":
        comma = next((c for c in range(w + 1, end) if lowers[c] == ","), None)
        if comma is None or lowers[_skip_spaces(words, comma + 1, 1)] not in {"then", "you"}:
            return
        end = comma
    elif end - 1 <= w or lowers[end - 1] != ",":
        if end - 1 > w and not words.alpha[end - 1]:
            return
    role = role or r.section_role or r.subject
    if role is None:
        return
    skills = _skills_in(vocab, sent, ms, w + 1, offset, new=True, reword=_rewords(r), end=end)
    skills = [
        s
        for s in skills
        if not isinstance(s, Mention)
        or (w < s.i < end and lowers[_skip_spaces(words, s.j, 1)] not in {"roles", "positions", "jobs", "posts"})
    ]  # (not "specialized" of "in specialized roles such as ...": a kind of post)
    _link(r, sent, offset, _needs_roles(r, role) if lead is None else [role], skills, 2)


#: words that say who may take a post: "are qualified for the job of a porter", "are eligible for"
_QUALIFIED_WORDS = frozenset({"qualified", "eligible"})
#: the people a sentence opens with before "with" and what they hold ("Persons with a licence are qualified ...")
_HOLDERS = frozenset({"persons", "people", "those", "candidates", "applicants", "individuals", "anyone", "graduates"})
#: the words between "qualified for" and the post: "for the job of a", "for the post of", "to work as a"
_QUALIFIED_LEAD = frozenset(
    {"for", "to", "the", "a", "an", "job", "jobs", "post", "posts", "position", "positions", "role", "roles", "of",
     "work", "as", "become", "be"}
)


def _qualified_for(r: _Reader, vocab: Vocabulary, sent: _Sent, ms: list[Mention], offset: int) -> None:
    """ "Persons with a boat licence or with two years at sea are qualified for the job of a deckhand": what the
    people the sentence opens with hold ("with ...", up to "are") is what the post named after "qualified for" /
    "eligible for" needs (requirements.qualified-for)."""
    words = sent.words
    lowers = words.lower
    k = _skip_spaces(words, sent.start, 1)
    w = _skip_spaces(words, k + 1, 1)
    if w >= sent.end or lowers[k] not in _HOLDERS or lowers[w] != "with":
        return
    be = next((b for b in range(w + 1, sent.end) if lowers[b] in {"are", "is"}), None)
    if be is None:
        return
    q = _skip_spaces(words, be + 1, 1)
    while q < sent.end and (lowers[q] in _HOW_OFTEN or lowers[q] in {"usually", "generally", "typically"}):
        q = _skip_spaces(words, q + 1, 1)
    if q >= sent.end or lowers[q] not in _QUALIFIED_WORDS:
        return
    post = next((m for m in ms if m.label is _ROLE and m.i > q), None)
    if post is None or any(m.label is _ROLE and m.i < q for m in ms):
        return
    if any(not (words.space[t] or lowers[t] in _QUALIFIED_LEAD) for t in range(q + 1, post.i)):
        return  # (the post right after "qualified for the job of": not "qualified for a loan, unlike porters")
    # ("with A or with B": each "with" opens a piece of its own)
    starts = [w + 1]
    ends: list[int] = []
    for j in range(w + 1, be):
        if lowers[j] in {"or", "and"} and (nxt := _skip_spaces(words, j + 1, 1)) < be and lowers[nxt] == "with":
            ends.append(j)
            starts.append(nxt + 1)
    ends.append(be)
    skills: list[Mention | Entry] = []
    for lo, hi in zip(starts, ends, strict=True):
        if any(sent.words.number[lo:hi]):
            continue  # "with 2 years of college": an amount, which the skill's name would lose
        got = _skills_in(vocab, sent, ms, lo, offset, new=True, reword=_rewords(r), end=hi)
        skills += [s for s in got if not isinstance(s, Mention) or lo <= s.i < hi]
    _link(r, sent, offset, [post], skills, 4)


#: words of how often, between "are" and a participle ("are often hired to")
_HOW_OFTEN = frozenset({"often", "also", "sometimes", "always", "mostly", "then"})
#: the most words of an aside after the post before "to" ("employ wardens, often called rangers, to ...")
_HIRE_ASIDE = 8


def _hired_to_duties(r: _Reader, sent: _Sent, ms: list[Mention], offset: int) -> None:
    """A post named right after a verb of taking people on ("Larger estates employ gamekeepers to manage the
    shoots") or before it in the passive ("Wardens are hired to patrol ..."), then "to" and a verb of duty: what
    follows is that post's duty (requirements.hired-to). An aside between commas may follow the post ("employ
    wardens, often called rangers, to ...")."""
    words = sent.words
    lowers = words.lower
    for m in ms:
        if m.label is not _ROLE:
            continue
        k = _skip_spaces(words, m.i - 1, -1)
        if k <= sent.start or lowers[k] not in _HIRE_VERBS:
            # "Wardens are (often) hired to ...": the post before a verb of taking on in the passive
            v = _skip_spaces(words, m.j, 1)
            if v >= sent.end or lowers[v] not in {"are", "is"}:
                continue
            v = _skip_spaces(words, v + 1, 1)
            if v < sent.end and (lowers[v] in _HOW_OFTEN or (lowers[v].endswith("ly") and len(lowers[v]) > 4)):
                v = _skip_spaces(words, v + 1, 1)
            if v >= sent.end or lowers[v] not in _HIRE_VERBS or not lowers[v].endswith("ed"):
                continue
            to = _skip_spaces(words, v + 1, 1)
        else:
            to = _skip_spaces(words, m.j, 1)
            if to < sent.end and lowers[to] == ",":  # an aside, closed by a comma a few words on
                close = next((c for c in range(to + 1, min(to + _HIRE_ASIDE, sent.end)) if lowers[c] == ","), None)
                if close is None:
                    continue
                to = _skip_spaces(words, close + 1, 1)
        if to >= sent.end or lowers[to] != "to" or not _DENIALS.isdisjoint(lowers[max(sent.start, k - 3) : k]):
            continue  # (not "do not employ wardens to ...")
        v = _skip_spaces(words, to + 1, 1)
        if v >= sent.end or verb_base(lowers[v]) is None or any(o.label is _ROLE and o.i > v for o in ms):
            continue
        if (cue := _cue_position(sent)) is not None and cue[0] - 1 >= v:
            return  # "employ wardens to oversee the trails": the cue is read by requirements.cue
        skills = _duty_skills(sent, words, v, offset)
        if skills:
            _link(r, sent, offset, [m], skills, 3)
            return


def _added_duties(r: _Reader, vocab: Vocabulary, sent: _Sent, ms: list[Mention], offset: int) -> None:
    """A sentence opening with a role that ends with ", in addition to" and gerunds with their objects ("Head
    porters do the same work as porters, in addition to training new staff and checking the rotas"): the gerunds
    are duties of the opening role (requirements.added-duties), not of a role named before them."""
    words = sent.words
    lowers = words.lower
    first = _skip_spaces(words, sent.start, 1)
    while first < sent.end and lowers[first] in {"a", "an", "the"}:
        first = _skip_spaces(words, first + 1, 1)
    role = next((m for m in ms if m.label is _ROLE and m.i == first), None)
    if role is None:
        return
    for k in range(role.j, sent.end - 4):
        if lowers[k] != ",":
            continue
        a = _skip_spaces(words, k + 1, 1)
        b = _skip_spaces(words, a + 1, 1)
        c = _skip_spaces(words, b + 1, 1)
        g = _skip_spaces(words, c + 1, 1)
        if (lowers[a], lowers[b], lowers[c]) != ("in", "addition", "to") or g >= sent.end:
            continue
        nxt = _skip_spaces(words, g + 1, 1)
        if not (lowers[g].endswith("ing") and len(lowers[g]) > 5 and nxt < sent.end and words.alpha[nxt]):
            return
        if any(m.label is _ROLE and m.i >= g for m in ms):
            return
        acts = _skills_in(vocab, sent, ms, g, offset, new=True, reword=_rewords(r), duties=True)
        _link(r, sent, offset, [role], acts, 3)
        return


#: words between such a verb and "as": "begin their careers as", "start out as", "was employed as"
_AS_POST_FILLER = frozenset(
    {"their", "his", "her", "my", "your", "our", "career", "careers", "out", "off", "life", "lives",
     "professional", "years", "time", "first", "initially", "often", "usually", "typically", "generally"}
)


def _participle_duties(words: _Words, start: int, end: int) -> int | None:
    """Where the participles after a comma open ("..., adeptly answering questions, solving problems"): the first
    gerund's position, when the words after the comma open with one (after an adverb at most), else None."""
    for k in range(start, end - 1):
        if words.lower[k] != ",":
            continue
        j = _skip_spaces(words, k + 1, 1)
        if j < end and words.lower[j].endswith("ly") and len(words.lower[j]) > 4:
            j = _skip_spaces(words, j + 1, 1)
        nxt = _skip_spaces(words, j + 1, 1) if j < end else end
        if j < end and words.lower[j].endswith("ing") and len(words.lower[j]) > 5 and (
            verb_base(words.lower[j]) is not None or (nxt < end and words.alpha[nxt])
        ):
            return j  # (a gerund with its object: "addressing inquiries")
        return None  # (the first comma decides)
    return None


def _roles_late(words: _Words, roles: list[Mention], verb: int, end: int) -> bool:
    """Whether every role of a sentence is named after the first clause of its predicate (a comma after the verb
    at ``verb``, and two clauses before the role): "They carry bags, answer questions, hail taxis and greet guests
    under the eye of a duty manager" - the role is no subject, and no move or hand-off of the first duty."""
    commas = [c for c in range(verb, end) if words.lower[c] == ","]
    return len(commas) >= 2 and all(m.i > commas[1] for m in roles)


#: the verb of a line of report: "reports to the general manager", "reporting to the matron"
_REPORT_VERBS = frozenset({"reports", "report", "reporting"})


def _reporting_clause(r: _Reader, words: _Words, k: int, end: int) -> int | None:
    """Where a closing clause of whom a post reports to starts in a series of duties ("Owns the budget, sets
    standards and reports to the general manager"): the "and" or comma before "reports to", after the first duty
    at ``k``; None when there is none (requirements.reports-to)."""
    if "requirements.reports-to" in r.disabled:
        return None
    for j in range(k + 2, end - 2):
        if words.lower[j] not in _REPORT_VERBS:
            continue
        to = _skip_spaces(words, j + 1, 1)
        before = _skip_spaces(words, j - 1, -1)
        if to < end and words.lower[to] in {"to", "into"} and before > k and words.lower[before] in {"and", ","}:
            while before > k and words.lower[before] in {"and", ","}:
                before = _skip_spaces(words, before - 1, -1)
            return before + 1
    return None


#: verbs of duty done to people: "a head teller supervises the other tellers" is a duty, not a move
_PEOPLE_DUTIES = frozenset(
    {"supervise", "manage", "train", "coach", "mentor", "lead", "oversee", "hire", "recruit", "schedule", "support",
     "guide", "motivate", "direct", "evaluate", "assess", "onboard", "develop", "roster", "brief", "appraise"}
)
#: words of moving between posts: a sentence holding one is read by the transition rules
_MOVE_WORDS = frozenset(
    {"become", "promote", "promotion", "move", "step", "advance", "progress", "rise", "transition", "report"}
)
#: requirement cues that are verbs of duty themselves: later in a predicate they are one more duty of it
_DUTY_CUES = frozenset({"handle", "oversee"})
#: words after which a series of duties in gerunds opens: "is about serving", "focus on booking", "includes filing"
_SERIES_OPENERS = frozenset({"about", "on", "in", "for", "of", "include", "includes", "including", "involve",
                             "involves", "like", ":"})


def _series_cue(sent: _Sent, after: int) -> bool:
    """Whether a requirement cue that is a verb of duty in a finite form ("handle", "handles", "oversees") stands in
    a series of such verbs after a comma or "and", a verb of duty right before that ("carry the bags, handle
    complaints and book taxis"): one duty of the series requirements.duty-verb reads, no list of needs opening
    (requirements.series-cue)."""
    words = sent.words
    cue = after - 1
    if sent.norms[cue] not in _DUTY_CUES or words.lower[cue].endswith("ing"):
        return False
    k = _skip_spaces(words, cue - 1, -1)
    if k <= sent.start or words.lower[k] not in {",", "and"}:
        return False
    # the clause before: a verb of duty in it, a few words back (after the subject or the comma before)
    for j in range(k - 1, max(sent.start, k - 6) - 1, -1):
        w = words.lower[j]
        if w in {",", ";", ":"}:
            return False
        if words.alpha[j] and j > sent.start and verb_base(w) is not None and w not in _BE_WORDS:
            return True
    return False


def _duty_cue_series(sent: _Sent, cue: int) -> int | None:
    """Where the duties a cue that is a verb of duty ("handling", "oversees") belongs to start: the first gerund of
    the comma series the cue's gerund goes on ("about serving guests, filing notes, handling bookings": serving),
    else the gerund itself ("focus on handling bookings, issuing cards"); None for any other form (a finite verb's
    object is read after it, as a cue's list is; a passive: "complaints are handled by the lead")."""
    words = sent.words
    lowers = words.lower
    word = lowers[cue]
    nxt = _skip_spaces(words, cue + 1, 1)
    if not word.endswith("ing") or nxt >= sent.end or lowers[nxt] in {"by", ",", ".", "and", "or", ";", ":"}:
        return None  # (a finite verb's object is read after it, as a cue's list is)
    start, k, floor = cue, cue - 1, max(sent.start, cue - 16)
    while k >= floor and (words.space[k] or lowers[k] in {",", "and"}):
        k -= 1
    if k < floor or ("," not in lowers[k + 1 : cue] and "and" not in lowers[k + 1 : cue]):
        return start  # (no series before: "focus on handling X")
    while k >= floor:
        w = lowers[k]
        if w in {".", ";", "!", "?", "(", ")"} or w in _SERIES_STOPS:
            break
        if w.endswith("ing") and len(w) > 4 and verb_base(w) is not None:
            before = lowers[_skip_spaces(words, k - 1, -1)] if k > sent.start else ""
            if before in _SERIES_OPENERS:
                return k  # the series' first duty
            if before not in {",", "and"}:
                break
        k -= 1
    return start


#: words inside a clause that end a series of duties going back: a subject, a verb of being, a clause word
_SERIES_STOPS = frozenset({"is", "are", "was", "were", "be", "who", "which", "that", "they", "you", "he", "she", "we"})


def _cue_before(sent: _Sent, verb: int) -> bool:
    """Whether a requirement cue opens a duty line whose first word is the token ``verb`` ("Need to drive",
    "Must hold a licence"): then requirements.cue reads it. A cue word that is a verb of duty itself ("Handle
    complaints") or a word of its object ("recommendations based on customer needs", "KPIs including ...")
    leaves the duty to be read."""
    cue = _cue_position(sent)
    return cue is not None and cue[0] <= verb + 2 and cue[1] >= 4


#: words of time that may open a sentence before its subject: "Now I ...", "These days I ..."
_TIME_WORDS = frozenset({"now", "today", "nowadays", "currently", "these", "days", "these days", "then", "so"})


#: prepositions opening a phrase of when the work is done: "At the end of each day", "During busy periods"
_WHEN_OPENERS = frozenset({"at", "during", "on", "in", "every", "each", "after", "before", "throughout", "over"})
#: nouns of time such a phrase names
_WHEN_NOUNS = frozenset(
    {"day", "days", "shift", "shifts", "week", "weeks", "morning", "mornings", "evening", "evenings", "night",
     "nights", "period", "periods", "time", "times", "season", "month", "year", "start", "end", "close", "service",
     "weekend", "weekends", "hour", "hours", "peak"}
)


def _time_opener(words: _Words, k: int, subject: int) -> bool:
    """Whether the words from ``k`` to the subject at ``subject`` are a phrase of when the work is done ("At the
    end of each day a teller balances ...", "During busy periods the host seats ..."): up to seven words, opening
    with a preposition of time and naming a noun of time, with no verb."""
    if not 1 < subject - k <= 8 or words.lower[k] not in _WHEN_OPENERS:
        return False
    span = words.lower[k:subject]
    if _WHEN_NOUNS.isdisjoint(span):
        return False
    return all(words.alpha[j] or words.space[j] or words.lower[j] in {",", "-"} for j in range(k, subject)) and not any(
        verb_base(w) is not None and w.endswith(("s", "ed")) and w not in _WHEN_NOUNS for w in span[1:]
    )


def _after_time_words(words: _Words, k: int, end: int) -> int:
    """The first token from ``k`` on that is not a word of time, a comma or a space ("Now, I ..." -> "I")."""
    while k < end - 1 and (words.lower[k] in _TIME_WORDS or words.lower[k] == "," or words.space[k]):
        k += 1
    return k


def _where_duties(r: _Reader, sent: _Sent, roles: list[Mention], offset: int) -> None:
    """ "... steps into a planner role, where they build the forecasts": the clause after "where" and a pronoun,
    following a post, says what the post's holder does (requirements.relative)."""
    words = sent.words
    lowers = words.lower
    for m in roles:
        k = _skip_spaces(words, m.j, 1)
        if k < sent.end and lowers[k] in _POST_NOUNS:
            k = _skip_spaces(words, k + 1, 1)  # "a planner role, where ..."
        if k < sent.end and lowers[k] == ",":
            k = _skip_spaces(words, k + 1, 1)
        if k >= sent.end or lowers[k] != "where":
            continue
        k = _skip_spaces(words, k + 1, 1)
        if k + 1 >= sent.end or lowers[k] not in {"they", "you", "he", "she", "i"}:
            continue
        k = _skip_spaces(words, k + 1, 1)
        vouched = False
        if verb_base(lowers[k], past=True) is None:
            # ("... where they order the stock": a verb of work that is a noun as often, after the pronoun)
            vouched = "requirements.noun-verbs" not in r.disabled
            vouched = vouched and _noun_verb_after(words, k, sent.end, k) is not None
            if not vouched:
                continue
        skills = _duty_skills(sent, words, k, offset, verb=vouched)
        if skills is None:
            continue
        outer, r.rule = r.rule, "requirements.noun-verbs" if vouched else "requirements.relative"
        try:
            _link(r, sent, offset, [m], skills, 3)
        finally:
            r.rule = outer


def _colon_duties(r: _Reader, sent: _Sent, roles: list[Mention], offset: int) -> None:
    """ "... moved me over as an operations assistant: updating prices, setting up promotions and ...": a post
    followed by a colon and duties in the gerund; each names a skill of that post (requirements.duty-verb)."""
    words = sent.words
    for m in roles:
        k = _skip_spaces(words, m.j, 1)
        dashed = False
        if k >= sent.end or words.lower[k] not in {":", "："}:
            if k >= sent.end or not _dash_label(r, sent, m, k):
                continue
            dashed = True
        v = _skip_spaces(words, k + 1, 1)
        if v >= sent.end or verb_base(words.lower[v]) is None:
            continue
        if not (words.lower[v].endswith("ing") or _third_person_duty(words.lower[v])):
            continue
        skills = _duty_skills(sent, words, v, offset, stop=_reporting_clause(r, words, v, sent.end))
        if skills:
            if dashed:  # (_dash_label asked that the rule is on)
                r.run("requirements.dash-label", _link, r, sent, offset, [m], skills, 3)
            else:
                _link(r, sent, offset, [m], skills, 3)


#: a dash as a word: a post's label may close with one between spaces
_DASHES = frozenset({"–", "—", "-"})


#: words praising the holder before a post opening a sentence of its traits: "A good porter is ...", "The best
#: buyers are ..."
_TRAIT_LEADS = frozenset(
    {"a", "an", "the", "good", "great", "successful", "effective", "best", "top", "ideal", "excellent", "most"}
)
#: the verbs before "be" in such a sentence: "should be", "need to be", "tend to be", "have to be"
_TRAIT_MODALS = frozenset({"should", "must", "will", "need", "needs", "tend", "tends", "have", "has", "ought", "to"})
#: the words after a post that open its traits: "is", "are" and the modals before "be" (not their "ought" or "to")
_TRAIT_VERBS = frozenset({"is", "are"}) | _TRAIT_MODALS - {"ought", "to"}
#: adverbs that may open a trait, left out of its name: "very patient", "usually calm"
_TRAIT_ADVERBS = frozenset(
    {"very", "highly", "extremely", "really", "always", "usually", "often", "also", "generally", "typically",
     "naturally", "both"}
)
#: what may stand between a post and the "be" of its traits: "should be", "will usually be", "tend to always be"
_TRAIT_BEFORE_BE = _TRAIT_MODALS | _TRAIT_ADVERBS
#: words a trait never opens with: articles, possessives, prepositions and states of employment or pay ("paid well",
#: "based in Leeds", "in demand")
_NO_TRAIT_OPENERS = frozenset(
    {"a", "an", "the", "their", "his", "her", "its", "our", "your", "my", "this", "that", "these", "those", "in", "on",
     "at", "of", "for", "with", "by", "from", "to", "paid", "employed", "based", "hired", "expected", "required",
     "needed", "responsible", "able", "likely", "not", "no", "part", "one", "some", "many", "more", "less", "often",
     "usually", "there", "here", "now", "still", "then", "being", "getting", "well", "better", "best", "also", "all"}
)
#: participles after "well" that make a trait of a person: "well presented", "well organised", "well spoken"
_WELL_TRAITS = frozenset(
    {"presented", "groomed", "spoken", "organised", "organized", "mannered", "read", "informed", "prepared"}
)
#: words that end a list of traits: the reason or time after it ("calm, because ...")
_TRAIT_LIST_ENDS = frozenset({"because", "so", "which", "who", "when", "while", "since", "as", "if", "but", ";", ":"})


def _traits(r: _Reader, sent: _Sent, ms: list[Mention], offset: int) -> None:
    """ "A good lifeguard is observant, physically fit and calm in an emergency", "The best buyers are curious and
    numerate", "Porters should be polite, punctual and strong": a post opening its sentence (after words of
    praise) and a form of "be", then a list of two or more short traits apart by commas and "and" / "or", each
    one to four words, none opening with an article, a preposition or a state of pay or employment (a piece that
    is none makes the sentence none): each trait, as written, is a need of the post (requirements.traits)."""
    words = sent.words
    lowers = words.lower
    k = _skip_spaces(words, sent.start, 1)
    while k < sent.end and lowers[k] in _TRAIT_LEADS:
        k = _skip_spaces(words, k + 1, 1)
    if "who" in _sent_lowers(sent) and "requirements.people-who" not in r.disabled:
        sought = _people_who(words, sent.start, sent.end)
        role = r.recent_role or r.section_role or r.subject
        if sought is not None and role is not None and not any(m.label is _ROLE for m in ms):
            r.rule = "requirements.people-who"
            _trait_list(r, sent, ms, offset, role, sought)
            return
    role = next((m for m in ms if m.label is _ROLE and m.i == k), None)
    end = role.j if role is not None else k
    if role is None and k > sent.start:
        # "A good lifeguard is ...": a title after a word of praise is no mention; the page's post of that head is
        h = k
        while h + 1 < sent.end and h - k < 3 and words.alpha[h + 1] and lowers[h + 1] not in _TRAIT_VERBS:
            h += 1
        if words.alpha[h] and lowers[h + 1 : h + 2] and lowers[_skip_spaces(words, h + 1, 1)] in _TRAIT_VERBS:
            role, end = _role_by_head(r, _singular_word(lowers[h])), h + 1
    if role is None:
        return
    j = _skip_spaces(words, end, 1)
    if j < sent.end and lowers[j] in {"is", "are"}:
        j = _skip_spaces(words, j + 1, 1)
    else:
        n = 0
        while j < sent.end and lowers[j] in _TRAIT_BEFORE_BE and n < 4:
            j, n = _skip_spaces(words, j + 1, 1), n + 1
        if n == 0 or j >= sent.end or lowers[j] != "be":
            return
        j = _skip_spaces(words, j + 1, 1)
    _trait_list(r, sent, ms, offset, role, j)


#: verbs of a hirer's wish before the people it seeks: "Employers want people who are ...", "look for someone who is"
_WISH_WORDS = frozenset({"want", "wants", "seek", "seeks", "prefer", "prefers", "value", "values", "hire", "hires",
                         "for", "need", "needs", "like", "likes"})
#: the people sought: "people", "candidates", "someone"
_SOUGHT_PEOPLE = frozenset({"people", "candidates", "applicants", "someone", "individuals", "staff", "workers",
                            "employees", "somebody", "person", "persons"})


def _people_who(words: _Words, start: int, end: int) -> int | None:
    """Where the traits start in "Employers want people who are A, B and C" / "Shops look for someone who is A and
    B": after 'who are' / 'who is' following people sought after a hirer's verb of wish; else None
    (requirements.people-who)."""
    lowers = words.lower
    for k in range(start + 2, end - 3):
        if lowers[k] != "who":
            continue
        people = _skip_spaces(words, k - 1, -1)
        wish = _skip_spaces(words, people - 1, -1)
        be = _skip_spaces(words, k + 1, 1)
        if lowers[people] in _SOUGHT_PEOPLE and lowers[wish] in _WISH_WORDS and lowers[be] in {"are", "is"}:
            return _skip_spaces(words, be + 1, 1)
    return None


def _trait_list(r: _Reader, sent: _Sent, ms: list[Mention], offset: int, role: Mention | Entry, j: int) -> None:
    """The traits listed from token ``j`` (see :func:`_traits`), each a need of ``role``."""
    words = sent.words
    lowers = words.lower
    pieces: list[list[int]] = [[]]
    for t in range(j, sent.end):
        w = lowers[t]
        if w in _TRAIT_LIST_ENDS:
            break
        if w in {",", "and", "or", "&"}:
            if pieces[-1]:
                pieces.append([])
            continue
        if words.space[t]:
            continue
        pieces[-1].append(t)
    pieces = [p for p in pieces if p]
    while pieces and all(not words.alpha[t] for t in pieces[-1]):
        pieces.pop()  # (the full stop)
    if len(pieces) < 2:
        return
    text = sent.doc.user_data["careergraph_text"]
    skills: list[Mention | Entry] = []
    for piece in pieces:
        while piece and lowers[piece[0]] in _TRAIT_ADVERBS:
            piece = piece[1:]
        while piece and not words.alpha[piece[-1]]:
            piece = piece[:-1]
        kept_well = len(piece) > 1 and lowers[piece[0]] == "well" and lowers[piece[1]] in _WELL_TRAITS
        if not piece or len(piece) > 4 or (lowers[piece[0]] in _NO_TRAIT_OPENERS and not kept_well):
            return  # (but "well presented", "well organised": traits, not a state of pay as "well paid" is)
        if any(words.number[t] for t in piece) or any(
            m.label is _ROLE and m.i <= piece[-1] and m.j > piece[0] for m in ms
        ):
            return
        if len(piece) == 1 and _third_person_duty(lowers[piece[0]]):
            return  # ("Porters are ... and lifts": no trait)
        a, b = words.idx[piece[0]], words.idx[piece[-1]] + words.length[piece[-1]]
        written = text[a:b]
        entry = _named_skill(written[:1].upper() + written[1:])
        at = (offset + a, offset + b, piece[0], piece[-1] + 1)
        skills.append(Mention(entry.label, entry.key, entry.name, False, *at))
    _link(r, sent, offset, [role], skills, 3)


def _dash_label(r: _Reader, sent: _Sent, m: Mention, k: int) -> bool:
    """Whether word ``k`` is a dash between spaces right after a post that opens its sentence, nothing but a list's
    marker before it ("- Medical secretary – types clinic letters, ..."; requirements.dash-label): the post's label,
    as a colon would be."""
    if "requirements.dash-label" in r.disabled:
        return False
    words = sent.words
    if words.lower[k] not in _DASHES:
        return False
    text = sent.doc.user_data["careergraph_text"]
    at = words.idx[k]
    if not (text[at - 1 : at].isspace() and text[at + 1 : at + 2].isspace()):
        return False
    return not text[sent.start_char : words.idx[m.i]].strip(" \t*•·-–—#>_")


def _third_person_duty(word: str) -> bool:
    """Whether ``word`` after a post's colon is a verb of duty in the third person ("Kennel Assistant: Cleans the
    kennels, walks the dogs"): its base form differs by the ending "s" (requirements.duty-verb)."""
    if len(word) < 4 or not word.endswith("s") or word.endswith("ss"):
        return False
    base = verb_base(word)
    return base is not None and base != word


def _duty_skills(
    sent: _Sent, words: _Words, k: int, offset: int, *, verb: bool = False, stop: int | None = None
) -> list[Mention | Entry] | None:
    """The skills a duty opening with the verb at word ``k`` names, up to the sentence's end; None unless every
    name is a reworded duty (a verb and its object). Each skill's duty as written is kept as its alias. With
    ``verb`` the word at ``k`` stands where only a verb can (requirements.noun-verbs checked it)."""
    text = sent.doc.user_data["careergraph_text"]
    first = words.idx[k]
    last = (sent.end if stop is None else stop) - 1
    names = skill_names(text[first : words.idx[last] + words.length[last]], predicate=True, verb=verb)
    if not names or not names[0].reworded:
        return None
    # (a later piece named as written, "learn the product inside out", is left out; the duties stay)
    names = [n for n in names if n.reworded]
    reworded = sent.doc.user_data.setdefault("careergraph_reworded", {})
    skills: list[Mention | Entry] = []
    for name in names:
        entry = _named_skill(name.name)
        start, end = offset + first + name.start, offset + first + name.end
        skills.append(Mention(entry.label, entry.key, entry.name, False, start, end, k, k + 1))
        reworded[start, end, entry.key] = name.alias
    return skills


#: verbs of attention: "Focus on A, B and C", "Concentrate on A"
_ATTENTION_VERBS = frozenset({"focus", "focuses", "concentrate", "concentrates"})


def _relative_role(words: _Words, roles: list[Mention]) -> tuple[Mention, int] | None:
    """A role followed by ", who" or "who" and a verb: the role and where its relative clause's verb is."""
    for m in roles:
        k = _skip_spaces(words, m.j, 1)
        if k < len(words.lower) and words.lower[k] == ",":
            k = _skip_spaces(words, k + 1, 1)
        if k < len(words.lower) and words.lower[k] == "who":
            return m, k + 1
    return None


#: what closes a role's label at the start of a line: "Sous Chef (K3): ...", "**Analyst** – ...", "Buyer - ..."
_LABEL_CLOSE = re.compile(r"[ \t]*(?:[(（][^)）\n]{0,24}[)）])?[ \t]*(?:\*\*|__)?[ \t]*(?:[:：]|[—–-][ \t])")


def _label_role(r: _Reader, line: Line, ms: list[Mention]) -> tuple[Mention, int] | None:
    """The role a line opens with as its label ("Senior Picker (L2): 2-4 years. Trains new pickers."), whose
    sentences naming no subject ("Trains new pickers.", "Is responsible for ...") are that role's
    (requirements.label-role)."""
    if "requirements.label-role" in r.disabled or line.kind == "row":
        return None
    for m in ms:
        if m.label is _ROLE and not r.text[line.content : m.start].strip(" \t*_#"):
            if _LABEL_CLOSE.match(r.text, m.end, min(line.end, m.end + 40)) is not None:
                return m, line.start
    return None


def _label_duty(r: _Reader, sent: _Sent, ms: list[Mention], offset: int) -> bool:
    """A sentence of a role-labelled line that opens with a verb of duty in the third person and names no role
    ("Preps vegetables and cleans the walk-in."): the duties of the label's role (requirements.label-role)."""
    if r.line_role is None or r.line is None or r.line.start != r.line_role[1] or any(m.label is _ROLE for m in ms):
        return False
    words = sent.words
    k = _skip_spaces(words, sent.start, 1)
    word = words.lower[k] if k < sent.end else ""
    if len(word) < 4 or not word.endswith("s") or word.endswith("ss"):
        return False
    vouched = False
    if verb_base(word) is None:
        # ("Orders the stock.": a verb of work that is a noun as often, in the third person before an article)
        nxt = _skip_spaces(words, k + 1, 1)
        vouched = (
            "requirements.noun-verbs" not in r.disabled
            and (noun_verb(word) or ("", ""))[1] == "s"
            and nxt < sent.end
            and object_opener(words.lower[nxt])
        )
        if not vouched:
            return False
    if _cue_position(sent) is not None:
        return False  # ("Handles ..." and other cues: read by requirements.cue)
    skills = _duty_skills(sent, words, k, offset, verb=vouched)
    if skills is None:
        return False
    outer, r.rule = r.rule, "requirements.noun-verbs" if vouched else "requirements.label-role"
    try:
        _link(r, sent, offset, [r.line_role[0]], skills, 3)
    finally:
        r.rule = outer
    return True


#: the most words of a phrase after a role's label that names its work ("- Product Manager — shaping the roadmap")
_LABEL_PHRASE_WORDS = 8


def _label_phrase(
    r: _Reader, vocab: Vocabulary, sent: _Sent, ms: list[Mention], offset: int, listed: bool = False
) -> None:
    """A list item that is a role's label and a short phrase naming its work ("- Customer Success Manager —
    proactive account management", "- Technical Writer: documentation and release notes"): the phrase names
    skills of that role. Not when it names another role, a number (years, pay), a cue, or no word in lower case
    ("- Senior Buyer – London")."""
    role, at = r.line_role or (None, -1)
    if role is None or r.line is None or r.line.start != at or role not in ms:
        return
    close = _LABEL_CLOSE.match(r.text, role.end, min(r.line.end, role.end + 40))
    if close is None or close.end() >= offset + sent.end_char:
        return
    words = sent.words
    lo = bisect.bisect_left(words.idx, close.end() - offset, sent.start, sent.end)
    content = [k for k in range(lo, sent.end) if words.alpha[k] or words.number[k]]
    if not content or len(content) > _LABEL_PHRASE_WORDS or any(words.number[k] for k in content):
        return
    text = sent.doc.user_data["careergraph_text"]
    if not any(text[words.idx[k]].islower() for k in content) or any(m.label is _ROLE and m.i >= lo for m in ms):
        return
    cue = _cue_position(sent, lo)
    if cue is not None and not (listed and cue[0] - _skip_spaces(sent.words, lo, 1) > 2):
        return  # ("- Team Lead: must hold a licence": requirements.cue reads it)
    if listed and not _listed_phrase(sent, lo):
        return
    skills = _skills_in(vocab, sent, ms, lo, offset, new=True, reword=_rewords(r))
    _link(r, sent, offset, [role], skills, 3)


def _listed_phrase(sent: _Sent, lo: int) -> bool:
    """Whether the words of a sentence from token ``lo`` are a list of short names, three or more apart by commas
    (the last perhaps by 'and'), each of one to four words and none a verb in the third person ("cash handling,
    accuracy, guest care"; requirements.label-lines)."""
    words = sent.words
    pieces: list[list[str]] = [[]]
    for k in range(lo, sent.end):
        w = words.lower[k]
        if w in {",", ";"}:
            pieces.append([])
        elif w == "and" and len(pieces) >= 2:
            pieces.append([])
        elif words.alpha[k]:
            pieces[-1].append(w)
    pieces = [p for p in pieces if p]
    if len(pieces) < 3 or any(len(p) > 4 for p in pieces):
        return False
    return not any(_third_person_duty(p[0]) for p in pieces)


#: a piece of a title's bracketed aside that says its level or years, no work: "L2", "Level 3", "2-4 years", "12+"
_LEVEL_PIECE = re.compile(
    r"(?:[A-Z]{1,2}\d{1,2}|(?:level|grade|band|tier|step)\s*\d{1,2}"
    r"|\d+\s*\+?\s*(?:[-–—]|to)?\s*\d*\s*\+?\s*(?:years?|yrs)?(?:\s+(?:of\s+)?experience)?)",
    re.I,
)
#: pieces of such an aside that name a rank, not work
_RANK_PIECES = frozenset({"entry-level", "entry level", "junior", "senior", "mid-level", "mid level", "executive"})


def _level_asides(r: _Reader, vocab: Vocabulary, sent: _Sent, ms: list[Mention], offset: int) -> None:
    """A title's bracketed aside that gives its level or years and a short phrase of its work ("Marketing
    Specialist (L2, developing expertise, 2-4 years)", "Marketing Lead or Manager (L4, team leadership, 6-9
    years)"): the phrase names skills of the title, and of the titles "or" joins to it."""
    words = _words(sent.doc)
    lowers = words.lower
    text = sent.doc.user_data["careergraph_text"]
    roles = sorted((m for m in ms if m.label is _ROLE), key=lambda m: m.i)
    for n, role in enumerate(roles):
        k = _skip_spaces(words, role.j, 1)
        if k >= sent.end or lowers[k] != "(":
            continue
        close = next((j for j in range(k + 1, min(sent.end, k + 30)) if lowers[j] in {")", "("}), None)
        if close is None or lowers[close] != ")":
            continue
        cuts = [k, *(j for j in range(k + 1, close) if lowers[j] == ","), close]
        pieces = [(a + 1, b) for a, b in itertools.pairwise(cuts) if b > a + 1]
        said = [text[words.idx[a] : words.idx[b - 1] + words.length[b - 1]].strip() for a, b in pieces]
        levels = [_LEVEL_PIECE.fullmatch(p) is not None for p in said]
        if len(pieces) < 2 or not any(levels) or all(levels):
            continue
        owners = [role]
        for before in reversed(roles[:n]):  # "Marketing Lead or Manager (...)": both titles
            gap = [lowers[j] for j in range(before.j, owners[0].i) if not words.space[j]]
            if gap not in (["or"], ["and"], ["/"]):
                break
            owners.insert(0, before)
        for (a, b), piece, level in zip(pieces, said, levels, strict=True):
            if level or piece.lower() in _RANK_PIECES or any(m.label is _ROLE and a <= m.i < b for m in ms):
                continue
            skills = _skills_in(vocab, sent, ms, a, offset, new=True, reword=_rewords(r), end=b)
            _link(r, sent, offset, list(owners), skills, 3)


#: a table's header naming a column of schooling: "Job Title Median Salary Job Growth Education"
_EDUCATION_HEADER = re.compile(r"\b(?:education|degree|qualifications?|schooling)\b", re.I)


def _education_column(r: _Reader, sent: _Sent, ms: list[Mention], offset: int, line: Line) -> None:
    """A row of a table written without bars whose header names a column of education ("Job Title  Median Salary
    ... Education" over "Loan Officer $64,660 (2017) 11% Bachelor's degree"): the degree ending the row, after its
    figures, is what the row's title needs."""
    text = r.text
    role = next((m for m in ms if m.label is _ROLE and m.start == line.content), None)
    if role is None:
        return
    row = text[role.end : line.end].rstrip()
    # the last cell: what follows the row's last figure or bracket ("... 11% Bachelor's degree")
    cell = max(row.rfind(c) for c in "0123456789%)*") + 1
    if cell <= 0:
        return
    found = degree_names(row[cell:])
    if not found or row[cell + found[-1].end :].strip(" .;*"):
        return
    # the header: the first line of the block of lines this one ends (no blank line between)
    top = line.start
    while top > 0 and text[top - 1] == "\n" and top - 1 > 0 and text[top - 2] != "\n":
        top = text.rfind("\n", 0, top - 1) + 1
    header = text[top : text.find("\n", top)]
    if not _EDUCATION_HEADER.search(header) or _has_digit(header.split("(")[0]):
        return
    words = _words(sent.doc)
    skills: list[Mention | Entry] = []
    for name in found:
        entry = _named_skill(name.name)
        start, end = role.end + cell + name.start, role.end + cell + name.end
        i = bisect.bisect_left(words.idx, start - offset)
        j = max(i + 1, bisect.bisect_left(words.idx, end - offset))
        skills.append(Mention(entry.label, entry.key, entry.name, False, start, end, i, j))
    _link(r, sent, offset, [role], skills, 4)


#: verbs whose partners "with" names: "work with", "liaise with", "collaborate with", "coordinate with"
_PARTNER_STEMS = ("work", "collaborat", "partner", "liais", "coordinat", "communicat", "cooperat", "team")


def _people_object(words: _Words, role: Mention, start: int) -> bool:
    """Whether a role after word ``start`` is the object of a verb of duty done to people that opens its own clause
    of a series ("..., trains the new cashiers", "and coaches the team's porters"): a few words before it, after a
    comma or "and" (requirements.people-objects)."""
    k = _skip_spaces(words, role.i - 1, -1)
    for _ in range(4):
        if k <= start or not words.alpha[k] or words.lower[k] in {"and", "or", "to", "into", "as", "from"}:
            return False
        if verb_base(words.lower[k]) in _PEOPLE_DUTIES:
            before = _skip_spaces(words, k - 1, -1)
            return before > start and words.lower[before] in {",", "and"}
        k = _skip_spaces(words, k - 1, -1)
    return False


#: verbs that sum a post up rather than name a duty: "supports the operations", "plays a key role", "helps ..."
_SUMMARY_VERBS = frozenset(
    {"support", "help", "work", "play", "ensure", "contribute", "have", "make", "keep", "get", "do", "need", "serve",
     "act", "provide", "assist", "spend", "earn", "take", "come", "go", "start", "join", "become"}
)
#: adverbs between an answer's subject and its verb: "Porters usually carry ..."
_ANSWER_ADVERBS = frozenset({"usually", "often", "also", "mainly", "typically", "generally", "mostly", "will"})


def _answer_told(r: _Reader, sent: _Sent, ms: list[Mention], line: Line) -> bool:
    """Whether an answer to a question about a post opens with a post (or 'they', 'he', 'she') as its subject and a
    verb with no requirement cue in the sentence ("Shift supervisors count the tills, process refunds and coach the
    cashiers"): a sentence telling what the post does, read as prose by requirements.duty-verb, not as a list of
    needs (structure.answer-prose)."""
    words = sent.words
    lowers = words.lower
    k = _skip_spaces(words, sent.start, 1)
    text = r.text
    if text.startswith(("A:", "A：", "A -", "Answer:"), r.line.content if r.line is not None else line.content):
        return False  # ("A: A clear voice, ..." after "Q:": a labelled answer, read as before)
    if k < sent.end and lowers[k] in {"a", "an", "the"}:
        k = _skip_spaces(words, k + 1, 1)
    role = next((m for m in ms if m.label is _ROLE and m.i == k), None)
    if role is None and not (k < sent.end and lowers[k] in {"they", "he", "she"}):
        return False
    j = _skip_spaces(words, role.j if role is not None else k + 1, 1)
    while j < sent.end and lowers[j] in _ANSWER_ADVERBS:
        j = _skip_spaces(words, j + 1, 1)
    base = verb_base(lowers[j]) if j < sent.end else None
    if base is None and j < sent.end and "requirements.noun-verbs" not in r.disabled:
        base = (noun_verb(lowers[j]) or (None, ""))[0]  # ("Attendants patrol the levels": a verb where it stands)
    if base is None or lowers[j] in _BE_WORDS or base in _SUMMARY_VERBS:
        return False  # ("A warehouse associate supports day-to-day operations": a summary of the post, no duty)
    return _cue_position(sent) is None


def _worked_with(words: _Words, role: Mention, start: int) -> bool:
    """Whether a role is named as whom a duty is done with ("work closely with other functional managers", "liaise
    with the store managers"): "with" a few words before it, after a verb of working together."""
    k = _skip_spaces(words, role.i - 1, -1)
    for _ in range(3):
        if k <= start or words.lower[k] == "with":
            break
        if not words.alpha[k] or words.lower[k] in {"and", "or"}:
            return False
        k = _skip_spaces(words, k - 1, -1)
    if k <= start or words.lower[k] != "with":
        return False
    v = _skip_spaces(words, k - 1, -1)
    if v > start and words.lower[v] in {"closely", "directly", "together", "alongside"}:
        v = _skip_spaces(words, v - 1, -1)
    return v >= start and words.lower[v].startswith(_PARTNER_STEMS)


def _imperative(r: _Reader, sent: _Sent, ms: list[Mention], offset: int) -> None:
    """A line that opens with a verb of duty ("Configure the ticket queues for returns."): a duty of the role
    the page or its section is about (requirements.imperative)."""
    if "requirements.imperative" in r.disabled:
        return
    role = r.list_role or r.section_role or r.subject or _level_title(r)
    line = r.line
    if role is None or line is None or line.kind not in {"text", "item"}:
        return
    words = sent.words
    k = _skip_spaces(words, sent.start, 1)
    roles = [m for m in ms if m.label is _ROLE]
    if "requirements.partners" not in r.disabled:
        # "..., and work with other functional managers": the posts worked with are partners, no move or hand-off
        roles = [m for m in roles if not _worked_with(words, m, k)]
    # "..., sets standards and reports to the general manager": whom the post reports to, no move nor duty
    report = _reporting_clause(r, words, k, sent.end) if roles else None
    if report is not None:
        roles = [m for m in roles if m.i < report]
        if not roles and not _MOVE_WORDS.isdisjoint(sent.norms[k:report]):
            roles = [m for m in ms if m.label is _ROLE]
    if roles and not (_roles_late(words, roles, k, sent.end) and _MOVE_WORDS.isdisjoint(_norm_gates(sent))):
        opening = next((j for j in range(k, sent.end) if words.alpha[j]), sent.end)
        if opening >= sent.end or verb_base(words.lower[opening]) not in _PEOPLE_DUTIES:
            return  # a role named in the line: a move or a hand-off (but "Lead a team of 10 pickers" is a duty)
    if line.kind == "item":
        # a bulleted duty ("- Own the channel's P&L") outside a requirements list, in a list of duties (the item
        # before or after it opens with a verb of duty too), not advice to the reader
        if r.section in _MOVE_SECTIONS or not _READER_WORDS.isdisjoint(words.lower[sent.start : sent.end]):
            return
        nouns = "requirements.noun-verbs" not in r.disabled
        if "requirements.duty-items" in r.disabled or r.section == "role" or not _among_duty_items(r.text, line, nouns):
            return
        while k < sent.end and (words.punct[k] or words.space[k]) and offset + words.idx[k] < line.content:
            k += 1
    # (a later sentence of a line of duties opens with one too: "Run the pass, order stock. Train the porters.")
    later = k < sent.end and line.kind == "text" and r.duty_line == line.start and offset + words.idx[k] > line.content
    if k >= sent.end or (offset + words.idx[k] != line.content and not later):
        return  # not the line's opening word
    text = sent.doc.user_data["careergraph_text"]
    vouched = False
    if verb_base(words.lower[k]) is None and words.lower[k] not in _ATTENTION_VERBS:
        vouched = "requirements.noun-verbs" not in r.disabled and _noun_verb_opens(text, line, words, k, sent.end)
        if not vouched:
            return  # no verb of duty
    if not text[words.idx[k] : words.idx[k] + 1].isupper():
        return
    if _cue_before(sent, k):
        return
    nxt = _skip_spaces(words, k + 1, 1)
    ahead = words.lower[k + 1 : min(sent.end, k + 5)]
    if (nxt < sent.end and words.lower[nxt].endswith("s") and verb_base(words.lower[nxt]) is not None) or not {
        "is", "are", "was", "were", "has", "have"
    }.isdisjoint(ahead):
        return  # "Research shows ...", "Process changes are ...": a noun is the subject of the line
    colon = next((j for j in range(k + 1, min(sent.end, k + 4)) if words.lower[j] in {":", "："}), None)
    if colon is not None and (colon == k + 1 or words.lower[k].endswith("ing")):
        return  # "Source: ...", "Hiring reality: ...": a label, not a duty
    if line.kind == "text":
        r.duty_line = line.start  # (a line opening with a verb of duty: its later sentences may be duties too)
    on = _skip_spaces(words, k + 1, 1)
    if words.lower[k] in _ATTENTION_VERBS and on < sent.end and words.lower[on] in {"on", "upon"}:
        # "Focus on CSAT, FCR and quality scores": a verb of attention, whose objects name the skills as written
        skills: list[Mention | Entry] | None = _skills_in(r.vocab, sent, ms, on + 1, offset, new=True)
    else:
        skills = _duty_skills(sent, words, k, offset, verb=vouched, stop=report)
    if not skills:
        return
    rule = "requirements.duty-items" if line.kind == "item" else "requirements.imperative"
    outer, r.rule = r.rule, "requirements.noun-verbs" if vouched else rule
    try:
        _link(r, sent, offset, _needs_roles(r, role), skills, 3)
    finally:
        r.rule = outer


def _duty_heading(r: _Reader, sent: _Sent, offset: int, line: Line, listing: bool) -> None:
    """A short heading in title case that opens with a verb of duty ("Check Guests In", "Stock and Display Linen")
    over the paragraph telling that duty: a duty of the post that paragraph opens with as its subject ("Night
    porters greet ..."), or of the post of the list of duties open above it (``listing``) when the paragraph is a
    duty in the imperative too (requirements.duty-headings)."""
    text = r.text
    heading = text[line.content : line.end].rstrip()
    said = heading.split()
    if not 2 <= len(said) <= _DUTY_HEADING_WORDS or heading.endswith((":", "：", "?", "!", ".")) or _has_digit(heading):
        return
    lowered = [w.lower() for w in said]
    small = _ITEM_GLUE | _HEADING_PARTICLES
    if not all(w[:1].isupper() or low in small for w, low in zip(said, lowered, strict=True)):
        return  # (a heading in title case only: "Track Inventory", not a sentence's fragment)
    if not (_READER_WORDS | _HEADING_SPEAKERS).isdisjoint(lowered):
        return  # "Build Your Network", "Contact Us": advice to the reader or the site's own voice
    if lowered[-1] in _HEADING_TOPICS or section_of(heading) not in {None, "needs"}:
        return  # "Position Overview", "Work Schedule": a noun naming what the section tells
    verb = lowered[0]
    noun = verb_base(verb) != verb
    if noun and noun_verb(verb) != (verb, ""):
        return  # no verb of duty in its base form
    below = _next_text_line(text, line.end)
    if below is None:
        return
    lo, hi = below
    under = text[lo:hi].lower()
    holder = next(
        (
            known
            for known in (r.subject, r.section_role, r.list_role)
            if known is not None and _opens_with_post(under, text[known.start : known.end].lower(), known.name.lower())
        ),
        None,
    )
    if holder is None:
        opening = under.split(maxsplit=1)[:1]
        if not listing or not opening or verb_base(opening[0]) != opening[0]:
            return
        if len(under.split()) < _DUTY_HEADING_WORDS or not text[lo:hi].rstrip().endswith("."):
            return  # (a paragraph of a duty in the imperative: "Oversee the daily rounds of ...")
        holder = r.list_role or r.section_role or r.subject
        if holder is None:
            return
    # (read in sentence case: the title case of a heading is no name's capitals)
    written = heading[:1] + heading[1:].lower()
    names = [n for n in skill_names(written, predicate=True, verb=noun) if n.reworded]
    if not names:
        return
    reworded = sent.doc.user_data.setdefault("careergraph_reworded", {})
    words = sent.words
    k = _skip_spaces(words, sent.start, 1)
    skills: list[Mention | Entry] = []
    for name in names:
        entry = _named_skill(name.name)
        start, end = line.content + name.start, line.content + name.end
        skills.append(Mention(entry.label, entry.key, entry.name, False, start, end, k, k + 1))
        reworded[start, end, entry.key] = name.alias
    _link(r, sent, offset, _needs_roles(r, holder), skills, 3)


#: the most words a heading naming a duty has ("Communicate with the Regional Manager")
_DUTY_HEADING_WORDS = 6
#: small words a heading in title case writes in lower case: "Check Guests in", "Hand over Keys"
_HEADING_PARTICLES = frozenset({"in", "out", "up", "down", "over", "off", "on", "to", "with", "a", "an", "at", "by"})
#: last words of a heading naming what its section tells, not a duty: "Position Overview", "Work Environment"
_HEADING_TOPICS = frozenset(
    {"overview", "summary", "description", "descriptions", "environment", "schedule", "schedules", "hours", "details",
     "profile", "outlook", "package", "range", "conditions", "tips", "guide", "options", "opportunities", "path",
     "paths", "ladder", "title", "titles", "level", "levels", "role", "roles", "type", "types", "example", "examples",
     "facts", "statistics", "questions", "faq", "faqs", "basics", "insights", "trends", "expectations", "culture"}
)
#: words of a site speaking for itself: "Contact Us", "Meet Our Team"
_HEADING_SPEAKERS = frozenset({"us", "our", "we", "my", "me", "i", "now", "more", "here"})


def _next_text_line(text: str, end: int) -> tuple[int, int] | None:
    """The span of the first line after ``end`` that holds words (blank lines skipped), or None."""
    at = end
    while at < len(text):
        start = at + 1 if text[at] == "\n" else at
        stop = text.find("\n", start)
        stop = len(text) if stop < 0 else stop
        if text[start:stop].strip():
            lead = len(text[start:stop]) - len(text[start:stop].lstrip())
            return start + lead, stop
        at = stop
        if stop >= len(text):
            break
    return None


def _opens_with_post(line: str, written: str, name: str) -> bool:
    """Whether a line in lower case opens with a post as written or named (in the plural too, after an article):
    "night porters greet ..." for "Night Porter"."""
    for lead in ("the ", "a ", "an ", "our ", "your ", "each "):
        if line.startswith(lead):
            line = line[len(lead) :]
            break
    for form in {written, name}:
        if not form:
            continue
        for ending in ("", "s", "es"):
            whole = form + ending
            if line.startswith(whole) and not line[len(whole) : len(whole) + 1].isalnum():
                return True
    return False


def _past_employer(sent: _Sent, k: int) -> int:
    """The token after "at", "with" or "for" and one to three capitalised words at ``k`` (an employer's name)
    when a verb of duty in lower case follows them ("Porters at Grand Hotels greet ..."); else ``k``."""
    words = sent.words
    lowers = words.lower
    if k >= sent.end or lowers[k] not in {"at", "with", "for"}:
        return k
    text = sent.doc.user_data["careergraph_text"]
    j, names = _skip_spaces(words, k + 1, 1), 0
    while j < sent.end and names < 3 and words.alpha[j] and text[words.idx[j]].isupper():
        j, names = _skip_spaces(words, j + 1, 1), names + 1
    if not names or j >= sent.end or not text[words.idx[j]].islower() or verb_base(lowers[j]) is None:
        return k
    return j


def _past_other_pronoun(words: _Words, k: int, end: int) -> int:
    """The token after "or she" ("or he") or "/she" ("/he") at ``k``, the second of a pair of pronouns standing for
    one person of either sex ("He or she trains ...", "He/she trains ..."); else ``k``."""
    j = _skip_spaces(words, k, 1)
    if j >= end or words.lower[j] not in {"or", "/"}:
        return k
    other = _skip_spaces(words, j + 1, 1)
    if other >= end or words.lower[other] not in {"he", "she"}:
        return k
    return other + 1


def _expert_label(r: _Reader, vocab: Vocabulary, sent: _Sent, ms: list[Mention], offset: int) -> None:
    """A post as a label, a colon and a phrase of mastery ("Head Porter: Expert in rota planning, lost property and
    ...", "Shift Lead: Master of handovers"), in a line, a list item or a table's cell: what it masters names skills
    of that post (requirements.expert-label)."""
    words = sent.words
    lowers = words.lower
    for role in (m for m in ms if m.label is _ROLE):
        colon = _skip_spaces(words, role.j, 1)
        if colon >= sent.end or lowers[colon] not in {":", "："}:
            continue
        k = _skip_spaces(words, colon + 1, 1)
        if k < sent.end and lowers[k] in _MASTERY_DEGREES:
            degree = _skip_spaces(words, k + 1, 1)  # ("Expert knowledge of": the degree word; "Expert in": mastery)
            k = degree if degree < sent.end and lowers[degree] in _MASTERY_WORDS else k
        if k >= sent.end or lowers[k] not in _MASTERY_WORDS:
            continue
        at = _skip_spaces(words, k + 1, 1)
        if at >= sent.end or lowers[at] not in _MASTERY_WORDS[lowers[k]]:
            continue
        # (up to the cell's end: "| Team process |" after it is another column)
        end = next((j for j in range(at + 1, sent.end) if lowers[j] in {"|", ";"}), sent.end)
        if any(m.label is _ROLE and at < m.i < end for m in ms):
            continue  # another post named in the phrase: no label's own skills
        skills = _skills_in(vocab, sent, ms, at + 1, offset, new=True, end=end)
        _link(r, sent, offset, [role], skills, 3)


#: words of mastery after a post's label and the word each takes before what is mastered: "Expert in X"
_MASTERY_WORDS = {
    "expert": frozenset({"in", "at"}),
    "master": frozenset({"of"}),
    "proficient": frozenset({"in", "at", "with"}),
    "skilled": frozenset({"in", "at"}),
    "adept": frozenset({"at", "in"}),
    "versed": frozenset({"in"}),
    "understanding": frozenset({"of"}),
    "knowledge": frozenset({"of"}),
    "command": frozenset({"of"}),
    "mastery": frozenset({"of"}),
}
#: words of degree before a word of mastery: "Deep understanding of", "Well versed in"
_MASTERY_DEGREES = frozenset({"deep", "strong", "solid", "thorough", "expert", "well", "highly", "full", "sound"})


def _noun_verb_opens(text: str, line: Line, words: _Words, k: int, end: int) -> bool:
    """Whether the word at ``k``, opening a line of duties or an item of a list of duties, is a verb of work that is
    a noun as often in its base form (requirements.noun-verbs): before an article, possessive or quantifier ("Order
    the stock weekly", "Direct the cleaning crew"), or in an item before its object noun phrase ("- Order stock
    weekly"); not before a verb ("Pay brackets vary")."""
    found = noun_verb(words.lower[k])
    if found is None or found[1] != "":
        return False
    nxt = _skip_spaces(words, k + 1, 1)
    if nxt >= end:
        return False
    if object_opener(words.lower[nxt]):
        return True
    return line.kind == "item" and noun_verb_object(text[words.idx[k] : words.idx[end - 1] + words.length[end - 1]])


#: a list item opening with a capitalised word ("- Own the P&L", "2. Drive KPIs"): the word
_ITEM_OPENING = re.compile(r"[ \t]*(?:[-*+•·▪●◦‣⁃–—]|\(?\d{1,2}[.)])[ \t]+([A-Z][a-z]+)\b")


def _among_duty_items(text: str, line: Line, nouns: bool = True) -> bool:
    """Whether the list item next to ``line`` (the one before or after it) opens with a verb of duty too (with
    ``nouns``, one that is a noun as often before an article, possessive or quantifier: "- Order the vaccines")."""
    before = text.rfind("\n", 0, max(line.start - 1, 0)) + 1
    after = text.find("\n", line.end + 1)
    for lo, hi in ((before, line.start - 1), (line.end + 1, len(text) if after < 0 else after)):
        found = _ITEM_OPENING.match(text, lo, max(lo, hi)) if 0 <= lo < hi else None
        if found is None:
            continue
        if verb_base(found.group(1).lower()) is None:
            nxt = _NEXT_WORD.match(text, found.end(1), hi) if nouns else None
            if nxt is None or (noun_verb(found.group(1).lower()) or ("", "s"))[1] != "":
                continue
            if not object_opener(nxt.group(1).lower()):
                continue
        if _READER_WORDS.isdisjoint(re.findall(r"[\w'’]+", text[lo:hi].lower())):
            return True  # (a list of advice to the reader, "Update your CV", is no list of duties)
    return False


#: the word after an item's first one: "- Order the vaccines" -> the
_NEXT_WORD = re.compile(r"[ \t]+([\w']+)")
#: words that address the reader: a bulleted line holding one is advice ("Update your CV"), not a duty
_READER_WORDS = frozenset({"you", "your", "yourself", "you're", "you'll", "you’ll", "you’re"})


#: words before a role that make it someone the subject deals with: "reporting to X", "working with X"
_RELATION_WORDS = frozenset({"to", "into", "with", "alongside", "under", "for", "by", "beside", "and"})


def _someone_else(words: _Words, m: Mention, floor: int) -> bool:
    """Whether the role ``m`` is named as someone the sentence's subject deals with ("reporting to the X")."""
    k = _skip_spaces(words, m.i - 1, -1)
    if k >= floor and words.lower[k] in {"a", "an", "the", "their", "his", "her", "your", "our"}:
        k = _skip_spaces(words, k - 1, -1)
    return k >= floor and words.lower[k] in _RELATION_WORDS


def _introduced_by_as(words: _Words, m: Mention, floor: int) -> bool:
    k = _skip_spaces(words, m.i - 1, -1)
    if k >= floor and words.lower[k] in {"a", "an", "our", "the", "my"}:
        k = _skip_spaces(words, k - 1, -1)
    return k >= floor and words.lower[k] == "as"


#: words that point back to the stage a career article describes: "at this stage", "in these positions"
_STAGE_POINTERS = frozenset(word_norm(w) for w in ("stage", "level", "positions", "roles", "posts", "these"))


def _reader_in_stage(r: _Reader) -> bool:
    """Whether the paragraph read now is the one that set the stage of a career article (transitions.stages): the
    reader it speaks to ("you") stands in the stage's posts, not in the page's role."""
    return bool(r.stage) and r.block == r.stage_block and "requirements.stages" not in r.disabled


def _stage_of(r: _Reader, sent: _Sent, roles: list[Mention], subject: Mention | Entry | None) -> list[Mention]:
    """The posts of the stage a career article describes (transitions.stages), when a requirement sentence names no
    role of its own and points back to the stage ("at this stage", "in these positions") or follows the sentence
    that named the stage: "At this stage the focus is on data analysis" is the stage's posts' need, not the page's.
    """
    if not r.stage or roles or r.sentence_index - r.stage_at > _STAGE_REACH:
        return []
    if subject is not None and subject is not r.subject and subject is not r.section_role:
        return []
    norms = _sent_norms(sent)
    pointed = not _STAGE_POINTERS.isdisjoint(norms)
    if not pointed and "you" in norms and _reader_in_stage(r):
        pointed = True  # "Most start as A or B. ... As you learn, you build X": the reader stands in the stage
    return list(r.stage) if pointed or r.sentence_index - r.stage_at <= 1 else []


def _requirements(
    r: _Reader,
    vocab: Vocabulary,
    sent: _Sent,
    ms: list[Mention],
    offset: int,
    topic: _Topic,
) -> None:
    """Skills a role must have, after a requirement cue; keeps ``topic`` up to date."""
    clauses = _role_clauses(sent, ms) if ";" in sent.text or "whil" in sent.text or "whereas" in sent.text else []
    if clauses and "requirements.role-clauses" not in r.disabled:
        # "Pickers need speed; loaders need stamina; and marshals need patience": each clause its subject's
        starts = [k if k >= 0 else -k - 1 for k in clauses]
        _requirements_at(r, vocab, sent, ms, offset, topic, None, starts[0])
        for k, at, until in zip(clauses, starts, [*starts[1:], None], strict=True):
            if k >= 0:
                r.run("requirements.role-clauses", _requirements_at, r, vocab, sent, ms, offset, topic, at, until)
        return
    _requirements_at(r, vocab, sent, ms, offset, topic, None)
    main = _fronted_main_cue(sent, ms) if "requirements.fronted" not in r.disabled else None
    if main is not None:
        # "In addition to handling the stock, supervisors are responsible for the floor": both cues are read
        r.run("requirements.fronted", _requirements_at, r, vocab, sent, ms, offset, topic, main)
    joined = _coordinated_cue(sent, ms) if main is None and "requirements.coordinated" not in r.disabled else None
    if joined is not None:
        # "Employers expect sales experience, and they may prefer candidates with a degree": the second clause too
        r.run("requirements.coordinated", _requirements_at, r, vocab, sent, ms, offset, topic, joined)


#: words that may join a clause with a subject of its own after a semicolon or a comma
_ROLE_CLAUSE_JOINS = frozenset({"and", "but", "while", "whereas", "whilst"})


def _role_clauses(sent: _Sent, ms: list[Mention]) -> list[int]:
    """The first tokens of the clauses after a sentence's first requirement cue that a semicolon, or a comma and
    'while' / 'whereas', sets apart, each opening with a role of its own (after 'and', 'but', 'while' at most)
    and holding a requirement cue within a few words ("Cashiers need speed; stock clerks need stamina; and desk
    staff need patience", "Drivers need a licence, while dispatchers need a head for maps"); else []."""
    cue = _cue_position(sent)
    if cue is None:
        return []
    words = sent.words
    lowers = words.lower
    out: list[int] = []
    for k in range(cue[0], sent.end - 3):
        if lowers[k] not in {";", ","}:
            continue
        s = _skip_spaces(words, k + 1, 1)
        if s < sent.end and lowers[s] in _ROLE_CLAUSE_JOINS:
            if lowers[k] == "," and lowers[s] not in {"while", "whereas", "whilst"}:
                continue  # (", and they ...": requirements.coordinated)
            s = _skip_spaces(words, s + 1, 1)
        elif lowers[k] == ",":
            continue
        role = next((m for m in ms if m.label is _ROLE and m.i == s), None)
        if role is None and lowers[s] in {"they", "you", "he", "she", "it", "this", "i", "we"}:
            continue  # ("; they also need A": the same post's)
        later = _cue_position(sent, s if role is None else role.j)
        if later is not None and later[0] - (s if role is None else role.j) <= 4:
            # (a clause whose subject is no post the loader knows ends the list before it, naming nothing: -s - 1)
            out.append(s if role is not None else -s - 1)
    return out


def _coordinated_cue(sent: _Sent, ms: list[Mention]) -> int | None:
    """The first token of a clause joined by ", and" or ", but" after a sentence's first requirement cue, when it
    opens with a subject (a pronoun or a role) and holds a cue of its own within a few words; else None."""
    cue = _cue_position(sent)
    if cue is None:
        return None
    words = _words(sent.doc)
    lowers = words.lower
    for k in range(cue[0], sent.end - 3):
        if lowers[k] != ",":
            continue
        j = _skip_spaces(words, k + 1, 1)
        if j >= sent.end or lowers[j] not in {"and", "but"}:
            continue
        s = _skip_spaces(words, j + 1, 1)
        if s >= sent.end or not (
            lowers[s] in {"they", "he", "she", "you"} or any(m.label is _ROLE and m.i == s for m in ms)
        ):
            continue
        later = _cue_position(sent, s)
        if later is not None and later[0] - s <= 6:
            return s
    return None


#: a phrase opening a sentence that adds to what its main clause says: "In addition to handling the stock, ..."
_FRONTED_ADDITION = re.compile(
    r"[\W\d]*(?:in addition to|besides|apart from|aside from|on top of|as well as|along with"
    r"|since|because|as|while|when|whilst|although|though|once|whereas)\s",
    re.I,
)


#: the people a hirer prefers, naming no post: "prefer candidates with", "prefer applicants with"
_PREFERRED_PEOPLE = frozenset({"candidates", "applicants", "people", "someone", "those", "individuals", "staff"})


def _fronted_main_cue(sent: _Sent, ms: list[Mention]) -> int | None:
    """The first token of the main clause of a sentence that opens with a phrase of addition whose requirement cue
    stands before the comma closing it, when the main clause has a subject (a role, or a pronoun for one) before a
    cue of its own; else None."""
    cue = _cue_position(sent)
    if cue is None or _FRONTED_ADDITION.match(sent.text) is None:
        return None
    lowers = _words(sent.doc).lower
    comma = next((k for k in range(sent.start, sent.end) if lowers[k] == ","), None)
    if comma is None or cue[0] > comma:
        return None
    later = _cue_position(sent, comma + 1)
    if later is None:
        return None
    # (not "In addition to the usual requirements, but also need to ...": a main clause with no subject)
    subject = any(m.label is _ROLE and comma < m.i < later[0] for m in ms)
    subject = subject or not _FRONTED_SUBJECTS.isdisjoint(lowers[comma + 1 : comma + 3])
    return comma + 1 if subject else None


_FRONTED_SUBJECTS = frozenset({"they", "he", "she", "you", "this", "the", "these"})


#: the object of "do" that stands for duties named before: "do all of this", "do it", "do the same"
_DONE_BEFORE = frozenset({"this", "that", "these", "those", "it", "so", "same"})


def _done_again(sent: _Sent, after: int) -> bool:
    """Whether the words after a requirement cue do again what was named before ("must do all of this across all
    five stores", "need to do it at speed"): "do" and a pronoun, then words of where or how, which are no duty."""
    lowers, end = sent.words.lower, sent.end
    k = _skip_spaces(sent.words, after, 1)
    if k + 1 >= end or lowers[k] != "do":
        return False
    k += 1
    if lowers[k] == "all" and k + 2 < end and lowers[k + 1] == "of":
        k += 2
    elif lowers[k] == "the" and k + 1 < end:
        k += 1
    if lowers[k] not in _DONE_BEFORE:
        return False
    return k + 1 >= end or not sent.words.alpha[k + 1] or lowers[k + 1] in STOP_WORDS


#: the nouns that close a line announcing a list of what a post needs: "... a mix of soft and technical skills:"
_KINDS_ANNOUNCED = frozenset({"skill", "quality", "attribute", "trait", "ability", "competency", "competence"})


def _announces_kinds(sent: _Sent) -> bool:
    """Whether a sentence ends in a colon right after a noun for kinds of skill in the plural ("..., applicants must
    bring a blend of practical and people skills:"): it announces the items that follow, it names none itself."""
    words, end = sent.words, sent.end
    k = _skip_spaces(words, end - 1, -1)
    if k <= sent.start or words.lower[k] not in {":", "："}:
        return False
    k = _skip_spaces(words, k - 1, -1)
    lower = words.lower[k]
    return lower.endswith("s") and sent.norms[k] in _KINDS_ANNOUNCED and sent.norms[k] != lower


def _requirements_at(
    r: _Reader,
    vocab: Vocabulary,
    sent: _Sent,
    ms: list[Mention],
    offset: int,
    topic: _Topic,
    start: int | None,
    stop: int | None = None,
) -> None:
    """:func:`_requirements` from the first cue at or after token ``start`` (None: the sentence's first), its list
    read up to token ``stop`` (None: the sentence's end)."""
    line = r.line
    table = r.table
    if line is not None and line.kind == "row" and table is not None and (table.columns or table.duties):
        return  # a row of a table of roles' duties or of roles in columns: read by the structure rules
    cue = _cue_position(sent) if start is None else _cue_position(sent, start)
    roles = [m for m in ms if m.label is _ROLE]
    groups = [m for m in ms if m.label is _JOB_GROUP]
    if cue is None:
        if roles:
            topic.carry, topic.active = roles[0], []
            topic.listed = _role_list(sent.doc, roles)
            first = topic.listed[0]
            lead = sent.words.lower[max(sent.start, first.i - 3) : first.i]
            topic.examples = len(topic.listed) > 1 and (first is not roles[0] or not _EXAMPLE_GLUE.isdisjoint(lead))
            if topic.examples:
                topic.carry = topic.listed[0]  # "roles such as A or B": A and B are talked about
        elif topic.active and len(sent) <= _LIST_SENTENCE:
            # a list that goes on in short sentences ("Including: ... How to attract traffic?")
            skills = _skills_in(vocab, sent, ms, sent.start, offset, new=False)
            _link(r, sent, offset, topic.active, skills, min(topic.importance, 3))
        else:
            topic.active = []
        return
    after, importance, strong = cue
    if (
        "requirements.figures" not in r.disabled
        and _sent_decimal(sent)  # (every figure of a statistic holds a digit: most sentences are not searched)
        and _STATISTIC_FIGURE.search(sent.text)
        and _STATISTIC_CHANGE.search(sent.text)
    ):
        topic.active = []
        return  # "Salaries for pickers fell 7.3% to £17,768": a statistic reported, no need of a post
    cue_start = after - 1
    while "requirements.subject" not in r.disabled and _not_required(sent, cue_start, after):
        # "Order pickers don't require a formal education", "we need to bear in mind that ...": perhaps a later
        # cue asks for something ("... is not required, but some jobs require a diploma")
        later = _cue_position(sent, after)
        if later is None:
            return
        after, importance, strong = later
        cue_start = after - 1
    if _done_again(sent, after):
        return  # "they must do all of this across five stores": the duties named before, nothing new
    if "requirements.series-cue" not in r.disabled and _series_cue(sent, after):
        return  # "Porters carry the bags, handle complaints and book taxis": one duty of a series duty-verb reads
    if "structure.needs-lists" not in r.disabled and _announces_kinds(sent):
        return  # "..., applicants need a blend of practical and people skills:": the items under it say which
    if "requirements.not-work" not in r.disabled and roles and _post_required(sent, roles, cue_start):
        topic.carry, topic.active = roles[0], []
        return  # "Porters are needed in every hotel, including ...": where the post is wanted, not what it needs
    if sent.norms[cue_start] == "prefer":
        # "employers prefer managers with X": the plural after the cue is whose requirement X is
        words = sent.words
        k = _skip_spaces(words, after, 1)
        w = _skip_spaces(words, k + 1, 1)
        sought = _role_by_head(r, _singular_word(words.lower[k])) if w < sent.end and words.lower[w] == "with" else None
        if sought is not None:
            skills = _skills_in(vocab, sent, ms, w + 1, offset, new=strong, reword=_rewords(r))
            _link(r, sent, offset, [sought], skills, importance)
            return
        if w >= sent.end or words.lower[w] != "with" or words.lower[k] not in _PREFERRED_PEOPLE or (
            "requirements.preferred" in r.disabled
        ):
            return
        # "they often prefer candidates with a hygiene certificate": who is preferred is no post; the subject's need
        after = w + 1
        r.rule = "requirements.preferred"
    if roles and not _HIRERS.isdisjoint(sent.norms[max(sent.start, after - 4) : after]):
        # "Recruiters value X": who hires names what is sought, it is no post whose needs these are
        roles = [m for m in roles if not (after - 4 <= m.i < after and sent.norms[m.j - 1] in _HIRERS)]
    subject = _subject(r, sent, roles, after, cue_start, topic)
    targets: list[Mention | Entry] = []
    staged = _stage_of(r, sent, roles, subject) if "requirements.stages" not in r.disabled else []
    if staged:
        r.rule = "requirements.stages"
        targets = list(staged)
    elif subject is not None:
        # "Their role demands ..." after a list of roles: each of them
        examples = topic.examples and subject is topic.carry and len(topic.listed) > 1
        targets = list(topic.listed) if examples else [subject]
    else:
        g_before = [m for m in groups if m.j <= cue_start + 1]
        group = g_before[-1] if g_before else (r.section_group if topic.carry is None else None)
        if group is not None:
            # duties of a job group are the duties of its positions, wherever the text lists them
            norms = sent.norms
            listed = next((k for k in range(after, sent.end) if norms[k] in _POSITION_WORDS), None)
            named = [m for m in roles if listed is not None and m.i > listed]
            if not named:
                skills = _skills_in(vocab, sent, ms, after, offset, new=strong, reword=_rewords(r))
                if skills:
                    r.group_duties.append((group.key, sent, offset, skills, importance))
                return
            targets = list(named)
        elif (
            r.line_role is not None
            and r.line is not None
            and r.line.start == r.line_role[1]
            and all(m is r.line_role[0] or _compared(sent, m) for m in roles)
        ):
            subject = r.line_role[0]  # "Sous Chef (K3): ... Is responsible for ordering.": the label's role
            targets = [subject]
            r.rule = "requirements.label-role"
        elif topic.carry is not None and not _other_subject(sent, cue_start):
            subject = topic.carry
            targets = list(topic.listed) if len(topic.listed) > 1 else [subject]
        elif r.section_role is not None:
            subject = r.section_role
            targets = [subject]
    if "requirements.subject" not in r.disabled:
        # "The General Manager is responsible for ..." on a Restaurant General Manager page: the page's role
        targets = [_page_title_of(r, t) if isinstance(t, Mention) else t for t in targets]
    level_prose = r.level_open and not r.level_titles and "structure.level-blocks" not in r.disabled
    if not targets and not level_prose:  # ("they" in a level block before its titles: held for them)
        return
    if subject is not None and subject.i >= after:
        # "What marks a product manager is that she knows ...": read after the subject
        again = _cue_position(sent, subject.j)
        after = again[0] if again is not None else subject.j
    duties = _meant_duties(sent, after, offset) if targets else None
    if duties:  # "Being a pick lead means you hand out the routes, cover breaks and ...": the duties it means
        _link(r, sent, offset, targets, duties, 3)
        topic.active, topic.importance = targets, 3
        return
    opened = None
    if (
        "requirements.duty-cue" not in r.disabled
        and sent.norms[after - 1] in _DUTY_CUES
        and after - 1 > sent.start
        and not (_FRONTED_ADDITION.match(sent.text) and "," not in sent.words.lower[sent.start : after])
    ):
        # "is about serving guests, handling bookings and ...": a cue that is a verb of duty is a duty itself,
        # read with its object, and so are the duties of the series it closes
        opened = _duty_cue_series(sent, after - 1)
        after = after if opened is None else opened
    gained = "opportunit" in sent.text or "chance to" in sent.text  # skills a post offers, not requires
    before = _list_before_cue(sent, after, subject) if _rewords(r) and not gained else None
    further: list[Mention | Entry] = []
    if before is not None:  # "builds strong planning, coaching and reporting skills."
        skills = _skills_in(vocab, sent, ms, before, offset, new=strong, reword=True, end=after)
        more = _list_after_skill_noun(sent, after, stop) if "requirements.list-goes-on" not in r.disabled else None
        if more is not None and skills and sent.words.lower[more] == "be" and len(targets) == 1:
            # "to have basic IT skills, be well presented and good with people": traits after "be" go on the list
            r.run("requirements.list-goes-on", _trait_list, r, sent, ms, offset, targets[0], more + 1)
        elif more is not None and skills:
            # "people with good phone skills, problem solving abilities, and the right attitude": the list the
            # skill noun closed goes on after its comma
            further = _skills_in(vocab, sent, ms, more, offset, new=strong, reword=True, end=stop)
    else:
        skills = _skills_in(vocab, sent, ms, after, offset, new=strong, reword=_rewords(r), end=stop)
    if further:
        r.run("requirements.list-goes-on", _link, r, sent, offset, targets, further, importance)
    if opened is not None:
        r.run("requirements.duty-cue", _link, r, sent, offset, targets, skills, importance)
    elif subject is not None and subject is r.referred:
        r.run("requirements.subject", _link, r, sent, offset, targets, skills, importance)
    else:
        _link(r, sent, offset, targets, skills, importance)
    r.referred = None
    topic.active, topic.importance = targets, importance
    if subject is not None:
        topic.carry = subject


_PASSIVE_NEEDS = frozenset({"required", "needed", "wanted", "sought"})
_BE_WORDS = frozenset({"is", "are", "be", "been", "being", "was", "were"})
_PLACE_PREPOSITIONS = frozenset({"for", "in", "by", "at", "across", "within", "throughout", "everywhere", "wherever"})


def _post_required(sent: _Sent, roles: list[Mention], cue_start: int) -> bool:
    """Whether a passive cue's subject is a role ("Sales Assistants are required for all retail outlets", "Porters
    are always needed in ..."): the post is what is wanted, where or by whom follows, no skill."""
    words = sent.words
    if words.lower[cue_start] not in _PASSIVE_NEEDS:
        return False
    after = _skip_spaces(words, cue_start + 1, 1)
    if after >= sent.end or words.lower[after] not in _PLACE_PREPOSITIONS:
        return False  # ("is also required to keep track of the stock": what the post must do)
    k = _skip_spaces(words, cue_start - 1, -1)
    if k > sent.start and (words.lower[k].endswith("ly") or words.lower[k] in {"always", "often", "also", "still"}):
        k = _skip_spaces(words, k - 1, -1)  # ("are always needed")
    if k <= sent.start or words.lower[k] not in _BE_WORDS:
        return False
    k = _skip_spaces(words, k - 1, -1)
    return any(m.j - 1 == k for m in roles)


#: nouns of a part of a hierarchy or an organisation: as a sentence's subject, the roles talked about before are
#: not what it is about ("The top band embraces senior duties like ...")
_PART_NOUNS = frozenset(
    {"band", "tier", "layer", "level", "stage", "group", "path", "track", "department", "function", "division", "rung"}
)



#: a figure of a statistic: a percentage or an amount of money ("7.3%", "12.9 per cent", "£17,768", "$1 million")
_STATISTIC_FIGURE = re.compile(r"\d[\d,.]*\s?(?:%|per ?cent\b)|[$£€¥]\s?\d", re.I)
#: a change reported or projected ("fell", "recorded", "is expected to exceed"): with a figure, a statistic
_STATISTIC_CHANGE = re.compile(
    r"\b(?:fell|rose|grew|recorded|dropped|declined|decreased|jumped|climbed|surpassed|soared|slipped)\b"
    r"|\b(?:expected|projected|forecast|likely) to (?:grow|rise|fall|exceed|reach|surpass|increase|decline)\b",
    re.I,
)


def _other_subject(sent: _Sent, cue_start: int) -> bool:
    """Whether a requirement sentence opens with a part of a hierarchy as its subject ("The top band", "Each tier",
    "This level"): then the duties are that part's, not the roles the text talked about before."""
    norms = sent.norms
    words = sent.words
    lead = [norms[k] for k in range(sent.start, min(cue_start, sent.start + 6)) if words.alpha[k]]
    return bool(lead) and lead[0] in {"the", "this", "that", "each", "every", "a"} and not _PART_NOUNS.isdisjoint(
        lead[1:4]
    )


def _meant_duties(sent: _Sent, after: int, offset: int) -> list[Mention | Entry] | None:
    """The duties after "means you / they" and a verb of duty ("being a lead means you hand out the routes"), else
    None: what a post means is what its holder does (requirements.cue)."""
    words = sent.words
    if sent.norms[after - 1] != "mean":
        return None
    k = _skip_spaces(words, after, 1)
    if k >= sent.end or words.lower[k] not in {"you", "they", "he", "she"}:
        return None
    v = _skip_spaces(words, k + 1, 1)
    if v >= sent.end or verb_base(words.lower[v]) is None:
        return None
    return _duty_skills(sent, words, v, offset)


#: skill nouns that may close the list they name ("coaching and reporting skills.")
_SKILL_NOUNS = frozenset({"skill", "ability", "knowledge", "competency", "capability", "competence", "expertise"})
#: where such a list opens, going back from the noun: a verb or preposition before it
_LIST_OPENERS = frozenset(
    {"on", "in", "of", "with", "for", "to", "has", "have", "had", "need", "needs", "require", "requires", "build",
     "builds", "building", "develop", "develops", "developing", "gain", "gains", "gaining", "use", "uses", "show",
     "shows", "bring", "brings", "demonstrate", "demonstrates", "possess", "possesses", "hone", "hones", "learn",
     "learns", "learning", "acquire", "acquires", ",", ":", "；", ";"}
)


def _list_before_cue(sent: _Sent, after: int, subject: Mention | Entry | None) -> int | None:
    """Where a list closed by its skill noun starts ("builds A, B and C skills." -> A), or None.

    Only when the noun ends its clause; the list opens after the nearest verb or preposition
    before it (commas inside the list do not stop it), and after the subject.
    """
    words = sent.words
    norms = sent.norms
    cue = after - 1
    if norms[cue] not in _SKILL_NOUNS:
        return None
    nxt = _skip_spaces(words, after, 1)
    if nxt < sent.end and not words.punct[nxt]:
        return None
    floor = subject.j if isinstance(subject, Mention) and subject.j <= cue else sent.start
    k = cue - 1
    while k > floor and not (words.lower[k] in _LIST_OPENERS and words.lower[k] != ","):
        k -= 1
    if words.lower[k] == "with" and k - 1 >= floor and words.lower[k - 1] in QUALITY_PEOPLE:
        # "Team player with good communication skills": the person's quality before "with" is one more item
        k -= 1
        while k > floor and (words.alpha[k - 1] or words.lower[k - 1] == "-") and (
            words.lower[k - 1] not in _LIST_OPENERS
        ):
            k -= 1
        return k
    return k + 1 if cue - (k + 1) >= 2 else None


def _list_after_skill_noun(sent: _Sent, after: int, stop: int | None) -> int | None:
    """Where a list closed by a skill noun at ``after - 1`` goes on after a comma ("good phone skills, problem
    solving abilities, and the right attitude"): the token after the comma (and "and"), when a noun phrase of a
    skill or a quality follows there (no verb, no clause); else None."""
    words = sent.words
    end = sent.end if stop is None else stop
    comma = _skip_spaces(words, after, 1)
    if comma >= end or words.lower[comma] != ",":
        return None
    k = _skip_spaces(words, comma + 1, 1)
    if k < end and words.lower[k] in {"and", "or"}:
        k = _skip_spaces(words, k + 1, 1)
    if k >= end or not words.alpha[k] or words.lower[k] in _LIST_BREAK_WORDS:
        return None
    if words.lower[k] == "be":
        return k  # ("..., be well presented and good with people": traits, read as requirements.traits reads them)
    lowers = words.lower[k:end]
    norms = sent.norms[k:end]
    nouns = [j for j, w in enumerate(norms[:7]) if w in _SKILL_NOUNS or w in _PLAIN_QUALITY_WORDS]
    if not nouns or any(verb_base(w) == w and w not in _SKILL_NOUNS for w in lowers[: nouns[0]]):
        return None  # ("..., check the tills": a duty after the skills, read as such)
    return k


#: words after a skill noun's comma that open a clause, not more of its list
_LIST_BREAK_WORDS = frozenset(
    {"which", "who", "that", "while", "but", "so", "because", "as", "although", "though", "including", "such",
     "you", "they", "we", "it", "this", "these", "i", "he", "she"}
)
#: nouns of a quality or ability closing a further item of such a list: "problem solving abilities", "a calm manner"
_PLAIN_QUALITY_WORDS = frozenset(
    {"attitude", "manner", "mindset", "approach", "personality", "temperament", "stamina", "patience", "tact",
     "empathy", "judgement", "judgment", "knowledge", "experience", "awareness", "understanding", "eye"}
)


#: verbs of a career's course, which name no skill after "to": "need to climb up the ladder", "able to move up"
_CAREER_VERBS = frozenset(
    {"climb", "advance", "progress", "move", "rise", "step", "become", "get", "reach", "go", "join", "apply", "enter"}
)


def _skills_in(
    vocab: Vocabulary,
    sent: _Sent,
    ms: list[Mention],
    after: int,
    offset: int,
    *,
    new: bool,
    reword: bool = True,
    end: int | None = None,
    duties: bool = False,
) -> list[Mention | Entry]:
    """Known skills named after token ``after``, and the list items that name a skill (new ones if ``new``).

    With ``reword`` a list item is named by :func:`careergraph.loaders.text_requirements.skill_names`
    (a duty "manage bids" names "Bid management"; a benefit names nothing).
    """
    doc = sent.doc
    norms = _doc_norms(doc)
    words = _words(doc)
    skills: list[Mention | Entry] = [m for m in ms if m.label is _SKILL and m.i >= after - 1]
    seen = {s.key for s in skills}
    beside: list[tuple[int, int]] = []  # one-word items too vague alone
    # whether a piece before (or an item before, ``duties``) opened with a verb: "Count the floats, check deposits"
    for lo, hi in _list_items(sent, after, end, reword=reword):
        if reword:
            hi = _before_agent(words, ms, lo, hi)  # "file the reports requested by the ward manager": the reports
        if any(m.i < hi and m.j > lo and m.label is not _SKILL and not _activity(m, norms) for m in ms):
            if not (reword and new and _duty_piece(doc, lo, hi)):
                continue  # names a role (unless a duty done to one: "coach new pickers")
        if reword and any(m.label is _SKILL and m.i <= lo and m.j >= hi for m in ms):
            continue  # the whole item is a known skill's name ("data tracking and recording"): not cut or reworded
        if reword:
            # (after "to", "able to work independently", the item's first word is a verb; not one of a career's
            # course: "the experience you need to climb up the ladder")
            infinitive = (
                lo > sent.start
                and words.lower[_skip_spaces(words, lo - 1, -1)] == "to"
                and norms[lo] not in _CAREER_VERBS
            )
            named = _named_skills(doc, lo, hi, offset, predicate=duties or infinitive)
            if infinitive and not duties and named == []:
                named = _named_skills(doc, lo, hi, offset)  # (read as a verb it names nothing: "work to deadlines")
            duties = duties or _verb_led(doc, lo, hi)
            if named == [] or (named is not None and not new):
                continue  # names no skill, or a duty where only known skills are read
            if named is not None:
                for mention in named:
                    if mention.key not in seen:
                        seen.add(mention.key)
                        skills.append(mention)
                continue
        if hi - lo > 6:
            if new:  # a clause, not a skill name: the skills are its noun phrases
                _parsed_skills(doc, lo, hi, offset, skills, seen, reword=reword)
            continue
        inside = [m for m in ms if m.i >= lo and m.j <= hi and m.label is _SKILL]
        narrows = (
            new
            and len(inside) == 1
            and inside[0].j == hi
            and 0 < inside[0].i - lo <= 2
            and all(words.alpha[k] and words.lower[k] not in STOP_WORDS for k in range(lo, inside[0].i))
        )
        if inside and not narrows:
            continue  # named by a known skill - unless it narrows one down ("vendor management")
        if narrows:
            skills = [s for s in skills if s is not inside[0]]
            seen.discard(inside[0].key)
        bag = _bag(tuple(norms[lo:hi]))
        if not bag or any(words.number[lo:hi]):
            continue
        key = vocab.skill_for(bag)
        if key is not None:
            entry = vocab.entries[key]
        elif new:
            if (len(bag) > 4 and not _of_phrase(norms, lo, hi, len(bag))) or (
                words.lower[lo] in STOP_WORDS or not words.alpha[hi - 1]
            ):
                continue
            if not _skill_shaped(sent.doc, lo, hi):
                if reword and hi - lo == 1 and _plain_noun(doc[lo].text):
                    beside.append((lo, hi))  # (one plain word: a skill only beside others)
                continue
            written = doc.user_data["careergraph_text"][words.idx[lo] : words.idx[hi - 1] + words.length[hi - 1]]
            entry = _new_skill(written)
        else:
            continue
        if entry.key not in seen:
            seen.add(entry.key)
            start = offset + words.idx[lo]
            end = offset + words.idx[hi - 1] + words.length[hi - 1]
            known = entry.key in vocab.entries
            skills.append(Mention(entry.label, entry.key, entry.name, known, start, end, lo, hi))
    if beside and len(skills) >= 2:
        # "retail laws, security and health and safety": a plain noun the list names beside two skills is one too
        for lo, hi in beside:
            entry = _new_skill(doc.user_data["careergraph_text"][words.idx[lo] : words.idx[lo] + words.length[lo]])
            if entry.key not in seen:
                seen.add(entry.key)
                start, end = offset + words.idx[lo], offset + words.idx[lo] + words.length[lo]
                skills.append(Mention(entry.label, entry.key, entry.name, False, start, end, lo, hi))
    return skills


#: the most content words a list item's noun phrase with an "of" phrase inside may hold to name a skill as written
_OF_PHRASE_WORDS = 6


def _of_phrase(norms: list[str], lo: int, hi: int, size: int) -> bool:
    """Whether list item ``lo:hi`` (``size`` content words) is a noun phrase joined by "of" inside it and short enough
    to name a skill as written ("the booking process of group tours", "the upkeep of the cold stores"): the "of"
    phrase says what the head is about, the words are not a clause (more than four content words are, elsewhere)."""
    return size <= _OF_PHRASE_WORDS and "of" in norms[lo + 1 : hi - 1]


#: past participles of no "-ed" form that may name who set a piece of work: "targets set by the area manager"
_AGENT_PARTICIPLES = frozenset(
    {"set", "given", "sent", "made", "laid", "drawn", "written", "put", "kept", "held", "run", "done", "shown",
     "brought", "taught", "handed", "left", "led", "built", "chosen", "told", "spent", "paid"}
)


def _before_agent(words: _Words, ms: list[Mention], lo: int, hi: int) -> int:
    """Where list item ``lo:hi`` ends when a past participle and "by" with a role after it close it ("the reports
    requested by the ward manager", "the beds set out by the ward sister"): the thing worked on ends before the
    participle, the role being who asked for it, not a skill nor the item's subject; else ``hi``."""
    lowers = words.lower
    for k in range(lo + 2, hi - 1):
        if lowers[k] != "by" or not any(m.label is _ROLE and k < m.i <= k + 3 for m in ms):
            continue
        p = k - 1
        if lowers[p] in {"out", "up", "down", "off", "in"} and p - 1 > lo:
            p -= 1  # "set out by", "drawn up by": the participle's particle
        participle = lowers[p]
        if participle in _AGENT_PARTICIPLES or (participle.endswith("ed") and len(participle) > 4):
            return p if p - lo >= 2 else hi
    return hi


def _plain_noun(written: str) -> bool:
    """A word that may be a one-word item of a list of skills: a plain noun in the singular (a plural names things:
    "sizes", "events"), no name ("EBay"), verb, adjective, broad word or filler."""
    word = written.lower()
    return (
        len(word) > 3
        and written[1:] == word[1:]
        and word.isalpha()
        and word not in STOP_WORDS
        and word not in _NOT_SKILL_WORDS
        and word not in _BROAD_WORDS
        and not word.endswith(("ly", "ed", "ing", "s"))
        and verb_base(word) is None
        and not names_no_skill(word)
    )


#: words too broad to name a skill alone even in a list: "management", "development"
_BROAD_WORDS = frozenset({"management", "development", "operations", "operation", "performance", "administration"})

_HYPHEN_GAP = re.compile(r"\s+-\s+")


def _named_skills(doc: Doc, lo: int, hi: int, offset: int, *, predicate: bool = False) -> list[Mention] | None:
    """The skills list item ``lo:hi`` names (see text_requirements.skill_names); None to read it the older way.

    A duty led by a verb, or an item that names no skill (a benefit, a goal, a degree), is
    settled here; a plain noun phrase of a few words is left to the older reading (None), as is a
    long clause that names nothing here (the parser reads it).
    """
    words = _words(doc)
    text = doc.user_data["careergraph_text"]
    base = words.idx[lo]
    item = text[base : words.idx[hi - 1] + words.length[hi - 1]]
    names = skill_names(item, predicate=predicate)
    if not names:
        return [] if hi - lo <= 6 or names_nothing(item) else None  # (a long clause is left to the parser)
    whole = len(names) == 1 and names[0].start == 0 and base + names[0].end == words.idx[hi - 1] + words.length[hi - 1]
    if not any(n.reworded for n in names) and (whole and hi - lo <= 6) and not _activity_word(names[0].name):
        return None  # a short noun phrase as written: the older reading knows it
    out = []
    reworded = doc.user_data.setdefault("careergraph_reworded", {})
    for name in names:
        entry = _named_skill(name.name)
        i = bisect.bisect_left(words.idx, base + name.start)
        j = max(i + 1, bisect.bisect_left(words.idx, base + name.end))
        start, end = offset + base + name.start, offset + base + name.end
        out.append(Mention(entry.label, entry.key, entry.name, False, start, end, i, j))
        reworded[start, end, entry.key] = name.alias  # its evidence names requirements.duty-names
    return out


@functools.lru_cache(maxsize=4096)
def _named_skill(name: str) -> Entry:
    return Entry(_SKILL, _slug(name), name)


def _parsed_skills(
    doc: Doc, lo: int, hi: int, offset: int, skills: list[Mention | Entry], seen: set[str], *, reword: bool = True
) -> None:
    """The noun phrases of tokens ``lo:hi`` that a trained parser finds, as new skills (see text_parse)."""
    words = _words(doc)
    text = doc.user_data["careergraph_text"]
    base = words.idx[lo]
    for a, b in _phrases(text[base : words.idx[hi - 1] + words.length[hi - 1]]):
        i = bisect.bisect_left(words.idx, base + a)
        j = bisect.bisect_left(words.idx, base + b)
        if i >= j or words.lower[i] in STOP_WORDS:
            continue
        if reword and not skill_names(text[base + a : base + b]):
            continue  # "the following skills", "experiences": no skill named
        entry = _new_skill(text[base + a : base + b])
        if entry.key not in seen:
            seen.add(entry.key)
            start, end = offset + base + a, offset + base + b
            skills.append(Mention(entry.label, entry.key, entry.name, False, start, end, i, j))


@functools.lru_cache(maxsize=4096)
def _phrases(text: str) -> tuple[tuple[int, int], ...]:
    """The parser's skill phrases of a clause, kept per text (documents of one site repeat their wording)."""
    return tuple(skill_phrases(text))


@functools.lru_cache(maxsize=4096)
def _new_skill(written: str) -> Entry:
    """The skill a list item names as written: one space between words, sentence case unless all capitals."""
    name = _HYPHEN_GAP.sub("-", " ".join(written.split()))
    name = name if name.isupper() else name[:1].upper() + name[1:].lower()
    return Entry(_SKILL, _slug(name), name)


def _activity(m: Mention, norms: list[str]) -> bool:
    """ "the operation of a store" names the work, not the post: one word between "the" and "of"."""
    return m.j - m.i == 1 and 0 < m.i and m.j < len(norms) and norms[m.i - 1] == "the" and norms[m.j] == "of"


_NOT_SKILL_WORDS = frozenset(
    {
        "you",
        "your",
        "my",
        "our",
        "their",
        "his",
        "her",
        "its",
        "we",
        "i",
        "they",
        "position",
        "responsibility",
        "personality",
        "etc",
        "etc.",
        "getting",
        "becoming",
        "other",
        "finally",
        "type",
        "thing",
        "way",
        # what a page says about the job, not what it needs ("the role", "the sector")
        "role",
        "sector",
        "career",
        "industry",
        "progress",
        "following",
    }
)


_ING_ADJECTIVES = frozenset(
    {"outstanding", "interesting", "leading", "exciting", "amazing", "demanding", "promising", "willing", "caring"}
)


def _quality_noun(word: str) -> bool:
    """A noun of a quality or an activity by its ending ("adaptability", "resilience", "negotiation"), not a
    vague one ("information", "opportunity") nor a place or a firm ("university", "business")."""
    if word in _QUALITY_WORDS:
        return True  # "stamina", "empathy", "tact": qualities no ending shows
    return (
        len(word) > 6
        and word.endswith(("ity", "ness", "ience", "ance", "tion", "sion", "ment", "ship", "ysis", "acy", "ism"))
        and word not in _VAGUE_ACTIVITIES
        and word not in _NOT_QUALITIES
    )


#: qualities and fields asked of a worker that no ending marks as such ("Porters must have stamina, tact and ...")
_QUALITY_WORDS = frozenset(
    {"stamina", "empathy", "tact", "honesty", "teamwork", "initiative", "enthusiasm", "confidence", "diligence",
     "persistence", "courtesy", "loyalty", "strength", "fitness", "numeracy", "literacy", "accuracy", "diplomacy",
     "bookkeeping", "typing", "multitasking", "etiquette", "charisma", "grit", "drive", "energy", "judgement",
     "judgment", "discipline", "tenacity", "poise", "warmth", "calmness", "composure", "mathematics", "statistics",
     "economics", "ergonomics"}
)


_NOT_QUALITIES = frozenset(
    {"business", "university", "witness", "wilderness", "audience", "ambience", "relationship", "championship",
     "ownership", "membership", "sponsorship", "internship", "apprenticeship", "department", "equipment",
     "shipment", "government", "nation", "station", "region", "religion", "version", "mission", "commission",
     "pension", "television", "session", "division", "question", "population", "institution", "competition",
     "promotion", "description", "direction", "section", "collection", "edition", "invention", "tourism",
     "journalism", "mechanism", "organism", "pharmacy", "privacy", "legacy", "advocacy", "democracy", "bureaucracy"}
)


#: words of degree that grade a quality asked for: "good eyesight", "excellent stamina", "a keen eye"
_GRADES = frozenset({"good", "strong", "excellent", "great", "solid", "sound", "keen", "high", "outstanding"})


def _graded(words: _Words, k: int) -> bool:
    """Whether a word of degree stands just before word ``k`` ("good eyesight"): what the list asks for is graded."""
    before = _skip_spaces(words, k - 1, -1)
    return before >= 0 and words.lower[before] in _GRADES


def _skill_shaped(doc: Doc, lo: int, hi: int) -> bool:
    """A new skill is a short phrase, or one word written as a name (Photoshop, SQL); no pronouns or adverbs."""
    words = _words(doc)
    lowers = words.lower[lo:hi]
    if set(lowers) & _NOT_SKILL_WORDS or set(_doc_norms(doc)[lo:hi]) & _NOT_SKILL_WORDS:
        return False
    if any(w.endswith("ly") and len(w) > 4 for w in lowers):
        return False
    if any(w.startswith("etc") for w in lowers):
        return False
    alpha = [k for k in range(lo, hi) if words.alpha[k]]
    if len(alpha) == 1:
        # one word: a name (Photoshop, SQL) or an activity ("writing", "coaching")
        token = doc[alpha[0]]
        if token.lower_.endswith("ing") and len(token) > 5 and token.lower_ not in _ING_ADJECTIVES:
            return True
        if _quality_noun(token.lower_):
            return True  # "creativity", "adaptability", "resilience": a quality named by its noun
        if _graded(words, alpha[0]) and token.lower_ == _doc_norms(doc)[alpha[0]] and not token.lower_.endswith("s"):
            return True  # "good eyesight", "strong stamina": a word of degree asks for the thing it grades
        # title case counts unless the word opens its sentence (after at most one token such as a bullet)
        opening = token.i == _block_start_of(doc, token.i) or _sent_start_of(doc, token.i - 1) == token.i - 1
        return token.is_upper or (token.is_title and not opening)
    return True


def _first_degrees(text: str, skills: list[Mention | Entry]) -> list[Mention | Entry]:
    """The skills without a degree named as an alternative to the one before it ("a BSc in physics, or an
    associate degree": the bachelor's is asked for), as a list split at its commas no longer shows."""
    degrees = sorted((s for s in skills if isinstance(s, Mention) and degree_key(s.key)), key=lambda m: m.start)
    dropped = {
        id(b) for a, b in itertools.pairwise(degrees) if _ALTERNATIVE.fullmatch(text, a.end, b.start) is not None
    }
    return [s for s in skills if id(s) not in dropped] if dropped else skills


#: the words between two degrees when the second is an alternative to the first: "... in physics, or an" (not one in
#: brackets: "a school diploma or equivalent (a catering diploma preferred)")
_ALTERNATIVE = re.compile(r"[^.;:\n(]*\bor\b[^.;:\n(]*")


#: a sentence about applying and being hired, or about the page itself, not about the work (requirements.not-work)
_NOT_WORK = re.compile(
    r"\b(?:apply\s+(?:now|today|online|here|via|through|by\s+sending|for\s+(?:this|the)\s+(?:role|job|position|post))"
    r"|(?:your|the|this|an?|online)\s+application\b|application\s+(?:process|form|deadline|stage)|applications?\s+from"
    r"|shortlist|cover\s+letter|(?:your|a)\s+(?:cv|résumé|resume)\b|background\s+(?:check|screening)"
    r"|drug\s+(?:test|screen)|right\s+to\s+work|privacy|personal\s+data|equal\s+opportunit|discriminat"
    r"|reasonable\s+(?:accommodation|adjustment)|recruitment\s+(?:process|campaign)|hiring\s+process"
    r"|job\s+alerts?|(?:this|our)\s+(?:article|guide|blog\s+post)|in\s+this\s+post|read\s+on\b|take\s+a\s+look\s+at)",
    re.I,
)


#: a word one of _NOT_WORK's phrases holds (checked first: most sentences hold none)
_NOT_WORK_WORDS = frozenset(
    {"apply", "application", "applications", "shortlist", "shortlisted", "letter", "cv", "résumé", "resume",
     "background", "drug", "right", "privacy", "data", "equal", "discriminate", "discriminates", "discrimination",
     "discriminatory", "shortlisting", "reasonable",
     "recruitment", "hiring", "alert", "alerts", "article", "guide", "blog", "post", "read", "look"}
)


#: the first words of a sentence inviting the reader to read on (see _page_teaser)
_TEASER_OPENERS = frozenset({"explore", "discover", "learn", "find"})
_TEASER_OPENING = re.compile(r"\W*(?:explore|discover|learn(?:\s+(?:how|what|about|more))?|find\s+out)\b", re.I)
#: the topics of a page about a post: two or more of them named after such an opening tell the page's contents
_PAGE_TOPICS = re.compile(
    r"\b(?:job\s+descriptions?|(?:key\s+)?responsibilities|duties|(?:required\s+)?skills|requirements|qualifications"
    r"|salar(?:y|ies)|pay|wages?|(?:advancement|career)\s+(?:prospects|paths?|opportunities)|hiring|interview)\b",
    re.I,
)


def _page_teaser(text: str) -> bool:
    """Whether a sentence invites the reader to read on and lists what the page tells ("Explore the job
    description, key responsibilities, required skills and pay", "Learn how to ..., from certification requirements
    to salary ranges and advancement prospects"): two or more of a page's topics after "Explore", "Discover",
    "Learn (how)" or "Find out"."""
    opening = _TEASER_OPENING.match(text)
    return opening is not None and len(_PAGE_TOPICS.findall(text, opening.end())) >= 2


#: the words of a sentence told in the first person (see _told_in_first_person)
_FIRST_PERSON_WORDS = frozenset({"i", "my", "me", "myself"})


def _told_in_first_person(sent: _Sent) -> bool:
    """Whether a sentence is told in the first person: "my", "me" or "myself", or "I" written as the pronoun (a
    capital alone, a word in lower case after it: not "Rep I" closing a title); not one telling the narrator's work
    ("My day-to-day work includes ...", "my duties were ...": what the post held then does)."""
    words = sent.words
    norms = _doc_norms(sent.doc)
    if any(
        words.lower[k] == "my" and not _DUTY_NOUNS.isdisjoint(norms[k + 1 : min(k + 5, sent.end)])
        for k in range(sent.start, sent.end)
    ):
        return False
    cue = _cue_position(sent)
    if cue is not None and "i" in words.lower[max(sent.start, cue[0] - 4) : cue[0]]:
        return False  # "I had to plan the calendar": the narrator's duty, the cue's subject "I"
    for k in range(sent.start, sent.end):
        low = words.lower[k]
        if low in {"my", "me", "myself"}:
            return True
        if low == "i" and sent.doc[k].text == "I":
            after = _skip_spaces(words, k + 1, 1)
            if after < sent.end and words.alpha[after] and words.lower[after] == sent.doc[after].text:
                return True
    return False


#: a phrase giving one post the skills of another: "In addition to having the ability of a junior baker, ...",
#: "... has all the skills of a line cook"; the other post's title follows it
_INHERITED = re.compile(
    r"\b(?:in addition to|besides|apart from|on top of|as well as|having|has|have|with)\s+(?:having\s+)?"
    r"(?:all\s+(?:of\s+)?)?the\s+(?:abilit(?:y|ies)|skills?|capabilit(?:y|ies)|competenc(?:e|ies))\s+of\s+"
    r"(?:(?:an?|the)\s+)?",
    re.I,
)


def _inherited(r: _Reader, sent: _Sent, ms: list[Mention], offset: int) -> None:
    """ "In addition to having the ability of a junior baker, pastry chefs must ...": the post named after the
    phrase hands every skill the page gave it so far to the other post the sentence names (the first after it,
    else the one before the phrase)."""
    found = _INHERITED.search(sent.text)
    if found is None:
        return
    base = offset + sent.start_char
    roles = [m for m in ms if m.label is _ROLE]
    giver = next((m for m in roles if m.start == base + found.end()), None)
    if giver is None:
        return
    heirs = [m for m in roles if m.start >= giver.end and m.key != giver.key]
    heirs = heirs or [m for m in roles if m.end <= base + found.start() and m.key != giver.key]
    if not heirs:
        return
    heir = heirs[0]
    given = [(key, record) for (role, key), record in r.facts.requires.items() if role == giver.key]
    for key, record in given:
        node = r.facts.nodes.get(key)
        if node is None:
            continue
        skill = Entry(_SKILL, key, node["name"])
        r.requires(heir, skill, record["importance"], r.sentence_evidence(sent, offset, heir.start, giver.end))


def _link(
    r: _Reader, sent: _Sent, offset: int, targets: list[Mention | Entry], skills: list[Mention | Entry], importance: int
) -> None:
    if (
        "requirements.not-work" not in r.disabled
        and not _NOT_WORK_WORDS.isdisjoint(_lower_gates(sent))
        and _NOT_WORK.search(sent.text)
    ):
        return  # "If you need adjustments during the application process, ...": no requirement of the work
    if (
        "requirements.not-work" not in r.disabled
        and not _TEASER_OPENERS.isdisjoint(sent.words.lower[sent.start : sent.start + 3])
        and _page_teaser(sent.text)
    ):
        return  # "Explore the porter's job description, duties, skills and pay.": what the page goes on to tell
    if (
        r.rule in {"requirements.cue", "requirements.subject"}
        and "requirements.not-work" not in r.disabled
        and not _FIRST_PERSON_WORDS.isdisjoint(_lower_gates(sent))
        and _told_in_first_person(sent)
    ):
        return  # "My ability to reach this goal inspired me to ...": a person's story, what they had or felt
    if "requirements.no-skill" not in r.disabled:
        # people, places, parts and outcomes a sentence names are no skills ("potential sellers", "concerns")
        skills = [s for s in skills if s.key in r.vocab.entries or not names_no_skill(s.name)]
        if "do the " in sent.text:  # ("to do the study or training for this job": things gone through)
            skills = [s for s in skills if not gone_through(sent.text, s.name)]
    if "requirements.no-skill" not in r.disabled and r.cut_at is not None:
        # a page cut off mid-sentence ("... these posts involve playin"): its unfinished last word names nothing
        skills = [s for s in skills if not (isinstance(s, Mention) and s.end > r.cut_at)]
    if "requirements.degree" in r.disabled:
        skills = [s for s in skills if not degree_key(s.key)]
    else:
        skills = _first_degrees(r.text, skills)
    if not skills:
        return
    if r.level_open and not r.level_titles and "structure.level-blocks" not in r.disabled:
        # a level block's text before its titles line ("They learn X"): held back for its titles
        if all(not isinstance(t, Mention) or t.start < r.level_start for t in targets):
            r.level_pending.append(((sent, offset, targets, skills, importance), r.rule))
            return
    if not targets:
        return
    entries = r.vocab.entries
    # a short sentence is quoted whole whatever the places of role and skill: worked out once
    short = sent.end_char - sent.start_char <= _MAX_QUOTE
    whole = r.sentence_evidence(sent, offset, 0, 0) if short else None
    named = [r.evidence(skill.start, skill.end) if isinstance(skill, Mention) else None for skill in skills]
    reworded: dict[tuple[int, int, str], str | None] | None = sent.doc.user_data.get("careergraph_reworded")
    aliases: dict[str, str] = {}
    if reworded:
        for skill, ev in zip(skills, named, strict=True):
            if ev is not None and isinstance(skill, Mention) and (skill.start, skill.end, skill.key) in reworded:
                ev["rule"] = "requirements.degree" if degree_key(skill.key) else "requirements.duty-names"
                alias = reworded[skill.start, skill.end, skill.key]
                if alias:
                    aliases[skill.key] = alias
    for n, role in enumerate(targets):
        for skill, named_at in zip(skills, named, strict=True):
            if whole is not None:
                ev = dict(whole)
            else:
                places = [getattr(x, "start", None) for x in (role, skill)] + [
                    getattr(x, "end", None) for x in (role, skill)
                ]
                known_places = [p for p in places if p is not None]
                start = min(known_places) if known_places else offset + sent.start_char
                end = max(known_places) if known_places else offset + sent.end_char
                ev = r.sentence_evidence(sent, offset, start, end)
            if n == 0:  # (for later roles the skill's node and its evidence are already there)
                r.node(skill, named_at, known=skill.key in entries)
                if skill.key in aliases:  # the duty as written: "manage bids" for "Bid management"
                    held = r.facts.nodes[skill.key].setdefault("aliases", [])
                    if aliases[skill.key] not in held:
                        held.append(aliases[skill.key])
            if degree_key(skill.key):
                ev = {**ev, "rule": "requirements.degree"}
            r.requires(role, skill, importance, ev)
    if importance <= 3:  # (duties, not the needs a cue marks as essential: what "This includes ..." goes on with)
        r.duties_at = (r.sentence_index, list(targets))


def _salaries(
    r: _Reader, vocab: Vocabulary, sent: _Sent, ms: list[Mention], offset: int, carry: list[Mention]
) -> None:
    """Figures of pay in a sentence, each for the roles named nearest before it, else for ``carry``."""
    text = sent.text
    if not _sent_decimal(sent):
        return  # every figure read below is written in digits (most sentences: one scan, no other test)
    money = _MAYBE_MONEY.search(text) is not None
    marked = not money and _may_be_signed(text)  # (asked once: three tests below need it)
    if not money and not (
        marked
        and _SIGNED.search(text)
        and (_DAY_PERIOD.search(text) or _HOUR_PERIOD.search(text) or _WEEK_PERIOD.search(text)
             or _MONTH_PERIOD.search(text))  # ("USD 350 - 450 per month")
    ) and not (("akh" in text or "AKH" in text or "LPA" in text or " lac" in text or "L" in text) and (
        _LAKH.search(text) or _LAKH_L.search(text))
    ) and not (
        "rore" in text and _CRORE.search(text)
    ) and not (
        marked and "salaries.column-periods" not in r.disabled and _bare_line_periods(r)
    ) and not (
        # ("$9.86 - $21.72" on a pay page: an hour's pay in cents, read below)
        marked and "." in text and _CENTS.search(text) and _pay_page(r)
    ) and not (
        r.short_period is not None and offset + sent.start_char - r.short_period[1] <= _SHORT_PERIOD_REACH
        and marked
    ) and not (
        # ("| Gallery attendant | $15.50 |" under "| Position | Hourly wage |": the column's period)
        marked and r.line is not None and r.line.kind == "row" and r.table is not None
        and any(p in {"hour", "day", "week"} for p in r.table.periods)
    ) and not (
        # ("| Canada | 16.00 | 18.00 |" under "| Community | Low ($/hour) | Median ($/hour) |": a column of pay's)
        r.line is not None and r.line.kind == "row" and r.table is not None and "salaries.figure" not in r.disabled
        and any(k < len(r.table.periods) and r.table.periods[k] in {"hour", "day", "week"} for k in r.table.pay)
    ):
        return  # no figure can reach 1,000 (below that a number is a count, a duration or a day or hour rate)
    base = offset + sent.start_char
    stated_currency = None
    # what the whole sentence says, read once and only when an amount needs it
    said: dict[re.Pattern[str], bool] = {}

    def says(pattern: re.Pattern[str]) -> bool:
        if pattern not in said:
            said[pattern] = pattern.search(text) is not None
        return said[pattern]

    lowered: str | None = None
    may_year = may_month = False
    figures: list[_Figure] = []
    unpaid_end = -1  # where the last figure that is no one's pay ends

    for match in _amounts(text):
        a = match.group("a")
        low = _amount(a)
        high = _amount(match.group("b")) if match.group("b") else None
        if high is not None and low < 1000 <= high and low * 1000 <= high < low * 10_000:
            low *= 1000  # "£35-40,000", "£100-110,000", "20-25k": the thousands are written once
        elif high is not None and (scale := _SCALE_WORD.search(match.group("b"))) and not _SCALE_WORD.search(a):
            if _amount(a + scale.group()) <= high:
                low = _amount(a + scale.group())  # "18-25 LPA", "4.2 - 5.5 lakh": the multiplier written once
        if high is not None and high < low:
            continue
        if base + match.start() == r.line_range_top:
            continue  # "£30,000 Experienced" under "£18,000 Starter" and "to": the top of the range read above
        if high is None and match.group("c1") and r.line is not None and r.line.kind != "row" and (
            "\n" in r.text[base + match.end() : base + match.end() + 40]
            and not r.text[r.line.content : base + match.start()].strip()
            and (top := _LINE_RANGE_TOP.match(r.text, base + match.end())) is not None
            and _amount(top.group("b")) > low
        ):
            high = _amount(top.group("b"))  # "£18,000 Starter" / "to" / "£30,000 Experienced": one range
            r.line_range_top = top.start("top")
        if not match.group("c1") and match.start() and (text[match.start() - 1].isalpha() or text[match.start() - 1]
                                                        in "-/_=#"):
            continue  # "executive-1263-detail", "id=4500": part of a name or an address, not an amount
        if not match.group("c1") and "salaries.not-pay" not in r.disabled and _ID_BEFORE.search(
            text, max(0, match.start() - 12), match.start()
        ):
            continue  # "Occupation ID 3212", "Ref. No. 4521": an identifier, not an amount
        if _COUNT_AFTER.match(text, match.end()) or _DIFFERENCE_AFTER.match(text, match.end()) or (
            "by" in text and _DIFFERENCE_BEFORE.search(text, max(0, match.start() - 60), match.start())
        ):
            continue  # "6,000 members", "3 years" (but "60,000 monthly" is pay); "$25k less": a difference
        if lowered is None:
            lowered = text.lower()
            # what the period patterns need to find anything at all (they are slow to try everywhere)
            may_year = "year" in lowered or "annu" in lowered or "/" in text or "年薪" in text
            may_year = may_year or "lpa" in lowered or "p.a" in lowered or " yr" in lowered
            may_month = "month" in lowered or "/" in text or "月薪" in text
        period_text = text[match.start() : match.end() + 30]
        clause_end = min((k for k in (period_text.find(",", match.end() - match.start()),
                                      period_text.find(";", match.end() - match.start())) if k >= 0), default=-1)
        if clause_end >= 0:
            period_text = period_text[:clause_end]  # "4,000 yuan, and an annual bonus ...": not this figure's period
        around = text[max(0, match.start() - 20) : match.end() + 30]  # "a day rate of £200", "£25 an hour"
        adjacent = _ADJACENT_PERIOD.match(text, match.end())
        stated = bare_period = None
        if adjacent is not None:
            stated = "year" if adjacent.group("pa") else "hour" if adjacent.group("ph") else _PERIOD_WORDS[
                (adjacent.group("p") or adjacent.group("pw")).lower()]
        elif r.line is not None and r.line.kind == "row":
            stated = _cell_period(r, base + match.start())  # "| Hourly Wage | $11.58 | $13.24 |"
        elif r.line is not None and "salaries.column-periods" not in r.disabled:
            # "Room Attendant £512.40 £13.48" under "Weekly ... Hourly"; "3,000 - 5,500" under "(MYR/month)"
            bare_period = _bare_row_period(r, base + match.start())
            stated = bare_period[0] if bare_period is not None else None
        if stated is None and r.line is not None and r.line.kind != "row" and "salaries.figure" not in r.disabled:
            stated = _label_line_period(r, base + match.start(), base + match.end())  # "Weekly Earnings" over "$1,286"
        short = (
            (stated in {"day", "hour", "week"}) if stated is not None
            else (_DAY_PERIOD.search(around) or _HOUR_PERIOD.search(around) or _WEEK_PERIOD.search(around))
        )
        if not short and stated is None and max(low, high or 0) < 1000 and (match.group("c1") or match.group("c4")):
            # "Hourly rate: £11.44 (under-21s: £8.60)": a small signed figure in a sentence naming one period only
            named = [p for p, pattern in _SENTENCE_PERIODS if says(pattern)]
            if len(named) == 1 and named[0] in {"hour", "day", "week"}:
                stated, short = named[0], True
            elif not named and r.short_period is not None and r.short_period[2] == r.block and (
                base - r.short_period[1] <= _SHORT_PERIOD_REACH
            ):
                # "The median hourly wage was $13.10. The lowest 10 percent earned less than $10.20": that period
                stated, short = r.short_period[0], True
            elif (
                not named
                and max(low, high or 0) < 100
                and len(_CENTS.findall(match.group())) == (1 if high is None else 2)
                and "salaries.figure" not in r.disabled
                and _pay_page(r)
            ):
                # "$9.86 - $21.72" under a pay page's title: a signed sum in cents below 100 is an hour's pay
                stated, short = "hour", True
        signed = match.group("c1") or match.group("c4")
        if not signed and (
            (match.group("c3") or "").isupper() or _CODE_BEFORE.search(text, max(0, match.start() - 5), match.start())
        ):
            signed = "code"  # ("USD 350 - 450 per month": a code before the figure, "800 AED a week" after it)
        if max(low, high or 0) < 1000 and not (
            signed and (short or (low >= 100 and signed not in _LOST_SIGNS and _MONTH_PERIOD.search(around)))
        ) and not (
            # ("16.00" under "Median ($/hour)": a small sum in a column whose header names pay and its period)
            stated in {"hour", "day", "week"} and r.line is not None and r.line.kind == "row"
            and _pay_cell(r, base + match.start()) is True
        ):
            continue  # durations, counts and percentages; a day, hour or month's pay below 1,000 needs its sign
        window = lowered[max(0, match.start() - 30) : match.start()]
        before = (
            _before_money(text, lowered, max(0, match.start() - 30), match.start())
            if any(map(window.__contains__, _BEFORE_WORDS))
            else None  # nothing before the amount that the pattern could take
        )
        currency_mark = (
            match.group("c1") or match.group("c2") or match.group("c3") or match.group("c4") or match.group("c5")
            or (before and before["c0"])
        )
        if currency_mark in {"R", "N", "P"} and not _local_sign(r, currency_mark, text, a):
            continue  # "R2" or "N300" on a page not about South Africa, or naming no pay: no rand, no naira
        lost = currency_mark in _LOST_SIGNS and "salaries.lost-sign" not in r.disabled
        if currency_mark in _LOST_SIGNS:
            currency_mark = None  # "?14,50,000": a sign lost in a conversion (a sign all the same, when the rule is on)
        if currency_mark is None and (
            _LAKH.search(match.group()) or _CRORE.search(match.group()) or _LAKH_L.search(match.group())
        ):
            currency_mark = "INR"  # lakhs are counted in rupees
        if currency_mark is None and bare_period is not None and bare_period[1] is not None:
            currency_mark = bare_period[1]  # "3,000 - 5,500" under "Entry-Level (MYR/month)"
        in_section = (
            r.line is not None and r.line.kind != "text" and 0 <= r.line.start - r.pay_heading <= _PAY_HEADING_REACH
        )
        if currency_mark is None and _COUNT_NOUN_AFTER.match(text, match.end()):
            continue  # "12k followers", "3,400 orders": a count of things, in no currency
        if currency_mark is None and "salaries.not-pay" not in r.disabled and _count_label(r, base + match.start()):
            continue  # "Number of jobs: 345,400", "Openings each year: 12,800": a count under a pay line
        cell = _pay_cell(r, base + match.start()) if currency_mark is None else None
        if cell is False:
            continue  # "| Barista | 12,400 | 21,000 |" under "| Role | Openings | Salary (£) |": a count
        in_section = in_section or cell is True  # (a pay column's figures, however long the table)
        if currency_mark is None and (
            not (lost or in_section or says(_SALARY_WORDS) or _bare_pay(r, text, ms, base, match, adjacent))
            or CALENDAR_YEAR.fullmatch(a)
        ):
            continue  # "the 2020 report": a year, not a figure (a bare line under "Salary (USD)" is one)
        if currency_mark:
            stated_currency = _currency(currency_mark)
            if stated_currency == "USD" and currency_mark == "$" and "salaries.dollar-country" not in r.disabled:
                # "In Singapore, roles command $5,000-$7,000": the dollar of the country the clause names
                stated_currency = (
                    _dollar_of(text, match.start()) or _page_dollar(r, text, base + match.start()) or stated_currency
                )
            elif currency_mark in {"¥", "￥"} and "salaries.dollar-country" not in r.disabled and (
                _JAPAN.search(text, 0, match.start()) or _JAPAN.search(r.text, 0, _PAGE_TOP)
            ):
                stated_currency = "JPY"  # "In Tokyo, a store manager earns ¥4,500,000": yen, not yuan
            r.currency = stated_currency
        currency = stated_currency or r.currency
        if currency is None and "salaries.lost-sign" not in r.disabled:
            # "?14,50,000", "the average salary in India is 14,50,000": the currency of the country named
            currency = _country_currency(text, _page_country(r), a) or _page_sole_currency(r)
            found_by = "salaries.lost-sign" if currency is not None else None
        else:
            found_by = None
        if currency is None:
            continue  # an amount in no currency the document has named
        if stated is not None:
            period = stated
            if stated in {"year", "month"}:
                r.period = stated
        elif short:
            period = "day" if _DAY_PERIOD.search(around) else "week" if _WEEK_PERIOD.search(around) else "hour"
        elif may_year and _YEAR_PERIOD.search(period_text):
            period = r.period = "year"
        elif may_month and _MONTH_PERIOD.search(period_text):
            period = r.period = "month"
        elif (may_year or may_month) and (near := _period_before(text, match.start())) is not None:
            period = r.period = near  # "a monthly salary of 4,000 yuan, and an annual bonus of ...": the nearer
            if near == "month" and max(low, high or 0) >= 2 * _YEAR_LIMIT.get(currency, 10_000):
                period = r.period = "year"  # "fitters' monthly salaries peaked at £44,550": a monthly survey's
        elif may_year and says(_YEAR_PERIOD) and not _other_clause_period(text, match, _YEAR_PERIOD):
            period = r.period = "year"
        elif may_month and says(_MONTH_PERIOD) and not _other_clause_period(text, match, _MONTH_PERIOD):
            period = r.period = "month"
            if max(low, high or 0) >= 2 * _YEAR_LIMIT.get(currency, 10_000):
                period = r.period = "year"  # (as above: a month's word in the sentence, a year's sum)
        else:
            usual = _usual_period(currency, max(low, high or 0))
            period = r.period or usual
            if period == "month" and usual == "year" and max(low, high or 0) >= 2 * _YEAR_LIMIT.get(currency, 10_000):
                period = "year"  # "£1,900 a month" said before does not make "£38,000" a month's pay
            elif period == "year" and max(low, high or 0) < _YEAR_LIMIT.get(currency, 10_000) / 5:
                period = "month"  # nor "300,000 yuan a year" said before "3,500 RMB" a year's pay
        qual = ((before and before["qual"]) or "").lower()
        if qual and before is not None and _JUST.search(text, max(0, before.start("qual") - 12), before.start("qual")):
            qual = "about"  # "just over £28,000", "slightly under $40,000": near the figure, not a bound
        elif qual and before is not None and _PERCENTILE.search(text, max(0, before.start("qual") - 60),
                                                                before.start("qual")):
            qual = ""  # "the lowest 10 percent earned less than $10.20": the percentile's figure, not a bound
        elif qual in {"less than", "more than"} and before is not None and _NEGATED.search(
            text, max(0, before.start("qual") - 5), before.start("qual")
        ):
            qual = "at least" if qual == "less than" else "up to"  # "no less than $2,175": a floor
        elif qual == "up to" and before is not None and _RISEN.search(text, max(0, before.start("qual") - 16),
                                                                         before.start("qual")):
            qual = ""  # "my salary went up to £24,000": the pay it rose to, not a ceiling
        lo: float | None = low
        hi: float | None = high if high is not None else low
        if high is None and qual in {"more than", "over", "above", "from", "starting at", "starting from",
                                     "starts at", "in excess of", "exceeding", "exceeds", "beyond", "north of"}:
            hi = None
        elif high is None and qual in {"less than", "under", "up to", "below"}:
            lo, hi = None, low
        elif high is None and qual == "at least" and "salaries.stated-floor" not in r.disabled:
            found_by = found_by or "salaries.stated-floor"  # "at least $1,975", "no less than $2,175": X
        elif high is None and qual == "at least":
            hi = None
        elif high is None and _OPEN_AFTER.match(text, match.end()):
            qual = "or more"  # "$45,000+", "£90K or more": the figure said, X (a minimum only without the rule)
            if "salaries.stated-floor" in r.disabled:
                hi = None
            else:
                found_by = found_by or "salaries.stated-floor"
        if max(low, high or 0) >= _NO_PAY_FROM.get(currency, 1e9):
            continue  # "the market will cross ₹13,04,703 crores": a sum no one is paid
        if "salaries.not-pay" not in r.disabled and (
            _not_pay(r, sent, offset, ms, match)
            or _net_cell(r, base + match.start())  # "| City | Average | Take-Home |": what is left after tax
            or (unpaid_end >= 0 and _RESTATED.fullmatch(text, unpaid_end, match.start()) is not None)
            or (unpaid_end >= 0 and _same_measure(text, ms, base, unpaid_end, match.start()))
        ):
            unpaid_end = match.end()  # (", or $3,200 per month" after it says the same sum again)
            continue  # "a sign-on bonus of $10,000", "annual revenue of 80,000 yuan": no one's pay
        if bare_period is not None and found_by is None:
            found_by = "salaries.column-periods"
        alone = r.line is not None and r.text[r.line.content : r.line.end].strip() == match.group().strip()
        if alone and high is not None and "salaries.not-pay" not in r.disabled:
            r.chart_range = (low, high, base + match.end())
        elif alone and high is None and "salaries.not-pay" not in r.disabled and _chart_label(r, low, base):
            continue  # "$35K" alone under "$34,548 - $75,052": a label of the range's chart, no figure of its own
        if period in {"hour", "day", "week"}:
            r.short_period = (period, base + match.end(), r.block)
        figures.append(_Figure(match, lo, hi, currency, period, qual, found_by))
    if not figures:
        return
    if len(figures) > 1 and "salaries.listed-bounds" not in r.disabled:
        figures = r.run("salaries.listed-bounds", _listed_bounds, text, ms, base, figures)
    if len(figures) > 1 and "salaries.range-ends" not in r.disabled:
        figures = r.run("salaries.range-ends", _range_ends, text, ms, base, figures)
    pairs = ms and ("respectively" in text or "from" in text or "between" in text)
    paired = r.run("salaries.paired", _paired_figures, r, vocab, sent, ms, offset, figures) if pairs else None
    if paired:
        for role, figure, lo, hi in paired:
            _record_salary(r, sent, offset, role, figure, lo, hi, "salaries.paired")
        return
    for figure in figures:
        match = figure.match
        at = base + match.start()
        column = None
        if r.line is not None and r.line.kind == "row" and "structure.role-columns" not in r.disabled:
            column = _column_role(r, r.line, at)
        roles = [column] if column is not None else _roles_before(vocab, sent.doc, ms, at, sent)
        page_role = r.section_role or r.subject
        you_paid = False
        if (
            column is None and roles and page_role is not None and "salaries.you-paid" not in r.disabled
            and "you" in text.lower()
        ):
            you = r.run("salaries.you-paid", _you_paid, text, match.start())
            if you is not None and _AS_ROLE_BEFORE_YOU.search(text, 0, you) is None:
                # "Reporting to the warehouse manager, you will earn £12.10 an hour": the reader's post, the page's
                roles, you_paid = [page_role], True
        if len(roles) == 1 and roles[0].rule == "mentions.rank-posts":
            # "Porters are on Band 2, which pays £23,615": the pay of the grade the post named before it is on
            grade = roles[0]
            holders = [m for m in ms if m.label is _ROLE and m.rule != "mentions.rank-posts" and m.end <= grade.start]
            roles = holders[-1:] or roles
        if len(roles) == 1:
            roles = [_outer_title(r, vocab, ms, roles[0])]  # "Art designers (visual designers) earn 6k-10k"
        if len(roles) == 1 and len(carry) == 1 and carry[0].start <= roles[0].start and roles[0].end < carry[0].end:
            roles = carry  # "| Chef de partie | £27,500 |": the row's whole title, not the word "Chef" in it
        rule = "structure.role-columns" if column is not None else "salaries.you-paid" if you_paid else None
        if column is None and ("’" in text or "'" in text) and "salaries.earners" not in r.disabled:
            clause_at = max(text.rfind(mark, 0, match.start()) for mark in ",;:")
            owner = _possessive_earner(r, sent, ms, offset, match.start(), max(clause_at, 0))
            if owner is not None and (not roles or roles[-1].end <= owner[1]):
                roles, rule = [owner[0]], "salaries.earners"  # "... found pickers’ average salary rose to £23,427"
        held = r.run("salaries.held-as", _paid_as, r, sent, ms, offset, match.end()) if column is None else None
        if held is not None:
            roles, rule = [held], "salaries.held-as"  # "£27,000 a year as a controller"
        # the clause the figure is in ("..., hosts $25 to $40 an hour"): a role named in an earlier one is not its
        clause = max(text.rfind(mark, 0, match.start()) for mark in ",;:")
        if held is None and column is None and (not roles or roles[-1].end <= base + clause):
            paid_for = r.run("salaries.held-as", _paid_for, sent, ms, offset, match.end())
            earner = (
                r.run("salaries.earners", _earner, r, sent, offset, match.start(), max(clause, 0))
                if paid_for is None else None
            )
            listed = (
                r.run("salaries.earners", _listed_earners, r, sent, ms, offset, match.start())
                if paid_for is None and earner is None else None
            )
            if paid_for is not None:
                roles, rule = [paid_for], "salaries.held-as"  # "$42,000 a year for a returns analyst"
            elif earner is not None:
                roles, rule = [earner], "salaries.earners"
            elif listed:
                roles, rule = listed, "salaries.earners"  # "a trained waiter, cleaner or gardener gets X"
        if not roles and "salaries.earners" not in r.disabled and r.named_before[1] == r.sentence_index - 1 and (
            _THESE_POSTS.search(text, max(clause, 0), match.start())
        ):
            # "... A, B and C. These positions command X" (not a post named as a bound: "Above the grade of A, ...")
            roles, rule = _not_bounds(r.text, r.named_before[0]), "salaries.earners"
        if not roles and "salaries.for-post" not in r.disabled:
            post = _post_by_function(r, text, match.start(), max(clause, 0))
            if post is not None:
                roles, rule = [post], "salaries.for-post"  # "the salary for customer service is 3,000 yuan"
                r.paid_role = (post, r.sentence_index)
        if not roles and "salaries.not-pay" not in r.disabled and (
            _PLACES_SUBJECT.match(text) or ("who" in text and _OTHERS_WHO.search(text, 0, match.start()))
            or _field_pay(r, text, carry)  # ("Call centre and admin average earnings fell 2.6% to £23,825")
        ):
            # "Other sectors, such as automotive, offered average salaries at Rs 30,800"; "I have friends who are
            # making $60,000": no post's pay
            continue
        if not roles:
            roles = carry
            if carry is r.level_titles:
                rule = "structure.level-blocks"
            elif r.paid_group is not None and carry is r.paid_group[0]:
                rule = "salaries.group-carried"
            elif r.paid_carried:
                rule = "salaries.paid-before"
        if not roles and not {"salaries.page-topic", "salaries.narrator"} <= r.disabled:
            r.unowned.append((sent, offset, figure))  # given to the role the page is about, if one stands out
        if len(roles) > 1 and roles is not carry:
            r.paid_group = (roles, r.sentence_index)
        if roles:
            r.paid_last = (roles, r.sentence_index)
        for role in roles:
            lo, hi = figure.lo, figure.hi
            if held is not None and hi is None and figure.qual == "from":
                hi = lo  # "went from £10.90 an hour as a packer to ...": a figure, not an open range
            _record_salary(r, sent, offset, role, figure, lo, hi, rule)


def _chart_label(r: _Reader, figure: float, at: int) -> bool:
    """Whether a whole figure alone on its line, a few short lines under a range alone on its own, lies within that
    range as rounded (to the unit, or to the thousand for a range in thousands): a label of the range's chart ("$9",
    "$15", "$22" under "$9.86 - $21.72"; "$35K", "$75K" under "$34,548 - $75,052")."""
    if r.chart_range is None or figure != int(figure):
        return False
    low, high, end = r.chart_range
    if r.text.count("\n", end, at) > 6:
        return False
    step = 1000 if low >= 1000 else 1
    return math.floor(low / step) * step <= figure <= math.ceil(high / step) * step


#: the rest of a signed figure's line (a word or two naming its level), a line "to" alone, and a signed figure on the
#: next line: the top of a range written over three lines ("£18,000 Starter", "to", "£30,000 Experienced")
_LINE_RANGE_TOP = re.compile(
    r"(?:[ \t]+[A-Za-z-]+){0,2}[ \t]*\n[ \t]*to[ \t]*\n[ \t]*(?P<top>[$£€¥₹₱])[ \t]?(?P<b>\d[\d,]*(?:\.\d+)?[kK]?)"
    r"(?:[ \t]+[A-Za-z-]+){0,2}[ \t]*(?:\n|$)"
)
#: a sum written to the cent: "9.86", "21.72"
_CENTS = re.compile(r"\d\.\d\d(?!\d)")


def _pay_page(r: _Reader) -> bool:
    """Whether the page's top (:data:`_PAGE_TOP`) names pay ("Porter salary", "Hourly wages for cooks"): a page
    about pay, whose small sums in cents are an hour's pay."""
    return _SALARY_WORDS.search(r.text, 0, _PAGE_TOP) is not None


#: a plural noun right after a figure in no currency: it counts things ("12k followers", "3,400 orders")
_COUNT_NOUN_AFTER = re.compile(
    r"\s+(?!(?:dollars|pounds|euros|rupees|pesos|dirhams|plus|thanks|is|was|has|as|less|minus)\b)[a-z]{2,}[^s\W]s\b"
)
#: "I was on 18k", "now on 32,000": a figure a person is said to be on is their pay
_ON_FIGURE = re.compile(
    r"\b(?:was|were|am|is|are|be|been|being|now|started|starting|start|still|stayed|stuck)\s+on\s+"
    r"(?:(?:about|around|roughly|only|just|nearly|almost)\s+)?$",
    re.I,
)
#: the end of a figure's clause: a figure written in thousands closing it names no count ("Title - 24-28k")
_CLAUSE_END = re.compile(r"\s*(?:$|[.,;:)!?]|\s(?:DOE|OTE|pro\s+rata|depending|plus|\+))", re.I)


#: a word naming a period of pay in a table's header or a row's label: "Hourly Wage", "Annual mean wage"
#: (a period after a slash needs no word before it: "Low ($/hour)")
_PERIOD_NAME = re.compile(
    r"(?:\b|(?=/))(?:(?P<hour>hourly|per hour|/\s*(?:hour|hr))|(?P<year>annual|yearly|per year|per annum"
    r"|/\s*(?:year|yr|annum))|(?P<month>monthly|per month|/\s*(?:month|mo))|(?P<week>weekly"
    r"|per week|/\s*(?:week|wk))|(?P<day>daily|day rates?|per day|/\s*day))\b",
    re.I,
)


def _named_period(cell: str) -> str | None:
    """The period a table cell names ("Hourly mean wage": "hour"), or None."""
    found = _PERIOD_NAME.search(cell)
    return found.lastgroup if found is not None else None


def _cell_period(r: _Reader, at: int) -> str | None:
    """The period of the figure at char ``at`` of a table row: its column header's ("Hourly mean wage"), else the
    row label's ("| Hourly Wage | $11.58 | $13.24 |"); None when neither names one."""
    table, line = r.table, r.line
    if line is None or line.kind != "row":
        return None
    cells = table_cells(r.text, line)
    k = next((k for k, (lo, hi) in enumerate(cells) if lo <= at < hi + 1), None)
    if k is None:
        return None
    if table is not None and k < len(table.periods) and table.periods[k] is not None:
        return table.periods[k]
    return _named_period(r.text[cells[0][0] : cells[0][1]]) if k > 0 else None


#: a figure or range of a row of a table written without bars, with its sign ("£512.40") or without ("3,500 - 6,000")
_BARE_SIGNED = r"[$£€¥₹₱][ \t]?\d[\d,]*(?:\.\d+)?(?:[ \t]*[-–][ \t]*[$£€¥₹₱]?[ \t]?\d[\d,]*(?:\.\d+)?)?\+?"
_BARE_UNSIGNED = r"\d[\d,]*(?:\.\d+)?(?:[ \t]*[-–][ \t]*\d[\d,]*(?:\.\d+)?)?\+?"
#: a row of a table written without bars: a label, then two or more figures (or ranges) apart by spaces only, all
#: signed or none, ending its line ("Room Attendant £498.10 £12.97", "Retail Cashier 2,100 - 3,400 3,400 - 6,000")
_BARE_ROW = re.compile(
    rf"(?P<label>[^\n]*?[A-Za-z][^\n]*?)"
    rf"(?P<figures>(?:[ \t]+{_BARE_SIGNED}){{2,6}}|(?:[ \t]+{_BARE_UNSIGNED}){{2,6}})[ \t]*$"
)
_BARE_GROUP = re.compile(rf"{_BARE_SIGNED}|{_BARE_UNSIGNED}")
#: the longest line read as a row of a table written without bars
_BARE_ROW_LONGEST = 160
#: how far above its first row a bare table's header may start
_BARE_HEADER_REACH = 300


class _BareColumns(NamedTuple):
    """What the header of a table written without bars says of its figure columns: their periods, in order, and the
    currency it names (None: none)."""

    periods: list[str]
    currency: str | None
    #: the header's first column names what is no post ("Industry", "Sector") before a column of posts ("Role"):
    #: each row's first word is that column's
    lead: bool = False


def _bare_row(r: _Reader, start: int, end: int) -> list[tuple[int, int]]:
    """The spans of the figures (or ranges) the line from ``start`` to ``end`` holds as a row of a table written
    without bars (empty: it is none)."""
    if end - start > _BARE_ROW_LONGEST:
        return []  # a paragraph, not a row (and the pattern is not tried on long lines)
    row = _BARE_ROW.match(r.text, start, end)
    if row is None or row.end() != end:
        return []
    return [m.span() for m in _BARE_GROUP.finditer(r.text, row.start("figures"), row.end("figures"))]


def _bare_row_period(r: _Reader, at: int) -> tuple[str, str | None] | None:
    """The period of the figure at char ``at`` of a row of a table written without bars ("Room Attendant £512.40
    £13.48") and the currency its header names: the k-th period the lines above its first row name ("Weekly Rate ...
    Hourly Rate", "Entry-Level (MYR/month) Mid-Level (MYR/month)") when they name one per figure column; None
    otherwise."""
    line = r.line
    if line is None or line.kind == "row":
        return None
    if line.start not in r.bare_rows:
        r.bare_rows[line.start] = _bare_row_periods(r, line.start, line.end)
    columns = r.bare_rows[line.start]
    if columns is None:
        return None
    spans = _bare_row(r, line.start, line.end)
    k = next((k for k, (lo, hi) in enumerate(spans) if lo <= at < hi), None)
    return (columns.periods[k], columns.currency) if k is not None else None


def _bare_line_periods(r: _Reader) -> bool:
    """Whether the line read now is a row of a table written without bars whose header names its columns' periods."""
    line = r.line
    if line is None or line.kind == "row":
        return False
    if line.start not in r.bare_rows:
        r.bare_rows[line.start] = _bare_row_periods(r, line.start, line.end)
    return r.bare_rows[line.start] is not None


def _bare_row_periods(r: _Reader, start: int, end: int) -> _BareColumns | None:
    """The periods of a bare table's figure columns, named in order by the header lines above its first row, and the
    currency that header names."""
    count = len(_bare_row(r, start, end))
    if count < 2:
        return None
    text = r.text
    top = start  # the first row of the table: rows of as many figures, blank lines between them
    while top > 0:
        above = text.rfind("\n", 0, top - 1) + 1
        if text[above : top - 1].strip() and len(_bare_row(r, above, top - 1)) != count:
            break
        top = above
    header = text[max(0, top - _BARE_HEADER_REACH) : top]
    lines = [x for x in header.split("\n") if x.strip()]
    names: list[str] = []
    currency = None
    first = ""
    for x in reversed(lines):
        if x.rstrip().endswith((".", "!", "?", ":")) and len(x.split()) > 8:
            break  # a sentence of prose: the header is below it
        names[:0] = [m.lastgroup or "" for m in _PERIOD_NAME.finditer(x)]
        code = _HEADING_CURRENCY.search(x)
        if code is not None:
            currency = _currency(code.group())
        first = x
    if len(names) != count:
        return None
    lead = _LEAD_COLUMN.match(first)
    return _BareColumns(names, currency, lead is not None)


#: a header opening with a column of what is no post, then one of posts: "Industry Example Role ...", "Sector Job
#: Title ..."
_LEAD_COLUMN = re.compile(
    r"\s*(?:industry|sector|field|department|function|area|category|company|employer|city|location|region|country)"
    r"\b[^\n]{0,20}?\b(?:role|job|title|position|occupation|post)s?\b",
    re.I,
)


#: how a row of a table written without bars ends: a figure's last digit or its "+"
_ROW_ENDS = frozenset("0123456789+")


def _bare_row_titles(r: _Reader, sent: _Sent, ms: list[Mention], offset: int, line: Line) -> list[Mention] | None:
    """The title of a row of a table written without bars whose header opens with a column of what is no post
    ("Industry Example Role ... (MYR/month)"): the role named at the row's start, less its first word, which is that
    column's ("Technology Software Engineer 3,500 - 6,000 ..." names the software engineer); None when nothing
    changes."""
    if line.start not in r.bare_rows:
        r.bare_rows[line.start] = _bare_row_periods(r, line.start, line.end)
    columns = r.bare_rows[line.start]
    if columns is None:
        return None
    out = list(ms)
    doc = sent.doc
    if not columns.lead:
        # "Casual Hotel Industry Night Auditor $987.40 $25.10": the label's capitalised words before
        # the title read are the title's too (a row's label is one title)
        spans = _bare_row(r, line.start, line.end)
        roles = [k for k, m in enumerate(ms) if m.label is _ROLE]
        if len(roles) != 1 or not spans:
            return None
        m = ms[roles[0]]
        lead = r.text[line.content : m.start]
        words = lead.split()
        if (
            m.known or m.start <= line.content or not 1 <= len(words) <= 3
            or not all(w[:1].isupper() and w.isalpha() for w in words)
            or r.text[m.end : spans[0][0]].strip()
        ):
            return None
        words_ = _words(doc)
        i = bisect.bisect_left(words_.idx, line.content - offset)
        if i >= m.i or words_.idx[i] != line.content - offset:
            return None
        out[roles[0]] = _mention(_new_role(_new_role_name(doc, i, m.j)), doc, i, m.j, offset, known=False)
        return out
    for k, m in enumerate(ms):
        if m.label is _ROLE and m.start == line.content and m.j - m.i >= 2 and not m.known:
            name = _new_role_name(doc, m.i + 1, m.j)
            out[k] = _mention(_new_role(name), doc, m.i + 1, m.j, offset, known=False)
            return out
    return None


#: a page about South Africa: its places, its currency named, its addresses (".co.za")
_RAND_PAGE = re.compile(
    r"\b(?:south\s+africa\w*|gauteng|johannesburg|pretoria|cape\s+town|durban|kwazulu|western\s+cape|rands?|ZAR)\b"
    r"|\.co\.za\b",
    re.I,
)


#: a figure written in thousands: grouped by a comma or a space, or with a "k" ("15 000", "15,000", "15k")
_THOUSANDS = re.compile(r"\d{1,3}(?:[, \u00a0\u202f]\d{3})+(?:\.\d\d)?|\d+(?:\.\d+)?\s?[kK]")


def _local_sign(r: _Reader, sign: str, text: str, amount: str = "") -> bool:
    """Whether a one-letter sign before a figure is a currency's: "R" on a page about South Africa is the rand's
    ("R3 000.00"), and so is "R" before a figure in thousands in a sentence about pay on any page ("Salary: R15 000
    per month", "earns R15k"); "N" before a grouped figure in a sentence about pay the naira's ("earning
    N100,000"); "P" before a grouped figure in a sentence about pay on a page about the Philippines the peso's
    ("earns P18,000 a month")."""
    if sign == "P":
        return _PAY_WORDS.search(text) is not None and _page_country(r) == "PHP"
    if sign == "N":
        return _PAY_WORDS.search(text) is not None
    if r.rand_page is None:
        r.rand_page = _RAND_PAGE.search(r.text) is not None
    return r.rand_page or (_THOUSANDS.fullmatch(amount) is not None and _PAY_WORDS.search(text) is not None)


def _net_cell(r: _Reader, at: int) -> bool:
    """Whether char ``at`` of a table row stands in a column whose header names pay after tax beside another column
    ("| Sydney | $63,800 | $52,596 |" under "| City | Average | Take-Home |")."""
    table, line = r.table, r.line
    if table is None or not table.net or line is None or line.kind != "row":
        return False
    k = next((k for k, (lo, hi) in enumerate(table_cells(r.text, line)) if lo <= at < hi + 1), None)
    return k in table.net


def _pay_cell(r: _Reader, at: int) -> bool | None:
    """Whether char ``at`` of a table row stands in a column whose header names pay ("Salary (£)"): True; False when
    it stands in one whose header names a count ("Openings") or in another column when one is the pay's (not
    pay); None when no header tells."""
    table, line = r.table, r.line
    if table is None or line is None or line.kind != "row" or not (table.pay or table.counts):
        return None
    k = next((k for k, (lo, hi) in enumerate(table_cells(r.text, line)) if lo <= at < hi + 1), None)
    if k is None:
        return None
    if k in table.pay:
        return True
    if (k in table.counts or table.pay) and "salaries.not-pay" not in r.disabled:
        return False
    return None


def _bare_pay(
    r: _Reader, text: str, ms: list[Mention], base: int, match: re.Match[str], adjacent: re.Match[str] | None
) -> bool:
    """Whether a figure written with no currency and in a sentence with no word of pay is pay all the same, on a page
    that states a currency somewhere: one a person is said to be on ("I was on 18k"), or one after a role named in
    its sentence that is written in thousands closing its clause ("Social media executive - 24-28k") or with a period
    right after it ("Operations director: 300,000 to 500,000 a year")."""
    if "salaries.lost-sign" in r.disabled or (r.currency is None and _page_sole_currency(r) is None):
        return False
    if _ON_FIGURE.search(text, max(0, match.start() - 30), match.start()):
        return True
    if not any(m.label is _ROLE and m.end <= base + match.start() for m in ms):
        return False
    if adjacent is not None and adjacent.group("p") is not None:
        return True
    last = match.group("b") or match.group("a")
    return last[-1:] in "kK" and _CLAUSE_END.match(text, match.end()) is not None


#: sums beside or apart from a salary: bonuses and allowances, a firm's money, the whole country's average pay
_NOT_PAY_NOUNS = re.compile(
    r"\b(?:bonus(?:es)?|allowances?|incentives?|commissions?|reimburse(?:ment|ments|d)?|tips|gratuit(?:y|ies)"
    r"|premiums?|differentials?|uplifts?|enhancements?|extra|additional(?!\s+(?:salary|pay|wages?)\b)"
    r"|per\s+diem|perks?|revenues?|turnover|GMV|budgets?|profits?|funding|valuation|prices?|costs?|fees?|tuition"
    r"|priced|costing|sells?|sold|selling|retail(?:s|ed|ing)?\s+(?:for|at)"  # ("sells tools from $9.99": a price)
    # ("the median household income is X", "insurance runs about X", "the average order value is X", "a $4,000
    # grant", "the equipment ran to $40,000": a household's or a place's money, a cost, a customer's, a gift)
    r"|household\s+incomes?|GDP|per\s+capita|insurance|grants?|scholarships?|bursar(?:y|ies)|equipment"
    r"|(?:order|basket|cart|lifetime|market|transaction)\s+values?"
    # ("a first-aid course is $1,200", "each rig is valued at X", "they donated X", "shipping is $4.99", "a van will
    # set you back X": a cost, a thing's worth, a gift)
    r"|courses?|valued|donat(?:ed|es|ing|ions?)|shipping|set\s+(?:you|them|me|us|him|her)\s+back"
    r"|capital|sales\s+of|(?:monthly|annual|yearly|daily|weekly|total|store|shop)\s+sales"
    r"|spend(?:ing)?|transactions?|investments?|loans?|rent|deposits?|fines?|penalt(?:y|ies)"
    r"|(?:national|nationwide|city|city's|city’s|citywide|country's|country’s|state|regional|overall)\s+average"
    r"(?:\s+(?:annual\s+|monthly\s+)?(?:salary|pay|wage|earnings|income))?"  # ("the national average salary is X")
    r"|all\s+(?:occupations|jobs|workers|professions))\b",
    re.I,
)
#: the words of a figure that is pay: they make a later benefit word's figure pay again ("bonus ..., salary of X")
_PAY_WORDS = re.compile(
    r"\b(?:salar(?:y|ies)|pay(?:s|ing|check|cheque)?|paid|wages?|income|earn(?:s|ed|ing|ings)?|makes?|made"
    r"|compensation|OTE|package|CTC|stipends?|(?:hourly|day)\s+rates?)\b",
    re.I,
)
#: a measure of the sum just named, said of it again: "revenue ... is around $160,000, the median a modest $35,000"
_MEASURE_AGAIN = re.compile(r"\b(?:the|its|their)\s+(?:median|mean|average|total|typical)\b", re.I)


def _same_measure(text: str, ms: list[Mention], base: int, start: int, end: int) -> bool:
    """Whether the words from ``start`` to ``end`` of a sentence, after a figure that is no one's pay, give another
    measure of the same sum ("..., the median is a more modest $35,000"): no word of pay, no role between."""
    return (
        _MEASURE_AGAIN.search(text, start, end) is not None
        and _PAY_WORDS.search(text, start, end) is None
        and not any(m.label is _ROLE and start <= m.start - base < end for m in ms)
    )


#: a benefit named right after its figure: "$5,000 signing bonus", "₹2,000 monthly allowance"
_NOT_PAY_AFTER = re.compile(
    r"\s*(?:(?:/\s*|per\s+|an?\s+)(?:year|month|week|day|hour|annum)\s+)?(?:(?:annual|yearly|monthly|quarterly"
    r"|signing|sign-on|joining|year-end|performance|retention|relocation|referral|cash|travel|housing|meal"
    r"|transport(?:ation)?|food|phone|night|shift|weekend|overnight|bilingual|language)\s+){0,2}"
    r"(?:bonus|allowance|incentive|commission|reimbursement|premium|differential|uplift|enhancement)"
    # ("the group's $150K monthly spend": a firm's money, after the period it is counted in)
    r"|\s*(?:annual|yearly|monthly|quarterly|weekly)\s+(?:ad\s+|marketing\s+)?(?:spend(?:ing)?|budgets?)\b"
    r"|\s*(?:worth\s+)?of\s+(?!which\b|whom\b)[a-z]"  # "90,000 yuan of cakes", "$2,000 of training"
    r"|\s*in\s+(?:sales|revenue|orders|GMV|turnover|debts?|loans?|savings|student\s+loans?|arrears|tax(?:es)?)\b"
    r"|\s*in\s+(?:bonus(?:es)?|commissions?|tips|profit[\s-]sharing|overtime)\b"  # ("$3K in bonuses")
    # ("a £25,000 debt for a degree", "an $8,000 student loan", "a €900 deposit": a sum owed or paid out)
    r"|\s+(?:student\s+|university\s+|course\s+|tuition\s+)?(?:debts?|loans?|mortgages?|overdrafts?|deposits?"
    r"|fines?|tuition|grants?|scholarships?|bursar(?:y|ies))\b"  # ("a $4,000 grant": a gift, no pay)
    # ("keeps about $38,400 per year after income tax": what is left of the salary)
    r"|\s*(?:(?:/\s*|per\s+|an?\s+)(?:year|month|week|annum)\s+)?after\s+(?:(?:income|all)\s+)?tax",
    re.I,
)
#: what joins a figure to the same sum said again in another period: "$38,400 per year after tax, or $3,200 per month"
_RESTATED = re.compile(
    r"(?:\s*(?:/\s*|per\s+|an?\s+)(?:year|month|week|day|hour|annum))?[^,;.()]{0,40}[,(]\s*(?:or|i\.e\.)\s+"
    r"(?:(?:about|around|roughly|approximately|nearly|some)\s+)?",
    re.I,
)
#: a word of pay right after a figure: "a 4,500 yuan base salary" is pay whatever was said before it
_PAY_AFTER = re.compile(r"\s*(?:(?:base|basic|annual|monthly|starting|gross|net)\s+)?(?:salary|pay|wages?)\b", re.I)
#: a line's label, "Sign-on bonus: $10,000" or "- Incentives and Bonuses: ...", read up to its colon
_LINE_LABEL = re.compile(r"[^:：\n]{2,60}[:：]")


def _has_colon(text: str, lo: int, hi: int) -> bool:
    """Whether ``text[lo:hi]`` holds a colon (a gate in front of a pattern every match of which ends in one)."""
    return text.find(":", lo, hi) >= 0 or text.find("：", lo, hi) >= 0


#: a line's label naming a count of posts or people, not a sum ("Number of jobs", "Employment, 2024", "Job
#: openings", "Projected growth", "Vacancies")
_COUNT_LABEL = re.compile(
    r"\b(?:number|numbers|count|jobs|openings|employment|employed|positions|vacancies|headcount|workers|employees"
    r"|staff|growth|outlook|change|hires|applicants|projected)\b",
    re.I,
)


def _count_label(r: _Reader, at: int) -> bool:
    """Whether the figure at ``at`` (written in no currency) follows its line's label naming a count, no pay."""
    line = r.line
    if line is None or line.kind == "row":
        return False
    label = _label_match(r.text, line)
    return (
        label is not None
        and label.end() <= at
        and _COUNT_LABEL.search(label.group()) is not None
        and _PAY_WORDS.search(label.group()) is None
    )


def _label_match(text: str, line: Line) -> re.Match[str] | None:
    """_LINE_LABEL at a line's content, asked only when its first 62 characters hold a colon: most lines have none,
    and the pattern runs over 60 characters, then backs off one at a time looking for it."""
    end = min(line.end, line.content + 62)
    return _LINE_LABEL.match(text, line.content, end) if _has_colon(text, line.content, end) else None


def _not_pay(r: _Reader, sent: _Sent, offset: int, ms: list[Mention], match: re.Match[str]) -> bool:
    """Whether a figure is no one's pay: the noun nearest before it in its sentence (after any role named there)
    is a bonus, an allowance, a firm's money or the national average, not a word of pay ("a sign-on bonus of
    $10,000", "annual revenue of 80 million", "the national average ($47,000)"); or a benefit follows it ("$5,000
    signing bonus"); or its line's label names one ("Incentives and bonuses: ... 1,000 to 3,000 PHP")."""
    text = sent.text
    if _NOT_PAY_AFTER.match(text, match.end()):
        return True
    if _PAY_AFTER.match(text, match.end()):
        return False
    if _GLUED_AFTER.match(text, match.end()) or _GLUED_BEFORE.search(text, max(0, match.start() - 2), match.start()):
        return True  # "$0$26K$52K$78K": a chart's axis, its figures written back to back
    base = offset + sent.start_char
    if _under_benefit_label(r, base + match.start()):
        return True
    lo = max(0, match.start() - 80)
    roles = [m.end - base for m in ms if m.label is _ROLE and m.end - base <= match.start()]
    lo = max(lo, max(roles, default=0))
    benefits = [m.end() for m in _NOT_PAY_NOUNS.finditer(text, lo, match.start())]
    if benefits:
        # (a word of pay inside the benefit's own name, "the national average salary", does not make it pay)
        pay = [m.start() for m in _PAY_WORDS.finditer(text, lo, match.start())]
        return max(benefits) > max(pay, default=-1)
    line = r.line
    if line is None or line.kind == "row":
        return False
    label = _label_match(r.text, line)
    return (
        label is not None
        and label.end() <= base + match.start()
        and _NOT_PAY_NOUNS.search(label.group()) is not None
        and _PAY_WORDS.search(label.group()) is None
    )


#: a figure glued to the next or the one before, with no space between ("$0$26K$52K$78K": a chart's axis labels)
_GLUED_AFTER = re.compile(r"[$£€]\d")
_GLUED_BEFORE = re.compile(r"\d[kKmM]?$")
#: a short line naming a sum beside the salary, alone above the figure's line ("Bonus", "Profit Sharing")
_BENEFIT_LABEL = re.compile(r"\s*(?:[A-Za-z]+\s+){0,2}[A-Za-z]+\s*")


def _under_benefit_label(r: _Reader, at: int) -> bool:
    """Whether the figure at ``at`` opens a line of figures alone under a line of up to three words naming a bonus,
    a commission or another sum beside the salary, and no pay ("Bonus" over "$0.00 - $9,780")."""
    line = r.line
    if line is None or line.content != at or line.start == 0:
        return False
    above_end = line.start - 1
    above = r.text[r.text.rfind("\n", 0, above_end) + 1 : above_end]
    return (
        _BENEFIT_LABEL.fullmatch(above) is not None
        and _NOT_PAY_NOUNS.search(above) is not None
        and _PAY_WORDS.search(above) is None
    )


#: "the (basic) salary for customer service is", "starting pay of warehouse staff can reach": the words after
#: "for"/"of" up to a verb
_PAY_FOR = re.compile(
    r"\b(?:salar(?:y|ies)|pay|wages?|income|earnings)\s+(?:for|of)\s+(?:an?\s+|the\s+)?(?P<post>[a-z][a-z -]{2,40}?)"
    r"\s+(?:is|are|was|were|ranges?|starts?|stands?|can|could|will|would|may|might|should|generally|usually"
    r"|typically|often)\b",
    re.I,
)


def _post_by_function(r: _Reader, text: str, at: int, clause: int) -> Mention | None:
    """The role a figure is the pay of when its clause says "the salary for X is ..." and X is no title but the last
    words of titles the page named ("customer service" on a page naming pre-sales and after-sales customer
    service): the first of those titles the page named; None when the clause says no such thing."""
    found = max(_PAY_FOR.finditer(text, clause, at), key=lambda m: m.start(), default=None)  # (the last)
    if found is None:
        return None
    post = " " + " ".join(found.group("post").lower().split())
    nodes = r.facts.nodes
    named = [
        (min(e["start"] for e in data["evidence"]), key)
        for key, data in nodes.items()
        if data["label"] is _ROLE and data.get("evidence") and (" " + data["name"].lower()).endswith(post)
    ]
    if not named:
        return None
    key = min(named)[1]
    return Mention(_ROLE, key, nodes[key]["name"], bool(nodes[key].get("known")), -1, -1, -1, -1)


def _named_counts(r: _Reader) -> list[tuple[int, str]]:
    """The page's roles by how much evidence names them, most first."""
    return sorted(
        ((len(data.get("evidence") or ()), key) for key, data in r.facts.nodes.items() if data["label"] is _ROLE),
        reverse=True,
    )


#: the narrator saying what they are now: "I'm a loader", "I am now an assistant buyer", "I work as a picker"
_NARRATOR_POST = re.compile(
    r"\b(?-i:I)(?:'m|’m|\s+am|\s+work\s+as|(?:'ve|’ve|\s+have)\s+(?:been|worked\s+as))\s+"
    r"(?:now\s+|currently\s+|still\s+|just\s+)?(?:a|an)\s+", re.I
)
_FIRST_PERSON = re.compile(r"\b(?-i:I)\b|\b(?:me|my)\b", re.I)
#: what makes a first-person sentence about the past or a post to come: its figure is another post's
_PAST_PAY = re.compile(
    r"\b(?:was|were|started|began|used\s+to|had|earned|made|got|back\s+then"
    r"|would|could|will|if|promot\w*|offer\w*|ladder|jump|becom\w*|raise|rise|fatter|higher|bigger|better)\b",
    re.I,
)


def _narrator_pay(r: _Reader) -> None:
    """Figures naming no role in a first-person paragraph ("They pay me ... For $8.50 an hour, it ain't bad") are the
    pay of the one post the narrator says they hold ("I'm a loader"), when the sentence speaks of now."""
    nodes = r.facts.nodes
    starts = {
        e["start"]: key
        for key, data in nodes.items()
        if data["label"] is _ROLE
        for e in data.get("evidence") or ()
        if e.get("start") is not None
    }
    posts = {starts[m.end()] for m in _NARRATOR_POST.finditer(r.text) if m.end() in starts}
    if len(posts) != 1:
        return
    key = posts.pop()
    role = Mention(_ROLE, key, nodes[key]["name"], bool(nodes[key].get("known")), -1, -1, -1, -1)
    left = []
    for sent, offset, figure in r.unowned:
        if _FIRST_PERSON.search(sent.doc.text) is not None and _PAST_PAY.search(sent.text) is None:
            _record_salary(r, sent, offset, role, figure, figure.lo, figure.hi, "salaries.narrator")
        else:
            left.append((sent, offset, figure))
    r.unowned = left


def _other_label(r: _Reader, line: Line, ms: list[Mention]) -> bool:
    """Whether a list item opens with a label of its own that names no role and no pay ("- Healthcare: ...")."""
    if "salaries.figure" in r.disabled:
        return False
    label = _label_match(r.text, line)
    return (
        label is not None
        and _PAY_WORDS.search(label.group()) is None
        and not any(m.label is _ROLE and m.start < label.end() for m in ms)
    )


def _names_in(title: str, name: str) -> bool:
    """Whether a title names a post in its own words, singular or plural ("Welder salary", "Wages: Hotel Porters")."""
    return re.search(rf"(?<!\w){re.escape(name)}(?:s|es)?(?!\w)", title, re.I) is not None


def _topic_pay(r: _Reader, counts: list[tuple[int, str]]) -> None:
    """Figures read where no role was named (nor a heading's, nor the page title's) are the pay of the role the page
    is about, when one role is named far more than any other: at least three times, and twice as often as the next
    ("The average salary is $56K" on a page that names the social media manager throughout). ``counts`` are the
    roles' numbers of evidence, most first, before the narrator's figures were given (see _named_counts). A page
    that names one role only, in its title, is about it too ("Wages: Hotel Desk Clerks" over a table of wages)."""
    if not counts:
        return
    data = r.facts.nodes[counts[0][1]]
    top = len(r.text) - len(r.text.lstrip())
    title_end = r.text.find("\n", top)
    title = r.text[top : title_end if title_end >= 0 else len(r.text)].strip()
    # (a title: a short line that is no sentence, "Wages: Pharmacy Aides"; not "A florist opens the shop. ...")
    heading = len(title) <= 100 and not title.endswith(".") and ". " not in title
    titled = heading and len(counts) == 1 and (
        any(top <= (e.get("start") or 0) < top + len(title) for e in data.get("evidence") or ())
        # ("Welder salary" over "Median: $52,000": the title names the post, though read as no mention of it)
        or _names_in(title, str(data["name"]))
    )
    # ("Welder salary" over "... Many welders later become supervisors. Median: $52,000": the title names the post
    # the page names most, and no other)
    titled = titled or (
        heading and len(counts) > 1 and counts[0][0] > counts[1][0] and _names_in(title, str(data["name"])) and not any(
            _names_in(title, str(r.facts.nodes[key]["name"])) for _, key in counts[1:]
        )
    )
    if not titled and (counts[0][0] < 3 or (len(counts) > 1 and counts[0][0] < 2 * counts[1][0])):
        return
    role = Mention(_ROLE, counts[0][1], data["name"], bool(data.get("known")), -1, -1, -1, -1)
    for sent, offset, figure in r.unowned:
        _record_salary(r, sent, offset, role, figure, figure.lo, figure.hi, "salaries.page-topic")


def _other_clause_period(text: str, match: re.Match[str], pattern: re.Pattern[str]) -> bool:
    """Whether every period of ``pattern`` in the sentence is stated after a later clause's comma or semicolon
    ("4,000 yuan, plus a bonus of 8,000 yuan a year": the year is the bonus's)."""
    found = [m.start() for m in pattern.finditer(text)]
    mark = min((k for k in (text.find(",", match.end()), text.find(";", match.end())) if k >= 0), default=-1)
    return bool(found) and mark >= 0 and all(k > mark for k in found)


def _period_before(text: str, at: int) -> str | None:
    """The period named nearest before a figure in its clause ("a monthly salary of 4,000"), or None."""
    lo = max(0, at - 40, *(text.rfind(mark, 0, at) for mark in ",;"))
    window = text[lo:at]
    years = [m.end() for m in _YEAR_PERIOD.finditer(window)]
    months = [m.end() for m in _MONTH_PERIOD.finditer(window)]
    if not years and not months:
        return None
    return "year" if max(years, default=-1) > max(months, default=-1) else "month"


#: how far under a salary heading naming its currency a bare figure line is read as pay (chars)
_PAY_HEADING_REACH = 200
_HEADING_CURRENCY = re.compile(rf"\b(?:{_CODES})\b|[$£€¥₹₱]")
_HEADING_PERIOD = {"annual": "year", "yearly": "year", "monthly": "month"}


def _salary_heading(r: _Reader, line: Line) -> None:
    """A salary heading that names a currency or period ("Annual Salary (US, USD)"): the lines under it state
    their figures in it."""
    heading = r.text[line.content : line.end]
    currency = _HEADING_CURRENCY.search(heading)
    if currency is not None:
        r.currency = _currency(currency.group())
        r.pay_heading = line.end
        lowered = heading.lower()
        r.period = next((p for word, p in _HEADING_PERIOD.items() if word in lowered), r.period)
    elif r.currency is not None:
        r.pay_heading = line.end  # "Pay by Experience" on a page that has stated its currency: its lines' figures


#: what may stand between a floor and its ceiling: "from X (lowest) to Y", "starting at X, up to Y", "starts at X
#: and can go up to Y", "from X, rising to Y"
_FLOOR_TO_CEILING = re.compile(
    r"(?:\s*(?:/\s*|per\s+|an?\s+)(?:year|yr|annum|month|mo|week|day|hour|hr|h)\b)?"  # (the floor's period)
    r"\s*(?:\([^()]{1,20}\)\s*)?"
    # ("from $38,000 at entry level up to $71,500 for senior staff": a level of the same post, no other post)
    r"(?:for\s+(?:(?:an?|the)\s+)?(?:[\w-]+\s+){0,2}?(?:positions?|roles?|levels?|jobs?|hires|starters|staff"
    r"|employees|workers)\s*)?"
    r"(?:[,;]\s*)?(?:(?:and|but|while|rising|going|climbing|increasing|growing|it|pay|salaries|salary)\s+){0,2}"
    r"(?:(?:can|could|may|might|will|would)\s+)?"
    r"(?:(?:go|goes|rise|rises|climb|climbs|reach|reaches|run|runs|increase|increases|grow|grows)\s+)?"
    rf"(?:up\s+)?to\s*(?:as\s+(?:high|much)\s+as\s*)?(?:(?:{_CODES})\s*)?$",  # ("from as low as X to as high as Y";
    re.I,  # "from INR 2.5 lakhs ... up to INR 4 lakhs": the code again)
)
_FLOOR_WORDS = frozenset({"from", "starting at", "starting from", "starts at", "as low as"})
#: a verb of rising right after a figure and before the next: "£24,000 rising to £30,000", "$19/hr, increasing to"
_RISING_TO = re.compile(
    r"(?:\s*(?:/\s*|per\s+|an?\s+)(?:year|yr|annum|month|mo|week|day|hour|hr|h)\b)?\s*,?\s*"
    r"(?:rising|increasing|climbing|growing|going\s+up|moving\s+up)\s+(?:up\s+)?to\s*$",
    re.I,
)
#: a verb of starting right before a figure said as one sum: "pickers start at $16 an hour, rising to $21", "a
#: trainee begins on £22,000, increasing to £26,000" (the figure is the floor of a range when a ceiling follows)
_STARTS_BEFORE = re.compile(
    r"\b(?:(?:start|starts|starting|begin|begins|beginning)\s+(?:at|on|from)"
    r"|(?:starting|entry|entry-level|opening)\s+(?:salary|pay|wage|rate)(?:\s+(?:is|of))?)"
    r"\s+(?:(?:around|about)\s+)?$",
    re.I,
)


#: bounds a figure listed after another takes from it (salaries.listed-bounds)
_LISTED_BOUNDS = frozenset({"up to", "less than", "under", "below", "more than", "over", "above", "in excess of"})
#: a place a figure is said for: "in Cape Town", "at Leeds", "in KwaZulu-Natal" (words in capitals)
_PLACE = r"(?:in|at)\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}"
#: what stands between two figures listed place by place: "R4100, in Cape Town R4200", "£9 in Hull and £10 in York"
_PLACE_LIST_JOINT = re.compile(
    r"(?:\s*(?:(?:a|an|per)\s+(?:year|month|week|day|hour)\b|/\s*[a-z]+\b))?"  # (the first figure's period)
    rf"(?:\s+{_PLACE})?\s*(?:,\s*and|,|and)\s+(?:{_PLACE}\s*,?\s*)?"
)


def _listed_bounds(text: str, ms: list[Mention], base: int, figures: list[_Figure]) -> list[_Figure]:
    """A bound said before the first of figures listed place by place holds for each of them: "agents earn up to
    R4100 in Durban, in Pretoria R4200 and R3300 in Polokwane" are three ceilings (same currency and period, no word
    of their own before the later figures, no role named between them)."""
    out = list(figures)
    for k in range(1, len(out)):
        first, second = out[k - 1], out[k]
        if (
            first.qual in _LISTED_BOUNDS
            and not second.qual
            and second.lo == second.hi
            and first.lo != first.hi
            and (first.currency, first.period) == (second.currency, second.period)
            and _PLACE_LIST_JOINT.fullmatch(text, first.match.end(), second.match.start()) is not None
            and not any(m.label is _ROLE and first.match.end() <= m.start - base < second.match.start() for m in ms)
        ):
            lo, hi = (None, second.hi) if first.lo is None else (second.lo, None)
            out[k] = second._replace(lo=lo, hi=hi, qual=first.qual, rule=second.rule or "salaries.listed-bounds")
    return out


def _range_ends(text: str, ms: list[Mention], base: int, figures: list[_Figure]) -> list[_Figure]:
    """A floor and the ceiling after it in the same clause are one range: "from 4,540 AED (lowest) to 15,700 AED
    (highest)", "starting at $24/hr, up to $28/hr with experience" (same currency and period, no role named
    between them, and the ceiling not said to be another post's: "... up to $155,000 for clinical specialists")."""
    out: list[_Figure] = []
    k = 0
    while k < len(figures):
        first = figures[k]
        second = figures[k + 1] if k + 1 < len(figures) else None
        if (
            second is not None
            and (
                ((first.hi is None or first.qual == "as low as") and first.qual in _FLOOR_WORDS)
                or (first.lo == first.hi and _STARTS_BEFORE.search(text, 0, first.match.start()) is not None)
                # ("Basic £24,000 rising to £30,000 once qualified": a figure then a verb of rising to the ceiling)
                or (first.lo == first.hi and _RISING_TO.match(text, first.match.end(), second.match.start()))
            )
            and (second.lo == second.hi or second.lo is None)
            and second.hi is not None
            and second.hi > (first.lo or 0)
            and (first.currency, first.period) == (second.currency, second.period)
            and _FLOOR_TO_CEILING.match(text[first.match.end() : second.match.start()]) is not None
            and not any(
                m.label is _ROLE and first.match.end() <= m.start - base < second.match.start() for m in ms
            )
            and not _for_role(text, ms, base, second.match.end())
        ):
            out.append(first._replace(hi=second.hi, qual="", rule=first.rule or "salaries.range-ends"))
            k += 2
            continue
        out.append(first)
        k += 1
    return out


def _for_role(text: str, ms: list[Mention], base: int, end: int) -> bool:
    """Whether "for (a) X" right after char ``end`` names a role ("... up to $155,000 for clinical specialists")."""
    found = _FOR_ROLE_AFTER.match(text, end)
    return found is not None and any(m.label is _ROLE and m.start == base + found.end() for m in ms)


class _Figure(NamedTuple):
    """A figure of pay read from a sentence, before it is given to a role."""

    match: re.Match[str]
    lo: float | None
    hi: float | None
    currency: str
    period: str
    qual: str
    #: the rule that found the currency, when not the figure itself (salaries.lost-sign)
    rule: str | None = None


def _record_salary(
    r: _Reader, sent: _Sent, offset: int, role: Mention, figure: _Figure, lo: float | None, hi: float | None,
    rule: str | None,
) -> None:
    base = offset + sent.start_char
    at, end = base + figure.match.start(), base + figure.match.end()
    ev = r.sentence_evidence(sent, offset, min(role.start, at) if role.start >= base else at, end)
    if rule is not None or figure.rule is not None:
        ev["rule"] = figure.rule or rule
    r.node(role, ev)
    r.facts.salaries.append(
        {"role": role.key, "min": lo, "max": hi, "currency": figure.currency, "period": figure.period, "evidence": ev}
    )


#: "from team leader to shift manager ... (rising) from £28,000 to £38,000": the role before a move's "to"
_FROM_ROLE = frozenset({"from", "between"})


def _paired_figures(
    r: _Reader, vocab: Vocabulary, sent: _Sent, ms: list[Mention], offset: int, figures: list[_Figure]
) -> list[tuple[Mention, _Figure, float | None, float | None]] | None:
    """Figures a sentence pairs with its roles one by one: "A and B earn £X and £Y respectively", "the jump from
    A to B, rising from £X to £Y" (X is A's pay, Y is B's). None when the sentence pairs nothing."""
    doc = sent.doc
    words = _words(doc)
    text = sent.text
    base = offset + sent.start_char
    # each figure as it is stated: "£X to £Y" or "£X and £Y" is two figures here, not a range
    singles: list[tuple[_Figure, float | None, float | None]] = []
    for figure in figures:
        m = figure.match
        gap = text[m.end("a") : m.start("c2") if m.group("c2") else m.start("b")] if m.group("b") else ""
        joined = gap.strip().lower()
        if joined in {"to", "and"} and figure.lo is not None and figure.hi is not None:
            singles += [(figure, figure.lo, figure.lo), (figure, figure.hi, figure.hi)]
        else:
            singles.append((figure, figure.lo, figure.hi))
    if len(singles) < 2:
        return None
    first_at = base + figures[0].match.start()
    if re.search(r"\brespectively\b", text, re.I):
        roles = _roles_before(vocab, doc, ms, first_at, sent)
    else:
        roles = []
        named = [x for x in (_as_role(vocab, m) for m in ms) if x is not None and x.end <= first_at]
        for a, b in itertools.pairwise(named):
            k = _skip_spaces(words, a.i - 1, -1)
            if k >= sent.start and words.lower[k] in {"a", "an", "the"}:
                k = _skip_spaces(words, k - 1, -1)
            moved = _only_separators(doc, a.j, b.i, frozenset({"to", "and"}))
            if k >= sent.start and words.lower[k] in _FROM_ROLE and moved:
                roles = [a, b]
        if not roles and named:
            # "from manager to department head": a one-word post before "to" that no title rule names
            b = named[-1]
            bare = _BARE_FROM.search(text, 0, b.start - base)
            word = bare.group("a").lower() if bare is not None else ""
            if bare is not None and word.endswith(_AGENT_ENDS) and word not in _NOT_EARNERS and word != b.name.lower():
                name = word[:1].upper() + word[1:]
                start = base + bare.start("a")
                i = bisect.bisect_left(words.idx, start - offset)
                a = Mention(_ROLE, _slug(name), name, False, start, start + len(word), i, i + 1, "salaries.paired")
                roles = [a, b]
        # the figures too are a move's ends: "(rising) from £X to £Y", "from £X-Y to £Z"
        opening = text[: figures[0].match.start()].lower().rstrip()
        if not roles or not _FIGURES_FROM.search(opening):
            return None
    if len(roles) != len(singles) or len({m.key for m in roles}) != len(roles):
        return None
    return [(role, figure, lo, hi) for role, (figure, lo, hi) in zip(roles, singles, strict=True)]


#: the words before a move's first figure: "rising from", "from an average of"
_FIGURES_FROM = re.compile(r"\b(?:from|between)(?:\s+(?:an?\s+)?(?:average|median|typical)(?:\s+of)?)?$")
#: "from manager to ": a bare one-word post opening a move whose target is a role named next
_BARE_FROM = re.compile(r"\b(?:from|between)\s+(?:an?\s+|the\s+)?(?P<a>[a-z]{4,})\s+(?:to|and)\s+(?:an?\s+|the\s+)?$")


#: a plural subject that is paid: "Graduates can expect ...", "Executives earned ...", "Most pickers make ..."
_EARNER = re.compile(
    r"(?:^[\W\d]*|[,;:]\s+|\b(?:and|while|whereas|but|with)\s+)(?:(?:new|recent|most|many|experienced|typical|fresh|entry-level"
    r"|top|star|leading|skilled|senior|ordinary|average"
    r"|junior|the)\s+)?(?P<head>[A-Za-z][a-z]{2,}s)\s+(?:(?:who|joining|starting|entering|working|in|at)\s+[^,.;:]{3,40}?\s+)?(?:(?:can|could|will|would|may|might|should|typically"
    r"|usually|often|generally|normally|also|now|still|potentially|possibly|tend\s+to)\s+)*(?:earn(?:s|ed|ing)?"
    # ("..., with supervisors potentially earning £15,000 to £20,000")
    r"|make|made|making|take\s+home"
    r"|(?:are|were|get|got)\s+paid|receive[sd]?|command(?:ed)?|expect|start(?:ed)?\s+(?:on|at)|draw|drew"
    # ("Clerks in public sector banks get an in-hand salary of ...")
    r"|(?:get|got|have|had|take|took)\s+(?:an?\s+|the\s+|their\s+)?(?:[\w-]+\s+){0,2}?(?:salar(?:y|ies)|pay|wages?"
    r"|stipends?|packages?)"
    # ("with supervisors on slightly higher average earnings of around $42,000")
    r"|(?:are\s+|were\s+)?on\s+(?:[\w-]+\s+){0,4}?(?:earnings|salar(?:y|ies)|pay|wages?))\b",
    re.I,
)
#: a plural right before a figure at its clause's start: "..., hosts $25 to $40 an hour"
_BARE_EARNER = re.compile(
    r"(?:^[\W\d]*|[,;:]\s*|\band\s+)(?:the\s+|most\s+)?(?P<head>[A-Za-z][a-z]{2,}s)\s+"
    r"(?:(?:around|about|roughly|approximately|typically|usually|often|on|at|from)\s+)*$"
)
#: a post's jobs said to pay a figure: "Most are packer jobs on dispatch lines, paying 4,500 yuan"
_JOBS_PAYING = re.compile(
    r"\b(?P<head>[a-z]{4,})\s+(?:jobs|roles|positions|posts|vacancies|openings)\b[^,.;:]{0,40}?,?\s*"
    r"(?:paying|that pay|which pay|paid|earning)\s+(?:(?:around|about|roughly|up to|between|from)\s+)?$"
)
#: the posts the sentence before named, said again: "These positions typically command ..."
#: words before a post that name it as a bound or an exception, not as one of the posts meant: "above the grade of"
_CONTRAST_BEFORE = re.compile(
    r"\b(?:grade|level|rank)\s+of\s+(?:an?\s+|the\s+)?$|\b(?:above|below|beyond|than|except|unlike|besides)\s+"
    r"(?:an?\s+|the\s+)?$",
    re.I,
)
def _not_bounds(text: str, named: list[Mention]) -> list[Mention]:
    """The posts of ``named`` (in order) less those named as a bound or an exception ("above the grade of A or B"),
    and those joined to one by "or" / "and"."""
    out: list[Mention] = []
    bound: Mention | None = None
    for m in named:
        if _CONTRAST_BEFORE.search(text, max(0, m.start - 24), m.start) or (
            bound is not None and text[bound.end : m.start].strip(" ,").lower() in {"or", "and", "nor"}
        ):
            bound = m
            continue
        out.append(m)
    return out


_THESE_POSTS = re.compile(
    r"\b(?:these|those|such|both)\s+(?:\w+\s+)?(?:positions|roles|jobs|posts|titles|employees|staff|workers)\b", re.I
)
#: plural nouns of people that name no post: "employers", "customers", "workers", "respondents"
_NOT_EARNERS = frozenset(
    {"earner", "employer", "employee", "member", "customer", "user", "worker", "professional", "practitioner",
     "respondent", "other", "brand", "company", "firm", "retailer", "seller", "business", "candidate", "applicant",
     "student", "parent", "buyer", "shopper", "consumer", "client", "partner", "owner", "leader", "player",
     "people", "those", "these", "one", "agencie", "agency", "team", "founder", "investor", "reader", "viewer",
     "holder"}
)
_AGENT_ENDS = ("er", "or", "ist", "ant", "ent", "ate", "ive", "ee", "ian", "ern")
#: nouns of posts without an agent ending
_EARNER_NOUNS = frozenset({"apprentice", "novice", "clerk", "host", "chef", "cook", "rep", "temp", "nurse", "pilot"})


def _singular_word(word: str) -> str:
    return word[:-3] + "y" if word.endswith("ies") else word[:-1] if word.endswith("s") else word


def _role_by_head(r: _Reader, head: str) -> Mention | None:
    """The page's role called by its head word ("planners" on a fulfilment planner's page), else the role of the
    document so far ending in that word that it names most; None when there is none."""
    for role in (r.section_role, r.subject):
        if role is not None and role.name.lower().split()[-1] == head:
            return role
    nodes = r.facts.nodes
    if len(nodes) != r.heads_read:  # (the nodes added since the last look-up are indexed, not every node again)
        for k, v in itertools.islice(nodes.items(), r.heads_read, None):
            if v["label"] is _ROLE:
                r.role_heads.setdefault(v["name"].lower().split()[-1], []).append(k)
        r.heads_read = len(nodes)
    same = r.role_heads.get(head)
    if not same:
        return None
    key = max(same, key=lambda k: len(nodes[k]["evidence"]))
    entry = nodes[key]
    return Mention(_ROLE, key, entry["name"], entry["known"], -1, -1, -1, -1)


def _paid_as(r: _Reader, sent: _Sent, ms: list[Mention], offset: int, end: int) -> Mention | None:
    """The role a figure is earned as when "as a X" follows it ("£27,000 a year as a controller", "on £22,000
    now as a returns processor"): a role named there, or the page's role whose head word it is."""
    found = _AS_ROLE_AFTER.match(sent.text, end)
    if found is None:
        return None
    at = offset + sent.start_char + found.end()
    named = next((m for m in ms if m.label is _ROLE and m.start == at), None)
    if named is not None:
        return named
    title = _AS_TITLE.match(sent.text, found.end())
    if title is None:
        return None
    words = title.group("title").lower().split()
    known = _role_by_head(r, words[-1]) if len(words) == 1 else None
    if known is not None or not words[-1].endswith(_AGENT_ENDS) or words[-1] in _NOT_EARNERS:
        return known
    # "on £22,000 now as a returns processor": a title of up to three words closing the clause
    name = title.group("title")[:1].upper() + " ".join(words)[1:]
    words_ = sent.words
    i = bisect.bisect_left(words_.idx, at - offset)
    mention = Mention(_ROLE, _slug(name), name, False, at, at + len(title.group("title")), i, i + 1,
                      "salaries.held-as")
    r.mentioned(mention)
    return mention


def _paid_for(sent: _Sent, ms: list[Mention], offset: int, end: int) -> Mention | None:
    """The role named right after a figure by "for (a / the) X" ("$42,000 per annum for a returns analyst",
    "..., against £31,000 for marketing assistants"), when the figure's clause names no role before it."""
    found = _FOR_ROLE_AFTER.match(sent.text, end)
    if found is None:
        return None
    at = offset + sent.start_char + found.end()
    return next((m for m in ms if m.label is _ROLE and m.start == at), None)


#: what may follow a figure before "for a X": its period, a second figure of the range
_FOR_ROLE_AFTER = re.compile(
    r"\s*(?:\+\s*)?(?:(?:a|an|per|each)\s+(?:year|month|week|hour|day|annum)\s+|/\s*(?:year|yr|month|hour|hr)\s+)?"
    r"(?:or\s+more\s+|and\s+(?:above|up)\s+)?"
    # ("$40,000 to $50,000 are common for trainees": what the figure is said to be for them)
    r"(?:(?:is|are|was|were)\s+(?:(?:more\s+)?(?:common|typical|usual|normal|standard|expected|likely)\s+))?"
    # ("$52,300 is the average salary for a sales manager": the figure said first, then whose pay it is)
    r"(?:(?:is|are|was|were)\s+(?:the\s+|an?\s+)?(?:(?:average|median|mean|typical|usual|expected|starting|entry-level"
    r"|base|basic|going|annual|yearly|monthly|hourly|weekly|daily|total|gross)\s+){0,3}"
    r"(?:salary|pay|wage|earnings|income|rate|package|compensation)\s+(?:for|of)\s+|for\s+"
    # ("I was offered £27k to become a floor supervisor": the post the pay is offered for)
    r"|to\s+(?:become|be\s+(?:a|an|the|our|their)|work\s+as|join\s+(?:them\s+|us\s+)?as|start\s+as|step\s+up\s+as)\s+)"
    r"(?:(?:a|an|the|each|every|most|many)\s+)?"
    # ("up to £35,000 for an experienced sous chef": a word of experience before the title is no part of it)
    r"(?:(?:experienced|qualified|newly\s+qualified|skilled|seasoned|fully\s+trained|trained|top|good)\s+)?",
    re.I,
)


#: the title after "as a": up to three lower-case words closing the clause ("as a returns processor.")
_AS_TITLE = re.compile(r"(?P<title>[a-z]{3,}(?:[ -][a-z]{3,}){0,2})\s*(?=$|[.,;:!?)])")


#: what may follow a figure before "as a X": its period, "now", "then"
_AS_ROLE_AFTER = re.compile(
    r"\s*(?:(?:a|an|per|each)\s+(?:year|month|week|hour|day)\s+|/\s*(?:year|month|hour)\s+)?(?:(?:now|then|today)\s+)?"
    r"as\s+(?:a|an)\s+",
    re.I,
)


def _earner(r: _Reader, sent: _Sent, offset: int, at: int, clause: int = 0) -> Mention | None:
    """The role a figure is paid to when its clause opens with a plural naming people of a post ("Graduates
    can expect £X", "..., hosts $25 an hour") or names a post's jobs as paying it ("packer jobs, paying X"):
    the page's role when the word is its head word ("planners" on a planner's page), else a role of that name.
    ``clause`` is where the figure's clause starts, at its comma or colon (a plural before it is another
    clause's)."""
    text = sent.text
    clauses = [m for m in _EARNER.finditer(text, 0, at) if m.start("head") >= clause]
    found = clauses[-1] if clauses else None  # (the last clause before the figure)
    if found is None:
        found = _BARE_EARNER.search(text, clause, at) or _JOBS_PAYING.search(text, 0, at)
    if found is None:
        return None
    head = found.group("head")
    if found.re is _JOBS_PAYING:
        head += "s"  # ("packer jobs": the post in the singular)
    singular = head[:-3] + "y" if head.lower().endswith("ies") else head[:-1]
    lower = singular.lower()
    prefix = text[: found.start("head")]
    named = head[:1].isupper() and any(c.isalpha() for c in prefix) and not prefix.rstrip().endswith((",", ";", ":"))
    if lower in _NOT_EARNERS or not (lower.endswith(_AGENT_ENDS) or lower in _EARNER_NOUNS) or named:
        return None  # a plural of people that is no post, or a name inside a clause ("Amazon Sellers")
    known = _role_by_head(r, lower)
    if known is not None:
        return known
    start = offset + sent.start_char + found.start("head")
    words = sent.words
    i = bisect.bisect_left(words.idx, start - offset)
    name = singular[:1].upper() + lower[1:]
    end = start + found.end("head") - found.start("head")
    mention = Mention(_ROLE, _slug(name), name, False, start, end, i, i + 1, "salaries.earners")
    r.mentioned(mention)
    return mention


#: posts listed one by one as the subject of pay: "a trained waiter, cleaner or gardener gets (a salary of) ...",
#: "an experienced cook or driver earns ..."
_LISTED_EARNERS = re.compile(
    r"\b(?:[Aa]n?|[Ee]very|[Ee]ach|[Aa]ny)\s+(?:[a-z]+-?[a-z]*\s+)??(?P<list>[a-z]{3,}(?:,\s+[a-z]{3,})*,?\s+(?:or|and)\s+[a-z]{3,})"
    r"\s+(?:(?:can|could|will|would|may|might|typically|usually|often|generally|normally|also)\s+)*"
    r"(?:gets?|earns?|makes?|draws?|takes?\s+home|receives?|is\s+paid|commands?)\b[^,;:]*$"
)


def _listed_earners(r: _Reader, sent: _Sent, ms: list[Mention], offset: int, at: int) -> list[Mention] | None:
    """The posts listed one by one as the subject of the verb of pay whose clause holds the figure at ``at`` ("a
    trained waiter, cleaner or gardener gets a salary of about X"): each a role named there, else a post word by its
    ending (not "customers", "sellers" and the like); None unless every item is one."""
    text = sent.text
    found = _LISTED_EARNERS.search(text, 0, at)
    if found is None:
        return None
    base = offset + sent.start_char
    words = sent.words
    out: list[Mention] = []
    for item in re.finditer(r"[a-z]{3,}", text[found.start("list") : found.end("list")]):
        word = item.group()
        if word in {"and", "the"}:
            continue
        start = base + found.start("list") + item.start()
        end = start + len(word)
        named = next((m for m in ms if m.label is _ROLE and m.end == end), None)
        if named is not None:
            out.append(named)
            continue
        if word in _NOT_EARNERS or word.endswith("s") or not (word.endswith(_AGENT_ENDS) or word in _EARNER_NOUNS):
            return None
        i = bisect.bisect_left(words.idx, start - offset)
        name = word.capitalize()
        out.append(Mention(_ROLE, _slug(name), name, False, start, end, i, i + 1, "salaries.earners"))
    if len(out) < 2:
        return None
    for mention in out:
        if mention.rule == "salaries.earners":
            r.mentioned(mention)
    return out


#: a post's possessive before a word of pay: "pickers’ average salary", "a fitter's pay"
_POSSESSIVE_PAY = re.compile(
    r"\b(?P<head>[A-Za-z][a-z]{2,}s)['’](?!s)\s+(?:[\w-]+\s+){0,2}?(?:salar(?:y|ies)|pay|wages?|earnings|income)\b"
    r"|\b(?P<one>[A-Za-z][a-z]{2,})['’]s\s+(?:[\w-]+\s+){0,2}?(?:salar(?:y|ies)|pay|wages?|earnings|income)\b"
)


def _possessive_earner(
    r: _Reader, sent: _Sent, ms: list[Mention], offset: int, at: int, clause: int
) -> tuple[Mention, int] | None:
    """The post whose possessive stands before a word of pay in a figure's clause ("the report found pickers’ average
    salary rose to £23,427"), and where the possessive ends: a role named there, else the page's role of that head
    word, else a post word by its ending (not "employers", "the company's" and the like)."""
    text = sent.text
    found = max(_POSSESSIVE_PAY.finditer(text, clause, at), key=lambda m: m.start(), default=None)
    if found is None:
        return None
    group = "head" if found.group("head") else "one"
    base = offset + sent.start_char
    end = base + found.end(group)
    named = next((m for m in ms if m.label is _ROLE and m.end == end), None)
    if named is not None:
        return named, end
    word = found.group(group).lower()
    singular = _singular_word(word) if group == "head" else word
    if singular in _NOT_EARNERS or not (singular.endswith(_AGENT_ENDS) or singular in _EARNER_NOUNS):
        return None
    known = _role_by_head(r, singular)
    if known is not None:
        return known, end
    start = base + found.start(group)
    words = sent.words
    i = bisect.bisect_left(words.idx, start - offset)
    name = singular.capitalize()
    mention = Mention(_ROLE, _slug(name), name, False, start, end, i, i + 1, "salaries.earners")
    r.mentioned(mention)
    return mention, end


def _usual_period(currency: str, amount: float) -> str:
    """The period a figure stated without one is usually paid for: dollars, pounds and euros above
    10,000 are a year's pay, yuan and rupees below 100,000 a month's.

    Examples
    --------
    >>> _usual_period("GBP", 45000), _usual_period("CNY", 8000), _usual_period("USD", 4500)
    ('year', 'month', 'month')
    """
    return "year" if amount >= _YEAR_LIMIT.get(currency, 10_000) else "month"


#: the amount from which a figure stated without a period is a year's pay (below it a month's)
_YEAR_LIMIT = {
    "CNY": 100_000, "INR": 100_000, "JPY": 1_000_000, "PHP": 150_000, "MYR": 20_000, "ZAR": 60_000, "NGN": 1_000_000,
    "AED": 100_000, "KES": 1_000_000, "UGX": 20_000_000, "TZS": 20_000_000, "GHS": 30_000, "PKR": 1_000_000,
    "LKR": 1_000_000, "BDT": 500_000, "EGP": 200_000, "SAR": 100_000, "QAR": 100_000,
}


#: the amount from which a figure is no one's pay, however long its period (a billion, more in currencies of small
#: units)
_NO_PAY_FROM = {"IDR": 1e12, "VND": 1e12, "JPY": 1e11, "NGN": 1e11, "KRW": 1e11}


def _money_start(text: str, pos: int) -> re.Match[str] | None:
    """``_MONEY_START.search(text, pos)``, tried only where a match can start (see _MONEY_FIRST)."""
    while (first := _MONEY_FIRST.search(text, pos)) is not None:
        found = _MONEY_START.match(text, first.start())
        if found is not None:
            return found
        pos = first.start() + 1
    return None


def _amounts(text: str) -> Iterator[re.Match[str]]:
    pos = 0
    while (start := _money_start(text, pos)) is not None:
        match = _MONEY.match(text, start.start())
        if match is None or not match.group("a"):
            pos = start.end()
            continue
        if match.group("b") and " and " in text[match.end("a") : match.start("b")] and _amount(
            match.group("b")
        ) < _amount(match.group("a")):
            # "R4 200.00 and R3 300.00 respectively": two figures falling, not a range
            single = _MONEY.match(text, start.start(), match.end("a"))
            if single is not None:
                match = single
        yield match
        pos = match.end()


#: what may stand between roles named together as one subject: "A, B and C", "A as well as B", "A and other Bs"
_ROLE_JOINERS = frozenset({"and", "with", "or", ",", "、", "as", "well", "other"})


def _roles_before(vocab: Vocabulary, doc: Doc, ms: list[Mention], at: int, sent: _Sent) -> list[Mention]:
    """The role (or roles joined by and/with/or) named nearest before char ``at`` in its clause.

    "A and other Bs" names both: the figure is A's too ("cutters and other machine operators earn ...").
    """
    roles = [x for x in (_as_role(vocab, m) for m in ms) if x is not None and x.end <= at]
    if not roles:
        return []
    group = [roles[-1]]
    for m in reversed(roles[:-1]):
        if _only_separators(doc, m.j, group[0].i, _ROLE_JOINERS):
            group.insert(0, m)
        else:
            break
    return group


_OPEN_PAREN = re.compile(r"\s*[(（]\s*")
_CLOSE_PAREN = re.compile(r"\s*[)）]")


def _outer_title(r: _Reader, vocab: Vocabulary, ms: list[Mention], role: Mention) -> Mention:
    """The title a role in brackets right after it names again ("Art designers (visual designers)"), or the one
    before a dashed aside that names the role ("warehouse operatives — which can cover picker duties — fell to X"),
    else the role."""
    if not _CLOSE_PAREN.match(r.text, role.end):
        if "salaries.figure" in r.disabled or not _CLOSE_DASH.match(r.text, role.end):
            return role
        before = [m for m in ms if m.label is _ROLE and m.end <= role.start]
        if before and _OPEN_DASH.fullmatch(r.text, before[-1].end, role.start) is not None:
            return _as_role(vocab, before[-1]) or role
        return role
    before = [m for m in ms if m.label is _ROLE and m.end <= role.start]
    if not before or _OPEN_PAREN.fullmatch(r.text, before[-1].end, role.start) is None:
        return role
    return _as_role(vocab, before[-1]) or role


#: a dashed aside closing after a role ("... order picker duties — fell"), and one opening after another role before
#: it ("warehouse operatives — which can cover ")
_CLOSE_DASH = re.compile(r"[^—–.;:\n]{0,40}\s[—–]\s")
_OPEN_DASH = re.compile(r"\s[—–]\s[^—–.;:\n]{0,60}")
#: a whole number grouped by points in threes ("42.000", "1.250.000"), as much of Europe writes it
_GROUPED_BY_POINTS = re.compile(r"\d{1,3}(?:\.\d{3})+")


@functools.lru_cache(maxsize=4096)  # (a page gives the same figures again and again)
def _amount(text: str) -> float:
    text = text.strip()
    factor = 1.0
    lakh = _LAKH.search(text)
    if lakh is not None:
        factor, text = 100_000.0, text[: lakh.start()].strip()
    elif text.endswith("L"):
        factor, text = 100_000.0, text[:-1].strip()  # "6L": six lakhs
    elif text.lower().endswith(("crore", "crores")):
        factor, text = 10_000_000.0, text[: text.lower().rindex("crore")].strip()  # a crore is a hundred lakhs
    elif text[-1:] in {"k", "K", "千"}:
        factor, text = 1000.0, text[:-1]
    elif text.lower().endswith("thousand"):
        factor, text = 1000.0, text[: -len("thousand")]  # "30 thousand dollars"
    elif text.endswith("万"):
        factor, text = 10000.0, text[:-1]
    if _GROUPED_BY_POINTS.fullmatch(text):
        text = text.replace(".", "")  # "42.000": thousands grouped by points
    return float(re.sub(r"[,\s]", "", text)) * factor


def _currency(mark: str) -> str:
    mark = _MISDECODED.get(mark.strip(), mark).strip().upper()
    if mark in {"$", "US$", "USD", "DOLLARS"}:
        return "USD"
    if mark in {"€", "EUR", "EURO", "EUROS"}:
        return "EUR"
    if mark in {"£", "GBP", "POUNDS"}:
        return "GBP"
    if mark in {"₹", "RS", "RS.", "INR", "RUPEES"}:
        return "INR"
    return _OTHER_CURRENCIES.get(mark, "CNY")


#: countries (and their adjectives) that count in dollars of their own: a bare "$" in a clause naming one is theirs
_DOLLAR_COUNTRIES = {
    "singapore": "SGD", "singaporean": "SGD", "australia": "AUD", "australian": "AUD", "canada": "CAD",
    "canadian": "CAD", "new zealand": "NZD", "hong kong": "HKD",
    # their big cities, and the mark of a Singapore company ("Pte. Ltd.")
    "sydney": "AUD", "melbourne": "AUD", "brisbane": "AUD", "perth": "AUD", "adelaide": "AUD", "toronto": "CAD",
    "vancouver": "CAD", "montreal": "CAD", "calgary": "CAD", "auckland": "NZD", "wellington": "NZD",
    r"pte\.?\s*ltd": "SGD", "nsw": "AUD", "new south wales": "AUD", "queensland": "AUD",
    # the occupation code of Australia's labour-market pages ("ANZSCO ID 7213")
    "anzsco": "AUD",
    # a page's own address ("source: http://www.callcentres.com.au/...")
    r"\.(?:com|net|org|gov|edu)\.au": "AUD", r"\.co\.nz": "NZD", r"\.com\.sg": "SGD", r"\.com\.hk": "HKD",
}
_DOLLAR_COUNTRY = re.compile(
    r"\b(?:" + "|".join(_DOLLAR_COUNTRIES) + r"|united states|u\.s\.|(?-i:US|USA)|america)\b", re.I
)


def _dollar_of(text: str, at: int) -> str | None:
    """The currency of a "$" figure at ``at`` whose sentence, up to the figure (else after it, in its clause), names a
    country that counts in its own dollars: "In Singapore, roles command $5,000" is SGD; the United States named
    nearer keeps USD ("US$" is read elsewhere), and "us" the pronoun names no country.

    >>> _dollar_of("In Singapore, roles command $5,000 a month", 28), _dollar_of("In the US it is $5,000", 16)
    ('SGD', None)
    """
    lo = max(text.rfind(mark, 0, at) for mark in ";.")
    found = [m.group().lower() for m in _DOLLAR_COUNTRY.finditer(text, max(lo, 0), at)]
    if not found:  # ("Porters earn $23.50 an hour in Auckland": named after the figure in its clause)
        ends = [k for k in (text.find("; ", at), text.find(". ", at), text.find("$", at + 1)) if k >= 0]
        after = _DOLLAR_COUNTRY.search(text, at, min(ends, default=len(text)))
        found = [after.group().lower()] if after is not None else []
    return _DOLLAR_COUNTRIES.get(_country_key(found[-1])) if found else None


#: how much of a page's top is read for what its title names: the country ("Bank careers in Australia", see
#: _page_dollar; Japan, whose yen a "¥" is) or pay (see _pay_page)
_PAGE_TOP = 300
#: the United States named anywhere on a page (a bare "$" may then be theirs)
_UNITED_STATES = re.compile(r"\b(?:united states|u\.s\.|(?-i:US|USA)|americans?)\b", re.I)


def _page_dollar(r: _Reader, text: str, at: int) -> str | None:
    """The dollars of the country a page's top names ("Bank careers in Australia"), else of the one named nearest
    the figure at char ``at`` of the page within :data:`_DOLLAR_REACH` ("Location: Jurong West, Singapore" under a
    job ad's pay), for a "$" figure whose sentence names no country, when the page never names the United States;
    None otherwise."""
    if r.page_dollar is None:
        found = _DOLLAR_COUNTRY.search(r.text, 0, _PAGE_TOP)
        country = _DOLLAR_COUNTRIES.get(_country_key(found.group())) if found is not None else None
        r.page_dollar = "-" if _UNITED_STATES.search(r.text) is not None else country or ""
    if r.page_dollar == "-" or _DOLLAR_COUNTRY.search(text) is not None:
        return None
    # (the part of the page the figure is in: not past a line that parts two ads, "---")
    rules = [m.end() for m in _RULE_LINE.finditer(r.text)] if "---" in r.text or "***" in r.text else []
    first = max((k for k in rules if k <= at), default=0)
    if r.page_dollar and first == 0:
        return r.page_dollar
    lo = max(first, at - _DOLLAR_REACH)
    hi = min((k for k in rules if k > at), default=at + _DOLLAR_REACH)
    near = list(_DOLLAR_COUNTRY.finditer(r.text, lo, min(hi, at + _DOLLAR_REACH)))
    if not near:
        return None
    return _DOLLAR_COUNTRIES.get(_country_key(min(near, key=lambda m: abs(m.start() - at)).group()))


#: Japan named before a "¥" figure in its sentence, or at the page's top: the sign is the yen's
_JAPAN = re.compile(r"\b(?:japan|japanese|tokyo|osaka|yokohama|nagoya|kyoto|fukuoka)\b", re.I)
#: how far from a "$" figure (chars) a country named in the page still tells its dollars
_DOLLAR_REACH = 400
#: a line that parts one part of a page from the next ("---", "* * *")
_RULE_LINE = re.compile(r"^[ \t]*(?:[-*_=~][ \t]*){3,}$", re.M)


def _country_key(name: str) -> str:
    """The key of :data:`_DOLLAR_COUNTRIES` a name found by :data:`_DOLLAR_COUNTRY` stands for ("Pte. Ltd.",
    ".com.au")."""
    name = name.lower()
    if name in _DOLLAR_COUNTRIES:
        return name
    return next((key for key in _DOLLAR_COUNTRIES if re.fullmatch(key, name)), name)


#: the other currencies a page may state pay in, by sign, code or name (upper case)
_OTHER_CURRENCIES = {
    "A$": "AUD", "AU$": "AUD", "AUD": "AUD", "C$": "CAD", "CA$": "CAD", "CAD": "CAD", "S$": "SGD", "SGD": "SGD",
    "RM": "MYR", "MYR": "MYR", "RINGGIT": "MYR", "₱": "PHP", "P": "PHP", "PHP": "PHP", "PESOS": "PHP", "HK$": "HKD",
    "HKD": "HKD", "NZ$": "NZD", "NZD": "NZD", "AED": "AED", "DIRHAM": "AED", "DIRHAMS": "AED",
    "DH": "AED", "DH.": "AED", "DHS": "AED", "DHS.": "AED", "JPY": "JPY",
    "YEN": "JPY", "RP": "IDR", "RP.": "IDR", "IDR": "IDR", "RUPIAH": "IDR",
    "R": "ZAR", "ZAR": "ZAR", "RAND": "ZAR", "₦": "NGN", "N": "NGN", "NGN": "NGN", "NAIRA": "NGN",
    "KSH": "KES", "KSH.": "KES", **{code: code for code in ("KES", "UGX", "TZS", "GHS", "PKR", "LKR", "BDT", "EGP",
                                                           "SAR", "QAR", "CHF")},
}
#: currency signs whose UTF-8 bytes were read as Windows-1252 ("â‚¹" is "₹")
_MISDECODED = {"â‚¹": "₹", "â‚¬": "€", "Â£": "£", "â‚±": "₱"}
#: a currency sign lost when the page was converted: "?" or the replacement character before the digits
_LOST_SIGNS = frozenset({"?", "\ufffd"})
#: countries (and their adjectives) named in a page about pay, and the currency they pay in (salaries.lost-sign)
_COUNTRY_CURRENCIES = {
    "india": "INR", "indian": "INR", "philippines": "PHP", "philippine": "PHP", "filipino": "PHP",
    "malaysia": "MYR", "malaysian": "MYR", "indonesia": "IDR", "indonesian": "IDR", "china": "CNY",
    "chinese": "CNY", "united kingdom": "GBP", "uk": "GBP", "britain": "GBP", "british": "GBP",
    "united states": "USD", "usa": "USD", "singapore": "SGD", "australia": "AUD", "canada": "CAD",
    "germany": "EUR", "france": "EUR", "spain": "EUR", "italy": "EUR", "netherlands": "EUR", "ireland": "EUR",
    "japan": "JPY", "hong kong": "HKD", "new zealand": "NZD", "uae": "AED", "dubai": "AED",
    "south africa": "ZAR", "south african": "ZAR", "nigeria": "NGN", "nigerian": "NGN",
    "kenya": "KES", "kenyan": "KES", "nairobi": "KES", "uganda": "UGX", "kampala": "UGX", "tanzania": "TZS",
    "ghana": "GHS", "accra": "GHS", "pakistan": "PKR", "pakistani": "PKR", "karachi": "PKR", "lahore": "PKR",
    "sri lanka": "LKR", "colombo": "LKR", "bangladesh": "BDT", "dhaka": "BDT", "egypt": "EGP", "cairo": "EGP",
    "saudi arabia": "SAR", "riyadh": "SAR", "qatar": "QAR", "doha": "QAR", "switzerland": "CHF", "zurich": "CHF",
    # the cities a page about pay names most often instead of their country
    "beijing": "CNY", "shanghai": "CNY", "shenzhen": "CNY", "guangzhou": "CNY", "hangzhou": "CNY",
    "chengdu": "CNY", "mumbai": "INR", "delhi": "INR", "bangalore": "INR", "bengaluru": "INR", "hyderabad": "INR",
    "chennai": "INR", "pune": "INR", "kolkata": "INR", "noida": "INR", "gurgaon": "INR", "gurugram": "INR",
    "manila": "PHP", "cebu": "PHP", "kuala lumpur": "MYR", "jakarta": "IDR", "johannesburg": "ZAR",
    "gauteng": "ZAR", "cape town": "ZAR", "durban": "ZAR", "kwazulu": "ZAR", "lagos": "NGN", "abuja": "NGN",
}
_COUNTRY = re.compile(r"\b(?:" + "|".join(sorted(_COUNTRY_CURRENCIES, key=len, reverse=True)) + r")\b", re.I)
#: a whole number grouped the Indian way ("14,50,000"): rupees
_INDIAN_GROUPS = re.compile(r"\d{1,2}(?:,\d{2})+,\d{3}")


def _country_currency(text: str, page: str | None, amount: str) -> str | None:
    """The currency of a figure that names none (its sign lost, or a bare number in a sentence about pay): that of
    the country its sentence names first, else ``page`` (the currency of the country its page names first), else
    rupees for digits grouped the Indian way.

    >>> _country_currency("A clerk earns ?18,000 a month.", "PHP", "18,000")
    'PHP'
    >>> _country_currency("It pays ?14,50,000.", None, "14,50,000"), _country_currency("It pays 9,000", None, "9,000")
    ('INR', None)
    """
    found = _COUNTRY.search(text)
    if found is not None:
        return _COUNTRY_CURRENCIES[found.group().lower()]
    return page or ("INR" if _INDIAN_GROUPS.fullmatch(amount) else None)


#: the currencies a page may state its figures in, each by its signs, codes and names
_PAGE_CURRENCIES = (
    ("CNY", re.compile(r"\b(?:yuan|RMB|CNY)\b|元|¥|￥"), ("yuan", "RMB", "CNY", "元", "¥", "￥")),
    (
        "INR",
        re.compile(r"₹|\b(?:Rs\.?(?=\s?\d)|INR|rupees|lakhs?|LPA|crores?)\b"),
        ("₹", "Rs", "INR", "rupees", "lakh", "LPA", "crore"),
    ),
    ("GBP", re.compile(r"£|\b(?:GBP|pounds)\b"), ("£", "GBP", "pounds")),
    ("EUR", re.compile(r"€|\b(?:EUR|euros?)\b"), ("€", "EUR", "euro")),
    ("PHP", re.compile(r"₱|\b(?:PHP(?=\s?\d)|pesos)\b"), ("₱", "PHP", "pesos")),
    ("ZAR", re.compile(r"\b(?:ZAR|rand)\b|\bR\s?\d{1,3}[ \u00a0]\d{3}\b"), ("ZAR", "rand", "R")),
    ("NGN", re.compile(r"₦|\b(?:NGN|naira)\b"), ("₦", "NGN", "naira")),
    ("USD", re.compile(r"\$|\b(?:USD|dollars)\b"), ("$", "USD", "dollars")),
)  # (each currency's marks: every match of its pattern holds one, and a page holding none is not scanned)


def _page_sole_currency(r: _Reader) -> str | None:
    """The one currency a page states its figures in anywhere, before or after the figure read now ("4-6k" in a
    ladder whose last stage says "300,000 yuan"); None when it states none or several (looked for once)."""
    if r.sole_currency is None:
        text = r.text
        found = [
            code
            for code, pattern, marks in _PAGE_CURRENCIES
            if any(map(text.__contains__, marks)) and pattern.search(text) is not None
        ]
        r.sole_currency = found[0] if len(found) == 1 else ""
    return r.sole_currency or None


def _page_country(r: _Reader) -> str | None:
    """The currency of the country the page names first, looked for once per document ("" while none)."""
    if r.page_currency is None:
        found = _COUNTRY.search(r.text)
        r.page_currency = _COUNTRY_CURRENCIES[found.group().lower()] if found is not None else ""
    return r.page_currency or None


def _groups(r: _Reader, vocab: Vocabulary, sent: _Sent, ms: list[Mention], offset: int) -> None:
    """Job groups listed as such, and the positions a group (or the current section) lists."""
    text = sent.text
    groups = [m for m in ms if m.label is _JOB_GROUP]
    cue = _GROUP_LIST_CUES.search(text) if ":" in text or "：" in text else None
    if cue is not None and (":" in text[cue.end() : cue.end() + 3] or "：" in text[cue.end() : cue.end() + 3]):
        for m in groups:
            if m.start >= offset + sent.start_char + cue.end():
                r.node(m, r.sentence_evidence(sent, offset, m.start, m.end))
    if not _sent_norms(sent) & _POSITION_CUES:
        return
    owner = groups[0] if groups else r.section_group
    if owner is None:
        return
    for m in ms:
        if m.label is _ROLE and m.start > (owner.end if groups else 0):
            r.member(
                m, owner, r.sentence_evidence(sent, offset, min(owner.start, m.start) if groups else m.start, m.end)
            )


@dataclass
class _KindList:
    """ "divided into four types: A, B (R), C and D" - resolved at the end of the document."""

    items: list[tuple[str, Mention | None]]
    evidence: dict[str, Any]
    progressive: bool
    sentence: int


_KIND_LIST = re.compile(
    r"\b(?:(?:divided|split|classified|grouped|sorted)\s+into|has|have|there\s+are)\s+(?:the\s+following\s+)?"
    r"(?:\w+\s+)?(?:categories|types|kinds|levels|tiers|stages|grades|ranks)\s*[:：]",
    re.I,
)
#: the nouns one of which every match of _KIND_LIST holds (a gate in front of its search)
_KIND_NOUNS = ("categories", "types", "kinds", "levels", "tiers", "stages", "grades", "ranks")
_PROGRESSION = re.compile(
    r"\b(?:advanced|advancing|progressive|progression|ascending|from low to high|step by step)\b", re.I
)
_CALLED = re.compile(
    r"^\W*([A-Za-z][\w-]*)(?:\s+[\w-]+){0,2}?\s+(?:are|is)\s+what\s+(?:we|people)\s+(?:\w+\s+)?call\b", re.I
)
_BEFORE_PAREN = re.compile(r"^\W*([A-Za-z][\w-]*)(?:\s+[\w-]+){0,2}?\s*[（(]")
_ITEM_SPLIT = re.compile(r"\s*(?:[,、，;；]|\band\b|\bor\b)\s*")


def _kind_key(word: str) -> str:
    """What a kind is known by: its first word, lower case, before a hyphen, an adjective in "-ional" read as its noun.

    "basic type" and "Basic operations" meet, "team type" and "Team-oriented", "promotion type" and
    "Promotional operations" (English makes adjectives of "-ion" nouns with "-al": regional, professional).

    Examples
    --------
    >>> [_kind_key(w) for w in ("Promotional", "team-oriented", "Regional", "basic")]
    ['promotion', 'team', 'region', 'basic']
    """
    first = word.lower().split("-")[0]
    return first[:-2] if first.endswith("ional") else first


def _may_name_kinds(text: str) -> bool:
    """Whether :func:`_kinds` may read anything in a sentence when no list of kinds was read before: each of its
    patterns needs " call", a bracket or a colon."""
    return " call" in text or "(" in text or "（" in text or ":" in text or "：" in text


def _kinds(r: _Reader, sent: _Sent, ms: list[Mention], offset: int, index: int) -> None:
    """Lists of kinds that form a progression, and the names the text gives each kind."""
    text = sent.text
    base = offset + sent.start_char
    previous = r.kind_lists[-1] if r.kind_lists else None
    if previous is not None and index - previous.sentence <= 3 and _PROGRESSION.search(text):
        previous.progressive = True
    roles = [m for m in ms if m.label is _ROLE]
    for pattern, hint in ((_CALLED, " call"), (_BEFORE_PAREN, "(")):
        if hint not in text and (hint != "(" or "（" not in text):
            continue
        named = pattern.match(text)
        if named is not None:
            after = [m for m in roles if m.start >= base + named.end()]
            if after:
                r.doc_aliases.setdefault(_kind_key(named.group(1)), after[0])
    found = _KIND_LIST.search(text) if (":" in text or "：" in text) and _may_hold(text, _KIND_NOUNS) else None
    if found is None:
        return
    items: list[tuple[str, Mention | None]] = []
    cursor = found.end()
    tail = text[cursor:]
    for piece in _ITEM_SPLIT.split(tail.rstrip(" .。")):
        where = tail.find(piece)
        if not piece.strip() or where < 0:
            continue
        start = base + cursor + where
        end = start + len(piece)
        inside = [m for m in roles if m.start >= start and m.end <= end]
        words = re.findall(r"[A-Za-z][\w-]*", piece)
        if words:
            items.append((_kind_key(words[0]), inside[-1] if inside else None))
    if len(items) >= 3:
        ev = r.sentence_evidence(sent, offset, base, base + len(text))
        r.kind_lists.append(_KindList(items, ev, bool(_PROGRESSION.search(text)), index))


def _kind_ladders(r: _Reader) -> None:
    for kinds in r.kind_lists:
        if not kinds.progressive:
            continue
        rungs = [role or r.doc_aliases.get(key) for key, role in kinds.items]
        if any(role is None for role in rungs):
            continue  # a kind the text never names: no ladder rather than a wrong one
        for a, b in itertools.pairwise(rungs):
            assert a is not None and b is not None
            r.transition(a, b, _PROMOTION, kinds.evidence)


#: a numbered rank inside a title: "Tier 2 Support Engineer", "Level 1 Analyst", "L3 Support Engineer", "Buyer II"
_NUMBERED_RANK = re.compile(
    r"^(?:(?P<pre>.*?)\b(?:tier|level|grade|band)\s+(?P<n1>\d{1,2})\b|(?P<pre2>.*?)\b(?:l|t|ic)(?P<n2>\d{1,2})\b)"
    r"(?P<post>.*)$|^(?P<base>.+?)\s+(?:(?P<roman>i|ii|iii|iv)|(?P<digit>[1-9]))$"
)
_ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4}


@functools.lru_cache(maxsize=4096)  # (asked of every role's name of every page)
def numbered_rank(name: str) -> tuple[str, int] | None:
    """A title's name without its numbered rank, and the rank: the same post at another level is another rung.

    >>> numbered_rank("Tier 2 support engineer"), numbered_rank("L3 support engineer"), numbered_rank("Buyer ii")
    (('support engineer', 2), ('support engineer', 3), ('buyer', 2))
    >>> numbered_rank("Claims adjuster 2")
    ('claims adjuster', 2)
    >>> numbered_rank("Support engineer") is None
    True
    """
    found = _NUMBERED_RANK.match(name.lower())
    if found is None:
        return None
    if found.group("base"):
        base = found.group("base")
        rank = _ROMAN[found.group("roman")] if found.group("roman") else int(found.group("digit"))
    else:
        before = found.group("pre") if found.group("n1") else found.group("pre2")
        rank = int(found.group("n1") or found.group("n2"))
        base = f"{before} {found.group('post')}"
    base = " ".join(base.split())
    return (base, rank) if base and _titled(base.split()) else None


def _numbered_ranks(r: _Reader) -> None:
    """One post at numbered ranks ("Tier 1/2/3 Support Engineer", "L1, L2 and L3 agents", "Buyer II"): each rank
    the document names is promoted to the next higher one it names."""
    ranks: dict[str, list[tuple[int, str]]] = {}
    for key, node in r.facts.nodes.items():
        if node["label"] is not _ROLE or not node["evidence"]:
            continue
        found = numbered_rank(node["name"])
        if found is not None:
            ranks.setdefault(found[0], []).append((found[1], key))
    for levels in ranks.values():
        levels.sort()
        for (low, a), (high, b) in itertools.pairwise(levels):
            if low == high:
                continue
            first_a, first_b = r.facts.nodes[a]["evidence"][0], r.facts.nodes[b]["evidence"][0]
            lo, hi = min(first_a["start"], first_b["start"]), max(first_a["end"], first_b["end"])
            ev = r.evidence(lo, hi) if hi - lo <= 3 * _MAX_QUOTE else r.evidence(first_b["start"], first_b["end"])
            r.transition(_node_mention(r, a), _node_mention(r, b), _PROMOTION, ev)


def _node_mention(r: _Reader, key: str) -> Mention:
    """A role already recorded, as a mention (for a fact read from the whole document)."""
    node = r.facts.nodes[key]
    first = node["evidence"][0]
    return Mention(_ROLE, key, node["name"], node["known"], first["start"], first["end"], 0, 0)


#: the words of a level line that frame its title: "Level 1: Cashier (0-2 years)"
_LEVEL_FRAME = frozenset({"level", "tier", "grade", "band", "step", "stage", "rung", "years", "year", "yrs", "yoe"})
#: the first word of a heading that names a post's own section: "Functions of the Store Manager"
_DUTIES_FRAME = frozenset({"functions", "duties", "responsibilities", "role", "tasks"})


def _is_heading(sent: _Sent, ms: list[Mention]) -> bool:
    if not ms or len(sent) > 24:
        return False
    w = sent.words
    words = sum(w.alpha[sent.start : sent.end])
    if words > 8 or sent.text.rstrip().endswith((".", "。", "?", "？")):
        return False
    covered = sum(m.j - m.i for m in ms)
    # (a level's and its years' words name no one: "Level 1: Cashier (0-2 years)" is the cashier's heading)
    framing = sum(1 for k in range(sent.start, sent.end) if w.lower[k] in _LEVEL_FRAME)
    return covered * 2 >= words - framing


#: a line asking one post's pay: "How much does a night auditor make?", "What is the salary of a porter?"
_PAY_QUESTION = re.compile(
    r"[\W\d]*(?:how\s+much\s+(?:does|do|can|will|should)\b.*\b(?:make|earn|get\s+paid|paid|take\s+home)"
    r"|what\s+(?:is|are|does)\b.*\b(?:salar(?:y|ies)|pay|wages?|earnings?)\b).{0,40}\?[\s*_#]*$",
    re.I,
)


def _pay_question(r: _Reader, sent: _Sent, ms: list[Mention], line: Line) -> bool:
    """Whether a line standing alone asks one post's pay ("How much does a night auditor make?"): the lines under
    it answer for that post, as under a heading naming it."""
    if line.kind not in {"heading", "text"} or sum(1 for m in ms if m.label is _ROLE) != 1:
        return False
    if line.end - line.content > 100 or r.text[line.content : line.end].count("?") != 1:
        return False
    return _PAY_QUESTION.match(r.text, line.content, line.end) is not None


def _duties_heading(sent: _Sent, ms: list[Mention]) -> bool:
    """Whether a heading names a post's own section by its work: "Functions of the Store Manager", "Duties of a
    Night Porter" (the post's words cover the rest)."""
    w = sent.words
    if not ms or len(sent) > 12 or w.lower[sent.start] not in _DUTIES_FRAME or sent.text.rstrip().endswith("."):
        return False
    lows = w.lower[sent.start : sent.end]
    if len(lows) < 3 or lows[1] not in {"of", "for"}:
        return False
    words = sum(w.alpha[sent.start : sent.end])
    covered = sum(m.j - m.i for m in ms if m.label is _ROLE)
    framing = sum(1 for x in lows[:3] if x in _DUTIES_FRAME or x in {"of", "for", "the", "a", "an"})
    return words <= 7 and covered >= 1 and covered + framing >= words


def extract_facts(
    vocab: Vocabulary, doc_name: str, text: str, plain: str | None = None, *, disabled: Iterable[str] = ()
) -> DocumentFacts:
    """Read every fact in one document.

    Parameters
    ----------
    vocab : Vocabulary
        The known roles, skills and groups (and the pipeline).
    doc_name : str
        The name recorded in evidence.
    text : str
        The document text that evidence quotes come from.
    plain : str, optional
        The same text with markup blanked out (same length); defaults to ``text``.
    disabled : iterable of str, optional
        Ids of rules to switch off (see :data:`careergraph.loaders.text_rules.RULES`).

    Returns
    -------
    DocumentFacts

    Examples
    --------
    >>> from careergraph.loaders.text import default_vocabulary
    >>> facts = extract_facts(default_vocabulary(), "a.txt", "An operations assistant grows into a store manager.")
    >>> list(facts.transitions)
    [('operations-assistant', 'store-manager')]
    """
    plain = text if plain is None else plain
    if len(plain) != len(text):
        raise ValueError("plain text must have the same length as the document text")
    off = check_rule_ids(disabled)
    with paused_gc():
        return _extract(vocab, doc_name, text, plain, off)


@contextlib.contextmanager
def paused_gc() -> Iterator[None]:
    """Pause Python's cyclic garbage collector for a block of work that makes no reference cycles.

    Reading allocates many small objects, and every so many allocations the collector walks all
    objects alive, the facts of earlier documents included: about a tenth of the time when a
    thousand documents are loaded. What is read here forms no reference cycle (a test checks),
    so the pause leaves nothing behind; the collector's state is restored on the way out (a
    pause inside a pause leaves it paused).
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


#: a line break inside a sentence: a word before it, a lower-case word after it (hard-wrapped text)
_WRAP = re.compile(r"\n(?=[ \t]*[a-z])")  # (starts with the line break: the scan looks for "\n" only)


#: "Customer Success Manager (CSM)": a title followed by its abbreviation in brackets
_ABBREVIATION = re.compile(r"\b((?:[A-Z][\w&'’-]*\s+(?:of\s+|and\s+|&\s+)?){1,5})[(（]([A-Z]{2,5})s?[)）]")


def title_acronyms(text: str, *, initials: bool = True) -> frozenset[str]:
    """Abbreviations a document defines for job titles: the capitals of a title's words, in brackets after it,
    and (``initials``) those it uses for a title written out elsewhere (:func:`_initialisms`).

    Examples
    --------
    >>> sorted(title_acronyms("A Customer Success Manager (CSM) owns renewals; Sales Development Reps (SDRs) call."))
    ['csm', 'sdr']
    >>> sorted(title_acronyms("Return on Ad Spend (ROAS) matters."))
    []
    >>> sorted(title_acronyms("Ask the DM (District Manager, who visits weekly) or the AOV (Average Order Value)."))
    ['dm']
    >>> sorted(title_acronyms("I became a PA (process assistant), and watched the ROI (return on investment)."))
    ['pa']
    """
    out = set(_initialisms(text)) if initials else set()
    if "O" in text:  # a chief officer's initials name that post on any page: "CEO", "COO", "CMO"
        out.update(found.group().lower() for found in _CHIEF_INITIALS.finditer(text))
    if "(" not in text and "（" not in text:
        return frozenset(out)  # (both patterns below need a bracket)
    # (each pattern opens with a word boundary, so a scan tries it at every character: scanned only when the text
    # holds what each match ends with, found by a pattern that opens with a bracket, or by the brackets)
    for found in _ABBREVIATION.finditer(text) if _BRACKETED_CAPITALS.search(text) is not None else ():
        words = [w for w in found.group(1).split() if w.lower() not in {"of", "and", "&"}]
        letters = found.group(2)
        capitals = "".join(w[0] for w in words[-len(letters) :])
        last = words[-1].lower().rstrip("s")
        if capitals == letters and (last in TITLE_HEADS or last in STANDALONE_TITLES or last in _EXTRA_HEADS):
            out.add(letters.lower())
    # the other way round: "the GM (General Manager, who ...)"
    for found in _EXPANSION.finditer(text) if _capitals_before_bracket(text) else ():
        letters = found.group(1)
        words = [w for w in found.group(2).split() if w.lower() not in {"of", "and", "&"}][: len(letters)]
        last = words[-1].lower().rstrip("s")
        if last in _THING_HEADS:
            continue  # "PMS (property management system)"
        if "".join(w[0] for w in words).upper() == letters and (last in TITLE_HEADS or last in _EXTRA_HEADS):
            out.add(letters.lower())
    return frozenset(out)


#: a chief officer's initials as a word: "CEO", "the COO's office" (both patterns scan a whole document: they open
#: with a letter, which the scan looks for quickly, and look behind the initials after them, here three letters back)
_CHIEF_INITIALS = re.compile(rf"(?:{_CHIEF_OFFICER.pattern})(?<![\w&/-]...)(?=s?\b|'s|’s)(?![\w&/-]{{2}})")
#: a word in capitals that may abbreviate a title: "OM", "OMs", "OM's", "TL" (behind its first capital, no word)
_CAPITALS = re.compile(r"([A-Z](?<![\w&/-].)[A-Z]{1,3})(?:s|'s|’s)?(?![\w&/-])")


def _initialisms(text: str) -> list[str]:
    """Abbreviations a document uses without defining them, for titles it writes in full elsewhere: the capitals of
    a title's words ("Operations Managers ... OMs can become Assistant GM": "om"). A word of capitals whose letters
    are no title's initials on the page ("SEO", "NPS") is none.

    >>> _initialisms("Our operations managers meet weekly. Two OMs came, and the NPS rose.")
    ['om']
    """
    found: list[str] = []
    uses: dict[str, list[int]] = {}
    for m in _CAPITALS.finditer(text):
        uses.setdefault(m.group(1), []).append(m.end())
    for tried, (letters, ends) in enumerate(uses.items()):
        if len(found) > 8 or tried >= 40:
            break
        if f"({letters})" in text:
            continue  # defined in brackets after what it stands for: a title there only if those words are one
        if all(_THING_AFTER.match(text, end) for end in ends):
            continue  # "PM skills", "a WMS system": a field or a thing wherever it is written
        # ("SAE" beside "AE" for an account executive: the senior rank of a title the page writes out)
        ranked = letters[1:] if letters[0] in _RANK_INITIALS and len(letters) >= 3 and letters[1:] in uses else letters
        for phrase in _spelled_out(ranked).finditer(text):
            written = phrase.group(0)
            last = written.split()[-1].lower()
            if written.isupper() or written.replace(" ", "").upper() == ranked:
                continue  # the capitals themselves, or a heading written in capitals
            head = last.rstrip("s")
            if head in _STANDING_WORDS or head in _GENERIC_HEADS or last in _GENERIC_HEADS:
                continue  # "management and senior professionals (MSP)": a kind of staff, no post
            if head in _THING_HEADS:
                continue  # "PMS ... property management system": the capitals of a thing
            if last in TITLE_HEADS or head in TITLE_HEADS or head in _EXTRA_HEADS:
                found.append(letters.lower())
                break
    return found


#: the letters other than its two cases that a case-blind pattern reads as a capital letter (the dotted and dotless
#: "i", the Kelvin sign, the long "s")
_CASELESS_EXTRA = {"I": "\u0130\u0131", "K": "\u212a", "S": "\u017f"}


@functools.lru_cache(maxsize=1024)
def _spelled_out(capitals: str) -> re.Pattern[str]:
    """A case-blind pattern of words whose initials are ``capitals`` ("SEO": "search engine optimisation"), as
    ``\\b`` + one word per letter, but opening with the first letter's cases as a character class, so that the
    engine skips to the places that hold one (a case-blind letter or a word boundary first is tried at every
    character): the boundary is asked after the letter, as no word character before it."""
    first, rest = capitals[0], capitals[1:]
    cases = first + first.lower() + _CASELESS_EXTRA.get(first, "")
    words = "".join(rf"\s+(?:(?:of|and|&)\s+)?{c}[\w'’-]*" for c in rest)
    return re.compile(rf"(?-i:[{cases}])(?<!\w.)[\w'’-]*{words}\b", re.IGNORECASE)


#: heads of titles in the lexicon that mostly name things: capitals spelt out by them are no post's
_THING_HEADS = frozenset({"system", "systems"})
#: the first letter of a rank before a title's initials: "SAM" is a senior account manager where "AM" is one
_RANK_INITIALS = {"S": "Senior", "J": "Junior"}


#: words after an abbreviation that make it a field or a thing, not a post: "PM skills", "CRM software"
_THING_AFTER = re.compile(
    r"(?:s|'s|’s)?[ \t]+(?:skills?|experience|knowledge|background|tools?|software|systems?|platforms?|"
    r"certifications?|courses?|training|metrics?|scores?|data)\b",
    re.IGNORECASE,
)


#: "GM (General Manager", "CSMs (Customer Success Managers)": an abbreviation, then the title it stands for
_EXPANSION = re.compile(
    r"\b([A-Z]{2,5})(?:s|'s|’s)?\s*[(（]\s*((?:[A-Za-z][\w'’-]*\s+(?:of\s+|and\s+|&\s+)?){1,4}[A-Za-z][\w'’-]*)"
)
#: what every match of _ABBREVIATION ends with: capitals in brackets
_BRACKETED_CAPITALS = re.compile(r"[(（][A-Z]{2,5}s?[)）]")


def _capitals_before_bracket(text: str) -> bool:
    """Whether a bracket in ``text`` follows two capitals, with "s", "'s" or "’s" and spaces allowed between ("GMs
    (", "AM（"): every match of _EXPANSION holds one.

    >>> _capitals_before_bracket("the GM's (General Manager)"), _capitals_before_bracket("a Manager (GM)")
    (True, False)
    """
    for bracket in "(（":
        at = text.find(bracket)
        while at >= 0:
            before = text[max(0, at - 40) : at].rstrip()  # (what str.isspace tells is what "\s" matches)
            if len(before) < 4 and at > 40:
                before = text[:at].rstrip()  # (a long run of spaces before the bracket: the whole text before it)
            for ending in ("'s", "’s", "s", ""):
                if before.endswith(ending):
                    head = before[: len(before) - len(ending)]
                    if len(head) >= 2 and "A" <= head[-1] <= "Z" and "A" <= head[-2] <= "Z":
                        return True
            at = text.find(bracket, at + 1)
    return False


#: title heads written in full before an abbreviation that the head matcher reads in other forms
_EXTRA_HEADS = frozenset({"rep", "representative", "associate", "advisor", "adviser", "partner", "owner"})


def _unwrap(plain: str) -> str:
    """Hard-wrapped lines joined (each such line break becomes a space; offsets are kept).

    A line break starts a sentence (headings, list items and translated text put one fact
    per line), but a sentence wrapped at a fixed width ("the ladder is listing\\nassistant")
    must be read whole, and a title split over two lines must still match.

    Examples
    --------
    >>> _unwrap("is listing\\nassistant. Done\\n\\nA heading\\nSkills:\\n- excel")
    'is listing assistant. Done\\n\\nA heading\\nSkills:\\n- excel'
    """
    if "\n" not in plain:
        return plain
    breaks = [m.start() for m in _WRAP.finditer(plain) if _word_before(plain, m.start())]
    breaks = sorted({*breaks, *_wrapped_capitals(plain)})
    if not breaks:
        return plain
    pieces, last = [], 0
    for k in breaks:
        pieces += [plain[last:k], " "]
        last = k + 1
    pieces.append(plain[last:])
    return "".join(pieces)


def _wrapped_capitals(plain: str) -> list[int]:
    """Line breaks inside a sentence wrapped at a fixed width before a capital: after a word that cannot end a
    sentence or a heading ("I became an / Operations Manager"), or inside a long line of prose that itself goes on
    from the line before ("... earning a promotion to Merchandising / Department Manager, later ...").

    >>> nl = chr(10)
    >>> text = "It was May." + nl + "Then I became an" + nl + "Operations Manager." + nl + nl + "Ask for" + nl + "Excel"
    >>> _wrapped_capitals(text)
    [28]
    """
    out = []
    for m in _LINE_BREAK.finditer(plain):
        k = m.start()
        if not _word_before(plain, k):
            continue
        start = plain.rfind("\n", 0, k) + 1
        line = plain[start:k]
        if start == 0 or plain[start - 2 : start] == "\n\n" or line[:1] in " \t":
            continue  # (a line that opens a block, or a heading or item whose markup is blanked: no wrapped prose)
        last = line.rsplit(None, 1)[-1].lower() if line.strip() else ""
        if last in _UNENDING:
            out.append(k)
            continue
        # a long line of prose that is itself a wrapped line's continuation (it opens in lower case)
        lead = line.lstrip(" \t")
        if len(line) >= 45 and lead[:1].islower() and " " in lead:
            out.append(k)
    return out


#: a single line break followed by a capital (a line break before lower case is _WRAP's)
_LINE_BREAK = re.compile(r"\n(?=[A-Z])")
#: words that end no sentence or heading: a line ending in one goes on on the next line
_UNENDING = frozenset(
    {"a", "an", "the", "to", "of", "as", "and", "or", "for", "with", "from", "into", "my", "our", "your", "their",
     "his", "her", "its", "became", "become", "becoming", "was", "were", "is", "are", "be", "been", "at", "in", "on"}
)


def _word_before(plain: str, k: int) -> bool:
    """Whether the last character before position ``k``, spaces and tabs aside, is a letter or digit."""
    j = k - 1
    while j >= 0 and plain[j] in " \t":
        j -= 1
    return j >= 0 and plain[j].isascii() and plain[j].isalnum()


#: characters some pages type for a hyphen inside a word (hyphen, non-breaking hyphen): the rules read "-"
_HYPHENS = str.maketrans({"\u2010": "-", "\u2011": "-"})


def _plain_hyphens(text: str) -> str:
    """``text`` with its U+2010 and U+2011 hyphens written "-" (looked for first: translating a page that has none
    took 2% of extraction).

    >>> _plain_hyphens("E\u2011commerce"), _plain_hyphens("E-commerce")
    ('E-commerce', 'E-commerce')
    """
    return text.translate(_HYPHENS) if "\u2010" in text or "\u2011" in text else text


def _extract(vocab: Vocabulary, doc_name: str, text: str, plain: str, disabled: frozenset[str]) -> DocumentFacts:
    facts = _extract_facts(vocab, doc_name, text, plain, disabled)
    if "transitions.headline" not in disabled:
        _drop_spanned_headlines(facts, _first_line(plain))
    return facts


def _drop_spanned_headlines(facts: DocumentFacts, top: tuple[int, int]) -> None:
    """A page's headline move, "From A to B" on a heading or its title line, whose two posts the page's own rungs
    join through others (A -> C -> B read in its body) is the route summed up, no move of its own: it is dropped.

    >>> facts = DocumentFacts("d")
    >>> ev = lambda at, rule: {"start": at, "end": at + 5, "rule": rule}
    >>> facts.transitions = {("a", "b"): {"evidence": [ev(0, "transitions.headline")]},
    ...                      ("a", "c"): {"evidence": [ev(40, "transitions.clause")]},
    ...                      ("c", "b"): {"evidence": [ev(90, "transitions.clause")]}}
    >>> _drop_spanned_headlines(facts, (0, 20))
    >>> sorted(facts.transitions)
    [('a', 'c'), ('c', 'b')]
    """
    heads = [
        pair for pair, record in facts.transitions.items()
        if record["evidence"] and all(
            e.get("rule") == "transitions.headline" or (top[0] <= e["start"] and e["end"] <= top[1])
            for e in record["evidence"]
        )
    ]
    if not heads:
        return
    after: dict[str, set[str]] = {}
    for a, b in facts.transitions:
        after.setdefault(a, set()).add(b)
    for a, b in heads:
        # (another path from A to B of two moves or more, not through the headline's own move)
        seen, todo = {a}, [x for x in after.get(a, ()) if x != b]
        while todo:
            x = todo.pop()
            if x == b:
                del facts.transitions[a, b]
                break
            if x not in seen:
                seen.add(x)
                todo += [y for y in after.get(x, ()) if (x, y) not in heads]


def _extract_facts(
    vocab: Vocabulary, doc_name: str, text: str, plain: str, disabled: frozenset[str]
) -> DocumentFacts:
    reader = _read_document(vocab, doc_name, text, plain, disabled)
    if reader.subject is None and "structure.salient-subject" not in disabled:
        seed = _salient_role(reader)
        if seed is not None:
            # read again with the page's role known from the start (only pages whose own lines named none)
            again = _read_document(vocab, doc_name, text, plain, disabled, seed)
            _name_seeded(again.facts, reader.facts)
            # (pay stays as the first reading gave it: figures naming no role are the page's role's by
            # salaries.page-topic, whose own measure decides)
            again.facts.salaries = reader.facts.salaries
            for figure in reader.facts.salaries:
                if figure["role"] not in again.facts.nodes:
                    again.facts.nodes[figure["role"]] = reader.facts.nodes[figure["role"]]
            return again.facts
    if reader.spent and reader.subject is None:
        _spent_onto_salient(reader)
    return reader.facts


def _spent_onto_salient(r: _Reader) -> None:
    """The posts a page's reader is told to spend a time in (transitions.spent-years) on a page whose role no line
    named: they move to the role the page names far more than any other but those posts (structure.salient-subject
    leaving them out: "Marketing managers ... Spend 3 years as a marketing assistant ...")."""
    held = frozenset(m.key for sources, _, _ in r.spent for m in sources)
    page = _salient_role(r, held)
    if page is None:
        return
    r.rule = "transitions.spent-years"
    for sources, years, ev in r.spent:
        for source in sources:
            if source.key != page.key:
                r.transition(source, page, _PROMOTION, {**ev, "rule": r.rule}, years)


def _salient_role(r: _Reader, without: frozenset[str] = frozenset()) -> Mention | None:
    """The role a page names far more than any other, for a page whose own lines named none it is about
    (structure.salient-subject): named at least three times (once is enough when the page's first line names it
    and no other role), twice as often as the next role and more often than all the others together; keys that
    differ only by hyphens ("ecommerce-manager", "e-commerce-manager") count as one, and so do the titles of a
    line of other names for the post near the top ("Also known as: A, B, C"). A page whose first line asks how to
    reach a post ("How to become a B?", "How to move from A to B") is about the last post that line names. A page
    telling a person's career (transitions.told: "I", "she", a named person) is a story: none. Roles whose keys are
    in ``without`` are not counted. Returns the role's first mention, or None."""
    lo, hi = r.top
    how_to = r.plain[lo : lo + 7].lower() in {"how to ", "how do "}
    if r.told_person is not None and not (how_to and r.told_person == ""):
        return None
    counts: dict[str, int] = {}
    by_key: dict[str, int] = {}
    first: set[str] = set()
    named: dict[str, int] = {}
    group_of: dict[str, str] = {}
    also = _other_names_span(r.plain)
    for key, data in r.facts.nodes.items():
        if data["label"] is not _ROLE or key not in r.first_named or key in without:
            continue
        starts = [
            e["start"]
            for e in data["evidence"]
            if e["rule"].startswith("mentions.") and e["rule"] != "mentions.people-heads"  # (not the page's subject)
        ]
        same = key.replace("-", "")
        if also is not None and any(also[0] <= at < also[1] for at in starts):
            same = " also"  # another name of the page's post (no key has a space)
        by_key[key] = len(starts)
        group_of[key] = same
        counts[same] = counts.get(same, 0) + len(starts)
        on_top = [at for at in starts if lo <= at < hi]
        if on_top:
            first.add(same)
            named[key] = max(on_top)
    if how_to and named:
        key = max(named, key=named.__getitem__)
        return r.first_named[key]._replace(rule="structure.salient-subject")
    if not counts or r.told_person is not None:
        return None
    ranked = sorted(counts.values(), reverse=True)
    top, others = ranked[0], ranked[1:]
    same = max(counts, key=counts.__getitem__)
    least = 1 if first == {same} else _SALIENT_MENTIONS
    if top < least or (others and (top < 2 * others[0] or top <= sum(others))):
        return None
    group = [k for k in by_key if group_of[k] == same]
    if same == " also":  # the first of the other names stands for them all
        key = min(group, key=lambda k: r.first_named[k].start)
    else:
        key = max(group, key=by_key.__getitem__)
    return r.first_named[key]._replace(rule="structure.salient-subject")


#: how far into a page a line of other names for its post is looked for (see _other_names_span)
_OTHER_NAMES_REACH = 400


def _other_names_span(plain: str) -> tuple[int, int] | None:
    """The span of the titles a page lists near its top as other names for its post ("Also known as: A, B";
    "Other job titles" with the names on the next line), or None.

    >>> nl = chr(10)
    >>> text = "Tree surgeon" + nl + "Also known as" + nl + "- arborist, tree climber" + nl + "Tree surgeons prune."
    >>> start, end = _other_names_span(text)
    >>> text[start:end]
    '- arborist, tree climber'
    """
    head = plain[:_OTHER_NAMES_REACH].lower()
    at = -1
    for cue in ("also known as", "other job titles", "other titles", "alternative titles", "alternative job titles"):
        at = head.find(cue)
        if at >= 0:
            at += len(cue)
            break
    if at < 0:
        return None
    end = plain.find("\n", at)
    end = len(plain) if end < 0 else end
    if not plain[at:end].strip(" :\t-–—"):  # the names are on the next line
        at = end + 1
        end = plain.find("\n", at)
        end = len(plain) if end < 0 else end
    return at, end


#: how often a page must name a role for it to be the page's subject by that alone (see _salient_role)
_SALIENT_MENTIONS = 3


def _first_line(text: str) -> tuple[int, int]:
    """The span of a page's first line that has words (the one after it when it gives the page's address).

    >>> nl = chr(10)
    >>> text = "  " + nl + "source: https://a.b/c" + nl + "Night porter wanted" + nl + "We ..."
    >>> start, end = _first_line(text)
    >>> text[start:end]
    'Night porter wanted'
    """
    at = 0
    for _ in range(2):
        while at < len(text) and text[at].isspace():
            at += 1
        end = text.find("\n", at)
        end = len(text) if end < 0 else end
        if not text.startswith(("source:", "Source:", "http"), at):
            return at, end
        at = end
    return at, at


def _name_seeded(facts: DocumentFacts, before: DocumentFacts) -> None:
    """Name structure.salient-subject in the evidence of the moves and requirements that the reading with the page's
    role known from the start found and the reading without it did not (the role was what decided them)."""
    for records, old in ((facts.requires, before.requires), (facts.transitions, before.transitions)):
        for pair, record in records.items():
            if pair not in old:
                record["evidence"] = [{**e, "rule": "structure.salient-subject"} for e in record["evidence"]]


def _read_document(
    vocab: Vocabulary, doc_name: str, text: str, plain: str, disabled: frozenset[str], seed: Mention | None = None
) -> _Reader:
    """Read one document from start to end; ``seed``: the role the page is about, known before its first line."""
    reader = _Reader(vocab, doc_name, text, disabled)
    if seed is not None:
        reader.subject = reader.section_role = seed
    if "structure.hyphens" not in disabled:
        plain = _plain_hyphens(plain)
    chinese = chinese_lines(plain)
    if chinese:  # lines written in Chinese are read by text_zh; the English rules see blanks there
        _read_chinese(reader, plain, chinese)
        plain = _blanked(plain, chinese)
    # (the pattern opens by looking behind, so a scan tries it at every character: the page is scanned only when it
    # holds one of the words a header's first cell ends with)
    if (
        "structure.glued-table" not in disabled
        and any(map(plain.__contains__, _GLUED_HEAD_WORDS))
        and _GLUED_HEAD.search(plain) is not None
    ):
        glued = reader.run("structure.glued-table", _glued_tables, reader, plain)
        if glued:  # (the tables' lines are read; the other rules see blanks there)
            plain = _blanked(plain, glued)
    reader.top = _first_line(plain)
    reader.plain = plain
    reader.acronyms = title_acronyms(plain, initials="mentions.initials" not in reader.disabled)
    reader.bylines = _bylines(plain)
    for offset, chunk, paragraphs in _chunks(_unwrap(plain)):
        doc = vocab.make_doc(chunk)
        doc.user_data["careergraph_text"] = chunk
        _read_chunk(reader, vocab, doc, offset, paragraphs)
    _unprepare()
    reader.run("transitions.kinds", _kind_ladders, reader)
    reader.run("transitions.told", _told_pending, reader)
    if reader.post_years:
        reader.run("transitions.dated-story", _dated_moves, reader)
    reader.run("structure.numbered-ranks", _numbered_ranks, reader)
    if reader.dated:
        reader.run("structure.dated-lines", _dated_ladder, reader)
    if reader.heading_rungs:
        reader.run("structure.heading-ladder", _heading_ladder, reader)
    if len(reader.title_headings) >= 2:
        reader.run("structure.rank-words", _rank_word_ladder, reader)
    if reader.unowned:
        counts = _named_counts(reader)  # (as the page names its roles, not counting the narrator's pay)
        reader.run("salaries.narrator", _narrator_pay, reader)  # (the figures it gives are no longer unowned)
        reader.run("salaries.page-topic", _topic_pay, reader, counts)
    _close_level(reader)
    reader.rule = "requirements.cue"
    for group, sent, offset, skills, importance in reader.group_duties:
        _link(reader, sent, offset, _group_roles(reader, group), skills, importance)
    if "mentions.short-heads" not in disabled:
        _merge_short_heads(reader.facts, initials="mentions.initials" not in reader.disabled, text=reader.text)
    return reader


def _read_chinese(r: _Reader, plain: str, lines: list[tuple[int, int]]) -> None:
    """Record what the Chinese lines of a document state (:mod:`careergraph.loaders.text_zh`), each under its rule."""
    facts = read_chinese(plain, lines, r.disabled)
    for m in facts.roles:
        r.rule = m.rule
        r.node(_new_role(m.name), r.evidence(m.start, m.end), known=False)
    for move in facts.moves:
        r.rule = move.rule
        kind = _LATERAL if move.lateral else _PROMOTION
        r.transition(_new_role(move.source), _new_role(move.target), kind, r.evidence(move.start, move.end), move.years)
    for need in facts.needs:
        r.rule = need.rule
        skill = Entry(_SKILL, _slug(need.skill), need.skill)
        r.requires(_new_role(need.role), skill, need.importance, r.evidence(need.start, need.end))
    for pay in facts.pay:
        r.rule = pay.rule
        ev = r.evidence(pay.start, pay.end)
        role = r.node(_new_role(pay.role), ev, known=False)
        figure = {"role": role, "min": pay.low, "max": pay.high, "currency": "CNY", "period": pay.period}
        figure["evidence"] = ev
        if figure not in r.facts.salaries:
            r.facts.salaries.append(figure)
    r.rule = "mentions.vocabulary"


def _blanked(plain: str, spans: list[tuple[int, int]]) -> str:
    """``plain`` with the characters of ``spans`` turned into spaces (offsets kept).

    Examples
    --------
    >>> _blanked("ab\\n店长\\ncd", [(3, 5)])
    'ab\\n  \\ncd'
    """
    pieces, last = [], 0
    for lo, hi in spans:
        pieces += [plain[last:lo], " " * (hi - lo)]
        last = hi
    pieces.append(plain[last:])
    return "".join(pieces)


#: title heads written short, and in full ("Customer Service Rep" is the page's "customer service representative")
_SHORT_HEADS = {
    "rep": "representative",
    "reps": "representative",
    "exec": "executive",
    "execs": "executive",
    "mgr": "manager",
    "asst": "assistant",
    "coord": "coordinator",
    "admin": "administrator",
    "supv": "supervisor",
    "tech": "technician",
}


#: field words written short before a head, and in full
_SHORT_FIELDS = {"ops": "operations", "mktg": "marketing", "mgmt": "management"}


#: heads that lead a field after "of": "director of ecommerce" is the "ecommerce director"
_LEAD_HEADS = frozenset({"director", "manager", "head", "vp", "officer", "supervisor", "lead"})


def _merge_short_heads(facts: DocumentFacts, *, initials: bool = True, text: str = "") -> None:
    """One role for a title a document writes both with a short head and in full ("Customer Service Rep" in its
    heading, "a customer service representative" in its text), or both as "X director" and "director of X": the
    full (or "of") title keeps the facts of both, the other becomes its alias. A short title the document never
    writes in full stays as it is.

    Examples
    --------
    >>> facts = DocumentFacts("ad.txt")
    >>> facts.nodes = {k: {"label": Label.ROLE, "name": n, "evidence": []} for k, n in
    ...     [("sales-rep", "Sales rep"), ("sales-representative", "Sales representative")]}
    >>> facts.requires = {("sales-rep", "cold-calling"): {"importance": 3, "evidence": []}}
    >>> _merge_short_heads(facts)
    >>> list(facts.nodes), list(facts.requires), facts.nodes["sales-representative"]["aliases"]
    (['sales-representative'], [('sales-representative', 'cold-calling')], ['Sales rep'])
    """
    into: dict[str, str] = {}
    for key, node in facts.nodes.items():
        if node["label"] is not _ROLE:
            continue
        # an abbreviation the document defines for the title ("PA (process assistant)", "Team Lead (TL)") is a name
        # of it wherever it stands alone
        for evidence in node["evidence"]:
            quote = evidence.get("quote") or ""
            if "(" not in quote and "（" not in quote:
                continue  # (the abbreviation is in brackets, or the title is)
            defined = _DEFINED_ABBREVIATION.search(quote)
            short = slugify(defined.group(1) or defined.group(2)) if defined is not None else None
            if short is not None and short != key and short in facts.nodes and facts.nodes[short]["label"] is _ROLE:
                into[short] = key
        stem, _, head = key.rpartition("-")
        full = f"{stem}-{_SHORT_HEADS[head]}" if stem and head in _SHORT_HEADS else None
        if full is not None and full in facts.nodes and facts.nodes[full]["label"] is _ROLE:
            into[key] = full
            continue
        # "ecommerce director" is the page's "director of ecommerce" (one post written both ways)
        lead_of = f"{head}-of-{stem}" if stem and head in _LEAD_HEADS else None
        if lead_of is not None and lead_of in facts.nodes and facts.nodes[lead_of]["label"] is _ROLE:
            into[key] = lead_of
            continue
        # a field word written short: "ops manager" is the page's "operations manager"
        parts = key.split("-")
        full = "-".join(_SHORT_FIELDS.get(w, w) for w in parts)
        if full != key and full in facts.nodes and facts.nodes[full]["label"] is _ROLE:
            into[key] = full
    split = _initials_written_out(facts, into, text) if initials else {}
    if not into and not split:
        return
    for short, full in [*into.items(), *((k, f) for k, fulls in split.items() for f in fulls)]:
        node = facts.nodes[short]
        held = facts.nodes[full]
        held["evidence"].extend(e for e in node["evidence"] if e not in held["evidence"])
        if short in split:
            continue  # ("Care and Welcome PM" names neither alone)
        aliases = held.setdefault("aliases", [])
        for name in (node["name"], *(node.get("aliases") or ())):
            if name not in aliases:
                aliases.append(name)
    for short in [*into, *split]:
        facts.nodes.pop(short)
    split |= {k: [v] for k, v in into.items()}

    def to_all(key: str) -> list[str]:
        return split.get(key, [key])

    requires: dict[tuple[str, str], dict[str, Any]] = {}
    for (role, skill), record in facts.requires.items():
        for into_role in to_all(role):
            held = requires.setdefault((into_role, skill), {"importance": record["importance"], "evidence": []})
            held["importance"] = max(held["importance"], record["importance"])
            held["evidence"].extend(e for e in record["evidence"] if e not in held["evidence"])
    facts.requires = requires
    transitions: dict[tuple[str, str], dict[str, Any]] = {}
    for (a0, b0), record0 in facts.transitions.items():
        pairs = [(a, b) for a in to_all(a0) for b in to_all(b0) if a != b]
        for a, b in pairs:
            record = record0 if len(pairs) == 1 else {**record0, "evidence": list(record0["evidence"])}
            was = transitions.get((a, b))
            if was is None:
                transitions[a, b] = record
                continue
            was["evidence"].extend(e for e in record["evidence"] if e not in was["evidence"])
            for bound, pick in (("years_min", min), ("years_max", max)):
                if record.get(bound) is not None:
                    was[bound] = record[bound] if was.get(bound) is None else pick(was[bound], record[bound])
    facts.transitions = transitions
    for name in ("in_group", "handoffs"):
        merged: dict[tuple[str, str], list[dict[str, Any]]] = {}
        for (a, b), evidence in getattr(facts, name).items():
            for x in to_all(a):
                for y in to_all(b):
                    if x != y:
                        merged.setdefault((x, y), []).extend(evidence)
        setattr(facts, name, merged)
    for salary in list(facts.salaries):
        roles = to_all(salary["role"])
        salary["role"] = roles[0]
        facts.salaries.extend({**salary, "role": other} for other in roles[1:])


def _initials_written_out(facts: DocumentFacts, into: dict[str, str], text: str = "") -> dict[str, list[str]]:
    """Roles named by an abbreviation the document writes out as another role's title: "PMs" is the page's "Product
    Manager", "Welcome PM" its "Welcome Project Manager" (added to ``into``); "Care and Welcome PM" names both its
    "Care Project Manager" and "Welcome Project Manager" (returned: the roles each such role stands for).
    """
    if not any(node["label"] is _ROLE and key not in into and _has_capitals(str(node["name"]))
               for key, node in facts.nodes.items()):
        return {}  # no title written with capitals (the words written out are looked up for those only)
    written: dict[tuple[str, ...], list[str]] = {}  # the words before a title's last words, and their initials
    for key, node in facts.nodes.items():
        if node["label"] is not _ROLE or key in into:
            continue
        words = [w for w in str(node["name"]).lower().split() if w not in {"of", "and", "&"}]
        for cut in range(len(words) - 1):
            written.setdefault((*words[:cut], "".join(w[0] for w in words[cut:])), []).append(key)
            # ("HR manager" is the page's "Human resources manager": capitals for the words before the head)
            for end in range(cut + 2, len(words)):
                written.setdefault(
                    (*words[:cut], "".join(w[0] for w in words[cut:end]), *words[end:]), []
                ).append(key)
    split: dict[str, list[str]] = {}
    for key, node in list(facts.nodes.items()):
        name = str(node["name"]).split()
        if node["label"] is not _ROLE or key in into or not name:
            continue
        last = name[-1][:-1] if name[-1].endswith("s") and name[-1][:-1].isupper() else name[-1]
        if not (2 <= len(last) <= 4 and last.isupper() and last.isalpha()):
            inner = [w for w in name[:-1] if 2 <= len(w) <= 4 and w.isupper() and w.isalpha()]
            if len(inner) == 1 and all(w.islower() for w in name[1:] if w != inner[0]):
                keys = written.get(tuple(w.lower() for w in name), [])
                if len(keys) == 1 and keys[0] != key and _called(text, node, str(facts.nodes[keys[0]]["name"])):
                    into[key] = keys[0]  # "human resources managers, sometimes called HR managers"
            continue
        before = [w.lower() for w in name[:-1]]
        joined = next((k for k, w in enumerate(before) if w in {"and", "&", "/"}), None)
        groups = [before] if joined is None else [before[:joined], before[joined + 1 :]]
        found = [written.get((*group, last.lower()), []) for group in groups]
        rank = _RANK_INITIALS.get(last[0]) if joined is None and len(last) >= 3 else None
        if rank is not None and not found[0] and len(keys := written.get((*before, last[1:].lower()), [])) == 1:
            # "AE > SAE > AM > SAM": the senior rank of the title whose initials follow the rank's letter
            title = facts.nodes[keys[0]]
            ranked = f"{rank.lower()}-{keys[0]}"
            if ranked not in facts.nodes:
                facts.nodes[ranked] = {**node, "name": f"{rank} {str(title['name']).lower()}", "evidence": [],
                                       "aliases": []}
            into[key] = ranked
            continue
        if all(len(keys) == 1 and keys[0] != key for keys in found):
            if joined is None:
                into[key] = found[0][0]
            else:
                split[key] = [keys[0] for keys in found]
    return split


def _has_capitals(name: str) -> bool:
    """Whether a title has a word of two to four capitals (an "s" after them aside): "Welcome PM", "OMs"."""
    words = name.split()
    last = words[-1][:-1] if words and words[-1].endswith("s") and words[-1][:-1].isupper() else None
    return (last is not None and 2 <= len(last) <= 4 and last.isalpha()) or any(
        2 <= len(w) <= 4 and w.isupper() and w.isalpha() for w in words
    )


def _called(text: str, node: dict[str, Any], full: str) -> bool:
    """Whether ``text`` right before a place that names a role with capitals says it is another name of the title
    ``full`` written just before: "human resources managers, sometimes called HR managers", "..., also known as HR
    managers"."""
    first = full.split()[0].lower()
    for evidence in node["evidence"]:
        at = evidence.get("start")
        if not isinstance(at, int):
            continue
        before = text[max(0, at - _CALLED_REACH) : at]
        said = _ANOTHER_NAME.search(before)
        if said is not None and first in before[: said.start()].lower():
            return True
    return False


#: how far before a title written with capitals the title it stands for may be written out
_CALLED_REACH = 80


#: words that give another name of a title: "(sometimes) called", "also known as", "aka"
_ANOTHER_NAME = re.compile(
    r"\b(?:called|known\s+as|referred\s+to\s+as|aka|a\.k\.a\.|or)\s+(?:an?\s+|the\s+)?$", re.I
)
#: a title's quote holding its abbreviation: "PA (process assistant)", "Customer Success Manager (CSM)"
_DEFINED_ABBREVIATION = re.compile(r"^([A-Z]{2,5})s?\s*[(（]|[(（]([A-Z]{2,5})s?[)）]$")
_BLOCK_SPLIT = re.compile(r"\n[ \t\r\f\v\u3000]*\n")


#: A paragraph longer than this is read in pieces cut at a line or sentence end (spaCy's own
#: limit is a million characters, and one huge doc costs memory for nothing).
MAX_BLOCK = 100_000
_PIECE_END = re.compile(r"\n|[.!?。！？](?=\s)|[。！？]")


def _chunks(plain: str) -> Iterator[tuple[int, str, list[tuple[int, int]]]]:
    """Runs of paragraphs read as one spaCy doc: ``(offset, text, paragraph spans in text)``.

    Paragraphs split at blank lines (whitespace-only ones dropped) and are grouped up to
    ``MAX_BLOCK`` characters, so that a document costs a few docs rather than one per paragraph;
    the rules still read paragraph by paragraph. A paragraph longer than that is read in pieces,
    each its own doc.
    """
    run: list[tuple[int, int]] = []
    for start, end in _paragraphs(plain):
        if end - start > MAX_BLOCK:
            if run:
                yield _chunk(plain, run)
                run = []
            for piece in _pieces(plain, start, end):
                yield _chunk(plain, [piece])
            continue
        if run and end - run[0][0] > MAX_BLOCK:
            yield _chunk(plain, run)
            run = []
        run.append((start, end))
    if run:
        yield _chunk(plain, run)


def _chunk(plain: str, run: list[tuple[int, int]]) -> tuple[int, str, list[tuple[int, int]]]:
    base = run[0][0]
    return base, plain[base : run[-1][1]], [(start - base, end - base) for start, end in run]


def _paragraphs(plain: str) -> Iterator[tuple[int, int]]:
    start = 0
    for match in _BLOCK_SPLIT.finditer(plain):
        if plain[start : match.start()].strip():
            yield start, match.start()
        start = match.end()
    if plain[start:].strip():
        yield start, len(plain)


def _pieces(plain: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    while end - start > MAX_BLOCK:
        cut = start + MAX_BLOCK
        ends = list(_PIECE_END.finditer(plain, start + MAX_BLOCK // 2, cut))
        last = ends[-1] if ends else None
        if last is not None:
            cut = last.end()
        else:  # no sentence end: cut at a space, or anywhere
            space = plain.rfind(" ", start + MAX_BLOCK // 2, cut)
            cut = space + 1 if space > 0 else cut
        if plain[start:cut].strip():
            yield start, cut
        start = cut
    if plain[start:end].strip():
        yield start, end


def _prepare(vocab: Vocabulary, doc: Doc) -> None:
    """Read every per-token attribute the rules use, and the sentence starts, before the rules run.

    Word-type attributes come from one table per word type (:class:`WordTypes`); only the word
    ids, norms (a tokenizer exception may set a token's own), offsets and spacing are read per token.
    """
    types: WordTypes | None = vocab.derived.get("word_types")
    if types is None:
        types = vocab.derived["word_types"] = WordTypes(vocab.nlp.vocab)
    table = doc.to_array([ORTH, NORM, SPACY, IDX])
    orths = table[:, 0].tolist()
    rows = types.rows(orths)
    norms = doc.user_data["careergraph_norms"] = _strings(doc, table[:, 1].tolist())
    words = doc.user_data["careergraph_words"] = _Words(rows, table[:, 2].astype(bool).tolist(), table[:, 3].tolist())
    global _PREPARED
    _PREPARED = (doc, words, norms)
    doc.user_data["careergraph_starts"] = sentence_starts(word_kinds(doc, orths, rows))


#: string of every id read so far (the store's look-up decodes a new ``str`` each time); ids are
#: hashes of the strings, the same in every vocabulary
_STRINGS: dict[int, str] = {}


def _strings(doc: Doc, ids: list[int]) -> list[str]:
    try:
        return list(map(_STRINGS.__getitem__, ids))
    except KeyError:
        if len(_STRINGS) > 1_000_000:
            _STRINGS.clear()
        store = doc.vocab.strings
        for key in ids:
            if key not in _STRINGS:
                _STRINGS[key] = store[key]
        return list(map(_STRINGS.__getitem__, ids))


def _read_chunk(r: _Reader, vocab: Vocabulary, doc: Doc, offset: int, paragraphs: list[tuple[int, int]]) -> None:
    """Read the paragraphs of one doc (``paragraphs``: their char spans in it) in order."""
    _prepare(vocab, doc)
    words = _words(doc)
    idx = words.idx
    firsts = [bisect.bisect_left(idx, start) for start, _ in paragraphs]
    doc.user_data["careergraph_blocks"] = firsts
    mention_of: dict[int, list[Mention]] = {}
    for m in _mentions(vocab, doc, offset, r.heads, r.learned, r.disabled, r.acronyms):
        if m.rule == "mentions.people-heads":
            r.mentioned(m)  # people the text speaks of ("my manager"): a post, though no fact of the sentence's
            continue
        mention_of.setdefault(_sent_start_of(doc, m.i), []).append(m)
    starts = _sent_starts(doc)
    for first, (_, end) in zip(firsts, paragraphs, strict=True):
        last = bisect.bisect_left(idx, end)
        # a paragraph's first token follows a line break, so it starts a sentence
        bounds = starts[bisect.bisect_left(starts, first) : bisect.bisect_left(starts, last)]
        if bounds[:1] != [first]:
            bounds.insert(0, first)
        r.block += 1
        sents = [_Sent(doc, a, b, words) for a, b in itertools.pairwise([*bounds, last])]
        _read_block(r, vocab, doc, offset, sents, mention_of)


def _block_start_of(doc: Doc, i: int) -> int:
    """The first token of the paragraph that token ``i`` is in."""
    firsts: list[int] = doc.user_data["careergraph_blocks"]
    return firsts[bisect.bisect_right(firsts, i) - 1]


#: a line that lists credentials: the titles it names are certificates, not posts
_CREDENTIALS = re.compile(
    r"[ \t*•-]*(?:certifications?|certificates?|licen[cs]es?|credentials?|accreditations?|courses?)\b[^:\n]{0,30}[:：]",
    re.I,
)


#: an author line: "Writer: Ann Smith", "By Ann Smith", "Posted by Ann Smith" (a name of two or three words)
_BYLINE = re.compile(
    r"^[ \t•*·-]*(?P<label>(?:[Ww]ritten|[Pp]osted|[Rr]eviewed|[Ee]dited) [Bb]y|[Bb]y|BY|[Aa]uthor|[Ww]riter|[Ee]ditor)"
    r"[ \t]*[:|]?[ \t]*(?P<name>[A-Z][a-z'’-]+(?:[ \t]+[A-Z][a-z'’-]+){1,2})[ \t]*(?=$|[,|•·])",
    re.M,
)


#: what every label of _BYLINE holds (a gate in front of its scan)
_BYLINE_LETTERS = ("by", "By", "BY", "uthor", "riter", "ditor")
#: an author line naming the author by post alone: "By our business reporter", "By a staff writer"
_BYLINE_POST = re.compile(
    r"^[ \t•*·-]*(?:[Bb]y|BY)[ \t]+(?:our|a|an|the)[ \t]+(?P<post>[a-z][a-z' -]{2,40}?)[ \t]*$", re.M
)


def _bylines(plain: str) -> tuple[frozenset[int], frozenset[str]] | None:
    """Where a document's author lines put their label or the author's post, and the author names they give (see
    structure.bylines)."""
    labels, names = set(), set()
    # (the pattern opens with a line start, tried at every character: scanned only when a label's letters are there)
    for found in _BYLINE.finditer(plain) if any(map(plain.__contains__, _BYLINE_LETTERS)) else ():
        labels.add(found.start("label"))
        names.add(" ".join(found.group("name").split()))
    if "by " in plain or "By " in plain or "BY " in plain:
        labels.update(found.start("post") for found in _BYLINE_POST.finditer(plain))
    return (frozenset(labels), frozenset(names)) if labels else None


def _in_byline(r: _Reader, m: Mention) -> bool:
    """Whether a role mention is an author line's label ("Writer:") or an author's name ("Claire Roper")."""
    if m.label is not _ROLE or r.bylines is None:
        return False
    labels, names = r.bylines
    return m.start in labels or " ".join(r.text[m.start : m.end].split()) in names


#: the mark of a firm's name right after a title's words (and up to two more capitalised words): "Acme Delivery
#: Partner LLC", "Harbour Cleaners Ltd", "Northern Groundworker Services Ltd"
_FIRM_AFTER = re.compile(
    r"[ \t]+(?:[A-Z][A-Za-z&]*[ \t]+){0,2}"
    r"(?:LLC|L\.L\.C\.|Ltd\.?|Limited|Inc\.?|Incorporated|PLC|plc|GmbH|Pty|Pvt\.?|Corp\.?|Co\.(?=\s)"
    r"|Group\s+(?:Ltd|Inc|PLC|LLC)|S\.A\.|B\.V\.|AG)(?![A-Za-z])"
)
#: "you" as the subject of a verb of pay before a figure in its clause: "you will earn", "you'll be paid", "you can
#: make up to", "you get"
_YOU_PAID = re.compile(
    r"\byou(?:'ll|’ll|\s+will|\s+can|\s+could|\s+would|'d|’d|\s+should|\s+may|\s+might)?"
    r"(?:\s+(?:also|typically|usually|initially|then|now))?"
    r"\s+(?:earn|make|receive|get|take\s+home|be\s+paid|be\s+earning|be\s+on|start\s+on|start\s+at)\b[^.;:]*$",
    re.I,
)
#: "As a team leader, you will earn ...": the reader is that post
_AS_ROLE_BEFORE_YOU = re.compile(r"\b(?:as|becoming|become)\s+(?:an?|the|our)\s+[^,;]*,?\s*$", re.I)


#: the reader named before a post in its sentence, as one who works with it ("You will support the head chef",
#: "you'll report to our store manager"), not as one who becomes it ("you could become a supervisor")
_READER_BESIDE = re.compile(
    r"\byou(?:r)?\b(?![^.!?\n]*\b(?:become|becoming|promoted|progress|step\s+up|move\s+up|train\s+as|work\s+as"
    r"|as\s+an?)\b)[^.!?\n]*$",
    re.I,
)


def _reader_beside(text: str, at: int) -> bool:
    """Whether the sentence holding char ``at`` names the reader ("you") before it as one working with that post."""
    start = max(text.rfind(mark, 0, at) for mark in ".!?\n") + 1
    return _READER_BESIDE.search(text, start, at) is not None


def _you_paid(text: str, at: int) -> int | None:
    """Where "you" stands as the subject of a verb of pay before char ``at`` in its clause, else None."""
    clause = max(text.rfind(mark, 0, at) for mark in ";:")
    found = _YOU_PAID.search(text, max(clause, 0), at)
    return found.start() if found is not None else None


#: a line of a list of pay: a short capitalised label, a colon or a spaced dash, then a figure ("Route Lead: £27,000",
#: "Associate — £70,000–£90,000", "Team Member - $17.25 an hour")
_PAY_ROW = re.compile(
    r"[ \t]*(?P<label>[A-Z][A-Za-z'’]*(?:[ \t]+(?:[A-Za-z][A-Za-z'’]*|&)){0,3})"
    r"[ \t]*(?::|[ \t][-–—][ \t])[ \t]*(?:(?:from|up\s+to|around|about|circa|c\.)\s*)?"
    rf"(?:{_SYMBOL}|(?:{_CODES})\s?\d|\d)"
)
#: a list marker opening a neighbouring line
_ROW_MARKER = re.compile(r"[ \t]*(?:[-•*·▪]|\d{1,2}[.)])?[ \t]*")


def _pay_row_neighbour(text: str, start: int, end: int) -> bool:
    """Whether the line before ``start`` or the one after ``end`` (one blank line between allowed) is a line of a
    list of pay too."""
    before = text[max(0, start - 400) : start].split("\n")[:-1][::-1]  # (``start`` opens a line)
    after = text[end : end + 400]
    after_lines = (after[1:] if after.startswith("\n") else after).split("\n")
    for lines in (before, after_lines):
        near = lines[:1] if lines[:1] != [""] else lines[1:2]
        for line in near:
            rest = line[_ROW_MARKER.match(line).end() :]  # type: ignore[union-attr]
            if _PAY_ROW.match(rest):
                return True
    return False


def _pay_row_title(r: _Reader, sent: _Sent, offset: int) -> Mention | None:
    """The title labelling a line of a list of pay that names no role the vocabulary knows ("Associate —
    £70,000–£90,000" between "Analyst — ..." and "Vice President — ..."): a label of up to four words whose last is
    a title's head word, on a line whose neighbour is such a line too (salaries read there are its pay, not the
    role of the line above)."""
    line, first = _line_of(r, sent, offset)
    if not first or line.kind == "row":
        return None
    found = _PAY_ROW.match(r.text, line.content, line.end)
    if found is None or not _pay_row_neighbour(r.text, line.start, line.end):
        return None
    lo, hi = found.span("label")
    doc = sent.doc
    words = _words(doc)
    norms = _doc_norms(doc)
    ks = [k for k in range(sent.start, sent.end) if lo <= offset + words.idx[k] < hi and not words.space[k]]
    if not ks or not words.alpha[ks[-1]] or norms[ks[-1]] not in TITLE_HEADS:
        return None
    if len(ks) == 1 and norms[ks[0]] in _NOT_TITLES:
        return None  # ("Member: ...", "Senior: ...": no post alone; "Team Member: ..." is one)
    i, j = ks[0], ks[-1] + 1
    return _mention(_new_role(_new_role_name(doc, i, j, j - 1)), doc, i, j, offset, known=False)._replace(
        rule="mentions.pay-rows"
    )


#: a verb of pay with "the same" as its object, naming no figure: "Packers are paid the same rates", "Checkout
#: operators earn about the same." (not "the same way", nor "the same as" another post)
_SAME_PAY = re.compile(
    r"\b(?:earns?|earning|makes?|making|gets?|getting|(?:are|is|get|gets|be)\s+paid|receives?|takes?\s+home)\s+"
    r"(?:(?:about|around|roughly|much|exactly|almost|nearly|broadly|largely|pretty\s+much|more\s+or\s+less)\s+)?"
    r"the\s+same(?:\s+(?:rates?|amounts?|pay|salary|salaries|wages?|money))?(?=\s*(?:[.,;!)]|$))",
    re.I,
)


def _same_pay(r: _Reader, sent: _Sent, ms: list[Mention], offset: int, paid: list[dict[str, Any]]) -> None:
    """Posts said to be paid the same as the post paid just before: the figures of the last post paid there are
    theirs too ("Pickers start at $16 an hour, rising to $21. Packers are paid the same rates.")."""
    text = sent.text
    found = _SAME_PAY.search(text)
    if found is None:
        return
    base = offset + sent.start_char
    clause = max(text.rfind(mark, 0, found.start()) for mark in ",;:")
    roles = [m for m in ms if m.label is _ROLE and base + max(clause, 0) <= m.start and m.end <= base + found.start()]
    source = [pay for pay in paid if pay["role"] == paid[-1]["role"]]
    for role in roles:
        if role.key == source[-1]["role"]:
            continue
        ev = r.sentence_evidence(sent, offset, role.start, base + found.end())
        ev["rule"] = "salaries.same-pay"
        r.node(role, ev)
        for pay in source:
            r.facts.salaries.append({**pay, "role": role.key, "evidence": ev})


#: the words that the gates of the rules ask a sentence's norms for (_read_block's, then the rules' own), and those
#: they ask its lower-case words for: the sentence's own among them are picked out once (see _norm_gates), and
#: each gate then tests those few (a test of a set of words against the sentence's whole set looks up each word of
#: the smaller one: mostly the sentence's). A gate of a few words may ask the whole set as quickly, and its words
#: need not be here: those of transitions.chances (CHANCE_NOUNS) and transitions.spent-years (_SPENT_VERBS) are not
_NORM_GATES = frozenset().union(
    _RANK_WORDS, _STARTING, _POSTS_HINTS, _DUTY_OF_NOUNS, _HIRERS, _TRACK_NOUNS, _ANNOUNCE_WORDS, _RANK_CUES,
    _POSITION_CUES, EXAMPLE_WORDS, _CHAIN_GATE, _PERSONS, _APPLICANTS, _MOVE_VERBS, FEEDER_NOUNS, _STEP_WORDS,
    _MOVE_WORDS, _TARGET_LEADS, _SUBJECT_VERBS,
)
_LOWER_GATES = frozenset().union(
    _IMPORTANT_WORDS, _HIRE_VERBS, _EARN_WORDS, _MORE_WORDS, _QUALIFIED_WORDS, _MASTERY_WORDS, _OPENED,
    _PRESENT_WORDS, _REACHED_GATE, _PERSON_WORDS, _TOLD_GATE, _FORMER_GATE, _TIER_GATE, _ARROWS, _EXAMPLE_GATE,
    _DASHES, _NOT_WORK_WORDS, _FIRST_PERSON_WORDS, _ONWARD_TO, _CLIP_LEADS, _RANK_ROLES,
)


def _read_block(
    r: _Reader, vocab: Vocabulary, doc: Doc, offset: int, sents: list[_Sent], mention_of: dict[int, list[Mention]]
) -> None:
    """Read one paragraph's sentences; what a paragraph carries over (topic, last role) ends with it."""
    topic = _Topic()
    last_role: Mention | None = None
    last_role_at = 0
    last_paid: tuple[list[dict[str, Any]], int] | None = None  # the figures the last sentence giving any recorded
    opener: Mention | None = None  # the role that opened the sentence last read that opened with one
    opener_at = 0
    r.position = []
    r.recent_role = None
    r.paid_role = None
    r.paid_group = None
    r.paid_last = None
    for sent in sents:
        ms = mention_of.get(sent.start, [])
        if ms and "mentions.firm-names" not in r.disabled:
            # "Acme Delivery Partner LLC - Phoenix, AZ": a firm's name, no post
            kept = [m for m in ms if not (m.label is _ROLE and _FIRM_AFTER.match(r.text, m.end))]
            if len(kept) != len(ms):
                ms = mention_of[sent.start] = kept
        if (
            "mentions.pay-rows" not in r.disabled
            and not any(m.label is _ROLE for m in ms)
            and (row := _pay_row_title(r, sent, offset)) is not None
        ):
            ms = mention_of[sent.start] = sorted([*ms, row], key=lambda m: m.start)
        # the sentence's words as a set and its words (made once, read by many gates below), and the norms and words
        # of it that those gates ask for (see _NORM_GATES)
        lows, lowers = _sent_lowers(sent), sent.words.lower
        gated, gated_lows = _norm_gates(sent), _lower_gates(sent)
        if "mentions.rank-words" in [m.rule for m in ms]:
            # "promoted to a supervisory level" on a "Laundry Supervisor" page: the one title with that head
            ms = mention_of[sent.start] = [_titled_head(r, m) if m.rule == "mentions.rank-words" else m for m in ms]
        if r.bylines and ms and "structure.bylines" not in r.disabled:
            ms = [m for m in ms if not _in_byline(r, m)]
        line, first = _line_of(r, sent, offset)
        # (a heading names no title the other rules read when its head stands alone: "Associate, Kitchen Ops")
        titled = (
            _ad_title(r, sent, ms, offset, line)
            if (ms or (line.kind == "heading" and "," in sent.text)) and line.kind in {"heading", "text", "item"}
            else None
        )
        if titled is not None:  # (what later rules read again from the sentence's mentions, too)
            ms = mention_of[sent.start] = titled
        if not _RANK_WORDS.isdisjoint(gated) and "mentions.rank-posts" not in r.disabled:
            ranked = _rank_posts(r, sent, ms, offset)  # "moving from a Tier 3 position to a Tier 4 position"
            if ranked:
                ms = mention_of[sent.start] = _with_titles(ms, ranked)
        r.sentence_index += 1
        r.recent_role = last_role if last_role is not None and r.sentence_index - last_role_at <= 1 else None
        r.opener = opener if opener is not None and r.sentence_index - opener_at <= 1 else None
        if r.started_end < offset + sent.start_char and not _STARTING.isdisjoint(gated):
            r.started_end = offset + sent.end_char  # (transitions.stages: read by the next sentence)
        if r.ladder is not None:
            r.run("transitions.each-step", _each_step, r, sent, ms, offset)
        # (a job ad's title line holds one title, not a list of posts; the rule's own first test, a word of its hints,
        # asked before it is run)
        if titled is None and not _POSTS_HINTS.isdisjoint(gated):
            ms = r.run("mentions.listed-posts", _listed_posts, r, sent, ms, offset, mention_of) or ms
        if len(ms) >= 2:
            ms = r.run("mentions.list-rungs", _complete_list, r, sent, ms, offset, mention_of) or ms
        # (with no list of kinds read before, the rule reads only a sentence with " call", a bracket or a colon)
        if r.kind_lists or (ms and _may_name_kinds(sent.text)):
            r.run("transitions.kinds", _kinds, r, sent, ms, offset, r.sentence_index)
        line, first = _line_of(r, sent, offset)
        if (
            r.duties_at is not None
            and r.duties_at[0] == r.sentence_index - 1
            and (this := _skip_spaces(sent.words, sent.start, 1)) < sent.end
            and sent.words.lower[this] in _THIS_WORDS
        ):
            r.run("requirements.this-includes", _this_includes, r, vocab, sent, ms, offset)
        if ms and not _DUTY_OF_NOUNS.isdisjoint(gated):
            r.run("requirements.responsibility-of", _responsibility_of, r, sent, ms, offset)
        if ms and not _HIRERS.isdisjoint(gated) and "for" in _sent_lowers(sent):
            r.run("requirements.preferred-for", _preferred_for, r, vocab, sent, ms, offset)
        if first and ms and line.kind != "row" and "salaries.column-periods" not in r.disabled and (
            r.text[line.end - 1 : line.end] in _ROW_ENDS and r.line == line and _bare_line_periods(r)
        ):
            # "Technology Software Engineer 3,500 - 6,000 ..." under "Industry Example Role ...": the industry's word
            retitled = r.run("salaries.column-periods", _bare_row_titles, r, sent, ms, offset, line)
            if retitled is not None:
                ms = mention_of[sent.start] = retitled
        if first:
            r.line_role = _label_role(r, line, ms)
        if (
            ms
            and line.kind != "row"
            and "structure.credentials" not in r.disabled
            and _has_colon(r.text, line.content, min(line.end, line.content + 80))  # (every match ends in one)
            and _CREDENTIALS.match(r.text, line.content, min(line.end, line.content + 80))
        ):
            ms = [m for m in ms if m.label is not _ROLE]  # "Certifications: Certified Support Analyst"
        if first:
            r.run("structure.list-ladder", _title_items_then_ladder, r, vocab, sent, ms, line)
            if ms and _may_date(r.text, line):
                r.run("structure.dated-lines", _dated_line, r, vocab, ms, line)
        if first and (
            r.rungs is not None
            or line.kind == "heading"
            or r.text.endswith(":", line.start, line.end)
            or (  # "Our team has four levels." (the line searched only when it holds one of the nouns)
                r.counts_rungs
                and _may_count_rungs(r.text[line.start : line.end])
                and _RUNG_COUNT.search(r.text, line.start, line.end) is not None
            )
        ):
            r.run("structure.list-ladder", _list_ladder, r, vocab, sent, ms, line)
        levelled = False  # (levels listed in the sentence: their order is read, not their rank words)
        if len(ms) >= 2 and "(" in lows and _INLINE_LEVEL.search(sent.text) is not None:
            levelled = bool(r.run("structure.level-ladder", _inline_levels, r, vocab, sent, ms, offset))
        if r.tracks is not None or not _TRACK_NOUNS.isdisjoint(gated):
            r.run("structure.tracks", _tracks, r, vocab, sent, ms, offset, line, first)
        if r.next_roles or (first and _ANNOUNCE_WORDS <= gated):
            r.run("structure.next-roles", _next_roles, r, vocab, sent, ms, offset, line, first)
        if first and line.kind != "row" and r.run("structure.level-titles", _level_titles, r, vocab, sent, ms, line):
            ms = [m for m in ms if not (m.label is _ROLE and m.start < line.end)]  # ("ENTRY LEVEL" names no one)
        listing = r.section == "needs" and r.in_list  # (requirements.duty-headings: a list open above the line)
        forced = _structure(r, vocab, sent, ms, offset, line, first)
        if first and line.kind == "item" and r.in_list and r.section in _MOVE_SECTIONS and all(
            m.label is not _ROLE for m in ms
        ):
            worker = r.run("structure.work-posts", _work_post, r, sent, line)
            if worker is not None:
                ms = [*ms, worker]  # "- Warehouse management" under "can advance to roles such as:"
        # a heading that opened a requirements list ("Soft Skills & Competencies") names its list, not skills
        label = line.kind == "heading" and r.section == "needs" and r.section_heading == (line.start, line.end)
        if r.section not in _MOVE_SECTIONS and (
            (line.kind == "heading" and (_is_heading(sent, ms) or (
                "structure.role-sections" not in r.disabled and _duties_heading(sent, ms)
            ))) or (first and _numbered_title(r, line, ms)) or (
                first and "?" in sent.text and "salaries.pay-question" not in r.disabled
                and _pay_question(r, sent, ms, line)
            )
        ):
            roles = [m for m in ms if m.label is _ROLE]
            groups = [m for m in ms if m.label is _JOB_GROUP]
            # (a level's "Titles: A, B" line is no role's section, nor "Reports to: B", a relation of the page's role)
            # ("Entry route: A" names where the page's role starts, no role of a section)
            if roles and line.start != r.level_line and not (
                _RELATION_LABEL.match(r.text, line.content, line.end) or _move_label(r.text[line.content : line.end])
            ):
                r.section_role = roles[0]
                if (
                    line.kind == "heading"
                    and len(roles) >= 2
                    and "structure.level-blocks" not in r.disabled
                    and _posts_joined(r.text, roles)
                ):
                    # "Step 3: Ward Clerk/Medical Secretary": the lines under it are both posts'
                    r.level_posts = roles
                r.numbered_section = line.kind == "item"  # ("2. Digital Marketing Manager", see below)
                if first and len(roles) == 1 and line.kind == "heading":
                    r.run("structure.heading-ladder", _heading_rung, r, roles[0], line)
            if groups and not roles:
                r.section_group = groups[0]
        elif (
            first
            and r.numbered_section
            and _numbered_heading(r, line, ms)
            and "structure.numbered-titles" not in r.disabled
        ):
            # "2. Skilled Workers" ... "3. Process Improvement Team": the next numbered heading, naming no role, ends
            # the section of the one before
            r.section_role, r.numbered_section = None, False
        # (a short text line opening with a title and its years too: "Product Manager (2-5 years): Rs 18-30 LPA")
        short_text = line.kind == "text" and line.end - line.start < 120 and _YEAR_WORD.search(sent.text) is not None
        if (first and (line.kind in {"heading", "item"} or short_text)) or r.rung_open is not None:
            r.run("structure.rung-years", _rung_years, r, vocab, sent, ms, line, first)
        for m in ms:
            if m.label is not _SKILL:
                r.mentioned(m)
        inline = False
        if forced is None and line.kind != "row":
            if first and _may_label_inline(r.text, line):
                inline = bool(r.run("structure.needs-lists", _inline_needs, r, vocab, sent, ms, offset, line))
            elif not first and ":" in sent.text[:45]:
                inline = bool(r.run("structure.sentence-label", _sentence_needs, r, vocab, sent, ms, offset, line))
            if _may_be_essential(sent.text):
                inline = bool(r.run("requirements.essential", _essential, r, sent, ms, offset)) or inline
            if "it" in lows and not _IMPORTANT_WORDS.isdisjoint(gated_lows):
                inline = bool(r.run("requirements.important-to", _important_to, r, sent, ms, offset)) or inline
            r.run("requirements.duty-verb", _duty_verb, r, vocab, sent, ms, offset)
            if first and line.kind == "heading" and r.section not in _MOVE_SECTIONS and line.start > r.top[0]:
                r.run("requirements.duty-headings", _duty_heading, r, sent, offset, line, listing)
            if "as" in lows and "," in sent.text:
                r.run("requirements.as-post", _as_post_duties, r, vocab, sent, ms, offset)
            if ("is" in lows or "are" in lows or "be" in lows) and (
                ms or lowers[sent.start] in _TRAIT_LEADS or "who" in lows
            ):
                r.run("requirements.traits", _traits, r, sent, ms, offset)
            if not _HIRE_VERBS.isdisjoint(gated_lows):
                r.run("requirements.hired-to", _hired_to_duties, r, sent, ms, offset)
            if not _EARN_WORDS.isdisjoint(gated_lows) and not _MORE_WORDS.isdisjoint(gated_lows):
                r.run("requirements.pays-more", _pays_more, r, vocab, sent, ms, offset)
            if not _QUALIFIED_WORDS.isdisjoint(gated_lows):
                r.run("requirements.qualified-for", _qualified_for, r, vocab, sent, ms, offset)
            if "addition" in lows:
                r.run("requirements.added-duties", _added_duties, r, vocab, sent, ms, offset)
            if first and r.line_role is not None and line.kind == "item":
                r.run("requirements.label-role", _label_phrase, r, vocab, sent, ms, offset)
            elif first and r.line_role is not None and line.kind in {"text", "heading"} and "," in sent.text:
                # "Purser — cash handling, accuracy, guest care": a post's line of a page of such lines
                r.run("requirements.label-lines", _label_phrase, r, vocab, sent, ms, offset, True)
            if "(" in sent.text:
                r.run("requirements.level-asides", _level_asides, r, vocab, sent, ms, offset)
            if first and line.kind in {"text", "heading"} and _sent_has_digit(sent):
                r.run("requirements.education-column", _education_column, r, sent, ms, offset, line)
        if ms and (":" in lows or "：" in lows) and not _MASTERY_WORDS.keys().isdisjoint(gated_lows):
            r.run("requirements.expert-label", _expert_label, r, vocab, sent, ms, offset)
        if not _STARTING.isdisjoint(gated):
            r.run("mentions.entrants", _entrants, r, sent, ms, offset)
        row_role = r.table.last if line.kind == "row" and r.table is not None else None  # a pay column's row
        if row_role is None and r.section == "role" and line.kind == "item":
            row_role = r.list_role  # "- Salary: ..." under "## Senior Buyer"
        # a figure naming no role is the last role's when that was named a sentence or two before, else the page's
        recent = last_role if last_role is not None and r.sentence_index - last_role_at <= 2 else None
        if (
            recent is not None and not ms and "salaries.you-paid" not in r.disabled
            and (r.section_role or r.subject) is not None
            and recent.key != (r.section_role or r.subject).key  # type: ignore[union-attr]
            and _reader_beside(r.text, recent.start)
        ):
            recent = None  # "You will support the head chef. The salary is X": the page's post's pay, not the chef's
        if r.paid_role is not None and r.paid_role[1] > last_role_at and r.sentence_index - r.paid_role[1] <= 2:
            recent = r.paid_role[0]  # "The salary for X is ... After probation, the salary will be ...": X's too
        if recent is not None and recent.start < line.start and line.kind == "item" and _other_label(r, line, ms):
            recent = None  # "- Retail: ..." after "- Banking: ... tellers ...": a sibling item's role is not this one's
        if (
            recent is None and row_role is None and r.paid_last is not None
            and r.paid_last[1] == r.sentence_index - 1 and "salaries.paid-before" not in r.disabled
            and r.paid_last[0][-1].start >= line.start  # (a role named on this line: not an item's before it)
        ):
            # "Salaries can start at X ... In large companies, top salaries can reach Y": the role paid just before
            recent = r.paid_last[0][-1]
            r.paid_carried = True
        else:
            r.paid_carried = False
        carry = row_role or recent or r.section_role or r.subject
        if row_role is None and r.level_titles and "structure.level-blocks" not in r.disabled:
            carried = r.level_titles  # "Salary range: ..." under a level that lists several titles: each one's
        elif (
            carry is recent and recent is not None and r.paid_group is not None
            and r.paid_group[1] == last_role_at and (r.paid_group[0][-1].start, r.paid_group[0][-1].end)
            == (recent.start, recent.end) and "salaries.group-carried" not in r.disabled
        ):
            carried = r.paid_group[0]  # "A and B will earn X. This will rise to Y": both A's and B's
        else:
            carried = [carry] if carry is not None else []
        if first and line.kind == "heading" and (
            r.section == "salary" or names_section(r.text[line.content : line.end], "salary")
        ):  # (a heading naming pay that is another's section too: "Warehouse Salaries (AUD, per year)")
            r.run("salaries.figure", _salary_heading, r, line)  # "Annual Salary (US, USD)"
        paid_before = len(r.facts.salaries)
        if _sent_decimal(sent):  # (every figure is written in digits)
            r.run("salaries.figure", _salaries, r, vocab, sent, ms, offset, carried)
        if len(r.facts.salaries) > paid_before:
            last_paid = (r.facts.salaries[paid_before:], r.sentence_index)
        elif (
            last_paid is not None and ms and r.sentence_index - last_paid[1] <= 2
            and "same" in lows and "salaries.same-pay" not in r.disabled
        ):
            r.run("salaries.same-pay", _same_pay, r, sent, ms, offset, last_paid[0])  # "Packers are paid the same"
        if r.opened is not None or not _OPENED.isdisjoint(gated_lows):
            r.run("transitions.post-opened", _post_opened, r, vocab, sent, ms, offset)
        if not ms and first and line.kind == "item" and r.in_list and r.section in _MOVE_SECTIONS:
            r.run("structure.section-moves", _field_item, r, vocab, sent, offset, line)
        if not ms and not topic.carry and not topic.active and forced is None and line.kind != "row":
            page = r.section_role or r.subject
            if page is not None and line.kind == "text":
                # "Promotion to supervisor takes two years" on a page about a role: the bare title is read there
                r.run("transitions.clause", _clause_moves, r, vocab, sent, ms, offset)
            level_prose = r.level_open and not r.level_titles and "structure.level-blocks" not in r.disabled
            staged = bool(_stage_of(r, sent, [], None))  # (requirements.stages)
            if (page is None and not level_prose and not staged) or line.kind != "text" or (
                "requirements.subject" in r.disabled
            ):
                continue
            if _cue_position(sent) is None or (label and "structure.needs-lists" not in r.disabled) or inline:
                continue
            # "Key responsibilities include ...": a requirement naming no role is the page's
            r.run("requirements.cue", _requirements, r, vocab, sent, ms, offset, topic)
            continue
        people = len(ms) - [m.label for m in ms].count(_SKILL)
        if first and lowers[sent.start] == "from" and "transitions.headline" not in r.disabled:
            r.run("transitions.headline", _from_to_headline, r, sent, ms, offset, line)
        # ("Jane Doe is head of logistics at Acme": a named person's post, told by the sentence's third word)
        by_name = sent.end - sent.start > 3 and lowers[sent.start + 2] in {"is", "was"}
        # ("James is now B", "Today, James is B": a named person's post reached since)
        by_name = by_name or ("is" in lows and not _PRESENT_WORDS.isdisjoint(gated_lows))
        if people >= 2 and not _REACHED_GATE.isdisjoint(gated_lows):
            r.run("transitions.post-reached", _post_reached, r, sent, ms, offset)
        if people and "to" in lows:
            r.run("transitions.pair-timed", _pair_timed, r, sent, ms, offset)
        if people and not _PERSON_WORDS.isdisjoint(gated_lows) and _sent_has_digit(sent):
            r.run("transitions.dated-story", _date_posts, r, sent, ms)
        if people and (by_name or not _TOLD_GATE.isdisjoint(gated_lows)):
            r.run("transitions.told", _told, r, vocab, sent, ms, offset)
        if people and not _FORMER_GATE.isdisjoint(gated_lows):
            r.run("transitions.former", _former, r, vocab, sent, ms, offset)
        if people and (r.tier is not None or not _TIER_GATE.isdisjoint(gated_lows)):
            r.run("transitions.tiers", _tiers, r, vocab, sent, ms, offset)
        if people >= 2 or (people and not _ARROWS.isdisjoint(gated_lows)):  # moves need two roles
            # (an arrow chain may name its other rungs by abbreviations: "SDR 1 --> SDR 2 --> Team Lead")
            r.run("transitions.ladder", _ladders, r, vocab, sent, ms, offset)
            if lowers[sent.start : sent.end].count("to") >= 2:  # "(agent to senior agent to team leader)"
                r.run("transitions.ladder", _to_chain, r, sent, ms, offset)
            r.run("transitions.verb", _verb_moves, r, vocab, sent, ms, offset)
            if not levelled and not _RANK_CUES.isdisjoint(gated):  # (the rule's own first test)
                r.run("transitions.ranked", _ranked, r, vocab, sent, ms, offset)
        elif lowers[sent.start : sent.end].count("to") >= 2:
            r.run("transitions.ladder", _to_chain, r, sent, ms, offset)  # "from intern to coordinator to manager"
        if people or r.position:
            r.run("transitions.clause", _clause_moves, r, vocab, sent, ms, offset)
        if people:
            # (the rule reads a list under a heading of moves, or a label that ends in a colon)
            if (r.in_list and r.section in _MOVE_SECTIONS) or ":" in sent.text or "：" in sent.text:
                r.run("structure.section-moves", _heading_lists, r, vocab, sent, ms, offset)
            if ":" in sent.text or "：" in sent.text or not _POSITION_CUES.isdisjoint(gated):  # (what the rule reads)
                r.run("groups.listed", _groups, r, vocab, sent, ms, offset)
        if forced is not None and r.run_on and line.content <= r.run_on[0][0] < line.end:
            run_on = "structure.dash-items" if r.dash_run else "structure.run-on-items"
            r.run(run_on, _run_on_needs, r, vocab, sent, ms, offset, forced)
        elif forced is not None and not (line.start == r.level_line and r.level_titles and r.level_open):
            # (not the titles line of a level block: "Titles: A, B" names no skills)
            r.run("requirements.section", _section_needs, r, vocab, sent, ms, offset, forced)
        elif (
            not inline
            and not (label and "structure.needs-lists" not in r.disabled)
            and r.measure_field != line.end
            and not (line.kind == "row" and r.table is not None and r.table.rungs)
        ):
            # (not on a fact sheet's field of a measure nor its value: "Skill Level" / "Medium skill"; nor on a row
            # of a table whose columns are levels: its cells are their titles' (requirements.level-cells))
            r.run("requirements.cue", _requirements, r, vocab, sent, ms, offset, topic)
            if " of " in sent.text and _INHERITED.search(sent.text) and "requirements.inherited" not in r.disabled:
                r.run("requirements.inherited", _inherited, r, sent, ms, offset)
        named = [x for m in ms if (x := _as_role(vocab, m)) is not None]
        if named:
            last_role, last_role_at = named[-1], r.sentence_index
            r.named_before = (named, r.sentence_index)
            if _opens_sentence(sent, named[0]):
                opener, opener_at = named[0], r.sentence_index
    r.run("transitions.narrated", _narrated, r, vocab, sents, offset, mention_of)
