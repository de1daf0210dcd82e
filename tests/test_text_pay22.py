"""Salary figures as salary guides, job ads and career stories in other trades write them: lakhs in capitals, a sign
after the figure, shift premiums and the national average that are no one's pay, a floor and a ceiling that make one
range, figures with no currency on a page that states one, and what a figure is said to be typical for.

The wording here is our own (pharmacies, hotels, bakeries, hospitals, warehouses, banks), unlike any page read.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from text_helpers import pay, read


def test_lakhs_written_with_a_capital_are_lakhs(tmp_path: Path) -> None:
    text = "Pharmacy jobs in India\n\nPharmacy Store Manager Salary: ₹4.8 Lakhs per year, against ₹3.1 Lakh in 2019."
    assert (480000.0, 480000.0, "INR", "year") in pay(read(tmp_path, text), "pharmacy-store-manager")


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("Hotel jobs in France\n\nA sommelier in a Lyon hotel takes home around 41.000 € a year.",
         (41000.0, 41000.0, "EUR", "year")),
        ("Hotel jobs in France\n\nA sommelier in a Lyon hotel makes between 36.000 € and 44.000 € a year.",
         (36000.0, 44000.0, "EUR", "year")),
    ],
)
def test_a_sign_written_after_the_figure_with_a_space(tmp_path: Path, text: str, figure: tuple) -> None:
    assert pay(read(tmp_path, text), "sommelier") == [figure]


def test_shift_premiums_and_extras_are_no_salary(tmp_path: Path) -> None:
    text = (
        "Hospital Porter - nights\n\n"
        "Pay: £12.10 per hour + £1.30 per hour weekend shift premium\n\n"
        "Hospital porters on the night rota also get an extra £0.90/hr, and a differential of $3 an hour is paid in"
        " the US sister hospital.\n"
    )
    assert pay(read(tmp_path, text), "hospital-porter") == [(12.1, 12.1, "GBP", "hour")]


def test_the_national_average_salary_is_no_ones_pay(tmp_path: Path) -> None:
    text = (
        "Bank careers\n\nCashiers at high-street banks are paid £23,500. The national average salary is £36,000, well"
        " above what a cashier earns."
    )
    assert pay(read(tmp_path, text), "cashier") == [(23500.0, 23500.0, "GBP", "year")]


def test_pay_that_went_up_to_a_figure_is_that_figure(tmp_path: Path) -> None:
    text = (
        "My years in bakeries\n\nI was promoted to bakery supervisor in 2016, and my salary went up to £26,500. The"
        " owner said a supervisor's pay can go up to £30,000."
    )
    figures = pay(read(tmp_path, text), "bakery-supervisor")
    assert (26500.0, 26500.0, "GBP", "year") in figures
    assert (None, 30000.0, "GBP", "year") in figures


def test_a_figure_a_narrator_was_on_is_their_pay(tmp_path: Path) -> None:
    text = (
        "From the stockroom up\n\nMy first post was as a stock controller. I was on 19k, and I thought that was a"
        " fortune. Four years later I moved up and earn £31,000 today."
    )
    assert (19000.0, 19000.0, "GBP", "year") in pay(read(tmp_path, text), "stock-controller")


def test_figures_in_thousands_after_a_title_on_a_page_that_states_its_currency(tmp_path: Path) -> None:
    text = (
        "Bakery jobs in Leeds\n\nOur head baker earns £34,000. A pastry chef gets 27-31k. A delivery driver takes"
        " home 22,500 a year."
    )
    g = read(tmp_path, text)
    assert pay(g, "pastry-chef") == [(27000.0, 31000.0, "GBP", "year")]
    assert pay(g, "delivery-driver") == [(22500.0, 22500.0, "GBP", "year")]


def test_a_count_in_thousands_is_no_figure(tmp_path: Path) -> None:
    text = "Bakery jobs in Leeds\n\nA head baker earns £34,000; our bakery chain has 12k followers."
    assert pay(read(tmp_path, text), "head-baker") == [(34000.0, 34000.0, "GBP", "year")]


@pytest.mark.parametrize(
    ("text", "role", "figure"),
    [
        (
            "Nursing in Abu Dhabi\n\nA staff nurse in Abu Dhabi earns about 11,200 AED per month. Pay ranges from"
            " 6,900 AED (lowest) to 17,400 AED (highest).",
            "staff-nurse",
            (6900.0, 17400.0, "AED", "month"),
        ),
        (
            "Warehouse Forklift Driver\n\nPay: starting at $21/hr, up to $26/hr for experienced drivers with a"
            " licence",
            "warehouse-forklift-driver",
            (21.0, 26.0, "USD", "hour"),
        ),
        (
            "Bank jobs\n\nA mortgage adviser's salary starts at £30,000 and can rise to £41,000.",
            "mortgage-adviser",
            (30000.0, 41000.0, "GBP", "year"),
        ),
    ],
)
def test_a_floor_and_the_ceiling_after_it_are_one_range(tmp_path: Path, text: str, role: str, figure: tuple) -> None:
    assert figure in pay(read(tmp_path, text), role)
    assert figure not in pay(read(tmp_path, text, frozenset({"salaries.range-ends"})), role)


def test_a_ceiling_said_to_be_another_posts_is_no_range(tmp_path: Path) -> None:
    text = (
        "Hospital pharmacy\n\nPay for a ward pharmacist starts at $118,000 and can go up to $151,000 for oncology"
        " pharmacists. A dispensary technician's pay starts at $41,000 and can go up to $52,000."
    )
    g = read(tmp_path, text)
    assert pay(g, "ward-pharmacist") == [(118000.0, None, "USD", "year")]
    assert pay(g, "oncology-pharmacist") == [(None, 151000.0, "USD", "year")]
    assert pay(g, "dispensary-technician") == [(41000.0, 52000.0, "USD", "year")]


def test_upwards_of_a_figure_is_that_figure(tmp_path: Path) -> None:
    text = "Hotel pay\n\nWith ten years behind them, hotel general managers can earn upwards of £90,000."
    assert pay(read(tmp_path, text), "hotel-general-manager") == [(90000.0, 90000.0, "GBP", "year")]


def test_what_a_figure_is_said_to_be_typical_for(tmp_path: Path) -> None:
    text = (
        "Warehouse pay\n\nAnnual salaries of $38,000 to $44,000 are typical for shift leads, and $60,000+ for"
        " warehouse managers."
    )
    g = read(tmp_path, text)
    assert pay(g, "shift-lead") == [(38000.0, 44000.0, "USD", "year")]
    assert pay(g, "warehouse-manager") == [(60000.0, 60000.0, "USD", "year")]


def test_a_benefit_named_before_a_chinese_figure_is_no_pay(tmp_path: Path) -> None:
    text = "酒店岗位薪资\n\n前台主管：月薪4500-5500元，另有餐补300元/月，交通补贴200元。\n"
    assert pay(read(tmp_path, text), "前台主管") == [(4500.0, 5500.0, "CNY", "month")]


def test_a_chinese_figure_open_after_its_yuan(tmp_path: Path) -> None:
    text = "仓储岗位薪资\n\n在一线城市，仓库主管的工资一般在9000元以上。\n"
    assert pay(read(tmp_path, text), "仓库主管") == [(9000.0, None, "CNY", "month")]


def test_a_chinese_figure_after_a_word_of_pay_earlier_in_its_sentence(tmp_path: Path) -> None:
    text = "仓储岗位薪资\n\n仓库专员的月薪在6k-8k之间，物流经理可达1.5万。\n"
    g = read(tmp_path, text)
    assert pay(g, "仓库专员") == [(6000.0, 8000.0, "CNY", "month")]
    assert pay(g, "物流经理") == [(15000.0, 15000.0, "CNY", "month")]


def test_a_country_named_in_a_job_ads_own_block_tells_its_dollars(tmp_path: Path) -> None:
    text = (
        "Kitchen jobs this week\n\n"
        "Pastry Cook\n$2,300 - $2,700 monthly\nFive-day week, rotating shifts\nLocation: Tampines, Singapore\n\n"
        "---\n\n"
        "Bakery Supervisor\n$21.50/hour, weekly pay\nLocation: Boise, Idaho\n"
    )
    g = read(tmp_path, text)
    assert pay(g, "pastry-cook") == [(2300.0, 2700.0, "SGD", "month")]
    assert pay(g, "bakery-supervisor") == [(21.5, 21.5, "USD", "hour")]


def test_a_big_city_tells_its_countrys_dollars(tmp_path: Path) -> None:
    text = "Bank pay\n\nIn Melbourne, a credit analyst earns $88,000, and in Toronto a teller earns $41,000."
    g = read(tmp_path, text)
    assert pay(g, "credit-analyst") == [(88000.0, 88000.0, "AUD", "year")]
    assert pay(g, "teller") == [(41000.0, 41000.0, "CAD", "year")]


def test_the_yen_sign_on_a_page_about_japan(tmp_path: Path) -> None:
    text = "Hotel pay in Japan\n\nA front desk clerk in Osaka earns ¥3,200,000 a year."
    assert pay(read(tmp_path, text), "front-desk-clerk") == [(3200000.0, 3200000.0, "JPY", "year")]


def test_a_month_of_pay_below_a_thousand_with_a_code_before_it(tmp_path: Path) -> None:
    text = "Hotel pay in Vietnam\n\nA housekeeping attendant in Da Nang earns USD 280 - 340 per month."
    assert pay(read(tmp_path, text), "housekeeping-attendant") == [(280.0, 340.0, "USD", "month")]


def test_a_salary_tables_other_columns_and_its_long_pay_column(tmp_path: Path) -> None:
    rows = [("Ward Clerk", "2,300", "24,100"), ("Healthcare Assistant", "15,800", "25,400"),
            ("Staff Nurse", "9,200", "33,600"), ("Ward Sister", "1,900", "43,700"),
            ("Matron", "640", "53,900"), ("Physiotherapist", "3,050", "36,200")]
    text = "Hospital pay\n\n| Job title | Vacancies (2024) | Salary (£) |\n| --- | --- | --- |\n" + "".join(
        f"| {title} | {count} | {salary} |\n" for title, count, salary in rows
    )
    g = read(tmp_path, text)
    for title, _, salary in rows:
        key = title.lower().replace(" ", "-")
        assert pay(g, key) == [(float(salary.replace(",", "")),) * 2 + ("GBP", "year")], title


@pytest.mark.parametrize(
    ("text", "role", "figure"),
    [
        ("Bank pay\n\n$47,900 is the average salary for a loan processor in the Midwest.", "loan-processor",
         (47900.0, 47900.0, "USD", "year")),
        ("Hotel pay\n\n£24,500 was the typical starting pay of trainee receptionists last year.",
         "trainee-receptionist", (24500.0, 24500.0, "GBP", "year")),
        ("My story\n\nI began in the stockroom. At 26 I was offered £29k to become a floor supervisor in Leeds.",
         "floor-supervisor", (29000.0, 29000.0, "GBP", "year")),
    ],
)
def test_a_figure_said_first_and_whose_pay_it_is_after(tmp_path: Path, text: str, role: str, figure: tuple) -> None:
    assert pay(read(tmp_path, text), role) == [figure]


def test_a_narrator_who_has_been_in_a_post_is_paid_now(tmp_path: Path) -> None:
    text = (
        "Re: is pharmacy work worth it?\n\nI have been a dispensing assistant for six years. The hours suit me. My"
        " manager is kind. Parking is free. The pay is now $19.75/hr, which is fine."
    )
    assert pay(read(tmp_path, text), "dispensing-assistant") == [(19.75, 19.75, "USD", "hour")]


def test_whose_pay_a_median_or_typical_figure_is(tmp_path: Path) -> None:
    text = "Kitchen pay\n\nThe median Grill Cook pay is $36,400. Typical cashier pay is $14.10 an hour."
    g = read(tmp_path, text)
    assert pay(g, "grill-cook") == [(36400.0, 36400.0, "USD", "year")]
    assert pay(g, "cashier") == [(14.1, 14.1, "USD", "hour")]


def test_a_wage_table_under_a_title_naming_one_role(tmp_path: Path) -> None:
    text = (
        "Wages: Pharmacy Aides\n\n"
        "| Percentile | 10% | 50% (Median) | 90% |\n| --- | --- | --- | --- |\n"
        "| Hourly Wage | $12.40 | $16.05 | $21.30 |\n| Annual Wage | $25,790 | $33,380 | $44,300 |\n\n"
        "| Setting | Employment | Hourly mean wage |\n| --- | --- | --- |\n| Grocery Stores | 8,120 | $15.70 |\n"
    )
    figures = pay(read(tmp_path, text), "pharmacy-aide")
    assert sorted(figures) == sorted(
        [(12.4, 12.4, "USD", "hour"), (16.05, 16.05, "USD", "hour"), (21.3, 21.3, "USD", "hour"),
         (25790.0, 25790.0, "USD", "year"), (33380.0, 33380.0, "USD", "year"), (44300.0, 44300.0, "USD", "year"),
         (15.7, 15.7, "USD", "hour")]
    )


def test_a_title_named_again_in_brackets_is_the_one_paid(tmp_path: Path) -> None:
    text = "Bakery pay\n\nBread bakers (dough makers) earn £23,000 to £26,000 at large plants."
    g = read(tmp_path, text)
    assert pay(g, "bread-baker") == [(23000.0, 26000.0, "GBP", "year")]


def test_earners_who_get_a_salary_or_are_on_earnings(tmp_path: Path) -> None:
    text = (
        "Hospital pay in India\n\nWard attendants in government hospitals get an in-hand salary of ₹18,000 -"
        " ₹22,000 monthly.\n\nMean base pay for porters was $31,000, with supervisors on rather higher earnings of"
        " about $34,000."
    )
    g = read(tmp_path, text)
    assert pay(g, "ward-attendant") == [(18000.0, 22000.0, "INR", "month")]
    assert pay(g, "supervisor") == [(34000.0, 34000.0, "USD", "year")]


def test_the_highest_paid_is_no_part_of_a_title(tmp_path: Path) -> None:
    text = "Hotel pay\n\nThe highest paid night managers work in casino hotels, with a median salary of $71,000."
    assert pay(read(tmp_path, text), "night-manager") == [(71000.0, 71000.0, "USD", "year")]


def test_rands_on_a_page_about_south_africa(tmp_path: Path) -> None:
    text = (
        "Hotel pay in Durban\n\nA hotel receptionist starts on R6 500.00 a month, and a duty manager earns"
        " R18 400 a month. Front office managers command salaries between R320 000 and R410 000, depending on"
        " the hotel."
    )
    g = read(tmp_path, text)
    assert pay(g, "hotel-receptionist") == [(6500.0, 6500.0, "ZAR", "month")]
    assert pay(g, "duty-manager") == [(18400.0, 18400.0, "ZAR", "month")]
    assert pay(g, "front-office-manager") == [(320000.0, 410000.0, "ZAR", "year")]
    # an R before a number elsewhere is no rand
    text = "Warehouse pay in Leeds\n\nA forklift driver on shift pattern R2 2000 earns £26,500."
    assert pay(read(tmp_path, text), "forklift-driver") == [(26500.0, 26500.0, "GBP", "year")]


def test_naira_before_a_figure_of_pay(tmp_path: Path) -> None:
    text = "My first promotion\n\nFor two years I worked as a store supervisor, earning N150,000 a month."
    assert pay(read(tmp_path, text), "store-supervisor") == [(150000.0, 150000.0, "NGN", "month")]


def test_dollars_of_the_country_a_pages_own_address_names(tmp_path: Path) -> None:
    text = (
        "source: https://www.hospitalityjobs.com.au/pay-survey\n\nHotel Pay Survey\n\nThe average salary for a"
        " hotel duty manager was $68,200. Duty managers in NSW earned higher salaries by up to $9,000."
    )
    assert pay(read(tmp_path, text), "hotel-duty-manager") == [(68200.0, 68200.0, "AUD", "year")]


def test_a_range_from_as_low_as_to_as_high_as(tmp_path: Path) -> None:
    text = (
        "Bank pay in Manila\n\nThe average salary for a branch operations officer is ₱420,000 per year; pay can range"
        " from as low as ₱260,000 to as high as ₱710,000 per year."
    )
    figures = pay(read(tmp_path, text), "branch-operations-officer")
    assert (260000.0, 710000.0, "PHP", "year") in figures
    assert (260000.0, 260000.0, "PHP", "year") not in figures


def test_these_positions_are_the_posts_the_sentence_before_named(tmp_path: Path) -> None:
    text = (
        "Kitchen pay\n\nThe best-paid kitchen jobs are executive chefs, head chefs and kitchen managers. These"
        " positions typically command salaries between £42,000 and £65,000."
    )
    g = read(tmp_path, text)
    for key in ("executive-chef", "head-chef", "kitchen-manager"):
        assert pay(g, key) == [(42000.0, 65000.0, "GBP", "year")], key


def test_falling_figures_joined_by_and_are_two_figures(tmp_path: Path) -> None:
    text = (
        "Hotel pay in South Africa\n\nNight porters are well paid in the big cities. Johannesburg and Durban start"
        " them on R7 200.00 and R6 100.00 respectively."
    )
    assert sorted(pay(read(tmp_path, text), "night-porter")) == [
        (6100.0, 6100.0, "ZAR", "month"), (7200.0, 7200.0, "ZAR", "month")
    ]


def test_a_small_figure_in_a_sentence_naming_one_period(tmp_path: Path) -> None:
    text = "Kitchen Porter\n\nHourly rate: £11.44 (apprentices in their first year: £7.55)"
    assert sorted(pay(read(tmp_path, text), "kitchen-porter")) == [
        (7.55, 7.55, "GBP", "hour"), (11.44, 11.44, "GBP", "hour")
    ]


def test_a_chinese_listings_range_in_thousands(tmp_path: Path) -> None:
    text = "招聘岗位\n\n门店店长 9-12K·13薪\n文案专员 6-8K，每天写3-5K字\n"
    g = read(tmp_path, text)
    assert pay(g, "门店店长") == [(9000.0, 12000.0, "CNY", "month")]
    assert pay(g, "文案专员") == [(6000.0, 8000.0, "CNY", "month")]


def test_a_pay_heading_naming_any_currency_code(tmp_path: Path) -> None:
    text = (
        "# Hotel Salaries (NZD, per year)\n\n- Night Auditor 54,000\n- Concierge 51,500\n\nIn London, porters earn"
        " £24k."
    )
    g = read(tmp_path, text)
    assert pay(g, "night-auditor") == [(54000.0, 54000.0, "NZD", "year")]
    assert pay(g, "concierge") == [(51500.0, 51500.0, "NZD", "year")]
