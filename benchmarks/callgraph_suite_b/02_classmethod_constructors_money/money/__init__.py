from .core import Money
from .pricing import Price, TaxedPrice

__all__ = ["Money", "Price", "TaxedPrice"]
