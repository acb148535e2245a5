"""A twenty-first copy of ic24.kz whose articles come in the formats a newsroom publishes beyond
the plain story: photo reportages, video news with a hidden transcript, infographics,
interviews, opinion columns, live blogs, numbered digests and press releases, in one plain
custom template (its own class names), Russian, English and Kazakh.
"""
