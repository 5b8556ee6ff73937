"""Security headers Django does not send by itself."""

from csp.constants import HEADER
from csp.middleware import CheckableLazyObject, CSPMiddleware, PolicyParts
from csp.utils import build_policy, default_config
from django.conf import settings
from django.core.signals import setting_changed


class ContentSecurityPolicyMiddleware(CSPMiddleware):
    """django-csp with one policy for the public site and a looser one for the Wagtail admin.

    django-csp picks a policy per view with decorators, but the admin's views are Wagtail's; choosing by
    URL prefix here keeps every admin view (and the page previews it renders) on the admin policy.
    """

    # Per-response overrides django-csp's decorators leave on a response; with none of them (and no nonce
    # asked for) the header depends only on which policy applies, so it is built once per process:
    # django-csp rebuilds it from the settings on every response, which cost more than serving a
    # static file (benchmarks/throughput.py). Anything unusual goes through django-csp unchanged.
    OVERRIDES = ("_csp_config", "_csp_update", "_csp_replace", "_csp_exempt")
    _built = {}

    def process_response(self, request, response):
        usual = (
            getattr(request, "_csp_nonce", None) is None
            and not any(getattr(response, attr, None) for attr in self.OVERRIDES)
            and HEADER not in response
            and not getattr(settings, "CONTENT_SECURITY_POLICY_REPORT_ONLY", None)
            and not settings.DEBUG
        )
        if not usual:
            return super().process_response(request, response)
        admin = is_admin_request(request)
        if admin not in self._built:
            parts = self.get_policy_parts(request, response)
            self._built[admin] = build_policy(parts.config, parts.update, parts.replace, parts.nonce)
        if self._built[admin]:
            response[HEADER] = self._built[admin]
        # As django-csp does: a nonce asked for after the header is written is a mistake, made loud.
        request.csp_nonce = CheckableLazyObject(self._csp_nonce_post_response)
        return response

    def get_policy_parts(self, request, response, report_only=False):
        parts = super().get_policy_parts(request, response, report_only=report_only)
        if not report_only and parts.config is None and is_admin_request(request):
            directives = settings.CONTENT_SECURITY_POLICY_ADMIN["DIRECTIVES"]
            return PolicyParts(default_config(directives), parts.update, parts.replace, parts.nonce)
        return parts


def is_admin_request(request):
    # A page preview renders the page through the whole middleware stack with a dummy request for the
    # page's own URL (wagtail.models.preview); it is shown inside the admin, so it gets the admin policy.
    return request.path_info.startswith(settings.CSP_ADMIN_PATH_PREFIX) or getattr(request, "is_dummy", False)


class CrossOriginResourcePolicyMiddleware:
    """Cross-Origin-Resource-Policy on every response: other sites may not embed our pages or files."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        response.headers.setdefault("Cross-Origin-Resource-Policy", settings.CROSS_ORIGIN_RESOURCE_POLICY)
        return response


def forget_built_policies(setting, **kwargs):
    if setting.startswith("CONTENT_SECURITY_POLICY"):
        ContentSecurityPolicyMiddleware._built.clear()


setting_changed.connect(forget_built_policies)
