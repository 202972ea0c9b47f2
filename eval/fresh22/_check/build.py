#!/usr/bin/env python3
"""Build and check eval/fresh22 (system python3; no third-party packages; does not need the product).

Holds the golds of the 60 questions and the responsibility-clause annotations, writes
../questions.jsonl and ../clauses.jsonl, and checks them against ../docs/*.txt:
  * every clause quote is in its document, clauses are in document order;
  * bodies appear in the quote in the given order; lead/support are subsets of bodies;
  * every clause unit and every gold unit label path exists in the text (SPEC normalisation:
    (一)->（一）, 1、->1.; part labels also accepted inline after a space or 。 as in the Zhenjiang
    text; law-like 第X条 units) and the quote lies inside its unit;
  * every fact figure is in its gold unit, every document figure in the document;
  * responsibility gold_bodies / gold_lead equal the bodies / lead of a clause of the gold unit;
  * bureau_tasks unit lists equal the units of all clauses naming the body (aliases listed),
    and every other occurrence of the body in the text is a listed non-responsibility mention;
  * ids unique, 12 questions and exactly 2 unanswerable per document, split fresh22.
Run from anywhere: python3 eval/fresh22/_check/build.py
"""
import json, os, re, sys
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
DOCS = os.path.join(ROOT, "docs")
SPLIT = "fresh22"
errors, warnings = [], []

def err(m): errors.append(m)
def warn(m): warnings.append(m)

SD, JS, HN, SN, ZJ = ("sd-gangcheng-fangguanfu-2021", "js-zhenjiang-caishichang-2009",
                      "hn-hengdong-xiangcunjiaoshi-2016", "sn-yangxian-yanhuabaozhu-2023",
                      "zj-haijingqu-yanhuabaozhu-2023")
ALL = (SD, JS, HN, SN, ZJ)

# documents whose page repeats a heading in its trailing chrome: the first occurrence is the unit
DUPLICATE_HEADINGS_OK = {HN}

JS_C2 = ["市经贸", "规划", "城管", "工商", "公安", "物价", "所在区政府"]
HN_C1 = ["县教育局", "县编办", "县发改局", "县财政局", "县住建局", "县人社局", "县卫计局"]
SN_C4_SUP = ["县应急管理局", "县生态环境局", "县市场监管局", "县教体局", "县住建局", "县卫健局",
             "县文旅局", "县融媒体中心"]
ZJ_C4 = ["教育", "财政", "生态环境", "交通运输", "农业农村", "文化", "市场监督管理", "综合行政执法"]

# ---------------------------------------------------------------------------------------------
# clauses: (doc, unit, quote, bodies, lead, support, form, note)
CLAUSES = [
 # ---- Shandong, Jinan Gangcheng district (labelled tails 牵头单位/责任单位)
 (SD, "一、（一）1.", "〔牵头单位:区政府办公室,责任单位:区政府有关部门,各街道(功能区)〕",
  ["区政府办公室", "各街道(功能区)"], ["区政府办公室"], [], "tail-lead",
  "区政府有关部门 generic, left out; 各街道(功能区) is a collective 责任单位 (neither lead nor support)"),
 (SD, "一、（一）2.", "(牵头单位:区政府办公室、区司法局、区行政审批服务局;责任单位:区政府有关部门)",
  ["区政府办公室", "区司法局", "区行政审批服务局"], ["区政府办公室", "区司法局", "区行政审批服务局"], [],
  "tail-lead", "three 牵头单位; the 责任单位 is generic"),
 (SD, "一、（一）3.", "(牵头单位:区政府办公室;责任单位:区司法局等有关部门)",
  ["区政府办公室", "区司法局"], ["区政府办公室"], [], "tail-lead",
  "区司法局 is a 责任单位 (written 区司法局等有关部门): neither lead nor support"),
 (SD, "一、（一）4.", "(牵头单位:区司法局;责任单位:区政府有关部门)",
  ["区司法局"], ["区司法局"], [], "tail-lead", None),
 (SD, "一、（一）5.", "(牵头单位:区行政审批服务局、区发展改革局;责任单位:区政",
  ["区行政审批服务局", "区发展改革局"], ["区行政审批服务局", "区发展改革局"], [], "tail-lead",
  "the saved text stops inside this tail (责任单位:区政…); the quote is the tail as far as the text goes"),
 # ---- Jiangsu, Zhenjiang (complete text; functional departments written 经贸部门, 规划…等部门)
 (JS, "一、", "现有不符合规划的由区政府取缔", ["区政府"], [], [], "fuze-sentence", "由A… sentence"),
 (JS, "一、", "确需设置的由市经贸、规划、城管、工商、公安、物价等部门和所在区政府共同商定",
  JS_C2, [], [], "fuze-sentence",
  "由A、B…等部门和C共同商定: no lead; bodies as written (市 written once before the list, 部门 once after it)"),
 (JS, "二、", "露天菜市场管理由所在区政府负责", ["所在区政府"], [], [], "fuze-sentence",
  "the next clause (所在区政府指定街道具体管理) names no further specific body"),
 (JS, "三、", "经贸部门负责协调、指导、监督露天菜市场管理", ["经贸部门"], [], [], "fuze-sentence", None),
 (JS, "三、", "规划部门负责市场定点定位", ["规划部门"], [], [], "fuze-sentence", None),
 (JS, "三、", "工商部门负责市场内公平交易秩序和消费安全维护", ["工商部门"], [], [], "fuze-sentence", None),
 (JS, "三、", "物价部门负责市场收费标准核定和公示", ["物价部门"], [], [], "fuze-sentence", None),
 (JS, "三、", "城管部门负责市场环境卫生治理,取缔非法马路菜市场", ["城管部门"], [], [], "fuze-sentence", None),
 (JS, "三、", "公安部门负责市场治安监督管理", ["公安部门"], [], [], "fuze-sentence", None),
 (JS, "四、", "露天菜市场收费由市经贸委牵头,市、区物价部门负责制定摊位收费标准,财政统一收费票据",
  ["市经贸委", "市、区物价部门", "财政"], ["市经贸委"], [], "sentence-lead",
  "市、区物价部门 kept as one collective body; 财政 written without 部门"),
 (JS, "四、", "由区财政专户管理", ["区财政"], [], [], "fuze-sentence", None),
 (JS, "五、", "工商、卫生、农林部门按各自职责负责对进场肉类、家禽、农副食品进行监督检查",
  ["工商", "卫生", "农林部门"], [], [], "fuze-sentence", "bodies as written (部门 once, after the last)"),
 # ---- Hunan, Hengdong county (last page of the document: 四、工作保障)
 (HN, "四、（一）", "县教育局负责乡村教师队伍建设统筹管理、规划和指导,县编办、县发改局、县财政局、县住建局、县人社局、县卫计局等部门要按照职责分工积极配合",
  HN_C1, [], HN_C1[1:], "fuze-sentence",
  "A负责…，B、C…等部门要…积极配合: 配合 = support; no 牵头 is written, so no lead"),
 (HN, "四、（二）", "县财政局要切实加大财政投入", ["县财政局"], [], [], "fuze-sentence", "A要… sentence"),
 (HN, "四、（二）", "县财政局、县教育局加强经费监管", ["县财政局", "县教育局"], [], [], "fuze-sentence", None),
 (HN, "四、（二）", "县审计局要加大教育经费审计力度", ["县审计局"], [], [], "fuze-sentence", None),
 (HN, "四、（三）", "县人民教育督导机构要定期对乡村教师队伍建设工作进行专项检查", ["县人民教育督导机构"], [], [],
  "fuze-sentence", None),
 # ---- Shaanxi, Yang county (第X条 regulation; 第二条 lists duties as inline items 1.–5.)
 (SN, "第二条", "镇(街道)负责本行政区域烟花爆竹燃放管理的组织领导", ["镇(街道)"], [], [], "fuze-sentence",
  "inline item 1. of 第二条; collective 镇(街道) kept as one body"),
 (SN, "第二条", "县公安局负责烟花爆竹燃放管理工作", ["县公安局"], [], [], "fuze-sentence", "inline item 2."),
 (SN, "第二条", "县城管执法大队协助县公安局做好城市烟花爆竹燃放管理工作", ["县城管执法大队", "县公安局"], [],
  ["县城管执法大队"], "fuze-sentence", "inline item 3.; 协助 = support (like 协办); no lead is written"),
 (SN, "第二条", "县应急管理局、县生态环境局、县市场监管局、县教体局、县住建局、县卫健局、县文旅局、县融媒体中心等部门,在各自职责范围内协助县公安局做好烟花爆竹燃放管理相关工作",
  SN_C4_SUP + ["县公安局"], [], SN_C4_SUP, "fuze-sentence", "inline item 4.; 协助 = support; no lead is written"),
 (SN, "第二条", "镇(街道)、部门、相关单位应在居民、干部、职工、学生中广泛开展烟花爆竹燃放法律法规规章的宣传工作",
  ["镇(街道)"], [], [], "fuze-sentence", "inline item 5.; 部门、相关单位 generic, left out"),
 # ---- Zhejiang, Wenzhou 海经区 (通告 reprinted by a news page)
 (ZJ, "三、", "昆鹏街道、灵昆街道及其有关部门,应当定期组织开展烟花爆竹双禁管理工作的宣传教育",
  ["昆鹏街道", "灵昆街道"], [], [], "fuze-sentence", "其有关部门 generic, left out"),
 (ZJ, "四、", "应急管理部门依法查处违法销售烟花爆竹行为", ["应急管理部门"], [], [], "fuze-sentence", None),
 (ZJ, "四、", "公安机关负责烟花爆竹的公共安全管理,依法查处违法燃放烟花爆竹和非经营者违法存放烟花爆竹等行为",
  ["公安机关"], [], [], "fuze-sentence", None),
 (ZJ, "四、", "教育、财政、生态环境、交通运输、农业农村、文化、市场监督管理、综合行政执法等相关职能部门按照各自的职责,共同做好烟花爆竹双禁管理相关工作",
  ZJ_C4, [], [], "fuze-sentence", "bodies as written (…等相关职能部门 once after the list); no lead"),
 (ZJ, "五、", "公安机关作出准予许可决定的,应当将许可燃放的时间、地点、种类、规格、数量向社会公告",
  ["公安机关"], [], [], "fuze-sentence", "the earlier 向公安机关提出申请 makes it an object, not a clause"),
]

# aliases of a body as written elsewhere in the same document (used by the bureau_tasks check)
ALIASES = {(JS, "工商部门"): ["工商"], (JS, "物价部门"): ["物价", "市、区物价部门"]}
# occurrences of a body that are not responsibility text (objects of an action), by unit
OBJECT_MENTIONS = {(ZJ, "公安机关"): ["五、"]}

# ---------------------------------------------------------------------------------------------
# questions
Q = []
def q(doc, question, intent, units, style, bodies=None, lead=None, body=None, figure=None, answerable=True, note=None):
    Q.append(dict(doc=doc, question=question, intent=intent, answerable=answerable, gold_units=units,
                  gold_bodies=bodies, gold_lead=lead, body=body, figure=figure, style=style, note=note))

# Shandong, Gangcheng
q(SD, "承接落实上级取消、下放的行政权力事项由哪个单位牵头？", "responsibility", ["一、（一）1."], "doc",
  bodies=["区政府办公室", "各街道(功能区)"], lead=["区政府办公室"],
  note="各街道(功能区) is a 责任单位 of the same tail (区政府有关部门 generic)")
q(SD, "行政许可案卷评查这些活是哪几个部门牵头搞？", "responsibility", ["一、（一）2."], "everyday",
  bodies=["区政府办公室", "区司法局", "区行政审批服务局"], lead=["区政府办公室", "区司法局", "区行政审批服务局"])
q(SD, "区级行政备案事项清单的编制公布由哪个单位牵头，哪些单位参与？", "responsibility", ["一、（一）3."], "doc",
  bodies=["区政府办公室", "区司法局"], lead=["区政府办公室"], note="区司法局 is the named 责任单位 (区司法局等有关部门)")
q(SD, "区里那些不适应发展的行政权力事项要取消或改管理方式，谁来牵头论证？", "responsibility", ["一、（一）4."],
  "everyday", bodies=["区司法局"], lead=["区司法局"])
q(SD, "推行“一张表单、一套材料”申报模式的投资审批改革由哪些单位牵头？", "responsibility", ["一、（一）5."], "doc",
  bodies=["区行政审批服务局", "区发展改革局"], lead=["区行政审批服务局", "区发展改革局"],
  note="the saved text stops inside this tail, after the 牵头单位")
q(SD, "区司法局在该分工方案中承担哪些任务？", "bureau_tasks", ["一、（一）2.", "一、（一）3.", "一、（一）4."], "doc",
  body="区司法局", note="lead in 2. and 4., 责任单位 in 3.")
q(SD, "区政府办公室这回要牵头干哪几件事？", "bureau_tasks", ["一、（一）1.", "一、（一）2.", "一、（一）3."], "everyday",
  body="区政府办公室")
q(SD, "钢城区这个分工方案是照着济南市哪份文件定的，文号多少？", "fact", ["前言"], "everyday", figure="济政办发〔2021〕4号")
q(SD, "对省、市调整下放到区里的行政权力事项，方案要求做哪些工作？", "requirement", ["一、（一）1."], "doc")
q(SD, "该分工方案的印发日期是哪一天？", "document", [], "doc", figure="2021年4月10日")
q(SD, "印发这个分工方案的通知文号是什么？", "document", [], "doc", answerable=False,
  note="the saved text gives the 济南 document's number only, not this notice's")
q(SD, "区行政审批服务局办这些事的咨询电话是多少？", "other", [], "everyday", answerable=False)

# Jiangsu, Zhenjiang
q(JS, "露天菜市场的定点定位由哪个部门负责？", "responsibility", ["三、"], "doc", bodies=["规划部门"], lead=[])
q(JS, "非法的马路菜市场归哪个部门取缔？", "responsibility", ["三、"], "everyday", bodies=["城管部门"], lead=[],
  note="一、's 现有不符合规划的由区政府取缔 is about existing open-air markets, not 马路菜市场")
q(JS, "确需新设露天菜市场的，由哪些部门和单位共同商定？", "responsibility", ["一、"], "doc", bodies=JS_C2, lead=[])
q(JS, "露天菜市场收费工作由哪个单位牵头，还有哪些部门参与？", "responsibility", ["四、"], "doc",
  bodies=["市经贸委", "市、区物价部门", "财政"], lead=["市经贸委"])
q(JS, "菜市场里进场的肉、家禽这些谁来查？", "responsibility", ["五、"], "everyday", bodies=["工商", "卫生", "农林部门"],
  lead=[])
q(JS, "工商部门在加强市区露天菜市场管理中承担哪些职责？", "bureau_tasks", ["一、", "三、", "五、"], "doc",
  body="工商部门", note="written 工商 inside the lists of 一、 and 五、")
q(JS, "物价部门在菜市场管理上要管哪些事？", "bureau_tasks", ["一、", "三、", "四、"], "everyday", body="物价部门",
  note="written 物价 in 一、's list and 市、区物价部门 in 四、")
q(JS, "露天菜市场的收费实行什么样的资金管理方式？", "fact", ["四、"], "doc", figure="收支两条线")
q(JS, "露天菜市场的摊位能不能承包给别人？", "requirement", ["二、"], "everyday")
q(JS, "该意见的发文字号是什么？", "document", [], "doc", figure="镇政办发〔2009〕210号")
q(JS, "露天菜市场一个摊位一个月收多少钱？", "fact", [], "everyday", answerable=False,
  note="the text says the 物价 departments set the fee standard; it gives no amount")
q(JS, "市民投诉露天菜市场问题的热线电话是多少？", "other", [], "doc", answerable=False)

# Hunan, Hengdong
q(HN, "乡村教师队伍建设的统筹管理、规划和指导由哪个部门负责，哪些部门配合？", "responsibility", ["四、（一）"], "doc",
  bodies=HN_C1, lead=[], note="负责 + 配合 with no 牵头 written: no lead")
q(HN, "教育经费的审计谁来抓？", "responsibility", ["四、（二）"], "everyday", bodies=["县审计局"], lead=[])
q(HN, "乡村教师队伍建设经费的监管由哪些部门负责？", "responsibility", ["四、（二）"], "doc",
  bodies=["县财政局", "县教育局"], lead=[])
q(HN, "乡村教师这块工作谁去做专项检查？", "responsibility", ["四、（三）"], "everyday", bodies=["县人民教育督导机构"],
  lead=[])
q(HN, "加大乡村教师队伍建设财政投入的责任部门是哪个？", "responsibility", ["四、（二）"], "doc", bodies=["县财政局"],
  lead=[])
q(HN, "县财政局在乡村教师队伍建设的工作保障中承担哪些任务？", "bureau_tasks", ["四、（一）", "四、（二）"], "doc",
  body="县财政局")
q(HN, "县人社局在乡村教师这事上要干啥？", "bureau_tasks", ["四、（一）"], "everyday", body="县人社局")
q(HN, "县里每年至少要专门研究几次乡村教师队伍的问题？", "fact", ["四、（一）"], "everyday", figure="一次")
q(HN, "对在乡村教师队伍建设中改革创新、成绩突出的单位怎么处理？", "requirement", ["四、（三）"], "doc")
q(HN, "该文件是哪一天印发的？", "document", [], "doc", figure="2016年6月22日", note="印发 date in the 抄送 line")
q(HN, "乡村教师每月的乡镇工作补贴标准是多少？", "fact", [], "everyday", answerable=False,
  note="the saved page is the last part (四、工作保障) only")
q(HN, "该文件的发文字号是什么？", "document", [], "doc", answerable=False)

# Shaanxi, Yang county
q(SN, "洋县烟花爆竹燃放管理工作由哪个部门负责？", "responsibility", ["第二条"], "doc", bodies=["县公安局"], lead=[],
  note="inline item 2. of 第二条")
q(SN, "城管执法大队在放鞭炮管理上是配合谁的？", "responsibility", ["第二条"], "everyday",
  bodies=["县城管执法大队", "县公安局"], lead=[], note="inline item 3.; 协助 = support, no lead written")
q(SN, "除城管执法大队外，还有哪些部门要协助县公安局管好烟花爆竹燃放？", "responsibility", ["第二条"], "doc",
  bodies=SN_C4_SUP + ["县公安局"], lead=[], note="inline item 4.")
q(SN, "放烟花爆竹的管理，基层这一级的组织领导由谁负责？", "responsibility", ["第二条"], "everyday", bodies=["镇(街道)"], lead=[],
  note="inline item 1. (组织领导); item 5. (宣传) is a second clause naming 镇(街道) with the same bodies")
q(SN, "县公安局在该规定中承担哪些职责？", "bureau_tasks", ["第二条"], "doc", body="县公安局")
q(SN, "县市场监管局在放烟花爆竹这事上要做什么？", "bureau_tasks", ["第二条"], "everyday", body="县市场监管局")
q(SN, "城区禁止燃放区内春节期间允许燃放的时段是哪几天？", "fact", ["第四条"], "doc", figure="除夕至正月初五")
q(SN, "元宵节哪两天可以在城区禁放区放烟花？", "fact", ["第四条"], "everyday", figure="正月十四、正月十五日")
q(SN, "重污染天气预警期间对燃放烟花爆竹有什么规定？", "requirement", ["第五条"], "doc")
q(SN, "这个燃放管理规定是哪天在洋县生活网上发出来的？", "document", [], "everyday", figure="2023-12-27",
  note="the forum post date at the head of the page; the text gives no 成文日期")
q(SN, "在禁放区燃放烟花爆竹会被罚多少钱？", "fact", [], "everyday", answerable=False,
  note="第六条 stops at 由县…; no amount in the saved text")
q(SN, "该规定自哪天起施行？", "fact", [], "doc", answerable=False)

# Zhejiang, 海经区
q(ZJ, "海经区烟花爆竹双禁的宣传教育由哪些街道组织开展？", "responsibility", ["三、"], "doc",
  bodies=["昆鹏街道", "灵昆街道"], lead=[])
q(ZJ, "有人偷偷卖烟花爆竹，归哪个部门查？", "responsibility", ["四、"], "everyday", bodies=["应急管理部门"], lead=[])
q(ZJ, "海经区有人乱放鞭炮谁来管？", "responsibility", ["四、"], "everyday", bodies=["公安机关"], lead=[])
q(ZJ, "除应急管理部门和公安机关外，还有哪些职能部门要按各自职责共同做好双禁管理？", "responsibility", ["四、"], "doc",
  bodies=ZJ_C4, lead=[])
q(ZJ, "焰火燃放活动获得许可后，由哪个机关向社会公告许可燃放的信息？", "responsibility", ["五、"], "doc",
  bodies=["公安机关"], lead=[])
q(ZJ, "公安机关在该通告中承担哪些职责？", "bureau_tasks", ["四、", "五、"], "doc", body="公安机关",
  note="向公安机关提出申请 in 五、 is an object mention")
q(ZJ, "应急管理部门在双禁里负责啥？", "bureau_tasks", ["四、"], "everyday", body="应急管理部门")
q(ZJ, "海经区哪些地方禁止卖和放烟花爆竹？", "fact", ["一、"], "everyday", figure="本区全域")
q(ZJ, "单位想办焰火晚会，要怎么申请？", "requirement", ["五、"], "everyday")
q(ZJ, "该通告由谁发布？", "document", [], "doc", figure="海经区")
q(ZJ, "举报非法燃放烟花爆竹打什么电话？", "other", [], "everyday", answerable=False,
  note="六、 stops before any number")
q(ZJ, "本通告自何时起施行？", "fact", [], "doc", answerable=False)

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

# part labels at a line start, or inline after a space / 。 (Zhenjiang's one-line text)
PART = re.compile(r"(?:(?<=\n)|(?<=^)|(?<= )|(?<=。))[ \t\u3000]*([一二三四五六七八九十]+)、")
ART = re.compile(r"(?:(?<=\n)|(?<=^)|(?<=）)|(?<=。)|(?<= ))[ \t\u3000]*（([一二三四五六七八九十]+)）")
ITEM = re.compile(r"(?:(?<=\n)|(?<=^)|(?<=）))[ \t\u3000]*(\d+)\.(?!\d)")
SUB = re.compile(r"(?:(?<=\n)|(?<=^))[ \t\u3000]*（(\d+)）")
TIAO = re.compile(r"(?m)^[ \t\u3000]*(第[一二三四五六七八九十百]+条)")

def spans(pattern, text, lo, hi):
    ms = [m for m in pattern.finditer(text) if lo <= m.start() < hi]
    out = []
    for i, m in enumerate(ms):
        end = ms[i + 1].start() if i + 1 < len(ms) else hi
        out.append((m.group(1), m.start(), end))
    return out

def unit_span(doc, text, path):
    n = normalise(text)
    tiaos = spans(TIAO, n, 0, len(n))
    if tiaos:  # law-like text
        if path == "前言":
            return (0, tiaos[0][1])
        hit = [s for s in tiaos if s[0] == path]
        return (hit[0][1], hit[0][2]) if len(hit) == 1 else None
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
        if len(hit) > 1 and doc in DUPLICATE_HEADINGS_OK:
            warn(f"{doc}: label {c} occurs {len(hit)} times (page chrome repeats it); first occurrence used")
            hit = hit[:1]
        if len(hit) != 1:
            return None
        lo, hi = hit[0][1], hit[0][2]
    return (lo, hi)

texts = {d: load(d) for d in ALL}

# ---- clauses
clause_rows = []
last = defaultdict(int)
for i, (doc, unit, quote, bodies, lead, support, form, note) in enumerate(CLAUSES):
    t = texts[doc]
    p = t.find(quote, last[doc])
    if p < 0:
        p2 = t.find(quote)
        err(f"clause {i} {doc}: quote not found{' in order' if p2 >= 0 else ''}: {quote[:30]}")
        p = p2
    else:
        last[doc] = p + 1
    if t.count(quote) > 1:
        warn(f"clause {i} {doc}: quote occurs {t.count(quote)} times")
    sp = unit_span(doc, t, unit)
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
    if not set(lead) <= set(bodies) or not set(support) <= set(bodies):
        err(f"clause {i} {doc}: lead/support not subset of bodies")
    if set(lead) & set(support):
        err(f"clause {i} {doc}: a body is both lead and support")
    if not bodies:
        err(f"clause {i} {doc}: no bodies")
    row = dict(doc=doc, unit=unit, quote=quote, bodies=bodies, lead=lead, support=support, form=form)
    if note:
        row["note"] = note
    row["split"] = SPLIT
    clause_rows.append(row)

# ---- questions
rows = []
per_doc = Counter(); unans = Counter()
for d in ALL:
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
    if len(r["question"]) >= 12 and r["question"].rstrip("？?") in t:
        err(f"{r['id']}: question copies the text")
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
        quotes = []
        for c in clause_rows:
            if c["doc"] == d:
                p = t.find(c["quote"])
                while p >= 0:
                    quotes.append((p, p + len(c["quote"]))); p = t.find(c["quote"], p + 1)
        allowed = [unit_span(d, t, u) for u in OBJECT_MENTIONS.get((d, b), [])]
        for nm in names:
            for m in re.finditer(re.escape(nm), t):
                p = m.start()
                if any(a <= p < z for a, z in quotes) or any(s and s[0] <= p < s[1] for s in allowed):
                    continue
                err(f"{r['id']}: mention of {nm} at {p} is outside every clause and not a listed object mention")

ids = [r["id"] for r in rows]
if len(ids) != len(set(ids)):
    err("duplicate ids")
for d in ALL:
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
for w in sorted(set(warnings)):
    print("WARNING:", w)
for e in errors:
    print("ERROR:", e)
print(f"{len(errors)} errors, {len(set(warnings))} warnings")
sys.exit(1 if errors else 0)
