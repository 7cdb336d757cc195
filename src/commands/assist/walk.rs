//! The guided walk through the seven steps, shared by `assist log` (on a terminal, for
//! the steps not given as flags) and `assist run` (every step, with time boxes).
//!
//! Every answer is saved in its own small transaction the moment it is typed, and the
//! draft remembers the step it is at: Ctrl-C or a closed terminal loses nothing, and
//! `assist run --resume N` continues where it stopped. A line that cannot be saved as
//! typed is asked again, never dropped, and a draft changed under the walk is never
//! written over (see [`Draft`]).

use std::borrow::Cow;
use std::time::Instant;

use super::draft::Draft;
use super::resolve_one;
use crate::commands::Context;
use crate::domain::assist::{
    AssistStatus, MemberRef, NextStep, PeerAssist, STEP_NAMES, STEPS, SuggestedResource, parse_next_step,
    parse_resource, parse_takeaway, time_boxes,
};
use crate::domain::rules;
use crate::error::{Error, Result};
use crate::store::assists::{self, CLARIFYING, IDEAS, StepText};
use crate::store::{Db, Store, stories};

/// The takeaways of an assist that name a member, as `(member id, text)`.
pub fn takeaway_stories(a: &PeerAssist) -> Vec<(i64, String)> {
    a.takeaways
        .iter()
        .filter_map(|t| match t.member_id {
            Some(MemberRef::Id(m)) => Some((m, t.text.clone())),
            _ => None,
        })
        .collect()
}

/// The clock of a live run: each step's time box and the minutes left overall.
pub struct Timer {
    started: Instant,
    boxes: [u32; STEPS],
    /// Minutes for the steps still to do when this run started.
    budget: u32,
}

impl Timer {
    /// A clock for an assist of `minutes`, starting at `step` (1..=7).
    pub fn new(minutes: u32, step: u8) -> Timer {
        let boxes = time_boxes(minutes);
        let from = usize::from(step.clamp(1, 7)) - 1;
        Timer { started: Instant::now(), boxes, budget: boxes[from..].iter().sum() }
    }

    pub fn boxes(&self) -> [u32; STEPS] {
        self.boxes
    }

    fn left(&self) -> String {
        let used = self.started.elapsed().as_secs() / 60;
        let budget = u64::from(self.budget);
        if used <= budget {
            format!("{} min left", budget - used)
        } else {
            format!("{} min over", used - budget)
        }
    }
}

/// Walks the draft `id` from the step it is at to the end, then marks it logged, and
/// returns the draft's id: another one when the draft was changed or deleted under the
/// walk (see [`Draft::save`]). Steps flagged in `skip` were given on the command line
/// and are not asked again. With `stories` (`assist log --story`) the takeaways become
/// value stories without asking; otherwise step 5 asks.
pub fn walk(
    ctx: &Context,
    store: &mut Store,
    id: i64,
    skip: [bool; STEPS],
    timer: Option<&Timer>,
    stories: bool,
) -> Result<i64> {
    let mut w = Walker { ctx, timer, stories, draft: Draft::open(store, id)? };
    let start = w.draft.seen().current_step.clamp(1, 8);
    for step in start..=STEPS as u8 {
        let index = usize::from(step) - 1;
        if !skip[index] {
            let (name, question) = STEP_NAMES[index];
            let clock = match timer {
                Some(t) => format!(" · {} min box · {}", t.boxes[index], t.left()),
                None => String::new(),
            };
            ctx.out.message(&format!("\nStep {step} of {STEPS}: {name}{clock}\n  {question}"));
            match step {
                1 => w.single(store, StepText::Situation, "Situation")?,
                2 => w.notes(store, CLARIFYING, "Question and answer")?,
                3 => {
                    w.notes(store, IDEAS, "Idea")?;
                    w.resources(store)?;
                }
                4 => w.single(store, StepText::Response, "Response")?,
                5 => w.takeaways(store)?,
                6 => w.single(store, StepText::Reflection, "Reflection")?,
                _ => w.next_steps(store)?,
            }
        }
        w.draft.save(ctx, store, &format!("step {step} done"), None, |db, id| {
            assists::set_step(db, id, step + 1)
        })?;
    }
    w.draft.save(ctx, store, "logged", None, |db, id| assists::set_status(db, id, AssistStatus::Logged))?;
    Ok(w.draft.id)
}

struct Walker<'a> {
    ctx: &'a Context,
    timer: Option<&'a Timer>,
    /// Keep the takeaways as value stories without asking.
    stories: bool,
    draft: Draft,
}

impl Walker<'_> {
    fn label(&self, what: &str) -> String {
        match self.timer {
            Some(t) => format!("{what} [{}]", t.left()),
            None => what.to_string(),
        }
    }

    /// Asks one line; `None` when left empty.
    fn ask(&self, what: &str) -> Result<Option<String>> {
        Ok(self.ctx.prompt.optional_text(&self.label(what))?.map(|t| self.kept(t)))
    }

    /// What was typed, as it can be stored: a pasted control character (a terminal
    /// escape) is written out as `\u{1b}`, with a warning, rather than refused.
    fn kept(&self, typed: String) -> String {
        match rules::written_out(&typed) {
            Cow::Borrowed(_) => typed,
            Cow::Owned(shown) => {
                self.ctx.out.warn("control characters in the answer are kept written out, as \\u{..}");
                shown
            }
        }
    }

    /// Steps 1, 4 and 6: one text. `:e` opens the editor; Enter keeps what is saved.
    fn single(&mut self, store: &mut Store, which: StepText, what: &str) -> Result<()> {
        let a = self.draft.seen();
        let saved = match which {
            StepText::Situation => a.situation.clone(),
            StepText::Response => a.response.clone(),
            StepText::Reflection => a.reflection.clone(),
        };
        let hint = if saved.is_some() { "Enter keeps what is saved" } else { "Enter to skip" };
        if let Some(s) = &saved {
            self.ctx.out.message(&format!("  saved: {s}"));
        }
        let answer = match self.ask(&format!("{what} ({hint}, :e for your editor)"))? {
            Some(a) if a == ":e" => {
                self.ctx.prompt.long_text(what, saved.as_deref().unwrap_or(""))?.map(|t| self.kept(t))
            }
            other => other,
        };
        if let Some(text) = answer {
            self.draft.save(self.ctx, store, what, Some(&text), |db, id| {
                assists::set_text(db, id, which, Some(&text))
            })?;
        }
        Ok(())
    }

    /// Steps 2 and 3: one note per line until an empty line, each saved at once.
    fn notes(&mut self, store: &mut Store, step: u8, what: &str) -> Result<()> {
        let a = self.draft.seen();
        let saved = if step == CLARIFYING { &a.clarifying } else { &a.ideas };
        for s in saved {
            self.ctx.out.message(&format!("  saved: {s}"));
        }
        let mut n = saved.len() + 1;
        while let Some(text) = self.ask(&format!("{what} {n} (Enter when done)"))? {
            self.draft
                .save(self.ctx, store, what, Some(&text), |db, id| assists::add_note(db, id, step, &text))?;
            n += 1;
        }
        Ok(())
    }

    fn resources(&mut self, store: &mut Store) -> Result<()> {
        self.entries(
            store,
            "Source suggested, TITLE [URL]",
            |_, line| parse_resource(line).map_err(Error::invalid),
            |line| SuggestedResource { id: None, title: line.to_string(), url: None },
            |db, id, r| assists::add_resource(db, id, r).map(drop),
        )
    }

    fn takeaways(&mut self, store: &mut Store) -> Result<()> {
        for t in &self.draft.seen().takeaways {
            self.ctx.out.message(&format!("  saved: {}", t.text));
        }
        self.entries(
            store,
            "Takeaway, MEMBER: TEXT",
            |store, line| {
                let (member, text) = parse_takeaway(line).map_err(Error::invalid)?;
                let id = store.read(|db| resolve_one(db, &MemberRef::Name(member), "takeaway"))?;
                Ok((Some(id), text))
            },
            |line| (None, line.to_string()),
            |db, id, (member, text)| assists::add_takeaway(db, id, *member, text),
        )?;
        self.keep_as_stories(store)
    }

    /// Step 5's takeaways are the community's value stories in the making: asks (unless
    /// `--story` said so already) whether to keep those naming a member as their stories.
    fn keep_as_stories(&mut self, store: &mut Store) -> Result<()> {
        let named = takeaway_stories(self.draft.seen());
        if named.is_empty() {
            return Ok(());
        }
        let question = format!("Keep the {} takeaway(s) as value stories (cop stories)?", named.len());
        if !self.stories && !self.ctx.prompt.yes_no(&question, false)? {
            return Ok(());
        }
        let added = self.draft.save(self.ctx, store, "takeaways as stories", None, |db, id| {
            stories::add_from_takeaways(db, id, &takeaway_stories(&super::load(db, id)?))
        })?;
        self.ctx.out.message(&format!("  kept {added} value stor{}", if added == 1 { "y" } else { "ies" }));
        Ok(())
    }

    fn next_steps(&mut self, store: &mut Store) -> Result<()> {
        for s in &self.draft.seen().next_steps {
            self.ctx.out.message(&format!("  saved: {}", s.text));
        }
        let ctx = self.ctx;
        self.entries(
            store,
            "Next step, TEXT [@MEMBER] [due:DATE]",
            |store, line| {
                let typed = parse_next_step(line).map_err(Error::invalid)?;
                let due = typed.due.map(|d| ctx.date("due:", &d)).transpose()?;
                let owner = typed
                    .owner
                    .map(|o| store.read(|db| resolve_one(db, &MemberRef::Name(o), "@MEMBER")))
                    .transpose()?;
                Ok(NextStep {
                    id: None,
                    text: typed.text,
                    owner_id: owner.map(MemberRef::Id),
                    due: due.map(|d| d.to_string()),
                    done_at: None,
                })
            },
            |line| NextStep { id: None, text: line.to_string(), owner_id: None, due: None, done_at: None },
            |db, id, step| assists::add_next_step(db, id, step).map(drop),
        )?;
        let before = self.draft.seen().continue_discussion;
        let again = self.ctx.prompt.yes_no("Continue the discussion another time?", before)?;
        if again != before {
            self.draft
                .save(self.ctx, store, "continue", None, |db, id| assists::set_continue(db, id, again))?;
        }
        Ok(())
    }

    /// A list step: one entry per line until an empty line, each saved at once. A line
    /// `check` cannot take (an unknown or forgotten member, a `due:` that is no date) is
    /// never dropped: the walk says why and asks again with the line there to fix; Enter
    /// on it unchanged keeps it as `plain` text, with a warning. Should the terminal fail
    /// while asking again, the line is kept as plain text before the walk stops.
    fn entries<T>(
        &mut self,
        store: &mut Store,
        label: &str,
        check: impl Fn(&Store, &str) -> Result<T>,
        plain: impl Fn(&str) -> T,
        save: impl Fn(&Db, i64, &T) -> Result<()>,
    ) -> Result<()> {
        let retry = format!("{label} (fix it, or Enter as it is keeps it as plain text)");
        while let Some(mut line) = self.ask(&format!("{label} (Enter when done)"))? {
            let mut stopped = None;
            let entry = loop {
                let why = match check(store, &line) {
                    Ok(entry) => break Some(entry),
                    Err(e) => e,
                };
                self.ctx.out.warn(&with_hint(&why));
                match self.ctx.prompt.retry_text(&self.label(&retry), &line) {
                    Ok(Some(again)) if again != line => line = self.kept(again),
                    Ok(None) => {
                        self.ctx.out.message(&format!("  left out, as you cleared it: {line}"));
                        break None;
                    }
                    kept => {
                        stopped = kept.err();
                        self.ctx.out.warn(&format!("kept as plain text: {line}"));
                        break Some(plain(&line));
                    }
                }
            };
            if let Some(entry) = entry {
                let what = label.split(',').next().unwrap_or(label);
                self.draft.save(self.ctx, store, what, Some(&line), |db, id| save(db, id, &entry))?;
            }
            if let Some(e) = stopped {
                return Err(e);
            }
        }
        Ok(())
    }
}

/// An error as a warning, with its hint (the candidates' ids, say) on the next line.
fn with_hint(e: &Error) -> String {
    match e.hint() {
        Some(h) => format!("{e}\n  hint: {h}"),
        None => e.to_string(),
    }
}

/// Asks for whoever the flags did not name: the challenge group (its members, or else
/// its name) and the listeners.
pub fn ask_people(ctx: &mut Context, store: &Store, a: &mut PeerAssist) -> Result<()> {
    if a.presenters.is_empty() && a.group.is_none() {
        a.presenters = ask_members(
            ctx,
            store,
            "Challenge group members (MEMBER, comma-separated; Enter for none)",
            &[],
            "",
        )?;
        if a.presenters.is_empty() {
            a.group = ctx
                .prompt
                .optional_text("The challenge group's name, a project or network (Enter for none)")?;
        }
    }
    if a.listeners.is_empty() {
        a.listeners = ask_members(
            ctx,
            store,
            "Listeners (MEMBER, comma-separated; Enter for none)",
            &a.presenters,
            "presents the challenge and cannot also be a listener",
        )?;
    }
    Ok(())
}

/// Asks for members (comma-separated MEMBER references) until they all resolve;
/// none when left empty. Members in `exclude` are refused with the reason.
pub fn ask_members(
    ctx: &Context,
    store: &Store,
    label: &str,
    exclude: &[MemberRef],
    why: &str,
) -> Result<Vec<MemberRef>> {
    let mut refused: Option<String> = None;
    'ask: loop {
        // A line that named someone wrong is asked again with the line there to fix.
        let answer = match refused.take() {
            None => ctx.prompt.optional_text(label)?,
            Some(line) => ctx.prompt.retry_text(label, &line)?,
        };
        let Some(line) = answer else { return Ok(Vec::new()) };
        let mut ids = Vec::new();
        for piece in line.split(',').map(str::trim).filter(|p| !p.is_empty()) {
            match store.read(|db| resolve_one(db, &MemberRef::Name(piece.to_string()), "member")) {
                Ok(id) if exclude.contains(&MemberRef::Id(id)) => {
                    ctx.out.warn(&format!("{piece:?} {why}"));
                    refused = Some(line);
                    continue 'ask;
                }
                Ok(id) => {
                    if !ids.contains(&MemberRef::Id(id)) {
                        ids.push(MemberRef::Id(id));
                    }
                }
                Err(e) => {
                    ctx.out.warn(&with_hint(&e));
                    refused = Some(line);
                    continue 'ask;
                }
            }
        }
        return Ok(ids);
    }
}
