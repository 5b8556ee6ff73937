"""Spanish text analysis for search: stop words, question scaffolding and verb forms a stemmer cannot join.

Everything here is written without accents, because documents and queries are folded before they are
stemmed ("punción", "puncion" and "PUNCIÓN" are one word): a patient typing on a phone often skips them.
"""

# Words that carry no meaning for finding a treatment: articles, prepositions, pronouns, question words
# ("¿dónde", "¿cuánto", "¿qué") and the scaffolding of a patient's question ("me duele", "tengo", "necesito",
# "sirve para"), and the common forms of the verbs that only hold a sentence together (hacer, tener, poder,
# deber, ir, estar, haber, querer, saber, decir): left in, "hago" is "corrected" to a page's "pago".
# "cuesta", "precio" and "seguro" are not here: they ask about the clinic.
STOP_WORDS = frozenset(
    """
    a al algo algun alguna algunas alguno algunos ante antes aqui asi aun bien cada casi como con contra cual
    cuales cualquier cuando cuanto cuanta cuantos cuantas de del desde donde dos e el ella ellas ellos en entre
    era eres es esa esas ese eso esos esta estaba estan estar estas este esto estos estoy fue fueron ha hace
    hacen hacer hacia han has hasta hay he la las le les lo los mas me mi mis mucho mucha muchos muchas muy
    nada ni no nos nosotros o os otra otras otro otros para pero poco por porque puede pueden puedo que quien
    quienes se sea ser si sin sobre solo son soy su sus tambien tan tanto te tener tengo tiene tienen toda
    todas todo todos tu tus u un una unas uno unos usted ustedes va vamos van y ya yo
    necesito necesita quiero quisiera busco buscando sirve sirven funciona ayuda ayudar ayudan hacerme algun
    favor bueno buena mejor mejores cosa cosas tipo manera forma ofrecen ofrece hola
    hago haces hacemos hice hizo hecho haga hagan tienes tenemos tenia tuve tuvo tenga puedes podemos podria
    pudo pueda debo debe deben debes deberia voy vas vamos fui estoy estas estamos estuve estado sido habia
    hubo quiere quieres queremos se sabe saber dice dicen dijo dijeron
    """.split()  # noqa: SIM905 - a word list reads better as text
)

# Forms the stemmer leaves apart but a patient means as one: "me duele", "dolía" and "dolor" are all pain;
# the stemmer makes "duel" of one and "dolor" of the other.
IRREGULAR = {
    "duele": "dolor",
    "duelen": "dolor",
    "dolia": "dolor",
    "dolian": "dolor",
    "doler": "dolor",
    "doliendo": "dolor",
    "dolido": "dolor",
    "dolorido": "dolor",
    "adolorido": "dolor",
    "adolorida": "dolor",
    "dolorida": "dolor",
    "pies": "pie",
    "torci": "torcedura",
    "torcio": "torcedura",
    "torcido": "torcedura",
    "torcida": "torcedura",
}
