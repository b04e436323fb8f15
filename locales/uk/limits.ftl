## Обмеження від зловживань і повідомлення про помилку для адмінів

# Variables:
#   $seconds (Number) - how long the bot stays silent
limits-slow-down = 🐢 Забагато одразу. Будь ласка, зачекайте { $seconds ->
    [1] одну секунду
    [one] приблизно { $seconds } секунду
    [few] приблизно { $seconds } секунди
    [many] приблизно { $seconds } секунд
   *[other] приблизно { $seconds } секунди
} — потім я знову вас вислухаю.
# Variables:
#   $limit (Number) - ideas one person may share per hour; the number is shown in every variant
limits-hourly-idea = { $limit ->
    [one] За годину можна запропонувати { $limit } ідею. Будь ласка, спробуйте трохи пізніше.
    [few] За годину можна запропонувати { $limit } ідеї. Будь ласка, спробуйте трохи пізніше.
    [many] За годину можна запропонувати { $limit } ідей. Будь ласка, спробуйте трохи пізніше.
   *[other] За годину можна запропонувати { $limit } ідеї. Будь ласка, спробуйте трохи пізніше.
}
# Variables:
#   $limit (Number) - translations one person may suggest per hour; the number is shown in every variant
limits-hourly-translation = { $limit ->
    [one] За годину можна запропонувати { $limit } переклад. Дякуємо за допомогу — продовжте, будь ласка, трохи пізніше.
    [few] За годину можна запропонувати { $limit } переклади. Дякуємо за допомогу — продовжте, будь ласка, трохи пізніше.
    [many] За годину можна запропонувати { $limit } перекладів. Дякуємо за допомогу — продовжте, будь ласка, трохи пізніше.
   *[other] За годину можна запропонувати { $limit } перекладу. Дякуємо за допомогу — продовжте, будь ласка, трохи пізніше.
}
# Variables:
#   $limit (Number) - team messages one person may send per hour; the number is shown in every variant
limits-hourly-team-message = { $limit ->
    [one] За годину можна надіслати команді { $limit } повідомлення. Будь ласка, зберіть думки в одне повідомлення або спробуйте пізніше.
    [few] За годину можна надіслати команді { $limit } повідомлення. Будь ласка, зберіть думки в одне повідомлення або спробуйте пізніше.
    [many] За годину можна надіслати команді { $limit } повідомлень. Будь ласка, зберіть думки в одне повідомлення або спробуйте пізніше.
   *[other] За годину можна надіслати команді { $limit } повідомлення. Будь ласка, зберіть думки в одне повідомлення або спробуйте пізніше.
}
# Variables:
#   $limit (Number) - longest text the bot accepts, in characters; the noun agrees with it, so it is in the selector
limits-text-too-long = { $limit ->
    [one] Цей текст задовгий: будь ласка, не більше ніж { $limit } символ.
    [few] Цей текст задовгий: будь ласка, не більше ніж { $limit } символи.
    [many] Цей текст задовгий: будь ласка, не більше ніж { $limit } символів.
   *[other] Цей текст задовгий: будь ласка, не більше ніж { $limit } символу.
}
limits-unsupported-message = Я вмію читати лише текст, фото й файли. Будь ласка, напишіть відповідь або скористайтеся кнопками.
# Variables:
#   $limit (Number) - largest file the bot accepts, in megabytes; "МБ" is an abbreviation and needs no agreement
limits-file-too-big = Файл завеликий: максимум { $limit } МБ.
# Variables:
#   $code (String) - correlation id, also in the log line
#   $error (String) - the exception's type (English, technical)
#   $suppressed (Number) - further failures not reported since the last notice; written as "ще помилок: N", no agreement needed
errors-admin-notice = ⚠️ Помилка під час обробки оновлення: код { $code } ({ $error }). Знайдіть цей код у журналі (лог-файлі).{ $suppressed ->
    [0] {""}
   *[other] {" "}(Після попереднього сповіщення ще помилок: { $suppressed }.)
}
