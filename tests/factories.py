"""Factories for the tests: people with verified e-mail addresses, and their roles."""

import factory
from allauth.account.models import EmailAddress
from django.contrib.auth.models import Group

from stakeholders.models import User
from stakeholders.roles import COORDINATORS, SECRETARIAT

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
    def groups(user, create, extracted, **kwargs):
        if create and extracted:
            user.groups.set(Group.objects.filter(name__in=extracted))


def secretariat_user(**kwargs) -> User:
    return UserFactory(is_staff=True, groups=[SECRETARIAT], **kwargs)


def coordinator_user(**kwargs) -> User:
    return UserFactory(groups=[COORDINATORS], **kwargs)
