"""Following a discussion: the daily digest of new contributions, in each follower's language."""

from datetime import timedelta
from io import StringIO

import pytest
from django.core import mail
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone

from engagement.models import Follow
from engagement.services.discussions import follow_discussion
from engagement.tasks import send_discussion_digests
from tests.engagement.factories import ContributionFactory, DiscussionFactory
from tests.factories import OrganisationFactory, UserFactory, member_of

pytestmark = pytest.mark.usefixtures("reference")


def test_a_signed_in_person_follows_and_unfollows_a_discussion(client, stakeholder):
    discussion = DiscussionFactory()
    follow_url = reverse("engagement:discussion_follow", kwargs={"slug": discussion.slug})
    client.force_login(stakeholder)

    client.post(follow_url, {"follow": "1"})
    client.post(follow_url, {"follow": "1"})  # twice is still once
    assert Follow.objects.filter(user=stakeholder, discussion=discussion).count() == 1
    page = client.get(discussion.get_absolute_url()).content.decode()
    assert "Stop following" in page

    client.post(follow_url, {"follow": "0"})
    assert not Follow.objects.exists()


def test_following_needs_an_account(client):
    discussion = DiscussionFactory()

    response = client.post(
        reverse("engagement:discussion_follow", kwargs={"slug": discussion.slug})
    )

    assert response.status_code == 302
    assert response["Location"].startswith(reverse("account_login"))
    assert not Follow.objects.exists()


def test_following_needs_a_verified_address(client):
    """The digest goes to the person's address: only once they have shown that it is theirs."""
    discussion = DiscussionFactory()
    client.force_login(UserFactory(verified=False))

    response = client.post(
        reverse("engagement:discussion_follow", kwargs={"slug": discussion.slug}), {"follow": "1"}
    )

    assert response.status_code == 302
    assert response["Location"] == reverse("account_email")
    assert not Follow.objects.exists()


# The digest runs outside any transaction (engagement.services.discussions.send_digests): its
# tests commit for real.


@pytest.mark.django_db(transaction=True)
def test_the_digest_sends_new_visible_contributions_in_the_followers_language():
    discussion = DiscussionFactory(title_en="Fair recruitment", title_fr="Recrutement équitable")
    follower = UserFactory(language="fr")
    follow = follow_discussion(discussion=discussion, user=follower)
    Follow.objects.filter(pk=follow.pk).update(notified_until=timezone.now() - timedelta(hours=1))
    old = ContributionFactory(discussion=discussion, body="Before following.")
    old.created_at = timezone.now() - timedelta(days=2)
    old.save()
    organisation = OrganisationFactory(name="Gulf Migrant Voices")
    first = ContributionFactory(discussion=discussion, organisation=organisation, body="Wages!")
    ContributionFactory(discussion=discussion, parent=first, body="We agree on wages.")
    ContributionFactory(discussion=discussion, body="Spam.", hidden_at=timezone.now())
    ContributionFactory(
        discussion=discussion,
        organisation=OrganisationFactory(),
        author=follower,
        body="My own words.",
    )

    sent = send_discussion_digests.apply().get()

    assert sent == 1
    message = mail.outbox[0]
    assert message.to == [follower.email]
    assert message.extra_headers["Content-Language"] == "fr"
    assert "Recrutement équitable" in message.body
    assert "Gulf Migrant Voices" in message.body
    assert "Wages!" in message.body and "We agree on wages." in message.body
    for absent in ("Before following.", "Spam.", "My own words."):
        assert absent not in message.body
    assert f"/fr/discussions/{discussion.slug}/" in message.body

    # Nothing new: nothing sent the next day.
    assert send_discussion_digests.apply().get() == 0
    assert len(mail.outbox) == 1


@pytest.mark.django_db(transaction=True)
def test_one_email_per_follower_for_all_the_discussions_they_follow():
    follower = UserFactory()
    other = UserFactory()
    for title in ("First discussion", "Second discussion"):
        discussion = DiscussionFactory(title_en=title)
        for person in (follower, other):
            follow_discussion(discussion=discussion, user=person)
        Follow.objects.update(notified_until=timezone.now() - timedelta(hours=1))
        ContributionFactory(discussion=discussion, author=member_of(OrganisationFactory()))

    out = StringIO()
    call_command("send_discussion_digests", stdout=out)

    assert "2 digest" in out.getvalue()
    assert sorted(m.to[0] for m in mail.outbox) == sorted([follower.email, other.email])
    assert "First discussion" in mail.outbox[0].body and "Second discussion" in mail.outbox[0].body


@pytest.mark.django_db(transaction=True)
def test_a_digest_that_cannot_be_sent_comes_with_the_next_one(caplog):
    """Contributions count as sent only once their digest has left; the other followers still
    get theirs."""
    discussion = DiscussionFactory()
    refused = UserFactory(email="amal@example.org\nBcc: x@y.z")  # the mail system refuses it
    other = UserFactory()
    for person in (refused, other):
        follow_discussion(discussion=discussion, user=person)
    Follow.objects.update(notified_until=timezone.now() - timedelta(hours=1))
    ContributionFactory(discussion=discussion, body="Wages!")

    assert send_discussion_digests.apply().get() == 1
    assert [message.to for message in mail.outbox] == [[other.email]]
    assert "The digest to user" in caplog.text

    refused.email = "amal@example.org"  # corrected
    refused.save()
    assert send_discussion_digests.apply().get() == 1
    assert mail.outbox[1].to == ["amal@example.org"]
    assert "Wages!" in mail.outbox[1].body
