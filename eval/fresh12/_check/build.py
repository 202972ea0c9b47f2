#!/usr/bin/env python3
"""Build questions.jsonl and clauses.jsonl of eval/fresh12 and check them against the document texts.
System python3, standard library only; imports nothing from the project.
Run:  cd eval/fresh12/_check && python3 build.py      (writes ../questions.jsonl, ../clauses.jsonl, ./build.log)
"""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
DOCS = os.path.join(ROOT, 'docs')
SPLIT = 'fresh12'

# ---------------------------------------------------------------- questions
# (doc, question, intent, answerable, gold_units, extra-dict, style)
Q = []
def q(doc, question, intent, units=(), style='doc', answerable=True, **kw):
    Q.append(dict(doc=doc, question=question, intent=intent, answerable=answerable,
                  gold_units=list(units), style=style, **kw))

D = 'gd-yunfu-binzang-2021'
YF13 = ['市委宣传部', '市委统战部', '市委台港澳办', '市发展改革局', '市公安局', '市民政局', '市自然资源局',
        '市生态环境局', '市农业农村局', '市文广旅体局', '市卫生健康局', '市市场监管局', '市林业局']
q(D, '云浮市殡葬管理工作联席会议制度这份通知的文号是多少?', 'document', figure='云府办函〔2021〕38号')
q(D, '云浮那个殡葬联席会议的文件是哪天发的?', 'document', style='everyday', figure='2021年4月26日')
q(D, '《云浮市殡葬管理工作联席会议制度》是由哪个机关印发的?', 'document', figure='云浮市人民政府办公室')
q(D, '殡葬管理工作联席会议的办公室设在哪个部门?', 'responsibility', ['三、（二）'],
  gold_bodies=['市民政局'], gold_lead=[])
q(D, '殡葬联席会议都有哪些部门参加?', 'responsibility', ['二、'], style='everyday',
  gold_bodies=YF13, gold_lead=[], note='member list of 二、; no lead named')
q(D, '市民政局在殡葬管理工作联席会议中承担哪些职责?', 'bureau_tasks', ['二、', '三、（二）'], body='市民政局')
q(D, '每个成员单位要派几个人当联络员?', 'fact', ['三、（三）'], style='everyday', figure='1名')
q(D, '殡葬联席会议是定期开会吗,一般什么时候开?', 'requirement', ['三、（一）'], style='everyday')
q(D, '殡葬管理工作联席会议的召集人由谁担任?', 'other', ['二、'])
q(D, '这个联席会议制度的通知正文分为几个部分?', 'document', figure='3', note='一、主要职责 二、组成人员 三、工作机制')
q(D, '殡葬管理工作联席会议每年的工作经费是多少?', 'other', answerable=False)
q(D, '在云浮发现乱埋乱葬,打哪个电话举报?', 'other', style='everyday', answerable=False)

D = 'sc-pengshan-shehuijiuzhu-2023'
PS16 = ['区民政局', '区委宣传部', '区委编办', '区发展改革局', '区教体局', '区公安分局', '区司法局', '区财政局',
        '区人社局', '区住建局', '区农业农村局', '区卫健局', '区医保局', '区统计局', '区市场监管局', '区税务局']
q(D, '彭山区社会救助局际联席会议由多少个单位组成?', 'fact', ['二、'], figure='16个')
q(D, '社会救助局际联席会议由哪些单位组成,哪个单位牵头?', 'responsibility', ['二、'],
  gold_bodies=PS16, gold_lead=['区民政局'])
q(D, '彭山社会救助联席会议的日常工作是哪个局在管?', 'responsibility', ['二、'], style='everyday',
  gold_bodies=['区民政局'], gold_lead=[], note='the office clause of 二、 (联席会议办公室设在区民政局,承担联席会议的日常工作)')
q(D, '这个社会救助联席会议一年开几次会?', 'fact', ['三、'], style='everyday', figure='一次')
q(D, '社会救助局际联席会议的召集人由谁担任?', 'other', ['二、'])
q(D, '彭山区建立社会救助局际联席会议制度的通知是什么时候发布的?', 'document', figure='2023-03-28',
  note='the page gives 发布时间 only, no signature date')
q(D, '区民政局在社会救助局际联席会议中承担什么角色?', 'bureau_tasks', ['二、'], body='区民政局')
q(D, '联席会议的成员换人了,要怎么调整?', 'requirement', ['二、'], style='everyday')
q(D, '社会救助局际联席会议的主要职能有哪些?', 'requirement', ['一、'])
q(D, '遇到急事能不能临时召开联席会议?', 'requirement', ['三、'], style='everyday')
q(D, '彭山区低保标准是每人每月多少元?', 'fact', style='everyday', answerable=False)
q(D, '区税务局的联席会议联络员是谁,电话多少?', 'other', style='everyday', answerable=False)

D = 'cq-yuzhong-xiaofang-2023'
q(D, '建强街道消防工作机构由哪些单位负责?', 'responsibility', ['一、（一）'],
  gold_bodies=['各街道办事处', '区应急局', '区消防救援支队'], gold_lead=[],
  note='责任单位/配合单位 tail; the text names no 牵头')
q(D, '街道消防工作站的工作人员不少于多少人?', 'fact', ['一、（一）'], figure='5人')
q(D, '消防工作站里在编的人员至少要几个?', 'fact', ['一、（一）'], style='everyday', figure='2人')
q(D, '社区消防工作小组要明确几名专(兼)职工作人员?', 'fact', ['一、（二）'], figure='1至2名')
q(D, '《重庆市渝中区进一步加强基层消防治理的实施意见》由哪个单位印发?', 'document', figure='重庆市渝中区人民政府办公室')
q(D, '渝中区基层消防治理那个实施意见是哪天印发的?', 'document', style='everyday', figure='2023年3月9日')
q(D, '该实施意见经区政府第几次常务会议审议通过?', 'fact', ['前言'], figure='第38次')
q(D, '这个实施意见落实的是市政府办公厅哪个文件?', 'fact', ['前言'], figure='渝府办发〔2022〕110号')
q(D, '区消防救援支队在加强基层消防治理中要做什么?', 'bureau_tasks', ['一、（一）'], body='区消防救援支队')
q(D, '社区里的微型消防站要按什么标准来建?', 'requirement', ['一、（二）'], style='everyday')
q(D, '渝中区给每个微型消防站补助多少建设经费?', 'fact', style='everyday', answerable=False)
q(D, '街道消防工作站要在什么时间之前建成?', 'fact', answerable=False)

D = 'yn-guandu-wenzengzhang-2016'
q(D, '精简项目审批手续由哪个部门牵头,哪些部门配合?', 'responsibility', ['一、1.'],
  gold_bodies=['区政务服务局', '区发改局', '区审改办', '区住建局'], gold_lead=['区政务服务局'])
q(D, '在官渡区转让6亩以下的土地,加快审批这件事是哪个部门牵头?', 'responsibility', ['一、2.'], style='everyday',
  gold_bodies=['区国土分局', '区规划分局'], gold_lead=['区国土分局'])
q(D, '提高环评审批效率由哪些部门负责?', 'responsibility', ['一、3.'],
  gold_bodies=['区环保局', '区水务局'], gold_lead=['区环保局'])
q(D, '加强项目谋划储备由哪些单位负责?', 'responsibility', ['二、4.'],
  gold_bodies=['区发改局', '区财政局', '区交运局', '区经贸投促局', '区住建局', '区水务局', '区国投公司', '各街道办事处'],
  gold_lead=['区发改局'])
q(D, '区住建局在这些稳增长政策措施中承担哪些任务?', 'bureau_tasks', ['一、1.', '二、4.'], body='区住建局')
q(D, '区水务局要配合做哪些事?', 'bureau_tasks', ['一、3.', '二、4.'], style='everyday', body='区水务局')
q(D, '官渡区的中介超市要在什么时候之前上线运行?', 'fact', ['一、1.'], figure='5月底前')
q(D, '在官渡报环评报告书,多少天之内能批下来?', 'fact', ['一、3.'], style='everyday', figure='14个工作日')
q(D, '区级财政安排了多少重大项目前期费?', 'fact', ['二、4.'], figure='4000万元')
q(D, '这些政策措施是根据昆明市哪个文件制定的?', 'fact', ['前言'], figure='昆政发〔2016〕13号')
q(D, '官渡区中介超市的网址是什么?', 'other', style='everyday', answerable=False)
q(D, '重大项目前期费怎么申请,要交哪些材料?', 'requirement', style='everyday', answerable=False)

D = 'hb-caidian-mubiaorenwu-2023'
q(D, '蔡甸区2023年主要目标任务责任分解方案的通知文号是什么?', 'document', figure='蔡政办〔2023〕1号')
q(D, '蔡甸这个任务分解的通知是哪天签发的?', 'document', style='everyday', figure='2023年1月3日',
  note='signature date; the page header gives 发文日期 2023-01-03')
q(D, '地区生产总值增长目标由哪个单位负责?', 'responsibility', ['一、（一）'],
  gold_bodies=['区发展和改革局'], gold_lead=[])
q(D, '规上工业增加值这个指标归哪个部门管?', 'responsibility', ['一、（二）'], style='everyday',
  gold_bodies=['区科技和经信局'], gold_lead=[])
q(D, '区发展和改革局负责哪些目标任务?', 'bureau_tasks', ['一、（一）', '一、（三）'], body='区发展和改革局')
q(D, '2023年蔡甸区地区生产总值预期增长多少?', 'fact', ['一、（一）'], figure='7%')
q(D, '蔡甸2023年固定资产投资目标是涨多少?', 'fact', ['一、（三）'], style='everyday', figure='10%')
q(D, '各责任单位须在什么时间前把工作方案报区人民政府办公室?', 'fact', ['一、'], figure='2023年1月15日前',
  note='一、 of the covering notice (the 方案 also has a part 一、)')
q(D, '每个季度的进展情况最晚几号之前要报上去?', 'fact', ['三、'], style='everyday', figure='30日前')
q(D, '谁对各项目标任务的落实情况进行全程跟踪督办?', 'responsibility', ['三、'],
  gold_bodies=['区人民政府办公室'], gold_lead=[])
q(D, '蔡甸区2023年城镇居民人均可支配收入预期增长多少?', 'fact', answerable=False)
q(D, '完不成目标任务的单位会受到什么处罚?', 'other', style='everyday', answerable=False)

# ---------------------------------------------------------------- clauses
C = []
def c(doc, unit, quote, bodies, lead, support, form, note=None):
    o = dict(doc=doc, unit=unit, quote=quote, bodies=bodies, lead=lead, support=support, form=form)
    if note: o['note'] = note
    C.append(o)

D = 'gd-yunfu-binzang-2021'
c(D, '二、', '成员包括市委宣传部、市委统战部、市委台港澳办、市发展改革局、市公安局、市民政局、市自然资源局、市生态环境局、市农业农村局、市文广旅体局、市卫生健康局、市市场监管局、市林业局等单位分管负责同志。',
  YF13, [], [], 'members', 'member list, no lead named; the 副召集人 sentence names persons of 市民政局, not annotated')
c(D, '三、（二）', '联席会议办公室设在市民政局,办公室主任由市民政局分管负责同志兼任。',
  ['市民政局'], [], [], 'fuze-sentence', 'office seated in a body')
D = 'sc-pengshan-shehuijiuzhu-2023'
c(D, '二、', '联席会议由区民政局、区委宣传部、区委编办、区发展改革局、区教体局、区公安分局、区司法局、区财政局、区人社局、区住建局、区农业农村局、区卫健局、区医保局、区统计局、区市场监管局、区税务局共16个单位组成,区民政局为牵头单位。',
  PS16, ['区民政局'], [], 'members')
c(D, '二、', '联席会议办公室设在区民政局,承担联席会议的日常工作。', ['区民政局'], [], [], 'fuze-sentence',
  'office seated in a body')
D = 'cq-yuzhong-xiaofang-2023'
c(D, '一、（一）', '(责任单位:各街道办事处;配合单位:区应急局、区消防救援支队)',
  ['各街道办事处', '区应急局', '区消防救援支队'], [], ['区应急局', '区消防救援支队'], 'tail',
  '责任单位/配合单位 labels, no 牵头; the article also says 业务受区消防救援支队指导 (not annotated separately)')
D = 'yn-guandu-wenzengzhang-2016'
c(D, '一、1.', '(区政务服务局牵头,区发改局、区审改办、区住建局、区级相关部门配合)',
  ['区政务服务局', '区发改局', '区审改办', '区住建局'], ['区政务服务局'], ['区发改局', '区审改办', '区住建局'], 'tail-lead')
c(D, '一、2.', '(区国土分局牵头,区规划分局、区级相关部门配合)',
  ['区国土分局', '区规划分局'], ['区国土分局'], ['区规划分局'], 'tail-lead')
c(D, '一、3.', '(区环保局牵头,区水务局、区级相关部门配合)',
  ['区环保局', '区水务局'], ['区环保局'], ['区水务局'], 'tail-lead')
c(D, '二、4.', '(区发改局牵头,区财政局、区交运局、区经贸投促局、区住建局、区水务局等部门,区国投公司、各街道办事处配合)',
  ['区发改局', '区财政局', '区交运局', '区经贸投促局', '区住建局', '区水务局', '区国投公司', '各街道办事处'],
  ['区发改局'], ['区财政局', '区交运局', '区经贸投促局', '区住建局', '区水务局', '区国投公司', '各街道办事处'], 'tail-lead')
D = 'hb-caidian-mubiaorenwu-2023'
c(D, '二、', '区绩效考评机构要将2023年区《政府工作报告》确定的重要目标任务,纳入绩效管理考核范围,细化考核内容,加强过程考核,确保各项工作落到实处。',
  ['区绩效考评机构'], [], [], 'fuze-sentence', 'body named by its function; 二、 of the covering notice')
c(D, '三、', '区人民政府办公室将对各项工作目标任务的落实情况进行全程跟踪督办,并适时通报有关办理落实情况。',
  ['区人民政府办公室'], [], [], 'fuze-sentence', '三、 of the covering notice')
c(D, '一、（一）', '责任单位:区发展和改革局', ['区发展和改革局'], [], [], 'labelled')
c(D, '一、（二）', '责任单位:区科技和经信局', ['区科技和经信局'], [], [], 'labelled')
c(D, '一、（三）', '责任单位:区发展和改革局', ['区发展和改革局'], [], [], 'labelled')

# ---------------------------------------------------------------- document structure
CN = '一二三四五六七八九十'
PART = re.compile(r'^([一二三四五六七八九十]+)、')
ART = re.compile(r'^[(（]([一二三四五六七八九十]+)[)）]')
ITEM = re.compile(r'^(\d+)[.、．]')

def units_of(text):
    """map label path -> text of that unit (all its lines incl. sub-units); '前言' = before first part/article."""
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
        if not rec['answerable']:
            if rec['gold_units']: errors.append('%s: unanswerable with gold units' % qid)
            continue
        if rec['intent'] != 'document' and not rec['gold_units']:
            errors.append('%s: answerable question without gold units' % qid)
        for u in rec['gold_units']:
            if u not in R: errors.append('%s: gold unit %s not in %s' % (qid, u, d))
        if rec['question'] in T: errors.append('%s: question copies the text' % qid)
        utext = '\n'.join(R.get(u, '') for u in rec['gold_units'])
        if rec['intent'] == 'responsibility':
            gb, gl = rec.get('gold_bodies'), rec.get('gold_lead')
            if not gb or gl is None: errors.append('%s: responsibility without gold_bodies/gold_lead' % qid); continue
            pos = -1
            for b in gb:
                if b not in utext: errors.append('%s: body %s not in unit text' % (qid, b))
            for b in gl:
                if b not in gb: errors.append('%s: lead %s not among bodies' % (qid, b))
            # order check (first occurrences after the previous one)
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
            # every most precise unit naming the body must be listed
            leaves = [u for u in R if u != '前言' and b in R[u]
                      and not any(v != u and v.startswith(u) and b in R[v] for v in R)]
            missing = [u for u in leaves if not any(u.startswith(g) or g.startswith(u) for g in rec['gold_units'])]
            if missing: errors.append('%s: %s also named in %s' % (qid, b, missing))
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
        cur = 0
        for b in o['bodies']:
            i = o['quote'].find(b, cur)
            if i < 0:
                errors.append('clause %s: body %s not in quote (or out of order)' % (tag, b)); break
            cur = i + len(b)
        for b in o['lead'] + o['support']:
            if b not in o['bodies']: errors.append('clause %s: lead/support %s not among bodies' % (tag, b))
        if o['form'] not in ('tail', 'tail-lead', 'labelled', 'sentence-lead', 'huitong', 'fuze-sentence',
                             'members', 'table-row', 'convention'):
            errors.append('clause %s: bad form' % tag)
    # cross-check: responsibility golds vs clauses of the same unit
    for r in out_q:
        if r['intent'] == 'responsibility' and r['answerable']:
            cl = [x for x in out_c if x['doc'] == r['doc'] and x['unit'] in r['gold_units']]
            if not cl: warnings.append('%s: no annotated clause in gold unit' % r['id'])
            elif not any(x['bodies'] == r['gold_bodies'] and x['lead'] == r['gold_lead'] for x in cl):
                warnings.append('%s: gold bodies/lead differ from every clause of the unit' % r['id'])
    with open(os.path.join(ROOT, 'questions.jsonl'), 'w', encoding='utf-8') as f:
        for r in out_q: f.write(json.dumps(r, ensure_ascii=False) + '\n')
    with open(os.path.join(ROOT, 'clauses.jsonl'), 'w', encoding='utf-8') as f:
        for r in out_c: f.write(json.dumps(r, ensure_ascii=False) + '\n')
    per = {}
    for r in out_q: per.setdefault(r['doc'], []).append(r)
    lines = ['fresh12 build/check', 'documents: %d' % len(texts), 'questions: %d' % len(out_q),
             'clauses: %d' % len(out_c)]
    for d in sorted(per):
        rs = per[d]
        lines.append('  %s: %d questions (%d unanswerable, %d everyday), %d clauses' % (
            d, len(rs), sum(not r['answerable'] for r in rs), sum(r['style'] == 'everyday' for r in rs),
            sum(x['doc'] == d for x in out_c)))
    it = {}
    for r in out_q: it[r['intent']] = it.get(r['intent'], 0) + 1
    lines.append('intents: ' + ', '.join('%s %d' % kv for kv in sorted(it.items())))
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
