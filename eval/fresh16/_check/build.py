#!/usr/bin/env python3
"""eval/fresh16 builder + checker (system python3, standard library only).

Holds the golds of the set, writes ../questions.jsonl and ../clauses.jsonl, reads
them back and checks them against the saved texts in ../docs/:
  * every question: fields, id form, split, style, intent, 12 per document,
    exactly 2 unanswerable per document (gold_units []), 6/6 style split per doc;
  * every gold unit / clause unit is a label path that exists as a heading of the
    document (SPEC normalisation: (一)->（一）, 1、->1., 一是 items), or 前言;
  * fact figures occur inside a gold unit; document figures occur in the document;
  * responsibility gold_bodies / gold_lead equal the bodies / lead of a clause of
    the gold unit;
  * bureau_tasks units = every unit whose clauses name the body (and the body
    string is not mentioned in any other unit);
  * every clause quote occurs in its document inside its unit; bodies occur in the
    quote in the given order; lead and support are subsets of bodies.
Prints a summary; exit status 1 if any error.
"""
import json, os, re, sys
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, '..'))
DOCS = os.path.join(ROOT, 'docs')
SPLIT = 'fresh16'
Q = []   # questions
C = []   # clauses

def q(doc, n, question, intent, style, units=(), bodies=None, lead=None, body=None,
      figure=None, answerable=True, note=None):
    d = {"id": f"pol-{SPLIT}-{doc}-{n:02d}", "doc": doc, "question": question,
         "intent": intent, "answerable": answerable, "gold_units": list(units)}
    if intent == 'responsibility' and answerable:
        d["gold_bodies"] = list(bodies or [])
        d["gold_lead"] = list(lead or [])
    if intent == 'bureau_tasks':
        d["body"] = body
    if figure is not None:
        d["figure"] = figure
    d["style"] = style
    d["split"] = SPLIT
    if note:
        d["note"] = note
    Q.append(d)

def c(doc, unit, quote, bodies, lead=(), support=(), form='tail', note=None):
    d = {"doc": doc, "unit": unit, "quote": quote, "bodies": list(bodies),
         "lead": list(lead), "support": list(support), "form": form}
    if note:
        d["note"] = note
    d["split"] = SPLIT
    C.append(d)

# ---------------------------------------------------------------- Beijing / 通州区
D = 'bj-tongzhou-shisiwufengong-2021'
for unit, b in [('一、（一）1.', '区水务局'), ('一、（一）2.', '区交通局'),
                ('一、（一）3.', '区园林绿化局'), ('一、（一）4.', '区城市管理委'),
                ('一、（一）5.', '区生态环境局'), ('一、（一）6.', '区发展改革委'),
                ('一、（一）7.', '区水务局'), ('一、（一）8.', '区生态环境局')]:
    c(D, unit, '牵头单位:' + b, [b], lead=[b], form='labelled')
q(D, 1, '北运河水质达标这件事是通州哪个部门牵头？', 'responsibility', 'everyday',
  ['一、（一）1.'], ['区水务局'], ['区水务局'])
q(D, 2, '城区道路路网密度指标的牵头单位是哪个？', 'responsibility', 'doc',
  ['一、（一）2.'], ['区交通局'], ['区交通局'])
q(D, 3, 'PM2.5年均浓度要达标，区里归谁管？', 'responsibility', 'everyday',
  ['一、（一）5.'], ['区生态环境局'], ['区生态环境局'])
q(D, 4, '区水务局牵头承担哪些指标任务？', 'bureau_tasks', 'doc',
  ['一、（一）1.', '一、（一）7.'], body='区水务局')
q(D, 5, '生态环境局在这个分工方案里要牵头几项事？都是啥？', 'bureau_tasks', 'everyday',
  ['一、（一）5.', '一、（一）8.'], body='区生态环境局')
q(D, 6, '约束性指标中森林覆盖率的目标值是多少？', 'fact', 'doc',
  ['一、（一）3.'], figure='36.5%')
q(D, 7, '垃圾回收利用率得达到多少才算完成？', 'fact', 'everyday',
  ['一、（一）4.'], figure='37.5%')
q(D, 8, '主要指标中的约束性指标共有几项？', 'fact', 'doc', ['一、（一）'], figure='15项')
q(D, 9, '该通知的发文字号是什么？', 'document', 'doc', figure='通政办发〔2021〕8号')
q(D, 10, '这个分工方案是哪天发下来的？', 'document', 'everyday', figure='2021年8月9日')
q(D, 11, '人均体育场地面积那项到底是谁牵头？', 'responsibility', 'everyday', answerable=False,
  note='the saved text stops right after 牵头单位: of item 9; no body is given')
q(D, 12, '完成上述约束性指标，区财政安排了多少资金？', 'fact', 'doc', answerable=False,
  note='no amount of money in the text')

# ---------------------------------------------------------------- Hebei / 衡水市
D = 'heb-hengshui-minshengshishi-2023'
for unit, bs in [('一、', ['市城管综合行政执法局']), ('二、', ['市卫生健康委']),
                 ('三、', ['市教育局', '市卫生健康委']), ('四、', ['市教育局'])]:
    c(D, unit, '责任部门:' + '、'.join(bs), bs, form='labelled',
      note='责任部门 line; no lead is stated')
q(D, 1, '市区供热老管网改造是哪个部门负责？', 'responsibility', 'everyday',
  ['一、'], ['市城管综合行政执法局'], [])
q(D, 2, '全市儿童青少年近视防控光明工程的责任部门有哪些？', 'responsibility', 'doc',
  ['三、'], ['市教育局', '市卫生健康委'], [])
q(D, 3, '妇女两癌免费筛查归谁管？', 'responsibility', 'everyday', ['二、'], ['市卫生健康委'], [])
q(D, 4, '市教育局承担哪几项民生实事项目？', 'bureau_tasks', 'doc', ['三、', '四、'], body='市教育局')
q(D, 5, '卫健委今年要负责哪几件民生实事？', 'bureau_tasks', 'everyday', ['二、', '三、'],
  body='市卫生健康委')
q(D, 6, '市区供热老旧管网改造的规模约为多少公里？', 'fact', 'doc', ['一、'], figure='12公里')
q(D, 7, '主城区今年能多出多少个公办义务教育学位？', 'fact', 'everyday', ['四、'], figure='9401个')
q(D, 8, '护眼教室改造9月1日前要完成多少间？', 'fact', 'everyday', ['三、'], figure='5878间')
q(D, 9, '本次会议票决确定的民生实事项目共有多少项？', 'document', 'doc', figure='20项')
q(D, 10, '该公告的编号是第几号？', 'document', 'doc', figure='第四号')
q(D, 11, '两癌筛查去哪家医院做？有咨询电话吗？', 'other', 'everyday', answerable=False,
  note='no hospital or phone number in the text')
q(D, 12, '特殊困难老年人相关民生实事的责任部门是哪个？', 'responsibility', 'doc', answerable=False,
  note='the saved text stops in the title of project 五、 (特殊困难老…)')

# ---------------------------------------------------------------- Ningxia / 贺兰县
D = 'nx-helan-weiminshishi-2020'
H15 = ['发改局', '教体局', '公安局', '民政局', '财政局', '人社局', '自然资源局', '住建局', '交通局',
       '农业农村局', '商务和投资促进局', '文旅局', '卫健局', '市场监管局', '审批服务局']
c(D, '三、（三）', '请县融媒体中心通过电视报道、微信公众号等渠道加大宣传力度', ['县融媒体中心'],
  form='fuze-sentence', note='request form 请A…')
c(D, '三、（三）', '县政务公开办在县政府门户网站开设“2021年民生实事征集”专栏', ['县政务公开办'],
  form='fuze-sentence', note='县政府门户网站 is a website, not a body')
c(D, '三、（四）', '、'.join(H15) + '等部门根据明年项目计划和工作安排,务必按照有关要求推荐2个以上的备选项目',
  H15, form='fuze-sentence', note='15 bureaux written without 县; no lead')
c(D, '三、（四）', '县政府将召开专题会议进行研究筛选', ['县政府'], form='fuze-sentence',
  note='the saved text ends inside this sentence')
q(D, 1, '征集民生实事的电视和微信宣传由谁来做？', 'responsibility', 'everyday',
  ['三、（三）'], ['县融媒体中心'], [], note='unit holds two clauses; gold is the 宣传 clause')
q(D, 2, '在县政府门户网站开设民生实事征集专栏的是哪个单位？', 'responsibility', 'doc',
  ['三、（三）'], ['县政务公开办'], [], note='unit holds two clauses; gold is the 专栏 clause')
q(D, 3, '推荐备选项目的任务落实到哪些部门？', 'responsibility', 'doc', ['三、（四）'], H15, [],
  note='gold is the 推荐 clause (15 bureaux), not the 县政府 screening sentence')
q(D, 4, '财政局在这次为民办实事征集里要做啥？', 'bureau_tasks', 'everyday', ['三、（四）'], body='财政局')
q(D, 5, '县政务公开办承担哪些工作任务？', 'bureau_tasks', 'doc', ['三、（三）'], body='县政务公开办')
q(D, 6, '意见建议征集到什么时候截止？', 'fact', 'everyday', ['一、'], figure='2020年11月10日')
q(D, 7, '各有关部门至少应推荐多少个备选项目？', 'fact', 'doc', ['三、（四）'], figure='2个')
q(D, 8, '这回征集的是哪一年的为民办实事项目？', 'fact', 'everyday', ['前言'], figure='2021年')
q(D, 9, '该通知的发布时间是哪一天？', 'document', 'doc', figure='2020-10-20')
q(D, 10, '这个通知全称叫什么？', 'document', 'everyday', figure='关于征集贺兰县2021年为民办实事项目的通知')
q(D, 11, '我有民生实事建议，发到哪个邮箱？', 'other', 'everyday', answerable=False,
  note='no e-mail address or other channel in the saved text')
q(D, 12, '该通知的发文字号是什么？', 'document', 'doc', answerable=False,
  note='the page gives no 文号')

# ---------------------------------------------------------------- Jilin / 长春市
D = 'jl-changchun-shierwufengong-2012'
c(D, '二、（一）', '(市国土局牵头)', ['市国土局'], lead=['市国土局'], form='tail-lead')
c(D, '二、（一）', '(市水利局、市发展改革委、市工信局、市市政公用局等部门按职责分工负责)',
  ['市水利局', '市发展改革委', '市工信局', '市市政公用局'], form='tail',
  note='按职责分工负责 with 等部门; no lead stated')
q(D, 1, '耕地保有量那个指标谁牵头？', 'responsibility', 'everyday',
  ['二、（一）'], ['市国土局'], ['市国土局'])
q(D, 2, '单位工业增加值用水量指标由哪些部门按职责分工负责？', 'responsibility', 'doc',
  ['二、（一）'], ['市水利局', '市发展改革委', '市工信局', '市市政公用局'], [],
  note='both clauses of the document sit in 二、（一）; gold is the second one')
q(D, 3, '市国土局在分工中承担什么任务？', 'bureau_tasks', 'doc', ['二、（一）'], body='市国土局')
q(D, 4, '发改委在这份十二五分工里要负责啥？', 'bureau_tasks', 'everyday', ['二、（一）'], body='市发展改革委')
q(D, 5, '耕地保有量要保持在多少？', 'fact', 'doc', ['二、（一）'], figure='2000.9万亩')
q(D, 6, '工业用水量这个指标要达到什么标准？', 'fact', 'everyday', ['二、（一）'], figure='省要求标准')
q(D, 7, '《长春市国民经济和社会发展第十二个五年规划纲要》是哪次会议审议批准的？', 'fact', 'doc',
  ['前言'], figure='市十三届人大四次会议')
q(D, 8, '市里和县区的责任怎么划分？', 'requirement', 'everyday', ['一、二是'])
q(D, 9, '该通知的文号是什么？', 'document', 'doc', figure='长府办发〔2012〕19号')
q(D, 10, '这个分工通知是哪个单位发的？', 'document', 'everyday', figure='长春市人民政府办公厅')
q(D, 11, '十二五期间长春单位GDP能耗要降多少？', 'fact', 'everyday', answerable=False,
  note='the saved text stops at 单位地区生产总值')
q(D, 12, '该通知的成文日期是哪天？', 'document', 'doc', answerable=False,
  note='no date in the saved text')

# ---------------------------------------------------------------- Inner Mongolia / 包头市
D = 'nmg-baotou-zhongdianrenwu-2011'
c(D, '一、1.', '(市经信委牵头落实)', ['市经信委'], lead=['市经信委'], form='tail-lead')
c(D, '一、2.', '(市经信委牵头落实)', ['市经信委'], lead=['市经信委'], form='tail-lead')
c(D, '一、3.', '(市经信委、市国土资源局牵头落实)', ['市经信委', '市国土资源局'],
  lead=['市经信委', '市国土资源局'], form='tail-lead', note='two joint leads')
c(D, '一、4.', '(市经信委牵头落实', ['市经信委'], lead=['市经信委'], form='tail-lead',
  note='truncated: the saved text ends before the closing bracket')
q(D, 1, '稀土资源保护和交易平台建设哪些部门牵头？', 'responsibility', 'everyday',
  ['一、3.'], ['市经信委', '市国土资源局'], ['市经信委', '市国土资源局'])
q(D, 2, '保持工业经济平稳较快增长的任务由哪个部门牵头落实？', 'responsibility', 'doc',
  ['一、2.'], ['市经信委'], ['市经信委'])
q(D, 3, '工业园区布局那一条是谁牵头？', 'responsibility', 'everyday',
  ['一、4.'], ['市经信委'], ['市经信委'], note='tail truncated but the body is complete')
q(D, 4, '市国土资源局牵头落实哪些重点工作？', 'bureau_tasks', 'doc', ['一、3.'], body='市国土资源局')
q(D, 5, '经信委今年要牵头抓哪些事？', 'bureau_tasks', 'everyday',
  ['一、1.', '一、2.', '一、3.', '一、4.'], body='市经信委')
q(D, 6, '计划实施的投资5000万元以上工业重点项目有多少个？', 'fact', 'doc', ['一、1.'], figure='323个')
q(D, 7, '今年规上工业增加值要涨多少？', 'fact', 'everyday', ['一、2.'], figure='19%左右')
q(D, 8, '各地区、部门的实施方案应于何时前报市政府督查室？', 'fact', 'doc', ['前言'], figure='4月20日')
q(D, 9, '该通知的成文日期是？', 'document', 'doc', figure='二○一一年四月六日')
q(D, 10, '这文件是哪个政府发的？', 'document', 'everyday', figure='包头市人民政府')
q(D, 11, '该通知的发文字号是什么？', 'document', 'doc', answerable=False, note='no 文号 in the saved text')
q(D, 12, '稀土交易平台建在哪个园区？', 'other', 'everyday', answerable=False,
  note='no location of the platform in the text')

# ================================================================= write files
def write_jsonl(path, rows):
    with open(path, 'w', encoding='utf-8') as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + '\n')

write_jsonl(os.path.join(ROOT, 'questions.jsonl'), Q)
write_jsonl(os.path.join(ROOT, 'clauses.jsonl'), C)

# ================================================================= check
errors, warnings = [], []
def err(m): errors.append(m)
def warn(m): warnings.append(m)

CN = '一二三四五六七八九十'
PATS = [  # (level, regex at line start, normaliser)
    (1, re.compile(r'[ \t\u3000]*([一二三四五六七八九十]+)、'), lambda m: m.group(1) + '、'),
    (2, re.compile(r'[ \t\u3000]*[（(]([一二三四五六七八九十]+)[）)]'), lambda m: '（' + m.group(1) + '）'),
    (3, re.compile(r'[ \t\u3000]*([一二三四五六七八九十]+是)'), lambda m: m.group(1)),
    (3, re.compile(r'[ \t\u3000]*(\d+)[\.、．]'), lambda m: m.group(1) + '.'),
    (4, re.compile(r'[ \t\u3000]*[（(](\d+)[）)]'), lambda m: '（' + m.group(1) + '）'),
]

def units_of(text):
    """Return {label_path: (start, end)} incl. 前言."""
    heads = []  # (start, level, label)
    pos = 0
    for line in text.split('\n'):
        for lvl, rx, norm in PATS:
            m = rx.match(line)
            if m:
                heads.append((pos, lvl, norm(m)))
                break
        pos += len(line) + 1
    out = {}
    stack = []  # (level, label)
    paths = []
    for start, lvl, lab in heads:
        while stack and stack[-1][0] >= lvl:
            stack.pop()
        stack.append((lvl, lab))
        paths.append((start, lvl, ''.join(l for _, l in stack)))
    for i, (start, lvl, path) in enumerate(paths):
        end = len(text)
        for s2, l2, _ in paths[i + 1:]:
            if l2 <= lvl:
                end = s2
                break
        if path in out:
            err(f'duplicate label path {path}')
        out[path] = (start, end)
    out['前言'] = (0, paths[0][0] if paths else len(text))
    return out

texts, units = {}, {}
for fn in sorted(os.listdir(DOCS)):
    if fn.endswith('.txt'):
        d = fn[:-4]
        texts[d] = open(os.path.join(DOCS, fn), encoding='utf-8').read()
        units[d] = units_of(texts[d])

def span(doc, unit):
    return units[doc].get(unit)

def unit_text(doc, unit):
    s = span(doc, unit)
    return texts[doc][s[0]:s[1]] if s else ''

# re-read what was written
Qr = [json.loads(l) for l in open(os.path.join(ROOT, 'questions.jsonl'), encoding='utf-8')]
Cr = [json.loads(l) for l in open(os.path.join(ROOT, 'clauses.jsonl'), encoding='utf-8')]

FORMS = {"tail", "tail-lead", "labelled", "sentence-lead", "huitong", "fuze-sentence",
         "members", "table-row", "convention"}
INTENTS = {"responsibility", "bureau_tasks", "fact", "document", "requirement", "other"}

# --- clauses
clauses_by = defaultdict(list)
for i, cl in enumerate(Cr):
    d = cl['doc']
    tag = f'clause {i} ({d} {cl["unit"]})'
    if d not in texts:
        err(f'{tag}: unknown doc'); continue
    if cl.get('split') != SPLIT: err(f'{tag}: split')
    if cl['form'] not in FORMS: err(f'{tag}: form {cl["form"]}')
    s = span(d, cl['unit'])
    if not s:
        err(f'{tag}: unit not a heading'); continue
    if cl['quote'] not in texts[d]:
        err(f'{tag}: quote not in document')
    elif cl['quote'] not in unit_text(d, cl['unit']):
        err(f'{tag}: quote not inside its unit')
    p = 0
    for b in cl['bodies']:
        k = cl['quote'].find(b, p)
        if k < 0:
            err(f'{tag}: body {b} not in quote (in order)')
        else:
            p = k + len(b)
    for b in cl['lead'] + cl['support']:
        if b not in cl['bodies']:
            err(f'{tag}: lead/support {b} not among bodies')
    if cl['form'] != 'convention' and not cl['bodies']:
        err(f'{tag}: no bodies')
    clauses_by[(d, cl['unit'])].append(cl)

# --- questions
ids = Counter(x['id'] for x in Qr)
for k, v in ids.items():
    if v > 1: err(f'duplicate id {k}')
per_doc = defaultdict(list)
for x in Qr:
    per_doc[x['doc']].append(x)
for d in texts:
    qs = per_doc.get(d, [])
    if len(qs) != 12: err(f'{d}: {len(qs)} questions, want 12')
    un = [x for x in qs if not x['answerable']]
    if len(un) != 2: err(f'{d}: {len(un)} unanswerable, want 2')
    st = Counter(x['style'] for x in qs)
    if st['doc'] != 6 or st['everyday'] != 6: warn(f'{d}: style split {dict(st)}')
for x in Qr:
    tag = x['id']
    d = x['doc']
    if d not in texts: err(f'{tag}: unknown doc'); continue
    if not re.fullmatch(rf'pol-{SPLIT}-{re.escape(d)}-\d\d', x['id']): err(f'{tag}: id form')
    if x.get('split') != SPLIT: err(f'{tag}: split')
    if x.get('style') not in ('doc', 'everyday'): err(f'{tag}: style')
    if x['intent'] not in INTENTS: err(f'{tag}: intent')
    if not x['question'].strip(): err(f'{tag}: empty question')
    # a question must not be a verbatim sentence of the document
    if len(x['question']) > 12 and x['question'].rstrip('？?') in texts[d]:
        err(f'{tag}: question copied from the document')
    if not x['answerable']:
        if x['gold_units']: err(f'{tag}: unanswerable with gold units')
        continue
    for u in x['gold_units']:
        if not span(d, u): err(f'{tag}: gold unit {u} not a heading')
    it = x['intent']
    if it == 'fact':
        if not x.get('figure'): err(f'{tag}: fact without figure')
        elif not any(x['figure'] in unit_text(d, u) for u in x['gold_units']):
            err(f'{tag}: figure {x["figure"]} not in gold unit')
    elif it == 'document':
        if x['gold_units']: err(f'{tag}: document question with gold units')
        if not x.get('figure') or x['figure'] not in texts[d]:
            err(f'{tag}: document figure not in document')
    elif it == 'responsibility':
        ok = False
        for u in x['gold_units']:
            for cl in clauses_by.get((d, u), []):
                if cl['bodies'] == x['gold_bodies'] and cl['lead'] == x['gold_lead']:
                    ok = True
        if not ok: err(f'{tag}: gold_bodies/gold_lead match no clause of the gold unit')
    elif it == 'bureau_tasks':
        b = x.get('body')
        want = [u for u in units[d] if u != '前言' and any(b in cl['bodies'] for cl in clauses_by.get((d, u), []))]
        order = sorted(want, key=lambda u: units[d][u][0])
        if x['gold_units'] != order:
            err(f'{tag}: bureau units {x["gold_units"]} != clause units {order}')
        # the body string must not be mentioned in a unit outside the list (leaf units only)
        for u, (s0, e0) in units[d].items():
            if u == '前言' or u in x['gold_units']: continue
            if any(v.startswith(u) and v != u for v in units[d]): continue  # not a leaf
            if any(g.startswith(u) for g in x['gold_units']): continue
            if b in texts[d][s0:e0]:
                warn(f'{tag}: body {b} also mentioned in {u}')
    elif it in ('requirement', 'other'):
        if not x['gold_units']: err(f'{tag}: no gold units')

# --- summary
byint = Counter((x['intent'], x['answerable']) for x in Qr)
bystyle = Counter(x['style'] for x in Qr)
byform = Counter(cl['form'] for cl in Cr)
print(f'documents: {len(texts)}')
for d in sorted(texts):
    print(f'  {d}: {len(texts[d])} chars, {len(per_doc[d])} questions, '
          f'{sum(1 for cl in Cr if cl["doc"] == d)} clauses, units: {", ".join(u for u in units[d])}')
print(f'questions: {len(Qr)}; by intent (answerable): ' +
      ', '.join(f'{k[0]}{"" if k[1] else "(unans)"}={v}' for k, v in sorted(byint.items())))
print(f'styles: {dict(bystyle)}')
print(f'clauses: {len(Cr)}; forms: {dict(byform)}')
if len(Cr) < 25:
    warn(f'only {len(Cr)} clauses (the brief asked for at least 25): the saved texts are '
         f'~700-800-character openings and contain no more responsibility clauses')
for w in warnings: print('WARNING:', w)
for e in errors: print('ERROR:', e)
print(f'{len(errors)} errors, {len(warnings)} warnings')
sys.exit(1 if errors else 0)
