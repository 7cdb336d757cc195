//! `cop popup agenda P add|list|move|edit|done|remove`

use super::{load, popup_id};
use crate::cli::popup::{AgendaArgs, AgendaCommand};
use crate::commands::Context;
use crate::domain::popup::{AgendaItem, PopupStatus, check_agenda_item};
use crate::error::{Error, Result};
use crate::store::Db;
use crate::store::popups as store;

pub fn run(ctx: &mut Context, a: AgendaArgs) -> Result<()> {
    let id = popup_id(&a.popup)?;
    match a.action {
        AgendaCommand::List => {
            let p = load(ctx, &a.popup)?;
            ctx.out.list_all("agenda items", &p.agenda)
        }
        AgendaCommand::Add(add) => {
            let text = check_agenda_item(&add.text, add.minutes)
                .map_err(|(field, e)| Error::invalid(format!("{field}: {e}")))?;
            let mut s = ctx.writer()?;
            let item = s.write(&format!("add agenda item to popup {id}"), |db| {
                // A done popup may still record what it covered; a cancelled one plans nothing.
                let popup = store::require(db, id)?;
                if popup.status == PopupStatus::Cancelled {
                    return Err(Error::conflict(format!(
                        "popup {id} is cancelled: cannot add to its agenda"
                    )));
                }
                if let Some(session) = add.session
                    && !store::session_of_popup(db, session, id)?
                {
                    return Err(Error::invalid(format!(
                        "--session {session}: not a session of popup {id} (see `cop popup show {id}`)"
                    )));
                }
                let item_id = store::add_agenda_item(db, id, &text, add.minutes, add.session)?;
                find(db, id, item_id)
            })?;
            let msg = format!("Added agenda item {} to popup {id} at position {}", item.id, item.position);
            ctx.out.written(item.id, &item, &msg)
        }
        AgendaCommand::Move(m) => {
            let mut s = ctx.writer()?;
            let item = s.write(&format!("move agenda item {}", m.item), |db| {
                store::require(db, id)?;
                let mut items = store::agenda(db, id)?;
                let from = position_of(&items, id, m.item)?;
                if m.to < 1 || m.to > items.len() as i64 {
                    return Err(Error::invalid(format!(
                        "--to {}: expected a position from 1 to {}",
                        m.to,
                        items.len()
                    )));
                }
                let it = items.remove(from);
                items.insert((m.to - 1) as usize, it);
                store::reorder_agenda(db, &items.iter().map(|i| i.id).collect::<Vec<_>>())?;
                find(db, id, m.item)
            })?;
            ctx.out.written(
                item.id,
                &item,
                &format!("Moved agenda item {} to position {}", item.id, item.position),
            )
        }
        AgendaCommand::Edit(e) => {
            if e.text.is_none()
                && e.minutes.is_none()
                && !e.no_minutes
                && e.session.is_none()
                && !e.no_session
            {
                return Err(Error::invalid(
                    "nothing to change: give --text, --minutes, --no-minutes, --session or --no-session",
                ));
            }
            let mut s = ctx.writer()?;
            let item = s.write(&format!("edit agenda item {}", e.item), |db| {
                let popup = store::require(db, id)?;
                if popup.status == PopupStatus::Cancelled {
                    return Err(Error::conflict(format!(
                        "popup {id} is cancelled: cannot change its agenda"
                    )));
                }
                let item = find(db, id, e.item)?;
                let minutes = if e.no_minutes { None } else { e.minutes.or(item.minutes) };
                let text = check_agenda_item(e.text.as_deref().unwrap_or(&item.text), minutes).map_err(
                    |(field, err)| {
                        Error::invalid(format!("{}: {err}", if field == "TEXT" { "--text" } else { field }))
                    },
                )?;
                let session = if e.no_session { None } else { e.session.or(item.session_id) };
                if let Some(session) = e.session
                    && !store::session_of_popup(db, session, id)?
                {
                    return Err(Error::invalid(format!(
                        "--session {session}: not a session of popup {id} (see `cop popup show {id}`)"
                    )));
                }
                store::update_agenda_item(db, item.id, &text, minutes, session)?;
                find(db, id, e.item)
            })?;
            let at = item.session_id.map(|s| format!(", covered in session {s}")).unwrap_or_default();
            ctx.out.written(item.id, &item, &format!("Updated agenda item {}{at}", item.id))
        }
        AgendaCommand::Done(d) => {
            let mut s = ctx.writer()?;
            let item = s.write(&format!("finish agenda item {}", d.item), |db| {
                store::require(db, id)?;
                let item = find(db, id, d.item)?;
                if item.done {
                    return Err(Error::conflict(format!("agenda item {} is already done", item.id)));
                }
                store::finish_agenda_item(db, item.id)?;
                find(db, id, d.item)
            })?;
            ctx.out.written(item.id, &item, &format!("Agenda item {} is done", item.id))
        }
        AgendaCommand::Remove(r) => {
            let mut s = ctx.writer()?;
            let item = s.write(&format!("remove agenda item {}", r.item), |db| {
                store::require(db, id)?;
                let item = find(db, id, r.item)?;
                store::remove_agenda_item(db, item.id)?;
                let rest: Vec<i64> = store::agenda(db, id)?.iter().map(|i| i.id).collect();
                store::reorder_agenda(db, &rest)?;
                Ok(item)
            })?;
            ctx.out.written(item.id, &item, &format!("Removed agenda item {} from popup {id}", item.id))
        }
    }
}

fn position_of(items: &[AgendaItem], popup: i64, item: i64) -> Result<usize> {
    items
        .iter()
        .position(|i| i.id == item)
        .ok_or_else(|| Error::not_found(format!("popup {popup} has no agenda item {item}")))
}

fn find(db: &Db, popup: i64, item: i64) -> Result<AgendaItem> {
    store::agenda(db, popup)?
        .into_iter()
        .find(|i| i.id == item)
        .ok_or_else(|| Error::not_found(format!("popup {popup} has no agenda item {item}")))
}
