"""Moves stated in a story or a career page, in wordings the development pages did not hold (stop 41).

Each page here is written for the test, in trades the rules were not written from (a bakery, a garage, a library,
a florist's, a plant nursery, a ferry company), so that what is tested is the shape of the statement.
"""

from __future__ import annotations

from pathlib import Path

from text_helpers import moves, read


def test_a_post_the_narrator_is_asked_to_become_is_a_move(tmp_path: Path) -> None:
    text = (
        "My years at the bakery\n\n"
        "I started at the bakery as a counter assistant. After a year the head baker asked me to become a shift"
        " supervisor.\n"
    )
    found = moves(read(tmp_path, text))
    assert ("counter-assistant", "shift-supervisor") in found


def test_a_post_the_narrator_is_invited_to_be_is_a_move_and_one_turned_down_is_none(tmp_path: Path) -> None:
    text = (
        "Garage life\n\nI was a mechanic for six years. In 2019 the owner invited me to be the new workshop"
        " manager.\n"
    )
    assert ("mechanic", "workshop-manager") in moves(read(tmp_path, text))
    text = (
        "Garage life\n\nI was a mechanic for six years. Then the owner asked me to become workshop manager, but I"
        " turned it down.\n"
    )
    assert not moves(read(tmp_path, text))


def test_a_post_applied_for_with_to_be_and_got_is_a_move(tmp_path: Path) -> None:
    text = (
        "From the stacks\n\n"
        "I was a library assistant for three years. Then I applied to be a branch librarian and got the job.\n"
    )
    found = moves(read(tmp_path, text))
    assert ("library-assistant", "branch-librarian") in found
    text = "From the stacks\n\nI was a library assistant for three years. I applied to be a branch librarian.\n"
    assert not moves(read(tmp_path, text))


def test_an_opening_aside_of_the_post_held_now_ends_the_career_started_after_it(tmp_path: Path) -> None:
    text = "Plant nursery news\n\nNow a head grower, Dev started out as a nursery assistant.\n"
    assert ("nursery-assistant", "head-grower") in moves(read(tmp_path, text))
    text = "Plant nursery news\n\nToday the head grower, Dev began his career as a nursery assistant in 2011.\n"
    assert ("nursery-assistant", "head-grower") in moves(read(tmp_path, text))
    text = "Plant nursery news\n\nNow a head grower, Dev says a nursery assistant learns the most.\n"
    assert not moves(read(tmp_path, text))


def test_an_opening_aside_of_a_former_post_is_where_the_move_of_the_sentence_starts(tmp_path: Path) -> None:
    text = "Ferry company news\n\nA former deckhand, she now runs the crew as first mate.\n"
    assert ("deckhand", "first-mate") in moves(read(tmp_path, text))


def test_a_named_persons_post_held_now_told_first_is_where_the_post_they_joined_as_leads(tmp_path: Path) -> None:
    # a profile of a member of staff: the post held now, then where the career started
    pages = [
        "Meet the florists\n\nMeet Ines, our shop manager. Ines joined us in 2014 as a delivery driver.\n",
        "Meet the florists\n\nInes is our shop manager. She started as a delivery driver in 2014.\n",
        "Meet the florists\n\nOur shop manager, Ines, joined us as a delivery driver in 2014.\n",
        "Meet the florists\n\nInes (shop manager) joined us as a delivery driver in 2014.\n",
    ]
    for text in pages:
        assert ("delivery-driver", "shop-manager") in moves(read(tmp_path, text)), text


def test_a_named_persons_post_held_now_is_no_move_without_a_start_told(tmp_path: Path) -> None:
    text = "Meet the florists\n\nMeet Ines, our shop manager. Ines loves working with the delivery driver.\n"
    assert not moves(read(tmp_path, text))


def test_a_post_joined_or_become_after_before_or_prior_to_follows_the_post_of_the_main_clause(tmp_path: Path) -> None:
    pages = [
        "Print works people\n\nBefore joining the works as print manager, he was a press operator in Leeds.\n",
        "Print works people\n\nPrior to becoming print manager, she worked as a press operator.\n",
    ]
    for text in pages:
        assert ("press-operator", "print-manager") in moves(read(tmp_path, text)), text
    # ("prior to that" still tells a post held before the one told first)
    text = "Print works people\n\nI am a print manager. Prior to that, I was a press operator.\n"
    assert ("press-operator", "print-manager") in moves(read(tmp_path, text))


def test_a_current_post_taken_after_a_post_held_is_a_move(tmp_path: Path) -> None:
    text = (
        "Ferry company people\n\n"
        "She spent three years as a ticket clerk before taking on her current role as terminal supervisor.\n"
    )
    found = moves(read(tmp_path, text))
    assert ("ticket-clerk", "terminal-supervisor") in found
    assert found["ticket-clerk", "terminal-supervisor"].get("years_min") == 3


def test_a_post_held_as_after_a_stretch_of_time_is_a_move(tmp_path: Path) -> None:
    pages = [
        "Ferry company people\n\nI was hired as a ticket clerk and within a year was running the office as terminal"
        " supervisor.\n",
        "Ferry company people\n\nOmar began at the port as a ticket clerk. Three years on, he runs it as terminal"
        " supervisor.\n",
    ]
    for text in pages:
        assert ("ticket-clerk", "terminal-supervisor") in moves(read(tmp_path, text)), text


def test_posts_listed_after_i_have_been_with_a_word_of_order_are_held_in_turn(tmp_path: Path) -> None:
    text = "Life at the nursery\n\nI've been a nursery assistant, a grower, and now a nursery manager.\n"
    found = moves(read(tmp_path, text))
    assert ("nursery-assistant", "grower") in found
    assert ("grower", "nursery-manager") in found
    # (with no word of order the list tells no order)
    text = "Life at the nursery\n\nI've been a nursery assistant, a grower and a nursery manager.\n"
    assert ("nursery-assistant", "grower") not in moves(read(tmp_path, text))


def test_a_line_of_a_name_and_a_post_is_the_post_the_story_after_it_leads_to(tmp_path: Path) -> None:
    pages = [
        "Our vets\n\nLena Fischer, Practice Manager\n\nLena joined us in 2013 as a veterinary receptionist.\n",
        "Our vets\n\nLena Fischer \u2013 Practice Manager\nShe started as a veterinary receptionist in 2013.\n",
    ]
    for text in pages:
        assert ("veterinary-receptionist", "practice-manager") in moves(read(tmp_path, text)), text
    # (another person's start is no part of her story)
    text = "Our vets\n\nLena Fischer, Practice Manager\n\nOmar Said joined us in 2013 as a veterinary receptionist.\n"
    assert not moves(read(tmp_path, text))


def test_a_post_opening_a_sentence_told_in_the_past_came_before_the_post_held_now(tmp_path: Path) -> None:
    text = (
        "After the depot\n\n"
        "I never thought I would leave logistics. Yet here I am, working as a bookkeeper and loving it.\n\n"
        "As a depot manager, I had a team of forty of my own.\n"
    )
    assert ("depot-manager", "bookkeeper") in moves(read(tmp_path, text))
    # (a post told in the present is the one held now, no move)
    text = "After the depot\n\nI am now a bookkeeper. As a bookkeeper, I have to check every invoice.\n"
    assert not moves(read(tmp_path, text))


def test_a_post_the_narrator_wanted_to_prove_they_were_is_no_post_held(tmp_path: Path) -> None:
    text = (
        "Print works people\n\n"
        "I was working as a press operator at a print shop and sketching in the evenings for a folder of my work. I"
        " wrote to many studios, hoping one would give me a start and the chance to prove I was a designer.\n"
    )
    assert not moves(read(tmp_path, text))


def test_title_headings_run_into_their_paragraphs_with_and_without_rank_words_are_a_ladder(tmp_path: Path) -> None:
    # (a page whose headings lost their line breaks: each paragraph opens with the title, then its first sentence)
    text = (
        "Kitchen titles explained\n\n"
        "Here is how the titles in a restaurant kitchen line up, from the first job to the top of the pass.\n\n"
        "Junior Sous Chef You have just left the line and you run the pass on quiet nights.\n\n"
        "Sous Chef After a couple of years you run the kitchen whenever the boss is away.\n\n"
        "Senior Sous Chef Most kitchens have one, and it is the last stop before a kitchen of your own.\n"
    )
    found = moves(read(tmp_path, text))
    assert ("junior-sous-chef", "sous-chef") in found
    assert ("sous-chef", "senior-sous-chef") in found


def test_a_chinese_post_done_next_after_later_or_then_is_a_move(tmp_path: Path) -> None:
    # "I was first an accounts assistant, later did accounts, and now I'm the finance manager"
    text = "我的故事\n\n我最早是一名会计助理，后来做了会计，现在是财务经理。\n"
    found = moves(read(tmp_path, text))
    assert ("会计助理", "会计") in found
    assert ("会计", "财务经理") in found
    text = "我的故事\n\n我最早在超市做收银员，然后做了理货员，之后又干了店长。\n"
    found = moves(read(tmp_path, text))
    assert ("收银员", "理货员") in found
    assert ("理货员", "店长") in found


def test_a_profiles_labelled_lines_join_the_post_held_before_to_the_post_held_now(tmp_path: Path) -> None:
    pages = [
        "Meet the team: Ola\n\nPrevious role: Veterinary receptionist\nCurrent role: Practice manager\n",
        "Meet the team: Ola\n\nCurrent position: Practice manager\nStarted as: Veterinary receptionist\n",
    ]
    for text in pages:
        assert ("veterinary-receptionist", "practice-manager") in moves(read(tmp_path, text)), text


def test_dated_lines_give_the_years_held_and_a_span_running_to_date(tmp_path: Path) -> None:
    text = (
        "Career timeline\n\n"
        "Kennel assistant (2014-2017)\n"
        "Veterinary nurse (2017-2022)\n"
        "Practice manager (2022-present)\n"
    )
    found = moves(read(tmp_path, text))
    assert found["kennel-assistant", "veterinary-nurse"].get("years_min") == 3
    assert found["veterinary-nurse", "practice-manager"].get("years_min") == 5
    text = "Career timeline\n\n2014-2017: Kennel assistant\n2017-2022: Veterinary nurse\n2022-now: Practice manager\n"
    assert moves(read(tmp_path, text))["kennel-assistant", "veterinary-nurse"].get("years_min") == 3
    text = "Career timeline\n\nVeterinary nurse, 2017-2022\nPractice manager, 2022 to date\n"
    assert ("veterinary-nurse", "practice-manager") in moves(read(tmp_path, text))


def test_a_route_to_a_post_that_runs_through_posts_is_a_ladder_up_to_it(tmp_path: Path) -> None:
    text = "Print careers\n\nThe route to print manager runs through press assistant and press operator.\n"
    found = moves(read(tmp_path, text))
    assert ("press-assistant", "press-operator") in found
    assert ("press-operator", "print-manager") in found
    text = "Hospital careers\n\nThe path to ward manager usually goes through nurse, then charge nurse.\n"
    found = moves(read(tmp_path, text))
    assert ("nurse", "charge-nurse") in found
    assert ("charge-nurse", "ward-manager") in found
    # (a way through a place names no post)
    text = "Hospital careers\n\nVisitors find their way to the ward manager through the side door.\n"
    assert not moves(read(tmp_path, text))


def test_customer_care_after_in_or_from_in_a_persons_story_is_the_post_held(tmp_path: Path) -> None:
    text = (
        "Working at the water company\n\n"
        "I worked in customer care for two years before becoming a billing supervisor.\n"
    )
    found = moves(read(tmp_path, text))
    assert ("customer-care", "billing-supervisor") in found
    text = "Working at the water company\n\nShe was promoted from customer support to billing supervisor.\n"
    assert ("customer-support", "billing-supervisor") in moves(read(tmp_path, text))
    # (a noun after it: no post)
    text = (
        "Working at the water company\n\nI trained people in customer care roles before becoming a billing"
        " supervisor.\n"
    )
    assert not moves(read(tmp_path, text))


def test_chinese_calendar_years_before_a_post_and_its_move_give_the_years_held(tmp_path: Path) -> None:
    # "In 2012 I joined as an accounts assistant, in 2016 was promoted to accountant, in 2021 became finance manager"
    text = "我的故事\n\n2012年我入职担任会计助理，2016年晋升为会计，2021年成为财务经理。\n"
    found = moves(read(tmp_path, text))
    assert found["会计助理", "会计"].get("years_min") == 4
    assert found["会计", "财务经理"].get("years_min") == 5


def test_a_named_persons_post_dated_by_a_calendar_year_gives_the_years_of_the_move(tmp_path: Path) -> None:
    text = (
        "Print works people\n\n"
        "Ravi joined the works in 2011 as a press assistant. He was promoted to press operator in 2014.\n"
    )
    assert moves(read(tmp_path, text))["press-assistant", "press-operator"].get("years_min") == 3


def test_a_journey_that_began_as_a_post_is_the_persons_start(tmp_path: Path) -> None:
    text = "Garage life\n\nMy journey began as an apprentice mechanic; nine years later I'm the workshop manager.\n"
    found = moves(read(tmp_path, text))
    assert ("apprentice-mechanic", "workshop-manager") in found
    assert found["apprentice-mechanic", "workshop-manager"].get("years_min") == 9


def test_a_post_that_came_up_and_was_got_after_a_post_held_is_a_move(tmp_path: Path) -> None:
    text = (
        "Garage life\n\n"
        "Having spent six years as a mechanic, I was ready when the workshop manager job came up, and I got it.\n"
    )
    found = moves(read(tmp_path, text))
    assert found["mechanic", "workshop-manager"].get("years_min") == 6
    text = (
        "Garage life\n\n"
        "Having spent six years as a mechanic, I was ready when the workshop manager job came up, but I never got"
        " it.\n"
    )
    assert not moves(read(tmp_path, text))
