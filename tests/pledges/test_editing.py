"""Members write, submit, edit, withdraw and report on pledges in the browser's forms."""

from datetime import timedelta

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone

from common.models import AuditRecord
from gcm.models import Objective
from pledges.models import Pledge
from stakeholders.models import Verification
from tests.factories import PLEDGE_DESCRIPTION, OrganisationFactory, PledgeFactory, member_of
from tests.uploads import NOT_REALLY_PDF, TINY_PDF

from .conftest import PERSONAS

NEW = "/en/pledges/new/"


def form_data(organisation=None, **overrides):
    data = {
        "language": "en",
        "title": "Fair recruitment hotline",
        "description": PLEDGE_DESCRIPTION,
        "kind": "technical_capacity",
        "objectives": [str(Objective.objects.get(number=6).pk)],
        "countries": ["JO"],
        "start_date": "2022-06-01",
        "end_date": "2024-06-01",
        "contact_name": "Rania Saleh",
        "contact_email": "rania@example.org",
        "save": "1",
    }
    if organisation is not None:
        data["organisation"] = str(organisation.pk)
    data.update(overrides)
    return data


# --- Making a pledge -----------------------------------------------------------------------


def test_it_requires_login(client):
    response = client.get(NEW)

    assert response.status_code == 302
    assert "/accounts/login/" in response["Location"]


@pytest.mark.parametrize("who", ["outsider", "unverified_member", "moderator"])
def test_only_members_of_verified_organisations_may_pledge(client, outsider, moderator, who):
    person = {"outsider": outsider, "moderator": moderator}.get(who)
    if who == "unverified_member":
        person = member_of(OrganisationFactory(verification=Verification.PENDING))
    client.force_login(person)

    response = client.get(NEW)
    posted = client.post(NEW, form_data())

    assert response.status_code == posted.status_code == 403
    assert "verified" in response.content.decode()
    assert Pledge.objects.count() == 0


def test_a_member_saves_a_draft(client, organisation, member):
    client.force_login(member)

    response = client.post(NEW, form_data(organisation))

    pledge = Pledge.objects.get()
    assert response.status_code == 302
    assert response["Location"] == pledge.get_absolute_url()
    assert pledge.state == "draft"
    assert pledge.organisation == organisation
    assert pledge.title_en == "Fair recruitment hotline"
    assert pledge.contact_email == "rania@example.org"


def test_a_member_saves_and_submits_at_once(client, organisation, member):
    client.force_login(member)

    client.post(NEW, form_data(organisation, save=None, submit="1") | {"save": ""})

    pledge = Pledge.objects.get()
    assert pledge.state == "submitted"
    assert [r.action for r in AuditRecord.objects.for_object(pledge).order_by("pk")] == [
        "create",
        "submit",
    ]


def test_the_form_asks_the_language_and_defaults_to_the_pages(client, organisation, member):
    client.force_login(member)

    html = client.get("/fr/pledges/new/").content.decode()
    client.post("/fr/pledges/new/", form_data(organisation, language="ar", title="خط مساعدة"))

    assert '<option value="fr" selected>' in html
    pledge = Pledge.objects.get()
    assert (pledge.original_language, pledge.title_ar, pledge.title_fr) == ("ar", "خط مساعدة", None)


@pytest.mark.parametrize(
    ("overrides", "field"),
    [
        ({"description": "Too short."}, "description"),
        ({"description": "x" * 3001}, "description"),
        ({"objectives": []}, "objectives"),
        ({"countries": [], "region": ""}, "countries"),
        ({"end_date": "2021-01-01"}, "end_date"),
        ({"budget": "1000", "currency": ""}, "currency"),
        ({"budget": "-5", "currency": "USD"}, "budget"),
        ({"contact_email": "not an address"}, "contact_email"),
        ({"kind": "cake"}, "kind"),
        ({"title": ""}, "title"),
    ],
)
def test_mistakes_are_shown_and_typed_input_kept(client, organisation, member, overrides, field):
    client.force_login(member)

    response = client.post(NEW, form_data(organisation, **overrides))

    assert response.status_code == 200
    assert field in response.context["form"].errors
    html = response.content.decode()
    assert 'role="alert"' in html
    assert f'href="#id_{field}' in html  # the summary links to the field
    assert "Rania Saleh" in html  # what was typed is still there
    assert Pledge.objects.count() == 0


def test_the_description_is_counted_without_surrounding_spaces(client, organisation, member):
    client.force_login(member)

    response = client.post(NEW, form_data(organisation, description=" " * 50 + "x" * 299))

    assert "description" in response.context["form"].errors


def test_a_region_wide_pledge_needs_no_country(client, organisation, member):
    client.force_login(member)

    client.post(NEW, form_data(organisation, countries=[], region="arab_states"))

    assert Pledge.objects.get().region == "arab_states"


@pytest.mark.parametrize(
    "fake",
    [("report.pdf", b"MZ\x90\x00 not a pdf", "application/pdf"), *NOT_REALLY_PDF.values()],
    ids=["executable", *NOT_REALLY_PDF],
)
def test_the_attachment_must_really_be_a_pdf(client, organisation, member, fake):
    client.force_login(member)

    refused = client.post(NEW, form_data(organisation, attachment=SimpleUploadedFile(*fake)))

    assert "attachment" in refused.context["form"].errors
    assert Pledge.objects.count() == 0
    assert 'value="Fair recruitment hotline"' in refused.content.decode()  # kept


def test_a_real_pdf_is_stored_as_a_pdf_whatever_its_name(
    client, organisation, member, settings, tmp_path
):
    settings.MEDIA_ROOT = tmp_path
    client.force_login(member)
    real = SimpleUploadedFile("report.html", TINY_PDF, "text/html")

    accepted = client.post(NEW, form_data(organisation, attachment=real))

    assert accepted.status_code == 302
    name = Pledge.objects.get().attachment.name
    assert name.startswith("pledge-attachments/") and "report" not in name
    assert name.endswith(".pdf")


def test_a_partner_and_a_joint_pledge(client, organisation, member):
    partner = OrganisationFactory(name="Partner Org")
    client.force_login(member)

    missing_type = client.post(NEW, form_data(organisation, partners=[str(partner.pk)]))
    client.post(
        NEW,
        form_data(organisation, partners=[str(partner.pk)], partnership_type="in_partnership"),
    )

    assert "partnership_type" in missing_type.context["form"].errors
    pledge = Pledge.objects.get()
    assert list(pledge.partners.all()) == [partner]


def test_a_pledge_matches_another_given_by_its_number(
    client, organisation, member, published, draft
):
    """The number shown at the top of a pledge's page; only a published pledge can be matched."""
    client.force_login(member)
    form = client.get(NEW).content.decode()
    assert 'type="number" name="matches"' in form  # no list of every published pledge

    unknown = client.post(NEW, form_data(organisation, matches="999999"))
    unpublished = client.post(NEW, form_data(organisation, matches=str(draft.pk)))
    saved = client.post(NEW, form_data(organisation, matches=str(published.pk)))

    for refused in (unknown, unpublished):
        assert refused.status_code == 200
        assert "No published pledge has this number." in refused.content.decode()
    assert 'value="999999"' in unknown.content.decode()  # what was typed is kept
    assert saved.status_code == 302
    assert Pledge.objects.latest("pk").matches == published


# --- Editing and submitting ----------------------------------------------------------------


ACTIONS = ["edit/", "withdraw/", "progress/"]


@pytest.mark.parametrize("persona", PERSONAS, indirect=True)
@pytest.mark.parametrize("action", ACTIONS)
def test_member_pages_answer_404_to_everyone_else(client, draft, persona, action):
    response = client.get(f"/en/pledges/{draft.pk}/{action}")

    if persona == "anonymous":
        assert response.status_code == 302
    elif persona in ("member", "org_admin"):
        assert response.status_code in (200, 302)
    else:
        assert response.status_code == 404


@pytest.mark.parametrize("persona", ["outsider", "moderator"], indirect=True)
def test_outsiders_cannot_submit_even_a_published_pledges_sibling(client, draft, persona):
    response = client.post(f"/en/pledges/{draft.pk}/submit/")

    assert response.status_code == 404
    draft.refresh_from_db()
    assert draft.state == "draft"


def test_the_edit_form_shows_the_text_in_its_language(client, organisation, member):
    pledge = PledgeFactory(
        organisation=organisation,
        original_language="fr",
        title_en="Hotline",
        title_fr="Ligne d’assistance",
    )
    client.force_login(member)

    html = client.get(f"/en/pledges/{pledge.pk}/edit/").content.decode()

    assert 'value="Ligne d’assistance"' in html
    assert '<option value="fr" selected>' in html


def test_an_edit_records_what_changed(client, draft, member):
    client.force_login(member)

    client.post(f"/en/pledges/{draft.pk}/edit/", form_data(kind="financial"))

    record = AuditRecord.objects.for_object(draft).first()
    assert record.action == "update"
    assert "kind" in record.changes["fields"] and "title" in record.changes["fields"]


def test_a_member_edits_a_returned_pledge_and_submits_it_again(client, organisation, member):
    pledge = PledgeFactory(organisation=organisation, state="changes_requested")
    client.force_login(member)

    response = client.post(
        f"/en/pledges/{pledge.pk}/edit/",
        form_data(title="With numbers: 200 inspectors", submit="1", save=""),
    )

    assert response.status_code == 302
    pledge.refresh_from_db()
    assert pledge.title_en == "With numbers: 200 inspectors"
    assert pledge.state == "submitted"
    assert AuditRecord.objects.for_object(pledge).first().action == "resubmit"


@pytest.mark.parametrize("state", ["submitted", "published", "rejected", "withdrawn"])
def test_a_pledge_out_of_the_organisations_hands_is_not_edited(client, organisation, member, state):
    pledge = PledgeFactory(organisation=organisation, state=state, title_en="Fixed text")
    client.force_login(member)

    page = client.get(f"/en/pledges/{pledge.pk}/edit/")
    posted = client.post(f"/en/pledges/{pledge.pk}/edit/", form_data(title="Changed"))

    assert page.status_code == posted.status_code == 302
    pledge.refresh_from_db()
    assert pledge.title_en == "Fixed text"


def test_the_form_itself_refuses_published_text(organisation, member):
    from pledges.forms import PledgeForm

    pledge = PledgeFactory(organisation=organisation, state="published")
    form = PledgeForm(form_data(), instance=pledge, user=member)

    assert not form.is_valid()
    assert "report progress" in str(form.non_field_errors())


def test_submit_button_and_refusal(client, draft, member):
    client.force_login(member)

    client.post(f"/en/pledges/{draft.pk}/submit/")
    again = client.post(f"/en/pledges/{draft.pk}/submit/", follow=True)

    draft.refresh_from_db()
    assert draft.state == "submitted"
    assert "can be submitted" in again.content.decode()  # the refusal, as a message
    assert client.get(f"/en/pledges/{draft.pk}/submit/").status_code == 405


def test_a_member_withdraws_with_a_reason(client, published, member):
    client.force_login(member)

    page = client.get(f"/en/pledges/{published.pk}/withdraw/")
    client.post(f"/en/pledges/{published.pk}/withdraw/", {"reason": "Funding ended."})

    assert page.status_code == 200
    published.refresh_from_db()
    assert published.state == "withdrawn"
    record = AuditRecord.objects.for_object(published).first()
    assert (record.action, record.reason) == ("withdraw", "Funding ended.")
    assert client.get("/en/pledges/").content.decode().count('class="pledge-item"') == 0


# --- Progress --------------------------------------------------------------------------------


def test_a_member_reports_progress(client, published, member):
    client.force_login(member)
    today = timezone.localdate().isoformat()

    response = client.post(
        f"/en/pledges/{published.pk}/progress/",
        {"date": today, "stage": "completed", "text": "All done.", "language": "en"},
    )

    assert response.status_code == 302
    update = published.progress.get()
    assert (update.stage, update.text_en) == ("completed", "All done.")
    assert "All done." in client.get(published.get_absolute_url()).content.decode()


def test_progress_cannot_be_dated_in_the_future(client, published, member):
    client.force_login(member)
    tomorrow = (timezone.localdate() + timedelta(days=1)).isoformat()

    response = client.post(
        f"/en/pledges/{published.pk}/progress/",
        {"date": tomorrow, "stage": "completed", "text": "x", "language": "en"},
    )

    assert "date" in response.context["form"].errors
    assert published.progress.count() == 0


def test_no_progress_page_before_publication(client, draft, member):
    client.force_login(member)

    response = client.get(f"/en/pledges/{draft.pk}/progress/")

    assert response.status_code == 302
    assert response["Location"] == draft.get_absolute_url()
