"""Role -> skill requirements said the way translated articles often put them, read by patterns that hold in any
trade: what marks a post's holder told as "the hallmark of X is that he ...", and more.

The wording, roles and trades here are our own (a hotel, a freight depot, a bank branch, a clinic); each test
fails on the code before the change it is about.
"""

from __future__ import annotations

from pathlib import Path

from text_helpers import needs, read, rules_of

# --- requirements.cue: a noun of traits, its "of" phrase naming the post, then "is that he / she / they" ----------


def test_the_hallmark_of_a_post_is_that_she_gives_her_verbs(tmp_path: Path) -> None:
    text = (
        "# Hotel Jobs\n\n"
        "Front desk work is the face of the hotel.\n\n"
        "The hallmark of a good night auditor is that she balances the ledger, checks the room rates and keeps"
        " calm.\n"
    )
    g = read(tmp_path, text)
    got = needs(g)["night-auditor"]
    assert any("ledger" in s for s in got), got
    assert any("room rate" in s for s in got), got
    assert "requirements.cue" in rules_of(g, "night-auditor")


def test_the_characteristic_of_a_post_is_that_he_reads_past_the_pronoun(tmp_path: Path) -> None:
    text = (
        "# Freight Depot Roles\n\n"
        "The characteristic of a freight planner is that he understands the customs tariffs and has a good"
        " understanding of the haulage market.\n"
    )
    got = needs(read(tmp_path, text))["freight-planner"]
    assert any("customs tariff" in s for s in got), got
    assert any("haulage market" in s for s in got), got


def test_a_trait_noun_without_a_post_told_names_nothing(tmp_path: Path) -> None:
    text = (
        "# Bank Teller\n\n"
        "Bank tellers count cash at the counter. Patience is a rare trait, and a key feature of the new branch is"
        " that it opens on Sundays.\n"
    )
    got = needs(read(tmp_path, text)).get("bank-teller", set())
    assert not any("sunday" in s or "patience" in s for s in got), got


# --- requirements.cue: "is / are" and an adjective of knowing after a comma or "and" goes on with the list ---------


def test_a_run_of_one_subjects_traits_goes_on_after_is_familiar_with(tmp_path: Path) -> None:
    text = (
        "# Clinic Jobs\n\n"
        "Ward clerks must keep the patient files, are able to use the rota software and are familiar with the"
        " admissions forms.\n\n"
        "The hallmark of a transport planner is that he knows the delivery zones, is very familiar with the"
        " tachograph rules, and is skilled at route costing.\n"
    )
    got = needs(read(tmp_path, text))
    assert any("admissions form" in s for s in got["ward-clerk"]), got["ward-clerk"]
    assert any("patient file" in s for s in got["ward-clerk"]), got["ward-clerk"]
    planner = got["transport-planner"]
    assert any("tachograph" in s for s in planner), planner
    assert any("route costing" in s for s in planner), planner



def test_a_state_after_is_and_no_adjective_of_knowing_still_ends_the_list(tmp_path: Path) -> None:
    text = "# Warehouse Jobs\n\nPickers must scan the totes, and the aisle is familiar ground by the second week.\n"
    got = needs(read(tmp_path, text)).get("picker", set())
    assert not any("ground" in s for s in got), got


# --- requirements.cue: a list item's noun phrase joined by "of" may hold up to six content words -------------------


def test_a_longer_noun_phrase_with_an_of_phrase_is_one_item(tmp_path: Path) -> None:
    text = (
        "# Bank Jobs\n\n"
        "The main tasks of a bank clerk are to count and record cash, be familiar with the registration forms of"
        " new savings accounts, weekly vault checks, etc.\n"
    )
    got = needs(read(tmp_path, text))["bank-clerk"]
    assert any("savings account" in s for s in got), got
    assert any("vault check" in s for s in got), got


def test_a_long_noun_phrase_without_of_is_still_no_item(tmp_path: Path) -> None:
    text = (
        "# Bank Jobs\n\n"
        "The main tasks of a bank clerk are to count and record cash, busy friendly town centre branch counter"
        " work, weekly vault checks, etc.\n"
    )
    got = needs(read(tmp_path, text))["bank-clerk"]
    assert not any("town centre" in s for s in got), got


# --- requirements.duty-names: a past participle and "by" before a role close the item ------------------------------


def test_who_asked_for_the_work_is_cut_from_the_items_name(tmp_path: Path) -> None:
    text = (
        "# Hospital Jobs\n\n"
        "The main tasks of a ward clerk are to file the incident reports requested by the ward manager, order"
        " stationery, and book the patient transport arranged by the charge nurse.\n"
    )
    got = needs(read(tmp_path, text))["ward-clerk"]
    assert "incident report filing" in got, got
    assert "patient transport booking" in got, got
    assert not any("requested" in s or "arranged" in s for s in got), got


# --- requirements.cue: "the job (role) of X is to ..." ------------------------------------------------------------


def test_the_job_of_a_post_is_to_gives_the_infinitives(tmp_path: Path) -> None:
    text = (
        "# Hotel Careers\n\n"
        "The job of a front desk receptionist is to check guests in and out, answer phone calls and handle room"
        " bookings.\n\n"
        "The role of the night manager is to lock the safe and walk the floors.\n"
    )
    g = read(tmp_path, text)
    got = needs(g)
    assert any("room booking" in s for s in got["front-desk-receptionist"]), got
    assert any("phone call" in s for s in got["front-desk-receptionist"]), got
    assert any("safe" in s for s in got["night-manager"]), got
    assert "requirements.cue" in rules_of(g, "night-manager")


def test_the_role_of_a_thing_names_no_need(tmp_path: Path) -> None:
    text = (
        "# Warehouse Operative\n\n"
        "Warehouse operatives pick orders. The role of automation is to speed up the picking of small parts.\n"
    )
    got = needs(read(tmp_path, text)).get("warehouse-operative", set())
    assert not any("small part" in s or s == "picking" for s in got), got


# --- requirements.duty-names: "carry" is filler only in "carry out" ---------------------------------------------


def test_carrying_a_thing_is_a_duty_and_carrying_out_is_filler(tmp_path: Path) -> None:
    text = (
        "# Hotel Jobs\n\n"
        "A hotel offers these jobs:\n\n"
        "1. Head chef: cooks the meals.\n\n"
        "2. Night porter: mainly responsible for carrying luggage and guiding guests.\n\n"
        "3. Duty manager: responsible for carrying out fire checks and cashing up.\n"
    )
    got = needs(read(tmp_path, text))
    assert any("luggage" in s for s in got["night-porter"]), got
    assert any("fire check" in s for s in got["duty-manager"]), got
    assert not any(s.startswith("carrying out") or s == "out" for s in got["duty-manager"]), got


# --- mentions.titles: a one-word title as a list item's label is a post --------------------------------------------


def test_a_one_word_title_labelling_a_list_item_is_a_post_with_its_duties(tmp_path: Path) -> None:
    text = (
        "# Hotel Jobs\n\n"
        "A small hotel offers three kinds of jobs:\n\n"
        "1. Receptionist: checks guests in and takes room bookings.\n\n"
        "2. Housekeeper: cleans the guest rooms.\n\n"
        "- Concierge – books theatre tickets.\n\n"
        "Note: tips are shared.\n"
    )
    got = needs(read(tmp_path, text))
    assert any("room booking" in s for s in got["receptionist"]), got
    assert any("room cleaning" in s for s in got["housekeeper"]), got
    assert any("ticket" in s for s in got["concierge"]), got


# --- requirements.essential: after a post's label or "For a X," ----------------------------------------------------


def test_what_is_required_after_a_posts_label_is_that_posts(tmp_path: Path) -> None:
    text = (
        "# Logistics Jobs\n\n"
        "A depot usually hires for these posts.\n\n"
        "1. Transport planner: route planning and tachograph knowledge are required.\n\n"
        "For a yard marshal, a shunting licence and radio skills are needed.\n"
    )
    g = read(tmp_path, text)
    got = needs(g)
    assert any("route planning" in s for s in got["transport-planner"]), got
    assert any("tachograph" in s for s in got["transport-planner"]), got
    assert any("shunting licence" in s for s in got["yard-marshal"]), got
    assert "requirements.essential" in rules_of(g, "yard-marshal")


def test_a_label_naming_no_post_leaves_the_page_its_need(tmp_path: Path) -> None:
    text = "# Yard Marshal\n\nYard marshals park trailers.\n\nNote: a shunting licence is required.\n"
    got = needs(read(tmp_path, text))
    assert any("shunting licence" in s for s in got["yard-marshal"]), got


# --- requirements.duty-names: one plain word graded by "good", "strong" ... is a skill alone -------------------------


def test_a_graded_plain_word_is_a_skill_and_splits_off_before_an_article(tmp_path: Path) -> None:
    text = (
        "# Depot Jobs\n\n"
        "Loaders need good eyesight.\n\n"
        "Yard marshals need a shunting licence, good stamina and a sense of urgency.\n"
    )
    got = needs(read(tmp_path, text))
    assert "eyesight" in got["loader"], got
    assert "stamina" in got["yard-marshal"], got
    assert "urgency" in got["yard-marshal"], got


def test_a_grade_before_pay_names_no_skill(tmp_path: Path) -> None:
    text = "# Depot Jobs\n\nLoaders need good pay and regular breaks.\n"
    got = needs(read(tmp_path, text)).get("loader", set())
    assert "pay" not in got, got


# --- requirements.duty-names: a closing word of how much a thing is wanted is no part of its name ------------------


def test_preferred_or_a_plus_closing_an_item_is_no_part_of_the_skill(tmp_path: Path) -> None:
    text = (
        "# Kitchen Porter\n\n"
        "Requirements\n"
        "- Food hygiene certificate preferred\n"
        "- Experience with dish machines desirable\n"
        "- Conversational Spanish a plus\n"
    )
    got = needs(read(tmp_path, text))["kitchen-porter"]
    assert "food hygiene certificate" in got, got
    assert "dish machines" in got, got
    assert "conversational spanish" in got, got


# --- requirements.cue: "expert in", "skilled in / at", "adept at", "versed in" ---------------------------------------


def test_expert_in_and_skilled_in_open_the_list_of_what_a_post_knows(tmp_path: Path) -> None:
    text = (
        "# Hotel Skills\n\n"
        "Revenue Manager: Expert in rate setting, yield reports, and channel management.\n\n"
        "Head Porter: Skilled in luggage handling and guest greeting.\n"
    )
    got = needs(read(tmp_path, text))
    assert "rate setting" in got["revenue-manager"], got
    assert "channel management" in got["revenue-manager"], got
    assert "luggage handling" in got["head-porter"], got


def test_handling_after_a_noun_names_a_duty_and_the_list_opens_at_the_noun(tmp_path: Path) -> None:
    text = "# Hotel Jobs\n\nPorters are trusted with cash handling, key control and lost property.\n"
    got = needs(read(tmp_path, text))["porter"]
    assert "cash handling" in got, got
    assert "key control" in got, got


# --- requirements.essential: "increasingly important", "A and the ability to B" ----------------------------------


def test_a_skill_and_the_ability_to_do_something_increasingly_important_are_both_read(tmp_path: Path) -> None:
    text = (
        "# Pharmacy Technician\n\n"
        "Pharmacy technicians count pills. Stock control knowledge and the ability to label prescriptions are"
        " increasingly important.\n"
    )
    g = read(tmp_path, text)
    got = needs(g)["pharmacy-technician"]
    assert "stock control knowledge" in got, got
    assert any("prescription" in s for s in got), got
    assert "requirements.essential" in rules_of(g, "pharmacy-technician")


def test_a_one_word_title_opening_a_line_before_a_comma_and_mainly_is_a_post(tmp_path: Path) -> None:
    text = (
        "# Logistics Jobs\n\n"
        "Dispatcher, mainly responsible for planning routes and booking collections.\n\n"
        "Porter，mainly responsible for carrying luggage.\n"
    )
    got = needs(read(tmp_path, text))
    assert "route planning" in got["dispatcher"], got
    assert any("luggage" in s for s in got["porter"]), got


# --- requirements.inherited: "In addition to having the ability of a X, Y must ..." -------------------------------


def test_a_post_given_the_ability_of_another_needs_its_skills_too(tmp_path: Path) -> None:
    text = (
        "# Bakery Jobs\n\n"
        "The main tasks of a junior baker are to weigh the flour, shape the loaves and clean the ovens.\n\n"
        "In addition to having the ability of a junior baker, pastry chefs must also be able to temper chocolate.\n"
    )
    g = read(tmp_path, text)
    got = needs(g)
    assert any("loaf" in s for s in got["pastry-chef"]), got
    assert any("oven" in s for s in got["pastry-chef"]), got
    assert any("chocolate" in s for s in got["pastry-chef"]), got
    assert not any("chocolate" in s for s in got["junior-baker"]), got
    assert "requirements.inherited" in rules_of(g, "pastry-chef")


def test_the_skills_of_a_thing_hand_nothing_on(tmp_path: Path) -> None:
    text = (
        "# Bakery Jobs\n\n"
        "The main tasks of a junior baker are to weigh the flour and shape the loaves.\n\n"
        "Besides the skills of the trade, head bakers must plan the rota.\n"
    )
    got = needs(read(tmp_path, text))
    assert not any("loaf" in s for s in got.get("head-baker", set())), got


# --- requirements.duty-verb: "X, mainly <verb> ..." -----------------------------------------------------------------


def test_a_post_a_comma_and_mainly_before_its_verb_of_duty(tmp_path: Path) -> None:
    text = "# Hotel Jobs\n\nNight porter, mainly checks the fire doors and locks the gates.\n"
    g = read(tmp_path, text)
    got = needs(g)["night-porter"]
    assert any("fire door" in s for s in got), got
    assert any("gate" in s for s in got), got
    assert "requirements.duty-verb" in rules_of(g, "night-porter")


def test_the_work_content_is_to_gives_the_infinitives(tmp_path: Path) -> None:
    text = (
        "# Clinic Careers\n\n"
        "1. Medical receptionist\n\n"
        "This position is the first contact for patients. The work content is to book appointments, register new"
        " patients and answer the phone.\n"
    )
    got = needs(read(tmp_path, text))["medical-receptionist"]
    assert any("appointment" in s for s in got), got
    assert any("phone" in s for s in got), got


def test_the_work_is_to_be_done_names_no_duty(tmp_path: Path) -> None:
    text = "# Porter\n\nPorters carry bags. The work is to be done by noon.\n"
    got = needs(read(tmp_path, text))["porter"]
    assert not any("noon" in s or s.startswith("be ") for s in got), got


# --- requirements.duty-names: "keep X up to date" is "update X" -----------------------------------------------------


def test_keeping_a_thing_up_to_date_is_updating_it(tmp_path: Path) -> None:
    text = (
        "# Clinic Careers\n\n"
        "The practice nurse takes blood samples. She also needs to keep patient records up to date.\n"
    )
    got = needs(read(tmp_path, text))["practice-nurse"]
    assert "patient record updating" in got, got
    assert not any(s.endswith(" up") for s in got), got
