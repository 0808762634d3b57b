#pragma once

namespace livedna {

// Creates the QApplication, loads translations, opens the cache and shows the main window.
int runGui(int argc, char *argv[]);

} // namespace livedna
