"""The spaCy side of the text loader: the pipeline and the known vocabulary.

The pipeline is a blank English one (nothing is downloaded): the tokenizer
learns to split Chinese punctuation (、，。；：) and glued commas, sentences
split as spaCy's sentencizer splits them (and at line breaks), and every word's
``NORM`` is its lower-case lemma from the lookup table of spacy-lookups-data, so "Operation
Assistants", "operation assistant" and "operations assistant" all read
``operation assistant``. The :class:`Vocabulary` turns knowledge-base names and
aliases into a ``PhraseMatcher`` over those norms (with hyphen variants) and
indexes them for look-ups.
"""

from __future__ import annotations

import collections
import functools
import operator
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

import numpy
import spacy
from spacy.attrs import NORM, ORTH, SENT_START
from spacy.language import Language
from spacy.lookups import load_lookups
from spacy.matcher import PhraseMatcher
from spacy.pipeline import Sentencizer
from spacy.tokens import Doc
from spacy.util import compile_infix_regex, compile_prefix_regex, compile_suffix_regex

from careergraph.graph.schema import Label

__all__ = [
    "COMPARATIVE_POSTS",
    "LEAD_TITLES",
    "LEXICON_SINGLES",
    "ROLE_HEADS",
    "SHORT_RANKS",
    "STANDALONE_TITLES",
    "TITLE_HEADS",
    "Entry",
    "Vocabulary",
    "base_forms",
    "content_bag",
    "known_word",
    "make_nlp",
    "norm_of",
    "word_norm",
]

#: How many distinct chunks ("managers", "example,Tmall") the tokenizer may cache (spaCy keeps 10,000).
TOKENIZER_CACHE = 250_000
#: Chinese (and full-width) punctuation that translated text keeps.
_CJK_PUNCT = "、，。；：！？（）【】《》「」『』“”‘’"
#: Words that end a job title: "store manager", "data analyst", "customer service".
ROLE_HEADS = frozenset(
    {
        "manager",
        "specialist",
        "assistant",
        "director",
        "designer",
        "operator",
        "coordinator",
        "analyst",
        "supervisor",
        "personnel",
        "officer",
        "engineer",
        "developer",
        "representative",
        "executive",
        "commissioner",
        "planner",
        "buyer",
        "editor",
        "copywriter",
        "photographer",
        "host",
        "anchor",
        "streamer",
        "consultant",
        "clerk",
        "administrator",
        "strategist",
        "merchandiser",
        "accountant",
        "lead",
        "leader",
        "head",
        "trainer",
        "auditor",
        "recruiter",
        "scientist",
        "architect",
        "agent",
        "intern",
        "trainee",
        "operative",
        "processor",
        "2ic",  # "second in charge", as retail and hospitality write it: "Bakery 2IC", "Kitchen 2IC"
    }
)
def _lexicon() -> Any:
    from careergraph.loaders.title_lexicon import load_title_lexicon

    return load_title_lexicon()


#: American endings of agent nouns and their British spellings: "organizer" / "organiser", "laborer" / "labourer",
#: "jeweler" / "jeweller", "counselor" / "counsellor" (O*NET writes American English; many pages do not)
_BRITISH_ENDINGS = (
    (re.compile(r"([iy])zer$"), r"\1ser"),
    (re.compile(r"([^e])eler$"), r"\1eller"),
    (re.compile(r"elor$"), "ellor"),
    (re.compile(r"([^aeiou])or(er|ist)$"), r"\1our\2"),
)


def british_spellings(words: Iterable[str]) -> frozenset[str]:
    """The words and their British spellings, where an ending is spelled otherwise there.

    Examples
    --------
    >>> sorted(british_spellings(["laborer", "organizer", "jeweler", "counselor", "buyer"]))
    ['buyer', 'counsellor', 'counselor', 'jeweler', 'jeweller', 'laborer', 'labourer', 'organiser', 'organizer']
    """
    out = set(words)
    for word in list(out):
        for pattern, spelled in _BRITISH_ENDINGS:
            other = pattern.sub(spelled, word)
            if other != word:
                out.add(other)
    return frozenset(out)


#: Head words of British trade titles that the American O*NET lexicon lacks or ends fewer than three titles with, each
#: a person only ("a home carer", "trainee scaffolders", "a railway signaller", "the yard shunter", "a registered
#: childminder", "a consultant anaesthetist", "an apprentice toolmaker"); one-word titles too
BRITISH_TRADE_HEADS = frozenset(
    {"carer", "scaffolder", "signaller", "shunter", "childminder", "anaesthetist", "toolmaker"}
    | {"dj"}  # ("a music radio DJ", "our club DJ": a post the lexicon lacks)
)
#: Head words of job titles in general: ours and those ending at least three O*NET titles
#: (:mod:`careergraph.loaders.title_lexicon`): "processor", "associate", "buyer", "developer"; in British spelling too;
#: and the British trades' above.
TITLE_HEADS = (
    ROLE_HEADS | british_spellings(_lexicon().heads) | BRITISH_TRADE_HEADS | {"staff"}
)  # ("sales staff": read with its field)
#: One-word titles from the O*NET lexicon ("buyer", "supervisor", "cashier"): a title alone only where
#: the text uses it as a noun for a person (see careergraph.loaders.text_extract._title_mentions)
LEXICON_SINGLES = (british_spellings(_lexicon().singles) | BRITISH_TRADE_HEADS) - ROLE_HEADS.difference(
    {"buyer", "planner", "analyst", "supervisor"}
)

#: words that end many O*NET titles but alone mostly name a thing ("a hand", "the server", "a key holder"'s
#: "holder"): a title only as a whole title of the lexicon ("deck hand", "food servers", "key holder", "online
#: merchant", "food runner", "bar tender", "order filler")
TAIL_HEADS = frozenset({"hand", "holder", "server", "runner", "tender", "sister", "filler"})
#: British titles ending in such a word that the American lexicon lacks: "a kitchen hand", "ward sisters", a
#: supermarket's "shelf fillers" and "night fillers"
BRITISH_TAIL_TITLES = frozenset(
    {("kitchen", "hand"), ("cellar", "hand"), ("bar", "hand"), ("yard", "hand"), ("ward", "sister"),
     ("theatre", "sister"), ("nursing", "sister"), ("junior", "sister"), ("senior", "sister"),
     ("shelf", "filler"), ("night", "filler")}
)

#: the deputy's posts British retail and hospitality name by standing, a title whole ("2IC" is the short form)
SECOND_IN_TITLES = ("second in charge", "second in department")

#: lexicon words that end titles in O*NET but mostly name things or other people in running text
_NOT_HEADS = frozenset(
    {"system", "girl", "companion", "fellow", "orderly", "counsel", "critic", "judge", "escort", "cop", "competitor"}
)

#: Titles that name what they lead after "of": "head of SEO", "director of e-commerce", "VP of marketing".
LEAD_TITLES = ("head of", "director of", "vp of", "vice president of", "svp of", "evp of", "avp of", "chief of")
#: Head words that are a job title without any modifier ("copywriters", "an intern").
STANDALONE_TITLES = frozenset(
    {
        "copywriter",
        "intern",
        "trainee",
        "photographer",
        "videographer",
        "accountant",
        "recruiter",
        "merchandiser",
        "streamer",
        "livestreamer",
        "cashier",
        "courier",
    }
)


@functools.lru_cache(maxsize=1)
def _table() -> Mapping[str, str]:
    """spaCy's English lemma lookup table (spacy-lookups-data): each word form's lemma, read once."""
    return load_lookups("en", ["lemma_lookup"]).get_table("lemma_lookup")


def lemma(word: str) -> str:
    """A lower-case word's lemma in spaCy's lookup table, or the word itself when the table does not hold it.

    >>> lemma("swept"), lemma("sold"), lemma("telecaller")
    ('sweep', 'sell', 'telecaller')
    """
    return _table().get(word, word)


@functools.cache
def base_forms(pos: str) -> frozenset[str]:
    """The base forms of English words of one part of speech ("verb", "noun", "adj", "adv") in spaCy's lookup index
    (spacy-lookups-data, from WordNet), its table read once, when first asked.

    >>> "groom" in base_forms("verb"), "groom" in base_forms("noun"), "the" in base_forms("verb")
    (True, True, False)
    """
    return frozenset(_lemma_index()[pos])


@functools.lru_cache(maxsize=1)
def _lemma_index() -> Mapping[str, list[str]]:
    return load_lookups("en", ["lemma_index"]).get_table("lemma_index")


def known_word(word: str) -> bool:
    """Whether the lemma table knows a lower-case word, inflected or as a base form: English text's common words.

    Examples
    --------
    >>> known_word("customer"), known_word("customers"), known_word("telecaller")
    (True, True, False)
    """
    return word in _table() or word in _lemma_values()


@functools.lru_cache(maxsize=1)
def _lemma_values() -> frozenset[str]:
    return frozenset(_table().values())


#: words of rank written short in titles, and the word each stands for ("Sr. Buyer" is a senior buyer)
SHORT_RANKS = {
    "sr": "senior", "sr.": "senior", "snr": "senior", "snr.": "senior", "jr": "junior", "jr.": "junior",
    "jnr": "junior", "jnr.": "junior", "asst": "assistant", "asst.": "assistant", "assoc": "associate",
    "assoc.": "associate",
}


#: a job noun the lemma table reads as an adjective's comparative ("cleaner" as "clean", "fitter" as "fit") keeps
#: its own norm where it ends at least this many O*NET titles: a common post ("office cleaner", "gas fitter",
#: "mortgage broker"), not a rare one whose comparative is the usual reading ("a rounder", "closer to home")
_COMPARATIVE_POSTS_MIN = 20


def _comparative_posts() -> dict[str, str]:
    """The job nouns ending at least ``_COMPARATIVE_POSTS_MIN`` O*NET titles that the lemma table reads as a
    comparative (the word less "er", "r" or a doubled consonant and "er"), each kept as itself.

    Examples
    --------
    >>> sorted(_comparative_posts())
    ['broker', 'cleaner', 'fitter']
    """
    table, lexicon = _table(), _lexicon()
    read_as = {w for w in lexicon.heads if w.endswith("er") and table.get(w, w) in (w[:-2], w[:-1], w[:-3])}
    ends = collections.Counter(title[-1] for title in lexicon.titles if title[-1] in read_as)
    return {w: w for w, n in ends.items() if n >= _COMPARATIVE_POSTS_MIN}


#: nouns of work the lemma table reads as another verb's past form ("crew" as "crow", "ground" as "grind") or as
#: an adjective's comparative ("cleaner", see ``_comparative_posts``)
_NOUNS_KEPT = {"crew": "crew", "ground": "ground", **_comparative_posts()}
#: the job nouns spelled as a comparative: a title's head only where no "than" or noun follows ("a cleaner kitchen")
COMPARATIVE_POSTS = frozenset(_NOUNS_KEPT) - {"crew", "ground"}


def _unlisted_plurals() -> dict[str, str]:
    """The plurals of one-word titles and title heads that the lemma table does not know, each read as its singular
    ("baristas" -> barista, "sommeliers" -> sommelier), so a plural title matches its head as "cashiers" does; not a
    plural the table knows as a word of its own, nor the plural of a word in "-man" or in "-y".

    Examples
    --------
    >>> plurals = _unlisted_plurals()
    >>> plurals["baristas"], plurals["sommeliers"], "cashiers" in plurals, "foremans" in plurals
    ('barista', 'sommelier', False, False)
    """
    table, values = _table(), _lemma_values()
    out: dict[str, str] = {}
    for word in TITLE_HEADS | LEXICON_SINGLES:
        if not word.isalpha() or len(word) < 4 or word.endswith(("man", "person", "y", "s")) or word in values:
            continue
        plural = word + ("es" if word.endswith(("ch", "sh", "x", "z")) else "s")
        if plural not in table and plural not in values:
            out[plural] = word
    return out


#: plurals of titles the lemma table lacks, read as their singulars (see ``_unlisted_plurals``)
_PLURALS_KEPT = _unlisted_plurals()


def _norm_getter(text: str) -> str:
    low = text.lower()
    return SHORT_RANKS.get(low) or _NOUNS_KEPT.get(low) or _table().get(low) or _PLURALS_KEPT.get(low, low)


def word_norm(word: str) -> str:
    """The norm the pipeline gives one word: its lower-case lookup lemma.

    Examples
    --------
    >>> word_norm("Later"), word_norm("promoted")
    ('late', 'promote')
    """
    return _norm_getter(word)


#: The sentence-end marks: spaCy's sentencizer's and the Chinese full stops.
SENTENCE_ENDS = frozenset({*Sentencizer.default_punct_chars, "。", "！", "？", "；"})
# what the sentence splitter needs to know of a word type (cached by its orth id)
_WORD, _END, _MARK = 0, 1, 2  # a word (or space), a sentence-end mark, other punctuation
_NEWLINE = 4  # a space holding a line break (bit added to _WORD)
_NOT_START = 2**64 - 1  # -1 as the uint64 that Doc.from_array reads


def _index(values: list[int], value: int, start: int) -> int:
    """``values.index(value, start)`` or -1."""
    try:
        return values.index(value, start)
    except ValueError:
        return -1


def _kind_of(text: str, is_punct: bool) -> int:
    if text in SENTENCE_ENDS:
        return _END
    if is_punct:
        return _MARK
    return _WORD | (_NEWLINE if "\n" in text and text.isspace() else 0)


def sentence_starts(kinds: list[int]) -> list[int]:
    """Sentence starts from the word kinds of a doc, by the sentencizer's rule plus line breaks.

    After a sentence-end mark, the next token that is neither a mark nor punctuation starts a
    sentence; so does the token after a space holding a line break. Token 0 always starts one.
    """
    n = len(kinds)
    starts = {0} if n else set()
    scanned = -1
    k = -1
    while (k := _index(kinds, _END, k + 1)) >= 0:
        if k < scanned:
            continue  # a mark among marks: the same sentence start
        j = k + 1
        while j < n and kinds[j] in (_END, _MARK):
            j += 1
        if j < n:
            starts.add(j)
        scanned = j
    k = -1
    while (k := _index(kinds, _WORD | _NEWLINE, k + 1)) >= 0:
        if k + 1 < n:
            starts.add(k + 1)
    return sorted(starts)


#: the word kind of a :class:`WordTypes` row (what :func:`sentence_starts` reads)
_ROW_KIND = operator.itemgetter(6)


def word_kinds(doc: Doc, orths: list[int], rows: list[tuple[str, bool, bool, int, bool, bool, int]]) -> list[int]:
    """The kind of each word of ``doc`` (what :func:`sentence_starts` reads), from its :class:`WordTypes` rows.

    A "?" glued to the figure after it is a currency sign lost in a conversion ("is ?14,50,000 a year"), not a
    question's end.
    """
    kinds = list(map(_ROW_KIND, rows))
    question = doc.vocab.strings["?"]
    k = -1
    while (k := _index(orths, question, k + 1)) >= 0:
        if k + 1 < len(orths) and not doc[k].whitespace_ and doc[k + 1].text[:1].isdigit():
            kinds[k] = _MARK
    semicolon = doc.vocab.strings[";"]
    k = -1
    while (k := _index(orths, semicolon, k + 1)) >= 0:
        # "...; they also assist with ...": a semicolon before a pronoun standing for whom the sentence is about ends
        # a clause that is a sentence of its own
        if k + 2 < len(orths) and rows[k + 1][0] in _CLAUSE_PRONOUNS and doc[k + 1].text.islower():
            kinds[k] = _END
    return kinds


#: pronouns after a semicolon that open a clause of their own (word_kinds)
_CLAUSE_PRONOUNS = frozenset({"they", "he", "she"})


class WordTypes:
    """What the extraction rules read of each word type, worked out once per type (orth id).

    A row is ``(lower, is_alpha, is_space, length, like_num, is_punct, kind)``; reading these
    from lexemes once and mapping a doc's word ids through a dict is several times cheaper than
    asking spaCy for each attribute of each token.
    """

    def __init__(self, vocab: Any) -> None:
        self._vocab = vocab
        self._rows: dict[int, tuple[str, bool, bool, int, bool, bool, int]] = {}

    def _row(self, orth: int) -> tuple[str, bool, bool, int, bool, bool, int]:
        lex = self._vocab[orth]
        text = lex.orth_
        punct = lex.is_punct
        row = (lex.lower_, lex.is_alpha, lex.is_space, len(text), lex.like_num, punct, _kind_of(text, punct))
        if len(self._rows) > 1_000_000:  # an unbounded stream of new words must not grow it for ever
            self._rows.clear()
        self._rows[orth] = row
        return row

    def rows(self, orths: list[int]) -> list[tuple[str, bool, bool, int, bool, bool, int]]:
        """The row of every word id, in order."""
        try:
            return list(map(self._rows.__getitem__, orths))
        except KeyError:
            return [self._rows[orth] if orth in self._rows else self._row(orth) for orth in orths]


@Language.factory("careergraph_sentences")
def _make_sentences(nlp: Language, name: str) -> _Sentences:
    return _Sentences()


class _Sentences:
    """Sentence starts as spaCy's sentencizer sets them, plus one after every line break.

    The sentencizer reads each token as an object; this reads the word ids in one array and
    classes each word type once (:class:`WordTypes`), with the same rule: after a sentence-end mark, the next token
    that is neither punctuation nor a mark starts a sentence.
    """

    def __init__(self) -> None:
        self._types: WordTypes | None = None

    def starts(self, doc: Doc) -> list[int]:
        """The token indices that start a sentence (0 first, when the doc has tokens)."""
        if self._types is None:
            self._types = WordTypes(doc.vocab)
        orths = doc.to_array(ORTH).tolist()
        return sentence_starts(word_kinds(doc, orths, self._types.rows(orths)))

    def __call__(self, doc: Doc) -> Doc:
        flags = [_NOT_START] * len(doc)
        for k in self.starts(doc):
            flags[k] = 1
        values: Any = numpy.array(flags, dtype=numpy.uint64)  # Doc.from_array is typed for Ints2d only
        doc.from_array([SENT_START], values)
        return doc


class _Prefixes:
    """The tokenizer's prefix search, tried at a word's start only: every rule ``compile_prefix_regex`` joins is
    anchored there by the "^" it puts before it (each rule one group: "(?:→|->|=>)", so that the "^" holds for all
    its alternatives), so a match at the start is what the pattern's search finds, without trying the hundred or so
    rules at every character of every new word.

    >>> prefixes = _Prefixes(compile_prefix_regex(["[(]", "(?:→|->|=>)"]))
    >>> [(found.span() if found else None) for found in map(prefixes.search, ["(a", "a->b", "ab", "→a"])]
    [(0, 1), None, None, (0, 1)]
    """

    def __init__(self, prefix: re.Pattern[str]) -> None:
        self.prefix = prefix
        self.pattern = prefix.pattern  # (what spaCy saves of a tokenizer's prefix search)

    def search(self, text: str) -> re.Match[str] | None:
        return self.prefix.match(text)


def make_nlp() -> Language:
    """Return the blank English pipeline the loader uses (cached per process is up to the caller).

    Examples
    --------
    >>> nlp = make_nlp()
    >>> [t.norm_ for t in nlp("Operation Assistants、store managers")]
    ['operation', 'assistant', '、', 'store', 'manager']
    """
    nlp = spacy.blank("en")
    cjk = re.escape(_CJK_PUNCT)
    defaults: Any = nlp.Defaults
    infixes = [
        *defaults.infixes,
        rf"[{cjk}]",
        r"(?<=[A-Za-z\)\]]),(?=[A-Za-z])",
        r"(?<=[A-Za-z])[?!;:]+(?=[A-Za-z])",
        r"(?<=[a-z])\.(?=[A-Z])",
        r"→|->|=>|⇒|>>",
        # a currency sign glued to the word or figure before it starts a figure: a table's cells run together
        # ("Level 2$21.30 $26.60", "Porter£9.50")
        r"(?<=[0-9A-Za-z%])[$£€₹](?=[0-9])",
        # and a dollar's country letters glued to the word before them ("Warehouse assistantS$2,100")
        r"(?<=[a-z])(?:S|A|AU|C|CA|NZ|HK|US)\$(?=[0-9])",
    ]
    # a slash at a word's edge separates alternatives: "community/ social group operations"; an arrow is a token
    # of its own at a word's edge ("SDR->AE": one group, so that the "^" or "$" the rules get holds for every form)
    prefixes = [*defaults.prefixes, rf"[{cjk}]", r"(?:→|->|=>)", r"/"]
    suffixes = [*defaults.suffixes, rf"[{cjk}]", r"(?:→|->|=>)", r"/"]
    tokenizer: Any = nlp.tokenizer
    tokenizer.infix_finditer = compile_infix_regex(infixes).finditer
    tokenizer.prefix_search = _Prefixes(compile_prefix_regex(prefixes)).search
    tokenizer.suffix_search = compile_suffix_regex(suffixes).search
    # A lexeme's NORM is computed once per word type: the lower-case lookup lemma.
    vocab: Any = nlp.vocab
    vocab.lex_attr_getters[NORM] = _norm_getter
    for lexeme in nlp.vocab:
        lexeme.norm_ = _norm_getter(lexeme.orth_)
    # "Sr. Buyer", "Rs. 4,50,000": a short rank or currency is one word, not the end of a sentence
    for short in [*SHORT_RANKS, "rs."]:
        if short.endswith("."):
            for form in (short, short.capitalize()):
                tokenizer.add_special_case(form, [{ORTH: form}])
    tokenizer.max_cache_size = TOKENIZER_CACHE
    nlp.add_pipe("careergraph_sentences")
    return nlp


def norm_of(nlp: Language, text: str) -> tuple[str, ...]:
    """The norms of ``text`` as the matcher sees them.

    Examples
    --------
    >>> norm_of(make_nlp(), "Pre-Sales Customer Services")
    ('pre', '-', 'sale', 'customer', 'service')
    """
    return tuple(t.norm_ for t in nlp.make_doc(text) if not t.is_space)


@dataclass(frozen=True)
class Entry:
    """One known node: its label, key and canonical name."""

    label: Label
    key: str
    name: str


@dataclass
class Vocabulary:
    """Known roles, skills and job groups, ready for matching.

    Built from knowledge-base sections (see
    :func:`careergraph.loaders.kb.read_knowledge_base`).
    """

    nlp: Language
    entries: dict[str, Entry] = field(default_factory=dict)
    by_norm: dict[tuple[str, ...], Entry] = field(default_factory=dict)
    #: skill key -> its content-word sets (for "track and record data" ~ "data tracking and recording")
    skill_bags: dict[frozenset[str], str] = field(default_factory=dict)
    role_level: dict[str, int] = field(default_factory=dict)
    group_entry_role: dict[str, str] = field(default_factory=dict)
    _by_stem: dict[str, list[frozenset[str]]] = field(default_factory=dict)
    #: the last word of every role name or alias ("manager", "service")
    role_last_words: set[str] = field(default_factory=set)
    matcher: PhraseMatcher | None = None
    head_matcher: PhraseMatcher | None = None
    #: look-ups the rules derive from the entries once (filled on first use)
    derived: dict[str, Any] = field(default_factory=dict)
    #: one-word role names read only as written: norm -> the words ("purchase" -> {"purchasing"})
    exact_words: dict[str, frozenset[str]] = field(default_factory=dict)
    #: whitespace-separated chunks the tokenizer has been given alone (see :meth:`make_doc`)
    _chunks_seen: set[str] = field(default_factory=set, repr=False)

    def make_doc(self, text: str) -> Doc:
        """Tokenize ``text`` exactly as ``nlp.make_doc`` does, with the tokenizer's cache warmed first.

        Within one call, spaCy's tokenizer stops caching chunks after the first special case it
        meets (a contraction, "e.g.", a line break; explosion/spaCy#13950), so in a real article
        most words were split by the affix rules again on every reading (about 1.5 MB/s). Each
        whitespace-separated chunk not seen before is first tokenized alone, which caches it;
        the document itself is then read from the cache (over 15 MB/s once warm).

        Examples
        --------
        >>> vocab = Vocabulary(nlp=make_nlp())
        >>> text = "Don't stop: e.g. store managers become directors."
        >>> [t.text for t in vocab.make_doc(text)] == [t.text for t in vocab.nlp.make_doc(text)]
        True
        """
        tokenizer: Any = self.nlp.tokenizer
        seen = self._chunks_seen
        chunks = text.split()
        if len(seen) < tokenizer.max_cache_size and not seen.issuperset(chunks):  # (past that size: no caching)
            new = set(chunks).difference(seen)
            for chunk in new:
                tokenizer(chunk)
            seen.update(new)
        return self.nlp.make_doc(text)

    @classmethod
    def from_sections(cls, nlp: Language, sections: Mapping[str, Iterable[Mapping[str, Any]]]) -> Vocabulary:
        """Index the nodes of a knowledge base read by ``read_knowledge_base``.

        Parameters
        ----------
        nlp : spacy.language.Language
            The pipeline of :func:`make_nlp` (its norms are what is matched).
        sections : mapping
            ``roles``, ``skills`` and ``job_groups`` entries with ``key``, ``name``
            and optional ``aliases``, ``level`` and ``groups``.

        Returns
        -------
        Vocabulary

        Examples
        --------
        >>> roles = [{"key": "store-manager", "name": "Store manager", "aliases": ["shop manager"]}]
        >>> vocab = Vocabulary.from_sections(make_nlp(), {"roles": roles})
        >>> vocab.lookup(norm_of(vocab.nlp, "Shop Managers")).name
        'Store manager'
        """
        vocab = cls(nlp=nlp)
        vocab.matcher = PhraseMatcher(nlp.vocab, attr="NORM")
        # Roles first: a phrase that names a role and a group is read as the role.
        order = (("roles", Label.ROLE), ("job_groups", Label.JOB_GROUP), ("skills", Label.SKILL))
        levels: dict[str, list[tuple[int, str]]] = {}
        for section, label in order:
            for item in sections.get(section, ()):
                entry = Entry(label, str(item["key"]), str(item["name"]))
                vocab.entries[entry.key] = entry
                names = [item["name"], *item.get("aliases", ())]
                for name in names:
                    vocab._add_phrase(entry, str(name))
                if label is Label.ROLE and "level" in item:
                    vocab.role_level[entry.key] = int(item["level"])
                    for group in item.get("groups", ()):
                        levels.setdefault(group, []).append((int(item["level"]), entry.key))
        # translated text names a post by its function: "e-commerce platform operation" for the operator,
        # unless that phrase already names something else ("platform operations", a group)
        for item in sections.get("roles", ()):
            entry = vocab.entries[str(item["key"])]
            for name in [item["name"], *item.get("aliases", ())]:
                words = str(name).split()
                if len(words) >= 2 and words[-1].lower() == "operator":
                    variant = " ".join([*words[:-1], "operation"])
                    if norm_of(nlp, variant) not in vocab.by_norm:
                        vocab._add_phrase(entry, variant)
        vocab.group_entry_role = {group: min(ranked)[1] for group, ranked in levels.items()}
        # head words by norm ("managers" -> manager) and the "head of" opening; a PhraseMatcher is
        # a hash look-up per token, several times faster than a token-pattern Matcher here
        vocab.head_matcher = PhraseMatcher(nlp.vocab, attr="NORM")
        # a lexicon word whose lemma is another word ("baser" -> base, "sounder" -> sound) would match
        # that word: the matcher compares lemmas, so such words are left out
        lexicon = {w for w in TITLE_HEADS | LEXICON_SINGLES if w in ROLE_HEADS or norm_of(nlp, w) == (w,)}
        heads = (lexicon | STANDALONE_TITLES | ROLE_HEADS) - _NOT_HEADS
        vocab.head_matcher.add("ROLE_HEAD", [nlp.make_doc(word) for word in sorted(heads)])
        vocab.head_matcher.add("HEAD_OF", [nlp.make_doc(phrase) for phrase in LEAD_TITLES])
        vocab.head_matcher.add("TITLE_TAIL", [nlp.make_doc(word) for word in sorted(TAIL_HEADS - heads)])
        vocab.head_matcher.add("SECOND_IN", [nlp.make_doc(phrase) for phrase in SECOND_IN_TITLES])
        return vocab

    def _add_phrase(self, entry: Entry, name: str) -> None:
        assert self.matcher is not None
        variants = {name, name.replace("-", " "), name.replace("-", ""), name.replace("/", " / ")}
        for variant in variants:
            norms = norm_of(self.nlp, variant)
            if not norms or norms in self.by_norm:
                continue
            self.by_norm[norms] = entry
            self.matcher.add(entry.key, [self.nlp.make_doc(variant)])
            word = variant.lower()
            if entry.label is Label.ROLE and len(norms) == 1 and word.endswith("ing") and norms[0] != word:
                # "purchasing" names the post, but its lemma would match every "purchase"
                # (a skill named so, "sourcing", is the activity, and "source of goods" names it)
                self.exact_words[norms[0]] = self.exact_words.get(norms[0], frozenset()) | {word}
            if entry.label is Label.ROLE:
                self.role_last_words.add(norms[-1])
        if entry.label is Label.SKILL:
            norms = norm_of(self.nlp, name)
            bag = content_bag(norms)
            # one content word is enough when filler was dropped: "Category knowledge" ~ "category"
            if len(bag) >= 2 or (bag and len(norms) >= 2):
                self.skill_bags.setdefault(bag, entry.key)

    def skill_for(self, bag: frozenset[str]) -> str | None:
        """The known skill whose content words are ``bag``, give or take one word (at least two shared).

        Examples
        --------
        >>> skills = [{"key": "title-optimisation", "name": "Title optimisation"}]
        >>> vocab = Vocabulary.from_sections(make_nlp(), {"skills": skills})
        >>> vocab.skill_for(content_bag(norm_of(vocab.nlp, "optimize the title")))
        'title-optimisation'
        """
        found = self.skill_bags.get(bag)
        if found is not None or len(bag) < 2:
            return found
        if not self._by_stem:
            for known in self.skill_bags:
                for stem in known:
                    self._by_stem.setdefault(stem, []).append(known)
        for stem in bag:
            for known in self._by_stem.get(stem, ()):
                # one word more or less: "conversion rate" ~ "conversion rate optimisation",
                # "write a persuasive details page" ~ "detail page writing"
                if (bag < known or known < bag) and abs(len(known) - len(bag)) <= 1 and len(known) >= 2:
                    return self.skill_bags[known]
        return None

    def lookup(self, norms: Iterable[str]) -> Entry | None:
        """The known node named by these norms, if any (hyphens optional).

        Examples
        --------
        >>> roles = [{"key": "pre-sales", "name": "Pre-sales agent"}]
        >>> vocab = Vocabulary.from_sections(make_nlp(), {"roles": roles})
        >>> vocab.lookup(["pre", "sale", "agent"]).key, vocab.lookup(["agent"])
        ('pre-sales', None)
        """
        norms = tuple(norms)
        found = self.by_norm.get(norms)
        if found is None and "-" in norms:
            found = self.by_norm.get(tuple(n for n in norms if n != "-"))
        return found


#: Words that carry no content when comparing skill phrases.
FILLER = frozenset(
    {
        "a",
        "an",
        "the",
        "and",
        "or",
        "of",
        "to",
        "for",
        "in",
        "on",
        "with",
        "be",
        "able",
        "good",
        "strong",
        "rich",
        "certain",
        "some",
        "basic",
        "ability",
        "skill",
        "skills",
        "capability",
        "experience",
        "knowledge",
        "-",
        "/",
        ",",
        "、",
        "etc",
        ".",
        "understand",
        "understanding",
        "know",
        "aware",
        "familiar",
        "well",
        "very",
        "improve",
        "how",
        "do",
        "all",
        "relevant",
        "common",
        "daily",
    }
)


def content_bag(norms: Iterable[str]) -> frozenset[str]:
    """The stems of a phrase's content words, order and filler ignored.

    Examples
    --------
    >>> sorted(content_bag(("track", "and", "record", "datum")))
    ['datum', 'record', 'track']
    >>> content_bag(("optimize", "the", "title")) == content_bag(("title", "optimization"))
    True
    """
    return frozenset(_stem(n) for n in norms if n not in FILLER and any(c.isalnum() for c in n))


_SUFFIXES = ("isation", "ization", "ation", "ition", "ing", "ion", "ive", "ise", "ize", "ed")


def _stem(word: str) -> str:
    """A crude stem so that "optimize", "optimization" and "optimisation" meet."""
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            word = word[: -len(suffix)]
            break
    return word[:-1] if word.endswith("e") and len(word) > 4 else word
