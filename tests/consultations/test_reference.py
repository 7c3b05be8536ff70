"""`load_reference`: the 23 objectives, the IMRF 2022 round tables, working translations."""

from io import StringIO

import pytest
from django.core.management import call_command

from gcm.models import Forum, GuidingPrinciple, Objective, RoundTable

IMRF_2022_ROUND_TABLES = {
    1: [2, 5, 6, 12, 18],
    2: [4, 8, 9, 10, 11, 13, 21],
    3: [14, 15, 16, 19, 20, 22],
    4: [1, 3, 7, 17, 23],
}


def load():
    out = StringIO()
    call_command("load_reference", stdout=out)
    return out.getvalue()


def round_table_mapping():
    return {
        rt.number: sorted(rt.objectives.values_list("number", flat=True))
        for rt in RoundTable.objects.filter(forum__slug="imrf-2022")
    }


@pytest.mark.django_db
def test_it_loads_the_objectives_and_round_tables_of_the_design():
    output = load()

    assert "23 objectives, 10 guiding principles, 4 round tables." in output
    assert list(Objective.objects.values_list("number", flat=True)) == list(range(1, 24))
    assert round_table_mapping() == IMRF_2022_ROUND_TABLES
    first = Objective.objects.get(number=1)
    assert first.title_en.startswith("Collect and utilize accurate and disaggregated data")
    assert first.title_fr.startswith("Collecter et utiliser des données précises")


@pytest.mark.django_db
def test_running_it_twice_changes_nothing():
    load()
    load()

    assert Objective.objects.count() == 23
    assert GuidingPrinciple.objects.count() == 10
    assert Forum.objects.count() == 1
    assert RoundTable.objects.count() == 4
    assert round_table_mapping() == IMRF_2022_ROUND_TABLES
    # Every objective sits in exactly one IMRF 2022 round table.
    assert all(o.round_tables.count() == 1 for o in Objective.objects.all())


@pytest.mark.django_db
def test_arabic_titles_are_marked_as_working_translations():
    load()

    for objective in Objective.objects.all():
        assert objective.title_ar, objective.number
        assert objective.is_working_translation("ar")
        assert not objective.is_working_translation("en")
    # The reference has no French title for objective 18: a working one stands in, marked.
    eighteen = Objective.objects.get(number=18)
    assert eighteen.title_fr.startswith("Investir dans le perfectionnement")
    assert eighteen.is_working_translation("fr")
    assert not Objective.objects.get(number=17).is_working_translation("fr")


@pytest.mark.django_db
def test_a_translation_verified_by_the_secretariat_survives_a_reload():
    load()
    objective = Objective.objects.get(number=5)
    objective.title_ar = "نص رسمي أدخلته الأمانة"
    objective.working_translations = []
    objective.save()

    load()

    objective.refresh_from_db()
    assert objective.title_ar == "نص رسمي أدخلته الأمانة"
    assert not objective.is_working_translation("ar")
