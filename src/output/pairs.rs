//! How pairing rounds print.

use serde::Serialize;

use super::{Tabular, opt};
use crate::store::pairs::PairingRound;

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
    /// Each group's member ids: pairs, and one trio for an odd group.
    pub groups: Vec<Vec<i64>>,
    /// Pairs inside groups who were partners in an earlier recorded round.
    pub repeats: usize,
    /// Pairs inside groups who attended a session together.
    pub co_attended: usize,
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
            if self.repeats == 0 { String::new() } else { format!("{} pair(s)", self.repeats) },
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
    fn table_headers() -> &'static [&'static str] {
        &["id", "when", "seed", "session", "groups"]
    }

    fn table_cells(&self) -> Vec<String> {
        let groups: Vec<String> = self.names.iter().map(|g| g.join(" & ")).collect();
        vec![
            self.id.to_string(),
            super::sessions::local(self.created_at),
            opt(&self.seed),
            opt(&self.session_id),
            groups.join("; "),
        ]
    }

    fn csv_headers() -> &'static [&'static str] {
        &["id", "uuid", "created_at", "seed", "session_id", "note", "groups"]
    }

    fn csv_cells(&self) -> Vec<String> {
        let groups: Vec<String> = self.groups.iter().map(|g| ids(g)).collect();
        vec![
            self.id.to_string(),
            self.uuid.clone(),
            crate::store::timestamp(self.created_at),
            opt(&self.seed),
            opt(&self.session_id),
            opt(&self.note),
            groups.join(" "),
        ]
    }

    fn id(&self) -> i64 {
        self.id
    }
}
