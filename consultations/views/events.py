"""Public pages of consultation events: the list, one event with its whole record, and the
files of its documents."""

import rules
from django.conf import settings
from django.db.models import prefetch_related_objects
from django.http import Http404
from django.shortcuts import get_object_or_404, render
from django.urls import translate_url
from django.utils import timezone
from django.utils.translation import get_language

from common.cache import cached_for_visitors, when_drawn
from common.downloads import serve_upload
from common.errors import NotAllowed
from consultations.figures import event_figures
from consultations.models import (
    DOCUMENT_LANGUAGES,
    Event,
    EventDocument,
    Input,
    Registration,
    SharedSeat,
    organisers_prefetch,
)
from consultations.programme import agenda_in_parts
from consultations.rules import check_can_register
from consultations.seats import can_share_from, places_left
from stakeholders.models import Organisation

# What the event list and an event's page show (common.cache): events with their parts, agenda,
# speakers, documents, inputs and figures (registrations, shared seats); their forum and round
# tables; organisations; and, in the figures, participants' gender from their profiles.
LIST_SCOPES = ("consultations", "gcm", "stakeholders.Organisation")
PAGE_SCOPES = (*LIST_SCOPES, "stakeholders.Profile")


def visible_events(user):
    """Public events; the secretariat also sees those being prepared."""
    if rules.has_perm("consultations.view_every_event", user):
        return Event.objects.all()
    return Event.objects.public()


@cached_for_visitors(scopes=LIST_SCOPES)
def event_list(request):
    events = list(visible_events(request.user).for_listing().order_by("starts_on", "pk"))
    today = timezone.localdate()
    upcoming = [event for event in events if event.ends_on >= today]
    past = [event for event in reversed(events) if event.ends_on < today]
    return render(request, "consultations/event_list.html", {"upcoming": upcoming, "past": past})


def _participation(user, event: Event, places: int | None) -> dict:
    """What the person may do at this event: their registration, the organisations they may
    register for, whether they may share seats or have offers to answer."""
    if not user.is_authenticated:
        return {}
    registration = (
        Registration.objects.filter(event=event, user=user).select_related("organisation").first()
    )
    organisations = list(Organisation.objects.acting_for(user))
    registrable, refusals = [], []
    if (
        event.is_open_for_registration
        and places != 0  # the page says the event is full, once
        and not (registration and registration.is_active)
    ):
        for organisation in organisations:
            try:
                check_can_register(user, event, organisation)
            except NotAllowed as refusal:
                refusals.append(str(refusal))
            else:
                registrable.append(organisation)
    administered = list(Organisation.objects.verified().administered_by(user))
    offers = SharedSeat.objects.filter(
        event=event, state=SharedSeat.State.OFFERED, to_organisation__in=administered
    )
    return {
        "registration": registration,
        "organisations": organisations,
        "registrable": registrable,
        "refusals": refusals,
        "may_share": any(can_share_from(event, org) for org in administered),
        "offers_to_answer": offers.count() if administered else 0,
    }


RECORD = ("record_event", "agenda_items", "agenda", "round_tables", "figures", "inputs")


def _record(event: Event) -> dict:
    """What an event's page shows of its record, in a fixed number of queries."""
    prefetch_related_objects(
        [event],
        organisers_prefetch(),
        "aims",
        "documents",
        "objectives",
        "other_dates",
        "parts",
    )
    agenda_items = list(event.agenda_items.for_display())
    return {
        "record_event": event,
        "agenda_items": agenda_items,
        "agenda": agenda_in_parts(agenda_items, event.parts.all()),
        "round_tables": (
            event.forum.round_tables.prefetch_related("objectives") if event.forum_id else []
        ),
        "figures": event_figures(event, agenda_items),
        "inputs": Input.objects.published().filter(event=event).for_display(),
    }


@cached_for_visitors(scopes=PAGE_SCOPES)
def event_detail(request, slug):
    event = get_object_or_404(
        visible_events(request.user).select_related("forum", "recorded_figures"), slug=slug
    )
    language = (get_language() or settings.LANGUAGE_CODE)[:2]
    places = places_left(event) if event.state == Event.State.REGISTRATION_OPEN else None
    return render(
        request,
        "consultations/event_detail.html",
        {
            "event": event,
            # The record, the same for everyone who may see the event: read only when its
            # {% shared %} parts are drawn.
            **when_drawn(lambda: _record(event), RECORD),
            "places_left": places,
            "participation": _participation(request.user, event, places),
            "working_translation": event.is_working_translation(language),
            "original_url": translate_url(request.path, event.original_language),
        },
    )


def event_document(request, slug, pk, language):
    """One language version of an event's document, for whoever may see the event."""
    if language not in DOCUMENT_LANGUAGES:
        raise Http404
    document = get_object_or_404(
        EventDocument.objects.filter(event__in=visible_events(request.user)).select_related(
            "event"
        ),
        pk=pk,
        event__slug=slug,
    )
    return serve_upload(
        getattr(document, f"file_{language}"),
        filename=f"{document.event.slug}-document-{document.pk}-{language}.pdf",
        public=document.event.is_public,
    )
