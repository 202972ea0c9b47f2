#!/usr/bin/env python3
"""Duplicate check for eval/fresh14 documents.

For each document in ../docs, compares its title, its 文号 and a few of its long
sentences against every .txt/.html file under /work/shared (recursively), under
/work/main/eval/*/docs and under /work/main/corpus.  Prints ONLY
"<docid> duplicate of <path>" or "<docid> new" -- never any content of the
other files.

A file counts as a duplicate when (title or 文号 matches and at least one long
sentence matches) or when at least two long sentences match.
"""
import glob, html, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, '..', 'docs')
MINE = os.path.realpath(DOCS)

FW = str.maketrans({'（': '(', '）': ')', '，': ',', '：': ':', '；': ';', '〈': '<', '〉': '>',
                    '！': '!', '？': '?', '　': ' ', '“': '"', '”': '"', '《': '<', '》': '>'})


def norm(s):
    s = s.translate(FW)
    return re.sub(r'\s+', '', s)


def strip_html(s):
    s = re.sub(r'(?is)<(script|style)[^>]*>.*?</\1>', ' ', s)
    s = re.sub(r'(?i)<br\s*/?>|</p>|</tr>|</div>', '\n', s)
    s = re.sub(r'<[^>]+>', '', s)
    return html.unescape(s)


def features(text):
    lines = [l.strip() for l in text.splitlines() if l.strip()]
    title = next((l for l in lines if '通知' in l or '意见' in l or '方案' in l), lines[0])
    m = re.search(r'[\u4e00-\u9fff]{1,6}〔\d{4}〕\s?\d+\s?号', text)
    wenhao = m.group(0) if m else None
    sents = [s for s in re.split(r'[。;；]', text) if len(norm(s)) >= 30]
    sents.sort(key=lambda s: -len(s))
    picks = [norm(s)[:40] for s in sents[:4]]
    return norm(title), (norm(wenhao) if wenhao else None), picks


def candidates():
    roots = ['/work/shared', '/work/main/corpus'] + glob.glob('/work/main/eval/*/docs')
    for root in roots:
        for dp, dn, fn in os.walk(root):
            if os.path.realpath(dp).startswith(MINE):
                continue
            for f in fn:
                if f.lower().endswith(('.txt', '.html', '.htm')):
                    yield os.path.join(dp, f)


def main():
    texts = {}
    for p in candidates():
        try:
            s = open(p, encoding='utf-8', errors='ignore').read()
        except OSError:
            continue
        if p.lower().endswith(('.html', '.htm')):
            s = strip_html(s)
        texts[p] = norm(s)
    for path in sorted(glob.glob(os.path.join(DOCS, '*.txt'))):
        docid = os.path.basename(path)[:-4]
        title, wenhao, picks = features(open(path, encoding='utf-8').read())
        dup = None
        for p, t in texts.items():
            ts = (title in t) or (wenhao is not None and wenhao in t)
            n = sum(1 for s in picks if s in t)
            if (ts and n >= 1) or n >= 2:
                dup = p
                break
        print(f'{docid} duplicate of {dup}' if dup else f'{docid} new')


if __name__ == '__main__':
    main()
