"""The list of the 23 objectives, each tagged with the round tables covering it."""

import datetime
import re

import pytest
from django.utils import translation

from gcm.models import Forum, Objective, RoundTable

pytestmark = pytest.mark.usefixtures("reference")


def tags_of(html: str, number: int) -> list[str]:
    item = re.search(
        rf'<span class="objective-number">{number}</span>.*?'
        r'<span class="tags">((?:<span class="tag">.*?</span>)*)</span>',
        html,
        re.S,
    ).group(1)
    return re.findall(r'<span class="tag">(.*?)</span>', item)


@pytest.mark.parametrize("language", ["en", "fr", "ar"])
def test_each_objective_names_its_round_tables_newest_forum_first(client, language):
    later = Forum.objects.create(
        slug="imrf-2026",
        name_en="IMRF 2026",
        starts_on=datetime.date(2026, 5, 5),
        ends_on=datetime.date(2026, 5, 8),
    )
    RoundTable.objects.create(forum=later, number=3).objectives.set(
        Objective.objects.filter(number__in=[6, 7])
    )

    html = client.get(f"/{language}/objectives/").content.decode()

    with translation.override(language):
        one, three, four = (RoundTable(number=n).name for n in (1, 3, 4))
    assert tags_of(html, 6) == [f"{three} · 2026", f"{one} · 2022"]
    assert tags_of(html, 1) == [f"{four} · 2022"]
    assert len(re.findall(r'<span class="objective-number">', html)) == 23
