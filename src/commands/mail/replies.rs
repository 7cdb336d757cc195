//! `cop sessions replies FILE...|-`: calendar replies (iTIP REPLY) read back as RSVPs.
//! Every answer that names a known session and member is recorded, with the waitlist
//! rules, in one transaction; every other one is one line of the report, recording
//! nothing for it.

use std::io::Read;
use std::path::Path;

use crate::cli::sessions::RepliesArgs;
use crate::commands::Context;
use crate::domain::itip::{self, Answer, Found};
use crate::domain::mail::response_of;
use crate::domain::member::Status;
use crate::domain::session::{Response, RsvpOutcome, SessionStatus, apply_rsvp};
use crate::error::{Error, Result};
use crate::output::mail::ReplyLine;
use crate::store::{Db, members, outbox, sessions};

/// Reads every FILE (`-` once for standard input); a file that cannot be read is one
/// problem, not the end of the command.
fn gather(files: &[std::path::PathBuf]) -> Result<Vec<Found>> {
    let mut found = Vec::new();
    let mut stdin_used = false;
    for f in files {
        let source = f.display().to_string();
        let bytes = if f == Path::new("-") {
            if stdin_used {
                return Err(Error::invalid("FILE: - (standard input) may be given only once"));
            }
            stdin_used = true;
            let mut b = Vec::new();
            std::io::stdin().read_to_end(&mut b).map(|_| b)
        } else {
            std::fs::read(f)
        };
        match bytes {
            Ok(b) => found.extend(itip::read(&source, &b)),
            Err(e) => found.push(Found { source, answer: Err(format!("cannot read it: {e}")) }),
        }
    }
    Ok(found)
}

fn skipped(source: &str, problem: String) -> ReplyLine {
    ReplyLine {
        source: source.to_string(),
        session_id: None,
        member_id: None,
        response: None,
        outcome: "skipped".into(),
        problem: Some(problem),
        notes: Vec::new(),
    }
}

/// Records one answer, or says why not.
fn apply(db: &Db, source: &str, a: &Answer) -> Result<ReplyLine> {
    let uuid = a.uid.strip_suffix("@cop").unwrap_or(&a.uid);
    let Some(id) = outbox::session_by_uuid(db, uuid)? else {
        return Ok(skipped(source, format!("unknown UID {:?}: no session of this community", a.uid)));
    };
    let s = sessions::require(db, id)?;
    let mut line = skipped(source, String::new());
    line.session_id = Some(s.id);
    let Some(member) = outbox::member_by_email(db, &a.attendee)? else {
        line.problem = Some(format!("no member has the address {:?}", a.attendee));
        return Ok(line);
    };
    line.member_id = Some(member);
    if a.sequence < s.sequence {
        line.problem = Some(format!(
            "answers an older version of session {} (SEQUENCE {}, now {}): ask again with `cop sessions invite {}`",
            s.id, a.sequence, s.sequence, s.id
        ));
        return Ok(line);
    }
    if s.status == SessionStatus::Cancelled {
        line.problem = Some(format!("session {} is cancelled", s.id));
        return Ok(line);
    }
    let Some(answer) = response_of(&a.partstat) else {
        line.problem = Some(format!(
            "PARTSTAT {:?} is no answer (expected ACCEPTED, DECLINED or TENTATIVE)",
            a.partstat
        ));
        return Ok(line);
    };
    let m = members::get(db, member)?.ok_or_else(|| Error::runtime("the member vanished"))?;
    if m.profile.status == Status::Archived && answer != Response::No {
        line.problem = Some(format!("{} (id {}) is archived: restore them first", m.profile.name, m.id));
        return Ok(line);
    }
    let mut rsvps = s.rsvps.clone();
    let outcomes = apply_rsvp(&mut rsvps, s.capacity, member, answer);
    sessions::save_rsvps(db, s.id, &s.rsvps, &rsvps)?;
    line.outcome = "recorded".into();
    line.problem = None;
    line.response = rsvps.iter().find(|r| r.member_id == member).map(|r| r.response.as_str().to_string());
    for o in outcomes {
        match o {
            RsvpOutcome::Waitlisted(_, place) => {
                line.notes.push(format!("the session is full: waitlisted, place {place}"))
            }
            RsvpOutcome::Promoted(p) if p != member => {
                line.notes.push(format!("{} got a place from the waitlist", s.name_of(p)))
            }
            _ => {}
        }
    }
    Ok(line)
}

/// The files read, for the operation's summary: the first three, then how many more.
fn file_names(files: &[std::path::PathBuf]) -> String {
    let mut shown: Vec<String> = files.iter().take(3).map(|f| f.display().to_string()).collect();
    if files.len() > 3 {
        shown.push(format!("and {} more", files.len() - 3));
    }
    shown.join(" ")
}

pub fn run(ctx: &mut Context, a: RepliesArgs) -> Result<()> {
    let found = gather(&a.files)?;
    let mut db = ctx.writer()?;
    let lines = db.write("record calendar replies", |db| {
        let mut lines = Vec::new();
        for f in &found {
            lines.push(match &f.answer {
                Ok(answer) => apply(db, &f.source, answer)?,
                Err(problem) => skipped(&f.source, problem.clone()),
            });
        }
        let recorded = lines.iter().filter(|l| l.problem.is_none()).count();
        db.summarize(format!(
            "sessions replies {}: {recorded} recorded, {}",
            file_names(&a.files),
            crate::output::count(lines.len() - recorded, "problem")
        ));
        Ok(lines)
    })?;
    let recorded = lines.iter().filter(|l| l.problem.is_none()).count();
    ctx.out.list_all("replies", &lines)?;
    let problems = lines.len() - recorded;
    if problems > 0 {
        ctx.out.warn(&format!("{problems} reply(ies) not recorded: see the report"));
    }
    ctx.out.message(&format!("Recorded {recorded} answer(s)"));
    Ok(())
}
