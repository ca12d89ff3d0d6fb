//! French: the words a French marketing team uses (taux d'ouverture, coût par lead).

use super::{Heading, Ui};
use crate::engine::import::error::{Action, ErrorKind, IssueKind};
use crate::engine::import::field::{Field, FileKind};
use crate::engine::import::vocab::outcomes::Outcome;
use crate::engine::metrics::attribution::Model;
use crate::engine::metrics::audit::Dimension;
use crate::engine::metrics::funnel::StageKind;
use crate::engine::metrics::metric::{EmailBase, EngagementBase, Formulas, MetricId};
use crate::engine::metrics::period::Bucket;
use crate::engine::metrics::velocity::StagesFrom;
use crate::engine::present::saved::{OpenError, SheetError};
use crate::engine::review::checklist::{RuleId, Severity};
use crate::engine::review::report::Trigger;
use crate::engine::review::schedule::{ProgramType, ReviewRule};
use crate::ui::locale::Plural;

/// The short column label of a metric.
pub(super) fn metric_label(m: MetricId) -> &'static str {
    use MetricId::*;
    match m {
        Spend => "Dépenses",
        Impressions => "Impressions",
        Reach => "Portée",
        Clicks => "Clics",
        Conversions => "Conversions",
        AdLeads => "Leads publicitaires",
        Revenue => "Chiffre d'affaires",
        LabourCost => "Coût de main-d'œuvre",
        Cost => "Coût",
        Ctr => "Taux de clics",
        Cpc => "Coût par clic",
        Cpm => "CPM",
        Cpl => "Coût par lead",
        CostPerConversion => "Coût / conv.",
        Roas => "ROAS",
        Roi => "Retour sur investissement",
        ReturnOnSales => "Rentabilité des ventes",
        ClickToConversionRate => "Clic → conv.",
        EmailsSent => "Envoyés",
        EmailsDelivered => "Délivrés",
        EmailBounces => "Rebonds",
        EmailOpens => "Ouvertures uniques",
        EmailClicks => "Clics uniques",
        EmailUnsubscribes => "Désinscriptions",
        EmailSpamComplaints => "Plaintes pour spam",
        DeliveryRate => "Taux de délivrabilité",
        BounceRate => "Taux de rebond",
        OpenRate => "Taux d'ouverture",
        ClickRate => "Taux de clics (e-mail)",
        ClickToOpenRate => "Taux de réactivité",
        UnsubscribeRate => "Taux de désinscription",
        SpamComplaintRate => "Taux de plaintes pour spam",
        Leads => "Leads",
        Mqls => "MQL",
        Sqls => "SQL",
        Customers => "Nouveaux clients",
        DealsWon => "Affaires gagnées",
        DealRevenue => "CA des affaires",
        DealsLost => "Affaires perdues",
        WinRate => "Taux de closing",
        DealsOpen => "Affaires en cours",
        PipelineValue => "Valeur du pipeline",
        DaysToClose => "Jours jusqu'à la signature",
        MqlToSqlRate => "MQL → SQL",
        LeadToCustomerRate => "Lead → client",
        Cac => "Coût d'acquisition client",
        AverageOrderValue => "Panier moyen",
        Clv => "Valeur vie client",
        LtvToCac => "Valeur vie client ÷ CAC = CA des affaires ÷ coût.",
        StageCount => "Leads à l'étape",
        TimeInStageDaysMean => "Jours à l'étape (moyenne)",
        TimeInStageDaysMedian => "Jours à l'étape (médiane)",
        TimeInStageDaysP90 => "Jours à l'étape (p90)",
        StageConversionRate => "Conversion de l'étape",
        SalesCycleDaysMean => "Cycle de vente (jours, moyenne)",
        SalesCycleDaysMedian => "Cycle de vente (jours, médiane)",
        Visitors => "Visiteurs",
        Sessions => "Sessions",
        WebConversions => "Conversions web",
        WebLeads => "Leads web",
        VisitorToLeadRate => "Visiteur → lead",
        LandingPageConversionRate => "Conv. de la page d'atterrissage",
        Engagements => "Interactions",
        EngagementRate => "Taux d'engagement",
        Orders => "Commandes",
        TransactionRevenue => "CA des commandes",
        PurchaseFrequency => "Commandes par client",
        ActiveCustomers => "Clients actifs",
        ChurnRate => "Taux d'attrition",
        RetentionRate => "Taux de rétention",
        AcquisitionRate => "Taux d'acquisition",
        ClvMargin => "Valeur vie client (marge ÷ attrition)",
        ListGrowthRate => "Croissance de la liste",
        ListSize => "Taille de la liste",
        Cpa => "Coût par acquisition",
        MarketingInfluencedRevenueShare => "CA influencé par le marketing",
        Csat => "CSAT",
        Contacts => "Contacts",
        Responses => "Réponses",
        ResponseRate => "Taux de réponse",
        OrdersCancelled => "Commandes annulées",
        OrdersPending => "Commandes en attente",
        EmailRevenue => "CA e-mail",
        EmailOrders => "Commandes e-mail",
        RevenuePerRecipient => "CA par destinataire",
        EmailOrderRate => "Taux de commande e-mail",
    }
}

/// The formula of a metric in words, shown on hover and in the legend.
pub(super) fn metric_formula(m: MetricId, formulas: Formulas) -> &'static str {
    let (base, engagement) = (formulas.email_base, formulas.engagement_base);
    use MetricId::*;
    let over_base = |delivered: &'static str, sent: &'static str| match base {
        EmailBase::Delivered => delivered,
        EmailBase::Sent => sent,
    };
    match m {
        Spend => "Somme des dépenses (fichiers publicitaires).",
        Impressions => "Somme des impressions.",
        Reach => "Somme de la portée déclarée par ligne (une personne touchée sur plusieurs lignes compte sur chacune).",
        Clicks => "Somme des clics publicitaires.",
        Conversions => "Somme des conversions.",
        AdLeads => "Somme des leads déclarés par les régies publicitaires (selon leur propre attribution).",
        Revenue => "Somme du chiffre d'affaires déclaré avec les données publicitaires.",
        LabourCost => "Coût de main-d'œuvre déclaré avec les données publicitaires, plus heures × votre taux horaire quand les deux sont donnés.",
        Cost => "Dépenses + coût de main-d'œuvre (quand il est inclus).",
        Ctr => "Clics ÷ impressions.",
        Cpc => "Dépenses ÷ clics.",
        Cpm => "Dépenses ÷ impressions × 1\u{202F}000.",
        Cpl => "Dépenses ÷ leads publicitaires (les leads que les régies attribuent à la campagne).",
        CostPerConversion => "Dépenses ÷ conversions.",
        Roas => "Chiffre d'affaires ÷ dépenses.",
        Roi => "(Chiffre d'affaires − coût) ÷ coût. Le coût inclut la main-d'œuvre quand elle est activée.",
        ReturnOnSales => "(Chiffre d'affaires − coût) ÷ chiffre d'affaires — ce que certains guides appellent « ROI ».",
        ClickToConversionRate => "Conversions ÷ clics.",
        EmailsSent => "Somme des e-mails envoyés (destinataires).",
        EmailsDelivered => "Somme des e-mails délivrés (envoyés − rebonds quand ils ne sont pas déclarés).",
        EmailBounces => "Somme des rebonds (envoyés − délivrés quand ils ne sont pas déclarés).",
        EmailOpens => "Somme des ouvertures uniques.",
        EmailClicks => "Somme des clics uniques.",
        EmailUnsubscribes => "Somme des désinscriptions.",
        EmailSpamComplaints => "Somme des plaintes pour spam.",
        DeliveryRate => "Délivrés ÷ envoyés.",
        BounceRate => "Rebonds ÷ envoyés.",
        OpenRate => over_base("Ouvertures uniques ÷ délivrés.", "Ouvertures uniques ÷ envoyés."),
        ClickRate => over_base("Clics uniques ÷ délivrés.", "Clics uniques ÷ envoyés."),
        ClickToOpenRate => "Clics uniques ÷ ouvertures uniques (certains outils l'appellent CTR).",
        UnsubscribeRate => over_base("Désinscriptions ÷ délivrés.", "Désinscriptions ÷ envoyés."),
        SpamComplaintRate => over_base("Plaintes pour spam ÷ délivrés.", "Plaintes pour spam ÷ envoyés."),
        Leads => "Leads créés sur la période (fichier de leads du CRM, sinon première entrée dans une étape).",
        Mqls => "Leads entrés pour la première fois en MQL sur la période (changements d'étape).",
        Sqls => "Leads entrés pour la première fois en SQL sur la période (changements d'étape).",
        Customers => "Leads dont la première affaire a été gagnée sur la période (affaires, sinon une étape Client).",
        DealsWon => "Affaires gagnées sur la période.",
        DealRevenue => "Somme des montants des affaires gagnées sur la période.",
        DealsLost => "Affaires perdues, par date de clôture (fichiers d'affaires avec une colonne d'étape ou de statut).",
        WinRate => "Affaires gagnées ÷ (affaires gagnées + affaires perdues), par date de clôture.",
        DealsOpen => "Affaires encore ouvertes dans l'export (toute la plage seulement).",
        PipelineValue => "Somme des montants des affaires ouvertes (toute la plage seulement).",
        DaysToClose => "Moyenne des jours entiers entre la date de création d'une affaire gagnée et sa date de clôture.",
        MqlToSqlRate => "SQL ÷ MQL sur la même période (un ratio de flux).",
        LeadToCustomerRate => "Nouveaux clients ÷ nouveaux leads sur la même période (un ratio de flux).",
        Cac => "Coût (dépenses, plus main-d'œuvre quand elle est incluse) ÷ nouveaux clients sur la même période.",
        AverageOrderValue => "CA des affaires ÷ affaires gagnées.",
        Clv => "CA des affaires ÷ nouveaux clients (valeur historique par client).",
        LtvToCac => "Valeur vie client ÷ CAC = CA des affaires ÷ coût. En dessous de 3, c'est un signal d'alerte.",
        StageCount => "Leads dont la dernière entrée d'étape (jusqu'à ce jour) est cette étape, à la fin du jour ou de la période.",
        TimeInStageDaysMean => "Moyenne des jours entiers entre l'entrée dans l'étape et l'entrée dans la suivante (ou la date de sortie), dernier passage par lead ; les leads encore dans l'étape sont exclus.",
        TimeInStageDaysMedian => "Médiane des jours entiers passés dans l'étape, dernier passage terminé par lead.",
        TimeInStageDaysP90 => "90e centile des jours entiers passés dans l'étape (interpolation linéaire), dernier passage terminé par lead.",
        StageConversionRate => "Leads ayant atteint cette étape ÷ leads ayant atteint l'étape précédente (atteindre une étape ultérieure compte comme passer les précédentes).",
        SalesCycleDaysMean => "Moyenne des jours entiers entre le premier contact (ou la création) et la première affaire gagnée.",
        SalesCycleDaysMedian => "Médiane des jours entiers entre le premier contact (ou la création) et la première affaire gagnée.",
        Visitors => "Somme des visiteurs uniques (utilisateurs) des lignes d'analytics web (un visiteur sur plusieurs lignes compte sur chacune).",
        Sessions => "Somme des sessions (visites).",
        WebConversions => "Somme des conversions (objectifs atteints, événements clés) des fichiers d'analytics web.",
        WebLeads => "Somme des leads (formulaires envoyés) des fichiers d'analytics web.",
        VisitorToLeadRate => "Leads web ÷ visiteurs.",
        LandingPageConversionRate => "Conversions web ÷ sessions, par page d'atterrissage.",
        Engagements => "J'aime + partages + commentaires + republications des publications sociales.",
        EngagementRate => match engagement {
            EngagementBase::Impressions => "(J'aime + partages + commentaires + republications) ÷ impressions.",
            EngagementBase::Followers => "(J'aime + partages + commentaires + republications) ÷ abonnés, additionné sur les publications.",
        },
        Orders => "Commandes passées sur la période : numéros de commande distincts (une par ligne sans numéro) ; les commandes annulées et impayées sont comptées à part.",
        TransactionRevenue => "Somme des montants des commandes (le total une fois par commande, sinon quantité × prix unitaire de ses lignes), nette des remboursements ; les factures d'annulation sont déduites, les commandes remboursées et impayées n'ajoutent rien.",
        PurchaseFrequency => "Commandes avec un client ÷ clients actifs.",
        ActiveCustomers => "Clients distincts ayant passé une commande sur la période (les commandes sans client sont exclues).",
        ChurnRate => "Clients actifs la période précédente sans commande sur celle-ci ÷ clients actifs la période précédente.",
        RetentionRate => "Clients actifs la période précédente qui ont recommandé sur celle-ci ÷ clients actifs la période précédente (1 − attrition).",
        AcquisitionRate => "Clients dont la première commande tombe dans la période ÷ clients actifs.",
        ClvMargin => "CA par client actif × votre marge brute ÷ taux d'attrition, par période (réglez la marge dans Paramètres).",
        ListGrowthRate => "(Nouveaux abonnés − désinscriptions − rebonds) ÷ taille de la liste au début de la période ; sans colonne de nouveaux abonnés, (taille à la fin − au début) ÷ au début.",
        ListSize => "Abonnés sur la liste au dernier envoi de la période, tels que le fichier e-mail l'indique.",
        Cpa => "Coût (dépenses, plus main-d'œuvre quand elle est incluse) ÷ conversions.",
        MarketingInfluencedRevenueShare => "CA des affaires gagnées sur des leads d'origine marketing ÷ tout le CA des affaires.",
        Csat => "Réponses 4 ou 5 ÷ réponses sur l'échelle de 1 à 5.",
        Contacts => "Contacts dont le résultat de campagne est connu (oui/non, 1/0).",
        Responses => "Contacts dont le résultat est oui (ou 1, accepté, inscrit…).",
        ResponseRate => "Réponses ÷ contacts au résultat connu.",
        OrdersCancelled => "Commandes annulées, remboursées, invalidées ou échouées : factures numérotées C…, commandes dont toutes les quantités sont négatives, ou un tel statut. Non comptées dans les commandes.",
        OrdersPending => "Commandes pas encore payées (en attente, autorisées, suspendues). Non comptées dans les commandes ni le CA.",
        EmailRevenue => "Somme du CA déclaré par l'outil d'e-mailing (sa propre attribution ; jamais ajouté au CA publicitaire ni au ROAS).",
        EmailOrders => "Somme des commandes déclarées par l'outil d'e-mailing.",
        RevenuePerRecipient => over_base("CA e-mail ÷ délivrés.", "CA e-mail ÷ envoyés."),
        EmailOrderRate => over_base("Commandes e-mail ÷ délivrés.", "Commandes e-mail ÷ envoyés."),
    }
}

/// The name of a file kind.
pub(super) fn kind_label(k: FileKind) -> &'static str {
    match k {
        FileKind::AdPerformance => "Performance publicitaire",
        FileKind::EmailCampaigns => "Campagnes e-mail",
        FileKind::Leads => "Leads",
        FileKind::StageChanges => "Changements d'étape des leads",
        FileKind::Deals => "Affaires",
        FileKind::Programs => "Inventaire des programmes",
        FileKind::WebAnalytics => "Analytics web",
        FileKind::SocialPosts => "Publications sociales",
        FileKind::Surveys => "Enquêtes (CSAT)",
        FileKind::Transactions => "Transactions (commandes)",
        FileKind::Touchpoints => "Points de contact",
        FileKind::Responses => "Réponses aux campagnes",
        FileKind::Unknown => "Non reconnu",
    }
}

/// The name of a dimension.
pub(super) fn dimension_label(d: Dimension) -> &'static str {
    match d {
        Dimension::Total => "Total",
        Dimension::Campaign => "Campagne",
        Dimension::Channel => "Canal",
        Dimension::Source => "Source",
        Dimension::AdGroup => "Groupe d'annonces",
        Dimension::Segment => "Segment",
        Dimension::Stage => "Étape",
        Dimension::LandingPage => "Page d'atterrissage",
        Dimension::LossReason => "Motif de perte",
        Dimension::Column(_) => "Colonne",
    }
}

/// The name of a period size.
pub(super) fn bucket_label(b: Bucket) -> &'static str {
    match b {
        Bucket::Day => "Jour",
        Bucket::Week => "Semaine ISO",
        Bucket::Month => "Mois",
        Bucket::Quarter => "Trimestre",
        Bucket::Year => "Année",
    }
}

/// "By month" and the like, after a metric's name in a chart title: a whole phrase,
/// so each language declines the period as its preposition wants.
pub(super) fn by_bucket(b: Bucket) -> &'static str {
    match b {
        Bucket::Day => "par jour",
        Bucket::Week => "par semaine ISO",
        Bucket::Month => "par mois",
        Bucket::Quarter => "par trimestre",
        Bucket::Year => "par année",
    }
}

/// What was done about an issue.
pub(super) fn action_label(a: Action) -> &'static str {
    match a {
        Action::Skipped => "ignorée",
        Action::Repaired => "réparée",
        Action::Noted => "notée",
    }
}

/// The message of a file that could not be read.
pub(super) fn error_message(k: &ErrorKind) -> &'static str {
    match k {
        ErrorKind::Empty => "Le fichier est vide.",
        ErrorKind::Binary => "Le fichier n'est ni du texte ni un classeur (un PDF, une image ?). Exportez-le en CSV ou en .xlsx.",
        ErrorKind::NoHeader => "Aucune ligne d'en-tête trouvée.",
        ErrorKind::Unreadable => "Le navigateur n'a pas pu lire le fichier sur le disque.",
        ErrorKind::TooLarge => "Le fichier a plus de lignes que cette page ne peut en garder en mémoire avec les autres fichiers (environ 1 Go en tout une fois lus) : aucune n'est comptée. Exportez-le agrégé par jour ou par semaine, ou sur une période plus courte.",
        ErrorKind::OldWorkbook => "C'est un classeur Excel 97–2003 (.xls), ou un classeur protégé par un mot de passe : ni l'un ni l'autre ne peut être lu ici. Ouvrez-le dans votre tableur et enregistrez-le en .xlsx (sans mot de passe) ou en CSV.",
        ErrorKind::DamagedArchive => "Ce classeur ou cette archive zip n'a pas pu être lu : le fichier est endommagé ou incomplet (un téléchargement interrompu ?). Téléchargez-le à nouveau, ou ouvrez-le et enregistrez-le en .xlsx ou en CSV.",
        ErrorKind::NoTable => "Cette archive ne contient aucune feuille avec des valeurs ni aucun fichier CSV (un fichier OpenDocument .ods, ou un zip d'autres fichiers ?). Enregistrez le tableau en .xlsx ou en CSV.",
    }
}

/// Why a saved audit was refused.
pub(super) fn open_error(e: &OpenError) -> &'static str {
    match e {
        OpenError::NotASavedAudit => "Ce fichier n'est pas un audit enregistré par cette page. Rien n'a été modifié.",
        OpenError::Newer { .. } => "Cet audit a été enregistré par une version plus récente de la page (format {version}). Ouvrez-le avec celle-ci, ou mettez cette page à jour. Rien n'a été modifié.",
        OpenError::Damaged => "Cet audit enregistré est endommagé (tronqué ou modifié) et ne peut pas être ouvert. Rien n'a été modifié.",
        OpenError::TooLarge => "Ce fichier est trop volumineux pour être un audit enregistré. Rien n'a été modifié.",
    }
}

/// Why an audit sheet was refused.
pub(super) fn sheet_error(e: &SheetError) -> &'static str {
    match e {
        SheetError::NotASheet => "Ce n'est pas une feuille d'audit : colonnes attendues asset, metric, baseline, puis une date par audit. La feuille n'a pas été modifiée.",
        SheetError::BadDate(_) => "Ce n'est pas une feuille d'audit : la colonne {date} n'est pas une date (AAAA-MM-JJ). La feuille n'a pas été modifiée.",
        SheetError::RepeatedDate(_) => "Ce n'est pas une feuille d'audit : la date {date} figure en tête de deux colonnes. La feuille n'a pas été modifiée.",
        SheetError::Damaged { .. } => "Cette feuille d'audit est endommagée à la ligne {line} (plus de cellules que de colonnes, ou illisible). La feuille n'a pas été modifiée.",
        SheetError::TooLarge => "Ce fichier est trop volumineux pour être une feuille d'audit. La feuille n'a pas été modifiée.",
    }
}

/// The name of an email base.
pub(super) fn email_base_label(b: EmailBase) -> &'static str {
    match b {
        EmailBase::Delivered => "délivrés",
        EmailBase::Sent => "envoyés",
    }
}

/// The base of the engagement rate, as the settings show it.
pub(super) fn engagement_base_label(b: EngagementBase) -> &'static str {
    match b {
        EngagementBase::Impressions => "impressions",
        EngagementBase::Followers => "abonnés",
    }
}

/// The name of a canonical field, as the mapping editor shows it.
pub(super) fn field_label(f: Field) -> &'static str {
    match f {
        Field::Date => "Date",
        Field::Channel => "Canal",
        Field::Campaign => "Campagne",
        Field::AdGroup => "Groupe d'annonces / ensemble de publicités",
        Field::Source => "Source",
        Field::Spend => "Dépenses",
        Field::Impressions => "Impressions",
        Field::Reach => "Portée",
        Field::Clicks => "Clics",
        Field::Conversions => "Conversions",
        Field::Leads => "Leads",
        Field::Revenue => "Chiffre d'affaires",
        Field::LabourCost => "Coût de main-d'œuvre",
        Field::LabourHours => "Heures de travail",
        Field::ChurnDate => "Date de départ",
        Field::Baseline => "Référence",
        Field::Sent => "E-mails envoyés",
        Field::Delivered => "Délivrés",
        Field::Bounces => "Rebonds",
        Field::Opens => "Ouvertures uniques",
        Field::Unsubscribes => "Désinscriptions",
        Field::SpamComplaints => "Plaintes pour spam",
        Field::Orders => "Commandes",
        Field::ListSize => "Taille de la liste",
        Field::LeadId => "Identifiant du lead",
        Field::CreatedDate => "Création / premier contact",
        Field::Score => "Score du lead",
        Field::Stage => "Étape",
        Field::EnteredAt => "Entrée dans l'étape le",
        Field::ExitedAt => "Sortie de l'étape le",
        Field::Action => "Action / déclencheur",
        Field::DealId => "Identifiant de l'affaire",
        Field::WonDate => "Date de clôture (date de gain des affaires gagnées)",
        Field::Amount => "Montant (affaire ou commande)",
        Field::Segment => "Segment",
        Field::Program => "Programme",
        Field::ProgramType => "Type de programme",
        Field::SetupDate => "Date de mise en place",
        Field::LastReview => "Dernière revue",
        Field::Owner => "Responsable",
        Field::Visitors => "Visiteurs (utilisateurs)",
        Field::Sessions => "Sessions",
        Field::LandingPage => "Page d'atterrissage",
        Field::Post => "Publication",
        Field::Likes => "J'aime / réactions",
        Field::Shares => "Partages",
        Field::Comments => "Commentaires",
        Field::Reposts => "Retweets / republications",
        Field::Followers => "Abonnés",
        Field::Respondent => "Répondant",
        Field::Csat => "Réponse CSAT (1–5)",
        Field::CustomerId => "Identifiant client",
        Field::NewSubscribers => "Nouveaux abonnés",
        Field::TouchedAt => "Date du contact",
        Field::Response => "Résultat de campagne (oui/non)",
        Field::PeriodEnd => "Dernier jour couvert par la ligne",
        Field::BecameLead => "Devenu lead (date)",
        Field::BecameMql => "Devenu MQL (date)",
        Field::BecameSql => "Devenu SQL (date)",
        Field::BecameOpportunity => "Devenu opportunité (date)",
        Field::BecameCustomer => "Devenu client (date)",
        Field::HardBounces => "Rebonds durs",
        Field::SoftBounces => "Rebonds doux",
        Field::OrderId => "Numéro de commande / facture",
        Field::Quantity => "Quantité",
        Field::UnitPrice => "Prix unitaire",
        Field::OrderStatus => "Statut de la commande",
        Field::Refunded => "Montant remboursé",
        Field::LossReason => "Motif de perte",
        Field::IsWon => "Gagnée (case à cocher)",
        Field::IsClosed => "Clôturée (case à cocher)",
    }
}

/// The name of a deal outcome.
pub(super) fn outcome_label(o: Outcome) -> &'static str {
    match o {
        Outcome::Won => "Gagnée",
        Outcome::Lost => "Perdue",
        Outcome::Open => "En cours",
    }
}

/// The title of a checklist rule.
pub(super) fn rule_title(r: RuleId) -> &'static str {
    match r {
        RuleId::BounceRate => "Taux de rebond par envoi",
        RuleId::SpamComplaints => "Taux de plaintes pour spam par envoi",
        RuleId::Unsubscribes => "Taux de désinscription par envoi",
        RuleId::ListShrinking => "Liste e-mail en croissance, pas en baisse",
        RuleId::LtvToCac => "LTV : CAC d'au moins {min}",
        RuleId::MqlAcceptance => "Les commerciaux acceptent au moins {min} des MQL",
        RuleId::HeadlineMove => "KPI principaux en forte variation depuis la période précédente",
        RuleId::LongTermFading => "Séries en baisse trimestre après trimestre",
        RuleId::StagnatingLeads => "Leads bloqués dans une étape",
        RuleId::TooLittleData => "Assez de données pour l'audit ({days} par fichier)",
        RuleId::PinnedCount => "De 3 à 10 KPI principaux",
        RuleId::ReviewsOverdue => "Revues des programmes à jour",
    }
}

/// Where a rule's threshold comes from.
pub(super) fn rule_source(r: RuleId) -> &'static str {
    match r {
        RuleId::BounceRate => "Avertissement au-dessus de {warn}, critique au-dessus de {crit}. Les valeurs par défaut sont les plafonds que donnent les routeurs e-mail comme Mailchimp et HubSpot pour une liste saine.",
        RuleId::SpamComplaints => "Avertissement à {warn}, critique à {crit}. Les valeurs par défaut sont les exigences de Gmail et Yahoo pour les expéditeurs en masse (2024).",
        RuleId::Unsubscribes => "Plus de {warn} des e-mails délivrés lors d'un envoi. La valeur par défaut est le repère courant des routeurs pour un envoi qui a fait fuir les abonnés.",
        RuleId::ListShrinking => "Taille de la liste au dernier envoi de la période comparée au dernier envoi d'avant.",
        RuleId::LtvToCac => "En dessous de {min}, c'est un signal d'alerte. La valeur par défaut suit la règle empirique du trois pour un pour un coût d'acquisition soutenable ; en dessous de un, chaque client coûte plus qu'il n'a rapporté.",
        RuleId::MqlAcceptance => "Critique quand moins de {min} des MQL sont acceptés en SQL. La valeur par défaut suit les guides d'audit : quand plus de la moitié des MQL ne sont pas acceptés, revoyez tout de suite les règles de scoring.",
        RuleId::HeadlineMove => "Une variation de {relative} ou plus (et de {points} ou plus pour les taux) depuis la période précédente ; les deux seuils doivent être franchis, pour que le bruit sur de petits nombres ne déclenche pas d'alerte.",
        RuleId::LongTermFading => "Trois trimestres de baisse d'affilée, jusqu'au trimestre en cours.",
        RuleId::StagnatingLeads => "Lead depuis plus de {lead}, MQL plus de {mql}, SQL plus de {sql}, opportunité plus de {opp} sans évolution (pratique du développement commercial).",
        RuleId::TooLittleData => "Les guides d'audit : au moins un mois de données avant de tirer des conclusions.",
        RuleId::PinnedCount => "Les guides d'audit recommandent de suivre de 3 à 10 KPI.",
        RuleId::ReviewsOverdue => "Le calendrier des revues ci-dessous.",
    }
}

/// The label of a severity.
pub(super) fn severity_label(s: Severity) -> &'static str {
    match s {
        Severity::NotApplicable => "non vérifié",
        Severity::Pass => "réussi",
        Severity::Info => "remarque",
        Severity::Warning => "avertissement",
        Severity::Critical => "critique",
    }
}

/// The label of a program type.
pub(super) fn program_type_label(t: ProgramType) -> &'static str {
    match t {
        ProgramType::Nurture => "Nurturing",
        ProgramType::AutomationRule => "Règle d'automatisation",
        ProgramType::ScoringRule => "Règle de scoring",
        ProgramType::LeadAssignment => "Attribution des leads",
        ProgramType::Content => "Contenu (un groupe)",
        ProgramType::Other => "Autre",
    }
}

/// The label of an audit trigger.
pub(super) fn trigger_label(t: Trigger) -> &'static str {
    match t {
        Trigger::SwitchingTools => "Changement d'outil",
        Trigger::NewStrategy => "Essai d'une nouvelle stratégie",
        Trigger::QuarterEnd => "Fin de trimestre",
    }
}

/// What to do about an audit trigger.
pub(super) fn trigger_advice(t: Trigger) -> &'static str {
    match t {
        Trigger::SwitchingTools => "Exportez et enregistrez cet audit, avec ses données brutes, avant l'arrêt de l'ancien outil : son historique ne suivra pas.",
        Trigger::NewStrategy => "Épinglez les KPI que la stratégie doit faire bouger et notez dès maintenant l'hypothèse et l'objectif, pour que le prochain audit dise si elle a marché.",
        Trigger::QuarterEnd => "Faites l'audit complet : check-list, calendrier et nouvelle colonne de la feuille.",
    }
}

/// The name of a funnel stage.
pub(super) fn stage_label(k: StageKind) -> &'static str {
    match k {
        StageKind::Lead => "Lead",
        StageKind::Mql => "MQL",
        StageKind::Sql => "SQL",
        StageKind::Opportunity => "Opportunité",
        StageKind::Customer => "Client",
        StageKind::Lost => "Perdu",
        StageKind::Other => "Autre",
    }
}

/// Where the velocity report's stages come from.
pub(super) fn stages_from(f: StagesFrom) -> &'static str {
    match f {
        StagesFrom::StageChanges => "Étapes telles qu'enregistrées dans le ou les fichiers de changements d'étape. Un lead encore dans une étape est compté à part (censuré), pas comme un passage terminé.",
        StagesFrom::ScoreBands => "Pas de fichier de changements d'étape : les étapes viennent des scores des leads par tranches (0–32 Lead, 33–66 MQL, 67–100 SQL).",
        StagesFrom::CreatedAndWon => "Pas de fichier de changements d'étape : chaque lead est un Lead dès son premier contact et un Client dès sa première affaire gagnée.",
    }
}

/// The name of an attribution model.
pub(super) fn model_label(m: Model) -> &'static str {
    match m {
        Model::FirstTouch => "Premier contact",
        Model::LastTouch => "Dernier contact",
        Model::Linear => "Linéaire",
        Model::UShaped => "En U",
        Model::UShaped5050 => "En U 50/50",
        Model::WShaped => "En W",
        Model::FullPath => "Parcours complet",
        Model::TimeDecay => "Dégressif dans le temps",
        Model::Custom => "Personnalisé",
    }
}

/// The name of a delimiter.
pub(super) fn delimiter_name(d: u8) -> Option<&'static str> {
    match d {
        b',' => Some("virgule"),
        b';' => Some("point-virgule"),
        b'\t' => Some("tabulation"),
        b'|' => Some("barre verticale"),
        _ => None,
    }
}

/// A blank cell, in a message.
pub(super) fn blank() -> &'static str {
    "(vide)"
}

/// The template of a row issue's message.
pub(super) fn issue(k: &IssueKind) -> &'static str {
    let one = |n: u64| n <= 1;
    match k {
        IssueKind::NotANumber => "Un nombre était attendu.",
        IssueKind::NotADate => "Une date était attendue.",
        IssueKind::NegativeCount => "Un décompte ne peut pas être négatif.",
        IssueKind::TooManyCells { .. } => "La ligne a {found} cellules ; l'en-tête en a {expected}. Ligne ignorée : les cellules en trop ne peuvent pas être placées.",
        IssueKind::TooFewCells { .. } => "La ligne a {found} cellules ; l'en-tête en a {expected}. Les cellules manquantes ont été lues comme vides.",
        IssueKind::SummaryRow => "Une ligne de totaux : ignorée pour ne rien compter deux fois.",
        IssueKind::EmptyRow => "Toutes les cellules sont vides.",
        IssueKind::TotalByArithmetic => "Une ligne sans nom ou nommée comme un total (« Total HT ») dont chaque colonne de total égale la somme des autres lignes : le total de l'export lui-même, ignoré pour ne rien compter deux fois.",
        IssueKind::BelowTotal => "Une ligne sous le total de la feuille qui ne remplit que peu de ses colonnes de total (TVA, total TTC, commission) : pas une ligne du tableau, ignorée.",
        IssueKind::MoneyLine => "Une ligne sous les données qui parle d'argent (un budget, son reste, des frais, la TVA) et ne remplit que peu de leurs colonnes de total : pas une ligne du tableau, ignorée. Des honoraires d'agence relèvent du coût du travail.",
        IssueKind::SubtotalByArithmetic { .. } => "Chaque colonne de total de cette ligne égale la somme des {rows} lignes au-dessus : un sous-total (ou le total général des lignes sous-totalisées), ignoré pour ne rien compter deux fois.",
        IssueKind::TotalLabelIsData => "Le nom de cette ligne commence comme un total, mais ses nombres montrent qu'elle n'en est pas un (le total de l'export la compte, ou elle n'est pas la somme des autres lignes) : elle est gardée comme donnée.",
        IssueKind::TotalAgrees => "Le total de l'export concorde avec la somme des lignes utilisées.",
        IssueKind::TotalDiffers { .. } => "Le total de l'export indique {theirs} ; les lignes utilisées font {ours}. Des lignes filtrées ou supprimées dans l'outil, ou un total d'un autre périmètre ? Les chiffres reposent sur les lignes.",
        IssueKind::ColumnsNotMatched { .. } => "L'en-tête a {columns} colonnes ; seules les {matched} premières ont été associées à des champs. Associez les autres à la main.",
        IssueKind::NoteLine => "Une ligne de commentaire ou de note, pas des données.",
        IssueKind::AfterTable => "Sous la fin du tableau (après une ligne de commentaire) : pas des données de ce tableau.",
        IssueKind::StatedPeriod { .. } => "Le rapport indique sa période, du {from} au {to} ; les lignes sans date propre y sont comptées.",
        IssueKind::KindAssumed { .. } => "Lu comme {kind} d'après {found} de ses {usual} colonnes habituelles : vérifiez le type et les colonnes dans les réglages du fichier.",
        IssueKind::TitleLines { count } => {
            if one(*count) {
                "{count} ligne au-dessus de l'en-tête (un titre de rapport) a été ignorée."
            } else {
                "{count} lignes au-dessus de l'en-tête (un titre de rapport) ont été ignorées."
            }
        }
        IssueKind::EncodingFallback => "Le fichier n'est pas en UTF-8 ; il a été lu en Windows-1252 (Excel, Europe de l'Ouest). Changez-le dans les réglages du fichier si des lettres semblent fausses.",
        IssueKind::UndecodableBytes { count } => {
            if one(*count as u64) {
                "{count} caractère n'a pas pu être décodé et s'affiche comme �."
            } else {
                "{count} caractères n'ont pas pu être décodés et s'affichent comme �."
            }
        }
        IssueKind::Malformed { .. } => "La structure CSV est cassée ici : {detail}. Le reste du fichier n'a pas été lu.",
        IssueKind::UnclosedQuote => "Un guillemet s'ouvre ici et ne se ferme jamais, si bien que le reste du fichier a été lu comme une seule cellule. Vérifiez le fichier autour de cette ligne.",
        IssueKind::DateOrderAssumed { day_first: true } => "Aucune date ne prouve l'ordre du jour et du mois ; le jour en premier (31/12) a été supposé.",
        IssueKind::DateOrderAssumed { day_first: false } => "Aucune date ne prouve l'ordre du jour et du mois ; le mois en premier (12/31) a été supposé.",
        IssueKind::DecimalMarkAssumed { .. } => "Aucun nombre ne prouve le séparateur décimal ; « {mark} » a été supposé.",
        IssueKind::MappingUndone { .. } => "L'en-tête suggère « {field} », mais {not_fitting} des {sampled} valeurs échantillonnées ne correspondent pas, donc la colonne n'est pas utilisée. Associez-la à la main si c'est faux.",
        IssueKind::MixedResults { .. } => "Cette colonne additionne des résultats de natures différentes ({kinds} sortes, nommées dans « {indicator} » : couverture, clics sur un lien, achats…), elle n'est donc pas comptée comme conversions. Associez aux conversions une colonne d'un seul type de résultat, comme Achats ou Prospects.",
        IssueKind::UnmappedColumn => "La colonne ne correspond à aucun champ connu ; elle n'est pas utilisée.",
        IssueKind::RepeatedHeader { .. } => "Cette colonne porte le même en-tête que la colonne {first}, qui est lue : un chiffre se lit dans une seule colonne, celle-ci est donc laissée de côté. Si la feuille place les canaux côte à côte, exportez un canal par fichier ou associez cette colonne à la place de l'autre.",
        IssueKind::SubtotalsAsRows => "Chaque somme des lignes utilisées vaut exactement le double du total du fichier sur cette ligne : les lignes contiennent des sous-totaux qui n'ont pas pu être distingués (les lignes de groupe d'un tableau croisé ?). Les sommes sont laissées de côté plutôt que doublées : exportez le tableau sans sous-totaux.",
        IssueKind::MixedCurrencies { .. } => "Les montants de ce fichier sont en {currencies} devises : ils sont laissés de côté plutôt qu'additionnés d'une devise à l'autre. Exportez les montants convertis dans une seule devise (Stripe : « Converted Amount »), ou un fichier par devise.",
        IssueKind::PartsSummed { .. } => "« {field} » est lu comme {parts}, ligne par ligne : le fichier ne donne que ces parties.",
        IssueKind::SheetRead { .. } => "Feuille lue dans ce classeur : « {sheet} », sa feuille visible qui contient le plus de valeurs.",
        IssueKind::SheetNotRead { .. } => "La feuille « {sheet} » de ce classeur contient aussi des valeurs et n'a pas été lue : une seule feuille est lue par fichier. Pour l'ajouter, enregistrez-la dans son propre fichier .xlsx ou CSV et ajoutez ce fichier.",
        IssueKind::MemberRead { .. } => "Fichier lu dans cette archive zip : « {member} ».",
        IssueKind::MemberNotRead { .. } => "L'archive contient aussi « {member} », qui n'a pas été lu : un seul fichier est lu par archive. Pour l'ajouter, décompressez l'archive et ajoutez ce fichier.",
        IssueKind::HeadersGenerated { .. } => "Le fichier n'a pas de ligne d'en-tête ; ses {columns} colonnes ont été nommées « colonne 1 » à « colonne {columns} ». Associez-les à la main.",
        IssueKind::UnknownOrderStatus { rows, .. } => {
            if one(*rows) {
                "{rows} ligne a un statut de commande illisible ({statuses}) : un mot absent du vocabulaire des statuts, ou un remboursement partiel sans colonne de montant remboursé. Plutôt que de deviner, les commandes du fichier sont exclues des chiffres de commandes, de CA et de clients. Désassociez la colonne de statut pour compter chaque ligne, ou corrigez les statuts dans le fichier."
            } else {
                "{rows} lignes ont un statut de commande illisible ({statuses}) : un mot absent du vocabulaire des statuts, ou un remboursement partiel sans colonne de montant remboursé. Plutôt que de deviner, les commandes du fichier sont exclues des chiffres de commandes, de CA et de clients. Désassociez la colonne de statut pour compter chaque ligne, ou corrigez les statuts dans le fichier."
            }
        }
        IssueKind::RowsWithoutCustomer { count } => {
            if one(*count) {
                "{count} ligne n'a pas de client : elle compte dans les commandes et le CA, mais pas dans les clients, l'attrition, la rétention, les cohortes ni les commandes par client."
            } else {
                "{count} lignes n'ont pas de client : elles comptent dans les commandes et le CA, mais pas dans les clients, l'attrition, la rétention, les cohortes ni les commandes par client."
            }
        }
        IssueKind::UnclassifiedOutcome { rows, .. } => {
            if one(*rows) {
                "L'étape {value} ({rows} ligne) ne se lit ni comme gagnée, ni perdue, ni en cours. Les clients, le CA, le taux de closing, le pipeline et les chiffres qui en dépendent ne sont pas affichés tant que vous ne l'avez pas précisé (Association de ce fichier)."
            } else {
                "L'étape {value} ({rows} lignes) ne se lit ni comme gagnée, ni perdue, ni en cours. Les clients, le CA, le taux de closing, le pipeline et les chiffres qui en dépendent ne sont pas affichés tant que vous ne l'avez pas précisé (Association de ce fichier)."
            }
        }
        IssueKind::OutcomeAssumed => "Le fichier n'a pas de colonne d'étape, de statut ni gagnée/clôturée : chaque affaire avec une date de clôture est comptée comme gagnée.",
        IssueKind::ExcelDamage { count, .. } => {
            if one(*count) {
                "{count} cellule ressemble à une date qu'Excel a faite d'une plage comme 1-5 (p. ex. {examples}). Elle a été gardée telle quelle ; exportez de nouveau le fichier sans l'ouvrir dans Excel pour retrouver les valeurs d'origine."
            } else {
                "{count} cellules ressemblent à des dates qu'Excel a faites de plages comme 1-5 (p. ex. {examples}). Elles ont été gardées telles quelles ; exportez de nouveau le fichier sans l'ouvrir dans Excel pour retrouver les valeurs d'origine."
            }
        }
    }
}

/// The template of a review's rationale; `days` is the plural form of `{days}`.
pub(super) fn review(r: ReviewRule, days: Plural) -> &'static str {
    let one = days == Plural::One;
    match r {
        ReviewRule::Nurture => "Programmes de nurturing : tous les {days} jours après la dernière revue.",
        ReviewRule::AutomationFirst if one => "Nouvelle règle d'automatisation : première revue {days} jour après la mise en place, pour repérer tôt les erreurs.",
        ReviewRule::AutomationFirst => "Nouvelle règle d'automatisation : première revue {days} jours après la mise en place, pour repérer tôt les erreurs.",
        ReviewRule::Automation => "Règles d'automatisation : tous les {days} jours après la dernière revue.",
        ReviewRule::Scoring => "Règles de scoring : tous les {days} jours jusqu'à leur réglage (marquez-les réglées pour deux fois par an).",
        ReviewRule::ScoringTuned => "Règles de scoring réglées : tous les {days} jours.",
        ReviewRule::ScoringTrigger => "Maintenant : moins de {min} des MQL de cette période ont été acceptés en SQL.",
        ReviewRule::Assignment => "Attribution des leads : tous les {days} jours.",
        ReviewRule::AssignmentSalesCycle => "Attribution des leads : à chaque cycle de vente ({days} jours, la médiane mesurée), plus long qu'un trimestre.",
        ReviewRule::ContentGroup => "Le contenu est revu comme un seul groupe, tous les {days} jours à partir de son élément le plus ancien.",
        ReviewRule::Other => "Tous les {days} jours.",
        ReviewRule::Unknown => "Pas de date de mise en place ni de revue : faites une revue maintenant pour lancer le compteur.",
    }
}

/// The template of an attribution model's definition; `days` is the plural form of
/// the half-life.
pub(super) fn model(m: Model, days: Plural) -> &'static str {
    match m {
        Model::FirstTouch => "Tout au premier contact.",
        Model::LastTouch => "Tout au dernier contact, le jour du gain ou avant.",
        Model::Linear => "Une part égale à chaque contact.",
        Model::UShaped => "40\u{202F}% au premier contact, 40\u{202F}% au dernier, 20\u{202F}% répartis entre les contacts intermédiaires (un contact : 100\u{202F}% ; deux : 50/50).",
        Model::UShaped5050 => "La moitié au premier contact, la moitié au dernier, rien entre les deux.",
        Model::WShaped => "30\u{202F}% au premier contact, 30\u{202F}% au dernier contact au plus tard quand le lead est devenu MQL (sinon opportunité, sinon le contact du milieu), 30\u{202F}% au dernier, 10\u{202F}% sur les autres.",
        Model::FullPath => "22,5\u{202F}% chacun au premier contact, au contact MQL, au contact opportunité et au dernier contact (la signature), 10\u{202F}% sur les autres ; la part d'une étape inconnue va aux contacts intermédiaires.",
        Model::TimeDecay if days == Plural::One => "Chaque contact pèse moitié moins pour chaque période de {days} jour entre lui et le gain.",
        Model::TimeDecay => "Chaque contact pèse moitié moins pour chaque période de {days} jours entre lui et le gain.",
        Model::Custom => "Vos poids : premier {first}, milieu {middle} (réparti entre les contacts intermédiaires), dernier {last}.",
    }
}

/// The page's own text.
pub(super) fn ui(u: Ui) -> &'static str {
    match u {
        Ui::Title => "Audit marketing",
        Ui::Tagline => "Déposez vos exports. Tout est calculé dans cette page ; rien ne quitte votre navigateur.",
        Ui::Language => "Langue",
        Ui::DropHere => "Déposez vos exports ici (CSV, Excel .xlsx, .zip), ou choisissez des fichiers",
        Ui::DropHint => "Publicité, e-mail, CRM, analytics web — lus dans cette page uniquement.",
        Ui::LoadDemo => "Charger la démo",
        Ui::Clear => "Effacer",
        Ui::ExportJson => "Exporter en JSON",
        Ui::ExportCsv => "Exporter en CSV",
        Ui::Print => "Imprimer",
        Ui::PaidMedia => "Médias payants",
        Ui::FunnelAndCustomers => "Entonnoir et clients",
        Ui::WebAnalytics => "Analytics web",
        Ui::SocialPosts => "Publications sociales",
        Ui::CampaignResponses => "Réponses aux campagnes",
        Ui::AutomationAudit => "Audit de l'automatisation marketing",
        Ui::Attribution => "Attribution du CA des affaires",
        Ui::Goals => "Objectifs et hypothèses",
        Ui::Notes => "Décisions et notes",
        Ui::Sheet => "Feuille d'audit vivante",
        Ui::SaveReopen => "Enregistrer et rouvrir",
        Ui::Files => "Fichiers",
        Ui::Cohorts => "Rétention par cohorte d'acquisition (trimestre de la première commande)",
        Ui::ReviewSchedule => "Calendrier des revues",
        Ui::WhyAuditNow => "Pourquoi un audit maintenant",
        Ui::HeadlineCharts => "KPI principaux sur les 12 derniers mois",
        Ui::Trends => "Tendances",
        Ui::LongTerm => "Long terme : en hausse et en baisse",
        Ui::LeadVelocity => "Vélocité des leads",
        Ui::MqlAcceptance => "Acceptation MQL → SQL",
        Ui::Forecast => "Prévision",
        Ui::Precedes => "Ce qui précède chaque étape",
        Ui::Offline => "marketing-audit fonctionne hors ligne et n'envoie aucune requête une fois la page chargée. ",
        Ui::ColFile => "Fichier",
        Ui::ColKind => "Type",
        Ui::ColRowsRead => "Lignes lues",
        Ui::ColUsed => "Utilisées",
        Ui::ColSkipped => "Ignorées",
        Ui::ColRepaired => "Réparées",
        Ui::ColHowRead => "Comment il a été lu",
        Ui::ColLine => "Ligne",
        Ui::ColColumn => "Colonne",
        Ui::ColAction => "Action",
        Ui::ColReason => "Motif",
        Ui::ColText => "Texte",
        Ui::ColStageOrStatus => "Étape ou statut",
        Ui::ColRows => "Lignes",
        Ui::ColCountsAs => "Compte comme",
        Ui::ColField => "Champ",
        Ui::ColConfidence => "Confiance",
        Ui::ColDone => "Fait",
        Ui::ColResult => "Résultat",
        Ui::ColCheck => "Contrôle",
        Ui::ColEvidence => "Éléments",
        Ui::ColProgram => "Programme",
        Ui::ColType => "Type",
        Ui::ColOwner => "Responsable",
        Ui::ColLastReview => "Dernière revue",
        Ui::ColNextReview => "Prochaine revue",
        Ui::ColStatus => "Statut",
        Ui::ColWhyThisDate => "Pourquoi cette date",
        Ui::ColTotal => "Total",
        Ui::ColTrend => "Tendance",
        Ui::ColCohort => "Cohorte",
        Ui::ColKpi => "KPI",
        Ui::ColBaseline => "Référence",
        Ui::CrashTitle => "Un problème est survenu : la page s'est arrêtée",
        Ui::CrashBody => "Ce qui est affiché reste tel quel et peut encore être imprimé depuis le menu du navigateur. Vos fichiers n'ont jamais quitté cet appareil. Les audits enregistrés dans ce navigateur sont conservés : rechargez la page pour recommencer et rouvrez-en un.",
        Ui::CrashReport => "Pour le signaler, copiez le texte ci-dessous dans votre rapport (relisez-le d'abord : il peut citer une valeur de vos fichiers).",
        Ui::ColPearson => "r de Pearson",
        Ui::ColSpearman => "ρ de Spearman",
        Ui::ColAccepted => "Acceptés",
        Ui::ColCustomers => "Clients",
        Ui::ColDaysInStageWeeks => "Jours à l'étape (semaines)",
        Ui::ColDays => "Jours",
        Ui::ColEntries => "Entrées",
        Ui::ColLead => "Lead",
        Ui::ColLeadsNow => "Leads actuels",
        Ui::VelocityFunnelNote => "Leads ayant atteint chaque étape, et la part de l'étape précédente qui a continué.",
        Ui::ColLift => "Effet de levier",
        Ui::ColLimit => "Limite",
        Ui::ColMqlCohort => "Cohorte MQL",
        Ui::ColMqls => "MQL",
        Ui::ColMeanDays => "Jours (moyenne)",
        Ui::ColMedianDays => "Jours (médiane)",
        Ui::ColMedian => "Médiane",
        Ui::MqlAlarm => "Moins de {min} des MQL ont été acceptés : revoyez les règles de scoring maintenant.",
        Ui::ColReEntries => "Réentrées",
        Ui::ColReaching => "Atteignant",
        Ui::ColShare => "Part",
        Ui::ColSince => "Depuis",
        Ui::ColSource => "Source",
        Ui::ColStage => "Étape",
        Ui::ColStillInStage => "Encore à l'étape",
        Ui::ColToNextStage => "Vers l'étape suivante",
        Ui::CorrelationNotCausation => "Corrélation n'est pas causalité. ",
        Ui::NoTrend => "Moins de trois périodes avec des données : pas de tendance à ajuster.",
        Ui::ColLag => "Décalage",
        Ui::ColPoints => "Points",
        Ui::CorrelationWarning => "Deux séries peuvent évoluer ensemble parce qu'un troisième facteur les pousse toutes deux, ou par hasard sur peu de périodes. Traitez une forte corrélation comme une hypothèse à tester par un changement contrôlé, jamais comme une conclusion.",
        Ui::AttributionNote => "Les modèles d'attribution répartissent le mérite selon une règle ; aucun ne mesure ce qu'un contact a causé. Seuls les contacts jusqu'à la date de gain d'une affaire comptent, et un canal absent des fichiers ne peut recevoir aucun mérite.",
        Ui::ModelParameters => "Paramètres des modèles",
        Ui::EmailRatesDivideBy => "Les taux e-mail divisent par ",
        Ui::EngagementDividesBy => "Le taux d'engagement divise par ",
        Ui::IncludeLabour => " Inclure le coût de main-d'œuvre dans le coût, le ROI et la rentabilité des ventes",
        Ui::GrossMargin => "Marge brute % ",
        Ui::HourlyRate => "Taux horaire ",
        Ui::Periods => "Périodes : ",
        Ui::DeliveredEmails => "e-mails délivrés",
        Ui::SentEmails => "e-mails envoyés",
        Ui::OptImpressions => "impressions",
        Ui::OptFollowers => "abonnés",
        Ui::Definitions => "Définition de chaque chiffre : docs/metrics.md dans le projet.",
    }
}

/// The template of a heading with values.
pub(super) fn heading(h: Heading) -> &'static str {
    match h {
        Heading::Headline => "KPI principaux — {period}",
        Heading::TableTitle => "{title} — {period}",
        Heading::EmailHealth => "Santé des e-mails, par {bucket}",
        Heading::CustomersBy => "Clients, par {bucket}",
        Heading::ChannelMix => "Répartition des dépenses par canal, par {bucket}",
        Heading::Checklist => {
            "Check-list — critiques : {critical}, avertissements : {warnings}, réussis : {passed}"
        }
        Heading::RowIssues => {
            "Problèmes de lignes et notes d'import ({count}, ignorées : {skipped})"
        }
        Heading::SalesCycle => {
            "Cycle de vente : médiane {median}, moyenne {mean} (clients : {count})"
        }
        Heading::SinceLastPeriod => "Depuis la période précédente{period}",
    }
}

/// "day" after a number, in the form the number asks for.
pub(super) fn days_noun(p: Plural) -> &'static str {
    match p {
        Plural::One => "jour",
        Plural::Few => "jours",
        Plural::Many => "jours",
    }
}

/// Les mots qui guident la lecture de l'audit.
pub(super) fn guide(g: super::Guide) -> &'static str {
    use super::Guide;
    match g {
        Guide::VerdictTitle => "Ce que l'audit a trouvé",
        Guide::DataLine => "Période auditée : {period}, au {as_of} ; données du {from} au {to} ; fichiers lus : {files} ; lignes utilisées : {rows}.",
        Guide::NoData => "Aucun fichier : déposez vos exports ou chargez la démo.",
        Guide::NoDates => "Fichiers lus : {files} ; lignes utilisées : {rows}. Aucune ligne n'est datée : l'audit porte sur tout le fichier, sans périodes.",
        Guide::FindingsTitle => "Points critiques et alertes",
        Guide::NothingFlagged => "Rien de critique ni d'alerte : chaque contrôle est passé ou n'avait pas de données.",
        Guide::WhatToDo => "À faire : ",
        Guide::DueTitle => "Revues à faire",
        Guide::NothingDue => "Aucune revue de programme en retard ni imminente.",
        Guide::DueOverdue => "{program} : en retard de {days} j",
        Guide::DueSoon => "{program} : prévue le {date}, dans {days} j",
        Guide::Sections => "Sections",
        Guide::DataAndSettings => "Données et réglages",
        Guide::DataSummary => "fichiers lus : {files} ; lignes utilisées : {rows} ; lignes ignorées : {skipped}",
        Guide::SkipToVerdict => "Aller à ce que l'audit a trouvé",
        Guide::NavChecklist => "Liste de contrôle",
        Guide::NavEmail => "Santé des e-mails",
        Guide::NavCustomers => "Clients",
        Guide::NavRowIssues => "Lignes à problème",
        Guide::Continued => "{title} (suite)",
        Guide::StatusReading => "Lecture des fichiers : encore {count}…",
        Guide::NewVersion => "Une nouvelle version de marketing-audit est installée. Rechargez la page pour l'utiliser ; enregistrez d'abord votre audit si vous voulez garder les fichiers et les notes de cette session.",
        Guide::Reload => "Recharger",
        Guide::StatusReady => "Audit prêt ; fichiers lus : {files}.",
        Guide::StatusFile => "Lecture de {file} : {done} sur {total}, {rows} lignes ({rate}/s, {row_rate} lignes/s, encore environ {left})",
        Guide::StatusComputing => "Calcul de l'audit…",
        Guide::CancelReading => "Annuler",
        Guide::ReadingCancelled => "Lecture annulée : {files} laissé(s) de côté. L'audit porte sur les autres fichiers.",
        Guide::EngineStopped => "Le moteur de l'audit s'est arrêté de façon inattendue et a été relancé. Laissé(s) de côté : {files}. Vos autres fichiers, vos réglages et le dernier audit sont conservés ; merci de signaler le fichier en cause.",
        Guide::EngineOnPage => "Ce navigateur n'a pas pu lancer le moteur en arrière-plan : l'audit est calculé dans la page, et les gros fichiers peuvent la figer pendant leur lecture.",
        Guide::StatusEmpty => "Aucun fichier : déposez vos exports ci-dessus ou chargez la démo.",
        Guide::ChartRose => "{metric} : en hausse de {change} entre {from} et {to}.",
        Guide::ChartFell => "{metric} : en baisse de {change} entre {from} et {to}.",
        Guide::ChartSteady => "{metric} : stable entre {from} et {to}, à {value}.",
        Guide::ChartFromZero => "{metric} : de 0 en {from} à {value} en {to}.",
        Guide::ChartLeader => "{group} est en tête avec {value}, soit {share} du total.",
        Guide::ChartThrough => "Sur {first}, {share} sont arrivés à l'étape {last}.",
    }
}

/// Ce qu'il faut faire pour une règle critique ou en alerte.
pub(super) fn rule_action(r: RuleId) -> &'static str {
    match r {
        RuleId::BounceRate => "nettoyez la liste : retirez les rebonds définitifs et reconfirmez les adresses inactives avant le prochain envoi.",
        RuleId::SpamComplaints => "n'écrivez qu'aux personnes inscrites, facilitez la désinscription et ralentissez les envois qui suscitent des plaintes.",
        RuleId::Unsubscribes => "examinez les envois qui ont perdu des lecteurs : fréquence, pertinence et destinataires.",
        RuleId::ListShrinking => "ajoutez des points d'inscription et vérifiez que désinscriptions et rebonds ne dépassent pas les nouveaux abonnés.",
        RuleId::LtvToCac => "baissez le coût d'acquisition des canaux les plus faibles, ou augmentez la valeur client, avant de dépenser plus.",
        RuleId::MqlAcceptance => "revoyez dès maintenant les règles de scoring avec les ventes : les MQL qu'elles refusent sont les mauvais leads.",
        RuleId::HeadlineMove => "trouvez la cause de chaque variation forte avant la prochaine période : campagne, suivi modifié ou saison.",
        RuleId::LongTermFading => "décidez pour chaque série en déclin s'il faut la corriger ou déplacer son budget.",
        RuleId::StagnatingLeads => "donnez à chaque lead bloqué un responsable et une prochaine étape, ou clôturez-le.",
        RuleId::TooLittleData => "attendez un mois de données, ou ajoutez des exports plus anciens, avant de conclure.",
        RuleId::PinnedCount => "épinglez de 3 à 10 KPI pour garder l'essentiel en tête.",
        RuleId::ReviewsOverdue => "planifiez les revues en retard (voir le calendrier des revues).",
    }
}

/// Les phrases à l'intérieur des vues.
pub(super) fn sentence(s: super::Sentence) -> &'static str {
    use super::Sentence;
    match s {
        Sentence::EvidenceFigure => "{metric} — {group} : {value}",
        Sentence::EvidenceFigurePeriod => "{metric} — {group} en {period} : {value}",
        Sentence::EvidenceFigureBase => "{metric} — {group} : {value} (contre {base})",
        Sentence::EvidenceFigurePeriodBase => "{metric} — {group} en {period} : {value} (contre {base})",
        Sentence::DemoBadge => "Données de démonstration.",
        Sentence::FilesList => "Fichiers : {list}.",
        Sentence::PrintSettingsLabourIn => "Périodes : {bucket}. Coût du travail inclus dans le coût, le ROI et le CAC. Les taux e-mail se rapportent aux e-mails {email}. Le taux d'engagement se rapporte aux {engagement}. La définition de chaque chiffre est sous son tableau et dans docs/metrics.md.",
        Sentence::PrintSettingsLabourOut => "Périodes : {bucket}. Coût du travail exclu du coût. Les taux e-mail se rapportent aux e-mails {email}. Le taux d'engagement se rapporte aux {engagement}. La définition de chaque chiffre est sous son tableau et dans docs/metrics.md.",
        Sentence::SaveNote => "Un audit enregistré garde les réglages, les correspondances de colonnes, les KPI épinglés, les objectifs, les notes, la feuille et les chiffres, dans un seul fichier sur votre appareil. Rien n'est envoyé.",
        Sentence::IncludeRaw => "inclure les fichiers bruts",
        Sentence::SaveAudit => "Enregistrer l'audit",
        Sentence::OpenSaved => "Ouvrir un audit enregistré",
        Sentence::ForgetConfirm => "Cliquez encore pour tout oublier",
        Sentence::Forget => "Tout oublier",
        Sentence::EarlierAudits => "Audits précédents enregistrés dans ce navigateur ({n})",
        Sentence::Reopen => "Rouvrir",
        Sentence::Undated => "sans date",
        Sentence::SavedBoth => "Enregistré dans un fichier et dans l'historique de ce navigateur.",
        Sentence::SavedFileOnly => "Enregistré dans un fichier ; l'historique de ce navigateur est indisponible ({error}).",
        Sentence::Reopened => "Audit rouvert.",
        Sentence::ReopenedHistory => "Audit rouvert depuis l'historique de ce navigateur.",
        Sentence::Forgotten => "Tout ce que cette page avait stocké dans le navigateur a été effacé.",
        Sentence::ForgetPartial => "Stockage local effacé ; la base de l'historique n'a pas pu être supprimée ({error}).",
        Sentence::ImportSheet => "Importer la feuille du trimestre dernier",
        Sentence::ExportSheet => "Exporter la feuille (CSV)",
        Sentence::ColAsset => "Élément",
        Sentence::SinceBaseline => "Depuis la référence",
        Sentence::SinceLastAudit => "Depuis le dernier audit",
        Sentence::AddGoal => "Ajouter l'objectif",
        Sentence::GoalAtMost => "au plus",
        Sentence::GoalAtLeast => "au moins",
        Sentence::GoalTarget => "objectif",
        Sentence::GoalTargetPercent => "objectif %",
        Sentence::ReadingAtLine => "Ligne {line} : {note}",
        Sentence::ReadingAtCell => "Ligne {line} ({column}) : {note}",
        Sentence::TotalFoundBySums => "le total propre de l'export (repéré par ses sommes) a été écarté.",
        Sentence::TotalAgreesWithRows => "le total propre de l'export a été écarté ; il concorde avec les lignes.",
        Sentence::ForecastNote => "Hypothèse : les leads actuels de chaque étape (hors ceux qui ont dépassé la limite de stagnation) passent à l'étape suivante au taux de conversion historique, après la durée médiane de l'étape ;",
        Sentence::ForecastStep => "{stage} : {current} actuellement, {rate} → étape suivante, médiane {median}.",
        Sentence::ActionsNote => "Actions observées avant l'entrée dans une étape plus souvent qu'avant les entrées en étape en général (effet de levier > 1). Corrélation n'est pas causalité : testez un changement avant d'attribuer le mérite à une action.",
        Sentence::Histogram => "Histogramme des jours passés en étape {stage}",
        Sentence::StageCountsTitle => "Leads dans chaque étape à la fin de chaque période",
        Sentence::NotSet => "(non renseigné)",
        Sentence::MeanDaysHint => "Dernier séjour terminé de chaque lead",
        Sentence::StillInStageHint => "Leads encore dans l'étape : comptés à part, pas comme des séjours terminés",
        Sentence::AsOf => "Au",
        Sentence::HourlyRateHint => "Valorise une colonne d'heures de travail : coût du travail = heures × taux horaire.",
        Sentence::GrossMarginHint => "Pour la CLV marge ÷ attrition des journaux de commandes ; laissez vide si inconnue.",
        Sentence::VsPeriod => "{change} par rapport à {period}",
        Sentence::ByMonth => "{metric} par mois",
        Sentence::ChooseHeadline => "Choisir les KPI principaux",
        Sentence::SplitBy => "Ventiler par",
        Sentence::PeriodMenu => "Période",
        Sentence::WholeRange => "Toute la période",
        Sentence::WholeRangeInTitle => "toute la période",
        Sentence::FindGroup => "Chercher un groupe",
        Sentence::ShowAll => "Tout afficher",
        Sentence::HowComputed => "Comment ces chiffres sont calculés",
        Sentence::Last12Months => "12 derniers mois",
        Sentence::YearBefore => "Un an plus tôt",
        Sentence::SeriesTotal => "Total",
        Sentence::ByMonthWithYearBefore => "{metric} par mois, comparé à l'année précédente",
        Sentence::SpendStacked => "Dépenses par canal, empilées",
        Sentence::ByBucket => "{metric} {by}",
        Sentence::ByDimensionWholeRange => "{metric} par {dimension}, toute la période",
        Sentence::RoseVsPrevious => "{group} a augmenté de {change} par rapport à la période précédente",
        Sentence::RoseVsYearAgo => "{group} a augmenté de {change} par rapport à l'an dernier",
        Sentence::FellVsPrevious => "{group} a baissé de {change} par rapport à la période précédente",
        Sentence::FellVsYearAgo => "{group} a baissé de {change} par rapport à l'an dernier",
        Sentence::NothingToFlag => "Aucune variation ne dépasse les deux seuils ({threshold} et un montant minimal) : rien à signaler.",
        Sentence::MovesWith => "{metric} et {other} évoluent-ils ensemble ?",
        Sentence::SecondMetric => "Second indicateur",
        Sentence::SamePeriod => "même période",
        Sentence::HypothesisTogether => "Hypothèse à tester : {a} et {b} évoluent dans le même sens sur la même période. Modifiez l'un volontairement (sur une campagne, pendant une période) et observez l'autre.",
        Sentence::HypothesisOpposite => "Hypothèse à tester : {a} et {b} évoluent en sens inverse sur la même période. Modifiez l'un volontairement (sur une campagne, pendant une période) et observez l'autre.",
        Sentence::NoCorrelation => "Aucune corrélation assez forte (|r| ≥ {r}, au moins {points} points) pour suggérer une hypothèse.",
        Sentence::Tuned => "calibrée",
        Sentence::NoDataForCheck => "Aucune donnée pour ce contrôle.",
        Sentence::InventoryPrompt => "Déposez un inventaire des programmes (programme, type, date de mise en place, dernière revue, responsable), ou ajoutez des programmes ci-dessous, pour obtenir la prochaine date de revue de chacun.",
        Sentence::AddToCalendar => "Ajouter au calendrier (.ics)",
        Sentence::IcsSummary => "Revue : {program}",
        Sentence::StatusOverdue => "en retard de {days} j",
        Sentence::StatusDueSoon => "à faire dans {days} j",
        Sentence::StatusScheduled => "dans {days} j",
        Sentence::ThresholdsTitle => "Seuils et fréquences de revue",
        Sentence::BounceWarning => "Alerte taux de rebond %",
        Sentence::BounceCritical => "Seuil critique taux de rebond %",
        Sentence::SpamWarning => "Alerte plaintes pour spam %",
        Sentence::SpamCritical => "Seuil critique plaintes pour spam %",
        Sentence::UnsubscribesPerSend => "Désabonnements par envoi %",
        Sentence::LtvCacMinimum => "Ratio LTV : CAC minimum",
        Sentence::MqlAcceptanceMinimum => "Taux d'acceptation des MQL minimum %",
        Sentence::ShortTermChange => "Variation à court terme %",
        Sentence::ShortTermPoints => "… et pour les taux, en points",
        Sentence::MinimumDays => "Nombre minimal de jours de données",
        Sentence::StagnatingAfter => "{stage}, stagnant au-delà de (jours)",
        Sentence::NurtureDays => "Nurturing, jours",
        Sentence::AutomationFirst => "Automatisation, première revue après",
        Sentence::AutomationEvery => "Automatisation, ensuite tous les",
        Sentence::ScoringDays => "Scoring, jours",
        Sentence::ScoringTunedDays => "Scoring une fois calibré, jours",
        Sentence::AssignmentDays => "Attribution des leads, jours",
        Sentence::ContentDays => "Groupe de contenus, jours",
        Sentence::DueSoonDays => "Échéance proche sous, jours",
        Sentence::ListSize => "Taille de la liste : {value} (contre {base})",
        Sentence::EveryRowUsed => "Chaque ligne de chaque fichier a été utilisée telle quelle.",
        Sentence::FilterIssues => "Filtrer les anomalies",
        Sentence::ExportIssues => "Exporter les anomalies en CSV",
        Sentence::ExportToSeeAll => "Exportez la liste pour tout voir d'un coup.",
        Sentence::Detected => "Détecté ({detected})",
        Sentence::KindMenu => "Type",
        Sentence::EncodingMenu => "Encodage",
        Sentence::NumbersMenu => "Nombres",
        Sentence::DatesMenu => "Dates",
        Sentence::DayFirst => "Jour d'abord (31/12)",
        Sentence::MonthFirst => "Mois d'abord (12/31)",
        Sentence::AmbiguousDates => "Une date comme 03/04 peut être le 3 avril ou le 4 mars, et aucune date de ce fichier ne permet de trancher.",
        Sentence::WhichStages => "Parmi ces étapes, lesquelles sont gagnées, perdues ou encore ouvertes ? Clients, chiffre d'affaires, taux de conversion et pipeline ne s'affichent qu'une fois chaque affaire connue.",
        Sentence::NoGoal => "Aucun objectif pour l'instant. Pour chaque KPI que vous voulez faire bouger : qu'est-ce qui le fera bouger selon vous, de combien, et d'ici quand ?",
        Sentence::WasRealistic => "Était-ce réaliste ?",
        Sentence::WhatWeLearned => "Ce que nous avons appris",
        Sentence::DecisionsPlaceholder => "Ce qui a été décidé lors de cet audit, et par qui.",
        Sentence::DecisionsLabel => "Décisions et notes",
        Sentence::ColHypothesis => "Hypothèse",
        Sentence::ColTarget => "Objectif",
        Sentence::ColBy => "Échéance",
        Sentence::ColRealistic => "Réaliste ?",
        Sentence::Yes => "oui",
        Sentence::No => "non",
        Sentence::Remove => "Supprimer",
        Sentence::ThinData => "peu de données",
        Sentence::ThinDataHint => "Moins de {clicks} clics ou de {leads} leads : sur des volumes aussi faibles, les taux varient beaucoup par hasard.",
        Sentence::SourcesFrom => "Fichiers source : {files}.",
        Sentence::EmailNote => "Les taux d'ouverture, de clic, de désabonnement et de plainte divisent par les e-mails {base} ; le taux de réactivité divise par les ouvertures uniques.",
        Sentence::ChurnNote => "Un client actif sur la période précédente et sans commande sur celle-ci est compté comme perdu (attrition) ; la rétention vaut 1 − attrition.",
        Sentence::CohortOffset => "+{k} trim.",
        Sentence::MetricMenu => "Indicateur",
        Sentence::Fit => "(ajustement r² {r})",
        Sentence::EnteredInPage => "Saisis dans la page :",
        Sentence::RemoveNamed => "Supprimer {name}",
        Sentence::SetUp => "Date de mise en place",
        Sentence::DateAs => "Saisissez la date au format {pattern}",
        Sentence::AddProgram => "Ajouter le programme",
        Sentence::RemoveFile => "Retirer ce fichier de l'audit",
        Sentence::ColumnNamed => "{header} (col. {n})",
        Sentence::ColumnNumber => "col. {n}",
        Sentence::ResetToDetected => "Revenir aux valeurs détectées",
        Sentence::OutcomeOfStage => "Issue de l'étape {stage}",
        Sentence::NotKnown => "— inconnue —",
        Sentence::YourChoice => "votre choix",
        Sentence::FieldOfColumn => "Champ de la colonne {column}",
        Sentence::NotUsed => "— non utilisée —",
        Sentence::FilesAndActions => "Fichiers et actions",
        Sentence::FormulaSettings => "Réglages des formules",
        Sentence::FunnelName => "Entonnoir",
        Sentence::FunnelTitle => "Entonnoir : leads ayant atteint chaque étape",
        Sentence::NoDataToDraw => "{title} : aucune donnée à tracer.",
        Sentence::HypothesisPlaceholder => "Hypothèse : ce qui le fera bouger",
        Sentence::Direction => "Sens",
        Sentence::AttributionTouched => "Affaires gagnées avec un contact le jour du gain ou avant : {touched} sur {deals} (points de contact lus : {touches}) ; chaque modèle répartit leur chiffre d'affaires entre ces contacts.",
        Sentence::AttributionUnattributed => "Affaires sans contact avant le gain : {count} ({revenue} de chiffre d'affaires), exclues de toutes les colonnes.",
        Sentence::RowsMenu => "Lignes",
        Sentence::HalfLifeDays => "Demi-vie du modèle dégressif, en jours",
        Sentence::CustomFirst => "Personnalisé : premier",
        Sentence::CustomMiddle => "Personnalisé : milieu",
        Sentence::CustomLast => "Personnalisé : dernier",
        Sentence::GoalPending => "en attente (actuellement {now})",
        Sentence::GoalHit => "atteint : {actual} ({margin} de mieux)",
        Sentence::GoalMissed => "manqué : {actual} (écart : {short})",
    }
}

/// Les phrases autour d'un nombre, à chaque forme du pluriel (singulier pour 0 et 1).
pub(super) fn counted(c: super::Counted, p: Plural) -> &'static str {
    use super::Counted;
    use Plural::*;
    match (c, p) {
        (Counted::MqlsAccepted, One | Few | Many) => "MQL acceptés : {accepted} sur {n} ; encore en attente : {pending}.",
        (Counted::WonBeforeContact, One) => "{n} affaire gagnée avant le premier contact a été écartée comme anomalie de données.",
        (Counted::WonBeforeContact, Few | Many) => "{n} affaires gagnées avant le premier contact ont été écartées comme anomalies de données.",
        (Counted::Stagnating, One) => "{n} lead stagnant (au-delà de la limite de son étape)",
        (Counted::Stagnating, Few | Many) => "{n} leads stagnants (au-delà de la limite de leur étape)",
        (Counted::LongestShown, One) => "{n} lead affiché, le plus ancien ; l'export les liste tous.",
        (Counted::LongestShown, Few | Many) => "Les {n} plus anciens sont affichés ; l'export les liste tous.",
        (Counted::ShowingGroups, One | Few | Many) => "Groupes affichés : {shown} sur {n}.",
        (Counted::ShowingGroupsMatching, One | Few | Many) => "Groupes affichés : {shown} sur {n} (correspondant à « {search} » : {matching}).",
        (Counted::ShowTop, One) => "Afficher seulement {n} groupe, le plus grand",
        (Counted::ShowTop, Few | Many) => "Afficher seulement les {n} plus grands",
        (Counted::PeriodsLater, One) => "{n} période plus tard",
        (Counted::PeriodsLater, Few | Many) => "{n} périodes plus tard",
        (Counted::HypothesisFollows, One) => "Hypothèse à tester : {b} suit {a} avec {n} période de décalage. Faites un changement contrôlé et vérifiez si l'effet arrive avec ce délai.",
        (Counted::HypothesisFollows, Few | Many) => "Hypothèse à tester : {b} suit {a} avec {n} périodes de décalage. Faites un changement contrôlé et vérifiez si l'effet arrive avec ce délai.",
        (Counted::HypothesisAgainst, One) => "Hypothèse à tester : {b} évolue à l'inverse de {a} avec {n} période de décalage. Faites un changement contrôlé et vérifiez si l'effet arrive avec ce délai.",
        (Counted::HypothesisAgainst, Few | Many) => "Hypothèse à tester : {b} évolue à l'inverse de {a} avec {n} périodes de décalage. Faites un changement contrôlé et vérifiez si l'effet arrive avec ce délai.",
        (Counted::Checked, One) => "{n} élément vérifié.",
        (Counted::Checked, Few | Many) => "{n} éléments vérifiés.",
        (Counted::AndMore, One) => "… et {n} autre",
        (Counted::AndMore, Few | Many) => "… et {n} autres",
        (Counted::DaysOfData, One) => "{group} : {n} jour de données",
        (Counted::DaysOfData, Few | Many) => "{group} : {n} jours de données",
        (Counted::DaysOverdue, One) => "{group} : {n} jour de retard",
        (Counted::DaysOverdue, Few | Many) => "{group} : {n} jours de retard",
        (Counted::KpisPinned, One) => "{n} KPI épinglé",
        (Counted::KpisPinned, Few | Many) => "{n} KPI épinglés",
        (Counted::StagnatingEvidence, One) => "Lead {lead} en {stage} depuis {n} jour (limite {limit})",
        (Counted::StagnatingEvidence, Few | Many) => "Lead {lead} en {stage} depuis {n} jours (limite {limit})",
        (Counted::ColumnsMapped, One | Few | Many) => "Colonnes associées : {mapped} sur {n} · {encoding} · {delimiter}",
        (Counted::CrmJoined, One) => "Fichiers CRM joints sur l'identifiant du lead : {n} lead.",
        (Counted::CrmJoined, Few | Many) => "Fichiers CRM joints sur l'identifiant du lead : {n} leads.",
        (Counted::ShowingIssues, One | Few | Many) => "Affichées : {shown} sur {n}.",
        (Counted::ShowMore, One | Few | Many) => "Afficher {n} de plus",
        (Counted::PrintedFirst, One | Few | Many) => "Seules les {shown} premières sur {n} sont imprimées ; l'export les contient toutes.",
        (Counted::ShowingStageValues, One | Few | Many) => "Valeurs d'étape affichées : {shown} sur {n}.",
        (Counted::ShowingColumns, One | Few | Many) => "Affichage des {shown} premières colonnes sur {n}, et de toutes les colonnes associées.",
        (Counted::StageValueRows, One) => "{value} ({n} ligne)",
        (Counted::StageValueRows, Few | Many) => "{value} ({n} lignes)",
        (Counted::PinAdvice, One) => "{n} KPI principal épinglé ; les guides d'audit en recommandent de {min} à {max}.",
        (Counted::PinAdvice, Few | Many) => "{n} KPI principaux épinglés ; les guides d'audit en recommandent de {min} à {max}.",
        (Counted::Slope, One) => "{group} : {slope} par {bucket} sur {n} période{fit}",
        (Counted::Slope, Few | Many) => "{group} : {slope} par {bucket} sur {n} périodes{fit}",
        (Counted::DealsUnmatched, One) => "{n} affaire ne correspond à aucun lead et compte comme un client sans source : {deals}.",
        (Counted::DealsUnmatched, Few | Many) => "{n} affaires ne correspondent à aucun lead et comptent comme des clients sans source : {deals}.",
        (Counted::LeadsWithoutStages, One) => "{n} lead n'apparaît dans aucun fichier de changements d'étape.",
        (Counted::LeadsWithoutStages, Few | Many) => "{n} leads n'apparaissent dans aucun fichier de changements d'étape.",
        (Counted::MoreInRowIssues, One) => "… et {n} autre dans les problèmes de lignes ci-dessous.",
        (Counted::MoreInRowIssues, Few | Many) => "… et {n} autres dans les problèmes de lignes ci-dessous.",
    }
}
