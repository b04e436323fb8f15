onboarding-welcome =
    👋 Welcome to Twin City Bot!
    I connect people of partner cities: workshops, project ideas, mixed teams and coaching.

    First, which language should I use with you?
onboarding-choose-partnership = Which city partnership do you want to take part in?
onboarding-no-partnerships = No city partnership has been set up yet. Please ask the organisers — and try /start again later.
# Variables:
#   $partnership (String) - the partnership's name, e.g. "Karlsruhe ↔ Krasnodar"
onboarding-choose-city =
    Partnership: { $partnership }
    Which city do you live in or belong to?
onboarding-privacy =
    🔒 Before we start: what I store and why

    • your Telegram id, the language and the city you choose — to send you the right messages;
    • optionally a display name, the languages you speak and your interests — to match you with people from the partner city;
    • later your workshop sign-ups, ideas, votes and answers — to run the programme.

    Organisers of your partnership and your team's coach can see this. Nothing is shared with anyone else.
    You can see your profile with /profile, and erase everything at any time with /deleteme.
onboarding-privacy-accept = I agree
onboarding-privacy-decline = No, thanks
onboarding-privacy-declined = All right — I have not kept anything about you. If you change your mind, send /start.
onboarding-finish-first = Let's finish setting you up first — it only takes a moment.
onboarding-finished = 🎉 You're all set!
onboarding-partnership-unknown = This partnership no longer exists. Please choose another one.
onboarding-city-unknown = This city is not part of your partnership. Please choose again.
onboarding-start-first = Please send /start first so that I can set you up.
deeplink-unknown = I don't recognise this link — it may be incomplete or out of date. Let's continue from here.
