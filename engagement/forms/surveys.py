"""The survey's answer form, built from its questions."""

from django import forms
from django.utils.html import conditional_escape, format_html_join
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from common.i18n import localized
from gcm.models import Objective

from ..models import Question
from ..models.surveys import SCALE, TEXT_ANSWER_MAX_LENGTH
from ..results import scale_label
from .common import OrganisationChoiceField

Kind = Question.Kind


def _field_for(question: Question, objectives, number: int) -> forms.Field:
    label = f"{number}. {localized(question, 'text').text}"
    if not question.required:
        label = _("%(question)s (optional)") % {"question": label}
    options = {
        "label": label,
        "required": question.required,
        # Django's form templates show help text as HTML: the secretariat's text is escaped.
        "help_text": conditional_escape(localized(question, "help_text").text),
    }
    if question.kind == Kind.SINGLE:
        choices = [(c.pk, localized(c, "label").text) for c in question.choices.all()]
        return forms.TypedChoiceField(
            choices=choices, coerce=int, widget=forms.RadioSelect, **options
        )
    if question.kind in (Kind.MULTIPLE, Kind.OBJECTIVES):
        if question.kind == Kind.MULTIPLE:
            choices = [(c.pk, localized(c, "label").text) for c in question.choices.all()]
        else:
            choices = [
                (o.pk, f"{o.number}. {localized(o, 'short_title').text}") for o in objectives
            ]
        if question.max_choices:
            limit = ngettext(
                "Choose at most %(limit)s.", "Choose at most %(limit)s.", question.max_choices
            ) % {"limit": question.max_choices}
            options["help_text"] = format_html_join(
                " ", "{}", ((part,) for part in filter(None, [options["help_text"], limit]))
            )
        return forms.TypedMultipleChoiceField(
            choices=choices, coerce=int, widget=forms.CheckboxSelectMultiple, **options
        )
    if question.kind == Kind.SCALE:
        choices = [(point, scale_label(question, point)) for point in SCALE]
        return forms.TypedChoiceField(
            choices=choices, coerce=int, widget=forms.RadioSelect, **options
        )
    return forms.CharField(
        widget=forms.Textarea(attrs={"rows": 4}), max_length=TEXT_ANSWER_MAX_LENGTH, **options
    )


class SurveyAnswerForm(forms.Form):
    def __init__(self, *args, survey, organisations, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["organisation"] = OrganisationChoiceField(
            organisations, label=_("Answer for the organisation")
        )
        self.questions = list(survey.questions.prefetch_related("choices"))
        objectives = list(Objective.objects.order_by("number"))
        for number, question in enumerate(self.questions, start=1):
            self.fields[f"q{question.pk}"] = _field_for(question, objectives, number)

    @property
    def only_organisation(self):
        return self.fields["organisation"].only

    @property
    def rows(self):
        """Each question with its bound field, in order."""
        return [(question, self[f"q{question.pk}"]) for question in self.questions]

    def clean(self):
        cleaned = super().clean()
        for question in self.questions:
            name = f"q{question.pk}"
            value = cleaned.get(name)
            if (
                question.max_choices
                and isinstance(value, list)
                and len(value) > question.max_choices
            ):
                self.add_error(
                    name,
                    ngettext(
                        "Choose at most %(limit)s.",
                        "Choose at most %(limit)s.",
                        question.max_choices,
                    )
                    % {"limit": question.max_choices},
                )
        return cleaned

    def answers(self) -> dict:
        return {q.pk: self.cleaned_data.get(f"q{q.pk}") for q in self.questions}
