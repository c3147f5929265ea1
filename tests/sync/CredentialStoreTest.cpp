// SPDX-License-Identifier: GPL-3.0-or-later
// Passwords in the user-only file (the fallback where no Secret Service runs).
#include "heraut/CredentialStore.h"
#include "TempDatabase.h"

#include <cstdlib>
#include <gtest/gtest.h>
#include <string>
#include <sys/stat.h>

namespace heraut {
namespace {

class CredentialStoreTest : public testing::Test {
  protected:
    void SetUp() override { ::setenv("HERAUT_CREDENTIALS", "file", 1); }

    Account account(const std::string& user) {
        Account a;
        a.url = "https://rss.example/api/greader.php";
        a.user = user;
        return a;
    }

    test::TempDir dir;
};

TEST_F(CredentialStoreTest, KeepsEachAccountsPasswordInAFileOnlyTheUserCanRead) {
    CredentialStore store(dir.database());
    EXPECT_EQ(store.backend(), CredentialStore::Backend::File);
    store.save(account("een"), "p@ss word\n\"met\" tekens");
    store.save(account("twee"), "tweede");

    CredentialStore again(dir.database());
    EXPECT_EQ(again.password(account("een")), "p@ss word\n\"met\" tekens");
    EXPECT_EQ(again.password(account("twee")), "tweede");
    EXPECT_EQ(again.password(account("drie")), std::nullopt);
    struct stat info {};
    ASSERT_EQ(::stat((dir.database() + ".credentials").c_str(), &info), 0);
    EXPECT_EQ(info.st_mode & 0777, 0600);

    again.remove(account("een"));
    EXPECT_EQ(CredentialStore(dir.database()).password(account("een")), std::nullopt);
    EXPECT_EQ(CredentialStore(dir.database()).password(account("twee")), "tweede");
}

TEST_F(CredentialStoreTest, ADamagedFileIsAnErrorNotAnEmptyStore) {
    {
        std::FILE* f = std::fopen((dir.database() + ".credentials").c_str(), "w");
        std::fputs("geen json", f);
        std::fclose(f);
    }
    CredentialStore store(dir.database());
    EXPECT_THROW(store.password(account("een")), std::runtime_error);
    EXPECT_THROW(store.save(account("een"), "x"), std::runtime_error);
}

// libsecret is opened when a password is first needed (not linked): with a session bus that
// answers nothing, the keyring is asked through it, fails, and the password goes to the file.
TEST_F(CredentialStoreTest, AKeyringThatDoesNotAnswerLeavesThePasswordInTheFile) {
    ::unsetenv("HERAUT_CREDENTIALS");
    const char* bus = std::getenv("DBUS_SESSION_BUS_ADDRESS");
    std::string saved = bus ? bus : "";
    ::setenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/heraut-test-bus", 1);
    {
        CredentialStore store(dir.database());
        store.save(account("een"), "geheim");
        EXPECT_EQ(store.password(account("een")), "geheim");
        store.remove(account("een"));
        EXPECT_EQ(store.password(account("een")), std::nullopt);
    }
    if (bus)
        ::setenv("DBUS_SESSION_BUS_ADDRESS", saved.c_str(), 1);
    else
        ::unsetenv("DBUS_SESSION_BUS_ADDRESS");
}

} // namespace
} // namespace heraut
