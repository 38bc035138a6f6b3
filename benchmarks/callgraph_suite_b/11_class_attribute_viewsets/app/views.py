from core.permissions import IsStaff, ReadOnly
from core.views import ResourceView

from .repositories import orders_repo, products_repo
from .serializers import OrderSerializer, ProductSerializer, StaffOrderSerializer


def mark_shipped(view, request, ids):
    return [view.repository.add({"order_id": i, "event": "shipped"}) for i in ids]


def cancel_orders(view, request, ids):
    return [view.repository.add({"order_id": i, "event": "cancelled"}) for i in ids]


def purge_orders(view, request, ids):
    return {"purged": sorted(ids), "by": request.user}


class ProductView(ResourceView):
    permission_classes = [ReadOnly]
    serializer_class = ProductSerializer
    repository = products_repo


class OrderView(ResourceView):
    serializer_class = OrderSerializer
    repository = orders_repo
    actions = [mark_shipped, cancel_orders]


class AdminOrderView(OrderView):
    permission_classes = [IsStaff]
    actions = [mark_shipped, cancel_orders, purge_orders]

    def get_serializer_class(self):
        return StaffOrderSerializer
