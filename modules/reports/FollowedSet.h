#pragma once
// The scope's establishments and the workers followed in it at a date D, counted once per store call
// (issue 16 benchmark): three TEMP tables of the session's connection, filled on first use and dropped
// with the object. Every statement of IndicatorStore and ActivityStore that needs them reads them
// instead of recomputing the set (on 1,000,000 workers, building it is most of a statement's time).
//
//   est(id TEXT PRIMARY KEY, status, fe)  the scope's live establishments: their membership status at D
//                                         (reports::statusAt; NULL before their membership) and fe = 1
//                                         when a company sheet was validated in the window (D-5 y, D]
//   fol(wid, eid, cat, fe)                the employments in force at D at the member ones (status
//                                         'active') of live identities: worker, establishment,
//                                         follow-up category (SIR 3, SIA 2, SI 1) and the est's fe
//   fw(wid TEXT PRIMARY KEY, cat, fe)     the followed workers, one row each, in identifier order: their
//                                         highest category, fe = 1 when one of their establishments has fe
//
// The tables are private to the connection (TEMP) and named per object, so that a nested store call
// for another date or scope builds its own without touching its caller's.
#include "core/Result.h"
#include "reports/OfferIndicators.h"

#include <QString>

namespace vigie::security {
class Session;
}

namespace vigie::reports {

class FollowedSet {
public:
    FollowedSet(security::Session& session, const Period& period, const Scope& scope);
    ~FollowedSet();
    FollowedSet(const FollowedSet&) = delete;
    FollowedSet& operator=(const FollowedSet&) = delete;

    // Whether this set is the one of the period's last day and of the scope.
    bool covers(const Period& period, const Scope& scope) const;
    // Fills est (establishments()) or all three tables (workers()) unless done already.
    core::Status establishments();
    core::Status workers();
    // The tables' names, to put in statements ("temp.rep_est_N"...).
    const QString& est() const { return est_; }
    const QString& fol() const { return fol_; }
    const QString& fw() const { return fw_; }

private:
    security::Session& session_;
    Period period_;
    Scope scope_;
    QString est_, fol_, fw_;
    bool estBuilt_ = false, workersBuilt_ = false;
};

} // namespace vigie::reports
