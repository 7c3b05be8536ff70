"""The registry's forms, posted generated values (tests/security/formfuzz.py): never a server
error, always a clear error or a saved record."""

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.security.formfuzz import form_data_strategy, read_form

FUZZ = settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)

# (name, persona, path, method)
FORMS = [
    ("register", "outsider", "/en/organisations/register/", "post"),
    ("edit", "administrator", "/en/organisations/migrant-workers-network/edit/", "post"),
    ("profile", "outsider", "/en/me/profile/", "post"),
    ("directory filters", None, "/en/organisations/", "get"),
    ("join search", "outsider", "/en/organisations/join/", "get"),
]


# Generated query strings make very long page-cache keys; Redis and local memory take them.
@pytest.mark.filterwarnings("ignore::django.core.cache.backends.base.CacheKeyWarning")
@pytest.mark.parametrize(("name", "persona", "path", "method"), FORMS, ids=[f[0] for f in FORMS])
def test_generated_input_never_breaks_a_form(
    client, request, organisation, administrator, name, persona, path, method
):
    if persona:
        client.force_login(request.getfixturevalue(persona))
    fields, hidden = read_form(client.get(path).content.decode())
    assert fields, f"no form found on {path}"

    @FUZZ
    @given(data=form_data_strategy(fields), language=st.sampled_from(["en", "ar", "fr"]))
    def send(data, language):
        localized = path.replace("/en/", f"/{language}/", 1)
        response = getattr(client, method)(localized, {**hidden, **data})
        assert response.status_code < 500, f"{localized}: {response.status_code}"
        if method == "post" and response.status_code == 200:
            assert 'role="alert"' in response.content.decode(), localized

    send()
