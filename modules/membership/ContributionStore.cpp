#include "membership/ContributionStore.h"

#include "membership/EstablishmentStore.h"
#include "membership/StoreSupport.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace vigie::membership {
using core::Error;
using core::ErrorCode;
using core::Result;
using core::Status;
using namespace detail;

namespace {
Status busy() { return Status::fail(ErrorCode::Storage, QCoreApplication::translate("vigie::membership", "The database is busy")); }

ContributionYear yearFrom(const QSqlQuery& q)
{
    return ContributionYear{q.value(0).toInt(), q.value(1).toLongLong(), q.value(2).toLongLong(), q.value(3).toInt()};
}
} // namespace

Status ContributionStore::setYear(security::Session& session, const ContributionYear& s)
{
    if (Status r = requireAdministration(session); !r)
        return r;
    if (Status v = checkContributionYear(s); !v)
        return v;
    storage::Transaction tx(session.db());
    if (!tx.active())
        return busy();
    QSqlQuery q(session.db().sql());
    q.prepare(QStringLiteral("INSERT INTO contribution_years(id, year, national_average_cents, rate_cents, vat_rate_bp, hlc, updated_by) "
                             "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT(year) DO UPDATE SET "
                             "national_average_cents = excluded.national_average_cents, rate_cents = excluded.rate_cents, "
                             "vat_rate_bp = excluded.vat_rate_bp, deleted = 0, row_version = row_version + 1, "
                             "hlc = excluded.hlc, updated_by = excluded.updated_by"));
    q.addBindValue(session.newId());
    q.addBindValue(s.year);
    q.addBindValue(s.nationalAverage);
    q.addBindValue(s.rate);
    q.addBindValue(s.vatRateBp);
    q.addBindValue(session.nextHlc());
    q.addBindValue(session.account().id);
    Status r = exec(q);
    if (r)
        r = audited(session, QStringLiteral("settings"), QStringLiteral("contribution"),
                    QStringLiteral("year=%1 average=%2 rate=%3 vat=%4").arg(s.year).arg(s.nationalAverage).arg(s.rate).arg(s.vatRateBp));
    return r ? tx.commit() : r;
}

Result<std::optional<ContributionYear>> ContributionStore::year(security::Session& session, int year)
{
    if (Status r = requireMembershipOrAdministration(session, QStringLiteral("read"), QStringLiteral("contribution")); !r)
        return r.error();
    QSqlQuery q(session.db().sql());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT year, national_average_cents, rate_cents, vat_rate_bp FROM contribution_years "
                             "WHERE year = ? AND deleted = 0"));
    q.addBindValue(year);
    if (!q.exec())
        return sqlFailure(q);
    if (!q.next())
        return std::optional<ContributionYear>();
    return std::optional<ContributionYear>(yearFrom(q));
}

Result<QList<ContributionYear>> ContributionStore::years(security::Session& session)
{
    if (Status r = requireMembershipOrAdministration(session, QStringLiteral("read"), QStringLiteral("contribution")); !r)
        return r.error();
    QSqlQuery q(session.db().sql());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT year, national_average_cents, rate_cents, vat_rate_bp FROM contribution_years "
                               "WHERE deleted = 0 ORDER BY year")))
        return sqlFailure(q);
    QList<ContributionYear> out;
    while (q.next())
        out.append(yearFrom(q));
    return out;
}

Status ContributionStore::setServiceIdentity(security::Session& session, const ServiceIdentity& input)
{
    if (Status r = requireAdministration(session); !r)
        return r;
    ServiceIdentity s = input;
    s.siret = digitsOf(s.siret);
    if (Status v = validateServiceIdentity(s); !v)
        return v;
    storage::Transaction tx(session.db());
    if (!tx.active())
        return busy();
    QString id;
    {
        QSqlQuery f(session.db().sql());
        f.setForwardOnly(true);
        if (!f.exec(QStringLiteral("SELECT id FROM service_identity WHERE deleted = 0 ORDER BY id LIMIT 1")))
            return Status(sqlFailure(f));
        if (f.next())
            id = f.value(0).toString();
    }
    QSqlQuery q(session.db().sql());
    if (id.isEmpty())
        q.prepare(QStringLiteral("INSERT INTO service_identity(name, legal_form, street, postal_code, city, siret, vat_number, "
                                 "vat_exemption, payment_days, iban, bic, phone, email, website, hlc, updated_by, id) "
                                 "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    else
        q.prepare(QStringLiteral("UPDATE service_identity SET name = ?, legal_form = ?, street = ?, postal_code = ?, city = ?, "
                                 "siret = ?, vat_number = ?, vat_exemption = ?, payment_days = ?, iban = ?, bic = ?, phone = ?, "
                                 "email = ?, website = ?, hlc = ?, updated_by = ?, row_version = row_version + 1 WHERE id = ?"));
    for (const QString& v : {s.name.trimmed(), s.legalForm.trimmed(), s.street.trimmed(), s.postalCode.trimmed(), s.city.trimmed(),
                             s.siret, s.vatNumber.trimmed(), s.vatExemption.trimmed()})
        q.addBindValue(v);
    q.addBindValue(s.paymentDays);
    for (const QString& v : {s.iban.trimmed(), s.bic.trimmed(), s.phone.trimmed(), s.email.trimmed(), s.website.trimmed(),
                             session.nextHlc(), session.account().id, id.isEmpty() ? session.newId() : id})
        q.addBindValue(v);
    Status r = exec(q);
    if (r)
        r = audited(session, QStringLiteral("settings"), QStringLiteral("service_identity"), QStringLiteral("siret=%1").arg(s.siret));
    return r ? tx.commit() : r;
}

Result<std::optional<ServiceIdentity>> ContributionStore::serviceIdentity(security::Session& session)
{
    if (Status r = requireMembershipOrAdministration(session, QStringLiteral("read"), QStringLiteral("service_identity")); !r)
        return r.error();
    QSqlQuery q(session.db().sql());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT name, legal_form, street, postal_code, city, siret, vat_number, vat_exemption, payment_days, "
                               "iban, bic, phone, email, website FROM service_identity WHERE deleted = 0 ORDER BY id LIMIT 1")))
        return sqlFailure(q);
    if (!q.next())
        return std::optional<ServiceIdentity>();
    ServiceIdentity s;
    s.name = q.value(0).toString();
    s.legalForm = q.value(1).toString();
    s.street = q.value(2).toString();
    s.postalCode = q.value(3).toString();
    s.city = q.value(4).toString();
    s.siret = q.value(5).toString();
    s.vatNumber = q.value(6).toString();
    s.vatExemption = q.value(7).toString();
    s.paymentDays = q.value(8).toInt();
    s.iban = q.value(9).toString();
    s.bic = q.value(10).toString();
    s.phone = q.value(11).toString();
    s.email = q.value(12).toString();
    s.website = q.value(13).toString();
    return std::optional<ServiceIdentity>(s);
}

Status ContributionStore::setPrice(security::Session& session, const PriceItem& item)
{
    if (Status r = requireAdministration(session); !r)
        return r;
    if (Status v = validatePriceItem(item); !v)
        return v;
    storage::Transaction tx(session.db());
    if (!tx.active())
        return busy();
    QSqlQuery q(session.db().sql());
    q.prepare(QStringLiteral("INSERT INTO price_list(id, code, label, unit_price_cents, vat_rate_bp, active, hlc, updated_by) "
                             "VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(code) DO UPDATE SET label = excluded.label, "
                             "unit_price_cents = excluded.unit_price_cents, vat_rate_bp = excluded.vat_rate_bp, "
                             "active = excluded.active, deleted = 0, row_version = row_version + 1, hlc = excluded.hlc, "
                             "updated_by = excluded.updated_by"));
    q.addBindValue(session.newId());
    q.addBindValue(item.code);
    q.addBindValue(item.label.trimmed());
    q.addBindValue(item.unitPrice);
    q.addBindValue(item.vatRateBp);
    q.addBindValue(item.active ? 1 : 0);
    q.addBindValue(session.nextHlc());
    q.addBindValue(session.account().id);
    Status r = exec(q);
    if (r)
        r = audited(session, QStringLiteral("settings"), QStringLiteral("price_list"),
                    QStringLiteral("code=%1 price=%2 vat=%3").arg(item.code).arg(item.unitPrice).arg(item.vatRateBp));
    return r ? tx.commit() : r;
}

Result<QList<PriceItem>> ContributionStore::priceList(security::Session& session, bool activeOnly)
{
    if (Status r = requireMembershipOrAdministration(session, QStringLiteral("read"), QStringLiteral("price_list")); !r)
        return r.error();
    QSqlQuery q(session.db().sql());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT code, label, unit_price_cents, vat_rate_bp, active FROM price_list "
                             "WHERE deleted = 0 AND (active = 1 OR ? = 0) ORDER BY code"));
    q.addBindValue(activeOnly ? 1 : 0);
    if (!q.exec())
        return sqlFailure(q);
    QList<PriceItem> out;
    while (q.next())
        out.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toLongLong(), q.value(3).toInt(), q.value(4).toInt() == 1});
    return out;
}

Result<QString> ContributionStore::orderService(security::Session& session, const QString& establishmentId,
                                                const QString& priceCode, int quantity, const QDate& date)
{
    if (Status r = requireMembership(session); !r)
        return r.error();
    if (quantity < 1 || quantity > MaxQuantity)
        return Error{ErrorCode::Invalid, QCoreApplication::translate("vigie::membership", "Invalid quantity: %1").arg(quantity)};
    if (!date.isValid())
        return Error{ErrorCode::Invalid, QCoreApplication::translate("vigie::membership", "The date of the service is required")};
    auto member = EstablishmentStore::load(session, establishmentId);
    if (!member)
        return member.error();
    std::optional<PriceItem> item;
    {
        QSqlQuery p(session.db().sql());
        p.setForwardOnly(true);
        p.prepare(QStringLiteral("SELECT code, label, unit_price_cents, vat_rate_bp FROM price_list "
                                 "WHERE code = ? AND active = 1 AND deleted = 0"));
        p.addBindValue(priceCode);
        if (!p.exec())
            return sqlFailure(p);
        if (p.next())
            item = PriceItem{p.value(0).toString(), p.value(1).toString(), p.value(2).toLongLong(), p.value(3).toInt(), true};
    }
    if (!item)
        return Error{ErrorCode::Invalid,
                     QCoreApplication::translate("vigie::membership", "Unknown service %1: it is not in the price list").arg(priceCode)};
    const QString id = session.newId();
    storage::Transaction tx(session.db());
    if (!tx.active())
        return busy().error();
    QSqlQuery q(session.db().sql());
    q.prepare(QStringLiteral("INSERT INTO service_orders(id, establishment_id, price_code, label, quantity, unit_price_cents, "
                             "vat_rate_bp, service_date, hlc, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(id);
    q.addBindValue(establishmentId);
    q.addBindValue(item->code);
    q.addBindValue(item->label);
    q.addBindValue(quantity);
    q.addBindValue(item->unitPrice);
    q.addBindValue(item->vatRateBp);
    q.addBindValue(isoDate(date));
    q.addBindValue(session.nextHlc());
    q.addBindValue(session.account().id);
    Status r = exec(q);
    if (r)
        r = audited(session, QStringLiteral("create"), QStringLiteral("service_order"),
                    QStringLiteral("order=%1 establishment=%2 code=%3 quantity=%4").arg(id, establishmentId, item->code).arg(quantity));
    if (r)
        r = tx.commit();
    if (!r)
        return r.error();
    return id;
}

Result<QList<ServiceOrder>> ContributionStore::orders(security::Session& session, const QString& establishmentId)
{
    if (Status r = requireMembershipOrAdministration(session, QStringLiteral("read"), QStringLiteral("service_order")); !r)
        return r.error();
    QSqlQuery q(session.db().sql());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT o.id, o.price_code, o.label, o.quantity, o.unit_price_cents, o.vat_rate_bp, o.service_date, "
                             "i.number FROM service_orders o LEFT JOIN invoices i ON i.id = o.invoice_id "
                             "WHERE o.establishment_id = ? AND o.deleted = 0 ORDER BY o.service_date, o.id"));
    q.addBindValue(establishmentId);
    if (!q.exec())
        return sqlFailure(q);
    QList<ServiceOrder> out;
    while (q.next())
        out.append({q.value(0).toString(), establishmentId, q.value(1).toString(), q.value(2).toString(), q.value(3).toInt(),
                    q.value(4).toLongLong(), q.value(5).toInt(), dateOf(q.value(6)), q.value(7).toString()});
    return out;
}

} // namespace vigie::membership
