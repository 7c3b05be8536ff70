"""A report's page makes the same number of queries whatever the number of its other versions
(issue #10)."""

import pytest
from django.utils import timezone

from gcm.models import RoundTable
from reports.models import Report

pytestmark = pytest.mark.usefixtures("reference")

BRIEFING = Report.Kind.ROUND_TABLE_BRIEFING


@pytest.mark.parametrize("count", [1, 3])
def test_a_report_page_takes_the_same_queries_for_1_and_3_other_versions(
    client, coordinator, django_assert_num_queries, count
):
    round_table = RoundTable.objects.get(forum__slug="imrf-2022", number=2)
    now = timezone.now()
    versions = [
        Report.objects.create(
            kind=BRIEFING,
            round_table=round_table,
            language="en",
            version=version,
            state=Report.State.DONE if version % 2 else Report.State.FAILED,
            requested_by=coordinator,
            finished_at=now,
        )
        for version in range(1, count + 1)
    ]
    # The same report in the other languages is not listed, and costs nothing either.
    for language in ("ar", "fr"):
        Report.objects.create(
            kind=BRIEFING, round_table=round_table, language=language, state=Report.State.DONE
        )
    report = Report.objects.create(
        kind=BRIEFING,
        round_table=round_table,
        language="en",
        version=count + 1,
        state=Report.State.DONE,
        pages=4,
        requested_by=coordinator,
    )
    client.force_login(coordinator)
    url = report.get_absolute_url()
    assert client.get(url).status_code == 200

    # Session, user, groups, second factor; stale reports (a look and an update); the report
    # with its subject and who asked for it, that person's profile; its other versions.
    with django_assert_num_queries(9):
        response = client.get(url)

    assert response.status_code == 200
    html = response.content.decode()
    for other in versions:
        assert f'href="{other.get_absolute_url()}">version {other.version}<' in html
