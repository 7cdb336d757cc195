//! The report's charts as inline SVG, written through the same escaping template as
//! the page: no script, no external reference, readable when printed in grey.
//!
//! Every chart is drawn from the numbers the table beneath it prints, so the two cannot
//! disagree; labels are stored text and are escaped by the template like any other.

use maud::{Markup, html};

/// The chart area, in SVG user units; the SVG scales to the page width.
const W: f64 = 720.0;
const H: f64 = 220.0;
/// Room for the axis labels: left, bottom.
const LEFT: f64 = 64.0;
const BOTTOM: f64 = 28.0;
const TOP: f64 = 10.0;

/// Colours of the five levels, core first, distinct in grey print too.
pub const LEVEL_COLOURS: [&str; 5] = ["#1b4965", "#3d8eb9", "#8ecae6", "#d9ed92", "#e9e9e9"];

fn fmt(x: f64) -> String {
    format!("{x:.1}")
}

/// A round top for the y axis at or above `max`, and the step between its ticks.
fn axis(max: u32) -> (u32, u32) {
    if max <= 5 {
        return (max.max(1), 1);
    }
    let magnitude = 10u32.pow(((max as f64).log10().floor() as u32).saturating_sub(1));
    let step = [1, 2, 5, 10, 20, 50, 100]
        .iter()
        .map(|s| s * magnitude)
        .find(|s| max.div_ceil(*s) <= 5)
        .unwrap_or(magnitude * 100);
    (max.div_ceil(step) * step, step)
}

fn nice_max(max: u32) -> u32 {
    axis(max).0
}

fn y_axis(top: u32) -> Markup {
    let plot_h = H - BOTTOM - TOP;
    let step = axis(top).1.max(1);
    html! {
        g class="axis" {
            @for i in 0..=(top / step) {
                @let v = i * step;
                @let y = TOP + plot_h - plot_h * f64::from(v) / f64::from(top.max(1));
                line x1=(fmt(LEFT)) x2=(fmt(W)) y1=(fmt(y)) y2=(fmt(y)) class="grid" {}
                text x=(fmt(LEFT - 6.0)) y=(fmt(y + 4.0)) text-anchor="end" { (v) }
            }
        }
    }
}

fn x_labels(labels: &[String]) -> Markup {
    let n = labels.len().max(1) as f64;
    let step = (W - LEFT) / n;
    html! {
        g class="axis" {
            @for (i, l) in labels.iter().enumerate() {
                text x=(fmt(LEFT + step * (i as f64 + 0.5))) y=(fmt(H - 8.0)) text-anchor="middle" { (l) }
            }
        }
    }
}

/// Series stacked as areas over the months (`series[k][month]`), bottom series last in
/// `names` order drawn first at the bottom.
pub fn stacked_area(title: &str, months: &[String], names: &[&str], series: &[Vec<u32>]) -> Markup {
    let n = months.len();
    let totals: Vec<u32> =
        (0..n).map(|m| series.iter().map(|s| s.get(m).copied().unwrap_or(0)).sum()).collect();
    let top = nice_max(totals.iter().copied().max().unwrap_or(0));
    let plot_h = H - BOTTOM - TOP;
    let step = (W - LEFT) / n.max(1) as f64;
    let x = |m: usize| LEFT + step * (m as f64 + 0.5);
    let y = |v: u32| TOP + plot_h - plot_h * f64::from(v) / f64::from(top.max(1));
    // Bottom to top: the last series in `names` lies at the bottom.
    let mut below = vec![0u32; n];
    let mut layers: Vec<(usize, String)> = Vec::new();
    for k in (0..series.len()).rev() {
        let above: Vec<u32> = (0..n).map(|m| below[m] + series[k].get(m).copied().unwrap_or(0)).collect();
        let mut pts: Vec<String> = (0..n).map(|m| format!("{},{}", fmt(x(m)), fmt(y(above[m])))).collect();
        pts.extend((0..n).rev().map(|m| format!("{},{}", fmt(x(m)), fmt(y(below[m])))));
        layers.push((k, pts.join(" ")));
        below = above;
    }
    html! {
        svg viewBox=(format!("0 0 {W} {H}")) role="img" aria-label=(title) class="chart" {
            title { (title) }
            (y_axis(top))
            @for (k, pts) in &layers {
                polygon points=(pts) fill=(LEVEL_COLOURS[*k % 5]) stroke="#333" stroke-width="0.5" {
                    title { (names.get(*k).copied().unwrap_or("")) }
                }
            }
            (x_labels(months))
        }
        (legend(names, &LEVEL_COLOURS))
    }
}

/// Side-by-side bars per month, one per series.
pub fn grouped_bars(
    title: &str,
    months: &[String],
    names: &[&str],
    colours: &[&str],
    series: &[Vec<u32>],
) -> Markup {
    let n = months.len();
    let top = nice_max(series.iter().flatten().copied().max().unwrap_or(0));
    let plot_h = H - BOTTOM - TOP;
    let step = (W - LEFT) / n.max(1) as f64;
    let bar = (step * 0.8) / series.len().max(1) as f64;
    html! {
        svg viewBox=(format!("0 0 {W} {H}")) role="img" aria-label=(title) class="chart" {
            title { (title) }
            (y_axis(top))
            @for (k, s) in series.iter().enumerate() {
                @for (m, v) in s.iter().enumerate() {
                    @let h = plot_h * f64::from(*v) / f64::from(top.max(1));
                    rect x=(fmt(LEFT + step * m as f64 + step * 0.1 + bar * k as f64)) y=(fmt(TOP + plot_h - h))
                        width=(fmt(bar)) height=(fmt(h)) fill=(colours[k % colours.len()]) {
                        title { (names.get(k).copied().unwrap_or("")) " " (months.get(m).map_or("", String::as_str)) ": " (v) }
                    }
                }
            }
            (x_labels(months))
        }
        (legend(names, colours))
    }
}

/// Moves up above the axis, moves down below it, per month.
pub fn up_down(title: &str, months: &[String], up: &[u32], down: &[u32]) -> Markup {
    let n = months.len();
    let top = nice_max(up.iter().chain(down).copied().max().unwrap_or(0));
    let mid = TOP + (H - BOTTOM - TOP) / 2.0;
    let half = (H - BOTTOM - TOP) / 2.0;
    let step = (W - LEFT) / n.max(1) as f64;
    let bar = step * 0.5;
    let h = |v: u32| half * f64::from(v) / f64::from(top.max(1));
    html! {
        svg viewBox=(format!("0 0 {W} {H}")) role="img" aria-label=(title) class="chart" {
            title { (title) }
            g class="axis" {
                text x=(fmt(LEFT - 6.0)) y=(fmt(TOP + 8.0)) text-anchor="end" { "▲ " (top) }
                text x=(fmt(LEFT - 6.0)) y=(fmt(mid + 4.0)) text-anchor="end" { "0" }
                text x=(fmt(LEFT - 6.0)) y=(fmt(TOP + 2.0 * half)) text-anchor="end" { "▼ " (top) }
                line x1=(fmt(LEFT)) x2=(fmt(W)) y1=(fmt(mid)) y2=(fmt(mid)) class="zero" {}
            }
            @for m in 0..n {
                @let x = LEFT + step * m as f64 + (step - bar) / 2.0;
                @let u = up.get(m).copied().unwrap_or(0);
                @let d = down.get(m).copied().unwrap_or(0);
                rect x=(fmt(x)) y=(fmt(mid - h(u))) width=(fmt(bar)) height=(fmt(h(u))) fill="#2a9d8f" {
                    title { (months[m]) ": " (u) " moved up" }
                }
                rect x=(fmt(x)) y=(fmt(mid)) width=(fmt(bar)) height=(fmt(h(d))) fill="#e76f51" {
                    title { (months[m]) ": " (d) " moved down" }
                }
            }
            (x_labels(months))
        }
        (legend(&["moved up", "moved down"], &["#2a9d8f", "#e76f51"]))
    }
}

/// One horizontal bar per row, with its label and value; `marked` rows are drawn in the
/// second colour (a need no popup covers).
pub fn horizontal_bars(title: &str, rows: &[(String, u32, bool)], colours: [&str; 2]) -> Markup {
    let row_h = 22.0;
    let label_w = 200.0;
    let height = row_h * rows.len().max(1) as f64 + 8.0;
    let max = rows.iter().map(|r| r.1).max().unwrap_or(0).max(1);
    let bar_w = W - label_w - 60.0;
    html! {
        svg viewBox=(format!("0 0 {W} {}", fmt(height))) role="img" aria-label=(title) class="chart" {
            title { (title) }
            @for (i, (label, v, marked)) in rows.iter().enumerate() {
                @let y = 4.0 + row_h * i as f64;
                @let w = bar_w * f64::from(*v) / f64::from(max);
                text x=(fmt(label_w - 8.0)) y=(fmt(y + 15.0)) text-anchor="end" class="label" { (shorten(label)) }
                rect x=(fmt(label_w)) y=(fmt(y + 3.0)) width=(fmt(w)) height="15"
                    fill=(if *marked { colours[1] } else { colours[0] }) {
                    title { (label) ": " (v) }
                }
                text x=(fmt(label_w + w + 6.0)) y=(fmt(y + 15.0)) class="value" { (v) }
            }
        }
    }
}

/// Long labels cut to fit beside a bar; the table beneath has them whole.
fn shorten(s: &str) -> String {
    if s.chars().count() <= 28 {
        s.to_string()
    } else {
        format!("{}…", s.chars().take(27).collect::<String>())
    }
}

fn legend(names: &[&str], colours: &[&str]) -> Markup {
    html! {
        p class="legend" {
            @for (i, name) in names.iter().enumerate() {
                span class="key" {
                    svg viewBox="0 0 10 10" width="10" height="10" aria-hidden="true" {
                        rect width="10" height="10" fill=(colours[i % colours.len()]) stroke="#333" stroke-width="0.5" {}
                    }
                    " " (name)
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn axis_tops_are_round_and_cover_the_maximum() {
        for max in [0, 1, 5, 6, 17, 99, 101, 1234, 98_765] {
            let top = nice_max(max);
            assert!(top >= max, "{max} -> {top}");
        }
        assert_eq!(nice_max(17), 20);
        assert_eq!(nice_max(1234), 1500);
    }

    #[test]
    fn labels_are_escaped_and_shortened() {
        let svg = horizontal_bars(
            "t",
            &[("<script>alert(1)</script> and a long tail".into(), 3, false)],
            ["#000", "#fff"],
        );
        let s = svg.into_string();
        assert!(!s.contains("<script>"), "{s}");
        assert!(s.contains("&lt;script&gt;"), "{s}");
    }
}
