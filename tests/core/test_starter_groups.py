"""Only the clinic's roles: Wagtail's starter "Editors" and "Moderators" groups are removed by a migration,
unless someone is still in them."""

import importlib

from django.apps import apps
from django.contrib.auth.models import Group
from wagtail.models import Workflow

from core.roles import ROLES

migration = importlib.import_module("core.migrations.0005_remove_wagtail_starter_groups")


def test_a_migrated_site_offers_only_the_clinic_roles(db):
    assert sorted(Group.objects.values_list("name", flat=True)) == sorted(ROLES)


def test_the_starter_workflow_nobody_could_approve_is_inactive(db):
    assert not Workflow.objects.filter(name="Moderators approval", active=True).exists()


def test_a_starter_group_with_members_is_kept_and_the_migration_says_why(db, django_user_model, capsys):
    editors = Group.objects.create(name="Editors")
    editors.user_set.add(django_user_model.objects.create_user("old-editor"))
    Group.objects.create(name="Moderators")
    Workflow.objects.filter(name="Moderators approval").update(active=True)

    migration.remove_starter_groups(apps, None)

    assert Group.objects.filter(name="Editors").exists()
    assert not Group.objects.filter(name="Moderators").exists()
    assert 'Group "Editors" kept: 1 user(s) still in it' in capsys.readouterr().out
    assert not Workflow.objects.get(name="Moderators approval").active


def test_the_starter_workflow_stays_active_while_its_group_remains(db, django_user_model):
    moderators = Group.objects.create(name="Moderators")
    moderators.user_set.add(django_user_model.objects.create_user("old-moderator"))
    Workflow.objects.filter(name="Moderators approval").update(active=True)

    migration.remove_starter_groups(apps, None)

    assert Workflow.objects.get(name="Moderators approval").active
