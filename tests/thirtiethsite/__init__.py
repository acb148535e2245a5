"""A thirtieth copy of ic24.kz about syndication and the editorial life of a story: agency
stories republished with a canonical link to the agency, updated and corrected stories, several
bylines and roles, exclusive/sponsored labels, series in parts, timelines, key-point boxes and
Russian/English translations linking each other, in a plain custom template of its own.
"""
