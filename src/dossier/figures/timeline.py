"""Figure 3, the timeline: the resolved dates as events, one row each, grouped by document; a
day is a point, a period (month, season, quarter, year, financial year, range) a span. A
timeline that reaches far back gets a broken axis (:func:`panels_for`)."""

from __future__ import annotations

import math
import re
from collections import Counter

import matplotlib.dates as mdates
import pandas as pd
from matplotlib.lines import Line2D
from matplotlib.patches import Patch, Rectangle

from ..settings import CorpusSettings
from .docs import doc_colours, doc_labels, doc_texts, docs_in_order, source_line
from .frame import MAX_HEIGHT_IN, DossierFigure, NoData, frame, new_figure, styled
from .style import BLUE, darken, lighten
from .text import as_int, clean, esc, plural, require_columns, shorten, txt

TABLES = ("dates", "documents", "sentences")
ROW_IN = 0.235  # height of one row, inches
MAX_ROWS = int((MAX_HEIGHT_IN - 3.4) / ROW_IN)  # rows that fit a page; more are aggregated across documents
ALL = ""  # the one group of the aggregated timeline


def across_documents(events: list[dict], keep: int) -> tuple[list[dict], int]:
    """The events merged across documents by their calendar span (start, end), each with the
    number of documents naming it; the ``keep`` named by most documents (ties: earlier first),
    and how many merged events are left out."""
    spans: dict[tuple, dict] = {}
    for e in sorted(events, key=lambda e: (e["start"], e["end"], e["doc_id"], e["offset"])):
        key = (e["start"], e["end"])
        m = spans.get(key)
        if m is None:
            spans[key] = m = dict(e, doc_id=ALL, texts=[], docs=set(), forms=Counter())
        m["docs"].add(e["doc_id"])
        m["relative"] = m["relative"] and e["relative"]
        m["forms"].update(t for t in e["texts"])
    merged = sorted(spans.values(), key=lambda m: (-len(m["docs"]), m["start"], m["end"]))
    shown = merged[:keep]
    for m in shown:
        m["texts"] = [t for t, _ in sorted(m["forms"].items(), key=lambda kv: (-kv[1], kv[0]))[:2]]
        m["n_docs"] = len(m["docs"])
        del m["docs"], m["forms"]
    return shown, len(merged) - len(shown)


def month_year(ts: pd.Timestamp) -> str:
    return ts.strftime("%B %Y")


def date_context(text: str, a: int, b: int, lo: int | None, hi: int | None, n: int = 7) -> str:
    """A few words of the sentence around a date expression: the words after it, or the words
    before it when the sentence ends just after."""
    if not text or not 0 <= a < b <= len(text):
        return ""
    if lo is None or hi is None or not lo <= a < b <= hi:
        lo = max(0, text.rfind("\n", 0, a) + 1)
        nl = text.find("\n", b)
        hi = len(text) if nl < 0 else nl
    after = [w for w in clean(text[b:hi]).split(" ") if w]
    while after and not re.search(r"\w", after[0]):
        after = after[1:]
    if after:
        after[0] = after[0].lstrip(",;:)")
    before = [w for w in clean(text[lo:a]).split(" ") if w]
    if len(after) >= 3:
        return " ".join(after[:n]) + ("…" if len(after) > n else "")
    if before:
        return ("…" if len(before) > n else "") + " ".join(before[-n:] + [clean(text[a:b])] + after)
    return ""


def panels_for(events: list[dict]) -> list[tuple[pd.Timestamp, pd.Timestamp]]:
    """One panel for a compact timeline; otherwise a broken axis: the densest window holding two
    thirds of the events at full width, earlier / later events in narrower panels."""
    starts = sorted(e["start"] for e in events)
    first, last = starts[0], max(e["end"] for e in events)
    total = (last - first).days or 1
    n = len(starts)
    if n < 4 or total < 6 * 365:
        return [(first, last)]
    k = max(2, math.ceil(0.6 * n))
    best = min(range(n - k + 1), key=lambda i: ((starts[i + k - 1] - starts[i]).days, i))
    lo, hi_start = starts[best], starts[best + k - 1]
    hi = max(e["end"] for e in events if lo <= e["start"] <= hi_start)
    span = max((hi - lo).days, 180)
    changed = True
    while changed:  # pull in neighbours that are close to the window, or overlap it
        changed = False
        for e in events:
            close = (lo - e["start"]).days <= 0.15 * span
            overlapping = e["end"] >= lo and (e["end"] - e["start"]).days <= 0.5 * span
            if e["start"] < lo and (close or overlapping):
                lo, changed = e["start"], True
            if e["start"] > hi_start and (e["start"] - hi).days <= 0.15 * span:
                hi_start, hi, changed = e["start"], max(hi, e["end"]), True
        hi = max([hi] + [e["end"] for e in events if lo <= e["start"] <= hi_start])
        span = max((hi - lo).days, 180)
    if (hi - lo).days > 0.4 * total:
        return [(first, last)]
    panels = []
    before = [e for e in events if e["start"] < lo]
    after = [e for e in events if e["start"] > hi_start]
    if before:  # up to the last event that ends before the window (longer ones are cut by the break)
        ends = [e["end"] for e in before if e["end"] < lo] or [lo - pd.Timedelta(days=1)]
        panels.append((min(e["start"] for e in before), max(ends)))
    panels.append((lo, hi))
    if after:
        panels.append((max(min(e["start"] for e in after), hi), max(e["end"] for e in after)))
    return panels


def prepare_timeline(tables: dict[str, pd.DataFrame], settings: CorpusSettings) -> dict | NoData:
    """Events (one per document and resolved value), the panels of the time axis, the rows
    (a header per document, then its events by date) and the title stating the span."""
    dates, documents, sentences = (tables[t] for t in TABLES)
    require_columns(dates, ["doc_id", "start", "end", "text", "value", "granularity", "date_start", "date_end"],
                    "dates")
    require_columns(documents, ["doc_id"], "documents")
    require_columns(sentences, ["doc_id", "sentence", "start", "end"], "sentences")
    source = source_line(["dates", "sentences", "documents"], dates["doc_id"])
    texts = doc_texts(documents)
    sent_bounds = {(txt(d), int(s)): (int(a), int(b)) for d, s, a, b in
                   zip(sentences["doc_id"], sentences["sentence"], sentences["start"], sentences["end"])
                   if not (pd.isna(s) or pd.isna(a) or pd.isna(b))}
    rows = []
    for r in dates.astype(object).to_dict("records"):
        if not txt(r.get("value")):
            continue
        start = pd.to_datetime(txt(r.get("date_start")), errors="coerce", format="ISO8601")
        end = pd.to_datetime(txt(r.get("date_end")), errors="coerce", format="ISO8601")
        if pd.isna(start) or pd.isna(end):
            continue
        if end < start:
            start, end = end, start
        r.update(d0=start, d1=end, doc_id=txt(r["doc_id"]))
        rows.append(r)
    if not rows:
        return NoData("Timeline: no resolved dates", source, "The dates table has no date with a resolved value.")

    # one event per (document, value): 'Tuesday night' and 'Tuesday' are the same day
    merged: dict[tuple[str, str], dict] = {}
    for r in sorted(rows, key=lambda r: (r["doc_id"], as_int(r.get("start")))):
        key = (r["doc_id"], txt(r["value"]))
        if key in merged:
            e = merged[key]
            if clean(r["text"]).lower() not in [t.lower() for t in e["texts"]]:
                e["texts"].append(clean(r["text"]))
            e["n"] += 1
            continue
        text = texts.get(r["doc_id"], "")
        a, b = as_int(r.get("start"), -1), as_int(r.get("end"), -1)
        sent = r.get("sentence")
        lo, hi = sent_bounds.get((r["doc_id"], int(sent)), (None, None)) if not pd.isna(sent) else (None, None)
        context = date_context(text, a, b, lo, hi)
        gran = txt(r.get("granularity"))
        is_day = gran == "day" or r["d0"] == r["d1"]
        merged[key] = dict(doc_id=r["doc_id"], texts=[clean(r["text"])], context=context, start=r["d0"],
                           end=r["d1"], gran=gran, day=is_day, relative=bool(r.get("relative") is True), n=1,
                           offset=a)
    events = list(merged.values())
    n_docs = len({e["doc_id"] for e in events})
    hidden = 0
    if n_docs + len(events) > MAX_ROWS:  # too many rows for a page: dates across documents, the most named
        events, hidden = across_documents(events, MAX_ROWS - 1)
    doc_order = docs_in_order(documents, [e["doc_id"] for e in events])
    colours = doc_colours(documents, [e["doc_id"] for e in events])
    labels = doc_labels(e["doc_id"] for e in events)
    published = {}
    if "published" in documents.columns and not hidden:
        published = {txt(d): pd.to_datetime(txt(p), errors="coerce", format="ISO8601")
                     for d, p in zip(documents["doc_id"], documents["published"])}
    if hidden:
        doc_order, colours = [ALL], {ALL: BLUE}
        labels = {ALL: f"{n_docs} documents: the {len(events)} dates named by most documents"}

    for e in events:
        e["x0"] = mdates.date2num(e["start"].to_pydatetime())
        e["x1"] = mdates.date2num((e["end"] + pd.Timedelta(days=1)).to_pydatetime())  # end is inclusive
    panels = panels_for([dict(start=e["start"], end=e["end"]) for e in events])

    # rows: a header per document, then its events by date
    ylabels, ystyles, placed = [], [], []
    by_doc: dict[str, list[dict]] = {}
    for e in events:
        by_doc.setdefault(e["doc_id"], []).append(e)
    for d in doc_order:
        ylabels.append(esc(shorten(labels[d], 60 if not hidden else 90)))
        ystyles.append(("head", d))
        for e in sorted(by_doc[d], key=lambda e: (e["start"], e["end"], e["offset"])):
            head = " / ".join(e["texts"])
            lab = f"{head}: {e['context']}" if e["context"] else head
            lab = f"{shorten(lab, 60)} · {plural(e['n_docs'], 'document')}" if hidden else shorten(lab, 78)
            ylabels.append(esc(lab))
            ystyles.append(("event", d))
            placed.append((len(ylabels) - 1, e))

    n_days = sum(1 for e in events if e["day"])
    n_spans = len(events) - n_days
    if len(panels) > 1:
        # the main (wide) panel is the one with the most events starting in it
        main = max(panels, key=lambda p: (sum(1 for e in events if p[0] <= e["start"] <= p[1]), -panels.index(p)))
        n_main = sum(1 for e in events if main[0] <= e["start"] <= main[1])
        oldest = min(events, key=lambda e: e["start"])
        title = (f"{n_main} of the {len(events)} dated events fall between {month_year(main[0])} and "
                 f"{month_year(main[1])}; the oldest goes back to {oldest['start'].year}")
    else:
        main = panels[0]
        first = min(e["start"] for e in events)
        last = max(e["end"] for e in events)
        if len(events) == 1:
            title = f"One dated event: {' / '.join(events[0]['texts'])} ({month_year(first)})"
        else:
            title = f"The {len(events)} dated events run from {month_year(first)} to {month_year(last)}"
    rows_are = ("one row per date, across documents (the most often named)" if hidden
                else "one row per event, grouped by document")
    subtitle = (f"Every date the documents give, resolved to the calendar; {rows_are}. "
                f"A day is a point ({n_days}); a month, season, quarter, year or financial year is a span from its "
                f"first to last day ({n_spans}). Hollow marks were resolved relative to the publication date (◆)."
                + (" The time axis is broken: narrow panels hold the earlier/later events." if len(panels) > 1
                   else "") + " Recurrences and unresolved expressions are left out."
                + (f" Shown: the {len(events)} dates named in most documents (ties: earlier first); {hidden:,} more "
                   f"not shown." if hidden else ""))
    return dict(title=title, subtitle=subtitle, source=source, events=events, doc_order=doc_order, colours=colours,
                published=published, panels=panels, main=main, ylabels=ylabels, ystyles=ystyles, placed=placed)


@styled
def draw_timeline(data: dict) -> DossierFigure:
    title, subtitle, source = data["title"], data["subtitle"], data["source"]
    events, doc_order, colours, published = data["events"], data["doc_order"], data["colours"], data["published"]
    panels, main, ylabels, ystyles, placed = (data[k] for k in ("panels", "main", "ylabels", "ystyles", "placed"))
    handles = [Line2D([], [], ls="", marker="o", ms=7, mfc="#555555", mec="#555555"),
               Patch(fc="#555555", ec="#555555"),
               Line2D([], [], ls="", marker="o", ms=7, mfc="white", mec="#555555", mew=1.6),
               Patch(fc=lighten("#555555", 0.75), ec="#555555"),
               Line2D([], [], ls="", marker="D", ms=6, color="#555555")]
    legend = (handles, ["a day", "a period (first to last day)", "a day, resolved relative to publication",
                        "a period, resolved relative to publication", "publication date"], 5)
    n_rows = len(ylabels)
    fig = new_figure(12.5, ROW_IN * n_rows + 3.4)
    frame(fig, esc(title), esc(subtitle), source, legend=legend)
    widths = [1.0 if p == main else 0.38 for p in panels]
    gs = fig.add_gridspec(1, len(panels), width_ratios=widths, wspace=0.04)
    axes = []
    for pi, (p0, p1) in enumerate(panels):
        ax = fig.add_subplot(gs[0, pi], sharey=axes[0] if axes else None)
        axes.append(ax)
        x0, x1 = mdates.date2num(p0.to_pydatetime()), mdates.date2num((p1 + pd.Timedelta(days=1)).to_pydatetime())
        pad = max(0.03 * (x1 - x0), 12)
        if pi < len(panels) - 1:  # never show the next panel's first days at this panel's edge
            nxt = mdates.date2num(panels[pi + 1][0].to_pydatetime())
            pad = max(1.0, min(pad, (nxt - x1) / 2))
        if pi > 0:
            prev = mdates.date2num((panels[pi - 1][1] + pd.Timedelta(days=1)).to_pydatetime())
            pad = max(1.0, min(pad, (x0 - prev) / 2))
        ax.set_xlim(x0 - pad, x1 + pad)
        lo_x, hi_x = x0 - pad, x1 + pad
        near_end = x1 + pad - 0.14 * (x1 - x0 + 2 * pad)
        # alternate document bands
        row = 0
        for di, d in enumerate(doc_order):
            n_ev = sum(1 for e in events if e["doc_id"] == d)
            if di % 2 == 0:
                ax.axhspan(row - 0.5, row + n_ev + 0.5, color="#f3f3f3", lw=0, zorder=0)
            pub = published.get(d)
            if pub is not None and not pd.isna(pub) and lo_x <= mdates.date2num(pub.to_pydatetime()) <= hi_x:
                ax.plot([mdates.date2num(pub.to_pydatetime())], [row], ls="", marker="D", ms=5.5, color=colours[d],
                        mec="white", mew=0.6, zorder=4, clip_on=True)
            row += n_ev + 1
        for yi, e in placed:
            c = colours[e["doc_id"]]
            if e["day"]:
                if not lo_x <= e["x0"] + 0.5 <= hi_x:  # a point belongs to one panel only
                    continue
                ax.plot([e["x0"] + 0.5], [yi], ls="", marker="o", ms=6.5, mfc="white" if e["relative"] else c,
                        mec=c, mew=1.6, zorder=5)
            else:
                ax.add_patch(Rectangle((e["x0"], yi - 0.28), e["x1"] - e["x0"], 0.56,
                                       fc=lighten(c, 0.75) if e["relative"] else c, ec=c, lw=1.2, zorder=3))
                if e["gran"] and p0 <= e["end"] and e["start"] <= p1 + pd.Timedelta(days=1):
                    gran = e["gran"].replace("_", " ")
                    at_end = e["x1"] > near_end
                    ax.annotate(esc(gran), (e["x0"] if at_end else e["x1"], yi), xytext=(-4 if at_end else 4, 0),
                                textcoords="offset points", va="center", ha="right" if at_end else "left",
                                fontsize=7, color="#666666", clip_on=True, zorder=6)
        ax.xaxis.set_major_locator(loc := mdates.AutoDateLocator(minticks=3, maxticks=7 if p0 == main[0] else 4))
        ax.xaxis.set_major_formatter(mdates.ConciseDateFormatter(loc, show_offset=False))
        ax.grid(axis="x", color="#e0e0e0", lw=0.6)
        ax.set_axisbelow(True)
        ax.tick_params(axis="y", length=0)
        if pi > 0:
            ax.tick_params(axis="y", labelleft=False)
            ax.spines["left"].set_visible(False)
        if pi < len(panels) - 1:
            ax.spines["right"].set_visible(False)
        # break marks
        kw = dict(transform=ax.transAxes, color="#666666", clip_on=False, lw=1)
        if pi < len(panels) - 1:
            ax.plot([1 - 0.012 / widths[pi], 1 + 0.012 / widths[pi]], [-0.012, 0.012], **kw)
        if pi > 0:
            ax.plot([-0.012 / widths[pi], 0.012 / widths[pi]], [-0.012, 0.012], **kw)
    axes[0].set_yticks(range(n_rows), ylabels)
    axes[0].set_ylim(n_rows - 0.5, -0.7)
    for tl, (kind, d) in zip(axes[0].get_yticklabels(), ystyles):
        if kind == "head":
            tl.set_fontweight("bold")
            tl.set_color(darken(colours[d]))
            tl.set_fontsize(9)
        else:
            tl.set_fontsize(8)
            tl.set_color("#333333")
    return fig


# --------------------------------------------------------------------------------------------
