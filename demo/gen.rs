//! Deterministic demo data for `marketing-audit`.
//!
//! [`generate`] returns nine made-up CSV exports that tell one consistent story
//! about a B2B company's marketing from 2025-07-01 to 2026-09-30 (five quarters):
//!
//! * `ads_performance.csv`: one row per day per paid campaign (six campaigns),
//! * `email_campaigns.csv`: one row per email send (weekly newsletter + promos),
//! * `leads.csv`: one row per CRM lead,
//! * `lead_stage_changes.csv`: one row per lifecycle-stage entry of those leads,
//! * `deals.csv`: one row per won customer,
//! * `programs.csv`: the marketing-automation program inventory,
//! * `web_analytics.csv`: weekly sessions, users and conversions per landing page,
//! * `social_posts.csv`: one row per social post,
//! * `touchpoints.csv`: one row per marketing touch of a lead (for attribution).
//!
//! The story (fading webinar leads, rising video leads, a bounce spike in
//! 2026-08, MQL acceptance below 50% in the last quarter, one unparseable row,
//! overdue program reviews) is described in `demo/README.md`.
//!
//! Every random choice comes from a `SplitMix64` generator with a fixed seed, and
//! all arithmetic is on integers (money in cents, rates in basis points or parts
//! per million), so the output is byte-identical on every run and platform.
//! There is no clock and no OS randomness. Each table, campaign and lead draws
//! from its own stream, so changing one of them leaves the others alone.
//!
//! Regenerate the files with `cargo run --example gen_demo`, which writes them
//! into `demo/`. The file uses only `std`, so it can also be included in a
//! throwaway program compiled with plain `rustc`.

/// Seed of every random stream: "MA-AUDIT" in ASCII.
const SEED: u64 = 0x4D41_2D41_5544_4954;

/// First and last day covered by the data (inclusive).
const FIRST: Day = Day::ymd(2025, 7, 1);
const LAST: Day = Day::ymd(2026, 9, 30);

/// Every demo file as (file name, CSV text), in a fixed order.
pub fn generate() -> Vec<(&'static str, String)> {
    let leads = simulate_leads();
    vec![
        ("ads_performance.csv", ads_performance()),
        ("email_campaigns.csv", email_campaigns()),
        ("leads.csv", leads_csv(&leads)),
        ("lead_stage_changes.csv", stage_changes_csv(&leads)),
        ("deals.csv", deals_csv(&leads)),
        ("programs.csv", programs_csv()),
        ("web_analytics.csv", web_analytics()),
        ("social_posts.csv", social_posts()),
        ("touchpoints.csv", touchpoints_csv(&leads)),
    ]
}

// ---------------------------------------------------------------------------
// Random numbers
// ---------------------------------------------------------------------------

/// `SplitMix64`: tiny and fully specified, so every platform draws the same
/// numbers.
struct Rng {
    state: u64,
}

impl Rng {
    /// An independent stream: `stream` is mixed into the fixed seed.
    fn new(stream: u64) -> Self {
        let mut rng = Rng {
            state: SEED ^ stream.wrapping_mul(0xA076_1D64_78BD_642F),
        };
        rng.next_u64(); // stir once so neighbouring stream ids diverge at once
        rng
    }

    fn next_u64(&mut self) -> u64 {
        self.state = self.state.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.state;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// Uniform in `0..n` for `n > 0` (multiply-shift, no modulo bias to speak of).
    fn below(&mut self, n: u64) -> u64 {
        ((u128::from(self.next_u64()) * u128::from(n)) >> 64) as u64
    }

    /// Uniform in `lo..=hi` for `lo <= hi`.
    fn range(&mut self, lo: i64, hi: i64) -> i64 {
        lo + self.below(hi.abs_diff(lo) + 1) as i64
    }

    /// True with probability `ppm / 1_000_000`.
    fn chance(&mut self, ppm: i64) -> bool {
        (self.below(1_000_000) as i64) < ppm
    }

    /// How many of `n` independent trials succeed, each with probability
    /// `ppm / 1_000_000`. Never more than `n`.
    fn binomial(&mut self, n: i64, ppm: i64) -> i64 {
        (0..n).filter(|_| self.chance(ppm)).count() as i64
    }

    /// `n * ppm / 1_000_000`, rounded up or down at random in proportion to the
    /// fraction, so sums over many days match the expectation closely. For
    /// `ppm <= 1_000_000` the result never exceeds `n`.
    fn share(&mut self, n: i64, ppm: i64) -> i64 {
        let micro = n * ppm;
        micro / 1_000_000 + i64::from(self.chance(micro % 1_000_000))
    }

    /// `value` scaled by a random factor between `100 - pct` and `100 + pct` percent.
    fn jitter(&mut self, value: i64, pct: i64) -> i64 {
        value * (100 + self.range(-pct, pct)) / 100
    }

    /// One of `options`, chosen with probability proportional to its weight.
    /// `options` must be non-empty with positive weights.
    fn weighted<T: Copy>(&mut self, options: &[(T, i64)]) -> T {
        let total: i64 = options.iter().map(|option| option.1).sum();
        let mut ticket = self.range(0, total - 1);
        for &(value, weight) in options {
            if ticket < weight {
                return value;
            }
            ticket -= weight;
        }
        options[options.len() - 1].0
    }
}

// ---------------------------------------------------------------------------
// Calendar (no crates: Howard Hinnant's civil-date algorithms)
// ---------------------------------------------------------------------------

/// A calendar day, counted in days since 1970-01-01.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
struct Day(i64);

impl Day {
    /// The day for a proleptic Gregorian date (`days_from_civil`).
    const fn ymd(year: i64, month: i64, day: i64) -> Day {
        let y = if month <= 2 { year - 1 } else { year };
        let era = y.div_euclid(400);
        let year_of_era = y - era * 400;
        let month_from_march = (month + 9) % 12;
        let day_of_year = (153 * month_from_march + 2) / 5 + day - 1;
        let day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
        Day(era * 146_097 + day_of_era - 719_468)
    }

    /// (year, month, day) of this day (`civil_from_days`).
    fn parts(self) -> (i64, i64, i64) {
        let z = self.0 + 719_468;
        let era = z.div_euclid(146_097);
        let day_of_era = z - era * 146_097;
        let year_of_era =
            (day_of_era - day_of_era / 1460 + day_of_era / 36_524 - day_of_era / 146_096) / 365;
        let day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
        let month_from_march = (5 * day_of_year + 2) / 153;
        let day = day_of_year - (153 * month_from_march + 2) / 5 + 1;
        let month = if month_from_march < 10 {
            month_from_march + 3
        } else {
            month_from_march - 9
        };
        let year = year_of_era + era * 400 + i64::from(month <= 2);
        (year, month, day)
    }

    fn plus(self, days: i64) -> Day {
        Day(self.0 + days)
    }

    /// 0 = Monday ... 6 = Sunday (1970-01-01 was a Thursday).
    fn weekday(self) -> i64 {
        (self.0 + 3).rem_euclid(7)
    }

    fn is_weekend(self) -> bool {
        self.weekday() >= 5
    }

    /// Index of the calendar quarter within the data: 0 = 2025 Q3 ... 4 = 2026 Q3.
    fn quarter(self) -> i64 {
        let (year, month, _) = self.parts();
        (year - 2025) * 4 + (month - 1) / 3 - 2
    }

    /// `YYYY-MM-DD`.
    fn iso(self) -> String {
        let (year, month, day) = self.parts();
        format!("{year:04}-{month:02}-{day:02}")
    }
}

/// Every day from `FIRST` to `LAST`, inclusive.
fn all_days() -> impl Iterator<Item = Day> {
    (FIRST.0..=LAST.0).map(Day)
}

/// A moment, counted in seconds since 1970-01-01 00:00:00 (no time zones).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
struct Stamp(i64);

impl Stamp {
    fn at(day: Day, second_of_day: i64) -> Stamp {
        Stamp(day.0 * 86_400 + second_of_day)
    }

    fn day(self) -> Day {
        Day(self.0.div_euclid(86_400))
    }

    /// `YYYY-MM-DD HH:MM:SS`.
    fn iso(self) -> String {
        let second = self.0.rem_euclid(86_400);
        let (h, m, s) = (second / 3600, second / 60 % 60, second % 60);
        format!("{} {h:02}:{m:02}:{s:02}", self.day().iso())
    }
}

// ---------------------------------------------------------------------------
// CSV output
// ---------------------------------------------------------------------------

/// A CSV document under construction: header first, `\n` line endings, final newline.
struct Csv {
    text: String,
}

impl Csv {
    fn new(header: &str) -> Self {
        Csv {
            text: format!("{header}\n"),
        }
    }

    /// Appends one record. A field is quoted only if it needs to be, which in
    /// this data happens exactly once (the deliberately broken `12,3x`).
    fn row(&mut self, fields: &[&str]) {
        for (i, field) in fields.iter().enumerate() {
            if i > 0 {
                self.text.push(',');
            }
            if field.contains([',', '"', '\n']) {
                self.text.push('"');
                self.text.push_str(&field.replace('"', "\"\""));
                self.text.push('"');
            } else {
                self.text.push_str(field);
            }
        }
        self.text.push('\n');
    }
}

/// Cents as `1234.56` (no thousands separator, always two decimals).
fn money(cents: i64) -> String {
    let sign = if cents < 0 { "-" } else { "" };
    format!("{sign}{}.{:02}", cents.abs() / 100, cents.abs() % 100)
}

// ---------------------------------------------------------------------------
// ads_performance.csv
// ---------------------------------------------------------------------------

/// One paid campaign and the knobs that shape its daily numbers.
struct Campaign {
    channel: &'static str,
    name: &'static str,
    ad_group: &'static str,
    /// Weekday spend in cents before noise.
    daily_spend: i64,
    /// Weekend spend as a percentage of weekday spend (B2B search and
    /// `LinkedIn Ads` quieten down at weekends, `Meta Ads` does not).
    weekend_pct: i64,
    /// Cost per click range in cents.
    cpc: (i64, i64),
    /// Click-through-rate range in basis points (100 = 1%).
    ctr_bp: (i64, i64),
    /// Conversions per click in 2025 Q3, in ppm.
    conversion_ppm: i64,
    /// Change of the conversion rate per quarter, in percent (compounded).
    /// This is what makes webinar leads fade and video leads grow while the
    /// spend stays flat.
    quarterly_trend_pct: i64,
    /// Share of conversions that are leads, in ppm.
    lead_ppm: i64,
    /// Share of conversions that carry revenue, in ppm.
    sale_ppm: i64,
    /// Revenue per sale range in cents.
    order_value: (i64, i64),
    /// Agency / staff cost booked on the first day of each month, in cents.
    labour: i64,
}

const ADS_HEADER: &str =
    "Date,Channel,Campaign,Ad group,Spend,Impressions,Clicks,Conversions,Leads,Revenue,Labour cost";

const CAMPAIGNS: [Campaign; 6] = [
    Campaign {
        channel: "Google Ads",
        name: "Search - Brand",
        ad_group: "Brand terms",
        daily_spend: 8_000,
        weekend_pct: 60,
        cpc: (55, 100),
        ctr_bp: (600, 780),
        conversion_ppm: 90_000,
        quarterly_trend_pct: 0,
        lead_ppm: 350_000,
        sale_ppm: 550_000,
        order_value: (8_000, 25_000),
        labour: 40_000,
    },
    Campaign {
        channel: "Google Ads",
        name: "Search - Generic",
        ad_group: "Generic terms",
        daily_spend: 38_000,
        weekend_pct: 55,
        cpc: (220, 380),
        ctr_bp: (250, 400),
        conversion_ppm: 35_000,
        quarterly_trend_pct: 0,
        lead_ppm: 550_000,
        sale_ppm: 350_000,
        order_value: (9_000, 30_000),
        labour: 90_000,
    },
    Campaign {
        channel: "Meta Ads",
        name: "Prospecting - Video",
        ad_group: "Video 25-44",
        daily_spend: 25_000,
        weekend_pct: 110,
        cpc: (45, 80),
        ctr_bp: (60, 120),
        conversion_ppm: 16_000,
        quarterly_trend_pct: 20,
        lead_ppm: 700_000,
        sale_ppm: 250_000,
        order_value: (5_000, 15_000),
        labour: 110_000,
    },
    Campaign {
        channel: "Meta Ads",
        name: "Retargeting",
        ad_group: "Site visitors 30d",
        daily_spend: 10_000,
        weekend_pct: 110,
        cpc: (75, 130),
        ctr_bp: (120, 220),
        conversion_ppm: 50_000,
        quarterly_trend_pct: 0,
        lead_ppm: 400_000,
        sale_ppm: 450_000,
        order_value: (6_000, 18_000),
        labour: 60_000,
    },
    Campaign {
        channel: "LinkedIn Ads",
        name: "Webinar Promotion",
        ad_group: "Webinar audience",
        daily_spend: 30_000,
        weekend_pct: 55,
        cpc: (650, 860),
        ctr_bp: (50, 90),
        conversion_ppm: 120_000,
        quarterly_trend_pct: -15,
        lead_ppm: 850_000,
        sale_ppm: 30_000,
        order_value: (150_000, 600_000),
        labour: 120_000,
    },
    Campaign {
        channel: "LinkedIn Ads",
        name: "Whitepaper Lead Gen",
        ad_group: "IT decision makers",
        daily_spend: 25_000,
        weekend_pct: 55,
        cpc: (550, 800),
        ctr_bp: (50, 80),
        conversion_ppm: 100_000,
        quarterly_trend_pct: 0,
        lead_ppm: 900_000,
        sale_ppm: 20_000,
        order_value: (150_000, 600_000),
        labour: 80_000,
    },
];

/// The one deliberately broken row: its Spend reads `12,3x`, which no number
/// parser accepts, so the demo shows the import's row-issue list at work.
const BAD_ROW_DAY: Day = Day::ymd(2026, 2, 12);
const BAD_ROW_CAMPAIGN: &str = "Search - Generic";
const BAD_SPEND: &str = "12,3x";

/// One campaign's numbers on one day (money in cents).
struct AdDay {
    spend: i64,
    impressions: i64,
    clicks: i64,
    conversions: i64,
    leads: i64,
    revenue: i64,
}

fn ads_performance() -> String {
    let mut csv = Csv::new(ADS_HEADER);
    let mut streams: Vec<Rng> = (0..CAMPAIGNS.len() as u64)
        .map(|i| Rng::new(100 + i))
        .collect();
    // Date-major order, like a platform export sorted by day.
    for day in all_days() {
        for (campaign, rng) in CAMPAIGNS.iter().zip(streams.iter_mut()) {
            let numbers = ad_day(campaign, day, rng);
            push_ad_row(&mut csv, campaign, day, &numbers);
        }
    }
    csv.text
}

fn ad_day(campaign: &Campaign, day: Day, rng: &mut Rng) -> AdDay {
    let weekday_pct = if day.is_weekend() {
        campaign.weekend_pct
    } else {
        100
    };
    let spend = rng
        .jitter(campaign.daily_spend * weekday_pct / 100, 15)
        .clamp(2_000, 60_000);
    // Clicks follow from spend and a cost per click; impressions from clicks
    // and a click-through rate. Rounding keeps the realised CPC and CTR inside
    // the campaign's ranges (give or take half a click).
    let cpc = rng.range(campaign.cpc.0, campaign.cpc.1);
    let clicks = ((spend + cpc / 2) / cpc).max(1);
    let ctr_bp = rng.range(campaign.ctr_bp.0, campaign.ctr_bp.1);
    let impressions = clicks * 10_000 / ctr_bp;
    // Expected counts with random rounding rather than binomial draws: the
    // daily rows still wobble (spend, CPC), but quarterly lead totals follow
    // the campaign's trend closely enough to read off the chart.
    let conversions = rng.share(clicks, conversion_ppm(campaign, day));
    let leads = rng.share(conversions, campaign.lead_ppm);
    let revenue = ad_revenue(campaign, day, conversions, rng);
    AdDay {
        spend,
        impressions,
        clicks,
        conversions,
        leads,
        revenue,
    }
}

/// The campaign's conversion rate on `day`, after compounding its quarterly trend.
fn conversion_ppm(campaign: &Campaign, day: Day) -> i64 {
    (0..day.quarter()).fold(campaign.conversion_ppm, |ppm, _| {
        ppm * (100 + campaign.quarterly_trend_pct) / 100
    })
}

fn ad_revenue(campaign: &Campaign, day: Day, conversions: i64, rng: &mut Rng) -> i64 {
    let sales = rng.binomial(conversions, campaign.sale_ppm);
    let cents: i64 = (0..sales)
        .map(|_| rng.range(campaign.order_value.0, campaign.order_value.1))
        .sum();
    cents * holiday_pct(campaign, day) / 100
}

/// Meta's holiday bump: bigger baskets from November to Christmas 2025.
fn holiday_pct(campaign: &Campaign, day: Day) -> i64 {
    if campaign.channel != "Meta Ads" {
        return 100;
    }
    match day.parts() {
        (2025, 11, _) => 150,
        (2025, 12, d) if d <= 24 => 190,
        (2025, 12, _) => 130,
        _ => 100,
    }
}

fn push_ad_row(csv: &mut Csv, campaign: &Campaign, day: Day, numbers: &AdDay) {
    let spend = if day == BAD_ROW_DAY && campaign.name == BAD_ROW_CAMPAIGN {
        BAD_SPEND.to_string()
    } else {
        money(numbers.spend)
    };
    // Empty, not 0.00: the export only records labour when it is booked.
    let labour = if day.parts().2 == 1 {
        money(campaign.labour)
    } else {
        String::new()
    };
    csv.row(&[
        &day.iso(),
        campaign.channel,
        campaign.name,
        campaign.ad_group,
        &spend,
        &numbers.impressions.to_string(),
        &numbers.clicks.to_string(),
        &numbers.conversions.to_string(),
        &numbers.leads.to_string(),
        &money(numbers.revenue),
        &labour,
    ]);
}

// ---------------------------------------------------------------------------
// email_campaigns.csv
// ---------------------------------------------------------------------------

const EMAIL_HEADER: &str = "Campaign,Send date,Emails sent,Delivered,Bounces,Unique opens,\
Unique clicks,Unsubscribes,Spam complaints,Orders,Revenue,List size";

/// Two promos a month, in month order from 2025-07 (second and fourth Thursday).
const PROMO_NAMES: [&str; 30] = [
    "Promo - Summer sale",
    "Promo - Summer sale last call",
    "Promo - Back to school",
    "Promo - Late summer bundle",
    "Promo - Autumn launch",
    "Promo - Webinar replay offer",
    "Promo - Halloween flash sale",
    "Promo - Q4 planning kit",
    "Promo - Black Friday early access",
    "Promo - Black Friday",
    "Promo - Cyber week extended",
    "Promo - Holiday gift guide",
    "Promo - New year kickoff",
    "Promo - January clearance",
    "Promo - Valentine bundle",
    "Promo - Annual plan discount",
    "Promo - Spring refresh",
    "Promo - Quarter-end deal",
    "Promo - Easter offer",
    "Promo - Customer stories",
    "Promo - May madness",
    "Promo - Referral bonus",
    "Promo - Midsummer sale",
    "Promo - Half-year review",
    "Promo - Summer sale 2026",
    "Promo - Summer sale 2026 last call",
    "Promo - Back to school 2026",
    "Promo - Late summer bundle 2026",
    "Promo - Autumn launch 2026",
    "Promo - Product update",
];

/// One scheduled email send.
struct Send {
    day: Day,
    name: String,
    promo: bool,
}

/// Every Tuesday's newsletter plus the promos, in send order.
fn email_schedule() -> Vec<Send> {
    let first_tuesday = FIRST.plus((1 - FIRST.weekday()).rem_euclid(7));
    let mut sends: Vec<Send> = (first_tuesday.0..=LAST.0)
        .step_by(7)
        .map(|z| Send {
            day: Day(z),
            name: format!("Newsletter {}", Day(z).iso()),
            promo: false,
        })
        .collect();
    for (i, name) in PROMO_NAMES.iter().enumerate() {
        let (year, month) = (2025 + (6 + i as i64 / 2) / 12, (6 + i as i64 / 2) % 12 + 1);
        let nth = if i % 2 == 0 { 2 } else { 4 };
        let day = nth_weekday(year, month, 3, nth);
        sends.push(Send {
            day,
            name: (*name).to_string(),
            promo: true,
        });
    }
    sends.sort_by_key(|send| send.day);
    sends
}

/// The `nth` (1-based) `weekday` (0 = Monday) of a month.
fn nth_weekday(year: i64, month: i64, weekday: i64, nth: i64) -> Day {
    let first = Day::ymd(year, month, 1);
    first.plus((weekday - first.weekday()).rem_euclid(7) + 7 * (nth - 1))
}

fn email_campaigns() -> String {
    let mut csv = Csv::new(EMAIL_HEADER);
    let mut rng = Rng::new(200);
    let mut list_size = 18_000 + rng.range(-150, 150);
    let mut previous = FIRST;
    for send in email_schedule() {
        // Sign-ups trickle in every day; unsubscribes, complaints and hard
        // bounces leave after each send.
        for _ in previous.0..send.day.0 {
            list_size += rng.range(12, 24);
        }
        previous = send.day;
        let (row, leavers) = email_row(&send, list_size, &mut rng);
        csv.row(&row.iter().map(String::as_str).collect::<Vec<_>>());
        list_size -= leavers;
    }
    csv.text
}

/// The CSV fields of one send, and how many addresses leave the list after it.
fn email_row(send: &Send, list_size: i64, rng: &mut Rng) -> (Vec<String>, i64) {
    let (year, month, _) = send.day.parts();
    // Rates are drawn a hair inside their nominal ranges (0.3-1.5% bounces,
    // 20-45% opens, ...) so that rounding counts down never leaves a range.
    // 2026-08: an old imported segment starts bouncing (the list-hygiene finding).
    let bounce_bp = if (year, month) == (2026, 8) {
        rng.range(251, 349)
    } else {
        rng.range(31, 149)
    };
    let sent = list_size;
    let bounces = sent * bounce_bp / 10_000;
    let delivered = sent - bounces;
    let (open_bp, click_bp) = if send.promo {
        ((2010, 3490), (255, 495))
    } else {
        ((2610, 4490), (155, 345))
    };
    let opens = delivered * rng.range(open_bp.0, open_bp.1) / 10_000;
    let clicks = delivered * rng.range(click_bp.0, click_bp.1) / 10_000;
    let unsubscribes = delivered * rng.range(6, 39) / 10_000;
    let complaints = delivered * rng.range(0, 450) / 1_000_000;
    let (orders, revenue) = if send.promo {
        promo_sales(send.day, clicks, rng)
    } else {
        (0, 0)
    };
    let fields = vec![
        send.name.clone(),
        send.day.iso(),
        sent.to_string(),
        delivered.to_string(),
        bounces.to_string(),
        opens.to_string(),
        clicks.to_string(),
        unsubscribes.to_string(),
        complaints.to_string(),
        orders.to_string(),
        money(revenue),
        list_size.to_string(),
    ];
    // About one bounce in ten is a hard bounce and gets removed.
    (fields, unsubscribes + complaints + bounces / 10)
}

/// Orders and revenue (cents) of a promo: about one click in ten buys.
fn promo_sales(day: Day, clicks: i64, rng: &mut Rng) -> (i64, i64) {
    let orders = rng.binomial(clicks, 100_000);
    let holiday_pct = match day.parts() {
        (2025, 11 | 12, _) => 130,
        _ => 100,
    };
    let revenue: i64 = (0..orders).map(|_| rng.range(4_500, 12_000)).sum();
    (orders, revenue * holiday_pct / 100)
}

// ---------------------------------------------------------------------------
// The CRM: leads and their lifecycle stages
// ---------------------------------------------------------------------------

const LEAD_COUNT: usize = 1_080;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Stage {
    Lead,
    Mql,
    Sql,
    Opportunity,
    Customer,
    Lost,
}

impl Stage {
    fn label(self) -> &'static str {
        match self {
            Stage::Lead => "Lead",
            Stage::Mql => "MQL",
            Stage::Sql => "SQL",
            Stage::Opportunity => "Opportunity",
            Stage::Customer => "Customer",
            Stage::Lost => "Lost",
        }
    }
}

/// One row of `lead_stage_changes.csv`.
struct StageEntry {
    stage: Stage,
    entered: Stamp,
    /// `None` while the lead is still in this stage at the end of the data.
    exited: Option<Stamp>,
    score: i64,
    action: &'static str,
}

/// A CRM lead and its stage history.
struct Lead {
    id: String,
    created: Stamp,
    source: &'static str,
    /// Stage entries, oldest first; never empty.
    history: Vec<StageEntry>,
}

impl Lead {
    /// The stage entry the lead is in now (the last one).
    fn current(&self) -> Option<&StageEntry> {
        self.history.last()
    }
}

/// Where leads come from: (source, weight, chance of ever becoming an MQL in ppm).
/// The weighted average MQL chance is about 46%.
const SOURCES: [(&str, i64, i64); 6] = [
    ("Google Ads", 25, 450_000),
    ("Meta Ads", 20, 350_000),
    ("LinkedIn Ads", 15, 560_000),
    ("Email", 15, 460_000),
    ("Organic", 15, 410_000),
    ("Referral", 10, 660_000),
];

/// Typical (median) days spent in a stage before moving on.
const LEAD_TO_MQL_DAYS: i64 = 12;
const MQL_TO_SQL_DAYS: i64 = 6;
const SQL_TO_OPPORTUNITY_DAYS: i64 = 10;
const OPPORTUNITY_TO_CUSTOMER_DAYS: i64 = 25;
/// Median days before sales marks a rejected MQL lost (SDRs triage within
/// about a week; quick rejections also keep the last quarter's acceptance
/// visible before the data ends).
const MQL_REJECT_DAYS: i64 = 7;
/// Median days before a stalled SQL is marked lost. A lost opportunity takes
/// as long as a won one.
const TO_LOST_DAYS: i64 = 15;
/// Median days before a rejected MQL is recycled to `Lead`, and before a
/// recycled lead re-engages as an MQL.
const RECYCLE_DAYS: i64 = 20;
const REENGAGE_DAYS: i64 = 30;

/// Chance that sales accepts an MQL as SQL, by the quarter the MQL was
/// created in: 63% normally, but from 2026 Q3 on the scoring model lets weak
/// MQLs through and acceptance drops to 30%. Overall that makes about 55%.
const MQL_ACCEPT_PPM: i64 = 630_000;
const MQL_ACCEPT_PPM_LAST_QUARTER: i64 = 300_000;
const SQL_TO_OPPORTUNITY_PPM: i64 = 420_000;
const OPPORTUNITY_WIN_PPM: i64 = 380_000;
/// Chance that a recycled lead comes back as an MQL (about ten leads do).
const REENGAGE_PPM: i64 = 450_000;

/// What sales does with an MQL it does not accept.
#[derive(Clone, Copy)]
enum Rejection {
    Lost,
    Recycle,
    Ignore,
}

fn simulate_leads() -> Vec<Lead> {
    lead_creation_times()
        .into_iter()
        .enumerate()
        .map(|(index, created)| simulate_lead(index, created))
        .collect()
}

/// Creation moments of all leads, oldest first (ids follow this order).
fn lead_creation_times() -> Vec<Stamp> {
    let mut rng = Rng::new(300);
    let mut stamps = Vec::with_capacity(LEAD_COUNT);
    while stamps.len() < LEAD_COUNT {
        let day = FIRST.plus(rng.range(0, LAST.0 - FIRST.0));
        // Half as many forms are filled in at weekends.
        if day.is_weekend() && rng.chance(500_000) {
            continue;
        }
        stamps.push(Stamp::at(day, rng.range(6 * 3600, 24 * 3600 - 1)));
    }
    stamps.sort();
    stamps
}

/// One lead's whole journey, from its own random stream.
fn simulate_lead(index: usize, created: Stamp) -> Lead {
    let mut rng = Rng::new(10_000 + index as u64);
    let sources: Vec<(usize, i64)> = SOURCES.iter().enumerate().map(|(i, s)| (i, s.1)).collect();
    let (source, _, mql_ppm) = SOURCES[rng.weighted(&sources)];
    let first = StageEntry {
        stage: Stage::Lead,
        entered: created,
        exited: None,
        score: initial_score(source, &mut rng),
        action: first_action(source, &mut rng),
    };
    let mut lead = Lead {
        id: format!("L{:05}", index + 1),
        created,
        source,
        history: vec![first],
    };
    if rng.chance(mql_ppm) && advance(&mut lead, &mut rng, Stage::Mql, LEAD_TO_MQL_DAYS) {
        qualify(&mut lead, &mut rng);
    }
    lead
}

/// The MQL hand-over: sales accepts (SQL) or rejects. A rejected MQL is lost,
/// recycled to `Lead` (and sometimes re-engages as an MQL, once), or ignored
/// and left sitting in `MQL`.
fn qualify(lead: &mut Lead, rng: &mut Rng) {
    let mut recycled = false;
    loop {
        let in_last_quarter = lead
            .current()
            .is_some_and(|entry| entry.entered.day().quarter() == 4);
        let accept_ppm = if in_last_quarter {
            MQL_ACCEPT_PPM_LAST_QUARTER
        } else {
            MQL_ACCEPT_PPM
        };
        if rng.chance(accept_ppm) {
            if advance(lead, rng, Stage::Sql, MQL_TO_SQL_DAYS) {
                work_sql(lead, rng);
            }
            return;
        }
        match rng.weighted(&[
            (Rejection::Lost, 65),
            (Rejection::Recycle, 10),
            (Rejection::Ignore, 25),
        ]) {
            Rejection::Lost => {
                advance(lead, rng, Stage::Lost, MQL_REJECT_DAYS);
                return;
            }
            Rejection::Ignore => return,
            Rejection::Recycle if recycled => return,
            Rejection::Recycle => {
                recycled = true;
                let back = advance(lead, rng, Stage::Lead, RECYCLE_DAYS);
                if !(back
                    && rng.chance(REENGAGE_PPM)
                    && advance(lead, rng, Stage::Mql, REENGAGE_DAYS))
                {
                    return;
                }
            }
        }
    }
}

fn work_sql(lead: &mut Lead, rng: &mut Rng) {
    if rng.chance(SQL_TO_OPPORTUNITY_PPM) {
        if advance(lead, rng, Stage::Opportunity, SQL_TO_OPPORTUNITY_DAYS) {
            work_opportunity(lead, rng);
        }
    } else if rng.chance(500_000) {
        advance(lead, rng, Stage::Lost, TO_LOST_DAYS);
    }
}

fn work_opportunity(lead: &mut Lead, rng: &mut Rng) {
    if rng.chance(OPPORTUNITY_WIN_PPM) {
        advance(lead, rng, Stage::Customer, OPPORTUNITY_TO_CUSTOMER_DAYS);
    } else if rng.chance(750_000) {
        advance(lead, rng, Stage::Lost, OPPORTUNITY_TO_CUSTOMER_DAYS);
    }
}

/// Moves the lead into `stage` after about `median_days` in its current stage.
/// If that moment falls after the end of the data, the move has not happened
/// yet: the lead stays put (its current stage keeps an empty "Exited at") and
/// this returns false.
fn advance(lead: &mut Lead, rng: &mut Rng, stage: Stage, median_days: i64) -> bool {
    let Some(current) = lead.history.last_mut() else {
        return false;
    };
    let day = current.entered.day().plus(days_in_stage(rng, median_days));
    let entered = Stamp::at(day, rng.range(8 * 3600, 19 * 3600 - 1)); // office hours
    let score = next_score(stage, current.score, rng);
    let action = stage_action(stage, rng);
    if day > LAST {
        return false;
    }
    current.exited = Some(entered);
    lead.history.push(StageEntry {
        stage,
        entered,
        exited: None,
        score,
        action,
    });
    true
}

/// Whole days (at least 1) spent in a stage: 1 plus two geometric waits, a
/// right-skewed shape (most leads move within a few weeks, some linger for
/// months) whose median is about `median_days`.
fn days_in_stage(rng: &mut Rng, median_days: i64) -> i64 {
    // The sum of two exponential waits of mean θ has median ≈ 1.68 θ; the
    // half day allows for counting whole days.
    let theta_milli = (median_days * 1_000 - 500) * 1_000 / 1_680;
    let daily_ppm = 1_000_000_000 / (theta_milli + 1_000);
    let cap = median_days * 4;
    let mut wait = || (0..cap).take_while(|_| !rng.chance(daily_ppm)).count() as i64;
    1 + wait() + wait()
}

/// The score a lead starts with (0-100).
fn initial_score(source: &str, rng: &mut Rng) -> i64 {
    let bonus = if source == "Referral" { 15 } else { 0 };
    (rng.range(5, 55) + bonus).min(100)
}

/// The score recorded when entering `stage`. Scores climb through the funnel
/// (MQL means at least 50), fall when a lead is lost or recycled.
fn next_score(stage: Stage, previous: i64, rng: &mut Rng) -> i64 {
    let score = match stage {
        Stage::Lead => rng.range(20, 45),
        Stage::Mql => rng.range(50, 78),
        Stage::Sql | Stage::Opportunity => previous + rng.range(3, 12),
        Stage::Customer => previous + rng.range(0, 8),
        Stage::Lost => rng.range(5, 35),
    };
    score.clamp(0, 100)
}

/// What created the lead.
fn first_action(source: &str, rng: &mut Rng) -> &'static str {
    match source {
        "Email" => "Email click",
        "Referral" => "Sales call",
        "LinkedIn Ads" => rng.weighted(&[("Form fill", 60), ("Webinar attended", 40)]),
        _ => "Form fill",
    }
}

/// What triggered entering `stage`.
fn stage_action(stage: Stage, rng: &mut Rng) -> &'static str {
    match stage {
        Stage::Mql => rng.weighted(&[
            ("Webinar attended", 25),
            ("Pricing page visit", 25),
            ("Email click", 20),
            ("Form fill", 15),
            ("Trial started", 15),
        ]),
        Stage::Sql => rng.weighted(&[
            ("Demo request", 50),
            ("Sales call", 35),
            ("Trial started", 15),
        ]),
        Stage::Opportunity => rng.weighted(&[
            ("Sales call", 55),
            ("Demo request", 30),
            ("Trial started", 15),
        ]),
        Stage::Customer => rng.weighted(&[("Sales call", 80), ("Trial started", 20)]),
        Stage::Lead | Stage::Lost => "Sales call",
    }
}

// ---------------------------------------------------------------------------
// leads.csv, lead_stage_changes.csv, deals.csv
// ---------------------------------------------------------------------------

fn leads_csv(leads: &[Lead]) -> String {
    let mut csv = Csv::new("Lead ID,Created date,Source,Score,Lifecycle stage");
    for lead in leads {
        let (score, stage) = lead
            .current()
            .map_or((0, "Lead"), |entry| (entry.score, entry.stage.label()));
        csv.row(&[
            &lead.id,
            &lead.created.day().iso(),
            lead.source,
            &score.to_string(),
            stage,
        ]);
    }
    csv.text
}

fn stage_changes_csv(leads: &[Lead]) -> String {
    let mut csv = Csv::new("Lead ID,Stage,Entered at,Exited at,Score,Action");
    for lead in leads {
        for entry in &lead.history {
            let exited = entry.exited.map_or(String::new(), Stamp::iso);
            csv.row(&[
                &lead.id,
                entry.stage.label(),
                &entry.entered.iso(),
                &exited,
                &entry.score.to_string(),
                entry.action,
            ]);
        }
    }
    csv.text
}

/// Segment, weight and deal-size range in cents.
const SEGMENTS: [(&str, i64, i64, i64); 3] = [
    ("SMB", 55, 150_000, 800_000),
    ("Mid-market", 30, 800_000, 2_000_000),
    ("Enterprise", 15, 2_000_000, 4_000_000),
];

fn deals_csv(leads: &[Lead]) -> String {
    let mut won: Vec<(Stamp, &str)> = leads
        .iter()
        .filter_map(|lead| {
            let customer = lead
                .history
                .iter()
                .find(|entry| entry.stage == Stage::Customer)?;
            Some((customer.entered, lead.id.as_str()))
        })
        .collect();
    won.sort();
    let mut rng = Rng::new(400);
    let segments: Vec<(usize, i64)> = SEGMENTS.iter().enumerate().map(|(i, s)| (i, s.1)).collect();
    let mut csv = Csv::new("Deal ID,Lead ID,Won date,Amount,Segment");
    for (i, (won_at, lead_id)) in won.iter().enumerate() {
        let (segment, _, low, high) = SEGMENTS[rng.weighted(&segments)];
        // Deal sizes are quoted in whole tens of dollars.
        let amount = rng.range(low / 1_000, high / 1_000) * 1_000;
        csv.row(&[
            &format!("D{:04}", i + 1),
            lead_id,
            &won_at.day().iso(),
            &money(amount),
            segment,
        ]);
    }
    csv.text
}

// ---------------------------------------------------------------------------
// programs.csv
// ---------------------------------------------------------------------------

/// The program inventory as of 2026-09-30: (program, type, set-up date, last
/// review, owner). Written by hand because every row is part of the story:
/// some reviews are long overdue, some fall due within weeks, and one
/// automation rule was set up on 2026-09-10 and has never been reviewed.
#[rustfmt::skip]
const PROGRAMS: [(&str, &str, Day, Option<Day>, &str); 12] = [
    ("Welcome nurture",        "nurture",         Day::ymd(2025, 3, 3),   Some(Day::ymd(2026, 8, 18)),  "Maria"),
    ("Trial nurture",          "nurture",         Day::ymd(2025, 5, 12),  Some(Day::ymd(2026, 7, 8)),   "Tom"),
    ("Re-engagement nurture",  "nurture",         Day::ymd(2024, 11, 4),  Some(Day::ymd(2025, 12, 2)),  "Priya"),
    ("Lead routing by region", "lead assignment", Day::ymd(2024, 9, 16),  Some(Day::ymd(2026, 3, 10)),  "Jonas"),
    ("SDR round-robin",        "lead assignment", Day::ymd(2025, 8, 25),  Some(Day::ymd(2026, 9, 1)),   "Aisha"),
    ("MQL scoring model",      "scoring rule",    Day::ymd(2024, 6, 3),   Some(Day::ymd(2025, 10, 14)), "Daniel"),
    ("Product usage scoring",  "scoring rule",    Day::ymd(2025, 10, 6),  Some(Day::ymd(2026, 7, 14)),  "Daniel"),
    ("Webinar follow-up rule", "automation rule", Day::ymd(2025, 6, 23),  Some(Day::ymd(2026, 6, 11)),  "Sofia"),
    ("Unsubscribe sync rule",  "automation rule", Day::ymd(2025, 1, 20),  Some(Day::ymd(2026, 9, 15)),  "Jonas"),
    ("Lost-deal recycle rule", "automation rule", Day::ymd(2026, 9, 10),  None,                         "Tom"),
    ("Blog content",           "content",         Day::ymd(2024, 2, 12),  Some(Day::ymd(2026, 4, 20)),  "Lena"),
    ("Case studies",           "content",         Day::ymd(2024, 10, 7),  Some(Day::ymd(2026, 7, 6)),   "Lena"),
];

fn programs_csv() -> String {
    let mut csv = Csv::new("Program,Type,Set-up date,Last review,Owner");
    for (program, kind, set_up, last_review, owner) in PROGRAMS {
        let review = last_review.map_or(String::new(), Day::iso);
        csv.row(&[program, kind, &set_up.iso(), &review, owner]);
    }
    csv.text
}

// ---------------------------------------------------------------------------
// web_analytics.csv
// ---------------------------------------------------------------------------

/// Landing pages of the web analytics export: (path, sessions per week at the
/// start, at the end, conversions per 10,000 sessions, form submissions per
/// 10,000 users). The pricing page converts best; the webinar page fades with the
/// webinar programme.
#[rustfmt::skip]
const PAGES: [(&str, i64, i64, i64, i64); 4] = [
    ("/",                 2_400, 2_700, 120, 60),
    ("/pricing",            600,   900, 520, 300),
    ("/blog/automation",  1_500, 2_300,  40, 90),
    ("/webinar",            900,   350, 260, 420),
];

/// Traffic sources of the web export: (source / medium, share of sessions in %).
const WEB_SOURCES: [(&str, i64); 2] = [("google / organic", 65), ("linkedin / paid", 35)];

/// One row per week (Mondays; the first week starts on the first day) per landing
/// page per source, like a GA4 landing-page report exported weekly.
fn web_analytics() -> String {
    let mut csv = Csv::new(
        "Date,Landing page,Session source / medium,Users,Sessions,Conversions,Form submissions",
    );
    let mut rng = Rng::new(500);
    let weeks: Vec<Day> = all_days()
        .filter(|d| *d == FIRST || d.weekday() == 0)
        .collect();
    let span = (weeks.len() as i64 - 1).max(1);
    for (i, week) in weeks.iter().enumerate() {
        for (page, start, end, conv_per_10k, lead_per_10k) in PAGES {
            let trend = start + (end - start) * i as i64 / span;
            for (source, share) in WEB_SOURCES {
                let sessions = trend * share / 100 * rng.range(85, 115) / 100;
                let users = sessions * rng.range(70, 85) / 100;
                let conversions = sessions * conv_per_10k * rng.range(70, 130) / 1_000_000;
                let leads = users * lead_per_10k * rng.range(70, 130) / 1_000_000;
                csv.row(&[
                    &week.iso(),
                    page,
                    source,
                    &users.to_string(),
                    &sessions.to_string(),
                    &conversions.to_string(),
                    &leads.to_string(),
                ]);
            }
        }
    }
    csv.text
}

// ---------------------------------------------------------------------------
// social_posts.csv
// ---------------------------------------------------------------------------

/// Social networks: (network, days between posts, followers at the start, followers
/// gained per 100 days, impressions per 100 followers, engagements per 1,000
/// impressions).
#[rustfmt::skip]
const NETWORKS: [(&str, i64, i64, i64, i64, i64); 3] = [
    ("LinkedIn",  2, 8_200, 900, 45, 32),
    ("X",         1, 5_400, 150, 30, 11),
    ("Facebook",  4, 3_100,  40, 20, 18),
];

/// Post topics, cycled per network.
const TOPICS: [&str; 5] = [
    "Customer story",
    "Product tip",
    "Webinar invite",
    "Industry report",
    "Team news",
];

/// One row per post, like a Hootsuite or Sprout Social post-performance export.
fn social_posts() -> String {
    let mut csv = Csv::new("Date,Network,Post,Impressions,Reactions,Comments,Shares,Followers");
    let mut rng = Rng::new(600);
    for (n, day) in all_days().enumerate() {
        let n = n as i64;
        for (network, every, followers0, gain, reach, engage) in NETWORKS {
            if n % every != 0 {
                continue;
            }
            let followers = followers0 + gain * n / 100;
            let topic = TOPICS[((n / every) % TOPICS.len() as i64) as usize];
            let impressions = followers * reach * rng.range(60, 150) / 10_000;
            let engagements = impressions * engage * rng.range(50, 160) / 100_000;
            let comments = engagements * rng.range(5, 15) / 100;
            let shares = engagements * rng.range(5, 20) / 100;
            let reactions = engagements - comments - shares;
            csv.row(&[
                &day.iso(),
                network,
                &format!("{topic} #{}", n / every + 1),
                &impressions.to_string(),
                &reactions.to_string(),
                &comments.to_string(),
                &shares.to_string(),
                &followers.to_string(),
            ]);
        }
    }
    csv.text
}

// ---------------------------------------------------------------------------
// touchpoints.csv
// ---------------------------------------------------------------------------

/// Later touches: (channel, campaign, weight). Campaigns are those of the ads file;
/// email touches name the newsletter series; organic and referral visits have none.
const LATER_TOUCHES: [(&str, &str, i64); 9] = [
    ("Google Ads", "Search - Brand", 18),
    ("Google Ads", "Search - Generic", 8),
    ("Meta Ads", "Prospecting - Video", 6),
    ("Meta Ads", "Retargeting", 18),
    ("LinkedIn Ads", "Webinar Promotion", 10),
    ("LinkedIn Ads", "Whitepaper Lead Gen", 8),
    ("Email", "Newsletter", 22),
    ("Organic", "", 8),
    ("Referral", "", 2),
];

/// The first touch of a lead, from its source: (channel, campaign).
fn first_touch(source: &'static str, rng: &mut Rng) -> (&'static str, &'static str) {
    let coin = rng.chance(500_000);
    match source {
        "Google Ads" if coin => ("Google Ads", "Search - Generic"),
        "Google Ads" => ("Google Ads", "Search - Brand"),
        "Meta Ads" => ("Meta Ads", "Prospecting - Video"),
        "LinkedIn Ads" if coin => ("LinkedIn Ads", "Webinar Promotion"),
        "LinkedIn Ads" => ("LinkedIn Ads", "Whitepaper Lead Gen"),
        "Email" => ("Email", "Newsletter"),
        "Referral" => ("Referral", ""),
        _ => ("Organic", ""),
    }
}

/// A moment strictly between `after` and `before` (or `after` itself if there is no room).
fn moment_between(after: Stamp, before: Stamp, rng: &mut Rng) -> Stamp {
    if before.0 - 1 <= after.0 {
        after
    } else {
        Stamp(rng.range(after.0 + 1, before.0 - 1))
    }
}

/// 1–6 touches per lead: the first (from its source) in the three weeks before it was
/// created, the others after it, each before one of its stage entries, in the gap since the
/// previous entry. One customer in three also gets a newsletter click in the month
/// after the win, which attribution must ignore.
fn touchpoints_csv(leads: &[Lead]) -> String {
    let start = Stamp::at(FIRST, 0);
    let end = Stamp::at(LAST, 86_399);
    let later: Vec<(usize, i64)> = LATER_TOUCHES
        .iter()
        .enumerate()
        .map(|(i, t)| (i, t.2))
        .collect();
    let mut csv = Csv::new("Lead ID,Touched at,Channel,Campaign");
    for (index, lead) in leads.iter().enumerate() {
        let mut rng = Rng::new(60_000 + index as u64);
        let count = rng.range(1, 6);
        let first_window = Stamp((lead.created.0 - 21 * 86_400).max(start.0));
        let mut touches: Vec<(Stamp, &str, &str)> = Vec::new();
        let (channel, campaign) = first_touch(lead.source, &mut rng);
        let first_at = moment_between(first_window, lead.created, &mut rng);
        touches.push((first_at, channel, campaign));
        for _ in 1..count {
            let k = rng.below(lead.history.len() as u64) as usize;
            let before = lead.history[k].entered;
            // Nothing comes before the source's touch: it stays the first.
            let after = if k == 0 {
                first_at
            } else {
                lead.history[k - 1].entered
            };
            let (channel, campaign, _) = LATER_TOUCHES[rng.weighted(&later)];
            touches.push((moment_between(after, before, &mut rng), channel, campaign));
        }
        let won = lead.history.iter().find(|e| e.stage == Stage::Customer);
        if let Some(won) = won {
            let until = Stamp((won.entered.0 + 30 * 86_400).min(end.0));
            if rng.chance(333_333) && until > won.entered {
                let at = moment_between(Stamp(won.entered.0 + 86_400), until, &mut rng);
                touches.push((at, "Email", "Newsletter"));
            }
        }
        touches.sort_by_key(|t| t.0);
        for (at, channel, campaign) in touches {
            csv.row(&[&lead.id, &at.iso(), channel, campaign]);
        }
    }
    csv.text
}
