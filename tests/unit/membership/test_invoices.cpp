// Contribution settings, the yearly invoice run, numbering without gaps even after a failed run, and
// payments — on real encrypted databases.
#include "MembershipTestSupport.h"
#include "catch_qt.h"

#include "membership/ContributionStore.h"
#include "membership/EstablishmentStore.h"
#include "membership/InvoiceStore.h"

#include <QSet>

using namespace vigie;
using namespace vigie::membership;
using security::Role;
using test::MembershipDb;

namespace {

QString siren(int n) { return core::luhnCompleteSiren(QStringLiteral("3%1").arg(n, 7, 10, QLatin1Char('0'))); }

ServiceIdentity service()
{
    ServiceIdentity s;
    s.name = QStringLiteral("Santé au Travail Val de Loire");
    s.legalForm = QStringLiteral("Association loi 1901");
    s.street = QStringLiteral("8 rue des Tanneurs");
    s.postalCode = QStringLiteral("37000");
    s.city = QStringLiteral("Tours");
    s.siret = core::luhnCompleteSiret(core::luhnCompleteSiren(QStringLiteral("77556611")) + QStringLiteral("0001"));
    s.vatExemption = QStringLiteral("Exonération de TVA – article 261-7-1° du CGI");
    s.paymentDays = 30;
    s.iban = QStringLiteral("FR76 3000 4000 0100 0012 3456 789");
    s.bic = QStringLiteral("BNPAFRPPXXX");
    s.phone = QStringLiteral("02 47 00 00 00");
    s.email = QStringLiteral("adherents@stvl.example");
    return s;
}

struct Billing {
    MembershipDb db;
    std::unique_ptr<security::Session> admin = db.session(Role::Admin, QStringLiteral("admin"));
    std::unique_ptr<security::Session> planner = db.session(Role::Planner, QStringLiteral("planif"));

    Billing()
    {
        REQUIRE(ContributionStore::setServiceIdentity(*admin, service()));
        REQUIRE(ContributionStore::setYear(*admin, ContributionYear{2026, 11550, 12000, 0}));
        REQUIRE(ContributionStore::setPrice(*admin, PriceItem{QStringLiteral("ETUDE-POSTE"), QStringLiteral("Étude de poste"), 45000, 2000, true}));
    }
    // A member of SIREN number n with `workers` employed since 2020.
    QString member(int n, int workers, const QString& name = {})
    {
        auto id = EstablishmentStore::save(*planner, test::sampleMember(test::siretOf(siren(n), 1),
                                                                       name.isEmpty() ? QStringLiteral("Établissement %1").arg(n) : name));
        REQUIRE(id);
        REQUIRE(test::addWorkers(*planner, id.value(), workers, QStringLiteral("2020-01-01")));
        return id.value();
    }
    QList<int> seqs()
    {
        QList<int> out;
        QSqlQuery q(planner->db().sql());
        q.exec(QStringLiteral("SELECT seq FROM invoices WHERE series = 2026 ORDER BY seq"));
        while (q.next())
            out << q.value(0).toInt();
        return out;
    }
};

} // namespace

TEST_CASE("contribution settings: the administrator's, within 80–120 % of the national average, refusals audited")
{
    MembershipDb db;
    auto admin = db.session(Role::Admin, QStringLiteral("admin"));
    auto planner = db.session(Role::Planner, QStringLiteral("planif"));

    const auto denied = ContributionStore::setYear(*planner, ContributionYear{2025, 11550, 12000, 0});
    REQUIRE_FALSE(denied);
    CHECK(denied.error().code == core::ErrorCode::Denied);
    CHECK(test::value(*planner, QStringLiteral("SELECT count(*) FROM _audit WHERE outcome = 'denied' AND account = 'planif'")).toInt() == 1);

    const auto tooHigh = ContributionStore::setYear(*admin, ContributionYear{2025, 11550, 14000, 0});
    REQUIRE_FALSE(tooHigh);
    CHECK(tooHigh.error().code == core::ErrorCode::Invalid);
    CHECK(tooHigh.error().message.contains(formatMoney(14000)));
    CHECK(tooHigh.error().message.contains(formatMoney(13860)));
    const auto tooLow = ContributionStore::setYear(*admin, ContributionYear{2025, 11550, 9239, 0});
    REQUIRE_FALSE(tooLow);
    CHECK(tooLow.error().message.contains(formatMoney(9239)));
    CHECK(tooLow.error().message.contains(formatMoney(9240)));

    REQUIRE(ContributionStore::setYear(*admin, ContributionYear{2025, 11550, 9240, 0}));
    REQUIRE(ContributionStore::setYear(*admin, ContributionYear{2025, 11550, 13860, 0})); // updated in place
    auto y = ContributionStore::year(*planner, 2025);
    REQUIRE(y);
    REQUIRE(y.value().has_value());
    CHECK(y.value()->rate == 13860);
    CHECK(y.value()->nationalAverage == 11550);
    CHECK(ContributionStore::years(*planner).value().size() == 1);

    // The service's identity: a valid SIRET, at most 60 days to pay.
    ServiceIdentity bad = service();
    bad.siret = QStringLiteral("12345678901234");
    CHECK_FALSE(ContributionStore::setServiceIdentity(*admin, bad));
    bad = service();
    bad.paymentDays = 75;
    CHECK_FALSE(ContributionStore::setServiceIdentity(*admin, bad));
    REQUIRE(ContributionStore::setServiceIdentity(*admin, service()));
    REQUIRE(ContributionStore::setServiceIdentity(*admin, service())); // one row, updated
    CHECK(test::value(*admin, QStringLiteral("SELECT count(*) FROM service_identity")).toInt() == 1);
    CHECK(ContributionStore::serviceIdentity(*planner).value()->name == service().name);

    auto director = db.session(Role::Director, QStringLiteral("directeur"));
    CHECK(ContributionStore::year(*director, 2025).error().code == core::ErrorCode::Denied);
}

TEST_CASE("invoice run: one invoice per member with workers or services, numbered from F2026-00001")
{
    Billing b;
    const QString a = b.member(1, 3);
    const QString withService = b.member(2, 5);
    const QString empty = b.member(3, 0);
    const QString gone = b.member(4, 4);
    const QString e = b.member(5, 1);
    REQUIRE(EstablishmentStore::changeStatus(*b.planner, gone, MemberStatus::Left, QDate(2025, 6, 30)));
    REQUIRE(ContributionStore::orderService(*b.planner, withService, QStringLiteral("ETUDE-POSTE"), 2, QDate(2025, 12, 10)));
    CHECK_FALSE(ContributionStore::orderService(*b.planner, withService, QStringLiteral("NOPE"), 1, QDate(2025, 12, 10)));

    QStringList seen;
    auto run = InvoiceStore::run(*b.planner, 2026, [&](const Invoice& inv) { seen << inv.number; });
    REQUIRE(run);
    CHECK(run.value().issued == 3);
    CHECK(run.value().empty == 1);
    CHECK(run.value().alreadyInvoiced == 0);
    CHECK(run.value().numbers == QStringList{QStringLiteral("F2026-00001"), QStringLiteral("F2026-00002"), QStringLiteral("F2026-00003")});
    CHECK(seen == run.value().numbers);
    CHECK(test::value(*b.planner, QStringLiteral("SELECT count(*) FROM invoices WHERE establishment_id IN (?, ?)"), {empty, gone}).toInt() == 0);

    auto first = InvoiceStore::load(*b.planner, QStringLiteral("F2026-00001"));
    REQUIRE(first);
    CHECK(first.value().establishmentId == a);
    CHECK(first.value().workers == 3);
    CHECK(first.value().totals.includingVat == 36000);
    CHECK(first.value().issueDate == QDate(2026, 1, 15));
    CHECK(first.value().dueDate == QDate(2026, 2, 14));
    CHECK(first.value().seller.name == service().name);
    CHECK(first.value().buyer.siret == test::siretOf(siren(1), 1));

    auto second = InvoiceStore::load(*b.planner, QStringLiteral("F2026-00002"));
    REQUIRE(second);
    CHECK(second.value().establishmentId == withService);
    REQUIRE(second.value().lines.size() == 2);
    CHECK(second.value().lines.at(0).amount() == 60000);  // 5 × 120,00 €
    CHECK(second.value().lines.at(1).amount() == 90000);  // 2 × 450,00 €
    CHECK(second.value().lines.at(1).description.contains(QStringLiteral("Étude de poste")));
    CHECK(second.value().totals.excludingVat == 150000);
    CHECK(second.value().totals.vatTotal == 18000);       // 20 % of 900,00 €
    CHECK(second.value().totals.includingVat == 168000);
    CHECK(ContributionStore::orders(*b.planner, withService).value().first().invoiceNumber == QStringLiteral("F2026-00002"));
    CHECK(InvoiceStore::load(*b.planner, QStringLiteral("F2026-00003")).value().establishmentId == e);

    CHECK(test::value(*b.planner, QStringLiteral("SELECT count(*) FROM _audit WHERE action = 'issue' AND resource = 'invoice'")).toInt() == 3);

    // Running again issues nothing new.
    auto again = InvoiceStore::run(*b.planner, 2026);
    REQUIRE(again);
    CHECK(again.value().issued == 0);
    CHECK(again.value().alreadyInvoiced == 3);

    // The list, with payment status.
    auto list = InvoiceStore::list(*b.planner, 2026);
    REQUIRE(list);
    REQUIRE(list.value().size() == 3);
    CHECK(list.value().at(1).total == 168000);
    CHECK(list.value().at(1).status == PaymentStatus::Unpaid);

    // Issued invoices are immutable.
    CHECK_FALSE(test::exec(*b.planner, QStringLiteral("UPDATE invoices SET total_ttc_cents = 1 WHERE seq = 1")));
    CHECK_FALSE(test::exec(*b.planner, QStringLiteral("DELETE FROM invoice_lines")));
}

TEST_CASE("invoice numbering has no gap and no duplicate even after a failed run")
{
    Billing b;
    QStringList ids;
    for (int n = 1; n <= 5; ++n)
        ids << b.member(n, n);

    // A failure in the middle of writing the third invoice: its number is allocated and its row
    // written, then writing its lines fails (a temporary trigger of this connection only).
    REQUIRE(test::exec(*b.planner, QStringLiteral("CREATE TEMP TRIGGER fail_third BEFORE INSERT ON invoice_lines "
                                                  "WHEN (SELECT count(*) FROM invoices) >= 3 "
                                                  "BEGIN SELECT RAISE(ABORT, 'simulated disk failure'); END")));
    auto failed = InvoiceStore::run(*b.planner, 2026);
    REQUIRE_FALSE(failed);
    CHECK(failed.error().code == core::ErrorCode::Storage);
    CHECK(failed.error().message.contains(formatSiret(test::siretOf(siren(3), 1))));
    CHECK(failed.error().message.contains(QStringLiteral("simulated disk failure")));
    CHECK(b.seqs() == QList<int>{1, 2});
    CHECK(test::value(*b.planner, QStringLiteral("SELECT count(*) FROM invoice_lines")).toInt() == 2);
    CHECK(test::value(*b.planner, QStringLiteral("SELECT count(*) FROM _audit WHERE action = 'issue'")).toInt() == 2);

    // The same failure again: still nothing of the third, still no hole.
    CHECK_FALSE(InvoiceStore::run(*b.planner, 2026));
    CHECK(b.seqs() == QList<int>{1, 2});

    REQUIRE(test::exec(*b.planner, QStringLiteral("DROP TRIGGER temp.fail_third")));
    auto resumed = InvoiceStore::run(*b.planner, 2026);
    REQUIRE(resumed);
    CHECK(resumed.value().alreadyInvoiced == 2);
    CHECK(resumed.value().issued == 3);
    CHECK(resumed.value().numbers ==
          QStringList{QStringLiteral("F2026-00003"), QStringLiteral("F2026-00004"), QStringLiteral("F2026-00005")});
    CHECK(b.seqs() == QList<int>{1, 2, 3, 4, 5});
    // Each establishment once, in SIRET order: the one that failed got the next number.
    for (int n = 1; n <= 5; ++n)
        CHECK(test::value(*b.planner, QStringLiteral("SELECT number FROM invoices WHERE establishment_id = ?"), {ids.at(n - 1)}).toString() ==
              invoiceNumber(2026, n));
    CHECK(test::value(*b.planner, QStringLiteral("SELECT count(DISTINCT number) FROM invoices")).toInt() == 5);
    CHECK(test::value(*b.planner, QStringLiteral("SELECT count(*) FROM invoice_lines")).toInt() == 5);

    // Issued next year: a new series from 1.
    b.db.clock.set(QDateTime(QDate(2027, 1, 4), QTime(8, 0), Qt::UTC));
    REQUIRE(ContributionStore::setYear(*b.admin, ContributionYear{2027, 11550, 12500, 0}));
    auto next = InvoiceStore::run(*b.planner, 2027);
    REQUIRE(next);
    CHECK(next.value().numbers.first() == QStringLiteral("F2027-00001"));
}

TEST_CASE("invoice run refusals: settings missing, role without the module")
{
    MembershipDb db;
    auto admin = db.session(Role::Admin, QStringLiteral("admin"));
    auto planner = db.session(Role::Planner, QStringLiteral("planif"));
    const auto noRate = InvoiceStore::run(*planner, 2026);
    REQUIRE_FALSE(noRate);
    CHECK(noRate.error().code == core::ErrorCode::Invalid);
    CHECK(noRate.error().message.contains(QStringLiteral("2026")));

    REQUIRE(ContributionStore::setYear(*admin, ContributionYear{2026, 11550, 12000, 0}));
    const auto noSeller = InvoiceStore::run(*planner, 2026);
    REQUIRE_FALSE(noSeller);
    CHECK(noSeller.error().code == core::ErrorCode::Invalid);

    ServiceIdentity noMention = service();
    noMention.vatExemption.clear();
    REQUIRE(ContributionStore::setServiceIdentity(*admin, noMention));
    REQUIRE(EstablishmentStore::save(*planner, test::sampleMember(test::siretOf(siren(1), 1))));
    REQUIRE(test::addWorkers(*planner, test::value(*planner, QStringLiteral("SELECT id FROM establishments")).toString(), 2,
                             QStringLiteral("2021-05-01")));
    const auto noVatMention = InvoiceStore::run(*planner, 2026);
    REQUIRE_FALSE(noVatMention);
    CHECK(noVatMention.error().code == core::ErrorCode::Invalid);
    CHECK(test::value(*planner, QStringLiteral("SELECT count(*) FROM invoices")).toInt() == 0);

    auto nurse = db.session(Role::Nurse, QStringLiteral("infirmier"));
    const auto denied = InvoiceStore::run(*nurse, 2026);
    REQUIRE_FALSE(denied);
    CHECK(denied.error().code == core::ErrorCode::Denied);
    CHECK(test::value(*nurse, QStringLiteral("SELECT count(*) FROM _audit WHERE outcome = 'denied' AND account = 'infirmier'")).toInt() == 1);
}

TEST_CASE("payments: partly paid, paid, overpayment refused, overdue after the due date")
{
    Billing b;
    b.member(1, 2); // 240,00 €
    b.member(2, 1); // 120,00 €
    REQUIRE(InvoiceStore::run(*b.planner, 2026));
    const QString first = invoiceNumber(2026, 1);
    const QString second = invoiceNumber(2026, 2);

    REQUIRE(InvoiceStore::recordPayment(*b.planner, first, 10000, QDate(2026, 1, 15), QStringLiteral("VIR 123")));
    CHECK(InvoiceStore::load(*b.planner, first).value().status == PaymentStatus::PartlyPaid);
    const auto over = InvoiceStore::recordPayment(*b.planner, first, 20000, QDate(2026, 1, 15));
    REQUIRE_FALSE(over);
    CHECK(over.error().message.contains(formatMoney(20000)));
    CHECK(over.error().message.contains(formatMoney(14000)));
    CHECK_FALSE(InvoiceStore::recordPayment(*b.planner, first, 1000, QDate(2026, 1, 14))); // before the invoice
    CHECK_FALSE(InvoiceStore::recordPayment(*b.planner, first, 1000, QDate(2026, 1, 16))); // in the future
    REQUIRE(InvoiceStore::recordPayment(*b.planner, first, 14000, QDate(2026, 1, 15)));
    CHECK(InvoiceStore::load(*b.planner, first).value().status == PaymentStatus::Paid);
    CHECK(InvoiceStore::load(*b.planner, second).value().status == PaymentStatus::Unpaid);

    b.db.clock.set(QDateTime(QDate(2026, 2, 15), QTime(8, 0), Qt::UTC));
    CHECK(InvoiceStore::load(*b.planner, second).value().status == PaymentStatus::Overdue);
    CHECK(InvoiceStore::load(*b.planner, first).value().status == PaymentStatus::Paid);
    CHECK_FALSE(InvoiceStore::load(*b.planner, QStringLiteral("F2026-99999")));
}
