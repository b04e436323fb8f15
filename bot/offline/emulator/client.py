"""A simulated Telegram user: types, presses buttons, sends files, and reads the chat."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

from bot.offline.emulator.core import SimMessage, SimUser, TelegramSim

Deliver = Callable[[dict[str, Any]], Awaitable[None]]


class ButtonNotFound(AssertionError):
    """The user looked for a button that their chat does not show."""


class SimClient:
    """What one person does in their private chat with the bot."""

    def __init__(
        self,
        sim: TelegramSim,
        user: SimUser,
        deliver: Deliver,
        pace: Callable[[], None] | None = None,
    ) -> None:
        self.sim = sim
        self.user = user
        self._deliver = deliver
        self._pace = pace
        self.last_callback_id: str | None = None

    @property
    def id(self) -> int:
        return self.user.id

    async def send(self, text: str, entities: list[dict[str, Any]] | None = None) -> None:
        self._before_action()
        await self._deliver(self.sim.user_sends(self.user.id, text, entities))

    async def send_photo(self, content: bytes, caption: str = "") -> None:
        self._before_action()
        await self._deliver(self.sim.user_sends_photo(self.user.id, content, caption))

    async def send_sticker(self) -> None:
        self._before_action()
        await self._deliver(self.sim.user_sends_sticker(self.user.id))

    async def start(self, payload: str | None = None) -> None:
        await self.send("/start" if payload is None else f"/start {payload}")

    async def send_document(self, file_name: str, content: bytes, mime: str = "text/plain") -> None:
        self._before_action()
        await self._deliver(self.sim.user_sends_document(self.user.id, file_name, content, mime))

    async def press(self, text: str, *, message: SimMessage | None = None) -> SimMessage:
        """Press the button labelled `text` on the newest message that shows one.

        Returns that message: bots usually answer a button by editing it in place.
        """
        target = message or self._message_with_button(text)
        button = next((b for b in target.buttons() if b["text"] == text), None)
        if button is None or "callback_data" not in button:
            raise ButtonNotFound(f"no button {text!r}; visible: {target.button_texts()}")
        return await self.press_data(button["callback_data"], message=target)

    async def press_data(self, data: str, *, message: SimMessage | None = None) -> SimMessage:
        """Press a button with this callback_data, real or forged by hand."""
        target = message or self.last
        self._before_action()
        update = self.sim.user_presses(self.user.id, target.message_id, data)
        self.last_callback_id = update["callback_query"]["id"]
        await self._deliver(update)
        return target

    def _before_action(self) -> None:
        if self._pace is not None:
            self._pace()

    def _message_with_button(self, text: str) -> SimMessage:
        for message in reversed(self.messages):
            if text in message.button_texts():
                return message
        visible = [t for m in self.messages[-3:] for t in m.button_texts()]
        raise ButtonNotFound(f"no button {text!r} in the chat; recent buttons: {visible}")

    # ---------------------------------------------------------------- reading
    @property
    def messages(self) -> list[SimMessage]:
        return self.sim.messages_to(self.user.id)

    @property
    def last(self) -> SimMessage:
        messages = self.messages
        if not messages:
            raise AssertionError(f"the bot has not written to {self.user.first_name} yet")
        return messages[-1]

    @property
    def last_text(self) -> str:
        return self.last.body

    def buttons(self) -> list[str]:
        return self.last.button_texts()

    @property
    def last_callback_answer(self) -> dict[str, Any] | None:
        if self.last_callback_id is None:
            return None
        return self.sim.callback_answers.get(self.last_callback_id)

    def texts_since(self, count_before: int) -> list[str]:
        return [m.body for m in self.messages[count_before:]]
