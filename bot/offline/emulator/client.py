"""A simulated Telegram user: types, presses buttons, sends files, and reads the chat."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any, Protocol

from bot.offline.emulator.core import SimMessage, SimUser, TelegramSim


class ButtonData(Protocol):
    """Typed button data (bot.callback_data): what a button does, packed as Telegram carries it."""

    def pack(self) -> str: ...


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
        self.last_inline_query_id: str | None = None

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

    async def press(self, button: ButtonData, *, message: SimMessage | None = None) -> SimMessage:
        """Press the button whose callback data is `button.pack()` on the newest message that
        shows it (or on `message`); fails when no such button is on screen.

        Buttons are pressed by what they do, not by their wording: a label is a translation
        that may change, the data is what the bot acts on. Returns the pressed message: bots
        usually answer a button by editing it in place.
        """
        if not hasattr(button, "pack"):
            raise TypeError(
                f"press() takes button data such as WorkshopSignup(workshop_id), not {button!r}; "
                "use press_at(row, col) for a button whose data is not known in advance"
            )
        data = button.pack()
        target = message or self._message_with_data(data)
        if data not in target.button_data():
            raise ButtonNotFound(f"no button {data!r}; visible: {target.button_data()}")
        return await self.press_data(data, message=target)

    async def press_at(
        self, row: int, column: int = 0, *, message: SimMessage | None = None
    ) -> SimMessage:
        """Press the button at this place in the keyboard of `message` (or of the newest message
        with buttons), counting rows and columns from 0."""
        target = message or self._message_with_any_button()
        rows = target.button_rows()
        if not (0 <= row < len(rows) and 0 <= column < len(rows[row])):
            shape = [len(r) for r in rows]
            raise ButtonNotFound(f"no button at ({row}, {column}); buttons per row: {shape}")
        button = rows[row][column]
        if "callback_data" not in button:
            raise ButtonNotFound(f"the button at ({row}, {column}) is a link, not a callback")
        return await self.press_data(button["callback_data"], message=target)

    async def press_data(self, data: str, *, message: SimMessage | None = None) -> SimMessage:
        """Press a button with this callback_data, real or forged by hand."""
        target = message or self.last
        self._before_action()
        update = self.sim.user_presses(self.user.id, target.message_id, data)
        self.last_callback_id = update["callback_query"]["id"]
        await self._deliver(update)
        return target

    async def inline(self, query: str) -> list[dict[str, Any]]:
        """Type `@bot <query>` somewhere: the results the bot answered with."""
        self._before_action()
        update = self.sim.user_inline_query(self.user.id, query)
        self.last_inline_query_id = update["inline_query"]["id"]
        await self._deliver(update)
        answer = self.sim.inline_answers.get(self.last_inline_query_id)
        if answer is None:
            raise AssertionError(f"the bot did not answer the inline query {query!r}")
        return list(answer["results"])

    async def choose_inline(self, result_id: str, chat_id: int) -> SimMessage:
        """Tap a result of the last inline query: it is posted into chat `chat_id`."""
        assert self.last_inline_query_id is not None, "ask an inline query first"
        message, updates = self.sim.user_chooses_inline_result(
            self.user.id, self.last_inline_query_id, result_id, chat_id
        )
        for update in updates:
            await self._deliver(update)
        return message

    def _before_action(self) -> None:
        if self._pace is not None:
            self._pace()

    def _message_with_data(self, data: str) -> SimMessage:
        for message in reversed(self.messages):
            if data in message.button_data():
                return message
        visible = [d for m in self.messages[-3:] for d in m.button_data()]
        raise ButtonNotFound(f"no button {data!r} in the chat; recent buttons: {visible}")

    def _message_with_any_button(self) -> SimMessage:
        for message in reversed(self.messages):
            if message.buttons():
                return message
        raise ButtonNotFound(f"no message with buttons in {self.user.first_name}'s chat")

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
        """The labels on the newest message (to check wording; press by data)."""
        return self.last.button_texts()

    def button_data(self) -> list[str]:
        """The callback data of the buttons on the newest message."""
        return self.last.button_data()

    @property
    def last_callback_answer(self) -> dict[str, Any] | None:
        if self.last_callback_id is None:
            return None
        return self.sim.callback_answers.get(self.last_callback_id)

    def texts_since(self, count_before: int) -> list[str]:
        return [m.body for m in self.messages[count_before:]]
