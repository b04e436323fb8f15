## Ограничения от злоупотреблений и сообщение об ошибке для админов

# Variables:
#   $seconds (Number) - how long the bot stays silent
limits-slow-down = 🐢 Слишком много сразу. Пожалуйста, подождите { $seconds ->
    [1] одну секунду
    [one] примерно { $seconds } секунду
    [few] примерно { $seconds } секунды
    [many] примерно { $seconds } секунд
   *[other] примерно { $seconds } секунды
} — потом я снова вас выслушаю.
# Variables:
#   $limit (Number) - ideas one person may share per hour
limits-hourly-idea = { $limit ->
    [one] Можно предложить { $limit } идею в час. Пожалуйста, попробуйте чуть позже.
    [few] Можно предложить { $limit } идеи в час. Пожалуйста, попробуйте чуть позже.
    [many] Можно предложить { $limit } идей в час. Пожалуйста, попробуйте чуть позже.
   *[other] Можно предложить { $limit } идеи в час. Пожалуйста, попробуйте чуть позже.
}
# Variables:
#   $limit (Number) - translations one person may suggest per hour
limits-hourly-translation = { $limit ->
    [one] Можно предложить { $limit } перевод в час. Спасибо за помощь — продолжите, пожалуйста, чуть позже.
    [few] Можно предложить { $limit } перевода в час. Спасибо за помощь — продолжите, пожалуйста, чуть позже.
    [many] Можно предложить { $limit } переводов в час. Спасибо за помощь — продолжите, пожалуйста, чуть позже.
   *[other] Можно предложить { $limit } перевода в час. Спасибо за помощь — продолжите, пожалуйста, чуть позже.
}
# Variables:
#   $limit (Number) - team messages one person may send per hour
limits-hourly-team-message = { $limit ->
    [one] Можно отправить { $limit } сообщение команде в час. Соберите мысли в одно сообщение или попробуйте позже.
    [few] Можно отправить { $limit } сообщения команде в час. Соберите мысли в одно сообщение или попробуйте позже.
    [many] Можно отправить { $limit } сообщений команде в час. Соберите мысли в одно сообщение или попробуйте позже.
   *[other] Можно отправить { $limit } сообщения команде в час. Соберите мысли в одно сообщение или попробуйте позже.
}
# Variables:
#   $limit (Number) - longest text the bot accepts, in characters
limits-text-too-long = { $limit ->
    [one] Этот текст для меня слишком длинный: пожалуйста, не больше { $limit } символа.
    [few] Этот текст для меня слишком длинный: пожалуйста, не больше { $limit } символов.
    [many] Этот текст для меня слишком длинный: пожалуйста, не больше { $limit } символов.
   *[other] Этот текст для меня слишком длинный: пожалуйста, не больше { $limit } символа.
}
limits-unsupported-message = Я умею читать только текст, фото и файлы. Пожалуйста, напишите ответ или воспользуйтесь кнопками.
# Variables:
#   $limit (Number) - largest file the bot accepts, in megabytes ("МБ" is the same for every number)
limits-file-too-big = { $limit ->
    [one] Файл слишком большой: максимум { $limit } МБ.
    [few] Файл слишком большой: максимум { $limit } МБ.
    [many] Файл слишком большой: максимум { $limit } МБ.
   *[other] Файл слишком большой: максимум { $limit } МБ.
}
# Variables:
#   $code (String) - correlation id, also in the log line
#   $error (String) - the exception's type
#   $suppressed (Number) - further failures not reported since the last notice
errors-admin-notice = ⚠️ Ошибка при обработке обновления: код { $code } ({ $error }). Найдите этот код в логе.{ $suppressed ->
    [0] {""}
   *[other] {" "}(Ещё ошибок с прошлого уведомления: { $suppressed }.)
}
