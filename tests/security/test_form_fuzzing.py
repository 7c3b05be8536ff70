"""Every public and member form, posted thousands of generated values: never a server error,
always a clear error or a saved record."""

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.factories import UserFactory
from tests.security.formfuzz import form_data_strategy, read_form

pytestmark = pytest.mark.usefixtures("reference")

FUZZ = settings(
    max_examples=150,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)

# (name, persona, path). persona: None (anonymous) or "member" (a verified person).
FORMS = [
    ("sign up", None, "/en/accounts/signup/"),
    ("sign in", None, "/en/accounts/login/"),
    ("password reset", None, "/en/accounts/password/reset/"),
]


@pytest.fixture
def no_rate_limits(settings):
    settings.ACCOUNT_RATE_LIMITS = False


def check_answer(response, path):
    """A server error never; a redirect (saved) or the form again with its errors."""
    assert response.status_code < 500, f"{path}: {response.status_code}"
    if response.status_code == 200:
        html = response.content.decode()
        assert "errorlist" in html or 'role="alert"' in html or "error" in html.lower(), path


@pytest.mark.parametrize(("name", "persona", "path"), FORMS, ids=[f[0] for f in FORMS])
def test_generated_input_never_breaks_a_form(client, no_rate_limits, name, persona, path):
    if persona == "member":
        client.force_login(UserFactory())
    fields, hidden = read_form(client.get(path).content.decode())
    assert fields, f"no form found on {path}"

    @FUZZ
    @given(data=form_data_strategy(fields), language=st.sampled_from(["en", "ar", "fr"]))
    def post(data, language):
        localized = path.replace("/en/", f"/{language}/", 1)
        response = client.post(localized, {**hidden, **data})
        check_answer(response, localized)

    post()
