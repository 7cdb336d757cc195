//! Sessions: the meetings of the community.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

/// What kind of meeting a session is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum SessionKind {
    #[default]
    Meetup,
    Training,
    Coaching,
    Reading,
    Popup,
    Assist,
    Other,
}

impl SessionKind {
    pub const ALL: [SessionKind; 7] = [
        SessionKind::Meetup,
        SessionKind::Training,
        SessionKind::Coaching,
        SessionKind::Reading,
        SessionKind::Popup,
        SessionKind::Assist,
        SessionKind::Other,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            SessionKind::Meetup => "meetup",
            SessionKind::Training => "training",
            SessionKind::Coaching => "coaching",
            SessionKind::Reading => "reading",
            SessionKind::Popup => "popup",
            SessionKind::Assist => "assist",
            SessionKind::Other => "other",
        }
    }

    pub fn parse(s: &str) -> Result<SessionKind, String> {
        let lower = s.trim().to_lowercase();
        SessionKind::ALL.into_iter().find(|k| k.as_str() == lower).ok_or_else(|| {
            format!("kind {s:?}: expected meetup, training, coaching, reading, popup, assist or other")
        })
    }
}

/// A session about to be created.
#[derive(Clone, Debug, Default)]
pub struct NewSession {
    pub kind: SessionKind,
    pub title: String,
    pub starts_at: DateTime<Utc>,
    pub minutes: u32,
    pub link: Option<String>,
    pub location: Option<String>,
    pub trainer: Option<String>,
    pub capacity: Option<u32>,
    pub note: Option<String>,
    pub popup_id: Option<i64>,
}
