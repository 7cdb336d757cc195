//! How pairing rounds print.

use serde::Serialize;

use super::{Tabular, opt};
use crate::domain::pairing::round::Exclusion;
use crate::domain::pairing::round::PairingRound;
use crate::domain::pause::Absence;

/// A member the round left out, and why.
#[derive(Clone, Debug, Serialize)]
pub struct LeftOut {
    pub member_id: i64,
    pub name: String,
    pub reasons: Vec<Absence>,
}

/// One group of a proposed round, for tables and CSV.
#[derive(Clone, Debug, Serialize)]
pub struct PairGroup {
    pub group: usize,
    pub members: Vec<i64>,
    #[serde(skip)]
    pub names: Vec<String>,
    /// Pairs in the group who were partners in an earlier round.
    pub repeats: usize,
    /// Pairs in the group who attended a session together.
    pub co_attended: usize,
}

/// A proposed (or recorded) round. Field names are the JSON contract.
#[derive(Clone, Debug, Serialize)]
pub struct PairsResult {
    /// The recorded round's id; null when not recorded.
    pub round_id: Option<i64>,
    pub seed: u64,
    /// The group size asked for (`--size`, 2 by default).
    pub size: usize,
    /// Each group's member ids: groups of `size`, or one more or less (pairs and one
    /// trio for an odd group).
    pub groups: Vec<Vec<i64>>,
    /// Pairs inside groups who were partners in an earlier recorded round.
    pub repeats: usize,
    /// Pairs inside groups who attended a session together.
    pub co_attended: usize,
    /// Members of the group asked for who were left out: paused, or ghosts.
    pub left_out: Vec<LeftOut>,
}

fn ids(v: &[i64]) -> String {
    v.iter().map(i64::to_string).collect::<Vec<_>>().join(";")
}

impl Tabular for PairGroup {
    fn table_headers() -> &'static [&'static str] {
        &["group", "members", "met before"]
    }

    fn table_cells(&self) -> Vec<String> {
        let with_ids: Vec<String> =
            self.names.iter().zip(&self.members).map(|(n, id)| format!("{n} ({id})")).collect();
        vec![
            self.group.to_string(),
            with_ids.join(" & "),
            if self.repeats == 0 { String::new() } else { super::count(self.repeats, "pair") },
        ]
    }

    fn csv_headers() -> &'static [&'static str] {
        &["group", "members", "names", "repeats", "co_attended"]
    }

    fn csv_cells(&self) -> Vec<String> {
        vec![
            self.group.to_string(),
            ids(&self.members),
            self.names.join(";"),
            self.repeats.to_string(),
            self.co_attended.to_string(),
        ]
    }

    fn id(&self) -> i64 {
        self.group as i64
    }
}

impl Tabular for PairingRound {
    fn shows_times() -> bool {
        true
    }
    fn table_headers() -> &'static [&'static str] {
        &["id", "when", "seed", "session", "groups", "met"]
    }

    fn table_cells(&self) -> Vec<String> {
        let groups: Vec<String> = self.names.iter().map(|g| g.join(" & ")).collect();
        vec![
            self.id.to_string(),
            super::sessions::local(self.created_at),
            opt(&self.seed),
            opt(&self.session_id),
            groups.join("; "),
            self.rate.short(),
        ]
    }

    fn csv_headers() -> &'static [&'static str] {
        &[
            "id",
            "uuid",
            "created_at",
            "seed",
            "session_id",
            "note",
            "groups",
            "met",
            "missed",
            "groups_met",
            "groups_missed",
            "met_rate",
        ]
    }

    fn csv_cells(&self) -> Vec<String> {
        let groups: Vec<String> = self.groups.iter().map(|g| ids(g)).collect();
        vec![
            self.id.to_string(),
            self.uuid.clone(),
            crate::domain::time::timestamp(self.created_at),
            opt(&self.seed),
            opt(&self.session_id),
            opt(&self.note),
            groups.join(" "),
            ids(&self.met),
            ids(&self.missed),
            self.groups_met.to_string(),
            self.groups_missed.to_string(),
            self.met_rate.map(|r| format!("{r:.2}")).unwrap_or_default(),
        ]
    }

    fn id(&self) -> i64 {
        self.id
    }
}

impl Tabular for Exclusion {
    fn shows_times() -> bool {
        true
    }
    fn table_headers() -> &'static [&'static str] {
        &["member", "kept apart from", "since"]
    }

    fn table_cells(&self) -> Vec<String> {
        vec![
            format!("{} ({})", self.name, self.member_id),
            format!("{} ({})", self.other_name, self.other_id),
            super::local_time(self.created_at),
        ]
    }

    fn csv_headers() -> &'static [&'static str] {
        &["member_id", "name", "other_id", "other_name", "created_at"]
    }

    fn csv_cells(&self) -> Vec<String> {
        vec![
            self.member_id.to_string(),
            self.name.clone(),
            self.other_id.to_string(),
            self.other_name.clone(),
            crate::domain::time::timestamp(self.created_at),
        ]
    }

    fn id(&self) -> i64 {
        self.member_id
    }
}

impl super::Output {
    /// A proposed or recorded round: with `-q` each group's ids on a line, in JSON the
    /// whole result, otherwise one row per group.
    pub fn pairs(&mut self, result: &PairsResult, rows: &[PairGroup]) -> crate::error::Result<()> {
        if self.quiet {
            let lines: Vec<String> = result
                .groups
                .iter()
                .map(|g| g.iter().map(i64::to_string).collect::<Vec<_>>().join(" "))
                .collect();
            return self.raw(&format!("{}\n", lines.join("\n")));
        }
        match self.format {
            super::Format::Json | super::Format::Jsonl => self.json(result),
            _ => self.list_all("groups", rows),
        }
    }
}
