"""Abstract models shared by the apps: what every translatable record knows of its languages."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from modeltranslation.manager import (
    MultilingualManager,
    MultilingualQuerySet,
    get_translatable_fields_for_model,
)

from .language_fields import OtherLanguagesField, WorkingTranslationsField

LANGUAGE_CHOICES = [(code, name) for code, name in settings.LANGUAGES]


class TranslatedQuerySet(MultilingualQuerySet):
    """The base of every queryset of a translated model (`title` reads and sorts `title_en`).

    Left to itself, modeltranslation's manager derives a new class from a custom queryset on
    every call (`multilingual_queryset_factory`), that is per query and per prefetched row;
    a queryset that is already multilingual, behind `TranslatedManager`, is used as written."""

    # modeltranslation pickles a queryset as "rebuild from my first base", which would drop
    # our own methods; pickle it as any object of its class instead.
    __reduce__ = object.__reduce__

    def _post_init(self):
        super()._post_init()
        if self.model is not None and get_translatable_fields_for_model(self.model) is None:
            # A proxy of a translated model (an admin queue) is not registered for translation
            # and kept Django's plain queryset: read it as one, without rewriting field names.
            self._rewrite = False

    @classmethod
    def as_manager(cls):
        manager = TranslatedManager.from_queryset(cls)()
        manager._built_with_as_manager = True
        return manager

    as_manager.queryset_only = True


class TranslatedManager(MultilingualManager):
    """A manager whose queryset class is already multilingual: nothing to patch per call.
    modeltranslation leaves managers that are multilingual as they are."""

    _queryset_class = TranslatedQuerySet

    def get_queryset(self):
        return self._queryset_class(model=self.model, using=self._db, hints=self._hints)


class TranslatedRecord(models.Model):
    """A record whose text fields are translated with django-modeltranslation.

    It remembers the language its text was written in, and which languages hold only a working
    translation (machine-assisted or not yet checked against the official UN text), so that pages
    and reports can show fallbacks and unofficial translations honestly.
    """

    original_language = models.CharField(
        _("original language"), max_length=5, choices=LANGUAGE_CHOICES, default="en"
    )
    working_translations = WorkingTranslationsField(
        _("working translations"),
        default=list,
        blank=True,
        help_text=_("Languages whose text is a working translation, not yet verified or official."),
    )
    other_languages = OtherLanguagesField(
        _("texts in other languages"),
        default=dict,
        blank=True,
        help_text=_(
            "Texts the record gives in languages other than English, Arabic and French, one per "
            "line: “es title: Coordinador nacional”. Indent further lines of a text by two spaces."
        ),
    )

    objects = TranslatedManager()

    class Meta:
        abstract = True

    def is_working_translation(self, language: str) -> bool:
        return language != self.original_language and language in (self.working_translations or [])

    def other_versions(self, field: str) -> dict[str, str]:
        """{language: text} of `field` in languages other than the portal's, in record order."""
        return {
            language: texts[field]
            for language, texts in (self.other_languages or {}).items()
            if texts.get(field)
        }


class AuditRecordQuerySet(models.QuerySet):
    def for_object(self, obj):
        from django.contrib.contenttypes.models import ContentType

        return self.filter(content_type=ContentType.objects.get_for_model(obj), object_id=obj.pk)


class AuditRecord(models.Model):
    """Who changed what, when and why: every change of state on organisations, pledges,
    inputs and events leaves one, written by the service function that made the change."""

    content_type = models.ForeignKey("contenttypes.ContentType", on_delete=models.CASCADE)
    object_id = models.CharField(max_length=64, db_index=True)
    object_repr = models.CharField(_("object"), max_length=300)
    action = models.CharField(_("action"), max_length=60)
    from_state = models.CharField(_("from state"), max_length=40, blank=True)
    to_state = models.CharField(_("to state"), max_length=40, blank=True)
    reason = models.TextField(_("reason"), blank=True)
    changes = models.JSONField(_("changes"), default=dict, blank=True)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("by"),
    )
    at = models.DateTimeField(_("when"), auto_now_add=True, db_index=True)

    objects = AuditRecordQuerySet.as_manager()

    class Meta:
        ordering = ["-at", "-pk"]
        indexes = [models.Index(fields=["content_type", "object_id"])]
        verbose_name = _("audit record")
        verbose_name_plural = _("audit records")

    def __str__(self):
        return f"{self.object_repr}: {self.action}"
