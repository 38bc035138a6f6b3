"""The service map's layout: deterministic, inside the view box, nothing on top of anything."""

import math

from migrate_kit.report import layout


def ring(count):
    return {(i, (i + 1) % count): float(i % 3 + 1) for i in range(count)}


def test_same_input_same_layout():
    sizes = [100 * (i + 1) for i in range(12)]
    labels = [f"service-{i}" for i in range(12)]
    assert layout.place(sizes, labels, ring(12), seed=3) == layout.place(sizes, labels, ring(12), seed=3)


def test_nodes_stay_inside_and_apart():
    for count in (1, 2, 9, 40):
        sizes = [50 + 37 * i for i in range(count)]
        labels = [f"svc-{i}" for i in range(count)]
        box, placed = layout.place(sizes, labels, ring(count) if count > 1 else {}, seed=0)
        for p in placed:
            assert p.r <= p.x <= box.width - p.r and p.r <= p.y <= box.height - p.r - box.label_room
        for i, p in enumerate(placed):
            for q in placed[i + 1:]:
                assert math.hypot(p.x - q.x, p.y - q.y) >= p.r + q.r, (count, p, q)


def test_area_follows_lines_of_code():
    small, big = layout.radii([100, 400])
    assert big == layout.MAX_R and abs(small - big / 2) < 1e-9
    assert layout.radii([0, 10_000])[0] == layout.MIN_R


def test_view_box_and_labels_grow_with_the_number_of_services():
    few, many = layout.canvas(5), layout.canvas(40)
    assert many.width > few.width and many.height > few.height and many.font > few.font


def test_curves_end_outside_the_discs():
    a, b = layout.Placed(100, 100, 20), layout.Placed(300, 100, 30)
    path = layout.curve(a, b, bend=0.1, arrow=10).path
    numbers = [float(n) for n in path.replace("M", " ").replace("Q", " ").split()]
    start, end = numbers[0:2], numbers[4:6]
    assert math.dist(start, (a.x, a.y)) > a.r
    assert math.dist(end, (b.x, b.y)) > b.r + 10
