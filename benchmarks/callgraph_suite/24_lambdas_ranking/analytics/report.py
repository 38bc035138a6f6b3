from .ranking import group_by_author, rank, trending

FORMATTERS = [
    ("title", lambda p: p["title"].strip().title()),
    ("score", lambda p: f"{p['score']:.2f}"),
]


class Report:
    def __init__(self, posts):
        self.posts = posts

    def rows(self):
        return [{name: fmt(p) for name, fmt in FORMATTERS} for p in rank(self.posts)]

    def by_author(self):
        return {author: len(ps) for author, ps in group_by_author(self.posts).items()}

    def hot_ids(self):
        return trending(self.posts)
