# Checks eval/fresh17: JSON validity, ids, counts, quotes/figures verbatim, label paths, bodies/leads/task lists.
# Run: python3 _check/check.py   (system python3, standard library only)
import json, os, re, sys, collections
ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
DOCS = os.path.join(ROOT, "docs")
SPLIT = "fresh17"
CN = "一二三四五六七八九十"
errors, warnings = [], []
def err(m): errors.append(m)
def warn(m): warnings.append(m)

def cn2int(s):
    if s == "十": return 10
    if s.startswith("十"): return 10 + CN.index(s[1]) + 1
    if s.endswith("十"): return (CN.index(s[0]) + 1) * 10
    if "十" in s: a, b = s.split("十"); return (CN.index(a) + 1) * 10 + CN.index(b) + 1
    return CN.index(s) + 1
def int2cn(n):
    if n <= 10: return CN[n - 1]
    if n < 20: return "十" + CN[n - 11]
    t, u = divmod(n, 10); return CN[t - 1] + "十" + (CN[u - 1] if u else "")

def label_lines(text):
    """Return list of (line, label_path) and the set of all label paths in the text (SPEC normalisation)."""
    out, labels = [], set()
    part = art = item = None
    law = None; kuan = 0
    seen_heading = False
    for line in text.split("\n"):
        if not line.strip():
            continue
        s = line.strip()
        m_part = re.match(r"^([一二三四五六七八九十]+)[、.．]", s)
        m_art = re.match(r"^[（(]([一二三四五六七八九十]+)[）)]", s)
        m_item = re.match(r"^(\d+)\s*[.．、]", s)
        m_law = re.match(r"^第([一二三四五六七八九十百]+)条", s)
        m_chap = re.match(r"^第[一二三四五六七八九十]+章", s)
        if m_law:
            law = "第%s条" % m_law.group(1); kuan = 1; seen_heading = True
            path = law; labels.add(law); labels.add(law + "第一款")
            out.append((line, law + "第一款")); continue
        if m_chap:
            seen_heading = True; out.append((line, None)); continue
        if law is not None:
            kuan += 1; p = law + "第%s款" % int2cn(kuan); labels.add(p); out.append((line, p)); continue
        if m_part:
            part = m_part.group(1) + "、"; art = item = None; seen_heading = True
            labels.add(part); out.append((line, part)); continue
        if m_art and part is not None:
            art = "（%s）" % m_art.group(1); item = None; p = part + art; labels.add(p); out.append((line, p)); continue
        if m_item and (part is not None or art is not None):
            item = m_item.group(1) + "."; p = (part or "") + (art or "") + item; labels.add(p); out.append((line, p)); continue
        if not seen_heading:
            labels.add("前言"); out.append((line, "前言")); continue
        p = (part or "") + (art or "") + (item or "")
        out.append((line, p or None))
    return out, labels

texts = {}
for fn in sorted(os.listdir(DOCS)):
    if fn.endswith(".txt"):
        with open(os.path.join(DOCS, fn), encoding="utf-8") as f:
            texts[fn[:-4]] = f.read()
labelled = {d: label_lines(t) for d, t in texts.items()}

def load(name):
    rows = []
    with open(os.path.join(ROOT, name), encoding="utf-8") as f:
        for i, line in enumerate(f, 1):
            if not line.strip():
                err(f"{name}:{i}: empty line"); continue
            try:
                rows.append(json.loads(line))
            except Exception as e:
                err(f"{name}:{i}: invalid JSON ({e})")
    return rows
clauses = load("clauses.jsonl")
questions = load("questions.jsonl")

# ---- clauses
FORMS = {"tail", "tail-lead", "labelled", "sentence-lead", "huitong", "fuze-sentence", "members", "table-row", "convention"}
by_doc_unit = collections.defaultdict(list)
for c in clauses:
    d = c.get("doc")
    for k in ("doc", "unit", "quote", "bodies", "lead", "support", "form", "split"):
        if k not in c: err(f"clause {c.get('quote','?')[:15]}: missing {k}")
    if d not in texts: err(f"clause doc {d} has no text"); continue
    if c["split"] != SPLIT: err(f"clause {c['quote'][:15]}: split {c['split']}")
    if c["form"] not in FORMS: err(f"clause {c['quote'][:15]}: form {c['form']}")
    if c["quote"] not in texts[d]: err(f"clause quote not verbatim in {d}: {c['quote'][:30]}")
    pos = 0
    for b in c["bodies"]:
        j = c["quote"].find(b, pos)
        if j < 0: err(f"clause {d} {c['unit']}: body {b} not in quote (in order)")
        else: pos = j + len(b)
    for b in c["lead"] + c["support"]:
        if b not in c["bodies"]: err(f"clause {d} {c['unit']}: lead/support {b} not among bodies")
    if set(c["lead"]) & set(c["support"]): err(f"clause {d} {c['unit']}: body both lead and support")
    lines, labels = labelled[d]
    if c["unit"] not in labels: err(f"clause {d}: unit {c['unit']} not a label path of the text")
    hit = [p for (ln, p) in lines if c["quote"][:12] in ln]
    if not hit: err(f"clause {d} {c['unit']}: quote line not found")
    elif hit[0] != c["unit"]: err(f"clause {d}: quote sits in {hit[0]}, annotated {c['unit']}")
    by_doc_unit[(d, c["unit"])].append(c)

# ---- questions
INTENTS = {"responsibility", "bureau_tasks", "fact", "document", "requirement", "other"}
ids = [q.get("id") for q in questions]
dups = [i for i, n in collections.Counter(ids).items() if n > 1]
if dups: err(f"duplicate ids: {dups}")
if len(questions) != 60: err(f"{len(questions)} questions, expected 60")
unans = [q for q in questions if q.get("answerable") is False]
if len(unans) != 10: err(f"{len(unans)} unanswerable, expected 10")
per_doc = collections.Counter(q["doc"] for q in questions)
per_doc_un = collections.Counter(q["doc"] for q in unans)
for d in texts:
    if per_doc[d] != 12: err(f"{d}: {per_doc[d]} questions, expected 12")
    if per_doc_un[d] != 2: err(f"{d}: {per_doc_un[d]} unanswerable, expected 2")
for q in questions:
    qid, d = q["id"], q["doc"]
    n = ids.index(qid)
    if d not in texts: err(f"{qid}: unknown doc"); continue
    if not re.fullmatch(rf"{SPLIT}-{re.escape(d)}-(0[1-9]|1[0-2])", qid): err(f"{qid}: id form")
    for k in ("id", "doc", "question", "intent", "answerable", "gold_units", "style", "split"):
        if k not in q: err(f"{qid}: missing {k}")
    if q["split"] != SPLIT: err(f"{qid}: split")
    if q["intent"] not in INTENTS: err(f"{qid}: intent {q['intent']}")
    if q["style"] not in ("doc", "everyday"): err(f"{qid}: style")
    lines, labels = labelled[d]
    for u in q["gold_units"]:
        if u not in labels: err(f"{qid}: gold unit {u} not a label path of the text")
    # no whole sentence copied: longest common substring with the text
    qs = q["question"]; best = 0
    for i in range(len(qs)):
        for j in range(i + best + 1, len(qs) + 1):
            if qs[i:j] in texts[d]: best = j - i
            else: break
    if best >= 25: warn(f"{qid}: question shares {best} consecutive characters with the text")
    if not q["answerable"]:
        if q["gold_units"] or q.get("gold_bodies") or q.get("figure"): err(f"{qid}: unanswerable with golds")
        continue
    if q["intent"] == "document":
        if q["gold_units"]: err(f"{qid}: document question with units")
    elif not q["gold_units"]:
        err(f"{qid}: answerable question without units")
    if q["intent"] in ("fact", "document"):
        fig = q.get("figure")
        if not fig: err(f"{qid}: no figure")
        elif fig not in texts[d]: err(f"{qid}: figure {fig} not verbatim in text")
        elif q["intent"] == "fact":
            if not any(fig in ln and p in q["gold_units"] for (ln, p) in lines) and \
               not any(fig in ln and any(p and p.startswith(u) for u in q["gold_units"]) for (ln, p) in lines):
                err(f"{qid}: figure not inside a gold unit")
    if q["intent"] == "responsibility":
        gb, gl = q.get("gold_bodies"), q.get("gold_lead")
        if gb is None or gl is None: err(f"{qid}: missing gold_bodies/gold_lead"); continue
        ok = False
        for u in q["gold_units"]:
            for c in by_doc_unit.get((d, u), []):
                if c["bodies"] == gb and set(gl) <= set(c["lead"]) and gl == [b for b in c["bodies"] if b in gl]:
                    ok = True
        if not ok: err(f"{qid}: gold_bodies/gold_lead match no clause of its gold units")
        for u in q["gold_units"]:
            if (d, u) in by_doc_unit:
                leads = [b for c in by_doc_unit[(d, u)] for b in c["lead"]]
                if leads and not gl: err(f"{qid}: unit {u} has a lead but gold_lead is empty")
    if q["intent"] == "bureau_tasks":
        b = q.get("body")
        if not b: err(f"{qid}: no body"); continue
        if b not in texts[d]: err(f"{qid}: body {b} not in text")
        expect = []
        for c in clauses:
            if c["doc"] == d and b in c["bodies"] and c["unit"] not in expect:
                expect.append(c["unit"])
        order = {p: i for i, (ln, p) in enumerate(lines) if p}
        expect.sort(key=lambda u: min(i for i, (ln, p) in enumerate(lines) if p == u))
        if q["gold_units"] != expect: err(f"{qid}: task list {q['gold_units']} != clauses {expect}")

# ---- report
print("docs:", len(texts), "| questions:", len(questions), "| unanswerable:", len(unans), "| clauses:", len(clauses))
print("intent:", dict(collections.Counter(q["intent"] for q in questions)))
print("intent (answerable):", dict(collections.Counter(q["intent"] for q in questions if q["answerable"])))
print("style:", dict(collections.Counter(q["style"] for q in questions)))
print("clause forms:", dict(collections.Counter(c["form"] for c in clauses)))
print("clauses per doc:", dict(collections.Counter(c["doc"] for c in clauses)))
print("responsibility with a lead:", sum(1 for q in questions if q.get("gold_lead")))
for w in warnings: print("WARNING", w)
for e in errors: print("ERROR", e)
print(f"{len(errors)} errors, {len(warnings)} warnings")
sys.exit(1 if errors else 0)
