"""Salary figures (stop 36, round 2): the dollars of a page that names its country only by a state, a city or a
body that sets pay; tables whose rows hold a base rate and then penalty rates.

The wording here is our own (a hotel, a rail depot, a garden centre, a dental clinic), unlike any page read.
"""

from __future__ import annotations

from pathlib import Path

from text_helpers import pay, read


def test_dollars_of_a_page_naming_a_pay_tribunal_far_from_its_figures(tmp_path: Path) -> None:
    text = (
        "Garden centre wages\n\n"
        "Owners of garden centres often ask what they must pay their staff on weekdays and on weekends, and"
        " whether a junior worker can be paid less than an adult in the same job on the same shift.\n\n"
        "The rates on this page follow each annual review by the Fair Work Commission and change every July, so"
        " check back before you run the first payroll of the new financial year for your nursery staff.\n\n"
        "Most nurseries also pay for uniforms and safety boots, and some give a staff discount on plants, tools"
        " and potting mix, which this page does not count as part of the wage for any of the posts below.\n\n"
        "A sales assistant is paid $24.40 an hour.\n"
    )
    g = read(tmp_path, text)
    assert pay(g, "sales-assistant") == [(24.4, 24.4, "AUD", "hour")]


def test_dollars_of_a_province_or_a_city_named_without_its_country(tmp_path: Path) -> None:
    text = (
        "Dental clinic pay in Alberta\n\n"
        "A dental receptionist earns $22 an hour.\n\n"
        "---\n\n"
        "Hotel jobs in Christchurch\n\n"
        "A night porter in Christchurch is paid $25.50 an hour.\n"
    )
    g = read(tmp_path, text)
    assert pay(g, "dental-receptionist") == [(22.0, 22.0, "CAD", "hour")]
    assert pay(g, "night-porter") == [(25.5, 25.5, "NZD", "hour")]


def test_a_page_naming_two_dollar_countries_far_away_keeps_the_bare_dollar(tmp_path: Path) -> None:
    text = (
        "Rail depot pay\n\n"
        "A depot cleaner is paid $20 an hour.\n\n"
        "This note is about the trade as a whole, wherever the trains may run and whoever pays the crews who clean"
        " them, for readers in many places who want a rough idea before they look at a real advertisement near"
        " home, and who know that a cleaner's shifts, like a driver's, run through nights and weekends alike and"
        " that the rate above is only the rate for the plain hours of a weekday, before any extra for the rest.\n\n"
        "Our firm runs depots in Ontario and in Queensland.\n"
    )
    g = read(tmp_path, text)
    assert pay(g, "depot-cleaner") == [(20.0, 20.0, "USD", "hour")]


def test_a_rows_weekend_and_overtime_rates_beside_its_base_rate_are_not_its_pay(tmp_path: Path) -> None:
    text = (
        "Hotel wage rates in Brisbane\n\n"
        "| Position | Base hourly rate | Saturday | Sunday | Public holiday |\n"
        "|---|---|---|---|---|\n"
        "| Housekeeper | $25.00 | $31.25 | $37.50 | $56.25 |\n"
        "| Night auditor | $27.40 | $34.25 | $41.10 | $61.65 |\n\n"
        "Rail depot overtime\n\n"
        "| Grade | Rate per hour | Overtime (x1.5) | Double time |\n"
        "|---|---|---|---|\n"
        "| Carriage cleaner | £13.10 | £19.65 | £26.20 |\n"
    )
    g = read(tmp_path, text)
    assert pay(g, "housekeeper") == [(25.0, 25.0, "AUD", "hour")]
    assert pay(g, "night-auditor") == [(27.4, 27.4, "AUD", "hour")]
    assert pay(g, "carriage-cleaner") == [(13.1, 13.1, "GBP", "hour")]


def test_a_column_of_night_shift_pay_beside_day_pay_named_by_post_is_kept(tmp_path: Path) -> None:
    text = (
        "Warehouse pay in Leeds\n\n"
        "| Role | Hourly pay |\n"
        "|---|---|\n"
        "| Picker | £12.20 |\n"
        "| Night shift supervisor | £15.40 |\n"
    )
    g = read(tmp_path, text)
    assert pay(g, "picker") == [(12.2, 12.2, "GBP", "hour")]
    assert pay(g, "night-shift-supervisor") == [(15.4, 15.4, "GBP", "hour")]


def test_a_grade_or_level_ending_a_rows_label_is_part_of_its_title(tmp_path: Path) -> None:
    text = (
        "Bakery pay scale\n\n"
        "| Classification | Hourly rate |\n"
        "|---|---|\n"
        "| Pastry cook grade 2 | £12.90 |\n"
        "| Bakery assistant | £11.60 |\n\n"
        "Kitchen porter level 1: £11.44 an hour\n"
    )
    g = read(tmp_path, text)
    assert pay(g, "pastry-cook-grade-2") == [(12.9, 12.9, "GBP", "hour")]
    assert pay(g, "kitchen-porter-level-1") == [(11.44, 11.44, "GBP", "hour")]
    assert pay(g, "bakery-assistant") == [(11.6, 11.6, "GBP", "hour")]


def test_a_pay_table_written_without_its_outer_bars_is_read_as_a_table(tmp_path: Path) -> None:
    text = (
        "Dental clinic pay, Leeds\n\n"
        "Our clinics pay these rates to staff on the standard contract.\n\n"
        "Post | Weekly rate | Hourly rate\n"
        "Dental nurse | £520.00 | £13.70\n"
        "Practice manager | £760.00 | £20.00\n"
    )
    g = read(tmp_path, text)
    assert sorted(pay(g, "dental-nurse")) == [(13.7, 13.7, "GBP", "hour"), (520.0, 520.0, "GBP", "week")]
    assert sorted(pay(g, "practice-manager")) == [(20.0, 20.0, "GBP", "hour"), (760.0, 760.0, "GBP", "week")]


def test_a_line_of_links_parted_by_bars_is_no_table_row(tmp_path: Path) -> None:
    text = (
        "Home | Jobs | Pay guides | Contact\n\n"
        "A dental nurse in Leeds is paid £13.70 an hour.\n"
    )
    g = read(tmp_path, text)
    assert pay(g, "dental-nurse") == [(13.7, 13.7, "GBP", "hour")]


def test_a_dollars_country_letters_glued_to_the_title_before_them(tmp_path: Path) -> None:
    text = (
        "Hotel salaries in Hong Kong\n\n"
        "RoleMonthly Pay\n"
        "Hotel receptionistHK$16,000\n"
        "Night auditorHK$18,500\n"
        "Front office managerHK$32,000\n"
    )
    g = read(tmp_path, text)
    # (a header glued so tells no period: the amounts and the currency are what is asked here)
    assert [p[:3] for p in pay(g, "hotel-receptionist")] == [(16000.0, 16000.0, "HKD")]
    assert [p[:3] for p in pay(g, "night-auditor")] == [(18500.0, 18500.0, "HKD")]
    assert [p[:3] for p in pay(g, "front-office-manager")] == [(32000.0, 32000.0, "HKD")]


def test_a_figure_glued_to_a_titles_level_number_is_its_pay(tmp_path: Path) -> None:
    text = (
        "Hotel kitchen wages in Sydney\n\n"
        "ClassificationHourly Rate\n"
        "Food Attendant Level 1$22.10\n"
        "Food Attendant Level 3$23.40\n\n"
        "A chart of the wages: $0$10$20$30\n"
    )
    g = read(tmp_path, text)
    assert pay(g, "food-attendant-level-1") == [(22.1, 22.1, "AUD", "hour")]
    assert pay(g, "food-attendant-level-3") == [(23.4, 23.4, "AUD", "hour")]


def test_a_glued_rows_rates_after_its_base_rate_are_not_its_pay(tmp_path: Path) -> None:
    text = (
        "Car wash wages in Perth\n\n"
        "Classification\nBase\nHourly\nRate\nSaturday\nSunday\nPublic\nHoliday\n"
        "Wash Attendant Level 1$24.30 $30.38 $36.45 $54.68\n"
        "Wash Attendant Level 2$25.15 $31.44 $37.73 $56.59\n"
    )
    g = read(tmp_path, text)
    assert pay(g, "wash-attendant-level-1") == [(24.3, 24.3, "AUD", "hour")]
    assert pay(g, "wash-attendant-level-2") == [(25.15, 25.15, "AUD", "hour")]


def test_prose_naming_several_posts_pay_under_a_base_rate_keeps_each(tmp_path: Path) -> None:
    text = (
        "Garden centre pay in Leeds\n\n"
        "Base pay here is fair, and Sunday shifts pay a little more.\n\n"
        "Cashiers earn £12.10, stock handlers £12.40 and supervisors £14.90 an hour.\n"
    )
    g = read(tmp_path, text)
    assert pay(g, "stock-handler") == [(12.4, 12.4, "GBP", "hour")]
    assert pay(g, "supervisor") == [(14.9, 14.9, "GBP", "hour")]


def test_a_plural_of_a_post_offered_a_figure_in_a_later_clause_is_paid_it(tmp_path: Path) -> None:
    text = (
        "Rail depot pay in Glasgow\n\n"
        "A depot fitter earns about £3,600 a month, while shunters on the early shift are offered £2,700 a month.\n"
    )
    g = read(tmp_path, text)
    assert pay(g, "depot-fitter") == [(3600.0, 3600.0, "GBP", "month")]
    assert pay(g, "shunter") == [(2700.0, 2700.0, "GBP", "month")]


def test_a_one_word_title_opening_a_row_without_its_opening_bar(tmp_path: Path) -> None:
    text = (
        "Farm shop pay, Devon\n\n"
        "Classification | Hourly rate | Notes\n"
        "Deli assistant | £12.00 | weekdays\n"
        "Butcher | £13.20 | weekdays\n"
    )
    g = read(tmp_path, text)
    assert pay(g, "deli-assistant") == [(12.0, 12.0, "GBP", "hour")]
    assert pay(g, "butcher") == [(13.2, 13.2, "GBP", "hour")]


def test_an_award_won_is_no_countrys_pay_award(tmp_path: Path) -> None:
    text = (
        "Farm shop careers\n\n"
        "Our farm shop won an industry award last year for its cheeses and its fair work practices.\n\n"
        "A shop cashier here earns $15 an hour.\n"
    )
    g = read(tmp_path, text)
    assert pay(g, "shop-cashier") == [(15.0, 15.0, "USD", "hour")]
