"""Requirement links, stop 22: what job ads and role profiles say that is no requirement of the work (applying,
shifts, light verbs) and whose requirement a shortened title states (texts written here, in other trades)."""

from __future__ import annotations

from pathlib import Path

from text_helpers import extract, named, needs

from careergraph.loaders.text_requirements import names_no_skill

# --- requirements.not-work: applying and being hired --------------------------------------


_CLINIC = (
    "# Clinic Receptionist\n\n"
    "Riverside Clinic is hiring a receptionist for its busy outpatient desk.\n\n"
    "## Responsibilities\n\n"
    "- Book patient appointments\n"
    "- Answer the phones\n\n"
    "Successful applicants will need to pass a background check and an enhanced vetting interview.\n\n"
    "If you need any adjustments during the application process, please let us know.\n"
)


def test_what_applying_takes_is_no_requirement_of_the_work(tmp_path: Path) -> None:
    got = needs(extract(tmp_path, _CLINIC))["clinic-receptionist"]
    assert named(got, "phone")  # the duties listed stay
    assert not named(got, "background") and not named(got, "vetting") and not named(got, "application")


def test_the_rule_can_be_switched_off(tmp_path: Path) -> None:
    got = needs(extract(tmp_path, _CLINIC, disabled=("requirements.not-work",)))["clinic-receptionist"]
    assert named(got, "background")


# --- requirements.no-skill: when the work is done, light verbs ----------------------------


def test_shifts_and_time_in_post_are_no_skills(tmp_path: Path) -> None:
    text = (
        "# Night Security Officer\n\n"
        "Night security officers patrol the car parks of a shopping centre. The post requires weekend and "
        "overnight shifts and strong report writing.\n"
    )
    got = needs(extract(tmp_path, text)).get("night-security-officer", set())
    assert not named(got, "shift")
    assert names_no_skill("Six months") and names_no_skill("Occasional need")
    assert not names_no_skill("Shift scheduling") and not names_no_skill("Goal setting")


def test_a_light_verb_alone_names_no_activity(tmp_path: Path) -> None:
    text = (
        "# Library Assistant\n\n"
        "Library assistants keep a branch library running. The job involves working with local schools, reading "
        "groups and the archive team, and ensuring that returned books are shelved.\n"
    )
    got = needs(extract(tmp_path, text))["library-assistant"]
    assert "working" not in got and "ensuring" not in got
    assert names_no_skill("Working") and not names_no_skill("Working under pressure")


# --- requirements.subject: a title that ends the page's own -------------------------------


def test_a_shortened_title_stands_for_the_pages_role(tmp_path: Path) -> None:
    text = (
        "# Hospital Ward Manager\n\n"
        "A ward is run by its manager. The Ward Manager is responsible for staff rotas, infection control and bed "
        "management.\n"
    )
    got = needs(extract(tmp_path, text))
    assert named(got["hospital-ward-manager"], "infection control")
    assert "ward-manager" not in got


# --- requirements.duty-names: an item addressed to the reader -----------------------------


_BAKERY = (
    "# Bakery Shift Lead\n\n"
    "Join our neighbourhood bakery as a shift lead.\n\n"
    "## About you\n\n"
    "- You have run a bakery counter or a busy café floor\n"
    "- You will train new starters and run the weekly stock count\n"
    "- You are confident with a till and card readers\n"
    "- You need to be up early\n\n"
    "When hiring a shift lead, look for the following skills and some specific qualities.\n"
)


def test_an_item_addressed_to_the_reader_names_what_the_reader_does(tmp_path: Path) -> None:
    got = needs(extract(tmp_path, _BAKERY))["bakery-shift-lead"]
    assert named(got, "new starter", "training") and named(got, "stock count")
    assert not named(got, "early")


def test_skills_not_said_which_name_none(tmp_path: Path) -> None:
    got = needs(extract(tmp_path, _BAKERY))
    assert not any(named(skills, "specific") or named(skills, "following") for skills in got.values())
    assert names_no_skill("Key skills") and not names_no_skill("Negotiation skills")


# --- requirements.narrator: what "I've" done in the post held then -------------------------


def test_duties_told_in_the_perfect_are_the_post_held_then(tmp_path: Path) -> None:
    text = (
        "# My years behind the pharmacy counter\n\n"
        "I joined a high-street pharmacy as a counter assistant in 2016. Later I became a dispenser. I've labelled "
        "prescriptions, checked stock deliveries and handled repeat prescription requests. In my first week I "
        "understood little of what my supervisor asked me.\n\n"
        "Today I am the pharmacy manager.\n"
    )
    got = needs(extract(tmp_path, text))
    assert named(got["dispenser"], "prescription", "label") and named(got["dispenser"], "stock deliver")
    assert "counter-assistant" not in got
    assert not any(named(skills, "supervisor") for skills in got.values())
    assert names_no_skill("Supervisor") and not names_no_skill("Supervisor training")


# --- requirements.section: a list of duties, and a degree's subject ------------------------


_FRONT_OFFICE = (
    "# Hotel Front Office Supervisor\n\n"
    "## Responsibilities\n\n"
    "- Supervise the reception team on shift and allocate daily tasks\n"
    "- Handle guest complaints and escalate serious issues to the Duty Manager\n\n"
    "## Requirements\n\n"
    "- Degree in Hospitality, Tourism or related discipline\n"
    "- Bachelor's degree in a relevant field (or equivalent experience)\n"
)


def test_after_a_long_duty_an_item_naming_another_role_is_a_duty_too(tmp_path: Path) -> None:
    got = needs(extract(tmp_path, _FRONT_OFFICE))["hotel-front-office-supervisor"]
    assert named(got, "complaint", "handling") and named(got, "escalation")


def test_the_subjects_of_a_degree_are_no_skills(tmp_path: Path) -> None:
    got = needs(extract(tmp_path, _FRONT_OFFICE))["hotel-front-office-supervisor"]
    assert "bachelor's degree" in got and "degree" not in got  # (a degree of no level names none)
    assert not named(got, "tourism") and not named(got, "discipline")


def test_a_bodily_task_with_no_object_names_its_activity(tmp_path: Path) -> None:
    text = (
        "# Market Stall Assistant\n\n"
        "## Duties\n\n"
        "- Weigh the fruit for customers\n"
        "- Pack into crates at closing time\n"
        "- Serve customers quickly\n"
    )
    got = needs(extract(tmp_path, text))["market-stall-assistant"]
    assert "packing" in got and not named(got, "closing")


# --- requirements.subject: cues that ask nothing of the role --------------------------------


def test_a_denied_cue_and_the_writers_own_need_ask_nothing(tmp_path: Path) -> None:
    text = (
        "# Kitchen Porter\n\n"
        "Kitchen porters don't require a formal qualification. Kitchen porters do not need a driving licence. "
        "A degree is not required, but most kitchens require a food hygiene certificate.\n\n"
        '"We also need to bear in mind that wages have risen," said the survey\'s author. We need someone with '
        "stamina.\n"
    )
    got = needs(extract(tmp_path, text))["kitchen-porter"]
    assert named(got, "hygiene") and named(got, "stamina")
    assert not named(got, "qualification") and not named(got, "licence") and not named(got, "mind")


# --- requirements.duty-names: what an ad offers, and idioms of attention -------------------


def test_what_the_job_offers_the_reader_is_no_skill(tmp_path: Path) -> None:
    text = (
        "# Spa Receptionist\n\n"
        "## What you'll do\n\n"
        "- You will report to the Spa Manager and greet every guest\n"
        "- You'll get free treatments and a uniform\n"
        "- You will take bookings by phone\n"
    )
    got = needs(extract(tmp_path, text))["spa-receptionist"]
    assert named(got, "booking")
    assert not named(got, "report") and not named(got, "treatment") and not named(got, "uniform")


def test_attention_paid_and_skills_built_are_named_as_the_quality(tmp_path: Path) -> None:
    text = (
        "# Dental Nurse\n\n"
        "## Skills\n\n"
        "- to be thorough and pay attention to detail\n"
        "- a friendly, professional manner\n"
        "- Must be 18 years of age or older\n\n"
        "Dental nurses who want to earn more should build skills in radiography.\n"
    )
    got = needs(extract(tmp_path, text))["dental-nurse"]
    assert "attention to detail" in got and named(got, "radiography")
    assert "detail" not in got and "attention" not in got and "a friendly" not in got
    assert not named(got, "age") and not named(got, "building")


def test_all_aspects_of_and_a_state_kept_name_the_work_not_the_goal(tmp_path: Path) -> None:
    text = (
        "# Cafe Supervisor\n\n"
        "A cafe supervisor is responsible for all aspects of cafe operations. On a busy day the supervisor must "
        "keep the team calm and keep a number of orders moving within deadlines.\n"
    )
    got = needs(extract(tmp_path, text))["cafe-supervisor"]
    assert named(got, "cafe operations") and not named(got, "aspect")
    assert not named(got, "calm") and not named(got, "number") and not named(got, "deadline")
    assert names_no_skill("A series of promotions") and names_no_skill("Delivery drivers")


def test_verbs_in_a_series_before_their_object_are_verbs(tmp_path: Path) -> None:
    text = (
        "# Head Porter\n\n"
        "## Responsibilities\n\n"
        "- Lead, coach, and mentor a team of six porters\n"
        "- Keep the lobby tidy\n"
    )
    got = needs(extract(tmp_path, text))["head-porter"]
    assert named(got, "team", "mentoring") and "lead" not in got
    assert names_no_skill("Lead") and not names_no_skill("Lead generation")


def test_a_gerund_of_a_verb_ending_in_a_double_letter_is_a_duty(tmp_path: Path) -> None:
    text = "# Bank Cashier\n\n## Duties\n\n- Processing cash deposits and withdrawals\n- Counting the tills\n"
    got = needs(extract(tmp_path, text))["bank-cashier"]
    assert "cash deposit processing" in got and "withdrawal processing" in got


def test_working_closely_with_partners_names_them(tmp_path: Path) -> None:
    text = "# Florist\n\nFlorists arrange bouquets. They work closely with wholesalers to source stems.\n"
    got = needs(extract(tmp_path, text))["florist"]
    assert "working with wholesalers" in got
