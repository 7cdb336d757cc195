//! The community's types and the pure rules and algorithms over them: no SQL, no I/O.

pub mod assist;
pub mod assist_request;
pub mod engagement;
pub mod formula_guard;
pub mod itip;
pub mod listeners;
pub mod mail;
pub mod matching;
pub mod meetup_plan;
pub mod member;
pub mod movement;
pub mod operation;
pub mod pairing;
pub mod pause;
pub mod popup;
pub mod reference;
pub mod resource;
pub mod roster;
pub mod rotation;
pub mod rules;
pub mod session;
pub mod sheet;
pub mod slots;
pub mod story;
pub mod tag;
pub mod time;
