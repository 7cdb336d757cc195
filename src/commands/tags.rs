//! `cop tags ...`: list, rename, merge and alias tags.

use crate::cli::tags::{AliasArgs, ListArgs, MergeArgs, RenameArgs, TagSort, TagsCommand};
use crate::commands::Context;
use crate::domain::tag::TagUse;
use crate::domain::tag::normalize;
use crate::error::{Error, Result};
use crate::store::Store;
use crate::store::tags as store;

pub fn run(ctx: &mut Context, cmd: TagsCommand) -> Result<()> {
    match cmd {
        TagsCommand::List(a) => list(ctx, a),
        TagsCommand::Rename(a) => rename(ctx, a),
        TagsCommand::Merge(a) => merge(ctx, a),
        TagsCommand::Alias(a) => alias(ctx, a),
    }
}

/// A tag as typed for `field`, normalized the way every tag is stored.
fn typed(field: &str, raw: &str) -> Result<String> {
    normalize(raw).map_err(|e| Error::invalid(format!("{field}: {e}")))
}

fn no_tag(field: &str, name: &str) -> Error {
    Error::not_found(format!("{field}: no tag or alias {name:?}"))
        .with_hint("`cop tags list` shows every tag")
}

/// The tag a name or alias stands for.
fn resolve(db: &crate::store::Db, field: &str, name: &str) -> Result<TagUse> {
    let id = store::find(db, name)?.ok_or_else(|| no_tag(field, name))?;
    store::get(db, id)?.ok_or_else(|| no_tag(field, name))
}

/// The database for a verb that changes existing tags: with no database there is no tag,
/// and none is created.
fn existing(ctx: &Context, field: &str, name: &str) -> Result<Store> {
    // The reader is dropped before the writer opens: one connection at a time.
    if ctx.reader()?.is_none() {
        return Err(no_tag(field, name));
    }
    ctx.writer()
}

fn list(ctx: &mut Context, a: ListArgs) -> Result<()> {
    let mut rows = match ctx.reader()? {
        Some(s) => s.read(store::list)?,
        None => Vec::new(),
    };
    if a.unused {
        rows.retain(|t| t.uses() == 0);
    }
    if a.sort == TagSort::Uses {
        // Stable: equal uses stay in name order.
        rows.sort_by_key(|t| std::cmp::Reverse(t.uses()));
    }
    ctx.out.list_all("tags", &rows)
}

fn rename(ctx: &mut Context, a: RenameArgs) -> Result<()> {
    let old = typed("OLD", &a.old)?;
    let new = typed("NEW", &a.new)?;
    let mut s = existing(ctx, "OLD", &old)?;
    let (tag, before) = s.write(&format!("rename tag {old} to {new}"), |db| {
        let tag = resolve(db, "OLD", &old)?;
        if tag.name == new {
            return Ok((tag.clone(), tag.name));
        }
        if store::by_name(db, &new)?.is_some() {
            return Err(Error::conflict(format!("NEW: {new:?} is already a tag")).with_hint(format!(
                "to fold {:?} into it, run `cop tags merge {} --into {new}`",
                tag.name, tag.name
            )));
        }
        match store::alias_target(db, &new)? {
            // Renaming back to one of its own aliases: the alias becomes the name again.
            Some(id) if id == tag.id => store::remove_alias(db, &new)?,
            Some(id) => {
                let other = store::get(db, id)?.map(|t| t.name).unwrap_or_default();
                return Err(Error::conflict(format!("NEW: {new:?} is already an alias of tag {other:?}"))
                    .with_hint(format!(
                        "to fold {:?} into {other:?}, run `cop tags merge {} --into {other}`",
                        tag.name, tag.name
                    )));
            }
            None => {}
        }
        store::rename(db, tag.id, &new)?;
        store::add_alias(db, &tag.name, tag.id)?;
        let renamed = store::get(db, tag.id)?.ok_or_else(|| Error::runtime("the renamed tag vanished"))?;
        Ok((renamed, tag.name))
    })?;
    let msg = if before == tag.name {
        format!("Nothing to change: the tag is already called {} (id {})", tag.name, tag.id)
    } else {
        format!("Renamed tag {before} to {} (id {}); {before} stays as an alias", tag.name, tag.id)
    };
    ctx.out.written(tag.id, &tag, &msg)
}

/// The tag to keep and the distinct tags to fold into it, checked.
fn merge_plan(db: &crate::store::Db, from: &[String], into: &str) -> Result<(TagUse, Vec<TagUse>)> {
    let target = resolve(db, "--into", into)?;
    let mut folded: Vec<TagUse> = Vec::new();
    for name in from {
        let t = resolve(db, "FROM", name)?;
        if t.id == target.id {
            return Err(Error::invalid(format!(
                "FROM: {name:?} is the tag merged into (--into {}): a tag cannot be merged into itself",
                target.name
            )));
        }
        if !folded.iter().any(|f| f.id == t.id) {
            folded.push(t);
        }
    }
    Ok((target, folded))
}

fn plural(n: i64, one: &str) -> String {
    if n == 1 { format!("{n} {one}") } else { format!("{n} {one}s") }
}

fn merge(ctx: &mut Context, a: MergeArgs) -> Result<()> {
    let into = typed("--into", &a.into)?;
    let from = a.from.iter().map(|f| typed("FROM", f)).collect::<Result<Vec<_>>>()?;
    let (target, folded) = match ctx.reader()? {
        Some(s) => s.read(|db| merge_plan(db, &from, &into))?,
        None => return Err(no_tag("--into", &into)),
    };
    let listed: Vec<String> =
        folded.iter().map(|t| format!("{} ({})", t.name, plural(t.uses(), "use"))).collect();
    let question = format!(
        "merge tag{} {} into {}",
        if folded.len() == 1 { "" } else { "s" },
        listed.join(", "),
        target.name
    );
    if !ctx.prompt.confirm(&question, a.yes)? {
        ctx.out.message("Nothing was changed.");
        return Ok(());
    }
    let mut s = ctx.writer()?;
    let (tag, names, changed) = s.write(&format!("merge tags into {into}"), |db| {
        let (target, folded) = merge_plan(db, &from, &into)?;
        let mut changed = 0;
        for f in &folded {
            changed += store::merge(db, f.id, target.id)?;
        }
        let tag = store::get(db, target.id)?.ok_or_else(|| Error::runtime("the merged tag vanished"))?;
        Ok((tag, folded.into_iter().map(|f| f.name).collect::<Vec<_>>(), changed))
    })?;
    let msg = format!(
        "Merged {} into {} (id {}): {} changed; the old names stay as aliases",
        names.join(", "),
        tag.name,
        tag.id,
        plural(changed as i64, "record")
    );
    ctx.out.written(tag.id, &tag, &msg)
}

fn alias(ctx: &mut Context, a: AliasArgs) -> Result<()> {
    if let Some(raw) = &a.remove {
        return remove_alias(ctx, raw);
    }
    let (Some(raw_alias), Some(raw_tag)) = (&a.alias, &a.tag) else {
        return Err(Error::invalid("ALIAS and TAG are both needed (or --remove ALIAS)"));
    };
    let alias = typed("ALIAS", raw_alias)?;
    let name = typed("TAG", raw_tag)?;
    let mut s = existing(ctx, "TAG", &name)?;
    let tag = s.write(&format!("alias {alias} to tag {name}"), |db| {
        let tag = resolve(db, "TAG", &name)?;
        if let Some(id) = store::by_name(db, &alias)? {
            if id == tag.id {
                return Err(Error::conflict(format!("ALIAS: {alias:?} is the tag's own name")));
            }
            return Err(Error::conflict(format!("ALIAS: {alias:?} is already a tag")).with_hint(format!(
                "to fold it into {:?}, run `cop tags merge {alias} --into {}`",
                tag.name, tag.name
            )));
        }
        if let Some(id) = store::alias_target(db, &alias)? {
            let other = store::get(db, id)?.map(|t| t.name).unwrap_or_default();
            return Err(Error::conflict(format!("ALIAS: {alias:?} is already an alias of tag {other:?}"))
                .with_hint(format!("remove it first with `cop tags alias --remove {alias}`")));
        }
        store::add_alias(db, &alias, tag.id)?;
        store::get(db, tag.id)?.ok_or_else(|| Error::runtime("the tag vanished"))
    })?;
    ctx.out.written(tag.id, &tag, &format!("{alias} now stands for tag {} (id {})", tag.name, tag.id))
}

fn remove_alias(ctx: &mut Context, raw: &str) -> Result<()> {
    let alias = typed("--remove", raw)?;
    let missing = || Error::not_found(format!("--remove: no alias {alias:?}"));
    let Some(_) = ctx.reader()? else { return Err(missing()) };
    let mut s = ctx.writer()?;
    let tag = s.write(&format!("remove alias {alias}"), |db| {
        let Some(id) = store::alias_target(db, &alias)? else {
            if store::by_name(db, &alias)?.is_some() {
                return Err(Error::not_found(format!("--remove: {alias:?} is a tag, not an alias"))
                    .with_hint(
                        "rename it with `cop tags rename`, or fold it into another with `cop tags merge`",
                    ));
            }
            return Err(missing());
        };
        store::remove_alias(db, &alias)?;
        store::get(db, id)?.ok_or_else(|| Error::runtime("the tag vanished"))
    })?;
    ctx.out.written(tag.id, &tag, &format!("Removed alias {alias} of tag {} (id {})", tag.name, tag.id))
}
