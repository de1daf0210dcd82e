"""Requirement links, stop 23: page structures that carry what a role does or needs (texts written here, in
other trades than the pages the rules were read from)."""

from __future__ import annotations

from pathlib import Path

from text_helpers import extract, named, needs, read

from careergraph.loaders.text_requirements import names_no_skill

# --- structure.needs-lists: a short line announcing the list under it -------------------------


_PHARMACY = (
    "# Pharmacy Technician\n\n"
    "Pharmacy technicians work behind the counter of a high-street pharmacy.\n\n"
    "A pharmacy technician's working day usually involves –\n\n"
    "• Preparing prescriptions for collection\n"
    "• Ordering stock from wholesalers\n"
    "• Checking expiry dates on the shelves\n"
)


def test_a_short_line_ending_in_a_dash_announces_the_duties_under_it(tmp_path: Path) -> None:
    got = needs(extract(tmp_path, _PHARMACY)).get("pharmacy-technician", set())
    assert named(got, "prescription") and named(got, "expiry")


def test_a_short_line_ending_in_a_colon_announces_them_too(tmp_path: Path) -> None:
    got = needs(extract(tmp_path, _PHARMACY.replace("involves –", "involves:"))).get("pharmacy-technician", set())
    # (the ordering is named by its verb's action, as the other duties are: requirements.noun-verbs)
    assert named(got, "prescription") and named(got, "stock ordering")


def test_the_announcement_can_be_switched_off(tmp_path: Path) -> None:
    got = needs(extract(tmp_path, _PHARMACY, disabled=("structure.needs-lists",))).get("pharmacy-technician", set())
    assert not named(got, "prescription")


# --- requirements.section: a label naming work, explained by a sentence ----------------------


_KITCHEN = (
    "# Kitchen Porter\n\n"
    "Kitchen porters keep a restaurant kitchen clean and stocked.\n\n"
    "## Main duties\n\n"
    "- Pot Washing and Cleaning: You will scrub pans and trays by hand and load the glass washer during service.\n"
    "- Deliveries: You will check food deliveries against the order sheet and store them in the cold room.\n"
)


def test_a_label_naming_work_names_a_skill_and_its_explanation_is_read(tmp_path: Path) -> None:
    got = needs(extract(tmp_path, _KITCHEN))["kitchen-porter"]
    assert named(got, "pot washing")  # the label joined by 'and' (before, only the sentence after it was read)
    assert named(got, "pan")  # ... and the sentence
    assert named(got, "deliveries")  # a one-word label
    assert named(got, "food deliver")  # (before, only the label was read)


def test_a_label_naming_a_kind_of_skill_is_no_skill(tmp_path: Path) -> None:
    text = _KITCHEN.replace("Pot Washing and Cleaning:", "Hygiene and safety skills:")
    got = needs(extract(tmp_path, text))["kitchen-porter"]
    assert not named(got, "hygiene and safety skills")


# --- structure.answers: the answer's own requirement cue ----------------------------------------


_BUS = (
    "Bus Driver\n\n"
    "Bus drivers take passengers around the city on fixed routes.\n\n"
    "Life as a Bus Driver: Which Qualities and Skills Count?\n\n"
    "Owing to the public-facing character of this work and the duty of helping passengers on a daily basis, a "
    "reliable Bus Driver will require a clean licence, a calm and patient manner and good road awareness.\n"
)


def test_the_answer_is_read_after_its_own_cue_not_from_the_reasons_before_it(tmp_path: Path) -> None:
    got = needs(read(tmp_path, _BUS))["bus-driver"]
    assert named(got, "licence") and named(got, "road awareness")
    assert not named(got, "character") and not named(got, "daily")


# --- requirements.duty-verb: 'they' with a role named late in the sentence ----------------------


_WARD = (
    "Ward Clerk\n\n"
    "Ward Clerks can be found at the front desk of every hospital ward in the region. They answer the ward phone, "
    "file patient notes, book patient transport and order stationery under the direction of the Ward Manager.\n"
)


def test_they_does_the_duties_when_another_role_is_named_only_after_them(tmp_path: Path) -> None:
    got = needs(read(tmp_path, _WARD)).get("ward-clerk", set())
    assert named(got, "phone") and named(got, "patient note") and named(got, "transport")
    assert "ward-manager" not in needs(read(tmp_path, _WARD))


def test_a_role_named_in_the_first_duty_is_still_a_hand_off(tmp_path: Path) -> None:
    text = _WARD.replace("They answer the ward phone,", "They pass urgent calls to the Ward Manager,")
    got = needs(read(tmp_path, text)).get("ward-clerk", set())
    assert not named(got, "call")


# --- requirements.cue: a cue word inside a job title --------------------------------------------


def test_a_cue_word_inside_a_job_title_is_no_cue(tmp_path: Path) -> None:
    text = (
        "Night Receptionist\n\n"
        "Night receptionists keep a hotel's front desk open overnight. They check in late arrivals, balance the "
        "till, take phone bookings and hand a written log to the Duty Manager at six.\n"
    )
    got = needs(read(tmp_path, text)).get("night-receptionist", set())
    assert named(got, "till") and named(got, "phone booking")
    assert not named(got, "manager")


# --- requirements.duty-names: 'Ensure to' / 'Make sure to' before the duty ----------------------


def test_ensure_to_opens_the_duty_that_follows_it(tmp_path: Path) -> None:
    text = (
        "# Bar Assistant\n\n"
        "Bar assistants keep a busy bar stocked during service.\n\n"
        "## Duties and Responsibilities\n\n"
        "- Ensure to restock the bottle fridges in the main bar at all times.\n"
        "- Make sure to change the beer kegs in the cellar before each shift.\n"
    )
    got = needs(extract(tmp_path, text))["bar-assistant"]
    assert named(got, "restocking") and named(got, "keg")
    assert not named(got, "times") and not named(got, "shift")


# --- requirements.duty-names: a duty done to the people served ---------------------------------


def test_a_duty_done_to_the_people_served_is_named_by_its_action(tmp_path: Path) -> None:
    text = (
        "# Branch Adviser\n\n"
        "Branch advisers look after account holders in a high-street bank.\n\n"
        "## Key responsibilities\n\n"
        "- Advising clients on savings products\n"
        "- Helping visitors book appointments online\n"
        "- Processing cash deposits\n"
    )
    got = needs(extract(tmp_path, text))["branch-adviser"]
    assert named(got, "advising clients") and named(got, "helping visitors")
    assert "clients" not in got and "visitors" not in got  # (the people alone are no skill)


# --- requirements.label-role: a role's label and a phrase naming its work ------------------------


_HOTEL_PATHS = (
    "# Hotel Careers\n\n"
    "Most people start on reception and branch out from there.\n\n"
    "## Other routes\n\n"
    "- Events Coordinator — planning weddings and conference bookings\n"
    "- Revenue Manager — room pricing and occupancy forecasts\n"
    "- Night Auditor – 2 years\n"
    "- Reservations Agent – Brighton\n"
)


def test_a_role_label_and_a_phrase_name_that_roles_work(tmp_path: Path) -> None:
    got = needs(extract(tmp_path, _HOTEL_PATHS))
    assert named(got.get("events-coordinator", set()), "wedding")
    assert named(got.get("revenue-manager", set()), "pricing") and named(got["revenue-manager"], "forecast")
    assert "night-auditor" not in got and "reservations-agent" not in got  # (years and a place are no work)


# --- requirements.imperative: a line of duties, sentence after sentence ------------------------------


_BANK_LADDER = (
    "Branch careers\n"
    "Banks promote from within, and each rung builds on the one below.\n"
    "Level 1: Cashier (0-2 years)\n"
    "Count the float, process deposits, balance the till. Answer account queries at the counter.\n"
    "Level 2: Senior Cashier (2-4 years)\n"
    "Open the vault, train new starters, cover breaks for the Branch Manager.\n"
)


def test_the_later_sentences_of_a_line_of_duties_are_duties_too(tmp_path: Path) -> None:
    got = needs(read(tmp_path, _BANK_LADDER))["cashier"]
    assert named(got, "float") and named(got, "account quer")


def test_a_role_named_only_in_the_last_duty_of_a_line_leaves_the_duties_before_it(tmp_path: Path) -> None:
    got = needs(read(tmp_path, _BANK_LADDER)).get("senior-cashier", set())
    assert named(got, "vault") and named(got, "starter")
    assert "branch-manager" not in needs(read(tmp_path, _BANK_LADDER))


# --- requirements.cue: what those who hire look for -------------------------------------------


_CARE = (
    "Care Assistant\n\n"
    "Care assistants support older people in residential homes.\n\n"
    "Employers also want someone who has first aid training. Most employers look for good listening skills. "
    "Recruiters value a clean disclosure check.\n"
)


def test_what_employers_and_recruiters_want_is_the_pages_roles_need(tmp_path: Path) -> None:
    got = needs(read(tmp_path, _CARE))
    assert named(got["care-assistant"], "first aid")  # ('also' between the hirer and the verb)
    assert named(got["care-assistant"], "listening skills")
    assert named(got["care-assistant"], "disclosure")
    assert "recruiter" not in got  # (who hires is no post whose needs these are)


# --- requirements.duty-names: a gerund naming a kind of skill --------------------------------------


def test_a_gerund_before_skills_names_the_skill_not_a_duty(tmp_path: Path) -> None:
    text = (
        "# Dental Receptionist\n\n"
        "Dental receptionists run the front desk of a practice.\n\n"
        "## Skills\n\n"
        "- Good listening skills\n"
        "- Strong writing and speaking skills\n"
    )
    got = needs(extract(tmp_path, text))["dental-receptionist"]
    assert named(got, "listening skills") and named(got, "writing")
    assert "listening" not in got  # (not the verb 'listen' with 'skills' as its object)


# --- requirements.duty-names: working with things is no list of partners ---------------------------


def test_working_with_a_thing_does_not_end_the_list(tmp_path: Path) -> None:
    text = (
        "Bank Teller\n\n"
        "Bank tellers serve customers at a branch counter. A teller needs the ability to work with cash, "
        "strong numeracy skills and a polite manner.\n"
    )
    got = needs(read(tmp_path, text))["bank-teller"]
    assert named(got, "cash") and named(got, "numeracy")


def test_working_with_people_still_ends_the_list_of_partners(tmp_path: Path) -> None:
    text = (
        "Bank Teller\n\n"
        "Bank tellers serve customers at a branch counter. Tellers must liaise with mortgage advisers, "
        "branch managers and auditors.\n"
    )
    got = needs(read(tmp_path, text)).get("bank-teller", set())
    assert not named(got, "auditor")


# --- structure.needs-lists: a line announcing what the role needs, and the short lines under it ----


_TELLER = (
    "Bank Teller\n\n"
    "Bank tellers serve customers at the counter of a branch.\n\n"
    "To work as a teller in most branches you will need:\n"
    "Good numeracy\n"
    "A calm and polite manner\n\n"
    "Most tellers start on a fixed-term contract.\n"
)


def test_a_line_ending_in_a_need_and_a_colon_opens_a_list_of_short_lines(tmp_path: Path) -> None:
    got = needs(read(tmp_path, _TELLER))["bank-teller"]
    assert named(got, "numeracy") and named(got, "manner")
    assert not named(got, "contract")


# --- requirements.section: a heading of duties makes its items duties ------------------------------


def test_the_items_under_a_heading_of_duties_are_duties_from_the_first(tmp_path: Path) -> None:
    text = (
        "# Warehouse Picker\n\n"
        "Pickers fill customer orders in a distribution centre.\n\n"
        "## Responsibilities\n\n"
        "- Pick customer orders with a handheld scanner\n"
        "- Wrap pallets before dispatch\n"
    )
    got = needs(extract(tmp_path, text))["warehouse-picker"]
    assert named(got, "order picking")  # ('pick' may be a noun: the heading says it is a duty)
    assert not named(got, "scanner")


# --- structure.run-on-items: a line of items under a requirements heading -----------------------------


_PORTER_AD = (
    "Hospital Porter\n\n"
    "Job summary\n"
    "Our teaching hospital is hiring porters for its day and night rotas.\n\n"
    "Duties:\n"
    "Move patients between wards; deliver specimens to the laboratory; collect clinical waste; restock linen "
    "cupboards.\n\n"
    "Requirements:\n"
    "Manual handling certificate. Good physical fitness. Clear spoken English.\n"
)


def test_a_line_of_items_under_a_heading_gives_one_item_a_piece(tmp_path: Path) -> None:
    got = needs(read(tmp_path, _PORTER_AD))["hospital-porter"]
    assert named(got, "specimen") and named(got, "waste") and named(got, "linen")  # (semicolons)
    assert named(got, "manual handling") and named(got, "physical fitness") and named(got, "english")  # (sentences)


def test_a_paragraph_of_prose_under_a_heading_is_no_line_of_items(tmp_path: Path) -> None:
    text = _PORTER_AD.replace(
        "Manual handling certificate. Good physical fitness. Clear spoken English.",
        "Most of our porters joined us straight from school and learned the job on the wards. Some of them moved "
        "into nursing later on. We train every new starter ourselves over their first few weeks on shift.",
    )
    got = needs(read(tmp_path, text))["hospital-porter"]
    assert not named(got, "school") and not named(got, "nursing")


# --- requirements.section: an item saying what its skill does -----------------------------------


def test_an_item_saying_what_its_skill_does_names_only_the_skill(tmp_path: Path) -> None:
    text = (
        "# Taxi Driver\n\n"
        "Taxi drivers take fares around town day and night.\n\n"
        "## Skills and qualities\n\n"
        "- Sound local knowledge allows drivers to avoid roadworks and traffic jams.\n"
        "- Patience and tact are essential for calming tired late-night passengers.\n"
    )
    got = needs(extract(tmp_path, text))["taxi-driver"]
    assert named(got, "local knowledge") and named(got, "patience")
    assert not named(got, "roadwork") and not named(got, "traffic") and not named(got, "passenger")


# --- requirements.duty-verb: 'acts as X, doing A, doing B' -------------------------------------------


def test_the_participles_after_acts_as_are_the_roles_duties(tmp_path: Path) -> None:
    text = (
        "Hotel Concierge\n\n"
        "A Hotel Concierge acts as the main point of contact for guests, booking restaurant tables, arranging "
        "city tours, and handling late check-outs.\n"
    )
    got = needs(read(tmp_path, text))["hotel-concierge"]
    assert named(got, "restaurant table") and named(got, "city tour")


def test_a_sentence_saying_what_the_role_is_names_no_skill(tmp_path: Path) -> None:
    text = (
        "Bank Teller\n\n"
        "What does a bank teller do?\n\n"
        "Bank tellers are the first people customers meet when they walk into a branch.\n"
    )
    got = needs(read(tmp_path, text)).get("bank-teller", set())
    assert not named(got, "teller")


# --- requirements.duty-verb: a phrase of when before the role ---------------------------------------


def test_a_phrase_of_when_before_the_role_leaves_it_the_subject(tmp_path: Path) -> None:
    text = (
        "Shop Supervisor\n\n"
        "Shop supervisors run a small high-street store. At the close of each day a shop supervisor counts "
        "the tills and locks the shutters. During busy periods the supervisor restocks the front displays.\n"
    )
    got = needs(read(tmp_path, text))["shop-supervisor"]
    assert named(got, "till") and named(got, "shutter") and named(got, "display")


# --- requirements.section: short lines run together into one sentence --------------------------------


def test_short_lines_without_bullets_read_as_one_sentence_are_one_item_each(tmp_path: Path) -> None:
    text = (
        "Delivery Driver\n\n"
        "Delivery drivers take parcels from the depot to customers' doors.\n\n"
        "What you'll need\n\n"
        "a full UK driving licence\n"
        "good knowledge of local roads\n"
        "basic smartphone skills\n"
    )
    got = needs(read(tmp_path, text))["delivery-driver"]
    assert named(got, "driving licence") and named(got, "local roads") and named(got, "smartphone")
    assert not any("licence" in name and "roads" in name for name in got)  # (not one item across the lines)


# --- requirements.cue: 'the X role is to ...' ----------------------------------------------------------


def test_what_a_role_is_to_do_is_its_duty(tmp_path: Path) -> None:
    text = (
        "Shift Lead\n\n"
        "Shift leads run the floor of a fast-food restaurant. Part of the shift lead role is to count the safe "
        "before closing.\n"
    )
    got = needs(read(tmp_path, text))["shift-lead"]
    assert named(got, "safe")


# --- requirements.no-skill: the page pointing at its list -----------------------------------------------


def test_words_pointing_at_the_list_below_are_no_skill(tmp_path: Path) -> None:
    text = (
        "Bakery Assistant Job Description\n\n"
        "The duties and responsibilities of a bakery assistant are enumerated as under :-\n\n"
        "  • Slice and wrap loaves for the shop counter.\n"
        "  • Clean the ovens at closing time.\n"
    )
    got = needs(read(tmp_path, text)).get("bakery-assistant", set())
    assert named(got, "oven")
    assert not named(got, "under") and not named(got, "enumerated")


def test_words_for_requirements_that_do_not_say_which_are_no_skill(tmp_path: Path) -> None:
    assert names_no_skill("Specifications") and names_no_skill("Requirements") and names_no_skill("Attributes")
    assert not names_no_skill("Personal attributes") and not names_no_skill("Entry requirements")


# --- requirements.cue: 'roles in' a sector is no part played ---------------------------------------------


def test_roles_in_a_sector_are_no_part_played_in_the_work(tmp_path: Path) -> None:
    text = (
        "Hotel pay report\n\n"
        "Front Office Managers and Night Managers saw pay rise this year. Specific roles in hospitality, such as "
        "Events Coordinator and Revenue Analyst, grew fastest, reflecting demand for guest-facing staff.\n"
    )
    got = needs(read(tmp_path, text))
    assert not any(named(skills, "hospitality") or named(skills, "demand") for skills in got.values())


def test_a_key_role_in_some_work_is_still_a_duty(tmp_path: Path) -> None:
    text = "Night Manager\n\nNight managers run a hotel overnight. They play a key role in guest security.\n"
    got = needs(read(tmp_path, text))["night-manager"]
    assert named(got, "security")


# --- mentions.titles: a level and a hyphenated word in a long title -------------------------------------


def test_a_long_title_with_a_level_and_a_hyphenated_field_is_read_whole(tmp_path: Path) -> None:
    text = (
        "In-store Bakery Counter Tier 2 Team Leader\n\n"
        "3 days ago\n\n"
        "Responsibilities\n"
        "- Manage the counter team on each shift\n"
        "- Order flour and packaging\n"
    )
    got = needs(read(tmp_path, text))
    assert "in-store-bakery-counter-tier-2-team-leader" in got
    assert named(got["in-store-bakery-counter-tier-2-team-leader"], "flour")


# --- requirements.subject: 'X, as the Y of Z, will be responsible for' ---------------------------------


def test_a_role_named_as_what_the_subject_is_does_not_take_its_needs(tmp_path: Path) -> None:
    text = (
        "Ward Manager\n\n"
        "The Ward Manager, as the senior nurse on the ward, will be responsible for rota planning and "
        "infection control audits.\n"
    )
    got = needs(read(tmp_path, text))
    assert named(got.get("ward-manager", set()), "rota planning")
    assert "senior-nurse" not in got


# --- requirements.duty-names: people management is a skill -------------------------------------------------


def test_people_management_names_a_skill(tmp_path: Path) -> None:
    text = (
        "# Restaurant Manager\n\n"
        "Restaurant managers run a restaurant's front of house.\n\n"
        "## Key skills\n\n"
        "- People and performance management\n"
        "- Strong people skills\n"
    )
    got = needs(extract(tmp_path, text))["restaurant-manager"]
    assert named(got, "people management") and named(got, "performance management") and named(got, "people skills")


# --- requirements.imperative: 'Focus on A, B and C' in a line of duties ---------------------------------


def test_focus_on_names_the_skills_it_lists(tmp_path: Path) -> None:
    text = (
        "Coffee shop careers\n"
        "Most baristas climb the same ladder.\n"
        "Level 1: Barista (0-1 years)\n"
        "Serve drinks at the bar, learn the menu by heart. Focus on stock rotation, customer service, and latte art.\n"
        "Level 2: Shift Supervisor (1-3 years)\n"
        "Open the shop and count the tills.\n"
    )
    got = needs(read(tmp_path, text))["barista"]
    assert named(got, "stock rotation") and named(got, "customer service") and named(got, "latte art")


def test_the_duties_of_a_line_stay_when_a_later_piece_names_no_duty(tmp_path: Path) -> None:
    text = (
        "Florist\n\n"
        "Florists make up bouquets in a flower shop. They trim the stems, learn the seasons by heart, and wire the "
        "buttonholes.\n"
    )
    got = needs(read(tmp_path, text)).get("florist", set())
    assert named(got, "stem")  # (before, the piece named as written dropped every duty of the line)


# --- mentions.titles: a plural title is no modifier of the title after it ----------------------------------


def test_a_plural_title_and_its_verb_are_no_modifiers_of_the_next_title(tmp_path: Path) -> None:
    text = (
        "Teaching Assistant\n\n"
        "Teaching Assistants support teachers in primary classrooms. They also mark spelling tests and run "
        "reading groups.\n"
    )
    got = needs(read(tmp_path, text))
    assert "teaching-assistants-support-teacher" not in got
    assert named(got.get("teaching-assistant", set()), "spelling test")
