"""Every model translated with django-modeltranslation reads through common's
TranslatedQuerySet: its manager returns the queryset class as written, instead of
modeltranslation deriving a new class from a custom queryset on every call (a class built per
query and per prefetched row made the event page's agenda slow)."""

import pytest
from django.apps import apps
from modeltranslation.manager import MultilingualQuerySet
from modeltranslation.translator import translator

from common.models import TranslatedManager, TranslatedQuerySet

TRANSLATED = sorted(
    translator.get_registered_models(abstract=False), key=lambda model: model._meta.label
)


def test_every_translated_model_is_checked():
    assert {model for model in apps.get_models() if model in TRANSLATED} == set(TRANSLATED)
    assert len(TRANSLATED) > 20


@pytest.mark.parametrize("model", TRANSLATED, ids=lambda model: model._meta.label)
def test_its_queryset_class_is_built_once(model):
    for manager in model._meta.managers:
        assert isinstance(manager, TranslatedManager), manager
        assert type(manager.all()) is type(manager.all())
        assert issubclass(type(manager.all()), TranslatedQuerySet)
        # and its translated fields are still rewritten: title -> title_en
        assert isinstance(manager.all(), MultilingualQuerySet)


@pytest.mark.parametrize("model", TRANSLATED, ids=lambda model: model._meta.label)
def test_its_related_managers_share_that_class(model):
    """Managers of relations (event.agenda_items, item.objectives) are built from the default
    manager's class: what the prefetches of a page go through once per row."""
    for field in model._meta.get_fields():
        if not (field.is_relation and (field.one_to_many or field.many_to_many)):
            continue
        related = field.related_model
        if related not in TRANSLATED:
            continue
        manager = getattr(
            model(pk=1), field.get_accessor_name() if field.auto_created else field.name
        )
        assert type(manager.get_queryset()) is type(related._default_manager.all())


@pytest.mark.parametrize(
    "model",
    [
        model
        for model in apps.get_models()
        if model not in TRANSLATED and isinstance(model._default_manager, TranslatedManager)
    ],
    ids=lambda model: model._meta.label,
)
def test_a_proxy_not_registered_for_translation_reads_as_a_plain_queryset(db, model):
    """The admin's queue of organisations awaiting verification filters by country with
    values_list: modeltranslation would look for the proxy's translation options."""
    assert model._meta.proxy
    assert list(model.objects.values_list("pk", flat=True)) == []
    assert list(model.objects.filter(pk=1).values("pk")) == []


def test_the_text_fields_are_rewritten_to_the_active_language(db):
    from gcm.models import Objective

    sql = str(Objective.objects.filter(title="x").order_by("title").query)
    assert '"title_en" = x' in sql
    assert 'ORDER BY "gcm_objective"."title_en"' in sql


@pytest.mark.django_db
def test_a_pickled_queryset_keeps_its_class(reference):
    """Through the shared cache, which keeps values pickled (figures, kept lists)."""
    from django.core.cache import cache

    from gcm.models import Objective, RoundTable

    queryset = RoundTable.objects.with_objectives()
    cache.set("test:round-tables", queryset)
    copy = cache.get("test:round-tables")
    assert type(copy) is type(queryset)
    assert list(copy) == list(queryset)
    objectives = Objective.objects.all()
    cache.set("test:objectives", objectives)
    assert type(cache.get("test:objectives")) is type(objectives)
