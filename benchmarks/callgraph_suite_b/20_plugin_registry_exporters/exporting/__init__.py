from . import bundled  # noqa: F401  (registers the bundled exporters)
from .registry import exporters

__all__ = ["exporters"]
