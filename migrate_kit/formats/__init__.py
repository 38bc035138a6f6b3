"""The files other tools read: graph.json, callgraph.json, boundaries.yaml."""
