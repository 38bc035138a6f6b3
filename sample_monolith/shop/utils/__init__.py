"""Small, dependency-free utilities."""
