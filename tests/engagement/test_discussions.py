"""Discussions: who may contribute and reply, closed discussions, hidden contributions."""

from datetime import timedelta

import pytest
from django.core import mail
from django.urls import reverse
from django.utils import timezone, translation

from common.errors import NotAllowed
from common.models import AuditRecord
from engagement.models import Contribution
from engagement.services import Closed, EngagementError
from engagement.services.discussions import contribute, hide_contribution, open_discussion
from gcm.models import Objective
from tests.engagement.conftest import ROLES
from tests.engagement.factories import ContributionFactory, DiscussionFactory, closed_discussion
from tests.factories import OrganisationFactory, member_of, secretariat_user

pytestmark = pytest.mark.usefixtures("reference")


def url(name, language="en", **kwargs):
    with translation.override(language):
        return reverse(f"engagement:{name}", kwargs=kwargs)


def post_contribution(client, discussion, body="We call for fee-free recruitment.", **extra):
    data = {"body": body, "language": "en", **extra}
    return client.post(url("discussion_detail", slug=discussion.slug), data)


# --- Who may contribute ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("role", "status"),
    [
        ("anonymous", 302),
        ("outsider", 403),
        ("pending_member", 403),
        ("member", 302),
        ("secretariat", 403),
    ],
)
def test_only_members_of_verified_organisations_contribute(as_role, organisation, role, status):
    discussion = DiscussionFactory()
    client, _person = as_role(role)

    response = post_contribution(client, discussion, organisation=organisation.pk)

    assert response.status_code == status
    assert discussion.contributions.count() == (1 if role == "member" else 0)
    if role == "anonymous":
        assert response["Location"].startswith(reverse("account_login"))
    if status == 403:
        assert "Only members of a verified organisation can contribute" in (
            response.content.decode()
        )


def test_a_member_contributes_in_the_language_they_choose(client, member, organisation):
    discussion = DiscussionFactory()
    client.force_login(member)

    response = client.post(
        url("discussion_detail", slug=discussion.slug),
        {"body": "نطالب بإلغاء رسوم التوظيف.", "language": "ar", "organisation": organisation.pk},
    )

    contribution = Contribution.objects.get()
    assert response.status_code == 302
    assert response["Location"].endswith(f"#contribution-{contribution.pk}")
    assert (contribution.author, contribution.organisation, contribution.language) == (
        member,
        organisation,
        "ar",
    )
    page = client.get(url("discussion_detail", slug=discussion.slug)).content.decode()
    assert '<div class="contribution-body" lang="ar" dir="rtl">' in page
    assert "Written in Arabic" in page
    assert organisation.name in page and member.display_name in page


def test_a_contribution_may_be_written_in_a_language_the_portal_does_not_speak(member):
    discussion = DiscussionFactory()
    organisation = member.memberships.get().organisation

    contribution = contribute(
        discussion=discussion,
        by=member,
        organisation=organisation,
        body="Ang mga manggagawa ay nangangailangan ng proteksyon.",
        language="tl",
    )

    assert contribution.language_name == "Tagalog"
    with pytest.raises(EngagementError):
        contribute(
            discussion=discussion, by=member, organisation=organisation, body="x", language="xx"
        )


def test_a_member_cannot_speak_for_an_organisation_they_do_not_belong_to(member):
    other = OrganisationFactory()

    with pytest.raises(NotAllowed):
        contribute(
            discussion=DiscussionFactory(), by=member, organisation=other, body="Hi", language="en"
        )


def test_errors_keep_what_was_typed(client, member, organisation):
    discussion = DiscussionFactory()
    client.force_login(member)

    response = client.post(
        url("discussion_detail", slug=discussion.slug),
        {"body": "x" * 5001, "language": "en", "organisation": organisation.pk},
    )

    html = response.content.decode()
    assert response.status_code == 200
    assert 'role="alert"' in html
    assert "x" * 5001 in html
    assert not Contribution.objects.exists()


# --- Replies ---------------------------------------------------------------------------------


def test_a_member_replies_and_a_reply_to_a_reply_joins_the_thread(client, member, organisation):
    discussion = DiscussionFactory()
    first = ContributionFactory(discussion=discussion)
    reply = ContributionFactory(discussion=discussion, parent=first)
    client.force_login(member)

    page = client.get(url("contribution_reply", slug=discussion.slug, pk=first.pk))
    response = client.post(
        url("contribution_reply", slug=discussion.slug, pk=reply.pk),
        {"body": "We agree.", "language": "en", "organisation": organisation.pk},
    )

    assert page.status_code == 200
    assert response.status_code == 302
    assert Contribution.objects.get(body="We agree.").parent == first


@pytest.mark.parametrize("role", ROLES)
def test_nobody_replies_to_a_hidden_contribution(as_role, role):
    discussion = DiscussionFactory()
    hidden = ContributionFactory(discussion=discussion, hidden_at=timezone.now())
    client, _person = as_role(role)

    response = client.get(url("contribution_reply", slug=discussion.slug, pk=hidden.pk))

    assert response.status_code == (302 if role == "anonymous" else 404)


def test_the_reply_page_tells_a_person_without_organisation_why_they_cannot_reply(as_role):
    discussion = DiscussionFactory()
    first = ContributionFactory(discussion=discussion)
    client, _person = as_role("outsider")

    response = client.get(url("contribution_reply", slug=discussion.slug, pk=first.pk))

    assert response.status_code == 403
    assert "Only members of a verified organisation can contribute" in response.content.decode()


# --- Closed and upcoming discussions ---------------------------------------------------------


def test_a_closed_discussion_is_read_only_and_shows_its_summary_on_top(client, member):
    discussion = closed_discussion(summary_en="Contributors asked for alternatives to kafala.")
    ContributionFactory(discussion=discussion, body="An earlier contribution.")
    client.force_login(member)

    page = client.get(url("discussion_detail", slug=discussion.slug))
    html = page.content.decode()
    refused = post_contribution(
        client, discussion, organisation=member.memberships.get().organisation_id
    )

    assert 'class="engagement-form"' not in html
    assert html.index("alternatives to kafala") < html.index("An earlier contribution.")
    assert "This discussion is closed" in html
    assert refused.status_code == 403
    assert discussion.contributions.count() == 1


def test_a_reply_posted_after_the_discussion_closed_is_refused(client, member, organisation):
    discussion = DiscussionFactory()
    first = ContributionFactory(discussion=discussion)
    client.force_login(member)
    page = client.get(url("contribution_reply", slug=discussion.slug, pk=first.pk))
    discussion.closes_at = timezone.now() - timedelta(seconds=1)
    discussion.save()

    response = client.post(
        url("contribution_reply", slug=discussion.slug, pk=first.pk),
        {"body": "Too late.", "language": "en", "organisation": organisation.pk},
    )

    assert page.status_code == 200  # the form was there while it was open
    assert response.status_code == 403
    assert not Contribution.objects.filter(body="Too late.").exists()
    with pytest.raises(Closed):
        contribute(
            discussion=discussion,
            by=member,
            organisation=organisation,
            body="Late reply",
            language="en",
            parent=first,
        )


def test_the_service_refuses_contributions_once_the_discussion_closes(member):
    discussion = DiscussionFactory()
    organisation = member.memberships.get().organisation
    discussion.closes_at = timezone.now() - timedelta(seconds=1)
    discussion.save()

    with pytest.raises(Closed):
        contribute(
            discussion=discussion, by=member, organisation=organisation, body="Late", language="en"
        )


@pytest.mark.parametrize(
    ("role", "status"), [(r, 200 if r == "secretariat" else 404) for r in ROLES]
)
def test_a_discussion_not_open_yet_is_seen_by_the_secretariat_only(as_role, role, status):
    discussion = DiscussionFactory(
        opens_at=timezone.now() + timedelta(days=2), closes_at=timezone.now() + timedelta(days=9)
    )
    client, _person = as_role(role)

    assert client.get(url("discussion_detail", slug=discussion.slug)).status_code == status
    listing = client.get(url("discussion_list")).content.decode()
    assert (discussion.title_en in listing) == (role == "secretariat")


def test_only_the_secretariat_opens_discussions(member, secretariat):
    now = timezone.now()
    fields = {
        "slug": "data-gaps",
        "title": "Data gaps",
        "introduction": "Which data is missing?",
        "opens_at": now,
        "closes_at": now + timedelta(days=10),
        "guiding_questions": ["What data?", "Who collects it?"],
        "objectives": Objective.objects.filter(number=1),
    }

    with pytest.raises(NotAllowed):
        open_discussion(by=member, **fields)
    discussion = open_discussion(by=secretariat, **fields)

    assert [q.text_en for q in discussion.guiding_questions.all()] == fields["guiding_questions"]
    assert AuditRecord.objects.for_object(discussion).get().action == "open"
    with pytest.raises(EngagementError):
        open_discussion(by=secretariat, **{**fields, "slug": "x", "closes_at": now})


# --- Moderation ------------------------------------------------------------------------------


def test_the_secretariat_hides_a_contribution_with_a_reason_and_the_author_is_told(
    secretariat, django_capture_on_commit_callbacks
):
    organisation = OrganisationFactory()
    author = member_of(organisation, user__language="fr")
    contribution = ContributionFactory(organisation=organisation, author=author)

    with django_capture_on_commit_callbacks(execute=True):
        hide_contribution(contribution=contribution, by=secretariat, reason="Publicité.")

    contribution.refresh_from_db()
    record = AuditRecord.objects.for_object(contribution).get()
    assert contribution.is_hidden and contribution.hidden_reason == "Publicité."
    assert (record.action, record.from_state, record.to_state, record.actor) == (
        "hide",
        "visible",
        "hidden",
        secretariat,
    )
    assert len(mail.outbox) == 1
    assert mail.outbox[0].to == [author.email]
    assert "a été masquée" in mail.outbox[0].subject  # in the author's language
    assert "Publicité." in mail.outbox[0].body


def test_hiding_needs_the_secretariat_and_a_reason(member, secretariat):
    contribution = ContributionFactory()

    with pytest.raises(NotAllowed):
        hide_contribution(contribution=contribution, by=member, reason="No.")
    with pytest.raises(EngagementError):
        hide_contribution(contribution=contribution, by=secretariat, reason="  ")
    assert not Contribution.objects.hidden().exists()


@pytest.mark.parametrize(
    ("role", "sees_text"),
    [
        ("anonymous", False),
        ("outsider", False),
        ("member", False),
        ("author", True),
        ("secretariat", True),
    ],
)
def test_a_hidden_contribution_stays_recorded_but_only_its_author_and_the_secretariat_read_it(
    client, people, role, sees_text
):
    discussion = DiscussionFactory()
    organisation = OrganisationFactory()
    author = member_of(organisation)
    hidden = ContributionFactory(
        discussion=discussion,
        organisation=organisation,
        author=author,
        body="Buy our services.",
        hidden_at=timezone.now(),
        hidden_reason="Advertising.",
    )
    ContributionFactory(discussion=discussion, parent=hidden, body="A visible reply.")
    person = author if role == "author" else people[role]
    if role != "anonymous":
        client.force_login(person)

    html = client.get(url("discussion_detail", slug=discussion.slug)).content.decode()

    assert ("Buy our services." in html) == sees_text
    assert ("Advertising." in html) == sees_text
    assert "A visible reply." in html  # replies to it remain
    assert ("Hidden contribution" in html) == (not sees_text)


def test_the_admin_action_asks_for_a_reason_then_hides(
    admin_client_secretariat, django_capture_on_commit_callbacks
):
    client, _secretariat = admin_client_secretariat
    contribution = ContributionFactory(author=member_of(OrganisationFactory()))
    changelist = reverse("admin:engagement_contribution_changelist")
    selection = {"action": "hide_selected", "_selected_action": [contribution.pk]}

    asked = client.post(changelist, selection)
    with django_capture_on_commit_callbacks(execute=True):
        done = client.post(changelist, {**selection, "apply": "1", "reason": "Off topic."})

    contribution.refresh_from_db()
    assert asked.status_code == 200 and "Reason" in asked.content.decode()
    assert done.status_code == 302
    assert contribution.hidden_reason == "Off topic."
    assert len(mail.outbox) == 1


@pytest.fixture
def admin_client_secretariat(client, db):
    person = secretariat_user()
    client.force_login(person)
    return client, person


# --- Lists -----------------------------------------------------------------------------------


def test_the_list_shows_open_and_closed_discussions_in_three_languages(client):
    DiscussionFactory(title_en="Open one", title_fr="Ouverte", title_ar="مفتوحة")
    closed_discussion(title_en="Closed one")

    english = client.get(url("discussion_list")).content.decode()
    arabic = client.get(url("discussion_list", "ar")).content.decode()
    french = client.get(url("discussion_list", "fr")).content.decode()

    assert english.index("Open one") < english.index("Closed one")
    assert 'dir="rtl"' in arabic and "مفتوحة" in arabic
    assert "Ouverte" in french
    # The closed one has no French: it is shown in English, saying so.
    assert 'lang="en" dir="ltr">Closed one' in french


@pytest.mark.parametrize("count", [1, 3])
def test_the_list_takes_the_same_number_of_queries_for_1_and_3_discussions(
    client, django_assert_num_queries, count
):
    for _index in range(count):
        discussion = DiscussionFactory(objectives=[1, 2])
        ContributionFactory(discussion=discussion)

    with django_assert_num_queries(2):
        response = client.get(url("discussion_list"))

    assert response.status_code == 200


@pytest.mark.parametrize("count", [1, 3])
def test_a_discussion_page_takes_the_same_number_of_queries_for_1_and_3_threads(
    client, django_assert_num_queries, count
):
    discussion = DiscussionFactory(objectives=[6])
    for _index in range(count):
        first = ContributionFactory(discussion=discussion)
        ContributionFactory(discussion=discussion, parent=first)

    with django_assert_num_queries(6):
        response = client.get(url("discussion_detail", slug=discussion.slug))

    assert response.status_code == 200
