"""Claims: who states each figure, how firmly, and what the official record says.

``extract`` turns a document's quantities into claims (source, status, statistic key) and the
links between them; ``record`` groups claims of the same statistic across documents and checks
them against the reviewed official figures in ``data/reference/statistics.csv``; ``figure``
draws both.
"""
