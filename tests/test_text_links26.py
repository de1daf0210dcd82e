"""Requirement links, stop 26: which role a need belongs to and what counts as a skill's name (texts written
here, in other trades than the pages the rules were read from)."""

from __future__ import annotations

from pathlib import Path

from text_helpers import named, needs, read

from careergraph.loaders.text_requirements import names_no_skill
from careergraph.loaders.text_zh import _skill_names as zh_skill_names

# --- requirements.no-skill: a name opening with a preposition is a phrase cut after its head ----------------

_ELECTRICIAN = (
    "The Site Electrician is responsible for safe wiring on building sites.\n\n"
    "Site Electrician Job Responsibilities\n\n"
    "  • Install lighting circuits for offices\n"
    "  • Stay upto-date with current wiring regulations\n"
    "  • Check new regulations and build them into quotes\n"
)


def test_a_name_opening_with_a_preposition_names_no_skill(tmp_path: Path) -> None:
    got = needs(read(tmp_path, _ELECTRICIAN))["site-electrician"]
    assert named(got, "lighting", "circuit") and named(got, "regulation")
    assert not any(name.split()[0] in {"into", "upto-date"} for name in got), got


def test_names_cut_from_after_their_head() -> None:
    assert names_no_skill("Into quotes") and names_no_skill("About paperwork") and names_no_skill("Upto-date")
    assert names_no_skill("Through meters and gauges")
    # a compound opening with a preposition's word is a name: "On-the-job training", "In-house design"
    assert not names_no_skill("On-the-job training") and not names_no_skill("In-house design")
    assert not names_no_skill("Up-selling")


# --- requirements.cue: a noun of skill is a cue only where a list is introduced after it or ends at it --------

_PLUMBER = (
    "Plumber\n\n"
    "The strength of a good Plumber lies in a wide skill set and personal qualities:\n"
    "- Pipe fitting\n"
    "- Reading building plans\n\n"
    "Visit the Trade Skills portal to find your nearest approved college.\n"
)


def test_a_skill_noun_followed_by_no_list_of_its_own_is_no_cue(tmp_path: Path) -> None:
    got = needs(read(tmp_path, _PLUMBER))["plumber"]
    assert named(got, "pipe", "fitting") and named(got, "building", "plans")
    assert not named(got, "setting") and not named(got, "college"), got


def test_a_skill_noun_that_introduces_or_ends_a_list_is_still_a_cue(tmp_path: Path) -> None:
    text = (
        "Plumber\n\n"
        "Plumbers need skills such as soldering and leak detection.\n"
        "Over time a plumber builds costing, quoting and scheduling skills.\n"
    )
    got = needs(read(tmp_path, text))["plumber"]
    assert named(got, "soldering") and named(got, "leak", "detection")
    assert named(got, "costing") and named(got, "scheduling")


# --- structure.ad-fields: a fact sheet's field of a measure of skill opens no list ----------------------------

_CRANE = (
    "Crane Operators\n\nSummary\n\nCrane Operators lift heavy loads on building sites.\n\n"
    "Tasks\n\n  • checking rigging before each lift\n\n  • signalling to ground crews\n\n"
    "Characteristics\n\nJob Type\nPlant Operators\nSkill Level\nMedium skill\nOccupation group\nRegional Share\n"
    "Above average\nPathway(s)\n  • Apprenticeship\n  • Informal or on-the-job\n"
)


def test_a_skill_level_field_and_its_value_open_no_list(tmp_path: Path) -> None:
    got = needs(read(tmp_path, _CRANE))
    assert named(got["crane-operator"], "rigging") and named(got["crane-operator"], "signalling")
    assert "plant-operator" not in got, got


# --- requirements.no-skill: the firm, an occasion, or what a sentence says of the career is no skill ---------


def test_a_firm_an_occasion_or_a_word_about_the_career_names_no_skill() -> None:
    for name in ("The establishment", "Chains", "Christmas", "Weekends or holidays", "Avenues", "The pinnacle",
                 "Truth", "These jobs", "Feet", "Our marketplace", "All aspects of nursing"):
        assert names_no_skill(name), name
    # a skill whose head is another word, or a duty as written, stays
    for name in ("Point of sale systems", "Job costing", "Marketplace strategy", "Holiday cover planning",
                 "Single point of contact", "Picking items", "Change management"):
        assert not names_no_skill(name), name


def test_these_jobs_after_a_cue_is_no_skill(tmp_path: Path) -> None:
    text = (
        "Veterinary Nurse\n\n"
        "A veterinary nurse must be able to handle anaesthesia monitoring.\n\n"
        "You must be 18 years old to perform these jobs.\n"
    )
    got = needs(read(tmp_path, text))["veterinary-nurse"]
    assert named(got, "anaesthesia") and "jobs" not in got, got


# --- structure.level-blocks: a heading of something else ends a level's lines ----------------------------------

_ELECTRICAL_LADDER = (
    "The Electrical Career Ladder\n"
    "Electrical contracting offers a clear path from the tools to the office.\n"
    "Level 1: Apprentice Electrician (0-4 years)\n"
    "Pull cables, learn the wiring regulations, fit sockets.\n"
    "Level 2: Electrician (4-8 years)\n"
    "Wire new builds, test circuits, sign off small jobs.\n"
    "Level 3: Electrical Supervisor or Contracts Manager (8+ years)\n"
    "Own the site programme and the budget. Lead the gangs on site.\n"
    "Other Routes\n"
    "- Estimator — tender pricing, take-offs\n"
    "- Support Services — fleet planning, stores control\n"
    "- Design Engineer — lighting design, load calculations\n"
)


def test_a_heading_of_something_else_ends_the_lines_of_a_level_of_two_posts(tmp_path: Path) -> None:
    got = needs(read(tmp_path, _ELECTRICAL_LADDER))
    for post in ("electrical-supervisor", "contracts-manager"):
        assert named(got[post], "budget") and named(got[post], "gang"), got[post]
        assert not named(got[post], "fleet"), got[post]
    assert named(got["estimator"], "tender")


# --- requirements.no-skill: a name holding a pronoun or a word pointing back is a clause -------------------------


def test_a_name_holding_a_pronoun_is_a_clause_not_a_skill(tmp_path: Path) -> None:
    for name in ("Train him for the job", "It’s a rewarding trade", "Common at this level", "Fix them quickly"):
        assert names_no_skill(name), name
    # capitals are names, and a pronoun's letters inside a word are no pronoun
    for name in ("IT support", "Talking to US customers", "Bit of data entry", "Collaborating with your agency"):
        assert not names_no_skill(name), name
    text = (
        "Joiner\n\nA joiner must be able to read drawings. On my first day a new starter was dumped on me and I "
        "was told I need to train him for the job.\n"
    )
    got = needs(read(tmp_path, text))["joiner"]
    assert named(got, "drawings") and not named(got, "him"), got


def test_a_lone_noun_the_sentence_speaks_of_is_no_skill(tmp_path: Path) -> None:
    for name in ("Decision", "Money", "Cash", "Level", "Services", "Business"):
        assert names_no_skill(name), name
    for name in ("Decision making", "Cash handling", "Customer service", "High-level decisions", "Business planning"):
        assert not names_no_skill(name), name
    text = (
        "Gardener\n\nA gardener must be able to prune fruit trees. My partner and I had to make the decision to move "
        "nearer the estate.\n"
    )
    got = needs(read(tmp_path, text))["gardener"]
    assert named(got, "fruit", "trees") and "decision" not in got, got


# --- zh.subject: duties whose clause names a unit of the firm are that unit's -----------------------------------

_KITCHEN = (
    "厨师长\n\n厨师长负责菜品研发和厨房管理。\n\n"
    "随着门店扩张，采购部门作为公司中负责食材采购和供应商管理的部门，其作用越来越大。\n"
)


def test_a_department_before_the_cue_owns_the_duties_after_it(tmp_path: Path) -> None:
    got = needs(read(tmp_path, _KITCHEN))["厨师长"]
    assert "菜品研发" in got and "厨房管理" in got
    assert "食材采购" not in got and not any("作用" in name for name in got), got


def test_a_team_the_role_leads_is_no_unit_owning_the_duties(tmp_path: Path) -> None:
    got = needs(read(tmp_path, "运营主管\n\n岗位职责如下。日常工作中，带领团队负责店铺日常运营。\n"))
    assert "店铺日常运营" in got["运营主管"], got


# --- zh.duties: what a post is, after the copula, is no duty -------------------------------------------------------


def test_what_a_post_is_after_the_copula_is_no_duty(tmp_path: Path) -> None:
    text = "行政总厨\n\n行政总厨:全面负责菜单设计、食品安全等各个方面,是酒店餐饮的最高管理者。\n"
    got = needs(read(tmp_path, text))["行政总厨"]
    assert "菜单设计" in got and "食品安全" in got
    assert not any("管理者" in name for name in got), got
    assert zh_skill_names("特别是冷菜制作、排班") == ["特别是冷菜制作", "排班"]  # ("especially": no copula)
    assert zh_skill_names("负责冷菜制作,是后厨的骨干") == ["冷菜制作"]


def test_a_noun_cue_joined_by_and_to_something_else_opens_no_list(tmp_path: Path) -> None:
    text = (
        "Hospital Porter\n\n"
        "Hospital porters are often cross-trained in several tasks and may rotate among wards based on patient "
        "demand.\n\n"
        "Porter duties and responsibilities include moving patients and delivering specimens.\n"
    )
    got = needs(read(tmp_path, text))["hospital-porter"]
    assert named(got, "specimens")  # ("duties and responsibilities include": a noun cue joined to another)
    assert not named(got, "wards") and not named(got, "demand"), got


def test_a_role_in_a_place_is_no_duty_but_a_role_in_doing_is(tmp_path: Path) -> None:
    text = (
        "Site Foreman\n\n"
        "The site foreman plays a pivotal role in any building firm.\n\n"
        "Foremen play a key role in scheduling trades and checking deliveries.\n"
    )
    got = needs(read(tmp_path, text))["site-foreman"]
    assert named(got, "scheduling") and named(got, "deliver")
    assert not named(got, "building") and not named(got, "firm"), got


# --- structure.numbered-titles: the next numbered heading, naming no role, ends a numbered title's section -----

_WARD = (
    "Teams in a Hospital Ward\n\nLet us look at the teams on a ward.\n\n"
    "1. Healthcare Assistants\n\n"
    "Healthcare assistants handle tasks like making beds, taking temperatures and serving meals.\n\n"
    "2. Charge Nurses\n\n"
    "Charge nurses take on responsibilities such as drug rounds, rota planning and family liaison.\n\n"
    "3. Infection Control Team\n\n"
    "This team focuses on auditing hand hygiene and tracing outbreaks. They also train staff in new cleaning "
    "procedures.\n"
)


def test_a_numbered_heading_naming_no_role_ends_the_section_of_the_title_before(tmp_path: Path) -> None:
    got = needs(read(tmp_path, _WARD))
    assert named(got["healthcare-assistant"], "meal")
    assert not named(got.get("charge-nurse", set()), "training"), got
