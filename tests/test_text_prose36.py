"""Role -> skill requirements told in running prose (stop 36, from texts of our own).

The wording, roles and trades here are our own (a bakery, a hotel, a rail depot, a garden centre, a clinic); each
test fails on the code before the change it is about.
"""

from __future__ import annotations

from pathlib import Path

from text_helpers import links, read, rules_of

# --- requirements.spent-by: the post that spends the time on the work ----------------------------------------------


def test_the_post_named_before_spend_does_the_work_on_a_page_about_none(tmp_path: Path) -> None:
    page = (
        "Working in our bakery\n\n"
        "Bakery assistants spend most of the morning weighing ingredients, shaping rolls and cleaning the trays.\n"
    )
    g = read(tmp_path, page)
    got = links(g)
    assert {("bakery-assistant", k) for k in ("ingredient-weighing", "shaping-rolls")} <= got, got
    assert "requirements.spent-by" in rules_of(g, "bakery-assistant")


def test_the_post_named_before_spend_not_the_pages_post(tmp_path: Path) -> None:
    page = "Hotel Manager\n\nOur night porters spend their shifts checking the doors and cleaning the lobby.\n"
    got = links(read(tmp_path, page))
    assert {("night-porter", "door-checking"), ("night-porter", "lobby-cleaning")} <= got, got
    assert not any(role == "hotel-manager" for role, _ in got), got


def test_they_spend_is_the_post_the_sentence_before_opened_with(tmp_path: Path) -> None:
    page = (
        "Careers at the Grand\n\n"
        "Reception supervisors plan the rota. They spend their evenings checking the tills and training new staff.\n"
    )
    got = links(read(tmp_path, page))
    assert {("reception-supervisor", "till-checking"), ("reception-supervisor", "new-staff-training")} <= got, got
    # (who spends time on no work is still no post: customers)
    other = read(tmp_path, "Careers\n\nCustomers spend hours checking prices online.\n", name="b.txt")
    assert not links(other), links(other)


# --- requirements.duty-names: a filler noun that is the object's own word ---------------------------------------------


def test_a_filler_noun_before_another_noun_is_part_of_the_duty(tmp_path: Path) -> None:
    page = (
        "Rail Depot Controller\n\n"
        "Depot controllers manage the command centre for the whole yard and run focus groups with the drivers.\n"
    )
    got = links(read(tmp_path, page))
    assert ("depot-controller", "command-centre-management") in got, got
    # (before "of" it is still filler: the language is the skill)
    other = read(tmp_path, "Hotel Receptionist\n\nReceptionists must have a good command of French.\n", name="b.txt")
    assert {skill for _, skill in links(other)} == {"french"}, links(other)


# --- requirements.they-object: "they" before a verb of work whose predicate names a post ---------------------------


def test_they_before_a_duty_to_a_named_post_is_the_post_before(tmp_path: Path) -> None:
    page = (
        "Careers at the Grand\n\n"
        "Reception supervisors plan the rota for the front desk. They also train new receptionists and handle"
        " complaints that the desk staff cannot settle.\n\n"
        "Till supervisors count the floats. In addition, they train new cashiers.\n"
    )
    g = read(tmp_path, page)
    got = links(g)
    assert {("reception-supervisor", "new-receptionist-training"), ("reception-supervisor", "complaint-handling")} <= (
        got
    ), got
    assert ("till-supervisor", "new-cashier-training") in got, got
    assert "requirements.they-object" in rules_of(g, "till-supervisor")


def test_they_before_a_move_or_a_hand_off_to_a_post_names_no_duty(tmp_path: Path) -> None:
    page = (
        "Garden centre jobs\n\n"
        "Till supervisors count the floats and sort out refunds. They often become store managers. They answer to the"
        " store manager.\n"
    )
    got = links(read(tmp_path, page))
    assert not any("manager" in skill for _, skill in got), got
    assert {skill for role, skill in got if role == "till-supervisor"} == {"float-counting", "refunds"}, got


# --- requirements.subject-aside: an aside between a post and its verb ------------------------------------------------


def test_an_aside_between_a_post_and_its_verb_is_passed_over(tmp_path: Path) -> None:
    page = (
        "Inside the rail depot\n\n"
        "Depot controllers, often former shunters, monitor train movements from the control room and allocate"
        " platforms.\n\n"
        "Healthcare assistants, who are often trained on the job, take blood samples and prepare the treatment"
        " rooms.\n"
    )
    g = read(tmp_path, page)
    got = links(g)
    assert {("depot-controller", "train-movement-monitoring"), ("depot-controller", "platform-allocation")} <= got, got
    assert ("healthcare-assistant", "treatment-room-preparation") in got, got
    assert "requirements.subject-aside" in rules_of(g, "depot-controller")
    # (the post named in the aside does none of the work)
    assert not any(role == "shunter" for role, _ in got), got


def test_a_list_of_posts_opens_no_aside(tmp_path: Path) -> None:
    got = links(read(tmp_path, "Depot jobs\n\nShunters, drivers and cleaners work in shifts.\n"))
    assert not got, got


# --- requirements.duty-names: a state seen to after "ensure that" / "make sure that" --------------------------------


def test_a_state_seen_to_after_that_names_the_duty(tmp_path: Path) -> None:
    page = (
        "Library jobs\n\n"
        "As a library assistant, it is your job to ensure that new books are available in every branch.\n\n"
        "Bakery shop assistants must make sure that the visit is enjoyable so customers come back.\n"
    )
    got = links(read(tmp_path, page))
    assert ("library-assistant", "available-new-books") in got, got
    assert ("bakery-shop-assistant", "enjoyable-visit") in got, got


def test_a_that_clause_of_another_kind_still_ends_the_list(tmp_path: Path) -> None:
    page = "Library jobs\n\nBranch managers make sure that lending and outreach align with council goals.\n"
    got = links(read(tmp_path, page))
    assert not any("lending" in skill or "outreach" in skill for _, skill in got), got


# --- requirements.role-about: what the post's work is about -------------------------------------------------------


def test_what_the_job_is_about_names_its_skills(tmp_path: Path) -> None:
    page = (
        "Station Assistant\n\n"
        "Station assistants work on the platforms. The job is mostly about checking tickets and helping passengers.\n"
    )
    g = read(tmp_path, page)
    got = links(g)
    assert {("station-assistant", "ticket-checking"), ("station-assistant", "helping-passengers")} <= got, got
    assert "requirements.role-about" in rules_of(g, "station-assistant")


def test_each_share_of_a_role_names_its_thing(tmp_path: Path) -> None:
    page = (
        "Reservations Agent\n\n"
        "This role is 60% focused on guest check-in and 40% focused on phone bookings for our group hotels.\n"
    )
    got = links(read(tmp_path, page))
    assert {("reservations-agent", "guest-check-in"), ("reservations-agent", "phone-bookings")} <= got, got
    assert not any("hotel" in skill for _, skill in got), got


def test_about_a_number_or_about_to_names_nothing(tmp_path: Path) -> None:
    page = "Station Assistant\n\nThe job is about 40 hours a week. The role is about to change.\n"
    got = links(read(tmp_path, page))
    assert not got, got


def test_about_more_than_names_no_topic(tmp_path: Path) -> None:
    page = "Yard Lead\n\nThis job is about more than just overseeing the yard.\n"
    got = links(read(tmp_path, page))
    assert not any("than" in skill or "more" in skill for _, skill in got), got


# --- requirements.this-post: "This position involves ..." after a sentence about another post ---------------------


def test_this_position_after_a_sentence_opened_by_a_post_is_that_post(tmp_path: Path) -> None:
    page = (
        "Careers at Riverside Clinic\n\n"
        "Our clinic receptionists are the first people patients meet. They greet patients and book appointments.\n\n"
        "Healthcare assistants take blood samples and prepare the treatment rooms. This position also involves"
        " restocking supplies and sterilising equipment.\n\n"
        "The practice manager recruits new staff. The role demands strong leadership.\n"
    )
    g = read(tmp_path, page)
    got = links(g)
    assert ("healthcare-assistant", "supply-restocking") in got, got
    assert ("practice-manager", "leadership") in got, got
    receptionist = {skill for role, skill in got if role == "clinic-receptionist"}
    assert not receptionist & {"supply-restocking", "leadership"}, got


# --- requirements.work-range: what the work spans "from A to B" -----------------------------------------------------


def test_the_ends_of_the_works_range_are_its_skills(tmp_path: Path) -> None:
    page = (
        "Hotel housekeeping careers\n\n"
        "Room attendants clean the guest rooms. The work ranges from making beds to reporting maintenance faults.\n\n"
        "The executive housekeeper runs the department. The job covers everything from recruiting staff to ordering"
        " linen and managing the budget.\n"
    )
    g = read(tmp_path, page)
    got = links(g)
    assert ("room-attendant", "maintenance-fault-reporting") in got, got
    assert ("executive-housekeeper", "staff-recruitment") in got, got
    assert "requirements.work-range" in rules_of(g, "executive-housekeeper")


def test_a_range_of_figures_names_no_skill(tmp_path: Path) -> None:
    page = (
        "Merchandiser\n\n"
        "Salaries for merchandisers range from £18,000 to £35,000. Shifts range from 4 to 10 hours.\n\n"
        "Duties range from checking stock levels to training new staff.\n"
    )
    got = links(read(tmp_path, page))
    assert {skill for _, skill in got} == {"stock-level-checking", "new-staff-training"}, got


# --- requirements.duty-verb: "might" and "could" before the verb ------------------------------------------------------


def test_might_before_a_duty_is_read_as_may_is(tmp_path: Path) -> None:
    page = "Night Shift Picker\n\nYou might unload deliveries from suppliers. You could become a supervisor.\n"
    got = links(read(tmp_path, page))
    assert got == {("night-shift-picker", "delivery-unloading")}, got


# --- requirements.when-pronoun: a phrase of when before a pronoun subject --------------------------------------------


def test_a_phrase_of_when_before_they_is_passed_over(tmp_path: Path) -> None:
    page = (
        "Working behind the bar\n\n"
        "Bar staff serve drinks. During busy periods they restock the fridges and collect glasses.\n"
    )
    g = read(tmp_path, page)
    assert ("bar-staff", "fridge-restocking") in links(g), links(g)
    assert "requirements.when-pronoun" in rules_of(g, "bar-staff")


# --- requirements.tasks-are: "Your main tasks will be <gerunds>" -----------------------------------------------------


def test_the_posts_tasks_as_a_subject_name_the_gerunds_after_it(tmp_path: Path) -> None:
    page = (
        "Kitchen Porter\n\n"
        "Your main tasks will be washing pans, emptying the bins and cleaning the walk-in fridge.\n"
    )
    g = read(tmp_path, page)
    got = links(g)
    assert {("kitchen-porter", "bin-emptying"), ("kitchen-porter", "walk-in-fridge-cleaning")} <= got, got
    assert "requirements.tasks-are" in rules_of(g, "kitchen-porter")


# --- requirements.people-who-can: "someone who can <duties>" ---------------------------------------------------------


def test_someone_who_can_names_the_duties_after_can(tmp_path: Path) -> None:
    page = "Kitchen Porter\n\nWe're looking for someone who can work quickly and follow food hygiene rules.\n"
    g = read(tmp_path, page)
    got = links(g)
    assert ("kitchen-porter", "food-hygiene-rules") in got, got
    assert "requirements.people-who-can" in rules_of(g, "kitchen-porter")
    # (people who can do something, named as the subject, are no hirer's wish)
    other = read(tmp_path, "Kitchen Porter\n\nCustomers who can wait are served later.\n", name="b.txt")
    assert not links(other), links(other)


# --- requirements.duty-names: what an object leaves out is no part of its name ---------------------------------------


def test_what_an_object_leaves_out_is_cut_from_its_name(tmp_path: Path) -> None:
    page = "Room Attendant\n\nRoom attendants clean all rooms other than the suites.\n"
    got = links(read(tmp_path, page))
    assert got == {("room-attendant", "room-cleaning")}, got


# --- structure.answer-prose: an adverb before the answer's verb ----------------------------------------------------


def test_an_adverb_before_the_answers_verb_keeps_it_prose(tmp_path: Path) -> None:
    page = (
        "Night Auditor\n\n"
        "What does a night auditor do?\n\n"
        "Night auditors carefully balance the accounts and post the room charges.\n"
    )
    got = links(read(tmp_path, page))
    assert ("night-auditor", "room-charge-posting") in got, got
