"""The post a page is about (its subject role), stated the ways job ads and role pages state it (stop 39).

The wording, roles and trades here are our own (a hotel's laundry, a bakery, a rail depot); each test fails on the
code before the change it is about.
"""

from __future__ import annotations

from pathlib import Path

from text_helpers import links, read, roles

# --- structure.opening-subject: "Reporting to the X, the Y will ...": Y is the page's post, X whom it answers to ---


def test_subject_after_an_opening_phrase_of_whom_it_reports_to(tmp_path: Path) -> None:
    page = (
        "Join our hotel\n\n"
        "Reporting to the Head Housekeeper, the Laundry Attendant is responsible for all the linen of the hotel.\n\n"
        "- Wash and press the table linen\n"
        "- Fold towels for the guest rooms\n"
        "- Count the sheets back from each floor\n"
    )
    got = links(read(tmp_path, page))
    own = {skill for role, skill in got if role == "laundry-attendant"}
    assert any("towel" in s for s in own), got
    assert not any(role == "head-housekeeper" for role, _ in got), got


def test_subject_after_a_partner_phrase_in_a_later_sentence(tmp_path: Path) -> None:
    page = (
        "Careers at the Mill Bakery\n\n"
        "We bake for twelve cafes across the county. Working alongside the Head Baker, the Shift Lead will run our"
        " early production line.\n\n"
        "- Plan the order of the morning bakes\n"
        "- Check oven temperatures every hour\n"
    )
    got = links(read(tmp_path, page))
    own = {skill for role, skill in got if role == "shift-lead"}
    assert any("oven" in s or "temperature" in s for s in own), got
    assert not any(role == "head-baker" for role, _ in got), got


def test_partner_phrase_before_you_makes_no_subject_of_the_partner(tmp_path: Path) -> None:
    page = (
        "Join the depot\n\n"
        "Reporting to the Depot Manager, you will keep our trains in service.\n\n"
        "- Couple and uncouple the carriages\n"
        "- Check the brakes before each move\n"
    )
    got = links(read(tmp_path, page))
    assert not any(role == "depot-manager" for role, _ in got), got


# --- structure.job-title: a title line of two names joined by a slash, the first of one word ----------------------


def test_slashed_title_line_opening_on_a_one_word_title(tmp_path: Path) -> None:
    page = (
        "Receptionist / Administrator\n\n"
        "Westfield Veterinary Practice, Derby\n\n"
        "Main duties\n"
        "- Book appointments for pet owners\n"
        "- Take payments at the front desk\n"
        "- File the clinical records\n"
    )
    g = read(tmp_path, page)
    got = links(g)
    own = {skill for role, skill in got if role == "receptionist"}
    assert any("appointment" in s for s in own), got
    assert "administrator" not in {role for role, _ in got}, got
    assert "Administrator" in g.nodes["receptionist"].get("aliases", []), g.nodes["receptionist"]


def test_slashed_title_with_a_tail_and_no_spaces(tmp_path: Path) -> None:
    page = (
        "Waiter/Waitress Job Description\n\n"
        "Our brasserie needs friendly floor staff.\n\n"
        "Responsibilities\n"
        "- Greet diners and show them to their tables\n"
        "- Take orders and serve food\n"
    )
    got = links(read(tmp_path, page))
    assert any(role == "waiter" and "greet" in skill for role, skill in got), got
    assert not any(role == "waitress" for role, _ in got), got


def test_two_names_of_a_line_in_prose_are_no_title_line(tmp_path: Path) -> None:
    page = "Open evenings\n\nOur Receptionist / Administrator team will show you round.\n"
    g = read(tmp_path, page)
    assert "administrator" not in roles(g), roles(g)


# --- structure.lone-subject: the page's only role, the subject of its sentence after an opening phrase or a quantity -


def test_lone_role_after_an_opening_phrase_owns_the_page_list(tmp_path: Path) -> None:
    page = (
        "A Night on the Desk\n\n"
        "In most hotels, night porters work alone from eleven until seven.\n\n"
        "Typical duties include:\n"
        "- Locking the doors at midnight\n"
        "- Preparing the breakfast room\n"
    )
    got = links(read(tmp_path, page))
    assert any(role == "night-porter" and "breakfast" in skill for role, skill in got), got


def test_lone_role_after_a_word_of_quantity_owns_the_page_list(tmp_path: Path) -> None:
    page = (
        "Life in the Signal Box\n\n"
        "Most railway signallers work twelve-hour shifts in a box by the line.\n\n"
        "The job includes:\n"
        "- Setting routes for each train\n"
        "- Logging every train that passes\n"
    )
    got = links(read(tmp_path, page))
    assert any(role == "railway-signaller" and "route" in skill for role, skill in got), got


def test_lone_role_inside_a_sentence_owns_no_list(tmp_path: Path) -> None:
    page = (
        "Our Garden Open Day\n\n"
        "Bring the family: our visitors can meet a beekeeper and taste the honey.\n\n"
        "On the day:\n"
        "- Tasting local honey\n"
        "- Planting seeds with the children\n"
    )
    got = links(read(tmp_path, page))
    assert not any(role == "beekeeper" for role, _ in got), got


# --- structure.subject: a title naming the post by its service, the page's first lines by its holders' title ------


def test_service_title_takes_the_holders_title_named_below_it(tmp_path: Path) -> None:
    page = (
        "Rail Customer Service Roles Explained\n\n"
        "This guide looks at the daily work of rail customer service assistants at busy stations.\n\n"
        "Core Duties of Rail Customer Service\n\n"
        "- Giving travel information\n"
        "- Helping passengers board\n"
        "- Selling tickets from the kiosk\n"
    )
    got = links(read(tmp_path, page))
    own = {skill for role, skill in got if role == "rail-customer-service-assistant"}
    assert any("ticket" in s for s in own), got
    assert not any(role == "rail-customer-service" for role, _ in got), got


def test_service_title_with_no_holders_title_stays_the_post(tmp_path: Path) -> None:
    page = (
        "Ferry Customer Service Roles Explained\n\n"
        "This guide looks at the daily work at the ferry terminal.\n\n"
        "- Giving travel information\n"
        "- Selling tickets from the kiosk\n"
    )
    got = links(read(tmp_path, page))
    assert any(role == "ferry-customer-service" and "ticket" in skill for role, skill in got), got


# --- structure.job-title: a table of a job description's details, its title row naming the page's post -----------


def test_details_table_names_the_post_and_no_detail_is_a_post(tmp_path: Path) -> None:
    page = (
        "# Vacancy\n\n"
        "| Job title | Depot Fitter |\n"
        "|---|---|\n"
        "| Location | Crewe depot |\n"
        "| Hours | Nights, 40 a week |\n\n"
        "## Main duties\n\n"
        "- Change brake pads on the units\n"
        "- Inspect the bogies each night\n"
    )
    g = read(tmp_path, page, name="page.md")
    got = links(g)
    assert any(role == "depot-fitter" and "brake" in skill for role, skill in got), got
    assert not {"location", "hours"} & roles(g), roles(g)


# --- mentions.titles: "dedicated" says how a post is held, no word of its title ----------------------------------


def test_dedicated_before_a_title_is_no_part_of_its_name(tmp_path: Path) -> None:
    page = (
        "Weddings at the Manor\n\n"
        "Every couple is given a dedicated wedding coordinator who plans the day with them.\n"
    )
    g = read(tmp_path, page)
    assert "wedding-coordinator" in roles(g), roles(g)
    assert not any(key.startswith("dedicated") for key in roles(g)), roles(g)


# --- mentions.titles: a job noun spelled as a comparative, in the plural, is the post ("Gas fitters work ...") -----


def test_plural_of_a_comparative_job_noun_before_a_verb_is_a_post(tmp_path: Path) -> None:
    page = (
        "Careers in Home Heating\n\n"
        "Gas fitters work in homes and offices across the region.\n\n"
        "Typical duties include:\n"
        "- Fitting new boilers\n"
        "- Testing pipes for leaks\n"
    )
    got = links(read(tmp_path, page))
    assert any(role == "gas-fitter" and "boiler" in skill for role, skill in got), got


def test_comparative_before_a_noun_is_still_no_post(tmp_path: Path) -> None:
    g = read(tmp_path, "Tips\n\nA cleaner kitchen makes a safer kitchen.\n")
    assert not roles(g), roles(g)


# --- mentions.titles: a modifier in its British spelling ("Signalling", "Labelling") stays in the title ----------


def test_british_spelling_of_a_modifier_stays_in_the_title(tmp_path: Path) -> None:
    page = (
        "Labelling Machine Operator\n\n"
        "Our bakery's packing hall runs two shifts.\n\n"
        "Main duties\n"
        "- Load label rolls into the machines\n"
        "- Check the dates printed on each pack\n"
    )
    got = links(read(tmp_path, page))
    assert any(role == "labelling-machine-operator" and "date" in skill for role, skill in got), got
    assert not any(role == "machine-operator" for role, _ in got), got


def test_lone_role_named_only_in_the_call_to_apply_owns_the_page_list(tmp_path: Path) -> None:
    page = (
        "About the job\n\n"
        "You will join a small team at our craft bakery, making cakes for weddings and birthdays.\n\n"
        "What you'll be doing\n"
        "- Covering cakes in sugarpaste\n"
        "- Piping names and messages\n"
        "- Making sugar flowers\n\n"
        "Apply today for the Cake Decorator position.\n"
    )
    got = links(read(tmp_path, page))
    assert any(role == "cake-decorator" and "piping" in skill for role, skill in got), got


def test_lone_role_of_a_ladder_level_is_no_call_to_apply(tmp_path: Path) -> None:
    page = (
        "Level 2\n\n"
        "This level is reached after a year in the Porter role.\n\n"
        "Skills\n"
        "- Guiding new starters\n"
    )
    got = links(read(tmp_path, page))
    assert not any(role == "porter" for role, _ in got), got


# --- structure.subject: a job ad's other openings naming the post it offers ---------------------------------------


def test_opening_question_names_the_post_offered(tmp_path: Path) -> None:
    page = (
        "Are you a qualified Vehicle Technician looking for a change?\n\n"
        "Our family garage has served Ludlow for forty years.\n\n"
        "You will:\n"
        "- Service cars and vans\n"
        "- Diagnose engine faults\n"
        "- Explain repairs to the service advisor\n"
    )
    got = links(read(tmp_path, page))
    assert any(role == "vehicle-technician" and "fault" in skill for role, skill in got), got


def test_opportunity_for_a_post_names_the_post_offered(tmp_path: Path) -> None:
    page = (
        "This is a great opportunity for a Pastry Chef to join our hotel kitchen brigade and learn from our Head"
        " Chef.\n\n"
        "Main duties\n"
        "- Bake the breakfast pastries\n"
        "- Plate desserts for the restaurant\n"
    )
    got = links(read(tmp_path, page))
    assert any(role == "pastry-chef" and "dessert" in skill for role, skill in got), got
    assert not any(role == "head-chef" for role, _ in got), got


def test_the_successful_post_holder_names_the_post_offered(tmp_path: Path) -> None:
    page = (
        "Jobs at the Seaview\n\n"
        "The successful Housekeeping Supervisor will lead our team of room attendants.\n\n"
        "Tasks\n"
        "- Check rooms before guests arrive\n"
        "- Order linen and supplies\n"
    )
    got = links(read(tmp_path, page))
    assert any(role == "housekeeping-supervisor" and "linen" in skill for role, skill in got), got
    assert not any(role == "room-attendant" for role, _ in got), got


# --- structure.partner-roles: a relation's label alone on its line, the related post on the next -----------------


def test_post_under_a_reports_to_label_line_takes_no_list(tmp_path: Path) -> None:
    page = (
        "Job title\n"
        "Ticket Office Clerk\n\n"
        "Reports to\n"
        "Station Manager\n\n"
        "Key responsibilities\n"
        "1. Sell tickets and railcards\n"
        "2. Balance the till at the end of the shift\n"
    )
    got = links(read(tmp_path, page))
    assert any(role == "ticket-office-clerk" and "till" in skill for role, skill in got), got
    assert not any(role == "station-manager" for role, _ in got), got


# --- structure.opening-subject: "We need a Y" as "The Mill Hotel needs a Y" --------------------------------------


def test_we_need_a_post_names_the_post_offered(tmp_path: Path) -> None:
    page = (
        "We urgently need a Relief Signaller for the boxes around Carlisle.\n\n"
        "You will cover for the regular signallers and report to the Shift Manager.\n\n"
        "Day to day:\n"
        "- Set routes for passing trains\n"
        "- Keep the train register\n"
    )
    got = links(read(tmp_path, page))
    assert any(role == "relief-signaller" and "route" in skill for role, skill in got), got
    assert not any(role == "shift-manager" for role, _ in got), got


# --- mentions.titles: "Team Member" in capitals on a job ad's title line is a post --------------------------------


def test_team_member_title_line_names_the_post(tmp_path: Path) -> None:
    page = (
        "Team Member - Station Cafe (Part Time)\n\n"
        "Our cafe on platform one serves commuters from six in the morning.\n\n"
        "What you'll do\n"
        "- Make hot drinks to order\n"
        "- Restock the sandwich fridge\n"
    )
    got = links(read(tmp_path, page))
    assert any(role == "team-member" and "fridge" in skill for role, skill in got), got


def test_team_members_in_a_sentence_are_no_post(tmp_path: Path) -> None:
    g = read(tmp_path, "Benefits\n\nOur Team Members enjoy free hot drinks on shift.\n")
    assert "team-member" not in roles(g), roles(g)
