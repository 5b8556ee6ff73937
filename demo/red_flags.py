"""The warning signs each demo treatment shows as care cards in its Safety section.

Kept apart from the treatment texts (demo/content/treatments/*.md) so the prose and the red flags can be
edited separately. Each list item is what a patient would notice; the card says what to do about it.
"""

EMERGENCY = "emergency"
URGENT = "urgent"
NON_URGENT = "non_urgent"

BACK_EMERGENCY = [
    "Loss of bladder or bowel control",
    "Numbness in your groin or inner thighs",
    "Weakness in both legs that comes on quickly",
]

RED_FLAGS = {
    "dry-needling": {
        EMERGENCY: ["Sudden trouble breathing or sharp chest pain after needling near your chest or upper back"],
        URGENT: ["Redness, heat or swelling where a needle went in", "A fever after your session"],
        NON_URGENT: ["Soreness or bruising that lasts more than three days"],
    },
    "chiropractic-care": {
        EMERGENCY: [*BACK_EMERGENCY, "A sudden, very bad headache, dizziness or trouble speaking"],
        URGENT: ["Pain that spreads down your leg and keeps getting worse"],
        NON_URGENT: ["Stiffness or soreness that lasts more than a few days after an adjustment"],
    },
    "instrument-assisted-soft-tissue-mobilization": {
        URGENT: ["Swelling, heat or redness that gets worse after treatment"],
        NON_URGENT: ["Bruising that has not faded after a week"],
    },
    "physical-therapy": {
        EMERGENCY: [*BACK_EMERGENCY, "Chest pain or trouble breathing during exercise"],
        URGENT: ["Back pain with a fever, or pain that wakes you at night and will not ease"],
        NON_URGENT: ["Pain that is no better after six weeks of exercise"],
    },
    "post-surgical-rehabilitation": {
        EMERGENCY: ["Sudden trouble breathing or chest pain"],
        URGENT: [
            "A calf that is swollen, warm, red or sore",
            "A fever, or a wound that is red, leaking or smells bad",
        ],
        NON_URGENT: ["Stiffness that is not getting better week by week"],
    },
    "shockwave-therapy": {
        URGENT: ["Swelling, bad bruising or numbness in the treated area that gets worse"],
        NON_URGENT: ["Pain that is no better six weeks after your last session"],
    },
    "sports-injury-rehabilitation": {
        EMERGENCY: ["A blow to the head followed by confusion, being sick, or a headache that gets worse"],
        URGENT: ["You cannot put weight on the leg, or the joint looks out of shape"],
        NON_URGENT: ["Swelling that has not gone down after a week"],
    },
    "therapeutic-massage": {
        EMERGENCY: ["Sudden trouble breathing or chest pain"],
        URGENT: ["A calf that is swollen, warm, red or sore: do not have it massaged"],
        NON_URGENT: ["Soreness that lasts more than two days after a massage"],
    },
    "tmj-therapy": {
        EMERGENCY: ["Jaw pain that comes with chest pain, trouble breathing or sweating"],
        URGENT: ["Your jaw is stuck and you cannot open or close your mouth"],
        NON_URGENT: ["Jaw pain or clicking that lasts more than two weeks"],
    },
}


# The same warning signs for the Spanish pages, keyed by the English treatment's slug.
ESPALDA_EMERGENCIA = [
    "No poder controlar la orina o el intestino",
    "Adormecimiento en la entrepierna o en la parte de adentro de los muslos",
    "Debilidad en las dos piernas que aparece de pronto",
]

RED_FLAGS_ES = {
    "dry-needling": {
        EMERGENCY: [
            "Le falta el aire de repente o siente un dolor fuerte en el pecho después de una punción cerca del "
            "pecho o de la parte alta de la espalda"
        ],
        URGENT: ["Enrojecimiento, calor o hinchazón donde entró una aguja", "Fiebre después de la sesión"],
        NON_URGENT: ["Dolor o moretones que duran más de tres días"],
    },
    "chiropractic-care": {
        EMERGENCY: [*ESPALDA_EMERGENCIA, "Un dolor de cabeza fuerte y repentino, mareo o dificultad para hablar"],
        URGENT: ["Dolor que baja por la pierna y empeora cada vez más"],
        NON_URGENT: ["Rigidez o dolor que dura más de unos días después de un ajuste"],
    },
    "instrument-assisted-soft-tissue-mobilization": {
        URGENT: ["Hinchazón, calor o enrojecimiento que empeora después del tratamiento"],
        NON_URGENT: ["Un moretón que no se ha quitado después de una semana"],
    },
    "physical-therapy": {
        EMERGENCY: [*ESPALDA_EMERGENCIA, "Dolor en el pecho o falta de aire durante el ejercicio"],
        URGENT: ["Dolor de espalda con fiebre, o un dolor que le despierta en la noche y no se calma"],
        NON_URGENT: ["Dolor que no ha mejorado después de seis semanas de ejercicios"],
    },
    "post-surgical-rehabilitation": {
        EMERGENCY: ["Le falta el aire de repente o siente dolor en el pecho"],
        URGENT: [
            "Una pantorrilla hinchada, caliente, roja o adolorida",
            "Fiebre, o una herida roja, que supura o que huele mal",
        ],
        NON_URGENT: ["Rigidez que no mejora de una semana a otra"],
    },
    "shockwave-therapy": {
        URGENT: ["Hinchazón, moretones fuertes o adormecimiento en la zona tratada que empeoran"],
        NON_URGENT: ["Dolor que no ha mejorado seis semanas después de su última sesión"],
    },
    "sports-injury-rehabilitation": {
        EMERGENCY: ["Un golpe en la cabeza seguido de confusión, vómito o un dolor de cabeza que empeora"],
        URGENT: ["No puede apoyar la pierna, o la articulación se ve deformada"],
        NON_URGENT: ["Hinchazón que no ha bajado después de una semana"],
    },
    "therapeutic-massage": {
        EMERGENCY: ["Le falta el aire de repente o siente dolor en el pecho"],
        URGENT: ["Una pantorrilla hinchada, caliente, roja o adolorida: no deje que se la masajeen"],
        NON_URGENT: ["Dolor que dura más de dos días después de un masaje"],
    },
    "tmj-therapy": {
        EMERGENCY: ["Dolor de mandíbula que viene con dolor en el pecho, falta de aire o sudor"],
        URGENT: ["La mandíbula se le trabó y no puede abrir ni cerrar la boca"],
        NON_URGENT: ["Dolor o chasquidos de la mandíbula que duran más de dos semanas"],
    },
}


def care_cards(slug, flags=RED_FLAGS):
    """The Safety section's care cards for a demo treatment, in its stored form (``flags``: which language)."""
    return [
        {"level": level, "signs": "<ul>" + "".join(f"<li>{sign}</li>" for sign in signs) + "</ul>"}
        for level, signs in flags.get(slug, {}).items()
    ]


def add_red_flags(parsed):
    """Add the demo's care cards to an imported treatment's Safety section (after any the file had)."""
    for kind, value in parsed.body:
        if kind == "safety":
            value["care_cards"] = [*value.get("care_cards", []), *care_cards(parsed.slug)]
