"""docker-compose.yml and the Dockerfile stay in step with what the settings read."""

import ast
import re
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[2]
# imrf_portal/settings.py reads the environment through these helpers only.
ENVIRONMENT_HELPERS = {"env", "envbool", "envint", "envlist"}
ESSENTIAL = {
    "DATABASE_URL",
    "CELERY_BROKER_URL",
    "DJANGO_SECRET_KEY",
    "DJANGO_DEBUG",
    "DJANGO_ALLOWED_HOSTS",
}


def compose():
    return yaml.safe_load((ROOT / "docker-compose.yml").read_text())


def variables_read_by_settings() -> set[str]:
    """The names settings.py passes to its environment helpers, read from its source."""
    tree = ast.parse((ROOT / "imrf_portal" / "settings.py").read_text())
    return {
        call.args[0].value
        for call in ast.walk(tree)
        if isinstance(call, ast.Call)
        and isinstance(call.func, ast.Name)
        and call.func.id in ENVIRONMENT_HELPERS
        and call.args
        and isinstance(call.args[0], ast.Constant)
        and isinstance(call.args[0].value, str)
    }


def service_environment(service: dict) -> set[str]:
    environment = service.get("environment", {})
    if isinstance(environment, list):
        return {item.split("=", 1)[0] for item in environment}
    return set(environment)


def test_compose_runs_web_worker_postgres_and_redis_with_health_checks_and_volumes():
    services = compose()["services"]

    assert {"web", "web-visitors", "proxy", "worker", "postgres", "redis"} <= set(services)
    for name in ("web", "web-visitors", "postgres", "redis"):
        assert "healthcheck" in services[name], name
    assert compose()["volumes"]
    assert "gunicorn" in " ".join(map(str, services["web"]["command"]))
    assert "celery" in " ".join(map(str, services["worker"]["command"]))


def test_compose_names_exactly_the_variables_the_settings_read():
    read_by_settings = variables_read_by_settings()
    common = compose()["x-portal-environment"]

    assert read_by_settings >= ESSENTIAL
    for name in ("web", "web-visitors", "worker"):
        environment = service_environment(compose()["services"][name]) | set(common)
        assert environment >= ESSENTIAL, name
        assert environment <= read_by_settings, f"{name} sets {environment - read_by_settings}"


def test_docker_image_installs_what_weasyprint_and_arabic_need():
    dockerfile = (ROOT / "Dockerfile").read_text()

    for package in ("libpango-1.0-0", "libpangoft2-1.0-0", "fonts-noto-core"):
        assert package in dockerfile


def test_the_proxy_is_given_every_address_its_routing_needs():
    """deploy/portal.conf.template is filled in by the nginx image's envsubst: each ${NAME} it
    holds must be set on the proxy service, and name the two pools compose runs."""
    template = (ROOT / "deploy" / "portal.conf.template").read_text()
    needed = set(re.findall(r"\$\{(\w+)\}", template))
    proxy = compose()["services"]["proxy"]

    assert needed == {"PORTAL_LISTEN", "PORTAL_VISITORS", "PORTAL_PEOPLE"}
    assert needed <= service_environment(proxy)
    assert proxy["environment"]["PORTAL_VISITORS"].split(":")[0] == "web-visitors"
    assert proxy["environment"]["PORTAL_PEOPLE"].split(":")[0] == "web"
    assert any("portal.conf.template" in volume for volume in proxy["volumes"])
