"""`manage.py generate_report`: a report from the shell, its path printed."""

from io import StringIO
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command

from tests.reports import pdf

# The command runs its own transactions, as it does in a shell: the queued task runs on commit.
pytestmark = pytest.mark.django_db(transaction=True)


def test_it_prints_the_path_of_the_round_table_briefing(reference):
    out = StringIO()

    call_command("generate_report", "--round-table", "4", "--language", "fr", "--wait", stdout=out)

    path = Path(out.getvalue().strip())
    assert path.is_file()
    assert "Table ronde 4" in pdf.text(path)


def test_it_prints_the_path_of_the_meeting_summary_and_reuses_it(seed_event):
    first, second = StringIO(), StringIO()

    call_command("generate_report", "--event", seed_event.slug, "--language", "ar", stdout=first)
    call_command("generate_report", "--event", seed_event.slug, "--language", "ar", stdout=second)

    assert first.getvalue() == second.getvalue()
    assert Path(first.getvalue().strip()).read_bytes().startswith(b"%PDF-")


def test_it_says_what_it_does_not_know(reference):
    with pytest.raises(CommandError, match="No such event"):
        call_command("generate_report", "--event", "no-such-event", "--language", "en")
