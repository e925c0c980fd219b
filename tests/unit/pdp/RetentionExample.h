#pragma once
// A worked example of job-retention cases over the year 2026 (D = 2026-12-31), shared by the domain's
// test (pdp::retentionFigures) and the store's (IndicatorStore::retention counts the same in SQL).
// The workers are those of the indicators' worked example (tests/unit/reports/test_indicator_store):
// followed at D are w1, w2, w5, w9; team T1 follows w1 w2 w9, team T2 w5 w9; w3 and w4 are not
// followed at D. Every expected figure is computed by hand in the tests.
#include "pdp/RetentionFigures.h"

namespace vigie::test {

inline QDate day(const char* iso) { return QDate::fromString(QString::fromLatin1(iso), Qt::ISODate); }
inline std::optional<QDate> optDay(const char* iso) { return iso ? std::optional<QDate>(day(iso)) : std::nullopt; }

struct ExampleCase {
    const char* id;
    pdp::CaseRecord record;
    bool deleted = false;
};

inline pdp::Step exampleStep(pdp::StepKind kind, const char* date, const char* partner = "")
{
    return pdp::Step{{}, kind, day(date), std::nullopt, QString::fromLatin1(partner)};
}
inline pdp::ReviewRecord exampleReview(pdp::Review review, const char* due, const char* done, std::optional<pdp::Outcome> situation = {})
{
    return pdp::ReviewRecord{review, day(due), day(done), situation};
}

inline QList<ExampleCase> retentionExample()
{
    using namespace vigie::pdp;
    QList<ExampleCase> out;
    // k1 w1: opened before the period, open; liaison before the period, pre-return visit on its first
    // day, return visit; social follow-up since the day before the period; 3 months on time, 6 months late.
    out << ExampleCase{"k1", CaseRecord{QStringLiteral("w1"), Origin::Employer, day("2025-11-01"), {}, {},
                                        {exampleStep(StepKind::Liaison, "2025-11-10"), exampleStep(StepKind::PreReturnVisit, "2026-01-01"),
                                         exampleStep(StepKind::ReturnVisit, "2026-03-02")},
                                        day("2025-12-31"), {},
                                        {exampleReview(Review::Social3Months, "2026-03-31", "2026-03-30"),
                                         exampleReview(Review::Social6Months, "2026-06-30", "2026-07-05")}}};
    // k2 w2: opened on the period's first day, closed on D (adjusted post, 364 days); a referral; the
    // social follow-up ended on D; the one-year review late, adjusted post.
    out << ExampleCase{"k2", CaseRecord{QStringLiteral("w2"), Origin::Worker, day("2026-01-01"), day("2026-12-31"), Outcome::AdjustedPost,
                                        {exampleStep(StepKind::Referral, "2026-02-01", "CAP_EMPLOI")},
                                        day("2026-02-01"), day("2026-12-31"),
                                        {exampleReview(Review::Outcome1Year, "2026-12-01", "2026-12-31", Outcome::AdjustedPost)}}};
    // k3 w3 (not followed at D): opened and closed in the period (60 days, left the company); an
    // adjustment proposal; social follow-up ended on the period's first day (active that day).
    out << ExampleCase{"k3", CaseRecord{QStringLiteral("w3"), Origin::Service, day("2026-05-01"), day("2026-06-30"), Outcome::LeftCompany,
                                        {exampleStep(StepKind::AdjustmentProposal, "2026-05-20")},
                                        day("2025-01-01"), day("2026-01-01"),
                                        {exampleReview(Review::Outcome1Year, "2026-06-15", "2026-06-01", Outcome::LeftCompany)}}};
    // k4 w9: opened in December by the attending doctor, open at D, social follow-up from its opening.
    out << ExampleCase{"k4", CaseRecord{QStringLiteral("w9"), Origin::AttendingDoctor, day("2026-12-20"), {}, {}, {}, day("2026-12-20"), {}, {}}};
    // k5 w9 again: opened in 2024, closed in January (redeployed, 745 days); its social follow-up
    // ended on the period's first day; the one-year review on time. w9 counts once for social support.
    out << ExampleCase{"k5", CaseRecord{QStringLiteral("w9"), Origin::MedecinConseil, day("2024-01-01"), day("2026-01-15"), Outcome::Redeployed,
                                        {exampleStep(StepKind::Crpe, "2025-03-01")},
                                        day("2024-02-01"), day("2026-01-01"),
                                        {exampleReview(Review::Outcome1Year, "2026-01-10", "2026-01-02", Outcome::Redeployed)}}};
    // k6 w5: opened on D by the service, social follow-up from D; a liaison after D.
    out << ExampleCase{"k6", CaseRecord{QStringLiteral("w5"), Origin::Service, day("2026-12-31"), {}, {},
                                        {exampleStep(StepKind::Liaison, "2027-01-05")}, day("2026-12-31"), {}, {}}};
    // k7 w5: a deleted case, never counted.
    out << ExampleCase{"k7", CaseRecord{QStringLiteral("w5"), Origin::Worker, day("2026-06-01"), {}, {},
                                        {exampleStep(StepKind::Liaison, "2026-06-02")}, day("2026-06-01"), {}, {}},
                       true};
    // k8 w4 (not followed at D): closed the day before the period, its social follow-up ended then,
    // its one-year review done then: nothing in 2026.
    out << ExampleCase{"k8", CaseRecord{QStringLiteral("w4"), Origin::Employer, day("2024-06-01"), day("2025-12-31"), Outcome::KeptSamePost, {},
                                        day("2024-06-01"), day("2025-12-31"),
                                        {exampleReview(Review::Outcome1Year, "2025-12-31", "2025-12-31", Outcome::KeptSamePost)}}};
    return out;
}

// The records of the example that are not deleted, optionally only those of some workers.
inline QList<pdp::CaseRecord> exampleRecords(const QStringList& workers = {})
{
    QList<pdp::CaseRecord> out;
    for (const ExampleCase& c : retentionExample())
        if (!c.deleted && (workers.isEmpty() || workers.contains(c.record.workerId)))
            out << c.record;
    return out;
}

} // namespace vigie::test
