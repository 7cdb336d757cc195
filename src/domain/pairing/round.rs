//! What the pairing history reads give back: recorded rounds and exclusions.

use chrono::{DateTime, Utc};

use super::outcome::MetRate;

/// A recorded round of peer-support pairing.
#[derive(Clone, Debug, serde::Serialize)]
pub struct PairingRound {
    pub id: i64,
    pub uuid: String,
    pub created_at: DateTime<Utc>,
    pub seed: Option<u64>,
    pub session_id: Option<i64>,
    pub note: Option<String>,
    /// Each group's member ids.
    pub groups: Vec<Vec<i64>>,
    #[serde(skip)]
    pub names: Vec<Vec<String>>,
    /// Members recorded as having met their group (`pairs met`).
    pub met: Vec<i64>,
    /// Members recorded as having missed the round (`pairs missed`).
    pub missed: Vec<i64>,
    /// How many groups met, missed, or are not known yet.
    #[serde(skip)]
    pub rate: MetRate,
    pub groups_met: usize,
    pub groups_missed: usize,
    /// The share of groups with a known outcome that met; null when none is known.
    pub met_rate: Option<f64>,
}

/// One exclusion, as `pairs exclusions` lists it. Field names are the JSON contract.
#[derive(Clone, Debug, serde::Serialize)]
pub struct Exclusion {
    pub member_id: i64,
    pub name: String,
    pub other_id: i64,
    pub other_name: String,
    pub created_at: DateTime<Utc>,
}
