//! `cop demo --members N ...`: a large, realistic community made up from a seed: people
//! with tags and weekly availability, three years of sessions with their attendance,
//! assists with next steps, popups with their members. Everything is drawn from one
//! seeded generator in a fixed order ([`draw`]), so a seed (with COP_NOW) always makes
//! the same data. Each kind of record has its generator, which drafts the domain value
//! (checked against the record rules like any other way in) and writes it through the
//! store's own insert, stamped at the moment it stands for.

mod assists;
mod draw;
mod members;
mod popups;
mod sessions;
mod words;

use chrono::Duration;

use crate::cli::system::DemoArgs;
use crate::commands::Context;
use crate::error::{Error, Result};
use crate::store::{Db, bulk, system, tags};
use draw::Draw;
use words::Words;

/// How much to make.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Sizes {
    pub members: u32,
    pub sessions: u32,
    pub assists: u32,
    pub popups: u32,
    /// `--tags N`: every member has three interests, two needs and one expertise among
    /// the first N tags, which sessions, assists and popups are about too.
    pub dense_tags: Option<u32>,
}

/// Members when only other sizes are given.
const DEFAULT_MEMBERS: u32 = 1_000;
/// How far back sessions, assists and popups go.
const HISTORY_DAYS: u32 = 3 * 365;

impl Sizes {
    /// `None` without any size flag: the small sample community then.
    pub fn of(a: &DemoArgs) -> Option<Sizes> {
        if a.members.is_none()
            && a.sessions.is_none()
            && a.assists.is_none()
            && a.popups.is_none()
            && a.tags.is_none()
        {
            return None;
        }
        let members = a.members.unwrap_or(DEFAULT_MEMBERS);
        Some(Sizes {
            members,
            sessions: a.sessions.unwrap_or(members / 5),
            assists: a.assists.unwrap_or(members / 10),
            popups: a.popups.unwrap_or(members / 50),
            dense_tags: a.tags,
        })
    }
}

/// What was made, for the summary.
#[derive(Default)]
pub struct Made {
    pub members: u64,
    pub tag_links: u64,
    pub windows: u64,
    pub sessions: u64,
    pub upcoming: u64,
    pub attendance: u64,
    pub rsvps: u64,
    pub assists: u64,
    pub next_steps: u64,
    pub open_steps: u64,
    pub popups: u64,
    pub popup_members: u64,
}

pub fn fill(ctx: &mut Context, a: &DemoArgs, sizes: Sizes) -> Result<()> {
    let seed = a.seed.unwrap_or_else(|| fastrand::u64(..1_000_000));
    let now = ctx.now_utc();
    let mut store = ctx.writer()?;
    // A generated community is thrown away, not undone: keeping its million rows as a
    // change would double the generator's time for nothing.
    let why = crate::domain::operation::not_undoable::GENERATED;
    let made = store.write_unkept("generate the demo community", why, |db| {
        super::refuse_members(db, &ctx.db_path)?;
        bulk::tune_for_bulk(db)?;
        let words = Words::load().map_err(Error::runtime)?;
        generate(db, &mut Draw { rng: fastrand::Rng::with_seed(seed), now, words: &words }, sizes)
    })?;
    let point = super::pointer(ctx, a);
    ctx.out.raw(&format!(
        "Made a community in {path} (seed {seed}):\n  \
         {} members with {} tags and {} weekly windows,\n  \
         {} sessions ({} upcoming) with {} attendance rows and {} RSVPs,\n  \
         {} assists with {} next steps ({} open),\n  \
         {} learning popups with {} members.\n\n\
         Explore it:{point}\n  cop members list --need facilitation\n  cop sessions list --upcoming\n  \
         cop assist followups\n  cop report engagement\n  cop popup match 1\n",
        made.members,
        made.tag_links,
        made.windows,
        made.sessions,
        made.upcoming,
        made.attendance,
        made.rsvps,
        made.assists,
        made.next_steps,
        made.open_steps,
        made.popups,
        made.popup_members,
        path = ctx.db_path.display(),
    ))
}

/// Members as the later records need them.
pub struct People {
    pub count: usize,
    pub facilitators: Vec<i64>,
    pub trainers: Vec<String>,
    /// For each tag of the vocabulary drawn from (all, or the first `--tags N`), the
    /// members interested in it.
    pub interested: Vec<Vec<i64>>,
}

impl People {
    /// A member id from the skewed draw: the earliest members take part the most.
    pub fn someone(&self, d: &mut Draw) -> i64 {
        d.skewed(self.count, 1.5) as i64 + 1
    }
}

fn generate(db: &Db, d: &mut Draw, sizes: Sizes) -> Result<Made> {
    let at = bulk::at(db, d.now - Duration::days(HISTORY_DAYS as i64 + 30));
    system::set_community(&at, &d.uuid(), "Network Weavers (generated demo)", &at.stamp())?;
    let vocabulary = sizes.dense_tags.map_or(d.words.tags.len(), |n| (n as usize).min(d.words.tags.len()));
    for t in &d.words.tags[..vocabulary] {
        tags::insert_as(&at, t, &d.uuid())?;
    }
    let mut made = Made::default();
    let people = members::write(db, d, sizes, vocabulary, &mut made)?;
    sessions::write(db, d, sizes.sessions, &people, &mut made)?;
    assists::write(db, d, sizes.assists, &people, &mut made)?;
    popups::write(db, d, sizes.popups, &people, &mut made)?;
    Ok(made)
}

/// A drafted record that breaks a record rule is a bug in the generator: say which.
fn broken(what: &str, why: impl std::fmt::Display) -> Error {
    Error::runtime(format!("the demo generator drafted a bad {what}: {why}"))
}

/// [`broken`] for the checks that name the field apart from what is wrong.
fn broken_field(what: &str) -> impl Fn((&'static str, String)) -> Error + '_ {
    move |(field, why)| broken(what, format!("{field}: {why}"))
}
