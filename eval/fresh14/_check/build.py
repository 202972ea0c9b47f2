#!/usr/bin/env python3
"""Builds and checks eval/fresh14/questions.jsonl and eval/fresh14/clauses.jsonl.

The golds below were written from the saved texts in ../docs only.  Running this
file (system python3) rewrites both JSONL files and then checks them against the
texts:
  * every clause quote occurs verbatim in its document, and (some occurrence of)
    it lies inside the clause's unit;
  * every body of a clause occurs in its quote, in order; lead/support are subsets
    of bodies; a convention object has empty bodies;
  * every gold unit label path exists as a heading of the document (SPEC
    normalisation: (一)->（一）, (1)->（1）, 1、->1.), including sub-items written
    inline after 。 or ) inside an item's paragraph;
  * every gold figure occurs in the document;
  * gold_bodies of responsibility questions occur in the document and match the
    bodies of that unit's clauses (same set, text order); gold_lead is a subset;
  * bureau_tasks golds list every unit whose clauses name that body, in order;
  * ids unique, split fresh14, 12 questions and exactly 2 unanswerable per doc.
Prints errors and warnings; exit status 1 when there are errors.
"""
import json, os, re, sys
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, '..'))
DOCS = os.path.join(ROOT, 'docs')
SPLIT = 'fresh14'

# ---------------------------------------------------------------- clauses
CLAUSES = [
    # Xiamen (Fujian): labelled 责任单位 lines + convention
    dict(doc='fj-xiamen-yingshang-2019', unit='一、（一）', quote='(第一责任单位为牵头单位,下同)',
         bodies=[], lead=[], support=[], form='convention',
         note='document-wide: the first 责任单位 listed is the lead (下同)'),
    dict(doc='fj-xiamen-yingshang-2019', unit='一、（一）',
         quote='责任单位:市发改委、市财政局(第一责任单位为牵头单位,下同)',
         bodies=['市发改委', '市财政局'], lead=['市发改委'], support=[], form='labelled',
         note='lead by the convention stated in the same line'),
    dict(doc='fj-xiamen-yingshang-2019', unit='一、（二）', quote='责任单位:市建设局',
         bodies=['市建设局'], lead=['市建设局'], support=[], form='labelled',
         note='single 责任单位, lead by the document convention (第一责任单位为牵头单位,下同)'),
    # Suzhou (Jiangsu): bracketed tails, no lead
    dict(doc='js-suzhou-pinzhi-2025', unit='一、（一）',
         quote='(市市场监管局、市工信局,各县级市<区>人民政府<管委会>按职责分工负责;以下均需各县级市<区>人民政府<管委会>落实,不再列出)',
         bodies=['市市场监管局', '市工信局', '各县级市<区>人民政府<管委会>'], lead=[], support=[], form='tail',
         note='collective 各县级市<区>人民政府<管委会> kept as one body; the tail also says later tasks all involve them without listing them again'),
    dict(doc='js-suzhou-pinzhi-2025', unit='一、（二）',
         quote='(市市场监管局、市工信局、市农业农村局按职责分工负责)',
         bodies=['市市场监管局', '市工信局', '市农业农村局'], lead=[], support=[], form='tail'),
    # Xi'an (Shaanxi): table rows (牵头单位 | 责任单位 | 完成时限 cells run together) + one sentence
    dict(doc='sn-xian-fanggufengong-2022', unit='一、（一）1.（1）',
         quote='市审改办要坚持每月调度并及时通报市、区(县)清单编制进展情况',
         bodies=['市审改办'], lead=[], support=[], form='fuze-sentence',
         note='A要… sentence assigning monthly scheduling and reporting to 市审改办'),
    dict(doc='sn-xian-fanggufengong-2022', unit='一、（一）1.（1）',
         quote='市行政审批局市司法局市级相关单位,各区县政府、西咸新区管委会2022年9月底',
         bodies=['市行政审批局', '市司法局', '各区县政府', '西咸新区管委会'],
         lead=['市行政审批局', '市司法局'], support=[], form='table-row',
         note='cells 牵头单位=市行政审批局市司法局 (two bodies run together), 责任单位=市级相关单位(generic, left out),各区县政府、西咸新区管委会, 完成时限=2022年9月底; 责任单位 are neither lead nor support'),
    dict(doc='sn-xian-fanggufengong-2022', unit='一、（一）1.（2）',
         quote='市行政审批局市司法局市级相关单位,各区县政府、西咸新区管委会2022年11月底',
         bodies=['市行政审批局', '市司法局', '各区县政府', '西咸新区管委会'],
         lead=['市行政审批局', '市司法局'], support=[], form='table-row',
         note='same cell layout as row (1); 完成时限=2022年11月底'),
    # Chizhou (Anhui): (A牵头负责) tails after inline sub-items
    dict(doc='ah-chizhou-yingshang-2017', unit='一、1.（1）', quote='(市工商质监局牵头负责)',
         bodies=['市工商质监局'], lead=['市工商质监局'], support=[], form='tail-lead',
         note='first of two identical tails; sub-items (1)(2)(3) are written inline in the paragraph of item 1.'),
    dict(doc='ah-chizhou-yingshang-2017', unit='一、1.（2）', quote='(市工商质监局牵头负责)',
         bodies=['市工商质监局'], lead=['市工商质监局'], support=[], form='tail-lead',
         note='second identical tail, closing sub-item (2)'),
    # Beihai (Guangxi): bracketed tail
    dict(doc='gx-beihai-zhiliang-2010', unit='一、（一）', quote='(北海市人民政府、合浦县人民政府负责落实)',
         bodies=['北海市人民政府', '合浦县人民政府'], lead=[], support=[], form='tail'),
]

# ---------------------------------------------------------------- questions
def R(doc, q, units, bodies, lead, style, note=None):
    return dict(doc=doc, question=q, intent='responsibility', answerable=True, gold_units=units,
                gold_bodies=bodies, gold_lead=lead, style=style, note=note)

def B(doc, q, body, units, style, note=None):
    return dict(doc=doc, question=q, intent='bureau_tasks', answerable=True, body=body, gold_units=units,
                style=style, note=note)

def F(doc, q, units, figure, style, note=None):
    return dict(doc=doc, question=q, intent='fact', answerable=True, gold_units=units, figure=figure,
                style=style, note=note)

def D(doc, q, figure, style, note=None):
    return dict(doc=doc, question=q, intent='document', answerable=True, gold_units=[], figure=figure,
                style=style, note=note)

def U(doc, q, intent, style, note):
    return dict(doc=doc, question=q, intent=intent, answerable=False, gold_units=[], style=style, note=note)

XM, SZ, XA, CZ, BH = ('fj-xiamen-yingshang-2019', 'js-suzhou-pinzhi-2025', 'sn-xian-fanggufengong-2022',
                      'ah-chizhou-yingshang-2017', 'gx-beihai-zhiliang-2010')

QUESTIONS = [
    # ---- Xiamen
    R(XM, '推进完善PPP健康运行长效机制和基础性制度建设由哪些单位负责？', ['一、（一）'],
      ['市发改委', '市财政局'], ['市发改委'], 'doc'),
    R(XM, '翔安新机场那边地下管廊的PPP项目，牵头的是哪个部门？', ['一、（一）'],
      ['市发改委', '市财政局'], ['市发改委'], 'everyday', 'lead by the convention 第一责任单位为牵头单位'),
    R(XM, '小型社会投资项目以后不强制请监理了，这块归哪个局管？', ['一、（二）'],
      ['市建设局'], ['市建设局'], 'everyday'),
    B(XM, '市财政局在这份若干措施中负责哪些任务？', '市财政局', ['一、（一）'], 'doc'),
    B(XM, '建设局这次分到了哪些活？', '市建设局', ['一、（二）'], 'everyday'),
    F(XM, 'PPP健康运行长效机制建设这项措施的时限要求是什么？', ['一、（一）'], '持续推进', 'doc'),
    F(XM, '招投标那条措施有没有规定完成期限？', ['一、（二）'], '持续推进', 'everyday',
      'the 时限要求 line says 持续推进 (no fixed date)'),
    F(XM, '文件要求规范有序推进哪个片区的地下综合管廊PPP项目建设？', ['一、（一）'], '翔安新机场片区', 'doc'),
    D(XM, '该通知的文号是什么？', '厦府办〔2019〕10号', 'doc'),
    D(XM, '这个若干措施是哪个单位印发的？', '厦门市人民政府办公厅', 'everyday'),
    U(XM, '对在招投标中设置不合理限制的单位处以多少罚款？', 'fact', 'doc',
      'no penalty amount in the saved text'),
    U(XM, 'PPP项目政策咨询打哪个电话？', 'other', 'everyday', 'no phone number in the saved text'),
    # ---- Suzhou
    R(SZ, '深入推进质量强企强链强县由哪些单位负责？', ['一、（一）'],
      ['市市场监管局', '市工信局', '各县级市<区>人民政府<管委会>'], [], 'doc'),
    R(SZ, '支持企业搞“三同”认证、提升农产品质量这些，市里是哪几个部门负责？', ['一、（二）'],
      ['市市场监管局', '市工信局', '市农业农村局'], [], 'everyday',
      'asks for the 市 departments named in the tail of (二); no lead is stated'),
    R(SZ, '“品质苏州”方案中增加优质产品供给由哪个部门牵头？', ['一、（二）'],
      ['市市场监管局', '市工信局', '市农业农村局'], [], 'doc', 'the text names no lead (按职责分工负责)'),
    B(SZ, '市农业农村局承担哪些任务？', '市农业农村局', ['一、（二）'], 'doc'),
    B(SZ, '市场监管局在品质苏州方案里都要干啥？', '市市场监管局', ['一、（一）', '一、（二）'], 'everyday'),
    F(SZ, '行动方案提出全市首席质量官人数要突破多少？', ['一、（一）'], '6万人', 'doc'),
    F(SZ, '今年要帮多少家小微企业做质量管理体系认证提升？', ['一、（一）'], '500家', 'everyday'),
    F(SZ, '质量提升行动要覆盖全市多少条重点产业链和地方优势产业链？', ['一、（一）'], '30条', 'doc'),
    D(SZ, '该文件的文号是什么？', '苏府办〔2025〕77号', 'doc'),
    D(SZ, '品质苏州这个方案哪天发的？', '2025年7月24日', 'everyday'),
    U(SZ, '“品质苏州”建设安排了多少专项资金？', 'fact', 'doc', 'no budget figure in the saved text'),
    U(SZ, '申报政府质量奖要交哪些材料？', 'other', 'everyday', 'application materials are not in the saved text'),
    # ---- Xi'an
    R(XA, '全面准确依法编制市、区(县)行政许可事项清单这项落实措施由哪些单位负责？', ['一、（一）1.（1）'],
      ['市审改办', '市行政审批局', '市司法局', '各区县政府', '西咸新区管委会'], ['市行政审批局', '市司法局'], 'doc',
      '市审改办 from the 要… sentence, the others from the table cells (牵头单位 市行政审批局市司法局)'),
    R(XA, '清理整治变相许可谁牵头？', ['一、（一）1.（2）'],
      ['市行政审批局', '市司法局', '各区县政府', '西咸新区管委会'], ['市行政审批局', '市司法局'], 'everyday'),
    R(XA, '市级许可事项清单编好向社会公布，这事哪个部门牵头？', ['一、（一）1.（1）'],
      ['市审改办', '市行政审批局', '市司法局', '各区县政府', '西咸新区管委会'], ['市行政审批局', '市司法局'], 'everyday'),
    B(XA, '市司法局负责哪些落实措施？', '市司法局', ['一、（一）1.（1）', '一、（一）1.（2）'], 'doc'),
    B(XA, '西咸新区管委会这回分到了哪些活？', '西咸新区管委会', ['一、（一）1.（1）', '一、（一）1.（2）'], 'everyday'),
    F(XA, '市级行政许可事项清单要在什么时间前编制完成并向社会公布？', ['一、（一）1.（1）'], '8月底前', 'doc'),
    F(XA, '变相许可清查整治应在什么时间前完成？', ['一、（一）1.（2）'], '11月底前', 'doc',
      'the row\'s 完成时限 cell reads 2022年11月底, the same deadline'),
    F(XA, '各单位工作落实情况应于每月什么时间前报市政府办公厅？', ['前言'], '每月23日前', 'doc'),
    D(XA, '该分工方案由哪个机关印发？', '西安市人民政府办公厅', 'doc'),
    D(XA, '西安这个分工方案啥时候发的？', '2022年7月27日', 'everyday'),
    U(XA, '该通知的发文字号是什么？', 'document', 'doc', 'the saved text shows no 文号'),
    U(XA, '办行政许可去哪个大厅，几点上班？', 'other', 'everyday', 'no address or office hours in the saved text'),
    # ---- Chizhou
    R(CZ, '全面落实“多证合一、一照一码”改革由哪个部门牵头负责？', ['一、1.（1）'],
      ['市工商质监局'], ['市工商质监局'], 'doc'),
    R(CZ, '企业登记全程电子化谁牵头搞？', ['一、1.（2）'], ['市工商质监局'], ['市工商质监局'], 'everyday'),
    R(CZ, '市级多证合一的证照目录由谁来公布？', ['一、1.（1）'], ['市工商质监局'], ['市工商质监局'], 'everyday',
      'the text: 由市政府授权市工商质监局公布市级《目录》; the sub-item tail names 市工商质监局 as lead'),
    B(CZ, '市工商质监局负责哪些任务？', '市工商质监局', ['一、1.（1）', '一、1.（2）'], 'doc'),
    B(CZ, '工商质监局这次牵头的事有哪几件？', '市工商质监局', ['一、1.（1）', '一、1.（2）'], 'everyday'),
    F(CZ, '该实施意见贯彻落实的省政府文件文号是什么？', ['前言'], '皖政〔2017〕120号', 'doc'),
    F(CZ, '“多证合一”改革要求实行什么样的服务模式？', ['一、1.（1）'], '一套材料、一表登记、一窗受理', 'doc'),
    F(CZ, '“多证合一”改革实行的工作模式是什么？', ['一、1.（1）'], '一次提交、部门流转、一档管理', 'doc'),
    D(CZ, '该实施意见的文号是什么？', '池政〔2017〕101号', 'doc'),
    D(CZ, '创优四最营商环境这个意见是哪家发的？', '池州市人民政府', 'everyday'),
    U(CZ, '市企业名称库全面开放的具体上线时间是哪天？', 'fact', 'doc', 'no date for the name database in the saved text'),
    U(CZ, '在池州办营业执照要交多少钱？', 'other', 'everyday', 'no fees in the saved text'),
    # ---- Beihai
    R(BH, '全面深入推进质量兴市(县)活动由哪些单位负责落实？', ['一、（一）'],
      ['北海市人民政府', '合浦县人民政府'], [], 'doc'),
    R(BH, '出台产品、工程、服务、生态环境这几类质量工作实施方案，是谁的任务？', ['一、（一）'],
      ['北海市人民政府', '合浦县人民政府'], [], 'everyday'),
    R(BH, '推进质量兴市(县)活动、推动区域经济振兴由哪个单位牵头？', ['一、（一）'],
      ['北海市人民政府', '合浦县人民政府'], [], 'doc', 'the text names no lead (负责落实)'),
    B(BH, '合浦县人民政府承担哪些任务？', '合浦县人民政府', ['一、（一）'], 'doc'),
    B(BH, '北海市政府自己在这个分解方案里负责啥？', '北海市人民政府', ['一、（一）'], 'everyday'),
    F(BH, '通知要求到哪一年全市质量水平总体达到质量兴市战略近期目标？', ['前言'], '2015年', 'doc'),
    F(BH, '推进质量兴市(县)活动要实现北海几年跨越发展？', ['一、（一）'], '三年', 'doc'),
    F(BH, '提出质量兴市战略近期目标的市政府决定文号是什么？', ['前言'], '北政发〔2010〕38号', 'doc'),
    D(BH, '该通知的文号是什么？', '北政发〔2010〕39号', 'doc'),
    D(BH, '这个任务分解方案是哪天印发的？', '二○一○年八月二日', 'everyday'),
    U(BH, '北海市每年安排多少质量兴市工作经费？', 'fact', 'doc', 'no funding figure in the saved text'),
    U(BH, '合浦县分管质量工作的副县长是谁？', 'other', 'everyday', 'no person named in the saved text'),
]

# ---------------------------------------------------------------- helpers
CN = '一二三四五六七八九十'
RE_PART = re.compile(r'^([一二三四五六七八九十]+)、')
RE_ART = re.compile(r'^[（(]([一二三四五六七八九十]+)[）)]')
RE_ITEM = re.compile(r'^(\d+)[.．、](?!\d)')
RE_SUB = re.compile(r'^[（(](\d+)[）)]')
RE_SUB_INLINE = re.compile(r'(?<=[。)）])[（(](\d+)[）)]')


def load(doc):
    return open(os.path.join(DOCS, doc + '.txt'), encoding='utf-8').read()


def segments(text):
    """List of (start, end, unit_path) spans covering the text."""
    spans = []
    part = art = item = sub = ''
    pos = 0
    cur = '前言'
    starts = []  # (offset, path)
    for line in text.splitlines(keepends=True):
        s = line.strip()
        off = pos + (len(line) - len(line.lstrip()))
        m = RE_PART.match(s)
        if m:
            part, art, item, sub = m.group(1) + '、', '', '', ''
            starts.append((off, part))
        elif RE_ART.match(s):
            art, item, sub = '（%s）' % RE_ART.match(s).group(1), '', ''
            starts.append((off, part + art))
        elif RE_ITEM.match(s):
            item, sub = RE_ITEM.match(s).group(1) + '.', ''
            starts.append((off, part + art + item))
        elif RE_SUB.match(s):
            sub = '（%s）' % RE_SUB.match(s).group(1)
            starts.append((off, part + art + item + sub))
        if item and not RE_SUB.match(s):
            for mm in RE_SUB_INLINE.finditer(line):
                sub = '（%s）' % mm.group(1)
                starts.append((pos + mm.start(), part + art + item + sub))
        pos += len(line)
    bounds = [(0, '前言')] + starts
    for i, (o, p) in enumerate(bounds):
        e = bounds[i + 1][0] if i + 1 < len(bounds) else len(text)
        spans.append((o, e, p))
    return spans


def unit_paths(text):
    return {p for _, _, p in segments(text)} | {'前言'}


def unit_span_texts(text, unit):
    """Concatenated text of every span whose path is unit or below it."""
    return ''.join(text[o:e] for o, e, p in segments(text) if p == unit or (unit != '前言' and p.startswith(unit)))


def in_order(items, s):
    i = 0
    for b in items:
        j = s.find(b, i)
        if j < 0:
            return False
        i = j + len(b)
    return True


def main():
    errors, warnings = [], []
    texts = {d: load(d) for d in {c['doc'] for c in CLAUSES} | {q['doc'] for q in QUESTIONS}}
    # write files
    qs = []
    counters = Counter()
    for q in QUESTIONS:
        counters[q['doc']] += 1
        rec = {'id': '%s-%s-%02d' % (SPLIT, q['doc'], counters[q['doc']])}
        for k in ('doc', 'question', 'intent', 'answerable', 'gold_units', 'gold_bodies', 'gold_lead', 'body',
                  'figure', 'style'):
            if k in q:
                rec[k] = q[k]
        rec['split'] = SPLIT
        if q.get('note'):
            rec['note'] = q['note']
        qs.append(rec)
    with open(os.path.join(ROOT, 'questions.jsonl'), 'w', encoding='utf-8') as f:
        for r in qs:
            f.write(json.dumps(r, ensure_ascii=False) + '\n')
    cls = []
    for c in CLAUSES:
        rec = {k: c[k] for k in ('doc', 'unit', 'quote', 'bodies', 'lead', 'support', 'form')}
        if c.get('note'):
            rec['note'] = c['note']
        rec['split'] = SPLIT
        cls.append(rec)
    with open(os.path.join(ROOT, 'clauses.jsonl'), 'w', encoding='utf-8') as f:
        for r in cls:
            f.write(json.dumps(r, ensure_ascii=False) + '\n')

    # ---- clause checks
    unit_bodies = defaultdict(list)  # (doc, unit) -> bodies in text order
    body_units = defaultdict(list)   # (doc, body) -> units
    for i, c in enumerate(cls):
        t = texts[c['doc']]
        tag = 'clause %d (%s %s)' % (i + 1, c['doc'], c['unit'])
        if c['unit'] not in unit_paths(t):
            errors.append('%s: unit label path not a heading of the document' % tag)
        if c['quote'] not in t:
            errors.append('%s: quote not found verbatim' % tag)
        else:
            if c['quote'] not in unit_span_texts(t, c['unit']):
                errors.append('%s: quote does not lie inside its unit' % tag)
            else:
                # smallest unit: the quote must not lie wholly in a deeper unit
                deeper = {p for _, _, p in segments(t) if p != c['unit'] and p.startswith(c['unit'])}
                if deeper and all(c['quote'] in unit_span_texts(t, p) for p in deeper if c['quote'] in unit_span_texts(t, p)) \
                        and any(c['quote'] in unit_span_texts(t, p) for p in deeper):
                    warnings.append('%s: quote also lies in a deeper unit' % tag)
        if c['form'] == 'convention':
            if c['bodies'] or c['lead'] or c['support']:
                errors.append('%s: convention must have empty bodies' % tag)
            continue
        if not c['bodies']:
            errors.append('%s: no bodies' % tag)
        if not in_order(c['bodies'], c['quote']):
            errors.append('%s: bodies not in quote in order' % tag)
        for k in ('lead', 'support'):
            if not set(c[k]) <= set(c['bodies']):
                errors.append('%s: %s not subset of bodies' % (tag, k))
        if set(c['lead']) & set(c['support']):
            errors.append('%s: a body is both lead and support' % tag)
        key = (c['doc'], c['unit'])
        for b in c['bodies']:
            if b not in unit_bodies[key]:
                unit_bodies[key].append(b)
            if c['unit'] not in body_units[(c['doc'], b)]:
                body_units[(c['doc'], b)].append(c['unit'])
        if c['split'] != SPLIT:
            errors.append('%s: split' % tag)
    # conventions: every later labelled clause of that doc gets its first body as lead
    conv_docs = {c['doc'] for c in cls if c['form'] == 'convention'}
    for c in cls:
        if c['doc'] in conv_docs and c['form'] != 'convention' and c['lead'] != c['bodies'][:1]:
            errors.append('clause %s %s: convention says first body is lead' % (c['doc'], c['unit']))

    # order of units in a document
    def unit_order(doc):
        order = []
        for _, _, p in segments(texts[doc]):
            if p not in order:
                order.append(p)
        return order

    # ---- question checks
    ids = Counter(r['id'] for r in qs)
    for k, v in ids.items():
        if v > 1:
            errors.append('duplicate id %s' % k)
    per_doc = Counter(r['doc'] for r in qs)
    unans = Counter(r['doc'] for r in qs if not r['answerable'])
    for d in texts:
        if per_doc[d] != 12:
            errors.append('%s: %d questions (want 12)' % (d, per_doc[d]))
        if unans[d] != 2:
            errors.append('%s: %d unanswerable (want 2)' % (d, unans[d]))
    for r in qs:
        t = texts[r['doc']]
        tag = r['id']
        if r['split'] != SPLIT:
            errors.append('%s: split' % tag)
        if r['style'] not in ('doc', 'everyday'):
            errors.append('%s: style' % tag)
        if not r['answerable']:
            if r['gold_units']:
                errors.append('%s: unanswerable with gold_units' % tag)
            continue
        for u in r['gold_units']:
            if u not in unit_paths(t):
                errors.append('%s: gold unit %s is not a heading of the document' % (tag, u))
        if r['intent'] in ('fact', 'document'):
            if not r.get('figure'):
                errors.append('%s: no figure' % tag)
            elif r['figure'] not in t:
                errors.append('%s: figure %r not in document' % (tag, r['figure']))
        if r['intent'] == 'document' and r['gold_units']:
            errors.append('%s: document question with gold_units' % tag)
        if r['intent'] == 'responsibility':
            gb, gl = r.get('gold_bodies', []), r.get('gold_lead', [])
            if not gb:
                errors.append('%s: no gold_bodies' % tag)
            for b in gb:
                if b not in t:
                    errors.append('%s: gold body %s not in document' % (tag, b))
            if not set(gl) <= set(gb):
                errors.append('%s: gold_lead not subset of gold_bodies' % tag)
            for u in r['gold_units']:
                ub = unit_bodies.get((r['doc'], u))
                if ub is None:
                    errors.append('%s: no clause annotated in unit %s' % (tag, u))
                elif ub != gb:
                    if set(ub) == set(gb):
                        errors.append('%s: gold_bodies order differs from text order %s' % (tag, ub))
                    elif set(gb) < set(ub):
                        warnings.append('%s: gold_bodies a subset of the unit bodies %s' % (tag, ub))
                    else:
                        errors.append('%s: gold_bodies %s differ from unit bodies %s' % (tag, gb, ub))
                leads = []
                for c in cls:
                    if c['doc'] == r['doc'] and c['unit'] == u:
                        leads += [x for x in c['lead'] if x not in leads]
                if leads != gl:
                    errors.append('%s: gold_lead %s differs from clause leads %s' % (tag, gl, leads))
            for b in gb:
                if not any(b in c['bodies'] for c in cls if c['doc'] == r['doc']):
                    errors.append('%s: gold body %s in no clause' % (tag, b))
        if r['intent'] == 'bureau_tasks':
            want = body_units.get((r['doc'], r['body']))
            if not want:
                errors.append('%s: body %s named in no clause' % (tag, r['body']))
            else:
                order = unit_order(r['doc'])
                want = sorted(want, key=order.index)
                if r['gold_units'] != want:
                    errors.append('%s: bureau_tasks gold %s, clauses give %s' % (tag, r['gold_units'], want))
            if r['body'] not in t:
                errors.append('%s: body not in document' % tag)
        if r['question'] in t:
            errors.append('%s: question copies a sentence of the text' % tag)

    # ---- summary
    print('documents: %d, questions: %d, clauses: %d' % (len(texts), len(qs), len(cls)))
    print('by intent:', dict(Counter(r['intent'] for r in qs)))
    print('answerable:', dict(Counter(r['answerable'] for r in qs)))
    print('by style:', dict(Counter(r['style'] for r in qs)))
    print('responsibility with a lead:', sum(1 for r in qs if r['intent'] == 'responsibility' and r.get('gold_lead')))
    print('clauses by form:', dict(Counter(c['form'] for c in cls)))
    print('clauses by doc:', dict(Counter(c['doc'] for c in cls)))
    for d in sorted(texts):
        print('units of %s: %s' % (d, ' '.join(unit_order(d))))
    for w in warnings:
        print('WARNING:', w)
    for e in errors:
        print('ERROR:', e)
    print('%d errors, %d warnings' % (len(errors), len(warnings)))
    return 1 if errors else 0


if __name__ == '__main__':
    sys.exit(main())
