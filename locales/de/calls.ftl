## Programmaufrufe: womit ein neuer Aufruf beginnt (die Administration kann alles ändern).

call-default-title = Twin City Booster: Bewerbt euch als Partnerstädte
call-default-text = Der Twin City Booster lädt Städte, Partnerschaftsvereine und Initiativen aus Belarus, Deutschland, Russland und der Ukraine mit einer bestehenden oder geplanten Städtepartnerschaft ein. Bewerbt euch gemeinsam mit eurer Partnerstadt: Jede Stadt antwortet in ihrer eigenen Sprache. Die Stadtverwaltung bestätigt ihre Unterstützung mit einer unterschriebenen Erklärung.
call-default-question-who = Wer seid ihr? Nennt beide Städte und eure Institution.
call-default-question-hopes = Was erhofft ihr euch von der Partnerschaft?
call-default-question-why = Warum möchtet ihr teilnehmen?
call-default-question-else = Möchtet ihr uns sonst noch etwas sagen?
call-default-document-support = Unterstützungserklärung der Stadtverwaltung (unterschrieben)
call-default-criterion-motivation = Motivation
call-default-criterion-potential = Potenzial der Partnerschaft
call-default-criterion-support = Unterstützung vor Ort
call-default-criterion-feasibility = Umsetzbarkeit

calls-error-unknown = Diesen Aufruf gibt es nicht (mehr).

commands-apply = Bei einem Programmaufruf bewerben
commands-calls = Programmaufrufe: vorbereiten, öffnen, entscheiden
