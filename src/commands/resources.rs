//! `cop resources ...`

use crate::cli::resources::{AddArgs, EditArgs, ListArgs, RemoveArgs, ResourcesCommand};
use crate::commands::parse_id;
use crate::commands::{Context, field};
use crate::domain::resource::{NOTE, NewResource, Resource, check_title, check_url};
use crate::domain::rules::optional;
use crate::domain::tag;
use crate::error::{Error, Result};
use crate::store::{Db, assists, resources as store};

pub fn run(ctx: &mut Context, cmd: ResourcesCommand) -> Result<()> {
    match cmd {
        ResourcesCommand::Add(a) => add(ctx, a),
        ResourcesCommand::List(a) => list(ctx, a),
        ResourcesCommand::Show(a) => show(ctx, &a.resource),
        ResourcesCommand::Edit(a) => edit(ctx, a),
        ResourcesCommand::Remove(a) => remove(ctx, a),
    }
}

fn add(ctx: &mut Context, a: AddArgs) -> Result<()> {
    let new = NewResource {
        title: field("TITLE", check_title(&a.title))?,
        url: a.url.as_deref().map(|u| field("--url", check_url(u))).transpose()?,
        note: a.note.as_deref().map(|n| field("--note", optional(n, NOTE))).transpose()?.flatten(),
        tags: field("--tag", tag::normalize_all(&a.tag))?,
        assist_id: a.assist.as_deref().map(|s| parse_id("--assist", s)).transpose()?,
    };
    new.check().map_err(|(f, e)| Error::invalid(format!("--{f}: {e}")))?;
    let mut db = ctx.writer()?;
    let r = db.write(&format!("add resource {:?}", new.title), |db| {
        if let Some(id) = new.assist_id {
            check_assist(db, id)?;
        }
        refuse_duplicate(db, None, &new.title, new.url.as_deref(), new.assist_id)?;
        let id = store::insert(db, &new)?;
        store::get(db, id)?.ok_or_else(|| Error::runtime("the new resource vanished"))
    })?;
    ctx.out.written(r.id, &r, &format!("Added resource {} (id {})", r.title, r.id))
}

fn check_assist(db: &Db, id: i64) -> Result<()> {
    if assists::get(db, id)?.is_some() {
        return Ok(());
    }
    Err(Error::not_found(format!("--assist: no assist with id {id}")))
}

/// A resource is kept once ([`store::find_same`]): adding or renaming one into another
/// is a conflict that names the one kept.
fn refuse_duplicate(
    db: &Db,
    own: Option<i64>,
    title: &str,
    url: Option<&str>,
    assist: Option<i64>,
) -> Result<()> {
    let same = store::find_same(db, title, url)?;
    let Some(kept) = same.iter().find(|k| Some(k.id) != own && k.collides_with(assist)) else {
        return Ok(());
    };
    let what = if url.is_some() { "this link" } else { "this title" };
    let from = kept.assist_id.map(|a| format!(", suggested in assist {a}")).unwrap_or_default();
    Err(Error::conflict(format!(
        "resource {} already has {what}{from}: change it with `cop resources edit {}`",
        kept.id, kept.id
    )))
}

fn not_found(id: i64) -> Error {
    Error::not_found(format!("no resource with id {id}"))
}

fn edit(ctx: &mut Context, a: EditArgs) -> Result<()> {
    let id = parse_id("RESOURCE", &a.resource)?;
    let changes = a.title.is_some()
        || a.url.is_some()
        || a.note.is_some()
        || !a.tag.is_empty()
        || !a.remove_tag.is_empty()
        || a.assist.is_some();
    if !changes {
        return Err(Error::invalid(
            "nothing to change: give --title, --url, --note, --tag, --remove-tag or --assist",
        ));
    }
    let title = a.title.as_deref().map(|t| field("--title", check_title(t))).transpose()?;
    let url = match a.url.as_deref().map(str::trim) {
        None => None,
        Some("") => Some(None),
        Some(u) => Some(Some(field("--url", check_url(u))?)),
    };
    let note = a.note.as_deref().map(|n| field("--note", optional(n, NOTE))).transpose()?;
    let add = field("--tag", tag::normalize_all(&a.tag))?;
    let drop = field("--remove-tag", tag::normalize_all(&a.remove_tag))?;
    let assist = match a.assist.as_deref().map(str::trim) {
        None => None,
        Some("") => Some(None),
        Some(n) => Some(Some(parse_id("--assist", n)?)),
    };
    if ctx.reader()?.is_none() {
        return Err(not_found(id));
    }
    let mut s = ctx.writer()?;
    let r = s.write(&format!("edit resource {id}"), |db| {
        let mut r = store::get(db, id)?.ok_or_else(|| not_found(id))?;
        if let Some(t) = &title {
            r.title = t.clone();
        }
        if let Some(u) = &url {
            r.url = u.clone();
        }
        if let Some(n) = &note {
            r.note = n.clone();
        }
        if let Some(x) = assist {
            if let Some(n) = x {
                check_assist(db, n)?;
            }
            r.assist_id = x;
        }
        r.tags.retain(|t| !drop.contains(t));
        for t in &add {
            if !r.tags.contains(t) {
                r.tags.push(t.clone());
            }
        }
        let check = NewResource {
            title: r.title.clone(),
            url: r.url.clone(),
            note: r.note.clone(),
            tags: r.tags.clone(),
            assist_id: r.assist_id,
        };
        check.check().map_err(|(f, e)| Error::invalid(format!("--{f}: {e}")))?;
        refuse_duplicate(db, Some(id), &r.title, r.url.as_deref(), r.assist_id)?;
        store::update(db, &r)?;
        store::get(db, id)?.ok_or_else(|| not_found(id))
    })?;
    ctx.out.written(r.id, &r, &format!("Updated resource {}: {}", r.id, r.title))
}

fn remove(ctx: &mut Context, a: RemoveArgs) -> Result<()> {
    let id = parse_id("RESOURCE", &a.resource)?;
    let Some(reader) = ctx.reader()? else { return Err(not_found(id)) };
    let r = reader.read(|db| store::get(db, id))?.ok_or_else(|| not_found(id))?;
    drop(reader);
    if !ctx.prompt.confirm(&format!("delete resource {id}: {}", r.title), a.yes)? {
        ctx.out.message("Nothing was changed.");
        return Ok(());
    }
    let mut s = ctx.writer()?;
    s.write(&format!("remove resource {id}"), |db| {
        store::get(db, id)?.ok_or_else(|| not_found(id))?;
        store::remove(db, id)
    })?;
    ctx.out.written(id, &r, &format!("Removed resource {id}: {}", r.title))
}

fn list(ctx: &mut Context, a: ListArgs) -> Result<()> {
    let tag = a.tag.as_deref().map(|t| field("--tag", tag::normalize(t))).transpose()?;
    let assist = a.assist.as_deref().map(|s| parse_id("--assist", s)).transpose()?;
    let rows: Vec<Resource> = match ctx.reader()? {
        Some(s) => s.read(|db| store::list(db, tag.as_deref(), assist))?,
        None => Vec::new(),
    };
    ctx.out.list_all("resources", &rows)
}

fn show(ctx: &mut Context, reference: &str) -> Result<()> {
    let id = parse_id("RESOURCE", reference)?;
    let Some(s) = ctx.reader()? else { return Err(not_found(id)) };
    let r = s.read(|db| store::get(db, id))?.ok_or_else(|| not_found(id))?;
    ctx.out.detail(&r)
}
