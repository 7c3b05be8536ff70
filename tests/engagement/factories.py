"""Factories for the online consultations' tests."""

from datetime import date, timedelta

import factory
from django.utils import timezone

from engagement.models import (
    Choice,
    Contribution,
    Discussion,
    Practice,
    Question,
    Survey,
)
from tests.factories import OrganisationFactory


class DiscussionFactory(factory.django.DjangoModelFactory):
    """An open discussion (opened yesterday, closing in a month) in English."""

    class Meta:
        model = Discussion
        skip_postgeneration_save = True

    slug = factory.Sequence(lambda n: f"discussion-{n}")
    title_en = factory.Sequence(lambda n: f"Discussion on fair recruitment {n}")
    introduction_en = "How can recruitment be fair for every migrant worker?"
    opens_at = factory.LazyFunction(lambda: timezone.now() - timedelta(days=1))
    closes_at = factory.LazyFunction(lambda: timezone.now() + timedelta(days=30))

    @factory.post_generation
    def objectives(discussion, create, extracted, **kwargs):
        from gcm.models import Objective

        if create and extracted:
            discussion.objectives.set(Objective.objects.filter(number__in=extracted))


def closed_discussion(**kwargs):
    now = timezone.now()
    return DiscussionFactory(
        opens_at=now - timedelta(days=40), closes_at=now - timedelta(days=1), **kwargs
    )


class ContributionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Contribution

    discussion = factory.SubFactory(DiscussionFactory)
    organisation = factory.SubFactory(OrganisationFactory)
    author = None
    language = "en"
    body = factory.Sequence(lambda n: f"Contribution number {n} on recruitment fees.")


class PracticeFactory(factory.django.DjangoModelFactory):
    """A submitted practice in English, tagged with objective 6 when the reference is loaded."""

    class Meta:
        model = Practice
        skip_postgeneration_save = True

    organisation = factory.SubFactory(OrganisationFactory)
    title_en = factory.Sequence(lambda n: f"Legal aid clinic {n}")
    description_en = "Weekly legal advice for migrant domestic workers."
    results_en = "1,150 cases handled."
    kind = Practice.Kind.RIGHTS
    countries = ["LB"]
    started_on = date(2019, 1, 1)
    evidence_url = "https://example.org/evaluation"
    state = Practice.State.SUBMITTED
    published_at = factory.LazyAttribute(
        lambda practice: timezone.now() if practice.state == Practice.State.PUBLISHED else None
    )

    @factory.post_generation
    def objectives(practice, create, extracted, **kwargs):
        from gcm.models import Objective

        if create:
            practice.objectives.set(Objective.objects.filter(number__in=extracted or [6]))


class SurveyFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Survey

    slug = factory.Sequence(lambda n: f"survey-{n}")
    title_en = factory.Sequence(lambda n: f"Survey {n}")
    opens_at = factory.LazyFunction(lambda: timezone.now() - timedelta(days=1))


class QuestionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Question

    survey = factory.SubFactory(SurveyFactory)
    position = factory.Sequence(lambda n: n)
    kind = Question.Kind.TEXT
    text_en = factory.Sequence(lambda n: f"Question {n}?")


class ChoiceFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Choice

    question = factory.SubFactory(QuestionFactory, kind=Question.Kind.SINGLE)
    position = factory.Sequence(lambda n: n)
    label_en = factory.Sequence(lambda n: f"Choice {n}")


def survey_with_every_kind():
    """A survey with one question of each kind, and two choices for the choice questions."""
    survey = SurveyFactory()
    questions = {}
    for position, kind in enumerate(Question.Kind.values, start=1):
        question = QuestionFactory(
            survey=survey,
            position=position,
            kind=kind,
            text_en=f"{kind} question?",
            required=kind != Question.Kind.TEXT,
            max_choices=3 if kind == Question.Kind.OBJECTIVES else None,
        )
        if kind in Question.CHOICE_KINDS:
            ChoiceFactory(question=question, label_en=f"{kind} yes")
            ChoiceFactory(question=question, label_en=f"{kind} no")
        questions[kind] = question
    return survey, questions
