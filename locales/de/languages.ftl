## Sprachnamen. Endonyme sind die Eigennamen der Sprachen und lauten in jeder Sprache gleich.

language-endonym-de = Deutsch
language-endonym-en = English
language-endonym-ru = Русский
language-endonym-uk = Українська
language-endonym-be = Беларуская

language-name-de = Deutsch
language-name-en = Englisch
language-name-ru = Russisch
language-name-uk = Ukrainisch
language-name-be = Belarussisch

language-choose = In welcher Sprache soll ich mit dir schreiben?
language-changed = Erledigt — ab jetzt schreibe ich dir auf Deutsch.
