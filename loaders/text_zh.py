"""Job text written in Chinese: the roles, ladders, pay and duties that Chinese job ads and career articles state.

The English rules read words a parser tags; Chinese has no spaces between words, and the pages
users bring (Taobao, Tmall, JD and cross-border shops' job ads and career-ladder articles) state
their facts through a few conventions that character patterns read without a word segmenter:

* a job title ends in a head (专员, 助理, 主管, 经理, 总监, 店长, 客服, 运营, 设计师 ...), after an
  optional rank (初级, 中级, 高级, 资深 ...) and field words (电商, 团队, 业务, 门店 ...): ``zh.titles``;
  a head alone (主管) is a post only where a post is named (an arrow, 晋升为, a stage line) and is the
  document's title with that head when it has one;
* "Title(0-2年):" stage lines, in order, are a ladder whose stage years belong to the move out of the
  stage (``zh.stages``); "A→B", "A晋升为B" are moves (``zh.moves``); a table whose first column lists
  titles is a ladder when its header or the line above it speaks of rank (职级, 级别, 晋升): ``zh.grades``;
* pay: 月薪4.5K-8K, 5000-8000元, 年薪15万-30万, 年薪30万+ (K a thousand, 万 ten thousand; yuan):
  ``zh.pay``; a figure no title governs is the page's role's (``zh.subject``);
* duties and abilities listed after 负责, 需掌握, 核心能力, 核心考核 ... and the items of a 岗位职责 /
  任职要求 / 工作流程 section: ``zh.duties`` (必须/需掌握 5, 核心能力 4, duties 3).

Only lines that are mostly Chinese are read here (:func:`chinese_lines`); the extraction entry point
records what :func:`read_chinese` returns under each fact's rule id.

Examples
--------
>>> text = "储备店长(1-2年):负责门店排班,月薪6K-9K。\\n区域经理(3-5年):需掌握成本控制、团队管理。"
>>> facts = read_chinese(text, chinese_lines(text))
>>> [(m.source, m.target, m.years) for m in facts.moves]
[('储备店长', '区域经理', (1.0, 2.0))]
>>> [(p.role, p.low, p.high, p.period) for p in facts.pay]
[('储备店长', 6000.0, 9000.0, 'month')]
>>> sorted((n.role, n.skill, n.importance) for n in facts.needs)
[('储备店长', '门店排班', 3), ('区域经理', '团队管理', 5), ('区域经理', '成本控制', 5)]
"""

from __future__ import annotations

import itertools
import re
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import NamedTuple

__all__ = ["ChineseFacts", "Move", "Need", "Pay", "RoleMention", "chinese_lines", "read_chinese", "titles_in"]


class RoleMention(NamedTuple):
    """A job title named at ``text[start:end]`` (``name`` is the title it stands for)."""

    name: str
    start: int
    end: int
    rule: str


class Move(NamedTuple):
    """A move from one role to another; ``start:end`` is the line or clause that states it."""

    source: str
    target: str
    years: tuple[float, float] | None
    lateral: bool
    start: int
    end: int
    rule: str


class Need(NamedTuple):
    """A role's requirement of a skill, with its importance (1-5)."""

    role: str
    skill: str
    importance: int
    start: int
    end: int
    rule: str


class Pay(NamedTuple):
    """A figure of pay in yuan; ``high`` is None for an open range ("30万+")."""

    role: str
    low: float
    high: float | None
    period: str
    start: int
    end: int
    rule: str


@dataclass
class ChineseFacts:
    """What the Chinese lines of one document state."""

    roles: list[RoleMention] = field(default_factory=list)
    moves: list[Move] = field(default_factory=list)
    needs: list[Need] = field(default_factory=list)
    pay: list[Pay] = field(default_factory=list)


# --- which lines are Chinese ------------------------------------------------------------------------

_CJK = re.compile(r"[\u3400-\u9fff]")
_CJK_RUN = re.compile(r"[\u3400-\u9fff]+")
_LATIN = re.compile(r"[A-Za-z]")
#: a bracketed gloss right after CJK text, in Latin letters: "(Photography Assistant)", "（Store Manager）"
_GLOSS = re.compile(r"(?<=[\u3400-\u9fff])\s*[(（][A-Za-z][A-Za-z &/.,'-]*[)）]")


def chinese_lines(text: str) -> list[tuple[int, int]]:
    """The spans of the lines of ``text`` that are mostly Chinese (a CJK character counts for three letters).

    A document with no CJK character costs one scan.

    Examples
    --------
    >>> chinese_lines("Intro line\\n电商客服负责售后 (service)\\nQuick note 蛋蛋 in English")
    [(11, 29)]
    """
    if _CJK.search(text) is None:
        return []
    out = []
    start = 0
    for line in text.split("\n"):
        end = start + len(line)
        cjk = len(_CJK.findall(line))
        # (a gloss in brackets after Chinese is no English the line is written in: "摄影助理(Photography Assistant)")
        latin = len(_LATIN.findall(_GLOSS.sub("", line) if cjk and ("(" in line or "（" in line) else line))
        if cjk and 3 * cjk >= latin:
            out.append((start, end))
        start = end + 1
    return out


# --- job titles -----------------------------------------------------------------------------------

#: ranks written before a title
_PREFIXES = frozenset(
    "初级 中级 高级 中高级 中初级 资深 首席 见习 实习 储备 副 总 常务 执行 特级 一级 二级 三级 金牌 值班 驻店 兼职 全职"
    " 夜班 早班 白班 晚班 执业 注册".split()
)
#: field words a title may open with (the work, the channel, the place, the unit)
_FIELDS = frozenset(
    """
    电商 网店 店铺 跨境 外贸 淘宝 天猫 京东 拼多多 抖音 快手 亚马逊 直播 短视频 新媒体 社群 社区 私域 公域 内容 用户
    会员 活动 商品 产品 品牌 品类 类目 渠道 推广 营销 市场 广告 投放 数据 销售 业务 商务 客户 大客户 售前 售中
    售后 客服 运营 团队 项目 区域 大区 城市 门店 店面 分店 连锁 采购 供应链 物流 仓储 仓库 配送 快递 运输 调度
    车队 货运 分拣 质检 品控 生产 技术 研发 开发 测试 前端 后端 软件 网络 信息 设计 视觉 平面 美术 摄影 文案 编辑
    策划 财务 会计 审计 税务 人事 人力资源 人力 培训 行政 法务 公关 安全 设备 工程 厨房 后厨 前厅 餐厅 餐饮
    楼面 吧台 酒水 面点 中餐 西餐 酒店 前台 客房 大堂 礼宾 宴会 房务 楼层 总台 收银 服务 门市 商场 超市 零售 陈列
    导购 经营 综合 战略 投资 资金 风控 合规 教学 课程 教务 护理 美容 健身 站点 网点 分拨 冷链 订单 库存 计划
    数字 信息流 后期 美妆 达人 千川 站内 站外 小红书 视频号 独立站 速卖通 虾皮 选品 招商 商家 行业 增长 客诉 海外 国际
    本地生活 外卖 团购 社交 淘客 分销 电话 在线 线上 线下 全渠道 新零售 供应商 小店 旗舰店 带货 自营 流量 成功
    数据分析 淘系 视频 直播间 叉车 货车 干线 生鲜 防损 烘焙 咖啡 单证 报关 收货 发货 拣货 打包
    社媒 详情页 母婴 服装 服饰 女装 男装 童装 鞋服 鞋包 食品 家电 数码 个护 家居 家纺 珠宝 饰品 宠物 图书 酒水饮料 茶叶
    生活用品 日化 百货 户外 运动 专柜 支行 分行 医药
    电子商务 置业 房产 房地产 地产 物业 保险 停车 秩序 催付
    凉菜 热菜 砧板 洗碗 保洁 宿管 家政 维修 安装 装修
    成本 总账
    英语 数学 语文 物理 化学 音乐 体育 声乐 书法 编程 舞蹈 钢琴 瑜伽 游泳 体能 招生 幼儿 少儿 早教 口腔 内科 外科
    儿科 眼科 急诊 中医 康复 放射 银行 租赁 网约车
    美团 饿了么 得物 唯品会 闲鱼 微店 有赞 微信 主图 种草 店播
    车间 流水线 产线 文控
    奶茶 茶饮 烧烤 日料 寿司 鲜肉 甜品 水产 熟食 西点 收益 理财 家装 留学 旅游 健康 婚庆
    面料 辅料 外语 日语 韩语 俄语 法语 德语 小语种
    娱乐 节目
    小学 中学 初中 高中 大学 高校 幼儿园
    """.split()
)
#: the heads a title ends in
_HEADS = frozenset(
    """
    专员 助理 主管 经理 总监 组长 店长 客服 运营 美工 设计师 主播 采购 编辑 文案 总裁 总经理 主任 主编 领班
    厨师长 厨师 主厨 总厨 帮厨 服务员 收银员 传菜员 迎宾员 接待员 礼宾员 行李员 房务员 司机 配送员 快递员 分拣员
    理货员 装卸工 搬运工 叉车工 仓管员 仓管 库管 调度员 质检员 检验员 安全员 保安 保洁员 技术员 操作员 业务员
    营业员 店员 导购员 促销员 销售员 销售 设计 顾问 专家 工程师 分析师 策划师 策划 讲师 培训师 出纳 文员 秘书 督导 部长
    科长 处长 站长 队长 班长 董事长 首席执行官 执行官 合伙人 负责人 店主 实习生 管培生 管理培训生 学徒 买手
    跟单员 跟单 招聘专员 车队长 场控 摄影师 剪辑师 副总裁 副总 经理人 协调员 统计员 审核员 骑手 驾驶员 话务员
    坐席 代表 主理人 岗 中控 投手 助播 副播 操盘手 小二 掌柜 增长官 运营官 营销官 技术官 财务官 创始人 博主 模特
    经纪人 店助 总助 高管 导购 副理 干部 课长 仓长 班组长 药师 库管员 接待 前台 调度 理货 礼宾 夜审 总机 分拣工 包装工
    洗碗工 打包工 操作工 维修工 杂工 厨工 编导 财务
    柜员 副行长 支行行长 分行行长 值班长 帮工 主管护师 主管药师
    门童 房嫂 打荷 跟车员 柜组长 电工 电焊工 钳工 木工 瓦工 钢筋工 架子工 油漆工 泥水工 水电工 机修工 技工 清洁工
    钟点工 班主任 私教 代理人 质检
    师傅 阿姨 会计 计调 老师
    导诊 医助 牙医 兽医 助产士 门卫 技师 美导 柜姐 绿化工 园林工 电梯工 锅炉工 司炉工 团长
    模具工 注塑工 冲压工 喷涂工 打磨工 组装工 工人 内勤 样衣工 星探
    线长 厂长 校长 园长 助教 导游 导医 领队 管家 服务生 行李生 微商 护工
    主持人 美术指导
    教师 医师 律师 导师 护师 幼师
    """.split()
)
#: words of a person that are a post alone, never standing for a longer title ("焊工" is no "高级焊工"); none is
#: the end of a common word and the start of another ("维护工作" holds 护工, "科技工作" 技工: they are left out)
_WHOLE_HEADS = frozenset("护士 护士长 医生 焊工 普工 月嫂 保姆 船长 教练".split())
_HEADS |= _WHOLE_HEADS
#: heads of a person that only a field or a place before them makes a post ("维修师傅", "保洁阿姨", "英语老师",
#: "幼儿园老师", "车间工人"); alone, or after a word the lexicon lacks, they are a form of address ("师傅说", "老师们")
#: or workers in general ("工人的安全")
_NEVER_ALONE = frozenset("师傅 阿姨 老师 工人".split())
#: heads of a person whose word names the work too ("会计", "计调"): a post alone in prose, but the work after a verb
#: of knowing ("熟悉会计") or before its work, its managing or its trade's words ("会计工作", "会计专业"), as a head of
#: an activity is
_WORK_HEADS = frozenset("会计 计调".split())
#: heads that are also the name of an activity (运营 "operations", 采购 "purchasing"): never a post alone in prose
_ACTIVITY_HEADS = frozenset(
    "客服 运营 采购 编辑 文案 策划 跟单 销售 设计 导购"
    " 接待 前台 调度 理货 礼宾 总机 财务 质检".split()
)
#: heads whose word names the work as well as the post: the work after a verb of knowing or before its work's words
_WORK_NAMING_HEADS = _ACTIVITY_HEADS | _WORK_HEADS
#: units a field may name before a head ("客服部经理"); after a title they make it a department ("客服部")
_UNITS = frozenset("部 组 科 室 中心 小组 部门 团队".split())
#: words after a title that make it a modifier of a thing, not a person ("运营经验", "客服团队")
_NOT_PERSON_AFTER = re.compile(
    r"经验|能力|技能|技巧|知识|思维|意识|方面|领域|行业|体系|模式|工具|软件|系统|平台|部|组(?!长|成)|团队|中心|类|方向"
    r"|数据|成本|费用|效率|指标|策略|战略|方案|计划|流程(?!图)|效果|质量|水平|数量|规则|标准|考核|资源|合作"
    r"|(?:资格)?证(?![明实])|执照"  # (a certificate: "厨师证", "消防设施操作员证")
    r"|式|课(?!长)|学校|院校|活(?![动跃泼])"  # (a style: "顾问式销售"; a course: "私教课"; a school; a job: "美工活")
    r"|准则|凭证|报表|科目"  # (a book-keeper's things: "会计准则", "会计凭证")
)
#: words after a title in an activity's head that make it the work (zh.titles): its work ("运营工作"), its managing
#: ("销售管理"; not a post's word, "管理员"), or a second step of the work joined to it ("活动策划与执行")
_WORK_AFTER = re.compile(r"工作|管理(?![员者层岗]|人员)|[与和及](?:执行|实施|落地|复盘)|专业|核算")
#: what follows a title in an activity's head that makes it the work: an ability or know-how of it ("产品策划的能力"),
#: a trend in it ("类目设计趋势"), or another work joined to it ("用户运营与社群管理")
_WORK_JOINED_AFTER = re.compile(
    r"的(?:能力|经验|技能|技巧|知识|思维|意识|工作)|趋势"
    r"|[与和及][\u3400-\u9fff]{0,4}?(?:管理|分析|优化|投放|定价|协调|规划|推广|维护|搭建|选品|装修|布局)"
)
_ETC = re.compile("等")
#: the end of a work's name joined before a title in an activity's head ("商品定价与促销活动策划")
_WORK_END = re.compile(r"(?:管理|分析|优化|投放|定价|协调|规划|推广|维护|搭建|选品|装修|布局)$")
#: verbs of doing before a title make it an activity ("负责商品采购")
_ACTIVITY_BEFORE = re.compile(
    r"(?:负责|进行|做好|完成|协助|参与|主导|管理|处理|开展|推动|执行|优化|提升|加强|从事|学习|懂|做|涵盖|涉及)$"
)
#: a verb of doing some work and a short field of it (one to four characters, no mark) before a title in an
#: activity's head: "完成病区活动策划", "完成宴会菜单设计" (the work done, the field its first word)
_DOING_FIELD_BEFORE = re.compile(r"(?:负责|进行|做好|完成|开展|执行|涵盖|涉及)[\u4e00-\u9fff]{1,4}$")
#: verbs of knowing, running or planning some work: before a title in an activity's head it is that work
#: (and 用, using, not as in hiring: "用英语接待外宾" is the work done in a language, "录用" hires)
_KNOWING_BEFORE = re.compile(
    r"(?:熟悉|了解|掌握|精通|擅长|懂得|统筹|把控|主抓|兼顾|搭建|规划|负责|(?<![录雇聘任启选起重留试])用)$"
)
#: what joins things in a list, right before a title
_JOINS = frozenset("和及、与")
#: a verb of doing or knowing that opens a list of work, in the clause before it
_DOING_IN = re.compile(r"负责|熟悉|了解|掌握|精通|擅长|统筹|把控|参与|协助|主导|从事|做好|完成")
#: verbs of doing that also say working as a post ("做产品经理", "做仓管员"): before a title ending in a head of a
#: person (not one of an activity: "做运营" is doing the work)
_AS_VERBS = frozenset({"做"})
#: what follows a post that 协助 (assist) takes as its object: the work done with it ("协助店长做好", "协助经理完成",
#: "协助主管处理", "协助店长进行"), not the post's work named by it ("协助运营": 运营 is the work)
_ASSISTED_TAIL = re.compile(r"(?:做好|完成|处理|进行|开展|制定|管理|跟进|落实|执行|做)")
#: how many words a title may have before its head ("跨境电商亚马逊运营专员": four)
_MOST_WORDS = 4
#: a title ending in these in a line's title slot (a stage, a table's first column) is a post
_SUFFIX_HEADS = ("员", "师")

_LEXICON: dict[str, str] = {
    **{w: "field" for w in _FIELDS},
    **{w: "unit" for w in _UNITS},
    **{w: "prefix" for w in _PREFIXES},
    **{w: "head" for w in _HEADS},
}
_LONGEST = max(map(len, _LEXICON))


def _tokens(text: str, lo: int, hi: int) -> Iterator[tuple[int, int, str]]:
    """Lexicon words of ``text[lo:hi]`` by longest match from the left: ``(start, end, kind)``; others skipped."""
    k = lo
    while k < hi:
        for size in range(min(_LONGEST, hi - k), 0, -1):
            kind = _LEXICON.get(text[k : k + size])
            opens = _OPENS_WORD.get(text[k + size - 1]) if kind == "head" else None
            if opens is not None and opens.match(text, k + size, hi):
                continue  # "分拣工作", "工厂长期", "协助教学": the head's last character opens the next word
            if kind is not None:
                if (
                    (kind == "field" or (kind == "head" and text[k + size - 1] not in "员师工"))
                    and text[k + size : k + size + 1] in {"员", "师"}
                    and text[k + size : k + size + 2] not in _WORDS_FROM_SUFFIX
                    and k + size < hi
                ):
                    # "计划员", "分析师": a field and 员 / 师 are a word of a person who does that work (so are a head
                    # of an activity or a short post and 员: "保安员", "调度员")
                    yield k, k + size + 1, "head"
                    k += size + 1
                    break
                yield k, k + size, kind
                k += size
                break
        else:
            latin = _LATIN_WORD.match(text, k, hi) if text[k].isascii() else None
            if latin is not None and (k == lo or not text[k - 1].isascii() or not text[k - 1].isalnum()):
                yield k, latin.end(), "field"  # "TikTok运营", "UI设计师": a Latin word before a head is its field
                k = latin.end()
            elif _short_person_word(text, k, hi, lo):  # "的幼师", "为护师": a particle opens no word
                yield k, k + 2, "head"
                k += 2
            elif _person_word(text, k, hi):  # "派件员", "咖啡师": a word of a person the lexicon lacks
                yield k, k + 3, "head"
                k += 3
            else:
                k += 1


_LATIN_WORD = re.compile(r"[A-Za-z][A-Za-z0-9+#]*(?=[\u3400-\u9fff])")

#: words in 员 / 师 that name no post ("会员" a loyalty member, "人员" staff, "老师" a form of address)
_NOT_PERSON_WORDS = frozenset(
    "会员 人员 成员 学员 动员 官员 雇员 团员 党员 委员 队员 社员 老师 导师 大师 祖师 军师 出师 拜师 名师 恩师".split()
)


def _person_word(text: str, k: int, hi: int) -> bool:
    """Whether ``text[k:k+3]`` is two CJK characters and 员 or 师 naming a person who holds a post."""
    return (
        k + 3 <= hi
        and text[k + 2] in "员师"
        and _CJK_RUN.fullmatch(text, k, k + 2) is not None
        and text[k] not in _FIELD_STOPS  # ("的幼师": the person word is 幼师, _short_person_word)
        and text[k + 1 : k + 3] not in _NOT_PERSON_WORDS
        # ("直通车专员": 员 ends the head 专员, so "车专员" is no word of its own)
        and _LEXICON.get(text[k + 1 : k + 3]) != "head"
        # ("根据员工的表现": 员 opens 员工, staff; "老师傅": 师 opens 师傅)
        and text[k + 2 : k + 4] not in _WORDS_FROM_SUFFIX
    )


def _short_person_word(text: str, k: int, hi: int, lo: int) -> bool:
    """Whether ``text[k:k+2]`` is a CJK character and 员 or 师 naming a person, opening a word: at the start, or
    after a particle, a preposition or a character that is no CJK one ("的幼师", "升为护师", "柜员：")."""
    return (
        k + 2 <= hi
        and text[k + 1] in "员师"
        and (k == lo or text[k - 1] in _FIELD_STOPS or _CJK.match(text, k - 1) is None)
        and _CJK.match(text, k) is not None
        and text[k] not in _FIELD_STOPS
        and text[k : k + 2] not in _NOT_PERSON_WORDS
        and text[k + 1 : k + 3] not in _WORDS_FROM_SUFFIX
    )


#: the words a head's last character opens with what follows it, so that no head ends there: 工作 (work), 工具,
#: 工资, 工程, 工艺, 工序, 工期, 工单 ("分拣工作", "操作工具": no worker); 长期 (long-term; not
#: 期间, "店长期间" names 店长), 长度, 长达; 生活, 生产, 生态; 教学, 教材; 游客; 医生, 医护; 队员, 队伍; 家里; 商城;
#: 师傅 ("老师傅" holds no 老师); 管理 ("最高管理者", the highest manager, holds no 高管); 助理 ("花店助理" holds no
#: 店助); 人员, 人力, 人才, 人数
#: ("负责人员招聘" is 负责 and the staff's hiring, no 负责人; "主持人力资源例会" holds no 主持人)
_OPENS_WORD = {
    "工": re.compile(r"[作具资程艺厂序种期时位单]"),
    "长": re.compile(r"期(?!间)|[度达久远短效途假大]"),
    "生": re.compile(r"[活产态命涯日物]"),
    "教": re.compile(r"[学材程案室授研育师练]"),
    "游": re.compile(r"[客戏泳览玩乐]"),
    "医": re.compile(r"[生护疗院药学]"),
    "队": re.compile(r"[员伍列形]"),
    "家": re.compile(r"[里人庭具居电乡族属]"),
    "商": re.compile(r"城"),
    "师": re.compile(r"傅"),
    "管": re.compile(r"理"),
    "助": re.compile(r"理"),  # "花店助理" holds no 店助: a shop's 助理
    "人": re.compile(r"[员力才群口数]"),
}
#: words that 员 or 师 open, so a person word cannot end at them: "员工" (staff), "师傅" (a master), "师资"
_WORDS_FROM_SUFFIX = frozenset("员工 师傅 师资 师范 师生".split())


class _Title(NamedTuple):
    start: int
    end: int
    bare: bool  # a head alone


def titles_in(text: str, lo: int = 0, hi: int | None = None) -> list[tuple[int, int, bool]]:
    """Job titles in ``text[lo:hi]``: runs of rank, field and head words ending in a head, as (start, end, bare).

    A run that a verb of doing precedes, or a word for a thing follows ("运营经验", "客服团队"), is no
    title; ``bare`` marks a head alone.

    Examples
    --------
    >>> t = "许多运营专员在做好商品采购后,交给客服团队;高级运营和店长助理都在。"
    >>> [(t[a:b], bare) for a, b, bare in titles_in(t)]
    [('运营专员', False), ('高级运营', False), ('店长助理', False)]
    """
    hi = len(text) if hi is None else hi
    out: list[tuple[int, int, bool]] = []
    run: list[tuple[int, int, str]] = []
    for tok in [*_tokens(text, lo, hi), (hi + 1, hi + 1, "end")]:
        if run and tok[0] == run[-1][1] and tok[2] != "end":
            run.append(tok)
            continue
        title = _run_title(text, run, hi, lo)
        if title is not None:
            out.append(title if title[2] else (_bridged_start(text, title[0], title[1], lo), *title[1:]))
        run = [tok]
    return out


def _bridged_start(text: str, start: int, end: int, lo: int) -> int:
    """Where a title opens when field words stand before it across one two-character word the lexicon lacks
    ("物流冷链车辆调度主管", "跨境电商商城运营专员"): the unknown word is one more field (a fleet's, a market's, a
    desk's), so the title runs back over it to the fields before, ending in a head that a field opens (专员, 主管,
    经理 ...). Not over a particle, preposition or verb of naming, nor when a verb of doing opens the fields
    ("负责电商平台运营专员" stays as read), nor past four words before the head."""
    gap = start - 2
    if (
        gap - 2 < lo
        or not text[start:end].endswith(tuple(_FIELD_HEADS))
        or _CJK_RUN.fullmatch(text, gap, start) is None
        or any(c in _FIELD_STOPS for c in text[gap:start])
        or text[gap:start] in _FIELD_STOP_WORDS
    ):
        return start
    fields = [tok for tok in _tokens(text, max(lo, gap - 2 * _LONGEST), gap)]
    k = len(fields)
    while k > 0 and fields[k - 1][2] == "field" and fields[k - 1][1] == (fields[k][0] if k < len(fields) else gap):
        k -= 1
    if k == len(fields):
        return start
    first = fields[k][0]
    words = len(fields) - k + 1 + sum(1 for _ in _tokens(text, start, end)) - 1  # the words before the head
    if words > _MOST_WORDS or _ACTIVITY_BEFORE.search(text, max(lo, first - 2), first) is not None:
        return start
    return first


def bridged_tail(name: str) -> str | None:
    """The shorter name a title read across a word the lexicon lacks goes by, from that word on ("车辆调度主管" of
    "物流冷链车辆调度主管"), or None when no such word stands in it.

    >>> bridged_tail("跨境电商商城运营专员"), bridged_tail("跨境电商亚马逊运营专员")
    ('商城运营专员', None)
    """
    toks = list(_tokens(name, 0, len(name)))
    if not toks or toks[0][0] != 0 or toks[-1][1] != len(name):
        return None
    gaps = [i for i in range(len(toks) - 1) if toks[i][1] != toks[i + 1][0]]
    if len(gaps) != 1 or toks[gaps[0] + 1][0] - toks[gaps[0]][1] != 2:
        return None
    return name[toks[gaps[0]][1] :]


def _run_title(text: str, run: list[tuple[int, int, str]], hi: int, lo: int = 0) -> tuple[int, int, bool] | None:
    if run and run[0][0] > lo and text[run[0][0] - 1] == "#" and text[run[-1][1] : run[-1][1] + 1] == "#":
        return None  # "#直播运营#": a topic a page is tagged with, no post it names
    last = max((i for i, tok in enumerate(run) if tok[2] == "head"), default=None)
    post = None  # a 岗 that no field opens: its field may be a word the lexicon lacks ("供应链管理岗")
    if last is not None and text[run[last][0] : run[last][1]] == "岗" and (
        text[run[last][1] : run[last][1] + 1] == "位" or all(tok[2] != "field" for tok in run[:last])
    ):
        # 岗 (a post) ends a title after its field ("内容设计岗"), not alone nor in 岗位 ("运营岗位": 运营)
        if last == 0 and text[run[last][1] : run[last][1] + 1] != "位":
            post = run[last]
        last = max((i for i, tok in enumerate(run[:last]) if tok[2] == "head"), default=None)
    if last is None and post is None:
        return None
    if last is None or last == next(i for i, tok in enumerate(run) if tok[2] != "unit" and i >= last - _MOST_WORDS):
        # a head alone after a word the lexicon lacks: "根据直通车专员的需求", "例如供应链管理岗负责"
        head = run[last] if last is not None else post
        assert head is not None
        field = _unknown_field(text, head[0], lo) if text[head[0] : head[1]] in _FIELD_HEADS else None
        doing_before = _ACTIVITY_BEFORE.search(text, max(0, field - 2), field) if field is not None else None
        if doing_before is not None and doing_before.group() in _AS_VERBS:
            doing_before = None  # "后来做理财经理": working as the post (its head names a person, _FIELD_HEADS)
        if field is not None and not (_NOT_PERSON_AFTER.match(text, head[1], hi) or doing_before):
            return field, head[1], False
        if last is None:
            return None
    # up to four words before the head ("跨境电商亚马逊运营专员"); a unit does not open a title
    first = next(i for i, tok in enumerate(run) if tok[2] != "unit" and i >= last - _MOST_WORDS)
    if (
        first == last
        and last + 1 < len(run)
        and run[last + 1][2] == "field"
        and text[run[last][0] : run[last][1]] in _LEAD_VERBS
    ):
        return None  # "督导服务标准落地", "督导门店执行": a head alone that is a verb of leading, before its object
    if first < last and run[first][2] == "head" and text[run[first][0] : run[first][1]] in _LEAD_VERBS:
        first += 1  # "督导门店助理": a head that is also a verb of leading people, before the post it leads
    elif (
        first == last - 1
        and text[run[first][0] : run[first][1]] in _LEAD_VERBS
        and _led_head(text[run[last][0] : run[last][1]])
    ):
        first += 1  # "培训客服", "招聘服务员": a verb of leading people and the people it leads, named by their work
    start, end = run[first][0], run[last][1]
    doing = _ACTIVITY_BEFORE.search(text, max(0, start - 2), start)
    if doing is not None and doing.group() in _AS_VERBS and text[run[last][0] : run[last][1]] not in _ACTIVITY_HEADS:
        doing = None  # "转岗做产品经理", "转做仓管员": working as a post that a head of a person names
    if (
        doing is not None
        and doing.group() == "协助"
        and text[run[last][0] : run[last][1]] not in _WORK_NAMING_HEADS
        and _ASSISTED_TAIL.match(text, end, hi) is not None
    ):
        doing = None  # "协助店长做好统计", "协助运营主管完成": the post assisted, before the work done with it
    if doing is None and text[run[last][0] : run[last][1]] in _WORK_NAMING_HEADS:
        doing = _KNOWING_BEFORE.search(text, max(0, start - 2), start)  # "熟悉直播运营", "统筹店铺运营": the work
        if doing is None:
            # "协同护士长完成病区活动策划": a field of the work between the verb of doing and the title
            doing = _DOING_FIELD_BEFORE.search(text, max(lo, start - 6), start)
        if doing is None and text[start - 1 : start] in _JOINS and start - 1 > lo:
            # "负责店铺推广和活动策划": the last of the things a verb of doing lists is work too
            clause = max(text.rfind(m, lo, start) for m in "，,。；;：:\n") + 1
            doing = _DOING_IN.search(text, max(clause, lo), start - 1)
    thing = _NOT_PERSON_AFTER.match(text, end, hi)
    if thing is None and text[run[last][0] : run[last][1]] in _WORK_NAMING_HEADS:
        thing = _WORK_AFTER.match(text, end, hi)  # "规范运营工作", "活动策划与执行", "向销售管理方向": the work
        # "要有产品策划的能力", "用户运营与社群管理", "商品定价与促销活动策划", "海报等视觉设计": the work, joined to
        # another work's name, after "etc.", or what an ability is of
        thing = thing or _WORK_JOINED_AFTER.match(text, end, hi)
        if thing is None and start - 1 > lo and text[start - 1] in "与和及等":
            thing = _ETC.match(text, start - 1) or _WORK_END.search(text, max(lo, start - 6), start - 1)
    if thing is not None and _TOWARD_AFTER.match(text, end, hi) and text[start - 1 : start] in _TOWARD_VERBS:
        thing = None  # "往区域经理方向发展": the post one grows toward, not a field of work
    if thing is not None or doing is not None:
        return None
    if run[first][2] == "head" and text[start - 1 : start] in _PLACE_ENDS and start - 1 > lo:
        # "水果店店长", "快递站站长", "服装店导购员": a place the lexicon lacks, named before the post there
        k = start - 1
        while k > lo and start - k < 6 and _CJK.match(text, k - 1) and text[k - 1] not in _FIELD_STOPS and (
            text[k - 2 : k] not in _FIELD_STOP_WORDS and text[k - 1] not in _PLACE_STOPS
        ):
            k -= 1
        if start - k >= 2:
            return k, end, False
    if first == last and text[start:end] in _NEVER_ALONE:
        return None  # "师傅说": a form of address; "维修师傅" is a post
    # (a person word the lexicon lacks, "药剂师", is a post alone, as a whole head is: never "初级药剂师")
    return start, end, last == first and text[start:end] not in _WHOLE_HEADS and _LEXICON.get(text[start:end]) == "head"


#: the last character of a word for a place of work: "水果店", "快递站", "网格仓", "面粉厂", "停车场"
_PLACE_ENDS = frozenset("店站仓库厂场馆园院所")
#: words for "this", "our", "your", and measure words, which no place's name holds: "本店", "我店", "这家店"
_PLACE_STOPS = frozenset("本该此我贵家间座其")


#: heads that a field the lexicon lacks may open ("直通车专员", "车间主任", "供应链管理岗")
_FIELD_HEADS = frozenset("专员 主管 经理 总监 主任 组长 岗 工程师 助理 坐席".split())


def _led_head(head: str) -> bool:
    """Whether a head names workers a verb of leading may take as its object ("培训客服", "招聘服务员", "带领分拣工"),
    not a post of that field ("培训专员", "招聘经理")."""
    return head not in _FIELD_HEADS and (head in _ACTIVITY_HEADS or head.endswith(("员", "工")))


#: characters and words that end the field before such a head: particles, prepositions, measure words, verbs of
#: naming or moving to a post ("根据", "例如", "的", "为", "一名", "晋升", "担任")
_FIELD_STOPS = frozenset(
    "的和与及或由从向给让对是为在把被跟同等如据将请需要有个名位其该各每这那了着过也都就才还又而并且但做当任升成招聘转找到去来级些于"
)
#: verbs of leading people, whose object may be a post: "管理班组长", "督导门店助理"
_LEAD_VERBS = frozenset("管理 带领 领导 指导 督导 培训 监督 考核 招聘 安排 协调 辅导".split())
_FIELD_STOP_WORDS = frozenset("根据 例如 比如 包括 负责 协助 配合 对接 联系 支持 通知 汇报 报告".split())
#: words of kind that describe a post's holder, not its field ("普通专员": an ordinary one; "优秀主管": a good one)
_FIELD_STOP_WORDS |= frozenset("普通 一般 优秀 合格 新手".split())
#: verbs of reaching a post in 上 ("当上维修主管", "考上稽查主管"): no part of the post's field
_FIELD_STOP_WORDS |= frozenset("当上 坐上 干上 做上 升上 考上 选上 评上".split())


def _unknown_field(text: str, head: int, lo: int) -> int | None:
    """Where a field of two to five CJK characters that the lexicon lacks opens before a head at ``head``: back to
    a particle, a preposition, a verb of naming or moving to a post, a stop word or a character that is no CJK one;
    None when fewer than two characters stand there.

    >>> t = "根据直通车专员的需求"
    >>> t[_unknown_field(t, 5, 0):7]
    '直通车专员'
    >>> _unknown_field("晋升为主管", 3, 0) is None
    True
    """
    k = head
    while k > lo and head - k < 5:
        if text[k - 1] in _FIELD_STOPS or _CJK.match(text, k - 1) is None or text[k - 2 : k] in _FIELD_STOP_WORDS:
            break
        k -= 1
    # "每天带领拣选组长": a verb of leading people, before the post it leads, is no part of its field (just before
    # the head it is the work's noun: "库存管理专员")
    k = max((j + 2 for j in range(k, head - 2) if text[j : j + 2] in _LEAD_VERBS and not _LEXICON.get(text[j : j + 2])),
            default=k)
    if head - k == 5:  # (cut off by length: not inside a lexicon word, "电商商品企划专员" is no "商商品企划专员")
        k = _word_boundary(text, k, head, lo)
    return k if head - k >= 2 else None


def _word_boundary(text: str, k: int, head: int, lo: int) -> int:
    """``k`` moved out of a lexicon word it falls inside: back to a field's start (and over up to two fields just
    before it: "天猫店铺活动执行专员"), on past any other word."""
    words = [tok for tok in _tokens(text, max(lo, k - 3 * _LONGEST), head) if tok[0] < k < tok[1] or tok[1] <= k]
    inside = next((tok for tok in words if tok[0] < k < tok[1]), None)
    if inside is None:
        return k
    if inside[2] not in {"field", "prefix"}:
        return inside[1]
    k, opened = inside[0], 1
    for tok in reversed([tok for tok in words if tok[1] <= inside[0]]):
        if tok[1] != k or tok[2] not in {"field", "prefix"} or opened == 3:
            break
        k, opened = tok[0], opened + 1
    return k


#: a list closed by "等岗位" (and such posts): "转岗至销售、运营、培训等岗位"
_POST_LIST = re.compile(r"((?:[\u4e00-\u9fff]{2,12}[、/])+[\u4e00-\u9fff]{2,8})等(?:工作)?(?:岗位|职位|职务)(?!管理)")


def _listed_posts(text: str, lo: int, hi: int) -> list[tuple[int, int]]:
    """The items of a list of posts that "等岗位" closes, as spans: each a title or a word of the title lists (a head or
    a field: "销售", "运营", "培训" name posts here); the first is the longest such word ending its part.

    >>> t = "部分公司允许客服人员转岗至销售、运营、培训等岗位。"
    >>> [t[a:b] for a, b in _listed_posts(t, 0, len(t))]
    ['销售', '运营', '培训']
    """
    out: list[tuple[int, int]] = []
    for found in _POST_LIST.finditer(text, lo, hi):
        items: list[tuple[int, int]] = []
        start = found.start(1)
        for k, part in enumerate(re.split(r"[、/]", found[1])):
            a, b = start, start + len(part)
            start = b + 1
            if k == 0:  # ("转岗至销售": the list opens after the verb, at the title or word of the lists ending it)
                titles = titles_in(text, a, b)
                a = titles[-1][0] if titles and titles[-1][1] == b else next(
                    (x for x in range(a, b - 1) if _LEXICON.get(text[x:b])), b
                )
            if b - a < 2 or not (_LEXICON.get(text[a:b]) or _is_title(text[a:b])):
                break
            items.append((a, b))
        else:
            out.extend(items)
    return out


#: what opens a list of a team's or an ad's posts: "岗位有：", "团队包括", "招聘：", "由...组成"
_TEAM_LIST = re.compile(
    r"(?:岗位|职位|工种|团队|招聘)(?:一般|主要|通常)?(?:有|包括|包含|设有|设置|分别是|如下)?\s*[：:]\s*"
    r"|(?:岗位|职位|团队|部门)(?:一般|主要|通常)?(?:有|包括|包含|设有|分别是)\s*"
    r"|由(?=[^，,。；;\n]{4,60}?组成)"
)
_TEAM_GAP = re.compile(r"、|，|,|/|和|及|与|以及")


#: where a team's list of posts ends: a sentence's end, "组成" ("make up") or "等" ("and so on")
_TEAM_LIST_END = re.compile(r"[。；;！!？?\n]|组成|等")


def _team_activity_posts(text: str, lo: int, hi: int, titles: list[tuple[int, int, bool]]) -> list[tuple[int, int]]:
    """Heads of an activity ("运营", "客服", "调度") listed alone among a team's posts, which name posts there:
    "直播团队一般由主播、场控、运营和投手组成", "岗位有：站长、骑手、调度、客服" (two posts at least in the list).

    >>> t = "外卖站的岗位有：站长、骑手、调度、客服。"
    >>> [t[a:b] for a, b in _team_activity_posts(t, 0, len(t), titles_in(t))]
    ['调度', '客服']
    """
    out: list[tuple[int, int]] = []
    whole = {(t[0], t[1]) for t in titles}
    for found in _TEAM_LIST.finditer(text, lo, hi):
        stop = _TEAM_LIST_END.search(text, found.end(), hi)
        end = stop.start() if stop else hi
        items, k = [], found.end()
        for gap in [*_TEAM_GAP.finditer(text, found.end(), end), None]:
            b = gap.start() if gap else end
            items.append((k, b))
            k = gap.end() if gap else end
        posts = [item for item in items if item in whole]
        if len(items) >= 3 and len(posts) >= 2:
            out += [item for item in posts if text[item[0] : item[1]] in _ACTIVITY_HEADS]
    return out


def _is_title(name: str) -> bool:
    """Whether a whole cell or stage name is a job title (a head last, or a word of a person in 员/师)."""
    name = name.strip()
    if not 2 <= len(name) <= 12 or _CJK.search(name) is None:
        return False
    found = titles_in(name)
    if found and found[-1][1] == len(name):
        return True
    return name.endswith(_SUFFIX_HEADS) and name[-2:] not in {"会员", "人员", "成员", "学员", "教师"}


def _staff_title(name: str) -> bool:
    """Whether a whole cell names the staff who do some work: a head of an activity (or a title) and 人员, "客服人员",
    "运营人员" (zh.staff-heads); not 人员 after a word of no post ("相关人员", "工作人员")."""
    name = name.strip()
    return name.endswith("人员") and (name[:-2] in _ACTIVITY_HEADS or _is_title(name[:-2]))


# --- numbers --------------------------------------------------------------------------------------

_NUM = r"\d+(?:\.\d+)?"
_ZH_N = r"[一二两三四五六七八九十半]{1,3}"
_YEARS = re.compile(
    rf"(?<![\d.])(?P<lo>{_NUM}|{_ZH_N})\s*(?:(?:[-–—~～]|至|到)\s*(?P<hi>{_NUM}|{_ZH_N}))?\s*(?P<plus>\+)?\s*(?:个)?"
    r"(?:年|(?P<months>(?<=个)月))"
    r"(?!薪|度|级)(?P<half>半)?\s*(?P<more>\+|以上|以下|以内|内)?"
)
_DIGITS = {"一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}


def _number(word: str) -> float:
    """A number written in digits or in Chinese: "2.5", "两", "十二", "半".

    Examples
    --------
    >>> _number("3"), _number("两"), _number("十二"), _number("二十"), _number("半")
    (3.0, 2.0, 12.0, 20.0, 0.5)
    """
    if word[0].isdigit():
        return float(word)
    if word == "半":
        return 0.5
    tens, _, ones = word.partition("十")
    if "十" not in word:
        return float(_DIGITS.get(word, 0))
    return float(_DIGITS.get(tens, 1) * 10 + _DIGITS.get(ones, 0))


#: a calendar year in Chinese: "2015年"
_CALENDAR_YEAR = re.compile(r"((?:19|20)\d\d)年")


def _calendar_span(text: str, lo: int, source: int, clause: int, verb: int) -> tuple[float, float] | None:
    """The years between the calendar year told last before a post (in its sentence, from ``lo``) and the one told
    in the clause of the move, before its verb: "2015年我担任A，2017年晋升为B" (2), else None.

    >>> _calendar_span("2015年我担任客服，2017年晋升为主管", 0, 9, 10, 17)
    (2.0, 2.0)
    """
    opening = max((text.rfind(m, lo, source) for m in "。！？!?\n"), default=-1) + 1
    before = [int(m[1]) for m in _CALENDAR_YEAR.finditer(text, max(lo, opening), source)]
    moved = [int(m[1]) for m in _CALENDAR_YEAR.finditer(text, clause, verb)]
    if not before or not moved or not 0 < moved[-1] - before[-1] <= 40:
        return None
    return float(moved[-1] - before[-1]), float(moved[-1] - before[-1])


def _years(text: str) -> tuple[float, float] | None:
    """A span of years in Chinese: "0-2年", "8年+", "3年以上", "1年以内", "两年", "6-12个月" (an open end counts as its
    number; months count in years).

    Examples
    --------
    >>> _years("0-2年"), _years("8年+"), _years("1年以内"), _years("2024年"), _years("再过两年"), _years("两三年")
    ((0.0, 2.0), (8.0, 8.0), (0.0, 1.0), None, (2.0, 2.0), (2.0, 3.0))
    >>> _years("1-6个月"), _years("3月")
    ((0.08, 0.5), None)
    """
    found = _YEARS.search(text)
    if found is None or _number(found["lo"]) > 60:
        return None
    span = _span_of(found)
    if found["months"] is None:
        return span
    return round(span[0] / 12, 2), round(span[1] / 12, 2)  # "1-6个月": months, in years


def _span_of(found: re.Match[str]) -> tuple[float, float]:
    lo = _number(found["lo"]) + (0.5 if found["half"] else 0.0)  # "一年半"
    pair = found["lo"]
    if len(pair) == 2 and pair[0] in _DIGITS and pair[1] in _DIGITS:  # "两三年": two or three years
        return float(_DIGITS[pair[0]]), float(_DIGITS[pair[1]])
    if found["hi"] is not None:
        return lo, _number(found["hi"])
    if found["more"] in {"以下", "以内", "内"}:
        return 0.0, lo
    return lo, lo


#: an amount: digits, grouped by commas ("8,000") or with a decimal point
_MONEY = r"\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?"
_UNIT = {"k": 1_000.0, "K": 1_000.0, "千": 1_000.0, "万": 10_000.0, "w": 10_000.0, "W": 10_000.0}
_PAY = re.compile(
    # ("起薪8000元", "税后到手6000元": a starting pay, what is left after tax)
    r"(?P<cue>(?:综合|税前|税后|基本)?(?:月薪|年薪|日薪|时薪|底薪|起薪|薪资|薪酬|薪水|工资|月收入|年收入|日收入|收入|待遇"
    r"|到手)"
    r"|(?:能|可以|可|每月|一个月)(?:拿|挣|赚)(?:到)?"
    # ("日结200元", "一天能挣300元", "试用期3000元，转正后4000元": a day's pay, a probation's and after it)
    r"|日结|(?P<daily>(?:一|每)天)(?:能|可以|可)?(?:拿|挣|赚)?(?:到)?|试用期|转正后?"
    # ("一个月大概3000块": a month's pay said with no verb, in yuan only)
    r"|(?P<monthly>一个月|每个?月))?"
    r"(?:\s*(?:范围|区间)?\s*[:：]?\s*(?:一般|通常|基本|普遍|大多|多|平均)?\s*"
    # ("年薪大概在5万到8万之间": a hedge and a verb, two words of the list)
    r"(?:(?:只有|大概|大约|约为|约|为|在|是|达到|可达|高达|仅|能到|能达到|可以到)\s*){0,2})"
    rf"[¥￥]?\s*(?<![\d.])(?<!\d,)(?P<lo>{_MONEY})\s*(?P<ulo>[kK千万wW])?\s*"
    rf"(?:(?:元|块)?\s*(?:[-–—~～]|至|到)\s*[¥￥]?\s*(?P<hi>{_MONEY})\s*(?P<uhi>[kK千万wW])?)?"  # ("3000元到5000元")
    r"\s*(?P<plus>\+(?!\s*(?:提成|绩效|奖金|补贴|分红))|以上|起)?(?P<part>\s*\+)?\s*(?P<yuan>元|块|RMB|rmb)?"
    r"(?P<plus2>以上|起)?"  # ("5000元以上": the open end after the yuan)
    r"\s*(?P<per>(?:/|每|一)\s*(?:个)?(?:月|年|天|日|小时|时))?"
)
#: a benefit or a firm's money named right before a figure: "餐补300元/月", "年终奖2万", "营业额50万" are no one's pay
_NOT_PAY_BEFORE = re.compile(
    r"(?:补贴|补助|津贴|餐补|饭补|房补|车补|话补|交通补|奖金|年终奖|提成|分红|奖励|报销|押金|营业额|销售额|毛利|利润|费用|房租"
    r"|售价|价格|定价|学费|扣"  # ("售价3000元", "住宿每月扣200元": a price, a fee, a deduction)
    # ("油费每月2000元", "水电费3000元", "包吃住(价值约1500元/月)": a cost, a benefit's worth)
    r"|[\u4e00-\u9fff]费|价值|租金|报价)"
    r"\s*[:：]?\s*(?:一般|通常|每月|每年|约为|约|大约|大概|为|是|有|在|可达|高达)?\s*[¥￥]?\s*$"
)
_PERIODS = {"月": "month", "年": "year", "天": "day", "日": "day", "小时": "hour", "时": "hour"}
_CUE_PERIOD = {"月": "month", "年": "year", "日": "day", "天": "day", "时": "hour"}
#: a word of pay earlier in the figure's sentence, with no figure of its own right after it ("工资更高，一般在1万以上")
_PAY_WORD_EARLIER = re.compile(r"(?:月薪|年薪|底薪|起薪|工资|薪资|薪酬|薪水|待遇)[^。；;!！?？\n\d]*$")
#: a hedge or a verb of being right before such a figure ("一般在1万以上", "约6000元"; not "能卖出100万的货")
_HEDGE_BEFORE = re.compile(
    r"(?:一般在|通常在|基本在|大多在|在|约为|约|大约|大概|达到|可达|高达|能到|能达到|是|为)\s*[¥￥]?\s*$"
)
#: the end of a sentence: a word of pay said before it holds for no figure after it
_CLAUSE_BREAK = re.compile(r"[。；;!！?？\n]")
#: yuan below this (a figure without a period) are a month's pay, from it a year's
_YEAR_FROM = 100_000


def _pay_figures(
    text: str, lo: int, hi: int, *, forced: bool = False
) -> Iterator[tuple[float, float | None, str, int, int]]:
    """Figures of pay in ``text[lo:hi]``: (low, high, period, start, end).

    A number is pay when a word of pay precedes it (月薪, 年薪, 薪资 ...), a period follows it ("元/月"),
    or it is a range in yuan of a thousand or more ("5000-8000元"); "毛利≥6万", "减20元" are not. ``forced``:
    every amount is pay (a table's pay column).

    Examples
    --------
    >>> t = "月薪4.5K-8K,年薪15-30万,年薪30万+,5000-8000元,再减20元,毛利6万,200元/天,底薪3000+提成,薪资：¥9,000-12,000"
    >>> for a, b, p, _, _ in _pay_figures(t, 0, len(t)):
    ...     print(a, b, p)
    4500.0 8000.0 month
    150000.0 300000.0 year
    300000.0 None year
    5000.0 8000.0 month
    200.0 200.0 day
    9000.0 12000.0 month
    """
    said = -1  # where a word of pay was said earlier in the sentence: "美工的薪资在6k-9k之间，资深美工可达1.2万"
    asked = None if forced else _ZH_PAY_QUESTION.search(text, lo, hi)  # ("工资多少?" on the line: its answer is pay)
    for found in _PAY.finditer(text, lo, hi):
        cue, per, yuan = found["cue"], found["per"], found["yuan"]
        if _NOT_PAY_BEFORE.search(text, max(lo, found.start() - 14), found.start("lo")) and not (
            cue and not found["monthly"] and not found["daily"]
        ):
            continue  # ("餐补每月500元": a month's word is no word of pay, and the benefit's sum no pay)
        unit = found["ulo"] or found["uhi"]
        if (
            said < 0 and not cue and _PAY_WORD_EARLIER.search(text, max(lo, found.start() - 24), found.start())
            and _HEDGE_BEFORE.search(text, max(lo, found.start("lo") - 6), found.start("lo"))
        ):
            said = found.start()  # ("主播的工资更高，一般在1万以上": the word of pay said before, in its sentence)
        follows = said >= 0 and not _CLAUSE_BREAK.search(text, said, found.start()) and (
            # ("3-5年的为7600元，5-10年的为9300元", "上海月薪9800元，北京9500元": a list of pay by years or cities
            # after the word of pay, each figure in yuan)
            unit is not None or (yuan is not None and float(found["lo"].replace(",", "")) >= 1000)
        )
        if not follows and (unit is not None or float(found["lo"].replace(",", "")) >= 1000):
            # ("面包师工资多少?一般5000左右,好的能到8000。": the sentence or two answering a question about pay)
            follows = _answers(text, asked, found.start()) and not (
                _ZH_COUNTED.match(text, found.end()) or text.startswith(("年", "%"), found.end())
            )
        if cue:
            said = found.end()
        unit_lo, unit_hi = found["ulo"], found["uhi"]
        low = float(found["lo"].replace(",", "")) * _UNIT.get(unit_lo or unit_hi or "", 1.0)
        high = None
        if found["hi"] is not None:
            high = float(found["hi"].replace(",", "")) * _UNIT.get(unit_hi or unit_lo or "", 1.0)
        ranged = high is not None
        plus = found["plus"] or found["plus2"]
        # "15-25K·14薪": a range in thousands, as job listings state their pay (not "粉丝10-20万", a count)
        listed = ranged and (unit_hi or unit_lo or "") in {"k", "K"} and low >= 1000
        if not (forced or cue or per or follows or listed or (yuan and (ranged or plus) and low >= 1000)):
            continue
        if found["part"]:
            continue  # "底薪3500+提成": a part of the pay, not the figure
        if (found["daily"] or found["monthly"] or (cue or "").startswith(("试用", "转正"))) and not (yuan or per):
            continue  # "每天接待100位客户", "试用期3个月": a count, no pay (these words name pay in yuan only)
        counted = text.startswith(("年", "个月", "人", "%", "粉", "单", "件", "次", "字", "条", "个"), found.end())
        # ("时薪25元", "25元/小时": an hour's pay is small)
        hourly = (per is not None and per.endswith(("小时", "时"))) or (cue is not None and "时薪" in cue)
        if counted or (not ranged and plus is None and low < 100 and not hourly):
            continue  # "3-5年", "3-10人": a count, not pay
        if plus is not None:
            high = None
        elif not ranged:
            high = low
        if per is not None:
            period = _PERIODS[per.lstrip("/每一个 ")]
        else:
            period = next((p for word, p in _CUE_PERIOD.items() if cue and word in cue), None) or (
                "year" if low >= _YEAR_FROM else "month"
            )
        yield low, high, period, found.start(), found.end()


#: an amount written in Chinese numerals with 千 or 万: "六千", "一万五" (15,000), "两万", "五六千" (5,000 to 6,000)
_ZH_AMOUNT = r"[一二两三四五六七八九十]{1,3}[千万](?:[一二三四五六七八九](?![千万百十\d]))?"
_ZH_PAY = re.compile(
    # (not after 几: "月入几十万", several hundred thousand, is no figure)
    rf"(?<![一二两三四五六七八九十百千万几\d])(?P<lo>{_ZH_AMOUNT})(?![千万亿百])多?\s*(?:块|元)?\s*"
    rf"(?:(?:[-–—~～]|到|至)\s*(?P<hi>{_ZH_AMOUNT})(?![千万亿百])多?\s*(?:块|元)?)?"
)
#: a word of pay or of earning said before such an amount in its clause ("月薪六七千", "一个月能挣六千到八千")
_ZH_PAY_CUE = re.compile(
    r"(?:月薪|年薪|底薪|起薪|工资|薪资|薪水|薪酬|收入|待遇|到手|挣|赚|拿|月入|每个?月|一个月)[^。；;!！?？\n，,]{0,8}$"
)
#: a sum no one is paid, named between the cue and the amount: "每月房租两万", "每月营业额五十万"
_ZH_NOT_PAY = re.compile(r"房租|租金|花费|开销|开支|成本|费用|销售额|营业额|流水|营收|利润")


#: a year named as the period before such an amount: "年薪十二万", "一年能挣八万"
_YEARLY = re.compile(r"年薪|年收入|一年|每年|年均")


def _zh_amount(word: str) -> tuple[float, float]:
    """An amount in Chinese numerals, as (low, high): "六千" (6000, 6000), "一万五" (15000, 15000), "五六千" (5000,
    6000), "二十万" (200000, 200000).

    >>> _zh_amount("一万五"), _zh_amount("五六千"), _zh_amount("二十万"), _zh_amount("两万")
    ((15000.0, 15000.0), (5000.0, 6000.0), (200000.0, 200000.0), (20000.0, 20000.0))
    """
    unit_at = max(word.find("千"), word.find("万"))
    unit = 1_000.0 if word[unit_at] == "千" else 10_000.0
    head, tail = word[:unit_at], word[unit_at + 1 :]
    extra = _DIGITS.get(tail, 0) * unit / 10
    if len(head) == 2 and head[0] in _DIGITS and head[1] in _DIGITS:  # "五六千": five or six thousand
        return _DIGITS[head[0]] * unit + extra, _DIGITS[head[1]] * unit + extra
    value = _number(head) * unit + extra
    return value, value


#: a question about pay on the line: "工资大概多少呢?", "一个月能挣多少钱？", "薪资待遇怎么样?"; the sentence or
#: two after it answer it
_ZH_PAY_QUESTION = re.compile(
    r"(?:月薪|年薪|底薪|工资|薪资|薪水|薪酬|收入|待遇|挣|赚)[^。；;!！?？\n]{0,10}(?:多少|怎么样|如何|高不高|几千)"
    r"[^。；;!！?？\n]{0,4}[?？]"
)


def _answers(text: str, asked: re.Match[str] | None, at: int) -> bool:
    """Whether a figure at ``at`` stands in the sentence or two after ``asked``, a question about pay on its line
    (:data:`_ZH_PAY_QUESTION`), and so answers it: "工资大概多少呢?一线城市可能六七千。"."""
    return (
        asked is not None
        and asked.end() <= at
        and sum(text.count(mark, asked.end(), at) for mark in "。!！?？") <= 1
    )


#: what an amount counts when it is no sum of money: "两万粉丝", "三千人", "五千单"
_ZH_COUNTED = re.compile(r"多?\s*(?:个|人|名|粉|单|件|次|条|家|位|台|字|份|场|平|米|公里)")


def _zh_numeral_pay(text: str, lo: int, hi: int) -> Iterator[tuple[float, float | None, str, int, int]]:
    """Figures of pay written in Chinese numerals after a word of pay or earning in their clause, or in the
    sentence or two answering a question about pay on their line ("工资大概多少呢?一线城市可能六七千。"): (low,
    high, period, start, end); a year's when 年 stands in the cue or the figure is 100,000 or more, else a month's."""
    asked = _ZH_PAY_QUESTION.search(text, lo, hi)
    for found in _ZH_PAY.finditer(text, lo, hi):
        if _ZH_COUNTED.match(text, found.end()):
            continue  # "每月接待两千人": a count, no sum of money
        cue = _ZH_PAY_CUE.search(text, max(lo, found.start() - 12), found.start())
        if cue is not None and _ZH_NOT_PAY.search(text, cue.start(), found.start()):
            continue  # "每月房租两万": a cost, no one's pay
        if cue is None and not _answers(text, asked, found.start()):
            continue
        low, high = _zh_amount(found["lo"])
        if found["hi"] is not None:
            high = _zh_amount(found["hi"])[1]
        yearly = _YEARLY.search(text, max(lo, found.start() - 12), found.start()) is not None or low >= _YEAR_FROM
        yield low, high, "year" if yearly else "month", found.start(), found.end()


# --- lists of duties and abilities ----------------------------------------------------------------

#: "他们必须了解A、B和C": what the post must know (zh.must-know; 了解 alone, "了解这一行是如何运作的", is often
#: advice to the reader, no need of a post's); a line's other readings still run after it (its label:
#: "退房:...需要了解X")
_MUST_KNOW = ("必须了解", "需要了解", "需了解", "须了解", "要了解", "应了解", "应该了解", "应当了解")
#: verbs of giving help before the work helped with (zh.assist-cue): "协助领班进行客房检查", "配合运营完成页面设计"
_ASSIST_CUES = ("协助", "配合", "辅助")
#: the party helped after such a verb, up to the verb of doing the work: "前台进行", "运营、文案团队完成"
_HELPED_PARTY = re.compile(r"[\u4e00-\u9fff、和与及]{1,12}?(?:进行|完成|做好|开展)")
#: cues that open a list of what a role needs, with the importance they give: verbs (需掌握 A、B) and labels,
#: which need a colon after them (核心能力:A、B; not "核心考核指标大揭秘")
_VERB_CUES = {
    **dict.fromkeys(("必须掌握", "需要掌握", "需掌握", "须掌握", "要求掌握"), 5),
    **dict.fromkeys(("必须具备", "需要具备", "需具备", "须具备"), 5),
    **dict.fromkeys(("熟练掌握", "熟练使用", "熟悉", "精通", "掌握", "具备", "具有"), 4),
    **dict.fromkeys(_MUST_KNOW, 4),
    **dict.fromkeys(("主要负责", "负责", "主导", "主要做", "主要从事", "工作包括"), 3),
    # "协助主播进行A、B、C等工作": the work helped with is the post's duty (zh.assist-cue; not "在...的协助下", help
    # received); so too after the other verbs of helping, 配合 and 辅助, where a verb of doing follows in the clause
    # ("配合运营完成页面设计": not "配合得当", "紧密配合")
    **dict.fromkeys(_ASSIST_CUES, 3),
    # "X的工作内容主要是 A、B": what the work is said to be
    **dict.fromkeys(("工作内容主要是", "工作内容主要包括", "工作内容是", "工作内容包括"), 3),
    **dict.fromkeys(("主要工作是", "主要职责是"), 3),
    # "其职责涵盖了A、B": what the post's duties are said to cover or include (zh.duties-cover)
    **dict.fromkeys(("职责涵盖了", "职责涵盖", "职责包括", "职责包含", "工作涵盖了", "工作涵盖"), 3),
}
_LABEL_CUES = {
    **dict.fromkeys(("核心能力", "核心技能", "关键能力", "核心素质"), 4),
    **dict.fromkeys(("基本技能", "基础技能", "专业技能", "必备技能", "所需技能", "基本要求"), 4),
    **dict.fromkeys(("能力要求", "技能要求", "任职要求", "岗位要求", "职位要求", "任职资格", "任职条件", "要求"), 4),
    **dict.fromkeys(("职责", "职位描述", "岗位描述", "工作描述"), 3),
    **dict.fromkeys(("核心考核", "考核指标", "考核", "岗位职责", "工作职责", "主要职责", "工作内容"), 3),
}
_CUES = {**_VERB_CUES, **_LABEL_CUES}


def _verb_cue(cue: str) -> str:
    """The pattern of one verb cue of :data:`_VERB_CUES` in :data:`_CUE`."""
    if cue == "协助":
        return r"(?<![的在])协助(?=[\u4e00-\u9fff])(?!下)"  # (not help received: "在领班的协助下")
    if cue in _ASSIST_CUES:
        # "配合运营完成页面设计": a verb of doing follows in the clause (not "配合得当", "紧密配合")
        return rf"(?<![的在]){cue}(?=[\u4e00-\u9fff][^，,。；;:：\n]{{0,12}}?(?:进行|完成|做好|开展))"
    # (负责 in 负责人, the person in charge, is no cue: "项目负责人：统筹进度"; but "负责人员招聘" is one, 人 opening a
    # word as :data:`_OPENS_WORD` says)
    return re.escape(cue) + (r"(?!人(?!" + _OPENS_WORD["人"].pattern + "))" if cue.endswith("负责") else "")


_CUE = re.compile(
    "|".join(
        [_verb_cue(c) for c in sorted(_VERB_CUES, key=len, reverse=True)]
        + [re.escape(c) + r"(?=\s*[:：])" for c in sorted(_LABEL_CUES, key=len, reverse=True)]
        # "大堂副理 7000-9000，要求英语流利": an ad's 要求 opening a clause asks for what follows it
        + [r"(?<=[，,；; \t])要求(?=[^:：，,。；;\n]{2})(?!高|严|低|较高|比较)"]
    )
)
_CLAUSE_END = re.compile(r"[。；;!！?？]")
#: a comma and a word that opens a clause about something else ("..., 虽然看似简单, 但随着经验的积累"): a cue's list
#: ends there
_ASIDE = re.compile(r"[，,]\s*(?:虽然|虽|但是|但|然而|不过|因此|所以|因为|由于|如果|随着)")
#: "以下能力:", "如下技能：": a cue that announces the list on the lines under it
_FOLLOWING = re.compile(r"(?:以下|如下|下列)[\u4e00-\u9fff]{0,4}\s*[:：]?\s*$")
#: the same cue's words opening a clause about who holds them: "以下能力的X", "如下技能的X"
_HELD_FOLLOWING = re.compile(r"(?:以下|如下|下列)[\u4e00-\u9fff]{0,4}的")
#: a clause of time before the rest of the sentence: "具备一定经验后," (after ...), "满一年时,"
_CONDITION = re.compile(r"(?:后|之后|以后|时)\s*[，,]")
_ITEM_SPLIT = re.compile(
    r"[、，,；;。/]|(?<=[\u4e00-\u9fffA-Za-z0-9])(?:或|或者|以及)(?=[\u4e00-\u9fffA-Za-z])"
    # (spaces between Chinese words part a table's cells: "病房管理 床位安排、药品核对")
    r"|(?<=[\u4e00-\u9fff])[ \t]+(?=[\u4e00-\u9fff])"
)
#: "对A和B有深刻理解", "需对X有一定的了解": what is to be understood is the need (A, B), not the understanding
_UNDERSTOOD = re.compile(
    r"(?:也|还)?(?:需要|需|要|应)?对(?P<thing>[^，,；;。对]{2,20}?)(?:都|也)?(?:有|具有|具备)(?:着)?"
    r"(?:较为|比较|非常|很)?(?:深刻|深入|一定|较深|充分|清晰|独到|敏锐|较强|全面)?的?"
    r"(?:理解|了解|认识|把握|洞察|见解|认知)"
)
#: "能通过Excel/SQL进行数据分析", "使用PS进行修图": the tools named in Latin letters and the work done with them, each
#: a need
_TOOL_WORK = re.compile(
    r"(?:能够?|会)?(?:通过|使用|利用|运用|借助|用)[ \t]*"
    r"(?P<tools>[A-Za-z][\w+#.]*(?:[ \t]*[/、和及][ \t]*[A-Za-z][\w+#.]*)*)"
    r"[ \t]*(?:等)?(?:工具|软件)?进行(?P<work>[\u4e00-\u9fff]{2,10})"
)
#: words of use after 的: "摄影器材的使用" names the equipment, whose use is the need
_USE_WORDS = frozenset("使用 运用 应用 操作".split())
_BRACKETS = re.compile(r"[(（【\[][^)）】\]]*[)）】\]]?")
_EXAMPLE_BRACKET = re.compile(r"[(（]\s*(?:如|例如|比如|包括|包含)\s*([^)）]*)[)）]")
#: words closing a field of work, whose examples after a comma stand in for it ("负责楼面服务，如排班安排")
_FIELD_WORDS = ("服务", "管理")
#: a clause after a comma that gives examples of what the clause before names: "，包括A、B和C", "，如A、B等"
_EXAMPLE_CLAUSE = re.compile(r"[，,]\s*(?:包括|包含|例如|比如|如)(?![何果今实此同])[^，,；;。]*")
#: words of work done: a clause of examples every one of which ends in one ("，包括团队管理、预算编制、财务分析等",
#: "，包括商品上下架、页面维护") is the parts of the duty before it, each a duty, not examples of a thing (see
#: _sub_duties)
_WORK_DONE = tuple(
    """
    管理 分析 维护 编制 上架 下架 上下架 策划 设计 运营 推广 制作 优化 处理 执行 培训 招聘 采购 审核 统计 监控 跟进 对接
    沟通 协调 规划 盘点 核算 登记 安排 开发 撰写 拍摄 剪辑 投放 复盘 调研 搭建 制定 整理 收集 发布 更新 回复 排班
    """.split()
)
#: how such a clause opens and may close: "，包括", "等", "等工作"
_SUB_DUTIES_LEAD = re.compile(r"[，,]\s*(?:包括|包含)")
_SUB_DUTIES_TAIL = re.compile(r"(?:等(?:工作|方面)?)?\s*")


def _sub_duties(clause: str) -> bool:
    """Whether a clause of examples is the parts of the duty before it ("，包括团队管理、预算编制和财务分析等"): two
    items or more after 包括 or 包含, each of one to ten characters (no clause mark nor 、) ending in a word of work
    done (_WORK_DONE), joined by 、, 和, 及 or 与. Each place an item may start is read once (a regex trying every
    way to cut "A管理和B管理和..." into items took time exponential in their number).

    >>> _sub_duties("，包括员工排班、布草管理、成本核算等"), _sub_duties("，包括房间温度、早餐口味")
    (True, False)
    """
    lead = _SUB_DUTIES_LEAD.match(clause)
    if lead is None:
        return False
    n = len(clause)

    def starts(at: int) -> list[int]:
        # (an item may open on the spaces after a join, or past them)
        out = [at]
        while at < n and clause[at].isspace():
            at += 1
            out.append(at)
        return out

    # where an item may start, and whether an item came before it
    todo = [(at, False) for at in starts(lead.end())]
    seen = set(todo)
    while todo:
        at, joined = todo.pop()
        for stop in range(at + 1, min(at + 10, n) + 1):
            if clause[stop - 1] in "，,；;。、":
                break
            for word in _WORK_DONE:
                if not clause.startswith(word, stop):
                    continue
                end = stop + len(word)
                if joined and _SUB_DUTIES_TAIL.fullmatch(clause, end):
                    return True
                if end < n and clause[end] in "、和及与":
                    for nxt in starts(end + 1):
                        if (nxt, True) not in seen:
                            seen.add((nxt, True))
                            todo.append((nxt, True))
    return False
#: an item's words before the bracket of examples that say only "work" ("平台基础操作"): the examples are the skills
_GENERIC_WORK = re.compile(r"(?:操作|工作|事务|业务|事项|内容|任务)$")
#: words that frame a duty rather than name it
_FRAME = re.compile(
    r"^(?:并且|以及|除了|还要|还需要|还需|也要|也需要|同时|另外|此外|主要|负责|协助|参与|配合|主导|通过|进行|做好|能够|完成|具备|具有|拥有|熟练|熟悉|掌握|精通|了解|持有|需要"
    r"|能?独立(?=完成|负责|处理|操作|运营|撰写|设计|制作|开展|策划)"  # (not "独立站", a shop of one's own)
    r"|及时地"
    # what the post focuses on is the duty ("专注婚礼花艺设计"); a share of the work before it is no part of its name
    # ("需掌握80%常见花材养护方法")
    r"|专注(?:于)?|致力于|\d+(?:\.\d+)?%"
    # the word opening examples: "包括A、B", "如A或B", "并在A、B等方面" (how the list is given, no part of it)
    r"|包括|包含|但不限于|例如|比如|如(?![何果今实此同])|并在|需(?=熟练|掌握|具备|精通|了解))+"
)
#: verbs of work that, alone after 的, name the work on the thing before it ("运营战略的执行", "商品页面的优化")
_BARE_WORK = frozenset(
    "执行 制定 优化 维护 策划 监控 跟进 落实 实施 更新 规划 审核 统计 整理 搭建 调整 布置 检查 调试".split()
)
#: a name in title marks: 《月度库存盘点报告》
_BOOK_TITLE = re.compile(r"《([^《》]+)》")
#: Latin words, with the spaces between them, inside a Chinese item ("Seller Central")
_LATIN_RUN = re.compile(r"[A-Za-z][A-Za-z0-9+#.-]*(?:[ \t]+[A-Za-z][A-Za-z0-9+#.-]*)*")
#: a word saying only "work" after what is done: "销售支持工作" is sales support
_WORK_TAIL = re.compile(r"(?<=[\u4e00-\u9fff]{2})工作$")
_NOT_SKILL = re.compile(
    r"\d\s*[kK万元%]|[0-9]{3,}|\d\s*(?:[–—~-]\s*\d+\s*)?个|我们|您|你|自己|公司|本岗|其他|以上|优先|岗位职责|职责说明|^工作内容$|(?<!跨)(?<!各)部门|^各部门$"
    # whom the work is done with, no work: "和同事一起..." (but work with a party is a duty, as "liaise with guests":
    # "与客人互动", "与前台经理沟通排班", a verb of dealing with people and at most a few words after it)
    r"|^(?:与|和|跟(?!进|踪)|同(?!步)|向)(?![\u4e00-\u9fff]{1,8}?(?:互动|沟通|协调|对接|交流)[\u4e00-\u9fff]{0,8}$)"
    # who is sought, not what they can do
    r"|学历|本科|大专|硕士|毕业|年龄|\d\s*岁|身高|性别|(?<!视觉)(?<!品牌)形象|气质|五官|户籍"
    # a phrase of what the duty rests on or is measured against, opened by a preposition ("根据业务目标", "基于数据
    # 洞察", "作为核心枢纽"), and a lone word of the work in general or its period
    r"|^(?:根据|基于|作为|按照|依据|针对|围绕|随着)"
    r"|^(?:产品|工作|职业|核心|思维|落实|良好|指标|经验|年度|季度|月度|条件)$"
    # the label of a group of needs alone, a numbered line over its items: "1. 硬性要求", "2. 加分能力", "基本条件"
    r"|^(?:硬性|基本|加分|核心|必备|其他|附加|额外|软性)(?:要求|能力|技能|条件|素质|项)$"
)
#: the people who have what the words before name, closing the clause or before what they get: "...的员工,往往能",
#: "...的人才更受欢迎"
_HOLDERS = re.compile(
    r"的(?:员工|人员|人才|候选人|求职者|新人|从业者)(?=[ \t]*(?:[，,。；;！!]|$|往往|通常|一般|更|将|会|能|可|才|也))"
)
#: a measure asked at least, closing an item: "以上", "每分钟60字以上", "四级以上" (the level stays: 四级)
_AT_LEAST = re.compile(r"(?:(?:每(?:分钟|小时|天|月))?\d+(?:\.\d+)?(?![万元千])[\u4e00-\u9fff]?)?(?:及)?以上$")
#: years asked at least, opening an item: "1年以上", "3年及以上的", "两年以上"
_AT_LEAST_YEARS = re.compile(r"^(?:\d+(?:\.\d+)?|[一二两三四五六七八九十]{1,2})\s*年(?:及)?以上(?:的)?(?:相关)?")
#: a wish closing an item: "者优先", "优先考虑"
_PREFERRED = re.compile(r"(?:者)?优先(?:考虑)?$")
#: "A和B", "A及B", "A与B" in an item are two things (an area's name, "数据与反馈", is one)
# (not 及时, "in time"; before a Latin word too, when Chinese follows it: "核对送货单与POS机流水")
_AND = re.compile(r"(?<=[\u4e00-\u9fff]{2})(?:和|及(?!时)|与)(?=[\u4e00-\u9fff]{2}|[A-Za-z]{2,}[\u4e00-\u9fff]{2})")
_LABEL = re.compile(r"^(?P<label>[^:：，,。；;(（]{2,10})[:：]")
_MARKER = re.compile(
    r"^\s*(?:[-*•·●▪◆■★。>]|\(?[（]?\d{1,2}[)）.、．]|[①-⑳]|[一二三四五六七八九十]{1,3}[、.．]|[(（][一二三四五六七八九十]{1,3}[)）])\s*"
)
#: a rule book's chapter or article heading naming no more than a short name: "第二章 岗位职责", "第四条 仓库主管"
_ARTICLE = re.compile(r"\s*第[一二三四五六七八九十百零\d]{1,4}(?P<kind>[章节条])[ \t]*(?=[\u4e00-\u9fff]{2,12}[ \t]*$)")
_SECTION = re.compile(r"\s*(?:[一二三四五六七八九十]{1,3}[、.．]|【|#+\s)|" + _ARTICLE.pattern)
#: a line numbered in words in brackets or in figures, "（一）", "(二)", "1.", "2、" (which also number plain items):
#: a post's heading when it names a post and nothing else and its duties or requirements open on the next line
_POST_NUMBER = re.compile(r"\s*(?:[(（][一二三四五六七八九十]{1,3}[)）]|\d{1,2}[.、．](?!\d))\s*")
#: labels of an ad's other topics
_TOPIC_LABEL = re.compile(r"晋升|发展|空间|福利|待遇|薪|地址|地点|时间$|联系|电话|邮箱|公司|简介|备注")
#: an item numbered in Chinese numerals: a clause mark in it or closing it, no colon ("一、按标准清扫客房；")
_NUMERAL_ITEM = re.compile(r"\s*[一二三四五六七八九十]{1,3}[、.．][^:：\n]*?[，,；;。][^:：\n]*$")
#: a line that opens another topic of an ad, unmarked: its pay, hours, place or contact ("薪资待遇", "工资：...")
_TOPIC_HEADING = re.compile(
    r"\s*(?:薪资|薪酬|工资|待遇|福利|月薪|年薪|收入|上班时间|工作时间|工作地点|工作地址|联系方式|联系人|公司简介|公司介绍"
    r"|晋升空间|发展空间)[^:：\n]{0,4}?\s*(?:[:：]|$)"
)
#: a label that only names a group of a section's items: "专业技能：", "个人素质：", "工作经验：", "其他："
_GROUP_LEAD = re.compile(
    r"(?:(?:专业|个人|基本|综合|核心|工作|相关|通用|硬性|软性|知识|职业)?(?:技能|能力|素质|经验|知识|学历|资质|素养|证书)"
    r"(?:要求|条件)?|(?:基本|其他|其它)(?:要求|条件)?)[ \t]*[:：][ \t]*"
)
_STAGE_WORDS = re.compile(r"(?:阶段|步骤|环节|流程|时期|期)$")
#: nouns too broad to name a need alone after 的: "货运的流程" is "货运流程", not "流程"
_BROAD_OF = frozenset("流程 知识 规定 制度 规则 标准".split())
#: "A方面的知识", "A方面经验": knowledge, experience or skill in the field A (zh.must-know)
_AREA_KNOWN = re.compile(r"(?P<field>[\u4e00-\u9fffA-Za-z]{2,12}?)方面(?:的)?(?:知识|经验|能力|技能)")


def _area_fields(piece: str) -> list[str]:
    """The fields of "A和B方面的知识" (knowledge, experience or skill in the fields A and B), each its own; else
    [piece] as it was."""
    if "方面" not in piece:
        return [piece]
    area = _AREA_KNOWN.fullmatch(_FRAME.sub("", piece).strip())
    return [piece] if area is None else _AND.split(area["field"])


def _skill_names(item: str, *, whole: bool = False) -> list[str]:
    """The short noun phrases an item of a list of duties names.

    Brackets go (examples of a generic word of work stand in for it), "等" ends a list, the words
    that frame a duty (负责, 协助, 通过 ...) go, of "A的B" only B is the thing done, and 、 / 或 split.

    Examples
    --------
    >>> _skill_names("负责平台基础操作(如选品上架、广告投放)")
    ['选品上架', '广告投放']
    >>> _skill_names("协助处理退换货、物流异常等问题")
    ['处理退换货', '物流异常']
    >>> _skill_names("冷链车辆的温度监控或路线规划")
    ['温度监控', '路线规划']
    >>> _skill_names("具备良好的沟通能力和团队合作精神"), _skill_names("本科及以上学历")
    (['沟通能力', '团队合作精神'], [])
    >>> _skill_names("主导独立站建设、能独立完成门店排班")
    ['独立站建设', '门店排班']
    """
    holders = _HOLDERS.search(item)
    if holders is not None:
        item = item[: holders.start()]  # "具备A、B的员工,往往能...": what those people have, not what they get
    example = _EXAMPLE_BRACKET.search(item)
    if example is not None and _GENERIC_WORK.search(item[: example.start()].strip()):
        item = example[1]
    for clause in reversed(list(_EXAMPLE_CLAUSE.finditer(item))):
        before = item[: clause.start()].strip()
        if _sub_duties(clause[0]):
            continue  # "负责整体运营策略的制定，包括团队管理、预算编制": the parts of the duty, each a piece of work
        if not _GENERIC_WORK.search(before) and not before.endswith(_FIELD_WORDS):
            # "收集市场数据，包括竞品表现、用户行为": examples of what the clause before names, no duties of their own
            # (after a field of work they stand in for it: "负责楼面服务，如排班安排")
            item = item[: clause.start()] + item[clause.end() :]
    names: list[str] = []
    # "活动策划、数据分析": a field and a word of activity that could name a post ("内容策划" is also a planner)
    # are the activity among other duties, not a post (unless the item names nothing else: "配合商品运营、客服")
    activities: list[tuple[int, str]] = []
    for part in _BRACKETS.split(item):
        part = _UNDERSTOOD.sub(lambda m: m["thing"], part)
        part = _TOOL_WORK.sub(lambda m: m["tools"] + "、" + m["work"], part)
        pieces = _ITEM_SPLIT.split(part)
        marks = _ITEM_SPLIT.findall(part)
        _drop_kind_examples(pieces, marks)
        pieces = [
            piece
            for k, piece in enumerate(pieces)
            if (k + 1 == len(pieces) or marks[k] != "、" or not _co_modifier(piece, pieces[k + 1]))
            # "设计商品详情页面，帮助提高转化率", "监控库存，避免断货": what the duty before is for, no duty
            and not (k > 0 and marks[k - 1] in "，," and _PURPOSE.match(piece))
            # "为了吸引顾客，店长需要...": a clause of purpose opening the item, before the duties it is for
            and not (k + 1 < len(pieces) and marks[k] in "，," and _LEAD_PURPOSE.match(piece))
            # "根据客人口味和忌口，调整菜单", "在旺季中，...": a clause of what the duty after it rests on, or when
            and not (k + 1 < len(pieces) and marks[k] in "，," and _LEAD_GROUND.match(piece))
        ]
        # "餐饮和旅游方面的知识": the fields known name the need (not "知识"), each its own (zh.must-know)
        pieces = [field for piece in pieces for field in _area_fields(piece)]
        if not whole:
            pieces = [bit for piece in pieces for bit in _and_split(piece)]
        for piece in pieces:
            piece = piece.strip(" \t“”\"'‘’:：.·")
            copula = _COPULA.search(piece)
            if copula is not None:
                # "..., 是公司的最高管理者", "运营总监是电商业务的一把手": what the post is, not a duty (the
                # words before a comma before it may be one: "负责商品上架,是团队的核心")
                cut = max(piece.rfind(",", 0, copula.start()), piece.rfind("，", 0, copula.start()))
                if cut <= 0:
                    continue
                piece = piece[:cut]
            piece = piece.split("等", 1)[0]
            # how much is asked, not what: "1年以上电商运营经验", "有直播经验者优先", "英语四级以上"
            piece = _AT_LEAST_YEARS.sub("", _PREFERRED.sub("", _AT_LEAST.sub("", piece)))
            if piece.endswith("经验") and len(piece) >= 5 and piece[0] in "有具":
                piece = piece[2:] if piece.startswith(("具有", "具备")) else piece[1:]
            if "的" in piece and piece.rsplit("的", 1)[1].strip() in _USE_WORDS:
                piece = piece.rsplit("的", 1)[0]  # "办公软件的使用": the software
            if "的" in piece and len(piece.rsplit("的", 1)[1]) >= 2:
                thing, done = piece.rsplit("的", 1)
                # "整体运营战略的执行": a bare verb after 的 names the work on what stands before it, kept with it
                # (not "门店的排班": a thing done, named whole)
                # ("货运的流程", "退货的规定": a word too broad to name a need alone, kept with what it is of)
                bare = all(v in _BARE_WORK for v in re.split(r"和|与|及", done)) or done in _BROAD_OF
                keep = bare and 2 <= len(_FRAME.sub("", thing).strip()) <= 8 and "的" not in thing
                piece = _FRAME.sub("", thing).strip() + done if keep else done
            piece = _WORK_TAIL.sub("", _FRAME.sub("", piece).strip())
            led = titles_in(piece)
            if led and led[0][0] == 0 and not (led[0][2] and piece[: led[0][1]] in _ACTIVITY_HEADS):
                if led[0][1] == len(piece):
                    if _activity_title(piece):
                        activities.append((len(names), piece))
                    continue  # a title, not a skill
                # "协助前厅经理处理投诉": whom the duty is done with is no part of it
                piece = _FRAME.sub("", piece[led[0][1] :]).strip()
            if piece in _HEADS:
                continue  # "客服" alone in a list of duties is a department
            # (a Latin word counts as one: "Seller Central后台操作" is short enough)
            size = len(_LATIN_RUN.sub("x", piece))
            titled = _BOOK_TITLE.findall(piece) if size > 12 or piece.startswith("《") else []
            if titled:
                # "定期输出《月度库存盘点报告》", "熟悉《食品安全法》《劳动法》": the documents the work yields or
                # knows, each named in its title marks
                names += [t for t in titled if 2 <= len(t) <= 12 and _NOT_SKILL.search(t) is None and t not in names]
                continue
            latin = re.fullmatch(r"[A-Za-z][\w+#. -]*", piece)
            if len(piece) >= 2 and size <= 12 and (_CJK_RUN.search(piece) or latin):
                if _NOT_SKILL.search(piece) is None and piece not in names:
                    names.append(piece)
    if names:
        for at, piece in reversed(activities):
            if piece not in names:
                names.insert(at, piece)
    return names


#: "等平台的店铺运营", "等外卖平台的规则", "等平台商品主图": after 等, a kind of place or channel the examples before
#: it are of, and the thing done there
_KIND_THING = re.compile(
    r"等[\u4e00-\u9fff]{0,4}?(?:平台|渠道|网站|商城|app|APP|App)的?(?P<thing>[\u4e00-\u9fffA-Za-z]{2,})$"
)


def _drop_kind_examples(pieces: list[str], marks: list[str]) -> None:
    """ "负责淘宝、天猫等平台的店铺运营": the names before 等 are examples of the kind of place the work is done on,
    no duties; the thing after the kind is (店铺运营). The examples, with the 、 joining them, leave ``pieces`` and
    ``marks``; the piece holding 等 becomes the thing.

    >>> pieces, marks = ["负责淘宝", "天猫等平台的店铺运营", "活动策划"], ["、", "、"]
    >>> _drop_kind_examples(pieces, marks); pieces, marks
    (['店铺运营', '活动策划'], ['、'])

    A duty listed before the names stays (a piece ending in a word of work done, :data:`_WORK_DONE`):

    >>> pieces, marks = ["负责商品上架", "淘宝", "天猫等平台的店铺运营"], ["、", "、"]
    >>> _drop_kind_examples(pieces, marks); pieces, marks
    (['负责商品上架', '店铺运营'], ['、'])
    """
    k = 0
    while k < len(pieces):
        found = _KIND_THING.search(pieces[k]) if "等" in pieces[k] else None
        if found is None:
            k += 1
            continue
        first = k
        # (back over the names, not over a duty listed before them: "负责商品上架、淘宝、天猫等平台的店铺运营")
        while first > 0 and marks[first - 1] == "、" and not pieces[first - 1].endswith(_WORK_DONE):
            first -= 1
        pieces[first : k + 1] = [found["thing"]]
        del marks[first:k]
        k = first + 1


#: words opening a clause of what the duty before it is for: "，以便...", "，帮助...", "，从而...", "，避免..." (not
#: 确保, "管理客服团队，确保服务质量", which is work of its own; nor 以及, "and")
_PURPOSE = re.compile(
    r"\s*(?:旨在|以确保|以保证|以便|以(?![及上下内外后前])|从而|进而|帮助|使得?|为了|避免|防止"
    # what the duty before is to bring about: "，提升销售业绩", "，增强品牌认知度", "，塑造统一的品牌形象"
    r"|提升|提高|增强|塑造|促进)"
)
#: words opening a clause of purpose before the clause it is for: "为了吸引顾客，..."
_LEAD_PURPOSE = re.compile(r"\s*(?:为了|旨在|以便)")
#: words opening a clause of what the duty after it rests on, or of when or where it is done
_LEAD_GROUND = re.compile(r"\s*(?:根据|基于|按照|依据|针对|围绕|随着|在[^，,]{1,12}(?:中|时|上|里|内|期间)$)")
#: words of manner that qualify a service or a thing before 的 ("及时、专业的客户咨询服务")
_MANNER = re.compile(r"(?:及时|专业|准确|高效|优质|快速|热情|周到|耐心|细致|全面|良好|规范|安全)$")


def _co_modifier(piece: str, after: str) -> bool:
    """Whether a piece before 、 is a field or a word of manner that qualifies, with the next piece's words before
    its 的, the thing after that 的: "负责天猫、京东店铺的日常运营" (天猫 is no duty), "提供及时、专业的咨询服务"."""
    if "的" in piece or "的" not in after or len(after.split("的", 1)[0].strip()) > 6:
        return False
    word = _FRAME.sub("", piece).strip()
    return word in _FIELDS or _MANNER.search(word) is not None


#: the copula saying what a post is ("X是Y的Z"; not "特别是", "尤其是", "但是", "还是", "或是", "就是", "而是", "总是")
_COPULA = re.compile(r"^是|(?<!特别)(?<!尤其)(?<![但还或就而总要凡于即只不正更也])是")
#: words of rank or seniority: before a head they make a post of it ("高级运营"), never an activity
_RANK_BEFORE = re.compile(r"^(?:初级|中级|高级|资深|首席|见习|实习|助理|副)")


def _activity_title(piece: str) -> bool:
    """Whether a piece read as a title is a field and a word of activity ("活动策划", "内容编辑", "商品运营"), with no
    rank before them."""
    return (
        len(piece) >= 4
        and any(piece.endswith(head) and len(piece) > len(head) for head in _ACTIVITY_HEADS)
        and _RANK_BEFORE.match(piece) is None
    )


#: heads a bare word after 和 shares with the thing before it: "推广渠道和工具" (channels and their tools)
_SHARED_HEADS = frozenset("工具 技巧 方法 软件 系统 能力 经验 知识 执行".split())


#: verbs of work that, alone after 和/与/及, are done on what the side before them names
_DONE_ALONE = frozenset(w for w in (*_WORK_DONE, *_BARE_WORK) if len(w) == 2)


def _and_split(piece: str) -> list[str]:
    """ "A和B" as two things, unless one side is a bare word that shares the other's head or object: "沟通和协调能力"
    (communication and coordination skills), "客户服务流程和技巧" (its process and its skills) are one thing each.

    Examples
    --------
    >>> _and_split("沟通能力和团队合作精神"), _and_split("沟通和协调能力"), _and_split("推广渠道和工具")
    (['沟通能力', '团队合作精神'], ['沟通和协调能力'], ['推广渠道和工具'])
    """
    bits = _AND.split(piece)
    # (the first side after its modifier: "出色的表达和组织能力" is one thing too)
    first = _FRAME.sub("", bits[0].rsplit("的", 1)[-1]).strip()
    # (and a bare verb after 与 that does the other side's work: "数据分析与优化", "团队管理与培训")
    if len(bits) == 2 and (len(first) <= 2 or bits[1].strip() in _SHARED_HEADS or bits[1].strip() in _DONE_ALONE):
        return [piece]
    return bits


# --- reading a document ---------------------------------------------------------------------------

_STAGE = re.compile(
    r"\s*(?:#+\s*|[-*•·●▪]\s*|\d{1,2}[.、．)）]\s*|第[一二三四五六七八九十\d]+(?:阶段|级|步)\s*[:：]?\s*)?\**"
    r"(?P<title>[^\s(（)）:：,，。；;|*]{2,16}?)\s*[(（](?P<years>[^)）]{0,12}?年[^)）]{0,4})[)）]\**\s*(?:[:：]|$)"
)
#: a stage named by its place in order, years or not: "第一阶段：快递员，负责收派件", "第二步：站点组长"
_ORDINAL_STAGE = re.compile(
    r"\s*(?:#+\s*|[-*•·●▪]\s*|\d{1,2}[ \t.、]*)?\**第[一二三四五六七八九十\d]+(?:阶段|级|步|层)\s*[:：]\s*\**"
    r"(?P<title>[^\s(（)）:：,，。；;|*—]{2,16}?)\**(?:\s*[(（](?P<years>[^)）]{0,12}?年[^)）]{0,4})[)）])?\**\s*"
    r"(?:[:：，,；;。]|—{1,2}|$)"
)
#: a stage's post and its years heading a line in any layout ("01 第一阶段:A(0-1年)—— ..."): the years are the time
#: the post is held (see _stage_years_onto_moves)
_STAGE_HELD = re.compile(
    r"[ \t]*(?:\d{1,2}[ \t.、]*)?第[一二三四五六七八九十\d]+(?:阶段|级|步|层)[ \t]*[:：][ \t]*"
    r"(?P<title>[^\s(（)）:：,，。；;|*]{2,16}?)[ \t]*[(（](?P<years>[^)）]{0,12}?年[^)）]{0,4})[)）]"
)
_ARROW = re.compile(r"\s*(?:→|->|=>|⇒|➜|➔|⟶|➝|-->)\s*")
#: dashes and angle marks join rungs only on a line that speaks of a ladder ("晋升路径：专员-主管-经理")
_DASH = re.compile(r"\s*(?:—{1,2}|－|-|>|＞|》)\s*")
_LADDER_CUE = re.compile(r"晋升|路径|路线|通道|发展|成长|职业|职级|级别|阶梯")
_BRACKET_YEARS = re.compile(r"\s*[(（][^)）]{0,12}?(?:年|个月)[^)）]{0,4}[)）]\s*")
_MOVE_VERB = re.compile(
    r"(?:晋升为|晋升到|晋升至|升职为|升为|升任|升至|升到|提拔为|提升为|成长为|成为|当上|做到|转岗为"
    r"|转岗到(?![^，,。；;\n]{0,8}?(?:做|当|任))|转岗做|转行做"
    r"|转做|转为|调任|晋升|提拔|当了|(?<=后来|然后|接着|随后|之后)(?:又)?(?:做了|干了)|(?:再)?往上(?:走)?(?:就|则|便)?是|下一步(?:就|则)?是|再到|然后到"
    r"|转去(?:做|当)?|改做|改行做|竞聘(?:为|上)?|(?<=[可能会再才以])升(?![为任至到职级值高])|转正(?:为|成为|成)"
    r"|发展(?:成为|为|成)|转岗成(?:为)?|(?<![变形组构完达促造])成了|考上)"
    r"(?:了)?(?:一名|一个|一位)?"
)
#: words that move one to a post only where a post follows them (elsewhere they say other things: "向经理汇报",
#: "当客户投诉时", "担任过"): a direction, 担任, 当, a transfer to a place to work as a post, where one is now
_POST_VERB = re.compile(
    r"(?:往|朝|(?<![方面])向|(?:担任|出任|接任)(?!过)|(?<=[\u4e00-\u9fff])当(?!时|年|天|初|地|前|然|作|成|中|面|日|上|了)"
    r"|(?:调|转岗)(?:到|至|去|往|入)[^，,。；;\n]{0,8}?(?:做|当|任)|(?:现在|如今|目前)(?:我|他|她)?(?:已经|已)?(?:是|成了)(?:(?:公司|店里|集团|团队|部门|门店|酒店|工厂|医院)的)?"
    r"|(?<=[能会再后就才想要去可以])转)"
    r"(?:了)?(?:一名|一个|一位)?"
)
#: words that offer a move as another way out of the post the last move left: "也可以转做B", "或者升为B"
_ALTERNATIVE = re.compile(r"也(?!许|就)|或者|或是|亦|另外|此外")
#: what makes 当 before a post "when" rather than "work as": "当主管不在时", "当店长的时候"
_WHILE_AFTER = re.compile(r"(?:不在|在|们|的)?(?:时|的时候|之时)|不在|们")
#: a move toward a post said as the direction of one's growth: "往区域经理方向发展" (the post just before 方向)
_TOWARD_VERBS = ("往", "朝", "向")
_TOWARD_AFTER = re.compile(r"方向(?:发展|走|转|晋升|努力|前进)")
#: "B通常由(优秀的)A提拔(而来)", "B多从A中选拔": the post B's holders are promoted from, named after 由 / 从
_PROMOTED_FROM = re.compile(
    r"(?:通常|一般|多|大多|往往|主要|大都)?(?:是)?(?P<by>由|从)[^，,。；;！？\n]{2,16}?(?:中)?"
    r"(?P<verb>提拔|晋升|升任|选拔|提升)(?:而来|上来|起来)?(?![为到至])"
)
#: what joins the posts a verb of moving lists: "晋升为B、C或D", "B和C", "B及C"
_TARGET_JOINT = re.compile(r"\s*(?:、|或者|或|和|及|以及|/)\s*")
_LATERAL_VERBS: tuple[str, ...] = ("转岗为", "转岗到", "转岗做", "转行做", "转做", "转为", "调任")
_LATERAL_VERBS += ("转去", "转去做", "转去当", "改做", "改行做", "转")
#: a job specification's field naming the posts the page's post leads to ("晋升方向：运营总监", a flattened form's
#: "晋升方向 前厅经理"); a rotation or transfer field ("轮转岗位 礼宾") names lateral moves
_SPEC_FIELD = re.compile(
    r"(?:(?P<up>(?:可)?晋升(?:方向|岗位|职位|通道))|(?P<side>(?:可)?(?:轮转|轮换|轮岗|转岗)(?:岗位|职位|方向)|可转(?:岗位|职位)))"
    r"(?:[ \t　]*[:：|][ \t　|]*|[ \t　|]+)"
)
#: a field's value: posts separated by "、" or "/" (a label word ends it: an empty field is followed by the next label)
_SPEC_VALUE = re.compile(r"[\u4e00-\u9fffA-Za-z]{2,10}(?:[、/／][\u4e00-\u9fffA-Za-z]{2,10})*")
_NOT_POST_VALUE = re.compile(
    r"(?:岗位|职位|类别|等级|目的|部门|上级|下级|编号|名称|方向|通道|说明)$|^(?:暂无|不限|无)$"
)
#: "(客服人员)转岗至销售、运营、培训等岗位": a transfer to posts listed by their field, closed by a word for posts
_TRANSFER = re.compile(
    r"(?:转岗|调岗|轮岗|转行)(?:至|到|为|做|去)(?P<items>[\u4e00-\u9fff]{2,8}(?:(?:、|，|,|/|或|和|及|与)[\u4e00-\u9fff]{2,8})*?)"
    r"(?P<close>等?(?:岗位|职位|方向|部门|工作)|等)"
)
_TRANSFER_GAP = re.compile(r"、|，|,|/|或|和|及|与")
#: "很多物流经理都是从打包员干起来的": where a post's holders started ("从A做起" alone is where a story starts)
_ORIGIN_AFTER = re.compile(r"(?:干起|做起|升上来|提拔上来|晋升上来|成长起来|干上来|做上来)")
_SOURCE_CUE = re.compile(r"(?:从|由)$")
#: a line labelling the post an ad is for
_JOB_LABEL = re.compile(
    r"\s*(?:(?:职位名称|岗位名称|招聘岗位|招聘职位|职位|岗位)\s*[:：]|(?:职位名称|岗位名称)[ \t　]+)"
)
#: a line that lists ranks: its titles, one after another, are rungs
_RANK_LIST = re.compile(r"职级|级别|等级|晋升(?:路径|通道|路线|阶梯)|发展路径")
#: a line that divides posts into a list (a ladder only when every title ranks above the one before)
_DIVIDED = re.compile(r"分为|分成|划分|依次|层级|由低到高|从低到高")
_LIST_GAP = re.compile(r"\s*[、，,；;]\s*")
#: a word for a tool, then the tools' names in brackets
_TOOLS = re.compile(r"(?:工具|软件|系统|平台|在线客服|后台)\s*[(（]\s*(?:如|例如|比如)?\s*(?P<names>[^)）]{2,40})[)）]")
#: a table's columns by their header
_YEARS_COLUMN = re.compile(r"年限|年资|工龄|工作年|经验")
_PAY_COLUMN = re.compile(r"薪|工资|收入|待遇")
_NEEDS_COLUMN = re.compile(r"职责|工作内容|技能|能力|要求")
#: a header naming a column of what each post does, in other words than 职责 / 工作内容 ("主要工作", "岗位描述",
#: "日常任务", "负责事项", "做什么"; not "工作地点", "工作时间")
_DUTY_COLUMN = re.compile(r"主要工作|日常工作|具体工作|工作(?:描述|任务|事项)|职能|描述|任务|负责|做什么|干什么|干啥")
_RANK_TABLE = re.compile(r"职级|级别|等级|层级|职等")
_RANK_TEXT = re.compile(r"职级|级别|晋升")
_TABLE_RULE = re.compile(r"^[\s|:：\-—–]+$")
#: what may stand between two rows of one table: a line break, or a rule line ("---|---|")
_TABLE_GAP = re.compile(r"\n(?:[ \t|:：\-—–]*\n)?")
_DUTY_SECTION = re.compile(
    r"职责|工作内容|职位描述|岗位描述|工作描述|工作任务|工作范围"
    r"|(?:主要|日常|具体)工作(?![\u4e00-\u9fff])"  # "一、主要工作" (not "主要工作经历")
)
_NEEDS_SECTION = re.compile(r"要求|资格|任职|条件|能力|胜任|素质|技能")
#: headings of an ad that speaks to the reader: what "you" will do ("【你将负责】", "你要做什么") and what "you" should
#: have ("【我们希望你】", "你需要具备", "加分项")
_YOU_DUTIES = re.compile(
    r"你(?:将要?|要|需要|会)(?:做|负责|干)|你的(?:工作|职责|日常)|(?:我们)?需要你(?:来)?(?:做|负责)"
)
_YOU_NEEDS = re.compile(
    r"(?:希望|期待|期望)(?:你|您)|(?:你|您)(?:需要|要|应该?|最好)(?:具备|具有|拥有|有|会|懂)?|需要你|加分项|理想的你|适合你"
)
#: words of another topic of the ad, which such a heading may also hold: no duties nor needs ("你需要知道的晋升路径",
#: "你要了解的福利")
_NOT_YOU_SECTION = re.compile(_TOPIC_LABEL.pattern + r"|知道|了解|注意|准备|材料|面试|流程")
#: a section's name alone on a line ("职责", "任职要求", "胜任要素")
_SECTION_NAME = re.compile(
    # ("职业能力要求": the vocational abilities a post asks, as a textbook's headings name them)
    r"(?:岗位|工作|职位|主要|核心|基本|日常|具体|职业)?(?:职责|职能|工作内容|任职要求|任职资格|任职条件|岗位要求|职位要求|工作要求"
    r"|胜任要素|胜任力|能力要求|素质要求|技能要求)|(?:岗位|工作|职位|职责)描述|(?:岗位|职位|应聘)(?:资格|条件)"
    # "主要工作", "工作任务": what the post does, named so
    r"|(?:主要|日常|具体)工作|工作任务|工作范围"
)
#: a bracketed section's name with its items run on after it on the same line: "【职责】接待客人；..." (group body: the
#: items)
_RUN_IN_SECTION = re.compile(r"\s*【\s*(?:" + _SECTION_NAME.pattern + r")\s*】\s*[:：]?\s*(?P<body>\S)")
_PROCESS_SECTION = re.compile(r"流程|步骤")
#: the rank of common heads (longest first: "总经理" is not "经理")
_HEAD_RANK = {"总经理": 6, "实习生": 0, "总裁": 6, "总监": 5, "经理": 4, "店长": 4, "主管": 3, "组长": 3, "专员": 2}
_HEAD_RANK["助理"] = 1
#: a list said to run from the top
_TOP_DOWN = re.compile(r"由高到低|从高到低|自上而下")
_RANK_ORDER = {"实习": 0, "见习": 0, "初级": 1, "助理": 1, "中级": 2, "高级": 3, "资深": 4, "首席": 5}


class _Doc:
    """One document's Chinese lines being read: the facts so far and what later lines refer to."""

    def __init__(self, text: str, lines: list[tuple[int, int]], disabled: frozenset[str]) -> None:
        self.text = text
        self.lines = lines
        self.disabled = disabled
        self.facts = ChineseFacts()
        #: moves and mentions naming a head alone, resolved once every full title is known
        self.bare_moves: list[tuple[_Title, _Title, tuple[float, float] | None, bool, int, int, str]] = []
        #: a head alone after a slash, by its start, and the title before the slash ("仓库组长/主管": 仓库组长)
        self.slashed: dict[int, str] = {}
        #: names the page quotes as posts ("“仓库开单”和“仓管”两个职位"), found at the first line that asks
        self.quoted_posts: frozenset[str] | None = None
        self.bare_roles: list[_Title] = []
        #: figures and needs no title governs: the page's role's, once it is known
        self.orphans: list[tuple[str, tuple]] = []
        self.subject: str | None = None
        #: where a label named the page's role ("招聘岗位：X") and the role it named, in the order of the text
        self.labelled: list[tuple[int, str]] = []
        #: the open section: its kind, its role (None: the page's) and whether a sub-heading names an area
        self.section: tuple[str, str | None] | None = None
        #: whether a cue's "以下..." opened that section: it lasts while the lines are list items (zh.announced)
        self.announced = False
        #: the kind of marker of an announced list's first item ("•", "1."): an item marked another way ends the list
        self.announced_mark: str | None = None
        #: the kind of marker and the end of the line read last, when a post labelled it as a list's item
        self.label_item: tuple[str, int] | None = None
        self.stages: list[tuple[str, tuple[float, float] | None]] = []
        #: the title of the stage line read last: the lines under it, to a heading or blank line, are its
        self.stage_role: str | None = None
        #: the post a numbered heading names ("二、商品经理"), whose sections follow it
        self.post: str | None = None
        self.last_end = 0  # where the line read last ends
        self.paragraph = 0  # where the paragraph read now starts
        #: lines that are a title and nothing else ("初级直播运营" over its duties), in order: (name, start, end)
        self.title_lines: list[tuple[str, int, int]] = []
        #: the starts of those of them that label their line ("初级客服：负责售前咨询")
        self.label_titles: set[int] = set()
        #: the spans of the line read now that its cues' clauses cover (zh.cue-rest reads the rest of a section's line)
        self.cue_spans: list[tuple[int, int]] = []

    def open_role(self) -> str | None:
        """The role the line read now is about when it names none: its stage's, else its section's."""
        return self.stage_role or (self.section[1] if self.section else None)

    def on(self, rule: str) -> bool:
        return rule not in self.disabled

    def name(self, t: _Title | tuple[int, int, bool]) -> str:
        return self.text[t[0] : t[1]]

    def owner(self, t: tuple[int, int, bool]) -> str:
        """The name of the role a title stands for; a head alone stands for a title known only at the end."""
        return f"\0{t[0]}:{t[1]}" if t[2] else self.name(t)

    def role(self, t: tuple[int, int, bool], rule: str = "zh.titles") -> str:
        name = self.name(t)
        self.facts.roles.append(RoleMention(name, t[0], t[1], rule))
        return name


#: traditional characters of job pages and their simplified forms (one for one, so offsets are kept): a page in
#: traditional characters ("天貓客服主管") is read with the simplified word lists, its names kept as written
_TRADITIONAL = (
    "員後貓務營運銷經設計師專導總監組長線話電業貨倉庫購採銀櫃場會帳數據術網絡質檢驗產單職責負顧應處們與對關動時個種發現際實體態區門標準訊議調習練級資歷優勢週還這評價訂換問題報統協溝團隊"
    "領執額績獎勵規則變詳頁圖類幫進開認識選擇書寫記錄視頻廣傳聯戶買賣積極熱愛細輸達較強壓範圍勝兩萬歲隨況並遞彙讀證邊億給帶說為決辦獲歡樂觀嚴謹獨維護檔閱遠鐘歸納覺製戰貢獻構審稅財錢費貸"
    "紀遊戲頭腦機燈寶貼鋪號館漲縣廳筆錯誤談語譯學階層陞晉稱銜薦簡補險鬆輕續簽約條崗麼麽嗎隻點講試嘗漸擔當滿離轉將從來結纔節碼濟項幣備壞貫徹屬雙東齊陸灣凱爾雜權擁損殺傷裝飾軟尋亞馬遜讓寬"
    "廠裡鑑靈匯劃環紅頂"
    "於內産瞭間輯確徑礎綫邏詢響競異訴該順斷爭輔奬夠過編參鍵無適儲僅載舉終纍測樣卻潛闆譜見減預緒國饋豐籌創請擊車鑽贊論雖義趨奮"
    "難飯蛻紮撫憤靜亂傢眾顯濃穩諾鑒風輪攝織瀏覽釋檻剛許訓傾聽蓋娛違狀誠聰夢綜側觸鏈絕潤塊樞紐盤臺躍醫復驅"
)
_SIMPLIFIED = (
    "员后猫务营运销经设计师专导总监组长线话电业货仓库购采银柜场会账数据术网络质检验产单职责负顾应处们与对关动时个种发现际实体态区门标准讯议调习练级资历优势周还这评价订换问题报统协沟团队"
    "领执额绩奖励规则变详页图类帮进开认识选择书写记录视频广传联户买卖积极热爱细输达较强压范围胜两万岁随况并递汇读证边亿给带说为决办获欢乐观严谨独维护档阅远钟归纳觉制战贡献构审税财钱费贷"
    "纪游戏头脑机灯宝贴铺号馆涨县厅笔错误谈语译学阶层升晋称衔荐简补险松轻续签约条岗么么吗只点讲试尝渐担当满离转将从来结才节码济项币备坏贯彻属双东齐陆湾凯尔杂权拥损杀伤装饰软寻亚马逊让宽"
    "厂里鉴灵汇划环红顶"
    "于内产了间辑确径础线逻询响竞异诉该顺断争辅奖够过编参键无适储仅载举终累测样却潜板谱见减预绪国馈丰筹创请击车钻赞论虽义趋奋"
    "难饭蜕扎抚愤静乱家众显浓稳诺鉴风轮摄织浏览释槛刚许训倾听盖娱违状诚聪梦综侧触链绝润块枢纽盘台跃医复驱"
)
_TO_SIMPLIFIED = str.maketrans(_TRADITIONAL, _SIMPLIFIED)
#: any traditional character of the table (a page with none is not translated: that took 1% of extraction)
_TRADITIONAL_CHARS = re.compile(f"[{_TRADITIONAL}]")


def read_chinese(text: str, lines: Iterable[tuple[int, int]], disabled: Iterable[str] = ()) -> ChineseFacts:
    """Read the facts of the Chinese lines ``lines`` (spans of ``text``, in order), skipping rules in ``disabled``.

    A page in traditional characters is read as its simplified form; the names of its facts are then written back as
    the page writes them.

    >>> [m.name for m in read_chinese("天貓客服主管負責客服人員管理", [(0, 14)]).roles][:1]
    ['天貓客服主管']
    """
    simple = text.translate(_TO_SIMPLIFIED) if _TRADITIONAL_CHARS.search(text) else text
    if simple != text:
        return _as_written(read_chinese(simple, lines, disabled), simple, text)
    d = _Doc(text, list(lines), frozenset(disabled))
    if not d.on("zh.titles"):
        return d.facts
    block: list[tuple[int, int]] = []  # the rows of the table being read
    for lo, hi in d.lines:
        bars = text.count("|", lo, hi)
        next_row = bool(block) and bars >= 1 and _TABLE_GAP.fullmatch(text, block[-1][1], lo) is not None
        if next_row or (bars >= 2 and not block):
            block.append((lo, hi))
            continue
        if block:
            _table(d, block)
            block = []
        if bars >= 2:
            block.append((lo, hi))
            continue
        if "】" in text[lo : min(hi, lo + 16)] and (run_in := _RUN_IN_SECTION.match(text, lo, hi)) is not None:
            # "【职责】接待客人；办理入住手续": a bracketed section's name, its items run on after it on the same line,
            # is the section's heading, then its first line of items
            _line(d, lo, run_in.start("body"))
            _line(d, run_in.start("body"), hi)
            continue
        _line(d, lo, hi)
    if block:
        _table(d, block)
    if d.on("zh.grades") and (_RANK_LIST.search(text) or (d.on("zh.rank-labels") and _LADDER_CUE.search(text))):
        _title_line_ladder(d)
    if d.on("zh.tiers") and _TIER_GATE.search(text) and _RISE_WORDS.search(text):
        _tier_ladder(d)
    if d.on("zh.level-codes"):
        _level_code_ladder(d)
    _resolve(d)
    if d.on("zh.stages"):
        _stage_years_onto_moves(d)
    _activities_no_posts(d.facts)
    if d.on("zh.field-of-posts"):
        _field_of_posts(d.facts)
    return d.facts


def _stage_years_onto_moves(d: _Doc) -> None:
    """A stage's years ("第一阶段：前台接待(0-2年)") are the time its post is held before the next: a move out of that
    post that another line states with no years of its own ("前台接待→前台主管→前厅经理") takes them.

    >>> text = "成长路径：前台接待→前台主管\\n第一阶段：前台接待(0-2年)—— 打基础"
    >>> [(m.source, m.years) for m in read_chinese(text, [(0, 14), (15, len(text))]).moves]
    [('前台接待', (0.0, 2.0))]
    """
    held = {title: years for title, years in d.stages if title and years is not None}
    for lo, hi in d.lines:
        found = _STAGE_HELD.match(d.text, lo, hi)
        years = _years(found["years"]) if found is not None else None
        if found is not None and years is not None:
            held.setdefault(found["title"], years)
    if held:
        d.facts.moves = [
            m._replace(years=held[m.source]) if m.years is None and m.source in held and m.rule == "zh.moves" else m
            for m in d.facts.moves
        ]


#: a line labelled with a level's code: "N2：护师，...", "P3：运营主管"
_LEVEL_CODE = re.compile(
    r"[ \t]*(?P<series>[A-Z]{1,2})[ \t]*(?P<level>\d{1,2})[ \t]*"
    # (or a space, then the title labelling the line: "P5 前厅经理：...")
    r"(?:[:：]|(?<=[ \t])(?=[\u4e00-\u9fff][^:：，,。\n]{1,11}[:：]))[ \t]*"
)


#: a level named in Chinese labelling a line: "一级：", "第二级：", "3级："
_ZH_LEVEL = re.compile(r"[ \t]*第?(?P<level>[一二三四五六七八九十]{1,2}|\d{1,2})[ \t]*级[ \t]*[:：][ \t]*")


def _level_of(text: str, lo: int, hi: int) -> tuple[str, int, int] | None:
    """The series, level and end of the level's code labelling the line ("P4：", "P5 前厅经理：", "二级："), if any."""
    code = _LEVEL_CODE.match(text, lo, hi)
    if code is not None:
        return code["series"], int(code["level"]), code.end()
    level = _ZH_LEVEL.match(text, lo, hi)
    if level is None:
        return None
    word = level["level"]
    return "级", int(word) if word.isdigit() else int(_number(word)), level.end()


def _level_code_ladder(d: _Doc) -> None:
    """Three or more lines in a row labelled with the codes of one series of levels, rising by one ("N0：", "N1：",
    "N2：" ...), each naming a post in its first clause: the posts are the rungs of a ladder (a line naming the post
    of the line before is the same rung).

    >>> text = "技师等级\\nT1：学徒，跟师傅学\\nT2：维修工，独立检修\\nT3：维修主管，带班"
    >>> lines = [(m.start(), m.end()) for m in re.finditer(r"[^\\n]+", text)]
    >>> [(m.source, m.target) for m in read_chinese(text, lines).moves]
    [('学徒', '维修工'), ('维修工', '维修主管')]
    """
    text = d.text
    run: list[tuple[str, int, int, int]] = []  # (series, level, start of the line, end)

    def close() -> None:
        if len(run) < 3:
            return
        rungs: list[tuple[str, int, int]] = []
        duties: list[Need] = []
        for _, _, lo, hi in run:
            code = _level_of(text, lo, hi)
            assert code is not None
            first = _CLAUSE_MARK.search(text, code[2], hi)
            found = titles_in(text, code[2], first.start() if first else hi)
            if not found:
                return  # (a level naming no post: no ladder of posts)
            name = d.name(found[0])
            if not rungs or rungs[-1][0] != name:
                rungs.append((name, found[0][0], found[0][1]))
            if first is not None and text[code[2] : first.start()].strip(" \t*") == name and d.on("zh.level-duties"):
                # "一级：普工。按作业指导书完成装配工序": the clauses after the level's post, to the line's end, are its
                # duties (unless they tell what it takes to rise or what it pays)
                for clause in re.split(r"[。；;，,]", text[first.end() : hi]):
                    if _MOVE_VERB.search(clause) or _years(clause) or next(_pay_figures(clause, 0, len(clause)), None):
                        continue
                    duties += [Need(name, skill, 3, lo, hi, "zh.level-duties") for skill in _skill_names(clause)]
        d.facts.needs += duties
        d.facts.roles += [RoleMention(name, a, b, "zh.level-codes") for name, a, b in rungs]
        for (a, a_start, _), (b, _, b_end) in itertools.pairwise(rungs):
            d.facts.moves.append(Move(a, b, None, False, a_start, b_end, "zh.level-codes"))

    for lo, hi in d.lines:
        level = _level_of(text, lo, hi)
        if level and run and run[-1][0] == level[0] and level[1] == run[-1][1] + 1:
            run.append((level[0], level[1], lo, hi))
            continue
        close()
        run = [(level[0], level[1], lo, hi)] if level else []
    close()


def _activities_no_posts(facts: ChineseFacts) -> None:
    """A field and a word of activity read as a duty ("活动策划" among "活动策划、数据分析") names no post where the
    page says nothing else of it as one (no duty, move or pay of its own)."""
    skills = {n.skill for n in facts.needs}
    posts = {n.role for n in facts.needs} | {p.role for p in facts.pay}
    posts |= {m.source for m in facts.moves} | {m.target for m in facts.moves}
    facts.roles = [m for m in facts.roles if m.name in posts or m.name not in skills or not _activity_title(m.name)]


def _field_of_posts(facts: ChineseFacts) -> None:
    """A field and a word of activity ("电商运营") on a page that names posts of it by rank ("电商运营专员", "电商运营
    主管") is the line of work those posts are in, no post of its own, where the page says nothing else of it as one
    (no duty, move or pay of its own)."""
    names = {m.name for m in facts.roles}
    posts = {n.role for n in facts.needs} | {p.role for p in facts.pay}
    posts |= {m.source for m in facts.moves} | {m.target for m in facts.moves}
    fields = {
        name
        for name in names
        if name not in posts
        and _activity_title(name)
        and any(other.startswith(name) and other[len(name) :] in _FIELD_HEADS for other in names)
    }
    facts.roles = [m for m in facts.roles if m.name not in fields]


def _title_line_ladder(d: _Doc) -> None:
    """Lines that are a title alone, one after another on a page about a career path, whose titles share a stem and
    rise by rank word ("初级直播运营" ... "中级直播运营" ..., each over its duties): the rungs of a ladder.

    >>> text = "直播运营发展路径\\n初级直播运营\\n- 协助\\n中级直播运营\\n- 策划\\n高级直播运营\\n- 管理"
    >>> lines = [(m.start(), m.end()) for m in re.finditer(r"[^\\n]+", text)]
    >>> [(m.source, m.target) for m in read_chinese(text, lines).moves]
    [('初级直播运营', '中级直播运营'), ('中级直播运营', '高级直播运营')]
    """
    run: list[tuple[str, int, int]] = []
    for line in [*d.title_lines, ("", -1, -1)]:
        name = line[0]
        stem = _without_rank(name)
        if run and name and stem == _without_rank(run[-1][0]) and stem != name:
            run.append(line)
            continue
        base = _without_rank(run[0][0]) if run else ""
        if (
            len(run) >= 2
            and d.on("zh.rank-heads")
            and stem == name
            and name.startswith(base)
            and name[len(base) :] in _HEAD_RANK
            and (_standing(name) or 0) > (_standing(run[-1][0]) or 0)
        ):
            # "初级客服" ... "高级客服" ... "客服主管": the stem's post with a head of higher rank goes on up the ladder
            run.append(line)
            continue
        names = [x[0] for x in run]
        if len(run) >= 2 and len(set(names)) == len(names) and _strictly_ranked(names) and not _descending(names):
            rule = "zh.rank-labels" if any(x[1] in d.label_titles for x in run) else "zh.grades"
            for (a, a_start, _), (b, _, b_end) in itertools.pairwise(run):
                d.facts.moves.append(Move(a, b, None, False, a_start, b_end, rule))
        run = [line] if name and _without_rank(name) != name else []


#: a heading naming a tier of posts, alone on its line: "初级职位", "中层管理岗位", "高级阶段"
_TIER_LINE = re.compile(
    r"(?P<tier>初级|入门级?|基层|中级|中层|高级|高层|资深|顶层)(?:管理|运营|技术)?(?:职位|岗位|职级|层级|阶段|人员)"
)
#: such a heading anywhere on a page (the gate of zh.tiers)
_TIER_GATE = re.compile(r"^[ \t]*" + _TIER_LINE.pattern + r"[ \t]*(?:$|[:：])", re.M)
#: what may stand between the titles a tier's line lists after its colon ("初级职位:前台接待员、客房服务员")
_TIER_LIST_GAP = re.compile(r"[\s、，,/和及与。.；;]*")
_TIER_RANK = {"初级": 1, "入门": 1, "入门级": 1, "基层": 1, "中级": 2, "中层": 2, "高级": 3, "资深": 3, "高层": 4}
_TIER_RANK["顶层"] = 4
#: a page that speaks of rising through posts
_RISE_WORDS = re.compile(r"晋升|升职|路径|发展路线|职业发展|职级")
#: a rung's label before its colon: one post, or two a slash parts ("运营主管/店长:", "运营VP/COO:")
_RUNG_LABEL = re.compile(r"(?P<label>[^:：\n。，,]{1,16}?)[ \t]*[:：]")
#: an executive's title in Latin letters, with a field before it ("运营VP") or alone ("COO")
_LATIN_EXECUTIVE = re.compile(r"[\u4e00-\u9fff]{0,4}(?:VP|CEO|COO|CFO|CTO|CMO|CIO|CXO)")
#: heads stripped from a title to leave its line of work ("运营主管": 运营), longest first
_LINE_HEADS = sorted([*_HEADS, "VP", "CEO", "COO", "CFO", "CTO", "CMO", "CIO", "CXO"], key=len, reverse=True)


def _line_of_work(name: str) -> str:
    """The line of work a title names, without its rank word and head: "前台主管" 前台; a head of activity alone is
    its own ("中级运营": 运营); any other head alone names none ("店长", "总经理", "COO": "").

    >>> [_line_of_work(n) for n in ("中级运营", "运营主管", "初级客服", "售前专员", "店长", "运营VP", "COO")]
    ['运营', '运营', '客服', '售前', '', '运营', '']
    >>> _line_of_work("前台接待员")
    '前台'
    """
    name = name[len(next((w for w in _RANK_ORDER if name.startswith(w)), "")) :]
    head = next((h for h in _LINE_HEADS if name.endswith(h)), "")
    rest = name[: len(name) - len(head)]
    return rest or (head if head in _ACTIVITY_HEADS else "")


def _lines_of(posts: list[tuple[str, int, int]]) -> set[str]:
    """The lines of work of a rung's posts."""
    return {_line_of_work(name) for name, _, _ in posts}


def _rung_posts(d: _Doc, lo: int, hi: int) -> list[tuple[str, int, int]] | None:
    """The posts a line opening with a label and a colon names: each part of the label (a slash between two) that is
    a title, or an executive's title in Latin letters; None when any part is neither (a label of something else)."""
    at = hi - len(_MARKER.sub("", d.text[lo:hi], count=1))
    label = _RUNG_LABEL.match(d.text, at, hi)
    if label is None:
        return None
    out: list[tuple[str, int, int]] = []
    start = label.start("label")
    for part in re.split(r"[/／]", label["label"]):
        a, b = start, start + len(part)
        start = b + 1
        a += len(part) - len(part.lstrip())
        b -= len(part) - len(part.rstrip())
        found = titles_in(d.text, a, b)
        if (len(found) == 1 and found[0][:2] == (a, b)) or _LATIN_EXECUTIVE.fullmatch(d.text, a, b):
            out.append((d.text[a:b], a, b))
        else:
            return None
    return out


def _tier_listed(d: _Doc, lo: int, hi: int) -> tuple[re.Match[str], list[tuple[str, int, int]]] | None:
    """A tier's line that lists its posts after a colon ("初级职位:前台接待员、客房服务员"): the tier's match and the
    posts, each a title; None for any other line (one that describes the tier after its colon lists none)."""
    at = hi - len(_MARKER.sub("", d.text[lo:hi], count=1))
    found = _TIER_LINE.match(d.text, at, hi)
    if found is None or d.text[found.end() : found.end() + 1] not in {":", "："}:
        return None
    posts = [(d.text[a:b], a, b) for a, b, _ in titles_in(d.text, found.end() + 1, hi)]
    k = found.end() + 1
    for _, a, b in posts:
        if _TIER_LIST_GAP.fullmatch(d.text, k, a) is None:
            return None
        k = b
    return (found, posts) if posts and _TIER_LIST_GAP.fullmatch(d.text, k, hi) else None


def _tier_ladder(d: _Doc) -> None:
    """Posts listed one a line ("运营专员:负责...") under headings of rising tiers ("初级职位", "中级职位", "高级职位")
    on a page about rising through posts: each rung moves on to the next rung of its line of work.

    A rung is a line's posts (a slash between two: both at that rung). A rung whose line of work a rung before it
    shares moves from the nearest such rung; one of a new line of work moves from the rungs of the tier below that
    no rung of its own tier continues ("初级客服" before "售前专员" when the middle tier's other posts continue
    "运营助理"); a rung naming no line of work ("总经理") moves from the rung right before it. Tiers that do not rise
    end the list, as does a heading or a label that names no post.

    >>> text = "晋升路径\\n初级职位\\n运营助理:上架\\n初级客服:咨询\\n中级职位\\n运营专员:策划\\n售后专员:退换货"
    >>> text += "\\n高级职位\\n运营主管/店长:管理"
    >>> lines = [(m.start(), m.end()) for m in re.finditer(r"[^\\n]+", text)]
    >>> [(m.source, m.target) for m in read_chinese(text, lines).moves]
    [('运营助理', '运营专员'), ('初级客服', '售后专员'), ('运营专员', '运营主管'), ('运营专员', '店长')]
    """
    blocks: list[list[tuple[int, list[tuple[str, int, int]]]]] = []  # (tier, posts) of each rung, per list
    block: list[tuple[int, list[tuple[str, int, int]]]] = []
    tier = 0
    for lo, hi in d.lines:
        content = _MARKER.sub("", d.text[lo:hi], count=1).strip()
        heading = _TIER_LINE.fullmatch(content)
        listed = _tier_listed(d, lo, hi) if heading is None else None
        if listed is not None:
            heading = listed[0]
        if heading is not None:
            rank = _TIER_RANK[heading["tier"]]
            if rank <= tier:
                blocks.append(block)
                block = []
            tier = rank
            # ("初级职位:前台接待员、客房服务员": the titles after the colon, each a rung of the tier)
            block += [(tier, [post]) for post in (listed[1] if listed else [])]
            continue
        if not tier:
            continue
        posts = _rung_posts(d, lo, hi)
        if posts:
            block.append((tier, posts))
        elif posts is not None or len(content) <= 12:  # (a label or a heading of something else: the list ends)
            blocks.append(block)
            block, tier = [], 0
    blocks.append(block)
    for rungs in blocks:
        if len({t for t, _ in rungs}) < 2:
            continue
        for n, (t, posts) in enumerate(rungs):
            lines = _lines_of(posts) - {""}
            before = [m for m in range(n) if lines & _lines_of(rungs[m][1])]
            if not lines:
                sources = [n - 1] if n else []
            elif before:
                sources = [before[-1]]
            else:
                below = max((x for x, _ in rungs[:n] if x < t), default=None)
                ours = {w for x, ps in rungs if x == t for w in _lines_of(ps)}
                sources = [m for m in range(n) if rungs[m][0] == below and not _lines_of(rungs[m][1]) & ours]
            for m in sources:
                for a, a_start, _ in rungs[m][1]:
                    for b, _, b_end in posts:
                        d.facts.moves.append(Move(a, b, None, False, a_start, b_end, "zh.tiers"))
            d.facts.roles += [RoleMention(*post, "zh.tiers") for post in posts]


def _without_rank(name: str) -> str:
    """A title without its rank word: "初级直播运营" -> "直播运营"."""
    word = next((w for w in _RANK_ORDER if name.startswith(w)), "")
    return name[len(word) :]


def _as_written(facts: ChineseFacts, simple: str, text: str) -> ChineseFacts:
    """The facts read from ``simple`` (``text`` in simplified characters) with their names as ``text`` writes them."""

    def back(name: str) -> str:
        at = simple.find(name)
        return text[at : at + len(name)] if at >= 0 else name

    facts.roles = [m._replace(name=back(m.name)) for m in facts.roles]
    facts.moves = [m._replace(source=back(m.source), target=back(m.target)) for m in facts.moves]
    facts.needs = [n._replace(role=back(n.role), skill=back(n.skill)) for n in facts.needs]
    facts.pay = [p._replace(role=back(p.role)) for p in facts.pay]
    return facts


#: what stands between a post and another that glosses it: "是门店的", "就是店里的" (no mark of a clause between)
_COPULA_GLOSS = re.compile(r"[ \t]*(?:就|也|则|便|正)?是[^，,。；;：:、！!？?\n]{0,12}?的?[ \t]*")
#: ... the gloss closing its clause (not "店长是店员的上级": whose superior it is)
_COPULA_GLOSS_END = re.compile(r"[ \t]*(?:之一)?[ \t]*(?:[，,。；;！!？?]|$)")


def _label_sibling(d: _Doc, lo: int, at: int) -> bool:
    """Whether the line at ``lo`` is an item marked as the item just above it (no line or one blank line between),
    which a post labelled (zh.sibling-labels)."""
    assert d.label_item is not None
    mark, end = d.label_item
    gap = d.text[end:lo]
    return at > lo and not gap.strip() and gap.count("\n") <= 2 and _mark_kind(d.text[lo:at]) == mark


def _mark_kind(marker: str) -> str:
    """The kind of a list's marker: "1" for a number ("1.", "(2)", "3、"), "一" for one in words, else the marker's
    sign itself ("•", "-")."""
    if re.search(r"\d|[①-⑳]", marker):
        return "1"
    if re.search(r"[一二三四五六七八九十]", marker):
        return "一"
    return marker.strip(" \t(（")[:1]


def _line(d: _Doc, lo: int, hi: int) -> None:
    text = d.text
    titles = titles_in(text, lo, hi)
    quoted = _quoted_label(d, lo, hi, titles) if d.on("zh.defined-posts") else None
    if quoted is not None:
        titles = sorted([*titles, quoted])  # "仓库开单：..." on a page comparing "“仓库开单”和“仓管”两个职位"
    full = [t for t in titles if not t[2]]
    content = _MARKER.sub("", text[lo:hi], count=1)
    at = hi - len(content)
    if d.on("zh.glossed-headings") and (named := _glossed_name(d, at, hi, titles)) is not None:
        titles, full = sorted([*titles, named]), sorted([*full, named])  # ("美术指导(Art Director)" over "职责")
    # a head alone that names no activity ("店长", "车队长"; not "运营") is a post: the document's title with that head
    # (and one labelling an item of a list of posts' labels: "• 主播:..." then "• 运营:负责...", zh.sibling-labels)
    if d.label_item is not None and _label_sibling(d, lo, at):
        # (as written: the post of the list, not a longer title of the page that ends with it, "店铺运营")
        titles = [
            (t[0], t[1], False) if t[0] == at and _activity(d, t) and _LABEL_COLON.match(text, t[1], hi) else t
            for t in titles
        ]
        full = [t for t in titles if not t[2]]
    posts = [t for t in titles if not _activity(d, t)]
    if len(posts) >= 2 and d.on("zh.copula-post"):
        # "花店店长是门店的负责人。其职责...": the post after 是 says what the subject is, no post of its own
        glosses = {
            t
            for s, t in itertools.pairwise(posts)
            if not s[2] and _COPULA_GLOSS.fullmatch(text, s[1], t[0]) and _COPULA_GLOSS_END.match(text, t[1], hi)
        }
        if glosses:
            posts = [t for t in posts if t not in glosses]
            titles = [t for t in titles if t not in glosses]
            full = [t for t in full if t not in glosses]
    if d.subject is None and posts:  # the page's role: the first post it names (a head alone resolved at the end)
        d.subject = d.owner(posts[0])
    if d.on("zh.sibling-labels"):
        lead = next((t for t in posts if t[0] == at), None) if at > lo else None
        labels = lead is not None and _LABEL_COLON.match(text, lead[1], hi) is not None
        d.label_item = (_mark_kind(text[lo:at]), hi) if labels else None
    # a heading: "一、岗位职责", "【任职要求】", "## X", or a short unmarked line ending in a colon ("任职要求:")
    short = len(content) <= 16 and content.rstrip().endswith((":", "：")) and at == lo
    # (a section's name alone on its line: "职责", "胜任要素")
    bare = at == lo and len(content.strip()) <= 8 and _SECTION_NAME.fullmatch(content.strip()) is not None
    lead = next((t for t in posts if t[0] == at), None)  # (a head alone too: "客服岗位职责")
    if lead is None and d.on("zh.post-headings"):
        # "4.策划的岗位职责": a word that may name the work (策划, 运营) names the post whose 岗位 the heading's
        # section is
        lead = next((t for t in titles if t[0] == at and text.startswith(("的岗位", "岗位"), t[1])), None)
    if not bare and lead is not None:  # "物流专员岗位职责": a post's section, named so
        rest = text[lead[1] : hi].strip(" \t:：*#").removeprefix("的")
        bare = all(_SECTION_NAME.fullmatch(part) for part in re.split(r"及|和|与|、", rest))
        full = full if not bare or full else [lead]
    heading = short or bare or bool(_SECTION.match(text, lo, hi)) or _post_heading(d, lo, hi, posts)
    if (
        d.on("zh.area-duties")
        and not heading
        and at > lo
        and d.section is not None
        and d.section[0] == "duties"
        and len(full) == 1
        and _activity_title(d.name(full[0]))
        and _AREA.fullmatch(content.strip(" \t:：。*#").removesuffix(d.name(full[0])))
    ):
        # "1. 商品详情页设计", "4. LOGO与品牌视觉设计" under "一、淘宝美工的主要工作内容": a numbered area of the work,
        # named by a field and a word of activity (and what is joined before it), is a duty of the section's role,
        # no post
        name, role = content.strip(" \t:：。*#"), d.section[1]
        if role is None:
            d.orphans.append(("need", (name, 3, lo, hi)))
        else:
            d.facts.needs.append(Need(role, name, 3, lo, hi, "zh.area-duties"))
        d.last_end = hi
        return
    if heading and d.section is not None and _NUMERAL_ITEM.match(text, lo, hi):
        heading = False  # "一、按标准清扫客房；" under "工作职责：": an item numbered in words, no heading
    group = _GROUP_LEAD.match(content) if d.section is not None and d.on("zh.group-leads") else None
    if heading and group is not None and content[group.end() :].strip():
        heading = False  # "一、知识技能：熟悉..." under "岗位要求：": a group of the section's items, no heading
    if text.count("\n", d.last_end, lo) >= 2:
        d.paragraph = lo
    if heading or d.paragraph == lo:
        d.stage_role = None
    d.last_end = hi
    if d.announced and at == lo:
        d.section, d.announced = None, False  # an announced list ends at the first line that is no item
    elif d.announced and d.on("zh.announced-items"):
        # ... or at an item marked another way: "• 口才:..." "• 互动能力:..." then "2. 直播平台", the article's next
        # numbered part
        mark = _mark_kind(text[lo:at])
        if d.announced_mark is None:
            d.announced_mark = mark
        elif mark != d.announced_mark:
            d.section, d.announced = None, False
    if not d.announced:
        d.announced_mark = None
    if heading:
        d.announced = False
        _open_section(d, lo, hi, full, posts)
    if at == lo and len(full) == 1 and d.name(full[0]) == content.strip(" \t:：*#"):
        d.title_lines.append((d.name(full[0]), full[0][0], full[0][1]))
        if d.on("zh.stages"):
            d.stage_role = d.name(full[0])  # ("初级直播运营" alone on its line: the items under it are its)
    elif d.on("zh.rank-labels") and full and full[0][0] == lo and _LABEL_COLON.match(text, full[0][1], hi):
        # "初级客服：负责售前咨询..." a title labelling its line (whose rank words, line after line, may rise)
        d.title_lines.append((d.name(full[0]), full[0][0], full[0][1]))
        d.label_titles.add(full[0][0])
    stage = _STAGE.match(text, lo, hi) or _ORDINAL_STAGE.match(text, lo, hi)
    if stage is not None and d.on("zh.stages") and _is_title(stage["title"]):
        _stage(d, lo, hi, stage)
        return
    if stage is not None and d.on("zh.stages"):  # a stage that is no post ("创业/孵化器"): the ladder stops
        d.stages.append(("", None))
        d.stage_role = None
    by_end = {t[1]: t for t in posts if not t[2]}
    for t in posts:
        if t[2]:
            joined = by_end.get(t[0] - 1)
            if (
                joined is not None
                and text[t[0] - 1] in _OR_JOINS
                and text[t[0] : t[1]] in _FIELD_HEADS
                and t[0] not in d.slashed
            ):
                d.slashed[t[0]] = d.name(joined)  # "销售主管或经理": the head after 或 takes the field before it
            d.bare_roles.append(_Title(*t))
        else:
            d.role(t, "zh.defined-posts" if t == quoted else "zh.titles")
    for a, b in [*_listed_posts(text, lo, hi), *_team_activity_posts(text, lo, hi, titles)]:
        d.facts.roles.append(RoleMention(text[a:b], a, b, "zh.titles"))
    if d.on("zh.defined-posts"):
        _defined_post(d, at, hi, titles)
    label = _JOB_LABEL.match(text, lo, hi)
    if label is not None and d.on("zh.subject"):  # "职位名称：电商运营专员": the page's role, said so
        _label_subject(d, label.end(), hi, posts)
    if d.on("zh.moves"):
        _moves(d, lo, hi, titles)
        _each_rung(d, lo, hi)
    if d.on("zh.spec-moves"):
        _spec_moves(d, lo, hi, titles)
    if d.on("zh.grades") and _RANK_LIST.search(text, lo, hi):
        _rank_list(d, lo, hi, posts)
    elif d.on("zh.grades") and len(posts) >= 3 and _DIVIDED.search(text, lo, hi):
        _rank_list(d, lo, hi, posts, ranked=True)  # "运营岗位分为：初级运营、中级运营、高级运营、运营经理"
    if d.on("zh.pay"):
        lone = _LONE_FIGURE.fullmatch(text, at, hi) if d.on("zh.lone-figure") else None
        if lone is not None and not any(_PAY_COLUMN.search(line) for line in (_first_line(d), _line_above(d, lo))):
            lone = None  # (a label and a figure on a page, or under a line, that speaks of no pay: a price)
        figures = [(*f, "zh.pay") for f in _pay_figures(text, lo, hi)]
        if d.on("zh.numeral-pay"):
            figures += [(*f, "zh.numeral-pay") for f in _zh_numeral_pay(text, lo, hi)]
        if lone is not None and not figures:
            figures = [(*f, "zh.lone-figure") for f in _pay_figures(text, lone.start("figure"), hi, forced=True)]
        if not figures and d.on("zh.titled-range"):
            figures = [(*f, "zh.titled-range") for f in _titled_range(d, at, hi, posts)]
        for low, high, period, a, _, rule in figures:
            owner = _owner_before(d, posts, a) or d.open_role()
            pay = ("zh.pay", low, high, period, lo, hi)
            if owner is None:  # (a list's figure naming no post: the page's role's only when it stands out)
                d.orphans.append(("pay-row" if rule == "zh.lone-figure" else "pay", pay))
            else:
                d.facts.pay.append(Pay(owner, low, high, period, lo, hi, rule))
    if d.on("zh.duties"):
        _tools(d, lo, hi, posts)
    if d.on("zh.inline-items") and not heading:
        _inline_items(d, lo, hi, posts)
    if d.section is not None and at == lo and _TOPIC_HEADING.match(content):
        d.section = None  # "薪资待遇", "工资：底薪6000+提成": the ad's pay, after its requirements, is none of them
    if d.on("zh.duties") and not heading:  # a heading names a section, it lists nothing
        if d.on("zh.defined-work") and "包" in text[lo:hi]:
            _defined_work(d, lo, hi, posts)
        if d.on("zh.need-clauses") and "需" in text[lo:hi]:
            _need_clauses(d, lo, hi, posts)
        if _cue_lists(d, lo, hi, posts):
            if d.section is not None and d.on("zh.cue-rest") and _LIST_ITEM.fullmatch(text, at, hi):
                _cue_rest(d, at, hi)
            return
        if d.on("zh.label-duties") and _label_duties(d, lo, hi, at, full, posts):
            return
        if d.on("zh.skill-labels") and at > lo and _skill_label(d, lo, hi, at, posts):
            return
        if d.section is not None:
            _section_item(d, lo, hi, at)
        elif d.on("zh.told-duties") and "要" in text[lo:hi]:
            _told_duties(d, lo, hi, posts)


#: a post glossed as the people who do some work, and that work's parts: "面点师是指从事面点制作工作的人员,包括发面、
#: 包馅等工作"
_DEFINED_WORK = re.compile(
    r"(?:^|(?<=[。！!？?；;\n]))[ \t]*(?P<post>[^，,。；;\s]{2,12}?)(?:是指|指的是|是)[^。；;！!？?]{2,40}?"
    r"(?:人员|岗位|职位|工作者)[，,][ \t]*(?:主要)?(?:包括|包含)(?P<items>[^。；;！!？?\n]+)"
)


def _defined_work(d: _Doc, lo: int, hi: int, posts: list[tuple[int, int, bool]]) -> None:
    """A sentence opening with a post glossed as the people who do some work, then what that work includes ("面点师
    是指从事面点制作工作的人员,包括发面、包馅等工作"): each thing included is a duty of the post.

    >>> text = "面点师是指从事面点制作工作的人员,包括发面、包馅等工作。"
    >>> [(n.role, n.skill) for n in read_chinese(text, [(0, len(text))]).needs]
    [('面点师', '发面'), ('面点师', '包馅')]
    """
    for found in _DEFINED_WORK.finditer(d.text, lo, hi):
        post = next((t for t in posts if t[0] == found.start("post") and t[1] == found.end("post")), None)
        if post is None:
            continue
        role = d.owner(post)
        for skill in _skill_names(found["items"]):
            d.facts.needs.append(Need(role, skill, 3, lo, hi, "zh.defined-work"))


#: a post (or 他们 / 她们 for the one before) and a word of need, then clauses of duties to the sentence's end:
#: "前台接待员需要与客人沟通,办理入住手续,处理投诉和纠纷,确保客人满意" (zh.need-clauses); not what is to be had,
#: known or minded (需要具备, 需要了解, 需要注意 ...: other cues read those)
_NEED_CLAUSES = re.compile(
    r"(?P<subject>[\u4e00-\u9fff]{2,12}?)(?:还|也|则|都|往往|通常|尤其|特别)?(?:需要|需)"
    r"(?!具备|具有|掌握|有|要|了解|熟悉|精通|注意|知道|明白|学习|考虑|时间|经验|能力)"
    r"(?P<body>[^。！!？?；;\n]{4,80})"
)
#: a clause after the first that says what the duties are for or how it should turn out, no duty: "确保客人满意"
#: (not 以及, "and", nor 使用, "use": "以及记录日志", "使用系统录入" go on with the duties; 使用户 is "to make users")
_NEED_PURPOSE = re.compile(r"\s*(?:并|并且|同时)?(?:确保|保证|以(?!及)|从而|使(?!用(?!户))|让|为了|达到|满足)")
#: a clause of the means the work is done by, no duty: "通过邮件和电话与客人联系"
_NEED_MEANS = re.compile(r"\s*(?:通过|利用|借助|依靠)")
#: the pronouns that stand for the post named before: "他们需要..."
_NEED_PRONOUNS = frozenset({"他们", "她们", "他", "她", "其"})
#: words ending in a pronoun's character that are none: "其他科室需要...", "尤其需要..."
_NEED_NOT_PRONOUNS = ("其他", "其它", "尤其", "极其", "及其")


def _need_clauses(d: _Doc, lo: int, hi: int, posts: list[tuple[int, int, bool]]) -> None:
    """Clauses of duties after a post and a word of need (需要, 需), each named as zh.duties names an item: duties of
    that post (zh.need-clauses). A clause of purpose or outcome (确保, 保证, 以 ...) ends the duties; a first clause of
    whom the work is done with ("与X沟通") names none; a pronoun (他们) stands for the post named before it, else the
    section's or the page's (not 其他 nor 尤其: "其他科室需要..." is no post's need)."""
    text = d.text
    for found in _NEED_CLAUSES.finditer(text, lo, hi):
        subject = found["subject"]
        start = found.start("subject")
        pronoun = not subject.endswith(_NEED_NOT_PRONOUNS) and any(subject.endswith(p) for p in _NEED_PRONOUNS)
        if pronoun:
            # (else, left to the end of the page, the page's post)
            role = _owner_before(d, posts, start) or d.open_role()
        else:
            post = next((t for t in posts if t[1] == found.end("subject") and t[0] >= start), None)
            if post is None:
                continue  # (a word of need after no post: "这些工作需要...", "客户需要...")
            role = d.owner(post)
        for k, clause in enumerate(re.split(r"[，,]", found["body"])):
            if _NEED_PURPOSE.match(clause) or _CUE.search(clause):
                break  # (what the duties are for, or a cue whose list another reader reads)
            if (k == 0 and clause.lstrip().startswith(("与", "和", "跟", "同"))) or _NEED_MEANS.match(clause):
                # "与客人沟通": whom the work is done with, "通过电话...": by what; no duty named (the namer names
                # "与客人沟通" as a duty in a list, "负责与客人互动、处理投诉": here, opening the need, it leads the
                # clauses after it, and read as a duty the development pages' references do not hold it)
                continue
            for skill in _skill_names(clause):
                if role is None:
                    d.orphans.append(("clause-need", (skill, 3, lo, hi)))
                else:
                    d.facts.needs.append(Need(role, skill, 3, lo, hi, "zh.need-clauses"))


#: a sentence of prose telling the reader what the work asks of them, opening with 要 (must):
#: "你要帮店长准备花材", "每天要整理库存", "还要记录销售数据", "首先要有耐心"; or with 最好 (had better) and
#: knowing or having: "但最好懂点花艺知识"; not 要求, 要想 (if one wants), 要是, 要么, 要看 (it depends), nor
#: what one must know or mind ("你要知道", "要注意")
_TOLD = re.compile(
    r"(?:^|(?<=[。！!？?；;\n]))[ \t]*(?P<subject>[\u4e00-\u9fff]{2,10}?)??(?:你们?|您)?"
    r"(?:每天|平时|日常|有时候?|经常)?(?:但|不过)?(?:还|也|首先|其次|再|另外|同时)?"
    r"(?:要(?![求想是么不点素紧看])(?!知道|明白|注意|记住|相信|清楚|了解)|最好(?=懂|会|有|具备|掌握|了解|熟悉))"
    r"(?P<body>[^。！!？?；;，,\n]{2,16})(?=[。！!？?；;]|$)"
)
#: "要有耐心", "最好懂点X": what one must have or know; "提前", "马上": when the duty is done, no part of it
_TOLD_HAVE = re.compile(r"^(?:有|具备|具有|懂得?|会|掌握|了解|熟悉)(?:一些|一点|点)?")
_TOLD_WHEN = re.compile(r"^(?:提前|马上|及时|认真|好好)")


def _told_duties(d: _Doc, lo: int, hi: int, posts: list[tuple[int, int, bool]]) -> None:
    """Sentences of prose that tell the reader what the work asks, each opening with 要 and ending with its clause:
    a duty of the post the sentence opens with ("花店店员每天要..."), else of the stage's or the section's role,
    else (left to the end of the page) of the page's ("每天要整理库存。还要记录销售数据。");
    "要有耐心", "要细心" are what the post needs.

    >>> text = "花店店员每天要整理库存。还要提前修剪枝叶。其次要细心。要想晋升,就要多学。"
    >>> facts = read_chinese(text, [(0, len(text))])
    >>> [(n.role, n.skill, n.importance) for n in facts.needs]
    [('花店店员', '整理库存', 3), ('花店店员', '修剪枝叶', 3), ('花店店员', '细心', 4)]
    """
    for told in _TOLD.finditer(d.text, lo, hi):
        body = told["body"].strip()
        have = _TOLD_HAVE.match(body)
        trait = have is not None or len(body) <= 3
        body = _TOLD_WHEN.sub("", body[have.end() :] if have else body)
        if len(body) < 2:
            continue
        importance = 4 if trait else 3
        # (the post the sentence opens with, "花店店员每天要...", else the section's or the page's: not one the
        # sentence before named, nor one the duty is done with, "你要帮店长...")
        if told["subject"] is None:
            role = d.open_role()
        else:
            post = next((t for t in posts if t[0] == told.start("subject") and t[1] == told.end("subject")), None)
            if post is None:
                continue  # "今天聊聊这个岗位要干啥": a sentence about something else
            role = d.owner(post)
        for skill in _skill_names(body):
            if role is None:
                d.orphans.append(("told-need", (skill, importance, lo, hi)))
            else:
                d.facts.needs.append(Need(role, skill, importance, lo, hi, "zh.told-duties"))


#: what may stand before an area's name in a line of duties: nothing, or a short thing joined to it ("LOGO与")
_AREA = re.compile(r"(?:[\u4e00-\u9fffA-Za-z]{1,6}[与和及、/])?")


#: a line opening with a short name and a colon, glossed in its first clause as the one who does some work, by a
#: noun in 者 after 的: "砧板:一次宴席的备料者,..." (the name is a post, whatever its characters)
_DEFINED_POST = re.compile(
    r"(?P<name>[\u4e00-\u9fff]{2,4})[ \t]*[:：][ \t]*[^，,。；;：:!！?？\n]{0,20}?的[^，,。；;：:!！?？\n的]{1,6}者"
    r"(?=[，,。；;、\s]|$)"
)


#: names in quotation marks, one or more joined, that a word for posts closes: "“仓库开单”和“仓管”两个职位"
_QUOTED_POSTS = re.compile(
    r"((?:[“「\"][\u4e00-\u9fff]{2,6}[”」\"][和与及、或]?)+)(?:这|这些|两|二|三|几|各)?个?(?:职位|岗位|职务)"
)
_QUOTED_NAME = re.compile(r"[“「\"]([\u4e00-\u9fff]{2,6})[”」\"]")
#: a line opening with a name and a colon (after a list's marker)
_LABEL_NAME = re.compile(r"[ \t]*(?:[-*•·●▪][ \t]*)?(?P<name>[\u4e00-\u9fff]{2,6})[ \t]*[:：]")


def _quoted_label(
    d: _Doc, lo: int, hi: int, titles: list[tuple[int, int, bool]]
) -> tuple[int, int, bool] | None:
    """A line's opening name before a colon that the page quotes as a post elsewhere ("关于“仓库开单”和“仓管”两个职位
    ..." then "仓库开单：可以晋升为..."), as a title of the line where no title the line names stands there: the
    post whose moves and duties the line tells."""
    found = _LABEL_NAME.match(d.text, lo, hi)
    if found is None:
        return None
    if d.quoted_posts is None:
        d.quoted_posts = frozenset(
            name.group(1) for run in _QUOTED_POSTS.finditer(d.text) for name in _QUOTED_NAME.finditer(run.group(1))
        )
    start, end = found.span("name")
    if found["name"] not in d.quoted_posts or any(t[0] < end and t[1] > start for t in titles):
        return None
    return start, end, False


def _defined_post(d: _Doc, at: int, hi: int, titles: list[tuple[int, int, bool]]) -> None:
    """A line's opening name glossed as the one who does some work ("打荷:一次宴席的传递者") is a post, when no title
    the line names stands there already (a head alone naming an activity, "运营", is then the post)."""
    found = _DEFINED_POST.match(d.text, at, hi)
    if found is None or any(t[0] == at and not _activity(d, t) for t in titles) or _TOPIC_LABEL.search(found["name"]):
        return
    d.role((at, found.end("name"), False), "zh.defined-posts")


#: a short label and one figure of money alone on a line ("北京 ¥9,800", "1-3年：6200元", "应届生 4.5K"), as lists of
#: pay by city or by years are laid out: the figure has a sign, yuan, or a K or 万 after it
_LONE_FIGURE = re.compile(
    r"(?P<label>\d{1,2}\s*(?:[-–~～至到]\s*\d{1,2})?\s*年(?:以上|以下|以内)?|[^\d¥￥:：|，,。；;]{1,10}?)\s*[:：]?\s*"
    r"(?P<figure>(?=[¥￥]|\d[\d,.]*\s*(?:[-–~～至到]\s*\d[\d,.]*\s*)?(?:[kK千万]|元))[¥￥]?\s*\d[\d,]*(?:\.\d+)?\s*[kK千万]?"
    r"(?:\s*(?:[-–~～至到])\s*[¥￥]?\s*\d[\d,]*(?:\.\d+)?\s*[kK千万]?)?\s*元?(?:\s*/\s*月)?)\s*"
)


#: a range of two bare figures of four or five digits after a post's name that opens a line ("餐厅服务员 3500-4500",
#: "选品专员：5000-7000"), not followed by a word counting something else
_TITLED_RANGE = re.compile(
    r"[ \t　]*[:：]?[ \t　]*(?P<lo>[1-9]\d{3,4})[ \t]*[-–~～至到][ \t]*(?P<hi>[1-9]\d{3,4})"
    r"(?![\d.,kK千万年人个件平米%])"
)
def _pay_range(low: float, high: float) -> bool:
    """Whether two bare figures rise as a range of pay does, and are not two calendar years ("2019-2023").

    >>> _pay_range(6000, 9000), _pay_range(9000, 6000), _pay_range(2019, 2023)
    (True, False, False)
    """
    return low < high and not (1950 <= low <= 2100 and 1950 <= high <= 2100)


#: a page that hires or speaks of pay
_HIRING = re.compile(r"招聘|诚聘|急聘|急招|招工|聘|薪|工资|收入|待遇")


def _titled_range(
    d: _Doc, at: int, hi: int, posts: list[tuple[int, int, bool]]
) -> Iterator[tuple[float, float | None, str, int, int]]:
    """A bare range right after the post that opens the line, on a page (or under a line) that hires or names pay:
    the post's month's pay ("西餐厨师 6000-9000"); years ("2019-2021") are none.

    >>> text = "物业公司诚聘\\n保安员 3800-4500 包住\\n保洁主管：4500-5500"
    >>> lines = [(m.start(), m.end()) for m in re.finditer(r"[^\\n]+", text)]
    >>> [(p.role, p.low, p.high, p.period) for p in read_chinese(text, lines).pay]
    [('保安员', 3800.0, 4500.0, 'month'), ('保洁主管', 4500.0, 5500.0, 'month')]
    """
    lead = next((t for t in posts if t[0] == at), None)
    if lead is None or not any(_HIRING.search(line) for line in (_first_line(d), _line_above(d, at))):
        return
    found = _TITLED_RANGE.match(d.text, lead[1], hi)
    if found is None:
        return
    low, high = float(found["lo"]), float(found["hi"])
    if not _pay_range(low, high):
        return
    yield low, high, "month", found.start("lo"), found.end()


#: a label of duties before items numbered on its own line ("工作任务 1、每日素材收集 ... 2、..."), a form flattened
_INLINE_LABEL = re.compile(r"(?:工作任务|工作内容|岗位职责|工作职责|主要职责)\s*[:：]?\s*(?=1\s*[、．.])")
_INLINE_NUMBER = re.compile(r"(?:^|(?<=[。；;\s]))\d{1,2}\s*[、．](?!\d)")
#: what ends such a list: the next field of the form ("职责2", "任职要求", "工作任务" again)
_INLINE_END = re.compile(r"\s(?:职责\s*\d|职责表述|工作任务|任职要求|任职资格|岗位要求|考核|工作权限|工作关系)")


#: a clause saying what the work goes by or is for: "根据活动专员的要求", "为详情页的做图做准备"
_NO_DUTY_CLAUSE = re.compile(r"(?:根据|依据|依照|为了|为)")
#: the way a duty is done before its verb: "按照工单按时认真完成直通车图片" (the pictures are the duty)
_BY_WAY = re.compile(r"^\s*按照?[^，,]{0,8}?(?:按时|及时)?(?:认真|仔细)?(?=完成|制作|处理|做)")


def _inline_items(d: _Doc, lo: int, hi: int, titles: list[tuple[int, int, bool]]) -> None:
    """ "工作任务 1、每日素材收集,完善图片库。 2、对图片进行修图、校色。": a job specification flattened onto one line,
    its numbered duties after a label; each item's first clause names duties of the post named before the label,
    else the section's or the page's.

    >>> text = "职位名称 仓库组长 工作任务 1、每日盘点库存。 2、安排叉车作业,核对单据。 任职要求 大专以上"
    >>> [(n.role, n.skill) for n in read_chinese(text, [(0, len(text))]).needs if n.rule == "zh.inline-items"]
    [('仓库组长', '每日盘点库存'), ('仓库组长', '安排叉车作业'), ('仓库组长', '核对单据')]
    """
    text = d.text
    for label in _INLINE_LABEL.finditer(text, lo, hi):
        end = _INLINE_END.search(text, label.end(), hi)
        stop = end.start() if end else hi
        numbers = list(_INLINE_NUMBER.finditer(text, label.end(), stop))
        if len(numbers) < 2:
            continue
        role = _owner_before(d, titles, label.start()) or d.open_role()
        for number, after in itertools.zip_longest(numbers, numbers[1:]):
            item = _CLAUSE_END.split(text[number.end() : after.start() if after else stop], 1)[0]
            # (a clause of what the work goes by or is for names no duty: "根据专员的需求,", "为详情页做准备")
            clauses = [_BY_WAY.sub("", c) for c in re.split(r"[，,]", item) if not _NO_DUTY_CLAUSE.match(c.strip())]
            for skill in [name for clause in clauses for name in _skill_names(clause)]:
                if role is None:
                    d.orphans.append(("need", (skill, 3, lo, hi)))
                else:
                    d.facts.needs.append(Need(role, skill, 3, lo, hi, "zh.inline-items"))


#: the clause after "Title:" that says what the post is, not what it does ("是客服团队的基础力量")
_LABEL_COLON = re.compile(r"[ \t]*(?:/[^:：\n]{1,10})?[ \t]*(?:(?:\d{1,3}|若干)[ \t]*[名人位]?[ \t]*)?[:：][ \t]*")
_IS_CLAUSE = re.compile(r"^(?:是|为|属于|相当于|也是|就是)")
#: what follows a post that has someone else move: "让我", "安排他", "推荐她"
_CAUSER = re.compile(r"(?:就|便|又|还|也)?(?:让|叫|安排|派|推荐|要求|建议|鼓励|提拔)(?:我|他|她|你|我们|他们|她们)")
#: a page's first line that is its title: short, no clause marks inside ("我是怎么从客服做到运营主管的")
_TITLE_LINE = re.compile(r"[^，,。；;：:\n]{2,40}[？?！!]?\s*")
#: verbs of working with someone, just before a post a duty names: "配合主播", "协助店长", "向经理汇报"
_WORKS_WITH = re.compile(r"(?:配合|协助|辅助|帮助|支持|对接|跟进|向|与|和|给)$")


#: a clause of an ad on pay or benefits: "计件工资", "多劳多得", "包吃住", "五险一金"
_BENEFIT = re.compile(r"工资|薪|提成|奖金|多劳多得|包吃|包住|五险|社保|公积金|双休|补贴")


def _label_duties(
    d: _Doc, lo: int, hi: int, at: int, full: list[tuple[int, int, bool]], posts: list[tuple[int, int, bool]]
) -> bool:
    """ "初级客服:处理客户咨询、订单处理等" (a line, or an item, opening with a title and a colon): the clauses
    after the colon up to the sentence's end are the post's duties. Not a line whose text after the colon
    gives pay, years or a move, or names another post (what leads where, not what the post does).

    >>> text = "- 仓库组长:清点货物、核对单据等,是仓库的一线管理岗位。"
    >>> facts = read_chinese(text, [(0, len(text))])
    >>> [(n.role, n.skill) for n in facts.needs]
    [('仓库组长', '清点货物'), ('仓库组长', '核对单据')]
    """
    text = d.text
    code = _LEVEL_CODE.match(text, at, hi) if d.on("zh.level-codes") else None
    if code is not None and text[code.end() - 1] not in ":：":
        at = code.end()  # "P7 区域经理：...": the level's code before the title labelling the line
    if not full or full[0][0] != at:
        # a head alone as the line's label is the post it names ("场控:把控直播节奏"), not an activity ("运营:")
        label = next((t for t in posts if t[0] == at and t[2]), None)
        if label is None or _LABEL_COLON.match(text, label[1], hi) is None:
            return False
        full = [label, *full]
    colon = _LABEL_COLON.match(text, full[0][1], hi)
    if colon is None:
        return False
    stop = _CLAUSE_END.search(text, colon.end(), hi)
    body = text[colon.end() : stop.start() if stop else hi]
    if not body.strip() or _MOVE_VERB.search(body):
        return False
    # (a post in a later sentence of the line, an aside on the work, leaves the first sentence the label's:
    # "- 花艺专员:专注婚礼花艺设计。数据显示,专业花艺岗...")
    end = stop.start() if stop is not None and d.on("zh.label-sentence") else hi
    if any(
        colon.end() <= t[0] < end and not _WORKS_WITH.search(text, max(colon.end(), t[0] - 3), t[0]) for t in full
    ):
        return False  # (another post named for itself; one worked with is part of a duty: "配合主播讲解商品")
    # a clause giving pay or years says what the post earns or takes, no duty ("外呼坐席：每天拨打客户电话，底薪2500元
    # +提成"): the others are read; a line of nothing else names none
    clauses = [c for c in re.split(r"[，,]", body) if c.strip()]
    kept = [
        c
        for c in clauses
        if next(_pay_figures(c, 0, len(c)), None) is None and _years(c) is None and not _BENEFIT.search(c)
    ]
    if len(kept) == len(clauses) and next(_pay_figures(text, colon.end(), hi), None) is not None:
        return False  # (pay after the sentence: "初级客服:处理咨询。月薪4000": a rung's line)
    if not d.on("zh.label-clauses") and len(kept) < len(clauses):
        return False
    roles = [d.name(t) for t in full if t[1] <= colon.start()]  # ("运营主管/店长:": both names')
    # (a clause saying what the post is, "是...", or glossing its holder, "...的辅助者", names no duty)
    clauses = [
        c
        for k, c in enumerate(kept)
        if not _IS_CLAUSE.match(c.strip()) and not c.strip().endswith("者") and not (k > 0 and _PURPOSE.match(c))
    ]
    names = [name for clause in clauses for name in _skill_names(clause)]
    for role in roles:
        for skill in names:
            d.facts.needs.append(Need(role, skill, 3, lo, hi, "zh.label-duties"))
    return bool(names)


#: a list item's label of two to eight Chinese characters before its colon: "团队协作精神：", "沟通能力强:"
_SKILL_LABEL = re.compile(r"(?P<label>[\u4e00-\u9fff]{2,8})[ \t]*[:：][ \t]*")


def _skill_label(d: _Doc, lo: int, hi: int, at: int, posts: list[tuple[int, int, bool]]) -> bool:
    """ "- 团队协作精神:仓库组长需要与同事紧密配合" (a list item whose label names no post, and whose text after the
    colon opens with a post as its subject): the label names a skill of that post (zh.skill-labels).

    >>> text = "仓库组长的素质\\n- 团队协作精神:仓库组长需要与同事紧密配合。\\n- 小王:曾在仓库工作。"
    >>> lines = [(m.start(), m.end()) for m in re.finditer(r"[^\\n]+", text)]
    >>> [(n.role, n.skill) for n in read_chinese(text, lines).needs]
    [('仓库组长', '团队协作精神')]
    """
    text = d.text
    label = _SKILL_LABEL.match(text, at, hi)
    if label is None or any(t[0] < label.end("label") and t[1] > at for t in posts):
        return False  # (a post labels the line: zh.label-duties reads it)
    if _TOPIC_HEADING.match(text, at, hi) or _SECTION_NAME.search(label["label"]):
        return False  # ("工作地点：", "岗位职责：店长需要..."): a label of the ad's topics or sections, no skill
    # (a full title, not a head alone: "专员需要..." is read as before, the head's post known only at the end)
    post = next((t for t in posts if t[0] == label.end() and not t[2]), None)
    if post is None:
        return False
    stop = _CLAUSE_END.search(text, post[1], hi)
    end = stop.start() if stop is not None else hi
    if _MOVE_VERB.search(text, post[1], end) or _ARROW.search(text, post[1], end):
        return False  # ("晋升空间：派件员→网点主管": a move the label names, no skill)
    d.facts.needs.append(Need(d.name(post), label["label"], 3, lo, hi, "zh.skill-labels"))
    return True


def _rank_list(d: _Doc, lo: int, hi: int, titles: list[tuple[int, int, bool]], ranked: bool = False) -> None:
    """ "职级分为：初级运营、中级运营、高级运营": titles listed one after another on a line that says rank are rungs.

    Each title is a rung as written (a head alone is its own rung here: "店员、领班、店长"). With ``ranked``
    (a line that says no rank), only a list of three or more titles that each rank above the one before (or each
    below) is read: a list of kinds ("内容运营、活动运营、用户运营") is none.
    """
    run: list[tuple[int, int, bool]] = []
    for t in [*titles, (hi + 1, hi + 1, False)]:
        if run and t[0] <= hi and _LIST_GAP.fullmatch(d.text, run[-1][1], t[0]):
            run.append(t)
            continue
        if len(run) >= (3 if ranked else 2) and (not ranked or _strictly_ranked([d.name(x) for x in run])):
            names = [d.name(x) for x in run]
            for x in run:
                d.facts.roles.append(RoleMention(d.name(x), x[0], x[1], "zh.grades"))
            if _descending(names) or _TOP_DOWN.search(d.text, lo, hi):
                names.reverse()
            for a, b in itertools.pairwise(names):
                d.facts.moves.append(Move(a, b, None, False, lo, hi, "zh.grades"))
        run = [t]


def _tools(d: _Doc, lo: int, hi: int, titles: list[tuple[int, int, bool]]) -> None:
    """ "在线客服(千牛、企微)", "办公软件(如Excel、PPT)": the names in brackets after a word for a tool are skills."""
    for found in _TOOLS.finditer(d.text, lo, hi):
        role = _owner_before(d, titles, found.start()) or d.open_role()
        for name in re.split(r"[、，,/]", found["names"]):
            name = name.strip()
            if not 1 <= len(name) <= 10 or _NOT_SKILL.search(name) or "等" in name:
                continue
            if role is None:
                d.orphans.append(("need", (name, 1, lo, hi)))
            else:
                d.facts.needs.append(Need(role, name, 1, lo, hi, "zh.duties"))


def _owner_before(d: _Doc, titles: list[tuple[int, int, bool]], at: int) -> str | None:
    before = _owners(d, titles, at)
    return d.owner(before[-1]) if before else None


#: a fact sheet's labels of the posts a post stands in relation to: its superior, its reports, where it leads
_RELATION_LABEL = re.compile(
    r"(?:直接上级|直接下级|上级|下级|晋升方向|晋升通道|轮转岗位|汇报对象|汇报给|向)\s*[:：]?\s*$"
)


def _owners(d: _Doc, titles: list[tuple[int, int, bool]], at: int) -> list[tuple[int, int, bool]]:
    """The titles before ``at`` that may own what comes after: not one a relation label names ("直接上级 运营主管",
    "晋升方向 前厅经理": the post's superior and where it leads, on a job specification's fact sheet)."""
    out = [t for t in titles if t[1] <= at]
    if d.on("zh.subject"):
        out = [t for t in out if _RELATION_LABEL.search(d.text, max(0, t[0] - 8), t[0]) is None]
    if d.on("zh.helped-posts"):
        # "协助摄影师布光;负责支持摄影师,...": the post a duty is done with or for owns none of the duties after it
        out = [t for t in out if _HELPED.search(d.text, max(0, t[0] - 4), t[0]) is None]
    if d.on("zh.field-frame"):
        # "主管在门店运营中承担职责。他们...": a title framed by 在 and 中 (领域, 行业, 方面) is the field worked in,
        # no one who does what comes after
        out = [
            t
            for t in out
            if not (d.text[max(0, t[0] - 1) : t[0]] == "在" and _FIELD_FRAME_END.match(d.text, t[1]) is not None)
        ]
    return out


#: what closes a field framed by 在 after a title: "在电商运营中", "在运营领域", "在客服行业里"
_FIELD_FRAME_END = re.compile(r"(?:中|里|领域|行业|方面)")


#: verbs of working with or for someone, just before the post they name: "协助", "配合", "支持", "向"
_HELPED = re.compile(r"(?:配合|协助|辅助|帮助|支持|帮|向)$")


#: how many of a post an ad hires, after its name: "2名", "三人", "若干"
_HEADCOUNT = re.compile(
    r"[ \t　]*(?P<open>[(（][ \t]*)?(?:(?:\d{1,3}|[一二两三四五六七八九十]{1,2})[ \t]*(?:名|人|位)|若干名?)"
    r"(?(open)[ \t]*[)）])$"
)


#: a post's name in another tongue, in brackets closing its heading: "(Photography Assistant)", "（Art Director）"
_GLOSS_BRACKET = re.compile(r"[ \t]*[(（][ \t]*[A-Za-z][A-Za-z .&/-]{1,40}[)）][ \t]*$")


_GLOSSED_NAME = re.compile(r"[\u4e00-\u9fff]{2,8}(?=[ \t]*[(（][ \t]*[A-Za-z])")


def _glossed_name(
    d: _Doc, at: int, hi: int, titles: list[tuple[int, int, bool]]
) -> tuple[int, int, bool] | None:
    """A name alone on its line with its gloss in another tongue, over a section's name ("美术指导(Art Director)"
    then "职责"), that no title of the lexicon covers: a post, as a heading says."""
    name = _GLOSSED_NAME.match(d.text, at, hi)
    if name is None or _GLOSS_BRACKET.match(d.text, name.end(), hi) is None or any(t[0] < name.end() for t in titles):
        return None
    return (name.start(), name.end(), False) if _section_below(d, hi) else None


def _without_gloss(d: _Doc, content: str) -> str:
    """A heading's words without the bracketed name in another tongue closing them (zh.glossed-headings)."""
    if not d.on("zh.glossed-headings"):
        return content
    gloss = _GLOSS_BRACKET.search(content)
    return content[: gloss.start()] if gloss is not None and gloss.start() >= 2 else content


def _post_heading(d: _Doc, lo: int, hi: int, posts: list[tuple[int, int, bool]]) -> bool:
    """Whether the line is a post's heading numbered in brackets or figures, over its duties or requirements:
    "（一）仓库文员（2名）" or "2. 面点师" with "岗位职责：..." or "职责:" on the next line that is not blank."""
    mark = _POST_NUMBER.match(d.text, lo, hi)
    if mark is not None:
        begin = mark.end()
    elif d.on("zh.glossed-headings") and _GLOSS_BRACKET.search(d.text, lo, hi):
        # "摄影助理(Photography Assistant)" alone on its line (its number, if any, on a line of its own above),
        # over "职责": the post's heading, named in another tongue too
        begin = lo
    else:
        return False
    if not posts or not d.on("zh.post-headings"):
        return False
    content = _without_gloss(d, d.text[begin:hi].strip(" \t:：*#"))
    count = _HEADCOUNT.search(content)
    if count is not None and count.start() >= 2:
        content = content[: count.start()]
    if not (_CJK_RUN.fullmatch(content) and len(content) <= 10 and content.endswith(d.name(posts[-1]))):
        return False
    return _section_below(d, hi)


def _section_below(d: _Doc, hi: int) -> bool:
    """Whether the next line that is not blank after ``hi`` opens with a section's name ("职责", "岗位职责：...")."""
    # (the next line that is not blank, from the line after it: no walk from the page's top for each numbered line)
    k = bisect_left(d.lines, (hi,))
    while k < len(d.lines) and not d.text[d.lines[k][0] : d.lines[k][1]].strip():
        k += 1
    if k == len(d.lines):
        return False
    below = d.lines[k]
    line = _MARKER.sub("", d.text[below[0] : below[1]], count=1).strip(" \t*#【】[]")
    return _SECTION_NAME.match(line) is not None


def _open_section(
    d: _Doc, lo: int, hi: int, full: list[tuple[int, int, bool]], posts: list[tuple[int, int, bool]]
) -> None:
    heading = d.text[lo:hi]
    role = d.name(full[-1]) if full else None
    article = _ARTICLE.match(heading)
    numbered = _SECTION.match(heading) or _post_heading(d, lo, hi, posts)
    content = (heading[article.end() :] if article else _MARKER.sub("", heading, count=1)).strip(" :：")
    content = _without_gloss(d, content)
    count = _HEADCOUNT.search(content) if d.on("zh.headcount") else None
    if count is not None and count.start() >= 2 and _CJK_RUN.fullmatch(content[: count.start()]):
        content = content[: count.start()]  # "一、裱花师 2名": the post, how many are hired aside
    if (
        posts
        and numbered
        and _CJK_RUN.fullmatch(content)
        and len(content) <= 10
        and (content.endswith(d.name(posts[-1])))
    ):
        # "二、商品经理", "二、叉车司机": the post the sections under it are about, named by the whole heading
        d.post = content
        start = lo + heading.index(content)
        d.facts.roles.append(RoleMention(content, start, start + len(content), "zh.titles"))
        if article is not None and article["kind"] == "条" and d.section is not None:
            # "第二章 岗位职责" ... "第四条 仓库主管": an article naming a post, inside a chapter of duties or
            # requirements, is that post's part of the chapter
            d.section = (d.section[0], content)
            return
        role = content
    elif role is None:
        role = d.post  # "职责" under "二、商品经理"
    if _PROCESS_SECTION.search(heading):
        d.section = ("process", role)
    elif _DUTY_SECTION.search(heading):
        d.section = ("duties", role)
    elif _NEEDS_SECTION.search(heading):
        d.section = ("needs", role)
    elif d.on("zh.you-sections") and _YOU_DUTIES.search(heading) and not _NOT_YOU_SECTION.search(heading):
        d.section = ("duties", role)
    elif d.on("zh.you-sections") and _YOU_NEEDS.search(heading) and not _NOT_YOU_SECTION.search(heading):
        d.section = ("needs", role)
    elif numbered and role is not None and role == content == d.post and d.on("zh.post-items"):
        d.section = ("post", role)  # "二、质检专员" over numbered items: the post's duties
    elif _SECTION.match(heading):
        d.section = None


def _stage(d: _Doc, lo: int, hi: int, stage: re.Match[str]) -> None:
    """A "Title(0-2年):" line: a rung of the ladder its neighbours make; the text after it is the stage's."""
    title = stage["title"]
    d.facts.roles.append(RoleMention(title, stage.start("title"), stage.end("title"), "zh.stages"))
    years = _years(stage["years"]) if stage["years"] else None
    if d.stages and d.stages[-1][0]:
        below, below_years = d.stages[-1]
        d.facts.moves.append(Move(below, title, below_years, False, lo, hi, "zh.stages"))
    d.stages.append((title, years))
    d.stage_role = title
    body = stage.end()
    if d.on("zh.pay"):
        for low, high, period, _, _ in _pay_figures(d.text, body, hi):
            d.facts.pay.append(Pay(title, low, high, period, lo, hi, "zh.pay"))
    if not d.on("zh.duties"):
        return
    # the clause right after the title, before any cue, is what the stage does
    first = _CLAUSE_END.search(d.text, body, hi)
    lead_end = first.start() if first else hi
    cue = _CUE.search(d.text, body, lead_end)
    # (with the cue: a word framing it is no duty of its own, "独立负责": "独立")
    lead = d.text[body : cue.end() if cue else lead_end]
    if d.text[stage.end() - 1] == "—":
        lead = ""  # "第一阶段:前台接待(0-1年)—— 打好基础": a motto after a dash names no duty
    for skill in _skill_names(lead):
        d.facts.needs.append(Need(title, skill, 3, lo, hi, "zh.duties"))
    _cue_lists(d, lo, hi, [], owner=title)


def _mover(
    d: _Doc, lo: int, before: list[tuple[int, int, bool]], at: int
) -> tuple[int, int, bool] | None:
    """The post that moves, when the last post named before a cue at ``at`` stands in an earlier sentence of the
    line after a verb of moving and the first post of that sentence stands before the verb ("面点师可晋升为面点主管、
    行政总厨等职位。晋升的关键在于...具备X": 面点师); else None."""
    if not before:
        return None
    last = before[-1]
    text = d.text
    stop = _CLAUSE_END.search(text, last[1], at)
    if stop is None or text[stop.start()] not in "。！!？?":
        return None  # (the cue's own sentence names the post)
    start = max((m.end() for m in _SENTENCE_END.finditer(text, lo, last[0])), default=lo)
    verb = _MOVE_VERB.search(text, start, last[0])
    if verb is None:
        return None
    first = next((t for t in before if start <= t[0] and t[1] <= verb.start()), None)
    return first


_SENTENCE_END = re.compile(r"[。！!？?]")


#: words that ask: "什么能力", "哪些技能", "从哪里下手"
_ASKING = re.compile(r"什么|哪些|哪里|哪个|哪方面")


def _cue_lists(d: _Doc, lo: int, hi: int, titles: list[tuple[int, int, bool]], owner: str | None = None) -> bool:
    """Lists after a cue in the line (需掌握 A、B; 核心能力:A、B): the role named before the cue needs them."""
    text = d.text
    found = False
    labelled = _label_title(d, lo, hi, titles) if owner is None and d.on("zh.label-duties") else None
    d.cue_spans = []
    # (the rest of a label's sentence after its first clause, whose role and importance are the label's: zh.cue-rest)
    label_rests: list[tuple[int, int, list[str | None], int]] = []
    for cue in _CUE.finditer(text, lo, hi):
        end = _CLAUSE_END.search(text, cue.end(), hi)
        stop = end.start() if end else hi
        rest = None
        if d.on("zh.cue-rest") and cue[0] in _LABEL_CUES and re.match(r"\s*[:：]", text[cue.end() : cue.end() + 4]):
            # "技能要求:熟练掌握A;了解B;有C": a label's list runs on over ; to its sentence's end
            full = _SENTENCE_END.search(text, cue.end(), hi)
            rest = (stop, full.start() if full else hi)
        clause = max((m.end() for m in _CLAUSE_MARK.finditer(text, lo, cue.start()) if m[0] != "、"), default=lo)
        d.cue_spans.append((clause, rest[1] if rest else stop))
        aside = _ASIDE.search(text, cue.end(), stop)
        stop = aside.start() if aside is not None else stop
        if d.on("zh.post-clauses"):
            # "初级花艺师需掌握A,高级花艺师需B,而店长则需要C": a clause opened by another post is that post's
            stop = next((a for a, post in _comma_posts(text, titles, cue.end(), stop)), stop)
        if cue[0] in _ASSIST_CUES:
            # (the help is one clause: "...等工作,保证每一次用药都准确" says what it is for; examples after "如" go on)
            comma = re.compile(r"[，,](?!\s*(?:如|例如|比如|包括))").search(text, cue.end(), stop)
            stop = comma.start() if comma is not None else stop
        body = text[cue.end() : stop].lstrip(" :：")
        if cue[0] in _ASSIST_CUES:
            # "配合前台进行行李寄存": whom the help is given to, before the verb of doing, is no part of the work
            helped = _HELPED_PARTY.match(body)
            body = body[helped.end() :] if helped is not None else body
        if not body:
            continue
        if d.on("zh.asked-needs") and (_ASKING.search(body) or (end is not None and end[0] in "?？")):
            continue  # "不知道要具备什么能力,该从哪里下手?": a question asks what is needed, it names nothing
        # (the holders of a post the cue's words tell: asked by zh.announced and zh.held-by, each switched off alone)
        held = next(
            (
                t
                for t in titles
                if cue.end() < t[0] < stop
                and "的" in text[t[0] - 2 : t[0]]
                and not _CLAUSE_MARK.search(text, cue.end(), t[0])
            ),
            None,
        )
        if held is not None and _HELD_FOLLOWING.match(body) and text[lo:hi].rstrip().endswith((":", "：")) and (
            d.on("zh.announced")
        ):
            # "具备以下能力的面包师更受欢迎:": the holders of the post are told by what the items under the line
            # name, which are what the post needs
            d.section, d.announced = ("needs", d.owner(held)), True
            found = True
            continue
        if held is not None and d.on("zh.held-by"):
            # "具有丰富经验的中高级运营则能拿到更高的月薪", "具备这些技能的运营人员将更受欢迎": the cue's words say
            # which holders of a post are meant, in a clause about them; no list of what a post needs
            continue
        role = owner or _owner_before(d, titles, cue.start()) or d.open_role()
        # "运营主管/店长:负责 ...": a post named two ways, a slash between them, does the duties under both names
        roles = [owner] if owner else _slashed_owners(d, titles, cue.start())
        before = _owners(d, titles, cue.start())
        mover = _mover(d, lo, before, cue.start()) if owner is None and d.on("zh.mover-needs") else None
        if mover is not None:
            # "美工可晋升为设计主管、设计经理等职位。晋升的关键在于...具备沟通能力": what the move asks is the
            # mover's, not the last post it leads to
            role, roles = d.owner(mover), [d.owner(mover)]
        if labelled is not None and before and before[-1][0] >= labelled[1] and _CLAUSE_MARK.search(
            text, before[-1][1], cue.start()
        ):
            # "副厨:协助主厨完成出餐,应具备...": the post the line is labelled with, not one an earlier clause names
            role, roles = d.owner(labelled[0]), [d.owner(labelled[0])]
        importance = _CUES[cue[0]]
        if cue[0].endswith("负责") and "对" in text[max(lo, cue.start() - 12) : cue.start()]:
            continue  # "对团队业绩负责,承担...": what the role answers for stands before the cue, not after it
        if owner is None and _unit_subject(d, titles, lo, cue.start()):
            continue  # "电商部门作为企业中负责在线销售", "例如供应链管理岗负责FBA备货": another unit's or post's duties
        if _MOVE_VERB.search(body) or _CONDITION.search(body):
            continue  # "具备一定经验后,可以晋升为B": what a move waits for, not what the post needs
        if _FOLLOWING.match(body) and d.on("zh.announced"):
            d.section, d.announced = ("needs", role), True  # "需要具备以下能力:": the items under the line
            found = True
            continue
        if rest is not None and rest[0] < rest[1]:
            label_rests.append((*rest, [role] if role is None or not roles else list(roles), importance))
        if cue[0] in _MUST_KNOW and not d.on("zh.must-know"):
            continue
        if cue[0] in _ASSIST_CUES and (
            not d.on("zh.assist-cue") or len(re.findall(r"[(（]", text[lo : cue.start()])) > len(
                re.findall(r"[)）]", text[lo : cue.start()])
            )
        ):
            continue  # ("基础能力(协助巡视...)": help named in brackets glosses the skill before it)
        for skill in _skill_names(body):
            found = found or cue[0] not in _MUST_KNOW  # (a line's label is still read after what is to be known)
            if role is None or not roles:
                d.orphans.append(("need", (skill, importance, lo, hi)))
            else:
                for one in roles:
                    rule = "zh.duties" if mover is None else "zh.mover-needs"
                    rule = "zh.must-know" if cue[0] in _MUST_KNOW and mover is None else rule
                    rule = "zh.assist-cue" if cue[0] in _ASSIST_CUES and mover is None else rule
                    d.facts.needs.append(Need(one, skill, importance, lo, hi, rule))
    for a, b, owners, importance in label_rests:
        # (the clauses of the sentence no other cue of it covers: "了解B;有C" after "技能要求:熟练掌握A;")
        inner = [(x, y) for x, y in d.cue_spans if a <= x < b]
        for skill in _uncovered_names(d, a, b, inner):
            found = True
            for holder in owners:
                if holder is None:
                    d.orphans.append(("need", (skill, importance, lo, hi)))
                else:
                    d.facts.needs.append(Need(holder, skill, importance, lo, hi, "zh.cue-rest"))
    if d.on("zh.demanded"):
        for asked in _DEMANDED.finditer(text, lo, hi):
            role = owner or _owner_before(d, titles, asked.start()) or d.open_role()
            for skill in _skill_names(asked["items"]):
                found = True
                if role is None:
                    d.orphans.append(("need", (skill, 4, lo, hi)))
                else:
                    d.facts.needs.append(Need(role, skill, 4, lo, hi, "zh.demanded"))
    return found


#: what may stand between a comma and the post that opens the next clause: "而", "但", "至于", and a verb of
#: moving up to it ("而晋升店长则需要...": the one promoted to it)
_COMMA = re.compile(r"[，,]")
_CLAUSE_OPENER = re.compile(r"[ \t]*(?:而|但|至于|对于)?[ \t]*(?:(?:晋升|升)(?:为|到|至)?|成为|当上)?[ \t]*")


def _comma_posts(
    text: str, titles: list[tuple[int, int, bool]], lo: int, hi: int
) -> Iterator[tuple[int, tuple[int, int, bool]]]:
    """Each comma between ``lo`` and ``hi`` that a post follows as the next clause's subject (after "而" perhaps),
    with that post: "..., 高级花艺师需..." (a head alone only after a word opening the clause, "而晋升店长则...": "...,
    店长" may close a list)."""
    for comma in _COMMA.finditer(text, lo, hi):
        opener = _CLAUSE_OPENER.match(text, comma.end())
        assert opener is not None  # (it may match nothing)
        at, opened = opener.end(), bool(opener[0].strip())
        post = next((t for t in titles if t[0] == at and (opened or not t[2])), None)
        if post is not None and post[1] < hi:
            yield comma.start(), post


def _label_title(
    d: _Doc, lo: int, hi: int, titles: list[tuple[int, int, bool]]
) -> tuple[tuple[int, int, bool], int] | None:
    """The title a line or item opens with when a colon follows it ("副厨:...") and where its label ends, past the
    colon and any other name of the post ("主管/店长:"); else None."""
    at = hi - len(_MARKER.sub("", d.text[lo:hi], count=1))
    first = next((t for t in titles if t[0] == at), None)
    colon = _LABEL_COLON.match(d.text, first[1], hi) if first is not None else None
    if first is None or colon is None:
        return None
    return first, colon.end()


#: "对A、B提出了较高要求" (the work asks much of A and B), "对A有一定要求"
_DEMANDED = re.compile(
    r"对(?P<items>[^。；;!！?？，,对]{2,60}?)(?:都|也|均)?(?:提出(?:了)?|有)(?:较高|更高|很高|极高|一定|严格)?(?:的)?要求"
)


#: the clause a cue's subject stands in: back to the last mark that ends a clause or a phrase
_CLAUSE_MARK = re.compile(r"[。；;!！?？，,：:、\n]")
#: a unit of the firm (not one the role leads or works with: "带领团队负责 ..."), or a post named by a bare word
#: for a post: as the subject, what follows is its work
_UNIT_SUBJECT = re.compile(
    r"(?<!带领)(?<!管理)(?<!协调)(?<!组建)(?<!领导)(?<!配合)(?<![与和跟及])(?:部门|团队|小组|公司|企业|中心)"
    r"|[^本该此]岗(?:位)?$"
)


def _unit_subject(d: _Doc, titles: list[tuple[int, int, bool]], lo: int, at: int) -> bool:
    """Whether the clause before the cue at ``at`` names no title of the page but a unit of the firm ("电商部门作为
    企业中负责 ...") or a post the page does not know as a title, by the bare word for a post ("供应链管理岗负责 ...";
    not "本岗位负责", this post): the duties after the cue are that unit's or post's, no title's before the clause."""
    if not d.on("zh.subject"):
        return False
    start = max((m.end() for m in _CLAUSE_MARK.finditer(d.text, lo, at)), default=lo)
    if any(start <= t[0] < at for t in titles):
        return False
    return _UNIT_SUBJECT.search(d.text, start, at) is not None


def _slashed_owners(d: _Doc, titles: list[tuple[int, int, bool]], at: int) -> list[str]:
    """The post named last before ``at`` and those a slash joins to it ("运营主管/店长"), each once."""
    before = _owners(d, titles, at)
    if not before:
        return [r for r in (d.open_role(),) if r is not None]
    names = [d.owner(t) for t in _slashed(d.text, titles, before[-1], before=True)]
    return [n for n in dict.fromkeys(names) if n is not None]


#: a line that is an item of a list, no sentences of prose: short, no full stop but at its end, no pronoun
_LIST_ITEM = re.compile(r"(?![^\n]*(?:他们|她们|我们|你们|他|她))[^。！!？?\n]{4,80}[。；;]?[ \t]*")


def _cue_rest(d: _Doc, at: int, hi: int) -> None:
    """A line of a section of duties or needs whose cues' clauses leave some of it: the clauses no cue's clause covers
    (before the first cue, between two cues' clauses, after the last) are items of the section too
    ("3年以上门诊护理经验,熟悉X;持有健康证": the years of practice and the health certificate, beside what 熟悉
    lists).

    >>> text = "门诊护士\\n任职要求:\\n3年以上门诊护理经验,熟悉静脉输液;持有健康证。"
    >>> sorted(n.skill for n in read_chinese(text, chinese_lines(text)).needs)
    ['健康证', '门诊护理经验', '静脉输液']
    """
    assert d.section is not None
    kind, role = d.section
    importance = 4 if kind == "needs" else 3
    for skill in _uncovered_names(d, at, hi, d.cue_spans):
        if role is None:
            d.orphans.append(("need", (skill, importance, at, hi)))
        else:
            d.facts.needs.append(Need(role, skill, importance, at, hi, "zh.cue-rest"))


def _uncovered_names(d: _Doc, lo: int, hi: int, spans: list[tuple[int, int]]) -> list[str]:
    """What the text from ``lo`` to ``hi`` names outside ``spans``, each stretch read as a list's item."""
    names: list[str] = []
    pos = lo
    for a, b in [*sorted(spans), (hi, hi)]:
        if a > pos:
            # (a comma closing the stretch stays: "根据X，" is a clause of what the duty rests on, see _LEAD_GROUND)
            rest = d.text[pos:a].strip(" \t").lstrip("，,；;。：:")
            names += [n for n in (_skill_names(rest) if _CJK.search(rest) else []) if n not in names]
        pos = max(pos, b)
    return names


#: a motto labelling a line: "质量优先", "安全第一", "客户至上"
_MOTTO = re.compile(r"(?:优先|至上|第一)$")


def _section_item(d: _Doc, lo: int, hi: int, at: int) -> None:
    """A line of a duties, requirements or workflow section: an area heading, a labelled step or an item."""
    assert d.section is not None
    kind, role = d.section
    content = d.text[at:hi].strip()
    if not content:
        return
    label = _LABEL.match(content)
    if label is not None and _TOPIC_LABEL.search(label["label"]):
        return  # "晋升空间：...", "工作地点：...": a topic of the ad, not a duty
    if label is not None and _MOTTO.search(label["label"]):
        return  # "安全第一：...", "质量至上：...": a motto over what the line says, no duty named
    group = _GROUP_LEAD.match(content) if d.on("zh.group-leads") else None
    if group is not None and d.announced and d.on("zh.announced-items"):
        # "• 专业知识:对X有深入了解" among "• 互动能力:..." items under "具备以下能力的X": one of the abilities
        # announced, named by its label like the others, no label grouping the text after it
        group = None
    if group is not None and content[group.end() :].strip():
        # "个人素质：责任心强，..." a label that only groups the items after it: the items are the skills
        names = _skill_names(content[group.end() :])
        rule = "zh.group-leads"
    elif label is not None:
        names = _skill_names(label["label"])
    elif kind == "process":
        return  # a workflow's steps are named by their labels
    elif _STAGE_WORDS.search(content.rstrip("。.:：")) and not re.search(r"[，,、；;]", content):
        return  # "售前阶段": a stage of the work, not a duty (but "整理买家评价,改进售后流程" is two duties)
    else:  # a numbered area ("5.数据与反馈") is one duty, read whole
        area = at > lo and len(content) <= 8 and not re.search(r"[，,、；;]", content)
        names = _skill_names(content, whole=area)
    importance = 4 if kind == "needs" else 3
    if group is None or not content[group.end() :].strip():
        rule = "zh.announced" if d.announced else "zh.post-items" if kind == "post" else "zh.duties"
    for skill in names:
        if role is None:
            d.orphans.append(("need", (skill, importance, lo, hi)))
        else:
            d.facts.needs.append(Need(role, skill, importance, lo, hi, rule))


def _moves(d: _Doc, lo: int, hi: int, titles: list[tuple[int, int, bool]]) -> None:
    """ "A→B→C", "A(1年)→B", a ladder's "A-B-C", "(从)A晋升为B": titles beside an arrow or after a verb of moving."""
    text = d.text
    by_start = {t[0]: t for t in titles}
    # (the cue on the line, or on a short heading line just above: "晋升通道：" over "店员—副店长—店长")
    cue = _LADDER_CUE.search(text, lo, hi)
    if cue is None:
        above = _line_above(d, lo)
        cue = _LADDER_CUE.search(above) if len(above.strip()) <= 24 else None
    marks = [_ARROW] + ([_DASH] if cue else [])
    for mark in marks:
        for arrow in mark.finditer(text, lo, hi):
            a = next((t for t in reversed(titles) if t[1] <= arrow.start()), None)
            b = by_start.get(arrow.end())
            if a is None or b is None:
                continue
            between = _BRACKET_YEARS.fullmatch(text, a[1], arrow.start())
            if a[1] != arrow.start() and between is None:
                continue
            span = _clause(text, lo, hi, arrow.start())
            a, b = _as_listed(d, a, titles), _as_listed(d, b, titles)
            years = _years(between[0]) if between else None
            if years is None and len(_ARROW.findall(text, span[0], span[1])) == 1:
                years = _years(text[span[0] : span[1]])
            # "仓库组长/主管(1-2年)→ 仓库经理": each post of a rung offered as two is a rung
            sources, targets = _slashed(text, titles, a, before=True), _slashed(text, titles, b, before=False)
            for group in (sources, targets):
                for p, q in itertools.pairwise(group):
                    if q[2] and not p[2]:
                        d.slashed[q[0]] = d.name(p)
            for x in sources:
                for y in targets:
                    d.bare_moves.append((_Title(*x), _Title(*y), years, False, *span, "zh.moves"))
    for found in _PROMOTED_FROM.finditer(text, lo, hi):
        # "前台主管通常由优秀的前台接待员提拔": the post the verb's holders are promoted from, after 由 / 从
        span = _clause(text, lo, hi, found.start())
        sources = [t for t in titles if found.end("by") <= t[0] and t[1] <= found.start("verb")]
        targets = [t for t in titles if span[0] <= t[0] and t[1] <= found.start()]
        if len(sources) == 1 and targets:
            d.bare_moves.append((_Title(*sources[0]), _Title(*targets[-1]), None, False, *span, "zh.moves"))
    verbs = list(_MOVE_VERB.finditer(text, lo, hi))
    taken = [(w.start(), w.end()) for w in verbs]
    verbs += [v for v in _POST_VERB.finditer(text, lo, hi) if not any(a < v.end() and v.start() < b for a, b in taken)]
    for verb in sorted(verbs, key=lambda v: v.start()):
        b = by_start.get(verb.end())
        if b is None or (verb[0] in _TOWARD_VERBS and not _TOWARD_AFTER.match(text, b[1], hi)):
            continue  # (往, 向 alone: only toward a post named as a direction, "往店长方向发展")
        if verb[0].startswith("当") and _WHILE_AFTER.match(text, b[1], hi):
            continue  # ("当主管不在时": when, not becoming)
        if verb[0] in _LATERAL_VERBS and d.on("zh.spec-moves") and _TRANSFER.match(text, verb.start(), hi):
            continue  # "转岗为A、B等岗位": a transfer list (_spec_moves)
        b = _as_listed(d, b, titles)  # "副店长再往上就是店长": the head alone is a rung of its own
        span = _clause(text, lo, hi, verb.start())
        # (a post that has someone else move is no source: "店长让我转做仓管员" moves the narrator)
        before = [t for t in titles if span[0] <= t[0] and t[1] <= verb.start() and not _CAUSER.match(text, t[1])]
        if verb[0] == "转" and not before:
            continue  # (转 alone moves only a post its clause names: "美工能不能转产品经理")
        lateral = verb[0] in _LATERAL_VERBS
        years = _years(text[span[0] : span[1]])
        if years is None:  # "A经过2年左右的锻炼，可以晋升B": the time told since the last title, clauses before
            last = max((t[1] for t in titles if t[1] <= verb.start()), default=None)
            if last is not None and not _CLAUSE_BREAK.search(text, last, verb.start()):
                years = _years(text[last : verb.start()])
        source: _Title | None = _Title(*before[-1]) if before else None
        # (not a field of work named for its management, "向礼宾管理方向发展": no post, no one who moves)
        earlier = [t for t in titles if t[1] <= span[0]]
        fields = [t for t in earlier if _activity(d, t) and text.startswith("管理", t[1])]
        earlier = [t for t in earlier if t not in fields]
        alternative = chained = False
        if source is None:  # "A晋升为B，再升任C": a chain of moves goes on from where the last one ended
            # (not from the page's title, which sums the whole story up: "我是怎么从客服做到运营主管的")
            top = d.lines[0] if d.lines and _TITLE_LINE.fullmatch(d.text, *d.lines[0]) else (-1, -1)
            # (a move whose source the page left unsaid goes on a chain too: "后来转做A。两年后升为B": A -> B)
            unsaid = [(None, o[1][0], *o[1][1:]) for o in d.orphans if o[0] in {"move", "told-move"}]
            chain, last_unsaid = (
                next((m for m in reversed(moves) if d.paragraph <= m[4] and m[5] <= span[0] and m[4] >= top[1]), None)
                for moves in (d.bare_moves, unsaid)
            )
            if last_unsaid is not None and (chain is None or last_unsaid[5] > chain[5]):
                chain = last_unsaid
            # (unless a post is named after it: "...→设计总监。做了三年店长之后，他...当了B" starts from 店长)
            if chain is not None and not (earlier and earlier[-1][0] >= chain[5]):
                # (an alternative to the last move starts where it started: "A可升B，也可以转做C": A -> C)
                alternative = _ALTERNATIVE.search(text, span[0], verb.start()) is not None
                source = chain[0] if alternative else chain[1]
                chained = True
                if alternative and source is None:
                    earlier = []  # (from the page's post, as that move was: not the post that move named)
        if source is None:  # "从A做起，两年后升为B": the post named before, on the line
            source = _Title(*earlier[-1]) if earlier else None
        # ("X：...向礼宾管理方向发展，如成为礼宾主管": the line's own label, no title, is who moves: no move read)
        # (the field may be no title at all, a kind of work whose managing is named: the same)
        managed = bool(fields) or _MANAGED_FIELD.search(text, lo, span[0]) is not None
        unnamed = source is None and not chained and managed
        # (not for a post the last move named: the time told before it is the time that move took)
        if years is None and source is not None and source.end <= verb.start() and not chained:
            # "一般需要2-3年时间，才能从A升到B": the time told in the sentence before A; "做了三年A之后": A's tenure
            opening = max((text.rfind(m, lo, source.start) for m in "。！？!?\n"), default=-1) + 1
            prior = max((t[1] for t in titles if opening <= t[1] <= source.start), default=max(opening, lo))
            years = _years(text[prior : source.start])
        if years is None and source is not None and source.end <= verb.start():
            # "2015年我担任A，2017年晋升为B": the calendar years told before the post and before the move (for a post
            # the last move named too: the years since that move)
            years = _calendar_span(text, lo, source.start, span[0], verb.start())
        # "A可以晋升为B、C或D", "晋升为B、C、D等职位": the posts listed after the first are other posts the verb leads
        # to, each from A (a list of posts with no word of order is no ladder)
        targets = [b]
        for t in titles:
            if t[0] >= targets[-1][1] and _TARGET_JOINT.fullmatch(text, targets[-1][1], t[0]):
                targets.append(_as_listed(d, t, titles))
        for target in targets if not unnamed else []:
            if source is not None:
                d.bare_moves.append((source, _Title(*target), years, lateral, *span, "zh.moves"))
            elif d.subject is not None:
                # (a move the narrator tells, "老板让我转做A", starts from the narrator's post of the time, not the
                # page's post: it is only a link of the story's chain)
                told = "我" in text[span[0] : span[1]]
                move = (_Title(*target), years, lateral, *span, "zh.moves")
                d.orphans.append(("told-move" if told else "move", move))
    if d.on("zh.from-to"):
        _from_to(d, lo, hi, titles)
    for origin in _ORIGIN_AFTER.finditer(text, lo, hi):
        a = next((t for t in titles if t[1] == origin.start()), None)
        if a is None or not _SOURCE_CUE.search(text, max(lo, a[0] - 1), a[0]):
            continue
        span = _clause(text, lo, hi, a[0])
        held = [t for t in titles if span[0] <= t[0] and t[1] <= a[0] - 1]
        if held and d.name(held[0]) != d.name(a):  # "B都是从A干起来的": A -> B
            years = _years(text[span[0] : span[1]])
            d.bare_moves.append((_Title(*a), _Title(*held[0]), years, False, *span, "zh.moves"))


#: a direction of work named for managing a field, no post: "向礼宾管理方向发展", "往仓储管理方向走"
_MANAGED_FIELD = re.compile(r"[向往朝][\u4e00-\u9fff]{1,6}管理(?:方向|路线|岗位方向)")

#: the value of a labelled field: a name up to the next space or mark
_FIELD_VALUE = re.compile(r"[ \t　]*([\u4e00-\u9fff][\u4e00-\u9fffA-Za-z0-9]{1,11})")


def _label_subject(d: _Doc, at: int, hi: int, posts: list[tuple[int, int, bool]]) -> None:
    """ "职位名称：电商运营专员", "职位名称 前台接待": the post the label names is the page's role, a title or not
    (a form flattened into one line names other posts after it: "... 直接上级 前厅主管" is not the page's).

    >>> text = "职位名称 前台接待 直接上级 前厅主管 晋升方向 前厅经理"
    >>> [(m.source, m.target) for m in read_chinese(text, [(0, len(text))]).moves]
    [('前台接待', '前厅经理')]
    """
    value = _FIELD_VALUE.match(d.text, at, hi)
    if value is None:
        named = next((t for t in posts if t[0] >= at), None)
        d.subject = d.owner(named) if named is not None else d.subject
    else:
        named = next((t for t in posts if t[0] == value.start(1)), None)  # ("职位名称 美工": a head alone too)
        if named is not None:
            d.subject = d.owner(named)
        elif _NOT_POST_VALUE.search(value[1]) is None:
            d.subject = value[1]
            d.facts.roles.append(RoleMention(value[1], value.start(1), value.end(1), "zh.subject"))
    if d.subject is not None:
        d.labelled.append((at, d.subject))


_POST_OF_WORK = re.compile(
    r"岗(?:位)?|职位"
    # ("客服月薪4000元", "运营工资": a word of a person's pay right after it, the post's; not 收入, "销售收入" sales)
    r"|(?:的)?(?:平均|一般)?(?:月薪|年薪|底薪|起薪|工资|薪资|薪酬|薪水)"
)
#: what says a head of an activity right after it is what someone is or was (zh.held-activity-posts): "是一名客服",
#: "当了两年客服", "做过客服", "第一份工作是淘宝店的客服", "担任运营": the post, not the work
_HELD_BEFORE = re.compile(
    r"(?:是|当|做|干|担任|成为|成了)(?:了|过)?(?:[一二两三四五六七八九十\d半]+年多?的?)?(?:一名|一个|一位)$"
    r"|(?:当|做|干)(?:了|过)[一二两三四五六七八九十\d半]+年多?的?$"
    r"|(?:当|做|干)过$|当上$|担任$|成为$|成了$"
    r"|(?:工作|职位|岗位|身份)(?:是|为)(?:[^，。,；;：:\n]{1,12}的)?$"
)


def _activity(d: _Doc, t: tuple[int, int, bool]) -> bool:
    """Whether a title is a head alone that names an activity ("运营", "客服"), not a post."""
    # (not before a word for a post: "运营岗位", "客服岗" are posts of that work; nor after words that say someone
    # holds it: "是一名客服", "做了两年客服")
    return (
        t[2]
        and d.name(t) in _ACTIVITY_HEADS
        and _POST_OF_WORK.match(d.text, t[1]) is None
        and not _held_activity(d, t[0])
        # ("客服人员", "运营人员": the staff who do that work, its post; zh.staff-heads)
        and not (d.text.startswith("人员", t[1]) and d.on("zh.staff-heads"))
    )


def _held_activity(d: _Doc, start: int) -> bool:
    """Whether the words before a head of an activity alone at ``start`` say someone is or was it (zh.held-activity-
    posts): "是一名客服", "做了两年客服"."""
    return d.on("zh.held-activity-posts") and _HELD_BEFORE.search(d.text, max(0, start - 16), start) is not None


def _spec_moves(d: _Doc, lo: int, hi: int, titles: list[tuple[int, int, bool]]) -> None:
    """A job specification's "晋升方向"/"轮转岗位" fields and a transfer to posts listed by field: moves from the
    page's post (or the title before the transfer in its clause) to each post named.

    >>> text = "职位名称 美工 直接上级 设计主管 晋升方向 设计总监 轮转岗位 文案 岗位目的 负责页面设计"
    >>> sorted((m.source, m.target, m.lateral) for m in read_chinese(text, [(0, len(text))]).moves)
    [('美工', '文案', True), ('美工', '设计总监', False)]
    >>> text = "仓管员岗位介绍\\n部分企业允许仓管员转岗至采购、物流调度等岗位。"
    >>> sorted(m.target for m in read_chinese(text, [(0, 7), (8, len(text))]).moves)
    ['物流调度', '采购']
    """
    text = d.text
    found: list[tuple[int, int, bool, tuple[int, int, bool] | None]] = []  # (start, end, lateral, source)
    for f in _SPEC_FIELD.finditer(text, lo, hi):
        value = _SPEC_VALUE.match(text, f.end(), hi)
        if value is None:
            continue
        at = value.start()
        for piece in re.split(r"[、/／]", value[0]):
            if not _NOT_POST_VALUE.search(piece) and _SPEC_FIELD.match(piece) is None:
                found.append((at, at + len(piece), f["side"] is not None, None))
            at += len(piece) + 1
    for tr in _TRANSFER.finditer(text, lo, hi):
        span = _clause(text, lo, hi, tr.start())
        # (a field's word alone, "客服人员转岗至...", is no post: the page's post moves)
        before = [t for t in titles if span[0] <= t[0] and t[1] <= tr.start() and not _activity(d, t)]
        at = tr.start("items")
        for piece in _TRANSFER_GAP.split(tr["items"]):
            post = piece.rstrip("等")
            if len(post) >= 2:
                found.append((at, at + len(post), True, before[-1] if before else None))
            at += len(piece) + 1
    for start, end, lateral, source in found:
        target = _Title(start, end, False)
        d.facts.roles.append(RoleMention(d.name(target), start, end, "zh.spec-moves"))
        if source is not None:
            d.bare_moves.append((_Title(*source), target, None, lateral, lo, hi, "zh.spec-moves"))
        else:
            d.orphans.append(("move", (target, None, lateral, lo, hi, "zh.spec-moves")))


#: "完成从理货员到仓库主管的跨越": a leap from one post to another, named as such
_FROM_TO = re.compile(
    r"从(?P<a>[\u4e00-\u9fffA-Za-z]{2,10}?)到(?P<b>[\u4e00-\u9fffA-Za-z]{2,10}?)的?"
    r"(?:跨越|晋升|升职|转变|蜕变|进阶|转型|升级)"
)


#: "从(最早的)A": where a story's chain of posts starts
_FROM_OPEN = re.compile(r"从(?:最早|最初|一开始|刚开始|起初|当初|入行|最基层)?(?:时)?的?(?:一名|一个)?$")
#: what leads from one post of such a chain to the next: "，到", "，再到现在的", "然后到"
_THEN_TO = re.compile(
    r"(?:的)?\s*[，,]?\s*(?:再|然后|后来|又|最后|一路)?(?:到|升到|做到|走到|干到)(?:了)?(?:现在|如今|后来|最后|今天)?的?"
    r"(?:一名|一个)?"
)
#: what says how long the move just named takes: "，一般需要", "大概要", "至少需要" (the years follow)
_TAKES_TIME = re.compile(
    r"(?:的时间)?\s*[，,]?\s*(?:一般|通常|大概|大约|平均|基本|至少|最快|往往|大多|普遍)?(?:来说|而言)?\s*[，,]?\s*"
    r"(?:需要|要|需|得|花|用)(?=[^。；;！!？?\n]{0,10}年)"
)


#: the time each rung of a ladder takes, said under it: "每一级一般需要一到两年", "每个阶段大约2年"
_EACH_RUNG = re.compile(
    r"每(?:一|个)?(?:级|步|阶段|个阶段|个级别|个层级|升一级)[^。；;\n]{0,8}?(?:需要|要|需|约|大概|大约)[^。；;\n]{0,6}?年"
)


def _each_rung(d: _Doc, lo: int, hi: int) -> None:
    """ "店员—副店长—店长" over "每一级一般需要一到两年": the moves of the line above that told no time take it."""
    found = _EACH_RUNG.search(d.text, lo, hi)
    years = _years(d.text[found.start() : hi]) if found else None
    if years is None:
        return
    above = [k for k, (a, b) in enumerate(d.lines) if b < lo]
    if not above:
        return
    line = d.lines[above[-1]]
    for k, move in enumerate(d.bare_moves):
        if move[2] is None and line[0] <= move[4] and move[5] <= line[1]:
            d.bare_moves[k] = (move[0], move[1], years, *move[3:])


def _from_to(d: _Doc, lo: int, hi: int, titles: list[tuple[int, int, bool]]) -> None:
    """ "做得好的人三年就能完成从理货员到仓库主管的跨越": a move from A to B named as a leap, promotion or change,
    with the years its clause states; A and B are titles, or heads alone standing for the page's titles with that
    head."""
    text = d.text
    spans = {(t[0], t[1]): t for t in titles}
    for found in _FROM_TO.finditer(text, lo, hi):
        ends = []
        for part in ("a", "b"):
            a, b = found.span(part)
            t = spans.get((a, b))
            if t is None and text[a:b] in _HEADS:
                t = (a, b, True)  # a head alone: the document's title with that head (see _resolve)
            if t is None:
                break
            ends.append(_Title(*t))
        if len(ends) != 2:
            continue
        span = _clause(text, lo, hi, found.start())
        years = _years(text[span[0] : span[1]])
        d.bare_moves.append((ends[0], ends[1], years, False, *span, "zh.from-to"))
    for k, x in enumerate(titles):
        # "从最早的客服，到运营助理，再到现在的运营经理": a story's posts one after another, each a move
        if not _FROM_OPEN.search(text, max(lo, x[0] - 8), x[0]):
            continue
        chain = [x]
        for y in titles[k + 1 :]:
            if not _THEN_TO.fullmatch(text, chain[-1][1], y[0]):
                break
            chain.append(y)
        if len(chain) >= 3 or (len(chain) == 2 and text[chain[0][1] : chain[1][0]] != "到"):
            span = (max(lo, x[0] - 1), chain[-1][1])
            for p, q in itertools.pairwise(chain):
                d.bare_moves.append((_Title(*p), _Title(*q), None, False, *span, "zh.from-to"))
    for x, y in itertools.pairwise(titles):
        # "从客服专员到客服主管，一般需要两到三年", "店员到店长一般要3-5年": the time a move takes, told after it
        time = _TAKES_TIME.match(text, y[1], hi)
        if text[x[1] : y[0]] != "到" or time is None:
            continue
        start = x[0] - 1 if text[x[0] - 1 : x[0]] == "从" else x[0]
        end = next((k for k in (text.find(m, time.end(), hi) for m in "。；;！!？?，,") if k != -1), hi)
        years = _years(text[time.end() : end])
        if years is not None:
            d.bare_moves.append((_Title(*x), _Title(*y), years, False, start, end, "zh.from-to"))


def _slashed(
    text: str, titles: list[tuple[int, int, bool]], t: tuple[int, int, bool], *, before: bool
) -> list[tuple[int, int, bool]]:
    """A title and those a slash joins to it on the side away from the arrow ("仓库组长/主管")."""
    out = [t]
    by_end = {x[1]: x for x in titles}
    by_start = {x[0]: x for x in titles}
    while True:
        edge = out[0][0] - 1 if before else out[-1][1]
        if edge < 0 or edge >= len(text) or text[edge] not in "/／":
            return out
        other = by_end.get(edge) if before else by_start.get(edge + 1)
        if other is None:
            return out
        if before:
            out.insert(0, other)
        else:
            out.append(other)


def _as_listed(d: _Doc, t: tuple[int, int, bool], titles: list[tuple[int, int, bool]]) -> tuple[int, int, bool]:
    """A head alone in a chain that also names a title with that head ("店长-副店长") is a rung of its own."""
    if t[2] and any(not x[2] and d.name(x).endswith(d.name(t)) for x in titles):
        return t[0], t[1], False
    return t


def _clause(text: str, lo: int, hi: int, at: int) -> tuple[int, int]:
    """The clause of ``text[lo:hi]`` around position ``at`` (between sentence or clause marks)."""
    marks = "。；;!！?？，,"
    start = max((text.rfind(m, lo, at) for m in marks), default=-1)
    start = lo if start < lo else start + 1
    ends = [k for k in (text.find(m, at, hi) for m in marks) if k != -1]
    return start, min(ends, default=hi)


def _table(d: _Doc, rows: list[tuple[int, int]]) -> None:
    """A table of rows "a | b | c": its first column's titles are roles, and rungs when it is a table of ranks."""
    text = d.text
    cells = []
    for lo, hi in rows:
        if _TABLE_RULE.match(text[lo:hi]):
            continue
        spans, k = [], lo
        for part in text[lo:hi].split("|"):
            a, b = k, k + len(part)
            while a < b and text[a].isspace():
                a += 1
            while b > a and text[b - 1].isspace():
                b -= 1
            spans.append((a, b))
            k += len(part) + 1
        if text[lo:hi].lstrip().startswith("|"):
            spans = spans[1:]
        if text[lo:hi].rstrip().endswith("|"):
            spans = spans[:-1]
        cells.append((lo, hi, spans or [(lo, lo)]))
    if len(cells) < 2:
        return
    header = [text[a:b] for a, b in cells[0][2]]
    if (
        d.on("zh.skill-column")
        and _SKILL_HEADER.fullmatch(header[0])
        # (not a grid of skills by level or post: "技能类别 | 初级要求 | 中级要求", each column a rung's)
        and not any(_TIER_RANK_WORD.search(cell) or titles_in(cell) for cell in header[1:])
    ):
        # "技能类别 | 具体内容", "阶段 | 内容说明": the first column names what the post needs or the steps of its
        # work, no posts: each cell is the open role's skill, else the page's role's
        role = d.open_role()
        for lo, hi, spans in cells[1:]:
            a, b = spans[0]
            for skill in _skill_names(text[a:b], whole=True) if b - a <= 12 else []:
                if role is None:
                    d.orphans.append(("need", (skill, 4, lo, hi)))
                else:
                    d.facts.needs.append(Need(role, skill, 4, lo, hi, "zh.skill-column"))
        return
    posts = _post_column(d, header, cells)
    if d.on("zh.pay") and not _is_title(header[0]) and posts == 0:
        _column_pay(d, cells)
    above = _line_above(d, cells[0][0])
    ranked = any(_RANK_TABLE.search(cell) for cell in header[: max(posts, 1)]) or _RANK_TEXT.search(above)
    rank_column = next((k for k, cell in enumerate(header) if k != posts and _RANK_COLUMN.fullmatch(cell)), None)
    rungs: list[tuple[str, int, int, tuple[float, float] | None]] = []
    levels: list[int | None] = []  # (each rung's level in the rank column)
    ranges = _range_columns(d, header, cells, posts) if d.on("zh.range-column") and d.on("zh.pay") else set()
    for lo, hi, spans in cells[1:]:
        if posts >= len(spans):
            continue
        a, b = spans[posts]
        name = text[a:b]
        if not _is_title(name):
            b = _aside_cut(d, a, b)
            name = text[a:b]
            if not (_is_title(name) or (_staff_title(name) and d.on("zh.staff-heads"))):
                continue
        d.facts.roles.append(RoleMention(name, a, b, "zh.grades" if ranked else "zh.titles"))
        years = None
        for column, (x, y) in enumerate(spans[: len(header)]):
            if column != posts:
                years = _row_cell(d, name, header[column], x, y, lo, hi) or years
            if column in ranges:
                low, high = (float(n) for n in re.findall(r"\d+", text[x:y]))
                d.facts.pay.append(Pay(name, low, high, "month", lo, hi, "zh.range-column"))
        rungs.append((name, lo, hi, years))
        if rank_column is not None and rank_column < len(spans):
            level = re.search(r"\d+", text[spans[rank_column][0] : spans[rank_column][1]])
            levels.append(int(level[0]) if level else None)
    if not ranked and d.on("zh.rank-column") and len(levels) == len(rungs) >= 2 and None not in levels:
        # "岗位 | 级别 | ...": a later column of levels that rise (or fall) row by row makes the titles rungs
        steps = [b - a for a, b in itertools.pairwise(x for x in levels if x is not None)]
        if all(x > 0 for x in steps):
            for (below, _, _, years), (above, lo, hi, _) in itertools.pairwise(rungs):
                d.facts.moves.append(Move(below, above, years, False, lo, hi, "zh.rank-column"))
        elif all(x < 0 for x in steps):
            for (above, _, _, _), (below, lo, hi, years) in itertools.pairwise(rungs):
                d.facts.moves.append(Move(below, above, years, False, lo, hi, "zh.rank-column"))
        return
    if not ranked or len(rungs) < 2 or not d.on("zh.grades"):
        return
    if _descending([rung[0] for rung in rungs]):
        rungs.reverse()  # listed from the top
    for (below, _, _, years), (above, lo, hi, _) in itertools.pairwise(rungs):
        d.facts.moves.append(Move(below, above, years, False, lo, hi, "zh.grades"))


#: a cell that is a range of two bare four- or five-digit figures, in yuan at most ("3500-4200", "6000～7500元")
_RANGE_CELL = re.compile(r"\s*([1-9]\d{3,4})\s*[-–~～至到]\s*([1-9]\d{3,4})\s*元?\s*")


def _range_columns(
    d: _Doc, header: list[str], cells: list[tuple[int, int, list[tuple[int, int]]]], posts: int
) -> set[int]:
    """The columns of a table of titles whose header names no pay, years or duties, every cell of which (two or
    more) is a rising range of bare four- or five-digit figures, years apart ("岗位 | 级别 | 参考标准",
    "行李员 | 1级 | 3500-4200"): a month's pay by post."""
    text = d.text
    out = set()
    for column, cell in enumerate(header):
        if column == posts or _PAY_COLUMN.search(cell) or _YEARS_COLUMN.search(cell) or _NEEDS_COLUMN.search(cell):
            continue
        if d.on("zh.duty-column") and _DUTY_COLUMN.search(cell):
            continue
        found = [_RANGE_CELL.fullmatch(text, *spans[column]) for _, _, spans in cells[1:] if column < len(spans)]
        pairs = [(int(f[1]), int(f[2])) for f in found if f is not None]
        if len(found) >= 2 and len(pairs) == len(found) == len(cells) - 1 and all(
            _pay_range(a, b) for a, b in pairs
        ):
            out.add(column)
    return out


#: a word of a tier's rank (_TIER_RANK: "初级", "中层", "资深") or a level ("三级"): a header holding one names a rung's
#: column ("初级要求")
_TIER_RANK_WORD = re.compile("|".join(_TIER_RANK) + r"|[一二三四五六七八九十\d]级")
#: a table's first header naming skills or the steps of the work, not posts: "技能类别", "核心能力", "阶段", "工作步骤"
_SKILL_HEADER = re.compile(
    r"\s*(?:(?:核心|专业|必备|所需|关键)?(?:技能|能力|素质)(?:类别|类型|名称|项|要求)?|(?:工作)?(?:阶段|步骤|环节|流程)(?:名称)?)\s*"
)
#: a header naming a column of levels
_RANK_COLUMN = re.compile(r"\s*(?:职级|级别|等级|层级|职等)\s*")
#: a header naming a column of posts
_POST_HEADER = re.compile(r"\s*(?:岗位|职位|职务|职称)(?:名称)?\s*")


def _post_column(d: _Doc, header: list[str], cells: list[tuple[int, int, list[tuple[int, int]]]]) -> int:
    """The column of a table that names its posts: the first, unless none of its cells is a title and a later
    column's header says it holds posts and most of its cells are titles ("职级 | 岗位 | 月薪", a rank first).

    >>> text = "职级 | 岗位 | 月薪\\nL1 | 理货员 | 4000-5000元\\nL2 | 仓库组长 | 5500-7000元"
    >>> lines = [(m.start(), m.end()) for m in re.finditer(r"[^\\n]+", text)]
    >>> facts = read_chinese(text, lines)
    >>> [(m.source, m.target) for m in facts.moves], [(p.role, p.low) for p in facts.pay]
    ([('理货员', '仓库组长')], [('理货员', 4000.0), ('仓库组长', 5500.0)])
    """
    text = d.text
    if any(_is_title(text[a:b]) for _, _, spans in cells[1:] for a, b in spans[:1]):
        return 0
    for column in range(1, len(header)):
        body = [spans[column] for _, _, spans in cells[1:] if column < len(spans)]
        titled = sum(_is_title(text[a:b]) for a, b in body)
        if _POST_HEADER.fullmatch(header[column]) and body and 2 * titled > len(body):
            return column
    return 0


def _column_pay(d: _Doc, cells: list[tuple[int, int, list[tuple[int, int]]]]) -> None:
    """A pay table whose columns are posts ("城市 | 初级客服月薪范围(元) | 高级客服或主管月薪范围(元)", one row a
    city): every figure of a column is pay of the column's posts, by the period its header says.

    >>> text = "城市 | 初级客服月薪(元) | 客服主管月薪(元) |\\n一线城市 | 4000-6000 | 8000-12000 |"
    >>> lines = [(m.start(), m.end()) for m in re.finditer(r"[^\\n]+", text)]
    >>> [(p.role, p.low, p.high, p.period) for p in read_chinese(text, lines).pay]
    [('初级客服', 4000.0, 6000.0, 'month'), ('客服主管', 8000.0, 12000.0, 'month')]
    """
    text = d.text
    columns: dict[int, list[str]] = {}
    # a table under a line, or on a page whose title, names pay ("不同城市厨师工资对比" over "城市 | 初级厨师 | 厨师长")
    paid = any(_PAY_COLUMN.search(line) for line in (_line_above(d, cells[0][0]), _first_line(d)))
    for column, (a, b) in enumerate(cells[0][2][1:], start=1):
        if not _PAY_COLUMN.search(text, a, b) and not (paid and _is_title(text[a:b])):
            continue
        found = titles_in(text, a, b)
        d.bare_roles += [_Title(*t) for t in found if t[2]]  # ("高级客服或主管": the page's title with that head)
        posts = [d.owner(t) for t in found]
        if not posts and _is_title(text[a:b]):  # ("护理员": a word of a person the lexicon lacks, the cell whole)
            posts = [d.role((a, b, False))]
        # ("城市 | 平均月薪": a column of pay naming no post is the page's role's, row by row)
        columns[column] = posts or [""]
    for lo, hi, spans in cells[1:]:
        titled = _is_title(text[spans[0][0] : _aside_cut(d, *spans[0])])
        for column, posts in columns.items():
            if column >= len(spans) or (posts == [""] and titled):
                continue  # (a row's own title is paid by its cell: _row_cell)
            x, y = spans[column]
            for low, high, period, _, _ in _pay_figures(text, x, y, forced=True):
                period = "year" if "年薪" in text[cells[0][2][column][0] : cells[0][2][column][1]] else period
                for post in posts:
                    owner = post or d.open_role()
                    if owner is None:  # (the page's role's only when it stands out: not on a page of many posts)
                        d.orphans.append(("pay-row", ("zh.pay", low, high, period, lo, hi)))
                    else:
                        d.facts.pay.append(Pay(owner, low, high, period, lo, hi, "zh.pay"))


#: an aside in brackets that closes a cell: "(如淘宝、京东)", "（夜班）"
_CELL_ASIDE = re.compile(r"\s*[(（][^()（）]*[)）]\s*$")


def _aside_cut(d: _Doc, a: int, b: int) -> int:
    """Where a cell's name ends before an aside in brackets that closes it ("在线客服(如淘宝、京东)": the row's post is
    在线客服, zh.cell-aside); the cell's end when it has none.

    >>> d = _Doc("在线客服(如淘宝、京东)", [(0, 12)], frozenset())
    >>> d.text[: _aside_cut(d, 0, 12)]
    '在线客服'
    """
    if d.text[b - 1 : b] not in {")", "）"} or not d.on("zh.cell-aside"):
        return b
    aside = _CELL_ASIDE.search(d.text, a, b)
    return aside.start() if aside is not None and aside.start() > a else b


def _first_line(d: _Doc) -> str:
    """The first Chinese line of the page (its title, as a rule)."""
    return d.text[d.lines[0][0] : d.lines[0][1]] if d.lines else ""


def _row_cell(d: _Doc, role: str, header: str, a: int, b: int, lo: int, hi: int) -> tuple[float, float] | None:
    """A cell of a title's row, read by its column's header: duties or skills, pay, or years (returned)."""
    if _YEARS_COLUMN.search(header):
        return _years(d.text[a:b])
    if _PAY_COLUMN.search(header) and d.on("zh.pay"):
        for low, high, period, _, _ in _pay_figures(d.text, a, b, forced=True):
            d.facts.pay.append(Pay(role, low, high, period, lo, hi, "zh.pay"))
    elif _NEEDS_COLUMN.search(header) and d.on("zh.duties"):
        importance = 3 if _DUTY_SECTION.search(header) else 4
        for skill in _skill_names(d.text[a:b]):
            d.facts.needs.append(Need(role, skill, importance, lo, hi, "zh.duties"))
    elif _DUTY_COLUMN.search(header) and d.on("zh.duty-column"):
        # "岗位 | 月薪 | 主要工作": what each row's post does, under a header that says so in other words
        for skill in _skill_names(d.text[a:b]):
            d.facts.needs.append(Need(role, skill, 3, lo, hi, "zh.duty-column"))
    elif d.on("zh.asked-cell") and (asked := _ASKED_CELL.match(d.text, a, b)) is not None:
        # "备注 | 需具备平台操作和数据分析能力": a cell of another column that asks for something names what the row's
        # post needs
        for skill in _skill_names(d.text[asked.end() : b]):
            d.facts.needs.append(Need(role, skill, 4, lo, hi, "zh.asked-cell"))
    return None


#: a cell that opens by asking for something: "需具备 ...", "需要一定的 ...", "要求熟悉 ..."
_ASKED_CELL = re.compile(r"\s*(?:必须|需要|需|须|要求)(?:具备|具有|掌握|熟悉|熟练掌握|拥有)?")


def _rank_of(name: str) -> tuple[int | None, int | None]:
    """A title's rank by its head word (助理 < 专员 < 主管 < 经理 < 总监) and by its rank word (初级 < 中级 < 高级)."""
    head = next((rank for word, rank in _HEAD_RANK.items() if name.endswith(word)), None)
    return head, next((rank for word, rank in _RANK_ORDER.items() if name.startswith(word)), None)


def _standing(name: str) -> float | None:
    """A title's place on one scale of head words and rank words.

    >>> [_standing(name) for name in ("初级运营", "运营专员", "高级运营", "运营主管")]
    [1.5, 2.0, 2.5, 3.0]
    """
    head, rank = _rank_of(name)
    if head is None:  # (a rank word alone stays below a supervisor: "高级客服" < "客服主管")
        return None if rank is None else 1 + rank * 0.5
    return head + (0.0 if rank is None else (rank - 2) * 0.2)


def _strictly_ranked(names: list[str]) -> bool:
    """Whether every title ranks above the one before it, or every one below.

    >>> _strictly_ranked(["初级运营", "中级运营", "高级运营", "运营经理"])
    True
    >>> _strictly_ranked(["内容运营", "活动运营", "用户运营"])
    False
    """
    places = [_standing(name) for name in names]
    if any(p is None for p in places):
        return False
    steps = [b - a for a, b in itertools.pairwise(p for p in places if p is not None)]
    return all(x > 0 for x in steps) or all(x < 0 for x in steps)


def _descending(names: list[str]) -> bool:
    """Whether titles are listed from the top: the first outranks the last by head word, else by rank word.

    Examples
    --------
    >>> _descending(["运营总监", "运营经理", "运营专员"]), _descending(["初级运营", "高级运营"])
    (True, False)
    """
    (head_a, rank_a), (head_b, rank_b) = _rank_of(names[0]), _rank_of(names[-1])
    if head_a is not None and head_b is not None and head_a != head_b:
        return head_a > head_b
    return rank_a is not None and rank_b is not None and rank_a > rank_b


def _line_above(d: _Doc, at: int) -> str:
    """The line before the one that starts at ``at`` ("" for the first line or an offset that starts none).

    Examples
    --------
    >>> d = _Doc("岗位 店长", [(0, 2), (3, 5)], frozenset())
    >>> _line_above(d, 3), _line_above(d, 0), _line_above(d, 4)
    ('岗位', '', '')
    """
    k = bisect_left(d.lines, (at,))  # the lines are in the order of the text
    return d.text[d.lines[k - 1][0] : d.lines[k - 1][1]] if 0 < k < len(d.lines) and d.lines[k][0] == at else ""


#: what joins a rank's head alone to the title before it, whose field it shares ("销售主管或经理", "客服专员和主管";
#: not a person's word in 员: "大堂经理和礼宾员")
_OR_JOINS = frozenset("或和及与")


#: ranks below the post their head names: a trainee, a deputy ("储备店长" is no 店长 yet); the levels of a post
#: (初级, 中级, 高级 ...) are _RANK_ORDER's
_UNDER_RANKS = frozenset("储备 见习 实习 副 预备 试用 代理".split())


def _resolve(d: _Doc) -> None:
    """Heads alone become the document's title with that head; what no title governs becomes the page's role's."""
    full = {r.name for r in d.facts.roles}
    # (the page's role a head alone names, "干客服工资多少" over "电话客服、在线客服、售前售后客服": the post in
    # general, not one of its kinds)
    general = ""
    if d.subject is not None and d.subject[:1] == "\0" and d.on("zh.general-head"):
        start, end = (int(n) for n in d.subject[1:].split(":"))
        general = d.text[start:end]

    def named(t: _Title) -> str | None:
        name = d.name(t)
        if not t.bare:
            return name
        other = d.slashed.get(t.start)
        if other is not None:
            # "仓库组长/主管": the head after a slash takes the field of the title before it (仓库主管)
            head = max((h for h in _HEADS if other.endswith(h)), key=len, default=None)
            if head is not None and len(other) > len(head):
                return other[: -len(head)] + name
        matches = sorted(n for n in full if n.endswith(name) and n != name)
        if len(matches) == 1 and (matches[0][: -len(name)] in _UNDER_RANKS or matches[0][: -len(name)] in _RANK_ORDER):
            # "储备店长...可晋升店长": the full post, not the trainee's title it ends; nor is "前台" the page's
            # "初级前台", nor "领班" its "初级领班": a level of it (the post in general)
            return name
        if len(matches) > 1 and name == general:
            return name
        return matches[0] if len(matches) == 1 else (name if not matches else None)

    for a, b, years, lateral, lo, hi, rule in d.bare_moves:
        source, target = named(a), named(b)
        if source is None or target is None or source == target:
            continue
        for t, name in ((a, source), (b, target)):
            d.facts.roles.append(RoleMention(name, t.start, t.end, rule if t.bare else "zh.titles"))
        d.facts.moves.append(Move(source, target, years, lateral, lo, hi, rule))
    stands_for = {d.owner((t.start, t.end, True)): named(t) for t in d.bare_roles}
    resolved = {key: name for key, name in stands_for.items() if name is not None}
    for t in d.bare_roles:
        post = stands_for[d.owner((t.start, t.end, True))]
        if post is not None:
            held = d.name(t) in _ACTIVITY_HEADS and _held_activity(d, t.start)
            d.facts.roles.append(RoleMention(post, t.start, t.end, "zh.held-activity-posts" if held else "zh.titles"))
    if d.subject is not None and d.subject[:1] == "\0":
        d.subject = resolved.get(d.subject)
    def field_post(t: _Title) -> str | None:
        # ("初级主持人的月薪5000-8000元，有经验的主持人月薪1万-2万元" on a page about 直播带货主持人: the head alone
        # is the one post of its field, not a level of it)
        name = d.name(t)
        fields = [
            n for n in full
            if n.endswith(name) and n != name and n[: -len(name)] not in _UNDER_RANKS
            and n[: -len(name)] not in _RANK_ORDER
        ]
        if len(fields) == 1 and any(n.endswith(name) and n[: -len(name)] in _RANK_ORDER for n in full):
            return fields[0]
        return None

    paid, needed = resolved, resolved
    for t in d.bare_roles:
        key = d.owner((t.start, t.end, True))
        if key in resolved:
            continue
        # (its pay figure, or what "具备以下能力的主持人" are said to have, is that post's)
        if d.on("zh.pay") and any(p.role == key for p in d.facts.pay) and (post := field_post(t)) is not None:
            paid = {**paid, key: post}
        if d.on("zh.field-head") and any(n.role == key for n in d.facts.needs) and (post := field_post(t)):
            needed = {**needed, key: post}
    kept = [p for p in d.facts.pay if p.role in paid or p.role[:1] != "\0"]  # (a head no title resolves)
    d.facts.pay = [p._replace(role=paid.get(p.role, p.role)) for p in kept]
    needs = [n for n in d.facts.needs if n.role in needed or n.role[:1] != "\0"]
    d.facts.needs = [n._replace(role=needed.get(n.role, n.role)) for n in needs]
    if d.subject is None or not d.on("zh.subject"):
        return
    named_times = Counter(m.name for m in d.facts.roles)
    runner_up = max((n for name, n in named_times.items() if name != d.subject), default=0)
    stands_out = named_times[d.subject] >= max(2, 2 * runner_up)
    # (a page hiring for several posts, each under its label, "招聘岗位：A ... 薪资：7-9K" then "招聘岗位：B ...": a
    # figure is the post's labelled last before it)
    several = len({name for _, name in d.labelled}) > 1
    for kind, item in d.orphans:
        if kind == "pay" or (kind == "pay-row" and stands_out):
            _, low, high, period, lo, hi = item
            owner = d.subject
            # (the last label at or before the figure, by halving: not every label of the page for each figure)
            k = bisect_right(d.labelled, lo, key=lambda label: label[0]) if several else 0
            if k:
                name = d.labelled[k - 1][1]
                owner = resolved.get(name, name) if name[:1] == "\0" else name
            if owner is None:
                continue
            d.facts.pay.append(Pay(owner, low, high, period, lo, hi, "zh.subject"))
        elif kind == "pay-row":
            continue
        elif kind in ("need", "told-need", "clause-need"):
            skill, importance, lo, hi = item
            rule = {"told-need": "zh.told-duties", "clause-need": "zh.need-clauses"}.get(kind, "zh.subject")
            d.facts.needs.append(Need(d.subject, skill, importance, lo, hi, rule))
        elif kind == "told-move":
            continue
        else:
            b, years, lateral, lo, hi, rule = item
            target = named(b)
            if target is not None and target != d.subject:
                d.facts.moves.append(Move(d.subject, target, years, lateral, lo, hi, rule))
