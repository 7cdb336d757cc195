//! How popups, their matches, agenda, suggested slots and shared needs print.

use chrono::{DateTime, Utc};
use serde::Serialize;

use super::{Detail, Tabular, joined, opt};
use crate::domain::matching::Match;
use crate::domain::popup::NeedHolders;
use crate::domain::popup::{AgendaItem, Expert, Participation, Popup};
use crate::domain::slots::Slot;
use crate::domain::time::timestamp;

/// A moment as people read it: local time.
pub fn local(t: DateTime<Utc>) -> String {
    t.with_timezone(&super::zone()).format("%a %Y-%m-%d %H:%M").to_string()
}

fn expert_cell(p: &Popup) -> String {
    match (&p.expert, &p.expert_name) {
        (Some(Expert::Member(id)), Some(name)) => format!("{name} ({id})"),
        (Some(Expert::Member(id)), None) => id.to_string(),
        (Some(Expert::External(name)), _) => format!("{name} (external)"),
        (None, _) if p.needs_expert => "needed".into(),
        (None, _) => String::new(),
    }
}

fn members_cell(p: &Popup) -> String {
    let joined = p.count(Participation::Joined);
    let mut s = match p.max {
        Some(max) => format!("{joined}/{max}"),
        None => joined.to_string(),
    };
    let waiting = p.count(Participation::Waiting);
    if waiting > 0 {
        s.push_str(&format!(" (+{waiting} waiting)"));
    }
    s
}

impl Tabular for Popup {
    fn table_headers() -> &'static [&'static str] {
        &["id", "title", "status", "tags", "members", "expert", "sessions"]
    }

    fn table_cells(&self) -> Vec<String> {
        vec![
            self.id.to_string(),
            self.title.clone(),
            self.status.as_str().into(),
            joined(&self.tags),
            members_cell(self),
            expert_cell(self),
            self.session_times.iter().filter(|s| !s.cancelled).count().to_string(),
        ]
    }

    fn csv_headers() -> &'static [&'static str] {
        &[
            "id",
            "uuid",
            "title",
            "description",
            "status",
            "tags",
            "proposer_id",
            "needs_expert",
            "expert",
            "max",
            "joined",
            "waitlisted",
            "invited",
            "sessions",
            "created_at",
            "updated_at",
        ]
    }

    fn csv_cells(&self) -> Vec<String> {
        let ids = |p: Participation| -> String {
            self.members
                .iter()
                .filter(|m| m.status == p)
                .map(|m| m.member_id.to_string())
                .collect::<Vec<_>>()
                .join(";")
        };
        vec![
            self.id.to_string(),
            self.uuid.clone(),
            self.title.clone(),
            opt(&self.description),
            self.status.as_str().into(),
            self.tags.join(";"),
            opt(&self.proposer_id),
            self.needs_expert.to_string(),
            match &self.expert {
                Some(Expert::Member(id)) => id.to_string(),
                Some(Expert::External(name)) => name.clone(),
                None => String::new(),
            },
            opt(&self.max),
            ids(Participation::Joined),
            ids(Participation::Waiting),
            ids(Participation::Invited),
            self.sessions.iter().map(i64::to_string).collect::<Vec<_>>().join(";"),
            timestamp(self.created_at),
            timestamp(self.updated_at),
        ]
    }

    fn id(&self) -> i64 {
        self.id
    }
}

impl Detail for Popup {
    fn details(&self) -> Vec<(&'static str, String)> {
        let mut out = vec![
            ("id", self.id.to_string()),
            ("title", self.title.clone()),
            ("status", self.status.as_str().into()),
            ("description", opt(&self.description)),
            ("tags", joined(&self.tags)),
            (
                "proposer",
                match (&self.proposer_name, self.proposer_id) {
                    (Some(n), Some(id)) => format!("{n} ({id})"),
                    _ => String::new(),
                },
            ),
            ("expert", expert_cell(self)),
            ("max", self.max.map_or_else(|| "no limit".into(), |m| m.to_string())),
        ];
        for (label, p) in [
            ("joined", Participation::Joined),
            ("waitlisted", Participation::Waiting),
            ("invited", Participation::Invited),
            ("declined", Participation::Declined),
            ("left", Participation::Left),
        ] {
            let names: Vec<String> = self
                .members
                .iter()
                .filter(|m| m.status == p)
                .map(|m| format!("{} ({})", m.name, m.member_id))
                .collect();
            if !names.is_empty() || p == Participation::Joined {
                out.push((label, joined(&names)));
            }
        }
        let agenda: Vec<String> = self
            .agenda
            .iter()
            .map(|i| {
                let mut line = format!("{}. {}", i.position, i.text);
                if let Some(m) = i.minutes {
                    line.push_str(&format!(" ({m} min)"));
                }
                if let Some(s) = i.session_id {
                    line.push_str(&format!(" [session {s}]"));
                }
                if i.done {
                    line.push_str(" [done]");
                }
                format!("{line}  (item {})", i.id)
            })
            .collect();
        out.push(("agenda", agenda.join("\n")));
        let sessions: Vec<String> = self
            .session_times
            .iter()
            .map(|s| {
                format!("{}  {}{}", s.id, local(s.starts_at), if s.cancelled { " (cancelled)" } else { "" })
            })
            .collect();
        out.push(("sessions", sessions.join("\n")));
        if self.outcome.is_some() {
            out.push(("outcome", opt(&self.outcome)));
        }
        if let Some(c) = self.closed_at {
            out.push(("closed", local(c)));
        }
        out.push(("uuid", self.uuid.clone()));
        out.push(("created", super::local_time(self.created_at)));
        out.push(("updated", super::local_time(self.updated_at)));
        out
    }
}

impl Tabular for Match {
    fn table_headers() -> &'static [&'static str] {
        &["kind", "id", "name", "score", "why"]
    }

    fn table_cells(&self) -> Vec<String> {
        vec![
            self.kind.as_str().into(),
            self.member_id.to_string(),
            self.name.clone(),
            self.score.to_string(),
            joined(&self.reasons),
        ]
    }

    fn csv_headers() -> &'static [&'static str] {
        &["member_id", "name", "score", "kind", "reasons"]
    }

    fn csv_cells(&self) -> Vec<String> {
        vec![
            self.member_id.to_string(),
            self.name.clone(),
            self.score.to_string(),
            self.kind.as_str().into(),
            self.reasons.join(";"),
        ]
    }

    fn id(&self) -> i64 {
        self.member_id
    }
}

impl Tabular for AgendaItem {
    fn table_headers() -> &'static [&'static str] {
        &["pos", "id", "item", "minutes", "session", "done"]
    }

    fn table_cells(&self) -> Vec<String> {
        vec![
            self.position.to_string(),
            self.id.to_string(),
            self.text.clone(),
            opt(&self.minutes),
            opt(&self.session_id),
            if self.done { "yes".into() } else { String::new() },
        ]
    }

    fn csv_headers() -> &'static [&'static str] {
        &["id", "popup_id", "position", "text", "minutes", "session_id", "done"]
    }

    fn csv_cells(&self) -> Vec<String> {
        vec![
            self.id.to_string(),
            self.popup_id.to_string(),
            self.position.to_string(),
            self.text.clone(),
            opt(&self.minutes),
            opt(&self.session_id),
            self.done.to_string(),
        ]
    }

    fn id(&self) -> i64 {
        self.id
    }
}

/// A suggested slot with the names of who can and cannot come, for people.
#[derive(Clone, Debug, Serialize)]
pub struct SlotRow {
    #[serde(flatten)]
    pub slot: Slot,
    #[serde(skip)]
    pub rank: i64,
    #[serde(skip)]
    pub available_names: Vec<String>,
    #[serde(skip)]
    pub unavailable_names: Vec<String>,
}

impl Tabular for SlotRow {
    fn shows_times() -> bool {
        true
    }
    fn table_headers() -> &'static [&'static str] {
        &["#", "starts", "can come", "cannot come"]
    }

    fn table_cells(&self) -> Vec<String> {
        vec![
            self.rank.to_string(),
            local(self.slot.starts_at),
            format!("{}: {}", self.available_names.len(), joined(&self.available_names)),
            joined(&self.unavailable_names),
        ]
    }

    fn csv_headers() -> &'static [&'static str] {
        &["starts_at", "available", "unavailable"]
    }

    fn csv_cells(&self) -> Vec<String> {
        let ids = |v: &[i64]| v.iter().map(i64::to_string).collect::<Vec<_>>().join(";");
        vec![timestamp(self.slot.starts_at), ids(&self.slot.available), ids(&self.slot.unavailable)]
    }

    /// Slots have no id: `-q` prints their rank.
    fn id(&self) -> i64 {
        self.rank
    }
}

/// A learning need shared by members that no open popup covers. Field names are the JSON contract.
#[derive(Clone, Debug, Serialize)]
pub struct NeedRow {
    pub tag: String,
    pub count: usize,
    /// Ids of the active members who need it.
    pub members: Vec<i64>,
    /// Ids of the active members whose expertise could lead it.
    pub experts: Vec<i64>,
    #[serde(skip)]
    member_names: Vec<String>,
    #[serde(skip)]
    expert_names: Vec<String>,
}

impl From<NeedHolders> for NeedRow {
    fn from(n: NeedHolders) -> NeedRow {
        NeedRow {
            count: n.members.len(),
            members: n.members.iter().map(|m| m.0).collect(),
            experts: n.experts.iter().map(|m| m.0).collect(),
            member_names: n.members.into_iter().map(|m| m.1).collect(),
            expert_names: n.experts.into_iter().map(|m| m.1).collect(),
            tag: n.tag,
        }
    }
}

impl Tabular for NeedRow {
    fn table_headers() -> &'static [&'static str] {
        &["need", "members", "who", "could lead"]
    }

    fn table_cells(&self) -> Vec<String> {
        vec![self.tag.clone(), self.count.to_string(), joined(&self.member_names), joined(&self.expert_names)]
    }

    fn csv_headers() -> &'static [&'static str] {
        &["tag", "count", "members", "experts"]
    }

    fn csv_cells(&self) -> Vec<String> {
        let ids = |v: &[i64]| v.iter().map(i64::to_string).collect::<Vec<_>>().join(";");
        vec![self.tag.clone(), self.count.to_string(), ids(&self.members), ids(&self.experts)]
    }

    /// Needs have no id: `-q` prints how many need it.
    fn id(&self) -> i64 {
        i64::try_from(self.count).unwrap_or(i64::MAX)
    }
}
