//! `cop stories ...`

use crate::cli::stories::{AddArgs, ListArgs, StoriesCommand};
use crate::commands::{Context, member_id, parse_id};
use crate::domain::story::{NewStory, Source, Story, ValueCycle, check_text};
use crate::error::{Error, Result};
use crate::store::stories as store;

pub fn run(ctx: &mut Context, cmd: StoriesCommand) -> Result<()> {
    match cmd {
        StoriesCommand::Add(a) => add(ctx, a),
        StoriesCommand::List(a) => list(ctx, a),
        StoriesCommand::Show(a) => show(ctx, &a.story),
    }
}

fn value(flag: &str, v: Option<&str>) -> Result<Option<ValueCycle>> {
    v.map(|v| ValueCycle::parse(v).map_err(|e| Error::invalid(format!("{flag}: {e}")))).transpose()
}

fn source(a: &AddArgs) -> Result<(Source, &'static str)> {
    Ok(if let Some(n) = &a.from_assist {
        (Source::Assist(parse_id("--from-assist", n)?), "--from-assist: no assist with id")
    } else if let Some(n) = &a.from_popup {
        (Source::Popup(parse_id("--from-popup", n)?), "--from-popup: no popup with id")
    } else if let Some(n) = &a.from_session {
        (Source::Session(parse_id("--from-session", n)?), "--from-session: no session with id")
    } else {
        (Source::None, "")
    })
}

/// Adds a story in an open transaction, after checking its source exists (also used
/// by `assist log --story`).
pub fn insert(db: &crate::store::Db, new: &NewStory, missing: &str) -> Result<Story> {
    if !store::source_exists(db, new.source)? {
        let id = match new.source {
            Source::Assist(id) | Source::Popup(id) | Source::Session(id) => id,
            Source::None => 0,
        };
        return Err(Error::not_found(format!("{missing} {id}")));
    }
    let id = store::insert(db, new)?;
    store::get(db, id)?.ok_or_else(|| Error::runtime("the new story vanished"))
}

fn add(ctx: &mut Context, a: AddArgs) -> Result<()> {
    let text = check_text(&a.text).map_err(|e| Error::invalid(format!("TEXT: {e}")))?;
    let value = value("--value", a.value.as_deref())?;
    let (source, missing) = source(&a)?;
    let mut db = ctx.writer()?;
    let story = db.write("add story", |db| {
        let member_id = member_id(db, &a.member)?;
        insert(db, &NewStory { member_id, text: text.clone(), value, source }, missing)
    })?;
    ctx.out.written(story.id, &story, &format!("Added story {} of {}", story.id, story.member))
}

fn list(ctx: &mut Context, a: ListArgs) -> Result<()> {
    let value = value("--value", a.value.as_deref())?;
    let rows: Vec<Story> = match ctx.reader()? {
        Some(s) => s.read(|db| {
            let member = a.member.as_deref().map(|m| member_id(db, m)).transpose()?;
            store::list(db, value, member)
        })?,
        None => match &a.member {
            Some(m) => return Err(crate::commands::no_member(m)),
            None => Vec::new(),
        },
    };
    ctx.out.list_all("stories", &rows)
}

fn show(ctx: &mut Context, reference: &str) -> Result<()> {
    let id = parse_id("STORY", reference)?;
    let not_found = || Error::not_found(format!("no story with id {id}"));
    let Some(s) = ctx.reader()? else { return Err(not_found()) };
    let story = s.read(|db| store::get(db, id))?.ok_or_else(not_found)?;
    ctx.out.detail(&story)
}
