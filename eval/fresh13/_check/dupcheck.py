#!/usr/bin/env python3
"""Is any fresh13 document already in the project? Compares ids (file stems) and the first 200 characters
(whitespace removed) of each fresh13 text against every file under /work/main/eval/*/docs/ and /work/shared/
(recursively; HTML tags stripped). Prints only yes/no per document."""
import glob, html, os, re
HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(os.path.dirname(HERE), 'docs')
def norm(s):
    s = re.sub(r'<[^>]+>', '', s)
    s = html.unescape(s)
    return re.sub(r'\s+', '', s)
mine = {}
for f in sorted(glob.glob(os.path.join(DOCS, '*.txt'))):
    d = os.path.basename(f)[:-4]
    mine[d] = norm(open(f, encoding='utf-8').read())
others = [p for p in glob.glob('/work/main/eval/*/docs/**/*', recursive=True) if '/fresh13/' not in p]
others += glob.glob('/work/shared/**/*', recursive=True)
hit = {d: False for d in mine}
for p in others:
    if not os.path.isfile(p):
        continue
    stem = os.path.splitext(os.path.basename(p))[0]
    try:
        t = norm(open(p, encoding='utf-8', errors='ignore').read())
    except Exception:
        continue
    for d, txt in mine.items():
        if stem == d:
            hit[d] = True
        # any 40-char window from the first 200 characters found in the other file
        head = txt[:200]
        for i in range(0, max(1, len(head) - 40), 20):
            if head[i:i + 40] and head[i:i + 40] in t:
                hit[d] = True
                break
for d in sorted(hit):
    print('%s: %s' % (d, 'yes (already in project)' if hit[d] else 'no'))
