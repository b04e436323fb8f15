## Конкурсы программы: с чего начинается новый конкурс (администратор может всё изменить).

call-default-title = Twin City Booster: подайте заявку как города-побратимы
call-default-text = Twin City Booster приглашает города, ассоциации побратимства и инициативы из Беларуси, Германии, России и Украины, у которых есть или планируется партнёрство городов. Подайте заявку вместе с городом-партнёром: каждый город отвечает на своём языке. Администрация города подтверждает поддержку подписанным письмом.
call-default-question-who = Кто вы? Назовите оба города и вашу организацию.
call-default-question-hopes = Чего вы ждёте от партнёрства?
call-default-question-why = Почему вы хотите участвовать?
call-default-question-else = Хотите ли вы сообщить нам что-то ещё?
call-default-document-support = Письмо поддержки от администрации города (подписанное)
call-default-criterion-motivation = Мотивация
call-default-criterion-potential = Потенциал партнёрства
call-default-criterion-support = Поддержка на месте
call-default-criterion-feasibility = Реализуемость

calls-error-unknown = Такого конкурса нет (или он удалён).

commands-apply = Подать заявку на конкурс
commands-calls = Конкурсы: подготовить, открыть, решить
