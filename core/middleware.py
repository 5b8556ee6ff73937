"""Security headers Django does not send by itself."""

from csp.middleware import CSPMiddleware, PolicyParts
from csp.utils import default_config
from django.conf import settings


class ContentSecurityPolicyMiddleware(CSPMiddleware):
    """django-csp with one policy for the public site and a looser one for the Wagtail admin.

    django-csp picks a policy per view with decorators, but the admin's views are Wagtail's; choosing by
    URL prefix here keeps every admin view (and the page previews it renders) on the admin policy.
    """

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
