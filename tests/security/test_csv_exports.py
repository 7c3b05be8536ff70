"""Every CSV the portal offers, found among its addresses (a new one must be given a way to fill
it here): with formula-like text in every free-text field that reaches it, downloaded through
its real address and read with `,` and with `;` as the separator, no cell and no part of a cell
starts with what a spreadsheet runs as a formula."""

import csv
import io
import re

import pytest
from django.db import models
from django.urls import URLPattern, URLResolver, get_resolver, reverse

from engagement.models import Answer, Question, SurveyResponse
from gcm.models import Objective
from tests.engagement.factories import survey_with_every_kind
from tests.factories import OrganisationFactory, PledgeFactory, coordinator_user

pytestmark = pytest.mark.usefixtures("reference")

# What a spreadsheet runs as a formula when a cell starts with it.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")

PAYLOADS = [
    "X;=cmd|' /C calc'!A0",
    "=1+1",
    "@SUM(1)",
    "a,b",
    "a,=1+1",
    "a; -2+3",
    "a\n+1",
    " =1",
]
NOT_FREE_TEXT = (models.SlugField, models.EmailField, models.URLField)


def with_payload(record, payload: str):
    """The record with `payload` in each of its free-text fields (no choices, addresses or
    slugs), cut to the field's length, saved."""
    for field in record._meta.concrete_fields:
        free_text = isinstance(field, models.CharField | models.TextField)
        if free_text and not isinstance(field, NOT_FREE_TEXT) and not field.choices:
            setattr(record, field.attname, payload[: field.max_length])
    record.save()
    return record


def pledges_csv(client, payload: str) -> str:
    organisation = with_payload(OrganisationFactory(), payload)
    partners = [with_payload(OrganisationFactory(), payload + suffix) for suffix in ("", ";2")]
    pledge = with_payload(
        PledgeFactory(organisation=organisation, state="published", objectives=[6, 15]), payload
    )
    pledge.partners.set(partners)
    return reverse("pledges:export_csv")


def survey_results_csv(client, payload: str) -> str:
    survey, questions = survey_with_every_kind()
    for question in questions.values():
        with_payload(question, payload)
        for choice in question.choices.all():
            with_payload(choice, payload)
    response = SurveyResponse.objects.create(
        survey=survey, organisation=with_payload(OrganisationFactory(), payload)
    )
    for kind, question in questions.items():
        answer = Answer.objects.create(
            response=response,
            question=question,
            text=payload if kind == Question.Kind.TEXT else "",
            scale_value=4 if kind == Question.Kind.SCALE else None,
        )
        answer.choices.set(question.choices.all())
        if kind == Question.Kind.OBJECTIVES:
            answer.objectives.set(Objective.objects.filter(number__in=[1, 6]))
    client.force_login(coordinator_user())
    return reverse("engagement:survey_export_csv", kwargs={"slug": survey.slug})


# How to fill each CSV the portal offers, by the name of its address.
CSV_EXPORTS = {
    "pledges:export_csv": pledges_csv,
    "engagement:survey_export_csv": survey_results_csv,
}


def csv_addresses(resolver=None, namespace="") -> set[str]:
    """The names of the portal's addresses that end in `.csv`."""
    found = set()
    for pattern in (resolver or get_resolver()).url_patterns:
        if isinstance(pattern, URLResolver):
            inner = f"{namespace}{pattern.namespace}:" if pattern.namespace else namespace
            found |= csv_addresses(pattern, inner)
        elif isinstance(pattern, URLPattern) and str(pattern.pattern).endswith(".csv"):
            found.add(f"{namespace}{pattern.name}")
    return found


def test_every_csv_of_the_portal_is_tested():
    assert csv_addresses() == set(CSV_EXPORTS)


def runnable_parts(text: str, separator: str) -> list[str]:
    """The cells of the CSV read with `separator`, and the parts a spreadsheet could split them
    into, that start (after spaces) with a formula character."""
    found = []
    for row in csv.reader(io.StringIO(text), delimiter=separator):
        for cell in row:
            parts = re.split(r"[;,\r\n]", cell)
            found += [part for part in parts if part.lstrip(" ").startswith(FORMULA_STARTS)]
    return found


@pytest.mark.parametrize("payload", PAYLOADS)
@pytest.mark.parametrize("export", sorted(CSV_EXPORTS))
def test_no_cell_of_a_csv_runs_in_a_spreadsheet(client, export, payload):
    address = CSV_EXPORTS[export](client, payload)

    response = client.get(address)

    assert response.status_code == 200
    body = b"".join(response.streaming_content) if response.streaming else response.content
    text = body.decode("utf-8-sig")
    # The payload did reach the file (a `'` may have been put in front of its formula).
    assert payload.replace("'", "") in text.replace("'", "")
    assert runnable_parts(text, ",") == []
    assert runnable_parts(text, ";") == []
