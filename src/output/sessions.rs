//! How sessions print.

use chrono::{DateTime, Utc};

use super::{Detail, Tabular, joined, opt};
use crate::domain::session::{Response, Session, waitlist};

/// A moment in the local time zone, the way people read it.
pub fn local(t: DateTime<Utc>) -> String {
    t.with_timezone(&super::zone()).format("%a %Y-%m-%d %H:%M").to_string()
}

fn going(s: &Session) -> String {
    match s.capacity {
        Some(c) => format!("{}/{c}", s.yes_count()),
        None => s.yes_count().to_string(),
    }
}

impl Tabular for Session {
    fn shows_times() -> bool {
        true
    }
    fn table_headers() -> &'static [&'static str] {
        &["id", "starts", "min", "kind", "title", "status", "facilitators", "going", "came"]
    }

    fn table_cells(&self) -> Vec<String> {
        vec![
            self.id.to_string(),
            local(self.starts_at),
            self.minutes.to_string(),
            self.kind.as_str().into(),
            self.title.clone(),
            self.status.as_str().into(),
            joined(&self.facilitator_names),
            going(self),
            self.attendees.len().to_string(),
        ]
    }

    fn csv_headers() -> &'static [&'static str] {
        &[
            "id",
            "uuid",
            "kind",
            "title",
            "starts_at",
            "ends_at",
            "minutes",
            "link",
            "location",
            "trainer",
            "capacity",
            "note",
            "status",
            "cancel_reason",
            "sequence",
            "popup_id",
            "facilitators",
            "yes",
            "attendees",
        ]
    }

    fn csv_cells(&self) -> Vec<String> {
        let ids = |v: &[i64]| v.iter().map(i64::to_string).collect::<Vec<_>>().join(";");
        let yes: Vec<i64> =
            self.rsvps.iter().filter(|r| r.response == Response::Yes).map(|r| r.member_id).collect();
        vec![
            self.id.to_string(),
            self.uuid.clone(),
            self.kind.as_str().into(),
            self.title.clone(),
            crate::domain::time::timestamp(self.starts_at),
            crate::domain::time::timestamp(self.ends_at),
            self.minutes.to_string(),
            opt(&self.link),
            opt(&self.location),
            opt(&self.trainer),
            opt(&self.capacity),
            opt(&self.note),
            self.status.as_str().into(),
            opt(&self.cancel_reason),
            self.sequence.to_string(),
            opt(&self.popup_id),
            ids(&self.facilitators),
            ids(&yes),
            ids(&self.attendees),
        ]
    }

    fn id(&self) -> i64 {
        self.id
    }
}

impl Detail for Session {
    fn details(&self) -> Vec<(&'static str, String)> {
        let names = |ids: &mut dyn Iterator<Item = i64>| -> String {
            ids.map(|m| format!("{} ({m})", self.name_of(m))).collect::<Vec<_>>().join(", ")
        };
        let answered =
            |r: Response| names(&mut self.rsvps.iter().filter(|x| x.response == r).map(|x| x.member_id));
        let mut lines = vec![
            ("id", self.id.to_string()),
            ("title", self.title.clone()),
            ("kind", self.kind.as_str().into()),
            ("status", self.status.as_str().into()),
        ];
        if let Some(reason) = &self.cancel_reason {
            lines.push(("cancelled because", reason.clone()));
        }
        lines.extend([
            ("starts", local(self.starts_at)),
            ("ends", local(self.ends_at)),
            ("minutes", self.minutes.to_string()),
            ("link", opt(&self.link)),
            ("location", opt(&self.location)),
            ("trainer", opt(&self.trainer)),
            ("facilitators", names(&mut self.facilitators.iter().copied())),
            ("capacity", opt(&self.capacity)),
            ("yes", answered(Response::Yes)),
            ("waitlist", names(&mut waitlist(&self.rsvps).into_iter())),
            ("maybe", answered(Response::Maybe)),
            ("no", answered(Response::No)),
            ("invited", answered(Response::Invited)),
            ("attended", names(&mut self.attendees.iter().copied())),
        ]);
        if let Some(p) = &self.popup {
            lines.push(("popup", format!("{} ({})", p.title, p.id)));
        }
        if let Some(a) = &self.assist {
            lines.push(("peer assist", format!("{} ({})", a.title, a.id)));
        }
        lines.extend([
            ("note", opt(&self.note)),
            ("uuid", self.uuid.clone()),
            ("version", self.sequence.to_string()),
        ]);
        lines
    }
}

/// One date of a meetup plan: the session made for it (none in a dry run) and who facilitates.
#[derive(Clone, Debug, serde::Serialize)]
pub struct PlannedMeetup {
    pub session_id: Option<i64>,
    pub title: String,
    pub starts_at: DateTime<Utc>,
    pub ends_at: DateTime<Utc>,
    pub facilitator: Option<i64>,
    pub facilitator_name: Option<String>,
}

impl Tabular for PlannedMeetup {
    fn shows_times() -> bool {
        true
    }
    fn table_headers() -> &'static [&'static str] {
        &["session", "starts", "title", "facilitator"]
    }

    fn table_cells(&self) -> Vec<String> {
        vec![
            self.session_id.map_or_else(|| "-".into(), |i| i.to_string()),
            local(self.starts_at),
            self.title.clone(),
            self.facilitator_name.clone().unwrap_or_else(|| "(nobody free)".into()),
        ]
    }

    fn csv_headers() -> &'static [&'static str] {
        &["session_id", "starts_at", "ends_at", "title", "facilitator", "facilitator_name"]
    }

    fn csv_cells(&self) -> Vec<String> {
        vec![
            opt(&self.session_id),
            crate::domain::time::timestamp(self.starts_at),
            crate::domain::time::timestamp(self.ends_at),
            self.title.clone(),
            opt(&self.facilitator),
            opt(&self.facilitator_name),
        ]
    }

    fn id(&self) -> i64 {
        self.session_id.unwrap_or(0)
    }
}
