"""Per-block language detection (issue 2, then issue 16: py3langid): the seeds, short
paragraphs in many languages, whole pages, and what short blocks borrow."""

from __future__ import annotations

import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest

from reader import language
from reader.importers import parse_bytes
from reader.language import detect, dominant, fill_unknown

ROOT = Path(__file__).resolve().parents[2]
SEEDS = ROOT / "seeds"


def _blocks(prefix: str) -> list[tuple[str, str]]:
    path = next(SEEDS.glob(f"{prefix}_*.txt"))
    doc = parse_bytes(path.name, path.read_bytes())
    return [(b.lang, doc.body.text[b.start:b.end]) for b in doc.body.blocks]


def _lang_of(blocks: list[tuple[str, str]], start: str) -> str:
    return next(lang for lang, text in blocks if text.startswith(start))


@pytest.mark.parametrize("prefix", ["000", "003", "004"])
def test_french_seeds_are_french(prefix: str) -> None:
    langs = Counter(lang for lang, _ in _blocks(prefix))
    assert langs.most_common(1)[0][0] == "fr"
    assert set(langs) == {"fr"}


@pytest.mark.parametrize("prefix", ["001", "002"])
def test_mixed_pages_tell_english_from_french(prefix: str) -> None:
    blocks = _blocks(prefix)
    assert _lang_of(blocks, "Another day, another call for a Facebook") == "en"
    assert _lang_of(blocks, "Users’ strikes are hardly new.") == "en"
    langs = {lang for lang, _ in blocks}
    assert {"en", "fr"} <= langs


def test_italian_paragraphs_of_002() -> None:
    blocks = _blocks("002")
    assert _lang_of(blocks, "Nell’edizione del 27 gennaio") == "it"
    assert _lang_of(blocks, "Riassunto della mia lectio") == "it"
    assert _lang_of(blocks, "Dans Télérama, l’entretien") == "fr"


@pytest.mark.parametrize(("text", "lang"), [
    ("El gobierno de Bolivia ha aprobado una ley para los ciudadanos que usan los datos.", "es"),
    ("Die Plattformen sind nicht neutral, und die Nutzer werden nicht bezahlt.", "de"),
    ("Os trabalhadores das plataformas não são pagos pelo seu trabalho com os dados.", "pt"),
    ("La", ""),
])
def test_other_languages(text: str, lang: str) -> None:
    assert detect(text) == lang


# One paragraph, said in each language (10-30 words): what a reader's library holds.
PARAGRAPHS = {
    "en": "The library keeps every document you import, with its highlights and notes, so "
          "that you can search them all at once and export them later.",
    "fr": "La bibliothèque garde chaque document importé avec ses surlignages et ses notes, "
          "pour que vous puissiez tout chercher d'un coup et l'exporter plus tard.",
    "de": "Die Bibliothek bewahrt jedes importierte Dokument mit seinen Markierungen und "
          "Notizen auf, damit Sie alles auf einmal durchsuchen und später exportieren können.",
    "it": "La biblioteca conserva ogni documento importato con le sue evidenziazioni e le "
          "sue note, così potete cercare tutto in una volta ed esportarlo più tardi.",
    "es": "La biblioteca guarda cada documento importado con sus subrayados y sus notas, "
          "para que pueda buscarlo todo de una vez y exportarlo más tarde.",
    "pt": "A biblioteca guarda cada documento importado com os seus destaques e as suas "
          "notas, para que possa pesquisar tudo de uma vez e exportá-lo mais tarde.",
    "nl": "De bibliotheek bewaart elk geïmporteerd document met zijn markeringen en "
          "notities, zodat u alles in één keer kunt doorzoeken en later kunt exporteren.",
    "sv": "Biblioteket sparar varje importerat dokument med dess markeringar och "
          "anteckningar, så att du kan söka i allt på en gång och exportera det senare.",
    "da": "Biblioteket gemmer hvert importeret dokument med dets markeringer og noter, så "
          "du kan søge i det hele på én gang og eksportere det senere.",
    "nb": "Biblioteket tar vare på hvert importerte dokument med markeringer og notater, "
          "slik at du kan søke i alt på én gang og eksportere det senere.",
    "pl": "Biblioteka przechowuje każdy zaimportowany dokument wraz z jego zaznaczeniami i "
          "notatkami, abyś mógł przeszukać wszystko naraz i wyeksportować to później.",
    "cs": "Knihovna uchovává každý importovaný dokument s jeho zvýrazněním a poznámkami, "
          "abyste mohli vše prohledat najednou a později to exportovat.",
    "fi": "Kirjasto säilyttää jokaisen tuodun asiakirjan korostuksineen ja "
          "muistiinpanoineen, jotta voit hakea kaikista kerralla ja viedä ne myöhemmin.",
    "hu": "A könyvtár minden importált dokumentumot megőriz a kiemelésekkel és "
          "jegyzetekkel együtt, hogy egyszerre kereshessen bennük, és később exportálhassa őket.",
    "ro": "Biblioteca păstrează fiecare document importat împreună cu evidențierile și "
          "notițele sale, astfel încât să puteți căuta în toate deodată.",
    "tr": "Kütüphane, içe aktardığınız her belgeyi vurguları ve notlarıyla birlikte saklar, "
          "böylece hepsinde bir kerede arama yapabilir ve daha sonra dışa aktarabilirsiniz.",
    "ca": "La biblioteca desa cada document importat amb els seus subratllats i les seves "
          "notes, perquè pugueu cercar-ho tot alhora i exportar-ho més endavant.",
    "id": "Perpustakaan menyimpan setiap dokumen yang Anda impor beserta sorotan dan "
          "catatannya, sehingga Anda dapat mencari semuanya sekaligus dan mengekspornya nanti.",
    "eo": "La biblioteko konservas ĉiun importitan dokumenton kun ĝiaj emfazoj kaj notoj, "
          "por ke vi povu serĉi en ĉio samtempe kaj eksporti ĝin poste.",
    "ru": "Библиотека хранит каждый импортированный документ вместе с выделениями и "
          "заметками, чтобы вы могли искать по всем сразу и позже экспортировать их.",
    "uk": "Бібліотека зберігає кожен імпортований документ разом із виділеннями та "
          "нотатками, щоб ви могли шукати в усіх одразу й пізніше експортувати їх.",
    "el": "Η βιβλιοθήκη κρατά κάθε έγγραφο που εισάγετε μαζί με τις επισημάνσεις και τις "
          "σημειώσεις του, ώστε να μπορείτε να τα αναζητήσετε όλα μαζί.",
    "hi": "पुस्तकालय आपके द्वारा आयात किए गए हर दस्तावेज़ को उसकी हाइलाइट और टिप्पणियों के "
          "साथ रखता है, ताकि आप सब कुछ एक साथ खोज सकें।",
    "fa": "کتابخانه هر سندی را که وارد می‌کنید همراه با برجسته‌سازی‌ها و یادداشت‌هایش نگه "
          "می‌دارد تا بتوانید همه را یک‌جا جست‌وجو کنید و بعداً صادر کنید.",
}

CJK_AND_RTL = {
    "zh": "图书馆保存您导入的每一份文档以及其中的标注和笔记，"
          "这样您可以一次搜索全部内容，并在以后导出。",
    "ja": "ライブラリは、取り込んだすべての文書をハイライトやメモと一緒に保存するので、"
          "まとめて検索したり、後で書き出したりできます。",
    "ko": "도서관은 가져온 모든 문서를 강조 표시와 메모와 함께 보관하므로 한 번에 모두 검색하고 "
          "나중에 내보낼 수 있습니다.",
    "ar": "تحتفظ المكتبة بكل مستند تستورده مع التظليلات والملاحظات، حتى تتمكن من البحث فيها "
          "جميعًا مرة واحدة وتصديرها لاحقًا.",
    "he": "הספרייה שומרת כל מסמך שייבאת יחד עם ההדגשות וההערות שלו, כדי שתוכל לחפש בכולם "
          "בבת אחת ולייצא אותם מאוחר יותר.",
    # Yiddish: Hebrew letters, but its own language (and its own Snowball stemmer).
    "yi": "די ביבליאָטעק היט אָפּ יעדן דאָקומענט װאָס איר ברענגט אַרײַן, מיט זײַנע צייכנס, "
          "כּדי איר זאָלט קענען זוכן אין אַלעמען אויף אײן מאָל.",
}


@pytest.mark.parametrize(("lang", "text"), sorted({**PARAGRAPHS, **CJK_AND_RTL}.items()))
def test_short_paragraphs_in_many_languages(lang: str, text: str) -> None:
    assert detect(text) == lang


def test_pointed_hebrew_is_not_yiddish() -> None:
    """Biblical Hebrew points every letter; Yiddish's marks are a few letters' own."""
    assert detect("בְּרֵאשִׁית בָּרָא אֱלֹהִים אֵת הַשָּׁמַיִם וְאֵת הָאָרֶץ וְהָאָרֶץ הָיְתָה") == "he"


@pytest.mark.parametrize("text", ["OK", "42 17 2024", "x = 1 + 2", "Résumé", "Chapter 2",
                                  "https://example.org/a/b.html", "「目次」", ""])
def test_too_short_or_not_language_is_left_to_the_neighbours(text: str) -> None:
    assert detect(text) == ""


HASHLIB_LIKE = """<!DOCTYPE html><html><head><title>hashlib — Secure hashes</title></head>
<body><h1>hashlib — Secure hashes and message digests</h1>
<p><strong>Source code:</strong> <a href="x">Lib/hashlib.py</a></p>
<p>This module implements a common interface to many different secure hash and message
digest algorithms. Included are the FIPS secure hash algorithms SHA1, SHA224, SHA256,
SHA384, SHA512 and RSA's MD5 algorithm.</p>
<h2>Hash algorithms</h2>
<p>There is one constructor method named for each type of hash. All return a hash object
with the same simple interface. For example: use <code>sha256()</code> to create a SHA-256
hash object. You can now feed this object with bytes-like objects (normally
<code>bytes</code>) using the <code>update()</code> method.</p>
<pre>&gt;&gt;&gt; import hashlib
&gt;&gt;&gt; m = hashlib.sha256()
&gt;&gt;&gt; m.update(b"Nobody inspects")
&gt;&gt;&gt; m.digest()
b'\\x03\\x1e\\xdd}Ae\\x15\\x93\\xc5\\xfe\\\\\\x00o\\xa5u+7\\xfd\\xdf\\xf7\\xbcN\\x84'</pre>
<dl><dt>hashlib.new(name, [data, ]*, usedforsecurity=True)</dt>
<dd><p>Is a generic constructor that takes the string <em>name</em> of the desired
algorithm as its first parameter.</p></dd>
<dt>hash.digest_size</dt><dd><p>The size of the resulting hash in bytes.</p></dd>
<dt>hash.block_size</dt><dd><p>The internal block size of the hash algorithm in bytes.</p></dd>
</dl>
<p>Changed in version 3.9: All hashlib constructors take a keyword-only argument
<em>usedforsecurity</em> with default value <code>True</code>.</p>
<ul><li>md5</li><li>sha1</li><li>sha224, sha256, sha384, sha512</li>
<li>blake2b, blake2s</li></ul>
<h2>Key derivation</h2>
<p>Key derivation and key stretching algorithms are designed for secure password hashing.
Naive algorithms such as <code>sha1(password)</code> are not resistant against brute-force
attacks. A good password hashing function must be tunable, slow, and include a salt.</p>
<dl><dt>hashlib.pbkdf2_hmac(hash_name, password, salt, iterations, dklen=None)</dt>
<dd><p>The function provides PKCS#5 password-based key derivation function 2.</p></dd></dl>
<table><tr><th>Name</th><th>Default</th></tr><tr><td>dklen</td><td>None</td></tr></table>
<h2>Paths</h2>
<p>Pure path objects provide path-handling operations which don't actually access a
filesystem. The slash operator helps create child paths, like <code>os.path.join()</code>.</p>
<pre>&gt;&gt;&gt; p = PurePath('/etc')
&gt;&gt;&gt; q = p / 'init.d' / 'reboot'
&gt;&gt;&gt; q
PurePosixPath('/etc/init.d/reboot')
&gt;&gt;&gt; q.resolve()
PurePosixPath('/etc/rc.d/init.d/halt')</pre>
<pre>&gt;&gt;&gt; p = PureWindowsPath('c:/Program Files/PSF')
&gt;&gt;&gt; p.parts
('c:\\', 'Program Files', 'PSF')
&gt;&gt;&gt; PureWindowsPath('c:/Program Files/').drive
'c:'</pre>
<pre>&gt;&gt;&gt; from hashlib import blake2b
&gt;&gt;&gt; h = blake2b(key=b'pseudorandom key', digest_size=16)
&gt;&gt;&gt; h.update(b'message data')
&gt;&gt;&gt; h.hexdigest()
'3d363ff7401e02026f4a4687d4863ced'</pre>
<pre>&gt;&gt;&gt; from hashlib import pbkdf2_hmac
&gt;&gt;&gt; dk = pbkdf2_hmac('sha256', b'password', b'bad salt' * 2, 500_000)
&gt;&gt;&gt; dk.hex()
'15530bba69924174860db778f2c6f8104d3aaf9d26241840c8c4a641c8d000a9'</pre>
</body></html>"""


def test_english_technical_page_is_english_only() -> None:
    """What issue 16 found: Python's hashlib page was tagged "en,fr"."""
    doc = parse_bytes("hashlib.html", HASHLIB_LIKE.encode())
    assert doc.languages == ("en",)
    assert {b.lang for b in doc.body.blocks} == {"en"}


FRENCH = [
    "Depuis quelques années, les plateformes numériques organisent le travail de milliers "
    "de personnes qui trient, annotent et vérifient des données pour quelques centimes.",
    "Ces travailleurs du clic restent invisibles : leurs noms n'apparaissent nulle part, et "
    "leurs conditions de travail dépendent d'entreprises situées à l'autre bout du monde.",
    "L'enquête menée auprès d'eux montre des journées longues, des paiements irréguliers et "
    "une surveillance constante par des outils automatisés.",
    "Pour les chercheurs, il s'agit de rendre visible ce travail et de donner la parole à "
    "celles et ceux qui le font, en les associant à la recherche elle-même.",
    "Les résultats seront présentés lors d'un séminaire ouvert au public, suivi d'une "
    "discussion avec des représentants syndicaux et des juristes.",
    "La séance aura lieu à l'université, dans l'amphithéâtre principal, et sera également "
    "retransmise en ligne pour celles et ceux qui ne pourront pas se déplacer.",
]
QUOTE = ("“We are the humans in the loop, and nobody sees us,” one worker told the "
         "researchers.")


def _txt(paragraphs: list[str]) -> bytes:
    return "\n\n".join(paragraphs).encode()


def test_french_page_with_one_english_quotation_is_french() -> None:
    doc = parse_bytes("notice.txt", _txt([*FRENCH[:3], QUOTE, *FRENCH[3:]]))
    assert doc.languages == ("fr",)  # the quotation is 6% of the text: no real share
    quote = next(b for b in doc.body.blocks if doc.body.text[b.start:b.end] == QUOTE)
    assert quote.lang == "en"  # yet it is stemmed as English


def test_english_with_a_real_share_is_listed_second() -> None:
    english = [PARAGRAPHS["en"], QUOTE, "The seminar is open to everyone, and the talks will "
               "be recorded and published online a few days after the event."]
    doc = parse_bytes("notice.txt", _txt([*FRENCH, *english]))
    assert doc.languages == ("fr", "en")


def test_headings_borrow_their_neighbours_language() -> None:
    markdown = ("# Résumé\n\n" + FRENCH[0] + "\n\n## Notes\n\n" + FRENCH[1] + "\n\n"
                "## Zusammenfassung\n\n" + PARAGRAPHS["de"] + "\n\n## Anhang\n")
    doc = parse_bytes("notes.md", markdown.encode())
    langs = {doc.body.text[b.start:b.end]: b.lang for b in doc.body.blocks}
    assert langs["Résumé"] == "fr"  # the first heading: the first language told
    assert langs["Notes"] == "fr"  # too short to tell: the block before it
    assert langs["Anhang"] == "de"
    assert doc.languages == ("fr", "de")


def test_fill_unknown_borrows_from_before_then_from_the_first_known() -> None:
    assert fill_unknown(["", "fr", "", "en", ""], "de") == ["fr", "fr", "fr", "en", "en"]
    assert fill_unknown(["", ""], "de") == ["de", "de"]


def test_dominant_needs_a_real_share_of_the_text_that_was_told() -> None:
    assert dominant(["en", "fr", "en"], [900, 80, 100]) == ["en"]  # fr: 7%
    assert dominant(["en", "fr", ""], [900, 120, 5000]) == ["en", "fr"]  # untold: no weight
    assert dominant(["", ""], [10, 10]) == []


def test_every_snowball_language_can_be_told() -> None:
    """The index stems each block in its language: every stemmer must be reachable."""
    stemmer = pytest.importorskip("Stemmer")
    snowball = set(stemmer.algorithms()) - {"porter", "dutch_porter"}  # English, Dutch again
    assert set(language.STEMMERS.values()) == snowball
    assert set(language.STEMMERS) <= set(language.SUPPORTED)


def test_supported_is_what_the_model_can_say() -> None:
    """``SUPPORTED`` (EPUB ``xml:lang`` values kept) is the model's labels as our codes."""
    labels = {language._ALIASES.get(label, label) for label in language._model().labels}
    assert set(language.SUPPORTED) == (labels - {""}) | {"yi"}


def test_importing_loads_no_model() -> None:
    """``list`` and every command that imports nothing must not pay for the model."""
    code = ("import sys, reader.language, reader.importers\n"
            "assert not {'py3langid', 'numpy'} & set(sys.modules), sorted(sys.modules)\n"
            "reader.language.detect('ok')\n"  # too short: still no model
            "assert 'py3langid' not in sys.modules\n"
            "assert reader.language.detect('Ceci est une phrase en français.') == 'fr'\n"
            "assert 'py3langid' in sys.modules\n")
    subprocess.run([sys.executable, "-c", code], cwd=ROOT, check=True, timeout=120)


def test_right_to_left_languages_are_the_ones_told() -> None:
    assert language.RIGHT_TO_LEFT.issubset(language.SUPPORTED)
    assert {detect(CJK_AND_RTL[lang]) for lang in ("ar", "he", "yi")} <= language.RIGHT_TO_LEFT
    assert detect(PARAGRAPHS["fa"]) in language.RIGHT_TO_LEFT


def test_threads_detecting_at_once_load_the_model_once() -> None:
    """The write worker imports while the index worker may detect a note's language."""
    code = ("import threading\nfrom py3langid import langid\nfrom reader import language\n"
            "loads = []\nload = langid.LanguageIdentifier.from_model_file.__func__\n"
            "def counted(cls, *a, **k):\n    loads.append(1)\n    return load(cls, *a, **k)\n"
            "langid.LanguageIdentifier.from_model_file = classmethod(counted)\n"
            "found = []\n"
            "def work(i):\n"
            "    found.append(language.detect(f'Ceci est une phrase en français, la {i}e.'))\n"
            "threads = [threading.Thread(target=work, args=(i,)) for i in range(4)]\n"
            "[t.start() for t in threads]\n[t.join() for t in threads]\n"
            "assert found == ['fr'] * 4 and loads == [1], (found, loads)\n")
    subprocess.run([sys.executable, "-c", code], cwd=ROOT, check=True, timeout=120)
