"""First mentions of new models in native-language press (nlp.press_launch, round 16).

Every model and company name below is invented (checked with grep: in no set under tests/data and not in the knowledge
base); the sentences are written for these tests, in other orders and layouts than any set's. Hard negatives: the same
slots filled with places, products, ordinary words, bare capitalised words, and the same frames in a text about cars.
"""

import pytest

import nlp
from nlp import press_launch


@pytest.fixture(scope="module")
def pipe():
    return nlp.load()


def found(text, ai=True):
    return [text[s:e] for s, e, _, _ in press_launch.find(text, [], lambda pos: ai)]


def models(pipe, text):
    return [e.text for e in pipe(text).ents if e.label_ == "MODEL"]


# --- a release verb of the language, a few lower-case words, a name with a version or a tier -----------------
@pytest.mark.parametrize("text, name", [
    ("La start-up Vespera ha presentato oggi Tramezzo 3, pensato per gli studi legali.", "Tramezzo 3"),       # it
    ("Ruscello lancia il nuovo Lodola 2 Pro per le banche.", "Lodola 2 Pro"),                                  # it, tier
    ("La empresa chilena Tessitore lanzó ayer Garbanzo 2 para hospitales.", "Garbanzo 2"),                    # es
    ("A Pantera apresentou nesta terça o Ardoise 4 em São Paulo.", "Ardoise 4"),                              # pt
    ("La société Vespera dévoile Ardoise 2, son assistant juridique.", "Ardoise 2"),                           # fr
    ("Das Berliner Start-up Vespera veröffentlicht Kranich 3 für Behörden.", "Kranich 3"),                     # de
    ("Het Utrechtse bedrijf Vespera lanceert Kranich 2.5 voor gemeenten.", "Kranich 2.5"),                     # nl
    ("Krakowska firma Vespera zaprezentowała Jemioła 2 dla urzędów.", "Jemioła 2"),                            # pl
    ("Ostravská firma Vespera vydala Hvozd 3 pro nemocnice.", "Hvozd 3"),                                      # cs
    ("Compania Vespera a lansat Tramezzo 4 pentru primării.", "Tramezzo 4"),                                   # ro
    ("Tamperelainen Vespera julkaisi Routa 2 -kielimallin kunnille.", "Routa 2"),                              # fi
    ("Perusahaan Vespera meluncurkan Kenari 7 untuk perbankan.", "Kenari 7"),                                  # id
    ("Công ty Vespera vừa ra mắt Sóng 3 cho các bệnh viện.", "Sóng 3"),                                         # vi
    ("Vespera, Poyraz 3'ü geçen hafta tanıttı.", "Poyraz 3"),                                                   # tr, verb last
])
def test_launch_frames(text, name):
    assert found(text) == [name]


# --- model nouns before and after the name; case endings cut -------------------------------------------------
@pytest.mark.parametrize("text, name", [
    ("Il modello Tramezzo 3 supera i concorrenti.", "Tramezzo 3"),
    ("Testowano model językowy Jemioła 4 w urzędach.", "Jemioła 4"),
    ("Şirketin ses modeli Poyraz-TTS arşivlerle eğitildi.", "Poyraz-TTS"),
    ("Kuura 1 -mallin tulokset julkaistaan ensi vuonna.", "Kuura 1"),
    ("Garbanzo 5, un modelo de código abierto, resuelve tareas.", "Garbanzo 5"),
    ("Şirket Poyraz 2 modelini bankalara sunuyor.", "Poyraz 2"),
])
def test_model_nouns(text, name):
    assert found(text) == [name]


@pytest.mark.parametrize("text", [
    "Il Comune presenta Torino 2030, il piano per la città.",          # a place heads the name; a year is no version
    "La empresa lanzó Windows 12 en sus oficinas.",                    # a blocked product head
    "Il modello Ferrari piace ai collezionisti.",                      # a model noun, a bare word: no version
    "Vespera presenta Lucernario, il suo nuovo servizio.",             # a bare capitalised word after a release verb
    "Il 3 marzo la squadra presenta Giugno.",                          # calendar words
    "Vespera ha presentato ieri i risultati del 2025.",                # nothing capitalised
])
def test_negatives(text):
    assert found(text) == []


def test_needs_an_ai_passage():
    car = "Fiat presenta la nuova Panda 4 a Torino: prezzi da 15.000 euro."
    assert found(car, ai=False) == []  # no AI word of any language near: a car
    ai = "Vespera presenta Tramezzo 3, un sistema di intelligenza artificiale per i notai."
    assert found(ai, ai=False) == ["Tramezzo 3"]  # the language's own AI phrase is enough


def test_suffixes_cut_and_mentions_spread(pipe):
    fi = ("# Vespera julkaisi Routa 2 -kielimallin\n\nHelsinkiläinen tekoälyyhtiö Vespera on julkaissut Routa 2 "
          "-kielimallin. Yhtiön mukaan Routa 2:n tulos on 71 prosenttia, ja Routa 2:lle tulee päivitys.")
    assert models(pipe, fi) == ["Routa 2"] * 4
    tr = "Yerli yapay zekâ şirketi Vespera, Poyraz 3'ü tanıttı. Poyraz 3'ün puanı yüzde 70."
    assert "Poyraz 3" in models(pipe, tr)


def test_pipeline_italian_first_mention(pipe):
    text = ("# Milano, Vespera presenta Tramezzo 3: un modello per i tribunali\n\n"
            "La società milanese Vespera S.r.l. ha presentato ieri Tramezzo 3, modello linguistico per testi giuridici. "
            "Secondo l'azienda, Tramezzo 3 ottiene il 64% su MMLU.")
    assert models(pipe, text).count("Tramezzo 3") == 3
