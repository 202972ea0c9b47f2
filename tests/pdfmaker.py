"""A tiny PDF writer for tests: pages of Chinese text with a ToUnicode map, so pypdf can extract them.

No font is embedded (nothing here is ever rendered); the text layer is what the loader reads.
"""
from __future__ import annotations


def make_pdf(pages: list[list[str]]) -> bytes:
    """One list of lines per page; an empty list makes a page without a text layer."""
    chars = sorted({ch for page in pages for line in page for ch in line})
    cid = {ch: i + 1 for i, ch in enumerate(chars)}
    objects: list[bytes] = []

    def add(body: bytes) -> int:
        objects.append(body)
        return len(objects)

    def stream(data: bytes, extra: str = "") -> bytes:
        return f"<< /Length {len(data)} {extra}>>\nstream\n".encode() + data + b"\nendstream"

    bfchar = []
    for i in range(0, len(chars), 100):
        block = chars[i:i + 100]
        bfchar.append(f"{len(block)} beginbfchar\n" + "\n".join(
            f"<{cid[ch]:04X}> <{ord(ch):04X}>" for ch in block) + "\nendbfchar")
    cmap = ("/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n"
            "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
            "/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n1 begincodespacerange\n<0000> <FFFF>\n"
            "endcodespacerange\n" + "\n".join(bfchar) + "\nendcmap\nCMapName currentdict /CMap defineresource pop\n"
            "end\nend\n").encode()
    catalog = add(b"")  # filled in below
    pages_obj = add(b"")
    to_unicode = add(stream(cmap))
    descriptor = add(b"<< /Type /FontDescriptor /FontName /Fake /Flags 4 /FontBBox [0 0 1000 1000] /ItalicAngle 0 "
                     b"/Ascent 880 /Descent -120 /CapHeight 700 /StemV 80 >>")
    descendant = add(f"<< /Type /Font /Subtype /CIDFontType2 /BaseFont /Fake /CIDSystemInfo << /Registry (Adobe) "
                     f"/Ordering (Identity) /Supplement 0 >> /FontDescriptor {descriptor} 0 R /DW 1000 >>".encode())
    font = add(f"<< /Type /Font /Subtype /Type0 /BaseFont /Fake /Encoding /Identity-H /DescendantFonts "
               f"[{descendant} 0 R] /ToUnicode {to_unicode} 0 R >>".encode())
    kids = []
    for page in pages:
        ops = []
        for n, line in enumerate(page):
            hexes = "".join(f"{cid[ch]:04X}" for ch in line)
            ops.append(f"BT /F1 10 Tf 40 {800 - 16 * n} Td <{hexes}> Tj ET")
        content = add(stream("\n".join(ops).encode()))
        kids.append(add(f"<< /Type /Page /Parent {pages_obj} 0 R /MediaBox [0 0 595 842] /Resources << /Font << "
                        f"/F1 {font} 0 R >> >> /Contents {content} 0 R >>".encode()))
    objects[catalog - 1] = f"<< /Type /Catalog /Pages {pages_obj} 0 R >>".encode()
    objects[pages_obj - 1] = (f"<< /Type /Pages /Kids [{' '.join(f'{k} 0 R' for k in kids)}] "
                              f"/Count {len(kids)} >>").encode()
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for i, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += f"{i} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    out += "".join(f"{o:010d} 00000 n \n" for o in offsets).encode()
    out += f"trailer\n<< /Size {len(objects) + 1} /Root {catalog} 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return bytes(out)


def encrypt(pdf: bytes, password: str = "secret") -> bytes:
    import io

    from pypdf import PdfReader, PdfWriter
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(pdf)))
    writer.encrypt(user_password=password, owner_password=password)
    buf = io.BytesIO()
    writer.write(buf)
    return buf.getvalue()
