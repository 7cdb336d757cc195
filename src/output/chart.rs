//! Small terminal charts in Unicode blocks, printed under a report's table.

use std::borrow::Cow;

use super::{Layout, visible};

/// The widest bar, in characters.
const WIDTH: usize = 40;

/// The fill of each series of a stacked bar, in legend order.
pub const FILLS: [char; 5] = ['█', '▓', '▒', '░', '·'];

/// How many characters a value takes when `max` fills the whole width; any value above
/// zero shows at least one character.
fn length(value: u32, max: u32) -> usize {
    if value == 0 || max == 0 {
        return 0;
    }
    let scaled = (u64::from(value) * WIDTH as u64).div_ceil(u64::from(max));
    usize::try_from(scaled).unwrap_or(WIDTH).clamp(1, WIDTH)
}

/// Labels are stored text (a need, a tag): each is made [`visible`] on one line.
fn labels<T>(rows: &[(String, T)]) -> (Vec<Cow<'_, str>>, usize) {
    let shown: Vec<Cow<'_, str>> = rows.iter().map(|r| visible(&r.0, Layout::Line)).collect();
    let width = shown.iter().map(|l| l.chars().count()).max().unwrap_or(0);
    (shown, width)
}

/// One labelled bar per value, with the value after it.
pub fn bars(rows: &[(String, u32)]) -> String {
    let max = rows.iter().map(|r| r.1).max().unwrap_or(0);
    let (labels, label_width) = labels(rows);
    let mut out = String::new();
    for (label, (_, value)) in labels.iter().zip(rows) {
        let bar = "█".repeat(length(*value, max));
        let line = format!("{label:<label_width$}  {bar} {value}");
        out.push_str(line.trim_end());
        out.push('\n');
    }
    out
}

/// One stacked bar per row, series in [`FILLS`] order, then a legend naming them.
pub fn stacked(rows: &[(String, Vec<u32>)], legend: &[&str]) -> String {
    let max = rows.iter().map(|r| r.1.iter().sum::<u32>()).max().unwrap_or(0);
    let (labels, label_width) = labels(rows);
    let mut out = String::new();
    for (label, (_, values)) in labels.iter().zip(rows) {
        let total: u32 = values.iter().sum();
        // Scale the running sum, so rounding never makes a bar longer than its total's.
        let mut bar = String::new();
        let mut sum = 0;
        let mut drawn = 0;
        for (i, v) in values.iter().enumerate() {
            sum += v;
            let end = if max == 0 { 0 } else { (u64::from(sum) * WIDTH as u64 / u64::from(max)) as usize };
            let fill = FILLS.get(i).copied().unwrap_or('·');
            let n = end.saturating_sub(drawn).max(usize::from(*v > 0 && end <= drawn));
            bar.extend(std::iter::repeat_n(fill, n));
            drawn += n;
        }
        let line = format!("{label:<label_width$}  {bar} {total}");
        out.push_str(line.trim_end());
        out.push('\n');
    }
    let keys: Vec<String> = legend.iter().zip(FILLS).map(|(name, fill)| format!("{fill} {name}")).collect();
    out.push_str(&keys.join("  "));
    out.push('\n');
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_longest_bar_fills_the_width_and_small_values_still_show() {
        let text = bars(&[("a".into(), 100), ("bb".into(), 1), ("c".into(), 0)]);
        let lines: Vec<&str> = text.lines().collect();
        assert_eq!(lines[0].chars().filter(|c| *c == '█').count(), WIDTH);
        assert_eq!(lines[1], "bb  █ 1");
        assert_eq!(lines[2], "c    0");
    }

    #[test]
    fn stacked_bars_show_each_series_and_a_legend() {
        let text =
            stacked(&[("2026-11".into(), vec![1, 2, 0, 1])], &["core", "active", "occasional", "peripheral"]);
        let first = text.lines().next().unwrap();
        assert!(first.starts_with("2026-11  █"));
        assert!(first.contains('▓') && first.contains('░') && !first.contains('▒'));
        assert!(first.ends_with(" 4"));
        assert!(text.contains("█ core  ▓ active  ▒ occasional  ░ peripheral"));
    }

    #[test]
    fn labels_are_shown_not_obeyed_and_still_line_up() {
        let text = bars(&[("r\x1b[2J".into(), 2), ("\u{202e}ab".into(), 1)]);
        assert!(!text.contains(['\x1b', '\u{202e}']), "{text:?}");
        let lines: Vec<&str> = text.lines().collect();
        assert_eq!(lines[0], format!("r\\u{{1b}}[2J  {} 2", "█".repeat(WIDTH)));
        assert!(lines[1].starts_with("\\u{202e}ab  █"), "{:?}", lines[1]);
    }
}
