#pragma once
// The identity banner (INS-07): every screen about one worker shows, the same way, the strict identity
// traits — BIRTH NAME in capitals, first birth first name, birth date and age, sex, the used name when
// there is one — and the INS status as text on a colour (never colour alone).
//
// It takes a plain value (IdentityTraits), not a business type, so that this shared library stays
// below every business module: the workforce pages convert their WorkerSummary (identityOf()).

#include <QColor>
#include <QDate>
#include <QFrame>
#include <QString>

class QLabel;

namespace vigie::ui {

// The four statuses of the INS reference (Référentiel national d'identitovigilance).
enum class InsStatus {
    Provisional, // PROV  — identité provisoire
    Recovered,   // RECUP — identité récupérée (INS fetched from the INSi service, not yet checked on a document)
    Validated,   // VALI  — identité validée (checked on a high-trust identity document)
    Qualified,   // QUAL  — identité qualifiée (validated and recovered)
    Unknown,     // anything else: shown as such, never guessed
};

InsStatus insStatusFromCode(const QString& code); // "PROV", "RECUP", "VALI", "QUAL"
QString insStatusText(InsStatus status);          // translated, e.g. "Qualified identity"
QColor insStatusColor(InsStatus status);          // badge background; white text is readable on each
// "M", "F", "U" → translated word ("Male", "Female", "Undetermined"); other codes are returned as is.
QString sexText(const QString& code);
// Whole years between `birth` and `on` (-1 when a date is invalid or `on` is before `birth`).
int ageInYears(const QDate& birth, const QDate& on);
// Birth name as printed on identity screens: capitals, accents kept ("Lefèvre" → "LEFÈVRE").
QString nameInCapitals(const QString& name);

struct IdentityTraits {
    QString birthName;
    QString firstBirthFirstName;
    QDate birthDate;
    QString sex;       // M, F, U
    QString usedName;  // empty when none
    QString insStatus; // PROV, RECUP, VALI, QUAL
};

class IdentityBanner : public QFrame
{
    Q_OBJECT

public:
    explicit IdentityBanner(QWidget* parent = nullptr);

    // `today` gives the age; an invalid date shows no age. Dates never come from the machine clock.
    void setIdentity(const IdentityTraits& identity, const QDate& today);
    // Back to the "no worker selected" state; nothing of the previous identity stays on screen.
    void clear();
    bool hasIdentity() const { return m_hasIdentity; }
    const IdentityTraits& identity() const { return m_identity; }
    // Everything the banner shows, as one line of plain text (tests, screen readers, copy).
    QString plainText() const;

private:
    void render();
    QString birthText() const; // dd/MM/yyyy (age)

    IdentityTraits m_identity;
    QDate m_today;
    bool m_hasIdentity = false;
    QLabel* m_name = nullptr;
    QLabel* m_details = nullptr;
    QLabel* m_usedName = nullptr;
    QLabel* m_badge = nullptr;
    QLabel* m_empty = nullptr;
};

} // namespace vigie::ui
