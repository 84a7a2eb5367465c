//! Posting xAPI statements to a learning record store: the only code in the program that
//! uses the network, run only by `chophien class send`.
//!
//! Statements go as JSON arrays in batches of [`BATCH`] to `<endpoint>statements` with
//! `POST`, `X-Experience-API-Version: 1.0.3` and HTTP basic authentication (ureq, blocking,
//! rustls for https). Every outcome other than success becomes a [`Failure`] that the command
//! explains in the trainer's language.
//!
//! Resuming is the caller's business: it remembers the ids of each acknowledged batch in the
//! store and sends only the rest next time. A batch the LRS refuses with 409 Conflict holds a
//! statement it already has (stored, say, just before the connection dropped); since ids are
//! derived from the records, the batch is then sent one statement at a time and a 409 for a
//! single statement counts as "already there".

use std::time::Duration;

use base64::Engine;
use serde_json::Value;

/// Statements per request.
pub const BATCH: usize = 100;

/// Why the LRS did not take a batch.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Failure {
    /// The endpoint is not an http(s) URL.
    BadUrl,
    /// 401: wrong user name or password.
    Unauthorized,
    /// 403: the account may not write statements.
    Forbidden,
    /// 409: a statement with one of these ids is there already.
    Conflict,
    /// 5xx: the LRS's own trouble.
    Server { status: u16 },
    /// Any other refusal, with the start of the LRS's answer.
    Rejected { status: u16, detail: String },
    /// No answer in time.
    Timeout,
    /// No connection (no network, wrong address, nothing listening).
    Unreachable { detail: String },
}

/// A learning record store at one endpoint (for example `https://lrs.example.org/xAPI/`).
pub struct Lrs {
    statements_url: String,
    authorization: Option<String>,
    agent: ureq::Agent,
}

/// The endpoint with exactly one `/` at the end: what acknowledgements are remembered under.
pub fn normalize(endpoint: &str) -> String {
    format!("{}/", endpoint.trim().trim_end_matches('/'))
}

impl Lrs {
    pub fn new(
        endpoint: &str,
        credentials: Option<(&str, &str)>,
        timeout: Duration,
    ) -> Result<Lrs, Failure> {
        let endpoint = normalize(endpoint);
        let lower = endpoint.to_ascii_lowercase();
        if !(lower.starts_with("http://") || lower.starts_with("https://")) {
            return Err(Failure::BadUrl);
        }
        let authorization = credentials.map(|(user, password)| {
            let token =
                base64::engine::general_purpose::STANDARD.encode(format!("{user}:{password}"));
            format!("Basic {token}")
        });
        let agent = ureq::Agent::config_builder()
            .timeout_global(Some(timeout))
            .timeout_connect(Some(timeout.min(Duration::from_secs(10))))
            .http_status_as_error(false)
            .build()
            .into();
        Ok(Lrs {
            statements_url: format!("{endpoint}statements"),
            authorization,
            agent,
        })
    }

    /// Posts `statements` (one JSON array); Ok when the LRS stored them all.
    pub fn post(&self, statements: &[&Value]) -> Result<(), Failure> {
        let body = serde_json::to_string(statements).map_err(|e| Failure::Rejected {
            status: 0,
            detail: e.to_string(),
        })?;
        let mut request = self
            .agent
            .post(&self.statements_url)
            .header("X-Experience-API-Version", "1.0.3")
            .content_type("application/json");
        if let Some(auth) = &self.authorization {
            request = request.header("Authorization", auth);
        }
        let response = request.send(body).map_err(failure)?;
        let status = response.status().as_u16();
        if (200..300).contains(&status) {
            return Ok(());
        }
        let detail: String = response
            .into_body()
            .with_config()
            .limit(64 * 1024)
            .read_to_string()
            .unwrap_or_default()
            .chars()
            .take(300)
            .collect();
        Err(match status {
            401 => Failure::Unauthorized,
            403 => Failure::Forbidden,
            409 => Failure::Conflict,
            500..=599 => Failure::Server { status },
            _ => Failure::Rejected { status, detail },
        })
    }
}

fn failure(e: ureq::Error) -> Failure {
    match e {
        ureq::Error::Timeout(_) => Failure::Timeout,
        ureq::Error::BadUri(_) | ureq::Error::Http(_) => Failure::BadUrl,
        ureq::Error::Io(io) if io.kind() == std::io::ErrorKind::TimedOut => Failure::Timeout,
        other => Failure::Unreachable {
            detail: other.to_string(),
        },
    }
}

/// What sending found.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Sent {
    /// Statements the LRS stored now.
    pub stored: usize,
    /// Statements the LRS had already (409 for that statement alone).
    pub already: usize,
}

/// Sends `pending` in batches; after each batch (or statement) the LRS took, `acknowledged`
/// gets its ids to remember them, and may stop the sending by returning an error. Stops at
/// the first failure, returning what was sent before it.
pub fn send<E>(
    lrs: &Lrs,
    pending: &[&Value],
    mut acknowledged: impl FnMut(&[&str], &Sent) -> Result<(), E>,
) -> Result<Sent, (Sent, Result<Failure, E>)> {
    let mut sent = Sent::default();
    fn id<'a>(s: &&'a Value) -> &'a str {
        s["id"].as_str().unwrap_or_default()
    }
    for batch in pending.chunks(BATCH) {
        match lrs.post(batch) {
            Ok(()) => {
                sent.stored += batch.len();
                let ids: Vec<&str> = batch.iter().map(id).collect();
                if let Err(e) = acknowledged(&ids, &sent) {
                    return Err((sent, Err(e)));
                }
            }
            Err(Failure::Conflict) => {
                for one in batch {
                    match lrs.post(std::slice::from_ref(one)) {
                        Ok(()) => sent.stored += 1,
                        Err(Failure::Conflict) => sent.already += 1,
                        Err(f) => return Err((sent, Ok(f))),
                    }
                    if let Err(e) = acknowledged(&[id(one)], &sent) {
                        return Err((sent, Err(e)));
                    }
                }
            }
            Err(f) => return Err((sent, Ok(f))),
        }
    }
    Ok(sent)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn endpoints_are_normalized_and_checked() {
        assert_eq!(normalize("http://h:1/xAPI"), "http://h:1/xAPI/");
        assert_eq!(normalize("http://h:1/xAPI//"), "http://h:1/xAPI/");
        assert!(matches!(
            Lrs::new("ftp://h/", None, Duration::from_secs(1)),
            Err(Failure::BadUrl)
        ));
    }

    #[test]
    fn a_closed_port_is_unreachable() {
        let port = std::net::TcpListener::bind("127.0.0.1:0")
            .and_then(|l| l.local_addr())
            .map(|a| a.port())
            .unwrap_or(9);
        let lrs = Lrs::new(
            &format!("http://127.0.0.1:{port}/xAPI/"),
            None,
            Duration::from_secs(2),
        );
        let result = lrs.and_then(|l| l.post(&[&serde_json::json!({})]));
        assert!(
            matches!(result, Err(Failure::Unreachable { .. })),
            "{result:?}"
        );
    }
}
