"""The public reference pages: round tables and objectives, in the three languages."""

import pytest
from django.urls import reverse
from django.utils import translation

pytestmark = pytest.mark.usefixtures("reference")


def get(client, url_name, language="en", **kwargs):
    with translation.override(language):
        url = reverse(url_name, kwargs=kwargs)
    return client.get(url)


def test_round_tables_page_lists_each_round_table_with_its_objectives(client):
    response = get(client, "gcm:round_table_list")

    assert response.status_code == 200
    html = response.content.decode()
    for number in range(1, 5):
        assert f"Round table {number}" in html
    assert "Collect and utilize accurate and disaggregated data" in html
    assert "Whole-of-society approach" in html


def test_round_table_page_shows_its_objectives_only(client):
    response = get(client, "round_table_detail", forum="imrf-2022", number=4)

    html = response.content.decode()
    assert response.status_code == 200
    assert "Round table 4" in html
    assert "Strengthen international cooperation and global partnerships" in html  # objective 23
    assert "Provide access to basic services for migrants" not in html  # objective 15 is RT3


def test_objective_page_names_its_round_table(client):
    response = get(client, "objective_detail", number=6)

    html = response.content.decode()
    assert response.status_code == 200
    assert "Facilitate fair and ethical recruitment" in html
    assert reverse("round_table_detail", kwargs={"forum": "imrf-2022", "number": 1}) in html


def test_unknown_objective_and_round_table_answer_404(client):
    assert get(client, "objective_detail", number=24).status_code == 404
    assert get(client, "round_table_detail", forum="imrf-2022", number=5).status_code == 404
    assert get(client, "round_table_detail", forum="imrf-2099", number=1).status_code == 404


def test_arabic_objective_page_marks_the_working_translation(client):
    response = get(client, "objective_detail", language="ar", number=1)

    html = response.content.decode()
    assert '<html lang="ar" dir="rtl">' in html
    assert "جمع واستخدام بيانات دقيقة" in html
    assert "ترجمة غير رسمية" in html  # "unofficial translation"
    assert "الطاولة المستديرة 4" in html  # "Round table 4"


def test_french_page_uses_the_french_titles(client):
    response = get(client, "objective_detail", language="fr", number=2)

    html = response.content.decode()
    assert '<html lang="fr" dir="ltr">' in html
    assert "Lutter contre les facteurs négatifs" in html
    assert "Table ronde 1" in html


def test_a_missing_translation_falls_back_to_the_original_marked_with_its_language(client):
    from gcm.models import RoundTable

    round_table = RoundTable.objects.get(number=2)
    round_table.theme_en = "Regular pathways and protection at borders"
    round_table.save()

    response = get(client, "round_table_detail", language="fr", forum="imrf-2022", number=2)

    html = response.content.decode()
    assert '<span lang="en" dir="ltr">Regular pathways and protection at borders</span>' in html
    assert "Affiché en anglais — traduction en français en attente" in html
