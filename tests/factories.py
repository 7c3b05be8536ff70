"""Factories for the tests: people with verified e-mail addresses, and their roles."""

import factory
from allauth.account.models import EmailAddress
from django.contrib.auth.models import Group

from stakeholders.models import Membership, Organisation, Profile, User, Verification
from stakeholders.rules import COORDINATORS, SECRETARIAT

PASSWORD = "a-long-test-password-42"


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = User
        skip_postgeneration_save = True

    email = factory.Sequence(lambda n: f"person{n}@example.org")
    username = factory.LazyAttribute(lambda user: user.email.split("@")[0])
    first_name = factory.Faker("first_name")
    last_name = factory.Faker("last_name")

    @factory.post_generation
    def password(user, create, extracted, **kwargs):
        user.set_password(extracted or PASSWORD)
        if create:
            user.save()

    @factory.post_generation
    def verified(user, create, extracted, **kwargs):
        """Users have a verified e-mail address unless built with verified=False."""
        if create:
            EmailAddress.objects.create(
                user=user, email=user.email, primary=True, verified=extracted is not False
            )

    @factory.post_generation
    def language(user, create, extracted, **kwargs):
        """Every person has a profile; `language=` sets their preferred language."""
        if create:
            Profile.objects.update_or_create(
                user=user,
                defaults={
                    "full_name": f"{user.first_name} {user.last_name}",
                    "preferred_language": extracted or "en",
                },
            )

    @factory.post_generation
    def groups(user, create, extracted, **kwargs):
        if create and extracted:
            user.groups.set(Group.objects.filter(name__in=extracted))


def secretariat_user(totp=True, **kwargs) -> User:
    """A secretariat member, with the second factor their role requires unless totp=False."""
    from tests.mfa import give_totp

    user = UserFactory(is_staff=True, groups=[SECRETARIAT], **kwargs)
    return give_totp(user) if totp else user


def coordinator_user(totp=True, **kwargs) -> User:
    from tests.mfa import give_totp

    user = UserFactory(groups=[COORDINATORS], **kwargs)
    return give_totp(user) if totp else user


class OrganisationFactory(factory.django.DjangoModelFactory):
    """A verified organisation unless built with verification=..."""

    class Meta:
        model = Organisation

    name = factory.Sequence(lambda n: f"Migrant Rights Network {n}")
    acronym = factory.Sequence(lambda n: f"MRN{n}")
    slug = factory.Sequence(lambda n: f"migrant-rights-network-{n}")
    group = "civil_society"
    country = "JO"
    description_en = "Works with migrant workers in the region."
    verification = Verification.VERIFIED


class MembershipFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Membership

    user = factory.SubFactory(UserFactory)
    organisation = factory.SubFactory(OrganisationFactory)
    role = Membership.Role.MEMBER
    state = Membership.State.ACTIVE


def member_of(organisation, **kwargs) -> User:
    return MembershipFactory(organisation=organisation, **kwargs).user


def administrator_of(organisation, **kwargs) -> User:
    return MembershipFactory(
        organisation=organisation, role=Membership.Role.ADMINISTRATOR, **kwargs
    ).user


# --- Pledges ---------------------------------------------------------------------------------

PLEDGE_DESCRIPTION = (
    "We will train two hundred labour inspectors and recruitment agency staff on fair and ethical "
    "recruitment, publish a yearly list of agencies that charge no fees to workers, and run a "
    "hotline in Arabic, English, Hindi and Tagalog where migrant workers can report abuses and "
    "get advice on their contracts. Progress is measured by the number of complaints resolved."
)


def _now():
    from django.utils import timezone

    return timezone.now()


def _today():
    from django.utils import timezone

    return timezone.localdate()


class PledgeFactory(factory.django.DjangoModelFactory):
    """A pledge in English by a verified organisation, tagged with objective 6 when the reference
    data is loaded. `state=` sets the state directly (published ones get `published_at`)."""

    class Meta:
        model = "pledges.Pledge"
        skip_postgeneration_save = True

    organisation = factory.SubFactory(OrganisationFactory)
    original_language = "en"
    title_en = factory.Sequence(lambda n: f"Fair recruitment pledge {n}")
    description_en = PLEDGE_DESCRIPTION
    kind = "technical_capacity"
    countries = ["JO", "LB"]
    start_date = factory.LazyFunction(lambda: _today().replace(year=2022, month=6, day=1))
    end_date = factory.LazyFunction(lambda: _today().replace(year=2025, month=12, day=31))
    contact_name = "Rania Saleh"
    contact_email = factory.Sequence(lambda n: f"contact{n}@pledger.example")
    state = "draft"
    published_at = factory.LazyAttribute(
        lambda pledge: _now() if pledge.state == "published" else None
    )

    @factory.post_generation
    def objectives(pledge, create, extracted, **kwargs):
        from gcm.models import Objective

        if not create:
            return
        if extracted is None:
            extracted = Objective.objects.filter(number=6)
        pledge.objectives.set(
            [o if isinstance(o, Objective) else Objective.objects.get(number=o) for o in extracted]
        )


class PledgeProgressFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = "pledges.PledgeProgress"

    pledge = factory.SubFactory(PledgeFactory, state="published")
    date = factory.LazyFunction(_today)
    stage = "in_progress"
    original_language = "en"
    text_en = "Forty inspectors trained so far; the hotline answered 310 calls."


# --- Consultation events (consultations) -----------------------------------------------------


def _in_days(days: int):
    import datetime

    return _today() + datetime.timedelta(days=days)


class EventFactory(factory.django.DjangoModelFactory):
    """A public event, open for registration, in a month, unless told otherwise."""

    class Meta:
        model = "consultations.Event"

    title_en = factory.Sequence(lambda n: f"Stakeholder dialogue {n}")
    slug = factory.Sequence(lambda n: f"stakeholder-dialogue-{n}")
    background_en = "A dialogue with stakeholders on the Global Compact."
    starts_on = factory.LazyFunction(lambda: _in_days(30))
    ends_on = factory.LazyAttribute(lambda event: event.starts_on)
    region = "arab_states"
    mode = "virtual"
    state = "registration_open"
    is_public = True


class AgendaItemFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = "consultations.AgendaItem"

    event = factory.SubFactory(EventFactory)
    order = factory.Sequence(lambda n: (n + 1) * 10)
    kind = "presentation"
    title_en = factory.Sequence(lambda n: f"Agenda item {n}")
    summary_en = "What was presented."


class SpeakerFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = "consultations.Speaker"

    agenda_item = factory.SubFactory(AgendaItemFactory)
    order = factory.Sequence(lambda n: n)
    honorific = "ms"
    name_en = factory.Sequence(lambda n: f"Speaker Number{n}")
    title_en = "Regional Adviser"
    organisation_name_en = "Regional Office"
    stakeholder_group = "civil_society"


class InterventionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = "consultations.Intervention"
        skip_postgeneration_save = True

    agenda_item = factory.SubFactory(AgendaItemFactory, kind="open_discussion")
    order = factory.Sequence(lambda n: n)
    honorific = "mr"
    name_en = factory.Sequence(lambda n: f"Floor Speaker{n}")
    organisation_name_en = "Migrant Workers Network"
    stakeholder_group = "migrants"
    text_en = "We ask for an end to recruitment fees."

    @factory.post_generation
    def objectives(intervention, create, extracted, **kwargs):
        from gcm.models import Objective

        if create and extracted:
            intervention.objectives.set(Objective.objects.filter(number__in=extracted))


class InputFactory(factory.django.DjangoModelFactory):
    """A written input for an event, submitted, tagged with objective 6 unless told."""

    class Meta:
        model = "consultations.Input"
        skip_postgeneration_save = True

    organisation = factory.SubFactory(OrganisationFactory)
    author = factory.LazyAttribute(lambda written: member_of(written.organisation))
    kind = "recommendation"
    title_en = factory.Sequence(lambda n: f"Written input {n}")
    text_en = "End recruitment fees paid by workers."
    event = factory.SubFactory(EventFactory)
    state = "submitted"

    @factory.post_generation
    def objectives(written, create, extracted, **kwargs):
        from gcm.models import Objective

        if create:
            written.objectives.set(Objective.objects.filter(number__in=extracted or [6]))


class RegistrationFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = "consultations.Registration"

    event = factory.SubFactory(EventFactory)
    organisation = factory.SubFactory(OrganisationFactory)
    user = factory.LazyAttribute(lambda registration: member_of(registration.organisation))
