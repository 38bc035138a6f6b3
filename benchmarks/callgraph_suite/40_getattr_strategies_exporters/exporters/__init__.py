from .runner import ExportRunner

__all__ = ["ExportRunner"]
