"""Celery is configured for redelivery and runs tasks on a real worker through Redis."""

import pytest

from config.celery import app
from regions.tasks import locate_point


def test_celery_configuration_redelivers_tasks_of_a_killed_worker():
    conf = app.conf
    assert conf.task_acks_late is True
    assert conf.task_reject_on_worker_lost is True
    assert conf.task_serializer == "json" and conf.accept_content == ["json"]
    assert conf.broker_url.startswith("redis://")


@pytest.mark.worker
def test_task_runs_on_a_real_worker_and_its_result_comes_back(celery_worker, regions):
    result = locate_point.delay(-9.5982, 30.4202)  # Agadir
    assert result.get(timeout=30) == "MA-09"
    assert locate_point.delay(-25.0, 30.0).get(timeout=30) is None
