#pragma once
// The speedup bar chart, fed from the comparison model's Speedup column by a QVBarModelMapper:
// one bar per run, the category axis names the run.
#include <QChartView>

class QBarCategoryAxis;
class QBarSeries;
class QValueAxis;

namespace conclab::ui {

class ComparisonModel;

class SpeedupChart : public QChartView {
    Q_OBJECT
public:
    SpeedupChart(ComparisonModel* model, int machine_cores, QWidget* parent = nullptr);
    QSize sizeHint() const override { return {480, 320}; }
    int barCount() const;  // bars the series holds now (tests)

protected:
    void resizeEvent(QResizeEvent* e) override;

private:
    void refreshAxes();
    ComparisonModel* model_;
    int cores_;
    QBarSeries* series_ = nullptr;
    QBarCategoryAxis* categories_ = nullptr;
    QValueAxis* values_ = nullptr;
};

}  // namespace conclab::ui
