"""Written inputs: submitted by members of verified organisations, published or declined by the
secretariat (recorded, with the reason, the author told in their language), visible to the
public only once published."""

import pytest
from django.core import mail

from common.errors import NotAllowed
from common.models import AuditRecord
from common.moderation import IllegalTransition, ReasonRequired
from consultations import services
from consultations.models import Input
from gcm.models import Objective, RoundTable
from tests.factories import EventFactory, InputFactory, UserFactory, member_of, secretariat_user

from .helpers import PERSONAS, page_text, url

pytestmark = pytest.mark.usefixtures("reference")


def form(organisation, **extra):
    return {
        "organisation": organisation.pk,
        "kind": "gap",
        "title": "Domestic workers left out",
        "text": "Wage protection does not reach domestic workers.",
        "objectives": [Objective.objects.get(number=6).pk, Objective.objects.get(number=7).pk],
        "language": "en",
        **extra,
    }


@pytest.mark.parametrize("role", PERSONAS)
def test_who_may_submit_an_input(client, persona, organisation, event, role):
    person = persona(role)
    if person:
        client.force_login(person)

    response = client.post(url("consultations:input_create", slug=event.slug), form(organisation))

    if role == "anonymous":
        assert response.status_code == 302 and "/accounts/login/" in response.url
    elif role == "member":
        written = Input.objects.get()
        assert response.status_code == 302 and response.url == written.get_absolute_url()
        assert (written.author, written.organisation, written.state) == (
            person,
            organisation,
            "submitted",
        )
        assert sorted(o.number for o in written.objectives.all()) == [6, 7]
        return
    else:
        assert response.status_code == 200
        assert "organisation verified by the secretariat" in response.content.decode()
    assert not Input.objects.exists()


def test_an_input_is_kept_in_the_language_it_was_written_in(client, organisation, event):
    client.force_login(member_of(organisation))

    client.post(
        url("consultations:input_create", "ar", slug=event.slug),
        form(
            organisation,
            title="عمال المنازل",
            text="لا تشمل حماية الأجور عمال المنازل.",
            language="ar",
        ),
    )

    written = Input.objects.get()
    assert (written.original_language, written.title_ar, written.title_en) == (
        "ar",
        "عمال المنازل",
        None,
    )
    html = client.get(url("consultations:input_detail", "en", pk=written.pk)).content.decode()
    assert '<span lang="ar" dir="rtl">عمال المنازل</span>' in html


def test_an_input_for_a_round_table_may_only_be_tagged_with_its_objectives(client, organisation):
    client.force_login(member_of(organisation))
    target = url("consultations:input_create_for_round_table", forum="imrf-2022", number=1)

    refused = client.post(target, form(organisation))  # objective 7 belongs to round table 4
    accepted = client.post(
        target, form(organisation, objectives=[Objective.objects.get(number=6).pk])
    )

    assert refused.status_code == 200 and "objectives" in refused.context["form"].errors
    assert accepted.status_code == 302
    assert Input.objects.get().round_table == RoundTable.objects.get(number=1)


def test_no_inputs_once_the_summary_is_out(organisation):
    event = EventFactory(state="summary_published")

    with pytest.raises(NotAllowed, match="no longer takes written inputs"):
        services.submit_input(
            by=member_of(organisation),
            organisation=organisation,
            kind="priority",
            title="Late",
            text="Too late.",
            objectives=Objective.objects.filter(number=1),
            event=event,
        )


def test_an_input_posted_after_the_summary_came_out_is_refused(client, organisation):
    event = EventFactory()
    client.force_login(member_of(organisation))
    target = url("consultations:input_create", slug=event.slug)
    assert client.get(target).status_code == 200
    event.state = "summary_published"
    event.save()

    response = client.post(target, form(organisation), follow=True)

    assert "no longer takes written inputs" in response.content.decode()
    assert not Input.objects.exists()


@pytest.mark.parametrize("role", ["member", "secretariat"])
def test_only_the_secretariat_decides(persona, role):
    written = InputFactory()
    person = persona(role)

    if role == "secretariat":
        services.publish_input(input=written, by=person)
        assert Input.objects.get().state == "published"
    else:
        with pytest.raises(NotAllowed):
            services.publish_input(input=written, by=person)
        with pytest.raises(NotAllowed):
            services.decline_input(input=written, by=person, reason="No.")
        assert Input.objects.get().state == "submitted"


def test_publishing_is_recorded_and_the_author_told_in_their_language(
    organisation, django_capture_on_commit_callbacks
):
    author = member_of(organisation, user__language="fr")
    written = InputFactory(organisation=organisation, author=author, title_en="End fees")
    secretariat = secretariat_user()

    with django_capture_on_commit_callbacks(execute=True):
        services.publish_input(input=written, by=secretariat)

    record = AuditRecord.objects.for_object(written).get()
    assert (record.action, record.from_state, record.to_state, record.actor) == (
        "input_published",
        "submitted",
        "published",
        secretariat,
    )
    assert [m.to for m in mail.outbox] == [[author.email]]
    assert mail.outbox[0].subject.endswith("Votre contribution écrite est publiée : End fees")
    assert f"/fr/inputs/{written.pk}/" in mail.outbox[0].body


def test_declining_needs_a_reason_which_is_recorded_and_sent(
    organisation, django_capture_on_commit_callbacks
):
    author = member_of(organisation, user__language="ar")
    written = InputFactory(organisation=organisation, author=author)
    secretariat = secretariat_user()

    with pytest.raises(ReasonRequired, match="Say why"):
        services.decline_input(input=written, by=secretariat, reason=" ")
    with django_capture_on_commit_callbacks(execute=True):
        services.decline_input(
            input=written, by=secretariat, reason="Duplicate of an earlier input."
        )

    written.refresh_from_db()
    assert (written.state, written.decision_reason) == (
        "declined",
        "Duplicate of an earlier input.",
    )
    record = AuditRecord.objects.for_object(written).get()
    assert record.reason == "Duplicate of an earlier input."
    assert "لم تُنشر مساهمتكم المكتوبة" in mail.outbox[0].subject
    assert "Duplicate of an earlier input." in mail.outbox[0].body
    with pytest.raises(IllegalTransition, match="already been decided"):
        services.publish_input(input=written, by=secretariat)


@pytest.mark.parametrize(
    ("viewer", "status"),
    [
        ("anonymous", 404),
        ("outsider", 404),
        ("author", 200),
        ("colleague", 200),
        ("secretariat", 200),
    ],
)
def test_an_undecided_input_is_seen_only_by_its_organisation_and_the_secretariat(
    client, organisation, viewer, status
):
    written = InputFactory(organisation=organisation)
    person = {
        "anonymous": None,
        "outsider": UserFactory(),
        "author": written.author,
        "colleague": member_of(organisation),
        "secretariat": secretariat_user(),
    }[viewer]
    if person:
        client.force_login(person)

    assert client.get(written.get_absolute_url()).status_code == status


def test_a_published_input_is_public(client):
    written = InputFactory(state="published", title_en="End fees")

    assert "End fees" in page_text(client.get(written.get_absolute_url()))


def test_my_inputs_lists_one_s_own_inputs_only(client, organisation):
    mine = InputFactory(organisation=organisation, title_en="Mine")
    InputFactory(title_en="Someone else's")
    client.force_login(mine.author)

    text = page_text(client.get(url("consultations:my_inputs")))

    assert "Mine" in text and "Someone else's" not in text
    assert "Submitted" in text
