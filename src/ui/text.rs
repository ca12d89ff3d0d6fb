//! Every word the page shows for an engine id, written as exhaustive matches so a new
//! metric, field or issue does not compile until it has its words.

use crate::engine::audit::Dimension;
use crate::engine::decode::Encoding;
use crate::engine::error::{Action, ErrorKind, IssueKind};
use crate::engine::field::FileKind;
use crate::engine::metrics::{EmailBase, MetricId};

/// The short column label of a metric.
pub fn metric_label(m: MetricId) -> &'static str {
    use MetricId::*;
    match m {
        Spend => "Spend",
        Impressions => "Impressions",
        Reach => "Reach",
        Clicks => "Clicks",
        Conversions => "Conversions",
        Leads => "Leads",
        Revenue => "Revenue",
        LabourCost => "Labour cost",
        Cost => "Cost",
        Ctr => "CTR",
        Cpc => "CPC",
        Cpm => "CPM",
        Cpl => "CPL",
        CostPerConversion => "Cost / conv.",
        Roas => "ROAS",
        Roi => "ROI",
        ReturnOnSales => "Return on sales",
        ClickToConversionRate => "Click → conv.",
        EmailsSent => "Sent",
        EmailsDelivered => "Delivered",
        EmailBounces => "Bounces",
        EmailOpens => "Unique opens",
        EmailClicks => "Unique clicks",
        EmailUnsubscribes => "Unsubscribes",
        EmailSpamComplaints => "Spam complaints",
        DeliveryRate => "Delivery rate",
        BounceRate => "Bounce rate",
        OpenRate => "Open rate",
        ClickRate => "Click rate",
        ClickToOpenRate => "Click-to-open",
        UnsubscribeRate => "Unsubscribe rate",
        SpamComplaintRate => "Spam complaint rate",
    }
}

/// The formula of a metric in words, shown on hover and in the legend.
pub fn metric_formula(m: MetricId, base: EmailBase) -> &'static str {
    use MetricId::*;
    let over_base = |delivered: &'static str, sent: &'static str| match base {
        EmailBase::Delivered => delivered,
        EmailBase::Sent => sent,
    };
    match m {
        Spend => "Sum of spend (ad files).",
        Impressions => "Sum of impressions.",
        Reach => "Sum of reach as reported per row (people reached on several rows count on each).",
        Clicks => "Sum of ad clicks.",
        Conversions => "Sum of conversions.",
        Leads => "Sum of leads reported with the ad data.",
        Revenue => "Sum of revenue reported with the ad data.",
        LabourCost => "Sum of labour cost recorded with the ad data.",
        Cost => "Spend + labour cost (when labour is included).",
        Ctr => "Clicks ÷ impressions.",
        Cpc => "Spend ÷ clicks.",
        Cpm => "Spend ÷ impressions × 1,000.",
        Cpl => "Spend ÷ leads.",
        CostPerConversion => "Spend ÷ conversions.",
        Roas => "Revenue ÷ spend.",
        Roi => "(Revenue − cost) ÷ cost. Cost includes labour when switched on.",
        ReturnOnSales => "(Revenue − cost) ÷ revenue — what some guides call \"ROI\".",
        ClickToConversionRate => "Conversions ÷ clicks.",
        EmailsSent => "Sum of emails sent (recipients).",
        EmailsDelivered => "Sum of delivered emails (sent − bounces when not reported).",
        EmailBounces => "Sum of bounces (sent − delivered when not reported).",
        EmailOpens => "Sum of unique opens.",
        EmailClicks => "Sum of unique clicks.",
        EmailUnsubscribes => "Sum of unsubscribes.",
        EmailSpamComplaints => "Sum of spam complaints.",
        DeliveryRate => "Delivered ÷ sent.",
        BounceRate => "Bounces ÷ sent.",
        OpenRate => over_base("Unique opens ÷ delivered.", "Unique opens ÷ sent."),
        ClickRate => over_base("Unique clicks ÷ delivered.", "Unique clicks ÷ sent."),
        ClickToOpenRate => "Unique clicks ÷ unique opens (some tools call this CTR).",
        UnsubscribeRate => over_base("Unsubscribes ÷ delivered.", "Unsubscribes ÷ sent."),
        SpamComplaintRate => over_base("Spam complaints ÷ delivered.", "Spam complaints ÷ sent."),
    }
}

/// The name of a file kind.
pub fn kind_label(k: FileKind) -> &'static str {
    match k {
        FileKind::AdPerformance => "Ad performance",
        FileKind::EmailCampaigns => "Email campaigns",
        FileKind::Leads => "Leads",
        FileKind::StageChanges => "Lead stage changes",
        FileKind::Deals => "Deals",
        FileKind::Programs => "Program inventory",
        FileKind::Unknown => "Not recognised",
    }
}

/// The name of a dimension.
pub fn dimension_label(d: Dimension) -> &'static str {
    match d {
        Dimension::Total => "Total",
        Dimension::Campaign => "Campaign",
        Dimension::Channel => "Channel",
        Dimension::Source => "Source",
        Dimension::AdGroup => "Ad group",
    }
}

/// The name of an encoding.
pub fn encoding_label(e: Encoding) -> &'static str {
    match e {
        Encoding::Utf8 => "UTF-8",
        Encoding::Utf16Le => "UTF-16 LE",
        Encoding::Utf16Be => "UTF-16 BE",
        Encoding::Windows1252 => "Windows-1252",
    }
}

/// The name of a delimiter.
pub fn delimiter_label(d: u8) -> String {
    match d {
        b',' => "comma".to_owned(),
        b';' => "semicolon".to_owned(),
        b'\t' => "tab".to_owned(),
        b'|' => "pipe".to_owned(),
        other => format!("“{}”", char::from(other)),
    }
}

/// What was done about an issue.
pub fn action_label(a: Action) -> &'static str {
    match a {
        Action::Skipped => "skipped",
        Action::Repaired => "repaired",
        Action::Noted => "note",
    }
}

/// The message of a row issue.
pub fn issue_message(k: &IssueKind) -> String {
    match k {
        IssueKind::NotANumber => "Expected a number.".to_owned(),
        IssueKind::NotADate => "Expected a date.".to_owned(),
        IssueKind::NegativeCount => "A count cannot be negative.".to_owned(),
        IssueKind::TooManyCells { expected, found } => {
            format!("The row has {found} cells; the header has {expected}. Left out: the extra cells cannot be placed.")
        }
        IssueKind::TooFewCells { expected, found } => {
            format!("The row has {found} cells; the header has {expected}. The missing cells were read as blank.")
        }
        IssueKind::SummaryRow => "A totals row: left out so nothing is counted twice.".to_owned(),
        IssueKind::EmptyRow => "Every cell is blank.".to_owned(),
        IssueKind::TitleLines { count } => format!("{count} line(s) above the header (a report title) were skipped."),
        IssueKind::EncodingFallback => {
            "The file is not UTF-8; it was read as Windows-1252 (Excel, Western Europe). Change it in the file's settings if letters look wrong.".to_owned()
        }
        IssueKind::UndecodableBytes { count } => format!("{count} character(s) could not be decoded and show as �."),
        IssueKind::Malformed { detail } => format!("The CSV structure is broken here: {detail}. The rest of the file was not read."),
        IssueKind::UnclosedQuote => {
            "A quote opens here and is never closed, so the rest of the file was read as one cell. Check the file around this line.".to_owned()
        }
        IssueKind::DateOrderAssumed { day_first } => {
            if *day_first {
                "No date proves the order of day and month; day first (31/12) was assumed.".to_owned()
            } else {
                "No date proves the order of day and month; month first (12/31) was assumed.".to_owned()
            }
        }
        IssueKind::DecimalMarkAssumed { mark } => {
            format!("No number proves the decimal mark; “{mark}” was assumed.")
        }
        IssueKind::MappingUndone { field, fitting, not_fitting } => format!(
            "The header suggests “{field}”, but {not_fitting} of {} sampled values do not fit it, so the column is not used. Map it by hand if that is wrong.",
            fitting + not_fitting
        ),
        IssueKind::UnmappedColumn => "The column matches no known field; it is not used.".to_owned(),
        IssueKind::HeadersGenerated { columns } => format!(
            "The file has no header row; its {columns} columns were named “column 1” to “column {columns}”. Map them by hand."
        ),
        IssueKind::ExcelDamage { count, examples } => format!(
            "{count} cell(s) look like dates Excel made out of ranges such as 1-5 (e.g. {}). They were kept as written; export the file again without opening it in Excel to get the original values.",
            examples.join(", ")
        ),
    }
}

/// The message of a file that could not be read.
pub fn error_message(k: &ErrorKind) -> &'static str {
    match k {
        ErrorKind::Empty => "The file is empty.",
        ErrorKind::Binary => "The file is not text (is it an Excel .xlsx? Save it as CSV first).",
        ErrorKind::NoHeader => "No header row was found.",
        ErrorKind::Unreadable => "The browser could not read the file from disk.",
    }
}

/// The name of an email base.
pub fn email_base_label(b: EmailBase) -> &'static str {
    match b {
        EmailBase::Delivered => "delivered",
        EmailBase::Sent => "sent",
    }
}
