"""Staff groups and the review permissions; the `unaccent` extension for accent-blind search.

Groups (a person may be in several):
- viewer: reads everything in the admin, changes nothing.
- editor: enters and corrects meetings, participants, figures, officials, articles and feeds.
- reviewer: publishes, rejects or sends back meetings, and merges meetings and officials.

The three review rights are Permission rows made here for the Meeting and Official content
types (`events.publish_meeting`, `events.merge_meeting`, `events.merge_official`) rather than
`Meta.permissions`, which would change the models; `user.has_perm()` treats them the same,
superusers have them, and they can be granted one by one in the user admin. If the models later
declare them in Meta, the get_or_create below keeps this migration harmless.

`create_permissions` is called first because Django makes the default permissions only after
all migrations ran (post_migrate): on a fresh database they would not exist yet.
"""

from django.contrib.auth.management import create_permissions
from django.contrib.postgres.operations import UnaccentExtension
from django.db import migrations

CUSTOM_PERMISSIONS = {
    ("events", "meeting"): [
        ("publish_meeting", "Can publish, reject or send back a meeting for review"),
        ("merge_meeting", "Can merge and unmerge meetings"),
    ],
    ("events", "official"): [
        ("merge_official", "Can merge and unmerge officials"),
    ],
}

EVENTS_MODELS = [
    "article",
    "source",
    "meeting",
    "meetingsource",
    "official",
    "officialalias",
    "participation",
    "exportfigure",
]
EDITABLE = [
    "article",
    "source",
    "meeting",
    "meetingsource",
    "official",
    "officialalias",
    "participation",
    "exportfigure",
]
# Rows inside a meeting or an official that an editor may remove while correcting it; meetings
# and officials themselves are rejected or merged, never deleted.
DELETABLE = ["meetingsource", "officialalias", "participation", "exportfigure"]

VIEW = [("events", f"view_{m}") for m in EVENTS_MODELS] + [("regions", "view_region")]
GROUPS = {
    "viewer": VIEW,
    "editor": VIEW
    + [("events", f"{action}_{m}") for m in EDITABLE for action in ("add", "change")]
    + [("events", f"delete_{m}") for m in DELETABLE],
    "reviewer": VIEW
    + [("events", "publish_meeting"), ("events", "merge_meeting"), ("events", "merge_official")],
}


def create_groups(apps, schema_editor):
    """Make the permissions and the three groups; safe to run again."""
    for app_config in apps.get_app_configs():
        # A migration's app stubs have no models module, which create_permissions skips.
        models_module = getattr(app_config, "models_module", None)
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = models_module
    ContentType = apps.get_model("contenttypes", "ContentType")
    Permission = apps.get_model("auth", "Permission")
    Group = apps.get_model("auth", "Group")
    for (app_label, model), perms in CUSTOM_PERMISSIONS.items():
        content_type, _ = ContentType.objects.get_or_create(app_label=app_label, model=model)
        for codename, name in perms:
            Permission.objects.get_or_create(
                content_type=content_type, codename=codename, defaults={"name": name}
            )
    for group_name, perms in GROUPS.items():
        group, _ = Group.objects.get_or_create(name=group_name)
        rows = [
            Permission.objects.get(content_type__app_label=app_label, codename=codename)
            for app_label, codename in perms
        ]
        group.permissions.set(rows)


def remove_groups(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name__in=GROUPS).delete()
    Permission = apps.get_model("auth", "Permission")
    for (app_label, _model), perms in CUSTOM_PERMISSIONS.items():
        Permission.objects.filter(
            content_type__app_label=app_label, codename__in=[c for c, _ in perms]
        ).delete()


class Migration(migrations.Migration):
    # After the API's search migration (both were written in parallel as 0002).
    dependencies = [
        ("events", "0002_api_indexes"),
        ("regions", "0001_initial"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [
        # Accent-blind admin search (unaccent() in events/admin.py's `normalized` lookup).
        UnaccentExtension(),
        migrations.RunPython(create_groups, remove_groups),
    ]
