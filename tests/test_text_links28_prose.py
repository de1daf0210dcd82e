"""Role -> skill requirements said in ordinary prose about a post that the loader left unread before: what the post
is for put as "their tasks are to ...", and more.

The wording, roles and trades here are our own (a country park, a lighthouse, a vineyard); each test fails on the
code before the change it is about.
"""

from __future__ import annotations

from pathlib import Path

from text_helpers import needs, read, rules_of

# --- requirements.cue: a noun of duty and "is / are to" -----------------------------------------------------------


def test_the_tasks_of_a_post_are_to_gives_the_infinitives(tmp_path: Path) -> None:
    text = (
        "# Country Park Jobs\n\n"
        "The main tasks of a park ranger are to record bird sightings and repair fences.\n\n"
        "Lighthouse keepers live on the rock. Their mission is to log the weather at dawn.\n"
    )
    got = needs(read(tmp_path, text))
    assert any("bird sighting" in s for s in got["park-ranger"])
    assert not any(s in {"park ranger", "ranger"} for s in got["park-ranger"])  # the "of" phrase is no duty
    assert any("weather" in s for s in got["lighthouse-keeper"])


def test_the_tasks_of_this_type_of_post_are_to_read_after_to(tmp_path: Path) -> None:
    text = (
        "# Vineyard Work\n\n"
        "Seasonal pickers are what growers call harvest hands. The main tasks of this type of post are to cut the"
        " grape bunches and sort the crates.\n"
    )
    got = needs(read(tmp_path, text))
    skills = {s for role_skills in got.values() for s in role_skills}
    assert any("crate" in s for s in skills)
    assert not any(s.startswith("post") or s == "type" for s in skills)  # "of this type of post are" is no duty


def test_it_is_your_job_to_is_the_posts_duty(tmp_path: Path) -> None:
    text = "# Park Ranger\n\nAs a park ranger, it is your job to record bird sightings and repair fences.\n"
    got = needs(read(tmp_path, text))
    assert any("bird sighting" in s for s in got["park-ranger"])
    assert any("fence" in s for s in got["park-ranger"])


def test_our_mission_is_the_writers_company_not_a_post(tmp_path: Path) -> None:
    text = (
        "# Park Ranger\n\n"
        "Park rangers look after country parks. Our mission is to plant a million trees by the end of the decade.\n"
    )
    got = needs(read(tmp_path, text))
    assert not any("tree" in s for s in got.get("park-ranger", set()))


# --- requirements.focus-on: "focus on" and gerunds after a role ------------------------------------------------------


def test_focus_on_gerunds_names_the_roles_duties(tmp_path: Path) -> None:
    text = (
        "# Vineyard Jobs\n\n"
        "Cellar assistants focus on racking the barrels and sterilising the tanks.\n\n"
        "As a vineyard supervisor, you will concentrate on scheduling the pickers and logging the harvest.\n"
    )
    g = read(tmp_path, text)
    got = needs(g)
    assert any("barrel" in s for s in got["cellar-assistant"]) and any("tank" in s for s in got["cellar-assistant"])
    supervisor = got["vineyard-supervisor"]
    assert any("picker" in s for s in supervisor) and any("harvest" in s for s in supervisor)
    assert "requirements.focus-on" in rules_of(g, "cellar-assistant")


def test_focus_on_a_noun_is_no_duty(tmp_path: Path) -> None:
    text = "# Winery Technician\n\nWinery technicians focus on the wine, and the owner decides the blends.\n"
    assert not any("wine" in s for s in needs(read(tmp_path, text)).get("winery-technician", set()))


# --- requirements.essential: "is usually needed" ---------------------------------------------------------------------


def test_a_need_said_with_how_often_it_holds_is_read(tmp_path: Path) -> None:
    text = (
        "# Lighthouse Keeper\n\n"
        "Lighthouse keepers tend the lamp through the night.\n\n"
        "A boat handling certificate is usually needed. A marine first aid certificate is typically required.\n"
    )
    got = needs(read(tmp_path, text))["lighthouse-keeper"]
    assert any("boat handling" in s for s in got) and any("first aid" in s for s in got)


# --- requirements.cue: what hirers look for in someone, then "include" / "is" --------------------------------------


def test_what_hirers_look_for_in_someone_is_read_after_include_or_is(tmp_path: Path) -> None:
    text = (
        "# Lighthouse Keeper\n\n"
        "Key qualities employers look for in their keepers include a knack for knot tying, steady nerves and"
        " patience.\n\n"
        "What recruiters value in a keeper is semaphore, lamp maintenance and weather logging.\n"
    )
    got = needs(read(tmp_path, text))["lighthouse-keeper"]
    assert any("knot" in s for s in got) and any("nerve" in s for s in got)
    assert any("semaphore" in s for s in got) and any("lamp" in s for s in got)
    assert not any("keeper" in s for s in got)  # whom they look for is no skill


def test_hirers_paying_attention_to_something_name_what_is_sought(tmp_path: Path) -> None:
    text = (
        "# Lighthouse Keeper\n\n"
        "Employers pay attention to sea survival training and a marine radio licence.\n"
    )
    got = needs(read(tmp_path, text))["lighthouse-keeper"]
    assert any("radio" in s for s in got) and any("sea survival" in s for s in got)


# --- requirements.cue: "the responsibility of" and a gerund; a role the work is compared with is no subject ----------


def test_the_responsibility_of_a_gerund_is_a_duty(tmp_path: Path) -> None:
    text = (
        "# Park Ranger\n\n"
        "Park rangers also have the responsibility of checking the bird hides.\n\n"
        "The responsibility of the head ranger is wide.\n"
    )
    got = needs(read(tmp_path, text))
    assert any("bird hide" in s for s in got["park-ranger"])
    assert "head-ranger" not in got  # whose responsibility it is, not what


def test_a_role_the_work_is_compared_with_is_not_whose_duty_follows(tmp_path: Path) -> None:
    text = (
        "# Careers in Country Parks\n\n"
        "The posts, from the bottom up:\n\n"
        "Senior Ranger: In parks that have this post, staff do the same work as park wardens and also have the"
        " responsibility of training volunteers.\n"
    )
    got = needs(read(tmp_path, text))
    assert any("volunteer" in s for s in got["senior-ranger"])
    assert "park-warden" not in got


# --- requirements.hired-to: a post taken on "to" do something --------------------------------------------------------


def test_a_post_employed_to_do_something_has_that_duty(tmp_path: Path) -> None:
    text = (
        "# Country Estates\n\n"
        "Larger estates employ estate managers, sometimes called factors, to manage the woodland and collect the"
        " rents.\n\n"
        "Park wardens are often hired to manage the trails.\n"
    )
    g = read(tmp_path, text)
    got = needs(g)
    assert any("woodland" in s for s in got["estate-manager"]) and any("rent" in s for s in got["estate-manager"])
    assert any("trail" in s for s in got["park-warden"])
    assert "requirements.hired-to" in rules_of(g, "park-warden")


def test_a_post_not_employed_or_hired_to_help_another_gives_nothing(tmp_path: Path) -> None:
    text = (
        "# Country Estates\n\n"
        "Most estates do not employ estate managers to manage the woodland.\n\n"
        "Councils hire park wardens to help the head ranger.\n"
    )
    got = needs(read(tmp_path, text))
    assert not got.get("estate-manager") and not got.get("park-warden")


# --- requirements.qualified-for: people "with" something are qualified for a post ----------------------------------


def test_what_people_qualified_for_a_post_hold_is_what_it_needs(tmp_path: Path) -> None:
    text = (
        "# Country Parks\n\n"
        "The parks take on new staff every spring.\n\n"
        "Candidates with a boat licence or with a chainsaw ticket are usually eligible to work as a park ranger.\n"
    )
    g = read(tmp_path, text)
    got = needs(g)["park-ranger"]
    assert any("boat licence" in s for s in got) and any("chainsaw" in s for s in got)
    assert "requirements.qualified-for" in rules_of(g, "park-ranger")


def test_qualified_for_something_else_names_no_posts_need(tmp_path: Path) -> None:
    text = (
        "# Country Parks\n\n"
        "The parks take on new staff every spring.\n\n"
        "Those with a boat licence are qualified for a mooring discount, unlike park rangers.\n"
    )
    assert not needs(read(tmp_path, text)).get("park-ranger")


# --- requirements.there-to: "you're there to" after a role subject ------------------------------------------------


def test_what_a_post_is_there_to_do_is_its_duty(tmp_path: Path) -> None:
    text = (
        "# Lighthouse Work\n\n"
        "The lights need staff all year.\n\n"
        "Being in a lighthouse keeper position, you're there to log the weather and clean the lamp.\n\n"
        "Boat crews are not there to clean the lamp.\n"
    )
    g = read(tmp_path, text)
    got = needs(g)
    assert any("weather" in s for s in got["lighthouse-keeper"]) and any("lamp" in s for s in got["lighthouse-keeper"])
    assert "requirements.there-to" in rules_of(g, "lighthouse-keeper")
    assert not got.get("boat-crew")


# --- requirements.pays-more: what earns a post more is a skill it welcomes ------------------------------------------


def test_what_earns_more_is_a_skill_the_post_welcomes(tmp_path: Path) -> None:
    text = (
        "# Deckhand\n\n"
        "Deckhands crew the fishing boats.\n\n"
        "Additionally, workers with certifications, such as a boat licence or sea survival training, may command"
        " higher wages. If you have a diesel engine ticket, then you may be earning a higher rate.\n"
    )
    g = read(tmp_path, text)
    got = needs(g)["deckhand"]
    assert any("boat licence" in s for s in got) and any("sea survival" in s for s in got)
    assert any("diesel" in s for s in got)
    assert "requirements.pays-more" in rules_of(g, "deckhand")


def test_who_earns_more_for_another_reason_names_no_skill(tmp_path: Path) -> None:
    text = (
        "# Deckhand\n\n"
        "Deckhands crew the fishing boats.\n\n"
        "Workers with children earn more in winter than deckhands. Those with a big boat say they earn less.\n"
    )
    got = needs(read(tmp_path, text)).get("deckhand", set())
    assert not any("child" in s or "boat" in s for s in got)


def test_a_need_closed_by_preferred_and_a_comma_is_read(tmp_path: Path) -> None:
    text = "# Deckhand\n\nDeckhands crew the boats.\n\nSea survival training preferred, with a head for heights.\n"
    assert any("sea survival" in s for s in needs(read(tmp_path, text))["deckhand"])


# --- requirements.when-clause: a clause of when the work is done before the subject ----------------------------------


def test_a_clause_of_when_before_the_subject_leaves_the_duty_readable(tmp_path: Path) -> None:
    text = (
        "# Lighthouse Keeper\n\n"
        "Lighthouse keepers live on the rock.\n\n"
        "When they are on night watch they usually operate the fog signal. When the weather turns, the boats stay"
        " in harbour.\n"
    )
    g = read(tmp_path, text)
    got = needs(g)["lighthouse-keeper"]
    assert any("fog signal" in s for s in got)
    assert not any("harbour" in s or "boat" in s for s in got)
    assert "requirements.when-clause" in rules_of(g, "lighthouse-keeper")


def test_a_job_to_be_proud_of_is_no_duty(tmp_path: Path) -> None:
    text = (
        "# Park Ranger\n\n"
        "Being a park ranger is a job to be proud of. As a park ranger, it's your job to record bird sightings.\n"
    )
    got = needs(read(tmp_path, text))["park-ranger"]
    assert any("bird sighting" in s for s in got) and not any("proud" in s for s in got)
