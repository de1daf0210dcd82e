"""Requirement links read from the shapes job pages state them in: cues of duty and accountability, lists pasted
as one line, duties whose object says what they are for (texts written here, in other trades)."""

from __future__ import annotations

from pathlib import Path

from text_helpers import extract, named, needs, rules_of

from careergraph.loaders.text import default_vocabulary
from careergraph.loaders.text_extract import extract_facts
from careergraph.loaders.text_requirements import names_no_skill, run_on_items, skill_names

# --- cues ---------------------------------------------------------------------------


def test_a_job_that_involves_duties_names_them(tmp_path: Path) -> None:
    text = (
        "# Night Porter\n\n"
        "Hotels hire night porters for the quiet hours. The job involves greeting late arrivals, "
        "locking the side doors and logging deliveries.\n"
    )
    got = needs(extract(tmp_path, text))["night-porter"]
    assert named(got, "greet") and named(got, "door") and named(got, "deliver")


def test_accountability_for_names_what_the_role_answers_for(tmp_path: Path) -> None:
    text = (
        "# Practice Manager\n\n"
        "A practice manager runs a family clinic's office. The post carries full accountability for rota "
        "planning, patient records and billing.\n"
    )
    got = needs(extract(tmp_path, text))["practice-manager"]
    assert "rota planning" in got and named(got, "patient records") and named(got, "billing")


def test_responsibilities_that_grow_to_include_duties_name_them(tmp_path: Path) -> None:
    text = (
        "# Senior Bank Teller\n\n"
        "A senior bank teller serves the branch's counter. Over time the responsibilities grow steadily to "
        "include vault balancing, cash audits and training new tellers.\n"
    )
    got = needs(extract(tmp_path, text))["senior-bank-teller"]
    assert named(got, "vault") and named(got, "cash audit")


def test_a_modal_inside_an_embedded_question_is_no_requirement(tmp_path: Path) -> None:
    text = "# Head Chef\n\nHead chefs analyse seasonal produce prices to decide which dishes should stay on the menu.\n"
    got = needs(extract(tmp_path, text))["head-chef"]
    assert named(got, "produce price", "analysis")
    assert not named(got, "menu") and not named(got, "stay")


# --- a list pasted as one line ---------------------------------------------------------


_RUN_ON = (
    "# Hotel Reservations Agent\n\n"
    "Join the front office of a seaside hotel.\n\n"
    "REQUIREMENTS\n"
    "ESSENTIAL Experience of a hotel booking system such as Opera Strong telephone manner with guests "
    "Good knowledge of room rates and seasonal packages Ability to upsell spa treatments on the phone "
    "Proven accuracy with card payments and deposits Fluent written German\n"
)


def test_a_requirements_list_that_lost_its_line_breaks_is_split_into_items(tmp_path: Path) -> None:
    g = extract(tmp_path, _RUN_ON)
    got = needs(g)["hotel-reservations-agent"]
    assert named(got, "booking system") and named(got, "telephone manner") and named(got, "room rates")
    assert named(got, "german") and named(got, "spa treatment")
    merged = (("opera", "telephone"), ("packages", "ability"), ("guests", "good"))
    assert not any(named(got, *pair) for pair in merged)  # no name runs over two items
    assert "structure.run-on-items" in rules_of(g, "hotel-reservations-agent")
    off = needs(extract(tmp_path, _RUN_ON, disabled=("structure.run-on-items",)))
    assert any(named(off.get("hotel-reservations-agent", set()), *pair) for pair in merged)


def test_prose_and_short_lines_are_not_split() -> None:
    prose = (
        "Experience matters here. Strong cooks are rare and we train them. Good staff stay for years. "
        "Ability is what we look for in every new starter we hire for the kitchen."
    )
    assert run_on_items(prose) == []
    assert run_on_items("Experience of rotas Strong knife skills Ability to lead") == []


# --- job ads ----------------------------------------------------------------------------


_AD = (
    "# Careers at Harbour Freight\n\n"
    "Our depot team is looking for a Transport Planner (3 years experience) to run the night trunking plan.\n\n"
    "## What you bring\n\n"
    "- Experience: 3 years in road haulage or parcel network planning.\n"
    "- Planning & systems skills: Strong route-planning skills and familiarity with tachograph rules. "
    "Comfortable rebalancing loads at short notice.\n"
    "- Communication: clear and calm\n"
)


def test_the_post_a_job_ad_is_looking_for_owns_its_lists(tmp_path: Path) -> None:
    got = needs(extract(tmp_path, _AD))
    assert set(got) == {"transport-planner"}


def test_a_label_naming_a_kind_of_skill_gives_way_to_the_skills_it_lists(tmp_path: Path) -> None:
    got = needs(extract(tmp_path, _AD))["transport-planner"]
    assert named(got, "route-planning") and named(got, "tachograph")
    assert not named(got, "planning & systems") and not named(got, "systems skills")
    assert "communication" in got  # a label with a short value: the label is the skill


def test_years_in_a_field_name_the_field_not_a_place(tmp_path: Path) -> None:
    got = needs(extract(tmp_path, _AD))["transport-planner"]
    assert named(got, "road haulage") and named(got, "parcel network planning")


# --- profiles of several roles --------------------------------------------------------------


def test_a_numbered_title_line_gives_its_paragraph_to_its_role(tmp_path: Path) -> None:
    text = (
        "# Five jobs in a hotel kitchen\n\n"
        "Kitchens run on a brigade.\n\n"
        "1. Pastry Chef\n\n"
        "A pastry chef makes desserts and breads. A person in this job role is responsible for dough "
        "lamination and sugar work.\n\n"
        "2. Kitchen Porter\n\n"
        "This job supports the sous chefs, line cooks and kitchen assistants. Someone in this job role is "
        "responsible for dishwashing and bin rotation.\n"
    )
    got = needs(extract(tmp_path, text))
    assert named(got["pastry-chef"], "dough lamination") and named(got["kitchen-porter"], "dishwashing")
    assert not named(got["pastry-chef"], "dishwashing") and not named(got.get("line-cook", set()), "dishwashing")
    off = needs(extract(tmp_path, text, disabled=("structure.numbered-titles",)))
    assert not named(off.get("kitchen-porter", set()), "dishwashing")


def test_he_or_she_after_a_role_is_that_role(tmp_path: Path) -> None:
    text = (
        "# Hotel careers\n\n"
        "The night auditor closes the day's accounts. She reconciles the card terminals and audits "
        "the room charges.\n"
    )
    got = needs(extract(tmp_path, text))["night-auditor"]
    assert named(got, "card terminal") and named(got, "room charge")


def test_however_ends_a_list_of_requirements(tmp_path: Path) -> None:
    text = (
        "# Dental Receptionist\n\n"
        "Dental receptionists generally require experience in patient booking however a diploma is "
        "sometimes preferred.\n"
    )
    got = needs(extract(tmp_path, text))["dental-receptionist"]
    assert named(got, "patient booking")


# --- Chinese ------------------------------------------------------------------------------------


def _zh_needs(text: str, *disabled: str) -> dict[str, set[str]]:
    facts = extract_facts(default_vocabulary(), "doc.txt", text, disabled=disabled)
    out: dict[str, set[str]] = {}
    for role, skill in facts.requires:
        out.setdefault(role, set()).add(facts.nodes[skill]["name"])
    return out


_ZH_HOTEL = (
    "酒店前台主管的工作\n"
    "想成为一名合格的前台主管,需要具备以下能力:\n"
    "- 排班能力:能够合理安排早晚班。\n"
    "- 投诉处理能力:冷静应对客人的不满。\n"
    "- 外语能力:可以用英语接待外宾。\n"
    "前台主管还要对客房入住率负责,承担一定的压力。\n"
    "晋升之路\n"
    "- 前台接待:具备两年经验后,可以晋升为前台主管。\n"
)


def test_a_chinese_cue_announcing_the_following_list_reads_its_items() -> None:
    got = _zh_needs(_ZH_HOTEL)
    assert {"排班能力", "投诉处理能力", "外语能力"} <= got["前台主管"]
    assert not any("以下" in name for names in got.values() for name in names)
    off = _zh_needs(_ZH_HOTEL, "zh.announced")
    assert "排班能力" not in off.get("前台主管", set())


def test_a_chinese_move_and_its_condition_name_no_skill() -> None:
    got = _zh_needs(_ZH_HOTEL)
    names = {name for names in got.values() for name in names}
    assert not any("晋升" in name or "经验后" in name for name in names)
    assert not any("压力" in name for name in names)  # after "对X负责" what follows is not what it answers for


# --- duties told in a sentence ---------------------------------------------------------------


def test_a_series_of_duties_each_names_a_skill() -> None:
    names = [
        s.name
        for s in skill_names(
            "sort the parcels by postcode, print and place address labels or perform weight checks.",
            predicate=True,
        )
    ]
    assert "Address labels" in names and "Weight checks" in names


def test_phrasal_and_light_verbs_of_duty_name_their_object() -> None:
    names = [
        s.name
        for s in skill_names("hand out the room keys, cover lunch breaks and watch the CCTV screens.", predicate=True)
    ]
    assert names == ["Room keys", "Lunch breaks", "CCTV screens"]


def test_a_head_role_supervising_others_is_a_duty_not_a_move(tmp_path: Path) -> None:
    text = (
        "# Careers in a bank branch\n\n"
        "Tellers serve the counter. A head teller supervises the other tellers, schedules shifts and handles "
        "the vault.\n"
    )
    got = needs(extract(tmp_path, text))["head-teller"]
    assert named(got, "teller", "supervision") and named(got, "shift") and named(got, "vault")


def test_what_employers_look_for_is_a_requirement(tmp_path: Path) -> None:
    text = "# Payroll Clerk\n\nEmployers look for spreadsheet skills, a careful manner and payroll software.\n"
    got = needs(extract(tmp_path, text))["payroll-clerk"]
    assert named(got, "spreadsheet") and named(got, "payroll software")


def test_a_question_heading_on_what_a_role_does_opens_its_duties(tmp_path: Path) -> None:
    text = (
        "# Working in hotels\n\n"
        "Hotels employ many people. Some work behind the scenes. Others meet every guest.\n\n"
        "## What does a concierge do?\n\n"
        "- Theatre bookings\n- Airport transfers\n- Restaurant recommendations\n"
    )
    got = needs(extract(tmp_path, text))["concierge"]
    assert named(got, "theatre booking") and named(got, "airport transfer")


def test_sentences_of_a_role_labelled_line_are_that_roles(tmp_path: Path) -> None:
    text = (
        "How do you grade your kitchen staff?\n\n"
        "We use three levels:\n"
        "  • Commis Chef (K1): 0-1 years. Cleans the walk-in fridge. Is responsible for stock rotation.\n"
        "  • Sous Chef (K3): 4-6 years. Checks the dry goods. Is responsible for rota planning.\n"
    )
    g = extract(tmp_path, text)
    got = needs(g)
    assert named(got["commis-chef"], "stock rotation") and named(got["sous-chef"], "rota planning")
    assert named(got["sous-chef"], "dry good") and not named(got["commis-chef"], "rota planning")
    assert "requirements.label-role" in rules_of(g, "sous-chef")


def test_the_means_of_a_duty_are_skills_too() -> None:
    names = [
        s.name
        for s in skill_names(
            "Fill empty rooms through online travel agents (OTAs), rate parity checks, and loyalty offers to lift "
            "occupancy."
        )
    ]
    assert "Online travel agents" in names and "Rate parity checks" in names and "Loyalty offers" in names
    assert not any("occupancy" in name.lower() for name in names)


def test_coordinating_with_a_party_after_another_duty_is_its_own_duty() -> None:
    names = [s.name for s in skill_names("Check the cold store, log temperatures, and coordinate with hauliers.")]
    assert "Haulier coordination" in names
    assert not any(name.lower().startswith("coordinate") for name in names)


def test_a_modal_in_a_question_states_no_requirement(tmp_path: Path) -> None:
    text = (
        "# Line Cook\n\n"
        "A line cook works one station. Was the dish plated on time, or should it have gone back to the pass?\n"
    )
    got = needs(extract(tmp_path, text)).get("line-cook", set())
    assert not named(got, "pass") and not named(got, "gone")


def test_a_part_of_a_hierarchy_as_subject_takes_no_earlier_roles_duties(tmp_path: Path) -> None:
    text = (
        "# How a hotel is staffed\n\n"
        "The first tier covers front-line posts, roles such as room attendant, night porter or receptionist. "
        "These staff keep the building running day and night. "
        "The top tier embraces hotel management, senior duties like revenue planning and budget control.\n"
    )
    got = needs(extract(tmp_path, text))
    for role in ("room-attendant", "night-porter", "receptionist"):
        assert not named(got.get(role, set()), "revenue planning")


def test_a_how_to_guide_is_about_the_first_post_its_title_names(tmp_path: Path) -> None:
    text = (
        "# How to Hire Head Housekeepers and Floor Supervisors\n\n"
        "Hiring well matters in hotels. Guest complaints fall when the right person leads the floors.\n\n"
        "Fabric care is necessary but not sufficient. Rota planning, linen budgeting, and staff coaching are "
        "learned skills that take time.\n"
    )
    got = needs(extract(tmp_path, text))["head-housekeeper"]
    assert {"fabric care", "rota planning", "linen budgeting", "staff coaching"} <= got


def test_an_opening_phrase_before_a_comma_is_no_list_of_skills(tmp_path: Path) -> None:
    text = "# Barista\n\nA barista makes coffee.\n\nIn busy cafes, speed is key.\n"
    got = needs(extract(tmp_path, text)).get("barista", set())
    assert not named(got, "cafe")


def test_a_duty_item_leading_other_roles_is_a_duty(tmp_path: Path) -> None:
    text = (
        "# Night Manager\n\n"
        "## Role summary\n\n"
        "- Lead a team of 6 night porters to keep the hotel safe.\n"
        "- Reconcile the day's takings before the audit.\n"
        "- Check the fire doors every night.\n"
    )
    got = needs(extract(tmp_path, text))["night-manager"]
    assert "team leadership" in got and named(got, "taking")


def test_working_conditions_and_fields_worked_in_are_named() -> None:
    def names(item: str) -> list[str]:
        return [s.name for s in skill_names(item)]

    assert names("Ability to work under pressure during the lunch rush") == ["Working under pressure"]
    assert names("Able to work independently") == ["Independent work"]
    fields = names("Proven experience in hotel reception or concierge roles")
    assert fields and all("roles" not in name for name in fields) and "hotel reception" in fields[0].lower()
    assert names("Ability to work in busy hospital wards") == []  # a place worked in, no skill


def test_what_a_post_means_you_do_are_its_duties(tmp_path: Path) -> None:
    text = (
        "# Life on the ward\n\n"
        "I started as a healthcare assistant. Becoming a ward clerk means you file the patient notes, "
        "answer the phones and chase the test results.\n"
    )
    got = needs(extract(tmp_path, text))["ward-clerk"]
    assert named(got, "patient note") and named(got, "phone") and named(got, "test result")


def test_a_post_followed_by_a_colon_and_gerunds_does_those_duties(tmp_path: Path) -> None:
    text = (
        "# From the dish pit to the pass\n\n"
        "My second job was as a prep cook: cleaning the fridges, labelling the containers and checking the "
        "deliveries.\n"
    )
    got = needs(extract(tmp_path, text))["prep-cook"]
    assert named(got, "fridge") and named(got, "container") and named(got, "deliver")


# --- degrees (requirements.degree) ---------------------------------------------------


def test_a_degree_asked_for_is_named_by_its_level(tmp_path: Path) -> None:
    text = (
        "# Pharmacy Technician\n\n"
        "## Requirements\n\n"
        "- A BSc in pharmacology or chemistry, or an associate degree with lab hours\n"
        "- Accurate dispensing\n\n"
        "Most clinics also require a high school diploma and experience in stock rotation, "
        "though an MBA is welcome for later posts.\n"
    )
    g = extract(tmp_path, text)
    got = needs(g)["pharmacy-technician"]
    assert {"bachelor's degree", "high school diploma"} <= got
    assert not named(got, "associate") and not named(got, "chemistry")  # an alternative, a subject
    assert named(got, "stock rotation")  # asked for beside the diploma
    assert "requirements.degree" in rules_of(g, "pharmacy-technician")
    off = needs(extract(tmp_path, text, disabled=("requirements.degree",)))["pharmacy-technician"]
    assert not off & {"bachelor's degree", "high school diploma"}


def test_a_degree_not_asked_for_is_no_requirement(tmp_path: Path) -> None:
    text = (
        "# Hotel Night Auditor\n\n"
        "Night auditors must hold a bachelor's degree. They are required to attend refresher courses after "
        "completing their master's degree. No diploma is required for the desk shifts.\n"
    )
    got = needs(extract(tmp_path, text))["hotel-night-auditor"]  # (the page's role)
    assert "bachelor's degree" in got
    assert not named(got, "master") and not named(got, "diploma")


def test_the_unfinished_last_word_of_a_page_cut_off_names_no_skill(tmp_path: Path) -> None:
    text = (
        "# Head Housekeeper\n\n"
        "A head housekeeper must handle linen ordering. "
        "Larger hotels also expect the head housekeeper to handle budg\n"
    )
    got = needs(extract(tmp_path, text))["head-housekeeper"]
    assert named(got, "linen") and not named(got, "budg")
    off = needs(extract(tmp_path, text, disabled=("requirements.no-skill",)))["head-housekeeper"]
    assert named(off, "budg")


def test_a_day_in_the_life_heading_opens_no_list_of_the_pages_role(tmp_path: Path) -> None:
    text = (
        "Ward Manager\n\n"
        "A day in the life\n"
        "Shifts start at seven with the handover\n"
        "Staff nurses check the drug rounds\n"
        "Healthcare assistants record fluid charts\n"
    )
    got = needs(extract(tmp_path, text))
    assert named(got.get("staff-nurse", set()), "drug round")
    assert named(got.get("healthcare-assistant", set()), "fluid chart")


def test_what_a_narrator_learned_in_a_post_names_its_skills(tmp_path: Path) -> None:
    text = (
        "# From porter to concierge\n\n"
        "I started as a night porter at the Grand in 2012. I learned how to run the luggage lift and log the "
        "deliveries.\nTwo years later I became the concierge. I learned a lot about booking theatre tickets and "
        "costing coach tours.\n"
    )
    got = needs(extract(tmp_path, text))
    assert named(got["concierge"], "booking theatre tickets") and named(got["concierge"], "costing coach tours")
    assert named(got["night-porter"], "luggage lift") and not named(got["night-porter"], "how")
    assert not any(named(skills, "about") or named(skills, "learn") for skills in got.values())


def test_a_list_going_on_after_a_place_or_time_lists_no_skills(tmp_path: Path) -> None:
    text = (
        "# Events Coordinator\n\n"
        "## Skills\n\n"
        "- Ability to plan and run tastings across Leeds, York, Hull, and Bath\n"
        "- Handle pricing across all venues, including menu costing, and wine lists\n"
    )
    got = needs(extract(tmp_path, text))["events-coordinator"]
    assert named(got, "tastings") and named(got, "menu costing")  # examples after "including" are items
    assert not (named(got, "york") or named(got, "hull") or named(got, "bath"))


def test_an_outcome_a_duty_is_for_names_no_skill(tmp_path: Path) -> None:
    text = (
        "# Hotel Manager\n\n"
        "Hotel managers are responsible for the smooth functioning of the front desk and for guest complaints. "
        "They play a key role in driving growth and profitability.\n"
    )
    got = needs(extract(tmp_path, text))["hotel-manager"]
    assert named(got, "guest complaints")
    assert not (named(got, "functioning") or named(got, "growth") or named(got, "profitability"))
    off = needs(extract(tmp_path, text, disabled=("requirements.no-skill",)))["hotel-manager"]
    assert named(off, "functioning") or named(off, "growth") or named(off, "profitability")


def test_an_activity_done_to_people_is_a_skill_and_a_step_in_a_career_is_none() -> None:
    assert not names_no_skill("Helping customers") and not names_no_skill("Serving hotel guests")
    assert names_no_skill("Existing customers") and names_no_skill("Loading bays")  # people, a place
    assert names_no_skill("The jump") and names_no_skill("A good reputation")


def test_a_duty_done_to_it_names_the_action(tmp_path: Path) -> None:
    text = "# Care Assistant\n\nCare assistants must log each fall and escalate it within the hour.\n"
    got = needs(extract(tmp_path, text))["care-assistant"]
    assert "escalation" in got and not named(got, "hour")


def test_duties_after_a_duty_in_one_item_are_read_as_duties(tmp_path: Path) -> None:
    text = "# Bank Teller\n\n## Typical tasks\n\n- Count the floats, check deposits correctly, and file reports\n"
    got = needs(extract(tmp_path, text))["bank-teller"]
    assert {"float counting", "deposit checking", "report filing"} <= got


def test_what_a_role_relies_on_and_coordinates_between_are_its_skills(tmp_path: Path) -> None:
    text = (
        "# Restaurant Host\n\n"
        "Restaurant hosts rely on patience and a good memory for names. "
        "A restaurant host must coordinate between the kitchen and the floor.\n"
    )
    got = needs(extract(tmp_path, text))["restaurant-host"]
    assert named(got, "patience") and "coordination" in got
    assert not named(got, "kitchen") and names_no_skill("The catering industry")
