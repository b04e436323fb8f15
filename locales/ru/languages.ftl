## Названия языков. Эндонимы — самоназвания языков, они одинаковы во всех локалях.

language-endonym-de = Deutsch
language-endonym-en = English
language-endonym-ru = Русский
language-endonym-uk = Українська
language-endonym-be = Беларуская

language-name-de = немецкий
language-name-en = английский
language-name-ru = русский
language-name-uk = украинский
language-name-be = белорусский

language-choose = На каком языке мне с вами общаться?
language-changed = Готово — теперь я буду писать вам по-русски.

# Variables:
#   $mark (String) - the language's flag (a globe for Belarusian)
#   $language (String) - the language the content is written in
#   $state (String) - none, asked (a translation was asked for) or original (the reader chose originals)
language-label = { $mark } { $language } · { $state ->
        [asked] перевод запрошен
        [original] оригинал
       *[none] перевода пока нет
    }
