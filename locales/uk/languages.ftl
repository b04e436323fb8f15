## Назви мов. Ендоніми — власні назви мов, вони однакові в усіх локалях.

language-endonym-de = Deutsch
language-endonym-en = English
language-endonym-ru = Русский
language-endonym-uk = Українська
language-endonym-be = Беларуская

language-name-de = німецька
language-name-en = англійська
language-name-ru = російська
language-name-uk = українська
language-name-be = білоруська

language-choose = Якою мовою мені з вами спілкуватися?
language-changed = Готово — відтепер я пишу вам українською.

# Variables:
#   $mark (String) - the language's flag (a globe for Belarusian)
#   $language (String) - the language the content is written in
#   $state (String) - none, asked (a translation was asked for) or original (the reader chose originals)
language-label = { $mark } { $language } · { $state ->
        [asked] переклад запитано
        [original] оригінал
       *[none] перекладу поки немає
    }
