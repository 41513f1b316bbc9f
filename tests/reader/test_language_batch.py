"""Many blocks told at once (issue 16, import speed): the batched walk and product of
reader/language_model.py give py3langid's own answers, and an import asks it per page."""

from __future__ import annotations

import pytest

from reader import language
from reader.importers import parse_bytes
from reader.language_model import CHUNK, BatchModel
from tests.reader.test_language import CJK_AND_RTL, FRENCH, PARAGRAPHS

ODD = ["", "OK", "42 17 2024", "x = 1 + 2", "THE LIBRARY KEEPS EVERY DOCUMENT YOU IMPORT",
       "Résumé du séminaire", "「目次」", "https://example.org/a/b.html", "¶", "a" * 600]


@pytest.fixture(scope="module")
def models() -> tuple[object, BatchModel]:
    language._model()
    assert language._batch is not None
    return language._identifier, language._batch


def _texts() -> list[str]:
    texts = [*PARAGRAPHS.values(), *CJK_AND_RTL.values(), *FRENCH, *ODD]
    # Past one chunk, with texts cut at every length: each chunk's walk is its own.
    return texts + [text[:n] for n in range(5, 200, 3) for text in texts[:4]]


def test_batch_gives_py3langids_own_answers(models: tuple[object, BatchModel]) -> None:
    identifier, batch = models
    texts = _texts()
    assert len(texts) > CHUNK
    found = batch.classify(texts)
    assert len(found) == len(texts)
    for text, (label, confidence) in zip(texts, found, strict=True):
        own_label, own_confidence = identifier.classify(text)  # type: ignore[attr-defined]
        assert label == own_label, text
        assert confidence == pytest.approx(own_confidence, abs=1e-4), text


def test_a_text_without_features_is_never_confident(models: tuple[object, BatchModel]) -> None:
    _, batch = models
    (_, alone), (_, beside), (french, sure) = batch.classify(
        ["", "", "Ceci est une phrase en français, écrite pour le test."])
    assert alone == beside < language.MIN_CONFIDENCE
    assert french == "fr" and sure > language.MIN_CONFIDENCE


def test_detect_many_is_detect_of_each_in_order() -> None:
    texts = [*PARAGRAPHS.values(), "OK", PARAGRAPHS["fr"], *CJK_AND_RTL.values(), ""]
    assert len(texts) >= language.BATCH_FROM
    language._cache.clear()
    together = language.detect_many(texts)
    language._cache.clear()
    one_by_one = [language.detect(text) for text in texts]
    assert together == one_by_one
    assert together[:len(PARAGRAPHS)] == list(PARAGRAPHS)
    assert together[len(PARAGRAPHS)] == ""  # too short: the neighbours decide


def test_a_page_asks_for_its_blocks_at_once(monkeypatch: pytest.MonkeyPatch) -> None:
    asked: list[list[str]] = []
    detect_many = language.detect_many

    def counted(texts: list[str]) -> list[str]:
        asked.append(list(texts))
        return detect_many(texts)

    monkeypatch.setattr(language, "detect_many", counted)
    page = ("<html><body><h1>Notes</h1>" + "".join(f"<p>{p}</p>" for p in FRENCH)
            + f"<p lang='en'>{PARAGRAPHS['en']}</p><pre>x = 1</pre></body></html>")
    doc = parse_bytes("notes.html", page.encode())
    assert len(asked) == 1  # one call for the page, not one per block
    assert asked[0] == ["Notes", *(p[:language.SAMPLE] for p in FRENCH)]  # no code, no
    langs = {doc.body.text[b.start:b.end][:20]: b.lang for b in doc.body.blocks}  # lang=
    assert langs[PARAGRAPHS["en"][:20]] == "en"  # the page's own word, not asked
    assert langs[FRENCH[0][:20]] == "fr"
    assert langs["x = 1"] == "en"  # code borrows from the block before it
    assert doc.languages == ("fr", "en")
