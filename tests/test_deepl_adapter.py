"""The DeepL adapter against a local fake DeepL server: answers, quota exceeded, server errors,
timeouts, a wrong key and a language DeepL does not offer; the provider setting and what
Services.build wires from it."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

from bot.app import Services
from bot.clock import FakeClock
from bot.config import ConfigError, Settings, load_settings
from bot.db.connection import connect
from bot.i18n import Translator
from bot.translation import DeepL, LibreTranslate, NoMachineTranslation, TranslationUnavailable
from tests.fake_deepl import KEY, fake_deepl

TEXT = "Mehr Bäume in der Innenstadt"


async def test_translates_with_deepl_codes_and_the_key() -> None:
    with fake_deepl() as fake:
        adapter = DeepL(KEY, server_url=fake.url, timeout=2)
        assert await adapter.translate(TEXT, "de", "ru") == f"[ru] {TEXT}"
        assert await adapter.translate("Привіт", "uk", "en") == "[en-gb] Привіт"
        assert await adapter.translate("Hello", "en", "uk") == "[uk] Hello"
    assert [(r["text"], r.get("source_lang"), r["target_lang"]) for r in fake.requests] == [
        ([TEXT], "DE", "RU"),
        (["Привіт"], "UK", "EN-GB"),
        (["Hello"], "EN", "UK"),
    ]
    assert {h["Authorization"] for h in fake.headers} == {f"DeepL-Auth-Key {KEY}"}


@pytest.mark.parametrize(
    ("mode", "failure"),
    [
        ("quota", "QuotaExceededException (HTTP 456)"),
        ("error", "DeepLException (HTTP 500)"),
        ("forbidden", "AuthorizationException (HTTP 403)"),
    ],
)
async def test_errors_become_unavailable_after_one_attempt_with_a_quiet_log(
    mode: str, failure: str, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.WARNING, logger="bot.translation")
    with fake_deepl(mode) as fake:
        adapter = DeepL(KEY, server_url=fake.url, timeout=2)
        with pytest.raises(TranslationUnavailable):
            await adapter.translate(TEXT, "de", "ru")
    assert len(fake.requests) == 1  # no retries: the reader is waiting
    warnings = [r.getMessage() for r in caplog.records if r.levelno == logging.WARNING]
    assert warnings == [f"machine translation failed (DeepL): {failure}"]
    assert not any(TEXT in w or KEY in w for w in warnings)


async def test_a_server_that_does_not_answer_times_out(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.WARNING, logger="bot.translation")
    with fake_deepl("hang") as fake:
        adapter = DeepL(KEY, server_url=fake.url, timeout=0.3)
        with pytest.raises(TranslationUnavailable):
            await adapter.translate(TEXT, "de", "ru")
    assert [r.getMessage() for r in caplog.records] == [
        "machine translation failed (DeepL): TimeoutError"
    ]


async def test_unreachable_server() -> None:
    with pytest.raises(TranslationUnavailable):
        await DeepL(KEY, server_url="http://127.0.0.1:9", timeout=1).translate("x", "de", "en")


@pytest.mark.parametrize(("source", "target"), [("de", "be"), ("be", "ru")])
async def test_belarusian_is_not_offered_by_deepl(source: str, target: str) -> None:
    with fake_deepl() as fake, pytest.raises(TranslationUnavailable, match="does not support"):
        await DeepL(KEY, server_url=fake.url, timeout=2).translate(TEXT, source, target)
    assert fake.requests == []  # known before asking


async def test_a_target_the_server_refuses(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.WARNING, logger="bot.translation")
    no_ukrainian = fake_deepl(targets={"DE", "EN-GB", "RU"})
    with no_ukrainian as fake, pytest.raises(TranslationUnavailable):
        await DeepL(KEY, server_url=fake.url, timeout=2).translate(TEXT, "de", "uk")
    assert [r.getMessage() for r in caplog.records] == [
        "machine translation failed (DeepL): DeepLException (HTTP 400)"
    ]


def test_provider_setting() -> None:
    deepl = load_settings({"TRANSLATION_PROVIDER": "DeepL", "TRANSLATION_API_KEY": KEY})
    assert deepl.machine_translation == "deepl" and deepl.translation_url is None
    libre = load_settings({"TRANSLATION_URL": "http://lt:5000"})  # as before: URL alone
    assert libre.machine_translation == "libretranslate"
    assert load_settings({}).machine_translation is None
    for env, variable in (
        ({"TRANSLATION_PROVIDER": "google"}, "TRANSLATION_PROVIDER"),
        ({"TRANSLATION_PROVIDER": "deepl"}, "TRANSLATION_API_KEY"),
        ({"TRANSLATION_PROVIDER": "libretranslate"}, "TRANSLATION_URL"),
    ):
        with pytest.raises(ConfigError, match=variable) as error:
            load_settings(env)
        assert "\n" not in str(error.value)


@pytest.fixture(scope="module")
def translator() -> Translator:
    return Translator()


@pytest.mark.parametrize(
    ("settings", "kind", "available"),
    [
        (Settings(), NoMachineTranslation, False),
        (Settings(translation_url="http://lt:5000"), LibreTranslate, True),
        (Settings(translation_provider="deepl", translation_api_key=KEY), DeepL, True),
        (Settings(translation_provider="deepl"), NoMachineTranslation, False),  # no key
    ],
)
def test_services_wire_the_configured_provider(
    tmp_path: Path, translator: Translator, settings: Settings, kind: type, available: bool
) -> None:
    services = Services.build(settings, connect(tmp_path / "x.sqlite3"), FakeClock(), translator)
    assert type(services.machine) is kind
    assert services.translation_available is available
    # The same translator serves ideas, team messages and check-ins.
    assert (
        services.idea_translations.machine
        is services.teams.machine
        is services.checkin_digests.machine
        is services.machine
    )
    assert services.matching.translation_available is available
