"""The registry's pages make the same number of queries whatever the number of members,
organisations, requests or pledges they concern: nothing is fetched per row (issue #10)."""

import pytest

from stakeholders.models import Membership
from tests.factories import (
    EventFactory,
    MembershipFactory,
    OrganisationFactory,
    PledgeFactory,
    RegistrationFactory,
    UserFactory,
    administrator_of,
)
from tests.query_counts import warm

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("pages_built_whole")]


@pytest.mark.parametrize("count", [1, 3])
def test_an_organisation_page_takes_the_same_queries_whatever_its_size(
    client, reference, django_assert_num_queries, count
):
    organisation = OrganisationFactory(name="Tadamon Network")
    administrator = administrator_of(organisation)
    for index in range(count):
        MembershipFactory(organisation=organisation, user__first_name=f"Member{index}")
        MembershipFactory(organisation=organisation, state=Membership.State.REQUESTED)
        PledgeFactory(organisation=organisation, state="published")
        event = EventFactory()
        event.organisers.create(organisation=organisation)
        RegistrationFactory(event=event, organisation=organisation)
    client.force_login(administrator)
    url = organisation.get_absolute_url()
    warm(client, url)

    # Session, user, their groups, any permission; the organisation, the person's membership,
    # their role, what they asked the secretariat to confirm. The page lists no member, pledge
    # or event: their number must cost nothing.
    with django_assert_num_queries(8):
        response = client.get(url)

    assert response.status_code == 200
    html = response.content.decode()
    assert "Tadamon Network" in html
    assert "You administer this organisation" in html


@pytest.mark.parametrize("count", [1, 3])
def test_the_members_page_takes_the_same_queries_for_1_and_3_members_and_requests(
    client, django_assert_num_queries, count
):
    organisation = OrganisationFactory()
    administrator = administrator_of(organisation)
    for index in range(count):
        MembershipFactory(organisation=organisation, user__first_name=f"Member{index}")
        MembershipFactory(
            organisation=organisation,
            state=Membership.State.REQUESTED,
            user__first_name=f"Asking{index}",
        )
    client.force_login(administrator)
    url = f"/en/organisations/{organisation.slug}/members/"
    warm(client, url)

    # Session, user, groups, any permission, verified address; the organisation; its memberships
    # with profiles.
    with django_assert_num_queries(7):
        response = client.get(url)

    assert response.status_code == 200
    html = response.content.decode()
    for index in range(count):
        assert f"Member{index} " in html
        assert f"Asking{index} " in html


@pytest.mark.parametrize("count", [1, 3])
def test_my_account_takes_the_same_queries_for_1_and_3_organisations_and_requests(
    client, django_assert_num_queries, count
):
    person = UserFactory()
    for index in range(count):
        organisation = OrganisationFactory(name=f"Administered Network {index}")
        MembershipFactory(
            organisation=organisation, user=person, role=Membership.Role.ADMINISTRATOR
        )
        MembershipFactory(
            organisation=organisation,
            state=Membership.State.REQUESTED,
            user__first_name=f"Asking{index}",
        )
        MembershipFactory(
            organisation=OrganisationFactory(name=f"Member Union {index}"), user=person
        )
        MembershipFactory(
            organisation=OrganisationFactory(name=f"Asked Alliance {index}"),
            user=person,
            state=Membership.State.REQUESTED,
        )
        MembershipFactory(
            organisation=OrganisationFactory(name=f"Declining Federation {index}"),
            user=person,
            state=Membership.State.DECLINED,
        )
    client.force_login(person)
    warm(client, "/en/me/")

    # Session, user, groups, any permission; the profile, the person's memberships, the requests to
    # answer.
    with django_assert_num_queries(7):
        response = client.get("/en/me/")

    assert response.status_code == 200
    html = response.content.decode()
    for index in range(count):
        assert f"Administered Network {index}" in html
        assert f"Member Union {index}" in html
        assert f"Asked Alliance {index}" in html
        assert f"Declining Federation {index}" in html
        assert f"Asking{index} " in html
