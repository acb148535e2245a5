"""What every copy of the outlet under tests/ shares: seeds, text tables, server, crawl, scorer.

Each copy (othersite, thirdsite, fourthsite, fifthsite, sixthsite) keeps its own templates; this
package only holds the parts that have nothing to do with markup: ``catalogue`` (the article
record, id numbering, lookups and the router's article/404 tail of the newer copies) and
``stories`` (their headlines, paragraph pools, rubrics, tags and sources) among them;
``site`` (the four known stories and the standard article list), ``routes`` (robots.txt,
404s, redirects, the listing's page number and the plain paged router), ``crawl`` (a copy
crawled as a user does and scored) and ``checks`` (what the copies' test modules share: their
server fixtures, one logged crawl, the fetched-once, robots, redirect, 404 and listing checks).
"""
