"""Salary figures (stop 39): sums that are no one's pay though said with a period (a firm's sales or spend counted
per week or month), and more layouts of pay pages.

The wording here is our own (a brewery, a garden centre, a ferry company...), unlike any page read.
"""

from __future__ import annotations

from pathlib import Path

from text_helpers import pay, read


def test_sales_and_spend_counted_per_period_are_no_pay(tmp_path: Path) -> None:
    text = (
        "Brewery jobs\n\n"
        "Head brewer\n\n"
        "Our head brewer earns £38,000 a year.\n\n"
        "The taproom takes around £12,000 a week in sales.\n\n"
        "The head brewer manages at least £8k/month in direct ingredient spend.\n\n"
        "The brewery spends £5,500 per month on hops and malt.\n"
    )
    g = read(tmp_path, text)
    assert pay(g, "head-brewer") == [(38000.0, 38000.0, "GBP", "year")]


def test_a_range_with_the_currency_code_after_each_figure(tmp_path: Path) -> None:
    text = (
        "Ferry deckhand salary in Sri Lanka\n\n"
        "Ferry deckhands typically earn between 410,000 LKR to 980,000 LKR annually.\n\n"
        "Ferry pursers earn 600,000 LKR - 1,200,000 LKR per year.\n"
    )
    g = read(tmp_path, text)
    assert pay(g, "ferry-deckhand") == [(410000.0, 980000.0, "LKR", "year")]
    assert pay(g, "ferry-purser") == [(600000.0, 1200000.0, "LKR", "year")]


def test_chinese_pay_under_each_labelled_post_of_a_hiring_page(tmp_path: Path) -> None:
    text = (
        "酒店餐饮部招聘\n\n"
        "招聘岗位：中餐厨师\n"
        "薪资：7-9K·13薪\n"
        "岗位职责：负责热菜的烹制。\n\n"
        "招聘岗位：传菜员\n"
        "薪资：3800-4500元/月\n"
        "岗位职责：负责传菜和收餐。\n"
    )
    g = read(tmp_path, text)
    assert pay(g, "中餐厨师") == [(7000.0, 9000.0, "CNY", "month")]
    assert pay(g, "传菜员") == [(3800.0, 4500.0, "CNY", "month")]


def test_lakhs_written_once_with_a_capital_after_a_range(tmp_path: Path) -> None:
    text = (
        "Hospital jobs in Chennai\n\n"
        "Staff Nurse\n"
        "Experience: 1-3 Yrs\n"
        "Salary: ₹ 2-3 Lacs P.A.\n\n"
        "Ward Manager\n"
        "Experience: 6-9 Yrs\n"
        "Salary: ₹4.5-6 Lakhs per annum\n"
    )
    g = read(tmp_path, text)
    assert pay(g, "staff-nurse") == [(200000.0, 300000.0, "INR", "year")]
    assert pay(g, "ward-manager") == [(450000.0, 600000.0, "INR", "year")]


def test_a_firm_billing_a_posts_time_is_no_pay(tmp_path: Path) -> None:
    text = (
        "Electrician pay at a contracting firm\n\n"
        "Electricians earn £17.50 an hour.\n\n"
        "The firm bills an electrician's time at £65 an hour.\n\n"
        "Electricians are billed out at £70 to £80 per hour on call-outs.\n\n"
        "The billing rate for electricians is £60 an hour.\n"
    )
    g = read(tmp_path, text)
    assert pay(g, "electrician") == [(17.5, 17.5, "GBP", "hour")]


def test_what_a_business_makes_is_no_pay(tmp_path: Path) -> None:
    text = (
        "Becoming a bakery manager\n\n"
        "A bakery manager runs a shop's baking and staff. Bakery managers earn £28,000 to £34,000 a year.\n\n"
        "Most village bakeries make £4,000 to £7,000 a month in their first year.\n\n"
        "A busy bakery can typically earn around £9,000 a month at Christmas.\n"
    )
    g = read(tmp_path, text)
    assert pay(g, "bakery-manager") == [(28000.0, 34000.0, "GBP", "year")]


def test_a_post_paid_in_the_businesses_it_works_in_keeps_its_pay(tmp_path: Path) -> None:
    text = "Bakery jobs\n\nCounter assistants in high-street bakeries make £11.80 an hour.\n"
    g = read(tmp_path, text)
    assert pay(g, "counter-assistant") == [(11.8, 11.8, "GBP", "hour")]


def test_a_price_per_account_or_per_store_is_no_pay(tmp_path: Path) -> None:
    text = (
        "Bookkeeper\n\n"
        "Bookkeepers earn £26,000 a year.\n\n"
        "A freelance bookkeeper charges a flat £120 per month per account.\n\n"
        "Franchise bookkeepers pay a fee of £300 a month per store.\n"
    )
    g = read(tmp_path, text)
    assert pay(g, "bookkeeper") == [(26000.0, 26000.0, "GBP", "year")]


def test_a_table_of_pay_by_years_after_a_line_paying_another_post_is_the_pages_post(tmp_path: Path) -> None:
    text = (
        "Line cook salary by level\n\n"
        "Junior: £21,000 - £23,000\n"
        "Experienced: £24,000 - £27,000\n"
        "Sous Chef: £32,000+\n\n"
        "| Experience | Salary |\n"
        "|---|---|\n"
        "| 0-2 years | £21,800 |\n"
        "| 3-5 years | £25,400 |\n"
    )
    g = read(tmp_path, text)
    assert (21800.0, 21800.0, "GBP", "year") in pay(g, "line-cook")
    assert (25400.0, 25400.0, "GBP", "year") in pay(g, "line-cook")
    assert pay(g, "sous-chef") == [(32000.0, 32000.0, "GBP", "year")]


def test_a_deal_size_or_a_contract_value_is_no_pay(tmp_path: Path) -> None:
    text = (
        "Freight Sales Executive\n\n"
        "Freight sales executives earn £32,000 a year.\n\n"
        "Our average deal size is £14,000.\n\n"
        "The typical contract value is £60,000 over two years.\n"
    )
    g = read(tmp_path, text)
    assert pay(g, "freight-sales-executive") == [(32000.0, 32000.0, "GBP", "year")]


def test_a_figure_under_a_label_of_additional_pay_is_no_pay(tmp_path: Path) -> None:
    text = (
        "Crane Operator Salaries in Canada\n\n"
        "Average base salary\n"
        "$71,200/yr\n\n"
        "Additional pay\n"
        "$4,300/yr\n\n"
        "Additional Cash Compensation\n"
        "$3,900\n"
    )
    g = read(tmp_path, text)
    assert pay(g, "crane-operator") == [(71200.0, 71200.0, "CAD", "year")]


def test_a_fee_or_a_budget_for_a_post_is_no_pay(tmp_path: Path) -> None:
    text = (
        "Driving Instructor\n\n"
        "Driving instructors earn £28,000 a year.\n\n"
        "The training budget for each instructor is £1,800.\n\n"
        "The weekly franchise fee for instructors is £250.\n"
    )
    g = read(tmp_path, text)
    assert pay(g, "driving-instructor") == [(28000.0, 28000.0, "GBP", "year")]


def test_advertising_unit_costs_are_no_pay(tmp_path: Path) -> None:
    text = (
        "Marketing assistant\n\n"
        "Marketing assistants at our garden centre earn £23,500 a year.\n\n"
        "Average CPC sits around £1.20, and CPA targets are £25.\n\n"
        "The CPM on local display ads is £3.20.\n"
    )
    g = read(tmp_path, text)
    assert pay(g, "marketing-assistant") == [(23500.0, 23500.0, "GBP", "year")]
