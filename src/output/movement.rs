//! How `report movement` prints: the JSON document (the contract), one row per move for
//! csv/tsv/jsonl, and for people a month table, the transition matrix, a flow chart and
//! what came before moving up.

use serde::Serialize;

use super::{Tabular, report::percent};
use crate::domain::engagement::Level;
use crate::domain::movement::{BeforeMovingUp, Movement, PerLevel};

/// Members moving from one level to another in a month.
#[derive(Clone, Debug, Serialize)]
pub struct MoveRow {
    /// `YYYY-MM`.
    pub month: String,
    pub from: Level,
    pub to: Level,
    pub members: u32,
}

impl Tabular for MoveRow {
    fn table_headers() -> &'static [&'static str] {
        &["month", "from", "to", "members"]
    }

    fn table_cells(&self) -> Vec<String> {
        vec![self.month.clone(), self.from.as_str().into(), self.to.as_str().into(), self.members.to_string()]
    }

    fn id(&self) -> i64 {
        0
    }
}

/// Counts by level name, for JSON.
#[derive(Clone, Debug, Serialize)]
pub struct LevelCounts {
    pub core: u32,
    pub active: u32,
    pub occasional: u32,
    pub peripheral: u32,
    pub transactional: u32,
}

impl From<&PerLevel> for LevelCounts {
    fn from(c: &PerLevel) -> Self {
        LevelCounts { core: c[0], active: c[1], occasional: c[2], peripheral: c[3], transactional: c[4] }
    }
}

/// One month of `report movement --format json`.
#[derive(Clone, Debug, Serialize)]
pub struct MonthJson {
    pub month: String,
    pub moved_up: u32,
    pub moved_down: u32,
    /// Newcomers, by the level they start at.
    pub joined: LevelCounts,
    /// Every pair of different levels with at least one member moving.
    pub moves: Vec<MoveRow>,
}

/// What came before the moves up into one level.
#[derive(Clone, Debug, Serialize)]
pub struct BeforeJson {
    pub level: Level,
    pub moves: u32,
    pub popups: u32,
    pub assists: u32,
    pub sessions: u32,
    pub nothing: u32,
}

/// `report movement --format json`.
#[derive(Clone, Debug, Serialize)]
pub struct MovementJson {
    pub window_days: u32,
    pub lookback_months: u32,
    pub months: Vec<MonthJson>,
    /// `matrix[from][to]` over all the months, levels in `levels` order (the diagonal:
    /// those who stayed).
    pub levels: Vec<Level>,
    pub matrix: Vec<Vec<u32>>,
    pub before_moving_up: Vec<BeforeJson>,
}

/// Every move between different levels, month by month, in matrix order.
pub fn move_rows(m: &Movement) -> Vec<MoveRow> {
    let mut rows = Vec::new();
    for month in &m.months {
        for from in Level::ALL {
            for to in Level::ALL {
                let n = month.count(from, to);
                if from != to && n > 0 {
                    rows.push(MoveRow { month: month.month.to_string(), from, to, members: n });
                }
            }
        }
    }
    rows
}

/// The moves of all months summed: `[from][to]`.
pub fn total_matrix(m: &Movement) -> [PerLevel; 5] {
    let mut total = [[0u32; 5]; 5];
    for month in &m.months {
        for (f, row) in month.moves.iter().enumerate() {
            for (t, n) in row.iter().enumerate() {
                total[f][t] += n;
            }
        }
    }
    total
}

fn ups_downs(moves: &[PerLevel; 5]) -> (u32, u32) {
    let (mut up, mut down) = (0, 0);
    for from in Level::ALL {
        for to in Level::ALL {
            let n = moves[from.index()][to.index()];
            if to > from {
                up += n;
            } else if to < from {
                down += n;
            }
        }
    }
    (up, down)
}

pub fn to_json(m: &Movement, window_days: u32) -> MovementJson {
    let rows = move_rows(m);
    MovementJson {
        window_days,
        lookback_months: m.lookback_months,
        months: m
            .months
            .iter()
            .map(|month| {
                let (moved_up, moved_down) = ups_downs(&month.moves);
                let name = month.month.to_string();
                MonthJson {
                    moves: rows.iter().filter(|r| r.month == name).cloned().collect(),
                    month: name,
                    moved_up,
                    moved_down,
                    joined: LevelCounts::from(&month.joined),
                }
            })
            .collect(),
        levels: Level::ALL.to_vec(),
        matrix: total_matrix(m).iter().map(|r| r.to_vec()).collect(),
        before_moving_up: Level::ALL
            .iter()
            .map(|l| {
                let b = &m.before_up[l.index()];
                BeforeJson {
                    level: *l,
                    moves: b.moves,
                    popups: b.popups,
                    assists: b.assists,
                    sessions: b.sessions,
                    nothing: b.nothing,
                }
            })
            .filter(|b| b.moves > 0)
            .collect(),
    }
}

/// The text for people: per month, the matrix, the flow chart, the sentences.
pub fn to_text(m: &Movement) -> String {
    let mut out = String::new();
    out.push_str("month     joined  up  down  moves\n");
    for month in &m.months {
        let (up, down) = ups_downs(&month.moves);
        let joined: u32 = month.joined.iter().sum();
        let mut moves: Vec<String> = Vec::new();
        for from in Level::ALL {
            for to in Level::ALL {
                let n = month.count(from, to);
                if from != to && n > 0 {
                    moves.push(format!("{} → {} {n}", from.as_str(), to.as_str()));
                }
            }
        }
        out.push_str(&format!("{}  {joined:>6}  {up:>2}  {down:>4}  {}\n", month.month, moves.join(", ")));
    }
    let total = total_matrix(m);
    out.push_str("\nfrom \\ to      core  active  occasional  peripheral  transactional\n");
    for from in Level::ALL {
        let cells = &total[from.index()];
        out.push_str(&format!(
            "{:<13} {:>5}  {:>6}  {:>10}  {:>10}  {:>13}\n",
            from.as_str(),
            cells[0],
            cells[1],
            cells[2],
            cells[3],
            cells[4]
        ));
    }
    out.push('\n');
    out.push_str(&flow_chart(&total));
    let sentences = before_sentences(m);
    if !sentences.is_empty() {
        out.push('\n');
        for s in sentences {
            out.push_str(&s);
            out.push('\n');
        }
    }
    out
}

/// Every move between two levels over the period as an arrow with a bar: up ▲, down ▼.
pub fn flow_chart(total: &[PerLevel; 5]) -> String {
    let mut flows: Vec<(Level, Level, u32)> = Vec::new();
    for from in Level::ALL {
        for to in Level::ALL {
            let n = total[from.index()][to.index()];
            if from != to && n > 0 {
                flows.push((from, to, n));
            }
        }
    }
    if flows.is_empty() {
        return "nobody moved between levels\n".into();
    }
    let max = flows.iter().map(|f| f.2).max().unwrap_or(1);
    let mut out = String::new();
    for (from, to, n) in flows {
        let mark = if to > from { '▲' } else { '▼' };
        let len = (u64::from(n) * 30).div_ceil(u64::from(max)).max(1) as usize;
        out.push_str(&format!(
            "{mark} {:>13} ──▶ {:<13} {} {n}\n",
            from.as_str(),
            to.as_str(),
            "█".repeat(len)
        ));
    }
    out
}

/// "12 of the 19 who moved up to active had joined a popup ..." for each level reached.
pub fn before_sentences(m: &Movement) -> Vec<String> {
    Level::ALL
        .iter()
        .filter_map(|l| {
            let b: &BeforeMovingUp = &m.before_up[l.index()];
            (b.moves > 0).then(|| {
                format!(
                    "{} of the {} who moved up to {} had joined a popup in the {} months before \
                     ({} %); {} had taken part in an assist; {} had attended or facilitated a session",
                    b.popups,
                    b.moves,
                    l.as_str(),
                    m.lookback_months,
                    percent(b.popups, b.moves),
                    b.assists,
                    b.sessions
                )
            })
        })
        .collect()
}

impl super::Output {
    /// `report movement`: for people the month table, matrix and chart; the whole
    /// movement as one JSON document; one row per move in csv, tsv and jsonl.
    pub fn movement(&mut self, m: &Movement, window: u32) -> crate::error::Result<()> {
        match self.format {
            super::Format::Json => self.json(&to_json(m, window)),
            super::Format::Table | super::Format::Markdown if !self.quiet => self.raw(&to_text(m)),
            super::Format::Table | super::Format::Markdown => Ok(()),
            _ => self.list_all("moves", &move_rows(m)),
        }
    }
}
