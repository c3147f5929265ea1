// SPDX-License-Identifier: GPL-3.0-or-later
#include "heraut/CredentialStore.h"

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <stdexcept>
#include <sys/stat.h>
#include <unistd.h>

#ifdef HERAUT_HAVE_LIBSECRET
#include <dlfcn.h>
#include <libsecret/secret.h>
#endif

namespace heraut {
namespace {

using nlohmann::json;

std::string keyOf(const Account& account) {
    return std::string(accountKindName(account.kind)) + " " + account.user + " " + account.url;
}

json readFile(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) return json::object();
    std::stringstream text;
    text << in.rdbuf();
    json data = json::parse(text.str(), nullptr, false);
    if (!data.is_object())
        throw std::runtime_error(path + ": not a Heraut credentials file; remove it and add the "
                                        "accounts' passwords again");
    return data;
}

// Written beside, then renamed over: a crash leaves the old file or the new one, never half.
// Created 0600 from the start, so no moment exists where others could read it.
void writeFile(const std::string& path, const json& data) {
    std::string temporary = path + ".new";
    ::unlink(temporary.c_str());
    int fd = ::open(temporary.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (fd < 0) throw std::runtime_error(temporary + ": cannot write: " + std::strerror(errno));
    std::string text = data.dump(1);
    bool ok = ::write(fd, text.data(), text.size()) == static_cast<ssize_t>(text.size());
    ok = ::fsync(fd) == 0 && ok;
    ::close(fd);
    if (!ok || ::rename(temporary.c_str(), path.c_str()) != 0) {
        ::unlink(temporary.c_str());
        throw std::runtime_error(path + ": cannot write: " + std::strerror(errno));
    }
}

#ifdef HERAUT_HAVE_LIBSECRET
const SecretSchema* schema() {
    static const SecretSchema s = {"org.heraut.Account",
                                   SECRET_SCHEMA_NONE,
                                   {{"kind", SECRET_SCHEMA_ATTRIBUTE_STRING},
                                    {"url", SECRET_SCHEMA_ATTRIBUTE_STRING},
                                    {"user", SECRET_SCHEMA_ATTRIBUTE_STRING},
                                    {nullptr, SECRET_SCHEMA_ATTRIBUTE_STRING}},
                                   0,
                                   nullptr,
                                   nullptr,
                                   nullptr,
                                   nullptr,
                                   nullptr,
                                   nullptr,
                                   nullptr};
    return &s;
}

// libsecret, and the GLib and GIO behind it, are opened when a password is first needed, not
// linked: linked, every heraut-cli command loaded them, a refresh included, for 3.4 MB of
// memory and 8 ms of CPU at start-up (`/usr/bin/time -f %M`, `perf stat`, 2026-11-30).
struct Keyring {
    decltype(&secret_password_store_sync) store = nullptr;
    decltype(&secret_password_lookup_sync) lookup = nullptr;
    decltype(&secret_password_clear_sync) clear = nullptr;
    decltype(&secret_password_free) free = nullptr;
    decltype(&g_error_free) freeError = nullptr;
};

template <typename Function> bool resolve(void* library, const char* name, Function& function) {
    function = reinterpret_cast<Function>(dlsym(library, name));
    return function != nullptr;
}

// Nothing when libsecret cannot be opened: passwords then go to the file.
const Keyring* keyring() {
    static const std::optional<Keyring> loaded = []() -> std::optional<Keyring> {
        void* library = dlopen("libsecret-1.so.0", RTLD_NOW | RTLD_LOCAL);
        Keyring k;
        if (!library || !resolve(library, "secret_password_store_sync", k.store) ||
            !resolve(library, "secret_password_lookup_sync", k.lookup) ||
            !resolve(library, "secret_password_clear_sync", k.clear) ||
            !resolve(library, "secret_password_free", k.free) ||
            !resolve(library, "g_error_free", k.freeError))
            return std::nullopt;
        return k;
    }();
    return loaded ? &*loaded : nullptr;
}

// False when no Secret Service answered (the caller falls back to the file).
bool keyringStore(const Account& a, const std::string& password) {
    const Keyring* secrets = keyring();
    if (!secrets) return false;
    GError* error = nullptr;
    std::string label = "Heraut: " + a.displayTitle();
    gboolean ok =
        secrets->store(schema(), SECRET_COLLECTION_DEFAULT, label.c_str(), password.c_str(),
                       nullptr, &error, "kind", std::string(accountKindName(a.kind)).c_str(), "url",
                       a.url.c_str(), "user", a.user.c_str(), nullptr);
    if (error) secrets->freeError(error);
    return ok;
}

std::optional<std::string> keyringLookup(const Account& a, bool& reached) {
    const Keyring* secrets = keyring();
    reached = false;
    if (!secrets) return std::nullopt;
    GError* error = nullptr;
    gchar* found = secrets->lookup(schema(), nullptr, &error, "kind",
                                   std::string(accountKindName(a.kind)).c_str(), "url",
                                   a.url.c_str(), "user", a.user.c_str(), nullptr);
    reached = error == nullptr;
    if (error) secrets->freeError(error);
    if (!found) return std::nullopt;
    std::string password(found);
    secrets->free(found);
    return password;
}

void keyringClear(const Account& a) {
    const Keyring* secrets = keyring();
    if (!secrets) return;
    GError* error = nullptr;
    secrets->clear(schema(), nullptr, &error, "kind", std::string(accountKindName(a.kind)).c_str(),
                   "url", a.url.c_str(), "user", a.user.c_str(), nullptr);
    if (error) secrets->freeError(error);
}
#endif

CredentialStore::Backend chooseBackend() {
#ifdef HERAUT_HAVE_LIBSECRET
    const char* forced = std::getenv("HERAUT_CREDENTIALS");
    if (forced && std::string_view(forced) == "file") return CredentialStore::Backend::File;
    // Without a session bus libsecret would try to start one (dbus-launch): slow and useless
    // on a headless machine.
    if (std::getenv("DBUS_SESSION_BUS_ADDRESS")) return CredentialStore::Backend::SecretService;
#endif
    return CredentialStore::Backend::File;
}

} // namespace

CredentialStore::CredentialStore(const std::string& databasePath)
    : m_file(databasePath + ".credentials"), m_backend(chooseBackend()) {}

void CredentialStore::save(const Account& account, const std::string& password) {
#ifdef HERAUT_HAVE_LIBSECRET
    if (m_backend == Backend::SecretService && keyringStore(account, password)) {
        remove(account); // an older copy in the file must not outlive this one
        keyringStore(account, password);
        return;
    }
    m_backend = Backend::File;
#endif
    json data = readFile(m_file);
    data[keyOf(account)] = password;
    writeFile(m_file, data);
}

std::optional<std::string> CredentialStore::password(const Account& account) {
#ifdef HERAUT_HAVE_LIBSECRET
    if (m_backend == Backend::SecretService) {
        bool reached = false;
        if (auto found = keyringLookup(account, reached)) return found;
    }
#endif
    json data = readFile(m_file);
    auto it = data.find(keyOf(account));
    if (it == data.end() || !it->is_string()) return std::nullopt;
    return it->get<std::string>();
}

void CredentialStore::remove(const Account& account) {
#ifdef HERAUT_HAVE_LIBSECRET
    if (m_backend == Backend::SecretService) keyringClear(account);
#endif
    json data = readFile(m_file);
    if (data.erase(keyOf(account)) > 0) writeFile(m_file, data);
}

} // namespace heraut
