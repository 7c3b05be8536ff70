"""Demo content of the online consultations for `manage.py load_demo` (idempotent): two
discussions drawn from the open discussions of the Arab region's dialogue of 10 February 2022
(one closed with its summary, one open), the stakeholders' survey with fifteen organisations'
answers, and the Repository of Practices. Arabic and French texts are working translations."""

from datetime import UTC, datetime, timedelta

from django.utils import timezone

from common.audit import record_change
from gcm.models import Objective, RoundTable
from stakeholders.models import Membership, Organisation, User, Verification

from . import demo_discussions
from .demo_practices import PRACTICES, REPOSITORY
from .demo_survey import load_answers, load_survey
from .models import Contribution, Discussion, GuidingQuestion, Practice

# The demo's organisations, found by slug (or name) or created verified.
ORGANISATIONS = [
    ("arab-network-migrant-workers-rights", "Arab Network for Migrant Workers’ Rights", "ANMWR",
     "civil_society", "LB"),
    ("gulf-migrant-voices", "Gulf Migrant Voices", "GMV", "migrants", "KW"),
    ("sudanese-diaspora-association-egypt", "Sudanese Diaspora Association in Egypt", "SDAE",
     "diaspora", "EG"),
    ("interfaith-council-migrants-dignity", "Interfaith Council for Migrants’ Dignity", "ICMD",
     "faith_based", "JO"),
    ("tunisian-municipalities-migration", "Tunisian Municipalities for Migration", "TMM",
     "local_authorities", "TN"),
    ("egyptian-employers-fair-migration", "Egyptian Employers for Fair Migration", "EEFM",
     "private_sector", "EG"),
    ("workers-federation-migrant-desk", "Workers’ Federation — Migrant Workers’ Desk", "WF-MWD",
     "trade_unions", "JO"),
    ("arab-parliamentary-forum-migration", "Arab Parliamentary Forum on Migration", "APFM",
     "parliamentarians", "LB"),
    ("national-council-human-rights-migration", "National Council for Human Rights and Migration",
     "NCHRM", "nhri", "MA"),
    ("red-crescent-migration-support", "Red Crescent Migration Support Unit", "RCMSU",
     "red_cross", "SD"),
    ("institute-population-migration-studies", "Institute for Population and Migration Studies",
     "IPMS", "academia", "EG"),
    ("arab-migration-journalists-network", "Arab Migration Journalists Network", "AMJN", "media",
     "IQ"),
    ("youth-on-the-move-mena", "Youth on the Move MENA", "YOM", "other", "MA"),
    ("association-migrant-women-workers", "Association of Migrant Women Workers", "AMWW",
     "civil_society", "DZ"),
    ("domestic-workers-solidarity-collective", "Domestic Workers’ Solidarity Collective", "DWSC",
     "migrants", "BH"),
    ("iraqi-association-returnees", "Iraqi Association for Returnees", "IAR", "civil_society",
     "IQ"),
]  # fmt: skip
# The demo member and organisation administrator belong here, so that they can try everything:
# this organisation has not answered the survey.
HOME_ORGANISATION = "iraqi-association-returnees"
DEMO_MEMBERS = [
    ("member@imrf-portal.example", Membership.Role.MEMBER),
    ("orgadmin@imrf-portal.example", Membership.Role.ADMINISTRATOR),
]


def _organisations() -> dict:
    found = {}
    for slug, name, acronym, group, country in ORGANISATIONS:
        organisation = (
            Organisation.objects.filter(slug=slug).first()
            or Organisation.objects.filter(name=name).first()
        )
        if organisation is None:
            organisation = Organisation.objects.create(
                slug=slug,
                name=name,
                acronym=acronym,
                group=group,
                country=country,
                verification=Verification.VERIFIED,
            )
        if organisation.is_verified:
            found[slug] = organisation
    return found


def _demo_members(home) -> None:
    """The demo member and administrator join the home organisation unless they already speak
    for a verified organisation."""
    for email, role in DEMO_MEMBERS:
        user = User.objects.filter(email=email).first()
        if user is None or Organisation.objects.verified().with_member(user).exists():
            continue
        Membership.objects.update_or_create(
            user=user, organisation=home, defaults={"role": role, "state": Membership.State.ACTIVE}
        )


def _set(obj, field: str, texts) -> None:
    for language, text in zip(("en", "fr", "ar"), texts, strict=True):
        setattr(obj, f"{field}_{language}", text)


def _discussion(spec: dict, organisations: dict, now) -> Discussion:
    opens_at = spec["opens_at"](now)
    discussion, created = Discussion.objects.get_or_create(
        slug=spec["slug"],
        defaults={"opens_at": opens_at, "closes_at": spec["closes_at"](now)},
    )
    for field in ("title", "introduction", "summary"):
        if field in spec:
            _set(discussion, field, spec[field])
    discussion.original_language, discussion.working_translations = "en", ["ar", "fr"]
    if spec.get("round_table"):
        discussion.round_table = (
            RoundTable.objects.of_current_forum().filter(number=spec["round_table"]).first()
        )
    discussion.save()
    discussion.objectives.set(Objective.objects.filter(number__in=spec["objectives"]))
    for position, texts in enumerate(spec["questions"], start=1):
        question, _created = GuidingQuestion.objects.get_or_create(
            discussion=discussion, position=position
        )
        _set(question, "text", texts)
        question.original_language, question.working_translations = "en", ["ar", "fr"]
        question.save()
    if created:
        record_change(discussion, by=None, action="open", to_state="open")
    if not discussion.contributions.exists():
        _contributions(discussion, spec["contributions"], organisations)
    return discussion


def _member_or_none(user, organisation):
    """The demo account as author only if it belongs to the organisation it writes for."""
    if user is None:
        return None
    belongs = Membership.objects.active().filter(user=user, organisation=organisation).exists()
    return user if belongs else None


def _contributions(discussion, specs, organisations) -> None:
    users = {
        user.email: user for user in User.objects.filter(email__endswith="@imrf-portal.example")
    }
    for days, slug, language, body, replies, hidden in specs:
        organisation = organisations.get(slug)
        if organisation is None:
            continue
        posted = discussion.opens_at + timedelta(days=days)
        contribution = Contribution.objects.create(
            discussion=discussion,
            organisation=organisation,
            language=language,
            body=body,
            created_at=posted,
            hidden_at=posted + timedelta(hours=3) if hidden else None,
            hidden_reason=hidden or "",
        )
        if hidden:
            record_change(
                contribution, by=None, action="hide", from_state="visible", to_state="hidden",
                reason=hidden,
            )  # fmt: skip
        for hours, reply_slug, reply_language, reply_body, author_email in replies:
            reply_organisation = organisations.get(reply_slug)
            if reply_organisation is None:
                continue
            Contribution.objects.create(
                discussion=discussion,
                parent=contribution,
                organisation=reply_organisation,
                author=_member_or_none(users.get(author_email), reply_organisation),
                language=reply_language,
                body=reply_body,
                created_at=posted + timedelta(hours=hours),
            )


def _practices(organisations, now) -> int:
    count = 0
    for spec in PRACTICES:
        slug, language, kind, objectives, countries, partners, start, end = spec[:8]
        titles, description, results, published = spec[8:]
        organisation = organisations.get(slug)
        if organisation is None:
            continue
        title = titles[("en", "fr", "ar").index(language)]
        practice = Practice.objects.filter(
            organisation=organisation, **{f"title_{language}": title}
        ).first()
        if practice is None:
            practice = Practice(organisation=organisation, original_language=language)
            _set(practice, "title", titles)
            setattr(practice, f"description_{language}", description)
            setattr(practice, f"results_{language}", results)
            practice.working_translations = [
                code for code in ("en", "fr", "ar") if code != language
            ]
            practice.kind, practice.countries, practice.partners = kind, countries, partners
            practice.started_on, practice.ended_on = start, end
            practice.evidence_url = REPOSITORY
            if published:
                practice.state = Practice.State.PUBLISHED
                practice.published_at = now - timedelta(days=30 - count)
            practice.save()
            practice.objectives.set(Objective.objects.filter(number__in=objectives))
            record_change(practice, by=None, action="submit", to_state=Practice.State.SUBMITTED)
            if published:
                record_change(
                    practice, by=None, action="publish", from_state=Practice.State.SUBMITTED,
                    to_state=Practice.State.PUBLISHED,
                )  # fmt: skip
        count += 1
    return count


def load(stdout) -> None:
    now = timezone.now()
    organisations = _organisations()
    home = organisations.get(HOME_ORGANISATION)
    if home is not None:
        _demo_members(home)
    for spec in demo_discussions.DISCUSSIONS:
        _discussion(spec, organisations, now)
    survey = load_survey(opens_at=datetime(2022, 1, 15, 8, 0, tzinfo=UTC))
    answers = load_answers(survey, organisations, datetime(2022, 2, 1, 9, 0, tzinfo=UTC))
    practices = _practices(organisations, now)
    stdout.write(
        f"{len(demo_discussions.DISCUSSIONS)} discussions, a survey with {answers} answers, "
        f"{practices} practices."
    )
