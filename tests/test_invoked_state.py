"""Nuxt 2 states: ``window.__NUXT__=(function(a,b){return {…}}("ru",…))`` read as data, the
parameters bound to the call's literal arguments; anything that is not a literal reads as
unknown, never as an error."""

from __future__ import annotations

from kznews import article_from_html
from kznews.extract.jsliteral import invoked_states

URL = "http://h/en/news/floods-in-the-north-u61001"
P1 = "Spring floods reached three villages in the north of the region on Tuesday night."
P2 = "Rescuers moved two hundred residents to schools and sports halls in the district."


def _page(script: str) -> str:
    return ('<!doctype html><html><head><title>News portal</title></head><body>'
            '<div id="__nuxt"><div class="spinner"></div></div>'
            f"<script>{script}</script><script src=\"/_nuxt/app.js\"></script></body></html>")


def _nuxt(article: str, args: str) -> str:
    return ("window.__NUXT__=(function(p,q,r,s,t){return {layout:'main',data:[{item:"
            f"{article}}}],error:s,state:{{ready:!0,list:[]}},serverRendered:true}}}}({args}));")


def test_invoked_nuxt_state_gives_the_article_with_arguments_bound() -> None:
    body = (f"\\u003Cp\\u003E{P1}\\u003C\\u002Fp\\u003E\\u003Cp\\u003E{P2}"
            "\\u003C\\u002Fp\\u003E")
    article = (f"{{id:61001,title:'Floods reach three villages',locale:p,"
               f"createdAt:\"2023-03-12T04:10:00.000Z\",section:{{name:q}},views:r,"
               f"stamp:new Date(1710216600000),flag:void 0,score:r*2,body:\"{body}\"}}")
    rec = article_from_html(_page(_nuxt(article, "\"en\",\"Regions\",1204,null,void 0")), URL)
    assert rec is not None
    assert rec["title"] == "Floods reach three villages"
    assert rec["body"] == f"{P1}\n\n{P2}"
    assert rec["published_at"] == "2023-03-12T10:10:00+06:00"
    assert (rec["category"], rec["views"], rec["lang"]) == ("Regions", 1204, "en")


def test_literal_reader_reads_js_values_and_leaves_expressions_unknown() -> None:
    code = ("self.__STATE__=function(a,b){return {'k':a,\"n\":-1.5e1,h:0x1F,l:[1,,b],"
            "u:undefined,c:call(a, \"),\"),o:{a},m:a.b,z:'it\\'s \\u00e9'}}(\"x\",[true,false]);")
    assert list(invoked_states(code)) == [
        {"k": "x", "n": -15.0, "h": 31, "l": [1, None, [True, False]], "u": None, "c": None,
         "o": {"a": "x"}, "m": None, "z": "it's é"}]


def test_unreadable_or_plain_function_scripts_give_nothing() -> None:
    assert list(invoked_states("window.__NUXT__=(function(a){return {t:'open")) == []
    assert list(invoked_states("window.f=function(a){return a+1}(2)")) == []
    assert list(invoked_states("window.__NUXT__=(function(a){return " + "[" * 500)) == []


def test_a_page_printing_its_text_keeps_its_own_rules_beside_an_invoked_state() -> None:
    body = f"\\u003Cp\\u003E{P1}\\u003C\\u002Fp\\u003E\\u003Cp\\u003E{P2}\\u003C\\u002Fp\\u003E"
    article = f"{{id:61001,title:'Floods reach three villages',locale:p,body:\"{body}\"}}"
    state = _nuxt(article, '"en",null,null,null,null')
    html = ('<!doctype html><html><head><title>Floods reach three villages</title></head><body>'
            '<div id="__nuxt"><article class="story"><h1>Floods reach three villages</h1>'
            '<div class="story-meta"><span class="when">12 March 2023, 10:10</span></div>'
            f'<div class="story-text"><p>{P1}</p><p>{P2}</p></div></article></div>'
            f"<script>{state}</script></body></html>")
    rec = article_from_html(html, URL)
    assert rec is not None
    assert rec["body"] == f"{P1}\n\n{P2}"
    assert rec["extraction"]["body"] != "state:body"
    assert rec["published_at"] == "2023-03-12T10:10:00+06:00"
