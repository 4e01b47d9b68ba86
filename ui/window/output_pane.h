#pragma once
// The Output pane: what the run shown printed, in order of arrival. An observed program's stdout
// and stderr lines are its own text (a stderr line marked as such); a simulated worker's lines
// are the numbers it printed, as `print(n, n * n)` would. It appends only the lines new since the
// last refresh, so a chatty program costs the GUI little.
#include <QPlainTextEdit>
#include <memory>

namespace conclab {
class SharedTimeline;
}  // namespace conclab

namespace conclab::ui {

class OutputPane : public QPlainTextEdit {
    Q_OBJECT
public:
    explicit OutputPane(QWidget* parent = nullptr);

    // Show this run's output (null: none); the lines are read at once and on every refresh().
    void setTimeline(std::shared_ptr<const SharedTimeline> timeline);
    // Append the lines that arrived since the last call (the run is still going).
    void refresh();

protected:
    void changeEvent(QEvent* e) override;

private:
    void retranslate();

    std::shared_ptr<const SharedTimeline> timeline_;
    std::size_t shown_ = 0;         // lines of the store appended so far
    std::size_t dropped_seen_ = 0;  // lines beyond the store's limit already said
};

}  // namespace conclab::ui
