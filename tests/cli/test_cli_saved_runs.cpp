// Saved runs on the command line, as a user meets them: `run --save` writes a file that
// `compare --from` prints as the same table row and `shot --from` draws (PNG or the web page)
// without running anything; a wrong combination or a broken file gets one line and status 2.
#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "process_runner.h"
#include "workload/private_temp_dir.h"

using namespace conclab;
using namespace conclab::testing;
namespace fs = std::filesystem;

namespace {

std::string saved_file_text(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

// The table's row of the threads run: everything after the model's name on its line.
std::string saved_threads_row(const std::string& table) {
    std::istringstream in(table);
    for (std::string line; std::getline(in, line);)
        if (line.rfind("threads ", 0) == 0) return line;
    return {};
}

}  // namespace

TEST_CASE("run --save writes a run that compare --from and shot --from show without running it", "[cli][runfile]") {
    PrivateTempDir dir;
    const std::string saved = dir.path() + "/a.conclab.json";
    const CommandResult ran = run_conclab({"run", "--workload", "cpu:5ms", "--tasks", "2", "--model", "threads", "--save", saved});
    REQUIRE(ran.exit_code == 0);
    CHECK_THAT(ran.out, Catch::Contains(saved));
    REQUIRE(fs::exists(saved));
    // The file is a Chrome trace first (Perfetto opens it), with conclab's data after the events.
    const std::string text = saved_file_text(saved);
    CHECK(text.rfind("{\"traceEvents\":[", 0) == 0);
    CHECK_THAT(text, Catch::Contains("\"conclab\":{\"format\":\"conclab-runs\""));

    const CommandResult table = run_conclab({"compare", "--from", saved});
    REQUIRE(table.exit_code == 0);
    // The recorded row: its measured figures are the ones the run printed.
    const std::string row = saved_threads_row(table.out);
    REQUIRE_FALSE(row.empty());
    const CommandResult again = run_conclab({"compare", "--from", saved});
    CHECK(saved_threads_row(again.out) == row);  // read twice, the same row: nothing was run again

#ifdef CONCLAB_WITH_UI  // shot draws: the desktop build only
    const std::string png = dir.path() + "/a.png";
    const std::string html = dir.path() + "/a.html";
    const CommandResult shot = run_conclab({"shot", "--from", saved, "--out", png});
    CHECK(shot.exit_code == 0);
    CHECK(fs::file_size(png) > 1000);
    CHECK(saved_file_text(png).rfind("\x89PNG", 0) == 0);
    const CommandResult page = run_conclab({"shot", "--from", saved, "--run", "1", "--out", html});
    CHECK(page.exit_code == 0);
    const std::string page_text = saved_file_text(html);
    CHECK_THAT(page_text, Catch::Contains("<svg id=\"timeline\""));
    CHECK_THAT(page_text, Catch::Contains("Content-Security-Policy"));
#endif
}

TEST_CASE("saved-run options that cannot work get one line and status 2", "[cli][runfile][bad-input]") {
    PrivateTempDir dir;
    const std::string saved = dir.path() + "/a.conclab.json";
    REQUIRE(run_conclab({"run", "--workload", "cpu:1ms", "--tasks", "1", "--save", saved}).exit_code == 0);
    const std::string cut = dir.path() + "/cut.conclab.json";
    {
        const std::string whole = saved_file_text(saved);
        std::ofstream(cut, std::ios::binary) << whole.substr(0, whole.size() / 2);
    }
    struct Case {
        std::vector<std::string> args;
        std::string mentions;
    };
    std::vector<Case> cases = {
        {{"compare", "--from", saved, "--tasks", "4"}, "--tasks"},  // nothing runs: no experiment
        {{"compare", "--from", cut}, "cut.conclab.json"},
        {{"compare", "--from", dir.path() + "/none.conclab.json"}, "none.conclab.json"},
        {{"run", "--save", ""}, "--save"},
    };
#ifdef CONCLAB_WITH_UI
    cases.push_back({{"shot", "--from", saved, "--run", "2", "--out", dir.path() + "/x.png"}, "--run"});  // one run only
    cases.push_back({{"shot", "--run", "1", "--out", dir.path() + "/x.png"}, "--from"});
    cases.push_back({{"shot", "--from", saved, "--out", dir.path() + "/x.gif"}, ".html"});
#endif
    for (const Case& c : cases) {
        const CommandResult r = run_conclab(c.args);
        INFO("conclab " << c.args[0] << " " << c.args[1] << " " << c.args[2] << " → " << r.err);
        CHECK(r.exit_code == 2);
        CHECK(line_count(r.err) == 1);
        CHECK_THAT(r.err, Catch::StartsWith("conclab: ") && Catch::Contains(c.mentions));
        CHECK(r.out.empty());
    }
    CHECK_FALSE(fs::exists(dir.path() + "/x.png"));
}
