//! `cop report html`: one self-contained page for the core group and sponsors.
//!
//! Inline CSS and SVG, no script, no external request: it can be mailed, opened
//! offline, or printed on A4. Built with maud, whose templates are checked when cop
//! is compiled and escape every value unless told otherwise, so a member called
//! `<script>` shows as text. Every chart has its numbers in a table beneath it.

mod charts;

use chrono::NaiveDate;
use maud::{DOCTYPE, Markup, PreEscaped, html};

use crate::domain::assist::FollowUp;
use crate::domain::engagement::Level;
use crate::domain::movement::Movement;
use crate::domain::story::Story;
use crate::output::movement::{before_sentences, total_matrix};
use crate::output::report::{GrowthRow, percent};

/// A learning need and what covers it.
#[derive(Clone, Debug)]
pub struct NeedLine {
    pub need: String,
    pub members: u32,
    pub experts: u32,
    /// Popups (not cancelled) tagged with it: `(id, title, status)`.
    pub popups: Vec<(i64, String, String)>,
}

/// What happened in one month.
#[derive(Clone, Debug)]
pub struct MonthCounts {
    pub month: String,
    pub popups_proposed: u32,
    pub popups_done: u32,
    pub assists: u32,
    pub sessions: u32,
}

/// One facilitator in the rotation.
#[derive(Clone, Debug)]
pub struct Facilitator {
    pub name: String,
    pub facilitated: u32,
    pub planned: u32,
    pub last: Option<NaiveDate>,
}

/// Everything the page shows, gathered by `commands::report::html`.
#[derive(Clone, Debug)]
pub struct CommunityReport {
    pub community: String,
    pub as_of: NaiveDate,
    pub window_days: u32,
    pub levels: Vec<GrowthRow>,
    pub movement: Movement,
    /// The most needed learning needs; `needs_total` counts them all.
    pub needs: Vec<NeedLine>,
    pub needs_total: usize,
    pub needs_uncovered: usize,
    pub activity: Vec<MonthCounts>,
    pub open_followups: usize,
    /// The overdue next steps, oldest due first; `overdue_total` counts them all.
    pub overdue: Vec<FollowUp>,
    pub overdue_total: usize,
    /// The most frequent facilitators of the months shown; the rest summed.
    pub facilitators: Vec<Facilitator>,
    pub other_facilitators: (usize, u32),
    pub stories: Vec<Story>,
    pub stories_total: usize,
}

const CSS: &str = r#"
:root { --ink: #1d2b36; --muted: #5b6770; --line: #d4dbe0; --accent: #1b4965; }
* { box-sizing: border-box; }
body { font: 15px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, Helvetica, Arial, sans-serif;
       color: var(--ink); margin: 0 auto; max-width: 1000px; padding: 24px 32px 48px; background: #fff; }
header { border-bottom: 3px solid var(--accent); margin-bottom: 16px; padding-bottom: 16px; }
h1 { font-size: 28px; margin: 0 0 4px; }
h2 { font-size: 20px; margin: 0 0 8px; color: var(--accent); }
.sub { color: var(--muted); margin: 0 0 12px; }
section { margin: 28px 0; break-inside: avoid; page-break-inside: avoid; }
.figures { display: flex; flex-wrap: wrap; gap: 12px; margin: 12px 0 0; padding: 0; list-style: none; }
.figures li { border: 1px solid var(--line); border-radius: 6px; padding: 8px 14px; min-width: 140px; }
.figures b { display: block; font-size: 24px; }
svg.chart { width: 100%; height: auto; display: block; margin: 8px 0 4px; }
svg text { font-size: 12px; fill: var(--ink); }
svg .axis text { fill: var(--muted); font-size: 11px; }
svg .grid { stroke: var(--line); stroke-width: 1; }
svg .zero { stroke: var(--ink); stroke-width: 1; }
.legend { margin: 0 0 8px; color: var(--muted); font-size: 13px; }
.key { margin-right: 14px; white-space: nowrap; }
table { border-collapse: collapse; min-width: 60%; margin: 6px 0; font-size: 13px; }
table.needs, table.overdue, table.rotation { width: 100%; }
caption { text-align: left; color: var(--muted); padding: 4px 0; font-size: 13px; }
th, td { border-bottom: 1px solid var(--line); padding: 4px 12px; text-align: left; vertical-align: top; }
td.n, th.n { text-align: right; font-variant-numeric: tabular-nums; }
thead th { border-bottom: 2px solid var(--ink); }
.uncovered { color: #9b2226; font-weight: 600; }
blockquote { margin: 10px 0; padding: 8px 14px; border-left: 4px solid var(--accent); background: #f4f7f9; }
blockquote p { margin: 0 0 4px; }
blockquote footer { color: var(--muted); font-size: 13px; }
.note { color: var(--muted); font-size: 13px; }
footer.page { margin-top: 32px; color: var(--muted); font-size: 12px; border-top: 1px solid var(--line); padding-top: 8px; }
@page { size: A4; margin: 15mm; }
@media print {
  body { padding: 0; max-width: none; font-size: 11pt; }
  section { margin: 14px 0; }
  h1 { font-size: 20pt; }
}
"#;

fn months(r: &CommunityReport) -> Vec<String> {
    r.levels.iter().map(|l| l.month.clone()).collect()
}

fn level_counts(l: &GrowthRow) -> [u32; 5] {
    [l.core, l.active, l.occasional, l.peripheral, l.transactional]
}

/// The whole page.
pub fn render(r: &CommunityReport) -> String {
    let page = html! {
        (DOCTYPE)
        html lang="en" {
            head {
                meta charset="utf-8";
                meta name="viewport" content="width=device-width, initial-scale=1";
                title { (r.community) ": community report, " (r.as_of) }
                style { (PreEscaped(CSS)) }
            }
            body {
                header {
                    h1 { (r.community) }
                    p class="sub" {
                        "Community report as of " (r.as_of) ", " (r.levels.len()) " months. "
                        "Levels of participation after Etienne and Beverly Wenger-Trayner, from each member's "
                        "participations in the " (r.window_days) " days before each month's end."
                    }
                    (key_figures(r))
                }
                (levels_section(r))
                (movement_section(r))
                (needs_section(r))
                (activity_section(r))
                (followups_section(r))
                (rotation_section(r))
                (stories_section(r))
                footer class="page" { "Made by cop on " (r.as_of) ". Every chart has its numbers in the table beneath it." }
            }
        }
    };
    page.into_string()
}

fn key_figures(r: &CommunityReport) -> Markup {
    let last = r.levels.last().map(level_counts).unwrap_or_default();
    let members: u32 = last.iter().sum();
    let (up, down) = r.movement.months.iter().fold((0, 0), |(u, d), m| {
        let mut uu = 0;
        let mut dd = 0;
        for from in Level::ALL {
            for to in Level::ALL {
                if to > from {
                    uu += m.count(from, to);
                } else if to < from {
                    dd += m.count(from, to);
                }
            }
        }
        (u + uu, d + dd)
    });
    html! {
        ul class="figures" {
            li { b { (members) } "members" }
            li { b { (percent(last[0] + last[1], members)) " %" } "core and active" }
            li { b { (up) " ▲ " (down) " ▼" } "moves up and down" }
            li { b { (r.open_followups) } "open follow-ups (" (r.overdue_total) " overdue)" }
            li { b { (r.stories_total) } "value stories" }
        }
    }
}

fn levels_section(r: &CommunityReport) -> Markup {
    let names: Vec<&str> = Level::ALL.iter().map(|l| l.as_str()).collect();
    let series: Vec<Vec<u32>> =
        (0..5).map(|k| r.levels.iter().map(|l| level_counts(l)[k]).collect()).collect();
    let last = r.levels.last().map(level_counts).unwrap_or_default();
    let total: u32 = last.iter().sum();
    html! {
        section id="levels" {
            h2 { "Members and levels over time" }
            (charts::stacked_area("Members at each level at each month's end", &months(r), &names, &series))
            table {
                caption { "Members at each level at each month's end" }
                thead { tr { th { "month" } @for n in &names { th class="n" { (n) } } th class="n" { "total" } th class="n" { "joined" } } }
                tbody {
                    @for l in &r.levels {
                        tr {
                            td { (l.month) }
                            @for v in level_counts(l) { td class="n" { (v) } }
                            td class="n" { (level_counts(l).iter().sum::<u32>()) }
                            td class="n" { (l.joined) }
                        }
                    }
                }
            }
            table class="shares" {
                caption { "Shares at the last month's end beside Wenger-Trayner's typical ones" }
                thead { tr { th { "level" } th class="n" { "members" } th class="n" { "share" } th { "typical" } } }
                tbody {
                    @for (i, l) in Level::ALL.iter().enumerate() {
                        tr {
                            td { (l.as_str()) }
                            td class="n" { (last[i]) }
                            td class="n" { (percent(last[i], total)) " %" }
                            td { @if let Some((lo, hi)) = l.typical_share() { (lo) "–" (hi) " %" } @else { "the rest" } }
                        }
                    }
                }
            }
        }
    }
}

fn movement_section(r: &CommunityReport) -> Markup {
    let m = &r.movement;
    let months: Vec<String> = m.months.iter().map(|x| x.month.to_string()).collect();
    let mut up = Vec::new();
    let mut down = Vec::new();
    for month in &m.months {
        let (mut u, mut d) = (0, 0);
        for from in Level::ALL {
            for to in Level::ALL {
                if to > from {
                    u += month.count(from, to);
                } else if to < from {
                    d += month.count(from, to);
                }
            }
        }
        up.push(u);
        down.push(d);
    }
    let total = total_matrix(m);
    html! {
        section id="movement" {
            h2 { "Movement between levels" }
            (charts::up_down("Members moving up and down each month", &months, &up, &down))
            table class="moves" {
                caption { "Moves each month (newcomers are counted apart)" }
                thead { tr { th { "month" } th class="n" { "moved up" } th class="n" { "moved down" } th class="n" { "joined" } } }
                tbody {
                    @for (i, month) in m.months.iter().enumerate() {
                        tr {
                            td { (month.month.to_string()) }
                            td class="n" { (up[i]) }
                            td class="n" { (down[i]) }
                            td class="n" { (month.joined.iter().sum::<u32>()) }
                        }
                    }
                }
            }
            table class="matrix" {
                caption { "From the level at one month's end (rows) to the next (columns), over all the months; the diagonal stayed" }
                thead { tr { th { "from \\ to" } @for l in Level::ALL { th class="n" { (l.as_str()) } } } }
                tbody {
                    @for from in Level::ALL {
                        tr {
                            th { (from.as_str()) }
                            @for to in Level::ALL { td class="n" { (total[from.index()][to.index()]) } }
                        }
                    }
                }
            }
            @let sentences = before_sentences(m);
            @if sentences.is_empty() {
                p class="note" { "Nobody moved up in these months." }
            } @else {
                ul { @for s in &sentences { li { (s) } } }
            }
        }
    }
}

fn needs_section(r: &CommunityReport) -> Markup {
    let bars: Vec<(String, u32, bool)> =
        r.needs.iter().map(|n| (n.need.clone(), n.members, n.popups.is_empty())).collect();
    html! {
        section id="needs" {
            h2 { "Learning needs and the popups that cover them" }
            p class="sub" {
                (r.needs_total) " learning needs named; " (r.needs_uncovered) " of them no popup covers"
                @if r.needs.len() < r.needs_total { " (the " (r.needs.len()) " most needed shown)" } "."
            }
            @if !bars.is_empty() {
                (charts::horizontal_bars("Members needing each thing", &bars, ["#3d8eb9", "#e76f51"]))
                p class="legend" { "Blue: a popup covers it. Red: no popup yet." }
            }
            table class="needs" {
                caption { "Learning needs, most needed first" }
                thead { tr { th { "need" } th class="n" { "members" } th class="n" { "experts" } th { "popups" } } }
                tbody {
                    @for n in &r.needs {
                        tr {
                            td { (n.need) }
                            td class="n" { (n.members) }
                            td class="n" { (n.experts) }
                            td {
                                @if n.popups.is_empty() { span class="uncovered" { "none" } }
                                @for (i, (id, title, status)) in n.popups.iter().enumerate() {
                                    @if i > 0 { "; " }
                                    (title) " (" (id) ", " (status) ")"
                                }
                            }
                        }
                    }
                }
            }
        }
    }
}

fn activity_section(r: &CommunityReport) -> Markup {
    let months: Vec<String> = r.activity.iter().map(|a| a.month.clone()).collect();
    let series = vec![
        r.activity.iter().map(|a| a.popups_proposed).collect::<Vec<_>>(),
        r.activity.iter().map(|a| a.popups_done).collect(),
        r.activity.iter().map(|a| a.assists).collect(),
    ];
    html! {
        section id="activity" {
            h2 { "Popups and assists per month" }
            (charts::grouped_bars(
                "Popups proposed and done, and peer assists, per month",
                &months,
                &["popups proposed", "popups done", "peer assists"],
                &["#8ecae6", "#1b4965", "#f4a261"],
                &series,
            ))
            table class="activity" {
                caption { "Per month" }
                thead { tr { th { "month" } th class="n" { "popups proposed" } th class="n" { "popups done" } th class="n" { "peer assists" } th class="n" { "sessions held" } } }
                tbody {
                    @for a in &r.activity {
                        tr {
                            td { (a.month) }
                            td class="n" { (a.popups_proposed) }
                            td class="n" { (a.popups_done) }
                            td class="n" { (a.assists) }
                            td class="n" { (a.sessions) }
                        }
                    }
                }
            }
        }
    }
}

fn followups_section(r: &CommunityReport) -> Markup {
    html! {
        section id="followups" {
            h2 { "Follow-ups of peer assists" }
            p class="sub" { (r.open_followups) " next steps open, " (r.overdue_total) " of them overdue." }
            @if !r.overdue.is_empty() {
                table class="overdue" {
                    caption {
                        "Overdue next steps, oldest due first"
                        @if r.overdue.len() < r.overdue_total { " (" (r.overdue.len()) " of " (r.overdue_total) ")" }
                    }
                    thead { tr { th { "due" } th { "next step" } th { "owner" } th { "assist" } } }
                    tbody {
                        @for f in &r.overdue {
                            tr {
                                td { (f.due.as_deref().unwrap_or("")) }
                                td { (f.text) }
                                td { (f.owner.as_deref().unwrap_or("nobody")) }
                                td { (f.assist_id) ": " (f.challenge) }
                            }
                        }
                    }
                }
            }
        }
    }
}

fn rotation_section(r: &CommunityReport) -> Markup {
    let bars: Vec<(String, u32, bool)> =
        r.facilitators.iter().map(|f| (f.name.clone(), f.facilitated, false)).collect();
    html! {
        section id="rotation" {
            h2 { "Facilitator rotation" }
            @if r.facilitators.is_empty() {
                p class="note" { "No session had a facilitator in these months." }
            } @else {
                (charts::horizontal_bars("Sessions facilitated in these months", &bars, ["#1b4965", "#1b4965"]))
                table class="rotation" {
                    caption {
                        "Sessions facilitated in these months, and planned"
                        @if r.other_facilitators.0 > 0 {
                            " (" (r.other_facilitators.0) " more facilitators: " (r.other_facilitators.1) " sessions)"
                        }
                    }
                    thead { tr { th { "facilitator" } th class="n" { "facilitated" } th class="n" { "planned" } th { "last" } } }
                    tbody {
                        @for f in &r.facilitators {
                            tr {
                                td { (f.name) }
                                td class="n" { (f.facilitated) }
                                td class="n" { (f.planned) }
                                td { @if let Some(d) = f.last { (d) } }
                            }
                        }
                    }
                }
            }
        }
    }
}

fn stories_section(r: &CommunityReport) -> Markup {
    html! {
        section id="stories" {
            h2 { "Value stories" }
            @if r.stories.is_empty() {
                p class="note" { "No stories yet: `cop stories add` keeps them." }
            } @else {
                p class="sub" { (r.stories.len()) " of " (r.stories_total) " stories, a few of each kind of value." }
                @for s in &r.stories {
                    blockquote {
                        p { (s.text) }
                        footer {
                            "— " (s.member)
                            @if let Some(v) = s.value { ", " (v.as_str()) " value" }
                            @if let Some(src) = &s.source { ", from " (src) }
                        }
                    }
                }
            }
        }
    }
}
