## Абмежаванні ад злоўжыванняў і паведамленне пра памылку для адмінаў

# Variables:
#   $seconds (Number) - how long the bot stays silent
limits-slow-down = 🐢 Зашмат адразу. Калі ласка, пачакайце { $seconds ->
    [1] адну секунду
    [one] прыкладна { $seconds } секунду
    [few] прыкладна { $seconds } секунды
    [many] прыкладна { $seconds } секунд
   *[other] прыкладна { $seconds } секунды
} — потым я зноў вас выслухаю.
# Variables:
#   $limit (Number) - ideas one person may share per hour
limits-hourly-idea = { $limit ->
    [one] Можна прапанаваць { $limit } ідэю за гадзіну. Калі ласка, паспрабуйце крыху пазней.
    [few] Можна прапанаваць { $limit } ідэі за гадзіну. Калі ласка, паспрабуйце крыху пазней.
    [many] Можна прапанаваць { $limit } ідэй за гадзіну. Калі ласка, паспрабуйце крыху пазней.
   *[other] Можна прапанаваць { $limit } ідэі за гадзіну. Калі ласка, паспрабуйце крыху пазней.
}
# Variables:
#   $limit (Number) - translations one person may suggest per hour
limits-hourly-translation = { $limit ->
    [one] Можна прапанаваць { $limit } пераклад за гадзіну. Дзякуй за дапамогу — працягніце, калі ласка, крыху пазней.
    [few] Можна прапанаваць { $limit } пераклады за гадзіну. Дзякуй за дапамогу — працягніце, калі ласка, крыху пазней.
    [many] Можна прапанаваць { $limit } перакладаў за гадзіну. Дзякуй за дапамогу — працягніце, калі ласка, крыху пазней.
   *[other] Можна прапанаваць { $limit } перакладу за гадзіну. Дзякуй за дапамогу — працягніце, калі ласка, крыху пазней.
}
# Variables:
#   $limit (Number) - team messages one person may send per hour
limits-hourly-team-message = { $limit ->
    [one] Можна адправіць { $limit } паведамленне камандзе за гадзіну. Збярыце думкі ў адно паведамленне або паспрабуйце пазней.
    [few] Можна адправіць { $limit } паведамленні камандзе за гадзіну. Збярыце думкі ў адно паведамленне або паспрабуйце пазней.
    [many] Можна адправіць { $limit } паведамленняў камандзе за гадзіну. Збярыце думкі ў адно паведамленне або паспрабуйце пазней.
   *[other] Можна адправіць { $limit } паведамлення камандзе за гадзіну. Збярыце думкі ў адно паведамленне або паспрабуйце пазней.
}
# Variables:
#   $limit (Number) - longest text the bot accepts, in characters
limits-text-too-long = Гэты тэкст для мяне задоўгі: калі ласка, не больш за { $limit ->
        [one] { $limit } сімвал
        [few] { $limit } сімвалы
        [many] { $limit } сімвалаў
       *[other] { $limit } сімвала
    }.
limits-unsupported-message = Я ўмею чытаць толькі тэкст, фота і файлы. Калі ласка, напішыце адказ або скарыстайцеся кнопкамі.
# Variables:
#   $limit (Number) - largest file the bot accepts, in megabytes (put the unit before the number, so it needs no plural form)
limits-file-too-big = Файл завялікі: найбольшы памер у мегабайтах — { $limit }.
# Variables:
#   $code (String) - correlation id, also in the log line
#   $error (String) - the exception's type (English, untranslated)
#   $suppressed (Number) - further failures not reported since the last notice
errors-admin-notice = ⚠️ Памылка пры апрацоўцы абнаўлення: код { $code } ({ $error }). Знайдзіце гэты код у логу.{ $suppressed ->
    [0] {""}
   *[other] {" "}(Пасля мінулага апавяшчэння было яшчэ памылак: { $suppressed }.)
}
