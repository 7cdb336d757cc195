//! The community's types and the pure rules and algorithms over them: no SQL, no I/O.

pub mod assist;
pub mod engagement;
pub mod matching;
pub mod member;
pub mod operation;
pub mod pairing;
pub mod popup;
pub mod reference;
pub mod resource;
pub mod roster;
pub mod rotation;
pub mod session;
pub mod slots;
pub mod tag;
pub mod time;
