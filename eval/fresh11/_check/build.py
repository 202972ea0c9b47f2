# Writes ../questions.jsonl and ../clauses.jsonl from the hand-written golds below (standard library only).
# Run: cd eval/fresh11/_check && python3 build.py && python3 check.py
import json, os, re
HERE = os.path.dirname(os.path.abspath(__file__)); ROOT = os.path.dirname(HERE); SPLIT = 'fresh11'
JS, CN, GY, KX, FX = 'sh-jinshan-xiaofang-2019', 'sh-changning-xiaofang-2019', 'sh-gongyuan-tizhi-2026', 'sh-kexue-lvhua-2022', 'sh-fengxian-gongyuancheng-2021'

def C(doc, unit, quote, bodies, lead=(), support=(), form='fuze-sentence', note=None):
    d = dict(doc=doc, unit=unit, quote=quote, bodies=list(bodies), lead=list(lead), support=list(support), form=form)
    if note: d['note'] = note
    d['split'] = SPLIT
    return d

CLAUSES = [
 # 金山
 C(JS, '一、1.', '建立亡人火灾和较大以上火灾事故区政府牵头调查机制', ['区政府'], ['区政府'], [], 'sentence-lead'),
 C(JS, '二、6.', '由属地政府负责站点建设，区消防救援支队派员派车进驻', ['属地政府', '区消防救援支队']),
 C(JS, '二、7.', '由区交通委牵头，区发改委、区建管委、区水务局、区消防救援支队配合', ['区交通委', '区发改委', '区建管委', '区水务局', '区消防救援支队'], ['区交通委'], ['区发改委', '区建管委', '区水务局', '区消防救援支队'], 'sentence-lead'),
 C(JS, '二、7.', '属地政府要强化缺水区域消防取水码头建设', ['属地政府']),
 C(JS, '四、11.', '区委宣传部、区文明办、各行业管理部门和街镇（工业区）要充分利用各种宣教资源', ['区委宣传部', '区文明办', '街镇（工业区）'], note='各行业管理部门 left out as generic'),
 # 长宁
 C(CN, '一、', '暂时保留区消防安全委员会工作业务协调职责', ['区消防安全委员会']),
 C(CN, '一、', '街镇要落实属地责任，明确街镇负责消防安全管理的部门、人员和消防工作职责', ['街镇']),
 C(CN, '二、', '相关部门和各街镇要以重大风险防范化解和城市更新为契机，推动火灾隐患整治工作', ['各街镇']),
 C(CN, '三、', '公安派出所要将消防管理嵌入“一居一警”职能范畴', ['公安派出所']),
 # 科学绿化: 责任单位 tails
 C(KX, '二、（一）', '（责任单位：市绿化市容局、市规划资源局、市教委、市交通委、市农业农村委、市水务局、市房屋管理局，各区政府、临港新片区管委会）', ['市绿化市容局', '市规划资源局', '市教委', '市交通委', '市农业农村委', '市水务局', '市房屋管理局', '各区政府', '临港新片区管委会'], form='tail'),
 C(KX, '二、（二）', '绿化主管部门会同相关部门对作业设计的用地、用水、技术措施等进行合理性评价，并监督实施', ['绿化主管部门'], ['绿化主管部门'], [], 'huitong', 'the partners are 相关部门 (generic)'),
 C(KX, '二、（二）', '（责任单位：市绿化市容局、市规划资源局、市发展改革委、市住房城乡建设管理委，各区政府、临港新片区管委会）', ['市绿化市容局', '市规划资源局', '市发展改革委', '市住房城乡建设管理委', '各区政府', '临港新片区管委会'], form='tail'),
 C(KX, '二、（三）', '（责任单位：市绿化市容局、市发展改革委、市教委、市规划资源局、市住房城乡建设管理委、市农业农村委、市体育局、市机管局，各区政府、临港新片区管委会）', ['市绿化市容局', '市发展改革委', '市教委', '市规划资源局', '市住房城乡建设管理委', '市农业农村委', '市体育局', '市机管局', '各区政府', '临港新片区管委会'], form='tail'),
 C(KX, '二、（四）', '（责任单位：市绿化市容局，各区政府、临港新片区管委会）', ['市绿化市容局', '各区政府', '临港新片区管委会'], form='tail'),
 C(KX, '二、（五）', '（责任单位：市绿化市容局、市规划资源局，各区政府、临港新片区管委会）', ['市绿化市容局', '市规划资源局', '各区政府', '临港新片区管委会'], form='tail'),
 C(KX, '二、（六）', '（责任单位：市绿化市容局、市规划资源局、市发展改革委、市住房城乡建设管理委、市交通委、市水务局、市通信管理局，各区政府、临港新片区管委会）', ['市绿化市容局', '市规划资源局', '市发展改革委', '市住房城乡建设管理委', '市交通委', '市水务局', '市通信管理局', '各区政府', '临港新片区管委会'], form='tail'),
 C(KX, '二、（七）', '规划部门应加强对各类建设项目选址选线方案的审核', ['规划部门']),
 C(KX, '二、（七）', '（责任单位：市绿化市容局、市规划资源局、市住房城乡建设管理委、市交通委、市城管执法局，各区政府、临港新片区管委会）', ['市绿化市容局', '市规划资源局', '市住房城乡建设管理委', '市交通委', '市城管执法局', '各区政府', '临港新片区管委会'], form='tail'),
 C(KX, '三、（一）', '各区政府要切实履行科学绿化主体责任', ['各区政府']),
 C(KX, '三、（一）', '各级绿化委员会要充分发挥组织领导、宣传发动、协调指导等作用', ['各级绿化委员会']),
]

# 公园提质增效: one 责任单位 tail per article (read from the text), plus the 由…部门 sentences of （十二）
GY_TEXT = open(os.path.join(ROOT, 'docs', GY + '.txt'), encoding='utf-8').read()
part = None
for line in GY_TEXT.split('\n'):
    m = re.match(r'^([一二三四五六七八九十]+)、', line)
    if m: part = m.group(1) + '、'; continue
    m = re.match(r'^（([一二三四五六七八九十]+)）', line)
    if m:
        unit = part + '（%s）' % m.group(1)
        t = re.search(r'（责任单位：([^）]*)）$', line)
        bodies = t.group(1).split('、')
        CLAUSES.append(C(GY, unit, t.group(0), bodies, form='tail'))
        if m.group(1) == '十二':
            CLAUSES.append(C(GY, unit, '由市绿化市容部门结合实际进行常态化调整公布', ['市绿化市容部门']))
            CLAUSES.append(C(GY, unit, '由绿化市容部门加强事中事后监管', ['绿化市容部门']))
            CLAUSES.append(C(GY, unit, '由市绿化市容部门批准', ['市绿化市容部门']))

# 奉贤: labelled (牵头单位：…;配合单位：…) tails, one 责任单位 tail, the duty list of 三、 and 四、1.
FX_LAB = [
 ('二、（一）', '(牵头单位：区绿化市容局;配合单位：区规划资源局、区水务局、区交通委、各街镇、开发区)'),
 ('二、（二）', '(牵头单位：区绿化市容局、新城公司;配合单位：区水务局、区交通委、区文化旅游局、区经委、奉发集团、交能集团、各街镇、开发区)'),
 ('二、（三）1.', '(牵头单位：区绿化市容局;配合单位：区规划资源局、区水务局、区交通委、区文化旅游局、区经委、区农业农村委、奉发集团、交能集团、各街镇、开发区)'),
 ('二、（三）2.（1）', '(牵头单位：区绿化市容局;配合单位：区体育局、区文化旅游局、区经委、区农业农村委、区民防办、各街镇、开发区)'),
 ('二、（三）2.（2）', '(牵头单位：区绿化市容局;配合单位：区规划资源局、区经委、区教育局、区地区办、区农业农村委、各街镇、开发区)'),
 ('二、（三）3.', '(牵头单位：区绿委办;配合单位：区规划资源局、区绿化市容局、区经委、区教育局、区房管局、各街镇、开发区)'),
 ('二、（三）4.', '(牵头单位：区绿化市容局;配合单位：区交通委、区水务局、各街镇、开发区)'),
 ('二、（四）', '(牵头单位：区发展改革委;配合单位：区规划资源局、区绿化市容局、区经委、区建设管理委、区文化旅游局、区水务局、区房管局、新城公司、各街镇、开发区)'),
 ('二、（六）1.', '(牵头单位：区绿化市容局;配合单位：各街镇、开发区)'),
 ('二、（六）2.', '(牵头单位：区绿化市容局;配合单位：各街镇、开发区)'),
 ('二、（六）3.', '(牵头单位：区绿化市容局;配合单位：区信息委、各街镇、开发区)'),
]
for unit, q in FX_LAB:
    m = re.match(r'^\(牵头单位：(.*);配合单位：(.*)\)$', q)
    lead, sup = m.group(1).split('、'), m.group(2).split('、')
    CLAUSES.append(C(FX, unit, q, lead + sup, lead, sup, 'labelled'))
CLAUSES.append(C(FX, '二、（五）', '(责任单位：区规划资源局、区绿化市容局、区城管局、区经委、区农业农村委、各街镇、开发区)', ['区规划资源局', '区绿化市容局', '区城管局', '区经委', '区农业农村委', '各街镇', '开发区'], form='tail'))
FX_TEXT = open(os.path.join(ROOT, 'docs', FX + '.txt'), encoding='utf-8').read()
sec = FX_TEXT[FX_TEXT.index('\n三、工作职责\n'):FX_TEXT.index('\n四、保障措施\n')]
for line in sec.split('\n'):
    m = re.match(r'^\(([一二三四五六七八九十]+)\)(.+?)：(.*)$', line)
    if m:
        CLAUSES.append(C(FX, '三、（%s）' % m.group(1), m.group(2) + '：' + m.group(3), [m.group(2)], form='labelled',
                         note='one body per line of the duty list 三、工作职责' if m.group(1) == '一' else None))
CLAUSES.append(C(FX, '四、1.', '发挥区绿化委员会的作用，加强对公园城市建设工作的统筹指导', ['区绿化委员会']))
CLAUSES.append(C(FX, '四、1.', '区绿化市容局负责抓好重点任务落实，加强监督考核', ['区绿化市容局']))
CLAUSES.append(C(FX, '四、1.', '各街镇政府是公园城市建设的责任主体，负责细化工作任务，全力组织实施', ['各街镇政府']))

def Q(doc, n, question, intent, units=(), style='everyday', answerable=True, bodies=None, lead=None, body=None, figure=None, note=None):
    slug = {JS: 'jinshan', CN: 'changning', GY: 'gongyuan', KX: 'kexue', FX: 'fengxian'}[doc]
    d = dict(id='pol-fresh11-%s-%02d' % (slug, n), doc=doc, question=question, intent=intent, answerable=answerable, gold_units=list(units))
    if bodies is not None: d['gold_bodies'] = bodies; d['gold_lead'] = lead or []
    if body is not None: d['body'] = body
    if figure is not None: d['figure'] = figure
    d['style'] = style; d['split'] = SPLIT
    if note: d['note'] = note
    return d

GY_ALL = [c['unit'] for c in CLAUSES if c['doc'] == GY and c['form'] == 'tail']
QUESTIONS = [
 # 金山
 Q(JS, 1, '金山区修市政消火栓这件事，哪个部门牵头、哪些部门配合？', 'responsibility', ['二、7.'], bodies=['区交通委', '区发改委', '区建管委', '区水务局', '区消防救援支队'], lead=['区交通委']),
 Q(JS, 2, '廊下、漕泾那几个小型消防救援站谁来建，建好后谁派人派车进驻？', 'responsibility', ['二、6.'], bodies=['属地政府', '区消防救援支队'], lead=[]),
 Q(JS, 3, '消防宣传氛围营造由哪些单位负责？', 'responsibility', ['四、11.'], 'doc', bodies=['区委宣传部', '区文明办', '街镇（工业区）'], lead=[], note='各行业管理部门 is generic and left out'),
 Q(JS, 4, '我们区消防救援支队在这份意见里被分到了哪些活？', 'bureau_tasks', ['二、6.', '二、7.'], body='区消防救援支队'),
 Q(JS, 5, '亡人火灾和较大以上火灾事故由谁牵头调查？', 'responsibility', ['一、1.'], 'doc', bodies=['区政府'], lead=['区政府']),
 Q(JS, 6, '金山区要专门建几支专业救援队伍？', 'fact', ['三、8.'], figure='3支'),
 Q(JS, 7, '这份意见是区政府第几次常务会议通过的？', 'fact', ['前言'], figure='第64次'),
 Q(JS, 8, '区政府办公室转发这份意见的日期是哪天？', 'document', [], 'doc', figure='2019年8月2日'),
 Q(JS, 9, '新一轮城市总体规划里的消防专项规划是规划到哪一年的？', 'fact', ['二、6.'], figure='2045'),
 Q(JS, 10, '商场开业前的消防检查现在改成什么办法了？', 'requirement', ['一、5.']),
 Q(JS, 11, '市政消火栓建设区里一共安排了多少资金？', 'fact', answerable=False),
 Q(JS, 12, '村里的微型消防站每个站要配几名队员？', 'fact', answerable=False, note='the text says only 明确人员、车辆和装备配备标准'),
 # 长宁
 Q(CN, 1, '把消防管理嵌进“一居一警”，是交给谁来做的？', 'responsibility', ['三、'], bodies=['公安派出所'], lead=[]),
 Q(CN, 2, '长宁区消防安全方面的重大问题由哪个机构协调解决？', 'responsibility', ['一、'], bodies=['区消防安全委员会'], lead=[]),
 Q(CN, 3, '街镇在消防安全上要落实什么责任？', 'requirement', ['一、']),
 Q(CN, 4, '文件提到要加快推进哪几个消防站点的建设？', 'fact', ['五、'], figure='中新泾、古北'),
 Q(CN, 5, '这份工作意见是为了贯彻市里哪个文件出台的？文号是多少？', 'fact', ['前言'], 'doc', figure='沪府办规〔2019〕5号'),
 Q(CN, 6, '老小区的电瓶车车棚和充电桩，文件里是怎么安排的？', 'requirement', ['二、']),
 Q(CN, 7, '消防员在长宁买不起房，文件里有住房上的保障吗？', 'requirement', ['五、']),
 Q(CN, 8, '消防方面严重违法，会不会进个人征信？', 'other', ['三、']),
 Q(CN, 9, '公安派出所在这份意见里要做哪些事？', 'bureau_tasks', ['三、'], 'doc', body='公安派出所'),
 Q(CN, 10, '这份长宁区文件的发文字号是多少？', 'document', answerable=False, note='no 文号 is printed in the text'),
 Q(CN, 11, '这份意见是哪天印发的？', 'document', answerable=False, note='no date is printed in the text'),
 # 公园提质增效
 Q(GY, 1, '新一轮公园建设、口袋公园这些由哪些部门负责？', 'responsibility', ['二、（一）'], bodies=['市绿化市容局', '市发展改革委', '市财政局', '市规划资源局', '市住房城乡建设管理委', '市生态环境局', '各区政府'], lead=[]),
 Q(GY, 2, '全市智慧公园综合监管平台谁来建？', 'responsibility', ['三、（七）'], bodies=['市绿化市容局', '市数据局', '市公安局', '各区政府'], lead=[]),
 Q(GY, 3, '公园搞文创产品开发，归哪些部门管？', 'responsibility', ['五、（十一）'], bodies=['市绿化市容局', '市文化旅游局', '市财政局', '市人力资源社会保障局', '各区政府'], lead=[]),
 Q(GY, 4, '加强法规标准支撑的责任单位有哪些？', 'responsibility', ['六、（十六）'], 'doc', bodies=['市绿化市容局', '市财政局', '市司法局'], lead=[]),
 Q(GY, 5, '我们市体育局在公园提质增效方案里要参与哪几项工作？', 'bureau_tasks', ['二、（三）', '三、（五）', '四、（十）'], body='市体育局'),
 Q(GY, 6, '到2028年底上海的公园总数要达到多少？', 'fact', ['一、'], figure='1400座以上'),
 Q(GY, 7, '新建公园绿地的地下空间最多能开发多少比例？', 'fact', ['四、（九）'], figure='不超过50%'),
 Q(GY, 8, '到2028年底公园里要新增多少个篮球场？', 'fact', ['三、（五）'], figure='100个'),
 Q(GY, 9, '这个公园提质增效方案是哪天印发的？', 'document', [], 'doc', figure='2026年8月3日'),
 Q(GY, 10, '公园业态负面清单由谁来常态化调整公布？', 'responsibility', ['五、（十二）'], 'doc', bodies=['市绿化市容部门'], lead=[]),
 Q(GY, 11, '市属公园门票以后怎么收费？', 'other', answerable=False),
 Q(GY, 12, '哪些公园会实行24小时开放？给个名单。', 'other', answerable=False, note='24小时开放 is named only as a management topic'),
 # 科学绿化
 Q(KX, 1, '老树、古树名木保护这块由哪些单位负责？', 'responsibility', ['二、（六）'], bodies=['市绿化市容局', '市规划资源局', '市发展改革委', '市住房城乡建设管理委', '市交通委', '市水务局', '市通信管理局', '各区政府', '临港新片区管委会'], lead=[]),
 Q(KX, 2, '提升绿化造林质量和效益的责任单位是哪些？', 'responsibility', ['二、（四）'], 'doc', bodies=['市绿化市容局', '各区政府', '临港新片区管委会'], lead=[]),
 Q(KX, 3, '乱砍树、乱占绿地的执法监管由哪些部门负责？', 'responsibility', ['二、（七）'], bodies=['市绿化市容局', '市规划资源局', '市住房城乡建设管理委', '市交通委', '市城管执法局', '各区政府', '临港新片区管委会'], lead=[]),
 Q(KX, 4, '市农业农村委在科学绿化里要负责哪些任务？', 'bureau_tasks', ['二、（一）', '二、（三）'], 'doc', body='市农业农村委'),
 Q(KX, 5, '我们发改委在科学绿化这份文件里挂了哪些任务？', 'bureau_tasks', ['二、（二）', '二、（三）', '二、（六）'], body='市发展改革委'),
 Q(KX, 6, '本市生态网络结构是怎么概括的？', 'fact', ['二、（一）'], 'doc', figure='“双环、九廊、十区”'),
 Q(KX, 7, '这份科学绿化实施意见的发文字号是多少？', 'document', answerable=False, note='only the State Council basis 国办发〔2021〕19号 is printed; the document\'s own 文号 is not'),
 Q(KX, 8, '科学绿化实施意见落款日期是哪天？', 'document', [], 'doc', figure='2022年12月28日'),
 Q(KX, 9, '搞绿化能不能用截了干的苗木？', 'requirement', ['二、（三）']),
 Q(KX, 10, '公园绿地用地不纳入建设用地规模管理的新机制，先让哪个区试？', 'other', ['三、（三）']),
 Q(KX, 11, '新造一亩林市里补贴多少钱？', 'fact', answerable=False),
 Q(KX, 12, '绿化造林项目的作业设计由谁牵头做合理性评价？', 'responsibility', ['二、（二）'], bodies=['绿化主管部门'], lead=['绿化主管部门'], note='绿化主管部门会同相关部门'),
 # 奉贤
 Q(FX, 1, '奉贤搞生态廊道、区域绿网这块，谁牵头？配合的有哪些？', 'responsibility', ['二、（一）'], bodies=['区绿化市容局', '区规划资源局', '区水务局', '区交通委', '各街镇', '开发区'], lead=['区绿化市容局']),
 Q(FX, 2, '“满天星”工程由哪个部门牵头，哪些单位配合？', 'responsibility', ['二、（四）'], 'doc', bodies=['区发展改革委', '区规划资源局', '区绿化市容局', '区经委', '区建设管理委', '区文化旅游局', '区水务局', '区房管局', '新城公司', '各街镇', '开发区'], lead=['区发展改革委']),
 Q(FX, 3, '单位附属绿地开放、古树保护这些共建共享的事谁牵头？', 'responsibility', ['二、（三）3.'], bodies=['区绿委办', '区规划资源局', '区绿化市容局', '区经委', '区教育局', '区房管局', '各街镇', '开发区'], lead=['区绿委办']),
 Q(FX, 4, '借五大新城建设优化生态空间，牵头单位是谁？', 'responsibility', ['二、（二）'], bodies=['区绿化市容局', '新城公司', '区水务局', '区交通委', '区文化旅游局', '区经委', '奉发集团', '交能集团', '各街镇', '开发区'], lead=['区绿化市容局', '新城公司']),
 Q(FX, 5, '“公园型”美丽街区、绿色园区这些创建工作由哪些单位负责？', 'responsibility', ['二、（五）'], bodies=['区规划资源局', '区绿化市容局', '区城管局', '区经委', '区农业农村委', '各街镇', '开发区'], lead=[], note='a bare 责任单位 list: no lead'),
 Q(FX, 6, '我们区民防办在公园城市建设里要干什么？', 'bureau_tasks', ['二、（三）2.（1）', '三、（十七）'], body='区民防办'),
 Q(FX, 7, '区体育局在这份实施意见里有哪些任务？', 'bureau_tasks', ['二、（三）2.（1）', '三、（十五）'], 'doc', body='区体育局'),
 Q(FX, 8, '到“十四五”期末奉贤要建成多少座公园？', 'fact', ['一、（三）'], figure='230座以上'),
 Q(FX, 9, '新城中心公园城市示范区面积大概多大？', 'fact', ['二、（二）'], figure='8.6平方公里'),
 Q(FX, 10, '彩化树种比率要达到多少？', 'fact', ['二、（三）4.'], 'doc', figure='70%以上'),
 Q(FX, 11, '这份实施意见是哪天印发的？', 'document', [], figure='2021年12月3日'),
 Q(FX, 12, '想当市民园长，去哪报名、联系电话多少？', 'other', answerable=False),
 Q(FX, 13, '庄行郊野公园门票多少钱？', 'fact', answerable=False),
]

with open(os.path.join(ROOT, 'clauses.jsonl'), 'w', encoding='utf-8') as f:
    for c in CLAUSES: f.write(json.dumps(c, ensure_ascii=False) + '\n')
with open(os.path.join(ROOT, 'questions.jsonl'), 'w', encoding='utf-8') as f:
    for q in QUESTIONS: f.write(json.dumps(q, ensure_ascii=False) + '\n')
print(len(QUESTIONS), 'questions,', len(CLAUSES), 'clauses')
