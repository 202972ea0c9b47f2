# Checks ../questions.jsonl and ../clauses.jsonl against ../docs/*.txt (standard library only).
# Run: cd eval/fresh11/_check && python3 check.py   (exit code 0 = no error)
import json, os, re, sys, collections
HERE = os.path.dirname(os.path.abspath(__file__)); ROOT = os.path.dirname(HERE); SPLIT = 'fresh11'
PART = re.compile(r'^([一二三四五六七八九十]+)、')
ART = re.compile(r'^[（(]([一二三四五六七八九十]+)[）)]')
ITEM = re.compile(r'^(\d+)[\.．、](?!\d)')
SUB = re.compile(r'^[（(](\d+)[）)]')
LAW = re.compile(r'^第([一二三四五六七八九十百]+)条')
ATT = re.compile(r'^附件(\d*[：:]|\d*$)')
INTENTS = {'responsibility', 'bureau_tasks', 'fact', 'document', 'requirement', 'other'}

def parse(body):
    """Label paths (label, level, start). Text before the first heading is 前言; from a line 附件：… / 附件N on, 附件."""
    out, off, stack, att = [('前言', 0, 0)], 0, {}, False
    for line in body.split('\n'):
        pos = off; off += len(line) + 1; t = line.strip()
        if not t or pos == 0: continue
        if ATT.match(t):
            if not att: out.append(('附件', 0, pos))
            att = True; continue
        if att: continue
        m = LAW.match(t)
        if m: lab = '第%s条' % m.group(1); stack = {1: lab}; out.append((lab, 1, pos)); continue
        m = PART.match(t)
        if m: lab = m.group(1) + '、'; stack = {1: lab}; out.append((lab, 1, pos)); continue
        m = ART.match(t)
        if m:
            lab = stack.get(1, '') + '（%s）' % m.group(1); stack = {k: v for k, v in stack.items() if k < 2}; stack[2] = lab
            out.append((lab, 2, pos)); continue
        m = ITEM.match(t)
        if m and 1 in stack:
            par = stack.get(2) or stack[1]; lab = par + m.group(1) + '.'
            stack = {k: v for k, v in stack.items() if k < 3}; stack[3] = lab; out.append((lab, 3, pos)); continue
        m = SUB.match(t)
        if m and 3 in stack:
            lab = stack[3] + '（%s）' % m.group(1); stack[4] = lab; out.append((lab, 4, pos)); continue
    return out

def spans(body, heads):
    res = {}
    for i, (lab, lv, st) in enumerate(heads):
        end = len(body)
        for lab2, lv2, st2 in heads[i + 1:]:
            if lab == '前言' or lv2 <= lv: end = st2; break
        res[lab] = (st, end)
    return res

def load(name, errors):
    rows = []
    for i, line in enumerate(open(os.path.join(ROOT, name), encoding='utf-8'), 1):
        try: rows.append(json.loads(line))
        except Exception as e: errors.append('%s line %d: not JSON (%s)' % (name, i, e))
    return rows

def main():
    errors, warns = [], []
    texts, heads, sp = {}, {}, {}
    for fn in sorted(os.listdir(os.path.join(ROOT, 'docs'))):
        did = fn[:-4]; body = open(os.path.join(ROOT, 'docs', fn), encoding='utf-8').read()
        if not body.startswith('# '): errors.append(did + ': first line is not "# title"')
        if 'source:' in body.split('\n')[1:3]: errors.append(did + ': source line in doc')
        texts[did] = body; heads[did] = parse(body); sp[did] = spans(body, heads[did])
        labs = [h[0] for h in heads[did]]
        for l, c in collections.Counter(labs).items():
            if c > 1: errors.append('%s: duplicate label %s' % (did, l))
        print('== %s: %d chars, %d labels: %s' % (did, len(body), len(labs), ' '.join(labs)))
    clauses = load('clauses.jsonl', errors); questions = load('questions.jsonl', errors)
    for c in clauses:
        for k in ('doc', 'unit', 'quote', 'bodies', 'lead', 'support', 'form', 'split'):
            if k not in c: errors.append('clause without %s: %r' % (k, c.get('quote', '')[:30]))
        did = c['doc']
        if did not in texts: errors.append('clause of unknown doc ' + did); continue
        body = texts[did]
        if c['split'] != SPLIT: errors.append('clause split %r' % c['split'])
        if c['quote'] not in body: errors.append('clause quote not in %s: %r' % (did, c['quote'][:50])); continue
        if c['unit'] not in sp[did]: errors.append('clause unit %r not a label of %s' % (c['unit'], did)); continue
        a, b = sp[did][c['unit']]
        if not any(a <= m.start() and m.end() <= b for m in re.finditer(re.escape(c['quote']), body)):
            errors.append('clause quote not inside unit %s of %s: %r' % (c['unit'], did, c['quote'][:40]))
        pos = [c['quote'].find(x) for x in c['bodies']]
        if -1 in pos: errors.append('clause body not in quote (%s %s): %s' % (did, c['unit'], c['bodies']))
        elif pos != sorted(pos): warns.append('clause bodies not in text order (%s %s)' % (did, c['unit']))
        for x in c['lead'] + c['support']:
            if x not in c['bodies']: errors.append('lead/support %r not among bodies (%s %s)' % (x, did, c['unit']))
    ids = set()
    for q in questions:
        did = q.get('doc')
        for k in ('id', 'doc', 'question', 'intent', 'answerable', 'gold_units', 'style', 'split'):
            if k not in q: errors.append('%s: no %s' % (q.get('id'), k))
        if q['id'] in ids: errors.append('duplicate id ' + q['id'])
        ids.add(q['id'])
        if not re.match(r'^pol-fresh11-[a-z]+-\d\d$', q['id']): errors.append('bad id ' + q['id'])
        if q['intent'] not in INTENTS: errors.append(q['id'] + ': intent ' + q['intent'])
        if q['style'] not in ('doc', 'everyday'): errors.append(q['id'] + ': style')
        if q['split'] != SPLIT: errors.append(q['id'] + ': split')
        if did not in texts: errors.append(q['id'] + ': unknown doc'); continue
        body = texts[did]
        if not q['answerable']:
            if q['gold_units']: errors.append(q['id'] + ': unanswerable with gold units')
            continue
        for u in q['gold_units']:
            if u not in sp[did]: errors.append('%s: gold unit %r not a label of %s' % (q['id'], u, did))
        segs = [body[slice(*sp[did][u])] for u in q['gold_units'] if u in sp[did]]
        if q['intent'] in ('fact', 'document'):
            f = q.get('figure')
            if not f: errors.append(q['id'] + ': no figure')
            elif f not in body: errors.append('%s: figure %r not in text' % (q['id'], f))
            elif q['intent'] == 'fact' and not any(f in s for s in segs): errors.append('%s: figure not in gold units' % q['id'])
            if q['intent'] == 'document' and q['gold_units']: errors.append(q['id'] + ': document question with units')
        if q['intent'] == 'responsibility':
            gb, gl = q.get('gold_bodies', []), q.get('gold_lead', [])
            if not gb: errors.append(q['id'] + ': no gold_bodies')
            for x in gb + gl:
                if x not in body: errors.append('%s: gold body %r not in doc text' % (q['id'], x))
                elif not any(x in s for s in segs): errors.append('%s: gold body %r not in gold units' % (q['id'], x))
            for x in gl:
                if x not in gb: errors.append('%s: lead %r not among bodies' % (q['id'], x))
            cl = [c for c in clauses if c['doc'] == did and c['unit'] in q['gold_units'] and c['bodies'] == gb]
            if not cl: errors.append('%s: no clause of its units has exactly its gold bodies in that order' % q['id'])
            elif not any(c['lead'] == gl for c in cl): errors.append('%s: gold_lead differs from the clause lead' % q['id'])
        if q['intent'] == 'bureau_tasks':
            b = q.get('body', '')
            if b not in body: errors.append('%s: body %r not in text' % (q['id'], b))
            order = [h[0] for h in heads[did]]
            want = sorted({c['unit'] for c in clauses if c['doc'] == did and b in c['bodies']}, key=order.index)
            if want != q['gold_units']: errors.append('%s: bureau_tasks gold %s != clause units %s' % (q['id'], q['gold_units'], want))
    print('\nquestions: %d %s' % (len(questions), dict(collections.Counter(q['doc'] for q in questions))))
    print('intents:', dict(collections.Counter(q['intent'] for q in questions)))
    print('styles:', dict(collections.Counter(q['style'] for q in questions)), 'answerable:', dict(collections.Counter(q['answerable'] for q in questions)))
    print('clauses: %d %s' % (len(clauses), dict(collections.Counter(c['doc'] for c in clauses))))
    print('forms:', dict(collections.Counter(c['form'] for c in clauses)))
    for w in warns: print('WARN', w)
    for e in errors: print('ERROR', e)
    print('\n%d errors, %d warnings' % (len(errors), len(warns)))
    return 1 if errors else 0

if __name__ == '__main__':
    sys.exit(main())
