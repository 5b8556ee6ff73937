"""The admin's two-step sign-in pages: set-up, the code after each password sign-in, and the account page."""

from base64 import b32encode

import django_otp
import qrcode
import qrcode.image.svg
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _
from django.views.decorators.debug import sensitive_post_parameters
from wagtail.admin import messages

from . import devices
from .forms import CodeForm, SetUpCodeForm


def next_url(request):
    url = request.POST.get("next") or request.GET.get("next") or ""
    if url_has_allowed_host_and_scheme(url, allowed_hosts={request.get_host()}, require_https=request.is_secure()):
        return url
    return reverse("wagtailadmin_home")


def qr_svg(url):
    """The set-up link as an inline SVG (no script, no image request: nothing the admin's CSP must allow)."""
    image = qrcode.make(url, image_factory=qrcode.image.svg.SvgPathFillImage, box_size=16, border=4)
    return mark_safe(image.to_string(encoding="unicode"))  # noqa: S308 (made here from a path of squares)


def signed_in(request, device):
    """Mark this session as confirmed with ``device``, under a new session key (the session gained rights)."""
    request.session.cycle_key()
    django_otp.login(request, device)


def recovery_codes_page(request, codes):
    return TemplateResponse(request, "twofactor/recovery_codes.html", {"codes": codes, "next": next_url(request)})


@sensitive_post_parameters("code")
def enrol(request):
    user = request.user
    if devices.has_device(user):
        return redirect("twofactor_manage")
    device = devices.pending_device(user)
    form = SetUpCodeForm(request.POST or None)
    if form.is_valid():
        code = devices.normalise(form.cleaned_data["code"])
        if device.verify_token(code):
            codes = devices.confirm(user, device)
            signed_in(request, device)
            return recovery_codes_page(request, codes)
        form.add_error(
            "code", _("That code did not match. Check that your phone's clock is right and type the newest code.")
        )
    secret = b32encode(device.bin_key).decode()
    context = {
        "form": form,
        "qr_code": qr_svg(device.config_url),
        "secret": " ".join(secret[i : i + 4] for i in range(0, len(secret), 4)),
        "required": devices.is_required(user),
        "next": next_url(request),
    }
    return TemplateResponse(request, "twofactor/enrol.html", context)


@sensitive_post_parameters("code")
def verify(request):
    user = request.user
    if user.is_verified() or not devices.has_device(user):
        return redirect(next_url(request))
    form = CodeForm(request.POST or None)
    if form.is_valid():
        device, throttled = devices.verify(user, form.cleaned_data["code"])
        if device is not None:
            signed_in(request, device)
            if device.persistent_id.startswith("otp_static"):
                left = device.token_set.count()
                messages.warning(request, _("Recovery code used. You have %(left)s left.") % {"left": left})
            return redirect(next_url(request))
        if throttled:
            form.add_error("code", _("Too many wrong codes. Wait a minute, then type the newest code."))
        else:
            form.add_error("code", _("That code did not work. Type the newest code from your app, or a recovery code."))
    return TemplateResponse(request, "twofactor/verify.html", {"form": form, "next": next_url(request)})


def manage(request):
    """The account page: set up, new recovery codes, or (for roles that may go without) turn it off."""
    user = request.user
    enrolled = devices.has_device(user)
    required = devices.is_required(user)
    if request.method == "POST" and enrolled:
        if request.POST.get("action") == "new-codes":
            return recovery_codes_page(request, devices.new_recovery_codes(user))
        if request.POST.get("action") == "turn-off" and not required:
            devices.remove_devices(user)
            request.session.pop(django_otp.DEVICE_ID_SESSION_KEY, None)
            messages.success(request, _("Two-step sign-in is off for your account."))
            return redirect("twofactor_manage")
    context = {"enrolled": enrolled, "required": required}
    return TemplateResponse(request, "twofactor/manage.html", context)
