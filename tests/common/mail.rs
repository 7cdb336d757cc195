//! Reading what `cop` mails with parsers that are not cop's own: mail-parser for MIME,
//! the ical crate for calendar parts.

use std::io::BufReader;
use std::path::{Path, PathBuf};

use ical::IcalParser;
use ical::parser::ical::component::IcalCalendar;
use mail_parser::{MessageParser, MimeHeaders};

use super::Env;

pub const FROM: &str = "Org Anizer <org@example.org>";

/// A community with a popup on network-mapping, one upcoming session of it, and
/// learners: Bea (Tokyo), Cleo (no email), Dan.
pub fn community(env: &Env) {
    env.member("Ana Souza", &["--email", "ana@example.org", "--expertise", "network-mapping"]);
    env.member(
        "Bea Lima",
        &["--email", "bea@example.org", "--need", "network-mapping", "--timezone", "Asia/Tokyo"],
    );
    env.member("Cleo", &["--need", "network-mapping"]);
    env.member("Dan", &["--email", "dan@example.org", "--interest", "network-mapping"]);
    env.ok(&[
        "popup",
        "propose",
        "Network mapping",
        "--by",
        "ana",
        "--tag",
        "network-mapping",
        "--description",
        "Map who knows whom",
    ]);
    env.ok(&["popup", "agenda", "1", "add", "Why map a network"]);
    env.ok(&["popup", "schedule", "1", "--at", "2026-12-04 12:00"]);
}

pub fn eml_files(dir: &Path) -> Vec<PathBuf> {
    let mut v: Vec<PathBuf> = std::fs::read_dir(dir).unwrap().map(|e| e.unwrap().path()).collect();
    v.sort();
    v
}

pub fn calendar_part(bytes: &[u8]) -> (String, String) {
    let m = MessageParser::default().parse(bytes).expect("a MIME message");
    let part = m
        .parts
        .iter()
        .find(|p| p.content_type().is_some_and(|t| t.subtype() == Some("calendar")))
        .expect("a text/calendar part");
    let ct = part.content_type().unwrap();
    (ct.attribute("method").unwrap_or_default().to_string(), part.text_contents().unwrap().to_string())
}

pub fn parse_calendar(text: &str) -> IcalCalendar {
    IcalParser::new(BufReader::new(text.as_bytes())).next().expect("one calendar").expect("valid iCalendar")
}

pub fn prop<'a>(props: &'a [ical::property::Property], name: &str) -> &'a ical::property::Property {
    props.iter().find(|p| p.name == name).unwrap_or_else(|| panic!("no {name}"))
}

pub fn param(p: &ical::property::Property, name: &str) -> String {
    p.params.as_ref().unwrap().iter().find(|(k, _)| k == name).map(|(_, v)| v.join(",")).unwrap_or_default()
}
