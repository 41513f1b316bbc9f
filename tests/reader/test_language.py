"""Per-block language detection on the seeds (issue 2)."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from reader.importers import parse_bytes
from reader.language import detect

SEEDS = Path(__file__).resolve().parents[2] / "seeds"


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
