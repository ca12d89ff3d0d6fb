//! Romanian: the words a Romanian marketing team uses (rată de deschidere, cost per
//! lead, cost de achiziție client). Counts of 20 and more take "de" ("20 de rânduri").

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
use crate::ui::locale::{Locale, Plural};

/// The short column label of a metric.
pub(super) fn metric_label(m: MetricId) -> &'static str {
    use MetricId::*;
    match m {
        Spend => "Cheltuieli",
        Impressions => "Afișări",
        Reach => "Acoperire",
        Clicks => "Clicuri",
        Conversions => "Conversii",
        AdLeads => "Lead-uri din reclame",
        Revenue => "Venituri",
        LabourCost => "Costul muncii",
        Cost => "Cost",
        Ctr => "Rata de clic",
        Cpc => "Cost per clic",
        Cpm => "CPM",
        Cpl => "Cost per lead",
        CostPerConversion => "Cost / conv.",
        Roas => "ROAS",
        Roi => "Rentabilitatea investiției",
        ReturnOnSales => "Rentabilitatea vânzărilor",
        ClickToConversionRate => "Clic → conv.",
        EmailsSent => "Trimise",
        EmailsDelivered => "Livrate",
        EmailBounces => "Respinse",
        EmailOpens => "Deschideri unice",
        EmailClicks => "Clicuri unice",
        EmailUnsubscribes => "Dezabonări",
        EmailSpamComplaints => "Reclamații de spam",
        DeliveryRate => "Rată de livrare",
        BounceRate => "Rată de respingere",
        OpenRate => "Rată de deschidere",
        ClickRate => "Rata de clic (e-mail)",
        ClickToOpenRate => "Clic din deschideri",
        UnsubscribeRate => "Rată de dezabonare",
        SpamComplaintRate => "Rată de reclamații de spam",
        Leads => "Lead-uri",
        Mqls => "MQL-uri",
        Sqls => "SQL-uri",
        Customers => "Clienți noi",
        DealsWon => "Oportunități câștigate",
        DealRevenue => "Venituri din oportunități",
        DealsLost => "Oportunități pierdute",
        WinRate => "Rată de câștig",
        DealsOpen => "Oportunități deschise",
        PipelineValue => "Valoarea pipeline-ului",
        DaysToClose => "Zile până la închidere",
        MqlToSqlRate => "MQL → SQL",
        LeadToCustomerRate => "Lead → client",
        Cac => "Cost de achiziție client",
        AverageOrderValue => "Valoarea medie a comenzii",
        Clv => "Valoarea clientului pe viață",
        LtvToCac => "Valoarea pe viață ÷ CAC = venituri din oportunități ÷ cost.",
        StageCount => "Lead-uri în etapă",
        TimeInStageDaysMean => "Zile în etapă (medie)",
        TimeInStageDaysMedian => "Zile în etapă (mediană)",
        TimeInStageDaysP90 => "Zile în etapă (p90)",
        StageConversionRate => "Conversia etapei",
        SalesCycleDaysMean => "Ciclu de vânzare (zile, medie)",
        SalesCycleDaysMedian => "Ciclu de vânzare (zile, mediană)",
        Visitors => "Vizitatori",
        Sessions => "Sesiuni",
        WebConversions => "Conversii web",
        WebLeads => "Lead-uri web",
        VisitorToLeadRate => "Vizitator → lead",
        LandingPageConversionRate => "Conv. pagină de destinație",
        Engagements => "Interacțiuni",
        EngagementRate => "Rată de interacțiune",
        Orders => "Comenzi",
        TransactionRevenue => "Venituri din comenzi",
        PurchaseFrequency => "Comenzi per client",
        ActiveCustomers => "Clienți activi",
        ChurnRate => "Rată de pierdere a clienților",
        RetentionRate => "Rată de retenție",
        AcquisitionRate => "Rată de achiziție",
        ClvMargin => "Valoarea pe viață (marjă ÷ pierdere)",
        ListGrowthRate => "Creșterea listei",
        ListSize => "Mărimea listei",
        Cpa => "Cost per achiziție",
        MarketingInfluencedRevenueShare => "Venituri influențate de marketing",
        Csat => "CSAT",
        Contacts => "Contacte",
        Responses => "Răspunsuri",
        ResponseRate => "Rată de răspuns",
        OrdersCancelled => "Comenzi anulate",
        OrdersPending => "Comenzi în așteptare",
        EmailRevenue => "Venituri din e-mail",
        EmailOrders => "Comenzi din e-mail",
        RevenuePerRecipient => "Venit per destinatar",
        EmailOrderRate => "Rată de comandă din e-mail",
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
        Spend => "Suma cheltuielilor (fișierele de reclame).",
        Impressions => "Suma afișărilor.",
        Reach => "Suma acoperirii raportate pe fiecare rând (o persoană atinsă pe mai multe rânduri contează pe fiecare).",
        Clicks => "Suma clicurilor pe reclame.",
        Conversions => "Suma conversiilor.",
        AdLeads => "Suma lead-urilor raportate de platformele de reclame (după propria lor atribuire).",
        Revenue => "Suma veniturilor raportate împreună cu datele de reclame.",
        LabourCost => "Costul muncii înregistrat cu datele de reclame, plus orele de muncă × tariful tău orar când ambele sunt date.",
        Cost => "Cheltuieli + costul muncii (când este inclus).",
        Ctr => "Clicuri ÷ afișări.",
        Cpc => "Cheltuieli ÷ clicuri.",
        Cpm => "Cheltuieli ÷ afișări × 1.000.",
        Cpl => "Cheltuieli ÷ lead-uri din reclame (lead-urile pe care platformele le atribuie campaniei).",
        CostPerConversion => "Cheltuieli ÷ conversii.",
        Roas => "Venituri ÷ cheltuieli.",
        Roi => "(Venituri − cost) ÷ cost. Costul include munca atunci când este activată.",
        ReturnOnSales => "(Venituri − cost) ÷ venituri — ceea ce unele ghiduri numesc „ROI”.",
        ClickToConversionRate => "Conversii ÷ clicuri.",
        EmailsSent => "Suma e-mailurilor trimise (destinatari).",
        EmailsDelivered => "Suma e-mailurilor livrate (trimise − respinse când nu sunt raportate).",
        EmailBounces => "Suma respingerilor (trimise − livrate când nu sunt raportate).",
        EmailOpens => "Suma deschiderilor unice.",
        EmailClicks => "Suma clicurilor unice.",
        EmailUnsubscribes => "Suma dezabonărilor.",
        EmailSpamComplaints => "Suma reclamațiilor de spam.",
        DeliveryRate => "Livrate ÷ trimise.",
        BounceRate => "Respinse ÷ trimise.",
        OpenRate => over_base("Deschideri unice ÷ livrate.", "Deschideri unice ÷ trimise."),
        ClickRate => over_base("Clicuri unice ÷ livrate.", "Clicuri unice ÷ trimise."),
        ClickToOpenRate => "Clicuri unice ÷ deschideri unice (unele unelte îl numesc CTR).",
        UnsubscribeRate => over_base("Dezabonări ÷ livrate.", "Dezabonări ÷ trimise."),
        SpamComplaintRate => over_base("Reclamații de spam ÷ livrate.", "Reclamații de spam ÷ trimise."),
        Leads => "Lead-uri create în perioadă (fișierul de lead-uri din CRM, altfel prima intrare într-o etapă).",
        Mqls => "Lead-uri care intră prima dată în MQL în perioadă (schimbări de etapă).",
        Sqls => "Lead-uri care intră prima dată în SQL în perioadă (schimbări de etapă).",
        Customers => "Lead-uri a căror primă oportunitate a fost câștigată în perioadă (oportunități, altfel o etapă Client).",
        DealsWon => "Oportunități câștigate în perioadă.",
        DealRevenue => "Suma valorilor oportunităților câștigate în perioadă.",
        DealsLost => "Oportunități pierdute, după data închiderii (fișiere de oportunități cu o coloană de etapă sau stare).",
        WinRate => "Oportunități câștigate ÷ (câștigate + pierdute), după data închiderii.",
        DealsOpen => "Oportunități încă deschise în export (doar pe tot intervalul).",
        PipelineValue => "Suma valorilor oportunităților deschise (doar pe tot intervalul).",
        DaysToClose => "Media zilelor întregi de la data creării unei oportunități câștigate până la data închiderii ei.",
        MqlToSqlRate => "SQL-uri ÷ MQL-uri în aceeași perioadă (un raport de flux).",
        LeadToCustomerRate => "Clienți noi ÷ lead-uri noi în aceeași perioadă (un raport de flux).",
        Cac => "Cost (cheltuieli, plus munca atunci când este inclusă) ÷ clienți noi în aceeași perioadă.",
        AverageOrderValue => "Venituri din oportunități ÷ oportunități câștigate.",
        Clv => "Venituri din oportunități ÷ clienți noi (valoarea istorică per client).",
        LtvToCac => "Valoarea pe viață ÷ CAC = venituri din oportunități ÷ cost. Sub 3 este un semnal de alarmă.",
        StageCount => "Lead-uri a căror ultimă intrare în etapă (până în acea zi) este această etapă, la sfârșitul zilei sau al perioadei.",
        TimeInStageDaysMean => "Media zilelor întregi de la intrarea în etapă până la intrarea în următoarea (sau data ieșirii), ultima ședere per lead; lead-urile încă în etapă sunt excluse.",
        TimeInStageDaysMedian => "Mediana zilelor întregi în etapă, ultima ședere încheiată per lead.",
        TimeInStageDaysP90 => "Percentila 90 a zilelor întregi în etapă (interpolare liniară), ultima ședere încheiată per lead.",
        StageConversionRate => "Lead-uri care au ajuns în această etapă ÷ lead-uri care au ajuns în etapa anterioară (a ajunge într-o etapă ulterioară înseamnă a le fi trecut pe cele dinainte).",
        SalesCycleDaysMean => "Media zilelor întregi de la primul contact (sau creare) până la prima oportunitate câștigată.",
        SalesCycleDaysMedian => "Mediana zilelor întregi de la primul contact (sau creare) până la prima oportunitate câștigată.",
        Visitors => "Suma vizitatorilor unici (utilizatori) din rândurile de analiză web (un vizitator pe mai multe rânduri contează pe fiecare).",
        Sessions => "Suma sesiunilor (vizitelor).",
        WebConversions => "Suma conversiilor (obiective atinse, evenimente cheie) din fișierele de analiză web.",
        WebLeads => "Suma lead-urilor (formulare trimise) din fișierele de analiză web.",
        VisitorToLeadRate => "Lead-uri web ÷ vizitatori.",
        LandingPageConversionRate => "Conversii web ÷ sesiuni, per pagină de destinație.",
        Engagements => "Aprecieri + distribuiri + comentarii + repostări ale postărilor sociale.",
        EngagementRate => match engagement {
            EngagementBase::Impressions => "(Aprecieri + distribuiri + comentarii + repostări) ÷ afișări.",
            EngagementBase::Followers => "(Aprecieri + distribuiri + comentarii + repostări) ÷ urmăritori, însumat pe postări.",
        },
        Orders => "Comenzi plasate în perioadă: numere de comandă distincte (una per rând fără număr); comenzile anulate și neplătite sunt numărate separat.",
        TransactionRevenue => "Suma valorilor comenzilor (totalul o dată per comandă, altfel cantitate × preț unitar pe linii), fără rambursări; facturile de stornare se scad, comenzile rambursate și neplătite nu adaugă nimic.",
        PurchaseFrequency => "Comenzi cu un client ÷ clienți activi.",
        ActiveCustomers => "Clienți distincți cu o comandă plasată în perioadă (comenzile fără client sunt excluse).",
        ChurnRate => "Clienți activi în perioada anterioară fără nicio comandă în aceasta ÷ clienți activi în perioada anterioară.",
        RetentionRate => "Clienți activi în perioada anterioară care au comandat din nou în aceasta ÷ clienți activi în perioada anterioară (1 − pierdere).",
        AcquisitionRate => "Clienți a căror primă comandă este în perioadă ÷ clienți activi.",
        ClvMargin => "Venit per client activ × marja ta brută ÷ rata de pierdere, per perioadă (setează marja în Setări).",
        ListGrowthRate => "(Abonați noi − dezabonări − respinse) ÷ mărimea listei la începutul perioadei; fără o coloană de abonați noi, (mărimea la sfârșit − la început) ÷ la început.",
        ListSize => "Abonații din listă la ultima trimitere din perioadă, așa cum o arată fișierul de e-mail.",
        Cpa => "Cost (cheltuieli, plus munca atunci când este inclusă) ÷ conversii.",
        MarketingInfluencedRevenueShare => "Venituri din oportunități câștigate de la lead-uri cu sursă de marketing ÷ toate veniturile din oportunități.",
        Csat => "Răspunsuri de 4 sau 5 ÷ răspunsuri pe scala 1–5.",
        Contacts => "Contacte cu un rezultat de campanie cunoscut (da/nu, 1/0).",
        Responses => "Contacte al căror rezultat este da (sau 1, acceptat, abonat…).",
        ResponseRate => "Răspunsuri ÷ contacte cu rezultat cunoscut.",
        OrdersCancelled => "Comenzi anulate, rambursate, invalidate sau eșuate: facturi numerotate C…, comenzi cu toate cantitățile negative sau cu o astfel de stare. Nu sunt numărate în comenzi.",
        OrdersPending => "Comenzi încă neplătite (în așteptare, autorizate, suspendate). Nu sunt numărate în comenzi sau venituri.",
        EmailRevenue => "Suma veniturilor raportate de unealta de e-mail (propria ei atribuire; niciodată adăugată la veniturile din reclame sau la ROAS).",
        EmailOrders => "Suma comenzilor raportate de unealta de e-mail.",
        RevenuePerRecipient => over_base("Venituri din e-mail ÷ livrate.", "Venituri din e-mail ÷ trimise."),
        EmailOrderRate => over_base("Comenzi din e-mail ÷ livrate.", "Comenzi din e-mail ÷ trimise."),
    }
}

/// The name of a file kind.
pub(super) fn kind_label(k: FileKind) -> &'static str {
    match k {
        FileKind::AdPerformance => "Performanța reclamelor",
        FileKind::EmailCampaigns => "Campanii de e-mail",
        FileKind::Leads => "Lead-uri",
        FileKind::StageChanges => "Schimbări de etapă ale lead-urilor",
        FileKind::Deals => "Oportunități",
        FileKind::Programs => "Inventarul programelor",
        FileKind::WebAnalytics => "Analiză web",
        FileKind::SocialPosts => "Postări sociale",
        FileKind::Surveys => "Sondaje (CSAT)",
        FileKind::Transactions => "Tranzacții (comenzi)",
        FileKind::Touchpoints => "Puncte de contact",
        FileKind::Responses => "Răspunsuri la campanii",
        FileKind::Unknown => "Nerecunoscut",
    }
}

/// The name of a dimension.
pub(super) fn dimension_label(d: Dimension) -> &'static str {
    match d {
        Dimension::Total => "Total",
        Dimension::Campaign => "Campanie",
        Dimension::Channel => "Canal",
        Dimension::Source => "Sursă",
        Dimension::AdGroup => "Grup de anunțuri",
        Dimension::Segment => "Segment",
        Dimension::Stage => "Etapă",
        Dimension::LandingPage => "Pagină de destinație",
        Dimension::LossReason => "Motivul pierderii",
        Dimension::Column(_) => "Coloană",
    }
}

/// The name of a period size.
pub(super) fn bucket_label(b: Bucket) -> &'static str {
    match b {
        Bucket::Day => "Zi",
        Bucket::Week => "Săptămână ISO",
        Bucket::Month => "Lună",
        Bucket::Quarter => "Trimestru",
        Bucket::Year => "An",
    }
}

/// "By month" and the like, after a metric's name in a chart title: a whole phrase,
/// so each language declines the period as its preposition wants.
pub(super) fn by_bucket(b: Bucket) -> &'static str {
    match b {
        Bucket::Day => "pe zile",
        Bucket::Week => "pe săptămâni ISO",
        Bucket::Month => "pe luni",
        Bucket::Quarter => "pe trimestre",
        Bucket::Year => "pe ani",
    }
}

/// What was done about an issue.
pub(super) fn action_label(a: Action) -> &'static str {
    match a {
        Action::Skipped => "omis",
        Action::Repaired => "reparat",
        Action::Noted => "notat",
    }
}

/// The message of a file that could not be read.
pub(super) fn error_message(k: &ErrorKind) -> &'static str {
    match k {
        ErrorKind::Empty => "Fișierul este gol.",
        ErrorKind::Binary => "Fișierul nu este nici text, nici registru de calcul (un PDF, o imagine?). Exportați-l ca CSV sau .xlsx.",
        ErrorKind::NoHeader => "Nu s-a găsit niciun rând de antet.",
        ErrorKind::Unreadable => "Browserul nu a putut citi fișierul de pe disc.",
        ErrorKind::TooLarge => "Fișierul are mai multe rânduri decât poate păstra această pagină în memorie alături de celelalte fișiere (circa 1 GB în total după citire): niciunul nu este numărat. Exportă-l însumat pe zi sau pe săptămână, sau pe o perioadă mai scurtă.",
        ErrorKind::OldWorkbook => "Acesta este un registru Excel 97–2003 (.xls) sau un registru protejat cu parolă: niciunul nu poate fi citit aici. Deschideți-l în programul de calcul tabelar și salvați-l ca .xlsx (fără parolă) sau ca CSV.",
        ErrorKind::DamagedArchive => "Fișierul (registru .xlsx sau arhivă zip) nu a putut fi citit: este deteriorat sau incomplet (o descărcare întreruptă?). Descărcați-l din nou sau deschideți-l și salvați-l ca .xlsx sau CSV.",
        ErrorKind::NoTable => "Această arhivă nu conține nicio foaie cu valori și niciun fișier CSV (un fișier OpenDocument .ods sau o arhivă cu alte fișiere?). Salvați tabelul ca .xlsx sau CSV.",
    }
}

/// Why a saved audit was refused.
pub(super) fn open_error(e: &OpenError) -> &'static str {
    match e {
        OpenError::NotASavedAudit => "Acest fișier nu este un audit salvat de această pagină. Nu s-a schimbat nimic.",
        OpenError::Newer { .. } => "Acest audit a fost salvat de o versiune mai nouă a paginii (formatul {version}). Deschideți-l acolo sau actualizați această pagină. Nu s-a schimbat nimic.",
        OpenError::Damaged => "Acest audit salvat este deteriorat (trunchiat sau modificat) și nu poate fi deschis. Nu s-a schimbat nimic.",
        OpenError::TooLarge => "Acest fișier este prea mare pentru a fi un audit salvat. Nu s-a schimbat nimic.",
    }
}

/// Why an audit sheet was refused.
pub(super) fn sheet_error(e: &SheetError) -> &'static str {
    match e {
        SheetError::NotASheet => "Nu este o foaie de audit: se așteptau coloanele asset, metric, baseline, apoi câte o dată pentru fiecare audit. Foaia nu a fost schimbată.",
        SheetError::BadDate(_) => "Nu este o foaie de audit: coloana {date} nu este o dată (AAAA-LL-ZZ). Foaia nu a fost schimbată.",
        SheetError::RepeatedDate(_) => "Nu este o foaie de audit: data {date} apare în capul a două coloane. Foaia nu a fost schimbată.",
        SheetError::Damaged { .. } => "Această foaie de audit este deteriorată la linia {line} (mai multe celule decât coloane sau ilizibilă). Foaia nu a fost schimbată.",
        SheetError::TooLarge => "Acest fișier este prea mare pentru a fi o foaie de audit. Foaia nu a fost schimbată.",
    }
}

/// The name of an email base.
pub(super) fn email_base_label(b: EmailBase) -> &'static str {
    match b {
        EmailBase::Delivered => "livrate",
        EmailBase::Sent => "trimise",
    }
}

/// The base of the engagement rate, as the settings show it.
pub(super) fn engagement_base_label(b: EngagementBase) -> &'static str {
    match b {
        EngagementBase::Impressions => "afișări",
        EngagementBase::Followers => "urmăritori",
    }
}

/// The name of a canonical field, as the mapping editor shows it.
pub(super) fn field_label(f: Field) -> &'static str {
    match f {
        Field::Date => "Dată",
        Field::Channel => "Canal",
        Field::Campaign => "Campanie",
        Field::AdGroup => "Grup de anunțuri / set de reclame",
        Field::Source => "Sursă",
        Field::Spend => "Cheltuieli",
        Field::Impressions => "Afișări",
        Field::Reach => "Acoperire",
        Field::Clicks => "Clicuri",
        Field::Conversions => "Conversii",
        Field::Leads => "Lead-uri",
        Field::Revenue => "Venituri",
        Field::LabourCost => "Costul muncii",
        Field::LabourHours => "Ore de muncă",
        Field::ChurnDate => "Data plecării",
        Field::Baseline => "Valoare de referință",
        Field::Sent => "E-mailuri trimise",
        Field::Delivered => "Livrate",
        Field::Bounces => "Respinse",
        Field::Opens => "Deschideri unice",
        Field::Unsubscribes => "Dezabonări",
        Field::SpamComplaints => "Reclamații de spam",
        Field::Orders => "Comenzi",
        Field::ListSize => "Mărimea listei",
        Field::LeadId => "ID lead",
        Field::CreatedDate => "Creat / primul contact",
        Field::Score => "Scor lead",
        Field::Stage => "Etapă",
        Field::EnteredAt => "Intrat în etapă la",
        Field::ExitedAt => "Ieșit din etapă la",
        Field::Action => "Acțiune / declanșator",
        Field::DealId => "ID oportunitate",
        Field::WonDate => "Data închiderii (data câștigului pentru oportunitățile câștigate)",
        Field::Amount => "Valoare (oportunitate sau comandă)",
        Field::Segment => "Segment",
        Field::Program => "Program",
        Field::ProgramType => "Tip de program",
        Field::SetupDate => "Data configurării",
        Field::LastReview => "Ultima revizuire",
        Field::Owner => "Responsabil",
        Field::Visitors => "Vizitatori (utilizatori)",
        Field::Sessions => "Sesiuni",
        Field::LandingPage => "Pagină de destinație",
        Field::Post => "Postare",
        Field::Likes => "Aprecieri / reacții",
        Field::Shares => "Distribuiri",
        Field::Comments => "Comentarii",
        Field::Reposts => "Retweeturi / repostări",
        Field::Followers => "Urmăritori",
        Field::Respondent => "Respondent",
        Field::Csat => "Răspuns CSAT (1–5)",
        Field::CustomerId => "ID client",
        Field::NewSubscribers => "Abonați noi",
        Field::TouchedAt => "Data contactului",
        Field::Response => "Rezultatul campaniei (da/nu)",
        Field::PeriodEnd => "Ultima zi acoperită de rând",
        Field::BecameLead => "A devenit lead (data)",
        Field::BecameMql => "A devenit MQL (data)",
        Field::BecameSql => "A devenit SQL (data)",
        Field::BecameOpportunity => "A devenit oportunitate (data)",
        Field::BecameCustomer => "A devenit client (data)",
        Field::HardBounces => "Respingeri definitive (hard bounces)",
        Field::SoftBounces => "Respingeri temporare (soft bounces)",
        Field::OrderId => "Număr de comandă / factură",
        Field::Quantity => "Cantitate",
        Field::UnitPrice => "Preț unitar",
        Field::OrderStatus => "Starea comenzii",
        Field::Refunded => "Suma rambursată",
        Field::LossReason => "Motivul pierderii",
        Field::IsWon => "Câștigată (casetă de bifat)",
        Field::IsClosed => "Închisă (casetă de bifat)",
    }
}

/// The name of a deal outcome.
pub(super) fn outcome_label(o: Outcome) -> &'static str {
    match o {
        Outcome::Won => "Câștigată",
        Outcome::Lost => "Pierdută",
        Outcome::Open => "Deschisă",
    }
}

/// The title of a checklist rule.
pub(super) fn rule_title(r: RuleId) -> &'static str {
    match r {
        RuleId::BounceRate => "Rata de respingere per trimitere",
        RuleId::SpamComplaints => "Rata de reclamații de spam per trimitere",
        RuleId::Unsubscribes => "Rata de dezabonare per trimitere",
        RuleId::ListShrinking => "Lista de e-mail crește, nu scade",
        RuleId::LtvToCac => "LTV : CAC de cel puțin {min}",
        RuleId::MqlAcceptance => "Vânzările acceptă cel puțin {min} din MQL-uri",
        RuleId::HeadlineMove => "KPI-uri principale cu variații mari față de perioada trecută",
        RuleId::LongTermFading => "Serii în scădere trimestru după trimestru",
        RuleId::StagnatingLeads => "Lead-uri blocate într-o etapă",
        RuleId::TooLittleData => "Destule date pentru audit ({days} per fișier)",
        RuleId::PinnedCount => "Între 3 și 10 KPI-uri principale",
        RuleId::ReviewsOverdue => "Revizuirile programelor la zi",
    }
}

/// Where a rule's threshold comes from.
pub(super) fn rule_source(r: RuleId) -> &'static str {
    match r {
        RuleId::BounceRate => "Avertisment peste {warn}, critic peste {crit}. Valorile implicite sunt plafoanele pe care furnizorii de e-mail precum Mailchimp și HubSpot le dau pentru o listă sănătoasă.",
        RuleId::SpamComplaints => "Avertisment la {warn}, critic la {crit}. Valorile implicite sunt cerințele Gmail și Yahoo pentru expeditorii în masă (2024).",
        RuleId::Unsubscribes => "Peste {warn} din e-mailurile livrate la o trimitere. Valoarea implicită este reperul obișnuit al furnizorilor pentru o trimitere care i-a îndepărtat pe abonați.",
        RuleId::ListShrinking => "Mărimea listei la ultima trimitere din perioadă față de ultima trimitere dinaintea ei.",
        RuleId::LtvToCac => "Sub {min} este un semnal de alarmă. Valoarea implicită urmează regula empirică de trei la unu pentru un cost de achiziție sustenabil; sub unu, fiecare client costă mai mult decât a adus.",
        RuleId::MqlAcceptance => "Critic când mai puțin de {min} din MQL-uri sunt acceptate ca SQL-uri. Valoarea implicită urmează ghidurile de audit: când mai mult de jumătate din MQL-uri nu sunt acceptate, revizuiește imediat regulile de scoring.",
        RuleId::HeadlineMove => "O variație de {relative} sau mai mult (și de cel puțin {points} pentru rate) față de perioada anterioară; ambele praguri trebuie depășite, ca zgomotul pe numere mici să nu dea alarma.",
        RuleId::LongTermFading => "Trei trimestre de scădere la rând, până la trimestrul curent.",
        RuleId::StagnatingLeads => "Lead de peste {lead}, MQL de peste {mql}, SQL de peste {sql}, oportunitate de peste {opp} fără nicio mișcare (practica de dezvoltare a vânzărilor).",
        RuleId::TooLittleData => "Ghidurile de audit: cel puțin o lună de date înainte de a trage concluzii.",
        RuleId::PinnedCount => "Ghidurile de audit recomandă urmărirea a 3 până la 10 KPI-uri.",
        RuleId::ReviewsOverdue => "Calendarul revizuirilor de mai jos.",
    }
}

/// The label of a severity.
pub(super) fn severity_label(s: Severity) -> &'static str {
    match s {
        Severity::NotApplicable => "neverificat",
        Severity::Pass => "trecut",
        Severity::Info => "notă",
        Severity::Warning => "avertisment",
        Severity::Critical => "critic",
    }
}

/// The label of a program type.
pub(super) fn program_type_label(t: ProgramType) -> &'static str {
    match t {
        ProgramType::Nurture => "Nurturing",
        ProgramType::AutomationRule => "Regulă de automatizare",
        ProgramType::ScoringRule => "Regulă de scoring",
        ProgramType::LeadAssignment => "Alocarea lead-urilor",
        ProgramType::Content => "Conținut (un grup)",
        ProgramType::Other => "Altele",
    }
}

/// The label of an audit trigger.
pub(super) fn trigger_label(t: Trigger) -> &'static str {
    match t {
        Trigger::SwitchingTools => "Schimbarea uneltelor",
        Trigger::NewStrategy => "Încercarea unei strategii noi",
        Trigger::QuarterEnd => "Sfârșit de trimestru",
    }
}

/// What to do about an audit trigger.
pub(super) fn trigger_advice(t: Trigger) -> &'static str {
    match t {
        Trigger::SwitchingTools => "Exportă și salvează acest audit, cu datele brute, înainte ca vechea unealtă să fie oprită: istoricul ei nu va fi preluat.",
        Trigger::NewStrategy => "Fixează KPI-urile pe care strategia ar trebui să le miște și scrie acum ipoteza și ținta, ca următorul audit să poată spune dacă a funcționat.",
        Trigger::QuarterEnd => "Fă auditul complet: lista de verificare, calendarul și noua coloană a fișei.",
    }
}

/// The name of a funnel stage.
pub(super) fn stage_label(k: StageKind) -> &'static str {
    match k {
        StageKind::Lead => "Lead",
        StageKind::Mql => "MQL",
        StageKind::Sql => "SQL",
        StageKind::Opportunity => "Oportunitate",
        StageKind::Customer => "Client",
        StageKind::Lost => "Pierdut",
        StageKind::Other => "Altele",
    }
}

/// Where the velocity report's stages come from.
pub(super) fn stages_from(f: StagesFrom) -> &'static str {
    match f {
        StagesFrom::StageChanges => "Etapele așa cum sunt înregistrate în fișierul (fișierele) de schimbări de etapă. Un lead încă într-o etapă este numărat separat (cenzurat), nu ca o ședere încheiată.",
        StagesFrom::ScoreBands => "Niciun fișier de schimbări de etapă: etapele vin din scorurile lead-urilor pe intervale (0–32 Lead, 33–66 MQL, 67–100 SQL).",
        StagesFrom::CreatedAndWon => "Niciun fișier de schimbări de etapă: fiecare lead este Lead de la primul contact și Client de la prima oportunitate câștigată.",
    }
}

/// The name of an attribution model.
pub(super) fn model_label(m: Model) -> &'static str {
    match m {
        Model::FirstTouch => "Primul contact",
        Model::LastTouch => "Ultimul contact",
        Model::Linear => "Liniar",
        Model::UShaped => "În formă de U",
        Model::UShaped5050 => "În formă de U 50/50",
        Model::WShaped => "În formă de W",
        Model::FullPath => "Parcurs complet",
        Model::TimeDecay => "Descreștere în timp",
        Model::Custom => "Personalizat",
    }
}

/// The name of a delimiter.
pub(super) fn delimiter_name(d: u8) -> Option<&'static str> {
    match d {
        b',' => Some("virgulă"),
        b';' => Some("punct și virgulă"),
        b'\t' => Some("tab"),
        b'|' => Some("bară verticală"),
        _ => None,
    }
}

/// A blank cell, in a message.
pub(super) fn blank() -> &'static str {
    "(gol)"
}

/// The template of a row issue's message.
pub(super) fn issue(k: &IssueKind) -> &'static str {
    let form = |n: u64| Locale::Ro.plural(n);
    match k {
        IssueKind::NotANumber => "Se aștepta un număr.",
        IssueKind::NotADate => "Se aștepta o dată.",
        IssueKind::NegativeCount => "Un număr de bucăți nu poate fi negativ.",
        IssueKind::TooManyCells { found, .. } => match form(*found as u64) {
            Plural::One => "Rândul are {found} celulă; antetul are {expected}. Omis: celulele în plus nu pot fi așezate.",
            Plural::Few => "Rândul are {found} celule; antetul are {expected}. Omis: celulele în plus nu pot fi așezate.",
            Plural::Many => "Rândul are {found} de celule; antetul are {expected}. Omis: celulele în plus nu pot fi așezate.",
        },
        IssueKind::TooFewCells { found, .. } => match form(*found as u64) {
            Plural::One => "Rândul are {found} celulă; antetul are {expected}. Celulele lipsă au fost citite ca goale.",
            Plural::Few => "Rândul are {found} celule; antetul are {expected}. Celulele lipsă au fost citite ca goale.",
            Plural::Many => "Rândul are {found} de celule; antetul are {expected}. Celulele lipsă au fost citite ca goale.",
        },
        IssueKind::SummaryRow => "Un rând de totaluri: omis, ca nimic să nu fie numărat de două ori.",
        IssueKind::EmptyRow => "Toate celulele sunt goale.",
        IssueKind::TotalByArithmetic => "Un rând fără nume sau numit ca un total („Total fără TVA”) în care fiecare coloană de total este egală cu suma celorlalte rânduri: totalul exportului însuși, omis ca nimic să nu fie numărat de două ori.",
        IssueKind::BelowTotal => "Un rând sub totalul foii care completează puține dintre coloanele de total (TVA, total cu TVA, un comision): nu este un rând al tabelului, omis.",
        IssueKind::MoneyLine => "Un rând sub date despre bani (un buget, ce a rămas din el, un comision, TVA) care completează puține dintre coloanele lor de total: nu este un rând al tabelului, omis. Comisionul agenției ține de costul muncii.",
        IssueKind::SubtotalByArithmetic { .. } => "Fiecare coloană de total a acestui rând este egală cu suma celor {rows} rânduri de deasupra: un subtotal (sau totalul general al rândurilor cu subtotaluri), omis ca nimic să nu fie numărat de două ori.",
        IssueKind::TotalLabelIsData => "Numele acestui rând începe ca un total, dar cifrele arată că nu este unul (totalul exportului îl numără, sau nu este suma celorlalte rânduri): este păstrat ca date.",
        IssueKind::TotalAgrees => "Totalul exportului se potrivește cu suma rândurilor folosite.",
        IssueKind::TotalDiffers { .. } => "Totalul exportului spune {theirs}; rândurile folosite dau {ours}. Rânduri filtrate sau șterse în unealtă, ori un total pe alt domeniu? Cifrele folosesc rândurile.",
        IssueKind::ColumnsNotMatched { columns, .. } => match form(*columns as u64) {
            Plural::One | Plural::Few => "Antetul are {columns} coloane; doar primele {matched} au fost asociate unor câmpuri. Asociază manual celelalte.",
            Plural::Many => "Antetul are {columns} de coloane; doar primele {matched} au fost asociate unor câmpuri. Asociază manual celelalte.",
        },
        IssueKind::NoteLine => "Un rând de comentariu sau notă, nu date.",
        IssueKind::AfterTable => "Sub sfârșitul tabelului (după un rând de comentariu): nu sunt date ale acestui tabel.",
        IssueKind::StatedPeriod { .. } => "Raportul își declară perioada, {from} – {to}; rândurile fără dată proprie sunt numărate în ea.",
        IssueKind::KindAssumed { .. } => "Citit ca {kind} după {found} din cele {usual} coloane obișnuite: verificați tipul și coloanele în setările fișierului.",
        IssueKind::TitleLines { count } => match form(*count) {
            Plural::One => "{count} rând de deasupra antetului (un titlu de raport) a fost omis.",
            Plural::Few => "{count} rânduri de deasupra antetului (un titlu de raport) au fost omise.",
            Plural::Many => "{count} de rânduri de deasupra antetului (un titlu de raport) au fost omise.",
        },
        IssueKind::EncodingFallback => "Fișierul nu este UTF-8; a fost citit ca Windows-1252 (Excel, Europa de Vest). Schimbă asta în setările fișierului dacă literele arată greșit.",
        IssueKind::UndecodableBytes { count } => match form(*count as u64) {
            Plural::One => "{count} caracter nu a putut fi decodat și apare ca �.",
            Plural::Few => "{count} caractere nu au putut fi decodate și apar ca �.",
            Plural::Many => "{count} de caractere nu au putut fi decodate și apar ca �.",
        },
        IssueKind::Malformed { .. } => "Structura CSV este stricată aici: {detail}. Restul fișierului nu a fost citit.",
        IssueKind::UnclosedQuote => "Aici se deschid ghilimele care nu se mai închid, așa că restul fișierului a fost citit ca o singură celulă. Verifică fișierul în jurul acestui rând.",
        IssueKind::DateOrderAssumed { day_first: true } => "Nicio dată nu dovedește ordinea zilei și a lunii; s-a presupus ziua întâi (31/12).",
        IssueKind::DateOrderAssumed { day_first: false } => "Nicio dată nu dovedește ordinea zilei și a lunii; s-a presupus luna întâi (12/31).",
        IssueKind::DecimalMarkAssumed { .. } => "Niciun număr nu dovedește separatorul zecimal; s-a presupus „{mark}”.",
        IssueKind::MappingUndone { .. } => "Antetul sugerează „{field}”, dar {not_fitting} din {sampled} valori verificate nu se potrivesc, așa că această coloană nu este folosită. Asociaz-o manual dacă e greșit.",
        IssueKind::MixedResults { .. } => "Această coloană adună rezultate de feluri diferite ({kinds} feluri, numite în „{indicator}”: acoperire, clicuri pe link, achiziții…), așa că nu este numărată drept conversii. Asociați conversiilor o coloană cu un singur fel de rezultat, cum ar fi Achiziții sau Clienți potențiali.",
        IssueKind::UnmappedColumn => "Coloana nu se potrivește cu niciun câmp cunoscut; nu este folosită.",
        IssueKind::RepeatedHeader { .. } => "Această coloană are același antet ca coloana {first}, care este citită: o cifră se citește dintr-o singură coloană, așa că aceasta este lăsată deoparte. Dacă foaia pune canalele unul lângă altul, exportați un canal pe fișier sau asociați această coloană în locul celeilalte.",
        IssueKind::SubtotalsAsRows => "Fiecare sumă a rândurilor folosite este exact dublul totalului fișierului de pe acest rând: rândurile includ subtotaluri care nu au putut fi deosebite (rândurile de grup ale unui tabel pivot?). Sumele sunt lăsate deoparte în loc să fie dublate: exportați tabelul fără subtotaluri.",
        IssueKind::MixedCurrencies { .. } => "Sumele acestui fișier sunt în {currencies} monede: sunt lăsate deoparte în loc să fie adunate între monede. Exportați sumele convertite într-o singură monedă (Stripe: „Converted Amount”) sau câte un fișier pe monedă.",
        IssueKind::PartsSummed { .. } => "„{field}” se citește ca {parts}, rând cu rând: fișierul dă doar aceste părți.",
        IssueKind::SheetRead { .. } => "S-a citit foaia „{sheet}” a acestui registru: foaia vizibilă cu cele mai multe valori.",
        IssueKind::SheetNotRead { .. } => "Foaia „{sheet}” a acestui registru conține și ea valori și nu a fost citită: se citește o singură foaie pe fișier. Pentru a o adăuga, salvați-o într-un fișier .xlsx sau CSV separat și adăugați acel fișier.",
        IssueKind::MemberRead { .. } => "S-a citit fișierul „{member}” din această arhivă zip.",
        IssueKind::MemberNotRead { .. } => "Arhiva conține și „{member}”, care nu a fost citit: se citește un singur fișier pe arhivă. Pentru a-l adăuga, dezarhivați arhiva și adăugați acel fișier.",
        IssueKind::HeadersGenerated { columns } => match form(*columns as u64) {
            Plural::One | Plural::Few => "Fișierul nu are rând de antet; cele {columns} coloane au fost numite „coloana 1” până la „coloana {columns}”. Asociază-le manual.",
            Plural::Many => "Fișierul nu are rând de antet; cele {columns} de coloane au fost numite „coloana 1” până la „coloana {columns}”. Asociază-le manual.",
        },
        IssueKind::UnknownOrderStatus { rows, .. } => match form(*rows) {
            Plural::One => "{rows} rând are o stare a comenzii care nu poate fi citită ({statuses}): un cuvânt pe care vocabularul stărilor nu îl conține sau o rambursare parțială fără coloană de sumă rambursată. În loc să ghicim, comenzile fișierului sunt lăsate în afara cifrelor de comenzi, venituri și clienți. Dezasociază coloana de stare ca să numeri fiecare rând sau corectează stările în fișier.",
            Plural::Few => "{rows} rânduri au o stare a comenzii care nu poate fi citită ({statuses}): un cuvânt pe care vocabularul stărilor nu îl conține sau o rambursare parțială fără coloană de sumă rambursată. În loc să ghicim, comenzile fișierului sunt lăsate în afara cifrelor de comenzi, venituri și clienți. Dezasociază coloana de stare ca să numeri fiecare rând sau corectează stările în fișier.",
            Plural::Many => "{rows} de rânduri au o stare a comenzii care nu poate fi citită ({statuses}): un cuvânt pe care vocabularul stărilor nu îl conține sau o rambursare parțială fără coloană de sumă rambursată. În loc să ghicim, comenzile fișierului sunt lăsate în afara cifrelor de comenzi, venituri și clienți. Dezasociază coloana de stare ca să numeri fiecare rând sau corectează stările în fișier.",
        },
        IssueKind::RowsWithoutCustomer { count } => match form(*count) {
            Plural::One => "{count} rând nu are client: contează în comenzi și venituri, dar nu în clienți, pierdere, retenție, cohorte sau comenzi per client.",
            Plural::Few => "{count} rânduri nu au client: contează în comenzi și venituri, dar nu în clienți, pierdere, retenție, cohorte sau comenzi per client.",
            Plural::Many => "{count} de rânduri nu au client: contează în comenzi și venituri, dar nu în clienți, pierdere, retenție, cohorte sau comenzi per client.",
        },
        IssueKind::UnclassifiedOutcome { rows, .. } => match form(*rows) {
            Plural::One => "Etapa {value} ({rows} rând) nu se citește nici ca câștigată, nici ca pierdută, nici ca deschisă. Clienții, veniturile, rata de câștig, pipeline-ul și cifrele construite pe ele nu sunt afișate până nu spui ce este (Asocierea acestui fișier).",
            Plural::Few => "Etapa {value} ({rows} rânduri) nu se citește nici ca câștigată, nici ca pierdută, nici ca deschisă. Clienții, veniturile, rata de câștig, pipeline-ul și cifrele construite pe ele nu sunt afișate până nu spui ce este (Asocierea acestui fișier).",
            Plural::Many => "Etapa {value} ({rows} de rânduri) nu se citește nici ca câștigată, nici ca pierdută, nici ca deschisă. Clienții, veniturile, rata de câștig, pipeline-ul și cifrele construite pe ele nu sunt afișate până nu spui ce este (Asocierea acestui fișier).",
        },
        IssueKind::OutcomeAssumed => "Fișierul nu are coloană de etapă, stare sau câștigat/închis: fiecare oportunitate cu dată de închidere este numărată drept câștigată.",
        IssueKind::ExcelDamage { count, .. } => match form(*count) {
            Plural::One => "{count} celulă arată ca o dată pe care Excel a făcut-o dintr-un interval precum 1-5 (de ex. {examples}). A fost păstrată așa cum e scrisă; exportă din nou fișierul fără să-l deschizi în Excel ca să obții valorile originale.",
            Plural::Few => "{count} celule arată ca date pe care Excel le-a făcut din intervale precum 1-5 (de ex. {examples}). Au fost păstrate așa cum sunt scrise; exportă din nou fișierul fără să-l deschizi în Excel ca să obții valorile originale.",
            Plural::Many => "{count} de celule arată ca date pe care Excel le-a făcut din intervale precum 1-5 (de ex. {examples}). Au fost păstrate așa cum sunt scrise; exportă din nou fișierul fără să-l deschizi în Excel ca să obții valorile originale.",
        },
    }
}

/// The template of a review's rationale; `days` is the plural form of `{days}`.
pub(super) fn review(r: ReviewRule, days: Plural) -> &'static str {
    use Plural::*;
    match (r, days) {
        (ReviewRule::Nurture, One) => "Programe de nurturing: la fiecare {days} zi după ultima revizuire.",
        (ReviewRule::Nurture, Few) => "Programe de nurturing: la fiecare {days} zile după ultima revizuire.",
        (ReviewRule::Nurture, Many) => "Programe de nurturing: la fiecare {days} de zile după ultima revizuire.",
        (ReviewRule::AutomationFirst, One) => "Regulă de automatizare nouă: prima revizuire la {days} zi după configurare, ca greșelile să fie prinse devreme.",
        (ReviewRule::AutomationFirst, Few) => "Regulă de automatizare nouă: prima revizuire la {days} zile după configurare, ca greșelile să fie prinse devreme.",
        (ReviewRule::AutomationFirst, Many) => "Regulă de automatizare nouă: prima revizuire la {days} de zile după configurare, ca greșelile să fie prinse devreme.",
        (ReviewRule::Automation, One) => "Reguli de automatizare: la fiecare {days} zi după ultima revizuire.",
        (ReviewRule::Automation, Few) => "Reguli de automatizare: la fiecare {days} zile după ultima revizuire.",
        (ReviewRule::Automation, Many) => "Reguli de automatizare: la fiecare {days} de zile după ultima revizuire.",
        (ReviewRule::Scoring, One) => "Reguli de scoring: la fiecare {days} zi până la calibrare (marchează-le calibrate pentru de două ori pe an).",
        (ReviewRule::Scoring, Few) => "Reguli de scoring: la fiecare {days} zile până la calibrare (marchează-le calibrate pentru de două ori pe an).",
        (ReviewRule::Scoring, Many) => "Reguli de scoring: la fiecare {days} de zile până la calibrare (marchează-le calibrate pentru de două ori pe an).",
        (ReviewRule::ScoringTuned, One) => "Reguli de scoring calibrate: la fiecare {days} zi.",
        (ReviewRule::ScoringTuned, Few) => "Reguli de scoring calibrate: la fiecare {days} zile.",
        (ReviewRule::ScoringTuned, Many) => "Reguli de scoring calibrate: la fiecare {days} de zile.",
        (ReviewRule::ScoringTrigger, _) => "Acum: mai puțin de {min} din MQL-urile acestei perioade au fost acceptate ca SQL-uri.",
        (ReviewRule::Assignment, One) => "Alocarea lead-urilor: la fiecare {days} zi.",
        (ReviewRule::Assignment, Few) => "Alocarea lead-urilor: la fiecare {days} zile.",
        (ReviewRule::Assignment, Many) => "Alocarea lead-urilor: la fiecare {days} de zile.",
        (ReviewRule::AssignmentSalesCycle, One) => "Alocarea lead-urilor: la fiecare ciclu de vânzare ({days} zi, mediana măsurată), mai lung decât un trimestru.",
        (ReviewRule::AssignmentSalesCycle, Few) => "Alocarea lead-urilor: la fiecare ciclu de vânzare ({days} zile, mediana măsurată), mai lung decât un trimestru.",
        (ReviewRule::AssignmentSalesCycle, Many) => "Alocarea lead-urilor: la fiecare ciclu de vânzare ({days} de zile, mediana măsurată), mai lung decât un trimestru.",
        (ReviewRule::ContentGroup, One) => "Conținutul este revizuit ca un singur grup, la fiecare {days} zi de la elementul cel mai vechi.",
        (ReviewRule::ContentGroup, Few) => "Conținutul este revizuit ca un singur grup, la fiecare {days} zile de la elementul cel mai vechi.",
        (ReviewRule::ContentGroup, Many) => "Conținutul este revizuit ca un singur grup, la fiecare {days} de zile de la elementul cel mai vechi.",
        (ReviewRule::Other, One) => "La fiecare {days} zi.",
        (ReviewRule::Other, Few) => "La fiecare {days} zile.",
        (ReviewRule::Other, Many) => "La fiecare {days} de zile.",
        (ReviewRule::Unknown, _) => "Nicio dată de configurare sau revizuire: revizuiește acum ca să pornești ceasul.",
    }
}

/// The template of an attribution model's definition; `days` is the plural form of
/// the half-life.
pub(super) fn model(m: Model, days: Plural) -> &'static str {
    match m {
        Model::FirstTouch => "Totul primului contact.",
        Model::LastTouch => "Totul ultimului contact din ziua câștigului sau de dinainte.",
        Model::Linear => "O parte egală fiecărui contact.",
        Model::UShaped => "40% primului contact, 40% ultimului, 20% împărțit între contactele dintre ele (un contact: 100%; două: 50/50).",
        Model::UShaped5050 => "Jumătate primului contact, jumătate ultimului, nimic între ele.",
        Model::WShaped => "30% primului contact, 30% ultimului contact de până la momentul în care lead-ul a devenit MQL (altfel oportunitate, altfel contactul din mijloc), 30% ultimului, 10% celorlalte.",
        Model::FullPath => "Câte 22,5% primului contact, contactului MQL, contactului de oportunitate și ultimului contact (închiderea), 10% celorlalte; partea unei etape necunoscute merge la contactele dintre ele.",
        Model::TimeDecay => match days {
            Plural::One => "Fiecare contact cântărește de două ori mai puțin pentru fiecare {days} zi dintre el și câștig.",
            Plural::Few => "Fiecare contact cântărește de două ori mai puțin pentru fiecare {days} zile dintre el și câștig.",
            Plural::Many => "Fiecare contact cântărește de două ori mai puțin pentru fiecare {days} de zile dintre el și câștig.",
        },
        Model::Custom => "Ponderile tale: primul {first}, mijlocul {middle} (împărțit între contactele dintre ele), ultimul {last}.",
    }
}

/// The page's own text.
pub(super) fn ui(u: Ui) -> &'static str {
    match u {
        Ui::Title => "Audit de marketing",
        Ui::Tagline => "Plasează aici exporturile tale. Totul se calculează în această pagină; nimic nu părăsește browserul tău.",
        Ui::Language => "Limbă",
        Ui::DropHere => "Plasează aici exporturile (CSV, Excel .xlsx, .zip) sau alege fișiere",
        Ui::DropHint => "Reclame, e-mail, CRM, analiză web — citite doar în această pagină.",
        Ui::LoadDemo => "Încarcă demo",
        Ui::Clear => "Golește",
        Ui::ExportJson => "Exportă JSON",
        Ui::ExportCsv => "Exportă CSV",
        Ui::Print => "Tipărește",
        Ui::PaidMedia => "Media plătită",
        Ui::FunnelAndCustomers => "Pâlnie și clienți",
        Ui::WebAnalytics => "Analiză web",
        Ui::SocialPosts => "Postări sociale",
        Ui::CampaignResponses => "Răspunsuri la campanii",
        Ui::AutomationAudit => "Auditul automatizării de marketing",
        Ui::Attribution => "Atribuirea veniturilor din oportunități",
        Ui::Goals => "Obiective și ipoteze",
        Ui::Notes => "Decizii și note",
        Ui::Sheet => "Fișa de audit vie",
        Ui::SaveReopen => "Salvează și redeschide",
        Ui::Files => "Fișiere",
        Ui::Cohorts => "Retenția pe cohorte de achiziție (trimestrul primei comenzi)",
        Ui::ReviewSchedule => "Calendarul revizuirilor",
        Ui::WhyAuditNow => "De ce un audit acum",
        Ui::HeadlineCharts => "KPI-uri principale în ultimele 12 luni",
        Ui::Trends => "Tendințe",
        Ui::LongTerm => "Pe termen lung: în creștere și în scădere",
        Ui::LeadVelocity => "Viteza lead-urilor",
        Ui::MqlAcceptance => "Acceptarea MQL → SQL",
        Ui::Forecast => "Prognoză",
        Ui::Precedes => "Ce precedă fiecare etapă",
        Ui::Offline => "marketing-audit funcționează offline și nu trimite nicio cerere după ce pagina s-a încărcat. ",
        Ui::ColFile => "Fișier",
        Ui::ColKind => "Tip",
        Ui::ColRowsRead => "Rânduri citite",
        Ui::ColUsed => "Folosite",
        Ui::ColSkipped => "Omise",
        Ui::ColRepaired => "Reparate",
        Ui::ColHowRead => "Cum a fost citit",
        Ui::ColLine => "Rând",
        Ui::ColColumn => "Coloană",
        Ui::ColAction => "Acțiune",
        Ui::ColReason => "Motiv",
        Ui::ColText => "Text",
        Ui::ColStageOrStatus => "Etapă sau stare",
        Ui::ColRows => "Rânduri",
        Ui::ColCountsAs => "Contează ca",
        Ui::ColField => "Câmp",
        Ui::ColConfidence => "Încredere",
        Ui::ColDone => "Făcut",
        Ui::ColResult => "Rezultat",
        Ui::ColCheck => "Verificare",
        Ui::ColEvidence => "Dovezi",
        Ui::ColProgram => "Program",
        Ui::ColType => "Tip",
        Ui::ColOwner => "Responsabil",
        Ui::ColLastReview => "Ultima revizuire",
        Ui::ColNextReview => "Următoarea revizuire",
        Ui::ColStatus => "Stare",
        Ui::ColWhyThisDate => "De ce această dată",
        Ui::ColTotal => "Total",
        Ui::ColTrend => "Tendință",
        Ui::ColCohort => "Cohortă",
        Ui::ColKpi => "KPI",
        Ui::ColBaseline => "Valoare de referință",
        Ui::CrashTitle => "Ceva nu a mers bine: pagina s-a oprit",
        Ui::CrashBody => "Ce este pe ecran rămâne așa cum este și poate fi tipărit în continuare din meniul browserului. Fișierele dvs. nu au părăsit acest dispozitiv. Auditurile salvate în acest browser se păstrează: reîncărcați pagina pentru a începe din nou și redeschideți unul.",
        Ui::CrashReport => "Pentru a raporta problema, copiați textul de mai jos în raport (verificați-l întâi: poate cita o valoare din fișierele dvs.).",
        Ui::ColPearson => "r Pearson",
        Ui::ColSpearman => "ρ Spearman",
        Ui::ColAccepted => "Acceptate",
        Ui::ColCustomers => "Clienți",
        Ui::ColDaysInStageWeeks => "Zile în etapă (săptămâni)",
        Ui::ColDays => "Zile",
        Ui::ColEntries => "Intrări",
        Ui::ColLead => "Lead",
        Ui::ColLeadsNow => "Lead-uri acum",
        Ui::VelocityFunnelNote => "Lead-urile care au ajuns în fiecare etapă și ponderea celor din etapa anterioară care au mers mai departe.",
        Ui::ColLift => "Creștere relativă",
        Ui::ColLimit => "Limită",
        Ui::ColMqlCohort => "Cohorta MQL",
        Ui::ColMqls => "MQL-uri",
        Ui::ColMeanDays => "Zile (medie)",
        Ui::ColMedianDays => "Zile (mediană)",
        Ui::ColMedian => "Mediană",
        Ui::MqlAlarm => "Mai puțin de {min} din MQL-uri au fost acceptate: revizuiește acum regulile de scoring.",
        Ui::ColReEntries => "Reintrări",
        Ui::ColReaching => "Care ajung",
        Ui::ColShare => "Pondere",
        Ui::ColSince => "Din",
        Ui::ColSource => "Sursă",
        Ui::ColStage => "Etapă",
        Ui::ColStillInStage => "Încă în etapă",
        Ui::ColToNextStage => "Spre etapa următoare",
        Ui::CorrelationNotCausation => "Corelația nu înseamnă cauzalitate. ",
        Ui::NoTrend => "Mai puțin de trei perioade cu date: nicio tendință de ajustat.",
        Ui::ColLag => "Decalaj",
        Ui::ColPoints => "Puncte",
        Ui::CorrelationWarning => "Două serii pot evolua împreună pentru că un al treilea factor le influențează pe amândouă sau din întâmplare, pe puține perioade. Tratează o corelație puternică drept o ipoteză de testat printr-o schimbare controlată, niciodată drept o concluzie.",
        Ui::AttributionNote => "Modelele de atribuire împart meritul după o regulă; niciunul nu măsoară ce a cauzat un contact. Contează doar contactele din ziua câștigului unei oportunități sau dinainte, iar un canal pe care fișierele nu îl înregistrează nu poate primi merit.",
        Ui::ModelParameters => "Parametrii modelelor",
        Ui::EmailRatesDivideBy => "Ratele de e-mail se împart la ",
        Ui::EngagementDividesBy => "Rata de interacțiune se împarte la ",
        Ui::IncludeLabour => " Include costul muncii în cost, ROI și rentabilitatea vânzărilor",
        Ui::GrossMargin => "Marjă brută % ",
        Ui::HourlyRate => "Tarif orar ",
        Ui::Periods => "Perioade: ",
        Ui::DeliveredEmails => "e-mailurile livrate",
        Ui::SentEmails => "e-mailurile trimise",
        Ui::OptImpressions => "afișări",
        Ui::OptFollowers => "urmăritori",
        Ui::Definitions => "Definiția fiecărei cifre: docs/metrics.md în proiect.",
    }
}

/// The template of a heading with values.
pub(super) fn heading(h: Heading) -> &'static str {
    match h {
        Heading::Headline => "KPI-uri principale — {period}",
        Heading::TableTitle => "{title} — {period}",
        Heading::EmailHealth => "Sănătatea e-mailurilor, pe {bucket}",
        Heading::CustomersBy => "Clienți, pe {bucket}",
        Heading::ChannelMix => "Distribuția cheltuielilor pe canale, pe {bucket}",
        Heading::Checklist => {
            "Listă de verificare — critice: {critical}, avertismente: {warnings}, trecute: {passed}"
        }
        Heading::RowIssues => "Probleme de rânduri și note de import ({count}, omise: {skipped})",
        Heading::SalesCycle => {
            "Ciclu de vânzare: mediană {median}, medie {mean} (clienți: {count})"
        }
        Heading::SinceLastPeriod => "Față de perioada anterioară{period}",
    }
}

/// "day" after a number, in the form the number asks for.
pub(super) fn days_noun(p: Plural) -> &'static str {
    match p {
        Plural::One => "zi",
        Plural::Few => "zile",
        Plural::Many => "de zile",
    }
}

/// Cuvintele care îl conduc pe cititor prin audit.
pub(super) fn guide(g: super::Guide) -> &'static str {
    use super::Guide;
    match g {
        Guide::VerdictTitle => "Ce a găsit auditul",
        Guide::DataLine => "Perioada auditată: {period}, la data de {as_of}; date de la {from} la {to}; fișiere citite: {files}; rânduri folosite: {rows}.",
        Guide::NoData => "Niciun fișier încă: trageți aici exporturile sau încărcați demonstrația.",
        Guide::NoDates => "Fișiere citite: {files}; rânduri folosite: {rows}. Niciun rând nu are dată, deci auditul acoperă tot fișierul, fără perioade.",
        Guide::FindingsTitle => "Constatări critice și avertismente",
        Guide::NothingFlagged => "Nimic critic și niciun avertisment: fiecare verificare a trecut sau nu a avut date.",
        Guide::WhatToDo => "Ce e de făcut: ",
        Guide::DueTitle => "Revizuiri scadente",
        Guide::NothingDue => "Nicio revizuire de program întârziată sau iminentă.",
        Guide::DueOverdue => "{program}: întârziere de {days} z",
        Guide::DueSoon => "{program}: scadentă la {date}, peste {days} z",
        Guide::Sections => "Secțiuni",
        Guide::DataAndSettings => "Date și setări",
        Guide::DataSummary => "fișiere citite: {files}; rânduri folosite: {rows}; rânduri omise: {skipped}",
        Guide::SkipToVerdict => "Salt la ce a găsit auditul",
        Guide::NavChecklist => "Listă de verificare",
        Guide::NavEmail => "Sănătatea e-mailului",
        Guide::NavCustomers => "Clienți",
        Guide::NavRowIssues => "Probleme de rând",
        Guide::Continued => "{title} (continuare)",
        Guide::StatusReading => "Se citesc fișierele: mai sunt {count}…",
        Guide::NewVersion => "O versiune nouă a marketing-audit este instalată. Reîncărcați pagina pentru a o folosi; salvați mai întâi auditul dacă vreți să păstrați fișierele și notele acestei sesiuni.",
        Guide::Reload => "Reîncarcă",
        Guide::StatusReady => "Audit gata; fișiere citite: {files}.",
        Guide::StatusFile => "Se citește {file}: {done} din {total}, {rows} rânduri ({rate}/s, {row_rate} rânduri/s, mai rămân circa {left})",
        Guide::StatusComputing => "Se calculează auditul…",
        Guide::CancelReading => "Anulează",
        Guide::ReadingCancelled => "Citire anulată: {files} lăsat(e) deoparte. Auditul arată celelalte fișiere.",
        Guide::EngineStopped => "Motorul auditului s-a oprit neașteptat și a fost repornit. Lăsat(e) deoparte: {files}. Celelalte fișiere, setările și ultimul audit se păstrează; vă rugăm să semnalați fișierul care a cauzat oprirea.",
        Guide::EngineOnPage => "Acest browser nu a putut porni motorul de fundal, așa că auditul se calculează în pagină: fișierele mari o pot bloca în timp ce sunt citite.",
        Guide::StatusEmpty => "Niciun fișier încă: trageți exporturile mai sus sau încărcați demonstrația.",
        Guide::ChartRose => "{metric}: creștere de {change} de la {from} la {to}.",
        Guide::ChartFell => "{metric}: scădere de {change} de la {from} la {to}.",
        Guide::ChartSteady => "{metric}: nicio schimbare importantă de la {from} la {to}, la {value}.",
        Guide::ChartFromZero => "{metric}: de la 0 în {from} la {value} în {to}.",
        Guide::ChartLeader => "{group} conduce cu {value}, adică {share} din total.",
        Guide::ChartThrough => "Din {first}, {share} au ajuns la etapa {last}.",
    }
}

/// Ce e de făcut pentru o regulă critică sau cu avertisment.
pub(super) fn rule_action(r: RuleId) -> &'static str {
    match r {
        RuleId::BounceRate => "curățați lista: eliminați respingerile definitive și reconfirmați adresele inactive înainte de următoarea trimitere.",
        RuleId::SpamComplaints => "trimiteți doar celor abonați, faceți dezabonarea ușoară și încetiniți trimiterile care atrag plângeri.",
        RuleId::Unsubscribes => "analizați trimiterile care au pierdut cititori: frecvența, relevanța și destinatarii.",
        RuleId::ListShrinking => "adăugați puncte de abonare și verificați ca dezabonările și respingerile să nu depășească abonații noi.",
        RuleId::LtvToCac => "reduceți costul de achiziție al canalelor celor mai slabe sau creșteți valoarea clientului înainte de a cheltui mai mult.",
        RuleId::MqlAcceptance => "revizuiți acum regulile de scoring împreună cu vânzările: MQL-urile respinse sunt lead-urile greșite.",
        RuleId::HeadlineMove => "găsiți cauza fiecărei variații bruște înainte de perioada următoare: o campanie, o schimbare de urmărire sau sezonul.",
        RuleId::LongTermFading => "decideți pentru fiecare serie în declin dacă o reparați sau îi mutați bugetul.",
        RuleId::StagnatingLeads => "dați fiecărui lead blocat un responsabil și un pas următor, sau închideți-l.",
        RuleId::TooLittleData => "așteptați o lună de date sau adăugați exporturi mai vechi înainte de a trage concluzii.",
        RuleId::PinnedCount => "fixați între 3 și 10 KPI, ca rezumatul să rămână concentrat.",
        RuleId::ReviewsOverdue => "programați revizuirile întârziate (vezi calendarul revizuirilor).",
    }
}

/// Propozițiile din interiorul vederilor.
pub(super) fn sentence(s: super::Sentence) -> &'static str {
    use super::Sentence;
    match s {
        Sentence::EvidenceFigure => "{metric} — {group}: {value}",
        Sentence::EvidenceFigurePeriod => "{metric} — {group} în {period}: {value}",
        Sentence::EvidenceFigureBase => "{metric} — {group}: {value} (față de {base})",
        Sentence::EvidenceFigurePeriodBase => "{metric} — {group} în {period}: {value} (față de {base})",
        Sentence::DemoBadge => "Date demonstrative.",
        Sentence::FilesList => "Fișiere: {list}.",
        Sentence::PrintSettingsLabourIn => "Perioade: {bucket}. Costul muncii inclus în cost, ROI și CAC. Ratele de e-mail se raportează la e-mailurile {email}. Rata de implicare se raportează la {engagement}. Definiția fiecărei cifre este sub tabelul ei și în docs/metrics.md.",
        Sentence::PrintSettingsLabourOut => "Perioade: {bucket}. Costul muncii lăsat în afara costului. Ratele de e-mail se raportează la e-mailurile {email}. Rata de implicare se raportează la {engagement}. Definiția fiecărei cifre este sub tabelul ei și în docs/metrics.md.",
        Sentence::SaveNote => "Un audit salvat păstrează setările, corespondențele coloanelor, KPI-urile fixate, obiectivele, notițele, foaia și cifrele, într-un singur fișier pe dispozitivul tău. Nimic nu este încărcat.",
        Sentence::IncludeRaw => "include fișierele brute",
        Sentence::SaveAudit => "Salvează auditul",
        Sentence::OpenSaved => "Deschide un audit salvat",
        Sentence::ForgetConfirm => "Apasă din nou pentru a uita tot",
        Sentence::Forget => "Uită tot",
        Sentence::EarlierAudits => "Audituri anterioare salvate în acest browser ({n})",
        Sentence::Reopen => "Redeschide",
        Sentence::Undated => "fără dată",
        Sentence::SavedBoth => "Salvat într-un fișier și în istoricul acestui browser.",
        Sentence::SavedFileOnly => "Salvat într-un fișier; istoricul acestui browser nu este disponibil ({error}).",
        Sentence::Reopened => "Audit redeschis.",
        Sentence::ReopenedHistory => "Audit redeschis din istoricul acestui browser.",
        Sentence::Forgotten => "Tot ce a stocat această pagină în browser a fost șters.",
        Sentence::ForgetPartial => "Stocarea locală a fost golită; baza de date a istoricului nu a putut fi ștearsă ({error}).",
        Sentence::ImportSheet => "Importă foaia trimestrului trecut",
        Sentence::ExportSheet => "Exportă foaia (CSV)",
        Sentence::ColAsset => "Element",
        Sentence::SinceBaseline => "Față de referință",
        Sentence::SinceLastAudit => "Față de ultimul audit",
        Sentence::AddGoal => "Adaugă obiectivul",
        Sentence::GoalAtMost => "cel mult",
        Sentence::GoalAtLeast => "cel puțin",
        Sentence::GoalTarget => "țintă",
        Sentence::GoalTargetPercent => "țintă %",
        Sentence::ReadingAtLine => "Rândul {line}: {note}",
        Sentence::ReadingAtCell => "Rândul {line} ({column}): {note}",
        Sentence::TotalFoundBySums => "totalul propriu al exportului (găsit după sumele lui) a fost lăsat deoparte.",
        Sentence::TotalAgreesWithRows => "totalul propriu al exportului a fost lăsat deoparte; se potrivește cu rândurile.",
        Sentence::ForecastNote => "Presupune că lead-urile actuale din fiecare etapă (fără cele trecute de limita de stagnare) avansează cu rata istorică de conversie spre etapa următoare, după timpul median al etapei;",
        Sentence::ForecastStep => "{stage}: {current} acum, {rate} → etapa următoare, mediana {median}.",
        Sentence::ActionsNote => "Acțiuni observate înainte de intrarea într-o etapă mai des decât înaintea intrărilor în etape în general (creștere relativă > 1). Corelația nu înseamnă cauzalitate: testează o schimbare înainte să atribui meritul unei acțiuni.",
        Sentence::Histogram => "Histograma zilelor petrecute în etapa {stage}",
        Sentence::StageCountsTitle => "Lead-uri în fiecare etapă la sfârșitul fiecărei perioade",
        Sentence::NotSet => "(necompletat)",
        Sentence::MeanDaysHint => "Ultima ședere încheiată a fiecărui lead",
        Sentence::StillInStageHint => "Lead-uri încă în etapă: numărate separat, nu ca șederi încheiate",
        Sentence::AsOf => "La data de",
        Sentence::HourlyRateHint => "Evaluează o coloană de ore de muncă: costul muncii = ore × tarif orar.",
        Sentence::GrossMarginHint => "Pentru CLV-ul marjă ÷ rată de abandon din jurnalele de comenzi; lasă gol dacă nu se cunoaște.",
        Sentence::VsPeriod => "{change} față de {period}",
        Sentence::ByMonth => "{metric} pe luni",
        Sentence::ChooseHeadline => "Alege KPI-urile principale",
        Sentence::SplitBy => "Defalcă după",
        Sentence::PeriodMenu => "Perioadă",
        Sentence::WholeRange => "Toată perioada",
        Sentence::WholeRangeInTitle => "toată perioada",
        Sentence::FindGroup => "Caută un grup",
        Sentence::ShowAll => "Arată tot",
        Sentence::HowComputed => "Cum sunt calculate aceste cifre",
        Sentence::Last12Months => "Ultimele 12 luni",
        Sentence::YearBefore => "Cu un an înainte",
        Sentence::SeriesTotal => "Total",
        Sentence::ByMonthWithYearBefore => "{metric} pe luni, comparat cu anul precedent",
        Sentence::SpendStacked => "Cheltuieli pe canal, cumulate",
        Sentence::ByBucket => "{metric} {by}",
        Sentence::ByDimensionWholeRange => "{metric} pe {dimension}, toată perioada",
        Sentence::RoseVsPrevious => "{group} a crescut cu {change} față de perioada anterioară",
        Sentence::RoseVsYearAgo => "{group} a crescut cu {change} față de anul trecut",
        Sentence::FellVsPrevious => "{group} a scăzut cu {change} față de perioada anterioară",
        Sentence::FellVsYearAgo => "{group} a scăzut cu {change} față de anul trecut",
        Sentence::NothingToFlag => "Nicio variație nu depășește ambele praguri ({threshold} și o valoare minimă), deci nimic de semnalat.",
        Sentence::MovesWith => "Evoluează {metric} împreună cu {other}?",
        Sentence::SecondMetric => "Al doilea indicator",
        Sentence::SamePeriod => "aceeași perioadă",
        Sentence::HypothesisTogether => "Ipoteză de testat: {a} și {b} evoluează împreună în aceeași perioadă. Modifică unul intenționat (într-o campanie, pentru o perioadă) și urmărește-l pe celălalt.",
        Sentence::HypothesisOpposite => "Ipoteză de testat: {a} și {b} evoluează în sensuri opuse în aceeași perioadă. Modifică unul intenționat (într-o campanie, pentru o perioadă) și urmărește-l pe celălalt.",
        Sentence::NoCorrelation => "Nicio corelație suficient de puternică (|r| ≥ {r}, cel puțin {points} puncte) pentru a sugera o ipoteză.",
        Sentence::Tuned => "calibrată",
        Sentence::NoDataForCheck => "Nu există date pentru această verificare.",
        Sentence::InventoryPrompt => "Trage aici un inventar al programelor (program, tip, data configurării, ultima revizuire, responsabil) sau adaugă programe mai jos, ca să afli următoarea dată de revizuire a fiecăruia.",
        Sentence::AddToCalendar => "Adaugă în calendar (.ics)",
        Sentence::IcsSummary => "Revizuire: {program}",
        Sentence::StatusOverdue => "întârziată cu {days} z",
        Sentence::StatusDueSoon => "scadentă în {days} z",
        Sentence::StatusScheduled => "peste {days} z",
        Sentence::ThresholdsTitle => "Praguri și frecvențe de revizuire",
        Sentence::BounceWarning => "Avertizare rată de respingere %",
        Sentence::BounceCritical => "Prag critic rată de respingere %",
        Sentence::SpamWarning => "Avertizare reclamații de spam %",
        Sentence::SpamCritical => "Prag critic reclamații de spam %",
        Sentence::UnsubscribesPerSend => "Dezabonări per trimitere %",
        Sentence::LtvCacMinimum => "Minim LTV : CAC",
        Sentence::MqlAcceptanceMinimum => "Rată minimă de acceptare a MQL-urilor %",
        Sentence::ShortTermChange => "Variație pe termen scurt %",
        Sentence::ShortTermPoints => "… iar pentru rate, puncte procentuale",
        Sentence::MinimumDays => "Număr minim de zile cu date",
        Sentence::StagnatingAfter => "{stage}, stagnant după (zile)",
        Sentence::NurtureDays => "Nurturing, zile",
        Sentence::AutomationFirst => "Automatizare, prima revizuire după",
        Sentence::AutomationEvery => "Automatizare, apoi la fiecare",
        Sentence::ScoringDays => "Scoring, zile",
        Sentence::ScoringTunedDays => "Scoring după calibrare, zile",
        Sentence::AssignmentDays => "Alocarea lead-urilor, zile",
        Sentence::ContentDays => "Grup de conținut, zile",
        Sentence::DueSoonDays => "Scadență apropiată în, zile",
        Sentence::ListSize => "Mărimea listei: {value} (era {base})",
        Sentence::EveryRowUsed => "Fiecare rând din fiecare fișier a fost folosit ca atare.",
        Sentence::FilterIssues => "Filtrează problemele",
        Sentence::ExportIssues => "Exportă problemele în CSV",
        Sentence::ExportToSeeAll => "Exportă lista ca să le vezi pe toate deodată.",
        Sentence::Detected => "Detectat ({detected})",
        Sentence::KindMenu => "Tip",
        Sentence::EncodingMenu => "Codificare",
        Sentence::NumbersMenu => "Numere",
        Sentence::DatesMenu => "Date",
        Sentence::DayFirst => "Ziua întâi (31/12)",
        Sentence::MonthFirst => "Luna întâi (12/31)",
        Sentence::AmbiguousDates => "O dată precum 03/04 poate fi 3 aprilie sau 4 martie, iar nicio dată din acest fișier nu lămurește.",
        Sentence::WhichStages => "Care dintre aceste etape sunt câștigate, pierdute sau încă deschise? Clienții, veniturile, rata de câștig și pipeline-ul nu apar până nu se cunoaște fiecare oportunitate.",
        Sentence::NoGoal => "Niciun obiectiv încă. Pentru fiecare KPI pe care vrei să-l miști: ce crezi că îl va mișca, cu cât și până când?",
        Sentence::WasRealistic => "A fost realist?",
        Sentence::WhatWeLearned => "Ce am învățat",
        Sentence::DecisionsPlaceholder => "Ce s-a decis în acest audit și de către cine.",
        Sentence::DecisionsLabel => "Decizii și note",
        Sentence::ColHypothesis => "Ipoteză",
        Sentence::ColTarget => "Țintă",
        Sentence::ColBy => "Termen",
        Sentence::ColRealistic => "Realist?",
        Sentence::Yes => "da",
        Sentence::No => "nu",
        Sentence::Remove => "Elimină",
        Sentence::ThinData => "date puține",
        Sentence::ThinDataHint => "Clicuri sub {clicks} sau lead-uri sub {leads}: la volume atât de mici, ratele variază mult din întâmplare.",
        Sentence::SourcesFrom => "Date din: {files}.",
        Sentence::EmailNote => "Ratele de deschidere, de clic, de dezabonare și de reclamații se împart la e-mailurile {base}; rata de clic din deschideri se împarte la deschiderile unice.",
        Sentence::ChurnNote => "Un client activ în perioada anterioară, fără nicio comandă în aceasta, este considerat pierdut; retenția este 1 − pierderea.",
        Sentence::CohortOffset => "+{k} trim.",
        Sentence::MetricMenu => "Indicator",
        Sentence::Fit => "(ajustare r² {r})",
        Sentence::EnteredInPage => "Introduse în pagină:",
        Sentence::RemoveNamed => "Elimină {name}",
        Sentence::SetUp => "Data configurării",
        Sentence::DateAs => "Scrieți data în formatul {pattern}",
        Sentence::AddProgram => "Adaugă programul",
        Sentence::RemoveFile => "Elimină acest fișier",
        Sentence::ColumnNamed => "{header} (col. {n})",
        Sentence::ColumnNumber => "col. {n}",
        Sentence::ResetToDetected => "Revino la valorile detectate",
        Sentence::OutcomeOfStage => "Rezultatul etapei {stage}",
        Sentence::NotKnown => "— necunoscut —",
        Sentence::YourChoice => "alegerea ta",
        Sentence::FieldOfColumn => "Câmpul coloanei {column}",
        Sentence::NotUsed => "— nefolosită —",
        Sentence::FilesAndActions => "Fișiere și acțiuni",
        Sentence::FormulaSettings => "Setările formulelor",
        Sentence::FunnelName => "Pâlnie",
        Sentence::FunnelTitle => "Pâlnie: lead-uri care au ajuns la fiecare etapă",
        Sentence::NoDataToDraw => "{title}: nu există date de reprezentat.",
        Sentence::HypothesisPlaceholder => "Ipoteză: ce îl va influența",
        Sentence::Direction => "Sens",
        Sentence::AttributionTouched => "Oportunități câștigate cu un contact în ziua câștigului sau înainte: {touched} din {deals} (puncte de contact citite: {touches}); fiecare model împarte venitul lor între aceste contacte.",
        Sentence::AttributionUnattributed => "Oportunități fără contact înainte de câștig: {count} ({revenue} din venit), excluse din toate coloanele.",
        Sentence::RowsMenu => "Rânduri",
        Sentence::HalfLifeDays => "Timp de înjumătățire (descreștere în timp), zile",
        Sentence::CustomFirst => "Personalizat: primul",
        Sentence::CustomMiddle => "Personalizat: mijlocul",
        Sentence::CustomLast => "Personalizat: ultimul",
        Sentence::GoalPending => "în așteptare (acum {now})",
        Sentence::GoalHit => "atins: {actual} (cu {margin} mai bine)",
        Sentence::GoalMissed => "neatins: {actual} (diferență: {short})",
    }
}

/// Propozițiile despre un număr, în fiecare formă de plural (1; 2–19; „de” de la 20).
pub(super) fn counted(c: super::Counted, p: Plural) -> &'static str {
    use super::Counted;
    use Plural::*;
    match (c, p) {
        (Counted::MqlsAccepted, One) => "{accepted} din {n} MQL acceptat; {pending} încă în așteptare.",
        (Counted::MqlsAccepted, Few) => "{accepted} din {n} MQL-uri acceptate; {pending} încă în așteptare.",
        (Counted::MqlsAccepted, Many) => "{accepted} din {n} de MQL-uri acceptate; {pending} încă în așteptare.",
        (Counted::WonBeforeContact, One) => "{n} oportunitate câștigată înainte de primul contact a fost exclusă ca eroare de date.",
        (Counted::WonBeforeContact, Few) => "{n} oportunități câștigate înainte de primul contact au fost excluse ca erori de date.",
        (Counted::WonBeforeContact, Many) => "{n} de oportunități câștigate înainte de primul contact au fost excluse ca erori de date.",
        (Counted::Stagnating, One) => "{n} lead stagnant (peste limita etapei)",
        (Counted::Stagnating, Few) => "{n} lead-uri stagnante (peste limita etapei)",
        (Counted::Stagnating, Many) => "{n} de lead-uri stagnante (peste limita etapei)",
        (Counted::LongestShown, One) => "Este afișat {n} lead, cel cu cea mai lungă stagnare; exportul le conține pe toate.",
        (Counted::LongestShown, Few) => "Sunt afișate cele {n} lead-uri cu cea mai lungă stagnare; exportul le conține pe toate.",
        (Counted::LongestShown, Many) => "Sunt afișate cele {n} de lead-uri cu cea mai lungă stagnare; exportul le conține pe toate.",
        (Counted::ShowingGroups, One) => "Se afișează {shown} din {n} grup.",
        (Counted::ShowingGroups, Few) => "Se afișează {shown} din {n} grupuri.",
        (Counted::ShowingGroups, Many) => "Se afișează {shown} din {n} de grupuri.",
        (Counted::ShowingGroupsMatching, One) => "Se afișează {shown} din {n} grup (potriviri pentru „{search}”: {matching}).",
        (Counted::ShowingGroupsMatching, Few) => "Se afișează {shown} din {n} grupuri (potriviri pentru „{search}”: {matching}).",
        (Counted::ShowingGroupsMatching, Many) => "Se afișează {shown} din {n} de grupuri (potriviri pentru „{search}”: {matching}).",
        (Counted::ShowTop, One) => "Arată doar {n} grup, cel mai mare",
        (Counted::ShowTop, Few) => "Arată doar cele mai mari {n} grupuri",
        (Counted::ShowTop, Many) => "Arată doar cele mai mari {n} de grupuri",
        (Counted::PeriodsLater, One) => "{n} perioadă mai târziu",
        (Counted::PeriodsLater, Few) => "{n} perioade mai târziu",
        (Counted::PeriodsLater, Many) => "{n} de perioade mai târziu",
        (Counted::HypothesisFollows, One) => "Ipoteză de testat: {b} urmează {a} cu {n} perioadă întârziere. Fă o schimbare controlată și verifică dacă efectul apare cu această întârziere.",
        (Counted::HypothesisFollows, Few) => "Ipoteză de testat: {b} urmează {a} cu {n} perioade întârziere. Fă o schimbare controlată și verifică dacă efectul apare cu această întârziere.",
        (Counted::HypothesisFollows, Many) => "Ipoteză de testat: {b} urmează {a} cu {n} de perioade întârziere. Fă o schimbare controlată și verifică dacă efectul apare cu această întârziere.",
        (Counted::HypothesisAgainst, One) => "Ipoteză de testat: {b} evoluează invers față de {a} cu {n} perioadă întârziere. Fă o schimbare controlată și verifică dacă efectul apare cu această întârziere.",
        (Counted::HypothesisAgainst, Few) => "Ipoteză de testat: {b} evoluează invers față de {a} cu {n} perioade întârziere. Fă o schimbare controlată și verifică dacă efectul apare cu această întârziere.",
        (Counted::HypothesisAgainst, Many) => "Ipoteză de testat: {b} evoluează invers față de {a} cu {n} de perioade întârziere. Fă o schimbare controlată și verifică dacă efectul apare cu această întârziere.",
        (Counted::Checked, One) => "{n} element verificat.",
        (Counted::Checked, Few) => "{n} elemente verificate.",
        (Counted::Checked, Many) => "{n} de elemente verificate.",
        (Counted::AndMore, One) => "… și încă {n}",
        (Counted::AndMore, Few) => "… și încă {n}",
        (Counted::AndMore, Many) => "… și încă {n}",
        (Counted::DaysOfData, One) => "{group}: {n} zi cu date",
        (Counted::DaysOfData, Few) => "{group}: {n} zile cu date",
        (Counted::DaysOfData, Many) => "{group}: {n} de zile cu date",
        (Counted::DaysOverdue, One) => "{group}: {n} zi întârziere",
        (Counted::DaysOverdue, Few) => "{group}: {n} zile întârziere",
        (Counted::DaysOverdue, Many) => "{group}: {n} de zile întârziere",
        (Counted::KpisPinned, One) => "{n} KPI fixat",
        (Counted::KpisPinned, Few) => "{n} KPI-uri fixate",
        (Counted::KpisPinned, Many) => "{n} de KPI-uri fixate",
        (Counted::StagnatingEvidence, One) => "Lead-ul {lead} în {stage} de {n} zi (limită {limit})",
        (Counted::StagnatingEvidence, Few) => "Lead-ul {lead} în {stage} de {n} zile (limită {limit})",
        (Counted::StagnatingEvidence, Many) => "Lead-ul {lead} în {stage} de {n} de zile (limită {limit})",
        (Counted::ColumnsMapped, One) => "{mapped} din {n} coloană asociate · {encoding} · {delimiter}",
        (Counted::ColumnsMapped, Few) => "{mapped} din {n} coloane asociate · {encoding} · {delimiter}",
        (Counted::ColumnsMapped, Many) => "{mapped} din {n} de coloane asociate · {encoding} · {delimiter}",
        (Counted::CrmJoined, One) => "Fișiere CRM unite după ID-ul lead-ului: {n} lead.",
        (Counted::CrmJoined, Few) => "Fișiere CRM unite după ID-ul lead-ului: {n} lead-uri.",
        (Counted::CrmJoined, Many) => "Fișiere CRM unite după ID-ul lead-ului: {n} de lead-uri.",
        (Counted::ShowingIssues, One) => "Se afișează {shown} din {n}.",
        (Counted::ShowingIssues, Few) => "Se afișează {shown} din {n}.",
        (Counted::ShowingIssues, Many) => "Se afișează {shown} din {n}.",
        (Counted::ShowMore, One) => "Arată încă {n}",
        (Counted::ShowMore, Few) => "Arată încă {n}",
        (Counted::ShowMore, Many) => "Arată încă {n}",
        (Counted::PrintedFirst, One) => "Sunt tipărite primele {shown} din {n}; exportul le conține pe toate.",
        (Counted::PrintedFirst, Few) => "Sunt tipărite primele {shown} din {n}; exportul le conține pe toate.",
        (Counted::PrintedFirst, Many) => "Sunt tipărite primele {shown} din {n}; exportul le conține pe toate.",
        (Counted::ShowingStageValues, One) => "Se afișează {shown} din {n} valoare de etapă.",
        (Counted::ShowingStageValues, Few) => "Se afișează {shown} din {n} valori de etapă.",
        (Counted::ShowingStageValues, Many) => "Se afișează {shown} din {n} de valori de etapă.",
        (Counted::ShowingColumns, One) => "Se afișează primele {shown} din {n} coloană și toate coloanele asociate.",
        (Counted::ShowingColumns, Few) => "Se afișează primele {shown} din {n} coloane și toate coloanele asociate.",
        (Counted::ShowingColumns, Many) => "Se afișează primele {shown} din {n} de coloane și toate coloanele asociate.",
        (Counted::StageValueRows, One) => "{value} ({n} rând)",
        (Counted::StageValueRows, Few) => "{value} ({n} rânduri)",
        (Counted::StageValueRows, Many) => "{value} ({n} de rânduri)",
        (Counted::PinAdvice, One) => "{n} KPI principal fixat; ghidurile de audit recomandă între {min} și {max}.",
        (Counted::PinAdvice, Few) => "{n} KPI-uri principale fixate; ghidurile de audit recomandă între {min} și {max}.",
        (Counted::PinAdvice, Many) => "{n} de KPI-uri principale fixate; ghidurile de audit recomandă între {min} și {max}.",
        (Counted::Slope, One) => "{group}: {slope} pe {bucket} în {n} perioadă{fit}",
        (Counted::Slope, Few) => "{group}: {slope} pe {bucket} în {n} perioade{fit}",
        (Counted::Slope, Many) => "{group}: {slope} pe {bucket} în {n} de perioade{fit}",
        (Counted::DealsUnmatched, One) => "{n} oportunitate nu corespunde niciunui lead și contează ca un client fără sursă: {deals}.",
        (Counted::DealsUnmatched, Few) => "{n} oportunități nu corespund niciunui lead și contează ca clienți fără sursă: {deals}.",
        (Counted::DealsUnmatched, Many) => "{n} de oportunități nu corespund niciunui lead și contează ca clienți fără sursă: {deals}.",
        (Counted::LeadsWithoutStages, One) => "{n} lead nu apare în niciun fișier de schimbări de etapă.",
        (Counted::LeadsWithoutStages, Few) => "{n} lead-uri nu apar în niciun fișier de schimbări de etapă.",
        (Counted::LeadsWithoutStages, Many) => "{n} de lead-uri nu apar în niciun fișier de schimbări de etapă.",
        (Counted::MoreInRowIssues, One | Few | Many) => "… și încă {n} în problemele de rânduri de mai jos.",
    }
}
