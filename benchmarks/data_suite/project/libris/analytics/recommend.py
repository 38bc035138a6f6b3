"""'Readers who borrowed this also borrowed...' recommendations.

Two generations live here: the co-occurrence ``Model`` that production uses, and
the experimental neural encoder built on Keras.
"""
import json
from collections import Counter, defaultdict
from itertools import combinations

import keras
from keras import layers

from libris.circulation.models import Loan


class Model:
    """Item-item co-occurrence model.  Not a database model."""

    def __init__(self, min_support=3):
        self.min_support = min_support
        self.scores = {}

    def fit(self, baskets):
        counts = Counter()
        for basket in baskets:
            for a, b in combinations(sorted(set(basket)), 2):
                counts[(a, b)] += 1
        self.scores = {pair: n for pair, n in counts.items() if n >= self.min_support}
        return self

    def top_pairs(self, limit=20):
        by_book = defaultdict(list)
        for (a, b), n in self.scores.items():
            by_book[a].append((n, b))
            by_book[b].append((n, a))
        out = []
        for book_id, others in by_book.items():
            for n, other in sorted(others, reverse=True)[:limit]:
                out.append((book_id, other, float(n)))
        return out

    def save(self, path):
        with open(path, "w") as fh:
            json.dump([[a, b, n] for (a, b), n in self.scores.items()], fh)

    @classmethod
    def load(cls, path):
        model = cls()
        with open(path) as fh:
            model.scores = {(a, b): n for a, b, n in json.load(fh)}
        return model


class TitleEncoder(keras.Model):
    """Experimental: learns title embeddings from borrowing sequences."""

    def __init__(self, vocab_size, dim=64):
        super().__init__()
        self.embed = layers.Embedding(vocab_size, dim)
        self.project = layers.Dense(dim, activation="tanh")

    def call(self, inputs):
        return self.project(self.embed(inputs))


def load_borrowing_pairs():
    baskets = defaultdict(list)
    for member_id, book_id in Loan.objects.values_list("member_id", "copy__book_id").iterator():
        baskets[member_id].append(book_id)
    return list(baskets.values())


def train_and_store(baskets, path):
    model = Model(min_support=3)
    model.fit(baskets)
    model.save(path)
    return model


def export_encoder(vocab_size, path):
    encoder = TitleEncoder(vocab_size)
    encoder.compile(optimizer="adam", loss="cosine_similarity")
    encoder.save(path)
    return encoder
