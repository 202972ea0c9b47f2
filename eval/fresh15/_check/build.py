#!/usr/bin/env python3
"""Build and check eval/fresh15 (system python3; no third-party packages).

Holds the golds of the 60 questions and the responsibility-clause annotations, writes
../questions.jsonl and ../clauses.jsonl, and checks them against ../docs/*.txt:
  * every clause quote is in its document, clauses are in document order;
  * bodies appear in the quote in the given order; lead/support are subsets of bodies;
  * every clause unit and every gold unit label path exists in the text (SPEC normalisation:
    (一)->（一）, 1、->1., inline labels after a closing bracket accepted) and the quote lies
    inside its unit;
  * every fact figure is in its gold unit, every document figure in the document;
  * responsibility gold_bodies / gold_lead equal the bodies / lead of a clause of the gold unit;
  * bureau_tasks unit lists equal the units of all clauses naming the body (aliases listed),
    and every other occurrence of the body in the text is a listed non-responsibility mention;
  * ids unique, 12 questions and exactly 2 unanswerable per document, split fresh15.
Run from anywhere: python3 eval/fresh15/_check/build.py
"""
import json, os, re, sys
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
DOCS = os.path.join(ROOT, "docs")
SPLIT = "fresh15"
errors, warnings = [], []

def err(m): errors.append(m)
def warn(m): warnings.append(m)

# ---------------------------------------------------------------------------------------------
# clauses: (doc, unit, quote, bodies, lead, support, form, note)
SD, HLJ, HN, JX, GS = ("sd-shandong-weifei-2019", "hlj-sheng-zerenfengong-2013",
                      "hn-sheng-bumenfengong-2016", "jx-sheng-zhongyiyao-2020",
                      "gs-lanzhou-zhengqu-nd")
JX_MEMBERS = ["省委宣传部", "省委网信办", "省发展改革委", "省教育厅", "省科技厅", "省工业和信息化厅",
              "省民政厅", "省财政厅", "省人力资源社会保障厅", "省自然资源厅", "省生态环境厅",
              "省农业农村厅", "省商务厅", "省文化和旅游厅", "省卫生健康委", "省外办", "省林业局",
              "省市场监管局", "省体育局", "省统计局", "省扶贫办", "省医保局", "省中医药局", "省药监局"]
HLJ_C3_SUP = ["省工信委", "国土资源厅", "住建厅", "环保厅", "水利厅", "交通运输厅", "农委", "商务厅", "金融办"]
SD_MEMBERS = ["省生态环境厅", "省教育厅", "省科技厅", "省公安厅", "省住房城乡建设厅", "省交通运输厅",
              "省水利厅", "省商务厅", "省卫生健康委"]
HN_C3 = ["省科技厅", "省发改委", "省经信委", "省教育厅", "省财政厅", "省地税局", "省国税局"]

CLAUSES = [
 # ---- Shandong
 (SD, "二、（一）1.", "（省生态环境厅牵头，各市政府负责落实，以下任务措施均需各市政府落实，不再列出）",
  ["省生态环境厅", "各市政府"], ["省生态环境厅"], [], "tail-lead",
  "各市政府 (collective, listed as responsible for implementation) is neither lead nor support"),
 (SD, "二、（一）1.", "以下任务措施均需各市政府落实，不再列出", [], [], [], "convention",
  "document-wide convention: every later task is also to be implemented by 各市政府 (not repeated); it names no lead; later clauses are annotated as written, without 各市政府"),
 (SD, "二、（一）2.", "（省住房城乡建设厅、省生态环境厅负责）", ["省住房城乡建设厅", "省生态环境厅"], [], [], "tail", None),
 (SD, "二、（一）3.", "（省卫生健康委、省生态环境厅负责）", ["省卫生健康委", "省生态环境厅"], [], [], "tail", None),
 (SD, "二、（一）4.", "（省生态环境厅、省交通运输厅、省商务厅负责）", ["省生态环境厅", "省交通运输厅", "省商务厅"], [], [], "tail", None),
 (SD, "二、（一）5.", "（省生态环境厅、省教育厅、省科技厅负责）", ["省生态环境厅", "省教育厅", "省科技厅"], [], [], "tail", None),
 (SD, "二、（二）", "（省生态环境厅、省水利厅、省公安厅负责）", ["省生态环境厅", "省水利厅", "省公安厅"], [], [], "tail",
  "the sentence 当地政府负责组织查明来源… in the same article names no specific body (当地政府) and is not annotated"),
 (SD, "二、（三）", "（省生态环境厅负责）", ["省生态环境厅"], [], [], "tail", None),
 (SD, "三、（二）", "排查工作由省政府组织，实行组长负责制，设4个核查组，8个小组。", ["省政府"], [], [], "fuze-sentence", None),
 (SD, "三、（二）", "核查组成员由省生态环境厅、省教育厅、省科技厅、省公安厅、省住房城乡建设厅、省交通运输厅、省水利厅、省商务厅、省卫生健康委等相关部门人员组成。",
  SD_MEMBERS, [], [], "members", "member list of the 核查组 (staff of these departments); no lead named"),
 (SD, "五、（二）", "各市政府是本次排查整治专项行动的责任主体", ["各市政府"], [], [], "fuze-sentence",
  "collective body named as 责任主体"),
 (SD, "五、（二）", "省生态环境厅要加强统筹协调和业务指导", ["省生态环境厅"], [], [], "fuze-sentence", "A要… sentence"),
 # ---- Heilongjiang (主办 = lead, 协办 = support)
 (HLJ, "一、（一）", "(省发改委负责)", ["省发改委"], [], [], "tail", None),
 (HLJ, "一、（二）", "(省财政厅主办,省国税局、地税局协办)", ["省财政厅", "省国税局", "地税局"], ["省财政厅"], ["省国税局", "地税局"], "tail-lead",
  "主办 = lead, 协办 = support; 地税局 written without 省"),
 (HLJ, "一、（三）", "(省发改委主办,省工信委、国土资源厅、住建厅、环保厅、水利厅、交通运输厅、农委、商务厅、金融办协办)",
  ["省发改委"] + HLJ_C3_SUP, ["省发改委"], HLJ_C3_SUP, "tail-lead", "bodies after the first are written without 省"),
 (HLJ, "一、（四）", "(省工信委负责)", ["省工信委"], [], [], "tail", None),
 (HLJ, "一、（五）", "(省商务厅负责)", ["省商务厅"], [], [], "tail", None),
 (HLJ, "一、（六）", "(省商务厅负责)", ["省商务厅"], [], [], "tail", None),
 (HLJ, "一、（七）", "(省发改委、农委、统计局分别负责)", ["省发改委", "农委", "统计局"], [], [], "tail", "分别负责: no lead"),
 (HLJ, "一、（八）", "(省物价监管局负责)", ["省物价监管局"], [], [], "tail", None),
 (HLJ, "一、（九）", "(省发改委负责)", ["省发改委"], [], [], "tail", None),
 (HLJ, "二、（一）1.", "(省发改委主办,省工信委、科技厅、商务厅、国土资源厅、林业厅协办)",
  ["省发改委", "省工信委", "科技厅", "商务厅", "国土资源厅", "林业厅"], ["省发改委"],
  ["省工信委", "科技厅", "商务厅", "国土资源厅", "林业厅"], "tail-lead", None),
 (HLJ, "二、（一）2.", "(省工信委主办,省发改委协办)", ["省工信委", "省发改委"], ["省工信委"], ["省发改委"], "tail-lead", "item 2. is written inline after item 1.'s tail"),
 # ---- Hunan
 (HN, "一、（一）", "(分管副省长、协管副秘书长负责,省科技厅牵头。明确牵头部门的,其他有关部门配合,不逐一列出,下同)",
  ["省科技厅"], ["省科技厅"], [], "tail-lead", "分管副省长、协管副秘书长 are office-holders, not bodies, and are left out"),
 (HN, "一、（一）", "明确牵头部门的,其他有关部门配合,不逐一列出,下同", [], [], [], "convention",
  "where a lead is named, the other relevant departments assist (not listed); applies to every later clause"),
 (HN, "一、（一）", "(分管副省长、协管副秘书长负责,省科技厅、省发改委、省经信委、省教育厅、省财政厅、省地税局、省国税局等负责。列第一位的为牵头部门,其他部门和单位按职责分工负责,下同)",
  HN_C3, ["省科技厅"], [], "tail", "lead by the convention stated in this tail (列第一位的为牵头部门); office-holders left out"),
 (HN, "一、（一）", "列第一位的为牵头部门,其他部门和单位按职责分工负责,下同", [], [], [], "convention",
  "the body listed first is the lead department; applies to every later clause"),
 (HN, "一、（一）", "(分管副省长、协管副秘书长负责,省科技厅牵头)", ["省科技厅"], ["省科技厅"], [], "tail-lead", None),
 # ---- Jiangxi
 (JX, "二、", "联席会议由省委宣传部、省委网信办、省发展改革委、省教育厅、省科技厅、省工业和信息化厅、省民政厅、省财政厅、省人力资源社会保障厅、省自然资源厅、省生态环境厅、省农业农村厅、省商务厅、省文化和旅游厅、省卫生健康委、省外办、省林业局、省市场监管局、省体育局、省统计局、省扶贫办、省医保局、省中医药局、省药监局24个部门和单位组成,省中医药局为牵头单位。",
  JX_MEMBERS, ["省中医药局"], [], "members", "24 member units; 省中医药局 named 牵头单位"),
 # ---- Gansu (Lanzhou)
 (GS, "1.", "由杨志武副市长负责,市发改委牵头,相关部门配合", ["市发改委"], ["市发改委"], [], "sentence-lead",
  "the vice-mayor is an office-holder, not a body; 相关部门 generic"),
 (GS, "2.", "由吴继德副市长负责,市环保局牵头,相关部门配合", ["市环保局"], ["市环保局"], [], "sentence-lead", None),
 (GS, "3.", "由吴继德副市长负责,市建委牵头,相关部门配合", ["市建委"], ["市建委"], [], "sentence-lead", None),
 (GS, "4.", "由吴继德副市长负责,市建设局牵头,市发改委配合", ["市建设局", "市发改委"], ["市建设局"], ["市发改委"], "sentence-lead", None),
 (GS, "5.", "由姚国庆副市长负责,市工信委牵头,相关部门配合", ["市工信委"], ["市工信委"], [], "sentence-lead", None),
]

# aliases of a body as written elsewhere in the same document (used by the bureau_tasks check)
ALIASES = {(HLJ, "省商务厅"): ["商务厅"], (HLJ, "省工信委"): [], (SD, "省交通运输厅"): [], (SD, "省教育厅"): [],
           (HN, "省财政厅"): [], (HN, "省地税局"): [], (JX, "省医保局"): [], (JX, "省体育局"): [],
           (GS, "市发改委"): [], (GS, "市建委"): []}
# occurrences of a body that are not responsibility text (objects of an action), by unit
OBJECT_MENTIONS = {
    (SD, "省交通运输厅"): ["四、（一）", "四、（四）"], (SD, "省教育厅"): ["四、（一）", "四、（四）"],
    (GS, "市发改委"): [],
}

# ---------------------------------------------------------------------------------------------
# questions: (doc, n, question, intent, answerable, gold_units, extra, style, note)
Q = []
def q(doc, question, intent, units, style, bodies=None, lead=None, body=None, figure=None, answerable=True, note=None):
    Q.append(dict(doc=doc, question=question, intent=intent, answerable=answerable, gold_units=units,
                  gold_bodies=bodies, gold_lead=lead, body=body, figure=figure, style=style, note=note))

# Shandong
q(SD, "排查工业企业危险废物产生量、类别、贮存和去向情况由哪个部门牵头？", "responsibility", ["二、（一）1."], "doc",
  bodies=["省生态环境厅", "各市政府"], lead=["省生态环境厅"], note="各市政府 listed as responsible for implementation (负责落实), not lead")
q(SD, "医院里医疗废物的排查是哪几个部门管？", "responsibility", ["二、（一）3."], "everyday",
  bodies=["省卫生健康委", "省生态环境厅"], lead=[])
q(SD, "机动车、船舶拆解维修企业废矿物油和废铅酸蓄电池的排查由哪些部门负责？", "responsibility", ["二、（一）4."], "doc",
  bodies=["省生态环境厅", "省交通运输厅", "省商务厅"], lead=[])
q(SD, "河边湖边有人乱倒固体废物，排查处置这事归哪些部门？", "responsibility", ["二、（二）"], "everyday",
  bodies=["省生态环境厅", "省水利厅", "省公安厅"], lead=[])
q(SD, "省交通运输厅在本次危险废物专项排查整治中承担哪些任务？", "bureau_tasks", ["二、（一）4.", "三、（二）"], "doc", body="省交通运输厅",
  note="四、（一）/（四） only send copies (抄送) to it: not responsibility text")
q(SD, "教育厅在这次危废排查里要干什么？", "bureau_tasks", ["二、（一）5.", "三、（二）"], "everyday", body="省教育厅",
  note="四、（一）/（四） only send copies (抄送) to it")
q(SD, "各市自查阶段要在什么时间之前完成并报送自查报告？", "fact", ["四、（一）"], "doc", figure="2019年4月15日")
q(SD, "省里这次核查一共设了几个核查组？", "fact", ["三、（二）"], "everyday", figure="4个")
q(SD, "该方案由山东省人民政府办公厅印发的日期是哪一天？", "document", [], "doc", figure="2019年3月24日")
q(SD, "印发该方案的通知的文号是什么？", "document", [], "doc", figure="鲁政办字（2019）58号",
  note="文号 as the first line of the saved text gives it (from the repository's title string)")
q(SD, "本次危险废物专项排查整治安排了多少省级专项经费？", "fact", [], "doc", answerable=False)
q(SD, "发现有人非法倾倒危废，举报电话是多少？", "fact", [], "everyday", answerable=False,
  note="the text only says a hotline and mailbox are to be set up and published (五、（二）)")

# Heilongjiang
q(HLJ, "公共财政收入增长目标由哪个部门主办、哪些部门协办？", "responsibility", ["一、（二）"], "doc",
  bodies=["省财政厅", "省国税局", "地税局"], lead=["省财政厅"], note="主办 = lead, 协办 = support")
q(HLJ, "固定资产投资要增长30%以上，这个主要归哪个部门抓，还有谁配合？", "responsibility", ["一、（三）"], "everyday",
  bodies=["省发改委"] + HLJ_C3_SUP, lead=["省发改委"])
q(HLJ, "居民消费价格涨幅控制目标由哪个部门负责？", "responsibility", ["一、（八）"], "doc", bodies=["省物价监管局"], lead=[])
q(HLJ, "哈尔滨燃气轮机、齐齐哈尔铁路货车这些项目谁牵头抓？", "responsibility", ["二、（一）2."], "everyday",
  bodies=["省工信委", "省发改委"], lead=["省工信委"])
q(HLJ, "省商务厅负责哪些重点工作任务？", "bureau_tasks", ["一、（三）", "一、（五）", "一、（六）", "二、（一）1."], "doc", body="省商务厅",
  note="in 一、（三） and 二、（一）1. it is written 商务厅 inside a list that starts with 省…")
q(HLJ, "省工信委今年分到了哪些活？", "bureau_tasks", ["一、（三）", "一、（四）", "二、（一）1.", "二、（一）2."], "everyday", body="省工信委")
q(HLJ, "规模以上工业增加值的增长目标是多少？", "fact", ["一、（四）"], "doc", figure="12%左右")
q(HLJ, "今年要抓的省级重点产业项目有多少个？", "fact", ["二、（一）1."], "everyday", figure="600个")
q(HLJ, "单位GDP综合能耗的下降目标是多少？", "fact", ["一、（九）"], "doc", figure="3.5%")
q(HLJ, "该责任分工意见的发布日期是哪一天？", "document", [], "doc", figure="2013-03-27")
q(HLJ, "这份责任分工意见的发文字号是多少？", "document", [], "doc", answerable=False,
  note="the saved page gives no 文号")
q(HLJ, "抓省级重点产业项目，省里给企业多少补贴？", "fact", [], "everyday", answerable=False)

# Hunan
q(HN, "推进长株潭自主创新示范区建设由哪个部门牵头？", "responsibility", ["一、（一）"], "doc",
  bodies=["省科技厅"], lead=["省科技厅"], note="first clause of 一、（一）; the article holds three clauses")
q(HN, "企业研发费用加计扣除这些政策落实，归哪些部门管、谁牵头？", "responsibility", ["一、（一）"], "everyday",
  bodies=HN_C3, lead=["省科技厅"], note="lead by the convention 列第一位的为牵头部门 stated in the same tail")
q(HN, "建众创空间和农村“星创天地”是哪个部门牵头？", "responsibility", ["一、（一）"], "everyday",
  bodies=["省科技厅"], lead=["省科技厅"])
q(HN, "省财政厅在该部门分工意见中承担哪些工作？", "bureau_tasks", ["一、（一）"], "doc", body="省财政厅")
q(HN, "省地税局要负责啥？", "bureau_tasks", ["一、（一）"], "everyday", body="省地税局")
q(HN, "对已明确牵头部门的工作，其他有关部门的职责是怎样规定的？", "requirement", ["一、（一）"], "doc")
q(HN, "该分工意见是为做好哪一年的政府工作而制定的？", "fact", ["前言"], "doc", figure="2016年")
q(HN, "这个分工是根据哪次人代会通过的报告来定的？", "fact", ["前言"], "everyday", figure="省十二届人大五次会议")
q(HN, "该文件的发文字号是什么？", "document", [], "doc", figure="湘政发〔2016〕1号")
q(HN, "这份分工意见是哪天在省政府网站上发布的？", "document", [], "everyday", figure="2016-02-23")
q(HN, "分管科技工作的副省长是谁？", "other", [], "everyday", answerable=False, note="a person's name; the text names none")
q(HN, "省里对建设众创空间给予多少资金支持？", "fact", [], "doc", answerable=False)

# Jiangxi
q(JX, "江西省中医药工作联席会议的牵头单位是哪个？", "responsibility", ["二、"], "doc", bodies=JX_MEMBERS, lead=["省中医药局"])
q(JX, "江西中医药联席会议都有哪些部门参加？", "responsibility", ["二、"], "everyday", bodies=JX_MEMBERS, lead=["省中医药局"])
q(JX, "省医保局在江西省中医药工作联席会议制度中承担什么角色？", "bureau_tasks", ["二、"], "doc", body="省医保局")
q(JX, "省体育局跟中医药联席会议有啥关系？", "bureau_tasks", ["二、"], "everyday", body="省体育局")
q(JX, "联席会议由多少个部门和单位组成？", "fact", ["二、"], "doc", figure="24个")
q(JX, "省中医药局当初是靠哪份请示申请建立联席会议的，文号多少？", "fact", ["前言"], "everyday", figure="赣中医药文〔2020〕4号")
q(JX, "该批复的成文日期是哪一天？", "document", [], "doc", figure="2020年3月2日")
q(JX, "这份批复的发文机关是谁？", "document", [], "doc", figure="江西省人民政府")
q(JX, "批复对原江西省推进中医药发展领导小组作了怎样的处理？", "other", ["前言"], "doc")
q(JX, "这个联席会议能自己刻章、对外发文吗？", "requirement", ["前言"], "everyday")
q(JX, "联席会议召集人具体是哪位领导，叫什么名字？", "other", [], "everyday", answerable=False,
  note="the text names the office (省政府分管中医药工作的领导同志), not a person")
q(JX, "联席会议每年有多少专项工作经费？", "fact", [], "doc", answerable=False)

# Gansu (Lanzhou)
q(GS, "兰州城市轨道交通项目由哪个部门牵头、哪个部门配合？", "responsibility", ["4."], "doc",
  bodies=["市建设局", "市发改委"], lead=["市建设局"])
q(GS, "兰州大气污染成因研究那个项目是哪个局牵头？", "responsibility", ["2."], "everyday", bodies=["市环保局"], lead=["市环保局"])
q(GS, "污水管网和污水处理厂项目的牵头单位是哪个？", "responsibility", ["3."], "doc", bodies=["市建委"], lead=["市建委"])
q(GS, "国家新材料基地的事谁牵头？", "responsibility", ["5."], "everyday", bodies=["市工信委"], lead=["市工信委"])
q(GS, "市发改委负责哪些事项？", "bureau_tasks", ["1.", "4."], "doc", body="市发改委",
  note="省发改委/国家发改委 elsewhere are other bodies")
q(GS, "市建委要干什么活？", "bureau_tasks", ["3."], "everyday", body="市建委", note="市建设局 (item 4.) is a different body as written")
q(GS, "轨道交通项目建设方案修改完善后要报国家发改委哪个部门？", "other", ["4."], "doc")
q(GS, "大气污染成因研究项目要和哪些单位进一步衔接？", "other", ["2."], "everyday")
q(GS, "污水项目可以争取哪些渠道的资金支持？", "other", ["3."], "everyday")
q(GS, "轨道交通那个项目是哪位副市长负责？", "other", ["4."], "everyday", note="office-holder named in the text (吴继德副市长)")
q(GS, "这份事项分工文件的文号是多少？", "document", [], "doc", answerable=False, note="the saved page has no header")
q(GS, "兰州城市轨道交通项目计划总投资多少亿元？", "fact", [], "doc", answerable=False)

# ---------------------------------------------------------------------------------------------
CN = "一二三四五六七八九十"
def load(doc):
    with open(os.path.join(DOCS, doc + ".txt"), encoding="utf-8") as f:
        return f.read()

def normalise(t):
    # same length as t (1:1 replacements) so positions stay valid
    t = t.replace("(", "（").replace(")", "）")
    t = re.sub(r"(?m)^(\s*)(\d+)、", lambda m: m.group(1) + m.group(2) + ".", t)
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

def unit_span(doc, text, path):
    n = normalise(text)
    parts = spans(PART, n, 0, len(n))
    if path == "前言":
        return (0, parts[0][1] if parts else len(n))
    comps = re.findall(r"[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|\d+\.|（\d+）|附件", path)
    if "".join(comps) != path:
        return None
    lo, hi = 0, len(n)
    if parts:  # documents with parts: restrict to the body after 前言
        lo = parts[0][1]
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

texts = {d: load(d) for d in (SD, HLJ, HN, JX, GS)}

# ---- clauses
clause_rows, pos_by_clause = [], []
last = defaultdict(int)
for i, (doc, unit, quote, bodies, lead, support, form, note) in enumerate(CLAUSES):
    t = texts[doc]
    start = last[doc] if form != "convention" else max(0, last[doc] - len(quote) - 400)
    p = t.find(quote, start)
    if p < 0:
        p2 = t.find(quote)
        err(f"clause {i} {doc}: quote not found{' in order' if p2 >= 0 else ''}: {quote[:30]}")
        p = p2
    else:
        if p < last[doc] and form != "convention":
            err(f"clause {i} {doc}: out of order")
    if form != "convention":
        last[doc] = p + 1
    sp = unit_span(doc, t, unit)
    if sp is None:
        err(f"clause {i} {doc}: unit {unit} not found")
    elif p >= 0 and not (sp[0] <= p < sp[1]):
        err(f"clause {i} {doc}: quote not inside unit {unit}")
    # bodies in order inside the quote
    k = 0
    for b in bodies:
        j = quote.find(b, k)
        if j < 0:
            err(f"clause {i} {doc}: body {b} not in quote (in order)")
        else:
            k = j + len(b)
    if not set(lead) <= set(bodies) or not set(support) <= set(bodies):
        err(f"clause {i} {doc}: lead/support not subset of bodies")
    if form == "convention" and bodies:
        err(f"clause {i}: convention with bodies")
    row = dict(doc=doc, unit=unit, quote=quote, bodies=bodies, lead=lead, support=support, form=form)
    if note:
        row["note"] = note
    row["split"] = SPLIT
    clause_rows.append(row)

# conventions: later clauses of HN follow 列第一位的为牵头部门 (lead = first body when no explicit lead)
for i, r in enumerate(clause_rows):
    if r["doc"] == HN and r["form"] != "convention" and r["bodies"]:
        if r["lead"] != [r["bodies"][0]]:
            err(f"clause {i}: HN convention not applied")

# ---- questions
rows = []
per_doc = Counter(); unans = Counter()
for d in (SD, HLJ, HN, JX, GS):
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
        sp = unit_span(d, t, u)
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
        # every occurrence of the body in the text is inside a clause quote or a listed object mention
        quotes = []
        for c in clause_rows:
            if c["doc"] == d and c["form"] != "convention":
                p = t.find(c["quote"])
                while p >= 0:
                    quotes.append((p, p + len(c["quote"]))); p = t.find(c["quote"], p + 1)
        allowed = [unit_span(d, t, u) for u in OBJECT_MENTIONS.get((d, b), [])]
        for nm in names:
            for m in re.finditer(re.escape(nm), t):
                p = m.start()
                # an alias that is part of a longer name (e.g. 商务厅 in 省商务厅) is not a separate mention
                if nm != b and t[max(0, p - 1):p] == "省":
                    continue
                if any(a <= p < z for a, z in quotes) or any(s and s[0] <= p < s[1] for s in allowed):
                    continue
                err(f"{r['id']}: mention of {nm} at {p} is outside every clause and not a listed object mention")

ids = [r["id"] for r in rows]
if len(ids) != len(set(ids)):
    err("duplicate ids")
for d in (SD, HLJ, HN, JX, GS):
    if per_doc[d] != 12: err(f"{d}: {per_doc[d]} questions")
    if unans[d] != 2: err(f"{d}: {unans[d]} unanswerable")

with open(os.path.join(ROOT, "questions.jsonl"), "w", encoding="utf-8") as f:
    for r in rows:
        f.write(json.dumps(r, ensure_ascii=False) + "\n")
with open(os.path.join(ROOT, "clauses.jsonl"), "w", encoding="utf-8") as f:
    for r in clause_rows:
        f.write(json.dumps(r, ensure_ascii=False) + "\n")

print(f"documents: {len(texts)}; lengths: " + ", ".join(f"{d}={len(t)}" for d, t in texts.items()))
print(f"questions: {len(rows)}; by intent: {dict(Counter(r['intent'] for r in rows))}")
print(f"answerable: {sum(r['answerable'] for r in rows)}; unanswerable: {sum(not r['answerable'] for r in rows)}")
print(f"style: {dict(Counter(r['style'] for r in rows))}")
print(f"responsibility with gold_lead: {sum(1 for r in rows if r.get('gold_lead'))}")
print(f"clauses: {len(clause_rows)}; by doc: {dict(Counter(c['doc'] for c in clause_rows))}; by form: {dict(Counter(c['form'] for c in clause_rows))}")
for w in warnings:
    print("WARNING:", w)
for e in errors:
    print("ERROR:", e)
print(f"{len(errors)} errors, {len(warnings)} warnings")
sys.exit(1 if errors else 0)
