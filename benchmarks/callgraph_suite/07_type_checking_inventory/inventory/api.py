from .models import Product
from .repo import StockRepo
from .services import OutOfStock, reserve

repo = StockRepo()
CATALOG = {
    "kb-01": Product(sku="kb-01", name="Keyboard"),
    "ms-02": Product(sku="ms-02", name="Mouse"),
}


def receive(sku, qty):
    level = repo.get(sku)
    level.on_hand += qty
    repo.save(level)


def reserve_item(sku, qty):
    try:
        remaining = reserve(repo, CATALOG[sku], qty)
    except OutOfStock as exc:
        return {"ok": False, "error": str(exc)}
    return {"ok": True, "remaining": remaining}
