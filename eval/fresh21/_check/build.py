#!/usr/bin/env python3
"""Build and check eval/fresh21 (system python3; standard library only).

Holds the golds of the 60 questions and the responsibility-clause annotations, writes
../questions.jsonl and ../clauses.jsonl, and checks them against ../docs/*.txt:
  * every clause quote is in its document, clauses of a document are in document order;
  * bodies appear in the quote in the given order; lead/support are subsets of bodies;
  * every clause unit and every gold unit label path exists in the text (SPEC normalisation:
    (一)->（一）, 1、->1., a table row number alone on its line -> N., a part label glued after
    a full stop (。一、) accepted, 附件 prefix for the attachment, 第X条 anywhere after a space)
    and the quote lies inside its unit;
  * every fact figure is in one of its gold units, every document figure is in the document;
  * responsibility gold_bodies / gold_lead equal the bodies / lead of a clause of a gold unit;
  * bureau_tasks unit lists equal the units of all clauses naming the body, in document order,
    and every other occurrence of the body in the text is a listed non-responsibility mention;
  * ids unique, 12 questions, exactly 2 unanswerable and 6 doc-style / 6 everyday per document,
    split fresh21; no question shares 25 or more consecutive characters with its document.
Run from anywhere: python3 eval/fresh21/_check/build.py
"""
import json, os, re, sys
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
DOCS = os.path.join(ROOT, "docs")
SPLIT = "fresh21"
errors, warnings = [], []

def err(m): errors.append(m)
def warn(m): warnings.append(m)

LZ, LYG, PL, ZZ, CX = ("ln-liaozhong-renwufenjie-2024", "js-lianyungang-minshengshishi-2023",
                       "sn-pingli-xunchazhenggai-nd", "ha-zhengzhou-chengguanzhize-2011",
                       "yn-chuxiong-yangquan-2006")
DOC_ORDER = (LZ, LYG, PL, ZZ, CX)

# ---------------------------------------------------------------------------------------------
# clauses: (doc, unit, quote, bodies, lead, support, form, note)
LYG_C1 = ["市教育局", "市发改委", "市财政局", "市自然资源局", "市住建局", "各县区、功能板块"]
LYG_C3 = ["市教育局", "市委编办", "市人社局", "市发改委", "各县区、功能板块"]
LYG_C5 = ["市教育局", "市财政局", "市机关管理局", "各县区、功能板块"]
PL_C5 = ["县职教中心", "县消防大队", "县委党校", "县供销社", "县交通局"]
CX_C2 = ["畜牧兽医", "卫生", "工商", "城管", "公安"]
CX_C9 = ["居民委员会", "村民委员会", "社区"]

CLAUSES = [
 # ---- Liaozhong (table: 序号 / 主要工作举措 / 牵头单位 / 配合单位 / 责任领导; one cell per line)
 (LZ, "一、1.", "区农业农村局\n\n区发展改革局、区工业和信息化局、沈阳近海经济区管委会",
  ["区农业农村局", "区发展改革局", "区工业和信息化局", "沈阳近海经济区管委会"], ["区农业农村局"],
  ["区发展改革局", "区工业和信息化局", "沈阳近海经济区管委会"], "table-row",
  "row 1: 牵头单位 cell, then 配合单位 cell; this row has no 责任领导 cell in the text"),
 (LZ, "一、2.", "沈阳近海经济区管委会\n\n自然资源分局、生态环境分局、区发展改革局",
  ["沈阳近海经济区管委会", "自然资源分局", "生态环境分局", "区发展改革局"], ["沈阳近海经济区管委会"],
  ["自然资源分局", "生态环境分局", "区发展改革局"], "table-row",
  "row 2; the 责任领导 cell (冯冬昌) is an office-holder, not a body, and is left out of the quote"),
 (LZ, "一、3.", "沈阳近海经济区管委会\n\n自然资源分局、生态环境分局、区发展改革局",
  ["沈阳近海经济区管委会", "自然资源分局", "生态环境分局", "区发展改革局"], ["沈阳近海经济区管委会"],
  ["自然资源分局", "生态环境分局", "区发展改革局"], "table-row", "row 3, same cells as row 2"),
 (LZ, "一、4.", "区工业和信息化局\n\n沈阳近海经济区管委会、各镇政府(街道办事处)",
  ["区工业和信息化局", "沈阳近海经济区管委会", "各镇政府(街道办事处)"], ["区工业和信息化局"],
  ["沈阳近海经济区管委会", "各镇政府(街道办事处)"], "table-row",
  "各镇政府(街道办事处) is one collective body listed as 配合单位; row 5's 牵头单位 cell is cut after 沈 and is not annotated"),
 # ---- Lianyungang (attachment list, tails with 牵头单位 / 共同责任单位)
 (LYG, "附件一、1.", "(牵头单位:市教育局;共同责任单位:市发改委、市财政局、市自然资源局、市住建局,各县区、功能板块)",
  LYG_C1, ["市教育局"], LYG_C1[1:], "tail-lead",
  "共同责任单位 annotated as support; 各县区、功能板块 kept as one collective body"),
 (LYG, "附件一、2.", "(牵头单位:市教育局;共同责任单位:各县区、功能板块)",
  ["市教育局", "各县区、功能板块"], ["市教育局"], ["各县区、功能板块"], "tail-lead", None),
 (LYG, "附件一、3.", "(牵头单位:市教育局;共同责任单位:市委编办、市人社局、市发改委,各县区、功能板块)",
  LYG_C3, ["市教育局"], LYG_C3[1:], "tail-lead", None),
 (LYG, "附件一、4.", "(牵头单位:市教育局;共同责任单位:各县区、功能板块)",
  ["市教育局", "各县区、功能板块"], ["市教育局"], ["各县区、功能板块"], "tail-lead", None),
 (LYG, "附件一、5.", "(牵头单位:市教育局;共同责任单位:市财政局、市机关管理局,各县区、功能板块)",
  LYG_C5, ["市教育局"], LYG_C5[1:], "tail-lead",
  "item 6. is cut before its tail and has no clause"),
 # ---- Pingli (inspection findings with 整改要求 lines)
 (PL, "1.", "整改要求:由县环卫站负责清除上述地段垃圾死角和建筑垃圾。", ["县环卫站"], [], [], "labelled", None),
 (PL, "2.", "整改要求:由包片单位县气象局负责清除。", ["县气象局"], [], [], "labelled",
  "包片单位 is a role word, not a body"),
 (PL, "3.", "整改要求:由包片单位县供销社负责督促业主清理院内垃圾死角,规范物品堆放。", ["县供销社"], [], [], "labelled", None),
 (PL, "4.", "整改要求:由城关镇负责按照国家卫生县城复审的要求,对城乡接合部、城中村及城区省道过境沿线旱厕分布进行调查摸底,坚持先易后难、先外后内、集中治理,在国卫复审暗访以前组织拆除旱厕或改建无害化厕所。",
  ["城关镇"], [], [], "labelled", None),
 (PL, "5.", "整改要求:按照先劝阻、再强制,先教育、再处罚的要求,由陈家坝沿线包片单位县职教中心、县消防大队、县委党校、县供销社、县交通局负责对各自片区出店商户开展经常性劝阻教育",
  PL_C5, [], [], "labelled", "five bodies, no lead"),
 (PL, "5.", "在本月底以前将屡教不改的门店报县住建局城建监察大队采取措施执法规范城乡接合部占道经营问题",
  ["县住建局城建监察大队"], [], [], "fuze-sentence",
  "the 包片单位 report the shops; 县住建局城建监察大队 (one body) takes enforcement measures"),
 (PL, "5.", "县双创办对上述工作开展实效进行抽查。", ["县双创办"], [], [], "fuze-sentence",
  "the closing line (…及时报县双创办) only names it as the recipient of reports"),
 # ---- Zhengzhou (sentences)
 (ZZ, "一、（一）1.", "由各区(管委会)市政管理部门受理、初审后,报市级城市管理部门审批并收取掘动修复费用",
  ["各区(管委会)市政管理部门", "市级城市管理部门"], [], [], "fuze-sentence",
  "two steps, two bodies; no lead"),
 (ZZ, "一、（一）1.", "城市道路掘动和修复工作统一由市级城市管理部门组织实施", ["市级城市管理部门"], [], [], "fuze-sentence", None),
 (ZZ, "一、（一）2.", "郑东新区、郑州高新区、郑州经济开发区管理的城市公共路灯照明交市级城市管理部门管理维护",
  ["市级城市管理部门"], [], [], "fuze-sentence",
  "交A管理维护; the three areas hand the lighting over and are not responsible for it"),
 (ZZ, "一、（一）2.", "管养经费由市财政保障", ["市财政"], [], [], "fuze-sentence",
  "市财政 (the city finance) as written"),
 (ZZ, "一、（一）3.", "餐厨垃圾由市食品药品监督管理部门负责收集和运输", ["市食品药品监督管理部门"], [], [], "fuze-sentence", None),
 (ZZ, "一、（一）3.", "具体工作由各区(管委会)承担", ["各区(管委会)"], [], [], "fuze-sentence", "collective body"),
 (ZZ, "一、（一）3.", "市级城市管理部门负责统一处置", ["市级城市管理部门"], [], [], "fuze-sentence", None),
 (ZZ, "一、（一）3.", "具体政策措施由市政府另行规定", ["市政府"], [], [], "fuze-sentence", None),
 (ZZ, "一、（二）1.", "将下列由市级城市管理部门行使的行政审批事项委托区级城市管理部门行使",
  ["市级城市管理部门", "区级城市管理部门"], [], [], "fuze-sentence",
  "委托: the approvals listed in (1)-(5) pass from the city level to 区级城市管理部门"),
 # ---- Chuxiong (第X条 rules; one line, paragraphs separated by spaces)
 (CX, "第四条", "本州各级人民政府负责本规定的组织实施。", ["本州各级人民政府"], [], [], "fuze-sentence", "collective body"),
 (CX, "第四条", "建立由畜牧兽医、卫生、工商、城管、公安等行政部门组成的养犬管理协调工作机制",
  CX_C2, [], [], "members", "members written as sectors (…等行政部门); no lead"),
 (CX, "第四条", "畜牧兽医部门或者动物防疫监督机构负责犬类的免疫、检疫、疾病诊疗许可,以及免疫登记、核发犬类免疫证、免疫标识等相关工作",
  ["畜牧兽医部门", "动物防疫监督机构"], [], [], "fuze-sentence", "item (一): A或者B负责"),
 (CX, "第四条", "卫生行政部门负责对人用狂犬病疫苗注射和狂犬病人诊治的管理", ["卫生行政部门"], [], [], "fuze-sentence", "item (二)"),
 (CX, "第四条", "工商行政管理部门负责对从事犬类经营活动的监督管理", ["工商行政管理部门"], [], [], "fuze-sentence", "item (三)"),
 (CX, "第四条", "城管部门负责对重点管理区内养犬工作的日常监管", ["城管部门"], [], [], "fuze-sentence", "item (四)"),
 (CX, "第四条", "公安机关负责对养犬违反治安管理行为的处罚,并协助相关部门依法履行职责", ["公安机关"], [], [], "fuze-sentence", "item (五)"),
 (CX, "第四条", "乡(镇)人民政府负责一般管理区养犬工作的日常监管。", ["乡(镇)人民政府"], [], [], "fuze-sentence", "collective body"),
 (CX, "第五条", "居民委员会、村民委员会和社区等其他基层组织,应当协助政府和有关部门做好养犬管理工作",
  CX_C9, [], CX_C9, "fuze-sentence", "协助 (assist) annotated as support; the assisted 政府和有关部门 are generic"),
]

# aliases of a body as written elsewhere in the same document (bureau_tasks check)
ALIASES = {}
# occurrences of a body that are not responsibility text, by unit
OBJECT_MENTIONS = {(PL, "县双创办"): ["5."]}

# ---------------------------------------------------------------------------------------------
Q = []
def q(doc, question, intent, units, style, bodies=None, lead=None, body=None, figure=None, answerable=True, note=None):
    Q.append(dict(doc=doc, question=question, intent=intent, answerable=answerable, gold_units=units,
                  gold_bodies=bodies, gold_lead=lead, body=body, figure=figure, style=style, note=note))

LZ_R1 = ["区农业农村局", "区发展改革局", "区工业和信息化局", "沈阳近海经济区管委会"]
LZ_R2 = ["沈阳近海经济区管委会", "自然资源分局", "生态环境分局", "区发展改革局"]
LZ_R4 = ["区工业和信息化局", "沈阳近海经济区管委会", "各镇政府(街道办事处)"]

# Liaozhong
q(LZ, "肉鸡、肉牛、淡水鱼全产业链的规划布局和招商工作由哪个单位牵头?", "responsibility", ["一、1."], "doc",
  bodies=LZ_R1, lead=["区农业农村局"], note="table row: 牵头单位 区农业农村局, the 配合单位 cell names three more")
q(LZ, "韩国废旧光伏板拆解那个签约项目要开工,区里谁牵头、谁配合?", "responsibility", ["一、2."], "everyday",
  bodies=LZ_R2, lead=["沈阳近海经济区管委会"])
q(LZ, "辽中想搞再生资源产业集群,这事由哪些单位负责?", "responsibility", ["一、3."], "everyday",
  bodies=LZ_R2, lead=["沈阳近海经济区管委会"])
q(LZ, "扶持远程摩擦、昌盛电气等重点增资项目扩产的牵头单位和配合单位分别是什么?", "responsibility", ["一、4."], "doc",
  bodies=LZ_R4, lead=["区工业和信息化局"])
q(LZ, "区发展改革局在该任务分解表中承担哪些工作任务?", "bureau_tasks", ["一、1.", "一、2.", "一、3."], "doc",
  body="区发展改革局", note="配合单位 in rows 1-3")
q(LZ, "近海经济区管委会今年分到了哪几项活?", "bureau_tasks", ["一、1.", "一、2.", "一、3.", "一、4."], "everyday",
  body="沈阳近海经济区管委会", note="牵头 in rows 2-3, 配合 in rows 1 and 4; row 5's cut cell (沈) is not counted")
q(LZ, "加快安徽节源这些在建项目,分管的区领导是哪位?", "other", ["一、2."], "everyday",
  note="责任领导 cell of row 2: 冯冬昌 (a name that is in the text)")
q(LZ, "该通知的发文字号是什么?", "document", [], "doc", figure="沈辽中政发〔2024〕1号")
q(LZ, "这个任务分解表是哪天在网上发布的?", "document", [], "everyday", figure="2024-01-18",
  note="发布时间 line; the signature date is garbled in the page (2024115)")
q(LZ, "通知要求各单位对照承担的工作任务做好哪些工作?", "requirement", ["前言"], "doc",
  note="细化工作目标,明确工作进度,落实工作责任,确保各项任务如期完成")
q(LZ, "肉鸡肉牛淡水鱼全产业链那一项,是哪位区领导负责?", "other", [], "everyday", answerable=False,
  note="row 1 has no 责任领导 cell in the text")
q(LZ, "推动长燊科技集成电路生产线建设的牵头单位是哪个?", "responsibility", [], "doc", answerable=False,
  note="row 5's 牵头单位 cell is cut after its first character (沈) in the saved text")

# Lianyungang
q(LYG, "新建中小学15所、改扩建8所这一项的牵头单位和共同责任单位分别是哪些?", "responsibility", ["附件一、1."], "doc",
  bodies=LYG_C1, lead=["市教育局"])
q(LYG, "今年招800个中小学老师,除了教育局还有哪些部门一起负责?", "responsibility", ["附件一、3."], "everyday",
  bodies=LYG_C3, lead=["市教育局"])
q(LYG, "新建14所幼儿园这件实事归哪些单位管?", "responsibility", ["附件一、5."], "everyday",
  bodies=LYG_C5, lead=["市教育局"])
q(LYG, "市发改委在2023年连云港市民生实事项目中承担哪些项目?", "bureau_tasks", ["附件一、1.", "附件一、3."], "doc",
  body="市发改委")
q(LYG, "市财政局要负责哪几件民生实事?", "bureau_tasks", ["附件一、1.", "附件一、5."], "everyday", body="市财政局")
q(LYG, "征集意见和建议的截止时间是哪一天?", "fact", ["二、"], "doc", figure="8月5日")
q(LYG, "今年要派多少名中小学老师去无锡的学校挂职跟岗?", "fact", ["附件一、3."], "everyday", figure="200名")
q(LYG, "反映意见和建议的联系电话是多少?", "fact", ["三、"], "doc", figure="85800393")
q(LYG, "该通告由哪个机构发布?", "document", [], "doc", figure="市人大社会建设委员会",
  note="the signature line of the notice")
q(LYG, "这个征集意见的通告是哪天发的?", "document", [], "everyday", figure="2023年7月24日")
q(LYG, "建成市级产业学院这项实事的牵头单位是哪个?", "responsibility", [], "doc", answerable=False,
  note="item 6. is cut before its tail in the saved text")
q(LYG, "这些民生实事今年一共要投多少钱?", "fact", [], "everyday", answerable=False)

# Pingli
q(PL, "西大桥西侧河边堤岸警示牌沿线的垃圾死角和建筑垃圾由哪个单位负责清除?", "responsibility", ["1."], "doc",
  bodies=["县环卫站"], lead=[])
q(PL, "平利花园对面围墙上的牛皮癣、小广告谁来清?", "responsibility", ["2."], "everyday",
  bodies=["县气象局"], lead=[])
q(PL, "迎宾大道南边那些露在外面的旱厕归谁管?", "responsibility", ["4."], "everyday",
  bodies=["城关镇"], lead=[])
q(PL, "陈家坝沿线商户出店占道经营,由哪些包片单位负责劝阻教育?", "responsibility", ["5."], "doc",
  bodies=PL_C5, lead=[], note="first of the three clauses of item 5.")
q(PL, "屡教不改的出店门店要报哪个单位采取措施执法?", "responsibility", ["5."], "doc",
  bodies=["县住建局城建监察大队"], lead=[], note="second clause of item 5.")
q(PL, "县供销社在本次巡查整改中承担哪些任务?", "bureau_tasks", ["3.", "5."], "doc", body="县供销社")
q(PL, "双创办这次要干啥?", "bureau_tasks", ["5."], "everyday", body="县双创办",
  note="抽查 (third clause of item 5.); the closing line only names it as recipient of reports")
q(PL, "屡教不改的门店应在什么时间以前报县住建局城建监察大队?", "fact", ["5."], "doc", figure="本月底")
q(PL, "外露的旱厕最晚要在什么时候之前拆掉或改建?", "other", ["4."], "everyday",
  note="在国卫复审暗访以前")
q(PL, "商户出店摆摊这种情况,处理时按什么原则来?", "requirement", ["5."], "everyday",
  note="先劝阻、再强制,先教育、再处罚")
q(PL, "这份巡查整改通知是哪天印发的?", "document", [], "doc", answerable=False,
  note="the saved page has no title, issuer or date")
q(PL, "县环卫站的联系电话是多少?", "other", [], "everyday", answerable=False)

# Zhengzhou
q(ZZ, "城市道路掘动由哪些部门受理审批?", "responsibility", ["一、（一）1."], "doc",
  bodies=["各区(管委会)市政管理部门", "市级城市管理部门"], lead=[],
  note="first clause of item 1.: the district departments accept and pre-examine, the city-level department approves")
q(ZZ, "郑东新区那边的路灯以后归谁管护?", "responsibility", ["一、（一）2."], "everyday",
  bodies=["市级城市管理部门"], lead=[])
q(ZZ, "饭店的餐厨垃圾由谁来收、谁来运?", "responsibility", ["一、（一）3."], "everyday",
  bodies=["市食品药品监督管理部门"], lead=[])
q(ZZ, "餐厨垃圾的统一处置由哪个部门负责?", "responsibility", ["一、（一）3."], "doc",
  bodies=["市级城市管理部门"], lead=[], note="third clause of item 3.")
q(ZZ, "市级城市管理部门在该通知中承担哪些职责?", "bureau_tasks",
  ["一、（一）1.", "一、（一）2.", "一、（一）3.", "一、（二）1."], "doc", body="市级城市管理部门",
  note="in 一、（二）1. it hands approvals over to the district level")
q(ZZ, "区里的城管部门现在能审批哪些事?", "bureau_tasks", ["一、（二）1."], "everyday", body="区级城市管理部门")
q(ZZ, "该通知明确的城区城市管理职责不包括哪个区?", "other", ["前言"], "doc", note="上街区")
q(ZZ, "这份通知依据的那个97年的市里文件文号是啥?", "fact", ["前言"], "everyday", figure="郑发〔1997〕5号")
q(ZZ, "该通知的发文字号是什么?", "document", [], "doc", figure="郑政文〔2011〕115号")
q(ZZ, "这个文件是哪个政府发的?", "document", [], "everyday", figure="郑州市人民政府")
q(ZZ, "该通知的成文日期是哪一天?", "document", [], "doc", answerable=False,
  note="the saved text has no date")
q(ZZ, "挖城市道路的修复费一平方米收多少钱?", "fact", [], "everyday", answerable=False)

# Chuxiong
q(CX, "犬类的免疫、检疫工作由哪个部门负责?", "responsibility", ["第四条"], "doc",
  bodies=["畜牧兽医部门", "动物防疫监督机构"], lead=[], note="item (一) of 第四条")
q(CX, "被狗咬了打狂犬病疫苗这块归哪个部门管?", "responsibility", ["第四条"], "everyday",
  bodies=["卫生行政部门"], lead=[], note="item (二)")
q(CX, "开店卖狗的谁来监管?", "responsibility", ["第四条"], "everyday",
  bodies=["工商行政管理部门"], lead=[], note="item (三)")
q(CX, "重点管理区内养犬工作的日常监管由谁负责?", "responsibility", ["第四条"], "doc",
  bodies=["城管部门"], lead=[], note="item (四)")
q(CX, "乡下一般管理区养狗的日常监管归谁?", "responsibility", ["第四条"], "everyday",
  bodies=["乡(镇)人民政府"], lead=[])
q(CX, "公安机关在养犬管理中承担哪些职责?", "bureau_tasks", ["第四条"], "doc", body="公安机关",
  note="公安 in the 协调工作机制 member list is a sector name, not the string 公安机关")
q(CX, "该规定是经哪一天的州人民政府常务会议通过的?", "fact", ["前言"], "doc", figure="2006年9月27日")
q(CX, "这个养狗规定是州政府第几次常务会通过的?", "fact", ["前言"], "everyday", figure="第60次")
q(CX, "该规定以哪一号州人民政府令公布?", "document", [], "doc", figure="楚雄彝族自治州人民政府令第18号")
q(CX, "居委会、村委会在管狗这件事上要做什么?", "requirement", ["第五条"], "everyday")
q(CX, "违反规定未办理犬类免疫证养犬的,罚款多少?", "fact", [], "doc", answerable=False,
  note="the saved text stops inside 第五条; no penalty is in it")
q(CX, "在楚雄办个狗证要交多少钱?", "fact", [], "everyday", answerable=False)

# ---------------------------------------------------------------------------------------------
CN = "一二三四五六七八九十"
LEVEL = {"att": -1, "part": 0, "law": 0, "art": 1, "item": 2}

def load(doc):
    with open(os.path.join(DOCS, doc + ".txt"), encoding="utf-8") as f:
        return f.read()

def anchors(text):
    """Unit anchors (pos, kind, key) in the text, SPEC normalisation."""
    A = []
    pos = 0
    for line in text.split("\n"):
        s = line.lstrip(" \t\u3000")
        off = pos + len(line) - len(s)
        if re.fullmatch(r"附件[:：]?\s*", s):
            A.append((off, "att", None))
        m = re.match(r"([一二三四五六七八九十]+)[、．.]", s)
        if m:
            A.append((off, "part", m.group(1)))
        m = re.match(r"[（(]([一二三四五六七八九十]+)[）)]", s)
        if m:
            A.append((off, "art", m.group(1)))
        m = re.match(r"(\d+)\s*[.．、](?!\d)", s) or re.fullmatch(r"(\d+)\s*", s)
        if m:
            A.append((off, "item", m.group(1)))
        pos += len(line) + 1
    for m in re.finditer(r"(?<=。)([一二三四五六七八九十]+)、", text):   # part label glued after a full stop
        A.append((m.start(), "part", m.group(1)))
    for m in re.finditer(r"(?:(?<=\s)|^)第([一二三四五六七八九十百]+)条", text):
        A.append((m.start(), "law", m.group(1)))
    return sorted(A)

def units(text):
    A = anchors(text)
    has_parts = any(k in ("part", "law") for _, k, _ in A)
    labelled = []          # (label, pos, level)
    prefix, part, art = "", None, None
    for pos, kind, key in A:
        if kind == "att":
            prefix, part, art = "附件", None, None
            labelled.append(("附件", pos, LEVEL[kind])); continue
        if kind == "part":
            part, art = key + "、", None
            labelled.append((prefix + part, pos, 0)); continue
        if kind == "law":
            part, art = "第%s条" % key, None
            labelled.append((part, pos, 0)); continue
        if kind == "art":
            if part is None:
                continue
            art = "（%s）" % key
            labelled.append((prefix + part + art, pos, 1)); continue
        if kind == "item":
            if part is None and art is None and has_parts:
                continue   # a number line in the opening (e.g. a garbled date) is no unit
            labelled.append((prefix + (part or "") + (art or "") + key + ".", pos, 2))
    spans = {}
    first_top = min([p for lab, p, lv in labelled if lv <= 0] or [len(text)])
    spans["前言"] = (0, first_top)
    for i, (lab, p, lv) in enumerate(labelled):
        end = len(text)
        for lab2, p2, lv2 in labelled[i + 1:]:
            if lv2 <= lv:
                end = p2; break
        if lab in spans:
            err(f"duplicate unit label {lab}")
        spans[lab] = (p, end)
    return spans

texts = {d: load(d) for d in DOC_ORDER}
UNITS = {d: units(texts[d]) for d in DOC_ORDER}

def unit_span(doc, path):
    return UNITS[doc].get(path)

# ---- clauses
clause_rows = []
last = defaultdict(int)
quote_spans = defaultdict(list)
for i, (doc, unit, quote, bodies, lead, support, form, note) in enumerate(CLAUSES):
    t = texts[doc]
    p = t.find(quote, last[doc])
    if p < 0:
        p2 = t.find(quote)
        err(f"clause {i} {doc}: quote not found{' in order' if p2 >= 0 else ''}: {quote[:30]}")
        p = p2
    else:
        last[doc] = p + 1
        quote_spans[doc].append((p, p + len(quote)))
    sp = unit_span(doc, unit)
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
    row = dict(doc=doc, unit=unit, quote=quote, bodies=bodies, lead=lead, support=support, form=form)
    if note:
        row["note"] = note
    row["split"] = SPLIT
    clause_rows.append(row)

# ---- questions
rows = []
per_doc, unans, styles = Counter(), Counter(), defaultdict(Counter)
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
        styles[d][x["style"]] += 1
        if not x["answerable"]:
            unans[d] += 1

def longest_common(a, b):
    best = 0
    for i in range(len(a)):
        for j in range(i + best + 1, len(a) + 1):
            if a[i:j] in b:
                best = j - i
            else:
                break
    return best

for r in rows:
    d, t = r["doc"], texts[r["doc"]]
    if r["intent"] not in ("responsibility", "bureau_tasks", "fact", "document", "requirement", "other"):
        err(f"{r['id']}: bad intent")
    if r["style"] not in ("doc", "everyday"):
        err(f"{r['id']}: bad style")
    lc = longest_common(r["question"], t)
    if lc >= 25:
        warn(f"{r['id']}: question shares {lc} consecutive characters with the text")
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
        sp = unit_span(d, u)
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
        allowed = [unit_span(d, u) for u in OBJECT_MENTIONS.get((d, b), [])]
        for nm in names:
            for m in re.finditer(re.escape(nm), t):
                p = m.start()
                if any(a <= p < z for a, z in quote_spans[d]) or any(s and s[0] <= p < s[1] for s in allowed):
                    continue
                err(f"{r['id']}: mention of {nm} at {p} is outside every clause and not a listed object mention")

ids = [r["id"] for r in rows]
if len(ids) != len(set(ids)):
    err("duplicate ids")
for d in DOC_ORDER:
    if per_doc[d] != 12: err(f"{d}: {per_doc[d]} questions")
    if unans[d] != 2: err(f"{d}: {unans[d]} unanswerable")
    if styles[d]["doc"] != 6 or styles[d]["everyday"] != 6:
        err(f"{d}: style split {dict(styles[d])}")
if len(clause_rows) < 60:
    warn(f"only {len(clause_rows)} clauses (< 60 asked): the saved openings hold no more responsibility clauses")

with open(os.path.join(ROOT, "questions.jsonl"), "w", encoding="utf-8") as f:
    for r in rows:
        f.write(json.dumps(r, ensure_ascii=False) + "\n")
with open(os.path.join(ROOT, "clauses.jsonl"), "w", encoding="utf-8") as f:
    for r in clause_rows:
        f.write(json.dumps(r, ensure_ascii=False) + "\n")

print(f"documents: {len(texts)}; lengths: " + ", ".join(f"{d}={len(t)}" for d, t in texts.items()))
for d in DOC_ORDER:
    print(f"units {d}: " + " ".join(u for u in UNITS[d]))
print(f"questions: {len(rows)}; by intent: {dict(Counter(r['intent'] for r in rows))}")
print(f"answerable by intent: {dict(Counter(r['intent'] for r in rows if r['answerable']))}")
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
