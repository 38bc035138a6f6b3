"""Plain values shared by every stage: no I/O, no libcst."""
