"""Tables the app and the CLI export: the responsibility matrix, targets, requirements — as rows, CSV, Excel."""
from __future__ import annotations

import csv
import io
from indexer.search.library import Library

ROLE_LABEL = {"lead": "牵头", "support": "配合", "responsible": "负责", "listed": "参与"}


def matrix_rows(kb: Library, doc_id: str | None = None) -> tuple[list[str], list[dict]]:
    """Units × bodies: one row per unit with a responsibility; each body's cell says how it is named."""
    found = [r for r in kb.data.responsibilities if doc_id is None or r.doc_id == doc_id]
    bodies: list[str] = []
    for r in found:
        for b in r.bodies:
            if b.canonical not in bodies:
                bodies.append(b.canonical)
    rows: dict[str, dict] = {}
    for r in found:
        unit = kb.unit_by_id[r.unit_id]
        doc = kb.data.documents[r.doc_id]
        row = rows.setdefault(r.unit_id, {"文件": doc.title, "编号": unit.label, "条目": unit.title,
                                          "部分": unit.path[0] if len(unit.path) > 1 else "",
                                          "原文": r.quote, "出处": kb.cite(r.unit_id, r.start, r.end)})
        for position, b in enumerate(r.bodies, 1):
            role = ROLE_LABEL.get(b.role, b.role)
            if b.role == "listed" and position == 1:
                role = "排第一"
            row[b.canonical] = role if not row.get(b.canonical) else row[b.canonical]
    for row in rows.values():
        for body in bodies:
            row.setdefault(body, "")
    return bodies, list(rows.values())


def matrix_values(bodies: list[str], rows: list[dict]) -> list[list[int]]:
    """Heat-map numbers: 2 lead or listed first, 1 named, 0 not named."""
    weight = {"牵头": 2, "排第一": 2, "负责": 1, "参与": 1, "配合": 1}
    return [[weight.get(row.get(b, ""), 0) for b in bodies] for row in rows]


def to_csv(header: list[str], rows: list[dict]) -> bytes:
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=header, extrasaction="ignore")
    writer.writeheader()
    writer.writerows(rows)
    return buf.getvalue().encode("utf-8-sig")   # Excel opens UTF-8 with a BOM as Chinese, not mojibake


def to_xlsx(sheets: dict[str, tuple[list[str], list[dict]]]) -> bytes:
    """One worksheet per table; header row bold and frozen, column widths set for Chinese text."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font
    wb = Workbook()
    wb.remove(wb.active)
    for name, (header, rows) in sheets.items():
        ws = wb.create_sheet(name[:31])
        ws.append(header)
        for cell in ws[1]:
            cell.font = Font(bold=True)
        for row in rows:
            ws.append([row.get(h, "") for h in header])
        ws.freeze_panes = "A2"
        for i, h in enumerate(header, 1):
            width = max([len(str(h))] + [len(str(r.get(h, ""))) for r in rows[:200]])
            ws.column_dimensions[ws.cell(1, i).column_letter].width = min(60, max(6, width * 1.6))
            if width > 40:
                for cell in ws.iter_cols(min_col=i, max_col=i, min_row=2):
                    for c in cell:
                        c.alignment = Alignment(wrap_text=True, vertical="top")
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def target_rows(kb: Library) -> tuple[list[str], list[dict]]:
    header = ["指标", "比较", "数值", "单位", "表述", "年份", "原文", "出处", "文件"]
    rows = [{"指标": t.indicator, "比较": t.comparison, "数值": t.value, "单位": t.measure, "表述": t.wording,
             "年份": t.year or "",
             "原文": t.quote, "出处": kb.cite(t.unit_id, t.start, t.end), "文件": kb.data.documents[t.doc_id].title}
            for t in kb.targets]
    return header, rows


def requirement_rows(kb: Library, actor: str) -> tuple[list[str], list[dict]]:
    group, found = kb.requirements_for(actor)
    header = ["文件", "出处", "主体", "要求", "原文", "所列各项"]
    rows = []
    for o in found:
        doc = kb.data.documents[o.doc_id]
        items = "\n".join(doc.text[s:e] for _, s, e in o.items)
        rows.append({"文件": doc.title, "出处": kb.cite(o.unit_id, o.start, o.end), "主体": o.actor,
                     "要求": o.modality, "原文": o.quote, "所列各项": items})
    return header, rows
