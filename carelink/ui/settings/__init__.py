"""The family's PIN-protected Settings area."""
