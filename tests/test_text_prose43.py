"""Requirement links told in prose about posts on ladder pages, hierarchy pages and career stories (stop 43, from
texts of our own): a post's own relative clause in a list of posts (requirements.who-series), the post
opening a clause of what is expected of it (requirements.that-subject), the alternatives of a clause
opening with 'Whether they're ...' (requirements.whether-duties), what a narrator was 'the one' doing
(requirements.narrator), participles after a predicate of place
(requirements.identity-participle), a post joined to a bare rank (requirements.joined-subjects), a title run into its
paragraph (structure.run-in-sections); stop 44: a post sought 'to' do its duties in a job ad
(requirements.sought-to), a gerund after 'the main responsibility of <post> is' (requirements.responsibility-gerund),
'report progress to <post>' in a later duty of a series (requirements.progress-noun, requirements.later-recipient),
more states seen to after one 'ensure that' and the field after 'experience within' (requirements.duty-names), what
the reader needs 'to become a <post>' (requirements.become-target), 'This role' after a label's colon
(requirements.label-post-word).

The wording, roles and trades here are our own (a bakery, a boatyard, ...); each test fails on the code before the
change it is about.
"""

from __future__ import annotations

from pathlib import Path

from text_helpers import moves, named, needs, read, rules_of


def test_each_post_of_a_list_does_what_its_own_who_clause_says(tmp_path: Path) -> None:
    page = (
        "Skilled Bakery Staff\n\n"
        "These workers include oven operators who load the deck ovens at dawn, and drivers who deliver the bread"
        " rolls to the cafes.\n"
    )
    got = needs(g := read(tmp_path, page))
    assert named(got.get("oven-operator", set()), "oven"), got
    assert named(got.get("driver", set()), "roll"), got
    assert not named(got.get("oven-operator", set()), "roll"), got
    assert "requirements.who-series" in rules_of(g, "driver")


def test_a_who_clause_of_the_past_or_of_wanting_is_no_duty(tmp_path: Path) -> None:
    page = (
        "Bakery Careers\n\n"
        "Our head bakers include oven operators who wanted a change, and drivers who delivered bread for years.\n"
    )
    got = needs(read(tmp_path, page))
    assert not got.get("oven-operator") and not got.get("driver"), got


def test_the_post_an_expected_clause_opens_with_does_its_duties(tmp_path: Path) -> None:
    page = (
        "Boatyard Careers\n\n"
        "Most start as yard hands. When a person reaches yard foreman level, there is an expectation that the yard"
        " foreman will be planning the haul-outs and checking the cradles.\n\n"
        "It is expected that yard hands will scrub the hulls.\n"
    )
    got = needs(g := read(tmp_path, page))
    assert named(got.get("yard-foreman", set()), "haul") and named(got.get("yard-foreman", set()), "cradle"), got
    assert named(got.get("yard-hand", set()), "hull"), got
    assert "requirements.that-subject" in rules_of(g, "yard-foreman")


def test_a_post_after_that_with_no_expectation_before_it_is_no_subject(tmp_path: Path) -> None:
    page = "Boatyard Careers\n\nThese are the hulls that the yard foreman will check before launch.\n"
    got = needs(read(tmp_path, page))
    assert not got.get("yard-foreman"), got


def test_the_work_a_clause_of_alternatives_names_is_its_subjects(tmp_path: Path) -> None:
    page = (
        "The Many Types of Boatyard Jobs\n\n"
        "Yard Hands\n\n"
        "Yard hands tend to be entry positions. Whether they're scrubbing hulls and sanding decks, they're essential"
        " to the yard.\n\n"
        "Riggers\n\n"
        "Whether you're splicing ropes or tuning the masts, you work outdoors in all weathers.\n"
    )
    got = needs(g := read(tmp_path, page))
    assert named(got.get("yard-hand", set()), "hull") and named(got.get("yard-hand", set()), "deck"), got
    assert named(got.get("rigger", set()), "rope") and named(got.get("rigger", set()), "mast"), got
    assert "requirements.whether-duties" in rules_of(g, "rigger")


def test_alternatives_that_are_not_all_work_name_no_duty(tmp_path: Path) -> None:
    page = (
        "What a rigger does\n\n"
        "Whether you're splicing ropes or curious about sailing, this guide explains what riggers do.\n"
    )
    got = needs(read(tmp_path, page))
    assert not named(got.get("rigger", set()), "rope"), got


def test_what_the_narrator_was_the_one_doing_is_the_posts_duty(tmp_path: Path) -> None:
    page = (
        "Twenty years in hotels\n\n"
        "I worked as a head porter for ten years. I was the one checking the lifts, not fixing them. I was the one"
        " who trained the new starters. I was the one to blame when the boiler failed.\n"
    )
    got = needs(read(tmp_path, page)).get("head-porter", set())
    assert named(got, "lift") and named(got, "starter"), got
    assert not named(got, "blame") and not named(got, "boiler"), got


def test_participles_after_a_predicate_of_place_are_the_posts_duties(tmp_path: Path) -> None:
    page = (
        "Life in a Garden Centre\n\n"
        "Nursery managers are on the floor all day, pricing the stock, checking deliveries and restocking shelves.\n\n"
        "Section leaders are hands-on leaders, meaning they are out with the staff, serving customers and pricing"
        " the stock.\n"
    )
    got = needs(g := read(tmp_path, page))
    assert named(got.get("nursery-manager", set()), "deliver") and named(got.get("nursery-manager", set()), "shelf")
    assert named(got.get("section-leader", set()), "customer"), got
    assert "requirements.identity-participle" in rules_of(g, "nursery-manager")


def test_one_participle_after_a_predicate_is_no_series_of_duties(tmp_path: Path) -> None:
    page = "Life in a Garden Centre\n\nNursery managers are paid weekly, pricing their own hours.\n"
    got = needs(read(tmp_path, page))
    assert not got.get("nursery-manager"), got


def test_a_bare_rank_joined_to_a_post_shares_its_subject(tmp_path: Path) -> None:
    page = (
        "Garden jobs\n\n"
        "Plant nursery supervisors and managers are hands-on staff, serving customers, pricing the stock and"
        " restocking shelves.\n"
    )
    got = needs(read(tmp_path, page)).get("plant-nursery-supervisor", set())
    assert named(got, "customer") and named(got, "shelf"), got


def test_a_bare_rank_before_a_verb_of_no_duty_is_no_shared_subject(tmp_path: Path) -> None:
    page = "Garden jobs\n\nPlant nursery supervisors and managers earn more in the spring rush.\n"
    got = needs(read(tmp_path, page))
    assert not got.get("plant-nursery-supervisor"), got


def test_a_title_run_into_its_paragraph_heads_the_lines_after_it(tmp_path: Path) -> None:
    page = (
        "Kitchen Titles\n\n"
        "We take a walk up the chef career path to see what each stop asks of you.\n\n"
        "Commis Chef Welcome to the kitchen. Commis chefs are just starting out and most stay about a year in the"
        " post.\n\n"
        "You'll be expected to prepare vegetables and clean the walk-in fridge.\n\n"
        "Sous Chef You likely have five years behind you and a kitchen of your own to run each night.\n\n"
        "You'll be expected to cost the dishes and train the new starters.\n"
    )
    got = needs(read(tmp_path, page))
    assert named(got.get("sous-chef", set()), "dish") and named(got.get("sous-chef", set()), "starter"), got
    assert not named(got.get("commis-chef", set()), "dish"), got
    assert not named(got.get("commis-chef", set()), "welcom"), got


def test_the_post_sought_does_what_follows_to(tmp_path: Path) -> None:
    page = (
        "Estate Jobs\n\n"
        "Fernhill Hall is looking for a calm, careful Groundskeeper to sweep the paths and trim the hedges.\n\n"
        "We are hiring a Head Gardener role to plan the borders.\n"
    )
    got = needs(g := read(tmp_path, page))
    assert named(got.get("groundskeeper", set()), "path") and named(got.get("groundskeeper", set()), "hedge"), got
    assert named(got.get("head-gardener", set()), "border"), got
    assert "requirements.sought-to" in rules_of(g, "groundskeeper")
    before = needs(read(tmp_path, page, frozenset({"requirements.sought-to"})))
    assert not before.get("groundskeeper") and not before.get("head-gardener"), before


def test_a_post_sought_to_join_or_work_is_told_no_duty(tmp_path: Path) -> None:
    page = (
        "Estate Jobs\n\n"
        "We are looking for a friendly Groundskeeper to join our small team.\n\n"
        "Fernhill Hall is seeking a Head Gardener to work weekends in summer.\n"
    )
    got = needs(read(tmp_path, page))
    assert not got.get("groundskeeper") and not got.get("head-gardener"), got


def test_a_duty_of_a_post_told_by_a_gerund_after_is(tmp_path: Path) -> None:
    page = (
        "Estate Careers\n\n"
        "The main responsibility of a groundskeeper is sweeping the paths and trimming the hedges.\n\n"
        "The job of a head gardener is exciting and varied.\n"
    )
    got = needs(g := read(tmp_path, page))
    assert named(got.get("groundskeeper", set()), "path") and named(got.get("groundskeeper", set()), "hedge"), got
    assert "requirements.responsibility-gerund" in rules_of(g, "groundskeeper")
    assert not named(got.get("head-gardener", set()), "excit"), got
    before = needs(read(tmp_path, page, frozenset({"requirements.responsibility-gerund"})))
    assert not before.get("groundskeeper"), before


def test_progress_reported_to_a_post_in_a_later_duty_is_no_move(tmp_path: Path) -> None:
    page = (
        "Deck Supervisor\n\n"
        "What they do\n\n"
        "A deck supervisor plans the crossings. They will also check the mooring lines, and report progress to the"
        " port manager.\n"
    )
    got = needs(read(tmp_path, page))
    assert named(got.get("deck-supervisor", set()), "mooring"), got
    assert named(got.get("deck-supervisor", set()), "progress"), got
    for off in ("requirements.progress-noun", "requirements.later-recipient"):
        before = needs(read(tmp_path, page, frozenset({off})))
        assert not named(before.get("deck-supervisor", set()), "mooring"), (off, before)


def test_progress_as_a_verb_of_moving_stays_a_move(tmp_path: Path) -> None:
    page = "Ferry Careers\n\nDeckhands often progress to deck supervisor after three years at sea.\n"
    g = read(tmp_path, page)
    assert ("deckhand", "deck-supervisor") in moves(g), moves(g)
    assert not needs(g).get("deckhand"), needs(g)


def test_each_state_a_post_sees_to_after_one_ensure_is_a_duty(tmp_path: Path) -> None:
    page = (
        "Stable Careers\n\n"
        "The stable manager ensures that saddles are cleaned correctly, feed bins are filled and stable doors are"
        " locked.\n"
    )
    got = needs(read(tmp_path, page)).get("stable-manager", set())
    assert named(got, "saddle") and named(got, "feed bin") and named(got, "door"), got


def test_a_later_state_with_no_noun_of_its_work_or_of_people_names_none(tmp_path: Path) -> None:
    page = (
        "Stable Careers\n\n"
        "The stable manager ensures that saddles are cleaned correctly, owners are happy and the rules are followed.\n"
    )
    got = needs(read(tmp_path, page)).get("stable-manager", set())
    assert named(got, "saddle"), got
    assert not named(got, "owner") and not named(got, "rule"), got


def test_experience_within_a_field_is_that_fields_experience(tmp_path: Path) -> None:
    page = (
        "Bakery Careers\n\n"
        "A head baker would be expected to have a minimum of four years experience within artisan baking.\n"
    )
    got = needs(read(tmp_path, page)).get("head-baker", set())
    assert named(got, "artisan baking", "experience"), got


def test_what_you_need_to_become_a_post_is_that_posts_need(tmp_path: Path) -> None:
    page = (
        "Bakery Careers\n\n"
        "Bakery assistants weigh flour and wrap loaves.\n\n"
        "You will generally need a certificate in baking or a related subject in order to become a head baker.\n"
    )
    got = needs(g := read(tmp_path, page))
    assert named(got.get("head-baker", set()), "certificate"), got
    assert not named(got.get("bakery-assistant", set()), "certificate"), got
    assert "requirements.become-target" in rules_of(g, "head-baker")


def test_a_post_to_become_with_another_after_the_cue_is_no_target(tmp_path: Path) -> None:
    page = "Bakery Careers\n\nYou will need two years as a baker to become a head baker.\n"
    got = needs(read(tmp_path, page))
    assert not got.get("head-baker"), got


def test_this_role_after_a_labels_colon_is_the_labels_post(tmp_path: Path) -> None:
    page = (
        "Boatyard Careers\n\n"
        "Yard Hand or Deckhand (0-2 years): This role provides a foundational understanding of hull care, rigging,"
        " and boat handling.\n"
    )
    got = needs(g := read(tmp_path, page))
    for post in ("yard-hand", "yard-deckhand"):
        assert named(got.get(post, set()), "hull") and named(got.get(post, set()), "boat handling"), got
    assert "requirements.label-post-word" in rules_of(g, "yard-hand") | rules_of(g, "yard-deckhand")
    before = needs(read(tmp_path, page, frozenset({"requirements.label-post-word"})))
    assert not before.get("yard-hand"), before
