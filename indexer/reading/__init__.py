"""Reading documents: files (.txt .md .html .pdf .docx) into text with exact offsets, page chrome and
header blocks marked, metadata (文号, 发文机关, 成文日期) read. First stage; imports nothing of the later ones."""
