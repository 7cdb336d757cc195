//! `cop popup edit POPUP [--title ...] [--add-tag ...] [--max N] ...`

use super::membership::{promote, promoted_message};
use super::{checked, popup_id};
use crate::cli::popup::EditArgs;
use crate::commands::{Context, clearable, external_expert, field, member_id, merge_tags, require_active};
use crate::domain::popup::{Participation, PopupFields};
use crate::domain::popup::{check_fields, check_title};
use crate::domain::tag;
use crate::error::Result;
use crate::store::popups as store;

pub fn run(ctx: &mut Context, a: EditArgs) -> Result<()> {
    let id = popup_id(&a.popup)?;
    let title = a.title.as_deref().map(|t| field("--title", check_title(t))).transpose()?;
    let add = field("--add-tag", tag::normalize_all(&a.add_tag))?;
    let remove = field("--remove-tag", tag::normalize_all(&a.remove_tag))?;
    let external = external_expert(a.external_expert.as_deref())?;
    let mut store = ctx.writer()?;
    let (popup, changed, promoted) = store.write(&format!("edit popup {id}"), |db| {
        let before = store::require(db, id)?;
        let mut f = PopupFields::of(&before);
        if let Some(t) = &title {
            f.title = t.clone();
        }
        if let Some(d) = &a.description {
            f.description = clearable(d);
        }
        if let Some(p) = &a.proposer {
            f.proposer_id = Some(member_id(db, p)?);
        }
        if a.needs_expert {
            f.needs_expert = true;
        }
        if a.no_needs_expert {
            f.needs_expert = false;
        }
        if let Some(e) = &a.expert {
            let e = member_id(db, e)?;
            require_active(db, e)?;
            f.expert_id = Some(e);
            f.external_expert = None;
        }
        if let Some(e) = &external {
            f.external_expert = Some(e.clone());
            f.expert_id = None;
        }
        if a.no_expert {
            f.expert_id = None;
            f.external_expert = None;
        }
        if let Some(m) = a.max {
            f.max_members = Some(m);
        }
        if a.no_max {
            f.max_members = None;
        }
        let tags = merge_tags(db, &before.tags, &add, &remove)?;
        if f == PopupFields::of(&before) && tags == before.tags {
            return Ok((before, false, Vec::new()));
        }
        checked(check_fields(
            &f.title,
            f.description.as_deref(),
            f.external_expert.as_deref(),
            f.max_members,
        ))?;
        store::update(db, id, &f)?;
        if tags != before.tags {
            store::set_tags(db, id, &tags)?;
        }
        if let Some(e) = f.expert_id
            && PopupFields::of(&before).expert_id != Some(e)
        {
            // The new expert leads: no longer one of the learners (nor in their line),
            // and invited to the sessions to come.
            if matches!(before.place_of(e), Some(Participation::Waiting | Participation::Joined)) {
                store::remove_member(db, id, e)?;
            }
            for s in store::future_sessions(db, id)? {
                store::invite_to_session(db, s, e)?;
            }
        }
        let promoted = promote(db, id)?;
        Ok((store::require(db, id)?, true, promoted))
    })?;
    if changed && popup.is_over_max() {
        ctx.out.warn(&format!(
            "popup {} now has more members than --max {}: nobody was removed",
            popup.id,
            popup.max.unwrap_or_default()
        ));
    }
    let msg = if changed {
        format!("Updated popup {} (id {}){}", popup.title, popup.id, promoted_message(&promoted))
    } else {
        format!("Nothing to change for popup {}", popup.id)
    };
    ctx.out.written(popup.id, &popup, &msg)
}
