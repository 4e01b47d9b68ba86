#pragma once
// What every Qt entry point (the window, `conclab shot`, the UI tests) sets up first.
class QCoreApplication;

namespace conclab::ui {

// Organisation/application names (QSettings), and the translation for the system locale from
// the built-in resources when one exists (Qt's own strings too).
void setup_application(QCoreApplication& app);

}  // namespace conclab::ui
