import json, re, sys
sys.path.insert(0, '.')
from units import body_of, parse, spans
from ann import C, Q, ATT
MODES = {"sh-hongkou-shengchan-yuan-2025": ('dec', '虹口区生产安全事故专项应急预案\n\n1 总则')}
ORDER = ["sh-shijianju-diandongche-2021", "sh-jingan-minying-2025", "sh-songjiang-qingshui-2026",
         "sh-hongkou-shengchan-yuan-2025", "sh-hongkou-jianzhulaji-2022", "sh-hongkou-chongdian-2026"]
BT = {"sh-hongkou-shengchan-yuan-2025": ("区建设管理委", "区建设管理委在这份应急预案中承担哪些职责？", "doc"),
      "sh-hongkou-jianzhulaji-2022": ("区城管执法局", "区城管执法局在建筑垃圾管理中要做哪些事？", "everyday")}
errs = []
clauses, questions = [], []
for d in ORDER:
    body = body_of('../docs/%s.txt' % d)
    mode, mk = MODES.get(d, ('cn', None))
    heads = parse(body, mode, mk); sp = spans(body, heads); labels = set(sp)
    cl = list(C[d])
    if d == "sh-hongkou-shengchan-yuan-2025":
        att = body[body.index('相关单位及职责'):]
        for name, note in ATT:
            m = re.search(r'\n\d+\.(' + re.escape(name) + r'：[^\n]*)', att)
            q = m.group(1)
            if name == "区发展改革委":
                cl.append(("附件", q, ["区发展改革委", "区商务委"], ["区发展改革委"], ["区商务委"], "labelled", note))
            else:
                cl.append(("附件", q, [name], [], [], "labelled", note))
    for (u, q, b, l, s, f, n) in cl:
        o = {"doc": d, "unit": u, "quote": q, "bodies": b, "lead": l, "support": s, "form": f}
        if n: o["note"] = n
        o["split"] = "fresh2"; clauses.append(o)
        # checks
        if u not in labels: errs.append(("unit?", d, u)); continue
        st, en = sp[u]
        cnt = body.count(q)
        if cnt == 0: errs.append(("quote not in text", d, q[:30])); continue
        pos = [m.start() for m in re.finditer(re.escape(q), body)]
        if not any(st <= p and p + len(q) <= en for p in pos): errs.append(("quote outside unit", d, u, q[:30]))
        heading_ok = n and 'heading' in n
        last = -1
        for x in b:
            i = q.find(x)
            if i < 0:
                if not heading_ok: errs.append(("body not in quote", d, x, q[:20]))
                continue
            if i < last: errs.append(("body order", d, x, q[:20]))
            last = i
        for x in l + s:
            if x not in b: errs.append(("lead/support not in bodies", d, x))
    # questions
    qs = list(Q[d])
    for i, qq in enumerate(qs):
        if qq is None:
            body_name, text, style = BT[d]
            units = []
            for c in clauses:
                if c["doc"] == d and body_name in c["bodies"] and c["unit"] not in units: units.append(c["unit"])
            units.sort(key=lambda u: sp[u][0])
            qs[i] = dict(question=text, intent="bureau_tasks", body=body_name, gold_units=units, style=style)
    for n, qq in enumerate(qs, 1):
        o = {"id": "fresh2-%s-%02d" % (d, n), "doc": d, "question": qq["question"], "intent": qq["intent"],
             "answerable": qq.get("answerable", True), "gold_units": qq["gold_units"]}
        for k in ("gold_bodies", "gold_lead", "body", "figure"):
            if k in qq: o[k] = qq[k]
        o["style"] = qq["style"]; o["split"] = "fresh2"
        if qq.get("note"): o["note"] = qq["note"]
        questions.append(o)
        for u in o["gold_units"]:
            if u not in labels: errs.append(("q unit?", o["id"], u))
        if not o["answerable"]:
            assert o["gold_units"] == []
            if o.get("body") and o["body"] in body: errs.append(("unanswerable body present", o["id"]))
            continue
        if o["intent"] in ("fact",):
            if not any(o["figure"] in body[sp[u][0]:sp[u][1]] for u in o["gold_units"]): errs.append(("figure not in unit", o["id"]))
        if o["intent"] == "document" and o["figure"] not in body and not o["figure"].isdigit():
            errs.append(("doc figure not in text", o["id"]))
        if o["intent"] == "responsibility":
            ok = any(c["doc"] == d and c["unit"] in o["gold_units"] and c["bodies"] == o["gold_bodies"] and c["lead"] == o["gold_lead"] for c in clauses)
            if not ok: errs.append(("resp gold != any clause", o["id"]))
        if o["intent"] == "bureau_tasks":
            units = []
            for c in clauses:
                if c["doc"] == d and o["body"] in c["bodies"] and c["unit"] not in units: units.append(c["unit"])
            units.sort(key=lambda u: sp[u][0])
            if units != o["gold_units"]: errs.append(("bureau gold", o["id"], units, o["gold_units"]))
            if o["body"] in body:
                pass
with open('../clauses.jsonl', 'w', encoding='utf-8') as f:
    for c in clauses: f.write(json.dumps(c, ensure_ascii=False) + '\n')
with open('../questions.jsonl', 'w', encoding='utf-8') as f:
    for q in questions: f.write(json.dumps(q, ensure_ascii=False) + '\n')
print("errors:", len(errs))
for e in errs: print(e)
import collections
print(collections.Counter(c["doc"] for c in clauses))
print(collections.Counter(q["doc"] for q in questions))
print(collections.Counter((q["doc"][:12], q["style"]) for q in questions))
