"""The open data API under /api/ (read-only)."""

urlpatterns: list = []
