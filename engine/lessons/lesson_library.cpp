// Finding and reading the lesson files of the shipped and the user's folder (lesson_library.h).
#include "lessons/lesson_library.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdlib>
#include <filesystem>
#include <map>
#include <system_error>

namespace conclab {

namespace {

namespace fs = std::filesystem;

using FileResult = ParseResult<Lesson, LessonReadError>;

LessonReadError whole_file(Message problem) { return LessonReadError{0, 0, std::move(problem)}; }

// The file's bytes, at most kMaxLessonFileBytes (a larger file is refused without reading it).
// O_NONBLOCK: a FIFO named *.json must not hang the program.
ParseResult<std::string, LessonReadError> read_bounded(const std::string& path) {
    using R = ParseResult<std::string, LessonReadError>;
    const int fd = open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NONBLOCK);
    if (fd < 0) return R::fail(whole_file(Message{MessageCode::LessonCannotRead, {errno_arg(errno)}}));
    struct Close {
        int fd;
        ~Close() { close(fd); }
    } closer{fd};
    struct stat st {};
    if (fstat(fd, &st) != 0) return R::fail(whole_file(Message{MessageCode::LessonCannotRead, {errno_arg(errno)}}));
    if (!S_ISREG(st.st_mode)) return R::fail(whole_file(Message{MessageCode::LessonCannotRead, {errno_arg(EINVAL)}}));
    if (static_cast<std::uint64_t>(st.st_size) > kMaxLessonFileBytes)
        return R::fail(whole_file(Message{MessageCode::JsonFileTooLarge,
                                          {integer_arg(static_cast<std::int64_t>(st.st_size)),
                                           integer_arg(static_cast<std::int64_t>(kMaxLessonFileBytes))}}));
    std::string text;
    char buffer[16384];
    while (true) {
        const ssize_t n = read(fd, buffer, sizeof buffer);
        if (n < 0 && errno == EINTR) continue;
        if (n < 0) return R::fail(whole_file(Message{MessageCode::LessonCannotRead, {errno_arg(errno)}}));
        if (n == 0) break;
        text.append(buffer, static_cast<std::size_t>(n));
        // The file grew after fstat: still bounded.
        if (text.size() > kMaxLessonFileBytes)
            return R::fail(whole_file(Message{MessageCode::JsonFileTooLarge,
                                              {integer_arg(static_cast<std::int64_t>(text.size())),
                                               integer_arg(static_cast<std::int64_t>(kMaxLessonFileBytes))}}));
    }
    return R::ok(std::move(text));
}

std::string program_folder() {
    std::error_code ec;
    const fs::path exe = fs::read_symlink("/proc/self/exe", ec);
    return ec ? std::string() : exe.parent_path().string();
}

bool is_folder(const std::string& path) {
    std::error_code ec;
    return !path.empty() && fs::is_directory(path, ec);
}

// Reads the *.json files of one folder, in file-name order, into `lessons` (by id) and `problems`.
void load_folder(const std::string& folder, LessonOrigin origin, std::map<std::string, LoadedLesson>& by_id,
                 std::vector<LessonProblem>& problems) {
    if (folder.empty()) return;
    std::error_code ec;
    if (!fs::exists(folder, ec)) return;  // most users have no lessons of their own
    std::vector<std::string> files;
    fs::directory_iterator it(folder, ec);
    if (ec) {
        problems.push_back({folder, origin, whole_file(Message{MessageCode::LessonFolderUnreadable, {text_arg(folder), errno_arg(ec.value())}})});
        return;
    }
    for (; it != fs::directory_iterator(); it.increment(ec)) {
        if (ec) break;
        const fs::path& p = it->path();
        if (p.extension() == ".json") files.push_back(p.string());
    }
    std::sort(files.begin(), files.end());
    std::map<std::string, std::string> ids_in_this_folder;
    for (std::size_t i = 0; i < files.size(); ++i) {
        const std::string& path = files[i];
        if (i >= kMaxLessonFilesPerFolder) {
            problems.push_back({path, origin, whole_file(Message{MessageCode::LessonTooManyFiles,
                                                                 {integer_arg(static_cast<std::int64_t>(kMaxLessonFilesPerFolder))}})});
            continue;
        }
        auto lesson = read_lesson_file(path);
        if (!lesson) {
            problems.push_back({path, origin, lesson.error()});
            continue;
        }
        const std::string id = lesson.value().id;
        if (const auto twin = ids_in_this_folder.find(id); twin != ids_in_this_folder.end()) {
            problems.push_back({path, origin, whole_file(Message{MessageCode::LessonDuplicateLesson, {quoted_arg(id), text_arg(twin->second)}})});
            continue;
        }
        ids_in_this_folder.emplace(id, path);
        LoadedLesson loaded{std::move(lesson.value()), path, origin, false};
        if (const auto shipped = by_id.find(id); shipped != by_id.end()) {
            loaded.replaces_shipped = true;
            shipped->second = std::move(loaded);
        } else {
            by_id.emplace(id, std::move(loaded));
        }
    }
}

}  // namespace

Message LessonProblem::message() const {
    if (error.line <= 0) return Message{MessageCode::LessonFileUnreadable, {text_arg(path), message_arg(error.problem)}};
    return Message{MessageCode::LessonFileProblem,
                   {text_arg(path), integer_arg(error.line), integer_arg(error.column), message_arg(error.problem)}};
}

const LoadedLesson* LessonLibrary::find(std::string_view id) const {
    for (const LoadedLesson& l : lessons)
        if (l.lesson.id == id) return &l;
    return nullptr;
}

LessonFolders lesson_folders() {
    LessonFolders folders;
    if (const char* dir = std::getenv("CONCLAB_LESSONS_DIR"); dir != nullptr && *dir != '\0') {
        folders.shipped = dir;
    } else {
        const std::string installed = program_folder() + "/../share/conclab/lessons";
        if (is_folder(installed)) {
            folders.shipped = fs::weakly_canonical(installed).string();
        }
#ifdef CONCLAB_SOURCE_LESSONS_DIR
        else if (is_folder(CONCLAB_SOURCE_LESSONS_DIR)) {
            folders.shipped = CONCLAB_SOURCE_LESSONS_DIR;
        }
#endif
    }
    if (const char* data = std::getenv("XDG_DATA_HOME"); data != nullptr && *data == '/') {
        folders.user = std::string(data) + "/conclab/lessons";
    } else if (const char* home = std::getenv("HOME"); home != nullptr && *home != '\0') {
        folders.user = std::string(home) + "/.local/share/conclab/lessons";
    }
    return folders;
}

ParseResult<Lesson, LessonReadError> read_lesson_file(const std::string& path) {
    auto text = read_bounded(path);
    if (!text) return FileResult::fail(text.error());
    return read_lesson(text.value());
}

LessonLibrary load_lesson_library(const LessonFolders& folders) {
    std::map<std::string, LoadedLesson> by_id;
    LessonLibrary library;
    load_folder(folders.shipped, LessonOrigin::Shipped, by_id, library.problems);
    if (folders.user != folders.shipped) load_folder(folders.user, LessonOrigin::User, by_id, library.problems);
    for (auto& [id, loaded] : by_id) library.lessons.push_back(std::move(loaded));
    std::stable_sort(library.lessons.begin(), library.lessons.end(), [](const LoadedLesson& a, const LoadedLesson& b) {
        return a.lesson.order != b.lesson.order ? a.lesson.order < b.lesson.order : a.lesson.id < b.lesson.id;
    });
    std::stable_sort(library.problems.begin(), library.problems.end(),
                     [](const LessonProblem& a, const LessonProblem& b) { return a.path < b.path; });
    return library;
}

}  // namespace conclab
