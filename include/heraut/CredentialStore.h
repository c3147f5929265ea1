// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "heraut/Account.h"

#include <optional>
#include <string>

namespace heraut {

// Account passwords, never in the database, argv or logs. In the desktop keyring through
// libsecret (Secret Service, schema "org.heraut.Account", attributes url + user) when a session
// bus with a Secret Service runs; else in a file only the user can read (0600), beside the
// database: "<database>.credentials". HERAUT_CREDENTIALS=file forces the file (tests, headless
// machines). Errors are thrown as std::runtime_error naming the file or the keyring.
class CredentialStore {
  public:
    enum class Backend { SecretService, File };

    explicit CredentialStore(const std::string& databasePath);

    Backend backend() const { return m_backend; }
    void save(const Account& account, const std::string& password);
    std::optional<std::string> password(const Account& account);
    void remove(const Account& account);

  private:
    std::string m_file;
    Backend m_backend;
};

} // namespace heraut
