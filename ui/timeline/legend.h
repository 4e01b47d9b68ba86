#pragma once
// The colour key of the timeline: every state, the GIL holder and an idle core, flowing into as
// many lines as the width needs (translated names may be long).
#include <QColor>
#include <QString>
#include <vector>

class QPainter;
class QFont;
class QRect;

namespace conclab::ui {

struct LegendEntry {
    QColor color;
    QString text;
    bool outlined = false;  // light swatches get a border
    bool hatched = false;   // drawn with the hatch of other work on a core
};

std::vector<LegendEntry> legend_entries();
int legend_height(int width, const QFont& font, const QPainter* device_painter = nullptr);
void paint_legend(QPainter& p, const QRect& rect, const QFont& font);

}  // namespace conclab::ui
