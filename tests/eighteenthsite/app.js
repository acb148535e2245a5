// The shells' front end: renders the page's record from the embedded state into the mount
// point, as the outlet's app would (a browser crawl sees this; a plain-HTTP crawl does not).
(function () {
  function nextRecord() {
    var el = document.getElementById("__NEXT_DATA__");
    if (!el) return null;
    var a = JSON.parse(el.textContent).props.pageProps.article;
    return {mount: "__next", title: a.title, when: a.publishedAt, rubric: a.rubric && a.rubric.name,
            tags: a.tags.map(function (t) { return t.name; }), views: a.views,
            cover: a.cover && {src: a.cover.src, credit: a.cover.credit}, content: a.content,
            source: a.source && a.source.name};
  }
  function stateRecord() {
    var s = window.__INITIAL_STATE__;
    if (!s || !s.news) return null;
    var a = s.news.items[s.news.currentId];
    return {mount: "app", title: a.headline, when: a.date, rubric: a.category,
            tags: a.tags.map(function (t) { return t.title; }), views: a.counters.views,
            cover: a.image && {src: a.image.src, credit: a.image.author}, content: a.body,
            source: a.sourceName};
  }
  function apolloRecord() {
    var el = document.querySelector("script[data-state]");
    if (!el) return null;
    var cache = JSON.parse(el.textContent), root = cache.ROOT_QUERY, a = null;
    Object.keys(root).forEach(function (k) { if (k.indexOf("article(") === 0) a = cache[root[k].__ref]; });
    return {mount: "root", title: a.title, when: a.publishedAt,
            rubric: a.rubric && cache[a.rubric.__ref].title,
            tags: a.tags.map(function (t) { return cache[t.__ref].name; }), views: a.viewCount,
            cover: a.cover && {src: a.cover.src, credit: a.cover.copyright},
            content: a.body || a.bodyHtml, source: a.source && a.source.name};
  }
  function esc(text) { var d = document.createElement("div"); d.textContent = text; return d.innerHTML; }
  function shownDate(when) {
    if (typeof when === "string" && when.indexOf("T") < 0) return when.split("-").reverse().join(".");
    var opts = {timeZone: "Asia/Almaty", day: "2-digit", month: "2-digit", year: "numeric",
                hour: "2-digit", minute: "2-digit", hour12: false};
    return new Intl.DateTimeFormat("ru-RU", opts).format(new Date(when));
  }
  function body(content) {
    if (typeof content === "string") return content;
    return content.map(function (b) {
      if (b.type === "paragraph") return "<p>" + esc(b.text) + "</p>";
      if (b.type === "quote") return "<blockquote><p>" + esc(b.text) + "</p></blockquote>";
      if (b.type === "image") return '<figure><img src="' + b.src + '" alt=""></figure>';
      return "";
    }).join("");
  }
  var a = nextRecord() || stateRecord() || apolloRecord();
  if (!a) return;
  var html = '<article class="story">';
  html += '<div class="story__meta">' + (a.rubric ? '<a class="story__rubric">' + esc(a.rubric) + "</a>" : "");
  html += '<span class="story__date">' + shownDate(a.when) + "</span>";
  if (a.views !== null && a.views !== undefined) html += '<span class="story__views">' + a.views + "</span>";
  html += "</div><h1>" + esc(a.title) + "</h1>";
  if (a.cover) html += '<figure class="story__cover"><img src="' + a.cover.src + '" alt="">' +
      (a.cover.credit ? "<figcaption>Фото: " + esc(a.cover.credit) + "</figcaption>" : "") + "</figure>";
  html += '<div class="story__text">' + body(a.content) + "</div>";
  if (a.source) html += '<p class="story__source">Источник: ' + esc(a.source) + "</p>";
  if (a.tags.length) html += '<div class="story__tags">' + a.tags.map(function (t) {
    return '<a href="/tags/">' + esc(t) + "</a>"; }).join("") + "</div>";
  document.getElementById(a.mount).innerHTML = html + "</article>";
  document.title = a.title + " | Центр информации";
})();
