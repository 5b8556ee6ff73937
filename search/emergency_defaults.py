"""The emergency signs a new site starts with (search/emergency.py explains the phrase format).

Chosen from the red flags health services list for call-911 symptoms (heart attack, stroke, severe
breathing trouble, cauda equina syndrome) and for suicide (988, the Suicide & Crisis Lifeline). Every
line needs words that only an emergency puts together: "groin" alone is a sports strain, "bladder"
alone is pelvic-floor therapy, "stroke" alone is stroke rehabilitation.
"""

PAIN = "pain/pains/painful/pressure/tight/tightness/hurt/hurts/hurting/ache/aching/crushing/heavy/squeezing/discomfort"
BACK = "back/spine/spinal/sciatica/disc/lumbar"
BLADDER = "bladder/bowel/bowels/pee/peeing/poo/poop/urine/urinate/wet/incontinence/incontinent"
LOSS = "control/lost/lose/losing/loss/cannot/unable/leak/leaking/accident/accidents/incontinence/incontinent"
# Not "saddle": "numb from the bike saddle" is a cyclist's everyday complaint.
GROIN = "groin/genitals/genital/crotch/privates/perineum"
FACE = "face/facial/mouth/smile"
DROOP = "droop/drooping/droopy/drooped/sag/sagging/sagged/lopsided/uneven"

DEFAULT_SIGNS = [
    {
        "name": "Heart attack",
        "number": "911",
        "message": (
            "Chest pain that spreads to your arm or jaw, or comes with trouble breathing, can be a heart attack. "
            "Do not wait for an appointment."
        ),
        "phrases": [
            f"chest {PAIN} arm/arms/jaw",
            f"chest {PAIN} breath/breathe/breathing/sweat/sweating/sweaty/faint",
            "heart attack",
        ],
    },
    {
        "name": "Stroke",
        "number": "911",
        "message": (
            "A drooping face, slurred speech or sudden weakness in an arm can be a stroke. Call now: every minute "
            "counts."
        ),
        "phrases": [
            f"{FACE} {DROOP}",
            f"one side {FACE} numb/weak/droop/drooping/droopy/sagging",
            "slurred/slurring/slur",
            "speech/speaking/talking/words garbled/jumbled",
            # "having" alone would also match "I have had a stroke" (rehabilitation, not an emergency).
            "am/im having stroke",
            "stroke happening/sign/signs/symptom/symptoms",
        ],
    },
    {
        "name": "Severe trouble breathing",
        "number": "911",
        "message": "If you cannot breathe or are struggling for breath, get help now.",
        "phrases": [
            "cannot/unable/struggling/struggle/trouble/difficulty/gasping breathe/breath/breathing",
            "stopped/not breathing",
            "gasping air",
            "choking",
            "blue lips",
        ],
    },
    {
        "name": "Spinal cord or nerve emergency (cauda equina)",
        "number": "911",
        "message": (
            "Back pain with loss of bladder or bowel control, or numbness in your groin, needs emergency care "
            "today, not an appointment."
        ),
        "phrases": [
            f"{BACK} {BLADDER} {LOSS}",
            f"numb/numbness/tingling {GROIN}",
            f"cannot/no feel/feeling {GROIN}",
            "saddle anaesthesia/anesthesia",
            "cauda equina",
        ],
    },
    {
        "name": "Thoughts of suicide",
        "number": "988",
        "message": (
            "If you are thinking about suicide, you are not alone. Call or text 988, the Suicide & Crisis "
            "Lifeline, any time. If you are in danger now, call 911."
        ),
        "phrases": [
            "suicide/suicidal",
            "kill/killing myself",
            "end/ending/take my/own life",
            "want/wanna die",
            "dont/not want live/alive",
            "better off dead",
            "no reason live",
            "self harm/harming",
            "harm/harming myself",
        ],
    },
]


def load_default_signs(model, signs=DEFAULT_SIGNS, language=None):
    """Create any default sign missing from ``model`` (an EmergencySign model); never overwrite one.
    ``language`` (for models with EmergencySign.language) marks the new signs."""
    in_language = {"language": language} if language else {}
    for sign in signs:
        model.objects.get_or_create(
            name=sign["name"],
            defaults={
                "number": sign["number"],
                "message": sign["message"],
                "phrases": "\n".join(sign["phrases"]),
                **in_language,
            },
        )
