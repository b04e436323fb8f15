## Конкурсы праграмы: з чаго пачынаецца новы конкурс (адміністратар можа ўсё змяніць).

call-default-title = Twin City Booster: падайце заяўку як гарады-пабрацімы
call-default-text = Twin City Booster запрашае гарады, асацыяцыі пабрацімства і ініцыятывы з Беларусі, Германіі, Расіі і Украіны, у якіх ёсць або плануецца партнёрства гарадоў. Падайце заяўку разам з горадам-партнёрам: кожны горад адказвае на сваёй мове. Адміністрацыя горада пацвярджае падтрымку падпісаным лістом.
call-default-question-who = Хто вы? Назавіце абодва гарады і вашу арганізацыю.
call-default-question-hopes = Чаго вы чакаеце ад партнёрства?
call-default-question-why = Чаму вы хочаце ўдзельнічаць?
call-default-question-else = Ці хочаце вы паведаміць нам яшчэ штосьці?
call-default-document-support = Ліст падтрымкі ад адміністрацыі горада (падпісаны)
call-default-criterion-motivation = Матывацыя
call-default-criterion-potential = Патэнцыял партнёрства
call-default-criterion-support = Падтрымка на месцы
call-default-criterion-feasibility = Выканальнасць

calls-error-unknown = Такога конкурсу няма (або ён выдалены).

commands-apply = Падаць заяўку на конкурс
commands-calls = Конкурсы: падрыхтаваць, адкрыць, вырашыць
