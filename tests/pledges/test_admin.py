"""The secretariat moderates pledges in the admin: list actions and buttons on a pledge, each
asking for the reason, going through the services; published text is read-only there."""

import re

import pytest
from django.contrib.admin.helpers import ACTION_CHECKBOX_NAME
from django.core import mail

from common.models import AuditRecord
from tests.factories import PledgeFactory, UserFactory
from tests.mfa import give_totp

CHANGELIST = "/admin/pledges/pledge/"


def change_url(pledge):
    return f"{CHANGELIST}{pledge.pk}/change/"


def decide_url(pledge, decision):
    return f"{CHANGELIST}{pledge.pk}/decide/{decision}/"


@pytest.fixture
def admin_client(client, moderator):
    client.force_login(moderator)
    return client


def test_the_secretariat_sees_submitted_pledges_with_decision_buttons(admin_client, submitted):
    listing = admin_client.get(f"{CHANGELIST}?state__exact=submitted")
    page = admin_client.get(change_url(submitted))

    assert listing.status_code == 200
    assert submitted.title_en in listing.content.decode()
    html = page.content.decode()
    for decision in ("publish", "request_changes", "reject"):
        assert decide_url(submitted, decision) in html


def test_no_decision_buttons_on_a_draft(admin_client, draft):
    html = admin_client.get(change_url(draft)).content.decode()

    assert "/decide/" not in html


def test_request_changes_from_the_pledge_page_asks_for_the_reason(
    admin_client, submitted, org_admin, django_capture_on_commit_callbacks
):
    form = admin_client.get(decide_url(submitted, "request_changes"))
    empty = admin_client.post(decide_url(submitted, "request_changes"), {"reason": ""})
    with django_capture_on_commit_callbacks(execute=True):
        done = admin_client.post(
            decide_url(submitted, "request_changes"), {"reason": "Please give numbers."}
        )

    assert form.status_code == 200
    assert "reason" in form.content.decode().lower()
    assert empty.status_code == 200 and empty.context["form"].errors
    assert done.status_code == 302
    assert done["Location"] == change_url(submitted)
    submitted.refresh_from_db()
    assert submitted.state == "changes_requested"
    record = AuditRecord.objects.for_object(submitted).first()
    assert (record.action, record.reason) == ("request_changes", "Please give numbers.")
    assert [message.to for message in mail.outbox] == [[org_admin.email]]


def test_publish_needs_no_reason(admin_client, submitted):
    response = admin_client.post(decide_url(submitted, "publish"), {"reason": ""})

    assert response.status_code == 302
    submitted.refresh_from_db()
    assert submitted.state == "published"


def test_an_illegal_decision_is_reported_not_applied(admin_client, draft):
    response = admin_client.post(decide_url(draft, "publish"), {"reason": ""}, follow=True)

    draft.refresh_from_db()
    assert draft.state == "draft"
    assert "Only a submitted pledge can be published." in response.content.decode()


def test_list_actions_ask_for_the_reason_then_apply_to_each(admin_client, organisation):
    pledges = [PledgeFactory(organisation=organisation, state="submitted") for _ in range(2)]
    draft = PledgeFactory(organisation=organisation)
    selected = [str(p.pk) for p in [*pledges, draft]]

    intermediate = admin_client.post(
        CHANGELIST, {"action": "reject_selected", ACTION_CHECKBOX_NAME: selected}
    )
    done = admin_client.post(
        CHANGELIST,
        {
            "action": "reject_selected",
            ACTION_CHECKBOX_NAME: selected,
            "apply": "1",
            "reason": "Not new action.",
        },
        follow=True,
    )

    assert intermediate.status_code == 200
    assert intermediate.context["decision"] == "reject"
    html = done.content.decode()
    assert "2 pledges done" in html
    assert "Only a submitted pledge can be rejected." in html  # the draft
    for pledge in pledges:
        pledge.refresh_from_db()
        assert pledge.state == "rejected"
    draft.refresh_from_db()
    assert draft.state == "draft"


def test_a_list_action_without_the_required_reason_asks_again(admin_client, submitted):
    response = admin_client.post(
        CHANGELIST,
        {
            "action": "request_changes_selected",
            ACTION_CHECKBOX_NAME: [str(submitted.pk)],
            "apply": "1",
            "reason": "",
        },
    )

    assert response.status_code == 200
    assert response.context["form"].errors
    submitted.refresh_from_db()
    assert submitted.state == "submitted"


def test_published_text_is_read_only_but_translations_can_be_added(admin_client, published):
    response = admin_client.get(change_url(published))

    form = response.context["adminform"].form
    assert "title_en" not in form.fields  # the original language: fixed
    assert "description_en" not in form.fields
    assert "title_ar" in form.fields and "title_fr" in form.fields


def test_a_draft_is_editable_in_the_admin(admin_client, draft):
    form = admin_client.get(change_url(draft)).context["adminform"].form

    assert "title_en" in form.fields


def test_staff_outside_the_secretariat_cannot_decide(client, submitted):
    staff = give_totp(UserFactory(is_staff=True))
    client.force_login(staff)

    response = client.post(decide_url(submitted, "publish"), {"reason": ""})

    assert response.status_code == 403
    submitted.refresh_from_db()
    assert submitted.state == "submitted"


def test_pledges_are_not_added_in_the_admin(admin_client):
    assert admin_client.get(f"{CHANGELIST}add/").status_code == 403


def test_the_history_shows_in_the_admin(admin_client, submitted, moderator):
    from pledges.services import request_changes

    request_changes(pledge=submitted, by=moderator, reason="Say by when.")

    html = admin_client.get(change_url(submitted)).content.decode()

    assert "Say by when." in html
    assert moderator.email in html


def test_the_admin_page_loads_nothing_remote(admin_client, draft):
    html = admin_client.get(change_url(draft)).content.decode()

    assert not re.search(r"""(src|href)=["']?(https?:)?//""", html)
    assert "tabbed_translation_fields" in html  # the translation tabs, from local files


def test_the_selection_checkbox_is_django_s_own(admin_client, submitted):
    # common.admin_lists writes it without a widget template per row: the same markup.
    from django import forms
    from django.contrib.admin import helpers
    from django.utils.html import format_html
    from django.utils.translation import gettext

    expected = forms.CheckboxInput(
        {
            "class": "action-select",
            "aria-label": format_html(
                gettext("Select this object for an action - {}"), str(submitted)
            ),
        },
        lambda value: False,
    ).render(helpers.ACTION_CHECKBOX_NAME, str(submitted.pk))

    html = admin_client.get(CHANGELIST).content.decode()

    assert expected in html


@pytest.mark.parametrize("count", [1, 3])
@pytest.mark.parametrize("filtered", [False, True])
def test_the_secretariat_s_list_takes_the_same_queries_for_1_and_3_pledges(
    admin_client, organisation, django_assert_num_queries, count, filtered
):
    from gcm.models import Objective

    six = Objective.objects.get(number=6)
    filters = f"?state__exact=submitted&objectives__id__exact={six.pk}" if filtered else ""
    for index in range(count):
        PledgeFactory(
            organisation=organisation,
            state="submitted",
            title_en=f"Listed pledge {index}",
            objectives=[6, 7],
        )
    admin_client.get(CHANGELIST + filters)

    # Session, user, second factor, permissions (two), the secretariat's group (two); the
    # pledges, their count (two with filters), the objectives of the filter.
    with django_assert_num_queries(10):
        response = admin_client.get(CHANGELIST + filters)

    html = response.content.decode()
    for index in range(count):
        assert f"Listed pledge {index}" in html


def test_each_row_links_to_its_pledge(admin_client, submitted, organisation):
    other = PledgeFactory(organisation=organisation, state="submitted")

    html = admin_client.get(CHANGELIST).content.decode()

    for pledge in (submitted, other):
        assert f'href="{change_url(pledge)}"' in html


def test_a_row_links_once_to_its_pledge_from_its_title(admin_client, submitted):
    html = admin_client.get(CHANGELIST).content.decode()

    assert html.count(f'href="{change_url(submitted)}"') == 1
    assert f'<td class="field-pk">{submitted.pk}</td>' in html  # the number, to quote
    title = re.search(
        rf'<th class="field-__str__"><a href="{change_url(submitted)}">(.*?)</a>', html
    )
    assert title and title.group(1) == str(submitted)


def test_the_list_shows_50_pledges_a_page(admin_client, organisation):
    PledgeFactory.create_batch(51, organisation=organisation, state="submitted")

    first = admin_client.get(CHANGELIST)
    second = admin_client.get(f"{CHANGELIST}?p=2")

    assert len(first.context["cl"].result_list) == 50
    assert len(second.context["cl"].result_list) == 1
    assert "51 pledges" in first.content.decode()


def test_pledges_filter_by_when_they_were_submitted(admin_client, organisation):
    from datetime import timedelta

    from django.utils import timezone

    recent = PledgeFactory(organisation=organisation, state="submitted", title_en="This week's")
    older = PledgeFactory(organisation=organisation, state="submitted", title_en="Last year's")
    type(older).objects.filter(pk=older.pk).update(
        submitted_at=timezone.now() - timedelta(days=400)
    )
    type(recent).objects.filter(pk=recent.pk).update(submitted_at=timezone.now())

    html = admin_client.get(CHANGELIST).content.decode()
    link = re.search(r'href="(\?submitted_at__gte=[^"]+)"[^>]*>Past 7 days', html)
    assert link, "the submission-date filter offers the past 7 days"
    listed = admin_client.get(CHANGELIST + link.group(1).replace("&amp;", "&"))

    assert [p.pk for p in listed.context["cl"].result_list] == [recent.pk]


def test_a_pledge_with_two_of_the_filtered_objectives_is_listed_once(admin_client, organisation):
    from gcm.models import Objective

    pledge = PledgeFactory(organisation=organisation, state="submitted", objectives=[6, 7])
    ids = ",".join(str(o.pk) for o in Objective.objects.filter(number__in=[6, 7]))

    response = admin_client.get(f"{CHANGELIST}?objectives__id__in={ids}")

    assert [p.pk for p in response.context["cl"].result_list] == [pledge.pk]
    assert response.context["cl"].result_count == 1
