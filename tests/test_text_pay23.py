"""Salary figures as award tables, wage-floor news and pay told in prose write them: a table written without bars
whose header names each column's period, titles carrying their level, and sums too large to be anyone's pay.

The wording here is our own (hotels, cleaning, security, bakeries, farms), unlike any page read.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from text_helpers import pay, read, roles


def test_a_table_without_bars_takes_each_columns_period_from_its_header(tmp_path: Path) -> None:
    text = (
        "Hotel award rates in the UK\n\n"
        "These are the lowest rates a hotel may pay from April.\n\n"
        "Grade  Lowest Weekly Rate\n\n"
        "(full-time staff)\n\n"
        "Lowest Hourly Rate\n"
        "Room Attendant £512.40 £13.48\n"
        "Night Porter £540.00 £14.21\n"
        "Head Porter £1020.50 £26.85\n\n"
        "Night work is paid more.\n"
    )
    g = read(tmp_path, text)
    assert sorted(pay(g, "room-attendant")) == [(13.48, 13.48, "GBP", "hour"), (512.4, 512.4, "GBP", "week")]
    assert sorted(pay(g, "head-porter")) == [(26.85, 26.85, "GBP", "hour"), (1020.5, 1020.5, "GBP", "week")]
    assert "night-porter" in roles(g)


def test_a_level_word_and_number_after_a_title_are_part_of_it(tmp_path: Path) -> None:
    text = (
        "Security jobs in Ireland\n\n"
        "A Security Officer Grade 1 patrols the site at night. After a year, a Security Officer Grade 2 also trains"
        " new guards and earns €31,500 a year.\n"
    )
    g = read(tmp_path, text)
    assert {"security-officer-grade-1", "security-officer-grade-2"} <= roles(g)
    assert pay(g, "security-officer-grade-2") == [(31500.0, 31500.0, "EUR", "year")]


def test_capitalised_modifiers_joined_by_or_make_one_title(tmp_path: Path) -> None:
    text = (
        "Farm jobs in New Zealand\n\n"
        "Farm or Orchard Supervisors plan the picking rota and earn $1,150 a week.\n\n"
        "Help or Service Desk and Field Support Supervisors answer calls from growers.\n"
    )
    g = read(tmp_path, text)
    assert {"farm-or-orchard-supervisor", "help-or-service-desk-and-field-support-supervisor"} <= roles(g)
    assert pay(g, "farm-or-orchard-supervisor") == [(1150.0, 1150.0, "NZD", "week")]


def test_a_sum_of_a_billion_or_more_is_no_ones_pay(tmp_path: Path) -> None:
    text = (
        "Bakery Supervisor\n\n"
        "The bakery trade in India will cross ₹4,20,000 crores by 2030. A bakery supervisor in Pune earns ₹28,000 a"
        " month.\n"
    )
    assert pay(read(tmp_path, text), "bakery-supervisor") == [(28000.0, 28000.0, "INR", "month")]


def test_a_list_of_single_posts_as_the_subject_of_pay_is_paid_each(tmp_path: Path) -> None:
    text = (
        "Hotel work in Rajasthan\n\n"
        "Hotels in Jaipur hire all year. A trained waiter, cleaner or gardener gets a salary of about Rs 9-12k, and"
        " rooms are often free.\n"
    )
    g = read(tmp_path, text)
    for post in ("waiter", "cleaner", "gardener"):
        assert pay(g, post) == [(9000.0, 12000.0, "INR", "month")]


def test_dh_before_a_figure_is_the_dirham(tmp_path: Path) -> None:
    text = (
        "Salon jobs in Dubai\n\n"
        "Senior stylists at Dubai salons are earning Dh6,500 to Dh8,000 a month, and nail technicians are paid"
        " Dhs 3,200. Head stylists draw Dh14,000.\n"
    )
    g = read(tmp_path, text)
    assert pay(g, "senior-stylist") == [(6500.0, 8000.0, "AED", "month")]
    assert pay(g, "nail-technician") == [(3200.0, 3200.0, "AED", "month")]
    assert pay(g, "head-stylist") == [(14000.0, 14000.0, "AED", "month")]


def test_paid_after_a_plural_subject_is_a_verb_not_part_of_a_title(tmp_path: Path) -> None:
    text = (
        "Nursing pay in the US\n\n"
        "In 2021, city hospitals paid night nurses an average of $71,200 per year, while clinics paid them less.\n\n"
        "A paid search specialist at a clinic group plans its ads.\n"
    )
    g = read(tmp_path, text)
    assert pay(g, "night-nurse") == [(71200.0, 71200.0, "USD", "year")]
    assert "paid-search-specialist" in roles(g)


def test_capitals_for_a_titles_first_words_name_that_title(tmp_path: Path) -> None:
    text = (
        "Nursing pay in the US\n\n"
        "Large hospitals employ intensive care unit nurses, often called ICU nurses. In 2021, city hospitals paid ICU"
        " nurses an average of $88,300 per year.\n"
    )
    g = read(tmp_path, text)
    assert pay(g, "intensive-care-unit-nurse") == [(88300.0, 88300.0, "USD", "year")]
    assert "icu-nurse" not in roles(g)


def test_a_table_without_bars_or_signs_takes_its_currency_and_periods_from_its_header(tmp_path: Path) -> None:
    text = (
        "Nursing pay in Malaysia\n\n"
        "These figures come from our own survey of hospitals in the spring of 2024, and they leave out overtime.\n\n"
        "Sector Job Title Junior (MYR/month) Senior (MYR/month)\n"
        "Private Staff Nurse 2,600 - 3,400 3,800 - 5,200\n"
        "Public Ward Manager 4,100 - 5,000 5,500 - 7,900+\n"
    )
    g = read(tmp_path, text)
    assert sorted(pay(g, "staff-nurse")) == [(2600.0, 3400.0, "MYR", "month"), (3800.0, 5200.0, "MYR", "month")]
    assert sorted(pay(g, "ward-manager")) == [(4100.0, 5000.0, "MYR", "month"), (5500.0, 7900.0, "MYR", "month")]
    assert "private-staff-nurse" not in roles(g)


def test_pay_after_tax_beside_the_salary_is_no_salary_figure(tmp_path: Path) -> None:
    text = (
        "Baker Salary in Canada\n\n"
        "Bakers start work before dawn, and a baker in a big city is paid more.\n\n"
        "| City | Average | After Tax |\n|---|---|---|\n"
        "| Toronto | $48,200 | $38,950 |\n| Calgary | $46,900 | $38,100 |\n\n"
        "A baker earning the average salary of $47,000 keeps about $38,400 per year after income tax, or $3,200 per"
        " month.\n"
    )
    figures = sorted(pay(read(tmp_path, text), "baker"))
    assert figures == [(46900.0, 46900.0, "CAD", "year"), (47000.0, 47000.0, "CAD", "year"),
                       (48200.0, 48200.0, "CAD", "year")]


def test_a_floor_and_a_ceiling_each_for_a_level_are_one_range(tmp_path: Path) -> None:
    text = (
        "Baker Salary in Canada\n\n"
        "Bakers start work before dawn. Their pay typically ranges from $39,500 for entry-level positions to"
        " $61,000 for senior roles.\n"
    )
    assert pay(read(tmp_path, text), "baker") == [(39500.0, 61000.0, "CAD", "year")]


def test_bare_figures_under_a_pay_heading_take_the_pages_currency(tmp_path: Path) -> None:
    text = (
        "How much does a Pharmacist earn in Nigeria?\n\n"
        "Pharmacists in Nigeria dispense medicines and advise patients. A pharmacist earns ₦ 250000 - 400000 a month"
        " on average.\n\n"
        "Pay by Experience\n"
        "- Starting out (0-1 years): 90000 - 150000\n"
        "- Experienced (8+ years): 450000 - 700000\n\n"
        "Diploma holders earn around 120000 - 180000 per month.\n"
    )
    figures = pay(read(tmp_path, text), "pharmacist")
    assert (90000.0, 150000.0, "NGN", "month") in figures
    assert (450000.0, 700000.0, "NGN", "month") in figures
    assert (120000.0, 180000.0, "NGN", "month") in figures


def test_holders_of_a_qualification_are_no_post(tmp_path: Path) -> None:
    text = (
        "How much does a Pharmacist earn in Nigeria?\n\n"
        "Pharmacists in Nigeria dispense medicines. A pharmacist earns ₦ 250000 a month on average, and a pharmacist"
        " in Lagos earns more.\n\n"
        "With a master's degree, holders earn around 320000 - 450000 per month.\n"
    )
    g = read(tmp_path, text)
    assert (320000.0, 450000.0, "NGN", "month") in pay(g, "pharmacist")
    assert "holder" not in roles(g)


def test_these_employees_after_a_sentence_naming_posts_are_each_of_them(tmp_path: Path) -> None:
    text = (
        "Hotel pay in London\n\n"
        "Above the grade of hall porter or room attendant, most large hotels employ a head concierge and a night"
        " manager. The average pay rate for these employees is £14.20 an hour.\n"
    )
    g = read(tmp_path, text)
    assert not pay(g, "hall-porter") and not pay(g, "room-attendant")
    assert pay(g, "head-concierge") == [(14.2, 14.2, "GBP", "hour")]
    assert pay(g, "night-manager") == [(14.2, 14.2, "GBP", "hour")]


def test_a_percentiles_bound_is_its_figure_and_a_small_figure_keeps_the_hourly_period_just_named(
    tmp_path: Path,
) -> None:
    text = (
        "Pharmacy Technicians: Pay Overview\n\n"
        "Pharmacy technicians count pills and serve customers. The median hourly wage for pharmacy technicians in"
        " the United States was"
        " $13.10 in 2022. The lowest 10 percent earned less than $10.20 and the highest 10 percent earned more than"
        " $17.45.\n"
    )
    figures = pay(read(tmp_path, text), "pharmacy-technician")
    assert (10.2, 10.2, "USD", "hour") in figures
    assert (17.45, 17.45, "USD", "hour") in figures


def test_a_posts_possessive_before_a_word_of_pay_names_whose_pay_it_is(tmp_path: Path) -> None:
    text = (
        "Bakery pay in the UK\n\n"
        "Bakery managers quote a union survey which found bakers’ average salary rose 6% over the year to £24,300.\n"
    )
    g = read(tmp_path, text)
    assert pay(g, "baker") == [(24300.0, 24300.0, "GBP", "year")]
    assert not pay(g, "bakery-manager")


def test_a_number_after_an_identifiers_label_is_no_pay(tmp_path: Path) -> None:
    text = (
        "Pharmacy Technicians\n\n"
        "Occupation ID 3212\n\n"
        "Weekly Earnings\n$1,150\n\n"
        "Pharmacy technicians in Canada prepare medicines, and most pharmacy technicians work in shops.\n"
    )
    figures = pay(read(tmp_path, text), "pharmacy-technician")
    assert all(low != 3212.0 for low, *_ in figures)


def test_figures_of_a_sentence_about_sectors_are_no_posts_pay(tmp_path: Path) -> None:
    text = (
        "Farm pay in India\n\n"
        "Dairy farm supervisors earn about Rs 24,500 a month, a report says. Other sectors, such as poultry, offered"
        " higher average salaries at Rs 27,100, followed by fisheries (Rs 26,300).\n"
    )
    assert pay(read(tmp_path, text), "dairy-farm-supervisor") == [(24500.0, 24500.0, "INR", "month")]


def test_no_less_than_is_the_figure_and_no_more_than_a_ceiling(tmp_path: Path) -> None:
    text = (
        "Hotel jobs in Singapore\n\n"
        "From July, hotel receptionists will be paid no less than $2,060 a month, and cleaning supervisors no more"
        " than $3,400 a month.\n"
    )
    g = read(tmp_path, text)
    assert pay(g, "hotel-receptionist") == [(2060.0, 2060.0, "SGD", "month")]
    assert pay(g, "cleaning-supervisor") == [(None, 3400.0, "SGD", "month")]


def test_a_class_and_its_number_before_a_title_are_part_of_it(tmp_path: Path) -> None:
    text = "Haulage pay in the UK\n\nClass 2 drivers earn around £31,000 a year, and class 1 drivers earn £36,500.\n"
    g = read(tmp_path, text)
    assert pay(g, "class-2-driver") == [(31000.0, 31000.0, "GBP", "year")]
    assert pay(g, "class-1-driver") == [(36500.0, 36500.0, "GBP", "year")]


def test_a_post_named_in_a_dashed_aside_is_not_whose_pay_follows(tmp_path: Path) -> None:
    text = (
        "Bakery pay in the UK\n\n"
        "Wages for bakery assistants — which can encompass kitchen porter duties — rose 4% to £23,100.\n"
    )
    assert pay(read(tmp_path, text), "bakery-assistant") == [(23100.0, 23100.0, "GBP", "year")]


def test_a_word_after_a_modal_verb_is_no_modifier_of_a_title(tmp_path: Path) -> None:
    text = "Bakery jobs\n\nIn small shops a bakery assistant can encompass kitchen porter duties.\n"
    got = roles(read(tmp_path, text))
    assert "kitchen-porter" in got and "encompass-kitchen-porter" not in got


def test_a_figure_alone_under_a_label_of_pay_takes_its_period(tmp_path: Path) -> None:
    text = (
        "Pharmacy Technicians\n\n"
        "Snapshot\n\nWeekly Earnings\n$1,150\nFull-Time Share\n71%\n\n"
        "Pharmacy technicians in Canada prepare medicines, and most pharmacy technicians work in shops.\n"
    )
    assert pay(read(tmp_path, text), "pharmacy-technician") == [(1150.0, 1150.0, "CAD", "week")]


def test_a_row_of_a_table_without_bars_names_one_title_in_its_capitalised_label(tmp_path: Path) -> None:
    text = (
        "Hotel award rates in the UK\n\n"
        "These are the lowest rates a hotel may pay from April.\n\n"
        "Grade  Lowest Weekly Rate\n\n"
        "Lowest Hourly Rate\n"
        "Room Attendant £512.40 £13.48\n"
        "Contract Night Shift Hotel Security Officer £640.10 £16.84\n"
    )
    g = read(tmp_path, text)
    assert sorted(pay(g, "contract-night-shift-hotel-security-officer")) == [
        (16.84, 16.84, "GBP", "hour"), (640.1, 640.1, "GBP", "week")
    ]


def test_at_least_a_figure_is_that_figure(tmp_path: Path) -> None:
    """A single figure is written min = max: "at least X" is X (salaries.stated-floor); "more than X" stays open."""
    text = (
        "Ferry jobs\n\nA deckhand on the island ferries is paid at least $3,100 a month, and a ferry captain earns more"
        " than $6,000 a month.\n"
    )
    g = read(tmp_path, text)
    assert pay(g, "deckhand") == [(3100.0, 3100.0, "USD", "month")]
    assert pay(g, "ferry-captain") == [(6000.0, None, "USD", "month")]
    g = read(tmp_path, text, frozenset({"salaries.stated-floor"}))
    assert pay(g, "deckhand") == [(3100.0, None, "USD", "month")]


def test_a_range_whose_ends_are_each_marked_about_is_one_range(tmp_path: Path) -> None:
    text = "Ferry jobs\n\nPay for a ferry captain runs from ~$62k to ~$97k a year, by route and seniority.\n"
    assert pay(read(tmp_path, text), "ferry-captain") == [(62000.0, 97000.0, "USD", "year")]


def test_australias_occupation_code_at_the_top_makes_a_dollar_australian(tmp_path: Path) -> None:
    text = "Plumbers\n\nANZSCO ID 3341\n\nOverview\n\nWeekly Earnings\n$1,820\n\nPlumbers fit and mend pipes.\n"
    g = read(tmp_path, text)
    assert pay(g, "plumber") == [(1820.0, 1820.0, "AUD", "week")]
    g = read(tmp_path, text, frozenset({"salaries.dollar-country"}))
    assert pay(g, "plumber") == [(1820.0, 1820.0, "USD", "week")]


def test_a_figure_after_one_given_to_roles_named_together_is_each_ones(tmp_path: Path) -> None:
    text = (
        "Transport pay\n\nFrom March, bus drivers and ticket inspectors at the city depots will be paid $2,300 a"
        " month. This will rise to $2,450 next year.\n"
    )
    g = read(tmp_path, text)
    for role in ("bus-driver", "ticket-inspector"):
        assert pay(g, role) == [(2300.0, 2300.0, "USD", "month"), (2450.0, 2450.0, "USD", "month")]
    g = read(tmp_path, text, frozenset({"salaries.group-carried"}))
    assert pay(g, "bus-driver") == [(2300.0, 2300.0, "USD", "month")]


def test_a_floor_and_a_ceiling_each_with_its_currency_code_are_one_range(tmp_path: Path) -> None:
    text = (
        "Nursing pay in India\n\nIn Delhi, salaries for staff nurses can start from INR 2.4 lakhs and can go up to"
        " INR 3.6 lakhs a year.\n"
    )
    assert pay(read(tmp_path, text), "staff-nurse") == [(240000.0, 360000.0, "INR", "year")]


def test_a_plural_post_potentially_earning_a_figure_after_with_is_paid_it(tmp_path: Path) -> None:
    text = (
        "Library work\n\nFull-time library assistant salaries can range from £14,000 to £17,000 a year, with"
        " archivists potentially earning £19,000 to £24,000 a year.\n"
    )
    g = read(tmp_path, text)
    assert pay(g, "library-assistant") == [(14000.0, 17000.0, "GBP", "year")]
    assert pay(g, "archivist") == [(19000.0, 24000.0, "GBP", "year")]


def test_a_figure_right_after_one_paid_to_a_role_of_its_line_is_that_roles_too(tmp_path: Path) -> None:
    text = (
        "Hospital careers\n\nFrom there you could move into records work. As a medical records officer, it is your"
        " job to keep patient files in order. The work is mostly desk-based, though you may visit wards and clinics."
        " Pay can start at around £19,000 a year, rising to between £21,000 and £27,000 with experience. In large"
        " hospital trusts, top salaries can reach £33,000 a year.\n"
    )
    figures = pay(read(tmp_path, text), "medical-records-officer")
    assert (33000.0, 33000.0, "GBP", "year") in figures
    g = read(tmp_path, text, frozenset({"salaries.paid-before"}))
    assert (33000.0, 33000.0, "GBP", "year") not in pay(g, "medical-records-officer")


def test_a_sum_owed_in_debt_or_loans_is_no_pay(tmp_path: Path) -> None:
    text = (
        "My years on the farm\n\nAfter college the only offer I had was from an orchard that wanted a fruit picker"
        " for $14/hour. I was $42,000 in student loans then, and another $9,000 in debt by spring.\n"
    )
    assert pay(read(tmp_path, text), "fruit-picker") == [(14.0, 14.0, "USD", "hour")]


def test_a_pay_line_under_a_heading_naming_a_posts_functions_is_that_posts(tmp_path: Path) -> None:
    text = (
        "Hotel staff pay in the UK\n\nFunctions of the Night Porter\n\n  • Keep the lobby secure\n  • Take late"
        " check-ins\n\nThe average salary: £21400/year.\n\nDuties of a Housekeeper\n\n  • Clean rooms\n  • Restock"
        " linen\n\nThe average salary: £19800/year.\n"
    )
    g = read(tmp_path, text)
    assert pay(g, "night-porter") == [(21400.0, 21400.0, "GBP", "year")]
    assert pay(g, "housekeeper") == [(19800.0, 19800.0, "GBP", "year")]


def test_another_measure_of_a_firms_money_is_no_pay_either(tmp_path: Path) -> None:
    text = (
        "Bakery careers\n\nA head baker earns about $48,000 a year. While average annual revenue for small and"
        " independent bakeries across the region is around $310,000, the median is a more modest $190,000.\n"
    )
    assert pay(read(tmp_path, text), "head-baker") == [(48000.0, 48000.0, "USD", "year")]


@pytest.mark.parametrize("name", ["page.txt", "page.md"])
def test_figures_under_a_question_asking_a_posts_pay_are_that_posts(tmp_path: Path, name: str) -> None:
    text = (
        "Museum jobs\n\nMuseums hire many people.\n\nHow much does a gallery attendant make?\n\nThe average is"
        " $31,000 per year.\n\nHow much does an exhibit technician earn?\n\nThe average is $39,000 per year.\n"
    )
    if name.endswith(".md"):
        text = text.replace("How much", "## How much").replace("Museum jobs", "# Museum jobs")
    g = read(tmp_path, text, name=name)
    assert pay(g, "gallery-attendant") == [(31000.0, 31000.0, "USD", "year")]
    assert pay(g, "exhibit-technician") == [(39000.0, 39000.0, "USD", "year")]


@pytest.mark.parametrize("verb", ["take home", "earned", "had earnings of"])
def test_a_bare_figure_in_a_sentence_of_earnings_is_in_the_named_countrys_currency(tmp_path: Path, verb: str) -> None:
    text = f"Museum jobs\n\nGallery attendants in India {verb} 21,000 a month.\n"
    assert pay(read(tmp_path, text), "gallery-attendant") == [(21000.0, 21000.0, "INR", "month")]


@pytest.mark.parametrize("sep", ["到", "至", "-", "～"])
def test_a_chinese_range_with_yuan_after_each_end_is_one_range(tmp_path: Path, sep: str) -> None:
    text = f"博物馆岗位\n\n讲解员的工资在3000元{sep}5000元之间。\n"
    assert pay(read(tmp_path, text), "讲解员") == [(3000.0, 5000.0, "CNY", "month")]


@pytest.mark.parametrize(
    ("header", "period"), [("Hourly", "hour"), ("Average hourly pay", "hour"), ("Weekly pay", "week")]
)
def test_small_signed_figures_in_a_column_naming_a_short_period(tmp_path: Path, header: str, period: str) -> None:
    text = f"# Museum pay\n\n| Position | {header} |\n|---|---|\n| Gallery attendant | $15.50 |\n| Curator | $28 |\n"
    g = read(tmp_path, text, name="page.md")
    assert pay(g, "gallery-attendant") == [(15.5, 15.5, "USD", period)]
    assert pay(g, "curator") == [(28.0, 28.0, "USD", period)]


def test_a_city_named_after_a_dollar_figure_in_its_clause_makes_it_that_countrys(tmp_path: Path) -> None:
    text = "Museum pay\n\nGallery attendants earn $23.50 an hour in Auckland.\n"
    assert pay(read(tmp_path, text), "gallery-attendant") == [(23.5, 23.5, "NZD", "hour")]
