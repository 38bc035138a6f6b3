from core.permissions import IsStaff, ReadOnly
from core.views import ResourceView

from .actions import cancel_orders, mark_shipped, purge_orders
from .repositories import orders_repo, products_repo
from .serializers import OrderSerializer, ProductSerializer, StaffOrderSerializer


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
