"""Lists whose heading no rule knows, saved as text without their bullets (stop 40).

Each page here is written for the test, in trades other than e-commerce (a garden centre, a kennels, a print
shop), so that what is tested is the layout of the page, not the words of any page the rules were written from.
"""

from __future__ import annotations

from pathlib import Path

from text_helpers import named, needs, read, rules_of

GARDEN_CENTRE = """Plant Area Assistant

Greenacre Garden Centre is a family business on the edge of town.

Where will you spend your days?
Watering the shrubs and bedding plants
Potting on young perennials
Pricing new deliveries
Advising customers on soil and pests

Why work with us?
Free plants every season
Staff discount in the cafe
Pension scheme
"""


def test_a_run_of_duty_lines_under_a_question_no_rule_knows_is_the_pages_list(tmp_path: Path) -> None:
    g = read(tmp_path, GARDEN_CENTRE)
    got = needs(g).get("plant-area-assistant", set())
    assert {"young perennial potting", "new delivery pricing"} & got, got
    assert "structure.item-runs" in rules_of(g, "plant-area-assistant")
    # what the post gets, under a heading of such a list, is no need
    assert not any("discount" in s or "pension" in s or "plants every" in s for s in got), got
    off = read(tmp_path, GARDEN_CENTRE, frozenset({"structure.item-runs"}))
    assert "structure.item-runs" not in rules_of(off, "plant-area-assistant")


KENNELS = """Kennel Assistant

Happy Tails Boarding Kennels

The work
Walk the dogs twice a day
Clean the runs and change the bedding
Prepare feeds to each owner's notes
Give medication under supervision

Opening times
Monday to Saturday 8am to 6pm
Sunday 10am to 4pm
Closed on bank holidays
"""


def test_a_run_of_duties_under_a_heading_of_two_words_is_read_and_opening_times_are_not(tmp_path: Path) -> None:
    g = read(tmp_path, KENNELS)
    got = needs(g).get("kennel-assistant", set())
    assert len(got) >= 3, got
    assert not any("monday" in s or "sunday" in s or "bank holiday" in s for s in got), got


PRINT_SHOP = """Print Finisher

Related vacancies
Machine Minder - Leeds
Warehouse Picker - Bradford
Delivery Driver - York
"""


def test_a_run_of_titles_is_no_list_of_needs(tmp_path: Path) -> None:
    g = read(tmp_path, PRINT_SHOP)
    assert not needs(g).get("print-finisher"), needs(g)


KENNELS_BULLETED = """Kennel Assistant

Daily duties
- Walk the dogs twice a day
Clean the runs and change the bedding
- Prepare feeds to each owner's notes
Give medication under supervision
- Groom the long-haired dogs

Perks
- Paid breaks
Free parking on site
- Pension
"""


def test_a_line_that_lost_its_bullet_among_bulleted_duties_is_an_item_and_the_list_goes_on(tmp_path: Path) -> None:
    g = read(tmp_path, KENNELS_BULLETED)
    got = needs(g).get("kennel-assistant", set())
    assert named(got, "medication") and named(got, "groom"), got
    assert "structure.stray-items" in rules_of(g, "kennel-assistant")
    # (a perk among perks is no duty)
    assert not named(got, "parking"), got
    off = read(tmp_path, KENNELS_BULLETED, frozenset({"structure.stray-items"}))
    assert not named(needs(off).get("kennel-assistant", set()), "groom")


PRINT_SHOP_TITLED = """Print Finisher

Main duties
- Guillotine
Trim printed sheets to size on the guillotine
- Folding
Set up the folding machine for each job
- Packing
Pack the finished booklets into boxes
"""


def test_items_that_title_the_line_under_them_keep_the_list_open(tmp_path: Path) -> None:
    g = read(tmp_path, PRINT_SHOP_TITLED)
    got = needs(g).get("print-finisher", set())
    assert named(got, "folding machine") and named(got, "booklet"), got


LIBRARY_BULLETED = """Library Assistant

Your week at the branch
- Shelve returned books
- Issue library cards to new members
- Help visitors use the public computers
- Run the children's reading hour
"""


def test_a_bulleted_run_of_duties_under_a_heading_no_rule_knows_is_the_pages_list(tmp_path: Path) -> None:
    g = read(tmp_path, LIBRARY_BULLETED)
    got = needs(g).get("library-assistant", set())
    assert named(got, "library card") and named(got, "reading hour"), got
    assert "structure.item-runs" in rules_of(g, "library-assistant")


LIBRARY_PERKS = """Library Assistant

Responsibilities
Shelve returned books
Issue library cards to new members
Help visitors use the public computers

Perks
Museum membership
Travel allowance
Flexible hours
"""


def test_a_heading_of_perks_after_a_list_of_unbulleted_duties_ends_the_list(tmp_path: Path) -> None:
    g = read(tmp_path, LIBRARY_PERKS)
    got = needs(g).get("library-assistant", set())
    assert named(got, "library card"), got
    assert not named(got, "membership") and not named(got, "perks"), got
    off = read(tmp_path, LIBRARY_PERKS, frozenset({"structure.other-lists"}))
    assert named(needs(off).get("library-assistant", set()), "membership")


COURSES = """Reach Truck Driver

Drive reach trucks in our Corby cold store.

Courses you might like
Reach truck licence course
Food hygiene level 2 certificate
First Aid at Work certificate
"""


def test_a_run_of_courses_a_page_recommends_is_no_list_of_needs(tmp_path: Path) -> None:
    g = read(tmp_path, COURSES)
    got = needs(g).get("reach-truck-driver", set())
    assert named(got, "reach truck"), got  # (the line of prose)
    assert not named(got, "course") and not named(got, "certificate"), got


FLORIST = """Florist

Daily tasks
conditioning fresh flowers
making up bouquets
wiring wedding buttonholes
taking phone orders
"""


def test_a_list_of_short_lines_in_lower_case_is_read_line_by_line(tmp_path: Path) -> None:
    g = read(tmp_path, FLORIST)
    got = needs(g).get("florist", set())
    assert named(got, "buttonhole") and named(got, "phone order"), got
    off = read(tmp_path, FLORIST, frozenset({"structure.lower-items"}))
    assert not named(needs(off).get("florist", set()), "phone order")


GROOMER = """Dog Groomer

Your responsibilities
Bathe and dry dogs of all sizes
Clip and scissor coats to breed standard
Trim nails and clean ears

Equipment provided
Hydraulic grooming table
Professional clippers
"""


def test_a_heading_of_what_the_employer_provides_after_a_list_of_duty_lines_ends_it(tmp_path: Path) -> None:
    g = read(tmp_path, GROOMER)
    got = needs(g).get("dog-groomer", set())
    assert named(got, "nail"), got
    assert not named(got, "table") and not named(got, "clippers") and not named(got, "equipment"), got


UPHOLSTERER = """Upholsterer

Do you have what we look for?
- Pattern cutting
- Foam shaping
- Hand stitching
- Knowledge of fire safety labels
"""


def test_a_bulleted_run_of_half_plain_noun_phrases_under_an_unknown_heading_is_read(tmp_path: Path) -> None:
    g = read(tmp_path, UPHOLSTERER)
    got = needs(g).get("upholsterer", set())
    assert named(got, "pattern") and named(got, "foam"), got


TOOL_HIRE = """Counter Clerk

Key responsibilities

Receive returned tools from the trade customers

Process refunds and deposits at the counter

Contact customers about overdue hires

Keep our hire records up to date

Perks

Free parking
"""


def test_a_duty_holding_a_word_of_a_perks_heading_does_not_end_the_list(tmp_path: Path) -> None:
    # "Process ...", "Contact customers ...", "Keep our ..." hold words a heading of perks or of the firm may hold
    # ("process", "contact", "our ..."), but open with a verb of work: they are items, and the list goes on to
    # "Perks", which ends it
    g = read(tmp_path, TOOL_HIRE)
    got = needs(g).get("counter-clerk", set())
    assert any("refund" in s for s in got) and any("contact" in s for s in got), got
    assert any("record" in s for s in got), got
    assert not any("parking" in s for s in got), got


BIKE_WORKSHOP = """Cycle Mechanic

Pedal Lane Cycles

In the workshop
Truing wheels on the stand
Adjusting gears and brakes
Fitting new chains and cassettes

Responsibilities
Book repairs in at the counter
Order parts from the wholesalers
Keep the service log up to date

Perks
Cycle to work scheme
Free workshop use
"""

BIKE_WORKSHOP_BULLETED = """Cycle Mechanic

Daily duties
- Book repairs in at the counter
- Test ride each repaired bike
Replace worn tyres and inner tubes

Pedal Lane Cycles opened in 1998.
"""


def test_a_page_with_windows_line_ends_reads_its_lists_as_with_unix_ones(tmp_path: Path) -> None:
    # (a page saved on Windows ends each line with "\r\n": the blank line above a heading is "\r\n" too)
    unix = needs(read(tmp_path, BIKE_WORKSHOP)).get("cycle-mechanic", set())
    assert named(unix, "wheel") and named(unix, "service log"), unix
    assert not named(unix, "workshop use") and not named(unix, "scheme"), unix
    windows = needs(read(tmp_path, BIKE_WORKSHOP.replace("\n", "\r\n"))).get("cycle-mechanic", set())
    assert windows == unix
    unix = needs(read(tmp_path, BIKE_WORKSHOP_BULLETED)).get("cycle-mechanic", set())
    assert named(unix, "tube"), unix
    windows = needs(read(tmp_path, BIKE_WORKSHOP_BULLETED.replace("\n", "\r\n"))).get("cycle-mechanic", set())
    assert windows == unix


def test_a_requirement_named_in_many_lines_keeps_each_piece_of_evidence_once_in_linear_time() -> None:
    # (a list of a few thousand lines naming one skill, as structure.lower-items and structure.item-runs read a
    # long run of short lines, was read in time growing with the square of its length: 20,000 pieces took seconds;
    # counted here as comparisons of pieces, which grow with the square when each new piece is compared with all)
    from careergraph.graph.schema import Label
    from careergraph.loaders.text import default_vocabulary
    from careergraph.loaders.text_extract import Mention, _Reader

    compared = 0

    class Piece(dict):
        def __eq__(self, other: object) -> bool:
            nonlocal compared
            compared += 1
            return dict.__eq__(self, other)

        __hash__ = None  # type: ignore[assignment]

    r = _Reader(default_vocabulary(), "p.txt", "Baker", frozenset(), None)
    baker = Mention(Label.ROLE, "baker", "Baker", True, 0, 5, 0, 1)
    proving = Mention(Label.SKILL, "dough-proving", "Dough proving", True, 0, 5, 0, 1)
    for k in range(20000):
        r.requires(baker, proving, 3, Piece(doc="p.txt", start=k, end=k + 5, quote="Prove", rule="x"))
        r.requires(baker, proving, 3, Piece(rule="x", doc="p.txt", start=k, end=k + 5, quote="Prove"))
    assert compared < 20 * 20000, compared  # (each piece compared with all before it: about 4 * 10**8)
    evidence = r.facts.requires[("baker", "dough-proving")]["evidence"]
    assert len(evidence) == 20000 and evidence[7]["start"] == 7


SCHOOL_KITCHEN = """School Cook

Responsibilities
Prepare the lunch service for the pupils
Keep the cold room clean

Menu planning
Cost each new dish
Plan the weekly specials
"""

SCHOOL_KITCHEN_RUN = """School Cook

Menu planning
Costing each new dish
Planning the weekly specials
Ordering dry goods
"""


def test_a_heading_word_of_other_lists_opening_a_duty_named_by_a_gerund_is_no_such_heading(tmp_path: Path) -> None:
    # ("menu" heads a list of dishes, "package" one of what a post gets; "Menu planning", "Package handling" are work)
    got = needs(read(tmp_path, SCHOOL_KITCHEN)).get("school-cook", set())
    assert named(got, "dish") and named(got, "special"), got
    got = needs(read(tmp_path, SCHOOL_KITCHEN_RUN)).get("school-cook", set())
    assert named(got, "dish") and named(got, "dry goods"), got
