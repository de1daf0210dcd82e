"""Role -> skill requirements written in ways the loader did not read before: lists written inline after a colon,
and more.

The wording, roles and trades here are our own (a bakery, a ferry); each test fails on the code before the change
it is about.
"""

from __future__ import annotations

from pathlib import Path

from text_helpers import links, read, rules_of

from careergraph.loaders.text_requirements import degree_names

# --- structure.dash-items: a list written inline after a colon, its items apart by dashes -------------------------


def test_an_inline_dash_list_after_a_role_and_a_colon_gives_the_role_each_item(tmp_path: Path) -> None:
    text = (
        "# Working in a Bakery\n\n"
        "Bakeries hire for two kinds of post.\n\n"
        "A head baker usually: - Plans the weekly bake - Orders flour and yeast - Trains apprentices - Reports to"
        " the owner\n\n"
        "A bakery assistant typically: - Slices loaves - Serves customers - Cleans the ovens\n\n"
        "Both posts start early.\n"
    )
    g = read(tmp_path, text)
    got = links(g)
    head = {skill for role, skill in got if role == "head-baker"}
    helper = {skill for role, skill in got if role == "bakery-assistant"}
    assert any("bake" in s for s in head) and any("flour" in s for s in head) and any("apprentice" in s for s in head)
    assert not any("owner" in s or "report" in s for s in head)  # whom the post reports to is no duty
    assert any("loaves" in s or "loaf" in s for s in helper) and any("oven" in s for s in helper)
    assert not any("loaf" in s or "oven" in s for s in head)  # each line's items are its own role's
    assert "structure.dash-items" in rules_of(g, "bakery-assistant")


def test_dashes_inside_prose_or_pay_are_no_list(tmp_path: Path) -> None:
    text = (
        "# Ferry Deckhand\n\n"
        "A ferry deckhand earns this: - £11 - £13 an hour - more at night\n\n"
        "Deckhands say one thing: - the work is hard, the weather is worse, and nobody on the crew ever gets enough"
        " sleep between the crossings - but they stay\n"
    )
    g = read(tmp_path, text)
    assert not {s for _, s in links(g)} & {"gbp11", "more-at-night", "but-they-stay"}
    assert "structure.dash-items" not in rules_of(g, "ferry-deckhand")


# --- requirements.level-cells: a table whose columns are levels gives each level's title its cells' duties --------


def test_the_cells_of_a_table_of_levels_are_each_columns_titles_duties(tmp_path: Path) -> None:
    text = (
        "# Library Staff Levels\n\n"
        "| Field | L2 — Senior Library Assistant | L1 — Library Assistant | L3 — Branch Librarian |\n"
        "|---|---|---|---|\n"
        "| Level | L2 · Senior Library Assistant | L1 · Library Assistant | L3 · Branch Librarian |\n"
        "| Typical years | 2–4 | 0–2 | 4–8 |\n"
        "| Autonomy | Some supervision; repairs donated books | Close supervision; sorts returns |"
        " Works alone; plans opening hours |\n"
        "| Decision rights | Approves room bookings | Follows the loan rules | Owns the branch budget |\n"
    )
    g = read(tmp_path, text)
    got = links(g)
    assert any(role == "library-assistant" and "return" in skill for role, skill in got)
    assert any(role == "senior-library-assistant" and "book" in skill for role, skill in got)
    assert any(role == "branch-librarian" and "budget" in skill for role, skill in got)
    assert not any("supervision" in skill or "alone" in skill for _, skill in got)  # an item of no duty names none
    assert "requirements.level-cells" in rules_of(g, "branch-librarian")


# --- requirements.degree: a degree or diploma of no level is named by its field -------------------------------------


def test_a_degree_or_diploma_of_no_level_is_named_by_its_field(tmp_path: Path) -> None:
    text = (
        "# Tree Surgeon\n\n"
        "Tree surgeons fell and prune trees.\n\n"
        "## Requirements\n\n"
        "- A degree in arboriculture or forestry would help\n"
        "- A horticulture diploma\n"
        "- A high degree of care near power lines\n"
        "- A relevant degree\n\n"
        "A tree surgeon on a council team may need land management degrees.\n"
    )
    g = read(tmp_path, text)
    got = {skill for role, skill in links(g) if role == "tree-surgeon"}
    assert {"arboriculture-or-forestry-degree", "horticulture-diploma", "land-management-degree"} <= got
    assert not {"high-degree", "relevant-degree", "degree"} & got
    assert "requirements.degree" in rules_of(g, "tree-surgeon")


def test_a_field_degree_in_brackets_after_a_diploma_is_no_alternative_to_it() -> None:
    got = degree_names("A high school diploma or equivalent (a catering diploma preferred)")
    assert [s.name for s in got] == ["High school diploma", "Catering diploma"]
    assert [s.name for s in degree_names("A high school diploma or a catering diploma")] == ["High school diploma"]


# --- requirements.important-to: "It is important (for X) to ..." names what X needs ----------------------------------


def test_what_it_is_important_for_a_role_to_do_or_have_is_its_requirement(tmp_path: Path) -> None:
    text = (
        "# Zookeeper\n\n"
        "Zookeepers feed and clean up after animals.\n\n"
        "It is important for a zookeeper to have a grasp of first aid. It is vital to stay calm around large animals,"
        " and to follow the feeding charts.\n\n"
        "It is essential for anyone who hopes to become a zookeeper to demonstrate that you are a team player.\n"
    )
    g = read(tmp_path, text)
    got = {skill for role, skill in links(g) if role == "zookeeper"}
    assert {"first-aid", "team-player"} <= got
    assert any("feeding-chart" in s for s in got)
    assert "requirements.important-to" in rules_of(g, "zookeeper")


def test_what_the_writer_asks_of_the_reader_or_someone_else_needs_is_none(tmp_path: Path) -> None:
    text = (
        "# Zookeeper\n\n"
        "Zookeepers feed and clean up after animals.\n\n"
        "It is important to note that most zoos open at weekends. It is important for the zoo to fund its breeding"
        " work.\n"
    )
    got = {skill for role, skill in links(read(tmp_path, text)) if role == "zookeeper"}
    assert not {s for s in got if "weekend" in s or "breeding" in s or "zoo" in s}


# --- requirements.cue: what more kinds of hirer want, and what hirers are looking for ---------------------------------


def test_what_retailers_or_firms_look_for_and_employers_are_looking_for_is_the_pages_roles(tmp_path: Path) -> None:
    text = (
        "# Picture Framer\n\n"
        "Picture framers cut mounts and fit glass.\n\n"
        "Employers are looking for a steady hand. Most retailers look for a calm manner. Many firms are now seeking"
        " colour sense.\n"
    )
    got = {skill for role, skill in links(read(tmp_path, text)) if role == "picture-framer"}
    assert {"steady-hand", "calm-manner", "colour-sense"} <= got


# --- structure.dash-items: a list whose first item follows the colon that announces it, behind a bullet ('>') ---------


def test_a_first_item_after_the_colon_and_bulleted_lines_under_it_are_the_roles(tmp_path: Path) -> None:
    text = (
        "# Laundry Attendant\n\n"
        "Attendants keep the machines running. Here are a few of their duties: > Loading the washers (every hour)\n\n"
        ">Folding towels\n\n"
        "> Topping up the detergent\n\n"
        "(and plenty more besides)\n\n"
        "Note: > nothing here is a list\n"
    )
    g = read(tmp_path, text)
    got = {skill for role, skill in links(g) if role == "laundry-attendant"}
    assert {"washer-loading", "towel-folding"} <= got and any("detergent" in s for s in got)
    assert not {s for s in got if "besides" in s or "list" in s or "note" in s}
    assert "structure.dash-items" in rules_of(g, "laundry-attendant")


# --- requirements.cue: what candidates hold or have is what the page's role needs -----------------------------------


def test_what_candidates_typically_hold_is_the_pages_roles(tmp_path: Path) -> None:
    text = (
        "# Dog Groomer\n\n"
        "Dog groomers wash and clip dogs.\n\n"
        "At first, candidates usually hold a minimum of a high school diploma. Most applicants have a valid"
        " driving licence. Candidates have to wait a month for a trial.\n"
    )
    got = {skill for role, skill in links(read(tmp_path, text)) if role == "dog-groomer"}
    assert {"high-school-diploma", "valid-driving-licence"} <= got
    assert not {s for s in got if "month" in s or "trial" in s or "wait" in s}
