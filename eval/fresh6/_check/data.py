# Hand-written golds of the fresh6 set (written from the document texts alone).
# Tails （责任单位：…） of the two tail documents are extracted by build.py (AUTO_TAILS); every other clause is below.
JA, JD, YP = 'sh-jingan-xiaofang-2019', 'sh-jiading-haimian-2024', 'sh-yangpu-jiceng-xiaofang-2022'

DOCS = {
    JA: dict(raw='raw_jingan.json'),
    JD: dict(raw='raw_jiading.json'),
    YP: dict(raw='raw_yangpu.json'),
}
AUTO_TAILS = [JA, JD]
DROP = ['有关街镇']          # generic words left out of tail bodies

C = lambda doc, unit, quote, bodies, lead=(), support=(), form='fuze-sentence', note=None: dict(
    doc=doc, unit=unit, quote=quote, bodies=list(bodies), lead=list(lead), support=list(support), form=form,
    **({'note': note} if note else {}))

CLAUSES = [
    # ---- 静安: one sentence besides the 21 tails
    C(JA, '二、（四）1.', '区城运中心协助做好应急指挥状态时的平台支撑和保障', ['区城运中心'],
      note='协助 with no named principal: neither lead nor support'),
    # ---- 嘉定: sentences and the task table (附件, one 责任单位 column, no lead column)
    C(JD, '二、（三）2.', '区规划资源局应就海绵城市、绿色调蓄设施建设要求征询区建设管理委、区水务局等相关管理部门意见',
      ['区规划资源局'], note='区建设管理委、区水务局 are consulted, not given the task'),
    C(JD, '三、（一）', '区建设管理委负责统筹协调嘉定区海绵城市建设，牵头制定协调推进机制并督促工作落实', ['区建设管理委'],
      lead=['区建设管理委'], form='sentence-lead'),
    C(JD, '附件', '区建设管理委负责指导推进嘉定区海绵城市建设工作，会同各行业主管部门协同制定海绵城市年度建设项目计划',
      ['区建设管理委'], lead=['区建设管理委'], form='huitong', note='会同 a generic object (各行业主管部门)'),
    C(JD, '附件', '区建设管理委、区发展改革委、区财政局、区规划资源局、\n区水务局、区交通委、\n区绿化市容局等相关部门，\n各街镇',
      ['区建设管理委', '区发展改革委', '区财政局', '区规划资源局', '区水务局', '区交通委', '区绿化市容局', '各街镇'],
      form='table-row', note='row 1 (海绵城市建设管理); 等相关部门 left out'),
    C(JD, '附件', '城市建设的实施意见》\n（沪府办发〔2024〕3号）\n\n3', [], form='table-row',
      note='placeholder removed below'),
]
# the placeholder above is only to keep the list syntax simple; drop it
CLAUSES = [c for c in CLAUSES if c['bodies'] or c['form'] == 'convention']

JD_ROWS = [  # (row number, the 责任单位 cell exactly as stored, bodies)
    (2, '系统方案经专家评审后报市住房城乡建设管理委备案。\n\n区建设管理委\n\n', ['区建设管理委']),
    (3, '区建设管理委、区水务局、\n区绿化市容局、区交通委，\n各街镇\n\n《本市系统化全域推进海绵\n城市建设的实施意见》',
     ['区建设管理委', '区水务局', '区绿化市容局', '区交通委', '各街镇']),
    (4, '区建设管理委、区水务局、\n区绿化市容局、区交通委，\n各街镇\n\n《上海市住房和城乡建设',
     ['区建设管理委', '区水务局', '区绿化市容局', '区交通委', '各街镇']),
    (5, '区建设管理委、区规划资源局、\n区水务局、区教育局、区体育局、\n区住房保障房屋管理局，各街镇',
     ['区建设管理委', '区规划资源局', '区水务局', '区教育局', '区体育局', '区住房保障房屋管理局', '各街镇']),
    (6, '区水务局、区建设管理委、\n区交通委，各街镇', ['区水务局', '区建设管理委', '区交通委', '各街镇']),
    (7, '区绿化市容局、区水务局、\n区规划资源局，各街镇\n\n《嘉定区绿化市容', ['区绿化市容局', '区水务局', '区规划资源局', '各街镇']),
    (8, '区绿化市容局、区水务局、\n区规划资源局，各街镇\n\n《嘉定区生态环境保护\n“十四五”规划》\n\n9',
     ['区绿化市容局', '区水务局', '区规划资源局', '各街镇']),
    (9, '区绿化市容局、区水务局、\n区规划资源局，各街镇\n\n《嘉定区生态环境保护\n“十四五”规划》、', ['区绿化市容局', '区水务局', '区规划资源局', '各街镇']),
    (10, '区水务局、区规划资源局，\n各街镇', ['区水务局', '区规划资源局', '各街镇']),
    (11, '区水务局、区绿化市容局、\n区生态环境局，各街镇', ['区水务局', '区绿化市容局', '区生态环境局', '各街镇']),
    (12, '区水务局、区建设管理委、\n区绿化市容局、区交通委、\n区住房保障房屋管理局，各街镇',
     ['区水务局', '区建设管理委', '区绿化市容局', '区交通委', '区住房保障房屋管理局', '各街镇']),
]
for n, q, b in JD_ROWS:
    CLAUSES.append(C(JD, '附件', q, b, form='table-row',
                     note='row %d; quote = the 责任单位 cell with its neighbouring cell text where needed to make it unique' % n))

# ---- 杨浦: labelled duty sections, sentences, task table (牵头单位 | 配合单位)
CLAUSES += [
    C(YP, '三、（一）', '（一）街道消防安全委员会', ['街道消防安全委员会'], form='labelled',
      note='section heading names the body; items 1.–8. are its duties'),
    C(YP, '三、（二）', '（二）消防安全管理办公室', ['消防安全管理办公室'], form='labelled',
      note='section heading names the body; items 1.–8. are its duties'),
    C(YP, '三、（三）', '（三）小区居委', ['小区居委'], form='labelled',
      note='section heading names the body; items 1.–3. are its duties'),
    C(YP, '四、（二）1.', '由街道牵头建立基层消防综合治理协作处置机制', ['街道'], lead=['街道'], form='sentence-lead'),
    C(YP, '四、（二）1.', '由街道消防委牵头相关部门协同配合、联合执法', ['街道消防委'], lead=['街道消防委'], form='sentence-lead',
      note='相关部门 generic'),
    C(YP, '四、（二）2.', '由街道报区消防安全专业委员会核定后，报请区政府挂牌督办', ['街道'],
      note='区消防安全专业委员会 and 区政府 are objects'),
    C(YP, '四、（二）2.', '由街道负责挂牌督办', ['街道']),
    C(YP, '四、（五）1.', '区消防安全专业委员会定期对街道消防安全责任制落实、消防工作计划实施、消防安全管理制度建立、消防安全管理组织运行、消防工作经费保障、消防隐患治理、社会化消防宣传教育开展、火灾事故处置等情况开展检查、考评，检查结果由区消防委员会办公室汇总后上报区政府纳入政府年度考核',
      ['区消防安全专业委员会', '区消防委员会办公室']),
]
YP_ROWS = [  # (task, quote = 牵头单位 cell + blank line + 配合单位 cell (plus context where needed), lead, support)
    ('1.做好规划配套', '区消防救援支队\n\n区应急局、区公安分局、区规划资源局、各街道', ['区消防救援支队'], ['区应急局', '区公安分局', '区规划资源局', '各街道']),
    ('2.完善规章标准 (a)', '规范消防安全综合治理运行模式。\n\n区消防救援支队\n\n各街道', ['区消防救援支队'], ['各街道']),
    ('2.完善规章标准 (b)', '进一步细化检查要求。\n\n区消防救援支队\n\n各街道', ['区消防救援支队'], ['各街道']),
    ('3.纳入考核体系', '强化结果运用。\n\n区考核办\n\n区消防救援支队、各街道', ['区考核办'], ['区消防救援支队', '各街道']),
    ('4.出台文件规章 (a)', '区消防救援支队\n\n各街道、\n相关委、办、局', ['区消防救援支队'], ['各街道']),
    ('4.出台文件规章 (b)', '部署重点工作。\n\n区消防救援支队\n\n各街道', ['区消防救援支队'], ['各街道']),
    ('5.实化运行消防安全委员会', '街道消防委日常运作可由消防办承担。\n\n区委编办、\n各街道\n\n区消防救援支队', ['区委编办', '各街道'], ['区消防救援支队']),
    ('6.设立消防安全管理办公室', '明确相应的负责人和一定数量的工作人员。\n\n区委编办、\n各街道\n\n区消防救援支队', ['区委编办', '各街道'], ['区消防救援支队']),
    ('7.健全基层消防督导考核机制 (a)', '各支队\n\n防火监督处', ['各支队'], ['防火监督处']),
    ('7. (b)', '督促各街道履行消防工作职责。\n\n区考核办\n\n区消防救援支队、各街道', ['区考核办'], ['区消防救援支队', '各街道']),
    ('7. (c)', '追责问责。\n\n区考核办\n\n区消防救援支队、各街道', ['区考核办'], ['区消防救援支队', '各街道']),
    ('8.完成可视化调度建设', '区消防救援支队、\n各街道\n\n区财政局、区城运中心、区大数据中心', ['区消防救援支队', '各街道'], ['区财政局', '区城运中心', '区大数据中心']),
    ('9.推进消防物联网建设', '区消防救援支队\n\n区城运中心、区大数据中心', ['区消防救援支队'], ['区城运中心', '区大数据中心']),
    ('10.建立人员培训制度', '区消防救援支队、\n各街道\n\n区财政局、\n各街道', ['区消防救援支队', '各街道'], ['区财政局', '各街道']),
    ('11.加强基层信息化系统应用 (a)', '区消防救援支队\n\n区财政局、区城运中心、区大数据中心、各街道', ['区消防救援支队'], ['区财政局', '区城运中心', '区大数据中心', '各街道']),
    ('11. (b)', '定期发布跟进针对性任务。\n\n各街道\n\n区城运中心、区大数据中心', ['各街道'], ['区城运中心', '区大数据中心']),
    ('12.加强多种形式消防队伍建设 (a)', '微型消防站。\n\n区消防救援支队\n\n各街道', ['区消防救援支队'], ['各街道']),
]
for task, q, lead, sup in YP_ROWS:
    bodies = lead + [s for s in sup if s not in lead]
    note = 'task ' + task
    if task.startswith('4.出台文件规章 (a)'):
        note += '; generic 相关委、办、局 left out'
    if task.startswith('10.'):
        note += '; 各街道 is both 牵头 and 配合, listed once'
    CLAUSES.append(C(YP, '附件', q, bodies, lead=lead, support=[s for s in sup if s not in lead], form='table-row', note=note))

Q = []
def q(doc, n, question, intent, style, units=(), answerable=True, **kw):
    d = dict(id='fresh6-%s-%02d' % ({JA: 'jingan', JD: 'jiading', YP: 'yangpu'}[doc], n), doc=doc, question=question,
             intent=intent, answerable=answerable, gold_units=list(units), style=style)
    d.update(kw)
    Q.append(d)

# ---- 静安 (12)
q(JA, 1, '推进微型消防站建设由哪些单位负责？', 'responsibility', 'doc', ['二、（二）2.'],
  gold_bodies=['区应急局', '区消防支队', '各街镇', '区财政局'], gold_lead=[], note='区财政局 is 配合单位; no lead written')
q(JA, 2, '消防员的公租房、人才公寓这些住房保障归哪几个部门管？', 'responsibility', 'everyday', ['二、（五）3.'],
  gold_bodies=['区人力资源社会保障局', '区财政局', '区人口办'], gold_lead=[])
q(JA, 3, '小区里消火栓太少，补建消火栓是哪些部门负责的', 'responsibility', 'everyday', ['二、（二）3.'],
  gold_bodies=['区发展改革委', '区财政局', '区消防支队'], gold_lead=[], note='有关街镇 generic, left out')
q(JA, 4, '在这份三年行动计划里，区财政局承担哪些任务？', 'bureau_tasks', 'doc',
  ['二、（二）2.', '二、（二）3.', '二、（二）4.', '二、（四）4.', '二、（四）5.', '二、（四）6.', '二、（五）1.', '二、（五）3.'], body='区财政局')
q(JA, 5, '区城运中心要干哪些活？', 'bureau_tasks', 'everyday', ['二、（三）3.', '二、（四）1.', '二、（四）2.', '二、（四）3.'], body='区城运中心')
q(JA, 6, '计划要求补建多少具市政消火栓？', 'fact', 'doc', ['二、（二）3.'], figure='169具')
q(JA, 7, '天然水源那种消防取水点一共要新建几处', 'fact', 'everyday', ['二、（二）3.'], figure='24处')
q(JA, 8, '微型消防站在出动和处置时间上有什么要求？', 'fact', 'doc', ['二、（二）2.'], figure='1分钟出动、3分钟处置')
q(JA, 9, '这份消防救援发展行动计划覆盖哪几年？', 'document', 'doc', [], figure='2019—2021')
q(JA, 10, '消防员去公园、博物馆参观能免门票吗', 'requirement', 'everyday', ['二、（五）5.'])
q(JA, 11, '微型消防站队员的出勤补贴每次发多少钱？', 'fact', 'everyday', [], answerable=False, must_not=['万元'],
  note='出勤补贴制度 is named (二、（二）2.) but no amount')
q(JA, 12, '万荣消防站建在哪条路上？', 'other', 'doc', [], answerable=False, must_not=['万荣路'],
  note='the text names the station but gives no address')

# ---- 嘉定 (12)
q(JD, 1, '海绵城市系统方案由哪个单位负责编制？', 'responsibility', 'doc', ['二、（一）3.', '附件'],
  gold_bodies=['区建设管理委'], gold_lead=[])
q(JD, 2, '新建公园要搞海绵化，这事找哪些部门', 'responsibility', 'everyday', ['二、（二）3.'],
  gold_bodies=['区绿化市容局', '区规划资源局', '各街镇'], gold_lead=[])
q(JD, 3, '海绵城市建设的资金保障由哪些单位负责？', 'responsibility', 'doc', ['三、（二）'],
  gold_bodies=['区建设管理委', '区发展改革委', '区财政局', '区水务局', '区绿化市容局', '区交通委', '区住房保障房屋管理局', '各街镇'], gold_lead=[])
q(JD, 4, '嘉定海绵城市建设的协调推进机制是谁牵头定的', 'responsibility', 'everyday', ['三、（一）'],
  gold_bodies=['区建设管理委', '区发展改革委', '区规划资源局', '区水务局', '区交通委', '区绿化市容局', '区生态环境局', '区住房保障房屋管理局', '各街镇'],
  gold_lead=['区建设管理委'], note='lead from 区建设管理委负责统筹协调…，牵头制定协调推进机制; bodies = the tail of 三、（一）')
q(JD, 5, '区体育局负责哪些任务？', 'bureau_tasks', 'doc', ['二、（二）1.', '附件'], body='区体育局')
q(JD, 6, '区生态环境局在海绵城市这块要做些什么', 'bureau_tasks', 'everyday', ['二、（四）2.', '二、（五）2.', '三、（一）', '附件'], body='区生态环境局')
q(JD, 7, '竣工验收的时候没做海绵设施，还能拿到验收合格吗', 'requirement', 'everyday', ['二、（三）4.'])
q(JD, 8, '到2030年底要有多少平方公里以上建设用地达到海绵城市建设目标要求？', 'fact', 'doc', ['一、', '附件'], figure='80平方公里')
q(JD, 9, '到2035年全区排水能扛住几年一遇的雨', 'fact', 'everyday', ['二、（六）1.'], figure='3-5年一遇')
q(JD, 10, '到2025年要落实海绵城市建设的学校有多少所？', 'fact', 'doc', ['附件'], figure='22所')
q(JD, 11, '自家小区做海绵改造，政府每平方米补贴多少', 'fact', 'everyday', [], answerable=False, must_not=['补贴'],
  note='no subsidy amount in the text')
q(JD, 12, '区城管执法局在海绵城市建设中承担什么任务？', 'bureau_tasks', 'doc', [], answerable=False, body='区城管执法局',
  must_not=['区城管执法局'], note='a body the document never names')

# ---- 杨浦 (12)
q(YP, 1, '“做好规划配套”这项任务的牵头单位和配合单位分别是什么？', 'responsibility', 'doc', ['附件'],
  gold_bodies=['区消防救援支队', '区应急局', '区公安分局', '区规划资源局', '各街道'], gold_lead=['区消防救援支队'])
q(YP, 2, '各街道成立消防安全委员会这件事由谁牵头', 'responsibility', 'everyday', ['附件'],
  gold_bodies=['区委编办', '各街道', '区消防救援支队'], gold_lead=['区委编办', '各街道'], check_order=False,
  note='task 5 of the annex table; the same three bodies recur in task 6')
q(YP, 3, '推进消防物联网建设由哪个单位牵头、哪些单位配合？', 'responsibility', 'doc', ['附件'],
  gold_bodies=['区消防救援支队', '区城运中心', '区大数据中心'], gold_lead=['区消防救援支队'], check_order=False)
q(YP, 4, '遇到要好几个部门一起整治的火灾隐患，谁来牵头', 'responsibility', 'everyday', ['四、（二）1.'],
  gold_bodies=['街道消防委'], gold_lead=['街道消防委'])
q(YP, 5, '区考核办负责哪些任务？', 'bureau_tasks', 'doc', ['附件'], body='区考核办')
q(YP, 6, '区大数据中心要配合做什么', 'bureau_tasks', 'everyday', ['附件'], body='区大数据中心')
q(YP, 7, '这份转发通知落款日期是哪天？', 'document', 'doc', [], figure='2022年11月22日')
q(YP, 8, '第三类场所由街道消防办组织检查，多长时间要全覆盖一次？', 'fact', 'doc', ['四、（一）3.'], figure='每半年全覆盖一次')
q(YP, 9, '居委对小区和出租房多久要查一遍', 'fact', 'everyday', ['三、（三）3.', '四、（一）1.'], figure='每月全覆盖一次')
q(YP, 10, '可视化运管平台模式要达到多大的覆盖率？', 'fact', 'doc', ['四、（四）2.', '附件'], figure='100%')
q(YP, 11, '打12345举报火灾隐患能拿多少奖金', 'fact', 'everyday', [], answerable=False, must_not=['万元', '奖金'],
  note='a 举报投诉奖励机制 is named (四、（二）4.) but no amount')
q(YP, 12, '小区微型消防站平时由哪个街道领导分管、联系电话多少？', 'other', 'everyday', [], answerable=False, must_not=['电话'],
  note='no person or phone number in the text')

QUESTIONS = Q
