"""Answers: extractive answers over search hits — who is responsible, a body's tasks, figures, the document
itself — every quote a verbatim slice of the source."""
