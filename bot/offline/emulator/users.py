"""The user's side of the emulator: people write, send files and press buttons."""

from __future__ import annotations

from typing import Any

from bot.offline.emulator.model import (
    SimMessage,
    SimUser,
)
from bot.offline.emulator.state import SimState
from bot.telegram.html import parse_html, utf16_len


class UserSide(SimState):
    """What a simulated person does; each action returns the update the bot gets."""

    def add_user(
        self,
        first_name: str = "Anna",
        language_code: str | None = "en",
        *,
        user_id: int | None = None,
        username: str | None = None,
    ) -> SimUser:
        uid = user_id if user_id is not None else next(self._user_ids)
        user = SimUser(uid, first_name, language_code, username)
        self.users[uid] = user
        return user

    def block(self, user_id: int) -> None:
        self.users[user_id].blocked = True

    def _user(self, user_id: int) -> SimUser:
        try:
            return self.users[user_id]
        except KeyError:
            raise KeyError(f"no simulated user {user_id}") from None

    def _user_writes(self, user: SimUser) -> None:
        # Writing to a bot starts the chat and lifts a block, as in Telegram.
        user.started = True
        user.blocked = False

    def _emit(self, update: dict[str, Any]) -> dict[str, Any]:
        if self.queue_updates:
            self.pending_updates.append(update)
            self._updates_ready.set()
        return update

    def user_sends(
        self, user_id: int, text: str, entities: list[dict[str, Any]] | None = None
    ) -> dict[str, Any]:
        """The user types `text` (formatted by `entities`); returns the update the bot gets."""
        user = self._user(user_id)
        self._user_writes(user)
        message = self._store(
            SimMessage(self._next_message_id(user.id), user.id, False, self._date(), text=text)
        )
        payload: dict[str, Any] = {
            "message_id": message.message_id,
            "date": message.date,
            "chat": self._chat_json(user),
            "from": user.to_json(),
            "text": text,
        }
        if text.startswith("/"):
            command = text.split(maxsplit=1)[0]
            payload["entities"] = [
                {"type": "bot_command", "offset": 0, "length": utf16_len(command)}
            ]
        elif entities:
            payload["entities"] = entities
        self._notify("user_message", message)
        return self._emit({"update_id": next(self._update_ids), "message": payload})

    def user_sends_document(
        self, user_id: int, file_name: str, content: bytes, mime_type: str = "text/plain"
    ) -> dict[str, Any]:
        user = self._user(user_id)
        self._user_writes(user)
        sim_file = self._new_file(file_name, mime_type, content)
        message = self._store(
            SimMessage(
                self._next_message_id(user.id), user.id, False, self._date(), document=sim_file
            )
        )
        payload = {
            "message_id": message.message_id,
            "date": message.date,
            "chat": self._chat_json(user),
            "from": user.to_json(),
            "document": self._file_json(sim_file),
        }
        self._notify("user_message", message)
        return self._emit({"update_id": next(self._update_ids), "message": payload})

    def user_sends_photo(self, user_id: int, content: bytes, caption: str = "") -> dict[str, Any]:
        user = self._user(user_id)
        self._user_writes(user)
        sim_file = self._new_file(None, "image/png", content)
        message = self._store(
            SimMessage(
                self._next_message_id(user.id),
                user.id,
                False,
                self._date(),
                caption=caption or None,
                photo=sim_file,
            )
        )
        photo = self._file_json(sim_file)
        photo.update(width=sim_file.width, height=sim_file.height)
        payload: dict[str, Any] = {
            "message_id": message.message_id,
            "date": message.date,
            "chat": self._chat_json(user),
            "from": user.to_json(),
            "photo": [photo],
        }
        if caption:
            payload["caption"] = caption
        self._notify("user_message", message)
        return self._emit({"update_id": next(self._update_ids), "message": payload})

    def user_sends_sticker(self, user_id: int) -> dict[str, Any]:
        """A sticker: something a bot cannot read as an answer."""
        user = self._user(user_id)
        self._user_writes(user)
        sim_file = self._new_file(None, "image/webp", b"RIFF-sticker")
        message = self._store(
            SimMessage(self._next_message_id(user.id), user.id, False, self._date())
        )
        sticker = self._file_json(sim_file)
        sticker.update(width=512, height=512, is_animated=False, is_video=False, type="regular")
        payload = {
            "message_id": message.message_id,
            "date": message.date,
            "chat": self._chat_json(user),
            "from": user.to_json(),
            "sticker": sticker,
        }
        self._notify("user_message", message)
        return self._emit({"update_id": next(self._update_ids), "message": payload})

    def inject_429(self, times: int, retry_after: int) -> None:
        """The next `times` sends get 429 with this retry_after (Telegram's flood control)."""
        self._forced_429 = [retry_after] * times

    def user_presses(self, user_id: int, message_id: int, data: str) -> dict[str, Any]:
        """The user presses an inline button carrying `data` (which may be forged)."""
        user = self._user(user_id)
        self._user_writes(user)
        message = self._messages.get((user.id, message_id))
        if message is None or message.deleted:
            raise KeyError(f"message {message_id} is not in the chat of user {user_id}")
        query_id = str(next(self._callback_ids))
        query = {
            "id": query_id,
            "from": user.to_json(),
            "message": self._message_json(message, user),
            "chat_instance": f"ci{user.id}",
            "data": data,
        }
        self.callback_queries[query_id] = query
        return self._emit({"update_id": next(self._update_ids), "callback_query": query})

    def user_inline_query(self, user_id: int, query: str) -> dict[str, Any]:
        """The user types `@bot <query>` in any chat (no chat with the bot needed)."""
        user = self._user(user_id)
        query_id = str(next(self._inline_ids))
        inline = {
            "id": query_id,
            "from": user.to_json(),
            "query": query,
            "offset": "",
            "chat_type": "sender",
        }
        self.inline_queries[query_id] = inline
        return self._emit({"update_id": next(self._update_ids), "inline_query": inline})

    def user_chooses_inline_result(
        self, user_id: int, query_id: str, result_id: str, chat_id: int
    ) -> tuple[SimMessage, list[dict[str, Any]]]:
        """The user taps one of the answered results: its message appears in the chat
        `chat_id` (sent by the user via the bot) and the bot gets chosen_inline_result. In
        the chat with the bot itself (chat_id == user_id) the bot gets the message first, as
        Telegram sends it."""
        user = self._user(user_id)
        answer = self.inline_answers.get(query_id)
        if answer is None:
            raise KeyError(f"inline query {query_id} was not answered")
        result = next((r for r in answer["results"] if r.get("id") == result_id), None)
        if result is None:
            raise KeyError(f"no result {result_id!r} in the answer to inline query {query_id}")
        content = result["input_message_content"]
        # answerInlineQuery checked the text already: here it only becomes the message.
        source = str(content.get("message_text"))
        text, entities = parse_html(source) if content.get("parse_mode") else (source, [])
        message = self._store(
            SimMessage(
                self._next_message_id(chat_id),
                chat_id,
                False,
                self._date(),
                text=text,
                entities=entities,
                reply_markup=result.get("reply_markup"),
                via_bot=True,
            )
        )
        chosen: dict[str, Any] = {
            "result_id": result_id,
            "from": user.to_json(),
            "query": self.inline_queries[query_id]["query"],
        }
        if result.get("reply_markup"):
            chosen["inline_message_id"] = f"im{query_id}-{result_id}"
        updates = []
        if chat_id == user.id:
            self._user_writes(user)
            payload = {**self._message_json(message, user), "via_bot": self.bot_user_json()}
            updates.append(self._emit({"update_id": next(self._update_ids), "message": payload}))
        updates.append(
            self._emit({"update_id": next(self._update_ids), "chosen_inline_result": chosen})
        )
        return message, updates
