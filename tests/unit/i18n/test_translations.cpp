// French first: every user-visible string of the code has a finished French translation. The check
// runs lupdate on the sources into a copy of the committed catalogue, so a string added to the code
// without a translation fails here, and also proves the embedded catalogue really translates (the
// empty-.ts trap of stack.md §7 would give a 33-byte .qm and English everywhere).
#include "TestSupport.h"
#include "catch_qt.h"

#include "Translations.h"

#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QMessageBox>
#include <QPushButton>
#include <QDirIterator>
#include <QDomDocument>
#include <QLibraryInfo>
#include <QRegularExpression>

namespace {
struct Unfinished {
    QString context;
    QString source;
};

QList<Unfinished> unfinishedIn(const QString& tsPath, QStringList* placeholderErrors)
{
    QList<Unfinished> out;
    QDomDocument doc;
    QFile f(tsPath);
    if (!f.open(QIODevice::ReadOnly) || !doc.setContent(&f)) {
        out.append({QStringLiteral("<file>"), tsPath});
        return out;
    }
    static const QRegularExpression placeholder(QStringLiteral("%(L?\\d|n)"));
    const QDomNodeList contexts = doc.elementsByTagName(QStringLiteral("context"));
    for (int c = 0; c < contexts.size(); ++c) {
        const QDomElement context = contexts.at(c).toElement();
        const QString name = context.firstChildElement(QStringLiteral("name")).text();
        for (QDomElement m = context.firstChildElement(QStringLiteral("message")); !m.isNull();
             m = m.nextSiblingElement(QStringLiteral("message"))) {
            const QString source = m.firstChildElement(QStringLiteral("source")).text();
            const QDomElement tr = m.firstChildElement(QStringLiteral("translation"));
            const QString type = tr.attribute(QStringLiteral("type"));
            if (type == QLatin1String("vanished") || type == QLatin1String("obsolete"))
                continue;
            QStringList texts;
            if (m.attribute(QStringLiteral("numerus")) == QLatin1String("yes"))
                for (QDomElement n = tr.firstChildElement(QStringLiteral("numerusform")); !n.isNull();
                     n = n.nextSiblingElement(QStringLiteral("numerusform")))
                    texts << n.text();
            else
                texts << tr.text();
            bool empty = texts.isEmpty();
            for (const QString& t : texts)
                empty = empty || t.trimmed().isEmpty();
            if (type == QLatin1String("unfinished") || empty) {
                out.append({name, source});
                continue;
            }
            if (placeholderErrors) {
                auto it = placeholder.globalMatch(source);
                while (it.hasNext()) {
                    const QString p = it.next().captured(0);
                    for (const QString& t : texts)
                        if (p != QLatin1String("%n") && !t.contains(p))
                            *placeholderErrors << name + QStringLiteral(": ") + source + QStringLiteral(" (") + p +
                                                      QStringLiteral(")");
                }
            }
        }
    }
    return out;
}

QString describe(const QList<Unfinished>& list)
{
    QStringList lines;
    for (const Unfinished& u : list.mid(0, 40))
        lines << u.context + QStringLiteral(" | ") + u.source;
    return lines.join(QLatin1Char('\n'));
}
} // namespace

TEST_CASE("the committed French catalogue has no unfinished translation and keeps every placeholder")
{
    const QString ts = qEnvironmentVariable("VIGIE_SOURCE_DIR") + QStringLiteral("/translations/vigie_fr.ts");
    QStringList placeholders;
    const auto unfinished = unfinishedIn(ts, &placeholders);
    INFO(describe(unfinished).toStdString());
    CHECK(unfinished.isEmpty());
    INFO(placeholders.join(QLatin1Char('\n')).toStdString());
    CHECK(placeholders.isEmpty());
}

TEST_CASE("every translatable string of the sources is in the French catalogue, translated")
{
    const QString root = qEnvironmentVariable("VIGIE_SOURCE_DIR");
    QTemporaryDir tmp;
    const QString copy = tmp.filePath(QStringLiteral("vigie_fr.ts"));
    REQUIRE(QFile::copy(root + QStringLiteral("/translations/vigie_fr.ts"), copy));
    QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
    QStringList sources;
    for (const QString& dir : {QStringLiteral("/modules"), QStringLiteral("/app")}) {
        QDirIterator it(root + dir, {QStringLiteral("*.cpp"), QStringLiteral("*.h")}, QDir::Files,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString f = it.next();
            if (!f.contains(QLatin1String("/node_modules/")))
                sources << f;
        }
    }
    QFile list(tmp.filePath(QStringLiteral("sources.lst")));
    REQUIRE(list.open(QIODevice::WriteOnly));
    list.write(sources.join(QLatin1Char('\n')).toUtf8());
    list.close();
    const QString lupdate = QLibraryInfo::path(QLibraryInfo::BinariesPath) + QStringLiteral("/lupdate");
    const auto r = vigie::test::run(lupdate, {QStringLiteral("-silent"), QStringLiteral("-no-obsolete"),
                                             QStringLiteral("-locations"), QStringLiteral("none"),
                                             QStringLiteral("-I"), root + QStringLiteral("/modules"),
                                             QLatin1Char('@') + list.fileName(), QStringLiteral("-ts"), copy});
    REQUIRE(r.exitCode == 0);
    const auto unfinished = unfinishedIn(copy, nullptr);
    INFO("Missing or unfinished French translations (run the update_translations target, then translate):\n"
         << describe(unfinished).toStdString());
    CHECK(unfinished.isEmpty());
}

// lupdate files a tr() call under the class of the function it is in, whatever a file-local helper
// `QString tr(const char*)` passes at run time: the French would be catalogued under a context that
// the program never asks for, and never shown. Such helpers are therefore not written.
TEST_CASE("no file-local tr() helper hides a translation context from lupdate")
{
    const QString root = qEnvironmentVariable("VIGIE_SOURCE_DIR");
    const QRegularExpression helper(QStringLiteral(R"(^\s*(static\s+)?QString\s+tr\s*\(\s*const\s+char\s*\*)"),
                                    QRegularExpression::MultilineOption);
    QStringList offenders;
    for (const QString& dir : {QStringLiteral("/modules"), QStringLiteral("/app")}) {
        QDirIterator it(root + dir, {QStringLiteral("*.cpp"), QStringLiteral("*.h")}, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString f = it.next();
            if (f.contains(QLatin1String("/node_modules/")))
                continue;
            QFile file(f);
            REQUIRE(file.open(QIODevice::ReadOnly));
            if (helper.match(QString::fromUtf8(file.readAll())).hasMatch())
                offenders << f.mid(root.size() + 1);
        }
    }
    INFO(offenders.join(QLatin1Char('\n')).toStdString());
    CHECK(offenders.isEmpty());
}

TEST_CASE("the embedded catalogue translates at run time, in both languages")
{
    auto* app = QCoreApplication::instance();
    REQUIRE(vigie::i18n::install(*app, QStringLiteral("fr")));
    CHECK(QCoreApplication::translate("vigie::storage", "Wrong login or password") !=
          QStringLiteral("Wrong login or password"));
    CHECK(QCoreApplication::translate("vigie::security", "Occupational physician") == QStringLiteral("Médecin du travail"));
    vigie::i18n::install(*app, QStringLiteral("en"));
    CHECK(QCoreApplication::translate("vigie::security", "Occupational physician") == QStringLiteral("Occupational physician"));
    vigie::i18n::install(*app, QStringLiteral("fr"));
}

TEST_CASE("Qt's own French catalogue is loaded: a message box's buttons read Annuler, Oui, Non")
{
    auto* app = QCoreApplication::instance();
    REQUIRE(vigie::i18n::install(*app, QStringLiteral("fr")));
    QMessageBox box(QMessageBox::Question, QStringLiteral("Vigie"), QStringLiteral("?"),
                    QMessageBox::Yes | QMessageBox::No | QMessageBox::Cancel);
    CHECK(box.button(QMessageBox::Yes)->text().remove(QLatin1Char('&')) == QStringLiteral("Oui"));
    CHECK(box.button(QMessageBox::No)->text().remove(QLatin1Char('&')) == QStringLiteral("Non"));
    CHECK(box.button(QMessageBox::Cancel)->text().remove(QLatin1Char('&')) == QStringLiteral("Annuler"));
    QDialogButtonBox buttons(QDialogButtonBox::Close | QDialogButtonBox::Save);
    CHECK(buttons.button(QDialogButtonBox::Close)->text().remove(QLatin1Char('&')) == QStringLiteral("Fermer"));
    CHECK(buttons.button(QDialogButtonBox::Save)->text().remove(QLatin1Char('&')) == QStringLiteral("Enregistrer"));
    // And back in English when asked.
    vigie::i18n::install(*app, QStringLiteral("en"));
    QMessageBox english(QMessageBox::Question, QStringLiteral("Vigie"), QStringLiteral("?"), QMessageBox::Cancel);
    CHECK(english.button(QMessageBox::Cancel)->text().remove(QLatin1Char('&')) == QStringLiteral("Cancel"));
    vigie::i18n::install(*app, QStringLiteral("fr"));
}
