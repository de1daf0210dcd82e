"""Moves stated in prose: careers told of a person, where a role's holders came from, and what is no move.

The wording here is our own and differs from the development sets and from tests/data/docs/prose.
"""

from __future__ import annotations

from pathlib import Path

import networkx as nx
import pytest

from careergraph.graph.schema import RelType
from careergraph.loaders.kb import load_knowledge_base
from careergraph.loaders.text import load_documents, read_document
from careergraph.loaders.text_quality import compare, unverified_quotes

PROSE = Path(__file__).parent / "data" / "docs" / "prose"


def read(tmp_path: Path, text: str, name: str = "story.txt") -> nx.MultiDiGraph:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    result = load_documents([path], kb=False)
    assert not result.problems
    return result.graph


def moves(g: nx.MultiDiGraph) -> dict[tuple[str, str], dict]:
    return {(u, v): data for u, v, key, data in g.edges(keys=True, data=True) if key == RelType.TRANSITIONS_TO.value}


def test_a_first_person_story_gives_each_step_with_the_tenure_before_it(tmp_path: Path) -> None:
    g = read(
        tmp_path,
        "I was a packer for three years before they made me dispatch lead.\n\n"
        "A couple of years later, when the old supervisor retired, I took over as warehouse supervisor.",
    )
    got = moves(g)
    assert set(got) == {("packer", "dispatch-lead"), ("dispatch-lead", "warehouse-supervisor")}
    assert (got["packer", "dispatch-lead"]["years_min"], got["packer", "dispatch-lead"]["years_max"]) == (3, 3)
    assert got["dispatch-lead", "warehouse-supervisor"]["years_min"] == 2
    rules = {e["rule"] for data in got.values() for e in data["evidence"]}
    assert rules == {"transitions.told"}


def test_the_post_named_after_a_stretch_of_time_is_where_a_named_person_moved_from(tmp_path: Path) -> None:
    g = read(tmp_path, "Priya was appointed category buyer in May after three and a half years as a pricing analyst.")
    got = moves(g)
    assert set(got) == {("pricing-analyst", "category-buyer")}
    assert got["pricing-analyst", "category-buyer"]["years_min"] == 3.5


def test_negated_and_hoped_for_moves_give_nothing(tmp_path: Path) -> None:
    g = read(
        tmp_path,
        "I was an order picker for a year. I wasn't promoted to team leader, and I could not become a supervisor "
        "either. I'd love to become a category buyer one day, and my friend applied twice to become a planner.",
    )
    assert moves(g) == {}


def test_a_headline_move_follows_the_last_post_the_story_tells(tmp_path: Path) -> None:
    g = read(
        tmp_path,
        "Thrilled to say I've been promoted to Senior Merchandiser!\n\n"
        "Six years ago I joined the company as a merchandising coordinator. Since then I've been a merchandiser "
        "for the last two years, and now the range is mine.",
    )
    got = moves(g)
    assert ("merchandising-coordinator", "merchandiser") in got
    assert ("merchandiser", "senior-merchandiser") in got
    assert got["merchandiser", "senior-merchandiser"]["years_min"] == 2
    assert ("merchandising-coordinator", "senior-merchandiser") not in got


def test_another_persons_entry_does_not_continue_the_narrators_career(tmp_path: Path) -> None:
    g = read(tmp_path, "I was a buyer for five years.\n\nMy sister joined as a cashier and loved it.")
    assert moves(g) == {}


def test_where_a_roles_holders_came_from(tmp_path: Path) -> None:
    g = read(
        tmp_path,
        "Fulfilment managers are usually former shift supervisors. Data analysts are often buyers who moved "
        "across to the numbers side. Pickers are often students who work nights.",
    )
    got = moves(g)
    assert set(got) == {("shift-supervisor", "fulfilment-manager"), ("buyer", "data-analyst")}
    assert got["buyer", "data-analyst"]["kind"] == "lateral"
    assert {e["rule"] for data in got.values() for e in data["evidence"]} == {"transitions.former"}


def test_a_list_of_jobs_is_no_ladder(tmp_path: Path) -> None:
    g = read(tmp_path, "At the depot I met pickers, packers, forklift drivers and a shift supervisor.")
    assert moves(g) == {}


def test_a_bare_title_where_a_post_is_named_is_the_documents_title(tmp_path: Path) -> None:
    g = read(
        tmp_path,
        "Our night shift has a returns lead and twelve returns clerks. After a year as a clerk, Sam was made lead.",
    )
    assert ("returns-clerk", "returns-lead") in moves(g)


@pytest.mark.parametrize(
    ("text", "years"),
    [
        ("I was a cashier for eighteen months before they made me team leader.", (1.5, 1.5)),
        ("I was a cashier for a year and a half before they made me team leader.", (1.5, 1.5)),
        ("I was a cashier for two and a half years before they made me team leader.", (2.5, 2.5)),
        ("I was a cashier for a couple of years before they made me team leader.", (2, 2)),
    ],
)
def test_years_in_many_forms(tmp_path: Path, text: str, years: tuple[float, float]) -> None:
    data = moves(read(tmp_path, text))["cashier", "team-leader"]
    assert (data["years_min"], data["years_max"]) == years


def test_the_prose_set_scores_above_its_floors() -> None:
    """Floors below what is measured now (its first run, before these rules, is in the README)."""
    files = [p for p in sorted(PROSE.iterdir()) if p.suffix in {".txt", ".md", ".html"}]
    result = load_documents(files, kb=False)
    scores = {s.name: s for s in compare(result.graph, load_knowledge_base(PROSE / "expected.yaml"))}
    assert scores["transitions"].recall >= 0.6 and scores["transitions"].precision >= 0.9
    assert scores["transition years"].recall >= 0.75
    assert scores["roles"].recall >= 0.9
    checked, wrong = unverified_quotes(result.graph, {p.name: read_document(p).text for p in files})
    assert checked > 100 and wrong == 0


def test_a_hierarchy_told_tier_by_tier(tmp_path: Path) -> None:
    g = read(
        tmp_path,
        "At the bottom of the pyramid are yard loaders. Climbing up from there, roles such as bay leaders or yard "
        "supervisors appear. At the top of the hierarchy sits the depot manager.",
    )
    assert set(moves(g)) == {
        ("yard-loader", "bay-leader"),
        ("yard-loader", "yard-supervisor"),
        ("bay-leader", "depot-manager"),
        ("yard-supervisor", "depot-manager"),
    }
    assert {e["rule"] for data in moves(g).values() for e in data["evidence"]} == {"transitions.tiers"}


def test_a_tier_named_without_a_lowest_one_is_no_ladder(tmp_path: Path) -> None:
    g = read(tmp_path, "On the next tier are stock planners. At the top of the hierarchy sits the depot manager.")
    assert moves(g) == {}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A bay leader can go on to yard manager, and eventually to depot manager.",
         {("bay-leader", "yard-manager"), ("yard-manager", "depot-manager")}),
        ("Most depot managers come up from yard supervisor roles.", {("yard-supervisor", "depot-manager")}),
        ("Returns clerks sort the parcels, and the sharpest ones often end up as returns analysts.",
         {("returns-clerk", "returns-analyst")}),
        ("She was moved from a night picker [temp] to stock controller last spring.",
         {("night-picker", "stock-controller")}),
        ("A loader who earns a forklift licence can qualify for a yard driver post.", {("loader", "yard-driver")}),
        ("We will go through a period of time as a loader before we transition into a yard driver.",
         {("loader", "yard-driver")}),
    ],
)
def test_more_verbs_of_movement(tmp_path: Path, text: str, expected: set[tuple[str, str]]) -> None:
    assert set(moves(read(tmp_path, text))) == expected


def test_verbs_joined_by_commas_alone_are_steps_one_after_the_other(tmp_path: Path) -> None:
    g = read(tmp_path, "Night trainees become night packers, move to night loaders, then night supervisors.")
    assert set(moves(g)) == {
        ("night-trainee", "night-packer"),
        ("night-packer", "night-loader"),
        ("night-loader", "night-supervisor"),
    }
    g = read(tmp_path, "Pricing analysts can move into a category lead role or switch to demand planner.")
    assert set(moves(g)) == {("pricing-analyst", "category-lead"), ("pricing-analyst", "demand-planner")}


def test_feed_into_is_read_though_the_lemma_table_reads_feed_as_fee(tmp_path: Path) -> None:
    g = read(tmp_path, "In most depots, receiving clerks feed into stock analyst jobs.")
    assert set(moves(g)) == {("receiving-clerk", "stock-analyst")}


def test_a_job_ads_promise_and_where_its_holders_went(tmp_path: Path) -> None:
    g = read(
        tmp_path,
        "# Junior Merchandiser\n\nWe offer progression into a range planner role within two years, and our last "
        "three junior merchandisers now manage ranges of their own as category buyers.",
        name="ad.md",
    )
    got = moves(g)
    assert set(got) == {("junior-merchandiser", "range-planner"), ("junior-merchandiser", "category-buyer")}
    # "within two years" states only the most it takes
    assert got["junior-merchandiser", "range-planner"].get("years_min") is None
    assert got["junior-merchandiser", "range-planner"]["years_max"] == 2


def test_an_appointment_reported_in_the_news(tmp_path: Path) -> None:
    g = read(
        tmp_path,
        "Shopwell has appointed Lena Ortiz as its fulfilment director. Ortiz, who moves across from regional "
        "transport manager, starts in March.\n\n"
        "Brightbox named Omar Haddad as head of marketplaces on Monday. He previously worked as a channel manager.",
    )
    assert set(moves(g)) == {
        ("regional-transport-manager", "fulfilment-director"),
        ("channel-manager", "head-of-marketplaces"),
    }


def test_a_name_with_no_move_gives_nothing(tmp_path: Path) -> None:
    g = read(tmp_path, "Shopwell has appointed Lena Ortiz as its fulfilment director. Ortiz comes from Leeds.")
    assert moves(g) == {}


@pytest.mark.parametrize(
    ("text", "expected", "years"),
    [
        ("I went from packer to dispatch supervisor in three years.", ("packer", "dispatch-supervisor"), (3, 3)),
        ("I got promoted to supervisor last spring after 18 months on the floor as a packer.",
         ("packer", "supervisor"), (1.5, 1.5)),
        ("From cashier I became a store supervisor.", ("cashier", "store-supervisor"), None),
    ],
)
def test_bare_titles_in_a_told_move(
    tmp_path: Path, text: str, expected: tuple[str, str], years: tuple[float, float] | None
) -> None:
    got = moves(read(tmp_path, text))
    assert set(got) == {expected}
    if years is not None:
        assert (got[expected]["years_min"], got[expected]["years_max"]) == years


def test_go_to_is_a_verb_of_movement(tmp_path: Path) -> None:
    got = moves(read(tmp_path, "Kitchen porters usually go to commis chef after a season or two."))
    assert set(got) == {("kitchen-porter", "commis-chef")}
    assert {e["rule"] for e in got["kitchen-porter", "commis-chef"]["evidence"]} == {"transitions.clause"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a word of order, no modal, posts joined by "and": one after another
        ("Ward clerks then move to admissions officer, patient liaison officer and practice manager.",
         {("ward-clerk", "admissions-officer"), ("admissions-officer", "patient-liaison-officer"),
          ("patient-liaison-officer", "practice-manager")}),
        # "or": choices, each from the subject
        ("Ward clerks then move to admissions officer, patient liaison officer, or practice manager.",
         {("ward-clerk", "admissions-officer"), ("ward-clerk", "patient-liaison-officer"),
          ("ward-clerk", "practice-manager")}),
        # a modal: choices too
        ("Ward clerks can then move to admissions officer, patient liaison officer and practice manager.",
         {("ward-clerk", "admissions-officer"), ("ward-clerk", "patient-liaison-officer"),
          ("ward-clerk", "practice-manager")}),
    ],
)
def test_posts_listed_with_a_word_of_order_are_steps_in_turn(
    tmp_path: Path, text: str, expected: set[tuple[str, str]]
) -> None:
    assert set(moves(read(tmp_path, text))) == expected


def test_a_career_told_in_sentences_lists_its_later_steps_in_turn(tmp_path: Path) -> None:
    g = read(
        tmp_path,
        "Hospital porters begin on nights. After a year they become ward clerks. "
        "They then go to admissions officer, patient liaison officer, and practice manager.",
    )
    got = moves(g)
    assert ("admissions-officer", "patient-liaison-officer") in got
    assert ("patient-liaison-officer", "practice-manager") in got
    assert ("ward-clerk", "practice-manager") not in got
    assert "transitions.in-turn" in {e["rule"] for e in got["patient-liaison-officer", "practice-manager"]["evidence"]}


def test_posts_that_give_the_experience_for_the_pages_role_feed_it(tmp_path: Path) -> None:
    g = read(
        tmp_path,
        "# Guest Services Manager\n\nA guest services manager runs the reception desk of a hotel.\n\n"
        "Roles such as night auditor or reservations agent give the grounding needed to move up into guest "
        "services management.\n",
        name="page.md",
    )
    got = moves(g)
    assert set(got) == {("night-auditor", "guest-services-manager"), ("reservations-agent", "guest-services-manager")}
    assert {e["rule"] for data in got.values() for e in data["evidence"]} == {"transitions.feeders"}


def test_posts_that_give_experience_feed_the_role_the_verb_names(tmp_path: Path) -> None:
    text = "Experience as a dispatcher or a fleet clerk prepares you to step up to transport planner."
    got = moves(read(tmp_path, text))
    assert set(got) == {("dispatcher", "transport-planner"), ("fleet-clerk", "transport-planner")}


def test_experience_for_another_field_feeds_nothing(tmp_path: Path) -> None:
    g = read(
        tmp_path,
        "# Guest Services Manager\n\nA guest services manager runs the reception desk of a hotel.\n\n"
        "Jobs like night auditor or reservations agent give useful experience to move into sales.\n",
        name="page.md",
    )
    assert moves(g) == {}


def test_a_move_from_a_to_b_in_under_a_year_states_only_the_most_it_took(tmp_path: Path) -> None:
    got = moves(read(tmp_path, "The apprenticeship took her from a trainee baker to a shift baker in under a year."))
    assert set(got) == {("trainee-baker", "shift-baker")}
    assert got["trainee-baker", "shift-baker"].get("years_min") is None
    assert got["trainee-baker", "shift-baker"]["years_max"] == 1


@pytest.mark.parametrize(
    "text",
    ["Night managers are mostly promoted from existing receptionists.",
     "Night managers are mostly drawn from our own receptionists."],
)
def test_holders_drawn_from_people_already_in_place(tmp_path: Path, text: str) -> None:
    assert set(moves(read(tmp_path, text))) == {("receptionist", "night-manager")}


def test_a_tier_names_each_title_of_a_list_sharing_its_modifier(tmp_path: Path) -> None:
    g = read(
        tmp_path,
        "At the bottom of the pyramid are yard loaders. On the next tier are transport clerks and schedulers, who "
        "book the lorries.",
    )
    assert set(moves(g)) == {("yard-loader", "transport-clerk"), ("yard-loader", "transport-scheduler")}


def test_going_to_a_person_one_deals_with_is_no_move(tmp_path: Path) -> None:
    text = "As a kitchen porter, if the dishwasher breaks you go to your head chef before anyone else."
    assert moves(read(tmp_path, text)) == {}


def test_a_post_whose_name_changed_from_one_title_to_another(tmp_path: Path) -> None:
    text = "The hotel had no night manager, so my title soon expanded from Head Receptionist to Head of Guest Services."
    assert set(moves(read(tmp_path, text))) == {("head-receptionist", "head-of-guest-services")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("I was hired as a kitchen porter at a hotel. Within a year I was the head chef.",
         {("kitchen-porter", "head-chef"): (None, 1.0)}),
        ("She joined the library as a shelving assistant. After two years she was the new branch librarian.",
         {("shelving-assistant", "branch-librarian"): (2.0, 2.0)}),
    ],
)
def test_a_post_held_after_a_stretch_of_time_is_a_move_of_the_story(
    tmp_path: Path, text: str, expected: dict[tuple[str, str], tuple[float | None, float]]
) -> None:
    got = moves(read(tmp_path, text))
    assert {k: (v.get("years_min"), v.get("years_max")) for k, v in got.items()} == expected
    assert {e["rule"] for data in got.values() for e in data["evidence"]} == {"transitions.told"}


def test_either_and_an_aside_leave_a_list_of_choices_whole(tmp_path: Path) -> None:
    text = "Library assistants can become either the branch librarian (my post) or the records manager."
    assert set(moves(read(tmp_path, text))) == {
        ("library-assistant", "branch-librarian"),
        ("library-assistant", "records-manager"),
    }


def test_a_title_named_by_its_first_word_where_a_move_starts_or_ends(tmp_path: Path) -> None:
    g = read(
        tmp_path,
        "Hotel porters start on Day shifts as Day porters, and the best become Lobby porters.\n\n"
        "From Day they go to Lobby and, as Lobby porters, they can later become bell captains.\n",
    )
    got = moves(g)
    assert {e["rule"] for e in got["day-porter", "lobby-porter"]["evidence"]} == {"transitions.clipped"}
    assert ("lobby-porter", "bell-captain") in got
    assert ("day-porter", "bell-captain") not in got  # ("from Day" is not where the later verb's move starts)



def test_from_a_named_title_to_a_bare_one(tmp_path: Path) -> None:
    got = moves(read(tmp_path, "Ask anyone at the garden centre: I went from cashier to supervisor the same way."))
    assert set(got) == {("cashier", "supervisor")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Teaching assistants sometimes retrain as teachers.", {("teaching-assistant", "teacher")}),
        ("Experienced claims handlers may take on a team leader role.", {("claims-handler", "team-leader")}),
        ("Most dental nurses could be considered for practice manager posts.", {("dental-nurse", "practice-manager")}),
        ("A care worker can work towards becoming a senior care worker.", {("care-worker", "senior-care-worker")}),
        ("Opportunities exist for receptionists to progress to guest services manager.",
         {("receptionist", "guest-services-manager")}),
        ("Her first job was as a receptionist; she is now the hotel's general manager.",
         {("receptionist", "general-manager")}),
        # not a move: a verb whose object is trained, a post taken on by no one named
        ("Supervisors train a picker every week.", set()),
    ],
)
def test_more_ways_of_taking_a_post(tmp_path: Path, text: str, expected: set[tuple[str, str]]) -> None:
    assert set(moves(read(tmp_path, text))) == expected


def test_leaving_a_post_to_work_as_another_is_a_move(tmp_path: Path) -> None:
    got = moves(read(tmp_path, "He left his post as a night porter to work as a hotel receptionist."))
    assert set(got) == {("night-porter", "hotel-receptionist")}
    assert {e["rule"] for e in got["night-porter", "hotel-receptionist"]["evidence"]} == {"transitions.told"}
    assert moves(read(tmp_path, "She will not leave her job as a bank teller to work as a planner.")) == {}
