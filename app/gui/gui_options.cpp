#include "gui/gui_options.h"

#include <string_view>

#include "core/text.h"

namespace conclab::gui {

const std::vector<GuiOptionSpec>& gui_option_table() {
    // A row per option, e.g. {"--language", true, [](GuiOptions& o, const std::string& v) { o.language = v; },
    // "--language bn|en   the language of the window"}.
    static const std::vector<GuiOptionSpec> table;
    return table;
}

ParseResult<GuiOptions> parse_gui_options(int argc, char** argv) {
    GuiOptions options;
    for (int i = 1; i < argc; ++i) {
        const std::string_view word = argv[i];
        const GuiOptionSpec* spec = nullptr;
        for (const GuiOptionSpec& s : gui_option_table())
            if (word == s.name) spec = &s;
        if (!spec) {
            const bool option = word.starts_with("-");
            return ParseResult<GuiOptions>::fail(std::string(option ? "unknown option " : "unexpected argument ") +
                                                 quoted(word) + " (see conclab --help)");
        }
        std::string value;
        if (spec->takes_value) {
            if (i + 1 >= argc)
                return ParseResult<GuiOptions>::fail("option " + quoted(word) + " needs a value (see conclab --help)");
            value = argv[++i];
        }
        spec->apply(options, value);
    }
    return ParseResult<GuiOptions>::ok(options);
}

}  // namespace conclab::gui
