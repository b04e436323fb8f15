## Language names. Endonyms are each language's own name and read the same in every locale.

language-endonym-de = Deutsch
language-endonym-en = English
language-endonym-ru = Русский
language-endonym-uk = Українська
language-endonym-be = Беларуская

language-name-de = German
language-name-en = English
language-name-ru = Russian
language-name-uk = Ukrainian
language-name-be = Belarusian

language-choose = Which language should I use with you?
language-changed = Done — I will speak English with you from now on.

# Variables:
#   $mark (String) - the language's flag (a globe for Belarusian)
#   $language (String) - the language the content is written in
#   $state (String) - none, asked (a translation was asked for) or original (the reader chose originals)
language-label = { $mark } { $language } · { $state ->
        [asked] translation asked for
        [original] original
       *[none] no translation yet
    }
