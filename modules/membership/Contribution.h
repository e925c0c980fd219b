#pragma once
// The contribution (cotisation) and the invoices: pure rules, no database (domain-rules.md §9).
//
// - Per capita (L4622-6): one unit per worker followed, whatever the contract or working time. The
//   workers followed for year Y at an establishment are the distinct workers with an employment there
//   overlapping Y (on the staff on 1 January or hired during the year), counted when the invoice is issued.
// - The rate per worker is set each year by the service within 80 % to 120 % of the national average
//   cost of the ensemble socle (D4622-27-6), a yearly reference set by arrêté (2025: 115,50 €, so
//   92,40 € to 138,60 €). Compared in exact integer arithmetic: 100 × rate ≥ 80 × average and
//   100 × rate ≤ 120 × average, so a bound is never lost to rounding.
// - Complementary services are invoiced from the price list (grille tarifaire), with their own VAT rate.
// - Invoices (Code de commerce L441-9, CGI 242 nonies A ann. II): numbered in one continuous series per
//   issue year, "F2025-00001", without gaps; payment due within the service's payment days (at most
//   60, L441-10); late-payment penalties and the 40 € fixed recovery indemnity (D441-5) are printed.

#include "core/Result.h"
#include "membership/Money.h"

#include <QDate>
#include <QList>
#include <QString>

namespace vigie::membership {

inline constexpr int RateMinPercent = 80;
inline constexpr int RateMaxPercent = 120;
inline constexpr Cents RecoveryIndemnityCents = 4000; // D441-5: 40 € per late invoice
inline constexpr int MaxPaymentDays = 60;              // L441-10 I: at most 60 days from the invoice date
inline constexpr Cents MaxUnitPriceCents = 100'000'000; // 1,000,000 € per unit: far above any real price
inline constexpr int MaxQuantity = 10'000'000;

struct RateBounds {
    Cents min = 0; // smallest whole-cent rate allowed: ceil(80 % × average)
    Cents max = 0; // largest: floor(120 % × average)
};
RateBounds rateBounds(Cents nationalAverage);

// The yearly settings of the contribution.
struct ContributionYear {
    int year = 0;
    Cents nationalAverage = 0; // coût moyen national de l'ensemble socle (the arrêté's figure)
    Cents rate = 0;            // the service's rate per worker followed
    int vatRateBp = 0;         // VAT on the contribution, in basis points (0: not subject)
};

// Refuses a rate outside 80–120 % of the average, naming the rate and the allowed range; refuses a
// missing or non-positive average, and a year outside 2000–2999.
core::Status checkContributionYear(const ContributionYear& settings);

// workers × rate; ErrorCode::Invalid on a negative count.
core::Result<Cents> contributionAmount(int workers, Cents rate);

// An entry of the price list of complementary services (grille tarifaire).
struct PriceItem {
    QString code;      // 1 to 32 letters, digits, '-' or '_', e.g. "ETUDE-POSTE"
    QString label;     // as printed on the invoice
    Cents unitPrice = 0; // excluding VAT
    int vatRateBp = 0;
    bool active = true;
};
core::Status validatePriceItem(const PriceItem& item);

struct InvoiceLine {
    QString description;
    qint64 quantity = 1;
    Cents unitPrice = 0;
    int vatRateBp = 0;
    Cents amount() const { return quantity * unitPrice; } // excluding VAT
};

struct VatGroup {
    int rateBp = 0;
    Cents base = 0; // sum of the lines' amounts excluding VAT at this rate
    Cents vat = 0;  // base × rate, rounded half away from zero to the cent, once per rate
};

struct InvoiceTotals {
    Cents excludingVat = 0;
    QList<VatGroup> vat; // by increasing rate
    Cents vatTotal = 0;
    Cents includingVat = 0;
};
InvoiceTotals invoiceTotals(const QList<InvoiceLine>& lines);

// "F2025-00042": the series (the issue year) and the sequence number in it.
QString invoiceNumber(int series, int seq);

// The payment deadline: the issue date plus the payment days (0: on receipt).
QDate dueDate(const QDate& issued, int paymentDays);

// Payment status, computed from what was received (never stored).
enum class PaymentStatus { Unpaid, PartlyPaid, Paid, Overdue };
PaymentStatus paymentStatus(Cents total, Cents paid, const QDate& due, const QDate& today);
QString paymentStatusCode(PaymentStatus status); // unpaid, partly_paid, paid, overdue
QString paymentStatusTitle(PaymentStatus status); // translated

// Whether an establishment is invoiced for year Y: a member on some day of Y — joined on or before
// 31 December (no date: a member), and not gone before 1 January (status "left" dated before it).
bool memberDuringYear(int year, const QDate& memberSince, const QString& statusCode, const QDate& statusSince);

} // namespace vigie::membership
