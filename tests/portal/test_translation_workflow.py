"""The translation workflow: states per language, the secretariat's queue, admin filters."""

import pytest

from common import translation_status as ts
from gcm.models import Objective, RoundTable
from stakeholders.models import Organisation
from tests.factories import OrganisationFactory

pytestmark = pytest.mark.usefixtures("reference")


def french_organisation(**kwargs):
    return OrganisationFactory(
        original_language="fr",
        description_en="",
        description_fr="Accompagne les travailleuses migrantes au Maroc.",
        **kwargs,
    )


def test_language_states_of_a_record():
    organisation = french_organisation()

    assert ts.language_states(organisation) == {
        "en": ts.MISSING,
        "ar": ts.MISSING,
        "fr": ts.ORIGINAL,
    }

    organisation.description_ar = "ترافق العاملات المهاجرات في المغرب."
    organisation.working_translations = ["ar"]
    organisation.description_en = "Supports women migrant workers in Morocco."
    organisation.save()

    assert ts.language_states(organisation) == {
        "en": ts.TRANSLATED,
        "ar": ts.WORKING,
        "fr": ts.ORIGINAL,
    }


def test_objectives_arabic_titles_are_working_translations():
    objective = Objective.objects.get(number=1)

    assert ts.language_states(objective) == {
        "en": ts.ORIGINAL,
        "ar": ts.WORKING,
        "fr": ts.TRANSLATED,
    }


def test_the_queue_holds_a_record_until_it_is_translated_then_lets_it_go():
    organisation = french_organisation()

    assert organisation in [e.record for e in ts.translation_queue(language="ar")]
    assert organisation in [e.record for e in ts.translation_queue(language="en")]

    organisation.description_ar = "ترافق العاملات المهاجرات في المغرب."
    organisation.description_en = "Supports women migrant workers in Morocco."
    organisation.save()

    assert organisation not in [e.record for e in ts.translation_queue()]


def test_the_queue_filters_by_language_and_kind():
    french_organisation()

    arabic_kinds = {e.kind for e in ts.translation_queue(language="ar")}
    assert {"stakeholders.organisation", "gcm.objective"} <= arabic_kinds
    french_only = ts.translation_queue(language="fr")
    # Objective 18's French title is a working translation; the French organisation is original.
    assert [e.record for e in french_only if e.kind == "gcm.objective"] == [
        Objective.objects.get(number=18)
    ]
    assert all(
        e.kind == "stakeholders.organisation"
        for e in ts.translation_queue(kind="stakeholders.organisation")
    )


def test_missing_filter_in_sql_matches_the_states():
    french = french_organisation()
    complete = OrganisationFactory(description_en="x", description_ar="س", description_fr="x")

    missing_arabic = Organisation.objects.filter(ts.missing_q(Organisation, "ar"))

    assert french in missing_arabic
    assert complete not in missing_arabic


def test_completeness_counts_per_language():
    counts = {c.kind: c for c in ts.completeness()}

    objectives = counts["gcm.objective"]
    assert objectives.total == 23
    assert objectives.per_language["ar"] == {"missing": 0, "working": 23, "complete": 0}
    assert objectives.per_language["fr"] == {"missing": 0, "working": 1, "complete": 22}
    assert objectives.per_language["en"] == {"missing": 0, "working": 0, "complete": 23}


class TestQueuePage:
    url = "/en/secretariat/translations/"

    def test_it_is_out_of_reach_for_anyone_but_the_secretariat(
        self, client, stakeholder, coordinator
    ):
        assert client.get(self.url).status_code == 404
        client.force_login(stakeholder)
        assert client.get(self.url).status_code == 404
        client.force_login(coordinator)
        assert client.get(self.url).status_code == 404

    def test_the_secretariat_sees_the_queue_and_the_counts(self, client, secretariat):
        organisation = french_organisation(name="Association des travailleuses migrantes")
        client.force_login(secretariat)

        response = client.get(self.url + "?language=ar")

        html = response.content.decode()
        assert response.status_code == 200
        assert "Association des travailleuses migrantes" in html
        assert f"/admin/stakeholders/organisation/{organisation.pk}/change/" in html
        assert "0 complete, 23 working, 0 missing" in html

    def test_in_arabic(self, client, secretariat):
        client.force_login(secretariat)

        response = client.get("/ar/secretariat/translations/")

        assert response.status_code == 200
        assert "قائمة الترجمة" in response.content.decode()


def test_a_round_table_theme_missing_in_arabic_shows_the_original_with_its_language(client):
    round_table = RoundTable.objects.get(number=3)
    round_table.theme_fr = "Inclusion et cohésion sociale"
    round_table.original_language = "fr"
    round_table.save()

    html = client.get("/ar/round-tables/imrf-2022/3/").content.decode()

    assert '<span lang="fr" dir="ltr">Inclusion et cohésion sociale</span>' in html
    assert "معروض باللغة الفرنسية — الترجمة إلى العربية قيد الإعداد" in html


@pytest.mark.parametrize(
    "changelist",
    [
        "/admin/stakeholders/organisation/",
        "/admin/gcm/objective/",
        "/admin/consultations/event/",
        "/admin/consultations/input/",
        "/admin/pledges/pledge/",
        "/admin/engagement/practice/",
    ],
)
def test_admin_lists_filter_by_missing_language(client, secretariat, changelist):
    client.force_login(secretariat)

    html = client.get(changelist).content.decode()

    assert "?translation=missing-ar" in html
    assert "?translation=working-fr" in html
    assert client.get(changelist + "?translation=missing-en").status_code == 200


def test_the_missing_arabic_filter_lists_what_lacks_arabic(client, secretariat):
    french_organisation(name="Association des travailleuses migrantes")
    OrganisationFactory(
        name="Fully translated network", description_en="x", description_ar="س", description_fr="x"
    )
    client.force_login(secretariat)

    html = client.get("/admin/stakeholders/organisation/?translation=missing-ar").content.decode()

    assert "Association des travailleuses migrantes" in html
    assert "Fully translated network" not in html
