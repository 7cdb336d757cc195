//! One handler file per noun: parse references, open a transaction, call the domain and
//! the store, hand the result to output. No SQL and no formatting here.

mod assist;
mod backup;
mod completions;
mod demo;
mod doctor;
mod export;
mod import;
mod init;
mod log;
mod mail;
mod man;
mod meetup;
mod members;
mod pairs;
mod popup;
mod report;
mod resources;
mod sessions;
mod slots;
mod stories;
mod sync;
mod tags;

use std::path::{Path, PathBuf};

use chrono::{DateTime, NaiveDate, Utc};
use chrono_tz::Tz;

use crate::cli::{Cli, Command};
use crate::domain::reference::{Resolution, resolve};
use crate::domain::time;
use crate::error::{Error, Result};
use crate::output::Output;
use crate::output::file::{Protected, Target};
use crate::prompt::Prompter;
use crate::store::{self, Db, Store};

/// What every command gets: where the data lives, how to print, whether it may ask, and
/// one "now" for the whole command (pinned by `COP_NOW` for reproducible runs and tests).
pub struct Context {
    pub db_path: PathBuf,
    /// Whether the user named the database (`--db` or `COP_DB`) rather than taking the default.
    pub db_path_given: bool,
    pub out: Output,
    pub prompt: Prompter,
    /// In the community's zone (see [`zone`]), which every time typed and shown uses.
    pub now: DateTime<Tz>,
    /// How the command was typed, for the operation its writes record.
    pub invocation: crate::domain::operation::Invocation,
}

impl Context {
    pub fn now_utc(&self) -> DateTime<Utc> {
        self.now.with_timezone(&Utc)
    }

    /// The database for reading, or `None` when there is none yet (and none is created).
    pub fn reader(&self) -> Result<Option<Store>> {
        Store::open_existing(&self.db_path, self.now_utc())
    }

    /// The database for writing, created by its first write.
    pub fn writer(&self) -> Result<Store> {
        let mut store = Store::open_or_create(&self.db_path, self.now_utc())?;
        store.set_invocation(self.invocation.clone());
        Ok(store)
    }

    /// The files no output may replace: the database and its side files, under the name
    /// given and under its real path, where SQLite makes the side files of a linked database.
    pub fn protected(&self) -> Protected {
        let mut files = Protected::default();
        let real = std::fs::canonicalize(&self.db_path).ok();
        for db in std::iter::once(self.db_path.clone()).chain(real) {
            for suffix in store::file::SIDE_FILES {
                files.add(store::file::side_file(&db, suffix), format!("the database's {suffix} file"));
            }
            files.add(db, "the database itself");
        }
        files
    }

    /// Sends the command's data to FILE (`--out`) instead of stdout; the file appears
    /// when the command calls `out.save_file()`.
    pub fn redirect(&mut self, path: &Path, force: bool) -> Result<()> {
        let protected = self.protected();
        self.out.redirect(&Target { flag: "--out", path, force }, &protected)
    }

    /// Reads a day typed for `--field`.
    pub fn date(&self, field: &str, input: &str) -> Result<NaiveDate> {
        time::parse_date(input, &self.now).map_err(|e| Error::invalid(format!("{field}: {e}")))
    }

    /// Reads the days of `--from` and `--to`: a `--to` before `--from` would select
    /// nothing, which a script cannot tell from "there is nothing", so it is a usage error.
    pub fn day_range(
        &self,
        from: Option<&str>,
        to: Option<&str>,
    ) -> Result<(Option<NaiveDate>, Option<NaiveDate>)> {
        let first = from.map(|f| self.date("--from", f)).transpose()?;
        let last = to.map(|t| self.date("--to", t)).transpose()?;
        if let (Some(f), Some(l)) = (first, last)
            && l < f
        {
            return Err(Error::invalid(format!(
                "--from {f} and --to {l}: --to is before --from; expected --to on or after --from"
            )));
        }
        Ok((first, last))
    }

    /// Reads a moment typed for `--field`.
    pub fn datetime(&self, field: &str, input: &str) -> Result<DateTime<Utc>> {
        time::parse_datetime(input, &self.now).map_err(|e| Error::invalid(format!("{field}: {e}")))
    }
}

/// Reads `COP_NOW` (RFC 3339) when set, so runs can be replayed at a fixed time.
fn now(zone: Tz) -> Result<DateTime<Tz>> {
    match std::env::var("COP_NOW") {
        Ok(s) if !s.is_empty() => DateTime::parse_from_rfc3339(&s)
            .map(|t| t.with_timezone(&zone))
            .map_err(|_| Error::invalid(format!("COP_NOW {s:?}: expected an RFC 3339 time"))),
        _ => Ok(Utc::now().with_timezone(&zone)),
    }
}

/// The zone times are typed and shown in: `--tz`, then `COP_TZ`, then the community's
/// (`init --timezone`), then `TZ`, then the machine's. `COP_TZ` comes before the stored
/// zone because, like `--tz`, it is one person's choice for their own shell, where the
/// stored zone is the community's default. A bad `--tz` or `COP_TZ` is refused; a `TZ`
/// cop cannot read is passed over ([`time::environment_zone`]).
fn zone(tz_flag: Option<&str>, db_path: &Path) -> Result<Tz> {
    let named =
        |field: &str, v: &str| time::parse_zone(v).ok_or_else(|| Error::invalid(time::zone_error(field, v)));
    if let Some(v) = tz_flag {
        return named("--tz", v);
    }
    if let Some(v) = std::env::var("COP_TZ").ok().filter(|v| !v.is_empty()) {
        return named("COP_TZ", &v);
    }
    if let Some(v) = stored_zone(db_path) {
        return named("the community's time zone (cop init --timezone)", &v);
    }
    Ok(time::environment_zone())
}

/// The zone `init --timezone` stored, if the database exists and can say; a database
/// that cannot be read is left for the command itself to report.
fn stored_zone(db_path: &Path) -> Option<String> {
    if !db_path.exists() {
        return None;
    }
    let store = Store::open_existing(db_path, Utc::now()).ok()??;
    store.read(store::system::community_timezone).ok().flatten()
}

pub fn run(cli: Cli) -> Result<()> {
    if let Some(refusal) = cli.format_refusal() {
        return Err(Error::invalid(refusal));
    }
    let db_path_given = cli.global.db.is_some();
    let db_path = match cli.global.db.clone() {
        Some(p) => p,
        None => store::default_path()?,
    };
    let zone = zone(cli.global.tz.as_deref(), &db_path)?;
    crate::output::set_zone(zone);
    let mut out = Output::new(cli.global.output_format(), cli.global.quiet);
    out.exact_cells = cli.global.raw;
    let mut ctx = Context {
        db_path,
        db_path_given,
        out,
        prompt: Prompter::new(cli.global.no_input),
        now: now(zone)?,
        invocation: cli.invocation.clone(),
    };
    dispatch(&mut ctx, cli.command)
}

fn dispatch(ctx: &mut Context, command: Command) -> Result<()> {
    match command {
        Command::Init(args) => init::init(ctx, args),
        Command::Members(cmd) => members::run(ctx, *cmd),
        Command::Popup(cmd) => popup::run(ctx, *cmd),
        Command::Report(cmd) => report::run(ctx, *cmd),
        Command::Export(args) => export::export(ctx, args),
        Command::Import(args) => import::import(ctx, args),
        Command::Sessions(cmd) => sessions::run(ctx, *cmd),
        Command::Outbox(cmd) => mail::outbox::run(ctx, *cmd),
        Command::Meetup(cmd) => meetup::run(ctx, *cmd),
        Command::Pairs(cmd) => pairs::run(ctx, *cmd),
        Command::Assist(cmd) => assist::run(ctx, *cmd),
        Command::Resources(cmd) => resources::run(ctx, *cmd),
        Command::Stories(cmd) => stories::run(ctx, *cmd),
        Command::Tags(cmd) => tags::run(ctx, *cmd),
        Command::Doctor => doctor::doctor(ctx),
        Command::Log(args) => log::log(ctx, args),
        Command::Undo(args) => log::undo(ctx, args),
        Command::Sync(args) => sync::run(ctx, args),
        Command::Backup(args) => backup::backup(ctx, args),
        Command::Demo(args) => demo::run(ctx, args),
        Command::Completions(args) => completions::completions(ctx, args),
        Command::Man => man::man(ctx),
    }
}

/// A value typed for `flag` that its rule refused: exit 2, naming the flag.
pub fn field<T>(flag: &str, r: std::result::Result<T, String>) -> Result<T> {
    r.map_err(|e| Error::invalid(format!("{flag}: {e}")))
}

/// Optional text where an empty value means "remove it".
pub fn clearable(v: &str) -> Option<String> {
    Some(v.trim().to_string()).filter(|s| !s.is_empty())
}

/// `--external-expert NAME`: a name, never blank (`--no-expert` is how to remove one).
pub fn external_expert(v: Option<&str>) -> Result<Option<String>> {
    v.map(|e| clearable(e).ok_or_else(|| Error::invalid("--external-expert: name must not be empty")))
        .transpose()
}

/// Applies `--add-*` and `--remove-*` (normalized tags) to a list of tags, sorted and
/// without repeats; an alias stands for its tag.
pub fn merge_tags(db: &Db, list: &[String], add: &[String], remove: &[String]) -> Result<Vec<String>> {
    let canonical =
        |ts: &[String]| -> Result<Vec<String>> { ts.iter().map(|t| store::tags::canonical(db, t)).collect() };
    let (add, remove) = (canonical(add)?, canonical(remove)?);
    let mut tags: Vec<String> = list.iter().filter(|t| !remove.contains(t)).cloned().collect();
    tags.extend(add);
    tags.sort();
    tags.dedup();
    Ok(tags)
}

/// A member who may take a place: exit 3 for nobody, exit 4 for an archived member.
/// Returns their name.
pub fn require_active(db: &Db, id: i64) -> Result<String> {
    let m =
        store::members::get(db, id)?.ok_or_else(|| Error::not_found(format!("no member with id {id}")))?;
    crate::domain::popup::check_may_take_part(m.id, &m.profile.name, m.profile.status)
        .map_err(Error::conflict)?;
    Ok(m.profile.name)
}

/// Reads a record id typed for `what` (`SESSION`, `ASSIST`, `--resume`...): text that is
/// not a whole number above 0 is a usage error (exit 2); a well-formed id with no record
/// is for the caller to report as not found (exit 3), the same for every noun.
pub fn parse_id(what: &str, input: &str) -> Result<i64> {
    input.trim().parse::<i64>().ok().filter(|id| *id > 0).ok_or_else(|| {
        Error::invalid(format!("{what}: expected an id (a whole number above 0), got {input:?}"))
    })
}

/// A MEMBER that is a whole number is read as an id, and ids are above 0: `0` or `-3`
/// is a usage error (exit 2), as an id is for every other noun, not a member not found.
fn check_member_number(reference: &str) -> Result<()> {
    if reference.trim().parse::<i64>().is_ok() {
        parse_id("MEMBER", reference)?;
    }
    Ok(())
}

/// The error for a MEMBER that names nobody (exit 3), or is no id at all (exit 2).
pub fn no_member(reference: &str) -> Error {
    check_member_number(reference)
        .err()
        .unwrap_or_else(|| Error::not_found(format!("no member matches {reference:?}")))
}

/// Resolves MEMBER (id, email, unique name or prefix) to a member id.
pub fn member_id(db: &Db, reference: &str) -> Result<i64> {
    check_member_number(reference)?;
    match resolve(reference, &store::members::candidates(db, reference)?) {
        Resolution::One(id) => Ok(id),
        Resolution::NoMatch => Err(no_member(reference)),
        Resolution::Many(list) => {
            let shown: Vec<String> = list.iter().take(10).map(|c| format!("{} ({})", c.name, c.id)).collect();
            let more =
                if list.len() > 10 { format!(", and {} more", list.len() - 10) } else { String::new() };
            Err(Error::Ambiguous {
                message: format!(
                    "no single member matches {reference:?}: {} candidates: {}{more}",
                    list.len(),
                    shown.join(", ")
                ),
                hint: "use the id or the email".into(),
            })
        }
    }
}

/// Resolves several MEMBER references; duplicates collapse, order is kept.
pub fn member_ids(db: &Db, references: &[String]) -> Result<Vec<i64>> {
    let mut ids = Vec::new();
    for r in references {
        let id = member_id(db, r)?;
        if !ids.contains(&id) {
            ids.push(id);
        }
    }
    Ok(ids)
}
