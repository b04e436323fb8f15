## toolbox_admin
