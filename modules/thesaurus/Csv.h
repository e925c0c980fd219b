#pragma once
// A strict CSV reader for reference files (RFC 4180): UTF-8 (a leading BOM is ignored), comma
// separator, fields in double quotes when they hold a comma, a quote or a line break, CRLF or LF line
// ends. Every record keeps the line it starts on, so that an error can name the line a person opens
// in a text editor. Pure code: no file access, no database.

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace vigie::thesaurus {

struct CsvRecord {
    int line = 0;          // 1-based physical line where the record starts
    QStringList fields;
};

struct CsvTable {
    QList<CsvRecord> records; // the header is records[0]; blank lines are skipped
    int errorLine = 0;        // 0 when the file was read completely
    QString error;            // translated reason, without the line number
    bool ok() const { return error.isEmpty(); }
};

// Parses `bytes`. On error, `records` holds what was read before the faulty line.
CsvTable parseCsv(const QByteArray& bytes);

} // namespace vigie::thesaurus
