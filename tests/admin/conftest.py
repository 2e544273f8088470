"""Staff accounts in the groups made by migration events/0002_staff_groups, and their clients."""

from __future__ import annotations

import importlib
import itertools

import pytest
from django.apps import apps as django_apps
from django.contrib.auth.models import Group
from django.test import Client

PASSWORD = "a-long-staff-password-7"
_numbers = itertools.count()


def groups_ensure() -> None:
    """Run the migration's group creation again: `transaction=True` tests flush the tables."""
    if Group.objects.filter(name__in=["viewer", "editor", "reviewer"]).count() < 3:
        migration = importlib.import_module("events.migrations.0002_staff_groups")
        migration.create_groups(django_apps, None)


@pytest.fixture
def make_staff(db, django_user_model):
    groups_ensure()

    def make(*groups: str, is_staff: bool = True):
        user = django_user_model.objects.create_user(
            username=f"{'-'.join(groups) or 'nobody'}-{next(_numbers)}",
            password=PASSWORD,
            is_staff=is_staff,
        )
        user.groups.set(Group.objects.filter(name__in=groups))
        assert user.groups.count() == len(groups), "the migration's groups exist"
        return user

    return make


def _client(user) -> Client:
    client = Client()
    client.force_login(user)
    return client


@pytest.fixture
def viewer(make_staff):
    return make_staff("viewer")


@pytest.fixture
def editor(make_staff):
    return make_staff("editor")


@pytest.fixture
def reviewer(make_staff):
    return make_staff("reviewer")


@pytest.fixture
def senior(make_staff):
    """An editor who also reviews: the usual daily account."""
    return make_staff("editor", "reviewer")


@pytest.fixture
def viewer_client(viewer):
    return _client(viewer)


@pytest.fixture
def editor_client(editor):
    return _client(editor)


@pytest.fixture
def reviewer_client(reviewer):
    return _client(reviewer)


@pytest.fixture
def senior_client(senior):
    return _client(senior)
