"""Which code reads and writes which data (design.md sections 4 and 5).
`analysis.analyze_data` runs it all."""
