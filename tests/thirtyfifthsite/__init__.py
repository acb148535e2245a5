"""A thirty-fifth copy of ic24.kz whose markup is hard to parse: minified one-line pages,
upper-case tags, omitted end tags, text as entities, XHTML served as XML, ``<base href>``, a BOM
against the declared charsets, decoy comments, ``<noscript>`` and ``<template>`` copies,
declarative shadow DOM, ``<iframe srcdoc>``, stray and missing ``</div>``, NUL bytes."""
