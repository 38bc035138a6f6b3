"""Service boundaries from the dependency graph: coupling, shared kernel,
clustering, confidence, names, metrics, interfaces, conflicts and plan."""
