//! `cop popup propose [TITLE] --by MEMBER`

use super::checked;
use crate::cli::popup::ProposeArgs;
use crate::commands::{Context, clearable, external_expert, field, member_id, require_active};
use crate::domain::popup::{Participation, PopupFields, check_title, tags_in_title};
use crate::domain::tag;
use crate::error::Result;
use crate::store::popups as store;

pub fn run(ctx: &mut Context, a: ProposeArgs) -> Result<()> {
    let title = match a.title {
        Some(t) => t,
        None => ctx.prompt.text("What do you want to learn (the popup's title)?", "TITLE")?,
    };
    let title = field("TITLE", check_title(&title))?;
    let by = match a.by {
        Some(b) => b,
        None => ctx.prompt.text("Who proposes it (member id, email or name)?", "--by MEMBER")?,
    };
    let given_tags = field("--tag", tag::normalize_all(&a.tag))?;
    let external = external_expert(a.external_expert.as_deref())?;
    let mut store = ctx.writer()?;
    let (popup, found) = store.write(&format!("propose popup {title:?}"), |db| {
        let proposer = member_id(db, &by)?;
        require_active(db, proposer)?;
        let expert_id = a.expert.as_deref().map(|e| member_id(db, e)).transpose()?;
        if let Some(e) = expert_id {
            require_active(db, e)?;
        }
        let (tags, found) = if given_tags.is_empty() {
            let found = tags_in_title(&title, &store::known_tags(db)?);
            (found.clone(), Some(found))
        } else {
            (given_tags.clone(), None)
        };
        let new = PopupFields {
            title: title.clone(),
            description: a.description.as_deref().and_then(clearable),
            proposer_id: Some(proposer),
            needs_expert: a.needs_expert || expert_id.is_some() || external.is_some(),
            expert_id,
            external_expert: external.clone(),
            max_members: a.max,
            tags,
        };
        checked(new.check())?;
        let id = store::insert(db, &new)?;
        store::set_member(db, id, proposer, Participation::Joined)?;
        Ok((store::require(db, id)?, found))
    })?;
    match found {
        Some(f) if f.is_empty() => ctx.out.message(&format!(
            "No known tag appears in the title: add some with `cop popup edit {} --add-tag TAG`",
            popup.id
        )),
        Some(f) => {
            ctx.out.message(&format!("Tagged from the title: {} (give --tag to choose)", f.join(", ")))
        }
        None => {}
    }
    ctx.out.written(popup.id, &popup, &format!("Proposed popup {:?} (id {})", popup.title, popup.id))
}
