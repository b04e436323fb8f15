## Конкурси програми: з чого починається новий конкурс (адміністратор може все змінити).

call-default-title = Twin City Booster: подайте заявку як міста-побратими
call-default-text = Twin City Booster запрошує міста, асоціації побратимства та ініціативи з Білорусі, Німеччини, Росії та України, які мають або планують партнерство міст. Подайте заявку разом із містом-партнером: кожне місто відповідає своєю мовою. Адміністрація міста підтверджує підтримку підписаним листом.
call-default-question-who = Хто ви? Назвіть обидва міста та вашу організацію.
call-default-question-hopes = Чого ви очікуєте від партнерства?
call-default-question-why = Чому ви хочете взяти участь?
call-default-question-else = Чи хочете ви повідомити нам щось іще?
call-default-document-support = Лист підтримки від адміністрації міста (підписаний)
call-default-criterion-motivation = Мотивація
call-default-criterion-potential = Потенціал партнерства
call-default-criterion-support = Підтримка на місці
call-default-criterion-feasibility = Здійсненність

calls-error-unknown = Такого конкурсу немає (або його видалено).

commands-apply = Подати заявку на конкурс
commands-calls = Конкурси: підготувати, відкрити, вирішити
