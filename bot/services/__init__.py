"""Use cases: domain rules plus repositories, one method per user intent."""
