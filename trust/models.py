from .pages import (
    AccessibilityStatementPage,
    FirstVisitPage,
    InsurancePage,
    Insurer,
    LanguageTagline,
    NondiscriminationPage,
    PrivacyNoticePage,
)
from .testimonials import Testimonial

__all__ = [
    "AccessibilityStatementPage",
    "FirstVisitPage",
    "Insurer",
    "InsurancePage",
    "LanguageTagline",
    "NondiscriminationPage",
    "PrivacyNoticePage",
    "Testimonial",
]

# The footer lists them in this order (navigation).
TRUST_PAGE_TYPES = [FirstVisitPage, InsurancePage, PrivacyNoticePage, AccessibilityStatementPage, NondiscriminationPage]
