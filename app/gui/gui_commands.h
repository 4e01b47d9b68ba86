#pragma once
// Entry points of the parts of the binary that need Qt Widgets.
#include "gui/gui_options.h"

namespace conclab::gui {

// The main window; `options` already checked (gui_options.h).
int gui_main(int argc, char** argv, const GuiOptions& options);
int shot_command(int argc, char** argv);  // `conclab shot`: run headless, save the timeline picture
int observe_with_picture(int argc, char** argv);  // `conclab observe --shot ...`: observe, then save the picture

}  // namespace conclab::gui
