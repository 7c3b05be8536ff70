"""The POST matrix's proof that nothing changed: a snapshot sees any change to any record,
links between records included, but not a visit (a session, the time of the last sign-in)."""

from django.test import Client
from django.utils import timezone

from gcm.models import Objective
from stakeholders.models import Profile, User
from tests.factories import PledgeFactory, UserFactory
from tests.security.snapshot import changes, snapshot


def test_a_visit_changes_nothing(db):
    person = UserFactory()
    before = snapshot()

    Client().force_login(person)  # a session
    User.objects.filter(pk=person.pk).update(last_login=timezone.now())

    assert changes(before, snapshot()) == {}


def test_any_change_of_a_record_is_seen(db):
    person = UserFactory()
    before = snapshot()

    Profile.objects.filter(user=person).update(title="Programme Officer")

    assert changes(before, snapshot()) == {"stakeholders.profile": "1 rows, content changed"}


def test_a_new_link_between_records_is_seen(reference):
    pledge = PledgeFactory()
    before = snapshot()

    pledge.objectives.add(Objective.objects.get(number=1))

    assert changes(before, snapshot()) == {"pledges.pledge_objectives": "1 rows, then 2"}
