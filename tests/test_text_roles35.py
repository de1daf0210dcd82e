"""Role recall and precision, stop 35: job titles in English prose the loader missed or misread (our own texts, in
trades other than e-commerce: a wine bar, a bakery, a care home, a joinery)."""

from __future__ import annotations

from pathlib import Path

from text_helpers import links, moves, pay, read, roles


def test_a_plural_title_the_lemma_table_lacks_is_read_as_its_singular(tmp_path: Path) -> None:
    # a wine bar: "sommeliers", "baristas" are plurals no lemma table knows; the title's head still matches
    page = (
        "Jobs at the Cork Room\n\n"
        "Our sommeliers choose the wine list each spring. Baristas at the front counter start at 7am.\n"
    )
    got = roles(read(tmp_path, page))
    assert {"sommelier", "barista"} <= got


def test_a_title_after_a_word_of_qualification_is_the_post(tmp_path: Path) -> None:
    # a joinery and a butcher's: "qualified", "fully qualified", "skilled" say who holds the post, not another post
    page = (
        "Pay at Oakline Joinery\n\n"
        "Qualified joiners are paid £16 an hour. A fully qualified butcher in our farm shop earns £27,000,"
        " and we are looking for a skilled upholsterer.\n\n"
        "We want a highly skilled communicator on the phones.\n"
    )
    got = roles(read(tmp_path, page))
    assert {"joiner", "butcher", "upholsterer"} <= got
    assert "communicator" not in got


def test_a_person_whose_surname_is_a_trade_is_no_post(tmp_path: Path) -> None:
    # a rail depot's staff story: "Mason", "Turner" are trades' words, here the surnames of people a story tells of
    page = (
        "Meet the depot team\n\n"
        "Lucy Mason joined the depot in 2016 as a cleaner and is now shift supervisor. Raj Turner works nights.\n\n"
        "Omar Fisher started in the yard in 2020.\n\n"
        "Pastry Cook is the first step in our kitchen.\n"
    )
    got = read(tmp_path, page)
    assert not {"lucy-mason", "raj-turner", "omar-fisher"} & roles(got)
    assert "pastry-cook" in roles(got)


def test_a_generic_head_after_a_trade_and_a_rank_is_a_title(tmp_path: Path) -> None:
    # a youth centre: "worker" and "practitioner" after a trade's word, with a rank before it
    page = (
        "Working at Riverside Youth Centre\n\n"
        "Our youth workers plan the summer trips. She is now a senior support worker.\n\n"
        "Our nursery staff run the crèche. Holistic practitioners visit on Fridays.\n\n"
        "Childcare practitioners also open the breakfast club at 7am.\n"
    )
    got = roles(read(tmp_path, page))
    assert {"youth-worker", "senior-support-worker", "childcare-practitioner"} <= got
    assert "holistic-practitioner" not in got


def test_a_french_title_in_small_letters_is_one_title(tmp_path: Path) -> None:
    # a hotel restaurant: "chef de rang", "chef de cuisine" written in small letters, in the plural too
    page = (
        "Restaurant team\n\n"
        "Each evening two chefs de rang look after the tables, and the chef de cuisine plans the menu.\n"
        "Our head waiter is the manager de facto.\n"
    )
    got = roles(read(tmp_path, page))
    assert {"chef-de-rang", "chef-de-cuisine"} <= got
    assert "manager-de-facto" not in got


def test_people_by_standing_or_country_and_a_place_of_house_are_read_right(tmp_path: Path) -> None:
    # a seaside hotel: "gentleman" is no post, "US employee" names where one works, "back of house" is the place
    page = (
        "Life at the Grand Hotel\n\n"
        "A local gentleman thanked the night porter. Every US employee of the group gets the same handbook.\n\n"
        "Back of house staff keep the laundry running.\n"
    )
    got = roles(read(tmp_path, page))
    assert "night-porter" in got
    assert not {"local-gentleman", "gentleman", "us-employee", "house-staff"} & got
    assert "back-of-house-staff" in got


def test_a_bare_head_after_a_master_title_is_the_trade_itself(tmp_path: Path) -> None:
    # a locksmiths' pay page: "master" is a grade, so a later bare "locksmiths" is the trade, not the master's rung
    page = (
        "Locksmith pay\n\n"
        "Master locksmiths often train apprentices of their own. Locksmiths in Glasgow made £29,000 in 2023.\n"
    )
    got = read(tmp_path, page)
    assert {"master-locksmith", "locksmith"} <= roles(got)
    assert pay(got, "locksmith") and not pay(got, "master-locksmith")


def test_an_accented_title_keeps_its_letters_in_its_key(tmp_path: Path) -> None:
    # a garden centre: "café", "crèche" key as cafe, creche, not "caf-", "cr-che"
    page = "Garden centre jobs\n\nShe started as a café assistant and now runs the crèche as crèche supervisor.\n"
    got = roles(read(tmp_path, page))
    assert {"cafe-assistant", "creche-supervisor"} <= got


def test_a_whole_lexicon_title_ending_in_a_word_for_a_thing_is_a_post(tmp_path: Path) -> None:
    # a ferry and a wedding venue: "hand", "holder", "server", "runner" alone name things first; whole titles do not
    page = (
        "Seasonal jobs on the island\n\n"
        "Deck hands on the ferry earn £10 an hour. The venue hires banquet servers and food runners for weddings,"
        " and the gift shop needs a key holder on Sundays.\n\n"
        "On the other hand, the booking server is slow and the front runner for the contract is a local firm.\n"
    )
    got = roles(read(tmp_path, page))
    assert {"deck-hand", "banquet-server", "food-runner", "key-holder"} <= got
    assert not {"other-hand", "booking-server", "front-runner", "hand", "server"} & got


def test_british_titles_ending_in_a_word_for_a_thing_or_a_relative_are_posts(tmp_path: Path) -> None:
    # a hospital and a pub: "theatre sister", "kitchen hand", "cellar hand" are British posts O*NET lacks
    page = (
        "Hospital and pub jobs\n\n"
        "Theatre sisters run each operating list. At the Red Lion two kitchen hands and a cellar hand start at"
        " £10.50 an hour. My sister works there too.\n"
    )
    got = roles(read(tmp_path, page))
    assert {"theatre-sister", "kitchen-hand", "cellar-hand"} <= got
    assert not {"sister", "my-sister"} & got


def test_he_or_she_after_a_sentence_opened_by_a_role_is_that_role(tmp_path: Path) -> None:
    # a canal trust: the sentence before opens with the lock keeper and names the manager later
    page = (
        "Lock Keeper Job Description\n\n"
        "A lock keeper reports to the canal manager. He or she inspects the lock gates and records water levels"
        " every morning.\n"
    )
    got = links(read(tmp_path, page))
    assert any(role == "lock-keeper" and "gate" in skill for role, skill in got), got
    assert not any(role == "canal-manager" for role, _ in got), got


def test_second_in_charge_or_in_department_is_a_post(tmp_path: Path) -> None:
    # a garden centre: the deputy's post named by standing, and a move into it
    page = (
        "Garden centre careers\n\n"
        "Jess started on the tills and was made second in department for the plant area in 2021. The second in"
        " charge runs the centre when the manager is away.\n"
    )
    got = roles(read(tmp_path, page))
    assert {"second-in-department", "second-in-charge"} <= got


def test_a_name_whose_surname_is_a_trade_is_no_post_where_a_person_is_spoken_of(tmp_path: Path) -> None:
    # a butcher's shop: the person spoken to, quoted or pictured, not a post
    page = (
        "Behind the counter\n\n"
        "We spoke to Raj Butcher about thirty years in the trade. \"It keeps you fit,\" said Raj Butcher.\n\n"
        "Rosa Porter (pictured) trains the apprentices. We are also hiring a Sourdough Baker, who starts in May.\n"
    )
    got = roles(read(tmp_path, page))
    assert not {"raj-butcher", "rosa-porter"} & got
    assert "sourdough-baker" in got


def test_a_plural_subject_after_an_opening_event_with_no_comma_is_the_post(tmp_path: Path) -> None:
    # a shipping line and a hotel: the opening phrase runs into the subject; its noun is no modifier of the title
    page = (
        "Careers at sea\n\n"
        "Upon qualification cadets become deck officers on our tankers.\n\n"
        "In our busy hotel porters will also greet guests at the door.\n"
    )
    g = read(tmp_path, page)
    got = roles(g)
    assert {"cadet", "deck-officer", "porter"} <= got
    assert "qualification-cadet" not in got
    assert ("cadet", "deck-officer") in moves(g)


def test_a_one_word_title_after_a_word_of_praise_is_the_post(tmp_path: Path) -> None:
    # a bike shop: praise says what the holder is like ("a good mechanic"); a skill's noun is no post ("a good writer")
    page = (
        "Jobs at Spokes\n\n"
        "A good mechanic can true a wheel in ten minutes, and an efficient courier plans the route first.\n\n"
        "You will be a good writer and a great communicator.\n"
    )
    got = roles(read(tmp_path, page))
    assert {"mechanic", "courier"} <= got
    assert not {"efficient-courier", "writer", "communicator"} & got
