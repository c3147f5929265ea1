// SPDX-License-Identifier: GPL-3.0-or-later
#include "PdfPlugin.h"

#include "Command.h"
#include "PdfModule.h"

#include <dlfcn.h>
#include <filesystem>
#include <memory>
#include <vector>

namespace heraut::cli {
namespace {

struct ModuleCloser {
    void operator()(void* handle) const { dlclose(handle); }
};
using Module = std::unique_ptr<void, ModuleCloser>;

std::filesystem::path runningProgramFolder() {
    std::error_code error;
    std::filesystem::path self = std::filesystem::read_symlink("/proc/self/exe", error);
    return error ? std::filesystem::path() : self.parent_path();
}

// RTLD_NODELETE: Qt registers exit handlers inside its libraries, which must still be
// mapped when the process ends after the module's handle is closed.
Module openPrintModule(std::string& tried) {
    std::vector<std::filesystem::path> places;
    if (auto here = runningProgramFolder(); !here.empty()) places.push_back(here);
    places.emplace_back(HERAUT_PRINT_MODULE_DIR);
    for (const auto& folder : places) {
        std::string path = (folder / "heraut-print.so").string();
        if (void* handle = dlopen(path.c_str(), RTLD_NOW | RTLD_LOCAL | RTLD_NODELETE))
            return Module(handle);
        const char* reason = dlerror();
        tried += (tried.empty() ? "" : "; ") + (reason ? std::string(reason) : path);
    }
    return nullptr;
}

} // namespace

void writePdfThroughModule(const std::string& html, const std::string& title,
                           const std::string& path) {
    std::string tried;
    Module module = openPrintModule(tried);
    if (!module)
        throw UsageError("briefing: PDF needs heraut-print.so, which could not be opened (" +
                         tried + "); use --format html and print it");
    auto write = reinterpret_cast<HerautWritePdf>(dlsym(module.get(), kHerautWritePdfSymbol));
    if (!write)
        throw UsageError("briefing: heraut-print.so has no " + std::string(kHerautWritePdfSymbol));
    char error[1024] = {};
    if (write(html.c_str(), title.c_str(), path.c_str(), error, sizeof error) != 0)
        throw UsageError(error);
}

} // namespace heraut::cli
