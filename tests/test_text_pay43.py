"""Pay figures read by general rules (stop 43).

Each page here is written for the test, in trades other than e-commerce (a welding shop, a hospital, a hotel, a
warehouse), so that what is tested is the way the figure is written, not the words of any page the rules were
written from.
"""

from __future__ import annotations

from pathlib import Path

from text_helpers import pay, read


def test_taiwan_dollars_by_sign_and_by_code(tmp_path: Path) -> None:
    text = (
        "Logistics pay in Taiwan\n\n"
        "A logistics coordinator in Taipei earns NT$35,000 to NT$45,000 a month. A warehouse clerk earns"
        " TWD 31,000 a month.\n"
    )
    g = read(tmp_path, text)
    assert pay(g, "logistics-coordinator") == [(35000.0, 45000.0, "TWD", "month")]
    assert pay(g, "warehouse-clerk") == [(31000.0, 31000.0, "TWD", "month")]


def test_chinese_head_alone_is_the_one_post_of_its_field_beside_a_level_of_it(tmp_path: Path) -> None:
    text = (
        "酒店厨师薪资\n\n"
        "近年来酒店厨师的收入稳步上升。初级厨师的月薪一般在5000-7000元之间，而有经验的厨师月薪可达到1万-1.5万元。\n"
    )
    g = read(tmp_path, text)
    assert pay(g, "初级厨师") == [(5000.0, 7000.0, "CNY", "month")]
    assert pay(g, "酒店厨师") == [(10000.0, 15000.0, "CNY", "month")]


def test_a_retirement_plan_named_by_its_number_is_no_pay(tmp_path: Path) -> None:
    text = (
        "Hotel Night Manager\n\n"
        "The Grand Hotel is looking for a night manager.\n\n"
        "What we offer:\n"
        "- Competitive salary of $52k-$58k\n"
        "- 401k match\n"
        "- Free meals on shift\n"
    )
    g = read(tmp_path, text)
    assert pay(g, "hotel-night-manager") == [(52000.0, 58000.0, "USD", "year")]


def test_they_earn_is_the_pay_of_the_post_opening_the_sentence_before(tmp_path: Path) -> None:
    text = (
        "Nursing assistant jobs\n\n"
        "Nursing assistants help patients with daily tasks and report to the charge nurse. They earn a median of"
        " $38,130 per year.\n"
    )
    g = read(tmp_path, text)
    assert pay(g, "nursing-assistant") == [(38130.0, 38130.0, "USD", "year")]
    assert "salaries" not in g.nodes["charge-nurse"]


def test_she_earns_after_a_sentence_that_opened_with_her_post(tmp_path: Path) -> None:
    text = (
        "Ward work\n\n"
        "A ward clerk answers phones for the nurses and the ward manager. She earns £24,000 a year.\n"
    )
    g = read(tmp_path, text)
    assert pay(g, "ward-clerk") == [(24000.0, 24000.0, "GBP", "year")]


def test_a_places_minimum_wage_set_beside_the_pay_is_no_ones_pay(tmp_path: Path) -> None:
    text = (
        "Caregiver salary\n\n"
        "Caregivers earn an average of $16.50 an hour. That's $3.00 more than the state's minimum wage of $13.50.\n"
    )
    g = read(tmp_path, text)
    assert pay(g, "caregiver") == [(16.5, 16.5, "USD", "hour")]
    assert "state" not in g.nodes


def test_pay_plus_tips_said_again_as_a_years_sum(tmp_path: Path) -> None:
    text = (
        "Hotel waiter pay\n\n"
        "A hotel waiter earns £11.80 an hour plus tips, which works out at about £24,500 a year.\n\n"
        "A hotel bartender earns £12 an hour plus tips, or roughly £25,000 a year.\n"
    )
    g = read(tmp_path, text)
    assert sorted(pay(g, "hotel-waiter")) == [(11.8, 11.8, "GBP", "hour"), (24500.0, 24500.0, "GBP", "year")]
    assert sorted(pay(g, "hotel-bartender")) == [(12.0, 12.0, "GBP", "hour"), (25000.0, 25000.0, "GBP", "year")]


def test_pay_by_level_on_a_page_about_a_junior_post(tmp_path: Path) -> None:
    text = (
        "Junior Welder: Pay and Prospects\n\n"
        "A junior welder joins pipe and plate under supervision and works beside fitters and riggers. Average pay for"
        " junior level is about £2,100 per month, with growth to middle (£2,600–3,100) and senior (£3,400+) levels.\n"
    )
    g = read(tmp_path, text)
    assert pay(g, "junior-welder") == [(2100.0, 2100.0, "GBP", "month")]
    assert pay(g, "middle-welder") == [(2600.0, 3100.0, "GBP", "month")]
    assert pay(g, "senior-welder") == [(3400.0, 3400.0, "GBP", "month")]
    assert "salaries" not in g.nodes.get("rigger", {})


def test_a_one_word_title_of_any_ending_earning_in_a_later_clause(tmp_path: Path) -> None:
    text = "Garage pay\n\nService advisers earn £26,000, while mechanics earn £31,000 and valets earn £21,500.\n"
    g = read(tmp_path, text)
    assert pay(g, "service-adviser") == [(26000.0, 26000.0, "GBP", "year")]
    assert pay(g, "mechanic") == [(31000.0, 31000.0, "GBP", "year")]
    assert pay(g, "valet") == [(21500.0, 21500.0, "GBP", "year")]


def test_chinese_months_pay_said_with_no_verb_in_yuan(tmp_path: Path) -> None:
    text = "酒店保洁收入\n\n客房保洁员一个月大概3500块，每月接待300位客人。\n"
    g = read(tmp_path, text)
    assert pay(g, "客房保洁员") == [(3500.0, 3500.0, "CNY", "month")]


def test_a_years_sum_said_again_as_an_hours_keeps_its_own_period(tmp_path: Path) -> None:
    text = (
        "Pharmacist salary\n\n"
        "In 2024 pharmacists earned a median annual wage of $136,030, or $65.40 per hour.\n"
    )
    g = read(tmp_path, text)
    assert sorted(pay(g, "pharmacist")) == [(65.4, 65.4, "USD", "hour"), (136030.0, 136030.0, "USD", "year")]


def test_what_a_post_charges_its_clients_is_a_price_not_its_pay(tmp_path: Path) -> None:
    text = (
        "Plumber pay\n\n"
        "A plumber charges clients $90 an hour, but takes home about $32 an hour after costs.\n"
    )
    g = read(tmp_path, text)
    assert pay(g, "plumber") == [(32.0, 32.0, "USD", "hour")]


# stop 44


def test_the_trade_said_after_its_apprentices_in_one_sentence_is_its_own_post(tmp_path: Path) -> None:
    g = read(
        tmp_path,
        "Roofing careers\n\nApprentice roofers earn £15,000 a year; qualified roofers earn £28,000 to £34,000.\n",
    )
    assert pay(g, "apprentice-roofer") == [(15000.0, 15000.0, "GBP", "year")]
    assert pay(g, "roofer") == [(28000.0, 34000.0, "GBP", "year")]
    g = read(tmp_path, "Trainee glaziers earn £17,500, while experienced glaziers earn £31,000.\n")
    assert pay(g, "trainee-glazier") == [(17500.0, 17500.0, "GBP", "year")]
    assert pay(g, "glazier") == [(31000.0, 31000.0, "GBP", "year")]


def test_what_a_benefit_is_worth_is_no_pay(tmp_path: Path) -> None:
    g = read(tmp_path, "Kennel assistant\n\nPay: $31,000. The benefits package is worth a further $5,000.\n")
    assert pay(g, "kennel-assistant") == [(31000.0, 31000.0, "USD", "year")]
    g = read(tmp_path, "Pharmacy technician\n\nBenefits: health insurance worth £900 a year\n")
    assert "salaries" not in g.nodes["pharmacy-technician"]
    g = read(tmp_path, "Pharmacy technician\n\nBenefits: £900 childcare allowance\n")
    assert "salaries" not in g.nodes["pharmacy-technician"]


def test_earners_in_a_clause_after_a_cost_are_paid_their_figure(tmp_path: Path) -> None:
    g = read(tmp_path, "Farrier\n\nThe diploma costs about £7,000 a year; newly qualified farriers start on £24,000.\n")
    assert pay(g, "farrier") == [(24000.0, 24000.0, "GBP", "year")]
    g = read(
        tmp_path, "Sign-writing\n\nA starter kit of brushes costs $600, and trained sign writers earn $41,000 a year.\n"
    )
    assert pay(g, "sign-writer") == [(41000.0, 41000.0, "USD", "year")]


def test_a_floor_for_one_post_before_a_ceiling_for_another_is_a_figure(tmp_path: Path) -> None:
    g = read(
        tmp_path, "Groundskeeper\n\nPay ranges from £19,000 for new starters to £30,000 for head groundskeepers.\n"
    )
    assert pay(g, "groundskeeper") == [(19000.0, 19000.0, "GBP", "year")]
    assert pay(g, "head-groundskeeper") == [(30000.0, 30000.0, "GBP", "year")]
    g = read(
        tmp_path, "Lab technician pay\n\nSalaries go from $42,000 for new hires to $60,000 for lead technicians.\n"
    )
    assert pay(g, "lab-technician") == [(42000.0, 42000.0, "USD", "year")]


def test_you_after_a_promotion_to_a_post_earn_that_posts_pay(tmp_path: Path) -> None:
    text = "Apprentice baker\n\nApprentice bakers earn £16,000. With promotion to baker, you could earn £23,000.\n"
    g = read(tmp_path, text)
    assert pay(g, "apprentice-baker") == [(16000.0, 16000.0, "GBP", "year")]
    assert pay(g, "baker") == [(23000.0, 23000.0, "GBP", "year")]
    text = "Dental nurse\n\nDental nurses earn £24,000. Once promoted to practice manager, you could earn £35,000.\n"
    g = read(tmp_path, text)
    assert pay(g, "practice-manager") == [(35000.0, 35000.0, "GBP", "year")]


def test_a_post_set_beside_the_paid_one_is_not_paid(tmp_path: Path) -> None:
    g = read(tmp_path, "Unlike cashiers, shift supervisors earn £27,000.\n")
    assert pay(g, "shift-supervisor") == [(27000.0, 27000.0, "GBP", "year")]
    assert "salaries" not in g.nodes["cashier"]
    g = read(tmp_path, "Health visitor pay\n\nLike midwives, health visitors start on £35,392.\n")
    assert pay(g, "health-visitor") == [(35392.0, 35392.0, "GBP", "year")]
    assert "midwife" not in g or "salaries" not in g.nodes["midwife"]


def test_a_post_named_in_a_relative_clause_is_not_paid_its_subjects_figure(tmp_path: Path) -> None:
    g = read(tmp_path, "Stewards, who answer to the chief steward, earn £23,000 a year.\n")
    assert pay(g, "steward") == [(23000.0, 23000.0, "GBP", "year")]
    assert "salaries" not in g.nodes["chief-steward"]
    g = read(tmp_path, "Deckhands, who work under the bosun, are paid $3,100 a month.\n")
    assert pay(g, "deckhand") == [(3100.0, 3100.0, "USD", "month")]


def test_a_figure_after_a_post_worked_with_is_the_describeds_pay(tmp_path: Path) -> None:
    text = (
        "Hotel careers\n\n"
        "- Night porter: covers the front desk overnight. Typical pay £24,000.\n"
        "- Duty manager: supervises the night porters. Typical pay £31,000.\n"
    )
    g = read(tmp_path, text)
    assert pay(g, "night-porter") == [(24000.0, 24000.0, "GBP", "year")]
    assert pay(g, "duty-manager") == [(31000.0, 31000.0, "GBP", "year")]
    g = read(tmp_path, "We're hiring a Sous Chef to join our Executive Chef's team. Salary: £33,000.\n")
    assert pay(g, "sous-chef") == [(33000.0, 33000.0, "GBP", "year")]


def test_a_sections_post_named_again_by_its_head_word_keeps_the_pay(tmp_path: Path) -> None:
    g = read(tmp_path, "School office jobs\n\n## School business manager\nManagers run the office.\nSalary: £38,000\n")
    assert pay(g, "school-business-manager") == [(38000.0, 38000.0, "GBP", "year")]
    g = read(tmp_path, "Museum jobs\n\n## Collections officer\nOfficers look after the objects.\nPay: £27,500 a year\n")
    assert pay(g, "collections-officer") == [(27500.0, 27500.0, "GBP", "year")]


def test_a_line_naming_the_united_states_holds_the_posts_pay(tmp_path: Path) -> None:
    g = read(tmp_path, "Roofer salary guide\n\nUnited States: $52,000\nCanada: CA$61,000\n")
    assert sorted(pay(g, "roofer")) == [(52000.0, 52000.0, "USD", "year"), (61000.0, 61000.0, "CAD", "year")]
    g = read(tmp_path, "Roofer pay by country\n\n- United States: $25 an hour\n- United Kingdom: £16 an hour\n")
    assert sorted(pay(g, "roofer")) == [(16.0, 16.0, "GBP", "hour"), (25.0, 25.0, "USD", "hour")]


def test_plurals_receiving_a_figure_after_with_earn_it(tmp_path: Path) -> None:
    g = read(tmp_path, "Warehouse pay survey\n\nPickers earn £23,000 a year, with supervisors receiving £27,000.\n")
    assert pay(g, "picker") == [(23000.0, 23000.0, "GBP", "year")]
    assert pay(g, "supervisor") == [(27000.0, 27000.0, "GBP", "year")]
    text = "Design agency pay survey\n\nWith Juniors/Designers receiving £22,000 on average, the gap is wide.\n"
    g = read(tmp_path, text)
    assert pay(g, "designer") == [(22000.0, 22000.0, "GBP", "year")]


def test_chinese_starting_pay_and_pay_after_tax_are_pay(tmp_path: Path) -> None:
    g = read(tmp_path, "会计工资\n\n会计起薪4000元，做到财务主管后月薪可以达到1万元。\n")
    assert pay(g, "会计") == [(4000.0, 4000.0, "CNY", "month")]
    assert pay(g, "财务主管") == [(10000.0, 10000.0, "CNY", "month")]
    g = read(tmp_path, "程序员薪资\n\n应届生程序员起薪8000元。\n")
    assert pay(g, "程序员") == [(8000.0, 8000.0, "CNY", "month")]


def test_chinese_costs_and_what_a_benefit_is_worth_are_no_pay(tmp_path: Path) -> None:
    g = read(tmp_path, "厨师\n\n厨师月薪7000元，包吃住（价值约1500元/月）。\n")
    assert pay(g, "厨师") == [(7000.0, 7000.0, "CNY", "month")]
    g = read(tmp_path, "运营薪资\n\n运营专员月薪6000-8000元，餐补每月500元。\n")
    assert pay(g, "运营专员") == [(6000.0, 8000.0, "CNY", "month")]
    g = read(tmp_path, "司机\n\n油费每月2000元由公司承担。司机月薪7000元。\n")
    assert pay(g, "司机") == [(7000.0, 7000.0, "CNY", "month")]


def test_chinese_teachers_and_a_head_of_work_before_its_pay_are_posts(tmp_path: Path) -> None:
    g = read(tmp_path, "教师工资\n\n在北京，小学教师的年薪约为15万元，中学教师约为18万元。\n")
    assert pay(g, "小学教师") == [(150000.0, 150000.0, "CNY", "year")]
    assert pay(g, "中学教师") == [(180000.0, 180000.0, "CNY", "year")]
    g = read(tmp_path, "门店岗位\n\n客服月薪4000元。\n")
    assert pay(g, "客服") == [(4000.0, 4000.0, "CNY", "month")]


def test_chinese_days_income_is_a_days_pay(tmp_path: Path) -> None:
    g = read(tmp_path, "跑腿员收入\n\n跑腿员一天接30单，日收入约220元，月收入6500元左右。\n")
    assert sorted(pay(g, "跑腿员")) == [(220.0, 220.0, "CNY", "day"), (6500.0, 6500.0, "CNY", "month")]
    g = read(tmp_path, "保洁员收入\n\n保洁员日收入300元。\n")
    assert pay(g, "保洁员") == [(300.0, 300.0, "CNY", "day")]


def test_chinese_several_tens_of_thousands_is_no_figure(tmp_path: Path) -> None:
    g = read(tmp_path, "花艺师收入\n\n头部花艺师月入几十万，普通花艺师月薪6000元左右。\n")
    assert pay(g, "花艺师") == [(6000.0, 6000.0, "CNY", "month")]
    g = read(tmp_path, "调酒师收入\n\n调酒师月薪七千，少数名店调酒师一年能挣几十万。\n")
    assert pay(g, "调酒师") == [(7000.0, 7000.0, "CNY", "month")]


def test_chinese_word_of_pay_said_earlier_in_the_sentence_holds_for_a_hedged_figure(tmp_path: Path) -> None:
    g = read(tmp_path, "导游收入\n\n导游的工资比较灵活，旺季大概2万左右。\n")
    assert pay(g, "导游") == [(20000.0, 20000.0, "CNY", "month")]
    g = read(tmp_path, "物业岗位\n\n保安的工资不高，保安队长的工资更高，一般在1万以上。\n")
    assert pay(g, "保安队长") == [(10000.0, None, "CNY", "month")]
    g = read(tmp_path, "导游收入\n\n导游的工资不高，但旺季能卖出20万的纪念品。\n")
    assert "salaries" not in g.nodes["导游"]
