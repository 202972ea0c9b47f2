#!/usr/bin/env python3
"""Build and check eval/fresh18 (system python3; no third-party packages).

Holds the golds of the 60 questions and the responsibility-clause annotations, writes
../questions.jsonl and ../clauses.jsonl, and checks them against ../docs/*.txt:
  * every clause quote is in its document, clauses are in document order;
  * bodies appear in the quote in the given order; lead/support are subsets of bodies;
  * every clause unit and every gold unit label path exists in the text (SPEC normalisation:
    (一)->（一）, 1、->1., leading half-/full-width spaces accepted) and the quote lies inside its unit;
  * every fact figure is in its gold unit, every document figure in the document;
  * responsibility gold_bodies / gold_lead equal the bodies / lead of a clause of the gold unit;
  * bureau_tasks unit lists equal the units of all clauses naming the body, and every other
    occurrence of the body in the text is a listed non-responsibility mention;
  * the Huzhou convention (列第一位的为工作牵头单位或汇总单位,下同): lead = first body of every clause;
  * ids unique, 12 questions and exactly 2 unanswerable per document, split fresh18.
Run from anywhere: python3 eval/fresh18/_check/build.py
"""
import json, os, re, sys
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
DOCS = os.path.join(ROOT, "docs")
SPLIT = "fresh18"
errors, warnings = [], []

def err(m): errors.append(m)
def warn(m): warnings.append(m)

RZ, XX, HZ, XN, CD = ("sd-rizhao-fangdichan-2017", "ha-xinxiang-jingjifazhan-2014",
                      "zj-huzhou-zerenfenjie-2023", "hb-xianning-zerenfenjie-2024",
                      "sc-chengdu-lianxihuiyi-2017")
DOC_ORDER = (RZ, XX, HZ, XN, CD)

XQ = "各区县政府、管委"          # Rizhao collective, kept as one body
XN_C = "各县市区人民政府"        # Xianning collective, kept as one body
XN_G = "咸宁高新区管委会"
CD_MEMBERS = ["市委编办", "市文明办", "市发改委", "市教育局", "市科技局", "市公安局", "市民政局", "市司法局",
              "市财政局", "市人社局", "市农委", "市卫计委", "市环保局", "市文广新局", "市体育局", "市食药监局",
              "市城管委", "市总工会", "团市委", "市妇联", "市科协", "市残联", "市老龄办", "市社科联", "市文联",
              "市红十字会", "市社区大学"]
CD_DEPUTY = ["市民政局", "市科技局", "市财政局", "市人社局", "市文广新局", "市体育局", "团市委", "市科协"]
XN_C9 = ["市发改委", "市经信局", "市民政局", "市人社局", "市农业农村局", "市商务局", XN_C, XN_G]
XN_P1 = ["市交通运输局", "市长江综合门户港及公铁水联运项目建设领导小组成员单位", "咸安区", "嘉鱼县", "通山县人民政府", XN_G]

# ---------------------------------------------------------------------------------------------
# clauses: (doc, unit, quote, bodies, lead, support, form, note)
CLAUSES = [
 # ---- Rizhao (complete text)
 (RZ, "一、", "（责任单位：市住房公积金管理中心）", ["市住房公积金管理中心"], [], [], "tail", None),
 (RZ, "二、", "（责任单位：市住房城乡建设局、市国土资源局、市工商局、市物价局、市国税局、市地税局等）",
  ["市住房城乡建设局", "市国土资源局", "市工商局", "市物价局", "市国税局", "市地税局"], [], [], "tail", "bare list, no lead"),
 (RZ, "三、", "（责任单位：市国土资源局、市住房城乡建设局、市规划局，各区县政府、管委等）",
  ["市国土资源局", "市住房城乡建设局", "市规划局", XQ], [], [], "tail", "各区县政府、管委 kept as one collective body"),
 (RZ, "四、", "（责任单位：市教育局、市工商局、市住房城乡建设局、市规划局、市财政局，各区县政府、管委等）",
  ["市教育局", "市工商局", "市住房城乡建设局", "市规划局", "市财政局", XQ], [], [], "tail", None),
 (RZ, "五、", "（责任单位：市国土资源局、市住房城乡建设局、市规划局，各区县政府、管委等）",
  ["市国土资源局", "市住房城乡建设局", "市规划局", XQ], [], [], "tail", "same wording as the tail of part 三、"),
 (RZ, "六、", "（责任单位：市住房城乡建设局、市国土资源局、市工商局、市物价局、市金融办、市公安局等）",
  ["市住房城乡建设局", "市国土资源局", "市工商局", "市物价局", "市金融办", "市公安局"], [], [], "tail", None),
 (RZ, "七、", "各区县政府、管委是房地产市场调控的责任主体，负责贯彻落实国家和省市有关房地产工作的决策部署",
  [XQ], [], [], "fuze-sentence", "collective body named as 责任主体"),
 (RZ, "七、", "市房地产市场调控联席会议成员单位要依据职责分工，加强对各区县房地产市场调控工作的业务指导",
  ["市房地产市场调控联席会议成员单位"], [], [], "fuze-sentence", "A要… sentence; the member units of a named joint meeting as one collective body"),
 (RZ, "七、", "市住房城乡建设局负责市房地产市场调控联席会议办公室的综合协调，要强化对房地产市场调控管理",
  ["市住房城乡建设局"], [], [], "fuze-sentence", "the joint meeting's office is the object, not a body"),
 (RZ, "七、", "市国土资源局要加强对房地产开发用地供应管理工作", ["市国土资源局"], [], [], "fuze-sentence", None),
 (RZ, "七、", "市物价局负责加强对商品住房价格的监督管理", ["市物价局"], [], [], "fuze-sentence", None),
 (RZ, "七、", "市工商局、市物价局、市公安局要会同市住房城乡建设局加强对房地产市场违法违规行为的监督检查",
  ["市工商局", "市物价局", "市公安局", "市住房城乡建设局"], ["市工商局", "市物价局", "市公安局"], ["市住房城乡建设局"],
  "huitong", "subjects of 会同 lead, its object supports"),
 (RZ, "七、", "（责任单位：市房地产市场调控联席会议成员单位，各区县政府、管委等）",
  ["市房地产市场调控联席会议成员单位", XQ], [], [], "tail", None),
 # ---- Xinxiang (opening)
 (XX, "一、1.", "(牵头单位:市工信局)", ["市工信局"], ["市工信局"], [], "tail-lead",
  "the part's (责任领导:王玉民) names an office-holder, not a body, and is not annotated"),
 (XX, "一、2.", "(牵头单位:市发改委、市工信局)", ["市发改委", "市工信局"], ["市发改委", "市工信局"], [], "tail-lead",
  "two lead units"),
 # ---- Huzhou (opening, notice header lost)
 (HZ, "一、1.", "责任单位:市政府办公室、市级其他有关单位、各区县政府(南太湖新区、长合区管委会)",
  ["市政府办公室", "各区县政府"], ["市政府办公室"], [], "labelled",
  "lead by the convention stated at the end of this line; 市级其他有关单位 is generic; the bracket (南太湖新区、长合区管委会) extends the collective 各区县政府 and is not split"),
 (HZ, "一、1.", "列第一位的为工作牵头单位或汇总单位,下同", [], [], [], "convention",
  "the unit listed first is the lead (or collecting) unit; applies to every later clause"),
 (HZ, "一、2.", "责任单位:市政府办公室、市委人才办", ["市政府办公室", "市委人才办"], ["市政府办公室"], [], "labelled",
  "lead by the convention; the saved text stops right after 市委人才办, the list may continue in the original"),
 # ---- Xianning (body of a 责任分解方案, no header)
 (XN, "一、（一）", "(牵头单位:市发改委;责任单位:各县市区人民政府,咸宁高新区管委会)", ["市发改委", XN_C, XN_G], ["市发改委"], [], "tail-lead",
  "责任单位 are neither lead nor support; 各县市区人民政府 kept as one collective body"),
 (XN, "一、（二）", "(牵头单位:市经信局;责任单位:各县市区人民政府,咸宁高新区管委会)", ["市经信局", XN_C, XN_G], ["市经信局"], [], "tail-lead", None),
 (XN, "一、（三）", "(牵头单位:市发改委;责任单位:各县市区人民政府,咸宁高新区管委会)", ["市发改委", XN_C, XN_G], ["市发改委"], [], "tail-lead", None),
 (XN, "一、（四）", "(牵头单位:市财政局;责任单位:市税务局,各县市区人民政府,咸宁高新区管委会)", ["市财政局", "市税务局", XN_C, XN_G], ["市财政局"], [], "tail-lead", None),
 (XN, "一、（五）", "(牵头单位:市商务局;责任单位:各县市区人民政府,咸宁高新区管委会)", ["市商务局", XN_C, XN_G], ["市商务局"], [], "tail-lead", None),
 (XN, "一、（六）", "(牵头单位:市商务局;责任单位:各县市区人民政府,咸宁高新区管委会)", ["市商务局", XN_C, XN_G], ["市商务局"], [], "tail-lead", None),
 (XN, "一、（七）", "(牵头单位:市人社局;责任单位:各县市区人民政府,咸宁高新区管委会)", ["市人社局", XN_C, XN_G], ["市人社局"], [], "tail-lead", None),
 (XN, "一、（八）", "(牵头单位:市发改委;责任单位:各县市区人民政府)", ["市发改委", XN_C], ["市发改委"], [], "tail-lead", None),
 (XN, "一、（九）", "(牵头单位:市发改委;责任单位:市经信局、市民政局、市人社局、市农业农村局、市商务局,各县市区人民政府,咸宁高新区管委会)",
  XN_C9, ["市发改委"], [], "tail-lead", None),
 (XN, "一、（十）", "(牵头单位:市发改委;责任单位:市生态环境局,各县市区人民政府)", ["市发改委", "市生态环境局", XN_C], ["市发改委"], [], "tail-lead", None),
 (XN, "二、（一）1.", "(牵头单位:市交通运输局;责任单位:市长江综合门户港及公铁水联运项目建设领导小组成员单位,咸安区、嘉鱼县、通山县人民政府,咸宁高新区管委会)",
  XN_P1, ["市交通运输局"], [], "tail-lead",
  "the leading group's member units kept as one collective body; 咸安区、嘉鱼县、通山县人民政府 split as written"),
 # ---- Chengdu (opening)
 (CD, "二、", "市委编办、市文明办、市发改委、市教育局、市科技局、市公安局、市民政局、市司法局、市财政局、市人社局、市农委、市卫计委、市环保局、市文广新局、市体育局、市食药监局、市城管委、市总工会、团市委、市妇联、市科协、市残联、市老龄办、市社科联、市文联、市红十字会、市社区大学有关负责人为联席会议成员",
  CD_MEMBERS, [], [], "members", "27 member units (their responsible officials are the members); no lead unit named; convener posts are office-holders"),
 (CD, "二、", "联席会议办公室设在市教育局,负责联席会议日常工作", ["市教育局"], [], [], "fuze-sentence",
  "the office sits in 市教育局 and does the daily work"),
 (CD, "二、", "副主任由市民政局、市科技局、市财政局、市人社局、市文广新局、市体育局、团市委、市科协分管负责",
  CD_DEPUTY, [], [], "members", "deputy directors of the office come from these units; the saved text stops inside this sentence (分管负责…)"),
]

# aliases of a body written otherwise in the same document (bureau_tasks check)
ALIASES = {}
# occurrences of a body that are not responsibility text, by unit
OBJECT_MENTIONS = {
    (CD, "市教育局"): ["二、"],   # 召集人由…市教育局主要负责人担任; 办公室主任由市教育局局长兼任 … (office-holders)
}

# ---------------------------------------------------------------------------------------------
Q = []
def q(doc, question, intent, units, style, bodies=None, lead=None, body=None, figure=None, answerable=True, note=None):
    Q.append(dict(doc=doc, question=question, intent=intent, answerable=answerable, gold_units=units,
                  gold_bodies=bodies, gold_lead=lead, body=body, figure=figure, style=style, note=note))

# Rizhao
q(RZ, "调整住房公积金贷款政策由哪个单位负责？", "responsibility", ["一、"], "doc", bodies=["市住房公积金管理中心"], lead=[])
q(RZ, "学区房推高房价这个问题，日照是哪些部门在管？", "responsibility", ["四、"], "everyday",
  bodies=["市教育局", "市工商局", "市住房城乡建设局", "市规划局", "市财政局", XQ], lead=[])
q(RZ, "对房地产市场违法违规行为的监督检查，由哪些部门会同哪个部门开展？", "responsibility", ["七、"], "doc",
  bodies=["市工商局", "市物价局", "市公安局", "市住房城乡建设局"], lead=["市工商局", "市物价局", "市公安局"],
  note="the 会同 sentence of part 七、; the tail of 七、 names other bodies")
q(RZ, "开发商捂盘惜售、中介炒房价，归哪些部门查处？", "responsibility", ["六、"], "everyday",
  bodies=["市住房城乡建设局", "市国土资源局", "市工商局", "市物价局", "市金融办", "市公安局"], lead=[])
q(RZ, "市规划局在该通知中承担哪些方面的工作？", "bureau_tasks", ["三、", "四、", "五、"], "doc", body="市规划局")
q(RZ, "物价局在这轮房地产调控里要管哪些事？", "bureau_tasks", ["二、", "六、", "七、"], "everyday", body="市物价局")
q(RZ, "第二次申请住房公积金贷款的，首付款比例不低于多少？", "fact", ["一、"], "doc", figure="40%")
q(RZ, "开发商拿到预售许可以后，多长时间内不能涨价？", "fact", ["二、"], "everyday", figure="3个月")
q(RZ, "该通知的发文字号是什么？", "document", [], "doc", figure="日政办发〔2017〕61号")
q(RZ, "对违规的房地产开发企业，除停止预售及网签外还有什么限制？", "requirement", ["六、"], "doc")
q(RZ, "在日照用公积金贷款买房，最多能贷多少钱？", "fact", [], "everyday", answerable=False,
  note="the text sets down-payment ratios and rates, no loan ceiling")
q(RZ, "市房地产市场调控联席会议的召集人是谁？", "other", [], "doc", answerable=False,
  note="the joint meeting is named, its convener is not")

# Xinxiang
q(XX, "深入推进企业服务由哪个单位牵头？", "responsibility", ["一、1."], "doc", bodies=["市工信局"], lead=["市工信局"])
q(XX, "培育千百亿产业集群这块是谁牵头抓？", "responsibility", ["一、2."], "everyday",
  bodies=["市发改委", "市工信局"], lead=["市发改委", "市工信局"])
q(XX, "市工信局在该意见中牵头负责哪些工作？", "bureau_tasks", ["一、1.", "一、2."], "doc", body="市工信局")
q(XX, "发改委在这份意见里要干啥？", "bureau_tasks", ["一、2."], "everyday", body="市发改委")
q(XX, "推进企业服务围绕多少家市级重点服务企业开展？", "fact", ["一、1."], "doc", figure="300家")
q(XX, "为打造千百亿产业，新乡力争开工的亿元以上项目有多少个？", "fact", ["一、2."], "everyday", figure="80个")
q(XX, "新兴产业方面要重点抓好多少个项目竣工投产？", "fact", ["一、3."], "doc", figure="20个")
q(XX, "保持工业稳定健康发展这一块，是哪位领导负责？", "other", ["一、"], "everyday",
  note="(责任领导:王玉民): an office-holder named in the text")
q(XX, "该意见的发文机关是哪个？", "document", [], "doc", figure="新乡市人民政府")
q(XX, "对持续亏损的企业，意见要求怎么帮扶？", "requirement", ["一、1."], "everyday")
q(XX, "这份意见的发文字号是多少？", "document", [], "doc", answerable=False, note="the saved page gives no 文号")
q(XX, "新引进亿元以上工业项目，市里给多少奖励资金？", "fact", [], "everyday", answerable=False)

# Huzhou
q(HZ, "坚持并完善“第一议题”等学习制度由哪些单位负责，哪个单位牵头？", "responsibility", ["一、1."], "doc",
  bodies=["市政府办公室", "各区县政府"], lead=["市政府办公室"], note="lead by 列第一位的为工作牵头单位或汇总单位")
q(HZ, "湖州搞“大招商大引才大建设大发展”，归哪些部门，谁挑头？", "responsibility", ["一、2."], "everyday",
  bodies=["市政府办公室", "市委人才办"], lead=["市政府办公室"], note="lead by the convention (下同)")
q(HZ, "市委人才办承担哪些重点工作？", "bureau_tasks", ["一、2."], "doc", body="市委人才办")
q(HZ, "市政府办公室在这份责任分解里要负责哪几项？", "bureau_tasks", ["一、1.", "一、2."], "everyday", body="市政府办公室")
q(HZ, "责任单位中列第一位的单位承担什么角色？", "requirement", ["一、1."], "doc")
q(HZ, "这几项重点工作是哪位市长主抓的？", "other", ["一、"], "everyday", note="一、洪湖鹏市长主抓重点工作")
q(HZ, "2023年是“八八战略”实施多少周年？", "fact", ["前言"], "doc", figure="20周年")
q(HZ, "到2023年湖州撤地建市满多少年了？", "fact", ["前言"], "everyday", figure="40周年")
q(HZ, "该通知的成文日期是哪一天？", "document", [], "doc", figure="2023年3月15日")
q(HZ, "这份重点工作责任分解是哪个单位印发的？", "document", [], "everyday", figure="湖州市人民政府办公室")
q(HZ, "该通知的发文字号是什么？", "document", [], "doc", answerable=False, note="the saved page starts at the addressees; no 文号")
q(HZ, "今年湖州的十方面民生实事具体是哪十件？", "other", [], "everyday", answerable=False,
  note="the 民生实事 list is a separate attachment, not in the saved text")

# Xianning
q(XN, "地方一般公共预算收入增长目标由哪个单位牵头、哪些单位负责？", "responsibility", ["一、（四）"], "doc",
  bodies=["市财政局", "市税务局", XN_C, XN_G], lead=["市财政局"])
q(XN, "咸宁今年规上工业增加值那个目标是谁牵头？", "responsibility", ["一、（二）"], "everyday",
  bodies=["市经信局", XN_C, XN_G], lead=["市经信局"])
q(XN, "城乡常住居民人均可支配收入与经济增长同步这一目标由哪些单位负责？", "responsibility", ["一、（九）"], "doc",
  bodies=XN_C9, lead=["市发改委"])
q(XN, "咸九高速建成通车那项工作，牵头的是哪个局，还有谁一起负责？", "responsibility", ["二、（一）1."], "everyday",
  bodies=XN_P1, lead=["市交通运输局"])
q(XN, "市商务局牵头或参与哪些目标任务？", "bureau_tasks", ["一、（五）", "一、（六）", "一、（九）"], "doc", body="市商务局")
q(XN, "人社局这回分到了哪些任务？", "bureau_tasks", ["一、（七）", "一、（九）"], "everyday", body="市人社局")
q(XN, "2024年固定资产投资的增长目标是多少？", "fact", ["一、（三）"], "doc", figure="8%")
q(XN, "咸宁今年城镇新增就业打算达到多少人？", "fact", ["一、（七）"], "everyday", figure="3.7万人")
q(XN, "居民消费价格指数涨幅要控制在什么范围？", "fact", ["一、（八）"], "doc", figure="3%以内")
q(XN, "“项目攻坚年”活动要确保哪些项目建成或开工？", "other", ["二、（一）1."], "doc")
q(XN, "这份责任分解方案的发文字号是多少？", "document", [], "doc", answerable=False,
  note="the saved text starts at part 一、; no header")
q(XN, "咸九高速总投资是多少钱？", "fact", [], "everyday", answerable=False)

# Chengdu
q(CD, "联席会议的日常工作由哪个单位负责？", "responsibility", ["二、"], "doc", bodies=["市教育局"], lead=[])
q(CD, "成都这个社区教育联席会议都有哪些部门参加？", "responsibility", ["二、"], "everyday", bodies=CD_MEMBERS, lead=[],
  note="member list; no lead unit is named")
q(CD, "联席会议办公室副主任由哪些单位的分管负责同志担任？", "responsibility", ["二、"], "doc", bodies=CD_DEPUTY, lead=[],
  note="the saved text stops inside this sentence; gold = the units it lists")
q(CD, "市体育局在该联席会议制度中承担什么角色？", "bureau_tasks", ["二、"], "doc", body="市体育局")
q(CD, "团市委跟这个联席会议有啥关系？", "bureau_tasks", ["二、"], "everyday", body="团市委")
q(CD, "联席会议办公室设几名副主任？", "fact", ["二、"], "doc", figure="9名")
q(CD, "联席会议要汇总发布各成员单位的哪些清单？", "requirement", ["一、"], "everyday")
q(CD, "该通知的发文字号是什么？", "document", [], "doc", figure="成办函〔2017〕43号")
q(CD, "这份建联席会议的通知是哪个部门发的？", "document", [], "everyday", figure="成都市人民政府办公厅")
q(CD, "联席会议总召集人由谁担任？", "other", ["二、"], "doc", note="an office (分管副市长), no name")
q(CD, "联席会议办公室的联系电话是多少？", "other", [], "everyday", answerable=False)
q(CD, "联席会议每年召开几次全体会议？", "fact", [], "doc", answerable=False,
  note="the saved text stops in part 二、; no meeting rule is given")

# ---------------------------------------------------------------------------------------------
CN = "一二三四五六七八九十"
def load(doc):
    with open(os.path.join(DOCS, doc + ".txt"), encoding="utf-8") as f:
        return f.read()

def normalise(t):
    # 1:1 replacements so positions stay valid
    t = t.replace("(", "（").replace(")", "）")
    t = re.sub(r"(?m)^([ \t\u3000]*)(\d+)、", lambda m: m.group(1) + m.group(2) + ".", t)
    return t

PART = re.compile(r"(?m)^[ \t\u3000]*([一二三四五六七八九十]+)、")
ART = re.compile(r"(?:(?<=\n)|(?<=^)|(?<=）)|(?<=。))[ \t\u3000]*（([一二三四五六七八九十]+)）")
ITEM = re.compile(r"(?:(?<=\n)|(?<=^)|(?<=）))[ \t\u3000]*(\d+)\.(?!\d)")
SUB = re.compile(r"(?:(?<=\n)|(?<=^))[ \t\u3000]*（(\d+)）")

def spans(pattern, text, lo, hi):
    ms = [m for m in pattern.finditer(text) if lo <= m.start() < hi]
    out = []
    for i, m in enumerate(ms):
        end = ms[i + 1].start() if i + 1 < len(ms) else hi
        out.append((m.group(1), m.start(), end))
    return out

def unit_span(text, path):
    n = normalise(text)
    parts = spans(PART, n, 0, len(n))
    if path == "前言":
        return (0, parts[0][1] if parts else len(n))
    comps = re.findall(r"[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|\d+\.|（\d+）", path)
    if "".join(comps) != path:
        return None
    lo, hi = (parts[0][1] if parts else 0), len(n)
    for c in comps:
        if c.endswith("、"):
            cand = spans(PART, n, lo, hi); key = c[:-1]
        elif c.startswith("（") and c[1] in CN:
            cand = spans(ART, n, lo, hi); key = c[1:-1]
        elif c.endswith("."):
            cand = spans(ITEM, n, lo, hi); key = c[:-1]
        else:
            cand = spans(SUB, n, lo, hi); key = c[1:-1]
        hit = [s for s in cand if s[0] == key]
        if len(hit) != 1:
            return None
        lo, hi = hit[0][1], hit[0][2]
    return (lo, hi)

texts = {d: load(d) for d in DOC_ORDER}

# every label path of each document, for the README / a human check
def all_units(text):
    n = normalise(text); out = []
    for p, a, b in spans(PART, n, 0, len(n)):
        out.append(p + "、")
        for ar, a2, b2 in spans(ART, n, a, b):
            out.append(p + "、（" + ar + "）")
            for it, a3, b3 in spans(ITEM, n, a2, b2):
                out.append(p + "、（" + ar + "）" + it + ".")
        if not spans(ART, n, a, b):
            for it, a3, b3 in spans(ITEM, n, a, b):
                out.append(p + "、" + it + ".")
    return out

# ---- clauses
clause_rows = []
last = defaultdict(int)
for i, (doc, unit, quote, bodies, lead, support, form, note) in enumerate(CLAUSES):
    t = texts[doc]
    start = last[doc] if form != "convention" else max(0, last[doc] - len(quote) - 400)
    p = t.find(quote, start)
    if p < 0:
        p2 = t.find(quote)
        err(f"clause {i} {doc}: quote not found{' in order' if p2 >= 0 else ''}: {quote[:30]}")
        p = p2
    elif form != "convention":
        last[doc] = p + 1
    sp = unit_span(t, unit)
    if sp is None:
        err(f"clause {i} {doc}: unit {unit} not found")
    elif p >= 0 and not (sp[0] <= p < sp[1]):
        err(f"clause {i} {doc}: quote not inside unit {unit}")
    k = 0
    for b in bodies:
        j = quote.find(b, k)
        if j < 0:
            err(f"clause {i} {doc}: body {b} not in quote (in order)")
        else:
            k = j + len(b)
    if len(set(bodies)) != len(bodies):
        err(f"clause {i} {doc}: repeated body")
    if not set(lead) <= set(bodies) or not set(support) <= set(bodies) or set(lead) & set(support):
        err(f"clause {i} {doc}: lead/support not disjoint subsets of bodies")
    if form == "convention" and (bodies or lead or support):
        err(f"clause {i}: convention with bodies")
    if form not in ("tail", "tail-lead", "labelled", "sentence-lead", "huitong", "fuze-sentence", "members", "table-row", "convention"):
        err(f"clause {i}: bad form {form}")
    if form == "tail-lead" and not lead:
        err(f"clause {i}: tail-lead without lead")
    row = dict(doc=doc, unit=unit, quote=quote, bodies=bodies, lead=lead, support=support, form=form)
    if note:
        row["note"] = note
    row["split"] = SPLIT
    clause_rows.append(row)

# Huzhou convention: lead = the first body of every non-convention clause
for i, r in enumerate(clause_rows):
    if r["doc"] == HZ and r["form"] != "convention" and r["lead"] != r["bodies"][:1]:
        err(f"clause {i}: Huzhou convention not applied")
# documents without a convention: a lead only where the text says 牵头 / 会同
for i, r in enumerate(clause_rows):
    if r["doc"] != HZ and r["lead"] and not any(w in r["quote"] for w in ("牵头", "会同")):
        err(f"clause {i}: lead without 牵头/会同 in the quote")

# ---- questions
rows = []
per_doc = Counter(); unans = Counter()
for d in DOC_ORDER:
    n = 0
    for x in Q:
        if x["doc"] != d:
            continue
        n += 1
        row = {"id": f"pol-{SPLIT}-{d}-{n:02d}", "doc": d, "question": x["question"], "intent": x["intent"],
               "answerable": x["answerable"], "gold_units": x["gold_units"] if x["answerable"] else []}
        if x["intent"] == "responsibility" and x["answerable"]:
            row["gold_bodies"] = x["gold_bodies"]; row["gold_lead"] = x["gold_lead"]
        if x["intent"] == "bureau_tasks" and x["answerable"]:
            row["body"] = x["body"]
        if x["intent"] in ("fact", "document") and x["answerable"]:
            row["figure"] = x["figure"]
        row["style"] = x["style"]; row["split"] = SPLIT
        if x["note"]:
            row["note"] = x["note"]
        rows.append(row)
        per_doc[d] += 1
        if not x["answerable"]:
            unans[d] += 1

for r in rows:
    d, t = r["doc"], texts[r["doc"]]
    if r["intent"] not in ("responsibility", "bureau_tasks", "fact", "document", "requirement", "other"):
        err(f"{r['id']}: bad intent")
    if r["style"] not in ("doc", "everyday"):
        err(f"{r['id']}: bad style")
    if not r["answerable"]:
        if r["gold_units"]:
            err(f"{r['id']}: unanswerable with units")
        continue
    if r["intent"] == "document":
        if r["gold_units"]:
            err(f"{r['id']}: document question with units")
        if r["figure"] not in t:
            err(f"{r['id']}: figure {r['figure']} not in document")
        continue
    if not r["gold_units"]:
        err(f"{r['id']}: no gold units")
    sps = {}
    for u in r["gold_units"]:
        sp = unit_span(t, u)
        if sp is None:
            err(f"{r['id']}: unit {u} not found")
        sps[u] = sp
    if r["intent"] == "fact":
        if not any(sp and r["figure"] in t[sp[0]:sp[1]] for sp in sps.values()):
            err(f"{r['id']}: figure {r['figure']} not in gold unit")
    if r["intent"] == "responsibility":
        ok = any(c["doc"] == d and c["unit"] in r["gold_units"] and c["bodies"] == r["gold_bodies"]
                 and c["lead"] == r["gold_lead"] for c in clause_rows)
        if not ok:
            err(f"{r['id']}: gold_bodies/gold_lead match no clause of the unit")
    if r["intent"] == "bureau_tasks":
        b = r["body"]; names = [b] + ALIASES.get((d, b), [])
        want = []
        for c in clause_rows:
            if c["doc"] == d and any(nm in c["bodies"] for nm in names) and c["unit"] not in want:
                want.append(c["unit"])
        if want != r["gold_units"]:
            err(f"{r['id']}: bureau_tasks units {r['gold_units']} != clause units {want}")
        quotes = []
        for c in clause_rows:
            if c["doc"] == d and c["form"] != "convention":
                p = t.find(c["quote"])
                while p >= 0:
                    quotes.append((p, p + len(c["quote"]))); p = t.find(c["quote"], p + 1)
        allowed = [unit_span(t, u) for u in OBJECT_MENTIONS.get((d, b), [])]
        for nm in names:
            for m in re.finditer(re.escape(nm), t):
                p = m.start()
                if any(a <= p < z for a, z in quotes) or any(s and s[0] <= p < s[1] for s in allowed):
                    continue
                err(f"{r['id']}: mention of {nm} at {p} is outside every clause and not a listed object mention")

# a question must not copy a whole sentence of its document
for r in rows:
    qt = re.sub(r"[？?。，,、\s]", "", r["question"])
    sents = [re.sub(r"[，,、\s]", "", s) for s in re.split(r"[。；;！\n]", texts[r["doc"]])]
    if any(len(s) >= 12 and s in qt for s in sents):
        err(f"{r['id']}: question copies a whole sentence of the document")

ids = [r["id"] for r in rows]
if len(ids) != len(set(ids)):
    err("duplicate ids")
for d in DOC_ORDER:
    if per_doc[d] != 12: err(f"{d}: {per_doc[d]} questions")
    if unans[d] != 2: err(f"{d}: {unans[d]} unanswerable")

with open(os.path.join(ROOT, "questions.jsonl"), "w", encoding="utf-8") as f:
    for r in rows:
        f.write(json.dumps(r, ensure_ascii=False) + "\n")
with open(os.path.join(ROOT, "clauses.jsonl"), "w", encoding="utf-8") as f:
    for r in clause_rows:
        f.write(json.dumps(r, ensure_ascii=False) + "\n")

print(f"documents: {len(texts)}; lengths: " + ", ".join(f"{d}={len(t)}" for d, t in texts.items()))
for d in DOC_ORDER:
    print(f"units {d}: {' '.join(all_units(texts[d]))}")
print(f"questions: {len(rows)}; by intent: {dict(Counter(r['intent'] for r in rows))}")
print(f"unanswerable by intent: {dict(Counter(r['intent'] for r in rows if not r['answerable']))}")
print(f"answerable: {sum(r['answerable'] for r in rows)}; unanswerable: {sum(not r['answerable'] for r in rows)}")
print(f"style: {dict(Counter(r['style'] for r in rows))}")
print(f"responsibility with gold_lead: {sum(1 for r in rows if r.get('gold_lead'))} of {sum(1 for r in rows if 'gold_bodies' in r)}")
print(f"clauses: {len(clause_rows)}; by doc: {dict(Counter(c['doc'] for c in clause_rows))}; by form: {dict(Counter(c['form'] for c in clause_rows))}")
for w in warnings:
    print("WARNING:", w)
for e in errors:
    print("ERROR:", e)
print(f"{len(errors)} errors, {len(warnings)} warnings")
sys.exit(1 if errors else 0)
