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
