"""An organisation's administrators manage its members; a member can leave; an organisation
always keeps an administrator."""

import pytest

from stakeholders.models import Membership

pytestmark = pytest.mark.django_db


def members_url(organisation) -> str:
    return f"/en/organisations/{organisation.slug}/members/"


def test_it_requires_login(client, organisation):
    response = client.get(members_url(organisation))

    assert response.status_code == 302
    assert "/accounts/login/" in response["Location"]


@pytest.mark.parametrize("persona", ["member", "outsider", "other_administrator"], indirect=True)
def test_it_checks_ownership(client, organisation, persona):
    client.force_login(persona)

    assert client.get(members_url(organisation)).status_code == 404


def test_an_administrator_sees_members_and_requests(
    client, organisation, administrator, member, outsider
):
    Membership.objects.create(user=outsider, organisation=organisation)
    client.force_login(administrator)

    response = client.get(members_url(organisation))

    assert response.status_code == 200
    assert [m.user for m in response.context["requests"]] == [outsider]
    assert {m.user for m in response.context["members"]} == {administrator, member}
    html = response.content.decode()
    assert member.email in html  # administrators see how to reach their members


def test_an_administrator_makes_a_member_administrator_and_back(
    client, organisation, administrator, member
):
    client.force_login(administrator)
    membership = member.memberships.get()

    client.post(f"{members_url(organisation)}{membership.pk}/role/", {"role": "administrator"})
    membership.refresh_from_db()
    assert membership.role == "administrator"

    client.post(f"{members_url(organisation)}{membership.pk}/role/", {"role": "member"})
    membership.refresh_from_db()
    assert membership.role == "member"


def test_an_unknown_role_is_refused(client, organisation, administrator, member):
    client.force_login(administrator)
    membership = member.memberships.get()

    response = client.post(
        f"{members_url(organisation)}{membership.pk}/role/", {"role": "owner"}, follow=True
    )

    membership.refresh_from_db()
    assert membership.role == "member"
    assert "Only active members have a role." in response.content.decode()


def test_an_administrator_removes_a_member(client, organisation, administrator, member):
    client.force_login(administrator)

    client.post(f"{members_url(organisation)}{member.memberships.get().pk}/remove/")

    assert not Membership.objects.filter(user=member).exists()


def test_a_membership_of_another_organisation_is_out_of_reach(
    client, administrator, other_administrator
):
    client.force_login(administrator)
    theirs = other_administrator.memberships.get()
    mine = administrator.memberships.get().organisation

    response = client.post(f"{members_url(mine)}{theirs.pk}/remove/")

    assert response.status_code == 404
    assert Membership.objects.filter(pk=theirs.pk).exists()


def test_the_last_administrator_cannot_step_down_or_leave(client, organisation, administrator):
    client.force_login(administrator)
    membership = administrator.memberships.get()

    response = client.post(
        f"{members_url(organisation)}{membership.pk}/role/", {"role": "member"}, follow=True
    )
    assert "needs at least one administrator" in response.content.decode()
    response = client.post(f"/fr/organisations/{organisation.slug}/leave/", follow=True)
    assert "doit garder au moins un administrateur" in response.content.decode()

    membership.refresh_from_db()
    assert (membership.role, membership.state) == ("administrator", "active")


def test_an_administrator_leaves_once_another_one_exists(
    client, organisation, administrator, member
):
    member.memberships.update(role="administrator")
    client.force_login(administrator)

    response = client.post(f"/en/organisations/{organisation.slug}/leave/")

    assert response["Location"] == "/en/me/"
    assert not Membership.objects.filter(user=administrator).exists()


def test_a_switched_off_administrator_does_not_keep_the_organisation_run(
    client, organisation, administrator, member
):
    member.memberships.update(role="administrator")
    member.is_active = False
    member.save()
    client.force_login(administrator)

    response = client.post(f"/en/organisations/{organisation.slug}/leave/", follow=True)

    assert "needs at least one administrator" in response.content.decode()
    assert Membership.objects.filter(user=administrator).exists()


def test_a_member_leaves_after_confirming(client, organisation, member):
    client.force_login(member)
    url = f"/en/organisations/{organisation.slug}/leave/"

    assert client.get(url).status_code == 200
    client.post(url)

    assert not Membership.objects.filter(user=member).exists()


@pytest.mark.parametrize("persona", ["outsider", "other_administrator"], indirect=True)
def test_only_members_can_leave(client, organisation, persona):
    client.force_login(persona)

    assert client.post(f"/en/organisations/{organisation.slug}/leave/").status_code == 404


def test_a_pending_request_is_not_membership(client, organisation, outsider):
    Membership.objects.create(user=outsider, organisation=organisation)
    client.force_login(outsider)

    assert client.post(f"/en/organisations/{organisation.slug}/leave/").status_code == 404
    assert client.get(members_url(organisation)).status_code == 404
