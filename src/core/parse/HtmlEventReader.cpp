// SPDX-License-Identifier: GPL-3.0-or-later
#include "HtmlEventReader.h"

#include <climits>
#include <libxml/HTMLparser.h>
#include <libxml/parserInternals.h>
#include <memory>
#include <mutex>

namespace heraut {

struct HtmlEventReader::Callbacks {
    static HtmlEventReader* self(void* context) {
        auto* parser = static_cast<htmlParserCtxtPtr>(context);
        return static_cast<HtmlEventReader*>(parser->_private);
    }
    static void start(void* context, const xmlChar* name, const xmlChar** attributes) {
        self(context)->startElement(reinterpret_cast<const char*>(name),
                                    reinterpret_cast<const char* const*>(attributes));
    }
    static void end(void* context, const xmlChar* name) {
        self(context)->endElement(reinterpret_cast<const char*>(name));
    }
    static void characters(void* context, const xmlChar* text, int length) {
        self(context)->text({reinterpret_cast<const char*>(text), static_cast<size_t>(length)});
    }
    // Script and style bodies arrive here; they are never text a reader should see.
    static void ignoreCdata(void*, const xmlChar*, int) {}
    static void ignoreMessage(void*, const char*, ...) {}
};

namespace {

struct ParserContextDeleter {
    void operator()(htmlParserCtxtPtr context) const { htmlFreeParserCtxt(context); }
};

} // namespace

void HtmlEventReader::read(std::string_view html) {
    static std::once_flag initialised;
    std::call_once(initialised, [] { xmlInitParser(); }); // makes libxml2 safe across threads
    if (html.empty() || html.size() > INT_MAX) return;
    std::unique_ptr<htmlParserCtxt, ParserContextDeleter> context(
        htmlCreateMemoryParserCtxt(html.data(), static_cast<int>(html.size())));
    if (!context) return;
    htmlSAXHandler handler{};
    handler.startElement = &Callbacks::start;
    handler.endElement = &Callbacks::end;
    handler.characters = &Callbacks::characters;
    handler.ignorableWhitespace = &Callbacks::characters;
    handler.cdataBlock = &Callbacks::ignoreCdata;
    handler.warning = &Callbacks::ignoreMessage;
    handler.error = &Callbacks::ignoreMessage;
    *context->sax = handler;
    context->userData = context.get();
    context->_private = this;
    // Errors go to the silent handlers above; HTML_PARSE_NOERROR would send them to stderr.
    htmlCtxtUseOptions(context.get(), HTML_PARSE_RECOVER | HTML_PARSE_NONET | HTML_PARSE_NOIMPLIED |
                                          HTML_PARSE_NODEFDTD);
    // The bytes are UTF-8 already; a <meta charset> inside an article must not change that.
    xmlSwitchEncoding(context.get(), XML_CHAR_ENCODING_UTF8);
    m_context = context.get();
    htmlParseDocument(context.get());
    m_context = nullptr;
}

size_t HtmlEventReader::offset() const {
    auto* context = static_cast<htmlParserCtxtPtr>(m_context);
    if (!context || !context->input) return 0;
    // libxml2 may drop what it has read from its buffer; consumed counts those bytes.
    return static_cast<size_t>(context->input->consumed) +
           static_cast<size_t>(context->input->cur - context->input->base);
}

const char* findAttribute(const char* const* attributes, std::string_view name) {
    if (!attributes) return nullptr;
    for (size_t i = 0; attributes[i]; i += 2)
        if (name == attributes[i]) return attributes[i + 1] ? attributes[i + 1] : "";
    return nullptr;
}

} // namespace heraut
