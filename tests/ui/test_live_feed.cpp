// Batches from a non-GUI thread reach the GUI-owned store through queued invocations; batches of
// an older generation are dropped.
#include <catch2/catch.hpp>
#include <QThread>
#include <thread>

#include "timeline_fixtures.h"
#include "ui/run/live_feed.h"
#include "ui_test_support.h"

using namespace conclab;
using namespace conclab::ui;

TEST_CASE("batches from another thread are appended on the GUI thread", "[live]") {
    LiveFeed feed;
    feed.prepare();
    auto sink = feed.sink();
    auto store = feed.attach(test::two_thread_layout());
    int appended = 0;
    QObject::connect(&feed, &LiveFeed::appended, [&] {
        CHECK(QThread::currentThread() == QCoreApplication::instance()->thread());
        ++appended;
    });
    const auto events = test::two_thread_events();
    std::thread producer([&] {
        const std::size_t half = events.size() / 2;
        sink(std::vector<Event>(events.begin(), events.begin() + static_cast<std::ptrdiff_t>(half)));
        sink(std::vector<Event>(events.begin() + static_cast<std::ptrdiff_t>(half), events.end()));
    });
    producer.join();
    CHECK(store->segment_count() == 0);  // nothing touched the store from the producer thread
    REQUIRE(test::wait_until([&] { return appended == 2; }, 2000));
    CHECK(feed.eventsAppended() == events.size());
    CHECK(store->segments(RowRef{RowKind::Lane, 0}).size() == 3);
    REQUIRE_NO_QT_WARNINGS();
}

TEST_CASE("batches of a stopped or older run are dropped", "[live]") {
    LiveFeed feed;
    feed.prepare();
    auto old_sink = feed.sink();
    bool old_finished = false;
    auto old_finish = feed.guarded([&] { old_finished = true; });
    feed.attach(test::two_thread_layout());
    feed.prepare();  // a new run starts
    auto store = feed.attach(test::two_thread_layout());
    std::thread producer([&] {
        old_sink(test::two_thread_events());
        old_finish();
    });
    producer.join();
    QTest::qWait(50);
    QCoreApplication::processEvents();
    CHECK(store->segment_count() == 0);
    CHECK(feed.eventsAppended() == 0);
    CHECK_FALSE(old_finished);
    REQUIRE_NO_QT_WARNINGS();
}
