"""The pledge forms and the directory's filters, given generated values: never a server error."""

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.security.formfuzz import NASTY_TEXT, form_data_strategy, read_form

FUZZ = settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


def check_answer(response, path):
    assert response.status_code < 500, f"{path}: {response.status_code}"
    if response.status_code == 200:
        assert 'role="alert"' in response.content.decode(), path


@pytest.mark.parametrize("page", ["new/", "{pk}/edit/", "{pk}/progress/", "{pk}/withdraw/"])
def test_generated_input_never_breaks_a_pledge_form(client, member, organisation, page):
    from tests.factories import PledgeFactory

    state = "published" if page.startswith("{pk}/progress") else "draft"
    pledge = PledgeFactory(organisation=organisation, state=state)
    path = "/en/pledges/" + page.format(pk=pledge.pk)
    client.force_login(member)
    fields, hidden = read_form(client.get(path).content.decode())
    assert fields, path

    @FUZZ
    @given(data=form_data_strategy(fields), language=st.sampled_from(["en", "ar", "fr"]))
    def post(data, language):
        localized = path.replace("/en/", f"/{language}/", 1)
        response = client.post(localized, {**hidden, **data})
        if page.endswith("withdraw/") and response.status_code == 302:
            pledge.state = "draft"
            pledge.save()  # put it back for the next example
        else:
            check_answer(response, localized)

    post()


@FUZZ
@given(
    params=st.dictionaries(
        st.sampled_from(["objective", "round_table", "country", "group", "kind", "q", "page"]),
        NASTY_TEXT,
    )
)
def test_generated_filters_never_break_the_directory_dashboard_or_exports(client, params):
    for path in ("", "dashboard/", "export.csv", "export.json"):
        response = client.get(f"/en/pledges/{path}", params)
        assert response.status_code in (200, 400), (path, params)
        if response.streaming:  # an export fails, if it does, while it is being read
            assert b"".join(response.streaming_content), (path, params)
