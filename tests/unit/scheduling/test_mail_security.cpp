// The mail server over protected connections, against the local SMTP sink started by the test with a
// certificate the test makes: STARTTLS and TLS with AUTH LOGIN deliver; a certificate no authority
// vouches for, a wrong password, a server without STARTTLS are refused and nothing is marked sent;
// the settings refuse a password over a plain connection.
#include "../workforce/WorkforceTestSupport.h"

#include "scheduling/MailStore.h"
#include "scheduling/mail/SmtpMailer.h"

#include <QDir>
#include <QProcess>
#include <QTemporaryDir>

#include "catch_qt.h"

using namespace vigie;
using namespace vigie::scheduling;

namespace {

// A self-signed certificate for localhost / 127.0.0.1 in `dir` (name.pem, name.key).
void makeCertificate(const QString& dir, const QString& name)
{
    QProcess openssl;
    openssl.start(QStringLiteral("openssl"),
                  {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"), QStringLiteral("-nodes"),
                   QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-subj"), QStringLiteral("/CN=localhost"), QStringLiteral("-addext"),
                   QStringLiteral("subjectAltName=DNS:localhost,IP:127.0.0.1"), QStringLiteral("-keyout"), dir + QLatin1Char('/') + name + QStringLiteral(".key"),
                   QStringLiteral("-out"), dir + QLatin1Char('/') + name + QStringLiteral(".pem")});
    REQUIRE(openssl.waitForFinished(60000));
    REQUIRE(openssl.exitCode() == 0);
}

struct Sink {
    QTemporaryDir inbox;
    QProcess process;
    int port = 0;
    explicit Sink(const QStringList& options)
    {
        process.start(QStringLiteral("python3"),
                      QStringList{qEnvironmentVariable("VIGIE_SOURCE_DIR") + QStringLiteral("/tests/tools/smtp_sink.py"), inbox.path()} + options);
        REQUIRE(process.waitForStarted());
        REQUIRE(process.waitForReadyRead(10000));
        port = process.readLine().trimmed().toInt();
        REQUIRE(port > 0);
    }
    ~Sink()
    {
        process.kill();
        process.waitForFinished();
    }
    QStringList received() const { return QDir(inbox.path()).entryList({QStringLiteral("*.eml")}, QDir::Files, QDir::Name); }
    QString authLog() const { return QString::fromUtf8(test::readAll(inbox.filePath(QStringLiteral("auth.log")))); }
};

const QList<OutgoingMail> kOneMail{
    OutgoingMail{QStringLiteral("apt-1"), false, QStringLiteral("marie.durand@example.org"), QStringLiteral("Convocation"), QStringLiteral("Bonjour")}};

SmtpSettings settings(int port, SmtpSecurity security, const QString& user = {}, const QString& password = {})
{
    return SmtpSettings{QStringLiteral("127.0.0.1"), port, QStringLiteral("convocations@spsti.example"), 2, security, user, password};
}

} // namespace

TEST_CASE("mail over STARTTLS and TLS with authentication, refused without a trusted certificate or the right password")
{
    // Made once per process: the mailer's TLS context reads the authorities once (Catch runs this
    // test case again for each section).
    static QTemporaryDir certs;
    static const bool made = [] {
        makeCertificate(certs.path(), QStringLiteral("trusted"));
        makeCertificate(certs.path(), QStringLiteral("stranger"));
        // The system's authorities, as OpenSSL reads them, are this test's one certificate.
        qputenv("SSL_CERT_FILE", (certs.path() + QStringLiteral("/trusted.pem")).toUtf8());
        return true;
    }();
    REQUIRE(made);
    const QString cert = certs.path() + QStringLiteral("/trusted.pem"), key = certs.path() + QStringLiteral("/trusted.key");

    SECTION("STARTTLS, then AUTH LOGIN on the encrypted channel")
    {
        Sink sink({QStringLiteral("--starttls"), cert, key, QStringLiteral("--auth"), QStringLiteral("relay:s3cret-pass")});
        auto sent = sendMails(settings(sink.port, SmtpSecurity::StartTls, QStringLiteral("relay"), QStringLiteral("s3cret-pass")), kOneMail);
        REQUIRE(sent);
        REQUIRE(sent.value().size() == 1);
        CHECK(sent.value().first().sent);
        CHECK(sink.received().size() == 1);
        CHECK(sink.authLog().trimmed() == QStringLiteral("ok relay tls"));
    }
    SECTION("TLS from the first byte")
    {
        Sink sink({QStringLiteral("--tls"), cert, key, QStringLiteral("--auth"), QStringLiteral("relay:s3cret-pass")});
        auto sent = sendMails(settings(sink.port, SmtpSecurity::Tls, QStringLiteral("relay"), QStringLiteral("s3cret-pass")), kOneMail);
        INFO((sent ? QString() : sent.error().message).toStdString());
        REQUIRE(sent);
        CHECK(sent.value().first().sent);
        CHECK(sink.received().size() == 1);
    }
    SECTION("a wrong password: the connection fails, nothing is sent")
    {
        Sink sink({QStringLiteral("--starttls"), cert, key, QStringLiteral("--auth"), QStringLiteral("relay:s3cret-pass")});
        auto sent = sendMails(settings(sink.port, SmtpSecurity::StartTls, QStringLiteral("relay"), QStringLiteral("wrong")), kOneMail);
        REQUIRE_FALSE(sent);
        INFO(sent.error().message.toStdString());
        CHECK(sent.error().message.contains(QStringLiteral("127.0.0.1:%1").arg(sink.port)));
        CHECK(sink.received().isEmpty());
        CHECK(sink.authLog().trimmed() == QStringLiteral("refused relay tls"));
    }
    SECTION("a certificate no trusted authority signed: refused before any password goes out")
    {
        Sink sink({QStringLiteral("--starttls"), certs.path() + QStringLiteral("/stranger.pem"), certs.path() + QStringLiteral("/stranger.key"),
                   QStringLiteral("--auth"), QStringLiteral("relay:s3cret-pass")});
        auto sent = sendMails(settings(sink.port, SmtpSecurity::StartTls, QStringLiteral("relay"), QStringLiteral("s3cret-pass")), kOneMail);
        REQUIRE_FALSE(sent);
        CHECK(sink.received().isEmpty());
        CHECK(sink.authLog().isEmpty());
    }
    SECTION("STARTTLS asked of a server that does not offer it: refused, nothing sent in clear")
    {
        Sink sink({});
        auto sent = sendMails(settings(sink.port, SmtpSecurity::StartTls), kOneMail);
        REQUIRE_FALSE(sent);
        CHECK(sink.received().isEmpty());
    }
}

TEST_CASE("the mail settings keep a password only with an encrypted connection")
{
    test::WorkforceDb db;
    auto admin = db.session(QStringLiteral("admin"));
    auto plain = MailStore::setSettings(*admin, settings(25, SmtpSecurity::None, QStringLiteral("relay"), QStringLiteral("pw")));
    REQUIRE_FALSE(plain);
    CHECK(plain.error().code == core::ErrorCode::Invalid);
    CHECK_FALSE(MailStore::setSettings(*admin, settings(587, SmtpSecurity::StartTls, QStringLiteral("relay"), {}))); // user without password
    REQUIRE(MailStore::setSettings(*admin, settings(587, SmtpSecurity::StartTls, QStringLiteral("relay"), QStringLiteral("pw"))));
    auto read = MailStore::settings(*admin);
    REQUIRE(read);
    REQUIRE(read.value());
    CHECK(read.value()->security == SmtpSecurity::StartTls);
    CHECK(read.value()->username == QStringLiteral("relay"));
    // Issue 13 item 6: the password goes back only to those who send mail, and stays off the
    // synchronised data (neither in mail_settings nor in any outbox row).
    CHECK(read.value()->password.isEmpty());
    auto planner = db.session(QStringLiteral("planif"));
    auto sending = MailStore::settings(*planner);
    REQUIRE(sending);
    REQUIRE(sending.value());
    CHECK(sending.value()->password == QStringLiteral("pw"));
    CHECK(test::scalar(admin->db(), QStringLiteral("SELECT count(*) FROM mail_settings WHERE password IS NOT NULL")).toInt() == 0);
    CHECK(test::scalar(admin->db(), QStringLiteral("SELECT count(*) FROM _outbox WHERE payload LIKE '%\"pw\"%'")).toInt() == 0);
    CHECK(test::scalar(admin->db(), QStringLiteral("SELECT count(*) FROM _outbox WHERE table_name = 'local_mail_secret'")).toInt() == 0);
    // A new password replaces the old one; none removes it.
    REQUIRE(MailStore::setSettings(*admin, settings(587, SmtpSecurity::StartTls, QStringLiteral("relay"), QStringLiteral("pw2"))));
    CHECK(MailStore::settings(*planner).value()->password == QStringLiteral("pw2"));
    REQUIRE(MailStore::setSettings(*admin, settings(25, SmtpSecurity::None, {}, {})));
    CHECK(MailStore::settings(*planner).value()->password.isEmpty());
}
