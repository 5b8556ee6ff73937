"""The Spanish names of the demo's conditions and body areas, keyed by their English names.

Treatments in both languages are filed under the English labels (treatments/taxonomy.py); these translations
only name them on the Spanish pages: the body-area tiles and filters of /es/tratamientos/, and the Spanish search
results ("Trata: Fascitis plantar y dolor de talón"). Worded as the Spanish treatment pages word their conditions
lists (demo/content/es/treatments/), in plain, patient-level Latin American Spanish; a qualified reviewer checks
them before a real launch (README "Languages").
"""

# What the demo's credentials mean (demo/people.py), keyed by their letters, which stay as written in English.
CREDENTIALS = {
    "PT": "Fisioterapeuta con licencia",
    "DPT": "Doctorado en Fisioterapia",
    "DC": "Doctor en Quiropráctica",
    "LMT": "Masoterapeuta con licencia",
    "OCS": "Especialista clínico ortopédico certificado por la junta",
    "SCS": "Especialista clínico en deportes certificado por la junta",
    "CSCS": "Especialista certificado en fuerza y acondicionamiento",
    "CCSP": "Médico quiropráctico deportivo certificado",
}

BODY_AREAS = {
    "Head": "Cabeza",
    "Jaw": "Mandíbula",
    "Neck": "Cuello",
    "Shoulder": "Hombro",
    "Upper back": "Espalda alta",
    "Lower back": "Espalda baja",
    "Elbow, wrist and hand": "Codo, muñeca y mano",
    "Hip and pelvis": "Cadera y pelvis",
    "Knee": "Rodilla",
    "Ankle and foot": "Tobillo y pie",
}

CONDITIONS = {
    "ACL and meniscus injuries": "Lesiones del ligamento cruzado anterior y del menisco",
    "ACL reconstruction and meniscus repair": "Reconstrucción del ligamento cruzado anterior y reparación de menisco",
    "Achilles tendon pain": "Dolor del tendón de Aquiles",
    "Ankle sprains and rolled ankles": "Torceduras de tobillo",
    "Ankle surgery and Achilles tendon repair": "Operaciones de tobillo y reparación del tendón de Aquiles",
    "Back and neck surgery, including spinal fusion": "Operaciones de espalda y cuello, como la fusión de columna",
    "Balance problems and fear of falling": "Problemas de equilibrio y miedo a caerse",
    "Calcium deposits in the shoulder (calcific tendinitis)": (
        "Depósitos de calcio en el hombro (tendinitis calcificante)"
    ),
    "Ear-area aching not caused by an ear problem": "Dolor cerca del oído que no viene de un problema del oído",
    "Hamstring and groin strains": "Desgarres de la parte de atrás del muslo y de la ingle",
    "Headaches and face pain linked to the jaw": "Dolores de cabeza y de cara relacionados con la mandíbula",
    "Heel and foot pain such as plantar fasciitis": "Dolor de talón y de pie, como la fascitis plantar",
    "Hip and pelvic pain, including during pregnancy": "Dolor de cadera y de pelvis, también durante el embarazo",
    "IT band tightness and runner's knee": "Tensión de la banda iliotibial y rodilla del corredor",
    "Jaw clicking, popping or catching": "Mandíbula que truena, hace chasquidos o se traba",
    "Jaw pain and tightness": "Dolor y tensión en la mandíbula",
    "Jumper's knee (patellar tendon pain)": "Rodilla de saltador (dolor del tendón de la rótula)",
    "Knee pain, including runner's knee and arthritis": "Dolor de rodilla, como la rodilla del corredor y la artritis",
    "Knee replacement and hip replacement": "Reemplazo de rodilla y reemplazo de cadera",
    "Low back pain and neck pain": "Dolor de espalda baja y dolor de cuello",
    "Low back pain and stiffness": "Dolor y rigidez en la espalda baja",
    "Mid-back and rib pain": "Dolor en la mitad de la espalda y en las costillas",
    "Muscle knots and trigger points": "Nudos musculares y puntos gatillo",
    "Neck and shoulder tension": "Tensión en el cuello y los hombros",
    'Neck pain and "tech neck" from screens': "Dolor de cuello por usar mucho el celular o la computadora",
    "Neck, shoulder and upper back tightness": "Tensión en el cuello, los hombros y la parte alta de la espalda",
    "Pain after a car accident, such as whiplash": "Dolor después de un accidente de carro, como el latigazo cervical",
    "Pain on the outside of the hip": "Dolor en la parte de afuera de la cadera",
    "Plantar fasciitis and heel pain": "Fascitis plantar y dolor de talón",
    "Recovery after surgery to repair a broken bone": "Recuperación después de una operación para reparar una fractura",
    "Rotator cuff repair and other shoulder surgery": "Reparación del manguito rotador y otras operaciones de hombro",
    "Rotator cuff strains and shoulder pain": "Lesiones del manguito rotador y dolor de hombro",
    "Runner's knee and jumper's knee": "Rodilla del corredor y rodilla de saltador",
    "Sciatica and pinched nerves": "Ciática y nervios pinchados",
    "Shin splints": "Dolor en la espinilla",
    "Shin splints and Achilles tendon pain": "Dolor en la espinilla y dolor del tendón de Aquiles",
    "Shoulder pain, including rotator cuff problems and frozen shoulder": (
        "Dolor de hombro, como problemas del manguito rotador y hombro congelado"
    ),
    "Sore muscles from exercise or sports": "Músculos adoloridos por el ejercicio o el deporte",
    "Sprains, strains and stiffness after an injury": "Torceduras, distensiones y rigidez después de una lesión",
    "Stiff or tight scar tissue after surgery, once fully healed": (
        "Cicatrices rígidas después de una operación, cuando ya sanaron del todo"
    ),
    "Stress and trouble relaxing": "Estrés y dificultad para relajarse",
    "Teeth clenching and grinding (bruxism)": "Apretar y rechinar los dientes (bruxismo)",
    "Tennis elbow and golfer's elbow": "Codo de tenista y codo de golfista",
    "Tension headaches": "Dolores de cabeza por tensión",
    "Tight hips and hamstrings": "Caderas y parte de atrás de los muslos tensas",
    "Trouble opening your mouth wide": "Dificultad para abrir bien la boca",
}

# Other patients' own words, not translations of the English testimonials (trust/testimonials.py): quote, name,
# what brought them in, and the English slug of the treatment it is about (None: shown on any treatment page).
TESTIMONIALS = [
    (
        "Me daban miedo las agujas, pero solo sentí un piquetito y esa misma tarde ya podía voltear el cuello "
        "sin dolor.",
        "Rosa E.",
        "Dolor de cuello por trabajar en la computadora",
        "dry-needling",
    ),
    (
        "Me atendieron en español desde la primera llamada. Me explicaron todo con paciencia y a las seis "
        "semanas volví a jugar fútbol con mis hijos.",
        "Miguel A.",
        "De vuelta al fútbol después de torcerme el tobillo",
        "sports-injury-rehabilitation",
    ),
    (
        "Después de la operación de rodilla no podía subir escaleras. Hoy camino al parque todas las mañanas. "
        "Gracias por tanta paciencia.",
        "Carmen L.",
        "Recuperación después de una operación de rodilla",
        "post-surgical-rehabilitation",
    ),
]
