#include "membership/Contribution.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>
#include <map>

namespace vigie::membership {
using core::Error;
using core::ErrorCode;
using core::Status;

RateBounds rateBounds(Cents nationalAverage)
{
    // ceil(80 × avg ÷ 100) and floor(120 × avg ÷ 100), in integers (avg > 0).
    return {(nationalAverage * RateMinPercent + 99) / 100, nationalAverage * RateMaxPercent / 100};
}

Status checkContributionYear(const ContributionYear& s)
{
    if (s.year < 2000 || s.year > 2999)
        return Status::fail(ErrorCode::Invalid,
                            QCoreApplication::translate("vigie::membership", "Invalid year: %1").arg(s.year));
    if (s.nationalAverage <= 0 || s.nationalAverage > MaxUnitPriceCents)
        return Status::fail(ErrorCode::Invalid,
                            QCoreApplication::translate("vigie::membership",
                                                        "Invalid national average cost for %1: %2")
                                .arg(s.year)
                                .arg(formatMoney(s.nationalAverage)));
    if (s.vatRateBp < 0 || s.vatRateBp > 10000)
        return Status::fail(ErrorCode::Invalid,
                            QCoreApplication::translate("vigie::membership", "Invalid VAT rate: %1").arg(formatRate(s.vatRateBp)));
    const bool tooLow = s.rate * 100 < s.nationalAverage * RateMinPercent;
    const bool tooHigh = s.rate * 100 > s.nationalAverage * RateMaxPercent;
    if (s.rate <= 0 || tooLow || tooHigh) {
        const RateBounds b = rateBounds(s.nationalAverage);
        return Status::fail(
            ErrorCode::Invalid,
            //: %1 the rate refused, %2 the year, %3 and %4 the bounds, %5 the national average cost
            QCoreApplication::translate("vigie::membership",
                                        "The rate %1 per worker is outside the range allowed for %2: from %3 to %4 "
                                        "(80 % to 120 % of the national average cost, %5; D4622-27-6)")
                .arg(formatMoney(s.rate))
                .arg(s.year)
                .arg(formatMoney(b.min), formatMoney(b.max), formatMoney(s.nationalAverage)));
    }
    return {};
}

Status validatePriceItem(const PriceItem& item)
{
    static const QRegularExpression code(QStringLiteral("^[A-Za-z0-9_-]{1,32}$"));
    if (!code.match(item.code).hasMatch())
        return Status::fail(ErrorCode::Invalid,
                            QCoreApplication::translate("vigie::membership",
                                                        "Invalid price code \"%1\": 1 to 32 letters, digits, '-' or '_'")
                                .arg(item.code));
    if (item.label.trimmed().isEmpty())
        return Status::fail(ErrorCode::Invalid,
                            QCoreApplication::translate("vigie::membership", "The service %1 needs a label").arg(item.code));
    if (item.unitPrice < 0 || item.unitPrice > MaxUnitPriceCents)
        return Status::fail(ErrorCode::Invalid,
                            QCoreApplication::translate("vigie::membership", "Invalid price for %1: %2").arg(item.code, formatMoney(item.unitPrice)));
    if (item.vatRateBp < 0 || item.vatRateBp > 10000)
        return Status::fail(ErrorCode::Invalid,
                            QCoreApplication::translate("vigie::membership", "Invalid VAT rate: %1").arg(formatRate(item.vatRateBp)));
    return {};
}

core::Result<Cents> contributionAmount(int workers, Cents rate)
{
    if (workers < 0)
        return Error{ErrorCode::Invalid,
                     QCoreApplication::translate("vigie::membership", "Invalid number of workers: %1").arg(workers)};
    return Cents(workers) * rate;
}

InvoiceTotals invoiceTotals(const QList<InvoiceLine>& lines)
{
    InvoiceTotals t;
    std::map<int, Cents> bases;
    for (const InvoiceLine& l : lines) {
        t.excludingVat += l.amount();
        bases[l.vatRateBp] += l.amount();
    }
    for (const auto& [rate, base] : bases) {
        const Cents vat = mulDivRound(base, rate, 10000);
        t.vat.append({rate, base, vat});
        t.vatTotal += vat;
    }
    t.includingVat = t.excludingVat + t.vatTotal;
    return t;
}

QString invoiceNumber(int series, int seq)
{
    return QStringLiteral("F%1-%2").arg(series).arg(seq, 5, 10, QLatin1Char('0'));
}

QDate dueDate(const QDate& issued, int paymentDays) { return issued.addDays(std::clamp(paymentDays, 0, MaxPaymentDays)); }

PaymentStatus paymentStatus(Cents total, Cents paid, const QDate& due, const QDate& today)
{
    if (paid >= total)
        return PaymentStatus::Paid;
    if (today > due)
        return PaymentStatus::Overdue;
    return paid > 0 ? PaymentStatus::PartlyPaid : PaymentStatus::Unpaid;
}

QString paymentStatusCode(PaymentStatus status)
{
    switch (status) {
    case PaymentStatus::Unpaid: return QStringLiteral("unpaid");
    case PaymentStatus::PartlyPaid: return QStringLiteral("partly_paid");
    case PaymentStatus::Paid: return QStringLiteral("paid");
    case PaymentStatus::Overdue: return QStringLiteral("overdue");
    }
    return {};
}

QString paymentStatusTitle(PaymentStatus status)
{
    switch (status) {
    case PaymentStatus::Unpaid: return QCoreApplication::translate("vigie::membership", "Unpaid");
    case PaymentStatus::PartlyPaid: return QCoreApplication::translate("vigie::membership", "Partly paid");
    case PaymentStatus::Paid: return QCoreApplication::translate("vigie::membership", "Paid");
    case PaymentStatus::Overdue: return QCoreApplication::translate("vigie::membership", "Overdue");
    }
    return {};
}

bool memberDuringYear(int year, const QDate& memberSince, const QString& statusCode, const QDate& statusSince)
{
    if (memberSince.isValid() && memberSince > QDate(year, 12, 31))
        return false;
    if (statusCode == QLatin1String("left")) {
        // Gone on `statusSince`: a member until the day before. No date: gone for good.
        if (!statusSince.isValid() || statusSince <= QDate(year, 1, 1))
            return false;
    }
    return true;
}

} // namespace vigie::membership
