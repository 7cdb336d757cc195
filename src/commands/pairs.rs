//! `cop pairs [--record]` and `cop pairs history`.

use crate::cli::pairs::{PairArgs, PairsCommand, PairsSubcommand};
use crate::commands::{Context, parse_id};
use crate::domain::member::Status;
use crate::domain::pairing::{PairSet, count_in, pair};
use crate::domain::session::Response;
use crate::domain::tag;
use crate::error::{Error, Result};
use crate::output::Format;
use crate::output::pairs::{PairGroup, PairsResult};
use crate::store::Db;
use crate::store::members::{self, MemberFilter, MemberSort};
use crate::store::{pairs as store, sessions};

pub fn run(ctx: &mut Context, cmd: PairsCommand) -> Result<()> {
    match cmd.command {
        Some(PairsSubcommand::History) => history(ctx),
        None => propose(ctx, cmd.args),
    }
}

/// The group to pair: active members, filtered, or a session's attendees.
struct Group {
    members: Vec<(i64, String)>,
    session_id: Option<i64>,
}

fn group(db: &Db, a: &PairArgs, interests: &[String], session: Option<i64>) -> Result<Group> {
    let filter = MemberFilter {
        interests: interests.to_vec(),
        region: a.region.clone(),
        status: Some(Status::Active),
        sort: MemberSort::Id,
        ..MemberFilter::default()
    };
    let mut all = Vec::new();
    members::for_each(db, &filter, |m| {
        all.push((m.id, m.profile.name));
        Ok(())
    })?;
    let Some(id) = session else {
        return Ok(Group { members: all, session_id: None });
    };
    let s = sessions::require(db, id)?;
    let mut wanted = s.attendees.clone();
    if wanted.is_empty() {
        wanted = s.rsvps.iter().filter(|r| r.response == Response::Yes).map(|r| r.member_id).collect();
    }
    all.retain(|(id, _)| wanted.contains(id));
    Ok(Group { members: all, session_id: Some(s.id) })
}

/// A seed when none is given: from the clock, small enough to type back with --seed.
fn fresh_seed() -> u64 {
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_nanos() as u64)
        .unwrap_or_default();
    (nanos ^ u64::from(std::process::id()).rotate_left(32)) % 1_000_000
}

fn propose(ctx: &mut Context, a: PairArgs) -> Result<()> {
    let interests =
        tag::normalize_all(&a.interest).map_err(|e| Error::invalid(format!("--interest: {e}")))?;
    let session = a.session.as_deref().map(|r| parse_id("--session", r)).transpose()?;
    let seed = a.seed.unwrap_or_else(fresh_seed);
    let note = a
        .note
        .as_deref()
        .map(|n| crate::domain::rules::optional(n, crate::domain::pairing::NOTE))
        .transpose()
        .map_err(|e| Error::invalid(format!("--note: {e}")))?
        .flatten();
    let compute = |db: &Db| -> Result<(Group, PairSet, PairSet)> {
        let g = group(db, &a, &interests, session)?;
        if g.members.len() < 2 {
            return Err(Error::invalid(format!(
                "{}: at least 2 members are needed to pair, found {}",
                describe(&a),
                g.members.len()
            )));
        }
        Ok((g, store::met(db)?, store::attended_together(db)?))
    };
    let finish = |g: &Group, met: &PairSet, together: &PairSet| {
        let ids: Vec<i64> = g.members.iter().map(|m| m.0).collect();
        pair(&ids, met, together, seed)
    };
    let (g, met, together, round, round_id) = if a.record {
        let mut db = ctx.writer()?;
        db.write("record a pairing round", |db| {
            let (g, met, together) = compute(db)?;
            let round = finish(&g, &met, &together);
            let id = store::record(db, seed, g.session_id, note.as_deref(), &round.groups)?;
            Ok((g, met, together, round, Some(id)))
        })?
    } else {
        let Some(s) = ctx.reader()? else {
            if let Some(id) = session {
                return Err(Error::not_found(format!("no session with id {id}")));
            }
            return Err(Error::invalid(format!(
                "{}: at least 2 members are needed to pair, found 0",
                describe(&a)
            )));
        };
        let (g, met, together) = s.read(compute)?;
        let round = finish(&g, &met, &together);
        (g, met, together, round, None)
    };
    let name = |id: i64| g.members.iter().find(|m| m.0 == id).map_or_else(String::new, |m| m.1.clone());
    let rows: Vec<PairGroup> = round
        .groups
        .iter()
        .enumerate()
        .map(|(i, members)| PairGroup {
            group: i + 1,
            members: members.clone(),
            names: members.iter().map(|&m| name(m)).collect(),
            repeats: count_in(members, &met),
            co_attended: count_in(members, &together),
        })
        .collect();
    if ctx.out.quiet {
        let lines: Vec<String> =
            round.groups.iter().map(|g| g.iter().map(i64::to_string).collect::<Vec<_>>().join(" ")).collect();
        ctx.out.raw(&format!("{}\n", lines.join("\n")))?;
    } else if matches!(ctx.out.format, Format::Json | Format::Jsonl) {
        ctx.out.json(&PairsResult {
            round_id,
            seed,
            groups: round.groups.clone(),
            repeats: round.repeats,
            co_attended: round.co_attended,
        })?;
    } else {
        ctx.out.list_all("groups", &rows)?;
    }
    let repeats = match round.repeats {
        0 => "nobody meets an earlier partner".to_string(),
        n => format!("{n} earlier pair(s) meet again: no round of this group avoids them all"),
    };
    match round_id {
        Some(id) => ctx.out.message(&format!("Recorded round {id} (seed {seed}): {repeats}")),
        None => ctx.out.message(&format!(
            "Seed {seed}: {repeats}. Not saved: add --record (and --seed {seed} for this same round)"
        )),
    }
    Ok(())
}

fn describe(a: &PairArgs) -> String {
    let mut parts = vec!["active members".to_string()];
    if !a.interest.is_empty() {
        parts.push(format!("with interest {}", a.interest.join(", ")));
    }
    if let Some(r) = &a.region {
        parts.push(format!("in region {r}"));
    }
    if let Some(s) = &a.session {
        parts.push(format!("of session {s}"));
    }
    parts.join(" ")
}

fn history(ctx: &mut Context) -> Result<()> {
    let rounds = match ctx.reader()? {
        Some(s) => s.read(store::rounds)?,
        None => Vec::new(),
    };
    ctx.out.list_all("pairing rounds", &rounds)
}
