//! Order-status words: what a shop or payment export's status says about an order.
//!
//! One row per (language or vendor, word). Words are stored normalised by
//! [`normalise_status`] (lower case, `_` and `-` as spaces, WooCommerce's `wc-`
//! prefix dropped), so `partially_refunded`, `Partially refunded` and `wc-on-hold`
//! find their rows. A word that no row holds is *unknown*: it is never guessed, and a
//! file that has one does not feed the order figures (see `customers::orders`).

/// What an order's status means for the order and revenue figures.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum StatusClass {
    /// Paid or completed: counts as an order, its amount as revenue.
    Paid,
    /// Paid, then part of it refunded: counts as an order, its amount net of the
    /// refunded amount as revenue (which needs a refunded-amount column).
    PartlyRefunded,
    /// Not paid yet (pending, authorised, on hold): counted apart, not an order yet.
    Pending,
    /// Refunded in full, cancelled, voided or failed: counted apart, no revenue.
    Cancelled,
}

use crate::engine::import::ingest::Texts;
use StatusClass::{Cancelled, Paid, PartlyRefunded, Pending};

/// The status words: (language or vendor, normalised word, class). Vendors' defaults
/// are from their documentation: Shopify's order export `Financial Status`,
/// WooCommerce's order statuses, Stripe's payments export `Status`.
pub const STATUSES: &[(&str, &str, StatusClass)] = &[
    // Shopify `Financial Status`.
    ("shopify", "paid", Paid),
    ("shopify", "partially paid", Pending),
    ("shopify", "partially refunded", PartlyRefunded),
    ("shopify", "refunded", Cancelled),
    ("shopify", "voided", Cancelled),
    ("shopify", "pending", Pending),
    ("shopify", "authorized", Pending),
    ("shopify", "expired", Cancelled),
    // WooCommerce order statuses (with or without the `wc-` prefix).
    ("woocommerce", "completed", Paid),
    ("woocommerce", "processing", Paid),
    ("woocommerce", "on hold", Pending),
    ("woocommerce", "pending payment", Pending),
    ("woocommerce", "checkout draft", Pending),
    ("woocommerce", "cancelled", Cancelled),
    ("woocommerce", "failed", Cancelled),
    // Stripe payments export `Status`.
    ("stripe", "succeeded", Paid),
    ("stripe", "uncaptured", Pending),
    ("stripe", "canceled", Cancelled),
    ("stripe", "blocked", Cancelled),
    // PrestaShop's default order states (1.7 and 8), French then English. Its states
    // "Expédié" and "Livré" carry its paid flag, so they are paid here; the English
    // "shipped" and "delivered" stay unread (other tools write them for orders not
    // paid yet), and a file holding them asks. Cash on delivery awaits its payment.
    ("prestashop", "en attente du paiement par chèque", Pending),
    ("prestashop", "paiement accepté", Paid),
    ("prestashop", "préparation en cours", Paid),
    ("prestashop", "en cours de préparation", Paid),
    ("prestashop", "expédié", Paid),
    ("prestashop", "livré", Paid),
    ("prestashop", "erreur de paiement", Cancelled),
    (
        "prestashop",
        "en attente de réapprovisionnement (payé)",
        Paid,
    ),
    (
        "prestashop",
        "en attente du paiement par virement bancaire",
        Pending,
    ),
    ("prestashop", "paiement à distance accepté", Paid),
    (
        "prestashop",
        "en attente de réapprovisionnement (non payé)",
        Pending,
    ),
    (
        "prestashop",
        "en attente de paiement à la livraison",
        Pending,
    ),
    ("prestashop", "awaiting check payment", Pending),
    ("prestashop", "payment accepted", Paid),
    ("prestashop", "processing in progress", Paid),
    ("prestashop", "payment error", Cancelled),
    ("prestashop", "on backorder (paid)", Paid),
    ("prestashop", "awaiting bank wire payment", Pending),
    ("prestashop", "remote payment accepted", Paid),
    ("prestashop", "on backorder (not paid)", Pending),
    (
        "prestashop",
        "awaiting cash on delivery validation",
        Pending,
    ),
    // English, beyond the vendors' words.
    ("en", "complete", Paid),
    ("en", "settled", Paid),
    ("en", "void", Cancelled),
    ("en", "declined", Cancelled),
    ("en", "partial refund", PartlyRefunded),
    // French.
    ("fr", "payé", Paid),
    ("fr", "payée", Paid),
    ("fr", "terminée", Paid),
    ("fr", "terminé", Paid),
    ("fr", "en cours", Paid),
    ("fr", "en attente", Pending),
    ("fr", "annulée", Cancelled),
    ("fr", "annulé", Cancelled),
    ("fr", "remboursée", Cancelled),
    ("fr", "remboursé", Cancelled),
    ("fr", "échouée", Cancelled),
    ("fr", "échoué", Cancelled),
    ("fr", "partiellement remboursée", PartlyRefunded),
    // Icelandic.
    ("is", "greitt", Paid),
    ("is", "lokið", Paid),
    ("is", "í vinnslu", Paid),
    ("is", "í bið", Pending),
    ("is", "hætt við", Cancelled),
    ("is", "endurgreitt", Cancelled),
    ("is", "mistókst", Cancelled),
    ("is", "endurgreitt að hluta", PartlyRefunded),
    // Romanian.
    ("ro", "plătită", Paid),
    ("ro", "finalizată", Paid),
    ("ro", "în procesare", Paid),
    ("ro", "în așteptare", Pending),
    ("ro", "anulată", Cancelled),
    ("ro", "rambursată", Cancelled),
    ("ro", "eșuată", Cancelled),
    ("ro", "rambursată parțial", PartlyRefunded),
    // Spanish.
    ("es", "pagado", Paid),
    ("es", "completado", Paid),
    ("es", "procesando", Paid),
    ("es", "pendiente", Pending),
    ("es", "en espera", Pending),
    ("es", "cancelado", Cancelled),
    ("es", "reembolsado", Cancelled),
    ("es", "fallido", Cancelled),
    ("es", "reembolsado parcialmente", PartlyRefunded),
    // Portuguese.
    ("pt", "pago", Paid),
    ("pt", "concluído", Paid),
    ("pt", "processando", Paid),
    ("pt", "pendente", Pending),
    ("pt", "aguardando", Pending),
    ("pt", "cancelado", Cancelled),
    ("pt", "reembolsado", Cancelled),
    ("pt", "falhou", Cancelled),
    ("pt", "parcialmente reembolsado", PartlyRefunded),
    // German.
    ("de", "bezahlt", Paid),
    ("de", "abgeschlossen", Paid),
    ("de", "in bearbeitung", Paid),
    ("de", "ausstehend", Pending),
    ("de", "in wartestellung", Pending),
    ("de", "storniert", Cancelled),
    ("de", "erstattet", Cancelled),
    ("de", "rückerstattet", Cancelled),
    ("de", "fehlgeschlagen", Cancelled),
    ("de", "teilweise erstattet", PartlyRefunded),
    // Italian.
    ("it", "pagato", Paid),
    ("it", "completato", Paid),
    ("it", "in lavorazione", Paid),
    ("it", "in attesa", Pending),
    ("it", "in sospeso", Pending),
    ("it", "annullato", Cancelled),
    ("it", "rimborsato", Cancelled),
    ("it", "fallito", Cancelled),
    ("it", "parzialmente rimborsato", PartlyRefunded),
    // Dutch.
    ("nl", "betaald", Paid),
    ("nl", "voltooid", Paid),
    ("nl", "in behandeling", Paid),
    ("nl", "in afwachting", Pending),
    ("nl", "geannuleerd", Cancelled),
    ("nl", "terugbetaald", Cancelled),
    ("nl", "mislukt", Cancelled),
    ("nl", "gedeeltelijk terugbetaald", PartlyRefunded),
];

/// A status cell as the table stores it: trimmed, lower case, `_` and `-` as single
/// spaces, and WooCommerce's `wc-` prefix dropped.
pub fn normalise_status(text: &str) -> String {
    let lower = text.trim().to_lowercase();
    let lower = lower.strip_prefix("wc-").unwrap_or(&lower);
    lower
        .split(|c: char| c.is_whitespace() || c == '_' || c == '-')
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

/// The class of a status cell; `None` when no row of [`STATUSES`] holds its word.
pub fn status_class(text: &str) -> Option<StatusClass> {
    let word = normalise_status(text);
    STATUSES
        .iter()
        .find(|(_, w, _)| *w == word)
        .map(|(_, _, class)| *class)
}

/// The distinct status words of a column that cannot be read, in order of first
/// appearance: words no row holds, and partial refunds when the file has no
/// refunded-amount column (their revenue would be unknown). Blank cells are not
/// statuses.
pub fn unreadable_statuses(statuses: &Texts, has_refunded: bool) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for text in statuses.iter().flatten() {
        let readable = match status_class(text) {
            Some(PartlyRefunded) => has_refunded,
            Some(_) => true,
            None => false,
        };
        let word = text.trim();
        if !readable && !out.iter().any(|w| w == word) {
            out.push(word.to_owned());
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// (status as the export writes it, its class): at least one case per row.
    const CASES: &[(&str, Option<StatusClass>)] = &[
        ("paid", Some(Paid)),
        ("partially_paid", Some(Pending)),
        ("partially_refunded", Some(PartlyRefunded)),
        ("refunded", Some(Cancelled)),
        ("voided", Some(Cancelled)),
        ("pending", Some(Pending)),
        ("authorized", Some(Pending)),
        ("expired", Some(Cancelled)),
        ("Completed", Some(Paid)),
        ("wc-processing", Some(Paid)),
        ("wc-on-hold", Some(Pending)),
        ("Pending payment", Some(Pending)),
        ("wc-checkout-draft", Some(Pending)),
        ("Cancelled", Some(Cancelled)),
        ("Failed", Some(Cancelled)),
        ("succeeded", Some(Paid)),
        ("Uncaptured", Some(Pending)),
        ("canceled", Some(Cancelled)),
        ("Blocked", Some(Cancelled)),
        ("Complete", Some(Paid)),
        ("settled", Some(Paid)),
        ("VOID", Some(Cancelled)),
        ("Declined", Some(Cancelled)),
        ("Partial refund", Some(PartlyRefunded)),
        ("Payé", Some(Paid)),
        ("payée", Some(Paid)),
        ("Terminée", Some(Paid)),
        ("terminé", Some(Paid)),
        ("En cours", Some(Paid)),
        ("En attente", Some(Pending)),
        ("Annulée", Some(Cancelled)),
        ("annulé", Some(Cancelled)),
        ("Remboursée", Some(Cancelled)),
        ("remboursé", Some(Cancelled)),
        ("Échouée", Some(Cancelled)),
        ("échoué", Some(Cancelled)),
        ("Partiellement remboursée", Some(PartlyRefunded)),
        ("Greitt", Some(Paid)),
        ("Lokið", Some(Paid)),
        ("Í vinnslu", Some(Paid)),
        ("Í bið", Some(Pending)),
        ("Hætt við", Some(Cancelled)),
        ("Endurgreitt", Some(Cancelled)),
        ("Mistókst", Some(Cancelled)),
        ("Endurgreitt að hluta", Some(PartlyRefunded)),
        ("Plătită", Some(Paid)),
        ("Finalizată", Some(Paid)),
        ("În procesare", Some(Paid)),
        ("În așteptare", Some(Pending)),
        ("Anulată", Some(Cancelled)),
        ("Rambursată", Some(Cancelled)),
        ("Eșuată", Some(Cancelled)),
        ("Rambursată parțial", Some(PartlyRefunded)),
        ("Pagado", Some(Paid)),
        ("Completado", Some(Paid)),
        ("Procesando", Some(Paid)),
        ("Pendiente", Some(Pending)),
        ("En espera", Some(Pending)),
        ("Cancelado", Some(Cancelled)),
        ("Reembolsado", Some(Cancelled)),
        ("Fallido", Some(Cancelled)),
        ("Reembolsado parcialmente", Some(PartlyRefunded)),
        ("Pago", Some(Paid)),
        ("Concluído", Some(Paid)),
        ("processando", Some(Paid)),
        ("Pendente", Some(Pending)),
        ("Aguardando", Some(Pending)),
        ("cancelado", Some(Cancelled)),
        ("reembolsado", Some(Cancelled)),
        ("Falhou", Some(Cancelled)),
        ("Parcialmente reembolsado", Some(PartlyRefunded)),
        ("Bezahlt", Some(Paid)),
        ("Abgeschlossen", Some(Paid)),
        ("In Bearbeitung", Some(Paid)),
        ("Ausstehend", Some(Pending)),
        ("In Wartestellung", Some(Pending)),
        ("Storniert", Some(Cancelled)),
        ("Erstattet", Some(Cancelled)),
        ("Rückerstattet", Some(Cancelled)),
        ("Fehlgeschlagen", Some(Cancelled)),
        ("Teilweise erstattet", Some(PartlyRefunded)),
        ("Pagato", Some(Paid)),
        ("Completato", Some(Paid)),
        ("In lavorazione", Some(Paid)),
        ("In attesa", Some(Pending)),
        ("In sospeso", Some(Pending)),
        ("Annullato", Some(Cancelled)),
        ("Rimborsato", Some(Cancelled)),
        ("Fallito", Some(Cancelled)),
        ("Parzialmente rimborsato", Some(PartlyRefunded)),
        ("Betaald", Some(Paid)),
        ("Voltooid", Some(Paid)),
        ("In behandeling", Some(Paid)),
        ("In afwachting", Some(Pending)),
        ("Geannuleerd", Some(Cancelled)),
        ("Terugbetaald", Some(Cancelled)),
        ("Mislukt", Some(Cancelled)),
        ("Gedeeltelijk terugbetaald", Some(PartlyRefunded)),
        ("En attente du paiement par chèque", Some(Pending)),
        ("Paiement accepté", Some(Paid)),
        ("Préparation en cours", Some(Paid)),
        ("En cours de préparation", Some(Paid)),
        ("Expédié", Some(Paid)),
        ("Livré", Some(Paid)),
        ("Erreur de paiement", Some(Cancelled)),
        ("En attente de réapprovisionnement (payé)", Some(Paid)),
        (
            "En attente du paiement par virement bancaire",
            Some(Pending),
        ),
        ("Paiement à distance accepté", Some(Paid)),
        (
            "En attente de réapprovisionnement (non payé)",
            Some(Pending),
        ),
        ("En attente de paiement à la livraison", Some(Pending)),
        ("Awaiting check payment", Some(Pending)),
        ("Payment accepted", Some(Paid)),
        ("Processing in progress", Some(Paid)),
        ("Payment error", Some(Cancelled)),
        ("On backorder (paid)", Some(Paid)),
        ("Awaiting bank wire payment", Some(Pending)),
        ("Remote payment accepted", Some(Paid)),
        ("On backorder (not paid)", Some(Pending)),
        ("Awaiting Cash On Delivery validation", Some(Pending)),
        // Never guessed.
        ("disputed", None),
        ("shipped", None),
        ("delivered", None),
        ("", None),
    ];

    #[track_caller]
    fn check(text: &str, expected: Option<StatusClass>) {
        assert_eq!(status_class(text), expected, "{text:?}");
    }

    #[test]
    fn every_status_word_is_read() {
        for (text, class) in CASES {
            check(text, *class);
        }
    }

    #[test]
    fn every_row_has_a_case_and_is_normalised() {
        for (source, word, _) in STATUSES {
            assert_eq!(normalise_status(word), *word, "{source} {word}");
            assert!(
                CASES.iter().any(|(t, _)| normalise_status(t) == *word),
                "{source} {word} has a case"
            );
        }
    }

    #[test]
    fn a_word_has_one_class() {
        for (_, word, class) in STATUSES {
            assert_eq!(status_class(word), Some(*class), "{word}");
        }
    }

    #[test]
    fn unreadable_statuses_are_listed_once() {
        let statuses =
            Texts::from_cells(["paid", "disputed", "", "disputed", "partially_refunded"].map(Some));
        assert_eq!(
            unreadable_statuses(&statuses, false),
            vec!["disputed".to_owned(), "partially_refunded".to_owned()]
        );
        assert_eq!(
            unreadable_statuses(&statuses, true),
            vec!["disputed".to_owned()]
        );
        let statuses = Texts::from_cells(["Paid", "Refunded"].map(Some));
        assert!(unreadable_statuses(&statuses, false).is_empty());
    }
}
