#include "companysheet/SheetPlan.h"

#include <QCoreApplication>

namespace vigie::companysheet {

namespace {
FieldDef f(const char* key, const char* label, FieldKind kind = FieldKind::Paragraph)
{
    return FieldDef{QString::fromLatin1(key), QString::fromUtf8(label), kind};
}
} // namespace

const QList<PageDef>& pages()
{
    static const QList<PageDef> list{
        {0, QStringLiteral("Lettre d'accompagnement")},
        {1, QStringLiteral("Identification de l'entreprise et conseils")},
        {2, QStringLiteral("Environnement de travail")},
        {3, QStringLiteral("Personnel – environnement prévention sécurité")},
        {4, QStringLiteral("Personnel – environnement prévention sécurité (suite)")},
    };
    return list;
}

const QList<SectionDef>& sections()
{
    using K = FieldKind;
    static const QList<SectionDef> list{
        {Sections::Identification, 1,
         {f("member_since", "Date d'adhésion", K::Date),
          f("name_address", "Nom et adresse de l'entreprise"),
          f("member_number", "N° d'adhérent", K::Text),
          f("naf", "Code NAF", K::Text),
          f("team", "Noms des membres de l'équipe pluridisciplinaire"),
          f("contact", "Nom du contact « entreprise » au moment de la rédaction", K::Text),
          f("prevention_score", "Score de culture de prévention", K::Text),
          f("sir_declared", "Nombre de SIR déclarées", K::Count),
          f("sir_observed", "Nombre de SIR constatées", K::Count)}},
        {Sections::Advice, 1,
         {f("synthesis", "Synthèse et préconisations"),
          f("activity_plan", "Plan d'activité"),
          f("annexes", "Liste des annexes")}},
        {Sections::Premises, 2,
         {f("premises", "Locaux"),
          f("hygiene", "Hygiène générale"),
          f("impression", "Impression générale")}},
        {Sections::Process, 2,
         {f("process", "Process (intensité / fréquence)"),
          f("all_posts", "Liste de tous les postes de travail"),
          f("visited_posts", "Postes de travail visités"),
          f("metrology", "Métrologie"),
          f("workshops", "Nombre d'ateliers", K::Count)}},
        {Sections::Organisation, 3,
         {f("working_hours", "Plages horaires"),
          f("collective_agreement", "Convention collective applicable", K::Text),
          f("branch_agreement", "Accord de branche", K::Text),
          f("single_document", "Document unique oui/non", K::YesNo),
          f("prevention_plan", "Plan de prévention oui/non", K::YesNo),
          f("staff_delegates", "Délégués du personnel", K::Text),
          f("cse", "CSE", K::Text),
          f("paramedical", "Personnel paramédical", K::Text),
          f("first_aiders", "Secouriste du travail", K::Text)}},
        {Sections::Indicators, 3,
         {f("turnover", "Turn over", K::Text),
          f("absenteeism", "Absentéisme", K::Text),
          f("unfitness", "Inaptitudes", K::Text),
          f("accidents", "AT/MP"),
          f("occupational_diseases", "Maladies à caractère professionnel")}},
        {Sections::Workforce, 3,
         {f("headcount", "Effectifs", K::Count),
          f("contracts", "Contrats"),
          f("temporary", "Intérimaires", K::Count),
          f("men_women", "Hommes – femmes", K::Text),
          f("reduced_mobility", "Personnes à mobilité réduite", K::Count)}},
        {Sections::Exposures, 4,
         {f("exposures", "Liste des expositions professionnelles et des risques", K::Exposures),
          f("training_information", "Formation, information")}},
        {Sections::Actions, 4,
         {f("prevention_actions", "Actions de prévention menées"),
          f("schedules", "Horaires"),
          f("safety_data_sheets", "Fiches de données de sécurité")}},
        {Sections::Letter, 0,
         {f("advice", "Conseils de prévention"),
          f("bibliography", "Référence à la bibliographie"),
          f("regulatory_reminder", "Rappel réglementaire (conservation de la fiche d'entreprise)")}},
    };
    return list;
}

QString SectionDef::title() const
{
    if (key == Sections::Identification)
        return QCoreApplication::translate("vigie::companysheet", "Identification");
    if (key == Sections::Advice)
        return QCoreApplication::translate("vigie::companysheet", "Advice");
    if (key == Sections::Premises)
        return QCoreApplication::translate("vigie::companysheet", "Premises and hygiene");
    if (key == Sections::Process)
        return QCoreApplication::translate("vigie::companysheet", "Process and work posts");
    if (key == Sections::Organisation)
        return QCoreApplication::translate("vigie::companysheet", "Prevention organisation");
    if (key == Sections::Indicators)
        return QCoreApplication::translate("vigie::companysheet", "Health and safety indicators");
    if (key == Sections::Workforce)
        return QCoreApplication::translate("vigie::companysheet", "Workforce");
    if (key == Sections::Exposures)
        return QCoreApplication::translate("vigie::companysheet", "Exposures and risks");
    if (key == Sections::Actions)
        return QCoreApplication::translate("vigie::companysheet", "Prevention actions");
    if (key == Sections::Letter)
        return QCoreApplication::translate("vigie::companysheet", "Covering letter");
    return key;
}

QList<SectionDef> sectionsOfPage(int page)
{
    QList<SectionDef> out;
    for (const SectionDef& s : sections())
        if (s.page == page)
            out << s;
    return out;
}

const SectionDef* section(const QString& key)
{
    for (const SectionDef& s : sections())
        if (s.key == key)
            return &s;
    return nullptr;
}

const FieldDef* field(const QString& sectionKey, const QString& fieldKey)
{
    const SectionDef* s = section(sectionKey);
    if (!s)
        return nullptr;
    for (const FieldDef& fd : s->fields)
        if (fd.key == fieldKey)
            return &fd;
    return nullptr;
}

QString creationDateLabel() { return QStringLiteral("Date de création"); }
QString lastUpdateLabel() { return QStringLiteral("Date de la dernière mise à jour"); }

QStringList allHeadings()
{
    QStringList out;
    for (const PageDef& p : pages())
        out << p.title;
    out << creationDateLabel() << lastUpdateLabel();
    for (const SectionDef& s : sections())
        for (const FieldDef& fd : s.fields)
            out << fd.label;
    return out;
}

} // namespace vigie::companysheet
