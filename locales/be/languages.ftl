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
