// SPDX-License-Identifier: GPL-3.0-or-later
#include "heraut/Account.h"

#include "heraut/SyncClient.h"

#include <array>
#include <utility>

namespace heraut {
namespace {

constexpr std::array<std::pair<AccountKind, std::string_view>, 2> kKinds{{
    {AccountKind::GoogleReader, "greader"},
    {AccountKind::TinyTinyRss, "ttrss"},
}};

constexpr std::array<std::pair<ReaderDialect, std::string_view>, 4> kDialects{{
    {ReaderDialect::Generic, "generic"},
    {ReaderDialect::FreshRss, "freshrss"},
    {ReaderDialect::Miniflux, "miniflux"},
    {ReaderDialect::Inoreader, "inoreader"},
}};

std::string hostOf(const std::string& url) {
    auto start = url.find("://");
    start = start == std::string::npos ? 0 : start + 3;
    auto end = url.find_first_of("/?#", start);
    std::string host = url.substr(start, end == std::string::npos ? end : end - start);
    auto at = host.rfind('@');
    return at == std::string::npos ? host : host.substr(at + 1);
}

} // namespace

std::string Account::displayTitle() const {
    return title.empty() ? user + "@" + hostOf(url) : title;
}

std::string_view accountKindName(AccountKind kind) {
    for (const auto& [k, name] : kKinds)
        if (k == kind) return name;
    return "greader";
}

std::optional<AccountKind> parseAccountKind(std::string_view name) {
    for (const auto& [k, n] : kKinds)
        if (n == name) return k;
    return std::nullopt;
}

std::string_view readerDialectName(ReaderDialect dialect) {
    for (const auto& [d, name] : kDialects)
        if (d == dialect) return name;
    return "generic";
}

std::optional<ReaderDialect> parseReaderDialect(std::string_view name) {
    for (const auto& [d, n] : kDialects)
        if (n == name) return d;
    return std::nullopt;
}

const char* syncErrorKindName(SyncError::Kind kind) {
    switch (kind) {
    case SyncError::Kind::WrongPassword:
        return "wrong-password";
    case SyncError::Kind::ApiDisabled:
        return "api-disabled";
    case SyncError::Kind::Unreachable:
        return "unreachable";
    case SyncError::Kind::Tls:
        return "tls";
    case SyncError::Kind::NotTheProtocol:
        return "not-the-protocol";
    case SyncError::Kind::Server:
        return "server";
    case SyncError::Kind::NoPassword:
        return "no-password";
    case SyncError::Kind::Refused:
        return "refused";
    case SyncError::Kind::Cancelled:
        return "cancelled";
    case SyncError::Kind::Other:
        break;
    }
    return "other";
}

std::optional<SyncError::Kind> parseSyncErrorKind(std::string_view name) {
    using Kind = SyncError::Kind;
    for (Kind kind : {Kind::WrongPassword, Kind::ApiDisabled, Kind::Unreachable, Kind::Tls,
                      Kind::NotTheProtocol, Kind::Server, Kind::NoPassword, Kind::Refused,
                      Kind::Other, Kind::Cancelled})
        if (name == syncErrorKindName(kind)) return kind;
    return std::nullopt;
}

} // namespace heraut
