#include "dmst/RoleOffers.h"

#include "dmst/Record.h"
#include "security/AccessPolicy.h"

namespace vigie::dmst {

bool performsAsPhysician(security::Role role)
{
    return role == security::Role::Physician || role == security::Role::CollaboratorPhysician || role == security::Role::Intern;
}

bool mayPerformVisit(security::Role role, const QString& performer)
{
    if (!security::AccessPolicy::matrixAllows(role, Part::Health, security::Action::Write))
        return false;
    if (performer == QLatin1String("MT"))
        return performsAsPhysician(role);
    return true;
}

QList<DocumentKind> offeredDocuments(security::Role role)
{
    QList<DocumentKind> out;
    for (DocumentKind k : {DocumentKind::Attestation, DocumentKind::Aptitude, DocumentKind::Inaptitude, DocumentKind::Adjustment,
                           DocumentKind::PreventionOrder})
        if (security::AccessPolicy::matrixAllows(role, Part::Documents, signingAction(k)))
            out << k;
    return out;
}

} // namespace vigie::dmst
