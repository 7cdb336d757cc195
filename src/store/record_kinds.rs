//! Every kind of record `cop` stores, as one table: its fields, the column each is kept
//! in, how it is typed, and the record rule it keeps (named in `src/domain`). `cop
//! export` and `cop import` walk this table to write and merge the whole community
//! (`transfer.rs`), and `cop doctor` walks it to run the same rules over every stored
//! row (`record_check.rs`), so the two never disagree about what a valid row is.

use rusqlite::types::{Value, ValueRef};

use crate::domain::pairing::outcome;
use crate::domain::rules::{self, Rule, Value as Checked};
use crate::domain::{assist, assist_request, member, pairing, pause, popup, resource, session, story};

/// The rules that join several fields of one record, given a way to read each field:
/// a session must end by the last moment a date can hold. The error names the field.
pub(super) fn whole_record(
    k: &Kind,
    value_of: impl Fn(&str) -> Option<Value>,
) -> Result<(), (&'static str, String)> {
    if k.name == "sessions"
        && let (Some(Value::Text(start)), Some(Value::Integer(minutes))) =
            (value_of("starts_at"), value_of("minutes"))
        && let (Ok(start), Ok(minutes)) = (rules::moment(&start), u32::try_from(minutes))
        && session::MINUTES.check_int(minutes).is_ok()
    {
        session::check_span(start, minutes).map_err(|e| ("minutes", e))?;
    }
    Ok(())
}

/// How a field is stored and checked.
#[derive(Clone, Copy, PartialEq)]
pub(super) enum Ty {
    Text,
    OptText,
    Int,
    OptInt,
    Bool,
    /// An RFC 3339 moment, stored in UTC.
    Time,
    OptTime,
    /// A `YYYY-MM-DD` day.
    OptDate,
    /// A link to a record of the named table, by its UUID.
    Ref(&'static str),
    OptRef(&'static str),
}

impl Ty {
    /// Whether the field may be empty (null).
    pub(super) fn optional(self) -> bool {
        matches!(self, OptText | OptInt | OptTime | OptDate | OptRef(_))
    }
}

/// One field of a record: its name in the document, its column, its type, and the
/// record rule its value keeps.
pub(super) struct Field(pub &'static str, pub &'static str, pub Ty, pub Rule);

/// Tags a record carries, by name.
#[derive(Clone, Copy, PartialEq)]
pub(super) enum Nested {
    None,
    /// Interests, needs and expertise, and availability windows.
    Member,
    /// `tags`, kept in the link table named, by the column naming the record.
    Tags(&'static str, &'static str),
}

/// A kind of record in the document: a table with UUIDs, or a link table.
pub(super) struct Kind {
    pub name: &'static str,
    /// One record of the kind, in words, for messages (`session 6: ...`).
    pub one: &'static str,
    /// Records have a `uuid`; links are identified by `key` instead.
    pub uuid: bool,
    pub fields: &'static [Field],
    /// For links: the fields that identify one.
    pub key: &'static [&'static str],
    /// For records: another unique field that identifies the same record.
    pub also_by: Option<&'static str>,
    pub nested: Nested,
    /// For links: the field naming the record that owns the link (its parent), whose
    /// `updated_at` decides whether the stored links or the incoming ones win.
    pub owner: &'static str,
    /// For child records (records that exist only inside another): the field naming
    /// the record that owns them (their parent), whose `updated_at` decides which
    /// children it has.
    pub parent: &'static str,
}

use Ty::*;

const CREATED: Field = Field("created_at", "created_at", Time, Rule::Moment);
const UPDATED: Field = Field("updated_at", "updated_at", Time, Rule::Moment);
/// The two ends most links join.
const MEMBER: Field = Field("member", "member_id", Ref("members"), Rule::Uuid);
const SESSION: Field = Field("session", "session_id", Ref("sessions"), Rule::Uuid);

const fn record(name: &'static str, one: &'static str, fields: &'static [Field]) -> Kind {
    Kind {
        name,
        one,
        uuid: true,
        fields,
        key: &[],
        also_by: None,
        nested: Nested::None,
        owner: "",
        parent: "",
    }
}

/// A child record kind: its records exist only inside the record that `parent` (one of
/// its fields, a reference) names.
const fn child(
    name: &'static str,
    one: &'static str,
    fields: &'static [Field],
    parent: &'static str,
) -> Kind {
    Kind { parent, ..record(name, one, fields) }
}

/// A link table: `key` identifies one link, `owner` (one of the key's fields, a
/// reference) names the record the link belongs to.
const fn link(
    name: &'static str,
    one: &'static str,
    fields: &'static [Field],
    key: &'static [&'static str],
    owner: &'static str,
) -> Kind {
    Kind { name, one, uuid: false, fields, key, also_by: None, nested: Nested::None, owner, parent: "" }
}

/// Every kind, in the order an import must add them (records before what links to them).
pub(super) const KINDS: &[Kind] = &[
    record(
        "community",
        "the community",
        &[
            Field("name", "name", Text, rules::COMMUNITY_NAME),
            Field("timezone", "timezone", OptText, rules::COMMUNITY_TIMEZONE),
            CREATED,
            UPDATED,
        ],
    ),
    Kind {
        also_by: Some("name"),
        ..record("tags", "tag", &[Field("name", "name", Text, Rule::Tag), CREATED, UPDATED])
    },
    Kind {
        also_by: Some("email"),
        nested: Nested::Member,
        ..record(
            "members",
            "member",
            &[
                Field("name", "name", Text, member::NAME),
                Field("email", "email", OptText, member::EMAIL),
                Field("role", "role", Text, member::ROLE),
                Field("status", "status", Text, member::STATUS),
                Field("region", "region", OptText, member::REGION),
                Field("timezone", "timezone", OptText, member::TIMEZONE),
                Field("facilitator", "facilitator", Bool, Rule::Flag),
                Field("joined_on", "joined_on", OptDate, Rule::Day),
                Field("note", "note", OptText, member::NOTE),
                CREATED,
                UPDATED,
            ],
        )
    },
    Kind {
        nested: Nested::Tags("popup_tags", "popup_id"),
        ..record(
            "popups",
            "popup",
            &[
                Field("title", "title", Text, popup::TITLE),
                Field("description", "description", OptText, popup::DESCRIPTION),
                Field("status", "status", Text, popup::STATUS),
                Field("proposer", "proposer_id", OptRef("members"), Rule::Uuid),
                Field("needs_expert", "needs_expert", Bool, Rule::Flag),
                Field("expert", "expert_id", OptRef("members"), Rule::Uuid),
                Field("external_expert", "external_expert", OptText, popup::EXTERNAL_EXPERT),
                Field("max_members", "max_members", OptInt, popup::MAX),
                Field("outcome", "outcome", OptText, popup::OUTCOME),
                Field("closed_at", "closed_at", OptTime, Rule::Moment),
                CREATED,
                UPDATED,
            ],
        )
    },
    record(
        "sessions",
        "session",
        &[
            Field("kind", "kind", Text, session::KIND),
            Field("title", "title", Text, session::TITLE),
            Field("starts_at", "starts_at", Time, Rule::Moment),
            Field("minutes", "minutes", Int, session::MINUTES),
            Field("link", "link", OptText, session::LINK),
            Field("location", "location", OptText, session::PLACE),
            Field("trainer", "trainer", OptText, session::PLACE),
            Field("capacity", "capacity", OptInt, session::CAPACITY),
            Field("note", "note", OptText, session::NOTE),
            Field("status", "status", Text, session::STATUS),
            Field("cancel_reason", "cancel_reason", OptText, session::PLACE),
            Field("sequence", "sequence", Int, session::SEQUENCE),
            Field("popup", "popup_id", OptRef("popups"), Rule::Uuid),
            CREATED,
            UPDATED,
        ],
    ),
    child(
        "agenda_items",
        "agenda item",
        &[
            Field("popup", "popup_id", Ref("popups"), Rule::Uuid),
            Field("position", "position", Int, popup::POSITION),
            Field("text", "text", Text, popup::AGENDA_TEXT),
            Field("minutes", "minutes", OptInt, popup::AGENDA_MINUTES),
            Field("session", "session_id", OptRef("sessions"), Rule::Uuid),
            Field("done_at", "done_at", OptTime, Rule::Moment),
            CREATED,
            UPDATED,
        ],
        "popup",
    ),
    Kind {
        nested: Nested::Tags("assist_tags", "assist_id"),
        ..record(
            "assists",
            "assist",
            &[
                Field("held_at", "held_at", Time, Rule::Moment),
                Field("minutes", "minutes", Int, assist::MINUTES),
                Field("challenge", "challenge", Text, assist::CHALLENGE),
                Field("group_name", "group_name", OptText, assist::GROUP),
                Field("situation", "situation", OptText, assist::STEP_TEXT),
                Field("response", "response", OptText, assist::STEP_TEXT),
                Field("reflection", "reflection", OptText, assist::STEP_TEXT),
                Field("continue_discussion", "continue_discussion", Bool, Rule::Flag),
                Field("status", "status", Text, assist::STATUS),
                Field("current_step", "current_step", Int, assist::CURRENT_STEP),
                Field("session", "session_id", OptRef("sessions"), Rule::Uuid),
                Field("size", "size", OptInt, assist_request::SIZE),
                CREATED,
                UPDATED,
            ],
        )
    },
    child(
        "assist_notes",
        "assist note",
        &[
            Field("assist", "assist_id", Ref("assists"), Rule::Uuid),
            Field("step", "step", Int, assist::NOTE_STEP),
            Field("position", "position", Int, assist::NOTE_POSITION),
            Field("text", "text", Text, assist::NOTE),
            CREATED,
            UPDATED,
        ],
        "assist",
    ),
    child(
        "takeaways",
        "takeaway",
        &[
            Field("assist", "assist_id", Ref("assists"), Rule::Uuid),
            Field("member", "member_id", OptRef("members"), Rule::Uuid),
            Field("text", "text", Text, assist::NOTE),
            CREATED,
            UPDATED,
        ],
        "assist",
    ),
    child(
        "next_steps",
        "next step",
        &[
            Field("assist", "assist_id", Ref("assists"), Rule::Uuid),
            Field("text", "text", Text, assist::NOTE),
            Field("owner", "owner_id", OptRef("members"), Rule::Uuid),
            Field("due_on", "due_on", OptDate, Rule::Day),
            Field("done_at", "done_at", OptTime, Rule::Moment),
            CREATED,
            UPDATED,
        ],
        "assist",
    ),
    Kind {
        nested: Nested::Tags("resource_tags", "resource_id"),
        ..record(
            "resources",
            "resource",
            &[
                Field("title", "title", Text, resource::TITLE),
                Field("url", "url", OptText, resource::URL),
                Field("note", "note", OptText, resource::NOTE),
                Field("assist", "assist_id", OptRef("assists"), Rule::Uuid),
                Field("popup", "popup_id", OptRef("popups"), Rule::Uuid),
                Field("session", "session_id", OptRef("sessions"), Rule::Uuid),
                CREATED,
                UPDATED,
            ],
        )
    },
    record(
        "stories",
        "story",
        &[
            MEMBER,
            Field("text", "text", Text, story::TEXT),
            Field("value", "value", OptText, story::VALUE),
            Field("assist", "assist_id", OptRef("assists"), Rule::Uuid),
            Field("popup", "popup_id", OptRef("popups"), Rule::Uuid),
            Field("session", "session_id", OptRef("sessions"), Rule::Uuid),
            CREATED,
            UPDATED,
        ],
    ),
    record(
        "pairing_rounds",
        "pairing round",
        &[
            // Any number: a seed is a random 64-bit value, kept in an i64.
            Field("seed", "seed", OptInt, Rule::Any),
            Field("session", "session_id", OptRef("sessions"), Rule::Uuid),
            Field("note", "note", OptText, pairing::NOTE),
            CREATED,
            UPDATED,
        ],
    ),
    record(
        "member_pauses",
        "member pause",
        &[
            MEMBER,
            Field("kind", "kind", Text, pause::KIND),
            Field("until", "until", OptDate, Rule::Day),
            Field("resumed_at", "resumed_at", OptTime, Rule::Moment),
            CREATED,
            UPDATED,
        ],
    ),
    link(
        "tag_aliases",
        "tag alias",
        &[Field("alias", "alias", Text, Rule::Tag), Field("tag", "tag_id", Ref("tags"), Rule::Uuid), CREATED],
        &["alias"],
        "tag",
    ),
    link(
        "popup_members",
        "popup member",
        &[
            Field("popup", "popup_id", Ref("popups"), Rule::Uuid),
            MEMBER,
            Field("status", "status", Text, popup::PLACE),
            Field("position", "position", Int, popup::POSITION),
            CREATED,
            UPDATED,
        ],
        &["popup", "member"],
        "popup",
    ),
    link(
        "session_facilitators",
        "session facilitator",
        &[SESSION, MEMBER, CREATED],
        &["session", "member"],
        "session",
    ),
    link(
        "rsvps",
        "RSVP",
        &[
            SESSION,
            MEMBER,
            Field("response", "response", Text, session::RESPONSE),
            Field("position", "position", Int, session::POSITION),
            CREATED,
            UPDATED,
        ],
        &["session", "member"],
        "session",
    ),
    link("attendance", "attendance", &[SESSION, MEMBER, CREATED], &["session", "member"], "session"),
    link(
        "assist_people",
        "assist person",
        &[
            Field("assist", "assist_id", Ref("assists"), Rule::Uuid),
            MEMBER,
            Field("role", "role", Text, assist::ROLE),
            CREATED,
        ],
        &["assist", "member", "role"],
        "assist",
    ),
    link(
        "assist_invitations",
        "assist invitation",
        &[
            Field("assist", "assist_id", Ref("assists"), Rule::Uuid),
            MEMBER,
            Field("status", "status", Text, assist_request::INVITATION_STATUS),
            CREATED,
            UPDATED,
        ],
        &["assist", "member"],
        "assist",
    ),
    link(
        "pairing_members",
        "pairing member",
        &[
            Field("round", "round_id", Ref("pairing_rounds"), Rule::Uuid),
            MEMBER,
            Field("group_no", "group_no", Int, pairing::GROUP_NO),
            Field("outcome", "outcome", OptText, outcome::OUTCOME),
        ],
        &["round", "member"],
        "round",
    ),
];

/// The confidential pairing exclusions (`pairs exclude`): kept out of [`KINDS`] so
/// that `cop export` writes them only with `--with-exclusions`, and merged by
/// `store::exclusions` (an import adds them and never lifts one), but with the same
/// rule per field, and checked by `cop doctor` with every other kind.
pub(super) const EXCLUSIONS: Kind = link(
    "pairing_exclusions",
    "pairing exclusion",
    &[MEMBER, Field("other", "other_id", Ref("members"), Rule::Uuid), CREATED],
    &["member", "other"],
    "member",
);

/// Every kind `cop doctor` checks: those a document holds, and the exclusions.
pub(super) fn checked_kinds() -> impl Iterator<Item = &'static Kind> {
    KINDS.iter().chain(std::iter::once(&EXCLUSIONS))
}

/// The tag lists of a member in the document, and the kind each is stored under.
pub(super) const TAG_KINDS: [(&str, &str); 3] =
    [("interests", "interest"), ("needs", "need"), ("expertise", "expertise")];

/// The most tags one record may carry in the tag link `table`, when its kind bounds them
/// (a request is about at most `assist_request::MAX_TAGS`). Import refuses more;
/// doctor names the records that have more.
pub(super) fn most_tags(table: &str) -> Option<usize> {
    (table == "assist_tags").then_some(assist_request::MAX_TAGS)
}

/// A stored or incoming column value, as the record rules see it.
pub(super) fn as_rule_value(v: &Value) -> Checked<'_> {
    as_checked(ValueRef::from(v))
}

/// A column value read in place, as the record rules see it.
pub(super) fn as_checked(v: ValueRef<'_>) -> Checked<'_> {
    match v {
        ValueRef::Null => Checked::Null,
        ValueRef::Integer(n) => Checked::Int(n),
        ValueRef::Real(f) => Checked::Real(f),
        // Text that is not UTF-8 is reported as binary: no rule accepts it as text.
        ValueRef::Text(t) => std::str::from_utf8(t).map_or(Checked::Blob, Checked::Text),
        ValueRef::Blob(_) => Checked::Blob,
    }
}

#[cfg(test)]
mod tests;
