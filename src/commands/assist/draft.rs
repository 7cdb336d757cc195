//! The draft a guided walk writes into, checked at every answer.
//!
//! A walk can last an hour, and meanwhile the draft may be replaced by `cop import` (a
//! newer copy from another organizer), edited by another `cop`, or deleted. Writing
//! the next answer into it then would mix the walk's notes into a record it does not
//! know, or into nothing at all. So each save first compares the stored draft with the
//! one the walk last saw; when they differ, the answer goes into a new draft holding
//! everything the walk had, the walk goes on there, and the other copy is left as it
//! was found. Nothing typed is lost either way.

use std::collections::HashMap;

use crate::commands::Context;
use crate::domain::assist::{AssistStatus, MemberRef, PeerAssist};
use crate::error::Result;
use crate::store::{Db, Store, assists, members};

/// The draft of a walk, as the walk last saw it.
pub struct Draft {
    pub id: i64,
    seen: PeerAssist,
}

/// What happened to the draft behind the walk's back.
enum Moved {
    Deleted,
    Changed,
}

/// Whether the stored draft is still the one the walk saw. Member names are left out,
/// and the people compared as sets (they are listed in name order): renaming a member
/// changes no note of the assist.
fn same(stored: &PeerAssist, seen: &PeerAssist) -> bool {
    let bare = |a: &PeerAssist| {
        let mut a = PeerAssist { names: HashMap::new(), ..a.clone() };
        for list in [&mut a.presenters, &mut a.listeners, &mut a.facilitators] {
            list.sort_by_key(MemberRef::as_reference);
        }
        a
    };
    bare(stored) == bare(seen)
}

/// A new draft holding what the walk saw, without the links to records that have gone
/// since (a forgotten member, a deleted session), which could not be stored.
fn fork(db: &Db, seen: &PeerAssist) -> Result<i64> {
    let mut copy = seen.clone();
    copy.status = AssistStatus::Draft;
    let exists = |r: &MemberRef| match r {
        MemberRef::Id(id) => members::get(db, *id).map(|m| m.is_some()),
        MemberRef::Name(_) => Ok(false),
    };
    for list in [&mut copy.presenters, &mut copy.listeners, &mut copy.facilitators] {
        let mut kept = Vec::new();
        for r in list.drain(..) {
            if exists(&r)? {
                kept.push(r);
            }
        }
        *list = kept;
    }
    // A takeaway or next step outlives its member as text that still names them.
    for t in &mut copy.takeaways {
        if let Some(m) = &t.member_id
            && !exists(m)?
        {
            t.text = format!("{}: {}", seen.name_of(m), t.text);
            t.member_id = None;
        }
    }
    for s in &mut copy.next_steps {
        if let Some(m) = &s.owner_id
            && !exists(m)?
        {
            s.text = format!("{} @{}", s.text, seen.name_of(m));
            s.owner_id = None;
        }
    }
    if let Some(session) = copy.session_id
        && !assists::session_exists(db, session)?
    {
        copy.session_id = None;
    }
    assists::insert(db, &copy)
}

impl Draft {
    pub fn open(store: &Store, id: i64) -> Result<Draft> {
        Ok(Draft { id, seen: store.read(|db| super::load(db, id))? })
    }

    /// The draft as the walk last saved it.
    pub fn seen(&self) -> &PeerAssist {
        &self.seen
    }

    /// Saves one change (`what`, typed as `answer` when the user typed it) in one
    /// transaction: into the draft when it is as the walk saw it, else into a new draft
    /// holding what the walk had, which the walk then goes on with.
    pub fn save<T>(
        &mut self,
        ctx: &Context,
        store: &mut Store,
        what: &str,
        answer: Option<&str>,
        mut change: impl FnMut(&Db, i64) -> Result<T>,
    ) -> Result<T> {
        let old = self.id;
        let seen = &self.seen;
        let saved = store.write(&format!("assist {old}: {what}"), |db| {
            let moved = match assists::get(db, old)? {
                None => Some(Moved::Deleted),
                Some(stored) if !same(&stored, seen) => Some(Moved::Changed),
                Some(_) => None,
            };
            let id = if moved.is_some() { fork(db, seen)? } else { old };
            let value = change(db, id)?;
            Ok((moved, id, value, super::load(db, id)?))
        });
        let (moved, id, value, now) = match saved {
            Ok(saved) => saved,
            Err(e) => {
                if let Some(a) = answer {
                    ctx.out.warn(&format!("this answer could not be saved; here it is to copy: {a}"));
                }
                return Err(e);
            }
        };
        if let Some(moved) = moved {
            let why = match moved {
                Moved::Deleted => format!("draft assist {old} was deleted while this walk was on it"),
                Moved::Changed => format!(
                    "draft assist {old} was changed while this walk was on it (by `cop import` or \
                     another cop); it stays as that change left it"
                ),
            };
            let mut msg = format!(
                "{why}. This walk goes on in new draft assist {id}, which holds what the walk had saved \
                 (if interrupted: `cop assist run --resume {id}`)"
            );
            if let Some(a) = answer {
                msg.push_str(&format!("\n  your answer, saved in draft {id}: {a}"));
            }
            ctx.out.warn(&msg);
        }
        self.id = id;
        self.seen = now;
        Ok(value)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_renamed_member_is_no_change_but_a_new_note_is() {
        let seen = PeerAssist { challenge: "Funding".into(), ..PeerAssist::default() };
        let mut renamed = seen.clone();
        renamed.names.insert(1, "Ana Lima".into());
        assert!(same(&renamed, &seen));
        let (mut before, mut after) = (seen.clone(), seen.clone());
        before.listeners = vec![MemberRef::Id(1), MemberRef::Id(2)];
        after.listeners = vec![MemberRef::Id(2), MemberRef::Id(1)];
        assert!(same(&after, &before), "a rename may reorder the listeners");
        let mut noted = seen.clone();
        noted.ideas.push("Ask the coast".into());
        assert!(!same(&noted, &seen));
    }
}
