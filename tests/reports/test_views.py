"""The coordinators' report pages: who may see them, asking for the three languages, progress,
failure and retry, and downloads."""

import json
import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from gcm.models import RoundTable
from reports import rendering
from reports.models import Report
from tests.factories import UserFactory, coordinator_user
from tests.mfa import give_totp

pytestmark = pytest.mark.usefixtures("reference")

BRIEFING = Report.Kind.ROUND_TABLE_BRIEFING


@pytest.fixture
def round_table(reference):
    return RoundTable.objects.get(forum__slug="imrf-2022", number=2)


@pytest.fixture
def report(make_report, round_table):
    return make_report(kind=BRIEFING, subject=round_table, language="ar")


def urls(report):
    return [
        reverse("reports:report_list"),
        reverse("reports:report_detail", args=[report.pk]),
        reverse("reports:report_status", args=[report.pk]),
        reverse("reports:report_download", args=[report.pk]),
    ]


def test_it_requires_the_reports_role_anyone_else_gets_not_found(client, report, stakeholder):
    for url in urls(report):
        assert client.get(url).status_code == 404, url
    client.force_login(stakeholder)
    for url in urls(report):
        assert client.get(url).status_code == 404, url
    for url in (
        reverse("reports:report_request"),
        reverse("reports:report_retry", args=[report.pk]),
    ):
        assert client.post(url, {"kind": BRIEFING, "subject": 1}).status_code == 404
    assert Report.objects.count() == 1


@pytest.mark.parametrize(
    ("role", "sees_the_link"),
    [("stakeholder", False), ("staff", False), ("coordinator", True), ("secretariat", True)],
)
def test_the_menu_links_to_the_reports_for_those_who_may_use_them(
    client, role, sees_the_link, request
):
    people = {"staff": lambda: give_totp(UserFactory(is_staff=True))}
    client.force_login(people[role]() if role in people else request.getfixturevalue(role))

    html = client.get("/en/").content.decode()

    assert (f'href="{reverse("reports:report_list")}"' in html) == sees_the_link


@pytest.mark.parametrize("role", ["coordinator", "secretariat"])
def test_coordinators_and_the_secretariat_use_the_reports(client, report, role, request):
    client.force_login(request.getfixturevalue(role))

    for url in urls(report):
        assert client.get(url).status_code == 200, url


def test_the_list_shows_each_round_table_and_each_language_state(client, coordinator, report):
    client.force_login(coordinator)

    page = client.get("/en/reports/").content.decode()

    assert "Round-table briefings" in page
    assert page.count("Generate in the three languages") == RoundTable.objects.count()
    assert "Ready" in page
    assert "Not generated yet" in page
    assert reverse("reports:report_download", args=[report.pk]) in page


def test_the_list_reads_in_the_same_number_of_queries_however_many_reports(
    client, coordinator, make_report, round_table
):
    client.force_login(coordinator)
    make_report(kind=BRIEFING, subject=round_table, language="en")
    with CaptureQueriesContext(connection) as one:
        client.get("/en/reports/")
    for language in ("ar", "fr"):
        make_report(kind=BRIEFING, subject=round_table, language=language)
    other = RoundTable.objects.get(forum__slug="imrf-2022", number=3)
    make_report(kind=BRIEFING, subject=other, language="en")
    with CaptureQueriesContext(connection) as four:
        client.get("/en/reports/")

    assert len(four) == len(one)


def test_asking_for_the_three_languages_queues_them_and_returns_to_the_list(
    client, coordinator, round_table, django_capture_on_commit_callbacks
):
    client.force_login(coordinator)

    with django_capture_on_commit_callbacks() as callbacks:
        response = client.post(
            "/fr/reports/request/",
            {"kind": BRIEFING, "subject": round_table.pk, "language": "all"},
        )

    assert response.status_code == 302
    assert response["Location"] == f"/fr/reports/#{BRIEFING}-{round_table.pk}"
    reports = Report.objects.of(BRIEFING, round_table)
    assert sorted(reports.values_list("language", flat=True)) == ["ar", "en", "fr"]
    assert {r.requested_by for r in reports} == {coordinator}
    assert len(callbacks) == 3
    page = client.get(response["Location"]).content.decode()
    assert page.count('data-report-state="queued"') == 3
    assert 'http-equiv="refresh"' in page  # without JavaScript, the page still follows them


def test_asking_for_one_language_leads_to_its_progress_page(
    client, coordinator, round_table, django_capture_on_commit_callbacks
):
    client.force_login(coordinator)

    with django_capture_on_commit_callbacks():
        response = client.post(
            "/en/reports/request/", {"kind": BRIEFING, "subject": round_table.pk, "language": "fr"}
        )

    report = Report.objects.get()
    assert response["Location"] == f"/en/reports/{report.pk}/"
    page = client.get(response["Location"]).content.decode()
    assert "Waiting for a worker to take it up" in page
    assert re.search(r'<script src="/static/js/reports[.\w]*\.js" defer>', page)
    assert "<script>" not in page  # no inline script: the CSP holds


def test_the_status_answers_in_json_for_the_page_to_follow(client, coordinator, report):
    client.force_login(coordinator)

    status = json.loads(client.get(f"/ar/reports/{report.pk}/status.json").content)

    assert status["state"] == "done"
    assert status["in_progress"] is False
    assert status["label"] == "جاهز"
    assert status["download_url"] == f"/ar/reports/{report.pk}/download/"


def test_a_failure_shows_its_reason_and_a_retry_button_that_works(
    client,
    coordinator,
    make_report,
    round_table,
    monkeypatch,
    django_capture_on_commit_callbacks,
):
    client.force_login(coordinator)
    monkeypatch.setattr(rendering, "html_to_pdf", lambda html: 1 / 0)
    failed = make_report(kind=BRIEFING, subject=round_table, language="en")
    monkeypatch.undo()

    page = client.get(f"/en/reports/{failed.pk}/").content.decode()
    assert "The document could not be generated." in page
    assert "ZeroDivisionError" in page
    assert f'action="/en/reports/{failed.pk}/retry/"' in page

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(f"/en/reports/{failed.pk}/retry/")

    assert response["Location"] == f"/en/reports/{failed.pk}/"
    failed.refresh_from_db()
    assert failed.state == Report.State.DONE


def test_the_download_is_the_pdf_as_an_attachment(client, coordinator, report, round_table):
    client.force_login(coordinator)

    response = client.get(f"/en/reports/{report.pk}/download/")
    body = b"".join(response.streaming_content)

    assert response["Content-Type"] == "application/pdf"
    assert response["X-Content-Type-Options"] == "nosniff"
    disposition = response["Content-Disposition"]
    assert disposition.startswith("attachment;")
    assert f"imrf-round-table-briefing-imrf-2022-round-table-{round_table.number}-ar-v1.pdf" in (
        disposition
    )
    assert body.startswith(b"%PDF-")


def test_a_report_not_finished_has_nothing_to_download(
    client, coordinator, round_table, django_capture_on_commit_callbacks
):
    from reports import services

    client.force_login(coordinator)
    with django_capture_on_commit_callbacks():
        queued = services.request_report(kind=BRIEFING, subject=round_table, language="en")

    assert client.get(f"/en/reports/{queued.pk}/download/").status_code == 404


def test_other_versions_are_listed_on_the_report_page(
    client, coordinator, make_report, round_table
):
    from tests.factories import PledgeFactory

    client.force_login(coordinator)
    first = make_report(kind=BRIEFING, subject=round_table, language="en")
    PledgeFactory(title_en="Safe migration pledge", state="published", objectives=[8])
    second = make_report(kind=BRIEFING, subject=round_table, language="en")

    page = client.get(f"/en/reports/{second.pk}/").content.decode()

    assert "Other versions in this language" in page
    assert f"/en/reports/{first.pk}/download/" in page


def test_the_demo_coordinator_sees_the_reports_link(client, reference):
    user = coordinator_user()
    client.force_login(user)
    assert 'href="/en/reports/"' in client.get("/en/").content.decode()
    client.force_login(UserFactory())
    assert 'href="/en/reports/"' not in client.get("/en/").content.decode()
