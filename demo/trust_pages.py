"""The demo's trust pages and testimonials: what a new patient looks for before booking.

Written as a Westminster, Colorado clinic would; editors change every word in the admin.
"""

import datetime

from trust.models import (
    AccessibilityStatementPage,
    FirstVisitPage,
    InsurancePage,
    Insurer,
    LanguageTagline,
    NondiscriminationPage,
    PrivacyNoticePage,
    Testimonial,
)

PHONE = "(303) 555-0142"


def paragraphs(*texts):
    return "".join(f"<p>{text}</p>" for text in texts)


def bullets(*items):
    return "<ul>" + "".join(f"<li>{item}</li>" for item in items) + "</ul>"


FIRST_VISIT = {
    "title": "Your first visit",
    "slug": "your-first-visit",
    "summary": "What to bring, how long it takes and what to wear, so your first appointment is easy.",
    "what_to_bring": bullets(
        "A photo ID and your insurance card",
        "Your referral or prescription, if your insurance needs one",
        "A list of the medicines you take",
        "Any scans, X-rays or notes from your doctor or surgeon",
    ),
    "how_long": paragraphs(
        "Plan for about an hour. Please arrive 10 minutes early to fill in a short form.",
        "Your clinician asks about your pain and your goals, checks how you move, and explains what they find. "
        "Most people start treatment on the first day and leave with a few simple exercises.",
    ),
    "what_to_wear": paragraphs(
        "Comfortable clothes you can move in. Shorts for a knee, hip or ankle problem; a loose top or tank "
        "top for a neck, shoulder or back problem. We have gowns and a private room if you need to change.",
    ),
}

INSURANCE = {
    "title": "Insurance and payment",
    "slug": "insurance-and-payment",
    "summary": (
        "Yes, we take insurance: we are in network with most major plans, including Medicare. "
        "If you pay for yourself, our prices are simple and listed here."
    ),
    "coverage": paragraphs(
        "Call the number on the back of your insurance card and ask: is physical therapy (or chiropractic "
        "care) covered, how many visits a year, what is my copay, and do I need a referral?",
        f"Not sure? Our front desk is happy to check for you before your first visit. Call {PHONE}.",
    ),
    "self_pay": paragraphs(
        "First visit (about an hour): $140. Follow-up visit: $95. Massage: $90 for 60 minutes.",
        "We accept cash, all major cards, and HSA and FSA cards. We give you a receipt with the codes your "
        "insurer needs if you claim it back.",
    ),
}
INSURERS = [
    ("Aetna", ""),
    ("Anthem Blue Cross Blue Shield", ""),
    ("Cigna", ""),
    ("Kaiser Permanente", "with a referral from your Kaiser doctor"),
    ("Medicare", "Part B"),
    ("Health First Colorado (Medicaid)", ""),
    ("TRICARE", ""),
    ("UnitedHealthcare", ""),
    ("Workers' compensation and auto accident claims", ""),
]

PRIVACY = {
    "title": "Notice of privacy practices",
    "slug": "notice-of-privacy-practices",
    "summary": "How we may use and share your health information, your rights over it, and how to reach us.",
    "effective_date": datetime.date(2026, 1, 1),
    "sections": [
        (
            "Your rights",
            paragraphs(
                "You can ask to see or get a copy of your health record, ask us to correct it, ask us to limit "
                "what we share, ask us to contact you in a certain way, and get a list of those we have shared "
                "it with. You can get a paper copy of this notice at any time.",
            ),
        ),
        (
            "How we use and share your information",
            paragraphs(
                "We use your information to treat you, to run our clinic and to bill for your care. We share it "
                "with others only as the law allows, for example with your doctor or your insurer.",
                "We never sell your information and never use it for marketing without your written permission.",
            ),
        ),
        (
            "Questions and complaints",
            paragraphs(
                f"Ask for our privacy officer at {PHONE}. If you feel your rights were not respected you can "
                "complain to us or to the U.S. Department of Health and Human Services Office for Civil Rights. "
                "We will not act against you for complaining.",
            ),
        ),
    ],
}

ACCESSIBILITY = {
    "title": "Accessibility statement",
    "slug": "accessibility",
    "summary": "We want everyone to be able to use this website, whatever device or assistive technology they use.",
    "standard": "WCAG 2.2 level AA",
    "how_tested": paragraphs(
        "Every change to the site is checked automatically with the axe accessibility engine, on phone and "
        "desktop screen sizes, before it goes live. We also use the site with a keyboard alone and with a "
        "screen reader, and check colour contrast, text size and zoom to 400%.",
    ),
    "known_issues": "",
    "report_barrier": paragraphs(
        "If something on this site is hard to use, please tell us: what page, what you were trying to do, and "
        "what you use to browse (for example a screen reader). We reply within two business days and can give "
        "you the information another way in the meantime.",
    ),
    "statement_date": datetime.date(2026, 11, 1),
}

NONDISCRIMINATION = {
    "title": "Nondiscrimination notice",
    "slug": "nondiscrimination-notice",
    "summary": "We treat everyone fairly, and free help is available in your language.",
    "notice": paragraphs(
        "Westminster Physical Medicine complies with applicable federal civil rights laws and does not "
        "discriminate on the basis of race, color, national origin, age, disability or sex.",
        "We provide free aids and services to people with disabilities, such as qualified sign language "
        "interpreters and written information in large print or other formats, and free language services to "
        "people whose first language is not English, such as qualified interpreters.",
        f"To ask for these services, or to make a complaint, call {PHONE} and ask for the office manager.",
    ),
}
TAGLINES = [
    (
        "Español",
        "es",
        f"ATENCIÓN: si habla español, tiene a su disposición servicios gratuitos de asistencia "
        f"lingüística. Llame al {PHONE}.",
    ),
    (
        "Tiếng Việt",
        "vi",
        f"CHÚ Ý: Nếu bạn nói Tiếng Việt, có các dịch vụ hỗ trợ ngôn ngữ miễn phí dành cho bạn. Gọi số {PHONE}.",
    ),
    ("中文", "zh-Hant", f"注意：如果您使用繁體中文，您可以免費獲得語言援助服務。請致電 {PHONE}。"),
    (
        "한국어",
        "ko",
        f"주의: 한국어를 사용하시는 경우, 언어 지원 서비스를 무료로 이용하실 수 있습니다. {PHONE} 번으로 "
        "전화해 주십시오.",
    ),
    (
        "Русский",
        "ru",
        f"ВНИМАНИЕ: Если вы говорите на русском языке, то вам доступны бесплатные услуги перевода. Звоните {PHONE}.",
    ),
    (
        "العربية",
        "ar",
        f"ملحوظة: إذا كنت تتحدث العربية، فإن خدمات المساعدة اللغوية تتوافر لك بالمجان. اتصل برقم {PHONE}.",
    ),
]

TESTIMONIALS = [
    (
        "I could barely lift my arm after my shoulder surgery. Twelve weeks later I'm back to gardening. "
        "They explained every step and never rushed me.",
        "Linda M.",
        "Recovering from shoulder surgery",
        "post-surgical-rehabilitation",
    ),
    (
        "I was nervous about the needles, but it felt like a small pinch and my neck loosened up the same day.",
        "Marcus T.",
        "Neck pain from desk work",
        "dry-needling",
    ),
    (
        "The front desk sorted out my insurance before I even arrived, and Dana gave me exercises I actually "
        "have time to do.",
        "Priya S.",
        "Back to running after a knee injury",
        None,
    ),
    (
        "Friendly, on time, and they listen. My lower back has not felt this good in years.",
        "Jorge R.",
        "Lower back pain",
        "chiropractic-care",
    ),
]


def trust_pages(child):
    """Create each trust page under the home page that is missing; ``child`` is the command's page maker."""
    insurance = child(InsurancePage, **INSURANCE, insurers=[Insurer(name=n, note=note) for n, note in INSURERS])
    child(FirstVisitPage, **FIRST_VISIT)
    privacy = dict(PRIVACY)
    privacy["body"] = [("section", {"heading": h, "text": text}) for h, text in privacy.pop("sections")]
    child(PrivacyNoticePage, **privacy)
    child(AccessibilityStatementPage, **ACCESSIBILITY)
    child(
        NondiscriminationPage,
        **NONDISCRIMINATION,
        taglines=[LanguageTagline(language=lang, language_code=code, text=text) for lang, code, text in TAGLINES],
    )
    return insurance


def testimonials(treatments_by_slug):
    if Testimonial.objects.filter(language="en").exists():  # the Spanish ones: demo/spanish.py
        return
    for quote, name, context, slug in TESTIMONIALS:
        Testimonial.objects.create(
            quote=quote, name=name, context=context, treatment=treatments_by_slug.get(slug), permission_given=True
        )
