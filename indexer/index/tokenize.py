"""Tokenising Chinese with jieba: a user dictionary built from the corpus, sub-words, a question stop list.

Documents and questions go through the same `Tokenizer.tokens`; only questions lose their stop words
(谁, 负责, 哪些 …), which carry the kind of question, not its topic.
"""
from __future__ import annotations

import hashlib
import logging
import re

import jieba

from indexer.textutil import fold, package_data

jieba.setLogLevel(logging.WARNING)

TOKENIZER_VERSION = 4

# Words that say what kind of question it is, not what it is about (data/question_stopwords.json).
QUESTION_STOPWORDS = frozenset(package_data("question_stopwords")["words"])
# 哪天, 几点, 几年, 多少岁: a question word joined to its measure (data/question_stopwords.json interrogative)
INTERROGATIVE = re.compile(package_data("question_stopwords")["interrogative"])

_PUNCT = re.compile(r"^[\W_]+$")
# the A-not-A form of a yes/no question (能不能, 可不可以, 是不是, 要不要 …) is its syntax, not its topic: jieba
# cuts it into 能 + 不能, whose 不能 would be searched as a rare content word
_A_NOT_A = re.compile(r"([能可会要是用该行让准])不\1(?:以)?|有没有")
_QUOTED = re.compile(r"[“\"]([^”\"\n]{2,12})[”\"]")


class Tokenizer:
    """jieba with the corpus's own words added; `tokens` returns words and their dictionary sub-words."""

    def __init__(self, user_words: list[str] | tuple[str, ...] = ()) -> None:
        self.jieba = jieba.Tokenizer()
        self.jieba.initialize()
        self.user_words = sorted({w for w in user_words if 2 <= len(w) <= 20})
        for word in self.user_words:
            self.jieba.add_word(word)

    @property
    def signature(self) -> str:
        """Identifies this tokenizer's behaviour, for the index manifest."""
        h = hashlib.sha256()
        h.update(f"v{TOKENIZER_VERSION} jieba {jieba.__version__}\n".encode())
        h.update("\n".join(self.user_words).encode("utf-8"))
        h.update("\n".join(sorted(QUESTION_STOPWORDS)).encode("utf-8"))
        return h.hexdigest()[:16]

    def _subwords(self, word: str) -> list[str]:
        """Dictionary words inside a long word: 工程质量投诉 → 工程, 质量, 工程质量, 投诉 …"""
        freq = self.jieba.FREQ
        out = []
        for size in range(2, len(word)):
            for i in range(len(word) - size + 1):
                piece = word[i:i + size]
                if freq.get(piece):
                    out.append(piece)
        return out

    def tokens(self, text: str) -> list[str]:
        """Index tokens of a text: lower-cased, punctuation dropped, long words plus their sub-words."""
        out = []
        for word in self.jieba.cut(fold(text).lower(), HMM=True):
            word = word.strip()
            if not word or _PUNCT.match(word) or (len(word) == 1 and "\u4e00" <= word <= "\u9fff"):
                continue  # punctuation, and single characters (的, 用, 让 …) that match everywhere
            if len(word) > 2 and re.search(r"[\u4e00-\u9fff]", word):
                out.extend(self._subwords(word))
            out.append(word)
        return out

    def query_tokens(self, question: str, extra_stopwords: frozenset[str] = frozenset()) -> list[str]:
        """Tokens of a question without its question words (and the corpus's own place names, if given)."""
        question = _A_NOT_A.sub("，", fold(question))
        return [t for t in self.tokens(question)
                if t not in QUESTION_STOPWORDS and t not in extra_stopwords and not INTERROGATIVE.match(t)]


_PLACE = re.compile(r"([\u4e00-\u9fff]{2,3}?)([省市区县])")


def issuer_places(issuer: str) -> list[tuple[str, str]]:
    """甲市乙区人民政府 → [(甲, 市), (乙, 区)]: the places an issuer governs, outermost first."""
    places, pos = [], 0
    while True:
        m = _PLACE.match(issuer, pos)
        if not m or "人民" in m.group(0):
            break
        places.append((m.group(1), m.group(2)))
        pos = m.end()
    return places


def place_names(issuers: list[str]) -> frozenset[str]:
    """甲市乙区人民政府 → 甲市, 甲, 乙区, 乙: in a question they name the whole corpus, not a topic."""
    return frozenset(name for issuer in issuers for stem, level in issuer_places(issuer or "")
                     for name in (stem + level, stem))


def quoted_terms(text: str) -> list[str]:
    """Terms the text puts in quotation marks: “智改数转”, “揭榜挂帅”, “双随机、一公开”."""
    out = []
    for m in _QUOTED.finditer(text):
        term = m.group(1).strip()
        out.append(term)
        out.extend(p for p in re.split(r"[、，,]", term) if len(p) >= 2 and p != term)
    return out


_CLAUSE_BREAK = re.compile(r"[，。；：！？,.;:!?（）()“”\"\n\s]")
_CJK_ONLY = re.compile(r"^[\u4e00-\u9fff]+$")


def enumeration_terms(text: str) -> list[str]:
    """The two-character items of the texts' enumerations, which are its terms: 助餐、助洁、助医、助急、助浴、助行
    (jieba cuts 想找助餐助浴 into 找助 + 餐助 + 浴). When every inner item has two characters, so do the first and
    last (提供助餐 → 助餐, 助行等养老服务 → 助行) if they begin as every inner item does or jieba knows them (便利店 →
    利店 is not taken). Longer items are left to jieba: taken whole they add tokens to long units (dev: −2)."""
    out = []
    for clause in _CLAUSE_BREAK.split(text):
        items = clause.split("、")
        if len(items) < 3:
            continue
        inner = items[1:-1]
        if not all(len(i) == 2 and _CJK_ONLY.match(i) for i in inner):
            continue
        first, last = items[0][-2:], items[-1].split("等")[0][:2]
        shared = inner[0][0] if len(inner) >= 2 and all(i[0] == inner[0][0] for i in inner) else None
        out.extend(inner)
        out.extend(w for w in (first, last)
                   if len(w) == 2 and _CJK_ONLY.match(w) and (w[0] == shared or jieba.get_FREQ(w)))
    return out
