# Builds eval/fresh10/docs/*.txt, questions.jsonl and clauses.jsonl from the raw copies in this folder and checks them.
# System python only, no project imports.  Run:  cd eval/fresh10/_check && python3 build.py > build.log
import json, re, os, sys, collections
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
SPLIT = "fresh10"
sys.path.insert(0, HERE)
from data import DOCS, QUESTIONS, CLAUSES  # the hand-written golds (data.py in this folder)

CN = '一二三四五六七八九十百'
PART = re.compile(r'^([一二三四五六七八九十]+)、')
ART = re.compile(r'^[（(]([一二三四五六七八九十]+)[）)]')
ITEM = re.compile(r'^(\d+)[\.．、]')
SUB = re.compile(r'^[（(](\d+)[）)]')
LAW = re.compile(r'^第([一二三四五六七八九十百]+)条')
CHAPTER = re.compile(r'^第[一二三四五六七八九十]+章')
ATT = re.compile(r'^附件(\d*[：:]|\d*$)')


def doc_text(raw):
    """The stored Markdown file from its '# title' line on (YAML front matter and the repository's disclaimer left out)."""
    t = raw['text']
    i = t.index('\n# ') + 1
    return t[i:]


def parse(body, extras=()):
    """Heading labels (label, level, start offset). Text before the first heading is 前言; everything after a
    line 附件：… / 附件N is 附件. Law-like articles 第X条 with items （一） → 第X条第（一）项."""
    out, off, stack, att, law = [('前言', 0, 0)], 0, {}, False, None
    for line in body.split('\n'):
        pos = off; off += len(line) + 1
        t = line.strip()
        if not t: continue
        if ATT.match(t):
            if not att: out.append(('附件', 0, pos))
            att = True; continue
        if att or CHAPTER.match(t): continue
        m = LAW.match(t)
        if m:
            law = '第%s条' % m.group(1); stack = {1: law}; out.append((law, 1, pos)); continue
        m = PART.match(t)
        if m:
            lab = m.group(1) + '、'; stack = {1: lab}; out.append((lab, 1, pos)); continue
        m = ART.match(t)
        if m:
            if law:
                lab = law + '第（%s）项' % m.group(1)
            else:
                lab = stack.get(1, '') + '（%s）' % m.group(1)
            stack = {k: v for k, v in stack.items() if k < 2}; stack[2] = lab
            out.append((lab, 2, pos)); continue
        m = ITEM.match(t)
        if m and not law:
            par = stack.get(2) or stack.get(1, '')
            lab = par + m.group(1) + '.'; stack = {k: v for k, v in stack.items() if k < 3}; stack[3] = lab
            out.append((lab, 3, pos)); continue
        m = SUB.match(t)
        if m and 3 in stack:
            lab = stack[3] + '（%s）' % m.group(1); stack[4] = lab
            out.append((lab, 4, pos)); continue
    for lab, lv, anchor in extras:          # paragraphs with no printed label (e.g. 第八条第二款)
        out.append((lab, lv, body.index(anchor)))
    out.sort(key=lambda x: x[2])
    return out


def spans(body, heads):
    res = {}
    for i, (lab, lv, st) in enumerate(heads):
        end = len(body)
        for lab2, lv2, st2 in heads[i + 1:]:
            if lab == '前言' or lv2 <= lv: end = st2; break
        res[lab] = (st, end)
    return res


def main():
    errors, warns = [], []
    texts, heads, sp = {}, {}, {}
    print('fresh10 build', '(python %s)' % sys.version.split()[0])
    for did, d in DOCS.items():
        raw = json.load(open(os.path.join(HERE, d['raw']), encoding='utf-8'))
        if len(raw['text']) != raw['total_chars']:
            errors.append('%s: raw length %d != total_chars %d reported by read_file' % (did, len(raw['text']), raw['total_chars']))
        body = doc_text(raw)
        path = os.path.join(ROOT, 'docs', did + '.txt')
        h = d['header']
        head = ''.join('%s: %s\n' % (k, h[k]) for k in ('title', 'issuer', 'doc_number', 'date'))
        head += 'source: %s (commit %s; code index file id %s; read in full with read_file from the code-search index; %s). ' \
                'Copied from the `# title` line on; the repository\'s YAML front matter and disclaimer left out ' \
                '(%d + %d = %d characters, the file\'s total).%s\n' % (
                    raw['repo'] + '/' + raw['path'], raw['commit'], raw['id'], h['extracted'],
                    len(raw['text']) - len(body), len(body), raw['total_chars'], (' ' + h['notes']) if h.get('notes') else '')
        head += 'completeness: full\n---\n'
        if not body.lstrip().startswith('# ' + h['title']):
            errors.append('%s: header title differs from the # title line' % did)
        full = head + body
        old = open(path, encoding='utf-8').read() if os.path.exists(path) else None
        if old != full:
            open(path, 'w', encoding='utf-8').write(full)
        texts[did] = body
        heads[did] = parse(body, d.get('extras', ()))
        sp[did] = spans(body, heads[did])
        labs = [h[0] for h in heads[did]]
        dup = [l for l, c in collections.Counter(labs).items() if c > 1]
        if dup: errors.append('%s: duplicate labels %s' % (did, dup))
        print('\n== %s: %d chars (raw %d), %d labels' % (did, len(body), raw['total_chars'], len(labs)))
        print('   labels:', ' '.join(labs))
    # clauses
    out_c = []
    for c in CLAUSES:
        did = c['doc']; body = texts[did]
        rec = dict(doc=did, unit=c['unit'], quote=c['quote'], bodies=c['bodies'], lead=c.get('lead', []),
                   support=c.get('support', []), form=c['form'])
        if c.get('note'): rec['note'] = c['note']
        rec['split'] = SPLIT
        out_c.append(rec)
        n = body.count(c['quote'])
        if n == 0:
            errors.append('clause quote not in %s: %r' % (did, c['quote'][:60])); continue
        if c['unit'] not in sp[did]:
            errors.append('clause unit %r not a label of %s' % (c['unit'], did)); continue
        a, b = sp[did][c['unit']]
        if not any(a <= m.start() and m.start() + len(c['quote']) <= b for m in re.finditer(re.escape(c['quote']), body)):
            errors.append('clause quote not inside unit %s of %s: %r' % (c['unit'], did, c['quote'][:40]))
        for x in rec['bodies']:
            if x not in c['quote'] and c['form'] != 'convention':
                errors.append('clause body %r not in its quote (%s %s)' % (x, did, c['unit']))
        for x in rec['lead'] + rec['support']:
            if x not in rec['bodies']: errors.append('lead/support %r not among bodies (%s %s)' % (x, did, c['unit']))
        if c['form'] != 'convention':
            pos = []
            for x in rec['bodies']:
                p = c['quote'].find(x, pos[-1] + 1 if pos else 0)
                pos.append(p if p >= 0 else c['quote'].find(x))
            if pos != sorted(pos): warns.append('clause bodies not in quote order (%s %s): %s' % (did, c['unit'], rec['bodies']))
            if len(set(rec['bodies'])) != len(rec['bodies']): errors.append('clause body listed twice (%s %s)' % (did, c['unit']))
    seen = collections.Counter((c['doc'], c['quote']) for c in CLAUSES)
    for k, n in seen.items():
        if n > 1: errors.append('clause annotated %d times: %s %r' % (n, k[0], k[1][:40]))
    # questions
    out_q, ids = [], set()
    cnt = collections.Counter(); sty = collections.Counter(); ans = collections.Counter(); perdoc = collections.Counter()
    for q in QUESTIONS:
        did = q['doc']; body = texts[did]
        if q['id'] in ids: errors.append('duplicate id ' + q['id'])
        ids.add(q['id'])
        rec = dict(id=q['id'], doc=did, question=q['question'], intent=q['intent'], answerable=q.get('answerable', True),
                   gold_units=q.get('gold_units', []))
        for k in ('gold_bodies', 'gold_lead', 'body', 'figure'):
            if k in q: rec[k] = q[k]
        rec['style'] = q['style']; rec['split'] = SPLIT
        if q.get('note'): rec['note'] = q['note']
        out_q.append(rec)
        cnt[q['intent']] += 1; sty[q['style']] += 1; ans[rec['answerable']] += 1; perdoc[did] += 1
        if not rec['answerable']:
            if rec['gold_units']: errors.append(q['id'] + ': unanswerable with gold_units')
            if 'must_not' in q:
                for s in q['must_not']:
                    if s in body: errors.append(q['id'] + ': the "absent" string %r occurs in the text' % s)
            continue
        for u in rec['gold_units']:
            if u not in sp[did]: errors.append('%s: gold unit %r not a label of %s' % (q['id'], u, did))
        segs = [body[slice(*sp[did][u])] for u in rec['gold_units'] if u in sp[did]]
        if q['intent'] == 'fact':
            f = q['figure']
            if f not in body: errors.append('%s: figure %r not in text' % (q['id'], f))
            elif not any(f in s for s in segs): errors.append('%s: figure %r not in its gold units' % (q['id'], f))
        if q['intent'] == 'document':
            if rec['gold_units']: errors.append(q['id'] + ': document question with gold units')
            if q.get('figure_in_text', True) and q['figure'] not in body:
                errors.append('%s: document figure %r not in text' % (q['id'], q['figure']))
        if q['intent'] == 'responsibility':
            for x in q['gold_bodies'] + q.get('gold_lead', []):
                if x not in body: errors.append('%s: gold body %r not in text' % (q['id'], x))
                elif not any(x in s for s in segs): errors.append('%s: gold body %r not in its gold units' % (q['id'], x))
            for x in q.get('gold_lead', []):
                if x not in q['gold_bodies']: errors.append('%s: lead %r not among bodies' % (q['id'], x))
            # order of bodies as in the gold unit text
            s = ''.join(segs)
            pos = [s.find(x) for x in q['gold_bodies']]
            if q.get('check_order', True) and pos != sorted(pos):
                warns.append('%s: gold_bodies not in text order %s' % (q['id'], pos))
            # the bodies must be those of a clause of that unit
            cl = [c for c in CLAUSES if c['doc'] == did and c['unit'] in rec['gold_units'] and set(q['gold_bodies']) <= set(c['bodies'])]
            if not cl: warns.append('%s: no single clause of its units holds all its gold bodies' % q['id'])
        if q['intent'] == 'bureau_tasks':
            b = q['body']
            if b not in body: errors.append('%s: body %r not in text' % (q['id'], b))
            want = []
            for c in CLAUSES:
                names = {b} | set(q.get('aliases', ()))    # the same body written otherwise in the text
                if c['doc'] == did and names & set(c['bodies']) and c['unit'] not in want: want.append(c['unit'])
            order = [h[0] for h in heads[did]]
            want.sort(key=order.index)
            if want != rec['gold_units']:
                errors.append('%s: bureau_tasks gold %s != units of the clauses naming %s: %s' % (q['id'], rec['gold_units'], b, want))
    with open(os.path.join(ROOT, 'questions.jsonl'), 'w', encoding='utf-8') as f:
        for r in out_q: f.write(json.dumps(r, ensure_ascii=False) + '\n')
    with open(os.path.join(ROOT, 'clauses.jsonl'), 'w', encoding='utf-8') as f:
        for r in out_c: f.write(json.dumps(r, ensure_ascii=False) + '\n')
    print('\n== counts')
    print('questions:', len(out_q), dict(perdoc))
    print('intents:', dict(cnt)); print('styles:', dict(sty)); print('answerable:', dict(ans))
    cc = collections.Counter(c['doc'] for c in CLAUSES); print('clauses:', len(CLAUSES), dict(cc))
    print('forms:', dict(collections.Counter(c['form'] for c in CLAUSES)))
    for w in warns: print('WARN', w)
    for e in errors: print('ERROR', e)
    print('\n%d errors, %d warnings' % (len(errors), len(warns)))


if __name__ == '__main__':
    main()
