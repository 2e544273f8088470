"""The pipeline's queue (events/pipeline.py): chains and the beat schedule name real tasks."""

from __future__ import annotations

from django.conf import settings

from config.celery import app
from events import pipeline, tasks


def test_every_task_the_pipeline_and_beat_name_is_registered():
    assert [
        tasks.fetch_article.name,
        tasks.extract_article.name,
        tasks.store_article.name,
        tasks.poll_feed.name,
        tasks.poll_due_feeds.name,
        tasks.requeue_stalled_articles.name,
    ] == [
        pipeline.FETCH_ARTICLE,
        pipeline.EXTRACT_ARTICLE,
        pipeline.STORE_ARTICLE,
        pipeline.POLL_FEED,
        pipeline.POLL_DUE_FEEDS,
        pipeline.REQUEUE_STALLED_ARTICLES,
    ]
    assert {pipeline.FETCH_ARTICLE, pipeline.POLL_FEED} <= set(app.tasks)
    scheduled = {entry["task"] for entry in settings.CELERY_BEAT_SCHEDULE.values()}
    assert scheduled == {pipeline.POLL_DUE_FEEDS, pipeline.REQUEUE_STALLED_ARTICLES}
    assert app.conf.beat_schedule == settings.CELERY_BEAT_SCHEDULE  # one schedule, in settings


def test_an_article_chain_is_its_steps_by_name_each_ignoring_the_last_result():
    fetched = pipeline.article_chain(article_id=7, fetch=True, publish=True)
    steps = [(s.task, tuple(s.args), s.immutable, s.options) for s in fetched.tasks]
    # Sent by name as the tasks would send themselves: no result is asked for.
    assert steps == [
        (pipeline.FETCH_ARTICLE, (7,), True, {"ignore_result": True}),
        (pipeline.EXTRACT_ARTICLE, (7,), True, {"ignore_result": True}),
        (pipeline.STORE_ARTICLE, (7, True), True, {"ignore_result": True}),
    ]
    stored_text = pipeline.article_chain(article_id=7, fetch=False)
    assert [s.task for s in stored_text.tasks] == [pipeline.EXTRACT_ARTICLE, pipeline.STORE_ARTICLE]
