"""A thirty-sixth copy of ic24.kz whose articles carry their photos in every way pages do: lazy
images with placeholders, ``srcset``/``<picture>``, ``<noscript>``-only images, CSS backgrounds,
CDN resizer variants of one photo, galleries with lightboxes, photo reports, video and social
embeds, infographics, captions and credits in many forms, and the icons, logos, avatars, banners,
pixels and emoji that are no photo of the article.
"""
