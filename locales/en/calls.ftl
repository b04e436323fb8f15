## Programme calls: what a new call starts with (the administrator can change all of it).

call-default-title = Twin City Booster: apply as partner cities
call-default-text = The Twin City Booster invites cities, partnership associations and initiatives from Belarus, Germany, Russia and Ukraine with an existing or planned city partnership. Apply together with your partner city: each city answers in its own language. The city administration confirms its support with a signed statement.
call-default-question-who = Who are you? Name both cities and your institution.
call-default-question-hopes = What do you hope for from the partnership?
call-default-question-why = Why do you want to take part?
call-default-question-else = Is there anything else you would like to tell us?
call-default-document-support = Support statement of the city administration (signed)
call-default-criterion-motivation = Motivation
call-default-criterion-potential = Partnership potential
call-default-criterion-support = Local support
call-default-criterion-feasibility = Feasibility

calls-error-unknown = This call does not exist (any more).

commands-apply = Apply for a programme call
commands-calls = Programme calls: prepare, open, decide
