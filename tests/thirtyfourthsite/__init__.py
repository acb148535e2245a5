"""A thirty-fourth copy of ic24.kz in markup with no class or id hooks: a hand-written classless
HTML5 template (``header``/``main``/``article``/``aside``/``figure``/``dl``/``time`` only), div
pages whose only structure is ARIA (``role="main"``, ``role="article"``, ``role="heading"``,
``aria-label="Теги"``, ``aria-describedby``) and a visual editor's export held together by inline
``style=""`` alone (bold spans for headings, a grey small date line, a sidebar floated right).
Facts are written the way a person writes them ("Опубликовано 3 марта 2024 года в 14:05",
"Автор фото — …", "Рубрика — Экономика", "Метки: …", "Просмотры: 1 204"), related stories are a
plain list after a heading, and the listing is paginated as ``/novosti?page=N``.
"""
