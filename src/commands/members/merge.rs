//! `cop members merge KEEP DROP`: one person, two records, one left.

use crate::cli::members::MergeArgs;
use crate::commands::{Context, member_id, no_member};
use crate::domain::member::Member;
use crate::domain::merge::merge_profiles;
use crate::error::{Error, Result};
use crate::store::{member_merge, members as store};

pub fn run(ctx: &mut Context, a: MergeArgs) -> Result<()> {
    let Some(reader) = ctx.reader()? else { return Err(no_member(&a.keep)) };
    let (keep, drop) = reader.read(|db| {
        let get = |reference: &str| -> Result<Member> {
            let id = member_id(db, reference)?;
            store::get(db, id)?.ok_or_else(|| no_member(reference))
        };
        Ok((get(&a.keep)?, get(&a.drop)?))
    })?;
    if keep.id == drop.id {
        return Err(Error::invalid(format!(
            "KEEP and DROP are both {} (id {}): name two members",
            keep.profile.name, keep.id
        )));
    }
    let question = format!(
        "merge {} (id {}) into {} (id {}), removing member {}",
        drop.profile.name, drop.id, keep.profile.name, keep.id, drop.id
    );
    if !ctx.prompt.confirm(&question, a.yes)? {
        ctx.out.message("Nothing was changed.");
        return Ok(());
    }
    let merged = merge_profiles(&keep.profile, &drop.profile);
    merged.check().map_err(|e| Error::invalid(format!("the merged member: {e}")))?;
    let mut s = ctx.writer()?;
    let (member, moved) = s.write(&format!("merge member {} into {}", drop.id, keep.id), |db| {
        if store::get(db, keep.id)?.is_none() || store::get(db, drop.id)?.is_none() {
            return Err(Error::conflict("another cop changed these members meanwhile: try again"));
        }
        let moved = member_merge::merge(db, keep.id, drop.id, &drop.uuid, &merged)?;
        let member = store::get(db, keep.id)?.ok_or_else(|| Error::runtime("the kept member vanished"))?;
        Ok((member, moved))
    })?;
    let detail: Vec<String> = moved
        .iter()
        .map(|(t, n)| {
            crate::output::count_plural(i64::try_from(*n).unwrap_or(i64::MAX), &t.replace('_', " "))
        })
        .collect();
    let msg = format!(
        "Merged {} (id {}) into {} (id {}){}; {} now names member {}",
        drop.profile.name,
        drop.id,
        member.profile.name,
        member.id,
        if detail.is_empty() { String::new() } else { format!(": moved {}", detail.join(", ")) },
        drop.uuid,
        member.id
    );
    ctx.out.written(member.id, &member, &msg)
}
