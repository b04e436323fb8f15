from bot.domain.deeplinks import (
    InvitationLink,
    PartnershipLink,
    invitation_payload,
    parse_payload,
    partnership_payload,
)


def test_invitation_payload_round_trips() -> None:
    assert parse_payload(invitation_payload("abcDEF123_xyz")) == InvitationLink("abcDEF123_xyz")


def test_partnership_payload_with_and_without_city() -> None:
    assert parse_payload(partnership_payload(7)) == PartnershipLink(7, None)
    assert parse_payload(partnership_payload(7, 12)) == PartnershipLink(7, 12)


def test_malformed_and_unknown_payloads_are_rejected() -> None:
    for payload in ["", "x" * 65, "hello world", "inv-short", "p", "pabc", "zz-1", "p1-c", "ü"]:
        assert parse_payload(payload) is None, payload


def test_payloads_fit_telegram_limit() -> None:
    assert len(invitation_payload("a" * 40)) <= 64
