#pragma once
// The indicators of the "Indicators" dashboard (directors and physicians) and the small-cell rule that
// every published count goes through. Pure domain code: no SQL, no widgets, no clock.
//
// Small-cell suppression (security-requirements.md RBAC-05, CNIL guidance on statistics from health
// data): a count from 1 to 4 is never published — it is shown as "< 5". With so few people in a cell,
// a director who knows the companies could recognise who had a visit, a no-show or a reinforced
// follow-up (SIR: exposure to a particular risk), which is health information he may not see. Zero
// is published: it reveals nobody. When a group of cells is published with its total, a single
// suppressed cell could be recomputed by subtraction, so the next smallest non-zero cell of that group
// is suppressed as well (complementary suppression). That second cell is not small: it reads
// "hidden", never "< 5", so that no one takes a hidden 46 for "fewer than 5".

#include <QDate>
#include <QList>
#include <QString>

namespace vigie::reports {

// A published count: the exact value never leaves the store when it is suppressed.
class Count
{
public:
    static constexpr qint64 Threshold = 5; // counts 1..Threshold-1 are suppressed

    enum class Suppression { None, Small, Complementary };

    Count() = default;
    // Applies the primary rule to an exact count.
    static Count of(qint64 exact);
    // A cell hidden only so that a total does not reveal a small one (its value is not kept).
    static Count complementary() { return Count(0, Suppression::Complementary); }
    static bool mustSuppress(qint64 exact) { return exact >= 1 && exact < Threshold; }

    bool suppressed() const { return m_suppression != Suppression::None; }
    Suppression suppression() const { return m_suppression; }
    qint64 value() const { return m_value; } // 0 when suppressed
    // "< 5" for a small count, "hidden" (translated) for a complementary one, else the number in the
    // current locale ("1 234").
    QString text() const;

    bool operator==(const Count& other) const { return m_value == other.m_value && m_suppression == other.m_suppression; }

private:
    Count(qint64 value, Suppression suppression) : m_value(value), m_suppression(suppression) {}
    qint64 m_value = 0;
    Suppression m_suppression = Suppression::None;
};

// One row of a breakdown: a code (e.g. "SIR"), its translated label and its count.
struct CountRow {
    QString code;
    QString label;
    Count count;
};

struct Breakdown {
    QList<CountRow> rows;
    Count total;
};

// Builds a published breakdown from exact counts (code → count, in display order): primary
// suppression of each cell, complementary suppression within the group, and the total (exact when
// no cell is suppressed; the total itself goes through the primary rule).
Breakdown publish(const QList<QPair<QString, qint64>>& exact, QString (*labelOf)(const QString& code));

QString establishmentStatusLabel(const QString& code); // active, suspended, left
QString followUpLabel(const QString& code);            // SI, SIA, SIR
QString visitKindLabel(const QString& code);           // VIP, EMA, SIR_INTERMEDIATE, ...
// Display order of the visit kinds (glossary.md); unknown kinds come after, by code.
int visitKindOrder(const QString& code);
QString workplaceActionLabel(const QString& code);     // post_study, measurement, ... (prevention::kindTitle)

struct Overview {
    QDate asOf;         // the session's Paris date
    QDate periodStart;  // first day of the 12 months counted (asOf - 12 months + 1 day)
    Breakdown establishmentsByStatus;
    Breakdown workersByFollowUp;   // workers with a current employment, by their highest category
    Breakdown visitsDoneByKind;    // done within the period
    Count noShows;                 // within the period
    Breakdown workplaceActionsByKind; // actions en milieu de travail dated within the period (prevention module)
};

} // namespace vigie::reports
