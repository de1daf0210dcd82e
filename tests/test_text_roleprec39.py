"""Words and titles wrongly read as a page's posts, or as the owners of its pay and duties (stop 39, from texts of our
own).

The wording, roles and trades here are our own (a florist, a ferry operator, a leisure centre...); each test fails on
the code before the change it is about.
"""

from __future__ import annotations

from pathlib import Path

from text_helpers import named, needs, pay, read, roles


def test_a_figure_after_a_named_persons_post_is_the_pages_posts(tmp_path: Path) -> None:
    page = (
        "Retail Florist - Saturdays\n"
        "Posted by Helen Ward, Talent Partner at Bloomfield Staffing\n"
        "Norwich | £11.90 per hour\n\n"
        "Our client, a busy flower shop, needs a Retail Florist for weekend trade.\n"
        "- Make up bouquets and wreaths to order\n"
        "- Care for cut flowers and stock\n"
    )
    g = read(tmp_path, page)
    assert pay(g, "retail-florist") == [(11.9, 11.9, "GBP", "hour")], pay(g, "retail-florist")
    assert "talent-partner" not in roles(g) or not pay(g, "talent-partner")


def test_what_the_people_served_need_is_no_posts_need(tmp_path: Path) -> None:
    page = (
        "Library Assistant\n"
        "Westfield Libraries - Part time\n\n"
        "About the library\n"
        "Our readers need quiet study space and fast Wi-Fi. Visitors need clear signs to the archive.\n"
        "Parents require a safe children's corner.\n\n"
        "You will:\n"
        "- Issue and return books at the counter\n"
        "- Shelve new stock\n"
    )
    got = needs(read(tmp_path, page))
    assert named(got.get("library-assistant", set()), "shelv"), got
    wrong = [s for skills in got.values() for s in skills if any(w in s for w in ("study", "sign", "corner"))]
    assert not wrong, got


def test_what_a_team_or_a_department_does_is_no_posts_duty(tmp_path: Path) -> None:
    page = (
        "Night Porter\n"
        "The Grange Hotel - Bath\n\n"
        "About the hotel\n"
        "Our head chef runs a busy kitchen. The Events team handles weddings and conferences. Our Housekeeping"
        " department manages linen and laundry.\n\n"
        "Duties:\n"
        "- Check late guests in\n"
        "- Lock up the bar at midnight\n"
    )
    got = needs(read(tmp_path, page))
    assert named(got.get("night-porter", set()), "bar"), got
    wrong = [s for skills in got.values() for s in skills if any(w in s for w in ("wedding", "linen", "laundry"))]
    assert not wrong, got


def test_a_bullets_verb_before_a_title_in_capitals_is_no_word_of_the_post(tmp_path: Path) -> None:
    page = (
        "Salon Manager\n\n"
        "Duties:\n"
        "- Support Junior Stylists and Salon Assistants on busy days\n"
        "- Coach Trainee Colourists in foil work\n"
        "- Cover Front Desk Receptionists at weekends\n"
        "- Order stock from suppliers\n"
    )
    got = roles(read(tmp_path, page))
    assert {"junior-stylist", "trainee-colourist", "front-desk-receptionist"} <= got, got
    assert not any(key.startswith(("support-", "coach", "cover-")) for key in got), got


def test_a_hyphenated_first_modifier_of_a_long_title_is_kept_whole(tmp_path: Path) -> None:
    page = (
        "Careers at Crumb & Co\n\n"
        "E-commerce Bakery Dispatch Supervisor\n\n"
        "Our E-commerce Bakery Dispatch Supervisor runs the night packing line for web orders.\n\n"
        "Duties:\n"
        "- Check each order against its picking slip\n"
        "- Book couriers for the morning collection\n"
    )
    got = roles(read(tmp_path, page))
    assert "e-commerce-bakery-dispatch-supervisor" in got, got
    assert "bakery-dispatch-supervisor" not in got, got


def test_a_bullets_verb_before_a_plural_post_in_small_letters_is_no_word_of_the_post(tmp_path: Path) -> None:
    page = (
        "Cinema Duty Manager\n\n"
        "Responsibilities\n"
        "- Support ushers during busy screenings\n"
        "- Book couriers for film returns\n"
        "- Count the box office takings\n"
    )
    got = roles(read(tmp_path, page))
    assert "cinema-duty-manager" in got, got
    assert not any(key.startswith(("support-", "book-")) for key in got), got


def test_a_figure_under_a_posts_line_is_the_posts_not_a_title_after_its_dash(tmp_path: Path) -> None:
    page = (
        "Jobs board\n"
        "Rope Access Scaffolder - Trainee or Advanced\n"
        "Location: Hull docks\n"
        "Salary: £26,000 - £31,000\n\n"
        "We erect and strip scaffolds on ships in dry dock.\n"
        "- Erect tube and fitting scaffolds\n"
        "- Inspect harnesses before each shift\n"
    )
    g = read(tmp_path, page)
    assert pay(g, "rope-access-scaffolder") == [(26000.0, 31000.0, "GBP", "year")], roles(g)


def test_the_value_of_a_field_of_place_or_firm_is_no_post(tmp_path: Path) -> None:
    page = (
        "Kennel Assistant\n"
        "Employer: Shepherd & Groom Boarding Kennels\n"
        "Location: Bakers Lane, Ludlow\n"
        "Pay: £11.50 per hour\n\n"
        "Duties:\n"
        "- Walk and feed the dogs in our care\n"
        "- Clean the runs every morning\n"
    )
    g = read(tmp_path, page)
    assert roles(g) == {"kennel-assistant"}, roles(g)
    assert pay(g, "kennel-assistant") == [(11.5, 11.5, "GBP", "hour")]


def test_a_plural_title_in_capitals_before_a_name_word_is_a_firms_name(tmp_path: Path) -> None:
    page = (
        "Pub Cellar Technician\n\n"
        "We clean the beer lines at pubs such as the Carpenters Arms and at Brewers Fayre sites across the county."
        " Drovers Gazette calls us the best cellar service in the west.\n"
    )
    got = roles(read(tmp_path, page))
    assert "pub-cellar-technician" in got, got
    assert not {"carpenter", "brewer", "drover"} & got, got


def test_a_verb_of_a_series_of_duties_before_a_post_is_no_word_of_it(tmp_path: Path) -> None:
    page = (
        "Sous Chef\n\n"
        "You will prep the vegetables, plate desserts and coach kitchen porters. You will order stock and support"
        " commis chefs during service. You will clean the ovens and answer supplier calls.\n"
    )
    got = roles(read(tmp_path, page))
    assert {"sous-chef", "kitchen-porter", "commis-chef"} <= got, got
    assert not any(key.startswith(("coach-", "support-", "answer-")) for key in got), got
