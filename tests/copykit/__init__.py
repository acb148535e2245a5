"""What every copy of the outlet under tests/ shares: seeds, text tables, server, crawl, scorer.

Each copy (othersite, thirdsite, fourthsite, fifthsite) keeps its own templates; this package
only holds the parts that have nothing to do with markup.
"""
