#pragma once
// The contribution's settings and the complementary services: the yearly reference (national average
// cost) and the service's rate, the service's identity as a seller, the price list (all three are
// settings: the administrator's, audited), and the services ordered by members (membership roles).
// Reading the settings is open to the membership roles and the administrator.

#include "core/Result.h"
#include "membership/Contribution.h"
#include "membership/Invoice.h"
#include "security/Session.h"

#include <QDate>
#include <QList>

#include <optional>

namespace vigie::membership {

struct ServiceOrder {
    QString id;
    QString establishmentId;
    QString priceCode;
    QString label;
    int quantity = 1;
    Cents unitPrice = 0;
    int vatRateBp = 0;
    QDate date;
    QString invoiceNumber; // empty until invoiced
};

namespace ContributionStore {
// Sets the year's national average cost and rate (refused outside 80–120 %, naming the rate).
core::Status setYear(security::Session& session, const ContributionYear& settings);
core::Result<std::optional<ContributionYear>> year(security::Session& session, int year);
core::Result<QList<ContributionYear>> years(security::Session& session);

core::Status setServiceIdentity(security::Session& session, const ServiceIdentity& identity);
core::Result<std::optional<ServiceIdentity>> serviceIdentity(security::Session& session);

// Adds or updates the price-list entry with this code.
core::Status setPrice(security::Session& session, const PriceItem& item);
core::Result<QList<PriceItem>> priceList(security::Session& session, bool activeOnly = true);

// A complementary service ordered by a member, at today's price-list price; invoiced with the
// contribution of the year of `date`. Returns its id.
core::Result<QString> orderService(security::Session& session, const QString& establishmentId, const QString& priceCode,
                                   int quantity, const QDate& date);
core::Result<QList<ServiceOrder>> orders(security::Session& session, const QString& establishmentId);
} // namespace ContributionStore

} // namespace vigie::membership
