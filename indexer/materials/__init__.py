"""Materials for trainers and staff: training material, tables to export (the responsibility matrix,
targets, requirements)."""
