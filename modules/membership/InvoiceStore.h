#pragma once
// Contribution invoices: the yearly run, the invoices and their payments (0006: invoices,
// invoice_lines, invoice_payments). The membership roles issue invoices and record payments; the
// administrator may read them. Every invoice issued, every payment and every print is audited.
//
// Numbering without gaps: each invoice is written in its own transaction, and its number — the next
// in the series of its issue year, max(seq) + 1 — is allocated inside that transaction, after BEGIN
// IMMEDIATE has taken the write lock. A failure anywhere in the invoice (lines, orders, audit, commit)
// rolls back the number with it, so the next invoice takes the same number and the series stays
// continuous; UNIQUE (series, seq) refuses any duplicate. A run that stops part-way leaves the
// invoices issued before the failure (numbered 1..k) and nothing of the failed one; running again
// issues the remaining establishments from k + 1 — each establishment gets one contribution invoice
// per year (UNIQUE (establishment_id, contribution_year, kind)), so a run never invoices twice.
//
// Numbers are allocated per database: invoices must be issued from one database (the service's
// billing workstation or the server), never from two replicas at once.

#include "core/Result.h"
#include "membership/Invoice.h"
#include "security/Session.h"

#include <QList>
#include <QStringList>

#include <functional>

namespace vigie::membership {

struct InvoiceRunReport {
    int year = 0;
    int issued = 0;
    int alreadyInvoiced = 0; // establishments invoiced for the year by an earlier run
    int empty = 0;           // members with no worker followed and no service: no invoice
    QStringList numbers;     // issued by this run, in order
};

struct InvoiceSummary {
    QString number;
    QDate issueDate;
    QDate dueDate;
    int contributionYear = 0;
    QString establishmentId;
    QString siret;
    QString buyerName;
    int workers = 0;
    Cents total = 0; // including VAT
    Cents paid = 0;
    PaymentStatus status = PaymentStatus::Unpaid;
};

namespace InvoiceStore {
// Issues the contribution invoices of `year` to every member not yet invoiced for it. `issued` is
// called after each invoice is committed. On a failure, the error names the establishment and how
// many invoices this run issued before it.
core::Result<InvoiceRunReport> run(security::Session& session, int year,
                                   const std::function<void(const Invoice&)>& issued = {});
core::Result<QList<InvoiceSummary>> list(security::Session& session, int year);
core::Result<Invoice> load(security::Session& session, const QString& number);
// A payment received: positive, dated between the invoice date and today, not above what remains due.
core::Status recordPayment(security::Session& session, const QString& number, Cents amount, const QDate& paidOn,
                           const QString& reference = {});
// Audits that the invoice was printed or exported (the caller printed it).
core::Status notePrinted(security::Session& session, const QString& number);
} // namespace InvoiceStore

} // namespace vigie::membership
