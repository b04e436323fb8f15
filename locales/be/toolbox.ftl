## toolbox
