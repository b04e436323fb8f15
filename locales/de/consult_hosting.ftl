## consult_hosting
