"""What applies to an enterprise: obligations in laws, measures for enterprises in plans.

Laws:  a sentence whose subject is a kind of actor (生产者、销售者、食品生产经营者、施工单位 …) with
       应当/必须/不得/严禁/负责, or a prohibition 禁止生产经营…; an obligation that ends in ：
       carries the 项 listed under it.
Plans: sentences that 鼓励/支持/引导/推动/要求 enterprises of the sector to do something.
What a user types (食品厂, 开发商) is mapped to the laws' actor terms by corpus/actors.json.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from indexer.textutil import fold, read_table
from indexer.types import Unit

LAW_MODALS = "应当|必须|不得|严禁|负责"
PLAN_VERBS = re.compile(r"(鼓励|支持|引导|推动|要求|督促|落实|推行|强化)")
ENTERPRISE = re.compile(r"企业|单位|经营主体|生产者|经营者|主体")
PROHIBITION = re.compile(r"^禁止(?P<verb>生产经营|生产|销售|经营|进口|出口|使用|伪造|冒用)")
VERB_ACTOR = {"生产经营": "生产经营者", "生产": "生产者", "销售": "销售者", "经营": "经营者", "进口": "进口商",
              "出口": "出口商", "使用": "使用者", "伪造": "生产者", "冒用": "生产者"}


@dataclass(frozen=True)
class ActorGroup:
    name: str
    asks: tuple[str, ...]
    terms: tuple[str, ...]
    plan_terms: tuple[str, ...]

    def covers(self, actor: str) -> bool:
        """Does a law actor (生产者、销售者 — a list binds each) include this group: one of its terms, or a
        general form one of them ends with (生产者 for 食品生产者)?"""
        if actor in self.terms:
            return True
        parts = [p for p in re.split(r"[、和及]", actor) if p]
        return any(p in self.terms or any(t.endswith(p) for t in self.terms if "、" not in t) for p in parts)


@dataclass
class ActorTable:
    groups: list[ActorGroup] = field(default_factory=list)

    @classmethod
    def load(cls, path: str | Path | None) -> "ActorTable":
        return cls([ActorGroup(g["name"], tuple(g.get("asks", [])), tuple(g.get("terms", [])),
                               tuple(g.get("plan_terms", []))) for g in read_table(path, "actors")])

    def all_terms(self) -> list[str]:
        return sorted({t for g in self.groups for t in g.terms}, key=len, reverse=True)

    def find(self, text: str) -> ActorGroup | None:
        """The actor group a question or a typed name refers to (longest matching name wins)."""
        folded = fold(text)
        best, best_len = None, 0
        for g in self.groups:
            for name in (g.name, *g.asks):
                if name in folded and len(name) > best_len:
                    best, best_len = g, len(name)
        return best

    def names(self) -> list[str]:
        return [g.name for g in self.groups]


@dataclass(frozen=True)
class Obligation:
    doc_id: str
    unit_id: str                  # the searchable unit (article) it is in
    actor: str                    # as written: 食品生产经营者, 施工单位, 企业
    modality: str                 # 应当 / 必须 / 不得 / 严禁 / 禁止 / 负责 — or 鼓励 / 支持 / 引导 … in plans
    start: int
    end: int
    quote: str
    items: tuple[tuple[str, int, int], ...] = ()   # (unit_id, start, end) of the 项 it lists
    source: str = "law"           # law | plan


def _actor_head(terms: list[str]) -> re.Pattern:
    alternatives = "|".join(re.escape(t) for t in terms)
    return re.compile(rf"^(?:[^。；：]{{0,60}}?[，,])?(?P<actor>(?:{alternatives})(?:[、和及](?:{alternatives}))*)"
                      rf"(?P<mid>[^。；：]{{0,60}}?)(?P<modal>{LAW_MODALS})")


def law_obligations(doc_text: str, unit: Unit, sentences, children: dict[str, list[Unit]],
                    head: re.Pattern) -> list[Obligation]:
    """Obligations of actors in one article of a law."""
    out = []
    for s in sentences:
        sentence = fold(doc_text[s.start:s.end])
        m = head.match(sentence)
        if m:
            actor, modality = m.group("actor"), m.group("modal")
            if modality == "负责" and not sentence.rstrip("。").endswith("负责"):
                continue   # 负责 as an obligation only in '…对…负责。'
        else:
            p = PROHIBITION.match(sentence)
            if not p:
                continue
            actor, modality = VERB_ACTOR[p.group("verb")], "禁止"
        items = _items(unit, children, s.start) if sentence.endswith("：") else ()
        out.append(Obligation(unit.doc_id, unit.unit_id, actor, modality, s.start, s.end, doc_text[s.start:s.end],
                              items))
    return out


def _items(unit: Unit, children: dict[str, list[Unit]], offset: int) -> tuple[tuple[str, int, int], ...]:
    """The 项 listed under the 款 that holds `offset` (or under the article itself)."""
    holder = unit
    for child in children.get(unit.unit_id, []):
        if child.kind == "paragraph" and child.start <= offset <= child.end:
            holder = child
    return tuple((c.unit_id, c.start, c.end) for c in children.get(holder.unit_id, []) if c.kind == "law_item")


def plan_measures(doc_text: str, unit: Unit, sentences) -> list[Obligation]:
    """Plan sentences that encourage, support or require enterprises to do something."""
    out = []
    for s in sentences:
        sentence = fold(doc_text[s.start:s.end])
        verb = PLAN_VERBS.search(sentence)
        actor = ENTERPRISE.search(sentence)
        if verb and actor:
            out.append(Obligation(unit.doc_id, unit.unit_id, actor.group(0), verb.group(0), s.start, s.end,
                                  doc_text[s.start:s.end], (), "plan"))
    return out


def extract(data, actors: ActorTable) -> list[Obligation]:
    """Every obligation and plan measure in an index, in document order."""
    head = _actor_head(actors.all_terms() + ["食品生产经营"])
    children: dict[str, list[Unit]] = {}
    for u in data.units:
        if u.parent:
            children.setdefault(u.parent, []).append(u)
    units = {u.unit_id: u for u in data.units}
    out = []
    for uid in data.searchable:
        unit = units[uid]
        doc = data.documents[unit.doc_id]
        sentences = data.sentences.get(uid, [])
        if unit.kind == "law_article":
            out += law_obligations(doc.text, unit, sentences, children, head)
        elif doc.kind == "plan":
            out += plan_measures(doc.text, unit, sentences)
    return out


def for_group(obligations: list[Obligation], group: ActorGroup) -> list[Obligation]:
    """The obligations that bind a group's actors, and the plan measures for its sector."""
    out = []
    for o in obligations:
        if o.source == "law" and (group.covers(o.actor) or (o.actor == "食品生产经营" and "食品" in group.name)):
            out.append(o)
        elif o.source == "plan" and any(term in o.quote for term in group.plan_terms):
            out.append(o)
    return out


def order(found: list[Obligation], terms: tuple[str, ...] | list[str], kinds: dict[str, str],
          ordinals: dict[str, int]) -> list[Obligation]:
    """Obligations in laws before plan measures; documents that name the actor most specifically (食品生产者
    before 生产者, by the actor group's `terms`) first, laws before regulations (`kinds`: doc id → kind), the
    document with most obligations first; then text order (`ordinals`: unit id → ordinal)."""
    level = {"law": 0, "regulation": 1}
    terms = list(terms)

    def specificity(o) -> int:
        parts = [o.actor, *re.split(r"[、和及]", o.actor)]
        return min((terms.index(p) for p in parts if p in terms), default=len(terms))

    best, count = {}, {}
    for o in found:
        best[o.doc_id] = min(best.get(o.doc_id, 99), specificity(o) if o.source == "law" else 99)
        count[o.doc_id] = count.get(o.doc_id, 0) + 1
    return sorted(found, key=lambda o: (o.source != "law", best[o.doc_id], level.get(kinds[o.doc_id], 2),
                                        -count[o.doc_id], o.doc_id, ordinals[o.unit_id], o.start))
