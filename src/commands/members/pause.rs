//! `cop members pause MEMBER --until DATE`, `cop members resume MEMBER`, and what
//! `members show` and `members list --paused` say about who is left out.

use std::collections::HashMap;

use crate::cli::members::PauseArgs;
use crate::commands::{Context, member_id, no_member};
use crate::domain::member::Member;
use crate::domain::pause::{Absence, check_until};
use crate::error::{Error, Result};
use crate::output::pauses::MemberWithAbsences;
use crate::store::members::{self as members_store, MemberFilter};
use crate::store::pauses as store;

pub fn pause(ctx: &mut Context, a: PauseArgs) -> Result<()> {
    let today = ctx.now.date_naive();
    let until = ctx.date("--until", &a.until)?;
    let until = check_until(until, today).map_err(|e| Error::invalid(format!("--until: {e}")))?;
    let mut db = ctx.writer()?;
    let (m, before) = db.write("pause a member", |db| {
        let id = member_id(db, &a.member)?;
        let m =
            members_store::get(db, id)?.ok_or_else(|| Error::not_found(format!("no member with id {id}")))?;
        let before = store::pause(db, id, until, today)?;
        Ok((with_absences(db, m, today)?, before))
    })?;
    let p = &m.member.profile;
    let was = before.map_or_else(String::new, |b| format!(" (was until {b})"));
    let msg = format!(
        "Paused {} (id {}) until {until}{was}: left out of pairing, popup match and assist match until then",
        p.name, m.member.id
    );
    ctx.out.written(m.member.id, &m, &msg)
}

pub fn resume(ctx: &mut Context, reference: &str) -> Result<()> {
    let today = ctx.now.date_naive();
    let mut db = ctx.writer()?;
    let (m, ended) = db.write("resume a member", |db| {
        let id = member_id(db, reference)?;
        let m =
            members_store::get(db, id)?.ok_or_else(|| Error::not_found(format!("no member with id {id}")))?;
        let now = with_absences(db, m, today)?;
        if now.left_out.is_empty() {
            return Err(Error::conflict(format!(
                "{} (id {}) is neither paused nor a ghost: nothing to resume",
                now.member.profile.name, id
            )));
        }
        let ghost = now.left_out.iter().any(|a| matches!(a, Absence::Ghost { .. }));
        store::resume(db, id, today, ghost)?;
        let ended: Vec<String> = now
            .left_out
            .iter()
            .map(|a| match a {
                Absence::Paused { .. } => format!("was {}", a.describe()),
                Absence::Ghost { .. } => format!("had {}", a.describe()),
            })
            .collect();
        let ended = ended.join(" and ");
        Ok((with_absences(db, now.member, today)?, ended))
    })?;
    let msg = format!(
        "Resumed {} (id {}), who {ended}: back in pairing and matching",
        m.member.profile.name, m.member.id
    );
    ctx.out.written(m.member.id, &m, &msg)
}

fn with_absences(
    db: &crate::store::Db,
    member: Member,
    today: chrono::NaiveDate,
) -> Result<MemberWithAbsences> {
    let left_out = store::absences(db, today)?.remove(&member.id).unwrap_or_default();
    Ok(MemberWithAbsences { member, left_out })
}

/// `members show`: the member, a line saying why they are left out, if they are, and
/// their level at each recent month's end.
pub fn show(ctx: &mut Context, reference: &str) -> Result<()> {
    let today = ctx.now.date_naive();
    let Some(s) = ctx.reader()? else {
        return Err(no_member(reference));
    };
    let m = s.read(|db| {
        let id = member_id(db, reference)?;
        let m =
            members_store::get(db, id)?.ok_or_else(|| Error::not_found(format!("no member with id {id}")))?;
        with_absences(db, m, today)
    })?;
    let level_history = crate::commands::report::level_history(ctx, &m.member)?;
    ctx.out.detail(&crate::output::level_history::MemberWithLevels { member: m, level_history })
}

/// `members list --paused`: the members the other filters select who are left out today.
/// The limit counts those members, so it is applied here rather than in the query.
pub fn list(ctx: &mut Context, mut filter: MemberFilter) -> Result<()> {
    let today = ctx.now.date_naive();
    let limit = filter.limit.take();
    let store = ctx.reader()?;
    let mut w = ctx.out.list::<MemberWithAbsences>("paused members")?;
    if let Some(s) = &store {
        s.read(|db| {
            let mut absences: HashMap<i64, Vec<Absence>> = store::absences(db, today)?;
            let mut shown = 0u64;
            members_store::for_each(db, &filter, |member| {
                if limit.is_some_and(|l| shown >= l) {
                    return Ok(());
                }
                let Some(left_out) = absences.remove(&member.id) else { return Ok(()) };
                shown += 1;
                w.push(&MemberWithAbsences { member, left_out })
            })
        })?;
    }
    w.finish()
}
