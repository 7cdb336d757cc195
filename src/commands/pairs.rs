//! `cop pairs [--size K] [--record]` and `cop pairs history`; what happened in a round
//! (`met`, `missed`) is in `outcomes.rs`, the confidential exclusions in `exclusions.rs`.

mod exclusions;
mod outcomes;

use std::collections::HashMap;

use crate::cli::pairs::{PairArgs, PairsCommand, PairsSubcommand};
use crate::commands::{Context, parse_id};
use crate::domain::member::Status;
use crate::domain::pairing::outcome::MetRate;
use crate::domain::pairing::{self, History, PairSet, count_in};
use crate::domain::pause::Absence;
use crate::domain::session::Response;
use crate::domain::tag;
use crate::error::{Error, Result};
use crate::output::count;
use crate::output::pairs::{LeftOut, PairGroup, PairsResult};
use crate::store::Db;
use crate::store::members::{self, MemberFilter, MemberSort};
use crate::store::{exclusions as apart, pairs as store, pauses, sessions};

pub fn run(ctx: &mut Context, cmd: PairsCommand) -> Result<()> {
    match cmd.command {
        Some(PairsSubcommand::History) => history(ctx),
        Some(PairsSubcommand::Met(a)) => outcomes::record(ctx, a, pairing::outcome::Outcome::Met),
        Some(PairsSubcommand::Missed(a)) => outcomes::record(ctx, a, pairing::outcome::Outcome::Missed),
        Some(PairsSubcommand::Exclude(a)) => exclusions::exclude(ctx, a),
        Some(PairsSubcommand::Exclusions) => exclusions::list(ctx),
        None => propose(ctx, cmd.args),
    }
}

/// The group to pair: active members, filtered, or a session's attendees; without those
/// left out today (paused, ghosts), who are kept apart with why.
struct Group {
    members: Vec<(i64, String)>,
    left_out: Vec<LeftOut>,
    session_id: Option<i64>,
}

fn group(
    db: &Db,
    a: &PairArgs,
    interests: &[String],
    session: Option<i64>,
    today: chrono::NaiveDate,
) -> Result<Group> {
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
    let mut session_id = None;
    if let Some(id) = session {
        let s = sessions::require(db, id)?;
        let mut wanted = s.attendees.clone();
        if wanted.is_empty() {
            wanted = s.rsvps.iter().filter(|r| r.response == Response::Yes).map(|r| r.member_id).collect();
        }
        all.retain(|(id, _)| wanted.contains(id));
        session_id = Some(s.id);
    }
    let mut absences: HashMap<i64, Vec<Absence>> = pauses::absences(db, today)?;
    let (members, out): (Vec<_>, Vec<_>) = all.into_iter().partition(|(id, _)| !absences.contains_key(id));
    let left_out = out
        .into_iter()
        .map(|(member_id, name)| LeftOut {
            member_id,
            name,
            reasons: absences.remove(&member_id).unwrap_or_default(),
        })
        .collect();
    Ok(Group { members, left_out, session_id })
}

/// A seed when none is given: from the clock, small enough to type back with --seed.
fn fresh_seed() -> u64 {
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_nanos() as u64)
        .unwrap_or_default();
    (nanos ^ u64::from(std::process::id()).rotate_left(32)) % 1_000_000
}

/// What a round is made from: the group, and the pairs it must know about.
struct Prepared {
    group: Group,
    met: PairSet,
    together: PairSet,
    apart: PairSet,
}

fn propose(ctx: &mut Context, a: PairArgs) -> Result<()> {
    let interests =
        tag::normalize_all(&a.interest).map_err(|e| Error::invalid(format!("--interest: {e}")))?;
    let session = a.session.as_deref().map(|r| parse_id("--session", r)).transpose()?;
    let seed = a.seed.unwrap_or_else(fresh_seed);
    let size = usize::from(a.size);
    let today = ctx.now.date_naive();
    let note = a
        .note
        .as_deref()
        .map(|n| crate::domain::rules::optional(n, crate::domain::pairing::NOTE))
        .transpose()
        .map_err(|e| Error::invalid(format!("--note: {e}")))?
        .flatten();
    let prepare = |db: &Db| -> Result<Prepared> {
        let g = group(db, &a, &interests, session, today)?;
        if g.members.len() < 2 {
            return Err(too_few(&a, &g));
        }
        Ok(Prepared {
            group: g,
            met: store::met(db)?,
            together: store::attended_together(db)?,
            apart: apart::pairs(db)?,
        })
    };
    let split = |p: &Prepared| -> Result<pairing::Round> {
        let ids: Vec<i64> = p.group.members.iter().map(|m| m.0).collect();
        let history = History { met: &p.met, together: &p.together, apart: &p.apart };
        pairing::group(&ids, size, &history, seed).map_err(|_| {
            // Confidential: the message names no one.
            Error::conflict(format!(
                "no split of these {} members into groups of {size} keeps every exclusion apart",
                ids.len()
            ))
            .with_hint("change the group (--size, a filter), or lift one with `cop pairs exclude MEMBER MEMBER --remove`")
        })
    };
    let (p, round, round_id) = if a.record {
        let mut db = ctx.writer()?;
        db.write("record a pairing round", |db| {
            let p = prepare(db)?;
            let round = split(&p)?;
            let id = store::record(db, seed, p.group.session_id, note.as_deref(), &round.groups)?;
            Ok((p, round, Some(id)))
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
        let p = s.read(prepare)?;
        let round = split(&p)?;
        (p, round, None)
    };
    let g = &p.group;
    let name = |id: i64| g.members.iter().find(|m| m.0 == id).map_or_else(String::new, |m| m.1.clone());
    let rows: Vec<PairGroup> = round
        .groups
        .iter()
        .enumerate()
        .map(|(i, members)| PairGroup {
            group: i + 1,
            members: members.clone(),
            names: members.iter().map(|&m| name(m)).collect(),
            repeats: count_in(members, &p.met),
            co_attended: count_in(members, &p.together),
        })
        .collect();
    let result = PairsResult {
        round_id,
        seed,
        size,
        groups: round.groups.clone(),
        repeats: round.repeats,
        co_attended: round.co_attended,
        left_out: g.left_out.clone(),
    };
    ctx.out.pairs(&result, &rows)?;
    warn_left_out(ctx, &g.left_out);
    let repeats = match round.repeats {
        0 => "nobody meets an earlier partner".to_string(),
        n => {
            let pairs = count(n, "earlier pair");
            let verb = if n == 1 { "meets" } else { "meet" };
            if round.exact {
                format!("{pairs} {verb} again: no round of this group avoids them all")
            } else {
                format!("{pairs} {verb} again: the fewest the search found for a group this large")
            }
        }
    };
    match round_id {
        Some(id) => ctx.out.message(&format!("Recorded round {id} (seed {seed}): {repeats}")),
        None => ctx.out.message(&format!(
            "Seed {seed}: {repeats}. Not saved: add --record (and --seed {seed} for this same round)"
        )),
    }
    Ok(())
}

/// One warning per member left out, with why and what brings them back.
fn warn_left_out(ctx: &Context, left_out: &[LeftOut]) {
    for l in left_out {
        let why: Vec<String> = l.reasons.iter().map(Absence::describe).collect();
        ctx.out.warn(&format!(
            "left out: {} ({}), {}: `cop members resume {}` brings them back",
            l.name,
            l.member_id,
            why.join(" and "),
            l.member_id
        ));
    }
}

fn too_few(a: &PairArgs, g: &Group) -> Error {
    let left = match g.left_out.len() {
        0 => String::new(),
        n => format!(" ({n} more left out: paused or ghosts; `cop members list --paused` shows them)"),
    };
    Error::invalid(format!(
        "{}: at least 2 members are needed to pair, found {}{left}",
        describe(a),
        g.members.len()
    ))
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
    ctx.out.list_all("pairing rounds", &rounds)?;
    let mut all = MetRate::default();
    for r in &rounds {
        all.add(r.rate);
    }
    if all.rate().is_some() {
        ctx.out.message(&format!("Over {}: {}", count(rounds.len(), "round"), all.describe()));
    }
    Ok(())
}
