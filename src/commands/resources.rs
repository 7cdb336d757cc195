//! `cop resources ...`

use crate::cli::resources::{AddArgs, ListArgs, ResourcesCommand};
use crate::commands::parse_id;
use crate::commands::{Context, field};
use crate::domain::resource::{NOTE, NewResource, Resource, check_title, check_url};
use crate::domain::rules::optional;
use crate::domain::tag;
use crate::error::{Error, Result};
use crate::store::{assists, resources as store};

pub fn run(ctx: &mut Context, cmd: ResourcesCommand) -> Result<()> {
    match cmd {
        ResourcesCommand::Add(a) => add(ctx, a),
        ResourcesCommand::List(a) => list(ctx, a),
        ResourcesCommand::Show(a) => show(ctx, &a.resource),
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
        if let Some(id) = new.assist_id
            && assists::get(db, id)?.is_none()
        {
            return Err(Error::not_found(format!("--assist: no assist with id {id}")));
        }
        let id = store::insert(db, &new)?;
        store::get(db, id)?.ok_or_else(|| Error::runtime("the new resource vanished"))
    })?;
    ctx.out.written(r.id, &r, &format!("Added resource {} (id {})", r.title, r.id))
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
    let not_found = || Error::not_found(format!("no resource with id {id}"));
    let Some(s) = ctx.reader()? else { return Err(not_found()) };
    let r = s.read(|db| store::get(db, id))?.ok_or_else(not_found)?;
    ctx.out.detail(&r)
}
