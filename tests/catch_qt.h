#pragma once
// Lets Catch2 print QString values in failed assertions instead of "{?}".
#include <catch2/catch.hpp>

#include <QString>

namespace Catch {
template<>
struct StringMaker<QString> {
    static std::string convert(const QString& s) { return '"' + s.toStdString() + '"'; }
};
} // namespace Catch
