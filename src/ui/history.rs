//! The history of saved audits, kept in the browser's IndexedDB (nothing leaves the
//! device). An edge of the UI: only components call it, never the reducer.

use idb::builder::{DatabaseBuilder, ObjectStoreBuilder};
use idb::{Database, Factory, KeyPath, TransactionMode};
use serde::{Deserialize, Serialize};

const DATABASE: &str = "marketing-audit";
const STORE: &str = "saved-audits";

/// One saved audit in the history.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Entry {
    /// The store's key (absent until stored).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<u32>,
    /// The reporting date of the saved audit.
    pub as_of: Option<String>,
    /// A label: the files it covered.
    pub label: String,
    /// The saved-audit file's JSON.
    pub json: String,
}

fn err(e: impl std::fmt::Display) -> String {
    e.to_string()
}

async fn open() -> Result<Database, String> {
    DatabaseBuilder::new(DATABASE)
        .version(1)
        .add_object_store(
            ObjectStoreBuilder::new(STORE)
                .auto_increment(true)
                .key_path(Some(KeyPath::new_single("id"))),
        )
        .build()
        .await
        .map_err(err)
}

/// Adds a saved audit to the history.
pub async fn add(entry: &Entry) -> Result<(), String> {
    let db = open().await?;
    let tx = db
        .transaction(&[STORE], TransactionMode::ReadWrite)
        .map_err(err)?;
    let store = tx.object_store(STORE).map_err(err)?;
    let value = serde_wasm_bindgen::to_value(entry).map_err(err)?;
    store.add(&value, None).map_err(err)?.await.map_err(err)?;
    tx.await.map_err(err)?;
    db.close();
    Ok(())
}

/// Every saved audit, oldest first.
pub async fn list() -> Result<Vec<Entry>, String> {
    let db = open().await?;
    let tx = db
        .transaction(&[STORE], TransactionMode::ReadOnly)
        .map_err(err)?;
    let store = tx.object_store(STORE).map_err(err)?;
    let values = store.get_all(None, None).map_err(err)?.await.map_err(err)?;
    db.close();
    Ok(values
        .into_iter()
        .filter_map(|v| serde_wasm_bindgen::from_value(v).ok())
        .collect())
}

/// Deletes the whole history database.
pub async fn forget() -> Result<(), String> {
    Factory::new()
        .map_err(err)?
        .delete(DATABASE)
        .map_err(err)?
        .await
        .map_err(err)
}
