// Membership commands (issue 5): establishment show, invoice run | list | print | pay, contribution
// set, service set, price set, order add. Output on stdout is tab-separated and stable for scripts
// (keys and codes are not translated; amounts are written 1234.56, dates YYYY-MM-DD); messages go to
// stderr in the user's language.
#include "Commands.h"

#include "core/Siret.h"
#include "security/AccessPolicy.h"
#include "membership/ContributionStore.h"
#include "membership/Documents.h"
#include "membership/EstablishmentStore.h"
#include "membership/InvoiceStore.h"
#include "membership/MembershipFormStore.h"
#include "membership/print/DocumentPrinter.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace vigie::cli {
using core::Error;
using core::ErrorCode;
using namespace vigie::membership;

namespace {

// 1234.56: the machine form of an amount (scripts), whatever the language.
QString plainAmount(Cents cents)
{
    return QStringLiteral("%1%2.%3")
        .arg(cents < 0 ? QStringLiteral("-") : QString())
        .arg(qAbs(cents) / 100)
        .arg(qAbs(cents) % 100, 2, 10, QLatin1Char('0'));
}

core::Result<int> yearOf(const CommandArgs& a, const Cli& cli, bool required)
{
    if (required && !a.has(QStringLiteral("--year")))
        return Error{ErrorCode::Usage, QCoreApplication::translate("vigie::cli", "The option %1 is required").arg(QStringLiteral("--year"))};
    return a.intValue(QStringLiteral("--year"), cli.clock().today().year(), 2000, 2999);
}

core::Result<QDate> dateOf(const CommandArgs& a, const QString& option, const QDate& fallback)
{
    if (!a.has(option))
        return fallback;
    const QDate d = QDate::fromString(a.value(option), Qt::ISODate);
    if (!d.isValid())
        return Error{ErrorCode::Usage,
                     QCoreApplication::translate("vigie::cli", "Invalid date for %1: \"%2\" (YYYY-MM-DD expected)").arg(option, a.value(option))};
    return d;
}

// Percent ("20", "5.5", "5,5") as basis points.
core::Result<int> basisPoints(const CommandArgs& a, const QString& option)
{
    if (!a.has(option))
        return 0;
    auto v = parseMoney(a.value(option)); // the same shape: digits and at most two decimals
    if (!v || v.value() > 10000)
        return Error{ErrorCode::Usage,
                     QCoreApplication::translate("vigie::cli", "Invalid value for %1: \"%2\" (a percentage from 0 to 100 is expected)")
                         .arg(option, a.value(option))};
    return int(v.value());
}

core::Status printingAvailable()
{
    if (canPrintDocuments())
        return {};
    return core::Status::fail(ErrorCode::Storage,
                              QCoreApplication::translate("vigie::cli",
                                                          "This vigie-cli cannot write PDF files: it was started without the "
                                                          "graphical runtime (QGuiApplication)"));
}

core::Status writeInvoicePdf(security::Session& session, const Invoice& invoice, const QString& path)
{
    if (core::Status s = printPdf(invoiceDocument(invoice), path); !s)
        return s;
    return InvoiceStore::notePrinted(session, invoice.number);
}
} // namespace

// establishment show SIRET [--year Y] — the member record, KEY<TAB>VALUE lines; the enterprise's
// establishments as "establishment" lines (consolidation by SIREN).
int runEstablishmentShow(Cli& cli, const QStringList& args)
{
    auto parsed = CommandArgs::parse(args, {QStringLiteral("--year")});
    if (!parsed)
        return cli.fail(parsed.error());
    const CommandArgs& a = parsed.value();
    if (a.positional().isEmpty())
        return cli.usage(QCoreApplication::translate("vigie::cli", "Usage: vigie-cli establishment show SIRET [--year Y]"));
    const QString siret = digitsOf(a.positional().join(QString()));
    if (core::Status s = core::validateSiret(siret); !s)
        return cli.fail(s.error());
    auto year = yearOf(a, cli, false);
    if (!year)
        return cli.fail(year.error());
    auto session = cli.signIn();
    if (!session)
        return cli.fail(session.error());
    security::Session& s = *session.value();
    auto found = EstablishmentStore::findBySiret(s, siret);
    if (!found)
        return cli.fail(found.error());
    if (!found.value())
        return cli.fail(Error{ErrorCode::Invalid, QCoreApplication::translate("vigie::cli", "Unknown establishment: SIRET %1").arg(siret)});
    const Member& m = *found.value();
    const auto line = [&](const QString& key, const QStringList& values) { cli.out(key + QLatin1Char('\t') + values.join(QLatin1Char('\t'))); };
    line(QStringLiteral("siret"), {m.siret});
    line(QStringLiteral("siren"), {m.siren()});
    line(QStringLiteral("enterprise"), {m.enterpriseName});
    line(QStringLiteral("legal_form"), {m.legalForm});
    line(QStringLiteral("name"), {m.name});
    line(QStringLiteral("naf"), {m.naf});
    line(QStringLiteral("address"), {m.address.street, m.address.extra, m.address.postalCode, m.address.city});
    line(QStringLiteral("commune"), {m.address.communeInsee});
    line(QStringLiteral("member_number"), {m.memberNumber});
    line(QStringLiteral("member_since"), {m.memberSince.toString(Qt::ISODate)});
    line(QStringLiteral("status"), {statusCode(m.status), m.statusSince.toString(Qt::ISODate)});
    for (const StatusEntry& h : m.history)
        line(QStringLiteral("status_history"), {statusCode(h.status), h.since.toString(Qt::ISODate), h.note});
    line(QStringLiteral("team"), {m.teamName});
    for (const Contact& c : m.contacts)
        line(QStringLiteral("contact"), {contactRoleCode(c.role), c.name, c.phone, c.email});
    auto workers = EstablishmentStore::workersFollowed(s, m.id, year.value());
    if (!workers)
        return cli.fail(workers.error());
    line(QStringLiteral("workers_followed"), {QString::number(year.value()), QString::number(workers.value())});
    // The prevention culture score is membership data: only for the roles that read it.
    if (security::AccessPolicy::canUseModule(s.account().role, security::Module::Membership).allowed) {
        auto form = MembershipFormStore::latest(s, m.id);
        if (!form)
            return cli.fail(form.error());
        if (form.value() && form.value()->scoreTenths())
            line(QStringLiteral("prevention_score"), {formatScore(*form.value()->scoreTenths(), QLocale::c()),
                                                      form.value()->date.toString(Qt::ISODate)});
    }
    auto enterprise = EstablishmentStore::enterprise(s, m.siren(), year.value());
    if (!enterprise)
        return cli.fail(enterprise.error());
    for (const EstablishmentOverview& o : enterprise.value().establishments)
        line(QStringLiteral("establishment"), {o.siret, o.name, o.memberNumber, statusCode(o.status), QString::number(o.workers)});
    line(QStringLiteral("enterprise_workers_followed"), {QString::number(year.value()), QString::number(enterprise.value().workers)});
    return Success;
}

// invoice run --year Y [--out DIR] — issues the year's contribution invoices; one line per invoice
// issued, NUMBER<TAB>SIRET<TAB>TOTAL (incl. VAT)[<TAB>PDF], as each one is committed; a summary on stderr.
int runInvoiceRun(Cli& cli, const QStringList& args)
{
    auto parsed = CommandArgs::parse(args, {QStringLiteral("--year"), QStringLiteral("--out")});
    if (!parsed)
        return cli.fail(parsed.error());
    const CommandArgs& a = parsed.value();
    if (!a.positional().isEmpty())
        return cli.usage(QCoreApplication::translate("vigie::cli", "Usage: vigie-cli invoice run --year Y [--out DIR]"));
    auto year = yearOf(a, cli, true);
    if (!year)
        return cli.fail(year.error());
    const QString out = a.value(QStringLiteral("--out"));
    if (!out.isEmpty()) {
        if (core::Status s = printingAvailable(); !s)
            return cli.fail(s.error());
        if (!QFileInfo(out).isDir())
            return cli.fail(Error{ErrorCode::Storage, QCoreApplication::translate("vigie::cli", "The folder %1 does not exist").arg(out)});
    }
    auto session = cli.signIn();
    if (!session)
        return cli.fail(session.error());
    security::Session& s = *session.value();
    core::Status pdf;
    auto report = InvoiceStore::run(s, year.value(), [&](const Invoice& invoice) {
        QStringList columns{invoice.number, invoice.buyer.siret, plainAmount(invoice.totals.includingVat)};
        if (!out.isEmpty() && pdf) {
            const QString path = QDir(out).filePath(invoice.number + QStringLiteral(".pdf"));
            pdf = writeInvoicePdf(s, invoice, path);
            if (pdf)
                columns << path;
        }
        cli.out(columns.join(QLatin1Char('\t')));
    });
    if (!report)
        return cli.fail(report.error());
    const InvoiceRunReport& r = report.value();
    cli.err(QCoreApplication::translate("vigie::cli", "%n invoice(s) issued for %1", nullptr, r.issued).arg(r.year) +
            (r.numbers.isEmpty() ? QString() : QStringLiteral(" (%1 – %2)").arg(r.numbers.first(), r.numbers.last())) +
            QStringLiteral("; ") +
            QCoreApplication::translate("vigie::cli", "%n already invoiced", nullptr, r.alreadyInvoiced) + QStringLiteral("; ") +
            QCoreApplication::translate("vigie::cli", "%n without worker or service", nullptr, r.empty));
    if (!pdf)
        return cli.fail(Error{pdf.error().code,
                              QCoreApplication::translate("vigie::cli",
                                                          "The invoices are issued but a PDF could not be written (%1): print "
                                                          "them with vigie-cli invoice print")
                                  .arg(pdf.error().message)});
    return Success;
}

// invoice list [--year Y] — NUMBER, ISSUE DATE, DUE DATE, SIRET, WORKERS, TOTAL, PAID, STATUS.
int runInvoiceList(Cli& cli, const QStringList& args)
{
    auto parsed = CommandArgs::parse(args, {QStringLiteral("--year")});
    if (!parsed)
        return cli.fail(parsed.error());
    auto year = yearOf(parsed.value(), cli, false);
    if (!year)
        return cli.fail(year.error());
    auto session = cli.signIn();
    if (!session)
        return cli.fail(session.error());
    auto list = InvoiceStore::list(*session.value(), year.value());
    if (!list)
        return cli.fail(list.error());
    for (const InvoiceSummary& i : list.value())
        cli.out(QStringList{i.number, i.issueDate.toString(Qt::ISODate), i.dueDate.toString(Qt::ISODate), i.siret,
                            QString::number(i.workers), plainAmount(i.total), plainAmount(i.paid), paymentStatusCode(i.status)}
                    .join(QLatin1Char('\t')));
    return Success;
}

// invoice print NUMBER --out FILE.pdf — the invoice as issued (seller and buyer as they were then).
int runInvoicePrint(Cli& cli, const QStringList& args)
{
    auto parsed = CommandArgs::parse(args, {QStringLiteral("--out")});
    if (!parsed)
        return cli.fail(parsed.error());
    const CommandArgs& a = parsed.value();
    if (a.positional().size() != 1)
        return cli.usage(QCoreApplication::translate("vigie::cli", "Usage: vigie-cli invoice print NUMBER --out FILE.pdf"));
    auto out = a.required(QStringLiteral("--out"));
    if (!out)
        return cli.fail(out.error());
    if (core::Status s = printingAvailable(); !s)
        return cli.fail(s.error());
    auto session = cli.signIn();
    if (!session)
        return cli.fail(session.error());
    auto invoice = InvoiceStore::load(*session.value(), a.positional().first());
    if (!invoice)
        return cli.fail(invoice.error());
    if (core::Status s = writeInvoicePdf(*session.value(), invoice.value(), out.value()); !s)
        return cli.fail(s.error());
    cli.out(out.value());
    return Success;
}

// invoice pay NUMBER --amount EUR [--date YYYY-MM-DD] [--reference R] — a payment received.
int runInvoicePay(Cli& cli, const QStringList& args)
{
    auto parsed = CommandArgs::parse(args, {QStringLiteral("--amount"), QStringLiteral("--date"), QStringLiteral("--reference")});
    if (!parsed)
        return cli.fail(parsed.error());
    const CommandArgs& a = parsed.value();
    if (a.positional().size() != 1)
        return cli.usage(QCoreApplication::translate("vigie::cli",
                                                     "Usage: vigie-cli invoice pay NUMBER --amount EUR [--date YYYY-MM-DD] [--reference R]"));
    auto amountText = a.required(QStringLiteral("--amount"));
    if (!amountText)
        return cli.fail(amountText.error());
    auto amount = parseMoney(amountText.value());
    if (!amount)
        return cli.fail(amount.error());
    auto date = dateOf(a, QStringLiteral("--date"), cli.clock().today());
    if (!date)
        return cli.fail(date.error());
    auto session = cli.signIn();
    if (!session)
        return cli.fail(session.error());
    if (core::Status s = InvoiceStore::recordPayment(*session.value(), a.positional().first(), amount.value(), date.value(),
                                                     a.value(QStringLiteral("--reference")));
        !s)
        return cli.fail(s.error());
    auto invoice = InvoiceStore::load(*session.value(), a.positional().first());
    if (!invoice)
        return cli.fail(invoice.error());
    cli.out(QStringList{invoice.value().number, plainAmount(invoice.value().paid), plainAmount(invoice.value().totals.includingVat),
                        paymentStatusCode(invoice.value().status)}
                .join(QLatin1Char('\t')));
    return Success;
}

// contribution set --year Y --reference EUR --rate EUR [--vat PERCENT] — administrator; the rate must
// be within 80–120 % of the national average cost (the reference).
int runContributionSet(Cli& cli, const QStringList& args)
{
    auto parsed = CommandArgs::parse(args, {QStringLiteral("--year"), QStringLiteral("--reference"), QStringLiteral("--rate"),
                                            QStringLiteral("--vat")});
    if (!parsed)
        return cli.fail(parsed.error());
    const CommandArgs& a = parsed.value();
    if (!a.positional().isEmpty())
        return cli.usage(QCoreApplication::translate("vigie::cli",
                                                     "Usage: vigie-cli contribution set --year Y --reference EUR --rate EUR [--vat PERCENT]"));
    auto year = yearOf(a, cli, true);
    if (!year)
        return cli.fail(year.error());
    auto reference = a.required(QStringLiteral("--reference"));
    if (!reference)
        return cli.fail(reference.error());
    auto rate = a.required(QStringLiteral("--rate"));
    if (!rate)
        return cli.fail(rate.error());
    auto average = parseMoney(reference.value());
    if (!average)
        return cli.fail(average.error());
    auto cents = parseMoney(rate.value());
    if (!cents)
        return cli.fail(cents.error());
    auto vat = basisPoints(a, QStringLiteral("--vat"));
    if (!vat)
        return cli.fail(vat.error());
    // Checked before signing in, so that a wrong rate is refused at once, naming the value.
    const ContributionYear settings{year.value(), average.value(), cents.value(), vat.value()};
    if (core::Status s = checkContributionYear(settings); !s)
        return cli.fail(s.error());
    auto session = cli.signIn();
    if (!session)
        return cli.fail(session.error());
    if (core::Status s = ContributionStore::setYear(*session.value(), settings); !s)
        return cli.fail(s.error());
    const RateBounds b = rateBounds(settings.nationalAverage);
    cli.out(QStringList{QString::number(settings.year), plainAmount(settings.nationalAverage), plainAmount(settings.rate),
                        plainAmount(b.min), plainAmount(b.max)}
                .join(QLatin1Char('\t')));
    return Success;
}

// service set --name N --street S --postal-code P --city C --siret S [--legal-form F] [--vat-number V]
// [--vat-exemption M] [--payment-days N] [--iban I] [--bic B] [--phone P] [--email E] [--website W]
// — administrator: the service as the seller named on its invoices.
int runServiceSet(Cli& cli, const QStringList& args)
{
    const QStringList options{QStringLiteral("--name"),          QStringLiteral("--legal-form"),    QStringLiteral("--street"),
                              QStringLiteral("--postal-code"),   QStringLiteral("--city"),          QStringLiteral("--siret"),
                              QStringLiteral("--vat-number"),    QStringLiteral("--vat-exemption"), QStringLiteral("--payment-days"),
                              QStringLiteral("--iban"),          QStringLiteral("--bic"),           QStringLiteral("--phone"),
                              QStringLiteral("--email"),         QStringLiteral("--website")};
    auto parsed = CommandArgs::parse(args, options);
    if (!parsed)
        return cli.fail(parsed.error());
    const CommandArgs& a = parsed.value();
    if (!a.positional().isEmpty())
        return cli.usage(QCoreApplication::translate("vigie::cli",
                                                     "Usage: vigie-cli service set --name N --street S --postal-code P --city C --siret S "
                                                     "[--legal-form F] [--vat-number V] [--vat-exemption M] [--payment-days N] "
                                                     "[--iban I] [--bic B] [--phone P] [--email E] [--website W]"));
    for (const QString& required : {QStringLiteral("--name"), QStringLiteral("--street"), QStringLiteral("--postal-code"),
                                    QStringLiteral("--city"), QStringLiteral("--siret")})
        if (auto r = a.required(required); !r)
            return cli.fail(r.error());
    auto days = a.intValue(QStringLiteral("--payment-days"), 30, 0, MaxPaymentDays);
    if (!days)
        return cli.fail(days.error());
    ServiceIdentity id;
    id.name = a.value(QStringLiteral("--name"));
    id.legalForm = a.value(QStringLiteral("--legal-form"));
    id.street = a.value(QStringLiteral("--street"));
    id.postalCode = a.value(QStringLiteral("--postal-code"));
    id.city = a.value(QStringLiteral("--city"));
    id.siret = a.value(QStringLiteral("--siret"));
    id.vatNumber = a.value(QStringLiteral("--vat-number"));
    id.vatExemption = a.value(QStringLiteral("--vat-exemption"));
    id.paymentDays = days.value();
    id.iban = a.value(QStringLiteral("--iban"));
    id.bic = a.value(QStringLiteral("--bic"));
    id.phone = a.value(QStringLiteral("--phone"));
    id.email = a.value(QStringLiteral("--email"));
    id.website = a.value(QStringLiteral("--website"));
    auto session = cli.signIn();
    if (!session)
        return cli.fail(session.error());
    if (core::Status s = ContributionStore::setServiceIdentity(*session.value(), id); !s)
        return cli.fail(s.error());
    return Success;
}

// price set --code C --label L --price EUR [--vat PERCENT] [--inactive] — administrator: the price list.
int runPriceSet(Cli& cli, const QStringList& args)
{
    auto parsed = CommandArgs::parse(args, {QStringLiteral("--code"), QStringLiteral("--label"), QStringLiteral("--price"),
                                            QStringLiteral("--vat")},
                                     {QStringLiteral("--inactive")});
    if (!parsed)
        return cli.fail(parsed.error());
    const CommandArgs& a = parsed.value();
    for (const QString& required : {QStringLiteral("--code"), QStringLiteral("--label"), QStringLiteral("--price")})
        if (auto r = a.required(required); !r)
            return cli.fail(r.error());
    auto price = parseMoney(a.value(QStringLiteral("--price")));
    if (!price)
        return cli.fail(price.error());
    auto vat = basisPoints(a, QStringLiteral("--vat"));
    if (!vat)
        return cli.fail(vat.error());
    auto session = cli.signIn();
    if (!session)
        return cli.fail(session.error());
    if (core::Status s = ContributionStore::setPrice(*session.value(), PriceItem{a.value(QStringLiteral("--code")),
                                                                                 a.value(QStringLiteral("--label")), price.value(),
                                                                                 vat.value(), !a.has(QStringLiteral("--inactive"))});
        !s)
        return cli.fail(s.error());
    return Success;
}

// order add --siret S --code C [--quantity N] [--date YYYY-MM-DD] — a complementary service ordered
// by a member, invoiced with its next contribution invoice. Prints the order's id.
int runOrderAdd(Cli& cli, const QStringList& args)
{
    auto parsed = CommandArgs::parse(args, {QStringLiteral("--siret"), QStringLiteral("--code"), QStringLiteral("--quantity"),
                                            QStringLiteral("--date")});
    if (!parsed)
        return cli.fail(parsed.error());
    const CommandArgs& a = parsed.value();
    for (const QString& required : {QStringLiteral("--siret"), QStringLiteral("--code")})
        if (auto r = a.required(required); !r)
            return cli.fail(r.error());
    auto quantity = a.intValue(QStringLiteral("--quantity"), 1, 1, MaxQuantity);
    if (!quantity)
        return cli.fail(quantity.error());
    auto date = dateOf(a, QStringLiteral("--date"), cli.clock().today());
    if (!date)
        return cli.fail(date.error());
    auto session = cli.signIn();
    if (!session)
        return cli.fail(session.error());
    auto found = EstablishmentStore::findBySiret(*session.value(), a.value(QStringLiteral("--siret")));
    if (!found)
        return cli.fail(found.error());
    if (!found.value())
        return cli.fail(Error{ErrorCode::Invalid, QCoreApplication::translate("vigie::cli", "Unknown establishment: SIRET %1")
                                                      .arg(a.value(QStringLiteral("--siret")))});
    auto id = ContributionStore::orderService(*session.value(), found.value()->id, a.value(QStringLiteral("--code")), quantity.value(),
                                              date.value());
    if (!id)
        return cli.fail(id.error());
    cli.out(id.value());
    return Success;
}

} // namespace vigie::cli
