"""Salary figures (stop 37): whose pay a figure is when the post is named with the stage it is held at ("an entry
level housekeeper", "junior and trainee cleaners").

The wording here is our own (a seaside hotel, a dog salon, a rail depot, a bakery), unlike any page read.
"""

from __future__ import annotations

from pathlib import Path

from text_helpers import pay, read, roles


def test_the_pay_of_a_post_at_entry_level_is_the_posts(tmp_path: Path) -> None:
    text = (
        "Seaside hotel pay\n\n"
        "An entry level housekeeper at a seaside hotel earns £11.50 an hour.\n\n"
        "Entry level porters are paid £11.80 an hour.\n"
    )
    g = read(tmp_path, text)
    assert pay(g, "housekeeper") == [(11.5, 11.5, "GBP", "hour")]
    assert pay(g, "porter") == [(11.8, 11.8, "GBP", "hour")]
    assert not {"entry-level-housekeeper", "entry-level-porter"} & roles(g)


def test_a_one_word_post_after_entry_level_with_a_hyphen(tmp_path: Path) -> None:
    text = "Dog salon wages\n\nAn entry-level groomer makes about $16 an hour at our salon.\n"
    g = read(tmp_path, text)
    assert pay(g, "groomer") == [(16.0, 16.0, "USD", "hour")]


def test_entry_level_in_capitals_stays_in_a_title(tmp_path: Path) -> None:
    text = "Bakery jobs\n\nWe are hiring an Entry Level Cake Decorator for our new shop.\n"
    g = read(tmp_path, text)
    assert "entry-level-cake-decorator" in roles(g)


def test_the_pay_of_two_stages_of_a_post_is_the_posts(tmp_path: Path) -> None:
    text = (
        "Rail depot wages\n\n"
        "Pay for junior and trainee carriage cleaners is £21,000 to £23,500 a year.\n\n"
        "Trainee and junior shunters are paid £15 an hour.\n"
    )
    g = read(tmp_path, text)
    assert pay(g, "carriage-cleaner") == [(21000.0, 23500.0, "GBP", "year")]
    assert pay(g, "shunter") == [(15.0, 15.0, "GBP", "hour")]
    assert not {"trainee", "trainee-carriage-cleaner", "junior-shunter"} & roles(g)


def test_a_line_labelled_with_a_sum_beside_pay_is_no_pay_though_it_says_earnings(tmp_path: Path) -> None:
    text = (
        "Valet jobs at the Harbour Hotel\n\n"
        "Parking Valets\n"
        "Earnings\n"
        "- Base pay: $15 an hour.\n"
        "- Tips: tips from guests can push earnings to $22 an hour or more.\n"
    )
    g = read(tmp_path, text)
    assert pay(g, "parking-valet") == [(15.0, 15.0, "USD", "hour")]


def test_a_numbered_title_with_its_lines_right_under_it_heads_them(tmp_path: Path) -> None:
    text = (
        "Five bakery jobs worth a look\n\n"
        "1. Cake Decorators\n"
        "What the job is\n"
        "Weddings and birthdays keep decorating rooms busy all year round.\n"
        "Pay\n"
        "- Starting pay: $16–$19/hour.\n"
        "2. Bread Bakers\n"
        "What the job is\n"
        "Early mornings are the rule in any bread room.\n"
        "Pay\n"
        "- Starting pay: $18/hour.\n"
    )
    g = read(tmp_path, text)
    assert pay(g, "cake-decorator") == [(16.0, 19.0, "USD", "hour")]
    assert pay(g, "bread-baker") == [(18.0, 18.0, "USD", "hour")]


#: a page's opening paragraph that names no pay, long enough that the page's top names none
_NOTE = (
    "This fact sheet is updated every spring from the survey of employers in the province, and the counts of"
    " people in each occupation come from the census; the outlook for each trade is judged by the regional"
    " office and may change between updates, so check the date at the foot of the page before you rely on it."
)


def test_the_number_of_an_occupation_in_a_classification_is_no_pay(tmp_path: Path) -> None:
    text = f"Bakers (NOC 6332)\n\n{_NOTE}\n\nIn Québec, a baker earns $19.40 an hour.\n"
    g = read(tmp_path, text)
    assert pay(g, "baker") == [(19.4, 19.4, "CAD", "hour")]


def test_a_fact_sheets_measures_of_pay_under_an_hourly_wage_heading(tmp_path: Path) -> None:
    text = (
        f"Bakers\n\n{_NOTE}\n"
        "Estimated hourly wage\n"
        "in Ontario (2022-2024)\n"
        "Minimum Not published\n"
        "Median 18.50$\n"
        "Maximum 24.00$\n"
        "Job prospect\n"
    )
    g = read(tmp_path, text)
    assert pay(g, "baker") == [(18.5, 18.5, "CAD", "hour"), (24.0, 24.0, "CAD", "hour")]


def test_a_figure_in_cents_labelled_as_a_wage_is_an_hours_pay(tmp_path: Path) -> None:
    text = f"Dog Groomer\n\n{_NOTE}\n\n  • Avg. Wage $21.40\n  • Outlook average\n"
    g = read(tmp_path, text)
    assert pay(g, "dog-groomer") == [(21.4, 21.4, "USD", "hour")]


def test_a_figure_in_lakhs_or_thousands_is_a_whole_sum(tmp_path: Path) -> None:
    text = (
        "Bakery jobs in Pune\n\n"
        "A bakery assistant earns ₹2.2 LPA.\n\n"
        "A head baker earns ₹4.1k a week.\n"
    )
    g = read(tmp_path, text)
    assert pay(g, "bakery-assistant") == [(220000.0, 220000.0, "INR", "year")]
    assert pay(g, "head-baker") == [(4100.0, 4100.0, "INR", "week")]


def test_the_dollars_of_a_page_naming_the_wage_tribunal_by_its_short_name_or_award_rates(tmp_path: Path) -> None:
    text = (
        "Cleaning jobs: what Fair Work says you should be paid\n\n"
        "An office cleaner earns $25.20 an hour.\n\n"
        "---\n\n"
        "Bakery award rates for 2025\n\n"
        "A bakery assistant earns $24.80 an hour.\n"
    )
    g = read(tmp_path, text)
    assert pay(g, "office-cleaner") == [(25.2, 25.2, "AUD", "hour")]
    assert pay(g, "bakery-assistant") == [(24.8, 24.8, "AUD", "hour")]


def test_a_grade_after_a_title_in_a_table_whose_cells_ran_together(tmp_path: Path) -> None:
    text = (
        "Cleaning Services Award pay rates (Fair Work)\n\n"
        "Classification Hourly rate\n"
        "Cleaning services employee level 1 $25.20\n"
        "Cleaning services employee level 2 $26.10\n"
    )
    g = read(tmp_path, text)
    assert pay(g, "cleaning-services-employee-level-1") == [(25.2, 25.2, "AUD", "hour")]
    assert pay(g, "cleaning-services-employee-level-2") == [(26.1, 26.1, "AUD", "hour")]


def test_weekend_rates_after_an_hourly_rate_in_a_table_whose_cells_ran_together(tmp_path: Path) -> None:
    text = (
        "Hotel wages under the Fair Work Commission's award\n\n"
        "Classification Hourly rate Saturday Sunday Public holiday\n"
        "Night porter $26.40 $33.00 $39.60 $59.40\n"
        "Room attendant $25.10 $31.40 $37.65 $56.50\n"
    )
    g = read(tmp_path, text)
    assert pay(g, "night-porter") == [(26.4, 26.4, "AUD", "hour")]
    assert pay(g, "room-attendant") == [(25.1, 25.1, "AUD", "hour")]


def test_a_figure_with_no_sign_in_an_ad_placed_in_a_big_city_of_the_uk(tmp_path: Path) -> None:
    text = (
        "Junior Pastry Cook\n\n"
        "Location: Glasgow\n"
        "Contract: Permanent\n"
        "Salary: 24k-27k\n\n"
        "Our bakery café is looking for a junior pastry cook to bake tarts and laminate dough.\n"
    )
    g = read(tmp_path, text)
    assert pay(g, "junior-pastry-cook") == [(24000.0, 27000.0, "GBP", "year")]


def test_a_clause_paid_the_same_as_a_post_paid_before_it_in_its_sentence(tmp_path: Path) -> None:
    text = (
        "Bakery wages\n\n"
        "A bread baker makes $17 an hour, a cake decorator earns the same pay and a head baker gets $24 an hour.\n"
    )
    g = read(tmp_path, text)
    assert pay(g, "cake-decorator") == [(17.0, 17.0, "USD", "hour")]
    assert pay(g, "head-baker") == [(24.0, 24.0, "USD", "hour")]
