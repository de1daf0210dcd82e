"""What a cue of needing names, and how a duty is named (stop 37, from texts of our own).

The wording, roles and trades here are our own (a rail depot, a bakery, a florist); each test fails on the code
before the change it is about.
"""

from __future__ import annotations

from pathlib import Path

from text_helpers import needs, read

# --- requirements.not-work: a cue of needing whose subject is a thing, or with nothing needed after it ------------


def test_a_thing_that_needs_work_names_no_need_of_the_post(tmp_path: Path) -> None:
    page = (
        "Night Baker\n\n"
        "Night bakers shape the loaves before dawn. It is a job that requires patience.\n\n"
        "The bakery sells sourdough loaves that need proving overnight, and rye breads which require a hot oven.\n"
    )
    got = needs(read(tmp_path, page)).get("night-baker", set())
    assert "patience" in got, got
    assert not any("overnight" in s or "oven" in s or "rye" in s for s in got), got


def test_a_need_closing_a_clause_about_the_noun_before_names_nothing(tmp_path: Path) -> None:
    page = (
        "Rail Depot Cleaner\n\n"
        "In this role they need stamina.\n\n"
        "Our portal lets supervisors book the cover they need at short notice, all from one screen.\n"
    )
    got = needs(read(tmp_path, page))
    assert "stamina" in got.get("rail-depot-cleaner", set()), got
    assert not any("notice" in s or "screen" in s for skills in got.values() for s in skills), got


def test_more_than_what_follows_is_no_need(tmp_path: Path) -> None:
    page = "Florist\n\nFlorists arrange flowers. Keeping a flower shop busy needs more than just pretty bouquets.\n"
    got = needs(read(tmp_path, page))
    assert not any("bouquet" in s for skills in got.values() for s in skills), got


def test_a_duty_after_more_than_is_named_without_it(tmp_path: Path) -> None:
    page = "Yard Supervisor\n\nThe yard supervisor role involves more than updating the rota; it is a hands-on post.\n"
    got = needs(read(tmp_path, page)).get("yard-supervisor", set())
    assert "rota updating" in got, got
    assert not any("than" in s for s in got), got


# --- requirements.duty-names: a verb of advising is named with what the advice is on ------------------------------


def test_advice_is_named_with_what_it_is_on(tmp_path: Path) -> None:
    page = (
        "Ski Shop Assistant\n\n"
        "Duties:\n"
        "- Advise guests on the hire, fitting and care of ski boots\n"
        "- Greeting guests and advising them on opening times\n"
        "- Advising on piste conditions\n"
    )
    got = needs(read(tmp_path, page)).get("ski-shop-assistant", set())
    assert "advising guests on hire, fitting and care of ski boots" in got, got
    assert "advising on opening times" in got, got
    assert "advising on piste conditions" in got, got
    assert "advising guests" not in got, got


def test_two_kinds_of_advice_are_two_skills(tmp_path: Path) -> None:
    page = (
        "Bike Shop Assistant\n\n"
        "The bike shop assistant advises customers on frame sizes and informs riders about repair times.\n"
        "Bike shop assistants also advise customers about lights and locks.\n"
    )
    got = needs(read(tmp_path, page)).get("bike-shop-assistant", set())
    assert "advising customers on frame sizes" in got, got
    assert "informing riders about repair times" in got, got
    assert "advising customers about lights and locks" in got, got


# --- requirements.duty-names: an item is not cut at a noun or a second verb that reads like "X forms / keeps Y" ----


def test_an_item_is_not_cut_at_a_noun_or_a_second_duty(tmp_path: Path) -> None:
    page = (
        "Library Assistant\n\n"
        "Responsibilities:\n"
        "- Accept all forms of identification at the desk\n"
        "- Process loans and make reservations for members\n"
        "- Stamp books and keep accurate records of late returns\n"
    )
    got = needs(read(tmp_path, page)).get("library-assistant", set())
    assert "accepting forms of identification" in got, got
    assert "reservations" in got, got
    assert "accurate records of late returns" in got, got
    assert not any(s.endswith(" and") for s in got), got


# --- requirements.duty-names: "act as" / "serve as" a part played names the part ---------------------------------


def test_acting_as_a_point_of_contact_names_the_part(tmp_path: Path) -> None:
    page = (
        "Museum Attendant\n\n"
        "Duties:\n"
        "- Act as the first point of contact for visitors\n"
        "- Serve as a liaison between the ticket desk and the galleries\n"
        "- Check bags at the entrance\n"
    )
    got = needs(read(tmp_path, page)).get("museum-attendant", set())
    assert "first point of contact for visitors" in got, got
    assert "liaison between ticket desk and galleries" in got, got
    assert not {"visitors", "serving", "acting"} & got, got


# --- requirements.duty-names: adverbs of manner closing a duty are no part of its name ----------------------------


def test_adverbs_of_manner_close_no_name(tmp_path: Path) -> None:
    page = (
        "Dispatch Clerk\n\n"
        "Duties:\n"
        "- Answer calls promptly and politely\n"
        "- Process returns quickly, carefully and on time\n"
        "- Label parcels clearly\n"
    )
    got = needs(read(tmp_path, page)).get("dispatch-clerk", set())
    assert "call answering" in got, got
    assert "return processing" in got, got
    assert not any("promptly" in s or "quickly" in s for s in got), got


# --- requirements.duty-names: a record or permit of driving is no duty of driving ---------------------------------


def test_a_driving_record_is_named_whole(tmp_path: Path) -> None:
    page = (
        "Minibus Driver\n\n"
        "Requirements:\n"
        "- A good driving record\n"
        "- Clean riding history for the bike courier routes\n"
        "- Experience driving minibuses\n"
    )
    got = needs(read(tmp_path, page)).get("minibus-driver", set())
    assert "driving record" in got, got
    assert not {"record", "history"} & got, got


# --- requirements.duty-names: previous, relevant or prior experience is named ------------------------------------


def test_previous_or_relevant_experience_is_named(tmp_path: Path) -> None:
    page = (
        "Kennel Assistant\n\n"
        "Requirements:\n"
        "- Previous experience is an advantage\n"
        "- Some experience preferred\n\n"
        "Some kennels may require prior work experience, and many offer training on the job.\n"
    )
    got = needs(read(tmp_path, page)).get("kennel-assistant", set())
    assert "previous experience" in got, got
    assert "prior work experience" in got, got
    assert not {"experience", "some experience"} & got, got


# --- requirements.duty-names: how one drives names the skill ------------------------------------------------------


def test_driving_safely_is_safe_driving(tmp_path: Path) -> None:
    page = (
        "Courier Rider\n\n"
        "Duties:\n"
        "- Collect parcels from the depot\n"
        "- Ride responsibly and safely at all times\n"
        "- Drive carefully in bad weather\n"
    )
    got = needs(read(tmp_path, page)).get("courier-rider", set())
    assert "responsible and safe riding" in got, got
    assert not {"times", "responsibly and"} & got, got


# --- requirements.not-work: the pay a worker receives or earns is no duty -----------------------------------------


def test_pay_received_is_no_duty(tmp_path: Path) -> None:
    page = (
        "Hairdresser\n\n"
        "Hairdressers cut and style hair. Hairdressers receive hourly wages, tips, or a mix of both.\n"
        "Junior hairdressers earn a small bonus for each product sold. Hairdressers receive payments from clients.\n"
    )
    got = needs(read(tmp_path, page)).get("hairdresser", set())
    assert not any("wage" in s or "tip" in s or "bonus" in s or "mix" in s for s in got), got
    assert any("payment" in s for s in got), got


# --- requirements.duty-names: "to maintain X" after duties is what they are for ----------------------------------


def test_to_maintain_after_duties_is_their_purpose(tmp_path: Path) -> None:
    page = (
        "Depot Driver\n\n"
        "Depot drivers check the tyres, log their mileage and report faults to maintain safety and legal compliance.\n"
        "\nDuties:\n- Sweep the yard to maintain a safe workplace\n- Maintain delivery records\n"
    )
    got = needs(read(tmp_path, page)).get("depot-driver", set())
    assert {"tyre checking", "fault reporting", "delivery record maintenance"} <= got, got
    assert not any("compliance" in s or "safe workplace" in s for s in got), got


# --- requirements.cue: what a need is "required for" or "necessary for" is no need ------------------------------


def test_what_a_need_is_for_is_no_need(tmp_path: Path) -> None:
    page = (
        "Shift Supervisor\n\n"
        "The qualities required for the job include patience and stamina.\n"
        "A training course pointed out the skills and traits necessary for a smooth move from crew to supervisor.\n"
    )
    got = needs(read(tmp_path, page)).get("shift-supervisor", set())
    assert {"patience", "stamina"} <= got, got
    assert not {"traits", "crew", "job include patience"} & got, got


# --- requirements.duty-names: a noun used in the plural only keeps its plural -------------------------------------


def test_goods_stay_goods(tmp_path: Path) -> None:
    page = "Stock Handler\n\nDuties:\n- Unload goods from the van\n- Clean the premises\n"
    got = needs(read(tmp_path, page)).get("stock-handler", set())
    assert "goods unloading" in got, got
    assert "premises cleaning" in got, got


def test_advice_given_is_named_with_what_it_is_on(tmp_path: Path) -> None:
    page = (
        "Garden Centre Assistant\n\n"
        "Duties:\n"
        "- Give information about the size, hardiness and care of plants\n"
        "- Provide guidance on pond equipment\n"
        "- Water the plants\n"
    )
    got = needs(read(tmp_path, page)).get("garden-centre-assistant", set())
    assert "information about size, hardiness and care of plants" in got, got
    assert "guidance on pond equipment" in got, got
    assert not {"information", "guidance", "care of plants"} & got, got
