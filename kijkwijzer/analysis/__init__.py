"""Conversation analytics computed on the machine (issue 13): who speaks when, how turns go, how far reviewers
agree. Pure computation on arrays and domain values; decoding audio and storing results is the services' job."""
