"""The keys of a meeting file, record by record, in the order the README documents and the export
writes them. Reading and writing both walk these lists, so a key exists in both or in neither."""

from dataclasses import dataclass, field

from consultations.models import (
    AgendaItem,
    AttendanceFigures,
    Event,
    EventAim,
    EventDate,
    EventDocument,
    EventPart,
    GuidingQuestion,
    Intervention,
    KeyPoint,
    Organiser,
    Speaker,
)

# Kinds of value:
#   text        a {language: text} map (en/ar/fr columns, other ISO 639-1 codes in other_languages)
#   one_text    a {language: text} map of a column that holds one language only
#   string, url, date, time, integer, boolean, country
#   choice      one of the model field's choices
#   codes       a list of choices (target groups, working translations)
#   objectives  a list of GCM objective numbers
#   organisation, forum   the slug of a registry organisation, of a forum
#   datetime    a local date and time in the meeting's time zone
#   urls        {en, ar, fr: address} to url_en, url_ar, url_fr
#   records     a list of records (`record` says which)
#   record      one record, or nothing
#   group       keys of the parent record gathered under one key (`registration:`)
#   source      a citation, a string or a map of strings, kept as it is
#   language, languages   original_language, working_translations


@dataclass(frozen=True)
class Key:
    name: str
    kind: str
    column: str = ""  # the model field, when it is not `name`
    required: bool = False
    record: "Record | None" = None
    related: str = ""  # for `records`: the accessor of the children (default `name`)

    @property
    def attribute(self) -> str:
        return self.column or self.name


@dataclass(frozen=True)
class Record:
    model: type
    label: str  # how an error names it (“unknown key of a speaker”)
    keys: tuple[Key, ...] = field(default_factory=tuple)

    def key(self, name: str) -> Key | None:
        return next((key for key in self.keys if key.name == name), None)


MARKS = (Key("original_language", "language"), Key("working_translations", "languages"))
SOURCE = Key("source", "source")


def _record(model, label, *keys) -> Record:
    """A record below the meeting: its own keys, then its languages and its citation."""
    return Record(model, label, (*keys, *MARKS, SOURCE))


def _person(model, label, *extra_first, extra_last=()) -> Record:
    return _record(
        model,
        label,
        *extra_first,
        Key("honorific", "choice"),
        Key("name", "text"),
        Key("title", "text"),
        Key("constituency", "choice"),
        Key("organisation", "organisation"),
        Key("organisation_name", "text"),
        Key("organisation_url", "url"),
        Key("stakeholder_group", "choice"),
        Key("country", "country"),
        Key("gender", "choice"),
        *extra_last,
    )


SPEAKER = _person(Speaker, "speaker", Key("role", "choice"))
INTERVENTION = _person(
    Intervention,
    "intervention",
    extra_last=(
        Key("channel", "choice"),
        Key("made_on", "date"),
        Key("objectives", "objectives"),
        Key("text", "text"),
    ),
)
POINT = _record(KeyPoint, "point", Key("label", "text"), Key("text", "text", required=True))
QUESTION = _record(GuidingQuestion, "question", Key("text", "text", required=True))
ITEM = _record(
    AgendaItem,
    "item",
    Key("kind", "choice", required=True),
    Key("title", "text"),
    Key("day", "date"),
    Key("start_time", "time"),
    Key("end_time", "time"),
    Key("objectives", "objectives"),
    Key("speakers", "records", record=SPEAKER),
    Key("summary", "text"),
    Key("points_intro", "text"),
    Key("points", "records", record=POINT, related="key_points"),
    Key("questions", "records", record=QUESTION, related="guiding_questions"),
    Key("interventions", "records", record=INTERVENTION),
    Key("conclusion", "text"),
)
PART = _record(
    EventPart,
    "part",
    Key("title", "text", required=True),
    Key("description", "text"),
    Key("starts_on", "date", required=True),
    Key("ends_on", "date"),
    Key("start_time", "time"),
    Key("end_time", "time"),
    Key("location", "text"),
    Key("items", "records", record=ITEM),
)
OTHER_DATE = _record(
    EventDate,
    "other date",
    Key("label", "text", required=True),
    Key("starts_on", "date", required=True),
    Key("ends_on", "date"),
    Key("start_time", "time"),
    Key("end_time", "time"),
)
ORGANISER = _record(
    Organiser,
    "organiser",
    Key("constituency", "choice"),
    Key("organisation", "organisation"),
    Key("name", "text"),
    Key("country", "country"),
    Key("url", "url"),
)
AIM = _record(EventAim, "aim", Key("text", "text", required=True))
ATTENDANCE = _record(
    AttendanceFigures,
    "attendance",
    Key("total", "integer"),
    Key("stakeholders", "integer"),
    Key("un_staff", "integer"),
    Key("un_staff_description", "text"),
    Key("un_agency_count", "integer"),
    Key("un_agencies", "one_text"),
    Key("note", "text"),
)
DOCUMENT = _record(
    EventDocument,
    "document",
    Key("kind", "choice"),
    Key("title", "text", required=True),
    Key("symbol", "string"),
    Key("url", "url"),
    Key("urls", "urls"),
)
REGISTRATION = Record(
    Event,
    "registration",
    (
        Key("accredited_only", "boolean", column="registration_accredited_only"),
        Key("seats_per_organisation", "integer"),
        Key("closes_at", "datetime", column="registration_closes_at"),
        Key("capacity", "integer"),
    ),
)
MEETING = Record(
    Event,
    "meeting",
    (
        Key("slug", "string", required=True),
        SOURCE,
        *MARKS,
        Key("title", "text", required=True),
        Key("starts_on", "date", required=True),
        Key("ends_on", "date"),
        Key("start_time", "time"),
        Key("end_time", "time"),
        Key("time_zone", "string"),
        Key("mode", "choice"),
        Key("location", "text"),
        Key("region", "choice", required=True),
        Key("forum", "forum"),
        Key("state", "choice"),
        Key("is_public", "boolean"),
        Key("objectives", "objectives"),
        Key("target_groups", "codes"),
        Key("registration", "group", record=REGISTRATION),
        Key("other_dates", "records", record=OTHER_DATE),
        Key("organisers", "records", record=ORGANISER),
        Key("background", "text"),
        Key("aims_intro", "text"),
        Key("aims", "records", record=AIM),
        Key("attendance", "record", record=ATTENDANCE),
        Key("documents", "records", record=DOCUMENT),
        Key("parts", "records", record=PART),
        Key("items", "records", record=ITEM),
    ),
)

# Children of the meeting and of an item: the model's foreign key to its parent.
PARENT = {
    EventAim: "event",
    Organiser: "event",
    EventPart: "event",
    EventDate: "event",
    AttendanceFigures: "event",
    EventDocument: "event",
    AgendaItem: "event",
    Speaker: "agenda_item",
    KeyPoint: "agenda_item",
    GuidingQuestion: "agenda_item",
    Intervention: "agenda_item",
}
STEP = 10  # order values leave room to insert a record between two others in the admin
