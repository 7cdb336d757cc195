//! `cop members ...`

mod import;
mod merge;
mod pause;

use crate::cli::members::{AddArgs, EditArgs, ForgetArgs, ListArgs, MembersCommand, SortKey, StatusFilter};
use crate::commands::{Context, clearable, field, member_id, member_ids, merge_tags, no_member};
use crate::domain::member::{
    Availability, Member, Profile, Role, Status, TagKind, check_email, check_name, check_note, check_region,
    check_timezone,
};
use crate::domain::tag;
use crate::error::{Error, Result};
use crate::store::members::{self as store, MemberFilter, MemberSort};
use crate::store::mentions;

pub fn run(ctx: &mut Context, cmd: MembersCommand) -> Result<()> {
    match cmd {
        MembersCommand::Add(a) => add(ctx, a),
        MembersCommand::List(a) => list(ctx, a),
        MembersCommand::Show(a) => pause::show(ctx, &a.member),
        MembersCommand::Edit(a) => edit(ctx, a),
        MembersCommand::Archive(a) => set_status(ctx, &a.members, Status::Archived),
        MembersCommand::Restore(a) => set_status(ctx, &a.members, Status::Active),
        MembersCommand::Forget(a) => forget(ctx, a),
        MembersCommand::Import(a) => import::run(ctx, a),
        MembersCommand::Export(a) => export(ctx, a.out.as_deref(), a.force),
        MembersCommand::Pause(a) => pause::pause(ctx, a),
        MembersCommand::Resume(a) => pause::resume(ctx, &a.member),
        MembersCommand::Merge(a) => merge::run(ctx, a),
    }
}

fn tags(flag: &str, raw: &[String]) -> Result<Vec<String>> {
    field(flag, tag::normalize_all(raw))
}

fn windows(flag: &str, raw: &[String]) -> Result<Vec<Availability>> {
    raw.iter().map(|w| field(flag, Availability::parse(w))).collect()
}

/// The record rules over a whole profile, after each flag was checked on its own: the
/// last word before a profile is stored, whatever filled it.
fn checked(p: &Profile) -> Result<()> {
    p.check().map_err(|e| Error::invalid(format!("--{e}")))
}

fn add(ctx: &mut Context, a: AddArgs) -> Result<()> {
    let name = match a.name {
        Some(n) => n,
        None => ctx.prompt.text("the member's name", "NAME")?,
    };
    let mut draft = Profile {
        name: field("name", check_name(&name))?,
        email: a.email.as_deref().map(|e| field("--email", check_email(e))).transpose()?,
        role: field("--role", Role::parse(&a.role))?,
        status: Status::Active,
        region: a.region.as_deref().map(|r| field("--region", check_region(r))).transpose()?.flatten(),
        timezone: a.timezone.as_deref().map(|t| field("--timezone", check_timezone(t))).transpose()?,
        interests: tags("--interest", &a.interest)?,
        needs: tags("--need", &a.need)?,
        expertise: tags("--expertise", &a.expertise)?,
        availability: windows("--available", &a.available)?,
        facilitator: a.facilitator,
        joined_on: Some(match &a.joined {
            Some(j) => ctx.date("--joined", j)?,
            None => ctx.now.date_naive(),
        }),
        note: a.note.as_deref().map(|n| field("--note", check_note(n))).transpose()?.flatten(),
    };
    draft.tidy();
    checked(&draft)?;
    let mut db = ctx.writer()?;
    let (member, same) = db.write(&format!("add member {}", draft.name), |db| {
        let same = store::ids_named(db, &draft.name)?;
        let id = store::insert(db, &draft, None)?;
        Ok((store::get(db, id)?.ok_or_else(|| Error::runtime("the new member vanished"))?, same))
    })?;
    if let Some(w) = crate::domain::member::same_name_warning(&member.profile.name, &same, Some(member.id)) {
        ctx.out.warn(&w);
    }
    ctx.out.written(member.id, &member, &format!("Added member {} (id {})", member.profile.name, member.id))
}

fn list(ctx: &mut Context, a: ListArgs) -> Result<()> {
    let filter = MemberFilter {
        interests: tags("--interest", &a.interest)?,
        needs: tags("--need", &a.need)?,
        expertise: tags("--expertise", &a.expertise)?,
        role: a.role.as_deref().map(|r| field("--role", Role::parse(r))).transpose()?,
        region: a.region,
        facilitator: a.facilitator,
        status: match a.status {
            StatusFilter::Active => Some(Status::Active),
            StatusFilter::Archived => Some(Status::Archived),
            StatusFilter::All => None,
        },
        sort: match a.sort {
            SortKey::Name => MemberSort::Name,
            SortKey::Id => MemberSort::Id,
            SortKey::Joined => MemberSort::Joined,
            SortKey::Created => MemberSort::Created,
            SortKey::Updated => MemberSort::Updated,
        },
        limit: a.limit,
    };
    if a.paused {
        return pause::list(ctx, filter);
    }
    let store = ctx.reader()?;
    let mut w = ctx.out.list::<Member>("members")?;
    if let Some(s) = &store {
        s.read(|db| store::for_each(db, &filter, |m| w.push(&m)))?;
    }
    w.finish()
}

/// Loads the member a reference names, from a database that may not exist yet.
fn load(ctx: &Context, reference: &str) -> Result<Member> {
    let Some(s) = ctx.reader()? else {
        return Err(no_member(reference));
    };
    s.read(|db| {
        let id = member_id(db, reference)?;
        store::get(db, id)?.ok_or_else(|| Error::not_found(format!("no member with id {id}")))
    })
}

/// Applies `--add-*`/`--remove-*` to a list of tags; an alias stands for its tag.
fn change_tags(
    db: &crate::store::Db,
    list: &mut Vec<String>,
    add: &[String],
    remove: &[String],
    kind: TagKind,
) -> Result<()> {
    let add = tags(&format!("--add-{}", kind.as_str()), add)?;
    let remove = tags(&format!("--remove-{}", kind.as_str()), remove)?;
    *list = merge_tags(db, list, &add, &remove)?;
    Ok(())
}

fn edit(ctx: &mut Context, a: EditArgs) -> Result<()> {
    let add_windows = windows("--add-available", &a.add_available)?;
    let remove_windows = windows("--remove-available", &a.remove_available)?;
    let joined = a.joined.as_deref().map(|j| ctx.date("--joined", j)).transpose()?;
    let mut store = ctx.writer()?;
    let (member, changed) = store.write("edit member", |db| {
        let id = member_id(db, &a.member)?;
        let before =
            store::get(db, id)?.ok_or_else(|| Error::not_found(format!("no member with id {id}")))?;
        db.summarize(format!("edit member {} (id {id})", before.profile.name));
        let mut d = before.profile.clone();
        if let Some(n) = &a.name {
            d.name = field("--name", check_name(n))?;
        }
        if let Some(e) = &a.email {
            d.email = clearable(e).map(|e| field("--email", check_email(&e))).transpose()?;
        }
        if let Some(r) = &a.role {
            d.role = field("--role", Role::parse(r))?;
        }
        if let Some(r) = &a.region {
            d.region = field("--region", check_region(r))?;
        }
        if let Some(t) = &a.timezone {
            d.timezone = clearable(t).map(|t| field("--timezone", check_timezone(&t))).transpose()?;
        }
        if let Some(n) = &a.note {
            d.note = field("--note", check_note(n))?;
        }
        if joined.is_some() {
            d.joined_on = joined;
        }
        if a.facilitator {
            d.facilitator = true;
        }
        if a.no_facilitator {
            d.facilitator = false;
        }
        change_tags(db, &mut d.interests, &a.add_interest, &a.remove_interest, TagKind::Interest)?;
        change_tags(db, &mut d.needs, &a.add_need, &a.remove_need, TagKind::Need)?;
        change_tags(db, &mut d.expertise, &a.add_expertise, &a.remove_expertise, TagKind::Expertise)?;
        d.availability.retain(|w| !remove_windows.contains(w));
        d.availability.extend(add_windows.iter().copied());
        d.tidy();
        if d == before.profile {
            return Ok((before, false));
        }
        checked(&d)?;
        store::update(db, id, &d)?;
        Ok((store::get(db, id)?.unwrap_or(before), true))
    })?;
    let msg = if changed {
        format!("Updated member {} (id {})", member.profile.name, member.id)
    } else {
        format!("Nothing to change for {} (id {})", member.profile.name, member.id)
    };
    ctx.out.written(member.id, &member, &msg)
}

fn set_status(ctx: &mut Context, references: &[String], status: Status) -> Result<()> {
    let verb = if status == Status::Archived { "archive" } else { "restore" };
    let mut store = ctx.writer()?;
    let done = store.write(&format!("{verb} members"), |db| {
        let ids = member_ids(db, references)?;
        let mut done = Vec::new();
        for id in ids {
            let m = store::get(db, id)?.ok_or_else(|| Error::not_found(format!("no member with id {id}")))?;
            if m.profile.status == status {
                return Err(Error::conflict(format!(
                    "{} (id {}) is already {}",
                    m.profile.name,
                    m.id,
                    status.as_str()
                )));
            }
            let mut d = m.profile.clone();
            d.status = status;
            store::update(db, id, &d)?;
            done.push(store::get(db, id)?.unwrap_or(m));
        }
        let ids: Vec<String> = done.iter().map(|m| m.id.to_string()).collect();
        db.summarize(format!("{verb} members {}", ids.join(", ")));
        Ok(done)
    })?;
    let past = if status == Status::Archived { "Archived" } else { "Restored" };
    ctx.out.written_list("members", &done)?;
    for m in &done {
        ctx.out.message(&format!("{past} {} (id {})", m.profile.name, m.id));
    }
    Ok(())
}

fn forget(ctx: &mut Context, a: ForgetArgs) -> Result<()> {
    let m = load(ctx, &a.member)?;
    let mut store = ctx.writer()?;
    let links = store.read(|db| store::link_counts(db, m.id))?;
    let detail: Vec<String> = links.iter().map(|(what, n)| format!("{n} {what}")).collect();
    let question = format!(
        "forget {} (id {}) and every link to them{}",
        m.profile.name,
        m.id,
        if detail.is_empty() { String::new() } else { format!(" ({})", detail.join(", ")) }
    );
    if !ctx.prompt.confirm(&question, a.yes)? {
        ctx.out.message("Nothing was changed.");
        return Ok(());
    }
    store.write(&format!("forget member {}", m.id), |db| {
        db.not_undoable(crate::domain::operation::not_undoable::FORGET);
        store::delete(db, m.id)
    })?;
    if let Err(e) = store.checkpoint() {
        ctx.out.warn(&format!(
            "the forget is saved, but old copies stay in the log until every cop using the file ends: {e}"
        ));
    }
    let terms = mentions::terms(&m.profile.name, m.profile.email.as_deref());
    let found = store.read(|db| mentions::find(db, &terms))?;
    let forgotten = Forgotten { id: m.id, mentions: &found };
    ctx.out.written(
        m.id,
        &forgotten,
        &format!("Forgot {} (id {}); their id will not be reused", m.profile.name, m.id),
    )?;
    // Notes others wrote are the organizer's to edit: say where the person is still named.
    for f in &found {
        ctx.out.warn(&format!(
            "{} {} {} still mentions {}: edit it if it should not",
            f.record, f.id, f.field, m.profile.name
        ));
    }
    Ok(())
}

/// What `members forget --json` prints: the id, and the free text still naming them.
#[derive(serde::Serialize)]
struct Forgotten<'a> {
    id: i64,
    mentions: &'a [mentions::Mention],
}

fn export(ctx: &mut Context, out: Option<&std::path::Path>, force: bool) -> Result<()> {
    ctx.out.default_to_csv();
    let filter = MemberFilter { status: None, sort: MemberSort::Id, ..MemberFilter::default() };
    let store = ctx.reader()?;
    if let Some(path) = out {
        ctx.redirect(path, force)?;
    }
    let mut w = ctx.out.list::<Member>("members")?;
    if let Some(s) = &store {
        s.read(|db| store::for_each(db, &filter, |m| w.push(&m)))?;
    }
    let n = w.count();
    w.finish()?;
    ctx.out.save_file()?;
    if let Some(path) = out {
        ctx.out.message(&format!("Exported {} to {}", crate::output::count(n, "member"), path.display()));
    }
    Ok(())
}
