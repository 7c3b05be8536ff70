"""Reading a meeting file: every key checked against the schema and every record against its
model's rules (full_clean), all problems gathered; only a file without any is written, in one
transaction, as the whole truth about the meeting."""

import zoneinfo
from dataclasses import dataclass, field
from datetime import date, datetime, time

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django_countries import countries
from modeltranslation.translator import translator

from common.languages import PORTAL_LANGUAGES, is_language_code
from consultations.models import AgendaItem, AttendanceFigures, Event
from gcm.models import Forum, Objective
from stakeholders.models import Organisation, StakeholderGroup

from .parsing import Located, MeetingFileError, Path, Problem, parse
from .schema import MEETING, PARENT, STEP, Key, Record

EMPTY = (None, "", [], {})


@dataclass
class Built:
    """An unsaved record, with what is saved after it."""

    instance: object
    objectives: list | None = None
    children: dict = field(default_factory=dict)  # key → [Built]
    single: dict = field(default_factory=dict)  # key → Built


def _choices(model, column: str) -> list[str]:
    return [value for value, _label in model._meta.get_field(column).choices if value]


def _one_of(value, allowed) -> str:
    return f'"{value}" is not one of {", ".join(allowed)}'


class Reader:
    def __init__(self, located: Located):
        self.located = located
        self.problems: list[Problem] = []
        self.objectives = {objective.number: objective for objective in Objective.objects.all()}
        self.marks = {"original_language": "en", "working_translations": []}

    def problem(self, path: Path, message: str) -> None:
        self.problems.append(Problem(self.located.line(path), path, message))

    def has_problem(self, path: Path) -> bool:
        return any(problem.path[: len(path)] == path for problem in self.problems)

    # --- Records ------------------------------------------------------------------------------

    def meeting(self) -> Built | None:
        data = self.located.data
        if not isinstance(data, dict):
            self.problem((), "a meeting file is a map of keys (slug, title, starts_on, …)")
            return None
        slug = data.get("slug")
        existing = Event.objects.filter(slug=slug).first() if isinstance(slug, str) else None
        # A fresh record, so that every value the file leaves out is the default again.
        event = Event(pk=existing.pk, created_at=existing.created_at) if existing else Event()
        event._state.adding = not existing
        # The meeting's languages are its records' unless they say otherwise (checked below).
        if data.get("original_language") in PORTAL_LANGUAGES:
            self.marks["original_language"] = data["original_language"]
        working = data.get("working_translations")
        if isinstance(working, list) and set(working) <= set(PORTAL_LANGUAGES):
            self.marks["working_translations"] = working
        built = self.record(MEETING, data, (), event)
        if event.starts_on and not event.ends_on:
            event.ends_on = event.starts_on
        if event.starts_on:
            self.full_clean(MEETING, built, ())
        return built

    def record(self, spec: Record, data, path: Path, instance) -> Built | None:
        if not isinstance(data, dict):
            self.problem(path, f"a {spec.label} is a map of keys ({spec.keys[0].name}, …)")
            return None
        for name in data:
            if spec.key(name) is None:
                known = ", ".join(key.name for key in spec.keys)
                self.problem((*path, name), f'"{name}" is not a key of a {spec.label}: {known}')
        built = Built(instance)
        # Texts the file does not give are blank, as a form leaves them (not NULL).
        for name in translator.get_options_for_model(spec.model).fields:
            for language in PORTAL_LANGUAGES:
                setattr(instance, f"{name}_{language}", "")
        if spec is not MEETING:
            instance.original_language = self.marks["original_language"]
            instance.working_translations = list(self.marks["working_translations"])
        self.keys(spec, data, path, built)
        interventions = built.children.get("interventions")
        if interventions and instance.kind and not instance.takes_interventions:
            self.problem(
                (*path, "interventions"),
                "interventions belong to open discussions, panels and statements",
            )
        if spec is not MEETING:
            self.full_clean(spec, built, path)
        return built

    def keys(self, spec: Record, data: dict, path: Path, built: Built) -> None:
        for key in spec.keys:
            value = data.get(key.name)
            if value in EMPTY and not (key.kind == "languages" and value == []):
                if key.required:
                    self.problem((*path, key.name), f"{key.name} is required")
                continue
            self.value(spec, key, value, (*path, key.name), built)

    def value(self, spec: Record, key: Key, value, path: Path, built: Built) -> None:
        instance, column = built.instance, key.attribute
        kind = key.kind
        if kind == "text":
            self.text(instance, column, value, path)
        elif kind == "one_text":
            if isinstance(value, dict) and len(value) > 1:
                self.problem(path, "this text is kept in one language: give one {language: text}")
            elif self.text_ok(value, path):
                setattr(instance, column, next(iter(value.values())))
        elif kind in ("string", "url", "country"):
            if not isinstance(value, str):
                self.problem(path, f"write {key.name} as a string")
            elif kind == "country" and countries.alpha2(value) != value:
                self.problem(path, f'"{value}" is not an ISO 3166-1 alpha-2 country code (e.g. JO)')
            else:
                setattr(instance, column, value)
        elif kind == "choice":
            allowed = _choices(spec.model, column)
            if value in allowed:
                setattr(instance, column, value)
            else:
                self.problem(path, _one_of(value, allowed))
        elif kind in ("date", "time", "datetime"):
            parsed = self.moment(kind, value, path)
            if parsed is not None and kind == "datetime":
                parsed = self.aware(parsed, instance.time_zone)
            if parsed is not None:
                setattr(instance, column, parsed)
        elif kind == "integer":
            if isinstance(value, int) and not isinstance(value, bool) and value >= 0:
                setattr(instance, column, value)
            else:
                self.problem(path, f"{value!r} is not a whole number")
        elif kind == "boolean":
            if isinstance(value, bool):
                setattr(instance, column, value)
            else:
                self.problem(path, f"{value!r} is not true or false")
        elif kind == "codes":
            allowed = StakeholderGroup.values
            if not isinstance(value, list):
                self.problem(path, f"a list of: {', '.join(allowed)}")
            elif wrong := [code for code in value if code not in allowed]:
                self.problem(path, _one_of(wrong[0], allowed))
            else:
                setattr(instance, column, value)
        elif kind in ("language", "languages"):
            if self.languages_ok(value, path, many=kind == "languages"):
                setattr(instance, column, list(value) if kind == "languages" else value)
        elif kind == "objectives":
            if isinstance(value, list) and all(number in self.objectives for number in value):
                built.objectives = [self.objectives[number] for number in value]
            else:
                self.problem(path, "a list of GCM objective numbers, 1 to 23")
        elif kind == "organisation":
            found = Organisation.objects.filter(slug=value).first()
            if found:
                setattr(instance, column, found)
            else:
                self.problem(
                    path,
                    f'no organisation "{value}" in the registry (the import never creates one: '
                    "register it first, or name it with organisation_name)",
                )
        elif kind == "forum":
            found = Forum.objects.filter(slug=value).first()
            if found:
                instance.forum = found
            else:
                self.problem(path, f'no forum "{value}"')
        elif kind == "urls":
            if not isinstance(value, dict):
                self.problem(path, "a map of en, ar, fr to addresses")
                return
            for language, address in value.items():
                if language in PORTAL_LANGUAGES and isinstance(address, str):
                    setattr(instance, f"url_{language}", address)
                else:
                    self.problem((*path, language), "a language version is en, ar or fr: address")
        elif kind == "source":
            if isinstance(value, str) or (
                isinstance(value, dict) and all(isinstance(v, str) for v in value.values())
            ):
                instance.source = value
            else:
                self.problem(path, "a source is a string or a map of strings")
        elif kind == "records":
            if not isinstance(value, list):
                self.problem(path, f"a list of {key.record.label}s")
                return
            built.children[key.name] = [
                self.record(key.record, entry, (*path, index), key.record.model())
                for index, entry in enumerate(value)
            ]
        elif kind == "record":
            built.single[key.name] = self.record(key.record, value, path, key.record.model())
        elif kind == "group":
            if not isinstance(value, dict):
                self.problem(path, f"a map of {', '.join(k.name for k in key.record.keys)}")
                return
            for name in value:
                if key.record.key(name) is None:
                    self.problem((*path, name), f'"{name}" is not a key of {key.name}')
            self.keys(key.record, value, path, built)

    # --- Values -------------------------------------------------------------------------------

    def text_ok(self, value, path: Path) -> bool:
        if isinstance(value, str):
            self.problem(
                path, 'a text is a {language: text} map such as {en: "…"}, not a plain string'
            )
            return False
        if not isinstance(value, dict):
            self.problem(path, "a text is a {language: text} map")
            return False
        good = True
        for language, text in value.items():
            if not is_language_code(language):
                self.problem(
                    (*path, language),
                    f'"{language}" is not an ISO 639-1 language code (en, ar, fr, es, …)',
                )
                good = False
            elif not isinstance(text, str):
                self.problem((*path, language), "a text is a string: write it in quotes")
                good = False
        return good

    def text(self, instance, column: str, value, path: Path) -> None:
        if not self.text_ok(value, path):
            return
        for language, text in value.items():
            if language in PORTAL_LANGUAGES:
                setattr(instance, f"{column}_{language}", text)
            elif text:
                instance.other_languages.setdefault(language, {})[column] = text

    def languages_ok(self, value, path: Path, *, many: bool) -> bool:
        portal = ", ".join(PORTAL_LANGUAGES)
        values = value if many and isinstance(value, list) else [value]
        if many and not isinstance(value, list):
            self.problem(path, f"a list of the portal's languages: {portal}")
            return False
        wrong = [language for language in values if language not in PORTAL_LANGUAGES]
        if wrong:
            self.problem(
                path,
                f'"{wrong[0]}" is not one of the portal\'s languages {portal} (a text in another '
                "language is given under its own code and shown as written in it)",
            )
        return not wrong

    def moment(self, kind: str, value, path: Path):
        parse_as = {"date": date, "time": time, "datetime": datetime}[kind]
        if isinstance(value, parse_as) and not (kind == "date" and isinstance(value, datetime)):
            return value
        example = {"date": "2024-02-27", "time": '"09:30"', "datetime": '"2024-02-20T23:59"'}
        try:
            return parse_as.fromisoformat(str(value))
        except ValueError:
            self.problem(path, f"{value!r} is not a {kind} such as {example[kind]}")
            return None

    def aware(self, moment: datetime, zone: str):
        if timezone.is_aware(moment):
            return moment
        try:
            return timezone.make_aware(moment, zoneinfo.ZoneInfo(zone))
        except (zoneinfo.ZoneInfoNotFoundError, ValueError):
            return None  # the time zone's own error says why

    # --- Model rules --------------------------------------------------------------------------

    def full_clean(self, spec: Record, built: Built, path: Path) -> None:
        model = type(built.instance)
        translated = translator.get_options_for_model(model).fields
        # Parents are not saved yet; a required text is checked above, in any language.
        exclude = [*translated, PARENT.get(model, ""), "part"]
        try:
            built.instance.full_clean(exclude=exclude, validate_unique=model is Event)
        except ValidationError as error:
            for column, messages in error.message_dict.items():
                where = (*path, *self.key_path(spec, column, translated))
                if not self.has_problem(where):
                    self.problem(where, " ".join(messages))

    def key_path(self, spec: Record, column: str, translated) -> tuple:
        if column == "__all__":
            return ()
        for name in translated:
            for language in PORTAL_LANGUAGES:
                if column == f"{name}_{language}":
                    return (name, language)
        if column.startswith("url_"):
            return ("urls", column[4:])
        for key in spec.keys:
            if key.attribute == column:
                return (key.name,)
            if key.kind == "group":
                for inner in key.record.keys:
                    if inner.attribute == column:
                        return (key.name, inner.name)
        return (column,)


def read(text: str) -> Built:
    """The meeting in `text`, checked and built, or MeetingFileError with every problem."""
    reader = Reader(parse(text))
    built = reader.meeting()
    if reader.problems:
        raise MeetingFileError(reader.problems)
    return built


@transaction.atomic
def save(built: Built) -> Event:
    """Writes the meeting: what an existing record of it holds and the file does not is removed
    (its registrations and written inputs stay: they are not part of the record)."""
    event = built.instance
    if event.pk:
        for relation in ("agenda_items", "parts", "organisers", "aims", "other_dates", "documents"):
            getattr(event, relation).all().delete()
        AttendanceFigures.objects.filter(event=event).delete()
    event.save()
    event.objectives.set(built.objectives or [])
    for name in ("other_dates", "organisers", "aims", "documents"):
        _save_children(built.children.get(name, []), event=event)
    if attendance := built.single.get("attendance"):
        _save_children([attendance], event=event)
    items = list(built.children.get("items", []))
    parts = _save_children(built.children.get("parts", []), event=event)
    for part, part_built in zip(parts, built.children.get("parts", []), strict=True):
        items += [(item, part) for item in part_built.children.get("items", [])]
    for position, entry in enumerate(items, start=1):
        item, part = entry if isinstance(entry, tuple) else (entry, None)
        _save(item, order=position * STEP, event=event, part=part)
    return event


def _save_children(children: list[Built], **parent) -> list:
    return [
        _save(child, order=position * STEP, **parent)
        for position, child in enumerate(children, start=1)
    ]


def _save(built: Built, *, order: int, **parent):
    record = built.instance
    for name, value in parent.items():
        setattr(record, name, value)
    if hasattr(record, "order"):
        record.order = order
    record.save()
    if built.objectives is not None:
        record.objectives.set(built.objectives)
    if isinstance(record, AgendaItem):
        for name in ("speakers", "points", "questions", "interventions"):
            _save_children(built.children.get(name, []), agenda_item=record)
    return record


def import_meeting(text: str) -> tuple[Event, bool]:
    """Creates or updates the meeting of a file by its slug; (event, created)."""
    built = read(text)
    created = built.instance.pk is None
    return save(built), created
