"""Evaluation: gold questions and hand annotations in, the figures that judge every change out (by split, by
document, retrieval ablation)."""
