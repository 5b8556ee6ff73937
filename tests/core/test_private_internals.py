"""Private internals of Django and django-csp that core relies on, checked by name and signature.

core/redis_cache.py reuses one redis client per connection pool by overriding
``RedisCacheClient.get_client`` and reading its private pool attributes; core/middleware.py builds
django-csp's header itself from django-csp's private per-response attributes. Neither library promises
these: after an upgrade, this test says exactly what changed and which of our modules to update,
instead of the site quietly losing its cache reuse or sending a wrong Content-Security-Policy.
"""

import inspect

import csp.constants
import csp.decorators
import csp.middleware
import csp.utils
import pytest
from django.core.cache.backends.redis import RedisCache, RedisCacheClient

from core.middleware import ContentSecurityPolicyMiddleware
from core.redis_cache import ReusedClient

REDIS_CACHE = "core/redis_cache.py"
CSP_MIDDLEWARE = "core/middleware.py"


def require(owner, attribute, used_by):
    if not hasattr(owner, attribute):
        pytest.fail(f"{getattr(owner, '__name__', owner)}.{attribute} is gone: update {used_by}, which relies on it.")
    return getattr(owner, attribute)


def require_parameters(function, names, used_by):
    parameters = list(inspect.signature(function).parameters)
    missing = [name for name in names if name not in parameters]
    if missing:
        pytest.fail(
            f"{function.__qualname__} no longer takes {', '.join(missing)} (it takes {parameters}): update {used_by}."
        )


# --- Django's Redis cache (core/redis_cache.py) ----------------------------------------------------


def test_redis_cache_client_keeps_the_pool_attributes_reused_client_reads():
    client = RedisCacheClient(["redis://127.0.0.1:6379/0"])  # builds no connection yet
    for attribute in ("_servers", "_pools", "_pool_class", "_pool_options", "_client"):
        require(client, attribute, REDIS_CACHE)
    require_parameters(require(client, "_get_connection_pool_index", REDIS_CACHE), ["write"], REDIS_CACHE)
    assert isinstance(client._pools, dict), f"RedisCacheClient._pools is no longer a dict: update {REDIS_CACHE}."


def test_get_client_keeps_the_signature_reused_client_overrides():
    ours = inspect.signature(ReusedClient.get_client)
    theirs = inspect.signature(RedisCacheClient.get_client)
    assert ours == theirs, f"RedisCacheClient.get_client is now {theirs} (ours: {ours}): update {REDIS_CACHE}."


def test_redis_cache_still_picks_its_client_class_from_class_attribute():
    cache = RedisCache("redis://127.0.0.1:6379/0", {})
    assert cache._class is RedisCacheClient, (
        f"RedisCache no longer builds its client from _class: update {REDIS_CACHE}."
    )


@pytest.mark.parametrize(
    "method, parameters",
    [
        ("get", ["key", "default", "version"]),
        ("get_many", ["keys", "version"]),
        ("has_key", ["key", "version"]),
        ("add", ["key", "value", "timeout", "version"]),
        ("set", ["key", "value", "timeout", "version"]),
        ("set_many", ["data", "timeout", "version"]),
        ("touch", ["key", "timeout", "version"]),
        ("delete", ["key", "version"]),
        ("delete_many", ["keys", "version"]),
    ],
)
def test_redis_cache_methods_wrapped_for_outages_keep_their_parameters(method, parameters):
    # The fallbacks in ResilientRedisCache answer with these parameters' defaults.
    require_parameters(require(RedisCache, method, REDIS_CACHE), parameters, REDIS_CACHE)


# --- django-csp (core/middleware.py) ---------------------------------------------------------------


def test_django_csp_keeps_what_the_middleware_imports():
    assert csp.constants.HEADER == "Content-Security-Policy", f"csp.constants.HEADER changed: update {CSP_MIDDLEWARE}."
    for module, name in (
        (csp.middleware, "CheckableLazyObject"),
        (csp.middleware, "CSPMiddleware"),
        (csp.middleware, "PolicyParts"),
        (csp.utils, "build_policy"),
        (csp.utils, "default_config"),
    ):
        require(module, name, CSP_MIDDLEWARE)


def test_django_csp_policy_building_keeps_its_signatures():
    require_parameters(csp.utils.build_policy, ["config", "update", "replace", "nonce"], CSP_MIDDLEWARE)
    require_parameters(csp.utils.default_config, ["csp"], CSP_MIDDLEWARE)
    require_parameters(
        csp.middleware.CSPMiddleware.get_policy_parts, ["request", "response", "report_only"], CSP_MIDDLEWARE
    )
    require_parameters(csp.middleware.CSPMiddleware.process_response, ["request", "response"], CSP_MIDDLEWARE)
    require_parameters(csp.middleware.PolicyParts, ["config", "update", "replace", "nonce"], CSP_MIDDLEWARE)
    require(csp.middleware.CSPMiddleware, "_csp_nonce_post_response", CSP_MIDDLEWARE)


def test_django_csp_still_marks_responses_and_requests_with_the_attributes_the_middleware_checks():
    # The shortcut builds the header once per process only when none of these is set; if django-csp
    # renamed one, a decorated view would silently get the shared header instead of its own.
    decorators = inspect.getsource(csp.decorators)
    middleware = inspect.getsource(csp.middleware)
    for attribute in ContentSecurityPolicyMiddleware.OVERRIDES:
        assert f'"{attribute}"' in decorators, (
            f"django-csp's decorators no longer set {attribute}: update {CSP_MIDDLEWARE}."
        )
    assert '"_csp_nonce"' in middleware, (
        f"django-csp no longer keeps the nonce in request._csp_nonce: update {CSP_MIDDLEWARE}."
    )


# --- The checks name what to update ----------------------------------------------------------------


def test_a_missing_internal_fails_with_the_module_to_update():
    class Library:
        pass

    with pytest.raises(pytest.fail.Exception, match=r"Library\._pools is gone: update core/redis_cache\.py"):
        require(Library, "_pools", REDIS_CACHE)

    def changed(request, response):
        pass

    with pytest.raises(pytest.fail.Exception, match=r"no longer takes report_only .*: update core/middleware\.py"):
        require_parameters(changed, ["request", "response", "report_only"], CSP_MIDDLEWARE)
