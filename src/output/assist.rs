//! How peer assists and their follow-ups print, including the markdown notes a
//! facilitator pastes to the group.

use std::fmt::Write as _;

use chrono::DateTime;

use super::{Detail, Layout, Tabular, joined, opt, visible};
use crate::domain::assist::{AssistStatus, FollowUp, MemberRef, NextStep, PeerAssist, STEP_NAMES, Takeaway};
use crate::domain::listeners::filled;

/// A stored RFC 3339 moment in local time, `YYYY-MM-DD HH:MM`; as given when unreadable.
pub fn local_time(stored: &str) -> String {
    DateTime::parse_from_rfc3339(stored)
        .map(|t| t.with_timezone(&super::zone()).format("%Y-%m-%d %H:%M").to_string())
        .unwrap_or_else(|_| stored.to_string())
}

fn local_day(stored: &Option<String>) -> String {
    stored.as_deref().map(|s| local_time(s).chars().take(10).collect()).unwrap_or_default()
}

fn status(a: &PeerAssist) -> String {
    match a.status {
        AssistStatus::Logged => "logged".into(),
        AssistStatus::Draft => format!("draft (at step {})", a.current_step.min(7)),
        AssistStatus::Requested => {
            format!("requested ({} listeners)", filled(a.listeners.len(), a.size))
        }
    }
}

fn challenge_group(a: &PeerAssist) -> String {
    let mut parts = a.names_of(&a.presenters);
    if let Some(g) = &a.group {
        parts.insert(0, g.clone());
    }
    joined(&parts)
}

fn takeaway_line(a: &PeerAssist, t: &Takeaway) -> String {
    match &t.member_id {
        Some(m) => format!("{}: {}", a.name_of(m), t.text),
        None => t.text.clone(),
    }
}

fn next_step_line(a: &PeerAssist, s: &NextStep) -> String {
    let mut line = s.text.clone();
    let mut extra = Vec::new();
    if let Some(o) = &s.owner_id {
        extra.push(a.name_of(o));
    }
    if let Some(d) = &s.due {
        extra.push(format!("due {d}"));
    }
    if let Some(d) = &s.done_at {
        extra.push(format!("done {}", local_time(d).chars().take(10).collect::<String>()));
    }
    if !extra.is_empty() {
        let _ = write!(line, " ({})", extra.join(", "));
    }
    line
}

impl Tabular for PeerAssist {
    fn table_headers() -> &'static [&'static str] {
        &["id", "date", "challenge", "challenge group", "listeners", "open steps", "status"]
    }

    fn table_cells(&self) -> Vec<String> {
        vec![
            opt(&self.id),
            local_day(&self.date),
            self.challenge.clone(),
            challenge_group(self),
            self.listeners.len().to_string(),
            self.open_steps().to_string(),
            status(self),
        ]
    }

    fn csv_headers() -> &'static [&'static str] {
        &[
            "id",
            "uuid",
            "date",
            "minutes",
            "challenge",
            "group",
            "presenters",
            "listeners",
            "facilitators",
            "next_steps",
            "open_next_steps",
            "continue_discussion",
            "status",
            "tags",
            "size",
        ]
    }

    fn csv_cells(&self) -> Vec<String> {
        vec![
            opt(&self.id),
            opt(&self.uuid),
            opt(&self.date),
            self.minutes.to_string(),
            self.challenge.clone(),
            opt(&self.group),
            self.names_of(&self.presenters).join(";"),
            self.names_of(&self.listeners).join(";"),
            self.names_of(&self.facilitators).join(";"),
            self.next_steps.len().to_string(),
            self.open_steps().to_string(),
            self.continue_discussion.to_string(),
            self.status.as_str().into(),
            self.tags.join(";"),
            opt(&self.size),
        ]
    }

    fn id(&self) -> i64 {
        self.id.unwrap_or_default()
    }
}

impl Detail for PeerAssist {
    fn details(&self) -> Vec<(&'static str, String)> {
        let lines = |items: &[String]| items.iter().map(|i| format!("- {i}")).collect::<Vec<_>>().join("\n");
        let resources: Vec<String> = self
            .resources
            .iter()
            .map(|r| match &r.url {
                Some(u) => format!("{} <{u}>", r.title),
                None => r.title.clone(),
            })
            .collect();
        let takeaways: Vec<String> = self.takeaways.iter().map(|t| takeaway_line(self, t)).collect();
        let steps: Vec<String> =
            self.next_steps.iter().map(|s| format!("[{}] {}", opt(&s.id), next_step_line(self, s))).collect();
        let invited: Vec<String> = self
            .invitations
            .iter()
            .map(|i| format!("{}: {}", self.name_of(&MemberRef::Id(i.member_id)), i.status.as_str()))
            .collect();
        let mut request = Vec::new();
        if self.status == AssistStatus::Requested || !self.invitations.is_empty() {
            request.push(("listeners sought", opt(&self.size)));
            request.push(("invitations", lines(&invited)));
        }
        let head = vec![
            ("id", opt(&self.id)),
            ("date", self.date.as_deref().map(local_time).unwrap_or_default()),
            ("minutes", self.minutes.to_string()),
            ("status", status(self)),
            ("challenge", self.challenge.clone()),
            ("group", opt(&self.group)),
            ("tags", joined(&self.tags)),
            ("presenters", joined(&self.names_of(&self.presenters))),
            ("listeners", joined(&self.names_of(&self.listeners))),
            ("facilitators", joined(&self.names_of(&self.facilitators))),
            ("session", opt(&self.session_id)),
        ];
        let notes = vec![
            ("1 situation", opt(&self.situation)),
            ("2 clarifying", lines(&self.clarifying)),
            ("3 ideas", lines(&self.ideas)),
            ("3 resources", lines(&resources)),
            ("4 response", opt(&self.response)),
            ("5 takeaways", lines(&takeaways)),
            ("6 reflection", opt(&self.reflection)),
            ("7 next steps", lines(&steps)),
            ("continue", if self.continue_discussion { "yes".into() } else { "no".into() }),
            ("uuid", opt(&self.uuid)),
        ];
        head.into_iter().chain(request).chain(notes).collect()
    }
}

/// The assist as markdown notes to paste to the group: the people, every step,
/// the resources and the next steps, with the stored text made [`visible`].
impl super::Output {
    /// `assist show`: the record's fields, or with `--format markdown` its notes.
    pub fn assist(&mut self, a: &PeerAssist) -> crate::error::Result<()> {
        if self.format == super::Format::Markdown && !self.quiet {
            return self.raw(&markdown(a));
        }
        self.detail(a)
    }
}

pub fn markdown(a: &PeerAssist) -> String {
    let md = notes(a);
    match visible(&md, Layout::Text) {
        std::borrow::Cow::Owned(escaped) => escaped,
        std::borrow::Cow::Borrowed(_) => md,
    }
}

fn notes(a: &PeerAssist) -> String {
    let mut md = String::new();
    let _ = writeln!(md, "# Peer assist: {}\n", a.challenge);
    let zone = super::zone();
    let date = a.date.as_deref().map(|d| format!("{} {}", local_time(d), zone.name())).unwrap_or_default();
    let _ = writeln!(md, "- **Date:** {date} ({} minutes)", a.minutes);
    let group = challenge_group(a);
    if !group.is_empty() {
        let _ = writeln!(md, "- **Challenge group:** {group}");
    }
    for (label, refs) in [("Listeners", &a.listeners), ("Facilitators", &a.facilitators)] {
        if !refs.is_empty() {
            let _ = writeln!(md, "- **{label}:** {}", joined(&a.names_of(refs)));
        }
    }
    if !a.tags.is_empty() {
        let _ = writeln!(md, "- **About:** {}", joined(&a.tags));
    }
    match a.status {
        AssistStatus::Draft => {
            let _ = writeln!(md, "- **Status:** draft, not finished");
        }
        AssistStatus::Requested => {
            let wanted = filled(a.listeners.len(), a.size);
            let _ = writeln!(md, "- **Status:** requested, not held yet ({wanted} listeners)");
        }
        AssistStatus::Logged => {}
    }
    let none = "_Nothing noted._";
    let section = |md: &mut String, n: usize| {
        let (name, _) = STEP_NAMES[n - 1];
        let _ = writeln!(md, "\n## {n}. {name}\n");
    };
    let text = |md: &mut String, t: &Option<String>| {
        let _ = writeln!(md, "{}", t.as_deref().unwrap_or(none));
    };
    let bullets = |md: &mut String, items: &[String]| {
        if items.is_empty() {
            let _ = writeln!(md, "{none}");
        }
        for i in items {
            let _ = writeln!(md, "- {}", i.replace('\n', "\n  "));
        }
    };
    section(&mut md, 1);
    text(&mut md, &a.situation);
    section(&mut md, 2);
    bullets(&mut md, &a.clarifying);
    section(&mut md, 3);
    bullets(&mut md, &a.ideas);
    if !a.resources.is_empty() {
        let _ = writeln!(md, "\n### Resources\n");
        for r in &a.resources {
            let _ = match &r.url {
                Some(u) => writeln!(md, "- [{}]({u})", r.title),
                None => writeln!(md, "- {}", r.title),
            };
        }
    }
    section(&mut md, 4);
    text(&mut md, &a.response);
    section(&mut md, 5);
    let takeaways: Vec<String> = a
        .takeaways
        .iter()
        .map(|t| match &t.member_id {
            Some(m) => format!("**{}:** {}", a.name_of(m), t.text),
            None => t.text.clone(),
        })
        .collect();
    bullets(&mut md, &takeaways);
    section(&mut md, 6);
    text(&mut md, &a.reflection);
    section(&mut md, 7);
    for s in &a.next_steps {
        let mark = if s.done_at.is_some() { "x" } else { " " };
        let _ = writeln!(md, "- [{mark}] {}", next_step_line(a, s));
    }
    if a.continue_discussion {
        let _ = writeln!(md, "- The group will continue the discussion.");
    } else if a.next_steps.is_empty() {
        let _ = writeln!(md, "{none}");
    }
    md
}

impl Tabular for FollowUp {
    fn table_headers() -> &'static [&'static str] {
        &["id", "due", "owner", "next step", "assist", "challenge"]
    }

    fn table_cells(&self) -> Vec<String> {
        vec![
            self.id.to_string(),
            opt(&self.due),
            opt(&self.owner),
            self.text.clone(),
            self.assist_id.to_string(),
            self.challenge.clone(),
        ]
    }

    fn csv_headers() -> &'static [&'static str] {
        &["id", "assist_id", "challenge", "text", "owner_id", "owner", "due", "done_at"]
    }

    fn csv_cells(&self) -> Vec<String> {
        vec![
            self.id.to_string(),
            self.assist_id.to_string(),
            self.challenge.clone(),
            self.text.clone(),
            opt(&self.owner_id),
            opt(&self.owner),
            opt(&self.due),
            opt(&self.done_at),
        ]
    }

    fn id(&self) -> i64 {
        self.id
    }
}

impl Detail for FollowUp {
    fn details(&self) -> Vec<(&'static str, String)> {
        vec![
            ("id", self.id.to_string()),
            ("next step", self.text.clone()),
            ("owner", opt(&self.owner)),
            ("due", opt(&self.due)),
            ("done", self.done_at.as_deref().map(local_time).unwrap_or_default()),
            ("assist", format!("{} ({})", self.assist_id, self.challenge)),
        ]
    }
}
