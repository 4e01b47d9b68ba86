#pragma once
// The Output pane: what the run's workers printed (or an observed program wrote), each line with
// its worker and time, in the order it happened, filling in while the run goes. Pointing at a
// line (or moving to it with the keys) marks that moment and the worker's lane on the timeline;
// double-clicking it brings the moment into view.
#include <QWidget>
#include <cstdint>
#include <memory>

class QLabel;
class QTableView;

namespace conclab {
class SharedTimeline;
}

namespace conclab::ui {

class OutputModel;

class OutputPane : public QWidget {
    Q_OBJECT
public:
    explicit OutputPane(QWidget* parent = nullptr);

    void setTimeline(std::shared_ptr<const SharedTimeline> timeline);
    // New data in the live timeline (cheap when no line arrived).
    void refresh();

    OutputModel* model() const { return model_; }
    QTableView* view() const { return view_; }
    // What the dropped-lines note says now (empty when every line was kept).
    QString droppedText() const;

signals:
    // A line is pointed at: its moment (the run's clock, ns) and the lane that printed it
    // (kNoLane for an observed program's own output).
    void momentHovered(std::int64_t t_ns, std::uint32_t lane);
    void hoverEnded();
    // Bring this moment into view.
    void momentActivated(std::int64_t t_ns);

protected:
    void changeEvent(QEvent* e) override;
    bool eventFilter(QObject* watched, QEvent* e) override;

private:
    void retranslate();
    void updateNotes();
    void hoverRow(int row);

    OutputModel* model_;
    QTableView* view_;
    QLabel* empty_;
    QLabel* dropped_;
    int hovered_row_ = -1;
    std::shared_ptr<const SharedTimeline> shown_;
};

}  // namespace conclab::ui
