//! The guided walk through the seven steps, shared by `assist log` (on a terminal, for
//! the steps not given as flags) and `assist run` (every step, with time boxes).
//!
//! Every answer is saved in its own small transaction the moment it is typed, and the
//! draft remembers the step it is at: Ctrl-C or a closed terminal loses nothing, and
//! `assist run --resume N` continues where it stopped.

use std::time::Instant;

use super::{load, resolve_one};
use crate::commands::Context;
use crate::domain::assist::{
    AssistStatus, MemberRef, NextStep, PeerAssist, STEP_NAMES, STEPS, parse_next_step, parse_resource,
    parse_takeaway, time_boxes,
};
use crate::error::{Error, Result};
use crate::store::Store;
use crate::store::assists::{self, CLARIFYING, IDEAS, StepText};

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

/// Walks the draft `id` from the step it is at to the end, then marks it logged.
/// Steps flagged in `skip` were given on the command line and are not asked again.
pub fn walk(
    ctx: &Context,
    store: &mut Store,
    id: i64,
    skip: [bool; STEPS],
    timer: Option<&Timer>,
) -> Result<()> {
    let start = store.read(|db| load(db, id))?.current_step.clamp(1, 8);
    for step in start..=STEPS as u8 {
        let index = usize::from(step) - 1;
        if !skip[index] {
            let (name, question) = STEP_NAMES[index];
            let clock = match timer {
                Some(t) => format!(" · {} min box · {}", t.boxes[index], t.left()),
                None => String::new(),
            };
            ctx.out.message(&format!("\nStep {step} of {STEPS}: {name}{clock}\n  {question}"));
            let w = Walker { ctx, id, timer };
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
        store.write(&format!("assist {id}: step {step} done"), |db| assists::set_step(db, id, step + 1))?;
    }
    store.write(&format!("log assist {id}"), |db| assists::set_status(db, id, AssistStatus::Logged))
}

struct Walker<'a> {
    ctx: &'a Context,
    id: i64,
    timer: Option<&'a Timer>,
}

impl Walker<'_> {
    fn label(&self, what: &str) -> String {
        match self.timer {
            Some(t) => format!("{what} [{}]", t.left()),
            None => what.to_string(),
        }
    }

    fn current(&self, store: &Store) -> Result<PeerAssist> {
        store.read(|db| load(db, self.id))
    }

    /// Asks one line; `None` when left empty.
    fn ask(&self, what: &str) -> Result<Option<String>> {
        self.ctx.prompt.optional_text(&self.label(what))
    }

    /// Steps 1, 4 and 6: one text. `:e` opens the editor; Enter keeps what is saved.
    fn single(&self, store: &mut Store, which: StepText, what: &str) -> Result<()> {
        let a = self.current(store)?;
        let saved = match which {
            StepText::Situation => a.situation,
            StepText::Response => a.response,
            StepText::Reflection => a.reflection,
        };
        let hint = if saved.is_some() { "Enter keeps what is saved" } else { "Enter to skip" };
        if let Some(s) = &saved {
            self.ctx.out.message(&format!("  saved: {s}"));
        }
        let answer = match self.ask(&format!("{what} ({hint}, :e for your editor)"))? {
            Some(a) if a == ":e" => self.ctx.prompt.long_text(what, saved.as_deref().unwrap_or(""))?,
            other => other,
        };
        if let Some(text) = answer {
            let id = self.id;
            store
                .write(&format!("assist {id}: {what}"), |db| assists::set_text(db, id, which, Some(&text)))?;
        }
        Ok(())
    }

    /// Steps 2 and 3: one note per line until an empty line, each saved at once.
    fn notes(&self, store: &mut Store, step: u8, what: &str) -> Result<()> {
        let a = self.current(store)?;
        let saved = if step == CLARIFYING { a.clarifying } else { a.ideas };
        for s in &saved {
            self.ctx.out.message(&format!("  saved: {s}"));
        }
        let id = self.id;
        let mut n = saved.len() + 1;
        while let Some(text) = self.ask(&format!("{what} {n} (Enter when done)"))? {
            store.write(&format!("assist {id}: {what}"), |db| assists::add_note(db, id, step, &text))?;
            n += 1;
        }
        Ok(())
    }

    fn resources(&self, store: &mut Store) -> Result<()> {
        let id = self.id;
        while let Some(line) = self.ask("Source suggested, TITLE [URL] (Enter when done)")? {
            match parse_resource(&line) {
                Ok(r) => {
                    store.write(&format!("assist {id}: resource"), |db| assists::add_resource(db, id, &r))?;
                }
                Err(e) => self.ctx.out.warn(&e),
            }
        }
        Ok(())
    }

    fn takeaways(&self, store: &mut Store) -> Result<()> {
        let id = self.id;
        for t in &self.current(store)?.takeaways {
            self.ctx.out.message(&format!("  saved: {}", t.text));
        }
        while let Some(line) = self.ask("Takeaway, MEMBER: TEXT (Enter when done)")? {
            let saved = parse_takeaway(&line).map_err(Error::invalid).and_then(|(member, text)| {
                store.write(&format!("assist {id}: takeaway"), |db| {
                    let m = resolve_one(db, &MemberRef::Name(member), "takeaway")?;
                    assists::add_takeaway(db, id, Some(m), &text)
                })
            });
            if let Err(e) = saved {
                self.ctx.out.warn(&e.to_string());
            }
        }
        Ok(())
    }

    fn next_steps(&self, store: &mut Store) -> Result<()> {
        let id = self.id;
        let a = self.current(store)?;
        for s in &a.next_steps {
            self.ctx.out.message(&format!("  saved: {}", s.text));
        }
        while let Some(line) = self.ask("Next step, TEXT [@MEMBER] [due:DATE] (Enter when done)")? {
            let saved = parse_next_step(&line).map_err(Error::invalid).and_then(|typed| {
                let due = typed.due.map(|d| self.ctx.date("due:", &d)).transpose()?;
                store.write(&format!("assist {id}: next step"), |db| {
                    let owner =
                        typed.owner.map(|o| resolve_one(db, &MemberRef::Name(o), "@MEMBER")).transpose()?;
                    let step = NextStep {
                        id: None,
                        text: typed.text,
                        owner_id: owner.map(MemberRef::Id),
                        due: due.map(|d| d.to_string()),
                        done_at: None,
                    };
                    assists::add_next_step(db, id, &step)
                })
            });
            if let Err(e) = saved {
                self.ctx.out.warn(&e.to_string());
            }
        }
        let again = self.ctx.prompt.yes_no("Continue the discussion another time?", a.continue_discussion)?;
        if again != a.continue_discussion {
            store.write(&format!("assist {id}: continue"), |db| assists::set_continue(db, id, again))?;
        }
        Ok(())
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
    'ask: loop {
        let Some(line) = ctx.prompt.optional_text(label)? else { return Ok(Vec::new()) };
        let mut ids = Vec::new();
        for piece in line.split(',').map(str::trim).filter(|p| !p.is_empty()) {
            match store.read(|db| resolve_one(db, &MemberRef::Name(piece.to_string()), "member")) {
                Ok(id) if exclude.contains(&MemberRef::Id(id)) => {
                    ctx.out.warn(&format!("{piece:?} {why}"));
                    continue 'ask;
                }
                Ok(id) => {
                    if !ids.contains(&MemberRef::Id(id)) {
                        ids.push(MemberRef::Id(id));
                    }
                }
                Err(e) => {
                    ctx.out.warn(&e.to_string());
                    continue 'ask;
                }
            }
        }
        return Ok(ids);
    }
}
