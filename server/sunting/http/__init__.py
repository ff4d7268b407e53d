"""The HTTP door: ``sunting serve --http``, LanguageTool's HTTP API v2 answered by sunting.

Every LanguageTool client (LibreOffice's "LanguageTool Remote", the browser add-ons, Obsidian,
LTeX, language-tool-python) becomes a sunting client. ``app`` is the ASGI application,
``service`` what a request asks of the project layer, ``params``/``annotated`` read the
request, :mod:`sunting.output.languagetool` writes the answer, ``serve`` runs it under uvicorn.
"""
