//! `cop popup match P [--limit N] [--invite N]`

use super::{load, popup_id, require_open};
use crate::cli::popup::MatchArgs;
use crate::commands::Context;
use crate::domain::matching::{Match, MatchKind, rank, wanted};
use crate::domain::popup::Participation;
use crate::error::Result;
use crate::store::popups as store;
use crate::store::{Db, matching};

/// Keeps at most `limit` of each kind, learners first.
fn limited(rows: Vec<Match>, limit: Option<usize>) -> Vec<Match> {
    let Some(limit) = limit else { return rows };
    let (learners, experts): (Vec<Match>, Vec<Match>) =
        rows.into_iter().partition(|m| m.kind == MatchKind::Learner);
    learners.into_iter().take(limit).chain(experts.into_iter().take(limit)).collect()
}

/// The popup's candidates ranked, with as little read about them as `limit` allows;
/// members paused on `today` are never candidates.
pub(super) fn ranked(
    db: &Db,
    id: i64,
    today: chrono::NaiveDate,
    tags: &[String],
    limit: Option<usize>,
) -> Result<Vec<Match>> {
    let mut candidates = store::match_candidates(db, id, today)?;
    let wanted = wanted(tags, &candidates, limit);
    let ids: Vec<i64> = candidates.iter().map(|c| c.member_id).collect();
    let known = matching::known(db, &ids, wanted.as_deref())?;
    for ((c, at), name) in candidates.iter_mut().zip(known.last_active).zip(known.names) {
        c.last_active = at;
        c.name = name;
    }
    Ok(rank(tags, &candidates, limit))
}

pub fn run(ctx: &mut Context, a: MatchArgs) -> Result<()> {
    let id = popup_id(&a.popup)?;
    let today = ctx.now.date_naive();
    let (popup, rows, invited) = match a.invite {
        None => {
            let popup = load(ctx, &a.popup)?;
            let rows = match ctx.reader()? {
                Some(s) => s.read(|db| ranked(db, id, today, &popup.tags, a.limit))?,
                None => Vec::new(),
            };
            (popup, rows, Vec::new())
        }
        Some(n) => {
            let mut s = ctx.writer()?;
            s.write(&format!("invite matches to popup {id}"), |db| {
                let popup = store::require(db, id)?;
                require_open(&popup, "invite members")?;
                // The top `n` learners are invited, whatever `--limit` shows.
                let rows = ranked(db, id, today, &popup.tags, a.limit.map(|l| l.max(n)))?;
                let mut invited = Vec::new();
                for m in rows.iter().filter(|m| m.kind == MatchKind::Learner).take(n) {
                    store::set_member(db, id, m.member_id, Participation::Invited)?;
                    invited.push(m.name.clone());
                }
                Ok((popup, rows, invited))
            })?
        }
    };
    if popup.tags.is_empty() {
        ctx.out.warn(&format!(
            "popup {id} has no tags, so nobody matches it: add some with `cop popup edit {id} --add-tag TAG`"
        ));
    }
    ctx.out.list_all("matching members", &limited(rows, a.limit))?;
    if !invited.is_empty() {
        ctx.out.message(&format!("Invited {} to popup {id}", invited.join(", ")));
    }
    Ok(())
}
