"""The twenty-first copy's page wording, by language (Kazakh pages carry Kazakh labels)."""

from __future__ import annotations

KIND = {
    "ru": {"photo": "Фоторепортаж", "video": "Видео", "infographic": "Инфографика",
           "interview": "Интервью", "opinion": "Мнение", "live": "Онлайн-трансляция",
           "digest": "Дайджест", "release": "Пресс-релиз"},
    "en": {"photo": "Photo report", "video": "Video", "infographic": "Infographics",
           "interview": "Interview", "opinion": "Opinion", "live": "Live", "digest": "Digest",
           "release": "Press release"},
    "kk": {"photo": "Фоторепортаж", "video": "Бейне", "infographic": "Инфографика",
           "interview": "Сұхбат", "opinion": "Пікір", "live": "Тікелей трансляция",
           "digest": "Дайджест", "release": "Баспасөз релизі"},
}
WORDS = {
    "ru": {"home": "Главная", "views": "Просмотров", "tags": "Теги", "photo": "Фото", "pic": "Фото",
           "shot": "Фото {n} из {total}", "infographic": "Инфографика", "source": "Источник",
           "transcript": "Расшифровка видео", "bio": "Справка", "started": "Начало трансляции",
           "updated": "Обновлено", "more": "Читайте также", "phone": "тел.",
           "news": "Новости", "next": "Далее", "missing": "Страница не найдена"},
    "en": {"home": "Home", "views": "Views", "tags": "Tags", "photo": "Photo", "pic": "Photo",
           "shot": "Photo {n} of {total}", "infographic": "Infographics", "source": "Источник",
           "transcript": "Video transcript", "bio": "About", "started": "Started",
           "updated": "Updated", "more": "Read also", "phone": "tel.", "news": "News",
           "next": "Next", "missing": "Page not found"},
    "kk": {"home": "Басты бет", "views": "Қаралды", "tags": "Тегтер",
           "photo": "Суретті түсірген", "pic": "Сурет", "shot": "{total} суреттің {n}-і",
           "infographic": "Инфографика", "source": "Дереккөз", "transcript": "Бейнежазба мәтіні",
           "bio": "Анықтама", "started": "Трансляция басталды", "updated": "Жаңартылды",
           "more": "Сондай-ақ оқыңыз", "phone": "тел.", "news": "Жаңалықтар",
           "next": "Келесі", "missing": "Бет табылмады"},
}
