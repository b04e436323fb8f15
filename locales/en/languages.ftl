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
