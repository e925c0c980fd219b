#pragma once
// What a new draft starts with (issue 8 part 1): the previous version, brought up to date with the
// facts the service already knows — the membership record (name, address, member number, NAF,
// membership date, team, contact, prevention culture score) and the workforce (the latest
// declaration's SIR count; workers by contract type, sex and exposure from the employments in force).
// Pure domain: the store gathers the facts.
//
// Rule: the facts refresh the fields they give; everything else (the team's assessment, advice,
// premises...) comes from the previous version. In the exposure list, the counts of an exposure
// found in the employments are refreshed and its `measures` kept; exposures the employments no longer
// show are kept as they were (the team removes them knowingly); new ones are added.

#include "companysheet/SheetContent.h"
#include "membership/Member.h"

#include <QDate>
#include <QLocale>
#include <QMap>
#include <QStringList>

#include <optional>

namespace vigie::companysheet {

struct WorkforceFacts {
    int headcount = 0;                 // distinct workers with an employment in force
    QMap<QString, int> byContract;     // contract type code (CDI, CDD, INTERIM...) → workers
    int men = 0;
    int women = 0;
    QList<ExposureEntry> exposures;    // by exposure, workers exposed by contract type (measures empty)
};

struct PrefillFacts {
    membership::Member member;
    QStringList teamMembers;           // "Dr Claire Fontaine (médecin du travail)", ...
    QString contactName;               // the employer's contact, or the prevention referent
    std::optional<int> preventionScoreTenths;
    QDate preventionScoreDate;
    std::optional<int> sirDeclared;    // from the latest accepted workforce declaration
    int declarationYear = 0;
    std::optional<WorkforceFacts> workforce; // nullopt: no employment known
};

// Contract type code → the exposure count column: CDI; CDD and seasonal → CDD; INTERIM → interim;
// anything else (apprentices, trainees...) → other.
enum class ContractColumn { Cdi, Cdd, Interim, Other };
ContractColumn contractColumn(const QString& contractType);

SheetContent prefill(const PrefillFacts& facts, const std::optional<SheetContent>& previous,
                     const QLocale& locale = QLocale(QLocale::French, QLocale::France));

// The regulatory reminder of the covering letter (R4624-46 to R4624-50), in French like the plan.
QString regulatoryReminderText();

} // namespace vigie::companysheet
