#!/usr/bin/env python3
"""Build and check eval/fresh19 (system python3; no third-party packages).

Holds the golds of the 60 questions and the responsibility-clause annotations, writes
../questions.jsonl and ../clauses.jsonl, and checks them against ../docs/*.txt:
  * 12 questions per document, exactly 2 unanswerable per document, ids/split/style/intent valid;
  * every clause quote is in its document, clauses are in document order, the quote lies inside
    the lines of its unit (label paths computed from the text with SPEC's normalisation:
    一、 / （一） / 1. (also 1、 1．) / （1）, law-like 第X条 + 第（一）项, 前言, 附件);
  * bodies appear in the quote in the given order; lead/support are subsets of bodies;
  * every gold unit exists in its document; fact figures lie inside a gold unit (children
    included), document figures lie in the document;
  * responsibility golds (gold_bodies, gold_lead) equal the bodies/lead of a clause of a gold unit;
  * bureau_tasks unit lists equal the units of the clauses naming the body (in document order),
    and every other occurrence of the body string in the text is listed as a non-responsibility
    mention (NONRESP) — so no responsibility of the body is left out;
  * no question contains a long stretch copied from its document (error if the whole question
    is in the text, warning if a common substring reaches 14 characters).
Prints every label path of each text and a summary; run as
`python3 _check/build.py > _check/build.log`.
"""
import json
import os
import re
import sys
from collections import Counter, OrderedDict

HERE = os.path.dirname(os.path.abspath(__file__))
SET = os.path.dirname(HERE)
SPLIT = "fresh19"
DOCS = ["js-huaian-zhuisu-2017", "gx-xilin-guihuidai-2021", "gd-foshan-huoyun-2022",
        "gz-tongren-hugong-2016", "sd-qingdao-anquanzhidu-2017"]
errors, warnings = [], []


def err(msg):
    errors.append(msg)


def warn(msg):
    warnings.append(msg)


# ---------------------------------------------------------------- label paths
CNUM = "一二三四五六七八九十"
RE_LAW = re.compile(r"^[\s\u3000]*第([一二三四五六七八九十百零]+)条")
RE_PART = re.compile(r"^[\s\u3000]*([一二三四五六七八九十]+)、")
RE_ART = re.compile(r"^[\s\u3000]*[（(]([一二三四五六七八九十]+)[）)]")
RE_ITEM = re.compile(r"^[\s\u3000]*(\d+)[.．、](?!\d)")
RE_SUB = re.compile(r"^[\s\u3000]*[（(](\d+)[）)]")
RE_ATTACH = re.compile(r"^[\s\u3000]*附件\d*[\s\u3000]*$")


def segments(text):
    """[(label, start, end)] for every line, in order."""
    lines = text.split("\n")
    law = any(RE_LAW.match(l) for l in lines)
    out, pos = [], 0
    part = art = item = sub = None
    lawart = lawitem = None
    attach = False
    for line in lines:
        start, end = pos, pos + len(line) + 1
        pos = end
        if attach or RE_ATTACH.match(line):
            attach = True
            out.append(("附件", start, end))
            continue
        if law:
            m = RE_LAW.match(line)
            if m:
                lawart, lawitem = "第%s条" % m.group(1), None
            elif lawart and RE_ART.match(line):
                lawitem = "第（%s）项" % RE_ART.match(line).group(1)
            label = (lawart + (lawitem or "")) if lawart else "前言"
            out.append((label, start, end))
            continue
        m = RE_PART.match(line)
        if m:
            part, art, item, sub = m.group(1) + "、", None, None, None
        elif RE_ART.match(line):
            art, item, sub = "（%s）" % RE_ART.match(line).group(1), None, None
        elif RE_SUB.match(line) and (art or part):
            sub = "（%s）" % RE_SUB.match(line).group(1)
        elif RE_ITEM.match(line) and (art or part):
            item, sub = RE_ITEM.match(line).group(1) + ".", None
        label = "".join(x for x in (part, art, item, sub) if x) or "前言"
        out.append((label, start, end))
    return out


def unit_text(segs, text, label, children=True):
    parts = []
    for lab, s, e in segs:
        if lab == label or (children and lab.startswith(label) and label != "前言" and label != "附件"):
            parts.append(text[s:e])
    return "".join(parts)


def label_at(segs, pos):
    for lab, s, e in segs:
        if s <= pos < e:
            return lab
    return None


# ---------------------------------------------------------------- clauses
# (doc, unit, quote, bodies, lead, support, form, note)
C = []


def cl(doc, unit, quote, bodies, lead=(), support=(), form="fuze-sentence", note=None):
    C.append(dict(doc=doc, unit=unit, quote=quote, bodies=list(bodies), lead=list(lead),
                  support=list(support), form=form, note=note))


# -- 淮安: tails (A牵头，B、C配合), a sentence in 四、（一）, task table in 附件1
D = "js-huaian-zhuisu-2017"
cl(D, "二、（一）", "（市商务局牵头，市经信委、市农委、市食药监局、市公安局、市安监局、市质监局、淮安出入境检验检疫局配合）",
   ["市商务局", "市经信委", "市农委", "市食药监局", "市公安局", "市安监局", "市质监局", "淮安出入境检验检疫局"],
   ["市商务局"], ["市经信委", "市农委", "市食药监局", "市公安局", "市安监局", "市质监局", "淮安出入境检验检疫局"], "tail-lead")
cl(D, "二、（二）", "（市农委牵头，市发改委、市食药监局、市商务局、淮安出入境检验检疫局配合）",
   ["市农委", "市发改委", "市食药监局", "市商务局", "淮安出入境检验检疫局"],
   ["市农委"], ["市发改委", "市食药监局", "市商务局", "淮安出入境检验检疫局"], "tail-lead")
cl(D, "二、（三）", "（市食药监局牵头，市经信委、市农委、市商务局配合）",
   ["市食药监局", "市经信委", "市农委", "市商务局"], ["市食药监局"], ["市经信委", "市农委", "市商务局"], "tail-lead",
   "first of two tails in （三）: domestic food")
cl(D, "二、（三）", "（淮安出入境检验检疫局牵头，淮安海关、市商务局配合）",
   ["淮安出入境检验检疫局", "淮安海关", "市商务局"], ["淮安出入境检验检疫局"], ["淮安海关", "市商务局"], "tail-lead",
   "second tail in （三）, on the unnumbered paragraph about imported food (粗鱼油、奶粉)")
cl(D, "二、（四）", "（市食药监局牵头，市经信委、市卫计委、市商务局、市人社局配合）",
   ["市食药监局", "市经信委", "市卫计委", "市商务局", "市人社局"], ["市食药监局"], ["市经信委", "市卫计委", "市商务局", "市人社局"], "tail-lead")
cl(D, "二、（五）", "（市农委牵头，市发改委、市经信委、市工商局、市质监局、市供销总社配合）",
   ["市农委", "市发改委", "市经信委", "市工商局", "市质监局", "市供销总社"], ["市农委"],
   ["市发改委", "市经信委", "市工商局", "市质监局", "市供销总社"], "tail-lead")
cl(D, "二、（六）", "（市质监局牵头，市经信委配合）", ["市质监局", "市经信委"], ["市质监局"], ["市经信委"], "tail-lead")
cl(D, "二、（七）", "（市公安局牵头，市经信委、市安监局、市工商局、市交通局、市质监局、市环保局配合）",
   ["市公安局", "市经信委", "市安监局", "市工商局", "市交通局", "市质监局", "市环保局"], ["市公安局"],
   ["市经信委", "市安监局", "市工商局", "市交通局", "市质监局", "市环保局"], "tail-lead", "first of three tails in （七）: 危险化学品")
cl(D, "二、（七）", "（市安监局牵头，市公安局、市工商局配合）", ["市安监局", "市公安局", "市工商局"], ["市安监局"],
   ["市公安局", "市工商局"], "tail-lead", "second tail in （七）: other dangerous chemicals and 烟花爆竹 (unnumbered paragraph)")
cl(D, "二、（七）", "（市经信委牵头，市公安局配合）", ["市经信委", "市公安局"], ["市经信委"], ["市公安局"], "tail-lead",
   "third tail in （七）: 民用爆炸物品 (unnumbered paragraph)")
cl(D, "四、（一）", "市商务局要切实发挥全市重要产品追溯体系建设工作的牵头协调作用，建立重要产品追溯体系建设工作例会制度，研究解决重大问题，加快推进各项工作。",
   ["市商务局"], ["市商务局"], [], "fuze-sentence", "lead because the sentence gives 市商务局 the 牵头协调作用")
TAB = [
    ("食用农产品选择大米、大闸蟹、黑猪、畜禽肉、蔬菜、食用菌和芦笋等农产品开展追溯试点，逐步扩大试点范围市农委市发改委、市食药监局、市商务局、淮安出入境检验检疫局",
     "市农委", ["市发改委", "市食药监局", "市商务局", "淮安出入境检验检疫局"]),
    ("食 品乳制品、白酒、食品添加剂、肉制品、食用植物油等主要食品市食药监局市经信委、市农委、市商务局", "市食药监局", ["市经信委", "市农委", "市商务局"]),
    ("进口粗鱼油、奶粉等淮安出入境检验检疫局淮安海关、市商务局", "淮安出入境检验检疫局", ["淮安海关", "市商务局"]),
    ("药 品所有药品市食药监局市经信委、市卫计委、市商务局、市人社局", "市食药监局", ["市经信委", "市卫计委", "市商务局", "市人社局"]),
    ("主要农业生产资料农药、肥料、兽药、种子等市农委市发改委、市经信委、市工商局、市质监局、市供销总社", "市农委",
     ["市发改委", "市经信委", "市工商局", "市质监局", "市供销总社"]),
    ("特种设备电梯、气瓶市质监局市经信委", "市质监局", ["市经信委"]),
    ("危险品剧毒化学品、易制爆危险化学品市公安局市经信委、市安监局、市工商局、市交通局、市质监局、市环保局", "市公安局",
     ["市经信委", "市安监局", "市工商局", "市交通局", "市质监局", "市环保局"]),
    ("除剧毒化学品、易制爆危险化学品以外的危险化学品、烟花爆竹产品市安监局市公安局、市工商局", "市安监局", ["市公安局", "市工商局"]),
    ("民用爆炸物品：工业炸药（铵油类炸药、含水炸药等）市经信委市公安局", "市经信委", ["市公安局"]),
]
for q, lead, sup in TAB:
    cl(D, "附件", q, [lead] + sup, [lead], sup, "table-row",
       "附件1 row; header 重要产品追溯体系建设重要产品名录牵头单位配合单位 (cells run together in the stored text)")

# -- 西林: A负责… / A要… sentences, responsibility table (附件1)
D = "gx-xilin-guihuidai-2021"
cl(D, "二、（一）", "县金融服务中心负责组织协调，抓好“桂惠贷\"政策推进的具体工作，组织开展贴息申报、审核工作，按照预算绩效管理相关规定组织开展绩效评价工作，并按季度向县人民政府办公室报告政策落实情况。",
   ["县金融服务中心"], note="县人民政府办公室 is only the recipient of the report")
cl(D, "二、（一）", "人民银行西林县支行要加强政策解读，按季度监测，通过运用货币政策工具等方式引导金融机构主动作为，帮助企业把优惠政策用足用活。",
   ["人民银行西林县支行"])
cl(D, "二、（一）", "西林银保监组要落实监管激励政策，加强对相关贷款使用情况的监督，确保贷款合法合规，同时结合实际情况将“桂惠贷\"投放情况列为对金融机构的考核内容之一。",
   ["西林银保监组"])
cl(D, "二、（二）", "县财政局负责组织和协调“桂惠贷\"贴息资金筹措工作，落实贴息资金来源，确保贴息资金到位，原则上县财政局应于每季度结束前完成上一季度贴息资金的拨付工作；加强对财政资金使用情况监督，根据需要对资金进行重点跟踪监控或实施绩效再评价。",
   ["县财政局"])
cl(D, "二、（二）", "县审计局要加强对财政贴息资金的审计，促进资金使用公开、公平、公正。", ["县审计局"])
for q, b in [("三企入桂贷\n县招商局、县工信局", ["县招商局", "县工信局"]), ("技改贷\n县工信局", ["县工信局"]),
             ("科创贷\n县科技服务中心", ["县科技服务中心"]),
             ("通道贷\n县发改局、县交通局、县商务工作中心", ["县发改局", "县交通局", "县商务工作中心"]),
             ("三农贷\n县农业农村局", ["县农业农村局"]), ("贸易贷\n县商务工作中心、县发改局", ["县商务工作中心", "县发改局"])]:
    cl(D, "附件", q, b, [], [], "table-row",
       "附件1 责任分工表 row (columns 序号/产品名称/责任单位/备注, one cell a line); no lead column")

# -- 佛山: law-like 第X条, labelled duty lists （一）A职责 …, 会同
D = "gd-foshan-huoyun-2022"
cl(D, "第四条", "扶持资金由市、区交通运输部门负责监督管理，由扶持对象按规定申报和使用。", ["市、区交通运输部门"],
   note="市、区交通运输部门 kept as one collective body (city and district transport departments)")
cl(D, "第四条", "市、区财政部门依职责对预算执行和绩效运行情况进行监控。", ["市、区财政部门"], note="collective body kept as one")
cl(D, "第十一条", "扶持资金采取因素法，由市、区财政部门逐级下拨给扶持对象。", ["市、区财政部门"], note="collective body kept as one")
cl(D, "第十四条第（一）项", "（一）市交通运输部门根据扶持资金预算和本办法，制定和发布扶持资金申报通知，指导各区交通运输部门组织辖区符合申报条件的建设单位开展扶持资金申报工作。",
   ["市交通运输部门"], note="各区交通运输部门 is the object of 指导")
cl(D, "第十四条第（三）项", "（三）各区交通运输部门开展以下工作：", ["各区交通运输部门"], form="labelled",
   note="the three numbered tasks follow (审核, 现场核查, 报送)")
cl(D, "第十四条第（四）项", "（四）市交通运输部门对各区交通运输部门审核的申报资料进行复核，出具复核意见。", ["市交通运输部门"])
cl(D, "第十四条第（五）项", "由市交通运输部门会同有关区交通运输部门进行调查", ["市交通运输部门", "有关区交通运输部门"],
   ["市交通运输部门"], ["有关区交通运输部门"], "huitong", "有关区交通运输部门 kept: a named kind of body, not a bare 有关部门")
cl(D, "第十四条第（五）项", "由市交通运输部门按程序将扶持资金分配方案报市政府审批", ["市交通运输部门"])
cl(D, "第十四条第（六）项", "（六）市财政部门按照市政府批复意见将市级财政承担的扶持资金拨付各区财政部门，各区财政部门将区级财政承担的扶持资金连同市财政下拨的扶持资金在每年6月30日前（2023年-2025年）一并拨付给扶持对象。",
   ["市财政部门", "各区财政部门"])
cl(D, "第十五条第（一）项", "（一）市交通运输部门职责", ["市交通运输部门"], form="labelled",
   note="heading of six numbered duties (1.牵头制定扶持资金管理办法 … 6.会同市财政部门 …)")
cl(D, "第十五条第（一）项", "6.会同市财政部门组织扶持资金收回统筹使用工作，以及对违反资金使用管理有关规定的单位依法进行处理。",
   ["市财政部门"], [], ["市财政部门"], "huitong", "subject (市交通运输部门) is the heading of （一）, outside the quote")
cl(D, "第十五条第（二）项", "（二）市财政部门职责", ["市财政部门"], form="labelled",
   note="heading of four numbered duties, among them 4.负责建设维护“佛山扶持通”")
cl(D, "第十五条第（二）项", "1.协助市交通运输部门制定扶持资金管理办法；", ["市交通运输部门"], [], [], "fuze-sentence",
   "subject (市财政部门) is the heading; 市交通运输部门 is the body it assists")
cl(D, "第十五条第（二）项", "3.会同市交通运输部门做好扶持资金收回统筹使用等相关工作；", ["市交通运输部门"], [], ["市交通运输部门"], "huitong",
   "subject (市财政部门) is the heading of （二）")
cl(D, "第十五条第（三）项", "（三）区交通运输部门职责", ["区交通运输部门"], form="labelled")
cl(D, "第十五条第（四）项", "（四）区财政部门职责", ["区财政部门"], form="labelled")
cl(D, "第十六条", "各区交通运输和财政部门应加大对扶持资金的跟踪指导力度，及时协调解决扶持资金申报和使用过程中的重大问题，并主动向市交通运输部门、财政部门反映有关情况。",
   ["各区交通运输和财政部门"], note="collective body kept as one; the bodies after 向 are recipients")
cl(D, "第二十三条", "本办法由市交通运输局负责解释。", ["市交通运输局"])

# -- 铜仁: 由A领导，B牵头，C…等部门及D各司其职、相互配合; labelled duties （一）A。负责…
D = "gz-tongren-hugong-2016"
LP = "劳务派遣公司"
cl(D, "二、（一）", "劳务派遣公司负责做好对接摸底、人员组织、配合培训机构开展“订单式”培训、输送培训合格劳动力到用工单位、与用工单位签订用工协议、与劳动者签订劳动合同等工作。", [LP])
cl(D, "二、（二）", "劳务派遣公司负责到对口帮扶城市（以各大医院为主要用工单位）和省内相关用工单位开展调查摸底", [LP])
cl(D, "二、（二）", "劳务派遣公司要掌握了解输出地劳动力资源状况，充分利用各地人力资源市场，积极开展社会招募工作。", [LP])
cl(D, "二、（三）6.", "财政部门、人力资源社会保障部门按规定给予培训机构培训补贴", ["财政部门", "人力资源社会保障部门"])
cl(D, "二、（四）", "劳务输出工作由劳务派遣公司具体负责。", [LP])
cl(D, "二、（四）", "劳务派遣公司根据用工单位的相关要求，与用工单位签订劳务输出协议，将培训合格人员输送到用工单位工作，并负责发放工资、代缴社会保险、签订和解除劳动合同，以及处理相关问题和争议。", [LP])
cl(D, "二、（四）", "劳务输出过程中产生的伙食、交通、住宿、保险等费用由劳务派遣公司与用工单位协商解决。", [LP],
   note="用工单位 (any employer) is not a body")
cl(D, "二、（五）", "跟踪服务工作由劳务派遣公司负责。", [LP])
cl(D, "二、（五）", "劳务派遣公司要与用工单位建立劳务协作机制，加强对输出后人员的跟踪服务和管理。", [LP])
cl(D, "二、（五）", "县级人民政府和人力资源社会保障部门要加强对劳务派遣公司的监督管理", ["县级人民政府", "人力资源社会保障部门"],
   note="劳务派遣公司 is the object here")
GRP = "宣传、财政、教育、卫生计生、民政、扶贫等部门"
cl(D, "三、", "由区（县）人民政府领导，人力资源社会保障部门牵头，宣传、财政、教育、卫生计生、民政、扶贫等部门及劳务派遣公司各司其职、相互配合",
   ["区（县）人民政府", "人力资源社会保障部门", GRP, LP], ["人力资源社会保障部门"], [GRP, LP], "sentence-lead",
   "领导 is not 牵头; the list X、Y…等部门 sharing one suffix is kept as one collective body")
cl(D, "三、（一）", "（一）区（县）人民政府。负责分解和落实目标任务", ["区（县）人民政府"], form="labelled")
cl(D, "三、（二）", "（二）人力资源社会保障部门。负责牵头抓总", ["人力资源社会保障部门"], ["人力资源社会保障部门"], [], "labelled")
cl(D, "三、（三）", "（三）教育、卫生计生、民政部门。负责牵头组织编印培训教材", ["教育、卫生计生、民政部门"], ["教育、卫生计生、民政部门"], [],
   "labelled", "three departments sharing the suffix 部门, kept as one collective body (joint lead of that task)")
cl(D, "三、（四）", "（四）宣传部门。负责在政府网站", ["宣传部门"], form="labelled")
cl(D, "三、（五）", "（五）财政部门。负责落实劳务输出宣传、组织、培训、教材编印等补助经费。", ["财政部门"], form="labelled")
cl(D, "三、（六）", "（六）扶贫部门。负责精准提供农村建档立卡贫困户基本情况及需求", ["扶贫部门"], form="labelled")
cl(D, "三、（七）", "（七）劳务派遣公司。负责将用工单位岗位数量", [LP], form="labelled")
cl(D, "四、（一）", "县级人民政府要高度重视培训输出医院护工等服务业人员工作，明确一名区（县）领导为主要负责人", ["县级人民政府"])
cl(D, "四、（一）", "由区（县）人力资源社会保障部门牵头，成立宣传、财政、教育、卫生计生、民政、扶贫等部门为成员单位的工作领导小组",
   ["区（县）人力资源社会保障部门", GRP], ["区（县）人力资源社会保障部门"], [], "members")
cl(D, "四、（二）", "人力资源社会保障部门要充分发挥牵头抓总的作用，加强工作督促指导，积极协调发动劳动力报名参加培训，指导劳务派遣公司加强与用工单位的沟通协调，为输出工作做好相关服务。",
   ["人力资源社会保障部门"], ["人力资源社会保障部门"], [], "fuze-sentence", "lead: 发挥牵头抓总的作用; 劳务派遣公司 is an object")
cl(D, "四、（三）", "人力资源社会保障部门要及时掌握工作推进情况，研究解决存在的困难和问题。", ["人力资源社会保障部门"])

# -- 青岛: a bureau's internal rule; 办公室会同物业公司…, A应…, members of a liaison team
D = "sd-qingdao-anquanzhidu-2017"
cl(D, "二、", "从国库支付局、干教中心、预算评审中心、信息技术处、物业公司抽调人员组建安全工作联络员队伍",
   ["国库支付局", "干教中心", "预算评审中心", "信息技术处", "物业公司"], [], [], "members",
   "the 领导小组 itself is made of office-holders (组长/副组长/…主任), not bodies")
cl(D, "三、（一）2.（1）", "办公室会同物业公司做好电梯设备、消防设施、其他设备和器材的管理、维护、更新工作", ["办公室", "物业公司"],
   ["办公室"], ["物业公司"], "huitong")
cl(D, "三、（一）2.（1）", "信息技术处应加强对机房的日常安全检查，发现问题应及时报告。", ["信息技术处"])
cl(D, "三、（一）2.（2）", "办公室组织做好电梯设备、消防设施和器材等年度检查工作", ["办公室"])
cl(D, "三、（二）2.（1）", "办公室督促食堂加强对食品采购、运输、储存、生产等环节的管理", ["办公室"], note="食堂 is the object of 督促")
cl(D, "三、（二）2.（2）", "办公室加强局内公共场所卫生防疫", ["办公室"])
cl(D, "三、（二）2.（3）", "办公室按规定上报，会同相关单位妥善处置应对。", ["办公室"], ["办公室"], [], "huitong",
   "相关单位 is generic")
cl(D, "四、（一）", "办公室每月检查不少于1次", ["办公室"])
cl(D, "四、（二）", "办公室应加强全局安全生产的宣传与督导", ["办公室"])
cl(D, "四、（三）", "办公室督促物业部门认真履行职责", ["办公室"], note="物业部门 is the object of 督促")
cl(D, "四、（四）", "局安全生产工作领导小组办公室组织做好局安全生产、安全督导的工作记录", ["局安全生产工作领导小组办公室"])

# ---------------------------------------------------------------- questions
# Non-responsibility mentions of bureau_tasks bodies: context strings that contain the body.
NONRESP = {
    ("js-huaian-zhuisu-2017", "市质监局"): ["刘广波　 市质监局副局长"],
    ("js-huaian-zhuisu-2017", "淮安海关"): ["葛海琴　 淮安海关副关长"],
    ("gx-xilin-guihuidai-2021", "县商务工作中心"): ["韦建学县商务工作中心副主任"],
    ("gx-xilin-guihuidai-2021", "县财政局"): ["黄坤县财政局党组副书记", "宁春健县财政局副局长"],
    ("gd-foshan-huoyun-2022", "市财政部门"): ["按照市财政部门的有关要求"],
    ("gz-tongren-hugong-2016", "劳务派遣公司"): ["（一）确定劳务派遣公司。", "选定当地或输入地优质劳务派遣公司承担输出工作", "对劳务派遣公司的监督管理",
                                             "指导劳务派遣公司开展好各项工作", "拨付劳务派遣公司相关服务费用",
                                             "指导劳务派遣公司加强与用工单位的沟通协调"],
    ("gz-tongren-hugong-2016", "人力资源社会保障部门"): [],
    ("sd-qingdao-anquanzhidu-2017", "办公室"): ["办公室主任、干教中心主任", "同时下设办公室", "由局办公室主任具体负责",
                                            "及时报告办公室", "局安全生产工作领导小组办公室", "市财政局办公室主任",
                                            "领导小组下设办公室，办公室主任由"],
    ("sd-qingdao-anquanzhidu-2017", "物业公司"): [],
}
# bodies written differently in some clauses but meaning the same body (counted for bureau_tasks)
ALIASES = {("gz-tongren-hugong-2016", "人力资源社会保障部门"): ["区（县）人力资源社会保障部门"]}

Q = OrderedDict()  # doc -> list of question dicts


def q(doc, question, intent, style, units=(), bodies=None, lead=None, body=None, figure=None, answerable=True, note=None):
    d = OrderedDict(question=question, intent=intent, answerable=answerable, gold_units=list(units))
    if intent == "responsibility" and answerable:
        d["gold_bodies"] = list(bodies or [])
        d["gold_lead"] = list(lead or [])
    if body is not None:
        d["body"] = body
    if figure is not None:
        d["figure"] = figure
    d["style"] = style
    if note:
        d["note"] = note
    Q.setdefault(doc, []).append(d)


D = "js-huaian-zhuisu-2017"
q(D, "药品追溯体系建设由哪个部门牵头，哪些部门配合？", "responsibility", "doc", ["二、（四）", "附件"],
  ["市食药监局", "市经信委", "市卫计委", "市商务局", "市人社局"], ["市食药监局"], note="same bodies in the 附件1 table row 药品")
q(D, "进口的奶粉、鱼油这些要做追溯，是谁牵头管的？", "responsibility", "everyday", ["二、（三）", "附件"],
  ["淮安出入境检验检疫局", "淮安海关", "市商务局"], ["淮安出入境检验检疫局"],
  note="the second tail of 二、（三） (imported food); same in the 附件1 row 进口")
q(D, "烟花爆竹产品的流向登记由哪个单位牵头负责？", "responsibility", "doc", ["二、（七）", "附件"],
  ["市安监局", "市公安局", "市工商局"], ["市安监局"], note="second tail of 二、（七）; same in the 附件1 row 除剧毒化学品…烟花爆竹产品")
q(D, "市质监局在重要产品追溯体系建设中承担哪些任务？", "bureau_tasks", "doc",
  ["二、（一）", "二、（五）", "二、（六）", "二、（七）", "附件"], body="市质监局",
  note="leads 二、（六） (特种设备); partner in （一）（五）（七）; 附件1 rows 主要农业生产资料, 特种设备, 危险品")
q(D, "淮安海关在这个追溯方案里要配合做哪些事？", "bureau_tasks", "everyday", ["二、（三）", "附件"], body="淮安海关",
  note="partner for imported food (粗鱼油、奶粉); the 附件2 line 淮安海关副关长 is a member's post")
q(D, "全市重要产品追溯体系计划在哪一年初步建成？", "fact", "doc", ["一、（二）"], figure="2020年")
q(D, "气瓶贴二维码新标识，啥时候要在全市普遍用上？", "fact", "everyday", ["二、（六）"], figure="2018年底")
q(D, "《淮安市重要产品追溯体系建设实施方案》是以什么文号印发的？", "document", "doc", [], figure="淮政办发〔2017〕87号")
q(D, "淮安这个追溯方案是哪天发的？", "document", "everyday", [], figure="2017年12月11日",
  note="date under the signature 淮安市人民政府办公室")
q(D, "淮安追溯体系建设领导小组的组长是谁？", "other", "everyday", ["附件"], note="附件2: 组长 顾坤, 副市长")
q(D, "医疗器械的追溯归哪个部门牵头？", "responsibility", "everyday", [], answerable=False,
  note="医疗器械 is not among the six product classes (药品 only)")
q(D, "市财政每年安排多少专项资金用于重要产品追溯体系建设？", "fact", "doc", [], answerable=False,
  note="only 以奖代补/政府购买服务/PPP are named, no amount")

D = "gx-xilin-guihuidai-2021"
q(D, "“桂惠贷”贴息资金的筹措工作由哪个部门负责？", "responsibility", "doc", ["二、（二）"], ["县财政局"], [],
  note="二、（二） also holds the 县审计局 sentence")
q(D, "科创贷的入库企业由哪个单位来筛选和推送？", "responsibility", "everyday", ["附件"], ["县科技服务中心"], [],
  note="附件1 责任分工表 row 科创贷")
q(D, "贴息申报和审核工作由谁组织开展？", "responsibility", "doc", ["二、（一）"], ["县金融服务中心"], [],
  note="二、（一） also holds sentences on 人民银行西林县支行 and 西林银保监组")
q(D, "县商务工作中心要负责推送哪几种贷款产品的企业名单？", "bureau_tasks", "everyday", ["附件"], body="县商务工作中心",
  note="附件1 rows 通道贷, 贸易贷; 三、 names a deputy director of it only as a group member")
q(D, "县财政局在落实“桂惠贷”政策中承担哪些职责？", "bureau_tasks", "doc", ["二、（二）"], body="县财政局",
  note="三、 names two of its officials as group members (not tasks)")
q(D, "2021年全县“桂惠贷”投放目标是多少？", "fact", "doc", ["四、（二）", "一、"], figure="3亿元")
q(D, "西林县2021年至少要配套多少贴息资金？", "fact", "everyday", ["一、"], figure="360万元")
q(D, "一季度桂惠贷要完成全年目标的多少？", "fact", "everyday", ["四、（二）"], figure="30%")
q(D, "西林县这份“桂惠贷”通知的发文字号是什么？", "document", "doc", [], figure="西政办发[2021]20号")
q(D, "桂惠贷领导小组的办公室设在哪个单位？", "other", "everyday", ["三、"], note="县金融服务中心")
q(D, "企业申请桂惠贷贴息要准备哪些材料？", "requirement", "everyday", [], answerable=False,
  note="no application materials are listed")
q(D, "西林县推进“桂惠贷”政策领导小组组长的联系电话是多少？", "other", "doc", [], answerable=False)

D = "gd-foshan-huoyun-2022"
q(D, "“佛山扶持通”由哪个部门负责建设维护？", "responsibility", "doc", ["第十五条第（二）项"], ["市财政部门"], [],
  note="duty 4 under the heading （二）市财政部门职责")
q(D, "申报材料符合规定的，由谁去现场核查？", "responsibility", "everyday", ["第十四条第（三）项"], ["各区交通运输部门"], [],
  note="item 2 under （三）各区交通运输部门开展以下工作")
q(D, "《佛山市城市货运配送信息平台建设扶持资金管理办法》由哪个部门负责解释？", "responsibility", "doc", ["第二十三条"],
  ["市交通运输局"], [])
q(D, "市财政部门在扶持资金管理中要做哪些工作？", "bureau_tasks", "doc",
  ["第十四条第（六）项", "第十五条第（一）项", "第十五条第（二）项"], body="市财政部门",
  note="（一）6. names it as the partner of 会同; 第十五条第（四）项 only refers to its requirements")
q(D, "企业申报这个扶持资金要交哪些材料？", "requirement", "everyday", ["第十三条"])
q(D, "符合条件的平台建设单位能拿多少补贴？", "fact", "everyday", ["第九条"], figure="10万元")
q(D, "平台至少要接入多少辆佛山籍货运配送车？", "fact", "everyday", ["第六条第（四）项", "第六条"], figure="100辆")
q(D, "该扶持资金管理办法有效期到什么时候？", "fact", "doc", ["第二十一条"], figure="2025年6月30日")
q(D, "印发该办法的通知文号是什么？", "document", "doc", [], figure="佛交〔2022〕94号")
q(D, "这个货运配送扶持办法是哪个单位印发的？", "document", "everyday", [], figure="佛山市交通运输局")
q(D, "申报扶持资金的咨询电话是多少？", "other", "everyday", [], answerable=False,
  note="咨询电话 is only named as something the 申报通知 contains")
q(D, "购买新能源货运车辆能获得多少扶持补贴？", "fact", "doc", [], answerable=False,
  note="the fund supports information platforms, not vehicle purchases")

D = "gz-tongren-hugong-2016"
q(D, "医院护工等服务业人员的劳务输出工作由哪个部门牵头？", "responsibility", "doc", ["三、"],
  ["区（县）人民政府", "人力资源社会保障部门", GRP, LP], ["人力资源社会保障部门"],
  note="the opening sentence of 三、 (由区（县）人民政府领导，人力资源社会保障部门牵头…); the department list is one collective body")
q(D, "发给村民的宣传手册、宣传画报归谁印？", "responsibility", "everyday", ["三、（七）"], [LP], [])
q(D, "农村建档立卡贫困户的基本情况和需求由哪个部门负责提供？", "responsibility", "doc", ["三、（六）"], ["扶贫部门"], [])
q(D, "培训机构的培训补贴由哪些部门给？", "responsibility", "everyday", ["二、（三）6."], ["财政部门", "人力资源社会保障部门"], [])
q(D, "劳务派遣公司在培训输出工作中承担哪些任务？", "bureau_tasks", "doc",
  ["二、（一）", "二、（二）", "二、（四）", "二、（五）", "三、", "三、（七）"], body=LP,
  note="mentions as an object (选定…, 对…监督管理, 指导…, 拨付…) are not tasks")
q(D, "人社部门在护工培训输出这件事上要干些什么？", "bureau_tasks", "everyday",
  ["二、（三）6.", "二、（五）", "三、", "三、（二）", "四、（一）", "四、（二）", "四、（三）"], body="人力资源社会保障部门",
  note="四、（一） writes 区（县）人力资源社会保障部门")
q(D, "各区（县）每年至少要组织多少农村劳动力参加培训？", "fact", "doc", ["一、"], figure="50人")
q(D, "护工培训一期大概要培训多久？", "fact", "everyday", ["二、（三）"], figure="3个月")
q(D, "学员每天的食宿补贴是多少钱？", "fact", "everyday", ["二、（三）6."], figure="60元")
q(D, "铜仁市这个实施方案的印发文号是多少？", "document", "doc", [], figure="铜府办发〔2016〕110号")
q(D, "培训合格输出后的护工一个月能拿多少工资？", "fact", "everyday", [], answerable=False)
q(D, "护工输出到的对口帮扶城市具体有哪几个？", "other", "doc", [], answerable=False,
  note="对口帮扶城市 are named only in general")

D = "sd-qingdao-anquanzhidu-2017"
q(D, "电梯设备、消防设施的管理维护由谁负责，谁配合？", "responsibility", "doc", ["三、（一）2.（1）"], ["办公室", "物业公司"], ["办公室"],
  note="办公室会同物业公司…; the same item also holds the 信息技术处 sentence")
q(D, "机房的日常安全检查归哪个处管？", "responsibility", "everyday", ["三、（一）2.（1）"], ["信息技术处"], [])
q(D, "局安全生产和安全督导的工作记录由谁组织做好？", "responsibility", "doc", ["四、（四）"], ["局安全生产工作领导小组办公室"], [])
q(D, "食堂的食品安全谁来督促？", "responsibility", "everyday", ["三、（二）2.（1）"], ["办公室"], [])
q(D, "局办公室在安全生产管理工作中承担哪些职责？", "bureau_tasks", "doc",
  ["三、（一）2.（1）", "三、（一）2.（2）", "三、（二）2.（1）", "三、（二）2.（2）", "三、（二）2.（3）", "四、（一）", "四、（二）", "四、（三）"],
  body="办公室", note="局安全生产工作领导小组办公室 (四、（四）) is another body; 办公室主任 are office-holders")
q(D, "物业公司在财政局安全生产工作里要参与哪些事？", "bureau_tasks", "everyday", ["二、", "三、（一）2.（1）"], body="物业公司",
  note="二、 draws liaison staff from it; 四、 writes 物业 / 物业部门, which are not the string asked")
q(D, "局主要领导多长时间带队检查一次？", "fact", "doc", ["四、（一）"], figure="每半年")
q(D, "每年要向局党委专题汇报几次安全生产？", "fact", "everyday", ["四、（四）"], figure="1次")
q(D, "《青岛市财政局安全生产管理工作制度》是哪天印发的？", "document", "doc", [], figure="2017年9月29日")
q(D, "财政局安全生产工作领导小组组长是谁？", "other", "everyday", ["附件"], note="附件: 组长 周安, 市财政局党委书记、局长")
q(D, "印发这个安全生产制度的通知文号是什么？", "document", "doc", [], answerable=False, note="the stored text gives no 文号")
q(D, "局里每年要组织几次消防实战演练？", "fact", "everyday", [], answerable=False, note="演练 is only 定期")

# ---------------------------------------------------------------- checks
texts = {}
segs = {}
for d in DOCS:
    with open(os.path.join(SET, "docs", d + ".txt"), encoding="utf-8") as fh:
        texts[d] = fh.read()
    segs[d] = segments(texts[d])

print("== label paths of each text")
for d in DOCS:
    labels = []
    for lab, s, e in segs[d]:
        if not labels or labels[-1] != lab:
            labels.append(lab)
    print(d, len(texts[d]), "chars:", " ".join(OrderedDict.fromkeys(labels)))
    dup = [l for l, n in Counter(labels).items() if n > 1]
    if dup:
        err(f"{d}: label paths occurring in two separate places: {dup}")

# clauses
last = {d: 0 for d in DOCS}
clause_pos = []
for c in C:
    d, t = c["doc"], texts[c["doc"]]
    i = t.find(c["quote"], last[d])
    if i < 0:
        j = t.find(c["quote"])
        err(f"{d}: quote {'not in text' if j < 0 else 'out of document order'}: {c['quote'][:40]}")
        clause_pos.append(-1)
        continue
    last[d] = i
    clause_pos.append(i)
    lab_s, lab_e = label_at(segs[d], i), label_at(segs[d], i + len(c["quote"]) - 1)
    if lab_s != c["unit"] or lab_e != c["unit"]:
        err(f"{d}: clause unit {c['unit']} but quote lies in {lab_s}..{lab_e}: {c['quote'][:30]}")
    p = 0
    for b in c["bodies"]:
        k = c["quote"].find(b, p)
        if k < 0:
            err(f"{d}: body {b} not in quote (in order): {c['quote'][:30]}")
        else:
            p = k + len(b)
    if not set(c["lead"]) <= set(c["bodies"]) or not set(c["support"]) <= set(c["bodies"]):
        err(f"{d}: lead/support not within bodies: {c['quote'][:30]}")
    if set(c["lead"]) & set(c["support"]):
        err(f"{d}: a body both lead and support: {c['quote'][:30]}")
    if c["lead"] and not re.search("牵头|会同", c["quote"] + t[max(0, i - 40):i]) and not (
            c["form"] == "table-row" and "牵头单位" in unit_text(segs[d], t, c["unit"])):
        warn(f"{d}: lead given but no 牵头/会同 near the quote: {c['quote'][:30]}")
    if c["form"] not in {"tail", "tail-lead", "labelled", "sentence-lead", "huitong", "fuze-sentence", "members",
                         "table-row", "convention"}:
        err(f"{d}: bad form {c['form']}")
    if not c["bodies"]:
        err(f"{d}: clause without bodies: {c['quote'][:30]}")

all_units = {d: set(l for l, s, e in segs[d]) for d in DOCS}


def unit_exists(d, u):
    return u in all_units[d] or any(l.startswith(u) for l in all_units[d])


def lcs(a, b):
    best = 0
    for i in range(len(a)):
        for j in range(i + best + 1, len(a) + 1):
            if a[i:j] in b:
                best = j - i
            else:
                break
    return best


qrows = []
for d in DOCS:
    qs = Q.get(d, [])
    if len(qs) != 12:
        err(f"{d}: {len(qs)} questions, 12 wanted")
    if sum(1 for x in qs if not x["answerable"]) != 2:
        err(f"{d}: unanswerable count is not 2")
    for n, x in enumerate(qs, 1):
        qid = f"pol-{SPLIT}-{d}-{n:02d}"
        t = texts[d]
        if x["intent"] not in {"responsibility", "bureau_tasks", "fact", "document", "requirement", "other"}:
            err(f"{qid}: bad intent")
        if x["style"] not in {"doc", "everyday"}:
            err(f"{qid}: bad style")
        if not x["answerable"]:
            if x["gold_units"] or x.get("figure"):
                err(f"{qid}: unanswerable with units or figure")
        for u in x["gold_units"]:
            if not unit_exists(d, u):
                err(f"{qid}: gold unit {u} not in text")
        if x["answerable"] and x["intent"] not in {"document"} and not x["gold_units"]:
            err(f"{qid}: answerable without gold unit")
        if x["intent"] == "document":
            if x["gold_units"]:
                err(f"{qid}: document question with units")
            if x["answerable"] and (not x.get("figure") or x["figure"] not in t):
                err(f"{qid}: document figure not in text: {x.get('figure')}")
        if x["intent"] == "fact" and x["answerable"]:
            ok = [u for u in x["gold_units"] if x["figure"] in unit_text(segs[d], t, u)]
            if len(ok) != len(x["gold_units"]):
                err(f"{qid}: figure {x['figure']} not in every gold unit ({ok})")
        if x["intent"] == "responsibility" and x["answerable"]:
            m = [c for c in C if c["doc"] == d and c["unit"] in x["gold_units"]
                 and c["bodies"] == x["gold_bodies"] and c["lead"] == x["gold_lead"]]
            if not m:
                err(f"{qid}: no clause of {x['gold_units']} has bodies {x['gold_bodies']} lead {x['gold_lead']}")
            for u in x["gold_units"]:
                if not any(c["doc"] == d and c["unit"] == u and c["bodies"] == x["gold_bodies"] for c in C):
                    err(f"{qid}: gold unit {u} has no clause with the gold bodies")
        if x["intent"] == "bureau_tasks":
            b = x["body"]
            names = [b] + ALIASES.get((d, b), [])
            exp = []
            for c, p in sorted(((c, p) for c, p in zip(C, clause_pos) if c["doc"] == d), key=lambda z: z[1]):
                if any(nm in c["bodies"] for nm in names) and c["unit"] not in exp:
                    exp.append(c["unit"])
            if exp != x["gold_units"]:
                err(f"{qid}: bureau units {x['gold_units']} != clause units {exp}")
            # every occurrence of the body is in a clause naming it or in a listed non-responsibility context
            spans = []
            for c, p in zip(C, clause_pos):
                if c["doc"] == d and p >= 0 and any(nm in c["bodies"] for nm in names):
                    for nm in names:
                        for mm in re.finditer(re.escape(nm), c["quote"]):
                            spans.append((p + mm.start(), p + mm.end()))
            ctx = []
            for s in NONRESP.get((d, b), []):
                found = [mm.start() for mm in re.finditer(re.escape(s), t)]
                if not found:
                    err(f"{qid}: non-responsibility context not in text: {s}")
                ctx += [(f, f + len(s)) for f in found]
            for mm in re.finditer(re.escape(b), t):
                s0, e0 = mm.start(), mm.end()
                if not any(a <= s0 and e0 <= z for a, z in spans + ctx):
                    err(f"{qid}: occurrence of {b} at {s0} ({label_at(segs[d], s0)}) neither a clause body nor listed: "
                        f"{t[max(0, s0 - 12):e0 + 12]!r}")
        qq = x["question"].rstrip("？?")
        if qq in t:
            err(f"{qid}: question copied from the text")
        n_l = lcs(re.sub(r"《[^》]*》", "", x["question"]), t)  # a cited title is not copying
        if n_l >= 14:
            warn(f"{qid}: common substring of {n_l} chars with the text")
        row = OrderedDict(id=qid, doc=d, question=x["question"], intent=x["intent"], answerable=x["answerable"],
                          gold_units=x["gold_units"])
        for k in ("gold_bodies", "gold_lead", "body", "figure"):
            if k in x:
                row[k] = x[k]
        row["style"] = x["style"]
        row["split"] = SPLIT
        if "note" in x:
            row["note"] = x["note"]
        qrows.append(row)

# write
with open(os.path.join(SET, "questions.jsonl"), "w", encoding="utf-8") as fh:
    for r in qrows:
        fh.write(json.dumps(r, ensure_ascii=False) + "\n")
with open(os.path.join(SET, "clauses.jsonl"), "w", encoding="utf-8") as fh:
    for c in C:
        r = OrderedDict(doc=c["doc"], unit=c["unit"], quote=c["quote"], bodies=c["bodies"], lead=c["lead"],
                        support=c["support"], form=c["form"])
        if c["note"]:
            r["note"] = c["note"]
        r["split"] = SPLIT
        fh.write(json.dumps(r, ensure_ascii=False) + "\n")

# summary
print("== summary")
print("questions:", len(qrows), dict(Counter(r["intent"] for r in qrows)))
print("answerable:", sum(r["answerable"] for r in qrows), "unanswerable:", sum(not r["answerable"] for r in qrows))
print("style:", dict(Counter(r["style"] for r in qrows)))
print("responsibility with a lead:", sum(1 for r in qrows if r.get("gold_lead")))
print("clauses:", len(C), dict(Counter(c["form"] for c in C)))
for d in DOCS:
    print(f"  {d}: {len(texts[d])} chars, {len(Q[d])} questions, {sum(1 for c in C if c['doc'] == d)} clauses, "
          f"forms {dict(Counter(c['form'] for c in C if c['doc'] == d))}")
for w in warnings:
    print("WARNING:", w)
for e in errors:
    print("ERROR:", e)
print(f"RESULT: {len(errors)} errors, {len(warnings)} warnings")
sys.exit(1 if errors else 0)
