"""A fortieth copy of ic24.kz about field value formats: every scored field written in many
spellings across pages (view counts as "1,2 тыс.", "12к", "1.2K", attributes only; tags as
hashtags, clouds with counts, semicolon lists, keywords only; rubric paths, capitals, emoji;
two sources, URLs, quotes; photo credits with ©, dashes, "Photo by", "Сурет:"; datelines in
capitals or with "қаласы"; dates in nine forms; titles with soft hyphens and no-break spaces).
"""
