from core.serializers import Serializer


class ProductSerializer(Serializer):
    fields = ("sku", "name", "price")
    required = ("sku", "price")


class OrderSerializer(Serializer):
    fields = ("id", "customer", "total")
    required = ("customer",)


class StaffOrderSerializer(OrderSerializer):
    fields = ("id", "customer", "total", "margin", "internal_note")
