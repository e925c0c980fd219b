#include "membership/InvoiceStore.h"

#include "membership/ContributionStore.h"
#include "membership/Member.h"
#include "membership/StoreSupport.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>
#include <QJsonDocument>
#include <QSqlQuery>

namespace vigie::membership {
using core::Error;
using core::ErrorCode;
using core::Result;
using core::Status;
using namespace detail;

namespace {

struct Candidate {
    QString establishmentId;
    Buyer buyer;
    int workers = 0;
};

QString json(const QJsonObject& o) { return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)); }
QJsonObject object(const QVariant& v) { return QJsonDocument::fromJson(v.toString().toUtf8()).object(); }

Result<QList<Candidate>> candidates(security::Session& session, int year, int& alreadyInvoiced)
{
    QSqlQuery c(session.db().sql());
    c.setForwardOnly(true);
    c.prepare(QStringLiteral("SELECT count(*) FROM invoices WHERE contribution_year = ? AND kind = 'contribution'"));
    c.addBindValue(year);
    if (!c.exec() || !c.next())
        return sqlFailure(c);
    alreadyInvoiced = c.value(0).toInt();
    c.finish();

    QSqlQuery q(session.db().sql());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT e.id, e.siret, e.name, e.address, e.address_extra, e.postal_code, e.city, e.member_number, e.member_since, "
        "e.status, coalesce(e.status_since, e.member_since), n.name, "
        "(SELECT count(DISTINCT m.worker_id) FROM employments m WHERE m.establishment_id = e.id AND m.deleted = 0 "
        " AND m.start_date <= ? AND (m.end_date IS NULL OR m.end_date = '' OR m.end_date >= ?)) "
        "FROM establishments e JOIN enterprises n ON n.id = e.enterprise_id WHERE e.deleted = 0 "
        "AND NOT EXISTS (SELECT 1 FROM invoices i WHERE i.establishment_id = e.id AND i.contribution_year = ? "
        "AND i.kind = 'contribution') ORDER BY e.siret"));
    q.addBindValue(QDate(year, 12, 31).toString(Qt::ISODate));
    q.addBindValue(QDate(year, 1, 1).toString(Qt::ISODate));
    q.addBindValue(year);
    if (!q.exec())
        return sqlFailure(q);
    QList<Candidate> out;
    while (q.next()) {
        if (!memberDuringYear(year, dateOf(q.value(8)), q.value(9).toString(), dateOf(q.value(10))))
            continue;
        Candidate c2;
        c2.establishmentId = q.value(0).toString();
        c2.buyer.siret = q.value(1).toString();
        c2.buyer.establishmentName = q.value(2).toString();
        c2.buyer.street = q.value(3).toString();
        c2.buyer.extra = q.value(4).toString();
        c2.buyer.postalCode = q.value(5).toString();
        c2.buyer.city = q.value(6).toString();
        c2.buyer.memberNumber = q.value(7).toString();
        c2.buyer.enterpriseName = q.value(11).toString();
        c2.workers = q.value(12).toInt();
        out.append(c2);
    }
    return out;
}

struct OrderLine {
    QString id;
    InvoiceLine line;
};

Result<QList<OrderLine>> pendingOrders(security::Session& session, const QString& establishmentId, int year)
{
    QSqlQuery q(session.db().sql());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id, label, quantity, unit_price_cents, vat_rate_bp, service_date FROM service_orders "
                             "WHERE establishment_id = ? AND invoice_id IS NULL AND deleted = 0 AND service_date <= ? "
                             "ORDER BY service_date, id"));
    q.addBindValue(establishmentId);
    q.addBindValue(QDate(year, 12, 31).toString(Qt::ISODate));
    if (!q.exec())
        return sqlFailure(q);
    QList<OrderLine> out;
    while (q.next()) {
        //: A complementary service on an invoice: %1 its label, %2 the date it was provided
        const QString description = QCoreApplication::translate("vigie::membership", "%1 (service of %2)")
                                        .arg(q.value(1).toString(),
                                             QLocale().toString(dateOf(q.value(5)), QLocale::ShortFormat));
        out.append({q.value(0).toString(),
                    InvoiceLine{description, q.value(2).toLongLong(), q.value(3).toLongLong(), q.value(4).toInt()}});
    }
    return out;
}

// Writes one invoice in its own transaction, its number allocated inside it.
Status issueOne(security::Session& session, Invoice& inv, const QList<OrderLine>& orders)
{
    storage::Transaction tx(session.db());
    if (!tx.active())
        return Status::fail(ErrorCode::Storage, QCoreApplication::translate("vigie::membership", "The database is busy"));
    {
        QSqlQuery n(session.db().sql());
        n.setForwardOnly(true);
        n.prepare(QStringLiteral("SELECT coalesce(max(seq), 0) + 1 FROM invoices WHERE series = ?"));
        n.addBindValue(inv.series);
        if (!n.exec() || !n.next())
            return Status(sqlFailure(n));
        inv.seq = n.value(0).toInt();
    }
    inv.number = invoiceNumber(inv.series, inv.seq);
    inv.id = session.newId();
    QSqlQuery q(session.db().sql());
    q.prepare(QStringLiteral("INSERT INTO invoices(id, number, series, seq, kind, contribution_year, establishment_id, issue_date, "
                             "due_date, seller, buyer, workers, total_ht_cents, total_vat_cents, total_ttc_cents, issued_by, hlc, "
                             "updated_by) VALUES (?, ?, ?, ?, 'contribution', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(inv.id);
    q.addBindValue(inv.number);
    q.addBindValue(inv.series);
    q.addBindValue(inv.seq);
    q.addBindValue(inv.contributionYear);
    q.addBindValue(inv.establishmentId);
    q.addBindValue(isoDate(inv.issueDate));
    q.addBindValue(isoDate(inv.dueDate));
    q.addBindValue(json(inv.seller.toJson()));
    q.addBindValue(json(inv.buyer.toJson()));
    q.addBindValue(inv.workers);
    q.addBindValue(inv.totals.excludingVat);
    q.addBindValue(inv.totals.vatTotal);
    q.addBindValue(inv.totals.includingVat);
    q.addBindValue(session.account().login);
    q.addBindValue(session.nextHlc());
    q.addBindValue(session.account().id);
    if (Status s = exec(q); !s)
        return s;
    int position = 0;
    for (const InvoiceLine& l : std::as_const(inv.lines)) {
        QSqlQuery li(session.db().sql());
        li.prepare(QStringLiteral("INSERT INTO invoice_lines(id, invoice_id, position, description, quantity, unit_price_cents, "
                                  "vat_rate_bp, amount_ht_cents, hlc, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        li.addBindValue(session.newId());
        li.addBindValue(inv.id);
        li.addBindValue(++position);
        li.addBindValue(l.description);
        li.addBindValue(l.quantity);
        li.addBindValue(l.unitPrice);
        li.addBindValue(l.vatRateBp);
        li.addBindValue(l.amount());
        li.addBindValue(session.nextHlc());
        li.addBindValue(session.account().id);
        if (Status s = exec(li); !s)
            return s;
    }
    for (const OrderLine& o : orders) {
        QSqlQuery u(session.db().sql());
        u.prepare(QStringLiteral("UPDATE service_orders SET invoice_id = ?, row_version = row_version + 1, hlc = ?, updated_by = ? "
                                 "WHERE id = ? AND invoice_id IS NULL"));
        u.addBindValue(inv.id);
        u.addBindValue(session.nextHlc());
        u.addBindValue(session.account().id);
        u.addBindValue(o.id);
        if (Status s = exec(u); !s)
            return s;
        if (u.numRowsAffected() != 1)
            return Status::fail(ErrorCode::Storage, QCoreApplication::translate("vigie::membership", "The service %1 was invoiced meanwhile").arg(o.id));
    }
    if (Status s = audited(session, QStringLiteral("issue"), QStringLiteral("invoice"),
                           QStringLiteral("invoice=%1 establishment=%2 year=%3 total=%4")
                               .arg(inv.number, inv.establishmentId)
                               .arg(inv.contributionYear)
                               .arg(inv.totals.includingVat));
        !s)
        return s;
    return tx.commit();
}

Result<Cents> paidOn(security::Session& session, const QString& invoiceId)
{
    QSqlQuery q(session.db().sql());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT coalesce(sum(amount_cents), 0) FROM invoice_payments WHERE invoice_id = ? AND deleted = 0"));
    q.addBindValue(invoiceId);
    if (!q.exec() || !q.next())
        return sqlFailure(q);
    return Cents(q.value(0).toLongLong());
}
} // namespace

Result<InvoiceRunReport> InvoiceStore::run(security::Session& session, int year,
                                           const std::function<void(const Invoice&)>& issued)
{
    if (Status s = requireMembership(session); !s)
        return s.error();
    if (year < 2000 || year > 2999)
        return Error{ErrorCode::Invalid, QCoreApplication::translate("vigie::membership", "Invalid year: %1").arg(year)};
    auto settings = ContributionStore::year(session, year);
    if (!settings)
        return settings.error();
    if (!settings.value())
        return Error{ErrorCode::Invalid,
                     QCoreApplication::translate("vigie::membership",
                                                 "The contribution for %1 is not set: enter the national average cost and the rate first")
                         .arg(year)};
    if (Status s = checkContributionYear(*settings.value()); !s)
        return s.error();
    auto seller = ContributionStore::serviceIdentity(session);
    if (!seller)
        return seller.error();
    if (!seller.value())
        return Error{ErrorCode::Invalid, QCoreApplication::translate("vigie::membership",
                                                                     "The service's identity is not set: an invoice must name its seller")};
    if (Status s = validateServiceIdentity(*seller.value()); !s)
        return s.error();
    const ContributionYear& rate = *settings.value();

    InvoiceRunReport report;
    report.year = year;
    auto list = candidates(session, year, report.alreadyInvoiced);
    if (!list)
        return list.error();
    const QDate today = session.clock().today();
    for (const Candidate& c : list.value()) {
        auto orders = pendingOrders(session, c.establishmentId, year);
        if (!orders)
            return orders.error();
        Invoice inv;
        inv.contributionYear = year;
        inv.establishmentId = c.establishmentId;
        inv.issueDate = today;
        inv.series = today.year();
        inv.dueDate = dueDate(today, seller.value()->paymentDays);
        inv.seller = *seller.value();
        inv.buyer = c.buyer;
        inv.workers = c.workers;
        if (c.workers > 0)
            inv.lines.append(InvoiceLine{
                //: The contribution line of an invoice: %1 the year
                QCoreApplication::translate("vigie::membership",
                                            "Contribution %1 — ensemble socle of services (prevention, individual follow-up, "
                                            "job retention), per worker followed (L4622-6)")
                    .arg(year),
                c.workers, rate.rate, rate.vatRateBp});
        for (const OrderLine& o : orders.value())
            inv.lines.append(o.line);
        if (inv.lines.isEmpty()) {
            ++report.empty;
            continue;
        }
        inv.totals = invoiceTotals(inv.lines);
        const bool untaxedLine = std::any_of(inv.lines.cbegin(), inv.lines.cend(), [](const InvoiceLine& l) { return l.vatRateBp == 0; });
        Status s;
        if (untaxedLine && inv.seller.vatExemption.trimmed().isEmpty())
            s = Status::fail(ErrorCode::Invalid,
                             QCoreApplication::translate("vigie::membership",
                                                         "Lines without VAT need the VAT exemption mention: set it in the service's identity"));
        if (s)
            s = issueOne(session, inv, orders.value());
        if (!s)
            return Error{s.error().code,
                         //: %1 the SIRET, %2 how many invoices were issued before, %3 the reason
                         QCoreApplication::translate("vigie::membership",
                                                     "Invoice run stopped at the establishment %1 after %2 invoice(s) issued by this run: %3")
                             .arg(formatSiret(c.buyer.siret))
                             .arg(report.issued)
                             .arg(s.error().message)};
        ++report.issued;
        report.numbers << inv.number;
        if (issued)
            issued(inv);
    }
    return report;
}

Result<QList<InvoiceSummary>> InvoiceStore::list(security::Session& session, int year)
{
    if (Status s = requireMembershipOrAdministration(session, QStringLiteral("read"), QStringLiteral("invoice")); !s)
        return s.error();
    QSqlQuery q(session.db().sql());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT i.number, i.issue_date, i.due_date, i.contribution_year, i.establishment_id, i.buyer, i.workers, "
                             "i.total_ttc_cents, (SELECT coalesce(sum(p.amount_cents), 0) FROM invoice_payments p "
                             "WHERE p.invoice_id = i.id AND p.deleted = 0) FROM invoices i "
                             "WHERE i.contribution_year = ? AND i.deleted = 0 ORDER BY i.series, i.seq"));
    q.addBindValue(year);
    if (!q.exec())
        return sqlFailure(q);
    QList<InvoiceSummary> out;
    const QDate today = session.clock().today();
    while (q.next()) {
        const Buyer b = Buyer::fromJson(object(q.value(5)));
        InvoiceSummary s{q.value(0).toString(), dateOf(q.value(1)), dateOf(q.value(2)), q.value(3).toInt(), q.value(4).toString(),
                         b.siret, b.establishmentName, q.value(6).toInt(), q.value(7).toLongLong(), q.value(8).toLongLong()};
        s.status = paymentStatus(s.total, s.paid, s.dueDate, today);
        out.append(s);
    }
    return out;
}

Result<Invoice> InvoiceStore::load(security::Session& session, const QString& number)
{
    if (Status s = requireMembershipOrAdministration(session, QStringLiteral("read"), QStringLiteral("invoice")); !s)
        return s.error();
    QSqlQuery q(session.db().sql());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id, number, series, seq, contribution_year, establishment_id, issue_date, due_date, seller, buyer, "
                             "workers FROM invoices WHERE number = ? AND deleted = 0"));
    q.addBindValue(number.trimmed());
    if (!q.exec())
        return sqlFailure(q);
    if (!q.next())
        return Error{ErrorCode::Invalid, QCoreApplication::translate("vigie::membership", "Unknown invoice: %1").arg(number.trimmed())};
    Invoice inv;
    inv.id = q.value(0).toString();
    inv.number = q.value(1).toString();
    inv.series = q.value(2).toInt();
    inv.seq = q.value(3).toInt();
    inv.contributionYear = q.value(4).toInt();
    inv.establishmentId = q.value(5).toString();
    inv.issueDate = dateOf(q.value(6));
    inv.dueDate = dateOf(q.value(7));
    inv.seller = ServiceIdentity::fromJson(object(q.value(8)));
    inv.buyer = Buyer::fromJson(object(q.value(9)));
    inv.workers = q.value(10).toInt();
    q.finish();
    QSqlQuery l(session.db().sql());
    l.setForwardOnly(true);
    l.prepare(QStringLiteral("SELECT description, quantity, unit_price_cents, vat_rate_bp FROM invoice_lines "
                             "WHERE invoice_id = ? AND deleted = 0 ORDER BY position"));
    l.addBindValue(inv.id);
    if (!l.exec())
        return sqlFailure(l);
    while (l.next())
        inv.lines.append(InvoiceLine{l.value(0).toString(), l.value(1).toLongLong(), l.value(2).toLongLong(), l.value(3).toInt()});
    inv.totals = invoiceTotals(inv.lines);
    auto paid = paidOn(session, inv.id);
    if (!paid)
        return paid.error();
    inv.paid = paid.value();
    inv.status = paymentStatus(inv.totals.includingVat, inv.paid, inv.dueDate, session.clock().today());
    return inv;
}

Status InvoiceStore::recordPayment(security::Session& session, const QString& number, Cents amount, const QDate& paidOnDate,
                                   const QString& reference)
{
    if (Status s = requireMembership(session); !s)
        return s;
    auto inv = load(session, number);
    if (!inv)
        return inv.error();
    if (amount <= 0)
        return Status::fail(ErrorCode::Invalid, QCoreApplication::translate("vigie::membership", "Invalid amount: %1").arg(formatMoney(amount)));
    if (!paidOnDate.isValid() || paidOnDate > session.clock().today() || paidOnDate < inv.value().issueDate)
        return Status::fail(ErrorCode::Invalid,
                            QCoreApplication::translate("vigie::membership", "Invalid payment date %1: between the invoice date %2 and today")
                                .arg(paidOnDate.toString(Qt::ISODate), inv.value().issueDate.toString(Qt::ISODate)));
    const Cents remaining = inv.value().totals.includingVat - inv.value().paid;
    if (amount > remaining)
        return Status::fail(ErrorCode::Invalid,
                            QCoreApplication::translate("vigie::membership", "The payment %1 is more than what remains due on %2: %3")
                                .arg(formatMoney(amount), inv.value().number, formatMoney(remaining)));
    storage::Transaction tx(session.db());
    if (!tx.active())
        return Status::fail(ErrorCode::Storage, QCoreApplication::translate("vigie::membership", "The database is busy"));
    QSqlQuery q(session.db().sql());
    q.prepare(QStringLiteral("INSERT INTO invoice_payments(id, invoice_id, paid_on, amount_cents, reference, recorded_at, hlc, "
                             "updated_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(session.newId());
    q.addBindValue(inv.value().id);
    q.addBindValue(isoDate(paidOnDate));
    q.addBindValue(amount);
    q.addBindValue(reference.trimmed());
    q.addBindValue(nowText(session));
    q.addBindValue(session.nextHlc());
    q.addBindValue(session.account().id);
    Status s = exec(q);
    if (s)
        s = audited(session, QStringLiteral("payment"), QStringLiteral("invoice"),
                    QStringLiteral("invoice=%1 amount=%2").arg(inv.value().number).arg(amount));
    return s ? tx.commit() : s;
}

Status InvoiceStore::notePrinted(security::Session& session, const QString& number)
{
    return session.audit(storage::AuditEvent{{}, {}, QStringLiteral("print"), QStringLiteral("invoice"), {}, 0,
                                             QStringLiteral("allowed"), QStringLiteral("invoice=%1").arg(number)});
}

} // namespace vigie::membership
