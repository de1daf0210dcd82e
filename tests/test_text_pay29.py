"""Salary figures as Chinese pay pages lay them out: a hedge before the figure, an hour's small pay, tables and
lists of pay by city or by level.

The wording here is our own (warehouses, couriers, hotels, kitchens, clinics), unlike any page read.
"""

from __future__ import annotations

from pathlib import Path

from text_helpers import pay, read


def test_a_hedge_and_a_verb_between_a_word_of_pay_and_its_figure(tmp_path: Path) -> None:
    text = (
        "仓库管理员工资一般多少\n\n"
        "仓库管理员负责货物的入库和盘点。仓库管理员年薪大概在5万到8万之间。\n"
        "快递站长的月薪大约在8千-1.2万之间。\n"
    )
    g = read(tmp_path, text)
    assert pay(g, "仓库管理员") == [(50000.0, 80000.0, "CNY", "year")]
    assert pay(g, "快递站长") == [(8000.0, 12000.0, "CNY", "month")]


def test_an_hours_pay_below_a_hundred_yuan_is_pay(tmp_path: Path) -> None:
    text = "理货员的待遇\n\n超市理货员的时薪一般为22元，仓库理货员28元/小时。\n"
    g = read(tmp_path, text)
    assert pay(g, "超市理货员") == [(22.0, 22.0, "CNY", "hour")]
    assert pay(g, "仓库理货员") == [(28.0, 28.0, "CNY", "hour")]


def test_a_table_of_pay_by_city_is_the_pages_posts(tmp_path: Path) -> None:
    text = (
        "药剂师的工资收入\n\n"
        "药剂师在药店负责审核处方和发药。\n\n"
        "| 城市 | 平均月薪 |\n"
        "| 深圳 | 9200元 |\n"
        "| 西安 | 6100元 |\n"
    )
    g = read(tmp_path, text)
    assert sorted(pay(g, "药剂师")) == [(6100.0, 6100.0, "CNY", "month"), (9200.0, 9200.0, "CNY", "month")]


def test_a_table_whose_columns_are_posts_under_a_line_of_pay(tmp_path: Path) -> None:
    text = (
        "门诊护理的岗位\n\n"
        "各地护理岗位工资对比\n"
        "| 城市 | 护理员 | 护理主管 |\n"
        "| 南京 | 4800元 | 9000元 |\n"
        "| 长沙 | 4100元 | 7600元 |\n"
    )
    g = read(tmp_path, text)
    assert sorted(pay(g, "护理员")) == [(4100.0, 4100.0, "CNY", "month"), (4800.0, 4800.0, "CNY", "month")]
    assert sorted(pay(g, "护理主管")) == [(7600.0, 7600.0, "CNY", "month"), (9000.0, 9000.0, "CNY", "month")]


def test_lines_of_a_label_and_a_figure_on_a_pay_page_are_the_pages_posts(tmp_path: Path) -> None:
    text = (
        "保安工资收入一览\n\n"
        "保安负责小区和商场的巡逻。保安一般要求身体健康。\n\n"
        "按城市：\n"
        "杭州 ¥5,200\n"
        "苏州 ¥4,900\n\n"
        "按经验：\n"
        "1-3年：4800元\n"
    )
    g = read(tmp_path, text)
    assert sorted(pay(g, "保安")) == [
        (4800.0, 4800.0, "CNY", "month"),
        (4900.0, 4900.0, "CNY", "month"),
        (5200.0, 5200.0, "CNY", "month"),
    ]
    off = read(tmp_path, text, frozenset({"zh.lone-figure"}))
    assert pay(off, "保安") == []


def test_a_label_and_a_price_on_a_page_of_no_pay_is_no_figure(tmp_path: Path) -> None:
    text = "门店店长的日常\n\n店长每天检查货架。\n\n热销商品：\n咖啡机 ¥1,299\n烤箱 ¥2,499\n"
    assert pay(read(tmp_path, text), "门店店长") == []


def test_a_label_that_is_a_post_takes_its_lines_figure(tmp_path: Path) -> None:
    text = "仓库岗位工资\n\n仓库里有几类岗位。\n\n叉车工 6.5K\n分拣员 ¥4,600\n"
    g = read(tmp_path, text)
    assert pay(g, "叉车工") == [(6500.0, 6500.0, "CNY", "month")]
    assert pay(g, "分拣员") == [(4600.0, 4600.0, "CNY", "month")]


def test_sums_beside_pay_on_a_salary_report_are_no_figures(tmp_path: Path) -> None:
    text = (
        "Night Auditor Salary\n\n"
        "Night auditors in the United States earn $41K a year on average. Total cash pay, with $3K in bonuses near"
        " the top, runs higher.\n\n"
        "The hotel group's $150K monthly spend on staffing rose last year.\n\n"
        "$0$20K$40K$60K\n"
        "Salary\n"
        "$31,200 - $54,800\n"
        "Bonus\n"
        "$0.00 - $3,150\n"
        "Commission\n"
        "$120.50 - $2,400\n"
    )
    g = read(tmp_path, text)
    assert sorted(pay(g, "night-auditor")) == [(31200.0, 54800.0, "USD", "year"), (41000.0, 41000.0, "USD", "year")]
    kept = read(tmp_path, text, frozenset({"salaries.not-pay"}))
    assert len(pay(kept, "night-auditor")) > 2


def test_a_person_word_after_a_particle_is_the_post_paid(tmp_path: Path) -> None:
    text = (
        "幼师一个月挣多少\n\n"
        "公办幼儿园的幼师月薪一般在4000-7000元。\n"
        "药房学徒工作三年后可以升为药师，月薪6500元左右。\n"
    )
    g = read(tmp_path, text)
    assert pay(g, "幼师") == [(4000.0, 7000.0, "CNY", "month")]
    assert pay(g, "药师") == [(6500.0, 6500.0, "CNY", "month")]
    assert not {"的幼师", "为药师"} & set(g.nodes)


def test_amounts_in_chinese_numerals_after_a_word_of_pay(tmp_path: Path) -> None:
    text = (
        "保洁工资怎么样\n\n"
        "保洁员一个月能挣四千到五千，保洁主管月薪六七千，保洁经理一年能挣十二万左右。\n"
        "物业经理的月收入一万五。\n"
    )
    g = read(tmp_path, text)
    assert pay(g, "保洁员") == [(4000.0, 5000.0, "CNY", "month")]
    assert pay(g, "保洁主管") == [(6000.0, 7000.0, "CNY", "month")]
    assert pay(g, "保洁经理") == [(120000.0, 120000.0, "CNY", "year")]
    assert pay(g, "物业经理") == [(15000.0, 15000.0, "CNY", "month")]
    off = read(tmp_path, text, frozenset({"zh.numeral-pay"}))
    assert "保洁员" not in off or pay(off, "保洁员") == []


def test_a_trades_person_word_is_a_post_of_its_own(tmp_path: Path) -> None:
    text = (
        "焊工工资多少\n\n"
        "焊工的月薪一般在6000-9000元，高级焊工可达1.2万，普工月薪5000元左右。\n"
        "北京护士平均工资：8500元/月\n"
    )
    g = read(tmp_path, text)
    assert pay(g, "焊工") == [(6000.0, 9000.0, "CNY", "month")]
    assert pay(g, "高级焊工") == [(12000.0, 12000.0, "CNY", "month")]
    assert pay(g, "普工") == [(5000.0, 5000.0, "CNY", "month")]
    assert pay(g, "护士") == [(8500.0, 8500.0, "CNY", "month")]


def test_a_years_sum_after_a_word_of_a_month_is_a_years_pay(tmp_path: Path) -> None:
    text = (
        "Welder pay in the UK\n\n"
        "The survey tracks pay each month. Scaffolders' monthly salaries peaked at £43,900 in Wales. A welder earns"
        " £2,400 a month, and crane operators earn a monthly salary of £2,900.\n"
    )
    g = read(tmp_path, text)
    assert pay(g, "scaffolder") == [(43900.0, 43900.0, "GBP", "year")]
    assert pay(g, "welder") == [(2400.0, 2400.0, "GBP", "month")]
    assert pay(g, "crane-operator") == [(2900.0, 2900.0, "GBP", "month")]


def test_a_person_word_alone_is_its_own_post_beside_its_ranked_forms(tmp_path: Path) -> None:
    text = (
        "验光师的工资收入\n\n"
        "验光师在眼镜店负责检查视力。\n\n"
        "城市\t平均月薪\n"
        "厦门\t7300元\n\n"
        "级别\t月薪\n"
        "初级验光师\t4000-6000元\n"
        "主管验光师\t8000-11000元\n"
    )
    g = read(tmp_path, text)
    assert pay(g, "验光师") == [(7300.0, 7300.0, "CNY", "month")]
    assert pay(g, "初级验光师") == [(4000.0, 6000.0, "CNY", "month")]
