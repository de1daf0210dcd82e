"""Requirement links: how requirement items become skill names, and which role a requirement belongs to."""

from __future__ import annotations

from pathlib import Path

import networkx as nx
import pytest
from text_helpers import extract, rules_of

from careergraph.graph.schema import RelType
from careergraph.loaders.text_requirements import clause_end, list_spans, names_nothing, skill_names, subject_word


def needs(g: nx.MultiDiGraph) -> dict[str, set[str]]:
    """Role key -> the names of the skills it requires."""
    out: dict[str, set[str]] = {}
    for u, v, key in g.edges(keys=True):
        if key == RelType.REQUIRES.value:
            out.setdefault(u, set()).add(g.nodes[v]["name"])
    return out


# --- naming items -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("item", "names"),
    [
        ("Plans weekly replenishment orders", ["Weekly replenishment order planning"]),
        ("negotiating freight rates", ["Freight rate negotiation"]),
        ("Audit the returns ledger", ["Returns ledger auditing"]),
        ("drives supplier onboarding", ["Supplier onboarding"]),  # a light verb: the object is the skill
        ("Oversees the daily operations of the packing floor", ["Daily operations of the packing floor"]),
        ("coaches pickers and packers", ["Picker coaching", "Packer coaching"]),
        ("shelf and bin labelling", ["Shelf labelling", "Bin labelling"]),
        ("Solid grasp of Google Sheets", ["Google Sheets"]),
        ("5+ years of experience in grocery merchandising", ["Grocery merchandising experience"]),
        ("Ability to forecast seasonal demand", ["Seasonal demand forecasting"]),
        ("Operate reach trucks carefully", ["Reach truck operation"]),
        ("Partnering cross-functionally", ["Cross-functional partnership"]),
        ("Forecasting", ["Forecasting"]),
        ("Vendor scorecards (OTIF, fill rate)", ["Vendor scorecards"]),
        ("Monitor shelf gaps and report weekly sales", ["Shelf gap monitoring", "Weekly sales reporting"]),
        ("Liaise with hauliers about late loads", ["Haulier liaison"]),
        ("Upload photos and size charts", ["Photo uploading", "Size chart uploading"]),
        ("Checks invoices and credit notes", ["Invoice checking", "Credit note checking"]),
        ("coaching and quality review", ["Coaching", "Quality review"]),
        # a verb of taking part names the work it takes part in
        ("Assist in cycle counts and audits", ["Cycle counts", "Audits"]),
        ("contributing to supplier reviews", ["Supplier reviews"]),
        # "use" opening an item is a verb: the tools are the skill
        ("Use handheld scanners", ["Handheld scanners"]),
        # a skill noun closing a list of nouns gives each its own name
        ("Strong negotiation and budgeting skills", ["Negotiation", "Budgeting"]),
        ("shelf and product knowledge", ["Shelf and product knowledge"]),  # (knowledge is not split off)
        # a verb that joins two qualities names both
        ("combines route knowledge with patience", ["Route knowledge", "Patience"]),
        ("Mix design testing", ["Mix design testing"]),  # (a noun before a noun)
        ("punctuality and flexibility", ["Punctuality", "Flexibility"]),
        # an object list written with commas ("A, B, and C")
        ("Audits invoices, credit notes, and refunds", ["Invoice auditing", "Credit note auditing", "Refund auditing"]),
        ("Plans routes, which saves fuel, and more", ["Route planning"]),  # (commas around a clause)
        # verbs that take their object after "to" or "up with"
        ("Respond quickly to supplier queries", ["Supplier query response"]),
        ("Follow up with couriers about missed pickups", ["Courier follow-up"]),
        ("Send daily stock alerts when needed", ["Daily stock alerts"]),
        ("manages a team of pickers and packers", ["Team management"]),
        ("pens and paper", ["Pens and paper"]),  # (no activity: one name)
        # a job ad's wording: the judgement, the alternative and the people sought are no part of the name
        ("Figma is a plus", ["Figma"]),
        ("Fluency in Portuguese would be a real advantage", ["Portuguese"]),
        ("Magento or a similar platform", ["Magento"]),
        ("Firm grasp of demand forecasting", ["Demand forecasting"]),  # ("demand" is no verb after "of")
        ("buyers with training in category management", ["Category management"]),
        # a noun that is filler only before "of"/"to" keeps its place before another noun
        ("capacity planning", ["Capacity planning"]),
        ("Capacity to prioritise", ["Prioritise"]),
        # a name among the items stands apart; no shared head is made of names
        ("stock control and Excel", ["Stock control", "Excel"]),
        ("SQL and Looker Studio", ["SQL", "Looker Studio"]),
        ("Own the channel P&L and weekly forecasts", ["Channel P&L ownership", "Weekly forecast ownership"]),
        # verbs of bodily work alone are named by their gerunds; an inflected verb alone is a plural noun
        ("kneel, climb and carry", ["Kneeling", "Climbing", "Carrying"]),
        ("Handles a range of customer queries", ["Customer query handling"]),  # (the quantity is no part of it)
    ],
)
def test_an_item_names_its_skill_without_filler(item: str, names: list[str]) -> None:
    assert [s.name for s in skill_names(item)] == names
    for s in skill_names(item):
        assert 0 <= s.start < s.end <= len(item)


@pytest.mark.parametrize(
    "item",
    [
        "Generous pension and 30 days holiday",
        "Generous pension and a degree-level training budget",
        "increase basket size",  # a goal, not a skill
        "grow repeat purchases across regions",
        "but whether it suits you depends on the shop",
        "a lot of skills",
        "the week is busy",  # a clause, not a name
        "£28,000 per year",
        "every day",  # when, not what
        "duties extended to",  # the list it announces comes after it
        "the following skills",  # ("following" is no verb here)
        "This role",  # the post itself
        "3+ years in a busy distribution centre",  # time spent somewhere
        "the basic processes",  # a plural noun, not the verb "process"
        "communicate the advantages",  # too vague to name a skill
    ],
)
def test_items_that_name_no_skill(item: str) -> None:
    assert skill_names(item) == []


def test_a_list_stops_at_in_order_to() -> None:
    words = "crouch , kneel and climb in order to reach the top racks".split()
    assert words[: clause_end(words)] == ["crouch", ",", "kneel", "and", "climb"]


def test_a_list_stops_at_its_purpose_and_resumes_at_the_next_duty() -> None:
    words = "plans pick routes to cut walking time , boost throughput".split()
    assert [words[a:b] for a, b in list_spans(words)] == [["plans", "pick", "routes"]]
    words = "counts stock which the auditors check , and books couriers".split()
    assert [words[a:b] for a, b in list_spans(words)] == [["counts", "stock"], ["books", "couriers"]]
    words = "ability to read planograms , label shelves".split()  # "to" after "ability" is no purpose
    assert list_spans(words) == [(0, len(words))]


def test_the_words_that_stand_for_a_role() -> None:
    assert subject_word("in this busy post".split()) == "page"
    assert subject_word(", the ideal candidate".split()) == "page"
    assert subject_word("reporting to the ops lead , she".split()) == "pronoun"
    assert subject_word("most depots".split()) is None


# --- whole documents ----------------------------------------------------------------


def test_duties_of_a_job_page_become_skills_of_its_role(tmp_path: Path) -> None:
    g = extract(
        tmp_path,
        "# Replenishment Planner\n\n"
        "Main duties\n"
        "- Plans weekly replenishment orders to keep shelves full and reduce waste.\n"
        "- Negotiating freight rates with hauliers\n"
        "- Competitive salary and a staff discount\n",
    )
    got = needs(g)["replenishment-planner"]
    assert got == {"Weekly replenishment order planning", "Freight rate negotiation"}
    assert "requirements.duty-names" in {
        e["rule"] for n in g if g.nodes[n]["label"] == "Skill" for e in g.nodes[n]["evidence"]
    }


def test_switched_off_the_duty_names_rule_leaves_items_as_written(tmp_path: Path) -> None:
    text = "# Replenishment Planner\n\nMain duties\n- Plans weekly replenishment orders\n"
    assert needs(extract(tmp_path, text))["replenishment-planner"] == {"Weekly replenishment order planning"}
    off = needs(extract(tmp_path, text, disabled=("requirements.duty-names",)))
    assert off["replenishment-planner"] == {"Plans weekly replenishment orders"}


def test_you_and_this_role_stand_for_the_page_role(tmp_path: Path) -> None:
    g = extract(
        tmp_path,
        "# Grocery Category Planner\n\n"
        "We want a thoughtful shop-floor person to join us. This demanding role requires range planning and "
        "supplier negotiation to grow our margins. You will be responsible for the promotions calendar.\n",
    )
    got = needs(g)
    assert got["grocery-category-planner"] >= {"Range planning", "Supplier negotiation", "Promotions calendar"}
    assert not any("margin" in name.lower() for names in got.values() for name in names)
    assert "requirements.subject" in rules_of(g, "grocery-category-planner")


def test_a_pronoun_after_another_role_is_not_that_role(tmp_path: Path) -> None:
    g = extract(
        tmp_path,
        "The depot scheduler books inbound slots. Reporting to the transport director, they are responsible "
        "for slot allocation and dock planning.\n",
    )
    got = needs(g)
    assert got.get("depot-scheduler", set()) >= {"Slot allocation", "Dock planning"}
    assert "transport-director" not in got


def test_a_role_before_where_is_the_subject_of_the_clause(tmp_path: Path) -> None:
    g = extract(
        tmp_path,
        "After two years a picker may become a shift manager, where in most sites they are responsible for "
        "rota planning and safety briefings.\n",
    )
    got = needs(g)
    assert got.get("shift-manager", set()) >= {"Rota planning", "Safety briefings"}
    assert "picker" not in got


def test_a_work_includes_sentence_lists_duties(tmp_path: Path) -> None:
    g = extract(
        tmp_path,
        "As a marketplace analyst, I keep an eye on sellers. My weekly work includes auditing listings, "
        "writing price reports and checking stock levels.\n",
    )
    assert needs(g)["marketplace-analyst"] >= {"Listing auditing", "Price report writing"}


def test_a_skills_heading_naming_a_role_gives_its_list_to_that_role(tmp_path: Path) -> None:
    g = extract(
        tmp_path,
        "# Jobs in a garden centre\n\n"
        "A plant buyer starts as a shelf stacker.\n\n"
        "Skills for a Shelf Stacker\n\n"
        "- Plant care\n- Till handling\n\n"
        "Opening Hours\n\nWe open at nine.\n",
    )
    got = needs(g)
    assert got.get("shelf-stacker", set()) >= {"Plant care", "Till handling"}
    assert "plant-buyer" not in got
    assert not any("hours" in name.lower() for names in got.values() for name in names)


def test_a_list_of_degrees_or_areas_is_not_a_skill_list(tmp_path: Path) -> None:
    text = (
        "A produce buyer needs a degree. To become a produce buyer you will want one of the following degrees:\n\n"
        "- Horticulture\n- Food science\n"
    )
    assert "produce-buyer" not in needs(extract(tmp_path, text))
    off = needs(extract(tmp_path, text, disabled=("structure.needs-lists",)))
    assert off.get("produce-buyer", set()) >= {"Horticulture"}


def test_the_page_title_opens_no_list(tmp_path: Path) -> None:
    g = extract(
        tmp_path,
        "Duties and Skills of a Returns Clerk\n"
        "Pay band B\n"
        "Main duties\n"
        "- Inspecting returned parcels\n",
    )
    assert needs(g).get("returns-clerk") == {"Returned parcel inspection"}


def test_a_table_row_cut_short_keeps_its_last_cell(tmp_path: Path) -> None:
    g = extract(
        tmp_path,
        "| Level | Title | Duties |\n|---|---|---|\n"
        "| 1 | Packing Operative | Packs parcels; checks labels |\n"
        "| 2 | Packing Team Leader | Coaches packers; plans shif",
    )
    got = needs(g)
    assert "Packer coaching" in got.get("packing-team-leader", set())


# --- salaries -------------------------------------------------------------------------


def figures(g: nx.MultiDiGraph) -> dict[str, list[tuple[float | None, float | None, str, str, str]]]:
    out: dict[str, list[tuple[float | None, float | None, str, str, str]]] = {}
    for node, data in g.nodes(data=True):
        for s in data.get("salaries") or ():
            out.setdefault(node, []).append((s["min"], s["max"], s["currency"], s["period"], s["rule"]))
    return out


@pytest.mark.parametrize(
    ("text", "role", "figure"),
    [
        ("A packing lead in Pune earns 4.5 LPA.", "packing-lead", (450000.0, 450000.0, "INR", "year")),
        ("Shift supervisors are paid from £26,500 per annum.", "shift-supervisor", (26500.0, None, "GBP", "year")),
        ("Couriers here earn RMB 6,000 monthly.", "courier", (6000.0, 6000.0, "CNY", "month")),
        ("A bakery manager takes home ₹3 lakh a year.", "bakery-manager", (300000.0, 300000.0, "INR", "year")),
    ],
)
def test_salary_wordings(tmp_path: Path, text: str, role: str, figure: tuple[float | None, ...]) -> None:
    got = figures(extract(tmp_path, text))
    assert [f[:4] for f in got[role]] == [figure]


def test_counts_and_distant_roles_get_no_salary(tmp_path: Path) -> None:
    g = extract(
        tmp_path,
        "A florist opens the shop at eight. The weather was warm. Sales rose all week.\n"
        "Across the high street, pay averages £21,000 a year. The depot pays its 6,000 members of staff weekly.\n",
    )
    assert figures(g) == {}


def test_a_table_whose_columns_are_roles(tmp_path: Path) -> None:
    text = (
        "# Florist versus floral designer\n\n"
        "| | Florist | Floral Designer |\n|---|---|---|\n"
        "| Average pay | $31,200 | $38,900 |\n"
        "| Top skills | Bouquet wrapping, 21% | Event styling, 18%; Colour theory |\n"
    )
    g = extract(tmp_path, text)
    assert figures(g) == {
        "florist": [(31200.0, 31200.0, "USD", "year", "structure.role-columns")],
        "floral-designer": [(38900.0, 38900.0, "USD", "year", "structure.role-columns")],
    }
    assert needs(g) == {"florist": {"Bouquet wrapping"}, "floral-designer": {"Event styling", "Colour theory"}}
    off = extract(tmp_path, text, disabled=("structure.role-columns",))
    # without the rule both figures go to the role named last in the header, and the skills to the first
    assert "florist" not in figures(off) and "floral-designer" not in needs(off)


def test_a_role_followed_by_a_duty_verb_names_a_skill(tmp_path: Path) -> None:
    g = extract(
        tmp_path,
        "Night shift leads typically schedule forklift inspections. As a stock controller, I reconcile "
        "inventory counts every Friday. Buyers work within large chains.\n",
    )
    got = needs(g)
    assert got["night-shift-lead"] == {"Forklift inspection scheduling"}
    assert got["stock-controller"] == {"Inventory count reconciliation"}
    assert "buyer" not in got  # "work within ..." names no duty
    assert rules_of(g, "stock-controller") == {"requirements.duty-verb"}


def test_a_role_before_a_move_is_no_duty(tmp_path: Path) -> None:
    g = extract(tmp_path, "Pickers usually become team leaders after a year.\n")
    assert needs(g) == {}


def test_a_skill_said_to_be_essential(tmp_path: Path) -> None:
    g = extract(
        tmp_path,
        "What does a good visual merchandiser need?\n\nAn eye for colour is essential.\n\n"
        "Patience is vital for a returns assessor. The weather is important too.\n",
    )
    got = needs(g)
    assert got["visual-merchandiser"] == {"Colour"}
    assert got["returns-assessor"] == {"Patience"}
    assert rules_of(g, "returns-assessor") == {"requirements.essential"}


def test_a_label_and_its_items_on_one_line(tmp_path: Path) -> None:
    g = extract(
        tmp_path,
        "# Garden Centre Supervisor\n\n"
        "Core skills: plant care, till reconciliation, rota planning\n\n"
        "Opening hours: nine to five, Monday to Saturday\n",
    )
    assert needs(g) == {"garden-centre-supervisor": {"Plant care", "Till reconciliation", "Rota planning"}}
    assert rules_of(g, "garden-centre-supervisor") == {"structure.needs-lists"}


def test_a_list_closed_by_its_skill_noun(tmp_path: Path) -> None:
    g = extract(tmp_path, "A cellar assistant gains stock rotation, negotiation and labelling skills.\n")
    assert needs(g)["cellar-assistant"] == {"Stock rotation", "Negotiation", "Labelling"}
    g = extract(tmp_path, "The post is a chance to sharpen negotiation and labelling skills.\n")
    assert needs(g) == {}


def test_a_duty_done_to_another_role_is_still_a_duty(tmp_path: Path) -> None:
    text = "# Depot Supervisor\n\nDuties\n- Coach new pickers on safe lifting\n- Drivers report to the yard\n"
    g = extract(tmp_path, text)
    assert needs(g) == {"depot-supervisor": {"New picker coaching"}}


def test_pay_on_a_line_of_its_own_is_the_page_role(tmp_path: Path) -> None:
    g = extract(tmp_path, "# Depot Supervisor\n\nWe run three sites.\n\nSalary: £27,000 - £31,000 per annum\n")
    assert figures(g) == {"depot-supervisor": [(27000.0, 31000.0, "GBP", "year", "salaries.figure")]}


def test_a_requirement_naming_no_role_on_a_role_page(tmp_path: Path) -> None:
    g = extract(
        tmp_path,
        "How to become a pricing analyst\n\n"
        "Key responsibilities include forecasting demand and auditing fees.\n\n"
        "Day to day, pricing analysts track rival prices and flag listing errors.\n",
    )
    assert needs(g)["pricing-analyst"] == {
        "Demand forecasting", "Fee auditing", "Rival price tracking", "Listing error flagging"
    }
    g = extract(tmp_path, "Key responsibilities include forecasting demand and auditing fees.\n")
    assert needs(g) == {}  # no page role: nobody to give them to


def test_items_under_a_role_heading_are_that_roles(tmp_path: Path) -> None:
    text = (
        "# Bakery career ladder\n\n"
        "## Trainee Baker (first year)\n- Weighs dough batches\n- Reports to: head baker\n\n"
        "## Head Baker\n- Plans the night bake\n- Salary: £29,000 - £33,000\n- Free bread every day\n"
    )
    g = extract(tmp_path, text)
    assert needs(g) == {"trainee-baker": {"Dough batch weighing"}, "head-baker": {"Night bake planning"}}
    assert rules_of(g, "head-baker") == {"structure.role-sections"}
    assert figures(g)["head-baker"] == [(29000.0, 33000.0, "GBP", "year", "salaries.figure")]
    # switched off, the duties are read as bulleted duties of the page's section (its role heading's role)
    off = extract(tmp_path, text, disabled=("structure.role-sections",))
    assert needs(off) == {"trainee-baker": {"Dough batch weighing"}}
    assert rules_of(off, "trainee-baker") == {"requirements.duty-items"}
    assert needs(extract(tmp_path, text, disabled=("structure.role-sections", "requirements.duty-items"))) == {}


@pytest.mark.parametrize(
    ("item", "nothing"),
    [
        ("A degree in logistics, supply chain or a related discipline", True),
        ("4 years at a parcel carrier or courier firm", True),
        ("Working knowledge of WMS software such as Manhattan", False),
    ],
)
def test_long_items_that_name_nothing(item: str, nothing: bool) -> None:
    assert names_nothing(item) is nothing


def test_a_job_ads_headings_and_wordings(tmp_path: Path) -> None:
    text = (
        "# Listings Coordinator\n\n"
        "A listings coordinator keeps product pages accurate on three marketplaces.\n\n"
        "## What we're looking for\n- Proficiency in Google Sheets\n- A degree in marketing or a related subject\n\n"
        "## Nice to have\n- Canva is a plus\n- Some knowledge of SEO\n\n"
        "The job calls for patience and accuracy. Lightroom would be an advantage.\n"
    )
    g = extract(tmp_path, text)
    got = needs(g)["listings-coordinator"]
    assert {"Google Sheets", "Canva", "SEO", "Patience", "Accuracy", "Lightroom"} <= got
    # a degree of no level is named by its field (requirements.degree); its "related subject" names nothing
    assert {s for s in got if "degree" in s.lower() or "marketing" in s.lower() or "subject" in s.lower()} == {
        "Marketing degree"
    }


def test_employers_prefer_the_pages_role_with_skills(tmp_path: Path) -> None:
    text = (
        "# Returns Supervisor\n\n"
        "A returns supervisor runs the returns bench of a parcel hub.\n\n"
        "Employers prefer supervisors with training in lean methods, health and safety and SAP.\n"
        "Employers prefer couriers with clean licences.\n"
    )
    got = needs(extract(tmp_path, text))
    assert {"Lean methods", "SAP"} <= got["returns-supervisor"]
    assert not {s for s in got["returns-supervisor"] if "licence" in s.lower()}  # couriers are another post


def test_bulleted_duties_outside_a_requirements_list(tmp_path: Path) -> None:
    text = (
        "Marketplace Growth Lead\n\n"
        "The Marketplace Growth Lead looks after sales on two marketplaces.\n\n"
        "Day one to day ninety\n- Own the marketplace P&L\n- Drive seller promotions and retail media campaigns\n\n"
        "Tips for applying\n- Update your CV before you apply\n- Research the brand\n\n"
        "Our office\n- Book a desk online\n"
    )
    g = extract(tmp_path, text)
    got = needs(g)["marketplace-growth-lead"]
    assert {"Marketplace P&L ownership", "Seller promotions", "Retail media campaigns"} <= got
    assert not {s for s in got if "brand" in s.lower() or "cv" in s.lower() or "desk" in s.lower()}
    assert rules_of(g, "marketplace-growth-lead") >= {"requirements.duty-items"}
    off = needs(extract(tmp_path, text, disabled=("requirements.duty-items",)))
    assert not {s for s in off.get("marketplace-growth-lead", set()) if "promotion" in s.lower()}


def test_a_labelled_job_title_line_names_the_pages_role(tmp_path: Path) -> None:
    text = (
        "Hiring pack for our partners\n\n"
        "Position: Dispatcher\n\n"
        "Responsibilities:\n"
        "1. Prepare delivery manifests each morning.\n"
        "2. Communicate the advantages to new clients.\n\n"
        "Qualifications:\n"
        "1. Familiarity with route planning software.\n"
    )
    g = extract(tmp_path, text)
    got = needs(g)["dispatcher"]
    assert {"Delivery manifest preparation", "Route planning software"} <= got
    assert not {s for s in got if "advantage" in s.lower()}
    # a title no other rule reads is read whole from the line (mentions.compound-agents reads "Telecaller" too)
    other = text.replace("Position: Dispatcher", "Job Title: Telecaller")
    g = extract(tmp_path, other, disabled=("mentions.compound-agents",))
    assert {e["rule"] for e in g.nodes["telecaller"]["evidence"]} == {"structure.job-title"}
    assert "Delivery manifest preparation" in needs(g)["telecaller"]
    assert "telecaller" not in extract(tmp_path, other, disabled=("structure.job-title", "mentions.compound-agents"))
    assert "Delivery manifest preparation" in needs(extract(tmp_path, other))["telecaller"]


@pytest.mark.parametrize(
    "line",
    [
        "Position: we are hiring several people for the winter",  # not a title as job descriptions write one
        "Vacancy - see the list below for details and how to apply",
    ],
)
def test_a_label_line_that_holds_no_title_names_no_role(tmp_path: Path, line: str) -> None:
    g = extract(tmp_path, f"Jobs at the depot\n\n{line}\n")
    assert not [n for n, label in g.nodes(data="label") if label == "Role"]


def test_duties_told_in_prose(tmp_path: Path) -> None:
    text = (
        "Studio roles\n\n"
        "Demand is growing for caption writers, who edit subtitles for replays.\n\n"
        "As a stock assistant she counted pallets and chased hauliers.\n\n"
        "Shift leads are expected to coach new starters.\n\n"
        "Category assistants look after pricing and set up promotions.\n\n"
        "As supervisor you'd be running the rota and training new packers.\n\n"
        "Freelancers bill by the day, so expect to pay a day rate.\n"
    )
    g = extract(tmp_path, text)
    got = needs(g)
    assert got["caption-writer"] == {"Subtitle editing"}
    assert rules_of(g, "caption-writer") == {"requirements.relative"}
    assert got["stock-assistant"] == {"Pallet counting", "Haulier chasing"}  # (past forms after a subject)
    assert got["shift-lead"] == {"New starter coaching"}
    assert got["category-assistant"] == {"Pricing", "Promotions"}  # (phrasal verbs: the object is the skill)
    assert got["supervisor"] == {"Rota", "New packer training"}
    assert not {s for skills in got.values() for s in skills if "day rate" in s.lower()}
    assert "caption-writer" not in needs(extract(tmp_path, text, disabled=("requirements.relative",)))


def test_past_forms_are_verbs_only_after_a_subject() -> None:
    assert [s.name for s in skill_names("Organised stock counts")] == ["Organised stock counts"]
    assert [s.name for s in skill_names("chased hauliers", predicate=True)] == ["Haulier chasing"]


def test_the_work_is_a_list_and_a_role_demands(tmp_path: Path) -> None:
    text = (
        "Agency life\n\n"
        "I spent two years as a channel manager at an agency. The work is retail media campaigns, catalogue fixes"
        " and a lot of client calls. The work is hard. The job is to keep brands happy.\n\n"
        "Senior roles such as depot leads or yard supervisors come later. Their role demands a feel for"
        " process improvements and troubleshooting stock issues.\n"
    )
    got = needs(extract(tmp_path, text))
    assert got["channel-manager"] == {"Retail media campaigns", "Catalogue fixes", "Client calls"}
    for role in ("depot-lead", "yard-supervisor"):  # each of the posts given as examples
        assert {"Process improvements", "Troubleshooting stock issues"} <= got[role]


def test_they_on_a_roles_page_is_its_role(tmp_path: Path) -> None:
    text = (
        "# Returns Analyst\n\n"
        "A returns analyst works out why parcels come back.\n\n"
        "Daily tasks include sorting claims.\n\nThey analyse return reasons and track refund rates.\n"
    )
    assert {"Return reason analysis", "Refund rate tracking"} <= needs(extract(tmp_path, text))["returns-analyst"]
