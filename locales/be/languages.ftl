## Назвы моў. Эндонімы — уласныя назвы моў, яны аднолькавыя ва ўсіх лакалях.

language-endonym-de = Deutsch
language-endonym-en = English
language-endonym-ru = Русский
language-endonym-uk = Українська
language-endonym-be = Беларуская

language-name-de = нямецкая
language-name-en = англійская
language-name-ru = руская
language-name-uk = украінская
language-name-be = беларуская

language-choose = На якой мове мне з вамі размаўляць?
language-changed = Гатова — цяпер я пішу вам па-беларуску.

# Variables:
#   $mark (String) - the language's flag (a globe for Belarusian)
#   $language (String) - the language the content is written in
#   $state (String) - none, asked (a translation was asked for) or original (the reader chose originals)
language-label = { $mark } { $language } · { $state ->
        [asked] пераклад запытаны
        [original] арыгінал
       *[none] перакладу пакуль няма
    }
