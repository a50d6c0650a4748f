"""Figures that explain the story told by the tables: one module per figure, one registry.

Every figure is a pair of functions in its own module: ``prepare_X(tables, settings) -> data``
computes everything the figure says (rows, positions, colours, its title stating the finding,
computed from the data and never written for one corpus) as plain data, tested without
drawing; ``draw_X(data) -> Figure`` draws it. A ``prepare`` that finds nothing to draw returns
:class:`~dossier.figures.frame.NoData`, and ``draw`` then draws a figure that says so.

=================  ==========================================================================
``actors``         network of entities linked by typed relations, coloured by side
``numbers``        the quantities with their qualifiers, one panel (own axis) per thing counted
``timeline``       the resolved dates as events, a day as a point, a period as a span
``places``         map of the places and countries mentioned
``voices``         who is quoted, by side, stacked by kind of quote
``story``          where each actor appears across one document's paragraphs
``across_sources`` entity x document matrix, and the same figure reported by several sources
=================  ==========================================================================

A new figure is one module with ``prepare_X`` / ``draw_X`` and one :class:`Spec` in
:data:`FIGURES`. Shared pieces: ``style`` (palette, fonts, rcParams), ``frame`` (title, subtitle,
source line, no-data figure, saving with fixed metadata), ``labels`` and ``place`` (text measured
by the renderer, labels placed without overlap), ``geo`` (the GeoJSON reader), ``sides``
(grouping actors into sides), ``text`` and ``docs`` (cells, numbers, document labels).
Corpus-specific choices (the focus document, which countries are sides) come from
:class:`dossier.settings.CorpusSettings`, inferred from the tables by default.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pandas as pd
from matplotlib.figure import Figure

from .. import config
from .. import settings as settings_module
from ..settings import CorpusSettings
from . import claims as claims_figure
from . import sources as sources_figure
from . import across_sources, actors, numbers, places, story, timeline, voices
from .frame import DossierFigure, NoData, save


@dataclass(frozen=True)
class Spec:
    """One figure: its file name, the caption the report shows, the tables it reads, and its
    two functions."""

    name: str
    caption: str
    tables: tuple[str, ...]
    prepare: Callable[[dict[str, pd.DataFrame], CorpusSettings], object]
    draw: Callable[[object], Figure]


FIGURES: tuple[Spec, ...] = (
    Spec("actors", "Who acts with whom: entities sized by mentions, coloured by side, with the relations the texts "
         "state.", actors.TABLES, actors.prepare_actors, actors.draw_actors),
    Spec("numbers", "The figures in the corpus, grouped by what they count, with their qualifiers (about, more "
         "than, only).", numbers.TABLES, numbers.prepare_numbers, numbers.draw_numbers),
    Spec("timeline", "The dates of the corpus as events; a month, season or financial year is drawn as a span.",
         timeline.TABLES, timeline.prepare_timeline, timeline.draw_timeline),
    Spec("places", "The places mentioned, on Natural Earth country outlines.", places.TABLES,
         places.prepare_places, places.draw_places),
    Spec("voices", "Who is quoted or cited, and how: direct speech, scare quotes, accusations without a named "
         "source.", voices.TABLES, voices.prepare_voices, voices.draw_voices),
    Spec("story", "Where each actor appears across the paragraphs of the corpus's focus document.", story.TABLES,
         story.prepare_story, story.draw_story),
    Spec("across_sources", "Which entities each document mentions, and the same figure reported by several "
         "sources.", across_sources.TABLES, across_sources.prepare_across_sources,
         across_sources.draw_across_sources),
    Spec("sources", "Where each paragraph of the focus document came from (press release, parliamentary record, "
         "wire, other outlet, no source found), with the longest matches; who took from whom.",
         sources_figure.TABLES, sources_figure.prepare_reuse, sources_figure.draw_reuse),
    Spec("claims", "Who states each figure and how firmly (stated, attributed, estimated, hedged, disputed, "
         "projected), and the claims checked against the official record: a dot per claim, a tick per official "
         "value.", claims_figure.TABLES, claims_figure.prepare_claims, claims_figure.draw_claims),
)
REGISTRY: dict[str, Spec] = {spec.name: spec for spec in FIGURES}
NAMES: tuple[str, ...] = tuple(REGISTRY)
CAPTIONS: dict[str, str] = {spec.name: spec.caption for spec in FIGURES}

__all__ = ["FIGURES", "REGISTRY", "NAMES", "CAPTIONS", "Spec", "DossierFigure", "NoData", "default_settings",
           "prepare", "draw", "finding", "make", "save", "render_all"]


def default_settings(tables: dict[str, pd.DataFrame]) -> CorpusSettings:
    """The settings inferred from the tables (:func:`dossier.settings.infer`)."""
    return settings_module.infer(tables)


def _tables_for(spec: Spec, tables: dict[str, pd.DataFrame]) -> dict[str, pd.DataFrame]:
    """The tables a figure reads; a declared table the run did not write is empty (the figure then
    says it has no data), an undeclared one is an error."""
    from ..schema import TABLES, to_frame

    missing = sorted(set(spec.tables) - set(tables))
    unknown = [t for t in missing if t not in TABLES]
    if unknown:
        raise KeyError(f"the {spec.name} figure needs the tables {unknown}")
    return {t: tables[t] if t in tables else to_frame([], t) for t in spec.tables}


def prepare(name: str, tables: dict[str, pd.DataFrame], settings: CorpusSettings | None = None):
    """The plain data of one figure (or :class:`NoData`)."""
    spec = REGISTRY[name]
    settings = settings if settings is not None else default_settings(tables)
    return spec.prepare(_tables_for(spec, tables), settings)


def draw(name: str, data) -> Figure:
    return REGISTRY[name].draw(data)


def finding(data) -> str:
    """The sentence a figure states, computed from the tables: its title (or, with no data, what
    is missing), for a notebook to print above the figure."""
    if isinstance(data, NoData):
        return f"{data.title}. {data.message}"
    title = data.get("title", "") if isinstance(data, dict) else getattr(data, "title", "")
    return title[:1].upper() + title[1:]


def make(name: str, tables: dict[str, pd.DataFrame], settings: CorpusSettings | None = None) -> Figure:
    """Prepare and draw one figure from the tables."""
    return draw(name, prepare(name, tables, settings))


def render_all(tables: dict[str, pd.DataFrame], folder=config.FIGURES,
               settings: CorpusSettings | None = None) -> dict[str, list[Path]]:
    """Draw and save every figure from the pipeline's tables; returns {figure name: [svg, png]}."""
    settings = settings if settings is not None else default_settings(tables)
    out = {}
    for spec in FIGURES:
        fig = make(spec.name, tables, settings)
        out[spec.name] = save(fig, spec.name, folder)
        del fig
    return out
