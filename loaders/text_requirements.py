"""What a requirement item names: a short skill name from a duty, a qualification or a skill list item.

Job pages list what a role needs in many shapes: a noun phrase ("Email marketing"), a duty led by
a verb ("Manages renewals", "Own and manage the channel P&L"), a qualification wrapped in filler
("Strong knowledge of SQL", "3+ years of experience in retail buying"), or a clause that goes on
to say why ("craft pricing plans that lift margins"). :func:`skill_names` turns one such item into
the skills it names: filler dropped, a verb and its object turned into the object and the
action's noun ("manage bids" -> "bid management"), an object list split ("drives retention and
expansion" -> two), and nothing for items that name no skill (benefits, pay, degrees, pronouns).

:func:`clause_end` finds where a list of skills stops inside a sentence: at a purpose ("to lift
margins"), a relative clause ("that ...") or a list of partners ("working closely with ...").

Both work on plain strings, so the loader calls them on an item's text only (no parser).

Examples
--------
>>> [s.name for s in skill_names("Manages bids and budgets")]
['Bid management', 'Budget management']
>>> [s.name for s in skill_names("Strong knowledge of SQL")]
['SQL']
>>> skill_names("Private health insurance")
[]
"""

from __future__ import annotations

import contextvars
import functools
import itertools
import re
from collections.abc import Iterator, Sequence
from importlib import resources
from typing import NamedTuple

from careergraph.graph.errors import SchemaError
from careergraph.graph.schema import slugify
from careergraph.loaders.text_nlp import base_forms, lemma
from careergraph.loaders.text_parse import tagged_verb

__all__ = [
    "DEGREE_KEYS",
    "EXAMPLE_PLACES",
    "QUALITY_PEOPLE",
    "SERVED",
    "TAGGING",
    "SkillName",
    "adjective_commas",
    "clause_end",
    "dash_items",
    "degree_key",
    "degree_names",
    "degree_subject",
    "duty_gerund",
    "duty_object",
    "examples_of_places",
    "inline_first_item",
    "item_gerund",
    "list_spans",
    "names_no_skill",
    "names_nothing",
    "noun_verb",
    "noun_verb_object",
    "object_opener",
    "offers_the_reader",
    "opens_degree",
    "opens_requirement",
    "run_on_items",
    "skill_names",
    "subject_word",
    "tidy_name",
    "verb_base",
]


class SkillName(NamedTuple):
    """A skill an item names: the span of the item it comes from, its name, whether it was reworded,
    and for a reworded duty the duty as written (an alias: "manage bids" for "Bid management")."""

    start: int
    end: int
    name: str
    reworded: bool
    alias: str | None = None


#: a word, a bracket or stop, a lone '&', or a dash opening examples after a noun (an em dash written close, "social
#: platforms—Facebook, ...", or either dash between spaces; not one between figures, "3–5 years")
_TOKEN = re.compile(r"[\w][\w&'’+/.-]*[\w+]|[\w]|[(),;:]| & |(?<=[^\W\d])—(?=[^\W\d])|(?<=[^\W\d] )[—–](?= )")

#: action verbs (base form) -> the noun of the action; None: the object alone names the skill
_VERB_NOUNS: dict[str, str | None] = {
    "manage": "management",
    "analyse": "analysis",
    "analyze": "analysis",
    "choose": "selection",
    "select": "selection",
    "develop": "development",
    "coach": "coaching",
    "mentor": "mentoring",
    "motivate": "motivation",
    "appraise": "appraisal",
    "research": "research",
    "write": "writing",
    "plan": "planning",
    "optimise": "optimisation",
    "optimize": "optimization",
    "track": "tracking",
    "report": "reporting",
    "build": "building",
    "monitor": "monitoring",
    "forecast": "forecasting",
    "train": "training",
    "recruit": "recruitment",
    # "acquire new customers": New customer acquisition
    "acquire": "acquisition",
    "hire": "hiring",
    "implement": "implementation",
    "execute": "execution",
    "maintain": "maintenance",
    "coordinate": "coordination",
    "communicate": "communication",
    "solve": "solving",
    "pace": "pacing",
    "bid": "bidding",
    "escalate": "escalation",
    "identify": "identification",
    "negotiate": "negotiation",
    "design": "design",
    "create": "creation",
    "prepare": "preparation",
    "process": "processing",
    "organise": "organisation",
    "organize": "organization",
    "schedule": "scheduling",
    "test": "testing",
    "evaluate": "evaluation",
    "calculate": "calculation",
    "assess": "assessment",
    "review": "review",
    "audit": "auditing",
    "budget": "budgeting",
    "price": "pricing",
    "source": "sourcing",
    "procure": "procurement",
    "purchase": "purchasing",
    "buy": "buying",
    "sell": "selling",
    "launch": "launch",
    "improve": "improvement",
    "update": "updating",
    "lead": "leadership",
    "own": "ownership",
    "oversee": "oversight",
    "supervise": "supervision",
    "handle": "handling",
    "support": "support",
    "book": "booking",
    "weigh": "weighing",
    "wrap": "wrapping",
    "bake": "baking",
    "cook": "cooking",
    "serve": "serving",
    "greet": "greeting",
    "welcome": "welcoming",
    "assist": "assistance",
    "look": None,
    # (verbs of looking closely, with "into" after them: "dig into the figures", "dive into sales data")
    "dig": None,
    "dive": None,
    "delve": None,
    "sign": None,
    "contribute": None,
    "participate": None,
    "send": None,
    "submit": None,
    "contact": "contact",
    "blend": None,
    "combine": None,
    "pair": None,
    "mix": None,
    "marry": None,
    "stack": "stacking",
    # bodily and handling work a job asks for: "able to crouch, bend and stoop"
    "crouch": "crouching",
    "bend": "bending",
    "stoop": "stooping",
    "kneel": "kneeling",
    "climb": "climbing",
    "carry": "carrying",
    "push": "pushing",
    "pull": "pulling",
    "locate": "locating",
    "print": "printing",
    "fold": "folding",
    "call": "calling",
    "visit": "visiting",
    "raise": "raising",
    "flag": "flagging",
    "chase": "chasing",
    "log": "logging",
    "tag": "tagging",
    "record": "recording",
    "check": "checking",
    "proofread": "proofreading",
    "draft": "drafting",
    "compile": "compilation",
    "produce": "production",
    "publish": "publishing",
    "dispatch": "dispatching",
    "receive": "receiving",
    "sort": "sorting",
    "scan": "scanning",
    "clean": "cleaning",
    "stage": "staging",
    "watch": None,
    "cover": None,
    "place": None,
    "hand": None,
    "repair": "repair",
    "install": "installation",
    "configure": "configuration",
    "troubleshoot": "troubleshooting",
    "deploy": "deployment",
    "interpret": "interpretation",
    "present": "presentation",
    "nurture": "nurturing",
    "upsell": "upselling",
    "renew": "renewal",
    "localise": "localisation",
    "localize": "localization",
    "merchandise": "merchandising",
    "engage": "engagement",
    "deal": "dealing",
    "upload": "uploading",
    "fix": "fixing",
    "file": "filing",
    "restock": "restocking",
    "replenish": "replenishment",
    "allocate": "allocation",
    "approve": "approval",
    "verify": "verification",
    "document": "documentation",
    "investigate": "investigation",
    "respond": "response",
    "reply": "reply",
    "collaborate": "collaboration",
    "partner": "partnership",
    "work": "work",
    "liaise": "liaison",
    "define": "definition",
    "set": "setting",
    "onboard": "onboarding",
    "close": "closing",
    "prospect": "prospecting",
    "operate": "operation",
    "load": "loading",
    "unload": "unloading",
    "pick": "picking",
    "pack": "packing",
    "ship": "shipping",
    "inspect": "inspection",
    "enforce": "enforcement",
    "resolve": "resolution",
    "answer": "answering",
    "segment": "segmentation",
    "measure": "measurement",
    "administer": "administration",
    "invoice": "invoicing",
    "reconcile": "reconciliation",
    "edit": "editing",
    "photograph": "photography",
    "translate": "translation",
    "moderate": "moderation",
    "curate": "curation",
    "stock": "stocking",
    "count": "counting",
    "label": "labelling",
    "package": "packaging",
    "drive": None,
    "require": None,
    "need": None,
    "demand": None,
    "involve": None,
    "ensure": None,
    "deliver": None,
    "run": None,
    "conduct": None,
    "perform": None,
    "undertake": None,
    "do": None,
    "provide": None,
    "take": None,
    "make": None,
    "have": None,
    "use": None,
    "utilise": None,
    "utilize": None,
    "leverage": None,
    "apply": None,
    "craft": None,
    "encourage": None,
    "champion": None,
    "spearhead": None,
    "facilitate": None,
    "refine": None,
    "master": None,
    "understand": None,
    "know": None,
    "learn": None,
    "recognise": None,
    "recognize": None,
    "embrace": None,
    "foster": None,
    "keep": None,
    "hold": None,
    "give": None,
    "show": None,
    "demonstrate": None,
}
#: verbs whose object is a goal, not a skill: "increase conversions", "grow brand awareness"
_GOAL_VERBS = frozenset(
    {
        "increase",
        "boost",
        "grow",
        "reduce",
        "achieve",
        "meet",
        "exceed",
        "hit",
        "maximise",
        "maximize",
        "minimise",
        "minimize",
        "elevate",
        "attract",
        "retain",
        "lift",
        "cut",
        "lower",
        "win",
        "earn",
        "get",
        "become",
        "help",
        "want",
        "enjoy",
        "love",
        "hate",
        "dislike",
        "join",
    }
)
#: goal verbs whose base form is read as a noun, only their other forms as verbs: "hate crime awareness" is a
#: skill, "planned the rosters and hated paperwork" names one (the feeling is no duty, nor an object of "planned")
_FEELING_NOT_BASE = frozenset({"hate"})
#: base forms that are as often nouns ("Research", "Lead generation"): a verb only before a determiner
_AMBIGUOUS = frozenset(
    {
        "stage",
        "watch",
        "cover",
        "place",
        "hand",
        "research",
        "plan",
        "report",
        "design",
        "test",
        "forecast",
        "budget",
        "track",
        "coach",
        "mentor",
        "bid",
        "pace",
        "process",
        "schedule",
        "review",
        "audit",
        "price",
        "source",
        "purchase",
        "support",
        "lead",
        "launch",
        "update",
        "work",
        "set",
        "close",
        "drive",
        "run",
        "own",
        "answer",
        "pair",
        "mix",
        "load",
        "ship",
        "print",
        "push",
        "pull",
        "climb",
        "pack",
        "pick",
        "stock",
        "book",
        "stack",
        "fold",
        "call",
        "visit",
        "cook",
        "wrap",
        "flag",
        "log",
        "tag",
        "record",
        "check",
        "fix",
        "file",
        "document",
        "reply",
        "count",
        "label",
        "package",
        "segment",
        "measure",
        "invoice",
        "edit",
        "photograph",
        "prospect",
        "master",
        "craft",
        "champion",
        "handle",
        "show",
        "hold",
        "buy",
        "sell",
        "train",
        "hire",
        "cut",
        "hit",
        "win",
        "lift",
        "raise",
        "increase",
        "help",
        "love",
        "do",
        "have",
        "take",
        "make",
        "keep",
        "give",
        "get",
        "meet",
        "learn",
        "know",
    }
)
_IRREGULAR = {"does": "do", "doing": "do", "has": "have", "analyses": "analyse", "analyzes": "analyze"}
#: words that open a determiner phrase: a base form before one of these is a verb ("Lead the team")
_DETERMINERS = frozenset(
    {"the", "a", "an", "our", "your", "their", "its", "all", "every", "each", "new", "existing", "key", "multiple",
     "daily", "weekly", "monthly", "and", "this", "these", "those", "his", "her", "company", "team"}
)
#: articles and possessives: a word after one heads a noun phrase
_ARTICLES = frozenset({"the", "a", "an", "this", "these", "those", "its", "their", "our", "your", "his", "her"})
_DROP_WORDS = frozenset(
    {
        "a",
        "an",
        "the",
        "our",
        "your",
        "their",
        "its",
        "his",
        "her",
        "this",
        "these",
        "those",
        "all",
        "any",
        "some",
        "strong",
        "excellent",
        "proven",
        "solid",
        "good",
        "great",
        "basic",
        "advanced",
        "deep",
        "thorough",
        "hands-on",
        "demonstrated",
        "demonstrable",
        "exceptional",
        "outstanding",
        "superb",
        "effective",
        "sound",
        "in-depth",
        "keen",
        "relevant",
        "previous",
        "prior",
        "extensive",
        "significant",
        "considerable",
        "substantial",
        "fluent",
        "overall",
        "full",
        "essential",
        "must",
        "should",
        "will",
        "can",
        "could",
        "may",
        "be",
        "is",
        "are",
        "being",
        "also",
        "both",
        "very",
        "well",
        "and",
        "or",
        "to",
        "of",
        "for",
        "in",
        "with",
        "on",
        "at",
        "as",
        "such",
        "including",
        "e.g",
        "e.g.",
        "i.e",
        "etc",
        "plus",
        "other",
        "various",
        "related",
        "required",
        "preferred",
        "desired",
        "desirable",
        "ideally",
        "high",
        "higher",
        "able",
        "ability",
        "abilities",
        "capacity",
        "capable",
        "experience",
        "experienced",
        "knowledge",
        "knowledgeable",
        "understanding",
        "familiarity",
        "familiar",
        "proficiency",
        "proficient",
        "expertise",
        "expert",
        "competence",
        "competent",
        "command",
        "grasp",
        "background",
        "skilled",
        "skills",
        "skill",
        "versed",
        "comfortable",
        "confident",
        "fundamentals",
        "fundamental",
        "basics",
        "years",
        "year",
        "yrs",
        "minimum",
        "least",
        "firm",
        "practical",
        "robust",
        "first-hand",
        "comprehensive",
        "good-level",
        "need",
        "needs",
        "responsible",
        "dynamic",
        "unique",
        "sense",
        "passion",
        "passionate",
        "eye",
        "focus",
        "focused",
        "it",
        "them",
        "most",
        "more",
        "certain",
    }
)
#: people sought, before "with" and what they should have (one person too: "a person with a first aid certificate")
_SOUGHT = frozenset({"people", "staff", "someone", "somebody", "anyone", "those", "individuals", "candidates",
                     "applicants", "hires", "employees", "person", "individual", "candidate", "applicant"})
#: the conditions one is able to work in ("under pressure", "in a fast-paced environment"), not places
_WORK_CONDITIONS = frozenset({"pressure", "environment", "team", "condition", "deadline", "setting", "shift", "silo",
                              "ambiguity", "rotation", "noise", "cold", "heat"})
#: nouns of posts that close a field worked in ("retail positions", "customer service roles")
_POST_TAILS = frozenset({"role", "roles", "position", "positions", "job", "jobs", "post", "posts"})
#: filler nouns that open an item only before "of", "to", "in" ("capacity to", "sense of"); before another noun
#: they are the skill's own word ("capacity planning")
_HEAD_NOUNS = frozenset({"capacity", "command", "grasp", "background", "sense", "eye", "focus", "passion"})


def _own_head_noun(toks: list[_Tok]) -> bool:
    """Whether the first word of an object is a filler noun of :data:`_HEAD_NOUNS` that is the skill's own word
    here, before another noun ("manage the command center", "run focus groups"), not before "of" or "to" ("a good
    command of English")."""
    return len(toks) > 1 and toks[0].lower in _HEAD_NOUNS and toks[1].lower not in _PREPOSITIONS | {"and", ",", "/"}


#: words of fitness before the object of a duty named by its action's noun: which things are the fit ones, not what
#: the work is ("pack the right items": Item packing; "choose the correct size": Size selection); a light verb's
#: object alone names the duty and keeps them ("use the proper tools": Proper tools)
_FIT_WORDS = frozenset({"right", "correct", "proper", "appropriate", "necessary", "suitable", "applicable", "best"})


def _fit_word(toks: list[_Tok]) -> bool:
    """Whether a duty's object opens with a word of :data:`_FIT_WORDS` before the noun it qualifies (not alone, nor
    before a join or a preposition: "do what is right", "the right to work")."""
    if len(toks) < 2 or toks[0].lower not in _FIT_WORDS:
        return False
    word = toks[1].lower
    return (
        word.isalpha() and word not in _PREPOSITIONS and word not in _FUNCTION_WORDS
        and word not in {"and", "or", "practice", "practices"}
    )


#: a judgement closing an item: "Photoshop is a plus", "French would be an advantage"
_JUDGED = re.compile(
    r"\s*,?\s+(?:is|are|would be|will be|a)\s+"
    r"(?:(?:a|an|also|very|highly|definitely|always|big|real|huge|strongly)\s+)*"
    r"(?:plus|advantage|bonus|asset|desirable|preferred|beneficial|helpful|welcome|nice[- ]to[- ]have|must"
    r"|essential|required|advantageous|useful)\b.*$",
    re.I | re.S,
)
#: an alternative that only widens the item: "Shopify or a similar platform", "marketing or a related field"
_OR_SIMILAR = re.compile(
    r"\s*,?\s+or\s+(?:an?\s+|any\s+|other\s+)?(?:similar|related|equivalent|comparable|relevant)\b.*$", re.I | re.S
)
#: prepositions of where a thing is taken or sent, after a pronoun object: "deliver them to ...", "load them onto ..."
_WHERE_TO = frozenset({"to", "into", "onto", "from", "toward", "towards"})
#: a piece that only says the list of examples before it goes on: "or similar", "or equivalent", "and the like",
#: "or other similar tools"
_ALTERNATIVES_ONLY = re.compile(
    r"\W*(?:(?:and|or|&)\s+)?(?:any\s+|other\s+|an?\s+)*(?:similar|equivalent|comparable|alike|likewise"
    r"|the\s+like|others?)(?:\s+(?:ones?|tools?|systems?|software|platforms?|programs?|programmes?|packages?"
    r"|applications?|apps?|products?|brands?))?\W*",
    re.I,
)
#: a record of success closing an item, how well the thing before it was done ("experience in retail sales with a
#: proven track record"): no part of the skill's name
_TRACK_RECORD = re.compile(
    r"\s*,?\s+(?:with|and)\s+(?:a\s+)?(?:(?:proven|demonstrable|demonstrated|strong|good|successful|solid)\s+)*"
    r"(?:track\s+record|record\s+of\s+success)\b.*$",
    re.I | re.S,
)
#: words of degrees and benefits: an item holding one names no skill however long it is
_NO_SKILL_ITEM = re.compile(
    r"\b(?:degree|degrees|bachelor(?:'s|’s)?|master(?:'s|’s)|diploma|mba|salary|bonus|pension|holidays?|benefits"
    r"|perks|insurance)\b",
    re.I,
)


#: time spent somewhere: "2+ years in a warehouse", "3 years at a retailer"
_TIME_SPENT = re.compile(
    r"^\W*\d+\s*\+?\s*(?:years?|yrs)\s+(?:at\s|on\s|(?:in|within)\s+(?:an?|the|one|any|our|your|their)\s)", re.I
)


#: a degree or school diploma an item asks for, and the level it names ("a BSc in nursing": a bachelor's)
_DEGREE = re.compile(
    r"\b(?:(?P<bachelor>bachelor(?:'s|’s|s)?(?:\s+degrees?)?|undergraduate\s+degrees?|B\.?Sc\b|B\.?A\.?/B\.?S\b)"
    r"|(?P<master>master(?:'s|’s|s)\s+degrees?|master\s+of\s+\w+|M\.?Sc\b)"
    r"|(?P<mba>MBAs?\b)"
    r"|(?P<school>high[- ]school\s+(?P<paper>diploma|degree|certificate|education)s?|GED\b)"
    r"|(?P<associate>associate(?:'s|’s)?\s+degrees?|associate(?:'s|’s)(?=\s+(?:or|and|/)\s+bachelor))"
    # a degree of no level named ("a degree in finance", "a university degree"; not "a high degree of accuracy")
    r"|(?P<degree>(?:(?:university|college|undergraduate|relevant|related)\s+)?degree(?!\s+of\b)(?=\s+in\b|\s*$|\s*[,;.)]|\s+(?:or|and|is|would|preferred|required)\b)))",
    re.I,
)
_DEGREE_NAMES = {
    "bachelor": "Bachelor's degree",
    "master": "Master's degree",
    "mba": "MBA",
    "associate": "Associate degree",
}
#: the keys of the skills degree_names names (requirements.degree)
DEGREE_KEYS = frozenset(
    slugify(name)
    for name in (*_DEGREE_NAMES.values(), *(f"High school {p}" for p in ("diploma", "degree", "education")))
)


def degree_key(key: str) -> bool:
    """Whether a skill's key is that of a degree or diploma :func:`degree_names` names (requirements.degree).

    >>> degree_key("bachelor-s-degree"), degree_key("horticulture-diploma"), degree_key("pruning")
    (True, True, False)
    """
    return key in DEGREE_KEYS or key.endswith(("-degree", "-diploma"))


#: an item opening with the degree it asks for: "Bachelor's degree in a relevant field", "A degree in nursing"
_OPENS_DEGREE = re.compile(r"\W*(?:(?:an?|the|minimum|min\.?|at\s+least)\s+)*" + _DEGREE.pattern[2:], re.I)
#: where what an item asks for beside a degree starts: "a diploma and experience in retail"
_BESIDE_DEGREE = re.compile(r"\s*[,;]?\s*\b(?:and|however|but|whereas|while|plus)\b\s*", re.I)
#: a degree's subject following it: "a degree in nursing", "Master of Science"
_DEGREE_SUBJECT = re.compile(_DEGREE.pattern + r"[^,;]*?\b(?:in|of)\s", re.I)
#: how a requirement beside a degree opens: "and experience in ...", "and a forklift licence"
_REQUIREMENT_OPENING = re.compile(
    r"\W*(?:an?|some|\d+|experience|knowledge|skills?|abilit(?:y|ies)|able|proven|strong|good|excellent"
    r"|familiarity|proficiency|fluency|understanding|working|solid)\b",
    re.I,
)
#: where a clause of an item starts, for the words before a degree
_DEGREE_CLAUSE = re.compile(r"[,;:(]|\b(?:and|however|but|plus|whereas)\b", re.I)
#: a verb asking for what follows it: "some posts require a diploma"
_ASKS_FOR = re.compile(
    r"\b(?:requires?|required|needs?|needed|ask(?:s|ed)? for|holds?|hav(?:e|ing)|possess(?:es)?|prefers?|preferred"
    r"|wants?|expects?|expected)\b"
)
#: words that may come before a degree an item asks for: "at least a relevant bachelor's degree"
_DEGREE_FILLER = frozenset(
    "a an the minimum min at least relevant related accredited appropriate preferably ideally required requires"
    " require need needs hold holds have has possess with recognised recognized four-year 4-year two-year 2-year"
    " full completed equivalent any university college level education qualification qualifications typically"
    " usually also either both higher secondary good of".split()
)
#: a word saying the degree is not asked for: "no degree needed", "you don't need a degree"
_NOT_ASKED = re.compile(r"\b(?:no|not|never|without|n't|nor)\b|n’t\b", re.I)


#: a predicate telling what someone learned in a post: "learned how to", "learnt more about", "picked up"
_LEARNED = re.compile(
    r"(?:learn(?:ed|t|s|ing)?|picked\s+up|got\s+to\s+know)\s+(?:(?:more|a\s+lot|lots|so\s+much|quickly|fast|early"
    r"\s+on|a\s+great\s+deal)\s+)*(?:(?P<how>how\s+to|to)\s+|(?P<about>about)\s+)?",
    re.I,
)
_GERUND_OPENING = re.compile(r"[a-z]+ing\b", re.I)
#: attention paid to something: "pay close attention to detail"
_ATTENTION = re.compile(
    r"\b(?:pay(?:s|ing)?|paid)\s+(?:(?:close|careful|great|meticulous|particular)\s+)?(?P<what>attention\s+to\s+"
    r"(?P<to>detail|details|safety|quality|accuracy|hygiene|cleanliness|deadlines))\b",
    re.I,
)
#: an age asked for: "21 years of age or older", "aged 18 or over", "must be 18+"
_AGE = re.compile(r"\byears?\s+(?:of\s+age|old)\b|\baged?\s+(?:\d|over|at\s+least)|\b(?:be|are)\s+\d\d\s*\+", re.I)
#: an item addressed to the reader ("You have led a team", "You'll be confident with", "You can motivate people"):
#: "you", a clitic ("'ve", "'re", "'ll") and auxiliaries or adverbs, up to what the reader has, is or does
_ADDRESSED = re.compile(
    r"\W*you(?P<clitic>['’](?:ve|re|ll|d))?\s+(?:(?:will|would|should|must|can|could|may|also|already|ideally"
    r"|preferably|probably|really|truly|definitely|certainly|always)\s+)*",
    re.I,
)
#: what a job offers the reader or where it puts them, after "you (will)": no duty ("report to", "get", "enjoy")
_OFFERED = re.compile(
    r"(?:report|answer)s?\s+(?:directly\s+)?to\b|(?:get|receive|enjoy|earn|join|gain|benefit|be\s+(?:given|paid|offered"
    r"|based|joining|part|working\s+(?:in|at|from|alongside))|have\s+access)\b",
    re.I,
)
#: an item whose subject is a pronoun for the post ("They run the stock count", "She will clean the rooms"): the
#: pronoun and any auxiliaries or adverbs, up to the verb of its work
_THIRD_PERSON = re.compile(
    r"\W*(?:they|he|she)\s+(?:(?:will|would|should|must|can|could|may|also|often|usually|typically|generally"
    r"|normally|sometimes|then|always)\s+)*",
    re.I,
)
#: verbs after such a pronoun that name no work of the post: "They need to ...", "She wants ...", "They tend to ..."
_THIRD_PERSON_NO_DUTY = frozenset(
    {"need", "want", "ought", "tend", "seem", "earn", "say", "feel", "think", "like", "love", "do", "get", "become",
     "go", "come", "start", "begin", "move", "report", "work", "make"}
)
#: what the reader is or has after "you": a state or a possession, not a duty
#: keeping one's knowledge current, before what it is kept current with: "stay up to date with", "keep abreast of"
_KEPT_UP = re.compile(
    r"\W*(?:stay|stays|staying|keep|keeps|keeping|remain|remains|remaining)\s+(?:up[- ]?to[- ]?date|current"
    r"|abreast|informed|on top|updated|up[- ]to[- ]speed)\s+(?:with|on|of|about)\s+",
    re.I,
)
_BE_WORDS = frozenset({"are", "be", "is", "am"})
_HAVE_WORDS = frozenset({"have", "has", "had", "hold", "possess"})


def _gerund_names(text: str) -> list[SkillName]:
    """Activities named by gerunds, each as written: "working with money and helping customers" names two."""
    out = []
    at = 0
    for piece in re.split(r"[,;.]|\b(?:and|or)\b(?=\s+[a-z]+ing\b)", text, flags=re.I):
        start = text.index(piece, at)
        at = start + len(piece)
        name = piece.strip()
        if not name:
            continue
        if not _GERUND_OPENING.match(name) or len(name.split()) > 5:
            break
        start += len(piece) - len(piece.lstrip())
        out.append(SkillName(start, start + len(name), _sentence_case(name.lower()), True))
    return out


def degree_names(item: str) -> list[SkillName]:
    """The degrees or school diplomas an item asks for, each named by its level (requirements.degree).

    The subject a degree is in is no part of the name ("Bachelor's degree in marketing" asks
    for a bachelor's degree); a degree or diploma of no level is named by its field ("business
    degrees", "a degree in nursing": Business degree, Nursing degree), and names none without one
    ("a relevant degree"); of alternatives ("a BSc, or an associate degree with experience") the
    first is the one asked for; an item saying none is needed names none.

    Examples
    --------
    >>> [s.name for s in degree_names("BSc in pharmacology or an associate degree")]
    ["Bachelor's degree"]
    >>> [s.name for s in degree_names("a high school diploma and an MBA")]
    ['High school diploma', 'MBA']
    >>> degree_names("No degree is needed"), degree_names("Forklift licence")
    ([], [])
    >>> [s.name for s in degree_names("a degree in forestry or ecology would help")]
    ['Forestry or ecology degree']
    """
    out: list[SkillName] = []
    for start, end, name in _degrees_in(item):
        if _NOT_ASKED.search(item, 0, start):
            break
        before = _ASKS_FOR.split(_DEGREE_CLAUSE.split(item[:start])[-1].lower())[-1]
        if not set(re.findall(r"[\w'’-]+", before)) <= _DEGREE_FILLER:
            continue  # a degree the clause does not ask for: "after completing your degree"
        between = item[out[-1].end : start] if out else ""
        if re.search(r"\bor\b", between, re.I) and "(" not in between:
            continue  # an alternative to the degree named before (not one in brackets: "or equivalent (X preferred)")
        if name is None:
            continue  # "a relevant degree": neither a level nor a field named, no skill
        if all(s.name != name for s in out):
            out.append(SkillName(start, end, name, True, item[start:end]))
    return out


#: a degree or diploma named by its field, before it or after "in" / "of": "a business degree", "a Culinary Arts
#: diploma", "a degree in nursing or midwifery"
_FIELD_PAPER = re.compile(
    r"\b(?:(?P<paper>degree)s?\b(?!\s+of\b)(?:\s+in\s+(?P<subject>[^,;:.()\n]+))?"
    r"|(?P<diploma>diploma)s?\b(?:\s+(?:in|of)\s+(?P<field>[^,;:.()\n]+))?)",
    re.I,
)
_FIELD_WORD = re.compile(r"[A-Za-z][a-z]+|[A-Z]{2,}")
#: words before "degree" or "diploma" that are no field of it: fillers, levels, kinds, possessives, verbs
_NOT_FIELD = _DEGREE_FILLER | frozenset(
    "your my their his her our its this that these those no any some of in for to and or with without get got earn"
    " earned obtain obtained complete finish finished is are was were be been do did advanced graduate"
    " postgraduate undergraduate honours honors first second third class upper lower foundation vocational"
    " technical professional formal general academic tertiary post year years higher school national diploma"
    " degree associate bachelor master doctoral phd such as like".split()
)
#: where a degree's subject after "in" ends: a verb or modal, an article, a word of judgement or of a clause
_SUBJECT_END = frozenset(
    "could would may might can will should must is are was were be preferred required desirable desired"
    " beneficial advantageous essential helpful useful a an the plus from at with for to as which that who"
    " although though but while whereas especially ideally preferably also is".split()
)


def _degrees_in(item: str) -> list[tuple[int, int, str | None]]:
    """The degrees an item names, in order: each one's span and its name, by its level ("Bachelor's degree") or,
    naming none, by its field ("Business degree" for "business degrees", "Nursing or midwifery degree" for "a
    degree in nursing or midwifery"); None for a degree of neither ("a relevant degree")."""
    found: list[tuple[int, int, str | None]] = []
    for m in _DEGREE.finditer(item):
        level = m.lastgroup if m.lastgroup != "paper" else "school"
        if level == "school":
            paper = (m.group("paper") or "diploma").lower()
            found.append((m.start(), m.end(), "High school " + ("diploma" if paper == "certificate" else paper)))
        elif level != "degree":
            found.append((m.start(), m.end(), _DEGREE_NAMES[str(level)]))
    for m in _FIELD_PAPER.finditer(item):
        group = "paper" if m.group("paper") else "diploma"
        paper, after = m.group(group).lower(), m.group("subject") or m.group("field")
        if any(a < m.end(group) and m.start(group) < b for a, b, _ in found):
            continue  # (a degree named by its level: "a bachelor's degree in nursing"; not "a high degree of care")
        field: list[re.Match[str]] = []
        for word in reversed(list(_FIELD_WORD.finditer(item, max(0, m.start() - 40), m.start()))):
            between = item[word.end() : field[0].start() if field else m.start()]
            if between.strip() or word.group().lower() in _NOT_FIELD or len(field) == 3:
                break
            field.insert(0, word)
        subject = _subject_words(after) if after and not field else ""
        if field:
            name: str | None = _sentence_case(" ".join(w.group() for w in field).lower()) + " " + paper
            plural = item[m.end(group) : m.end(group) + 1].lower() == "s"
            found.append((field[0].start(), m.end(group) + plural, name))
        elif subject:
            name = _sentence_case(subject.lower()) + " " + paper
            found.append((m.start(), item.index(subject, m.end(group)) + len(subject), name))
        elif paper == "degree":
            found.append((m.start(), m.end(group), None))
    return sorted(found)


def opens_degree(item: str) -> bool:
    """Whether an item opens with the degree it asks for, by its level or its field ("A BSc in physics", "A
    horticulture diploma", "A degree in forestry")."""
    if _OPENS_DEGREE.match(item):
        return True
    found = _degrees_in(item)
    return bool(found) and found[0][2] is not None and _DEGREE_OPENING.fullmatch(item, 0, found[0][0]) is not None


#: what may stand before the degree an item opens with
_DEGREE_OPENING = re.compile(r"\W*(?:(?:an?|the|minimum|min\.?|at\s+least)\s+)*", re.I)


def _subject_words(subject: str) -> str:
    """A degree's subject after "in": its words up to a verb, an article or a clause ("business or accounting could be
    a plus": business or accounting), at most five, joined by "or", "and" or "&" and not ending with one."""
    words: list[str] = []
    for word in subject.split():
        low = word.lower().strip("'’")
        if low in _SUBJECT_END or not re.fullmatch(r"[A-Za-z][A-Za-z'’-]*|&", word) or len(words) == 5:
            break
        words.append(word)
    while words and words[-1].lower() in {"or", "and", "&"}:
        words.pop()
    return " ".join(words)


def offers_the_reader(item: str) -> bool:
    """Whether an item addressed to the reader says what the job offers or where it puts them ("You'll get free
    meals and a uniform", "You will report to the head chef"), not what the reader does (requirements.duty-names).

    Examples
    --------
    >>> offers_the_reader("You'll get free meals and a uniform"), offers_the_reader("You will take bookings")
    (True, False)
    """
    you = _ADDRESSED.match(item)
    return you is not None and _OFFERED.match(item, you.end()) is not None


def degree_subject(piece: str) -> bool:
    """Whether a piece of an item names a degree and opens its subject ("Degree in Finance"): the comma pieces after
    it ("Business or related discipline") are more of the subject until one opens a requirement of its own.

    Examples
    --------
    >>> degree_subject("Degree in Finance"), degree_subject("BSc in pharmacology"), degree_subject("Excel")
    (True, True, False)
    """
    return _DEGREE_SUBJECT.search(piece) is not None


def opens_requirement(piece: str) -> bool:
    """Whether a piece of an item opens a requirement of its own ("experience in retail", "a forklift licence")."""
    return _REQUIREMENT_OPENING.match(re.sub(r"^\W*(?:and|or|plus)\s+", "", piece, flags=re.I)) is not None


def names_nothing(item: str) -> bool:
    """Whether a requirement item, however long, is a degree, a benefit or time spent somewhere, not a skill.

    Examples
    --------
    >>> names_nothing("A degree in marketing or a related subject"), names_nothing("Forklift licence")
    (True, False)
    >>> names_nothing("2+ years in a busy warehouse or a returns team")
    True
    """
    return _NO_SKILL_ITEM.search(item) is not None or _TIME_SPENT.match(item) is not None


#: filler that may open an item, tried longest first (word sequences, lower case)
_OPENERS: tuple[tuple[str, ...], ...] = tuple(
    sorted(
        (
            tuple(p.split())
            for p in (
                "ability to",
                "above all",
                "able to",
                "be able to",
                "capacity to",
                "capable of",
                "in charge of",
                "responsible for",
                "be responsible for",
                "skills in",
                "skill in",
                "skills of",
                "experience in",
                "experience within",
                "experience with",
                "experience of",
                "experience as a",
                "experience as an",
                "experience working in",
                "experience working within",
                "experience using",
                "experienced in",
                "experienced with",
                "knowledge of",
                "knowledge in",
                "working knowledge of",
                "working understanding of",
                "understanding of",
                "familiarity with",
                "familiar with",
                "proficiency in",
                "proficiency with",
                "proficient in",
                "proficient with",
                "expertise in",
                "expert in",
                "competence in",
                "command of",
                "grasp of",
                "background in",
                "skilled in",
                "skilled at",
                "versed in",
                "well versed in",
                "comfortable with",
                "confident with",
                "confident in",
                "track record of",
                "degree of",
                "a high degree of",
                "a certain degree of",
                "all the skills of",
                "track record in",
                "fundamentals of",
                "the fundamentals of",
                "basics of",
                "blend of",
                "mix of",
                "combination of",
                "range of",
                "sense of",
                "passion for",
                "eye for",
                "focus on",
                "focused on",
                "need to",
                "needs to",
                "must have",
                "have to",
                "has to",
                "is to",
                "are to",
                "good at",
                "great at",
                "fluency in",
                "fluent in",
                "training in",
                "exposure to",
                "flair for",
                "feel for",
                "knack for",
                "nose for",
                "instinct for",
                "aptitude for",
                "talent for",
                "grounding in",
                "a lot of",
                "lot of",
                "lots of",
                "plenty of",
                "a range of",
                "a variety of",
                "a wide range of",
                "a number of",
                "all aspects of",
                "every aspect of",
                "aspects of",
                "knowledge and experience of",
                "knowledge and experience in",
                "experience and knowledge of",
                # "employers want someone who has an eye for stock": who is sought, then what they have
                "someone who has",
                "someone who is",
                "someone who can",
                "people who have",
                "people who are",
                "people who can",
                "candidates who have",
                "candidates who are",
                "candidates who can",
                # "Ensure to arrange the products ...", "Make sure to check the tills": the duty is the verb after
                "ensure to",
                "make sure to",
                "be sure to",
                "make sure you",
            )
        ),
        key=lambda p: -len(p),
    )
)
#: the openers by their first word, each word's in the order of _OPENERS (an item's first word picks the few to try)
_OPENERS_BY_FIRST: dict[str, tuple[tuple[str, ...], ...]] = {
    first: tuple(p for p in _OPENERS if p[0] == first) for first in dict.fromkeys(p[0] for p in _OPENERS)
}
#: where an object (after a verb) ends: prepositions other than "of", conjunctions, clause words
_OBJECT_STOPS = frozenset(
    {"on", "in", "at", "across", "for", "with", "to", "from", "through", "into", "within", "by", "via", "against",
     "between", "among", "under", "over", "throughout", "using", "that", "which", "who", "where", "while", "so",
     "including", "such", "like", "as", "when", "if", "until", "before", "after", "per", "according", "around",
     "alongside", "whether", "about", ",", ";", ":", "(", ")", "—", "–", "etc", "e.g", "e.g.", "i.e", "they", "we",
     "you", "it", "he", "she", "i", "every", "each", "daily", "weekly", "monthly", "once", "twice", "whenever",
     "wherever", "regarding", "concerning", "during", "based", "without"}
)
#: where an object inside a series of commas ends (its commas kept), and where one item of a list ends
_SERIES_STOPS = _OBJECT_STOPS - {","}
_ITEM_STOPS = _OBJECT_STOPS | {"and", "or", "&", ","}
#: an item naming one of these is no skill: benefits, pay, place, people, degrees, pronouns
_NOT_SKILLS = frozenset(
    {
        "salary",
        "salaries",
        "bonus",
        "bonuses",
        "pension",
        "holiday",
        "holidays",
        "vacation",
        "insurance",
        "benefits",
        "perks",
        "discount",
        "discounts",
        "allowance",
        "commission",
        "pay",
        "remote",
        "hybrid",
        "location",
        "degree",
        "degrees",
        "bachelor",
        "bachelor's",
        "bachelors",
        "master's",
        "masters",
        "mba",
        "bsc",
        "msc",
        "diploma",
        "graduate",
        "you",
        "your",
        "we",
        "our",
        "us",
        "i",
        "my",
        "me",
        "they",
        "them",
        "he",
        "she",
        "it",
        "its",
        "role",
        "roles",
        "work-life",
        "work/life",
        "balance",
        "following",
        "sure",
        "responsibilities",
        "responsibility",
        "duties",
        "requirements",
        "qualifications",
        "experiences",
        "etc",
        "thing",
        "things",
        "way",
        "ways",
        "lot",
        "people",
    }
)
#: words of quantity before "of": "a certain amount of", "large volumes of", "a number of"
_QUANTITY_WORDS = frozenset({"amount", "amounts", "volume", "volumes", "number", "numbers", "quantity", "quantities",
                             "lot", "lots", "range", "variety", "plenty", "aspect", "aspects", "level", "levels",
                             "degree"}
                            # (how many kinds: "use a combination of manual and automated tools")
                            | {"combination", "mix", "selection", "array", "assortment", "multitude", "host"})
#: objects too vague to name a skill on their own: "communicate the advantages", "address concerns"
_VAGUE_OBJECTS = frozenset(
    {"advantage", "advantages", "benefit", "benefits", "interest", "interests", "expectation", "expectations",
     "goal", "goals", "objective", "objectives", "target", "targets", "matter", "matters", "aspect", "aspects",
     "everything", "anything", "something", "others", "cool"}
)
#: what a person goes through rather than does as work: "do the quiz", "do the study or training for this job"
_UNDERGONE = frozenset(
    {"study", "studies", "training", "course", "courses", "quiz", "quizzes", "test", "tests", "exam", "exams",
     "apprenticeship", "internship", "degree"}
)
#: noun endings and nouns that name an activity: after a light or any verb, the object alone is the skill
_ACTIVITY_ENDINGS = ("ment", "tion", "sion", "ing", "ance", "ence", "ship", "ysis", "ity", "ogy", "acy", "ness")
_ACTIVITY_NOUNS = frozenset(
    {"strategy", "strategies", "research", "operations", "operation", "escalations", "analytics", "growth",
     "retention", "expansion", "adoption", "sales", "relations", "design", "campaigns", "campaign", "process",
     "processes", "programme", "programmes", "program", "programs", "projects", "project", "initiatives",
     "roadmap", "policy", "policies", "procedures", "logistics", "outreach", "support", "service", "services"}
)


#: qualities of a worker that no ending marks as such, each an item of a list of its own: a skill alone after "and"
#: ("safe lifting and stamina": two), and what an infinitive after one says is what it is for, not a skill ("the
#: stamina to lift cases, the tact to calm guests and the patience to wait": three qualities)
_PLAIN_QUALITIES = frozenset(
    {"stamina", "patience", "tact", "empathy", "honesty", "integrity", "initiative", "enthusiasm", "confidence",
     "diligence", "courtesy", "discretion", "fitness", "strength", "punctuality", "reliability", "flexibility",
     "creativity", "resilience", "composure", "calmness", "diplomacy", "accuracy", "numeracy", "literacy",
     "attitude", "mindset", "temperament", "temper", "energy", "drive", "determination", "curiosity", "discipline",
     "maturity", "motivation", "imagination", "judgement", "judgment", "personality", "humility", "grit", "courage",
     "perseverance"}
)
#: endings of adjectives that complete "keep X ..." / "make X ...": "accurate", "tidy", "visible", "safe"
_COMPLEMENT_ENDINGS = ("ate", "ful", "ble", "ive", "ous", "ic", "al", "dy", "ty", "afe", "ean", "ear", "ed")

#: adjectives that complete "keep X ..." whatever their ending: "keep the brigade calm", "keep costs low"
_COMPLEMENTS = frozenset({"calm", "safe", "clean", "happy", "busy", "running", "moving", "going", "open", "warm",
                          "cool", "low", "high", "short", "tight", "fresh", "full", "steady", "updated", "informed"})

_PREPOSITIONS = frozenset(
    {"of", "in", "on", "at", "to", "for", "with", "as", "about", "up", "out", "off", "down", "within", "across",
     "through", "into", "from", "by", "via", "under", "over", "between", "among", "around", "alongside"}
)
#: words after a verb that open no object of it: "and", "or", a preposition
_JOINS_AND_PREPOSITIONS = _PREPOSITIONS | {"and", "or"}


#: words that open no skill's name: prepositions a duty's phrase keeps once its object was a pronoun
_LEFT_BEHIND = frozenset({"by", "upon", "on", "at", "for", "with"})


class _Tok(NamedTuple):
    start: int
    end: int
    text: str
    lower: str


def _tokens(item: str) -> list[_Tok]:
    out: list[_Tok] = []
    for m in _TOKEN.finditer(item):
        word = m.group()
        if word == " & ":
            if _joins_duties(item, m.end(), out):
                out.append(_Tok(m.start() + 1, m.end() - 1, "&", "and"))
            continue
        lower = word.lower() if word != "IT" or item.isupper() else word  # ("IT skills": no pronoun)
        if lower.endswith("(s") or lower.endswith("(es"):
            continue
        out.append(_Tok(m.start(), m.end(), word, lower))
    return out


def _joins_duties(item: str, after: int, before: list[_Tok]) -> bool:
    """Whether a lone '&' at ``after`` (the end of ' & ') joins two duties, each led by its own verb in the
    imperative ("Sweep the yard & check the gates"): it then splits as "and" would; elsewhere it stays inside a
    name ("Health & Safety", "P&L", "Food & Beverage") and is dropped.

    >>> _joins_duties("Sweep the yard & check the gates", 17, _tokens("Sweep the yard"))
    True
    >>> _joins_duties("Health & Safety", 9, _tokens("Health"))
    False
    """
    if len(before) < 2 or before[0].lower != verb_base(before[0].lower) or before[-1].lower in _PREPOSITIONS:
        return False
    words = [m.group().lower() for m in itertools.islice(_TOKEN.finditer(item, after), 2)]
    if len(words) < 2 or (words[1] not in _DETERMINERS and words[1] not in _OBJECT_PRONOUNS):
        return False  # "Manage the sales & support teams": a verb is known by the object it takes
    return verb_base(words[0]) == words[0] and words[0] != before[0].lower


#: verbs of dealing with people by word that open too few O*NET task statements to be derived and are never nouns
#: ("tell stories", "reassure patients", "apologise to guests", "persuade shoppers")
_SPOKEN_VERBS = frozenset(
    {"tell", "reassure", "persuade", "convince", "apologise", "apologize", "empathise", "empathize", "soothe"}
)


@functools.lru_cache(maxsize=8192)
def _verb_base(word: str) -> tuple[str, bool] | None:
    """The base form of a verb in the table and whether the form itself says it is a verb (not a base form)."""
    if word in _IRREGULAR:
        return _IRREGULAR[word], True
    if word in _FEELING_NOT_BASE:
        return None
    if word in _VERB_NOUNS or word in _GOAL_VERBS or word in _work_verbs() or word in _SPOKEN_VERBS:
        return word, False
    if word.startswith("re-") and len(word) > 5 and (again := _verb_base(word[3:])) is not None:
        return f"re-{again[0]}", again[1]  # "Re-stocks the shelves", "re-check the fridge": the verb done again
    if word == "welcoming":
        return None  # "a clean, tidy and welcoming counter": an adjective, though "welcome guests" is a duty
    # (past forms are left out: at an item's start "Organised", "Detailed" are adjectives)
    for stem, _ in _stems(word, _PRESENT_ENDINGS):
        if stem in _VERB_NOUNS or stem in _GOAL_VERBS or stem in _work_verbs() or stem in _SPOKEN_VERBS:
            return stem, True
    return None


#: endings of a verb's present forms: (ending, the form it makes, what the stem gets back): "tidies", "plans"
_PRESENT_ENDINGS = (("ies", "s", "y"), ("es", "s", ""), ("s", "s", ""), ("ing", "ing", ""), ("ing", "ing", "e"))
#: and of its past forms too: "copied", "locked", "wiped"
_VERB_ENDINGS = (*_PRESENT_ENDINGS, ("ied", "ed", "y"), ("ed", "ed", ""), ("ed", "ed", "e"))


def _stems(word: str, endings: tuple[tuple[str, str, str], ...]) -> Iterator[tuple[str, str]]:
    """The stems ``word`` may be an inflected form of, with the form, in the order of ``endings``; a doubled last
    consonant before "-ing" or "-ed" is tried undoubled first ("planning", "mopped"; "dressing" keeps its "ss").

    >>> list(_stems("planning", _PRESENT_ENDINGS))
    [('plan', 'ing'), ('plann', 'ing'), ('planne', 'ing')]
    """
    for suffix, form, adds in endings:
        if word.endswith(suffix) and len(word) > len(suffix) + 2:
            stem = word[: -len(suffix)] + adds
            if suffix in {"ing", "ed"} and not adds and len(stem) > 3 and stem[-1] == stem[-2]:
                yield stem[:-1], form
            yield stem, form


@functools.cache
def _work_verbs() -> frozenset[str]:
    """The verbs of work that open O*NET's task statements (``loaders/data/duty_verbs.txt``, derived by
    ``tools/duty_verbs.py``; never nouns there): duties of any trade are written with them ("Advise
    customers", "Promote our brand", "Print shipping labels"), beyond the verbs of :data:`_VERB_NOUNS`.

    Examples
    --------
    >>> {"advise", "promote", "print"} <= _work_verbs(), "report" in _work_verbs()
    (True, False)
    """
    text = resources.files("careergraph.loaders").joinpath("data", "duty_verbs.txt").read_text(encoding="utf-8")
    return frozenset(line for line in text.splitlines() if line and not line.startswith("#"))


def verb_base(word: str, *, past: bool = False) -> str | None:
    """The base form of ``word`` (lower case) when it is a form of a verb of duty or goal the namer knows
    (with ``past``, its past forms too: after a subject "chased" is a verb, at an item's start an adjective).

    Examples
    --------
    >>> verb_base("negotiates"), verb_base("planning"), verb_base("weather")
    ('negotiate', 'plan', None)
    >>> verb_base("chased", past=True), verb_base("built", past=True), verb_base("chased")
    ('chase', 'build', None)
    """
    found = _verb_base(word)
    if found is None and past:
        return _past_base(word)
    return found[0] if found is not None else None


#: everyday verbs of work that are nouns or adjectives as often and open too few O*NET task statements to be
#: derived ("lock the doors", "mop the floors", "tidy the bar"): read as :func:`noun_verb` reads the derived ones
_HOUSE_VERBS = frozenset(
    {"lock", "unlock", "wipe", "mop", "refill", "tidy", "iron", "hoover", "fetch", "chop", "peel", "shelve",
     "sanitise", "sanitize", "unpack", "empty", "mend", "tally", "water"}
)


@functools.cache
def _noun_verbs() -> frozenset[str]:
    """The verbs of work that are nouns as often (``loaders/data/duty_verbs_ambiguous.txt``, derived by
    ``tools/duty_verbs.py``, and :data:`_HOUSE_VERBS`), less those :func:`verb_base` knows.

    >>> {"order", "direct", "pay", "lock"} <= _noun_verbs(), "report" in _noun_verbs()
    (True, False)
    """
    text = resources.files("careergraph.loaders").joinpath("data", "duty_verbs_ambiguous.txt").read_text(
        encoding="utf-8"
    )
    words = {line for line in text.splitlines() if line and not line.startswith("#")} | _HOUSE_VERBS
    return frozenset(w for w in words if _verb_base(w) is None)


@functools.lru_cache(maxsize=8192)
def noun_verb(word: str) -> tuple[str, str] | None:
    """The base form of ``word`` (lower case) and its form ("", "s", "ing" or "ed") when it is a form of a verb of
    work that is a noun as often ("orders", "locked", "mopping"); such a word is read as a verb only where no noun
    can stand (after a role that does the work, after "to", before a determiner), never by :func:`verb_base`.

    >>> noun_verb("orders"), noun_verb("tidies"), noun_verb("mopping"), noun_verb("wiped"), noun_verb("checks")
    (('order', 's'), ('tidy', 's'), ('mop', 'ing'), ('wipe', 'ed'), None)
    """
    verbs = _noun_verbs()
    if word in verbs:
        return word, ""
    return next(((stem, form) for stem, form in _stems(word, _VERB_ENDINGS) if stem in verbs), None)


def act_plural(written: str) -> bool:
    """A plural that counts acts of work, one-word item of a list of skills as a plain noun is: the plural of a
    verb of work that is a noun as often, or of one whose noun of action is itself ("returns", "transfers",
    "orders", "reviews", "repairs"); not a broad or vague one ("issues", "changes", "questions")."""
    word = written.lower()
    if written[1:] != word[1:] or not word.isalpha() or not word.endswith("s") or word in _VAGUE_ACTS:
        return False
    found = noun_verb(word)
    if found is not None:
        return found[1] == "s"
    return _VERB_NOUNS.get(word[:-1]) == word[:-1]


#: plurals of verbs of work that name no work alone: "issues", "changes", "questions", "positions"
_VAGUE_ACTS = frozenset(
    {"issues", "changes", "questions", "positions", "posts", "starts", "stops", "pays", "works", "supports",
     "addresses", "cares", "completes", "controls", "directs", "guides", "types", "shapes", "studies", "services"}
)
#: the first words of a verb's object that no noun is followed by: an article, a possessive, a quantifier
_OBJECT_OPENERS = _ARTICLES | frozenset(
    {"all", "any", "some", "each", "every", "both", "several", "many", "two", "three", "four", "five", "new", "my"}
)


def object_opener(word: str) -> bool:
    """Whether ``word`` (lower case) opens a verb's object and never follows a noun it would belong to: an article,
    a possessive, a quantifier or a number ("locks the doors", "orders all stock", "pays 20 invoices")."""
    return word in _OBJECT_OPENERS or word[:1].isdigit()


#: nouns of the actions of verbs of work that are nouns as often, where their gerund is not the usual name
_NOUN_VERB_ACTIONS = {"control": "control", "transfer": "transfer", "diagnose": "diagnosis", "complete": "completion",
                      "store": "storage", "survey": "survey", "inventory": "inventory", "search": "search",
                      "patrol": "patrolling", "program": "programming"}


def _noun_verb_action(base: str) -> str:
    """The noun of the action of such a verb: its gerund ("lock" -> "locking", "mop" -> "mopping"), else the
    usual noun ("control", "diagnosis")."""
    known = _NOUN_VERB_ACTIONS.get(base)
    if known is not None:
        return known
    if base.endswith("e") and not base.endswith(("ee", "ye", "oe")):
        return base[:-1] + "ing"
    vowels = [c in "aeiou" for c in base]
    one_syllable = sum(1 for a, b in itertools.pairwise([False, *vowels]) if b and not a) == 1
    if one_syllable and len(base) >= 3 and vowels[-2:] == [True, False] and not vowels[-3] and base[-1] not in "wxy":
        return base + base[-1] + "ing"  # "mop" -> "mopping", "chip" -> "chipping"
    return base + "ing"


#: pronouns a verb may take as its object: "order them on time"
_OBJECT_PRONOUNS = frozenset({"them", "him", "her", "us", "me", "you", "it", "one", "ones", "themselves", "yourself"})


def _object_phrase(toks: list[_Tok], k: int, form: str, *, closed: bool = False, least: int = 1) -> bool:
    """Whether the words after a verb of work that is a noun as often at ``k`` are its object noun phrase and no
    head it modifies ("Order stock weekly", "Pay suppliers on time"; not "Pay brackets vary", "Store layout and
    merchandising"): up to three words, ending the item or before a comma, a preposition, an adverb or "and" and
    a verb in the same form; the last one word alone or a plural, no gerund or noun of an activity. A ``closed``
    phrase must be followed by a comma or a preposition ("transporting goods to the bays", not "Changing rooms"); a
    phrase holds at least ``least`` words."""
    j = k + 1
    phrase: list[str] = []
    while j < len(toks) and len(phrase) <= 3:
        w = toks[j].lower
        if not w.isalpha() or w in _PREPOSITIONS or w in {"and", "or"} or w in FREQUENCY_WORDS or (
            w.endswith("ly") and len(w) > 4
        ):
            break
        if w in _FUNCTION_WORDS or w in _FINITE or w in _DETERMINERS or w in _OBJECT_PRONOUNS:
            return False  # ("order them on time": a thing named before, no skill)
        phrase.append(w)
        j += 1
    if len(phrase) < max(least, 1) or len(phrase) > 3:
        return False
    head = phrase[-1]
    if (len(phrase) > 1 and not head.endswith("s")) or _activity(head) or head.endswith(_ACTIVITY_ENDINGS):
        return False
    if any(_verb_base(w) is not None and _verb_base(w) != (w, False) for w in phrase):
        return False  # ("Pay rises", "Order picking": a form of a verb inside)
    if j >= len(toks):
        return not closed
    w = toks[j].lower
    if closed:
        return w in {",", ";"} or (w in _PREPOSITIONS and w != "of")
    if w in {"and", "or"}:
        nxt = toks[j + 1].lower if j + 1 < len(toks) else ""
        return _form(nxt) == form and (_verb_base(nxt) is not None or noun_verb(nxt) is not None)
    return w in {",", ";", ")"} or w in FREQUENCY_WORDS or w.endswith("ly") or (w in _PREPOSITIONS and w != "of")


def noun_verb_object(item: str) -> bool:
    """Whether ``item`` opens with a verb of work that is a noun as often in its base form and its object noun
    phrase, no head it modifies (see :func:`_object_phrase`): "Order stock weekly", not "Pay brackets vary".

    >>> noun_verb_object("Order stock weekly"), noun_verb_object("Pay brackets vary")
    (True, False)
    """
    toks = _tokens(item)
    found = noun_verb(toks[0].lower) if toks else None
    return found is not None and found[1] == "" and _object_phrase(toks, 0, "")


def _noun_verb_at(toks: list[_Tok], k: int, *, vouched: bool, duties: bool, tagged: str = "") -> str | None:
    """The base form when token ``k`` opens a duty with a verb of work that is a noun as often: where the caller
    ``vouched`` for a verb there (after a role that does the work), before an article, possessive or quantifier
    (in its base form opening an item in capitals, or in any form in a list of ``duties``), or before its object
    noun phrase in a list of duties or after "to" (``duties``; a gerund's phrase of one word before a comma or a
    preposition); or the verb ``tagged`` (see :func:`_skill_names`) opening the item."""
    found = noun_verb(toks[k].lower)
    if found is None and k == 0 and tagged and toks[k].lower == tagged:
        return toks[k].lower  # a verb no table holds, the trained tagger's (requirements.tagged-verbs)
    if found is None:
        return None
    base, form = found
    if vouched:
        return base
    nxt = toks[k + 1].lower if k + 1 < len(toks) else ""
    # (opening an item or a line, in capitals, or in a list of duties: not a piece of a sentence after "and",
    # "to manage and direct all aspects of ...", whose verbs share the object)
    if (form == "" and (duties or toks[k].text[:1].isupper())) or (duties and form in {"s", "ed"}) or form == "ing":
        # (a gerund before an article, a possessive or a quantifier is a verb anywhere: "responsible for guiding a
        # team", "in charge of ordering the stock")
        if object_opener(nxt):
            return base
    if duties and form == "" and _object_phrase(toks, k, form):
        return base
    if form == "" and k == 0 and nxt in {"and", "or", "&"} and len(toks) > 3 and toks[3].lower in _DETERMINERS:
        # "Water and feed the bedding plants", "Mop and sweep the floors": two verbs before the object they share, the
        # second in its base form
        second = toks[2].lower
        if noun_verb(second) == (second, "") or _verb_base(second) == (second, False):
            return base
    if duties and form == "ing" and k == 0 and (
        object_opener(nxt) or _object_phrase(toks, k, form, closed=True) or _object_phrase(toks, k, form, least=2)
    ):
        # ("- transporting goods to the loading bays", "addressing guest concerns" in a list of duties; not
        # "Changing rooms", one word ending the item)
        return base
    return None


_IRREGULAR_PAST = {"built": "build", "ran": "run", "led": "lead", "wrote": "write", "made": "make", "took": "take",
                   "kept": "keep", "sold": "sell", "bought": "buy", "taught": "teach", "drove": "drive",
                   "oversaw": "oversee", "dealt": "deal", "spent": "spend", "sent": "send", "did": "do", "had": "have",
                   # participles after "had" / "'d" / "have" in a story: "I'd taken notes", "I had driven the van"
                   "taken": "take", "undertaken": "undertake", "undertook": "undertake",
                   "driven": "drive", "drawn": "draw", "drew": "draw", "overseen": "oversee", "done": "do",
                   "ridden": "ride", "rode": "ride", "sewn": "sew", "grown": "grow", "grew": "grow", "swept": "sweep",
                   "dug": "dig", "sought": "seek", "chosen": "choose", "chose": "choose", "laid": "lay", "gave": "give"}


@functools.lru_cache(maxsize=4096)
def _past_base(word: str) -> str | None:
    """The base form of a past form of a known verb: "chased", "planned", "copied", "built"."""
    if word in _IRREGULAR_PAST:
        return _IRREGULAR_PAST[word]
    if not word.endswith("ed") or len(word) < 5:
        return None
    for stem in (word[:-1], word[:-2], word[:-3] + "y" if word.endswith("ied") else "", word[:-3]):
        if stem and (stem in _VERB_NOUNS or stem in _GOAL_VERBS or stem in _work_verbs()):
            return stem
    return None


def _is_verb(toks: list[_Tok], k: int, infinitive: bool = False) -> str | None:
    """The base form when token ``k`` is a verb here: an unambiguous form, a base form before a determiner,
    or any base form after "to" (``infinitive``)."""
    if toks[k].lower in {"follow", "follows", "following"} and k + 1 < len(toks) and toks[k + 1].lower == "up":
        return "follow"  # "follow up with suppliers" (not "the following skills")
    if (
        toks[k].lower in _CARING_FORMS
        and k + 1 < len(toks)
        and toks[k + 1].lower == "for"
        and (k == 0 or toks[k - 1].lower in {"to", "and", "or", ","})
    ):
        return _CARING_FORMS[toks[k].lower]  # "care for patients", "cater for large groups" (a noun as often)
    if toks[k].lower in {"make", "makes", "making"} and k + 1 < len(toks) and toks[k + 1].lower == "sure":
        return "make"  # "make sure that the visit is enjoyable": a verb of seeing to a state, as "ensure" is
    if toks[k].lower in _CHECKING_THAT_FORMS and k + 1 < len(toks) and toks[k + 1].lower == "that":
        # "Check that the trays are washed": a verb of checking a state, before the clause that says it
        return _CHECKING_THAT_FORMS[toks[k].lower]
    found = _verb_base(toks[k].lower)
    if found is None:
        return None
    base, inflected = found
    if not inflected and base in _CLEAN_WORDS and _record_after(toks, k):
        return None  # "a clean driving licence", "clear background check": a record said to be clean, no duty
    if not inflected and base in _NOUN_FIRST_VERBS and k + 1 < len(toks) and toks[k + 1].lower in _STOCK_WORK:
        return None  # "stock control", "stock counts", "stock room": the noun naming the work on it, no verb
    if inflected or infinitive or base not in _AMBIGUOUS or base in _GOAL_VERBS:
        return base
    nxt = toks[k + 1].lower if k + 1 < len(toks) else ""
    if base == "give" and nxt in _GIVEN_HELP:
        return base  # "Give advice and information", "give directions to visitors": help given, a verb before it
    if nxt in _DETERMINERS or (nxt == "any" and k + 2 < len(toks) and toks[k + 2].lower.isalpha()):
        return base  # ("Report any pricing errors", "Answer any questions": "any" opens an object as "all" does)
    if k == 0 and 2 <= len(toks) - k and (at := _manner_tail(toks, 2)) is not None and at <= 4 and all(
        t.lower.isalpha() and t.lower not in _FUNCTION_WORDS and t.lower not in {"and", "or"} for t in toks[1:at]
    ):
        return base  # "Answer calls promptly and politely": an object and how the duty is done, a verb before them
    if base in _ROAD_VERBS and k + 1 < len(toks) and manner_adverb(toks[k + 1].lower) and all(
        manner_adverb(t.lower) or t.lower in {"and", "or", ",", ".", "at", "all", "times"} for t in toks[k + 1 :]
    ):
        return base  # "Drive safely at all times": how one drives, the verb's
    if _phrasal_particles(base, [t.lower for t in toks[k + 1 : k + 3]]) is not None:
        return base  # "Set up the stalls, price the stock ...": a phrasal verb opens the duty
    # "Lead, coach, and mentor a team": base forms in a series, the last before a determiner, are all verbs
    j = k + 1
    while j < len(toks) and toks[j].lower in {",", "and", "or", "&", "/"}:
        j += 1
        if j >= len(toks) or toks[j].lower in {",", "and", "or", "&", "/"}:
            continue
        found = _verb_base(toks[j].lower)
        if found is None and _unknown_verb(toks, j):
            return base  # "Clean and tidy the bar": the last of the series takes the object, a verb the namer lacks
        if found is None or found[1]:
            return None  # a noun or an inflected form: "Stock, orders and deliveries"
        j += 1
        if j < len(toks) and toks[j].lower in _DETERMINERS:
            return base
    return None


#: verbs of work that are nouns as often before a noun of the work done on them ("stock control")
_NOUN_FIRST_VERBS = frozenset({"stock"})
#: nouns of the work done on stock, and of where it is kept: "stock control", "stock counts", "stock room"
_STOCK_WORK = frozenset(
    {"control", "rotation", "count", "counts", "counting", "check", "checks", "checking", "take", "taking", "level",
     "levels", "room", "rooms", "record", "records", "management", "replenishment", "movement", "movements", "audit",
     "audits", "loss", "losses", "accuracy", "handling", "ordering", "takes", "flow", "inventory"}
)
#: verbs that are words of a record's state before one ("clean licence"), and the records
_CLEAN_WORDS = frozenset({"clean", "clear"})
_RECORDS = frozenset(
    {"licence", "license", "licences", "licenses", "record", "records", "history", "check", "checks",
     "certificate", "dbs", "background"}
)


def _record_after(toks: list[_Tok], k: int) -> bool:
    """Whether a record ("licence", "background check") closes the phrase of up to three words after token ``k``,
    before any comma or joining word."""
    for t in toks[k + 1 : k + 4]:
        if t.lower in {",", "and", "or", "&", "/", ";"}:
            return False
        if t.lower in _RECORDS:
            return True
    return False


def _unknown_verb(toks: list[_Tok], j: int) -> bool:
    """Whether token ``j``, after "and" / "or" in a series of verbs and before a determiner, is a verb in its base form
    the namer does not know ("Clean and tidy the bar": tidy): no function word, adverb or determiner stands there."""
    word = toks[j].lower
    return (
        0 < j < len(toks) - 1
        and toks[j - 1].lower in {"and", "or", "&"}
        and toks[j + 1].lower in _DETERMINERS
        and word.isalpha()
        and _form(word) == ""
        and word not in _FUNCTION_WORDS
        and word not in _DETERMINERS
        and not word.endswith("ly")
    )


def _bare_second_verb(toks: list[_Tok], j: int) -> bool:
    """Whether token ``j`` is the second of two verbs opening a duty, in the first one's form, before the bare object
    they share, a verb the namer does not know: "Define and categorize customer cases", "Edit and retouch photos",
    "Books and confirms taxis" (not "Research and development projects": a noun's ending)."""
    if j != 2 or len(toks) < 4 or toks[1].lower not in {"and", "&"} or not toks[0].text[:1].isupper():
        return False  # (opening an item or a line, in capitals: not a piece of a series, "..., update and confirm")
    word, after = toks[j].lower, toks[j + 1].text
    return (
        word.isalpha()
        and _form(word) == _form(toks[0].lower) != "ing"
        and word not in _FUNCTION_WORDS
        and word not in _DETERMINERS
        and not word.endswith("ly")
        and not word.removesuffix("s").endswith(_NOUN_ENDINGS)
        and after.isalpha()
        and after.islower()
        and after not in _JOINS_AND_PREPOSITIONS
        and after not in _FUNCTION_WORDS
        and after not in _DETERMINERS
    )


def _bare_base(word: str) -> str:
    """The base form of a verb in its base form or its "s" form: "confirms" -> "confirm", "finishes" -> "finish"."""
    if _form(word) != "s":
        return word
    if word.endswith(("shes", "ches", "sses", "xes", "zes")):
        return word[:-2]
    return word[:-3] + "y" if word.endswith("ies") else word[:-1]


#: endings of nouns and adjectives, not of verbs: "development", "sales", "retail", "senior" ...
_NOUN_ENDINGS = ("tion", "sion", "ment", "ness", "ity", "ance", "ence", "ship", "ure", "ic", "al", "er", "or", "ist",
                 "ry", "ty", "ive", "ous", "ful", "less", "able", "ible", "ant", "ent", "ism", "ia", "ing", "ss")


#: actions that add little to an activity they take as object: "manage onboarding" is "Onboarding"
_GENERIC_ACTIONS = frozenset(
    {"management", "oversight", "leadership", "ownership", "handling", "support", "development", "execution",
     "implementation", "coordination", "maintenance", "improvement", "organisation", "organization", "supervision"}
)


def _form(word: str) -> str:
    """The inflection a verb is written in: "ing", "s" or "" (its base form)."""
    if word.endswith("ing"):
        return "ing"
    return "s" if word.endswith("s") and not word.endswith("ss") else ""


#: words ending like a gerund that open no duty: "..., during busy periods", "..., including refunds"
_NOT_GERUNDS = frozenset({"during", "being", "including", "regarding", "concerning", "according", "following", "using"})

#: verbs that join two qualities: "combine rigour with speed" names both
_JOINING_VERBS = frozenset({"blend", "combine", "pair", "mix", "marry"})

#: verbs of gaining skills: "build skills in X", "develop knowledge of X" name X
_GAINING_VERBS = frozenset({"build", "develop", "gain", "improve", "hone", "acquire", "strengthen", "learn", "grow",
                            "broaden", "deepen", "sharpen", "expand"})

#: verbs of taking part: "assist in audits" names the audits, not the assisting
_HELPING_VERBS = frozenset({"assist", "contribute", "participate", "support", "help"})

#: prepositions after which a verb with no object of its own takes one: "care for", "listen to", "check on"
_OBJECT_PREPOSITIONS = frozenset({"to", "on", "with"})
#: verbs of caring whose object follows "for": "care for patients", "cater for large groups"
_CARING_VERBS = frozenset({"care", "cater", "fend"})
#: their forms, read as the verb before "for" only (each is a noun as often: "customer care", "catering")
_CARING_FORMS = {
    form: verb for verb in _CARING_VERBS for form in (verb, f"{verb}s", f"{verb.removesuffix('e')}ing")
}
#: nouns too vague to name what a duty is done to: "look on the ways", "agree on things"
_VAGUE_AFTER_PREPOSITION = frozenset({"way", "thing", "skill", "opportunity", "company", "other", "one", "everything"})
#: verbs whose phrase after such a preposition names no duty: whom one reports to, where one goes, what one belongs to
_NO_PREPOSITION_DUTY = frozenset(
    {"report", "answer", "belong", "go", "come", "get", "move", "return", "add", "lead", "be", "work", "travel",
     "apply", "wait", "stand", "contribute", "refer", "relate", "transfer", "progress", "promote", "aspire",
     "want", "need", "have", "make", "take", "give", "keep", "stay", "stick", "adhere", "comply", "conform", "talk"}
)
#: how many words the object after the preposition may have: "care for elderly residents"
_PREPOSITION_OBJECT_WORDS = 4
#: the particles of phrasal verbs whose object alone names the skill, each verb's ways in the order asked: "look after
#: pricing" -> "Pricing", "look at current costs" -> "Current costs", "take part in staff meetings" -> "Staff meetings"
_PHRASAL: dict[str, tuple[tuple[str, ...], ...]] = {
    "look": (("after",), ("at",), ("into",)), "glance": (("at",), ("into",)), "set": (("up",),),
    "take": (("care", "of"), ("part", "in"), ("charge", "of"), ("ownership", "of"), ("responsibility", "for")),
    "keep": (("track", "of"),), "sign": (("off",),), "hand": (("out",),), "draw": (("up",),), "write": (("up",),),
    "carry": (("out",),), "sort": (("out",),),
    # (verbs whose object follows "to": "attend to paperwork", "tend to the borders")
    "attend": (("to",),), "tend": (("to",),),
    # (verbs of looking closely: "dig into the figures", "dive into sales data", "delve into complaints")
    "dig": (("into",), ("deep", "into")), "dive": (("into",), ("deep", "into")), "delve": (("into",),),
}


def _phrasal_particles(verb: str, after: Sequence[str]) -> tuple[str, ...] | None:
    """The particles of a phrasal verb of :data:`_PHRASAL` that the words ``after`` the verb open with ("look" and
    "into late deliveries": ("into",)); None when they open with none of the verb's (two words at the most)."""
    return next((p for p in _PHRASAL.get(verb, ()) if tuple(after[: len(p)]) == p), None)


#: words that open a clause after a noun with no "that": "problems the staff have", "issues you raise"
_CLAUSE_SUBJECTS = frozenset({"the", "a", "an", "our", "your", "their", "his", "her", "its", "my", "you", "they", "we",
                              "he", "she", "i"})
#: words before such a word that are no noun ending a phrase: "with the", "and their"
_NOT_HEADS = frozenset({"and", "or", "of", "with", "to", "for", "in", "on", "at", "from", "by", "all", "any", "both",
                        "each", "every", "some", "other"})
#: verbs of working together: "liaise with suppliers" names "Supplier liaison"
_WITH_VERBS = frozenset(
    {"liaise", "collaborate", "partner", "work", "communicate", "negotiate", "deal", "engage", "coordinate"}
)


def _singular(word: str) -> str:
    if word in {"series", "species", "news", "christmas"} or word in _PLURAL_ONLY:
        return word  # ("unload goods": Goods unloading, not 'Good unloading')
    if word in _F_PLURALS:
        return _F_PLURALS[word]  # "shelves": shelf (not "shelve")
    if word.endswith("ses") and word[:-2] in _S_NOUNS:
        return word[:-2]  # "buses": bus (not "buse"), "lenses": lens
    if word.isupper() and word.endswith("s") and len(word) > 2:
        return word[:-1]  # "KPIs"
    if len(word) > 3 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 4 and word.endswith(("ches", "shes", "xes", "sses", "zes")):
        return word[:-2]  # "batches", "boxes"
    if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is", "ics", "sales")):
        return word[:-1]
    if word.endswith("eaus") or word[:-1] in _U_NOUNS:
        return word[:-1]  # "menus": menu, "bureaus": bureau (a noun in "u" that adds only "s")
    return word


#: nouns ending in "u" whose plural adds only "s" ("menus", "gurus"): no singular in "us" as "bonus", "status"
_U_NOUNS = frozenset({"menu", "guru", "emu", "haiku", "tutu", "tofu", "sudoku", "gnu", "snafu", "kudu", "bayou",
                      "caribou", "tiramisu", "muumuu", "bijou"})
#: nouns used in the plural only, or whose singular means another thing: "goods", "premises", "clothes"
_PLURAL_ONLY = frozenset(
    {"goods", "premises", "clothes", "means", "customs", "earnings", "savings", "surroundings", "belongings",
     "arrears", "outskirts", "proceeds", "whereabouts", "toiletries"}
)
#: plurals of nouns ending in "f" or "fe" that end in "ves" (not "valves", "leaves": the rule would break them)
_F_PLURALS = {"shelves": "shelf", "knives": "knife", "halves": "half", "loaves": "loaf", "calves": "calf"}
#: nouns ending in a single "s" whose plural adds "es" ("buses", "statuses"): the last letter off would leave "buse"
#: ("causes", "nurses", "warehouses" are nouns in "se" and lose only their "s")
_S_NOUNS = frozenset(
    {"bus", "minibus", "bonus", "status", "campus", "virus", "focus", "census", "circus", "surplus", "syllabus",
     "corpus", "prospectus", "apparatus", "gas", "lens", "atlas", "canvas", "alias", "bias", "iris", "chassis"}
)


#: people a duty deals with or a page speaks of ("potential sellers", "someone", "workers"): a name whose head is
#: one names no skill (an action done to them does: "supplier management")
_PERSON_NOUNS = frozenset(
    {"person", "people", "someone", "somebody", "anyone", "everyone", "customer", "client", "user", "visitor",
     "guest", "patient", "owner", "seller", "member", "colleague", "employee", "staff", "worker", "individual",
     "candidate", "applicant", "contributor", "student", "follower", "shopper", "consumer", "employer", "him",
     # the people one works for or with, named by their post: "what my manager asked me", "an effective supervisor"
     "manager", "supervisor", "director", "boss", "coworker", "teammate", "agent", "representative", "driver",
     "incumbent", "holder", "talent", "lead"}
)
#: nouns of a part, a kind, a step, a place, an outcome or the career itself: a name whose head is one names no
#: skill ("a piece of product feedback", "each stage of a career", "their concerns", "in distribution centers")
_FRAME_NOUNS = frozenset(
    {"piece", "part", "action", "concern", "advantage", "benefit", "progress", "problem", "loss", "spot", "structure",
     "stage", "step", "career", "journey", "description", "kind", "type", "result", "opportunity", "success",
     "factor", "gap", "backbone", "way", "thing", "matter", "center", "centre", "warehouse", "site", "location", "room",
     "area", "region",
     # outcomes a duty is for, and the weight given to it: "the smooth functioning of", "driving profitability"
     "profitability", "growth", "importance", "mandate", "fact",
     # a step in a career told, not a duty: "I made the jump to the SEO team", "earned a reputation"
     "jump", "leap", "move", "switch", "reputation", "chance",
     # the field worked in: "professions that rely on this industry"
     "industry", "sector",
     # when and how long the work is done, and what a sentence weighs, not the work: "overnight shifts", "at the
     # start of each shift", "six months", "21 years of age", "little need for redirection", "a greater weight"
     "shift", "start", "month", "week", "year", "age", "need", "weight", "purpose", "position", "field",
     # how many, in what order and by when: "a number of stores", "a series of promotions", "within deadlines"
     "number", "series", "deadline",
     # the firm and its trade, not the work: "the establishment", "vary between chains", "our marketplace"
     "establishment", "company", "chain", "complex", "marketplace", "supermarket",
     # occasions: "the build-up to Christmas", "weekends or holidays", "at the moment"
     "christmas", "holiday", "weekend", "moment",
     # what a sentence says of the work or the career, not a skill: "the truth is", "have your say", "avenues for
     # growth", "the pinnacle", "all aspects of", "the scenario", "the right place", "these jobs", "those items",
     # "on your feet"
     "truth", "say", "avenue", "pinnacle", "aspect", "scenario", "place", "job", "item", "feet",
     # what a page calls itself or the post's standing, not the work: "an essential guide", "at the beginning of
     # your career", "at the helm of", "the digital paradigm", "technological advancements"
     "guide", "beginning", "helm", "paradigm", "advancement"}
)
#: words of skill that need a word saying which ("Negotiation skills"), and words that do not say which
_SKILL_WORDS = frozenset({"skill", "skills", "ability", "abilities", "experience", "experiences", "knowledge",
                          "qualities", "competencies", "competences", "qualifications", "expertise", "know-how",
                          "specifications", "requirements", "attributes"})
#: nouns for pieces of work, and the words pointing at a list of them ("the following tasks", "these duties")
_WORK_NOUNS = frozenset({"task", "tasks", "duty", "duties", "responsibilities", "activities", "functions", "things"})
_POINTING_MODIFIERS = frozenset({"following", "these", "those", "above", "below", "such", "listed", "said"})
_VAGUE_MODIFIERS = frozenset(
    {"specific", "key", "essential", "necessary", "required", "right", "following", "certain", "various",
     "core", "many", "other", "additional", "same", "new", "different", "important", "needed", "main", "such",
     "these", "those", "some", "all", "any", "more", "most", "further", "own", "particular", "desired", "previous",
     "prior", "similar", "related", "real", "good", "great", "strong", "solid", "excellent", "proven", "extensive",
     "considerable", "significant", "much", "wide", "broad", "general", "overall", "appropriate", "suitable"}
)
#: gerunds of light verbs: alone they name no activity ("involves working with ...", "ensuring that ...")
_LIGHT_GERUNDS = frozenset(
    {"working", "ensuring", "functioning", "handing", "getting", "making", "doing", "taking", "going", "having",
     "being", "using", "providing", "including", "bringing", "putting", "giving", "helping", "becoming", "staying",
     "keeping", "holding", "following", "showing", "seeing", "looking"}
)


#: places among the frame nouns: a gerund before one is an adjective ("reading rooms", "loading bays"); not
#: text_extract's _PLACE_NOUNS (the kinds of place a post is held in)
_FRAME_PLACES = frozenset(
    {"center", "centre", "warehouse", "site", "location", "room", "area", "region", "bay", "dock"}
)
#: words in "-ing" that say what people or things are, not what is done to them: "existing customers"
_PARTICIPLE_ADJECTIVES = frozenset(
    {"existing", "leading", "growing", "paying", "returning", "visiting", "remaining", "incoming", "outgoing",
     "upcoming", "emerging", "aspiring", "demanding", "interesting", "exciting", "outstanding", "promising",
     "willing", "caring", "ongoing", "following", "rising", "increasing", "changing", "evolving", "competing",
     "winning", "amazing", "missing", "pending", "underlying", "surrounding", "living", "working", "performing"}
)
#: nouns that name no skill alone, though a skill's name may hold one ("Decision making", "Cash handling",
#: "Customer service", "High-level decisions"): things a sentence speaks of, not what the work takes
_LONE_NOUNS = frozenset(
    {"decision", "money", "cash", "point", "level", "business", "service",
     # "management" alone, cut from the phrase that said of what ("people and performance management") or the
     # managers themselves ("alert the management"): which work is not said
     "management"}
)
#: what is known or found of a thing, that alone names no skill (the thing is the skill): "the definitions and
#: formulas of the key metrics", "platforms and their functionalities", "the implications of", "form conclusions"
_ASPECT_NOUNS = frozenset(
    {"definition", "meaning", "implication", "conclusion", "finding", "functionality", "feature", "capability"}
)


def _aspect_only(name: str) -> bool:
    """Whether a name is one noun of what is known or found of a thing (_ASPECT_NOUNS), articles aside: alone it
    names no skill, though a duty done to it does ("explain features": Explaining features)."""
    return _aspect_words(_name_words(name))


def _aspect_words(words: list[str]) -> bool:
    """:func:`_aspect_only` of a name's words (:func:`_name_words`)."""
    return len(words) == 1 and _singular(words[0]) in _ASPECT_NOUNS


def _name_words(name: str) -> list[str]:
    """A name's words in lower case, articles aside (what :func:`names_no_skill` reads)."""
    return [w for w in re.findall(r"[a-z][a-z'’-]*", name.lower()) if w not in _ARTICLES]


#: what a post's holder is given to grow, and how often: "receive regular coaching", "receive ongoing training"
_RECEIVED_BY_STAFF = frozenset(
    {"coaching", "guidance", "training", "feedback", "mentoring", "mentorship", "support", "supervision",
     "instruction", "direction", "praise", "recognition", "advice"}
)
_HOW_OFTEN = frozenset({"regular", "ongoing", "frequent", "daily", "weekly", "monthly", "continuous", "constant"})
#: a rung of a ladder named alone: "Level Two", "Tier 3", "Step IV."
_RUNG = re.compile(
    r"(?:level|tier|grade|band|step|stage|rung)\s+(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten"
    r"|i{1,3}|iv|v|vi{1,3})\.?",
    re.I,
)
#: pronouns and words pointing back (not in capitals: "US customers", "IT support"): a name holding one is a clause
#: or a phrase of the sentence it was cut from, no skill's name
_POINTING_WORDS = frozenset(
    {"him", "it", "they", "we", "me", "us", "them", "i", "you", "this", "that", "these", "those"}
)
#: words that open no name of a skill, only a phrase cut from after one, besides the prepositions: "upto" written
#: for "up to", and "up-to-date" alone ("stay upto-date with trends": the trends are the skill, if any)
_CUT_OPENERS = frozenset({"upto", "upto-date", "up-to-date"})
#: words that open an outcome a duty is for, not a skill: "smooth functioning", "better informed decisions"
_OUTCOME_WORDS = frozenset({"smooth", "seamless", "overall", "better"})


@functools.lru_cache(maxsize=8192)  # (a page names its skills many times; this is asked of each naming)
def gone_through(sentence: str, name: str) -> bool:
    """Whether a skill ``name`` read from ``sentence`` is a thing the reader is told to go through, named just after
    "do the" ("... to do the study or training for this job"; see _UNDERGONE).

    >>> gone_through("You need a licence to do the course or training first.", "Training")
    True
    >>> gone_through("Staff do the training of new starters.", "Training of new starters")
    False
    """
    words = name.lower().split()
    if not words or words[-1] not in _UNDERGONE:
        return False
    low = sentence.lower()
    at = low.find("do the ")
    if at < 0:
        return False
    after = re.findall(r"[\w-]+", low[at + 7 :])[:4]
    return words[-1] in after and (after.index(words[-1]) + 1 >= len(after) or after[after.index(words[-1]) + 1]
                                   in {"or", "and", "for", "to", "before", "first"})


#: verbs that announce the list after them ("This involves:", "It also includes:"): alone they name no skill
_ANNOUNCING_VERBS = frozenset(
    {"include", "includes", "involve", "involves", "entail", "entails", "comprise", "comprises"}
)
#: what a page's buttons and page breaks say, read as a line of a list: "Continued…", "Show more", "See all"
_PAGE_CONTROL = re.compile(
    r"(?:\(?(?:continued|cont'?d)\)?|(?:show|see|view|load|read|click\s+for)\s+(?:more|less|all)|more|expand)"
    r"\s*(?:\.{2,3}|…|>+|»)?",
    re.I,
)
#: the words such an announcement may hold beside its verb
_ANNOUNCING_WORDS = _ANNOUNCING_VERBS | frozenset({"also", "typically", "usually", "often", "generally", "may", "will"})


@functools.lru_cache(maxsize=8192)  # (asked of every skill a sentence links, and a page names its skills many times)
def names_no_skill(name: str) -> bool:
    """Whether a skill's name names people ("Potential sellers") or a part, a kind, a step, a place, an outcome
    or the career itself ("Piece", "Concerns", "Job description", "Distribution centers"): what a sentence
    says about the work, not something the work takes. Its head decides: the word before its first
    preposition, else its last; a name opening with a verb is a duty as written ("Train new staff").

    Examples
    --------
    >>> names_no_skill("Potential sellers"), names_no_skill("Supplier management"), names_no_skill("Concerns")
    (True, False, True)
    >>> names_no_skill("Distribution centers"), names_no_skill("Customer service"), names_no_skill("Problem solving")
    (True, False, False)
    >>> names_no_skill("Outbound calling to potential buyers"), names_no_skill("Train new staff")
    (False, False)
    >>> names_no_skill("the following tasks"), names_no_skill("Admin tasks")
    (True, False)
    >>> names_no_skill("Sales growth"), names_no_skill("Career growth")
    (False, True)
    >>> names_no_skill("Involves"), names_no_skill("Also includes"), names_no_skill("Includes breakfast")
    (True, True, False)
    >>> names_no_skill("Continued…"), names_no_skill("Show more"), names_no_skill("Continued training")
    (True, True, False)
    """
    words = _name_words(name)
    if len(words) == 1 and name.lower().startswith(("a ", "an ")) and not _nounlike(words[0]):
        return True  # "A friendly" (cut from "a friendly, professional manner"): a word of a phrase, no name
    if len(words) == 1 and _singular(words[0]) in _PERSON_NOUNS:
        return True  # "Lead" (cut from "Lead, coach and mentor ..."), "Supervisor": a person, no skill
    if len(words) == 1 and _singular(words[0]) in _LONE_NOUNS:
        return True  # "Decision" ("make the decision"), "Money", "Products": alone, what the sentence is about
    if _aspect_words(words):
        return True  # "Definitions", "Their functionalities": what is known of a thing, the thing not said with it
    if len(words) > 1 and words[-1] == "receiving" and set(words[:-1]) <= _RECEIVED_BY_STAFF | _HOW_OFTEN:
        return True  # "Receive (regular) guidance": what the holder is given, no duty ("Delivery receiving" is one)
    if _RUNG.fullmatch(name.strip()):
        return True  # "Level Two", "Tier 3": a rung of a ladder named, no skill
    if len(words) == 1 and (words[0] in _WORK_NOUNS or words[0] in {"workload", "workloads"}):
        return True  # "Tasks" ("these tasks are crucial"), "Workload": the work said of, no skill of it
    if len(words) == 1 and words[0] in _LIGHT_GERUNDS:
        return True  # "Working", "Ensuring": a light verb's gerund alone names no activity
    if _PAGE_CONTROL.fullmatch(name.strip()):
        return True  # "Continued…", "Show more", "See all": a page's control or a note that it goes on, no skill
    if words and set(words) <= _ANNOUNCING_WORDS and not set(words).isdisjoint(_ANNOUNCING_VERBS):
        return True  # "Involves", "Also includes" (from "This involves:"): the words announcing a list, no skill
    if any(w.lower() in _POINTING_WORDS for w in re.findall(r"\b[A-Za-z]+\b", name) if w == "I" or not w.isupper()):
        return True  # "Train him for the job", "It's a dynamic", "Common at this level": a clause, not a name
    if words and (words[0] in _PREPOSITIONS or words[0] in _CUT_OPENERS):
        return True  # "Into displays", "About paperwork", "Through gauges": a phrase cut after its head
    if words and words[-1] in {"below", "above", "follows", "under", "hereunder"} and len(words) <= 4:
        return True  # "Enumerated as under", "Given below", "As follows": the page pointing at its list
    if words and words[-1] in _SKILL_WORDS and set(words[:-1]) <= _VAGUE_MODIFIERS and not (
        words[-1] == "experience" and words[0] in {"previous", "relevant", "prior"}
    ):
        return True  # "Specific skills", "the following skills", "some experience": which ones is not said
    if len(words) > 1 and words[-1] in _WORK_NOUNS and set(words[:-1]) <= _POINTING_MODIFIERS:
        return True  # "the following tasks", "these duties": the page pointing at a list, not a duty of it
    verb = _verb_base(words[0]) if words else None
    if not words or (verb is not None and not verb[1]):
        return False  # a duty as written: "Train new staff" (not "Reading rooms")
    if words[0] in _OUTCOME_WORDS and len(words) > 1:
        return True  # "the smooth functioning of", "a seamless shopping experience": what the work is for
    cut = next((k for k, w in enumerate(words) if k and w in _PREPOSITIONS), len(words))
    head = _singular(words[cut - 1])
    if verb is None and cut > 1 and _unknown_gerund(words[0]) and (head in _PERSON_NOUNS or head in _DEALT_WITH):
        return False  # "Guiding patients", "Addressing patient concerns": work done to people or their concerns
    if verb is not None and cut > 1 and words[0].endswith("ing") and words[0] not in _PARTICIPLE_ADJECTIVES:
        return head in _FRAME_PLACES  # "Helping customers", "Solving problems": an activity (not "Loading bays")
    if head == "growth" and cut > 1 and _singular(words[cut - 2]) in _GROWN_BY_WORK:
        return False  # "Sales growth", "revenue growth": the measure the work grows, what it is judged on
    if head == "growth" and cut + 1 < len(words) and words[cut] == "of":
        # "Growth of the email channel", "growth of the customer base": what the work grows, named after "of" (the
        # thing's head before any other preposition), as "sales growth" is; not "growth of the sector"
        end = next((k for k in range(cut + 1, len(words)) if words[k] in _PREPOSITIONS), len(words))
        grown = _singular(words[end - 1])
        if grown in _GROWN_BY_WORK or grown in _GROWN_THINGS:
            return False
    return head in _PERSON_NOUNS or head in _FRAME_NOUNS


#: words of a person's quality stripped as a need's opener ("responsible for", "passionate about", "confident with",
#: "experienced in") that alone make an item of a list of qualities: "Responsible", "Confident", "Experienced"
_LONE_TRAITS = frozenset(
    {"responsible", "passionate", "dynamic", "focused", "confident", "competent", "capable", "experienced",
     "knowledgeable", "skilled", "proficient", "keen"}
)


#: measures of a trade that its staff's work grows: before "growth" they name what is worked on ("sales growth"; not
#: "career growth", "rapid growth")
_GROWN_BY_WORK = frozenset(
    {"sales", "sale", "revenue", "business", "traffic", "audience", "membership", "subscriber", "footfall", "turnover",
     "profit", "margin", "follower", "customer", "account", "order", "conversion"}
)


#: things of a firm its staff's work grows, after "growth of": "the growth of the email channel", "of the brand"
_GROWN_THINGS = frozenset({"channel", "list", "base", "brand", "category", "store", "shop", "site", "programme",
                           "program", "practice", "portfolio", "community", "following", "pipeline", "range"})


def _unknown_gerund(word: str) -> bool:
    """Whether a word the verb table does not hold reads as a gerund at a name's start ("Addressing", "Guiding",
    "Capturing"): an :func:`item_gerund` of seven letters or more with a consonant before "ing" ("Agreeing" is not
    one)."""
    return len(word) > 6 and word[-4] not in "aeiouy" and item_gerund(word)


def item_gerund(word: str) -> bool:
    """Whether a word (lower case) the verb table does not hold reads as a gerund opening an item of a list of duties
    ("Agreeing delivery terms", "Liaising with ..."): six letters or more in "-ing", not a noun in "-ing" ("Morning
    shifts"), a word of quality ("Rewarding work") nor a preposition ("Including ...")."""
    return (
        len(word) > 5
        and word.endswith("ing")
        and word.isalpha()
        and word not in _ING_NOUNS
        and word not in _ING_QUALITIES
        and word not in _PARTICIPLE_ADJECTIVES
        and word not in _NOT_GERUNDS
    )


#: frame nouns that work deals with: after a gerund the table does not hold, what it heads is worked on
_DEALT_WITH = frozenset({"concern", "problem", "need", "opportunity", "action", "gap", "progress", "loss"})
#: words in "-ing" that say what a thing is like, not work done: "a rewarding field", "challenging targets"
_ING_QUALITIES = frozenset(
    {"rewarding", "challenging", "fulfilling", "engaging", "satisfying", "thriving", "booming", "bustling",
     "appealing", "compelling", "inspiring", "stimulating", "enduring", "charming", "relaxing", "boring", "tiring",
     "exhausting", "pressing", "daunting", "fascinating", "refreshing", "surprising", "puzzling", "confusing",
     "worrying", "alarming", "astonishing", "encouraging", "promising", "motivating", "interesting", "exciting",
     "pleasing", "flourishing", "pioneering", "enterprising", "unwavering", "uncompromising", "outstanding"}
)
#: nouns in "-ing" that name things or times, not work: "evening shifts", "clothing lines"
_ING_NOUNS = frozenset(
    {"morning", "evening", "ceiling", "building", "catering", "clothing", "meeting", "wedding", "pudding", "sibling",
     "offspring", "lightning", "something", "anything", "everything", "nothing", "earnings", "savings", "seasoning",
     "stuffing", "frosting", "icing", "dumpling", "bedding", "lodging", "housing", "carpeting", "flooring", "railing",
     "fencing", "tubing", "piping", "wiring", "footing", "standing", "ranking", "rating", "setting", "casing"}
)


def _written(item: str, toks: list[_Tok]) -> str:
    """Words as written, lower case unless a name: an acronym, inner capitals, a capital inside the item."""
    words: list[str] = []
    for t in toks:
        # (a word in small letters holds no capital: none of the tests can hold, and none is asked)
        keep = not t.text.islower() and (
            (any(map(str.isupper, t.text[1:])) and not t.text.isupper())
            or (t.text.isupper() and len(t.text) > 1)
            or (t.text[:1].isupper() and t.start > 0 and not item[:t.start].istitle())
        )
        if t.text == "," and words:
            words[-1] += ","  # (a comma of a series kept inside a name: "safe, clean and tidy work areas")
            continue
        words.append(t.text if keep else t.lower)
    return " ".join(words)


def _sentence_case(name: str) -> str:
    return name[:1].upper() + name[1:]


#: words counting the years a requirement asks for, as figures do ("two years of", "a few years of")
_YEAR_COUNTS = frozenset(
    {"+", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "few", "several", "many",
     "couple"}
)
#: adverbs of how often a duty is done that open an item ("Sometimes help with deliveries", "Occasionally cover the
#: till"): no word of the duty's name ("-ly" adverbs but "-ally" go already; not "often", "usually", which follow a
#: subject in prose as often: "such posts often command higher wages")
_HOW_OFTEN_OPENERS = frozenset({"sometimes", "occasionally"})
#: adverbs of how often, or of one more duty, between "and" (or a comma) and the verb of a series' next duty: "...,
#: and occasionally run a fire drill", "and often restock the trolleys"
_SERIES_ADVERBS = _HOW_OFTEN_OPENERS | frozenset(
    {"often", "also", "usually", "regularly", "frequently", "periodically", "then", "routinely"}
)


def _series_adverb(obj: list[_Tok], i: int) -> bool:
    """Whether ``obj[i]`` is an adverb of :data:`_SERIES_ADVERBS` after "and", "or" or a comma and before a verb."""
    return (
        0 < i < len(obj) - 1
        and obj[i].lower in _SERIES_ADVERBS
        and obj[i - 1].lower in {"and", "or", ","}
        and _verb_base(obj[i + 1].lower) is not None
    )


#: words saying how well a thing is known, before "understanding of", "knowledge of" ("a clear understanding of")
_KNOWING_DEGREES = frozenset(
    {"clear", "broad", "wide", "firm", "fair", "reasonable", "detailed", "practical", "general", "real",
     "genuine", "sharp", "keen", "decent", "fundamental", "intimate", "comprehensive", "rounded", "well-rounded"}
)


def _strip_openers(toks: list[_Tok]) -> list[_Tok]:
    """Leading filler off: "strong knowledge of", "3+ years of experience in", adverbs, determiners."""
    changed = True
    while toks and changed:
        changed = False
        lowers = [t.lower for t in toks[:5]]
        if len(toks) == 3 and lowers[:2] == ["sense", "of"] and lowers[2] in _NOT_SKILLS:
            break  # "a sense of responsibility": the trait is the whole phrase; the noun alone names none
        for opener in _OPENERS_BY_FIRST.get(lowers[0], ()):  # (no opener of another first word can match)
            if tuple(lowers[: len(opener)]) == opener and len(toks) > len(opener):
                toks = toks[len(opener) :]
                changed = True
                break
        if changed:
            continue
        first = toks[0].lower
        if first[:1].isdigit() and len(toks) > 3 and toks[1].lower in {"years", "year", "yrs"} and toks[2].lower in {
            "in", "within"
        } and toks[3].lower not in _ARTICLES | {"one", "any"}:
            toks = toks[3:]  # "4 years in e-commerce operations": the field worked in
            changed = True
            continue
        if first[:1].isdigit() and len(toks) > 2 and toks[1].lower in {"years", "year", "yrs"} and toks[2].lower in {
            "in", "at", "within", "on"
        }:
            return []  # "2+ years in a warehouse": time spent somewhere, no skill
        if first[:1].isdigit() or first in _YEAR_COUNTS:
            # "3+ years of experience in", "5-7 years", "a few years of sales experience", "a couple of years"; months
            # too ("6 months cash handling experience")
            rest = [t.lower for t in toks[1:4]]
            if len(toks) > 3 and toks[1].lower in {"months", "month"} and toks[2].lower not in {"in", "at", "on"}:
                toks = toks[3:] if toks[2].lower == "of" else toks[2:]  # ("6 months (of) bar experience")
                changed = True
                continue
            if "years" in rest or "year" in rest or "yrs" in rest:
                toks = toks[2:] if first == "couple" and toks[1].lower == "of" else toks[1:]
                changed = True
                continue
        if len(toks) > 2 and toks[1].lower == "with" and (first in _SOUGHT or (first.endswith("s") and any(
            first[:-1].endswith(end) for end in ("er", "or", "ist", "yst", "ant", "ent", "ate", "ee", "ian")
        ))):
            toks = toks[2:]  # "analysts with training in X", "candidates with X": who is sought, then the skill
            changed = True
            continue
        if first in _HEAD_NOUNS and len(toks) > 1 and toks[1].lower not in _PREPOSITIONS | {"and", ",", "/"}:
            break  # "capacity planning", "focus groups": the noun is the skill's own word here
        if first in _DROP_WORDS or first in _HOW_OFTEN_OPENERS or (
            first.endswith("ly") and len(first) > 4 and not first.endswith("ally")
        ) or (
            # "continually check the rotas", "manually enter orders": an adverb in -ally before a verb's base form
            first.endswith("ally") and len(first) > 6 and len(toks) > 2 and verb_base(toks[1].lower) == toks[1].lower
        ):
            toks = toks[1:]
            changed = True
            continue
        if len(toks) > 3 and first in _KNOWING_DEGREES and toks[1].lower in _KNOWING and toks[2].lower == "of":
            toks = toks[1:]  # "a clear understanding of the menu": how well it is known (not "clear the tables")
            changed = True
            continue

    return toks


#: where a noun phrase ends: a relative word, a clause word, a stop
_PHRASE_ENDS = frozenset({"that", "which", "who", "so", ",", ";", ":", "—", "–", "while", "whether", "when", "if"})
#: subjects that open a clause describing the noun before them: "the product they will sell", "the menu you serve"
_SUBJECTS = frozenset({"they", "you", "we", "he", "she"})
#: nouns of knowing, before "of the" and the thing known: "knowledge of the product"
_KNOWING = frozenset({"knowledge", "understanding", "comprehension", "awareness", "grasp"})


def _known_thing(whole: list[_Tok], at: int) -> bool:
    """Whether the item's name starts at token ``at`` after a noun of knowing, "of" and an article ("a sound
    knowledge of the product"): the thing known names the knowledge."""
    if at < 3:
        return False
    return whole[at - 1].lower in _ARTICLES and whole[at - 2].lower == "of" and whole[at - 3].lower in _KNOWING


def _cut(toks: list[_Tok], stops: frozenset[str]) -> list[_Tok]:
    for k, t in enumerate(toks):
        if k > 0 and (t.lower in stops or t.lower in _NEED_PARTICIPLES):
            if (t.lower in FREQUENCY_WORDS or t.lower in _NEED_PARTICIPLES) and _before_noun(toks, k, stops):
                continue  # "planning and daily problem-solving": a word of how often before a noun modifies it
            return toks[:k]  # ("buy the items required for the shop": whose need they are follows the object)
    return toks


#: participles of need after an object, opening what it is needed for or by: "the items required by the store"
_NEED_PARTICIPLES = frozenset({"required", "needed"})


#: words of how often: after a verb's object they say when ("check the tills daily"), before a noun they modify it
FREQUENCY_WORDS = frozenset({"daily", "weekly", "monthly"})


def _before_noun(toks: list[_Tok], k: int, stops: frozenset[str]) -> bool:
    """Whether token ``k`` stands before a word that goes on the phrase (a noun or another modifier)."""
    if k + 1 >= len(toks):
        return False
    nxt = toks[k + 1].lower
    return nxt[:1].isalpha() and nxt not in stops and nxt not in _PREPOSITIONS and nxt not in {"and", "or", "&"}


def _split_and(toks: list[_Tok]) -> list[list[_Tok]]:
    """An object list "retention and expansion", "bids, budgets and pacing" as its items."""
    parts: list[list[_Tok]] = [[]]
    for t in toks:
        if t.lower in {"and", "or", "&", ","}:
            if parts[-1]:
                parts.append([])
            continue
        parts[-1].append(t)
    parts = [p for p in parts if p]
    if len(parts) < 2 or (any(len(p) > 3 for p in parts) and not _long_noun_items(parts) and not _of_headed(parts)):
        return [toks]
    plural = any(p[0].lower.endswith("s") and not p[0].lower.endswith("ss") for p in parts[:-1])
    # (no head is shared by names: "SQL and Power BI")
    named = any(_capitalised(t) for p in parts for t in p)
    # (an item with an article of its own shares no head: "the kitchen and the bar")
    own = parts[-1][0].lower in _ARTICLES
    if (
        named
        and len(parts[-1]) == 2
        and _capitalised(parts[-1][1])
        and all(len(p) == 1 for p in parts[:-1])
        and not any(_capitalised(p[0]) or _nounlike(p[0].lower) or p[0].lower in _ARTICLES for p in parts)
    ):
        # "written and spoken English", "basic and advanced Excel": modifiers of one name, which each shares
        return [[p[0], parts[-1][1]] for p in parts[:-1]] + [parts[-1]]
    if all(len(p) == 1 for p in parts[:-1]) and len(parts[-1]) == 2 and not plural and not named and not own:
        if len(parts) >= 3 and all(_adjective(p[0].lower) for p in parts[:-1]) and _adjective(parts[-1][0].lower):
            return [toks]  # "a clean, safe and organised warehouse": qualities of one thing, not kinds of it
        if parts[-1][1].lower in {"skills", "skill", "abilities", "knowledge", "experience"}:
            return [*parts[:-1], parts[-1][:1]]  # "negotiation and labelling skills": the skills themselves
        head = parts[-1][1].lower
        if len(parts) == 2 and head[-1:] == "s" and _adjective(parts[0][0].lower) and _adjective(parts[1][0].lower):
            return [toks]  # "financial and statistical records", "manual and automated tools": one set of things
        # "keyword and competitor research": the last item's head is shared
        shared = parts[-1][1:]
        return [[p[0], *shared] for p in parts[:-1]] + [parts[-1]]
    last = parts[-1]
    if all(len(p) == 1 for p in parts[:-1]) and len(last) > 2 and last[-1].lower in _SKILL_HEADS and not named:
        # "written and verbal communication skills": the adjectives share the head before "skills"; "organisational
        # and time management skills": a noun opens the last item, each item is a skill of its own
        if _adjective(last[0].lower):
            return [[p[0], *last[1:-1]] for p in parts[:-1]] + [last[:-1]]
        return [*parts[:-1], last]
    if all(len(p) == 1 and not _nounlike(p[0].lower) for p in parts[:-1]) and len(parts[-1]) > 2 and not own:
        return [toks]  # "new and existing store platforms": one thing, its modifiers joined ("the rota and the stock
        # budget": an article opens the last item, a thing of its own)
    return parts


def _of_headed(parts: list[list[_Tok]]) -> bool:
    """Whether a list of three or more items opens with "H of T" (a noun, "of", one or two words) and goes on with
    short items of their own ("the development of care plans, discharge planning, and bed management"): each item is
    named, the first with its "of", not the first alone."""
    first = parts[0]
    return (
        len(parts) >= 3
        and 3 <= len(first) <= 4
        and first[1].lower == "of"
        and first[0].lower.isalpha()
        and first[0].lower not in _NO_COMPOUND_HEADS
        and all(t.lower.isalpha() for t in first[2:])
        and all(1 <= len(p) <= 3 for p in parts[1:])
    )


def _long_noun_items(parts: list[list[_Tok]]) -> bool:
    """Whether the items of a list, one of them longer than three words, are noun phrases of their own, each of two to
    five words closing on a noun by its form and holding no word that joins or points ("annual joint business plans
    and promotional calendars", "weekly staff rota updates and cleaning schedules"): no head is shared."""
    return all(
        2 <= len(p) <= 5
        and _nounlike(p[-1].lower)
        and all(
            t.lower.replace("-", "").isalpha()
            and t.lower not in _JOINING_OR_POINTING
            for t in p
        )
        for p in parts
    )


#: particles of phrasal verbs, which their object may follow: "take down shelving", "pick up parcels"
_PARTICLES = frozenset({"up", "down", "out", "off", "away", "back"})

#: verbs that open a clause and are no nouns: a second duty cut at the item's end only with one of these ("check the
#: levels and ensure"); another last word may be one more object ("manages bids and budgets", "order stock and cost")
_CLAUSE_OPENING_VERBS = frozenset({"ensure", "confirm", "verify"})
#: prepositions after a second verb that take no object of the first's ("and respond to alarms"; not a particle)
_SECOND_VERB_PREPOSITIONS = _PREPOSITIONS - _PARTICLES
#: last words of an object that point to what the page lists elsewhere ("all the tasks above", "the duties below")
_ELSEWHERE_WORDS = frozenset({"above", "below"})


#: activities too broad to name a skill alone: "customer service and management" may be the management of it
_BROAD_ACTIVITIES = frozenset(
    {"management", "development", "operations", "operation", "performance", "administration", "experience"}
)


#: nouns of skill that may close a list sharing them: "written and verbal communication skills"
_SKILL_HEADS = frozenset({"skills", "skill", "abilities"})


def _adjective(word: str) -> bool:
    """A word shaped like an adjective of quality: "clean", "safe", "organised", "welcoming", "friendly"."""
    return word in _COMPLEMENTS or word.endswith((*_COMPLEMENT_ENDINGS, "ly")) or (
        word.endswith("ing") and _verb_base(word) is None
    )


def adjective_commas(words: list[str], start: int, stop: int) -> frozenset[int]:
    """The commas of ``words[start:stop]`` (lower-case tokens) that join adjectives before one noun after an
    article: "a safe, clean, and appealing store", "the tidy, stocked and welcoming floor" - no list of items.

    Examples
    --------
    >>> words = "keep a tidy , stocked and welcoming floor , and greet guests".split()
    >>> sorted(adjective_commas(words, 0, len(words)))
    [3]
    """
    out: set[int] = set()
    for k in range(start, stop - 4):
        if words[k] not in {"a", "an", "the"} or words[k + 2] != ",":
            continue
        j, commas = k + 1, []
        while j + 2 < stop and words[j + 1] == "," and _adjective(words[j]):
            commas.append(j + 1)
            j += 2
        if words[j] in {"and", "or"}:
            j += 1  # "safe, clean, and appealing"
        elif j + 2 < stop and words[j + 1] in {"and", "or"} and _adjective(words[j]):
            j += 2  # "tidy, stocked and welcoming"
        else:
            continue
        # the last adjective, then the noun it and the others qualify
        if j + 1 < stop and _adjective(words[j]) and words[j + 1][:1].isalpha() and words[j + 1] not in {"and", "or"}:
            out.update(commas)
    return frozenset(out)


def _adjective_series(obj: list[_Tok]) -> list[_Tok] | None:
    """An object whose commas all join adjectives before its one noun ("a clean, organised, and welcoming front desk
    area"), up to where it ends; None when it has no such commas or other commas."""
    if not any(t.lower == "," for t in obj):
        return None
    head = _cut(obj, _SERIES_STOPS)
    while head and head[-1].lower == ",":
        head = head[:-1]
    lowers = ["a", *(t.lower for t in head)]  # (the article is gone by now; the series is read after one)
    commas = {k for k, w in enumerate(lowers) if w == ","}
    return head if commas and commas <= adjective_commas(lowers, 0, len(lowers)) else None


#: determiners that open each item of an object list whose "and" opened the next duty: "the rota, the budget"
_LISTED_DETERMINERS = frozenset({"the", "our", "their", "your", "all"})


def _object_list(obj: list[_Tok]) -> list[_Tok] | None:
    """An object list written with commas, "orders, payments, and returns" (short items, the last after "and"
    or "or"), as one list joined by "and"; None when the commas part clauses or long phrases."""
    if not any(t.lower == "," for t in obj):
        return None
    head = _cut(obj, _OBJECT_STOPS - {","})
    parts: list[list[_Tok]] = [[]]
    for t in head:
        if t.lower == ",":
            parts.append([])
        else:
            parts[-1].append(t)
    last = parts[-1]
    joined = [k for k, t in enumerate(last) if t.lower in {"and", "or"}]
    if not joined and len(parts) >= 2 and len(head) == len(obj) and all(1 <= len(p) <= 3 for p in parts) and (
        len(parts) >= 3 or all(p[0].lower in _LISTED_DETERMINERS and len(p) > 1 for p in parts[1:])
    ):
        # "own the rota, the stock budget and have ...": the list's "and" opened the next duty, each item short
        return [t._replace(lower="and") if t.lower == "," else t for t in head]
    if len(joined) != 1:
        return None
    k = joined[0]
    items = [*parts[:-1], last[:k], last[k + 1 :]] if k else [*parts[:-1], last[k + 1 :]]
    if any(not p or (len(p) > 3 and not (n == 0 and _of_headed(items))) for n, p in enumerate(parts[:-1])):
        return None
    # (the last item counted without a lead of its own: "Opera, Excel, and the basics of bookkeeping")
    if len(last[:k]) > 3 or not 1 <= len(_strip_openers(last[k + 1 :])) <= 3:
        return None
    return [t._replace(lower="and") if t.lower == "," else t for t in head]


def _noun_series(item: str, toks: list[_Tok]) -> list[SkillName] | None:
    """A whole item that is a comma list of three or more short noun phrases, the last after "and" / "or"
    ("Patience, tact and diplomacy", "Stock rotation, cash handling, and first aid") as its items, the last named
    without a lead of its own ("the basics of"); None for anything else, and for adjectives sharing the last item's
    head ("clean, safe and tidy work areas").

    Examples
    --------
    >>> [s.name for s in _noun_series("Patience, tact and diplomacy", _tokens("Patience, tact and diplomacy"))]
    ['Patience', 'Tact', 'Diplomacy']
    >>> item = "Opera, Excel, and the basics of bookkeeping"
    >>> [s.name for s in _noun_series(item, _tokens(item))]
    ['Opera', 'Excel', 'Bookkeeping']
    >>> _noun_series("clean, safe and tidy work areas", _tokens("clean, safe and tidy work areas")) is None
    True
    """
    while toks and toks[-1].lower in {".", ";", ","}:
        toks = toks[:-1]
    listed = _object_list(toks)
    if listed is None:
        parts = _paired_last(toks)
        if parts is None or any(_bad(p) for p in parts):
            return None
        return [SkillName(p[0].start, p[-1].end, _sentence_case(_written(item, p)), True) for p in parts]
    if len(listed) != len(toks):
        return None  # (no comma list, or a clause after it)
    joins = [k for k, t in enumerate(listed) if t.text.lower() in {"and", "or"}]
    if joins:
        # "Opera, Excel, and the basics of bookkeeping": the last item is named without its lead, as an item alone is
        listed = listed[: joins[-1] + 1] + (_strip_openers(listed[joins[-1] + 1 :]) or listed[joins[-1] + 1 :])
    parts = _split_and(listed)
    if len(parts) < 3 or any(_bad(p) for p in parts):
        return None
    return [SkillName(p[0].start, p[-1].end, _sentence_case(_written(item, p)), True) for p in parts]


def _paired_last(toks: list[_Tok]) -> list[list[_Tok]] | None:
    """A comma list of short noun phrases whose last join is followed by a pair of single words joined by "and"
    ("first aid, hygiene and health and safety"): its items, the pair one of them; None for anything else."""
    commas = [k for k, t in enumerate(toks) if t.lower == ","]
    if not commas:
        return None
    last = toks[commas[-1] + 1 :]
    joins = [k for k, t in enumerate(last) if t.lower == "and"]
    if len(joins) != 2 or not 1 <= joins[0] <= 3 or joins[1] != joins[0] + 2 or len(last) != joins[1] + 2:
        return None
    parts: list[list[_Tok]] = [[]]
    for t in toks[: commas[-1]]:
        if t.lower == ",":
            parts.append([])
        else:
            parts[-1].append(t)
    parts += [last[: joins[0]], last[joins[0] + 1 :]]
    if any(not p or len(p) > 3 or any(t.lower in {"and", "or"} or not t.text[:1].isalpha() for t in p[:1])
           for p in parts):
        return None
    return parts


#: endings of adjectives naming a quality of a person: "helpful", "reliable", "proactive", "courteous", "patient",
#: "friendly", "energetic", "polite", "honest", "organised", "punctual"
_QUALITY_ENDINGS = (
    "ful", "ble", "ive", "ous", "ent", "ant", "ly", "ic", "ite", "ate", "est", "ised", "ized", "ual", "ical"
)


def _quality_list(item: str, toks: list[_Tok]) -> list[SkillName] | None:
    """A whole item that is two or more single adjectives of a person's qualities joined by commas and "and" / "or"
    ("friendly, polite and helpful", "reliable and responsible") as one skill each, named as written; None for
    anything else (a noun among them, a name, a word of another shape: "sales and marketing", "new and used").

    Examples
    --------
    >>> [s.name for s in _quality_list("calm and courteous", _tokens("calm and courteous")) or []]
    ['Calm', 'Courteous']
    >>> _quality_list("technical and commercial skills", _tokens("technical and commercial skills")) is None
    True
    """
    while toks and toks[-1].lower in {".", ";", ","}:
        toks = toks[:-1]
    if len(toks) < 3 or toks[-2].lower not in {"and", "or", "&"}:
        return None
    words = [t for t in toks if t.lower not in {",", "and", "or", "&"}]
    if len(words) * 2 - 1 != len(toks) or any(
        toks[k].lower not in {",", "and", "or", "&"} for k in range(1, len(toks), 2)
    ):
        return None  # (one word between each joint: no phrase, no two joints together)
    verbs = 0
    for t in words:
        w = t.lower
        if _capitalised(t) or not w.isalpha() or w in _ACTIVITY_NOUNS:
            return None  # (a name, or a work's noun: "document", "management")
        if _verb_base(w) is not None and w in base_forms("adj"):
            verbs += 1  # (an adjective that is a verb as well, "alert", "present", "tidy": a quality only beside one)
            continue
        if not (w in _COMPLEMENTS or w.endswith(_QUALITY_ENDINGS)):
            return None
        if w.endswith("ly") and (w.endswith("ally") or len(w) < 6 or _nounlike(w)):
            return None  # ("fully", "daily"; "friendly", "orderly" are qualities)
        if _verb_base(w) is not None:
            return None  # (a verb: "content", "separate")
    if verbs == len(words):
        return None  # ("clean and tidy", "open and close": what is done, as often as what one is)
    return [SkillName(t.start, t.end, _sentence_case(t.lower), True) for t in words]


#: words before a party worked with that are no part of its name: "the design team", "other departments"
_PARTY_FILLER = frozenset({"a", "an", "the", "other", "various", "all", "relevant", "our", "their", "your"})


def _capitalised(tok: _Tok) -> bool:
    """An acronym, or a capital not at the item's start."""
    return (tok.text.isupper() and len(tok.text) > 1) or (tok.text[:1].isupper() and tok.start > 0)


def _name_like(item: str, tok: _Tok) -> bool:
    """A word written as a name: an acronym ("SQL"), or capitalised inside an item that is not in title case."""
    text = tok.text
    if text.isupper() and len(text) > 1:
        return True
    return text[:1].isupper() and tok.start > 0 and not item[: tok.start].istitle()


def _nounlike(word: str) -> bool:
    """A word that is a noun by its form: a plural or an ending of nouns ("strategies", "planning")."""
    return (word.endswith("s") and not word.endswith("ss")) or word.endswith(_ACTIVITY_ENDINGS)


def _activity(word: str) -> bool:
    return word in _ACTIVITY_NOUNS or (word.endswith(_ACTIVITY_ENDINGS) and len(word) > 5)


def _work_noun(word: str) -> bool:
    """Whether ``word`` is a noun of work done on a thing after "of" ("the execution of ...", "the delivery of ..."):
    a noun of an action (:func:`_activity`) or "delivery", the readers of long "H of T" objects' one word more
    (_work_of_series names the work on each thing; _long_of_head takes no such head for the thing worked on)."""
    return _activity(word) or word == "delivery"


#: words that open a clause or stand for something said elsewhere: an item opening with one names no skill
_FUNCTION_WORDS = frozenset(
    {"but", "however", "if", "whether", "when", "then", "so", "yet", "because", "although", "though", "while",
     "after", "before", "since", "until", "unless", "it", "there", "that", "what", "which", "how", "why", "where",
     "who", "not", "no", "more", "most", "less", "many", "much", "lot", "lots", "one", "two", "three", "four",
     "five", "six", "seven", "eight", "nine", "ten", "above", "below", "certain"}
)
_FINITE = frozenset({"is", "are", "was", "were", "will", "would", "can", "could", "should", "must", "has", "have"})
#: the words of grammar no name of a thing holds (made once, not for each word asked: _played_for)
_GRAMMAR_WORDS = _PREPOSITIONS | _FUNCTION_WORDS
#: the same and the words that point or say a verb's tense (made once: _long_noun_items)
_JOINING_OR_POINTING = _GRAMMAR_WORDS | _ARTICLES | _FINITE


#: possessives that may follow "of" in a deed's name ("creation of your items")
_OF_POSSESSIVES = frozenset({"your", "our", "its"})
#: endings of nouns naming a deed ("creation", "management", "handling", "delivery", "maintenance", "storage")
DEED_ENDINGS = ("tion", "sion", "ment", "ing", "very", "ance", "rage")


def possessive_of_deed(lowers: Sequence[str], k: int) -> bool:
    """Whether the word at ``k`` is a possessive after "of", past a noun of a deed and before more words ("the
    physical creation of your items", "safe storage of our stock"): whose things the deed is done to, no person
    named as the skill."""
    return (
        2 <= k < len(lowers) - 1
        and lowers[k] in _OF_POSSESSIVES
        and lowers[k - 1] == "of"
        and len(lowers[k - 2]) > 5
        and lowers[k - 2].endswith(DEED_ENDINGS)
    )


def _bad(toks: list[_Tok]) -> bool:
    lowers = {t.lower for t in toks}
    bad = lowers & _NOT_SKILLS
    if bad == {"people"} and (
        toks[-1].lower in _PEOPLE_WORK
        or all(
            k + 1 < len(toks) and toks[k + 1].lower in _PEOPLE_WORK for k, t in enumerate(toks) if t.lower == "people"
        )
    ):
        # "people management", "people and performance management": work done with people (and "people management
        # and process improvement": the work with people one of the names joined)
        bad = set()
    if bad and bad <= _PAY_WORKED_ON and _pay_modifies_work(toks):
        # "commission setup", "bonus tracking", "salary reconciliation": the pay is what the work is done on
        bad = set()
    if bad and len(toks) > 2:
        # "a sense of responsibility", "a sense of balance": a trait named with the noun, not the noun alone
        bad -= {toks[k].lower for k in range(2, len(toks)) if (toks[k - 2].lower, toks[k - 1].lower) == ("sense", "of")}
        # "the physical creation of your items", "safe storage of our stock": a possessive after "of", past a noun
        # of a deed (DEED_ENDINGS), names whose things the deed is done to, no person named as the skill
        lowered = [t.lower for t in toks]
        bad -= {lowered[k] for k in range(len(toks)) if possessive_of_deed(lowered, k)}
    if bad or toks[0].lower in _FUNCTION_WORDS or toks[0].lower in {"every", "each"}:
        return True
    if toks[-1].lower in {"to", "of", "in", "for", "with", "on", "at", "by", "from", "into"} and len(toks) > 1:
        return True  # "extended to": the list it announces comes after
    if lowers <= _DROP_WORDS | _FUNCTION_WORDS:
        return True  # "skills", "a lot of experience"
    if any(
        t.text[:1] in "$£€¥₹" or (t.lower[:1].isdigit() and not _numbered_name(toks, k) and not _span_named(toks, k))
        for k, t in enumerate(toks)
    ):
        return True
    if len(toks) == 2 and _RUNG.fullmatch(f"{toks[0].text} {toks[1].text}"):
        return True  # "Level 2", "Band 6" alone: a rung or a grade, no skill's name
    return not any(t.text[:1].isalpha() for t in toks)


#: a span of time or a count of steps written with a hyphen, before the noun it measures: "5-year", "12-week"
_SPAN_WORD = re.compile(r"\d+(?:-\d+)*-(?:day|week|month|year|hour|minute|point|step|stage|part|degree)")
#: a unit of time or steps in the singular after a hyphenated series of figures: "30-60-90 day plans"
_SPAN_UNITS = frozenset({"day", "week", "month", "year", "hour", "minute", "point", "step", "stage", "part"})


def _span_named(toks: list[_Tok], k: int) -> bool:
    """Whether the figures at ``k`` measure the noun after them as part of its name ("5-year maintenance plans",
    "a 12-week training plan", "30-60-90 day plans"): a span written with hyphens, before two words or more of the
    name; not a count of years asked for ("2-3 years of experience": a plural unit, no name)."""
    word = toks[k].lower
    if "-" not in word or k + 2 > len(toks) or not toks[k + 1].lower.isalpha():
        return False
    if _SPAN_WORD.fullmatch(word):
        return toks[k + 1].lower not in {"of", "and", "or", "in"}
    return (
        re.fullmatch(r"\d+(?:-\d+)+", word) is not None
        and toks[k + 1].lower in _SPAN_UNITS
        and k + 2 < len(toks)
        and toks[k + 2].lower.isalpha()
        and toks[k + 2].lower not in {"of", "and", "or", "in"}
    )


#: a number that is part of a name after a capitalised word: a version or an edition ("Sage 50", "Windows 11",
#: "Office 365", "Level 3 certificate", "18th Edition"); one, two, three or four digits (a letter or "th" after)
_NAME_NUMBER = re.compile(r"\d{1,4}(?:st|nd|rd|th|[a-z])?\+?", re.I)


def _numbered_name(toks: list[_Tok], k: int) -> bool:
    """Whether token ``k``, a number, is part of a name: right after a word written with a capital that is no
    word of quantity ("Sage 50", "Microsoft 365", "NVQ Level 3"), or an ordinal before one ("18th Edition"); not
    a count or an amount ("3 years", "team of 15", "40 wpm")."""
    tok = toks[k]
    if _NAME_NUMBER.fullmatch(tok.text) is None:
        return False
    if k + 1 < len(toks) and toks[k + 1].lower in _AMOUNT_UNITS:
        return False
    if k > 0 and toks[k - 1].text[:1].isupper() and toks[k - 1].text[:1].isalpha():
        before = toks[k - 1].lower
        return before not in _AMOUNT_UNITS and before not in _DATE_WORDS and before not in _NOT_NAMING
    return tok.lower.endswith(("st", "nd", "rd", "th")) and k + 1 < len(toks) and toks[k + 1].text[:1].isupper()


#: words with a capital before a number that make it an amount: "Top 10", "Over 5"
_NOT_NAMING = frozenset({"top", "over", "under", "up"})
#: months and days before a number: a date ("July 12", "Monday 3"), no name
_DATE_WORDS = frozenset(
    "january february march april may june july august september october november december jan feb mar apr jun"
    " jul aug sep sept oct nov dec monday tuesday wednesday thursday friday saturday sunday".split()
)
#: words of how much after (or before) a number: it counts or measures, it names nothing
_AMOUNT_UNITS = frozenset(
    {"years", "year", "yrs", "yr", "months", "month", "weeks", "week", "days", "day", "hours", "hour", "hrs", "kg",
     "kgs", "lbs", "wpm", "people", "staff", "employees", "users", "stores", "sites", "percent", "%", "k", "m",
     "plus", "minutes", "mins", "points", "miles", "km"}
)


#: words of many kinds before the places worked in: "work in various settings" says where, names no skill
_VARIETY_WORDS = frozenset({"various", "many", "different", "varied", "diverse", "numerous", "several", "all"})
#: what is done with people, after "people": "people management", "people skills"
_PEOPLE_WORK = frozenset({"management", "leadership", "skills", "skill", "development"})
#: nouns of work done on pay or benefits written after the word of pay: "commission setup", "bonus tracking",
#: "salary reconciliation", "pension administration" (not "review": "an annual salary review" is a benefit)
_PAY_WORK_NOUNS = frozenset(
    {"setup", "set-up", "reconciliation", "reconciliations", "calculation", "calculations", "administration",
     "processing", "tracking", "reporting", "configuration", "benchmarking", "modelling", "modeling", "forecasting",
     "auditing", "audits", "negotiation", "negotiations", "queries", "disputes"}
)


def _pay_modifies_work(toks: list[_Tok]) -> bool:
    """Whether every word naming no skill in ``toks`` stands right before a noun of work done on it ("commission
    setup", "pay queries"); in "salary and bonus calculations" the first has none and the item stays unread."""
    return all(
        k + 1 < len(toks) and toks[k + 1].lower in _PAY_WORK_NOUNS
        for k, t in enumerate(toks)
        if t.lower in _NOT_SKILLS
    )


#: "comprehension" before "of", a noun of knowing as "understanding" is
_COMPREHENSION_OF = re.compile(r"\b[Cc]omprehension(?= of\b)")
#: "understanding" before "of", written back as the item's "comprehension" in a name kept as written
_UNDERSTANDING = re.compile(r"\b[Uu]nderstanding(?= of\b)")


def _as_comprehension(m: re.Match[str]) -> str:
    return "Comprehension" if m.group(0)[0] == "U" else "comprehension"


def skill_names(item: str, *, predicate: bool = False, verb: bool = False) -> list[SkillName]:
    """The skills one requirement item names; see :func:`_skill_names` (a name that makes no key is dropped).
    With ``verb`` the caller vouches that the item's first word is a verb (it follows a role that does the work:
    "the porter locks the doors"), so a verb of work that is a noun as often (:func:`noun_verb`) opens a duty.

    A field named after "experience in" is the experience ("three years of experience in management": Management
    experience), as "sales experience" is.

    A list marker the item still opens with is no word of it ("b) Deliver sales targets", "2) P&L ownership").
    """
    return list(_skill_names_of(item, predicate, verb, TAGGING.get()))


@functools.lru_cache(maxsize=8192)  # (a piece of a list is asked of three times: its duty, its verb, its names)
def _skill_names_of(item: str, predicate: bool, verb: bool, tagging: bool) -> tuple[SkillName, ...]:
    """:func:`skill_names`, kept per item and question (``tagging``: whether the trained tagger may be asked, see
    :data:`TAGGING`)."""
    if "omprehension of" in item and _COMPREHENSION_OF.search(item) is not None:
        # "a full comprehension of pricing principles" is an understanding of them, read so (a word of the same
        # length: the names' places in the item stay; a name as written keeps the item's word); only when the word
        # itself stands before "of" (not "comprehension often", "incomprehension of": read again, with no end)
        read = _COMPREHENSION_OF.sub(lambda m: "Understanding" if m.group(0)[0] == "C" else "understanding", item)
        return tuple(
            n._replace(name=_UNDERSTANDING.sub(_as_comprehension, n.name),
                       alias=n.alias and _UNDERSTANDING.sub(_as_comprehension, n.alias))
            for n in skill_names(read, predicate=predicate, verb=verb)
        )
    if " well " in item and _WELL_BEFORE.search(item) is not None:
        # "work well under pressure", "work well with others": how well is no part of the work named (the word is
        # blanked, so the names' places in the item stay)
        return tuple(
            skill_names(_WELL_BEFORE.sub(lambda m: m.group(1) + " " * len(m.group(2)), item), predicate=predicate,
                        verb=verb)
        )
    if "how to " in item and (how := _KNOWING_HOW.match(item)) is not None:
        # "Knowing how to use GPS": the work known how to do names the skill (GPS), as the duty would
        at = how.end()
        return tuple(n._replace(start=n.start + at, end=n.end + at) for n in skill_names(item[at:], verb=True))
    names = _skill_names_marked(item, predicate, verb)
    if not names and " and " in item and (joint := _SKILLS_AND_KNOWING.search(item)) is not None:
        # "Excellent people skills and knowledge of food safety": two needs, each read alone (as one, the item ran
        # past the words a name may hold and named nothing)
        at = joint.end()
        return (
            *skill_names(item[: joint.start(1)], predicate=predicate),
            *(n._replace(start=n.start + at, end=n.end + at) for n in skill_names(item[at:], predicate=predicate)),
        )
    word = _untabled_verb(item, names) if predicate and not verb and tagging else None
    return _tagged_names(item, predicate, word) if word is not None else names


#: skills, then "and" and a knowing of something: "people skills and (a good) knowledge of ...", "IT skills and an
#: understanding of ..." (group 1: the "and" and any article or adjective before the knowing)
_SKILLS_AND_KNOWING = re.compile(
    r"\bskills(\s+and\s+(?:(?:an?|some|good|sound|solid|working|basic)\s+)*)"
    r"(?=(?:knowledge|understanding|awareness|experience)\s+(?:of|in|with)\b)",
    re.I,
)


#: "well" after a verb of working and before a preposition of its setting: "work well under pressure"
_WELL_BEFORE = re.compile(
    r"\b((?:work|works|working|cope|copes|coping|perform|performs|performing)\s+)(well)(?=\s+(?:under|with|in|alone|as)\b)",
    re.I,
)
#: an item opening with knowing how to do a piece of work: "Knowing how to use GPS", "Knows how to read a planogram"
_KNOWING_HOW = re.compile(
    r"[^\w]*(?:know|knows|knowing|understand|understands|understanding|learn|learns|learning)\s+how\s+to\s+(?=[a-z])",
    re.I,
)


#: whether :func:`skill_names` may ask the trained tagger about an item opened by a verb no table holds
#: (requirements.tagged-verbs); extraction turns it off for a run that switches the rule off
TAGGING: contextvars.ContextVar[bool] = contextvars.ContextVar("tagging", default=True)
#: endings of the head of an object that name an action, a quality, a post or a tool, no thing a duty is done to
#: ("Dispute resolution", "Weekend availability", "Forklift operator", "Box cutters")
_NO_OBJECT_ENDINGS = ("tion", "sion", "ment", "ing", "ity", "ance", "ence", "er", "or", "ist", "ship", "ness", "ure",
                      "ise", "ize", "ysis", "cy", "ive")
_NO_OBJECT_HEADS = frozenset(
    {"duty", "duties", "skill", "skills", "experience", "licence", "license", "shift", "shifts", "hour", "hours",
     "design", "support", "service", "services", "work", "role", "roles", "level", "levels", "knowledge", "plan",
     "plans", "policy", "policies", "procedure", "procedures", "system", "systems", "team", "teams", "staff",
     "lead", "leads", "desk", "floor", "area", "areas", "overview", "details", "description", "ability",
     "required", "preferred", "essential", "desirable", "only", "optional"}
)
#: an item's first word and the words of its object after it (a determiner aside): "Groom (the) dogs before ..."
_OPENING_VERB = re.compile(
    r"([A-Za-z][a-z]{2,})\s+(?:(?:the|all|any|their|our|your)\s+)?([a-z][a-z-]*(?:\s+[a-z][a-z-]*)*)"
)
#: words that end a verb's object in an item: a preposition, a joining word, a comma
_OBJECT_END = re.compile(r"\s*(?:,|;|\(|\b(?:and|or|to|for|in|on|at|with|from|by|before|after|into|as|of|when|"
                         r"while|during|under|every|each)\b|$)", re.I)


def _untabled_verb(item: str, names: tuple[SkillName, ...]) -> str | None:
    """The first word of a duty item when it is a verb no table of the namer holds, left named as written or
    not at all: a verb of the language (spaCy's lookup index of verbs) in its base form, before an object whose head
    names a thing (not an action, a quality, a post or a tool), that the trained tagger reads as a verb with an
    object ("Groom dogs before collection", "Park cars for hotel guests"). Else None (requirements.tagged-verbs)."""
    at = _marker_end(item)
    text = item[at:].strip()
    if len(names) > 1 or (names and (names[0].reworded or names[0].start > at + 1)):
        return None
    m = _OPENING_VERB.match(text)
    if m is None or len(text.split()) > 10:
        return None
    word = m.group(1).lower()
    if word in _FUNCTION_WORDS or word in _DETERMINERS or verb_base(word) is not None or noun_verb(word) is not None:
        return None
    if word not in base_forms("verb"):
        return None
    obj = m.group(2)
    end = _OBJECT_END.search(obj)
    obj_words = obj[: end.start()].split() if end is not None else obj.split()
    if not obj_words or len(obj_words) > 3:
        return None
    head = _singular(obj_words[-1].lower())
    if word in base_forms("noun") and (len(obj_words) > 1 or head == obj_words[-1].lower()) and not m.group(0)[
        len(m.group(1)) :
    ].strip().lower().startswith(("the ", "all ", "any ", "their ", "our ", "your ")):
        return None  # (a word that is a noun as often, before more than one plural noun: a compound, "Bubble wrap")
    if head in _NO_OBJECT_HEADS or obj_words[-1].lower() in _NO_OBJECT_HEADS or head.endswith(_NO_OBJECT_ENDINGS):
        return None
    if any(w in _FUNCTION_WORDS and w not in _DETERMINERS for w in (x.lower() for x in obj_words)):
        return None
    return word if tagged_verb(text[:1].lower() + text[1:]) else None


@functools.lru_cache(maxsize=1024)
def _tagged_names(item: str, predicate: bool, word: str) -> tuple[SkillName, ...]:
    """The names of an item opened by ``word``, a verb no table holds: as the namer names a verb of work that is a
    noun as often ("Groom dogs": Dog grooming)."""
    at = _marker_end(item)
    read = _skill_names(item[at:], predicate=predicate, verb=True, tagged=word)
    return tuple(
        SkillName(s.start + at, s.end + at, tidy, s.reworded, s.alias) for s in read if (tidy := tidy_name(s.name))
    )


#: what an object leaves out, after it: "sales workers other than retail sales workers", "rooms except the suites"
_LEFT_OUT = re.compile(r"\s+(?:other\s+than|except(?:\s+for)?|excluding|apart\s+from)\s+\S", re.I)
#: a closing phrase naming the post whose need an item is: "in this job", "for the role", "in this position"
_POST_CLOSING = re.compile(
    r"\s+(?:in|for|within)\s+(?:this|the)\s+(?:role|job|position|post|line\s+of\s+work)\s*[.!]?\s*$", re.I
)


@functools.lru_cache(maxsize=8192)  # (a piece of a list is asked of three times: its duty, its verb, its names)
def _skill_names_marked(item: str, predicate: bool, verb: bool) -> tuple[SkillName, ...]:
    """:func:`skill_names`, kept per item (its list marker left out, and what an object leaves out: "supervise the
    activities of sales workers other than retail sales workers", "clean all rooms except the suites")."""
    if "other than" in item or "except" in item or "excluding" in item or "apart from" in item:
        left_out = _LEFT_OUT.search(item)
        if left_out is not None and left_out.start() > 0:
            item = item[: left_out.start()]
    if " this " in item or " the " in item:
        # "patience in this job", "a head for heights for this position": the post the need is of, no part of it
        closing = _POST_CLOSING.search(item)
        if closing is not None and closing.start() > 0:
            item = item[: closing.start()]
    at = _marker_end(item)
    if at:
        read = _skill_names_slashed(item[at:], predicate, verb)
        return tuple(SkillName(x.start + at, x.end + at, *x[2:]) for x in read)
    return _skill_names_slashed(item, predicate, verb)


#: two verbs joined by a slash opening a duty, before its object: "Package/bag items", "Weigh/price the cakes", and
#: so after "help" ("help supervise/mentor the juniors")
_SLASHED_VERBS = re.compile(r"\s*(?:[Hh]elp(?:s|ing)?\s+(?:to\s+)?)?([A-Za-z][a-z]+)/([a-z]{2,})(?=\s+[\w(])")


#: a label in title case of two words whose last names an activity: "Purchase Facilitation", "Shipping Integrations"
_TITLED_ACTIVITY = re.compile(r"\s*([A-Z][a-z]+)\s+[A-Z][a-z]+(?:tion|sion|ment|ing)s?\s*[.:]?\s*")


def _titled_activity(item: str) -> bool:
    """Whether ``item`` (matching :data:`_TITLED_ACTIVITY`) opens with a noun or a gerund, the thing or kind of the
    activity its last word names ("Purchase Facilitation", "Report Preparation"), not a verb before its object."""
    first = item.split()[0].lower()
    return first in base_forms("noun") or (first.endswith("ing") and len(first) > 5)


def _slashed_verb(word: str) -> bool:
    """Whether ``word`` (lower case) is a verb of work: a verb the namer's tables hold, or a verb of the language."""
    return verb_base(word) is not None or noun_verb(word) is not None or word in base_forms("verb")


def _skill_names_slashed(item: str, predicate: bool, verb: bool) -> tuple[SkillName, ...]:
    """:func:`_skill_names_kept`, where two verbs joined by a slash that open a duty are read as joined by "and" (a
    verb of work first: "Package/bag items": as "Package and bag items"; before, the item as written), the names'
    places mapped back to the item as written (requirements.duty-names)."""
    if _TITLED_ACTIVITY.fullmatch(item) and _titled_activity(item):
        # ("Purchase Facilitation", "Shipping Integrations": a label naming an activity, no verb before an object)
        words = item.split()
        written = f"{words[0]} {words[1].rstrip('.:').lower()}"
        return tuple(
            s._replace(start=len(item) - len(item.lstrip()), name=written, reworded=False, alias=None)
            if s.name.lower() != written.lower()
            else s
            for s in _skill_names_kept(item, False, verb)
        )
    m = _SLASHED_VERBS.match(item) if "/" in item else None
    if m is None or verb_base(m.group(1).lower()) is None or not _slashed_verb(m.group(2)):
        return _skill_names_kept(item, predicate, verb)
    slash = m.end(1)
    shift = len(" and ") - 1

    def back(pos: int) -> int:
        return pos if pos <= slash else max(slash, pos - shift)

    read = _skill_names_kept(f"{item[:slash]} and {item[slash + 1 :]}", predicate, verb)
    return tuple(SkillName(back(x.start), back(x.end), *x[2:]) for x in read)


#: experience of a kind of post: "Experience in a call centre role", "2+ years in a helpdesk or IT support role",
#: "3 years' experience working in a supervisory position"; the fields before the word for a post
_ROLE_EXPERIENCE = re.compile(
    r"\W*(?:(?:minimum|min\.?|at\s+least|over)\s+)?(?:[\d.+–-]+\s*(?:years?|yrs|months?)(?:'|’)?\s+(?:of\s+)?"
    r"(?:experience\s+)?|(?:(?:previous|prior|proven|some|relevant)\s+)?experience\s+)(?:working\s+)?"
    r"(?:in|within)\s+an?\s+(?P<fields>[\w&/ ,-]+?)\s+(?:role|position|job|capacity|post)s?\b",
    re.I,
)
#: what parts the fields of such an item: commas, "or", "and", slashes
_FIELD_SEPARATOR = re.compile(r"\s*(?:,|/|\bor\b|\band\b)\s*")
#: words that name no kind of post before "role": "a similar role", "a related position"
_LIKE_ROLE = frozenset({"similar", "comparable", "related", "relevant", "same", "equivalent", "like", "senior",
                        "junior", "new", "busy", "fast-paced", "full-time", "part-time"})
#: a list item's marker left at its start: a letter or a number and a bracket or a stop, a space after ("b) ",
#: "(c) ", "2) ", "3. ")
_ITEM_MARKER = re.compile(r"\s*\(?(?:\d{1,2}|[a-zA-Z])[.)]\s+(?=\S)")


def _marker_end(item: str) -> int:
    """Where the list marker the item opens with ends ("b) Deliver sales targets": 3), or 0 when it opens with none."""
    marker = _ITEM_MARKER.match(item)
    return marker.end() if marker is not None and marker.end() < len(item) else 0


#: a thing kept up to date: "keep patient records up to date", "keeping the price list up-to-date"
_KEPT_UP_TO_DATE = re.compile(
    r"\W*(?P<verb>keep|keeps|keeping)\s+(?P<obj>(?:(?!\bup\b)[^,;.])+?)\s+up[- ]to[- ]date\W*$", re.I
)


#: the verbs of bodily work, searched for before _PHYSICAL is tried
_PHYSICAL_GATE = re.compile(r"\b(?:lift|carry|stand|walk|sit|bend|kneel|climb|push|pull)", re.I)
#: a physical demand of a post: a verb of bodily work with what is moved or how long ("lift heavy boxes", "be able to
#: stand for long periods", "carrying up to 25kg"); "lift" and "push" name it only with a thing or a weight after
#: them (not "lift margins", "push sales")
_PHYSICAL = re.compile(
    r"(?P<lead>\W*(?:(?:the\s+|an?\s+)?(?:ability|able)\s+to\s+|be\s+able\s+to\s+|must\s+be\s+able\s+to\s+)?)"
    r"(?P<verb>lift|lifting|carry|carrying|stand|standing|walk|walking|sit|sitting|bend|bending|kneel|kneeling"
    r"|climb|climbing|push|pushing|pull|pulling)\b(?P<rest>[^.;:]*)$",
    re.I,
)
#: what is lifted or carried: a thing, or a weight
_PHYSICAL_LOAD = re.compile(
    r"\b(?:heavy|boxes|box|loads?|objects?|items?|parcels?|packages?|pallets?|goods|stock|bags?|sacks?|weights?"
    r"|equipment|furniture|crates?|cartons?|deliveries|products?|\d+\s*(?:kg|kgs|kilos?|kilograms?|lbs?|pounds?|stone)\b)",
    re.I,
)
#: verbs of moving things, which need a load after them to be bodily work
_LOAD_VERBS = frozenset({"lift", "carry", "push", "pull"})
#: particles that make a verb of moving things mean something else: "carry out", "carry on", "pull off"
_NOT_LOADED = re.compile(r"\s*(?:out|on|off|over|through)\b", re.I)
#: what follows a verb of posture when it is bodily work: nothing, how long, where ("stand for long periods",
#: "sit at a desk", "climb ladders")
_POSTURE_AFTER = re.compile(
    r"\s*(?:$|for\b|up\s+to\b|all\b|long\b|on\s+(?:your|their|one's)\s+feet|at\s+a\b|during\b|throughout\b"
    r"|most\b|\d|ladders|stairs|steps|scaffold)",
    re.I,
)
#: words a physical demand's name does not end in ("... for long periods during a": "... for long periods")
_PHYSICAL_TRAILING = frozenset(
    {"and", "or", "to", "of", "the", "a", "an", "with", "for", "up", "during", "while", "in", "at", "on", "from",
     "throughout", "per", "each", "every", "your", "their"}
)
#: the "-ing" form of each verb of bodily work
_PHYSICAL_ING = {
    "lift": "Lifting", "carry": "Carrying", "stand": "Standing", "walk": "Walking", "sit": "Sitting",
    "bend": "Bending", "kneel": "Kneeling", "climb": "Climbing", "push": "Pushing", "pull": "Pulling",
}
#: each verb of bodily work by its own form and its "-ing" form ("sitting": sit)
_PHYSICAL_BASE = {form: verb for verb, ing in _PHYSICAL_ING.items() for form in (verb, ing.lower())}
#: "and" before another verb of bodily work: "lift boxes and stand for long periods" is two demands
_PHYSICAL_AND = re.compile(r"\s+and\s+(?=(?:" + "|".join(_PHYSICAL_ING) + r")\w*\b)", re.I)
#: a verb followed at once by another in a series: "lift, carry and stack"
_SERIES_NEXT = re.compile(r"\s*(?:,|or\b|and\b|/)")
#: a number and its unit, or "up to", in what is moved: how much, no part of the name
_AMOUNT = re.compile(
    r"\b(?:up\s+to\s+|over\s+|at\s+least\s+)?\d+(?:\.\d+)?\s*(?:kg|kgs|kilos?|kilograms?|lbs?|pounds?|stone|hours?|hrs?)?\b",
    re.I,
)

#: a bracket left with only the words around an amount once the amount is out: "(usually around  at least)", "(max. )"
_AMOUNT_ASIDE = re.compile(
    r"\s*\((?:\s*(?:usually|typically|normally|often|around|about|approx\.?|approximately|roughly|at|least|most|up|to"
    r"|max\.?|maximum|min\.?|minimum|over|under|more|less|than|or|and|each|per|[,/+-]))*\s*\)",
    re.I,
)


def physical_names(item: str) -> list[SkillName]:
    """The physical demands a requirement item names, each as its verb's "-ing" form with what follows it ("be able
    to lift heavy boxes and stand for long periods": Lifting heavy boxes, Standing for long periods); amounts go
    ("lift up to 25kg": Lifting). Empty when the item names none.

    >>> [n.name for n in physical_names("Ability to lift heavy boxes and stand for long periods")]
    ['Lifting heavy boxes', 'Standing for long periods']
    >>> [n.name for n in physical_names("Must be able to lift up to 25kg")], physical_names("Lift margins by 5%")
    (['Lifting'], [])
    >>> [n.name for n in physical_names("Sitting for long periods")]
    ['Sitting for long periods']
    >>> [n.name for n in physical_names("lift and carry crates of fruit")]  # (two verbs of moving, one load)
    ['Lifting and carrying crates of fruit']
    """
    found = _PHYSICAL.match(item)
    if found is None:
        return []
    out: list[SkillName] = []
    at = found.start("verb")
    pieces = _PHYSICAL_AND.split(item[at:])
    joined: tuple[str, int] | None = None  # "lift and carry boxes": a verb of moving things sharing the next's load
    for n, piece in enumerate(pieces):
        verb = re.match(r"\w+", piece)
        assert verb is not None
        base = _PHYSICAL_BASE.get(verb.group().lower())
        if base is None:
            return []
        rest = piece[verb.end() :]
        start = item.index(piece, at)
        at = start + len(piece)
        if base in _LOAD_VERBS and not rest.strip() and joined is None and n + 1 < len(pieces):
            nxt = re.match(r"\w+", pieces[n + 1])
            if nxt is not None and _PHYSICAL_BASE.get(nxt.group().lower()) in _LOAD_VERBS:
                joined = _PHYSICAL_ING[base], start
                continue
        if _SERIES_NEXT.match(rest):
            return []  # ("lift, carry and stack heavy furniture": a series of verbs, named as duties are)
        if base in _LOAD_VERBS and (_PHYSICAL_LOAD.search(rest) is None or _NOT_LOADED.match(rest)):
            return []  # ("lift margins", "push sales": a goal, not bodily work; "carry out": doing)
        if base not in _LOAD_VERBS and _POSTURE_AFTER.match(rest) is None:
            return []  # ("stand out", "walk customers through": no posture held)
        words = _AMOUNT_ASIDE.sub(" ", _AMOUNT.sub(" ", rest)).split()
        words = words[:5]
        while words and words[-1].lower() in _PHYSICAL_TRAILING:
            words.pop()
        while words and words[0].lower() in {"up", "to"}:
            words.pop(0)
        ing = _PHYSICAL_ING[base]
        if joined is not None:
            ing, start = f"{joined[0]} and {ing.lower()}", joined[1]  # (named from the first verb on)
            joined = None
        name = " ".join([ing, *words]).rstrip(",")
        end = item.index(piece, start) + len(piece.rstrip())
        out.append(SkillName(start, end, name, True, item[start:end].strip()))
    return out


#: a duty written as a hyphenated noun of a phrasal verb opening an item, then what it is done to: "Check-in guests",
#: "Sign-out keys", "Set-up the stage" (the object: one or two words, after an article at most, ending the item or
#: before a bracket, comma or stop)
_COMPOUND_DUTY = re.compile(
    r"\s*(?P<verb>(?:check|sign|set|log|pick|drop|hand|clean|follow|cash|clock|lock)-(?:in|out|up|off|over|down))"
    r"\s+(?:the\s+|all\s+)?(?P<obj>[A-Za-z]+(?:\s+[A-Za-z]+)?)(?=\s*(?:$|[(,.;:]))",
    re.I,
)


@functools.lru_cache(maxsize=8192)  # (several rules ask of each list item: a duty's piece, its verb, its names)
def _skill_names_kept(item: str, predicate: bool, verb: bool = False) -> tuple[SkillName, ...]:
    """:func:`skill_names`, kept per item (each name tidied: :func:`tidy_name`; one left empty is dropped)."""
    return tuple(
        s._replace(name=tidy) if tidy != s.name else s
        for s in _skill_names_read(item, predicate, verb)
        if (tidy := tidy_name(s.name))
    )


#: a bracket with no word inside: what is left where an amount or an aside was taken out ("( )", "[ - ]")
_EMPTY_BRACKETS = re.compile(r"\s*[(\[{][^\w()\[\]{}]*[)\]}]")
#: marks no name starts or ends with: quotes, dashes, slashes, stops, commas and the like
_END_MARKS = " \t\"'“”‘’`«»-–—/\\|,;:!?*•·&"
#: a run of spaces, and spaces before a comma, a semicolon or a colon: what a removed aside leaves inside a name
_SPACE_RUN = re.compile(r"\s{2,}")
_SPACE_BEFORE_MARK = re.compile(r"\s+([,;:])")


def tidy_name(name: str) -> str:
    """``name`` without what a removed amount or aside left behind: empty brackets, a bracket left open or never
    opened, a space before a comma, and quotes, dashes, slashes or stops at its ends (requirements.duty-names).

    >>> tidy_name("Lifting heavy objects ( )"), tidy_name("Stock counts (weekly"), tidy_name("'Till work' -")
    ('Lifting heavy objects', 'Stock counts', 'Till work')
    >>> tidy_name("Customer service (phone)"), tidy_name("C++"), tidy_name("Food safety /")
    ('Customer service (phone)', 'C++', 'Food safety')
    """
    tidy = _EMPTY_BRACKETS.sub("", name)
    for opening, closing in ("()", "[]", "{}"):
        if opening not in tidy and closing not in tidy:
            continue  # (most names hold no bracket: the walk over their characters below would keep each one)
        depth = 0
        kept: list[str] = []
        for ch in tidy:
            if ch == closing and depth == 0:
                continue  # (a bracket never opened)
            depth += 1 if ch == opening else -1 if ch == closing else 0
            kept.append(ch)
        tidy = "".join(kept)
        while depth > 0:  # (a bracket left open: the name ends before it, or it goes when nothing stands before it)
            at = tidy.rfind(opening)
            before = tidy[:at].strip(_END_MARKS)
            tidy = tidy[:at] if before else tidy[:at] + tidy[at + 1 :]
            depth -= 1
    tidy = _SPACE_BEFORE_MARK.sub(r"\1", _SPACE_RUN.sub(" ", tidy))
    while True:
        stripped = tidy.strip(_END_MARKS)
        if stripped.endswith(".") and "." not in stripped.split()[-1][:-1]:
            stripped = stripped[:-1]  # (a stop ends no name; "U.S." keeps its own)
        if stripped == tidy:
            break
        tidy = stripped
    first = name[0] if name[:1].isalpha() else next((ch for ch in name if ch.isalpha()), "")
    return tidy[:1].upper() + tidy[1:] if first.isupper() else tidy


def _skill_names_read(item: str, predicate: bool, verb: bool = False) -> list[SkillName]:
    physical = physical_names(item) if _PHYSICAL_GATE.search(item) else []
    if physical:
        return physical
    compound = _COMPOUND_DUTY.match(item) if "-" in item[:12] else None
    if compound is not None:
        # "Check-in guests", "Set-up the stage": a duty written as its hyphenated noun, before what it is done to
        done_to = compound["obj"].split()[-1]
        name = f"{_singular(done_to.lower())} {compound['verb'].lower()}"
        return [SkillName(0, compound.end("obj"), _sentence_case(name), True, compound.group().strip())]
    kept = _KEPT_TO.match(item) if "to " in item or "by " in item or "with " in item else None
    if kept is not None and _singular(kept["obj"].split()[-1].lower().strip(".,;")) in _RULE_NOUNS:
        # "adhere to health and safety rules", "abide by the site rules": the rules kept to name the skill, as
        # those complied with do
        at = kept.start("obj")
        return [s._replace(start=s.start + at, end=s.end + at) for s in _skill_names_kept(item[at:], predicate)]
    wished = _WISHED.search(item)
    if wished is not None and wished.start() > 0:
        # "Forklift licence preferred", "Spanish desirable but not essential": how much it is wanted, not its name
        item = item[: wished.start()]
    kept = _KEPT_UP_TO_DATE.match(item)
    if kept is not None:
        # "keep the price list up to date" is "update the price list": named so, its spans in the item as written
        at, lead = kept.start("obj"), len("update ")
        return [
            SkillName(kept.start("verb") if x.start < lead else x.start - lead + at, min(x.end - lead + at,
                      kept.end("obj")), x.name, True, x.alias)
            for x in _skill_names_read("update " + kept.group("obj"), True, verb)
            if x.end > lead
        ]
    helped = _HELP_VERB.match(item)
    if helped is not None and verb_base(helped["verb"].lower()) is not None:
        # "Help prepare vegetables", "Helps to maintain the stock room": the work helped with is the duty
        at = helped.start("verb")
        return [
            s._replace(start=s.start + at, end=s.end + at)
            for s in _skill_names_kept(item[at:], predicate, verb)
        ]
    gate = _HELPED_GATE.match(item)
    helped_at = _helped_work(item, gate.end()) if gate is not None else None
    if helped_at is not None and gate is not None and gate["bare"] is not None:
        # "Help teachers prepare lessons": whom a bare plural after "help" names is a post's holders, then the work
        # (not "Help customers find products": help given to the people served is the duty, read below)
        party = item[gate.end() : helped_at].split()
        if len(party) != 1 or _singular(party[0].lower()) in SERVED:
            helped_at = None
    if helped_at is not None:
        # "Assist the head chef with stock counts", "Support the team leader in training new porters", "Help the
        # chefs prepare vegetables": the work helped with is the duty, not the helping of whom it helps
        # (reworded: the duty as written is the helping, its name the work helped with, which is also what it is
        # said to be as written)
        work = item[helped_at:]
        such = _SUCH_AS.search(work) if " such as " in work else None
        if such is not None:
            # "Assist the nurses with ward tasks such as bed making and tea rounds": the examples name the work when
            # what they are examples of is tasks or duties alone; else they are no part of its name ("booking
            # requests such as room changes": Booking requests)
            before = work[: such.start()].split()
            if before and before[-1].lower() in _WORK_NOUNS:
                helped_at += such.end()
                work = work[such.end() :]
            else:
                work = work[: such.start()]
        helped_names = [
            s._replace(
                start=s.start + helped_at, end=s.end + helped_at, reworded=True, alias=s.alias or work[s.start : s.end]
            )
            for s in _skill_names_kept(work, predicate, verb)
        ]
        if helped_names:
            # (the duties of a series after the work helped with are read as they would be without it: "help
            # visitors with directions, take payment, record sightings")
            done = max(x.end for x in helped_names)
            later = [x for x in _skill_names(item, predicate=predicate, verb=verb) if x.start >= done]
            return helped_names + [x for x in later if _keyable(x.name)]
    # (a name that opens with a preposition is what a duty's object pronoun left behind: "recognise them by name")
    names = [s for s in _skill_names(item, predicate=predicate, verb=verb)
             if _keyable(s.name) and s.name.split(" ", 1)[0].lower() not in _LEFT_BEHIND]
    if "understanding" in item.lower():
        names = [_understood(item, s) for s in names]
    # (an ASCII item without the word in any case cannot match: one test in C in place of a case-blind scan)
    field = _EXPERIENCE_IN.search(item) if not item.isascii() or "experience" in item.lower() else None
    if field is None:
        return names
    return [
        s._replace(name=f"{s.name} experience", reworded=True)
        if s.start >= field.end() and s.alias is None and _FIELD_GAP.search(item, field.end(), s.start) is None
        and "experience" not in s.name.lower().split()
        and _KNOWN_BY.match(item, field.end()) is None
        else s
        for s in names
    ]


#: "understanding (of)" right before a name: what is understood
_UNDERSTANDING_BEFORE = re.compile(r"\bunderstanding\s+(?:of\s+)?(?:the\s+|their\s+|our\s+|your\s+)?$", re.I)


def _understood(item: str, s: SkillName) -> SkillName:
    """The name ``s`` of what is understood after "understanding (of)", as the understanding of it when it names no
    skill alone ("understanding customer needs": Understanding customer needs, not Customer needs, which names
    none); any other name as it is ("understanding of food safety rules": Food safety rules)."""
    opened = _UNDERSTANDING_BEFORE.search(item, 0, s.start)
    if opened is None or not names_no_skill(s.name):
        return s
    written = item[opened.start() : s.end]
    return SkillName(opened.start(), s.end, _sentence_case(written), True, s.alias or written)


#: how much a requirement is wanted, closing its item: "preferred", "is desirable", "optional", "a plus", "highly
#: desired but not essential" ("Experience with forklifts preferred", "Spanish a plus")
_WISHED = re.compile(
    r"[\s,]+(?:(?:is|are|would\s+be|will\s+be)\s+)?(?:(?:highly|strongly|very|also)\s+)?(?:preferred|desirable|desired"
    r"|optional|advantageous|(?:(?:a|an)\s+)?(?:plus|bonus)|(?:a|an)\s+(?:advantage|asset))(?:,?\s+but\s+not\s+"
    r"(?:essential|required|necessary|mandatory))?[\s.;:!)]*$",
    re.I,
)
#: a duty of keeping a place, stock or team in a state of order, supply, progress or taking part: "keep the linen room
#: tidy", "keeps the bar stocked", "keeping the crew on task", "keep the volunteers engaged" (not one of being kept
#: informed: "keep the team updated")
_KEPT_STATE = re.compile(
    r"\W*(?P<verb>keep|keeps|keeping)\s+(?P<obj>(?:(?:the|their|your|our|all|its|his|her|every|each)\s+)?"
    r"(?!(?:the|a|an|up|on|in|to|it|them|track|pace|calm|going)\b)[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2}?)\s+"
    r"(?P<state>(?:well[- ])?organi[sz]ed|(?:well[- ])?stocked|clean(?:\s+and\s+(?:tidy|organi[sz]ed|safe))?"
    r"|tidy|neat|hygienic|uncluttered|safe|secure|full|filled|presentable|on\s+(?:task|track|schedule)|in\s+order"
    # (people kept in a state of taking part: "keep the volunteers engaged", "keeping regular donors active")
    r"|engaged|motivated|active|involved"
    r"|in\s+stock|running\s+smoothly)\b",
    re.I,
)
#: keeping an eye on a thing, a verb of watching it: "keep a close eye on", "keeping an eye on"
_EYE_KEPT_ON = re.compile(
    r"\W*(?P<verb>keep|keeps|keeping|kept)\s+(?:a\s+(?:close|careful|watchful|keen|constant|sharp)\s+|an\s+)eye\s+"
    r"(?:on|over)\s+",
    re.I,
)
#: "in charge of" (or "take charge of") before a team: "(be) in charge of a team of cleaners", "the night crew"
_IN_CHARGE_OF_TEAM = re.compile(
    r"\W*(?P<what>(?:(?:(?:be|being|is|are|was|were)\s+)?in\s+|take\s+|taking\s+)?charge\s+of)\s+"
    r"(?P<team>(?:(?:a|an|the|their|your|our|its|his|her)\s+)?(?:[\w-]+\s+){0,2}?(?:team|teams|crew|crews|squad|squads"
    r"|staff)\b(?:\s+of\s+(?:(?!and\b|or\b)[\w-]+\s+){0,2}?(?!and\b|or\b)[\w-]+)?)"
    r"(?=\s*(?:$|[,;.:(]|and\b|&|or\b|on\b|at\b|in\b|during\b|across\b|for\b))",
    re.I,
)
#: "help" and a bare verb (or "to" and one) opening a duty: "Help prepare vegetables", "Helps to maintain the stock",
#: "Helping to plan the rota"
_HELP_VERB = re.compile(r"\W*(?:help|helps|helping)\s+(?:to\s+)?(?P<verb>[A-Za-z]+)\b", re.I)
#: a verb of helping opening a duty, before whom it helps (requirements.helped-party): after a determiner, or a bare
#: plural (an adjective or noun may stand before it) before "with", "on" or "in" and a gerund, or "to" and a verb
#: ("Assist customers in resolving ...", "Help guests with ...", "Helping ward nurses to plan ...")
_HELPED_GATE = re.compile(
    r"\W*(?:assist|support|help)(?:s|ing)?\s+(?:(?:the|our|your|other|senior|fellow)\s"
    r"|(?=(?:[a-z]+\s+)?[a-z]+s\s+(?:with|on|in\s+[a-z]+ing|to\s+[a-z]+)\s)"
    r"|(?:(?<=help\s)|(?<=helps\s))(?P<bare>(?=[a-z]+s\s+[a-z]+\s)))",
    re.I,
)
_HELPED_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")
#: "such as" (a comma before it aside) opening examples of the work helped with
_SUCH_AS = re.compile(r",?\s+such\s+as\s+")


def _helped_work(item: str, at: int) -> int | None:
    """Where the work a duty helps with starts, after a verb of helping and whom it helps (one to three words from
    ``at``, a post or people: see _party_noun): after "with", "in" or "on" ("Assist the head chef with stock
    counts", "Support the team leader in training new porters"), or at a bare verb ("Help the chefs prepare
    vegetables", "Help our drivers to load the vans"); None when the item reads otherwise
    (requirements.helped-party)."""
    words = [(w.group(), w.start()) for _, w in zip(range(6), _HELPED_WORD.finditer(item, at), strict=False)]
    for n in range(1, min(3, len(words) - 1) + 1):
        if not _party_noun(words[n - 1][0]):
            continue
        after, start = words[n]
        low = after.lower()
        if low in {"with", "in", "on"} and n + 1 < len(words):
            return words[n + 1][1]
        if low == "to" and n + 1 < len(words) and verb_base(words[n + 1][0].lower()) == words[n + 1][0].lower():
            return words[n + 1][1]
        if after.islower() and verb_base(low) == low and low not in {"during", "across", "at", "and", "or"}:
            return start
    return None


#: endings of nouns of a post or a person: "chef"s aside, "manager", "supervisor", "assistant", "florist"
_PARTY_ENDINGS = ("er", "ers", "or", "ors", "ist", "ists", "ant", "ants", "ent", "ents", "ian", "ians")
#: heads of whom a duty helps that no ending marks: "chef", "staff", "team", "lead"
_PARTY_HEADS = frozenset(
    {"chef", "chefs", "staff", "team", "teams", "lead", "leads", "crew", "colleagues", "colleague", "head", "heads",
     "nurse", "nurses", "doctor", "doctors", "clerk", "clerks", "cook", "cooks", "guests", "guest", "public",
     "department", "departments", "office", "pharmacist", "pharmacists", "vet", "vets", "buyers", "buyer",
     "executive", "executives", "associate", "associates", "officer", "officers", "partner", "partners"}
)


def _party_noun(party: str) -> bool:
    """Whether the words after a verb of helping name whom it helps: a post or people ("head chef", "store
    manager", "team", "shift leaders"; requirements.helped-party)."""
    written = party.split()[-1]
    last = written.lower()
    return (
        last in _PARTY_HEADS
        # (a word in title case, as a post's title is written: "support the Host with ...")
        or (written[:1].isupper() and written[1:].islower() and written.isalpha() and verb_base(last) is None)
        or _singular(last) in _PERSON_NOUNS
        or (last.endswith(_PARTY_ENDINGS) and len(last) > 4 and verb_base(last) is None)
    )


#: "experience in", "experience working in": the field of the experience follows (not "with": a tool, "with Excel");
#: "experience as a": the post held
_EXPERIENCE_IN = re.compile(r"\bexperience\s+(?:(?:working\s+)?(?:in|within)|as\s+an?)\s", re.I)
#: what ends the field the experience is in: a comma, a stop, a clause
_FIELD_GAP = re.compile(r"[,;:.]|\b(?:to|as|for|while|who|which|that)\b", re.I)
#: a gerund of knowing opening the field: "experience in understanding guest needs" asks for the understanding, named
#: by what is understood as "understanding guest needs" is (Guest needs), no experience of the needs
_KNOWN_BY = re.compile(r"\s*(?:understanding|knowing)\s", re.I)


@functools.lru_cache(maxsize=8192)
def _keyable(name: str) -> bool:
    try:
        slugify(name)
    except SchemaError:
        return False
    return True


#: a word of a list of action nouns ("processing, distribution and tracking")
_WORD_OF_LIST = re.compile(r"\b[a-z]{2,}\b", re.I)
#: nouns of those shapes that name no action done to a thing ("the meaning of", "the rest of" ...)
_NOT_ACTIONS = frozenset({"meaning", "beginning", "evening", "morning", "ceiling", "building", "potential",
                          "professional", "total", "national", "general", "individual", "sentence", "experience",
                          "importance", "knowledge", "understanding", "position", "section", "function", "nation",
                          "question", "mention", "attention", "department", "element", "moment", "sense"})
#: an item that is only action nouns joined and "of" their object: "the processing, distribution and tracking of
#: customer orders (in the shop)", "maintenance and update of the records"
_ACTIONS_OF = re.compile(
    r"\s*(?:the\s+)?(?P<nouns>[a-z]{3,}(?:ing|tion|ment|ance|ence|al)"
    r"(?:\s*,\s*[a-z]{3,}(?:ing|tion|ment|ance|ence|al))*(?:\s*,?\s*(?:and|or)\s+[a-z]{3,})?)"
    r"\s+of\s+(?:the\s+|all\s+|their\s+|its\s+|an?\s+)?(?P<obj>[a-z][a-z-]*(?:\s+[a-z][a-z-]*){0,2}?)"
    r"(?=\s+(?:in|on|at|for|from|with|across|within|to|through|via)\b|[\s.;,!]*$)",
    re.I,
)


#: the lead of a list that follows: a few words and a verb of including at the end ("Common tasks include:")
_LIST_LEAD = re.compile(
    r"\W*(?:[\w'’-]+\s+){1,4}(?:(?:will|may|can|would|should|also)\s+)?"
    r"(?:include|includes|including|involve|involves|comprise|comprises)\s*[:：.-]?\s*",
    re.I,
)
#: a rate asked for at a level: "(a) typing speed of (at least) 40 words per minute", "data entry accuracy of 98%"
_RATE_ASKED = re.compile(
    r"\W*(?:(?:an?|the|good|fast|minimum|min\.?|required)\s+)*"
    r"(?P<name>[a-z][a-z-]*(?:\s+[a-z][a-z-]*){0,2}\s+(?:speed|accuracy|rate))\s+of\s+"
    r"(?:(?:at\s+least|a\s+minimum\s+of|minimum|min\.?|over|above|around|about)\s+)?\d[\d,.]*\s*\+?\s*"
    r"(?:wpm|kph|%|per\s*cent|percent|(?:[a-z]+\s+)?(?:per|an?|/)\s*(?:minute|min|hour|hr)\b)",
    re.I,
)
#: what joins the items after a rate asked for: "... 45 wpm and good spelling", "... 40 wpm or more, and ..."
_RATE_JOIN = re.compile(r"\s*(?:or\s+more|or\s+above|\+)?\s*(?:,\s*(?:and\s+)?|and\s+)")


@functools.lru_cache(maxsize=8192)
def _skill_names(item: str, *, predicate: bool = False, verb: bool = False, tagged: str = "") -> list[SkillName]:
    """The skills one requirement item names (spans in ``item``), or [] when it names none.

    A noun phrase keeps its words (filler dropped); a duty led by a verb gives its object with
    the action's noun ("manage bids" -> "Bid management"), or its object alone when the verb is
    light ("drive adoption" -> "Adoption") or the object already names an activity ("oversee
    the site operations" -> "Site operations"). Items longer than six words after that return [].
    ``tagged`` is a verb no table holds that opens the item, the trained tagger's (:func:`_untabled_verb`): it opens
    a duty as a verb of work that is a noun as often does (requirements.tagged-verbs).

    Examples
    --------
    >>> [s.name for s in skill_names("Analysing the market they sell to")]
    ['Market analysis']
    >>> [s.name for s in skill_names("independently drives retention and expansion")]
    ['Retention', 'Expansion']
    >>> [s.name for s in skill_names("3+ years of experience in retail buying")]
    ['Retail buying experience']
    >>> [s.name for s in skill_names("Collaborating cross-functionally")]
    ['Cross-functional collaboration']
    >>> skill_names("Competitive salary and bonus")
    []
    """
    if _AGE.search(item):
        return []  # "Must be 21 years of age or older": an age asked for, no skill
    if _ALTERNATIVES_ONLY.fullmatch(item):
        return []  # "..., Protel, or similar": the last piece of a list of examples stands for more of them, no skill
    plain = _PLAIN_EXPERIENCE.match(item) if "experience" in item.lower() else None
    if plain is not None:
        # "previous experience is an advantage", "3 years of relevant experience": experience of the kind asked for,
        # named by its word of kind (a field after it, "relevant experience in retail", is read as before)
        said = " ".join(item[plain.start("kind") : plain.end()].lower().split())
        return [SkillName(plain.start("kind"), plain.end(), said.capitalize(), True)]
    if _LIST_LEAD.fullmatch(item):
        return []  # "Common tasks include:", "Your main duties will involve": the lead of a list, no skill of it
    rate = _RATE_ASKED.match(item) if " of " in item else None
    if rate is not None:
        # "a typing speed of 40 words per minute": the rate asked for is the skill, the figure its level
        rated = [SkillName(rate.start("name"), rate.end("name"), _sentence_case(rate["name"]), False)]
        rate_join = _RATE_JOIN.match(item[rate.end() :])
        if rate_join is None:
            return rated
        at = rate.end() + rate_join.end()  # "... 45 wpm and good spelling": the items after it too
        return rated + [
            SkillName(x.start + at, x.end + at, x.name, x.reworded, x.alias) for x in _skill_names(item[at:])
        ]
    watch = _EYE_KEPT_ON.match(item) if "eye" in item[:30].lower() else None
    if watch is not None:
        # "keep a close eye on stock levels": watching a thing is monitoring it (Stock level monitoring, no "Close eye")
        watching = "monitoring " if watch["verb"].lower().endswith("ing") else "monitor "  # (in the verb's form)
        at, added = watch.end(), len(watching)
        return [
            SkillName(watch.start("verb") if x.start < added else x.start - added + at, x.end - added + at, x.name,
                      True, x.alias)
            for x in _skill_names(watching + item[at:], verb=True)
            if x.end > added
        ]
    state = _KEPT_STATE.match(item) if "keep" in item[:12].lower() else None
    if state is not None:
        # "keep the linen room tidy", "keeping the crew on task": the state a place, stock or team is kept in is the
        # duty, named as written after "Keeping" (what follows it says where or how)
        what = f"{state['obj']} {state['state']}"
        return [SkillName(state.start("verb"), state.end("state"), f"Keeping {what}", True, f"keep {what}")]
    charge = _IN_CHARGE_OF_TEAM.match(item) if "charge" in item[:24].lower() else None
    if charge is not None:
        # "in charge of a team of cleaners": leading the team, named as "lead a team of cleaners" is (Team leadership);
        # what the item goes on to after "and" or a comma is read on its own
        at, added = charge.start("team"), len("lead ")
        led = [
            SkillName(charge.start("what") if x.start < added else x.start - added + at, x.end - added + at, x.name,
                      True, x.alias)
            for x in _skill_names("lead " + charge["team"], verb=True)
            if x.end > added
        ]
        more = re.match(r"\s*(?:,\s*)?(?:and|&|,)\s+(?:(?:also\s+)?of\s+)?", item[charge.end() :])
        if more is None or not led:
            return led
        at = charge.end() + more.end()
        return [*led, *(SkillName(x.start + at, x.end + at, *x[2:]) for x in _skill_names(item[at:]))]
    held = _ROLE_EXPERIENCE.match(item) if " a" in item else None
    if held is not None:
        # "Experience in a call centre or customer-facing role", "2 years in a helpdesk role": each kind of post's
        # experience ("Call centre experience"); "a similar role" names none
        kinds: list[SkillName] = []
        lo, hi = held.span("fields")
        for part in _FIELD_SEPARATOR.split(item[lo:hi]):
            field = part.strip()
            at = item.find(field, lo, hi)
            if field and at >= 0 and field.lower() not in _LIKE_ROLE and not _bad(_tokens(field)):
                kinds.append(SkillName(at, at + len(field), f"{field[:1].upper()}{field[1:]} experience", True))
        return kinds
    of_object = _ACTIONS_OF.match(item) if " of " in item else None
    if of_object is not None:
        # "the cleaning, feeding and walking of the dogs": each action noun of the object after "of"
        object_words = of_object.group("obj").split()
        thing = " ".join([*object_words[:-1], _singular(object_words[-1])])
        nouns = [
            m for m in _WORD_OF_LIST.finditer(item, of_object.start("nouns"), of_object.end("nouns"))
            if m.group(0).lower() not in {"and", "or"}
        ]
        if all(m.group(0).lower() not in _NOT_ACTIONS for m in nouns):
            return [
                SkillName(m.start(), of_object.end("obj"), f"{thing[:1].upper()}{thing[1:]} {m.group(0).lower()}", True)
                for m in nouns
            ]
    team = _TEAMWORK.search(item) if "part" in item or "member" in item else None
    if team is not None:
        # "able to work as part of a team", "work efficiently as a member of the crew": teamwork, a quality
        teamwork = SkillName(team.start(), team.end(), "Teamwork", True)
        before = _BEFORE_TEAMWORK.search(item, 0, team.start())
        head = [] if before is None else _skill_names(item[: before.start()]) if before.start() > 0 else []
        tail = item[team.end() :]
        more = re.match(r"\s*(?:,\s*)?(?:and|&|,)\s+", tail)
        if before is not None and not tail.strip().strip(".;!"):
            return [*head, teamwork]  # ("problem-solving skills and the ability to work as part of a team": both)
        if before is not None and more is not None:  # "... as part of a team and drive the boat": the rest too
            at = team.end() + more.end()
            later = [SkillName(x.start + at, x.end + at, *x[2:]) for x in _skill_names(item[at:])]
            return [*head, teamwork, *later]
    heed = _ATTENTION.search(item)
    if heed is not None:
        # "to be thorough and pay attention to detail": the attention is the quality ("pay" is no word of pay here)
        return [SkillName(heed.start("what"), heed.end(), f"Attention to {heed.group('to').lower()}", True)]
    kept = _KEPT_UP.match(item)
    if kept is not None and kept.end() < len(item):
        # "Stay up to date with current trends in retail design": what is kept up with is the skill
        at = kept.end()
        return [SkillName(x.start + at, x.end + at, *x[2:]) for x in _skill_names(item[at:], predicate=predicate)]
    you = _ADDRESSED.match(item)
    if you is not None and you.end() < len(item):
        # "You have led a team in ...", "You are reliable, organised ...", "You can motivate people": the reader
        # is the role; what follows names its skills (a duty after "have" + participle or a verb, else a noun)
        at = you.end()
        clitic = (you.group("clitic") or "").lower()[1:]
        lead, _, tail = item[at:].partition(" ")
        lead = lead.lower()
        if clitic in {"", "ll", "d"} and (lead in _BE_WORDS or lead in _HAVE_WORDS) and tail:
            clitic = "ve" if lead in _HAVE_WORDS else "re"
            at += len(lead) + 1 + (len(tail) - len(tail.lstrip()))
        word = item[at:].split(maxsplit=1)[0].lower() if item[at:].strip() else ""
        if _OFFERED.match(item, at):
            return []  # "You will report to the head chef", "You'll get 25 days off": no skill of the role
        duty = clitic in {"", "ll", "d"} or (clitic == "ve" and _past_base(word) is not None)
        # ("you order the stock", "you'll lock up": after the reader as subject a verb of work that is a noun as
        # often is a verb)
        vouched = duty and clitic != "ve" and (noun_verb(word) or ("", "ing"))[1] in {"", "s"}
        if word not in {"to", "need", "needs", "want", "wants", "ought"} and (
            not duty or clitic == "ve" or verb_base(word) is not None or vouched
        ):
            # (not "you need to ...", "you have to ...": a cue, whose clause the cue's reading reads)
            names = _skill_names(item[at:], predicate=duty, verb=vouched)
            return [SkillName(x.start + at, x.end + at, *x[2:]) for x in names]
    opening = item[:12].lstrip(" -*•·–").lower()
    they = _THIRD_PERSON.match(item) if opening.startswith(("they ", "he ", "she ")) else None
    if they is not None and they.end() < len(item):
        # "- They run the stock count", "- She cleans the guest rooms": an item whose subject is a pronoun for the
        # post names the work its verb does, as the item opened by the verb would (not "They are ...", "They get
        # ...", "They need to ...": no duty of their own)
        at = they.end()
        word = item[at:].split(maxsplit=1)[0].lower()
        root = verb_base(word) or (noun_verb(word) or ("", ""))[0]
        if (
            root
            and word not in _BE_WORDS
            and word not in _HAVE_WORDS
            and root not in _THIRD_PERSON_NO_DUTY
            and _OFFERED.match(item, at) is None
        ):
            names = _skill_names(item[at:], predicate=True, verb=True)
            return [SkillName(x.start + at, x.end + at, *x[2:]) for x in names]
    learned = _LEARNED.match(item) if predicate else None
    if learned is not None and learned.end() < len(item):
        # "learned how to operate the tills", "picked up more about costing menus": what was learned is named
        at = learned.end()
        what = item[at:]
        if learned.group("about") and _GERUND_OPENING.match(what):
            names = _gerund_names(what)
        else:
            names = _skill_names(what, predicate=bool(learned.group("how")))
        return [SkillName(x.start + at, x.end + at, *x[2:]) for x in names]
    # ("I received my degree": no duty; but an item of a list of duties may open with the degree it asks for)
    degrees = [] if predicate and not opens_degree(item) else degree_names(item)
    if degrees:
        # "a diploma and experience in retail": what is asked for beside the degree is read on its own
        at, subject = 0, False
        for piece in _BESIDE_DEGREE.split(item):
            at = item.index(piece, at)
            # "a BSc in physics and chemistry": a subject of the degree, unless a new requirement opens
            opens = _REQUIREMENT_OPENING.match(piece) is not None
            named = _DEGREE.search(piece) or _FIELD_PAPER.search(piece)
            if piece.strip() and not named and (opens or not subject):
                degrees += [SkillName(x.start + at, x.end + at, *x[2:]) for x in _skill_names(piece)]
            subject = (subject and not opens) or _DEGREE_SUBJECT.search(piece) is not None
            at += len(piece)
        return degrees
    for closing in (_JUDGED, _OR_SIMILAR, _TRACK_RECORD):
        cut = closing.search(item)
        if cut is not None and cut.start() > 0:
            item = item[: cut.start()]  # (spans stay those of the item: only its end is cut)
    toks = _tokens(item)
    # a bracketed aside is no part of the name: "Manages team metrics (NRR, CSAT)"
    while "(" in item and any(t.text == "(" for t in toks):  # (a token is a bracket only of an item holding one)
        k = next(k for k, t in enumerate(toks) if t.text == "(")
        close = next((j for j in range(k + 1, len(toks)) if toks[j].text == ")"), None)
        if close is None or close + 1 >= len(toks):
            toks = toks[:k]  # (an aside at the end, or one the item goes on from: the name ends before it)
            break
        toks = toks[:k] + toks[close + 1 :]  # "SEO (search engine) techniques, keyword research": the item goes on
    qualities = None if predicate else _quality_list(item, toks)
    if qualities is not None:
        return qualities  # "friendly, polite and helpful", "reliable and responsible": each quality on its own
    n = len(toks)
    whole = toks
    toks = _strip_openers(toks)
    if not toks:
        if n == 1 and whole[0].lower in _LONE_TRAITS:
            # "Responsible", "responsible?" alone in a list of qualities: the trait (a word that elsewhere opens a
            # need, "responsible for ...", stripped as such)
            return [SkillName(whole[0].start, whole[0].end, _sentence_case(whole[0].lower), False)]
        return []
    if len(toks) > 3 and toks[1].lower == "as" and toks[0].lower in ACTING_AS:
        acted = _acted_as(item, toks)
        if acted is not None:
            # "Act as the first point of contact for guests": the part played names the duty, not "Acting"
            return [acted, *_played_for(item, toks, acted), *_later_duties(item, toks[2:], _form(toks[0].lower),
                                                                           predicate)]
        held_things = _held_for(item, toks)
        if held_things:
            return held_things  # "Act as the owner for infection control standards": what is owned, as "own" names it
    # after "grasp of", "experience in": a noun phrase, whose first word is no verb unless a gerund
    nominal = len(toks) < n and whole[n - len(toks) - 1].lower in _PREPOSITIONS - {"to"}
    # after an article or a possessive the first word is no verb: "the following skills", "our training"
    after_article = len(toks) < n and whole[n - len(toks) - 1].lower in _ARTICLES
    # after "to", or as the predicate of a named subject (``predicate``), a base form is a verb: "to forecast"
    to = len(toks) < n and toks[0].start > 0 and item[: toks[0].start].rstrip().lower().endswith(" to")
    infinitive = predicate or to
    verbs: list[str] = []
    verb_toks: list[_Tok] = []  # (each verb as written)
    unknown: _Tok | None = None  # (a verb of the series the table does not hold)
    lacked: _Tok | None = None  # (the second of two verbs opening a duty, the table does not hold it)
    k = 0
    while k < len(toks):
        base = _is_verb(toks, k, infinitive) if not verbs else (_verb_base(toks[k].lower) or (None, False))[0]
        pair = noun_verb(toks[k].lower) if base is None and len(verbs) == 1 else None
        if (
            pair is not None
            and pair[1] == _form(verb_toks[0].lower)
            and (k + 1 >= len(toks) or toks[k + 1].lower not in {",", "and", "or", "&"})
            and not _unknown_verb(toks, k)  # ("Clean and tidy the bar" stays named by the verb before)
        ):
            # ("receiving and storing stock", "greet and seat guests": the second of two verbs, a noun verb: store)
            base = pair[0]
        if base is None and verbs and toks[k].lower.endswith("ing"):
            base = toks[k].lower  # (a gerund the table does not hold, inside a series: its name is itself)
        elif base is None and len(verbs) == 1 and _bare_second_verb(toks, k):
            # ("Define and categorize customer cases": a verb the table does not hold; both name the duty)
            base = _bare_base(toks[k].lower)
            lacked = toks[k]
        elif base is None and verbs and _named_action(verbs[-1]) and _unknown_verb(toks, k):
            base = toks[k].lower  # ("Clean and tidy the bar": a verb the table does not hold, before the object)
            unknown = toks[k]
        if base is not None and not verbs and base not in _GAINING_VERBS and _names_skills(toks, k):
            break  # "listening skills", "writing and listening skills": gerunds naming a kind of skill, no verb
        if base is None and predicate:
            base = _past_base(toks[k].lower)  # "he built the weekly reports and chased suppliers"
        if base is None and not verbs and not after_article and not nominal:
            # "Order the stock", "the porter locks the doors", "to pay suppliers on time": a verb of work that is
            # a noun as often, where no noun stands (requirements.noun-verbs)
            base = _noun_verb_at(toks, k, vouched=verb and k == 0, duties=predicate or to, tagged=tagged)
        if base is None or (k == 0 and (after_article or (nominal and not toks[k].lower.endswith("ing")))):
            break
        verbs.append(base)
        verb_toks.append(toks[k])
        k += 1
        # "develop, implement, and continuously refine": further verbs joined to the first
        j = k
        while j < len(toks) and (toks[j].lower in {",", "and", "or", "&", "/"} or
                                 (toks[j].lower.endswith("ly") and not toks[j].lower.endswith("ally"))):
            j += 1
        joined = any(t.lower in {",", "and", "or", "&", "/"} for t in toks[k:j])  # (not "send daily stock ...")
        # (a gerund in a series of gerunds is a verb: "coaching, motivating and appraising staff")
        in_series = toks[0].lower.endswith("ing") and j + 1 < len(toks) and toks[j].lower.endswith("ing")
        in_series = in_series and len(toks[j].lower) > 5 and toks[j + 1].lower in {",", "and", "or", "&"}
        # (a gerund of a verb that is a noun as often after "and" is one too: "receiving and storing stock")
        in_series = in_series or (
            len(verbs) == 1
            and toks[0].lower.endswith("ing")
            and j < len(toks)
            and (noun_verb(toks[j].lower) or ("", ""))[1] == "ing"
        )
        # (a noun verb in the first verb's form before its object is a verb too: "greet and seat guests")
        in_series = in_series or (
            len(verbs) == 1
            and j + 1 < len(toks)
            and (noun_verb(toks[j].lower) or ("", "?"))[1] == _form(verb_toks[0].lower)
            and toks[j + 1].lower.isalpha()
            and toks[j + 1].lower not in _JOINS_AND_PREPOSITIONS
            and not _unknown_verb(toks, j)
        )
        # (a word the namer does not know as a verb between "and" and a determiner is one: "Clean and tidy the bar")
        before_object = j < len(toks) and _named_action(verbs[-1]) and _unknown_verb(toks, j)
        before_object = before_object or (len(verbs) == 1 and j < len(toks) and _bare_second_verb(toks, j))
        if j < len(toks) and j > k and joined and (_verb_base(toks[j].lower) is not None or in_series or before_object):
            k = j
            continue
        break
    if len(verbs) > 1 and unknown is not None and verb_toks[-1] is unknown:
        verbs.pop()  # "Clean and tidy the bar": a verb the table does not hold leaves the name to the one before it
        verb_toks.pop()
    if not verbs:
        series = _noun_series(item, toks)
        if series is not None:
            return series  # "Patience, tact and diplomacy": three qualities, not the first alone
        named_at = n - len(toks)  # (where the name starts in the whole item)
        toks = _cut(toks, _PHRASE_ENDS)
        how = _manner_inside(toks, closing=True)
        if how is not None and how >= 2 and toks[how].text.islower() and _verb_base(toks[0].lower) is None and (
            toks[how - 1].lower.endswith("s") and _verb_base(toks[how - 1].lower) is None
        ) and all(
            t.lower.isalpha() and t.lower not in _FUNCTION_WORDS | _JOINS_AND_PREPOSITIONS for t in toks[:how]
        ):
            toks = toks[:how]  # "payment transactions accurately", a piece of a duty: how the work on them is done
        if toks and (len(toks) == 1 or toks[1].lower in _SUBJECTS) and _known_thing(whole, named_at):
            # "knowledge of the product", "an understanding of the menu": the one thing known names the knowledge
            return [SkillName(toks[0].start, toks[0].end, _sentence_case(toks[0].text.lower()) + " knowledge", True)]
        if nominal and len(toks) > 1 and toks[-1].lower in _POST_TAILS:
            toks = toks[:-1]  # "experience in customer service roles": the field the posts are in
        toks = _skills_before_parties(toks)  # "communication skills with all levels of staff": the skills
        if _bad(toks) or len(toks) > 6 or not _FINITE.isdisjoint(t.lower for t in toks[1:]):
            return []  # (a finite verb inside: a clause, not a name)
        parts = _split_and(toks)
        # a noun phrase list is split only where a head is shared ("keyword and competitor research") or a
        # skill noun closes it ("communication and writing skills": communication, writing)
        closed = len(parts) > 1 and toks[-1].lower in {"skills", "skill", "abilities"}
        # "punctuality and flexibility", "stamina and patience": two activities or qualities, one word each
        closed = closed or (
            len(parts) > 1
            and all(
                len(p) == 1
                and (_activity(p[0].lower) or (p[0].lower in _PLAIN_QUALITIES and _verb_base(p[0].lower) is None))
                for p in parts
            )
        )
        # "stock control and Excel": a name (a tool, a language) among the items stands apart
        closed = closed or (len(parts) > 1 and any(len(p) == 1 and _name_like(item, p[0]) for p in parts))
        # "stock control and merchandising", "calmness under pressure and attentiveness": a phrase naming one skill
        # and a one-word activity or quality after "and" are two skills (not when an adjective ends the phrase:
        # "a clean, safe and welcoming" shares the head that follows)
        closed = closed or (
            len(parts) == 2
            and len(parts[0]) >= 2
            and len(parts[1]) == 1
            and toks[len(parts[0])].lower == "and"
            and (_activity(parts[1][0].lower) or parts[1][0].lower in _PLAIN_QUALITIES)
            and parts[1][0].lower not in _BROAD_ACTIVITIES
            and not _adjective(parts[0][-1].lower)
        )
        if not closed and (len(parts) == 1 or len(parts[-1]) == 1):
            parts = [toks]
        return [SkillName(p[0].start, p[-1].end, _sentence_case(_written(item, p)), len(parts) > 1) for p in parts]
    if verbs == ["help"] and k < len(toks) and _singular(toks[k].lower) in SERVED:
        # "Helping customers find products", "Help patients move safely": help given to people is the duty
        people = toks[k]
        helped = SkillName(toks[0].start, people.end, f"Helping {people.lower}", True, item[toks[0].start : people.end])
        return [helped, *_later_duties(item, toks[k + 1 :], _form(toks[0].lower), predicate)]
    if verbs[-1] in _FURNISHING_VERBS and k + 2 < len(toks):
        with_at = next((j for j in range(k + 1, min(k + 4, len(toks) - 1)) if toks[j].lower == "with"), None)
        if (
            with_at is not None
            and all(t.lower.isalpha() and t.lower not in _OBJECT_STOPS for t in toks[k:with_at])
            and _given_to(toks[with_at - 1].lower)
        ):
            # "provide associates with the tools they need": whom a thing is given to is no object, the thing is
            toks = toks[:k] + toks[with_at + 1 :]
    if verbs[-1] in _GIVING_VERBS and k + 2 < len(toks):
        given = _advice_given(item, toks, k)
        if given is not None:
            # "give information about the features and price of goods": the advice named with what it is on
            return [given, *_later_duties(item, toks[k:], _form(toks[0].lower), predicate)]
    if verbs[-1] in _ADVISING_VERBS and k < len(toks):
        advised = _advised_on(item, toks, k, verbs[-1])
        if advised is not None:
            # "Advise customers on the care of leather goods": what the advice is on names the duty (Advising customers
            # on care of leather goods), not the people alone; duties after it are read on their own
            return [advised, *_later_duties(item, toks[k:], _form(toks[0].lower), predicate)]
    # "help with stock counts" is help given with work, as "assist with" is (not a goal: "help customers")
    helps_with = verbs == ["help"] and k < len(toks) and toks[k].lower in {"with", "in", "on"}
    if verbs == ["meet"] and k < len(toks) and _met_party(toks[k:]):
        # "Meeting suppliers and negotiating terms": meeting people is work, not a target met
        party = _cut(toks[k:], _OBJECT_STOPS | {"and", "or", "&", ","})
        while len(party) > 1 and party[0].lower in _DROP_WORDS:
            party = party[1:]
        written = _written(item, party)
        met = SkillName(toks[0].start, party[-1].end, _sentence_case(f"meeting {written}"), True,
                        f"{toks[0].lower} {written}")
        return [met, *_later_duties(item, toks[k:], _form(toks[0].lower), predicate)]
    if verbs[-1] in _MEANS_GOALS and k < len(toks):
        means = _by_means(item, toks[k:])
        if means:
            # "grow footfall by running open days": the open days are the work, the growth its goal; but work
            # supported is work too ("support stock counts by ...": Stock counts)
            supported = _supported_work(item, toks[k:]) if verbs[-1] in _SUPPORTING_VERBS else None
            return [supported, *means] if supported is not None else means
    if verbs[-1] in _MEETING_VERBS and set(verbs) <= _GOAL_VERBS and k < len(toks) and _target_met(toks[k:]):
        # "meet sales targets", "help achieve team OKRs": meeting a measure set for the work is how it is judged,
        # named with what is met (not a goal of the trade's own: "grow sales", "increase footfall")
        target = _cut(toks[k:], _ITEM_STOPS)
        while len(target) > 1 and target[0].lower in _DROP_WORDS:
            target = target[1:]
        written = _written(item, target)
        doing = _gerund(verbs[-1], toks[k - 1].lower)
        met = SkillName(toks[0].start, target[-1].end, _sentence_case(f"{doing} {written}"), True,
                        f"{toks[k - 1].lower} {written}")
        return [met, *_later_duties(item, toks[k:], _form(toks[0].lower), predicate)]
    goals = sum(1 for v in verbs if v in _GOAL_VERBS)
    if verbs[-1] in _SHAPING_VERBS and goals and k < len(toks) and not _measure_cut(toks[k:]):
        goals -= 1  # "cut tiles", "cutting keys": the verb shapes a thing, no measure brought down ("cut costs")
    if goals and not helps_with and (goals * 2 >= len(verbs) or len(verbs) < 3):
        # "meet sales targets and train new staff": the target names no skill; the duties after it do (in a series
        # of three or more verbs sharing an object only the goal's is left out: "lift, carry and stack boxes")
        return _later_duties(item, toks[k:], _form(toks[0].lower), predicate) if len(verbs) == 1 else []
    if k < len(toks) and toks[k].lower in {"and", ",", "or", "&"} and toks[0].lower.endswith("ing") and k == 1:
        # "coaching and quality review": a list of activities, not a verb and its object
        first = SkillName(toks[0].start, toks[0].end, _sentence_case(toks[0].lower), False)
        if k + 1 >= len(toks):
            return [first]
        at = toks[k + 1].start
        later = [SkillName(s.start + at, s.end + at, s.name, s.reworded, s.alias) for s in _skill_names(item[at:])]
        return [first, *later]
    obj = toks[k:]
    if any(t.lower in _SERIES_ADVERBS for t in obj):
        # "..., and occasionally run a fire drill": how often the next duty is done is no word of either duty
        obj = [t for i, t in enumerate(obj) if not _series_adverb(obj, i)]
    start = toks[0].start
    if verbs[-1] in {"receive", "earn"} and any(
        _singular(t.lower) in _PAY_RECEIVED for t in _cut(obj, _RECEIVED_STOPS)
    ):
        return []  # "receive hourly wages, commissions, or both", "earn a bonus": the pay for the work, no duty
    if verbs[-1] in _ENSURING and len(verbs) == 1:
        ensured = _ensured_work(item, obj, verbs[-1])
        if ensured is not None:
            return ensured  # "make sure the bins are emptied": Bin emptying
    if verbs[-1] in _CHECKING_THAT and len(verbs) == 1 and obj and obj[0].lower == "that":
        # "check that the tills are balanced": the state checked names the work, as after "ensure" (Till
        # balancing); a bare verb of checking before a clause read no other way names nothing (not "Check")
        return _ensured_work(item, obj, "ensure") or []
    # "Monitor traffic and report weekly figures": a second duty after "and" is named on its own
    rest: list[SkillName] = []
    form = _form(toks[k - 1].lower)
    besides = _as_well_as(obj, form) if "well" in item else None
    also: list[SkillName] = []
    if besides is not None:
        # "checking the rotas as well as training new starters": the duty after "as well as" is one of its own
        nxt = obj[besides]
        tail = item[nxt.start :]
        also = [
            SkillName(x.start + nxt.start, x.end + nxt.start, x.name, True, x.alias or tail[x.start : x.end])
            for x in _skill_names(tail, predicate=True)
            if x.reworded or x.start == 0
        ]
        obj = obj[: besides - 3] if also else obj
    for j in range(len(obj) - 1):
        if obj[j].lower in {"and", ",", "or"} and obj[j + 1].lower not in {"and", ",", "or"}:
            nxt = obj[j + 1]
            after = obj[j + 2].lower if j + 2 < len(obj) else None
            takes_object = after is not None and after not in _PREPOSITIONS | {",", ";", ":", "and", "or"}
            if after in {"and", "or"} and j + 3 < len(obj) and _form(obj[j + 3].lower) == _form(nxt.lower):
                # "..., print and place labels", "and checking and storing them" (a verb that is a noun as often)
                takes_object = _verb_base(obj[j + 3].lower) is not None or noun_verb(obj[j + 3].lower) is not None
            base = (_verb_base(nxt.lower) or ("", False))[0]
            takes_object = takes_object or after in {p[0] for p in _PHRASAL.get(base, ())}  # "and set up X"
            takes_object = takes_object or (base in _WITH_VERBS and after == "with")  # "and liaise with X"
            takes_object = takes_object or (base in _HELPING_VERBS and after in {"with", "in", "on"})  # "and help with"
            # (after a duty led by a gerund, a gerund and a particle closing the object is a phrasal verb of its own,
            # the next duty: "ordering the flour and cashing up", "..., and locking up"; not a noun sharing "up")
            takes_object = takes_object or (
                form == "ing" and nxt.lower.endswith("ing") and len(nxt.lower) > 5 and nxt.lower not in _NOT_GERUNDS
                and after in _PARTICLES
            )
            verb_next = _verb_base(nxt.lower) is not None or (predicate and _past_base(nxt.lower) is not None)
            # (a gerund before a determiner is a verb with its object, known or not: "and downloading the data")
            verb_next = verb_next or (nxt.lower.endswith("ing") and len(nxt.lower) > 5 and after in _DETERMINERS)
            # (after a duty led by a gerund, a gerund with an object is the next duty: "..., and ordering stock")
            verb_next = verb_next or (
                form == "ing" and nxt.lower.endswith("ing") and len(nxt.lower) > 4 and takes_object
                and nxt.lower not in _NOT_GERUNDS
                and not _adjective(next((t.lower for t in reversed(obj[:j]) if t.lower not in {",", "and", "or"}), ""))
            )  # (not "a clean, tidy and welcoming counter": adjectives of one noun)
            # (among the parties after "with", a gerund before a group's noun names the group, no duty: "work with
            # sales and marketing teams", "liaise with the buying and merchandising departments")
            verb_next = verb_next and not (
                nxt.lower.endswith("ing")
                and any(t.lower == "with" for t in obj[:2])
                and _singular(after or "") in _GROUP_HEADS
            )
            # (a verb the namer has no noun of action for, a noun as often, after "and" between a lone bare noun of the
            # object and a noun of an action is a noun beside that one, both modifying the action: "oversee refund and
            # exchange processing"; not "process payroll and update records", "... and support training")
            verb_next = verb_next and not (
                j == 1 and form == "" and _form(nxt.lower) == "" and nxt.lower not in _VERB_NOUNS
                and _lone_modifier(obj[0].lower) and after is not None and _action_noun(after)
                and nxt.lower in base_forms("noun")
            )
            # (a verb of work that is a noun as often goes on a series of duties in the same form before its object:
            # "checks the exits, locks the doors"; in the third person before any word but a verb of being)
            tier = not verb_next and takes_object and (found := noun_verb(nxt.lower)) is not None and (
                object_opener(after or "")
                or (found[1] == "s" and (after or "").isalpha() and after not in _FINITE | _FUNCTION_WORDS)
            )
            if (
                verb_next
                and not takes_object
                and _form(nxt.lower) == form
                and j > 0
                and (second_base := _verb_base(nxt.lower)) is not None
                and (
                    (after is None and form != "ing" and second_base[0] in _CLAUSE_OPENING_VERBS)
                    or after == "that"
                    or after in _SECOND_VERB_PREPOSITIONS
                )
            ):
                # "monitor CCTV and respond to alarms", "check the exits and ensure that ...": a second verb in the same
                # form that takes no object of the first's; it names its own duty when it has one ("Alarm response")
                second = [
                    SkillName(x.start + nxt.start, x.end + nxt.start, *x[2:])
                    for x in _skill_names(item[nxt.start :], predicate=True)
                    if x.reworded and x.start == 0
                ]
                if after in _PREPOSITIONS and not any(" " in x.name for x in second):
                    continue  # ("and answer for the sales": no duty of its own named; read as before)
                rest = second
                obj = obj[:j]
                break
            if (
                (verb_next or tier) and _form(nxt.lower) == form and j > 0 and takes_object
                and not _thing_in_series(obj, j + 1, form)
            ):
                rest = []
                for x in _skill_names(item[nxt.start :], predicate=True, verb=tier):
                    if not x.reworded and x.start == 0:
                        # (a duty whose verb the namer does not know is named as written, a duty all the same)
                        x = x._replace(reworded=True, alias=item[nxt.start :][x.start : x.end])
                    rest.append(SkillName(x.start + nxt.start, x.end + nxt.start, x.name, x.reworded, x.alias))
                obj = obj[:j]
                break
    rest += [x for x in also if x.name not in {r.name for r in rest}]
    # "talk with tenants to settle disputes, repairs and ...": a verb of work after "to" that ends the object is a
    # duty of its own (what the first duty is done for, named by its verb: Dispute settlement), not a goal; after a
    # verb of using a thing as a means, the work it is used in ("use the rota tool to plan shifts": Shift planning),
    # named as written when the namer has no noun of its verb ("use X to predict demand": Predict demand)
    used = verbs[-1] in _MEANS_VERBS
    aim = _aim_at(obj, means=used) if verbs[-1] not in _TOOL_VERBS else None
    if aim is not None:
        at = obj[aim].start
        aimed = [
            x if x.reworded else x._replace(reworded=True, alias=item[at + x.start : at + x.end])
            for x in _skill_names(item[at : obj[-1].end], predicate=True)
            if x.reworded or (used and x.start == 0)
        ]
        if aimed:
            rest = [SkillName(x.start + at, x.end + at, *x[2:]) for x in aimed] + rest
            obj = obj[: aim - 1]
    # "coordinate between the floor and the office": the parties go between; the action is the skill
    if obj and obj[0].lower == "between" and verbs[-1] in _WITH_VERBS and _VERB_NOUNS.get(verbs[-1]):
        noun = _sentence_case(str(_VERB_NOUNS[verbs[-1]]))
        return [SkillName(start, toks[k - 1].end, noun, True, item[start : toks[k - 1].end]), *rest]
    # "escalates it to the right team": the object stands for a thing named before; the action is the skill
    if obj and obj[0].lower == "it" and _VERB_NOUNS.get(verbs[-1]) not in _GENERIC_ACTIONS | {None}:
        noun = _sentence_case(str(_VERB_NOUNS[verbs[-1]]))
        return [SkillName(start, obj[0].end, noun, True, item[start : obj[0].end]), *rest]
    # "deliver them to business addresses", "refer them to a supervisor": the object stands for things or people named
    # before, and where they go is no skill; the action is, when it has a noun of its own (Loading), else nothing
    if len(obj) > 1 and obj[0].lower == "them" and obj[1].lower in _WHERE_TO:
        action = _VERB_NOUNS.get(verbs[-1])
        if action is None or action in _GENERIC_ACTIONS:
            return rest
        return [SkillName(start, obj[0].end, _sentence_case(action), True, item[start : obj[0].end]), *rest]
    if len(obj) > 2 and obj[1].lower == "with" and (
        obj[0].lower in {"closely", "directly", "together", "alongside"}
        or (manner_adverb(obj[0].lower) and obj[0].lower not in _ALONE_WORDS and verbs[-1] in _WITH_VERBS)
    ):
        # "work closely with the finance team", "liaise regularly with suppliers", "deal tactfully with complaints":
        # how the work with them is done is no part of its name, whom it is done with is
        obj = obj[1:]
    # "liaise with suppliers": a verb of working together names its partners
    if obj and obj[0].lower == "with" and verbs[-1] in _WITH_VERBS and len(obj) > 1:
        rest = _partner_purpose(item, obj) + rest  # ("... with the chef to plan the menus": the work done together)
        partners = _object_list(obj[1:]) or []
        if any(t.lower.endswith("ing") and len(t.lower) > 5 for t in partners):
            partners = []  # "with cross-functional teams, expanding your network": a participle's clause, no party
        partners = partners or _cut(obj[1:], _OBJECT_STOPS)
        while partners and partners[0].lower in _DROP_WORDS:
            partners = partners[1:]
        counted = [t.lower for t in partners[:4]]
        if "of" in counted[1:3] and not _QUANTITY_WORDS.isdisjoint(counted[: counted.index("of")]):
            partners = partners[counted.index("of") + 1 :]  # "deal with a wide range of queries": the queries
        # "deal with any problems the staff have": a clause after the noun with no "that" is no part of its name
        clause = next((j for j in range(1, len(partners)) if partners[j].lower in _CLAUSE_SUBJECTS
                       and partners[j - 1].lower.isalpha() and partners[j - 1].lower not in _NOT_HEADS), None)
        partners = partners[:clause] if clause is not None else partners
        if partners and partners[-1].lower in _ELSEWHERE_WORDS:
            return rest  # ("deal with all the tasks above": what the page lists elsewhere, no party)
        if partners and len(partners) <= 3 and not _bad(partners):
            words = _written(item, partners).split()
            words[-1] = _singular(words[-1])
            name = " ".join([*words, _VERB_NOUNS.get(verbs[-1]) or verbs[-1]])
            if verbs[-1] == "work":  # "work closely with the finance team": Working with finance team
                name = f"working with {_written(item, partners)}"
            alias = f"{toks[k - 1].lower} with {_written(item, partners)}"
            return [SkillName(start, partners[-1].end, _sentence_case(name), True, alias), *rest]
        groups = _split_and(partners) if partners and len(partners) > 3 else []
        # (a party's article or "other" is no word of its name: "suppliers and other departments")
        groups = [g[next((j for j, t in enumerate(g) if t.lower not in _PARTY_FILLER), len(g)) :] for g in groups]
        if 1 < len(groups) <= 4 and all(g and len(g) <= 3 and not _bad(g) for g in groups) and not _bad(partners):
            # "liaise with suppliers and other departments": every party in one name, the action once
            heads = [_written(item, g).split() for g in groups]
            for words in heads:
                words[-1] = _singular(words[-1])
            parties = ", ".join(" ".join(w) for w in heads[:-1]) + " and " + " ".join(heads[-1])
            name = f"{parties} {_VERB_NOUNS.get(verbs[-1]) or verbs[-1]}"
            if verbs[-1] == "work":
                name = f"working with {_written(item, partners)}"
            alias = f"{toks[k - 1].lower} with {_written(item, partners)}"
            return [SkillName(start, partners[-1].end, _sentence_case(name), True, alias), *rest]
    # "work under pressure", "work in a fast-paced environment": the conditions worked in are the skill
    if verbs[-1] == "work" and len(obj) > 1 and obj[0].lower in {"under", "in", "within"}:
        phrase = _cut(obj[1:], _OBJECT_STOPS | {"and", "or", "&"})
        if phrase and phrase[0].lower in _VARIETY_WORDS and phrase[-1].lower.endswith("s"):
            return rest  # "work in various settings", "work in many different industries": where, no skill
        if phrase and len(phrase) <= 4 and not _bad(phrase) and _singular(phrase[-1].lower) in _WORK_CONDITIONS:
            name = f"Working {obj[0].lower} {_written(item, phrase)}"
            return [SkillName(start, phrase[-1].end, name, True, f"work {obj[0].lower} {_written(item, phrase)}"),
                    *rest]
    # "work independently": how one works
    if verbs[-1] == "work" and obj and obj[0].lower.endswith("ly") and not obj[0].lower.endswith("ally") and (
        len(obj) == 1 or obj[1].lower in _OBJECT_STOPS
    ) and obj[0].lower not in {"closely", "daily", "weekly", "monthly", "only"}:
        # (the duty as written too: "work independently", "working independently", as the name's words are not)
        said = item[start : obj[0].end].lower()
        return [SkillName(start, obj[0].end, _sentence_case(f"{obj[0].lower[:-2]} work"), True, said), *rest]
    hows = [t for t in obj if t.lower not in {"and", "or", ",", "at", "all", "times"}]
    if hows and set(verbs) <= _ROAD_VERBS and all(manner_adverb(t.lower) for t in hows) and (
        obj[-1].lower in {"times"} or manner_adverb(obj[-1].lower)
    ):
        # "drive responsibly and safely at all times", "ride or drive safely": how one drives is the skill, named
        # with its adjectives (Responsible and safe driving; before, 'Responsibly and', or nothing)
        kind = " and ".join(_manner_adjective(t.lower) for t in hows)
        done = " or ".join(_gerund(v, t.lower) for v, t in zip(verbs, verb_toks, strict=True))
        alias = item[start : obj[-1].end].lower()
        return [SkillName(start, obj[-1].end, _sentence_case(f"{kind} {done}"), True, alias), *rest]
    # "communicate clearly": a verb with a noun of its own and no object, an adverb saying how (Clear communication)
    if (
        len(obj) == 1
        and obj[0].lower.endswith("ly")
        and not obj[0].lower.endswith(("ally", "ily"))
        and len(obj[0].lower) > 5
        and (manner := _VERB_NOUNS.get(verbs[-1]))
        and obj[0].lower not in {"closely", "daily", "weekly", "monthly", "only", "early", "likely", "timely"}
    ):
        alias = f"{toks[k - 1].lower} {obj[0].lower}"
        return [SkillName(start, obj[0].end, _sentence_case(f"{obj[0].lower[:-2]} {manner}"), True, alias), *rest]
    # "working cross-functionally": no object, an adverb says how
    if (
        obj
        and obj[0].lower.endswith("ally")
        and (len(obj) == 1 or obj[1].lower in _OBJECT_STOPS)
        and verbs[-1] not in {"respond", "reply"}
    ):
        noun = _VERB_NOUNS.get(verbs[-1]) or verbs[-1]
        said = item[start : obj[0].end].lower()
        return [SkillName(start, obj[0].end, _sentence_case(f"{obj[0].lower[:-2]} {noun}"), True, said)]
    # ("mix grout", "blending paints": one thing worked, no two joined; the duty is named by its gerund)
    worked = verbs[-1] in _JOINING_VERBS and {"with", "and", "&", ",", "or"}.isdisjoint(t.lower for t in obj)
    if verbs[-1] in _JOINING_VERBS:
        # "blend operational know-how with empathy": the two things joined are the skills
        obj = [t._replace(lower="and") if t.lower == "with" else t for t in obj]
    if len(obj) > 1 and obj[0].lower.endswith("ly") and len(obj[0].lower) > 4 and obj[1].lower in _PREPOSITIONS:
        obj = obj[1:]  # "respond promptly to reviews" (not "plan weekly orders")
    if verbs[-1] == "follow" and obj and obj[0].lower == "up":
        obj = obj[1:]  # "follow up with suppliers": supplier follow-up
        if obj and obj[0].lower in {"with", "on"}:
            obj = obj[1:]
    if len(obj) > 1 and obj[0].lower == "for" and verbs[-1] in _SEEKING_VERBS and obj[1].lower.isalpha():
        obj = obj[1:]  # "check for damage": what is looked for is what is checked (Damage checking)
    # ("look after pricing", "look into late deliveries", "take part in conference calls": what is looked after)
    phrasal = _phrasal_particles(verbs[-1], [t.lower for t in obj[:2]])
    particles = ""  # (a phrasal verb's gerund and particles: "looking after")
    if phrasal is not None:
        particles = f"{_gerund(verbs[-1], toks[k - 1].lower)} {' '.join(phrasal)}"
        obj = obj[len(phrasal) :]  # "look after pricing", "set up product links", "keep track of stock"
        verbs[-1] = "keep"  # (the object alone names the skill)
    if verbs[-1] in _GAINING_VERBS and len(obj) > 2 and obj[0].lower in _SKILL_WORDS and obj[1].lower in {
        "in", "of", "with"
    }:
        # "build skills in behaviour management, phonics and ...": the skills gained are named, not the gaining
        at = obj[2].start
        return [SkillName(x.start + at, x.end + at, *x[2:]) for x in _skill_names(item[at:])] + rest
    if len(obj) > 2 and obj[0].lower == "attention" and obj[1].lower == "to":
        obj = [obj[0], obj[1]._replace(lower="of"), *obj[2:]]  # "pay attention to detail": the "to" is no stop
    helping = bool(obj) and (
        (verbs[-1] in _HELPING_VERBS and obj[0].lower in {"in", "with", "to", "on"})
        or (verbs[-1] == "work" and obj[0].lower in {"toward", "towards", "on"})
    )
    answering = bool(obj) and verbs[-1] in {"respond", "reply"} and obj[0].lower == "to"
    # ("track and report on bed occupancy": what is reported on is the work's object, Bed occupancy reporting; "report
    # to the matron" stays no duty)
    answering = answering or (
        len(obj) > 1 and verbs[-1] == "report" and obj[0].lower == "on" and obj[1].lower.isalpha()
    )
    if helping or answering:
        obj = obj[1:]  # "assist with stock counts", "work towards X": the work; "respond to emails": email response
    elif (
        len(obj) > 1
        and (obj[0].lower in _OBJECT_PREPOSITIONS or (obj[0].lower == "for" and verbs[-1] in _CARING_VERBS))
        and verbs[-1] not in _NO_PREPOSITION_DUTY
        and obj[1].lower.isalpha()
    ):
        # "care for patients", "listen to customers", "check on guests": a verb whose object follows its preposition,
        # named with both as written (Caring for patients); the phrase's determiner or possessive is no word of it
        phrase = _cut(obj[1:], _OBJECT_STOPS | {"and", "or", ",", "&"})
        if phrase and phrase[0].lower in _OBJECT_PRONOUNS and (
            phrase[0].lower != "her" or len(phrase) == 1 or manner_adverb(phrase[1].lower)
        ):
            phrase = []  # ("listen to them carefully": a pronoun, no determiner; what follows it is no object)
        while phrase and (phrase[0].lower in _DROP_WORDS or phrase[0].lower.endswith(("'s", "’s"))):
            phrase = phrase[1:]
        if (
            phrase
            and len(phrase) <= _PREPOSITION_OBJECT_WORDS
            and all(t.lower.isalpha() for t in phrase)
            and not phrase[-1].lower.endswith("ing")
            and _singular(phrase[-1].lower) not in _VAGUE_AFTER_PREPOSITION
            and not (len(phrase) == 1 and phrase[0].lower in _VAGUE_OBJECTS)
        ):
            name = f"{_gerund(verbs[-1], toks[k - 1].lower)} {obj[0].lower} {_written(item, phrase)}"
            alias = item[start : phrase[-1].end]
            return [SkillName(start, phrase[-1].end, _sentence_case(name), True, alias), *rest]
        obj = []
    elif obj and obj[0].lower in _PREPOSITIONS:
        obj = []  # "work within large chains": the verb takes no object here
    while obj and (
        (obj[0].lower in _DROP_WORDS and not _own_head_noun(obj)) or obj[0].lower.endswith("'s")
        or obj[0].lower.endswith("’s") or (_fit_word(obj) and _VERB_NOUNS.get(verbs[-1]) is not None)
    ):
        obj = obj[1:]
    if len(obj) > 1 and obj[0].lower in {"every", "each"} and obj[1].lower.isalpha() and (
        _singular(obj[1].lower) not in _TIME_NOUNS and obj[1].lower not in _FUNCTION_WORDS | {"other", "one"}
    ):
        obj = obj[1:]  # "inspect every vehicle": a determiner (not "every day", "each other": when, whom)
        head_part = _cut(obj, _OBJECT_STOPS | {"and", "or", ","})
        if len(head_part) > 1 and head_part[-1].lower in _AFTER_PARTICIPLES:
            obj = obj[: len(head_part) - 1] + obj[len(head_part) :]  # "check every form involved": the forms
    lowers_obj = [t.lower for t in obj[:5]]
    if "of" in lowers_obj[1:4] and not _QUANTITY_WORDS.isdisjoint(lowers_obj[: lowers_obj.index("of", 1)]):
        obj = obj[lowers_obj.index("of", 1) + 1 :]  # "lift a certain amount of weight": the weight is lifted
    lowers_obj = [t.lower for t in obj]
    for at, word in enumerate(lowers_obj[:-1]):
        if word in {"team", "teams", "group", "groups"} and lowers_obj[at + 1] == "of" and at <= 2:
            obj = obj[: at + 1]  # "manage a team of store managers": the team is what is managed
            break
    # "runs the front desk by greeting guests and ...": the duties the work is done by are duties of their own
    rest = _means(item, obj) + _by_means(item, obj) + rest
    for j in range(1, len(obj) - 2 if verbs[-1] != "spend" else 1):
        # "staff providing customer services": a participle with an object of its own after a noun opens a clause
        # about that noun (not "consumer buying patterns", whose gerund is part of the name)
        if obj[j].lower.endswith("ing") and _verb_base(obj[j].lower) is not None and obj[j - 1].lower.isalpha() and (
            obj[j - 1].lower not in _PREPOSITIONS | _ARTICLES | {"and", "or"}
            and obj[j + 1].lower.isalpha()
            and obj[j + 1].lower not in {"and", "or"}
        ) and (
            (j + 2 < len(obj) and obj[j + 2].lower.isalpha() and obj[j + 2].lower not in {"and", "or"})
            or obj[j + 1].lower in _DETERMINERS
        ):
            obj = obj[:j]
            break
    how = _manner_tail(obj)
    if how is not None:
        obj = obj[:how]  # "answer calls promptly and politely": how the duty is done, no part of its object
    how = _manner_inside(obj)
    if how is not None:
        obj = obj[:how]  # "greet guests warmly upon arrival": how, then where or when; neither names the object
    related = _relations_with(item, obj, verb_toks) if "with" in item else None
    if related is not None:
        return [related, *rest]  # "build strong relationships with suppliers": the parties are part of the name
    asked = _asked_about(obj) if "about" in item or "regard" in item or "relat" in item or "concern" in item else None
    if asked is not None:
        # "answer guest queries about room service, spa treatments and parking": what the queries are about names
        # skills of their own (Room service, ...), the queries the work (Guest query answering); before, the first
        # topic was lost and "issues related to X" named "Issues related resolution"
        at, topics = asked
        obj = obj[:at]
        rest = [SkillName(t[0].start, t[-1].end, _sentence_case(_written(item, t)), True) for t in topics] + rest
    if obj and (obj[0].lower in _COMPLYING or obj[0].lower in _COMPLYING_DEGREES) and (
        _VERB_NOUNS.get(verbs[-1]) in _GENERIC_ACTIONS | {None}
    ):
        complied = _complied_with(item, obj)
        if complied is not None:
            # "ensure compliance with food safety law", "maintain strict adherence to the rota": what is complied with
            # names the duty, with the compliance (Compliance with food safety law; before, "Compliance" alone)
            return [complied, *rest]
    obj = _adjective_series(obj) or _object_list(obj) or _cut(obj, _OBJECT_STOPS)
    while obj and obj[-1].lower in {"and", "or", "&", ","}:
        obj = obj[:-1]  # "own the P&L and weekly forecasts": the list was cut at "weekly"
    if verbs[-1] in {"keep", "make"} and len(obj) >= 2 and (
        obj[-1].lower.endswith(_COMPLEMENT_ENDINGS) or obj[-1].lower in _COMPLEMENTS
    ):
        return rest  # "keeps the pages accurate": a state kept, a goal rather than a skill
    if (
        len(obj) >= 3
        and len(verbs) == 1
        and obj[-1].lower.endswith("ly")
        and all((t.lower.endswith("ly") and len(t.lower) > 4) or t.lower in {"and", "or", ","} for t in obj)
    ):
        # "work quickly and efficiently": no object, the adverbs say how the work is done (Working quickly and
        # efficiently; before, "quickly and" was read as the object)
        name = _sentence_case(f"{_gerund(verbs[-1], toks[k - 1].lower)} {_written(item, obj)}")
        return [SkillName(toks[k - 1].start, obj[-1].end, name, True, item[toks[k - 1].start : obj[-1].end].lower())]
    while obj and obj[-1].lower.endswith("ly") and len(obj[-1].lower) > 4:
        obj = obj[:-1]  # "operate forklifts safely"
    if not obj and len(verbs) == 1 and toks[0].lower.endswith("ing"):
        return [SkillName(toks[0].start, toks[0].end, _sentence_case(toks[0].lower), False)]  # "coaching"
    gerund = _VERB_NOUNS.get(verbs[0]) or ""
    if not obj and len(verbs) == 1 and k == 1 and k < len(toks) and toks[k].lower in _PREPOSITIONS and (
        gerund.endswith("ing") and gerund != "working"
    ):
        # "Pack into totes, apply labels": a bodily task with no object names its activity (Packing)
        return [SkillName(toks[0].start, toks[0].end, _sentence_case(gerund), True, toks[0].lower), *rest]
    bare = all(t.lower in _VERB_NOUNS for t in toks if t.lower not in {",", "and", "or", "&", "/"})
    if not obj and k == len(toks) and bare and all((_VERB_NOUNS.get(v) or "").endswith("ing") for v in verbs):
        # "able to crouch, bend and stoop": bodily work named by its gerund, each verb (in its base form) its own
        names = [
            SkillName(t.start, t.end, _sentence_case(_VERB_NOUNS[b] or b), True, t.lower)
            for t in toks
            if (b := (_verb_base(t.lower) or ("", False))[0]) in _VERB_NOUNS
        ]
        return [*names, *rest]
    if obj and len(obj) <= 3 and verbs[-1] in _SHARING_VERBS and _singular(obj[-1].lower) in _SHARES_OF_WORK:
        # "allocate duties", "assigning job roles": sharing out work is a skill, though the work itself is unnamed
        action = _VERB_NOUNS.get(verbs[-1])
        name = _sentence_case(
            f"{_written(item, obj[:-1])} {_singular(obj[-1].lower)} {action}".strip() if action
            else f"{_gerund(verbs[-1], toks[k - 1].lower)} {_written(item, obj)}"
        )
        return [SkillName(start, obj[-1].end, name, True, item[start : obj[-1].end]), *rest]
    if not obj or _names_nothing(verbs[-1], obj):
        return rest
    out: list[SkillName] = []
    parts = _split_and(obj)
    # "Recruit, train and schedule drivers": each verb of a series names the one object it shares (an object list
    # keeps the last verb's action: "develop and review policies, programs and procedures")
    shared: list[tuple[str, _Tok]] = []
    if len(parts) == 1 and len(verbs) >= 3:
        shared = list(zip(verbs, verb_toks, strict=True))
    for at, part in enumerate(parts):
        while part and ((part[0].lower in _DROP_WORDS and not _own_head_noun(part)) or (
            _fit_word(part) and _VERB_NOUNS.get(verbs[-1]) is not None
        )):
            part = part[1:]
        size = sum(1 for t in part if t.lower not in {"and", "or", "&", ","})  # (the joins of a series aside)
        if size > 6 and not shared and not phrasal and (of_series := _work_of_series(part)):
            # "support the execution of audit programmes and discharge plans": the work on each thing of the
            # series after "of" is a duty of its own (too long to name as one, it named nothing)
            for work, things_part in of_series:
                written = _written(item, things_part)
                out.append(SkillName(start, things_part[-1].end, _sentence_case(f"{work} of {written}"), True,
                                     f"{toks[k - 1].lower} {work} of {written}"))
            continue
        if size > 6 and (of := _long_of_head(part)) is not None:
            # "log readings of the indoor and outdoor pool water quality testers": past the words a name may hold,
            # the thing before "of" is what the work is done to (Reading logging), no longer the whole dropped
            part, size = part[:of], of
        if not part or size > 6 or _names_nothing(verbs[-1], part) or (
            len(part) == 1 and part[0].lower in _VAGUE_OBJECTS
        ):
            continue  # ("communicate the advantages": what is communicated names no skill)
        if part[-1].lower in _ELSEWHERE_WORDS:
            continue  # ("deal with all the tasks above", "the duties listed below": what the page lists elsewhere)
        participle = len(part) == 1 and part[0].lower.endswith("ed") and _past_base(part[0].lower) is not None
        if participle and at > 0 and _kept_in_state(parts[at - 1]):
            continue  # ("maintain the cash desk tidy and stocked": a state the thing is kept in, no thing of its own)
        if verbs[-1] == "do" and part[-1].lower in _UNDERGONE:
            continue  # ("do the study or training for this job", "do the quiz"): a thing gone through, no skill
        for n, (vb, vtok) in enumerate(shared or [(verbs[-1], toks[k - 1])]):
            if n < len(shared) - 1 and vb in _GAINING_VERBS - {"develop"}:
                continue  # ("learn and use the tills": what is used is named by the use)
            if shared and vb in _GOAL_VERBS:
                continue  # ("lift, carry and stack boxes": lifting may be a goal elsewhere, "lift sales")
            if shared and vb not in _VERB_NOUNS and _verb_base(vb) is None:
                continue  # (a gerund the namer does not know names nothing of its own)
            # ("look after guests": a phrasal verb's people are named with the verb as written, Looking after guests)
            phrasal_lead = particles if particles and not shared else None
            vname = _part_name(item, part, vb, vtok, helping, phrasal_lead, tagged, worked=worked)
            if lacked is not None and vtok is lacked and not shared and not phrasal_lead and len(verbs) == 2:
                # "Edit and retouch photos": Editing and retouching photos, the verb the table lacks said as written
                both = _gerund(verbs[0], verb_toks[0].lower)
                vname = _sentence_case(f"{both} and {_gerund(vb, vb)} {_written(item, part)}")
            said = f"{vtok.lower} {' '.join(phrasal or ())} " if phrasal_lead else f"{vtok.lower} "
            if not shared and not phrasal_lead and len(verbs) == 2 and verb_toks[-1] is vtok:
                # "Load and unload products": the two verbs as written name the duty too (Loading and unloading ...)
                said = f"{item[verb_toks[0].start : vtok.end].lower()} "
            elif shared and vtok is verb_toks[-1]:
                # "recruit, train and schedule drivers": the series as written names the last verb's duty too, as two
                # verbs do (Loading and unloading ...), a verb the namer skips said in it
                said = f"{item[verb_toks[0].start : vtok.end].lower()} "
            if vname not in {x.name for x in out}:
                out.append(SkillName(start, part[-1].end, vname, True, f"{said}{_written(item, part)}"))
    return out + rest


def _work_of_series(part: list[_Tok]) -> list[tuple[str, list[_Tok]]]:
    """A duty's object that is a noun of work, "of" and a series of two to four things, each a noun phrase of two to
    five words ("execution of audit programmes and discharge plans", "delivery of fire drills, safety briefings and
    first aid courses"): the noun of work and each thing; else none.

    Examples
    --------
    >>> found = _work_of_series(_tokens("running of fire drills and safety talks"))
    >>> [(h, " ".join(t.text for t in x)) for h, x in found]
    [('running', 'fire drills'), ('running', 'safety talks')]
    >>> _work_of_series(_tokens("records of patient visits and handovers"))
    []
    """
    if len(part) < 5 or part[1].lower != "of" or not _work_noun(part[0].lower):
        return []
    things = [p for p in _split_and(part[2:]) if p]
    if len(things) < 2 or len(things) > 4 or not _long_noun_items(things) or any(_bad(x) for x in things):
        return []
    return [(part[0].lower, x) for x in things]


#: verbs of telling people what they should know, whose subject after "on" / "about" names the duty ("advise
#: customers on sizes", "educate guests about the menu")
_ADVISING_VERBS = frozenset({"advise", "counsel", "educate", "inform", "brief"})
#: the prepositions that open what the advice is on
_ADVICE_ON = frozenset({"on", "about", "regarding", "concerning"})
#: the words read past before the people advised or "on" itself ("advise our guests on"): _DROP_WORDS, save "on"
_BEFORE_ADVISED = _DROP_WORDS - _ADVICE_ON


def advice_commas(words: list[str], start: int, stop: int) -> frozenset[int]:
    """The commas of ``words[start:stop]`` (lower-case tokens) inside the series of short items that a verb of
    advising is on ("advise guests on the hire, fitting and care of boots"): one thing advised on, no list of items.

    Examples
    --------
    >>> words = "advise guests on the hire , fitting and care of boots , and greet guests".split()
    >>> sorted(advice_commas(words, 0, len(words)))
    [5]
    """
    out: set[int] = set()
    for k in range(start, stop - 3):
        if (_verb_base(words[k]) or ("", False))[0] not in _ADVISING_VERBS and words[k] not in _ADVICE_NOUNS:
            continue  # (a verb of advising, or a noun of advice given: "give information about the size, ...")
        j = k + 1
        while j < stop and words[j] in _BEFORE_ADVISED:
            j += 1
        if j < stop and (_singular(words[j]) in SERVED or words[j] in {"them", "him", "her"}):
            j += 1
        if j >= stop or words[j] not in _ADVICE_ON:
            continue
        commas: list[int] = []
        size = 0
        j += 1
        while j < stop and words[j] not in {"and", "or"}:
            if words[j] == ",":
                commas.append(j)
                size = 0
            elif words[j] in {";", ":", "."} or size >= 3:
                commas = []
                break
            else:
                size += 1
            j += 1
        items = len(commas) + (commas[-1] != j - 1 if commas else 0)  # (the items before "and" / "or")
        if items >= 2 and j < stop:
            out.update(commas)  # (not "advise customers on returns, and process refunds": one item, then a duty)
    return frozenset(out)


#: light verbs of giving advice and the nouns of advice given: "give information about", "provide advice on"
_GIVING_VERBS = frozenset({"give", "provide", "offer"})
#: verbs of giving whose first object may be whom it is given to, the thing after "with": "provide staff with tools"
_FURNISHING_VERBS = frozenset({"provide", "supply", "furnish"})
_ADVICE_NOUNS = frozenset({"information", "advice", "guidance"})
#: help given to people, after "give": "give advice", "give demonstrations" (no noun "give" before one)
_GIVEN_HELP = _ADVICE_NOUNS | {"support", "feedback", "demonstrations", "directions", "instructions", "tours",
                               "presentations", "assistance", "help", "recommendations", "suggestions"}


def _given_to(word: str) -> bool:
    """Whether ``word`` (lower case), before "with" after a verb of :data:`_FURNISHING_VERBS`, names whom a thing is
    given to: people ("customers", "staff", "them") or posts in the plural by their ending ("associates", "cashiers");
    not a thing given ("support with onboarding")."""
    if word in {"them", "us", "him", "her", "everyone"}:
        return True
    one = _singular(word)
    if one in SERVED or one in _PEOPLE_AND_PARTNERS:
        return True
    return word.endswith("s") and one != word and one.endswith(("er", "or", "ist", "ant", "ent", "iate", "ian"))


def _advice_given(item: str, toks: list[_Tok], k: int) -> SkillName | None:
    """The duty "give / provide / offer (people) information, advice or guidance on / about X" names: the advice
    with what it is on ("Information about features and price of goods"), as a verb of advising names it (see
    :func:`_advised_on`); None when no "on" / "about" follows the noun of advice."""
    j = k
    while j < len(toks) and toks[j].lower in _BEFORE_ADVISED:
        j += 1
    if j < len(toks) and _singular(toks[j].lower) in SERVED:
        j += 1  # ("give customers advice on sizing")
    while j < len(toks) and toks[j].lower in _BEFORE_ADVISED:
        j += 1
    if j + 2 >= len(toks) or toks[j].lower not in _ADVICE_NOUNS or toks[j + 1].lower not in _ADVICE_ON:
        return None
    fake = [toks[j]._replace(lower="advise"), *toks[j + 1 :]]  # (read as "advise on X" reads)
    advised = _advised_on(item, fake, 1, "advise")
    if advised is None:
        return None
    about = advised.name.split(" ", 1)[1] if " " in advised.name else ""
    name = _sentence_case(f"{toks[j].lower} {about}")
    said = f"{toks[k - 1].lower} {item[toks[j].start : advised.end].lower()}"
    return SkillName(toks[0].start, advised.end, name, True, said)


def _advised_on(item: str, toks: list[_Tok], k: int, base: str) -> SkillName | None:
    """The duty a verb of advising names with its subject ("advise customers on the price, use and care of goods":
    Advising customers on price, use and care of goods; "Advising on stock levels"): the people served advised, if
    any, then "on" / "about" and up to six words of what about, the series of short items kept whole; None when
    no subject follows.

    >>> item = "Advise customers on the use and care of merchandise"
    >>> _advised_on(item, _tokens(item), 1, "advise").name
    'Advising customers on use and care of merchandise'
    >>> item = "advising on stock amounts"
    >>> _advised_on(item, _tokens(item), 1, "advise").name
    'Advising on stock amounts'
    """
    j = k
    while j < len(toks) and toks[j].lower in _BEFORE_ADVISED:
        j += 1
    # the people advised: one or two words before "on" ("customers", "new starters", "the team")
    people = next((x for x in (j, j + 1) if x + 1 < len(toks) and toks[x + 1].lower in _ADVICE_ON), None) is not None
    people = people and j < len(toks) and toks[j].lower.isalpha() and toks[j].lower not in _FUNCTION_WORDS
    pronoun = toks[k].lower in {"them", "him", "her"}  # ("advising them on ...": the people named before)
    j = k if pronoun else j
    end = j + 1 if j + 1 < len(toks) and toks[j + 1].lower in _ADVICE_ON else j + 2
    at = end if people and not pronoun else j + 1 if pronoun else k
    if at >= len(toks) - 1 or toks[at].lower not in _ADVICE_ON:
        return None
    topic = toks[at + 1 :]
    while topic and topic[0].lower in _DROP_WORDS:
        topic = topic[1:]
    form = _form(toks[k - 1].lower)
    # ("... use and care of goods and quotes prices": a verb in the first one's form after "and" opens the next duty)
    topic = next(
        (topic[:x] for x in range(1, len(topic) - 1) if topic[x].lower == "and" and _form(topic[x + 1].lower) == form
         and _verb_base(topic[x + 1].lower) is not None and topic[x + 1].lower.endswith("s") == form.endswith("s")),
        topic,
    )
    lowers = [t.lower for t in topic]
    series = advice_commas(["advise", "on", *lowers], 0, len(lowers) + 2)  # (the commas of its series, if any)
    topic = _cut(topic, _OBJECT_STOPS - {","}) if series else _cut(topic, _OBJECT_STOPS)
    topic = topic[: next((x for x, t in enumerate(topic) if t.lower == "," and x + 2 not in series), len(topic))]
    while topic and topic[-1].lower in {"and", "or", "&", ","}:
        topic = topic[:-1]
    words = sum(1 for t in topic if t.lower.isalpha() and t.lower not in {"and", "or"})
    # (what the advice is on may be pay or benefits, which name no skill alone: "advise staff on pension benefits")
    if not topic or words > 6 or topic[0].lower in _FUNCTION_WORDS or not any(t.lower.isalpha() for t in topic):
        return None
    if len(topic) == 1 and topic[0].lower in _VAGUE_OBJECTS:
        return None
    verb = toks[k - 1]
    who = f" {_written(item, toks[j:at])}" if people and not pronoun else ""
    about = f"{toks[at].lower} {_written(item, topic)}"
    name = _sentence_case(f"{_gerund(base, verb.lower)}{who} {about}")
    return SkillName(toks[0].start, topic[-1].end, name, True, f"{verb.lower}{who} {about}")


#: the forms of the verbs whose part played after "as" names a duty: "act as the point of contact", "serves as liaison"
ACTING_AS = frozenset({"act", "acts", "acting", "acted", "serve", "serves", "serving", "served"})
#: the parts played at work that name a duty: "point of contact", "liaison", "first contact", "ambassador"
_PARTS_PLAYED = frozenset(
    {"contact", "liaison", "link", "representative", "ambassador", "spokesperson", "mentor", "coach", "buddy",
     "backup", "advocate", "advisor", "adviser", "escalation", "intermediary", "interpreter", "keyholder"}
)


#: words dropped from the end of a part played: an article, a possessive or a dangling "and" / "or"
_PART_END_DROPS = _DROP_WORDS | {"and", "or"}


def _acted_as(item: str, toks: list[_Tok]) -> SkillName | None:
    """The duty "act as" / "serve as" names with the part played, when that part is one of _PARTS_PLAYED ("Act as
    the first point of contact for guests": First point of contact for guests; "serve as liaison between the
    kitchen and the floor": Liaison between kitchen and floor); None for another part ("the bedrock of the
    trade"). The part runs to a comma, a clause or a later duty, up to eight words.

    >>> item = "Act as the first point of contact for guests, and book taxis"
    >>> _acted_as(item, _tokens(item)).name
    'First point of contact for guests'
    """
    part: list[_Tok] = []
    for t in toks[2:]:
        if t.lower in {",", ";", ":", ".", "(", "to", "who", "that", "which", "while", "when", "by", "in", "on"}:
            break
        if t.lower in {"and", "or"}:
            lowers = [p.lower for p in part]
            if "between" not in lowers or "and" in lowers:
                break  # ("... for guests and book taxis"; not "between the kitchen and the floor")
        if t.lower in {"for", "with"} and "between" in (lowers := [p.lower for p in part]) and "and" in lowers:
            break  # ("between the fitters and the suppliers for urgent orders": the parties are named)
        part.append(t)
    while part and part[0].lower in _DROP_WORDS:
        part = part[1:]
    while part and part[-1].lower in _PART_END_DROPS:
        part = part[:-1]
    lowers = [t.lower for t in part]
    head = lowers[: next((x for x, w in enumerate(lowers) if w in {"for", "between", "with", "of"} and x > 0 and
                          not (w == "of" and lowers[x - 1] == "point")), len(lowers))]
    # (up to eight words besides articles, ten when it names the two parties: "the link between the kitchen crew and
    # the front of house team")
    most = 10 if "between" in lowers else 8
    if not part or len(lowers) - sum(w in _ARTICLES for w in lowers) > most or head[-1] not in _PARTS_PLAYED:
        return None
    written = _written(item, [t for t in part if t.lower not in _ARTICLES])
    said = f"{toks[0].lower} as {_written(item, part)}"
    return SkillName(toks[0].start, part[-1].end, _sentence_case(written), True, said)


#: heads of a part played for things that name no post of their own: "act as the central owner for", "the data
#: steward of" (mentions.held-parts takes them for no post there)
HELD_PART_HEADS = frozenset({"owner", "champion", "custodian", "guardian", "steward"})
#: the holders of work a duty of acting as one names by what they hold: "act as the owner for", "serve as manager of"
_HOLDER_PARTS = HELD_PART_HEADS | {"manager", "lead", "leader", "coordinator"}


#: words of how the work is held, before a holder: "the central owner", "the sole custodian", "a key champion"
_HOLDER_MODIFIERS = frozenset(
    {"main", "key", "central", "overall", "primary", "principal", "sole", "single", "first", "named", "designated",
     "dedicated", "accountable", "ultimate"}
)


def _held_for(item: str, toks: list[_Tok]) -> list[SkillName]:
    """The things a duty of acting as their holder names ("Act as the central owner for infection control
    standards", "serve as manager for ward rotas and budgeting"): after "act as" / "serve as", an article and up to
    two words of :data:`_HOLDER_MODIFIERS` before a holder of :data:`_HOLDER_PARTS`, then "for" or "of": what follows
    named as a list of things is (Infection control standards; Ward rotas, Budgeting), as "take ownership of" names
    its object; [] for anything else ("Act as the store manager when ...", "Act as shift manager of the store": a post
    stood in for).

    >>> item = "Act as the central owner for infection control standards across the unit"
    >>> [n.name for n in _held_for(item, _tokens(item))]
    ['Infection control standards']
    """
    j = 2
    while j < len(toks) and toks[j].lower in _ARTICLES:
        j += 1
    holder = next((h for h in range(j, min(len(toks) - 2, j + 3)) if toks[h].lower in _HOLDER_PARTS), None)
    if holder is None or toks[holder + 1].lower not in {"for", "of"}:
        return []
    if any(t.lower not in _HOLDER_MODIFIERS for t in toks[j:holder]):
        return []  # ("Act as shift manager of the store": a post stood in for, its field before the holder)
    # (the things run to where the line says where, when or how: "... across the unit", "... as it relates to")
    stop = next((t for t in toks[holder + 2 :] if t.lower in _HELD_ENDS), None)
    end = stop.start if stop is not None else len(item)
    said = f"{toks[0].lower} as {toks[holder].lower} {toks[holder + 1].lower} "
    out: list[SkillName] = []
    for piece in _HELD_PIECE.finditer(item, toks[holder + 2].start, end):
        at = piece.start()
        for x in _skill_names(piece.group()):
            written = item[at + x.start : at + x.end]
            # (a thing held is no duty: "cleaning standards" is named as written, not as work on standards)
            name = _sentence_case(" ".join(written.split())) if x.reworded else x.name
            out.append(SkillName(x.start + at, x.end + at, name, True, said + written))
    return out


#: words that end the things a holder holds ("owner for A and B across the unit"): where, when, how, a clause
_HELD_ENDS = frozenset(
    {"across", "within", "in", "at", "on", "as", "to", "throughout", "from", "under", "when", "while", "who", "that",
     "which", "by", "with", ".", ";", ":", "(", "including"}
)
#: a piece of a list of things, between commas
_HELD_PIECE = re.compile(r"[^,\s][^,]*[^,\s]|[^,\s]")


def _played_for(item: str, toks: list[_Tok], acted: SkillName) -> list[SkillName]:
    """The later things of a list the part played is for, after the comma its name ends at ("Serve as the first point
    of contact for bookings, room changes, and late checkouts": Room changes, Late checkouts); each as written, up to
    four words, none opening with a verb, two or more, the last after "and" / "or"; [] for anything else (a later
    duty: "..., and book taxis")."""
    at = next((j for j, t in enumerate(toks) if t.start >= acted.end), None)
    if at is None or toks[at].lower != "," or "for" not in {t.lower for t in toks[2:at]}:
        return []
    rest = toks[at + 1 :]
    while rest and rest[-1].lower in {".", ";", ","}:
        rest = rest[:-1]
    pieces: list[list[_Tok]] = [[]]
    joins: list[str] = []
    for t in rest:
        if t.lower in {",", "and", "or"}:
            if pieces[-1]:
                pieces.append([])
                joins.append(t.lower)
            elif t.lower != ",":
                joins[-1:] = [t.lower]
            continue
        pieces[-1].append(t)
    if not pieces[-1] or len(pieces) < 2 or joins[-1] not in {"and", "or"}:
        return []
    if any(
        len(p) > 4 or _bad(p) or _verb_base(p[0].lower) is not None or noun_verb(p[0].lower) is not None or
        not all(t.lower.replace("-", "").isalpha() and t.lower not in _GRAMMAR_WORDS for t in p)
        for p in pieces
    ):
        return []
    return [SkillName(p[0].start, p[-1].end, _sentence_case(_written(item, p)), True) for p in pieces]


#: adverbs of working alone: "work independently with minimal supervision" names no party after "with"
_ALONE_WORDS = frozenset({"independently", "autonomously", "unsupervised", "alone", "solo"})
#: words ending in "-ly" that are no adverbs of manner: times, adjectives, nouns
_NOT_MANNER = frozenset(
    {"daily", "weekly", "monthly", "yearly", "hourly", "quarterly", "nightly", "early", "only", "friendly",
     "family", "assembly", "anomaly", "ally", "rally", "belly", "jelly", "italy", "timely", "costly", "orderly",
     "likely", "lovely", "lonely", "holy", "fly", "july", "bully", "gully", "reply", "supply", "apply", "rely",
     "comply", "multiply", "imply"}
)


def manner_adverb(word: str) -> bool:
    """An adverb of how a duty is done: "promptly", "neatly", "safely", "professionally" (not "daily", "supply")."""
    return word.endswith("ly") and len(word) > 4 and word not in _NOT_MANNER and _verb_base(word) is None


#: the pay a worker receives or earns: "receive hourly wages", "earn commission" (no duty)
_PAY_RECEIVED = frozenset(
    {"wage", "salary", "commission", "tip", "bonus", "pay", "overtime", "allowance", "stipend", "gratuity", "raise",
     "income", "paycheck", "paycheque", "compensation", "remuneration", "benefit", "perk"}
)
#: words of pay and benefits that are the thing a duty works on after a verb of work ("negotiate commission
#: rates", "apply group discounts", "process insurance claims"), where alone they name no skill (_NOT_SKILLS)
_PAY_WORKED_ON = frozenset(
    {"salary", "salaries", "bonus", "bonuses", "pension", "insurance", "discount", "discounts", "allowance",
     "commission", "pay"}
)
#: verbs by which pay or benefits are had, not worked on: "enjoy a staff discount", "join the pension scheme"
_PAY_HAVING_VERBS = frozenset(
    {"receive", "earn", "get", "enjoy", "gain", "have", "offer", "provide", "give", "include", "join", "access",
     "benefit", "attract", "qualify", "accrue", "take", "make", "contribute", "save", "use", "boost", "increase",
     "grow", "be", "come", "want", "expect", "deserve", "love", "like"}
)


def _names_nothing(verb: str, toks: list[_Tok]) -> bool:
    """Whether a duty's object ``toks`` after ``verb`` names no skill: :func:`_bad` says so, and it is neither pay
    nor needs that the duty works on (:func:`_pay_worked_on`, :func:`_needs_worked_on`)."""
    return _bad(toks) and not _pay_worked_on(verb, toks) and not _needs_worked_on(toks)


def _pay_worked_on(verb: str, toks: list[_Tok]) -> bool:
    """Whether an object that names pay or benefits is what a duty's verb works on ("negotiate commission rates",
    "negotiate group discounts", "process insurance claims"): its only words that name no skill are such words,
    and the verb is none by which the pay is had ("enjoy a staff discount", "earn commission": no duty)."""
    if verb in _PAY_HAVING_VERBS:
        return False
    lowers = {t.lower for t in toks}
    bad = lowers & _NOT_SKILLS
    if not bad or not bad <= _PAY_WORKED_ON:
        return False
    others = [t for t in toks if t.lower not in bad and t.lower not in _ARTICLES]
    return not others or not _bad(others)


#: words before "requirements" that make them the post's own or the page's list, no thing worked on ("the job
#: requirements", "entry requirements", "the following requirements")
_OWN_REQUIREMENTS = frozenset(
    {"job", "entry", "role", "position", "minimum", "essential", "desirable", "key", "basic", "following", "above",
     "below", "listed", "these", "those", "other", "additional", "eligibility", "application", "academic",
     "educational", "physical", "general", "specific", "main", "all", "any", "our", "your", "their", "the", "a",
     "visa", "language", "experience", "skill", "skills"}
)


def _needs_worked_on(toks: list[_Tok]) -> bool:
    """Whether an object naming requirements is the needs a duty works on, named by a noun before it ("collect
    ward requirements", "document client requirements", "gather business requirements"), not the post's own
    ("job requirements", "the following requirements"): "requirements" is its only word naming no skill."""
    lowers = [t.lower for t in toks]
    if {w for w in lowers if w in _NOT_SKILLS} != {"requirements"} or lowers[-1] != "requirements":
        return False
    before = [w for w in lowers[:-1] if w not in {"and", "or", ","}]
    return bool(before) and before[-1] not in _OWN_REQUIREMENTS and before[-1].isalpha() and not _bad(toks[:-1])


#: where the pay received is cut: an object's stops and a joining word ("receive tips and wages": the tips)
_RECEIVED_STOPS = _OBJECT_STOPS | {"and", "or"}
#: verbs of driving whose manner names the skill: "drive safely" (Safe driving)
_ROAD_VERBS = frozenset({"drive", "ride"})
#: what is driven or ridden, and the rounds driven: "drive the delivery van", "drive the morning route"
_DRIVEN = frozenset(
    {"van", "truck", "lorry", "vehicle", "car", "bus", "minibus", "coach", "forklift", "route", "round", "run",
     "taxi", "cab", "tractor", "motorcycle", "motorbike", "scooter", "bike", "bicycle", "moped", "hgv", "lgv",
     "trailer", "tram", "train", "shuttle", "fleet", "ambulance", "limousine", "rig", "loader", "buggy", "cart"}
)


def _manner_adjective(adverb: str) -> str:
    """The adjective of an adverb of manner: "safely" -> "safe", "responsibly" -> "responsible", "carefully" ->
    "careful", "steadily" -> "steady"."""
    if adverb.endswith(("ibly", "ably")):
        return adverb[:-1] + "e"
    if adverb.endswith("ily"):
        return adverb[:-3] + "y"
    return adverb[:-2]


def _manner_inside(obj: list[_Tok], *, closing: bool = False) -> int | None:
    """Where an adverb of manner inside a duty's object ends it ("guests warmly upon arrival", "crates neatly onto
    pallets", "items clearly with dates"): an adverb after at least one word, before a preposition or a word of
    where or when, or (``closing``) the end, so that it says how the work is done, not which thing it is (not
    "visually appealing displays", "fully stocked shelves": an adverb before an adjective; not "-ally", a field the
    work is done in); else None."""
    for j in range(1, len(obj)):
        if not manner_adverb(obj[j].lower) or obj[j].lower in _DEGREE_WORDS or obj[j].lower.endswith("ally"):
            continue  # (not a field the work is done in: "guide the team technically", "plan strategically")
        after = obj[j + 1].lower if j + 1 < len(obj) else ""
        if after in _PREPOSITIONS or after in _MANNER_AFTER or (closing and not after):
            return j
        return None
    return None


#: words after an adverb of manner inside an object that show it closes the thing worked on: where or when follows
_MANNER_AFTER = frozenset(
    {"upon", "onto", "near", "beside", "behind", "inside", "outside", "along", "toward", "towards", "prior",
     "following", "whilst", "once", "ahead", "throughout"}
)


def _manner_tail(toks: list[_Tok], start: int = 1) -> int | None:
    """Where a series of adverbs of manner closing ``toks`` begins, after at least ``start`` words ("calls promptly
    and professionally", "orders quickly, accurately and on time"), else None: only adverbs, commas, "and" / "or"
    and "on time" may follow it."""
    for j in range(start, len(toks)):
        if not manner_adverb(toks[j].lower):
            continue
        rest = [t.lower for t in toks[j:]]
        x = 0
        while x < len(rest):
            if rest[x] in {",", "and", "or", "&", "."} or manner_adverb(rest[x]):
                x += 1
            elif rest[x : x + 2] == ["on", "time"]:
                x += 2
            else:
                break
        hows = sum(1 for w in rest if manner_adverb(w)) + sum(1 for a, b in itertools.pairwise(rest) if (a, b) == (
            "on", "time"))
        if x == len(rest) and hows >= 2:
            return j  # (one adverb alone ends the name as before: "operate forklifts safely")
        return None
    return None


#: an item asking for experience of a kind with no field named: "previous experience", "3+ years of relevant
#: experience", "prior work experience is a plus" (not "relevant experience in retail": the field names it)
_PLAIN_EXPERIENCE = re.compile(
    r"\W*(?:(?:at\s+least|a\s+minimum\s+of|minimum(?:\s+of)?|some|any)\s+)?"
    r"(?:(?:\d+\+?|one|two|three|four|five|several|a\s+few|many)\s*(?:\+\s*)?(?:years?|yrs?)\.?\s+(?:of\s+)?)?"
    r"(?P<kind>previous|relevant|prior)\s+(?:work\s+)?experience\b"
    r"(?!\s*(?:in|with|of|as|on|at|within|from|across|working|managing|handling|leading|using|or|and|&|/)\b)",
    re.I,
)


def _kept_in_state(before: list[_Tok]) -> bool:
    """Whether the part ``before`` a lone participle names a thing and then a state it is kept in ("the cash desk
    tidy" before "and stocked"), so that the participle is one more state of that thing, not a thing of its own ("a
    safe and organised working environment" names no state after a thing)."""
    return len(before) >= 2 and _adjective(before[-1].lower)


#: words after "skills with" that make what follows the people the skills are used with: "with all levels of staff"
#: (not "all" alone: "skills with all Microsoft Office programs" are skills with tools); looked for in the four words
#: after "with" (PARTY_REACH)
PARTY_WORDS = frozenset(
    {"levels", "people", "staff", "customers", "colleagues", "clients", "stakeholders", "patients", "guests",
     "everyone", "teams", "others", "management"}
)
PARTY_REACH = 4


def _skills_before_parties(toks: list[_Tok]) -> list[_Tok]:
    """A noun phrase cut before "with" after "skills" when the words after it are people ("communication skills
    with all levels of staff": Communication skills); ``toks`` as they are otherwise."""
    for i in range(1, len(toks) - 2):
        if toks[i].lower in {"skills", "skill"} and toks[i + 1].lower == "with":
            if not PARTY_WORDS.isdisjoint(t.lower for t in toks[i + 2 : i + 2 + PARTY_REACH]):
                return toks[: i + 1]
            break
    return toks


def _aim_at(obj: list[_Tok], *, means: bool = False) -> int | None:
    """Where a verb of work follows "to" after a duty's object ("... with tenants to settle disputes"): its index
    in ``obj`` (see :func:`_aims_at`), None when there is none."""
    lowers = [t.lower for t in obj]
    at = next((j for j in range(1, len(obj) - 2) if lowers[j] == "to"), None)
    return at + 1 if at is not None and _aims_at(lowers, at, means=means) else None


def _aims_at(words: list[str], j: int, *, means: bool = False) -> bool:
    """Whether "to" at ``j`` of ``words`` (lower case) opens a duty done after another's object: a verb in its base
    form whose work has a noun of its own ("... with tenants to settle disputes", "to select keywords") and which
    takes an object; not a goal or a purpose ("to drive growth", "to hit targets", "to ensure ..."), nor an
    infinitive a word before asks for ("able to", "ways to", "trained to"). After a verb of using a thing as a means
    (``means``, or such a verb among the words before), any verb in its base form but a goal's with an object is the
    work it is used in ("use the booking system to track luggage", "use your knowledge to predict demand")."""
    if j < 1 or j + 2 >= len(words) or _found_out(words, j):
        return False
    before, word, after = words[j - 1], words[j + 1], words[j + 2]
    if before in _TO_TAKERS or before in _AIM_TAKERS or before.endswith("ed") or not before.isalpha():
        return False
    if word in _ENSURING_FORMS and _COMPLYING.get(after) is not None and words[j + 3 : j + 4] == [_COMPLYING[after]]:
        return True  # "check the logs to ensure compliance with fire rules": keeping to rules is work, no goal
    if not after.replace("-", "").isalpha() or after in _PREPOSITIONS or after in {"and", "or"}:
        return False  # (a verb with no object, "to deliver on time", is no duty named by its object)
    # (the first word of the thing used: after a lone adjective, no thing is used, "utilise open to buy budgets" names
    # one thing)
    used = 0 if means else j
    for k in range(j - 1, max(-1, j - 8), -1):
        if words[k] in {",", ";", ":", "and"}:
            break
        base = (_verb_base(words[k]) or ("", False))[0]
        if base in _MEANS_VERBS:
            means, used = True, k + 1  # "use the booking system to track luggage": the work the thing is used in
        elif base in _TOOL_VERBS:
            return False  # "operate hoists to lift pallets", "run the van to ...": what the machine is for
    if means and word not in _GOAL_VERBS and word not in _RESULT_VERBS and (
        _verb_base(word) == (word, False) or word in base_forms("verb")
    ):
        return not (j - used == 1 and words[used] in base_forms("adj"))
    # ("operate forklifts to move crates": a verb with no action noun names no work of its own)
    return not (word in _GOAL_VERBS or word in _PURPOSE_VERBS or word in _AMBIGUOUS or not _VERB_NOUNS.get(word))


#: verbs of bringing a result about, whose object is the result wanted, no work done: "to drive growth", "to deliver a
#: better offer"
_RESULT_VERBS = frozenset(
    {"drive", "deliver", "enable", "accelerate", "win", "delight", "encourage", "promote", "improve", "optimise",
     "optimize", "enhance"}
)


def _partner_purpose(item: str, obj: list[_Tok]) -> list[SkillName]:
    """The work a verb of working together is done for, after its partners and "to" ("work with the chef to plan the
    menus", "liaise with the wards to ensure clean linen and ..."): the duties the infinitive names, its verb in its
    base form and no verb of a measure to raise or cut ("... to grow sales"); [] when there is none."""
    at = next((j for j in range(2, len(obj) - 2) if obj[j].lower == "to"), None)
    if at is None or not obj[at + 1].lower.isalpha() or obj[at - 1].lower in _TO_TAKERS:
        return []
    found = _verb_base(obj[at + 1].lower)
    if found is None or found[1] or found[0] in _GOAL_VERBS or found[0] in _RESULT_VERBS:
        return []
    first = obj[at + 1]
    return [
        SkillName(x.start + first.start, x.end + first.start, *x[2:])
        for x in _skill_names(item[first.start : obj[-1].end], predicate=True)
        if x.reworded
    ]


#: nouns of a tie kept with people, whose name holds those it is kept with: "relationships with suppliers"
_RELATION_NOUNS = frozenset(
    {"relationship", "relationships", "relations", "rapport", "partnership", "partnerships", "ties", "connections",
     "network", "networks"}
)


def _relations_with(item: str, obj: list[_Tok], verb_toks: list[_Tok]) -> SkillName | None:
    """A duty whose object is a tie with people ("Build and maintain strong relationships with suppliers and local
    farms"): named by its verbs' gerunds, the tie and the people as written (Building and maintaining strong
    relationships with suppliers and local farms), as a reference names the parties (no "Relationship maintenance",
    which says neither); None for another object. A party list longer than eight words is cut at its first "and" or
    "or" (the first party), and None when it is still longer."""
    at = next((j for j, t in enumerate(obj[:5]) if t.lower == "with"), None)
    if at is None or at == 0 or obj[at - 1].lower not in _RELATION_NOUNS or at + 1 >= len(obj):
        return None
    if any(not t.lower.replace("-", "").isalpha() for t in obj[:at]):
        return None
    tie = obj[:at]
    while tie and tie[0].lower in _DROP_WORDS:
        tie = tie[1:]
    parties = _object_list(obj[at + 1 :]) or _cut(obj[at + 1 :], _OBJECT_STOPS - {"and", "or"})
    parties = _cut(parties, _OBJECT_STOPS | {"and", "or"}) if len(parties) > 8 else parties
    while parties and parties[-1].lower in {"and", "or", "&", ","}:
        parties = parties[:-1]
    if not tie or not parties or len(parties) > 8 or _bad(parties):
        return None
    doing = " and ".join(_gerund((_verb_base(t.lower) or (t.lower, False))[0], t.lower) for t in verb_toks)
    written = item[tie[0].start : parties[-1].end]
    said = f"{item[verb_toks[0].start : verb_toks[-1].end].lower()} {written}"
    return SkillName(verb_toks[0].start, parties[-1].end, _sentence_case(f"{doing} {written}"), True, said)


def _found_out(words: list[str], j: int) -> bool:
    """Whether "to" at ``j`` of ``words`` (lower case) opens what looking into a thing is for: a verb of finding out
    after a duty of looking, analysing or researching in the same clause ("analyse sales data to identify trends,
    patterns and ...", "conduct market research to spot new products", "review till reports to find errors"): the
    looking is the duty, and the things to be found (a list, often) no duties or items of their own."""
    if j + 1 >= len(words) or words[j + 1] not in _FINDING_OUT:
        return False
    for k in range(j - 1, max(-1, j - 7), -1):
        if words[k] in {",", ";", ":", "and", "or"}:
            return False
        if words[k] in _LOOKING_NOUNS or (_verb_base(words[k]) or ("", False))[0] in _LOOKING_VERBS:
            return True
    return False


#: verbs of finding something out, after "to": what looking into a thing is for
_FINDING_OUT = frozenset(
    {"identify", "spot", "find", "uncover", "detect", "determine", "discover", "pinpoint", "understand", "gauge",
     "establish", "highlight", "reveal"}
)
#: verbs and nouns of looking into a thing: research, analysis, review, monitoring
_LOOKING_VERBS = frozenset(
    {"analyse", "analyze", "research", "review", "monitor", "track", "study", "examine", "audit", "assess",
     "evaluate", "survey", "inspect", "investigate", "explore", "scan", "interpret", "mine"}
)
_LOOKING_NOUNS = frozenset({"research", "analysis", "analyses", "analytics", "audit", "audits", "survey", "surveys"})


#: verbs of working a machine or tool: an infinitive after their object says what it is for ("operate hoists to lift
#: pallets"); the verbs of using a thing as a means (use, utilise, employ: _MEANS_VERBS) say the work it is used in
_TOOL_VERBS = frozenset({"operate", "drive", "ride", "handle", "run"})
#: verbs of using a thing as a means, whose infinitive after their object names the work it is used in ("use the
#: booking system to track luggage": Luggage tracking), unlike a machine's ("operate hoists to lift pallets")
_MEANS_VERBS = frozenset({"use", "utilise", "utilize", "employ", "leverage"})


#: verbs of a goal whose means, after "by" and a gerund, are the work: "drive sales by ...", "grow footfall by ..."
_MEANS_GOALS = _GOAL_VERBS - {"help", "want", "enjoy", "love", "join", "get", "become", "meet"} | {
    "drive", "improve", "optimise", "optimize", "strengthen", "enhance", "accelerate", "support", "assist"}


def _by_means(item: str, toks: list[_Tok]) -> list[SkillName]:
    """The duties named after "by" and a gerund in ``toks``, a goal's object and what follows ("sales by sharing
    product advice and guiding shoppers": Product advice sharing, ...), [] when no such means follow."""
    at = next((j for j in range(1, len(toks) - 1) if toks[j].lower == "by"), None)
    if at is None or not toks[at + 1].lower.endswith("ing") or len(toks[at + 1].lower) <= 4:
        return []
    first = toks[at + 1]
    out = []
    for x in _skill_names(item[first.start : toks[-1].end], predicate=True):
        if x.start == 0 and not x.reworded:
            x = x._replace(reworded=True, alias=item[first.start :][x.start : x.end])  # (a duty as written)
        if x.reworded:
            out.append(SkillName(x.start + first.start, x.end + first.start, x.name, True, x.alias))
    return out


#: verbs of backing others' work, whose object may be that work ("support troubleshooting", "assist with audits")
_SUPPORTING_VERBS = frozenset({"support", "assist", "help"})


def _supported_work(item: str, obj: list[_Tok]) -> SkillName | None:
    """The work a verb of backing takes before "by" when it names an activity (a gerund, or a noun of an action:
    "support troubleshooting for late orders by ...", "assist with stock counts by ..."), as written; None when
    it names a goal or people ("support the kitchen", "help guests")."""
    at = next((j for j, t in enumerate(obj) if t.lower == "by"), None)
    part = obj[:at]
    while part and (part[0].lower in _DROP_WORDS or part[0].lower in {"with", "in", "on"}):
        part = part[1:]
    if not part or len(part) > 7 or _bad(part):
        return None
    first, head = part[0].lower, part[-1].lower
    if not (first.endswith("ing") and len(first) > 5 and (_verb_base(first) or _unknown_gerund(first))) and not (
        _activity(first) or _activity(head)
    ):
        return None
    return SkillName(part[0].start, part[-1].end, _sentence_case(_written(item, part)), True)


def _goal_first(words: list[str], k: int, end: int) -> bool:
    """Whether the piece ``words[k:end]`` (lower case) opens with a verb of a goal whose means follow "by" at
    ``end`` and a gerund ("drive sales by sharing ...", "delivering guest service by managing ...")."""
    if end + 1 >= len(words) or not words[end + 1].endswith("ing") or len(words[end + 1]) <= 4:
        return False
    base = _verb_base(words[k])
    if base is not None and base[0] in _SUPPORTING_VERBS and k + 1 < end:
        # ("support troubleshooting for ... by ...": the work backed is a duty too, read with its means)
        first = words[k + 2] if words[k + 1] in {"with", "in", "on"} and k + 2 < end else words[k + 1]
        if first.endswith("ing") and len(first) > 5 and (_verb_base(first) or _unknown_gerund(first)):
            return False
    return base is not None and base[0] in _MEANS_GOALS


#: verbs of passing on what a duty found: ", flagging gaps", ", reporting faults to ...": how it ends, no duty
_PASSING_ON = frozenset({"flag", "report", "notify", "alert", "escalate", "raise", "inform", "highlight", "refer"})
#: verbs of looking for something: "check for damage", "inspect for wear", "screen for allergies"
_SEEKING_VERBS = frozenset({"check", "inspect", "test", "screen", "scan", "search", "examine", "monitor", "audit"})


def _checking_participle(words: list[str], j: int) -> bool:
    """Whether the participle at ``j`` of ``words`` (lower case), after a comma that ends a duty in the imperative,
    is a duty of its own ("Unload the vans, inspecting the trolleys and ..."): a verb of work with a noun of its
    action and a word after it, not a purpose or a goal (", ensuring ...", ", increasing ...")."""
    base = _verb_base(words[j])
    if base is None or not base[1] or base[0] in _PURPOSE_VERBS or base[0] in _GOAL_VERBS or base[0] in _PASSING_ON:
        return False
    if not _VERB_NOUNS.get(base[0]) or j + 1 >= len(words) or not words[j + 1].isalpha():
        return False
    after = words[j + 1]
    if after == "for":
        return base[0] in _SEEKING_VERBS  # ", checking for damage": what is looked for follows
    # (an object follows, not how the work is done: ", working quickly", ", working in pairs")
    return not after.endswith("ly") and after not in _PREPOSITIONS and after not in {"and", "or"}


def _as_well_as(obj: list[_Tok], form: str) -> int | None:
    """Where a verb in the first duty's form follows "as well as" in its object ("... the menus as well as ordering
    the stock"), with an object of its own: that verb's index in ``obj``; None when there is none."""
    for j in range(1, len(obj) - 4):
        if obj[j].lower == "as" and obj[j + 1].lower == "well" and obj[j + 2].lower == "as":
            nxt, after = obj[j + 3].lower, obj[j + 4].lower
            if _verb_base(nxt) is not None and _form(nxt) == form and after.isalpha() and after not in _PREPOSITIONS:
                return j + 3
            return None
    return None


#: verbs of sharing out work among people: "allocate duties", "assign roles", "distribute tasks"
_SHARING_VERBS = frozenset({"allocate", "assign", "distribute", "delegate", "apportion", "reassign", "reallocate"})
#: the shares of work such a verb deals out, which name no skill alone: "duties", "roles", "tasks", "shifts"
_SHARES_OF_WORK = frozenset({"duty", "role", "responsibility", "task", "job", "work", "workload", "shift"})
#: participles that follow the noun they qualify: "every step involved", "each form required"
_AFTER_PARTICIPLES = frozenset({"involved", "required", "needed", "concerned", "assigned", "listed", "mentioned"})
#: nouns of time after "every" / "each": "check the tills every day", "each shift"
_TIME_NOUNS = frozenset(
    {"day", "week", "month", "year", "morning", "afternoon", "evening", "night", "shift", "time", "quarter", "season",
     "hour", "minute", "weekend", "fortnight", "term", "visit", "service", "sitting", "session", "cycle", "round"}
)


#: verbs whose object is a state of things to bring about: "ensure the bins are emptied", "make sure ..."
_ENSURING = frozenset({"ensure", "make"})
#: the forms of verbs of checking that a state holds, before "that", as read in a list's words, each to its verb:
#: "check that the tills are balanced", "confirming that ..."
_CHECKING_THAT_FORMS = {
    form: base
    for base, forms in {
        "check": ("check", "checks", "checking"),
        "confirm": ("confirm", "confirms", "confirming"),
        "verify": ("verify", "verifies", "verifying"),
    }.items()
    for form in forms
}
#: those verbs
_CHECKING_THAT = frozenset(_CHECKING_THAT_FORMS.values())
#: the verbs joining such a thing to its state: "the bins are emptied", "the vans get loaded"
_STATE_LINKS = frozenset({"is", "are", "get", "gets", "be", "been", "stay", "stays", "remain", "remains"})


#: words opening where or when work seen to is done, after its participle: "are cleaned by noon", "are distributed
#: within the building"
_WHEN_TAILS = frozenset(
    {"by", "within", "before", "after", "if", "when", "once", "daily", "weekly", "monthly", "every", "each", "same-day",
     "same", "promptly", "quickly", "immediately", "overnight"}
)
#: particles a participle of a state seen to may end with: "the schedule is adhered to", "is signed for"
_STATE_PARTICLES = frozenset({"to", "for", "with", "up", "away", "out", "off"})
#: words after the quality of a state seen to that open where or why it is wanted: "ensure goods are available in
#: stores", "make sure the visit is enjoyable so they come back"
_STATE_TAILS = frozenset({"in", "at", "on", "throughout", "across", "so", "because", "for", "whenever", "when"})


def _manner_word(word: str) -> bool:
    """An adverb of how work is done, after its participle: "accurately", "safely", "promptly" (not "only")."""
    return word.endswith("ly") and len(word) > 5 and word.isalpha()


#: the nouns of a phrase of manner: "in a safe way", "in an orderly manner", "in a timely fashion"
_MANNER_NOUNS = frozenset({"way", "manner", "fashion"})


def _manner_phrase(toks: list[_Tok], k: int) -> int:
    """The length of a phrase of how work is done at ``k`` ("in a safe way", "in a timely and accurate manner",
    "in an orderly fashion"): "in", "a" or "an", one to three words of letters (adjectives, "and" between two) and a
    noun of manner; 0 when none is there."""
    if k + 3 >= len(toks):
        return 0
    if toks[k].lower != "in" or toks[k + 1].lower not in {"a", "an"}:
        return 0
    for n in range(k + 3, min(len(toks), k + 6)):
        if toks[n].lower in _MANNER_NOUNS:
            words = [t.lower for t in toks[k + 2 : n] if t.lower != "and"]
            return n + 1 - k if words and all(w.isalpha() and w not in _ARTICLES for w in words) else 0
    return 0


def _state_base(word: str) -> str | None:
    """The base form of the participle of a state seen to: a past form of a verb the namer knows
    (:func:`_past_base`), else one of a verb of the language (spaCy's lookup index of verbs) that the index holds as no
    adjective ("the goods are transported": transport; "the floors are swept": sweep; not "the guests are satisfied",
    "the staff are qualified")."""
    known = _past_base(word)
    if known is not None or len(word) < 4 or word in base_forms("adj") or word.endswith(("ing", "s")):
        return known
    verbs = base_forms("verb")
    if not word.endswith("ed"):
        # an irregular participle: "the floors are swept", "the goods are sold"
        base = lemma(word)
        return base if base != word and base in verbs else None
    if len(word) < 6:
        return None
    stems = (word[:-1], word[:-2], word[:-3] + "y" if word.endswith("ied") else "", word[:-3])
    return next((stem for stem in stems if len(stem) > 2 and stem in verbs), None)


def _ensured_work(item: str, obj: list[_Tok], verb: str) -> list[SkillName] | None:
    """The work a duty of seeing to a state names ("ensure (that) the bins are emptied and washed", "making sure
    the vans get loaded", "ensure the invoices are accurate"), from ``obj``, the words after the verb: the
    participle's verb done to the thing (Bin emptying, Bin washing), or an adjective of the state with the thing
    (Accurate invoices); more such states after ", and that" too. None when ``obj`` does not read so."""
    toks = obj
    if verb == "make":
        if not toks or toks[0].lower != "sure":
            return None
        toks = toks[1:]
    if toks and toks[0].lower == "that":
        toks = toks[1:]
    link = next((j for j, t in enumerate(toks[:6]) if t.lower in _STATE_LINKS), None)
    if link is None:
        return _standards_met(item, toks)
    if link == 0:
        return None
    thing = toks[:link]
    # (a possessive is no word of the thing's name, as before an object: "the company's stock is counted")
    while thing and (
        thing[0].lower in _DROP_WORDS or thing[0].lower in _ARTICLES or thing[0].lower.endswith(("'s", "’s"))
    ):
        thing = thing[1:]
    if not thing or len(thing) > 4 or _bad(thing) or any(not t.lower.replace("-", "").isalpha() for t in thing):
        return None
    if any(t.lower in _SUBJECTS or t.lower in _PRONOUNS for t in thing):
        return None  # ("make sure you are ready", "ensure they are trained": people, no thing)
    j = link + 1
    while j + 1 < len(toks) and toks[j].lower.endswith("ly") and len(toks[j].lower) > 4 and toks[j + 1].lower.isalpha():
        j += 1  # "are promptly answered" (not "are timely")
    states: list[_Tok] = []
    while j < len(toks) and toks[j].lower.isalpha() and toks[j].lower not in {"and", "or"}:
        states.append(toks[j])
        j += 1
        if (
            j + 1 < len(toks) and toks[j].lower in {"and", "or", ","} and toks[j + 1].lower not in {"and", "that"}
            and _elided_state(toks, j + 1) is None
            and _state_link_after(toks, j + 1) is None
        ):
            j += 1
            continue
        break
    if (
        states
        and j < len(toks)
        and toks[j].lower in _STATE_TAILS
        and all(_adjective(t.lower) and _state_base(t.lower) is None for t in states)
    ):
        j = len(toks)  # "ensure goods are available in stores at the right time", "... is enjoyable so they come
        # back": where or why a quality is wanted, after it (not after a participle: "are kept in the cold store")
    if states and all(_state_base(t.lower) is not None for t in states):
        # "are packed and shipped accurately", "are rotated correctly to prevent waste": how the work is done, and
        # what for, after its participles
        m = j
        while (m < len(toks) and _manner_word(toks[m].lower)) or (
            m + 1 < len(toks) and toks[m].lower == "and" and m > j and _manner_word(toks[m + 1].lower)
        ):
            m += 1
        m += _manner_phrase(toks, m) if m == j else 0  # ("are loaded in a safe way": how, as "safely" says)
        if m > j and m + 1 < len(toks) and toks[m].lower == "to" and (
            _verb_base(toks[m + 1].lower) == (toks[m + 1].lower, False)
        ):
            m = len(toks)
        if m > j and (m == len(toks) or toks[m].lower in {",", ";", "."}):
            j = m
    if (
        len(states) == 1
        and j < len(toks)
        and toks[j].lower in _STATE_PARTICLES
        and (j + 1 == len(toks) or toks[j + 1].lower in {",", ";", "."})
        and (base := _state_base(states[0].lower)) is not None
    ):
        # "the schedule is adhered to", "all deliveries are signed for": a verb taking its thing after a particle
        # names the work with the particle (Adhering to schedule, Signing for deliveries)
        end = toks[j].end
        work = f"{_gerund(base, base)} {toks[j].lower} {_written(item, thing)}"
        return [SkillName(thing[0].start, end, _sentence_case(work), True, item[toks[0].start : end])]
    if (
        states
        and j < len(toks)
        and toks[j].lower in _WHEN_TAILS
        and all(_state_base(t.lower) is not None for t in states)
    ):
        # "ensure all rooms are cleaned by noon", "... are processed within 3 days": when the work is done, after
        # its participles, is no part of its name
        j = len(toks)
    if not states or (j < len(toks) and toks[j].lower not in {",", "and", ";", "."}):
        return None  # ("the vans arrive on time", "are kept in the cold store": more than a state)
    out: list[SkillName] = []
    done = [_state_base(t.lower) for t in states]
    end = states[-1].end
    written = _written(item, thing)
    for base in done if all(done) else ():
        named = _skill_names(f"{base} the {written}", predicate=True)
        if not named or not named[0].reworded or named[0].name.lower() == written.lower():
            out = []  # ("the bins are washed": a verb with no noun of its action names the thing alone)
            break
        out.append(SkillName(thing[0].start, end, named[0].name, True, item[toks[0].start : end]))
    if not out and all(_adjective(t.lower) or t.lower.endswith("ly") for t in states):
        quality = " and ".join(t.lower for t in states)
        out.append(SkillName(thing[0].start, end, _sentence_case(f"{quality} {written}"), True,
                             item[toks[0].start : end]))
    if not out:
        return None
    # ", and that the floors are swept": another state seen to
    k = j
    while k < len(toks) and toks[k].lower in {",", "and"}:
        k += 1
    if k < len(toks) and k > j and toks[k].lower == "that":
        out += _ensured_work(item, toks[k:], "ensure") or []
    elif k < len(toks) and k > j and _state_link_after(toks, k) is not None:
        # "that tools are stored correctly, keys are labelled, and ...": another thing and its state, its "that"
        # left out (a participle with no noun of its work, "trends are anticipated", names none there)
        out += [n for n in _ensured_work(item, toks[k:], "ensure") or () if not n.name.split()[0].endswith("ed")]
    elif k < len(toks) and k > j and (link := _elided_state(toks, k)) is not None:
        # "that the ovens are cleaned and the floors swept": a second thing whose link to its state is left out,
        # read as if written ("the floors are swept")
        said = _Tok(toks[link].start, toks[link].start, "are", "are")
        out += _ensured_work(item, [*toks[k:link], said, *toks[link:]], "ensure") or []
    return out


#: verbs of things meeting a standard, in the plural: "making sure goods arrive on time and meet the spec"
_MET_BY_THINGS = frozenset({"meet", "match", "pass"})


def _standards_met(item: str, toks: list[_Tok]) -> list[SkillName] | None:
    """The work a duty of seeing to things meeting a standard names ("making sure supplies arrive on time and meet
    infection control standards"): the things and the standard they meet as written (Supplies meet infection
    control standards), from ``toks``, the words after "ensure" or "make sure"; None when they do not read so."""
    lowers = [t.lower for t in toks]
    verb = next((j for j in range(1, min(len(toks), 8)) if lowers[j] in _MET_BY_THINGS), None)
    if verb is None:
        return None
    # (the things: up to four words before a verb of their own; any other predicate of theirs before "and")
    verbs = base_forms("verb")
    first = next((j for j in range(1, verb) if lowers[j] in verbs), verb)
    thing = toks[:first]
    while thing and (thing[0].lower in _DROP_WORDS or thing[0].lower in _ARTICLES):
        thing = thing[1:]
    if not thing or len(thing) > 4 or any(not t.lower.isalpha() for t in thing):
        return None
    if any(t.lower in _SUBJECTS or t.lower in _PRONOUNS for t in thing) or (first < verb and lowers[verb - 1] != "and"):
        return None
    standard = _cut(toks[verb + 1 :], _ITEM_STOPS)
    while standard and standard[0].lower in _ARTICLES:
        standard = standard[1:]
    if not standard or len(standard) > 5 or _bad(standard):
        return None
    if not _target_met(standard) and not any(_singular(t.lower) in _RULE_NOUNS for t in standard):
        return None  # ("make sure the vans meet the driver": no standard met)
    end = standard[-1].end
    name = f"{_written(item, thing)} {toks[verb].lower} {_written(item, standard)}"
    return [SkillName(thing[0].start, end, _sentence_case(name), True, item[toks[0].start : end])]


def _state_link_after(toks: list[_Tok], k: int) -> int | None:
    """Where the link of another thing's state is when ``toks[k:]`` open with a thing of up to four words and its
    link ("safety rules are followed", "the keys get labelled"); else None."""
    for m in range(k + 1, min(k + 5, len(toks))):
        low = toks[m].lower
        if low in _STATE_LINKS:
            return m
        if not low.replace("-", "").isalpha() or low in {"and", "or", "that"}:
            return None
    return None


def _elided_state(toks: list[_Tok], k: int) -> int | None:
    """Where the participle is in ``toks[k:]`` when those words are a thing of up to four words and the participle of
    its state, its link left out, up to the end or a stop ("the floors swept", "all bins emptied"); else None."""
    return _elided_state_at([t.lower for t in toks], k)


def _elided_state_at(words: list[str], k: int) -> int | None:
    """:func:`_elided_state` of lower-case words."""
    end = next((m for m in range(k, len(words)) if not words[m].replace("-", "").isalpha() or words[m] in {
        "and", "or"}), len(words))
    if end - k < 2 or end - k > 5 or (end < len(words) and words[end] in {"and", "or"}):
        return None
    thing = words[k : end - 1]
    if any(w in _STATE_LINKS or _state_base(w) is not None for w in thing):
        return None
    if thing[-1] in _DROP_WORDS or thing[-1] in _ARTICLES or _state_base(words[end - 1]) is None:
        return None
    return end - 1


#: adjectives of what one knows or can do, after "is" / "are" in a list of one subject's traits ("is familiar with";
#: not "aware": "is aware of the risks" tells a state of mind more often than a skill)
_KNOWING_ADJECTIVES = frozenset(
    {"familiar", "able", "good", "skilled", "proficient", "experienced", "comfortable", "capable", "adept",
     "fluent", "knowledgeable", "conversant", "versed", "competent", "confident", "responsible", "clear", "expert"}
)
#: adverbs of degree between "is" and such an adjective: "is very familiar with", "is well versed in"
_DEGREE_WORDS = frozenset({"very", "well", "fully", "highly", "also", "thoroughly", "quite", "extremely", "really"})


def _another_predicate(words: list[str], k: int) -> bool:
    """Whether "is" / "are" at ``k`` of ``words`` (lower case) opens another trait of the list's own subject after a
    comma or "and" (", is familiar with the tills", "and is very skilled at plating"): an adjective of knowing
    or being able and its preposition follow, degree words aside; the list goes on (not "the page is fast": how a
    thing should be)."""
    before = words[k - 1]
    if before not in {",", "and", "or"}:
        return False
    j = k + 1
    while j < len(words) and words[j] in _DEGREE_WORDS:
        j += 1
    return j + 1 < len(words) and words[j] in _KNOWING_ADJECTIVES and words[j + 1] in {"with", "of", "at", "in", "to"}


def _sees_to_state(words: list[str], k: int) -> bool:
    """Whether "is" / "are" at ``k`` of ``words`` (lower case) joins a thing to a state that a verb of seeing to
    states shortly before asks for, the state ending the list or a piece of it ("ensure the bins are emptied",
    "..., and making sure the shelves are stocked, and that ..."): the state names the work (see
    :func:`_ensured_work`)."""
    if k + 1 >= len(words):
        return False
    window = words[max(0, k - 14) : k]
    if "sure" not in window and not any(w.startswith("ensur") for w in window) and "that" not in window:
        return False  # (most lists name no such verb: a cheap test first)
    for m in range(k - 1, max(-1, k - 14), -1):
        word = words[m]
        if word == ";" or (word == "," and words[m + 1] != "that" and words[m + 1 : m + 3] != ["and", "that"]):
            return False  # (a verb before another piece of the list sees to nothing here)
        if verb_base(word) == "ensure" or (verb_base(word) == "make" and words[m + 1] == "sure"):
            break
        if word in _CHECKING_THAT_FORMS and words[m + 1] == "that":
            break  # "check that the tills are balanced": a state checked, as one seen to
    else:
        return False
    j = k + 1
    while j < len(words) and words[j].isalpha():
        if words[j] == "that" and words[j - 1] == "and":
            return True  # "the lobby is clean and that the doors are locked": another state seen to follows
        if words[j] == "and" and j > k + 1 and _elided_state_at(words, j + 1) is not None:
            return True  # "the ovens are cleaned and the trays stacked": another state, its link left out
        if words[j] in _STATE_TAILS and j > k + 1 and all(
            _adjective(w) and _past_base(w) is None for w in words[k + 1 : j] if w not in {"and", "or"}
        ):
            return True  # "goods are available in stores", "is enjoyable so they come back": where or why
        if words[j] in _STATE_PARTICLES and j == k + 2 and _past_base(words[k + 1]) is not None and (
            j + 1 == len(words) or (words[j + 1] != "," and not words[j + 1].isalnum())
        ):
            return True  # "the schedule is adhered to": a participle and its particle end the list
        if words[j] not in {"and", "or"} and _past_base(words[j]) is None and not _adjective(words[j]):
            return False  # ("the vans are kept in the yard", "the page is easy to use": more than a state)
        j += 1
    # the state ends the list, or another state seen to follows ("..., and that ..."); not "fast, clear and easy"
    return j >= len(words) or words[j] != "," or words[j + 1 : j + 2] == ["that"] or (
        words[j + 1 : j + 3] == ["and", "that"]
    )


#: nouns an infinitive completes rather than follows as an aim: "ways to merchandise products", "time to plan"
_AIM_TAKERS = frozenset(
    {"way", "ways", "approach", "approaches", "means", "method", "methods", "time", "effort", "efforts", "order",
     "plan", "plans", "tools", "resources", "authority", "freedom", "confidence", "desire", "drive", "motivation"}
)


#: what may stand before working as part of a team: filler, or another item and "and" / a comma
_BEFORE_TEAMWORK = re.compile(
    r"(?:^|\s*,\s*|\s+and\s+)(?:above\s+all\s+)?(?:(?:the\s+|an?\s+)?(?:ability|able|willing(?:ness)?)\s+to\s+|"
    r"(?:must|should|can|will)\s+(?:be\s+able\s+to\s+)?|to\s+)?\W*$",
    re.I,
)
#: working as a member of a group: "work as part of a team", "working well as a member of the crew"
_TEAMWORK = re.compile(
    r"\bwork(?:s|ing)?\s+(?:\w+ly\s+|well\s+)?as\s+(?:a\s+)?(?:part|member)\s+of\s+(?:an?|the|our|their|your)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:team|crew|squad|brigade)s?\b",
    re.I,
)


def _met_party(obj: list[_Tok]) -> bool:
    """Whether the object of "meet" is people or a party met (its head before a stop, "and" or a comma): "suppliers",
    "new clients", "the buying team"; not a target ("sales targets", "deadlines")."""
    head = None
    for t in obj[:4]:
        if t.lower in _OBJECT_STOPS or t.lower in {"and", "or", "&", ","}:
            break
        head = t.lower
    if head is None or not head.isalpha():
        return False
    noun = _singular(head)
    return noun in SERVED or noun in _PERSON_NOUNS or noun in _MET_PARTIES


#: verbs of meeting a measure set for the work: "meet sales targets", "achieve team OKRs", "hit the quota"
_MEETING_VERBS = frozenset({"meet", "achieve", "exceed", "hit"})
#: measures set for the work, met by it: the head of what those verbs meet
_TARGET_NOUNS = frozenset({"target", "goal", "kpi", "okr", "quota", "objective", "metric", "sla"})


#: goal verbs that are also the work of a hand on a thing: "cut costs" is a goal, "cut tiles" a duty
_SHAPING_VERBS = frozenset({"cut"})
#: what a verb of :data:`_SHAPING_VERBS` brings down as a goal: "cut costs", "cutting waste", "cut delivery times"
_CUT_MEASURES = frozenset(
    {"cost", "waste", "time", "spend", "spending", "price", "hour", "emission", "loss", "turnover", "error", "delay",
     "downtime", "overhead", "bill", "energy", "carbon", "shrinkage", "shrink", "absence", "churn", "expense",
     "budget", "rate", "risk", "stock", "inventory", "backlog", "footprint", "use", "usage", "consumption"}
)


def _measure_cut(obj: list[_Tok]) -> bool:
    """Whether the object of a verb of :data:`_SHAPING_VERBS` is a measure brought down (its head before a stop,
    "and" or a comma), "fuel costs", "waste"; not a thing shaped, "tiles", "keys"."""
    head = _cut(obj[:5], _ITEM_STOPS)[-1].lower if obj else ""
    return not head.isalpha() or _singular(head) in _CUT_MEASURES or head in _CUT_MEASURES


def _target_met(obj: list[_Tok]) -> bool:
    """Whether the object of a verb of :data:`_MEETING_VERBS` is a measure set for the work (its head before a stop,
    "and" or a comma): "sales targets", "team OKRs", "daily productivity goals"; not "customer expectations"."""
    head = _cut(obj[:5], _ITEM_STOPS)[-1].lower if obj else ""
    return head.isalpha() and (_singular(head) in _TARGET_NOUNS or head.removesuffix("s") in _TARGET_NOUNS)  # "KPIs"


#: parties one meets at work: "meet suppliers", "meeting the buying team"
_MET_PARTIES = frozenset({"supplier", "vendor", "buyer", "partner", "stakeholder", "team", "rep", "representative",
                          "contractor", "landlord", "tenant", "visitor", "delegate", "sponsor", "donor", "investor"})


#: nouns of a group worked with, after a word saying its work: "marketing team", "buying department"
_GROUP_HEADS = frozenset({"team", "department", "function", "unit", "division", "group", "office", "desk"})


#: nouns of keeping to a rule and the preposition of what is kept to: "compliance with", "adherence to"
_COMPLYING = {"compliance": "with", "adherence": "to", "conformity": "with", "conformance": "to"}
#: verbs in their base form that see to such keeping: "to ensure compliance with", "to maintain adherence to"
_ENSURING_FORMS = frozenset({"ensure", "maintain"})
#: words of how fully a rule is kept to, before such a noun: "full compliance", "strict adherence"
_COMPLYING_DEGREES = frozenset({"full", "strict", "continued", "ongoing", "total", "complete"})


#: nouns of what people ask or raise, whose topics follow "about", "regarding", "related to": "queries about refunds"
_ASKED_NOUNS = frozenset(
    {"question", "questions", "query", "queries", "enquiry", "enquiries", "inquiry", "inquiries", "issue", "issues",
     "problem", "problems", "complaint", "complaints", "request", "requests", "concern", "concerns"}
)


def _asked_about(obj: list[_Tok]) -> tuple[int, list[list[_Tok]]] | None:
    """Where the topics of what people ask open in a duty's object, and the topics: "guest queries about room
    service, spa treatments and parking" -> (the index of "about", [room service], [spa treatments], [parking]), each
    topic of one to four words; None when the object names no such noun and topics."""
    for at in range(1, min(len(obj) - 1, 6)):
        word = obj[at].lower
        skip = 2 if word in {"related", "relating"} and obj[at + 1].lower == "to" else 1
        if word not in {"about", "regarding", "concerning"} and skip == 1:
            continue
        if obj[at - 1].lower not in _ASKED_NOUNS:
            return None
        # ("questions or issues regarding ...": the nouns joined before the topics)
        listed = _cut(obj[at + skip :], _OBJECT_STOPS - {","})
        topics = [p for p in _split_and(_object_list(listed) or listed) if p]
        if not topics or any(
            len(p) > 4 or _bad(p) or not all(t.lower.replace("-", "").isalpha() for t in p) for p in topics
        ):
            return None
        while len(topics) > 1 and topics[-1][0].lower in {"related", "other", "similar"}:
            topics = topics[:-1]  # ("..., refunds, and related support services": more of the same, no topic)
        return at, topics
    return None


def _complied_with(item: str, obj: list[_Tok]) -> SkillName | None:
    """The keeping to a rule that a duty's object ``obj`` names with what is kept to ("compliance with food safety
    law", "strict adherence to the cleaning rota": Compliance with food safety law, Adherence to cleaning rota), else
    None; the rule is up to six words, its article left out, cut where an object ends."""
    at = 0
    while at < len(obj) and obj[at].lower in _COMPLYING_DEGREES:
        at += 1
    if at + 2 >= len(obj) or _COMPLYING.get(obj[at].lower) != obj[at + 1].lower:
        return None
    rule = _cut(obj[at + 2 :], _OBJECT_STOPS)
    while rule and rule[0].lower in _ARTICLES:
        rule = rule[1:]
    while rule and rule[-1].lower in {"and", "or", "&", ","}:
        rule = rule[:-1]
    if not rule or len(rule) > 6 or _bad(rule) or not all(t.lower.replace("-", "").isalnum() for t in rule):
        return None
    name = f"{obj[at].lower} {obj[at + 1].lower} {_written(item, rule)}"
    return SkillName(obj[at].start, rule[-1].end, _sentence_case(name), True, item[obj[at].start : rule[-1].end])


def _long_of_head(part: list[_Tok]) -> int | None:
    """Where "of" stands after the one or two words of an object's head ("results of the ...", "weekly results of
    ..."), when the head is a plain noun of a thing: no noun of an action ("the management of ..."), of a measure or a
    group ("a range of ...") or of a person; else None."""
    of = next((i for i in (1, 2) if i < len(part) and part[i].lower == "of"), None)
    if of is None:
        return None
    head = part[of - 1].lower
    if not head.isalpha() or _work_noun(head) or head in _NO_COMPOUND_HEADS or _singular(head) in _PEOPLE_AND_PARTNERS:
        return None
    if any(not t.lower.replace("-", "").isalpha() or t.lower in _JOINING_OR_POINTING for t in part[:of]):
        return None
    return of


def _lone_modifier(word: str) -> bool:
    """Whether ``word`` (lower case), the first of a verb's object before "and", may be a bare noun modifying a head
    that follows: a word of letters in the singular, no article, pronoun, quantifier or word of grammar."""
    return (
        word.isalpha() and not _nounlike(word) and not object_opener(word) and word not in _OBJECT_PRONOUNS
        and word not in _JOINING_OR_POINTING and _verb_base(word) is None and not _adjective(word)
    )


def _action_noun(word: str) -> bool:
    """Whether ``word`` (lower case) is a noun of an action by its ending ("resolution", "management") or the gerund
    of a verb the namer knows ("processing", "handling"; not "bedding", "clothing")."""
    if word.endswith(("tion", "sion", "ment", "ance", "ence")):
        return len(word) > 6
    found = _verb_base(word) if word.endswith("ing") else None
    return found is not None and found[1]


def _thing_in_series(obj: list[_Tok], k: int, form: str) -> bool:
    """Whether the word at ``k`` inside a duty's object, a verb in its base form that is a noun as often ("price",
    "stock", "label"), opens one more thing of a series of things the duty's verb takes, not a duty of its own:
    one plural noun follows it before a comma, and the series' last member, after "and" / "or", opens with no
    verb in its base form ("Install promotional materials, price tags, and marketing signage": no "Tag pricing";
    "Greet guests, price goods, and stock shelves" stays three duties).

    >>> things, duties = "Replace menu boards, price cards, and notices", "Greet guests, price goods, and stock shelves"
    >>> _thing_in_series(_tokens(things)[1:], 3, ""), _thing_in_series(_tokens(duties)[1:], 2, "")
    (True, False)
    """
    word = obj[k].lower
    if form != "" or (word not in _AMBIGUOUS and noun_verb(word) is None):
        return False
    comma = next((i for i in range(k + 1, len(obj)) if not obj[i].lower.isalpha()), None)
    if comma != k + 2 or obj[comma].lower != "," or not (
        obj[k + 1].lower.endswith("s") or _activity(obj[k + 1].lower)
    ):
        # (one plural noun after the word, or a noun of an action no verb takes as its object: "price tags", "stock
        # carts", "stock management"; not "handle basic maintenance")
        return False
    last = max((i for i in range(comma, len(obj)) if obj[i].lower in {"and", "or"}), default=None)
    if last is None or last + 1 >= len(obj) or not obj[last + 1].lower.isalpha():
        return False
    first = obj[last + 1].lower
    found = _verb_base(first)
    return not (found is not None and not found[1]) and noun_verb(first) is None and first not in _OBJECT_OPENERS


def _later_duties(item: str, toks: list[_Tok], form: str, predicate: bool) -> list[SkillName]:
    """The duties after the first one of an item, from the first verb in the first one's form that a comma or
    "and" opens: "help customers with purchases, show goods, take payment" goes on after the help given.

    >>> item = "help guests at the desk, book tours, and clean rooms"
    >>> [s.name for s in _later_duties(item, _tokens(item)[2:], "", True)]
    ['Tour booking', 'Room cleaning']
    """
    for j in range(len(toks) - 1):
        nxt = toks[j + 1]
        if toks[j].lower not in {",", "and"} or _form(nxt.lower) != form or _verb_base(nxt.lower) is None:
            continue
        out = []
        for x in _skill_names(item[nxt.start :], predicate=predicate or form != "ing"):
            if not x.reworded and x.start == 0:
                x = x._replace(reworded=True, alias=item[nxt.start :][x.start : x.end])  # (as the rest of a series)
            out.append(SkillName(x.start + nxt.start, x.end + nxt.start, x.name, x.reworded, x.alias))
        return out
    return []


#: keeping to rules: "adhere to", "abide by", "conform to", "stick to", "comply with" (then what is kept to)
_KEPT_TO = re.compile(
    r"\W*(?:(?:the\s+)?(?:ability|able)\s+to\s+|be\s+able\s+to\s+|must\s+)?(?:strictly\s+)?"
    r"(?:adher(?:e|es|ing)|compl(?:y|ies|ying)|conform(?:s|ing)?|abid(?:e|es|ing)|stick(?:s|ing)?)\s+(?:strictly\s+)?"
    r"(?:to|with|by)\s+(?:the\s+|all\s+|our\s+|company\s+(?=\w+\s))?(?P<obj>[^.;:]+?)\s*[.;]?$",
    re.I,
)
#: what is followed or kept to as a rule: "follow the procedures", "adhere to safety rules"
_RULE_NOUNS = frozenset(
    {"standard", "rule", "procedure", "policy", "guideline", "instruction", "regulation", "protocol",
     "process", "sop", "direction", "requirement", "law", "code", "practice", "plan", "schedule", "specification"}
)


def _named_action(base: str) -> bool:
    """Whether verb ``base`` names its action by a noun of its own ("clean": cleaning) or, a verb of work that is a noun
    as often, by its gerund ("water": watering; see :func:`_noun_verb_action`)."""
    return bool(_VERB_NOUNS.get(base)) or (base not in _VERB_NOUNS and base in _noun_verbs())


#: verbs of knowing a thing, named by what is known ("understand the menu": Menu)
_KNOWING_VERBS = frozenset({"understand", "know"})


def _part_name(
    item: str, part: list[_Tok], base: str, verb: _Tok, helping: bool, lead: str | None = None, tagged: str = "",
    *, worked: bool = False,
) -> str:
    """The name of a duty: its object ``part`` with the action of verb ``base`` (written ``verb``); ``lead``, the
    gerund of a phrasal verb and its particles ("looking after"), names the work done to people; ``tagged``, a verb
    no table holds (see :func:`_skill_names`), names the duty by its gerund as a verb the tables hold does."""
    lowers = [t.lower for t in part]
    written = _written(item, part)  # (the object as written: every name below holds it)
    head = lowers[lowers.index("of") - 1] if "of" in lowers[1:] else lowers[-1]
    # ("follow up with suppliers": Supplier follow-up; rules followed are named alone, as those complied with are:
    # "follow food hygiene standards": Food hygiene standards)
    followed = "follow-up" if base == "follow" and _singular(head) not in _RULE_NOUNS else None
    action = None if helping else _VERB_NOUNS.get(base, followed)
    # ("locks the doors": a verb of work that is a noun as often names its action too, "Door locking")
    tier = action is None and not helping and base not in _VERB_NOUNS and base in _noun_verbs()
    if tier and not (_singular(head) in SERVED and len(part) <= 3):
        action = _noun_verb_action(base)
    if base in _ROAD_VERBS and not helping and _singular(head) in _DRIVEN:
        # ("drive the delivery van": the driving of it, Delivery van driving; "drive sales" names the sales)
        words = written.split()
        words[-1] = _singular(words[-1])
        return _sentence_case(" ".join([*words, "driving" if base == "drive" else "riding"]))
    generic = action is None or action in _GENERIC_ACTIONS
    if worked and not names_no_skill(written):
        return _sentence_case(f"{_gerund(base, verb.lower)} {written}")  # "mix grout": Mixing grout
    if action is None and not helping and _singular(head) in SERVED and len(part) <= 3:
        # "Advising customers on prices": the people alone name no skill; the action done to them does
        name = f"{lead or _gerund(base, verb.lower)} {written}"
    elif lead and not helping and names_no_skill(written):
        # "sort out supply problems": what a phrasal verb works on names no skill alone (Supply problems); the
        # phrasal verb as written names the work on it (Sorting out supply problems)
        name = f"{lead} {written}"
    elif (
        action is None and not helping and base not in _VERB_NOUNS and base != "follow"
        and (_verb_base(base) is not None or base == tagged)
        and (not names_no_skill(written) or _aspect_only(written))
        and _singular(head) not in _PEOPLE_AND_PARTNERS
        and not any(t.lower in _SKILL_NOUNS for t in _tokens(item)[-2:])  # ("Clear written briefing skills")
    ):
        # "Decorate cakes": a verb whose action has no noun the namer knows names the duty by its gerund (Decorating
        # cakes), not by its object alone, which does not say the work ("Cakes" for "bake cakes" as for "decorate")
        name = f"{_gerund(base, verb.lower)} {written}"
    elif base in _KNOWING_VERBS and not helping and names_no_skill(written):
        # "understand guest needs": what is understood names the skill ("understand food safety rules": Food safety
        # rules), but when it names none alone (Guest needs), the understanding of it does: Understanding guest needs
        name = f"{_gerund(base, verb.lower)} {written}"
    elif action is None or (generic and _activity(head)) or (len(part) == 1 and part[0].text.isupper()):
        name = written
    elif (compound := _of_compound(part)) is not None:
        name = f"{compound} {action}"  # "maintain records of deliveries": Delivery record maintenance
    else:
        words = written.split()
        words[-1] = _singular(words[-1])
        name = " ".join([*words, action])
    return _sentence_case(name)


def _of_compound(part: list[_Tok]) -> str | None:
    """An object "H of T" (one noun, "of", a noun or two, "the" before them aside) as the compound English names its
    work with: "records of deliveries" -> "delivery record", "the progress of the orders" -> "order progress" (not
    "Records of delivery maintenance"); None for any other object."""
    texts = [t.text for t in part if t.lower != "the"]
    lowers = [t.lower() for t in texts]
    if not 3 <= len(lowers) <= 4 or lowers[1] != "of" or not all(w.isalpha() for w in lowers):
        return None
    if lowers[0] in _NO_COMPOUND_HEADS or any(w in _DROP_WORDS or w in _PREPOSITIONS for w in lowers[2:]):
        return None
    tail = [*texts[2:-1], _singular(texts[-1]) if not texts[-1].isupper() else texts[-1]]
    return " ".join([*tail, _singular(lowers[0])])


#: heads of "H of T" that measure or gather the thing after "of", no thing of its own ("a range of products")
_NO_COMPOUND_HEADS = frozenset(
    {"range", "variety", "number", "lot", "lots", "set", "sets", "group", "groups", "team", "teams", "kind", "kinds",
     "type", "types", "all", "part", "parts", "piece", "pieces", "amount", "amounts", "level", "levels",
     "knowledge", "understanding"}
)


def _names_skills(toks: list[_Tok], k: int) -> bool:
    """Whether the gerund at ``k`` (and any joined to it) modifies a noun of skill: "listening skills",
    "writing and listening skills"."""
    j = k
    while j < len(toks) and (toks[j].lower.endswith("ing") or toks[j].lower in {"and", ",", "&", "/"}):
        j += 1
    if j == k + 1 and toks[k].lower in _PERMIT_GERUNDS and j < len(toks) and toks[j].lower in _PERMITS_OR_COURSES and (
        j + 1 == len(toks) or not (
            toks[j + 1].lower.isalpha() and toks[j + 1].lower not in {"and", "or"} | _PREPOSITIONS
        )
    ):
        # "a good driving record", "forklift driving licence": a record or permit of the work, no duty; "a training
        # program", "nursing course": the course one learns the work on
        return True
    return j > k and j < len(toks) and toks[j].lower in _SKILL_NOUNS and toks[j - 1].lower.endswith("ing")


#: courses and plans of learning a gerund of :data:`_PERMIT_GERUNDS` names the work of: "training program"
_COURSES = frozenset(
    {"program", "programs", "programme", "programmes", "course", "courses", "session", "sessions", "scheme",
     "schemes", "module", "modules", "manual", "manuals", "materials", "plan", "plans"}
)
#: gerunds of work that name records and permits of it: "driving licence", "riding test", "trading history"
_PERMIT_GERUNDS = frozenset(
    {"driving", "riding", "flying", "sailing", "trading", "teaching", "nursing", "catering", "training", "banking"}
)
#: records and permits a gerund names the work of: "driving licence", "driving record", "trading history"
_PERMITS = frozenset(
    {"licence", "license", "licences", "licenses", "record", "records", "history", "permit", "permits",
     "certificate", "certificates", "certification", "test", "endorsement", "card"}
)
#: what a gerund of :data:`_PERMIT_GERUNDS` before it makes a record, permit or course of the work, no duty
_PERMITS_OR_COURSES = _PERMITS | _COURSES


#: the people a duty is done for or to ("advise customers", "help patients"): alone, no skill (requirements.no-skill)
SERVED = frozenset(
    {"customer", "client", "guest", "patient", "visitor", "shopper", "consumer", "caller", "passenger", "resident",
     "member", "student", "user", "diner", "traveller", "traveler", "tenant", "borrower", "pupil", "buyer"}
)


#: verbs of two syllables or more stressed on the last, which double a last consonant before "-ing" ("refer")
_STRESSED_LAST = frozenset({"refer", "prefer", "transfer", "admit", "commit", "permit", "submit", "omit", "control",
                            "patrol", "equip", "occur", "begin", "forget", "regret", "compel", "expel", "upset"})


def duty_object(name: str) -> str | None:
    """The object alone of a duty named by its gerund because its verb's action has no noun the namer knows
    ("Decorating cakes" -> "Cakes"): another name of that skill, the name it had before it said the work.

    >>> duty_object("Decorating cakes"), duty_object("Greeting customers"), duty_object("Stock management")
    ('Cakes', None, None)
    """
    words = name.split()
    if len(words) < 2 or not words[0].lower().endswith("ing"):
        return None
    base = verb_base(words[0].lower())
    if base is None or base in _VERB_NOUNS or base == "follow" or _singular(words[-1].lower()) in SERVED:
        return None
    if base in _ADVISING_VERBS and not _ADVICE_ON.isdisjoint(w.lower() for w in words[1:4]):
        return None  # ("Advising customers on plant care", "Advising on prices": the people or the subject alone)
    return _sentence_case(" ".join(words[1:]))


def duty_gerund(duty: str) -> str | None:
    """A duty as written named by its verb's gerund ("manage bids" -> "managing bids", "operate forklifts" ->
    "operating forklifts"): another name of the skill a reworded duty names ("Bid management"), the way the duty is
    said as an activity; None when the duty does not open with a verb or already opens with a gerund.

    >>> duty_gerund("manages managers"), duty_gerund("create marketing materials"), duty_gerund("plan the rota")
    ('managing managers', 'creating marketing materials', 'planning the rota')
    >>> duty_gerund("handling complaints"), duty_gerund("customer service")
    (None, None)
    >>> duty_gerund("load and unload laundry trolleys")
    'loading and unloading laundry trolleys'
    """
    words = duty.split()
    first = words[0].lower() if words else ""
    if not first or first.endswith("ing"):
        return None
    base = verb_base(first)
    if base is None or (base != first and not first.endswith(("s", "ed"))):
        return None  # ("manages", "managed" are the verb's; a word the table reads another way is not)
    rest = words[1:]
    second = verb_base(rest[1].lower()) or (noun_verb(rest[1].lower()) or (None,))[0] if len(rest) > 2 else None
    if second is not None and rest[0] in {"and", "or"}:
        rest = [rest[0], _gerund(second, second), *rest[2:]]  # "load and unload vans": loading and unloading vans
    return " ".join([_gerund(base, base), *rest])


def _gerund(base: str, written: str) -> str:
    """The gerund of a verb as written ("advising"), else made from its base form by the rules of English spelling:
    a silent "e" goes ("advise" -> "advising", not "see" -> "seeing"), "ie" turns "y" ("tie" -> "tying"), and a
    last consonant after one short vowel is doubled in a verb of one syllable or one stressed on its last, as in
    British spelling after an "l" too ("plan" -> "planning", "travel" -> "travelling"; not "open", "visit").

    >>> [_gerund(v, v) for v in ("run", "plan", "open", "visit", "lay", "wash", "serve", "tie", "see", "label")]
    ['running', 'planning', 'opening', 'visiting', 'laying', 'washing', 'serving', 'tying', 'seeing', 'labelling']
    """
    if written.endswith("ing"):
        return written
    if base.endswith("ie"):
        return base[:-2] + "ying"
    if base.endswith("e") and not base.endswith(("ee", "ye", "oe")):
        return base[:-1] + "ing"
    vowels = [c in "aeiou" for c in base]
    syllables = sum(1 for a, b in itertools.pairwise([False, *vowels]) if b and not a)
    short = len(base) >= 3 and vowels[-2:] == [True, False] and not vowels[-3] and base[-1] not in "wxy"
    if short and (syllables == 1 or base in _STRESSED_LAST or base.endswith("l")):
        return base + base[-1] + "ing"
    return base + "ing"


#: words that say by what means a duty is done: "raise visibility through SEO, keyword research and ads"
_MEANS_WORDS = frozenset({"through", "using", "via"})
#: what may stand between such a word and the means it lists: "using tools like", "through techniques such as"
_MEANS_FILLER = frozenset({"tools", "tool", "techniques", "software", "platforms", "like", "such", "as", "e.g", "e.g.",
                           "including", "the", "a", "an"})


def _means(item: str, obj: list[_Tok]) -> list[SkillName]:
    """The means a duty names after its object ("Optimise visibility through SEO, keyword research and paid ads":
    SEO, keyword research, paid ads): each a skill as written (requirements.duty-names)."""
    at = next((j for j, t in enumerate(obj) if t.lower in _MEANS_WORDS and j > 0), None)
    if at is None:
        return []
    tail = obj[at + 1 :]
    while tail and tail[0].lower in _MEANS_FILLER:
        tail = tail[1:]
    out: list[SkillName] = []
    parts: list[list[_Tok]] = [[]]
    for t in tail:
        if t.lower in {",", "and", "or", "&"}:
            parts.append([])
        else:
            parts[-1].append(t)
    for raw in parts:
        part = _cut(raw, _OBJECT_STOPS)
        while part and part[0].lower in _DROP_WORDS:
            part = part[1:]
        if part and len(part) <= 4 and not _bad(part):
            out.append(SkillName(part[0].start, part[-1].end, _sentence_case(_written(item, part)), True))
        if len(part) < len(raw):
            break  # "paid ads on platforms to lift sales": the list ends where this part is cut
    return out


#: words before "to" that take an infinitive as their object ("ability to", "how to"), not a purpose
_TO_TAKERS = frozenset(
    {"ability", "able", "how", "need", "needs", "want", "wants", "have", "has", "is", "are", "be", "required",
     "expected", "willing", "eager", "learn", "learning", "likely", "responsibility", "job", "role", "aim", "goal",
     "used", "capacity", "skills", "skill", "opportunity", "chance", "tendency", "ready", "keen", "going", "help",
     "helps", "helping"}
)
_CLAUSE_WORDS = frozenset({"that", "which", "whereby", "so", "however", "although", "though", "whereas"})
#: nouns naming skills themselves: "with" after one adds a second quality, not a partner
_SKILL_NOUNS = frozenset({"skills", "skill", "abilities", "ability"})
#: a person named by a quality: "a team player with good numeracy", "a confident communicator with an eye for detail"
QUALITY_PEOPLE = frozenset({"player", "communicator", "self-starter", "starter", "thinker", "learner", "listener",
                             "multitasker", "multi-tasker", "negotiator", "problem-solver"})
#: words before "skills" that name no skill: then an infinitive after it is the skill ("the skills to negotiate")
_SKILL_DEGREES = frozenset(
    {"the", "a", "an", "strong", "good", "excellent", "great", "solid", "proven", "necessary", "required", "right",
     "basic", "some", "your", "their", "to", "and", "or", ","}
)
#: every word at which clause_end may stop a list
_CLAUSE_STARTS = _CLAUSE_WORDS | frozenset({"because", "is", "are", "was", "were", "to", "with", "in", "by"})
_PARTNER_VERBS = ("work", "collaborat", "partner", "liais", "coordinat", "communicat")


#: prepositions whose object may be a list of gerunds: "experience in leading teams, creating plans, ..."
_GERUND_PREPOSITIONS = frozenset({"in", "of", "at", "with", "for"})


def _gerunds_after_preposition(words: list[str], k: int) -> bool:
    """Whether the gerund at ``k`` (after a comma) goes on a list of gerunds that a preposition opened before it
    ("experience in leading teams, creating plans"): one more item, not a participle saying how or what for.

    >>> words = "experience in leading teams , creating plans".split()
    >>> _gerunds_after_preposition(words, 5)
    True
    >>> words = "manage stock , flagging gaps".split()
    >>> _gerunds_after_preposition(words, 3)
    False
    """
    return any(
        words[p].endswith("ing") and len(words[p]) > 4 and words[p - 1] in _GERUND_PREPOSITIONS
        for p in range(1, k - 1)
    )


def _one_party_closing(words: list[str], k: int) -> bool:
    """Whether "with" at ``k`` of ``words`` (lower-case tokens), after a verb of working together that opens one more
    duty of a series ("..., and liaising with the finance team", "..., and working closely with the sales and design
    teams on launches"), names the parties of that duty alone: no comma follows among them before the list ends
    (a full stop, "to", a clause word, the end), so no list of partners can be cut into items."""
    opening = k - 2 if words[k - 1].endswith("ly") and k >= 2 and _verb_base(words[k - 2]) else k - 1
    if _verb_base(words[opening]) is None or not (
        (opening >= 2 and words[opening - 1] in {"and", "or"})
        or not any(w[:1].isalnum() for w in words[:opening])
    ):
        return False  # (or the verb opens the item: "Working with the chefs", "Work closely with the porters")
    stretch: list[str] = []
    for word in words[k + 1 : k + 9]:
        if word == ",":
            return False
        if word in {".", ";", "to", "that", "which", "who", "so", "in", "for"} or not word.strip():
            break  # (a line's end too)
        stretch.append(word)
    else:
        if len(words) - k - 1 > 8:
            return False
    # (the parties' head closes the stretch: "sales and marketing teams", "the finance team")
    return bool(stretch) and _partners_after(stretch[-1:], 0)


#: words joining the last two items of a list, no object of a verb before them: "scheduling and client letters"
_LAST_JOINS = frozenset({"and", "or"})


def clause_end(words: list[str], start: int = 0) -> int:
    """Where a list of skills in ``words`` (lower-case tokens) stops: a purpose, relative clause or partner list.

    Returns the index of the first word that is no longer part of the list (``len(words)`` if none).

    Examples
    --------
    >>> words = "crafting pricing plans that lift margins , grow reach".split()
    >>> words[: clause_end(words)]
    ['crafting', 'pricing', 'plans']
    >>> words = "ability to run audits , shelf checks".split()
    >>> clause_end(words) == len(words)
    True
    >>> words = "working cross-functionally with buyers , planners".split()
    >>> words[: clause_end(words)]
    ['working', 'cross-functionally']
    """
    tail = words[max(start, 1) :]
    if _CLAUSE_STARTS.isdisjoint(tail) and ("," not in tail or not any(w.endswith("ing") for w in tail)):
        return len(words)  # (a plain list: none of the words a clause opens with, no participle after a comma)
    for k in range(max(start, 1), len(words)):
        word, before = words[k], words[k - 1]
        if word not in _CLAUSE_STARTS and (before != "," or not word.endswith("ing")):
            continue  # (most words: none of the tests below can end the list at them)
        if word == "that" and _state_clause(words, k):
            continue  # "ensure that the rooms are clean", "make sure that ...": the state seen to is the duty's
        if word in _CLAUSE_WORDS and before not in {"such", "so", "and", "or", ","}:
            return k
        if word == "because":
            return k  # "stamina, because you talk for hours": why, not what
        if before == "," and word.endswith("ing") and not words[0].endswith("ing") and (base := _verb_base(word)) and (
            base[0] in _PURPOSE_VERBS or base[0] in _GOAL_VERBS or _verb_base(words[0]) == (words[0], False)
        ) and not _gerunds_after_preposition(words, k) and k - 1 not in advice_commas(words, 0, len(words)) and (
            k + 1 >= len(words) or words[k + 1] not in _LAST_JOINS
        ):
            # "maintain listings, ensuring titles are accurate": what the duty is for; "manage stock, flagging
            # gaps": after a duty in the imperative, how it is done (not a series advised on: "advise guests on the
            # hire, fitting and care of boots"; nor an activity listed by its gerund before the list's last item:
            # "handle billing, scheduling and client letters")
            return k
        if word == "by" and k + 1 < len(words) and words[k + 1].endswith("ing") and len(words[k + 1]) > 4:
            return k  # "coordinate promotions by scheduling markdowns, ...": how, not another duty
        if word in {"is", "are", "was", "were"} and k > 1 and not _sees_to_state(words, k):
            if _another_predicate(words, k):
                continue  # "knows the rates, is familiar with the tills, and is able to ...": one subject's traits
            return k  # "ensure the page is fast, clear and ...": the rest says how it should be
        if word == "to" and before in _SKILL_NOUNS and k >= 2 and words[k - 2] not in _SKILL_DEGREES:
            return k  # "communication and interpersonal skills to bridge teams": what the named skills are for
        if word == "to" and before in _PLAIN_QUALITIES and k + 1 < len(words) and words[k + 1].isalpha() and (
            words[k + 1] not in _ARTICLES
        ):
            return k  # "the patience to wait", "the right attitude to fit in": what the trait is for, not a skill
        if word == "to" and k + 1 < len(words) and before not in _TO_TAKERS and not before.endswith("ed"):
            nxt = words[k + 1]
            base = _verb_base(nxt)
            if (base is not None and base[0] in _GOAL_VERBS) or nxt in _PURPOSE_VERBS or _found_out(words, k):
                return k
            if base == (nxt, False) and before != "," and words[0].endswith("ing") and _verb_base(words[0]):
                return k  # "planning services to follow up demand, ...": after a gerund's object, what it is for
        if word == "with" and (before.endswith("ly") or before in _SKILL_NOUNS or before in QUALITY_PEOPLE) and not (
            k >= 2 and words[k - 2].startswith(_PARTNER_VERBS) and _one_party_closing(words, k)
        ):
            return k  # (after "skills": a second quality, "organisational skills with an eye for detail")
        if word == "with" and before.startswith(_PARTNER_VERBS) and _partners_after(words, k + 1) and not (
            k == 1 and _verb_base(before) == (before, False)
        ) and not _one_party_closing(words, k):
            # "liaise with buyers, planners and ...": the partners (not "the ability to work with money"); an item
            # that opens with the verb names the liaison itself ("Liaise with suppliers and negotiate contracts")
            return k
        if word == "in" and k + 2 < len(words) and words[k + 1] == "the" and words[k + 2] == "following":
            return k
        if word in {"in", "so"} and words[k + 1 : k + 3] in (["order", "to"], ["as", "to"]):
            return k  # "bend and stoop in order to reach the shelves": what the skills are for
    return len(words)


#: nouns of the people or units one works with: "work with suppliers", "liaise with the finance team"
_PARTNER_NOUNS = frozenset(
    {"team", "department", "stakeholder", "supplier", "vendor", "partner", "colleague", "function", "unit",
     "agency", "store", "branch", "site", "office", "group", "staff", "people", "others", "everyone", "management",
     "business", "manufacturer", "brand", "carrier", "courier", "contractor", "peer"}
)
#: nouns of people, and of those worked with: their names are no object a duty's gerund names ("Decorating cakes")
_PEOPLE_AND_PARTNERS = _PERSON_NOUNS | _PARTNER_NOUNS
#: words ending like an agent noun that name things: "work with numbers", "work with computers"
_THING_NOUNS = frozenset(
    {"number", "computer", "paper", "order", "letter", "matter", "water", "register", "folder", "printer",
     "scanner", "error", "sector", "factor", "monitor", "calendar", "spreadsheet", "figure", "data", "money", "cash"}
)


def _partners_after(words: list[str], k: int) -> bool:
    """Whether the words after "with" at ``k`` name people or units one works with (their head, before a comma,
    "and" or a clause word): "buyers", "the finance team", "other stores"; not "money", "numbers", "data"."""
    head = None
    for word in words[k : k + 5]:
        if word in {",", "and", "or", ";", ".", "to", "on", "in", "for", "that", "who", "which", "as"}:
            break
        head = word
    if head is None:
        return False
    noun = _singular(head)
    if noun in _THING_NOUNS:
        return False
    if noun in _PERSON_NOUNS or noun in SERVED or noun in _PARTNER_NOUNS:
        return True
    return noun.endswith(("er", "or", "ist", "ant", "ent", "ian")) and head != noun


def _state_clause(words: list[str], k: int) -> bool:
    """Whether "that" at ``k`` of ``words`` (lower-case tokens) opens the state a verb of seeing to asks for right
    before it ("ensure that the rooms are clean", "make sure that goods are available in stores"): a thing of a few
    words, a verb joining it to its state, and the state (see :func:`_sees_to_state`); not a clause of another
    kind ("make sure that sales and marketing align with the goals")."""
    before = words[k - 1]
    if (
        before not in {"ensure", "ensures", "ensuring"}
        and before not in _CHECKING_THAT_FORMS
        and words[k - 2 : k] != ["make", "sure"]
    ):
        return False
    link = next((j for j in range(k + 2, min(k + 7, len(words))) if words[j] in _STATE_LINKS), None)
    return link is not None and _sees_to_state(words, link)


def list_spans(words: list[str]) -> list[tuple[int, int]]:
    """The stretches of ``words`` (lower-case tokens) that list skills: each clause cut off, the list resumed
    at a later duty (", and choose ...") or at "including" / "such as".

    Examples
    --------
    >>> words = "analyse the market that they serve , and choose the products that sell".split()
    >>> [words[a:b] for a, b in list_spans(words)]
    [['analyse', 'the', 'market'], ['choose', 'the', 'products']]
    """
    out = []
    k, n = 0, len(words)
    while k < n:
        end = k + clause_end(words[k:])
        if end < n and words[end] == "by" and _goal_first(words, k, end):
            k = end + 1  # "grow footfall by running open days, ...": the means of a goal are the duties, not it
            continue
        out.append((k, end))
        if end < n and _means_or_purpose(words, k, end):
            k = end + 1  # "run the desk by greeting guests, ...", "work with the chef to plan menus": duties too
            continue
        if end >= n or words[end] == "by":
            break  # (what follows says how, however many duties it lists)
        if words[end] == "with" and (words[end - 1] in _SKILL_NOUNS or words[end - 1] in QUALITY_PEOPLE):
            k = end + 1  # "organisational skills with attention to detail", "team player with ...": two qualities
            continue
        purpose = words[end - 1] == "," and words[end].endswith("ing")
        if purpose and _checking_participle(words, end):
            k = end  # "Unload the vans, inspecting the trolleys and ...": the participle's work is a duty too
            continue
        # "planning services to follow up X, ensure Y, and improve Z": after a gerund's purpose, a verb not in
        # the gerund is more of the purpose, no later duty
        infinitives = words[end] == "to" and words[0].endswith("ing") and _verb_base(words[0]) is not None
        # "the stamina to lift cases, the tact to calm guests, and the patience to wait": after a trait's purpose,
        # another trait (or skills) with its own purpose goes on the list
        traits = words[end] == "to" and words[end - 1] in _SKILL_NOUNS | _PLAIN_QUALITIES
        k = end + 1
        while k < n:
            if traits and words[k] == "," and (nxt := _parallel_trait(words, k + 1)) is not None:
                k = nxt
                break
            if words[k] == "including" or (words[k] == "as" and words[k - 1] == "such"):
                if examples_of_places(words, k, 0, n):
                    k = n  # "on sites such as A and B": names of places or firms, no skills
                    break
                k += 1
                break
            if words[k] == "to" and not purpose and not infinitives and _aims_at(words, k):
                k += 1  # "talk with tenants to settle disputes, ...": a verb of work after the object, a duty
                break
            if words[k] in {",", ";"} and k + 1 < n and not purpose:
                nxt = k + 2 if words[k + 1] in {"and", "or"} and k + 2 < n else k + 1
                verb = _verb_base(words[nxt])
                if verb is not None and words[nxt].endswith("ing") and not words[0].endswith("ing"):
                    k = n  # "manage stock, flagging gaps": a participle after a duty in the imperative says how
                    break
                takes = nxt + 1 < n and words[nxt + 1] not in {",", "and", "or", ".", ";"}  # a verb with its object
                if infinitives and not words[nxt].endswith("ing"):
                    verb = None
                if verb is not None and words[nxt] not in _AMBIGUOUS and verb[0] not in _GOAL_VERBS and takes:
                    k = nxt
                    break
            k += 1
    return [(a, b) for a, b in out if b > a]


def _means_or_purpose(words: list[str], k: int, end: int) -> bool:
    """Whether the clause at ``end``, after a duty's stretch from ``k``, names more duties: the gerunds after "by"
    ("run the front desk by greeting guests, booking taxis ..."), or the work a verb of working together is done for,
    an infinitive of a verb of work after the partners ("work closely with the chef to plan the menus", "liaise
    with the wards to ensure ..."; not a measure to raise or a result wanted: "to grow sales", "to drive growth")."""
    nxt = words[end + 1] if end + 1 < len(words) else ""
    if words[end] == "by":
        return len(nxt) > 4 and nxt.endswith("ing") and verb_base(nxt) is not None
    if words[end] != "to" or not nxt.isalpha():
        return False
    if nxt in _ENSURING_FORMS and end + 3 < len(words) and _COMPLYING.get(words[end + 2]) == words[end + 3]:
        return True  # "check the logs to ensure compliance with fire rules": keeping to rules, a duty of its own
    found = _verb_base(nxt)
    if found is None or found[1] or found[0] in _GOAL_VERBS or found[0] in _RESULT_VERBS:
        return False
    return any(
        words[j].startswith(_PARTNER_VERBS)
        and _verb_base(words[j]) is not None
        and "with" in words[j + 1 : j + 3]
        for j in range(k, end - 2)
    )


def _parallel_trait(words: list[str], j: int) -> int | None:
    """Where a noun phrase of a trait or of skills opens at ``j`` (after "and"), when "to" (or the end of the list)
    follows its noun within six words: "and the patience to wait", "the critical thinking skills to ..."; else None.
    """
    if j < len(words) and words[j] in {"and", "or"}:
        j += 1
    for m in range(j, min(j + 6, len(words))):
        word = words[m]
        if word in _SKILL_NOUNS | _PLAIN_QUALITIES:
            after = words[m + 1] if m + 1 < len(words) else "."
            return j if after in {"to", ".", ";"} or (after == "," and m > j) else None
        if not word.replace("-", "").isalpha() or word in _CLAUSE_STARTS or word in _FINITE or word in {"and", "or"}:
            return None
    return None


#: nouns of the places, media and parties of work, whose examples ("sites such as A and B", "suppliers such as C",
#: "outlets including D") are names of places, firms or people, no skills
EXAMPLE_PLACES = frozenset(
    {"site", "website", "marketplace", "store", "shop", "outlet", "venue", "location", "market", "region", "country",
     "setting",
     "city", "retailer", "supplier", "vendor", "partner", "brand", "company", "firm", "client", "customer",
     "manufacturer", "carrier", "courier", "agency", "contractor", "wholesaler", "distributor"}
    # the stuff a duty handles and the measures it is judged by: "packaging materials like boxes and tape",
    # "KPIs like response time": things, no skills (what is done with them is the duty)
    | {"material", "supply", "consumable", "kpi", "metric", "destination"}
)


def examples_of_places(lowers: list[str], j: int, first: int, stop: int) -> bool:
    """Whether token ``j`` of ``lowers`` (lower-case words, read from ``first`` to ``stop``) opens examples
    ("including", "like", "such as") of a place, medium or party of the work: the noun right before it is one, in the
    plural, as examples are given ("marketplaces such as", "outlets including"); after a comma "including" may give
    examples of something named earlier ("pricing across all venues, including menu costing").

    >>> words = "sell on marketplaces such as amazon and etsy".split()
    >>> examples_of_places(words, 4, 0, len(words))
    True
    >>> words = "master techniques such as braising".split()
    >>> examples_of_places(words, 3, 0, len(words))
    False
    """
    if j >= stop:
        return False
    such = lowers[j] == "as" and j > first and lowers[j - 1] == "such"
    if not (lowers[j] in {"including", "like"} or such):
        return False
    head = j - 2 if such else j - 1  # (right before: after a comma, "including" may look further back)
    if head > first and lowers[head] == "," and lowers[j] != "including":
        head -= 1  # "to shipping locations, such as bins or docks": the noun before the comma
    if head < first:
        return False
    word = lowers[head]
    if not (word.endswith("s") and _singular(word) in EXAMPLE_PLACES):
        return False
    # "the technical aspects of hotel websites, such as booking engines and ...": the place is the object of "of"
    # after a noun of parts; the examples are of those parts, the work (not "the running of our stores, such as")
    for k in range(head - 1, max(first - 1, head - 4), -1):
        if lowers[k] == "of":
            return not (k - 1 >= first and _singular(lowers[k - 1]) in _PART_NOUNS)
        if not lowers[k].replace("-", "").isalpha():
            break
    return True


#: nouns of the parts or sides of a thing, whose examples after "such as" are the parts: "aspects of hotel websites"
_PART_NOUNS = frozenset({"aspect", "part", "side", "area", "element", "component", "facet", "feature"})


#: verbs after "to" that say what a duty is for (goals): "to drive growth", "to deliver a seamless experience"
_PURPOSE_VERBS = frozenset(
    {"drive", "deliver", "ensure", "maintain", "support", "help", "create", "generate", "build", "keep", "make",
     "enable", "provide", "improve", "optimise", "optimize", "strengthen", "elevate", "increase", "achieve", "reach",
     "attract", "retain", "grow", "boost", "maximise", "maximize", "reduce", "meet", "hit", "exceed", "win",
     "protect", "secure", "sustain", "accelerate", "scale", "promote", "encourage", "engage", "delight"}
)


#: words that stand for the page's own role before a requirement cue: "you", "this role", "the candidate"
_PAGE_WORDS = frozenset({"you", "your", "i", "my", "candidate", "candidates", "applicant", "applicants", "hire"})
_ROLE_NOUNS = frozenset({"role", "position", "job", "post", "opening", "vacancy"})
_PRONOUNS = frozenset({"they", "he", "she", "their", "his", "her"})


def subject_word(words: list[str]) -> str | None:
    """What the words before a requirement cue (lower case) use as its subject, if not a role's name.

    ``"page"`` for the reader or writer or the post itself ("you", "my", "this role", "the ideal
    candidate"): the role the page is about; ``"pronoun"`` for "they", "he", "she": the role last
    talked about; None otherwise. The first such word counts.

    Examples
    --------
    >>> subject_word("this pivotal role".split()), subject_word(", they".split()), subject_word("most".split())
    ('page', 'pronoun', None)
    """
    for k, word in enumerate(words):
        if word in _PAGE_WORDS:
            return "page"
        if word in _PRONOUNS:
            return "pronoun"
        if word in _ROLE_NOUNS and any(w in {"this", "the", "our"} for w in words[max(0, k - 3) : k]):
            return "page"
    return None


#: words that open a requirement item when a list has lost its line breaks ("... conversion Strong negotiation
#: skills Proven experience of ..."): the first words of the filler openers and the adjectives items start with
_ITEM_OPENERS = frozenset(
    {p[0] for p in _OPENERS if len(p) > 1 and p[0] not in {"a", "all", "the", "is", "are", "be", "has", "have"}}
    | {"strong", "excellent", "proven", "good", "high", "significant", "solid", "sound", "demonstrated",
       "demonstrable", "previous", "prior", "minimum", "advanced", "basic", "fluent", "extensive", "relevant",
       "outstanding", "exceptional", "effective", "thorough", "superb", "understanding", "knowledge", "skills",
       "ability", "experience", "willingness", "confidence", "awareness"}
)
_RUN_ON_WORD = re.compile(r"\S+")
#: the fewest items a line must break into to be read as a list that lost its line breaks
_RUN_ON_ITEMS = 4


#: the most words a piece of a line of items may hold (a longer one is prose)
_PIECE_WORDS = 14
_PIECE_BREAK = re.compile(r"\s*;\s*|(?<=[a-z)])\.\s+(?=[A-Z])")


def line_items(line: str) -> list[tuple[int, int]]:
    """The items of a line that lists them with semicolons or as short sentences ("Pick orders; pack totes; load
    trailers." / "Warehouse experience. Forklift licence. Good eyesight."): their spans in ``line``, or [] when the
    line does not read so (fewer than three pieces, or a piece as long as a sentence of prose).

    Examples
    --------
    >>> text = "Pick orders with a scanner; pack totes; load trailers at the end of each shift."
    >>> [text[a:b] for a, b in line_items(text)]
    ['Pick orders with a scanner', 'pack totes', 'load trailers at the end of each shift']
    >>> line_items("We hire pickers every year. They start on nights and most of them stay with us for years.")
    []
    """
    pieces: list[tuple[int, int]] = []
    at = 0
    for cut in [*_PIECE_BREAK.finditer(line), None]:
        end = cut.start() if cut is not None else len(line.rstrip().rstrip(".;"))
        piece = line[at:end]
        if piece.strip():
            lead = len(piece) - len(piece.lstrip())
            pieces.append((at + lead, end))
        at = cut.end() if cut is not None else len(line)
    if len(pieces) < 3 or any(len(line[a:b].split()) > _PIECE_WORDS for a, b in pieces):
        return []
    return pieces


def run_on_items(line: str) -> list[tuple[int, int]]:
    """The items of a list whose line breaks were lost (a PDF pasted as one line): their spans in ``line``,
    or [] when the line does not read so.

    An item starts at a capitalised word that opens requirement items ("Experience", "Strong", "Proven",
    "Ability", ...) or is a verb of duty ("Manage", "Prepare"), right after a lower-case word that ends
    no clause (no punctuation, no "of", "and", "the" before it): "... on conversion Strong negotiation
    skills Proven experience ...". Words in capitals before the first item are a label, not an item.

    Examples
    --------
    >>> text = ("SKILLS Experience of menu costing in a busy kitchen Strong knife skills Ability to lead a "
    ...         "brigade of six cooks Good knowledge of food hygiene rules Prepare the weekly stock order")
    >>> [text[a:b] for a, b in run_on_items(text)]  # doctest: +NORMALIZE_WHITESPACE
    ['Experience of menu costing in a busy kitchen', 'Strong knife skills', 'Ability to lead a brigade of six
    cooks', 'Good knowledge of food hygiene rules', 'Prepare the weekly stock order']
    >>> run_on_items("We need experience with menus. Strong cooks are rare. Good staff stay. Ability matters here.")
    []
    """
    words = list(_RUN_ON_WORD.finditer(line))
    if len(words) < 6 * _RUN_ON_ITEMS:
        return []
    starts: list[int] = []
    for k in range(1, len(words)):
        word, before = words[k].group(), words[k - 1].group()
        if not (word[:1].isupper() and word[1:2].islower() and word.isalpha()):
            continue
        lower = word.lower()
        if lower not in _ITEM_OPENERS and (_verb_base(lower) is None or lower in _AMBIGUOUS):
            # ("... Order the weekly stock ...": a verb of work that is a noun as often, before an article)
            found = noun_verb(lower)
            if found is None or found[1] or k + 1 >= len(words) or not object_opener(words[k + 1].group().lower()):
                continue
        if before.isupper() and before.isalpha():
            starts.append(k)  # after a label in capitals: "SKILLS Experience of ..."
        elif before[-1:] in {".", ")"} or (
            before.isalpha() and before.lower() not in _FUNCTION_WORDS | _ARTICLES | _PREPOSITIONS
        ):
            starts.append(k)  # (after a full stop too: "... audience. Experience of ...")
    marks = len(re.findall(r"[.!?;](?:\s|$)", line.rstrip().rstrip(".")))
    if len(starts) < _RUN_ON_ITEMS - 1 or marks * 3 > len(starts):
        return []  # (few items, or sentences: prose, not a list run together)
    if not words[0].group().isupper() and starts[0] != 0:
        starts.insert(0, 0)
    bounds = [*starts, len(words)]
    return [(words[a].start(), words[b - 1].end()) for a, b in itertools.pairwise(bounds) if b > a]


#: a line whose list follows a colon inline, each item after a dash between spaces: "A porter typically: - Carries
#: bags - Calls taxis - Keeps the lobby tidy", "Duties include: – Rotas – Orders – Banking"
_DASH_HEAD = re.compile(r"(?P<head>[^:：\n]{3,120}?)\s*[:：]\s*[-–—•]\s+(?=\S)")
_DASH_SEPARATOR = re.compile(r"\s+[-–—•]\s+")
#: the most words an item of such a list holds: a list's items are short, prose between dashes is not
_DASH_ITEM_WORDS = 12
#: the fewest items such a line lists
_DASH_ITEMS = 3


#: a list's first item written on the line that announces it, after its colon and a bullet: "Duties include: > Counting
#: the float" (the other items on the lines under it)
_INLINE_BULLET = re.compile(r"[:：]\s*[>•▪]\s*(?=[^\W\d_])")


def inline_first_item(line: str) -> tuple[int, list[tuple[int, int]]] | None:
    """The first item of a list written right after the colon that announces it, behind a bullet ("Here are a few
    of its duties: > Counting the float (daily)"): where the words before the colon start (the sentence holding
    them), and the item's span in ``line``; None when the line holds none.

    >>> text = "Cashiers are busy. Their duties include: > Counting the float"
    >>> start, [(a, b)] = inline_first_item(text)
    >>> text[start:], text[a:b]
    ('Their duties include: > Counting the float', 'Counting the float')
    """
    found = _INLINE_BULLET.search(line)
    if found is None:
        return None
    end = len(line.rstrip())
    words = line[found.end() : end].split()
    if not words or len(words) > _DASH_ITEM_WORDS + 4:
        return None
    stop = max(line.rfind(mark, 0, found.start()) for mark in (". ", "! ", "? "))
    return (stop + 2 if stop >= 0 else 0), [(found.end(), end)]


def dash_items(line: str) -> tuple[int, list[tuple[int, int]]] | None:
    """A list written inline after a colon, its items apart by dashes between spaces (a bulleted list that lost its
    line breaks): where the words before the colon end, and each item's span in ``line``; None when the line does
    not read so (fewer than three items, or one too long to be an item).

    Examples
    --------
    >>> text = "A night porter usually: - Locks the doors - Checks fire exits - Logs late arrivals"
    >>> end, spans = dash_items(text)
    >>> text[:end], [text[a:b] for a, b in spans]
    ('A night porter usually', ['Locks the doors', 'Checks fire exits', 'Logs late arrivals'])
    >>> dash_items("Note: - this is an aside - not a list"), dash_items("Pay: £11 - £12 an hour")
    (None, None)
    """
    found = _DASH_HEAD.match(line)
    if found is None:
        return None
    spans: list[tuple[int, int]] = []
    at = found.end()
    for sep in [*_DASH_SEPARATOR.finditer(line, at), None]:
        end = sep.start() if sep is not None else len(line.rstrip())
        piece = line[at:end].rstrip(" .;,")
        words = piece.split()
        if not words or len(words) > _DASH_ITEM_WORDS or not any(c.isalpha() for c in piece):
            return None
        spans.append((at, at + len(piece)))
        if sep is not None:
            at = sep.end()
    if len(spans) < _DASH_ITEMS:
        return None
    return found.end("head"), spans
