# parse label paths and their spans from a fresh2 document body
import re
CN = "一二三四五六七八九十"
def is_cn(s): return all(c in CN for c in s) and s
PART = re.compile(r'^([一二三四五六七八九十]+)、')
ART = re.compile(r'^[（(]([一二三四五六七八九十]+)[）)]')
ITEM = re.compile(r'^(\d+)[\.．、]')
SUB = re.compile(r'^[（(](\d+)[）)]')
DEC = re.compile(r'^(\d+(?:\.\d+)*)\s*\S')
def body_of(path):
    s = open(path, encoding='utf-8').read()
    return s[s.index('\n---\n') + 5:]
def parse(body, mode='cn', start_marker=None):
    """returns list of (label, level, start) ; level: smaller = higher"""
    out = []
    off = 0
    begin = body.index(start_marker) if start_marker else 0
    stack = {}
    in_att = False
    for line in body.split('\n'):
        pos = off; off += len(line) + 1
        if pos < begin or not line.strip():
            continue
        t = line.strip()
        if re.match(r'^附件\d*$', t):
            in_att = True; out.append(('附件', 0, pos)); stack = {}; continue
        if in_att:
            continue
        if mode == 'dec':
            m = re.match(r'^(\d+(?:\.\d+)*) ?[^\d\.\s]', t)
            if m and not re.match(r'^\d+\.\d*[^\d]', t[:len(m.group(1))+1]) or (m and '.' in m.group(1)) or (m and re.match(r'^\d+ ', t)):
                lab = m.group(1); lv = lab.count('.') + 1
                stack = {k: v for k, v in stack.items() if k < lv}; stack[lv] = lab
                out.append((lab, lv, pos)); continue
            m = SUB.match(t)
            if m and stack:
                lv = 9; par = stack[max(stack)] if max(stack) < 9 else stack[max(k for k in stack if k < 9)]
                lab = par + '（%s）' % m.group(1)
                stack = {k: v for k, v in stack.items() if k < lv}; stack[lv] = lab
                out.append((lab, lv, pos)); continue
            continue
        m = PART.match(t)
        if m:
            lab = m.group(1) + '、'; stack = {1: lab}; out.append((lab, 1, pos)); continue
        m = ART.match(t)
        if m:
            lab = stack.get(1, '') + '（%s）' % m.group(1); stack = {k: v for k, v in stack.items() if k < 2}; stack[2] = lab
            out.append((lab, 2, pos)); continue
        m = ITEM.match(t)
        if m:
            par = stack.get(2) or stack.get(1, '')
            lab = par + m.group(1) + '.'; stack = {k: v for k, v in stack.items() if k < 3}; stack[3] = lab
            out.append((lab, 3, pos)); continue
    return out
def spans(body, heads):
    res = {}
    for i, (lab, lv, st) in enumerate(heads):
        end = len(body)
        for lab2, lv2, st2 in heads[i + 1:]:
            if lv2 <= lv:
                end = st2; break
        if lab in res:  # repeated label (e.g. 附件1/附件2): extend
            res[lab] = (res[lab][0], end)
        else:
            res[lab] = (st, end)
    return res
