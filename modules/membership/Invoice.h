#pragma once
// An issued invoice as a value: its seller (the service) and buyer (the member) copied at issue, so
// that it prints the same document forever, its lines and totals. Pure domain.

#include "core/Result.h"
#include "membership/Contribution.h"

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace vigie::membership {

// The service as the seller of its invoices (a setting, one per database).
struct ServiceIdentity {
    QString name;
    QString legalForm;     // e.g. "Association loi 1901"
    QString street;
    QString postalCode;
    QString city;
    QString siret;
    QString vatNumber;     // intra-community VAT number; empty when not registered
    QString vatExemption;  // mention printed when a line carries no VAT, e.g. the CGI article that exempts it
    int paymentDays = 30;  // payment deadline after the invoice date (at most 60, L441-10)
    QString iban;
    QString bic;
    QString phone;
    QString email;
    QString website;

    QString siren() const { return siret.left(9); }
    QJsonObject toJson() const;
    static ServiceIdentity fromJson(const QJsonObject& o);
};
// Name, address and a valid SIRET are required; payment days 0–60.
core::Status validateServiceIdentity(const ServiceIdentity& s);

// The member as the buyer, copied into the invoice.
struct Buyer {
    QString enterpriseName;
    QString establishmentName;
    QString siret;
    QString memberNumber;
    QString street;
    QString extra;
    QString postalCode;
    QString city;

    QJsonObject toJson() const;
    static Buyer fromJson(const QJsonObject& o);
};

struct Invoice {
    QString id;
    QString number;
    int series = 0;
    int seq = 0;
    int contributionYear = 0;
    QString establishmentId;
    QDate issueDate;
    QDate dueDate;
    ServiceIdentity seller;
    Buyer buyer;
    int workers = 0;
    QList<InvoiceLine> lines;
    InvoiceTotals totals;
    Cents paid = 0;
    PaymentStatus status = PaymentStatus::Unpaid;
};

} // namespace vigie::membership
