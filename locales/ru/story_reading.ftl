## story_reading
