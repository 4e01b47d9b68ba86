#pragma once
// Where lessons come from: one JSON file per lesson (docs/lessons.md), shipped with the program
// and in the user's own folder.
//
//   LessonLibrary library = load_lesson_library(lesson_folders());
//   for (const LoadedLesson& l : library.lessons) ...      // sorted by order, then id
//   for (const LessonProblem& p : library.problems) ...    // broken files: file, line, problem
//
// Folders:
//   shipped  $CONCLAB_LESSONS_DIR if set (tests, a teacher's shared folder); otherwise
//            <program folder>/../share/conclab/lessons (installed), else the source tree's
//            resources/lessons (a build that was not installed)
//   user     $XDG_DATA_HOME/conclab/lessons, or ~/.local/share/conclab/lessons
// Every *.json file directly in a folder is one lesson (other files are ignored). A user lesson
// with the id of a shipped one is shown instead of it (a teacher's adapted copy); two files of
// one folder with the same id are a problem of the second (by file name).
//
// A broken file never ends the program: it is listed with the file, line, column and problem
// (codes with arguments, composed by the UI like every engine message), and every good lesson
// still loads.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/message.h"
#include "core/parse_result.h"
#include "lessons/lesson.h"

namespace conclab {

// Why a lesson text was refused, and where: line and column 1-based; line 0 when it is about
// the file as a whole (it cannot be read, or is too large).
struct LessonReadError {
    int line = 0;
    int column = 0;
    Message problem;
    friend bool operator==(const LessonReadError&, const LessonReadError&) = default;
};

// Reads one lesson from the text of its file.
ParseResult<Lesson, LessonReadError> read_lesson(std::string_view text);

// Largest lesson file read (larger ones are refused before they are read).
inline constexpr std::size_t kMaxLessonFileBytes = 256 * 1024;
// At most this many lesson files are read from one folder (the rest are listed as problems).
inline constexpr std::size_t kMaxLessonFilesPerFolder = 200;

enum class LessonOrigin : std::uint8_t { Shipped, User };

struct LoadedLesson {
    Lesson lesson;
    std::string path;
    LessonOrigin origin = LessonOrigin::Shipped;
    bool replaces_shipped = false;  // a user lesson with the id of a shipped one
};

struct LessonProblem {
    std::string path;
    LessonOrigin origin = LessonOrigin::Shipped;
    LessonReadError error;
    // The whole problem as one message: LessonFileProblem (path, line, column, problem), or
    // LessonFileUnreadable for line 0 — what the UI and `conclab lessons` show.
    Message message() const;
};

struct LessonLibrary {
    std::vector<LoadedLesson> lessons;     // sorted by order, then id
    std::vector<LessonProblem> problems;   // sorted by path
    const LoadedLesson* find(std::string_view id) const;
};

struct LessonFolders {
    std::string shipped;  // empty: none found
    std::string user;
};

// The folders as described above, from the environment and the program's location.
LessonFolders lesson_folders();
// Reads one file (a problem names the line when the text is at fault, line 0 when the file is).
ParseResult<Lesson, LessonReadError> read_lesson_file(const std::string& path);
// Reads every lesson of both folders. A folder that does not exist is not a problem (most users
// have no lessons of their own); one that exists but cannot be read is.
LessonLibrary load_lesson_library(const LessonFolders& folders);

}  // namespace conclab
