"""Structure and responsibilities: text into units (parts, articles, items, table rows, 第X条), the bodies
responsible for each (clauses, labelled lines, task tables, sentences), cross-references, targets and
requirements. Reads the output of `reading`."""
