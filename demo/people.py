"""The demo clinic's locations and team: two places and seven fictional clinicians.

Every name, address, phone number and biography here is invented for the demo (README: "Demo
content"). Phone numbers are in the 555-01xx range kept for fiction.
"""

import datetime
from decimal import Decimal

LOCATIONS = [
    {
        "slug": "westminster",
        "title": "Westminster",
        "summary": "Our main clinic on W 92nd Ave, with the gym and all four treatment rooms.",
        "street_address": "7400 W 92nd Ave, Suite 120",
        "locality": "Westminster",
        "region": "CO",
        "postal_code": "80021",
        "latitude": Decimal("39.860500"),
        "longitude": Decimal("-105.077200"),
        "phone": "(303) 555-0142",
        "email": "frontdesk@example.com",
        "hours": [(day, "07:30", "18:30") for day in "01234"] + [("5", "08:00", "12:00")],
        "parking": "<p>Free parking in front of the building, with two accessible spaces by the entrance.</p>",
        "transit": "<p>The RTD bus stop at W 92nd Ave and Wadsworth Pkwy is a four-minute walk.</p>",
        "accessibility": (
            "<p>Step-free entrance and automatic door. Our treatment tables rise and lower, and the restroom "
            "is wheelchair accessible.</p>"
        ),
    },
    {
        "slug": "arvada",
        "title": "Arvada",
        "summary": "A smaller, quieter clinic near Olde Town Arvada, for chiropractic care and massage.",
        "street_address": "5720 Grandview Ave, Suite 210",
        "locality": "Arvada",
        "region": "CO",
        "postal_code": "80002",
        "latitude": Decimal("39.800900"),
        "longitude": Decimal("-105.081600"),
        "phone": "(303) 555-0178",
        "email": "arvada@example.com",
        "notification_email": "arvada-frontdesk@example.com",
        "hours": [(day, "09:00", "17:00") for day in "0123"] + [("4", "09:00", "13:00")],
        "parking": "<p>Free two-hour parking on Grandview Ave and in the lot behind the building.</p>",
        "transit": "<p>The Arvada Ridge and Olde Town Arvada G Line stations are each about 15 minutes on foot.</p>",
        "accessibility": "<p>Lift to the second floor. Tell us if you would like to be met at the door.</p>",
    },
]

CREDENTIALS = [
    # abbreviation, meaning, sort order (licences and degrees before certifications)
    ("PT", "Licensed physical therapist", 10),
    ("DPT", "Doctor of Physical Therapy", 20),
    ("DC", "Doctor of Chiropractic", 20),
    ("LMT", "Licensed massage therapist", 10),
    ("OCS", "Board-certified orthopaedic clinical specialist", 40),
    ("SCS", "Board-certified sports clinical specialist", 40),
    ("CSCS", "Certified strength and conditioning specialist", 50),
    ("CCSP", "Certified chiropractic sports physician", 50),
]

LANGUAGES = [("English", "en"), ("Spanish", "es"), ("Vietnamese", "vi"), ("German", "de")]

CLINICIANS = [
    {
        "slug": "dana-whitfield",
        "title": "Dana Whitfield",
        "job_title": "Physical therapist and clinical director",
        "credentials": ["PT", "DPT", "OCS"],
        "languages": ["English"],
        "locations": ["westminster"],
        "treatments": ["physical-therapy", "dry-needling", "post-surgical-rehabilitation", "shockwave-therapy"],
        "bio": (
            "<p>Dana has treated back, neck and shoulder pain for fifteen years and leads our clinical team. "
            "She reviews every treatment page on this site before it goes live.</p>"
            "<p>Patients say she explains things clearly and never rushes. Away from the clinic she hikes "
            "the Front Range with her two dogs.</p>"
        ),
    },
    {
        "slug": "marisol-ortega",
        "title": "Marisol Ortega",
        "job_title": "Physical therapist",
        "credentials": ["PT", "DPT", "SCS"],
        "languages": ["English", "Spanish"],
        "locations": ["westminster", "arvada"],
        "treatments": [
            "physical-therapy",
            "sports-injury-rehabilitation",
            "instrument-assisted-soft-tissue-mobilization",
        ],
        "bio": (
            "<p>Marisol helps runners, soccer players and weekend climbers get back to their sport after a sprain, "
            "strain or overuse injury. She treats patients in English and Spanish.</p>"
            "<p>She grew up in Pueblo and coaches a youth soccer team on Saturdays.</p>"
        ),
    },
    {
        "slug": "thomas-nguyen",
        "title": "Thomas Nguyen",
        "job_title": "Physical therapist",
        "credentials": ["PT", "DPT", "CSCS"],
        "languages": ["English", "Vietnamese"],
        "locations": ["westminster"],
        "treatments": ["physical-therapy", "post-surgical-rehabilitation", "dry-needling"],
        "bio": (
            "<p>Thomas guides patients through recovery after knee, hip and shoulder surgery, step by step and in "
            "touch with their surgeon. He speaks English and Vietnamese.</p>"
            "<p>Outside work he builds furniture and is learning to play the cello.</p>"
        ),
    },
    {
        "slug": "rebecca-lindqvist",
        "title": "Rebecca Lindqvist",
        "job_title": "Chiropractor",
        "credentials": ["DC", "CCSP"],
        "languages": ["English", "German"],
        "locations": ["arvada"],
        "treatments": ["chiropractic-care", "tmj-therapy", "instrument-assisted-soft-tissue-mobilization"],
        "bio": (
            "<p>Rebecca combines gentle adjustments with simple exercises you can do at home, for back, neck and "
            "jaw pain. She treats patients in English and German.</p>"
            "<p>Before chiropractic school she taught middle-school science, and it shows in her explanations.</p>"
        ),
    },
    {
        "slug": "jorge-castillo",
        "title": "Jorge Castillo",
        "job_title": "Chiropractor",
        "credentials": ["DC"],
        "languages": ["English", "Spanish"],
        "locations": ["westminster", "arvada"],
        "treatments": ["chiropractic-care", "shockwave-therapy"],
        "bio": (
            "<p>Jorge sees patients with low back pain, headaches from a stiff neck and pain after a car accident. "
            "He speaks English and Spanish.</p>"
            "<p>He splits his week between our two clinics and spends his free time cycling Clear Creek Trail.</p>"
        ),
    },
    {
        "slug": "hannah-brooks",
        "title": "Hannah Brooks",
        "job_title": "Massage therapist",
        "credentials": ["LMT"],
        "languages": ["English"],
        "locations": ["westminster"],
        "treatments": ["therapeutic-massage"],
        "bio": (
            "<p>Hannah tailors each massage to how you feel on the day, from deep work on tight shoulders to a "
            "lighter touch after an injury.</p>"
            "<p>She has worked with dancers and desk workers alike, and always asks before she starts.</p>"
        ),
    },
    {
        "slug": "lucia-pereira",
        "title": "Lucía Pereira",
        "job_title": "Massage therapist",
        "credentials": ["LMT"],
        "languages": ["English", "Spanish"],
        "locations": ["arvada"],
        "treatments": ["therapeutic-massage", "tmj-therapy"],
        "accepting_new_patients": False,
        "bio": (
            "<p>Lucía specialises in massage for jaw tension and for recovery after sports injuries, working "
            "alongside our chiropractors. She speaks English and Spanish.</p>"
            "<p>Her schedule is full at the moment; ask the front desk about her waiting list.</p>"
        ),
    },
]

# The clinician whose name the demo's treatment pages carry as their reviewer.
REVIEWER_SLUG = "dana-whitfield"


def opening_hours(hours):
    return [
        (
            "hours",
            {"day": day, "opens": datetime.time.fromisoformat(opens), "closes": datetime.time.fromisoformat(closes)},
        )
        for day, opens, closes in hours
    ]
