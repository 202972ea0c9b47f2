"""Answer types: the kind of value a question asks for, and the evidence a text must hold to give one.

A question asking for a sum (学费多少钱, 罚多少), a date (截止日期是哪天, 什么时候公布), a time of day (几点), how
often (几次), a length of time (多久) or a detail a service desk gives and a policy text rarely does (an address
or a place to collect something, a website, a person's name, a list of members, the conditions to qualify, the
papers of an application, a benefit such as free rent, a rate, a certificate) is refused, naming what is
missing, when none of the top units holds such a value. One row per type, in one table. In a "who" question the
ask is who: only a person's name or the members themselves are asked there (局长是谁, 哪家公司是链主企业); the
other kinds are only mentioned (网站上卖的东西质量差谁来管, 贷款利率太高金融扶持谁负责) and do not refuse it.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from .textutil import fold


@dataclass(frozen=True)
class AnswerType:
    name: str                 # as the refusal names it: 金额, 日期, 地址 …
    asked: re.Pattern         # the question asks for one
    evidence: re.Pattern      # a text holding one
    any_intent: bool = True   # False: only in a figure question (a 补贴 in 政府支持吗 is not a request for a sum)
    who: bool = False         # asked in a "who" question too (局长是谁); other kinds are only mentioned there


def _re(pattern: str, flags: int = 0) -> re.Pattern:
    return re.compile(pattern, flags)


TYPES = (
    # a sum (元) or a multiple (倍)
    AnswerType("金额", _re(r"多少钱|几块钱|交多少|缴多少|费用|收费|学费|物业费|停车费|价格|价钱|起步价|票价|补贴|补助|工资|"
                         r"奖金|奖励|多少元|多少万元|罚多少|赔多少|几倍|多少倍|"
                         r"多少(?:经费|资金|预算|钱款)|(?:经费|资金|预算)(?:是|有)?多少|(?:拨|投入|投)了?多少"),
               _re(r"\d+(?:\.\d+)?\s*(?:万|亿)?元|[一二三四五六七八九十百千万两]+(?:万|亿)?元|倍"), any_intent=False),
    # a time of day
    AnswerType("时间", _re(r"几点|几时|营业时间|办公时间|上班时间"),
               _re(r"\d{1,2}\s*[:：]\s*\d{2}|\d{1,2}\s*[点时]|[一二三四五六七八九十]+[点时](?!候)")),
    # a calendar date: a month and day, or a year and month (自…之日起 counts)
    AnswerType("日期", _re(r"截止日期|截至日期|截止时间|哪天|哪一天|几号|几月几日|几月几号|什么日期|具体日期|"
                         r"什么时候(?:开始)?报名|报名时间|报名截止|(?:什么时候|何时)(?:公布|发布|公示|出结果)|结果什么时候"),
               _re(r"之日|\d{1,2}\s*月\s*\d{1,2}\s*日|[一二三四五六七八九十]+月[一二三四五六七八九十]+日|\d{4}\s*年\s*\d{1,2}\s*月")),
    AnswerType("电话号码", _re(r"电话|热线|联系方式|手机号|号码是多少"), _re(r"\d{3,4}-\d{7,8}|\d{7,12}|123\d{2}")),
    AnswerType("地址", _re(r"在哪条路|哪条街|什么路上|在哪个街道|地址|门牌|具体位置|在什么位置|怎么去|怎么走|"
                         r"(?:去|到|在)哪(?:里|儿)?领|在哪个(?:园区|小区|楼)|在哪(?:里|儿)?(?:办公|办事|上班)|办公地点"),
               _re(r"[路街道巷里]\d+号|地址|位于")),
    AnswerType("网址", _re(r"哪个网站|什么网站|网址|网站上|链接|下载|在哪里看|在哪看|去哪看|去哪查|在哪查|哪里查|公众号|小程序|app",
                         re.I),
               _re(r"www\.|https?://|\.gov\.cn|网站|网址|公众号|小程序|app", re.I)),
    AnswerType("人员姓名", _re(r"(?:局长|主任|书记|区长|组长|负责人|联系人|院长|经理|董事长|处长|科长)(?:是谁|叫什么|姓什么|是哪位)"),
               _re(r"同志|姓名"), who=True),
    # the members or companies themselves: asked in a "who" question too (哪家公司是链主企业)
    AnswerType("名单", _re(r"成员单位|有哪些成员|成员有哪些|哪几家(?:公司|企业)|哪家(?:公司|企业)|"
                         r"哪些(?:公司|企业)(?:是|入选|获得|[？?]?$)"),
               _re(r"名单|成员|有限公司|股份|集团"), who=True),
    # a list by that name: 入选名单是什么 asks for it, 名单谁来认定 asks who
    AnswerType("名单", _re(r"名单"), _re(r"名单|成员|有限公司|股份|集团")),
    AnswerType("条件", _re(r"(?:满足|符合|具备|需要|要)(?:什么|哪些)条件|认定条件|申报条件|申请条件|认定标准|"
                         r"(?:什么|哪些|有没有|有)门槛|门槛(?:是|有|高吗|多高)"),
               _re(r"(?<!有)条件|具备|应当符合|符合下列")),   # 有条件的企业 is not a condition; 门槛太高 is no question
    AnswerType("办理流程或材料", _re(r"怎么(?:预订|预约|报名|办理|缴费|注册|登记|办证)|如何(?:预订|预约|报名|办理|注册|登记)|"
                               r"(?:办理|申请|报名|注册)(?:流程|程序|手续)|(?:带|交|提交|准备|需要)(?:什么|哪些)材料"),
               _re(r"流程|程序|手续|提交|预订|预约|报名|登记|申请|下列材料|材料清单")),   # not 基础材料
    AnswerType("优惠或减免", _re(r"免房租|房租减免|减免房租|免租金|门票优惠|优惠政策|有什么优惠|有没有优惠|打折"),
               _re(r"减免|免征|免租|优惠|折扣")),
    AnswerType("利率或税率", _re(r"利率|税率|费率|贴息|减免多少|多少税|免税|减税"), _re(r"利率|税率|费率|贴息|减免|免征|减按|税收")),
    AnswerType("证书", _re(r"什么证书|哪些证书|什么证|考什么证|证书"), _re(r"证书|资格证|许可证|合格证")),
    # how often: 每个月开几次会 — a count of times or a period (每年, 每季度)
    AnswerType("次数或频次", _re(r"几次|多少次|多久一次|每年几|每月几|频次|频率"),
               _re(r"\d+\s*次|[一二三四五六七八九十两]+次|每(?:年|季度|个?月|周|日|天)")),
    # a count (几个公园, 多少家企业): a number of things
    AnswerType("数量", _re(r"(?<!哪)(?:几个|几家|几所|几座|几条|几项)|多少个|多少家|多少所|多少座|多少条|多少项"),   # 哪几项: which
               _re(r"\d+\s*(?:个|家|所|座|项|条|处|批)|[一二三四五六七八九十两百千万]+(?:个|家|所|座|项|条|处|批)"),
               any_intent=False),
    # a ranking (哪个幼儿园最好, 哪家医院最好): a policy text sets tasks, it does not rank places
    AnswerType("排名或评价", _re(r"哪(?:个|家|所|里)[^，。？?]{0,12}最(?:好|强|差|大|多|便宜|安全)|排名|排行|哪个好|哪家好"),
               _re(r"排名|排行|名次|第[一二三]名")),
    # a length of time: 十五日内, 6个月, 二年 — not a calendar year (2025年)
    AnswerType("期限", _re(r"多长时间|多久|几天|几个月|几年|多少天|多少年|多少个月|多长期限"),
               _re(r"(?<![\d.])\d{1,3}\s*(?:个工作日|个月|日|天|年|小时|周)|[一二三四五六七八九十百两]+(?:个工作日|个月|日|天|年|小时|周)"),
               any_intent=False),
)


def asked(question: str) -> list[AnswerType]:
    """The answer types a question asks for."""
    q = fold(question)
    return [t for t in TYPES if t.asked.search(q)]


def missing(kb, question: str, hits, intent: str = "fact", depth: int = 3, tokens: list[str] = ()) -> str | None:
    """The name of the kind of value a question asks for when none of the top units holds one. With the
    question's `tokens`, only units holding one of them count (有几个公园: the count of 700 enterprises in an
    article that does not mention parks is no answer)."""
    units = [kb.unit_by_id[h.unit_id] for h in hits[:depth]
             if not tokens or _holds_a_word(kb, h.unit_id, tokens)]
    for t in asked(question):
        if intent == "responsibility" and not t.who:
            continue
        if (t.any_intent or intent == "fact") and not any(t.evidence.search(u.text) for u in units):
            return t.name
    return None


def _holds_a_word(kb, unit_id: str, tokens: list[str]) -> bool:
    return not kb.searcher.token_sets[kb.searcher.row[unit_id]].isdisjoint(tokens)
