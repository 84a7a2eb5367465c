//! The learner's own work from the workshops (price sheet, story, photo checks): one row per
//! learner and kind, the latest kept. Each save is its own transaction, on disk before the
//! screen shows it. The data is stored as given (JSON of the form's fields); nothing here
//! reads it.

use std::collections::BTreeMap;

use rusqlite::params;

use super::{Result, Store};
use crate::learner::WorkKind;

impl Store {
    /// Saves the latest `data` of `kind` for `profile`, replacing the one before.
    pub fn save_work(&mut self, profile: i64, kind: WorkKind, data: &str) -> Result<()> {
        let tx = self.conn.transaction()?;
        tx.execute(
            "INSERT INTO work (profile_id, device_id, kind, data) VALUES (?1, ?2, ?3, ?4)
             ON CONFLICT (profile_id, kind) DO UPDATE SET data = excluded.data,
               device_id = excluded.device_id, updated_at = strftime('%Y-%m-%dT%H:%M:%fZ','now')",
            params![profile, self.device_id, kind.id(), data],
        )?;
        tx.commit()?;
        Ok(())
    }

    /// Every kind of work `profile` has made; kinds this program does not know are skipped.
    pub fn work(&self, profile: i64) -> Result<BTreeMap<WorkKind, String>> {
        let mut stmt = self
            .conn
            .prepare("SELECT kind, data FROM work WHERE profile_id = ?1")?;
        let mut out = BTreeMap::new();
        for row in stmt.query_map(params![profile], |r| {
            Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?))
        })? {
            let (kind, data) = row?;
            if let Some(kind) = WorkKind::from_id(&kind) {
                out.insert(kind, data);
            }
        }
        Ok(out)
    }

    /// The learner called `name` (exactly, after trimming), for commands run by hand.
    pub fn profile_named(&self, name: &str) -> Result<Option<crate::learner::Profile>> {
        Ok(self
            .profiles()?
            .into_iter()
            .find(|p| p.name.trim() == name.trim()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_latest_work_of_each_kind_is_kept_and_read_with_the_progress() -> Result<()> {
        let dir = tempfile::tempdir().map_err(|e| super::super::StoreError::Folder {
            path: std::path::PathBuf::new(),
            detail: e.to_string(),
        })?;
        let (mut store, _) = crate::store::open(dir.path())?;
        let mai = store.create_profile("Mai", "vi")?;
        store.save_work(mai.id, WorkKind::Story, "{\"name\":\"Mật\"}")?;
        store.save_work(mai.id, WorkKind::Story, "{\"name\":\"Mật ong\"}")?;
        store.save_work(mai.id, WorkKind::PriceSheet, "{}")?;
        drop(store);
        let (store, _) = crate::store::open(dir.path())?;
        let progress = store.progress(mai.id)?;
        assert_eq!(progress.work.len(), 2);
        assert_eq!(progress.work[&WorkKind::Story], "{\"name\":\"Mật ong\"}");
        assert_eq!(store.profile_named(" Mai ")?.map(|p| p.id), Some(mai.id));
        Ok(())
    }
}
