"""The demo content of `manage.py load_demo`: demo/data/*.yaml written idempotently.

The files hold the content, texts as {en, ar, fr} maps and records keyed by slugs and objective
numbers. This module holds only what must be code: dates relative to today, and the changes of
state that bring each record to the state its file gives. The meetings are meeting record files,
imported by demo/meetings.py with the code of `import_event`.
"""

from datetime import timedelta
from decimal import Decimal
from functools import cache
from pathlib import Path

import yaml
from allauth.account.models import EmailAddress
from django.contrib.auth.models import Group
from django.utils import timezone, translation
from django_countries import countries
from modeltranslation.translator import translator

from common.audit import record_change

# Every model the demo writes is imported here (the meetings: meetings.py), the GCM reference on
# a line of its own.
from engagement.models import (
    Answer,
    Choice,
    Contribution,
    Discussion,
    Practice,
    Question,
    Survey,
    SurveyResponse,
)
from engagement.models import GuidingQuestion as DiscussionQuestion
from gcm.models import GuidingPrinciple, Objective, RoundTable
from pledges.models import Pledge, PledgeProgress
from stakeholders.models import Membership, Organisation, Profile, User, Verification

DATA = Path(__file__).resolve().parent / "data"
LANGUAGES = ("en", "ar", "fr")
CHANGE = ("action", "from_state", "to_state", "reason")  # an entry of a record's history

# A pledge is created (draft) and submitted; then the decision its state tells.
PLEDGE_DECISIONS = {
    Pledge.State.PUBLISHED: "publish",
    Pledge.State.CHANGES_REQUESTED: "request_changes",
    Pledge.State.REJECTED: "reject",
    Pledge.State.WITHDRAWN: "withdraw",
}


def read(name: str):
    """The content of demo/data/<name>.yaml."""
    with (DATA / f"{name}.yaml").open(encoding="utf-8") as file:
        return yaml.safe_load(file)


# --- Shared ---------------------------------------------------------------------------------


def _days(count: int):
    return timezone.localdate() + timedelta(days=count)


def _translate(record, field: str, text: dict | None, *, only_given: bool = False) -> None:
    """`field_en`, `field_ar`, `field_fr` from a {en, ar, fr} map. A language the map lacks is
    blanked, or with `only_given` left as it is (untranslated)."""
    for language in LANGUAGES:
        if language in (text or {}) or not only_given:
            setattr(record, f"{field}_{language}", (text or {}).get(language, ""))


def _mark(record, entry: dict, defaults: dict | None = None) -> None:
    """The record's original language and working translations, as its file says."""
    for name, default in (("original_language", "en"), ("working_translations", [])):
        setattr(record, name, entry.get(name, (defaults or {}).get(name, default)))


def _history(record, *changes, by=None) -> None:
    """How `record` came to its state, each change an (action, from_state, to_state[, reason])."""
    for change in changes:
        record_change(record, by=by, **dict(zip(CHANGE, change, strict=False)))


@cache
def _translated_fields(model) -> frozenset:
    return frozenset(translator.get_options_for_model(model).fields)


def _fill(record, fields: dict) -> None:
    """Maps for translated fields, other values as they are. A `source` says where the content
    comes from and is not stored."""
    for name, value in fields.items():
        if name in _translated_fields(type(record)):
            _translate(record, name, value)
        elif name != "source":
            record._meta.get_field(name)  # a misspelt field in a data file fails here
            setattr(record, name, value)


def _user(email: str) -> User:
    return User.objects.get(email=email)


def _round_table(number: int) -> RoundTable | None:
    return RoundTable.objects.of_current_forum().filter(number=number).first()


# --- Accounts and organisations -------------------------------------------------------------


@cache
def _organisations_file() -> dict:
    return read("organisations")


def organisation_entries() -> dict[str, dict]:
    """The demo's organisations by slug: the one list every part of the demo draws on."""
    return {entry["slug"]: entry for entry in _organisations_file()["organisations"]}


def organisation(slug: str) -> Organisation:
    """The organisation `slug`, created from organisations.yaml if the database lacks it."""
    return Organisation.objects.filter(slug=slug).first() or _create_organisation(slug)


def _create_organisation(slug: str) -> Organisation:
    entry = organisation_entries()[slug]
    fields = {name: value for name, value in entry.items() if name not in ("led", "registered")}
    created = Organisation(verification=Verification.VERIFIED)
    _fill(created, fields | {f"{kind}_led": True for kind in entry.get("led", [])})
    created.save()
    if entry.get("registered", True):
        _history(created, ("registered", "", Verification.PENDING))
        if created.verification != Verification.PENDING:
            decided_by = User.objects.filter(email=_organisations_file()["decided_by"]).first()
            decision = (created.verification, Verification.PENDING, created.verification)
            _history(created, (*decision, created.verification_reason), by=decided_by)
    return created


def load_accounts(stdout) -> None:
    """One account per role, with the passwords the README lists; the organisations; the
    accounts' memberships."""
    data = read("accounts")
    for account in data["accounts"]:
        email = account["email"]
        user, created = User.objects.get_or_create(
            email=email, defaults={"username": email.split("@")[0]}
        )
        user.first_name, user.last_name = account["first_name"], account["last_name"]
        user.is_staff = account.get("staff", False)
        user.is_superuser = account.get("superuser", False)
        if created:
            user.set_password(account["password"])
        user.save()
        user.groups.set(Group.objects.filter(name__in=account.get("groups", [])))
        EmailAddress.objects.update_or_create(
            user=user, email=email, defaults={"verified": True, "primary": True}
        )
        Profile.objects.get_or_create(
            user=user,
            defaults={
                "full_name": f"{user.first_name} {user.last_name}",
                "title": account["title"],
                "preferred_language": account["language"],
            },
        )
    new = set(organisation_entries()) - set(Organisation.objects.values_list("slug", flat=True))
    for slug in organisation_entries():
        organisation(slug)
    for membership in data["memberships"]:
        Membership.objects.get_or_create(
            user=_user(membership["account"]),
            organisation=organisation(membership["organisation"]),
            defaults={"role": membership["role"], "state": membership["state"]},
        )
    stdout.write(
        f"{len(data['accounts'])} demo accounts, "
        f"{len(organisation_entries())} demo organisations ({len(new)} new)."
    )


# --- Pledges --------------------------------------------------------------------------------


def load_pledges(stdout) -> None:
    """Pledges in every state; a pledge found by its title in its original language is kept."""
    data = read("pledges")
    now = timezone.now()
    created = 0
    for entry in data["pledges"]:
        theme = data["themes"][entry["theme"]]
        pledge = Pledge(state=entry["state"], kind=theme["kind"], region=entry.get("region", ""))
        _mark(pledge, entry, data)
        texts = {
            language: _pledge_texts(theme, entry["place"], language, data["common"])
            for language in (pledge.original_language, *pledge.working_translations)
        }
        title = texts[pledge.original_language][0]
        if Pledge.objects.filter(**{f"title_{pledge.original_language}": title}).exists():
            continue
        for language, (title, description) in texts.items():
            setattr(pledge, f"title_{language}", title)
            setattr(pledge, f"description_{language}", description)
        pledge.organisation = organisation(entry["organisation"])
        pledge.countries = entry.get("countries", [entry["place"]])
        pledge.start_date = _days(entry["starts_in_days"])
        pledge.end_date = _days(entry["ends_in_days"])
        pledge.contact_name, pledge.contact_email = data["contact_name"], entry["contact_email"]
        pledge.partnership_type = entry.get("partnership_type", "")
        if "budget" in entry:
            pledge.budget, pledge.currency = Decimal(entry["budget"]), data["currency"]
        for moment in ("submitted", "published"):
            if f"{moment}_days_ago" in entry:
                setattr(pledge, f"{moment}_at", now - timedelta(days=entry[f"{moment}_days_ago"]))
        pledge.save()
        pledge.objectives.set(Objective.objects.filter(number__in=theme["objectives"]))
        pledge.principles.set(GuidingPrinciple.objects.filter(number__in=entry["principles"]))
        pledge.partners.set([organisation(slug) for slug in entry.get("partners", [])])
        _pledge_history(pledge, data["reasons"])
        for progress in entry.get("progress", []):
            PledgeProgress.objects.create(
                pledge=pledge,
                date=_days(-progress["days_ago"]),
                stage=progress["stage"],
                original_language="en",
                text_en=data["progress"][progress["stage"]],
            )
        created += 1
    stdout.write(f"{created} demo pledges ({Pledge.objects.count()} in all).")


def _pledge_texts(theme: dict, place: str, language: str, common: dict) -> tuple[str, str]:
    """Title and description: the theme's, in the place where the work takes place."""
    with translation.override(language):
        name = str(countries.name(place))
    description = f"{theme['description'][language]} {common[language]}"
    if language == "en":
        description += f" The work takes place in {name}."
    return f"{theme['title'][language]} — {name}", description


def _pledge_history(pledge: Pledge, reasons: dict) -> None:
    changes = [("create", "", Pledge.State.DRAFT)]
    if pledge.state != Pledge.State.DRAFT:
        changes.append(("submit", Pledge.State.DRAFT, Pledge.State.SUBMITTED))
    if pledge.state in PLEDGE_DECISIONS:
        decision = PLEDGE_DECISIONS[pledge.state]
        reason = reasons.get(pledge.state, "")
        changes.append((decision, Pledge.State.SUBMITTED, pledge.state, reason))
    _history(pledge, *changes)


# --- Online consultations -------------------------------------------------------------------


def load_engagement(stdout) -> None:
    """The discussions, the survey with its answers, and the Repository of Practices."""
    now = timezone.now()
    data = read("discussions")
    for entry in data["discussions"]:
        _discussion(entry, data, now)
    survey = load_survey()
    organisations = {slug: organisation(slug) for slug in read("survey")["answers"]}
    answers = load_survey_answers(survey, organisations=organisations)
    practices = _practices(now)
    stdout.write(
        f"{len(data['discussions'])} discussions, a survey with {answers} answers, "
        f"{practices} practices."
    )


def _discussion(entry: dict, marks: dict, now) -> Discussion:
    """Dates as written (`opens_at`) or in days from now (`opens_in_days`)."""
    dates = {
        f"{end}_at": entry.get(f"{end}_at") or now + timedelta(days=entry[f"{end}_in_days"])
        for end in ("opens", "closes")
    }
    discussion, created = Discussion.objects.get_or_create(slug=entry["slug"], defaults=dates)
    for field in ("title", "introduction", "summary"):
        if field in entry:
            _translate(discussion, field, entry[field])
    _mark(discussion, entry, marks)
    if "round_table" in entry:
        discussion.round_table = _round_table(entry["round_table"])
    discussion.save()
    discussion.objectives.set(Objective.objects.filter(number__in=entry["objectives"]))
    for position, text in enumerate(entry["questions"], start=1):
        question = DiscussionQuestion.objects.get_or_create(
            discussion=discussion, position=position
        )[0]
        _translate(question, "text", text)
        _mark(question, marks)
        question.save()
    if created:
        _history(discussion, ("open", "", "open"))
    if not discussion.contributions.exists():
        for contribution in entry["contributions"]:
            _contribution(discussion, contribution)
    return discussion


def _contribution(discussion: Discussion, entry: dict) -> None:
    posted = discussion.opens_at + timedelta(days=entry["after_days"])
    hidden = entry.get("hidden_reason", "")
    contribution = Contribution.objects.create(
        discussion=discussion,
        organisation=organisation(entry["organisation"]),
        language=entry["language"],
        body=entry["text"],
        created_at=posted,
        hidden_at=posted + timedelta(hours=3) if hidden else None,
        hidden_reason=hidden,
    )
    if hidden:
        _history(contribution, ("hide", "visible", "hidden", hidden))
    for reply in entry.get("replies", []):
        Contribution.objects.create(
            discussion=discussion,
            parent=contribution,
            organisation=organisation(reply["organisation"]),
            language=reply["language"],
            body=reply["text"],
            created_at=posted + timedelta(hours=reply["after_hours"]),
        )


def load_survey(*, opens_at=None) -> Survey:
    """The survey and its questions, updated in place; `opens_at` is for a new survey only."""
    data = read("survey")
    survey = Survey.objects.get_or_create(
        slug=data["slug"], defaults={"opens_at": opens_at or data["opens_at"]}
    )[0]
    _translate(survey, "title", data["title"])
    _translate(survey, "introduction", data["introduction"])
    _mark(survey, data)
    survey.save()
    for position, entry in enumerate(data["questions"], start=1):
        question = Question.objects.get_or_create(
            survey=survey, position=position, defaults={"kind": entry["kind"]}
        )[0]
        question.kind, question.required = entry["kind"], entry.get("required", True)
        question.max_choices = entry.get("max_choices")
        for field in ("text", "scale_low_label", "scale_high_label"):
            if field in entry:
                _translate(question, field, entry[field])
        _mark(question, data)
        question.save()
        for index, label in enumerate(entry.get("choices", []), start=1):
            choice = Choice.objects.get_or_create(question=question, position=index)[0]
            _translate(choice, "label", label)
            _mark(choice, data)
            choice.save()
    return survey


def load_survey_answers(survey: Survey, *, organisations: dict, submitted_at=None) -> int:
    """The answers of those of `organisations` (by slug) that survey.yaml names; an answer
    already there is kept. Returns how many of them answered."""
    data = read("survey")
    keys = [entry["key"] for entry in data["questions"]]
    questions = survey.questions.order_by("position").prefetch_related("choices")
    questions = dict(zip(keys, questions, strict=True))
    submitted_at = submitted_at or data["answers_submitted_at"]
    answering = [slug for slug in data["answers"] if slug in organisations]
    for slug in answering:
        response, created = SurveyResponse.objects.get_or_create(
            survey=survey,
            organisation=organisations[slug],
            defaults={"submitted_at": submitted_at, "language": "en"},
        )
        if created:
            for key, value in data["answers"][slug].items():
                _answer(response, questions[key], value)
    return len(answering)


def _answer(response: SurveyResponse, question: Question, value) -> None:
    """A number on the scale, a text, objective numbers or choice positions."""
    answer = Answer.objects.create(
        response=response,
        question=question,
        scale_value=value if question.kind == Question.Kind.SCALE else None,
        text=value if question.kind == Question.Kind.TEXT else "",
    )
    if question.kind == Question.Kind.OBJECTIVES:
        answer.objectives.set(Objective.objects.filter(number__in=value))
    elif question.kind in Question.CHOICE_KINDS:
        answer.choices.set(question.choices.filter(position__in=value))


def _practices(now) -> int:
    """A practice found by its organisation and its title in its original language is kept."""
    data = read("practices")
    for entry in data["practices"]:
        owner, language = organisation(entry["organisation"]), entry["original_language"]
        title = {f"title_{language}": entry["title"][language]}
        if Practice.objects.filter(organisation=owner, **title).exists():
            continue
        practice = Practice(organisation=owner, evidence_url=data["evidence_url"])
        _mark(practice, entry)
        _translate(practice, "title", entry["title"])
        for field in ("description", "results"):
            _translate(practice, field, entry[field], only_given=True)
        for field in ("kind", "countries", "partners", "state", "started_on"):
            setattr(practice, field, entry[field])
        practice.ended_on = entry.get("ended_on")
        changes = [("submit", "", Practice.State.SUBMITTED)]
        if practice.state == Practice.State.PUBLISHED:
            practice.published_at = now - timedelta(days=entry["published_days_ago"])
            changes.append(("publish", Practice.State.SUBMITTED, Practice.State.PUBLISHED))
        practice.save()
        practice.objectives.set(Objective.objects.filter(number__in=entry["objectives"]))
        _history(practice, *changes)
    return len(data["practices"])
