#include "sync/Tls.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QHostAddress>
#include <QRegularExpression>

#include <cstring>

#include <openssl/bn.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rand.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <cstdio>
#include <fcntl.h>
#include <memory>
#include <unistd.h>

namespace vigie::sync {
using core::Error;
using core::ErrorCode;
using core::Status;

namespace {
struct PkeyFree { void operator()(EVP_PKEY* p) const { EVP_PKEY_free(p); } };
struct X509Free { void operator()(X509* p) const { X509_free(p); } };
struct BioFree { void operator()(BIO* p) const { BIO_free(p); } };

Error failure(const QString& what)
{
    return Error{ErrorCode::Storage, QCoreApplication::translate("vigie::sync", "Certificate: %1 failed").arg(what)};
}

Status writeFile(const QString& path, const QByteArray& content, int mode)
{
    const QByteArray native = QFile::encodeName(path);
    const int fd = ::open(native.constData(), O_WRONLY | O_CREAT | O_EXCL, mode);
    if (fd < 0)
        return Status::fail(ErrorCode::Storage, QCoreApplication::translate("vigie::sync", "Cannot create %1").arg(path));
    qsizetype done = 0;
    while (done < content.size()) {
        const ssize_t n = ::write(fd, content.constData() + done, size_t(content.size() - done));
        if (n <= 0) {
            ::close(fd);
            return Status::fail(ErrorCode::Storage, QCoreApplication::translate("vigie::sync", "Cannot write %1").arg(path));
        }
        done += n;
    }
    ::fsync(fd);
    ::close(fd);
    return {};
}

QByteArray bioContent(BIO* bio)
{
    char* data = nullptr;
    const long n = BIO_get_mem_data(bio, &data);
    return QByteArray(data, int(n));
}
} // namespace

Status Tls::writeSelfSigned(const QString& keyPath, const QString& certPath, const QStringList& hosts)
{
    for (const QString& p : {keyPath, certPath})
        if (QFileInfo::exists(p))
            return Status::fail(ErrorCode::Invalid, QCoreApplication::translate("vigie::sync", "The file %1 already exists; it is left untouched").arg(p));
    std::unique_ptr<EVP_PKEY, PkeyFree> key(EVP_EC_gen("P-256"));
    if (!key)
        return failure(QStringLiteral("EVP_EC_gen"));
    std::unique_ptr<X509, X509Free> cert(X509_new());
    if (!cert || !X509_set_version(cert.get(), 2))
        return failure(QStringLiteral("X509_new"));
    unsigned char serial[16];
    if (RAND_bytes(serial, sizeof serial) != 1)
        return failure(QStringLiteral("RAND_bytes"));
    serial[0] &= 0x7f; // a positive serial number
    BIGNUM* bn = BN_bin2bn(serial, sizeof serial, nullptr);
    const bool serialOk = bn && BN_to_ASN1_INTEGER(bn, X509_get_serialNumber(cert.get()));
    BN_free(bn);
    if (!serialOk)
        return failure(QStringLiteral("serial"));
    X509_gmtime_adj(X509_getm_notBefore(cert.get()), -3600);
    X509_gmtime_adj(X509_getm_notAfter(cert.get()), 60L * 60 * 24 * 3650);
    X509_set_pubkey(cert.get(), key.get());
    X509_NAME* name = X509_get_subject_name(cert.get());
    X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_ASC, reinterpret_cast<const unsigned char*>("vigie-server"), -1, -1, 0);
    X509_NAME_add_entry_by_txt(name, "O", MBSTRING_ASC, reinterpret_cast<const unsigned char*>("Vigie"), -1, -1, 0);
    X509_set_issuer_name(cert.get(), name);
    QStringList alt;
    for (const QString& h : hosts) {
        if (h.isEmpty())
            continue;
        const QString entry = QHostAddress(h).isNull() ? QStringLiteral("DNS:") + h : QStringLiteral("IP:") + h;
        if (!alt.contains(entry))
            alt << entry;
    }
    X509V3_CTX ctx;
    X509V3_set_ctx_nodb(&ctx);
    X509V3_set_ctx(&ctx, cert.get(), cert.get(), nullptr, nullptr, 0);
    auto addExt = [&](int nid, const QByteArray& value) {
        X509_EXTENSION* ext = X509V3_EXT_conf_nid(nullptr, &ctx, nid, value.constData());
        if (!ext)
            return false;
        const bool ok = X509_add_ext(cert.get(), ext, -1) == 1;
        X509_EXTENSION_free(ext);
        return ok;
    };
    if (!alt.isEmpty() && !addExt(NID_subject_alt_name, alt.join(QLatin1Char(',')).toLatin1()))
        return failure(QStringLiteral("subjectAltName"));
    if (!addExt(NID_basic_constraints, "critical,CA:FALSE") || !addExt(NID_ext_key_usage, "serverAuth"))
        return failure(QStringLiteral("extensions"));
    if (X509_sign(cert.get(), key.get(), EVP_sha256()) <= 0)
        return failure(QStringLiteral("X509_sign"));

    std::unique_ptr<BIO, BioFree> keyBio(BIO_new(BIO_s_mem()));
    std::unique_ptr<BIO, BioFree> certBio(BIO_new(BIO_s_mem()));
    if (!keyBio || !certBio || PEM_write_bio_PrivateKey(keyBio.get(), key.get(), nullptr, nullptr, 0, nullptr, nullptr) != 1 ||
        PEM_write_bio_X509(certBio.get(), cert.get()) != 1)
        return failure(QStringLiteral("PEM"));
    if (Status s = writeFile(keyPath, bioContent(keyBio.get()), 0600); !s)
        return s;
    return writeFile(certPath, bioContent(certBio.get()), 0644);
}

QString Tls::fingerprintOfDer(const QByteArray& der)
{
    return QString::fromLatin1(QCryptographicHash::hash(der, QCryptographicHash::Sha256).toHex());
}

core::Result<QString> Tls::fingerprintOfPemFile(const QString& certPath)
{
    QFile f(certPath);
    if (!f.open(QIODevice::ReadOnly))
        return Error{ErrorCode::Storage, QCoreApplication::translate("vigie::sync", "Cannot read %1").arg(certPath)};
    const QByteArray pem = f.readAll();
    std::unique_ptr<BIO, BioFree> bio(BIO_new_mem_buf(pem.constData(), int(pem.size())));
    std::unique_ptr<X509, X509Free> cert(PEM_read_bio_X509(bio.get(), nullptr, nullptr, nullptr));
    if (!cert)
        return Error{ErrorCode::Invalid, QCoreApplication::translate("vigie::sync", "%1 is not a PEM certificate").arg(certPath)};
    unsigned char* der = nullptr;
    const int n = i2d_X509(cert.get(), &der);
    if (n <= 0)
        return failure(QStringLiteral("i2d_X509"));
    const QByteArray bytes(reinterpret_cast<const char*>(der), n);
    OPENSSL_free(der);
    return fingerprintOfDer(bytes);
}

QString Tls::normalisedFingerprint(const QString& text)
{
    QString hex = text.trimmed().toLower();
    hex.remove(QLatin1Char(':'));
    static const QRegularExpression sha256(QStringLiteral("^[0-9a-f]{64}$"));
    return sha256.match(hex).hasMatch() ? hex : QString();
}

} // namespace vigie::sync
