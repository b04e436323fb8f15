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

# Variables:
#   $mark (String) - the language's flag (a globe for Belarusian)
#   $language (String) - the language the content is written in
#   $state (String) - none, asked (a translation was asked for) or original (the reader chose originals)
language-label = { $mark } { $language } · { $state ->
        [asked] Übersetzung angefragt
        [original] Original
       *[none] noch keine Übersetzung
    }
