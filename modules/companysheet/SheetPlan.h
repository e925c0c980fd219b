#pragma once
// The plan of the fiche d'entreprise: the offer's four pages and its covering letter (issue 8, the
// offer's annex 5.2), cut into sections that are versioned and merged independently (sync-design.md
// §4.2 class C), each holding named fields.
//
// The page titles and field labels are the offer's own French headings, printed as they are: like
// the six questions of the prevention culture score (membership/PreventionScore.h), they are
// regulatory wording, data rather than interface text, and are deliberately NOT translated.
// Section titles, which only group fields on screen, are interface text and are translated.
//
// Two headings of page 1 are not fields: "date de création" (the date of version 1) and "date de la
// dernière mise à jour" (the date of the version printed) come from the versions themselves.

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace vigie::companysheet {

enum class FieldKind {
    Text,      // one line
    Paragraph, // several lines
    Count,     // a whole number ≥ 0
    YesNo,     // oui / non
    Date,      // YYYY-MM-DD
    Exposures, // the list of exposures with the workers exposed by contract type (SheetContent.h)
};

struct FieldDef {
    QString key;   // stable code, in the content's JSON
    QString label; // the offer's French heading
    FieldKind kind = FieldKind::Text;
};

struct SectionDef {
    QString key;   // stable code, in the content's JSON and the merge
    int page = 1;  // 1..4; 0 for the covering letter
    QList<FieldDef> fields;
    QString title() const; // translated, for screens
};

struct PageDef {
    int page = 1;  // 0: the covering letter
    QString title; // the offer's French heading
};

// The pages in print order: the covering letter first (it accompanies the sheet), then pages 1 to 4.
const QList<PageDef>& pages();
// Every section, in plan order.
const QList<SectionDef>& sections();
QList<SectionDef> sectionsOfPage(int page);
const SectionDef* section(const QString& key);
const FieldDef* field(const QString& sectionKey, const QString& fieldKey);

// The two page-1 headings that the versions give (see above).
QString creationDateLabel();   // "Date de création"
QString lastUpdateLabel();     // "Date de la dernière mise à jour"

// Every heading of the plan, for the printed sheet's test: page titles, field labels and the two above.
QStringList allHeadings();

// Section keys.
namespace Sections {
inline const QString Identification = QStringLiteral("identification");
inline const QString Advice = QStringLiteral("advice");
inline const QString Premises = QStringLiteral("premises");
inline const QString Process = QStringLiteral("process");
inline const QString Organisation = QStringLiteral("organisation");
inline const QString Indicators = QStringLiteral("indicators");
inline const QString Workforce = QStringLiteral("workforce");
inline const QString Exposures = QStringLiteral("exposures");
inline const QString Actions = QStringLiteral("actions");
inline const QString Letter = QStringLiteral("letter");
} // namespace Sections

} // namespace vigie::companysheet
