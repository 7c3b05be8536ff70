"""The consultations' pages make the same number of queries with one item and with many:
nothing is fetched per forum, round table, objective, input, registration or seat (issue #10)."""

import datetime

import pytest

from consultations.models import SharedSeat
from gcm.models import Forum, GuidingPrinciple, Objective, RoundTable
from stakeholders.models import Membership
from tests.factories import (
    EventFactory,
    InputFactory,
    MembershipFactory,
    OrganisationFactory,
    RegistrationFactory,
    UserFactory,
)
from tests.query_counts import warm

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("pages_built_whole")]


def _objective(number: int) -> Objective:
    return Objective.objects.create(
        number=number, title_en=f"Objective title {number}", short_title_en=f"Short {number}"
    )


def _forums(count: int) -> list[Forum]:
    """`count` forums, each with `count` round tables of two objectives, and `count` principles."""
    forums = []
    objectives = iter(_objective(number) for number in range(1, 2 * count * count + 1))
    for index in range(count):
        forum = Forum.objects.create(
            slug=f"imrf-{2022 + 4 * index}",
            name_en=f"Forum number {index}",
            location_en=f"City {index}",
            starts_on=datetime.date(2022 + 4 * index, 5, 17),
            ends_on=datetime.date(2022 + 4 * index, 5, 20),
        )
        for number in range(1, count + 1):
            round_table = RoundTable.objects.create(
                forum=forum, number=number, theme_en=f"Theme {index}-{number}"
            )
            round_table.objectives.set([next(objectives), next(objectives)])
        forums.append(forum)
    for number in range(1, count + 1):
        GuidingPrinciple.objects.create(
            number=number, paragraph=f"15 ({number})", title_en=f"Principle {number}"
        )
    return forums


@pytest.mark.parametrize("count", [1, 3])
def test_the_round_table_list_takes_the_same_queries_whatever_its_length(
    client, django_assert_num_queries, count
):
    _forums(count)
    url = "/en/round-tables/"
    warm(client, url)

    # The forums, their round tables, their objectives; the guiding principles.
    with django_assert_num_queries(4):
        response = client.get(url)

    assert response.status_code == 200
    html = response.content.decode()
    for index in range(count):
        assert f"Forum number {index}" in html
        assert f"Theme {index}-{count}" in html
        assert f"Principle {index + 1}" in html
    assert f"Objective title {2 * count * count}" in html


@pytest.mark.parametrize("count", [1, 3])
def test_the_objective_list_takes_the_same_queries_whatever_its_length(
    client, django_assert_num_queries, count
):
    _forums(count)
    url = "/en/objectives/"
    warm(client, url)

    # The objectives, and their round tables with their forums.
    with django_assert_num_queries(2):
        response = client.get(url)

    assert response.status_code == 200
    html = response.content.decode()
    for number in range(1, 2 * count * count + 1):
        assert f"Objective title {number}<" in html


@pytest.mark.parametrize("count", [1, 3])
def test_an_input_page_takes_the_same_queries_for_1_and_3_objectives(
    client, reference, django_assert_num_queries, count
):
    written = InputFactory(
        state="published", title_en="End fees", objectives=list(range(1, count + 1))
    )
    url = written.get_absolute_url()
    warm(client, url)

    # The input with its organisation, event and round table; its objectives.
    with django_assert_num_queries(2):
        response = client.get(url)

    assert response.status_code == 200
    html = response.content.decode()
    assert "End fees" in html
    for number in range(1, count + 1):
        assert f'href="/en/objectives/{number}/"' in html


@pytest.mark.parametrize("count", [1, 3])
def test_my_events_takes_the_same_queries_for_1_and_3_registrations_and_seats(
    client, django_assert_num_queries, count
):
    person = UserFactory()
    giver = OrganisationFactory(name="Accredited Alliance", ecosoc_status="special")
    MembershipFactory(organisation=giver, user=person, role=Membership.Role.ADMINISTRATOR)
    for index in range(count):
        event = EventFactory(title_en=f"Registered dialogue {index}")
        RegistrationFactory(event=event, organisation=giver, user=person)
        seated = EventFactory(title_en=f"Shared dialogue {index}")
        SharedSeat.objects.create(
            event=seated,
            from_organisation=giver,
            to_organisation=OrganisationFactory(name=f"Receiving Union {index}", migrant_led=True),
            offered_by=person,
        )
    client.force_login(person)
    url = "/en/my/events/"
    warm(client, url)

    # Session, user, groups, any permission; the registrations; the seats shared by or with the
    # organisations.
    with django_assert_num_queries(6):
        response = client.get(url)

    assert response.status_code == 200
    html = response.content.decode()
    for index in range(count):
        assert f"Registered dialogue {index}" in html
        assert f"Shared dialogue {index}" in html
        assert f"Receiving Union {index}" in html


@pytest.mark.parametrize("count", [1, 3])
def test_my_inputs_takes_the_same_queries_for_1_and_3_inputs(
    client, reference, django_assert_num_queries, count
):
    organisation = OrganisationFactory()
    person = MembershipFactory(organisation=organisation).user
    round_table = RoundTable.objects.get(forum__slug="imrf-2022", number=2)
    for index in range(count):
        InputFactory(organisation=organisation, author=person, title_en=f"Event input {index}")
        InputFactory(
            organisation=organisation,
            author=person,
            event=None,
            round_table=round_table,
            title_en=f"Round-table input {index}",
            objectives=[2, 3],
        )
    client.force_login(person)
    url = "/en/my/inputs/"
    warm(client, url)

    # Session, user, groups, any permission; the inputs with their events and round tables; their
    # objectives.
    with django_assert_num_queries(6):
        response = client.get(url)

    assert response.status_code == 200
    html = response.content.decode()
    for index in range(count):
        assert f"Event input {index}" in html
        assert f"Round-table input {index}" in html
