//! Icelandic: the words an Icelandic marketing team uses (opnunarhlutfall,
//! smellihlutfall, arðsemi fjárfestingar).

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
        Spend => "Auglýsingakostnaður",
        Impressions => "Birtingar",
        Reach => "Dreifing",
        Clicks => "Smellir",
        Conversions => "Umbreytingar",
        AdLeads => "Leads úr auglýsingum",
        Revenue => "Tekjur",
        LabourCost => "Launakostnaður",
        Cost => "Kostnaður",
        Ctr => "Smellihlutfall",
        Cpc => "Kostnaður á smell",
        Cpm => "CPM",
        Cpl => "Kostnaður á hvern tengilið/lead",
        CostPerConversion => "Kostnaður / umbr.",
        Roas => "ROAS",
        Roi => "Arðsemi fjárfestingar",
        ReturnOnSales => "Arðsemi sölu",
        ClickToConversionRate => "Smellur → umbr.",
        EmailsSent => "Send",
        EmailsDelivered => "Afhent",
        EmailBounces => "Endursend",
        EmailOpens => "Einstakar opnanir",
        EmailClicks => "Einstakir smellir",
        EmailUnsubscribes => "Afskráningar",
        EmailSpamComplaints => "Ruslpóstskvartanir",
        DeliveryRate => "Afhendingarhlutfall",
        BounceRate => "Endursendingarhlutfall",
        OpenRate => "Opnunarhlutfall",
        ClickRate => "Smellihlutfall (tölvupóstur)",
        ClickToOpenRate => "Smellir á opnun",
        UnsubscribeRate => "Afskráningarhlutfall",
        SpamComplaintRate => "Hlutfall ruslpóstskvartana",
        Leads => "Leads",
        Mqls => "MQL",
        Sqls => "SQL",
        Customers => "Nýir viðskiptavinir",
        DealsWon => "Unnin sölutækifæri",
        DealRevenue => "Tekjur af sölutækifærum",
        DealsLost => "Töpuð sölutækifæri",
        WinRate => "Vinningshlutfall",
        DealsOpen => "Opin sölutækifæri",
        PipelineValue => "Virði sölupípu",
        DaysToClose => "Dagar að lokun",
        MqlToSqlRate => "MQL → SQL",
        LeadToCustomerRate => "Lead → viðskiptavinur",
        Cac => "Kostnaður við öflun viðskiptavinar",
        AverageOrderValue => "Meðalvirði pöntunar",
        Clv => "Líftímavirði viðskiptavinar",
        LtvToCac => "Líftímavirði ÷ CAC = tekjur af sölutækifærum ÷ kostnaður.",
        StageCount => "Leads á stigi",
        TimeInStageDaysMean => "Dagar á stigi (meðaltal)",
        TimeInStageDaysMedian => "Dagar á stigi (miðgildi)",
        TimeInStageDaysP90 => "Dagar á stigi (p90)",
        StageConversionRate => "Umbreyting stigs",
        SalesCycleDaysMean => "Söluferli (dagar, meðaltal)",
        SalesCycleDaysMedian => "Söluferli (dagar, miðgildi)",
        Visitors => "Gestir",
        Sessions => "Heimsóknir",
        WebConversions => "Umbreytingar á vef",
        WebLeads => "Leads af vef",
        VisitorToLeadRate => "Gestur → lead",
        LandingPageConversionRate => "Umbr. lendingarsíðu",
        Engagements => "Virkni",
        EngagementRate => "Virknihlutfall",
        Orders => "Pantanir",
        TransactionRevenue => "Tekjur af pöntunum",
        PurchaseFrequency => "Pantanir á viðskiptavin",
        ActiveCustomers => "Virkir viðskiptavinir",
        ChurnRate => "Brottfallshlutfall",
        RetentionRate => "Tryggðarhlutfall",
        AcquisitionRate => "Öflunarhlutfall",
        ClvMargin => "Líftímavirði (framlegð ÷ brottfall)",
        ListGrowthRate => "Vöxtur póstlista",
        ListSize => "Stærð póstlista",
        Cpa => "Kostnaður á öflun",
        MarketingInfluencedRevenueShare => "Tekjur undir áhrifum markaðsstarfs",
        Csat => "CSAT",
        Contacts => "Tengiliðir",
        Responses => "Svör",
        ResponseRate => "Svarhlutfall",
        OrdersCancelled => "Afpantanir",
        OrdersPending => "Ógreiddar pantanir",
        EmailRevenue => "Tekjur af tölvupósti",
        EmailOrders => "Pantanir úr tölvupósti",
        RevenuePerRecipient => "Tekjur á viðtakanda",
        EmailOrderRate => "Pöntunarhlutfall tölvupósts",
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
        Spend => "Summa auglýsingakostnaðar (auglýsingaskrár).",
        Impressions => "Summa birtinga.",
        Reach => "Summa dreifingar eins og hún er gefin upp í hverri línu (sá sem náðist í á mörgum línum telst á hverri).",
        Clicks => "Summa smella á auglýsingar.",
        Conversions => "Summa umbreytinga.",
        AdLeads => "Summa leads sem auglýsingakerfin gefa upp (eftir eigin tileinkun).",
        Revenue => "Summa tekna sem gefnar eru upp með auglýsingagögnunum.",
        LabourCost => "Launakostnaður skráður með auglýsingagögnunum, auk vinnustunda × tímagjalds þíns þegar hvort tveggja er gefið.",
        Cost => "Auglýsingakostnaður + launakostnaður (þegar hann er tekinn með).",
        Ctr => "Smellir ÷ birtingar.",
        Cpc => "Auglýsingakostnaður ÷ smellir.",
        Cpm => "Auglýsingakostnaður ÷ birtingar × 1.000.",
        Cpl => "Auglýsingakostnaður ÷ leads úr auglýsingum (þau sem kerfin eigna herferðinni).",
        CostPerConversion => "Auglýsingakostnaður ÷ umbreytingar.",
        Roas => "Tekjur ÷ auglýsingakostnaður.",
        Roi => "(Tekjur − kostnaður) ÷ kostnaður. Kostnaður nær yfir laun þegar kveikt er á þeim.",
        ReturnOnSales => "(Tekjur − kostnaður) ÷ tekjur — það sem sumar leiðbeiningar kalla „ROI“.",
        ClickToConversionRate => "Umbreytingar ÷ smellir.",
        EmailsSent => "Summa sendra tölvupósta (viðtakendur).",
        EmailsDelivered => "Summa afhentra tölvupósta (send − endursend þegar það er ekki gefið upp).",
        EmailBounces => "Summa endursendinga (send − afhent þegar það er ekki gefið upp).",
        EmailOpens => "Summa einstakra opnana.",
        EmailClicks => "Summa einstakra smella.",
        EmailUnsubscribes => "Summa afskráninga.",
        EmailSpamComplaints => "Summa ruslpóstskvartana.",
        DeliveryRate => "Afhent ÷ send.",
        BounceRate => "Endursend ÷ send.",
        OpenRate => over_base("Einstakar opnanir ÷ afhent.", "Einstakar opnanir ÷ send."),
        ClickRate => over_base("Einstakir smellir ÷ afhent.", "Einstakir smellir ÷ send."),
        ClickToOpenRate => "Einstakir smellir ÷ einstakar opnanir (sum tól kalla þetta CTR).",
        UnsubscribeRate => over_base("Afskráningar ÷ afhent.", "Afskráningar ÷ send."),
        SpamComplaintRate => over_base("Ruslpóstskvartanir ÷ afhent.", "Ruslpóstskvartanir ÷ send."),
        Leads => "Leads stofnuð á tímabilinu (leads-skrá úr CRM, annars fyrsta skráning á stig).",
        Mqls => "Leads sem fóru í fyrsta sinn á MQL-stig á tímabilinu (stigabreytingar).",
        Sqls => "Leads sem fóru í fyrsta sinn á SQL-stig á tímabilinu (stigabreytingar).",
        Customers => "Leads þar sem fyrsta sölutækifærið vannst á tímabilinu (sölutækifæri, annars stigið Viðskiptavinur).",
        DealsWon => "Sölutækifæri unnin á tímabilinu.",
        DealRevenue => "Summa upphæða sölutækifæra sem unnust á tímabilinu.",
        DealsLost => "Töpuð sölutækifæri, eftir lokadegi (skrár með dálki fyrir stig eða stöðu).",
        WinRate => "Unnin sölutækifæri ÷ (unnin + töpuð), eftir lokadegi.",
        DealsOpen => "Sölutækifæri sem eru enn opin í útflutningnum (aðeins allt tímabilið).",
        PipelineValue => "Summa upphæða opinna sölutækifæra (aðeins allt tímabilið).",
        DaysToClose => "Meðalfjöldi heilla daga frá stofndegi unnins sölutækifæris til lokadags þess.",
        MqlToSqlRate => "SQL ÷ MQL á sama tímabili (flæðishlutfall).",
        LeadToCustomerRate => "Nýir viðskiptavinir ÷ ný leads á sama tímabili (flæðishlutfall).",
        Cac => "Kostnaður (auglýsingakostnaður, auk launa þegar þau eru tekin með) ÷ nýir viðskiptavinir á sama tímabili.",
        AverageOrderValue => "Tekjur af sölutækifærum ÷ unnin sölutækifæri.",
        Clv => "Tekjur af sölutækifærum ÷ nýir viðskiptavinir (sögulegt virði á viðskiptavin).",
        LtvToCac => "Líftímavirði ÷ CAC = tekjur af sölutækifærum ÷ kostnaður. Undir 3 er viðvörunarmerki.",
        StageCount => "Leads þar sem síðasta skráning á stig (fram að þeim degi) er þetta stig, í lok dags eða tímabils.",
        TimeInStageDaysMean => "Meðalfjöldi heilla daga frá því farið er á stigið þar til farið er á það næsta (eða útgöngudags), síðasta dvöl hvers leads; leads sem eru enn á stiginu eru ekki talin.",
        TimeInStageDaysMedian => "Miðgildi heilla daga á stiginu, síðasta lokna dvöl hvers leads.",
        TimeInStageDaysP90 => "90. hundraðsmark heilla daga á stiginu (línuleg brúun), síðasta lokna dvöl hvers leads.",
        StageConversionRate => "Leads sem náðu þessu stigi ÷ leads sem náðu stiginu á undan (að ná síðara stigi telst að hafa farið í gegnum þau fyrri).",
        SalesCycleDaysMean => "Meðalfjöldi heilla daga frá fyrstu snertingu (eða stofnun) að fyrsta unna sölutækifæri.",
        SalesCycleDaysMedian => "Miðgildi heilla daga frá fyrstu snertingu (eða stofnun) að fyrsta unna sölutækifæri.",
        Visitors => "Summa einstakra gesta (notenda) í línum vefgreiningar (gestur á mörgum línum telst á hverri).",
        Sessions => "Summa heimsókna (lota).",
        WebConversions => "Summa umbreytinga (markmið, lykilatburðir) í skrám vefgreiningar.",
        WebLeads => "Summa leads (innsendra eyðublaða) í skrám vefgreiningar.",
        VisitorToLeadRate => "Leads af vef ÷ gestir.",
        LandingPageConversionRate => "Umbreytingar á vef ÷ heimsóknir, eftir lendingarsíðu.",
        Engagements => "Líkar við + deilingar + athugasemdir + endurbirtingar færslna á samfélagsmiðlum.",
        EngagementRate => match engagement {
            EngagementBase::Impressions => "(Líkar við + deilingar + athugasemdir + endurbirtingar) ÷ birtingar.",
            EngagementBase::Followers => "(Líkar við + deilingar + athugasemdir + endurbirtingar) ÷ fylgjendur, lagt saman yfir færslurnar.",
        },
        Orders => "Pantanir á tímabilinu: ólík pöntunarnúmer (ein á hverja línu án númers); afpantanir og ógreiddar pantanir eru taldar sér.",
        TransactionRevenue => "Summa pöntunarupphæða (heildarupphæð einu sinni á pöntun, annars magn × einingarverð línanna), að frádregnum endurgreiðslum; kreditreikningar dragast frá, endurgreiddar og ógreiddar pantanir bæta engu við.",
        PurchaseFrequency => "Pantanir með viðskiptavin ÷ virkir viðskiptavinir.",
        ActiveCustomers => "Ólíkir viðskiptavinir með pöntun á tímabilinu (pantanir án viðskiptavinar eru ekki taldar).",
        ChurnRate => "Viðskiptavinir virkir á fyrra tímabili án pöntunar á þessu ÷ viðskiptavinir virkir á fyrra tímabili.",
        RetentionRate => "Viðskiptavinir virkir á fyrra tímabili sem pöntuðu aftur á þessu ÷ viðskiptavinir virkir á fyrra tímabili (1 − brottfall).",
        AcquisitionRate => "Viðskiptavinir sem pöntuðu fyrst á tímabilinu ÷ virkir viðskiptavinir.",
        ClvMargin => "Tekjur á virkan viðskiptavin × framlegð þín ÷ brottfallshlutfall, á tímabil (stilltu framlegðina í Stillingum).",
        ListGrowthRate => "(Nýir áskrifendur − afskráningar − endursend) ÷ stærð lista í upphafi tímabils; án dálks fyrir nýja áskrifendur, (stærð í lok − í upphafi) ÷ í upphafi.",
        ListSize => "Áskrifendur á listanum við síðustu sendingu tímabilsins, eins og tölvupóstskráin segir.",
        Cpa => "Kostnaður (auglýsingakostnaður, auk launa þegar þau eru tekin með) ÷ umbreytingar.",
        MarketingInfluencedRevenueShare => "Tekjur af unnum sölutækifærum frá leads með markaðsuppruna ÷ allar tekjur af sölutækifærum.",
        Csat => "Svör 4 eða 5 ÷ svör á kvarðanum 1–5.",
        Contacts => "Tengiliðir með þekkta niðurstöðu herferðar (já/nei, 1/0).",
        Responses => "Tengiliðir þar sem niðurstaðan er já (eða 1, samþykkt, skráð…).",
        ResponseRate => "Svör ÷ tengiliðir með þekkta niðurstöðu.",
        OrdersCancelled => "Pantanir afpantaðar, endurgreiddar, ógiltar eða misheppnaðar: reikningar merktir C…, pantanir þar sem hvert magn er neikvætt, eða slík staða. Ekki taldar með pöntunum.",
        OrdersPending => "Pantanir sem eru ekki enn greiddar (í bið, heimilaðar, í geymslu). Ekki taldar með pöntunum né tekjum.",
        EmailRevenue => "Summa tekna sem tölvupóstkerfið gefur upp (eigin tileinkun; aldrei bætt við auglýsingatekjur né ROAS).",
        EmailOrders => "Summa pantana sem tölvupóstkerfið gefur upp.",
        RevenuePerRecipient => over_base("Tekjur af tölvupósti ÷ afhent.", "Tekjur af tölvupósti ÷ send."),
        EmailOrderRate => over_base("Pantanir úr tölvupósti ÷ afhent.", "Pantanir úr tölvupósti ÷ send."),
    }
}

/// The name of a file kind.
pub(super) fn kind_label(k: FileKind) -> &'static str {
    match k {
        FileKind::AdPerformance => "Árangur auglýsinga",
        FileKind::EmailCampaigns => "Tölvupóstherferðir",
        FileKind::Leads => "Leads",
        FileKind::StageChanges => "Stigabreytingar leads",
        FileKind::Deals => "Sölutækifæri",
        FileKind::Programs => "Yfirlit yfir verkferla",
        FileKind::WebAnalytics => "Vefgreining",
        FileKind::SocialPosts => "Færslur á samfélagsmiðlum",
        FileKind::Surveys => "Kannanir (CSAT)",
        FileKind::Transactions => "Færslur (pantanir)",
        FileKind::Touchpoints => "Snertipunktar",
        FileKind::Responses => "Svör við herferðum",
        FileKind::Unknown => "Óþekkt",
    }
}

/// The name of a dimension.
pub(super) fn dimension_label(d: Dimension) -> &'static str {
    match d {
        Dimension::Total => "Samtals",
        Dimension::Campaign => "Herferð",
        Dimension::Channel => "Rás",
        Dimension::Source => "Uppruni",
        Dimension::AdGroup => "Auglýsingahópur",
        Dimension::Segment => "Markhópur",
        Dimension::Stage => "Stig",
        Dimension::LandingPage => "Lendingarsíða",
        Dimension::LossReason => "Ástæða taps",
        Dimension::Column(_) => "Dálkur",
    }
}

/// The name of a period size.
pub(super) fn bucket_label(b: Bucket) -> &'static str {
    match b {
        Bucket::Day => "Dagur",
        Bucket::Week => "ISO-vika",
        Bucket::Month => "Mánuður",
        Bucket::Quarter => "Ársfjórðungur",
        Bucket::Year => "Ár",
    }
}

/// "By month" and the like, after a metric's name in a chart title: a whole phrase,
/// so each language declines the period as its preposition wants.
pub(super) fn by_bucket(b: Bucket) -> &'static str {
    match b {
        Bucket::Day => "eftir dögum",
        Bucket::Week => "eftir ISO-vikum",
        Bucket::Month => "eftir mánuðum",
        Bucket::Quarter => "eftir ársfjórðungum",
        Bucket::Year => "eftir árum",
    }
}

/// What was done about an issue.
pub(super) fn action_label(a: Action) -> &'static str {
    match a {
        Action::Skipped => "sleppt",
        Action::Repaired => "lagfært",
        Action::Noted => "skráð",
    }
}

/// The message of a file that could not be read.
pub(super) fn error_message(k: &ErrorKind) -> &'static str {
    match k {
        ErrorKind::Empty => "Skráin er tóm.",
        ErrorKind::Binary => "Skráin er hvorki texti né vinnubók (PDF eða mynd?). Fluttu hana út sem CSV eða .xlsx.",
        ErrorKind::NoHeader => "Engin fyrirsagnarlína fannst.",
        ErrorKind::Unreadable => "Vafrinn gat ekki lesið skrána af diskinum.",
        ErrorKind::TooLarge => "Skráin hefur fleiri línur en þessi síða getur geymt í minni ásamt hinum skránum (um 1 GB alls eftir lestur): engin þeirra er talin með. Fluttu hana út samanlagða eftir dögum eða vikum, eða fyrir styttra tímabil.",
        ErrorKind::OldWorkbook => "Þetta er Excel 97–2003 vinnubók (.xls) eða vinnubók varin með lykilorði: hvorugt er hægt að lesa hér. Opnaðu hana í töflureikninum þínum og vistaðu hana sem .xlsx (án lykilorðs) eða sem CSV.",
        ErrorKind::DamagedArchive => "Ekki tókst að lesa þessa vinnubók eða zip-skrá: hún er skemmd eða ófullgerð (rofið niðurhal?). Sæktu hana aftur, eða opnaðu hana og vistaðu sem .xlsx eða CSV.",
        ErrorKind::NoTable => "Í þessari zip-skrá er hvorki blað með gildum né CSV-skrá (OpenDocument .ods eða zip með öðrum skrám?). Vistaðu töfluna sem .xlsx eða CSV.",
    }
}

/// Why a saved audit was refused.
pub(super) fn open_error(e: &OpenError) -> &'static str {
    match e {
        OpenError::NotASavedAudit => "Þessi skrá er ekki vistuð úttekt frá þessari síðu. Engu var breytt.",
        OpenError::Newer { .. } => "Þessi úttekt var vistuð með nýrri útgáfu síðunnar (snið {version}). Opnaðu hana þar eða uppfærðu þessa síðu. Engu var breytt.",
        OpenError::Damaged => "Þessi vistaða úttekt er skemmd (stytt eða breytt) og ekki hægt að opna hana. Engu var breytt.",
        OpenError::TooLarge => "Þessi skrá er of stór til að vera vistuð úttekt. Engu var breytt.",
    }
}

/// Why an audit sheet was refused.
pub(super) fn sheet_error(e: &SheetError) -> &'static str {
    match e {
        SheetError::NotASheet => "Ekki úttektarblað: vænst var dálkanna asset, metric, baseline og síðan einnar dagsetningar á hverja úttekt. Blaðinu var ekki breytt.",
        SheetError::BadDate(_) => "Ekki úttektarblað: dálkurinn {date} er ekki dagsetning (ÁÁÁÁ-MM-DD). Blaðinu var ekki breytt.",
        SheetError::RepeatedDate(_) => "Ekki úttektarblað: dagsetningin {date} er efst í tveimur dálkum. Blaðinu var ekki breytt.",
        SheetError::Damaged { .. } => "Þetta úttektarblað er skemmt í línu {line} (fleiri reitir en dálkar, eða ólæsilegt). Blaðinu var ekki breytt.",
        SheetError::TooLarge => "Þessi skrá er of stór til að vera úttektarblað. Blaðinu var ekki breytt.",
    }
}

/// The name of an email base.
pub(super) fn email_base_label(b: EmailBase) -> &'static str {
    match b {
        EmailBase::Delivered => "afhent",
        EmailBase::Sent => "send",
    }
}

/// The base of the engagement rate, as the settings show it.
pub(super) fn engagement_base_label(b: EngagementBase) -> &'static str {
    match b {
        EngagementBase::Impressions => "birtingar",
        EngagementBase::Followers => "fylgjendur",
    }
}

/// The name of a canonical field, as the mapping editor shows it.
pub(super) fn field_label(f: Field) -> &'static str {
    match f {
        Field::Date => "Dagsetning",
        Field::Channel => "Rás",
        Field::Campaign => "Herferð",
        Field::AdGroup => "Auglýsingahópur / auglýsingasett",
        Field::Source => "Uppruni",
        Field::Spend => "Auglýsingakostnaður",
        Field::Impressions => "Birtingar",
        Field::Reach => "Dreifing",
        Field::Clicks => "Smellir",
        Field::Conversions => "Umbreytingar",
        Field::Leads => "Leads",
        Field::Revenue => "Tekjur",
        Field::LabourCost => "Launakostnaður",
        Field::LabourHours => "Vinnustundir",
        Field::ChurnDate => "Brottfallsdagur",
        Field::Baseline => "Grunnlína",
        Field::Sent => "Sendir tölvupóstar",
        Field::Delivered => "Afhent",
        Field::Bounces => "Endursend",
        Field::Opens => "Einstakar opnanir",
        Field::Unsubscribes => "Afskráningar",
        Field::SpamComplaints => "Ruslpóstskvartanir",
        Field::Orders => "Pantanir",
        Field::ListSize => "Stærð lista",
        Field::LeadId => "Auðkenni leads",
        Field::CreatedDate => "Stofnað / fyrsta snerting",
        Field::Score => "Stig leads (score)",
        Field::Stage => "Stig",
        Field::EnteredAt => "Fór á stig",
        Field::ExitedAt => "Fór af stigi",
        Field::Action => "Aðgerð / kveikja",
        Field::DealId => "Auðkenni sölutækifæris",
        Field::WonDate => "Lokadagur (vinningsdagur unninna sölutækifæra)",
        Field::Amount => "Upphæð (sölutækifæri eða pöntun)",
        Field::Segment => "Markhópur",
        Field::Program => "Verkferill",
        Field::ProgramType => "Tegund verkferils",
        Field::SetupDate => "Uppsetningardagur",
        Field::LastReview => "Síðasta yfirferð",
        Field::Owner => "Ábyrgðaraðili",
        Field::Visitors => "Gestir (notendur)",
        Field::Sessions => "Heimsóknir",
        Field::LandingPage => "Lendingarsíða",
        Field::Post => "Færsla",
        Field::Likes => "Líkar við / viðbrögð",
        Field::Shares => "Deilingar",
        Field::Comments => "Athugasemdir",
        Field::Reposts => "Endurtíst / endurbirtingar",
        Field::Followers => "Fylgjendur",
        Field::Respondent => "Svarandi",
        Field::Csat => "CSAT-svar (1–5)",
        Field::CustomerId => "Auðkenni viðskiptavinar",
        Field::NewSubscribers => "Nýir áskrifendur",
        Field::TouchedAt => "Snerting dags.",
        Field::Response => "Niðurstaða herferðar (já/nei)",
        Field::PeriodEnd => "Síðasti dagur línunnar",
        Field::BecameLead => "Varð lead (dagsetning)",
        Field::BecameMql => "Varð MQL (dagsetning)",
        Field::BecameSql => "Varð SQL (dagsetning)",
        Field::BecameOpportunity => "Varð sölutækifæri (dagsetning)",
        Field::BecameCustomer => "Varð viðskiptavinur (dagsetning)",
        Field::HardBounces => "Varanleg endurkast (hard bounces)",
        Field::SoftBounces => "Tímabundin endurkast (soft bounces)",
        Field::OrderId => "Pöntunar- / reikningsnúmer",
        Field::Quantity => "Magn",
        Field::UnitPrice => "Einingarverð",
        Field::OrderStatus => "Staða pöntunar",
        Field::Refunded => "Endurgreidd upphæð",
        Field::LossReason => "Ástæða taps",
        Field::IsWon => "Unnið (gátreitur)",
        Field::IsClosed => "Lokað (gátreitur)",
    }
}

/// The name of a deal outcome.
pub(super) fn outcome_label(o: Outcome) -> &'static str {
    match o {
        Outcome::Won => "Unnið",
        Outcome::Lost => "Tapað",
        Outcome::Open => "Opið",
    }
}

/// The title of a checklist rule.
pub(super) fn rule_title(r: RuleId) -> &'static str {
    match r {
        RuleId::BounceRate => "Endursendingarhlutfall hverrar sendingar",
        RuleId::SpamComplaints => "Hlutfall ruslpóstskvartana hverrar sendingar",
        RuleId::Unsubscribes => "Afskráningarhlutfall hverrar sendingar",
        RuleId::ListShrinking => "Póstlistinn vex en minnkar ekki",
        RuleId::LtvToCac => "LTV : CAC að minnsta kosti {min}",
        RuleId::MqlAcceptance => "Sala samþykkir a.m.k. {min} MQL",
        RuleId::HeadlineMove => "Helstu mælikvarðar hafa breyst mikið frá síðasta tímabili",
        RuleId::LongTermFading => "Raðir sem dvína ársfjórðung eftir ársfjórðung",
        RuleId::StagnatingLeads => "Leads föst á stigi",
        RuleId::TooLittleData => "Næg gögn til úttektar ({days} á skrá)",
        RuleId::PinnedCount => "3 til 10 helstu mælikvarðar",
        RuleId::ReviewsOverdue => "Yfirferð verkferla á áætlun",
    }
}

/// Where a rule's threshold comes from.
pub(super) fn rule_source(r: RuleId) -> &'static str {
    match r {
        RuleId::BounceRate => "Viðvörun yfir {warn}, alvarlegt yfir {crit}. Sjálfgefnu gildin eru þau hámörk sem tölvupóstþjónustur á borð við Mailchimp og HubSpot gefa fyrir heilbrigðan lista.",
        RuleId::SpamComplaints => "Viðvörun við {warn}, alvarlegt við {crit}. Sjálfgefnu gildin eru kröfur Gmail og Yahoo til fjöldasendenda (2024).",
        RuleId::Unsubscribes => "Yfir {warn} afhentra pósta í einni sendingu. Sjálfgefna gildið er algengt viðmið tölvupóstþjónusta fyrir sendingu sem fældi fólk frá.",
        RuleId::ListShrinking => "Stærð lista við síðustu sendingu tímabilsins borin saman við síðustu sendingu þar á undan.",
        RuleId::LtvToCac => "Undir {min} er viðvörunarmerki. Sjálfgefna gildið fylgir þumalputtareglunni þrír á móti einum um sjálfbæran öflunarkostnað; undir einum kostar hver viðskiptavinur meira en hann hefur skilað.",
        RuleId::MqlAcceptance => "Alvarlegt þegar minna en {min} MQL er samþykkt sem SQL. Sjálfgefna gildið fylgir úttektarleiðbeiningunum: þegar meira en helmingur MQL er ekki samþykktur skal endurskoða stigareglurnar strax.",
        RuleId::HeadlineMove => "Breyting um {relative} eða meira (og {points} eða meira fyrir hlutföll) frá fyrra tímabili; hvort tveggja þarf að nást, svo suð í litlum tölum valdi ekki viðvörun.",
        RuleId::LongTermFading => "Þrír ársfjórðungar í röð með samdrætti, til og með yfirstandandi ársfjórðungi.",
        RuleId::StagnatingLeads => "Hámarksdvöl á stigi án hreyfingar: Lead {lead}, MQL {mql}, SQL {sql}, sölutækifæri {opp} (venja í söluþróun).",
        RuleId::TooLittleData => "Úttektarleiðbeiningarnar: a.m.k. mánuður af gögnum áður en ályktanir eru dregnar.",
        RuleId::PinnedCount => "Úttektarleiðbeiningarnar mæla með að fylgjast með 3 til 10 mælikvörðum.",
        RuleId::ReviewsOverdue => "Yfirferðaráætlunin hér fyrir neðan.",
    }
}

/// The label of a severity.
pub(super) fn severity_label(s: Severity) -> &'static str {
    match s {
        Severity::NotApplicable => "ekki athugað",
        Severity::Pass => "í lagi",
        Severity::Info => "athugasemd",
        Severity::Warning => "viðvörun",
        Severity::Critical => "alvarlegt",
    }
}

/// The label of a program type.
pub(super) fn program_type_label(t: ProgramType) -> &'static str {
    match t {
        ProgramType::Nurture => "Ræktun (nurture)",
        ProgramType::AutomationRule => "Sjálfvirkniregla",
        ProgramType::ScoringRule => "Stigaregla",
        ProgramType::LeadAssignment => "Úthlutun leads",
        ProgramType::Content => "Efni (einn hópur)",
        ProgramType::Other => "Annað",
    }
}

/// The label of an audit trigger.
pub(super) fn trigger_label(t: Trigger) -> &'static str {
    match t {
        Trigger::SwitchingTools => "Skipt um tól",
        Trigger::NewStrategy => "Ný stefna reynd",
        Trigger::QuarterEnd => "Lok ársfjórðungs",
    }
}

/// What to do about an audit trigger.
pub(super) fn trigger_advice(t: Trigger) -> &'static str {
    match t {
        Trigger::SwitchingTools => "Fluttu út og vistaðu þessa úttekt, með hráum gögnum, áður en slökkt er á gamla tólinu: saga þess flyst ekki yfir.",
        Trigger::NewStrategy => "Festu þá mælikvarða sem stefnan á að hreyfa og skráðu tilgátuna og markmiðið núna, svo næsta úttekt geti sagt til um hvort hún virkaði.",
        Trigger::QuarterEnd => "Gerðu heildarúttekt: gátlista, áætlun og nýjan dálk skjalsins.",
    }
}

/// The name of a funnel stage.
pub(super) fn stage_label(k: StageKind) -> &'static str {
    match k {
        StageKind::Lead => "Lead",
        StageKind::Mql => "MQL",
        StageKind::Sql => "SQL",
        StageKind::Opportunity => "Sölutækifæri",
        StageKind::Customer => "Viðskiptavinur",
        StageKind::Lost => "Tapað",
        StageKind::Other => "Annað",
    }
}

/// Where the velocity report's stages come from.
pub(super) fn stages_from(f: StagesFrom) -> &'static str {
    match f {
        StagesFrom::StageChanges => "Stig eins og þau eru skráð í skrá(m) stigabreytinga. Lead sem er enn á stigi er talið sér (ritskoðað), ekki sem lokin dvöl.",
        StagesFrom::ScoreBands => "Engin skrá stigabreytinga: stig eru fundin út frá stigagjöf leads í bilum (0–32 Lead, 33–66 MQL, 67–100 SQL).",
        StagesFrom::CreatedAndWon => "Engin skrá stigabreytinga: hvert lead er Lead frá fyrstu snertingu og Viðskiptavinur frá fyrsta unna sölutækifæri.",
    }
}

/// The name of an attribution model.
pub(super) fn model_label(m: Model) -> &'static str {
    match m {
        Model::FirstTouch => "Fyrsta snerting",
        Model::LastTouch => "Síðasta snerting",
        Model::Linear => "Línulegt",
        Model::UShaped => "U-laga",
        Model::UShaped5050 => "U-laga 50/50",
        Model::WShaped => "W-laga",
        Model::FullPath => "Öll leiðin",
        Model::TimeDecay => "Tímadvínun",
        Model::Custom => "Sérsniðið",
    }
}

/// The name of a delimiter.
pub(super) fn delimiter_name(d: u8) -> Option<&'static str> {
    match d {
        b',' => Some("komma"),
        b';' => Some("semíkomma"),
        b'\t' => Some("dálkahopp (tab)"),
        b'|' => Some("lóðrétt strik"),
        _ => None,
    }
}

/// A blank cell, in a message.
pub(super) fn blank() -> &'static str {
    "(autt)"
}

/// The template of a row issue's message.
pub(super) fn issue(k: &IssueKind) -> &'static str {
    let one = |n: u64| Locale::Is.plural(n) == Plural::One;
    match k {
        IssueKind::NotANumber => "Búist var við tölu.",
        IssueKind::NotADate => "Búist var við dagsetningu.",
        IssueKind::NegativeCount => "Fjöldi getur ekki verið neikvæður.",
        IssueKind::TooManyCells { found, .. } if one(*found as u64) => "Línan hefur {found} reit; fyrirsögnin {expected}. Sleppt: ekki er hægt að koma aukareitunum fyrir.",
        IssueKind::TooManyCells { .. } => "Línan hefur {found} reiti; fyrirsögnin {expected}. Sleppt: ekki er hægt að koma aukareitunum fyrir.",
        IssueKind::TooFewCells { found, .. } if one(*found as u64) => "Línan hefur {found} reit; fyrirsögnin {expected}. Reitirnir sem vantar voru lesnir sem auðir.",
        IssueKind::TooFewCells { .. } => "Línan hefur {found} reiti; fyrirsögnin {expected}. Reitirnir sem vantar voru lesnir sem auðir.",
        IssueKind::SummaryRow => "Samtalslína: sleppt svo ekkert sé talið tvisvar.",
        IssueKind::EmptyRow => "Allir reitir eru auðir.",
        IssueKind::TotalByArithmetic => "Lína án nafns eða með nafni samtölu („Samtals án VSK“) þar sem hver samtalsdálkur jafngildir summu hinna línanna: samtala útflutningsins sjálfs, sleppt svo ekkert sé talið tvisvar.",
        IssueKind::BelowTotal => "Lína fyrir neðan samtölu skjalsins sem fyllir fáa samtalsdálka hennar (VSK, samtala með VSK, þóknun): ekki lína töflunnar, sleppt.",
        IssueKind::MoneyLine => "Lína fyrir neðan gögnin um peningana (fjárhagsáætlun, það sem eftir er, þóknun, VSK) sem fyllir fáa samtalsdálka þeirra: ekki lína töflunnar, sleppt. Þóknun stofu á heima í launakostnaði.",
        IssueKind::SubtotalByArithmetic { .. } => "Hver samtalsdálkur þessarar línu jafngildir summu {rows} línanna fyrir ofan: millisamtala (eða heildarsamtala línanna með millisamtölum), sleppt svo ekkert sé talið tvisvar.",
        IssueKind::TotalLabelIsData => "Nafn þessarar línu byrjar eins og samtala, en tölurnar sýna að hún er það ekki (samtala útflutningsins telur hana, eða hún er ekki summa hinna línanna): hún er höfð með sem gögn.",
        IssueKind::TotalAgrees => "Samtala útflutningsins stemmir við summu notaðra lína.",
        IssueKind::TotalDiffers { .. } => "Samtala útflutningsins segir {theirs}; notaðar línur gera {ours}. Línur síaðar eða fjarlægðar í tólinu, eða samtala annars umfangs? Tölurnar byggja á línunum.",
        IssueKind::ColumnsNotMatched { .. } => "Fyrirsögnin hefur {columns} dálka; aðeins fyrstu {matched} voru tengdir við reiti. Tengdu aðra handvirkt.",
        IssueKind::NoteLine => "Athugasemdalína, ekki gögn.",
        IssueKind::AfterTable => "Neðan við lok töflunnar (á eftir athugasemdalínu): ekki gögn þessarar töflu.",
        IssueKind::StatedPeriod { .. } => "Skýrslan tilgreinir tímabil sitt, {from} til {to}; línur án eigin dagsetningar teljast til þess.",
        IssueKind::KindAssumed { .. } => "Lesið sem {kind} út frá {found} af {usual} venjulegum dálkum: athugaðu tegundina og dálkana í stillingum skrárinnar.",
        IssueKind::TitleLines { count } if one(*count) => "{count} lína fyrir ofan fyrirsögnina (titill skýrslu) var hunsuð.",
        IssueKind::TitleLines { .. } => "{count} línur fyrir ofan fyrirsögnina (titill skýrslu) voru hunsaðar.",
        IssueKind::EncodingFallback => "Skráin er ekki UTF-8; hún var lesin sem Windows-1252 (Excel, Vestur-Evrópa). Breyttu því í stillingum skrárinnar ef stafir líta rangt út.",
        IssueKind::UndecodableBytes { count } if one(*count as u64) => "{count} stafur var ólesanlegur og birtist sem �.",
        IssueKind::UndecodableBytes { .. } => "{count} stafir voru ólesanlegir og birtast sem �.",
        IssueKind::Malformed { .. } => "CSV-uppbyggingin er brotin hér: {detail}. Afgangur skrárinnar var ekki lesinn.",
        IssueKind::UnclosedQuote => "Gæsalappir opnast hér og lokast aldrei, svo afgangur skrárinnar var lesinn sem einn reitur. Athugaðu skrána í kringum þessa línu.",
        IssueKind::DateOrderAssumed { day_first: true } => "Engin dagsetning sýnir röð dags og mánaðar; gert var ráð fyrir degi fyrst (31/12).",
        IssueKind::DateOrderAssumed { day_first: false } => "Engin dagsetning sýnir röð dags og mánaðar; gert var ráð fyrir mánuði fyrst (12/31).",
        IssueKind::DecimalMarkAssumed { .. } => "Engin tala sýnir tugabrotsmerkið; gert var ráð fyrir „{mark}“.",
        IssueKind::MappingUndone { .. } => "Fyrirsögnin bendir til „{field}“, en {not_fitting} af {sampled} prófuðum gildum passa ekki, svo dálkurinn er ekki notaður. Tengdu hann handvirkt ef það er rangt.",
        IssueKind::MixedResults { .. } => "Þessi dálkur leggur saman ólíkar niðurstöður ({kinds} tegundir, nefndar í „{indicator}“: dreifing, smellir á tengil, kaup…), svo hann er ekki talinn sem umbreytingar. Tengdu dálk með einni tegund niðurstöðu, t.d. kaup eða sölumöguleika, við umbreytingar.",
        IssueKind::UnmappedColumn => "Dálkurinn passar ekki við neinn þekktan reit; hann er ekki notaður.",
        IssueKind::RepeatedHeader { .. } => "Þessi dálkur hefur sama haus og dálkur {first}, sem er lesinn: hver tala er lesin úr einum dálki, svo þessum er sleppt. Ef skjalið setur rásir hlið við hlið, fluttu út eina rás í hverri skrá eða tengdu þennan dálk í stað hins.",
        IssueKind::SubtotalsAsRows => "Allar summur notuðu línanna eru nákvæmlega tvöföld heildartala skrárinnar í þessari línu: línurnar innihalda millisummur sem ekki var hægt að greina frá (hópalínur veltitöflu?). Summunum er sleppt frekar en að tvöfalda þær: fluttu töfluna út án millisumma.",
        IssueKind::MixedCurrencies { .. } => "Upphæðir þessarar skrár eru í {currencies} gjaldmiðlum: þeim er sleppt frekar en að leggja saman ólíka gjaldmiðla. Fluttu út upphæðir umreiknaðar í einn gjaldmiðil (Stripe: „Converted Amount“), eða eina skrá á gjaldmiðil.",
        IssueKind::PartsSummed { .. } => "„{field}“ er lesið sem {parts}, línu fyrir línu: skráin gefur aðeins þessa hluta.",
        IssueKind::SheetRead { .. } => "Blaðið „{sheet}“ í þessari vinnubók var lesið: sýnilega blaðið með flest gildi.",
        IssueKind::SheetNotRead { .. } => "Blaðið „{sheet}“ í þessari vinnubók hefur líka gildi og var ekki lesið: eitt blað er lesið úr hverri skrá. Til að bæta því við, vistaðu það sem sérstaka .xlsx- eða CSV-skrá og bættu henni við.",
        IssueKind::MemberRead { .. } => "Skráin „{member}“ í þessari zip-skrá var lesin.",
        IssueKind::MemberNotRead { .. } => "Í zip-skránni er líka „{member}“, sem var ekki lesin: ein skrá er lesin úr hverri zip-skrá. Til að bæta henni við, afþjappaðu zip-skrána og bættu skránni við.",
        IssueKind::HeadersGenerated { .. } => "Skráin hefur enga fyrirsagnarlínu; dálkar hennar, {columns} talsins, voru nefndir „dálkur 1“ til „dálkur {columns}“. Tengdu þá handvirkt.",
        IssueKind::UnknownOrderStatus { rows, .. } if one(*rows) => "{rows} lína hefur pöntunarstöðu sem ekki er hægt að lesa ({statuses}): orð sem stöðuorðasafnið þekkir ekki, eða hlutaendurgreiðsla án dálks fyrir endurgreidda upphæð. Frekar en að giska eru pantanir skrárinnar ekki taldar með í pöntunum, tekjum né viðskiptavinum. Aftengdu stöðudálkinn til að telja hverja línu, eða lagaðu stöðurnar í skránni.",
        IssueKind::UnknownOrderStatus { .. } => "{rows} línur hafa pöntunarstöðu sem ekki er hægt að lesa ({statuses}): orð sem stöðuorðasafnið þekkir ekki, eða hlutaendurgreiðsla án dálks fyrir endurgreidda upphæð. Frekar en að giska eru pantanir skrárinnar ekki taldar með í pöntunum, tekjum né viðskiptavinum. Aftengdu stöðudálkinn til að telja hverja línu, eða lagaðu stöðurnar í skránni.",
        IssueKind::RowsWithoutCustomer { count } if one(*count) => "{count} lína hefur engan viðskiptavin: hún telst með í pöntunum og tekjum, en ekki í viðskiptavinum, brottfalli, tryggð, árgöngum né pöntunum á viðskiptavin.",
        IssueKind::RowsWithoutCustomer { .. } => "{count} línur hafa engan viðskiptavin: þær teljast með í pöntunum og tekjum, en ekki í viðskiptavinum, brottfalli, tryggð, árgöngum né pöntunum á viðskiptavin.",
        IssueKind::UnclassifiedOutcome { rows, .. } if one(*rows) => "Stigið {value} ({rows} lína) les hvorki sem unnið, tapað né opið. Viðskiptavinir, tekjur, vinningshlutfall, sölupípa og tölurnar sem á þeim byggja eru ekki sýndar fyrr en þú segir hvað það er (Tenging þessarar skrár).",
        IssueKind::UnclassifiedOutcome { .. } => "Stigið {value} ({rows} línur) les hvorki sem unnið, tapað né opið. Viðskiptavinir, tekjur, vinningshlutfall, sölupípa og tölurnar sem á þeim byggja eru ekki sýndar fyrr en þú segir hvað það er (Tenging þessarar skrár).",
        IssueKind::OutcomeAssumed => "Skráin hefur engan dálk fyrir stig, stöðu eða unnið/lokað: hvert sölutækifæri með lokadag telst unnið.",
        IssueKind::ExcelDamage { count, .. } if one(*count) => "{count} reitur lítur út eins og dagsetning sem Excel bjó til úr bili á borð við 1-5 (t.d. {examples}). Hann var geymdur eins og hann er; fluttu skrána aftur út án þess að opna hana í Excel til að fá upprunalegu gildin.",
        IssueKind::ExcelDamage { .. } => "{count} reitir líta út eins og dagsetningar sem Excel bjó til úr bilum á borð við 1-5 (t.d. {examples}). Þeir voru geymdir eins og þeir eru; fluttu skrána aftur út án þess að opna hana í Excel til að fá upprunalegu gildin.",
    }
}

/// The template of a review's rationale; `days` is the plural form of `{days}`.
pub(super) fn review(r: ReviewRule, days: Plural) -> &'static str {
    let one = days == Plural::One;
    match r {
        ReviewRule::Nurture if one => "Ræktunarverkferlar: á {days} dags fresti eftir síðustu yfirferð.",
        ReviewRule::Nurture => "Ræktunarverkferlar: á {days} daga fresti eftir síðustu yfirferð.",
        ReviewRule::AutomationFirst if one => "Ný sjálfvirkniregla: fyrsta yfirferð {days} degi eftir uppsetningu, til að finna mistök snemma.",
        ReviewRule::AutomationFirst => "Ný sjálfvirkniregla: fyrsta yfirferð {days} dögum eftir uppsetningu, til að finna mistök snemma.",
        ReviewRule::Automation if one => "Sjálfvirknireglur: á {days} dags fresti eftir síðustu yfirferð.",
        ReviewRule::Automation => "Sjálfvirknireglur: á {days} daga fresti eftir síðustu yfirferð.",
        ReviewRule::Scoring if one => "Stigareglur: á {days} dags fresti þar til þær eru fínstilltar (merktu þær fínstilltar fyrir tvisvar á ári).",
        ReviewRule::Scoring => "Stigareglur: á {days} daga fresti þar til þær eru fínstilltar (merktu þær fínstilltar fyrir tvisvar á ári).",
        ReviewRule::ScoringTuned if one => "Fínstilltar stigareglur: á {days} dags fresti.",
        ReviewRule::ScoringTuned => "Fínstilltar stigareglur: á {days} daga fresti.",
        ReviewRule::ScoringTrigger => "Núna: minna en {min} MQL þessa tímabils var samþykkt sem SQL.",
        ReviewRule::Assignment if one => "Úthlutun leads: á {days} dags fresti.",
        ReviewRule::Assignment => "Úthlutun leads: á {days} daga fresti.",
        ReviewRule::AssignmentSalesCycle if one => "Úthlutun leads: einu sinni í hverju söluferli ({days} dagur, mælt miðgildi), sem er lengra en ársfjórðungur.",
        ReviewRule::AssignmentSalesCycle => "Úthlutun leads: einu sinni í hverju söluferli ({days} dagar, mælt miðgildi), sem er lengra en ársfjórðungur.",
        ReviewRule::ContentGroup if one => "Efni er yfirfarið sem einn hópur, á {days} dags fresti frá elsta atriðinu.",
        ReviewRule::ContentGroup => "Efni er yfirfarið sem einn hópur, á {days} daga fresti frá elsta atriðinu.",
        ReviewRule::Other if one => "Á {days} dags fresti.",
        ReviewRule::Other => "Á {days} daga fresti.",
        ReviewRule::Unknown => "Engin uppsetningar- eða yfirferðardagsetning: farðu yfir núna til að setja klukkuna af stað.",
    }
}

/// The template of an attribution model's definition; `days` is the plural form of
/// the half-life.
pub(super) fn model(m: Model, days: Plural) -> &'static str {
    match m {
        Model::FirstTouch => "Allt til fyrstu snertingar.",
        Model::LastTouch => "Allt til síðustu snertingar á vinningsdegi eða fyrr.",
        Model::Linear => "Jafn hlutur til hverrar snertingar.",
        Model::UShaped => "40% til fyrstu snertingar, 40% til síðustu, 20% dreift á snertingarnar á milli (ein snerting: 100%; tvær: 50/50).",
        Model::UShaped5050 => "Helmingur til fyrstu snertingar, helmingur til síðustu, ekkert á milli.",
        Model::WShaped => "30% til fyrstu snertingar, 30% til síðustu snertingar þegar eða áður en lead varð MQL (annars sölutækifæri, annars miðsnertingar), 30% til síðustu, 10% á hinar.",
        Model::FullPath => "22,5% hvert til fyrstu snertingar, MQL-snertingar, sölutækifærissnertingar og síðustu snertingar (lokunar), 10% á hinar; hlutur óþekkts áfanga fer til snertinganna á milli.",
        Model::TimeDecay if days == Plural::One => "Hver snerting vegur helmingi minna fyrir hvern {days} dag milli hennar og vinningsins.",
        Model::TimeDecay => "Hver snerting vegur helmingi minna fyrir hverja {days} daga milli hennar og vinningsins.",
        Model::Custom => "Þín vægi: fyrsta {first}, miðja {middle} (dreift á snertingarnar á milli), síðasta {last}.",
    }
}

/// The page's own text.
pub(super) fn ui(u: Ui) -> &'static str {
    match u {
        Ui::Title => "Markaðsúttekt",
        Ui::Tagline => "Slepptu útflutningsskránum þínum hér. Allt er reiknað á þessari síðu; ekkert fer úr vafranum þínum.",
        Ui::Language => "Tungumál",
        Ui::DropHere => "Slepptu útflutningsskrám hér (CSV, Excel .xlsx, .zip), eða veldu skrár",
        Ui::DropHint => "Auglýsingar, tölvupóstur, CRM, vefgreining — aðeins lesið á þessari síðu.",
        Ui::LoadDemo => "Hlaða sýnidæmi",
        Ui::Clear => "Hreinsa",
        Ui::ExportJson => "Flytja út JSON",
        Ui::ExportCsv => "Flytja út CSV",
        Ui::Print => "Prenta",
        Ui::PaidMedia => "Keyptir miðlar",
        Ui::FunnelAndCustomers => "Sölutrekt og viðskiptavinir",
        Ui::WebAnalytics => "Vefgreining",
        Ui::SocialPosts => "Færslur á samfélagsmiðlum",
        Ui::CampaignResponses => "Svör við herferðum",
        Ui::AutomationAudit => "Úttekt á sjálfvirkni markaðsstarfs",
        Ui::Attribution => "Tileinkun tekna af sölutækifærum",
        Ui::Goals => "Markmið og tilgátur",
        Ui::Notes => "Ákvarðanir og athugasemdir",
        Ui::Sheet => "Lifandi úttektarskjal",
        Ui::SaveReopen => "Vista og opna aftur",
        Ui::Files => "Skrár",
        Ui::Cohorts => "Tryggð eftir öflunarárgangi (ársfjórðungur fyrstu pöntunar)",
        Ui::ReviewSchedule => "Yfirferðaráætlun",
        Ui::WhyAuditNow => "Hvers vegna úttekt núna",
        Ui::HeadlineCharts => "Helstu mælikvarðar síðustu 12 mánuði",
        Ui::Trends => "Þróun",
        Ui::LongTerm => "Til lengri tíma: vaxandi og dvínandi",
        Ui::LeadVelocity => "Hraði leads",
        Ui::MqlAcceptance => "Samþykki MQL → SQL",
        Ui::Forecast => "Spá",
        Ui::Precedes => "Hvað fer á undan hverju stigi",
        Ui::Offline => "marketing-audit virkar án nettengingar og sendir enga beiðni eftir að síðan hefur hlaðist. ",
        Ui::ColFile => "Skrá",
        Ui::ColKind => "Tegund",
        Ui::ColRowsRead => "Línur lesnar",
        Ui::ColUsed => "Notaðar",
        Ui::ColSkipped => "Sleppt",
        Ui::ColRepaired => "Lagfærðar",
        Ui::ColHowRead => "Hvernig hún var lesin",
        Ui::ColLine => "Lína",
        Ui::ColColumn => "Dálkur",
        Ui::ColAction => "Aðgerð",
        Ui::ColReason => "Ástæða",
        Ui::ColText => "Texti",
        Ui::ColStageOrStatus => "Stig eða staða",
        Ui::ColRows => "Línur",
        Ui::ColCountsAs => "Telst sem",
        Ui::ColField => "Reitur",
        Ui::ColConfidence => "Vissa",
        Ui::ColDone => "Lokið",
        Ui::ColResult => "Niðurstaða",
        Ui::ColCheck => "Athugun",
        Ui::ColEvidence => "Rök",
        Ui::ColProgram => "Verkferill",
        Ui::ColType => "Tegund",
        Ui::ColOwner => "Ábyrgðaraðili",
        Ui::ColLastReview => "Síðasta yfirferð",
        Ui::ColNextReview => "Næsta yfirferð",
        Ui::ColStatus => "Staða",
        Ui::ColWhyThisDate => "Hvers vegna þessi dagsetning",
        Ui::ColTotal => "Samtals",
        Ui::ColTrend => "Þróun",
        Ui::ColCohort => "Árgangur",
        Ui::ColKpi => "Mælikvarði",
        Ui::ColBaseline => "Grunnlína",
        Ui::CrashTitle => "Eitthvað fór úrskeiðis: síðan hætti að virka",
        Ui::CrashBody => "Það sem er á skjánum helst óbreytt og enn má prenta það úr valmynd vafrans. Skrárnar þínar fóru aldrei af þessu tæki. Úttektir vistaðar í þessum vafra haldast: endurhlaðið síðunni til að byrja aftur og opnið eina þeirra.",
        Ui::CrashReport => "Til að tilkynna villuna, afritið textann hér fyrir neðan í tilkynninguna (lesið hann fyrst yfir: hann gæti vitnað í gildi úr skránum ykkar).",
        Ui::ColPearson => "Pearson r",
        Ui::ColSpearman => "Spearman ρ",
        Ui::ColAccepted => "Samþykkt",
        Ui::ColCustomers => "Viðskiptavinir",
        Ui::ColDaysInStageWeeks => "Dagar á stigi (vikur)",
        Ui::ColDays => "Dagar",
        Ui::ColEntries => "Færslur inn",
        Ui::ColLead => "Lead",
        Ui::ColLeadsNow => "Leads núna",
        Ui::VelocityFunnelNote => "Leads sem náðu hverju stigi, og hlutfall fyrra stigs sem hélt áfram.",
        Ui::ColLift => "Lyfting",
        Ui::ColLimit => "Mörk",
        Ui::ColMqlCohort => "MQL-árgangur",
        Ui::ColMqls => "MQL",
        Ui::ColMeanDays => "Dagar (meðaltal)",
        Ui::ColMedianDays => "Dagar (miðgildi)",
        Ui::ColMedian => "Miðgildi",
        Ui::MqlAlarm => "Minna en {min} MQL var samþykkt: farðu yfir stigareglurnar núna.",
        Ui::ColReEntries => "Endurkomur",
        Ui::ColReaching => "Ná stiginu",
        Ui::ColShare => "Hlutfall",
        Ui::ColSince => "Síðan",
        Ui::ColSource => "Uppruni",
        Ui::ColStage => "Stig",
        Ui::ColStillInStage => "Enn á stigi",
        Ui::ColToNextStage => "Á næsta stig",
        Ui::CorrelationNotCausation => "Fylgni er ekki orsakasamband. ",
        Ui::NoTrend => "Færri en þrjú tímabil með gögnum: engin þróun til að meta.",
        Ui::ColLag => "Töf",
        Ui::ColPoints => "Punktar",
        Ui::CorrelationWarning => "Tvær raðir geta fylgst að vegna þess að þriðji þáttur knýr báðar, eða fyrir tilviljun yfir fá tímabil. Líttu á sterka fylgni sem tilgátu til að prófa með stýrðri breytingu, aldrei sem niðurstöðu.",
        Ui::AttributionNote => "Tileinkunarlíkön skipta heiðrinum eftir reglu; ekkert þeirra mælir hverju snerting olli. Aðeins snertingar á eða fyrir vinningsdag sölutækifæris teljast, og rás sem skrárnar skrá ekki getur ekki fengið heiður.",
        Ui::ModelParameters => "Færibreytur líkana",
        Ui::EmailRatesDivideBy => "Hlutföll tölvupósts deila með ",
        Ui::EngagementDividesBy => "Virknihlutfall deilir með ",
        Ui::IncludeLabour => " Telja launakostnað með í kostnaði, arðsemi fjárfestingar og arðsemi sölu",
        Ui::GrossMargin => "Framlegð % ",
        Ui::HourlyRate => "Tímagjald ",
        Ui::Periods => "Tímabil: ",
        Ui::DeliveredEmails => "afhentra pósta",
        Ui::SentEmails => "sendra pósta",
        Ui::OptImpressions => "birtingum",
        Ui::OptFollowers => "fylgjendum",
        Ui::Definitions => "Skilgreiningar allra talna: docs/metrics.md í verkefninu.",
    }
}

/// The template of a heading with values.
pub(super) fn heading(h: Heading) -> &'static str {
    match h {
        Heading::Headline => "Helstu mælikvarðar — {period}",
        Heading::TableTitle => "{title} — {period}",
        Heading::EmailHealth => "Heilsa tölvupósts — {bucket}",
        Heading::CustomersBy => "Viðskiptavinir — {bucket}",
        Heading::ChannelMix => "Skipting auglýsingakostnaðar eftir rásum — {bucket}",
        Heading::Checklist => {
            "Gátlisti — alvarlegt: {critical}, viðvaranir: {warnings}, í lagi: {passed}"
        }
        Heading::RowIssues => {
            "Línuvandamál og athugasemdir við innflutning ({count}, sleppt: {skipped})"
        }
        Heading::SalesCycle => {
            "Söluferli: miðgildi {median}, meðaltal {mean} (viðskiptavinir: {count})"
        }
        Heading::SinceLastPeriod => "Frá síðasta tímabili{period}",
    }
}

/// "day" after a number, in the form the number asks for.
pub(super) fn days_noun(p: Plural) -> &'static str {
    match p {
        Plural::One => "dagur",
        Plural::Few => "dagar",
        Plural::Many => "dagar",
    }
}

/// Orðin sem leiða lesandann um úttektina.
pub(super) fn guide(g: super::Guide) -> &'static str {
    use super::Guide;
    match g {
        Guide::VerdictTitle => "Niðurstöður úttektarinnar",
        Guide::DataLine => "Tímabil úttektar: {period}, miðað við {as_of}; gögn frá {from} til {to}; skrár lesnar: {files}; raðir notaðar: {rows}.",
        Guide::NoData => "Engar skrár enn: slepptu útflutningsskrám hér eða hlaðu inn sýnigögnum.",
        Guide::NoDates => "Skrár lesnar: {files}; raðir notaðar: {rows}. Engin röð ber dagsetningu, svo úttektin nær yfir alla skrána án tímabila.",
        Guide::FindingsTitle => "Alvarleg atriði og viðvaranir",
        Guide::NothingFlagged => "Ekkert alvarlegt og engin viðvörun: öll próf stóðust eða höfðu engin gögn.",
        Guide::WhatToDo => "Hvað skal gera: ",
        Guide::DueTitle => "Yfirferðir á dagskrá",
        Guide::NothingDue => "Engin yfirferð er komin fram yfir tíma eða á næsta leiti.",
        Guide::DueOverdue => "{program}: {days} d fram yfir tíma",
        Guide::DueSoon => "{program}: á dagskrá {date}, eftir {days} d",
        Guide::Sections => "Hlutar",
        Guide::DataAndSettings => "Gögn og stillingar",
        Guide::DataSummary => "skrár lesnar: {files}; raðir notaðar: {rows}; raðir slepptar: {skipped}",
        Guide::SkipToVerdict => "Fara beint í niðurstöðurnar",
        Guide::NavChecklist => "Gátlisti",
        Guide::NavEmail => "Heilsa tölvupósts",
        Guide::NavCustomers => "Viðskiptavinir",
        Guide::NavRowIssues => "Vandamál í röðum",
        Guide::Continued => "{title} (framhald)",
        Guide::StatusReading => "Les skrár: {count} eftir…",
        Guide::NewVersion => "Ný útgáfa af marketing-audit hefur verið sett upp. Endurhladdu síðuna til að nota hana; vistaðu úttektina fyrst ef þú vilt halda skrám og athugasemdum þessarar lotu.",
        Guide::Reload => "Endurhlaða",
        Guide::StatusReady => "Úttekt tilbúin; skrár lesnar: {files}.",
        Guide::StatusFile => "Les {file}: {done} af {total}, {rows} raðir ({rate}/s, {row_rate} raðir/s, um {left} eftir)",
        Guide::StatusComputing => "Reikna úttektina…",
        Guide::CancelReading => "Hætta við",
        Guide::ReadingCancelled => "Lestri hætt: {files} ekki með. Úttektin sýnir hinar skrárnar.",
        Guide::EngineStopped => "Úttektarvélin stöðvaðist óvænt og var endurræst. Ekki með: {files}. Aðrar skrár, stillingar og síðasta úttekt eru varðveittar; vinsamlega tilkynntu skrána sem olli þessu.",
        Guide::EngineOnPage => "Vafrinn gat ekki ræst bakgrunnsvélina, svo úttektin er reiknuð á síðunni: stórar skrár geta fryst hana meðan þær eru lesnar.",
        Guide::StatusEmpty => "Engar skrár enn: slepptu útflutningsskrám hér að ofan eða hlaðu inn sýnigögnum.",
        Guide::ChartRose => "{metric}: hækkun um {change} frá {from} til {to}.",
        Guide::ChartFell => "{metric}: lækkun um {change} frá {from} til {to}.",
        Guide::ChartSteady => "{metric}: engin marktæk breyting frá {from} til {to}, {value}.",
        Guide::ChartFromZero => "{metric}: úr 0 á {from} í {value} á {to}.",
        Guide::ChartLeader => "{group} er efst með {value}, {share} af heildinni.",
        Guide::ChartThrough => "Af {first} náðu {share} stiginu {last}.",
    }
}

/// Hvað skal gera við reglu sem er alvarleg eða með viðvörun.
pub(super) fn rule_action(r: RuleId) -> &'static str {
    match r {
        RuleId::BounceRate => "hreinsaðu listann: fjarlægðu varanleg endurkast og staðfestu óvirk netföng aftur fyrir næstu sendingu.",
        RuleId::SpamComplaints => "sendu aðeins þeim sem skráðu sig, auðveldaðu afskráningu og hægðu á sendingum sem vekja kvartanir.",
        RuleId::Unsubscribes => "skoðaðu sendingarnar sem misstu lesendur: tíðni, erindi og viðtakendur.",
        RuleId::ListShrinking => "bættu við skráningarleiðum og gættu þess að afskráningar og endurkast séu ekki fleiri en nýir áskrifendur.",
        RuleId::LtvToCac => "lækkaðu öflunarkostnað veikustu rásanna, eða auktu virði viðskiptavina, áður en meira er eytt.",
        RuleId::MqlAcceptance => "farðu strax yfir stigagjöf leiða með sölunni: MQL sem hún hafnar eru röngu leiðirnar.",
        RuleId::HeadlineMove => "finndu orsök hverrar snarprar breytingar fyrir næsta tímabil: herferð, breytt mæling eða árstíð.",
        RuleId::LongTermFading => "ákveddu fyrir hverja dvínandi röð hvort eigi að laga hana eða færa fjármagnið annað.",
        RuleId::StagnatingLeads => "gefðu hverri fastri leið ábyrgðarmann og næsta skref, eða lokaðu henni.",
        RuleId::TooLittleData => "bíddu eftir mánuði af gögnum, eða bættu við eldri skrám, áður en ályktanir eru dregnar.",
        RuleId::PinnedCount => "festu 3 til 10 lykilmælikvarða svo yfirlitið haldist markvisst.",
        RuleId::ReviewsOverdue => "bókaðu yfirferðirnar sem eru komnar fram yfir tíma (sjá yfirferðaáætlun).",
    }
}

/// Setningar inni í yfirlitunum.
pub(super) fn sentence(s: super::Sentence) -> &'static str {
    use super::Sentence;
    match s {
        Sentence::EvidenceFigure => "{metric} — {group}: {value}",
        Sentence::EvidenceFigurePeriod => "{metric} — {group} á {period}: {value}",
        Sentence::EvidenceFigureBase => "{metric} — {group}: {value} (var {base})",
        Sentence::EvidenceFigurePeriodBase => "{metric} — {group} á {period}: {value} (var {base})",
        Sentence::DemoBadge => "Sýnigögn.",
        Sentence::FilesList => "Skrár: {list}.",
        Sentence::PrintSettingsLabourIn => "Tímabil: {bucket}. Vinnukostnaður talinn með í kostnaði, arðsemi og CAC. Tölvupósthlutföll deilast með {email} póstum. Þátttökuhlutfall deilist með {engagement}. Skilgreining hverrar tölu er undir töflu hennar og í docs/metrics.md.",
        Sentence::PrintSettingsLabourOut => "Tímabil: {bucket}. Vinnukostnaður ekki talinn með í kostnaði. Tölvupósthlutföll deilast með {email} póstum. Þátttökuhlutfall deilist með {engagement}. Skilgreining hverrar tölu er undir töflu hennar og í docs/metrics.md.",
        Sentence::SaveNote => "Vistuð úttekt geymir stillingar, dálkavörpun, festa mælikvarða, markmið, athugasemdir, úttektarblaðið og tölurnar í einni skrá á tækinu þínu. Ekkert er sent.",
        Sentence::IncludeRaw => "taka hráu skrárnar með",
        Sentence::SaveAudit => "Vista úttekt",
        Sentence::OpenSaved => "Opna vistaða úttekt",
        Sentence::ForgetConfirm => "Smelltu aftur til að gleyma öllu",
        Sentence::Forget => "Gleyma öllu",
        Sentence::EarlierAudits => "Fyrri úttektir vistaðar í þessum vafra ({n})",
        Sentence::Reopen => "Opna aftur",
        Sentence::Undated => "ódagsett",
        Sentence::SavedBoth => "Vistað í skrá og í sögu þessa vafra.",
        Sentence::SavedFileOnly => "Vistað í skrá; saga þessa vafra er ekki tiltæk ({error}).",
        Sentence::Reopened => "Úttekt opnuð aftur.",
        Sentence::ReopenedHistory => "Úttekt opnuð aftur úr sögu þessa vafra.",
        Sentence::Forgotten => "Allt sem þessi síða geymdi í vafranum er horfið.",
        Sentence::ForgetPartial => "Staðbundin geymsla hreinsuð; ekki tókst að eyða sögugagnagrunninum ({error}).",
        Sentence::ImportSheet => "Flytja inn blað síðasta ársfjórðungs",
        Sentence::ExportSheet => "Flytja út blað (CSV)",
        Sentence::ColAsset => "Eign",
        Sentence::SinceBaseline => "Frá grunngildi",
        Sentence::SinceLastAudit => "Frá síðustu úttekt",
        Sentence::AddGoal => "Bæta við markmiði",
        Sentence::GoalAtMost => "í mesta lagi",
        Sentence::GoalAtLeast => "að minnsta kosti",
        Sentence::GoalTarget => "markmið",
        Sentence::GoalTargetPercent => "markmið %",
        Sentence::ReadingAtLine => "Lína {line}: {note}",
        Sentence::ReadingAtCell => "Lína {line} ({column}): {note}",
        Sentence::TotalFoundBySums => "eigin samtala útflutningsins (fundin út frá summunum) var tekin frá.",
        Sentence::TotalAgreesWithRows => "eigin samtala útflutningsins var tekin frá; hún stemmir við línurnar.",
        Sentence::ForecastNote => "Gert er ráð fyrir að núverandi leads hvers stigs (að frátöldum þeim sem eru komin yfir stöðnunarmörkin) færist áfram á sögulegu umbreytingarhlutfalli, eftir miðgildistíma stigsins;",
        Sentence::ForecastStep => "{stage}: {current} núna, {rate} → næsta stig, miðgildi {median}.",
        Sentence::ActionsNote => "Aðgerðir sem sjást oftar á undan því að lead fer á stig en á undan stigskiptum almennt (lyfting > 1). Fylgni er ekki orsakasamhengi: prófaðu breytingu áður en þú eignar aðgerð árangurinn.",
        Sentence::Histogram => "Súlurit yfir daga á stiginu {stage}",
        Sentence::StageCountsTitle => "Leads á hverju stigi í lok hvers tímabils",
        Sentence::NotSet => "(ekki skráð)",
        Sentence::MeanDaysHint => "Síðasta lokna dvöl hvers leads",
        Sentence::StillInStageHint => "Leads sem eru enn á stiginu: talin sér, ekki sem loknar dvalir",
        Sentence::AsOf => "Miðað við",
        Sentence::HourlyRateHint => "Verðleggur dálk vinnustunda: launakostnaður = stundir × tímagjald.",
        Sentence::GrossMarginHint => "Fyrir CLV út frá framlegð ÷ brottfalli í pöntunarskrám; hafðu autt ef óþekkt.",
        Sentence::VsPeriod => "{change} miðað við {period}",
        Sentence::ByMonth => "{metric} eftir mánuðum",
        Sentence::ChooseHeadline => "Veldu lykilmælikvarða",
        Sentence::SplitBy => "Skipta eftir",
        Sentence::PeriodMenu => "Tímabil",
        Sentence::WholeRange => "Allt tímabilið",
        Sentence::WholeRangeInTitle => "allt tímabilið",
        Sentence::FindGroup => "Finna hóp",
        Sentence::ShowAll => "Sýna allt",
        Sentence::HowComputed => "Hvernig þessar tölur eru reiknaðar",
        Sentence::Last12Months => "Síðustu 12 mánuðir",
        Sentence::YearBefore => "Ári fyrr",
        Sentence::SeriesTotal => "Samtals",
        Sentence::ByMonthWithYearBefore => "{metric} eftir mánuðum, borið saman við árið á undan",
        Sentence::SpendStacked => "Útgjöld eftir rásum, staflað",
        Sentence::ByBucket => "{metric} {by}",
        Sentence::ByDimensionWholeRange => "{metric} eftir {dimension}, allt tímabilið",
        Sentence::RoseVsPrevious => "{group} hækkaði um {change} miðað við tímabilið á undan",
        Sentence::RoseVsYearAgo => "{group} hækkaði um {change} miðað við sama tíma í fyrra",
        Sentence::FellVsPrevious => "{group} lækkaði um {change} miðað við tímabilið á undan",
        Sentence::FellVsYearAgo => "{group} lækkaði um {change} miðað við sama tíma í fyrra",
        Sentence::NothingToFlag => "Engin breyting fer yfir bæði mörkin ({threshold} og lágmarksupphæð), svo ekkert er flaggað.",
        Sentence::MovesWith => "Fylgjast {metric} og {other} að?",
        Sentence::SecondMetric => "Seinni mælikvarði",
        Sentence::SamePeriod => "sama tímabil",
        Sentence::HypothesisTogether => "Tilgáta til að prófa: {a} og {b} hreyfast saman á sama tímabili. Breyttu öðru viljandi (í einni herferð, í eitt tímabil) og fylgstu með hinu.",
        Sentence::HypothesisOpposite => "Tilgáta til að prófa: {a} og {b} hreyfast í gagnstæðar áttir á sama tímabili. Breyttu öðru viljandi (í einni herferð, í eitt tímabil) og fylgstu með hinu.",
        Sentence::NoCorrelation => "Engin fylgni nógu sterk (|r| ≥ {r}, {points} punktar eða fleiri) til að benda á tilgátu.",
        Sentence::Tuned => "stillt",
        Sentence::NoDataForCheck => "Engin gögn fyrir þessa athugun.",
        Sentence::InventoryPrompt => "Slepptu hér skrá yfir ferli (ferli, tegund, uppsetningardagur, síðasta yfirferð, ábyrgðaraðili), eða bættu ferlum við hér fyrir neðan, til að fá næsta yfirferðardag hvers ferlis.",
        Sentence::AddToCalendar => "Bæta við dagatal (.ics)",
        Sentence::IcsSummary => "Yfirferð: {program}",
        Sentence::StatusOverdue => "{days} d. fram yfir",
        Sentence::StatusDueSoon => "á gjalddaga eftir {days} d.",
        Sentence::StatusScheduled => "eftir {days} d.",
        Sentence::ThresholdsTitle => "Viðmiðunarmörk og tíðni yfirferða",
        Sentence::BounceWarning => "Viðvörun, hopphlutfall %",
        Sentence::BounceCritical => "Alvarlegt, hopphlutfall %",
        Sentence::SpamWarning => "Viðvörun, ruslpóstkvartanir %",
        Sentence::SpamCritical => "Alvarlegt, ruslpóstkvartanir %",
        Sentence::UnsubscribesPerSend => "Afskráningar á hverja útsendingu %",
        Sentence::LtvCacMinimum => "Lágmark LTV : CAC",
        Sentence::MqlAcceptanceMinimum => "Lágmarkshlutfall samþykktra MQL %",
        Sentence::ShortTermChange => "Skammtímabreyting %",
        Sentence::ShortTermPoints => "… og fyrir hlutföll, prósentustig",
        Sentence::MinimumDays => "Lágmarksfjöldi daga af gögnum",
        Sentence::StagnatingAfter => "{stage}, stendur í stað eftir (daga)",
        Sentence::NurtureDays => "Nurture-ferli, dagar",
        Sentence::AutomationFirst => "Sjálfvirkni, fyrsta yfirferð eftir",
        Sentence::AutomationEvery => "Sjálfvirkni, síðan á",
        Sentence::ScoringDays => "Stigagjöf, dagar",
        Sentence::ScoringTunedDays => "Stigagjöf eftir stillingu, dagar",
        Sentence::AssignmentDays => "Úthlutun leads, dagar",
        Sentence::ContentDays => "Efnisflokkur, dagar",
        Sentence::DueSoonDays => "Á gjalddaga bráðlega innan, daga",
        Sentence::ListSize => "Stærð lista {value} (var {base})",
        Sentence::EveryRowUsed => "Allar línur allra skráa voru notaðar óbreyttar.",
        Sentence::FilterIssues => "Sía villur",
        Sentence::ExportIssues => "Flytja villur út sem CSV",
        Sentence::ExportToSeeAll => "Flyttu listann út til að sjá allt í einu.",
        Sentence::Detected => "Greint ({detected})",
        Sentence::KindMenu => "Tegund",
        Sentence::EncodingMenu => "Stafatafla",
        Sentence::NumbersMenu => "Tölur",
        Sentence::DatesMenu => "Dagsetningar",
        Sentence::DayFirst => "Dagur fyrst (31/12)",
        Sentence::MonthFirst => "Mánuður fyrst (12/31)",
        Sentence::AmbiguousDates => "Dagsetning eins og 03/04 getur verið 3. apríl eða 4. mars og engin dagsetning í þessari skrá sker úr um það.",
        Sentence::WhichStages => "Hver þessara stiga eru unnin, töpuð eða enn opin? Viðskiptavinir, tekjur, vinningshlutfall og sölupípa birtast ekki fyrr en staða hvers sölutækifæris er þekkt.",
        Sentence::NoGoal => "Ekkert markmið enn. Fyrir hvern lykilmælikvarða sem þú vilt hreyfa: hvað heldurðu að hreyfi hann, um hve mikið og fyrir hvenær?",
        Sentence::WasRealistic => "Var það raunhæft?",
        Sentence::WhatWeLearned => "Það sem við lærðum",
        Sentence::DecisionsPlaceholder => "Hvað var ákveðið í þessari úttekt, og af hverjum.",
        Sentence::DecisionsLabel => "Ákvarðanir og athugasemdir",
        Sentence::ColHypothesis => "Tilgáta",
        Sentence::ColTarget => "Markmið",
        Sentence::ColBy => "Fyrir",
        Sentence::ColRealistic => "Raunhæft?",
        Sentence::Yes => "já",
        Sentence::No => "nei",
        Sentence::Remove => "Fjarlægja",
        Sentence::ThinData => "lítil gögn",
        Sentence::ThinDataHint => "Smellir undir {clicks} eða leads undir {leads}: á svo litlum grunni sveiflast hlutföll mikið af tilviljun.",
        Sentence::SourcesFrom => "Gögn úr: {files}.",
        Sentence::EmailNote => "Hlutföll opnana, smella, afskráninga og kvartana deilast með fjölda skeyta sem voru {base}; smellir á opnun deilast með einstökum opnunum.",
        Sentence::ChurnNote => "Viðskiptavinur sem var virkur á fyrra tímabili en pantaði ekkert á þessu telst horfinn (brottfall); tryggð er 1 − brottfall.",
        Sentence::CohortOffset => "+{k} ársfj.",
        Sentence::MetricMenu => "Mælikvarði",
        Sentence::Fit => "(skýringarhlutfall r² {r})",
        Sentence::EnteredInPage => "Skráð á síðunni:",
        Sentence::RemoveNamed => "Fjarlægja {name}",
        Sentence::SetUp => "Uppsetningardagur",
        Sentence::DateAs => "Skrifaðu dagsetninguna svona: {pattern}",
        Sentence::AddProgram => "Bæta við verkferli",
        Sentence::RemoveFile => "Fjarlægja þessa skrá",
        Sentence::ColumnNamed => "{header} (dálkur {n})",
        Sentence::ColumnNumber => "dálkur {n}",
        Sentence::ResetToDetected => "Aftur í greind gildi",
        Sentence::OutcomeOfStage => "Niðurstaða stigsins {stage}",
        Sentence::NotKnown => "— óþekkt —",
        Sentence::YourChoice => "þitt val",
        Sentence::FieldOfColumn => "Reitur dálksins {column}",
        Sentence::NotUsed => "— ekki notaður —",
        Sentence::FilesAndActions => "Skrár og aðgerðir",
        Sentence::FormulaSettings => "Stillingar formúla",
        Sentence::FunnelName => "Sölutrekt",
        Sentence::FunnelTitle => "Sölutrekt: leads sem náðu hverju stigi",
        Sentence::NoDataToDraw => "{title}: engin gögn til að teikna.",
        Sentence::HypothesisPlaceholder => "Tilgáta: hvað mun hreyfa við honum",
        Sentence::Direction => "Stefna",
        Sentence::AttributionTouched => "Unnin sölutækifæri með snertingu á eða fyrir vinningsdag: {touched} af {deals} (snertingar lesnar: {touches}); hvert líkan skiptir tekjum þeirra milli þessara snertinga.",
        Sentence::AttributionUnattributed => "Sölutækifæri án snertingar fyrir vinning: {count} ({revenue} í tekjum), sleppt í öllum dálkum.",
        Sentence::RowsMenu => "Línur",
        Sentence::HalfLifeDays => "Helmingunartími tímadvínunar, dagar",
        Sentence::CustomFirst => "Sérsniðið: fyrsta",
        Sentence::CustomMiddle => "Sérsniðið: miðja",
        Sentence::CustomLast => "Sérsniðið: síðasta",
        Sentence::GoalPending => "í bið (nú {now})",
        Sentence::GoalHit => "náð: {actual} ({margin} betur)",
        Sentence::GoalMissed => "ekki náð: {actual} ({short} vantar upp á)",
    }
}

/// Setningar um fjölda, í hverri fleirtölumynd (eintala þegar talan endar á 1 en ekki 11).
pub(super) fn counted(c: super::Counted, p: Plural) -> &'static str {
    use super::Counted;
    use Plural::*;
    match (c, p) {
        (Counted::MqlsAccepted, One | Few | Many) => {
            "{accepted} af {n} MQL samþykkt; {pending} enn í bið."
        }
        (Counted::WonBeforeContact, One) => {
            "Sleppt sem gagnavillu: {n} sölutækifæri unnið fyrir fyrstu snertingu."
        }
        (Counted::WonBeforeContact, Few | Many) => {
            "Sleppt sem gagnavillum: {n} sölutækifæri unnin fyrir fyrstu snertingu."
        }
        (Counted::Stagnating, One) => "{n} lead stendur í stað (komið yfir mörk stigsins)",
        (Counted::Stagnating, Few | Many) => "{n} leads standa í stað (komin yfir mörk stigsins)",
        (Counted::LongestShown, One) => "Sýnt er {n} lengsta; útflutningurinn telur öll upp.",
        (Counted::LongestShown, Few | Many) => {
            "Sýnd eru {n} lengstu; útflutningurinn telur öll upp."
        }
        (Counted::ShowingGroups, One) => "Sýnt: {shown} af {n} hópi.",
        (Counted::ShowingGroups, Few | Many) => "Sýnt: {shown} af {n} hópum.",
        (Counted::ShowingGroupsMatching, One) => "Sýnt: {shown} af {n} hópi (samsvara „{search}“: {matching}).",
        (Counted::ShowingGroupsMatching, Few | Many) => "Sýnt: {shown} af {n} hópum (samsvara „{search}“: {matching}).",
        (Counted::ShowTop, One) => "Sýna aðeins {n} stærsta",
        (Counted::ShowTop, Few | Many) => "Sýna aðeins {n} stærstu",
        (Counted::PeriodsLater, One) => "{n} tímabili síðar",
        (Counted::PeriodsLater, Few | Many) => "{n} tímabilum síðar",
        (Counted::HypothesisFollows, One) => "Tilgáta til að prófa: {b} fylgir {a} {n} tímabili síðar. Gerðu stýrða breytingu og athugaðu hvort áhrifin komi með þessari töf.",
        (Counted::HypothesisFollows, Few | Many) => "Tilgáta til að prófa: {b} fylgir {a} {n} tímabilum síðar. Gerðu stýrða breytingu og athugaðu hvort áhrifin komi með þessari töf.",
        (Counted::HypothesisAgainst, One) => "Tilgáta til að prófa: {b} hreyfist gegn {a} {n} tímabili síðar. Gerðu stýrða breytingu og athugaðu hvort áhrifin komi með þessari töf.",
        (Counted::HypothesisAgainst, Few | Many) => "Tilgáta til að prófa: {b} hreyfist gegn {a} {n} tímabilum síðar. Gerðu stýrða breytingu og athugaðu hvort áhrifin komi með þessari töf.",
        (Counted::Checked, One) => "{n} athugað.",
        (Counted::Checked, Few | Many) => "{n} athuguð.",
        (Counted::AndMore, One | Few | Many) => "… og {n} til viðbótar",
        (Counted::DaysOfData, One) => "{group}: gögn frá {n} degi",
        (Counted::DaysOfData, Few | Many) => "{group}: gögn frá {n} dögum",
        (Counted::DaysOverdue, One) => "{group}: {n} degi fram yfir",
        (Counted::DaysOverdue, Few | Many) => "{group}: {n} dögum fram yfir",
        (Counted::KpisPinned, One) => "{n} lykilmælikvarði festur",
        (Counted::KpisPinned, Few | Many) => "{n} lykilmælikvarðar festir",
        (Counted::StagnatingEvidence, One) => "Lead {lead} á stiginu {stage} í {n} dag (mörk {limit})",
        (Counted::StagnatingEvidence, Few | Many) => "Lead {lead} á stiginu {stage} í {n} daga (mörk {limit})",
        (Counted::ColumnsMapped, One) => "{mapped} af {n} dálki tengdur · {encoding} · {delimiter}",
        (Counted::ColumnsMapped, Few | Many) => "{mapped} af {n} dálkum tengdir · {encoding} · {delimiter}",
        (Counted::CrmJoined, One) => "CRM-skrár tengdar á auðkenni leads: {n} lead.",
        (Counted::CrmJoined, Few | Many) => "CRM-skrár tengdar á auðkenni leads: {n} leads.",
        (Counted::ShowingIssues, One | Few | Many) => "Sýnt: {shown} af {n}.",
        (Counted::ShowMore, One | Few | Many) => "Sýna {n} í viðbót",
        (Counted::PrintedFirst, One | Few | Many) => "Fyrstu {shown} af {n} eru prentaðar; útflutningurinn hefur þær allar.",
        (Counted::ShowingStageValues, One) => "Sýnt: {shown} af {n} stigsgildi.",
        (Counted::ShowingStageValues, Few | Many) => "Sýnt: {shown} af {n} stigsgildum.",
        (Counted::ShowingColumns, One) => "Sýndir eru fyrstu {shown} af {n} dálki, og allir tengdir dálkar.",
        (Counted::ShowingColumns, Few | Many) => "Sýndir eru fyrstu {shown} af {n} dálkum, og allir tengdir dálkar.",
        (Counted::StageValueRows, One) => "{value} ({n} lína)",
        (Counted::StageValueRows, Few | Many) => "{value} ({n} línur)",
        (Counted::PinAdvice, One) => "{n} lykilmælikvarði festur; leiðbeiningar um úttektir mæla með {min} til {max}.",
        (Counted::PinAdvice, Few | Many) => "{n} lykilmælikvarðar festir; leiðbeiningar um úttektir mæla með {min} til {max}.",
        (Counted::Slope, One | Few | Many) => "{group}: {slope} á hvert tímabil ({bucket}) yfir {n} tímabil{fit}",
        (Counted::DealsUnmatched, One) => "{n} sölutækifæri passar við engan lead og telst viðskiptavinur án uppruna: {deals}.",
        (Counted::DealsUnmatched, Few | Many) => "{n} sölutækifæri passa við engan lead og teljast viðskiptavinir án uppruna: {deals}.",
        (Counted::LeadsWithoutStages, One) => "{n} lead kemur hvergi fyrir í skrá um stigabreytingar.",
        (Counted::LeadsWithoutStages, Few | Many) => "{n} leads koma hvergi fyrir í skrá um stigabreytingar.",
        (Counted::MoreInRowIssues, One | Few | Many) => "… og {n} til viðbótar í línuvandamálunum hér fyrir neðan.",
    }
}
