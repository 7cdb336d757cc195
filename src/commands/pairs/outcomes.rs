//! `cop pairs met ROUND MEMBER...` and `cop pairs missed ROUND MEMBER...`.

use crate::cli::pairs::OutcomeArgs;
use crate::commands::{Context, member_ids, parse_id};
use crate::domain::pairing::outcome::{GHOST_AFTER, Outcome};
use crate::domain::pause::Absence;
use crate::error::{Error, Result};
use crate::store::{pairs as store, pauses};

/// Records what the named members of a round did. Each must have been in the round; a
/// member recorded before is recorded again (a correction). Members whose misses this
/// makes three in a row are reported as ghosts, left out of pairing from now on.
pub fn record(ctx: &mut Context, a: OutcomeArgs, outcome: Outcome) -> Result<()> {
    let round = parse_id("ROUND", &a.round)?;
    let mut db = ctx.writer()?;
    let (row, named, new_ghosts) =
        db.write(&format!("record who {} in pairing round {round}", outcome.as_str()), |db| {
            let members = store::round_members(db, round)?;
            let ids = member_ids(db, &a.members)?;
            let mut named = Vec::new();
            for id in &ids {
                let Some(m) = members.iter().find(|m| m.member_id == *id) else {
                    let name =
                        crate::store::members::get(db, *id)?.map(|m| m.profile.name).unwrap_or_default();
                    return Err(Error::conflict(format!(
                        "{name} ({id}) was not in round {round}: nothing was recorded"
                    ))
                    .with_hint(format!("`cop pairs history` shows who was in round {round}")));
                };
                named.push(format!("{} ({})", m.name, m.member_id));
            }
            let before: Vec<i64> = pauses::ghosts(db)?.into_iter().map(|g| g.0).collect();
            for id in &ids {
                store::set_outcome(db, round, *id, outcome)?;
            }
            let new_ghosts: Vec<(i64, String, Vec<i64>)> = pauses::ghosts(db)?
                .into_iter()
                .filter(|(m, _)| ids.contains(m) && !before.contains(m))
                .map(|(m, rounds)| {
                    let name =
                        members.iter().find(|x| x.member_id == m).map(|x| x.name.clone()).unwrap_or_default();
                    (m, name, rounds)
                })
                .collect();
            Ok((store::round(db, round)?, named, new_ghosts))
        })?;
    let verb = match outcome {
        Outcome::Met => "met their group",
        Outcome::Missed => "missed it",
    };
    let msg =
        format!("Round {round}: recorded that {} {verb}; {} so far", named.join(", "), row.rate.describe());
    ctx.out.written(round, &row, &msg)?;
    for (id, name, rounds) in new_ghosts {
        let why = Absence::Ghost { missed_rounds: rounds }.describe();
        ctx.out.warn(&format!(
            "{name} ({id}) {why} ({GHOST_AFTER} make a ghost): left out of pairing until `cop members resume {id}`"
        ));
    }
    Ok(())
}
