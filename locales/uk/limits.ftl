## Обмеження від зловживань і повідомлення про помилку для адмінів

# Variables:
#   $seconds (Number) - how long the bot stays silent
limits-slow-down = 🐢 Забагато одразу. Будь ласка, зачекайте приблизно { $seconds } { $seconds ->
    [one] секунду
    [few] секунди
    [many] секунд
   *[other] секунди
} — потім я знову вас вислухаю.
# Variables:
#   $limit (Number) - ideas one person may share per hour
limits-hourly-idea = { $limit ->
    [one] Можна запропонувати { $limit } ідею на годину. Будь ласка, спробуйте трохи пізніше.
    [few] Можна запропонувати { $limit } ідеї на годину. Будь ласка, спробуйте трохи пізніше.
    [many] Можна запропонувати { $limit } ідей на годину. Будь ласка, спробуйте трохи пізніше.
   *[other] Можна запропонувати { $limit } ідеї на годину. Будь ласка, спробуйте трохи пізніше.
}
# Variables:
#   $limit (Number) - translations one person may suggest per hour
limits-hourly-translation = { $limit ->
    [one] Можна запропонувати { $limit } переклад на годину. Дякуємо за допомогу — продовжте, будь ласка, трохи пізніше.
    [few] Можна запропонувати { $limit } переклади на годину. Дякуємо за допомогу — продовжте, будь ласка, трохи пізніше.
    [many] Можна запропонувати { $limit } перекладів на годину. Дякуємо за допомогу — продовжте, будь ласка, трохи пізніше.
   *[other] Можна запропонувати { $limit } перекладу на годину. Дякуємо за допомогу — продовжте, будь ласка, трохи пізніше.
}
# Variables:
#   $limit (Number) - team messages one person may send per hour
limits-hourly-team-message = { $limit ->
    [one] Можна надіслати { $limit } повідомлення команді на годину. Зберіть думки в одне повідомлення або спробуйте пізніше.
    [few] Можна надіслати { $limit } повідомлення команді на годину. Зберіть думки в одне повідомлення або спробуйте пізніше.
    [many] Можна надіслати { $limit } повідомлень команді на годину. Зберіть думки в одне повідомлення або спробуйте пізніше.
   *[other] Можна надіслати { $limit } повідомлення команді на годину. Зберіть думки в одне повідомлення або спробуйте пізніше.
}
# Variables:
#   $limit (Number) - longest text the bot accepts, in characters
limits-text-too-long = Цей текст задовгий: будь ласка, не більше { $limit } знаків.
limits-unsupported-message = Я вмію читати лише текст, фото й файли. Будь ласка, напишіть відповідь або скористайтеся кнопками.
# Variables:
#   $limit (Number) - largest file the bot accepts, in megabytes
limits-file-too-big = Файл завеликий: максимум { $limit } МБ.
# Variables:
#   $code (String) - correlation id, also in the log line
#   $error (String) - the exception's type
#   $suppressed (Number) - further failures not reported since the last notice
errors-admin-notice = ⚠️ Помилка під час обробки оновлення: код { $code } ({ $error }). Знайдіть цей код у лозі.{ $suppressed ->
    [0] {""}
   *[other] {" "}(Ще помилок від минулого сповіщення: { $suppressed }.)
}
