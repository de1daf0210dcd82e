"""Chinese pages, stop 33: the posts of many trades read by the title lexicon, each in eight sentence frames, and
words that hold a head but name no post (our own text: shops, depots, kitchens, hotels, factories, building sites,
offices, banks, schools, clinics and online shops)."""

from __future__ import annotations

import pytest

from careergraph.loaders.text_zh import chinese_lines, read_chinese, titles_in

#: frames a post is named in: working as it, hiring it, its duties, a move from it, a label, oneself, its pay, a table
FRAMES = (
    "她在公司做{}。", "招聘{} 2名", "{}负责日常工作。", "从{}做到主管。", "岗位：{}\n", "我是一名{}，", "{}月薪5000元",
    "| {} | 5000 |",
)
#: frames a word that is no post is written in
PLAIN_FRAMES = (
    "她在公司做{}。", "{}负责日常工作。", "从{}做到主管。", "我是一名{}，", "{}月薪5000元", "了解{}的要求。",
    "重视{}。",
)


def _read(posts: str, frame: str) -> list[str]:
    """The posts of ``posts`` that ``titles_in`` misses in ``frame``, or (but in a table's lone row) no role names."""
    missed = []
    for post in posts.split():
        text = frame.format(post)
        roles = {m.name for m in read_chinese(text, chinese_lines(text)).roles}
        if post not in [text[a:b] for a, b, _ in titles_in(text)] or (post not in roles and not frame.startswith("|")):
            missed.append(post)
    return missed


def _misread(pairs: list[tuple[str, str]], frame: str) -> list[str]:
    """The phrases of ``pairs`` (phrase, a head inside it that is no post there) read as a post in ``frame``."""
    wrong = []
    for phrase, head in pairs:
        text = frame.format(phrase)
        got = {text[a:b] for a, b, _ in titles_in(text)}
        got |= {m.name for m in read_chinese(text, chinese_lines(text)).roles}
        wrong += [phrase for name in got if head in name and name in phrase]
    return wrong


#: posts whose head's last character opens a common word with what may follow it (长期, 教学, 游客, 队员 ...)
OPENING_POSTS = "线长 厂长 校长 园长 助教 导游 导医 领队 管家 服务生 行李生 微商 护工"
OPENING_WORDS = [
    ("工厂长期", "厂长"), ("一线长期", "线长"), ("学校长期", "校长"), ("加班长期", "班长"), ("内部长期", "部长"),
    ("班组长期", "组长"), ("厂长期望", "厂长"), ("协助教学", "助教"), ("指导游客", "导游"), ("引导医护", "导医"),
    ("带领队员", "领队"), ("不管家里", "管家"), ("服务生产", "服务生"), ("实习生活", "实习生"), ("微商城", "微商"),
    ("维护工单", "护工"),
]


@pytest.mark.parametrize("frame", FRAMES)
def test_posts_whose_head_ends_in_a_character_opening_a_word_are_read(frame: str) -> None:
    assert _read(OPENING_POSTS, frame) == []


@pytest.mark.parametrize("frame", PLAIN_FRAMES)
def test_a_head_whose_last_character_opens_the_next_word_is_no_post(frame: str) -> None:
    assert _misread(OPENING_WORDS, frame) == []


def test_a_post_before_qijian_during_is_still_read() -> None:
    text = "她担任店长期间，门店业绩翻倍；厂长期间也一样。"
    assert {text[a:b] for a, b, _ in titles_in(text)} >= {"店长", "厂长"}


#: workers and posts of building sites, factories, hotels, depots, schools, clinics, agencies and online shops
TRADE_POSTS = (
    "电工 电焊工 钳工 木工 瓦工 钢筋工 架子工 油漆工 泥水工 水电工 机修工 技工 清洁工 钟点工 门童 房嫂 打荷 跟车员"
    " 柜组长 班主任 私教 保险代理人 置业顾问 房产经纪人 物业管家 秩序维护员 停车管理员 电子商务专员"
)
#: posts of online shops in a head of an activity (after 做 such a head is doing the work: "做客服质检")
SHOP_POSTS = "催付客服 客服质检 售后客服质检"
TRADE_WORDS = [
    ("用电工具", "电工"), ("科技工作", "技工"), ("技工学校", "技工"), ("私教课", "私教"), ("顾问式销售", "顾问"),
    ("顾问式服务", "顾问"), ("管家式服务", "管家"), ("美工活", "美工"), ("电子商务行业", "商务"), ("负责质检", "质检"),
    ("产品质检标准", "质检"), ("维修工作", "维修"), ("工作", "工"), ("工资", "工"), ("长期", "长"), ("成长", "长"),
    ("客服工作", "客服"), ("运营工作", "运营"), ("推广费用", "推广"),
]


@pytest.mark.parametrize("frame", FRAMES)
def test_workers_and_posts_of_many_trades_are_read(frame: str) -> None:
    assert _read(TRADE_POSTS, frame) == []


@pytest.mark.parametrize("frame", FRAMES[1:])
def test_posts_of_online_shops_in_a_head_of_an_activity_are_read(frame: str) -> None:
    assert _read(SHOP_POSTS, frame) == []


@pytest.mark.parametrize("frame", PLAIN_FRAMES)
def test_words_holding_a_trade_head_that_name_no_post_are_not_read(frame: str) -> None:
    assert _misread(TRADE_WORDS, frame) == []


#: a master (师傅) and an auntie (阿姨) of some work: posts after the work's field only
ADDRESS_POSTS = "维修师傅 凉菜师傅 砧板师傅 保洁阿姨 家政阿姨 宿管阿姨 洗碗阿姨"
ADDRESS_WORDS = [("师傅说", "师傅"), ("老师傅", "师傅"), ("师傅们", "师傅"), ("阿姨们", "阿姨")]


@pytest.mark.parametrize("frame", FRAMES)
def test_a_master_or_an_auntie_of_some_work_is_a_post(frame: str) -> None:
    assert _read(ADDRESS_POSTS, frame) == []


@pytest.mark.parametrize("frame", PLAIN_FRAMES)
def test_a_master_or_an_auntie_alone_is_a_form_of_address(frame: str) -> None:
    assert _misread(ADDRESS_WORDS, frame) == []


#: posts whose word names the work too
WORK_POSTS = "会计 计调 成本会计 总账会计 税务会计"
WORK_WORDS = [
    ("会计准则", "会计"), ("会计工作", "会计"), ("熟悉会计", "会计"), ("会计专业", "会计"), ("会计凭证", "会计"),
    ("计调工作", "计调"), ("懂会计", "会计"),
]


@pytest.mark.parametrize("frame", FRAMES)
def test_posts_whose_word_names_the_work_too_are_read(frame: str) -> None:
    assert _read(WORK_POSTS, frame) == []


@pytest.mark.parametrize("frame", PLAIN_FRAMES)
def test_the_work_a_post_word_names_is_no_post(frame: str) -> None:
    assert _misread(WORK_WORDS, frame) == []


#: teachers of a subject or a place (老师 after a field or a place only) and posts of clinics, schools and services
TEACHING_POSTS = (
    "英语老师 舞蹈老师 招生老师 幼儿园老师 招生专员 瑜伽教练 游泳教练 口腔医生 康复技师 导诊 医助 牙医 兽医 助产士"
    " 门卫 美导 柜姐 绿化工 园林工 电梯工 锅炉工 银行柜员 租赁顾问 网约车司机"
)
TEACHING_WORDS = [
    ("老师说", "老师"), ("老师们", "老师"), ("跟着老师", "老师"), ("好老师", "老师"), ("老师傅", "老师"),
    ("维修老师傅", "老师"), ("园林工程", "园林工"), ("绿化工作", "绿化工"), ("英语水平", "英语"),
]


@pytest.mark.parametrize("frame", FRAMES)
def test_teachers_of_a_subject_and_posts_of_clinics_and_services_are_read(frame: str) -> None:
    assert _read(TEACHING_POSTS, frame) == []


@pytest.mark.parametrize("frame", PLAIN_FRAMES)
def test_a_teacher_alone_is_a_form_of_address(frame: str) -> None:
    assert _misread(TEACHING_WORDS, frame) == []


#: posts of food delivery, resale and social-selling platforms and of live selling in a shop's own room
PLATFORM_POSTS = "美团运营专员 饿了么运营经理 得物客服 唯品会采购 闲鱼店主 微店店长 有赞运营专员 微信客服专员"
PLATFORM_POSTS += " 主图设计师 种草文案专员 店播主播 社群团长 团长"
PLATFORM_WORDS = [("集团长期", "团长"), ("社团长达", "团长"), ("美团外卖", "美团"), ("微信群", "微信")]


@pytest.mark.parametrize("frame", FRAMES[1:])
def test_posts_of_platforms_and_live_selling_are_read(frame: str) -> None:
    assert _read(PLATFORM_POSTS, frame) == []


@pytest.mark.parametrize("frame", PLAIN_FRAMES)
def test_a_platform_or_a_group_alone_is_no_post(frame: str) -> None:
    assert _misread(PLATFORM_WORDS, frame) == []


def test_yong_using_before_a_title_in_an_activitys_head_is_the_work_done() -> None:
    text = "前台要能用英语接待外宾，酒店去年录用英语客服两名。"
    assert [text[a:b] for a, b, _ in titles_in(text)] == ["前台", "英语客服"]  # (前台 a head alone, the desk)


#: workers of a factory floor (工人 after a field only: a worker in general alone)
FLOOR_POSTS = "模具工 注塑工 冲压工 喷涂工 打磨工 组装工 车间工人 流水线工人 技术工人 产线组长 文控专员"
FLOOR_WORDS = [("工人的安全", "工人"), ("工人们", "工人"), ("模具工程", "模具工"), ("组装工艺", "组装工")]


@pytest.mark.parametrize("frame", FRAMES)
def test_workers_of_a_factory_floor_are_read(frame: str) -> None:
    assert _read(FLOOR_POSTS, frame) == []


@pytest.mark.parametrize("frame", PLAIN_FRAMES)
def test_workers_in_general_and_a_floors_work_are_no_post(frame: str) -> None:
    assert _misread(FLOOR_WORDS, frame) == []


#: posts of tea shops, kitchens, hotels' revenue desks, banks' advisers and agencies, named by their field
SERVICE_POSTS = "奶茶店员 茶饮店长 烧烤师傅 日料厨师 寿司师傅 甜品师 西点师 水产员 熟食主管 收益分析师 理财顾问"
SERVICE_POSTS += " 家装顾问 留学顾问 旅游顾问 健康管理师 婚庆策划师 销售内勤"
SERVICE_WORDS = [("投资收益", "收益"), ("理财产品", "理财"), ("旅游景点", "旅游"), ("健康证", "健康")]


@pytest.mark.parametrize("frame", FRAMES)
def test_posts_of_tea_shops_kitchens_and_agencies_are_read(frame: str) -> None:
    assert _read(SERVICE_POSTS, frame) == []


@pytest.mark.parametrize("frame", PLAIN_FRAMES)
def test_the_fields_of_such_posts_alone_are_no_post(frame: str) -> None:
    assert _misread(SERVICE_WORDS, frame) == []


#: posts of clothing shops and of shops selling abroad
GARMENT_POSTS = "面料采购 辅料采购员 样衣工 星探 日语客服 韩语客服专员 外语主播 小语种运营专员"
GARMENT_WORDS = [("外语能力", "外语"), ("面料工艺", "面料"), ("样衣工作", "样衣工")]


@pytest.mark.parametrize("frame", FRAMES[1:])
def test_posts_of_clothing_shops_and_of_shops_abroad_are_read(frame: str) -> None:
    assert _read(GARMENT_POSTS, frame) == []


@pytest.mark.parametrize("frame", PLAIN_FRAMES)
def test_a_language_or_a_cloth_alone_is_no_post(frame: str) -> None:
    assert _misread(GARMENT_WORDS, frame) == []
