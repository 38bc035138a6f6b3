"""Agreement between two partitions of the same modules: adjusted Rand index (by
scikit-learn) and MoJoFM (Wen & Tzerpos, "An effectiveness measure for software
clustering algorithms", 2004)."""

from __future__ import annotations

from collections import Counter, defaultdict

import networkx as nx
from sklearn.metrics import adjusted_rand_score


def ari(candidate: dict[str, str], reference: dict[str, str]) -> float:
    common = sorted(set(candidate) & set(reference))
    return adjusted_rand_score([reference[m] for m in common], [candidate[m] for m in common])


def mojofm(candidate: dict[str, str], reference: dict[str, str]) -> float:
    """100 * (1 - mno(A, B) / max mno(any A, B)), A the candidate, B the reference."""
    common = sorted(set(candidate) & set(reference))
    clusters = defaultdict(list)
    for module in common:
        clusters[candidate[module]].append(module)
    overlaps = {a: Counter(reference[m] for m in members) for a, members in sorted(clusters.items())}
    # Tag each candidate cluster with the reference groups it overlaps most; match tags to groups.
    matching_graph = nx.Graph()
    for a, counts in overlaps.items():
        best = max(counts.values())
        for b, count in counts.items():
            if count == best:
                matching_graph.add_edge(("A", a), ("B", b))
    left = [n for n in matching_graph if n[0] == "A"]
    matching = nx.bipartite.hopcroft_karp_matching(matching_graph, top_nodes=left) if left else {}
    groups = {a for a in overlaps if ("A", a) in matching}
    moves = sum(sum(counts.values()) - max(counts.values()) for counts in overlaps.values())
    joins = len(overlaps) - len(groups)
    cost = moves + joins
    sizes = sorted(Counter(reference[m] for m in common).values())
    g = 0
    for size in sizes:
        if g < size:
            g += 1
    worst = len(common) - g
    return 100.0 * (1 - cost / worst) if worst else 100.0
