#pragma once
// The server's self-signed certificate and the SHA-256 fingerprint that desktops pin when they enrol
// (sync-design.md §4.9, security-requirements.md SEC-05). OpenSSL's libcrypto only.

#include "core/Result.h"

#include <QString>
#include <QStringList>

namespace vigie::sync::Tls {

// Writes a new P-256 private key (mode 0600) and a self-signed certificate valid ten years for the
// given host names or IP addresses (subjectAltName). Refuses to overwrite either file.
core::Status writeSelfSigned(const QString& keyPath, const QString& certPath, const QStringList& hosts);

// SHA-256 of the certificate's DER encoding, 64 lowercase hex characters.
core::Result<QString> fingerprintOfPemFile(const QString& certPath);
QString fingerprintOfDer(const QByteArray& der);

// "AB:cd:.." or "abcd.." → 64 lowercase hex characters; empty when the text is not a SHA-256.
QString normalisedFingerprint(const QString& text);

} // namespace vigie::sync::Tls
