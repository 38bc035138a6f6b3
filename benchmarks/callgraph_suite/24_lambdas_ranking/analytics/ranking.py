from collections import defaultdict
from operator import itemgetter

WEIGHTS = {"views": 1, "likes": 5, "shares": 10}
normalize = lambda value, top: value / top if top else 0.0  # noqa: E731


def score(post):
    return sum(post.get(k, 0) * w for k, w in WEIGHTS.items())


def is_visible(post):
    return not post.get("hidden") and post.get("author") is not None


def rank(posts, limit=10):
    visible = filter(is_visible, posts)
    ranked = sorted(visible, key=score, reverse=True)
    top = max(map(score, ranked), default=0)
    return [dict(p, score=normalize(score(p), top)) for p in ranked[:limit]]


def group_by_author(posts):
    groups = defaultdict(list)
    for post in posts:
        groups[post["author"]].append(post)
    return {a: sorted(ps, key=lambda p: p["created"]) for a, ps in groups.items()}


def trending(posts):
    by_velocity = sorted(posts, key=lambda p: score(p) / max(p["age_hours"], 1), reverse=True)
    return list(map(itemgetter("id"), by_velocity))[:5]
