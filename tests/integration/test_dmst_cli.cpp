// vigie-cli dmst export (issue 7, cli-contract.md) as a process on a demo database: the physician
// exports the FHIR Bundle and the PDF copy (exit 0, the request and its due date recorded), a nurse
// is refused (exit 3, audited), bad options are usage errors (exit 2), an unknown worker exit 1.
#include "CliFixture.h"
#include "catch_qt.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>

using vigie::test::Cli;

namespace {
struct Fixture {
    Cli cli;
    QString db = cli.file(QStringLiteral("demo.db"));
    QString workerId;
    Fixture()
    {
        const auto demo = cli.demo(db, 60);
        if (demo.exitCode != 0)
            qFatal("demo failed: %s", demo.err.constData());
        const auto find = cli.as(db, QStringLiteral("medecin"), {QStringLiteral("worker"), QStringLiteral("find"), QStringLiteral("a"),
                                                                 QStringLiteral("--limit"), QStringLiteral("1")});
        if (find.exitCode != 0 || find.out.isEmpty()) {
            // Any first letter will do: take the first the physician reaches.
            for (char c = 'b'; c <= 'z' && workerId.isEmpty(); ++c) {
                const auto f = cli.as(db, QStringLiteral("medecin"), {QStringLiteral("worker"), QStringLiteral("find"), QString(QLatin1Char(c)),
                                                                      QStringLiteral("--limit"), QStringLiteral("1")});
                if (f.exitCode == 0 && !f.out.isEmpty())
                    workerId = QString::fromUtf8(f.out.split('\t').first());
            }
        } else {
            workerId = QString::fromUtf8(find.out.split('\t').first());
        }
    }
    vigie::test::ProcessResult exportAs(const QString& user, const QString& format, const QString& out, const QString& worker = {}) const
    {
        return cli.as(db, user, {QStringLiteral("dmst"), QStringLiteral("export"), QStringLiteral("--worker"), worker.isEmpty() ? workerId : worker,
                                 QStringLiteral("--format"), format, QStringLiteral("--out"), out, QStringLiteral("--requested-on"),
                                 QDate::currentDate().toString(Qt::ISODate)});
    }
};
const Fixture& shared()
{
    static const Fixture f;
    return f;
}
} // namespace

TEST_CASE("dmst export --format fhir writes a FHIR R4 Bundle with the Patient, and records the request")
{
    const Fixture& f = shared();
    REQUIRE_FALSE(f.workerId.isEmpty());
    const QString out = f.cli.file(QStringLiteral("record.json"));
    const auto r = f.exportAs(QStringLiteral("medecin"), QStringLiteral("fhir"), out);
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    const QList<QByteArray> cols = r.out.trimmed().split('\t');
    REQUIRE(cols.size() == 3);
    CHECK(cols.at(0) == out.toUtf8());
    CHECK(QDate::fromString(QString::fromLatin1(cols.at(2)), Qt::ISODate) > QDate::fromString(QString::fromLatin1(cols.at(1)), Qt::ISODate));
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(vigie::test::readAll(out), &error);
    REQUIRE(error.error == QJsonParseError::NoError);
    CHECK(doc.object().value(QStringLiteral("resourceType")).toString() == QStringLiteral("Bundle"));
    const QJsonObject patient = doc.object().value(QStringLiteral("entry")).toArray().first().toObject().value(QStringLiteral("resource")).toObject();
    CHECK(patient.value(QStringLiteral("resourceType")).toString() == QStringLiteral("Patient"));
    CHECK(QJsonDocument(patient).toJson().contains(f.workerId.toUtf8()));
    // Issue 13 item 6: an exported record is readable by its owner only.
    CHECK(QFile::permissions(out) == (QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser | QFile::WriteUser));
}

TEST_CASE("dmst export --format pdf writes the worker's copy")
{
    const Fixture& f = shared();
    const QString out = f.cli.file(QStringLiteral("record.pdf"));
    const auto r = f.exportAs(QStringLiteral("medecin"), QStringLiteral("pdf"), out);
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    CHECK(vigie::test::readAll(out).startsWith("%PDF"));
    CHECK(QFile::permissions(out) == (QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser | QFile::WriteUser));
    const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    REQUIRE_FALSE(pdftotext.isEmpty());
    const QString text = QString::fromUtf8(vigie::test::run(pdftotext, {out, QStringLiteral("-")}).out);
    CHECK(text.contains(QStringLiteral("7°")));
}

TEST_CASE("dmst export: a nurse is refused (exit 3), bad options exit 2, an unknown worker exit 1")
{
    const Fixture& f = shared();
    const QString out = f.cli.file(QStringLiteral("nurse.json"));
    const auto nurse = f.exportAs(QStringLiteral("infirmier"), QStringLiteral("fhir"), out);
    CHECK(nurse.exitCode == 3);
    CHECK_FALSE(QFile::exists(out));
    CHECK(f.exportAs(QStringLiteral("medecin"), QStringLiteral("xml"), out).exitCode == 2);
    CHECK(f.cli.as(f.db, QStringLiteral("medecin"), {QStringLiteral("dmst"), QStringLiteral("export"), QStringLiteral("--format"),
                                                     QStringLiteral("fhir")})
              .exitCode == 2);
    CHECK(f.exportAs(QStringLiteral("medecin"), QStringLiteral("fhir"), out, QStringLiteral("no-such-worker")).exitCode == 1);
}
