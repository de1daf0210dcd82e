"""Roles named in running prose: the shapes of job titles that stories, Q&A answers, job ads and news use."""

from __future__ import annotations

from pathlib import Path

import networkx as nx

from careergraph.graph.schema import Label
from careergraph.loaders.text import load_documents


def roles_of(tmp_path: Path, text: str) -> set[str]:
    path = tmp_path / "doc.txt"
    path.write_text(text, encoding="utf-8")
    result = load_documents([path], kb=False)
    assert not result.problems
    g: nx.MultiDiGraph = result.graph
    return {n for n, label in g.nodes(data="label") if label == Label.ROLE.value}


def test_words_describing_the_person_are_not_part_of_the_title(tmp_path: Path) -> None:
    found = roles_of(
        tmp_path,
        "A previous cashier trained the gifted stock clerks, and the most punctual order pickers joined a "
        "ground-level warehouse worker on the night shift.",
    )
    assert {"cashier", "stock-clerk", "order-picker", "warehouse-worker"} <= found
    assert not any(word in key for key in found for word in ("previous", "gifted", "punctual", "ground"))


def test_a_modifier_o_net_titles_use_stays_in_the_title(tmp_path: Path) -> None:
    found = roles_of(tmp_path, "She worked as a certified pharmacy technician before she became an affiliate manager.")
    assert {"certified-pharmacy-technician", "affiliate-manager"} <= found


def test_verbs_before_a_title_are_not_part_of_it(tmp_path: Path) -> None:
    found = roles_of(tmp_path, "Who employs parcel sorters?\n\nManage Returns Clerks and report weekly.")
    assert {"parcel-sorter", "returns-clerk"} <= found
    assert not any(key.startswith(("employs", "manage")) for key in found)


def test_titles_given_as_examples_of_posts(tmp_path: Path) -> None:
    found = roles_of(tmp_path, "Drivers start in jobs such as night courier, route driver or van loader.")
    assert {"route-driver", "van-loader"} <= found
    assert roles_of(tmp_path, "Skills such as route planning matter more than roles like these.") == set()


def test_a_level_word_and_number_or_a_level_numeral_belong_to_the_title(tmp_path: Path) -> None:
    found = roles_of(
        tmp_path,
        "He was hired as a Tier 2 associate, and his sister is a level 3 support technician. "
        "The Analyst III's meet on Fridays; the manager I met was late.",
    )
    assert {"tier-2-associate", "level-3-support-technician", "analyst-iii"} <= found
    assert not {"associate", "support-technician", "analyst", "manager-i"} & found


def test_capitalised_modifiers_joined_by_and_make_one_title(tmp_path: Path) -> None:
    found = roles_of(tmp_path, "She rose to Quality and Safety Inspector. Buyers and Merchandise Planners met.")
    assert "quality-and-safety-inspector" in found and "safety-inspector" not in found
    assert {"buyer", "merchandise-planner"} <= found


def test_fields_of_a_lead_title_joined_by_and_are_one_post_but_or_names_two(tmp_path: Path) -> None:
    found = roles_of(
        tmp_path,
        "The Head of Stores & Online hired a VP of Finance, Legal and People and a Director of Sales or Marketing.",
    )
    assert {"head-of-stores-online", "vp-of-finance-legal-and-people"} <= found
    assert {"director-of-sales", "director-of-marketing"} <= found
    assert not {"head-of-stores", "vp-of-finance"} & found


def test_a_bare_head_after_and_shares_the_titles_modifiers(tmp_path: Path) -> None:
    text = "Report to the shipping supervisor and manager, who answer to regional buyers and planners."
    found = roles_of(tmp_path, text)
    assert {"shipping-supervisor", "shipping-manager", "regional-buyer", "regional-planner"} <= found
    assert "shipping-driver" not in roles_of(tmp_path, text.replace("and manager", "and drivers"))
    found = roles_of(tmp_path, "Warehouse managers and cashiers met the night supervisor and interns.")
    assert not {"warehouse-cashier", "night-intern"} & found


def test_a_gerund_of_work_is_a_modifier_but_acting_is_not(tmp_path: Path) -> None:
    text = "An acting store manager worked with the training coordinator and a recruiting assistant."
    found = roles_of(tmp_path, text)
    assert {"store-manager", "training-coordinator", "recruiting-assistant"} <= found
    assert "acting-store-manager" not in found


def test_a_bare_head_named_as_a_post(tmp_path: Path) -> None:
    found = roles_of(
        tmp_path,
        "She hopes to become an auditor. He was promoted to supervisor in 2021. "
        "They gave him the role of planner. Nobody wants to become an expert overnight.",
    )
    assert {"auditor", "supervisor", "planner"} <= found
    assert "expert" not in found
    assert roles_of(tmp_path, "An auditor checks the books. An engineer helps.") == set()


def test_an_abbreviation_defined_after_it_is_a_head_word(tmp_path: Path) -> None:
    found = roles_of(
        tmp_path,
        "Each Deputy AM reports to the AM (Area Manager, who covers four stores) and watches the AOV (Average "
        "Order Value).",
    )
    assert {"deputy-am", "area-manager"} <= found
    assert "aov" not in found and "average-order-value" not in found


def test_closed_compounds_ending_in_an_agent_noun(tmp_path: Path) -> None:
    found = roles_of(tmp_path, "The Teleoperator answers chats while our webdesigners redraw the shop.")
    assert {"teleoperator", "webdesigner"} <= found
    found = roles_of(tmp_path, "The stakeholders met a newcomer. Teleoperators answer chats.")
    assert not {"stakeholder", "newcomer", "teleoperator"} & found  # known words; a bare plural is no post


def test_a_post_named_by_its_work_before_a_word_for_posts(tmp_path: Path) -> None:
    found = roles_of(
        tmp_path,
        "The fastest packers are often moved into stock control roles. Clerks come from data entry jobs.",
    )
    assert {"stock-control", "data-entry"} <= found
    found = roles_of(
        tmp_path, "The first tier covers warehouse roles. You need a year in a stock control role and good jobs."
    )
    assert not {"warehouse", "stock-control"} & found  # one word is a kind of work; "a year in" is experience


def test_a_firms_agent_noun_where_someone_works_is_not_a_post(tmp_path: Path) -> None:
    found = roles_of(
        tmp_path,
        "Notes from the careers fair.\n\n"
        "Priya, a quality engineer with a timber producer, spoke first.\n\n"
        "Tom worked for a tyre distributor before he became a fleet planner.\n\n"
        "Angel investor and brand consultancy agency Bluepeak sponsored the lunch.\n\n"
        "The cheese maker and the content producer met the video editor.\n",
    )
    assert {"quality-engineer", "fleet-planner", "cheese-maker", "content-producer", "video-editor"} <= found
    assert not {"timber-producer", "tyre-distributor", "angel-investor"} & found


def test_lower_case_modifiers_joined_by_and_after_a_make_one_title(tmp_path: Path) -> None:
    found = roles_of(
        tmp_path,
        "After two years as a returns clerk I became a fraud and chargeback analyst at a shoe shop.\n\n"
        "The bakers and delivery drivers were thanked.\n",
    )
    assert {"returns-clerk", "fraud-and-chargeback-analyst", "baker", "delivery-driver"} <= found
    assert "chargeback-analyst" not in found


def test_short_ranks_are_the_full_words_of_one_title(tmp_path: Path) -> None:
    found = roles_of(
        tmp_path,
        "The Sr. Pricing Analyst reviews every markdown. Our Senior Pricing Analyst joined in May.\n\n"
        "Before that she spent a year as a Jr. Copy Editor and two as an Asst. Store Manager.\n",
    )
    assert {"senior-pricing-analyst", "junior-copy-editor", "assistant-store-manager"} <= found
    assert not {"pricing-analyst", "copy-editor", "sr-pricing-analyst", "store-manager"} & found
    result = load_documents([tmp_path / "doc.txt"], kb=False)
    assert "Sr. Pricing Analyst" in result.graph.nodes["senior-pricing-analyst"]["aliases"]  # both names, one key


def test_a_tier_of_a_service_is_a_post(tmp_path: Path) -> None:
    found = roles_of(
        tmp_path,
        "I spent two years in Tier 1 support before the level 2 team took me on.\n\n"
        "Tier 3 support engineers handle outages; our tier 2 support tickets go to them.\n\n"
        "The chain opened stores in tier 2 cities.\n",
    )
    assert {"tier-1-support", "level-2-team", "tier-3-support-engineer"} <= found
    assert not {"tier-2-support", "tier-2-city", "tier-2-cities"} & found


def test_claims_and_order_processors_are_posts(tmp_path: Path) -> None:
    found = roles_of(tmp_path, "Claims processors review forms, and an order processor checks each parcel.\n")
    assert {"claims-processor", "order-processor"} <= found


def test_a_clause_after_a_colon_is_no_list_of_posts(tmp_path: Path) -> None:
    found = roles_of(
        tmp_path,
        "The picker role feeds the shift lead role: shift leads who run a zone alone for a week get their own teams,"
        " usually after nine months.\n\nThe main posts are cashier, stock clerk and night filler.\n",
    )
    assert {"picker", "shift-lead", "cashier", "stock-clerk", "night-filler"} <= found
    assert not any("month" in key or "usually" in key for key in found)


def test_a_head_word_that_is_the_verb_of_a_title_before_it_is_no_title(tmp_path: Path) -> None:
    found = roles_of(
        tmp_path,
        "Kitchen managers lead the morning briefing. The pastry chef heads the dessert line.\n\n"
        "Our Catering Manager Lead started in May.\n",
    )
    assert {"kitchen-manager", "pastry-chef", "catering-manager-lead"} <= found
    assert not {"kitchen-managers-lead", "kitchen-manager-lead", "pastry-chef-head"} & found


def test_a_firm_speaking_of_itself_or_a_place_of_work_after_at_is_no_post(tmp_path: Path) -> None:
    found = roles_of(
        tmp_path,
        "We are a marketplace partner for craft brands. The Head of Finance at our print partner signs off.\n\n"
        "Three drivers of repeat orders stand out; the main drivers behind returns are sizing errors.\n\n"
        "Van drivers of the night fleet start at ten.\n",
    )
    assert {"head-of-finance", "van-driver"} <= found
    assert not {"marketplace-partner", "print-partner", "driver", "main-driver"} & found


def test_a_word_for_a_persons_manner_is_no_part_of_the_post(tmp_path: Path) -> None:
    found = roles_of(
        tmp_path,
        "The old theatre had grumpy box office clerks and downright rude ticket inspectors on every night.\n\n"
        "The ferry line wanted polite deck hands.\n",
    )
    assert {"box-office-clerk", "ticket-inspector"} <= found
    assert not any(word in key for key in found for word in ("grumpy", "rude", "polite"))


def test_a_thing_a_post_holds_after_a_possessive_names_no_post(tmp_path: Path) -> None:
    found = roles_of(
        tmp_path,
        "Applicants for the porter job need a valid forklift operator’s licence and a clean record.\n",
    )
    assert "porter" in found
    assert not any("operator" in key for key in found)


def test_a_scope_word_opens_a_head_of_title(tmp_path: Path) -> None:
    found = roles_of(tmp_path, "In 2019 she was named Global Head of Clinical Audit at the hospital group.\n")
    assert "global-head-of-clinical-audit" in found
    assert not {"global-head", "head-of-clinical-audit"} & found


def test_a_verb_of_duty_opening_a_clause_is_no_part_of_the_title_after_it(tmp_path: Path) -> None:
    found = roles_of(
        tmp_path,
        "Duties\n\n- Monitor porter rota compliance to keep the wards safe.\n"
        "- Rostering: own the dock calendar; assign stewards by deck and shift; brief the crew.\n"
        "- Casting: vet and onboard new guides. Support host development, give feedback and plan tours.\n\n"
        "You will keep tours running — managing guides, fixing issues, coordinating driver schedules for the fleet.\n\n"
        "Support agents who join us train for two weeks. Training coordinator duties include planning.\n"
        "The bus driver schedules the routes.\n",
    )
    assert {"support-agent", "training-coordinator", "bus-driver"} <= found
    assert not any(word in key for key in found for word in ("monitor", "assign", "managing", "coordinating"))
    assert not {"support-host", "porter", "host", "driver"} & found


def test_a_modifier_joined_by_a_slash_does_not_break_a_list_of_plural_posts(tmp_path: Path) -> None:
    found = roles_of(
        tmp_path,
        "The ward team has grown: surveyors, planners, Day/Night porters, ward clerks and bed managers all joined"
        " this year.\n",
    )
    assert {"surveyor", "planner", "ward-clerk", "bed-manager"} <= found


def test_a_plural_head_opening_a_sentence_as_its_subject_is_the_post_in_general(tmp_path: Path) -> None:
    found = roles_of(
        tmp_path,
        "Site supervisors and crane operators attend the morning briefing.\n\n"
        "Supervisors sign off the timesheets each week.\n\nSurveyors can work alone on small plots.\n",
    )
    assert {"site-supervisor", "supervisor", "surveyor", "crane-operator"} <= found


def test_a_superlative_before_a_title_in_capitals_is_no_degree_word_of_its_first_word(tmp_path: Path) -> None:
    found = roles_of(
        tmp_path,
        "Some of the best Night Porters stay for years. The highest paid team leaders work weekends.\n",
    )
    assert {"night-porter", "team-leader"} <= found
    assert not {"porter", "paid-team-leader", "highest-paid-team-leader"} & found


def test_a_rank_named_by_its_pay_level_is_a_post(tmp_path: Path) -> None:
    found = roles_of(
        tmp_path,
        "Survey of site crews\n\n- Director level pay rose by 4% last year.\n- Manager level compensation held flat.\n",
    )
    assert {"director", "manager"} <= found
