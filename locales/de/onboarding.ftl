onboarding-welcome =
    👋 Willkommen beim Twin City Bot!
    Ich verbinde Menschen aus Partnerstädten: Workshops, Projektideen, gemischte Teams und Coaching.

    Zuerst: In welcher Sprache soll ich mit dir schreiben?
onboarding-choose-partnership = An welcher Städtepartnerschaft möchtest du teilnehmen?
onboarding-no-partnerships = Es ist noch keine Städtepartnerschaft eingerichtet. Bitte frag das Organisationsteam — und versuch /start später noch einmal.
# Variables:
#   $partnership (String) - the partnership's name, e.g. "Karlsruhe ↔ Krasnodar"
onboarding-choose-city =
    Partnerschaft: { $partnership }
    In welcher Stadt lebst du oder zu welcher gehörst du?
onboarding-privacy =
    🔒 Bevor wir anfangen: Was ich speichere und warum

    • deine Telegram-ID, die gewählte Sprache und Stadt — damit du die richtigen Nachrichten bekommst;
    • freiwillig einen Anzeigenamen, deine Sprachen und Interessen — damit ich dich mit Menschen aus der Partnerstadt zusammenbringen kann;
    • später deine Workshop-Anmeldungen, Ideen, Stimmen und Antworten — um das Programm durchzuführen.

    Das Organisationsteam deiner Partnerschaft und der Coach deines Teams können das sehen. Niemand sonst.
    Dein Profil siehst du mit /profile, und mit /deleteme löschst du jederzeit alles.
onboarding-privacy-accept = Einverstanden
onboarding-privacy-decline = Nein, danke
onboarding-privacy-declined = In Ordnung — ich habe nichts über dich gespeichert. Wenn du es dir anders überlegst, sende /start.
onboarding-finish-first = Lass uns zuerst die Einrichtung abschließen — das dauert nur einen Moment.
onboarding-finished = 🎉 Alles bereit!
onboarding-partnership-unknown = Diese Partnerschaft gibt es nicht mehr. Bitte wähle eine andere.
onboarding-city-unknown = Diese Stadt gehört nicht zu deiner Partnerschaft. Bitte wähle noch einmal.
onboarding-start-first = Bitte sende zuerst /start, damit ich dich einrichten kann.
deeplink-unknown = Diesen Link erkenne ich nicht — vielleicht ist er unvollständig oder veraltet. Machen wir hier weiter.
