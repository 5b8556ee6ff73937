"""The Spanish text of the demo's About, team, location and trust pages (demo/spanish.py makes the pages).

Each entry is keyed by its English page's slug and holds only what a patient reads: names, addresses, phone
numbers, hours and dates stay as the English page has them. Written for this project in plain, patient-level
Spanish (usted, Latin American usage); a qualified reviewer checks it before a real launch (README "Languages").
"""

from demo.trust_pages import PHONE, bullets, paragraphs

ABOUT = {"slug": "sobre-nosotros"}  # title, summary and sections come from demo/content/es/about.md

LOCATION_INDEX = {
    "title": "Ubicaciones",
    "slug": "ubicaciones",
    "intro": "<p>Dos clínicas a diez minutos una de la otra. Cada una tiene su propio horario y estacionamiento.</p>",
}

LOCATIONS = {
    "westminster": {
        "summary": "Nuestra clínica principal en W 92nd Ave, con el gimnasio y las cuatro salas de tratamiento.",
        "parking": (
            "<p>Estacionamiento gratis frente al edificio, con dos espacios para personas con discapacidad junto "
            "a la entrada.</p>"
        ),
        "transit": ("<p>La parada del autobús de RTD en W 92nd Ave y Wadsworth Pkwy está a cuatro minutos a pie.</p>"),
        "accessibility": (
            "<p>Entrada sin escalones y puerta automática. Nuestras camillas suben y bajan, y el baño es "
            "accesible en silla de ruedas.</p>"
        ),
    },
    "arvada": {
        "summary": "Una clínica más pequeña y tranquila cerca de Olde Town Arvada, para quiropráctica y masaje.",
        "parking": ("<p>Estacionamiento gratis por dos horas en Grandview Ave y en el lote detrás del edificio.</p>"),
        "transit": (
            "<p>Las estaciones Arvada Ridge y Olde Town Arvada de la línea G del tren están cada una a unos "
            "15 minutos a pie.</p>"
        ),
        "accessibility": "<p>Elevador al segundo piso. Díganos si quiere que le esperemos en la puerta.</p>",
    },
}

TEAM = {
    "title": "Nuestro equipo",
    "slug": "nuestro-equipo",
    "intro": (
        "<p>Fisioterapeutas, quiroprácticos y masajistas que planean su atención en equipo. Puede buscar por "
        "tratamiento, por ubicación o por el idioma en que prefiere que le atiendan.</p>"
    ),
}

# Names stay as they are; the page's address keeps the English slug (a name reads the same in both languages).
CLINICIANS = {
    "dana-whitfield": {
        "job_title": "Fisioterapeuta y directora clínica",
        "bio": (
            "<p>Dana lleva quince años tratando el dolor de espalda, cuello y hombro, y dirige nuestro equipo "
            "clínico. Revisa cada página de tratamientos de este sitio antes de publicarla.</p>"
            "<p>Sus pacientes dicen que explica todo con claridad y nunca tiene prisa. Fuera de la clínica, sale "
            "de caminata por la Front Range con sus dos perros.</p>"
        ),
    },
    "marisol-ortega": {
        "job_title": "Fisioterapeuta",
        "bio": (
            "<p>Marisol ayuda a corredores, futbolistas y escaladores de fin de semana a volver a su deporte "
            "después de una torcedura, un desgarre o una lesión por sobreuso. Atiende a sus pacientes en inglés "
            "y en español.</p>"
            "<p>Creció en Pueblo y los sábados entrena a un equipo de fútbol infantil.</p>"
        ),
    },
    "thomas-nguyen": {
        "job_title": "Fisioterapeuta",
        "bio": (
            "<p>Thomas acompaña a sus pacientes en la recuperación después de una operación de rodilla, cadera u "
            "hombro, paso a paso y en contacto con su cirujano. Habla inglés y vietnamita.</p>"
            "<p>En su tiempo libre hace muebles y está aprendiendo a tocar el violonchelo.</p>"
        ),
    },
    "rebecca-lindqvist": {
        "job_title": "Quiropráctica",
        "bio": (
            "<p>Rebecca combina ajustes suaves con ejercicios sencillos para hacer en casa, para el dolor de "
            "espalda, cuello y mandíbula. Atiende a sus pacientes en inglés y en alemán.</p>"
            "<p>Antes de estudiar quiropráctica fue maestra de ciencias en secundaria, y se nota en cómo "
            "explica las cosas.</p>"
        ),
    },
    "jorge-castillo": {
        "job_title": "Quiropráctico",
        "bio": (
            "<p>Jorge atiende a pacientes con dolor de espalda baja, dolores de cabeza por un cuello rígido y "
            "dolor después de un accidente de carro. Habla inglés y español.</p>"
            "<p>Reparte su semana entre nuestras dos clínicas y en su tiempo libre anda en bicicleta por el "
            "sendero de Clear Creek.</p>"
        ),
    },
    "hannah-brooks": {
        "job_title": "Masajista",
        "bio": (
            "<p>Hannah adapta cada masaje a cómo se siente usted ese día, desde un trabajo profundo en los "
            "hombros tensos hasta un toque más suave después de una lesión.</p>"
            "<p>Ha trabajado tanto con bailarines como con personas que pasan el día en una oficina, y siempre "
            "pregunta antes de empezar.</p>"
        ),
    },
    "lucia-pereira": {
        "job_title": "Masajista",
        "bio": (
            "<p>Lucía se especializa en masaje para la tensión de la mandíbula y para la recuperación después de "
            "lesiones deportivas, junto con nuestros quiroprácticos. Habla inglés y español.</p>"
            "<p>Por ahora su agenda está llena; pregunte en recepción por su lista de espera.</p>"
        ),
    },
}

FIRST_VISIT = {
    "title": "Su primera visita",
    "slug": "su-primera-visita",
    "summary": "Qué traer, cuánto dura y qué ropa ponerse, para que su primera cita sea fácil.",
    "what_to_bring": bullets(
        "Una identificación con foto y su tarjeta del seguro médico",
        "Su orden médica o receta, si su seguro la pide",
        "Una lista de las medicinas que toma",
        "Cualquier estudio, radiografía o nota de su médico o de su cirujano",
    ),
    "how_long": paragraphs(
        "Cuente con una hora más o menos. Por favor, llegue 10 minutos antes para llenar un formulario corto.",
        "Su terapeuta le pregunta por su dolor y sus metas, revisa cómo se mueve y le explica lo que encuentra. "
        "La mayoría de las personas empieza el tratamiento el primer día y se va con unos ejercicios sencillos.",
    ),
    "what_to_wear": paragraphs(
        "Ropa cómoda con la que se pueda mover. Shorts si el problema es de rodilla, cadera o tobillo; una blusa "
        "o camiseta holgada o sin mangas si es de cuello, hombro o espalda. Tenemos batas y un cuarto privado si "
        "necesita cambiarse.",
    ),
}

INSURANCE = {
    "title": "Seguro médico y pago",
    "slug": "seguro-medico-y-pago",
    "summary": (
        "Sí, aceptamos seguro médico: estamos en la red de la mayoría de los planes principales, incluido "
        "Medicare. Si paga por su cuenta, nuestros precios son sencillos y están aquí."
    ),
    "coverage": paragraphs(
        "Llame al número que está detrás de su tarjeta del seguro y pregunte: ¿cubre la fisioterapia (o la "
        "quiropráctica)?, ¿cuántas visitas al año?, ¿cuánto es mi copago? y ¿necesito una orden médica?",
        f"¿No está seguro? Nuestra recepción con gusto lo revisa por usted antes de su primera visita. Llame al "
        f"{PHONE}.",
    ),
    "self_pay": paragraphs(
        "Primera visita (una hora más o menos): $140. Visita de seguimiento: $95. Masaje: $90 por 60 minutos.",
        "Aceptamos efectivo, las principales tarjetas y las tarjetas HSA y FSA. Le damos un recibo con los "
        "códigos que pide su seguro si quiere pedir un reembolso.",
    ),
}
# Plan names stay in English: they are how the plans call themselves and what is printed on the card.
INSURERS = [
    ("Aetna", ""),
    ("Anthem Blue Cross Blue Shield", ""),
    ("Cigna", ""),
    ("Kaiser Permanente", "con una orden de su médico de Kaiser"),
    ("Medicare", "Parte B"),
    ("Health First Colorado (Medicaid)", ""),
    ("TRICARE", ""),
    ("UnitedHealthcare", ""),
    ("Compensación laboral (workers' comp) y reclamos por accidentes de carro", ""),
]

PRIVACY = {
    "title": "Aviso de prácticas de privacidad",
    "slug": "aviso-de-practicas-de-privacidad",
    "summary": "Cómo podemos usar y compartir su información de salud, sus derechos sobre ella y cómo contactarnos.",
    "sections": [
        (
            "Sus derechos",
            paragraphs(
                "Usted puede pedir ver su expediente médico o recibir una copia, pedirnos que lo corrijamos, pedirnos "
                "que limitemos lo que compartimos, pedirnos que le contactemos de cierta manera y recibir una lista "
                "de las personas con quienes lo hemos compartido. Puede pedir una copia en papel de este aviso en "
                "cualquier momento.",
            ),
        ),
        (
            "Cómo usamos y compartimos su información",
            paragraphs(
                "Usamos su información para atenderle, para administrar nuestra clínica y para cobrar por su "
                "atención. Solo la compartimos con otros cuando la ley lo permite, por ejemplo con su médico o con "
                "su seguro médico.",
                "Nunca vendemos su información y nunca la usamos para publicidad sin su permiso por escrito.",
            ),
        ),
        (
            "Preguntas y quejas",
            paragraphs(
                f"Pida hablar con nuestro encargado de privacidad al {PHONE}. Si cree que no se respetaron sus "
                "derechos, puede presentar una queja ante nosotros o ante la Oficina de Derechos Civiles del "
                "Departamento de Salud y Servicios Humanos de los EE. UU. No tomaremos ninguna acción en su contra "
                "por presentar una queja.",
            ),
        ),
    ],
}

ACCESSIBILITY = {
    "title": "Declaración de accesibilidad",
    "slug": "accesibilidad",
    "summary": (
        "Queremos que todas las personas puedan usar este sitio web, sin importar el aparato o la tecnología de "
        "apoyo que usen."
    ),
    "standard": "WCAG 2.2, nivel AA",
    "how_tested": paragraphs(
        "Cada cambio en el sitio se revisa automáticamente con el programa de accesibilidad axe, en tamaños de "
        "pantalla de celular y de computadora, antes de publicarse. También usamos el sitio solo con el teclado y "
        "con un lector de pantalla, y revisamos el contraste de colores, el tamaño del texto y el zoom al 400 %.",
    ),
    "report_barrier": paragraphs(
        "Si algo de este sitio es difícil de usar, por favor díganos: en qué página, qué intentaba hacer y qué usa "
        "para navegar (por ejemplo, un lector de pantalla). Le respondemos en dos días hábiles y, mientras tanto, "
        "le podemos dar la información de otra forma.",
    ),
}

NONDISCRIMINATION = {
    "title": "Aviso de no discriminación",
    "slug": "aviso-de-no-discriminacion",
    "summary": "Tratamos a todas las personas de forma justa, y hay ayuda gratis en su idioma.",
    "notice": paragraphs(
        "Westminster Physical Medicine cumple con las leyes federales de derechos civiles aplicables y no "
        "discrimina por motivos de raza, color, nacionalidad, edad, discapacidad o sexo.",
        "Ofrecemos ayudas y servicios gratis a las personas con discapacidad, como intérpretes de lenguaje de señas "
        "calificados e información escrita en letra grande o en otros formatos, y servicios de idiomas gratis a las "
        "personas cuyo primer idioma no es el inglés, como intérpretes calificados.",
        f"Para pedir estos servicios o para presentar una queja, llame al {PHONE} y pida hablar con la gerencia de "
        "la oficina.",
    ),
}

TRUST_PAGES = {
    "your-first-visit": FIRST_VISIT,
    "insurance-and-payment": INSURANCE,
    "notice-of-privacy-practices": PRIVACY,
    "accessibility": ACCESSIBILITY,
    "nondiscrimination-notice": NONDISCRIMINATION,
}
