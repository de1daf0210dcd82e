"""Salary figures as pay pages lay them out worldwide: a level's label before each figure, under a title that
names the post.

The wording here is our own (clinics, building sites, kitchens), unlike any page read.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from text_helpers import pay, read, roles


def test_level_rows_under_a_title_naming_the_post_are_its_pay(tmp_path: Path) -> None:
    text = (
        "Radiographer salary in South Africa\n\n"
        "A radiographer takes X-ray images of patients.\n\n"
        "Lower: R180,000\n"
        "Most common: R260,000\n"
        "Upper: R410,000\n"
    )
    g = read(tmp_path, text)
    assert sorted(pay(g, "radiographer")) == [
        (180000.0, 180000.0, "ZAR", "year"),
        (260000.0, 260000.0, "ZAR", "year"),
        (410000.0, 410000.0, "ZAR", "year"),
    ]


def test_a_list_of_levels_under_a_title_naming_the_post(tmp_path: Path) -> None:
    text = (
        "Welder wages in Texas\n\nA welder joins steel beams on site.\n\n"
        "- Entry level: $41,000 a year\n- Median: $50,500 a year\n"
    )
    g = read(tmp_path, text)
    assert sorted(pay(g, "welder")) == [(41000.0, 41000.0, "USD", "year"), (50500.0, 50500.0, "USD", "year")]


def test_a_field_of_works_pay_in_a_report_is_no_posts(tmp_path: Path) -> None:
    text = (
        "Roofing pay report\n\n"
        "In the other fields we follow:\n\n"
        "- Roofers earned the most in building, up 3.1% to an average of £29,900.\n"
        "- Hospitality, leisure and travel average earnings fell 1.8% to £21,400, better than a year before.\n"
    )
    g = read(tmp_path, text)
    assert pay(g, "roofer") == [(29900.0, 29900.0, "GBP", "year")]


def test_a_posts_own_pay_that_moved_is_still_its_pay(tmp_path: Path) -> None:
    text = (
        "Roofer pay\n\nA roofer fixes tiles on houses. Roofers work at height.\n\n"
        "Roofer salaries rose 3% to £29,900.\n"
    )
    g = read(tmp_path, text)
    assert pay(g, "roofer") == [(29900.0, 29900.0, "GBP", "year")]


def test_a_weeks_pay_written_pw(tmp_path: Path) -> None:
    text = "Kitchen porter pay\n\nA kitchen porter washes pots in a hotel kitchen.\n\nA kitchen porter earns £430pw.\n"
    g = read(tmp_path, text)
    assert pay(g, "kitchen-porter") == [(430.0, 430.0, "GBP", "week")]


def test_a_price_after_a_verb_of_selling_is_no_pay(tmp_path: Path) -> None:
    text = (
        "Baker pay\n\nA baker bakes bread before dawn.\n\n"
        "The bakery sells loaves from $3.49 and cakes priced at $28.50.\n"
        "A baker earns $17.20 an hour.\n"
    )
    g = read(tmp_path, text)
    assert pay(g, "baker") == [(17.2, 17.2, "USD", "hour")]


def test_a_days_pay_settled_daily_and_pay_in_and_after_probation(tmp_path: Path) -> None:
    text = (
        "物流园招聘\n\n"
        "装卸工负责货车的装车和卸车，装卸工日结180元。\n"
        "客房保洁员每天接待30间客房，试用期3个月，保洁员试用期2800元，转正后3300元。\n"
    )
    g = read(tmp_path, text)
    assert pay(g, "装卸工") == [(180.0, 180.0, "CNY", "day")]
    assert sorted(pay(g, "客房保洁员")) == [(2800.0, 2800.0, "CNY", "month"), (3300.0, 3300.0, "CNY", "month")]


def test_small_sums_in_a_column_whose_header_names_the_currency_and_the_hour(tmp_path: Path) -> None:
    text = (
        "Housekeeping attendant wages in Canada\n\n"
        "A housekeeping attendant cleans guest rooms in a hotel.\n\n"
        "| Region | Low ($/hour) | Median ($/hour) |\n"
        "|---|---|---|\n"
        "| Alberta | 15.00 | 17.50 |\n"
    )
    g = read(tmp_path, text)
    assert sorted(pay(g, "housekeeping-attendant")) == [(15.0, 15.0, "CAD", "hour"), (17.5, 17.5, "CAD", "hour")]


@pytest.mark.parametrize(
    "sentence",
    [
        "The median household income in the county is $61,300.",
        "Liability insurance runs about $1,400 a year.",
        "Trainees can get a $3,500 grant.",
        "The average order value at the county store is $1,150.",
        "Most will pay about $8,200 in tax.",
        "A first-aid course is $1,150.",
        "Each ambulance is valued at $90,000.",
        "A used ambulance will set you back $40,000.",
        "The crew donated $6,000 to the clinic.",
        "The clinic's adverts cost $0.45 per click.",
        "The booking service bills $1,200 a month per client.",
        "Couriers get $1.10 a parcel.",
    ],
)
def test_a_households_money_a_cost_a_gift_and_tax_are_no_pay(tmp_path: Path, sentence: str) -> None:
    text = f"Paramedic pay\n\nA paramedic treats patients. A paramedic earns $52,000 a year.\n\n{sentence}\n"
    g = read(tmp_path, text)
    assert all(pay(g, key) == ([(52000.0, 52000.0, "USD", "year")] if key == "paramedic" else []) for key in roles(g))


def test_a_range_written_over_three_lines_is_one_figure(tmp_path: Path) -> None:
    text = (
        "Care worker\n\n"
        "Care workers help people with daily tasks in their homes.\n\n"
        "Average salary (a year)\n"
        "£19,500 Starter\n"
        "to\n"
        "£26,000 Experienced\n\n"
        "Typical hours (a week)\n"
        "37 to 42\n"
    )
    g = read(tmp_path, text)
    assert pay(g, "care-worker") == [(19500.0, 26000.0, "GBP", "year")]


def test_a_peso_written_p_on_a_page_about_the_philippines(tmp_path: Path) -> None:
    text = (
        "Hotel housekeeper pay in the Philippines\n\n"
        "A hotel housekeeper cleans guest rooms. A hotel housekeeper earns P14,500 to P17,000 a month.\n"
    )
    g = read(tmp_path, text)
    assert pay(g, "hotel-housekeeper") == [(14500.0, 17000.0, "PHP", "month")]


def test_p_before_a_figure_on_a_page_about_no_country_is_no_currency(tmp_path: Path) -> None:
    text = "Courier pay\n\nA courier delivers parcels. A courier earns P14,500 a month.\n"
    g = read(tmp_path, text)
    assert pay(g, "courier") == []


def test_level_rows_under_a_title_naming_the_post_the_page_names_most(tmp_path: Path) -> None:
    text = (
        "Baker salary\n\n"
        "A baker makes bread at night. Some bakers go on to become bakery managers.\n\n"
        "Median: $39,500 a year\n"
        "Lowest 10 percent: $31,000 a year\n"
    )
    g = read(tmp_path, text)
    assert sorted(pay(g, "baker")) == [(31000.0, 31000.0, "USD", "year"), (39500.0, 39500.0, "USD", "year")]
    assert pay(g, "bakery-manager") == []


@pytest.mark.parametrize(
    ("country", "words", "currency"),
    [
        ("Kenya", "38,000 shillings", "KES"),
        ("Uganda", "650,000 shillings", "UGX"),
        ("Ghana", "2,400 cedis", "GHS"),
        ("Saudi Arabia", "4,200 riyals", "SAR"),
        ("Qatar", "4,200 riyals", "QAR"),
    ],
)
def test_a_currencys_word_after_the_figure(tmp_path: Path, country: str, words: str, currency: str) -> None:
    text = f"Hotel cook pay in {country}\n\nA hotel cook prepares meals. A hotel cook earns {words} a month.\n"
    g = read(tmp_path, text)
    amount = float(words.split()[0].replace(",", ""))
    assert pay(g, "hotel-cook") == [(amount, amount, currency, "month")]


def test_of_course_names_no_course(tmp_path: Path) -> None:
    text = (
        "Paramedic pay\n\nA paramedic treats patients. A paramedic earns $52,000 a year.\n\n"
        "Of course, $58,000 is common with overtime.\n"
    )
    g = read(tmp_path, text)
    assert sorted(pay(g, "paramedic")) == [(52000.0, 52000.0, "USD", "year"), (58000.0, 58000.0, "USD", "year")]


def test_pay_named_beside_insurance_in_an_ad_is_still_pay(tmp_path: Path) -> None:
    text = "Dental nurse\n\nWe need a dental nurse for our clinic.\n\nWe offer health insurance and $36,000 a year.\n"
    g = read(tmp_path, text)
    assert pay(g, "dental-nurse") == [(36000.0, 36000.0, "USD", "year")]


def test_pay_named_beside_equipment_or_grants_in_an_ad_is_still_pay(tmp_path: Path) -> None:
    text = (
        "Dental nurse\n\nWe need a dental nurse for our clinic.\n\n"
        "We provide equipment, training grants and $36,000 a year.\n"
    )
    g = read(tmp_path, text)
    assert pay(g, "dental-nurse") == [(36000.0, 36000.0, "USD", "year")]


def test_pay_named_beside_courses_in_an_ad_is_still_pay(tmp_path: Path) -> None:
    text = "Dental nurse\n\nWe need a dental nurse for our clinic.\n\nWe offer free courses and $36,000 a year.\n"
    g = read(tmp_path, text)
    assert pay(g, "dental-nurse") == [(36000.0, 36000.0, "USD", "year")]
