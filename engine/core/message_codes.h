#pragma once
// Every message the engine gives a user, as one list: X(code, argument kinds). The English
// sentence in each comment is the meaning; the UI composes the (translated) sentence from the
// code and its arguments (ui/text/message_text.cpp). Argument kinds, one letter each, in order:
//   T  text, shown as it is: a value the user typed (already quoted), a path, a name, a bound
//      spelled the way the parsers read it ("600s", "1GiB")
//   I  a whole number, written in the reader's digits
//   D  a duration in ns, written in seconds in the reader's digits ("0.231 s")
//   E  an errno value, written as the system's description of it
//   M  a nested message: the reason of this one
// A new code needs a sentence in message_text.cpp; tests/ui/test_message_text.cpp fails until
// it has one that shows every argument.

// clang-format off
#define CONCLAB_MESSAGE_CODES(X)                                                                  \
    /* ── durations, sizes and counts (workload/quantity_parse) ── */                             \
    /* "duration is empty: expected a number with a unit such as 50ms, 1.5s or 200us" */        \
    X(DurationEmpty, "")                                                                          \
    /* "duration %1 is negative" — the value */                                                   \
    X(DurationNegative, "T")                                                                      \
    /* "cannot read duration %1: expected a number with a unit such as 50ms, 1.5s or 200us" */  \
    X(DurationUnreadable, "T")                                                                    \
    /* "duration %1 has no unit: write e.g. %2ms or %2s" — the value, its number */              \
    X(DurationNoUnit, "TT")                                                                       \
    /* "duration %1 has an unknown unit %2: use ns, us, ms, s or m (minutes)" */                  \
    X(DurationUnknownUnit, "TT")                                                                  \
    /* "duration %1 is too large" */                                                              \
    X(DurationTooLarge, "T")                                                                      \
    /* "duration %1 is finer than a nanosecond" */                                                \
    X(DurationFinerThanNanosecond, "T")                                                           \
    /* "size is empty: expected a size such as 4MiB, 512KB or 100 (bytes)" */                     \
    X(SizeEmpty, "")                                                                              \
    /* "size %1 is negative" */                                                                   \
    X(SizeNegative, "T")                                                                          \
    /* "cannot read size %1: expected a size such as 4MiB, 512KB or 100 (bytes)" */              \
    X(SizeUnreadable, "T")                                                                        \
    /* "size %1 has an unknown unit %2: use B, KB, MB, GB (powers of 1000) or KiB, MiB, GiB      \
       (powers of 1024)" */                                                                       \
    X(SizeUnknownUnit, "TT")                                                                      \
    /* "size %1 is too large" */                                                                  \
    X(SizeTooLarge, "T")                                                                          \
    /* "size %1 is not a whole number of bytes" */                                                \
    X(SizeNotWholeBytes, "T")                                                                     \
    /* "count is empty: expected a whole number such as 100" */                                   \
    X(CountEmpty, "")                                                                             \
    /* "count %1 is negative" */                                                                  \
    X(CountNegative, "T")                                                                         \
    /* "cannot read count %1: expected a whole number such as 100" */                             \
    X(CountUnreadable, "T")                                                                       \
    /* "count %1 is too large" */                                                                 \
    X(CountTooLarge, "T")                                                                         \
                                                                                                  \
    /* ── workload specs (workload/workload_spec) ── */                                           \
    /* "workload is empty: expected <kind>:<amount> such as cpu:50ms; kinds are %1" */            \
    X(WorkloadEmpty, "T")                                                                         \
    /* "cannot read workload %1: expected <kind>:<amount> such as cpu:50ms; kinds are %2" */      \
    X(WorkloadUnreadable, "TT")                                                                   \
    /* "unknown workload kind %1 in %2: valid kinds are %3" */                                    \
    X(WorkloadUnknownKind, "TTT")                                                                 \
    /* "cpu time in %1 is zero: a step must take some time" — the workload */                     \
    X(CpuTimeZero, "T")                                                                           \
    /* "sleep time in %1 is zero: a step must take some time" */                                  \
    X(SleepTimeZero, "T")                                                                         \
    /* "file time in %1 is zero: a step must take some time" */                                   \
    X(FileTimeZero, "T")                                                                          \
    /* "cpu time %1 in %2 is over the limit of %3 (%4 minutes)" — amount, workload, limit */      \
    X(CpuTimeOverLimit, "TTTI")                                                                   \
    /* "sleep time %1 in %2 is over the limit of %3 (%4 minutes)" */                              \
    X(SleepTimeOverLimit, "TTTI")                                                                 \
    /* "file time %1 in %2 is over the limit of %3 (%4 minutes)" */                               \
    X(FileTimeOverLimit, "TTTI")                                                                  \
    /* "cannot read file amount %1 in %2: expected a size such as 4MiB or a duration such as     \
       50ms" */                                                                                   \
    X(FileAmountUnreadable, "TT")                                                                 \
    /* "file size in %1 is zero: write at least 1 byte" */                                        \
    X(FileSizeZero, "T")                                                                          \
    /* "file size %1 in %2 is over the limit of %3" */                                            \
    X(FileSizeOverLimit, "TTT")                                                                   \
    /* "%1 (round trips in %2)" — why the count was refused, the workload */                      \
    X(RoundTripsInvalid, "MT")                                                                    \
    /* "round trips in %1 is zero: make at least 1" */                                            \
    X(RoundTripsZero, "T")                                                                        \
    /* "round trips %1 in %2 is over the limit of %3" */                                          \
    X(RoundTripsOverLimit, "TTI")                                                                 \
    /* "%1 (server time in %2, e.g. net:50@10ms)" — why the duration was refused, the workload */ \
    X(ServerTimeInvalid, "MT")                                                                    \
    /* "server time %1 in %2 is over the limit of %3" */                                          \
    X(ServerTimeOverLimit, "TTT")                                                                 \
    /* "cannot read mixed workload %1: expected mixed:<cpu time>/<sleep time>x<repeats>, e.g.    \
       mixed:10ms/20msx5" */                                                                      \
    X(MixedUnreadable, "T")                                                                       \
    /* "cannot read repeats %1 in %2: expected mixed:<cpu time>/<sleep time>x<repeats>, e.g.     \
       mixed:10ms/20msx5" */                                                                      \
    X(RepeatsUnreadable, "TT")                                                                    \
    /* "repeats in %1 is zero: repeat at least once" */                                           \
    X(RepeatsZero, "T")                                                                           \
    /* "repeats %1 in %2 is over the limit of %3" */                                              \
    X(RepeatsOverLimit, "TTI")                                                                    \
    /* "cannot read %1: expected numbers:<sleep time>x<count>, e.g. numbers:1sx5" */              \
    X(NumbersUnreadable, "T")                                                                     \
    /* "%1 (additions in %2, e.g. counter:1000000 or counter:1000000/lock)" */                    \
    X(CounterInvalid, "MT")                                                                       \
    /* "additions in %1 is zero: add at least once" */                                            \
    X(CounterZero, "T")                                                                           \
    /* "additions %1 in %2 is over the limit of %3" */                                            \
    X(CounterOverLimit, "TTI")                                                                    \
    /* "unknown counter option %1 in %2: the one option is /lock" */                              \
    X(CounterOptionUnknown, "TT")                                                                 \
    /* "%1 has more than %2 parts separated by |" */                                              \
    X(WorkloadTooManyParts, "TI")                                                                 \
    /* "%1 has an empty part: write a workload on each side of |" */                              \
    X(WorkloadPartEmpty, "T")                                                                     \
                                                                                                  \
    /* ── experiments (experiment/experiment) ── */                                               \
    /* "run model is empty: valid models are %1" */                                               \
    X(RunModelEmpty, "T")                                                                         \
    /* "unknown run model %1: valid models are %2" */                                             \
    X(RunModelUnknown, "TT")                                                                      \
    /* "the workload has no steps: choose one such as cpu:50ms" */                                \
    X(WorkloadHasNoSteps, "")                                                                     \
    /* "tasks %1 is out of range: use %2 to %3" */                                                \
    X(TasksOutOfRange, "III")                                                                     \
    /* "tasks %1 is over the limit of %2 for the threads model (one thread per task); use        \
       thread-pool for more tasks" */                                                             \
    X(TasksOverThreadLimit, "II")                                                                 \
    /* "tasks %1 is over the limit of %2 for the processes model (one process per task); use     \
       process-pool for more tasks" */                                                            \
    X(TasksOverProcessLimit, "II")                                                                \
    /* "workers %1 is out of range: at least %2 worker is needed" */                              \
    X(WorkersBelowMinimum, "II")                                                                  \
    /* "workers %1 is over the limit of %2 worker processes" */                                   \
    X(WorkersOverProcessLimit, "II")                                                              \
    /* "workers %1 is over the limit of %2 worker threads" */                                     \
    X(WorkersOverThreadLimit, "II")                                                               \
    /* "switch interval %1 is out of range: use %2 to %3" */                                      \
    X(SwitchIntervalOutOfRange, "TTT")                                                            \
    /* "crash task %1 does not exist: tasks are numbered 0 to %2 (-1 for none)" */                \
    X(CrashTaskMissing, "II")                                                                     \
                                                                                                  \
    /* ── JSON documents a user writes (lessons/json_reader) ── */                                \
    /* "the file is %1 bytes, more than the %2 bytes this reader takes" */                        \
    X(JsonFileTooLarge, "II")                                                                     \
    /* "the text ends in the middle of a value" */                                                \
    X(JsonUnexpectedEnd, "")                                                                      \
    /* "unexpected %1" — the character */                                                         \
    X(JsonUnexpectedCharacter, "T")                                                               \
    /* "more text after the end of the document" */                                               \
    X(JsonTrailingContent, "")                                                                    \
    /* "more than %1 values in one document" */                                                   \
    X(JsonTooManyValues, "I")                                                                     \
    /* "lists and objects nested deeper than %1 levels" */                                        \
    X(JsonTooDeep, "I")                                                                           \
    /* "the key %1 appears twice in one object" */                                                \
    X(JsonDuplicateKey, "T")                                                                      \
    /* "%1 is not a number as JSON writes numbers (e.g. 4, 0.5, 1e3)" */                          \
    X(JsonBadNumber, "T")                                                                         \
    /* "the number %1 is too large" */                                                            \
    X(JsonNumberTooLarge, "T")                                                                    \
    /* "a text that starts here is not closed with a double quote" */                             \
    X(JsonUnterminatedString, "")                                                                 \
    /* "a control character (a line break or tab) inside a text: write \\n or \\t" */             \
    X(JsonControlCharacter, "")                                                                   \
    /* "bytes that are not UTF-8 text: save the file as UTF-8" */                                 \
    X(JsonBadUtf8, "")                                                                            \
    /* "unknown escape %1 in a text" */                                                           \
    X(JsonBadEscape, "T")                                                                         \
    /* "a text longer than %1 bytes" */                                                           \
    X(JsonStringTooLong, "I")                                                                     \
    /* ── lesson files (lessons/) ── */                                                           \
    /* "%1, line %2, column %3: %4" — the file, where, the problem */                             \
    X(LessonFileProblem, "TIIM")                                                                  \
    /* "%1: %2" — the file, why it cannot be used as a whole */                                   \
    X(LessonFileUnreadable, "TM")                                                                 \
    /* "cannot read the file: %1" */                                                              \
    X(LessonCannotRead, "E")                                                                      \
    /* "cannot read the lesson folder %1: %2" */                                                  \
    X(LessonFolderUnreadable, "TE")                                                               \
    /* "more than %1 lesson files in one folder: this one was not read" */                        \
    X(LessonTooManyFiles, "I")                                                                    \
    /* "a lesson file holds one object: { \"format\": \"conclab-lesson\", ... }" */               \
    X(LessonNotObject, "")                                                                        \
    /* "%1 is not a lesson: write \"format\": \"conclab-lesson\"" — the format given */           \
    X(LessonFormatUnknown, "T")                                                                   \
    /* "lesson format version %1 is newer than this program reads (%2)" */                        \
    X(LessonVersionUnsupported, "II")                                                             \
    /* "%1 is missing" — the field, e.g. answers[2].right_if */                                   \
    X(LessonMissingField, "T")                                                                    \
    /* "unknown field %1; fields here are %2" */                                                  \
    X(LessonUnknownField, "TT")                                                                   \
    /* "%1 must be a text in double quotes" */                                                    \
    X(LessonExpectedText, "T")                                                                    \
    /* "%1 must be a number" */                                                                   \
    X(LessonExpectedNumber, "T")                                                                  \
    /* "%1 must be a whole number" */                                                             \
    X(LessonExpectedWholeNumber, "T")                                                             \
    /* "%1 must be true or false" */                                                              \
    X(LessonExpectedBool, "T")                                                                    \
    /* "%1 must be a list [ ... ]" */                                                             \
    X(LessonExpectedList, "T")                                                                    \
    /* "%1 must be an object { ... }" */                                                          \
    X(LessonExpectedObject, "T")                                                                  \
    /* "%1 must be a text, or an object with an English (en) and a Bengali (bn) text" */          \
    X(LessonExpectedLanguages, "T")                                                               \
    /* "%1 has no text in either language" */                                                     \
    X(LessonTextEmpty, "T")                                                                       \
    /* "%1 is %2; it must be from %3 to %4" — the field, its value, the bounds */                 \
    X(LessonValueOutOfRange, "TIII")                                                              \
    /* "%1 has %2 entries; it must have %3 to %4" */                                              \
    X(LessonCountOutOfRange, "TIII")                                                              \
    /* "%1: %2 is not a valid id (use a-z, 0-9 and -)" */                                         \
    X(LessonBadId, "TT")                                                                          \
    /* "%1: %2 is not a valid figure name (use a-z, 0-9 and _, starting with a letter)" */        \
    X(LessonBadFigureName, "TT")                                                                  \
    /* "%1: the id %2 is used twice" */                                                           \
    X(LessonDuplicateId, "TT")                                                                    \
    /* "%1: %2" — the run, why its experiment is refused */                                       \
    X(LessonRunInvalid, "TM")                                                                     \
    /* "%1 names the run %2, but no run has that id" */                                           \
    X(LessonUnknownRun, "TT")                                                                     \
    /* "%1: unknown measure %2; measures are %3" */                                               \
    X(LessonUnknownMeasure, "TTT")                                                                \
    /* "%1: the measure %2 compares two runs: name the other one in \"over\"" */                  \
    X(LessonMeasureNeedsOver, "TT")                                                               \
    /* "%1: the measure %2 is of one run: remove \"over\"" */                                     \
    X(LessonMeasureTakesNoOver, "TT")                                                             \
    /* "%1: cannot read the rule %2 at character %3" */                                           \
    X(LessonRuleUnreadable, "TTI")                                                                \
    /* "%1: the rule %2 names %3, which is not one of the lesson's figures" */                    \
    X(LessonRuleUnknownFigure, "TTT")                                                             \
    /* "%1: the rule %2 reads none of the lesson's figures: an answer is graded from what was       \
       measured" */                                                                               \
    X(LessonRuleNoFigure, "TT")                                                                   \
    /* "%1: the rule is longer than %2 characters or has more than %3 parts" */                   \
    X(LessonRuleTooLong, "TII")                                                                   \
    /* "%1 names the figure {%2}, which the lesson does not define" */                            \
    X(LessonPlaceholderUnknown, "TT")                                                             \
    /* "%1: a { is not closed by } (write {{ and }} for the braces themselves)" */                \
    X(LessonPlaceholderUnclosed, "T")                                                             \
    /* "%1: a run is placed in a grid cell, but the lesson has no grid" */                        \
    X(LessonCellWithoutGrid, "T")                                                                 \
    /* "%1: the grid row %2 has no run in column %3" */                                           \
    X(LessonGridCellEmpty, "TTT")                                                                 \
    /* "%1: two runs fill the grid cell %2 × %3" */                                               \
    X(LessonGridCellTwice, "TTT")                                                                 \
    /* "%1: the grid has no row or column %2" */                                                  \
    X(LessonGridUnknownCell, "TT")                                                                \
    /* "the lesson id %1 is also used by %2: this file was not read" */                           \
    X(LessonDuplicateLesson, "TT")                                                                \
    /* "there is no lesson %1; the lessons are %2" */                                             \
    X(LessonNotFound, "TT")                                                                       \
                                                                                                  \
    /* ── runs (run/) ── */                                                                       \
    /* "the crash option needs a process model: a crash in a thread would end the whole          \
       program" */                                                                                \
    X(CrashNeedsProcessModel, "")                                                                 \
    /* "could not start: %1" — why the run could not start */                                     \
    X(RunCouldNotStart, "M")                                                                      \
    /* "cannot map the run's shared event memory: %1" */                                          \
    X(SharedMemoryUnavailable, "E")                                                               \
    /* "cannot create a private folder from %1: %2" — the folder's name pattern */                \
    X(TempFolderUnavailable, "TE")                                                                \
    /* "echo server: cannot create a socket: %1" */                                               \
    X(EchoServerNoSocket, "E")                                                                    \
    /* "echo server: cannot listen on 127.0.0.1: %1" */                                           \
    X(EchoServerCannotListen, "E")                                                                \
    /* "%1" — a text from outside conclab (a library's exception), shown as it is */              \
    X(ForeignError, "T")                                                                          \
    /* "stopped after %1" — time since the run began */                                           \
    X(RunStopped, "D")                                                                            \
    /* "the machine ran out of memory for the run's events; the run was stopped" */              \
    X(RunOutOfMemory, "")                                                                         \
    /* "%1 (pid %2) killed by %3 at %4" — the worker's name (a Name… message below), pid, */      \
    /* signal name, time since the start */                                                       \
    X(WorkerKilled, "MITD")                                                                       \
    /* "%1 (pid %2) killed by signal %3 at %4" — a signal without a name (a real-time signal) */  \
    X(WorkerKilledBySignalNumber, "MIID")                                                         \
    /* "%1 (pid %2) exited with status %3 at %4" */                                               \
    X(WorkerExited, "MIID")                                                                       \
    /* "%1 could not be started: %2 at %3" — worker name, why, time since the start */            \
    X(WorkerNotStarted, "MED")                                                                    \
    /* "%1 could not be started: %2 at %3" — worker name, why (a message), time since the start */\
    X(WorkerNotStartedBecause, "MMD")                                                             \
    /* "the worker program conclab-worker was not found or is not executable (looked at %1; set  \
       CONCLAB_WORKER to its path)" — the places looked at */                                     \
    X(WorkerProgramNotFound, "T")                                                                 \
    /* "the worker program named by CONCLAB_WORKER, %1, cannot be run: %2" */                     \
    X(WorkerOverrideUnusable, "TE")                                                               \
    /* "cannot start %1: %2" — the worker program, the system's reason */                         \
    X(WorkerSpawnFailed, "TE")                                                                    \
    /* "task %1 failed: %2" — task number, the error of its I/O */                                \
    X(TaskFailed, "IE")                                                                           \
    /* "task %1 failed: data came back different from what was sent" */                           \
    X(TaskDataCorrupt, "I")                                                                       \
                                                                                                  \
    /* ── observed programs (observe/) ── */                                                      \
    /* "no program to start" */                                                                   \
    X(ProgramMissing, "")                                                                         \
    /* "could not start %1: no such program" — the program as given */                            \
    X(ProgramNotFound, "T")                                                                       \
    /* "could not start %1: it is not a program this system can run (%2)" */                      \
    X(ProgramNotExecutable, "TE")                                                                 \
    /* "could not start the program in %1: no such folder" — the working folder */                \
    X(WorkingFolderMissing, "T")                                                                  \
    /* "could not start %1: %2" — the program, the system's reason (no pipe, process limit) */      \
    X(ProgramStartFailed, "TE")                                                                   \
    /* "the program exited with status %1" */                                                     \
    X(ProgramExited, "I")                                                                         \
    /* "the program was killed by %1" — the signal's name */                                      \
    X(ProgramKilled, "T")                                                                         \
    /* "the program was killed by signal %1" — a signal without a name */                         \
    X(ProgramKilledBySignalNumber, "I")                                                           \
    /* "stopped at the time limit of %1" */                                                       \
    X(ProgramTimeLimit, "D")                                                                      \
    /* "the observer stopped: %1" — what it could not handle (text from outside conclab) */       \
    X(ObserverFailed, "T")                                                                        \
    /* "no lesson script does %1: the scripts do one step per task (cpu:, io: or net:)" */         \
    X(NoLessonScript, "T")                                                                        \
    /* "no lesson script does file I/O (%1)" — the workload */                                    \
    X(NoLessonScriptForFiles, "T")                                                                \
                                                                                                  \
    /* ── writing files (export/atomic_file) ── */                                                \
    /* "cannot write: no file name given" */                                                      \
    X(FileNameMissing, "")                                                                        \
    /* "cannot write %1: it is a directory" — the path */                                         \
    X(CannotWriteDirectory, "T")                                                                  \
    /* "cannot write %1: it is neither a regular file nor a character device or pipe" */          \
    X(CannotWriteSpecialFile, "T")                                                                \
    /* "cannot write %1: %2" — the path, the system's error */                                    \
    X(CannotWriteSystemError, "TE")                                                               \
    /* "cannot write %1: writing failed: %2" — the path, what the writer threw */                 \
    X(CannotWriteWriterFailed, "TT")                                                              \
    /* "cannot write %1: writing failed" — the writer threw something that is not an exception */ \
    X(CannotWriteWriterAborted, "T")                                                              \
    /* "cannot write %1: the content could not be written" */                                     \
    X(CannotWriteContent, "T")                                                                    \
    /* "cannot write %1: the file could not be closed" */                                         \
    X(CannotWriteClose, "T")                                                                      \
    /* "cannot write %1: %2 is not a directory" — the path, its folder (quoted) */                \
    X(CannotWriteParentNotDirectory, "TT")                                                        \
    /* "cannot write %1: directory %2 does not exist" */                                          \
    X(CannotWriteNoDirectory, "TT")                                                               \
                                                                                                  \
    /* ── names of lanes and processes (timeline/lane_names): the UI writes them in the reader's */\
    /* language and digits; the English is what Python calls them ── */                          \
    /* "MainThread" */                                                                            \
    X(NameMainThread, "")                                                                         \
    /* "Thread-%1" — the thread's number (threading.Thread) */                                    \
    X(NameThread, "I")                                                                            \
    /* "ThreadPool-%1" — a worker thread of the pool (ThreadPoolExecutor) */                      \
    X(NameThreadPoolWorker, "I")                                                                  \
    /* "Process-%1" — the process's number (multiprocessing.Process) */                           \
    X(NameProcess, "I")                                                                           \
    /* "ProcessPool-%1" — a worker process of the pool (ProcessPoolExecutor) */                   \
    X(NameProcessPoolWorker, "I")                                                                 \
    /* "asyncio loop" — the one thread that runs the event loop */                                \
    X(NameEventLoop, "")                                                                          \
    /* "Main process" — the process conclab itself runs in */                                     \
    X(NameMainProcess, "")                                                                        \
    /* "%1" — a name that is a program's own (an observed thread's comm), shown as it is */       \
    X(NameOwn, "T")                                                                               \
                                                                                                  \
    /* ── saved runs (runfile/) ── */                                                             \
    /* "cannot open %1: %2" — the file, the system's error */                                     \
    X(RunFileCannotRead, "TE")                                                                    \
    /* "cannot open %1: it is a directory" */                                                     \
    X(RunFileIsDirectory, "T")                                                                    \
    /* "cannot open %1: it is not a regular file (a device, a pipe or a socket)" */              \
    X(RunFileNotRegular, "T")                                                                     \
    /* "cannot open %1: it is empty" */                                                           \
    X(RunFileEmpty, "T")                                                                          \
    /* "cannot open %1: it is %2 bytes, over the limit of %3 for a saved run" */                 \
    X(RunFileTooLarge, "TIT")                                                                     \
    /* "cannot open %1: it is not a saved run of Concurrency Lab (not a JSON file)" */            \
    X(RunFileNotJson, "T")                                                                        \
    /* "cannot open %1: it is a compressed file; unpack it first (e.g. gunzip)" */                \
    X(RunFileCompressed, "T")                                                                     \
    /* "cannot open %1: it is a Perfetto trace (protobuf), not a run saved by Concurrency Lab;   \
       open it in Perfetto (ui.perfetto.dev)" */                                                  \
    X(RunFileBinaryTrace, "T")                                                                    \
    /* "cannot open %1: it is a trace from another program (Chrome trace JSON, e.g. from         \
       VizTracer), not a run saved by Concurrency Lab; open it in Perfetto (ui.perfetto.dev)" */  \
    X(RunFileForeignTrace, "T")                                                                   \
    /* "cannot open %1: it is a JSON file, but not a run saved by Concurrency Lab" */             \
    X(RunFileNotConclab, "T")                                                                     \
    /* "cannot open %1: it was saved by a newer Concurrency Lab (file format %2; this one reads   \
       up to %3): update conclab to open it" */                                                   \
    X(RunFileNewerVersion, "TII")                                                                 \
    /* "cannot open %1: it ends too early, at byte %2 (the file was cut short, e.g. by a full    \
       disk or an interrupted copy)" */                                                           \
    X(RunFileTruncated, "TI")                                                                     \
    /* "cannot open %1: it is damaged at line %2, column %3 (not valid JSON)" */                  \
    X(RunFileSyntax, "TII")                                                                       \
    /* "cannot open %1: it is damaged at %2: a value is missing, of the wrong kind or out of     \
       range" — the file, where in it (e.g. runs[0].timeline.lanes[2].segments) */               \
    X(RunFileDamaged, "TT")                                                                       \
    /* "cannot open %1: it holds no runs" */                                                      \
    X(RunFileNoRuns, "T")                                                                         \
    /* "cannot save %1: the runs would take %2 bytes, over the limit of %3 a saved run may have   \
       (save fewer runs, or shorter ones)" */                                                     \
    X(RunFileWouldBeTooLarge, "TIT")                                                              \
    /* "there is no finished run to save" */                                                      \
    X(RunFileNothingToSave, "")
// clang-format on
