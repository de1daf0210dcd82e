"""Moves told in stories and on pages about where a post leads, tested on texts of our own in other trades (a
rail depot, a hotel, a farm, a council office): the wordings blind probes of ours showed the loader missing."""

from __future__ import annotations

from pathlib import Path

from text_helpers import moves, read


def test_a_clause_opening_before_that_after_a_comma_tells_the_post_held_earlier(tmp_path: Path) -> None:
    text = (
        "Depot people\n\n"
        "I have been the depot's yard manager since 2020; before that I was a shunter for nine years.\n"
    )
    found = moves(read(tmp_path, text))
    assert ("shunter", "yard-manager") in found
    assert ("yard-manager", "shunter") not in found


def test_a_clause_opening_previously_after_but_tells_the_post_held_earlier(tmp_path: Path) -> None:
    text = "Hotel people\n\nShe is head concierge today, but previously she was a night porter at the same hotel.\n"
    found = moves(read(tmp_path, text))
    assert ("night-porter", "head-concierge") in found
    assert ("head-concierge", "night-porter") not in found


def test_a_post_held_by_a_later_time_after_and_follows_the_post_taken(tmp_path: Path) -> None:
    text = (
        "Farm people\n\n"
        "She joined the estate as a tractor driver in 2012 and was farm manager by 2018.\n\n"
        "I started as a council clerk and was office manager within four years.\n"
    )
    found = moves(read(tmp_path, text))
    assert ("tractor-driver", "farm-manager") in found
    assert found["tractor-driver", "farm-manager"]["years_max"] == 6.0
    assert ("council-clerk", "office-manager") in found
    assert found["council-clerk", "office-manager"]["years_max"] == 4.0


def test_a_post_held_by_night_or_within_a_team_is_no_later_post(tmp_path: Path) -> None:
    text = (
        "Hotel people\n\n"
        "I started as a waiter and was a bartender by night.\n\n"
        "She joined as a porter and was a shift supervisor within the team.\n"
    )
    found = moves(read(tmp_path, text))
    assert ("waiter", "bartender") not in found
    assert ("porter", "shift-supervisor") not in found


def test_a_post_the_narrator_was_soon_follows_the_post_told_before(tmp_path: Path) -> None:
    text = (
        "Rail people\n\n"
        "I started out as a trainee signaller at a small box in 2009.\n"
        "The inspectors liked my work and I was soon the relief signaller for the whole line.\n"
    )
    assert ("trainee-signaller", "relief-signaller") in moves(read(tmp_path, text))


def test_a_post_after_and_after_that_is_a_later_step_of_the_ladder(tmp_path: Path) -> None:
    text = (
        "Hotel careers\n\n"
        "Night porters can become night managers, and after that duty managers.\n\n"
        "Kitchen careers\n\n"
        "Commis chefs move up to junior sous chef and, after this, to head chef.\n"
    )
    found = moves(read(tmp_path, text))
    assert ("night-manager", "duty-manager") in found
    assert ("night-porter", "duty-manager") not in found
    assert ("junior-sous-chef", "head-chef") in found


def test_go_on_to_before_a_verb_of_training_leaves_the_subject_to_it(tmp_path: Path) -> None:
    text = (
        "Dental practice careers\n\n"
        "Dental nurses often go on to train as hygienists.\n\n"
        "Railway careers\n\n"
        "Several of our track workers have gone on to qualify as signallers.\n"
    )
    found = moves(read(tmp_path, text))
    assert ("dental-nurse", "hygienist") in found
    assert ("track-worker", "signaller") in found


def test_a_door_opened_to_a_post_is_a_move_to_it(tmp_path: Path) -> None:
    text = (
        "Bakery careers\n\n"
        "A year as a bakery assistant opens the door to shift baker posts.\n\n"
        "Library careers\n\n"
        "Working as a library assistant can open up new doors to becoming a branch librarian.\n"
    )
    found = moves(read(tmp_path, text))
    assert ("bakery-assistant", "shift-baker") in found
    assert found["bakery-assistant", "shift-baker"]["years_max"] == 1.0
    assert ("library-assistant", "branch-librarian") in found


def test_a_door_opened_to_a_person_is_no_move(tmp_path: Path) -> None:
    text = (
        "Hotel careers\n\n"
        "The night porter opens the door to the duty manager at six.\n"
        "The cleaner opens the door to the general manager's office every morning.\n"
    )
    found = moves(read(tmp_path, text))
    assert ("night-porter", "duty-manager") not in found
    assert ("cleaner", "general-manager") not in found


def test_how_many_of_a_roles_holders_before_former_leaves_the_move(tmp_path: Path) -> None:
    text = (
        "Depot careers\n\n"
        "Our depot managers are nearly all former shunters.\n\n"
        "Bakery careers\n\n"
        "Our shift bakers are almost all former bakery assistants.\n"
    )
    found = moves(read(tmp_path, text))
    assert ("shunter", "depot-manager") in found
    assert ("bakery-assistant", "shift-baker") in found


def test_what_a_roles_holders_were_when_they_joined_is_where_they_started(tmp_path: Path) -> None:
    text = (
        "Rail careers\n\n"
        "Most of our signallers were track workers when they joined.\n\n"
        "Our students were volunteers when they started.\n"
    )
    found = moves(read(tmp_path, text))
    assert ("track-worker", "signaller") in found
    assert not any(b == "student" for _, b in found)


def test_a_post_someone_got_the_narrator_is_the_narrators_post(tmp_path: Path) -> None:
    text = (
        "My years on the farm\n\n"
        "When I left school my uncle got me a job as a farm labourer on an estate near York.\n"
        "After three years the owner made me a tractor driver.\n"
    )
    found = moves(read(tmp_path, text))
    assert ("farm-labourer", "tractor-driver") in found
    assert found["farm-labourer", "tractor-driver"]["years_max"] == 3.0


def test_a_how_i_became_title_is_where_the_story_ends(tmp_path: Path) -> None:
    text = (
        "How I became a station manager\n\n"
        "I was hired as a ticket clerk in 2009. Three years later I was made a platform supervisor.\n"
    )
    found = moves(read(tmp_path, text))
    assert ("station-manager", "ticket-clerk") not in found
    assert ("ticket-clerk", "platform-supervisor") in found
    assert ("platform-supervisor", "station-manager") in found


def test_a_story_goes_on_past_another_person_named_first_in_a_sentence(tmp_path: Path) -> None:
    text = (
        "My library years\n\n"
        "I worked as a library assistant in our town for six years.\n\n"
        "When the old librarian retired, she put my name forward, and I became the branch librarian.\n"
    )
    found = moves(read(tmp_path, text))
    assert ("library-assistant", "branch-librarian") in found


def test_a_post_after_my_is_a_person_not_a_step_of_the_story(tmp_path: Path) -> None:
    text = (
        "My farm years\n\n"
        "I was a tractor driver on an estate for five years.\n\n"
        "Then my farm manager went on leave. I became a farm manager myself a year later.\n"
    )
    found = moves(read(tmp_path, text))
    assert ("tractor-driver", "farm-manager") in found


def test_the_post_a_first_job_was_further_on_in_its_clause(tmp_path: Path) -> None:
    text = (
        "My rail years\n\n"
        "I got my first proper job in 2011, checking tickets on the night trains out of Glasgow as a ticket"
        " inspector.\n\n"
        "In 2015 I became a conductor.\n"
    )
    found = moves(read(tmp_path, text))
    assert ("ticket-inspector", "conductor") in found


def test_a_post_in_another_persons_clause_is_not_the_narrators(tmp_path: Path) -> None:
    text = (
        "My hotel years\n\n"
        "I got a job at the hotel in 2014, where my sister worked as a housekeeper.\n\n"
        "In 2016 I became a receptionist.\n"
    )
    assert ("housekeeper", "receptionist") not in moves(read(tmp_path, text))


def test_an_appointment_then_where_the_person_joined_is_a_career_up_to_the_post(tmp_path: Path) -> None:
    text = (
        "Bakery chain news\n\n"
        "Crumb & Co has promoted Lena Hart to head of bakery operations.\n"
        "Hart joined the chain as a bakery assistant in 2010 and has been area manager since 2017.\n"
    )
    found = moves(read(tmp_path, text))
    assert ("head-of-bakery-operations", "bakery-assistant") not in found
    assert ("bakery-assistant", "area-manager") in found
    assert ("area-manager", "head-of-bakery-operations") in found


def test_a_post_held_previously_after_an_appointment_leads_to_it(tmp_path: Path) -> None:
    text = (
        "Rail news\n\n"
        "Northline has named Omar Reid as its head of stations. He was previously a station manager.\n"
    )
    assert ("station-manager", "head-of-stations") in moves(read(tmp_path, text))


def test_a_sentence_opening_with_another_name_starts_another_story(tmp_path: Path) -> None:
    text = (
        "Our farm team\n\n"
        "Tom Hale started with us as a tractor driver in 2008 and has been farm manager since 2019.\n"
        "Ruth Lane joined as a dairy assistant in 2015 and was herd manager by 2021.\n"
    )
    found = moves(read(tmp_path, text))
    assert ("tractor-driver", "farm-manager") in found
    assert ("dairy-assistant", "herd-manager") in found
    assert ("farm-manager", "dairy-assistant") not in found


def test_a_role_that_prepares_its_holders_for_a_post_moves_to_it(tmp_path: Path) -> None:
    text = (
        "Garage careers\n\n"
        "Two years as a tyre fitter prepares you thoroughly for a service advisor role.\n\n"
        "Kitchen careers\n\n"
        "Working as a commis chef is good preparation for a sous chef position.\n"
    )
    found = moves(read(tmp_path, text))
    assert ("tyre-fitter", "service-advisor") in found
    assert ("commis-chef", "sous-chef") in found


def test_preparing_a_thing_for_a_person_is_no_move(tmp_path: Path) -> None:
    text = (
        "Kitchen careers\n\n"
        "Kitchen porters prepare the room for the head chef every morning.\n"
        "Our course prepares you for the duty manager's questions.\n"
    )
    found = moves(read(tmp_path, text))
    assert ("kitchen-porter", "head-chef") not in found
    assert not any(b == "duty-manager" for _, b in found)


def test_a_person_who_came_as_a_post_and_was_doing_the_work_as_another(tmp_path: Path) -> None:
    text = (
        "Meet Ravi, our head baker\n\n"
        "Ravi came to the bakery in 2012 as a kitchen porter. Within a year he was running the ovens as a night"
        " baker.\n"
    )
    found = moves(read(tmp_path, text))
    assert ("kitchen-porter", "night-baker") in found


def test_a_ladder_told_in_prose_with_above_goes_rung_by_rung(tmp_path: Path) -> None:
    text = (
        "How a depot is organised\n\n"
        "At the bottom of the ladder are the warehouse operatives. Directly above the warehouse operative sits the"
        " shunter. The next rung up is the yard supervisor, and above that the depot manager. At the very top is the"
        " area manager.\n"
    )
    found = moves(read(tmp_path, text))
    assert ("warehouse-operative", "shunter") in found
    assert ("shunter", "yard-supervisor") in found
    assert ("yard-supervisor", "depot-manager") in found
    assert ("depot-manager", "area-manager") in found
    assert ("warehouse-operative", "yard-supervisor") not in found
    assert ("warehouse-operative", "depot-manager") not in found


def test_above_a_post_a_place_is_no_move(tmp_path: Path) -> None:
    text = "Bank careers\n\nAbove the cashier is the head office, where the managers work.\n"
    assert not moves(read(tmp_path, text))


def test_a_step_towards_a_post_is_a_move_to_it(tmp_path: Path) -> None:
    text = (
        "Bakery Assistant\n\n"
        "You will bake bread and serve customers.\n"
        "This role is a first step towards becoming a shift baker.\n"
    )
    assert ("bakery-assistant", "shift-baker") in moves(read(tmp_path, text))


def test_this_post_as_the_next_step_for_holders_of_another(tmp_path: Path) -> None:
    text = (
        "Duty Manager\n\n"
        "You will run the hotel overnight.\n"
        "This position reports to the General Manager and is the natural next step for an experienced"
        " receptionist.\n"
    )
    found = moves(read(tmp_path, text))
    assert ("receptionist", "duty-manager") in found
    assert ("receptionist", "general-manager") not in found


def test_an_interview_question_asking_when_you_moved_is_the_answerers_move(tmp_path: Path) -> None:
    text = (
        "Five questions for our depot manager\n\n"
        "How did you start?\n"
        "I was a forklift driver for five years, and in 2014 I was promoted to shift supervisor.\n\n"
        "When were you made depot manager?\n"
        "In 2019.\n"
    )
    found = moves(read(tmp_path, text))
    assert ("shift-supervisor", "depot-manager") in found


def test_a_question_of_how_to_move_is_no_move_of_the_answerer(tmp_path: Path) -> None:
    text = (
        "My nursing story\n\n"
        "I was promoted to senior staff nurse in 2016.\n\n"
        "Have you ever wondered how to become a ward manager?\n"
    )
    assert ("senior-staff-nurse", "ward-manager") not in moves(read(tmp_path, text))


def test_a_role_named_as_a_route_into_posts_moves_to_them(tmp_path: Path) -> None:
    text = (
        "Kitchen Porter\n\n"
        "You will wash up and keep the kitchen clean.\n"
        "It is also a well-trodden route into commis chef and line cook jobs.\n"
    )
    found = moves(read(tmp_path, text))
    assert ("kitchen-porter", "commis-chef") in found
    assert ("kitchen-porter", "line-cook") in found


def test_working_here_as_a_step_towards_a_post(tmp_path: Path) -> None:
    text = (
        "Library Assistant\n\n"
        "You will shelve books and help visitors.\n"
        "Working here is a first step towards becoming a branch librarian.\n"
    )
    assert ("library-assistant", "branch-librarian") in moves(read(tmp_path, text))


def test_a_route_to_a_persons_office_is_no_move(tmp_path: Path) -> None:
    text = "Station Cleaner\n\nThe route to the station manager's office is through the ticket hall.\n"
    assert not moves(read(tmp_path, text))
