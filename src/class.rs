//! Class mode: what a trainer does with the progress of a whole class. Gathering it from
//! many laptops by USB file ([`file`]), reports ([`report`]), xAPI statements ([`xapi`]) and
//! sending them to the NGO's learning record store ([`lrs`]), certificates ([`certificate`]), the trainer's PIN ([`pin`]).
//!
//! Everything here is pure logic over [`records`] except [`lrs`], the only code in the
//! program that touches the network (and only when a trainer runs `chophien class send`).
//! Reading and writing the store is in `store::class`; the commands are in
//! `commands::class`. A learner is identified by (laptop id, local id) everywhere, never by
//! name: two learners called Mai on two laptops stay two learners.

pub mod certificate;
pub mod file;
pub mod lrs;
pub mod pin;
pub mod records;
pub mod report;
pub mod time;
pub mod xapi;
