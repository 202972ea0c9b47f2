"""A question that names a unit by its label: 第十三条谁负责？, （十三）讲了什么？, 专栏3是哪些部门负责的？

Staff who have the document in hand ask about an article by its number. The label is the subject of the
question, so the unit it names answers, not a search for the words around it. People call the plan's
（十三） 第十三条 too, and write the number in digits (第13条, （１３）). With several documents the same
label can name several units: the question must then name the document (方案第十三条, 产品质量法第十三条),
and is told so rather than answered from a guess.
"""
from __future__ import annotations

import re
import unicodedata

from indexer.textutil import cn_to_int, int_to_cn
from indexer.search.library import Library

_NUMBER = r"[0-9]{1,3}|[一二三四五六七八九十百零]{1,6}"
# 第十三条 / 第13条, （十三） / (13), 专栏3 / 专栏三, on the NFKC form (full-width digits and brackets as ASCII)
LABEL_REF = re.compile(rf"第({_NUMBER})条|[（(]({_NUMBER})[）)]|专栏\s*({_NUMBER})")
# the unit's content is asked (（十三）讲了什么, 第十三条的内容是什么, 专栏3写了什么)
CONTENT_ASKED = re.compile(r"(?:讲|说|写|规定)(?:了|的是)?(?:什么|啥|哪些)|(?:是|有)什么内容|内容是什么|"
                           r"什么意思|原文|全文")
# what may stand before the label: the document's name, 方案, 里/中 …; a label further into the question
# (违反第十三条会怎么罚) is mentioned, not asked about
_BEFORE = 24
UNIT_KINDS = ("article", "box", "law_article")


def referenced_units(kb: Library, question: str, intent: str, doc_filter=None) -> list | None:
    """The units a question names by label and asks about (who is responsible for it, or what it says):
    None when it names none, or names one only in passing; otherwise every unit the label can name in the
    documents the question allows (one: the answer; several: the question must say which document)."""
    q = unicodedata.normalize("NFKC", question)   # （１３） → (13)
    m = LABEL_REF.search(q)
    if not m or m.start() > _BEFORE:
        return None
    asks_content = bool(CONTENT_ASKED.search(q[m.end():])) or not q[m.end():].strip("条的？?。 ")
    if intent != "responsibility" and not asks_content:
        return None
    article, item, box = m.groups()
    number = article or item or box   # digits or Chinese numerals: LABEL_REF admits nothing else
    n = int(number) if number.isdigit() else cn_to_int(number)
    if not n:
        return None
    if box:
        labels = {f"专栏{n}"}
    elif item:
        labels = {f"（{int_to_cn(n)}）"}
    else:
        labels = {f"第{int_to_cn(n)}条", f"（{int_to_cn(n)}）"}   # the plan's （十三） is called 第十三条 too
    units = [u for u in kb.data.units if u.kind in UNIT_KINDS and u.label in labels]
    named = kb.named_documents(q[:m.start()])
    if named:
        units = [u for u in units if u.doc_id in named]
    elif "方案" in q[:m.start()]:   # 方案第十三条: the plan's
        units = [u for u in units if kb.data.documents[u.doc_id].kind == "plan"]
    if doc_filter:
        units = [u for u in units if doc_filter.admits(kb.data.documents[u.doc_id])]
    if len(units) > 1:
        # the rest of the question may say which (第十四条建材的事归谁管: the one unit holding 建材)
        words = kb.tokenizer.query_tokens(q[:m.start()] + "，" + q[m.end():], kb.place_stopwords)
        holding = [u for u in units if any(w in kb.searcher.token_sets[kb.searcher.row[u.unit_id]] for w in words)]
        if len(holding) == 1:
            units = holding
    return units or None
