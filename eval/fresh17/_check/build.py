# Holds the golds of eval/fresh17 and writes questions.jsonl and clauses.jsonl (run: python3 _check/build.py).
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.join(HERE, "..")
SPLIT = "fresh17"

TURPAN_25 = ["市委宣传部", "统战部(市民族宗教事务局)", "网信办", "市发改委", "教育局", "科技局", "司法局", "财政局",
             "人社局", "生态环境局", "文旅局", "卫健委", "市场监督管理局", "广播电视局", "文物局", "党史研究室",
             "党校(行政学院)", "文博院", "总工会", "团委", "妇联", "科协", "文联", "社科联", "融媒体中心"]
SANYA_C2 = ["居(村)民委员会", "区管理委员会", "镇人民政府", "公安", "工商", "执法", "物价", "消防", "专业经营性单位",
            "市住房和城乡建设行政部门"]

clauses = [
    # Qinghai, Haidong
    dict(doc="qh-haidong-lanxi-2020", unit="一、1.", quote="责任单位:海东市、兰州市、临夏州发展改革部门",
         bodies=["海东市、兰州市、临夏州发展改革部门"], lead=[], support=[], form="labelled",
         note="one collective body: the development-and-reform departments of the three cities/prefecture; the next line '人:三市州发展改革部门主要负责同志' names officials (its label is cut in the stored page) and is not annotated"),
    # Xinjiang, Turpan
    dict(doc="xj-turpan-shekepuji-2023", unit="二、1.",
         quote="联席会议由市委宣传部、统战部(市民族宗教事务局)、网信办,市发改委、教育局、科技局、司法局、财政局、人社局、生态环境局、文旅局、卫健委、市场监督管理局、广播电视局、文物局、党史研究室、党校(行政学院)、文博院、总工会、团委、妇联、科协、文联、社科联、融媒体中心等25个部门和单位组成。",
         bodies=TURPAN_25, lead=[], support=[], form="members",
         note="25 members; the sentence after it (which may name the lead or the office) is cut at '市社' in the stored page, so no lead is annotated"),
    # Shanxi, Changzhi
    dict(doc="sx-changzhi-renwuqingdan-2026", unit="三、",
         quote="市政府办公室将对重点目标任务落实情况实行全程跟踪督办,建立“逐月盘点、按季通报”的督导机制,确保各项工作兑现承诺、达到预期成效。",
         bodies=["市政府办公室"], lead=[], support=[], form="fuze-sentence",
         note="the task table (附件) that names the 42 lead departments is not in the stored page"),
    # Guizhou, Guiyang
    dict(doc="gz-guiyang-lvhuayijiao-2009", unit="前言",
         quote="决定将观水路(省委大门)至中华北路(省政府大门)段部分市政绿化项目由市林业绿化局移交市城管局管理",
         bodies=["市林业绿化局", "市城管局"], lead=[], support=[], form="fuze-sentence",
         note="transfer of management: from 市林业绿化局 to 市城管局 (which manages afterwards); no heading in the text, so the unit is 前言"),
    # Hainan, Sanya (law-like 第X条 units)
    dict(doc="hi-sanya-wuye-2011", unit="第二条第一款",
         quote="市住房和城乡建设行政部门是本市物业管理的行政主管部门,负责全市物业管理活动的管理、监督和指导。",
         bodies=["市住房和城乡建设行政部门"], lead=[], support=[], form="fuze-sentence", note=""),
    dict(doc="hi-sanya-wuye-2011", unit="第二条第二款",
         quote="居(村)民委员会、区管理委员会、镇人民政府、公安、工商、执法、物价、消防和专业经营性单位应当协助市住房和城乡建设行政部门对物业管理活动进行管理、监督和指导,调解物业管理服务纠纷。",
         bodies=SANYA_C2, lead=[], support=SANYA_C2[:9], form="fuze-sentence",
         note="'A、B…应当协助C': the nine assisting bodies are support; C (the body assisted) is named last; no 牵头 wording, so no lead"),
    dict(doc="hi-sanya-wuye-2011", unit="第三条第二款",
         quote="市级物业管理联席会议主席由市政府协调城建工作的副秘书长担任,成员由区管理委员会或镇人民政府、市政府相关部门等各方代表组成。",
         bodies=["区管理委员会", "镇人民政府"], lead=[], support=[], form="members",
         note="chair is an official (副秘书长), not a body; 市政府相关部门 left out as generic"),
    dict(doc="hi-sanya-wuye-2011", unit="第三条第三款",
         quote="区(镇)级物业管理联席会议主席由区(镇)行政负责人担任,成员由区管理委员会或镇人民政府、居(村)民委员会、建设单位、物业服务企业、业主委员会或者业主代表、市政府相关部门和相关专业经营单位等各方代表组成。",
         bodies=["区管理委员会", "镇人民政府", "居(村)民委员会", "建设单位", "物业服务企业", "业主委员会"], lead=[], support=[], form="members",
         note="业主代表 (persons), 市政府相关部门 and 相关专业经营单位 (generic) left out"),
    dict(doc="hi-sanya-wuye-2011", unit="第三条第六款",
         quote="市级物业管理联席会议由市政府负责组织召集",
         bodies=["市政府"], lead=[], support=[], form="fuze-sentence", note="first half of the sentence"),
    dict(doc="hi-sanya-wuye-2011", unit="第三条第六款",
         quote="区(镇)物业管理联席会议由区管理委员会或镇人民政府负责组织召集",
         bodies=["区管理委员会", "镇人民政府"], lead=[], support=[], form="fuze-sentence", note="second half of the sentence"),
]

def Q(doc, n, question, intent, style, answerable=True, units=None, bodies=None, lead=None, body=None, figure=None, note=None):
    q = {"id": f"{SPLIT}-{doc}-{n:02d}", "doc": doc, "question": question, "intent": intent, "answerable": answerable,
         "gold_units": units or []}
    if intent == "responsibility" and answerable:
        q["gold_bodies"] = bodies or []
        q["gold_lead"] = lead or []
    if intent == "bureau_tasks":
        q["body"] = body
    if figure is not None:
        q["figure"] = figure
    q["style"] = style
    q["split"] = SPLIT
    if note:
        q["note"] = note
    return q

A = "qh-haidong-lanxi-2020"
B = "xj-turpan-shekepuji-2023"
C = "sx-changzhi-renwuqingdan-2026"
D = "gz-guiyang-lvhuayijiao-2009"
E = "hi-sanya-wuye-2011"
HD = "海东市、兰州市、临夏州发展改革部门"
questions = [
    # ---- A: Haidong (Qinghai)
    Q(A, 1, "清单中推动“十四五”规划、国土空间规划等重大规划有效衔接一项的责任单位是什么？", "responsibility", "doc",
      units=["一、1."], bodies=[HD], note="one collective body as written"),
    Q(A, 2, "海东跟兰州、临夏搞规划对接这事儿，是哪个部门负责的？", "responsibility", "everyday",
      units=["一、1."], bodies=[HD]),
    Q(A, 3, "海东市、兰州市、临夏州发展改革部门在本清单中承担哪些任务？", "bureau_tasks", "doc",
      units=["一、1."], body=HD, note="complete with respect to the saved text only"),
    Q(A, 4, "制定本重点任务清单所贯彻的深化甘青合作推进兰州西宁城市群高质量发展工作会议是在哪一天召开的？", "fact", "doc",
      units=["前言"], figure="5月13日"),
    Q(A, 5, "甘青两省那个合作协议框架是几加几加几来着？", "fact", "everyday", units=["前言"], figure="1+3+10"),
    Q(A, 6, "该通知的成文日期是哪一天？", "document", "doc", figure="2020年10月9日"),
    Q(A, 7, "海东这个兰西城市群任务清单的通知是啥时候挂到网上的？", "document", "everyday", figure="2020年10月16日",
      note="the page's 时间 line (publication), not the 成文 date"),
    Q(A, 8, "印发该重点任务清单的机关是哪个？", "document", "doc", figure="海东市人民政府办公室"),
    Q(A, 9, "规划衔接这项任务要达到什么样的工作成果？", "other", "doc", units=["一、1."]),
    Q(A, 10, "清单里说的兰新高铁达速改造是改哪一段？", "fact", "everyday", units=["二、2."], figure="兰州至西宁段"),
    Q(A, 11, "兰新高铁提速改造那项工作到底由哪个单位负责？", "responsibility", "everyday", answerable=False,
      note="item 2's responsibility line is cut off in the saved text"),
    Q(A, 12, "该通知的发文字号是什么？", "document", "doc", answerable=False, note="no 文号 in the stored page"),
    # ---- B: Turpan (Xinjiang)
    Q(B, 1, "吐鲁番市社会科学普及工作联席会议由哪些部门和单位组成？", "responsibility", "doc",
      units=["二、1."], bodies=TURPAN_25),
    Q(B, 2, "吐鲁番社科普及联席会议都有哪些单位参加？", "responsibility", "everyday",
      units=["二、1."], bodies=TURPAN_25),
    Q(B, 3, "市发改委在社会科学普及工作联席会议制度中承担哪些任务？", "bureau_tasks", "doc",
      units=["二、1."], body="市发改委"),
    Q(B, 4, "妇联在这个社科普及联席会议里要干啥？", "bureau_tasks", "everyday", units=["二、1."], body="妇联"),
    Q(B, 5, "联席会议共由多少个部门和单位组成？", "fact", "doc", units=["二、1."], figure="25个"),
    Q(B, 6, "该通知的发文字号是什么？", "document", "doc", figure="吐政办函〔2023〕30号"),
    Q(B, 7, "社科普及联席会议这个通知是哪天公开的？", "document", "everyday", figure="2023-03-24"),
    Q(B, 8, "该通知的发布机构是哪个？", "document", "doc", figure="吐鲁番市人民政府办公室"),
    Q(B, 9, "社会科学普及工作联席会议的工作职责有哪些？", "other", "doc", units=["一、"]),
    Q(B, 10, "联席会议要不要向市委市政府汇报社科普及的情况？", "other", "everyday", units=["一、5."]),
    Q(B, 11, "社科普及联席会议一年开几次会？", "other", "everyday", answerable=False,
      note="meeting frequency is not in the saved text"),
    Q(B, 12, "社会科学普及工作联席会议的牵头单位是哪个？", "responsibility", "doc", answerable=False,
      note="the saved text stops at '市社' right after the member list; no lead is stated"),
    # ---- C: Changzhi (Shanxi)
    Q(C, 1, "对重点目标任务落实情况实行全程跟踪督办的是哪个单位？", "responsibility", "doc",
      units=["三、"], bodies=["市政府办公室"]),
    Q(C, 2, "今年市政府工作报告这些任务，谁来盯着督办？", "responsibility", "everyday",
      units=["三、"], bodies=["市政府办公室"]),
    Q(C, 3, "市政府办公室在该通知中负责哪些工作？", "bureau_tasks", "doc", units=["三、"], body="市政府办公室"),
    Q(C, 4, "《清单》共计多少项具体任务？", "fact", "doc", units=["前言"], figure="177项"),
    Q(C, 5, "今年长治的任务清单一共涉及几个牵头部门？", "fact", "everyday", units=["前言"], figure="42个"),
    Q(C, 6, "通知要求建立的督导机制具体是怎样的？", "fact", "doc", units=["三、"], figure="逐月盘点、按季通报"),
    Q(C, 7, "该通知的发文字号是什么？", "document", "doc", figure="长政办函〔2026〕1号"),
    Q(C, 8, "长治这个重点目标任务清单的通知是哪天发布的？", "document", "everyday", figure="2026年02月12日",
      note="发布日期; the 成文时间 is 2026年02月11日"),
    Q(C, 9, "该通知正文分为几个部分？", "document", "doc", figure="3", note="parts 一、二、三、 of the notice; the attachment is not counted"),
    Q(C, 10, "碰到好几个部门一起干的活，牵头的和配合的部门各自该干什么？", "other", "everyday", units=["二、"]),
    Q(C, 11, "清单里招商引资那项任务是哪个部门牵头？", "responsibility", "everyday", answerable=False,
      note="the attachment (task table) is not in the saved text"),
    Q(C, 12, "该通知的联系人和联系电话是什么？", "other", "doc", answerable=False),
    # ---- D: Guiyang (Guizhou)
    Q(D, 1, "观水路至中华北路段部分市政绿化项目的移交涉及哪两个部门？", "responsibility", "doc",
      units=["前言"], bodies=["市林业绿化局", "市城管局"]),
    Q(D, 2, "省委大门到省政府大门那段路的绿化，是从哪个局交给哪个局管？", "responsibility", "everyday",
      units=["前言"], bodies=["市林业绿化局", "市城管局"]),
    Q(D, 3, "市城管局在该通知中承担什么工作？", "bureau_tasks", "doc", units=["前言"], body="市城管局"),
    Q(D, 4, "林业绿化局在这个通知里要做啥？", "bureau_tasks", "everyday", units=["前言"], body="市林业绿化局"),
    Q(D, 5, "移交范围全段单向有多长？", "fact", "doc", units=["前言"], figure="4公里"),
    Q(D, 6, "移交的那段路双向加起来多少公里？", "fact", "everyday", units=["前言"], figure="8公里"),
    Q(D, 7, "作出此次移交所依据的赴绵阳学习座谈会工作安排是哪一天的？", "fact", "doc", units=["前言"], figure="2009年10月13日"),
    Q(D, 8, "该通知的发文字号是什么？", "document", "doc", figure="筑府办发〔2009〕168号"),
    Q(D, 9, "这个通知是发给哪几个单位的？", "document", "everyday", figure="市城管局、市林业绿化局",
      note="主送机关"),
    Q(D, 10, "该通知的发文机关是哪个？", "document", "doc", figure="贵阳市人民政府办公厅"),
    Q(D, 11, "绿化移交要在啥时候之前办完？", "fact", "everyday", answerable=False,
      note="no deadline in the saved text"),
    Q(D, 12, "移交后这段绿化的养护经费由哪个部门承担？", "responsibility", "doc", answerable=False,
      note="funding is not mentioned in the saved text"),
    # ---- E: Sanya (Hainan)
    Q(E, 1, "本市物业管理活动的管理、监督和指导由哪个部门负责？", "responsibility", "doc",
      units=["第二条第一款", "第二条"], bodies=["市住房和城乡建设行政部门"]),
    Q(E, 2, "三亚的物业管理，除了住建部门，还有哪些单位要一起帮着管？", "responsibility", "everyday",
      units=["第二条第二款", "第二条"], bodies=SANYA_C2,
      note="gold_bodies are the clause's bodies in text order: the nine assisting bodies, then the department they assist"),
    Q(E, 3, "市级物业管理联席会议由谁负责组织召集？", "responsibility", "doc",
      units=["第三条第六款", "第三条"], bodies=["市政府"], note="first half of the sentence in 第三条第六款"),
    Q(E, 4, "镇里的物业管理联席会议归谁来召集？", "responsibility", "everyday",
      units=["第三条第六款", "第三条"], bodies=["区管理委员会", "镇人民政府"], note="second half of the sentence in 第三条第六款"),
    Q(E, 5, "市住房和城乡建设行政部门在本办法中承担哪些职责？", "bureau_tasks", "doc",
      units=["第二条第一款", "第二条第二款"], body="市住房和城乡建设行政部门",
      note="第二条第二款 names it as the department the others assist"),
    Q(E, 6, "镇政府在物业管理这块都要管哪些事？", "bureau_tasks", "everyday",
      units=["第二条第二款", "第三条第二款", "第三条第三款", "第三条第六款"], body="镇人民政府"),
    Q(E, 7, "市级物业管理联席会议的主席由谁担任？", "fact", "doc", units=["第三条第二款", "第三条"],
      figure="市政府协调城建工作的副秘书长"),
    Q(E, 8, "办法所称“相关专业经营单位”指哪些企业？", "other", "doc", units=["第三条第四款", "第三条"]),
    Q(E, 9, "三亚物业管理这个办法全名叫啥？", "document", "everyday", figure="三亚市物业管理实施办法"),
    Q(E, 10, "区(镇)级物业管理联席会议解决不了的问题如何处理？", "other", "doc", units=["第三条第五款", "第三条"]),
    Q(E, 11, "本办法的发文字号是什么？", "document", "doc", answerable=False, note="no 文号 in the stored page"),
    Q(E, 12, "三亚物业费一平米最高能收多少钱？", "fact", "everyday", answerable=False,
      note="fees are not in the saved text"),
]

for c in clauses:
    c["split"] = SPLIT
with open(os.path.join(ROOT, "clauses.jsonl"), "w", encoding="utf-8") as f:
    for c in clauses:
        f.write(json.dumps(c, ensure_ascii=False) + "\n")
with open(os.path.join(ROOT, "questions.jsonl"), "w", encoding="utf-8") as f:
    for q in questions:
        f.write(json.dumps(q, ensure_ascii=False) + "\n")
print(len(questions), "questions,", len(clauses), "clauses")
