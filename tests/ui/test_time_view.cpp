// Time ↔ pixel mapping, zoom about a point, pan, fit, clamp: data-driven cases.
#include <catch2/catch.hpp>
#include <tuple>

#include "ui/timeline/time_view.h"
#include "ui/timeline/zoom_state.h"
#include "ui_test_support.h"

using conclab::ui::TimeView;
using conclab::ui::ZoomState;

TEST_CASE("time to pixel and back", "[time_view]") {
    // t0, t1, width, time, expected x
    auto [t0, t1, width, t, x] = GENERATE(table<std::int64_t, std::int64_t, int, std::int64_t, double>({
        {0, 1000, 100, 0, 0.0},
        {0, 1000, 100, 500, 50.0},
        {0, 1000, 100, 1000, 100.0},
        {1'000'000'000, 1'001'000'000, 1000, 1'000'500'000, 500.0},  // 1 ms over 1000 px, 1 µs per px
        {0, 150'000'000, 1500, 50'000'000, 500.0},
        {100, 200, 50, 50, -25.0},   // before the view: negative x
        {100, 200, 50, 300, 100.0},  // after it: beyond the width
    }));
    const TimeView v{t0, t1, width};
    CHECK(v.x_of(t) == Approx(x));
    CHECK(v.t_of(x) == t);
}

TEST_CASE("ns per pixel", "[time_view]") {
    CHECK(TimeView{0, 1'000'000, 1000}.ns_per_px() == Approx(1000.0));
    CHECK(TimeView{0, 10, 0}.ns_per_px() == Approx(10.0));  // a zero width never divides by zero
}

TEST_CASE("zoom keeps the time under the cursor", "[time_view]") {
    auto [x, factor] = GENERATE(table<double, double>({
        {0.0, 2.0}, {250.0, 2.0}, {500.0, 4.0}, {999.0, 1.5}, {300.0, 0.5}, {700.0, 10.0},
    }));
    const TimeView v{0, 1'000'000'000, 1000};
    const auto anchor = v.t_of(x);
    const TimeView z = v.zoomed_about(x, factor);
    CHECK(z.t_of(x) == Approx(static_cast<double>(anchor)).margin(2.0));
    CHECK(static_cast<double>(z.span_ns()) == Approx(1e9 / factor).epsilon(1e-6));
    CHECK(z.width_px == 1000);
}

TEST_CASE("zoom stops at the deepest level", "[time_view]") {
    TimeView v{0, 1'000'000, 1000};
    for (int i = 0; i < 40; ++i) v = v.zoomed_about(500, 2.0);
    CHECK(v.span_ns() == TimeView::kMinSpanNs);
}

TEST_CASE("pan moves the content with the mouse", "[time_view]") {
    auto [dx, expected_t0] = GENERATE(table<double, std::int64_t>({
        {100.0, -100'000}, {-100.0, 100'000}, {0.0, 0}, {12.5, -12'500},
    }));
    const TimeView v{0, 1'000'000, 1000};  // 1000 ns per pixel
    const TimeView p = v.panned_by_px(dx);
    CHECK(p.t0_ns == expected_t0);
    CHECK(p.span_ns() == v.span_ns());
}

TEST_CASE("clamping keeps the view inside the data", "[time_view]") {
    const TimeView v{-500, 500, 100};
    CHECK(v.clamped_to(0, 10'000) == TimeView{0, 1000, 100});
    CHECK(TimeView{9'500, 10'500, 100}.clamped_to(0, 10'000) == TimeView{9'000, 10'000, 100});
    // Wider than the data: becomes the fit.
    CHECK(TimeView{-5'000, 50'000, 100}.clamped_to(0, 10'000) == TimeView{0, 10'000, 100});
}

TEST_CASE("fit shows everything", "[time_view]") {
    const TimeView f = TimeView::fit(5'000, 105'000, 640);
    CHECK(f.t0_ns == 5'000);
    CHECK(f.t1_ns == 105'000);
    CHECK(f.width_px == 640);
    CHECK(TimeView::fit(10, 10, 0).span_ns() == TimeView::kMinSpanNs);  // empty data still maps
}

TEST_CASE("the shared zoom state follows a live run until the user zooms", "[zoom_state]") {
    ZoomState zoom;
    int changes = 0;
    QObject::connect(&zoom, &ZoomState::changed, [&] { ++changes; });
    zoom.setWidth(1000);
    zoom.setBounds(0, 100'000'000);
    CHECK(zoom.following());
    CHECK(zoom.view() == TimeView{0, 100'000'000, 1000});
    zoom.setBounds(0, 200'000'000);  // the run grew: still fitted
    CHECK(zoom.view().t1_ns == 200'000'000);

    zoom.zoomAbout(500, 4.0);
    CHECK_FALSE(zoom.following());
    const TimeView zoomed = zoom.view();
    CHECK(zoomed.span_ns() == 50'000'000);
    zoom.setBounds(0, 300'000'000);  // more data does not move a view the user chose
    CHECK(zoom.view() == zoomed);

    zoom.panBy(-1e9);  // far to the right: clamped at the end of the data
    CHECK(zoom.view().t1_ns == 300'000'000);
    zoom.fit();
    CHECK(zoom.following());
    CHECK(zoom.view() == TimeView{0, 300'000'000, 1000});
    CHECK(changes >= 5);
    REQUIRE_NO_QT_WARNINGS();
}
