#pragma once
// The speedup bar chart, fed from the comparison model's Speedup column by a QVBarModelMapper:
// one horizontal bar per run, the table's first row at the bottom, each named on the left: "3 Threads"
// with "no GIL · ⚠ busy" under it where there is room, the name alone where there is less, and
// only the table's row number on a small screen (the pointer over a bar then names the run).
#include <QChartView>

class QBarCategoryAxis;
class QAbstractBarSeries;
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
    void changeEvent(QEvent* e) override;
    void resizeEvent(QResizeEvent* e) override;

private:
    void retranslate();
    enum class LabelFit { TwoLines, OneLine, RowNumber, None };
    LabelFit labelFit() const;
    void refreshAxes();
    ComparisonModel* model_;
    int cores_;
    QAbstractBarSeries* series_ = nullptr;
    QBarCategoryAxis* categories_ = nullptr;
    QValueAxis* values_ = nullptr;
};

}  // namespace conclab::ui
