"""Public pages about meetings, regions' timelines and officials (under /<lang>/)."""

urlpatterns: list = []
