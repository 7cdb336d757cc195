//! What matching and scheduling read about members for a popup: who could be offered
//! a place, whose time counts, and which learning needs no open popup covers.

use crate::domain::matching::Candidate;
use crate::domain::member::TagKind;
use crate::domain::popup::NeedHolders;
use crate::error::Result;
use crate::store::{Db, matching};

/// Active members, not paused on `today`, who share a tag with the popup (of any kind: ranking leaves out the
/// rest), have no place in it and do not lead it, with the tags they share with it, for
/// [`crate::domain::matching::rank`] (their names and last participation come from
/// [`matching::known`]). Starting from the
/// popup's tags keeps the work to the members who can match, not the whole community;
/// see [`matching`] for how the many candidates of a popup on a common tag are read.
pub fn match_candidates(db: &Db, popup_id: i64, today: chrono::NaiveDate) -> Result<Vec<Candidate>> {
    let tags = tag_ids(
        db,
        "SELECT pt.tag_id, t.name FROM popup_tags pt JOIN tags t ON t.id = pt.tag_id
                              WHERE pt.popup_id = ?1",
        popup_id,
    )?;
    let links = matching::holding(db, &tags, &TagKind::ALL)?;
    let mut excluded = matching::never_offered(db, today)?;
    let mut stmt = db.conn.prepare(
        "SELECT member_id FROM popup_members WHERE popup_id = ?1
         UNION ALL SELECT expert_id FROM popups WHERE id = ?1 AND expert_id IS NOT NULL",
    )?;
    for id in stmt.query_map([popup_id], |r| r.get(0))? {
        excluded.push(id?);
    }
    let pool = matching::Pool::new(links.iter().map(|l| l.0).collect(), &excluded);
    Ok(matching::candidates(&pool, links))
}

/// The (id, name) of the tags a query for one record (`?1`) lists.
pub(crate) fn tag_ids(db: &Db, sql: &str, id: i64) -> Result<Vec<(i64, String)>> {
    let mut stmt = db.conn.prepare(sql)?;
    let rows = stmt.query_map([id], |r| Ok((r.get(0)?, r.get(1)?)))?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// A member's availability as stored: their zone and weekly windows
/// (weekday 0 = Monday, minutes from local midnight).
#[derive(Clone, Debug)]
pub struct StoredAvailability {
    pub member_id: i64,
    pub name: String,
    pub timezone: Option<String>,
    pub windows: Vec<(u32, u32, u32)>,
}

/// The people whose time counts when scheduling a popup: members who joined, wait or
/// were invited, and active members whose needs or interests meet its tags and who have
/// not declined or left.
pub fn schedule_people(db: &Db, popup_id: i64) -> Result<Vec<StoredAvailability>> {
    let mut stmt = db.conn.prepare(
        "SELECT m.id, m.name, m.timezone,
                (SELECT group_concat(a.weekday || ' ' || a.start_minute || ' ' || a.end_minute, ',')
                   FROM availability a WHERE a.member_id = m.id)
           FROM members m
          WHERE EXISTS (SELECT 1 FROM popup_members pm WHERE pm.popup_id = ?1 AND pm.member_id = m.id
                          AND pm.status IN ('joined', 'waiting', 'invited'))
             OR m.id = (SELECT expert_id FROM popups WHERE id = ?1)
             OR (m.status = 'active'
                 AND NOT EXISTS (SELECT 1 FROM popup_members pm WHERE pm.popup_id = ?1 AND pm.member_id = m.id)
                 AND EXISTS (SELECT 1 FROM member_tags mt JOIN popup_tags pt ON pt.tag_id = mt.tag_id
                              WHERE mt.member_id = m.id AND pt.popup_id = ?1 AND mt.kind IN ('need', 'interest')))
          ORDER BY m.id",
    )?;
    let rows = stmt.query_map([popup_id], |r| {
        let windows = windows_of(r.get(3)?);
        Ok(StoredAvailability { member_id: r.get(0)?, name: r.get(1)?, timezone: r.get(2)?, windows })
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// Weekly windows as `schedule_people` reads them: "weekday start end" items, comma-separated.
pub(crate) fn windows_of(cell: Option<String>) -> Vec<(u32, u32, u32)> {
    super::list_of(cell)
        .iter()
        .filter_map(|w| {
            let mut it = w.split(' ').filter_map(|n| n.parse::<u32>().ok());
            Some((it.next()?, it.next()?, it.next()?))
        })
        .collect()
}

/// Learning needs of active members that no proposed or scheduled popup covers.
pub fn uncovered_needs(db: &Db) -> Result<Vec<NeedHolders>> {
    let mut stmt = db.conn.prepare(
        "SELECT t.name, mt.kind, m.id, m.name
           FROM member_tags mt JOIN tags t ON t.id = mt.tag_id JOIN members m ON m.id = mt.member_id
          WHERE m.status = 'active' AND mt.kind IN ('need', 'expertise')
            AND NOT EXISTS (SELECT 1 FROM popup_tags pt JOIN popups p ON p.id = pt.popup_id
                             WHERE pt.tag_id = mt.tag_id AND p.status IN ('proposed', 'scheduled'))
          ORDER BY t.name, m.name COLLATE NOCASE, m.id",
    )?;
    let rows = stmt.query_map([], |r| {
        Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?, r.get::<_, i64>(2)?, r.get::<_, String>(3)?))
    })?;
    let mut out: Vec<NeedHolders> = Vec::new();
    for row in rows {
        let (tag, kind, id, name) = row?;
        if out.last().is_none_or(|n| n.tag != tag) {
            out.push(NeedHolders { tag: tag.clone(), members: Vec::new(), experts: Vec::new() });
        }
        if let Some(n) = out.last_mut() {
            if kind == "need" {
                n.members.push((id, name));
            } else {
                n.experts.push((id, name));
            }
        }
    }
    Ok(out)
}
