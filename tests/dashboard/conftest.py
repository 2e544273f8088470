import pytest

from tests.dashboard.data import build_dashboard_data


@pytest.fixture
def data(regions):
    """Seed-like published meetings in four regions, plus an unpublished and a merged one."""
    return build_dashboard_data(regions)
