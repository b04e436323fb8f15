## stories
