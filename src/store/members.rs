//! Members, their tags and their availability windows.

use std::collections::HashMap;

use chrono::{NaiveDate, Weekday};
use rusqlite::{OptionalExtension, Row, params, params_from_iter, types::Value};

use super::{Db, new_uuid, parse_timestamp, tags, unique_violation};
use crate::domain::member::{Availability, Member, Profile, Role, Status, TagKind, fold, word_starts_with};
use crate::domain::reference::Candidate;
use crate::error::{Error, Result};

/// Which members `members list` shows, and in what order.
#[derive(Clone, Debug, Default)]
pub struct MemberFilter {
    pub interests: Vec<String>,
    pub needs: Vec<String>,
    pub expertise: Vec<String>,
    pub role: Option<Role>,
    pub region: Option<String>,
    pub facilitator: bool,
    /// `None` shows every status.
    pub status: Option<Status>,
    pub sort: MemberSort,
    pub limit: Option<u64>,
}

#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub enum MemberSort {
    #[default]
    Name,
    Id,
    Joined,
    Created,
    Updated,
}

const SELECT: &str = "SELECT m.id, m.uuid, m.name, m.email, m.role, m.status, m.region, m.timezone,
       m.facilitator, m.joined_on, m.note, m.created_at, m.updated_at,
       (SELECT group_concat(t.name, ',' ORDER BY t.name) FROM member_tags mt JOIN tags t ON t.id = mt.tag_id
         WHERE mt.member_id = m.id AND mt.kind = 'interest'),
       (SELECT group_concat(t.name, ',' ORDER BY t.name) FROM member_tags mt JOIN tags t ON t.id = mt.tag_id
         WHERE mt.member_id = m.id AND mt.kind = 'need'),
       (SELECT group_concat(t.name, ',' ORDER BY t.name) FROM member_tags mt JOIN tags t ON t.id = mt.tag_id
         WHERE mt.member_id = m.id AND mt.kind = 'expertise'),
       (SELECT group_concat(a.weekday || ' ' || a.start_minute || ' ' || a.end_minute, ','
                            ORDER BY a.weekday, a.start_minute, a.end_minute)
          FROM availability a WHERE a.member_id = m.id)
  FROM members m";

fn split(cell: Option<String>) -> Vec<String> {
    cell.map(|s| s.split(',').map(str::to_string).collect()).unwrap_or_default()
}

fn windows(cell: Option<String>) -> Vec<Availability> {
    split(cell)
        .iter()
        .filter_map(|w| {
            let mut it = w.split(' ').filter_map(|n| n.parse::<u32>().ok());
            let (d, s, e) = (it.next()?, it.next()?, it.next()?);
            let weekday = Weekday::try_from(u8::try_from(d).ok()?).ok()?;
            Some(Availability { weekday, start_minute: s, end_minute: e })
        })
        .collect()
}

fn conversion<E: std::error::Error + Send + Sync + 'static>(e: E) -> rusqlite::Error {
    rusqlite::Error::FromSqlConversionFailure(0, rusqlite::types::Type::Text, Box::new(e))
}

fn text_error(msg: String) -> rusqlite::Error {
    conversion(std::io::Error::other(msg))
}

fn from_row(r: &Row) -> rusqlite::Result<Member> {
    let joined: Option<String> = r.get(9)?;
    Ok(Member {
        id: r.get(0)?,
        uuid: r.get(1)?,
        profile: Profile {
            name: r.get(2)?,
            email: r.get(3)?,
            role: Role::parse(&r.get::<_, String>(4)?).map_err(text_error)?,
            status: Status::parse(&r.get::<_, String>(5)?).map_err(text_error)?,
            region: r.get(6)?,
            timezone: r.get(7)?,
            facilitator: r.get(8)?,
            joined_on: joined
                .map(|j| NaiveDate::parse_from_str(&j, "%Y-%m-%d").map_err(conversion))
                .transpose()?,
            note: r.get(10)?,
            interests: split(r.get(13)?),
            needs: split(r.get(14)?),
            expertise: split(r.get(15)?),
            availability: windows(r.get(16)?),
        },
        created_at: parse_timestamp(&r.get::<_, String>(11)?)?,
        updated_at: parse_timestamp(&r.get::<_, String>(12)?)?,
    })
}

pub fn get(db: &Db, id: i64) -> Result<Option<Member>> {
    // Cached: an import reads every member it updates through here.
    let mut stmt = db.conn.prepare_cached(&format!("{SELECT} WHERE m.id = ?1"))?;
    Ok(stmt.query_row([id], from_row).optional()?)
}

/// Calls `each` for every member the filter selects, streaming rows as SQLite yields them.
pub fn for_each(db: &Db, filter: &MemberFilter, mut each: impl FnMut(Member) -> Result<()>) -> Result<()> {
    let mut sql = format!("{SELECT} WHERE 1 = 1");
    let mut args: Vec<Value> = Vec::new();
    if let Some(status) = filter.status {
        sql.push_str(" AND m.status = ?");
        args.push(Value::Text(status.as_str().into()));
    }
    if let Some(role) = filter.role {
        sql.push_str(" AND m.role = ?");
        args.push(Value::Text(role.as_str().into()));
    }
    if let Some(region) = &filter.region {
        sql.push_str(" AND m.region = ? COLLATE NOCASE");
        args.push(Value::Text(region.clone()));
    }
    if filter.facilitator {
        sql.push_str(" AND m.facilitator = 1");
    }
    for (kind, wanted) in [
        (TagKind::Interest, &filter.interests),
        (TagKind::Need, &filter.needs),
        (TagKind::Expertise, &filter.expertise),
    ] {
        for tag in wanted {
            sql.push_str(
                " AND EXISTS (SELECT 1 FROM member_tags mt JOIN tags t ON t.id = mt.tag_id
                   WHERE mt.member_id = m.id AND mt.kind = ? AND t.name = ?)",
            );
            args.push(Value::Text(kind.as_str().into()));
            args.push(Value::Text(tags::canonical(db, tag)?));
        }
    }
    sql.push_str(match filter.sort {
        MemberSort::Name => " ORDER BY m.name COLLATE NOCASE, m.id",
        MemberSort::Id => " ORDER BY m.id",
        MemberSort::Joined => " ORDER BY m.joined_on IS NULL, m.joined_on, m.id",
        MemberSort::Created => " ORDER BY m.created_at, m.id",
        MemberSort::Updated => " ORDER BY m.updated_at DESC, m.id",
    });
    if let Some(limit) = filter.limit {
        sql.push_str(" LIMIT ?");
        args.push(Value::Integer(i64::try_from(limit).unwrap_or(i64::MAX)));
    }
    let mut stmt = db.conn.prepare(&sql)?;
    let mut rows = stmt.query(params_from_iter(args))?;
    while let Some(row) = rows.next()? {
        each(from_row(row)?)?;
    }
    Ok(())
}

/// The members a reference could match, for [`crate::domain::reference::resolve`]:
/// by id or email directly, by name when a word of the name (folded: no case, no
/// accents) starts with the reference. SQLite's LIKE folds ASCII only, so it narrows
/// the ASCII names (where it folds as [`fold`] does) and the others are folded here,
/// read through the index of names that are not ASCII (migration 0012).
pub fn candidates(db: &Db, reference: &str) -> Result<Vec<Candidate>> {
    let r = reference.trim();
    let map = |row: &Row| Ok(Candidate { id: row.get(0)?, name: row.get(1)?, email: row.get(2)? });
    let mut out: Vec<Candidate> = Vec::new();
    if let Ok(id) = r.parse::<i64>() {
        let mut stmt = db.conn.prepare_cached("SELECT id, name, email FROM members WHERE id = ?1")?;
        out.extend(stmt.query_map([id], map)?.collect::<rusqlite::Result<Vec<_>>>()?);
    }
    if r.contains('@') {
        let mut stmt = db.conn.prepare_cached("SELECT id, name, email FROM members WHERE email = ?1")?;
        out.extend(stmt.query_map([r.to_lowercase()], map)?.collect::<rusqlite::Result<Vec<_>>>()?);
        return Ok(out);
    }
    let names = named_like(db, &fold(r))?;
    out.extend(names.into_iter().filter(|c| out.iter().all(|o| o.id != c.id)).collect::<Vec<_>>());
    Ok(out)
}

/// The members with a word of their name starting with `folded` (see [`fold`]).
fn named_like(db: &Db, folded: &str) -> Result<Vec<Candidate>> {
    if folded.is_empty() {
        return Ok(Vec::new());
    }
    let map = |row: &Row| Ok(Candidate { id: row.get(0)?, name: row.get(1)?, email: row.get(2)? });
    let mut found: Vec<Candidate> = Vec::new();
    if folded.is_ascii() {
        let pattern = format!("%{}%", folded.replace('\\', "\\\\").replace('%', "\\%").replace('_', "\\_"));
        let mut stmt =
            db.conn.prepare_cached("SELECT id, name, email FROM members WHERE name LIKE ?1 ESCAPE '\\'")?;
        found.extend(stmt.query_map([pattern], map)?.collect::<rusqlite::Result<Vec<_>>>()?);
    }
    let mut stmt = db.conn.prepare_cached(
        "SELECT id, name, email FROM members WHERE length(name) <> length(CAST(name AS BLOB))",
    )?;
    for c in stmt.query_map([], map)? {
        let c = c?;
        if !(folded.is_ascii() && found.iter().any(|f| f.id == c.id)) {
            found.push(c);
        }
    }
    found.retain(|c| word_starts_with(&fold(&c.name), folded));
    found.sort_by_key(|c| c.id);
    Ok(found)
}

/// The members whose name is `name`, folded (see [`fold`]): whom a new member of that
/// name would be confused with.
pub fn ids_named(db: &Db, name: &str) -> Result<Vec<i64>> {
    let folded = fold(name);
    Ok(named_like(db, &folded)?.into_iter().filter(|c| fold(&c.name) == folded).map(|c| c.id).collect())
}

/// The UUID of the member a merged member's old UUID now names (`members merge`), or
/// `None` when `uuid` is no alias. `members import` maps such a row to that member;
/// `cop import` and sync should too, before they look the UUID up among members.
pub fn resolve_member_alias(db: &Db, uuid: &str) -> Result<Option<String>> {
    let mut stmt = db.conn.prepare_cached(
        "SELECT m.uuid FROM member_aliases a JOIN members m ON m.id = a.member_id WHERE a.uuid = ?1",
    )?;
    Ok(stmt.query_row([uuid], |r| r.get(0)).optional()?)
}

pub fn id_by_email(db: &Db, email: &str) -> Result<Option<i64>> {
    let mut stmt = db.conn.prepare_cached("SELECT id FROM members WHERE email = ?1")?;
    Ok(stmt.query_row([email], |r| r.get(0)).optional()?)
}

pub fn id_by_uuid(db: &Db, uuid: &str) -> Result<Option<i64>> {
    let mut stmt = db.conn.prepare_cached("SELECT id FROM members WHERE uuid = ?1")?;
    Ok(stmt.query_row([uuid], |r| r.get(0)).optional()?)
}

fn duplicate_email(d: &Profile) -> String {
    format!(
        "email {:?} already belongs to another member: use `cop members edit` on that member instead",
        d.email.as_deref().unwrap_or_default()
    )
}

/// Adds a member; `uuid` keeps an imported member's identity. Returns the new id.
pub fn insert(db: &Db, d: &Profile, uuid: Option<&str>) -> Result<i64> {
    Writer::new(db).insert(d, uuid)
}

/// Replaces a member's fields, tags and windows with the draft's, and stamps `updated_at`.
pub fn update(db: &Db, id: i64, d: &Profile) -> Result<()> {
    Writer::new(db).update(id, d)
}

/// Runs `f` with a [`Writer`] meant for thousands of members (an import of a sheet):
/// - the page cache grows (to 64 MiB, and only as pages are used), so the indexes being
///   filled stay in memory instead of spilling half-written pages to the WAL mid-transaction;
/// - SQLite skips the tables' CHECK constraints while `f` runs. Every draft reaching the
///   writer comes from a validated [`Profile`] (a checked name, role and status enums,
///   windows that parsed), so the CHECKs could not fail; yet each `kind IN (...)` check
///   built a throwaway table per inserted row, nearly half of an import's work.
///   Changing the flag expires compiled statements, so nothing compiled without the
///   checks outlives `f`.
pub fn write_many<T>(db: &Db, f: impl FnOnce(&mut Writer) -> Result<T>) -> Result<T> {
    db.grow_cache(64)?;
    db.conn.pragma_update(None, "ignore_check_constraints", true)?;
    let outcome = f(&mut Writer::new(db));
    db.conn.pragma_update(None, "ignore_check_constraints", false)?;
    outcome
}

/// Writes members inside one transaction. Made once for many members (an import), it
/// formats the command's stamp once and looks each tag name up once, rather than per
/// member and per tag: with 100,000 rows those lookups were most of the import's time.
pub struct Writer<'d, 'c> {
    db: &'d Db<'c>,
    stamp: String,
    /// Tag ids by the name (or alias) written; no tag is deleted while the transaction lasts.
    tag_ids: HashMap<String, i64>,
}

/// A profile's columns in the order `insert` and `update` both list them (name to note),
/// so the two always write the same fields the same way.
fn profile_values(d: &Profile) -> [Value; 9] {
    [
        d.name.clone().into(),
        d.email.clone().into(),
        d.role.as_str().to_string().into(),
        d.status.as_str().to_string().into(),
        d.region.clone().into(),
        d.timezone.clone().into(),
        d.facilitator.into(),
        d.joined_on.map(|j| j.to_string()).into(),
        d.note.clone().into(),
    ]
}

impl<'d, 'c> Writer<'d, 'c> {
    pub fn new(db: &'d Db<'c>) -> Self {
        Writer { db, stamp: db.stamp(), tag_ids: HashMap::new() }
    }

    /// Adds a member; `uuid` keeps an imported member's identity. Returns the new id.
    pub fn insert(&mut self, d: &Profile, uuid: Option<&str>) -> Result<i64> {
        self.db
            .conn
            .prepare_cached(
                "INSERT INTO members (uuid, name, email, role, status, region, timezone, facilitator,
                                      joined_on, note, created_at, updated_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?11)",
            )?
            .execute(params_from_iter(
                std::iter::once(Value::from(uuid.map_or_else(new_uuid, str::to_string)))
                    .chain(profile_values(d))
                    .chain([Value::from(self.stamp.clone())]),
            ))
            .map_err(|e| unique_violation(e, || duplicate_email(d)))?;
        let id = self.db.conn.last_insert_rowid();
        self.write_links(id, d)?;
        Ok(id)
    }

    /// Replaces a member's fields, tags and windows with the draft's, and stamps `updated_at`.
    pub fn update(&mut self, id: i64, d: &Profile) -> Result<()> {
        let conn = self.db.conn;
        conn.prepare_cached(
            "UPDATE members SET name = ?2, email = ?3, role = ?4, status = ?5, region = ?6, timezone = ?7,
                    facilitator = ?8, joined_on = ?9, note = ?10, updated_at = ?11
              WHERE id = ?1",
        )?
        .execute(params_from_iter(
            std::iter::once(Value::from(id))
                .chain(profile_values(d))
                .chain([Value::from(self.stamp.clone())]),
        ))
        .map_err(|e| unique_violation(e, || duplicate_email(d)))?;
        conn.prepare_cached("DELETE FROM member_tags WHERE member_id = ?1")?.execute([id])?;
        conn.prepare_cached("DELETE FROM availability WHERE member_id = ?1")?.execute([id])?;
        self.write_links(id, d)
    }

    fn tag_id(&mut self, name: &str) -> Result<i64> {
        if let Some(&id) = self.tag_ids.get(name) {
            return Ok(id);
        }
        let id = tags::ensure(self.db, name)?;
        self.tag_ids.insert(name.to_string(), id);
        Ok(id)
    }

    fn write_links(&mut self, id: i64, d: &Profile) -> Result<()> {
        for kind in TagKind::ALL {
            for tag in d.tags(kind) {
                let tag_id = self.tag_id(tag)?;
                self.db
                    .conn
                    .prepare_cached(
                        "INSERT OR IGNORE INTO member_tags (member_id, kind, tag_id, created_at)
                         VALUES (?1, ?2, ?3, ?4)",
                    )?
                    .execute(params![id, kind.as_str(), tag_id, self.stamp])?;
            }
        }
        let mut add_window = self.db.conn.prepare_cached(
            "INSERT OR IGNORE INTO availability (member_id, weekday, start_minute, end_minute) VALUES (?1, ?2, ?3, ?4)",
        )?;
        for w in &d.availability {
            add_window.execute(params![
                id,
                w.weekday.num_days_from_monday(),
                w.start_minute,
                w.end_minute
            ])?;
        }
        Ok(())
    }
}

/// Deletes a member and, through the schema's cascades, every link to them, leaving a
/// tombstone (their UUID only) so `cop import` forgets them on other copies too and
/// never brings them back.
pub fn delete(db: &Db, id: i64) -> Result<()> {
    super::tombstones::record(db, "members", id)?;
    match db.conn.execute("DELETE FROM members WHERE id = ?1", [id])? {
        0 => Err(Error::not_found(format!("no member with id {id}"))),
        _ => Ok(()),
    }
}

/// How many records mention a member, by kind, so `forget` can say what it removes.
pub fn link_counts(db: &Db, id: i64) -> Result<Vec<(&'static str, i64)>> {
    let queries: [(&str, &str); 10] = [
        ("tags", "SELECT count(*) FROM member_tags WHERE member_id = ?1"),
        ("availability windows", "SELECT count(*) FROM availability WHERE member_id = ?1"),
        ("RSVPs", "SELECT count(*) FROM rsvps WHERE member_id = ?1"),
        ("attendances", "SELECT count(*) FROM attendance WHERE member_id = ?1"),
        ("facilitations", "SELECT count(*) FROM session_facilitators WHERE member_id = ?1"),
        ("popup places", "SELECT count(*) FROM popup_members WHERE member_id = ?1"),
        ("assist roles", "SELECT count(*) FROM assist_people WHERE member_id = ?1"),
        ("assist invitations", "SELECT count(*) FROM assist_invitations WHERE member_id = ?1"),
        ("takeaways", "SELECT count(*) FROM takeaways WHERE member_id = ?1"),
        ("stories", "SELECT count(*) FROM stories WHERE member_id = ?1"),
    ];
    let mut out = Vec::new();
    for (what, sql) in queries {
        let n: i64 = db.conn.query_row(sql, [id], |r| r.get(0))?;
        if n > 0 {
            out.push((what, n));
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn checks_apply_again_once_a_bulk_write_is_over() {
        let mut conn = rusqlite::Connection::open_in_memory().unwrap();
        super::super::schema::migrate(&mut conn, std::time::Duration::ZERO).unwrap();
        let db = Db::new(&conn, chrono::Utc::now());
        let ana = Profile { name: "Ana".into(), interests: vec!["data".into()], ..Profile::default() };
        let blank = Profile { name: " ".into(), ..Profile::default() };
        // Inside: the writer's insert statement is compiled without the checks...
        write_many(&db, |w| w.insert(&ana, None)).unwrap();
        // ...and that cached statement is compiled again, with them, afterwards.
        let err = insert(&db, &blank, None).unwrap_err();
        assert!(err.to_string().contains("CHECK"), "{err}");
        let tagged: i64 = conn.query_row("SELECT count(*) FROM member_tags", [], |r| r.get(0)).unwrap();
        assert_eq!(tagged, 1);
    }
}
