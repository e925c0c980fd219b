#pragma once
// Result<T> / Status: the error channel of every domain and store function. Errors are values, not
// exceptions, so the CLI can map them 1:1 to exit codes and the UI can show the message as is.

#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace vigie::core {

// The numeric values are the CLI exit codes of the contract: never renumber, only append.
enum class ErrorCode {
    Invalid = 1,    // input violates a domain rule (bad NIR, unknown id, ...)
    Usage = 2,      // caller misuse (bad arguments, wrong state)
    Denied = 3,     // the user's role does not allow the action
    AuthFailed = 4, // wrong password / key, locked account
    Storage = 5,    // database or file-system failure
};

struct Error {
    ErrorCode code;
    QString message; // already translated, ready to show to the user
};

template<class T>
class [[nodiscard]] Result {
public:
    // Implicit on purpose: `return value;` and `return error;` both read naturally.
    Result(T value) : m_v(std::in_place_index<0>, std::move(value)) {}
    Result(Error error) : m_v(std::in_place_index<1>, std::move(error)) {}

    static Result fail(ErrorCode code, QString message) { return Result(Error{code, std::move(message)}); }

    bool ok() const noexcept { return m_v.index() == 0; }
    explicit operator bool() const noexcept { return ok(); }

    // std::get throws on misuse, which turns a forgotten ok() check into a loud failure.
    const T& value() const& { return std::get<0>(m_v); }
    T& value() & { return std::get<0>(m_v); }
    T&& value() && { return std::get<0>(std::move(m_v)); }
    T valueOr(T fallback) const& { return ok() ? std::get<0>(m_v) : std::move(fallback); }

    const Error& error() const { return std::get<1>(m_v); }

private:
    std::variant<T, Error> m_v;
};

template<>
class [[nodiscard]] Result<void> {
public:
    Result() = default; // success
    Result(Error error) : m_error(std::move(error)) {}

    static Result success() { return {}; }
    static Result fail(ErrorCode code, QString message) { return Result(Error{code, std::move(message)}); }

    bool ok() const noexcept { return !m_error.has_value(); }
    explicit operator bool() const noexcept { return ok(); }

    void value() const {} // symmetry with Result<T>, so generic code can call it
    const Error& error() const { return m_error.value(); }

private:
    std::optional<Error> m_error;
};

using Status = Result<void>;

} // namespace vigie::core
