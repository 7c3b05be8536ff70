"""Writing a meeting as a file: the keys of the schema in its order, empty values left out,
texts folded; reading the file back gives the same records."""

import json
import zoneinfo

import yaml
from django.db.models import NOT_PROVIDED

from common.languages import PORTAL_LANGUAGES
from consultations.models import AttendanceFigures, Event

from .schema import MEETING, Key, Record


def _empty(value) -> bool:
    return value is None or value is False or value in ("", [], {})


def meeting_data(event: Event) -> dict:
    """The meeting as the file's data (a dict in the schema's order)."""
    return _Writer(event).record(MEETING, event)


def export_meeting(event: Event, *, format: str = "yaml") -> str:
    data = meeting_data(event)
    if format == "json":
        return json.dumps(data, ensure_ascii=False, indent=2, default=str) + "\n"
    return yaml.dump(data, Dumper=_Dumper, allow_unicode=True, sort_keys=False, width=88, indent=2)


class _Writer:
    def __init__(self, event: Event):
        self.event = event
        self.marks = {
            "original_language": event.original_language,
            "working_translations": list(event.working_translations or []),
        }

    def record(self, spec: Record, instance) -> dict:
        written = {}
        for key in spec.keys:
            value = self.value(spec, key, instance)
            if key.kind in ("language", "languages") and spec is not MEETING:
                # A record's languages are the meeting's unless it says otherwise.
                if value == self.marks[key.name]:
                    continue
                written[key.name] = value
            elif not _empty(value):
                if key.kind == "choice" and spec is not MEETING and _is_default(spec, key, value):
                    continue
                written[key.name] = value
        return written

    def value(self, spec: Record, key: Key, instance):
        column, kind = key.attribute, key.kind
        if kind == "text":
            return _text(instance, column)
        if kind == "one_text":
            value = getattr(instance, column)
            return {instance.original_language: value} if value else None
        if kind == "country":
            return getattr(instance, column).code or None
        if kind in ("string", "url", "choice", "integer", "boolean", "date", "codes", "source"):
            return getattr(instance, column)
        if kind == "language":
            return getattr(instance, column)
        if kind == "languages":
            return list(getattr(instance, column) or [])
        if kind == "time":
            return _clock(getattr(instance, column))
        if kind == "datetime":
            moment = getattr(instance, column)
            if not moment:
                return None
            local = moment.astimezone(zoneinfo.ZoneInfo(self.event.time_zone)).replace(tzinfo=None)
            return _clock(local)
        if kind == "objectives":
            return sorted(objective.number for objective in instance.objectives.all())
        if kind == "organisation":
            return instance.organisation.slug if instance.organisation_id else None
        if kind == "forum":
            return instance.forum.slug if instance.forum_id else None
        if kind == "urls":
            urls = {language: getattr(instance, f"url_{language}") for language in PORTAL_LANGUAGES}
            return {language: url for language, url in urls.items() if url}
        if kind == "records":
            return [self.record(key.record, child) for child in self.children(key, instance)]
        if kind == "record":
            child = AttendanceFigures.objects.filter(event=instance).first()
            return self.record(key.record, child) if child else None
        if kind == "group":
            return self.record(key.record, instance)
        raise ValueError(kind)

    def children(self, key: Key, instance):
        if key.name == "items":
            items = instance.agenda_items.all()
            return items.filter(part=None) if isinstance(instance, Event) else items
        return getattr(instance, key.related or key.name).all()


def _clock(moment):
    """09:30, or 09:30:15 where seconds were given."""
    return moment and moment.isoformat(timespec="seconds" if moment.second else "minutes")


def _text(instance, column: str) -> dict:
    texts = {language: getattr(instance, f"{column}_{language}") for language in PORTAL_LANGUAGES}
    others = instance.other_languages or {}
    for language in sorted(others):
        texts[language] = others[language].get(column)
    return {language: text for language, text in texts.items() if text}


def _is_default(spec: Record, key: Key, value) -> bool:
    default = spec.model._meta.get_field(key.attribute).default
    return default is not NOT_PROVIDED and value == default


class _Dumper(yaml.SafeDumper):
    """Lists indented under their key, long texts folded (`>-`), short lists on one line."""

    def increase_indent(self, flow=False, indentless=False):
        return super().increase_indent(flow, False)


def _represent_str(dumper, value: str):
    folded = "\n" in value or (len(value) > 60 and " " in value)
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=">" if folded else None)


def _represent_list(dumper, value: list):
    scalars = all(isinstance(v, (int, str)) for v in value)
    flow = bool(value) and scalars and len(", ".join(map(str, value))) < 70
    return dumper.represent_sequence("tag:yaml.org,2002:seq", value, flow_style=flow)


_Dumper.add_representer(str, _represent_str)
_Dumper.add_representer(list, _represent_list)
