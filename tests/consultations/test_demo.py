"""`load_demo` loads every meeting file, and loading it again changes nothing."""

from datetime import timedelta
from io import StringIO

import pytest
from django.core.management import call_command
from django.utils import timezone

from consultations.models import (
    AgendaItem,
    Event,
    Input,
    Intervention,
    KeyPoint,
    Registration,
    SharedSeat,
    Speaker,
)
from demo import meetings

MODELS = (Event, AgendaItem, Speaker, KeyPoint, Intervention, Registration, SharedSeat, Input)


@pytest.mark.django_db
def test_load_demo_loads_the_events_once():
    call_command("load_demo", stdout=StringIO())
    counts = [model.objects.count() for model in MODELS]
    call_command("load_demo", stdout=StringIO())

    assert [model.objects.count() for model in MODELS] == counts
    seed = Event.objects.get(slug="arab-region-imrf-dialogue-2022")
    assert (str(seed.starts_on), seed.mode, seed.region, seed.state, seed.forum.slug) == (
        "2022-02-10",
        "virtual",
        "arab_states",
        "summary_published",
        "imrf-2022",
    )
    assert Event.objects.public().count() == len(meetings.meeting_files())
    upcoming = Event.objects.upcoming().get()
    assert upcoming.state == "registration_open"
    assert upcoming.starts_on == timezone.localdate() + timedelta(days=45)  # moved to stay upcoming
    assert Event.objects.past().filter(state="held").exists()
    assert SharedSeat.objects.filter(event=upcoming, state="accepted").exists()
    assert Input.objects.published().exists() and Input.objects.awaiting_decision().exists()
