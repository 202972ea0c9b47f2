#!/usr/bin/env python3
"""Build questions.jsonl and clauses.jsonl of eval/fresh13 and check them against the document texts.
System python3, standard library only; imports nothing from the project.
Run:  cd eval/fresh13/_check && python3 build.py      (writes ../questions.jsonl, ../clauses.jsonl, ./build.log)
Checks: every gold unit exists in its document; every quote is in the text of its unit; every body of a clause is in
its quote, in the written order; every lead/support is among the bodies; every gold body of a responsibility question
is in the text of the gold unit (order checked); every unit naming a bureau_tasks body is listed; every fact figure is
in the text of its gold unit; every document figure is in the document; unanswerable questions have no gold units.
"""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
DOCS = os.path.join(ROOT, 'docs')
SPLIT = 'fresh13'

# ---------------------------------------------------------------- questions
Q = []
def q(doc, question, intent, units=(), style='doc', answerable=True, **kw):
    Q.append(dict(doc=doc, question=question, intent=intent, answerable=answerable,
                  gold_units=list(units), style=style, **kw))

# ------------------------------------------------ zj-jiaxing-zerenfenjie-2023 (no headings: every unit is 前言)
D = 'zj-jiaxing-zerenfenjie-2023'
q(D, '嘉兴市2023年政府工作报告重点工作责任分解是以什么文号印发的?', 'document', figure='嘉政办发〔2023〕7号')
q(D, '嘉兴这份重点工作责任分解的通知是哪天签发的?', 'document', style='everyday', figure='2023年3月1日',
  note='signature date; the page header gives 成文日期 2023-03-01 and 发布日期 2023-03-03')
q(D, '这份责任分解通知是由嘉兴市哪个机关印发的?', 'document', figure='嘉兴市人民政府办公室')
q(D, '完成省里下达的环境和能源计划目标,嘉兴由哪些部门负责?', 'responsibility', ['前言'],
  gold_bodies=['市发展改革委', '市生态环境局'], gold_lead=[], note='table row 9; the table names no lead')
q(D, '嘉兴扩大首贷、信用贷这些金融服务保障的事归哪几家单位管?', 'responsibility', ['前言'], style='everyday',
  gold_bodies=['市金融办', '人行嘉兴市中心支行', '嘉兴银保监分局'], gold_lead=[], note='table row 14')
q(D, '政府采购给中小企业预留份额、给小微企业价格扣除优惠,这项工作由哪些单位承担?', 'responsibility', ['前言'],
  gold_bodies=['市财政局', '市经信局', '市税务局'], gold_lead=[], note='table row 11')
q(D, '重点工作和民生实事办得怎么样,由谁来跟踪督办?', 'responsibility', ['前言'], style='everyday',
  gold_bodies=['市政府'], gold_lead=[], note='sentence of the covering notice')
q(D, '市经信局在2023年政府工作报告重点工作中要负责哪些任务?', 'bureau_tasks', ['前言'], body='市经信局',
  note='rows 5, 10, 11, 12 of the table (all in 前言)')
q(D, '嘉兴2023年打算给企业减负多少钱?', 'fact', ['前言'], style='everyday', figure='200亿元以上',
  note='table row 10')
q(D, '政府采购项目预留给中小企业的比例不低于多少?', 'fact', ['前言'], figure='40%', note='table row 11')
q(D, '嘉兴市人力社保局负责就业工作的联系电话是多少?', 'other', style='everyday', answerable=False)
q(D, '2023年嘉兴市财政安排多少亿元专门用于科技创新?', 'fact', answerable=False)

# ------------------------------------------------ ln-lishan-zhongdiangongzuo-2023
D = 'ln-lishan-zhongdiangongzuo-2023'
q(D, '立山区2023年重点工作任务分解和责任分工方案的文号是多少?', 'document', figure='鞍立政发〔2023〕2号')
q(D, '立山区政府这个重点工作分工方案是哪天发的?', 'document', style='everyday', figure='2023年3月28日')
q(D, '立山区2023年重点工作责任分工方案是由哪个机关印发的?', 'document', figure='立山区人民政府')
q(D, '立山今年社零总额的增长目标谁牵头,谁具体负责?', 'responsibility', ['一、4.'], style='everyday',
  gold_bodies=['区商务局', '各街道', '区市场局'], gold_lead=['区商务局'],
  note='两行 牵头单位/责任单位; 责任单位 are not called 配合 in the text')
q(D, '规模以上工业增加值的增长目标由哪个部门牵头?', 'responsibility', ['一、2.'],
  gold_bodies=['区工信局', '立山经济开发区'], gold_lead=['区工信局'])
q(D, '一般公共预算收入增长目标由哪些单位负责落实?', 'responsibility', ['一、5.'],
  gold_bodies=['区财政局', '立山经济开发区', '各街道', '税务局'], gold_lead=['区财政局'])
q(D, '区发改局在立山区今年的主要预期目标中牵头负责哪几项?', 'bureau_tasks', ['一、1.', '一、3.', '一、6.'], body='区发改局')
q(D, '立山经济开发区要承担哪些预期目标的责任?', 'bureau_tasks', ['一、1.', '一、2.', '一、3.', '一、5.'],
  style='everyday', body='立山经济开发区')
q(D, '立山区2023年地区生产总值预期增长多少?', 'fact', ['一、1.'], figure='6.2%')
q(D, '立山今年固投要涨多少?', 'fact', ['一、3.'], style='everyday', figure='15%')
q(D, '立山区2023年城镇新增就业的目标是多少人?', 'fact', answerable=False)
q(D, '立山区经济运行专班的联系人是谁,电话多少?', 'other', style='everyday', answerable=False)

# ------------------------------------------------ sc-suining-qingjie-2016 (the task table follows a gap; no heading above it)
D = 'sc-suining-qingjie-2016'
TAB = 'the task-table excerpt follows a gap after 一、 and has no heading of its own, so its rows fall under 一、'
q(D, '遂宁市全面开展清洁城市环境活动实施方案的通知文号是什么?', 'document', figure='遂府办函〔2016〕103号')
q(D, '遂宁清洁城市环境活动方案的通知落款日期是哪天?', 'document', style='everyday', figure='2016年6月23日',
  note='signature (成文) date; 发布日期 is 2016-06-28')
q(D, '这个实施方案是经市政府哪一次常务会议审议通过的?', 'fact', ['前言'], figure='六届59次')
q(D, '理顺城市管理体制这项任务由哪几个部门负责?', 'responsibility', ['一、'],
  gold_bodies=['市委编办', '市住建局', '市城管局'], gold_lead=[], note='table row 1; ' + TAB)
q(D, '遂宁搞城镇生活垃圾分类试点,是哪些部门在负责?', 'responsibility', ['一、'], style='everyday',
  gold_bodies=['市住建局', '市发改委', '市财政局', '市商务局', '市供销社', '各县(区)政府', '市直园区管委会'],
  gold_lead=[], note='table row 6; ' + TAB)
q(D, '在宾馆和餐饮行业推广可循环物品、限制一次性用品由哪些单位负责?', 'responsibility', ['一、'],
  gold_bodies=['市商务局', '市旅游局', '各县(区)政府', '市直园区管委会'], gold_lead=[], note='table row 10; ' + TAB)
q(D, '市商务局在清洁城市环境活动中要负责哪些工作?', 'bureau_tasks', ['一、'], body='市商务局',
  note='table rows 6, 8, 9, 10; ' + TAB)
q(D, '环境卫生设施规划要在什么时候之前编制完成?', 'fact', ['一、'], figure='2016 年底前', note='table row 4')
q(D, '城市工作机制要在什么时候前完善好?', 'fact', ['一、'], style='everyday', figure='2016 年 6 底前',
  note='table row 2; the text writes 2016 年 6 底前 (no 月)')
q(D, '遂宁计划到什么时候彻底解决城市环境卫生脏乱差问题?', 'fact', ['一、'], figure='“十三五”末')
q(D, '遂宁市为清洁城市环境活动安排了多少专项经费?', 'fact', answerable=False)
q(D, '环境卫生考核不达标的县区会被怎么问责?', 'other', style='everyday', answerable=False)

# ------------------------------------------------ gd-guangzhou-zhongdiangongzuo-2006
D = 'gd-guangzhou-zhongdiangongzuo-2006'
q(D, '广州市2006年《政府工作报告》要求重点做好的工作事项是以什么文号印发的?', 'document', figure='穗府办〔2006〕19号')
q(D, '广州这份2006年重点工作事项的通知落款是哪天?', 'document', style='everyday', figure='二○○六年四月二十八日',
  note='the page header also shows 2006-05-17 (web publication date)')
q(D, '《2006年〈政府工作报告〉要求重点做好的工作事项》是由哪个机关印发的?', 'document', figure='广州市人民政府办公厅')
q(D, '南沙临港石化基地建设由哪个部门牵头,哪些单位配合?', 'responsibility', ['一、（二）'],
  gold_bodies=['市发改委', '市经贸委', '国土房管局', '规划局', '黄埔区政府', '南沙区政府'], gold_lead=['市发改委'])
q(D, '珠江新城金融商贸区那块是谁牵头在搞?', 'responsibility', ['一、（五）'], style='everyday',
  gold_bodies=['市金融办', '市国土房管局', '规划局'], gold_lead=['市金融办'])
q(D, '广州国际会展中心二期工程由哪些部门负责推进?', 'responsibility', ['一、（七）'],
  gold_bodies=['市建委', '市规划局'], gold_lead=['市建委'])
q(D, '空港、南沙、黄埔那几个国际枢纽物流园区归哪个部门牵头?', 'responsibility', ['一、（四）'], style='everyday',
  gold_bodies=['市交委', '市经贸委', '外经贸局'], gold_lead=['市交委'])
q(D, '市经贸委在2006年这些重点工作事项中要承担哪些工作?', 'bureau_tasks',
  ['一、（一）', '一、（二）', '一、（三）', '一、（四）', '一、（六）'], body='市经贸委',
  note='lead in (一) and (六), partner in (二), (三), (四)')
q(D, '外经贸局要配合做哪些事?', 'bureau_tasks', ['一、（一）', '一、（三）', '一、（四）'], style='everyday',
  body='外经贸局')
q(D, '要抓好的乙烯改扩建项目是多大规模?', 'fact', ['一、（二）'], figure='80万吨')
q(D, '2006年广州给三大汽车产业基地安排了多少扶持资金?', 'fact', answerable=False)
q(D, '广州2006年地区生产总值的增长目标是多少?', 'fact', style='everyday', answerable=False)

# ------------------------------------------------ ha-luohe-jingxihua-2011 (stored text has no title, 文号, issuer or date)
D = 'ha-luohe-jingxihua-2011'
LAST = 'the closing paragraph has no heading, so it falls under 七、'
q(D, '迎接省里城市精细化管理考核,城市园林绿化由哪个部门负责?', 'responsibility', ['四、'],
  gold_bodies=['市林业园林局'], gold_lead=[])
q(D, '漯河迎接省里精细化管理检查,住宅小区管理这块归谁?', 'responsibility', ['三、'], style='everyday',
  gold_bodies=['市住房保障房屋管理局'], gold_lead=[])
q(D, '市容环境卫生、市政设施建设与管理中涉及其他部门职责的工作,由哪些部门负责?', 'responsibility', ['六、'],
  gold_bodies=['市工商局', '市水利局', '市林业园林局', '市沙澧河建管委', '市建委'], gold_lead=[],
  note='A、B…协同市建委负责: no 牵头 stated; 二、 gives 市城乡建设委员会 the 市容和环境卫生 work as a whole')
q(D, '城建档案的归档管理归哪个部门管?', 'responsibility', ['一、'], style='everyday',
  gold_bodies=['市城乡规划局'], gold_lead=[])
q(D, '市林业园林局在这次迎检中承担哪些职责?', 'bureau_tasks', ['四、', '六、'], body='市林业园林局')
q(D, '交通运输局在这次迎检分工里要管哪些?', 'bureau_tasks', ['五、', '七、'], style='everyday', body='市交通运输局')
q(D, '各单位要在什么时间前把主管领导和科室负责人名单报上去?', 'fact', ['七、'], figure='2011年12月30日前',
  note=LAST)
q(D, '这次分工依据的省政府办公厅转发文件文号是什么?', 'fact', ['前言'], figure='豫政办〔2007〕89号')
q(D, '市城管办的联系电话是多少?', 'fact', ['七、'], style='everyday', figure='3119919', note=LAST)
q(D, '各单位接到通知后要做好哪些准备工作?', 'requirement', ['七、'], note=LAST)
q(D, '这份明确迎检工作职责的通知文号是多少?', 'document', answerable=False,
  note='the stored text begins with the addressees; no title, 文号, issuer or date')
q(D, '省政府考核组具体哪天来漯河检查?', 'fact', style='everyday', answerable=False)

# ---------------------------------------------------------------- clauses
C = []
def c(doc, unit, quote, bodies, lead, support, form, note=None):
    o = dict(doc=doc, unit=unit, quote=quote, bodies=bodies, lead=lead, support=support, form=form)
    if note: o['note'] = note
    C.append(o)

D = 'zj-jiaxing-zerenfenjie-2023'
JX = [
    ('1 | 地区生产总值增长6%左右。 | 市发展改革委 |', ['市发展改革委']),
    ('2 | 研发投入强度达到3.5%。 | 市科技局 |', ['市科技局']),
    ('3 | 一般公共预算收入增长5%左右。 | 市财政局 |', ['市财政局']),
    ('4 | 固定资产投资增长10%。 | 市发展改革委 |', ['市发展改革委']),
    ('5 | 规上工业增加值增长7%。 | 市经信局 |', ['市经信局']),
    ('6 | 城乡居民人均可支配收入与经济增长基本同步。 | 市发展改革委 |', ['市发展改革委']),
    ('7 | 居民消费价格指数涨幅控制在3%以内。 | 市发展改革委 |', ['市发展改革委']),
    ('8 | 城镇调查失业率控制在5%以内。 | 市人力社保局 |', ['市人力社保局']),
    ('9 | 完成省下达的环境和能源计划目标。 | 市发展改革委、市生态环境局 |', ['市发展改革委', '市生态环境局']),
    ('| 市经信局、市税务局 |', ['市经信局', '市税务局']),
    ('| 市财政局、市经信局、市税务局 |', ['市财政局', '市经信局', '市税务局']),
    ('政府无事不扰。 | 市经信局 |', ['市经信局']),
    ('| 市市场监管局、市政务数据办 |', ['市市场监管局', '市政务数据办']),
    ('| 市金融办、人行嘉兴市中心支行、 嘉兴银保监分局 |', ['市金融办', '人行嘉兴市中心支行', '嘉兴银保监分局']),
    ('| 市委改革办、市发展改革委 |', ['市委改革办', '市发展改革委']),
]
for i, (qt, b) in enumerate(JX, 1):
    c(D, '前言', qt, b, [], [], 'table-row',
      'row %d of the 责任单位 table; no lead marked' % i + ('' if i <= 9 else '; quote is the end of the row (the task cell is long)'))
c(D, '前言', '市政府将对重点工作、民生实事完成情况进行跟踪督办、定期通报,并将督查结果列入年度工作目标责任制考核。',
  ['市政府'], [], [], 'fuze-sentence', 'covering notice; 各牵头单位/各相关单位 sentences are generic and not annotated')

D = 'ln-lishan-zhongdiangongzuo-2023'
LS = [
    ('一、1.', '区发改局', '责任单位:立山经济开发区,全区经济运行各专班', ['立山经济开发区', '全区经济运行各专班'], ''),
    ('一、2.', '区工信局', '责任单位:立山经济开发区', ['立山经济开发区'], ''),
    ('一、3.', '区发改局', '责任单位:立山经济开发区,各街道、区直各部门', ['立山经济开发区', '各街道'],
     '; 区直各部门 left out (generic, like 各部门)'),
    ('一、4.', '区商务局', '责任单位:各街道,区市场局', ['各街道', '区市场局'], ''),
    ('一、5.', '区财政局', '责任单位:立山经济开发区,各街道,税务局', ['立山经济开发区', '各街道', '税务局'], ''),
    ('一、6.', '区发改局', '责任单位:各街道,各相关单位', ['各街道'], '; 各相关单位 left out (generic)'),
]
for unit, lead, line, bodies, extra in LS:
    c(D, unit, '牵头单位:' + lead, [lead], [lead], [], 'labelled', 'first of the item\'s two labelled lines')
    c(D, unit, line, bodies, [], [], 'labelled',
      'second labelled line of the item; 责任单位 are not called 配合 in the text, so no support' + extra)

D = 'sc-suining-qingjie-2016'
SN = [
    (1, '市委编办、市住建局、市城管局', ['市委编办', '市住建局', '市城管局']),
    (2, '市住建局,各县(区)政府、市直园区管委会', ['市住建局', '各县(区)政府', '市直园区管委会']),
    (3, '市城管局,各县(区)政府、市直园区管委会', ['市城管局', '各县(区)政府', '市直园区管委会']),
    (4, '市住建局、市发改委、市财政局、市环保局,各县(区)政府、市直园区管委会',
     ['市住建局', '市发改委', '市财政局', '市环保局', '各县(区)政府', '市直园区管委会']),
    (5, '市住建局、市环保局,各县(区)政府、市直园区管委会', ['市住建局', '市环保局', '各县(区)政府', '市直园区管委会']),
    (6, '市住建局、市发改委、市财政局、市商务局、市供销社,各县(区)政府、市直园区管委会',
     ['市住建局', '市发改委', '市财政局', '市商务局', '市供销社', '各县(区)政府', '市直园区管委会']),
    (7, '市住建局、市发改委、市财政局、市环保局,各县(区)政府、市直园区管委会',
     ['市住建局', '市发改委', '市财政局', '市环保局', '各县(区)政府', '市直园区管委会']),
    (8, '市质监局、市商务局,各县(区)政府、市直园区管委会', ['市质监局', '市商务局', '各县(区)政府', '市直园区管委会']),
    (9, '市商务局、市农业局,各县(区)政府、市直园区管委会', ['市商务局', '市农业局', '各县(区)政府', '市直园区管委会']),
    (10, '市商务局、市旅游局,各县(区)政府、市直园区管委会', ['市商务局', '市旅游局', '各县(区)政府', '市直园区管委会']),
    (11, '市住建局、市供销社,各县(区)政府、市直园区管委会', ['市住建局', '市供销社', '各县(区)政府', '市直园区管委会']),
]
for n, qt, b in SN:
    c(D, '一、', qt, b, [], [], 'table-row',
      'row %d, 负责部门 cell; %s' % (n, TAB) + ('; same cell text in rows 4 and 7' if n in (4, 7) else ''))

D = 'gd-guangzhou-zhongdiangongzuo-2006'
GZ = [
    ('一、（一）', '(牵头单位:市经贸委;配合单位:市发改委、国土房管局、外经贸局、规划局)',
     ['市经贸委', '市发改委', '国土房管局', '外经贸局', '规划局']),
    ('一、（二）', '(牵头单位:市发改委;配合单位:市经贸委、国土房管局、规划局、黄埔区政府、南沙区政府)',
     ['市发改委', '市经贸委', '国土房管局', '规划局', '黄埔区政府', '南沙区政府']),
    ('一、（三）', '(牵头单位:市发改委;配合单位:市经贸委、科技局、外经贸局)', ['市发改委', '市经贸委', '科技局', '外经贸局']),
    ('一、（四）', '(牵头单位:市交委;配合单位:市经贸委、外经贸局)', ['市交委', '市经贸委', '外经贸局']),
    ('一、（五）', '(牵头单位:市金融办;配合单位:市国土房管局、规划局)', ['市金融办', '市国土房管局', '规划局']),
    ('一、（六）', '(牵头单位:市经贸委;配合单位:市建委、国土房管局)', ['市经贸委', '市建委', '国土房管局']),
    ('一、（七）', '(牵头单位:市建委;配合单位:市规划局)', ['市建委', '市规划局']),
]
for unit, qt, b in GZ:
    c(D, unit, qt, b, [b[0]], b[1:], 'tail-lead',
      'bodies written without 市 (国土房管局, 外经贸局, 规划局, 科技局) kept as written' if any(not x.startswith(('市', '黄埔', '南沙')) for x in b) else None)

D = 'ha-luohe-jingxihua-2011'
LH = [
    ('一、', '市城乡规划局负责城市规划及市政、环卫、园林、交通、路灯等专业规划的编制;城建档案的归档管理;建设行政执法队伍及建立城市管理长效机制等。', ['市城乡规划局'], []),
    ('二、', '市城乡建设委员会负责城市市容和环境卫生、城市公用事业、市政设施建设、建筑工地、建设行政执法队伍及建立城市管理长效机制等。', ['市城乡建设委员会'], []),
    ('三、', '市住房保障房屋管理局负责住宅小区管理、建设行政执法队伍及建立城市管理长效机制等。', ['市住房保障房屋管理局'], []),
    ('四、', '市林业园林局负责城市园林绿化及建设行政执法队伍管理及建立城市管理长效机制等。', ['市林业园林局'], []),
    ('五、', '市交通运输局负责城市综合交通管理工作。', ['市交通运输局'], []),
    ('六、', '市工商局、市水利局、市林业园林局、市沙澧河建管委协同市建委负责城市市容和环境卫生、市政设施建设与管理等内容中涉及部门职责的工作。',
     ['市工商局', '市水利局', '市林业园林局', '市沙澧河建管委', '市建委'], ['市工商局', '市水利局', '市林业园林局', '市沙澧河建管委']),
    ('七、', '市公安局、市建委协同市交通运输局负责城市综合交通涉及部门职责的工作。',
     ['市公安局', '市建委', '市交通运输局'], ['市公安局', '市建委']),
]
for unit, qt, b, sup in LH:
    c(D, unit, qt, b, [], sup, 'fuze-sentence',
      'A协同B负责: the bodies before 协同 assist (support); B is the main body but the text names no 牵头' if sup else None)

# ---------------------------------------------------------------- document structure
PART = re.compile(r'^([一二三四五六七八九十]+)、')
ART = re.compile(r'^[(（]([一二三四五六七八九十]+)[)）]')
ITEM = re.compile(r'^(\d+)[.、．]')

def units_of(text):
    """map label path -> text of that unit (all its lines incl. sub-units); '前言' = before the first part/article."""
    regions = {}
    part = art = item = ''
    seen_head = False
    for line in text.split('\n'):
        s = line.strip()
        m = PART.match(s)
        if m:
            part, art, item, seen_head = m.group(1) + '、', '', '', True
        else:
            m = ART.match(s)
            if m:
                art, item, seen_head = '（' + m.group(1) + '）', '', True
            else:
                m = ITEM.match(s)
                if m and seen_head:
                    item = m.group(1) + '.'
        if not seen_head:
            regions.setdefault('前言', []).append(line)
            continue
        for path in {part, part + art, part + art + item}:
            if path:
                regions.setdefault(path, []).append(line)
    return {k: '\n'.join(v) for k, v in regions.items()}

def main():
    errors, warnings = [], []
    texts, regions = {}, {}
    for f in sorted(os.listdir(DOCS)):
        if f.endswith('.txt'):
            d = f[:-4]
            texts[d] = open(os.path.join(DOCS, f), encoding='utf-8').read()
            regions[d] = units_of(texts[d])
    counters = {}
    out_q = []
    for o in Q:
        d = o['doc']
        counters[d] = counters.get(d, 0) + 1
        qid = 'pol-%s-%s-%02d' % (SPLIT, d, counters[d])
        rec = {'id': qid, 'doc': d, 'question': o['question'], 'intent': o['intent'],
               'answerable': o['answerable'], 'gold_units': o['gold_units']}
        for k in ('gold_bodies', 'gold_lead', 'body', 'figure'):
            if k in o: rec[k] = o[k]
        rec['style'] = o['style']; rec['split'] = SPLIT
        if 'note' in o: rec['note'] = o['note']
        out_q.append(rec)
        if d not in texts: errors.append('%s: unknown doc' % qid); continue
        T, R = texts[d], regions[d]
        if rec['intent'] not in ('responsibility', 'bureau_tasks', 'fact', 'document', 'requirement', 'other'):
            errors.append('%s: bad intent' % qid)
        if rec['style'] not in ('doc', 'everyday'): errors.append('%s: bad style' % qid)
        if rec['question'] in T: errors.append('%s: question copies the text' % qid)
        if not rec['answerable']:
            if rec['gold_units']: errors.append('%s: unanswerable with gold units' % qid)
            for k in ('gold_bodies', 'figure', 'body'):
                if k in rec: errors.append('%s: unanswerable with %s' % (qid, k))
            continue
        if rec['intent'] != 'document' and not rec['gold_units']:
            errors.append('%s: answerable question without gold units' % qid)
        for u in rec['gold_units']:
            if u not in R: errors.append('%s: gold unit %s not in %s' % (qid, u, d))
        utext = '\n'.join(R.get(u, '') for u in rec['gold_units'])
        if rec['intent'] == 'responsibility':
            gb, gl = rec.get('gold_bodies'), rec.get('gold_lead')
            if not gb or gl is None: errors.append('%s: responsibility without gold_bodies/gold_lead' % qid); continue
            for b in gb:
                if b not in utext: errors.append('%s: body %s not in unit text' % (qid, b))
            for b in gl:
                if b not in gb: errors.append('%s: lead %s not among bodies' % (qid, b))
            cur = 0
            for b in gb:
                i = utext.find(b, cur)
                if i < 0: warnings.append('%s: bodies not in text order at %s' % (qid, b)); break
                cur = i + len(b)
        elif rec['intent'] == 'bureau_tasks':
            b = rec.get('body')
            if not b: errors.append('%s: bureau_tasks without body' % qid); continue
            for u in rec['gold_units']:
                if b not in R.get(u, ''): errors.append('%s: body %s not in unit %s' % (qid, b, u))
            leaves = [u for u in R if u != '前言' and b in R[u]
                      and not any(v != u and v.startswith(u) and b in R[v] for v in R)]
            missing = [u for u in leaves if not any(u.startswith(g) or g.startswith(u) for g in rec['gold_units'])]
            if missing: errors.append('%s: %s also named in %s' % (qid, b, missing))
            # every unit where an annotated clause names the body must be listed
            cu = sorted({x['unit'] for x in C if x['doc'] == d and b in x['bodies']})
            miss = [u for u in cu if not any(u.startswith(g) or g.startswith(u) for g in rec['gold_units'])]
            if miss: errors.append('%s: %s is in annotated clauses of %s' % (qid, b, miss))
            if b in R.get('前言', '') and '前言' not in rec['gold_units']:
                warnings.append('%s: %s also occurs in 前言 (not as a responsibility clause)' % (qid, b))
        elif rec['intent'] == 'fact':
            fig = rec.get('figure')
            if not fig: errors.append('%s: fact without figure' % qid)
            elif fig not in utext: errors.append('%s: figure %s not in gold unit text' % (qid, fig))
            elif T.count(fig) > 1: warnings.append('%s: figure %s occurs %d times in doc' % (qid, fig, T.count(fig)))
        elif rec['intent'] == 'document':
            fig = rec.get('figure')
            if rec['gold_units']: errors.append('%s: document question with gold units' % qid)
            if not fig: errors.append('%s: document without figure' % qid)
            elif fig.isdigit():
                parts = [k for k in R if PART.match(k) and k.endswith('、')]
                if int(fig) != len(parts): errors.append('%s: part count %s != %d' % (qid, fig, len(parts)))
            elif fig not in T: errors.append('%s: figure %s not in doc' % (qid, fig))
    ids = [r['id'] for r in out_q]
    if len(ids) != len(set(ids)): errors.append('duplicate question ids')
    out_c = []
    for o in C:
        rec = dict(o); rec['split'] = SPLIT; out_c.append(rec)
        d, tag = o['doc'], '%s %s' % (o['doc'], o['unit'])
        if d not in texts: errors.append('clause %s: unknown doc' % tag); continue
        R = regions[d]
        if o['unit'] not in R: errors.append('clause %s: unit not in doc' % tag); continue
        if o['quote'] not in R[o['unit']]: errors.append('clause %s: quote not in unit: %s' % (tag, o['quote'][:30]))
        if not o['bodies']: errors.append('clause %s: no bodies' % tag)
        cur = 0
        for b in o['bodies']:
            i = o['quote'].find(b, cur)
            if i < 0:
                errors.append('clause %s: body %s not in quote (or out of order)' % (tag, b)); break
            cur = i + len(b)
        for b in o['lead'] + o['support']:
            if b not in o['bodies']: errors.append('clause %s: lead/support %s not among bodies' % (tag, b))
        if set(o['lead']) & set(o['support']): errors.append('clause %s: body both lead and support' % tag)
        if o['form'] not in ('tail', 'tail-lead', 'labelled', 'sentence-lead', 'huitong', 'fuze-sentence',
                             'members', 'table-row', 'convention'):
            errors.append('clause %s: bad form' % tag)
    # cross-check: responsibility golds vs the clauses of the gold unit (one clause, or all clauses of the unit together)
    for r in out_q:
        if r['intent'] == 'responsibility' and r['answerable']:
            cl = [x for x in out_c if x['doc'] == r['doc'] and x['unit'] in r['gold_units']]
            if not cl: warnings.append('%s: no annotated clause in gold unit' % r['id']); continue
            one = any(x['bodies'] == r['gold_bodies'] and x['lead'] == r['gold_lead'] for x in cl)
            allb = []
            for x in cl:
                allb += [b for b in x['bodies'] if b not in allb]
            alll = [b for x in cl for b in x['lead']]
            union = allb == r['gold_bodies'] and alll == r['gold_lead']
            if not one and not union:
                # the gold may be the single clause of the unit whose bodies it equals (e.g. one row of a table unit)
                sub = any(x['bodies'] == r['gold_bodies'] and x['lead'] == r['gold_lead'] for x in cl)
                if not sub:
                    warnings.append('%s: gold bodies/lead differ from every clause of the unit and from their union'
                                    % r['id'])
    with open(os.path.join(ROOT, 'questions.jsonl'), 'w', encoding='utf-8') as f:
        for r in out_q: f.write(json.dumps(r, ensure_ascii=False) + '\n')
    with open(os.path.join(ROOT, 'clauses.jsonl'), 'w', encoding='utf-8') as f:
        for r in out_c: f.write(json.dumps(r, ensure_ascii=False) + '\n')
    per = {}
    for r in out_q: per.setdefault(r['doc'], []).append(r)
    lines = ['fresh13 build/check', 'documents: %d' % len(texts), 'questions: %d' % len(out_q),
             'clauses: %d' % len(out_c)]
    for d in sorted(per):
        rs = per[d]
        lines.append('  %s: %d questions (%d unanswerable, %d everyday), %d clauses, %d characters' % (
            d, len(rs), sum(not r['answerable'] for r in rs), sum(r['style'] == 'everyday' for r in rs),
            sum(x['doc'] == d for x in out_c), len(texts[d])))
    it = {}
    for r in out_q: it[r['intent']] = it.get(r['intent'], 0) + 1
    lines.append('intents: ' + ', '.join('%s %d' % kv for kv in sorted(it.items())))
    fm = {}
    for x in out_c: fm[x['form']] = fm.get(x['form'], 0) + 1
    lines.append('clause forms: ' + ', '.join('%s %d' % kv for kv in sorted(fm.items())))
    lines.append('errors: %d' % len(errors))
    lines += ['  ERROR ' + e for e in errors]
    lines.append('warnings: %d' % len(warnings))
    lines += ['  WARN ' + w for w in warnings]
    txt = '\n'.join(lines) + '\n'
    open(os.path.join(HERE, 'build.log'), 'w', encoding='utf-8').write(txt)
    sys.stdout.write(txt)
    return 1 if errors else 0

if __name__ == '__main__':
    sys.exit(main())
