//! The trainer's PIN: 4 to 8 digits, kept only as a salted Argon2id hash (PHC string) in the
//! store's settings. Five wrong tries in a row lock it for [`BACKOFF_SECS`] seconds. Whoever
//! can use the laptop's account can remove it with `chophien class reset-pin` (the README
//! says so): the PIN keeps learners out of the class screen, it does not protect data from
//! the laptop's owner.

use argon2::Argon2;
use argon2::password_hash::{PasswordHasher, PasswordVerifier};

/// Wrong tries in a row before the PIN is locked.
pub const MAX_TRIES: u32 = 5;
/// How long the PIN stays locked after [`MAX_TRIES`] wrong tries.
pub const BACKOFF_SECS: i64 = 30;
/// The settings that hold the hash, the wrong tries in a row and the end of a lock.
pub const HASH_KEY: &str = "trainer-pin";
pub const FAILURES_KEY: &str = "trainer-pin-failures";
pub const LOCKED_UNTIL_KEY: &str = "trainer-pin-locked-until";

/// What a try found.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PinCheck {
    Right,
    Wrong {
        tries_left: u32,
    },
    /// Locked: try again after this many seconds.
    Locked {
        seconds: i64,
    },
    /// No trainer PIN is set on this laptop.
    NotSet,
}

/// True for 4 to 8 ASCII digits.
pub fn is_valid(pin: &str) -> bool {
    (4..=8).contains(&pin.len()) && pin.bytes().all(|b| b.is_ascii_digit())
}

/// The PIN's salted hash, as a PHC string (`$argon2id$v=19$…`).
pub fn hash(pin: &str) -> Result<String, String> {
    Argon2::default()
        .hash_password(pin.as_bytes())
        .map(|h| h.to_string())
        .map_err(|e| e.to_string())
}

/// True when `pin` is the one `hash` was made from.
pub fn matches(pin: &str, hash: &str) -> bool {
    Argon2::default()
        .verify_password(pin.as_bytes(), hash)
        .is_ok()
}

/// Seconds since 1970, for the lock.
pub fn now_secs() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs() as i64)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pins_are_salted_hashes() {
        let a = hash("2468").unwrap_or_default();
        let b = hash("2468").unwrap_or_default();
        assert!(a.starts_with("$argon2id$"));
        assert_ne!(a, b, "a fresh salt each time");
        assert!(!a.contains("2468"));
        assert!(matches("2468", &a) && matches("2468", &b));
        assert!(!matches("1357", &a));
        assert!(!matches("2468", "not a hash"));
    }

    #[test]
    fn only_four_to_eight_digits_make_a_pin() {
        assert!(is_valid("0000") && is_valid("12345678"));
        assert!(!is_valid("123") && !is_valid("123456789") && !is_valid("12a4"));
    }
}
