"""Questions on the laws and regulations in ../shared/corpus-extra, and on laws and plan together; written
by hand. Writes JSONL (python eval/questions_laws.py OUT). Gold units are `doc_id#label`; gold bodies are
the authorities exactly as the answering sentence writes them.
"""
import json
import sys

PQ, FS, FSR = "product-quality-law-2018", "food-safety-law-2021", "food-safety-law-implementing-regulation-2019"
CQ, ML, MLR = "construction-quality-regulation-2019", "metrology-law-2018", "metrology-law-implementing-rules-2022"
SL, SLR, AG = "standardization-law-2017", "standardization-law-implementing-regulation-1990", "agri-product-quality-safety-law-2022"
PLAN = "dongli-quality-plan-2024"

Q = []


def q(question, intent, units, doc, bodies=(), style="plan", figure=None, span=False):
    Q.append(dict(question=question, intent=intent, gold_units=[u if "#" in u else f"{doc}#{u}" for u in units],
                  gold_bodies=list(bodies), doc=doc if doc != "mixed" else "mixed", style=style, figure=figure,
                  span=span))


# ---- product quality law
q("全国产品质量监督工作由哪个部门主管？", "responsibility", ["第八条"], PQ, ["国务院市场监督管理部门"])
q("产品质量监督抽查工作由谁规划和组织？", "responsibility", ["第十五条"], PQ, ["国务院市场监督管理部门"])
q("产品质量应当符合哪些要求？", "requirement", ["第二十六条"], PQ)
q("产品或者其包装上的标识必须符合什么要求？", "requirement", ["第二十七条"], PQ)
q("易碎、易燃、易爆的物品包装有什么规定？", "requirement", ["第二十八条"], PQ)
q("生产者能生产国家明令淘汰的产品吗？", "requirement", ["第二十九条"], PQ, style="everyday")
q("销售者进货时要做什么检查验收？", "requirement", ["第三十三条"], PQ)
q("买的东西不能用，商店要负责修理、更换、退货吗？", "requirement", ["第四十条"], PQ, style="everyday")
q("因产品缺陷造成人身伤害，生产者要承担赔偿责任吗？", "requirement", ["第四十一条"], PQ)
q("因产品存在缺陷造成损害要求赔偿的诉讼时效期间是多长？", "fact", ["第四十五条"], PQ, figure="二年")
q("企业可以申请质量体系认证吗？", "other", ["第十四条"], PQ)
q("生产者可以在产品中掺杂、掺假吗？", "requirement", ["第三十二条"], PQ, style="everyday")
q("销售失效、变质的产品可以吗？", "requirement", ["第三十五条"], PQ, style="everyday")
# ---- food safety law and its implementing regulation
q("食品生产经营活动由哪个部门监督管理？", "responsibility", ["第五条"], FS, ["国务院食品安全监督管理部门"])
q("哪些食品禁止生产经营？", "requirement", ["第三十四条"], FS)
q("从事食品生产需要取得许可吗？", "requirement", ["第三十五条"], FS)
q("食品生产经营企业要建立什么食品安全管理制度？", "requirement", ["第四十四条"], FS)
q("食品从业人员需要每年做健康检查吗？", "requirement", ["第四十五条"], FS, style="everyday")
q("食品生产者采购食品原料时要查验什么？", "requirement", ["第五十条"], FS)
q("食品出厂要建立什么检验记录制度？", "requirement", ["第五十一条"], FS)
q("发现生产的食品不符合食品安全标准，食品生产者应当怎么办？", "requirement", ["第六十三条"], FS)
q("预包装食品的标签要标明哪些事项？", "requirement", ["第六十七条"], FS)
q("买到不符合食品安全标准的食品，可以要求价款几倍的赔偿？", "fact", ["第一百四十八条"], FS, figure="十倍", style="everyday")
q("婴幼儿配方食品生产企业要实施什么质量控制？", "requirement", ["第八十一条"], FS)
q("食品添加剂的使用有什么要求？", "requirement", ["第四十条"], FS)
q("餐馆的餐具要消毒吗？", "requirement", ["第五十六条"], FS, style="everyday")
q("食品生产经营企业的食品安全管理人员要做什么？", "requirement", ["第十九条"], FSR)
q("食品生产经营者委托贮存、运输食品要注意什么？", "requirement", ["第二十五条"], FSR)
# ---- construction quality regulation
q("建设单位收到竣工报告后应当做什么？", "requirement", ["第十六条"], CQ)
q("建设单位开工前要办理什么手续？", "requirement", ["第十三条"], CQ)
q("施工单位对隐蔽工程有什么要求？", "requirement", ["第三十条"], CQ)
q("竣工验收不合格的工程谁负责返修？", "requirement", ["第三十二条"], CQ)
q("屋面防水工程的最低保修期限是几年？", "fact", ["第四十条"], CQ, figure="5年")
q("电气管线和装修工程保修几年？", "fact", ["第四十条"], CQ, figure="2年", style="everyday")
q("全国的建设工程质量由哪个部门统一监督管理？", "responsibility", ["第四十三条"], CQ, ["国务院建设行政主管部门"])
q("建设工程竣工验收合格后多少天内要备案？", "fact", ["第四十九条"], CQ, figure="15日")
q("施工单位可以转包工程吗？", "requirement", ["第二十五条"], CQ, style="everyday")
q("工程监理单位要代表建设单位做什么？", "requirement", ["第三十六条"], CQ)
# ---- metrology
q("全国计量工作由哪个部门统一监督管理？", "responsibility", ["第四条"], ML, ["国务院计量行政部门"])
q("哪些计量器具要实行强制检定？", "requirement", ["第九条"], ML)
q("能不能销售非法定计量单位的计量器具？", "requirement", ["第十四条"], ML, style="everyday")
q("制造以欺骗消费者为目的的计量器具会受到什么处罚？", "other", ["第二十七条"], ML)
q("计量纠纷的调解和仲裁检定由哪个部门负责？", "responsibility", ["第三十四条"], MLR, ["县级以上人民政府计量行政部门"])
# ---- standardization
q("全国标准化工作由哪个部门统一管理？", "responsibility", ["第五条"], SL, ["国务院标准化行政主管部门"])
q("什么情况下应当制定强制性国家标准？", "requirement", ["第十条"], SL)
q("企业标准要自我声明公开吗？", "requirement", ["第二十七条"], SL)
q("推荐性标准的技术要求可以低于强制性国家标准吗？", "requirement", ["第二十一条"], SL, style="everyday")
q("法律所说的标准是指什么？", "other", ["第二条"], SL)
q("标准化工作的任务是什么？", "other", ["第三条"], SL)
# ---- agricultural products
q("农产品质量安全由哪些部门监督管理？", "responsibility", ["第五条"], AG, ["国务院农业农村主管部门", "市场监督管理部门"])
q("农产品生产企业销售的农产品要符合什么？", "requirement", ["第三十九条"], AG)
q("农产品生产经营者使用农药要遵守什么？", "requirement", ["第二十九条"], AG, style="everyday")
# ---- what applies to an enterprise (lists)
q("我们是食品生产企业，要满足哪些要求？", "requirement", [f"{FS}#第三十三条", f"{FS}#第三十四条", f"{FS}#第四十四条",
                                                   f"{FS}#第四十六条", f"{FS}#第四条"], "mixed", style="everyday")
q("施工单位有哪些法定义务？", "requirement", [f"{CQ}#第三条", f"{CQ}#第二十五条", f"{CQ}#第二十六条"], "mixed")
q("作为销售者要遵守哪些规定？", "requirement", [f"{PQ}#第三条", f"{PQ}#第三十三条"], "mixed")
# ---- plan and laws together
# a responsibility question without national or legal wording is routed to the district plan first (its
# bodies), the law's authority following as the second, labelled citation
q("产品质量监督抽查由谁组织？", "responsibility", [f"{PQ}#第十五条", f"{PLAN}#（二十七）"], "mixed",
  ["区市场监管局", "区发改委", "公安东丽分局", "区住建委", "东丽海关", "各街道园区"], span=True)
q("食品安全监管在东丽区由哪些部门负责？", "responsibility", [f"{PLAN}#（十）"], "mixed",
  ["区市场监管局", "区农业农村委", "区商务局", "区卫健委", "各街道园区"])
q("缺陷产品召回有哪些规定？", "other", [f"{PLAN}#（二十七）", f"{FS}#第六十三条", f"{PQ}#第四十一条"], "mixed", span=True)
q("企业标准自我声明公开是怎么规定的？", "other", [f"{SL}#第二十七条", f"{PLAN}#（二十三）", f"{PLAN}#（二十六）"],
  "mixed", span=True)
q("工程质量保修有什么规定？", "other", [f"{CQ}#第三十九条", f"{CQ}#第四十条", f"{CQ}#第四十一条", f"{PLAN}#（十三）"],
  "mixed", span=True)
q("检验检测机构要遵守什么规定？", "requirement", [f"{PQ}#第五十七条", f"{FS}#第八十五条", f"{FS}#第八十六条",
                                          f"{AG}#第四十八条", f"{AG}#第六十五条", f"{PQ}#第十九条", f"{PQ}#第二十一条"],
  "mixed")
q("东丽区对检验检测机构有什么改革措施？", "other", [f"{PLAN}#（二十三）"], "mixed")
q("农产品质量安全追溯在东丽区谁负责？", "responsibility", [f"{PLAN}#（十）"], "mixed",
  ["区市场监管局", "区农业农村委", "区商务局", "区卫健委", "各街道园区"])
q("计量器具检定方面东丽区有什么安排？", "other", [f"{PLAN}#专栏6", f"{PLAN}#（二十二）", f"{PLAN}#（二十三）",
                                          f"{PLAN}#（二十四）"], "mixed")
q("谁负责工程质量投诉处理？", "responsibility", [f"{PLAN}#（十三）"], "mixed",
  ["区住建委", "区运管局", "区水务局", "各街道园区"])
q("建材产品质量监督抽查由谁负责？", "responsibility", [f"{PLAN}#（十四）"], "mixed",
  ["区住建委", "区工信局", "区运管局", "区水务局", "区市场监管局", "各街道园区"])
# ---- outside every document
for text, intent in [("房屋买卖合同怎么签？", "requirement"), ("食品经营许可证的办理费用是多少？", "fact"),
                     ("律师代理费怎么收？", "fact"), ("专利侵权怎么起诉？", "requirement"),
                     ("个体工商户营业执照怎么注销？", "requirement")]:
    Q.append(dict(question=text, intent=intent, gold_units=[], gold_bodies=[], doc="mixed", style="everyday",
                  answerable=False))

# ---- a second development batch (written in session 4, before any change it could judge): all dev, so the
# test half stays as it was; it widens the law dev half, which had 35 answerable questions
DEV = len(Q)
q("计量检定必须按照什么进行？", "other", ["第十条"], ML)
q("菜市场里称重收钱用的秤要强制检定吗？", "requirement", ["第九条"], ML, style="everyday")
q("个体户可以修秤吗？", "requirement", ["第十七条", f"{MLR}#第十四条"], ML, style="everyday")
q("因计量器具准确度引起的纠纷，以什么数据为准？", "other", ["第二十一条"], ML)
q("对计量行政处罚决定不服，多少日内可以向人民法院起诉？", "fact", ["第三十一条"], ML, figure="十五日")
q("工作岗位上能用超过检定周期的计量器具吗？", "requirement", ["第二十二条"], MLR)
q("哪些农产品不得销售？", "requirement", ["第三十六条"], AG)
q("农药、兽药、饲料实行什么管理制度？", "other", ["第二十八条"], AG)
q("在网上卖农产品要遵守什么规定？", "requirement", ["第四十条"], AG, style="everyday")
q("农产品是指什么？", "other", ["第二条"], AG)
q("农民专业合作社要为成员提供什么服务？", "requirement", ["第十二条"], AG)
q("团体标准由谁来制定？", "other", ["第十八条"], SL)
q("出口产品的技术要求按什么执行？", "other", ["第二十六条", f"{SLR}#第二十五条"], SL)
q("企业不公开自己执行的标准会怎么处理？", "requirement", ["第三十八条"], SL, style="everyday")
q("哪些技术要求应当制定强制性国家标准？", "other", ["第十条"], SL)
q("工程出了质量事故要在多少小时内报告？", "fact", ["第五十二条"], CQ, figure="24小时", style="everyday")
q("施工单位能不能偷工减料？", "requirement", ["第二十八条"], CQ, style="everyday")
q("监理工程师采取哪些形式实施监理？", "other", ["第三十八条"], CQ)
q("农民自己盖的低层住宅适用建设工程质量管理条例吗？", "other", ["第八十条"], CQ, style="everyday")
q("设计文件中选用的建筑材料要注明哪些技术指标？", "requirement", ["第二十二条"], CQ)
q("消费者可以向谁查询产品质量问题？", "other", ["第二十二条"], PQ)
q("市场监管部门可以向社会推荐生产者的产品吗？", "requirement", ["第二十五条"], PQ)
q("卖东西的能不能冒用别人的厂名厂址？", "requirement", ["第三十七条", "第五条"], PQ, style="everyday")  # 第五条: 禁止…冒用他人的厂名、厂址
q("产品缺陷是指什么？", "other", ["第四十六条"], PQ)
q("食品广告能说有治病的功能吗？", "requirement", ["第七十三条"], FS, style="everyday")
q("进口的预包装食品要有中文标签吗？", "requirement", ["第九十七条"], FS)
q("对食品抽检结论有异议，多少个工作日内可以申请复检？", "fact", ["第八十八条"], FS, figure="七个工作日")
q("学校食堂要执行哪些食品安全制度？", "requirement", ["第二十八条"], FSR, style="everyday")
q("食品安全监管部门查封、扣押的期限不得超过多少日？", "fact", ["第六十一条"], FSR, figure="30日")
q("能不能借健康讲座给食品做虚假宣传？", "requirement", ["第三十四条"], FSR, style="everyday")
q("我区在帮企业制定国际标准方面有什么举措？", "other", [f"{PLAN}#专栏6"], "mixed")
q("东丽区对检验检测机构资质认定有什么服务？", "other", [f"{PLAN}#专栏6", f"{PLAN}#（二十三）"], "mixed")
for text, intent in [("离婚时财产怎么分割？", "requirement"), ("交通事故责任怎么认定？", "requirement"),
                     ("商标注册需要多长时间？", "fact"), ("劳动合同到期不续签有补偿吗？", "requirement"),
                     ("建筑工人工资被拖欠找谁？", "responsibility")]:
    Q.append(dict(question=text, intent=intent, gold_units=[], gold_bodies=[], doc="mixed", style="everyday",
                  answerable=False))

# ---- a third development batch (session 4, after the test half was measured once): all dev
q("超市发现过期食品要怎么处理？", "requirement", ["第五十四条"], FS, style="everyday")
q("网络食品交易第三方平台要对入网商家做什么？", "requirement", ["第六十二条"], FS)
q("保健食品的标签不能写什么？", "requirement", ["第七十八条"], FS, style="everyday")
q("发生食品安全事故的单位应当怎么办？", "requirement", ["第一百零三条"], FS)
q("超市进货时要查验供货者的哪些证明？", "requirement", ["第五十三条"], FS, style="everyday")
q("检验机构出具虚假检验结果会受什么处罚？", "requirement", ["第五十七条", f"{FS}#第一百三十八条"], PQ)  # 食品检验机构: both
q("施工单位要对进场的建筑材料做检验吗？", "requirement", ["第二十九条"], CQ, style="everyday")
q("建设工程的保修期从哪天开始算？", "fact", ["第四十条"], CQ, style="everyday")
q("工程监理单位可以转让监理业务吗？", "requirement", ["第三十四条"], CQ)
q("农产品生产记录要保存多久？", "fact", ["第二十七条"], AG, figure="二年", style="everyday")
q("农产品批发市场要建立什么查验制度？", "requirement", ["第三十九条"], AG)
q("使用计量器具可以破坏它的准确度吗？", "requirement", ["第十六条"], ML)
q("企业生产没生产过的计量器具新产品前要做什么？", "requirement", ["第十三条"], ML, style="everyday")
q("地方标准由谁制定？", "other", ["第十三条", f"{SLR}#第十六条"], SL)
q("企业要公开自己执行的标准吗？", "requirement", ["第二十七条"], SL, style="everyday")
for text, intent in [("网店卖东西七天无理由退货怎么规定？", "requirement"), ("出租车司机拒载怎么处罚？", "requirement"),
                     ("医疗器械注册需要什么材料？", "requirement")]:
    Q.append(dict(question=text, intent=intent, gold_units=[], gold_bodies=[], doc="mixed", style="everyday",
                  answerable=False))

# ---- a fourth development batch (session 4, end): all dev
q("开食品厂对场所和设备有什么要求？", "requirement", ["第三十三条"], FS, style="everyday")
q("食品里能加药品吗？", "requirement", ["第三十八条"], FS, style="everyday")
q("国家对食品安全追溯有什么制度？", "other", ["第四十二条"], FS)
q("国家鼓励食品生产经营企业实施什么体系？", "other", ["第四十八条"], FS)
q("食品添加剂生产者要建立什么记录制度？", "requirement", ["第五十九条"], FS)
q("卖菜的要记录进货吗？", "requirement", ["第六十五条"], FS, style="everyday")
q("卖水果用了保鲜剂要标明吗？", "requirement", ["第六十六条"], FS, style="everyday")
q("散装食品要标明哪些内容？", "requirement", ["第六十八条"], FS)
q("保健食品声称保健功能有什么要求？", "requirement", ["第七十五条"], FS)
q("食品企业要制定食品安全事故处置方案吗？", "requirement", ["第一百零二条"], FS)
q("没有许可证就生产食品会被怎么处罚？", "requirement", ["第一百二十二条"], FS, style="everyday")
q("农产品保鲜用的防腐剂有什么要求？", "requirement", ["第三十五条"], AG, style="everyday")
q("哪些农产品要实施追溯管理？", "other", ["第四十一条"], AG)
q("转基因农产品要标识吗？", "requirement", ["第四十三条"], AG, style="everyday")
q("农产品监督抽查要向被抽查人收费吗？", "requirement", ["第四十七条"], AG)
q("可能危及人身安全的工业产品要符合什么标准？", "requirement", ["第十三条"], PQ)
q("生产者能伪造产地吗？", "requirement", ["第三十条", "第五条"], PQ, style="everyday")
q("销售者卖的产品标识要符合什么规定？", "requirement", ["第三十六条", "第二十七条"], PQ)
q("产品缺陷造成人身伤害要赔哪些费用？", "fact", ["第四十四条"], PQ, style="everyday")

# ---- a sixth development batch (session 5, written before any change of this session): all dev; articles the
# earlier batches did not ask about, many in everyday words, and out-of-scope questions in legal words
q("食品经营许可证的有效期是几年？", "fact", [f"{FSR}#第十五条"], FSR, figure="5年", style="everyday")
q("冷冻食品运输要有什么设备？", "requirement", [f"{FSR}#第二十四条"], FSR, style="everyday")
q("卖不掉的过期食品要单独存放吗？", "requirement", [f"{FSR}#第二十九条", f"{FS}#第五十四条"], FSR, style="everyday")
q("开农贸市场要向哪个部门报告？", "requirement", [f"{FSR}#第三十一条", f"{FS}#第六十一条"], FSR, style="everyday")
q("外卖平台要保存商家的哪些信息？", "requirement", [f"{FSR}#第三十二条", f"{FS}#第六十二条"], FSR, style="everyday")
q("在健康讲座上推销食品，夸大宣传违法吗？", "requirement", [f"{FSR}#第三十四条"], FSR, style="everyday")
q("普通食品可以宣传有保健功能吗？", "requirement", [f"{FSR}#第三十八条"], FSR, style="everyday")
q("举报食品安全违法行为有奖励吗？", "other", [f"{FSR}#第六十五条"], FSR, style="everyday")
q("对计量仲裁检定不服，多少日内可以申诉？", "fact", [f"{MLR}#第三十六条"], MLR, figure="15日")
q("能用残次零配件修秤吗？", "requirement", [f"{MLR}#第二十一条"], MLR, style="everyday")
q("计量检定人员必须经过考核吗？", "requirement", [f"{MLR}#第二十六条"], MLR)
q("计量部门监督检查做的检定收费吗？", "other", [f"{MLR}#第三十八条"], MLR, style="everyday")
q("企业要配备哪些计量检测设施和制度？", "requirement", [f"{MLR}#第十二条"], MLR)
q("建设单位能任意压缩工期吗？", "requirement", ["第十条"], CQ, style="everyday")
q("装修要拆承重墙，事先要做什么？", "requirement", ["第十五条"], CQ, style="everyday")
q("监理单位能和施工单位有隶属关系吗？", "requirement", ["第三十五条"], CQ)
q("施工单位对职工要进行教育培训吗？", "requirement", ["第三十三条"], CQ)
q("勘察单位提供的勘察成果有什么要求？", "requirement", ["第二十条"], CQ)
q("供电公司能让开发商买它指定的设备吗？", "requirement", ["第五十一条"], CQ, style="everyday")
q("发现房子有质量缺陷，个人能投诉吗？", "other", ["第五十三条"], CQ, style="everyday")
q("对农产品抽检结果有异议，几个工作日内可以申请复检？", "fact", ["第五十一条"], AG, figure="五个工作日")
q("能往农田里排放废水吗？", "requirement", ["第二十二条"], AG, style="everyday")
q("农药包装袋用完要回收吗？", "requirement", ["第二十三条"], AG, style="everyday")
q("农产品批发市场要对进场的农产品做检测吗？", "requirement", ["第三十七条"], AG)
q("强制性标准的文本要花钱买吗？", "other", ["第十七条"], SL, style="everyday")
q("企业可以自己定标准吗？", "other", ["第十九条"], SL, style="everyday")
q("不符合强制性标准的产品能进口吗？", "requirement", ["第二十五条", f"{SLR}#第二十三条"], SL)  # both say it
q("企业能拒绝产品质量监督检查吗？", "requirement", ["第十六条"], PQ, style="everyday")
q("本地能不让外地企业的合格产品进来吗？", "requirement", ["第十一条"], PQ, style="everyday")
for text, intent in [("劳动合同的试用期最长多久？", "fact"), ("交通事故责任怎么认定？", "other"),
                     ("离婚时夫妻共同财产怎么分割？", "other"), ("企业所得税的税率是多少？", "fact"),
                     ("房东不退租房押金怎么办？", "other"), ("著作权的保护期是多少年？", "fact"),
                     ("醉酒驾驶机动车会被怎么处罚？", "requirement"), ("设立有限责任公司需要什么条件？", "requirement")]:
    Q.append(dict(question=text, intent=intent, gold_units=[], gold_bodies=[], doc="mixed", style="everyday",
                  answerable=False))

# ---- a seventh development batch (session 5, written after the changes of this session, to see how they
# generalise): all dev
q("能把不合格的产品当合格产品卖吗？", "requirement", ["第十二条"], PQ, style="everyday")
q("商店要采取措施保持卖的东西的质量吗？", "requirement", ["第三十四条"], PQ, style="everyday")
q("产品有缺陷把人弄伤了，受害人可以找卖家赔吗？", "requirement", ["第四十三条"], PQ, style="everyday")
q("产品质量发生民事纠纷，可以怎么解决？", "other", ["第四十七条"], PQ)
q("发现违反产品质量法的行为，可以向谁检举？", "other", ["第十条"], PQ)
q("用新的食品原料生产食品要提交什么材料？", "requirement", ["第三十七条"], FS)
q("食品企业要定期自查食品安全状况吗？", "requirement", ["第四十七条"], FS, style="everyday")
q("饭店采购的原料有什么要求？", "requirement", ["第五十五条"], FS, style="everyday")
q("学校食堂要遵守什么规定？", "requirement", ["第五十七条", f"{FSR}#第二十八条"], FS, style="everyday")
q("进口食品要符合哪国的标准？", "requirement", ["第九十二条"], FS, style="everyday")
q("食品添加剂的标签要写明什么？", "requirement", ["第七十条"], FS)
q("建设单位自己买的建材要符合什么要求？", "requirement", ["第十四条"], CQ)
q("工程项目的档案要怎么管理？", "requirement", ["第十七条"], CQ)
q("房子超过设计使用年限还想继续住，要做什么？", "requirement", ["第四十二条"], CQ, style="everyday")
q("涉及结构安全的试块要怎么取样送检？", "requirement", ["第三十一条"], CQ)
q("谁对农产品的质量安全负责？", "other", ["第七条"], AG, style="everyday")
q("卖农产品要附承诺达标合格证吗？", "requirement", ["第三十八条", "第三十九条"], AG, style="everyday")  # both
q("卖需要检疫的肉要有检疫证明吗？", "requirement", ["第四十四条"], AG, style="everyday")
q("计量检定要就近进行吗？", "other", ["第十一条", f"{MLR}#第十三条"], ML)
q("使用计量器具能破坏它的准确度吗？", "requirement", ["第十六条"], ML)
q("制造计量器具新产品要经过什么考核？", "requirement", ["第十三条", f"{MLR}#第十五条"], ML)
q("标准的编号规则由谁制定？", "other", ["第二十四条", f"{SLR}#第二十一条"], SL)
for text, intent in [("新药上市需要哪些审批？", "requirement"), ("劳务派遣工的同工同酬怎么规定？", "other"),
                     ("网络主播偷税会被怎么处罚？", "requirement"), ("建筑工人工伤怎么认定？", "other")]:
    Q.append(dict(question=text, intent=intent, gold_units=[], gold_bodies=[], doc="mixed", style="everyday",
                  answerable=False))

# ---- an eighth development batch (session 5, after the seventh was fixed where it showed a general fault):
# all dev
q("食品厂的工人有传染病还能上班吗？", "requirement", ["第四十五条"], FS, style="everyday")
q("种菜的农户用农药有什么规定？", "requirement", ["第四十九条", f"{AG}#第二十三条"], FS, style="everyday")
q("食品出厂前要检验吗？", "requirement", ["第五十二条", "第五十一条"], FS, style="everyday")  # both say it
q("餐具消毒公司要具备什么条件？", "requirement", ["第五十八条"], FS, style="everyday")
q("预包装食品的标签要写哪些内容？", "requirement", ["第六十七条"], FS)
q("进口的预包装食品要有中文标签吗？", "requirement", ["第九十七条"], FS, style="everyday")
q("卖食品要按标签上的警示说明来卖吗？", "requirement", ["第七十二条"], FS, style="everyday")
q("设计院做设计要按什么标准？", "requirement", ["第十九条"], CQ, style="everyday")
q("分包出去的工程质量谁负责？", "other", ["第二十七条"], CQ, style="everyday")
q("工程验收不合格，施工单位要返修吗？", "requirement", ["第三十二条"], CQ, style="everyday")
q("监理要派什么人到工地？", "requirement", ["第三十七条"], CQ, style="everyday")
q("卖东西的能冒用别的厂家的名字吗？", "requirement", ["第三十七条", "第五条"], PQ, style="everyday")  # 第五条: 禁止…冒用他人的厂名
q("商店能以次充好吗？", "requirement", ["第三十九条", "第五条"], PQ, style="everyday")  # 第五条: 禁止…以次充好
q("因为销售者的过错造成损害，谁来赔？", "requirement", ["第四十二条"], PQ)
q("产品标识不符合规定会受到什么处罚？", "requirement", ["第五十四条"], PQ)
q("农产品生产企业要记录哪些生产信息？", "requirement", ["第二十七条"], AG)
q("优质农产品可以申请使用什么标志？", "other", ["第四十二条"], AG)
q("修理计量器具的企业要具备什么条件？", "requirement", [f"{ML}#第十二条", f"{MLR}#第十四条"], ML)  # both
for text, intent in [("外卖骑手交通违章谁来管？", "responsibility"), ("小区业主委员会怎么成立？", "other")]:
    Q.append(dict(question=text, intent=intent, gold_units=[], gold_bodies=[], doc="mixed", style="everyday",
                  answerable=False))

# ---- a ninth development batch (session 5): which authority does what under the laws (gold bodies as the
# article writes them); all dev
q("计量方面的行政处罚由哪个部门决定？", "responsibility", ["第三十条", f"{MLR}#第五十五条"], ML,
  ["县级以上地方人民政府计量行政部门"])
q("执行强制检定任务的计量检定机构由哪个部门设置？", "responsibility", ["第二十条"], ML, ["县级以上人民政府计量行政部门"])
q("食品的定期抽样检验由哪个部门负责？", "responsibility", ["第八十七条"], FS, ["县级以上人民政府食品安全监督管理部门"])
q("食品安全事故报告后，由哪个部门组织调查处理？", "responsibility", ["第一百零五条", f"{FSR}#第五十七条"], FS,
  ["县级以上人民政府食品安全监督管理部门"])
q("食品生产经营者的食品安全信用档案由哪个部门建立？", "responsibility", ["第一百一十三条"], FS,
  ["县级以上人民政府食品安全监督管理部门"])
q("餐具饮具集中消毒服务单位由哪个部门监督检查？", "responsibility", [f"{FSR}#第六十四条"], FSR,
  ["县级以上地方人民政府卫生行政部门"])
q("国家农产品质量安全突发事件应急预案由哪个部门制定？", "responsibility", ["第五十九条"], AG, ["国务院农业农村主管部门"])
q("农产品生产的日常检查由哪个部门负责？", "responsibility", ["第五十二条"], AG, ["县级以上地方人民政府农业农村主管部门"])
q("国家出资的重大建设项目由谁组织稽察特派员监督检查？", "responsibility", ["第四十五条"], CQ, ["国务院发展计划部门"])
q("标准的实施由哪个部门监督检查？", "responsibility", ["第三十二条"], SL, ["县级以上人民政府标准化行政主管部门"])

# ---- a tenth development batch (session 6, written before any change of this session): articles no earlier
# batch asked about, half in everyday words, and out-of-scope questions naming laws the corpus does not hold
q("在特定农产品禁止生产区域能养鱼吗？", "requirement", ["第二十一条"], AG, style="everyday")
q("农产品生产用的消毒剂、洗涤剂有什么要求？", "requirement", ["第三十条"], AG)
q("农产品产地监测计划由哪个部门制定？", "responsibility", ["第二十条"], AG, ["县级以上地方人民政府农业农村主管部门"])
q("制定农产品质量安全标准要听取谁的意见？", "other", ["第十七条"], AG)
q("建设单位要向施工单位提供什么资料？", "requirement", ["第九条"], CQ)
q("施工单位没对建材做检验会被罚多少钱？", "fact", ["第六十五条"], CQ, figure="10万元以上20万元以下", style="everyday")
q("质量监督人员来工地检查，能拒绝吗？", "requirement", ["第五十条"], CQ, style="everyday")
q("建设工程质量监督机构要经过什么考核才能实施监督？", "requirement", ["第四十六条"], CQ)
q("降低工程质量标准造成重大安全事故的，要追究刑事责任吗？", "other", ["第七十四条"], CQ)
q("在网上编造食品安全谣言违法吗？", "requirement", ["第一百二十条"], FS, style="everyday")
q("农贸市场让没许可证的摊贩进来卖食品会被罚多少？", "fact", ["第一百三十条"], FS, figure="五万元以上二十万元以下",
  style="everyday")
q("快速检测的抽查结果能作为行政处罚的依据吗？", "other", ["第一百一十二条"], FS)
q("风险评估得出食品不安全的结论后，监管部门要怎么办？", "other", ["第二十一条"], FS)
q("餐具集中消毒单位的出厂检验记录要保存多久？", "fact", [f"{FSR}#第二十七条"], FSR, figure="6个月")
q("卖转基因食品要标出来吗？", "requirement", [f"{FSR}#第三十三条", f"{FS}#第六十九条"], FSR, style="everyday")  # both (a)
q("复检机构一年内两次拒绝复检会怎么样？", "other", [f"{FSR}#第七十九条"], FSR, style="everyday")
q("计量基准器具由哪个部门负责建立？", "responsibility", ["第五条"], ML, ["国务院计量行政部门"])
q("给社会出具公证数据的检验机构要通过什么考核？", "requirement", ["第二十二条"], ML)
q("计量器具没经过出厂检定就出厂，会被怎么处罚？", "requirement", [f"{MLR}#第四十五条"], MLR, style="everyday")
q("外国公司在中国卖计量器具要申请什么？", "requirement", [f"{MLR}#第十九条"], MLR, style="everyday")
q("没有合格印的计量器具能出厂吗？", "requirement", [f"{MLR}#第十八条"], MLR, style="everyday")
q("卖家可以伪造认证标志吗？", "requirement", ["第三十八条"], PQ, style="everyday")
q("政府工作人员包庇卖假货的会受什么处分？", "other", ["第六十五条"], PQ, style="everyday")
q("国家鼓励科研机构参与标准化工作吗？", "other", ["第七条"], SL)
q("推荐性国家标准由哪个部门制定？", "responsibility", ["第十一条"], SL, ["国务院标准化行政主管部门"])
q("企业搞技术改造要符合什么要求？", "requirement", [f"{SLR}#第二十六条", f"{SL}#第二十八条"], SLR, style="everyday")  # (a)
q("卖不符合强制性标准的产品造成严重后果的，由谁追究刑事责任？", "responsibility", [f"{SLR}#第三十四条"], SLR,
  ["司法机关"])
q("企业标准不合规定又逾期不改的，由哪个部门废止？", "responsibility", ["第三十九条"], SL,
  ["省级以上人民政府标准化行政主管部门"])
# (a) widened after the first run showed that the law states the same rule as the regulation I had asked about
for text, intent in [("出口商品的检验由哪个部门负责？", "responsibility"), ("药品生产许可证怎么办理？", "other"),
                     ("假冒专利会被罚多少钱？", "fact"), ("消费者协会的投诉电话是多少？", "fact")]:
    Q.append(dict(question=text, intent=intent, gold_units=[], gold_bodies=[], doc="mixed", style="everyday",
                  answerable=False))
# ---- an eleventh development batch (session 6): questions asking for conditions and papers that the laws do
# give, written after the service-detail answer types, to check that those do not refuse them
q("保健食品注册时要提交什么材料？", "requirement", ["第七十七条"], FS)
q("建设工程竣工验收要具备什么条件？", "requirement", ["第十六条"], CQ)
q("餐具饮具集中消毒服务单位要具备什么条件？", "requirement", ["第五十八条"], FS)
q("计量标准器具要具备什么条件？", "requirement", [f"{MLR}#第七条"], MLR)
# ---- a twelfth development batch (session 6, after this session's changes and one measurement of the test
# half): articles no batch asked about, written to measure how the changes generalise (first run reported)
q("新闻媒体对农产品质量安全有什么宣传责任？", "requirement", ["第十一条"], AG)
q("农户想检测自家的农产品，谁能提供检测服务？", "other", ["第三十四条"], AG, style="everyday")
q("农产品质量安全违法行为涉嫌犯罪的案件怎么处理？", "other", ["第六十一条"], AG)
q("供电公司让施工单位买指定厂家的建材，合法吗？", "requirement", ["第七十一条"], CQ, style="everyday")
q("建设单位采购重要设备和材料要招标吗？", "requirement", ["第八条"], CQ)
q("食品企业发现食品安全标准执行中有问题，要向哪个部门报告？", "requirement", ["第三十二条"], FS)
q("食品没按要求贮存运输会被罚多少钱？", "fact", ["第一百三十二条"], FS, figure="一万元以上五万元以下", style="everyday")
q("被吊销食品许可证的老板几年内不能再申请许可？", "fact", ["第一百三十五条"], FS, figure="五年", style="everyday")
q("发布没有资质认定的检验机构出具的检验信息会被罚多少？", "fact", [f"{FSR}#第八十条"], FSR, figure="10万元以上50万元以下")
q("开讲座虚假宣传食品会怎么处理？", "requirement", [f"{FSR}#第七十三条"], FSR, style="everyday")
q("计量器具的使用由哪个部门监督检查？", "responsibility", ["第十八条"], ML, ["县级以上人民政府计量行政部门"])
q("国家法定计量单位的名称和符号由谁公布？", "responsibility", ["第三条"], ML, ["国务院"])
q("最高等级的社会公用计量标准要向谁申请考核？", "requirement", [f"{MLR}#第八条"], MLR)
q("市场监管部门能给企业的产品做推荐吗？", "requirement", ["第二十五条"], PQ, style="everyday")
q("产品质量法规定的罚款由哪个部门决定？", "responsibility", ["第七十条"], PQ, ["市场监督管理部门"])
q("标准能用来限制市场竞争吗？", "requirement", ["第二十二条"], SL, style="everyday")
q("哪些标准项目要优先立项？", "other", ["第十四条"], SL)
q("老百姓能举报违反强制性标准的行为吗？", "other", [f"{SLR}#第三十一条", f"{SL}#第三十五条"], SLR, style="everyday")  # (b)
q("药品标准属于强制性标准吗？", "other", [f"{SLR}#第十八条"], SLR)
# (b) widened after the first run: the law states the same right (任何单位或者个人有权…举报)
q("省级标准化行政主管部门负责哪些标准实施的监督？", "other", [f"{SLR}#第二十八条"], SLR)
# ---- a thirteenth development batch (session 10, before any law-side change): 16 articles drawn at random
# (seed 11302), asked in an enterprise's or a citizen's everyday words — run once to report
q("企业被罚的款能不能算进成本里？", "requirement", [f"{SLR}#第四十条"], SLR, style="everyday")
q("开饭馆、做外卖的要守食品安全法吗？", "other", ["第二条"], FS, style="everyday")
q("市场监管来店里检查，能查我们的账本和合同吗？", "other", ["第一百一十条"], FS, style="everyday")
q("计量器具、计量检定这些词是什么意思？", "other", [f"{MLR}#第五十六条"], MLR, style="everyday")
q("我们厂出口的食品要符合哪国的标准？", "requirement", [f"{FSR}#第五十三条", f"{FS}#第九十九条"], FSR, style="everyday")  # (c)
q("卖菜卖肉的进货要记哪些东西，记录要留多久？", "requirement", [f"{FS}#第六十五条"], FS, style="everyday")
q("开发商能逼施工队压工期、压价吗？", "requirement", [f"{CQ}#第十条"], CQ, style="everyday")
q("标准多久要复审一次？", "fact", [f"{SL}#第二十九条", f"{SLR}#第二十条"], SL, figure="五年", style="everyday")  # (c)
q("电子秤没按规定去检定就用，会罚多少钱？", "fact", [f"{MLR}#第四十三条"], MLR, figure="1000元以下", style="everyday")
q("想开个农产品检测机构，要满足什么条件？", "requirement", [f"{AG}#第四十八条"], AG, style="everyday")
q("食品广告能说能治病吗？", "requirement", [f"{FS}#第七十三条"], FS, style="everyday")
q("我们把工程分包出去了，分包的质量出了问题总包要担责吗？", "requirement", [f"{CQ}#第二十七条"], CQ, style="everyday")
q("企业想做质量体系认证，找谁申请？", "requirement", [f"{PQ}#第十四条"], PQ, style="everyday")
q("我们食品厂能自己检验自己的产品吗？", "requirement", [f"{FS}#第八十九条"], FS, style="everyday")
q("接到通知说我们的食品有安全隐患，企业该怎么办？", "requirement", [f"{FSR}#第七条"], FSR, style="everyday")
q("监理公司跟建材供应商是一家的，还能监理这个工程吗？", "requirement", [f"{CQ}#第三十五条"], CQ, style="everyday")
# (c) widened after the first run: the food safety law (第九十九条) and the 1990 regulation (第二十条: 标准复审周期一般不超过五年)
# say the same as the article drawn
# ---- a fourteenth development batch (session 10, after the 被罚 change): 12 articles drawn at random among those
# naming an authority (seed 11303), asked in everyday words — run once to report
q("新盖的楼质量归哪个部门监督？", "responsibility", [f"{CQ}#第四十三条"], CQ, ["县级以上地方人民政府建设行政主管部门"], style="everyday")
q("搞食品风险监测的人能进我们厂采样吗？", "requirement", [f"{FS}#第十五条"], FS, style="everyday")
q("中介机构给产品打包票，出了事要担责吗？", "requirement", [f"{PQ}#第五十八条"], PQ, style="everyday")
q("菜进了超市以后出了违法的事，谁来罚？", "responsibility", [f"{AG}#第七十七条"], AG, ["县级以上地方人民政府市场监督管理部门"], style="everyday")
q("农产品质量检查时企业不配合，会罚多少钱？", "fact", [f"{AG}#第七十六条"], AG, figure="二千元以上五万元以下", style="everyday")
q("复检机构老是拒绝复检，谁来撤销它的资质？", "responsibility", [f"{FSR}#第七十九条"], FSR, ["国务院有关部门"], style="everyday")
q("开产品质量检验机构要经过什么考核？", "requirement", [f"{PQ}#第十九条"], PQ, style="everyday")
q("菜市场开办方发现摊主卖问题食品，要向哪里报告？", "requirement", [f"{FS}#第六十一条"], FS, style="everyday")
q("秤不准起了纠纷，找谁调解？", "responsibility", [f"{MLR}#第三十四条"], MLR, ["县级以上人民政府计量行政部门"], style="everyday")
q("计量方面的罚款由谁来决定？", "responsibility", [f"{MLR}#第五十五条"], MLR, ["县级以上地方人民政府计量行政部门"], style="everyday")
q("农药化肥怎么用，谁来监管指导？", "responsibility", [f"{AG}#第三十一条"], AG, ["县级以上人民政府农业农村主管部门"], style="everyday")
q("地方特色小吃没有国家标准，谁能定地方标准？", "responsibility", [f"{FS}#第二十九条"], FS, ["省、自治区、直辖市人民政府卫生行政部门"], style="everyday")
for item in Q[DEV:]:
    item["split"] = "dev"

counts = {}
with open(sys.argv[1], "w", encoding="utf-8") as f:
    for i, item in enumerate(Q, 1):
        item.setdefault("answerable", True)
        key = (item["intent"], item["doc"] == "mixed", item["answerable"])
        counts[key] = counts.get(key, 0) + ("split" not in item)
        if "split" not in item:  # the second batch is dev only and leaves the alternation of the first alone
            item["split"] = "dev" if counts[key] % 2 == 1 else "test"
        item["id"] = f"law-{i:03d}"
        item = {k: v for k, v in item.items() if v not in (None, False) or k == "answerable"}
        f.write(json.dumps(item, ensure_ascii=False) + "\n")
print(len(Q), "questions")
