#!/usr/bin/env python3
"""Build and check eval/fresh20 (system python3; no third-party packages, no project imports).

Holds the golds of the 60 questions and the responsibility-clause annotations, writes
../questions.jsonl and ../clauses.jsonl, and checks them against ../docs/*.txt:
  * every clause quote is in its document, clauses of a document are in document order;
  * bodies appear in the quote in the given order; lead/support are subsets of bodies;
  * every clause unit and every gold unit label path exists in the text (SPEC normalisation:
    (一)->（一）, 1、->1.; a label may follow a line start, or a space in the one-line 兴宁 text;
    `第X条` for the 吕梁 办法; `前言`; `附件` = from the first line starting with 附件 to the end)
    and the quote lies inside its unit;
  * every fact figure is in one of its gold units, every document figure in the document;
  * responsibility gold_bodies / gold_lead equal the bodies / lead of a clause of a gold unit;
  * bureau_tasks unit lists equal the units of all clauses naming the body, in document order, and
    every other occurrence of the body in the text is a listed non-responsibility mention;
  * ids unique, 12 questions and exactly 2 unanswerable per document, split fresh20.
Run from anywhere: python3 eval/fresh20/_check/build.py
"""
import json, os, re, sys
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
DOCS = os.path.join(ROOT, "docs")
SPLIT = "fresh20"
errors, warnings = [], []
def err(m): errors.append(m)
def warn(m): warnings.append(m)

XL, LN, XN, XC, LL = ("hb-xialu-zerenfenjie-2020", "gs-longnan-liushouertong-2008",
                      "gd-xingning-shuangbai-2021", "ah-xuancheng-jiankang-2020", "sx-lvliang-shenpi-2020")
ORDER = (XL, LN, XN, XC, LL)

# ---------------------------------------------------------------------------------------------
# clauses: (doc, unit, quote, bodies, lead, support, form, note)
XL_C1 = ["区卫健局", "区疫情防控指挥部成员单位", "各街办(新区)"]
XL_C2 = ["区卫健局", "区创文办", "区疫情防控指挥部成员单位", "区创文工作领导小组成员单位", "各街办(新区)"]
LN_MEMBERS_QUOTE = "\n".join([
    "召 集 人 崔珍康 市政府办副主任", "梁 英 市妇联主席", "李建功 市委组织部副部长",
    "成 员 刘庆生 市精神文明办主任", "刘为民 市教育局副局长", "王志强 市公安局副局长",
    "田佩彩 市民政局纪检组长", "张董家 市司法局副局长", "赵 炤 市财政局副局长", "蒲世华 市农牧局副局长",
    "蔡玉成 市卫生局副局长", "李建勇 市人口委副主任", "虎赛福 市广电局副局长", "魏朝晖 市劳务办副主任",
    "张勇智 市总工会副主席", "郝爱龙 团市委副书记", "王春燕 市妇儿工委办副主任", "董月映 市关工委办公室主任"])
LN_MEMBERS = ["市政府办", "市妇联", "市委组织部", "市精神文明办", "市教育局", "市公安局", "市民政局", "市司法局",
              "市财政局", "市农牧局", "市卫生局", "市人口委", "市广电局", "市劳务办", "市总工会", "团市委",
              "市妇儿工委办", "市关工委"]
XN_MEMBERS = ["市民政局", "市财政局", "市人力资源社会保障局", "市妇联", "市残联"]
LL_BODY = "吕梁市行政审批服务管理局"

CLAUSES = [
 # ---- 下陆区 (黄石市, 湖北)
 (XL, "一、（一）1.", "[牵头单位:区卫健局;责任单位:区疫情防控指挥部成员单位、各街办(新区)]", XL_C1, ["区卫健局"], [],
  "labelled", "bracketed labelled tail; 责任单位 bodies are neither lead nor support under SPEC (not 配合/参与/协办); collective 成员单位 and 各街办(新区) kept as listed"),
 (XL, "一、（一）2.", "[牵头单位:区卫健局、区创文办;责任单位:区疫情防控指挥部成员单位、区创文工作领导小组成员单位、各街办(新区)]",
  XL_C2, ["区卫健局", "区创文办"], [], "labelled", "two lead units; 责任单位 bodies neither lead nor support"),
 # ---- 陇南市 (甘肃)
 (LN, "一、", LN_MEMBERS_QUOTE, LN_MEMBERS, [], [], "members",
  "member list of persons with their posts; bodies = the units named in the posts (召集人 and 成员 lines); the 总召集人 line (市政府副市长) is an office-holder and is left out; no lead unit named"),
 (LN, "一、", "联席会议办公室设在市妇联,王春燕同志兼任办公室主任,成员单位各确定1名联络员。", ["市妇联"], [], [],
  "fuze-sentence", "the joint meeting's office is placed in 市妇联 (办公室设在A); 成员单位 generic"),
 # ---- 兴宁市 (梅州市, 广东)
 (XN, "二、", "成员包括市民政局、市财政局、市人力资源社会保障局、市妇联、市残联等单位分管负责同志。", XN_MEMBERS, [], [],
  "members", "no lead unit named; the 召集人/副召集人 sentence before it names office-holders only and is not annotated"),
 (XN, "三、（二）", "联席会议办公室设在市民政局,办公室主任由市民政局分管负责同志兼任。", ["市民政局"], [], [],
  "fuze-sentence", "办公室设在A, 办公室主任由A…兼任; body listed once"),
 # ---- 宣城市 (安徽)
 (XC, "前言", "市卫健委牵头,会同市教体局起草了《健康宣城行动实施方案(代拟稿)》", ["市卫健委", "市教体局"], ["市卫健委"], ["市教体局"],
  "huitong", "A牵头，会同B; the following 由市政府办郑华主任主持召开 names an office-holder and is not annotated; 请各参会单位(附件1)… is generic"),
 # ---- 吕梁市 (山西)
 (LL, "第二条", "由吕梁市行政审批服务管理局集中行使划转事项审批权,相关职能部门行使事中事后监管权。", [LL_BODY], [], [],
  "fuze-sentence", "由A集中行使…; 相关职能部门 generic"),
 (LL, "第四条", "吕梁市行政审批服务管理局负责实施职责范围内行政审批事项的受理、审查、决定、送达以及公示、听证、招标、拍卖等特别程序和行政相对人容缺承诺、补齐等事项,承担审批的主体责任,启用统一的行政审批专用章,对职责范围内实施的行政审批行为及审批结果是否合法承担相应的法律责任。",
  [LL_BODY], [], [], "fuze-sentence", None),
 (LL, "第五条", "吕梁市行政审批服务管理局负", [LL_BODY], [], [], "fuze-sentence",
  "the saved text stops here (A负…): the task itself is cut off; annotated because the text assigns something to A"),
]

# aliases of a body written differently in the text (none needed in this set)
ALIASES = {}
# occurrences of a body that are not responsibility text, by unit (checked: every other occurrence is an error)
OBJECT_MENTIONS = {
    (XN, "市民政局"): ["前言", "二、"],   # addressee of the 批复 / the 请示's issuer; 市民政局主要负责同志 as 副召集人 (office-holder)
    (XC, "市卫健委"): ["前言"],           # page breadcrumb 网站首页> 市卫健委>
    (XC, "市教体局"): ["附件"],           # listed among the 参会单位 (invited to the meeting)
    (LL, LL_BODY): ["第二条"],            # 审批事项划转到A后 (object of the transfer)
}

# ---------------------------------------------------------------------------------------------
Q = []
def q(doc, question, intent, units, style, bodies=None, lead=None, body=None, figure=None, answerable=True, note=None):
    Q.append(dict(doc=doc, question=question, intent=intent, answerable=answerable, gold_units=units,
                  gold_bodies=bodies, gold_lead=lead, body=body, figure=figure, style=style, note=note))

# 下陆区
q(XL, "坚持常态化疫情防控、精准抓好疫情防控工作由哪个单位牵头？", "responsibility", ["一、（一）1."], "doc",
  bodies=XL_C1, lead=["区卫健局"])
q(XL, "搞爱国卫生运动和环境卫生整治，区里是哪几个单位牵头、哪些单位负责？", "responsibility", ["一、（一）2."], "everyday",
  bodies=XL_C2, lead=["区卫健局", "区创文办"])
q(XL, "对重点人群做核酸检测、追踪隔离无症状感染者，这活儿归谁管？", "responsibility", ["一、（一）1."], "everyday",
  bodies=XL_C1, lead=["区卫健局"])
q(XL, "区卫健局在2020年区政府重点工作责任分解中承担哪些任务？", "bureau_tasks", ["一、（一）1.", "一、（一）2."], "doc", body="区卫健局")
q(XL, "区创文办今年分到了什么活？", "bureau_tasks", ["一、（一）2."], "everyday", body="区创文办")
q(XL, "该责任分解依据的是区第几届人大第几次会议通过的《区政府工作报告》？", "fact", ["前言"], "doc", figure="区十届人大四次会议")
q(XL, "下陆区今年地区生产总值、固定资产投资这些指标的增幅目标定的是多少？", "fact", ["前言"], "everyday", figure="高于全市平均水平",
  note="the text sets a relative target, no percentage")
q(XL, "印发该责任分解的通知落款日期是哪一天？", "document", [], "doc", figure="2020年6月28日")
q(XL, "这个责任分解是区里哪个单位发布的？", "document", [], "everyday", figure="下陆区政府办公室",
  note="as the page's 发布机构 line gives it; the notice itself is headed 区人民政府办公室")
q(XL, "常态化疫情防控要落实哪“三防”要求？", "other", ["一、（一）1."], "doc")
q(XL, "这份责任分解通知的文号是多少？", "document", [], "everyday", answerable=False,
  note="the page's 文 号 field is empty")
q(XL, "2020年下陆区地区生产总值计划具体增长百分之几？", "fact", [], "doc", answerable=False,
  note="only 高于全市平均水平 is given (前言)")

# 陇南市
q(LN, "陇南市农村留守流动儿童工作联席会议由哪些部门的人员组成？", "responsibility", ["一、"], "doc",
  bodies=LN_MEMBERS, lead=[], note="bodies = units of the 召集人 and 成员 lines; the 总召集人 (市政府副市长) is an office-holder")
q(LN, "留守儿童联席会议的办公室放在哪个单位？", "responsibility", ["一、"], "everyday", bodies=["市妇联"], lead=[])
q(LN, "市教育局在陇南市农村留守流动儿童工作联席会议制度中承担什么角色？", "bureau_tasks", ["一、"], "doc", body="市教育局")
q(LN, "市妇联在留守儿童联席会议里管些啥？", "bureau_tasks", ["一、"], "everyday", body="市妇联")
q(LN, "留守儿童联席会议的总召集人是谁？", "other", ["一、"], "everyday", note="a person named in the text (杨秋红, 市政府副市长)")
q(LN, "联席会议办公室主任由哪位同志兼任？", "other", ["一、"], "doc")
q(LN, "联席会议各成员单位应确定几名联络员？", "fact", ["一、"], "doc", figure="1名")
q(LN, "联席会议的成员要是换了人，怎么补上？", "requirement", ["一、"], "everyday")
q(LN, "联席会议的主要职责有哪些？", "requirement", ["二、（一）"], "doc")
q(LN, "该通知的发文字号是什么？", "document", [], "doc", figure="陇政办发〔2008〕92号")
q(LN, "这份建立联席会议的通知是哪一天印发的？", "document", [], "everyday", answerable=False,
  note="the saved text has no date (only the year in the 文号)")
q(LN, "留守儿童联席会议一年开几次全体会议？", "other", [], "everyday", answerable=False,
  note="meeting rules are not in the saved text (it stops inside 二、（一）)")

# 兴宁市
q(XN, "兴宁市“双百工程”联席会议的成员单位有哪些？", "responsibility", ["二、"], "doc", bodies=XN_MEMBERS, lead=[])
q(XN, "双百工程联席会议的办公室设在哪个局？", "responsibility", ["三、（二）"], "everyday", bodies=["市民政局"], lead=[])
q(XN, "联席会议办公室主任由哪个单位的负责同志兼任？", "responsibility", ["三、（二）"], "doc", bodies=["市民政局"], lead=[])
q(XN, "市民政局在兴宁市“双百工程”联席会议制度中承担哪些职责？", "bureau_tasks", ["二、", "三、（二）"], "doc", body="市民政局",
  note="the 批复 is addressed to 市民政局 (前言) and its 主要负责同志 is 副召集人 (二、); only the clauses are counted")
q(XN, "市残联在双百工程联席会议里是什么角色？", "bureau_tasks", ["二、"], "everyday", body="市残联")
q(XN, "双百工程联席会议的召集人由谁担任？", "other", ["二、"], "everyday", note="an office-holder (市政府分管民政工作的副市长)")
q(XN, "该批复所答复的市民政局请示文号是什么？", "fact", ["前言"], "doc", figure="兴民字〔2021〕54号")
q(XN, "这个联席会议能不能刻章、正式发文？", "requirement", ["前言"], "everyday")
q(XN, "同意建立该联席会议制度的批复是哪天发出的？", "document", [], "doc", figure="2021年5月17日")
q(XN, "这份批复的发文单位是哪个？", "document", [], "everyday", figure="兴宁市人民政府办公室")
q(XN, "联席会议的联络员由成员单位哪一级的同志担任？", "other", [], "doc", answerable=False,
  note="no 联络员 rule in the saved text (it stops inside 三、（三）)")
q(XN, "兴宁市双百工程每个社工站要配多少名社工？", "fact", [], "everyday", answerable=False)

# 宣城市
q(XC, "《健康宣城行动实施方案(代拟稿)》由哪个部门牵头起草？", "responsibility", ["前言"], "doc",
  bodies=["市卫健委", "市教体局"], lead=["市卫健委"])
q(XC, "健康宣城那个方案的草稿是哪几个部门一起弄的？", "responsibility", ["前言"], "everyday",
  bodies=["市卫健委", "市教体局"], lead=["市卫健委"])
q(XC, "市卫健委在健康宣城行动实施方案代拟稿的起草中承担什么工作？", "bureau_tasks", ["前言"], "doc", body="市卫健委")
q(XC, "市教体局在这个健康宣城方案上干了啥？", "bureau_tasks", ["前言"], "everyday", body="市教体局",
  note="its place in the 参会单位名单 (附件) is an invitation, not a task")
q(XC, "修改意见的电子版应提交至哪个邮箱？", "fact", ["前言"], "doc", figure="xcsagws@163.com")
q(XC, "联系人张建的手机号是多少？", "fact", ["前言"], "everyday", figure="18805636080")
q(XC, "征求意见会由谁主持召开？", "other", ["前言"], "doc", note="an office-holder (市政府办郑华主任)")
q(XC, "提修改意见主要要围绕哪几方面写？", "requirement", ["前言"], "everyday")
q(XC, "参会单位名单里列了哪些单位？", "other", ["附件"], "doc", note="the saved list is cut off after 市民政局、市")
q(XC, "这个预通知是哪个单位发的？", "document", [], "everyday", figure="宣城市卫生健康委员会")
q(XC, "健康宣城征求意见会具体定在哪天开？", "fact", [], "everyday", answerable=False,
  note="the text says 具体会议时间另行通知")
q(XC, "健康宣城行动推进委员会的主任由谁担任？", "other", [], "doc", answerable=False,
  note="attachment 2 (推进委员会主要职责及成员名单) is not in the saved text")

# 吕梁市
q(LL, "相关职能部门审批事项划转后，由哪个部门集中行使划转事项审批权？", "responsibility", ["第二条"], "doc", bodies=[LL_BODY], lead=[])
q(LL, "在吕梁办审批，受理、审查、送达这些环节归哪个部门管？", "responsibility", ["第四条"], "everyday", bodies=[LL_BODY], lead=[])
q(LL, "审批结果要是不合法，法律责任由谁承担？", "responsibility", ["第四条"], "everyday", bodies=[LL_BODY], lead=[])
q(LL, "吕梁市行政审批服务管理局在该监管办法中承担哪些职责？", "bureau_tasks", ["第二条", "第四条", "第五条"], "doc", body=LL_BODY,
  note="第五条 is cut off after 负 in the saved text")
q(LL, "吕梁市行政审批服务管理局都管些什么事？", "bureau_tasks", ["第二条", "第四条", "第五条"], "everyday", body=LL_BODY,
  note="the text names no other specific body, hence the same body twice")
q(LL, "该通知一共印发了几项制度？", "fact", ["前言"], "doc", figure="7项")
q(LL, "审批权划走以后，原来的主管部门还管哪些事？", "requirement", ["第三条"], "everyday")
q(LL, "审管分离按照什么原则划分审批和监管？", "other", ["第二条"], "doc")
q(LL, "该通知的文号是什么？", "document", [], "doc", figure="吕政发〔2020〕1号")
q(LL, "吕梁这几项审批制度是哪天发的？", "document", [], "everyday", figure="2020年1月20日")
q(LL, "吕梁市行政审批服务管理局的办公地址在哪里？", "other", [], "everyday", answerable=False)
q(LL, "参加行政审批专家评审的专家每次能拿多少劳务费？", "fact", [], "doc", answerable=False,
  note="the 专家评审/专家管理 办法 are named in the notice but their text is not in the saved page")

# ---------------------------------------------------------------------------------------------
CN = "一二三四五六七八九十"
def load(doc):
    with open(os.path.join(DOCS, doc + ".txt"), encoding="utf-8") as f:
        return f.read()

def normalise(t):  # 1:1 replacements, positions stay valid
    t = t.replace("(", "（").replace(")", "）")
    t = re.sub(r"(?m)(^|(?<= ))([ \t\u3000]*)(\d+)、", lambda m: m.group(1) + m.group(2) + m.group(3) + ".", t)
    return t

PART = re.compile(r"(?m)(?:^|(?<= ))[ \t\u3000]*([一二三四五六七八九十]+)、")
ART = re.compile(r"(?m)(?:^|(?<= )|(?<=）)|(?<=。))[ \t\u3000]*（([一二三四五六七八九十]+)）")
ITEM = re.compile(r"(?m)(?:^|(?<=）))[ \t\u3000]*(\d+)\.(?!\d)")
ARTICLE = re.compile(r"(?m)^第([一二三四五六七八九十]+)条")

def spans(pattern, text, lo, hi):
    ms = [m for m in pattern.finditer(text) if lo <= m.start() < hi]
    return [(m.group(1), m.start(), ms[i + 1].start() if i + 1 < len(ms) else hi) for i, m in enumerate(ms)]

def unit_span(text, path):
    n = normalise(text)
    parts = spans(PART, n, 0, len(n))
    arts_law = spans(ARTICLE, n, 0, len(n))
    if path == "前言":
        firsts = [s[1] for s in (parts[:1] + arts_law[:1])]
        if not firsts:
            firsts = [s[1] for s in spans(ITEM, n, 0, len(n))[:1]]
        return (0, min(firsts) if firsts else len(n))
    if path == "附件":
        m = re.search(r"(?m)^附件", n)
        return (m.start(), len(n)) if m else None
    m = re.fullmatch(r"第([一二三四五六七八九十]+)条", path)
    if m:
        hit = [s for s in arts_law if s[0] == m.group(1)]
        return (hit[0][1], hit[0][2]) if len(hit) == 1 else None
    comps = re.findall(r"[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|\d+\.", path)
    if "".join(comps) != path:
        return None
    lo, hi = (parts[0][1] if parts else 0), len(n)
    for c in comps:
        if c.endswith("、"):
            cand, key = spans(PART, n, lo, hi), c[:-1]
        elif c.startswith("（"):
            cand, key = spans(ART, n, lo, hi), c[1:-1]
        else:
            cand, key = spans(ITEM, n, lo, hi), c[:-1]
        hit = [s for s in cand if s[0] == key]
        if len(hit) != 1:
            return None
        lo, hi = hit[0][1], hit[0][2]
    return (lo, hi)

texts = {d: load(d) for d in ORDER}

# ---- clauses
clause_rows, clause_pos = [], []
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
    if not set(lead) <= set(bodies) or not set(support) <= set(bodies):
        err(f"clause {i} {doc}: lead/support not subset of bodies")
    row = dict(doc=doc, unit=unit, quote=quote, bodies=bodies, lead=lead, support=support, form=form)
    if note:
        row["note"] = note
    row["split"] = SPLIT
    clause_rows.append(row)
    clause_pos.append((p, p + len(quote)))

# ---- questions
rows, per_doc, unans = [], Counter(), Counter()
for d in ORDER:
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
        if not any(c["doc"] == d and c["unit"] in r["gold_units"] and c["bodies"] == r["gold_bodies"]
                   and c["lead"] == r["gold_lead"] for c in clause_rows):
            err(f"{r['id']}: gold_bodies/gold_lead match no clause of the unit")
    if r["intent"] == "bureau_tasks":
        b = r["body"]; names = [b] + ALIASES.get((d, b), [])
        want = []
        for c in clause_rows:
            if c["doc"] == d and any(nm in c["bodies"] for nm in names) and c["unit"] not in want:
                want.append(c["unit"])
        if want != r["gold_units"]:
            err(f"{r['id']}: bureau_tasks units {r['gold_units']} != clause units {want}")
        quotes = [clause_pos[i] for i, c in enumerate(clause_rows) if c["doc"] == d]
        allowed = [unit_span(t, u) for u in OBJECT_MENTIONS.get((d, b), [])]
        for nm in names:
            for m in re.finditer(re.escape(nm), t):
                p = m.start()
                if any(a <= p < z for a, z in quotes) or any(s and s[0] <= p < s[1] for s in allowed):
                    continue
                err(f"{r['id']}: mention of {nm} at {p} is outside every clause and not a listed object mention")

ids = [r["id"] for r in rows]
if len(ids) != len(set(ids)):
    err("duplicate ids")
for d in ORDER:
    if per_doc[d] != 12: err(f"{d}: {per_doc[d]} questions")
    if unans[d] != 2: err(f"{d}: {unans[d]} unanswerable")
for d in ORDER:  # every clause unit of a doc listed; label paths of all clauses re-checked above
    pass

with open(os.path.join(ROOT, "questions.jsonl"), "w", encoding="utf-8") as f:
    for r in rows:
        f.write(json.dumps(r, ensure_ascii=False) + "\n")
with open(os.path.join(ROOT, "clauses.jsonl"), "w", encoding="utf-8") as f:
    for r in clause_rows:
        f.write(json.dumps(r, ensure_ascii=False) + "\n")

print(f"documents: {len(texts)}; lengths: " + ", ".join(f"{d}={len(t)}" for d, t in texts.items()))
print(f"questions: {len(rows)}; by intent: {dict(Counter(r['intent'] for r in rows))}")
print(f"answerable: {sum(r['answerable'] for r in rows)}; unanswerable: {sum(not r['answerable'] for r in rows)}")
print(f"by intent and answerable: {dict(Counter((r['intent'], r['answerable']) for r in rows))}")
print(f"style: {dict(Counter(r['style'] for r in rows))}; by doc: " +
      ", ".join(f"{d}={dict(Counter(r['style'] for r in rows if r['doc'] == d))}" for d in ORDER))
print(f"responsibility with gold_lead: {sum(1 for r in rows if r.get('gold_lead'))}")
print(f"clauses: {len(clause_rows)}; by doc: {dict(Counter(c['doc'] for c in clause_rows))}; by form: {dict(Counter(c['form'] for c in clause_rows))}")
for w in warnings:
    print("WARNING:", w)
for e in errors:
    print("ERROR:", e)
print(f"{len(errors)} errors, {len(warnings)} warnings")
sys.exit(1 if errors else 0)
