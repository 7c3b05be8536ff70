"""The Repository of Practices: submitting, moderating, the public catalogue and its filters."""

import re

import pytest
from django.core import mail
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import translation

from common.errors import NotAllowed
from common.models import AuditRecord
from common.moderation import IllegalTransition, ReasonRequired
from engagement.models import Practice
from engagement.services.practices import decline_practice, publish_practice, submit_practice
from gcm.models import Objective, RoundTable
from tests.engagement.conftest import ROLES
from tests.engagement.factories import PracticeFactory
from tests.factories import OrganisationFactory, member_of, secretariat_user
from tests.uploads import NOT_REALLY_PDF, TINY_PDF

pytestmark = pytest.mark.usefixtures("reference")
State = Practice.State


def url(name, language="en", **kwargs):
    with translation.override(language):
        return reverse(f"engagement:{name}", kwargs=kwargs)


def practice_form(organisation, **overrides):
    data = {
        "organisation": organisation.pk,
        "language": "fr",
        "title": "Permanences juridiques pour les travailleuses domestiques",
        "description": "Des avocates bénévoles conseillent chaque semaine.",
        "results": "1 150 dossiers traités.",
        "kind": "rights",
        "objectives": [Objective.objects.get(number=n).pk for n in (6, 7)],
        "countries": ["LB", "JO"],
        "partners": "Barreau de Beyrouth",
        "started_on": "2019-03-01",
        "ended_on": "",
        "evidence_url": "https://example.org/rapport",
    }
    data.update(overrides)
    return data


# --- Submitting ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("role", "status"),
    [
        ("anonymous", 302),
        ("outsider", 403),
        ("pending_member", 403),
        ("member", 200),
        ("secretariat", 403),
    ],
)
def test_only_members_of_verified_organisations_reach_the_form(as_role, role, status):
    client, _person = as_role(role)

    response = client.get(url("practice_create"))

    assert response.status_code == status
    if status == 403:
        assert "Only members of a verified organisation can submit" in response.content.decode()


def test_a_member_submits_a_practice_in_their_language(client, member, organisation):
    client.force_login(member)

    response = client.post(url("practice_create", "fr"), practice_form(organisation))

    practice = Practice.objects.get()
    assert response.status_code == 302
    assert response["Location"] == url("practice_detail", "fr", pk=practice.pk)
    assert practice.state == State.SUBMITTED
    assert (practice.original_language, practice.title_fr, practice.title_en) == (
        "fr",
        "Permanences juridiques pour les travailleuses domestiques",
        None,
    )
    assert [c.code for c in practice.countries] == ["JO", "LB"]
    assert practice.submitted_by == member
    assert AuditRecord.objects.for_object(practice).get().action == "submit"
    page = client.get(response["Location"]).content.decode()
    assert "The secretariat reviews this practice" in page or "Le secrétariat examine" in page


def test_a_practice_needs_evidence_and_keeps_what_was_typed(client, member, organisation):
    client.force_login(member)

    response = client.post(
        url("practice_create"), practice_form(organisation, evidence_url="", ended_on="2018-01-01")
    )

    html = response.content.decode()
    assert response.status_code == 200
    assert "Give a link or a PDF document as evidence." in html
    assert "The end cannot come before the start." in html
    assert "Barreau de Beyrouth" in html
    assert not Practice.objects.exists()


@pytest.mark.parametrize(
    "fake",
    [("report.pdf", b"<html>not a pdf</html>", "application/pdf"), *NOT_REALLY_PDF.values()],
    ids=["html named pdf", *NOT_REALLY_PDF],
)
def test_a_pdf_is_accepted_as_evidence_but_nothing_else(
    client, member, organisation, settings, tmp_path, fake
):
    settings.MEDIA_ROOT = str(tmp_path)
    client.force_login(member)

    refused = client.post(
        url("practice_create"),
        practice_form(organisation, evidence_url="", evidence_file=SimpleUploadedFile(*fake)),
    )
    pdf = SimpleUploadedFile("report.html", TINY_PDF, "text/html")
    accepted = client.post(
        url("practice_create"), practice_form(organisation, evidence_url="", evidence_file=pdf)
    )

    html = refused.content.decode()
    assert refused.status_code == 200
    assert (
        "The file is not a PDF document." in html
        or "The PDF document cannot be opened: it is damaged or incomplete." in html
    )
    assert "Permanences juridiques pour les travailleuses domestiques" in html  # kept
    assert accepted.status_code == 302
    name = Practice.objects.get().evidence_file.name
    assert name.startswith("practice-evidence/") and name.endswith(".pdf")


def test_a_member_cannot_submit_for_another_organisation(member):
    with pytest.raises(NotAllowed):
        submit_practice(
            organisation=OrganisationFactory(),
            by=member,
            language="en",
            title="T",
            description="D",
            results="R",
            kind="data",
            objectives=Objective.objects.filter(number=1),
            started_on="2020-01-01",
            evidence_url="https://example.org",
        )


# --- Who sees what ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("role", "status"),
    [
        ("anonymous", 404),
        ("outsider", 404),
        ("pending_member", 404),
        ("member", 200),
        ("colleague", 200),
        ("secretariat", 200),
    ],
)
def test_an_unpublished_practice_is_seen_by_its_organisation_and_the_secretariat(
    client, people, organisation, role, status
):
    practice = PracticeFactory(organisation=organisation, state=State.SUBMITTED)
    person = member_of(organisation) if role == "colleague" else people[role]
    if role != "anonymous":
        client.force_login(person)

    assert client.get(url("practice_detail", pk=practice.pk)).status_code == status


@pytest.mark.parametrize("role", ROLES)
def test_a_published_practice_is_public(as_role, role):
    practice = PracticeFactory(state=State.PUBLISHED)
    client, _person = as_role(role)

    assert client.get(url("practice_detail", pk=practice.pk)).status_code == 200


def test_another_organisations_declined_practice_is_out_of_reach(client, member):
    practice = PracticeFactory(state=State.DECLINED)
    client.force_login(member)

    assert client.get(url("practice_detail", pk=practice.pk)).status_code == 404


# --- Moderation ------------------------------------------------------------------------------


def test_the_secretariat_publishes_and_the_submitter_is_told_in_their_language(
    secretariat, django_capture_on_commit_callbacks
):
    organisation = OrganisationFactory()
    submitter = member_of(organisation, user__language="ar")
    practice = PracticeFactory(organisation=organisation, submitted_by=submitter)

    with django_capture_on_commit_callbacks(execute=True):
        publish_practice(practice=practice, by=secretariat)

    practice.refresh_from_db()
    record = AuditRecord.objects.for_object(practice).get()
    assert practice.state == State.PUBLISHED and practice.published_at
    assert (record.action, record.from_state, record.to_state) == (
        "publish",
        "submitted",
        "published",
    )
    assert mail.outbox[0].to == [submitter.email]
    assert mail.outbox[0].extra_headers["Content-Language"] == "ar"


def test_the_secretariat_declines_with_a_reason(secretariat, django_capture_on_commit_callbacks):
    practice = PracticeFactory(submitted_by=member_of(OrganisationFactory()))

    with pytest.raises(ReasonRequired):
        decline_practice(practice=practice, by=secretariat, reason="")
    with django_capture_on_commit_callbacks(execute=True):
        decline_practice(practice=practice, by=secretariat, reason="No evidence of results.")

    practice.refresh_from_db()
    assert practice.state == State.DECLINED
    assert practice.decision_reason == "No evidence of results."
    assert "No evidence of results." in mail.outbox[0].body
    with pytest.raises(IllegalTransition):
        publish_practice(practice=practice, by=secretariat)  # only a submitted one


def test_members_do_not_moderate(member):
    practice = PracticeFactory()

    with pytest.raises(NotAllowed):
        publish_practice(practice=practice, by=member)
    with pytest.raises(NotAllowed):
        decline_practice(practice=practice, by=member, reason="No.")
    practice.refresh_from_db()
    assert practice.state == State.SUBMITTED


def test_the_admin_actions_publish_and_decline_with_a_reason(client):
    client.force_login(secretariat_user())
    first, second = PracticeFactory(), PracticeFactory()
    changelist = reverse("admin:engagement_practice_changelist")

    client.post(
        changelist, {"action": "publish_selected", "_selected_action": [first.pk], "apply": "1"}
    )
    asked = client.post(changelist, {"action": "decline_selected", "_selected_action": [second.pk]})
    client.post(
        changelist,
        {
            "action": "decline_selected",
            "_selected_action": [second.pk],
            "apply": "1",
            "reason": "Outside the GCM.",
        },
    )

    first.refresh_from_db()
    second.refresh_from_db()
    assert asked.status_code == 200
    assert (first.state, second.state) == (State.PUBLISHED, State.DECLINED)
    assert second.decision_reason == "Outside the GCM."


# --- The catalogue ---------------------------------------------------------------------------


def test_the_catalogue_lists_published_practices_only_with_the_pledges_filters(client):
    published = PracticeFactory(state=State.PUBLISHED, title_en="Welcome desks", countries=["TN"])
    data = PracticeFactory(
        state=State.PUBLISHED,
        title_en="Counting unpaid wages",
        kind="data",
        countries=["KW"],
        organisation=OrganisationFactory(group="migrants"),
        objectives=[1],
    )
    PracticeFactory(state=State.SUBMITTED, title_en="Not yet")

    def titles(query=""):
        html = client.get(url("practice_list") + query).content.decode()
        return {t for t in ("Welcome desks", "Counting unpaid wages", "Not yet") if t in html}

    round_table_1 = RoundTable.objects.of_current_forum().get(number=1)
    assert titles() == {"Welcome desks", "Counting unpaid wages"}
    assert titles("?objective=1") == {"Counting unpaid wages"}
    assert titles(f"?round_table={round_table_1.number}") == {"Welcome desks"}  # objective 6
    assert titles("?country=TN") == {"Welcome desks"}
    assert titles("?group=migrants") == {"Counting unpaid wages"}
    assert titles("?kind=data") == {"Counting unpaid wages"}
    assert titles("?q=unpaid") == {"Counting unpaid wages"}
    assert published.pk != data.pk


@pytest.mark.parametrize("count", [1, 3])
def test_the_catalogue_takes_the_same_number_of_queries_for_1_and_3_practices(
    client, django_assert_num_queries, count
):
    for _index in range(count):
        PracticeFactory(state=State.PUBLISHED, objectives=[6, 7])

    with django_assert_num_queries(5):
        assert client.get(url("practice_list")).status_code == 200


@pytest.mark.parametrize("language", ["en", "ar", "fr"])
def test_the_catalogue_reads_in_three_languages(client, language):
    PracticeFactory(
        state=State.PUBLISHED,
        title_en="Welcome desks",
        title_fr="Guichets d’accueil",
        title_ar="مكاتب الاستقبال",
        working_translations=["ar", "fr"],
    )

    html = client.get(url("practice_list", language)).content.decode()

    expected = {"en": "Welcome desks", "fr": "Guichets d’accueil", "ar": "مكاتب الاستقبال"}
    assert expected[language] in html
    if language != "en":
        assert {"ar": "ترجمة غير رسمية", "fr": "traduction non officielle"}[language] in html


# --- Objective and round-table pages ---------------------------------------------------------


def test_published_practices_show_on_their_objectives_and_round_tables_pages(client):
    PracticeFactory(state=State.PUBLISHED, title_en="Welcome desks", objectives=[16])
    PracticeFactory(state=State.SUBMITTED, title_en="Not yet", objectives=[16])

    objective = client.get(reverse("objective_detail", kwargs={"number": 16})).content.decode()
    round_table = client.get(
        reverse("round_table_detail", kwargs={"forum": "imrf-2022", "number": 3})
    ).content.decode()
    elsewhere = client.get(reverse("objective_detail", kwargs={"number": 1})).content.decode()

    assert "Welcome desks" in objective and "Welcome desks" in round_table
    assert "Not yet" not in objective
    assert "Welcome desks" not in elsewhere


def test_a_practice_published_shows_at_once_on_a_page_cached_for_visitors(client, settings):
    settings.PAGE_CACHE = True
    practice = PracticeFactory(title_en="Welcome desks", objectives=[16])
    objective_page = reverse("objective_detail", kwargs={"number": 16})
    assert "Welcome desks" not in client.get(objective_page).content.decode()

    publish_practice(practice=practice, by=secretariat_user())

    assert "Welcome desks" in client.get(objective_page).content.decode()


@pytest.mark.parametrize(
    ("published", "told"), [(5, "5 published practices"), (6, "All 6 practices")]
)
def test_an_objective_page_counts_its_practices_and_shows_five(client, published, told):
    for n in range(published):
        PracticeFactory(state=State.PUBLISHED, title_en=f"Practice {n}", objectives=[16])
    PracticeFactory(state=State.SUBMITTED, title_en="Practice not yet", objectives=[16])

    html = client.get(reverse("objective_detail", kwargs={"number": 16})).content.decode()

    assert told in html
    assert len(re.findall(r'<li><a href="/en/practices/\d+/">', html)) == 5


def test_the_practices_section_reads_the_count_only_when_more_are_not_shown(
    django_assert_num_queries,
):
    from engagement.topics import sections

    objective = Objective.objects.get(number=16)
    PracticeFactory(state=State.PUBLISHED, objectives=[16])
    # The practices shown (one more tells whether there are more) and the open discussions.
    with django_assert_num_queries(2):
        sections([objective])
    for _ in range(5):
        PracticeFactory(state=State.PUBLISHED, objectives=[16])
    with django_assert_num_queries(3):
        [practices] = sections([objective])
    assert practices.context["count"] == 6
