"""migrate-kit: take a Python monolith apart, on evidence."""

__version__ = "0.1.0"
