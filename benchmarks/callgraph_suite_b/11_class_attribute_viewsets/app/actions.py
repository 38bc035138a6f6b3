def mark_shipped(view, request, ids):
    return [view.repository.add({"order_id": i, "event": "shipped"}) for i in ids]


def cancel_orders(view, request, ids):
    return [view.repository.add({"order_id": i, "event": "cancelled"}) for i in ids]


def purge_orders(view, request, ids):
    return {"purged": sorted(ids), "by": request.user}
