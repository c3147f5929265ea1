// SPDX-License-Identifier: GPL-3.0-or-later
#define PCRE2_CODE_UNIT_WIDTH 8
#include "MuteRegex.h"

#include "heraut/MuteRules.h"
#include "heraut/PlainText.h"

#include <pcre2.h>

namespace heraut {
namespace {

// Backtracking steps one search may take (pcre2_set_match_limit). An ordinary expression needs
// a few per byte, far below this for a long article; "(a+)+$" on 30 a's needs billions. Giving
// up takes 15-19 ms (-O2, load average 4, 2026-11-30).
constexpr uint32_t kMatchLimit = 1'000'000;
// Memory for the backtracking of one search, in KiB (pcre2_set_heap_limit).
constexpr uint32_t kHeapLimitKiB = 8 * 1024;

std::string pcre2Message(int code) {
    PCRE2_UCHAR buffer[256];
    if (pcre2_get_error_message(code, buffer, sizeof buffer) < 0)
        return "error " + std::to_string(code);
    return reinterpret_cast<const char*>(buffer);
}

} // namespace

std::string quotedPattern(std::string_view pattern) {
    constexpr size_t kShown = 80;
    if (pattern.size() <= kShown) return "\"" + std::string(pattern) + "\"";
    return "\"" + std::string(truncateUtf8(pattern, kShown)) + "…\"";
}

struct MuteRegex::Compiled {
    pcre2_code* code = nullptr;
    pcre2_match_data* data = nullptr;
    pcre2_match_context* context = nullptr;

    ~Compiled() {
        pcre2_match_context_free(context);
        pcre2_match_data_free(data);
        pcre2_code_free(code);
    }
};

MuteRegex::MuteRegex(const std::string& pattern) : m_compiled(std::make_unique<Compiled>()) {
    int error = 0;
    PCRE2_SIZE offset = 0;
    m_compiled->code = pcre2_compile(reinterpret_cast<PCRE2_SPTR>(pattern.data()), pattern.size(),
                                     PCRE2_CASELESS | PCRE2_MULTILINE | PCRE2_UTF | PCRE2_UCP |
                                         PCRE2_MATCH_INVALID_UTF,
                                     &error, &offset, nullptr);
    if (!m_compiled->code)
        throw MuteRuleError(quotedPattern(pattern) +
                            ": not a regular expression: " + pcre2Message(error) +
                            " (at character " + std::to_string(offset + 1) + ")");
    m_compiled->data = pcre2_match_data_create(1, nullptr);
    m_compiled->context = pcre2_match_context_create(nullptr);
    if (!m_compiled->data || !m_compiled->context) throw std::bad_alloc();
    pcre2_set_match_limit(m_compiled->context, kMatchLimit);
    pcre2_set_heap_limit(m_compiled->context, kHeapLimitKiB);
}

MuteRegex::~MuteRegex() = default;
MuteRegex::MuteRegex(MuteRegex&&) noexcept = default;
MuteRegex& MuteRegex::operator=(MuteRegex&&) noexcept = default;

MuteRegex::Found MuteRegex::find(std::string_view text) {
    int rc = pcre2_match(m_compiled->code, reinterpret_cast<PCRE2_SPTR>(text.data()), text.size(),
                         0, 0, m_compiled->data, m_compiled->context);
    if (rc >= 0) return Found::Yes;
    if (rc == PCRE2_ERROR_MATCHLIMIT || rc == PCRE2_ERROR_HEAPLIMIT || rc == PCRE2_ERROR_DEPTHLIMIT)
        return Found::TooCostly;
    return Found::No;
}

} // namespace heraut
