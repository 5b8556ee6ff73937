"""The Spanish emergency signs a new site starts with: the same red flags as emergency_defaults.py, in the
words Spanish-speaking patients use (accents do not matter: phrases and searches are folded).

Written from the call-911 red flags (heart attack, stroke, severe breathing trouble, cauda equina syndrome,
a spinal infection's fever with back pain) and the 988 Suicide & Crisis Lifeline, which answers in Spanish.
As in English, every line needs words that only an emergency puts together: "vejiga" alone is pelvic-floor
therapy, "ictus" alone is stroke rehabilitation, "pérdida de orina" alone is stress incontinence.
"""

PAIN = "dolor/dolores/duele/duelen/presion/opresion/apretado/apreton/pesadez/aplastante/punzante/molestia"
BACK = "espalda/columna/lumbar/lumbares/ciatica/disco/lumbago/cintura"
BLADDER = "vejiga/orina/orinar/pipi/heces/intestino/esfinter/esfinteres/incontinencia/popo"
LOSS = "control/controlar/perdida/perdi/pierdo/perder/escapa/aguantar/retener/incontinencia"
GROIN = "ingle/ingles/genitales/entrepierna/perineo/partes"
NUMB = "entumecimiento/entumecido/entumecida/adormecido/adormecida/adormecimiento/dormido/dormida/insensible/hormigueo"
FACE = "cara/rostro/boca/sonrisa"
DROOP = "caida/caido/torcida/torcido/chueca/chueco/paralizada/paralizado/colgando/desviada"
SUDDEN = "repente/repentina/repentino/subita/subito/derrepente"

SPANISH_SIGNS = [
    {
        "name": "Infarto (señales en español)",
        "number": "911",
        "message": (
            "El dolor o la presión en el pecho, sobre todo si se extiende al brazo o a la mandíbula o viene con "
            "falta de aire o sudor, puede ser un infarto. No espere a una cita."
        ),
        "phrases": [
            f"pecho {PAIN}",
            "infarto",
            "ataque cardiaco",
            "ataque corazon",
        ],
    },
    {
        "name": "Ictus o derrame cerebral (señales en español)",
        "number": "911",
        "message": (
            "La cara caída, la dificultad para hablar o la debilidad repentina de un brazo o una pierna pueden ser "
            "un ictus (derrame cerebral). Llame ahora: cada minuto cuenta."
        ),
        "phrases": [
            f"{FACE} {DROOP}",
            "hablar/habla dificultad/dificil/cuesta/trabada/trabo/arrastra/arrastrando/enredada/balbuceo",
            "no/puedo hablar",
            f"brazo/pierna/lado debilidad/debil/entumecido/dormido/paralizado {SUDDEN}",
            "ictus/derrame/embolia sintoma/sintomas/senales/signos/teniendo/ahora",
        ],
    },
    {
        "name": "Dificultad grave para respirar (señales en español)",
        "number": "911",
        "message": "Si no puede respirar o le cuesta mucho respirar, pida ayuda ahora.",
        "phrases": [
            "no/dificultad/cuesta/falta/apenas respirar/respiro/respiracion",
            "falta aire",
            "me ahogo/ahogando/asfixia/asfixiando",
            "labios morados/azules",
        ],
    },
    {
        "name": "Emergencia de la médula o los nervios (cauda equina, en español)",
        "number": "911",
        "message": (
            "El dolor de espalda con pérdida del control de la vejiga o del intestino, o el entumecimiento de la "
            "ingle o de la zona de la silla de montar, necesita atención de urgencia hoy, no una cita."
        ),
        "phrases": [
            f"{BACK} {BLADDER} {LOSS}",
            f"perdida/perdi/pierdo/sin/no control/controlar {BLADDER}",
            f"{NUMB} {GROIN}",
            f"silla montar {NUMB}/anestesia",
            "cauda equina",
            "cola caballo sindrome",
        ],
    },
    {
        "name": "Fiebre con dolor de espalda (en español)",
        "number": "911",
        "message": (
            "La fiebre con dolor de espalda puede ser una infección de la columna. Busque atención médica urgente "
            "hoy; si el dolor es muy fuerte o se siente muy mal, llame al 911."
        ),
        "phrases": [
            f"fiebre/calentura/escalofrios {BACK}",
        ],
    },
    {
        "name": "Pensamientos de suicidio (en español)",
        "number": "988",
        "message": (
            "Si está pensando en el suicidio, no está solo. Llame o envíe un mensaje de texto al 988, la Línea de "
            "Prevención del Suicidio y Crisis, que atiende en español a cualquier hora. Si está en peligro ahora, "
            "llame al 911."
        ),
        "phrases": [
            "suicidio/suicidarme/suicida/suicidar",
            "matarme",
            "quitarme vida",
            "no quiero vivir",
            "quiero morir/morirme",
            # Not "lastimarme" or "cortarme" alone: "lastimarme la rodilla", "cortarme el pelo".
            "quiero hacerme dano",
            "autolesion/autolesiones/autolesionarme",
        ],
    },
]
